package main

func main() { println("none") }
