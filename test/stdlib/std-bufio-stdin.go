// RUN: printf 'the Cat 3\nthe dog 4 cat\n' | %gosubc run %s 2>&1 | FileCheck %s
// A word counter: bufio.Scanner on os.Stdin, bufio.Writer on os.Stdout, fmt.Fprintf to it, os.Open's error on stderr (Go's sources for bufio, strings, strconv, sort).
// CHECK: error: open /nonexistent: no such file or directory true
// CHECK-NEXT: cat    2
// CHECK-NEXT: dog    1
// CHECK-NEXT: the    2
// CHECK-NEXT: total 7
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		for _, w := range strings.Fields(sc.Text()) {
			if n, err := strconv.Atoi(w); err == nil {
				total += n
				continue
			}
			counts[strings.ToLower(w)]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, k := range keys {
		fmt.Fprintf(w, "%-6s %d\n", k, counts[k])
	}
	fmt.Fprintln(w, "total", total)
	if _, err := os.Open("/nonexistent"); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err, os.IsNotExist(err))
	}
}
