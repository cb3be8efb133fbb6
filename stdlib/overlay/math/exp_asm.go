// gosub has no assembly: the portable Go code of math computes these (gc uses exp_asm's
// amd64 assembly).

package math

const haveArchExp = false

func archExp(x float64) float64 { panic("not implemented") }
