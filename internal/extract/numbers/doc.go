// Package numbers finds the quantities of an article: counts, money
// amounts, percentages, measures, ranges and vague multiples ("hundreds of
// troops"), with the unit and the thing counted. A lexer turns each
// sentence into pieces (numbers_lex.go) and a parser (numbers.go) joins
// them into quantities (numbers_quantity.go), finds what they count
// (numbers_counted.go) and drops those that are no quantities
// (numbers_exclusions.go). It receives the date spans of package dates as
// an argument: a number inside a date is no quantity.
package numbers
