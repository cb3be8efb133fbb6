// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// A ledger: an interface with value and pointer implementations, a type switch, an error type, defer/recover, maps of pointers.
package main

type AccountID int

type Account struct {
	id      AccountID
	owner   string
	balance int
	history []string
}

// Op is one operation on the ledger; each kind applies itself.
type Op interface {
	Apply(l *Ledger) error
}

type Deposit struct {
	to     AccountID
	amount int
}
type Withdraw struct {
	from   AccountID
	amount int
}
type Transfer struct {
	from, to AccountID
	amount   int
}

type BankError struct {
	code string
	id   AccountID
}

func (e *BankError) Error() string { return e.code + " (account " + itoa(int(e.id)) + ")" }

type Ledger struct {
	accounts map[AccountID]*Account
	applied  int
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + itoa(n%10)
}

func (l *Ledger) get(id AccountID) (*Account, error) {
	a, ok := l.accounts[id]
	if !ok {
		return nil, &BankError{"no such account", id}
	}
	return a, nil
}

func (d Deposit) Apply(l *Ledger) error {
	if d.amount <= 0 {
		panic("deposit of non-positive amount " + itoa(d.amount))
	}
	a, err := l.get(d.to)
	if err != nil {
		return err
	}
	a.balance += d.amount
	a.history = append(a.history, "+"+itoa(d.amount))
	return nil
}

func (w Withdraw) Apply(l *Ledger) error {
	a, err := l.get(w.from)
	if err != nil {
		return err
	}
	if a.balance < w.amount {
		return &BankError{"insufficient funds", w.from}
	}
	a.balance -= w.amount
	a.history = append(a.history, "-"+itoa(w.amount))
	return nil
}

func (t *Transfer) Apply(l *Ledger) error {
	if err := (Withdraw{t.from, t.amount}).Apply(l); err != nil {
		return err
	}
	return Deposit{t.to, t.amount}.Apply(l)
}

// run applies op, turning a panic inside it into an error result.
func (l *Ledger) run(op Op) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &BankError{"rejected: " + r.(string), -1}
		}
	}()
	err = op.Apply(l)
	if err == nil {
		l.applied++
	}
	return err
}

func describe(op Op) string {
	switch o := op.(type) {
	case Deposit:
		return "deposit " + itoa(o.amount) + " to " + itoa(int(o.to))
	case Withdraw:
		return "withdraw " + itoa(o.amount) + " from " + itoa(int(o.from))
	case *Transfer:
		return "transfer " + itoa(o.amount) + " " + itoa(int(o.from)) + "->" + itoa(int(o.to))
	default:
		return "unknown"
	}
}

func main() {
	l := &Ledger{accounts: map[AccountID]*Account{}}
	for i, name := range []string{"ann", "bob", "cy"} {
		id := AccountID(i + 1)
		l.accounts[id] = &Account{id: id, owner: name}
	}
	ops := []Op{
		Deposit{1, 500}, Deposit{2, 120}, Withdraw{1, 80}, &Transfer{1, 3, 200},
		Withdraw{2, 500}, &Transfer{2, 9, 10}, Deposit{3, -5}, Deposit{4, 1}, &Transfer{3, 2, 150},
	}
	for _, op := range ops {
		if err := l.run(op); err != nil {
			println(describe(op), "FAILED:", err.Error())
			if be, ok := err.(*BankError); ok && be.id > 0 {
				println("  account in error:", int(be.id))
			}
		} else {
			println(describe(op), "ok")
		}
	}
	println("applied", l.applied, "of", len(ops))
	total := 0
	for id := AccountID(1); id <= 3; id++ {
		a := l.accounts[id]
		total += a.balance
		print(a.owner, " ", a.balance, ":")
		for _, h := range a.history {
			print(" ", h)
		}
		println()
	}
	println("total", total)
	var op Op
	println("nil op:", op == nil, describe(op))
}

// Expected output, from go 1.19 (go run):
// CHECK: deposit 500 to 1 ok
// CHECK-NEXT: deposit 120 to 2 ok
// CHECK-NEXT: withdraw 80 from 1 ok
// CHECK-NEXT: transfer 200 1->3 ok
// CHECK-NEXT: withdraw 500 from 2 FAILED: insufficient funds (account 2)
// CHECK-NEXT:   account in error: 2
// CHECK-NEXT: transfer 10 2->9 FAILED: no such account (account 9)
// CHECK-NEXT:   account in error: 9
// CHECK-NEXT: deposit -5 to 3 FAILED: rejected: deposit of non-positive amount -5 (account -1)
// CHECK-NEXT: deposit 1 to 4 FAILED: no such account (account 4)
// CHECK-NEXT:   account in error: 4
// CHECK-NEXT: transfer 150 3->2 ok
// CHECK-NEXT: applied 5 of 9
// CHECK-NEXT: ann 220: +500 -80 -200
// CHECK-NEXT: bob 260: +120 -10 +150
// CHECK-NEXT: cy 50: +200 -150
// CHECK-NEXT: total 530
// CHECK-NEXT: nil op: true unknown
// CHECK-NOT: {{.}}
