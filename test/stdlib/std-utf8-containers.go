// RUN: %gosubc run %s | FileCheck %s
// unicode/utf8, unicode/utf16, container/list and container/ring from Go's own sources.
// CHECK: 9 true 3
// CHECK-NEXT: é 2
// CHECK-NEXT: [231 149 140] false
// CHECK-NEXT: 4 0 1 2 3 5
// CHECK-NEXT: 0,1,4,9,[97 55348 56606]
package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"unicode/utf8"
	"unicode/utf16"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.RuneLen('世'))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '界')
	fmt.Println(buf[:n], utf8.FullRune(buf[:2]))
	l := list.New()
	for i := 0; i < 5; i++ {
		l.PushBack(i)
	}
	l.MoveToFront(l.Back())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	rg := ring.New(4)
	for i := 0; i < 4; i++ {
		rg.Value = i * i
		rg = rg.Next()
	}
	rg.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println(utf16.Encode([]rune("a𝄞")))
}
