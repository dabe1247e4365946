package main

import (
	"runtime/debug"
	"testing"
)

// TestStartupGC: the boost raises the collector's target and bounds the
// heap, ending it restores both (once, however often it is called), and a
// GOGC in the environment turns it off.
func TestStartupGC(t *testing.T) {
	t.Cleanup(func() { endStartupGC = func() {} })
	percent := debug.SetGCPercent(100)
	debug.SetGCPercent(percent)
	limit := debug.SetMemoryLimit(-1)

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	boostStartupGC()
	if p := debug.SetGCPercent(startupGCPercent); p != startupGCPercent {
		t.Errorf("boosted GOGC = %d, want %d", p, startupGCPercent)
	}
	if l := debug.SetMemoryLimit(-1); l != startupMemoryLimit {
		t.Errorf("boosted memory limit = %d, want %d", l, startupMemoryLimit)
	}
	endStartupGC()
	if p := debug.SetGCPercent(startupGCPercent); p != percent {
		t.Errorf("GOGC after the start-up = %d, want %d", p, percent)
	}
	// a second end must not restore again
	endStartupGC()
	if p := debug.SetGCPercent(percent); p != startupGCPercent {
		t.Errorf("a second endStartupGC changed GOGC to %d", p)
	}
	if l := debug.SetMemoryLimit(-1); l != limit {
		t.Errorf("memory limit after the start-up = %d, want %d", l, limit)
	}

	t.Setenv("GOGC", "200")
	endStartupGC = func() {}
	boostStartupGC()
	if p := debug.SetGCPercent(percent); p != percent {
		t.Errorf("with GOGC set, the boost changed GOGC to %d", p)
	}
}
