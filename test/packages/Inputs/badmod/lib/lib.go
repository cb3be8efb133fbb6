package lib

var hidden = 1

func Visible() int { return hidden }
