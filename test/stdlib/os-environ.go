// RUN: %gosubc build -o %t %s && env GOSUBTESTENV=yes %t | FileCheck %s
// os.Environ returns the environment as "key=value" strings.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	for _, e := range os.Environ() {
		if strings.HasPrefix(e, "GOSUBTESTENV=") {
			// CHECK: GOSUBTESTENV=yes
			fmt.Println(e)
		}
	}
}
