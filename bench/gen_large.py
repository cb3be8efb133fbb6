"""Generates large, valid Go programs that stress the compiler's scaling (see bench/README.md).

    python3 bench/gen_large.py KIND [--seed N] [--scale F] -o out.go

KIND is one of
  mixed     about 100,000 lines: struct types with methods, an interface, package-level variables
            whose initialisers depend on each other (in an order the compiler must sort), functions
            with loops, a 24-case switch, closures and interface calls
  vars      20,000 package-level variables, each initialised from up to three others
  methods   10,000 methods on one type, each called once
  bigfunc   one function of 50,000 statements (25,000 locals defined by arithmetic, calls
            and ifs, then 25,000 `_ = x` uses)
  types     5,000 struct types, each with a method, converted to an interface

--scale multiplies the size (0.1 for a quick check). The output is deterministic for a seed,
and every program prints one checksum line, the same under gc and gosub.
"""
import argparse
import random
import sys


def mixed(r, scale):
    units = int(850 * scale)
    out = ["package main", "", "type Getter interface {", "\tGet() int", "\tSet(v int)", "}", ""]
    # A random DAG over the package variables: v[i] reads only variables later in `order`'s
    # reverse, so the declaration order is not the initialisation order.
    order = list(range(units))
    r.shuffle(order)
    rank = {v: k for k, v in enumerate(order)}
    for i in range(units):
        out += unit(r, i, units, order, rank)
    out += ["func main() {", "\tsum := 0"]
    for i in range(0, units, max(1, units // 50)):
        out.append("\tsum += f%d(%d) + v%d + w%d" % (i, r.randrange(1, 20), i, i))
    out += ["\tprintln(sum)", "}", ""]
    return out


def unit(r, i, units, order, rank):
    """About 100 lines: a type, two methods, two variables, a function with a switch and a closure."""
    deps = order[max(0, rank[i] - 3):rank[i]]
    init = " + ".join(["v%d" % d for d in deps] + [str(r.randrange(100))])
    j = r.randrange(units)
    lines = [
        "type T%d struct {" % i, "\ta, b int", "\tnext *T%d" % i, "}", "",
        "func (t *T%d) Get() int { return t.a*%d + t.b }" % (i, r.randrange(1, 9)),
        "", "func (t *T%d) Set(v int) {" % i, "\tt.a = v", "\tt.b = v %% %d" % r.randrange(2, 9), "}", "",
        "var v%d = %s" % (i, init),
        "var w%d = g%d(v%d)" % (i, i, j), "",
        "func g%d(x int) int { return x*%d + v%d }" % (i, r.randrange(1, 5), order[0]), "",
        "func f%d(x int) int {" % i, "\ts := 0",
        "\tfor k := 0; k < x; k++ {", "\t\ts += k * %d" % r.randrange(1, 7), "\t}",
        "\tswitch x %% %d {" % 24,
    ]
    for c in range(24):
        lines += ["\tcase %d:" % c, "\t\ts += %d" % r.randrange(1000), "\t\ts *= %d" % r.randrange(1, 4)]
    lines += ["\tdefault:", "\t\ts--", "\t}",
              "\tadd := func(y int) int {", "\t\ts += y", "\t\treturn s", "\t}"]
    for k in range(8):
        lines.append("\tadd(%d)" % r.randrange(100))
    lines += ["\tvar it Getter = &T%d{a: x, b: s}" % i, "\tit.Set(it.Get() + %d)" % r.randrange(10),
              "\tif x > %d {" % r.randrange(5, 15), "\t\treturn it.Get() + w%d %% 7" % r.randrange(i + 1),
              "\t}", "\treturn add(it.Get())", "}", ""]
    return lines


def many_vars(r, scale):
    n = int(20000 * scale)
    order = list(range(n))
    r.shuffle(order)
    out = ["package main", ""] + [None] * n
    rank = [0] * n
    for k, v in enumerate(order):
        rank[v] = k
    for i in range(n):
        # v[order[k]] reads up to three of v[order[0..k-1]]: an acyclic graph in a random order.
        deps = [order[r.randrange(rank[i])] for _ in range(min(3, rank[i]))]
        out[2 + i] = "var v%d = %s" % (i, " + ".join(["v%d" % d for d in deps] + [str(r.randrange(10))]))
    out += ["", "func main() {", "\tsum := 0"]
    for i in range(0, n, max(1, n // 100)):
        out.append("\tsum += v%d %% 1000" % i)
    out += ["\tprintln(sum)", "}", ""]
    return out


def many_methods(r, scale):
    n = int(10000 * scale)
    out = ["package main", "", "type T struct {", "\tx int", "}", ""]
    for i in range(n):
        out.append("func (t *T) M%d(a int) int { return t.x + a*%d }" % (i, r.randrange(1, 100)))
    out += ["", "func main() {", "\tt := &T{x: 1}", "\tsum := 0"]
    for i in range(n):
        out.append("\tsum += t.M%d(%d)" % (i, i % 10))
    out += ["\tprintln(sum)", "}", ""]
    return out


def big_func(r, scale):
    n = int(25000 * scale)
    out = ["package main", "", "func id(x int) int { return x }", "", "func main() {", "\tx0 := 1"]
    for i in range(1, n):
        a, b = r.randrange(i), r.randrange(i)
        kind = r.randrange(4)
        if kind == 0:
            out.append("\tx%d := x%d + x%d*%d" % (i, a, b, r.randrange(1, 9)))
        elif kind == 1:
            out.append("\tx%d := id(x%d) - %d" % (i, a, r.randrange(100)))
        elif kind == 2:
            out.append("\tx%d := x%d %% %d" % (i, a, r.randrange(2, 97)))
        else:
            out.append("\tx%d := 0; if x%d > x%d { x%d = x%d } else { x%d = %d }" % (i, a, b, i, a, i, r.randrange(9)))
    out += ["\tprintln(x%d)" % (n - 1)] + ["\t_ = x%d" % i for i in range(n - 1)] + ["}", ""]
    return out


def many_types(r, scale):
    n = int(5000 * scale)
    out = ["package main", "", "type Shape interface {", "\tArea() int", "}", ""]
    for i in range(n):
        out += ["type S%d struct {" % i, "\tw, h int", "\tname string", "}",
                "func (s S%d) Area() int { return s.w*s.h + %d }" % (i, r.randrange(100)), ""]
    out += ["func main() {", "\tvar all []Shape"]
    for i in range(n):
        out.append("\tall = append(all, S%d{w: %d, h: %d})" % (i, r.randrange(9), r.randrange(9)))
    out += ["\tsum := 0", "\tfor _, s := range all {", "\t\tsum += s.Area()", "\t}", "\tprintln(sum)", "}", ""]
    return out


KINDS = {"mixed": mixed, "vars": many_vars, "methods": many_methods, "bigfunc": big_func, "types": many_types}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=sorted(KINDS))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("-o", "--out", default="-")
    a = ap.parse_args()
    lines = KINDS[a.kind](random.Random(a.seed), a.scale)
    text = "\n".join(lines)
    f = sys.stdout if a.out == "-" else open(a.out, "w")
    f.write(text)


if __name__ == "__main__":
    main()
