package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type T struct{ a, b int }

func main() {
	sc := bufio.NewScanner(strings.NewReader("pear Apple fig"))
	sc.Split(bufio.ScanWords)
	var xs []string
	for sc.Scan() {
		xs = append(xs, sc.Text())
	}
	sort.Strings(xs)
	fmt.Println(strings.Join(xs, ","), strconv.Itoa(42), unicode.IsUpper('A'), len(os.Args))
	var e interface{} = T{1, 2}
	if t, ok := e.(T); ok {
		fmt.Println(t.a + t.b)
	}
	var st fmt.Stringer = &strings.Builder{}
	_ = st
	fmt.Printf("%v %T\n", e, e)
}
