// REQUIRES: go
// RUN: rm -rf %t && mkdir -p %t
// RUN: sed 's/^package unicode$/package main/' /usr/lib/go-1.19/src/unicode/tables.go > %t/tables.go
// RUN: sed 's/^package unicode$/package main/' /usr/lib/go-1.19/src/unicode/letter.go > %t/letter.go
// RUN: sed 's/^package unicode$/package main/' /usr/lib/go-1.19/src/unicode/graphic.go > %t/graphic.go
// RUN: %gosubc build -o %t/u %s %t/tables.go %t/letter.go %t/graphic.go && %t/u > %t/out && FileCheck %s < %t/out
// Go's unicode tables (8,000 lines of package-level composite literals and maps) as package
// main: the tables are static data, the maps built by main..init.
package main

import "fmt"

func main() {
	fmt.Println(len(Latin.R16), Upper.R16[3].Lo, Upper.LatinOffset, len(Categories), len(Scripts)) // CHECK: 29 256 3 36 156
	fmt.Println(Categories["Lu"] == Upper, len(CaseRanges), CaseRanges[0].Lo, len(FoldCategory)) // CHECK-NEXT: true 319 65 6
	fmt.Println(Is(Upper, 'Q'), Is(Upper, 'q'), Is(Han, '世'), In('λ', Greek, Latin), IsUpper('Ä'), ToUpper('ä'), ToLower('Σ'), SimpleFold('k')) // CHECK-NEXT: true false true true true 196 963 8490
}
