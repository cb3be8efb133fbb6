// RUN: %gosubc run %s | FileCheck %s
// A type implementing fmt.Scanner scans itself through the ScanState (Token, ReadRune, UnreadRune, Width); io.EOF from it is io.ErrUnexpectedEOF.
// Expected output: gc 1.19's.
// CHECK: 2 <nil> {x y} {k v}
// CHECK-NEXT: 0 want comma, got ' '
// CHECK-NEXT: 0 unexpected EOF
// CHECK-NEXT: 1 <nil>
// CHECK-NEXT: 2 <nil> HELLO/true/0 false 5
// CHECK-NEXT: 3 <nil> ABC/false/3 true DEF/false/0 false 7
package main

import (
	"fmt"
	"strings"
)

// pair scans "a,b".
type pair struct{ a, b string }

func (p *pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != ',' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	p.a = string(tok)
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != ',' {
		return fmt.Errorf("want comma, got %q", r)
	}
	tok, err = st.Token(false, nil)
	p.b = string(tok)
	return err
}

// upper scans a word and keeps it in capitals; with a width, that many runes.
type upper string

func (u *upper) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	var sb strings.Builder
	for {
		r, _, err := st.ReadRune()
		if err != nil {
			break
		}
		if r == ' ' || r == '\n' {
			st.UnreadRune()
			break
		}
		sb.WriteRune(r)
	}
	w, ok := st.Width()
	*u = upper(fmt.Sprint(strings.ToUpper(sb.String()), "/", verb == 'v', "/", w, ok))
	return nil
}

func main() {
	var p, q pair
	var u, v upper
	var i int
	n, err := fmt.Sscan("x,y  k,v", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("x;y z", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("ab, cd", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("hello 5", &u, &i)
	fmt.Println(n, err, u, i)
	n, err = fmt.Sscanf("abcdef 7", "%3s%s %d", &u, &v, &i)
	fmt.Println(n, err, u, v, i)
}
