package web

import (
	"sort"
	"strconv"
	"time"

	"sitrep"
)

// lineChart is an SVG line chart of one status's figures over time, one
// line per claimant: the running total each claimant's reports add up to.
type lineChart struct {
	W, H                       int
	Left, Right, LabelX, AxisY float64
	Status                     string
	Series                     []series
	XTicks, YTicks             []tick
}

type series struct {
	Name   string
	Badge  string
	Color  string
	Points string // polyline points
	Dots   []dot
	// End labels the last point with the claimant's running total.
	End tick
}

type dot struct {
	X, Y  float64
	Label string
	Href  string
}

// seriesColors are distinct from the event-type colours on purpose: these
// are claimants, not types.
var seriesColors = []string{"#1b4f72", "#b03a2e", "#117a65", "#7d3c98", "#b9770e", "#566573", "#2e86c1", "#cb4335"}

const (
	chW      = 960
	chH      = 280
	chLeft   = 56.0
	chRight  = 900.0
	chTop    = 12.0
	chBottom = 248.0
)

// buildChart sums, per claimant, the lowest figure it gives for each
// incident (an incident counted once, at its highest such figure), in date
// order. Figures for different statuses never mix.
func buildChart(pts []sitrep.CasualtyPoint, status string) lineChart {
	c := lineChart{W: chW, H: chH, Left: chLeft, Right: chRight, LabelX: chLeft - 6, AxisY: chBottom + 20, Status: status}
	type key struct{ claimant, incident string }
	best := map[key]sitrep.CasualtyPoint{}
	for _, p := range pts {
		if p.Status != status {
			continue
		}
		if _, err := time.Parse("2006-01-02", p.Date); err != nil {
			continue
		}
		inc := p.Incident
		if inc == "" {
			inc = p.Article + "/" + p.Date
		}
		k := key{claimantKey(p.Claimant), inc}
		if b, ok := best[k]; !ok || p.Min > b.Min {
			best[k] = p
		}
	}
	if len(best) == 0 {
		return c
	}
	byClaimant := map[string][]sitrep.CasualtyPoint{}
	var order []string
	for k, p := range best {
		if _, ok := byClaimant[k.claimant]; !ok {
			order = append(order, k.claimant)
		}
		byClaimant[k.claimant] = append(byClaimant[k.claimant], p)
	}
	sort.Strings(order)
	var first, last time.Time
	peak := int64(0)
	type run struct {
		p     sitrep.Party
		dates []time.Time
		sums  []int64
		pts   []sitrep.CasualtyPoint
	}
	runs := make([]run, 0, len(order))
	for _, k := range order {
		ps := byClaimant[k]
		sort.Slice(ps, func(i, j int) bool {
			if ps[i].Date != ps[j].Date {
				return ps[i].Date < ps[j].Date
			}
			return ps[i].Incident < ps[j].Incident
		})
		r := run{p: ps[0].Claimant}
		var sum int64
		for _, p := range ps {
			d, _ := time.Parse("2006-01-02", p.Date)
			sum += p.Min
			r.dates, r.sums, r.pts = append(r.dates, d), append(r.sums, sum), append(r.pts, p)
			if first.IsZero() || d.Before(first) {
				first = d
			}
			if d.After(last) {
				last = d
			}
		}
		peak = max(peak, sum)
		runs = append(runs, r)
	}
	if last.Sub(first) < 48*time.Hour {
		// A day or two alone would sit on the axis; give it room.
		first, last = first.AddDate(0, 0, -1), last.AddDate(0, 0, 1)
	}
	spanDays := max(last.Sub(first).Hours()/24, 1)
	yMax := niceCeil(int(min(peak, 1<<40)))
	xOf := func(d time.Time) float64 { return chLeft + (d.Sub(first).Hours()/24)/spanDays*(chRight-chLeft) }
	yOf := func(v int64) float64 { return chBottom - float64(v)/float64(yMax)*(chBottom-chTop) }
	for i, r := range runs {
		s := series{Name: r.p.Name, Badge: badge(r.p), Color: seriesColors[i%len(seriesColors)]}
		var b []byte
		for j := range r.dates {
			x, y := round1(xOf(r.dates[j])), round1(yOf(r.sums[j]))
			if j > 0 {
				// A step: the total holds until the next report.
				b = append(b, ' ')
				b = strconv.AppendFloat(b, x, 'f', -1, 64)
				b = append(b, ',')
				b = strconv.AppendFloat(b, round1(yOf(r.sums[j-1])), 'f', -1, 64)
			}
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = strconv.AppendFloat(b, x, 'f', -1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, y, 'f', -1, 64)
			p := r.pts[j]
			label := r.p.Name + ", " + p.Date + ": " + figure(p.Min, p.Max) + " " + p.Status
			if p.Who != "" {
				label += " (" + p.Who + ")"
			}
			label += "; total " + strconv.FormatInt(r.sums[j], 10)
			href := "/articles/" + pathSeg(p.Article)
			if p.Incident != "" {
				href = "/incidents/" + pathSeg(p.Incident)
			}
			s.Dots = append(s.Dots, dot{X: x, Y: y, Label: label, Href: href})
		}
		s.Points = string(b)
		last := s.Dots[len(s.Dots)-1]
		s.End = tick{X: last.X + 8, Y: last.Y, Label: strconv.FormatInt(r.sums[len(r.sums)-1], 10)}
		c.Series = append(c.Series, s)
	}
	for _, y := range yTicks(yMax) {
		c.YTicks = append(c.YTicks, tick{Y: round1(yOf(int64(y))), Label: strconv.Itoa(y)})
	}
	days := int(spanDays)
	step := max(1, days/5)
	for k := 0; k <= days; k += step {
		d := first.AddDate(0, 0, k)
		c.XTicks = append(c.XTicks, tick{X: round1(xOf(d)), Label: d.Format("2 Jan 06")})
	}
	return c
}

func claimantKey(p sitrep.Party) string {
	if p.Key != "" {
		return p.Key
	}
	return "\x00" + p.Name
}
