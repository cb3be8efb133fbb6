// Package testenv is gosub's: what Go's own package tests ask of their environment. Go's
// testenv runs the go command and inspects gc's build; under gosub there is no go command to
// run from a test, so the tests that need one are skipped, as Go's testenv skips them on
// systems without it.
package testenv

import (
	"os"
	"testing"
)

// Builder reports the name of the builder running the test (GO_BUILDER_NAME), or "".
func Builder() string { return os.Getenv("GO_BUILDER_NAME") }

// HasGoBuild, HasGoRun and HasExec report whether the test may build, run or execute programs.
func HasGoBuild() bool { return false }
func HasGoRun() bool   { return false }
func HasExec() bool    { return false }

// HasExternalNetwork reports whether the test may use the network (never, here).
func HasExternalNetwork() bool { return false }

// OptimizationOff reports whether the compiler's optimisations are off (gc's -N).
func OptimizationOff() bool { return false }

// MustHaveGoBuild and the like skip the test when it needs what the environment lacks.
func MustHaveGoBuild(t *testing.T) { t.Skip("skipping test: 'go build' not available under gosub") }
func MustHaveGoRun(t *testing.T)   { t.Skip("skipping test: 'go run' not available under gosub") }
func MustHaveExec(t *testing.T)    { t.Skip("skipping test: exec not available under gosub") }
func MustHaveExternalNetwork(t *testing.T) {
	t.Skip("skipping test: no external network")
}

// SkipFlaky skips a test known to fail now and then (issue is Go's issue number).
func SkipFlaky(t *testing.T, issue int) {
	t.Skipf("skipping known flaky test; see golang.org/issue/%d", issue)
}
