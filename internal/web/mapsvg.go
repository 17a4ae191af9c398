package web

import (
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"sitrep"
)

// mapView is a server-rendered SVG map: the basemap projected for a
// window around the incidents, their pins and their radii.
type mapView struct {
	W, H      int
	Countries []svgPath
	Pins      []pin
	Radii     []pin
	ScaleText string
	ScaleY    int
	ScaleX2   float64
}

type svgPath struct{ Name, D string }

type pin struct {
	X, Y, R float64
	Color   string
	Label   string
	Href    string
}

const (
	mapW = 960
	mapH = 520
	// kmPerDeg is the length of a degree of latitude.
	kmPerDeg = 111.32
)

// window is a lon/lat box and the equirectangular projection that fits it
// to the map, with longitudes shrunk by the cosine of the middle latitude
// so a regional map keeps its shapes.
type window struct {
	minLon, maxLon, minLat, maxLat float64
	kx, scale                      float64
}

func fitWindow(incs []sitrep.IncidentSummary) window {
	minLon, maxLon, minLat, maxLat := 180.0, -180.0, 90.0, -90.0
	n := 0
	for _, in := range incs {
		if !located(in) {
			continue
		}
		n++
		r := min(in.PrecisionKM, 300) / kmPerDeg
		minLon, maxLon = min(minLon, in.Lon-r), max(maxLon, in.Lon+r)
		minLat, maxLat = min(minLat, in.Lat-r), max(maxLat, in.Lat+r)
	}
	if n == 0 {
		minLon, maxLon, minLat, maxLat = -180, 180, -58, 84
	}
	// Pad, and never zoom closer than a few degrees: a lone pin needs
	// neighbouring borders to be readable.
	cLon, cLat := (minLon+maxLon)/2, (minLat+maxLat)/2
	spanLon := max((maxLon-minLon)*1.3, 4)
	spanLat := max((maxLat-minLat)*1.3, 3)
	kx := math.Cos(cLat * math.Pi / 180)
	kx = max(kx, 0.2)
	// Match the map's aspect ratio.
	if spanLon*kx/spanLat > float64(mapW)/mapH {
		spanLat = spanLon * kx * mapH / mapW
	} else {
		spanLon = spanLat * mapW / mapH / kx
	}
	w := window{minLon: cLon - spanLon/2, maxLon: cLon + spanLon/2, minLat: cLat - spanLat/2, maxLat: cLat + spanLat/2, kx: kx}
	w.scale = mapH / spanLat
	return w
}

func located(in sitrep.IncidentSummary) bool {
	return !(in.Lat == 0 && in.Lon == 0) && in.Lat >= -90 && in.Lat <= 90 && in.Lon >= -180 && in.Lon <= 180
}

func (w window) xy(lon, lat float64) (float64, float64) {
	return (lon - w.minLon) * w.kx * w.scale, (w.maxLat - lat) * w.scale
}

func (w window) pxPerKM() float64 { return w.scale / kmPerDeg }

// buildMap draws the incidents over the basemap.
func (b *basemap) buildMap(incs []sitrep.IncidentSummary) mapView {
	w := fitWindow(incs)
	v := mapView{W: mapW, H: mapH, ScaleY: mapH - 10}
	// A margin so outlines crossing the edge are kept whole.
	mLon, mLat := (w.maxLon-w.minLon)*0.1, (w.maxLat-w.minLat)*0.1
	var sb strings.Builder
	for _, c := range b.countries {
		sb.Reset()
		for _, r := range c.rings {
			if r.maxX < w.minLon-mLon || r.minX > w.maxLon+mLon || r.maxY < w.minLat-mLat || r.minY > w.maxLat+mLat {
				continue
			}
			writeRing(&sb, w, r)
		}
		if sb.Len() > 0 {
			v.Countries = append(v.Countries, svgPath{Name: c.name, D: sb.String()})
		}
	}
	// Big pins first so small ones stay clickable on top.
	order := make([]int, 0, len(incs))
	for i := range incs {
		if located(incs[i]) {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return incs[order[a]].Reports > incs[order[b]].Reports })
	ppk := w.pxPerKM()
	for _, i := range order {
		in := incs[i]
		x, y := w.xy(in.Lon, in.Lat)
		col := typeColor(in.Type)
		label := in.Date + " · " + in.Type
		if in.Place != "" {
			label += " · " + in.Place
		}
		label += " · " + strconv.Itoa(in.Reports) + " report"
		if in.Reports != 1 {
			label += "s"
		}
		label += " · " + statusLabel(in.Status)
		v.Pins = append(v.Pins, pin{X: round1(x), Y: round1(y), R: round1(4 + 2.5*math.Sqrt(float64(max(in.Reports, 1)))),
			Color: col, Label: label, Href: "/incidents/" + pathSeg(in.ID)})
		// Only draw a radius that shows beyond the pin itself.
		if r := in.PrecisionKM * ppk; r > 8 {
			v.Radii = append(v.Radii, pin{X: round1(x), Y: round1(y), R: round1(min(r, mapW)), Color: col})
		}
	}
	km := niceKM(120 / ppk)
	v.ScaleText = strconv.FormatFloat(km, 'f', -1, 64) + " km"
	v.ScaleX2 = round1(10 + km*ppk)
	return v
}

// writeRing appends one ring as SVG path data, dropping points that land
// on the same pixel as the previous one.
func writeRing(sb *strings.Builder, w window, r ring) {
	lastX, lastY := math.Inf(1), math.Inf(1)
	lastLon := math.Inf(1)
	n := 0
	for i := 0; i+1 < len(r.pts); i += 2 {
		lon := float64(r.pts[i])
		x, y := w.xy(lon, float64(r.pts[i+1]))
		x, y = round1(x), round1(y)
		if math.Abs(x-lastX) < 0.8 && math.Abs(y-lastY) < 0.8 {
			continue
		}
		// An outline cut at the antimeridian jumps across the world; move
		// instead of drawing a line around it.
		jump := !math.IsInf(lastLon, 1) && math.Abs(lon-lastLon) > 180
		lastLon = lon
		if n == 0 || jump {
			sb.WriteByte('M')
		} else {
			sb.WriteByte('L')
		}
		sb.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
		sb.WriteByte(' ')
		sb.WriteString(strconv.FormatFloat(y, 'f', -1, 64))
		lastX, lastY = x, y
		n++
	}
	if n > 0 {
		sb.WriteByte('Z')
	}
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// niceKM rounds a distance down to 1, 2 or 5 times a power of ten, for a
// scale bar.
func niceKM(km float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(km)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= km {
			return m * p
		}
	}
	return p
}

func pathSeg(s string) string { return url.PathEscape(s) }
