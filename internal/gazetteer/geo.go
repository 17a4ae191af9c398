package gazetteer

import "math"

// bearingName names a bearing by its nearest compass point.
func bearingName(b float64) string {
	names := [...]string{"north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"}
	return names[int(math.Round(b/45))%8]
}

// offset moves a point d km along a bearing (degrees from north).
func offset(lat, lon, d, bearing float64) (float64, float64) {
	b := bearing * math.Pi / 180
	dlat := d * math.Cos(b) / 111.32
	dlon := d * math.Sin(b) / (111.32 * math.Max(0.01, math.Cos(lat*math.Pi/180)))
	return lat + dlat, lon + dlon
}

// km is the great-circle distance between two points, in km.
func km(lat1, lon1, lat2, lon2 float64) float64 {
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 6371 * 2 * math.Asin(math.Sqrt(min(1, a)))
}

// flatKm approximates the distance in km on a local flat projection; it is
// close enough within a few hundred km, where proximity counts, and keeps
// trigonometry out of the candidate loop.
func flatKm(lat1, lon1, lat2, lon2 float64) float64 {
	dy := lat2 - lat1
	dx := (lon2 - lon1) * cosDeg((lat1+lat2)/2)
	return 111.2 * math.Sqrt(dx*dx+dy*dy)
}

// cosDeg is cos of an angle in degrees, by a short polynomial: within
// 0.1 % for the latitudes places lie at.
func cosDeg(deg float64) float64 {
	x := deg * math.Pi / 180
	x2 := x * x
	return 1 - x2/2 + x2*x2/24 - x2*x2*x2/720 + x2*x2*x2*x2/40320
}
