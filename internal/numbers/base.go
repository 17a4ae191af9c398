package numbers

import "sitrep/internal/text"

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
		if w := wordOf(&r.toks[i+1]); w.kind == wScale {
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
	w := r.info(j)
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
	if w := r.info(j + 1); w.kind == wScale || r.norm(j+1) == "dozen" {
		b.val *= float64(w.val)
		b.end = j + 2
	}
	// "tens of thousands", "hundreds of thousands", "dozens of millions".
	if r.norm(b.end) == "of" {
		if m := r.norm(b.end + 1); m == "thousands" || m == "millions" || m == "billions" {
			mult := float64(r.info(b.end + 1).val)
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
			if t.Norm == "-" && !t.Space && state == sTens && cur%10 == 0 && r.glued(j+1) && r.kind(j+1) == wSmall && r.info(j+1).val < 10 {
				continue
			}
			break
		}
		if t.Kind != text.Word {
			break
		}
		w := wordOf(t)
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
	w := r.info(i + 2)
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
	return r.is(end, mCurrency) || (r.norm(end) == "us" && r.is(end+1, mCurrency))
}
