// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// io.Pipe, from Go's own io sources (it is built on channels and select): a goroutine writes
// lines a scanner reads, CloseWithError reaches the reader, a write to a closed pipe fails.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println(strings.ToUpper(sc.Text()))
	}
	r2, w2 := io.Pipe()
	go func() {
		w2.CloseWithError(fmt.Errorf("boom"))
	}()
	_, err := io.ReadAll(r2)
	fmt.Println("err:", err)
	r3, w3 := io.Pipe()
	r3.Close()
	_, err = w3.Write([]byte("x"))
	fmt.Println("write after close:", err)
	// CHECK: LINE 0
	// CHECK-NEXT: LINE 1
	// CHECK-NEXT: LINE 2
	// CHECK-NEXT: err: boom
	// CHECK-NEXT: write after close: io: read/write on closed pipe
}
