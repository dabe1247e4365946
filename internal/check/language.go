package check

import "github.com/newsfacts/newsfacts/internal/lang"

// notEnglish: newsfacts reads English; on another language it finds
// nonsense (capitalised nouns as entities, no quotes), so a corpus job
// should hear about it. lang.Guess reads only the text's opening.
type notEnglish struct{}

func (notEnglish) Name() string      { return "not-english" }
func (notEnglish) Default() Severity { return Warning }
func (notEnglish) Describe() string  { return "a document that does not look like English" }

func (notEnglish) Check(d *Document, report func(int, int, string)) {
	if reason := lang.Guess(d.Text); reason != "" {
		report(0, 0, "the text looks like another language ("+reason+"): newsfacts reads English news")
	}
}
