package corpus

import (
	"runtime"
)

// Options tune Run.
type Options struct {
	// Jobs is the number of workers; 0 means the number of CPUs.
	Jobs int
	// Window bounds the documents read but not yet emitted; 0 means 4 per
	// worker, enough to keep every worker busy behind one slow document.
	Window int
	// Flush, when set, is called whenever the results emitted so far are
	// all there is for now, so buffered output reaches a pipe as soon as it
	// is ready but is still written in large blocks under load.
	Flush func() error
}

func (o Options) jobs() int {
	if o.Jobs > 0 {
		return o.Jobs
	}
	return runtime.NumCPU()
}

func (o Options) window() int {
	if o.Window > 0 {
		return o.Window
	}
	return 4 * o.jobs()
}

type item[In, Out any] struct {
	seq int
	in  In
	out Out
}

// Run calls next until it returns false, runs work on every document in
// Jobs goroutines, and calls emit with each document and its result in the
// order next gave them. next and emit run on one goroutine each, never
// concurrently with themselves. work must not panic: a document's failure is
// part of its result. If emit returns an error Run stops reading, waits for
// the workers and returns that error.
func Run[In, Out any](next func() (In, bool), work func(In) Out, emit func(In, Out) error, opt Options) error {
	jobs, window := opt.jobs(), opt.window()
	if window < jobs {
		window = jobs
	}
	// tokens admits one document per free slot of the window: the reader
	// takes one before reading, the emitter gives it back after emitting.
	tokens := make(chan struct{}, window)
	queue := make(chan *item[In, Out], jobs)
	// results has room for the whole window, so workers never block on it.
	results := make(chan *item[In, Out], window)
	stop := make(chan struct{})

	go func() {
		defer close(queue)
		for seq := 0; ; seq++ {
			select {
			case tokens <- struct{}{}:
			case <-stop:
				return
			}
			in, ok := next()
			if !ok {
				return
			}
			select {
			case queue <- &item[In, Out]{seq: seq, in: in}:
			case <-stop:
				return
			}
		}
	}()
	done := make(chan struct{})
	for range jobs {
		go func() {
			defer func() { done <- struct{}{} }()
			for it := range queue {
				select {
				case <-stop:
					// Drain without working once the output is gone.
				default:
					it.out = work(it.in)
				}
				results <- it
			}
		}()
	}
	go func() {
		for range jobs {
			<-done
		}
		close(results)
	}()

	pending := make(map[int]*item[In, Out], window)
	nextSeq := 0
	var err error
	for it := range results {
		pending[it.seq] = it
		for {
			p, ok := pending[nextSeq]
			if !ok {
				break
			}
			delete(pending, nextSeq)
			nextSeq++
			if err == nil {
				if err = emit(p.in, p.out); err != nil {
					close(stop)
				}
			}
			<-tokens
		}
		if err == nil && opt.Flush != nil && len(results) == 0 {
			if err = opt.Flush(); err != nil {
				close(stop)
			}
		}
	}
	return err
}
