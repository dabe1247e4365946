package corpus

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// counter yields 0..n-1.
func counter(n int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= n {
			return 0, false
		}
		i++
		return i - 1, true
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	for _, jobs := range []int{1, 2, 3, 8} {
		t.Run(fmt.Sprintf("jobs=%d", jobs), func(t *testing.T) {
			var got []int
			work := func(i int) int {
				// Random delays make later documents finish first.
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
				return i * i
			}
			emit := func(i, sq int) error {
				if sq != i*i {
					t.Errorf("result of %d is %d", i, sq)
				}
				got = append(got, i)
				return nil
			}
			if err := Run(counter(200), work, emit, Options{Jobs: jobs}); err != nil {
				t.Fatal(err)
			}
			if len(got) != 200 || !slices.IsSorted(got) {
				t.Errorf("emitted %d documents, sorted=%v", len(got), slices.IsSorted(got))
			}
		})
	}
}

// A slow first document must stop reading once the window is full, not let
// the reader buffer the rest of the corpus: this is what keeps memory flat.
func TestRunBoundsDocumentsInFlight(t *testing.T) {
	const window = 6
	var read, emitted, maxAhead atomic.Int64
	next := counter(100)
	wrapped := func() (int, bool) {
		i, ok := next()
		if ok {
			ahead := read.Add(1) - emitted.Load()
			for {
				m := maxAhead.Load()
				if ahead <= m || maxAhead.CompareAndSwap(m, ahead) {
					break
				}
			}
		}
		return i, ok
	}
	work := func(i int) int {
		if i%25 == 0 {
			time.Sleep(20 * time.Millisecond)
		}
		return i
	}
	emit := func(int, int) error { emitted.Add(1); return nil }
	if err := Run(wrapped, work, emit, Options{Jobs: 3, Window: window}); err != nil {
		t.Fatal(err)
	}
	if emitted.Load() != 100 {
		t.Fatalf("emitted %d of 100", emitted.Load())
	}
	if m := maxAhead.Load(); m > window {
		t.Errorf("%d documents read ahead of output, window is %d", m, window)
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	boom := errors.New("broken pipe")
	var worked atomic.Int64
	work := func(i int) int { worked.Add(1); return i }
	n := 0
	emit := func(int, int) error {
		n++
		if n == 5 {
			return boom
		}
		return nil
	}
	err := Run(counter(100000), work, emit, Options{Jobs: 2, Window: 4})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
	if n != 5 {
		t.Errorf("emit called %d times after the error, want it to stop at 5", n)
	}
	if w := worked.Load(); w > 20 {
		t.Errorf("%d documents worked on after the output failed", w)
	}
}

func TestRunFlushesWhenIdle(t *testing.T) {
	flushes := 0
	err := Run(counter(3), func(i int) int { return i }, func(int, int) error { return nil },
		Options{Jobs: 1, Flush: func() error { flushes++; return nil }})
	if err != nil || flushes == 0 {
		t.Errorf("err=%v flushes=%d, want output flushed at least once", err, flushes)
	}
}

func TestRunEmpty(t *testing.T) {
	called := false
	if err := Run(counter(0), func(i int) int { return i }, func(int, int) error { called = true; return nil }, Options{}); err != nil || called {
		t.Errorf("err=%v called=%v", err, called)
	}
}

func TestShard(t *testing.T) {
	for _, bad := range []string{"", "1", "a/2", "2/2", "-1/2", "0/0", "1/x"} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
	// Every source lands in exactly one of N shards, and the split is
	// neither empty nor lopsided on ordinary ids.
	const n = 4
	shards := make([]Shard, n)
	for k := range shards {
		s, err := ParseShard(fmt.Sprintf("%d/%d", k, n))
		if err != nil {
			t.Fatal(err)
		}
		shards[k] = s
	}
	counts := make([]int, n)
	for i := range 4000 {
		src := fmt.Sprintf("APW19980807.%04d", i)
		hits := 0
		for k, s := range shards {
			if s.Keep(src) {
				hits++
				counts[k]++
			}
		}
		if hits != 1 {
			t.Fatalf("%s is in %d shards", src, hits)
		}
	}
	for k, c := range counts {
		if c < 800 || c > 1200 {
			t.Errorf("shard %d holds %d of 4000", k, c)
		}
	}
	// The hash is FNV-1a 64, fixed by its specification: these must never
	// change, or shards computed by an older newsfacts would not line up.
	for src, k := range map[string]int{"doc-00": 2, "APW19980807.0261": 6, "corpus/a.txt": 0} {
		if !(Shard{K: k, N: 7}).Keep(src) {
			t.Errorf("%s is no longer in shard %d/7", src, k)
		}
	}
}
