package numbers

import (
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// Internals the external tests reach.
var Shouting = shouting

// ExtractOrdinals is Extract with ordinals kept as numbers.
func ExtractOrdinals(c *article.Article, ds []facts.Date) []facts.Number {
	return extract(c, ds, true)
}
