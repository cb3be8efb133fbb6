// gosub has no assembly: the portable Go code of math computes these (gc uses hypot_asm's
// amd64 assembly).

package math

const haveArchHypot = false

func archHypot(p, q float64) float64 { panic("not implemented") }
