// Package newsfacts turns English news articles into structured, checkable
// facts: sentences, named entities, numbers, nationalities, dates and quotes,
// each with its byte offsets into the input and the index of its sentence.
//
// Build an Extractor once with New and share it: it is safe for concurrent
// use by any number of goroutines. Extract returns a Document, the same
// value the newsfacts command writes as JSON, so the Go API and the JSON
// contract are one and cannot drift.
//
//	x, err := newsfacts.New(newsfacts.WithKinds(newsfacts.KindQuotes))
//	if err != nil { ... }
//	doc, err := x.Extract(ctx, "article.txt", text)
//	for _, q := range doc.Quotes {
//		fmt.Println(q.Speaker, q.Text, q.Start, q.End)
//	}
//
// Input is checked before any work: text with NUL bytes is ErrBinary,
// invalid UTF-8 is an *InvalidUTF8Error (errors.Is ErrInvalidUTF8) carrying
// the offset of the first bad byte, since replacing it would shift every
// later offset, and text over the size limit is ErrTooLarge.
//
// The command cmd/newsfacts and the Apache Beam transform in the separate
// module github.com/newsfacts/newsfacts/beam are built on this package.
package newsfacts
