package facts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"time"
)

// Kinds lists every kind of fact in output order. It is the single list that
// the CLI's --only flag, the renderers and the schema walk.
var Kinds = []string{KindSentences, KindEntities, KindNumbers, KindNationalities, KindDates, KindQuotes}

// The kinds of fact, as named on the command line and in the JSON keys.
const (
	KindSentences     = "sentences"
	KindEntities      = "entities"
	KindNumbers       = "numbers"
	KindNationalities = "nationalities"
	KindDates         = "dates"
	KindQuotes        = "quotes"
)

// Span locates a fact in the input: Text == input[Start:End], in bytes of the
// original input, and Sentence is the index of the sentence holding Start.
type Span struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}

// Sentence is one sentence; headlines, captions, credit lines and headings
// are sentences of their own.
type Sentence struct {
	Index     int    `json:"index"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Paragraph int    `json:"paragraph"`
}

// Entity is a named entity. Label is PERSON, ORG, GPE, LOC, FAC or NORP.
// Canonical is the fullest form of the same name in the document, so that
// "Stoltenberg" groups with "Jens Stoltenberg".
type Entity struct {
	Span
	Label     string `json:"label"`
	Canonical string `json:"canonical"`
	// Entity numbers the document's entities from 1: every mention of
	// one entity (one label and canonical name) carries the same id.
	Entity int `json:"entity"`
}

// Number is a quantity. Value is the number itself (for a vague multiple such
// as "hundreds of" it is the unit, 100); ValueMax is set for ranges.
// Qualifier is one of exact, at_least, more_than, at_most, less_than, about,
// range, vague. Unit is empty for counts, "percent", an ISO 4217 code for
// money, or the canonical name of a measure unit in package units ("km",
// "mph"); a duration has a time unit ("yr", "mo", "d"), an age the same
// prefixed "age_" ("age_yr": Counted is whose age it is), a proportion
// "fraction" (Value a fraction of one: "two-thirds" 0.667), a multiplier
// "times" ("sixfold" 6). Per is the denominator of a rate, a unit or a
// noun ("$71.10 a barrel": USD per "bbl"; "$1.50 a share": per "share").
// Counted is the noun phrase being counted and CountedHead its head noun.
// Ordinals ("the third attack") rank rather than count and are no numbers.
type Number struct {
	Span
	Value       float64  `json:"value"`
	ValueMax    *float64 `json:"value_max,omitempty"`
	Qualifier   string   `json:"qualifier"`
	Unit        string   `json:"unit"`
	Per         string   `json:"per,omitempty"`
	Counted     string   `json:"counted"`
	CountedHead string   `json:"counted_head"`
}

// Nationality is a demonym mapped to its country. Form is adjective
// ("Hungarian soldiers"), person ("a Briton") or people ("Serbs"). Groups with
// no single country (Kurds, Arabs) have an empty Code and a Group name.
type Nationality struct {
	Span
	Country string `json:"country"`
	Code    string `json:"code"`
	Form    string `json:"form"`
	Group   string `json:"group"`
}

// Date is a temporal expression normalised as a TimeML TIMEX3: Type is DATE,
// TIME, DURATION or SET and Value its TIMEX3 value ("2023-05-30", "P3D",
// "PAST_REF"). Resolved is false when a relative expression could not be
// anchored to a reference date.
type Date struct {
	Span
	Type     string `json:"type"`
	Value    string `json:"value"`
	Resolved bool   `json:"resolved"`
	// Tense is the tense of the clause the expression dates, as the dates
	// extractor read it from the tagged tokens (past, present, future, or
	// empty when the expression is not an adverbial of a verb or fixes its
	// own direction): the date-after-article check reads this analysis
	// instead of guessing again. Not part of the JSON contract.
	Tense string `json:"-"`
}

// Quote is direct or reported speech. For direct quotes Text is the quoted
// words without the marks; for reported speech, the reported clause. Kind is
// direct, indirect or mixed. Speaker is the fullest name the article uses for
// the speaker; SpeakerText and its offsets the mention that attributes it
// ("He", "KFOR"). Speaker is empty when no speaker was found. An unnamed
// source ("a spokesman", "one Trump campaign source") is the speaker as
// written, with an empty SpeakerLabel.
//
// SpeakerLabel is the speaker's entity label: PERSON, ORG or NORP, empty for
// an unnamed source or when no speaker was found. SpeakerVia says how the
// speaker was reached: "name" (named in the attribution), "pronoun" (he,
// she, they, it resolved to a name before it), "role" (a role noun such as
// "the senator" or "the company" resolved so), "context" (no attribution of
// its own: the speaker of the quotes around it, as a paragraph that is only
// a quote continues the speaker before it); empty when there is no speaker.
//
// Absent is not zero: 0 is a real offset, so a quote with no cue (Cue empty)
// or no speaker mention (SpeakerText empty) has its cue or speaker offsets
// written as JSON null, and reading null back gives 0 with the text empty.
type Quote struct {
	Span
	Kind         string `json:"kind"`
	Cue          string `json:"cue"`
	CueStart     int    `json:"cue_start"`
	CueEnd       int    `json:"cue_end"`
	Speaker      string `json:"speaker"`
	SpeakerText  string `json:"speaker_text"`
	SpeakerStart int    `json:"speaker_start"`
	SpeakerEnd   int    `json:"speaker_end"`
	SpeakerLabel string `json:"speaker_label"`
	SpeakerVia   string `json:"speaker_via"`
	// SpeakerEntity is the entity id of the speaker (Entity.Entity), 0
	// (null in JSON) when the speaker is no entity of the document.
	SpeakerEntity int `json:"speaker_entity"`
}

// Where a document's Date came from, in the order of precedence: the
// user's own word (a JSONL record's date, then --date) before what the
// input says of itself (the page's metadata, then a dateline, then a date
// stated near the top of the text). None: no date, relative dates are left
// unresolved rather than resolved against a guess.
const (
	DateSourceRecord   = "record"
	DateSourceFlag     = "flag"
	DateSourceMeta     = "meta"
	DateSourceDateline = "dateline"
	DateSourceText     = "text"
	DateSourceNone     = "none"
)

// Document holds every fact found in one input. Lists are never nil, so the
// JSON always has every key with at least an empty list.
type Document struct {
	Source        string        `json:"source"`
	Date          *string       `json:"date"`
	DateSource    string        `json:"date_source"`
	Sentences     []Sentence    `json:"sentences"`
	Entities      []Entity      `json:"entities"`
	Numbers       []Number      `json:"numbers"`
	Nationalities []Nationality `json:"nationalities"`
	Dates         []Date        `json:"dates"`
	Quotes        []Quote       `json:"quotes"`
	// Version is the newsfacts build that wrote the document ("v1.2.0",
	// "devel+abc1234"), set only when asked for (--version-field), so that
	// outputs of two builds stay comparable byte for byte by default.
	Version string `json:"newsfacts_version,omitempty"`
	// Text is the text every offset refers to (for HTML pages, the
	// extracted article), printed only with --include-text.
	Text *string `json:"text,omitempty"`
	// Input is the same text, always set: renderers that show the article
	// (html) read it. It is not part of the JSON contract.
	Input string `json:"-"`
	// Spilled, when set, holds the facts instead of the lists, which are
	// then empty: a document extracted with newsfacts.WithSpill in windows.
	// Renderers that stream (json, jsonl, csv) read it. Not part of the
	// JSON contract: json.Marshal of such a document has empty lists.
	Spilled Lists `json:"-"`
}

// quoteJSON is Quote as written: the same fields in the same order, with
// the cue and speaker offsets nullable.
type quoteJSON struct {
	Span
	Kind         string `json:"kind"`
	Cue          string `json:"cue"`
	CueStart     *int   `json:"cue_start"`
	CueEnd       *int   `json:"cue_end"`
	Speaker      string `json:"speaker"`
	SpeakerText  string `json:"speaker_text"`
	SpeakerStart *int   `json:"speaker_start"`
	SpeakerEnd   *int   `json:"speaker_end"`
	SpeakerLabel string `json:"speaker_label"`
	SpeakerVia   string `json:"speaker_via"`
	// SpeakerEntity is null when the speaker is no entity: ids start at 1.
	SpeakerEntity *int `json:"speaker_entity"`
}

// MarshalJSON writes null for the offsets of a missing cue or speaker, and
// for the entity of a speaker who is none.
func (q Quote) MarshalJSON() ([]byte, error) {
	j := quoteJSON{Span: q.Span, Kind: q.Kind, Cue: q.Cue, Speaker: q.Speaker, SpeakerText: q.SpeakerText,
		SpeakerLabel: q.SpeakerLabel, SpeakerVia: q.SpeakerVia}
	if q.SpeakerEntity != 0 {
		j.SpeakerEntity = &q.SpeakerEntity
	}
	if q.Cue != "" {
		j.CueStart, j.CueEnd = &q.CueStart, &q.CueEnd
	}
	if q.SpeakerText != "" {
		j.SpeakerStart, j.SpeakerEnd = &q.SpeakerStart, &q.SpeakerEnd
	}
	// Not json.Marshal: it would escape <, > and & in the quote's text, and
	// the outer encoder keeps what a Marshaler returns.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads what MarshalJSON writes; null reads as 0.
func (q *Quote) UnmarshalJSON(b []byte) error {
	var j quoteJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	deref := func(p *int) int {
		if p == nil {
			return 0
		}
		return *p
	}
	*q = Quote{Span: j.Span, Kind: j.Kind, Cue: j.Cue, CueStart: deref(j.CueStart), CueEnd: deref(j.CueEnd),
		Speaker: j.Speaker, SpeakerText: j.SpeakerText, SpeakerStart: deref(j.SpeakerStart), SpeakerEnd: deref(j.SpeakerEnd),
		SpeakerLabel: j.SpeakerLabel, SpeakerVia: j.SpeakerVia, SpeakerEntity: deref(j.SpeakerEntity)}
	return nil
}

// New returns an empty document for source with every list allocated.
func New(source string) *Document {
	return &Document{
		Source:        source,
		DateSource:    DateSourceNone,
		Sentences:     []Sentence{},
		Entities:      []Entity{},
		Numbers:       []Number{},
		Nationalities: []Nationality{},
		Dates:         []Date{},
		Quotes:        []Quote{},
	}
}

// Sort puts every list in offset order (start, then end), so output does not
// depend on the order extractors appended in.
func (d *Document) Sort() {
	sortSpans(d.Entities, func(e Entity) Span { return e.Span })
	sortSpans(d.Numbers, func(e Number) Span { return e.Span })
	sortSpans(d.Nationalities, func(e Nationality) Span { return e.Span })
	sortSpans(d.Dates, func(e Date) Span { return e.Span })
	sortSpans(d.Quotes, func(e Quote) Span { return e.Span })
}

func sortSpans[T any](xs []T, span func(T) Span) {
	sort.SliceStable(xs, func(i, j int) bool {
		a, b := span(xs[i]), span(xs[j])
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
}

// Field is one named attribute of a fact, as printed in tables and CSV.
type Field struct {
	Name, Value string
}

// Fact is what renderers need of any fact: where it is and its main fields.
type Fact struct {
	Kind   string
	Span   Span
	Fields []Field
}

// Columns names, per kind, the main fields that tables and CSV print, in order.
var Columns = map[string][]string{
	KindSentences:     {"paragraph"},
	KindEntities:      {"label", "canonical"},
	KindNumbers:       {"value", "value_max", "qualifier", "unit", "counted"},
	KindNationalities: {"country", "code", "form", "group"},
	KindDates:         {"type", "value", "resolved"},
	KindQuotes:        {"quote_kind", "speaker", "speaker_text", "cue"},
}

// Facts flattens the document into the facts of one kind, in offset order.
func (d *Document) Facts(kind string) []Fact {
	var out []Fact
	add := func(s Span, values ...string) {
		cols := Columns[kind]
		f := Fact{Kind: kind, Span: s, Fields: make([]Field, len(cols))}
		for i, c := range cols {
			f.Fields[i] = Field{Name: c, Value: values[i]}
		}
		out = append(out, f)
	}
	switch kind {
	case KindSentences:
		for _, s := range d.Sentences {
			add(Span{Text: s.Text, Start: s.Start, End: s.End, Sentence: s.Index}, strconv.Itoa(s.Paragraph))
		}
	case KindEntities:
		for _, e := range d.Entities {
			add(e.Span, e.Label, e.Canonical)
		}
	case KindNumbers:
		for _, n := range d.Numbers {
			max := ""
			if n.ValueMax != nil {
				max = FormatNumber(*n.ValueMax)
			}
			unit := n.Unit
			if n.Per != "" {
				unit += "/" + n.Per // tables and CSV show a rate as one unit
			}
			add(n.Span, FormatNumber(n.Value), max, n.Qualifier, unit, n.Counted)
		}
	case KindNationalities:
		for _, n := range d.Nationalities {
			add(n.Span, n.Country, n.Code, n.Form, n.Group)
		}
	case KindDates:
		for _, t := range d.Dates {
			add(t.Span, t.Type, t.Value, strconv.FormatBool(t.Resolved))
		}
	case KindQuotes:
		for _, q := range d.Quotes {
			add(q.Span, q.Kind, q.Speaker, q.SpeakerText, q.Cue)
		}
	}
	return out
}

// FormatNumber prints a value the way JSON does: no exponent, no trailing
// zeros.
func FormatNumber(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// ParseDate reads a document's own date as a JSONL record gives its "date": a day (2023-05-30), or a
// timestamp as news feeds and crawls give it (2023-05-30T23:30:00-04:00,
// 2023-05-30T03:30:00Z), whose day is taken as written, in its own offset,
// since the article's day is the one its
// own time zone says (a story of 11:30 pm in New York is that day's news).
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t, err = time.Parse(time.RFC3339, s)
	}
	if err != nil {
		return time.Time{}, fmt.Errorf(`"date" %q: want YYYY-MM-DD or an RFC 3339 timestamp`, s)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}
