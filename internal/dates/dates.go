// Package dates finds the dates an article states or implies and
// normalises them to ISO 8601 at their granularity: absolute dates
// ("28 November 2023", "Dec. 3", "3/12/2023", "2023-12-04"), months and
// years ("since April 2023", "in 2022"), and expressions resolved against
// the published date ("on Sunday", "yesterday", "last week", "this year"),
// against a stated day ("a day after the Dec. 9 attack", "three days of
// fighting that ended on Sunday"), or against the entry date of a live blog.
//
// A date in the future of the published one is read only where the clause
// points forward ("will meet on Monday", "next week", "scheduled for
// December 5"); otherwise a yearless date is the latest such day not after
// publication, unless the article states its year elsewhere or a weekday
// beside it fixes the year.
package dates

import (
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// Mention is one date expression. "On Sunday (3/12/2023)" gives two
// mentions with the same value.
type Mention struct {
	First, Last int // tokens [First, Last)
	Start, End  int // bytes [Start, End)
	// Value is ISO 8601 at its granularity: 2023-12-03, 2024-W01, 2023-10, 2023.
	Value       string
	Granularity string // sitrep.GranDay, GranWeek, GranMonth or GranYear
	// RangeEnd is the last value of a range whose first value is Value
	// ("between Sunday and Tuesday"); the last value is also its own
	// mention. Every mention of a value that starts a range carries the
	// range's end. Empty otherwise.
	RangeEnd string
	// Relative is true when the value was resolved against the published
	// date or another reference ("on Sunday", "yesterday", "November 28"
	// without a year, "a day after …").
	Relative bool

	yearless bool         // a month and day whose year was inferred
	span     bool         // a duration's day ("two days of clashes"), not a day told
	weekday  bool         // resolved from a weekday name
	wd       time.Weekday // which one, when weekday
}

// Find returns every date expression in doc, in text order, resolved
// against published. It makes one pass over the tokens plus a pass over
// the few numeric dates and durations it found, so it runs in linear time.
func Find(doc *text.Doc, published time.Time) []Mention {
	// Articles state a handful of dates: most fit 8 mentions.
	f := newFinder(doc, published, make([]Mention, 0, 8))
	f.run(0, len(doc.Tokens))
	f.finish()
	return f.out
}

type finder struct {
	doc  *text.Doc
	toks []text.Token
	pub  time.Time // published, at midnight UTC
	// ref is what relative dates resolve against: the published date, or
	// the date of the live-blog entry being read ("Sunday, 13 October 2024"
	// on a line of its own).
	ref time.Time
	out []Mention
	// numeric dates whose day/month order is settled after the pass.
	numeric []numericDate
	// durations ("three days of fighting") that end on a day stated in the
	// same sentence.
	durations []duration
	// relations ("a day after", "three days later") lean on a day mention
	// that may come after them.
	relations []relation
}

type relation struct {
	first, last int
	days        int       // offset from the anchor
	pivot       bool      // "after"/"before": the anchor may follow
	local       bool      // "overnight": the day its sentence states, else ref
	same        bool      // "that day": the last day told in this paragraph or the one before
	ref         time.Time // the reference day where it stands
}

type duration struct {
	first, last int // tokens of "three days"
	days        int
}

func newFinder(doc *text.Doc, published time.Time, out []Mention) *finder {
	y, m, d := published.Date()
	pub := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return &finder{doc: doc, toks: doc.Tokens, out: out, pub: pub, ref: pub}
}

func (f *finder) run(from, to int) {
	toks := f.toks
	for i := from; i < to; {
		// Most tokens open no date: pass them by without a call.
		if t := &toks[i]; t.Kind != text.Number && (t.Kind != text.Word || !lexicon.MayContainHash(t.Hash)) {
			i++
			continue
		}
		before := len(f.out)
		n := f.at(i)
		if n <= i {
			n = i + 1
		}
		if len(f.out) > before {
			f.entryHeader(&f.out[len(f.out)-1])
		}
		i = n
	}
}

// entryHeader makes a date standing alone on its line ("Sunday, 13 October
// 2024", "Monday 14 October") the reference for what follows, as live
// blogs date their entries.
func (f *finder) entryHeader(m *Mention) {
	if m.Granularity != sitrep.GranDay || m.Value == "" || m.weekday {
		return
	}
	if m.Last < len(f.toks) && f.toks[m.Last].Newlines == 0 {
		return
	}
	k := m.First
	for k > 0 && f.toks[k].Newlines == 0 {
		k--
		n := f.toks[k].Norm
		if n != "," && f.kind(k).kind != kWeekday && n != "on" {
			return
		}
	}
	if v, err := time.Parse("2006-01-02", m.Value); err == nil {
		f.ref = v
	}
}

func (f *finder) norm(i int) string {
	if i < 0 || i >= len(f.toks) {
		return ""
	}
	return f.toks[i].Norm
}

func (f *finder) kind(i int) wordInfo {
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != text.Word {
		return wordInfo{}
	}
	t := &f.toks[i]
	w, _ := lexicon.GetHash(t.Hash, t.Norm)
	return w
}

// at reads the date expression starting at token i and returns the index
// after it (i+1 when there is none).
func (f *finder) at(i int) int {
	t := &f.toks[i]
	if t.Kind == text.Number {
		return f.number(i)
	}
	if t.Kind != text.Word {
		return i + 1
	}
	w, ok := lexicon.GetHash(t.Hash, t.Norm)
	if !ok {
		return i + 1
	}
	switch w.kind {
	case kMonth:
		return f.month(i)
	case kWeekday:
		return f.weekday(i, w.val)
	case kRelDay:
		return f.relDay(i, w.val)
	case kDeictic:
		return f.deictic(i, w.val)
	case kBoundary:
		return f.boundary(i)
	case kUnit:
		return f.unit(i, w.val)
	}
	return i + 1
}

func (f *finder) emit(first, last int, v time.Time, gran string, relative bool) {
	f.out = append(f.out, Mention{
		First: first, Last: last,
		Start: f.toks[first].Start, End: f.toks[last-1].End,
		Value: format(v, gran), Granularity: gran, Relative: relative,
	})
}

func format(v time.Time, gran string) string {
	if gran == sitrep.GranWeek {
		y, w := v.ISOWeek()
		b := make([]byte, 0, 8)
		b = appendInt(b, y, 4)
		b = append(b, '-', 'W')
		b = appendInt(b, w, 2)
		return string(b)
	}
	y, m, d := v.Date()
	if y < 0 || y > 9999 {
		return formatLayout(v, gran)
	}
	// Written by hand: time's layout engine cost more than the rest of a
	// mention.
	var b [10]byte
	putDigits(b[0:4], y)
	b[4] = '-'
	putDigits(b[5:7], int(m))
	b[7] = '-'
	putDigits(b[8:10], d)
	switch gran {
	case sitrep.GranYear:
		return string(b[:4])
	case sitrep.GranMonth:
		return string(b[:7])
	}
	return string(b[:])
}

// putDigits writes v in decimal, zero-padded to the width of b.
func putDigits(b []byte, v int) {
	for k := len(b) - 1; k >= 0; k-- {
		b[k] = byte('0' + v%10)
		v /= 10
	}
}

// formatLayout is format by time's layouts, for the years outside 0-9999
// (which time writes with a sign or a fifth digit) and for tests.
func formatLayout(v time.Time, gran string) string {
	switch gran {
	case sitrep.GranYear:
		return v.Format("2006")
	case sitrep.GranMonth:
		return v.Format("2006-01")
	case sitrep.GranWeek:
		return format(v, gran)
	}
	return v.Format("2006-01-02")
}

func appendInt(b []byte, v, width int) []byte {
	var d [8]byte
	n := 0
	for v > 0 || n < width {
		d[n] = byte('0' + v%10)
		v /= 10
		n++
		if n == len(d) {
			break
		}
	}
	for n > 0 {
		n--
		b = append(b, d[n])
	}
	return b
}

// settleYears gives a yearless date the year the article states for the
// same day elsewhere: "on October 7, 2023 … since October 7".
func (f *finder) settleYears() {
	var stated map[string]string // "10-07" → "2023-10-07"
	for k := range f.out {
		m := &f.out[k]
		if m.Granularity == sitrep.GranDay && !m.Relative && len(m.Value) == 10 {
			if stated == nil {
				stated = map[string]string{}
			}
			if _, dup := stated[m.Value[5:]]; !dup {
				stated[m.Value[5:]] = m.Value
			}
		}
	}
	if stated == nil {
		return
	}
	for k := range f.out {
		m := &f.out[k]
		if m.yearless {
			if v, ok := stated[m.Value[5:]]; ok {
				m.Value = v
			}
		}
	}
}

// settleWeekdays lets an explicit date right after a weekday decide its
// value: "Sunday, December 3", "On Sunday (3/12/2023)" in an article
// written weeks later.
func (f *finder) settleWeekdays() {
	for k := 0; k+1 < len(f.out); k++ {
		a, b := &f.out[k], &f.out[k+1]
		if !a.weekday || b.weekday || b.Granularity != sitrep.GranDay || b.Value == "" || b.First-a.Last > 2 {
			continue
		}
		gap := true
		for j := a.Last; j < b.First; j++ {
			if n := f.toks[j].Norm; n != "," && n != "(" && n != "the" {
				gap = false
			}
		}
		if !gap {
			continue
		}
		if b.Relative {
			// "Saturday, October 7" in a later year: the weekday picks the year.
			if v, err := time.Parse("2006-01-02", b.Value); err == nil && v.Weekday() != a.wd {
				for back := 1; back <= 6; back++ {
					w := v.AddDate(-back, 0, 0)
					if w.Day() == v.Day() && w.Weekday() == a.wd {
						b.Value = format(w, sitrep.GranDay)
						break
					}
				}
			}
		}
		a.Value, a.Relative = b.Value, b.Relative
	}
}

// between reports whether "between" or "from" opens the range whose first
// date starts at token i ("between the afternoons of 1 and 4 March").
func (f *finder) between(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if n := f.toks[k].Norm; n == "between" || n == "from" {
			return true
		}
	}
	return false
}

// finish settles numeric dates and durations, then links ranges.
func (f *finder) finish() {
	f.resolveNumeric()
	f.settleYears()
	f.settleWeekdays()
	f.resolveDurations()
	f.resolveRelations()
	for k := 0; k+1 < len(f.out); k++ {
		a, b := &f.out[k], &f.out[k+1]
		if a.Granularity != b.Granularity || a.Value >= b.Value || b.First-a.Last != 1 {
			continue
		}
		link := f.norm(a.Last)
		if !rangeLinks[link] {
			continue
		}
		if link == "and" && !f.between(a.First) {
			continue // "on Thursday and Friday" lists two days
		}
		a.RangeEnd = b.Value
	}
	f.shareRangeEnds()
}

// shareRangeEnds gives every mention of a day that starts a range the
// range's end, so that folding mentions by value and end yields one item
// per value.
func (f *finder) shareRangeEnds() {
	var ends map[string]string
	for k := range f.out {
		if m := &f.out[k]; m.RangeEnd != "" {
			if ends == nil {
				ends = map[string]string{}
			}
			if _, ok := ends[m.Value]; !ok {
				ends[m.Value] = m.RangeEnd
			}
		}
	}
	for k := range f.out {
		if m := &f.out[k]; ends != nil {
			if e, ok := ends[m.Value]; ok {
				m.RangeEnd = e
			}
		}
	}
}

// sentence returns the sentence holding token i, or the whole document
// when the Doc carries no sentences.
func (f *finder) sentence(i int) text.Sentence {
	if s := f.doc.SentenceOf(i); s < len(f.doc.Sentences) {
		return f.doc.Sentences[s]
	}
	return text.Sentence{First: 0, Last: len(f.toks)}
}
