//go:build go1.18

package plat

func init() { note("go1.18 file") }
