package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"sitrep"
	"sitrep/internal/ledger"
)

// GeoJSONWriter streams a FeatureCollection of events with a place; each
// feature carries the event's type, dates, actors, outlet, incident and
// precision radius so a map can draw it.
type GeoJSONWriter struct {
	w *bufio.Writer
	n int
}

// NewGeoJSON starts a FeatureCollection.
func NewGeoJSON(w io.Writer) (*GeoJSONWriter, error) {
	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(`{"type":"FeatureCollection","features":[` + "\n"); err != nil {
		return nil, err
	}
	return &GeoJSONWriter{w: bw}, nil
}

type feature struct {
	Type       string         `json:"type"`
	Geometry   geometry       `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type geometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// Write adds one event; events without a place are skipped, since a
// feature needs a geometry.
func (g *GeoJSONWriter) Write(r *sitrep.EventReport, incident string) error {
	p := r.Event.Place
	if !ledger.HasPlace(p) {
		return nil
	}
	var actors []string
	for _, a := range r.Actors {
		actors = append(actors, a.Name)
	}
	props := map[string]any{
		"uid": r.UID, "article_id": r.ArticleID, "type": r.Event.Type, "sub_type": r.Event.SubType,
		"date": r.Event.Date, "date_end": r.Event.DateEnd, "place": p.Name, "country": p.Country,
		"precision_km": p.PrecisionKM, "actors": actors, "outlet": r.Outlet, "fatalities": fatalities(r),
	}
	if incident != "" {
		props["incident"] = incident
	}
	b, err := json.Marshal(feature{Type: "Feature", Geometry: geometry{"Point", [2]float64{p.Lon, p.Lat}}, Properties: props})
	if err != nil {
		return fmt.Errorf("encode feature: %w", err)
	}
	if g.n > 0 {
		g.w.WriteString(",\n")
	}
	g.n++
	_, err = g.w.Write(b)
	return err
}

// WriteRecord adds every placed event of a record.
func (g *GeoJSONWriter) WriteRecord(rec *sitrep.Record) error {
	art := sitrep.Article{ID: rec.ID, URL: rec.URL, Outlet: rec.Outlet, Title: rec.Title, Published: rec.Published}
	for _, r := range ledger.Resolve(art, rec) {
		if err := g.Write(&r, ""); err != nil {
			return err
		}
	}
	return nil
}

// Close ends the collection and flushes.
func (g *GeoJSONWriter) Close() error {
	if _, err := g.w.WriteString("\n]}\n"); err != nil {
		return err
	}
	return g.w.Flush()
}

// JSONLWriter writes one JSON object per line.
type JSONLWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewJSONL returns a JSON Lines writer.
func NewJSONL(w io.Writer) *JSONLWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONLWriter{w: bw, enc: enc}
}

// Write writes v (an event report, a record, an incident) as one line.
func (j *JSONLWriter) Write(v any) error {
	if err := j.enc.Encode(v); err != nil {
		return fmt.Errorf("encode line: %w", err)
	}
	return nil
}

// Close flushes.
func (j *JSONLWriter) Close() error { return j.w.Flush() }
