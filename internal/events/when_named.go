package events

import "sitrep/internal/text"

// namesThing reports a date used as the name of a happening: "protesting
// the results of the 9 October elections", "since the 7 October attack".
// It recalls that happening, and dates it alone ("the April 22 attack",
// "the 2016 peace agreement"), not the act told around it.
func namesThing(d *text.Doc, s text.Sentence, a anchor, trig int) bool {
	if trig >= a.end && trig <= a.end+namedReach || a.tok <= s.First || a.end >= s.Last || d.Tokens[a.tok-1].Norm != "the" {
		return false
	}
	t := &d.Tokens[a.end]
	return t.Kind == text.Word && !t.Cap && !dateFollowers.has(t)
}

// dateFollowers are the words that may follow a date that does date an
// act: "on the 9 October when", "the 12th and 13th".
var dateFollowers = newWordSet(map[string]bool{
	"and": true, "or": true, "to": true, "when": true, "as": true, "at": true, "in": true, "on": true,
	"after": true, "before": true, "while": true, "until": true, "till": true, "through": true,
	"during": true, "between": true, "from": true, "by": true, "with": true, "that": true, "of": true,
})

// namedReach is how many words after a date the noun it names may end:
// "the 2016 peace agreement".
const namedReach = 2
