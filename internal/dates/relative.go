package dates

import (
	"slices"
	"sort"
	"time"

	"sitrep"
	"sitrep/internal/numbers"
	"sitrep/internal/text"
)

// weekday resolves "on Sunday", "last Sunday", "next Monday", "Sunday
// night": the latest such day not after the published date, unless the
// clause points forward.
func (f *finder) weekday(i, wd int) int {
	if !f.toks[i].Cap {
		return i + 1
	}
	if n := i + 1; n < len(f.toks) && f.toks[n].Cap && paperNames[f.toks[n].Norm] {
		return n + 1 // "the Sunday Times"
	}
	first, last := i, i+1
	mode := 0
	switch f.norm(i - 1) {
	case "last", "previous":
		mode, first = -1, i-1
	case "next", "coming":
		mode, first = 1, i-1
	case "this", "on", "early", "late", "since", "until", "by":
		first = i - 1
	}
	if mode == 0 && f.future(first) {
		mode = 2
	}
	if dayparts[f.norm(last)] {
		last++
	}
	back := (int(f.ref.Weekday()) - wd + 7) % 7
	var v time.Time
	switch mode {
	case -1:
		if back == 0 {
			back = 7
		}
		v = f.ref.AddDate(0, 0, -back)
	case 1:
		fwd := (wd - int(f.ref.Weekday()) + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		v = f.ref.AddDate(0, 0, fwd)
	case 2:
		v = f.ref.AddDate(0, 0, (wd-int(f.ref.Weekday())+7)%7)
	default:
		v = f.ref.AddDate(0, 0, -back)
	}
	f.emit(first, last, v, sitrep.GranDay, true)
	f.out[len(f.out)-1].weekday = true
	f.out[len(f.out)-1].wd = time.Weekday(wd)
	return last
}

// relDay resolves "yesterday", "today", "tonight", "overnight", "tomorrow"
// and "the day before yesterday".
func (f *finder) relDay(i, delta int) int {
	// "Russia Today", "USA Today": a name, not the day.
	if p := i - 1; p >= 0 && f.toks[i].Cap && f.toks[p].Cap && f.toks[p].Kind == text.Word && f.toks[i].Newlines == 0 &&
		f.sentence(i).First != i {
		return i + 1
	}
	first := i
	if delta == -1 && f.norm(i-1) == "before" && f.norm(i-2) == "day" && f.norm(i-3) == "the" {
		delta, first = -2, i-3
	}
	if f.norm(i) == "overnight" {
		// "overnight into Sunday": the weekday carries the date.
		if n := f.norm(i + 1); (n == "into" || n == "to") && f.kind(i+2).kind == kWeekday {
			return i + 1
		}
	}
	if f.norm(i) == "overnight" {
		// "withdrew overnight" on a day the sentence states is that day.
		f.relations = append(f.relations, relation{first: i, last: i + 1, local: true, ref: f.ref})
		return i + 1
	}
	f.emit(first, i+1, f.ref.AddDate(0, 0, delta), sitrep.GranDay, true)
	return i + 1
}

// deictic resolves "last week", "this month", "next year", "this morning",
// "last night". "The last week" and "the past month" are spans, not dates.
func (f *finder) deictic(i, dir int) int {
	p := f.norm(i - 1)
	if p == "the" || p == "a" || p == "its" || p == "their" || p == "his" || p == "her" {
		return i + 1
	}
	n := f.norm(i + 1)
	w := f.kind(i + 1)
	word := f.norm(i)
	if word == "earlier" || word == "later" {
		return i + 1 // "earlier this month": "this" carries it
	}
	if dayparts[n] {
		switch {
		case word == "this" && n != "night":
			f.emit(i, i+2, f.ref, sitrep.GranDay, true)
			return i + 2
		case word == "last" || word == "previous":
			f.emit(i, i+2, f.ref.AddDate(0, 0, -1), sitrep.GranDay, true)
			return i + 2
		}
		return i + 1
	}
	if w.kind != kUnit || (n != "week" && n != "month" && n != "year") {
		return i + 1
	}
	f.emitUnit(i, i+2, w.val, dir)
	return i + 2
}

// emitUnit emits the week, month or year that lies n units from the
// published one.
func (f *finder) emitUnit(first, last, unit, n int) {
	switch unit {
	case unitDay:
		f.emit(first, last, f.ref.AddDate(0, 0, n), sitrep.GranDay, true)
	case unitWeek:
		f.emit(first, last, f.ref.AddDate(0, 0, 7*n), sitrep.GranWeek, true)
	case unitMonth:
		y, m, _ := f.ref.Date()
		f.emit(first, last, time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC), sitrep.GranMonth, true)
	case unitYear:
		f.emit(first, last, time.Date(f.ref.Year()+n, 1, 1, 0, 0, 0, 0, time.UTC), sitrep.GranYear, true)
	}
}

// boundary resolves "(since) the start of the year", "the end of the
// month": the published year or month.
func (f *finder) boundary(i int) int {
	if f.norm(i+1) != "of" {
		return i + 1
	}
	k := i + 2
	if n := f.norm(k); n == "the" || n == "this" {
		k++
	}
	w := f.kind(k)
	if w.kind != kUnit || k == i+2 {
		return i + 1
	}
	switch f.norm(k) {
	case "month", "year", "week":
	default:
		return i + 1
	}
	first := i
	if f.norm(i-1) == "the" {
		first = i - 1
	}
	f.emitUnit(first, k+1, w.val, 0)
	return k + 1
}

// unit reads "three days ago", "two weeks ago" and durations that end on a
// stated day ("three days of fighting").
func (f *finder) unit(i, u int) int {
	if u == unitDay && f.norm(i-1) == "that" && f.norm(i+1) != "of" {
		// "earlier that day", "later that day", "on that day"
		first := i - 1
		switch f.norm(i - 2) {
		case "earlier", "later", "on":
			first = i - 2
		}
		f.relations = append(f.relations, relation{first: first, last: i + 1, same: true})
		return i + 1
	}
	if u == unitDay && f.norm(i-2) == "the" {
		// "the next day", "the following day", "the previous day"
		switch f.norm(i - 1) {
		case "next", "following":
			f.relations = append(f.relations, relation{first: i - 2, last: i + 1, days: 1})
			return i + 1
		case "previous", "preceding":
			f.relations = append(f.relations, relation{first: i - 2, last: i + 1, days: -1})
			return i + 1
		}
	}
	n, first, ok := f.countBefore(i)
	if !ok {
		return i + 1
	}
	if u == unitDay && n < 400 {
		// "a day after …", "two days before …", "three days later"
		switch f.norm(i + 1) {
		case "after":
			f.relations = append(f.relations, relation{first: first, last: i + 2, days: n, pivot: true})
			return i + 2
		case "before":
			f.relations = append(f.relations, relation{first: first, last: i + 2, days: -n, pivot: true})
			return i + 2
		case "later":
			f.relations = append(f.relations, relation{first: first, last: i + 2, days: n})
			return i + 2
		case "earlier":
			f.relations = append(f.relations, relation{first: first, last: i + 2, days: -n})
			return i + 2
		}
	}
	if f.norm(i+1) == "ago" {
		f.emitUnit(first, i+2, u, -n)
		return i + 2
	}
	if u != unitDay || n < 2 || n > 31 {
		return i + 1
	}
	next := i + 1
	if f.norm(next) == "of" {
		next++
		if !durationNouns[f.norm(next)] && durationNouns[f.norm(next+1)] {
			next++
		}
	}
	if durationNouns[f.norm(next)] {
		f.durations = append(f.durations, duration{first: first, last: i + 1, days: n})
	}
	return i + 1
}

// countBefore reads the number before a unit word at i: "three days",
// "24 hours", "a week", "twenty-one days", "three-day".
func (f *finder) countBefore(i int) (n, first int, ok bool) {
	end := i
	if f.norm(i-1) == "-" && i >= 2 && !f.toks[i].Space && !f.toks[i-1].Space {
		end = i - 1
	}
	switch f.norm(end - 1) {
	case "a", "an", "one":
		return 1, end - 1, true
	}
	for k := end - 1; k >= 0 && k >= end-3; k-- {
		q, ok := numbers.At(f.doc, k)
		if !ok {
			continue
		}
		if (q.Last == end || q.Last == i+1) && !q.Vague && q.Max != nil && q.Min == *q.Max && q.Min > 0 && q.Min < 1000 && !q.Percent {
			return int(q.Min), k, true
		}
	}
	return 0, 0, false
}

// resolveDurations turns "three days of fighting" into a range that ends
// (or, after "began"/"since", starts) on a day stated in the same sentence
// within a few tokens of it.
func (f *finder) resolveDurations() {
	if len(f.durations) == 0 {
		return
	}
	const window = 30
	var extra []Mention
	for _, d := range f.durations {
		s := f.doc.SentenceOf(d.first)
		if s >= len(f.doc.Sentences) {
			continue
		}
		sent := f.doc.Sentences[s]
		lo := sort.Search(len(f.out), func(k int) bool { return f.out[k].First >= max(sent.First, d.first-window) })
		anchor := -1
		for k := lo; k < len(f.out) && f.out[k].First < min(sent.Last, d.last+window); k++ {
			m := &f.out[k]
			if m.Last > sent.Last || m.Granularity != sitrep.GranDay || m.Value == "" {
				continue
			}
			if anchor < 0 || (f.out[anchor].First < d.first && m.First > d.first) {
				anchor = k
			}
		}
		if anchor < 0 {
			continue
		}
		end, err := time.Parse("2006-01-02", f.out[anchor].Value)
		if err != nil {
			continue
		}
		m := Mention{First: d.first, Last: d.last, Start: f.toks[d.first].Start, End: f.toks[d.last-1].End,
			Granularity: sitrep.GranDay, Relative: true, span: true}
		if f.startsAt(sent, f.out[anchor].First) {
			// The stated day is the first; the duration gives the last.
			last := end.AddDate(0, 0, d.days-1)
			if last.After(f.pub) {
				last = f.pub
			}
			if !last.After(end) {
				continue
			}
			m.Value = format(last, sitrep.GranDay)
		} else {
			m.Value = format(end.AddDate(0, 0, -(d.days-1)), sitrep.GranDay)
			m.RangeEnd = format(end, sitrep.GranDay)
		}
		extra = append(extra, m)
	}
	f.out = merge(f.out, extra)
}

// resolveRelations places "a day after the Dec. 9 attack", "on Dec. 9, a
// day after …", "three days later" and "the next day" against the day
// mention they lean on.
func (f *finder) resolveRelations() {
	if len(f.relations) == 0 {
		return
	}
	var extra []Mention
	for _, r := range f.relations {
		sent := f.sentence(r.first)
		days := r.days
		anchor := -1
		if r.local {
			v := format(r.ref, sitrep.GranDay)
			if k := f.dayMentionAt(max(sent.First, r.first-30), r.first, true); k >= 0 {
				v = f.out[k].Value
			} else if k := f.dayMentionAt(r.last, min(sent.Last, r.last+30), false); k >= 0 {
				v = f.out[k].Value
			}
			extra = append(extra, Mention{First: r.first, Last: r.last, Start: f.toks[r.first].Start, End: f.toks[r.last-1].End,
				Value: v, Granularity: sitrep.GranDay, Relative: true})
			continue
		}
		if r.pivot {
			// A day mention right after "after"/"before" is what it counts from.
			if k := f.dayMentionAt(r.last, min(sent.Last, r.last+8), false); k >= 0 {
				anchor = k
			} else if k := f.dayMentionAt(max(sent.First, r.first-20), r.first, true); k >= 0 {
				// "… on Dec. 9, a day after X": X is the day the other way.
				anchor, days = k, -days
			}
		} else {
			// "The next day", "three days later": the last day told in this
			// sentence or the one before, unless that day is background
			// ("since the war began on Oct. 7").
			anchor = f.eventDay(r)
		}
		if anchor < 0 {
			continue
		}
		base, err := time.Parse("2006-01-02", f.out[anchor].Value)
		if err != nil {
			continue
		}
		extra = append(extra, Mention{First: r.first, Last: r.last, Start: f.toks[r.first].Start, End: f.toks[r.last-1].End,
			Value: format(base.AddDate(0, 0, days), sitrep.GranDay), Granularity: sitrep.GranDay, Relative: true})
	}
	f.out = merge(f.out, extra)
}

// eventDay returns the index in f.out of the day a non-pivot relation
// counts from, or -1. "That day" is the last day told in its paragraph or
// the one before, unless that day opens a tally ("since Tuesday"). "The
// next day" and "three days later" count from the last event day told
// in this sentence or the one before; background days ("since Tuesday",
// "the war began on Oct. 7") are passed over, and past them any earlier
// event day counts, except one the count would carry past publication
// (the dateline).
func (f *finder) eventDay(r relation) int {
	lo := 0
	if !r.same {
		// A day told two sentences back is too far to count from, unless
		// the nearer days are background: the count then skips them.
		lo = f.sentence(r.first).First
		if s := f.doc.SentenceOf(r.first); s > 0 && s < len(f.doc.Sentences) {
			lo = f.doc.Sentences[s-1].First
		}
		lo = max(lo, r.first-60)
	}
	if r.same {
		s := f.doc.SentenceOf(r.first)
		if s < len(f.doc.Sentences) {
			para := f.doc.Sentences[s].Para
			for s > 0 && f.doc.Sentences[s-1].Para >= para-1 {
				s--
			}
			lo = f.doc.Sentences[s].First
		}
	}
	k := sort.Search(len(f.out), func(k int) bool { return f.out[k].First >= r.first }) - 1
	for ; k >= 0 && f.out[k].First >= lo; k-- {
		m := &f.out[k]
		if m.Granularity != sitrep.GranDay || m.Value == "" || m.Last > r.first || m.span {
			continue
		}
		if r.same {
			if f.since(m.First) {
				continue
			}
			return k
		}
		if f.since(m.First) || f.background(m.First) {
			lo = 0
			continue
		}
		if v, err := time.Parse("2006-01-02", m.Value); err == nil && v.AddDate(0, 0, r.days).After(f.pub) {
			continue
		}
		return k
	}
	return -1
}

// since reports whether the day mention at token a opens a tally: "since
// Tuesday", "since 7 October".
func (f *finder) since(a int) bool {
	return f.norm(a) == "since" || f.norm(a-1) == "since"
}

// dayMentionAt returns the index in f.out of the first (or, when last, the
// final) day mention lying within tokens [lo, hi), or -1.
func (f *finder) dayMentionAt(lo, hi int, last bool) int {
	k := sort.Search(len(f.out), func(k int) bool { return f.out[k].First >= lo })
	found := -1
	for ; k < len(f.out) && f.out[k].First < hi; k++ {
		if f.out[k].Granularity == sitrep.GranDay && f.out[k].Value != "" && f.out[k].Last <= hi {
			found = k
			if !last {
				break
			}
		}
	}
	return found
}

// background reports whether the mention at token a dates the start of a
// longer story ("since …", "the war began on …") rather than an event.
func (f *finder) background(a int) bool {
	for k := max(0, a-3); k < a; k++ {
		switch f.toks[k].Norm {
		case "since", "began", "begun", "started", "erupted":
			return true
		}
	}
	return false
}

// startsAt reports whether the day mention at token a is where the span
// began ("began on Friday", "since Friday", "from Friday").
func (f *finder) startsAt(sent text.Sentence, a int) bool {
	for k := max(sent.First, a-4); k < a; k++ {
		switch f.toks[k].Norm {
		case "began", "begun", "started", "since", "from", "starting", "beginning", "launched", "erupted":
			return true
		}
	}
	return false
}

// merge joins two lists of mentions sorted by First, reusing a.
func merge(a, b []Mention) []Mention {
	if len(b) == 0 {
		return a
	}
	a = append(a, b...)
	slices.SortStableFunc(a, func(x, y Mention) int { return x.First - y.First })
	return a
}
