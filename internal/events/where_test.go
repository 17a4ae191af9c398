package events

import (
	"strings"
	"testing"
	"time"

	"sitrep"
	"sitrep/internal/text"
)

// geo is a place of a where-test: its surface form, where it lies, how
// precise it is and what kind of place it is.
type geo struct {
	form, kind   string
	lat, lon, km float64
}

// placeInput builds an Input holding only places, with every occurrence of
// each form as a mention.
func placeInput(t *testing.T, txt string, gs []geo) Input {
	t.Helper()
	in := Input{Doc: text.Parse(txt), Published: time.Date(2024, 5, 14, 0, 0, 0, 0, time.UTC)}
	for i, g := range gs {
		in.Places = append(in.Places, sitrep.Place{ID: "p" + string(rune('1'+i)), Name: g.form, Kind: g.kind,
			Lat: g.lat, Lon: g.lon, PrecisionKM: g.km, Mentions: spansOf(t, txt, g.form)})
	}
	return in
}

// trigAt is the token of the first occurrence of word and its sentence.
func trigAt(t *testing.T, in Input, word string) (int, sentence) {
	t.Helper()
	for i, tok := range in.Doc.Tokens {
		if tok.Norm == word {
			si := in.Doc.SentenceOf(i)
			return i, sentence{in.Doc.Sentences[si], si}
		}
	}
	t.Fatalf("no token %q", word)
	return 0, sentence{}
}

// actorNames runs eventActors on the clause of the first occurrence of word
// and joins the chosen entities' names, initiator first.
func actorNames(t *testing.T, in *Input, word string, strategic bool) string {
	t.Helper()
	ix := buildIndex(in)
	trig, s := trigAt(t, *in, word)
	var names []string
	for _, id := range eventActors(in, ix, s, trig, strategic) {
		names = append(names, entityByID(in, id).Name)
	}
	return strings.Join(names, ",")
}

func TestEventPlace(t *testing.T) {
	singa := geo{"Singa", "town", 13.15, 33.93, 5}
	sennar := geo{"Sennar", "city", 13.55, 33.6, 6}
	khanYunis := geo{"Khan Yunis", "city", 31.34, 34.3, 6}
	sderot := geo{"Sderot", "town", 31.52, 34.6, 3}
	goma := geo{"Goma", "city", -1.68, 29.22, 7}
	sake := geo{"Sake", "town", -1.57, 29.04, 3}
	gezira := geo{"Gezira State", "region", 14.4, 33.3, 110}
	madani := geo{"Wad Madani", "city", 14.4, 33.52, 8}
	portSudan := geo{"Port Sudan", "city", 19.62, 37.22, 8}
	cabo := geo{"Cabo Delgado", "region", -12.3, 39.7, 160}
	pemba := geo{"Pemba", "city", -12.97, 40.52, 7}
	kumbo := geo{"Kumbo", "town", 6.2, 10.68, 4}
	bamenda := geo{"Bamenda", "city", 5.96, 10.15, 8}
	ndop := geo{"Ndop", "town", 5.98, 10.42, 4}
	northWest := geo{"North-West", "region", 6.3, 10.3, 90}
	tests := []struct {
		name, text, trig, typ string
		places                []geo
		want                  string
	}{
		{"nearest place of the clause", "Fighters shelled Sennar on Sunday.", "shelled", sitrep.ExplosionsRemote,
			[]geo{sennar}, "Sennar"},
		{"a destination is not where troops withdrew from", "The army withdrew to Sennar from Singa on Sunday.", "withdrew",
			sitrep.StrategicDevelopmt, []geo{singa, sennar}, "Singa"},
		{"close to is a place, not a destination", "Troops clashed close to Singa on Sunday, then moved to Sennar.", "clashed",
			sitrep.Battles, []geo{singa, sennar}, "Singa"},
		{"the origin of fire is not where it fell", "A rocket launched from Khan Yunis was intercepted over Sderot on Thursday.",
			"rocket", sitrep.ExplosionsRemote, []geo{khanYunis, sderot}, "Sderot"},
		{"a withdrawal from a town happens there", "Troops withdrew from Singa to the east on Sunday.", "withdrew",
			sitrep.StrategicDevelopmt, []geo{singa}, "Singa"},
		{"where the speaker sat is not the place", "The attack happened at dawn, the army said in Goma, and villagers in Sake fled.",
			"attack", sitrep.Battles, []geo{goma, sake}, "Sake"},
		{"with only a destination, the act is where the sentences before put it",
			"RSF fighters entered Singa on Saturday. Military sources said troops had withdrawn to Sennar to regroup.", "withdrawn",
			sitrep.StrategicDevelopmt, []geo{singa, sennar}, "Singa"},
		{"with only a destination and no context, the destination stands",
			"Military sources said troops had withdrawn to Sennar to regroup.", "withdrawn",
			sitrep.StrategicDevelopmt, []geo{singa, sennar}, "Sennar"},
		{"where a speaker sat gives way to the story's place",
			"Jihadists attack Barsalogho\n\nOne.\n\nTwo.\n\nThe minister, speaking in Kaya on Monday, said the enemy targeted civilians.", "targeted",
			sitrep.ViolenceCivilians, []geo{{"Barsalogho", "town", 13.42, -1.06, 4}, {"Kaya", "city", 13.09, -1.08, 6}}, "Barsalogho"},
		{"where the wounded were treated is not where they were hurt", "Shelling on Singa killed five, and the wounded were taken to a hospital in Sennar on Sunday.",
			"shelling", sitrep.ExplosionsRemote, []geo{singa, sennar}, "Singa"},
		{"a region gives way to a town inside it named before", "RSF fighters entered Wad Madani on Monday. The battle for Gezira State began on Friday.",
			"battle", sitrep.Battles, []geo{gezira, madani}, "Wad Madani"},
		{"a region keeps its place when the town lies outside", "Officials met in Port Sudan on Monday. The battle for Gezira State began on Friday.",
			"battle", sitrep.Battles, []geo{gezira, portSudan}, "Gezira State"},
		{"a destination does not refine a region", "Thousands fled to Pemba. Insurgents attacked villages in Cabo Delgado on Friday.",
			"attacked", sitrep.ViolenceCivilians, []geo{cabo, pemba}, "Cabo Delgado"},
		{"a measured position beats its reference and a named place nearer the act",
			"Fighters ambushed a convoy on the Maiduguri road, about 40 km south-east of Maiduguri, on Sunday.", "ambushed",
			sitrep.Battles, []geo{{"Maiduguri", "city", 11.85, 13.16, 9}, {"40 km south-east of Maiduguri", "offset", 11.6, 13.42, 20}},
			"40 km south-east of Maiduguri"},
		{"a measure in apposition locates the town named before it",
			"Fighting raged around Sake, a town about 25 km west of Goma, on Monday.", "fighting",
			sitrep.Battles, []geo{{"Sake", "town", -1.57, 29.04, 3}, {"25 km west of Goma", "offset", -1.68, 29.0, 12}}, "Sake"},
		{"a measure stands when the town before it resolved elsewhere",
			"Gunmen killed six civilians in a hamlet near Bama, about 25 km north-west of Bobo-Dioulasso, on Sunday.", "killed",
			sitrep.ViolenceCivilians, []geo{{"Bama", "town", 12.04, -4.4, 4}, {"25 km north-west of Bobo-Dioulasso", "offset", 11.34, -4.46, 13}},
			"25 km north-west of Bobo-Dioulasso"},
		{"a lead's clause borrows the place of the paragraph before",
			"Rebels seize Sennar\n\nRebels took full control of Singa on Monday.\n\nThe group said its forces captured the army base on Saturday.",
			"captured", sitrep.Battles, []geo{singa, sennar}, "Singa"},
		{"a borrowed place is the town an apposition situates, not the region it names",
			"Rebels seize city\n\nRebels took full control of Lashio, the largest city in northern Shan state, on Monday.\n\nThe group said its forces captured the army base on Saturday.",
			"captured", sitrep.Battles, []geo{{"Lashio", "city", 22.94, 97.75, 6}, {"northern Shan state", "area", 23.64, 97.99, 79}}, "Lashio"},
		{"a clause borrows the place its next sentence names",
			"Rebels seize town\n\nGunmen ambushed a convoy on Sunday. The convoy was travelling near Singa, police said.",
			"ambushed", sitrep.Battles, []geo{singa}, "Singa"},
		{"a headline keeps the focus rather than the lead's place",
			"Rebels capture army base\n\nRebels took full control of Singa on Monday.", "capture", sitrep.Battles, []geo{singa}, ""},
		{"a later paragraph borrows no place across paragraphs",
			"Title\n\nOne.\n\nTwo.\n\nFighters entered Singa on Monday.\n\nThe army said it captured the base on Saturday.",
			"captured", sitrep.Battles, []geo{singa}, ""},
		{"a region holding an unnamed village gives way to the town the next paragraph names",
			"Gunmen raid village\n\nGunmen attacked a village in Sudan's Gezira State on Monday, officials said.\n\nThe gunmen entered Wad Madani at dawn.",
			"attacked", sitrep.ViolenceCivilians, []geo{gezira, madani}, "Wad Madani"},
		{"a bare region keeps its place over the next sentence's town",
			"Gunmen raid farms\n\nGunmen attacked farms in Gezira State on Monday, officials said.\n\nThe boat left Wad Madani at dawn.",
			"attacked", sitrep.ViolenceCivilians, []geo{gezira, madani}, "Gezira State"},
		{"a region's unnamed village takes no town from a later paragraph of the story",
			"Title\n\nOne.\n\nTwo.\n\nThree.\n\nGunmen attacked a village in Gezira State on Monday.\n\nOfficials met in Wad Madani.",
			"attacked", sitrep.ViolenceCivilians, []geo{gezira, madani}, "Gezira State"},
		{"where people fled for is not where the act happened",
			"Rebels seize town\n\nOn Sunday, troops regained control of the town. Thousands fled Abu Hugar for Sennar during the fighting.",
			"regained", sitrep.Battles, []geo{singa, sennar}, ""},
		{"a place left for another is where the act happened",
			"Rebels seize town\n\nOn Sunday, troops regained control of the town. Thousands fled from Singa during the fighting.",
			"regained", sitrep.Battles, []geo{singa, sennar}, "Singa"},
		{"a dateline in capitals is where the story was filed, not the act",
			"Attacks across Balochistan\n\nQUETTA / PESHAWAR: Gunmen killed 20 people across Balochistan on Monday.", "killed",
			sitrep.ViolenceCivilians, []geo{{"QUETTA", "city", 30.18, 67.0, 9}, {"PESHAWAR", "city", 34.0, 71.58, 10},
				{"Balochistan", "region", 29.03, 67.33, 400}}, "Balochistan"},
		{"a headline in capitals keeps its place", "SINGA: RSF FIGHTERS ENTER TOWN\n\nThe story.", "enter",
			sitrep.Battles, []geo{{"SINGA", "town", 13.15, 33.93, 5}}, "SINGA"},
		{"a place situating another in an apposition is not the act's place",
			"Shells slammed into a market in Omdurman, Khartoum's twin city, on Monday, killing 19.", "killing",
			sitrep.ExplosionsRemote, []geo{{"Omdurman", "city", 15.64, 32.48, 10}, {"Khartoum", "city", 15.55, 32.53, 11}}, "Omdurman"},
		{"a region in an apposition situates the town before it",
			"Rebels took Lashio, the largest city in northern Shan state, after weeks of fighting.", "fighting",
			sitrep.Battles, []geo{{"Lashio", "city", 22.94, 97.75, 6}, {"northern Shan state", "area", 23.64, 97.99, 79}}, "Lashio"},
		{"the admin context after a comma situates the place before it",
			"A bomber hit a post in Mir Ali, in the North Waziristan district of Khyber Pakhtunkhwa province, and gunmen then stormed the compound.",
			"stormed", sitrep.Battles, []geo{{"Mir Ali", "town", 33.02, 70.27, 3}, {"North Waziristan", "region", 32.95, 70.0, 60},
				{"Khyber Pakhtunkhwa", "region", 34.06, 71.97, 252}}, "Mir Ali"},
		{"a narrower place after a comma is a phrase of its own",
			"Strikes hit positions in Deir ez-Zor province, in the desert around Mayadin on Friday.", "friday",
			sitrep.ExplosionsRemote, []geo{{"Deir ez-Zor province", "region", 34.85, 40.6, 68}, {"Mayadin", "town", 35.02, 40.45, 4}}, "Mayadin"},
		{"a list of phrases is no apposition",
			"Strikes hit positions in the west, in the desert around Mayadin on Friday.", "friday",
			sitrep.ExplosionsRemote, []geo{{"Mayadin", "town", 35.02, 40.45, 4}}, "Mayadin"},
		{"a definite place noun points back to the latest place of its kind",
			"Title\n\nOne.\n\nRebels took Singa and Gezira State on Monday.\n\nTwo.\n\nResidents said fighting in the city killed 20.",
			"fighting", sitrep.Battles, []geo{{"Singa", "city", 13.15, 33.93, 5}, gezira}, "Singa"},
		{"a definite place noun points back to a place named with it",
			"Title\n\nOne.\n\nFactions attacked the Tishreen Dam near Manbij on Monday.\n\nTwo.\n\nA drone strike on a convoy heading to the dam killed five.",
			"strike", sitrep.ExplosionsRemote, []geo{{"Tishreen Dam", "area", 36.38, 38.18, 2}, {"Manbij", "town", 36.53, 37.95, 4}}, "Tishreen Dam"},
		{"a place noun followed by its name is no reference back",
			"Title\n\nOne.\n\nRebels took Singa on Monday.\n\nTwo.\n\nFighting in the city of Kosti killed 20.",
			"fighting", sitrep.Battles, []geo{{"Singa", "city", 13.15, 33.93, 5}}, ""},
		{"a place resolved far from the place it is near is a namesake: the act is near the reference",
			"Gunmen attacked farmers in the Dumba community near Baga on Sunday.", "attacked", sitrep.ViolenceCivilians,
			[]geo{{"Dumba", "town", 11.16, 12.76, 4}, {"Baga", "town", 13.11, 13.84, 3}}, "Baga"},
		{"a place resolved close to the place it is near stands",
			"Gunmen attacked farmers in the Dumba community near Baga on Sunday.", "attacked", sitrep.ViolenceCivilians,
			[]geo{{"Dumba", "village", 13.05, 13.8, 3}, {"Baga", "town", 13.11, 13.84, 3}}, "Dumba"},
		{"an agreement is placed where the talks were held, not on the ground it covers",
			"The army and the rebels agreed to a ceasefire in Sennar following talks in Port Sudan on Monday.", "agreed",
			sitrep.StrategicDevelopmt, []geo{sennar, portSudan}, "Port Sudan"},
		{"the venue of talks does not place a battle",
			"The army and the rebels fought in Singa after talks in Port Sudan failed on Monday.", "fought",
			sitrep.Battles, []geo{singa, portSudan}, "Singa"},
		{"a town in the same sentence refines its region", "In Gezira State, fighters attacked villages east of Wad Madani on Friday, residents said.",
			"attacked", sitrep.ViolenceCivilians, []geo{gezira, madani}, "Wad Madani"},
		{"a note's place with its admin in brackets beats places nearer the act",
			"On 22 June 2024, separatists kidnapped 7 passengers travelling from Kumbo to Bamenda in Ndop (Ngo-Ketunjia, North-West).",
			"kidnapped", sitrep.ViolenceCivilians, []geo{kumbo, bamenda, ndop, northWest}, "Ndop"},
		{"a town the gazetteer lacks falls back to its bracketed admin",
			"On 22 June 2024, separatists kidnapped 7 passengers travelling from Kumbo to Bamenda in Bafmeng (North-West).",
			"kidnapped", sitrep.ViolenceCivilians, []geo{kumbo, bamenda, northWest}, "North-West"},
		{"a namesake far outside the bracketed admin gives way to it",
			"On 22 June 2024, separatists kidnapped 7 passengers travelling from Kumbo in Bamenda (Ngo-Ketunjia, North-West).",
			"kidnapped", sitrep.ViolenceCivilians, []geo{kumbo, {"Bamenda", "city", 12.0, 14.0, 8}, northWest}, "North-West"},
		{"a spot in a note's bracketed place is more precise than it",
			"On 4 March 2024, soldiers opened fire at the Kuwait roundabout in Gaza City (Gaza City, Gaza Strip).", "fire",
			sitrep.ViolenceCivilians, []geo{{"Kuwait roundabout", "area", 31.51, 34.46, 10}, {"Gaza City", "city", 31.5, 34.47, 8},
				{"Gaza Strip", "region", 31.4, 34.4, 25}}, "Kuwait roundabout"},
		{"a note's bracketed place is the act's whatever its role",
			"On 3 March 2024, rockets were fired from Khan Yunis towards Sderot (Sderot, Southern).", "rockets",
			sitrep.ExplosionsRemote, []geo{khanYunis, sderot}, "Sderot"},
		{"a bracket naming no place is no admin",
			"On 22 June 2024, separatists kidnapped 7 passengers at Kumbo near the Rapid Intervention Battalion (BIR) base in Bamenda.",
			"kidnapped", sitrep.ViolenceCivilians, []geo{kumbo, bamenda}, "Kumbo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := placeInput(t, tt.text, tt.places)
			ix := buildIndex(&in)
			trig, s := trigAt(t, in, strings.ToLower(tt.trig))
			ep, own := eventPlace(&in, ix, s, trig, tt.typ, -1)
			if tt.want == "" {
				if ep != nil {
					t.Errorf("place = %s, want none", ep.Name)
				}
				return
			}
			if ep == nil || ep.Name != tt.want {
				t.Errorf("place = %v, want %s", ep, tt.want)
			}
			// A place borrowed from the context is not the clause's own.
			named := false
			for _, a := range within(ix.places, s.Sentence) {
				named = named || in.Places[a.idx].ID == ep.Place
			}
			if own && len(within(ix.places, s.Sentence)) == 0 || !own && named {
				t.Errorf("own = %v, place named in the clause = %v", own, named)
			}
		})
	}
}

func TestCoordinated(t *testing.T) {
	tests := []struct {
		name, text, trig string
		places           []geo
		want             string // the event's place, then the others listed
	}{
		{"a list of villages", "Russian forces attacked near Kleshcheyevka, Andreyevka and Bohdanivka on Monday.", "attacked",
			[]geo{{"Kleshcheyevka", "village", 48.53, 37.95, 3}, {"Andreyevka", "village", 48.5, 37.97, 3}, {"Bohdanivka", "village", 48.62, 37.93, 3}},
			"Kleshcheyevka|Andreyevka,Bohdanivka"},
		{"two targets each with at", "Hezbollah fired rockets at Haifa and at the Ramat David airbase on Monday.", "fired",
			[]geo{{"Haifa", "city", 32.8, 35.0, 7}, {"Ramat David airbase", "area", 32.67, 35.18, 3}},
			"Haifa|Ramat David airbase"},
		{"the admin context is neither a break nor a member", "US forces conducted air strikes on targets in Hodeidah city (Al Hawak, Al Hudaydah) and near Sanaa airport (Bani Al Harith, Amanat Al Asimah) on Friday.", "strikes",
			[]geo{{"Hodeidah", "city", 14.8, 42.95, 8}, {"Al Hawak", "area", 14.78, 42.96, 5}, {"Al Hudaydah", "region", 14.8, 43.1, 80},
				{"Sanaa airport", "area", 15.48, 44.22, 3}, {"Bani Al Harith", "area", 15.5, 44.25, 10}, {"Amanat Al Asimah", "region", 15.35, 44.2, 20}},
			"Hodeidah|Sanaa airport"},
		{"the reference of a measured position is not listed", "Fighting raged around Sake, a town about 25 km west of Goma, on Monday.", "fighting",
			[]geo{{"Sake", "town", -1.57, 29.04, 3}, {"25 km west of Goma", "offset", -1.68, 29.0, 12}, {"Goma", "city", -1.68, 29.22, 7}},
			"Sake|"},
		{"a toll split over places lists them", "Russian shelling on Monday killed two people in Myrnohrad and one in Kurakhove.", "shelling",
			[]geo{{"Myrnohrad", "town", 48.3, 37.26, 4}, {"Kurakhove", "town", 47.98, 37.28, 4}},
			"Myrnohrad|Kurakhove"},
		{"the place an apposition names is not listed", "Shells hit a market in Omdurman, Khartoum's twin city, on Monday.", "shells",
			[]geo{{"Omdurman", "city", 15.64, 32.48, 10}, {"Khartoum", "city", 15.55, 32.53, 11}}, "Omdurman|"},
		{"places after a comma in phrases of their own are listed", "Strikes hit the desert around Mayadin, in Albu Kamal and in Hajin on Friday.", "strikes",
			[]geo{{"Mayadin", "town", 35.02, 40.45, 4}, {"Albu Kamal", "town", 34.45, 40.92, 4}, {"Hajin", "town", 34.69, 40.83, 4}}, "Mayadin|Albu Kamal,Hajin"},
		{"a place in another is one place, not a list", "Soldiers opened fire at the Kuwait roundabout in Gaza City on Monday.", "fire",
			[]geo{{"Kuwait roundabout", "area", 31.5, 34.47, 10}, {"Gaza City", "city", 31.5, 34.47, 8}}, "Kuwait roundabout|"},
		{"a wide area does not join a list of towns", "Militants attacked fishermen on the shores of Lake Chad near Bosso on Saturday.", "attacked",
			[]geo{{"Lake Chad", "area", 13.2, 14.1, 100}, {"Bosso", "village", 13.7, 13.31, 3}}, "Bosso|"},
		{"a stretch between two towns is one place midway", "Gunmen kidnapped 22 people on the road between Gusau and Kaura Namoda on Sunday.", "kidnapped",
			[]geo{{"Gusau", "city", 12.17, 6.66, 7}, {"Kaura Namoda", "town", 12.59, 6.59, 4}}, "between Gusau and Kaura Namoda|"},
		{"two towns between which the act is not on a stretch are a list", "Gunmen attacked villages between Gusau and Kaura Namoda on Sunday.", "attacked",
			[]geo{{"Gusau", "city", 12.17, 6.66, 7}, {"Kaura Namoda", "town", 12.59, 6.59, 4}}, "Gusau|Kaura Namoda"},
		{"a border between countries is no place midway", "Clashes erupted on the border between Sudan and Chad on Sunday.", "clashes",
			[]geo{{"Sudan", "country", 15, 30, 800}, {"Chad", "country", 15, 19, 700}}, "Sudan|"},
		{"a district after a comma situates the town before it, though it lies past the district's radius",
			"Gunmen attacked farmers near Baga, in Kukawa local government area, on Sunday.", "attacked",
			[]geo{{"Baga", "town", 13.11, 13.84, 3}, {"Kukawa local government area", "area", 12.92, 13.57, 20}}, "Baga|"},
		{"a region does not join a list of towns", "Fighting hit Sennar and Gezira State on Monday.", "fighting",
			[]geo{{"Sennar", "city", 13.55, 33.6, 6}, {"Gezira State", "region", 14.4, 33.3, 110}},
			"Sennar|"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := placeInput(t, tt.text, tt.places)
			ix := buildIndex(&in)
			trig, s := trigAt(t, in, strings.ToLower(tt.trig))
			ep, _ := eventPlace(&in, ix, s, trig, sitrep.Battles, -1)
			var others []string
			for _, pi := range coordinated(&in, ix, s.Sentence, ep) {
				others = append(others, in.Places[pi].Name)
			}
			if got := ep.Name + "|" + strings.Join(others, ","); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestUnplacedFallsBackToRegion(t *testing.T) {
	gezira := geo{"Gezira State", "region", 14.4, 33.3, 110}
	madani := geo{"Wad Madani", "city", 14.4, 33.52, 8}
	tests := []struct{ name, text, want string }{
		{"a town the gazetteer lacks takes the focus's region",
			"Title\n\nOne.\n\nTwo.\n\nOn Sunday, troops regained control of Abu Hugar.", "Gezira State"},
		{"a clause naming no place keeps the focus",
			"Title\n\nOne.\n\nTwo.\n\nOn Sunday, troops regained control of the town.", "Wad Madani"},
		{"a name the stages found is no unplaced town",
			"Title\n\nOne.\n\nTwo.\n\nOn Sunday, troops regained control of Wad Madani.", "Wad Madani"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := placeInput(t, "Gezira State\n\n"+tt.text, []geo{gezira, madani})
			in.Places[1].Admin1 = "Gezira State"
			in.Focus = &in.Places[1]
			ix := buildIndex(&in)
			trig, s := trigAt(t, in, "regained")
			if ep, _ := eventPlace(&in, ix, s, trig, sitrep.Battles, -1); ep == nil || ep.Name != tt.want {
				t.Errorf("place = %v, want %s", ep, tt.want)
			}
		})
	}
}
