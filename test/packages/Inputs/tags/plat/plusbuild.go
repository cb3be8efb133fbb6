// +build darwin freebsd

package plat

func init() { note("+build darwin: wrong") }
