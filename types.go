package newsfacts

import (
	"time"

	"github.com/newsfacts/newsfacts/internal/facts"
)

// The output types are aliases of the structs the newsfacts command writes
// as JSON (in an internal package, because the extractors build them there):
// they are the JSON contract, field for field, and marshalling a Document
// with encoding/json gives the command's output.

// Document holds every fact found in one input. Its lists are never nil, so
// its JSON always has every key. It is part of the JSON contract.
type Document = facts.Document

// Span locates a fact: Text == input[Start:End] in bytes of the input, and
// Sentence is the index of the sentence holding Start. It is part of the
// JSON contract.
type Span = facts.Span

// Sentence is one sentence, with its offsets and paragraph index. It is part
// of the JSON contract.
type Sentence = facts.Sentence

// Entity is a named entity (PERSON, ORG, GPE, LOC, FAC, NORP, MISC) with the
// fullest form of its name in the document. It is part of the JSON contract.
type Entity = facts.Entity

// Number is a quantity with its value, qualifier, unit and what it counts.
// It is part of the JSON contract.
type Number = facts.Number

// Nationality is a demonym mapped to its country. It is part of the JSON
// contract.
type Nationality = facts.Nationality

// Date is a temporal expression normalised as a TimeML TIMEX3 type and
// value. It is part of the JSON contract.
type Date = facts.Date

// Quote is direct or reported speech with its cue and speaker. It is part of
// the JSON contract.
type Quote = facts.Quote

// The kinds of fact, as WithKinds takes them and as the JSON keys name them.
const (
	KindSentences     = facts.KindSentences
	KindEntities      = facts.KindEntities
	KindNumbers       = facts.KindNumbers
	KindNationalities = facts.KindNationalities
	KindDates         = facts.KindDates
	KindQuotes        = facts.KindQuotes
)

// Where a Document's reference date came from (Document.DateSource), in
// order of precedence.
const (
	DateSourceRecord   = facts.DateSourceRecord   // the corpus record's own date
	DateSourceFlag     = facts.DateSourceFlag     // WithReferenceDate (the command's --date)
	DateSourceMeta     = facts.DateSourceMeta     // an HTML page's publication metadata
	DateSourceDateline = facts.DateSourceDateline // a dateline or byline stamp at the top
	DateSourceText     = facts.DateSourceText     // a date standing alone near the top
	DateSourceNone     = facts.DateSourceNone     // no date found: relative dates stay unresolved
)

// Kinds returns every kind of fact in output order. It is a copy: changing it
// changes nothing in the package.
func Kinds() []string {
	return append([]string(nil), facts.Kinds...)
}

// ParseDate reads a document's own date as a JSON Lines record gives it
// ("2023-05-30", or a timestamp such as "2023-05-30T23:30:00-04:00", whose
// day is taken as written), for Record.Date. Its error is the one the
// newsfacts command prints for a bad record date.
func ParseDate(s string) (time.Time, error) { return facts.ParseDate(s) }
