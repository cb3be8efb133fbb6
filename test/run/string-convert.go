// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// String indexing and slicing, concatenation, []rune/[]byte conversions, string(rune), range over strings.
package main

func main() {
	s := "héllo, world"
	println(len(s), s[0], s[1])
	t := s[7:]
	println(t, len(t))
	u := s[:1] + "ey" + t[:1]
	println(u)
	for i, r := range "aé" {
		println(i, r)
	}
	rs := []rune(s)
	println(len(rs), rs[1])
	println(string(rs[1:3]))
	bs := []byte("abc")
	bs[0] = 'X'
	println(string(bs))
	println(string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	println("abc" < "abd", "b" > "abc", s == "héllo, world", s != t)
	var parts []string
	parts = append(parts, "x", "y")
	acc := ""
	for _, p := range parts {
		acc += p + "-"
	}
	println(acc)
}

// CHECK: 13 104 195
// CHECK-NEXT:  world 6
// CHECK-NEXT: hey
// CHECK-NEXT: 0 97
// CHECK-NEXT: 1 233
// CHECK-NEXT: 12 233
// CHECK-NEXT: él
// CHECK-NEXT: Xbc
// CHECK-NEXT: 世 true
// CHECK-NEXT: true true true true
// CHECK-NEXT: x-y-
