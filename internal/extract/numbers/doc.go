// Package numbers finds the quantities of an article: counts, money
// amounts, percentages, measures, ranges and vague multiples ("hundreds of
// troops"), durations, ages, proportions, multipliers and rates, with the
// unit and the thing counted. A lexer turns each sentence into pieces
// (numbers_lex.go) and a parser (numbers.go) joins them into quantities
// (numbers_quantity.go), with units from its hand list and the generated
// lexicon of package units (numbers_units.go), gives them their class
// (numbers_classes.go), finds what they count (numbers_counted.go) and
// drops those that are no quantities by the named rules of
// numbers_rules.go. It receives the date spans of package dates as an
// argument: a number inside a date other than a duration is no quantity.
package numbers
