// RUN: printf '3\n1 2\n3\nab cd\nxy 7\ntail end\n' | %gosubc run %s | FileCheck %s
// Scan, Scanln and Scanf on os.Stdin (not an io.RuneScanner): each call reads one byte at a time and takes only the rune after its last token, so successive calls and a later reader go on from there, as with gc.
// Expected output: gc 1.19's.
// CHECK: n 3 sum 6
// CHECK-NEXT: 2 <nil> ab cd
// CHECK-NEXT: 1 <nil> x
// CHECK-NEXT: 0 expected integer 3
// CHECK-NEXT: rest " 7\ntail end\n"
// CHECK-NEXT: 0 EOF
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		if _, err := fmt.Scan(&x); err != nil {
			fmt.Println("error:", err)
		}
		sum += x
	}
	fmt.Println("n", n, "sum", sum)
	var w1, w2 string
	k, err := fmt.Scanln(&w1, &w2)
	fmt.Println(k, err, w1, w2)
	var r rune
	k, err = fmt.Scanf("%c", &r)
	fmt.Println(k, err, string(r))
	k, err = fmt.Scanf("%d\n", &n)
	fmt.Println(k, err, n)
	rest, _ := io.ReadAll(bufio.NewReader(os.Stdin))
	fmt.Printf("rest %q\n", rest)
	k, err = fmt.Scan(&n)
	fmt.Println(k, err)
}
