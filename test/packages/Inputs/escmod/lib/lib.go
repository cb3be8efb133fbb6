package lib

var Sink *int

// Keep stores its argument: its parameter leaks.
func Keep(p *int) { Sink = p }

// Read only reads through its argument.
func Read(p *int) int { return *p }

// Id returns its argument: it leaks to the result only.
func Id(p *int) *int { return p }
