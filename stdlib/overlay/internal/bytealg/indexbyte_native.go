// gosub has no assembly: IndexByte in Go (gc uses indexbyte_amd64.s).

package bytealg

// IndexByte is the first index of c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexByteString is IndexByte for a string.
func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
