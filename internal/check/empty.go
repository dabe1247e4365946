package check

// noFacts: a document in which nothing was found but sentences: no entity,
// number, nationality, date or quote. In a news corpus that is usually not
// an article at all (a cookie wall, a paywall, an empty extraction).
type noFacts struct{}

func (noFacts) Name() string      { return "no-facts" }
func (noFacts) Default() Severity { return Warning }
func (noFacts) Describe() string  { return "a document with no facts at all" }

func (noFacts) Check(d *Document, report func(int, int, string)) {
	f := d.Facts
	if len(f.Entities)+len(f.Numbers)+len(f.Nationalities)+len(f.Dates)+len(f.Quotes) > 0 {
		return
	}
	report(0, 0, "no facts found: no entities, numbers, nationalities, dates or quotes")
}
