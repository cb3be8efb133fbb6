// Package reflectlite is gosub's: the two operations of Go's internal/reflectlite that the
// compiled packages need (sort.Slice's Swapper and Value.Len), over gosub's type descriptors.
// Go's own reflectlite reads gc's type layout, which gosub does not share.
package reflectlite

// A Value holds a value of any type; gosub's only needs its length.
type Value struct {
	v any
}

func ValueOf(i any) Value { return Value{i} }

// Len is the length of a slice (gosub's callers pass slices only).
func (v Value) Len() int { return sliceLen(v.v) }

// Swapper returns a function that swaps the elements i and j of the slice, as reflect.Swapper.
func Swapper(slice any) func(i, j int) {
	n := sliceLen(slice)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swap(slice, i, j)
	}
}

// Implemented by the C runtime (runtime/rt_stdlib.c): they panic as reflect does when the
// value is not a slice.
//
//go:noescape
func sliceLen(slice any) int

//go:noescape
func swap(slice any, i, j int)
