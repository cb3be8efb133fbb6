package plat

func init() { note("arm64 file: wrong") }
