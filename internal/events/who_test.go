package events

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/text"
)

func TestInferActors(t *testing.T) {
	// a, b: a country's own forces and a foreign force; g: an armed group.
	a := force{id: "a", country: "UA", n: 9}
	b := force{id: "b", country: "RU", n: 5}
	g := force{id: "g", country: "SD", n: 7}
	s := force{id: "s", country: "SD", kind: sitrep.KindStateForce, n: 4}
	// v: a militia under s; p: s's country's police; u: unnamed gunmen.
	v := force{id: "v", country: "SD", kind: sitrep.KindArmedGroup, parent: "s", n: 3}
	p := force{id: "p", country: "SD", kind: sitrep.KindStateForce, n: 2}
	u := force{id: "u", country: "SD", kind: sitrep.KindArmedGroup, n: 8, unnamed: true}
	at := func(country string) *sitrep.EventPlace { return &sitrep.EventPlace{Name: "x", Country: country} }
	tests := []struct {
		name   string
		c      candidate
		forces []force
		want   string
	}{
		{"a clash with one side named was fought against the other main force",
			candidate{typ: sitrep.Battles, actors: []string{"s"}}, []force{g, s}, "s,g"},
		{"a killing with no armed side is the main force's",
			candidate{typ: sitrep.ViolenceCivilians, actors: []string{"civ"}, place: at("SD")}, []force{g, s}, "g,civ"},
		{"a strike on a country's ground with no side named is the foreign force's",
			candidate{typ: sitrep.ExplosionsRemote, place: at("UA")}, []force{a, b}, "b"},
		{"a strike by a foreign force hits the struck country's forces",
			candidate{typ: sitrep.ExplosionsRemote, actors: []string{"b"}, place: at("UA")}, []force{a, b}, "b,a"},
		{"a strike at home names no second side",
			candidate{typ: sitrep.ExplosionsRemote, actors: []string{"a"}, place: at("UA")}, []force{a, b}, "a"},
		{"a strike with its sides named is left alone",
			candidate{typ: sitrep.ExplosionsRemote, actors: []string{"b", "civ"}, place: at("UA")}, []force{a, b}, "b,civ"},
		{"a clash whose named forces are one side was fought against another side",
			candidate{typ: sitrep.Battles, actors: []string{"s", "v"}}, []force{s, v, u, g}, "s,v,g"},
		{"a unit of the named force is not its foe",
			candidate{typ: sitrep.Battles, actors: []string{"s"}}, []force{s, v, g}, "s,g"},
		{"a named group is a likelier foe than unnamed gunmen",
			candidate{typ: sitrep.Battles, actors: []string{"s"}}, []force{s, u, g}, "s,g"},
		{"two state forces of one country are one side",
			candidate{typ: sitrep.Battles, actors: []string{"s", "p"}}, []force{s, p, g}, "s,p,g"},
		{"a clash of two sides is left alone",
			candidate{typ: sitrep.Battles, actors: []string{"s", "g"}}, []force{s, v, g}, "s,g"},
		{"with no other side, a unit of the named force does not fill the clash",
			candidate{typ: sitrep.Battles, actors: []string{"s"}}, []force{s, v}, "s"},
		{"two state forces of one country are not each other's foe",
			candidate{typ: sitrep.Battles, actors: []string{"p"}}, []force{s, p}, "p"},
		{"a clash with no side named takes no allies for foes",
			candidate{typ: sitrep.Battles}, []force{s, p, v}, "s"},
		{"a roadside bomb with no side named is the armed group's, not the foreign force's",
			candidate{typ: sitrep.ExplosionsRemote, sub: subIED, actors: []string{"civ"}, place: at("UA")}, []force{a, b, {id: "m", country: "UA", kind: sitrep.KindArmedGroup, n: 1}}, "m,civ"},
		{"a suicide bomb with no named group stays with the usual guess",
			candidate{typ: sitrep.ExplosionsRemote, sub: subSuicide, place: at("SD")}, []force{s, u}, "s"},
		{"a clash with civilians and one side named still has a foe",
			candidate{typ: sitrep.Battles, actors: []string{"civ", "s"}}, []force{s, g}, "civ,s,g"},
		{"an air strike with no side named is the state force's, not the rebels'",
			candidate{typ: sitrep.ExplosionsRemote, sub: subAirDrone, actors: []string{"civ"}, place: at("SD")}, []force{g, s}, "s,civ"},
		{"a shelling with no side named stays the main force's",
			candidate{typ: sitrep.ExplosionsRemote, sub: subShelling, actors: []string{"civ"}, place: at("SD")}, []force{g, s}, "g,civ"},
		{"no forces in the article, nothing to infer",
			candidate{typ: sitrep.ExplosionsRemote, actors: []string{"civ"}, place: at("UA")}, nil, "civ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c
			c.actors = slices.Clone(c.actors)
			if got := strings.Join(inferActors(c, tt.forces), ","); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestAnaphoricInitiator(t *testing.T) {
	hez := ent{"Hezbollah", sitrep.KindArmedGroup, true, []string{"Hezbollah"}}
	idf := ent{"Israel Defense Forces", sitrep.KindStateForce, true, []string{"Israeli troops", "enemy soldiers"}}
	tests := []struct {
		name, text string
		want       string
	}{
		{"the fighters refer back to the force of the sentence before",
			"Hezbollah said it attacked an outpost on Monday. The fighters also targeted a gathering of enemy soldiers on Monday.",
			"Hezbollah,Israel Defense Forces"},
		{"a named subject needs no antecedent",
			"Hezbollah said it attacked an outpost on Monday. Israeli troops also targeted a gathering on Monday.",
			"Israel Defense Forces"},
		{"a bare plural subject is the article's armed group",
			"OUAGADOUGOU (AFP) - Jihadists targeted Israeli troops on Monday. Hezbollah denied it.",
			"Hezbollah,Israel Defense Forces"},
		{"a bare plural that is not the subject refers to nothing",
			"Israeli troops targeted suspected jihadists on Monday. Hezbollah denied it.",
			"Israel Defense Forces"},
		{"a party in a relative clause after the act does not take part",
			"Israeli troops targeted the southern suburbs on Monday, where Hezbollah holds sway.",
			"Israel Defense Forces"},
		{"a non-state noun refers back past a state force to the group",
			"Israeli troops said they repelled Hezbollah on Monday. The militants also targeted a gathering on Monday.",
			"Hezbollah"},
		{"gangs as a bare subject are the article's armed group",
			"On Monday, gangs targeted Israeli troops. Hezbollah denied it.",
			"Hezbollah,Israel Defense Forces"},
		{"a back-reference does not reach into the paragraph before",
			"Israeli troops said they shelled a post on Monday.\n\nAt dawn, unnamed fighters confronted an advance. The fighters also targeted a gathering on Monday. Hezbollah denied it.",
			"Hezbollah"},
		{"a party named with the very noun is its referent, whatever its kind",
			"The PMF militias shelled a village on Monday. The militias also targeted a gathering of Hezbollah on Monday.",
			"Popular Mobilization Forces,Hezbollah"},
		{"a common noun that is not the subject refers to nothing",
			"Hezbollah said it attacked an outpost on Monday. On Monday enemy soldiers targeted the group.",
			"Israel Defense Forces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pmf := ent{"Popular Mobilization Forces", sitrep.KindStateForce, true, []string{"PMF"}}
			f := fixture{text: tt.text, entities: []ent{hez, idf, pmf}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			if got := actorNames(t, &in, "targeted", false); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestBystanderActors(t *testing.T) {
	rsf := ent{"Rapid Support Forces", sitrep.KindArmedGroup, true, []string{"RSF"}}
	srcs := ent{"Sudanese Red Crescent Society", sitrep.KindNGO, false, []string{"Sudanese Red Crescent Society"}}
	minusma := ent{"MINUSMA", sitrep.KindUN, false, []string{"MINUSMA"}}
	tests := []struct {
		name, text, trig string
		strategic        bool
		want             string
	}{
		{"an aid group's staff taken is the target",
			"RSF abducted 3 volunteers of the Sudanese Red Crescent Society near Kutum on Monday.", "abducted", false,
			"Rapid Support Forces,Sudanese Red Crescent Society"},
		{"an aid group reporting the act is a source, not a party",
			"RSF killed five people on Monday, the Sudanese Red Crescent Society said.", "killed", false,
			"Rapid Support Forces"},
		{"an aid group before the act is not its initiator",
			"The Sudanese Red Crescent Society condemned on Monday that RSF abducted volunteers.", "abducted", false,
			"Rapid Support Forces"},
		{"a mission withdrawing is the actor of the withdrawal",
			"On Monday MINUSMA withdrew from its camp.", "withdrew", true,
			"MINUSMA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{rsf, srcs, minusma}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			if got := actorNames(t, &in, tt.trig, tt.strategic); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestCrowdControl(t *testing.T) {
	police := ent{"Congolese National Police", sitrep.KindStateForce, true, []string{"Police"}}
	army := ent{"Armed Forces", sitrep.KindStateForce, true, []string{"Soldiers"}}
	tests := []struct {
		name, text, want string
	}{
		{"police acting on the crowd in the next sentence",
			"On Monday, 500 protesters marched in Bunia. Police fired tear gas to disperse the crowd.", "Congolese National Police"},
		{"police acting in the same sentence",
			"On Monday, 500 protesters marched in Bunia until Police arrested 4 of them.", "Congolese National Police"},
		{"a force that only speaks is no side",
			"On Monday, 500 protesters marched in Bunia. Police said the march was calm.", ""},
		{"a force acting in another paragraph is no side",
			"On Monday, 500 protesters marched in Bunia.\n\nPolice arrested 4 suspects in Goma.", ""},
		{"police acting two sentences on",
			"On Monday, 500 protesters marched in Bunia. Protesters burned tyres. Police fired tear gas.", "Congolese National Police"},
		{"soldiers who shot at the crowd are a side",
			"On Monday, 500 protesters marched in Bunia. Soldiers opened fire on them.", "Armed Forces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{police, army}}
			in := f.input(t)
			var names []string
			for _, id := range crowdControl(&in, candidate{typ: sitrep.Protests, sent: 0}) {
				names = append(names, entityByID(&in, id).Name)
			}
			if got := strings.Join(names, ","); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestActorsOutsideWords(t *testing.T) {
	rsf := ent{"Rapid Support Forces", sitrep.KindArmedGroup, true, []string{"RSF"}}
	saf := ent{"Sudanese Armed Forces", sitrep.KindStateForce, true, []string{"the army"}}
	minusma := ent{"MINUSMA", sitrep.KindUN, false, []string{"MINUSMA"}}
	tests := []struct {
		name, text, said, trig string
		want                   string
	}{
		{"the parties of words said after the act are not its sides",
			"On Monday, rioters attacked and burned 2 vehicles belonging to MINUSMA, accusing the mission of failing to stop the RSF.",
			"the mission of failing to stop the RSF", "attacked", "MINUSMA"},
		{"inside a claim the parties are those of its content",
			"The army said on Monday that the RSF attacked a convoy of MINUSMA.",
			"the RSF attacked a convoy of MINUSMA", "attacked", "Rapid Support Forces,MINUSMA"},
		{"an act after a claim keeps the parties the claim named before it",
			"In the south, the army pushed into Karari on Monday, residents said, after a brief withdrawal.",
			"In the south, the army pushed into Karari on Monday", "withdrawal", "Sudanese Armed Forces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{rsf, saf, minusma}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			at := strings.Index(tt.text, tt.said)
			in.Claims = []sitrep.Claim{{ID: "c1", Span: sitrep.Span{at, at + len(tt.said)}}}
			if got := actorNames(t, &in, tt.trig, true); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestAfterLocative(t *testing.T) {
	tests := []struct {
		sentence, word string
		want           bool
	}{
		{"Israeli strikes on south Lebanon kill dozens", "Lebanon", true},
		{"A strike near Lebanon's Tripoli kills an official", "Lebanon", true},
		{"Fighting in northern Syria killed 37", "Syria", true},
		{"Russia's missile attack hit Kyiv", "Russia", false},
		{"An Israeli airstrike hit the camp", "Israeli", false},
		{"Syrian and Russian strikes pound Idlib", "Russian", false},
	}
	for _, tt := range tests {
		d := text.Parse(tt.sentence)
		k := -1
		for i, tok := range d.Tokens {
			if tt.sentence[tok.Start:tok.End] == tt.word {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no token %q", tt.sentence, tt.word)
		}
		if got := afterLocative(d, d.Sentences[0], k); got != tt.want {
			t.Errorf("afterLocative(%q, %q) = %v, want %v", tt.sentence, tt.word, got, tt.want)
		}
	}
}

func TestJointInitiators(t *testing.T) {
	army := ent{"Sudanese Armed Forces", sitrep.KindStateForce, true, []string{"the army"}}
	wagner := ent{"Wagner Group", sitrep.KindArmedGroup, true, []string{"Wagner"}}
	rsf := ent{"Rapid Support Forces", sitrep.KindArmedGroup, true, []string{"RSF"}}
	tests := []struct {
		name, text, trig, want string
	}{
		{"two forces named together before the act are one side against the one after",
			"On Monday, the army and Wagner launched an offensive against the RSF in Kaya.", "offensive",
			"Sudanese Armed Forces,Rapid Support Forces,Wagner Group"},
		{"two sides before the act keep their order",
			"On Monday, the army and the RSF clashed in Kaya.", "clashed",
			"Sudanese Armed Forces,Rapid Support Forces"},
		{"three forces named in one fight are all its sides",
			"On Monday, fighting between the army, Wagner and the RSF raged in Kaya.", "fighting",
			"Sudanese Armed Forces,Wagner Group,Rapid Support Forces"},
		{"a passive act keeps its agent first",
			"On Monday, the army and Wagner were attacked by the RSF in Kaya.", "attacked",
			"Rapid Support Forces,Sudanese Armed Forces,Wagner Group"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{army, wagner, rsf}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			if got := actorNames(t, &in, tt.trig, false); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestSpeakerActs(t *testing.T) {
	hts := ent{"Hayat Tahrir al-Sham", sitrep.KindArmedGroup, true, []string{"HTS"}}
	army := ent{"Syrian Armed Forces", sitrep.KindStateForce, true, []string{"army", "Syrian army"}}
	saree := ent{"Yahya Saree", sitrep.KindPerson, true, []string{"Saree"}}
	houthis := ent{"Houthis", sitrep.KindArmedGroup, true, []string{"Houthis", "Houthi"}}
	idf := ent{"Israel Defense Forces", sitrep.KindStateForce, true, []string{"Israeli army", "Israeli"}}
	hez := ent{"Hezbollah", sitrep.KindArmedGroup, true, []string{"Hezbollah"}}
	// Every claim is the source's; speaksFor ties the source to a force.
	tests := []struct {
		name, text        string
		said              []string
		source, speaksFor string
		trig              string
		want              string
	}{
		{"a force speaking of its own fighters acts, whatever body it is tied to",
			"HTS said on Monday that its fighters had shelled army positions near Saraqeb.",
			[]string{"its fighters had shelled army positions near Saraqeb"}, "Hayat Tahrir al-Sham", "Syrian Armed Forces", "shelled",
			"Hayat Tahrir al-Sham,Syrian Armed Forces"},
		{"a spokesman's 'its forces' are the forces he speaks for",
			"Houthi spokesman Saree said on Monday that its forces had targeted Eilat.",
			[]string{"its forces had targeted Eilat"}, "Yahya Saree", "Houthis", "targeted",
			"Houthis"},
		{"a spokesman's unit named without a force is his force's",
			"On Monday Saree announced that the missile force had targeted Eilat.",
			[]string{"the missile force had targeted Eilat"}, "Yahya Saree", "Houthis", "targeted",
			"Houthis"},
		{"bare warplanes in a party's mouth are not its own",
			"On Monday Saree announced that warplanes had struck Hodeidah.",
			[]string{"warplanes had struck Hodeidah"}, "Yahya Saree", "Houthis", "struck",
			""},
		{"a unit named with another force is that force's",
			"On Monday Saree announced that Israeli warplanes had struck Hodeidah.",
			[]string{"Israeli warplanes had struck Hodeidah"}, "Yahya Saree", "Houthis", "struck",
			"Israel Defense Forces"},
		{"a force's bare officers are its own",
			"The army reported on Monday that officers had arrested four suspects near Saraqeb.",
			[]string{"officers had arrested four suspects near Saraqeb"}, "Syrian Armed Forces", "", "arrested",
			"Syrian Armed Forces"},
		{"a group's bare officers are its own too",
			"HTS reported on Monday that officers had arrested four suspects near Saraqeb.",
			[]string{"officers had arrested four suspects near Saraqeb"}, "Hayat Tahrir al-Sham", "", "arrested",
			"Hayat Tahrir al-Sham"},
		{"officers acted on are not the speaker's act",
			"HTS reported on Monday that officers were arrested near Saraqeb.",
			[]string{"officers were arrested near Saraqeb"}, "Hayat Tahrir al-Sham", "", "arrested",
			""},
		{"each claim keeps its own parties",
			"The Israeli army said on Monday its jets struck Hezbollah sites, and that artillery had shelled Khiam.",
			[]string{"its jets struck Hezbollah sites", "artillery had shelled Khiam"}, "Israel Defense Forces", "", "shelled",
			"Israel Defense Forces"},
		{"the claim told first keeps its target",
			"The Israeli army said on Monday its jets struck Hezbollah sites, and that artillery had shelled Khiam.",
			[]string{"its jets struck Hezbollah sites", "artillery had shelled Khiam"}, "Israel Defense Forces", "", "struck",
			"Israel Defense Forces,Hezbollah"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{hts, army, saree, houthis, idf, hez}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			byName := map[string]string{}
			for _, e := range in.Entities {
				byName[e.Name] = e.ID
			}
			for i := range in.Entities {
				if in.Entities[i].Name == tt.source {
					in.Entities[i].SpeaksFor = byName[tt.speaksFor]
				}
			}
			for i, said := range tt.said {
				at := strings.Index(tt.text, said)
				in.Claims = append(in.Claims, sitrep.Claim{ID: "c" + string(rune('1'+i)), Source: byName[tt.source], Party: true,
					Span: sitrep.Span{at, at + len(said)}})
			}
			if got := actorNames(t, &in, tt.trig, false); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestStateAdjective(t *testing.T) {
	houthis := ent{"Houthis", sitrep.KindArmedGroup, true, []string{"Houthi"}}
	tests := []struct {
		name, text, trig, want string
	}{
		{"the state whose adjective modifies the act initiates it",
			"On Monday, an American strike hit the port.", "strike", "Military Forces of the United States"},
		{"a light verb's subject is the act's",
			"On Monday, the American-British aggression launched two raids on the port.", "raids", "Military Forces of the United Kingdom"},
		{"a state after a locative is where the act fell",
			"On Monday, strikes on southern Yemen hit the port.", "strikes", ""},
		{"an adjective far from the act without a light verb is not its initiator",
			"On Monday, the American envoy said that two raids hit the port.", "raids", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{houthis}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			states := map[string]string{"american": "Military Forces of the United States", "british": "Military Forces of the United Kingdom",
				"yemen": "Military Forces of Yemen"}
			in.StateForce = func(k int) (string, bool) {
				name, ok := states[in.Doc.Tokens[k].Norm]
				if !ok {
					return "", false
				}
				for _, e := range in.Entities {
					if e.Name == name {
						return e.ID, true
					}
				}
				id := "e" + strconv.Itoa(len(in.Entities)+1)
				in.Entities = append(in.Entities, sitrep.Entity{ID: id, Name: name, Kind: sitrep.KindStateForce, Party: true})
				return id, true
			}
			if got := actorNames(t, &in, tt.trig, false); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestCrowdMention(t *testing.T) {
	police := ent{"Congolese National Police", sitrep.KindStateForce, true, []string{"Police"}}
	minusma := ent{"MONUSCO", sitrep.KindUN, false, []string{"MONUSCO"}}
	tests := []struct {
		name, text, trig, want string
	}{
		{"the force that met the crowd is a side of each mention of the protest",
			"On Monday, 500 protesters marched in Bunia. Some burned tyres. Police fired tear gas.", "marched", "Congolese National Police"},
		{"a withdrawal does not take the police acting after it",
			"On Monday, MONUSCO withdrew from its camp in Bunia. Police fired tear gas at looters.", "withdrew", "MONUSCO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{police, minusma}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			if got := actorNames(t, &in, tt.trig, true); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestOrganiser(t *testing.T) {
	union := ent{"All Tribal Students' Union Manipur", sitrep.KindPolitical, false, []string{"ATSUM"}}
	afp := ent{"Agence France-Presse", sitrep.KindMedia, false, []string{"AFP"}}
	tests := []struct {
		name, text, want string
	}{
		{"the body that called the march is a side of a later mention",
			"On Monday, a mob burned houses after a march organised by ATSUM had ended. Thousands had joined the march in Churachandpur.",
			"All Tribal Students' Union Manipur"},
		{"an outlet is no organiser",
			"On Monday, a mob burned houses after a march filmed by AFP had ended. Thousands had joined the march in Churachandpur.",
			""},
		{"an organiser in another paragraph is not this protest's",
			"On Monday, a march organised by ATSUM ended.\n\nThousands had joined the march in Churachandpur.",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{union, afp}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			ix := buildIndex(&in)
			k := strings.LastIndex(tt.text, "march")
			trig := in.Doc.TokenAt(k)
			s := sentence{in.Doc.Sentences[in.Doc.SentenceOf(trig)], in.Doc.SentenceOf(trig)}
			got := ""
			if id := organiser(&in, ix, s); id != "" {
				got = entityByID(&in, id).Name
			}
			if got != tt.want {
				t.Errorf("organiser = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSuccessor(t *testing.T) {
	minusma := ent{"MINUSMA", sitrep.KindUN, false, []string{"MINUSMA"}}
	csp := ent{"CSP-PSD", sitrep.KindArmedGroup, true, []string{"CSP-PSD"}}
	fama := ent{"Malian Armed Forces", sitrep.KindStateForce, true, []string{"FAMa"}}
	tests := []struct {
		name, text, want string
	}{
		{"the force that took the ground in the next sentence is the handover's other side",
			"On Monday, MINUSMA completed its withdrawal from its camp in Kidal. CSP-PSD fighters took control of the camp the same day.",
			"MINUSMA,CSP-PSD"},
		{"the mirror: the army taking the camp",
			"On Monday, MINUSMA completed its withdrawal from its camp in Kidal. FAMa took control of the camp the same day.",
			"MINUSMA,Malian Armed Forces"},
		{"a force that only speaks of the camp takes nothing",
			"On Monday, MINUSMA completed its withdrawal from its camp in Kidal. FAMa said the camp was empty.",
			"MINUSMA"},
		{"a taker in another paragraph is another story",
			"On Monday, MINUSMA completed its withdrawal from its camp in Kidal.\n\nCSP-PSD fighters took control of Anefis.",
			"MINUSMA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{minusma, csp, fama}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			if got := actorNames(t, &in, "withdrawal", true); got != tt.want {
				t.Errorf("actors = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestLeadInitiator(t *testing.T) {
	bh := ent{"Boko Haram", sitrep.KindArmedGroup, true, []string{"Boko Haram militants"}}
	army := ent{"Nigerian Army", sitrep.KindStateForce, true, []string{"Nigerian troops", "the military"}}
	tests := []struct {
		name, text string
		want       string
	}{
		{"a passive act with no agent re-tells the lead's act",
			"Boko Haram militants killed 40 farmers on Monday. The farmers were attacked on Monday near Baga. He urged the military to act.",
			"Boko Haram"},
		{"the same for a state force's lead",
			"Nigerian troops killed 40 farmers on Monday. The farmers were attacked on Monday near Baga. Boko Haram militants denied it.",
			"Nigerian Army"},
		{"the force a lead acts on is not its initiator",
			"Attacks on Nigerian troops rose on Monday. The farmers were attacked on Monday near Baga.",
			""},
		{"an agent, even unnamed, keeps its own act",
			"Boko Haram militants killed 40 farmers on Monday. The farmers were attacked by looters on Monday near Baga.",
			""},
		{"an armed side in the act's own sentence stands",
			"Boko Haram militants killed 40 farmers on Monday. Nigerian troops were attacked on Monday near Baga.",
			"Nigerian Army"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{bh, army}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			if got := actorNames(t, &in, "attacked", false); got != tt.want {
				t.Errorf("actors = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPoliceLosses(t *testing.T) {
	police := ent{"National Police", sitrep.KindStateForce, true, []string{"National Police"}}
	eln := ent{"National Liberation Army", sitrep.KindArmedGroup, true, []string{"ELN"}}
	tests := []struct {
		name, text, said, source, acled string
		want                            string
	}{
		{"a police force counting hurt officers was struck",
			"On Monday, a drone struck a station in Tame, wounding two officers, the National Police said.",
			"On Monday, a drone struck a station in Tame, wounding two officers", "National Police", "Police Forces of Colombia (2022-)",
			"National Police"},
		{"a group counting officers it hurt was not struck",
			"On Monday, a drone struck a station in Tame, wounding two officers, the ELN said.",
			"On Monday, a drone struck a station in Tame, wounding two officers", "National Liberation Army", "ELN: National Liberation Army",
			""},
		{"officers named with another side are not the police's: the police claim the act",
			"On Monday, a drone struck a station in Tame, wounding two ELN officers, the National Police said.",
			"On Monday, a drone struck a station in Tame, wounding two ELN officers", "National Police", "Police Forces of Colombia (2022-)",
			"National Police,National Liberation Army"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fixture{text: tt.text, entities: []ent{police, eln}, times: []tim{{"Monday", "2024-05-13"}}}
			in := f.input(t)
			src := ""
			for i := range in.Entities {
				if in.Entities[i].Name == tt.source {
					in.Entities[i].ACLEDName = tt.acled
					src = in.Entities[i].ID
				}
			}
			at := strings.Index(tt.text, tt.said)
			in.Claims = append(in.Claims, sitrep.Claim{ID: "c1", Source: src, Party: true, Span: sitrep.Span{at, at + len(tt.said)}})
			if got := actorNames(t, &in, "struck", false); got != tt.want {
				t.Errorf("actors = %q, want %q", got, tt.want)
			}
		})
	}
}
