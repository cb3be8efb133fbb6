// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// Puzzles: sieve, n-queens with a recursive closure and labeled continue, labeled break, a generator closure, struct map keys.
package main

// sieve returns the primes below n.
func sieve(n int) []int {
	composite := make([]bool, n)
	var primes []int
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return primes
}

// queens counts the solutions of the n-queens puzzle and returns the first one found.
func queens(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
	next:
		for c := 0; c < n; c++ {
			for r := 0; r < row; r++ {
				d := cols[r] - c
				if d == 0 || d == row-r || d == r-row {
					continue next
				}
			}
			cols[row] = c
			place(row + 1)
		}
	}
	place(0)
	return
}

// twinSearch finds the first pair of twin primes above lo using a labeled break.
func twinSearch(primes []int, lo int) (int, int) {
	a, b := -1, -1
search:
	for i, p := range primes {
		if p <= lo {
			continue
		}
		for _, q := range primes[i+1:] {
			switch d := q - p; {
			case d == 2:
				a, b = p, q
				break search
			case d > 2:
				continue search
			}
		}
	}
	return a, b
}

// gen returns a generator of the Collatz sequence starting at n; it reports done after 1.
func gen(n int) func() (int, bool) {
	done := false
	return func() (int, bool) {
		if done {
			return 0, false
		}
		v := n
		if n == 1 {
			done = true
		} else if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		return v, true
	}
}

type Point struct{ X, Y int }

// spiral walks an n x n grid from the outside in and returns the visiting order.
func spiral(n int) [][]int {
	grid := make([][]int, n)
	for i := range grid {
		grid[i] = make([]int, n)
	}
	dirs := [4]Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}
	p, d := Point{0, 0}, 0
	for k := 1; k <= n*n; k++ {
		grid[p.Y][p.X] = k
		nx, ny := p.X+dirs[d].X, p.Y+dirs[d].Y
		if nx < 0 || nx >= n || ny < 0 || ny >= n || grid[ny][nx] != 0 {
			d = (d + 1) % len(dirs)
			nx, ny = p.X+dirs[d].X, p.Y+dirs[d].Y
		}
		p = Point{nx, ny}
	}
	return grid
}

func main() {
	ps := sieve(100)
	println("primes below 100:", len(ps), "last", ps[len(ps)-1])
	for n := 4; n <= 8; n++ {
		c, f := queens(n)
		print(n, " queens: ", c, " solutions, first")
		for _, col := range f {
			print(" ", col)
		}
		println()
	}
	a, b := twinSearch(ps, 50)
	println("twins after 50:", a, b)
	a, b = twinSearch(ps, 80)
	println("twins after 80:", a, b)

	next := gen(27)
	steps, peak := 0, 0
	for v, ok := next(); ok; v, ok = next() {
		steps++
		if v > peak {
			peak = v
		}
	}
	println("collatz 27:", steps, "values, peak", peak)

	for _, row := range spiral(5) {
		for _, v := range row {
			if v < 10 {
				print(" ")
			}
			print(" ", v)
		}
		println()
	}
	seen := map[Point]bool{}
	p := Point{}
	moves := "RRUULDDDLLUR"
	i := 0
loop:
	for ; i < len(moves); i++ {
		seen[p] = true
		switch moves[i] {
		case 'R':
			p.X++
		case 'L':
			p.X--
		case 'U':
			p.Y++
		case 'D':
			p.Y--
		}
		if seen[p] {
			break loop
		}
	}
	println("first revisit at move", i, "point", p.X, p.Y, "visited", len(seen))
}

// Expected output, from go 1.19 (go run):
// CHECK: primes below 100: 25 last 97
// CHECK-NEXT: 4 queens: 2 solutions, first 1 3 0 2
// CHECK-NEXT: 5 queens: 10 solutions, first 0 2 4 1 3
// CHECK-NEXT: 6 queens: 4 solutions, first 1 3 5 0 2 4
// CHECK-NEXT: 7 queens: 40 solutions, first 0 2 4 6 1 3 5
// CHECK-NEXT: 8 queens: 92 solutions, first 0 4 7 5 2 6 1 3
// CHECK-NEXT: twins after 50: 59 61
// CHECK-NEXT: twins after 80: -1 -1
// CHECK-NEXT: collatz 27: 112 values, peak 9232
// CHECK-NEXT:   1  2  3  4  5
// CHECK-NEXT:  16 17 18 19  6
// CHECK-NEXT:  15 24 25 20  7
// CHECK-NEXT:  14 23 22 21  8
// CHECK-NEXT:  13 12 11 10  9
// CHECK-NEXT: first revisit at move 6 point 1 0 visited 7
// CHECK-NOT: {{.}}
