package attribution

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sitrep/internal/actors"
	"sitrep/internal/text"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func dictionary(tb testing.TB) *actors.Dictionary {
	tb.Helper()
	d, err := actors.Default()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// run returns the claims of s as "cue|source names|content|via names";
// with aliases false the source is its name alone.
func run(d *actors.Dictionary, s string, aliases bool) []string {
	doc := text.Parse(s)
	tab := actors.NewTable(doc, d, d.Recognize(doc))
	var out []string
	for _, c := range Find(doc, tab) {
		src := ""
		if e, ok := tab.Get(c.Source); ok {
			src = e.Name
			if aliases {
				src = strings.Join(append([]string{e.Name}, e.Aliases...), "/")
			}
		}
		var via []string
		for _, v := range c.Via {
			if e, ok := tab.Get(v); ok {
				via = append(via, e.Name)
			}
		}
		out = append(out, fmt.Sprintf("%s|%s|%s|%s", c.Cue, src, doc.Text[c.Content[0]:c.Content[1]], strings.Join(via, ",")))
	}
	return out
}

// TestPatterns checks each attribution pattern: the content, the cue and
// the words the speaker's name must contain.
func TestPatterns(t *testing.T) {
	d := dictionary(t)
	cases := []struct {
		name, in string
		want     []string // cue|source contains|content|via contains
	}{
		{"said that", "Hamas said that Israel had withdrawn its troops from the north.",
			[]string{"said|Hamas|Israel had withdrawn its troops from the north|"}},
		{"said after", "Five people were killed in the strike, the United Nations said.",
			[]string{"said|United Nations|Five people were killed in the strike|"}},
		{"said adding", "The camp was shelled, the United Nations said, adding that two children died.",
			[]string{"said|United Nations|The camp was shelled|", "adding|United Nations|two children died|"}},
		{"according to after", "Ten soldiers were wounded, according to Hamas.",
			[]string{"according to|Hamas|Ten soldiers were wounded|"}},
		{"according to before", "According to the United Nations, 300 families fled the town.",
			[]string{"according to|United Nations|300 families fled the town|"}},
		{"told relay", "A Hamas source told Arabic-language channel Al Jazeera that the talks had collapsed.",
			[]string{"told|Hamas|the talks had collapsed|Al Jazeera"}},
		{"told after apposition", "Two civilians were killed, the district administrator, Ali Musa, told local radio.",
			[]string{"told|Ali Musa|Two civilians were killed|"}},
		{"translated cue", "In a communiqué, the army declared that the attack was repelled. The communiqué precised that four soldiers fell. A military source confided to us that the assailants came on motorcycles.",
			[]string{"declared|army|the attack was repelled|", "precised|army|four soldiers fell|", "confided|military source|the assailants came on motorcycles|"}},
		{"pointed out", "The governor, Colonel Ali Musa, pointed out that 1,500 displaced persons were relocated.",
			[]string{"pointed|Ali Musa|1,500 displaced persons were relocated|"}},
		{"lead-in sentence", "The state health ministry gave new figures on Tuesday. 45 people were killed and 120 wounded.",
			[]string{"gave|health ministry|45 people were killed and 120 wounded|"}},
		{"prepositional tail after a mid-sentence speaker", "Army jets bombed a village held by rebels on Sunday, witnesses and local officials said, in a sharp escalation that observers fear could widen the war.",
			[]string{"said|witnesses|Army jets bombed a village held by rebels on Sunday|"}},
		{"kin as speaker", "Gunmen also abducted a village chief in Kumba, his family said. The teacher was shot dead on his way home, his brother told AFP.",
			[]string{"said|family|Gunmen also abducted a village chief in Kumba|", "told|brother|The teacher was shot dead on his way home|France"}},
		{"company behind a vessel", "The ship's manager, Blue Sea Shipping, said two sailors were missing. The tanker's owner said the crew had been evacuated.",
			[]string{"said|Blue Sea Shipping|two sailors were missing|", "said|owner|the crew had been evacuated|"}},
		{"a country undergoes what it records", "Chad recorded 7,878 violent deaths in 2023, according to police figures, one of the highest murder rates in Africa. The health ministry recorded 45 deaths in the camp.",
			[]string{"according to|Police|Chad recorded 7,878 violent deaths in 2023|", "recorded|Health|45 deaths in the camp|"}},
		{"declaring an emergency is an act", "President Ali Musa declared a 30-day state of emergency on Tuesday after the gang leader escaped from a prison. The army declared that the attack was repelled.",
			[]string{"declared|army|the attack was repelled|"}},
		{"men claiming to belong to a group speak as it", "In a video posted online, masked men claiming to belong to the Red Dragons claimed responsibility for the killings and threatened more attacks \"until the troops withdraw\".",
			[]string{"threatened|Red Dragons|more attacks \"until the troops withdraw|"}},
		{"in what they say: the sentence's subject", "The UN said two ships were hit. The Houthis have attacked more than 50 vessels since November, in what they say is a campaign of solidarity with Palestinians in Gaza.",
			[]string{"said|United Nations|two ships were hit|", "say|Houthi|is a campaign of solidarity with Palestinians in Gaza|"}},
		{"and claiming that: a second statement", "The rebel spokesman Ali Musa claimed responsibility in a statement, saying the group had launched a new offensive and claiming that its fighters had taken control of two highways.",
			[]string{"saying|Ali Musa|the group had launched a new offensive|", "claiming|Ali Musa|its fighters had taken control of two highways|"}},
		{"claimed responsibility and alleged after a statement lead", "In a statement published by ANF, the HPG claimed responsibility for the attack and alleged that \"dozens of soldiers\" were killed. The group's armed wing, the HPG, claimed responsibility for the raid and alleged that three soldiers died.",
			[]string{"alleged|People's Defence Forces|dozens of soldiers\" were killed|", "alleged|People's Defence Forces|three soldiers died|"}},
		{"an appeal for calm is a plea", "The governor appealed for calm in a video message. The governor said the curfew would be lifted.",
			[]string{"said|governor|the curfew would be lifted|"}},
		{"list under a lead", "Somalia update\n\nPartners in the Protection and Return Monitoring Network reported the following displacement:\n- Afgooye: 5,600 people\n- Wanlaweyn: 3,450 people\n\nFighting went on.",
			[]string{"reported|Protection and Return Monitoring Network|the following displacement:\n- Afgooye: 5,600 people\n- Wanlaweyn: 3,450 people|"}},
		{"put the toll at", "Police spokesperson Inspector Lionel Bazile put the toll at \"about 70 dead\", including women.",
			[]string{"put|Lionel Bazile|the toll at \"about 70 dead\", including women|"}},
		{"put no toll", "The army put troops on alert.", nil},
		{"doctor at a hospital", "A doctor at Al-Shifa Hospital said 21 bodies had arrived.",
			[]string{"said|doctor|21 bodies had arrived|"}},
		{"denied", "The RSF denied that its fighters had attacked the hospital.",
			[]string{"denied|RSF|its fighters had attacked the hospital|"}},
		{"did not comment", "The RSF did not comment on the report.", nil},
		{"declined to confirm", "Hamas declined to confirm the deaths.", nil},
		{"in a statement", "In a statement posted on Telegram, the RSF said its forces had taken the base.",
			[]string{"said|Rapid Support Forces|its forces had taken the base|"}},
		{"said in a statement that", "Hamas said in a statement that 12 fighters were killed.",
			[]string{"said|Hamas|12 fighters were killed|"}},
		{"report issued by", "A report issued by the Haaretz newspaper on November 28 showed that 1,000 soldiers were injured.",
			[]string{"showed|Haaretz|1,000 soldiers were injured|"}},
		{"quote after", "\"We will not stop,\" the RSF said.",
			[]string{"said|Rapid Support Forces|We will not stop|"}},
		{"quote before", "Hamas said: \"The enemy has lost dozens of soldiers.\"",
			[]string{"said|Hamas|The enemy has lost dozens of soldiers|"}},
		{"two sentences", "The United Nations said 40 people were killed. It added that aid convoys were blocked.",
			[]string{"said|United Nations|40 people were killed|", "added|United Nations|aid convoys were blocked|"}},
		{"officials said", "Five civilians died in the raid, officials said.",
			[]string{"said|officials|Five civilians died in the raid|"}},
		{"spokesman of body", "RSF spokesman Brigadier General al-Fateh Qurashi said the city had fallen.",
			[]string{"said|Qurashi|the city had fallen|"}},
		{"apposition", "Emergency Lawyers, a group that documents abuses, said 40 civilians had been killed.",
			[]string{"said|Emergency Lawyers|40 civilians had been killed|"}},
		{"relative clause", "The RSF, which has fought the army since April, denied targeting civilians.",
			[]string{"denied|RSF|targeting civilians|"}},
		{"long anonymity clause", "Six soldiers were killed, an army captain who asked not to be named because he was not authorized to speak to the media told reporters.",
			[]string{"told|army captain|Six soldiers were killed|"}},
		{"demand for a thing", "The kidnappers demanded a ransom of 2 million francs. Protesters staged a sit-in, demanding the arrest of the attackers. Gunmen seized 7 passengers and demanded a ransom.", nil},
		{"demand with a clause", "The Kachin Independence Army demanded that the army withdraw from the town.",
			[]string{"demanded|Kachin Independence Army|the army withdraw from the town|"}},
		{"relative clause's own cue", "The authorities blamed the Syrian Democratic Forces (SDF), which denied any role and said the attack was a crime.",
			[]string{"blamed|authorities|the Syrian Democratic Forces (SDF)|", "denied|Syrian Democratic Forces|any role|", "said|Syrian Democratic Forces|the attack was a crime|"}},
		{"headline skipped", "Hamas says 20 soldiers killed\n\nThe fighting went on.", nil},
		{"data from", "Data from the United Nations showed that 2,000 people fled in May.",
			[]string{"showed|United Nations|2,000 people fled in May|"}},
		{"possessive spokesman", "Hamas's spokesman said the ceasefire had collapsed.",
			[]string{"said|Hamas|the ceasefire had collapsed|"}},
		{"source in", "A source in Hamas told Reuters that the talks had stalled.",
			[]string{"told|Hamas|the talks had stalled|Reuters"}},
		{"citing", "Al Jazeera reported, citing Hamas, that 30 soldiers were wounded.",
			[]string{"reported|Hamas|30 soldiers were wounded|Al Jazeera"}},
		{"quoted as saying", "Reuters quoted the United Nations as saying that aid had stopped.",
			[]string{"saying|United Nations|aid had stopped|Reuters"}},
		{"army spokesman unnamed", "The RSF shelled the camp. An army spokesman said 12 civilians died.",
			[]string{"said|army|12 civilians died|"}},
		{"denied that", "Hamas denied that it had fired the rocket.",
			[]string{"denied|Hamas|it had fired the rocket|"}},
		{"did not respond", "The Israeli army did not respond to a request for comment.", nil},
		{"states after a place list", "Over 40,000 people fled Kano, Kaduna and Katsina states, according to the United Nations.",
			[]string{"according to|United Nations|Over 40,000 people fled Kano, Kaduna and Katsina states|"}},
		{"member states", "Troops from two states and several member states arrived.",
			nil},
		{"states that", "Hamas states that 40 people died.",
			[]string{"states|Hamas|40 people died|"}},
		{"where X warned of", "Families fled to the camp, where the United Nations warned last week of severe food shortages.",
			[]string{"warned|United Nations|severe food shortages|"}},
		{"warned on the night of", "Hamas warned in a statement on the night of 5 May that the camp was shelled.",
			[]string{"warned|Hamas|the camp was shelled|"}},
		{"object relative clause", "The RSF, which the United Nations blamed for the massacre, announced on Monday that it would open corridors.",
			[]string{"blamed|United Nations|for the massacre|", "announced|Rapid Support Forces|it would open corridors|"}},
		{"whom X accused of", "Hamas, whom the Israeli army accused of hiding in tunnels, said its fighters had withdrawn.",
			[]string{"accused|Israel|of hiding in tunnels|", "said|Hamas|its fighters had withdrawn|"}},
		{"with X saying", "Shelling hit the market on Friday, with witnesses saying that at least six traders were killed.",
			[]string{"saying|witnesses|at least six traders were killed|"}},
		{"with no speaker", "He walked home with his children saying nothing.", nil},
		{"trailing source after a long clause", "KHARTOUM (Sudan Tribune) 3 June 2024: At least 12 people, including two children, were killed in shelling on a market in the town of Babanusa that started on Sunday evening and continued into Monday, the United Nations said.",
			[]string{"said|United Nations|At least 12 people, including two children, were killed in shelling on a market in the town of Babanusa that started on Sunday evening and continued into Monday|"}},
		{"role, name, said clause", "The army spokesman, Lieutenant Ali Musa, said the soldiers would face a military court.",
			[]string{"said|Ali Musa|the soldiers would face a military court|"}},
		{"inverted speaker still read", "\"We will fight,\" said the commander of the brigade.",
			[]string{"said|commander|We will fight|"}},
		{"gerund after a time lead and apposition", "On Wednesday, the army's spokesman, Ali Musa, ordered residents to leave, saying militants had fired rockets from the area.",
			[]string{"saying|Ali Musa|militants had fired rockets from the area|"}},
		{"gerund after a dated lead", "On 3 May, Hamas fired rockets, saying the strike avenged its leaders.",
			[]string{"saying|Hamas|the strike avenged its leaders|"}},
		{"title as a modifier is no person", "IAEA Director General Rafael Grossi warned that safety was at risk. The Ukrainian General Staff said 47 assaults were repelled.",
			[]string{"warned|Rafael Grossi|safety was at risk|", "said|Ukraine|47 assaults were repelled|"}},
		{"title heading the phrase", "Governor Ali Musa visited the camp. The governor said 300 families had arrived.",
			[]string{"said|Ali Musa|300 families had arrived|"}},
		{"regional body is not the state", "Russia's Defense Ministry claimed that its troops took the town. About 1,200 people left Pokrovsk district, the regional administration reported.",
			[]string{"claimed|Russia|its troops took the town|", "reported|regional administration|About 1,200 people left Pokrovsk district|"}},
		{"regional body named before", "The Donetsk Regional Military Administration said 3 people died. Later the regional administration reported that 1,200 people left.",
			[]string{"said|Donetsk Regional Military Administration|3 people died|", "reported|Donetsk Regional Military Administration|1,200 people left|"}},
		{"place-named body is its own", "The Palestinian Ministry of Health said 3 people died. Bulldozers have destroyed most internal roads, the Jenin Municipality reported.",
			[]string{"said|Palestinian Ministry of Health|3 people died|", "reported|Jenin Municipality|Bulldozers have destroyed most internal roads|"}},
		{"place-named body named before", "The Gaza Health Ministry said 3 people died. Later the Gaza health ministry said 40 were wounded.",
			[]string{"said|Gaza Health Ministry|3 people died|", "said|Gaza Health Ministry|40 were wounded|"}},
		{"partners reported", "About 1,700 people fled the camp, mostly to relatives in the city, partners reported.",
			[]string{"reported|partners|About 1,700 people fled the camp, mostly to relatives in the city|"}},
		{"body in a party-run place", "The offensive has killed at least 41,391 people, according to the health ministry in the Hamas-run territory.",
			[]string{"according to|inistry|The offensive has killed at least 41,391 people|"}},
		{"body in an army-held town", "At least 12 people died, the authorities in the army-held town said.",
			[]string{"said|authorities|At least 12 people died|"}},
		{"name, role, apposition, told", "Ali Musa, a member of the Civilian Joint Task Force, a government-allied militia, told Reuters that the attackers shot the farmers.",
			[]string{"told|Ali Musa|the attackers shot the farmers|Reuters"}},
		{"witnesses report what they saw", "Residents of the town reported tank and mortar fire near the refinery.",
			[]string{"reported|esidents|tank and mortar fire near the refinery|"}},
		{"a body reporting for duty", "The army reported for duty.", nil},
		{"citing aside", "Al Jazeera, citing medical sources, said 12 people were killed.",
			[]string{"said|medical sources|12 people were killed|Al Jazeera"}},
		{"said on its channel", "The group said on its Telegram channel it had shot down a drone.",
			[]string{"said|group|it had shot down a drone|"}},
		{"told an audience then a pronoun clause", "Residents of the town told this newspaper they heard gunfire for more than an hour.",
			[]string{"told|esidents|they heard gunfire for more than an hour|"}},
		{"denied responsibility", "The army accused the RSF of shelling the town; the RSF denied responsibility.",
			[]string{"accused|Sudanese Armed Forces|the RSF of shelling the town|", "denied|Rapid Support Forces|responsibility|"}},
		{"claimed responsibility is no claim", "Hamas claimed responsibility for the attack.", nil},
		{"aside with a quoted nickname", "The RSF, led by Mohamed \"Hemedti\" Dagalo, said its forces had taken the base.",
			[]string{"said|Rapid Support Forces|its forces had taken the base|"}},
		{"attributed to", "The state prosecutor's office attributed the attack to a dispute between two cartels.",
			[]string{"attributed|prosecutor|the attack to a dispute between two cartels|"}},
		{"quote, role, name, said", "\"We fought,\" the spokesman, Ali Musa, said.",
			[]string{"said|Ali Musa|We fought|"}},
		{"weak cue after and with no claim", "The RSF shelled the camp and added more troops.", nil},
		{"weak cue after and with that", "The RSF shelled the camp and added that it would press on.",
			[]string{"added|Rapid Support Forces|it would press on|"}},
		{"short form of an earlier long name", "The General Staff of the Armed Forces of Ukraine reported 127 clashes. The enemy lost 252 servicemen, according to the General Staff.",
			[]string{"reported|Armed Forces of Ukraine|127 clashes|", "according to|Armed Forces of Ukraine|The enemy lost 252 servicemen|"}},
		{"short form of an earlier long name, mirrored", "The General Staff of the Rapid Support Forces reported 12 clashes. The enemy lost 40 fighters, according to the General Staff.",
			[]string{"reported|Rapid Support Forces|12 clashes|", "according to|Rapid Support Forces|The enemy lost 40 fighters|"}},
		{"speaker reached by phone", "A resident of Rubaya reached by phone said gunfire lasted until noon.",
			[]string{"said|resident of Rubaya|gunfire lasted until noon|"}},
		{"broadcast shows footage", "Al Jazeera television on Thursday showed soldiers hoisting a flag over the town hall.", nil},
		{"broadcast shows a finding", "Al Jazeera television showed that the hospital had been hit twice.",
			[]string{"showed|Al Jazeera|the hospital had been hit twice|"}},
		{"speaker of a kept-less cue goes on after and", "The armed wing of Hamas confirmed his death and said its fighters had ambushed the patrol.",
			[]string{"said|Hamas|its fighters had ambushed the patrol|"}},
		{"speaker of a kept-less cue goes on, mirrored", "The military spokesman of the Israeli army confirmed his death and said its soldiers had ambushed the cell.",
			[]string{"said|Israel|its soldiers had ambushed the cell|"}},
		{"a second statement is its first one's issuer's", "In a statement, Hamas said its fighters had destroyed two tanks near Gaza City. The Israeli army said its troops had withdrawn from the area. According to a second statement, the fighters also shot down a drone.",
			[]string{"said|Hamas|its fighters had destroyed two tanks near Gaza City|", "said|Israel|its troops had withdrawn from the area|", "according to|Hamas|the fighters also shot down a drone|"}},
		{"a second statement, mirrored", "In a statement, the Israeli army said its soldiers had destroyed two launchers near Khan Younis. Hamas said its fighters had withdrawn from the area. According to a second statement, the soldiers also shot down a drone.",
			[]string{"said|Israel|its soldiers had destroyed two launchers near Khan Younis|", "said|Hamas|its fighters had withdrawn from the area|", "according to|Israel|the soldiers also shot down a drone|"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := run(d, c.in, true)
			if len(got) != len(c.want) {
				t.Fatalf("got %d claims %q, want %d", len(got), got, len(c.want))
			}
			for i, w := range c.want {
				g := strings.Split(got[i], "|")
				x := strings.Split(w, "|")
				if g[0] != x[0] || !strings.Contains(g[1], x[1]) || g[2] != x[2] || !strings.Contains(g[3], x[3]) {
					t.Errorf("claim %d: got %q, want %q", i, got[i], w)
				}
			}
		})
	}
}

// TestGolden runs every paragraph of testdata/cases.txt and compares the
// claims with testdata/cases.golden (go test -update rewrites it).
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
		for _, c := range run(d, para, false) {
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
		t.Errorf("claims differ from %s; run go test -update and review the diff", golden)
	}
}

func FuzzFind(f *testing.F) {
	d := dictionary(f)
	for _, s := range []string{"Hamas said that 5 people died.", "\"Yes,\" he said.", "according to", ", said", "\"", "In a statement, X said", "It added that", "told"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc := text.Parse(s)
		tab := actors.NewTable(doc, d, d.Recognize(doc))
		for _, c := range Find(doc, tab) {
			if c.Content[0] < 0 || c.Content[1] > len(s) || c.Content[0] >= c.Content[1] || c.First >= c.Last {
				t.Fatalf("bad content %v in %q", c.Content, s)
			}
			if _, ok := tab.Get(c.Source); !ok {
				t.Fatalf("source %q not in table", c.Source)
			}
		}
	})
}

// benchArticle is a wire story of about 3.5 KB: two dev articles.
func benchArticle(b *testing.B) string {
	var s strings.Builder
	for _, n := range []string{"a01", "b02"} {
		body, err := os.ReadFile("../../testdata/dev/" + n + ".txt")
		if err != nil {
			b.Skip(err)
		}
		s.Write(body)
		s.WriteString("\n\n")
	}
	return s.String()
}

// BenchmarkFind times Find with the entity table it fills; subtract
// BenchmarkNewTable for Find alone.
func BenchmarkFind(b *testing.B) {
	d := dictionary(b)
	body := benchArticle(b)
	doc := text.Parse(body)
	ms := d.Recognize(doc)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		Find(doc, actors.NewTable(doc, d, ms))
	}
}

// BenchmarkCorpus runs Find and Headlines over every dev article, as the
// pipeline does. For an exact count of the stage's instructions, run it
// under valgrind with the collector off (a collection switches goroutines,
// which callgrind books to the function it interrupted):
//
//	go test -c -o /tmp/a.test ./internal/attribution
//	GOGC=off valgrind --tool=callgrind --toggle-collect='sitrep/internal/attribution.find' \
//	  /tmp/a.test -test.run='^$' -test.bench=Corpus -test.benchtime=3x
func BenchmarkCorpus(b *testing.B) {
	d := dictionary(b)
	type input struct {
		doc *text.Doc
		ms  []actors.Mention
	}
	var ins []input
	n := 0
	for _, body := range devArticles(b) {
		doc := text.Parse(body)
		ins = append(ins, input{doc, d.Recognize(doc)})
		n += len(body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			tab := actors.NewTable(in.doc, d, slices.Clone(in.ms))
			Find(in.doc, tab)
			Headlines(in.doc, tab)
		}
	}
}

func BenchmarkNewTable(b *testing.B) {
	d := dictionary(b)
	body := benchArticle(b)
	doc := text.Parse(body)
	ms := d.Recognize(doc)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		actors.NewTable(doc, d, ms)
	}
}

// BenchmarkScale runs Find on 1, 16 and 128 copies of the benchmark
// article: time per byte must stay flat (Find is linear in the document).
func BenchmarkScale(b *testing.B) {
	d := dictionary(b)
	one := benchArticle(b)
	for _, n := range []int{1, 16, 128} {
		body := strings.Repeat(one, n)
		doc := text.Parse(body)
		ms := d.Recognize(doc)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				Find(doc, actors.NewTable(doc, d, ms))
			}
		})
	}
}

// BenchmarkRunOn runs Find on one 400 KB line of claims with no full stop:
// the time per byte must match BenchmarkScale's.
func BenchmarkRunOn(b *testing.B) {
	d := dictionary(b)
	body := strings.Repeat("Hamas said 5 people died, the United Nations said, adding that ", 6000)
	doc := text.Parse(body)
	ms := d.Recognize(doc)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Find(doc, actors.NewTable(doc, d, ms))
	}
}

// devArticles returns the texts of the dev articles; with none there, tb
// is skipped.
func devArticles(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob("../../testdata/dev/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Skip("no dev articles")
	}
	var out []string
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(body))
	}
	return out
}

// wrap hard-wraps every line of s at width columns, as some feeds do.
func wrap(s string, width int) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		n := 0
		for j, w := range strings.Fields(line) {
			if j > 0 && n+1+len(w) > width {
				b.WriteByte('\n')
				n = 0
			} else if j > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += len(w)
		}
	}
	return b.String()
}

// TestHardWrap checks that hard-wrapped copy keeps its claims: a line
// break inside a sentence is no boundary.
func TestHardWrap(t *testing.T) {
	d := dictionary(t)
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	kept, total := 0, 0
	for _, b := range devArticles(t) {
		got := map[string]bool{}
		for _, c := range run(d, wrap(b, 70), false) {
			got[norm(c)] = true
		}
		for _, c := range run(d, b, false) {
			total++
			if got[norm(c)] {
				kept++
			}
		}
	}
	if r := float64(kept) / float64(total); r < 0.85 {
		t.Errorf("hard-wrapped copy kept %d of %d claims (%.2f)", kept, total, r)
	} else {
		t.Logf("hard-wrapped copy kept %d of %d claims (%.2f)", kept, total, r)
	}
}

// secondSpeakerOwnSide checks that each text gives two claims and that the
// second one's speaker is a party speaking for itself.
func secondSpeakerOwnSide(t *testing.T, ins []string) {
	t.Helper()
	d := dictionary(t)
	for _, in := range ins {
		doc := text.Parse(in)
		tab := actors.NewTable(doc, d, d.Recognize(doc))
		cs := Find(doc, tab)
		if len(cs) != 2 {
			t.Fatalf("%q: got %d claims, want 2", in, len(cs))
		}
		e, ok := tab.Get(cs[1].Source)
		if !ok || e.SpeaksFor != "" || !e.Party {
			t.Errorf("%q: head speaker %+v, want a party speaking for itself", in, e)
		}
	}
}

// TestRelativeAside checks that a relative clause with a speaker of its
// own between a subject and its cue lends the subject nothing: the head
// speaks for itself, not for the body named in the clause.
func TestRelativeAside(t *testing.T) {
	secondSpeakerOwnSide(t, []string{
		"The RSF, which the United Nations blamed for the massacre, announced that it would open corridors.",
		"Hamas, whom Washington accused of hiding in tunnels, said its fighters had withdrawn.",
	})
}

// TestGenericWithAside checks that generic speakers named with a place and
// an aside ("Residents of X, now deserted, said") stay generic, not a
// person called "Residents of X".
func TestGenericWithAside(t *testing.T) {
	d := dictionary(t)
	in := "Residents of Beit Lahia, now largely deserted, said at least four houses were levelled."
	doc := text.Parse(in)
	tab := actors.NewTable(doc, d, d.Recognize(doc))
	cs := Find(doc, tab)
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1", len(cs))
	}
	if e, ok := tab.Get(cs[0].Source); !ok || e.Kind == "person" {
		t.Errorf("source %+v, want residents as a generic speaker", e)
	}
}

// TestAcronymAlias checks that an unnamed speaker whose phrase spells a
// body with its bracketed acronym is also known by the short form.
func TestAcronymAlias(t *testing.T) {
	d := dictionary(t)
	in := "A local Karen National Union (KNU) commander said three villagers were killed."
	doc := text.Parse(in)
	tab := actors.NewTable(doc, d, d.Recognize(doc))
	cs := Find(doc, tab)
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1", len(cs))
	}
	e, ok := tab.Get(cs[0].Source)
	if !ok || !contains(e.Aliases, "KNU commander") {
		t.Errorf("source %+v, want the alias %q", e, "KNU commander")
	}
}

// TestBodyWithMediaAside checks that a named party whose statement "was
// carried by" some media keeps its own side: the aside names the carrier,
// not a body the party speaks for. Each side of several conflicts alike.
func TestBodyWithMediaAside(t *testing.T) {
	secondSpeakerOwnSide(t, []string{
		"Israeli media said four soldiers were killed. Hezbollah, in a statement carried by Israeli media, said it was investigating.",
		"Lebanese media said four soldiers were killed. The Israeli army, in a statement carried by Lebanese media, said it was investigating.",
		"State media said four soldiers were killed. The RSF, in a statement carried by state media, said its fighters had withdrawn.",
		"State media said four soldiers were killed. The SAF, in a statement carried by state media, said its fighters had withdrawn.",
	})
}

// "it" after a sentence whose subject is a new body, making no claim of
// its own, stands for that body, not for the last speaker; either side.
func TestPronounAfterNewSubject(t *testing.T) {
	d := dictionary(t)
	cases := []struct{ in, want string }{
		{"The army said three rebels were killed. The ELN gave a different account. Its fighters had been attacked, it said.", "National Liberation Army"},
		{"The ELN said three soldiers were killed. The Colombian army gave a different account. Its troops had been attacked, it said.", "National Army of Colombia"},
		{"Hamas said three soldiers were killed. The Israeli army gave a different account. Its troops had withdrawn, it said.", "Israel Defense Forces"},
		{"The Israeli army said three fighters were killed. Hamas gave a different account. Its fighters had withdrawn, it said.", "Hamas"},
		// The last speaker stays when the sentence between made no turn.
		{"The army said three rebels were killed. Fighting went on overnight. Its troops held the town, it said.", "army"},
	}
	for _, tt := range cases {
		got := run(d, tt.in, false)
		if len(got) != 2 || strings.Split(got[1], "|")[1] != tt.want {
			t.Errorf("%q: got %q, want the second claim by %s", tt.in, got, tt.want)
		}
	}
}

// A definite "the <demonym> <group noun>" points back at that state's
// group the article named instead of a new unnamed body.
func TestDemonymGroupBackRef(t *testing.T) {
	d := dictionary(t)
	cases := []struct{ in, want string }{
		{"The governor blamed al-Shabaab militants for the blast. The Somali militant group claimed the attack, saying its fighters had killed seven soldiers.", "Al-Shabaab"},
		{"The governor blamed Boko Haram fighters for the blast. The Nigerian militant group claimed the attack, saying its fighters had killed seven soldiers.", "Boko Haram"},
	}
	for _, tt := range cases {
		got := run(d, tt.in, false)
		if len(got) < 1 || !strings.Contains(got[len(got)-1], "|"+tt.want) {
			t.Errorf("%q: got %q, want the last claim by %s", tt.in, got, tt.want)
		}
	}
}

// An act cue coordinated inside a reported "that" clause belongs to the
// clause ("… that the abductors had called the families and demanded a
// ransom"); followed by its own "that" it is a second statement.
func TestActInsideClause(t *testing.T) {
	d := dictionary(t)
	cases := []struct {
		in   string
		want int
	}{
		{"The farmer added that the abductors had since called the families and demanded N50 million ransom.", 1},
		{"The spokesman said that the rebels had burned the village and vowed revenge on the army.", 1},
		{"The spokesman said that the rebels had burned the village and demanded that the army withdraw.", 2},
	}
	for _, tt := range cases {
		if got := run(d, tt.in, false); len(got) != tt.want {
			t.Errorf("%q: got %q, want %d claims", tt.in, got, tt.want)
		}
	}
}

// "…, and claimed that …" after a first statement is a second statement
// of the same speaker, whichever side speaks.
func TestAndWeakCueThat(t *testing.T) {
	d := dictionary(t)
	for _, in := range []string{
		"The TTP denied that any of its fighters had been killed, and claimed that its men had attacked a check post.",
		"The army denied that any of its soldiers had been killed, and claimed that its troops had attacked a militant hideout.",
	} {
		got := run(d, in, false)
		if len(got) != 2 || !strings.HasPrefix(got[1], "claimed|") {
			t.Errorf("%q: got %q, want a denial and a second claim", in, got)
		}
	}
}

// "<person>'s group" speaking is the armed group the person leads, not
// the person.
func TestLeadersGroup(t *testing.T) {
	d := dictionary(t)
	for _, in := range []string{
		"The SSA fought a local group loyal to Mohamed Bahroun. Bahroun's group denied the accusations.",
		"Troops fought fighters led by Halilu Buzu. Buzu's group denied the accusations.",
	} {
		doc := text.Parse(in)
		tab := actors.NewTable(doc, d, d.Recognize(doc))
		cs := Find(doc, tab)
		if len(cs) != 1 {
			t.Fatalf("%q: got %d claims, want 1", in, len(cs))
		}
		if e, ok := tab.Get(cs[0].Source); !ok || e.Kind != "armed_group" {
			t.Errorf("%q: speaker %+v, want an armed group", in, e)
		}
	}
}

// A trailing "according to X" after a contrasting clause of another
// speaker's statement sources that clause, whoever speaks.
func TestAccordingAfterContrast(t *testing.T) {
	d := dictionary(t)
	for _, in := range []string{
		"The Lebanese health ministry said the strikes had killed 2,309 people, while the number of displaced in shelters exceeded 190,000, according to the emergency committee.",
		"The Israeli army said the rockets had wounded 12 people, while the number of evacuated residents exceeded 60,000, according to the Home Front Command.",
	} {
		got := run(d, in, false)
		if len(got) != 2 || !strings.HasPrefix(got[1], "according to|") || !strings.Contains(got[1], "|the number of") {
			t.Errorf("%q: got %q, want a second claim for the contrasting clause", in, got)
		}
	}
}

// An outlet that "reported" a noun phrase of some length states what it
// saw, also after ", while" inside another speaker's statement.
func TestMediaReportedNP(t *testing.T) {
	d := dictionary(t)
	for _, in := range []string{
		"The health ministry said the strikes had caused no casualties, while the National News Agency reported heavy damage to at least six buildings.",
		"The army said the rockets had caused no casualties, while the Times of Israel reported heavy damage to at least six buildings.",
	} {
		got := run(d, in, false)
		if len(got) != 2 || !strings.HasPrefix(got[1], "reported|") || !strings.HasSuffix(got[1], "|heavy damage to at least six buildings|") {
			t.Errorf("%q: got %q, want the outlet's report as a second claim", in, got)
		}
	}
}

// linesByToken is lines as it was first written, asking every token for a
// line break; lines must split exactly as it does.
func linesByToken(doc *text.Doc) []text.Sentence {
	var out []text.Sentence
	for _, s := range doc.Sentences {
		first := s.First
		for i := s.First + 1; i < s.Last; i++ {
			if doc.Tokens[i].Newlines > 0 && headingBreak(doc, i) || i-first >= maxSentence {
				out = append(out, text.Sentence{Start: doc.Tokens[first].Start, End: doc.Tokens[i-1].End, First: first, Last: i, Para: s.Para})
				first = i
			}
		}
		out = append(out, text.Sentence{Start: doc.Tokens[first].Start, End: s.End, First: first, Last: s.Last, Para: s.Para})
	}
	return out
}

// TestLinesByBreaks checks lines against linesByToken on the dev corpus,
// hard-wrapped copy and run-on lines past maxSentence.
func TestLinesByBreaks(t *testing.T) {
	ins := []string{
		"18:40 – Over 1,700 evacuated, governor says\nKharkiv Oblast Governor said the city was hit.\n\nNext",
		strings.Repeat("word ", 3*maxSentence) + "\nNew line " + strings.Repeat("x ", maxSentence) + "\n\nEnd.",
		strings.Repeat("Hamas said\n", 2*maxSentence),
		"\n\r\n a\n\nb \n\u2028c\n",
	}
	for _, body := range devArticles(t) {
		ins = append(ins, body, wrap(body, 60))
	}
	for _, in := range ins {
		doc := text.Parse(in)
		got, want := lines(doc), linesByToken(doc)
		if !slices.Equal(got, want) {
			t.Fatalf("lines of %.60q: got %d pieces, want %d", in, len(got), len(want))
		}
	}
}

// TestHasWordASCII holds hasWordASCII to a plain reading of its rule: w
// matches at a place, case folded, with no letter on either side.
func TestHasWordASCII(t *testing.T) {
	plain := func(s, w string) bool {
		for i := 0; i+len(w) <= len(s); i++ {
			if (i > 0 && isLetter(s[i-1])) || (i+len(w) < len(s) && isLetter(s[i+len(w)])) {
				continue
			}
			if strings.EqualFold(s[i:i+len(w)], w) && !strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				return true
			}
		}
		return false
	}
	names := []string{"", "Office for the Coordination of Humanitarian Affairs", "OFFICE", "the office's",
		"Médecins Sans Frontières", "Al-Shabaab", "officeholder", "back-office", "Governor Babagana Zulum", "x"}
	words := []string{"office", "governor", "shabaab", "decins", "x", "", "Office", "'s", "the"}
	for _, s := range names {
		for _, w := range words {
			if got, want := hasWordASCII(s, w), plain(s, w); got != want {
				t.Errorf("hasWordASCII(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestPlaceIsNoSpeaker checks that the region a governor or official is
// "of" is no entity: a capitalised run before a place noun names a place.
func TestPlaceIsNoSpeaker(t *testing.T) {
	d := dictionary(t)
	for _, in := range []string{
		"The Governor of the South-West region, Bernard Okalia Bilai, said the students were freed.",
		"The governor of Nord-Kivu province, Jean Mbala, said 12 people died.",
		"\"They were shot,\" said Jane Roe, senior Sahel researcher at the New York-based group.",
	} {
		doc := text.Parse(in)
		tab := actors.NewTable(doc, d, d.Recognize(doc))
		cs := Find(doc, tab)
		if len(cs) != 1 {
			t.Fatalf("%q: got %d claims, want 1", in, len(cs))
		}
		for _, e := range tab.Entities {
			if e.Kind == "person" && !strings.Contains(in, e.Name+",") {
				t.Errorf("%q: person %q is a place", in, e.Name)
			}
		}
		if e, ok := tab.Get(cs[0].Source); !ok || e.Kind != "person" {
			t.Errorf("%q: source %+v, want the governor", in, e)
		}
	}
}

// TestDemandMakesNoSpeaker checks that a demand for a thing, which is no
// claim, leaves no speaker entity behind either.
func TestDemandMakesNoSpeaker(t *testing.T) {
	d := dictionary(t)
	in := "In Parachinar, hundreds of people have been staging a sit-in since Monday, demanding the arrest of the attackers."
	doc := text.Parse(in)
	tab := actors.NewTable(doc, d, d.Recognize(doc))
	if cs := Find(doc, tab); len(cs) != 0 {
		t.Errorf("got %d claims, want none", len(cs))
	}
	for _, e := range tab.Entities {
		if e.Kind == "person" {
			t.Errorf("person %q made from a demand's subject", e.Name)
		}
	}
}
