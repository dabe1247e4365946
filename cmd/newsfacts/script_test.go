package main

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary act as the newsfacts command inside
// scripts, so end-to-end tests run the real Main without a separate build.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newsfacts": func() { os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs every testdata/script/*.txtar: exit codes, stdout and
// stderr of the binary on real files, directories and pipes.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
	})
}
