package newsfacts_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts"
	"github.com/newsfacts/newsfacts/internal/render"
)

const sample = "testdata/kosovo-kfor-2023-05-30.txt"

func TestExtractErrors(t *testing.T) {
	small, err := newsfacts.New(newsfacts.WithMaxBytes(8))
	if err != nil {
		t.Fatal(err)
	}
	all, err := newsfacts.New()
	if err != nil {
		t.Fatal(err)
	}
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name   string
		x      *newsfacts.Extractor
		ctx    context.Context
		text   string
		want   error
		offset int // of an *InvalidUTF8Error
	}{
		{name: "binary: a NUL byte", x: all, text: "a\x00b", want: newsfacts.ErrBinary},
		{name: "latin-1 byte after ASCII", x: all, text: "Z\xfcrich", want: newsfacts.ErrInvalidUTF8, offset: 1},
		{name: "truncated sequence at the end", x: all, text: "caf\xc3", want: newsfacts.ErrInvalidUTF8, offset: 3},
		{name: "bad byte after valid multibyte text", x: all, text: "Zürich \xff", want: newsfacts.ErrInvalidUTF8, offset: 8},
		{name: "over the limit", x: small, text: "123456789", want: newsfacts.ErrTooLarge},
		{name: "at the limit", x: small, text: "12345678"},
		{name: "empty text", x: all, text: ""},
		{name: "canceled context", x: all, ctx: canceled, text: "Hello.", want: context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := tc.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			d, err := tc.x.Extract(ctx, "t", tc.text)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if err != nil {
				if d != nil {
					t.Errorf("document %+v with error %v", d, err)
				}
				var bad *newsfacts.InvalidUTF8Error
				if errors.As(err, &bad) && bad.Offset != tc.offset {
					t.Errorf("offset %d, want %d", bad.Offset, tc.offset)
				}
				return
			}
			if d.Sentences == nil || d.Quotes == nil {
				t.Errorf("nil lists in %+v", d)
			}
		})
	}
}

func TestNewErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  newsfacts.Option
		want error
	}{
		{name: "unknown kind", opt: newsfacts.WithKinds("quotes", "weather"), want: newsfacts.ErrUnknownKind},
		{name: "singular kind", opt: newsfacts.WithKinds("quote"), want: newsfacts.ErrUnknownKind},
		{name: "zero max bytes", opt: newsfacts.WithMaxBytes(0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x, err := newsfacts.New(tc.opt)
			if err == nil || x != nil {
				t.Fatalf("New = %v, %v; want an error", x, err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

// TestSameJSONAsCommand pins the contract: the Document of the library,
// written as the command writes jsonl, is the command's golden output.
func TestSameJSONAsCommand(t *testing.T) {
	text, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("cmd/newsfacts/testdata/golden/kosovo-kfor-2023-05-30.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	x, err := newsfacts.New()
	if err != nil {
		t.Fatal(err)
	}
	// The golden file was written from cmd/newsfacts, two levels down.
	d, err := x.Extract(context.Background(), "../../"+sample, string(text))
	if err != nil {
		t.Fatal(err)
	}
	got, err := render.Marshal(d, "")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(append(got, '\n'), want) {
		t.Errorf("library JSON differs from the command's golden jsonl:\n got %.300s\nwant %.300s", got, want)
	}
}

// TestConcurrent shares one Extractor between goroutines, on texts with and
// without a record date, and checks every result against a serial run.
func TestConcurrent(t *testing.T) {
	text, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	x, err := newsfacts.New(newsfacts.WithReferenceDate(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(string(text), "\n\n")
	date := time.Date(2023, 5, 30, 0, 0, 0, 0, time.UTC)
	run := func(i int) string {
		r := newsfacts.Record{Source: "p", Text: paras[i%len(paras)]}
		if i%2 == 0 {
			r.Date = &date
		}
		d, err := x.ExtractRecord(context.Background(), r)
		if err != nil {
			t.Error(err)
			return ""
		}
		b, _ := render.Marshal(d, "")
		return string(b)
	}
	n := 2 * len(paras)
	want := make([]string, n)
	for i := range n {
		want[i] = run(i)
	}
	got := make([]string, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i] = run(i) })
	}
	wg.Wait()
	for i := range n {
		if got[i] != want[i] {
			t.Errorf("text %d: concurrent result differs from serial", i)
		}
	}
	if !strings.Contains(want[0], `"date":"2023-05-30","date_source":"record"`) ||
		!strings.Contains(want[1], `"date":"2020-01-01","date_source":"flag"`) {
		t.Errorf("record date should win over WithReferenceDate:\n%.100s\n%.100s", want[0], want[1])
	}
}

// FuzzExtract checks that any bytes give either a document whose every span
// indexes the input, or one of the input errors, matching what the text is.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(`"We will stay," NATO chief Jens Stoltenberg said on Tuesday, 30 May 2023.`))
	f.Add([]byte("Z\xfcrich, 3 m\xc3\xa4rz\x00"))
	f.Add([]byte("\xef\xbb\xbfAbout 200 Serbs\r\n\r\nprotested."))
	x, err := newsfacts.New(newsfacts.WithMaxBytes(4096))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text := string(data)
		d, err := x.Extract(context.Background(), "fuzz", text)
		switch {
		case len(data) > 4096:
			if !errors.Is(err, newsfacts.ErrTooLarge) {
				t.Fatalf("%d bytes: err %v, want ErrTooLarge", len(data), err)
			}
		case bytes.IndexByte(data, 0) >= 0:
			if !errors.Is(err, newsfacts.ErrBinary) {
				t.Fatalf("NUL: err %v, want ErrBinary", err)
			}
		case !utf8.Valid(data):
			var bad *newsfacts.InvalidUTF8Error
			if !errors.As(err, &bad) || !utf8.Valid(data[:bad.Offset]) || utf8.FullRune(data[bad.Offset:]) && utf8.Valid(data[bad.Offset:bad.Offset+1]) {
				t.Fatalf("invalid UTF-8: err %v", err)
			}
		case err != nil:
			t.Fatalf("valid text: %v", err)
		default:
			for _, s := range spans(d) {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
					t.Fatalf("span %+v does not index the input", s)
				}
			}
		}
	})
}

func spans(d *newsfacts.Document) []newsfacts.Span {
	var out []newsfacts.Span
	for _, s := range d.Sentences {
		out = append(out, newsfacts.Span{Text: s.Text, Start: s.Start, End: s.End})
	}
	for _, e := range d.Entities {
		out = append(out, e.Span)
	}
	for _, n := range d.Numbers {
		out = append(out, n.Span)
	}
	for _, n := range d.Nationalities {
		out = append(out, n.Span)
	}
	for _, e := range d.Dates {
		out = append(out, e.Span)
	}
	for _, q := range d.Quotes {
		out = append(out, q.Span)
	}
	return out
}

// A record's own date wins over WithReferenceDate; a page's publication
// date yields to it; each says where the date came from.
func TestRecordDatePrecedence(t *testing.T) {
	day := func(s string) *time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return &d
	}
	const text = "The council met on Monday."
	tests := []struct {
		name       string
		flag       *time.Time
		rec        newsfacts.Record
		date, from string
	}{
		{"record date alone", nil, newsfacts.Record{Date: day("2024-03-04")}, "2024-03-04", newsfacts.DateSourceRecord},
		{"record date over the option", day("2020-01-01"), newsfacts.Record{Date: day("2024-03-04")}, "2024-03-04", newsfacts.DateSourceRecord},
		{"page date alone", nil, newsfacts.Record{Date: day("2024-03-04"), DateSource: newsfacts.DateSourceMeta}, "2024-03-04", newsfacts.DateSourceMeta},
		{"the option over a page date", day("2020-01-01"), newsfacts.Record{Date: day("2024-03-04"), DateSource: newsfacts.DateSourceMeta}, "2020-01-01", newsfacts.DateSourceFlag},
		{"no date anywhere", nil, newsfacts.Record{}, "", newsfacts.DateSourceNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []newsfacts.Option
			if tt.flag != nil {
				opts = append(opts, newsfacts.WithReferenceDate(*tt.flag))
			}
			x, err := newsfacts.New(opts...)
			if err != nil {
				t.Fatal(err)
			}
			tt.rec.Source, tt.rec.Text = "t", text
			d, err := x.ExtractRecord(context.Background(), tt.rec)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if d.Date != nil {
				got = *d.Date
			}
			if got != tt.date || d.DateSource != tt.from {
				t.Errorf("date %q from %q, want %q from %q", got, d.DateSource, tt.date, tt.from)
			}
		})
	}
}

// CheckText is the check Extract makes, usable on raw bytes before a
// container is decoded.
func TestCheckText(t *testing.T) {
	var bad *newsfacts.InvalidUTF8Error
	if err := newsfacts.CheckText("café au lait"); err != nil {
		t.Errorf("valid text: %v", err)
	}
	if err := newsfacts.CheckText("ab\x00c"); !errors.Is(err, newsfacts.ErrBinary) {
		t.Errorf("NUL: %v, want ErrBinary", err)
	}
	if err := newsfacts.CheckText("caf\xe9"); !errors.As(err, &bad) || bad.Offset != 3 {
		t.Errorf("invalid UTF-8: %v, want offset 3", err)
	}
}
