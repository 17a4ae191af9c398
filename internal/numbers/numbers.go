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
	// News copy holds about one number phrase per 25 tokens.
	return AppendFind(make([]Quantity, 0, len(doc.Tokens)/25+4), doc)
}

// AppendFind appends Find's phrases to dst and returns the extended slice,
// so a caller that runs over many articles can reuse one buffer.
func AppendFind(dst []Quantity, doc *text.Doc) []Quantity {
	out := dst
	r := reader{doc: doc, toks: doc.Tokens}
	toks := doc.Tokens // a local the loop need not reload through r
	for i := 0; i < len(toks); i++ {
		// Most tokens start no number: ruling them out here, a word by a
		// filter before its lookup, spares the call and the copy of an
		// empty Quantity per token.
		switch t := &toks[i]; t.Kind {
		case text.Punct:
			if !isCurrency(t.Norm) {
				continue
			}
		case text.Word:
			if !startFilter.MayContainHash(t.Hash) {
				continue
			}
		}
		if q, ok := r.at(i); ok {
			out = append(out, q)
			i = q.Last - 1
		}
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

func (r *reader) kind(i int) wordKind { return r.info(i).kind }

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
	info := wordOf(t)
	if info.marks&mStart == 0 {
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
	case wArticle:
		// "a dozen", "a few", "a hundred": an article alone, the
		// commonest word of all, is no number.
		if k := r.kind(i + 1); k != wScale && k != wVague {
			return Quantity{}, false
		}
		return r.phrase(i, i, nil)
	case wSmall, wTens, wScale, wVague, wHalf:
		return r.phrase(i, i, nil)
	}
	return Quantity{}, false
}

// matchWords reports whether the words of a qualifier rule stand at i. The
// word at i is the rule's first: the lexicon filed the rule under it.
func (r *reader) matchWords(i int, words []string) bool {
	if i+len(words) > len(r.toks) {
		return false
	}
	for k := 1; k < len(words); k++ {
		t := &r.toks[i+k]
		if t.Kind != text.Word || t.Norm != words[k] || t.Newlines > 1 {
			return false
		}
	}
	return true
}
