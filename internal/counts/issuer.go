package counts

import (
	"sitrep"
	"sitrep/internal/text"
)

// A situation report or flash update states its figures in its own voice,
// and its issuer is named on a line of its own under the title
// ("International Organization for Migration (IOM) | Displacement Tracking
// Matrix (DTM)"). That voice is the issuer's: a figure the report gives
// unattributed is the agency's word. News copy names outlets and reporters
// there instead ("By Olena Harmash", "(Reuters)"), which never issue.

// issuerLines bounds how far under the title the issuer line may stand.
const issuerLines = 3

// issuer returns the entity that issues the document, or "".
func (f *finder) issuer() string {
	if f.tab == nil || len(f.toks) == 0 {
		return ""
	}
	a := f.doc.LineEnd(0) // the title is the first line
	for n := 0; n < issuerLines && a < len(f.toks); n++ {
		b := f.doc.LineEnd(a)
		if id := f.issuerLine(a, b); id != "" {
			return id
		}
		a = b
	}
	return ""
}

// issuerLine returns the body a line [a, b) consists of: mentions of
// agencies, offices or organisations, with only brackets, separators and
// connectors between them.
func (f *finder) issuerLine(a, b int) string {
	if b-a > 24 {
		return ""
	}
	id := ""
	for k := a; k < b; k++ {
		t := f.toks[k]
		if m, ok := f.tab.At(k); ok {
			e, ok := f.tab.Get(m)
			if !ok {
				return ""
			}
			switch e.Kind {
			case sitrep.KindUN, sitrep.KindNGO, sitrep.KindGovernment:
			default:
				return ""
			}
			if id == "" {
				id = m
			}
			continue
		}
		if t.Kind == text.Punct && t.Norm != "." || t.Norm == "and" || t.Norm == "of" {
			continue
		}
		return ""
	}
	return id
}
