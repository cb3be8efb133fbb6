"""Writes a Go program with generated big literals for big-literals.go's IR-shape checks."""
N = 20000
ints = ", ".join(str(i * 7 % 1000) for i in range(N))
structs = ", ".join('{%d, %d, "s%d"}' % (i, i * 3, i % 100) for i in range(N))
entries = ", ".join('"k%d": %d' % (i, i) for i in range(300))
print("package main\n")
print("type T struct {\n\ta, b int\n\ts    string\n}\n")
print("var xs = []int{%s}\n" % ints)
print("func local() []T { return []T{%s} }\n" % structs)
print("func table() map[string]int { return map[string]int{%s} }\n" % entries)
print("func f(a [1 << 20]byte) [1 << 20]byte { a[5] = 7; return a }\n")
print("func sum() int {\n\tvar a [100000]int\n\ts := 0\n"
      "\tfor i, v := range a {\n\t\ts += i * v\n\t}\n\treturn s\n}\n")
print("func main() {\n\tvar a [1 << 20]byte\n\tb := f(a)\n"
      "\tprintln(len(xs), len(local()), len(table()), b[5], sum())\n}")
