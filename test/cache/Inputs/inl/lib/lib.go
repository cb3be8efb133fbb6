package lib

var calls int

// Small is cheap: importers get its body and LLVM inlines it.
func Small(x int) int { return x*3 + 1 }

// Counted has a defer, which gc's inliner refuses: importers call it.
func Counted(x int) int {
	defer func() { calls++ }()
	return x + calls
}
