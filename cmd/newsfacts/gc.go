package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// The collector at start-up. A one-article run builds its models (the
// entity tagger's tables, the word lists, the date rules) from nothing: the
// heap grows from 0 to ~8 MB in the first 40 ms, and with the default
// GOGC=100 the collector runs four times on the way, marking data that all
// stays live (GODEBUG=gctrace=1), and its write barriers slow the loads it
// overlaps. A quarter of the CPU of a run on the sample article went to it
// (perf). So the process starts with GOGC=400, under a 48 MiB soft memory
// limit that bounds the heap should the first document be large, and goes
// back to the default after its first document (extractDoc) or when eval
// starts: a corpus run collects as before. Peak RSS on the sample moves
// from ~35.5 to ~36.5 MB. A GOGC or GOMEMLIMIT in the environment is the
// user's choice and turns this off. Output is not affected: the collector
// only decides when memory is reclaimed.
const (
	startupGCPercent   = 400
	startupMemoryLimit = 48 << 20
)

// endStartupGC restores the collector's settings; a no-op unless main
// boosted them (tests call Main directly and keep the defaults).
var endStartupGC = func() {}

// boostStartupGC raises the collector's target for the start-up, unless
// the environment sets one, and sets endStartupGC to undo it once.
func boostStartupGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	percent := debug.SetGCPercent(startupGCPercent)
	limit := debug.SetMemoryLimit(startupMemoryLimit)
	var once sync.Once
	endStartupGC = func() {
		once.Do(func() {
			debug.SetMemoryLimit(limit)
			debug.SetGCPercent(percent)
		})
	}
}
