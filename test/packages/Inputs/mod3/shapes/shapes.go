package shapes

import (
	"fmt"
	"example.com/m/util"
)

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

var Unit = Rect{1, util.Base}

func init() { fmt.Println("shapes: init, Base =", util.Base) }

func Total(ss []Shape) int {
	t := 0
	for _, s := range ss {
		t += s.Area()
	}
	return util.Double(t)
}
