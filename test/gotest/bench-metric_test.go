// RUN: %gosubc test -bench . -benchtime 100x %s | FileCheck %s --match-full-lines --strict-whitespace
// b.ReportMetric adds "value unit" to the benchmark's line in go test's format: sorted by unit,
// the last value of a unit kept, ns/op replaced when reported.
package foo

import "testing"

func BenchmarkMetrics(b *testing.B) {
	for i := 0; i < b.N; i++ {
	}
	b.ReportMetric(12.5, "widgets/op")
	b.ReportMetric(3, "alpha/op")
	b.ReportMetric(0.25, "widgets/op")
	b.ReportMetric(1234567, "ns/op")
}

// CHECK:BenchmarkMetrics{{(-[0-9]+)?}} {{ *}}	     100	   1234567 ns/op	         3.000 alpha/op	         0.2500 widgets/op
// CHECK-NEXT:PASS
