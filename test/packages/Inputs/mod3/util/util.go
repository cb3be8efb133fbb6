package util

import "fmt"

var Base = compute()

var counter int

func compute() int { fmt.Println("util: init Base"); return 40 }

func init() { fmt.Println("util: init()"); counter = 1 }

func Double(x int) int { counter++; return 2 * x }

func Count() int { return counter }

type Pair struct{ A, B int }

func (p *Pair) Sum() int { return p.A + p.B }

func (p Pair) String() string { return fmt.Sprintf("<%d,%d>", p.A, p.B) }

func NewPair(a, b int) *Pair { return &Pair{a, b} }

const Answer = 42
