package plat

func init() { note("linux file") }
