// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/fmt-string.out %t.out
// string verbs: %s %q %x %X with flags, precision and width; byte slices and runes
package main

import "fmt"

type Name string

func main() {
	s := "héllo, 世界"
	fmt.Printf("[%s|%10s|%-10s|%.3s|%q|%+q|%#q|%x|%X|% x|%#x|% #x]\n", s, "abc", "abc", s, s, s, "back`q", "hi", "hi", "hi", "hi", "hi")
	fmt.Printf("%q %q %q %#q\n", "tab\there", "nul\x00", "\xff bad", "raw")
	fmt.Printf("%5.1q|%-8q|%08s\n", "abc", "a", "z")
	b := []byte("go!")
	fmt.Printf("%s %q %x %X %v %d %#v\n", b, b, b, b, b, b, b)
	fmt.Printf("%s|%v|%#v|%x\n", Name("n"), Name("n"), Name("n"), Name("n"))
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s %v %x\n", arr, arr, arr)
	fmt.Printf("%c|%c|%q|%U\n", 'é', 0x10FFFF+1, 'ü', 'ü')
	fmt.Println("multi", "args", 'r', "x"+"y")
	fmt.Print("a", "b", 1, 2, "c", 3, "\n")
	fmt.Print(1, 2, "\n")
	var empty []byte
	fmt.Printf("%s|%x|%q|%v|%#v\n", empty, empty, empty, empty, empty)
	str := fmt.Sprintf("%08.3f|%-6s|%6s", 3.14159, "ab", "ab")
	fmt.Println(str, len(str))
	fmt.Println(fmt.Sprintln("x", 1) + fmt.Sprint("y", 2, 3))
}
