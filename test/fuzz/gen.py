#!/usr/bin/env python3
"""gen.py: a random Go program generator for differential testing (issue 14).

    python3 test/fuzz/gen.py --seed N [--size S] [--no-eval-order] [--no-big] [--packages]

prints one well-typed, terminating, deterministic Go 1.19 program of package main to stdout.
The same seed (and flags) always gives the same program. The program keeps a running FNV-1a
checksum `h` that every computed value is folded into (`mix`, `mixs`), prints it at checkpoints
(`check("f3")`) and at the end, so a wrong value anywhere shows in the output.

How a program is built: a few program-wide declarations (global variables of every integer
type, random struct types with value- and pointer-receiver methods, an interface), then
functions f0..fN made of random statements drawn from templates (assignments of random
expressions, loops with labels, switch/fallthrough, goto, closures, arrays, slices, maps,
strings and runes, defer/recover of runtime panics, goroutines and channels, escaping
addresses, generic functions and types of the prelude instantiated with the program's types). Every variable a template declares is folded into `h` before its block ends, so
no variable is unused. Expressions never fold to an overflowing constant: a binary
operation always has a non-constant operand, and conversions take non-constant operands.

Evaluation order: by default expressions mix calls that change a variable with plain reads
of that variable (`[]int{x, f()}`, `a, b = f(), x`, `m[k()] = v()`, `x += f()`), where gc's
order (calls first) is the reference. `--no-eval-order` keeps such calls out of expressions,
so programs do not depend on the order Go leaves unspecified.
"""
import argparse
import random

INT_TYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
             "int", "uint", "uintptr"]
BITS = {"int8": 8, "int16": 16, "int32": 32, "int64": 64, "uint8": 8, "uint16": 16,
        "uint32": 32, "uint64": 64, "int": 64, "uint": 64, "uintptr": 64}
STRINGS = ["", "a", "go", "hello", "gosub", "héllo", "日本語", "a,b,,c", " x y ", "\\xff\\xfe",
           "Ω≈ç", "abcabc", "\\u00e9t\\u00e9", "🙂ok"]


def signed(t):
    return not t.startswith("u")


def trange(t):
    b = BITS[t]
    return (-(1 << (b - 1)), (1 << (b - 1)) - 1) if signed(t) else (0, (1 << b) - 1)


def fits(small, big):
    """Does every value of integer type small fit in big?"""
    lo, hi = trange(small)
    blo, bhi = trange(big)
    return blo <= lo and hi <= bhi


class Fn:
    """The state of the function being generated: its lines, scopes and budget."""

    def __init__(self):
        self.lines = []
        self.indent = 1
        self.scopes = [[]]   # each scope: list of (name, type)
        self.loop_depth = 0
        self.calls = []      # side-effecting closures usable in expressions: (name, type, var)


class Gen:
    def __init__(self, seed, size, eval_order, big=False, pkg="main"):
        self.r = random.Random(seed)
        self.pkg = pkg       # "main", or the name of the second package (LIB)
        self.lib_funcs = 0   # functions F0..Fn the second package exports to main
        self.size = size
        self.eval_order = eval_order
        self.big = big
        self.n = 0
        self.out = []
        self.fn = None
        self.structs = []    # (name, [(field, type)])

    # ---- names and output -------------------------------------------------------------
    def name(self, p="v"):
        self.n += 1
        return "%s%d" % (p, self.n)

    def emit(self, s):
        self.fn.lines.append("\t" * self.fn.indent + s)

    def open(self, s):
        self.emit(s)
        self.fn.indent += 1
        self.fn.scopes.append([])

    def close(self, tail="}"):
        self.fold_scope()
        self.fn.scopes.pop()
        depth = len(self.fn.scopes)
        self.fn.calls = [c for c in self.fn.calls if c[3] <= depth]
        self.fn.indent -= 1
        self.emit(tail)

    def declare(self, name, t):
        self.fn.scopes[-1].append((name, t))

    def vars_of(self, t):
        return [n for sc in self.fn.scopes for (n, ty) in sc if ty == t]

    def all_int_vars(self):
        return [(n, ty) for sc in self.fn.scopes for (n, ty) in sc if ty in BITS]

    def fold(self, name, t):
        if t in BITS:
            return "mix(uint64(%s))" % name
        if t == "string":
            return "mixs(%s)" % name
        if t in ("float64", "float32"):
            return "mixs(fmt.Sprint(%s))" % name
        if t == "bool":
            return "mixb(%s)" % name
        if t.startswith("S"):
            return "mix(%s.get())" % name
        raise ValueError(t)

    def fold_scope(self):
        for (n, t) in self.fn.scopes[-1]:
            self.emit(self.fold(n, t))

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    # ---- expressions --------------------------------------------------------------------
    def lit(self, t):
        lo, hi = trange(t)
        k = self.r.randrange(6)
        if k == 0:
            v = self.pick([lo, hi])
        elif k == 1:
            v = self.r.randint(0, 9)
        else:
            v = self.r.randint(max(lo, -1000), min(hi, 100000))
        return str(v) if v >= 0 else "(%d)" % v

    def ivar(self, t):
        """A non-constant operand of integer type t."""
        vs = self.vars_of(t)
        if vs and self.chance(0.8):
            return self.pick(vs)
        return "g_" + t

    def iexpr(self, t, d=0):
        """(text, is_constant) of an expression of integer type t."""
        if d >= 3 or self.chance(0.25 + 0.2 * d):
            if self.chance(0.35):
                return self.lit(t), True
            return self.ivar(t), False
        k = self.r.randrange(12)
        if k <= 3:
            op = self.pick(["+", "-", "*", "&", "|", "^", "&^", "+", "-", "*"])
            a, ac = self.iexpr(t, d + 1)
            b, bc = self.iexpr(t, d + 1)
            if ac and bc:
                b, bc = self.ivar(t), False
            return "(%s %s %s)" % (a, op, b), False
        if k == 4:
            a, _ = self.nc_iexpr(t, d + 1)
            b, _ = self.iexpr(t, d + 1)
            return "(%s %s (%s | 1))" % (a, self.pick(["/", "%"]), b), False
        if k == 5:
            a, _ = self.nc_iexpr(t, d + 1)
            u = self.pick(INT_TYPES)
            c, _ = self.nc_iexpr(u, d + 1)
            w = self.pick([BITS[t], BITS[t] + 3, 8, 70])
            return "(%s %s (uint(%s) %% %d))" % (a, self.pick(["<<", ">>"]), c, w), False
        if k == 6:
            a, _ = self.nc_iexpr(t, d + 1)
            return "(%s%s)" % (self.pick(["-", "^"]), a), False
        if k == 7:
            u = self.pick(INT_TYPES)
            a, _ = self.nc_iexpr(u, d + 1)
            return "%s(%s)" % (t, a), False
        if k == 8:
            return self.float_to_int(t, d), False
        if k == 9:
            s = self.sexpr(d + 1)
            return "%s(len(%s))" % (t, s if s in self.vars_of("string") else "trunc(%s)" % s), False
        if k == 10 and self.eval_order and self.fn.calls:
            name, ct, _, _ = self.pick(self.fn.calls)
            return "%s(%s())" % (t, name), False
        if k == 11 and self.structs:
            return "%s(%s)" % (t, self.struct_read(d)), False
        return self.ivar(t), False

    def nc_iexpr(self, t, d):
        e, c = self.iexpr(t, d)
        if c:
            return self.ivar(t), False
        return e, False

    def struct_read(self, d):
        vs = [(n, ty) for sc in self.fn.scopes for (n, ty) in sc if ty.startswith("S")]
        if not vs:
            return self.ivar("int")
        n, ty = self.pick(vs)
        fields = dict(self.structs)[ty]
        if self.chance(0.3):
            return "%s.get()" % n
        return "%s.%s" % (n, self.pick(fields)[0])

    def float_to_int(self, t, d):
        """int -> float -> int, with the float in t's range (out of range is undefined)."""
        smalls = [u for u in INT_TYPES if BITS[u] <= 32 and fits(u, t)]
        ft = self.pick(["float64", "float32"])
        if ft == "float32":
            smalls = [u for u in smalls if BITS[u] <= 16] or smalls
        u = self.pick(smalls)
        a, _ = self.nc_iexpr(u, d + 1)
        k = self.pick(["1", "2.5", "3", "1.75", "7.25"])
        return "%s(%s(%s) / %s)" % (t, ft, a, k)

    def fexpr(self, t, d=0):
        if d >= 2 or self.chance(0.3):
            vs = self.vars_of(t)
            if vs and self.chance(0.6):
                return self.pick(vs)
            return "%s(%s)" % (t, self.nc_iexpr(self.pick(INT_TYPES), d + 1)[0])
        k = self.r.randrange(4)
        if k == 0:
            return "(%s %s %s)" % (self.fexpr(t, d + 1), self.pick("+-*/"), self.fexpr(t, d + 1))
        if k == 1:
            return "(%s * %s)" % (self.fexpr(t, d + 1), self.pick(["0.5", "1.25", "3", "1e10", "1e-3"]))
        if k == 2:
            other = "float32" if t == "float64" else "float64"
            return "%s(%s)" % (t, self.fexpr(other, d + 1))
        return "%s(%s)" % (t, self.nc_iexpr(self.pick(INT_TYPES), d + 1)[0])

    def sexpr(self, d=0):
        vs = self.vars_of("string")
        if d >= 2 or self.chance(0.3):
            if vs and self.chance(0.6):
                return self.pick(vs)
            return '"%s"' % self.pick(STRINGS)
        k = self.r.randrange(9)
        a = self.sexpr(d + 1)
        if k == 0:
            return "(%s + %s)" % (a, self.sexpr(d + 1))
        if k == 1:
            v = self.svar()
            return "%s[len(%s)/3:]" % (v, v)
        if k == 2:
            return "strings.ToUpper(%s)" % a
        if k == 3:
            t = self.pick(INT_TYPES)
            return "fmt.Sprint(%s(%s))" % (t, self.iexpr(t, d + 1)[0])
        if k == 4:
            return "string(rune(%s))" % self.nc_iexpr("int32", d + 1)[0]
        if k == 5:
            return 'strings.Replace(%s, "%s", "%s", -1)' % (a, self.pick("ao,"), self.pick(["", "xy", "é"]))
        if k == 6:
            return "string(%s(%s))" % (self.pick(["[]byte", "[]rune"]), a)
        if k == 7:
            return "strings.TrimSpace(%s)" % a
        return "fmt.Sprint(%s)" % self.fexpr("float64", d + 1)

    def svar(self):
        vs = self.vars_of("string")
        return self.pick(vs) if vs else "g_string"

    def bexpr(self, d=0):
        k = self.r.randrange(5)
        if k <= 2 or d >= 2:
            t = self.pick(INT_TYPES)
            a, ac = self.iexpr(t, d + 1)
            b, bc = self.iexpr(t, d + 1)
            if ac and bc:
                b = self.ivar(t)
            return "(%s %s %s)" % (a, self.pick(["<", "<=", "==", "!=", ">", ">="]), b)
        if k == 3:
            return "(%s %s %s)" % (self.bexpr(d + 1), self.pick(["&&", "||"]), self.bexpr(d + 1))
        return "(%s %s %s)" % (self.sexpr(d + 1), self.pick(["<", "==", "!=", ">="]), self.sexpr(d + 1))

    # ---- statements -----------------------------------------------------------------------
    def decl_int(self, t=None):
        t = t or self.pick(INT_TYPES)
        n = self.name()
        self.emit("var %s %s = %s" % (n, t, self.iexpr(t)[0]))
        self.declare(n, t)
        return n, t

    def st_decl(self):
        k = self.r.randrange(4)
        if k <= 1:
            self.decl_int()
        elif k == 2:
            n = self.name("s")
            self.emit("%s := trunc(%s)" % (n, self.sexpr()))
            self.declare(n, "string")
        else:
            t = self.pick(["float64", "float32"])
            n = self.name("f")
            self.emit("var %s %s = %s" % (n, t, self.fexpr(t)))
            self.declare(n, t)

    def st_assign(self):
        iv = self.all_int_vars()
        if not iv:
            return self.decl_int()
        n, t = self.pick(iv)
        k = self.r.randrange(5)
        if k == 0:
            self.emit("%s %s= %s" % (n, self.pick(["+", "-", "*", "^", "|", "&", "&^"]), self.iexpr(t)[0]))
        elif k == 1:
            self.emit("%s %s= (%s | 1)" % (n, self.pick(["/", "%"]), self.iexpr(t)[0]))
        elif k == 2:
            self.emit("%s %s= uint(%s) %% %d" % (n, self.pick(["<<", ">>"]), self.nc_iexpr(t, 1)[0], BITS[t] + 2))
        elif k == 3 and len(iv) > 1:
            m, u = self.pick(iv)
            if m != n:
                self.emit("%s, %s = %s(%s), %s(%s)" % (n, m, t, m, u, n))
        else:
            self.emit("%s = %s" % (n, self.iexpr(t)[0]))
        if self.chance(0.5):
            self.emit(self.fold(n, t))

    def st_sassign(self):
        vs = self.vars_of("string")
        if not vs:
            return self.st_decl()
        self.emit("%s = trunc(%s)" % (self.pick(vs), self.sexpr()))

    def st_if(self, depth):
        self.open("if %s {" % self.bexpr())
        self.block(depth + 1, 2)
        if self.chance(0.5):
            self.fold_scope()
            self.fn.scopes[-1] = []
            self.fn.calls = [x for x in self.fn.calls if x[3] < len(self.fn.scopes)]
            self.fn.indent -= 1
            self.emit("} else {")
            self.fn.indent += 1
            self.block(depth + 1, 2)
        self.close()

    def st_for(self, depth):
        i = self.name("i")
        lab = self.name("L") if self.fn.loop_depth == 0 and self.chance(0.4) else None
        if lab:
            self.emit("%s:" % lab)
        n = self.r.randint(1, 12 if self.fn.loop_depth == 0 else 4)
        self.open("for %s := 0; %s < %d; %s++ {" % (i, i, n, i))
        self.fn.loop_depth += 1
        self.emit("mix(uint64(%s))" % i)
        self.block(depth + 1, 3)
        if self.chance(0.5):
            self.emit("if %s { %s }" % (self.bexpr(), self.pick(["continue", "break"])))
        if self.fn.loop_depth == 1 and (lab or self.chance(0.4)):
            j = self.name("j")
            self.open("for %s := %d; %s > 0; %s-- {" % (j, self.r.randint(1, 4), j, j))
            self.fn.loop_depth += 1
            self.block(depth + 2, 2)
            tgt = " " + lab if lab else ""
            self.emit("if %s == %d { %s%s }" % (j, self.r.randint(1, 3), self.pick(["continue", "break"]), tgt))
            self.emit("mix(uint64(%s))" % j)
            self.fn.loop_depth -= 1
            self.close()
        self.fn.loop_depth -= 1
        self.close()

    def st_switch(self, depth):
        t = self.pick(INT_TYPES)
        e = self.nc_iexpr(t, 1)[0]
        self.open("switch %s %% 4 {" % e)
        used = self.r.sample([0, 1, 2, 3], self.r.randint(1, 3))
        for c in used:
            self.emit("case %d:" % c)
            self.fn.scopes.append([])
            self.block(depth + 1, 2)
            self.fold_scope()
            self.fn.scopes.pop()
            self.fn.calls = [x for x in self.fn.calls if x[3] <= len(self.fn.scopes)]
            self.emit("mix(%d)" % (c + 100))
            if c != used[-1] and self.chance(0.4):
                self.emit("fallthrough")
        if self.chance(0.6):
            self.emit("default:")
            self.emit("mix(99)")
        self.close()

    def st_goto(self):
        n, lab = self.name("n"), self.name("G")
        k = self.r.randint(2, 9)
        self.open("{")
        self.emit("%s := 0" % n)
        self.fn.indent -= 1
        self.emit("%s:" % lab)
        self.fn.indent += 1
        self.emit("%s++" % n)
        self.emit("mix(uint64(%s * %d))" % (n, self.r.randint(1, 99)))
        self.emit("if %s < %d {" % (n, k))
        self.emit("\tgoto %s" % lab)
        self.emit("}")
        self.emit("mix(uint64(%s))" % n)
        self.close()

    def st_closure(self):
        """A closure capturing a variable by reference, and a pointer to the same variable."""
        n, t = self.decl_int()
        c, p = self.name("c"), self.name("p")
        d = self.lit(t)
        self.emit("%s := &%s" % (p, n))
        self.emit("%s := func() %s { %s += %s; *%s ^= 3; return %s * 2 }" % (c, t, n, d, p, n))
        self.emit("*%s += %s()" % (p, c) if not self.eval_order else "*%s += %s() + %s" % (p, c, n))
        self.emit("mix(uint64(%s)); mix(uint64(*%s))" % (n, p))
        self.fn.calls.append((c, t, n, len(self.fn.scopes)))
        if self.eval_order:
            self.eval_order_stmt(c, t, n)

    def eval_order_stmt(self, c, t, n):
        k = self.r.randrange(6)
        a = self.name("eo")
        if k == 0:
            self.emit("%s := []%s{%s, %s(), %s}" % (a, t, n, c, n))
            self.emit("for _, e := range %s { mix(uint64(e)) }" % a)
        elif k == 1:
            self.emit("var %s, %s2 %s" % (a, a, t))
            self.emit("%s, %s2 = %s(), %s" % (a, a, c, n))
            self.emit("mix(uint64(%s)); mix(uint64(%s2))" % (a, a))
        elif k == 2:
            self.emit("%s := map[%s]%s{}" % (a, t, t))
            self.emit("%s[%s()] = %s + %s()" % (a, c, n, c))
            self.emit("mixs(fmt.Sprint(%s))" % a)
        elif k == 3:
            self.emit("%s := [3]%s{%s(), %s, %s()}" % (a, t, c, n, c))
            self.emit("mix(uint64(%s[0] + %s[1] + %s[2]))" % (a, a, a))
        elif k == 4:
            self.emit("%s := [4]%s{}" % (a, t))
            self.emit("%s[uint(%s())%%4] += %s() + %s" % (a, c, c, n))
            self.emit("mixs(fmt.Sprint(%s))" % a)
        else:
            self.emit("fmt.Println(\"eo\", %s, %s(), %s)" % (n, c, n))

    def st_array(self):
        t = self.pick(INT_TYPES)
        a, b, i = self.name("a"), self.name("a"), self.name("i")
        k = self.r.randint(1, 8)
        self.emit("var %s [%d]%s" % (a, k, t))
        self.emit("for %s := range %s { %s[%s] = %s(%s*%s) + %s }" % (i, a, a, i, t, i, self.lit("uint8"), self.ivar(t)))
        self.emit("%s := %s" % (b, a))
        idx = self.nc_iexpr("uint", 1)[0]
        self.emit("%s[%s %% %d] += %s" % (b, idx, k, self.iexpr(t)[0]))
        self.emit("for _, e := range %s { mix(uint64(e)) }" % a)
        self.emit("for _, e := range %s { mix(uint64(e)) }" % b)
        self.emit("mixb(%s == %s)" % (a, b))

    def st_slice(self):
        t = self.pick(INT_TYPES)
        s, u, i = self.name("sl"), self.name("sl"), self.name("i")
        n, c = self.r.randint(0, 6), self.r.randint(6, 12)
        self.emit("%s := make([]%s, %d, %d)" % (s, t, n, c))
        self.emit("for %s := 0; %s < %d; %s++ { %s = append(%s, %s(%s)*3) }" % (i, i, self.r.randint(0, 10), i, s, s, t, i))
        lo = self.r.randint(0, 3)
        self.emit("%s := %s[min(%d, len(%s)):len(%s):len(%s)]" % (u, s, lo, s, s, s) if self.chance(0.3) else
                  "%s := append([]%s(nil), %s...)" % (u, t, s) if self.chance(0.5) else
                  "%s := %s[min(%d, len(%s)):]" % (u, s, lo, s))
        self.emit("if len(%s) > 0 { %s[0] = %s }" % (u, u, self.iexpr(t)[0]))
        self.emit("%s = append(%s, %s)" % (u, u, self.iexpr(t)[0]))
        self.emit("mix(uint64(copy(%s, %s)))" % (s, u))
        self.emit("for _, e := range %s { mix(uint64(e)) }" % s)
        self.emit("for _, e := range %s { mix(uint64(e)) }" % u)
        self.emit("mix(uint64(len(%s)))" % u)

    def st_map(self):
        m, i = self.name("m"), self.name("i")
        kt = self.pick(["int", "string"])
        vt = self.pick(INT_TYPES)
        self.emit("%s := map[%s]%s{}" % (m, kt, vt))
        key = "%s %% 7" % i if kt == "int" else 'fmt.Sprint("k", %s %% 5)' % i
        self.emit("for %s := 0; %s < %d; %s++ { %s[%s] += %s(%s) }" % (i, i, self.r.randint(1, 12), i, m, key, vt, i))
        kk = self.iexpr("int")[0] if kt == "int" else self.sexpr()
        self.emit("%s[%s] = %s" % (m, kk, self.iexpr(vt)[0]))
        if self.chance(0.5):
            dk = "3" if kt == "int" else '"k2"'
            self.emit("delete(%s, %s)" % (m, dk))
        v, ok = self.name("mv"), self.name("ok")
        self.emit("%s, %s := %s[%s]" % (v, ok, m, "2" if kt == "int" else '"k1"'))
        self.emit("mix(uint64(%s)); mixb(%s)" % (v, ok))
        self.emit("mixm_%s(len(%s), func() []%s { ks := []%s{}; for k := range %s { ks = append(ks, k) }; return ks }())"
                  % (kt, m, kt, kt, m))
        self.emit("mixs(fmt.Sprint(%s))" % m)

    def st_struct(self):
        if not self.structs:
            return self.st_assign()
        sn, fields = self.pick(self.structs)
        v, p = self.name("st"), self.name("ps")
        inits = ", ".join("%s: %s" % (f, self.iexpr(t)[0]) for f, t in fields if self.chance(0.7))
        self.emit("%s := %s{%s}" % (v, sn, inits))
        self.declare(v, sn)
        self.emit("%s := &%s" % (p, v))
        f, t = self.pick(fields)
        self.emit("%s.%s = %s" % (p, f, self.iexpr(t)[0]))
        self.emit("%s.bump(%s)" % (p if self.chance(0.5) else v, self.iexpr("int64")[0]))
        self.emit("mix(%s.get()); mix(%s.get())" % (v, p))
        iv = self.name("iv")
        self.emit("var %s I = %s" % (iv, self.pick([v, p, "N(%s)" % self.iexpr("int16")[0]])))
        self.emit("mix(describe(%s))" % iv)
        self.emit("mixs(fmt.Sprint(%s))" % v)

    def st_strings(self):
        s, b, i, r = self.name("s"), self.name("b"), self.name("i"), self.name("r")
        self.emit("%s := trunc(%s)" % (s, self.sexpr()))
        self.emit("for %s, %s := range %s { mix(uint64(%s)); mix(uint64(%s)) }" % (i, r, s, i, r))
        self.emit("%s := []byte(%s)" % (b, s))
        self.emit("if len(%s) > 0 { %s[len(%s)-1] ^= %s }" % (b, b, b, self.iexpr("uint8")[0]))
        self.emit("mixs(string(%s)); mix(uint64(len([]rune(%s))))" % (b, s))
        self.emit("mix(uint64(strings.Count(%s, \"%s\"))); mix(uint64(strings.Index(%s, \"o\") + 1))" % (s, self.pick("aol"), s))
        self.emit("mixs(strings.Join(strings.Split(%s, \",\"), \"|\"))" % s)
        self.declare(s, "string")

    def st_recover(self):
        """A call of a panicking closure under a recover that prints the value."""
        kind = self.r.randrange(9)
        z = self.nc_iexpr("int", 1)[0]
        bodies = [
            "a := []int{1, 2, 3}; i := int(uint(%s) %% 8); mix(uint64(a[i]))" % z,
            "var m map[string]int; if %s != 12345 { m[\"x\"] = 1 }; mix(uint64(len(m)))" % z,
            "d := %s - %s; mix(uint64(7 / d))" % (z, z),
            "panic(fmt.Sprint(\"boom \", %s))" % z,
            "var ip *S0; mix(uint64(ip.%s))" % (self.structs[0][1][0][0] if self.structs else "x"),
            "var e interface{} = %s; mix(uint64(e.(int) + 1))" % self.pick(['"s"', "int8(3)", "3"]),
            "s := []int{1, 2, 3}; j := int(uint(%s) %% 6); mix(uint64(len(s[:j])))" % z,
            "panic(fmt.Errorf(\"err %%d\", %s))" % z,
            "d := %s; d -= d; mix(uint64(int8(-128) %% int8(d+1) + int8(100 %% (d + 1))))" % z,
        ]
        body = bodies[kind]
        self.emit("func() {")
        self.emit("\tdefer func() {")
        self.emit("\t\tif e := recover(); e != nil { fmt.Println(\"recovered:\", e); mixs(fmt.Sprint(e)) }")
        self.emit("\t}()")
        self.emit("\t" + body)
        self.emit("}()")

    def st_defers(self):
        i = self.name("i")
        self.emit("func() {")
        self.emit("\tfor %s := 0; %s < %d; %s++ {" % (i, i, self.r.randint(1, 4), i))
        self.emit("\t\tdefer func(k int) { mix(uint64(k * %d)) }(%s)" % (self.r.randint(1, 50), i))
        self.emit("\t}")
        self.emit("\tdefer mix(uint64(%s))" % self.nc_iexpr("int", 1)[0])
        self.emit("}()")

    def st_escape(self):
        """Addresses that escape: to a global, a slice of pointers, an interface, a closure."""
        t = self.pick(INT_TYPES)
        n, f = self.name("x"), self.name("fe")
        self.emit("var %s %s = %s" % (n, t, self.iexpr(t)[0]))
        k = self.r.randrange(5)
        if k == 4:
            q = self.name("q")
            self.emit("%s := uint64(%s) + 1" % (q, n))
            self.emit("gholders = append(gholders, Holder{p: &%s, n: %s})" % (q, n if t == "int" else "int(%s)" % n))
            self.emit("%s *= 5" % q)
        elif k == 0:
            self.emit("gptrs = append(gptrs, func() *uint64 { q := uint64(%s); return &q }())" % n)
        elif k == 1:
            self.emit("gany = append(gany, &%s)" % n)
            self.emit("%s++" % n)
        elif k == 2:
            self.emit("%s := func() uint64 { %s--; return uint64(%s) }" % (f, n, n))
            self.emit("gfuncs = append(gfuncs, %s)" % f)
            self.emit("mix(%s())" % f)
        else:
            self.emit("gptrs = append(gptrs, newp(uint64(%s)))" % n)
        self.emit("mix(uint64(%s))" % n)

    def st_big(self):
        """Large arrays passed by value and long slice literals, now and then (compile time;
        off with --no-big)."""
        t = self.pick(["int32", "uint8", "int64"])
        k = self.pick([1000, 10000, 100000, 1 << 20])
        b, lit = self.name("big"), self.name("lit")
        self.emit("%s := new([%d]%s)" % (b, k, t))
        self.emit("for i := range %s { %s[i] = %s(i * 7) }" % (b, b, t))
        self.emit("for _, e := range *%s { mix(uint64(e)) }" % b)
        self.emit("mix(func(a [%d]%s) uint64 { return uint64(a[%d]) }(*%s))" % (k, t, k - 1, b))
        n = self.pick([100, 2000, 20000])
        self.emit("%s := []int{%s}" % (lit, ", ".join(str(self.r.randint(0, 999)) for _ in range(n))))
        self.emit("for _, e := range %s { mix(uint64(e)) }" % lit)
        if k <= 10000 and self.chance(0.5):
            self.big_values("[%d]%s" % (k, t), t, b, k)

    def big_values(self, at, t, b, k):
        """Values of the large array type `at` (elements t, length k; *b one of them) among a
        call's several results, spread into a call, in comma-ok forms and appended: each of these
        once reached LLVM as one huge value, and took it minutes to compile."""
        two, m, e, s = self.name("two"), self.name("m"), self.name("e"), self.name("s")
        x, y, v, w, ok1, ok2 = (self.name(p) for p in ["x", "y", "v", "w", "ok", "ok"])
        self.emit("%s := func(a %s, d %s) (%s, %s) { a[0] += d; return a, a }" % (two, at, t, at, at))
        self.emit("%s, %s := %s(*%s, 3)" % (x, y, two, b))
        self.emit("%s[%d]++" % (y, k - 1))
        self.emit("mix(func(p, q %s) uint64 { return uint64(p[0]) + uint64(q[%d]) }(%s(%s, 5)))"
                  % (at, k - 1, two, y))
        self.emit("%s := map[int]%s{1: %s}" % (m, at, x))
        self.emit("%s, %s := %s[1]" % (v, ok1, m))
        self.emit("var %s interface{} = %s" % (e, y))
        self.emit("%s, %s := %s.(%s)" % (w, ok2, e, at))
        self.emit("%s := append([]%s{}, %s, %s)" % (s, at, v, w))
        self.emit("mix(uint64(%s[0]) + uint64(%s[%d]) + uint64(len(%s)) + uint64(%s[1][%d]))"
                  % (x, v, k - 1, s, s, k - 1))
        self.emit("mixb(%s)" % ok1)
        self.emit("mixb(%s)" % ok2)

    def st_chan(self):
        k = self.r.randrange(2)
        w, n = self.r.randint(1, 4), self.r.randint(1, 20)
        if k == 0:
            self.emit("mix(pool(%d, %d, %s))" % (w, n, self.nc_iexpr("uint64", 1)[0]))
        else:
            self.emit("mix(pingpong(%d, %s))" % (n, self.nc_iexpr("int", 1)[0]))

    def st_select(self):
        """select whose outcome is fixed: only one case ready, or none and a default, a closed
        channel, a nil channel that is never chosen, and a loop over two producers."""
        k = self.r.randrange(4)
        c1, c2, v = self.name("ch"), self.name("ch"), self.nc_iexpr("int", 1)[0]
        if k < 3:
            self.emit("%s, %s := make(chan int, 1), make(chan int, 1)" % (c1, c2))
        if k == 0:
            self.emit("%s <- %s" % (self.pick([c1, c2]), v))
            self.emit("select {\ncase x := <-%s:\n\tmix(uint64(x))\ncase x := <-%s:\n\tmix(uint64(x) + 99)\n}"
                      % (c1, c2))
        elif k == 1:
            self.emit("%s <- %s" % (c1, v))
            self.emit("select {\ncase %s <- 5:\n\tmix(5)\ncase %s <- 6:\n\tmix(6)\n}" % (c1, c2))
            self.emit("mix(uint64(len(%s) + 10*len(%s)))" % (c1, c2))
        elif k == 2:
            nilc = self.name("nilc")
            self.emit("var %s chan int" % nilc)
            self.emit("close(%s)" % c2)
            self.emit("select {\ncase x, ok := <-%s:\n\tmix(uint64(x)); mixb(ok)\ncase %s <- 1:\n\tmix(1)\n"
                      "case x := <-%s:\n\tmix(uint64(x) + 7)\ndefault:\n\tmix(3)\n}" % (c2, nilc, c1))
        else:
            self.emit("mix(fanin(%d, %d, %s))" % (self.r.randint(0, 9), self.r.randint(0, 9), v))

    def st_generic(self):
        """Generic functions and types of the prelude, instantiated with the program's types:
        constraint arithmetic with wraparound, a function argument, a method through a type
        parameter, a generic stack behind a pointer, a generic struct with a comparable key."""
        t, u = self.pick(INT_TYPES), self.pick(INT_TYPES)
        es = ", ".join(self.nc_iexpr(t, 1)[0] for _ in range(self.r.randint(0, 4)))
        k = self.r.randrange(6)
        if k == 0:
            self.emit("mix(uint64(gsum[%s](%s)))" % (t, es))
        elif k == 1:
            a, b = self.nc_iexpr(t, 1)[0], self.nc_iexpr(t, 1)[0]
            self.emit("mix(uint64(gmax(%s, %s)) + uint64(gmax[%s](%s, 3)))" % (a, b, t, b))
        elif k == 2:
            x = self.name("gx")
            self.emit("for _, %s := range gmap([]%s{%s}, func(x %s) %s { return %s(x) * %d }) { mix(uint64(%s)) }"
                      % (x, t, es, t, u, u, self.r.randint(1, 9), x))
        elif k == 3 and self.structs:
            sn, fields = self.pick(self.structs)
            v = self.name("gs")
            self.emit("var %s %s" % (v, sn))
            self.emit("%s.bump(int64(%s))" % (v, self.nc_iexpr("int", 1)[0]))
            self.emit("mix(gget([]%s{%s, {}}) + gget([]N{N(%s)}))" % (sn, v, self.nc_iexpr("int16", 1)[0]))
        elif k == 4:
            st, x = self.name("gst"), self.name("gx")
            self.emit("%s := &Stack[%s]{}" % (st, t))
            self.emit("for _, %s := range []%s{%s} { %s.Push(%s) }" % (x, t, es, st, x))
            self.emit("if %s, ok := %s.Pop(); ok { mix(uint64(%s)) }" % (x, st, x))
            self.emit("mix(uint64(len(%s.items)))" % st)
        else:
            p = self.name("gp")
            self.emit("%s := Pair[string, %s]{K: trunc(%s), V: %s}" % (p, t, self.sexpr(), self.nc_iexpr(t, 1)[0]))
            self.emit("mixs(%s.K); mix(uint64(%s.V)); mixb(%s.Same(Pair[string, %s]{K: \"go\"}))" % (p, p, p, t))

    def st_sync(self):
        """Goroutines that add to a counter under a mutex; a WaitGroup waits for them."""
        n, k = self.r.randint(1, 6), self.nc_iexpr("int", 1)[0]
        self.emit("mix(locked(%d, %s))" % (n, k))

    def st_pkg(self):
        """Calls into the second package: its functions, a pointer it keeps (escaping across
        the package boundary), a value of its type through an interface."""
        if not self.lib_funcs:
            return self.st_assign()
        k, v = self.r.randrange(3), self.nc_iexpr("int", 1)[0]
        if k == 0:
            self.emit("mix(%s.F%d(%s))" % (LIB, self.r.randrange(self.lib_funcs), v))
        elif k == 1:
            x = self.name("kx")
            self.emit("%s := uint64(%s)" % (x, v))
            self.emit("%s.Keep(&%s)" % (LIB, x))
            self.emit("%s += 3; mix(%s)" % (x, x))
        else:
            b = self.name("box")
            self.emit("var %s interface{ Get() uint64 } = %s.NewBox(uint64(%s))" % (b, LIB, v))
            self.emit("mix(%s.Get()); mix(%s.(*%s.Box).V)" % (b, b, LIB))

    def st_call(self, idx):
        if idx > 0:
            j = self.r.randrange(idx)
            self.emit("mix(f%d(%s))" % (j, self.nc_iexpr("int", 1)[0]))

    def statement(self, depth, idx):
        ks = ["decl", "assign", "assign", "sassign", "if", "for", "switch", "goto", "closure",
              "array", "slice", "map", "struct", "strings", "recover", "defers", "escape", "chan", "select", "sync", "pkg",
              "generic"]
        if depth >= 2:
            ks = ["decl", "assign", "assign", "sassign", "array", "struct", "strings", "escape"]
        k = self.pick(ks)
        if self.big and depth == 0 and self.fn.loop_depth == 0 and self.chance(0.05):
            k = "big"
        if self.fn.loop_depth > 0 and k in ("chan", "closure", "select", "sync"):
            k = "assign"
        if k == "decl":
            self.st_decl()
        elif k == "assign":
            self.st_assign()
        elif k == "sassign":
            self.st_sassign()
        elif k == "if":
            self.st_if(depth)
        elif k == "for":
            self.st_for(depth)
        elif k == "switch":
            self.st_switch(depth)
        elif k == "goto":
            self.st_goto()
        elif k == "closure":
            self.st_closure()
        elif k == "big":
            self.st_big()
        else:
            getattr(self, "st_" + k)()

    def block(self, depth, n):
        for _ in range(self.r.randint(1, n)):
            self.statement(depth, 0)

    # ---- program --------------------------------------------------------------------------
    def function(self, idx):
        self.fn = Fn()
        self.fn.scopes[0].append(("p", "int"))
        for _ in range(self.r.randint(2, 4 + self.size)):
            self.statement(0, idx)
        self.st_call(idx)
        self.fold_scope()
        self.emit('check("%sf%d")' % ("" if self.pkg == "main" else self.pkg + ".", idx))
        self.emit("return h >> 7")
        return ["func f%d(p int) uint64 {" % idx] + self.fn.lines + ["}", ""]

    def struct_decls(self):
        out = []
        for k in range(self.r.randint(1, 3)):
            sn = "S%d" % k
            fields = [("x%d" % i, self.pick(INT_TYPES)) for i in range(self.r.randint(1, 5))]
            self.structs.append((sn, fields))
            out.append("type %s struct {" % sn)
            out += ["\t%s %s" % f for f in fields]
            out.append("}")
            out.append("")
            out.append("func (s %s) get() uint64 {" % sn)
            out.append("\tr := uint64(%d)" % k)
            out += ["\tr = r*31 + uint64(s.%s)" % f for f, _ in fields]
            out.append("\treturn r")
            out.append("}")
            out.append("")
            out.append("func (s *%s) bump(d int64) {" % sn)
            out += ["\ts.%s += %s(d)" % (f, t) for f, t in fields]
            out.append("}")
            out.append("")
        return out

    def package_body(self):
        """Everything but main(): the prelude, globals, struct types and functions f0..fN."""
        nf = self.r.randint(2, 3 + self.size)
        body = self.struct_decls()
        for i in range(nf):
            body += self.function(i)
        prelude = PRELUDE
        if self.pkg != "main":
            prelude = prelude.replace("package main", "package " + self.pkg, 1)
        out = [prelude]
        out += ["var g_%s %s = %s" % (t, t, self.lit(t)) for t in INT_TYPES]
        out.append('var g_string = "%s"' % self.pick(STRINGS))
        out.append("")
        return out + body, nf

    def library(self):
        """The second package: package main's prelude and functions, exported through F0..Fn,
        with a package initialiser and an init function (run before main's), and a type and
        functions that main uses across the boundary."""
        out, nf = self.package_body()
        out += ["func F%d(p int) uint64 { return f%d(p) }" % (i, i) for i in range(nf)]
        out.append(LIB_API % (self.r.randint(0, 50), self.r.randint(1, 9)))
        return "\n".join(out) + "\n", nf

    def program(self, lib_nf=0):
        self.lib_funcs = lib_nf
        out, nf = self.package_body()
        if lib_nf:
            out[0] = out[0].replace('import (\n', 'import (\n\t"%s/%s"\n' % (MODULE, LIB), 1)
        out.append("func main() {")
        for i in range(nf):
            out.append("\tmix(f%d(%d))" % (i, self.r.randint(-5, 100)))
        out.append("\tfor _, p := range gptrs { mix(*p) }")
        out.append("\tfor _, f := range gfuncs { mix(f()) }")
        out.append("\tfor _, a := range gany { mix(describe2(a)) }")
        out.append("\tfor _, x := range gholders { mix(*x.p + uint64(x.n)) }")
        if lib_nf:
            out.append("\tmix(%s.Sum())" % LIB)
        out.append('\tfmt.Println("final", h)')
        end = self.r.randrange(12)
        if end == 0:
            out.append('\tos.Exit(int(h % 7))')
        elif end == 1:
            out.append('\tpanic(fmt.Sprint("final panic ", h%1000))')
        elif end == 2:
            out.append('\tvar m map[uint64]int\n\tm[h] = 1')
        else:
            out.append('\tos.Stdout.WriteString(strings.Repeat("=", int(h%5)) + "\\n")')
        out.append("}")
        return "\n".join(out) + "\n"


# Programs of two packages (--packages) are printed as a txtar archive: a module MODULE whose
# main package imports MODULE/LIB.
MODULE, LIB = "fuzz", "lib"

LIB_API = '''
var Ready = f0(%d)

func init() {
	mix(Ready)
	check("lib.init")
}

// Keep stores a pointer from another package: the variable behind it must be on the heap.
func Keep(p *uint64) { gptrs = append(gptrs, p) }

type Box struct {
	V uint64
	p *uint64
}

func NewBox(v uint64) *Box { return &Box{V: v * %d, p: newp(v)} }

func (b *Box) Get() uint64 { return b.V + *b.p }

// Sum folds what the package kept, read after main changed it.
func Sum() uint64 {
	for _, p := range gptrs {
		mix(*p)
	}
	return h
}
'''

PRELUDE = '''// Generated by test/fuzz/gen.py: a random program whose output is a checksum of its values.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

var h uint64 = 14695981039346656037

func mix(v uint64) { h ^= v; h *= 1099511628211 }

func mixs(s string) {
	for i := 0; i < len(s); i++ {
		mix(uint64(s[i]))
	}
	mix(uint64(len(s)))
}

func mixb(b bool) {
	if b {
		mix(1)
	} else {
		mix(2)
	}
}

func check(tag string) { fmt.Fprintln(os.Stdout, tag, h) }

var _ = strings.Repeat

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func trunc(s string) string {
	if len(s) > 48 {
		return s[len(s)-48:]
	}
	return s
}

func mixm_int(n int, ks []int) {
	sort.Ints(ks)
	mix(uint64(n))
	for _, k := range ks {
		mix(uint64(k))
	}
}

func mixm_string(n int, ks []string) {
	sort.Strings(ks)
	mix(uint64(n))
	for _, k := range ks {
		mixs(k)
	}
}

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

func gsum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func gmax[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func gmap[T, U any](xs []T, f func(T) U) []U {
	r := make([]U, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func gget[T interface{ get() uint64 }](xs []T) uint64 {
	var r uint64
	for _, x := range xs {
		r = r*31 + x.get()
	}
	return r
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) Same(q Pair[K, V]) bool { return p.K == q.K }

type I interface{ get() uint64 }

type N int16

func (n N) get() uint64 { return uint64(n) * 3 }

func describe(i I) uint64 {
	switch v := i.(type) {
	case nil:
		return 0
	case N:
		return uint64(v) + 1
	case interface{ bump(int64) }:
		v.bump(1)
		return i.get() + 2
	default:
		return v.get()
	}
}

func describe2(a interface{}) uint64 {
	switch v := a.(type) {
	case *int8:
		return uint64(*v)
	case *int16:
		return uint64(*v)
	case *int32:
		return uint64(*v)
	case *int64:
		return uint64(*v)
	case *int:
		return uint64(*v)
	case *uint8:
		return uint64(*v)
	case *uint16:
		return uint64(*v)
	case *uint32:
		return uint64(*v)
	case *uint64:
		return *v
	case *uint:
		return uint64(*v)
	case *uintptr:
		return uint64(*v)
	}
	return 7
}

var gptrs []*uint64
var gfuncs []func() uint64
var gany []interface{}

type Holder struct {
	p *uint64
	n int
}

var gholders []Holder

func newp(v uint64) *uint64 {
	p := new(uint64)
	*p = v * 3
	return p
}

// pool sends n jobs to w workers and sums their results (addition commutes: the sum is the
// same whatever order the workers run in).
func pool(w, n int, k uint64) uint64 {
	jobs := make(chan int, n)
	results := make(chan uint64)
	for i := 0; i < w; i++ {
		go func(id int) {
			for j := range jobs {
				results <- uint64(j*j)*k + 1
			}
		}(i)
	}
	for j := 0; j < n; j++ {
		jobs <- j
	}
	close(jobs)
	var sum uint64
	for j := 0; j < n; j++ {
		sum += <-results
	}
	return sum
}

// pingpong passes a value back and forth over two unbuffered channels.
func pingpong(n, v int) uint64 {
	ping, pong := make(chan int), make(chan int)
	done := make(chan uint64)
	go func() {
		var acc uint64
		for x := range ping {
			acc = acc*7 + uint64(x)
			pong <- x*3 + 1
		}
		done <- acc
	}()
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong % 1000
	}
	close(ping)
	return <-done + uint64(v)
}

// fanin receives from two producers in one select loop until both channels are closed (a
// closed channel is set to nil so that its case is never chosen again); sums commute.
func fanin(n1, n2, v int) uint64 {
	a, b := make(chan int), make(chan int)
	produce := func(c chan int, n, k int) {
		for i := 0; i < n; i++ {
			c <- i*k + v
		}
		close(c)
	}
	go produce(a, n1, 3)
	go produce(b, n2, 5)
	var sum, count uint64
	for a != nil || b != nil {
		select {
		case x, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += uint64(x)
			count++
		case x, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += uint64(x) * 7
			count++
		}
	}
	return sum*31 + count
}

// locked starts n goroutines that each add to a counter under a mutex; the WaitGroup waits
// for them all.
func locked(n, k int) uint64 {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := uint64(0)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				total += uint64(i*k + j)
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	return total
}
'''


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, default=3, help="statements and functions (default 3)")
    ap.add_argument("--no-eval-order", action="store_true",
                    help="no calls beside plain reads of what they change (order gc leaves open)")
    ap.add_argument("--no-big", action="store_true",
                    help="no large arrays by value or long slice literals (those watch compile times)")
    ap.add_argument("--packages", action="store_true",
                    help="two packages in a module, printed as a txtar archive (-- name --)")
    a = ap.parse_args()
    print(generate(a.seed, a.size, not a.no_eval_order, not a.no_big, a.packages), end="")


def generate(seed, size, eval_order, big, packages):
    """The program of a seed: one file, or with packages a txtar archive of the module."""
    if not packages:
        return Gen(seed, size, eval_order, big).program()
    lib, nf = Gen(seed * 7919 + 1, size, eval_order, big, LIB).library()
    main = Gen(seed, size, eval_order, big).program(nf)
    return "-- go.mod --\nmodule %s\n\ngo 1.19\n-- %s/%s.go --\n%s-- main.go --\n%s" % (
        MODULE, LIB, LIB, lib, main)


if __name__ == "__main__":
    main()
