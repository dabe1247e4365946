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
//
// A document of many windows (over 1 MiB) is no quick start-up: it ends the
// start-up setting before it starts, and the rest of the run collects at
// GOGC=50. Its facts are spilled per window, so what it holds live is one
// window's analysis (~100 bytes per byte of a 1 MiB window of news), and the
// default target lets the heap reach twice that. On 8 MB of news GOGC=50
// took the peak from 234 to 160 MB for 6% more CPU. A soft memory limit
// bounds it too, but runs the collector without pause once a window's
// analysis passes it (1 MiB of ")" holds 450 MB): 70% more CPU there.
//
// A first document over 64 KiB ends the start-up setting before it starts
// too: its analysis alone could pass the 48 MiB limit (1 MiB of initials
// took 10x the CPU of 256 KiB, not 4x).
const (
	startupGCPercent     = 400
	startupMemoryLimit   = 48 << 20
	startupMaxText       = 64 << 10
	manyWindowsGCPercent = 50
)

// endStartupGC restores the collector's settings; a no-op unless main
// boosted them (tests call Main directly and keep the defaults).
var endStartupGC = func() {}

// manyWindowsGC ends the start-up setting and sets the collector's target
// of a document of many windows; a no-op where endStartupGC is one.
var manyWindowsGC = func() {}

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
	var many sync.Once
	manyWindowsGC = func() {
		endStartupGC()
		many.Do(func() { debug.SetGCPercent(manyWindowsGCPercent) })
	}
}
