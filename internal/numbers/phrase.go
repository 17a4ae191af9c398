package numbers

import "sitrep/internal/text"

// phrase reads the bare number at token j and what bounds and marks it:
// the qualifier rule that ran from first to j (nil when none), a range, a
// percent sign, a unit, an age, money, a date, a year, a ratio or a label.
func (r *reader) phrase(first, j int, rule *qualRule) (Quantity, bool) {
	money := false
	if j < len(r.toks) && r.toks[j].Kind == text.Punct && isCurrency(r.toks[j].Norm) && j+1 < len(r.toks) &&
		r.toks[j+1].Kind == text.Number && r.glued(j+1) {
		// "$5 million", "more than $5 million": the sign opens the phrase.
		money = true
		j++
	}
	b, ok := r.base(j)
	if !ok {
		return Quantity{}, false
	}
	q := Quantity{First: first, Value: b.val, Vague: b.vague, Words: b.words, Ordinal: b.ordinal, Money: money}
	var kind qualKind
	if rule != nil {
		kind, q.Qualifier = rule.kind, rule.name
	}
	end := b.end
	end, q.Percent = r.percent(end)
	hi, hasHi := 0.0, false
	if !b.ordinal && !b.vague && !(first == j && r.afterMonth(j)) {
		sep := r.norm(end)
		ok := false
		if kind == qRange {
			ok = (rule.words[0] == "between" && (sep == "and" || sep == "-")) || (rule.words[0] == "from" && (sep == "to" || sep == "-"))
		} else {
			ok = sep == "to" || sep == "or" || (sep == "-" && r.toks[end].Kind == text.Punct)
		}
		if ok {
			k := end + 1
			if k < len(r.toks) && r.toks[k].Kind == text.Punct && isCurrency(r.toks[k].Norm) {
				k++
			}
			// "7 to 25,490" is no range: the ends of a range are of a size.
			// Nor is "since October 7, 2023 to 43,391": a year that ends a
			// date is no low end of a figure, only of other years.
			if b2, ok2 := r.base(k); ok2 && !b2.vague && !b2.ordinal && b2.val >= b.val && b2.words == b.words &&
				(b2.val <= 100*b.val || b.val >= 1 && b2.val <= 100) && !(r.yearBefore(j) && yearShaped(b) && !yearShaped(b2)) {
				hi, hasHi = b2.val, true
				end = b2.end
				kind, q.Qualifier = qRange, "between"
				var p bool
				end, p = r.percent(end)
				q.Percent = q.Percent || p
			}
		}
	}
	if kind == qRange && !hasHi {
		if first != j {
			return r.phrase(j, j, nil)
		}
		kind = 0
	}
	lowerOpen := false
	switch n, n2 := r.norm(end), r.norm(end+1); {
	case !hasHi && (n == "or" || n == "and") && (n2 == "more" || n2 == "above" || n2 == "over" || n2 == "upwards"):
		lowerOpen, q.Qualifier = true, "or more"
		end += 2
	case !hasHi && n == "or" && n2 == "so":
		end += 2
		if q.Qualifier == "" {
			q.Qualifier = "or so"
		}
	case !hasHi && n == "+" && r.glued(end):
		lowerOpen, q.Qualifier = true, "or more"
		end++
	case !hasHi && n == "-" && n2 == "plus" && r.glued(end) && r.glued(end+1):
		lowerOpen, q.Qualifier = true, "or more"
		end += 2
	}

	lo := int64(b.val)
	switch {
	case hasHi:
		q.Min, q.Max = lo, r.bound(int64(hi))
	case lowerOpen || kind == qLower:
		q.Min = lo
	case kind == qUpper:
		q.Max = r.bound(lo)
	case b.vague:
		q.Min = lo
	default:
		q.Min, q.Max = lo, r.bound(lo)
	}

	end = r.marks(&q, j, end, b)
	q.Last = end
	q.Start = r.toks[q.First].Start
	q.End = r.toks[end-1].End
	return q, true
}

// bound returns a pointer to v carved from a per-call slab, so upper
// bounds do not cost one allocation each.
func (r *reader) bound(v int64) *int64 {
	if len(r.slab) == cap(r.slab) {
		r.slab = make([]int64, 0, 32)
	}
	r.slab = append(r.slab, v)
	return &r.slab[len(r.slab)-1]
}

// isNameWord reports whether token i could be part of a person's name: a
// capitalised word that is not a function word starting a sentence.
func (r *reader) isNameWord(i int) bool {
	t := &r.toks[i]
	return t.Kind == text.Word && t.Cap && wordOf(t).marks&mYearFollower == 0
}

func (r *reader) percent(end int) (int, bool) {
	switch r.norm(end) {
	case "%", "percent", "pct":
		return end + 1, true
	case "per":
		if r.norm(end+1) == "cent" {
			return end + 2, true
		}
	case "percentage":
		if n := r.norm(end + 1); n == "points" || n == "point" {
			return end + 2, true
		}
	}
	return end, false
}

// marks sets the flags that tell a head count from other numbers and
// returns the phrase's end after any unit or ratio it swallowed.
func (r *reader) marks(q *Quantity, j, end int, b based) int {
	plain := (q.First == j || q.Money && q.First == j-1) && !q.Percent
	// Units and ages: "20 km", "155mm", "three days", "10-day", "12-year-old", "12 years old".
	if !q.Percent && end < len(r.toks) {
		n := r.norm(end)
		w := r.info(end)
		u, hy := "", 0
		if r.toks[end].Kind == text.Word {
			if w.marks&mGluedOnly == 0 || r.glued(end) {
				u = w.unit
			}
		} else if n == "-" && r.glued(end) && r.glued(end+1) {
			u, hy = r.info(end+1).unit, 1
		}
		if u != "" {
			q.Unit = u
			end += 1 + hy
			if r.norm(end) == "old" || (r.norm(end) == "-" && r.norm(end+1) == "old") {
				q.Age, q.Unit = true, ""
				if r.norm(end) == "-" {
					end++
				}
				end++
			}
		} else if r.toks[end].Kind == text.Word && r.glued(end) && b.digits != "" && w.marks&mClock == 0 {
			switch w.kind {
			case wScale:
			default:
				if n != "bn" && n != "mn" && n != "k" {
					q.Label = true
				}
			}
		}
	}
	if plain {
		switch r.norm(j - 1) {
		case "aged", "age", "ages":
			q.Age = true
		case ",", "(":
			// An age in apposition: "Sgt. Eitan Mor, 20, from Ashdod", "Ahmed (12)".
			closeTok := ","
			if r.norm(j-1) == "(" {
				closeTok = ")"
			}
			if b.digits != "" && b.val < 120 && j >= 3 && (r.isNameWord(j-2) && r.isNameWord(j-3) || r.is(j-2, mPerson)) &&
				(r.norm(end) == closeTok || (closeTok == "," && (r.norm(end) == "." || r.norm(end) == "and"))) {
				q.Age = true
			}
		}
	}
	if !q.Money && b.digits != "" && r.isMoney(j, end) {
		q.Money = true
		if r.is(end, mCurrency) {
			end++
		} else if r.norm(end) == "us" && r.is(end+1, mCurrency) {
			end += 2
		}
	}
	if b.digits != "" && end < len(r.toks) {
		n := r.norm(end)
		if r.is(end, mClock) || n == "o'clock" {
			q.Unit = "clock"
			end++
		}
	}
	if plain && b.digits != "" && !q.Money && q.Unit == "" {
		r.dateMarks(q, j, end, b)
	}
	// Fractions: "two-thirds", "one third", "three quarters".
	if !q.Percent && !q.Vague && q.Unit == "" {
		k := end
		if r.norm(k) == "-" && r.glued(k) && r.glued(k+1) {
			k++
		}
		if r.is(k, mFraction) && (k > end || r.toks[k].Space) {
			q.Ratio = true
			end = k + 1
		}
	}
	// Ratios: "11 of the 15", "one in five", "3 out of 10".
	if !q.Percent && !q.Vague {
		k := end
		if r.norm(k) == "out" && r.norm(k+1) == "of" {
			k++
		}
		switch r.norm(k) {
		case "of":
			k++
			switch r.norm(k) {
			case "the", "its", "their", "those", "these", "all", "our", "his", "her":
				k++
			}
			if _, ok := r.base(k); ok && k < len(r.toks) {
				q.Ratio = true
			}
		case "in":
			if b2, ok := r.base(k + 1); ok && !b2.vague && q.Max != nil && b2.val > b.val {
				q.Ratio = true
				end = b2.end
			}
		}
	}
	if plain && b.digits != "" {
		r.labelMarks(q, j)
	}
	return end
}

// dateMarks flags the day of a date ("November 28", "28 November", "Dec.
// 3", "the 28th of November") and years ("in 2023", "2023 was").
func (r *reader) dateMarks(q *Quantity, j, end int, b based) {
	prevMonth := r.afterMonth(j)
	if b.val >= 1 && b.val <= 31 && b.val == float64(int64(b.val)) {
		if prevMonth && !r.dayBeforeMonth(j) || r.isMonth(end) || (r.norm(end) == "of" && r.isMonth(end+1)) {
			q.Date = true
			return
		}
	}
	if len(b.digits) != 4 || b.val < 1900 || b.val > 2100 || q.Max == nil || *q.Max != q.Min {
		return
	}
	for k := 0; k < 4; k++ {
		if c := b.digits[k]; c < '0' || c > '9' {
			return
		}
	}
	if r.yearBefore(j) || r.norm(j-1) == "from" {
		q.Year = true
		return
	}
	if r.norm(j-1) == "of" || end >= len(r.toks) {
		return
	}
	// "2000 Palestinians were killed" and "a toll of 2000." count; "2023
	// was" and "(2023)" are years.
	t := &r.toks[end]
	if t.Kind == text.Word && !t.Cap && wordOf(t).marks&mYearFollower != 0 || r.norm(j-1) == "(" && t.Norm == ")" {
		q.Year = true
	}
}

// yearShaped reports four plain digits that could be a year: "2023", not
// "2,023" or "1850".
func yearShaped(b based) bool {
	if len(b.digits) != 4 || b.val < 1900 || b.val > 2100 {
		return false
	}
	for k := 0; k < 4; k++ {
		if c := b.digits[k]; c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// yearBefore reports whether the words before token j make a year of the
// number there: a month ("October 2023"), a full date ("December 3,
// 2023"), a preposition of time ("since 2015") or a span of the year ("the
// end of 2023", but not "a toll of 2000"). "from" is left out: it opens
// ranges of figures as well as of years.
func (r *reader) yearBefore(j int) bool {
	if r.afterMonth(j) {
		return true
	}
	switch r.norm(j - 1) {
	case "in", "since", "until", "by", "early", "late", "mid", "year", "before", "after", "during", "through", "till", "summer", "winter", "spring", "autumn", "fall":
		return true
	case "of":
		switch r.norm(j - 2) {
		case "end", "start", "beginning", "middle", "spring", "summer", "autumn", "fall", "winter", "half", "quarter", "course", "rest":
			return true
		}
	case ",":
		return j >= 3 && r.toks[j-2].Kind == text.Number && r.isMonth(j-3)
	}
	return false
}

// afterMonth reports whether the number at j follows a month name ("Oct.
// 7", "October 7"): the day of a date. A full stop stands inside a date
// only after an abbreviation: in "25-27 July. 21 fatalities." it ends the
// sentence, and in "on 3 Dec. 21 people" the month has its day already.
func (r *reader) afterMonth(j int) bool {
	return r.isMonth(j-1) || r.norm(j-1) == "." && r.glued(j-1) && r.isMonth(j-2) && r.info(j-2).abbr
}

// dayBeforeMonth reports whether the month before the number at j has its
// day already ("on 3 Dec. 21 people", "25-27 July 21 fatalities"): a date
// has one day, so the number after the month counts something else.
func (r *reader) dayBeforeMonth(j int) bool {
	m := j - 1
	if r.norm(m) == "." {
		m--
	}
	return m >= 1 && r.toks[m-1].Kind == text.Number
}

func (r *reader) isMonth(i int) bool {
	return i >= 0 && i < len(r.toks) && r.toks[i].Cap && r.kind(i) == wMonth
}

// labelMarks flags numbers that name things: "Resolution 2334", "Route 60",
// "No. 5", "F-16", "COVID-19", "#3".
func (r *reader) labelMarks(q *Quantity, j int) {
	if j == 0 {
		return
	}
	p := &r.toks[j-1]
	switch {
	case p.Kind == text.Word && p.Cap && wordOf(p).marks&mLabel != 0 && r.toks[j].Space:
		q.Label = true
	case p.Kind == text.Word && !r.toks[j].Space:
		q.Label = true
	case p.Norm == "#" && !r.toks[j].Space:
		q.Label = true
	case p.Norm == "." && j >= 2 && r.toks[j-2].Cap && (r.toks[j-2].Norm == "no" || r.toks[j-2].Norm == "nos"):
		q.Label = true
	case p.Norm == "-" && !r.toks[j].Space && !p.Space && j >= 2 && r.toks[j-2].Kind == text.Word:
		switch r.toks[j-2].Norm {
		case "mid", "pre", "post", "early", "late", "since":
			if len(r.toks[j].Norm) == 4 {
				q.Year = true
			}
		default:
			q.Label = true
		}
	}
}
