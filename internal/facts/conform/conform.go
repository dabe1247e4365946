// Package conform checks that output obeys the contract: it validates a
// JSON document against the schema and checks that every item's offsets
// locate its text in the input. Tests of every layer use it, so the
// contract is asserted in one place.
package conform

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/newsfacts/newsfacts/internal/facts"
)

var schema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(facts.Schema))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("document.json", doc); err != nil {
		return nil, err
	}
	return c.Compile("document.json")
})

// Check validates one JSON document (or error record) against the schema
// and checks every item's offsets, sentence index and, for quotes, the cue
// and speaker spans against input.
func Check(input string, out []byte) error {
	s, err := schema()
	if err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		return err
	}
	if err := s.Validate(v); err != nil {
		return err
	}
	var d facts.Document
	if err := json.Unmarshal(out, &d); err != nil {
		return err
	}
	if d.Sentences == nil {
		// The schema let it through as an error record: no offsets to check.
		return nil
	}
	return Offsets(input, &d)
}

// Offsets checks that every fact of d locates its text in input.
func Offsets(input string, d *facts.Document) error {
	for i, s := range d.Sentences {
		if s.Index != i {
			return fmt.Errorf("sentence %d has index %d", i, s.Index)
		}
		if err := span(input, "sentence", s.Start, s.End, s.Text); err != nil {
			return err
		}
	}
	for _, k := range facts.Kinds {
		for _, f := range d.Facts(k) {
			if err := span(input, k, f.Span.Start, f.Span.End, f.Span.Text); err != nil {
				return err
			}
			if k == facts.KindSentences {
				continue
			}
			if want := sentenceAt(d.Sentences, f.Span.Start); len(d.Sentences) > 0 && f.Span.Sentence != want {
				return fmt.Errorf("%s %q at %d: sentence %d, want %d", k, f.Span.Text, f.Span.Start, f.Span.Sentence, want)
			}
		}
	}
	for _, q := range d.Quotes {
		if q.Cue != "" {
			if err := span(input, "quote cue", q.CueStart, q.CueEnd, q.Cue); err != nil {
				return err
			}
		}
		if q.SpeakerText != "" {
			if err := span(input, "quote speaker", q.SpeakerStart, q.SpeakerEnd, q.SpeakerText); err != nil {
				return err
			}
		}
	}
	return nil
}

// sentenceAt is the index of the last sentence starting at or before off.
func sentenceAt(ss []facts.Sentence, off int) int {
	i := 0
	for i+1 < len(ss) && ss[i+1].Start <= off {
		i++
	}
	return i
}

func span(input, what string, start, end int, text string) error {
	if start < 0 || end < start || end > len(input) {
		return fmt.Errorf("%s %q: offsets %d-%d outside the input (%d bytes)", what, text, start, end, len(input))
	}
	if got := input[start:end]; got != text {
		return fmt.Errorf("%s: input[%d:%d] = %q, want %q", what, start, end, got, text)
	}
	return nil
}
