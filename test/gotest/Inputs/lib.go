package lib

// Sum is tested by ../two-files_test.go.
func Sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func TestNotATest(t int) {} // in a non-test file: not a test
