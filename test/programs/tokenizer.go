// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// A tokenizer and recursive-descent evaluator for integer arithmetic: named types, iota, methods, multiple results, switch.
package main

type Kind int

const (
	NUM Kind = iota
	PLUS
	MINUS
	STAR
	SLASH
	LPAREN
	RPAREN
	EOF
	BAD
)

var kindNames = [...]string{"NUM", "PLUS", "MINUS", "STAR", "SLASH", "LPAREN", "RPAREN", "EOF", "BAD"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	kind Kind
	val  int
	pos  int
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// tokenize splits src into tokens; the second result reports a bad character.
func tokenize(src string) ([]Token, bool) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
			continue
		case isDigit(c):
			start, n := i, 0
			for i < len(src) && isDigit(src[i]) {
				n = n*10 + int(src[i]-'0')
				i++
			}
			toks = append(toks, Token{NUM, n, start})
			continue
		}
		k := BAD
		switch c {
		case '+':
			k = PLUS
		case '-':
			k = MINUS
		case '*':
			k = STAR
		case '/':
			k = SLASH
		case '(':
			k = LPAREN
		case ')':
			k = RPAREN
		}
		if k == BAD {
			return toks, false
		}
		toks = append(toks, Token{kind: k, pos: i})
		i++
	}
	return append(toks, Token{kind: EOF, pos: len(src)}), true
}

type Parser struct {
	toks []Token
	pos  int
	err  string
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
// next consumes a token; EOF is never consumed, so peek stays in range.
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	if t.kind != EOF {
		p.pos++
	}
	return t
}

// expr = term { ("+" | "-") term } .
func (p *Parser) expr() int {
	v := p.term()
	for p.peek().kind == PLUS || p.peek().kind == MINUS {
		if p.next().kind == PLUS {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

// term = factor { ("*" | "/") factor } .
func (p *Parser) term() int {
	v := p.factor()
	for p.peek().kind == STAR || p.peek().kind == SLASH {
		op := p.next()
		r := p.factor()
		if op.kind == STAR {
			v *= r
		} else if r == 0 {
			p.fail("division by zero")
		} else {
			v /= r
		}
	}
	return v
}

// factor = number | "-" factor | "(" expr ")" .
func (p *Parser) factor() int {
	t := p.next()
	switch t.kind {
	case NUM:
		return t.val
	case MINUS:
		return -p.factor()
	case LPAREN:
		v := p.expr()
		if p.next().kind != RPAREN {
			p.fail("expected )")
		}
		return v
	}
	p.fail("unexpected " + t.kind.String())
	return 0
}

func (p *Parser) fail(msg string) {
	if p.err == "" {
		p.err = msg
	}
}

func eval(src string) (int, string) {
	toks, ok := tokenize(src)
	if !ok {
		return 0, "bad character"
	}
	p := &Parser{toks: toks}
	v := p.expr()
	if p.err == "" && p.peek().kind != EOF {
		p.fail("trailing " + p.peek().kind.String())
	}
	return v, p.err
}

func main() {
	toks, _ := tokenize("12+(3*4) - 5")
	for _, t := range toks {
		print(t.kind.String(), "@", t.pos)
		if t.kind == NUM {
			print("=", t.val)
		}
		println()
	}
	exprs := []string{"1+2*3", "(1+2)*3", "100/7/2", "-(4-10)*2", "2*(3+(4-1))*5", "7/0", "(1+2", "3 $ 4", "1 2", "", "10-2-3"}
	for _, e := range exprs {
		v, err := eval(e)
		if err != "" {
			println("\"" + e + "\"", "error:", err)
		} else {
			println("\""+e+"\"", "=", v)
		}
	}
}

// Expected output, from go 1.19 (go run):
// CHECK: NUM@0=12
// CHECK-NEXT: PLUS@2
// CHECK-NEXT: LPAREN@3
// CHECK-NEXT: NUM@4=3
// CHECK-NEXT: STAR@5
// CHECK-NEXT: NUM@6=4
// CHECK-NEXT: RPAREN@7
// CHECK-NEXT: MINUS@9
// CHECK-NEXT: NUM@11=5
// CHECK-NEXT: EOF@12
// CHECK-NEXT: "1+2*3" = 7
// CHECK-NEXT: "(1+2)*3" = 9
// CHECK-NEXT: "100/7/2" = 7
// CHECK-NEXT: "-(4-10)*2" = 12
// CHECK-NEXT: "2*(3+(4-1))*5" = 60
// CHECK-NEXT: "7/0" error: division by zero
// CHECK-NEXT: "(1+2" error: expected )
// CHECK-NEXT: "3 $ 4" error: bad character
// CHECK-NEXT: "1 2" error: trailing NUM
// CHECK-NEXT: "" error: unexpected EOF
// CHECK-NEXT: "10-2-3" = 5
// CHECK-NOT: {{.}}
