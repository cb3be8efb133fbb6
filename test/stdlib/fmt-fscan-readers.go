// RUN: %gosubc run %s | FileCheck %s
// Fscan, Fscanln and Fscanf from a strings.Reader and a bufio.Reader (io.RuneScanners: the rune after a token is given back, so the reader goes on where the scan stopped).
// Expected output: gc 1.19's.
// CHECK: 3 <nil> 10 20 30
// CHECK-NEXT: 1 <nil> rest
// CHECK-NEXT: 0 EOF
// CHECK-NEXT: 2 <nil> 1 2
// CHECK-NEXT: 2 <nil> 3 4
// CHECK-NEXT: "line three\n"
// CHECK-NEXT: 2 expected newline 5 6
// CHECK-NEXT: "\n"
// CHECK-NEXT: 0 EOF
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	rd := strings.NewReader("10 20\n30 rest")
	var a, b, c int
	var s string
	n, err := fmt.Fscan(rd, &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Fscan(rd, &s)
	fmt.Println(n, err, s)
	n, err = fmt.Fscan(rd, &s)
	fmt.Println(n, err)

	br := bufio.NewReader(strings.NewReader("1 2\n3 4\nline three\n5 6 7\n"))
	n, err = fmt.Fscanln(br, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscanf(br, "%d %d\n", &a, &b)
	fmt.Println(n, err, a, b)
	line, _ := br.ReadString('\n')
	fmt.Printf("%q\n", line)
	n, err = fmt.Fscanln(br, &a, &b)
	fmt.Println(n, err, a, b)
	rest, _ := br.ReadString('\n')
	fmt.Printf("%q\n", rest)
	n, err = fmt.Fscanln(br, &a)
	fmt.Println(n, err)
}
