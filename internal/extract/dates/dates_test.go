package dates_test

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/article/articletest"
	"github.com/newsfacts/newsfacts/internal/extract/dates"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// dateCase is one sentence, its reference date ("" for none) and the
// expressions expected in it as "text|TYPE|value", in text order.
type dateCase struct {
	name string
	ref  string
	text string
	want []string
}

func runDates(t testing.TB, ref, text string) []facts.Date {
	t.Helper()
	opt := extract.Options{Kinds: []string{facts.KindDates}}
	if ref != "" {
		d, err := time.Parse(time.DateOnly, ref)
		if err != nil {
			t.Fatal(err)
		}
		opt.Date = &d
	}
	out, err := extract.Run("test", text, opt)
	if err != nil {
		t.Fatal(err)
	}
	return out.Dates
}

func checkDates(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, d := range runDates(t, c.ref, c.text) {
				if c.text[d.Start:d.End] != d.Text {
					t.Errorf("span %d-%d is %q, text says %q", d.Start, d.End, c.text[d.Start:d.End], d.Text)
				}
				got = append(got, d.Text+"|"+d.Type+"|"+d.Value)
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("%q (ref %s)\n got: %v\nwant: %v", c.text, c.ref, got, c.want)
			}
		})
	}
}

func TestDatesFullAndPartial(t *testing.T) {
	checkDates(t, []dateCase{
		{"month day year", "2023-06-02", "The summit opened on May 30, 2023.", []string{"May 30, 2023|DATE|2023-05-30"}},
		{"caption with weekday", "2023-06-02", "Soldiers guard the building in Zvecan, Tuesday, May 30, 2023.", []string{"Tuesday, May 30, 2023|DATE|2023-05-30"}},
		{"day month year", "2023-06-02", "The agreement was signed on 30 May 2023 in Brussels.", []string{"30 May 2023|DATE|2023-05-30"}},
		{"abbreviated month", "1998-08-10", "The embassies were bombed on Aug. 7, 1998.", []string{"Aug. 7, 1998|DATE|1998-08-07"}},
		{"month in capitals", "2023-06-02", "KYIV, MAY 30 (Reuters) - Drones struck the city.", []string{"MAY 30|DATE|2023-05-30"}},
		{"month and year", "2023-06-02", "The law took effect in March 2021.", []string{"March 2021|DATE|2021-03"}},
		{"iso date", "2023-06-02", "The report is dated 2023-05-30.", []string{"2023-05-30|DATE|2023-05-30"}},
		{"numeric day first, unambiguous", "2023-06-02", "The form was filed on 30/05/2023.", []string{"30/05/2023|DATE|2023-05-30"}},
		{"numeric ambiguous order is skipped", "2023-06-02", "The form was filed on 05/06/2023.", nil},
		{"leap day in a leap year", "2024-03-05", "The deal closed on Feb. 29, 2024.", []string{"Feb. 29, 2024|DATE|2024-02-29"}},
		{"no leap day in a common year", "2023-03-05", "The deal closed on Feb. 29, 2023.", nil},
		{"month day, past, across the year boundary", "2024-01-03", "The fire broke out on Dec. 30.", []string{"Dec. 30|DATE|2023-12-30"}},
		{"month day, future, across the year boundary", "2023-12-28", "The new law will take effect on Jan. 1.", []string{"Jan. 1|DATE|2024-01-01"}},
		{"payable date lies ahead", "1989-10-27", "The dividend is payable Dec. 7 to holders of record.", []string{"Dec. 7|DATE|1989-12-07"}},
		{"may the modal is no month", "2023-06-02", "May God help them, he said.", nil},
	})
}

func TestDatesWeekdays(t *testing.T) {
	checkDates(t, []dateCase{
		{"past tense on the reference day", "2023-05-30", "Stoltenberg told a news conference on Tuesday.", []string{"Tuesday|DATE|2023-05-30"}},
		{"past tense", "2023-05-30", "Ministers met in Oslo on Friday.", []string{"Friday|DATE|2023-05-26"}},
		{"future tense", "2023-05-30", "Ministers will meet in Oslo on Friday.", []string{"Friday|DATE|2023-06-02"}},
		{"past across a month boundary", "2023-06-01", "Talks ended on Monday without a deal.", []string{"Monday|DATE|2023-05-29"}},
		{"past across a year boundary", "2024-01-02", "The vote took place on Friday.", []string{"Friday|DATE|2023-12-29"}},
		{"future across a year boundary", "2023-12-29", "Parliament will vote on Tuesday.", []string{"Tuesday|DATE|2024-01-02"}},
		{"plan to: ahead", "1998-09-30", "The team planned to leave Nairobi on Thursday.", []string{"Thursday|DATE|1998-10-01"}},
		{"set on a day: done then", "1998-02-06", "Stocks are near the record high set on Aug. 6.", []string{"Aug. 6|DATE|1997-08-06"}},
		{"set for a day: ahead", "1998-02-06", "The vote is set for Aug. 6.", []string{"Aug. 6|DATE|1998-08-06"}},
		{"past perfect plan overtaken: the nearest day, here behind", "1989-10-30", "The offer had been scheduled to expire at midnight Friday.", []string{"midnight Friday|TIME|1989-10-27T24:00"}},
		{"past perfect plan overtaken: the nearest day, here ahead", "1989-11-01", "The talks had been due to resume Thursday.", []string{"Thursday|DATE|1989-11-02"}},
		{"fronted date of the reporting verb", "1989-10-30", "In September, it announced plans to acquire the company.", []string{"September|DATE|1989-09"}},
		{"a relative clause before the reporting verb does not date the reported clause", "1989-10-30",
			"Merieux, which holds a stake in Connaught, said that at the close of business Thursday, 5,745,188 shares had been tendered.",
			[]string{"Thursday|DATE|1989-10-26"}},
		{"date inside a clause reported at the end", "1999-02-10", "The three will join the alliance in March, an official said.", []string{"March|DATE|1999-03"}},
		{"purpose clause does not make it future", "1989-10-30", "Shares fell 50 cents on Friday to close at $20.", []string{"Friday|DATE|1989-10-27"}},
		{"part of day", "2023-05-30", "The blast happened Friday morning.", []string{"Friday morning|TIME|2023-05-26TMO"}},
		{"last weekday", "2023-05-30", "He arrived last Friday.", []string{"last Friday|DATE|2023-05-26"}},
		{"next weekday", "2023-05-30", "He leaves next Monday.", []string{"next Monday|DATE|2023-06-05"}},
		{"the previous weekday is the one before the day last named", "1989-10-30", "The index fell Friday. It closed down 4.5% from the previous Friday.", []string{"Friday|DATE|1989-10-27", "the previous Friday|DATE|1989-10-20"}},
		{"the previous weekday before a day of another name", "1989-10-30", "He spoke on Monday about the previous Friday.", []string{"Monday|DATE|1989-10-30", "the previous Friday|DATE|1989-10-27"}},
		{"the previous weekday with no day named counts from the article's day, into a leap day", "2024-03-01", "The previous Thursday was calm.", []string{"The previous Thursday|DATE|2024-02-29"}},
		{"last weekday of a month is not last week's", "2023-05-28", "Kyiv Day falls on the last Sunday of May.", []string{"the last Sunday of May|DATE|2023-05-28"}},
		{"nth weekday of a month in a leap year", "2024-01-10", "The vote is on the first Monday in February 2024.", []string{"the first Monday in February 2024|DATE|2024-02-05"}},
		{"until a day: ahead", "2008-09-17", "Markets will remain closed until Friday.", []string{"Friday|DATE|2008-09-19"}},
		{"by a month: a deadline ahead", "1998-03-22", "The talks are supposed to conclude by May.", []string{"May|DATE|1998-05"}},
		{"until a day in a past clause", "1991-02-25", "Iraq had until noon Saturday to withdraw.", []string{"noon Saturday|TIME|1991-02-23T12:00"}},
		{"until a month in a past clause: the nearest, here ahead", "2000-01-15", "A judge ordered that the boy remain in Miami until March 6.", []string{"March 6|DATE|2000-03-06"}},
		{"possessive stays outside", "2023-05-30", "Friday's ruling was appealed.", []string{"Friday|DATE|2023-05-26"}},
		{"possessive is a past day even in a future clause", "2000-01-07", "They would look for ways around Wednesday's ruling.", []string{"Wednesday|DATE|2000-01-05"}},
		{"as soon as: ahead", "2000-04-03", "The group might come as soon as Tuesday.", []string{"Tuesday|DATE|2000-04-04"}},
		{"signal earlier stays outside", "2023-05-30", "Earlier Friday, police made arrests.", []string{"Friday|DATE|2023-05-26"}},
	})
}

func TestDatesRelativeDays(t *testing.T) {
	checkDates(t, []dateCase{
		{"yesterday", "2023-05-30", "The clashes erupted yesterday.", []string{"yesterday|DATE|2023-05-29"}},
		{"yesterday across a month boundary", "2023-03-01", "He resigned yesterday.", []string{"yesterday|DATE|2023-02-28"}},
		{"yesterday into a leap day", "2024-03-01", "He resigned yesterday.", []string{"yesterday|DATE|2024-02-29"}},
		{"part of the day with a modifier alone is the article's day", "1998-03-06", "By mid afternoon, officials were saying so.", []string{"mid afternoon|TIME|1998-03-06TAF"}},
		{"earlier before today belongs to it", "2008-10-10", "Stocks fell earlier today.", []string{"earlier today|DATE|2008-10-10"}},
		{"later before yesterday belongs to it", "1998-08-21", "Later yesterday, the embassy reopened.", []string{"Later yesterday|DATE|1998-08-20"}},
		{"earlier before a weekday is a signal, outside", "1998-08-21", "Earlier Sunday, the embassy reopened.", []string{"Sunday|DATE|1998-08-16"}},
		{"part of the day with a modifier before yesterday", "2024-03-01", "At mid-afternoon yesterday, shares were up.", []string{"mid-afternoon yesterday|TIME|2024-02-29TAF"}},
		{"late evening before a weekday", "2023-05-30", "Police arrived late evening Friday.", []string{"late evening Friday|TIME|2023-05-26TEV"}},
		{"tomorrow across a year boundary", "2023-12-31", "The law takes effect tomorrow.", []string{"tomorrow|DATE|2024-01-01"}},
		{"today", "2023-05-30", "Talks resume today.", []string{"today|DATE|2023-05-30"}},
		{"tonight", "2023-05-30", "He will speak tonight.", []string{"tonight|TIME|2023-05-30TNI"}},
		{"this morning", "2023-05-30", "Police said this morning that two were held.", []string{"this morning|TIME|2023-05-30TMO"}},
		{"last night", "2023-05-30", "Shots were fired last night.", []string{"last night|TIME|2023-05-29TNI"}},
		{"yesterday afternoon", "2023-05-30", "He left yesterday afternoon.", []string{"yesterday afternoon|TIME|2023-05-29TAF"}},
		{"overnight in a report", "2023-05-28", "Russia launched drones at Kyiv overnight.", []string{"overnight|TIME|2023-05-27TNI"}},
	})
}

func TestDatesRelativeUnits(t *testing.T) {
	checkDates(t, []dateCase{
		{"last week", "2023-05-30", "Protesters gathered last week.", []string{"last week|DATE|2023-W21"}},
		{"next week", "2023-05-30", "Talks resume next week.", []string{"next week|DATE|2023-W23"}},
		{"last week across a year boundary", "2024-01-03", "Protesters gathered last week.", []string{"last week|DATE|2023-W52"}},
		{"the week of a date is its ISO week", "2000-02-24", "A hearing is set for the week of March 6.", []string{"the week of March 6|DATE|2000-W10"}},
		{"the week of a date across a year boundary", "2020-12-20", "Talks resume the week of Jan. 1.", []string{"the week of Jan. 1|DATE|2020-W53"}},
		{"this month", "2023-05-30", "Prices rose this month.", []string{"this month|DATE|2023-05"}},
		{"last month across a year boundary", "2023-01-15", "Prices rose last month.", []string{"last month|DATE|2022-12"}},
		{"next year", "2023-05-30", "Elections are due next year.", []string{"next year|DATE|2024"}},
		{"last year", "2023-05-30", "Sales fell last year.", []string{"last year|DATE|2022"}},
		{"earlier this month is inside", "2023-05-30", "He resigned earlier this month.", []string{"earlier this month|DATE|2023-05"}},
		{"later this year", "2023-05-30", "A vote is expected later this year.", []string{"later this year|DATE|2023"}},
		{"last weekend", "2023-05-30", "Fighting flared last weekend.", []string{"last weekend|DATE|2023-W21-WE"}},
		{"this past weekend", "2023-05-30", "Fighting flared this past weekend.", []string{"this past weekend|DATE|2023-W21-WE"}},
		{"this summer", "2023-05-30", "The plant opens this summer.", []string{"this summer|DATE|2023-SU"}},
		{"last summer before it comes round", "2023-05-30", "The plant opened last summer.", []string{"last summer|DATE|2022-SU"}},
		{"two days ago", "2023-05-30", "He arrived two days ago.", []string{"two days ago|DATE|2023-05-28"}},
		{"days ago across a month", "2023-03-01", "He arrived two days ago.", []string{"two days ago|DATE|2023-02-27"}},
		{"a year ago", "2023-05-30", "Prices were lower a year ago.", []string{"a year ago|DATE|2022"}},
		{"modifier of ago is inside", "1998-02-27", "The war ended nearly four years ago.", []string{"nearly four years ago|DATE|1994"}},
		{"a duration's bound is inside (TimeML MOD)", "1998-02-27", "The talks lasted nearly two years.", []string{"nearly two years|DURATION|P2Y"}},
		{"a duration's lower bound is inside", "1998-02-27", "The strike lasted more than four hours.", []string{"more than four hours|DURATION|PT4H"}},
		{"a duration's upper bound is inside", "1998-02-27", "Detainees may be held no more than sixty days.", []string{"no more than sixty days|DURATION|P60D"}},
		{"at least before the past N", "1998-02-27", "Prices have risen for at least the past 18 months.", []string{"at least the past 18 months|DURATION|P18M"}},
		{"a bound before a date stays outside", "1989-10-26", "Losses will last at least the first two quarters of 1990.", []string{"the first two quarters of 1990|DATE|1990-H1"}},
		{"about stays outside a duration, as TimeBank has it", "1998-02-27", "The flight took about five hours.", []string{"five hours|DURATION|PT5H"}},
		{"a bare plural leaves its determiner out", "1998-02-27", "His car was seen in the weeks before the shooting.", []string{"weeks|DURATION|PXW"}},
		{"in three weeks, present tense: how long", "2023-05-30", "The work is done in three weeks.", []string{"three weeks|DURATION|P3W"}},
		{"in three weeks, future: that date, in outside", "2023-05-30", "The talks will resume in three weeks.", []string{"three weeks|DATE|2023-W25"}},
		{"in five years across years", "1989-11-02", "The stock would be redeemed in five years.", []string{"five years|DATE|1994"}},
		{"the past two weeks", "2023-05-30", "Over the past two weeks, 30 were hurt.", []string{"the past two weeks|DURATION|P2W"}},
		{"recent years: a stretch of unknown length", "2023-05-30", "Tourism has grown in recent years.", []string{"recent years|DURATION|PXY"}},
		{"months ago", "2023-05-30", "Just months ago the firm was losing money.", []string{"months ago|DATE|PAST_REF"}},
		{"one day after a modal is some day ahead", "1998-03-03", "Islam will one day be the second largest religion.", []string{"one day|DATE|FUTURE_REF"}},
		{"one day as a length stays a duration", "1998-03-03", "The talks lasted one day.", []string{"one day|DURATION|P1D"}},
		{"the near term", "2023-05-30", "Growth looks weak in the near term.", []string{"the near term|DATE|FUTURE_REF"}},
	})
}

// Earnings reports compare the quarter they report with "a year ago":
// TimeBank gives the comparison the quarter a year back.
func TestDatesYearAgoInEarnings(t *testing.T) {
	checkDates(t, []dateCase{
		{"a year earlier after a figure is the year-ago quarter", "1989-11-02",
			"Its third-quarter net fell. Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.",
			[]string{"third-quarter|DATE|1989-Q3", "a year earlier|DATE|1988-Q3"}},
		{"last year after a figure is the year-ago quarter", "1989-11-02",
			"Net rose in the third quarter, compared with a loss of $3 million last year.",
			[]string{"the third quarter|DATE|1989-Q3", "last year|DATE|1988-Q3"}},
		{"year-earlier results follow the reported quarter", "1989-11-02",
			"Delta posted third-quarter profit. Year-earlier results included a gain.",
			[]string{"third-quarter|DATE|1989-Q3", "Year-earlier|DATE|1988-Q3"}},
		{"a fiscal fourth quarter is kept", "1989-11-02",
			"The company reported a fourth-quarter loss. It earned $84.9 million a year earlier.",
			[]string{"fourth-quarter|DATE|1989-Q4", "a year earlier|DATE|1988-Q4"}},
		{"the nine months compare by year", "1989-11-02",
			"Net rose in the third quarter. For the nine months, net rose to $9 million from $7 million a year earlier.",
			[]string{"the third quarter|DATE|1989-Q3", "the nine months|DURATION|P9M", "a year earlier|DATE|1988"}},
		{"last year without a figure is the year", "1989-11-02",
			"Net rose in the third quarter. Mr. Stronach resigned as chief executive last year.",
			[]string{"the third quarter|DATE|1989-Q3", "last year|DATE|1988"}},
		{"the same month a year ago is the month named, a year back (TimeML: anchored to the month in focus)", "2009-02-03",
			"Sales fell 35% in January, compared to the same month a year ago.",
			[]string{"January|DATE|2009-01", "the same month a year ago|DATE|2008-01"}},
		{"the same period last year after a month", "2010-03-03",
			"Sales rose 43% in February compared to the same period last year.",
			[]string{"February|DATE|2010-02", "the same period last year|DATE|2009-02"}},
		{"the same period is the quarter, not the day it ended", "1989-11-02",
			"Net for the third quarter ended Sept. 30 rose, compared with the corresponding period last year.",
			[]string{"the third quarter|DATE|1989-Q3", "Sept. 30|DATE|1989-09-30", "the corresponding period last year|DATE|1988-Q3"}},
		{"the same period last year with nothing named is last year", "2010-03-03",
			"Sales rose 43% compared to the same period last year.",
			[]string{"the same period last year|DATE|2009"}},
		{"the quarter is the quarter the report named (TimeML: anaphoric, the quarter in focus)", "1989-10-26",
			"Delta's earnings soared in the fiscal first quarter. During the quarter, Delta issued shares.",
			[]string{"the fiscal first quarter|DATE|1989-Q1", "the quarter|DATE|1989-Q1"}},
		{"the quarter is the one the report is about, not one named in passing", "1989-10-26",
			"Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, the company cited higher prices. The quarter was its best.",
			[]string{"third-quarter|DATE|1989-Q3", "second quarter|DATE|1989-Q2", "The quarter|DATE|1989-Q3"}},
		{"the latest quarter is over: not the quarter in progress", "1989-10-26",
			"The quake will cause a fourth-quarter charge. Profit fell in the latest quarter.",
			[]string{"fourth-quarter|DATE|1989-Q4", "the latest quarter|DATE|1989-Q3"}},
		{"the quarter a year ago is one expression", "1989-11-02",
			"Net rose in the third quarter. For the quarter a year ago, it earned $16.3 million.",
			[]string{"the third quarter|DATE|1989-Q3", "the quarter a year ago|DATE|1988-Q3"}},
		{"a forecast quarter is not the one reported", "1989-10-26",
			"Steelmakers will report losses through the third quarter of 1990. Bethlehem earned $46.9 million, down from $101 million a year ago.",
			[]string{"the third quarter of 1990|DATE|1990-Q3", "a year ago|DATE|1988"}},
		{"a year ago with no quarter reported is the year", "1989-11-02",
			"Sales rose to $5 million from $4 million a year ago.",
			[]string{"a year ago|DATE|1988"}},
		{"a quarter far back no longer frames the comparison", "1989-11-02",
			"Net rose in the third quarter. The firm hired staff. It opened plants. It sold a unit. It shut a mill. It bought a mine. Its stake was 21% a year ago.",
			[]string{"the third quarter|DATE|1989-Q3", "a year ago|DATE|1988"}},
	})
}

func TestDatesMonthsAlone(t *testing.T) {
	checkDates(t, []dateCase{
		{"past, this year", "2023-05-30", "The strike began in March.", []string{"March|DATE|2023-03"}},
		{"past, last year", "2023-05-30", "The plant closed in September.", []string{"September|DATE|2022-09"}},
		{"future, next year", "2023-05-30", "The vote will be held in March.", []string{"March|DATE|2024-03"}},
		{"future, this year", "2023-05-30", "The vote will be held in September.", []string{"September|DATE|2023-09"}},
		{"modifier inside", "2023-05-30", "Fighting resumed in late April.", []string{"late April|DATE|2023-04"}},
		{"may after a preposition", "2023-05-30", "Prices rose in May.", []string{"May|DATE|2023-05"}},
		{"a march is an event", "2023-05-30", "Thousands joined the March for Life.", nil},
		{"range of months", "2023-05-30", "The show runs from June to August.", []string{"June|DATE|2023-06", "August|DATE|2023-08"}},
		{"month of next year", "2009-11-10", "Franchises won't be renewed after October of next year.", []string{"October of next year|DATE|2010-10"}},
		{"month last year", "1998-02-19", "In July last year, the capital fell.", []string{"July last year|DATE|1997-07"}},
		{"through a month in the present perfect: the nearest, here ahead", "1989-10-30", "Lenders have extended loans through January.", []string{"January|DATE|1990-01"}},
		{"through a month in a past clause: behind", "1989-10-30", "He stayed in Paris through January.", []string{"January|DATE|1989-01"}},
		{"through a month in the present: ahead", "1989-10-30", "The offer runs through January.", []string{"January|DATE|1990-01"}},
		{"by a month: the verb before it, not a participle after", "1998-02-13",
			"Qantas will double its flights by August in the search for markets untouched by the crisis.", []string{"August|DATE|1998-08"}},
		{"possessive 's is not a progressive", "1989-10-30",
			"Thermo acquired 6% of Milton Roy's stock before reducing its stake in early September.", []string{"early September|DATE|1989-09"}},
		{"attributive month is not put ahead by a progressive", "1989-10-27",
			"The bank is continuing to try to sell itself under a June agreement.", []string{"June|DATE|1989-06"}},
		{"attributive month in a past clause stays past", "1999-04-19",
			"Prosecutors have gathered evidence in the October slaying.", []string{"October|DATE|1998-10"}},
	})
}

func TestDatesYearsAndLonger(t *testing.T) {
	checkDates(t, []dateCase{
		{"year", "2023-05-30", "Kosovo declared independence in 2008.", []string{"2008|DATE|2008"}},
		{"year as a modifier", "2023-05-30", "Its 2008 declaration of independence stands.", []string{"2008|DATE|2008"}},
		{"a count is no year", "2023-05-30", "About 2000 troops were sent.", nil},
		{"money is no year", "2023-05-30", "It cost $1999.", nil},
		{"year range", "2023-05-30", "He served in 2009-2010.", []string{"2009|DATE|2009", "2010|DATE|2010"}},
		{"decade keeps its determiner (TimeML: the noun phrase)", "2023-05-30", "Growth was strong in the 1990s.", []string{"the 1990s|DATE|199"}},
		{"decade without a determiner", "2023-05-30", "Growth was strong in 1990s Europe.", []string{"1990s|DATE|199"}},
		{"the second of two decades", "2009-05-14", "It recalls the cars of the 70s and 80s.", []string{"70s|DATE|197", "80s|DATE|198"}},
		{"a year with an apostrophe", "2008-10-27", "The Nikkei is at its lowest level since '82.", []string{"'82|DATE|1982"}},
		{"a year with an apostrophe in this century", "2008-10-27", "Sales have not been this low since '05.", []string{"'05|DATE|2005"}},
		{"an apostrophe and two digits without a preposition is no year", "2008-10-27", "He wore the number '82 on his shirt.", nil},
		{"decade with an apostrophe after the", "1989-10-26", "Sales grew in the '80s.", []string{"'80s|DATE|198"}},
		{"half of a decade is no half-year", "1989-10-26", "The trend has characterized the last half of the '80s.", []string{"'80s|DATE|198"}},
		{"first half of a year", "1989-10-26", "Profit rose in the first half of 1989.", []string{"the first half of 1989|DATE|1989-H1"}},
		{"first two quarters of a year are its first half", "1989-10-26", "Losses will continue through the first two quarters of 1990.", []string{"the first two quarters of 1990|DATE|1990-H1"}},
		{"decade with modifier", "2023-05-30", "It began in the early 1990s.", []string{"the early 1990s|DATE|199"}},
		{"the YEAR period of an earnings report is its quarter", "1989-10-26", "Net rose in the third quarter. In the 1989 period, costs fell.", []string{"the third quarter|DATE|1989-Q3", "the 1989 period|DATE|1989-Q3"}},
		{"century", "2023-05-30", "The bridge dates from the 19th century.", []string{"the 19th century|DATE|18"}},
		{"fiscal year", "1989-10-30", "The company earned $5 million in fiscal 1989.", []string{"fiscal 1989|DATE|1989"}},
		{"the year of an annual report", "1989-10-30", "For the year, pet food volume was flat.", []string{"the year|DATE|1989"}},
		{"year-end ahead is the coming December 31", "1989-10-30", "The deal should close by year-end.", []string{"year-end|DATE|1989-12-31"}},
		{"since year-end is the last December 31", "1989-10-30", "The change is measured since year-end.", []string{"year-end|DATE|1988-12-31"}},
		{"around year end stays the year", "1989-10-30", "The deal will close around year end.", []string{"around year end|DATE|1989"}},
		{"the year ended: a twelve-month period", "1989-10-30", "Revenue for the year ended March 31 rose.", []string{"the year|DURATION|P1Y", "March 31|DATE|1989-03-31"}},
		{"the year before is not this year", "1989-10-30", "Sales fell in the year before the merger.", nil},
		{"quarter", "1989-10-26", "Profit rose in the third quarter.", []string{"the third quarter|DATE|1989-Q3"}},
		{"consecutive quarters are a span of time", "2008-11-17", "Japan posted two consecutive quarters of negative growth.", []string{"two consecutive quarters|DURATION|P2Q"}},
		{"several quarters are a span of time", "1989-10-26", "It turned a profit after several quarters of losses.", []string{"several quarters|DURATION|PXQ"}},
		{"three quarters of a whole are a fraction", "1989-10-26", "Three quarters of the voters stayed home.", nil},
		{"adjectival quarter leaves the outside", "1989-10-26", "The third-quarter loss widened.", []string{"third-quarter|DATE|1989-Q3"}},
		{"quarter of a named year", "1989-10-26", "Sales fell in the 1988 second quarter.", []string{"the 1988 second quarter|DATE|1988-Q2"}},
		{"first half", "1989-10-26", "Profit jumped in the first half of 1989.", []string{"the first half of 1989|DATE|1989-H1"}},
		{"Q with a year", "2023-05-30", "Sales fell in Q1 2023.", []string{"Q1 2023|DATE|2023-Q1"}},
		{"Q without a year, past", "2023-05-30", "Revenue rose 5% in Q4.", []string{"Q4|DATE|2022-Q4"}},
		{"H1", "2023-09-30", "Profit doubled in H1.", []string{"H1|DATE|2023-H1"}},
		{"season with year", "2023-05-30", "It was planted in the winter of 2022.", []string{"the winter of 2022|DATE|2022-WI"}},
		{"season by tense", "2023-05-30", "The plant will open in the summer.", []string{"the summer|DATE|2023-SU"}},
		{"spoken year", "1998-02-27", "He was convicted in nineteen ninety-one.", []string{"nineteen ninety-one|DATE|1991"}},
		{"season of a spoken year", "1998-02-23", "Prices fell to the level we saw in the winter of nineteen ninety-four.", []string{"the winter of nineteen ninety-four|DATE|1994-WI"}},
		{"last with a full month day", "1999-04-19", "He was shot last Oct. 23 at his home.", []string{"Oct. 23|DATE|1998-10-23"}},
		{"second day of a pair", "1999-02-10", "The summit is on April 24 and 25.", []string{"April 24|DATE|1999-04-24", "25|DATE|1999-04-25"}},
	})
}

func TestDatesClockTimes(t *testing.T) {
	checkDates(t, []dateCase{
		{"am time", "2023-05-30", "The blast came at 10:30 a.m.", []string{"10:30 a.m.|TIME|2023-05-30T10:30"}},
		{"pm time", "2023-05-30", "Polls close at 8 p.m. local time.", []string{"8 p.m. local time|TIME|2023-05-30T20:00"}},
		{"noon", "2023-05-30", "The deadline is noon.", []string{"noon|TIME|2023-05-30T12:00"}},
		{"time joined with its day", "1998-02-12", "The meeting starts at 10 p.m. Wednesday.", []string{"10 p.m. Wednesday|TIME|1998-02-11T22:00"}},
		{"noon with its day", "1991-02-25", "Iraq had until noon Saturday to withdraw.", []string{"noon Saturday|TIME|1991-02-23T12:00"}},
		{"utc", "2009-12-16", "It took off at 18:00 UTC.", []string{"18:00 UTC|TIME|2009-12-16T18:00Z"}},
		{"clock time takes the day of its sentence", "2009-12-16", "The plane flew on Tuesday at 18:00 UTC.", []string{"Tuesday|DATE|2009-12-15", "18:00 UTC|TIME|2009-12-15T18:00Z"}},
		{"a market report's day is the day it names (TimeML: anaphoric, the day in focus)", "2009-02-24", "On Monday, the Dow fell 3.4% to end the day at 7,114.", []string{"Monday|DATE|2009-02-23", "the day|DATE|2009-02-23"}},
		{"a market report's day with no day named is the article's", "2009-02-24", "The Dow fell 3.4% to end the day at 7,114.", []string{"the day|DATE|2009-02-24"}},
		{"a clock time with its part of the day takes the day its sentence names", "2000-04-05",
			"He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.",
			[]string{"4 in the morning|TIME|2000-04-06T04:00", "4 a.m. EDT Thursday|TIME|2000-04-06T04:00"}},
		{"a clock time with its part of the day, no day named, is the article's", "2000-04-05",
			"He left at 4 in the morning.", []string{"4 in the morning|TIME|2000-04-05T04:00"}},
		{"clock time takes the day of the sentence before", "1998-08-08", "The blast came on Aug. 7. It was at 10:35 a.m.", []string{"Aug. 7|DATE|1998-08-07", "10:35 a.m.|TIME|1998-08-07T10:35"}},
		{"a score is no time", "2023-05-30", "They won the game 3:2.", nil},
		{"hour in the morning", "2000-04-05", "He will leave at 4 in the morning.", []string{"4 in the morning|TIME|2000-04-05T04:00"}},
		{"hour in the evening", "2000-04-05", "He will leave at 8 in the evening.", []string{"8 in the evening|TIME|2000-04-05T20:00"}},
	})
}

func TestDatesDurations(t *testing.T) {
	checkDates(t, []dateCase{
		{"days", "2023-05-30", "The strike lasted three days.", []string{"three days|DURATION|P3D"}},
		{"decade", "2023-05-30", "He ruled for a decade.", []string{"a decade|DURATION|P10Y"}},
		{"months in digits", "2023-05-30", "He spent 18 months in jail.", []string{"18 months|DURATION|P18M"}},
		{"hours", "2023-05-30", "The flight took two hours.", []string{"two hours|DURATION|PT2H"}},
		{"compound number", "2023-05-30", "Talks lasted twenty-four hours.", []string{"twenty-four hours|DURATION|PT24H"}},
		{"adjectival, the outside", "2023-05-30", "He began the two-year term.", []string{"two-year|DURATION|P2Y"}},
		{"vague", "2023-05-30", "They talked for several weeks.", []string{"several weeks|DURATION|PXW"}},
		{"half an hour", "2023-05-30", "The meeting lasted half an hour.", []string{"half an hour|DURATION|PT30M"}},
		{"and a half", "2023-05-30", "He spent two and a half years in jail.", []string{"two and a half years|DURATION|P2Y6M"}},
		{"written fraction", "2023-05-30", "The operation took 5 1/2 hours.", []string{"5 1/2 hours|DURATION|PT5H30M"}},
		{"decimal days", "2023-05-30", "The strike lasted 1.5 days.", []string{"1.5 days|DURATION|P1DT12H"}},
		// Ages are not temporal expressions in TimeBank, whose conventions
		// the TempEval measures follow.
		{"age as an adjective is no duration", "2023-05-30", "The 6-year-old boy was found.", nil},
		{"age in years old is no duration", "2023-05-30", "The bridge is 120 years old.", nil},
		{"age after aged is no duration", "2023-05-30", "A man aged 45 was arrested.", nil},
		{"age in apposition is no duration", "2023-05-30", "Delfina Miranda, 49, said she was afraid.", nil},
		{"a list is no age", "2023-05-30", "The vote was 84, 31, 2 and 1.", nil},
		{"thousands are no age", "1990-08-16", "About 3,000 Americans, 3,000 Britons and 450 Japanese remain.", nil},
		{"digit groups", "2023-05-30", "The tradition goes back 1,000 years.", []string{"1,000 years|DURATION|P1000Y"}},
		{"decimal", "2023-05-30", "The talks lasted 2.5 days.", []string{"2.5 days|DURATION|P2DT12H"}},
	})
}

func TestDatesSets(t *testing.T) {
	checkDates(t, []dateCase{
		{"every week", "2023-05-30", "They meet every week.", []string{"every week|SET|P1W"}},
		{"annually", "2023-05-30", "The fee rises annually.", []string{"annually|SET|P1Y"}},
		{"each monday", "2023-05-30", "The market opens each Monday.", []string{"each Monday|SET|XXXX-WXX-1"}},
		{"twice a week", "2023-05-30", "Flights leave twice a week.", []string{"twice a week|SET|P1W"}},
		{"rate after money", "2023-05-30", "It saves $5 million a year.", []string{"a year|SET|P1Y"}},
		{"rate after a plural noun", "1998-02-13", "Qantas will fly four flights a week to Bombay.", []string{"a week|SET|P1W"}},
		{"no rate before later", "1998-02-13", "The troops arrived in two waves a week later.", []string{"a week|DURATION|P1W"}},
		{"plural weekday", "2023-05-30", "The shop closes on Sundays.", []string{"Sundays|SET|XXXX-WXX-7"}},
	})
}

func TestDatesVagueReferences(t *testing.T) {
	checkDates(t, []dateCase{
		{"now", "2023-05-30", "The troops are now in Kosovo.", []string{"now|DATE|PRESENT_REF"}},
		{"currently", "2023-05-30", "The injured are currently under observation.", []string{"currently|DATE|PRESENT_REF"}},
		{"recently", "2023-05-30", "He recently resigned.", []string{"recently|DATE|PAST_REF"}},
		{"then current is current at a past time", "1989-10-30", "Holders may buy shares at half the then current market value.", []string{"then current|DATE|PAST_REF"}},
		{"the past", "2023-05-30", "Such attacks happened in the past.", []string{"the past|DATE|PAST_REF"}},
		{"the future", "2023-05-30", "Nobody knows what the future holds.", []string{"the future|DATE|FUTURE_REF"}},
		{"a title is no time", "1990-08-20", "He spoke on ABC's This Week program.", nil},
	})
}

// Without a reference date relative expressions keep X for what is unknown
// and are marked unresolved; absolute ones stay resolved.
func TestDatesAnaphors(t *testing.T) {
	checkDates(t, []dateCase{
		{"later that year", "2000-01-07", "He came to Florida in June 1998 and returned to Cuba later that year.", []string{"June 1998|DATE|1998-06", "later that year|DATE|1998"}},
		{"the next morning in a past narrative", "2000-02-24", "He was arrested on Feb. 22, 2000, and appeared in court the next morning.", []string{"Feb. 22, 2000|DATE|2000-02-22", "the next morning|TIME|2000-02-23TMO"}},
		{"the following month across a year", "2023-05-30", "The deal closed in December 2021; the following month, the firm moved.", []string{"December 2021|DATE|2021-12", "the following month|DATE|2022-01"}},
		{"the same day with only a month known", "2023-05-30", "It began in October 1998, and the site was closed that same day.", []string{"October 1998|DATE|1998-10", "that same day|DATE|1998-10-XX"}},
		{"the next year said of the future counts from today", "2023-05-30", "Prices will rise over the next year.", []string{"the next year|DATE|2024"}},
	})
}

func TestDatesWithoutReference(t *testing.T) {
	cases := []struct {
		text, value string
		resolved    bool
	}{
		{"The clashes erupted yesterday.", "XXXX-XX-XX", false},
		{"KFOR said on Tuesday that troops were hurt.", "XXXX-WXX-2", false},
		{"Protesters gathered last week.", "XXXX-WXX", false},
		{"The strike began in March.", "XXXX-03", false},
		{"Kosovo declared independence in 2008.", "2008", true},
		{"The strike lasted three days.", "P3D", true},
		{"He left later that year.", "XXXX", false},
	}
	for _, c := range cases {
		ds := runDates(t, "", c.text)
		if len(ds) != 1 || ds[0].Value != c.value || ds[0].Resolved != c.resolved {
			t.Errorf("%q: got %+v, want value %s resolved %v", c.text, ds, c.value, c.resolved)
		}
	}
}

func TestArticleDate(t *testing.T) {
	cases := []struct{ name, text, want, source string }{
		{"caption in the present tense", "NATO sends troops\n\nSoldiers guard a building in Zvecan, northern Kosovo, Tuesday, May 30, 2023. (AP Photo)\n\nThe NATO chief spoke.", "2023-05-30", "text"},
		{"published line wins over an earlier date", "Fire of March 3, 2020 remembered\n\nPublished: 30 May 2023\n\nThe fire killed ten.", "2023-05-30", "dateline"},
		{"iso stamp", "Updated 2023-05-31 10:00\n\nTalks resumed.", "2023-05-31", "dateline"},
		{"byline stamp", "Storm hits coast\nBy Jane Doe | May 30, 2023 6:02 pm\n\nThe storm hit on Sunday.", "2023-05-30", "dateline"},
		{"dateline", "WASHINGTON, August 11, 1998 (Xinhua) -- Albright left.", "1998-08-11", "dateline"},
		{"dateline in capitals", "KYIV, MAY 30, 2023 -- Drones struck the city.", "2023-05-30", "dateline"},
		{"dateline with a region", "Pristina, Kosovo, Sept. 4, 2023 — Troops arrived.", "2023-09-04", "dateline"},
		{"date line alone", "Tuesday, May 30, 2023\n\nTalks resumed on Tuesday.", "2023-05-30", "text"},
		{"date line with a clock time", "May 30, 2023 10:35 a.m. EDT\n\nTalks resumed.", "2023-05-30", "text"},
		{"none", "Talks resumed on Tuesday.", "", "none"},
		// A date in a sentence about past events is the story's, not the article's.
		{"past event opening", "On Sept. 11, 2001, hijackers crashed two planes into the World Trade Center. On Saturday, families gathered.", "", "none"},
		{"past event with a subject first", "The company was founded on March 3, 1998, in a garage.\n\nIt now employs 5,000 people.", "", "none"},
		{"present perfect is past too", "Prices have risen since January 1, 2020, the bank said.", "", "none"},
		{"a date due in a present-tense sentence", "Waxman said holders of its debentures, due March 15, 2007, have elected to convert.", "", "none"},
		{"a future date", "The company plans to redeem its notes due March 1, 2011.", "", "none"},
		{"a sentence opening with By is no byline", "Superdelegates\n\nBy Sanders's own argument, superdelegates have no right to overturn the vote. On June 4, 2008, Sanders decided to back Obama.", "", "none"},
		{"a timeline's entry far down is no date line", "Christie's fall\n\nA\n\nB\n\nC\n\nD\n\nE\n\nF\n\nOct. 31, 2012 The Obama hug.\n\nIt hurt him.", "", "none"},
		{"past event headline", "Flood of August 3, 1998 left thousands homeless\n\nRescuers searched on Monday.", "", "none"},
		{"past event, then a dateline line", "On Sept. 11, 2001, hijackers crashed two planes.\nPublished: Sept. 11, 2021\n\nFamilies gathered.", "2021-09-11", "dateline"},
	}
	for _, c := range cases {
		d, err := doc.Parse(c.text, doc.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, source := "", "none"
		if r, s, ok := dates.ArticleDate(d); ok {
			got, source = r.Format(time.DateOnly), s
		}
		if got != c.want || source != c.source {
			t.Errorf("%s: got %q (%s), want %q (%s)", c.name, got, source, c.want, c.source)
		}
	}
}

// TestDatesSampleArticle is the check on the Kosovo article: the
// reference date comes from the caption, not from a flag.
func TestDatesSampleArticle(t *testing.T) {
	b, err := os.ReadFile("../../../testdata/kosovo-kfor-2023-05-30.txt")
	if err != nil {
		t.Skipf("sample article not available: %v", err)
	}
	out, err := extract.Run("kosovo", string(b), extract.Options{Kinds: []string{facts.KindDates}})
	if err != nil {
		t.Fatal(err)
	}
	if out.Date == nil || *out.Date != "2023-05-30" || out.DateSource != "text" {
		t.Fatalf("reference date %v from %q, want 2023-05-30 from text", out.Date, out.DateSource)
	}
	got := map[string][]string{}
	for _, d := range out.Dates {
		got[d.Text] = append(got[d.Text], d.Value)
	}
	want := map[string]string{"yesterday": "2023-05-29", "Tuesday, May 30, 2023": "2023-05-30", "Tuesday": "2023-05-30", "2008": "2008"}
	for text, v := range want {
		if len(got[text]) == 0 {
			t.Errorf("%q not found in %v", text, got)
		}
		for _, g := range got[text] {
			if g != v {
				t.Errorf("%q = %s, want %s", text, g, v)
			}
		}
	}
	if n := len(got["Tuesday"]); n != 2 {
		t.Errorf("found %d \"Tuesday\", want both", n)
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"Tuesday, May 30, 2023", "on Feb. 29", "10:30 a.m. Wednesday", "the 1990s", "'90s",
		"3 p.m. EST, Nov. 6", "the year-ago third quarter", "2009-2010", "30/05/2023", "twenty-four hours",
		"every other week", "the 21st century", "May", "12 o'clock", "0:00 pm", "99/99/2023",
		"later that year", "at 10:35 a.m. Friday", "the next morning", "half an hour", "1,000 years",
	} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, text string, withRef bool) {
		if !utf8.ValidString(text) {
			return
		}
		ref := ""
		if withRef {
			ref = "2024-02-29"
		}
		for _, d := range runDates(t, ref, text) {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End || text[d.Start:d.End] != d.Text {
				t.Fatalf("bad span %+v in %q", d, text)
			}
			if d.Value == "" || d.Type == "" {
				t.Fatalf("empty or unfinished type or value %+v in %q", d, text)
			}
		}
	})
}

// BenchmarkDates times the dates extractor alone over the TempEval-3
// texts, parsed beforehand.
func BenchmarkDates(b *testing.B) {
	docs, n := articletest.TBAQ(b, doc.Options{})
	ref := time.Date(1998, 2, 6, 0, 0, 0, 0, time.UTC)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			dates.Extract(&article.Article{Doc: d, Ref: ref, HasRef: true})
		}
	}
}

// TestDatesStretchesAndForms: issue 17's durations against anchored
// offsets and its missing forms, each row a case of the TimeML 1.2.1
// annotation guidelines (TIMEX3 values; extents without the signal
// prepositions).
func TestDatesStretchesAndForms(t *testing.T) {
	checkDates(t, []dateCase{
		{"duration: over the next decade", "2023-05-30", "Costs will rise over the next decade.", []string{"the next decade|DURATION|P10Y"}},
		{"duration: in recent weeks", "2023-05-30", "Prices have risen in recent weeks.", []string{"recent weeks|DURATION|PXW"}},
		{"duration: in coming months", "2023-05-30", "Prices will rise in coming months.", []string{"coming months|DURATION|PXM"}},
		{"anchored offset: eight years from now", "2023-05-30", "The plant will close eight years from now.", []string{"eight years from now|DATE|2031"}},
		{"anchored offset: a month earlier, from the story's date", "2023-05-30", "The plant closed on March 3, 2009. A month earlier, workers had struck.",
			[]string{"March 3, 2009|DATE|2009-03-03", "A month earlier|DATE|2009-02"}},
		{"no date: earlier than usual", "2023-05-30", "The harvest came earlier than usual.", nil},
		{"year range: 1968-69, both years", "2023-05-30", "The reforms of 1968-69 failed.", []string{"1968|DATE|1968", "69|DATE|1969"}},
		{"year range across a century: 1999-2000", "2023-05-30", "Sales fell in 1999-2000.", []string{"1999|DATE|1999", "2000|DATE|2000"}},
		{"range of durations, both ends: between 6 and 9 months", "2023-05-30", "Repairs take between 6 and 9 months.", []string{"6|DURATION|P6M", "9 months|DURATION|P9M"}},
		{"range of durations in words: two to three weeks", "2023-05-30", "Shipments resume within two to three weeks.", []string{"two|DURATION|P2W", "three weeks|DURATION|P3W"}},
		{"anaphor: the following decade", "2023-05-30", "The plant opened in 1975. The following decade brought losses.", []string{"1975|DATE|1975", "The following decade|DATE|198"}},
		{"vague offset: minutes before", "2023-05-30", "The alarm sounded minutes before the blast.", []string{"minutes|DURATION|PTXM"}},
		{"vague offset: hours after", "2023-05-30", "Troops arrived hours after the attack.", []string{"hours|DURATION|PTXH"}},
		{"no vague offset: a matter of days", "2023-05-30", "It is a matter of days before he returns.", nil},
		{"clock time with seconds", "2023-05-30", "The order was filed at 2:11:48 p.m. Tuesday.", []string{"2:11:48 p.m. Tuesday|TIME|2023-05-30T14:11:48"}},
		{"clock time with seconds, 24-hour", "2023-05-30", "The quake struck at 14:11:48 local time.", []string{"14:11:48 local time|TIME|2023-05-30T14:11:48"}},
		{"anaphor: at the time, a past reference as TimeBank marks it", "2023-05-30", "He was mayor in 1998. At the time, the city was broke.", []string{"1998|DATE|1998", "the time|DATE|PAST_REF"}},
		{"at the time of an event names no time itself", "2023-05-30", "At the time of the attack, the city was broke.", nil},
		{"end of year without the article", "2023-05-30", "The deal should close by end of year.", []string{"end of year|DATE|2023"}},
		{"a football match's second half is no half-year", "2023-05-30", "Kane scored twice in the second half to win the match.", nil},
		{"a company's second half is", "2023-05-30", "Sales will improve in the second half.", []string{"the second half|DATE|2023-H2"}},
		{"anaphor: by that time, the time just told", "2010-05-29", "The option runs to June 10. If no price is agreed by that time, Fiat pays the average.",
			[]string{"June 10|DATE|2010-06-10", "that time|DATE|2010-06-10"}},
		{"at the same time joins two events", "2010-05-29", "Prices rose at the same time.", nil},
		{"soon: the near future", "2023-05-30", "The plan will be presented very soon.", []string{"very soon|DATE|FUTURE_REF"}},
		{"soon in a past narrative is no time ahead", "2023-05-30", "He was soon released.", nil},
		{"as soon as introduces a clause", "2023-05-30", "He will leave as soon as the talks end.", nil},
		{"as soon as possible is a time", "2023-05-30", "He will leave as soon as possible.", []string{"as soon as possible|DATE|FUTURE_REF"}},
		{"for the time being", "2023-05-30", "The slowdown will continue for the time being.", []string{"the time being|DATE|PRESENT_REF"}},
		{"for the long term", "2023-05-30", "The plant will stay open for the long term.", []string{"the long term|DATE|FUTURE_REF"}},
		{"no Z the text never stated", "1998-08-08", "The blast came at 10:35 a.m. Friday.", []string{"10:35 a.m. Friday|TIME|1998-08-07T10:35"}},
		{"Z where the text says GMT", "1998-08-08", "The blast came at 0735 GMT Friday.", []string{"0735 GMT Friday|TIME|1998-08-07T07:35Z"}},
	})
}

// TestDatesStoryTime: a story set in another year gives the months after it
// their year, for the rest of its sentence and the next one (storyReach),
// and no further.
func TestDatesStoryTime(t *testing.T) {
	checkDates(t, []dateCase{
		{"in the same sentence", "2023-05-30", "In 2009, the plant closed, and in July the workers left.",
			[]string{"2009|DATE|2009", "July|DATE|2009-07"}},
		{"in the next sentence, moving forward", "2023-05-30", "The plant closed on March 3, 2009. In July, the workers left.",
			[]string{"March 3, 2009|DATE|2009-03-03", "July|DATE|2009-07"}},
		{"boundary: two sentences on, back to the article's time", "2023-05-30", "The plant closed on March 3, 2009. The workers struck. In July, the owners sold it.",
			[]string{"March 3, 2009|DATE|2009-03-03", "July|DATE|2022-07"}},
		{"boundary: a new paragraph", "2023-05-30", "The plant closed on March 3, 2009.\n\nIn July, the owners sold it.",
			[]string{"March 3, 2009|DATE|2009-03-03", "July|DATE|2022-07"}},
		{"boundary: the text returns to the present", "2023-05-30", "The plant closed on March 3, 2009. It now employs 300 people and will expand in July.",
			[]string{"March 3, 2009|DATE|2009-03-03", "now|DATE|PRESENT_REF", "July|DATE|2023-07"}},
		{"a year in passing sets no story", "2023-05-30", "Profits have risen since 1980. In September, it bought a rival.",
			[]string{"1980|DATE|1980", "September|DATE|2022-09"}},
		{"a season too", "2023-05-30", "The plant closed in March 2009. The summer brought new owners.",
			[]string{"March 2009|DATE|2009-03", "The summer|DATE|2009-SU"}},
		{"weekdays still count from the article", "2023-05-30", "The plant closed in March 2009. On Friday, its owner died.",
			[]string{"March 2009|DATE|2009-03", "Friday|DATE|2023-05-26"}},
		{"without an article date the story's year resolves the month", "", "In 2009, the plant closed, and in July the workers left.",
			[]string{"2009|DATE|2009", "July|DATE|2009-07"}},
	})
}

// FuzzArticleDate: any text gives a date with its evidence, or none; never a
// panic, and never a source outside the two the text can give.
func FuzzArticleDate(f *testing.F) {
	for _, s := range []string{
		"WASHINGTON, Aug. 11, 1998 (Xinhua) -- Albright left.", "Published: 30 May 2023\n\nx",
		"On Sept. 11, 2001, hijackers crashed two planes.", "Tuesday, May 30, 2023\n", "By Jane | 2023-05-30",
		"\n\n\n1999\n", "Oct. 31, 2012", "Photo 31/12/2020",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d, err := doc.Parse(text, doc.Options{})
		if err != nil {
			return
		}
		if _, source, ok := dates.ArticleDate(d); ok != (source != "") || ok && source != facts.DateSourceDateline && source != facts.DateSourceText {
			t.Fatalf("source %q, ok %v for %q", source, ok, text)
		}
	})
}
