// RUN: %gosubc build -o %t %s && %t | FileCheck %s
// Go's regexp and regexp/syntax, compiled from Go's sources with nothing of gosub's. Output as
// gc 1.19's.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.FindStringSubmatch("mail bob@example.com now")) // CHECK: [bob@example.com bob example]
	fmt.Println(re.ReplaceAllString("a@b.com c@d.com", "$2"))         // CHECK-NEXT: b d
	fmt.Println(re.FindAllStringIndex("x@y.com, z@w.com", -1))       // CHECK-NEXT: {{\[}}[0 7] [9 16]]
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err) // CHECK-NEXT: error parsing regexp: missing closing ): `a(b`
	fmt.Println(regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`).MatchString("adam[23]")) // CHECK-NEXT: true
}
