package attribution

import "sitrep/internal/text"

// The rules ask of almost every token whether it is a cue, a role noun, a
// determiner, a preposition…: dozens of word sets, each a map lookup (a
// hash and a probe) per question, and the same token is asked again by
// every rule that passes over it. Instead each token is looked up once per
// document, on its precomputed hash, in one table joining every set
// (lexicon); the answer is kept per token, and every later question is a
// bit test.

// wordClass has one bit per word set of lexicon.go.
type wordClass uint64

const (
	cCue wordClass = 1 << iota // a key of cues
	cSilence
	cAccording // "according", which the sentence scan acts on
	cSkipBefore
	cNegator
	cNpBoundary
	cTailStart
	cRefAdjective
	cAllegation
	cContinuer
	cDeclaring
	cActNoun
	cTailPrep
	cAdverbialPrep
	cTemporal
	cRelayNoun
	cPronoun
	cDeterminer
	cTitle
	cPersonPrep
	cAudience
	cOwnVoice
	cOfContent
	cTollVerb
	cTollNoun
	cCiting
	cTemporalName
	cTrailingAdverb
	cRunBy
	cVoice
	cSource
	cLaterDoc
	cArticle
	cAuxiliary
	cAuxNeg
	cConnector
	cSubnational
	cReducedRelative
	cClauseAct
	cFinite
	cSubjectPronoun
	cLeadVerb
	cLeadNoun
	cListDocNoun
	cNounPlural
	cListQuantifier
)

// entry is everything the word sets say about one folded word.
type entry struct {
	class wordClass
	cue   cueFlags // its flags when class has cCue
	role  role     // class 0 when the word is no role noun
}

// lexicon holds an entry per word of any set; entry 0 is the empty one, for
// every other word. lexIndex gives a word's entry.
var lexicon, lexIndex = buildLexicon()

func buildLexicon() ([]entry, *text.WordTable[uint16]) {
	byWord := map[string]entry{}
	mark := func(c wordClass, m map[string]bool) {
		for w := range m {
			e := byWord[w]
			e.class |= c
			byWord[w] = e
		}
	}
	for w, fl := range cues {
		e := byWord[w]
		e.class |= cCue
		e.cue = fl
		byWord[w] = e
	}
	for w, r := range roles {
		e := byWord[w]
		e.role = r
		byWord[w] = e
	}
	pron := map[string]bool{}
	for w := range pronouns {
		pron[w] = true
	}
	for _, s := range []struct {
		c wordClass
		m map[string]bool
	}{
		{cSilence, silence}, {cAccording, set("according")}, {cSkipBefore, skipBefore}, {cNegator, negators},
		{cNpBoundary, npBoundary}, {cTailStart, tailStarts}, {cRefAdjective, refAdjectives},
		{cAllegation, allegation}, {cContinuer, continuers}, {cDeclaring, declaring}, {cActNoun, actNouns},
		{cTailPrep, tailPreps}, {cAdverbialPrep, adverbialPreps}, {cTemporal, temporal},
		{cRelayNoun, relayNouns}, {cPronoun, pron}, {cDeterminer, determiners}, {cTitle, titles},
		{cPersonPrep, personPrep}, {cAudience, audience}, {cOwnVoice, ownVoice}, {cOfContent, ofContent},
		{cTollVerb, tollVerbs}, {cTollNoun, tollNouns}, {cCiting, citing}, {cTemporalName, temporalName},
		{cTrailingAdverb, trailingAdverb}, {cRunBy, runBy}, {cVoice, voices}, {cSource, sources},
		{cLaterDoc, laterDoc}, {cArticle, articles}, {cAuxiliary, auxiliaries}, {cAuxNeg, auxNeg},
		{cConnector, connectors}, {cSubnational, subnationalWords}, {cReducedRelative, reducedRelative},
		{cClauseAct, clauseActs}, {cFinite, finite}, {cSubjectPronoun, subjectPronouns},
		{cLeadVerb, leadVerbs}, {cLeadNoun, leadNouns}, {cListDocNoun, listDocNouns},
		{cNounPlural, nounPlural}, {cListQuantifier, listQuantifier},
	} {
		mark(s.c, s.m)
	}
	lex := []entry{{}}
	index := make(map[string]uint16, len(byWord))
	for w, e := range byWord {
		index[w] = uint16(len(lex))
		lex = append(lex, e)
	}
	return lex, text.NewWordTable(index)
}

// lex returns the entry of token i: the empty entry out of range or for a
// word in no set. The lookup is made on first asking and kept.
func (f *finder) lex(i int) *entry {
	if uint(i) >= uint(len(f.ids)) {
		return &lexicon[0]
	}
	id := f.ids[i]
	if id == 0 {
		id = f.lookUp(i)
	}
	return &lexicon[id-1]
}

// lookUp finds token i's entry and keeps its index plus one (zero marks
// a token not looked up yet).
func (f *finder) lookUp(i int) uint16 {
	t := &f.toks[i]
	id, _ := lexIndex.GetHash(t.Hash, t.Norm)
	f.ids[i] = id + 1
	return id + 1
}

// is reports token i in any of the sets of c.
func (f *finder) is(i int, c wordClass) bool { return f.lex(i).class&c != 0 }

// cueAt returns the flags of the cue word at token i.
func (f *finder) cueAt(i int) (cueFlags, bool) {
	e := f.lex(i)
	return e.cue, e.class&cCue != 0
}

// pronounAt returns the entity kind the pronoun at token i implies.
func (f *finder) pronounAt(i int) (string, bool) {
	if !f.is(i, cPronoun) {
		return "", false
	}
	return pronouns[f.toks[i].Norm], true
}

// roleAt returns the role of the role noun at token i.
func (f *finder) roleAt(i int) (role, bool) {
	r := f.lex(i).role
	return r, r.class != 0
}
