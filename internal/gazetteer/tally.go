package gazetteer

// tally weighs countries by ISO alpha-2 code. Resolution asks a country's
// weight for every candidate of every mention in several rounds; a map
// hashes the code each time, while the code itself indexes an array.
// Weights only grow, so a country is in the tally once its weight is
// positive.
type tally struct {
	w    [1 + 26*26]float64 // slot 0 is "", the country of seas and gulfs
	keys []string           // in the order first added
	// odd holds codes that are not two capital letters (a user file's).
	odd map[string]float64
}

// slot returns the array index of code cc, or -1 for an odd code.
func slot(cc string) int {
	if cc == "" {
		return 0
	}
	if len(cc) != 2 || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' {
		return -1
	}
	return 1 + int(cc[0]-'A')*26 + int(cc[1]-'A')
}

// add adds x > 0 to cc's weight.
func (t *tally) add(cc string, x float64) {
	i := slot(cc)
	if i < 0 {
		if t.odd == nil {
			t.odd = map[string]float64{}
		}
		if t.odd[cc] == 0 {
			t.keys = append(t.keys, cc)
		}
		t.odd[cc] += x
		return
	}
	if t.w[i] == 0 {
		t.keys = append(t.keys, cc)
	}
	t.w[i] += x
}

// get returns cc's weight, 0 for a country not in the tally.
func (t *tally) get(cc string) float64 {
	if i := slot(cc); i >= 0 {
		return t.w[i]
	}
	return t.odd[cc]
}

// reset empties the tally, keeping its memory.
func (t *tally) reset() {
	for _, cc := range t.keys {
		if i := slot(cc); i >= 0 {
			t.w[i] = 0
		}
	}
	t.keys = t.keys[:0]
	clear(t.odd)
}
