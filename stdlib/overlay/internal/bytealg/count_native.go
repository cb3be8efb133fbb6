// gosub has no assembly: Count in Go (gc uses count_amd64.s).

package bytealg

// Count is the number of bytes of b equal to c.
func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// CountString is Count for a string.
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}
