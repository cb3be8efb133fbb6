// RUN: %gosubc build -o %t %s && env TZ=UTC %t 2>&1 | FileCheck %s
// RUN: env TZ=America/New_York %t 2>&1 | FileCheck %s --check-prefix=NY
// Formatting and parsing a fixed date with Go's layouts; time.Local comes from $TZ (read from
// the system's zoneinfo files, as gc does).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t)                          // CHECK: 2009-11-10 23:04:05.123456789 +0000 UTC
	fmt.Println(t.Format(time.RFC3339Nano)) // CHECK-NEXT: 2009-11-10T23:04:05.123456789Z
	fmt.Println(t.Format(time.RFC1123Z))    // CHECK-NEXT: Tue, 10 Nov 2009 23:04:05 +0000
	fmt.Println(t.Format(time.Kitchen), t.Format("Mon Jan _2 2006 15:04:05.000"))
	// CHECK-NEXT: 11:04PM Tue Nov 10 2009 23:04:05.123
	fmt.Println(t.Unix(), t.UnixMilli(), t.Weekday(), t.YearDay())
	// CHECK-NEXT: 1257894245 1257894245123 Tuesday 314
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.AddDate(0, 3, 0).Format("2006-01-02")) // CHECK-NEXT: 2009 46 2010-02-10

	p, err := time.Parse("2006-01-02 15:04 MST", "2022-03-04 05:06 UTC")
	fmt.Println(p, err, p.Sub(t)) // CHECK-NEXT: 2022-03-04 05:06:00 +0000 UTC <nil> 107910h1m54.876543211s
	_, err = time.Parse(time.RFC3339, "yesterday")
	fmt.Println(err) // CHECK-NEXT: parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"
	fmt.Println(time.Date(2023, 2, 29, 25, 0, 0, 0, time.FixedZone("X", 3600)))
	// CHECK-NEXT: 2023-03-02 01:00:00 +0100 X

	fmt.Println(time.Unix(1e9, 0).In(time.Local)) // CHECK-NEXT: 2001-09-09 01:46:40 +0000 UTC
	// NY: 2001-09-08 21:46:40 -0400 EDT
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(t.In(ny), err) // CHECK-NEXT: 2009-11-10 18:04:05.123456789 -0500 EST <nil>
	now := time.Now()
	fmt.Println(now.Location(), now.Year() >= 2022) // CHECK-NEXT: UTC true
	// NY: America/New_York true
}
