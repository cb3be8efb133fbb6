// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/evaluator.out %t.out
// the expression evaluator: an interface AST, String methods, errors for division by zero
package main

import (
	"errors"
	"fmt"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}

var ErrDivZero = errors.New("division by zero")

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

func (b *Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("eval %v: %w", b, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}

func (b *Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func main() {
	env := map[string]float64{"x": 3, "y": 0.5}
	exprs := []Expr{
		Num(42),
		&Bin{'+', Num(1), &Bin{'*', Var("x"), Num(2)}},
		&Bin{'/', Var("x"), Var("y")},
		&Bin{'/', Num(1), &Bin{'-', Var("x"), Num(3)}},
		&Bin{'*', Var("z"), Num(1)},
		&Bin{'%', Num(1), Num(2)},
	}
	for _, e := range exprs {
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-22v error: %v (div by zero: %t)\n", e, err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf("%-22v = %g\n", e, v)
	}
	fmt.Println(env)
}
