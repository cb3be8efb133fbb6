// RUN: %gosubc build -o %t %s && %t > %t.out && diff %S/Inputs/fmt-int.out %t.out
// integer verbs, flags, widths and precisions as gc's fmt prints them
package main

import "fmt"

type MyInt int

func main() {
	for _, v := range []int{0, 7, -7, 255, -1 << 63} {
		fmt.Printf("[%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%#b|%.3d|%8.3d|%-08d]\n",
			v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	var u8 uint8 = 200
	var u64 uint64 = 1<<64 - 1
	var i8 int8 = -128
	fmt.Printf("%d %d %d %x %v\n", u8, u64, i8, u64, MyInt(-3))
	fmt.Printf("%c %c %q %q %U %#U %#U\n", 'G', 0x4E16, 'x', '\n', 0x1F600, 'A', 0x7)
	fmt.Printf("%v %#v %#v %#v\n", uint(5), uint(5), 5, MyInt(5))
	fmt.Printf("%.0d|%5.0d|%x\n", 0, 0, uintptr(4096))
	fmt.Printf("%*d|%-*d|%.*d\n", 6, 42, 6, 42, 4, 42)
	fmt.Printf("%6.2d|%+.3x|%#X\n", -5, 10, 3054)
	fmt.Println(int8(-1), int16(300), int32(-70000), int64(1)<<40, uint16(65535), byte('a'), rune('a'))
}
