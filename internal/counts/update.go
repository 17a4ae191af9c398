package counts

import "sitrep"

// A speaker who restates a toll after a colon, "Fedorov later updated the
// toll: two dead, 11 injured", says the figures in the list though no verb
// of speech frames them: the sentence's subject is their source.

// tollSpeaker returns the entity that opens the sentence of c when c
// follows "<subject> … <verb> the toll|figure|tally:" in that sentence.
func (f *finder) tollSpeaker(c *Count) string {
	if f.tab == nil {
		return ""
	}
	s := f.doc.Sentences[f.doc.SentenceOf(c.First)]
	colon := -1
	for k := c.First - 1; k > s.First; k-- {
		if f.norm(k) == ":" {
			colon = k
			break
		}
	}
	if colon < 0 || !f.is(colon-1, cTollNoun) || !f.is(colon-2, cTollVerb) && !f.is(colon-3, cTollVerb) {
		return ""
	}
	id, ok := f.tab.At(s.First)
	if !ok {
		return ""
	}
	if e, ok := f.tab.Get(id); !ok || e.Kind == sitrep.KindCivilians {
		return ""
	}
	// The subject must end before the verb: "Fedorov later updated".
	for k := s.First; k < colon-1; k++ {
		if f.is(k, cTollVerb) {
			return id
		}
	}
	return ""
}

// A toll that rises in a clause hung on a speaker's claim, "…, the
// prosecutor's office said, bringing to 213 the number of homicides", or
// that the speaker cites, "the prosecutor announced that he had opened an
// investigation, citing a toll of about 170 people", is the speaker's: the
// clause goes on with what the speaker said.

// riseSpeaker returns the source of the claim that ends just before
// ", <rise verb>" or ", citing" when the figure at first closes that
// clause.
func (f *finder) riseSpeaker(first int) string {
	s := f.doc.Sentences[f.doc.SentenceOf(first)]
	for r := first - 1; r > s.First+1 && r >= first-8; r-- {
		if f.punct(r) && !f.inDate(r) {
			return ""
		}
		if !f.is(r, cRise) && f.norm(r) != "citing" {
			continue
		}
		if f.norm(r-1) != "," {
			return ""
		}
		end := f.toks[r-2].End
		for i := range f.claims {
			cl := &f.claims[i]
			if cl.Content[0] < s.Start || cl.CueSpan[0] < s.Start {
				continue
			}
			// "…, X said, bringing": the cue closes the claim; "X said
			// that …, citing": the content does.
			if cl.CueSpan[1] == end && cl.Content[1] <= cl.CueSpan[0] || cl.Content[1] == end && cl.CueSpan[1] <= cl.Content[0] {
				return cl.Source
			}
		}
		return ""
	}
	return ""
}

// A body that says what it recorded, "Human Rights Watch interviewed 19
// people", "OHCHR verified 120 civilian deaths", gives a figure of its own
// though no verb of speech frames it: the sentence's subject is its
// source.

// recordSpeaker returns the entity that opens the sentence of the count at
// first when a verb of recording, after only that entity and auxiliaries,
// governs the count.
func (f *finder) recordSpeaker(first int) string {
	if f.tab == nil || !f.is(first-1, cRecord) {
		return ""
	}
	s := f.doc.Sentences[f.doc.SentenceOf(first)]
	id, ok := f.tab.At(s.First)
	if !ok {
		return ""
	}
	if e, ok := f.tab.Get(id); !ok || e.Kind == sitrep.KindCivilians {
		return ""
	}
	for k := s.First + 1; k < first-1; k++ {
		if id2, ok := f.tab.At(k); ok && id2 == id {
			continue
		}
		switch f.norm(k) {
		case "has", "have", "had", "also":
			continue
		}
		return ""
	}
	return id
}

// recordVerbs say that a body counted what it reports.
var recordVerbs = set("interviewed", "documented", "recorded", "verified", "registered", "counted", "surveyed", "tallied")

var tollNouns = set("toll", "tolls", "figure", "figures", "tally", "count", "numbers")

var tollVerbs = set("updated", "revised", "raised", "lowered", "gave", "put", "corrected", "confirmed", "updates", "revises", "gives", "puts")
