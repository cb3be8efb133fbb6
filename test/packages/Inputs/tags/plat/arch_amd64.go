package plat

func init() { note("amd64 file") }
