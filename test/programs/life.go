// RUN: %gosubc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck %s
// RUN: %gosubc build -O2 -o %t2 %s && %t2 2>&1 | FileCheck %s
// RUN: %gosubc build -escape=off -o %t3 %s && %t3 2>&1 | FileCheck %s
// Game of Life on a wrapping 2-D array board: array values returned and copied, arrays as map keys, strings built with +=.
package main

const (
	W = 10
	H = 8
)

// Board is a fixed-size grid whose edges wrap around (a torus).
type Board [H][W]bool

func (b *Board) alive(x, y int) bool {
	x = (x + W) % W
	y = (y + H) % H
	return b[y][x]
}

func (b *Board) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

// Step returns the next generation: a live cell survives with 2 or 3 neighbours,
// a dead one is born with exactly 3. Board is an array, so it is returned by value.
func (b *Board) Step() Board {
	var next Board
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := b.neighbours(x, y)
			next[y][x] = n == 3 || n == 2 && b[y][x]
		}
	}
	return next
}

func (b *Board) Population() int {
	p := 0
	for _, row := range b {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
}

func (b *Board) Print(gen int) {
	println("generation", gen, "population", b.Population())
	for _, row := range b {
		line := ""
		for _, c := range row {
			if c {
				line += "#"
			} else {
				line += "."
			}
		}
		print("|", line, "|\n")
	}
}

func (b *Board) Place(x, y int, pattern []string) {
	for dy, s := range pattern {
		for dx := 0; dx < len(s); dx++ {
			if s[dx] == '#' {
				b[y+dy][x+dx] = true
			}
		}
	}
}

func main() {
	var b Board
	b.Place(1, 0, []string{".#.", "..#", "###"}) // glider
	b.Place(6, 5, []string{"###"})               // blinker
	b.Place(7, 1, []string{"##", "##"})          // block
	seen := map[Board]int{}
	for gen := 0; gen <= 4; gen++ {
		b.Print(gen)
		seen[b] = gen
		b = b.Step()
	}
	for gen := 5; gen < 200; gen++ {
		if first, ok := seen[b]; ok {
			println("generation", gen, "repeats generation", first)
			break
		}
		seen[b] = gen
		b = b.Step()
	}
	println("distinct boards:", len(seen))
}

// Expected output, from go 1.19 (go run):
// CHECK: generation 0 population 12
// CHECK-NEXT: |..#.......|
// CHECK-NEXT: |...#...##.|
// CHECK-NEXT: |.###...##.|
// CHECK-NEXT: |..........|
// CHECK-NEXT: |..........|
// CHECK-NEXT: |......###.|
// CHECK-NEXT: |..........|
// CHECK-NEXT: |..........|
// CHECK-NEXT: generation 1 population 12
// CHECK-NEXT: |..........|
// CHECK-NEXT: |.#.#...##.|
// CHECK-NEXT: |..##...##.|
// CHECK-NEXT: |..#.......|
// CHECK-NEXT: |.......#..|
// CHECK-NEXT: |.......#..|
// CHECK-NEXT: |.......#..|
// CHECK-NEXT: |..........|
// CHECK-NEXT: generation 2 population 14
// CHECK-NEXT: |..........|
// CHECK-NEXT: |...#...##.|
// CHECK-NEXT: |.#.#...##.|
// CHECK-NEXT: |..##...##.|
// CHECK-NEXT: |..........|
// CHECK-NEXT: |......###.|
// CHECK-NEXT: |..........|
// CHECK-NEXT: |..........|
// CHECK-NEXT: generation 3 population 14
// CHECK-NEXT: |..........|
// CHECK-NEXT: |..#....##.|
// CHECK-NEXT: |...##.#..#|
// CHECK-NEXT: |..##...##.|
// CHECK-NEXT: |......#...|
// CHECK-NEXT: |.......#..|
// CHECK-NEXT: |.......#..|
// CHECK-NEXT: |..........|
// CHECK-NEXT: generation 4 population 17
// CHECK-NEXT: |..........|
// CHECK-NEXT: |...#...##.|
// CHECK-NEXT: |....#.#..#|
// CHECK-NEXT: |..#######.|
// CHECK-NEXT: |......#.#.|
// CHECK-NEXT: |......##..|
// CHECK-NEXT: |..........|
// CHECK-NEXT: |..........|
// CHECK-NEXT: generation 62 repeats generation 60
// CHECK-NEXT: distinct boards: 62
// CHECK-NOT: {{.}}
