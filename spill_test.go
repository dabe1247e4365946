package newsfacts_test

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

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
