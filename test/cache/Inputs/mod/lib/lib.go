package lib

import "example.com/cached/base"

type Box struct{ N int }

func (b Box) Scaled() int { return b.N * base.Scale() }
