// RUN: %gosubc run %s | FileCheck %s
// strings, strconv, sort (with sort.Slice), math, unicode compiled from Go's own sources print what gc's binaries print.
// CHECK: 1235 <nil>
// CHECK-NEXT: strconv.Atoi: parsing "12x": invalid syntax
// CHECK-NEXT: -99 "hi\n" 3.25
// CHECK-NEXT: 2500 ff
// CHECK-NEXT: [1 2 5 9] 2
// CHECK-NEXT: [a bb ccc]
// CHECK-NEXT: [apple fig pear]
// CHECK-NEXT: [{B 20} {C 25} {A 30}]
// CHECK-NEXT: 1.4142135623730951 -2 +Inf 9223372036854775807 3.141592653589793
// CHECK-NEXT: 1024 3 7 2.718281828459045 2.302585092994046
// CHECK-NEXT: true true 113 true
// CHECK-NEXT: [a b c] true 4
// CHECK-NEXT: Hello World x oinky oinky
// CHECK-NEXT: 0;1;2; true ABC
package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	n, err := strconv.Atoi("1234")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12x")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-99), strconv.Quote("hi\n"), strconv.FormatFloat(3.25, 'f', 2, 64))
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f, strconv.FormatInt(255, 16))
	a := []int{5, 2, 9, 1}
	sort.Ints(a)
	fmt.Println(a, sort.SearchInts(a, 5))
	ws := []string{"ccc", "a", "bb"}
	sort.Sort(byLen(ws))
	fmt.Println(ws)
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 20}, {"C", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), math.Inf(1), math.MaxInt64, math.Pi)
	fmt.Println(math.Pow(2, 10), math.Abs(-3), math.Max(3, 7), math.Exp(1), math.Log(10))
	fmt.Println(unicode.IsUpper('A'), unicode.IsLetter('é'), unicode.ToLower('Q'), unicode.IsSpace('\t'))
	fmt.Println(strings.Split("a,b,c", ","), strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"))
	fmt.Println(strings.Title("hello world"), strings.TrimSpace("  x  "), strings.Replace("oink oink", "k", "ky", -1))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strconv.Itoa(i) + ";")
	}
	fmt.Println(sb.String(), strings.EqualFold("Go", "GO"), strings.Map(unicode.ToUpper, "abc"))
}
