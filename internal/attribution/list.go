package attribution

import "sitrep/internal/text"

// Humanitarian situation reports put their figures in lists and tables
// under a lead line: "Partners reported the following displacement:",
// "Key points of the CENTCOM statement:". The items are the lead's
// content, so the lead's speaker says them. And a wire often names its
// source in a sentence of its own ("The ministry gave new figures on
// Tuesday.") before the figures themselves.

// leadVerbs put out figures: "the ministry gave new figures".
var leadVerbs = set("gave", "give", "gives", "released", "releases", "published", "publishes", "issued",
	"issues", "provided", "provides", "held", "holds", "presented", "presents", "shared", "shares",
	"updated", "updates", "offered", "put")

// leadNouns are what a lead verb puts out when the next sentence is its
// content. A bare "statement" or "report" is left out: "Hamas issued a
// statement." is as often followed by the article's own narration.
var leadNouns = set("figures", "figure", "toll", "tally", "numbers", "breakdown", "details", "update",
	"data", "briefing", "conference", "statistics", "count", "estimates", "estimate", "casualty")

// listDocNouns name a document whose points a list gives ("Key points of
// the statement:").
var listDocNouns = set("statement", "report", "communique", "update", "bulletin", "briefing", "figures",
	"breakdown", "data", "statistics", "tally", "summary", "highlights")

// listAfter returns the end of the list whose items start on the line
// after token e, or e when none does.
func (f *finder) listAfter(e int) int {
	end := e
	for k := e; k < len(f.toks) && f.toks[k].Newlines > 0; {
		b := f.doc.LineEnd(k)
		if !f.doc.ListLine(k, b) {
			break
		}
		end, k = b, b
	}
	return end
}

// endsWithColon reports that sentence si closes its line on a colon.
func (f *finder) endsWithColon(si int) bool {
	s := f.sents[si]
	return s.Last > s.First && f.norm(s.Last-1) == ":" && (s.Last >= len(f.toks) || f.toks[s.Last].Newlines > 0)
}

// list extends the claims of sentence si, which leads a list, over the
// list's items; with no claim there, a lead naming a speaker's document
// ("Key points of the CENTCOM statement:") or a lead verb ("the ministry
// gave this breakdown:") makes the list a claim of that speaker.
func (f *finder) list(si, start int) {
	if !f.endsWithColon(si) {
		return
	}
	s := f.sents[si]
	end := f.listAfter(s.Last)
	if end == s.Last {
		return
	}
	if len(f.out) > start {
		c := &f.out[len(f.out)-1]
		if c.Last >= s.Last-2 {
			c.Content[1] = f.toks[end-1].End
			c.Last = end
			f.listEnd = end
		}
		return
	}
	src, cue, ok := f.leadSpeaker(si, cListDocNoun)
	if !ok {
		return
	}
	from := s.Last
	if f.is(cue, cLeadVerb) || f.lex(cue).cue != 0 {
		from = cue + 1 // "reported the following displacement: …"
	}
	a, b := f.trim(from, end)
	if b <= a {
		return
	}
	f.out = append(f.out, Claim{Content: f.span(a, b), First: a, Last: b, Source: src, Cue: f.norm(cue),
		CueSpan: f.span(cue, cue+1)})
	f.sentOf = append(f.sentOf, si)
	f.listEnd = end
}

// leadSpeaker returns the speaker of a lead sentence with no cue: the
// subject of a lead verb whose object is one of nouns, or an entity named
// beside a document noun in a verbless lead ("Key points of the CENTCOM
// statement:"), with the token that marks it.
func (f *finder) leadSpeaker(si int, nouns wordClass) (string, int, bool) {
	s := f.sents[si]
	colon := f.endsWithColon(si)
	for v := s.First + 1; v < s.Last; v++ {
		// Before a list, any reporting verb leads it: "PRMN reported the
		// following displacement:" has its content below.
		fl := f.lex(v).cue
		cue := colon && fl != 0 && fl&denial == 0 && f.toks[v].Kind == text.Word
		if n := f.norm(v); (n == "points" || n == "pointed") && f.norm(v+1) != "out" {
			cue = false // "Key points of the statement:"
		}
		if !f.is(v, cLeadVerb) && !cue || f.toks[v].Cap {
			continue
		}
		noun := cue
		for k := v + 1; k < s.Last && k < v+8; k++ {
			if f.is(k, nouns|cLeadNoun) {
				noun = true
				break
			}
		}
		if !noun {
			return "", 0, false
		}
		a, b, ap := f.subjectBefore(v, s.First)
		if a == b {
			return "", 0, false
		}
		src, ok := f.speaker(a, b, ap)
		return src, v, ok
	}
	if !colon {
		return "", 0, false
	}
	for k := s.First; k < s.Last; k++ {
		if !f.is(k, cListDocNoun) {
			continue
		}
		ms := f.mentions(s.First, k)
		if len(ms) == 0 {
			return "", 0, false
		}
		return ms[len(ms)-1].id, k, true
	}
	return "", 0, false
}

// leadIn reads a sentence that names a source and nothing it said ("The
// state health ministry gave new figures on Tuesday morning."): the next
// sentence of the paragraph, when no cue of its own marks it, is what the
// source said.
func (f *finder) leadIn(si int) {
	if si+1 >= len(f.sents) || f.sents[si+1].Para != f.sents[si].Para || f.endsWithColon(si) {
		return
	}
	src, cue, ok := f.leadSpeaker(si, cLeadNoun)
	if !ok {
		return
	}
	f.lead = lead{src: src, si: si + 1, cue: cue}
}

// lead is a source named by a lead-in sentence, waiting for the sentence
// that gives its content.
type lead struct {
	src string
	si  int
	cue int
}

// fromLead makes sentence si, which no cue marked, the content of the
// lead-in before it.
func (f *finder) fromLead(si int) {
	if f.lead.src == "" || f.lead.si != si {
		return
	}
	s := f.sents[si]
	c, src := f.lead.cue, f.lead.src
	f.lead = lead{}
	if f.title(si) {
		return
	}
	f.add(si, s.First, s.Last, src, nil, c, c+1, f.norm(c), false)
}
