//go:build linux && (amd64 || arm64) && !cgo

package plat

func init() { note("go:build linux && amd64 && !cgo") }
