//go:build ignore

package plat

func init() { note("ignored file: wrong") }
