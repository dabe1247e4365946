package tokenize

import (
	"testing"

	prose "github.com/jdkato/prose/v3/tokenize"

	"github.com/newsfacts/newsfacts/internal/emoticon"
)

// TestEmoticons checks the copied emoticon list against prose's tokenizer:
// each emoticon alone is one token for both tokenizers.
func TestEmoticons(t *testing.T) {
	p := prose.New()
	for _, e := range emoticon.All() {
		want, got := p.Tokenize(e), Append(nil, e)
		if len(want) != 1 || len(got) != 1 || got[0].Text != e {
			t.Errorf("%q: got %d tokens, prose %d", e, len(got), len(want))
		}
	}
}
