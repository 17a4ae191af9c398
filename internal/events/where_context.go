package events

import (
	"slices"

	"sitrep"

	"sitrep/internal/text"
)

// placesIn returns the place anchors of sentence s that can be where an act
// happened: a dateline's place is where the story was filed from. The
// dateline the extractor found is already left out of the index; this also
// drops the all-capitals forms it does not take ("IMPHAL:", "QUETTA /
// PESHAWAR:").
func placesIn(in *Input, ix *index, s text.Sentence) []anchor {
	as := within(ix.places, s)
	for i, a := range as {
		if datelined(in.Doc, a) {
			out := make([]anchor, 0, len(as)-1)
			out = append(out, as[:i]...)
			for _, b := range as[i+1:] {
				if !datelined(in.Doc, b) {
					out = append(out, b)
				}
			}
			return out
		}
	}
	return as
}

// datelinePunct reports punctuation that may follow a dateline's place.
func datelinePunct(n string) bool {
	switch n {
	case ":", "/", ",", "-", "(":
		return true
	}
	return false
}

// datelined reports a place written in capitals that opens a line and is
// followed by a dateline's punctuation, or that follows such a place after
// a slash ("QUETTA / PESHAWAR:").
func datelined(d *text.Doc, a anchor) bool {
	// A headline's capitals are its words, not a dateline.
	if a.end >= len(d.Tokens) || !datelinePunct(d.Tokens[a.end].Norm) {
		return false
	}
	for k := a.tok; k < a.end; k++ {
		if t := &d.Tokens[k]; t.Kind == text.Word && !t.Upper {
			return false
		}
	}
	if d.Sentences[d.SentenceOf(a.tok)].Para == 0 {
		return false
	}
	k := a.tok
	for k > 0 && d.Tokens[k].Newlines == 0 {
		// Walk back over the capitals of the places before a slash.
		if d.Tokens[k-1].Norm != "/" {
			return false
		}
		k -= 2
		for k > 0 && d.Tokens[k].Upper && d.Tokens[k].Newlines == 0 && d.Tokens[k-1].Upper {
			k--
		}
		if k < 0 || !d.Tokens[k].Upper {
			return false
		}
	}
	return true
}

// appositionReach is how many words an apposition may run between its
// comma and the place it names: "Lashio, the largest city in northern
// Shan state".
const appositionReach = 7

// appositive reports a place named inside an apposition that describes
// the place before it: "Nasir, a town in Upper Nile state", "Lashio, the
// largest city in northern Shan state", "Omdurman, Khartoum's twin city",
// "Tammun, in Tubas governorate". It situates that place; the act happened
// there, not here.
func appositive(in *Input, ix *index, s text.Sentence, a anchor) bool {
	d := in.Doc
	as := within(ix.places, s)
	comma := -1
	for k := a.tok - 1; k >= s.First && k >= a.tok-appositionReach; k-- {
		t := &d.Tokens[k]
		if t.Norm == "," {
			comma = k
			break
		}
		if b, ok := mentionIn(as, k); ok {
			// "Mir Ali, in the North Waziristan district of Khyber
			// Pakhtunkhwa": the apposition may name several places.
			k = b.tok
			continue
		}
		if t.Kind != text.Word || t.Cap {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	before, ok := mentionIn(as, comma-1)
	if !ok || before.end != comma {
		return false
	}
	if in.Places[a.idx].Kind == "offset" {
		// "Sake, a town about 25 km west of Goma": the measure locates
		// the named town; it is the act's place only when no town is
		// named ("on the Maiduguri road, about 40 km south-east of
		// Maiduguri").
		// A town the measure puts elsewhere is not the one meant ("a
		// hamlet near Bama, about 25 km north-west of Bobo-Dioulasso"
		// with Bama resolved 70 km away): the measure stands.
		p, o := &in.Places[before.idx], &in.Places[a.idx]
		return !wide(p) && p.Kind != "offset" && p.Kind != "country" &&
			(comma+1 == a.tok || measureLead.has(&d.Tokens[comma+1])) &&
			haversine(p.Lat, p.Lon, o.Lat, o.Lon) <= p.PrecisionKM+o.PrecisionKM
	}
	if comma < a.tok-1 {
		switch d.Tokens[comma+1].Norm {
		case "a", "an", "the":
			// "a town in", "the largest city in": a noun phrase of its
			// own.
			return true
		case "in":
			// "Tammun, in Tubas governorate": the admin context of the
			// place before, not a list of phrases ("Deir ez-Zor province,
			// in the desert around Mayadin").
			return holds(&in.Places[a.idx], &in.Places[before.idx])
		}
		return false
	}
	// "Khartoum's twin city": the place is the possessor of a place noun.
	if a.end >= s.Last || d.Tokens[a.end].Norm != "'s" {
		return false
	}
	for k := a.end + 1; k < s.Last && k <= a.end+3; k++ {
		if t := d.Tokens[k]; t.Kind != text.Word || t.Cap {
			return false
		} else if settlementNouns.has(&t) || capitalNouns.has(&t) {
			return true
		}
	}
	return false
}

// holdsSlackKM is how far past its reach a wider place may still hold
// another.
const holdsSlackKM = 10

// holdsReach scales a wider place's radius to how far from its centre a
// place inside it may lie: a district's radius is a rough one, and the
// district stretches far past it on its long side ("Baga, in Kukawa local government
// area", 36 km from a centre given a 20 km radius).
func holdsReach(p *sitrep.Place) float64 {
	if p.Kind != "area" {
		return 1
	}
	return 2
}

// holds reports a wider place p that q lies inside.
func holds(p, q *sitrep.Place) bool {
	return p.PrecisionKM > q.PrecisionKM && haversine(p.Lat, p.Lon, q.Lat, q.Lon) <= p.PrecisionKM*holdsReach(p)+holdsSlackKM
}

// measureLead may open an apposition that measures where the place before
// lies: "Sake, about 25 km west of Goma", "Bafut, some 20 km north of
// Bamenda", "Sake, a town 25 km west of Goma".
var measureLead = newWordSet(map[string]bool{
	"a": true, "an": true, "the": true, "about": true, "some": true, "around": true, "roughly": true,
	"nearly": true, "approximately": true, "just": true, "located": true, "situated": true, "which": true,
})

// capitalNouns name a settlement by its rank: "Khartoum's twin city".
var capitalNouns = newWordSet(map[string]bool{"city": true, "capital": true, "cities": true, "suburb": true, "port": true})

// mentionAt returns the place mention of s holding token k.
func mentionAt(ix *index, s text.Sentence, k int) (anchor, bool) {
	return mentionIn(within(ix.places, s), k)
}

// mentionIn returns the place mention among as covering token k.
func mentionIn(as []anchor, k int) (anchor, bool) {
	for _, b := range as {
		if b.tok <= k && k < b.end {
			return b, true
		}
	}
	return anchor{}, false
}

// anaphorKinds map a definite place noun to the kinds of place it points
// back to: "fighting in the city" after "took full control of Lashio".
var anaphorKinds = map[string][]string{
	"city": {"city"}, "town": {"town", "city"}, "village": {"village", "town"},
}

// anaphorNames are place nouns that point back to a place named with them:
// "heading to the dam" after "Tishreen Dam", "in the port" after
// "Hodeidah port".
var anaphorNames = newWordSet(map[string]bool{
	"dam": true, "port": true, "airport": true, "camp": true, "base": true, "airfield": true,
	"airbase": true, "refinery": true, "prison": true, "hospital": true, "market": true,
})

// anaphoricPlace resolves a definite place noun in the clause of s ("in the
// city", "the dam") that no name follows ("the town of X" names its own) to
// the latest place of its kind named before; -1 when the clause has none.
func anaphoricPlace(in *Input, ix *index, s text.Sentence) int {
	d := in.Doc
	for k := s.First; k+1 < s.Last; k++ {
		if d.Tokens[k].Norm != "the" {
			continue
		}
		n := d.Tokens[k+1].Norm
		kinds, named := anaphorKinds[n]
		if !named && !anaphorNames.hasWord(n) {
			continue
		}
		if k+2 < s.Last && (d.Tokens[k+2].Norm == "of" || d.Tokens[k+2].Cap) {
			continue
		}
		if p := latestPlace(in, ix, s.First, n, kinds); p >= 0 {
			return p
		}
	}
	return -1
}

// anaphorReach is how many place mentions back a reference may point: it
// bounds the work per clause in a very long text.
const anaphorReach = 64

// latestPlace is the last place named before token end that is of one of
// kinds, or whose name holds noun when kinds is nil.
func latestPlace(in *Input, ix *index, end int, noun string, kinds []string) int {
	d := in.Doc
	hi := len(within(ix.places, text.Sentence{First: 0, Last: end}))
	for i := hi - 1; i >= 0 && i >= hi-anaphorReach; i-- {
		a := ix.places.list[i]
		p := &in.Places[a.idx]
		if p.Kind == "country" || datelined(d, a) {
			continue
		}
		if kinds != nil {
			if slices.Contains(kinds, p.Kind) {
				return a.idx
			}
			continue
		}
		for k := a.tok; k < a.end; k++ {
			if d.Tokens[k].Norm == noun {
				return a.idx
			}
		}
	}
	return -1
}

// spoken reports a place mention that is where a speaker sat: "speaking in
// Kaya", "told Reuters in Goma".
func spoken(in *Input, ix *index, s text.Sentence, a anchor) bool {
	d := in.Doc
	k := a.tok - 1
	for k >= s.First && d.Tokens[k].Norm == "the" {
		k--
	}
	return k-1 >= s.First && (d.Tokens[k].Norm == "in" || d.Tokens[k].Norm == "from") && attributive(in, ix, k-1)
}

// headlinePlace is the first place, short of a country, that the
// article's opening paragraph names; -1 when it names none.
func headlinePlace(in *Input, ix *index) int {
	d := in.Doc
	for si := 0; si < len(d.Sentences) && d.Sentences[si].Para == 0; si++ {
		for _, a := range placesIn(in, ix, d.Sentences[si]) {
			if p := &in.Places[a.idx]; p.Kind != "country" && !wide(p) {
				return a.idx
			}
		}
	}
	return -1
}
