// RUN: rm -rf %t && mkdir -p %t/src %t/lib/time && cp -r %goroot/src/time %t/src/time
// RUN: python3 %S/Inputs/zoneinfo-zip.py /usr/share/zoneinfo %t/lib/time/zoneinfo.zip
// RUN: cd %t/src/time && rm format_test.go time_test.go tzdata_test.go zoneinfo_test.go zoneinfo_unix_test.go
// RUN: cd %t/src/time && %gosubc test -O1 | FileCheck %s --match-full-lines
// Go 1.19's own tests of time's timers, Sleep, Tickers, the monotonic clock and the examples
// (Format, Parse, Duration, zones), run in a GOROOT-like tree because they load their zone from
// ../../lib/time/zoneinfo.zip. Removed are the files gosub cannot build yet: testing/quick, which
// needs reflect (format_test, time_test, which also needs encoding/gob and encoding/json),
// reflect (zoneinfo_test, tzdata_test), os.Setenv and os.Stat (zoneinfo_unix_test).
// REQUIRES: go
// CHECK: PASS
// CHECK-NEXT: ok {{.*}}time{{.*}}
package stdtests
