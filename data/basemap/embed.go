// Package basemap embeds Natural Earth country outlines (public domain),
// simplified by build.go, so maps draw offline.
package basemap

import _ "embed"

// CountriesGz is a gzipped JSON array of {"n": name, "id": ISO numeric,
// "r": rings}, each ring a flat [lon, lat, …] list in 1/100 degree.
//
//go:embed countries.json.gz
var CountriesGz []byte
