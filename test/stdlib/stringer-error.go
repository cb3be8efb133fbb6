// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/stringer-error.out %t.out
// Stringer and error methods honoured as fmt's handleMethods does: top level, nested, value and pointer receivers
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Box struct {
	C     Color
	T     Temp
	inner Color
}

type MyErr struct{ Op string }

func (e MyErr) Error() string { return "op " + e.Op + " failed" }

type Both struct{}

func (Both) Error() string  { return "error wins" }
func (Both) String() string { return "string loses" }

type NilOK struct{}

func (*NilOK) String() string { return "nil is fine" }

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %s %d %q %x %5s|\n", Green, Green, Green, Green, Green, Red)
	tp := Temp(21.5)
	fmt.Println(tp, &tp)
	b := Box{Green, 3, Red}
	fmt.Printf("%v %+v\n", b, b)
	fmt.Println([]Color{Red, Green}, map[Color]int{Green: 2, Red: 1})
	var err error = MyErr{"read"}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q|%+v|%#v\n", err, err, err, err, err)
	fmt.Println(Both{}, errors.New("plain"))
	var s fmt.Stringer = Green
	fmt.Println(s, s.String())
	var n *NilOK
	fmt.Println(n)
	var np *Temp
	fmt.Println(np)
	fmt.Printf("%d %v\n", []Color{Green}, [1]Color{Green})
	msg := fmt.Sprint(Red, " and ", Green)
	fmt.Println(msg)
	if st, ok := interface{}(Green).(fmt.Stringer); ok {
		fmt.Println("Stringer:", st)
	}
}

type Panicky struct{ n int }

func (p Panicky) String() string {
	if p.n == 0 {
		panic("zero")
	}
	return "ok"
}

type PtrS struct{ v int }

func (p *PtrS) String() string { return fmt.Sprint("v=", p.v) }

func init() {
	fmt.Println(Panicky{1}, Panicky{0})
	fmt.Printf("[%5v]\n", Panicky{0})
	var ps *PtrS
	fmt.Println(ps, &PtrS{4})
}
