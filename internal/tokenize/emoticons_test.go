package tokenize

import (
	"testing"

	prose "github.com/jdkato/prose/v3/tokenize"
)

// TestEmoticons checks the copied emoticon list against prose: the list is
// whole, and each emoticon alone is one token for both tokenizers.
func TestEmoticons(t *testing.T) {
	if len(emoticons) != 58 {
		t.Fatalf("%d emoticons read from data/emoticons.txt, prose has 58", len(emoticons))
	}
	p := prose.New()
	for e := range emoticons {
		want, got := p.Tokenize(e), Append(nil, e)
		if len(want) != 1 || len(got) != 1 || got[0].Text != e {
			t.Errorf("%q: got %d tokens, prose %d", e, len(got), len(want))
		}
	}
}
