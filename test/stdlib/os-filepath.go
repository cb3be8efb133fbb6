// RUN: rm -rf %t && mkdir -p %t && cd %t && %gosubc build -o prog %s && ./prog | FileCheck %s
// path/filepath and io/ioutil compiled from Go's sources over gosub's os (stdlib/replace/os):
// Stat and Lstat, directories read and made, temporary names, errors that errors.Is matches
// against io/fs's and syscall's. Output as gc 1.19's.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path/filepath"
	"sort"
	"syscall"
)

func main() {
	// CHECK: a/c/d.go y.txt .gz /a/b
	fmt.Println(filepath.Join("a", "b/../c", "d.go"), filepath.Base("/x/y.txt"), filepath.Ext("a.tar.gz"), filepath.Dir("/a/b/c"))
	dir, err := os.MkdirTemp("", "gosub-fp-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	must(os.MkdirAll(filepath.Join(dir, "a", "b"), 0755))
	must(os.WriteFile(filepath.Join(dir, "a", "x.txt"), []byte("hello"), 0644))
	must(os.WriteFile(filepath.Join(dir, "a", "b", "y.go"), []byte("package y"), 0600))
	var seen []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		seen = append(seen, fmt.Sprintf("%s dir=%v", rel, d.IsDir()))
		return nil
	})
	// CHECK-NEXT: {{\[}}. dir=true a dir=true a/b dir=true a/b/y.go dir=false a/x.txt dir=false]
	fmt.Println(seen)
	fi, err := os.Stat(filepath.Join(dir, "a", "x.txt"))
	// CHECK-NEXT: x.txt 5 -rw-r--r-- false <nil>
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	m, _ := filepath.Glob(filepath.Join(dir, "a", "*.txt"))
	// CHECK-NEXT: 1 x.txt
	fmt.Println(len(m), filepath.Base(m[0]))
	_, err = os.Stat(filepath.Join(dir, "nope"))
	// CHECK-NEXT: true true true
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOENT))
	es, _ := os.ReadDir(filepath.Join(dir, "a"))
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	// CHECK-NEXT: {{\[}}b x.txt]
	fmt.Println(names)
	data, _ := ioutil.ReadFile(filepath.Join(dir, "a", "b", "y.go"))
	// CHECK-NEXT: package y
	fmt.Println(string(data))
	must(os.Rename(filepath.Join(dir, "a", "x.txt"), filepath.Join(dir, "z.txt")))
	_, err = os.Lstat(filepath.Join(dir, "a", "x.txt"))
	// CHECK-NEXT: true
	fmt.Println(err != nil)
	err = os.Remove(filepath.Join(dir, "a"))
	// CHECK-NEXT: true true
	fmt.Println(err != nil, errors.Is(err, syscall.ENOTEMPTY))
	abs, _ := filepath.Abs(".")
	wd, _ := os.Getwd()
	// CHECK-NEXT: true
	fmt.Println(abs == wd)
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
