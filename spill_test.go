package newsfacts_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/devdata"
	"github.com/newsfacts/newsfacts/internal/render"
)

// TestSpillMatchesMemory is the differential test of WithSpill: a text of
// many windows (TBAQ articles joined, 16 KiB windows) printed from its
// spilled facts gives byte for byte the output of the same windows held in
// memory, in every streaming format, every offset unit, with and without
// the sentences; and the spill leaves no file behind.
func TestSpillMatchesMemory(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	text := strings.Join(articles[:60], "\n\n")
	const size = 16 << 10
	if len(text) < 8*size {
		t.Fatalf("only %d bytes", len(text))
	}
	dir := t.TempDir()
	for _, unit := range []string{newsfacts.OffsetBytes, newsfacts.OffsetChars, newsfacts.OffsetUTF16} {
		for _, kinds := range [][]string{nil, {newsfacts.KindDates, newsfacts.KindQuotes}} {
			opts := []newsfacts.Option{newsfacts.WithWindow(size), newsfacts.WithOffsets(unit)}
			if kinds != nil {
				opts = append(opts, newsfacts.WithKinds(kinds...))
			}
			want := extractWith(t, text, opts...)
			got := extractWith(t, text, append(opts, newsfacts.WithSpill(dir))...)
			if len(want.Dates) == 0 || len(want.Quotes) == 0 {
				t.Fatalf("no facts to compare")
			}
			if got.Spilled == nil || want.Spilled != nil {
				t.Fatalf("spilled: %v, held: %v", got.Spilled != nil, want.Spilled == nil)
			}
			if len(got.Entities)+len(got.Dates)+len(got.Sentences) != 0 {
				t.Fatalf("a spilled document holds facts in its lists")
			}
			for _, format := range []string{"json", "jsonl", "csv", "tsv"} {
				a, b := renderDoc(t, format, kinds, got), renderDoc(t, format, kinds, want)
				if !bytes.Equal(a, b) {
					t.Errorf("%s, %s, kinds %v: spilled output differs (%d vs %d bytes)\ngot  %.300s\nwant %.300s", format, unit, kinds, len(a), len(b), a, b)
				}
			}
			if err := got.Spilled.Close(); err != nil {
				t.Fatal(err)
			}
			if err := got.Spilled.Each(newsfacts.KindDates, func(any) error { return nil }); err == nil {
				t.Errorf("a closed spill still reads")
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("spill files left: %v", left)
			}
		}
	}
}

// TestSpillSmallText: a text within one window is never spilled.
func TestSpillSmallText(t *testing.T) {
	d := extractWith(t, "Jens Stoltenberg said on Tuesday that 30 soldiers were hurt.\n", newsfacts.WithSpill(t.TempDir()))
	if d.Spilled != nil || len(d.Entities) == 0 {
		t.Errorf("spilled %v, entities %v", d.Spilled != nil, d.Entities)
	}
}

func extractWith(t *testing.T, text string, opts ...newsfacts.Option) *newsfacts.Document {
	t.Helper()
	x, err := newsfacts.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(context.Background(), "joined", text)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func renderDoc(t *testing.T, format string, kinds []string, d *newsfacts.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := render.New(format, &buf, render.Options{Kinds: kinds})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(d); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestReaderMatchesText: a text given as Record.Reader, read a window at a
// time and spilled, prints as the same text given whole; within one window
// it is extracted whole, unspilled.
func TestReaderMatchesText(t *testing.T) {
	articles, _ := devdata.TBAQ(t)
	const size = 16 << 10
	for _, text := range []string{strings.Join(articles[:40], "\n\n"), articles[0]} {
		x, err := newsfacts.New(newsfacts.WithWindow(size), newsfacts.WithSpill(t.TempDir()), newsfacts.WithOffsets(newsfacts.OffsetChars))
		if err != nil {
			t.Fatal(err)
		}
		want, err := x.Extract(context.Background(), "s", text)
		if err != nil {
			t.Fatal(err)
		}
		got, err := x.ExtractRecord(context.Background(), newsfacts.Record{Source: "s", Reader: iotest.HalfReader(strings.NewReader(text))})
		if err != nil {
			t.Fatal(err)
		}
		if (got.Spilled == nil) != (len(text) <= size) || (want.Spilled == nil) != (len(text) <= size) {
			t.Fatalf("%d bytes: spilled %v, %v", len(text), got.Spilled != nil, want.Spilled != nil)
		}
		if a, b := renderDoc(t, "jsonl", nil, got), renderDoc(t, "jsonl", nil, want); !bytes.Equal(a, b) {
			t.Errorf("%d bytes: read output differs\ngot  %.300s\nwant %.300s", len(text), a, b)
		}
	}
}

// TestReaderChecks: a text read a window at a time is checked as a whole
// text is: invalid UTF-8 at its offset in the whole text, NUL anywhere, and
// the size limit, wherever the fault lies.
func TestReaderChecks(t *testing.T) {
	const size = 1 << 10
	para := strings.Repeat("The council met on Monday.\n\n", 200) // 5.6 windows
	var ie *newsfacts.InvalidUTF8Error
	for _, c := range []struct {
		name, text string
		max        int64
		ok         func(error) bool
	}{
		{"invalid UTF-8 in a later window", para + "caf\xe9", 1 << 20, func(err error) bool { return errors.As(err, &ie) && ie.Offset == len(para)+3 }},
		{"NUL in a later window", para + "a\x00b", 1 << 20, func(err error) bool { return errors.Is(err, newsfacts.ErrBinary) }},
		{"over the limit", para, int64(len(para) - 1), func(err error) bool { return errors.Is(err, newsfacts.ErrTooLarge) }},
		{"at the limit", para, int64(len(para)), func(err error) bool { return err == nil }},
	} {
		x, err := newsfacts.New(newsfacts.WithWindow(size), newsfacts.WithSpill(t.TempDir()), newsfacts.WithMaxBytes(c.max))
		if err != nil {
			t.Fatal(err)
		}
		d, err := x.ExtractRecord(context.Background(), newsfacts.Record{Source: "s", Reader: strings.NewReader(c.text)})
		if !c.ok(err) {
			t.Errorf("%s: %v", c.name, err)
		}
		if d != nil && d.Spilled != nil {
			d.Spilled.Close()
		}
	}
}
