// Package gazdata holds the built gazetteer index and the hand-kept
// supplement, embedded so that `go build` alone gives a working binary
// offline. build.go (run with `go run`) rebuilds the index; see
// docs/gazetteer.md.
package gazdata

import _ "embed"

//go:embed gazetteer.idx
var index []byte

//go:embed supplement.tsv
var supplement []byte

// Index returns the compact index. Callers must not modify it.
func Index() []byte { return index }

// Supplement returns the hand-kept supplement in the user gazetteer TSV
// format.
func Supplement() []byte { return supplement }
