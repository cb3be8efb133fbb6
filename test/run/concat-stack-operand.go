// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -sanitize=stack -o %ts %s && %ts 2>&1 | FileCheck %s
// A non-escaping string(bytes) conversion fills a buffer in the frame (gc's tmpBuf) when it is
// an operand of +. When every other operand is empty, the sum must still be a copy: returned
// as it was, it pointed into the dead frame (path/filepath.Clean's lazybuf.string, whose volume
// prefix is empty on Unix, returned garbage). gc's concatstrings makes the same test.
package main

type lazybuf struct {
	buf    []byte
	w      int
	vol    string
	volLen int
}

func (b *lazybuf) str() string { return b.vol[:b.volLen] + string(b.buf[:b.w]) }

//go:noinline
func clobber(n int) int {
	var junk [64]byte
	for i := range junk {
		junk[i] = byte(n + i)
	}
	return int(junk[n%64])
}

func main() {
	b := &lazybuf{buf: []byte("a/b/c"), w: 3, vol: "C:"}
	s := b.str()
	clobber(7)
	println(s) // CHECK: a/b
	b.volLen = 2
	t := b.str()
	clobber(9)
	println(t, s) // CHECK-NEXT: C:a/b a/b
	e := ""
	u := e + string(b.buf) + e
	clobber(3)
	println(u) // CHECK-NEXT: a/b/c
}
