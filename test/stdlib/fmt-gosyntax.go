// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/fmt-gosyntax.out %t.out
// %#v (Go syntax) of nested values, nil interfaces and pointers, GoString methods, and Sprint* results
package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	N   int
	F   float64
	S   string
	B   bool
	Any interface{}
	Err error
	P   *Inner
}

type Outer struct {
	In    Inner
	List  []Inner
	M     map[string]int
	Bytes []byte
	Arr   [2]uint8
	R     rune
	u     uint16
}

type G struct{ v int }

func (g G) GoString() string { return fmt.Sprintf("G<%d>", g.v) }

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	o := Outer{
		In:    Inner{N: 1, F: 2, S: "s", B: true, Any: 3, Err: errors.New("e")},
		List:  []Inner{{N: 2}},
		M:     map[string]int{"b": 2, "a": 1},
		Bytes: []byte{1, 2},
		Arr:   [2]uint8{3, 4},
		R:     'x',
		u:     5,
	}
	o2 := o
	o2.In.Err = nil
	fmt.Printf("%#v\n", o2)
	fmt.Println([]error{errors.New("in slice"), nil}, map[string]error{"k": nil})
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%#v %#v %#v\n", G{7}, []G{{1}}, &G{2})
	fmt.Printf("%v %#v %d %s\n", Level(1), Level(0), Level(1), []Level{0, 1})
	var e error
	var ip *int
	fmt.Printf("%#v %#v %#v %#v %#v\n", e, ip, []interface{}{nil}, struct{ E error }{}, [0]int{})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 1.0, 1e21, float32(2.5), uint8(9), "q\"")
	fmt.Printf("%#x %#o %#q %+q %x %X\n", -255, 8, "a`b", "é", -255, "Hi")
	s := fmt.Sprintln("a", 1, true) + fmt.Sprint() + fmt.Sprintf("") + fmt.Sprint(nil, nil) + fmt.Sprint(1, "a", 2)
	fmt.Printf("%q\n", s)
	n, err := fmt.Printf("%s\n", "count me")
	fmt.Println(n, err)
}
