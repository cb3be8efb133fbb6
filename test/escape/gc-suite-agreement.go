// RUN: python3 %S/../escape-check/check.py --gosubc %gosubc
// Scores -m against the ERROR annotations of Go 1.19's test/escape*.go (thresholds.txt).
package main
