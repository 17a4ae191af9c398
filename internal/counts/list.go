package counts

import "sitrep/internal/text"

// Situation reports tabulate figures under a lead line: "Partners
// reported the following displacement:" then "Afgooye: 5,600 people" or
// "Mecúfi ........ 4,870 people". The row says only "people"; the lead
// says what happened to them.

// bullets open a list item.
var bullets = set("•", "-", "*", "·", "▪", "◦", "‣", "●", "○", "■", "►", "✓")

// lineStart returns the first token of the line holding token i.
func (f *finder) lineStart(i int) int {
	for i > 0 && f.toks[i].Newlines == 0 {
		i--
	}
	return i
}

// lineEnd returns the end of the line holding token i.
func (f *finder) lineEnd(i int) int {
	i++
	for i < len(f.toks) && f.toks[i].Newlines == 0 {
		i++
	}
	return i
}

// listLine reports that line [a, b) is a list item or table row.
func (f *finder) listLine(a, b int) bool {
	if b-a > 48 || b <= a {
		return false
	}
	if t := f.toks[a]; t.Kind == text.Punct && bullets[t.Norm] {
		return true
	}
	dots, colon, num := 0, false, false
	for k := a; k < b; k++ {
		t := f.toks[k]
		switch {
		case t.Kind == text.Punct && (t.Norm == "." || t.Norm == "…"):
			dots++
			if dots >= 3 || t.Norm == "…" && k > a && k+1 < b {
				return true
			}
			continue
		case t.Kind == text.Punct && t.Norm == ":":
			colon = true
		case t.Kind == text.Number:
			num = true
		}
		dots = 0
	}
	return colon && num && b-a <= 14
}

// listStatus returns the status the lead line of the list holding token i
// names ("the following new arrivals were recorded:"), or "".
func (f *finder) listStatus(i int) string {
	a := f.lineStart(i)
	if !f.listLine(a, f.lineEnd(i)) {
		return ""
	}
	for n := 0; a > 0 && n < 40; n++ {
		p := f.lineStart(a - 1)
		if f.norm(a-1) == ":" {
			for k := p; k < a; k++ {
				if st := f.statusAt(k); st != "" {
					return st
				}
			}
			return ""
		}
		if !f.listLine(p, a) {
			return ""
		}
		a = p
	}
	return ""
}

// moverOnly reports that the displacement the count [first, after) got
// comes only from a word of movement.
func (f *finder) moverOnly(first, after int) bool {
	for k := max(0, first-4); k < len(f.toks) && k < after+12; k++ {
		if st := statusWords[f.norm(k)]; st != "" && !movers[f.norm(k)] {
			return false
		}
	}
	return true
}
