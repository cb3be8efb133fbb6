// gosub has no assembly: the portable Go code of math computes these (gc uses dim_asm's
// amd64 assembly).

package math

const haveArchMax = false

func archMax(x, y float64) float64 { panic("not implemented") }

const haveArchMin = false

func archMin(x, y float64) float64 { panic("not implemented") }
