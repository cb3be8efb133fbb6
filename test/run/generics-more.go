// RUN: %gosubc build -o %t %s && %t 2>&1 | FileCheck %s
// x / T(0) panics at run time (T(0) is not a constant), methods through a type parameter,
// a type switch on any(x), a recursive generic type with methods; output as gc 1.19 prints it.
package main

import "fmt"

type Integer interface{ ~int | ~int8 | ~int64 | ~uint }

func Div[T Integer](x T) (r T, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	return x / T(0), nil
}

func Wrap[T Integer](x T) T { return x + T(20) }

type Shower interface{ Show() string }
type Celsius float64

func (c Celsius) Show() string { return fmt.Sprintf("%.1fC", float64(c)) }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	}
	return fmt.Sprintf("other %T", x)
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }
func (l *List[T]) Each(f func(T)) {
	for ; l != nil; l = l.next {
		f(l.val)
	}
}

func main() {
	// CHECK: 0 runtime error: integer divide by zero
	fmt.Println(Div(7))
	// CHECK-NEXT: -116
	fmt.Println(Wrap[int8](120))
	// CHECK-NEXT: [1.5C 20.0C]
	fmt.Println(ShowAll([]Celsius{1.5, 20}))
	// CHECK-NEXT: int 3 string x other float64
	fmt.Println(Describe(3), Describe("x"), Describe(2.5))
	var l *List[string]
	l = l.Push("a").Push("b")
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	// CHECK-NEXT: b a
	// CHECK-NEXT: *main.List[string] main.List[main.Celsius]
	fmt.Printf("%T %T\n", l, List[Celsius]{})
}
