//go:build ignore

// build converts Natural Earth country outlines, as the world-atlas npm
// package ships them (TopoJSON, public domain), into countries.json.gz: each
// country's rings simplified (Douglas-Peucker) and stored as flat integer
// arrays in hundredths of a degree, so the server embeds a small file and
// projects it for whatever window a map shows.
//
// Regenerate with build.sh beside this file.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
)

type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string            `json:"type"`
			Arcs       json.RawMessage   `json:"arcs"`
			ID         string            `json:"id"`
			Properties map[string]string `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

// Country is one outline in the output: N its name, ID its ISO 3166-1
// numeric code, R its rings as [lon0, lat0, lon1, lat1, …] in 1/100 degree.
type Country struct {
	N  string  `json:"n"`
	ID string  `json:"id"`
	R  [][]int `json:"r"`
}

func main() {
	in := flag.String("in", "countries-50m.json", "world-atlas TopoJSON file")
	out := flag.String("out", "countries.json.gz", "output file")
	tol := flag.Float64("tolerance", 0.02, "simplification tolerance in degrees")
	flag.Parse()
	if err := run(*in, *out, *tol); err != nil {
		log.Fatal(err)
	}
}

func run(in, out string, tol float64) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return fmt.Errorf("parse %s: %w", in, err)
	}
	arcs := decodeArcs(&t)
	obj, ok := t.Objects["countries"]
	if !ok {
		return fmt.Errorf("%s: no countries object", in)
	}
	var cs []Country
	points := 0
	for _, g := range obj.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return err
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return err
			}
		default:
			continue
		}
		c := Country{N: g.Properties["name"], ID: g.ID}
		for _, p := range polys {
			for _, ring := range p {
				pts := stitch(arcs, ring)
				pts = simplify(pts, tol)
				if len(pts) < 4 {
					continue
				}
				flat := make([]int, 0, 2*len(pts))
				for _, q := range pts {
					flat = append(flat, int(math.Round(q[0]*100)), int(math.Round(q[1]*100)))
				}
				points += len(pts)
				c.R = append(c.R, flat)
			}
		}
		if len(c.R) > 0 {
			cs = append(cs, c)
		}
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err := json.NewEncoder(zw).Encode(cs); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	log.Printf("%d countries, %d points", len(cs), points)
	return f.Close()
}

// decodeArcs undoes TopoJSON's quantisation and delta encoding.
func decodeArcs(t *topology) [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		var x, y float64
		pts := make([][2]float64, len(a))
		for j, d := range a {
			x += d[0]
			y += d[1]
			pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
		out[i] = pts
	}
	return out
}

// stitch joins a ring's arcs; a negative index ~i is arc i reversed, and
// each arc after the first repeats its predecessor's last point.
func stitch(arcs [][][2]float64, ring []int) [][2]float64 {
	var pts [][2]float64
	for k, idx := range ring {
		var a [][2]float64
		if idx < 0 {
			src := arcs[^idx]
			a = make([][2]float64, len(src))
			for i := range src {
				a[i] = src[len(src)-1-i]
			}
		} else {
			a = arcs[idx]
		}
		if k > 0 && len(a) > 0 {
			a = a[1:]
		}
		pts = append(pts, a...)
	}
	return pts
}

// simplify is Douglas-Peucker with the ring's endpoints kept.
func simplify(pts [][2]float64, tol float64) [][2]float64 {
	if len(pts) < 3 {
		return pts
	}
	keep := make([]bool, len(pts))
	keep[0], keep[len(pts)-1] = true, true
	var rec func(i, j int)
	rec = func(i, j int) {
		best, at := 0.0, -1
		for k := i + 1; k < j; k++ {
			if d := segDist(pts[k], pts[i], pts[j]); d > best {
				best, at = d, k
			}
		}
		if at >= 0 && best > tol {
			keep[at] = true
			rec(i, at)
			rec(at, j)
		}
	}
	// A closed ring's first and last points coincide; split it at its
	// farthest point so the baseline is not degenerate.
	far, fd := 0, 0.0
	for k := range pts {
		if d := math.Hypot(pts[k][0]-pts[0][0], pts[k][1]-pts[0][1]); d > fd {
			far, fd = k, d
		}
	}
	keep[far] = true
	rec(0, far)
	rec(far, len(pts)-1)
	var out [][2]float64
	for k, p := range pts {
		if keep[k] {
			out = append(out, p)
		}
	}
	return out
}

func segDist(p, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return math.Hypot(p[0]-a[0], p[1]-a[1])
	}
	t := math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l2))
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}
