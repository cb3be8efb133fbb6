package base

// The changed dependency: a new value, and a new function the program does not use.
func Scale() int { return 3 }

func Unused() int { return 7 }
