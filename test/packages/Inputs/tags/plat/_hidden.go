package plat

func init() { note("underscore file: wrong") }
