// RUN: %gosubc build -m -l -o %t %s 2>&1 | FileCheck %s --implicit-check-not="moved to heap" --implicit-check-not="escapes to heap" --implicit-check-not="does not escape" --implicit-check-not="leaking param"
// b.buf1 = b.buf1[1:2] is a self-assignment gc ignores (and says so).
package main

type Buffer struct {
	arr  [64]byte
	buf1 []byte
	str1 string
}

// Storing a slice of a buffer's own field back into it creates no new reference: gc ignores
// such self-assignments.
// CHECK: :[[#@LINE+1]]:7: b does not escape
func (b *Buffer) truncate() {
	// CHECK: :[[#@LINE+1]]:9: (*Buffer).truncate ignoring self-assignment in b.buf1 = b.buf1[1:2]
	b.buf1 = b.buf1[1:2]
	// CHECK: :[[#@LINE+1]]:9: (*Buffer).truncate ignoring self-assignment in b.str1 = b.str1[1:2]
	b.str1 = b.str1[1:2]
}

func main() {
	// CHECK: :[[#@LINE+1]]:7: &Buffer{} does not escape
	b := &Buffer{}
	b.truncate()
}
