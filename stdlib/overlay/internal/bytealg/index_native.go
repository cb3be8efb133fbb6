// gosub has no assembly: Index in Go (gc uses index_amd64.s). index_amd64.go still sets
// MaxLen, which only bounds the lengths callers pass here.

package bytealg

// Index is the first index of b in a, or -1.
func Index(a, b []byte) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		if string(a[i:i+n]) == string(b) {
			return i
		}
	}
	return -1
}

// IndexString is Index for strings.
func IndexString(a, b string) int {
	n := len(b)
	for i := 0; i+n <= len(a); i++ {
		if a[i:i+n] == b {
			return i
		}
	}
	return -1
}
