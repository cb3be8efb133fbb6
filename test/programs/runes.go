// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// Runes and strings: UTF-8 range loops, []rune/[]byte conversions, invalid UTF-8, a labeled continue, switch with lists.
package main

// reverse reverses s by runes, so multi-byte characters stay intact.
func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var letters []rune
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			letters = append(letters, c+'a'-'A')
		case c >= 'a' && c <= 'z', c > 127:
			letters = append(letters, c)
		}
	}
	for i := 0; i < len(letters)/2; i++ {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

// caesar shifts ASCII letters by k places and leaves everything else alone.
func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			c = 'a' + byte((int(c-'a')+k+26)%26)
		case 'A' <= c && c <= 'Z':
			c = 'A' + byte((int(c-'A')+k+26)%26)
		}
		out[i] = c
	}
	return string(out)
}

type Class int

const (
	Other Class = iota
	Digit
	Space
	ASCIILetter
	Wide
)

func classify(r rune) Class {
	switch {
	case r >= '0' && r <= '9':
		return Digit
	case r == ' ' || r == '\t' || r == '\n':
		return Space
	case r < 128 && (r|0x20 >= 'a' && r|0x20 <= 'z'):
		return ASCIILetter
	case r >= 128:
		return Wide
	}
	return Other
}

// firstRepeat finds the first rune that occurs twice, with the byte offsets of both.
func firstRepeat(s string) (rune, int, int) {
	rs := []rune(s)
	offs := make([]int, 0, len(rs))
	for i := range s {
		offs = append(offs, i)
	}
outer:
	for i := 0; i < len(rs); i++ {
		for j := i + 1; j < len(rs); j++ {
			if rs[j] == ' ' {
				continue outer
			}
			if rs[i] == rs[j] {
				return rs[i], offs[i], offs[j]
			}
		}
	}
	return -1, -1, -1
}

func main() {
	samples := []string{"héllo, wörld", "日本語テキスト", "A man, a plan, a canal: Panama", "Go 1.19 ✓"}
	for _, s := range samples {
		println(s, "bytes", len(s), "runes", len([]rune(s)), "rev", reverse(s), "pal", isPalindrome(s))
		var counts [5]int
		for _, r := range s {
			counts[classify(r)]++
		}
		println("  other", counts[Other], "digit", counts[Digit], "space", counts[Space], "letter", counts[ASCIILetter], "wide", counts[Wide])
	}
	for i, r := range "aé日\U0001F600" {
		println(i, r, string(r), len(string(r)))
	}
	bad := string([]byte{'x', 0xff, 'y'})
	for i, r := range bad {
		println("bad", i, r)
	}
	msg := caesar("Hello, World!", 3)
	println(msg, caesar(msg, -3))
	r, a, b := firstRepeat("abcdefb")
	println(string(r), a, b)
	r, a, b = firstRepeat("日本の日")
	println(string(r), a, b)
	r, a, b = firstRepeat("ab ab")
	println(r, a, b)
	bs := []byte("bytes")
	bs[0] = 'B'
	println(string(bs), string(rune(65)), string(bs[1:3]), "x"+string(bs[4]))
	println("abc" < "abd", "Z" < "a", "日" > "z", "ab"+"c" == "abc")
}

// Expected output, from go 1.19 (go run):
// CHECK: héllo, wörld bytes 14 runes 12 rev dlröw ,olléh pal false
// CHECK-NEXT:   other 1 digit 0 space 1 letter 8 wide 2
// CHECK-NEXT: 日本語テキスト bytes 21 runes 7 rev トスキテ語本日 pal false
// CHECK-NEXT:   other 0 digit 0 space 0 letter 0 wide 7
// CHECK-NEXT: A man, a plan, a canal: Panama bytes 30 runes 30 rev amanaP :lanac a ,nalp a ,nam A pal true
// CHECK-NEXT:   other 3 digit 0 space 6 letter 21 wide 0
// CHECK-NEXT: Go 1.19 ✓ bytes 11 runes 9 rev ✓ 91.1 oG pal false
// CHECK-NEXT:   other 1 digit 3 space 2 letter 2 wide 1
// CHECK-NEXT: 0 97 a 1
// CHECK-NEXT: 1 233 é 2
// CHECK-NEXT: 3 26085 日 3
// CHECK-NEXT: 6 128512 😀 4
// CHECK-NEXT: bad 0 120
// CHECK-NEXT: bad 1 65533
// CHECK-NEXT: bad 2 121
// CHECK-NEXT: Khoor, Zruog! Hello, World!
// CHECK-NEXT: b 1 6
// CHECK-NEXT: 日 0 9
// CHECK-NEXT: -1 -1 -1
// CHECK-NEXT: Bytes A yt xs
// CHECK-NEXT: true true true true
// CHECK-NOT: {{.}}
