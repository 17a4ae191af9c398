package dates

import (
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// datelineBytes bounds the head of the article searched for its own date.
const datelineBytes = 600

// Dateline finds the article's own date in its first lines: "KHARTOUM, Nov
// 12 (Reuters) -", "Published: 4 December 2023", "Dec 4, 2023 —",
// "2023-12-04". A dateline without a year takes the latest such day not
// after the current date; DatelineAt takes that reference explicitly.
func Dateline(doc *text.Doc) (time.Time, bool) {
	return DatelineAt(doc, time.Now().UTC())
}

// DatelineAt is Dateline with yearless datelines resolved against now.
func DatelineAt(doc *text.Doc, now time.Time) (time.Time, bool) {
	f := newFinder(doc, now, make([]Mention, 0, 4))
	// The tokens that start in the head: those ending in it, and the one
	// that crosses its end.
	end := doc.TokenAt(datelineBytes)
	if end < len(f.toks) && f.toks[end].Start < datelineBytes {
		end++
	}
	// The title is about events, never the article's own date.
	start := 1
	for start < end && f.toks[start].Newlines == 0 {
		start++
	}
	if start >= end {
		return time.Time{}, false
	}
	f.run(start, end)
	f.resolveNumeric()
	for _, m := range f.out {
		if m.Granularity != sitrep.GranDay || m.Value == "" || !f.datelineShaped(m) {
			continue
		}
		v, err := time.Parse("2006-01-02", m.Value)
		if err != nil {
			continue
		}
		return v, true
	}
	return time.Time{}, false
}

// datelineShaped tells the article's own date from an event date in its
// first sentence: it stands at the start of a line, after "Published:" or
// "Updated", or after a capitalised place and a comma ("GAZA CITY, Dec 4"),
// or it has a year on a short line of its own.
func (f *finder) datelineShaped(m Mention) bool {
	first := m.First
	if f.toks[first].Kind == text.Word && f.kind(first).kind != kMonth {
		// "on Sunday", "yesterday": resolved against the reference, not stated.
		return false
	}
	lineStart := first
	for lineStart > 0 && f.toks[lineStart].Newlines == 0 {
		lineStart--
	}
	lineEnd := m.Last
	for lineEnd < len(f.toks) && f.toks[lineEnd].Newlines == 0 {
		lineEnd++
	}
	hasYear := !m.Relative
	// A weekday before the date: "Monday 4 December 2023", "Mon, Dec 4".
	k := first - 1
	if f.norm(k) == "," {
		k--
	}
	if f.kind(k).kind == kWeekday {
		first = k
	}
	if first == lineStart && (hasYear || lineEnd-lineStart <= 12) {
		return true
	}
	switch f.norm(first - 1) {
	case ":", "published", "updated", "posted", "on":
		if first-lineStart <= 4 && (f.norm(lineStart) == "published" || f.norm(lineStart) == "updated" || f.norm(lineStart) == "posted" || f.norm(lineStart) == "date") {
			return true
		}
	case "|", "·", "•", "-", "/":
		// A byline or source line: "By Jane Doe | Dec 4, 2023"; not the
		// end of a range ("event notes, 29 April - 5 May 2024").
		rangeEnd := first >= 2 && (f.toks[first-2].Kind == text.Number || f.kind(first-2).kind == kMonth)
		if sep := f.toks[first-1]; hasYear && !rangeEnd && lineEnd-lineStart <= 20 && sep.Space && f.toks[first].Space {
			return true
		}
	case ",":
		// "KHARTOUM, Nov 12 (Reuters) -": a place in capitals before.
		p := f.toks[max(first-2, 0)]
		if p.Cap && first-lineStart <= 12 {
			after := f.norm(m.Last)
			if after == "(" || after == "-" || after == "/" || after == "," || after == "." || hasYear {
				return true
			}
		}
	}
	return false
}
