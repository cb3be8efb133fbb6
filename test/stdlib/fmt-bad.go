// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/fmt-bad.out %t.out
// format errors: wrong verbs, missing and extra operands, bad widths and indexes, nil
package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d|%s|%t|%x\n", "str", 5, 3, true)
	fmt.Printf("%d %d %d\n", 1)
	fmt.Printf("%d\n", 1, "two", 3.0, nil)
	fmt.Printf("%z %!\n", 1, 2)
	fmt.Printf("%*d %.*d\n", "w", 1, "p", 2)
	fmt.Printf("%[2]d %[1]d %[3]d %[0]d\n", 1, 2)
	fmt.Printf("%[2]*[1]d|\n", 7, 4)
	fmt.Printf("%d %s %v %T %p\n", nil, nil, nil, nil, nil)
	fmt.Printf("%d %s\n", T{1}, []string{"a"})
	fmt.Printf("%!d(missing)\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%.d|%-+05d|%w\n", 0, 3, 1)
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.0, []int{}, map[string][]T{}, &T{})
	fmt.Printf("%v %d\n", []interface{}{1, "a", nil}, []interface{}{1, "a"})
}
