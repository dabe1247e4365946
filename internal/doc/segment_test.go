package doc

import (
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/newsfacts/newsfacts/internal/punkt"
)

// checkUnbroken holds the shortcut around the segmenter to prose's own
// (internal/punkt segments as prose does: its TestMatchesProse): a block
// unbroken accepts is segmented by prose into exactly the one sentence
// punkt.TrimSpace finds.
func checkUnbroken(t *testing.T, block string) {
	t.Helper()
	if !unbroken(block) {
		return
	}
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	got := seg.Segment(block)
	s, e := punkt.TrimSpace(block)
	if s >= e {
		if len(got) != 0 {
			t.Fatalf("Segment(%q) = %d sentences, the shortcut none", block, len(got))
		}
		return
	}
	if len(got) != 1 || got[0].Start != s || got[0].End() != e {
		t.Fatalf("Segment(%q) = %+v, the shortcut [%d,%d)", block, got, s, e)
	}
}

// TestUnbrokenBlocksMatchProse checks the shortcut on every block of the
// TBAQ news texts that takes it.
func TestUnbrokenBlocksMatchProse(t *testing.T) {
	texts := benchCorpus(t, 1<<30)
	n := 0
	var lines [][2]int
	for _, text := range texts {
		for _, para := range paragraphs(text, 0) {
			for _, b := range blocks(nil, &lines, text, para) {
				if block := text[b[0]:b[1]]; unbroken(block) {
					checkUnbroken(t, block)
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no block takes the shortcut")
	}
	t.Logf("%d blocks take the shortcut", n)
}

func FuzzUnbrokenMatchesProse(f *testing.F) {
	f.Add("NATO Sends Hundreds of More Troops to Kosovo")
	f.Add("  By Jane Doe\n and John Roe \u00a0")
	f.Add("\u2003\n")
	f.Add("WASHINGTON (Reuters) - \"Yes\" ; ‘no’ … ok")
	f.Fuzz(func(t *testing.T, block string) {
		if !utf8.ValidString(block) {
			return
		}
		checkUnbroken(t, block)
	})
}
