// Package article holds what every extractor of internal/extract reads: the
// document parsed once by internal/doc and the article's reference date.
// It sits below the kind packages (dates, numbers, quotes, entities,
// nationalities) so that none of them depends on another's output type.
package article
