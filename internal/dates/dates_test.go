package dates

import (
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// values renders mentions as "value" or "value..end", joined by spaces.
func values(ms []Mention) string {
	var b []string
	for _, m := range ms {
		v := m.Value
		if m.RangeEnd != "" {
			v += ".." + m.RangeEnd
		}
		b = append(b, v)
	}
	return strings.Join(b, " ")
}

func TestFind(t *testing.T) {
	// 2023-12-04 is a Monday; 2024-01-03 a Wednesday; 2024-11-12 a Tuesday.
	tests := []struct {
		pub, in, want string
	}{
		// absolute dates
		{"2023-12-04", "a report issued on November 28 showed", "2023-11-28"},
		{"2023-12-04", "on 28 November 2023", "2023-11-28"},
		{"2023-12-04", "a Dec. 3 raid", "2023-12-03"},
		{"2023-12-04", "on December 3, 2023, troops", "2023-12-03"},
		{"2023-12-04", "on 28th of November", "2023-11-28"},
		{"2024-01-03", "on December 28 the army", "2023-12-28"},
		{"2024-08-11", "stormed Israel on Oct. 7, killing", "2023-10-07"},
		{"2023-12-04", "Israel launched war on October 7, and on October 27 began", "2023-10-07 2023-10-27"},
		{"2024-06-10", "Between 10 May and 6 June, the hospital", "2024-05-10..2024-06-06 2024-06-06"},
		{"2024-06-10", "On 10 May, X. Between 10 May and 6 June, Y", "2024-05-10..2024-06-06 2024-05-10..2024-06-06 2024-06-06"},
		{"2024-03-05", "between the afternoons of 1 and 4 March, 214", "2024-03-01..2024-03-04 2024-03-04"},
		{"2023-12-04", "from November 28-30 fighting", "2023-11-28..2023-11-30 2023-11-30"},
		{"2023-12-04", "on 2023-12-01 the", "2023-12-01"},
		{"2023-12-07", "During the week of December 2-8, the enemy", "2023-12-02..2023-12-08 2023-12-08"},
		{"2023-12-07", "The third of December was quiet", "2023-12-03"},
		{"2023-12-07", "on the twenty-first of November 2023", "2023-11-21"},
		{"2023-12-07", "dated 12.03.2023", "2023-03-12"},
		// numeric dates: day/month order
		{"2023-12-04", "On Sunday (3/12/2023) alone", "2023-12-03 2023-12-03"},
		{"2023-03-14", "on 3/12/2023 the", "2023-03-12"},
		{"2023-12-04", "on 3/12/2023 and 25/11/2023", "2023-12-03 2023-11-25"},
		{"2023-12-04", "on 12/3/2023 and 11/25/2023", "2023-12-03 2023-11-25"},
		{"2023-12-04", "open 24/7 and 1/2 of", ""},
		{"2024-01-12", "on 2024/01/09 and in the 2023/24 season", "2024-01-09"},
		// weekdays
		{"2023-12-20", "On Sunday (3/12/2023) alone", "2023-12-03 2023-12-03"},
		{"2023-12-20", "on Sunday, December 3, troops", "2023-12-03 2023-12-03"},
		{"2023-12-20", "by 1900 GMT", ""},
		{"2025-03-01", "Since October 7, Israel has struck. The war began on October 7, 2023.", "2023-10-07 2023-10-07"},
		{"2025-01-15", "on Saturday, October 7, Hamas attacked", "2023-10-07 2023-10-07"},
		{"2023-12-04", "said on Sunday that", "2023-12-03"},
		{"2024-11-12", "on Monday, killing", "2024-11-11"},
		{"2024-11-12", "struck on Tuesday", "2024-11-12"},
		{"2024-11-12", "on Sunday night, killing", "2024-11-10"},
		{"2024-11-12", "last Tuesday", "2024-11-05"},
		{"2024-11-12", "last Sunday", "2024-11-10"},
		{"2024-11-12", "talks will resume on Thursday", "2024-11-14"},
		{"2024-11-12", "next Monday", "2024-11-18"},
		{"2024-11-12", "Israel will retaliate for the attack on Sunday", "2024-11-10"},
		{"2024-11-12", "between Sunday and Tuesday morning", "2024-11-10..2024-11-12 2024-11-12"},
		{"2024-11-12", "on Sunday and Monday", "2024-11-10 2024-11-11"},
		{"2024-11-12", "from Sunday to Monday", "2024-11-10..2024-11-11 2024-11-11"},
		// live-blog entries date what follows them
		{"2024-10-14", "Sunday, 13 October 2024\n\nStrikes hit on Saturday night.\n\nMonday 14 October\n\nThe army said yesterday", "2024-10-13 2024-10-13 2024-10-12 2024-10-14 2024-10-14 2024-10-13"},
		// relative words
		{"2024-11-12", "said yesterday", "2024-11-11"},
		{"2024-11-12", "told Russia Today and the Sunday Times", ""},
		{"2024-11-12", "Today, the army said", "2024-11-12"},
		{"2024-11-12", "said today", "2024-11-12"},
		{"2024-11-12", "strikes overnight", "2024-11-12"},
		{"2024-11-12", "this morning", "2024-11-12"},
		{"2024-11-12", "On 14 November 2023, the fighters withdrew overnight.", "2023-11-14 2023-11-14"},
		{"2024-11-12", "last night", "2024-11-11"},
		{"2024-11-12", "the day before yesterday", "2024-11-10"},
		{"2024-10-14", "said last week that", "2024-W41"},
		{"2024-01-03", "last week", "2023-W52"},
		{"2024-06-10", "intensified last month", "2024-05"},
		{"2024-01-03", "last month", "2023-12"},
		{"2024-06-10", "earlier this year", "2024"},
		{"2024-06-10", "this month", "2024-06"},
		{"2024-06-10", "three days ago", "2024-06-07"},
		{"2024-06-10", "two weeks ago", "2024-W22"},
		{"2024-06-10", "over the past week and the last month", ""},
		// months and years
		{"2024-11-12", "fighting since April 2023", "2023-04"},
		{"2024-11-12", "killed in April", "2024-04"},
		{"2024-01-12", "since late October", "2023-10"},
		{"2023-12-20", "since early November", "2023-11"},
		{"2023-12-20", "since mid-November", "2023-11"},
		{"2024-11-12", "killed since the start of the month", "2024-11"},
		{"2024-06-10", "since the start of the year", "2024"},
		{"2024-06-10", "in 2022 the", "2022"},
		{"2024-06-10", "since 2015", "2015"},
		{"2024-06-10", "the 2022-2023 period and the 2023-24 season", "2022..2023 2023 2023"},
		{"2024-06-10", "2,023 people and 2000 troops", ""},
		{"2024-06-10", "he may go; a march began", ""},
		{"2024-06-10", "killed in May", "2024-05"},
		{"2024-06-10", "the March 23 Movement (M23) and the 14 March Alliance", ""},
		{"2024-06-10", "The UN said 2023 was the deadliest year.", "2023"},
		{"2024-06-10", "killed 2000 was", ""},
		{"2024-06-10", "signatories of the 2016 peace agreement", "2016"},
		{"2024-06-10", "the 2000 people and the 2000 more", ""},
		{"2025-02-10", "changes, August-November 2023", "2023-08..2023-11 2023-11"},
		{"2025-02-10", "from November 2023 to February 2024", "2023-11..2024-02 2024-02"},
		{"2025-02-10", "between December and February 2024", "2023-12..2024-02 2024-02"},
		// durations ending on a stated day
		{"2024-11-12", "after three days of fighting that ended on Sunday", "2024-11-08..2024-11-10 2024-11-10"},
		// days counted from a stated day
		{"2025-01-08", "seized Manbij on Dec. 9, a day after Assad was toppled", "2024-12-09 2024-12-08"},
		{"2025-01-08", "a day after the Dec. 9 attack", "2024-12-10 2024-12-09"},
		{"2025-01-08", "They met on Monday. Two days later, talks", "2025-01-06 2025-01-08"},
		{"2025-01-08", "They met on Monday. The next day, talks", "2025-01-06 2025-01-07"},
		{"2025-01-08", "the next day", ""},
		{"2024-01-02", "It was the worst since the war began on Oct. 7. The previous day, 12 were killed.", "2023-10-07"},
		{"2024-01-02", "They met on Monday. It rained. It was cold. The next day, talks", "2024-01-01"},
		{"2025-03-10", "Jets struck on Friday. Troops said they killed 50 since Tuesday. The next day, a helicopter was hit.", "2025-03-07 2025-03-04 2025-03-08"},
		{"2025-03-10", "JUBA, March 10 (AFP) - Fighting since Tuesday. The next day, a helicopter was hit.", "2025-03-10 2025-03-04"},
		{"2025-03-10", "The fighting began on Tuesday, when rebels attacked.\n\nEarlier that day, troops clashed.", "2025-03-04 2025-03-04"},
		{"2025-03-10", "The fighting began on Tuesday, when rebels overran the base after two days of clashes.\n\nEarlier that day, troops clashed.", "2025-03-04 2025-03-05 2025-03-04"},
		{"2023-05-05", "Police fired on Thursday. Two died.\n\nLater that day, shops burned.", "2023-05-04 2023-05-04"},
		{"2024-01-02", "They met on Monday.\n\nIt rained.\n\nIt was cold.\n\nOn that day, talks", "2024-01-01"},
		{"2024-01-02", "Fighting since Monday. Later that day, talks", "2024-01-01"},
		{"2024-01-02", "the events of that day", ""},
		// times of day are not dates
		{"2024-11-12", "at 10:30 local time", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			doc := text.Parse(tt.in)
			ms := Find(doc, day(tt.pub))
			if got := values(ms); got != tt.want {
				t.Errorf("Find(%q, %s) = %q, want %q", tt.in, tt.pub, got, tt.want)
			}
			for _, m := range ms {
				if m.Start != doc.Tokens[m.First].Start || m.End != doc.Tokens[m.Last-1].End {
					t.Errorf("mention %q: token and byte spans disagree", m.Value)
				}
			}
		})
	}
}

func TestFindGranularity(t *testing.T) {
	ms := Find(text.Parse("on Sunday, last week, last month and in 2022"), day("2024-06-10"))
	var got []string
	for _, m := range ms {
		got = append(got, m.Granularity)
	}
	if g := strings.Join(got, " "); g != "day week month year" {
		t.Errorf("granularities = %q", g)
	}
}

func TestDateline(t *testing.T) {
	now := day("2025-01-20")
	tests := []struct {
		in, want string
	}{
		{"Title here\n\nKHARTOUM, Nov 12 (Reuters) - Artillery shells hit", "2024-11-12"},
		{"Title\n\nPublished: 4 December 2023\n\nText on 1 December 2023.", "2023-12-04"},
		{"Title\nDec 4, 2023 — Text began on Sunday.", "2023-12-04"},
		{"Title\n2023-12-04\nText.", "2023-12-04"},
		{"Title\n\nGENEVA, 5 March 2024 — The UN said", "2024-03-05"},
		{"Title\n\nJERUSALEM, Sept 23 — The army said", "2024-09-23"},
		{"Title\n\nBy Jane Doe | Dec 4, 2023\n\nText.", "2023-12-04"},
		{"Title\n\nThe army said on October 7 that it struck on Sunday.", ""},
		{"", ""},
		{"Sudan: coded events, 12-15 May 2024\n\nOn 12 May 2024, RSF clashed.", ""},
		{"Dec 4, 2023 — a title line only", ""},
		{"Title\nConflict event notes, 29 April - 5 May 2024\n\nOn 3 May 2024, rebels attacked.", ""},
		{"Title\nEvent notes, 29 - 30 April 2024\n\nOn 29 April 2024, rebels attacked.", ""},
	}
	for _, tt := range tests {
		v, ok := DatelineAt(text.Parse(tt.in), now)
		got := ""
		if ok {
			got = v.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("DatelineAt(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFindNoSentences runs Find over a Doc built without sentence splitting.
func TestFindNoSentences(t *testing.T) {
	s := "overnight, three days of fighting ended on Sunday; 2023 was hard; a day after"
	doc := &text.Doc{Text: s, Tokens: text.Tokenize(s)}
	if ms := Find(doc, day("2024-11-12")); len(ms) == 0 {
		t.Error("no mentions")
	}
}

func TestFindEdges(t *testing.T) {
	pub := day("2024-11-12")
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"", ""},
		{"it happened on Sunday", "2024-11-10"},
		{"(on Sunday [3/11/2024", "2024-11-10 2024-11-03"},
		{"between 10 May and", "2024-05-10"},
		{"Dec.", ""},
		{"2023-12-", "2023-12"},
		{"on 31/2/2023", ""},
		{"3 days ago", "2024-11-09"},
		{"the start of the", ""},
	} {
		if got := values(Find(text.Parse(tc.in), pub)); got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestFormat checks the hand-built values against time's layouts, on
// every day of some years and at the ends of the four-digit range.
func TestFormat(t *testing.T) {
	var days []time.Time
	for _, y := range []int{0, 1, 999, 1999, 2000, 2023, 2024, 9998, 9999} {
		for d := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == y; d = d.AddDate(0, 0, 1) {
			days = append(days, d)
		}
	}
	days = append(days, time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(10000, 6, 1, 0, 0, 0, 0, time.UTC))
	for _, d := range days {
		for _, g := range []string{sitrep.GranDay, sitrep.GranWeek, sitrep.GranMonth, sitrep.GranYear} {
			if got, want := format(d, g), formatLayout(d, g); got != want {
				t.Fatalf("format(%v, %s) = %q, want %q", d, g, got, want)
			}
		}
	}
}
