package counts

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/actors"
	"sitrep/internal/attribution"
	"sitrep/internal/numbers"
	"sitrep/internal/text"
)

func dictionary(tb testing.TB) *actors.Dictionary {
	tb.Helper()
	d, err := actors.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// run returns the counts of s as "status min max|who|sourced".
func run(d *actors.Dictionary, s string) []string {
	doc := text.Parse(s)
	tab := actors.NewTable(doc, d, d.Recognize(doc))
	var out []string
	for _, c := range Find(doc, numbers.Find(doc), attribution.Find(doc, tab), tab) {
		max := "nil"
		if c.Max != nil {
			max = fmt.Sprint(*c.Max)
		}
		out = append(out, fmt.Sprintf("%s %d %s|%s|%v", c.Status, c.Min, max, c.Who, c.Source != ""))
	}
	return out
}

func TestCounts(t *testing.T) {
	d := dictionary(t)
	cases := []struct {
		name, in string
		want     []string
	}{
		{"killed after", "At least 23 people were killed in the shelling.", []string{"killed 23 nil|people|false"}},
		{"killing before", "The strike hit the market, killing nine civilians.", []string{"killed 9 9|civilians|false"}},
		{"wounding bare", "The strike killed 23 people and wounded more than 60, the health ministry said.",
			[]string{"killed 23 23|people|true", "injured 60 nil||true"}},
		{"casualties", "Hamas said dozens of Israeli soldiers were killed and injured.", []string{"casualties 12 nil|Israeli soldiers|true"}},
		{"killed or wounded", "More than 60 soldiers were killed or wounded.", []string{"casualties 60 nil|soldiers|false"}},
		{"nested including", "The hospital received 62 wounded people, including 11 children.",
			[]string{"injured 62 62|wounded people|false", "injured 11 11|children|false"}},
		{"of them", "Twelve people were hurt. Seven of them died.", []string{"injured 12 12|people|false", "killed 7 7|people|false"}},
		{"displacement table", "DTM recorded the following new arrivals:\n\nMecufi ........ 4,870 people\nMetuge ........ 2,315 people\n",
			[]string{"displaced 4870 4870|people|true", "displaced 2315 2315|people|true"}},
		{"IDPs list", "The ministry gave this breakdown:\n- Kharkiv oblast: 1,240 IDPs\n", []string{"displaced 1240 1240|IDPs|true"}},
		{"rescued not killed", "Rescuers rescued 37 people from the rubble and recovered nine bodies.",
			[]string{"other 37 37|people|false", "killed 9 9|bodies|false"}},
		{"being held", "Gunmen were holding about 40 young men in the village.", []string{"captured 40 40|young men|false"}},
		{"without shelter", "Some 650 households were left without shelter.", []string{"displaced 650 650|households|false"}},
		{"toll rose later", "The death toll rose on Tuesday to 33, raising the number of dead children to 11.",
			[]string{"killed 33 33||false", "killed 11 11||false"}},
		{"part with no whole", "Our soldiers killed more than 200 of the invaders.", []string{"killed 200 nil|invaders|false"}},
		{"gunmen arriving", "Four armed men arrived in a pickup truck.", []string{"other 4 4|armed men|false"}},
		{"people arriving", "More than 135,000 people have arrived in Goma.", []string{"displaced 135000 nil|people|false"}},
		{"issuer's own voice", "Haiti - Flash Update #1\n\nInternational Organization for Migration (IOM)\n\nSome 5,300 people have sought refuge in Saint-Marc.",
			[]string{"displaced 5300 5300|people|true"}},
		{"byline is no issuer", "Strikes hit Gaza\n\nBy Nidal al-Mughrabi\n\nSome 5,300 people fled the camp.",
			[]string{"displaced 5300 5300|people|false"}},
		{"vague part", "Dozens of the injured were transferred to the hospital.", []string{"injured 12 nil|injured|false"}},
		{"troops arriving", "About 5,000 troops arrived in the city.", []string{"other 5000 5000|troops|false"}},
		{"of the dead", "Eight of the dead were children.", []string{"killed 8 8|dead|false"}},
		{"displaced", "More than 300,000 people have fled the state.", []string{"displaced 300000 nil|people|false"}},
		{"captured", "The army said 150 fighters had surrendered.", []string{"captured 150 150|fighters|true"}},
		{"missing", "At least 12 people remain missing.", []string{"missing 12 nil|people|false"}},
		{"toll rose", "The death toll rose to 55 on Wednesday.", []string{"killed 55 55||false"}},
		{"up to", "Up to 140 people may have died.", []string{"killed 0 140|people|false"}},
		{"part of a noun, not of the count before", "Two soldiers were wounded. The freed hostages, among them 11 women and six children, were taken to Beni.",
			[]string{"injured 2 2|soldiers|false", "captured 11 11|women|false", "captured 6 6|children|false"}},
		{"part of the count's own noun", "The strike killed 20 people, including five children.",
			[]string{"killed 20 20|people|false", "killed 5 5|children|false"}},
		{"actor names as coordinated modifiers", "At least 12 Israeli army and Islamic Jihad fighters were killed.", []string{"killed 12 nil|Israeli army and Islamic Jihad fighters|false"}},
		{"coordinated proper modifiers", "The rebels killed at least ten Russian and FACA soldiers.", []string{"killed 10 nil|Russian and FACA soldiers|false"}},
		{"coordinated proper modifiers, other side", "The army killed 12 Ukrainian and Polish soldiers.", []string{"killed 12 12|Ukrainian and Polish soldiers|false"}},
		{"elliptical figure shares the predicate", "Twelve soldiers were killed in the north, and at least 40 across the region since May.",
			[]string{"killed 12 12|soldiers|false", "killed 40 nil||false"}},
		{"elliptical figure with its own verb", "Twelve soldiers were killed in the north, and 40 in the south fled.",
			[]string{"killed 12 12|soldiers|false", "displaced 40 40||false"}},
		{"hyphenated word in a qualifier", "Two shepherds from our sub-district were killed by a drone.", []string{"killed 2 2|shepherds|false"}},
		{"guerrillas", "More than 30 guerrillas have been killed or have surrendered since January.", []string{"killed 30 nil|guerrillas|false"}},
		{"one peacekeeper", "One Cameroonian peacekeeper was killed.", []string{"killed 1 1|Cameroonian peacekeeper|false"}},
		{"colleagues detained", "Teachers marched to demand the release of 3 colleagues detained by police.", []string{"captured 3 3|colleagues|false"}},
		{"coordinated noun with its own qualifier", "Thirteen peacekeepers and soldiers from a regional force have been killed since last week, the UN said.",
			[]string{"killed 13 13|peacekeepers|true"}},
		{"population of a captured city", "Rebels seized a city of some two million people.", []string{"other 2000000 2000000|people|false"}},
		{"status noun before of", "Protests followed the killing of 12 people.", []string{"killed 12 12|people|false"}},
		{"vague count of its own", "The army said dozens of its soldiers had been killed.", []string{"killed 12 nil|soldiers|true"}},
		{"vague count of their own", "Hundreds of their fighters crossed the river on Monday.", []string{"other 100 nil|fighters|false"}},
		{"field label toll", "Gunmen raided the village, the army said. Fatalities: 27.", []string{"killed 27 27||false"}},
		{"field label displaced", "Total displaced: 1,200 (coded estimate)", []string{"displaced 1200 1200||false"}},
		{"colon after a clause is no label", "The figures were released on Monday by officials: 27.", nil},
		{"vehicles", "Fighters destroyed 30 military vehicles.", nil},
		{"percent", "Israel withdrew nearly 70 percent of its troops.", nil},
		{"age", "A 60-year-old man was wounded.", []string{"injured 1 1|man|false"}},
		{"other", "Some 200 people were inside the store.", []string{"other 200 200|people|false"}},
		{"family killed by the verb before", "An airstrike on a house killed a mother and her four children.",
			[]string{"killed 5 5|mother and her four children|false", "killed 4 4|children|false"}},
		{"family injured by the predicate", "A man and his two sons were wounded by shrapnel.",
			[]string{"injured 3 3|man and his two sons|false", "injured 2 2|sons|false"}},
		{"family with an adjective", "An elderly woman and her three grandchildren died in the fire, the ministry said.",
			[]string{"killed 4 4|woman and her three grandchildren|true", "killed 3 3|grandchildren|true"}},
		{"lost their lives over a coordinated subject", "Four gendarmes and one Volunteer for the Defence of the Homeland (VDP) lost their lives and six others were wounded.",
			[]string{"killed 4 4|gendarmes|false", "killed 1 1|Volunteer|false", "injured 6 6|others|false"}},
		{"succumbed to wounds", "Two soldiers later succumbed to their wounds.", []string{"killed 2 2|soldiers|false"}},
		{"left dead", "Seven villagers were left dead after the raid.", []string{"killed 7 7|villagers|false"}},
		{"perished", "At least 30 migrants perished at sea.", []string{"killed 30 nil|migrants|false"}},
		{"workers for a body", "Five workers for the aid agency (MSF) were killed.", []string{"killed 5 5|workers|false"}},
		{"martyrdom noun before", "The strike hit a car, leading to the martyrdom of two citizens.", []string{"killed 2 2|citizens|false"}},
		{"martyrdom noun after", "Two soldiers embraced martyrdom in the clash.", []string{"killed 2 2|soldiers|false"}},
		{"rescued kidnapped", "The police said they rescued nine kidnapped victims.", []string{"other 9 9|kidnapped victims|true"}},
		{"kidnapped stays captured", "Gunmen kidnapped nine victims.", []string{"captured 9 9|victims|false"}},
		{"toll since a date", "Nine people were killed on Monday, bringing the toll since October 7, 2023 to 43,391.",
			[]string{"killed 9 9|people|false", "killed 43391 43391||false"}},
		{"toll since an abbreviated date", "Nine people were killed on Monday, bringing the toll since Oct. 7 to 25,490.",
			[]string{"killed 9 9|people|false", "killed 25490 25490||false"}},
		{"toll named after its figure", "Five bodies were found, the prosecutor said, bringing to 213 the number of homicides in the state.",
			[]string{"killed 5 5|bodies|true", "killed 213 213||true"}},
		{"toll raised after a cue", "Nine people were killed, the ministry said, raising the death toll to 25,490.",
			[]string{"killed 9 9|people|true", "killed 25490 25490||true"}},
		{"toll a speaker cites", "The prosecutor announced that he had opened an investigation into the killings, citing a toll of about 170 people.",
			[]string{"killed 170 170|people|true"}},
		{"people numbering", "A resident said the gunmen, numbering over 100 and riding on motorcycles, killed five villagers.",
			[]string{"other 100 nil|gunmen|true", "killed 5 5|villagers|true"}},
		{"people numbered", "A source said the assailants numbered several hundred and came on motorcycles.", []string{"other 300 nil|assailants|true"}},
		{"things numbering", "The convoy, numbering 40 trucks, arrived.", nil},
		{"one compound person", "The agency said the ship was hit and that one crew member was missing.", []string{"missing 1 1|member|true"}},
		{"a person and a relative", "A missile struck a house, wounding a 58-year-old man and his daughter, the prosecutor's office said.",
			[]string{"injured 2 2|man and his daughter|true"}},
		{"a person and a relative, predicate after", "A woman and her son were killed in the strike.", []string{"killed 2 2|woman and her son|false"}},
		{"a body's own record", "Human Rights Watch interviewed 19 people by phone, including 11 witnesses and relatives of victims.",
			[]string{"other 19 19|people|true", "other 11 11|witnesses|true"}},
		{"a person's own record", "A farmer counted 19 people on the road.", []string{"other 19 19|people|false"}},
		{"a compound person", "A police officer was wounded in the blast.", []string{"injured 1 1|officer|false"}},
		{"toll raised in the own voice", "Nine people were killed on Monday, raising the death toll to 25,490.",
			[]string{"killed 9 9|people|false", "killed 25490 25490||false"}},
		{"more before the head", "The minister said 5,000 more troops had been sent to the area.", []string{"other 5000 5000|troops|true"}},
		{"criminals", "The army said its troops neutralised more than 50 armed criminals.", []string{"killed 50 nil|armed criminals|true"}},
		{"toll since an abbreviated date rose", "The death toll since Oct. 7 rose to 25,490.", []string{"killed 25490 25490||false"}},
		{"elided thing noun", "Air defence shot down 91 drones; 38 were lost to electronic warfare.", nil},
		{"bare after people stays", "The strike killed 12 people; 38 were wounded.", []string{"killed 12 12|people|false", "injured 38 38||false"}},
		{"one person with an age", "A 67-year-old woman was killed, the governor said.", []string{"killed 1 1|woman|true"}},
		{"one person, relative clause", "Paramedics treated a 50-year-old man who was lightly injured by shrapnel.", []string{"injured 1 1|man|false"}},
		{"witness who hid", "\"They shot everyone,\" said a 32-year-old woman who hid under the bodies.", nil},
		{"witness at the hospital", "An AP journalist at the hospital counted the bodies.", nil},
		{"one person who lives", "Khaled Omar, a taxi driver who lives near the camp, said the blast woke him.", nil},
		{"toll updated after a colon", "Governor Ivan Fedorov said one person was killed. Fedorov later updated the toll: two dead, 11 injured.",
			[]string{"killed 1 1|person|true", "killed 2 2|dead|true", "injured 11 11|injured|true"}},
		{"colon without a speaker", "The toll: two dead, 11 injured.", []string{"killed 2 2|dead|false", "injured 11 11|injured|false"}},
		{"of those killed", "Troops killed 13 bandits. Residents said six of those killed were herders.", []string{"killed 13 13|bandits|false", "killed 6 6|bandits|true"}},
		{"that one soldier", "The army said in a statement that one soldier was wounded in the clash.", []string{"injured 1 1|soldier|true"}},
		{"and another", "The manager said one crew member was missing and another had been injured.",
			[]string{"missing 1 1|crew member|true", "injured 1 1|crew member|true"}},
		{"another without a count", "Another was injured in the blast.", nil},
		{"names between count and predicate", "Two soldiers, Naik Abdul Rehman, 31, a resident of Swat, and Sepoy Waqas Ahmed, 24, of Kohat, embraced martyrdom.",
			[]string{"killed 2 2|soldiers|false"}},
		{"names, no predicate", "Two soldiers, Naik Abdul Rehman and Sepoy Waqas Ahmed, guarded the post where many were killed.",
			[]string{"other 2 2|soldiers|false"}},
		{"compound adjective", "A strike hit a three-storey house sheltering displaced families.", nil},
		{"demonym crossing", "More than 1,000 Colombians have crossed into neighbouring Venezuela to escape the violence.", []string{"displaced 1000 nil|Colombians|false"}},
		{"troops crossing", "More than 1,000 Russian troops have crossed into Belarus.", []string{"other 1000 nil|Russian troops|false"}},
		{"long qualifier", "The office said at least five signatories of the 2016 peace agreement that disarmed the FARC were among the dead.",
			[]string{"killed 5 nil|signatories|true"}},
		{"and shot them", "He said soldiers took his two brothers from their home and shot them against a wall.", []string{"killed 2 2|brothers|false"}},
		{"and fed them", "Volunteers took 40 children to the school and fed them.", []string{"other 40 40|children|false"}},
		{"residents poured", "Thousands of residents of the town poured into Saint-Marc on Thursday.", []string{"displaced 1000 nil|residents|false"}},
		{"troops poured", "Hundreds of soldiers poured into the town on Thursday.", []string{"other 100 nil|soldiers|false"}},
		{"long aside", "About 1.7 million people, more than 75 per cent of the population, are internally displaced.", []string{"displaced 1700000 1700000|people|false"}},
		{"supporters", "Thousands of PTI supporters stormed the residence.", []string{"other 1000 nil|PTI supporters|false"}},
		{"figure after a month's full stop", "Fighting went on from 25-27 July. 21 fatalities.", []string{"killed 21 21|fatalities|false"}},
		{"size field", "On 15 May 2024, demonstrators gathered in Port Sudan. [size=around 300]", []string{"other 300 300|size|false"}},
		{"singular of a plural", "The spokesman said one bandit was neutralised.", []string{"killed 1 1|bandit|true"}},
		{"coordinated part", "At least 40 people were killed. The monitor said 31 of the dead were from SNA factions and six were SDF fighters.",
			[]string{"killed 40 nil|people|false", "killed 31 31|dead|true", "killed 6 6|dead|true"}},
		{"collaborators", "Troops arrested four suspected collaborators in the town.", []string{"captured 4 4|suspected collaborators|false"}},
		{"still being held", "The society deplored the detention of its paramedics, saying two were still being held.", []string{"captured 2 2||true"}},
		{"one person speaks", "A soldier said the town was calm.", nil},
		{"coordinated bare noun", "The army said 14 soldiers and policemen had been martyred.", []string{"killed 14 14|soldiers|true"}},
		{"coordinated article", "Two of its members and a soldier were also killed.", []string{"killed 2 2|members|false", "killed 1 1|soldier|false"}},
		{"coordinated singular count", "Two gunmen and one guardsman were killed.", []string{"killed 2 2|gunmen|false", "killed 1 1|guardsman|false"}},
		{"second predicate is its own", "The attacks killed 12 health workers and patients and injured 31.",
			[]string{"killed 12 12|health workers|false", "injured 31 31||false"}},
		{"other predicate after", "The strike killed 12 people and 30 others were wounded.",
			[]string{"killed 12 12|people|false", "injured 30 30|others|false"}},
		{"fell in combat", "The army said four soldiers and two Volunteers for the Defence of the Homeland (VDP) fell during the fighting.",
			[]string{"killed 4 4|soldiers|true", "killed 2 2|Volunteers|true"}},
		{"toll fell is no death", "The number of displaced fell to 20 people.", []string{"displaced 20 20|people|false"}},
		{"left a named place", "About 1,200 people, including 140 children, left Pokrovsk district over the weekend.",
			[]string{"displaced 1200 1200|people|false", "displaced 140 140|children|false"}},
		{"left their homes", "Some 3,000 villagers left their homes.", []string{"displaced 3000 3000|villagers|false"}},
		{"apposition renames the count", "The agency said 1.7 million people, about 75% of the population, are now displaced.",
			[]string{"displaced 1700000 1700000|people|true"}},
		{"a group mourns its own", "The group later mourned two of its fighters.", []string{"killed 2 2|fighters|false"}},
		{"rescued part stays other", "Rescuers freed 20 people, about half of them children, who were trapped.", []string{"other 20 20|people|false"}},
		{"sustained injuries", "15 people sustained injuries in the blast.", []string{"injured 15 15|people|false"}},
		{"suffered burns", "Three soldiers suffered burns.", []string{"injured 3 3|soldiers|false"}},
		{"bare figure remains missing", "Another 20 remain unaccounted for.", []string{"missing 20 20||false"}},
		{"bare figure remains somewhere", "Some 40 remain in the city.", nil},
		{"actor name counts its members", "Troops killed 12 Houthis near Marib.", []string{"killed 12 12|Houthis|false"}},
		{"actor name before a predicate", "Officials said 47 Hamas were killed in the raid.", []string{"killed 47 47|Hamas|true"}},
		{"unit number is a name", "Rada detained the 444 Brigade's commander.", nil},
		{"actor without a status", "Hamas fired 12 rockets at Israel.", nil},
		{"one person coordinated after a count", "Two gunmen and a policeman were wounded.",
			[]string{"injured 2 2|gunmen|false", "injured 1 1|policeman|false"}},
		{"one person in another clause", "Three people were killed and a child was wounded.", []string{"killed 3 3|people|false", "injured 1 1|child|false"}},
		{"one person who speaks", "The strike killed 12 people and a soldier said it was terrible.", []string{"killed 12 12|people|false"}},
		{"no family without one", "The men and their two sons were wounded.", []string{"injured 2 2|sons|false"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := run(d, c.in)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	d := dictionary(f)
	for _, s := range []string{"killing 5 people", "Seven of them died.", "dozens of soldiers were killed, Hamas said", "of them", "including 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := text.Parse(s)
		tab := actors.NewTable(doc, d, d.Recognize(doc))
		cl := attribution.Find(doc, tab)
		for _, c := range Find(doc, numbers.Find(doc), cl, tab) {
			if c.Span[0] < 0 || c.Span[1] > len(s) || c.Span[0] >= c.Span[1] {
				t.Fatalf("bad span %v in %q", c.Span, s)
			}
			if c.Claim >= len(cl) || c.Claim >= 0 && c.Source == "" {
				t.Fatalf("claim %d source %q", c.Claim, c.Source)
			}
			if _, ok := tab.Get(c.Source); c.Source != "" && !ok {
				t.Fatalf("source %q not in the table", c.Source)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	d := dictionary(b)
	var s strings.Builder
	for _, n := range []string{"a01", "b02"} {
		body, err := os.ReadFile("../../testdata/dev/" + n + ".txt")
		if err != nil {
			b.Skip(err)
		}
		s.Write(body)
		s.WriteString("\n\n")
	}
	body := s.String()
	doc := text.Parse(body)
	tab := actors.NewTable(doc, d, d.Recognize(doc))
	cl := attribution.Find(doc, tab)
	qs := numbers.Find(doc)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, qs, cl, tab)
	}
}

// mirrors swap the parties' names; every side must be read alike. Longer
// names come first so "Russian" is swapped before "Russia".
var mirrors = [][2]string{{"Rapid Support Forces", "Sudanese Armed Forces"}, {"Russian", "Ukrainian"},
	{"Israeli army", "Hamas"}, {"Russia", "Ukraine"}, {"RSF", "SAF"}}

func swap(s string) string {
	for i, m := range mirrors {
		s = strings.ReplaceAll(s, m[0], fmt.Sprintf("\x00%d\x00", 2*i))
		s = strings.ReplaceAll(s, m[1], fmt.Sprintf("\x00%d\x00", 2*i+1))
	}
	for i, m := range mirrors {
		s = strings.ReplaceAll(s, fmt.Sprintf("\x00%d\x00", 2*i), m[1])
		s = strings.ReplaceAll(s, fmt.Sprintf("\x00%d\x00", 2*i+1), m[0])
	}
	return s
}

// shape is what must not change when the parties swap names.
func shape(d *actors.Dictionary, s string) string {
	doc := text.Parse(s)
	tab := actors.NewTable(doc, d, d.Recognize(doc))
	cl := attribution.Find(doc, tab)
	var b strings.Builder
	for _, c := range cl {
		party := false
		if e, ok := tab.Get(c.Source); ok {
			party = e.Party
		}
		fmt.Fprintf(&b, "claim %s party=%v denial=%v\n", c.Cue, party, c.Denial)
	}
	for _, c := range Find(doc, numbers.Find(doc), cl, tab) {
		party := false
		if e, ok := tab.Get(c.Source); ok {
			party = e.Party
		}
		fmt.Fprintf(&b, "count %s %d claim=%v party=%v\n", c.Status, c.Min, c.Claim >= 0, party)
	}
	return b.String()
}

func TestMirror(t *testing.T) {
	d := dictionary(t)
	articles := []string{
		"GAZA – Hamas said that 12 Israeli soldiers were killed in an ambush. The Israeli army denied the claim, saying two soldiers were wounded.",
		"The RSF said its fighters captured 150 SAF soldiers in Wad Madani, while the SAF said the RSF had lost dozens of fighters, according to a statement.",
		"Russia said it had repelled 11 attacks and killed up to 80 Ukrainian servicemen. Ukraine said five civilians died in Russian shelling, the regional governor said.",
		"According to the Rapid Support Forces, more than 40 civilians were killed by Sudanese Armed Forces air strikes.",
	}
	// The dev corpus too: every article that names a mirrored party.
	files, err := filepath.Glob("../../testdata/dev/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		if s := string(b); swap(s) != s {
			articles = append(articles, s)
		}
	}
	for _, a := range articles {
		got, want := shape(d, swap(a)), shape(d, a)
		if got != want {
			t.Errorf("mirror changed the record of %.80q:\n%s\nvs\n%s", a, want, got)
		}
	}
}

var _ = sitrep.StatusKilled

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestGolden runs every paragraph of testdata/cases.txt and compares the
// counts with testdata/cases.golden (go test -update rewrites it).
func TestGolden(t *testing.T) {
	d := dictionary(t)
	in, err := os.ReadFile(filepath.Join("testdata", "cases.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, para := range strings.Split(string(in), "\n\n") {
		if strings.TrimSpace(para) == "" {
			continue
		}
		fmt.Fprintf(&b, "# %s\n", strings.TrimSpace(para))
		for _, c := range run(d, para) {
			fmt.Fprintf(&b, "%s\n", c)
		}
		b.WriteString("\n")
	}
	golden := filepath.Join("testdata", "cases.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("counts differ from %s; run go test -update and review the diff", golden)
	}
}
