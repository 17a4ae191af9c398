package actors

import (
	"testing"
	"testing/fstest"

	"sitrep"

	"sitrep/internal/text"
)

// TestSharedGenericForm checks that a generic force form one state's row
// lists bare ("National Army") goes to the article's state when that
// state's own force is the form plus its name.
func TestSharedGenericForm(t *testing.T) {
	fsys := fstest.MapFS{
		"demonyms.tsv": {Data: []byte("country\tname\tdemonyms\tmilitary_acled\tpolice_acled\taliases\tearlier\tcapitals\n" +
			"YE\tYemen\tYemeni\tMilitary Forces of Yemen (2022-)\tPolice Forces of Yemen (2022-)\t\t\tSanaa\n" +
			"CO\tColombia\tColombian\tMilitary Forces of Colombia (2022-)\tPolice Forces of Colombia (2022-)\t\t\tBogota\n" +
			"SO\tSomalia\tSomali\tMilitary Forces of Somalia (2022-)\tPolice Forces of Somalia (2022-)\t\t\tMogadishu\n")},
		"actors.tsv": {Data: []byte("key\tname\tacled\tkind\tcountry\trole\tparent\taliases\n" +
			"yemen_army\tYemeni Armed Forces\tMilitary Forces of Yemen (2022-)\tstate_force\tYE\tparty\t\tYemeni army | National Army\n" +
			"colombian_army\tNational Army of Colombia\tMilitary Forces of Colombia (2022-)\tstate_force\tCO\tparty\t\tColombian army\n" +
			"somali_army\tSomali National Army\tMilitary Forces of Somalia (2022-)\tstate_force\tSO\tparty\t\tSomali army\n")},
	}
	d, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"National Army statement: troops clash with rebels in Argelia, Colombia. The Colombian army said two died.", "National Army of Colombia"},
		{"The National Army said on Monday it retook a hill near Mogadishu, Somalia, from the militants.", "Somali National Army"},
		{"The National Army said on Monday it retook a hill near Taiz, Yemen.", "Yemeni Armed Forces"},
	} {
		doc := text.Parse(tt.text)
		tb := NewTable(doc, d, d.Recognize(doc))
		e, ok := find(tb, "National Army")
		if !ok || e.Name != tt.want {
			t.Errorf("%q: National Army is %+v, want %s", tt.text, e, tt.want)
		}
	}
}

// TestSameCrowd checks that the crowd a protest with no crowd named gets
// is the article's group of that stem when there is one, not a second.
func TestSameCrowd(t *testing.T) {
	d := testDict(t)
	crowd := Mention{Name: "Protesters", Kind: sitrep.KindCivilians, Role: RoleNeutral, Rule: RuleGeneric, Generic: true}
	doc := text.Parse("Sudanese protesters marched on the palace in Khartoum.")
	tb := NewTable(doc, d, d.Recognize(doc))
	e, ok := find(tb, "Sudanese protesters")
	if !ok {
		t.Fatalf("no protesters: %+v", view(doc, tb))
	}
	if id := tb.Add(crowd); id != e.ID {
		t.Errorf("crowd is %s, want the article's protesters %s (%s)", id, e.ID, e.Name)
	}
	doc = text.Parse("Hundreds marched on the palace in Khartoum.")
	tb = NewTable(doc, d, d.Recognize(doc))
	n := len(tb.Entities)
	tb.Add(crowd)
	if len(tb.Entities) != n+1 {
		t.Errorf("no group to join: got %d entities, want %d", len(tb.Entities), n+1)
	}
}

// TestPossessiveForm checks that a form opening with a state's name is
// also found with the possessive ("Syria's Civil Defence").
func TestPossessiveForm(t *testing.T) {
	fsys := fstest.MapFS{
		"demonyms.tsv": {Data: []byte("country\tname\tdemonyms\tmilitary_acled\tpolice_acled\taliases\tearlier\tcapitals\n" +
			"SY\tSyria\tSyrian\tMilitary Forces of Syria (2024-)\tPolice Forces of Syria (2024-)\t\t\tDamascus\n")},
		"actors.tsv": {Data: []byte("key\tname\tacled\tkind\tcountry\trole\tparent\taliases\n" +
			"white_helmets\tSyria Civil Defence\t\tngo\tSY\tindependent\t\tWhite Helmets\n")},
	}
	d, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	doc := text.Parse("The toll rose to 20, Syria's Civil Defence said.")
	tb := NewTable(doc, d, d.Recognize(doc))
	if e, ok := find(tb, "Syria's Civil Defence"); !ok || e.Name != "Syria Civil Defence" {
		t.Errorf("got %+v, want Syria Civil Defence", view(doc, tb))
	}
}
