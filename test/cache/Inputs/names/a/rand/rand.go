package rand

// Both packages are named rand and declare the same names: their types must stay distinct.
type t struct{ x int }

func Value() interface{} { return t{1} }

func IsMine(v interface{}) bool { _, ok := v.(t); return ok }

func Local() interface{} {
	type L struct{ y int }
	return L{2}
}

func IsMyLocal(v interface{}) bool {
	type L struct{ y int }
	_, ok := v.(L)
	return ok
}
