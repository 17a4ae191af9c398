package numbers

import (
	"strings"
	"testing"

	"sitrep/internal/text"
)

func ptr(v int64) *int64 { return &v }

// flags renders the marks of a quantity compactly for comparison.
func flags(q Quantity) string {
	var b []string
	for _, f := range []struct {
		on   bool
		name string
	}{{q.Vague, "vague"}, {q.Percent, "percent"}, {q.Ratio, "ratio"}, {q.Year, "year"}, {q.Ordinal, "ordinal"},
		{q.Money, "money"}, {q.Age, "age"}, {q.Date, "date"}, {q.Label, "label"}} {
		if f.on {
			b = append(b, f.name)
		}
	}
	if q.Unit != "" {
		b = append(b, "unit="+q.Unit)
	}
	return strings.Join(b, ",")
}

func TestFind(t *testing.T) {
	tests := []struct {
		in     string
		phrase string // the text of the expected phrase
		min    int64
		max    *int64
		qual   string
		flags  string
	}{
		// digits with separators and decimals
		{"1,000 people fled", "1,000", 1000, ptr(1000), "", ""},
		{"some 135,000 residents", "some 135,000", 135000, ptr(135000), "some", ""},
		{"8.6 million people need aid", "8.6 million", 8600000, ptr(8600000), "", ""},
		{"a $1.5bn package", "$1.5bn", 1500000000, ptr(1500000000), "", "money"},
		{"killed 3 people", "3", 3, ptr(3), "", ""},
		// number words
		{"nine soldiers died", "nine", 9, ptr(9), "", ""},
		{"eleven children", "eleven", 11, ptr(11), "", ""},
		{"twenty-three fighters", "twenty-three", 23, ptr(23), "", ""},
		{"a dozen civilians", "a dozen", 12, ptr(12), "", ""},
		{"a hundred homes", "a hundred", 100, ptr(100), "", ""},
		{"two hundred and fifty people", "two hundred and fifty", 250, ptr(250), "", ""},
		{"three million displaced", "three million", 3000000, ptr(3000000), "", ""},
		{"two dozen houses", "two dozen", 24, ptr(24), "", ""},
		{"one soldier was hurt", "one", 1, ptr(1), "", ""},
		{"half a million people", "half a million", 500000, ptr(500000), "", ""},
		{"half a dozen soldiers", "half a dozen", 6, ptr(6), "", ""},
		{"Scores were killed", "Scores", 20, nil, "", "vague"},
		{"some hundred people", "some hundred", 100, ptr(100), "some", ""},
		// vague amounts: ACLED's conservative readings
		{"tens of people", "tens", 10, nil, "", "vague"},
		{"dozens of soldiers", "dozens", 12, nil, "", "vague"},
		{"scores of people", "scores", 20, nil, "", "vague"},
		{"hundreds of families", "hundreds", 100, nil, "", "vague"},
		{"thousands fled", "thousands", 1000, nil, "", "vague"},
		{"tens of thousands fled", "tens of thousands", 10000, nil, "", "vague"},
		{"hundreds of thousands of people", "hundreds of thousands", 100000, nil, "", "vague"},
		{"several people were hurt", "several", 3, nil, "", "vague"},
		{"a handful of fighters", "a handful", 3, nil, "", "vague"},
		{"a few soldiers", "a few", 2, nil, "", "vague"},
		{"several hundred people", "several hundred", 300, nil, "", "vague"},
		{"at least dozens were killed", "at least dozens", 12, nil, "at least", "vague"},
		// qualifiers
		{"at least 12 killed", "at least 12", 12, nil, "at least", ""},
		{"more than 60 soldiers", "more than 60", 60, nil, "more than", ""},
		{"over 200 people", "over 200", 200, nil, "over", ""},
		{"nearly 70 people", "nearly 70", 70, ptr(70), "nearly", ""},
		{"almost 40 houses", "almost 40", 40, ptr(40), "almost", ""},
		{"up to 140 people", "up to 140", 0, ptr(140), "up to", ""},
		{"around 30 fighters", "around 30", 30, ptr(30), "around", ""},
		{"about 15 people", "about 15", 15, ptr(15), "about", ""},
		{"fewer than 10 people", "fewer than 10", 0, ptr(10), "fewer than", ""},
		{"less than a dozen", "less than a dozen", 0, ptr(12), "less than", ""},
		{"as many as 300 people", "as many as 300", 0, ptr(300), "as many as", ""},
		{"roughly 5,000 troops", "roughly 5,000", 5000, ptr(5000), "roughly", ""},
		{"approximately 80 people", "approximately 80", 80, ptr(80), "approximately", ""},
		{"an estimated 2,000 people", "an estimated 2,000", 2000, ptr(2000), "an estimated", ""},
		{"no fewer than 17 people", "no fewer than 17", 17, nil, "no fewer than", ""},
		{"in excess of 400 people", "in excess of 400", 400, nil, "in excess of", ""},
		{"10 or more people", "10 or more", 10, nil, "or more", ""},
		{"more than a dozen people", "more than a dozen", 12, nil, "more than", ""},
		// ranges
		{"between 10 and 15 people", "between 10 and 15", 10, ptr(15), "between", ""},
		{"10 to 15 people", "10 to 15", 10, ptr(15), "between", ""},
		{"10-15 people", "10-15", 10, ptr(15), "between", ""},
		{"two or three people", "two or three", 2, ptr(3), "between", ""},
		{"from 20 to 30 people", "from 20 to 30", 20, ptr(30), "between", ""},
		{"between five and seven civilians", "between five and seven", 5, ptr(7), "between", ""},
		// percentages and ratios
		{"nearly 70 percent of its troops", "nearly 70 percent", 70, ptr(70), "nearly", "percent"},
		{"70% of homes", "70%", 70, ptr(70), "", "percent"},
		{"70 per cent of homes", "70 per cent", 70, ptr(70), "", "percent"},
		{"10 to 15 percent", "10 to 15 percent", 10, ptr(15), "between", "percent"},
		{"11 of the 15 hostages", "11", 11, ptr(11), "", "ratio"},
		{"two-thirds of the population", "two-thirds", 2, ptr(2), "", "ratio"},
		{"one third of homes", "one third", 1, ptr(1), "", "ratio"},
		{"one in five children", "one in five", 1, ptr(1), "", "ratio"},
		// not head counts
		{"in 2023 the army", "2023", 2023, ptr(2023), "", "year"},
		{"since 2015, fighting", "2015", 2015, ptr(2015), "", "year"},
		{"a 20 km stretch", "20 km", 20, ptr(20), "", "unit=km"},
		{"155mm shells", "155mm", 155, ptr(155), "", "unit=mm"},
		{"three days of fighting", "three days", 3, ptr(3), "", "unit=day"},
		{"a 10-day truce", "10-day", 10, ptr(10), "", "unit=day"},
		{"a boy aged 12 was", "12", 12, ptr(12), "", "age"},
		{"Staff Sgt. Eitan Mor, 20, from Ashdod", "20", 20, ptr(20), "", "age"},
		{"Ahmed Saleh (12) was", "12", 12, ptr(12), "", "age"},
		{"In Gaza, 20, including", "20", 20, ptr(20), "", ""},
		{"A woman, 34, and her three children", "34", 34, ptr(34), "", "age"},
		{"5,000-plus troops", "5,000-plus", 5000, nil, "or more", ""},
		{"Between 150-200 people", "Between 150-200", 150, ptr(200), "between", ""},
		{"a 12-year-old boy", "12-year-old", 12, ptr(12), "", "age"},
		{"on November 28 the", "28", 28, ptr(28), "", "date"},
		{"on 28 November 2023", "28", 28, ptr(28), "", "date"},
		{"Dec. 3 raid", "3", 3, ptr(3), "", "date"},
		{"the 28th", "28th", 28, ptr(28), "", "ordinal"},
		{"Resolution 2334 says", "2334", 2334, ptr(2334), "", "label"},
		{"F-16 jets", "16", 16, ptr(16), "", "label"},
		{"No. 5 road", "5", 5, ptr(5), "", "label"},
		{"$5 million in aid", "$5 million", 5000000, ptr(5000000), "", "money"},
		{"20 dollars", "20 dollars", 20, ptr(20), "", "money"},
		{"the toll since Oct. 7 to 25,490.", "25,490", 25490, ptr(25490), "", ""},
		{"from 5 to 25,490 people", "25,490", 25490, ptr(25490), "", ""},
		{"2,023 people", "2,023", 2023, ptr(2023), "", ""},
		{"2000 people", "2000", 2000, ptr(2000), "", ""},
		{"2000 Palestinians were killed", "2000", 2000, ptr(2000), "", ""},
		{"a toll of 2000. Then", "2000", 2000, ptr(2000), "", ""},
		{"the agreement (2015) says", "2015", 2015, ptr(2015), "", "year"},
		// a year that ends a date opens no range of figures
		{"the toll since October 7, 2023 to 43,391.", "2023", 2023, ptr(2023), "", "year"},
		{"the toll since October 7, 2023 to 43,391.", "43,391", 43391, ptr(43391), "", ""},
		{"rose in 2022 to 1,900 people", "1,900", 1900, ptr(1900), "", ""},
		{"since 2015 to 2020, fighting", "2015 to 2020", 2015, ptr(2020), "between", ""},
		{"from 2000 to 3000 people", "from 2000 to 3000", 2000, ptr(3000), "between", ""},
		{"2000 to 3000 people", "2000 to 3000", 2000, ptr(3000), "between", ""},
		// a full stop after a month is a date's only after an abbreviation
		{"on 25-27 July. 21 fatalities.", "21", 21, ptr(21), "", ""},
		{"on 25-27 July. 21 fatalities.", "25-27", 25, ptr(27), "between", "date"},
		{"Fighting ended in July. 21 people died.", "21", 21, ptr(21), "", ""},
		{"on Sept. 11 the", "11", 11, ptr(11), "", "date"},
		{"on 3 Dec. 21 people died", "21", 21, ptr(21), "", ""},
		{"on 3 Dec. 2023 the", "2023", 2023, ptr(2023), "", "year"},
		{"in Dec. 2023 the", "2023", 2023, ptr(2023), "", "year"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			doc := text.Parse(tt.in)
			qs := Find(doc)
			var got *Quantity
			for k := range qs {
				if tt.in[qs[k].Start:qs[k].End] == tt.phrase {
					got = &qs[k]
				}
			}
			if got == nil {
				var ps []string
				for _, q := range qs {
					ps = append(ps, tt.in[q.Start:q.End])
				}
				t.Fatalf("phrase %q not found; got %q", tt.phrase, ps)
			}
			if got.Min != tt.min || (got.Max == nil) != (tt.max == nil) || (got.Max != nil && *got.Max != *tt.max) {
				t.Errorf("min/max = %d/%v, want %d/%v", got.Min, deref(got.Max), tt.min, deref(tt.max))
			}
			if got.Qualifier != tt.qual {
				t.Errorf("qualifier = %q, want %q", got.Qualifier, tt.qual)
			}
			if f := flags(*got); f != tt.flags {
				t.Errorf("flags = %q, want %q", f, tt.flags)
			}
			if got.First < 0 || got.Last > len(doc.Tokens) || got.Start != doc.Tokens[got.First].Start || got.End != doc.Tokens[got.Last-1].End {
				t.Errorf("token span [%d,%d) disagrees with byte span [%d,%d)", got.First, got.Last, got.Start, got.End)
			}
		})
	}
}

func deref(p *int64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestFindNone(t *testing.T) {
	for _, in := range []string{
		"", "no one was hurt", "they helped one another", "at 10:30 on 3/12/2023", "more people fled",
		"tens", "the few who stayed", "between Sunday and Tuesday",
	} {
		if qs := Find(text.Parse(in)); len(qs) != 0 {
			t.Errorf("Find(%q) = %d phrases, first %q", in, len(qs), in[qs[0].Start:qs[0].End])
		}
	}
}

func TestFindEdges(t *testing.T) {
	// A number at the very end, unbalanced brackets, a qualifier with nothing after it.
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"the toll rose to 12", 1},
		{"(at least 5 [killed", 1},
		{"at least", 0},
		{"more than", 0},
		{"between 10 and", 1},
		{"twenty-", 1},
		{"$", 0},
		{"1,000,000,000,000,000,000,000 dollars", 1},
	} {
		doc := text.Parse(tc.in)
		qs := Find(doc)
		if len(qs) != tc.want {
			t.Errorf("Find(%q) = %d phrases, want %d", tc.in, len(qs), tc.want)
		}
		for _, q := range qs {
			if q.Start < 0 || q.End > len(tc.in) || q.Start > q.End {
				t.Errorf("Find(%q): bad span %d..%d", tc.in, q.Start, q.End)
			}
		}
	}
}

func TestParseWords(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"nine", 9, true}, {"Eleven", 11, true}, {"twenty-three", 23, true}, {"a dozen", 12, true},
		{"hundred", 100, true}, {"a hundred", 100, true}, {"two hundred and fifty", 250, true},
		{"one thousand two hundred", 1200, true}, {"1,000", 1000, true}, {"8.6 million", 8600000, true},
		{"ninety nine", 99, true}, {"nine nine", 0, false}, {"", 0, false}, {"soldiers", 0, false},
		{"three soldiers", 0, false}, {"two million five hundred thousand", 2500000, true},
	}
	for _, tt := range tests {
		got, ok := ParseWords(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseWords(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
