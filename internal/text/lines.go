package text

// Lines and lists: sitreps and flash updates put figures in bullet lists and
// dot-leader tables, which several stages read the same way.

// bullets open a list item.
var bullets = map[string]bool{
	"•": true, "-": true, "*": true, "·": true, "▪": true, "◦": true, "‣": true, "●": true, "○": true,
	"■": true, "►": true, "✓": true,
}

// LineStart returns the first token of the line holding token i.
func (d *Doc) LineStart(i int) int {
	for i > 0 && i < len(d.Tokens) && d.Tokens[i].Newlines == 0 {
		i--
	}
	return i
}

// LineEnd returns the token after the last one of the line holding token i.
func (d *Doc) LineEnd(i int) int {
	i++
	for i < len(d.Tokens) && d.Tokens[i].Newlines == 0 {
		i++
	}
	return i
}

// ListLine reports that the line of tokens [a, b) is an item of a list or a
// table row: a bullet opens it, dot leaders run through it ("Mecúfi ........
// 4,870 people"), or it is a short "Name: figure" line.
func (d *Doc) ListLine(a, b int) bool {
	if b-a > 48 || b <= a || b > len(d.Tokens) {
		return false
	}
	if t := d.Tokens[a]; t.Kind == Punct && bullets[t.Norm] {
		return true
	}
	dots, colon, num := 0, false, false
	for k := a; k < b; k++ {
		t := d.Tokens[k]
		switch {
		case t.Kind == Punct && (t.Norm == "." || t.Norm == "…"):
			dots++
			if dots >= 3 || t.Norm == "…" && k > a && k+1 < b {
				return true
			}
			continue
		case t.Kind == Punct && t.Norm == ":":
			colon = true
		case t.Kind == Number:
			num = true
		}
		dots = 0
	}
	return colon && num && b-a <= 14
}
