// Package actordata embeds the hand-kept actor dictionary (the *.tsv files
// beside this one) so the binary works offline.
package actordata

import "embed"

// FS holds every dictionary file: one TSV per region plus demonyms.tsv.
//
//go:embed *.tsv
var FS embed.FS
