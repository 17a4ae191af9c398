package web

import (
	"sort"
	"strconv"
	"time"

	"sitrep"
)

// timelineView is a stacked bar chart of incidents per day (or per week
// over long spans) by event type.
type timelineView struct {
	W, H                       int
	Left, Right, LabelX, AxisY float64
	Unit, From, To             string
	Bars                       []bar
	XTicks, YTicks             []tick
}

type bar struct {
	X, Y, W, H float64
	Color      string
	Label      string
}

type tick struct {
	X, Y  float64
	Label string
}

const (
	tlW      = 960
	tlH      = 200
	tlLeft   = 40.0
	tlRight  = 925.0
	tlTop    = 10.0
	tlBottom = 170.0
	// Past this many days, bars are weeks.
	maxDayBars = 120
)

func buildTimeline(incs []sitrep.IncidentSummary) timelineView {
	v := timelineView{W: tlW, H: tlH, Left: tlLeft, Right: tlRight, LabelX: tlLeft - 6, AxisY: tlBottom + 18, Unit: "day"}
	var first, last time.Time
	days := make([]time.Time, len(incs))
	for i, in := range incs {
		d, err := time.Parse("2006-01-02", in.Date)
		if err != nil {
			continue
		}
		days[i] = d
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	if first.IsZero() {
		return v
	}
	step := 1
	if int(last.Sub(first).Hours()/24) >= maxDayBars {
		step, v.Unit = 7, "week"
		first = first.AddDate(0, 0, -((int(first.Weekday()) + 6) % 7)) // Monday
	}
	n := int(last.Sub(first).Hours()/24)/step + 1
	counts := make([]map[string]int, n)
	for i, d := range days {
		if d.IsZero() {
			continue
		}
		k := int(d.Sub(first).Hours()/24) / step
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][incs[i].Type]++
	}
	peak := 0
	for _, c := range counts {
		t := 0
		for _, x := range c {
			t += x
		}
		peak = max(peak, t)
	}
	yMax := niceCeil(peak)
	slot := (tlRight - tlLeft) / float64(n)
	bw := max(slot*0.8, 1)
	yk := (tlBottom - tlTop) / float64(yMax)
	for k, c := range counts {
		y := tlBottom
		x := tlLeft + float64(k)*slot + (slot-bw)/2
		day := first.AddDate(0, 0, k*step).Format("2006-01-02")
		for _, t := range orderedTypes(c) {
			h := float64(c[t]) * yk
			y -= h
			label := day
			if step > 1 {
				label = "week of " + day
			}
			label += ": " + strconv.Itoa(c[t]) + " " + t
			v.Bars = append(v.Bars, bar{X: round1(x), Y: round1(y), W: round1(bw), H: round1(h), Color: typeColor(t), Label: label})
		}
	}
	v.From, v.To = first.Format("2006-01-02"), last.Format("2006-01-02")
	// About six date labels, at slot centres.
	every := max(1, n/6)
	for k := 0; k < n; k += every {
		v.XTicks = append(v.XTicks, tick{X: round1(tlLeft + float64(k)*slot + slot/2), Label: first.AddDate(0, 0, k*step).Format("2 Jan 06")})
	}
	for _, y := range yTicks(yMax) {
		v.YTicks = append(v.YTicks, tick{Y: round1(tlBottom - float64(y)*yk), Label: strconv.Itoa(y)})
	}
	return v
}

// orderedTypes lists the types present in a bar in legend order, unknown
// types last.
func orderedTypes(c map[string]int) []string {
	var out []string
	for _, t := range eventTypes {
		if c[t] > 0 {
			out = append(out, t)
		}
	}
	var rest []string
	for t := range c {
		if !validType(t) {
			rest = append(rest, t)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// niceCeil rounds a count up to 1, 2 or 5 times a power of ten.
func niceCeil(n int) int {
	if n <= 1 {
		return 1
	}
	p := 1
	for p*10 < n {
		p *= 10
	}
	for _, m := range []int{1, 2, 5, 10} {
		if m*p >= n {
			return m * p
		}
	}
	return 10 * p
}

func yTicks(yMax int) []int {
	step := max(1, yMax/4)
	var out []int
	for y := 0; y <= yMax; y += step {
		out = append(out, y)
	}
	return out
}
