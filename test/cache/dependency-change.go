// RUN: rm -rf %t.cache %t.dir && cp -r %S/Inputs/mod %t.dir
// RUN: cd %t.dir && env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t . 2>&1 | FileCheck %s --check-prefix=COLD
// RUN: %t | FileCheck %s --check-prefix=OLD
// RUN: cp %S/Inputs/base-v2.go %t.dir/base/base.go
// RUN: cd %t.dir && env GOSUBCACHE=%t.cache GOSUBDEBUG=cache=1 %gosubc build -o %t . 2>&1 | FileCheck %s --check-prefix=CHANGED
// RUN: %t | FileCheck %s --check-prefix=NEW
// A change to a dependency's source (base) invalidates its entry and those of the packages
// that import it (lib), and the program sees the new code.
// COLD: cache miss example.com/cached/base
// COLD: cache miss example.com/cached/lib
// OLD: scaled: 42
// CHANGED: cache miss example.com/cached/base
// CHANGED: cache miss example.com/cached/lib
// NEW: scaled: 63
package ignored
