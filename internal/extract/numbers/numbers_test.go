package numbers_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/newsfacts/newsfacts/internal/doc"
	"github.com/newsfacts/newsfacts/internal/extract"
	"github.com/newsfacts/newsfacts/internal/extract/article"
	"github.com/newsfacts/newsfacts/internal/extract/article/articletest"
	"github.com/newsfacts/newsfacts/internal/extract/dates"
	"github.com/newsfacts/newsfacts/internal/extract/numbers"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// num is an expected number: "text value[-max] qualifier unit | counted |
// head", with ordinal marked by a leading "#".
type num struct {
	text      string
	value     float64
	max       float64 // 0: no range
	qualifier string
	unit      string
	counted   string
	head      string
	ordinal   bool
}

func (n num) String() string {
	return fmt.Sprintf("%q %v-%v %s %s counted=%q head=%q ordinal=%v", n.text, n.value, n.max,
		n.qualifier, n.unit, n.counted, n.head, n.ordinal)
}

func fromFact(n facts.Number) num {
	out := num{text: n.Text, value: n.Value, qualifier: n.Qualifier, unit: n.Unit,
		counted: n.Counted, head: n.CountedHead, ordinal: n.Ordinal}
	if n.ValueMax != nil {
		out.max = *n.ValueMax
	}
	return out
}

func runNumbers(t testing.TB, text string) []facts.Number {
	t.Helper()
	out, err := extract.Run("test", text, extract.Options{Kinds: []string{facts.KindNumbers}})
	if err != nil {
		t.Fatal(err)
	}
	return out.Numbers
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []num
	}{
		// Counts and what they count.
		{"vague multiple: hundreds of troops", "NATO sends hundreds of more troops to Kosovo.",
			[]num{{"hundreds of", 100, 0, "vague", "", "troops", "troops", false}}},
		{"count after a determiner adjective", "The deployment of an additional 700 troops in Kosovo.",
			[]num{{"700", 700, 0, "exact", "", "troops", "troops", false}}},
		{"at least with a proper-noun modifier", "His remarks came after at least 30 NATO soldiers were injured.",
			[]num{{"at least 30", 30, 0, "at_least", "", "NATO soldiers", "soldiers", false}}},
		{"coordination shares the head", "Eleven Italian and 19 Hungarian soldiers sustained injuries.",
			[]num{{"Eleven", 11, 0, "exact", "", "Italian soldiers", "soldiers", false},
				{"19", 19, 0, "exact", "", "Hungarian soldiers", "soldiers", false}}},
		{"coordination of bare numbers", "Police arrested four and then 12 protesters.",
			[]num{{"four", 4, 0, "exact", "", "", "", false}, {"12", 12, 0, "exact", "", "protesters", "protesters", false}}},
		{"nationality adjective", "Three Hungarian soldiers were also wounded by firearms.",
			[]num{{"Three", 3, 0, "exact", "", "Hungarian soldiers", "soldiers", false}}},
		{"more than", "Meanwhile, more than 53 civilians were injured.",
			[]num{{"more than 53", 53, 0, "more_than", "", "civilians", "civilians", false}}},
		{"partitive of: 30 of the injured", "Doctors said 30 of the injured were in a serious condition.",
			[]num{{"30", 30, 0, "exact", "", "injured", "injured", false}}},
		{"plural noun compound", "Police detained dozens of human rights activists.",
			[]num{{"dozens of", 12, 0, "vague", "", "human rights activists", "activists", false}}},
		{"elided noun after including", "They said 200 planes, including 79 on the carrier, were ready.",
			[]num{{"200", 200, 0, "exact", "", "planes", "planes", false}, {"79", 79, 0, "exact", "", "planes", "planes", false}}},
		{"a day name before a count", "Officials said on Tuesday 30 people died.",
			[]num{{"30", 30, 0, "exact", "", "people", "people", false}}},
		{"noun compound", "Two bomb attacks hit the city.",
			[]num{{"Two", 2, 0, "exact", "", "bomb attacks", "attacks", false}}},
		{"possessor after of", "Later, two of Elian's Miami cousins sought support.",
			[]num{{"two", 2, 0, "exact", "", "Miami cousins", "cousins", false}}},
		{"a day name ends the phrase", "Volume was 443.6 million Thursday.",
			[]num{{"443.6 million", 443.6e6, 0, "exact", "", "", "", false}}},
		{"pronoun number counts nothing", "The 19 were taken to hospital.",
			[]num{{"19", 19, 0, "exact", "", "", "", false}}},

		// Qualifiers.
		{"no fewer than", "No fewer than 12 ministers resigned.",
			[]num{{"No fewer than 12", 12, 0, "at_least", "", "ministers", "ministers", false}}},
		{"over", "Over 200 people attended.",
			[]num{{"Over 200", 200, 0, "more_than", "", "people", "people", false}}},
		{"up to", "The plane can carry up to 60 passengers.",
			[]num{{"up to 60", 60, 0, "at_most", "", "passengers", "passengers", false}}},
		{"fewer than", "Fewer than 10 shops opened.",
			[]num{{"Fewer than 10", 10, 0, "less_than", "", "shops", "shops", false}}},
		{"about", "About 5,000 workers went on strike.",
			[]num{{"About 5,000", 5000, 0, "about", "", "workers", "workers", false}}},
		{"an estimated", "An estimated 40,000 people fled.",
			[]num{{"An estimated 40,000", 40000, 0, "about", "", "people", "people", false}}},
		{"post qualifier or more", "They questioned 20 or more witnesses.",
			[]num{{"20 or more", 20, 0, "at_least", "", "witnesses", "witnesses", false}}},
		{"post qualifier or fewer", "Groups of 10 or fewer people may meet.",
			[]num{{"10 or fewer", 10, 0, "at_most", "", "people", "people", false}}},
		{"unit stated once for two numbers", "Sales rose 166.5 and 93.3 percent respectively.",
			[]num{{"166.5", 166.5, 0, "exact", "percent", "", "", false}, {"93.3 percent", 93.3, 0, "exact", "percent", "", "", false}}},
		{"range between X and Y", "The jet seats between 210 and 250 passengers.",
			[]num{{"between 210 and 250", 210, 250, "range", "", "passengers", "passengers", false}}},
		{"range with a dash", "The plant employs 10-20 engineers.",
			[]num{{"10-20", 10, 20, "range", "", "engineers", "engineers", false}}},
		{"range with to", "It will seat 200 to 300 people.",
			[]num{{"200 to 300", 200, 300, "range", "", "people", "people", false}}},
		{"range takes the scale of its end", "Contracts provide US$300 to 350 million a year.",
			[]num{{"US$300 to 350 million", 300e6, 350e6, "range", "USD", "", "", false}}},
		{"from X to Y is a range", "Prices rose from $100,000 to $250,000.",
			[]num{{"from $100,000 to $250,000", 100000, 250000, "range", "USD", "", "", false}}},
		{"from X noun to Y is two numbers sharing the noun", "NATO grew from 16 members to 19.",
			[]num{{"16", 16, 0, "exact", "", "members", "members", false}, {"19", 19, 0, "exact", "", "members", "members", false}}},
		{"elided noun restored from a parallel phrase", "The blasts killed 200 people and wounded over 5,000.",
			[]num{{"200", 200, 0, "exact", "", "people", "people", false}, {"over 5,000", 5000, 0, "more_than", "", "people", "people", false}}},
		{"elided noun from the count a verb governs", "It killed 259 people on the plane and 11 on the ground.",
			[]num{{"259", 259, 0, "exact", "", "people", "people", false}, {"11", 11, 0, "exact", "", "people", "people", false}}},
		{"no noun lent across a label", "Total dead: 10 Americans. Injured: 74.",
			[]num{{"10", 10, 0, "exact", "", "Americans", "Americans", false}, {"74", 74, 0, "exact", "", "", "", false}}},
		{"five digits without a separator are a code", "It has more transistors than the 80386.", nil},
		{"one of the three countries", "Hungary is one of the three countries.",
			[]num{{"one", 1, 0, "exact", "", "countries", "countries", false}, {"three", 3, 0, "exact", "", "countries", "countries", false}}},
		{"title-case headline", "NATO Adds Three New Members",
			[]num{{"Three", 3, 0, "exact", "", "New Members", "Members", false}}},
		{"words in capitals", "Police said FIVE SOLDIERS died.",
			[]num{{"FIVE", 5, 0, "exact", "", "SOLDIERS", "SOLDIERS", false}}},
		{"all-caps headline", "NATO GROWS TO EMBRACE 3 FORMER ENEMIES",
			[]num{{"3", 3, 0, "exact", "", "FORMER ENEMIES", "ENEMIES", false}}},
		{"plural model name counted", "Air Canada ordered 18 777s.",
			[]num{{"18", 18, 0, "exact", "", "777s", "777s", false}}},
		{"a dash range after a verb of change", "Prices rose 5-10% this year.",
			[]num{{"5-10%", 5, 10, "range", "percent", "", "", false}}},
		{"to after a verb of change is no range", "Compaq shares fell $1.625 to $108.625.",
			[]num{{"$1.625", 1.625, 0, "exact", "USD", "", "", false}, {"$108.625", 108.625, 0, "exact", "USD", "", "", false}}},
		{"a name after the counted noun ends it", "One senior official Monday described the plan.",
			[]num{{"One", 1, 0, "exact", "", "senior official", "official", false}}},
		{"a level after a percentage is no range", "The index tumbled 5.39, or 1.2% to 452.76 on Friday.",
			[]num{{"5.39", 5.39, 0, "exact", "", "", "", false}, {"1.2%", 1.2, 0, "exact", "percent", "", "", false}, {"452.76", 452.76, 0, "exact", "", "", "", false}}},
		{"money range with the sign once", "It offers a US$3,000 to 5,000 incentive.",
			[]num{{"US$3,000 to 5,000", 3000, 5000, "range", "USD", "", "", false}}},
		{"weight after weighs", "He weighs 150 to 175 pounds.",
			[]num{{"150 to 175 pounds", 150, 175, "range", "lb", "", "", false}}},
		{"vague: tens of thousands", "Tens of thousands of people marched.",
			[]num{{"Tens of thousands of", 10000, 0, "vague", "", "people", "people", false}}},
		{"vague: dozens without of", "Dozens were arrested.",
			[]num{{"Dozens", 12, 0, "vague", "", "", "", false}}},

		// Forms of the number itself.
		{"thousands separators and decimals", "It sold 1,200,000 copies at 9.99 each.",
			[]num{{"1,200,000", 1200000, 0, "exact", "", "copies", "copies", false}, {"9.99", 9.99, 0, "exact", "", "", "", false}}},
		{"hyphenated word number", "Twenty-one people died.",
			[]num{{"Twenty-one", 21, 0, "exact", "", "people", "people", false}}},
		{"a dozen", "A dozen cars burned.",
			[]num{{"A dozen", 12, 0, "exact", "", "cars", "cars", false}}},
		{"half a million", "Half a million people live there.",
			[]num{{"Half a million", 500000, 0, "exact", "", "people", "people", false}}},
		{"a quarter million", "A quarter million people fled.",
			[]num{{"A quarter million", 250000, 0, "exact", "", "people", "people", false}}},
		{"one hundred and five", "One hundred and five houses were destroyed.",
			[]num{{"One hundred and five", 105, 0, "exact", "", "houses", "houses", false}}},
		{"scaled digits", "The country has 2.5 million voters.",
			[]num{{"2.5 million", 2.5e6, 0, "exact", "", "voters", "voters", false}}},
		{"decimal read aloud", "A one point six billion dollar plan.",
			[]num{{"one point six billion dollar", 1.6e9, 0, "exact", "USD", "", "", false}}},
		{"no binary noise after scaling", "Net rose to $525.8 million, or 17.3 pence a share.",
			[]num{{"$525.8 million", 525.8e6, 0, "exact", "USD", "", "", false}, {"17.3 pence", 0.173, 0, "exact", "GBP", "", "", false}}},
		{"plural scale word", "They ordered two hundred dozens and three billions.",
			[]num{{"two hundred dozens", 2400, 0, "exact", "", "", "", false}, {"three billions", 3e9, 0, "exact", "", "", "", false}}},
		{"a year then a vague multiple", "In 1998 hundreds of people fled.",
			[]num{{"hundreds of", 100, 0, "vague", "", "people", "people", false}}},
		{"negative in words", "The balance was negative five hundred and four.",
			[]num{{"negative five hundred and four", -504, 0, "exact", "", "", "", false}}},
		{"currency sign after the number", "It costs 10$.",
			[]num{{"10$", 10, 0, "exact", "USD", "", "", false}}},
		{"m before a count is million", "About 1.5m people live there.",
			[]num{{"About 1.5m", 1.5e6, 0, "about", "", "people", "people", false}}},
		{"m alone is metres", "The wall is 5m high.",
			[]num{{"5m", 5, 0, "exact", "m", "", "", false}}},
		{"elided noun from the first count", "It employs 1,500 staff across 20 countries, up from 1,200.",
			[]num{{"1,500", 1500, 0, "exact", "", "staff", "staff", false}, {"20", 20, 0, "exact", "", "countries", "countries", false},
				{"1,200", 1200, 0, "exact", "", "staff", "staff", false}}},
		{"glued scale", "Investors lost 3bn.",
			[]num{{"3bn", 3e9, 0, "exact", "", "", "", false}}},
		{"negative number with a Unicode minus", "The index closed at −3.5 percent.",
			[]num{{"−3.5 percent", -3.5, 0, "exact", "percent", "", "", false}}},
		{"no-break space before the unit", "Sales rose 40\u00a0percent.",
			[]num{{"40\u00a0percent", 40, 0, "exact", "percent", "", "", false}}},
		{"digits grouped by thin spaces", "The population is 1\u202f414\u202f021\u202f100.",
			[]num{{"1\u202f414\u202f021\u202f100", 1414021100, 0, "exact", "", "", "", false}}},

		// Units.
		{"percent sign", "Unemployment rose 4.5% last year.",
			[]num{{"4.5%", 4.5, 0, "exact", "percent", "", "", false}}},
		{"per cent", "Turnout was 61 per cent.",
			[]num{{"61 per cent", 61, 0, "exact", "percent", "", "", false}}},
		{"money: $40bn", "The deal is worth $40bn.",
			[]num{{"$40bn", 40e9, 0, "exact", "USD", "", "", false}}},
		{"money: €1.2m", "The club paid €1.2m.",
			[]num{{"€1.2m", 1.2e6, 0, "exact", "EUR", "", "", false}}},
		{"money: pounds sign", "He left £300,000 to charity.",
			[]num{{"£300,000", 300000, 0, "exact", "GBP", "", "", false}}},
		{"money: currency word", "It received 2.5 billion dollars.",
			[]num{{"2.5 billion dollars", 2.5e9, 0, "exact", "USD", "", "", false}}},
		{"money: yen sign with a scale word", "The bank injected ¥1 trillion.",
			[]num{{"¥1 trillion", 1e12, 0, "exact", "JPY", "", "", false}}},
		{"money: euros after the number", "The fine was 300 euros.",
			[]num{{"300 euros", 300, 0, "exact", "EUR", "", "", false}}},
		{"money: upwards of", "It raised upwards of $2 million.",
			[]num{{"upwards of $2 million", 2e6, 0, "more_than", "USD", "", "", false}}},
		{"money: rupees", "The fine was 500 rupees.",
			[]num{{"500 rupees", 500, 0, "exact", "INR", "", "", false}}},
		{"money: US$", "Apple sold it for US$399.",
			[]num{{"US$399", 399, 0, "exact", "USD", "", "", false}}},
		{"money: vague billions of dollars", "Billions of dollars were lost.",
			[]num{{"Billions of dollars", 1e9, 0, "vague", "USD", "", "", false}}},
		{"money: cents in the major unit", "Earnings were 29 cents a share.",
			[]num{{"29 cents", 0.29, 0, "exact", "USD", "", "", false}}},
		{"money: dlrs before the number", "A reward of up to dlrs 2 million.",
			[]num{{"up to dlrs 2 million", 2e6, 0, "at_most", "USD", "", "", false}}},
		{"money: within", "It is within $100 million of its goal.",
			[]num{{"within $100 million", 1e8, 0, "at_most", "USD", "", "", false}}},
		{"money: a fraction after a whole number", "The notes pay 12 3/4%.",
			[]num{{"12 3/4%", 12.75, 0, "exact", "percent", "", "", false}}},
		{"weight: pounds of", "They sent 500 pounds of medical supplies.",
			[]num{{"500 pounds", 500, 0, "exact", "lb", "", "", false}}},
		{"points", "The Nikkei lost 486.18 points.",
			[]num{{"486.18 points", 486.18, 0, "exact", "point", "", "", false}}},
		{"glued unit: 8,000-point", "It fell below the 8,000-point level.",
			[]num{{"8,000-point", 8000, 0, "exact", "point", "", "", false}}},
		{"glued unit: two-percent", "A more modest two-percent decline.",
			[]num{{"two-percent", 2, 0, "exact", "percent", "", "", false}}},
		{"percentage points", "Rates rose 5 percentage points.",
			[]num{{"5 percentage points", 5, 0, "exact", "pp", "", "", false}}},
		{"a half dozen", "It runs lotteries in a half dozen states.",
			[]num{{"a half dozen", 6, 0, "exact", "", "states", "states", false}}},
		{"measure: km glued", "The convoy drove 500km.",
			[]num{{"500km", 500, 0, "exact", "km", "", "", false}}},
		{"measure: glued Celsius", "It was 35C in Athens.",
			[]num{{"35C", 35, 0, "exact", "celsius", "", "", false}}},
		{"percent: pc", "Prices rose 15pc.",
			[]num{{"15pc", 15, 0, "exact", "percent", "", "", false}}},
		{"measure: tonnes", "The ship carried 20 tonnes of aid.",
			[]num{{"20 tonnes", 20, 0, "exact", "t", "", "", false}}},
		{"measure: hectares", "Fire destroyed 3,000 hectares.",
			[]num{{"3,000 hectares", 3000, 0, "exact", "ha", "", "", false}}},

		// Ordinals are left out by default (see TestNumbersOrdinals).
		{"ordinals are left out", "It was the third attack this year.", nil},
		{"age in apposition", "Barra, 51, will lead the firm.", nil},
		{"age after aged", "Jobs dies aged 56.", nil},
		{"fraction: one-third", "Revenue shrank by more than one-third.", nil},
		{"ratio: one out of", "About one out of every 200 customers called.",
			[]num{{"200", 200, 0, "exact", "", "customers", "customers", false}}},
		{"model number known from a name elsewhere", "Boeing 787 flew. The 787 is light.", nil},
		{"half a percent", "The index gained half a percent.",
			[]num{{"half a percent", 0.5, 0, "exact", "percent", "", "", false}}},
		{"and a half with a scale", "Two and a half million people voted.",
			[]num{{"Two and a half million", 2.5e6, 0, "exact", "", "people", "people", false}}},
		{"time noun after a temporal determiner", "Claims rose 15,000 last week.",
			[]num{{"15,000", 15000, 0, "exact", "", "", "", false}}},
		{"currency said twice", "It lost a net $5.9 billion dollars.",
			[]num{{"$5.9 billion dollars", 5.9e9, 0, "exact", "USD", "", "", false}}},
		{"ordinal in a name", "He joined First Security Corp. in May.", nil},
		{"adverbial first is no number", "Police first reported the clash at dawn.", nil},

		// Not counts.
		{"year after in", "Kosovo declared independence in 2008.", nil},
		{"year before a capitalised plural", "Sydney hosts the 2000 Olympics.", nil},
		{"year after the, before a plural", "Turnout in the 2024 elections was high.", nil},
		{"year before a noun", "Serbia rejects its 2008 declaration.", nil},
		{"date: month day, year", "Clashes broke out on Tuesday, May 30, 2023.", nil},
		{"date: day month", "The vote is on 30 May.", nil},
		{"date: abbreviated month split by the tokeniser", "It ended on Sept. 27, 1989.", nil},
		{"date: two days of one month", "The summit is on April 24 and 25.", nil},
		{"age after a mis-tagged name", "Slepian, 52, an obstetrician, was shot.", nil},
		{"date: ordinal day", "It opens on June 13th.", nil},
		{"clock time", "The blast happened at 10:30 and again at 5 p.m.", nil},
		{"duration: seasons", "Violence flared for the past three summers.", nil},
		{"duration: a year or two", "It could take a year or two.", nil},
		{"clock: in the morning", "They left at 4 in the morning.", nil},
		{"a count after 'last year'", "Last year 30 people died.",
			[]num{{"30", 30, 0, "exact", "", "people", "people", false}}},
		{"year read as words after year", "Computers may fail in the year two thousand.", nil},
		{"duration", "The siege lasted three days.", nil},
		{"age: year-old", "A 20-year-old man was arrested.", nil},
		{"name: Boeing 747", "Boeing 747 jets are ageing.", nil},
		{"name: G7", "The G7 met in Rome.", nil},
		{"name: COVID-19", "COVID-19 spread fast.", nil},
		{"name: dashed model after a name", "The Boeing 737-800 has the best record.", nil},
		{"name: dashed model known from the article", "Boeing 737 jets fly. The planes come from the 737-800 range.", nil},
		{"a count before a name and a plural", "There are 500 Apple engineers there.",
			[]num{{"500", 500, 0, "exact", "", "Apple engineers", "engineers", false}}},
		{"model before an invariant noun", "Ryanair flies Boeing 737s and bought five new 737 aircraft.",
			[]num{{"five", 5, 0, "exact", "", "new 737 aircraft", "aircraft", false}}},
		{"name: 3G", "Apple launches 3G iPhone.", nil},
		{"model known from a plural name", "Ryanair bought five Boeing 737s. The 737 is cheap.",
			[]num{{"five", 5, 0, "exact", "", "Boeing 737s", "737s", false}}},
		{"name: A320", "Airbus delivered the A320 late.", nil},
		{"name: stock index", "The FTSE 100 fell.", nil},
		{"name: possessive model", "Airbus took the title from Boeing's 747.", nil},
		{"a level is no model", "The index fell below the 5000 mark.",
			[]num{{"5000", 5000, 0, "exact", "", "", "", false}}},
		{"Penn Treebank pound sign", "Sales fell to #722 million.",
			[]num{{"#722 million", 722e6, 0, "exact", "GBP", "", "", false}}},
		{"rank with a hash", "It is the #1 seller.", nil},
		{"name: model before a singular noun", "Boeing pushes back its 737 replacement.", nil},
		{"duration with and a half", "The jet is almost two and a half years late.", nil},
		{"range of years", "Deliveries run between 2014 and 2016.", nil},
		{"one-time is no count", "It took one-time losses.", nil},
		{"a year read aloud", "It happened in nineteen ninety-four.", nil},
		{"ratio: one in five", "One in five voters stayed home.", nil},
		{"ratio: digits", "Officials said 1 in 4 children were malnourished.", nil},
		{"ages coordinated", "Police arrested two men, aged 19 and 21.",
			[]num{{"two", 2, 0, "exact", "", "men", "men", false}}},
		{"name: Group of Seven", "Ministers of the Group of Seven met.", nil},
		{"clock time with a leading zero", "The raid began at 0800.", nil},
		{"one in an idiom", "At one point the index fell.", nil},
		{"section number", "Under section 12 of the law, he can appeal.", nil},
		{"dotted section number", "See clause 3.2.1 of the treaty.", nil},
		{"phone number", "Call 555-1234 for details.", nil},
		{"international phone number", "Call +44 20 7946 0958 now.", nil},
		{"score", "They won 3-1 at home.", nil},
		{"vote tally", "The council voted 84 to 31 on Monday.", nil},
		{"ratio with words glued", "It passed by a 2-to-1 vote.", nil},
		{"one as a pronoun", "One of them said no one came.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runNumbers(t, tc.text)
			var gs []num
			for _, n := range got {
				gs = append(gs, fromFact(n))
			}
			if fmt.Sprint(gs) != fmt.Sprint(tc.want) {
				t.Errorf("%s\n got: %v\nwant: %v", tc.text, gs, tc.want)
			}
		})
	}
}

// runOrdinals runs the steps of the pipeline that numbers need (parse,
// reference date, dates) and the numbers extractor with ordinals kept.
func runOrdinals(t *testing.T, text string) []facts.Number {
	t.Helper()
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := &article.Article{Doc: d}
	c.Ref, c.HasRef = dates.ReferenceDate(d)
	return numbers.ExtractOrdinals(c, dates.Extract(c))
}

// TestNumbersOrdinals checks the ordinals that keepOrdinals turns on.
func TestNumbersOrdinals(t *testing.T) {
	tests := []struct {
		name, text string
		want       []num
	}{
		{"ordinal word", "It was the third attack this year.",
			[]num{{"third", 3, 0, "exact", "", "attack", "attack", true}}},
		{"ordinal digits", "The 21st Battalion moved north.",
			[]num{{"21st", 21, 0, "exact", "", "Battalion", "Battalion", true}}},
		{"adverbial first is no number", "Police first reported the clash at dawn.", nil},
		{"ordinal in a name", "He joined First Security Corp. in May.", nil},
		{"ordinal day of a date", "It opens on June 13th.", nil},
		{"ordinal century", "The 21st century began.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var gs []num
			for _, n := range runOrdinals(t, tc.text) {
				gs = append(gs, fromFact(n))
			}
			if fmt.Sprint(gs) != fmt.Sprint(tc.want) {
				t.Errorf("%s\n got: %v\nwant: %v", tc.text, gs, tc.want)
			}
		})
	}
}

// TestNumbersSkipDates checks that a number inside a span of the dates
// extractor is left out even when no rule of ours would drop it.
func TestNumbersSkipDates(t *testing.T) {
	text := "The talks ended after 12 rounds."
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := &article.Article{Doc: d}
	if got := numbers.Extract(c, nil); len(got) != 1 {
		t.Fatalf("without dates: got %v, want one number", got)
	}
	i := strings.Index(text, "12")
	ds := []facts.Date{{Span: c.Span(i, i+len("12 rounds"))}}
	if got := numbers.Extract(c, ds); len(got) != 0 {
		t.Errorf("inside a date span: got %v, want none", got)
	}
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{
		"Eleven Italian and 19 Hungarian soldiers", "between $12 million and $20 million",
		"US$300 to 350 million", "1\u202f234\u202f567.89", "−5%", "HK$10bn", "10-20-30", "+44 20 7946",
		"half a", "a dozen", "twenty-", "3.2.1", "hundreds of of", "$", "1,2,3", "9999999999999999999999e9",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8Valid(text) {
			t.Skip()
		}
		for _, n := range runNumbers(t, text) {
			if n.Start < 0 || n.End > len(text) || n.Start >= n.End || text[n.Start:n.End] != n.Text {
				t.Fatalf("bad span %+v in %q", n.Span, text)
			}
			if n.ValueMax != nil && *n.ValueMax < n.Value {
				t.Fatalf("range %v > %v in %q", n.Value, *n.ValueMax, text)
			}
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// BenchmarkNumbers is the numbers extractor alone (no parsing) on the
// TempEval-3 corpus.
func BenchmarkNumbers(b *testing.B) {
	articletest.Bench(b, doc.Options{}, func(*article.Article) []facts.Date { return nil },
		func(c *article.Article, ds []facts.Date) { numbers.Extract(c, ds) })
}

// oldShouting is shouting before its ASCII fast path.
func oldShouting(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	return upper > 3*lower
}

func FuzzShouting(f *testing.F) {
	for _, s := range []string{"", "NATO GROWS TO EMBRACE 3 FORMER ENEMIES", "Zürich ÜBER ALLES", "ÉÉÉÉ e", "a\xffB\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := numbers.Shouting(s), oldShouting(s); got != want {
			t.Fatalf("numbers.Shouting(%q) = %v, want %v", s, got, want)
		}
	})
}
