package plat

func init() { note("test file: wrong") }
