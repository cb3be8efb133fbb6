package plat

func init() { note("windows file: wrong") }
