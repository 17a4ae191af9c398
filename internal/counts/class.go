package counts

import (
	"maps"
	"slices"

	"sitrep"
	"sitrep/internal/text"
)

// class is everything the lexicons say of one folded word: a bit per word
// set and the status it gives a count, so that one lookup with the token's
// hash answers every question a rule asks of the token.
type class uint32

const (
	cPeople class = 1 << iota
	cThings
	cStopHead
	cAuxAfter
	cRise
	cSpeech
	cIntrinsic
	cMovers
	cCivilian
	cList
	cNest
	cPartOf
	cAdverbialAfter
	cOne // "a", "an", "one": a phrase of one person
	cSinglePerson
	cSingleAux
	cRenames
	cClause
	cTollNoun
	cTollVerb
	cRecord

	cLast // the bits above the sets hold the statuses

	statusShift = 24 // statusWords' status, an index into statuses
	objectShift = 28 // objectVerbs' status
)

// statuses are the values a class's status fields index; 0 is none.
var statuses = [...]string{"", sitrep.StatusKilled, sitrep.StatusInjured, sitrep.StatusCasualties,
	sitrep.StatusDisplaced, sitrep.StatusCaptured, sitrep.StatusMissing, sitrep.StatusOther}

// The sets' bits must stay below the statuses'.
var _ = [1]struct{}{}[cLast>>statusShift]

func statusIndex(st string) class {
	for i, s := range statuses {
		if s == st {
			return class(i)
		}
	}
	panic("counts: unknown status " + st)
}

// has reports whether the word is in every set of bits.
func (c class) has(bits class) bool { return c&bits != 0 }

// status is the status the word gives a count near it, "" when none.
func (c class) status() string { return statuses[c>>statusShift&15] }

// object is the status the verb gives its object, "" when none.
func (c class) object() string { return statuses[c>>objectShift&15] }

// lexicon gives each word the id of its class in classes; the words share
// a few dozen classes, so the finder's per-document cache of token
// classes takes a byte a token. Read-only after package initialisation.
var lexicon, classes = func() (*text.WordTable[uint8], []class) {
	m := map[string]class{}
	for _, s := range []struct {
		words []string
		bit   class
	}{
		{people, cPeople}, {things, cThings}, {stopHead, cStopHead}, {auxAfter, cAuxAfter}, {riseVerbs, cRise},
		{speechVerbs, cSpeech}, {intrinsic, cIntrinsic}, {movers, cMovers}, {civilianHeads, cCivilian},
		{listNouns, cList}, {nestWords, cNest}, {partOf, cPartOf}, {adverbialAfter, cAdverbialAfter},
		{oneWords, cOne}, {singlePerson, cSinglePerson}, {singleAux, cSingleAux}, {renames, cRenames},
		{clauseWords, cClause}, {tollNouns, cTollNoun}, {tollVerbs, cTollVerb},
		{recordVerbs, cRecord},
	} {
		for _, w := range s.words {
			m[w] |= s.bit
		}
	}
	for w, st := range statusWords() {
		m[w] |= statusIndex(st) << statusShift
	}
	for w, st := range objectVerbs {
		m[w] |= statusIndex(st) << objectShift
	}
	// Id 0 marks a token not read yet, 1 a word in no set.
	cs := []class{0, 0}
	id := map[class]uint8{}
	ids := make(map[string]uint8, len(m))
	for _, w := range slices.Sorted(maps.Keys(m)) {
		c := m[w]
		if id[c] == 0 {
			if len(cs) > 255 {
				panic("counts: more than 254 word classes")
			}
			id[c] = uint8(len(cs))
			cs = append(cs, c)
		}
		ids[w] = id[c]
	}
	return text.NewWordTable(ids), cs
}()

// cls returns the class of token i, 0 past either end. Rules ask about
// the same few tokens around each figure again and again, so the finder
// keeps each token's class once it is read.
func (f *finder) cls(i int) class {
	if i < 0 || i >= len(f.toks) {
		return 0
	}
	id := f.classes[i]
	if id == 0 {
		id = tokClassID(&f.toks[i])
		f.classes[i] = id
	}
	return classes[id]
}

// tokClass returns the class of a token.
func tokClass(t *text.Token) class { return classes[tokClassID(t)] }

func tokClassID(t *text.Token) uint8 {
	if id, ok := lexicon.GetHash(t.Hash, t.Norm); ok {
		return id
	}
	return 1
}

// is reports whether token i is in the set of bits.
func (f *finder) is(i int, bits class) bool { return f.cls(i).has(bits) }

// status returns the status the word at token i gives a count.
func (f *finder) status(i int) string { return f.cls(i).status() }

// wordClass returns the class of a folded word that is no token.
func wordClass(w string) class {
	id, _ := lexicon.Get(w)
	return classes[id]
}
