package dates

import (
	"time"

	"sitrep"
	"sitrep/internal/numbers"
	"sitrep/internal/text"
)

// dayNum reads a day of the month at token i: "28", "3", "28th".
func (f *finder) dayNum(i int) (day, end int, ok bool) {
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != text.Number {
		return 0, 0, false
	}
	s := f.toks[i].Norm
	n, k := 0, 0
	for ; k < len(s) && k < 3; k++ {
		c := s[k]
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	if k == 0 || k > 2 || n < 1 || n > 31 {
		return 0, 0, false
	}
	if k < len(s) && !isOrdinalSuffix(s[k:]) {
		return 0, 0, false
	}
	return n, i + 1, true
}

func isOrdinalSuffix(s string) bool {
	if len(s) != 2 {
		return false
	}
	a, b := s[0]|0x20, s[1]|0x20
	return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')
}

// yearNum reads a four-digit year 1900–2100 at token i.
func (f *finder) yearNum(i int) (int, bool) {
	if i < 0 || i >= len(f.toks) || f.toks[i].Kind != text.Number {
		return 0, false
	}
	s := f.toks[i].Norm
	if len(s) != 4 {
		return 0, false
	}
	y := 0
	for k := 0; k < 4; k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	if y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

// monthAt reads a capitalised month name at token i, with the full stop
// of an abbreviation ("Dec."), and returns the month and the token after.
func (f *finder) monthAt(i int) (m, end int, ok bool) {
	w := f.kind(i)
	if w.kind != kMonth || !f.toks[i].Cap {
		return 0, 0, false
	}
	end = i + 1
	if f.norm(end) == "." && !f.toks[end].Space && f.toks[i].End-f.toks[i].Start <= 4 {
		end++
	}
	return w.val, end, true
}

// yearAfter reads an explicit year after a day: "3, 2023" or "3 2023".
func (f *finder) yearAfter(k int) (y, end int, ok bool) {
	if f.norm(k) == "," {
		if y, ok := f.yearNum(k + 1); ok {
			return y, k + 2, true
		}
		return 0, k, false
	}
	if y, ok := f.yearNum(k); ok && f.toks[k].Newlines == 0 {
		return y, k + 1, true
	}
	return 0, k, false
}

// month reads "November 28", "Dec. 3, 2023", "November 28-30", "April
// 2023" and a bare month ("in April", "early November").
func (f *finder) month(i int) int {
	m, j, ok := f.monthAt(i)
	if !ok {
		return i + 1
	}
	if d, end, ok := f.dayNum(j); ok && f.toks[j].Newlines == 0 && !f.isUnitAfter(end) {
		d2, end2 := 0, end
		if rangeLinks[f.norm(end)] {
			if x, xEnd, ok := f.dayNum(end + 1); ok && x > d {
				if _, _, isMonth := f.monthAt(xEnd); !isMonth {
					d2, end2 = x, xEnd
				}
			}
		}
		y, last, hasY := f.yearAfter(end2)
		if !hasY {
			last = end2
		}
		if f.isName(last) {
			return last
		}
		first := f.extendBack(i)
		if d2 > 0 {
			f.emitDayRange(first, end, end+1, last, y, m, d, d2, hasY)
		} else {
			f.emitDay(first, last, y, m, d, hasY)
		}
		return last
	}
	// "the third of December", "the twenty-first of May"
	if f.norm(i-1) == "of" {
		if d := numbers.OrdinalWord(f.norm(i - 2)); d > 0 {
			first := i - 2
			if f.norm(i-3) == "-" {
				switch f.norm(i - 4) {
				case "twenty":
					d, first = d+20, i-4
				case "thirty":
					d, first = d+30, i-4
				}
			}
			y, last, hasY := f.yearAfter(j)
			if !hasY {
				last = j
			}
			f.emitDay(first, last, y, m, d, hasY)
			return last
		}
	}
	if y, ok := f.yearNum(j); ok && f.toks[j].Newlines == 0 {
		f.emit(f.extendBack(i), j+1, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), sitrep.GranMonth, false)
		return j + 1
	}
	if f.norm(j) == "of" {
		if y, ok := f.yearNum(j + 1); ok {
			f.emit(f.extendBack(i), j+2, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), sitrep.GranMonth, false)
			return j + 2
		}
	}
	// A bare month. "May" and "March" are common words; abbreviations
	// without a day are rarely dates.
	prev := f.norm(i - 1)
	if prev == "-" && i >= 2 && !f.toks[i-1].Space {
		prev = f.norm(i - 2)
	}
	full := f.toks[i].End-f.toks[i].Start > 4 || f.norm(i) == "june" || f.norm(i) == "july"
	if n := f.norm(i); n == "may" || n == "march" {
		full = monthPreps[prev]
	}
	if !full {
		return i + 1
	}
	py, pm, _ := f.pub.Date()
	y := py
	// "August-November 2023", "between May and July 2024": the year
	// written after the range holds for its first month too.
	if rangeLinks[f.norm(j)] {
		if m2, k, ok := f.monthAt(j + 1); ok {
			if y2, ok := f.yearNum(k); ok {
				if m > m2 {
					y2--
				}
				f.emit(f.extendBack(i), j, time.Date(y2, time.Month(m), 1, 0, 0, 0, 0, time.UTC), sitrep.GranMonth, false)
				return j
			}
		}
	}
	switch {
	case prev == "next" || (f.future(i) && m > int(pm)):
		if m <= int(pm) {
			y++
		}
	case prev == "last":
		if m >= int(pm) {
			y--
		}
	default:
		if m > int(pm) {
			y--
		}
	}
	f.emit(f.extendBack(i), j, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), sitrep.GranMonth, true)
	return j
}

// isUnitAfter rejects "March 3 km" style readings: a day number followed
// by a measure or a count noun is not a day.
func (f *finder) isUnitAfter(end int) bool {
	if w := f.kind(end); w.kind == kUnit {
		return true
	}
	switch f.norm(end) {
	case "percent", "%", "people", "km", "kilometres", "kilometers", "miles":
		return true
	}
	return false
}

// extendBack widens a mention over a preceding "on", "early", "late",
// "mid-", "last", "next" so its text reads naturally.
func (f *finder) extendBack(i int) int {
	switch f.norm(i - 1) {
	case "on", "early", "late", "last", "next", "this", "since":
		return i - 1
	case "-":
		if i >= 2 && f.norm(i-2) == "mid" {
			return i - 2
		}
	}
	return i
}

// emitDay emits a day date, inferring a missing year as the most recent
// such date not after the published date (or the next one in a clause
// that points forward).
func (f *finder) emitDay(first, last, y, m, d int, hasY bool) {
	if last <= first {
		return
	}
	if hasY {
		v := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if v.Day() == d {
			f.emit(first, last, v, sitrep.GranDay, false)
		}
		return
	}
	v, ok := f.inferDay(m, d, f.future(first))
	if ok {
		f.emit(first, last, v, sitrep.GranDay, true)
		f.out[len(f.out)-1].yearless = true
	}
}

// emitDayRange emits the two ends of "December 2-8" or "1 and 4 March";
// a missing year is inferred once, from the first day, so both ends share
// it.
func (f *finder) emitDayRange(first1, last1, first2, last2, y, m, d1, d2 int, hasY bool) {
	if !hasY {
		v, ok := f.inferDay(m, d1, f.future(first1))
		if !ok {
			return
		}
		y = v.Year()
	}
	for _, e := range [2][3]int{{first1, last1, d1}, {first2, last2, d2}} {
		v := time.Date(y, time.Month(m), e[2], 0, 0, 0, 0, time.UTC)
		if v.Day() == e[2] && e[1] > e[0] {
			f.emit(e[0], e[1], v, sitrep.GranDay, !hasY)
			f.out[len(f.out)-1].yearless = !hasY
		}
	}
}

// inferDay places month m day d in the year that makes it the latest such
// date not after published, or the first not before it when forward.
func (f *finder) inferDay(m, d int, forward bool) (time.Time, bool) {
	py := f.pub.Year()
	cands := [...]int{py + 1, py, py - 1, py - 2, py - 3, py - 4}
	if forward {
		for k := len(cands) - 1; k >= 0; k-- {
			v := time.Date(cands[k], time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if v.Day() == d && !v.Before(f.pub) {
				return v, true
			}
		}
		return time.Time{}, false
	}
	for _, y := range cands {
		v := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if v.Day() == d && !v.After(f.pub) {
			return v, true
		}
	}
	return time.Time{}, false
}

// number reads dates that start with a number: "28 November 2023", "1 and
// 4 March", "3/12/2023", "2023-12-04", "in 2022".
func (f *finder) number(i int) int {
	s := f.toks[i].Norm
	for k := 0; k < len(s); k++ {
		if s[k] == '/' || s[k] == '.' {
			return f.numericAt(i)
		}
	}
	// ISO 8601: 2023-12-04.
	if y, ok := f.yearNum(i); ok && i+4 < len(f.toks) && f.norm(i+1) == "-" && f.norm(i+3) == "-" &&
		!f.toks[i+1].Space && !f.toks[i+2].Space && !f.toks[i+3].Space && !f.toks[i+4].Space &&
		len(f.norm(i+2)) == 2 && len(f.norm(i+4)) == 2 {
		m, _, okm := f.dayNum(i + 2)
		d, _, okd := f.dayNum(i + 4)
		if okm && okd && m <= 12 {
			f.emitDay(i, i+5, y, m, d, true)
			return i + 5
		}
	}
	// ISO 8601 month: 2023-12 (but "2023-24" is a span of years).
	if y, ok := f.yearNum(i); ok && i+2 < len(f.toks) && f.norm(i+1) == "-" && !f.toks[i+1].Space && !f.toks[i+2].Space &&
		len(f.norm(i+2)) == 2 {
		if m, _, ok := f.dayNum(i + 2); ok && m <= 12 {
			f.emit(i, i+3, time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), sitrep.GranMonth, false)
			return i + 3
		}
	}
	if d, end, ok := f.dayNum(i); ok {
		j := end
		// "1 and 4 March", "10-15 May"
		if rangeLinks[f.norm(j)] {
			if d2, end2, ok := f.dayNum(j + 1); ok && d2 > d {
				k := end2
				if f.norm(k) == "of" {
					k++
				}
				if m, mEnd, ok := f.monthAt(k); ok {
					y, last, hasY := f.yearAfter(mEnd)
					if !hasY {
						last = mEnd
					}
					f.emitDayRange(i, end, j+1, last, y, m, d, d2, hasY)
					return last
				}
			}
		}
		if f.norm(j) == "of" {
			j++
		}
		if m, mEnd, ok := f.monthAt(j); ok && f.toks[j].Newlines == 0 {
			y, last, hasY := f.yearAfter(mEnd)
			if !hasY {
				last = mEnd
			}
			if f.isName(last) {
				return last
			}
			f.emitDay(i, last, y, m, d, hasY)
			return last
		}
		return i + 1
	}
	if y, ok := f.yearNum(i); ok && f.bareYear(i) {
		f.emit(i, i+1, time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), sitrep.GranYear, false)
	}
	return i + 1
}

// isName reports whether the capitalised word at k makes the date before
// it part of a name ("March 23 Movement").
func (f *finder) isName(k int) bool {
	return k < len(f.toks) && f.toks[k].Cap && nameHeads[f.toks[k].Norm]
}

// bareYear decides whether a four-digit number is a year by the word
// before it: "in 2022", "since 2015", "mid-2023", "the end of 2023".
func (f *finder) bareYear(i int) bool {
	if i+1 < len(f.toks) && f.toks[i+1].Kind == text.Word && !f.toks[i+1].Space {
		return false // "2023s", "2000km"
	}
	switch n := f.norm(i + 1); n {
	case "%", "percent", "gmt", "utc", "local", "hours", "hrs", "h":
		return false
	}
	if countNouns[f.norm(i+1)] {
		return false
	}
	if f.norm(i+1) == "-" && !f.toks[i+1].Space && i+2 < len(f.toks) && !f.toks[i+2].Space {
		// "2022-2023", "2023-24": the first year of a span.
		if _, ok := f.yearNum(i + 2); ok || len(f.norm(i+2)) == 2 && f.toks[i+2].Kind == text.Number {
			return true
		}
	}
	prev := f.norm(i - 1)
	if yearVerbs[f.norm(i+1)] && (prev == "" || prev == "said" || prev == "." || prev == "," || prev == "and" || prev == "but" ||
		f.toks[i].Newlines > 0 || f.sentence(i).First == i) {
		return true
	}
	switch {
	case prev == "-" && i >= 2 && !f.toks[i].Space:
		p2 := f.norm(i - 2)
		if p2 == "mid" || p2 == "early" || p2 == "late" {
			return true
		}
		// "2022-2023": the second year of a range.
		_, ok := f.yearNum(i - 2)
		return ok
	case prev == "of":
		return ofYearHeads[f.norm(i-2)]
	case prev == "the" || prev == "its" || prev == "their" || prev == "a" || prev == "'s":
		// "the 2016 peace agreement", "Sudan's 2019 revolution"; but "the
		// 2000 people" counts.
		n := f.kind(i + 1)
		return n.kind == kNone && i+1 < len(f.toks) && f.toks[i+1].Kind == text.Word && !countNouns[f.norm(i+1)]
	case prev == "and" || prev == "to" || prev == "between":
		// "between 2019 and 2021": only next to another year.
		if prev == "between" {
			_, ok := f.yearNum(i + 2)
			return ok && (f.norm(i+1) == "and" || f.norm(i+1) == "to")
		}
		return len(f.out) > 0 && f.out[len(f.out)-1].Last == i-1 && f.out[len(f.out)-1].Granularity == sitrep.GranYear
	}
	return yearPreps[prev]
}

// future reports whether the clause before token i points forward ("will
// meet on Monday", "next week", "scheduled for December 5").
func (f *finder) future(i int) bool {
	lo := 0
	if i < len(f.toks) && len(f.doc.Sentences) > 0 {
		if s := f.doc.SentenceOf(i); s < len(f.doc.Sentences) {
			lo = f.doc.Sentences[s].First
		}
	}
	for k := i - 1; k >= lo && k >= i-8; k-- {
		t := &f.toks[k]
		switch c, _ := clauseCues.GetHash(t.Hash, t.Norm); c {
		case cueFuture:
			return true
		case cueBreak:
			return false
		}
	}
	return false
}
