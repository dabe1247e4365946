// Package specs runs peers' test suites for numbers through newsfacts: the
// English specs of Microsoft Recognizers-Text (Number and NumberWithUnit:
// currency, dimension, age, temperature) and the English examples of
// Facebook's Duckling (numeral, money, quantity, distance, volume,
// temperature). It reads each case into a Case with the quantities it
// expects, scores the numbers a run found against them, and reports value
// and unit agreement per file; the failing cases go to a file per suite
// file. The data stays in ../shared/data; the test that runs it skips when
// that is not there.
package specs
