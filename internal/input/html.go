package input

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
)

// ErrNoArticle marks an HTML page in which readability found no article.
var ErrNoArticle = errors.New("no article text found in HTML")

// HTMLText returns the article of an HTML page as plain text: the title, a
// blank line, then the article's paragraphs separated by blank lines, with
// navigation, scripts and boilerplate left out by readability (Mozilla's
// algorithm, as in Firefox's reader view). Offsets of every fact then refer
// to this text, which --include-text prints.
func HTMLText(page []byte) (text string, err error) {
	text, _, err = HTMLArticle(page)
	return text, err
}

// HTMLArticle is HTMLText with the publication date the page's metadata
// gives (see pageDate), else its <time> element in the header or byline
// (see timeDate), or nil.
func HTMLArticle(page []byte) (text string, published *time.Time, err error) {
	// A page that trips the library must fail alone, not the whole run.
	defer func() {
		if p := recover(); p != nil {
			text, published, err = "", nil, fmt.Errorf("HTML extraction failed: %v", p)
		}
	}()
	if tooDeep(page, MaxHTMLDepth) {
		text, err := stripTags(page)
		return text, nil, err
	}
	art, err := readability.FromReader(bytes.NewReader(page), nil)
	if err != nil {
		return "", nil, err
	}
	published = pageDate(art)
	if published == nil {
		published = timeDate(page)
	}
	var body strings.Builder
	if art.Node != nil {
		if err := art.RenderText(&body); err != nil {
			return "", nil, err
		}
	}
	text = strings.TrimSpace(body.String())
	title := strings.Join(strings.Fields(art.Title()), " ")
	if text == "" && title == "" {
		return "", nil, ErrNoArticle
	}
	// Readability often keeps the headline as the article's first block.
	if title != "" && !strings.HasPrefix(text, title) {
		if text == "" {
			text = title
		} else {
			text = title + "\n\n" + text
		}
	}
	// The parser decodes the page's own charset; anything left that is not
	// UTF-8 is replaced here, before any offset is taken.
	text = strings.ToValidUTF8(text, "\uFFFD")
	return text + "\n", published, nil
}
