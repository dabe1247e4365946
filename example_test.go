package newsfacts_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/newsfacts/newsfacts"
)

// The program of the README: who said what in the sample article.
func Example() {
	text, err := os.ReadFile("testdata/kosovo-kfor-2023-05-30.txt")
	if err != nil {
		log.Fatal(err)
	}
	x, err := newsfacts.New(newsfacts.WithKinds(newsfacts.KindQuotes))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := x.Extract(context.Background(), "kosovo.txt", string(text))
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range doc.Quotes {
		fmt.Printf("%-16s %-8s %.40q\n", q.Speaker, q.Kind, q.Text)
	}
	// Output:
	// Jens Stoltenberg indirect "The alliance will put a battalion from t"
	// Jens Stoltenberg direct   "such attacks are unacceptable and must s"
	// Jens Stoltenberg direct   "will take all necessary actions to maint"
	// KFOR             indirect "their injuries are not life-threatening"
	// hospital sources indirect "more than 53 civilians were injured from"
}

func ExampleNew() {
	_, err := newsfacts.New(newsfacts.WithKinds("dates", "weather"))
	fmt.Println(errors.Is(err, newsfacts.ErrUnknownKind))
	// Output: true
}

func ExampleExtractor_Extract() {
	x, err := newsfacts.New(
		newsfacts.WithKinds(newsfacts.KindNumbers, newsfacts.KindDates),
		newsfacts.WithReferenceDate(time.Date(2023, 5, 30, 0, 0, 0, 0, time.UTC)),
	)
	if err != nil {
		log.Fatal(err)
	}
	text := "At least 30 NATO soldiers were injured on Monday."
	doc, err := x.Extract(context.Background(), "example", text)
	if err != nil {
		log.Fatal(err)
	}
	for _, n := range doc.Numbers {
		fmt.Println(n.Text, n.Value, n.Qualifier, n.Counted)
	}
	for _, d := range doc.Dates {
		fmt.Println(d.Text, d.Value, text[d.Start:d.End] == d.Text)
	}
	// Output:
	// At least 30 30 at_least NATO soldiers
	// Monday 2023-05-29 true
}

func ExampleExtractor_ExtractRecord() {
	x, err := newsfacts.New(newsfacts.WithKinds(newsfacts.KindDates))
	if err != nil {
		log.Fatal(err)
	}
	date := time.Date(1998, 8, 7, 0, 0, 0, 0, time.UTC)
	doc, err := x.ExtractRecord(context.Background(), newsfacts.Record{
		Source: "APW19980807.0261",
		Date:   &date,
		Text:   "Bombs exploded outside the embassies yesterday.",
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*doc.Date, doc.DateSource, doc.Dates[0].Text, doc.Dates[0].Value)
	// Output: 1998-08-07 record yesterday 1998-08-06
}

func ExampleInvalidUTF8Error() {
	x, err := newsfacts.New()
	if err != nil {
		log.Fatal(err)
	}
	_, err = x.Extract(context.Background(), "latin1.txt", "Z\xfcrich")
	var bad *newsfacts.InvalidUTF8Error
	if errors.As(err, &bad) {
		fmt.Println(err, "- offset", bad.Offset, errors.Is(err, newsfacts.ErrInvalidUTF8))
	}
	// Output: invalid UTF-8 at byte 1 - offset 1 true
}
