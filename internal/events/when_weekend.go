package events

import (
	"time"

	"sitrep/internal/text"
)

// weekend reports a clause dated by the weekend before the story: "fighting
// broke out over the weekend", "at the weekend", "last weekend".
func weekend(d *text.Doc, s text.Sentence) bool {
	for i := s.First + 1; i < s.Last; i++ {
		if d.Tokens[i].Norm == "weekend" {
			switch d.Tokens[i-1].Norm {
			case "the", "last", "this", "past":
				return true
			}
		}
	}
	return false
}

// weekendBefore is the Saturday and Sunday of the latest weekend on or
// before the published day; a story out on a Saturday means that day.
func weekendBefore(published time.Time) (sat, sun string) {
	back := (int(published.Weekday()) + 1) % 7 // days since Saturday
	s := published.AddDate(0, 0, -back)
	return s.Format("2006-01-02"), s.AddDate(0, 0, 1).Format("2006-01-02")
}

// chainedOffset is how many days past its prior stated day a sentence's
// day reference points when the sentences between referred on from that day
// too: "The violence began on Thursday ... The next day, a mob set fire to
// the bazaar. Police said women were taken hostage on the same day" is the
// Friday.
func chainedOffset(in *Input, ix *index, dayTok int, s sentence) int {
	d := in.Doc
	off := 0
	for si := d.SentenceOf(dayTok) + 1; si < s.idx; si++ {
		t := d.Sentences[si]
		if len(within(ix.times, t)) > 0 {
			continue
		}
		if k, ok := anaphoricDay(d, t); ok {
			off += k
		}
	}
	return off
}
