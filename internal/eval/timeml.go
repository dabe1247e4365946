package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// TimeML (TempEval-3 .tml): the text is the content of <TEXT> with every tag
// removed and XML entities decoded ("AT&amp;T" is "AT&T"), so offsets count
// bytes of the decoded text, which is what the pipeline reads. The DCT's
// TIMEX3 value is the reference date. Gold items are the TIMEX3 elements
// inside <TEXT>, with their type and value.

type timemlDoc struct {
	text string
	ref  *time.Time
	gold []Item
}

func parseTimeML(path string, data []byte) (*timemlDoc, error) {
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	// TimeBank files carry HTML entities and stray ampersands in places;
	// a non-strict decoder keeps what it cannot decode as it is.
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	var b strings.Builder
	d := &timemlDoc{}
	inText, inDCT, sawText := false, false, false
	type open struct {
		start int
		attrs map[string]string
	}
	var stack []open // open TIMEX3s inside TEXT
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText, sawText = true, true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				attrs := map[string]string{}
				for _, a := range t.Attr {
					attrs[a.Name.Local] = a.Value
				}
				if (inDCT || attrs["functionInDocument"] == "CREATION_TIME") && d.ref == nil {
					if ref, ok := parseRef(attrs["value"]); ok {
						d.ref = &ref
					}
				}
				if inText {
					stack = append(stack, open{b.Len(), attrs})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if inText && len(stack) > 0 {
					o := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					// An empty TIMEX3 (a non-consuming anchor) has no span.
					if b.Len() > o.start {
						d.gold = append(d.gold, Item{Start: o.start, End: b.Len(),
							Attrs: map[string]string{"value": o.attrs["value"], "type": o.attrs["type"]}})
					}
				}
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	if !sawText {
		return nil, fmt.Errorf("%s: no <TEXT> element", path)
	}
	d.text = b.String()
	for i := range d.gold {
		d.gold[i].Text = d.text[d.gold[i].Start:d.gold[i].End]
		d.gold[i].Label = d.gold[i].Attrs["type"]
	}
	return d, nil
}

// parseRef reads the date part of a TIMEX3 value ("1998-11-20T19:30").
// One MEANTIME file writes its creation time day first ("03-02-2009" for
// "February 03, 2009"), so that form is read too.
func parseRef(v string) (time.Time, bool) {
	if len(v) < 10 {
		return time.Time{}, false
	}
	for _, layout := range []string{time.DateOnly, "02-01-2006"} {
		if t, err := time.Parse(layout, v[:10]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

func loadTimeML(path string, data []byte, types []string) ([]*document, error) {
	td, err := parseTimeML(path, data)
	if err != nil {
		return nil, err
	}
	return []*document{{
		source: path,
		text:   td.text,
		ref:    td.ref,
		kinds:  []string{facts.KindDates},
		score: func(s *scorer, pred *facts.Document) {
			scoreTimex(s, path, td.text, types, td.gold, pred)
		},
	}}, nil
}
