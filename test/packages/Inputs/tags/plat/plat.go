package plat

var Notes []string

func note(s string) { Notes = append(Notes, s) }
