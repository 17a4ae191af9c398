package events

import "sitrep/internal/text"

// nearSlackKM is how far past both radii a place said to be near another
// may lie before its resolution is taken for a namesake elsewhere: "near"
// in a report spans a few tens of kilometres.
const nearSlackKM = 50

// nearLead reports the words that may stand between a place and the "near" that situates it: "the
// Dumba community near Baga", "Bama town near Kaya".
func nearLead(n string) bool {
	switch n {
	case "community", "village", "town", "settlement", "hamlet",
		"area", "locality", "district", "camp", "market":
		return true
	}
	return false
}

// nearWordAfter reports the words that situate the place before them by the place after: "X near
// Y", "X outside Y", "X close to Y".
func nearWordAfter(n string) bool {
	switch n {
	case "near", "outside", "nearby":
		return true
	}
	return false
}

// misresolved returns the place a mention is said to be near when the
// mention resolved far from it ("in the Dumba community near Baga" with
// Dumba read as a namesake 200 km off): the gazetteer took another place of
// that name, and the act is near the reference, which the story placed.
func misresolved(in *Input, ix *index, s text.Sentence, a anchor) (anchor, bool) {
	d := in.Doc
	k := a.end
	for k < s.Last && k < a.end+2 && nearLead(d.Tokens[k].Norm) {
		k++
	}
	if k >= s.Last || !nearWordAfter(d.Tokens[k].Norm) && !(d.Tokens[k].Norm == "close" && k+1 < s.Last && d.Tokens[k+1].Norm == "to") {
		return anchor{}, false
	}
	if d.Tokens[k].Norm == "close" {
		k++
	}
	k++
	if k < s.Last && d.Tokens[k].Norm == "the" {
		k++
	}
	b, ok := mentionAt(ix, s, k)
	if !ok || b.tok != k {
		return anchor{}, false
	}
	p, q := &in.Places[a.idx], &in.Places[b.idx]
	if q.Kind == "country" || wide(q) || p.Kind == "country" || wide(p) {
		return anchor{}, false
	}
	if haversine(p.Lat, p.Lon, q.Lat, q.Lon) <= p.PrecisionKM+q.PrecisionKM+nearSlackKM {
		return anchor{}, false
	}
	return b, true
}
