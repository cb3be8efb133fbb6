// gosub has no assembly: the portable Go code of math computes these (gc uses log_asm's
// amd64 assembly).

package math

const haveArchLog = false

func archLog(x float64) float64 { panic("not implemented") }
