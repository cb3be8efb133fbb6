package main

import "unicode/utf8"

func main() { println(utf8.RuneLen('€')) }
