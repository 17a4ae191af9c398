package attribution

import "sitrep/internal/text"

// The rules ask of almost every token whether it is a cue, a role noun, a
// determiner, a preposition…: dozens of word sets, each a map lookup (a
// hash and a probe) per question, and the same token is asked again by
// every rule that passes over it. Instead a token is looked up once, on its
// precomputed hash, in one table joining every set (lexicon), the first
// time a rule asks; the answer is kept per token, and every later question
// is a bit test.

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
	cPlaceNoun
)

// cueFilter holds every word the sentence scan acts on (cues, silence
// verbs, "according"): a bit test on the token's hash turns most words
// away before a lookup.
var cueFilter = filterOf(cCue | cSilence | cAccording)

// documentFilter holds the document nouns ("statement", "report") readDocs
// looks for.
var documentFilter = func() *text.Prefilter {
	m := map[string]bool{}
	for w, r := range roles {
		if r.class == roleDocument {
			m[w] = true
		}
	}
	return text.NewPrefilter(m)
}()

// filterOf returns a prefilter of the words in any set of c.
func filterOf(c wordClass) *text.Prefilter {
	m := map[string]bool{}
	for w, id := range lexWords {
		if lexicon[id].class&c != 0 {
			m[w] = true
		}
	}
	return text.NewPrefilter(m)
}

// entry is everything the word sets say about one folded word.
type entry struct {
	class wordClass
	cue   cueFlags // its flags when class has cCue
	role  role     // class 0 when the word is no role noun
}

// lexicon holds an entry per word of any set, from index 2 on; entries 0
// and 1 are empty. lexIndex gives a word's entry. A token keeps the index
// of its entry once looked up: 0 marks one not looked up yet, 1 a word in
// no set.
var lexicon, lexWords = buildLexicon()

var lexIndex = text.NewWordTable(lexWords)

// buildLexicon returns the entries and each word's index among them.
func buildLexicon() ([]entry, map[string]uint16) {
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
		{cNounPlural, nounPlural}, {cListQuantifier, listQuantifier}, {cPlaceNoun, placeNouns},
	} {
		mark(s.c, s.m)
	}
	lex := []entry{{}, {}}
	index := make(map[string]uint16, len(byWord))
	for w, e := range byWord {
		index[w] = uint16(len(lex))
		lex = append(lex, e)
	}
	return lex, index
}

// lex returns the entry of token i: the empty entry out of range or for a
// word in no set. A token is looked up when first asked about: Headlines
// reads a few lines of the document, and most of Find's tokens are asked
// only whether they are cues, which cueFilter answers for most.
func (f *finder) lex(i int) *entry {
	if uint(i) < uint(len(f.ids)) {
		if id := f.ids[i]; id != 0 {
			return &lexicon[id]
		}
	}
	return f.lookUp(i)
}

// lookUp finds token i's entry and keeps its index. The per-token table
// is made on the first lookup: Headlines often makes none.
func (f *finder) lookUp(i int) *entry {
	if uint(i) >= uint(len(f.toks)) {
		return &lexicon[0]
	}
	if f.ids == nil {
		f.ids = make([]uint16, len(f.toks))
	}
	t := &f.toks[i]
	id, ok := lexIndex.GetHash(t.Hash, t.Norm)
	if !ok {
		id = 1
	}
	f.ids[i] = id
	return &lexicon[id]
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
