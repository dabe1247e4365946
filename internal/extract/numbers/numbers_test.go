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
	"github.com/newsfacts/newsfacts/internal/extract/numbers"
	"github.com/newsfacts/newsfacts/internal/facts"
)

// num is an expected number; per is the denominator of a rate.
type num struct {
	text      string
	value     float64
	max       float64 // 0: no range
	qualifier string
	unit      string
	counted   string
	head      string
	per       string
}

func (n num) String() string {
	return fmt.Sprintf("%q %v-%v %s %s counted=%q head=%q per=%q", n.text, n.value, n.max,
		n.qualifier, n.unit, n.counted, n.head, n.per)
}

func fromFact(n facts.Number) num {
	out := num{text: n.Text, value: n.Value, qualifier: n.Qualifier, unit: n.Unit,
		counted: n.Counted, head: n.CountedHead, per: n.Per}
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
			[]num{{"hundreds of", 100, 0, "vague", "", "troops", "troops", ""}}},
		{"count after a determiner adjective", "The deployment of an additional 700 troops in Kosovo.",
			[]num{{"700", 700, 0, "exact", "", "troops", "troops", ""}}},
		{"at least with a proper-noun modifier", "His remarks came after at least 30 NATO soldiers were injured.",
			[]num{{"at least 30", 30, 0, "at_least", "", "NATO soldiers", "soldiers", ""}}},
		{"coordination shares the head", "Eleven Italian and 19 Hungarian soldiers sustained injuries.",
			[]num{{"Eleven", 11, 0, "exact", "", "Italian soldiers", "soldiers", ""},
				{"19", 19, 0, "exact", "", "Hungarian soldiers", "soldiers", ""}}},
		{"coordination of bare numbers", "Police arrested four and then 12 protesters.",
			[]num{{"four", 4, 0, "exact", "", "", "", ""}, {"12", 12, 0, "exact", "", "protesters", "protesters", ""}}},
		{"nationality adjective", "Three Hungarian soldiers were also wounded by firearms.",
			[]num{{"Three", 3, 0, "exact", "", "Hungarian soldiers", "soldiers", ""}}},
		{"more than", "Meanwhile, more than 53 civilians were injured.",
			[]num{{"more than 53", 53, 0, "more_than", "", "civilians", "civilians", ""}}},
		{"partitive of: 30 of the injured", "Doctors said 30 of the injured were in a serious condition.",
			[]num{{"30", 30, 0, "exact", "", "injured", "injured", ""}}},
		{"plural noun compound", "Police detained dozens of human rights activists.",
			[]num{{"dozens of", 12, 0, "vague", "", "human rights activists", "activists", ""}}},
		{"elided noun after including", "They said 200 planes, including 79 on the carrier, were ready.",
			[]num{{"200", 200, 0, "exact", "", "planes", "planes", ""}, {"79", 79, 0, "exact", "", "planes", "planes", ""}}},
		{"a day name before a count", "Officials said on Tuesday 30 people died.",
			[]num{{"30", 30, 0, "exact", "", "people", "people", ""}}},
		{"noun compound", "Two bomb attacks hit the city.",
			[]num{{"Two", 2, 0, "exact", "", "bomb attacks", "attacks", ""}}},
		{"possessor after of", "Later, two of Elian's Miami cousins sought support.",
			[]num{{"two", 2, 0, "exact", "", "Miami cousins", "cousins", ""}}},
		{"a day name ends the phrase", "Volume was 443.6 million Thursday.",
			[]num{{"443.6 million", 443.6e6, 0, "exact", "", "", "", ""}}},
		{"pronoun number counts nothing", "The 19 were taken to hospital.",
			[]num{{"19", 19, 0, "exact", "", "", "", ""}}},

		// Qualifiers.
		{"no fewer than", "No fewer than 12 ministers resigned.",
			[]num{{"No fewer than 12", 12, 0, "at_least", "", "ministers", "ministers", ""}}},
		{"over", "Over 200 people attended.",
			[]num{{"Over 200", 200, 0, "more_than", "", "people", "people", ""}}},
		{"up to", "The plane can carry up to 60 passengers.",
			[]num{{"up to 60", 60, 0, "at_most", "", "passengers", "passengers", ""}}},
		{"fewer than", "Fewer than 10 shops opened.",
			[]num{{"Fewer than 10", 10, 0, "less_than", "", "shops", "shops", ""}}},
		{"about", "About 5,000 workers went on strike.",
			[]num{{"About 5,000", 5000, 0, "about", "", "workers", "workers", ""}}},
		{"an estimated", "An estimated 40,000 people fled.",
			[]num{{"An estimated 40,000", 40000, 0, "about", "", "people", "people", ""}}},
		{"post qualifier or more", "They questioned 20 or more witnesses.",
			[]num{{"20 or more", 20, 0, "at_least", "", "witnesses", "witnesses", ""}}},
		{"post qualifier or fewer", "Groups of 10 or fewer people may meet.",
			[]num{{"10 or fewer", 10, 0, "at_most", "", "people", "people", ""}}},
		{"unit stated once for two numbers", "Sales rose 166.5 and 93.3 percent respectively.",
			[]num{{"166.5", 166.5, 0, "exact", "percent", "", "", ""}, {"93.3 percent", 93.3, 0, "exact", "percent", "", "", ""}}},
		{"range between X and Y", "The jet seats between 210 and 250 passengers.",
			[]num{{"between 210 and 250", 210, 250, "range", "", "passengers", "passengers", ""}}},
		{"range with a dash", "The plant employs 10-20 engineers.",
			[]num{{"10-20", 10, 20, "range", "", "engineers", "engineers", ""}}},
		{"range with to", "It will seat 200 to 300 people.",
			[]num{{"200 to 300", 200, 300, "range", "", "people", "people", ""}}},
		{"range takes the scale of its end, a rate its denominator", "Contracts provide US$300 to 350 million a year.",
			[]num{{"US$300 to 350 million a year", 300e6, 350e6, "range", "USD", "", "", "yr"}}},
		{"from X to Y is a range", "Prices rose from $100,000 to $250,000.",
			[]num{{"from $100,000 to $250,000", 100000, 250000, "range", "USD", "", "", ""}}},
		{"from X noun to Y is two numbers sharing the noun", "NATO grew from 16 members to 19.",
			[]num{{"16", 16, 0, "exact", "", "members", "members", ""}, {"19", 19, 0, "exact", "", "members", "members", ""}}},
		{"elided noun restored from a parallel phrase", "The blasts killed 200 people and wounded over 5,000.",
			[]num{{"200", 200, 0, "exact", "", "people", "people", ""}, {"over 5,000", 5000, 0, "more_than", "", "people", "people", ""}}},
		{"elided noun from the count a verb governs", "It killed 259 people on the plane and 11 on the ground.",
			[]num{{"259", 259, 0, "exact", "", "people", "people", ""}, {"11", 11, 0, "exact", "", "people", "people", ""}}},
		{"no noun lent across a label", "Total dead: 10 Americans. Injured: 74.",
			[]num{{"10", 10, 0, "exact", "", "Americans", "Americans", ""}, {"74", 74, 0, "exact", "", "", "", ""}}},
		{"five digits without a separator are a code", "It has more transistors than the 80386.", nil},
		{"one of the three countries", "Hungary is one of the three countries.",
			[]num{{"one", 1, 0, "exact", "", "countries", "countries", ""}, {"three", 3, 0, "exact", "", "countries", "countries", ""}}},
		{"title-case headline", "NATO Adds Three New Members",
			[]num{{"Three", 3, 0, "exact", "", "New Members", "Members", ""}}},
		{"words in capitals", "Police said FIVE SOLDIERS died.",
			[]num{{"FIVE", 5, 0, "exact", "", "SOLDIERS", "SOLDIERS", ""}}},
		{"all-caps headline", "NATO GROWS TO EMBRACE 3 FORMER ENEMIES",
			[]num{{"3", 3, 0, "exact", "", "FORMER ENEMIES", "ENEMIES", ""}}},
		{"plural model name counted", "Air Canada ordered 18 777s.",
			[]num{{"18", 18, 0, "exact", "", "777s", "777s", ""}}},
		{"a dash range after a verb of change", "Prices rose 5-10% this year.",
			[]num{{"5-10%", 5, 10, "range", "percent", "", "", ""}}},
		{"to after a verb of change is no range", "Compaq shares fell $1.625 to $108.625.",
			[]num{{"$1.625", 1.625, 0, "exact", "USD", "", "", ""}, {"$108.625", 108.625, 0, "exact", "USD", "", "", ""}}},
		{"a name after the counted noun ends it", "One senior official Monday described the plan.",
			[]num{{"One", 1, 0, "exact", "", "senior official", "official", ""}}},
		{"a level after a percentage is no range", "The index tumbled 5.39, or 1.2% to 452.76 on Friday.",
			[]num{{"5.39", 5.39, 0, "exact", "", "", "", ""}, {"1.2%", 1.2, 0, "exact", "percent", "", "", ""}, {"452.76", 452.76, 0, "exact", "", "", "", ""}}},
		{"money range with the sign once", "It offers a US$3,000 to 5,000 incentive.",
			[]num{{"US$3,000 to 5,000", 3000, 5000, "range", "USD", "", "", ""}}},
		{"weight after weighs", "He weighs 150 to 175 pounds.",
			[]num{{"150 to 175 pounds", 150, 175, "range", "lb", "", "", ""}}},
		{"vague: tens of thousands", "Tens of thousands of people marched.",
			[]num{{"Tens of thousands of", 10000, 0, "vague", "", "people", "people", ""}}},
		{"vague: dozens without of", "Dozens were arrested.",
			[]num{{"Dozens", 12, 0, "vague", "", "", "", ""}}},

		// Forms of the number itself.
		{"thousands separators and decimals", "It sold 1,200,000 copies at 9.99 each.",
			[]num{{"1,200,000", 1200000, 0, "exact", "", "copies", "copies", ""}, {"9.99", 9.99, 0, "exact", "", "", "", ""}}},
		{"hyphenated word number", "Twenty-one people died.",
			[]num{{"Twenty-one", 21, 0, "exact", "", "people", "people", ""}}},
		{"a dozen", "A dozen cars burned.",
			[]num{{"A dozen", 12, 0, "exact", "", "cars", "cars", ""}}},
		{"half a million", "Half a million people live there.",
			[]num{{"Half a million", 500000, 0, "exact", "", "people", "people", ""}}},
		{"a quarter million", "A quarter million people fled.",
			[]num{{"A quarter million", 250000, 0, "exact", "", "people", "people", ""}}},
		{"one hundred and five", "One hundred and five houses were destroyed.",
			[]num{{"One hundred and five", 105, 0, "exact", "", "houses", "houses", ""}}},
		{"scaled digits", "The country has 2.5 million voters.",
			[]num{{"2.5 million", 2.5e6, 0, "exact", "", "voters", "voters", ""}}},
		{"decimal read aloud", "A one point six billion dollar plan.",
			[]num{{"one point six billion dollar", 1.6e9, 0, "exact", "USD", "", "", ""}}},
		{"no binary noise after scaling", "Net rose to $525.8 million, or 17.3 pence a share.",
			[]num{{"$525.8 million", 525.8e6, 0, "exact", "USD", "", "", ""}, {"17.3 pence a share", 0.173, 0, "exact", "GBP", "", "", "share"}}},
		{"plural scale word", "They ordered two hundred dozens and three billions.",
			[]num{{"two hundred dozens", 2400, 0, "exact", "", "", "", ""}, {"three billions", 3e9, 0, "exact", "", "", "", ""}}},
		{"a year then a vague multiple", "In 1998 hundreds of people fled.",
			[]num{{"hundreds of", 100, 0, "vague", "", "people", "people", ""}}},
		{"negative in words", "The balance was negative five hundred and four.",
			[]num{{"negative five hundred and four", -504, 0, "exact", "", "", "", ""}}},
		{"currency sign after the number", "It costs 10$.",
			[]num{{"10$", 10, 0, "exact", "USD", "", "", ""}}},
		{"m before a count is million", "About 1.5m people live there.",
			[]num{{"About 1.5m", 1.5e6, 0, "about", "", "people", "people", ""}}},
		{"m alone is metres", "The wall is 5m high.",
			[]num{{"5m", 5, 0, "exact", "m", "", "", ""}}},
		{"elided noun from the first count", "It employs 1,500 staff across 20 countries, up from 1,200.",
			[]num{{"1,500", 1500, 0, "exact", "", "staff", "staff", ""}, {"20", 20, 0, "exact", "", "countries", "countries", ""},
				{"1,200", 1200, 0, "exact", "", "staff", "staff", ""}}},
		{"glued scale", "Investors lost 3bn.",
			[]num{{"3bn", 3e9, 0, "exact", "", "", "", ""}}},
		{"negative number with a Unicode minus", "The index closed at −3.5 percent.",
			[]num{{"−3.5 percent", -3.5, 0, "exact", "percent", "", "", ""}}},
		{"no-break space before the unit", "Sales rose 40\u00a0percent.",
			[]num{{"40\u00a0percent", 40, 0, "exact", "percent", "", "", ""}}},
		{"digits grouped by thin spaces", "The population is 1\u202f414\u202f021\u202f100.",
			[]num{{"1\u202f414\u202f021\u202f100", 1414021100, 0, "exact", "", "", "", ""}}},

		// Units.
		{"percent sign", "Unemployment rose 4.5% last year.",
			[]num{{"4.5%", 4.5, 0, "exact", "percent", "", "", ""}}},
		{"per cent", "Turnout was 61 per cent.",
			[]num{{"61 per cent", 61, 0, "exact", "percent", "", "", ""}}},
		{"money: $40bn", "The deal is worth $40bn.",
			[]num{{"$40bn", 40e9, 0, "exact", "USD", "", "", ""}}},
		{"money: €1.2m", "The club paid €1.2m.",
			[]num{{"€1.2m", 1.2e6, 0, "exact", "EUR", "", "", ""}}},
		{"money: pounds sign", "He left £300,000 to charity.",
			[]num{{"£300,000", 300000, 0, "exact", "GBP", "", "", ""}}},
		{"money: currency word", "It received 2.5 billion dollars.",
			[]num{{"2.5 billion dollars", 2.5e9, 0, "exact", "USD", "", "", ""}}},
		{"money: yen sign with a scale word", "The bank injected ¥1 trillion.",
			[]num{{"¥1 trillion", 1e12, 0, "exact", "JPY", "", "", ""}}},
		{"money: euros after the number", "The fine was 300 euros.",
			[]num{{"300 euros", 300, 0, "exact", "EUR", "", "", ""}}},
		{"money: upwards of", "It raised upwards of $2 million.",
			[]num{{"upwards of $2 million", 2e6, 0, "more_than", "USD", "", "", ""}}},
		{"money: rupees", "The fine was 500 rupees.",
			[]num{{"500 rupees", 500, 0, "exact", "INR", "", "", ""}}},
		{"money: US$", "Apple sold it for US$399.",
			[]num{{"US$399", 399, 0, "exact", "USD", "", "", ""}}},
		{"money: the dollar named after the sign ($US, $A)", "Revenue hit $US12.5 million and $A20.",
			[]num{{"$US12.5 million", 12.5e6, 0, "exact", "USD", "", "", ""}, {"$A20", 20, 0, "exact", "AUD", "", "", ""}}},
		{"money: the dollar's letters as a token of their own", "The firm lost $US 3 million.",
			[]num{{"$US 3 million", 3e6, 0, "exact", "USD", "", "", ""}}},
		{"money: a capital B or M after a sum is its scale", "It paid $3 B, then $2 M more.",
			[]num{{"$3 B", 3e9, 0, "exact", "USD", "", "", ""}, {"$2 M", 2e6, 0, "exact", "USD", "", "", ""}}},
		{"money: a capital B after a bare number is no scale", "He bought 3 B shares.",
			[]num{{"3", 3, 0, "exact", "", "B shares", "shares", ""}}},
		{"money: capitals after a sign that name no dollar", "It cost $5 after USA3 rules.",
			[]num{{"$5", 5, 0, "exact", "USD", "", "", ""}}},
		{"money: vague billions of dollars", "Billions of dollars were lost.",
			[]num{{"Billions of dollars", 1e9, 0, "vague", "USD", "", "", ""}}},
		{"money: cents in the major unit", "Earnings were 29 cents a share.",
			[]num{{"29 cents a share", 0.29, 0, "exact", "USD", "", "", "share"}}},
		{"money: dlrs before the number", "A reward of up to dlrs 2 million.",
			[]num{{"up to dlrs 2 million", 2e6, 0, "at_most", "USD", "", "", ""}}},
		{"money: within", "It is within $100 million of its goal.",
			[]num{{"within $100 million", 1e8, 0, "at_most", "USD", "", "", ""}}},
		{"money: a fraction after a whole number", "The notes pay 12 3/4%.",
			[]num{{"12 3/4%", 12.75, 0, "exact", "percent", "", "", ""}}},
		{"weight: pounds of", "They sent 500 pounds of medical supplies.",
			[]num{{"500 pounds", 500, 0, "exact", "lb", "", "", ""}}},
		{"points", "The Nikkei lost 486.18 points.",
			[]num{{"486.18 points", 486.18, 0, "exact", "point", "", "", ""}}},
		{"glued unit: 8,000-point", "It fell below the 8,000-point level.",
			[]num{{"8,000-point", 8000, 0, "exact", "point", "", "", ""}}},
		{"glued unit: two-percent", "A more modest two-percent decline.",
			[]num{{"two-percent", 2, 0, "exact", "percent", "", "", ""}}},
		{"percentage points", "Rates rose 5 percentage points.",
			[]num{{"5 percentage points", 5, 0, "exact", "pp", "", "", ""}}},
		{"a half dozen", "It runs lotteries in a half dozen states.",
			[]num{{"a half dozen", 6, 0, "exact", "", "states", "states", ""}}},
		{"measure: km glued", "The convoy drove 500km.",
			[]num{{"500km", 500, 0, "exact", "km", "", "", ""}}},
		{"measure: glued Celsius", "It was 35C in Athens.",
			[]num{{"35C", 35, 0, "exact", "celsius", "", "", ""}}},
		{"percent: pc", "Prices rose 15pc.",
			[]num{{"15pc", 15, 0, "exact", "percent", "", "", ""}}},
		{"measure: tonnes", "The ship carried 20 tonnes of aid.",
			[]num{{"20 tonnes", 20, 0, "exact", "t", "", "", ""}}},
		{"measure: hectares", "Fire destroyed 3,000 hectares.",
			[]num{{"3,000 hectares", 3000, 0, "exact", "ha", "", "", ""}}},

		// Ordinals are left out by default (see TestNumbersOrdinals).
		{"ordinals are left out", "It was the third attack this year.", nil},
		{"age in apposition counts the name", "Barra, 51, will lead the firm.",
			[]num{{"51", 51, 0, "exact", "age_yr", "Barra", "Barra", ""}}},
		{"age after aged", "Jobs dies aged 56.",
			[]num{{"56", 56, 0, "exact", "age_yr", "", "", ""}}},
		{"proportion: one-third", "Revenue shrank by more than one-third.",
			[]num{{"more than one-third", 0.333333333333, 0, "more_than", "fraction", "", "", ""}}},
		{"ratio: one out of", "About one out of every 200 customers called.",
			[]num{{"200", 200, 0, "exact", "", "customers", "customers", ""}}},
		{"model number known from a name elsewhere", "Boeing 787 flew. The 787 is light.", nil},
		{"half a percent", "The index gained half a percent.",
			[]num{{"half a percent", 0.5, 0, "exact", "percent", "", "", ""}}},
		{"and a half with a scale", "Two and a half million people voted.",
			[]num{{"Two and a half million", 2.5e6, 0, "exact", "", "people", "people", ""}}},
		{"time noun after a temporal determiner", "Claims rose 15,000 last week.",
			[]num{{"15,000", 15000, 0, "exact", "", "", "", ""}}},
		{"currency said twice", "It lost a net $5.9 billion dollars.",
			[]num{{"$5.9 billion dollars", 5.9e9, 0, "exact", "USD", "", "", ""}}},
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
		{"age after a mis-tagged name", "Slepian, 52, an obstetrician, was shot.",
			[]num{{"52", 52, 0, "exact", "age_yr", "Slepian", "Slepian", ""}}},
		{"date: ordinal day", "It opens on June 13th.", nil},
		{"clock time", "The blast happened at 10:30 and again at 5 p.m.", nil},
		{"duration: seasons", "Violence flared for the past three summers.", nil},
		{"duration: a year or two", "It could take a year or two.", nil},
		{"clock: in the morning", "They left at 4 in the morning.", nil},
		{"a count after 'last year'", "Last year 30 people died.",
			[]num{{"30", 30, 0, "exact", "", "people", "people", ""}}},
		{"year read as words after year", "Computers may fail in the year two thousand.", nil},
		// Units of the generated lexicon (package units).
		{"unit: battery charge glued", "The phone has a 5000mAh battery.",
			[]num{{"5000mAh", 5000, 0, "exact", "mAh", "", "", ""}}},
		{"unit: horsepower word", "The engine makes 300 horsepower.",
			[]num{{"300 horsepower", 300, 0, "exact", "hp", "", "", ""}}},
		{"unit: torque", "It delivers 400 lb-ft of torque.",
			[]num{{"400 lb-ft", 400, 0, "exact", "lb-ft", "", "", ""}}},
		{"unit: square feet", "The flat has 850 sq ft of space.",
			[]num{{"850 sq ft", 850, 0, "exact", "ft2", "", "", ""}}},
		{"currency: ringgit sign glued", "A meal costs RM4.80 in Kuala Lumpur.",
			[]num{{"RM4.80", 4.8, 0, "exact", "MYR", "", "", ""}}},
		{"currency: minor unit sen", "The fare rose by 25 sen.",
			[]num{{"25 sen", 0.25, 0, "exact", "MYR", "", "", ""}}},
		{"currency: M before a code is million", "The client estimates an increase to 120 MEUR.",
			[]num{{"120 MEUR", 120e6, 0, "exact", "EUR", "", "", ""}}},
		{"currency: code then scale", "They lost 75 USD million in three years.",
			[]num{{"75 USD million", 75e6, 0, "exact", "USD", "", "", ""}, {"three years", 3, 0, "exact", "yr", "", "", ""}}},
		{"money compound: dollars and cents", "It only cost 3 dollars 50 cents.",
			[]num{{"3 dollars 50 cents", 3.5, 0, "exact", "USD", "", "", ""}}},
		{"money compound: cents unsaid", "It costs 15 dollars and 50.",
			[]num{{"15 dollars and 50", 15.5, 0, "exact", "USD", "", "", ""}}},
		{"money and a count are two numbers", "He paid $5 and 20 people came.",
			[]num{{"$5", 5, 0, "exact", "USD", "", "", ""}, {"20", 20, 0, "exact", "", "people", "people", ""}}},
		{"measure compound: feet and inches", "He is 5 feet 2 inches tall.",
			[]num{{"5 feet 2 inches", 5.16666666667, 0, "exact", "ft", "", "", ""}}},
		{"unit in brackets", "The load weighs 20 (kg) in all.",
			[]num{{"20 (kg)", 20, 0, "exact", "kg", "", "", ""}}},
		{"unit in brackets, one token", "The weight is 20 {kg} in all.",
			[]num{{"20 {kg}", 20, 0, "exact", "kg", "", "", ""}}},
		{"tonnes glued", "The crane lifts 100t at most.",
			[]num{{"100t", 100, 0, "exact", "t", "", "", ""}}},
		{"fraction before a unit", "Add 1/2 cup of sugar.",
			[]num{{"1/2 cup", 0.5, 0, "exact", "cup", "", "", ""}}},
		{"vulgar fraction before a unit", "Add ½ teaspoon of salt.",
			[]num{{"½ teaspoon", 0.5, 0, "exact", "tsp", "", "", ""}}},
		{"pounds are weight where the sentence converts mass", "A metric ton is equal to 2,204.62 pounds.",
			[]num{{"2,204.62 pounds", 2204.62, 0, "exact", "lb", "", "", ""}}},
		// Coordination.
		{"or-alternatives share the unit", "A ticket costs six or seven dollars.",
			[]num{{"six or seven dollars", 6, 7, "range", "USD", "", "", ""}}},
		{"money or a count are two numbers", "He paid $5 or 10 people did.",
			[]num{{"$5", 5, 0, "exact", "USD", "", "", ""}, {"10", 10, 0, "exact", "", "people", "people", ""}}},
		{"respectively: two values, not a range", "They bid 30k or 45k for the houses, respectively.",
			[]num{{"30k", 30000, 0, "exact", "", "", "", ""}, {"45k", 45000, 0, "exact", "", "", "", ""}}},
		{"suspended hyphen shares the unit", "A 5- or 6-foot wall stood there.",
			[]num{{"5- or 6-foot", 5, 6, "range", "ft", "", "", ""}}},
		{"elided noun after a decimal with a scale", "Shipments rose to 5.1 million phones, up from 4.3 million.",
			[]num{{"5.1 million", 5.1e6, 0, "exact", "", "phones", "phones", ""}, {"4.3 million", 4.3e6, 0, "exact", "", "phones", "phones", ""}}},
		{"exchange rate", "The rate was 150 yen to the dollar.",
			[]num{{"150 yen to the dollar", 150, 0, "exact", "JPY", "", "", "USD"}}},
		// Number forms.
		{"form: leading decimal point", "He hit .250 in May.",
			[]num{{".250", 0.25, 0, "exact", "", "", "", ""}}},
		{"form: tilde is about", "The screen is ~3.5mm thick.",
			[]num{{"~3.5mm", 3.5, 0, "about", "mm", "", "", ""}}},
		{"form: minus glued by a hyphen", "It was minus-40 outside.",
			[]num{{"minus-40", -40, 0, "exact", "", "outside", "outside", ""}}},
		{"form: glued b after a decimal", "The deal is worth $7.9b in all.",
			[]num{{"$7.9b", 7.9e9, 0, "exact", "USD", "", "", ""}}},
		{"form: a capital B before a currency", "Revenue was 3 B dollars.",
			[]num{{"3 B dollars", 3e9, 0, "exact", "USD", "", "", ""}}},
		{"form: mil", "They paid $2mil for it.",
			[]num{{"$2mil", 2e6, 0, "exact", "USD", "", "", ""}}},
		{"form: scientific notation", "The mass is 1.2e6 kg.",
			[]num{{"1.2e6 kg", 1.2e6, 0, "exact", "kg", "", "", ""}}},
		{"form: an integer with e is a model, not scientific notation", "Its new design, the 7e7, flies later.", nil},
		{"form: scale glued to a unit", "He drove 2.5 million-mile trucks.",
			[]num{{"2.5 million-mile", 2.5e6, 0, "exact", "mi", "", "", ""}}},
		{"context: a five-digit count", "Tesla sold 31000 Model 3 cars.",
			[]num{{"31000", 31000, 0, "exact", "", "Model 3 cars", "cars", ""}}},
		{"money glued to a noun", "Fujitsu withdrew its one-yen bid.",
			[]num{{"one-yen", 1, 0, "exact", "JPY", "", "", ""}}},
		{"cents glued to a noun", "It will pay a 12-cent dividend.",
			[]num{{"12-cent", 0.12, 0, "exact", "USD", "", "", ""}}},
		{"currency: ISO code with a dollar sign", "The fee is NZD$15 a month.",
			[]num{{"NZD$15 a month", 15, 0, "exact", "NZD", "", "", "mo"}}},
		{"currency: a currency the euro replaced", "It paid 6.65 billion pesetas.",
			[]num{{"6.65 billion pesetas", 6.65e9, 0, "exact", "ESP", "", "", ""}}},
		// Rates keep their denominator.
		{"rate: money an hour", "He earns $21 an hour running a machine.",
			[]num{{"$21 an hour", 21, 0, "exact", "USD", "", "", "h"}}},
		{"rate: barrels per day", "Output fell to 1.2 million barrels per day.",
			[]num{{"1.2 million barrels per day", 1.2e6, 0, "exact", "bbl", "", "", "d"}}},
		{"rate: miles an hour is mph", "Winds blew at 30 to 40 miles an hour.",
			[]num{{"30 to 40 miles an hour", 30, 40, "range", "mph", "", "", ""}}},
		{"compound amount: cents after another currency", "The fare is 3 CAD 3 cents.",
			[]num{{"3 CAD 3 cents", 3.03, 0, "exact", "CAD", "", "", ""}}},
		{"compound amount: glued c after a currency word", "It cost 20 ringgit and 43c.",
			[]num{{"20 ringgit and 43c", 20.43, 0, "exact", "MYR", "", "", ""}}},
		{"compound amount: pence after dollars are two amounts", "It cost 3 dollars and 40 pence.",
			[]num{{"3 dollars", 3, 0, "exact", "USD", "", "", ""}, {"40 pence", 0.4, 0, "exact", "GBP", "", "", ""}}},
		// Nested ranges: the inner range's scale and unit are shared back.
		{"nested range: from a number to a range with scale and unit", "Estimates ranged from 12.1 to 15-17 billion dollars last year.",
			[]num{{"from 12.1 to 15-17 billion dollars", 12.1e9, 17e9, "range", "USD", "", "", ""}}},
		{"nested range: to a range, no from", "Losses were put at 3 to 4-5 million euros.",
			[]num{{"3 to 4-5 million euros", 3e6, 5e6, "range", "EUR", "", "", ""}}},
		{"nested range: a falling pair after to is no inner range", "The lead went from 2 to 3-1 in the second half.",
			[]num{{"from 2 to 3", 2, 3, "range", "", "", "", ""}, {"1", 1, 0, "exact", "", "", "", ""}}},
		// "m" glued to a number after a currency sign of its own token.
		{"money: 2.1m. at a sentence end", "Sales reached $2.1m. Profits fell.",
			[]num{{"$2.1m", 2.1e6, 0, "exact", "USD", "", "", ""}}},
		{"money: 2.1m before a comma", "Sales reached $2.1m, then fell.",
			[]num{{"$2.1m", 2.1e6, 0, "exact", "USD", "", "", ""}}},
		{"m without a currency stays the metre", "The wall is 2.1m.",
			[]num{{"2.1m", 2.1, 0, "exact", "m", "", "", ""}}},
		{"rate: a slash between two units", "Signals move at 50 km/ms in the cable.",
			[]num{{"50 km/ms", 50, 0, "exact", "km", "", "", "ms"}}},
		{"rate: a slash between unit words", "It flows at 50 centimeters/millisecond.",
			[]num{{"50 centimeters/millisecond", 50, 0, "exact", "cm", "", "", "ms"}}},
		{"a slash after a number with no unit on one side is no rate", "They won 50 games/seasons ago.",
			[]num{{"50", 50, 0, "exact", "", "games", "games", ""}}},
		{"inch mark written apart before a word of extent", "He has a pen that is 10 \" long.",
			[]num{{"10 \"", 10, 0, "exact", "in", "", "", ""}}},
		{"a closing quotation mark after a number is no inch", "He said \"I counted 10\" and left.",
			[]num{{"10", 10, 0, "exact", "", "", "", ""}}},
		{"angle: turns", "The dial needs 3 turns to open.",
			[]num{{"3 turns", 3, 0, "exact", "turn", "", "", ""}}},
		{"rate: a year ago is a date, not a denominator", "Sales were $10 million a year ago.",
			[]num{{"$10 million", 10e6, 0, "exact", "USD", "", "", ""}}},
		// Proportions and multipliers.
		{"proportion: two-thirds of", "They got about two-thirds of the primary votes.",
			[]num{{"about two-thirds", 0.666666666667, 0, "about", "fraction", "primary votes", "votes", ""}}},
		{"proportion: half the", "Half the country voted.",
			[]num{{"Half", 0.5, 0, "exact", "fraction", "country", "country", ""}}},
		{"proportion: a quarter of", "It holds more than a quarter of the market.",
			[]num{{"more than a quarter", 0.25, 0, "more_than", "fraction", "market", "market", ""}}},
		{"a quarter alone is no proportion", "Profit rose in a quarter when sales fell.", nil},
		{"multiplier: times the", "Payments hit 1.75 times the amount borrowed.",
			[]num{{"1.75 times", 1.75, 0, "exact", "times", "", "", ""}}},
		{"multiplier: fold word", "Profits rose sixfold last year.",
			[]num{{"sixfold", 6, 0, "exact", "times", "", "", ""}}},
		{"multiplier: triple the", "The crowd was about triple the size of his.",
			[]num{{"about triple", 3, 0, "about", "times", "", "", ""}}},
		{"times a week is no multiplier", "They met five times a week.", nil},
		// Ages.
		{"age: years old", "When she was five years old, she learned to ride.",
			[]num{{"five years old", 5, 0, "exact", "age_yr", "", "", ""}}},
		{"age: yo", "The patient is a 87 yo man.",
			[]num{{"87 yo", 87, 0, "exact", "age_yr", "man", "man", ""}}},
		{"duration as a number", "The siege lasted three days.",
			[]num{{"three days", 3, 0, "exact", "d", "", "", ""}}},
		{"over a duration is during it", "The plan costs €1.2 billion over ten years.",
			[]num{{"€1.2 billion", 1.2e9, 0, "exact", "EUR", "", "", ""}, {"ten years", 10, 0, "exact", "yr", "", "", ""}}},
		{"duration that says when is no number", "He started work at Carrier 24 years ago.", nil},
		{"age: year-old counts the noun", "A 20-year-old man was arrested.",
			[]num{{"20-year-old", 20, 0, "exact", "age_yr", "man", "man", ""}}},
		{"name: Boeing 747", "Boeing 747 jets are ageing.", nil},
		{"name: G7", "The G7 met in Rome.", nil},
		{"name: COVID-19", "COVID-19 spread fast.", nil},
		{"name: dashed model after a name", "The Boeing 737-800 has the best record.", nil},
		{"name: dashed model known from the article", "Boeing 737 jets fly. The planes come from the 737-800 range.", nil},
		{"a count before a name and a plural", "There are 500 Apple engineers there.",
			[]num{{"500", 500, 0, "exact", "", "Apple engineers", "engineers", ""}}},
		{"model before an invariant noun", "Ryanair flies Boeing 737s and bought five new 737 aircraft.",
			[]num{{"five", 5, 0, "exact", "", "new 737 aircraft", "aircraft", ""}}},
		{"name: 3G", "Apple launches 3G iPhone.", nil},
		{"model known from a plural name", "Ryanair bought five Boeing 737s. The 737 is cheap.",
			[]num{{"five", 5, 0, "exact", "", "Boeing 737s", "737s", ""}}},
		{"name: A320", "Airbus delivered the A320 late.", nil},
		{"name: stock index", "The FTSE 100 fell.", nil},
		{"name: possessive model", "Airbus took the title from Boeing's 747.", nil},
		{"a level is no model", "The index fell below the 5000 mark.",
			[]num{{"5000", 5000, 0, "exact", "", "", "", ""}}},
		{"Penn Treebank pound sign", "Sales fell to #722 million.",
			[]num{{"#722 million", 722e6, 0, "exact", "GBP", "", "", ""}}},
		{"rank with a hash", "It is the #1 seller.", nil},
		{"name: model before a singular noun", "Boeing pushes back its 737 replacement.", nil},
		{"duration with and a half", "The jet is almost two and a half years late.",
			[]num{{"almost two and a half years", 2.5, 0, "about", "yr", "", "", ""}}},
		{"range of years", "Deliveries run between 2014 and 2016.", nil},
		{"one-time is no count", "It took one-time losses.", nil},
		{"a year read aloud", "It happened in nineteen ninety-four.", nil},
		{"ratio: one in five", "One in five voters stayed home.", nil},
		{"ratio: digits", "Officials said 1 in 4 children were malnourished.", nil},
		{"ages coordinated", "Police arrested two men, aged 19 and 21.",
			[]num{{"two", 2, 0, "exact", "", "men", "men", ""}, {"19", 19, 0, "exact", "age_yr", "", "", ""},
				{"21", 21, 0, "exact", "age_yr", "", "", ""}}},
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

// TestNumbersSkipDates checks that a number inside a span of the dates
// extractor is left out even when no rule of ours would drop it.
func TestNumbersSkipDates(t *testing.T) {
	text := "The talks ended after 12 rounds."
	d, err := doc.Parse(text, doc.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := &article.Article{Doc: d}
	if got := numbers.Extract(c, nil, numbers.Options{}); len(got) != 1 {
		t.Fatalf("without dates: got %v, want one number", got)
	}
	i := strings.Index(text, "12")
	ds := []facts.Date{{Span: c.Span(i, i+len("12 rounds"))}}
	if got := numbers.Extract(c, ds, numbers.Options{}); len(got) != 0 {
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
		func(c *article.Article, ds []facts.Date) { numbers.Extract(c, ds, numbers.Options{}) })
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
