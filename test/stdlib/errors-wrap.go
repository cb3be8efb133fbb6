// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/errors-wrap.out %t.out
// errors.New, fmt.Errorf with %w, errors.Is, errors.As and errors.Unwrap over chains
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Timeout struct{}

func (Timeout) Error() string { return "timeout" }
func (Timeout) Is(target error) bool { return target == ErrPerm }

func find(name string) error {
	if name == "" {
		return &PathError{"<empty>", ErrNotFound}
	}
	return nil
}

func load(name string) error {
	if err := find(name); err != nil {
		return fmt.Errorf("load %q: %w", name, err)
	}
	return nil
}

func main() {
	err := load("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, ErrPerm), load("x") == nil)
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path, pe.Err == ErrNotFound)
	}
	u := errors.Unwrap(err)
	fmt.Println(u, errors.Unwrap(u), errors.Unwrap(errors.Unwrap(u)))
	fmt.Printf("%T %T %T\n", err, u, ErrNotFound)
	e2 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e2, errors.Is(e2, ErrNotFound), errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("twice %w %w", ErrNotFound, ErrPerm)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("bad %w", 42)
	fmt.Println(e4)
	fmt.Println(fmt.Sprintf("not errorf %w", ErrPerm))
	wrappedT := fmt.Errorf("op: %w", Timeout{})
	fmt.Println(errors.Is(wrappedT, ErrPerm), errors.Is(wrappedT, ErrNotFound))
	var t Timeout
	fmt.Println(errors.As(wrappedT, &t), t)
	var iface interface{ Unwrap() error }
	fmt.Println(errors.As(err, &iface), iface != nil)
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrPerm), errors.Unwrap(nil) == nil)
	chain := ErrNotFound
	for i := 0; i < 3; i++ {
		chain = fmt.Errorf("level %d: %w", i, chain)
	}
	fmt.Println(chain)
	for e := chain; e != nil; e = errors.Unwrap(e) {
		fmt.Println(" -", e)
	}
	fmt.Println(errors.New("a") == errors.New("a"), ErrNotFound == ErrNotFound)
}
