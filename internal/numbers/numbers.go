// Package numbers reads number phrases in news copy: digits with separators
// and decimals, number words, vague amounts with ACLED's conservative
// readings, qualifiers and ranges that bound a figure, and the marks that
// tell a head count from a year, a percentage, a ratio, a measure, money,
// an age, a date or a time of day.
//
// Readings follow FORMAT.md and ACLED's conservative coding. A qualifier
// that bounds from below ("at least", "more than", "over", "no fewer than",
// "N or more") gives Min N and no Max; one that bounds from above ("up to",
// "fewer than", "less than", "as many as", "at most", "under") gives Min 0
// and Max N; an approximation ("about", "around", "nearly", "almost",
// "some", "roughly", "an estimated") gives Min = Max = N. Vague amounts give
// Min and no Max: tens 10, dozens 12, scores 20, hundreds 100, thousands
// 1000, tens of thousands 10000, several 3, a handful 3, a few 2. ACLED
// has no figure for "several" people; 3 is the smallest reading above "a
// couple".
package numbers

import (
	"sitrep/internal/text"
)

// Quantity is one number phrase. First/Last are token indices [First, Last)
// into doc.Tokens covering the whole phrase with its qualifier ("more than
// 60", "nearly 70 percent", "between 10 and 15", "tens of thousands").
type Quantity struct {
	First, Last int
	Start, End  int // byte span of the phrase
	// Min and Max bound the figure as FORMAT.md reads it: "more than 60"
	// 60/nil, "up to 140" 0/140, "nine" 9/9, "dozens" 12/nil.
	Min int64
	Max *int64
	// Value is the bare number (70 for "nearly 70 percent"; the lower end
	// of a range; the conservative reading of a vague amount).
	Value float64
	// Qualifier is the folded qualifier ("at least", "more than", "up to",
	// "between" for every range, "or more"…), "" when none.
	Qualifier string
	Vague     bool // dozens, hundreds, several, scores, a handful, tens of thousands
	Words     bool // spelled out ("nine", "a dozen")
	Percent   bool // "70 percent", "70%", "70 per cent"
	Ratio     bool // "11 of the 15", "one in five": a part, not a head count
	Year      bool // "in 2023"
	Ordinal   bool // "28th"
	Money     bool // "$5 million", "20 dollars"
	Age       bool // "aged 12", "a 12-year-old"
	Date      bool // the day of a date: "November 28", "28 November"
	Label     bool // names a thing: "Resolution 2334", "F-16", "No. 5"
	// Unit is the measure or duration that follows ("km", "mm", "day",
	// "year"), "" when none.
	Unit string
}

// HeadCount reports whether the phrase could count people: it is none of
// a percentage, ratio, year, ordinal, money, age, date, label or measure.
func (q *Quantity) HeadCount() bool {
	return !(q.Percent || q.Ratio || q.Year || q.Ordinal || q.Money || q.Age || q.Date || q.Label || q.Unit != "")
}

// maxValue caps parsed figures so conversions to int64 never overflow.
const maxValue = 1e15

// Find returns every number phrase in doc, in text order. Phrases never
// overlap. It reads each token a bounded number of times, so it runs in
// time linear in the document.
func Find(doc *text.Doc) []Quantity {
	out := make([]Quantity, 0, 16)
	r := reader{doc: doc, toks: doc.Tokens}
	for i := 0; i < len(r.toks); {
		if q, ok := r.at(i); ok {
			out = append(out, q)
			i = q.Last
			continue
		}
		i++
	}
	return out
}

// At reads the number phrase that starts at token i of doc, if one does.
// Callers that look for a number at a known place ("three days ago") use it
// instead of Find.
func At(doc *text.Doc, i int) (Quantity, bool) {
	if i < 0 || i >= len(doc.Tokens) {
		return Quantity{}, false
	}
	r := reader{doc: doc, toks: doc.Tokens}
	return r.at(i)
}

// ParseWords reads a number written in words or digits: "twenty-three" →
// 23, "a dozen" → 12, "two hundred and fifty" → 250, "1,000" → 1000. It
// fails unless the whole string is one number.
func ParseWords(s string) (int64, bool) {
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return 0, false
	}
	r := reader{doc: &text.Doc{Text: s, Tokens: toks}, toks: toks}
	b, ok := r.base(0)
	if !ok || b.end != len(toks) {
		return 0, false
	}
	return int64(b.val), true
}

type reader struct {
	doc  *text.Doc
	toks []text.Token
	slab []int64 // backing store for Quantity.Max
}

// norm returns the folded form of token i, "" past either end.
func (r *reader) norm(i int) string {
	if i < 0 || i >= len(r.toks) {
		return ""
	}
	return r.toks[i].Norm
}

func (r *reader) glued(i int) bool { return i < len(r.toks) && i > 0 && !r.toks[i].Space }

func (r *reader) kind(i int) wordKind {
	if i < 0 || i >= len(r.toks) || r.toks[i].Kind != text.Word {
		return wNone
	}
	return lexicon[r.toks[i].Norm].kind
}

// at reads the phrase that starts at token i, if any.
func (r *reader) at(i int) (Quantity, bool) {
	t := &r.toks[i]
	switch t.Kind {
	case text.Number:
		return r.phrase(i, i, nil)
	case text.Punct:
		if isCurrency(t.Norm) {
			return r.phrase(i, i, nil)
		}
		return Quantity{}, false
	}
	info, ok := lexicon[t.Norm]
	if !ok {
		return Quantity{}, false
	}
	if len(info.quals) > 0 {
		for _, k := range info.quals {
			rule := &qualifiers[k]
			if !r.matchWords(i, rule.words) {
				continue
			}
			j := i + len(rule.words)
			if q, ok := r.phrase(i, j, rule); ok {
				return q, true
			}
			break
		}
	}
	switch info.kind {
	case wSmall, wTens, wScale, wVague, wArticle, wHalf:
		return r.phrase(i, i, nil)
	}
	return Quantity{}, false
}

func (r *reader) matchWords(i int, words []string) bool {
	if i+len(words) > len(r.toks) {
		return false
	}
	for k, w := range words {
		t := &r.toks[i+k]
		if t.Kind != text.Word || t.Norm != w || (k > 0 && t.Newlines > 1) {
			return false
		}
	}
	return true
}

// based is a bare number before its qualifier and marks are read.
type based struct {
	val     float64
	end     int // token after the number
	vague   bool
	words   bool
	ordinal bool
	digits  string // the digits token, "" for words
}

// base reads a bare number at token i: digits (with a scale word), number
// words or a vague amount.
func (r *reader) base(i int) (based, bool) {
	if i >= len(r.toks) {
		return based{}, false
	}
	t := &r.toks[i]
	if t.Kind == text.Number {
		return r.digits(i)
	}
	if t.Kind != text.Word {
		return based{}, false
	}
	if b, ok := r.vague(i); ok {
		return b, true
	}
	if t.Norm == "half" {
		return r.half(i)
	}
	return r.words(i)
}

func (r *reader) digits(i int) (based, bool) {
	s := r.toks[i].Norm
	v, frac, ord, ok := parseDigits(s)
	if !ok {
		return based{}, false
	}
	b := based{val: v, end: i + 1, ordinal: ord, digits: s}
	if ord {
		return b, true
	}
	// Scale words: "8.6 million", "1.5bn", "3 thousand".
	if n := r.norm(i + 1); n != "" && r.toks[i+1].Kind == text.Word {
		scale := int64(0)
		if w := lexicon[n]; w.kind == wScale {
			scale = w.val
		} else if n == "bn" {
			scale = 1e9
		} else if n == "mn" || (n == "m" && r.glued(i+1) && (frac || r.isMoney(i, i+2))) {
			scale = 1e6
		} else if n == "k" && r.glued(i+1) {
			scale = 1e3
		}
		if scale > 0 {
			b.val = min(b.val*float64(scale), maxValue)
			b.end = i + 2
		}
	}
	return b, true
}

// parseDigits reads "1,000", "8.6", "28th". Numeric dates and clock times
// ("3/12/2023", "10:30") are not quantities.
func parseDigits(s string) (v float64, frac, ord, ok bool) {
	var whole float64
	var fscale float64
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c >= '0' && c <= '9':
			if fscale > 0 {
				whole += float64(c-'0') * fscale
				fscale /= 10
			} else {
				whole = min(whole*10+float64(c-'0'), maxValue)
			}
		case c == ',':
			if fscale > 0 {
				return 0, false, false, false
			}
		case c == '.':
			if fscale > 0 {
				return 0, false, false, false
			}
			fscale, frac = 0.1, true
		case c == '/' || c == ':':
			return 0, false, false, false
		default:
			// The tokenizer only lets an ordinal suffix through.
			return whole, frac, true, !frac
		}
	}
	return whole, frac, false, true
}

// vague reads "dozens", "tens of thousands", "several hundred", "a handful",
// "a few", "scores of".
func (r *reader) vague(i int) (based, bool) {
	j := i
	if r.kind(i) == wArticle {
		j++
	}
	if r.kind(j) != wVague {
		return based{}, false
	}
	n := r.norm(j)
	w := lexicon[n]
	switch n {
	case "few", "couple", "handful":
		if j == i { // "few" alone is not an amount
			return based{}, false
		}
	case "dozen":
		if j == i {
			return based{}, false
		}
	case "tens":
		if r.norm(j+1) != "of" {
			return based{}, false
		}
	case "scores":
		switch r.norm(j + 1) {
		case "of", "were", "have", "had", "more", "killed", "died", "dead", "wounded", "injured", "others", "fled":
		default:
			return based{}, false
		}
	case "several":
		if r.kind(j+1) == wNone && r.toks[min(j+1, len(r.toks)-1)].Kind != text.Word {
			return based{}, false
		}
	default:
		if j != i {
			return based{}, false
		}
	}
	b := based{val: float64(w.val), end: j + 1, vague: n != "dozen", words: true}
	if n == "dozen" {
		// "a dozen" is a figure, not a vague amount.
		return b, true
	}
	// "several hundred", "a few dozen", "a few thousand".
	if k := r.kind(j + 1); k == wScale || r.norm(j+1) == "dozen" {
		b.val *= float64(lexicon[r.norm(j+1)].val)
		b.end = j + 2
	}
	// "tens of thousands", "hundreds of thousands", "dozens of millions".
	if r.norm(b.end) == "of" {
		if m := r.norm(b.end + 1); m == "thousands" || m == "millions" || m == "billions" {
			mult := float64(lexicon[m].val)
			if m == "billions" {
				mult = 1e9
			}
			b.val = min(b.val*mult, maxValue)
			b.end += 2
		}
	}
	return b, true
}

// words reads a number in words: "nine", "twenty-three", "a hundred", "two
// hundred and fifty", "three million", "two dozen".
func (r *reader) words(i int) (based, bool) {
	const (
		sStart = iota
		sArticle
		sSmall
		sTens
		sHundred
		sBig
	)
	var total, cur int64
	state := sStart
	end := -1
	j := i
loop:
	for ; j < len(r.toks); j++ {
		t := &r.toks[j]
		if j > i && t.Newlines > 1 {
			break
		}
		if t.Kind == text.Punct {
			// "twenty-three"
			if t.Norm == "-" && !t.Space && state == sTens && cur%10 == 0 && r.glued(j+1) && r.kind(j+1) == wSmall && lexicon[r.norm(j+1)].val < 10 {
				continue
			}
			break
		}
		if t.Kind != text.Word {
			break
		}
		w := lexicon[t.Norm]
		switch w.kind {
		case wArticle:
			if state != sStart {
				break loop
			}
			if k := r.kind(j + 1); k != wScale && r.norm(j+1) != "dozen" {
				break loop
			}
			cur, state = 1, sArticle
			continue
		case wSmall:
			switch {
			case state == sStart || state == sHundred || state == sBig:
			case state == sTens && cur%10 == 0 && w.val > 0 && w.val < 10:
			default:
				break loop
			}
			cur += w.val
			state = sSmall
		case wTens:
			if state != sStart && state != sHundred && state != sBig {
				break loop
			}
			cur += w.val
			state = sTens
		case wScale:
			if state == sBig && cur == 0 {
				break loop
			}
			if state == sStart {
				// "some hundred people": a bare scale word is one of it.
				cur = 1
			}
			if w.val == 100 {
				if state == sHundred || cur >= 100 {
					break loop
				}
				cur *= 100
				state = sHundred
			} else {
				total = min(total+max(cur, 1)*w.val, maxValue)
				cur = 0
				state = sBig
			}
		case wVague:
			if t.Norm != "dozen" || (state != sSmall && state != sTens) {
				break loop
			}
			cur *= 12
			end = j + 1
			break loop
		default:
			if t.Norm == "and" && (state == sHundred || state == sBig) {
				if k := r.kind(j + 1); k == wSmall || k == wTens {
					continue
				}
			}
			break loop
		}
		end = j + 1
	}
	if end < 0 {
		return based{}, false
	}
	v := total + cur
	if end == i+1 && r.norm(i) == "one" && !r.oneIsNumber(i) {
		return based{}, false
	}
	return based{val: float64(v), end: end, words: true}, true
}

// half reads "half a million", "half a dozen".
func (r *reader) half(i int) (based, bool) {
	if k := r.kind(i + 1); k != wArticle {
		return based{}, false
	}
	n := r.norm(i + 2)
	w := lexicon[n]
	if w.kind != wScale && n != "dozen" {
		return based{}, false
	}
	return based{val: float64(w.val) / 2, end: i + 3, words: true}, true
}

// oneIsNumber tells "one soldier" from the pronoun in "no one", "one
// another", "the one who".
func (r *reader) oneIsNumber(i int) bool {
	switch r.norm(i - 1) {
	case "no", "any", "every", "each", "the", "this", "that", "which", "someone", "anyone", "everyone":
		return false
	}
	switch r.norm(i + 1) {
	case "another", "day", "time", "way", "side", "hand", "thing":
		return false
	}
	return true
}

func isCurrency(n string) bool {
	return n == "$" || n == "€" || n == "£" || n == "¥" || n == "₪" || n == "₽" || n == "₴"
}

// isMoney reports whether the number at i (its phrase ending before end) is
// an amount of money.
func (r *reader) isMoney(i, end int) bool {
	if i > 0 && r.toks[i-1].Kind == text.Punct && isCurrency(r.toks[i-1].Norm) {
		return true
	}
	return currencies[r.norm(end)] || (r.norm(end) == "us" && currencies[r.norm(end+1)])
}
