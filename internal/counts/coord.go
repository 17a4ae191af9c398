package counts

import (
	"sitrep"
	"sitrep/internal/text"
)

// A family named as one noun phrase, "a mother and her four children",
// "a man and his two sons", counts every person in it: the one named
// first and the figure after the possessive. The verb that governs the
// phrase ("killed a mother and her four children", "… were wounded")
// gives the sum its status, and the figure, a part of the sum, keeps it.

// coordSum returns the count of the whole phrase when c, the figure after
// the possessive, ends "a|an|one <person> and his|her|their N <people>".
func (f *finder) coordSum(c *Count) (Count, bool) {
	k := c.First - 1
	if !possessive(f.norm(k)) || f.norm(k-1) != "and" {
		return Count{}, false
	}
	// The first conjunct: one person, with up to two adjectives ("a
	// pregnant woman", "an elderly man").
	n := k - 2
	if n < 0 || f.toks[n].Kind != text.Word || !(f.is(n, cSinglePerson) || f.is(n, cPeople) && f.norm(n)[len(f.norm(n))-1] != 's') {
		return Count{}, false
	}
	a := n - 1
	for a >= 0 && a > n-3 && f.toks[a].Kind == text.Word && !f.toks[a].Cap && !f.is(a, cOne) && !f.is(a, cStopHead) {
		a--
	}
	if a < 0 || !f.is(a, cOne) {
		return Count{}, false
	}
	st := c.Status
	if st == sitrep.StatusOther || st == "" {
		st = f.statusBefore(a)
	}
	if st == "" {
		st = sitrep.StatusOther
	}
	sum := Count{First: a, Last: c.Last, Min: c.Min + 1, Status: st, Claim: -1}
	if c.Max != nil {
		m := *c.Max + 1
		sum.Max = &m
	}
	sum.Span = sitrep.Span{f.toks[a].Start, f.toks[c.Last-1].End}
	sum.Text = f.doc.Text[sum.Span[0]:sum.Span[1]]
	sum.Who = sum.Text[f.toks[n].Start-sum.Span[0]:]
	sum.Claim = f.claimAt(sum.Span)
	sum.Source = c.Source
	if sum.Claim >= 0 {
		sum.Source = f.claims[sum.Claim].Source
	}
	return sum, true
}

// oneWords open a noun phrase of one person. "one" is here because the
// numbers stage leaves it out after "that" ("said that one soldier was
// wounded"), and a count it did read covers it.
var oneWords = set("a", "an", "one")

// singlePerson are nouns for one person that head a family phrase; the
// people lexicon holds the plurals.
var singlePerson = set("mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
	"grandmother", "grandfather", "boy", "girl", "baby", "widow", "widower", "parent", "uncle", "aunt",
	"nephew", "niece", "cousin", "grandson", "granddaughter", "farmer", "shepherd", "herder", "teacher",
	"doctor", "nurse", "driver", "fisherman", "trader", "imam", "pastor", "priest", "journalist",
	"villager", "resident", "civilian", "soldier", "policeman", "officer", "man", "woman", "child",
	"member", "worker", "guard")

// coordOne returns the count of one person coordinated after c with an
// article, "two of its members and a soldier were killed": the predicate
// after the phrase gives the one its status, as it gives c its own.
func (f *finder) coordOne(c *Count) (Count, bool) {
	j := c.Last
	if f.norm(j) != "and" || !f.is(j+1, cOne) {
		return Count{}, false
	}
	h := j + 2
	if h < len(f.toks) && !f.is(h, cSinglePerson) && f.toks[h].Kind == text.Word && !f.toks[h].Cap {
		h++ // one adjective: "a local soldier"
	}
	if h >= len(f.toks) || !f.is(h, cSinglePerson) {
		return Count{}, false
	}
	st := f.statusAfter(h + 1)
	if st == "" || st != c.Status {
		return Count{}, false
	}
	one := Count{First: j + 1, Last: h + 1, Min: 1, Status: st, Claim: -1}
	m := int64(1)
	one.Max = &m
	one.Span = sitrep.Span{f.toks[j+1].Start, f.toks[h].End}
	one.Text = f.doc.Text[one.Span[0]:one.Span[1]]
	one.Who = f.doc.Slice(h, h+1)
	one.Claim = f.claimAt(one.Span)
	one.Source = c.Source
	if one.Claim >= 0 {
		one.Source = f.claims[one.Claim].Source
	}
	return one, true
}
