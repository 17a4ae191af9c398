package gazetteer

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// want is one expected place: its text as written, and a point it must lie
// within km of; kind and country when given.
type want struct {
	text    string
	lat     float64
	lon     float64
	km      float64
	kind    string
	country string
}

func TestPlaces(t *testing.T) {
	g := loadDefault(t)
	tests := []struct {
		name string
		in   string
		want []want
		// none are texts that must not come out as places.
		none []string
	}{
		{
			name: "multiword names and Arabic article forms",
			in:   "Fighting was reported in Deir al-Balah and Khan Younis, and in Juhr Al-Dik, east of Gaza City.",
			want: []want{
				{text: "Deir al-Balah", lat: 31.42, lon: 34.35, km: 5, country: "PS"},
				{text: "Khan Younis", lat: 31.34, lon: 34.30, km: 5, country: "PS"},
				{text: "Juhr Al-Dik", lat: 31.456, lon: 34.437, km: 3, country: "PS"},
				{text: "Gaza City", lat: 31.50, lon: 34.47, km: 5, country: "PS"},
			},
		},
		{
			name: "a first word whose name goes on past its article",
			in:   "Fighters attacked the village of Wad al-Noura (Al Manaqil, Al Jazirah), residents said.",
			want: []want{
				{text: "Al Manaqil", lat: 14.25, lon: 32.98, km: 15, country: "SD"},
			},
			none: []string{"Wad"},
		},
		{
			name: "woreda and tehsil are local divisions",
			in:   "Troops arrested 23 people in Fiche and Kuyu woreda of Oromia, Ethiopia. Curfew was imposed in Jamrud tehsil in Pakistan.",
			want: []want{
				{text: "Kuyu woreda", lat: 9.8, lon: 38.4, km: 25, country: "ET"},
				{text: "Jamrud tehsil", lat: 34.0, lon: 71.38, km: 15, country: "PK"},
			},
		},
		{
			name: "a place naming a person's beat",
			in:   "Gunmen killed 30 people in Solenzo, Burkina Faso, said a senior Sahel researcher at the group. In Cameroon, the Sector 1 commander visited Fotokol.",
			want: []want{
				{text: "Solenzo", lat: 12.18, lon: -4.08, km: 15, country: "BF"},
				{text: "Fotokol", lat: 12.37, lon: 14.23, km: 10, country: "CM"},
			},
			none: []string{"Sahel", "Sector 1"},
		},
		{
			name: "a numbered division of a far-off city needs context",
			in:   "Soldiers of Sector 3 patrolled near Fotokol in Cameroon.",
			want: []want{
				{text: "Fotokol", lat: 12.37, lon: 14.23, km: 10, country: "CM"},
			},
			none: []string{"Sector 3"},
		},
		{
			name: "an unknown village placed by the division its bracket names",
			in:   "On Sunday, militants dropped explosives on Koutruk village (Imphal West, Manipur). Kalinda Mutombo (Reuters) reported from Goma in Congo.",
			want: []want{
				{text: "Koutruk village", lat: 24.82, lon: 93.9, km: 20, country: "IN"},
				{text: "Goma", lat: -1.68, lon: 29.23, km: 10, country: "CD"},
			},
			none: []string{"Kalinda Mutombo", "Reuters"},
		},
		{
			name: "a numbered division in the story's country",
			in:   "Shops in Sector 2 of Bucharest closed, Romania said.",
			want: []want{
				{text: "Sector 2", lat: 44.45, lon: 26.13, km: 10, country: "RO"},
			},
		},
		{
			name: "transliteration variants",
			in:   "Shelling hit Dayr al Balah and Khan Yunis. Russian troops pushed toward Avdeyevka and Rabotino, near Artemovsk.",
			want: []want{
				{text: "Dayr al Balah", lat: 31.42, lon: 34.35, km: 5},
				{text: "Khan Yunis", lat: 31.34, lon: 34.30, km: 5},
				{text: "Avdeyevka", lat: 48.14, lon: 37.74, km: 5, country: "UA"},
				{text: "Rabotino", lat: 47.45, lon: 35.84, km: 5, country: "UA"},
				{text: "Artemovsk", lat: 48.59, lon: 38.0, km: 5, country: "UA"},
			},
			none: []string{"Russian"},
		},
		{
			name: "regions with their generic word",
			in:   "Clashes spread across the Kidal region of Mali, in Sagaing Region and Shan State of Myanmar, in North Kivu and in the Zaporizhzhia region.",
			want: []want{
				{text: "Kidal region", lat: 19.5, lon: 1.5, km: 250, kind: "region", country: "ML"},
				{text: "Sagaing Region", lat: 24.0, lon: 95.5, km: 300, kind: "region", country: "MM"},
				{text: "Shan State", lat: 21.5, lon: 98.0, km: 300, kind: "region", country: "MM"},
				{text: "North Kivu", lat: -0.8, lon: 29.0, km: 200, kind: "region", country: "CD"},
				{text: "Zaporizhzhia region", lat: 47.5, lon: 35.5, km: 150, kind: "region", country: "UA"},
			},
		},
		{
			name: "areas and relative positions",
			in:   "Troops withdrew from the northern Gaza Strip. Shells fell on the eastern outskirts of El Fasher. The camp lies about 25 km west of Goma.",
			want: []want{
				{text: "northern Gaza Strip", lat: 31.54, lon: 34.50, km: 25, kind: "area"},
				{text: "eastern outskirts of El Fasher", lat: 13.63, lon: 25.40, km: 12, kind: "area", country: "SD"},
				{text: "25 km west of Goma", lat: -1.674, lon: 29.00, km: 12, kind: "offset", country: "CD"},
			},
		},
		{
			name: "a country's directional part lies where its places do",
			in:   "Jets struck villages in southern Lebanon. Fighting raged in eastern Ukraine and in northern Mali.",
			want: []want{
				{text: "southern Lebanon", lat: 33.27, lon: 35.40, km: 25, kind: "area", country: "LB"},
				{text: "eastern Ukraine", lat: 48.3, lon: 37.5, km: 120, kind: "area", country: "UA"},
				{text: "northern Mali", lat: 18.5, lon: 0.5, km: 250, kind: "area", country: "ML"},
			},
		},
		{
			name: "relative position in context",
			in:   "In Mali, a convoy was hit 20 km north of Gao on Monday.",
			want: []want{
				{text: "20 km north of Gao", lat: 16.45, lon: -0.04, km: 10, kind: "offset", country: "ML"},
			},
		},
		{
			name: "dateline sets the focus for a homonym",
			in:   "KARARI, Sudan — Artillery struck Karari, in Omdurman, on Sunday.",
			want: []want{
				{text: "KARARI", lat: 15.72, lon: 32.46, km: 15, country: "SD"},
				{text: "Omdurman", lat: 15.64, lon: 32.48, km: 15, country: "SD"},
			},
		},
		{
			name: "a dateline under a headline that ends in a name",
			in:   "Jets strike targets across the Bekaa\n\nJERUSALEM, Sept 23 — The army said it struck targets.",
			want: []want{
				{text: "JERUSALEM", lat: 31.77, lon: 35.22, km: 15, country: "IL"},
			},
		},
		{
			name: "places a list names together lie together",
			in:   "MOSCOW, May 5 – Russian units advanced near Selidovo, Krasnoarmeysk and Dzerzhinsk in the Donetsk region, the Russian ministry said.",
			want: []want{
				{text: "Selidovo", lat: 48.15, lon: 37.30, km: 10, country: "UA"},
				{text: "Krasnoarmeysk", lat: 48.28, lon: 37.18, km: 10, country: "UA"},
				{text: "Dzerzhinsk", lat: 48.40, lon: 37.85, km: 10, country: "UA"},
			},
		},
		{
			name: "a bracketed district and region after a name frame it",
			in:   "Shelling was reported overnight, the ministry said. Units were said to hold Ocheretyne (Pokrovsk, Donetsk) by Tuesday.",
			want: []want{{text: "Ocheretyne", lat: 48.24, lon: 37.62, km: 5, country: "UA"}},
		},
		{
			name: "a relative position after a name frames it",
			in:   "Families leaving Sake, about 25 km west of Goma, said the road was cut.",
			want: []want{{text: "Sake", lat: -1.57, lon: 29.04, km: 5, country: "CD"}},
		},
		{
			name: "camps from the supplement",
			in:   "Thousands fled to Zamzam camp and Abu Shouk, while others reached Kakuma, Dadaab, Jabalia camp and Nuseirat camp, or Kanyaruchinya north of Goma.",
			want: []want{
				{text: "Zamzam camp", lat: 13.49, lon: 25.30, km: 8, kind: "camp", country: "SD"},
				{text: "Abu Shouk", lat: 13.66, lon: 25.33, km: 8, country: "SD"},
				{text: "Kakuma", lat: 3.72, lon: 34.86, km: 8, country: "KE"},
				{text: "Dadaab", lat: 0.06, lon: 40.31, km: 10, country: "KE"},
				{text: "Jabalia camp", lat: 31.53, lon: 34.50, km: 4, kind: "camp"},
				{text: "Nuseirat camp", lat: 31.45, lon: 34.39, km: 4, kind: "camp"},
				{text: "Kanyaruchinya", lat: -1.59, lon: 29.25, km: 8, country: "CD"},
			},
		},
		{
			name: "organisations, people, adjectives and common words",
			in: "The Kurdistan Workers' Party said it would respond. Russian officials met Sudanese envoys. " +
				"Spokesman Kanan said the army would act. Most residents left. For the sake of peace, talks resumed on Thursday.",
			none: []string{"Kurdistan", "Russian", "Sudanese", "Kanan", "Most", "sake", "Thursday"},
		},
		{
			name: "a ship's name is no place",
			in: "Missiles targeted the aircraft carrier Lincoln in the Red Sea, officials in Washington said.\n\n" +
				"The destroyer Mason and the tanker Sounion were also hit. The Lincoln left the area.",
			want: []want{{text: "Washington", lat: 38.9, lon: -77.0, km: 20, country: "US"}},
			none: []string{"Lincoln", "Mason", "Sounion"},
		},
		{
			name: "a common word with a number is a designation",
			in:   "A drone hit the Tower 9 outpost in Jordan, killing three soldiers, officials in Amman said.",
			want: []want{{text: "Amman", lat: 31.95, lon: 35.93, km: 15, country: "JO"}},
			none: []string{"Tower"},
		},
		{
			name: "a hand-kept landmark's name may end in a number",
			in:   "A drone hit the Tower 22 outpost in Jordan, killing three soldiers, officials in Amman said.",
			want: []want{{text: "Tower 22", lat: 33.32, lon: 38.70, km: 5, country: "JO"}},
		},
		{
			name: "landmarks and districts are places of their own",
			in:   "Drones struck Goma airport and the Bukavu market. Residents of Goma fled.",
			want: []want{
				{text: "Goma airport", lat: -1.67, lon: 29.23, km: 10, kind: "area", country: "CD"},
				{text: "Bukavu market", lat: -2.49, lon: 28.84, km: 10, kind: "area", country: "CD"},
				{text: "Goma", lat: -1.67, lon: 29.23, km: 10, kind: "city", country: "CD"},
			},
		},
		{
			name: "a district is a place of its own",
			in:   "Shelling hit the Kupiansk district overnight, the regional governor said.",
			want: []want{{text: "Kupiansk district", lat: 49.71, lon: 37.62, km: 10, kind: "area", country: "UA"}},
		},
		{
			name: "an unknown village is placed at the district seat its bracket names, not the region",
			in:   "Somali forces regained control of the village of Buq Aqable (Bulo Burto, Hiraan) after clashes.",
			want: []want{
				{text: "Buq Aqable", lat: 3.85, lon: 45.57, km: 5, kind: "village", country: "SO"},
				{text: "Hiraan", lat: 4.3, lon: 45.3, km: 30, kind: "region", country: "SO"},
			},
		},
		{
			name: "an unknown village near a town of the named region is placed at the town",
			in:   "Russian forces took the village of Zhelanne near Ocheretyne in Donetsk region.",
			want: []want{
				{text: "Zhelanne", lat: 48.24, lon: 37.62, km: 5, kind: "village", country: "UA"},
				{text: "Donetsk region", lat: 48.0, lon: 37.8, km: 30, kind: "region", country: "UA"},
			},
		},
		{
			name: "a name the news uses for a district abroad is that district, not the small homonym",
			in: "The Houthis said their drone hit Yafa, which the enemy calls Tel Aviv. " +
				"In Kinshasa, protesters gathered outside embassies in Gombe (Kinshasa, Kinshasa).",
			want: []want{
				{text: "Yafa", lat: 32.05, lon: 34.75, km: 5, country: "IL"},
				{text: "Gombe", lat: -4.31, lon: 15.30, km: 5, country: "CD"},
			},
		},
		{
			name: "a neighbourhood of a named town lies in that town, not in a homonym elsewhere",
			in:   "A sniper killed a child in the Al-Rawdah neighbourhood of Taiz city (Al Qahirah, Ta'izz), Yemen.",
			want: []want{{text: "Al-Rawdah neighbourhood", lat: 13.58, lon: 44.02, km: 10, kind: "area", country: "YE"}},
		},
		{
			name: "an assimilated Arabic article written 'Al-' meets the index's 'Ar'/'As' name",
			in:   "In Sudan, the army retook Al-Suki and Al-Rahad, east of El Obeid.",
			want: []want{
				{text: "Al-Suki", lat: 13.32, lon: 33.88, km: 5, country: "SD"},
				{text: "Al-Rahad", lat: 12.72, lon: 30.65, km: 5, country: "SD"},
			},
		},
		{
			name: "a name that goes on past a Romance link is not its last word's homonym",
			in:   "In Maguindanao del Sur province, gunmen fired on an army truck, the Philippine army said.",
			want: []want{{text: "Maguindanao", lat: 6.9, lon: 124.5, km: 30, country: "PH"}},
			none: []string{"Sur province"},
		},
		{
			name: "a relative position reads past 'the port city of'",
			in:   "The ship was hit about 68 nautical miles southwest of the port city of Hodeidah, in Yemen.",
			want: []want{
				{text: "68 nautical miles southwest of the port city of Hodeidah", lat: 14.0, lon: 42.12, km: 5, kind: "offset", country: "YE"},
				{text: "Hodeidah", lat: 14.8, lon: 42.95, km: 5, country: "YE"},
			},
		},
		{
			name: "a division named by a town and a compass point is around the town, not its region",
			in:   "Police in Imphal East district fired tear gas. In Nigeria, gunmen raided Jos North local government area.",
			want: []want{
				{text: "Imphal East district", lat: 24.81, lon: 93.94, km: 10, kind: "area", country: "IN"},
				{text: "Jos North local government area", lat: 9.93, lon: 8.89, km: 10, kind: "area", country: "NG"},
			},
		},
		{
			name: "a local division named by a state capital is around the town, not the state",
			in:   "Gunmen abducted 15 farmers in neighbouring Gusau LGA of Zamfara State on Sunday.",
			want: []want{
				{text: "Gusau LGA", lat: 12.17, lon: 6.66, km: 10, kind: "area", country: "NG"},
			},
		},
		{
			name: "the bracket after a city names its district, not a namesake far off",
			in:   "On 14 January 2024, thousands demonstrated in Sanaa (Ath Thawrah, Amanat Al Asimah) against the strikes.",
			want: []want{
				{text: "Sanaa", lat: 15.35, lon: 44.21, km: 10, country: "YE"},
				{text: "Ath Thawrah", lat: 15.38, lon: 44.21, km: 20, country: "YE"},
			},
		},
		{
			name: "an unknown village is placed by the relative position after any of its mentions",
			in:   "Russian units liberated the settlement of Kotlyne of the Donetsk People's Republic. Ukraine denied that Kotlyne, about 10 km west of Pokrovsk, had fallen.",
			want: []want{
				{text: "Kotlyne", lat: 48.28, lon: 37.04, km: 5, country: "UA"},
				{text: "Pokrovsk", lat: 48.28, lon: 37.18, km: 5, country: "UA"},
			},
			none: []string{"Kotlyne of the Donetsk"},
		},
		{
			name: "an unknown village lies by the story's last town, not in the reporter's far-off city",
			in:   "KYIV, Aug 21 - Russian shelling of the town of Selydove on Tuesday killed three people, the prosecutor's office said.\n\nThe Russian Defence Ministry claimed its troops had taken the village of Zhelanne.",
			want: []want{
				{text: "Zhelanne", lat: 48.25, lon: 37.4, km: 50, country: "UA"},
			},
		},
		{
			name: "a country is a place when something is in it, not when it acts",
			in:   "Russia said on Monday it would respond. Fighting continued in Ukraine, near Pokrovsk.",
			want: []want{
				{text: "Ukraine", lat: 49, lon: 32, km: 100, kind: "country", country: "UA"},
				{text: "Pokrovsk", lat: 48.28, lon: 37.18, km: 5, country: "UA"},
			},
			none: []string{"Russia"},
		},
		{
			name: "bracketed place and region",
			in:   "Protesters gathered in Hlaing township (Yangon, Yangon) on Sunday.",
			want: []want{
				{text: "Yangon", lat: 16.8, lon: 96.16, km: 15, country: "MM"},
			},
		},
		{
			name: "unknown village falls back to its region, never a far homonym",
			in:   "Gunmen attacked the village of Ngorbelo in the Kidal region of Mali.",
			want: []want{
				{text: "Ngorbelo", lat: 19.5, lon: 1.5, km: 300, kind: "village", country: "ML"},
				{text: "Kidal region", lat: 19.5, lon: 1.5, km: 250, kind: "region", country: "ML"},
			},
		},
		{
			name: "a square the index lacks lies in the town its sentence names",
			in:   "Thousands of people gathered in Al-Waha Square in Sanaa on Friday afternoon, witnesses said.",
			want: []want{{text: "Al-Waha Square", lat: 15.35, lon: 44.21, km: 15, kind: "area", country: "YE"}},
		},
		{
			name: "a district the index lacks lies in the town it is of",
			in:   "Mortar shells landed on a busy market in Karaan district of Mogadishu, the police said.",
			want: []want{{text: "Karaan district", lat: 2.04, lon: 45.34, km: 15, kind: "area", country: "SO"}},
		},
		{
			name: "a two-word landmark after a possessive",
			in:   "Residents of the villages near Latakia sheltered at Russia's Istamo air base, officials told reporters.",
			want: []want{{text: "Istamo air base", lat: 35.53, lon: 35.79, km: 15, kind: "area", country: "SY"}},
		},
		{
			name: "a landmark named with a lower-case article",
			in:   "Rescuers pulled bodies from the rubble of the al-Nour school in Gaza City on Sunday, a medic said.",
			want: []want{{text: "al-Nour school", lat: 31.50, lon: 34.47, km: 15, kind: "area", country: "PS"}},
		},
		{
			name: "a Nigerian local government area is the district of its town",
			in:   "Troops repelled an attack on a military base in Shinkafi Local Government Area of Zamfara State on Tuesday, officials said.",
			want: []want{{text: "Shinkafi Local Government Area", lat: 13.07, lon: 6.51, km: 10, kind: "area", country: "NG"}},
		},
		{
			name: "a township named after a town the index lacks falls back to its region",
			in:   "Soldiers torched houses in Nyaungbinwun Township in Sagaing Region on Monday, residents said.",
			want: []want{{text: "Nyaungbinwun", lat: 24.4, lon: 95.4, km: 300, country: "MM"}},
		},
		{
			name: "a coded locality, district and region in a bracket",
			in:   "On 5 May 2024, the army shelled a village near Kanbalu (Kanbalu, Sagaing), local media reported.",
			want: []want{{text: "Sagaing", lat: 24.4, lon: 95.4, km: 150, kind: "region", country: "MM"}},
		},
		{
			name: "a sea is not a homonymous province abroad",
			in:   "SANAA, March 3 — Yemeni forces said they fired missiles at ships in the Red Sea, off the port of Hodeidah.",
			want: []want{{text: "Red Sea", lat: 20, lon: 38.5, km: 300, kind: "area"}},
		},
		{
			name: "unknown village in a district named after a small seat",
			in:   "Lebanese rescuers said an air strike hit a home in the village of Qornet Zanboura, in northern Zgharta district.",
			want: []want{
				{text: "Qornet Zanboura", lat: 34.40, lon: 35.90, km: 15, country: "LB"},
				{text: "northern Zgharta district", lat: 34.40, lon: 35.90, km: 15, country: "LB"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := g.Places(text.Parse(tc.in), nil)
			for _, w := range tc.want {
				p, ok := findText(got, w.text)
				if !ok {
					t.Errorf("%q not found in %s", w.text, summary(got))
					continue
				}
				if d := km(p.Lat, p.Lon, w.lat, w.lon); d > w.km {
					t.Errorf("%q at %.3f,%.3f (%s), %.0f km from %.2f,%.2f", w.text, p.Lat, p.Lon, p.Name, d, w.lat, w.lon)
				}
				if w.kind != "" && p.Kind != w.kind {
					t.Errorf("%q kind %q, want %q", w.text, p.Kind, w.kind)
				}
				if w.country != "" && p.Country != w.country {
					t.Errorf("%q country %q, want %q", w.text, p.Country, w.country)
				}
			}
			for _, n := range tc.none {
				if p, ok := findText(got, n); ok {
					t.Errorf("%q geocoded as %s (%s), want no place", n, p.Name, p.Country)
				}
			}
			checkRecords(t, tc.in, got)
		})
	}
}

// findText returns the place one of whose mentions reads s (or whose text
// contains s for fallbacks).
func findText(ps []sitrep.Place, s string) (sitrep.Place, bool) {
	for _, p := range ps {
		if p.Text == s || strings.Contains(p.Text, s) && p.Name == s {
			return p, true
		}
	}
	for _, p := range ps {
		if strings.EqualFold(p.Text, s) || strings.Contains(p.Text, s) {
			return p, true
		}
	}
	return sitrep.Place{}, false
}

func summary(ps []sitrep.Place) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text + "→" + p.Name + "/" + p.Country + "; ")
	}
	return b.String()
}

// checkRecords asserts what holds for every output: ids in order, spans
// inside the text and reading what the place's text says at first mention.
func checkRecords(t *testing.T, in string, ps []sitrep.Place) {
	t.Helper()
	last := -1
	for i, p := range ps {
		if want := "p" + itoa(i+1); p.ID != want {
			t.Errorf("place %d id %q, want %q", i, p.ID, want)
		}
		if len(p.Mentions) == 0 {
			t.Errorf("%s has no mentions", p.ID)
			continue
		}
		for _, m := range p.Mentions {
			if m[0] < 0 || m[1] > len(in) || m[0] >= m[1] {
				t.Fatalf("%s: bad span %v", p.ID, m)
			}
		}
		if in[p.Mentions[0][0]:p.Mentions[0][1]] != p.Text {
			t.Errorf("%s: text %q, first mention reads %q", p.ID, p.Text, in[p.Mentions[0][0]:p.Mentions[0][1]])
		}
		if p.Mentions[0][0] <= last {
			t.Errorf("%s: not in order of first mention", p.ID)
		}
		last = p.Mentions[0][0]
		if p.PrecisionKM <= 0 || p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			t.Errorf("%s: bad point or precision %+v", p.ID, p)
		}
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

func TestExclude(t *testing.T) {
	g := loadDefault(t)
	in := "Fighters of the Kurdistan Region Security Council met in Erbil."
	// The actor stage says "Kurdistan Region Security Council" is an
	// organisation.
	start := strings.Index(in, "Kurdistan")
	ex := []sitrep.Span{{start, start + len("Kurdistan Region Security Council")}}
	got := g.Places(text.Parse(in), ex)
	if _, ok := findText(got, "Kurdistan"); ok {
		t.Errorf("excluded span geocoded: %s", summary(got))
	}
	if _, ok := findText(got, "Erbil"); !ok {
		t.Errorf("Erbil missing: %s", summary(got))
	}
	// An institution named after its town leaves the town a place.
	in = "Students of the University of Buea in Cameroon staged a sit-in."
	start = strings.Index(in, "University")
	got = g.Places(text.Parse(in), []sitrep.Span{{start, start + len("University of Buea")}})
	if _, ok := findText(got, "Buea"); !ok {
		t.Errorf("Buea hidden by the university's span: %s", summary(got))
	}
	in = "Staff of the Bank of Sudan met in Khartoum."
	start = strings.Index(in, "Bank")
	got = g.Places(text.Parse(in), []sitrep.Span{{start, start + len("Bank of Sudan")}})
	if _, ok := findText(got, "Sudan"); ok {
		t.Errorf("a bank's span geocoded: %s", summary(got))
	}
	// An actor's name inside a longer place name does not hide the place.
	in = "Aid reached Port Sudan on Monday."
	start = strings.Index(in, "Sudan")
	got = g.Places(text.Parse(in), []sitrep.Span{{start, start + len("Sudan")}})
	if _, ok := findText(got, "Port Sudan"); !ok {
		t.Errorf("Port Sudan hidden by the actor span: %s", summary(got))
	}
}

func TestLookup(t *testing.T) {
	g := loadDefault(t)
	tests := []struct {
		name, country string
		lat, lon, km  float64
		ok            bool
	}{
		{"Goma", "", -1.67, 29.23, 10, true},
		{"Goma", "PH", 6.79, 125.32, 10, true},
		{"Kharkov", "", 49.99, 36.23, 15, true},
		{"Sudan", "", 15, 30, 600, true},
		{"Zamzam camp", "SD", 13.49, 25.30, 5, true},
		{"Xqzzyplace", "", 0, 0, 0, false},
	}
	for _, tc := range tests {
		p, ok := g.Lookup(tc.name, tc.country)
		if ok != tc.ok {
			t.Errorf("Lookup(%q, %q) ok %v, want %v", tc.name, tc.country, ok, tc.ok)
			continue
		}
		if ok && km(p.Lat, p.Lon, tc.lat, tc.lon) > tc.km {
			t.Errorf("Lookup(%q, %q) = %s %.2f,%.2f", tc.name, tc.country, p.Name, p.Lat, p.Lon)
		}
	}
}

// TestGolden geocodes each testdata/cases/*.txt and compares with its
// .golden.json; run with -update to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	g := loadDefault(t)
	files, _ := filepath.Glob("testdata/cases/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := g.Places(text.Parse(string(in)), nil)
			checkRecords(t, string(in), got)
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if string(want) != string(out) {
				t.Errorf("output differs from %s (run with -update after checking):\n%s", gf, out)
			}
		})
	}
}

// TestConcurrent geocodes from several goroutines at once: a Gazetteer is
// shared by every worker of the pipeline.
func TestConcurrent(t *testing.T) {
	g := loadDefault(t)
	in := sample(t)
	want := summary(g.Places(text.Parse(in), nil))
	errs := make(chan string, 4)
	for range 4 {
		go func() {
			for range 20 {
				if got := summary(g.Places(text.Parse(in), nil)); got != want {
					errs <- got
					return
				}
			}
			errs <- ""
		}()
	}
	for range 4 {
		if e := <-errs; e != "" {
			t.Errorf("concurrent result differs: %s", e)
		}
	}
}

// TestHomonymAbroad checks that a name is never placed in a country the
// article's frame rules out.
func TestHomonymAbroad(t *testing.T) {
	g := loadDefault(t)
	tests := []struct {
		name, in, text, notCountry, country string
	}{
		{"a city of a country the story never names", "MAPUTO, May 2 — Insurgents attacked Palma and Mocímboa da Praia in Mozambique's Cabo Delgado province.", "Palma", "ES", ""},
		{"a bracketed region places the name before it", "Soldiers raided the weekly market of Lere (Youwarou, Mopti) on Friday.", "Lere", "NG", "ML"},
		{"a repeated name far from every other place loses to its homonym among them",
			"MOSCOW, March 13 - Russia's Defence Ministry said its forces advanced in the Kursk region and struck troops near Pokrovsk. " +
				"Ukraine's General Staff reported 37 clashes in the Pokrovsk direction. A village 10 km west of Pokrovsk was shelled. " +
				"In Kostiantynivka, a glide bomb killed two civilians, the Donetsk regional governor said.", "Pokrovsk", "RU", "UA"},
		{"a town named once far from every other place loses to its better-known homonym among them",
			"MOSCOW, March 13 - The Russian Defence Ministry said on Thursday its forces had struck troops near Kostiantynivka and Druzhkivka. It said Russian units also advanced near Pokrovsk.",
			"Pokrovsk", "RU", "UA"},
		{"an alternate name 600 km off loses to the homonym by the story's town",
			"MOSCOW, March 13 - The Defence Ministry said Russian forces struck enemy positions near Kramatorsk. Russian troops also advanced near Pokrovsk, it said.",
			"Pokrovsk", "RU", "UA"},
		{"a bracketed list of countries is no place and its region", "Sahel (Mali, Niger): weekly update\n\nGunmen attacked a convoy near Diffa.", "Niger", "NG", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := g.Places(text.Parse(tc.in), nil)
			p, ok := findText(got, tc.text)
			if ok && p.Country == tc.notCountry {
				t.Errorf("%q placed in %s (%s): %s", tc.text, p.Country, p.Name, summary(got))
			}
			if tc.country != "" && (!ok || p.Country != tc.country) {
				t.Errorf("%q want in %s: %s", tc.text, tc.country, summary(got))
			}
		})
	}
}

// TestFuzzyNamesake checks that a name the index lacks is not read as a
// namesake of another spelling far from the places the text sets it by.
func TestFuzzyNamesake(t *testing.T) {
	g := loadDefault(t)
	tests := []struct {
		name, in, text, notName string
	}{
		{"the sentence's own places bound a fuzzy match",
			"MAIDUGURI, Nigeria - Insurgents killed 12 farmers in Dumba near Baga, in Kukawa local government area of Borno State, the governor said.",
			"Dumba", "Damboa"},
		{"the dateline's city vouches for no fuzzy match",
			"KYIV, Aug 21 - Russian shelling of the town of Selydove in Donetsk region killed three people on Tuesday.\n\nThe Russian Defence Ministry claimed its troops had taken the village of Zhelanne.",
			"Zhelanne", "Zhulyany"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := g.Places(text.Parse(tc.in), nil)
			if p, ok := findText(got, tc.text); ok && p.Name == tc.notName {
				t.Errorf("%q read as %s: %s", tc.text, p.Name, summary(got))
			}
		})
	}
}
