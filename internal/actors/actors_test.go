package actors

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"sitrep"
	"sitrep/internal/text"
)

var update = flag.Bool("update", false, "rewrite golden files")

func testDict(tb testing.TB) *Dictionary {
	tb.Helper()
	d, err := Load(os.DirFS("testdata/dict"))
	if err != nil {
		tb.Fatalf("load test dictionary: %v", err)
	}
	return d
}

// entityView is the golden form of an entity: what the record carries plus
// the generic flag and the surfaces of its mentions.
type entityView struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Party       bool     `json:"party"`
	Independent bool     `json:"independent,omitempty"`
	Generic     bool     `json:"generic,omitempty"`
	ACLED       string   `json:"acled,omitempty"`
	Parent      string   `json:"parent,omitempty"`
	SpeaksFor   string   `json:"speaks_for,omitempty"`
	Aliases     []string `json:"aliases,omitempty"`
	Mentions    []string `json:"mentions"`
}

func view(doc *text.Doc, t *Table) []entityView {
	var out []entityView
	for _, e := range t.Entities {
		v := entityView{ID: e.ID, Name: e.Name, Kind: e.Kind, Party: e.Party, Independent: e.Independent,
			Generic: t.Generic(e.ID), ACLED: e.ACLEDName, Parent: e.Parent, SpeaksFor: e.SpeaksFor, Aliases: e.Aliases}
		for _, m := range e.Mentions {
			v.Mentions = append(v.Mentions, doc.Text[m[0]:m[1]])
		}
		out = append(out, v)
	}
	return out
}

func TestRecognizeGolden(t *testing.T) {
	d := testDict(t)
	files, err := filepath.Glob("testdata/recognize/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := text.Parse(string(b))
			got, err := json.MarshalIndent(view(doc, NewTable(doc, d, d.Recognize(doc))), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update): %v", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("entities differ from %s (run with -update and review the diff):\n%s", golden, got)
			}
		})
	}
}

// find returns the entity whose name or alias equals name.
func find(t *Table, name string) (entityView, bool) {
	for _, v := range view(t.doc, t) {
		if v.Name == name {
			return v, true
		}
		for _, a := range v.Aliases {
			if a == name {
				return v, true
			}
		}
	}
	return entityView{}, false
}

func TestRecognizePatterns(t *testing.T) {
	d := testDict(t)
	tests := []struct {
		name, text string
		// want maps a surface form to the entity name, kind and rule of
		// the entity it must belong to.
		want []struct{ surface, name, kind string }
		none []string // surfaces that must not be entities
	}{
		{name: "lowercase al- start and singular variant",
			text: "Fighting also involves the al-Quds Brigade and al-Qassam Brigades fighters.",
			want: []struct{ surface, name, kind string }{
				{"al-Quds Brigade", "Al-Quds Brigades", "armed_group"},
				{"al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "armed_group"}}},
		{name: "possessive and acronym case",
			text: "Hamas's leaders met. The us army and the RSF moved.",
			want: []struct{ surface, name, kind string }{
				{"Hamas", "Hamas", "armed_group"}, {"RSF", "Rapid Support Forces", "armed_group"}},
			none: []string{"us"}},
		{name: "acronym defined for an unknown group",
			text: "The Alliance Fleuve Congo (AFC) took Sake. Later the AFC said it would advance.",
			want: []struct{ surface, name, kind string }{
				{"Alliance Fleuve Congo", "Alliance Fleuve Congo", "armed_group"}, {"AFC", "Alliance Fleuve Congo", "armed_group"}}},
		{name: "a former name in apposition is the same body",
			text: "Troops of the Africa Corps, formerly the Wagner Group, attacked. Wagner mercenaries left.",
			want: []struct{ surface, name, kind string }{
				{"Africa Corps", "Africa Corps", "armed_group"}, {"Wagner Group", "Africa Corps", "armed_group"},
				{"Wagner mercenaries", "Africa Corps", "armed_group"}}},
		{name: "a former name in brackets",
			text: "The Africa Corps (previously known as Wagner) attacked.",
			want: []struct{ surface, name, kind string }{{"Wagner", "Africa Corps", "armed_group"}}},
		{name: "two bodies in a list stay apart",
			text: "The Africa Corps, the Wagner Group and the RSF attacked.",
			want: []struct{ surface, name, kind string }{{"Wagner Group", "Wagner Group", "armed_group"}}},
		{name: "courts, companies and a home ministry",
			text: "The Lahore High Court ruled. The ship's manager, Oceanic Bulk Management, said the Union home ministry sent troops. Delta Shipping and Gulf Marine Ltd said.",
			want: []struct{ surface, name, kind string }{
				{"Lahore High Court", "Lahore High Court", "government"},
				{"Oceanic Bulk Management", "Oceanic Bulk Management", "other"},
				{"home ministry", "Ministry of Home Affairs", "government"},
				{"Delta Shipping", "Delta Shipping", "other"}, {"Gulf Marine Ltd", "Gulf Marine Ltd", "other"}}},
		{name: "a body about a force is no force",
			text: "The National Association of Prison Guards said soldiers entered the prison.",
			want: []struct{ surface, name, kind string }{
				{"National Association of Prison Guards", "National Association of Prison Guards", "ngo"}}},
		{name: "unnamed armed men take the article's country, not the dictionary's",
			text: "The RSF attacked El Fasher in Sudan. Armed bandits looted the market in Darfur, Sudanese officials said.",
			want: []struct{ surface, name, kind string }{
				{"Armed bandits", "Unidentified Armed Group (Sudan)", "armed_group"}}},
		{name: "bandits in Nigeria stay Nigeria's",
			text: "Armed bandits killed 12 in Zamfara, Nigerian police said.",
			want: []struct{ surface, name, kind string }{
				{"Armed bandits", "Bandits (Nigeria)", "armed_group"}}},
		{name: "a lone head word opening a sentence names no body",
			text: "A bomb struck a truck. Hospital officials said three soldiers were wounded at Nasser hospital.",
			want: []struct{ surface, name, kind string }{{"Nasser hospital", "Nasser hospital", "other"}},
			none: []string{"Hospital"}},
		{name: "acronym that names no actor",
			text: "An Improvised Explosive Device (IED) exploded.",
			none: []string{"Improvised Explosive Device", "IED"}},
		{name: "organisation patterns",
			text: "The Ministry of Health and the Wazalendo Resistance Front said. The 444 Brigade fought the Air Force.",
			want: []struct{ surface, name, kind string }{
				{"Ministry of Health", "Ministry of Health", "government"},
				{"Wazalendo Resistance Front", "Wazalendo Resistance Front", "armed_group"},
				{"444 Brigade", "444 Brigade", "armed_group"}},
			none: []string{"Air Force"}},
		{name: "possessive inside a name",
			text: "The Kharkiv Regional Prosecutor's Office said. The Ombudsman's Office warned.",
			want: []struct{ surface, name, kind string }{
				{"Kharkiv Regional Prosecutor's Office", "Kharkiv Regional Prosecutor's Office", "government"},
				{"Ombudsman's Office", "Ombudsman's Office", "government"}}},
		{name: "one strike names its force",
			text: "An Israeli strike on a school killed 20. A Russian drone strike hit Kharkiv.",
			want: []struct{ surface, name, kind string }{
				{"Israeli strike", "Israel Defense Forces", "state_force"},
				{"Russian drone strike", "Military Forces of Russia", "state_force"}}},
		{name: "ministry forms are one entity",
			text: "The Health Ministry said. Sudan's health ministry added.",
			want: []struct{ surface, name, kind string }{
				{"Health Ministry", "Ministry of Health", "government"},
				{"Sudan's health ministry", "Ministry of Health", "government"}}},
		{name: "titled people",
			text: "Major General Zaw Min Tun said. Regional governor Oleh Syniehubov said. UN Secretary-General Antonio Guterres spoke.",
			want: []struct{ surface, name, kind string }{
				{"Major General Zaw Min Tun", "Zaw Min Tun", "person"},
				{"Oleh Syniehubov", "Oleh Syniehubov", "person"},
				{"Secretary-General Antonio Guterres", "Antonio Guterres", "person"},
				{"UN", "United Nations", "un"}}},
		{name: "demonym forces with and without a dictionary row",
			text: "Israeli troops advanced. Malian soldiers withdrew. Ukraine's military said. Russian police detained two.",
			want: []struct{ surface, name, kind string }{
				{"Israeli troops", "Israel Defense Forces", "state_force"},
				{"Malian soldiers", "Military Forces of Mali", "state_force"},
				{"Ukraine's military", "Military Forces of Ukraine", "state_force"},
				{"Russian police", "Police Forces of Russia", "state_force"}}},
		{name: "state acting and state as place",
			text: "Israel launched the war. Fighters in Israel were killed.",
			want: []struct{ surface, name, kind string }{{"Israel", "Israel Defense Forces", "state_force"}}},
		{name: "generic groups take the demonym's country",
			text: "Palestinian civilians fled. Protesters gathered. Civilians (Palestine) were hit.",
			want: []struct{ surface, name, kind string }{
				{"Palestinian civilians", "Palestinian civilians", "civilians"},
				{"Civilians (Palestine)", "Palestinian civilians", "civilians"},
				{"Protesters", "Protesters (Palestine)", "civilians"}}},
		{name: "ACLED event note forms",
			text: "On 12 May 2024, Military Forces of Sudan (2019-) clashed with RSF. Military Forces of Mali (2021-) shelled Civilians (Mali). Protesters (Sudan) gathered.",
			want: []struct{ surface, name, kind string }{
				{"Military Forces of Sudan (2019-)", "Sudanese Armed Forces", "state_force"},
				{"RSF", "Rapid Support Forces", "armed_group"},
				{"Military Forces of Mali (2021-)", "Military Forces of Mali", "state_force"},
				{"Civilians (Mali)", "Civilians (Mali)", "civilians"},
				{"Protesters (Sudan)", "Protesters (Sudan)", "civilians"}}},
		{name: "outlet after its noun and bylines",
			text: "He told the Arabic-language channel Al Mayadeen.\n(Reporting by Khalid Abdelaziz; Editing by Alex Richardson)",
			want: []struct{ surface, name, kind string }{
				{"Al Mayadeen", "Al Mayadeen", "media"},
				{"Khalid Abdelaziz", "Khalid Abdelaziz", "person"},
				{"Alex Richardson", "Alex Richardson", "person"}}},
		{name: "an all-caps byline name and its outlet are two entities",
			text: "Troops pull back\n\nBy JANE ROE DOE Associated Press\n\nNAIROBI, Kenya (AP) — Troops withdrew.",
			want: []struct{ surface, name, kind string }{
				{"JANE ROE DOE", "JANE ROE DOE", "person"},
				{"Associated Press", "Associated Press", "media"}},
			none: []string{"JANE ROE DOE Associated"}},
		{name: "a name after an occupation or a title and comma",
			text: "Police fired at the protesters, killing student Abu Sayeed. Rifles were recovered, according to the police spokesperson, Mansir Hassan. Student leaders said 15 were held.",
			want: []struct{ surface, name, kind string }{
				{"Abu Sayeed", "Abu Sayeed", "person"},
				{"Mansir Hassan", "Mansir Hassan", "person"}},
			none: []string{"Student"}},
		{name: "a title's qualifier and an office's building are no names",
			text: "A delegation led by Khyber Pakhtunkhwa Law Minister Aftab Alam Afridi arrived. Protesters marched towards the Governor House on Tuesday.",
			want: []struct{ surface, name, kind string }{
				{"Aftab Alam Afridi", "Aftab Alam Afridi", "person"}},
			none: []string{"Khyber Pakhtunkhwa Law", "House", "Governor House"}},
		{name: "a form several states share goes to the article's state",
			text: "Malian troops and the Presidential Guard repelled the attack near Bamako, Mali's junta said. Mali has asked for help.",
			want: []struct{ surface, name, kind string }{
				{"Presidential Guard", "Presidential Guard of Mali", "state_force"}}},
		{name: "a country across a border is a place",
			text: "Some 1.4 million people are crowded into Rafah, on the border with Egypt, the office said. The camp lies near Iraq's border with Iran.",
			none: []string{"Egypt", "Iran"}},
		{name: "mixed-case acronyms match only as written",
			text: "A strike on the village of Let Yet Kone killed nine. LeT denied involvement.",
			want: []struct{ surface, name, kind string }{{"LeT", "Lashkar-e-Taiba", "armed_group"}},
			none: []string{"Let"}},
		{name: "the longest form wins over one keyed with the article",
			text: "The National News Agency (NNA) said the strike hit a flat. The Independent reported it.",
			want: []struct{ surface, name, kind string }{
				{"National News Agency", "National News Agency", "media"},
				{"The Independent", "The Independent", "media"}},
			none: []string{"The National News"}},
		{name: "a common word is no outlet without its article",
			text: "Government Should Allow Independent Investigation of Killings",
			none: []string{"Independent"}},
		{name: "an NGO's national section is no state",
			text: "Amnesty International Nigeria said in March that 200 people were killed.",
			want: []struct{ surface, name, kind string }{{"Amnesty International Nigeria", "Amnesty International", "ngo"}},
			none: []string{"Nigeria"}},
		{name: "administrative areas are places, not bodies",
			text: "Gunmen stormed Kwari village in Tsafe Local Government Area of Zamfara State. Fighters attacked Barsalogho, a town in Burkina Faso's Centre-Nord region.",
			none: []string{"Tsafe Local Government", "Burkina Faso's Centre", "Burkina Faso's Centre-Nord"}},
		{name: "an ACLED name with an earlier period",
			text: "Military Forces of Sudan (1989-2019) clashed with protesters in Khartoum.",
			want: []struct{ surface, name, kind string }{
				{"Military Forces of Sudan (1989-2019)", "Sudanese Armed Forces", "state_force"}}},
		{name: "unnamed armed men are ACLED's unidentified armed group",
			text: "Gunmen killed five villagers near Gao in Mali. Unidentified Armed Group (Mali) attacked Civilians (Mali). Armed men returned.",
			want: []struct{ surface, name, kind string }{
				{"Gunmen", "Unidentified Armed Group (Mali)", "armed_group"},
				{"Unidentified Armed Group (Mali)", "Unidentified Armed Group (Mali)", "armed_group"},
				{"Armed men", "Unidentified Armed Group (Mali)", "armed_group"}},
			none: []string{"Unidentified Armed Group"}},
		{name: "gunmen loyal to a side are not unidentified",
			text: "Gunmen loyal to Hamas killed 16 members of the security forces.",
			none: []string{"Gunmen", "Gunmen loyal"}},
		{name: "coordinated states act together",
			text: "The ministry condemned the attack. Egypt and Qatar, which have been mediating talks, called it a massacre.",
			want: []struct{ surface, name, kind string }{
				{"Egypt", "Government of Egypt", "government"},
				{"Qatar", "Government of Qatar", "government"}}},
		{name: "a ministry of a state not at war is its government",
			text: "Qatar's Foreign Ministry condemned the strike.",
			want: []struct{ surface, name, kind string }{{"Qatar's Foreign Ministry", "Government of Qatar", "government"}}},
		{name: "a shared form goes to the country the article's names point to",
			text: "Israeli troops shelled the south. Hezbollah said the Islamic Resistance fired rockets at Israeli troops and Israeli soldiers.",
			want: []struct{ surface, name, kind string }{{"Islamic Resistance", "Islamic Resistance in Lebanon", "armed_group"}}},
		{name: "and inside a name's complement, not between two names",
			text: "The Yemeni Network for Rights and Freedoms said. The Ministry of Defence and Hamas said.",
			want: []struct{ surface, name, kind string }{
				{"Yemeni Network for Rights and Freedoms", "Yemeni Network for Rights and Freedoms", "ngo"},
				{"Ministry of Defence", "Ministry of Defence", "government"},
				{"Hamas", "Hamas", "armed_group"}},
			none: []string{"Yemeni Network for Rights", "Ministry of Defence and Hamas"}},
		{name: "air force ranks",
			text: "Air force spokesman Air Vice Marshal Edward Gabkwet said the strikes hit.",
			want: []struct{ surface, name, kind string }{{"Air Vice Marshal Edward Gabkwet", "Edward Gabkwet", "person"}},
			none: []string{"Air Vice"}},
		{name: "ACLED's generic militia and government names",
			text: "Dinka Ethnic Militia (Sudan) clashed with Unidentified Communal Militia (Sudan). Government of Rwanda (2000-) said.",
			want: []struct{ surface, name, kind string }{
				{"Dinka Ethnic Militia (Sudan)", "Dinka Ethnic Militia (Sudan)", "armed_group"},
				{"Unidentified Communal Militia (Sudan)", "Unidentified Communal Militia (Sudan)", "armed_group"},
				{"Government of Rwanda (2000-)", "Government of Rwanda", "government"}}},
		{name: "the military is the one named with that noun, else the one named most",
			text: "The IDF said its jets struck Hezbollah sites in Lebanon. Lebanon's health ministry said 12 died in Lebanon. The military said it hit launchers.",
			want: []struct{ surface, name, kind string }{{"military", "Israel Defense Forces", "state_force"}}},
		{name: "the military refers back to the military named with that word",
			text: "Russian troops shelled Kharkiv and Russian troops advanced, Ukraine's military said. The military said 40 drones were shot down.",
			want: []struct{ surface, name, kind string }{{"military", "Military Forces of Ukraine", "state_force"}}},
		{name: "a force noun modifying another noun names no force",
			text: "Israeli troops entered the town. The group suspended military operations near the police station.",
			none: []string{"military", "police"}},
		{name: "a force's installation names the force",
			text: "Israeli troops entered the town. Hezbollah fired at army positions and at the Egyptian base near a Palestinian camp.",
			want: []struct{ surface, name, kind string }{
				{"army", "Israel Defense Forces", "state_force"},
				{"Egyptian", "Military Forces of Egypt", "state_force"}},
			none: []string{"Palestinian"}},
		{name: "troops are never the police named before them",
			text: "Russian police detained two men. Troops repelled the attack.",
			want: []struct{ surface, name, kind string }{
				{"Russian police", "Police Forces of Russia", "state_force"},
				{"Troops", "troops", "state_force"}}},
		{name: "partisan labels between a demonym and its force noun",
			text: "Fighters killed seven Kenyan crusader soldiers. Russian occupying forces shelled the town.",
			want: []struct{ surface, name, kind string }{
				{"Russian occupying forces", "Military Forces of Russia", "state_force"}}},
		{name: "a form does not run across a closing bracket it did not open",
			text: "Gunmen shot two officers in Bannu (Bannu, Khyber Pakhtunkhwa). Police said more died.",
			none: []string{"Khyber Pakhtunkhwa). Police"}},
		{name: "forces named by what they are, not whose",
			text: "Sudanese troops and the RSF fought in Darfur. Security forces arrested two men. Government troops and the air force struck. A military statement said the navy was on alert.",
			want: []struct{ surface, name, kind string }{
				{"Security forces", "Sudanese Armed Forces", "state_force"},
				{"Government troops", "Sudanese Armed Forces", "state_force"},
				{"air force", "Sudanese Armed Forces", "state_force"},
				{"navy", "Sudanese Armed Forces", "state_force"}},
			none: []string{"military"}},
		{name: "security forces after a police force are that police",
			text: "GARISSA, Nigeria - Five police officers were killed, Nigerian police said. Security forces repelled the gunmen.",
			want: []struct{ surface, name, kind string }{
				{"police", "Police Forces of Nigeria", "state_force"},
				{"Security forces", "Police Forces of Nigeria", "state_force"}}},
		{name: "a capital's forces and acts are its state's",
			text: "Moscow's troops advanced as the governor accused Kinshasa of striking a camp. Sirens sounded in Moscow.",
			want: []struct{ surface, name, kind string }{
				{"Moscow's troops", "Military Forces of Russia", "state_force"},
				{"Kinshasa", "Armed Forces of the Democratic Republic of the Congo", "state_force"}},
			none: []string{"Moscow"}},
		{name: "a capital that speaks is its government",
			text: "Kigali said its forces shot down a drone over Kigali.",
			want: []struct{ surface, name, kind string }{{"Kigali", "Government of Rwanda", "government"}}},
		{name: "a capital accused of a policy is its government",
			text: "M23 accused Kigali of staging attacks.",
			want: []struct{ surface, name, kind string }{{"Kigali", "Government of Rwanda", "government"}}},
		{name: "a government's forces are its state's",
			text: "RSF fighters clashed with forces of the Transitional Sovereignty Council (TSC). TSC troops advanced. The TSC said.",
			want: []struct{ surface, name, kind string }{
				{"forces", "Sudanese Armed Forces", "state_force"},
				{"TSC troops", "Sudanese Armed Forces", "state_force"},
				{"Transitional Sovereignty Council", "Government of Sudan", "government"}}},
		{name: "an unknown acronym with its description names a body",
			text: "Members of the CETEG teachers' union marched. CETEG leaders said the FPRC armed group attacked. The XYZ said the group left. UPC rebels fled.",
			want: []struct{ surface, name, kind string }{
				{"CETEG teachers' union", "CETEG", "political"},
				{"CETEG", "CETEG", "political"},
				{"FPRC armed group", "FPRC", "armed_group"},
				{"UPC rebels", "UPC", "armed_group"}},
			none: []string{"XYZ"}},
		{name: "a body and its own unit named together are the unit",
			text: "Fighters of the Qassam Brigades of Hamas clashed with Israeli troops.",
			want: []struct{ surface, name, kind string }{
				{"Qassam Brigades of Hamas", "Izz ad-Din al-Qassam Brigades", "armed_group"}},
			none: []string{"Hamas"}},
		{name: "gunmen take the country of the groups named with them",
			text: "Hamas fighters clashed with Israeli troops in Gaza. Hamas said. Gunmen attacked a village M23 had left.",
			want: []struct{ surface, name, kind string }{
				{"Gunmen", "Unidentified Armed Group (Democratic Republic of the Congo)", "armed_group"}}},
		{name: "a named group's gunmen are its own",
			text: "Suspected RSF gunmen killed five villagers in Darfur.",
			want: []struct{ surface, name, kind string }{{"RSF gunmen", "Rapid Support Forces", "armed_group"}},
			none: []string{"gunmen"}},
		{name: "coordinated demonyms share the force noun",
			text: "M23 fighters took the airport after Rwandan and Congolese troops pulled back.",
			want: []struct{ surface, name, kind string }{
				{"Rwandan", "Military Forces of Rwanda", "state_force"},
				{"Congolese troops", "Armed Forces of the Democratic Republic of the Congo", "state_force"}}},
		{name: "plural possessive inside a name with its acronym",
			text: "The Tribal Elders' Forum (TEF), a Kuki body, said 16 were killed. The TEF called a strike.",
			want: []struct{ surface, name, kind string }{
				{"TEF", "Tribal Elders' Forum", "other"}},
			none: []string{"Tribal Elders", "Tribal"}},
		{name: "an acronym spells the whole name",
			text: "A march organised by the All Valley Students' Union Northland (AVSUN) had ended.",
			want: []struct{ surface, name, kind string }{
				{"AVSUN", "All Valley Students' Union Northland", "political"}},
			none: []string{"Valley Students' Union"}},
		{name: "a body's complement on its subject",
			text: "The Coordinating Committee on Valley Integrity (CCVI), an umbrella group, blamed militants.",
			want: []struct{ surface, name, kind string }{
				{"Coordinating Committee on Valley Integrity", "Coordinating Committee on Valley Integrity", "political"}},
			none: []string{"Coordinating Committee"}},
		{name: "single capital letter is no name",
			text: "Young Kenyans who call themselves Gen Z marched on parliament.",
			none: []string{"Z", "Gen Z"}},
		{name: "dotted country abbreviation is no person",
			text: "A U.S. defense official denied it. U.S. strikes hit radar sites.",
			none: []string{"U.S."}},
		{name: "headline country is no person",
			text: "DR Congo: fighting around Sake forces 135,000 to flee",
			none: []string{"Congo", "DR Congo"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := text.Parse(tt.text)
			tb := NewTable(doc, d, d.Recognize(doc))
			for _, w := range tt.want {
				e, ok := find(tb, w.surface)
				if !ok {
					t.Errorf("%q: no entity; got %+v", w.surface, view(doc, tb))
					continue
				}
				if e.Name != w.name || e.Kind != w.kind {
					t.Errorf("%q: got %q (%s), want %q (%s)", w.surface, e.Name, e.Kind, w.name, w.kind)
				}
			}
			for _, s := range tt.none {
				if e, ok := find(tb, s); ok {
					t.Errorf("%q: unexpected entity %+v", s, e)
				}
			}
		})
	}
}

func TestSpeaksFor(t *testing.T) {
	d := testDict(t)
	doc := text.Parse("Army spokesman Brigadier General Nabil Abdallah said. Its spokesman, al-Fateh Qurashi, said. " +
		"Dr Mohammed Abu Salmiya, director of Al-Shifa hospital, said. RSF adviser Ali Tubaiq said. " +
		"A spokesman for the UN, Stephane Dujarric, said.")
	tb := NewTable(doc, d, d.Recognize(doc))
	tests := []struct{ person, body string }{
		{"Nabil Abdallah", ""}, // no army named before: no body, party by rank
		{"Mohammed Abu Salmiya", "Al-Shifa hospital"},
		{"Ali Tubaiq", "Rapid Support Forces"},
		{"Stephane Dujarric", "United Nations"},
	}
	for _, tt := range tests {
		p, ok := find(tb, tt.person)
		if !ok {
			t.Errorf("%s: not recognised: %+v", tt.person, view(doc, tb))
			continue
		}
		got := ""
		if b, ok := tb.Get(p.SpeaksFor); ok {
			got = b.Name
		}
		if got != tt.body {
			t.Errorf("%s speaks for %q, want %q", tt.person, got, tt.body)
		}
	}
	if p, _ := find(tb, "Ali Tubaiq"); !p.Party {
		t.Errorf("Ali Tubaiq should inherit party from the RSF")
	}
	if p, _ := find(tb, "Mohammed Abu Salmiya"); p.Party || !p.Independent {
		t.Errorf("a hospital director should inherit independence: %+v", p)
	}
}

func TestResolve(t *testing.T) {
	d := testDict(t)
	doc := text.Parse("The paramilitary Rapid Support Forces attacked the Sudanese army. " +
		"The medical charity MSF said the UNRWA convoy was hit. " +
		"The paramilitary group denied it. The army said. The charity said. The UN agency said. " +
		"UN Secretary-General Antonio Guterres said. He added that it was grave.")
	tb := NewTable(doc, d, d.Recognize(doc))
	tests := []struct{ phrase, want string }{
		{"The paramilitary group", "Rapid Support Forces"},
		{"The army", "Sudanese Armed Forces"},
		{"The charity", "Doctors Without Borders"},
		{"The UN agency", "UN Relief and Works Agency"},
		{"He", "Antonio Guterres"},
	}
	for _, tt := range tests {
		off := strings.Index(doc.Text, tt.phrase)
		first := doc.TokenAt(off)
		last := doc.TokenAt(off + len(tt.phrase))
		id, ok := tb.Resolve(doc, first, last)
		if !ok {
			t.Errorf("%q: unresolved", tt.phrase)
			continue
		}
		if e, _ := tb.Get(id); e.Name != tt.want {
			t.Errorf("%q resolved to %q, want %q", tt.phrase, e.Name, tt.want)
		}
	}
}

// TestMirror swaps the parties of an article: the entities keep their
// structure (party flags, mention counts, who speaks for whom) with the
// names swapped.
func TestMirror(t *testing.T) {
	d := testDict(t)
	const article = "Fighting between the Sudanese army and the Rapid Support Forces (RSF) killed 12 civilians. " +
		"RSF spokesman Brigadier General al-Fateh Qurashi said the SAF shelled homes. " +
		"The SAF said RSF fighters attacked first. The RSF denied it."
	swap := strings.NewReplacer("Sudanese army", "Rapid Support Forces", "Rapid Support Forces", "Sudanese army",
		"RSF", "SAF", "SAF", "RSF")
	type sig struct {
		party, independent, generic bool
		mentions                    int
		speaksFor                   string
	}
	structure := func(s string) (map[string]sig, *Table) {
		doc := text.Parse(s)
		tb := NewTable(doc, d, d.Recognize(doc))
		out := map[string]sig{}
		for _, e := range tb.Entities {
			sf := ""
			if b, ok := tb.Get(e.SpeaksFor); ok {
				sf = b.Actor
			}
			key := e.Actor
			if key == "" {
				key = e.Name
			}
			out[key] = sig{e.Party, e.Independent, tb.Generic(e.ID), len(e.Mentions), sf}
		}
		return out, tb
	}
	a, ta := structure(article)
	b, _ := structure(swap.Replace(article))
	other := map[string]string{"saf": "rsf", "rsf": "saf"}
	if len(a) != len(b) {
		t.Fatalf("entity count %d vs %d", len(a), len(b))
	}
	for k, sa := range a {
		kb := k
		if o, ok := other[k]; ok {
			kb = o
		}
		sb, ok := b[kb]
		if !ok {
			t.Errorf("%s: no mirrored entity %s", k, kb)
			continue
		}
		if o, ok := other[sb.speaksFor]; ok {
			sb.speaksFor = o
		}
		if sa != sb {
			t.Errorf("%s: %+v, mirrored %s: %+v", k, sa, kb, sb)
		}
	}
	if len(ta.Entities) < 4 {
		t.Errorf("too few entities to mirror: %+v", ta.Entities)
	}
}

func TestLoadErrors(t *testing.T) {
	const header = "key\tname\tacled\tkind\tcountry\trole\tparent\taliases\n"
	tests := []struct{ name, row, want string }{
		{"kind", "x\tX\t\tarmy\tSD\tparty\t\t\n", "a.tsv:2: actor x: unknown kind"},
		{"role", "x\tX\t\tarmed_group\tSD\tbelligerent\t\t\n", "a.tsv:2: actor x: unknown role"},
		{"parent", "x\tX\t\tarmed_group\tSD\tparty\tnobody\t\n", "a.tsv:2: actor x: unknown parent"},
		{"country", "x\tX\t\tarmed_group\tSudan\tparty\t\t\n", "a.tsv:2: actor x: country"},
		{"columns", "x\tX\tarmed_group\n", "a.tsv:2: want 8"},
		{"duplicate", "x\tX\t\tarmed_group\tSD\tparty\t\t\nx\tY\t\tarmed_group\tSD\tparty\t\t\n", "a.tsv:3: duplicate key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"a.tsv": {Data: []byte(header + tt.row)}})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
	_, err := Load(fstest.MapFS{"demonyms.tsv": {Data: []byte("country\tname\tdemonyms\tmilitary_acled\tpolice_acled\taliases\nSudan\tSudan\tSudanese\t\t\t\n")}})
	if err == nil || !strings.Contains(err.Error(), "demonyms.tsv:2:") {
		t.Errorf("bad demonym code: got %v", err)
	}
}

// TestDefault loads the embedded dictionary: a data error in data/actors
// fails here with its file and line.
func TestDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors()) == 0 {
		t.Fatal("empty dictionary")
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"", "(", "The Alliance Fleuve Congo (AFC)", "al-", "Dr", "By X and",
		"Its spokesman, al-Fateh Qurashi,", "Sudan's health ministry", "the army", "Hamas's'"} {
		f.Add(s)
	}
	files, _ := filepath.Glob("testdata/recognize/*.txt")
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil {
			f.Add(string(b))
		}
	}
	d := testDict(f)
	f.Fuzz(func(t *testing.T, s string) {
		doc := text.Parse(s)
		ms := d.Recognize(doc)
		prev := 0
		for _, m := range ms {
			if m.First < 0 || m.Last > len(doc.Tokens) || m.First >= m.Last {
				t.Fatalf("bad token range %d..%d of %d", m.First, m.Last, len(doc.Tokens))
			}
			if m.Span[0] < 0 || m.Span[1] > len(s) || m.Span[0] >= m.Span[1] {
				t.Fatalf("bad span %v in %d bytes", m.Span, len(s))
			}
			if m.First < prev {
				t.Fatalf("mentions overlap or out of order at token %d", m.First)
			}
			prev = m.Last
		}
		tb := NewTable(doc, d, ms)
		for k := range doc.Tokens {
			tb.At(k)
			tb.Resolve(doc, k, k+1)
		}
	})
}

func benchArticle(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	files, _ := filepath.Glob("testdata/recognize/*.txt")
	if len(files) == 0 {
		b.Fatal("no fixtures")
	}
	for sb.Len() < 3000 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	s := sb.String()
	return s[:strings.LastIndexByte(s[:3000], ' ')]
}

// BenchmarkRecognize measures recognition of a 3 KB article with the real
// dictionary (tokenising excluded).
func BenchmarkRecognize(b *testing.B) {
	d, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	doc := text.Parse(benchArticle(b))
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		NewTable(doc, d, d.Recognize(doc))
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAddKnown(t *testing.T) {
	d := testDict(t)
	doc := text.Parse("Army spokesman Brigadier General Nabil Abdallah said the RSF attacked in Sudan. Residents said.")
	tb := NewTable(doc, d, d.Recognize(doc))
	n := len(tb.Entities)
	span := func(s string) (int, int) {
		off := strings.Index(doc.Text, s)
		return doc.TokenAt(off), doc.TokenAt(off + len(s))
	}
	a, b := span("Brigadier General Nabil Abdallah")
	id := tb.Add(Mention{First: a, Last: b, Span: [2]int{doc.Tokens[a].Start, doc.Tokens[b-1].End}, Name: doc.Slice(a, b), Kind: "person"})
	if e, _ := tb.Get(id); e.Name != "Nabil Abdallah" || len(tb.Entities) != n {
		t.Errorf("re-adding a recognised person made %q (%d entities, want %d)", e.Name, len(tb.Entities), n)
	}
	a, b = span("RSF")
	if id := tb.Add(Mention{First: a, Last: b, Name: "RSF", Kind: "other"}); len(tb.Entities) != n {
		t.Errorf("re-adding a recognised mention made a new entity %s", id)
	}
	for _, tt := range []struct{ text, phrase, want string }{
		{"The governor of Cabo Delgado, Colonel Valige Tauabo, told Lusa 3 died.", "Cabo Delgado", "Valige Tauabo"},
		{"The High Commissioner of the province, Commander Issa Ouedraogo, said 3 died.", "High Commissioner", "Issa Ouedraogo"},
		{"In a communique, the Minister of Security, Mahamadou Sana, condemned the attack.", "of Security", "Mahamadou Sana"},
	} {
		doc := text.Parse(tt.text)
		tb := NewTable(doc, d, d.Recognize(doc))
		off := strings.Index(doc.Text, tt.phrase)
		a, b := doc.TokenAt(off), doc.TokenAt(off+len(tt.phrase))
		id := tb.Add(Mention{First: a, Last: b, Span: [2]int{doc.Tokens[a].Start, doc.Tokens[b-1].End}, Name: tt.phrase, Kind: "person"})
		if e, _ := tb.Get(id); e.Name != tt.want {
			t.Errorf("role tail %q in %q: got %q, want %q", tt.phrase, tt.text, e.Name, tt.want)
		}
	}
	a, b = span("Sudan")
	if id := tb.Add(Mention{First: a, Last: b, Name: "Sudan", Kind: "person"}); func() bool { e, _ := tb.Get(id); return e.Kind == "person" }() {
		t.Errorf("a state's name added as a person stays a person")
	}
	a, b = span("Residents")
	id = tb.Add(Mention{First: a, Last: b, Span: [2]int{doc.Tokens[a].Start, doc.Tokens[a].End}, Name: "Residents", Kind: "civilians"})
	if _, ok := tb.Get(id); !ok {
		t.Errorf("new mention not added")
	}
}

func TestAddRefersBack(t *testing.T) {
	d := testDict(t)
	tests := []struct {
		text, phrase, want string
	}{
		{"Strikes killed 12, the Syrian Observatory for Human Rights said. The monitor said more died.", "monitor", "Syrian Observatory for Human Rights"},
		{"Turkey-backed factions battle SDF, monitor says\nThe Syrian Observatory for Human Rights said 37 died.", "monitor", "Syrian Observatory for Human Rights"},
		{"He told The Associated Press that a U.N. development agency said 3 died.", "U.N. development agency", ""},
		{"UNHCR spokesperson Ann Smith told a briefing at the Palais. The appeal was 2 per cent funded, the spokesperson said.", "spokesperson", "Ann Smith"},
		{"UNHCR spokesperson Matthew Saltmarsh told a briefing. The appeal was 2 per cent funded, the spokesperson said.", "spokesperson", "Matthew Saltmarsh"},
		// A role in apposition to a named person is that person's.
		{"The Police Public Relations Officer in the state, DSP Yusuf Hassan, said 3 died.", "The Police Public Relations Officer", "Yusuf Hassan"},
		{"Its self-styled commander, who goes by the name General Ayeke, told Reuters 3 died.", "Its self-styled commander", "Ayeke"},
		// A force's own command is the force.
		{"Sudanese army shelled the town. The Sudanese army's general command said 3 died.", "Sudanese army's general command", "Sudanese Armed Forces"},
		// A force noun is no body noun: "security forces" never refer
		// back to the named group by its head word; they are the state's.
		{"The Rapid Support Forces attacked. Security forces said 3 died.", "Security forces", "Sudanese Armed Forces"},
		// A body's own name with a generic head noun is that body.
		{"Homes burned, the Rapid Support Forces (RSF) group said.", "Rapid Support Forces (RSF) group", "Rapid Support Forces"},
		{"The attack was claimed by the RSF group, the RSF group said.", "RSF group", "Rapid Support Forces"},
		// A wing phrase in apposition to a named body is that body.
		{"In a statement, the terror group's armed wing, the so-called RSF, claimed the attack.", "terror group's armed wing", "Rapid Support Forces"},
		{"The group's armed wing, Hamas, said 3 died.", "group's armed wing", "Hamas"},
		// A UN agency is one of many, not the UN.
		{"The UN agency said 3 died.", "UN agency", "UN agency"},
	}
	for _, tt := range tests {
		doc := text.Parse(tt.text)
		tb := NewTable(doc, d, d.Recognize(doc))
		off := strings.Index(doc.Text, tt.phrase)
		a, b := doc.TokenAt(off), doc.TokenAt(off+len(tt.phrase))
		id := tb.Add(Mention{First: a, Last: b, Span: [2]int{doc.Tokens[a].Start, doc.Tokens[b-1].End}, Name: tt.phrase, Kind: "other"})
		e, _ := tb.Get(id)
		if tt.want == "" && e.Name != tt.phrase || tt.want != "" && e.Name != tt.want {
			t.Errorf("%q in %q: got %q, want %q", tt.phrase, tt.text, e.Name, tt.want)
		}
	}
}

func TestPeriodNames(t *testing.T) {
	c := &Country{Code: "MX", Earlier: []string{"2018-2024", "2012-2018"}}
	tests := []struct {
		acled string
		want  []string
	}{
		{"Military Forces of Mexico (2024-)", []string{"Military Forces of Mexico (2018-2024)", "Military Forces of Mexico (2018-)",
			"Military Forces of Mexico (2012-2018)", "Military Forces of Mexico (2012-)"}},
		{"Military Forces of Mexico (2024-) National Guard", []string{"Military Forces of Mexico (2018-2024) National Guard",
			"Military Forces of Mexico (2018-) National Guard", "Military Forces of Mexico (2012-2018) National Guard",
			"Military Forces of Mexico (2012-) National Guard"}},
		{"Civilians (Mexico)", nil},
		{"Sinaloa Cartel", nil},
	}
	for _, tt := range tests {
		if got := c.periodNames(tt.acled); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("periodNames(%q) = %q, want %q", tt.acled, got, tt.want)
		}
	}
	var none *Country
	if got := none.periodNames("Military Forces of Mexico (2024-)"); got != nil {
		t.Errorf("nil country gave %q", got)
	}
}

func TestACLEDNameAt(t *testing.T) {
	d := testDict(t)
	tests := []struct {
		acled, code string
		year        int
		want        string
	}{
		{"Military Forces of Sudan (2019-)", "SD", 2023, "Military Forces of Sudan (2019-)"},
		{"Military Forces of Sudan (2019-)", "SD", 2019, "Military Forces of Sudan (2019-)"},
		{"Military Forces of Sudan (2019-)", "SD", 2015, "Military Forces of Sudan (1989-2019)"},
		{"Government of Sudan (2019-) Rapid Support Forces", "SD", 2010, "Government of Sudan (1989-2019) Rapid Support Forces"},
		{"Military Forces of Sudan (2019-)", "SD", 1970, "Military Forces of Sudan (2019-)"},
		{"Rapid Support Forces", "SD", 2015, "Rapid Support Forces"},
		{"Military Forces of Mali (2021-)", "ML", 2015, "Military Forces of Mali (2021-)"},
	}
	for _, tt := range tests {
		if got := d.ACLEDNameAt(tt.acled, tt.code, tt.year); got != tt.want {
			t.Errorf("ACLEDNameAt(%q, %s, %d) = %q, want %q", tt.acled, tt.code, tt.year, got, tt.want)
		}
	}
}

func TestLocalise(t *testing.T) {
	d := testDict(t)
	doc := text.Parse("Protesters gathered in the capital and gunmen fired on them. Civilians fled. Troops arrived.")
	tb := NewTable(doc, d, d.Recognize(doc))
	tb.Localise("SD")
	want := map[string]string{
		"Protesters": "Protesters (Sudan)", "gunmen": "Unidentified Armed Group (Sudan)",
		"Civilians": "Civilians (Sudan)",
	}
	for surface, name := range want {
		e, ok := find(tb, surface)
		if !ok || e.Name != name || e.ACLED != name {
			t.Errorf("%q: got %q (ACLED %q), want %q", surface, e.Name, e.ACLED, name)
		}
	}
	if e, ok := find(tb, "Troops"); ok && strings.Contains(e.Name, "Sudan") {
		t.Errorf("an unnamed force took the place's country: %q", e.Name)
	}
	tb.Localise("XX") // an unknown code changes nothing
	if e, _ := find(tb, "Protesters"); e.Name != "Protesters (Sudan)" {
		t.Errorf("unknown code changed %q", e.Name)
	}
}

func TestAddGroupTakenForPerson(t *testing.T) {
	d := testDict(t)
	doc := text.Parse("Palestinian civilians fled the strikes. Residents of Khan Younis said the shelling went on all night.")
	tb := NewTable(doc, d, d.Recognize(doc))
	n := len(tb.Entities)
	off := strings.Index(doc.Text, "Residents of Khan Younis")
	a, b := doc.TokenAt(off), doc.TokenAt(off+len("Residents of Khan Younis"))
	id := tb.Add(Mention{First: a, Last: b, Span: [2]int{doc.Tokens[a].Start, doc.Tokens[b-1].End}, Name: "Residents of Khan Younis", Kind: "person"})
	e, _ := tb.Get(id)
	if e.Name != "Palestinian civilians" || len(tb.Entities) != n {
		t.Errorf("got %q (%d entities, want %d)", e.Name, len(tb.Entities), n)
	}
}

// A name joined to a qualifier ("Hamas-linked") is an entity of the
// article, but not a mention of an actor of its clause.
func TestModifierName(t *testing.T) {
	d := testDict(t)
	doc := text.Parse("The Hamas-linked Al-Quds Brigades fired rockets. An RSF-led assault hit El Fasher. " +
		"The Al-Quds Brigades, Hamas's main Gaza affiliate, said.")
	tb := NewTable(doc, d, d.Recognize(doc))
	e, ok := find(tb, "Hamas")
	if !ok {
		t.Fatalf("no Hamas entity: %+v", view(doc, tb))
	}
	if len(e.Mentions) != 0 {
		t.Errorf("Hamas-linked: got mentions %q, want none", e.Mentions)
	}
	if e, ok := find(tb, "Al-Quds Brigades"); !ok || len(e.Mentions) != 2 {
		t.Errorf("Al-Quds Brigades: got %+v", e)
	}
	if e, ok := find(tb, "RSF"); !ok || len(e.Mentions) != 1 {
		t.Errorf("RSF-led: the leader acts; got %+v", e)
	}
}

// A body run by a party speaks for it, whichever side runs it.
func TestRuledByParty(t *testing.T) {
	d := testDict(t)
	for _, s := range []string{
		"The Hamas-run health ministry said 12 people were killed.",
		"The RSF-controlled health ministry said 12 people were killed.",
	} {
		doc := text.Parse(s)
		tb := NewTable(doc, d, d.Recognize(doc))
		found := false
		for _, e := range tb.Entities {
			if e.Kind == sitrep.KindGovernment && len(e.Mentions) > 0 {
				found = true
				if !e.Party {
					t.Errorf("%q: %s is no party", s, e.Name)
				}
			}
		}
		if !found {
			t.Errorf("%q: no ministry entity: %+v", s, view(doc, tb))
		}
	}
}

// mentionCase is an article and the number of mentions its named entity
// should gather.
type mentionCase struct {
	in   string
	name string // the entity the later mentions join
	want int    // its mentions
}

func checkMentions(t *testing.T, d *Dictionary, cases []mentionCase) {
	t.Helper()
	for _, tt := range cases {
		doc := text.Parse(tt.in)
		tb := NewTable(doc, d, d.Recognize(doc))
		got := -1
		for _, e := range tb.Entities {
			if e.Name == tt.name {
				got = len(e.Mentions)
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s has %d mentions, want %d: %+v", tt.in, tt.name, got, tt.want, view(doc, tb))
		}
	}
}

// A named armed group's own head noun, capitalised, names it for the rest
// of the article ("the Resistance", "Resistance fighters", "the Movement"),
// for every group alike; a head two groups of the article share names
// neither, and the lower-case noun names no one.
func TestStandInHead(t *testing.T) {
	d := testDict(t)
	checkMentions(t, d, []mentionCase{
		{"The Islamic Resistance in Lebanon said it struck a base. The Resistance said Resistance fighters withdrew.", "Islamic Resistance in Lebanon", 3},
		{"The Islamic Resistance in Iraq said it struck a base. The Resistance said Resistance fighters withdrew.", "Islamic Resistance in Iraq", 3},
		{"The March 23 Movement said it took the town. The Movement said its fighters held it.", "March 23 Movement", 2},
		{"The Islamic Resistance in Lebanon said it struck a base. Later the resistance withdrew.", "Islamic Resistance in Lebanon", 1},
		{"The Islamic Resistance in Lebanon and the Islamic Resistance in Iraq said they struck bases. The Resistance said it would go on.", "Islamic Resistance in Lebanon", 1},
		{"The Islamic Resistance in Lebanon and the Islamic Resistance in Iraq said they struck bases. The Resistance said it would go on.", "Islamic Resistance in Iraq", 1},
	})
}

// A state's corps named by its own noun keeps that noun as a short name
// ("Pakistan Rangers" … "the Rangers"); a generic head ("the Forces") or a
// state's name ending an ACLED form never becomes one.
func TestCorpsHead(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkMentions(t, d, []mentionCase{
		{"Pakistan Rangers arrested the leader in Lahore. The Rangers said he was held.", "Pakistan Rangers", 2},
		{"Assam Rifles troops patrolled Manipur. The Rifles said two men were held.", "Assam Rifles", 2},
		{"The Israel Defense Forces said it struck a base. The Forces said nothing more.", "Israel Defense Forces", 1},
	})
}

// A unit the dictionary does not know, named as a known armed group's own
// by a possessive, is a mention of that group, whichever group it is.
func TestOwnUnit(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		in, name, unit string
	}{
		{"The ELN's Northeastern War Front gave a different account. Its fighters had been attacked, it said.", "National Liberation Army", "Northeastern War Front"},
		{"Hamas's Southern Khan Younis Brigade said its fighters had attacked a tank.", "Hamas", "Southern Khan Younis Brigade"},
	}
	for _, tt := range cases {
		doc := text.Parse(tt.in)
		tb := NewTable(doc, d, d.Recognize(doc))
		found := false
		for _, e := range tb.Entities {
			if e.Name == tt.unit {
				t.Errorf("%q: the unit %q is an entity of its own: %+v", tt.in, tt.unit, view(doc, tb))
			}
			if e.Name == tt.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no entity %q: %+v", tt.in, tt.name, view(doc, tb))
		}
	}
}

// A title word opening a head followed by "for"/"of" and a capitalised
// complement names a body, not a person, and the capitalised groups in
// its complement are no entities of their own.
func TestTitledBody(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, name string }{
		{"Six civilians were killed, according to the General Coordination for Displaced Persons and Refugees.", "General Coordination for Displaced Persons and Refugees"},
		{"Six civilians were killed, said the General Union of Displaced Persons of Darfur.", "General Union of Displaced Persons of Darfur"},
	}
	for _, tt := range cases {
		doc := text.Parse(tt.in)
		tb := NewTable(doc, d, d.Recognize(doc))
		found := false
		for _, e := range tb.Entities {
			switch {
			case e.Name == tt.name:
				found = true
			case e.Kind == sitrep.KindPerson || len(e.Mentions) > 0 && e.Mentions[0][0] > strings.Index(tt.in, tt.name):
				t.Errorf("%q: entity %q inside the body's name", tt.in, e.Name)
			}
		}
		if !found {
			t.Errorf("%q: no entity %q: %+v", tt.in, tt.name, view(doc, tb))
		}
	}
}

// A bare ministry in a sentence set in a state ("In Lebanon, the health
// ministry said") is that state's, not another state's ministry named
// earlier in the article.
func TestLeadCountryMinistry(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"Strikes killed 39 people, the Gaza health ministry said. In Lebanon, the health ministry said ten people were killed.", "LB"},
		{"Strikes killed 39 people, the Lebanese health ministry said. In Syria, the health ministry said ten people were killed.", "SY"},
		{"Strikes killed 39 people, the Syrian health ministry said. Later the health ministry said ten people were killed.", "SY"},
	}
	for _, tt := range cases {
		doc := text.Parse(tt.in)
		tb := NewTable(doc, d, d.Recognize(doc))
		k := strings.LastIndex(tt.in, "health ministry")
		got := ""
		for _, e := range tb.Entities {
			for _, m := range e.Mentions {
				if m[0] <= k && k < m[1] {
					got = e.Country
				}
			}
		}
		if got != tt.want {
			t.Errorf("%q: the last ministry is of %q, want %q: %+v", tt.in, got, tt.want, view(doc, tb))
		}
	}
}

// A bare name after a leader cue ("a group loyal to X", "fighters led by
// X") is a person, whoever leads.
func TestLeaderName(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, name string }{
		{"The fighting pitted the Stability Support Apparatus against a local group loyal to Mohamed Bahroun, according to security sources.", "Mohamed Bahroun"},
		{"Bandits led by Halilu Buzu attacked the village on Sunday.", "Halilu Buzu"},
		{"Militiamen commanded by Abdel Rahim Dagalo entered the town.", "Abdel Rahim Dagalo"},
	}
	for _, tt := range cases {
		doc := text.Parse(tt.in)
		tb := NewTable(doc, d, d.Recognize(doc))
		found := false
		for _, e := range tb.Entities {
			if e.Kind == sitrep.KindPerson && e.Name == tt.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no person %q: %+v", tt.in, tt.name, view(doc, tb))
		}
	}
}

// "the National Police" named without its state is the police of the
// article's state, whichever state that is.
func TestNationalForce(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ in, want string }{
		{"Colombian soldiers killed three ELN rebels in Catatumbo. A drone struck a station, the National Police said.", "Police Forces of Colombia"},
		{"Peruvian soldiers killed three rebels in the VRAEM. A bomb struck a station, the National Police said.", "Police Forces of Peru"},
	}
	for _, tt := range cases {
		doc := text.Parse(tt.in)
		tb := NewTable(doc, d, d.Recognize(doc))
		k := strings.Index(tt.in, "National Police")
		got := ""
		for _, e := range tb.Entities {
			for _, m := range e.Mentions {
				if m[0] <= k && k < m[1] {
					got = e.ACLEDName
				}
			}
		}
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("%q: the National Police is %q, want %q: %+v", tt.in, got, tt.want, view(doc, tb))
		}
	}
}
