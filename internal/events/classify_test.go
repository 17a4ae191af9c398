package events

import (
	"slices"
	"strings"
	"testing"

	"sitrep"
	"sitrep/internal/text"
)

// TestClassify covers how a clause's trigger and arguments settle the
// event type: who is targeted, what was taken, what was stopped.
func TestClassify(t *testing.T) {
	town := plc{"Kaya", "Kaya", 13.09, -1.08, 5}
	day := []tim{{"on Sunday", "2024-05-12"}}
	tests := []struct {
		name string
		text string
		want []string // "type|sub" per event
	}{
		{"militants killing farmers target civilians",
			"Suspected militants killed at least 40 farmers near Kaya on Sunday.",
			[]string{"Violence against civilians|Attack"}},
		{"soldiers killed in the passive are a battle",
			"Twelve soldiers were killed near Kaya on Sunday, the army said.",
			[]string{"Battles|Armed clash"}},
		{"fire opened on a crowd is an attack on it",
			"Troops opened fire on crowds gathered around aid trucks near Kaya on Sunday.",
			[]string{"Violence against civilians|Attack"}},
		{"police firing on a crowd use excessive force",
			"Police opened fire on a crowd that tried to break into an armoury in Kaya on Sunday.",
			[]string{"Protests|Excessive force against protesters"}},
		{"tear gas shells are no shelling",
			"Police fired tear gas shells and then opened fire on a crowd in Kaya on Sunday.",
			[]string{"Protests|Excessive force against protesters"}},
		{"captives marched off are no protest",
			"Gunmen abducted 12 villagers in Kaya on Sunday and marched the captives into the bush.",
			[]string{"Violence against civilians|Abduction/forced disappearance"}},
		{"a march through a town is a protest",
			"Dozens of women marched through Kaya on Sunday to demand the release of hostages.",
			[]string{"Protests|Peaceful protest"}},
		{"a crowd that storms is a riot",
			"Protesters stormed the governor's office in Kaya on Sunday.",
			[]string{"Riots|Violent demonstration"}},
		{"storming a town and shooting residents",
			"Fighters stormed Kaya on Sunday and shot residents in their homes.",
			[]string{"Violence against civilians|Attack"}},
		{"a repelled attack is a battle",
			"The army repelled an attack on villages near Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"capture of a town",
			"Rebels captured the town of Kaya on Sunday.",
			[]string{"Battles|Non-state actor overtakes territory"}},
		{"capture of people is an arrest",
			"Troops captured four members of the group near Kaya on Sunday.",
			[]string{"Strategic developments|Arrests"}},
		{"seized goods take no ground",
			"Police seized weapons and drugs in Kaya on Sunday.",
			nil},
		{"a place named before a passive capture",
			"On Sunday, Kaya was recaptured by rebels.",
			[]string{"Battles|Non-state actor overtakes territory"}},
		{"detention is an arrest",
			"Security forces detained a journalist in Kaya on Sunday.",
			[]string{"Strategic developments|Arrests"}},
		{"intercepted drones are no strike",
			"Air defences shot down 30 drones over Kaya on Sunday.",
			nil},
		{"freed hostages are no abduction",
			"Troops killed 17 rebels and freed 23 hostages near Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"hostages taken are an abduction",
			"Gunmen took 20 hostages in Kaya on Sunday.",
			[]string{"Violence against civilians|Abduction/forced disappearance"}},
		{"a hit with no weapon and no victim is nothing",
			"The ship was hit near Kaya on Sunday.",
			nil},
		{"a hit with a weapon later in the clause is a strike",
			"The group targeted a camp in Kaya on Sunday with a squadron of drones.",
			[]string{"Explosions/Remote violence|Air/drone strike"}},
		{"a single shell is shelling",
			"A shell hit a displacement site in Kaya on Sunday.",
			[]string{"Explosions/Remote violence|Shelling/artillery/missile attack"}},
		{"a charge about conduct in quotes is no event",
			`The army accused the group of "deliberately shelling homes" in Kaya on Sunday.`,
			nil},
		{"gunmen killing people in a bar target civilians",
			"Gunmen kill nine in a bar in Kaya on Sunday.",
			[]string{"Violence against civilians|Attack"}},
		{"armed men killed are a fight",
			"Police killed at least 28 suspected gang members in Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"a hospital's intake is no act",
			"The hospital in Kaya received 45 wounded people on Sunday.",
			nil},
		{"headline verbs in the present",
			"Bandits abduct 42 worshippers, kill three in Kaya on Sunday.",
			[]string{"Violence against civilians|Abduction/forced disappearance"}},
		{"struck with no weapon named is an air strike",
			"The army struck militants in a command centre in Kaya on Sunday.",
			[]string{"Explosions/Remote violence|Air/drone strike"}},
		{"the first target named decides",
			"Fighters stormed Kaya on Sunday and shot residents in reprisal for the defection of a commander of the Shield Forces.",
			[]string{"Violence against civilians|Attack"}},
		{"a protest against strikes is a protest",
			"Thousands demonstrated in Kaya on Sunday against the air strikes.",
			[]string{"Protests|Peaceful protest"}},
		{"a flash mob is a protest",
			"About 10 youths staged a flash mob protest in Kaya on Sunday.",
			[]string{"Protests|Peaceful protest"}},
		{"occupation of a town is taken ground",
			"Insurgents occupied the district headquarters in Kaya on Sunday.",
			[]string{"Battles|Non-state actor overtakes territory"}},
		{"an occupied place is no capture",
			"Residents of the occupied town of Kaya said on Sunday that prices had risen.",
			nil},
		{"the clause's own act beats a reference to a known one",
			"Prosecutors in Kaya said on Sunday they had detained two suspects believed to have been used in the attack.",
			[]string{"Strategic developments|Arrests"}},
		{"gunmen doing nothing violent are no event",
			"Gunmen also set up checkpoints on the road near Kaya on Sunday.",
			nil},
		{"weeks of attacks are a period, not an act",
			"It is the culmination of weeks of attacks on health facilities in Kaya.",
			nil},
		{"an assault group is a unit, not an attack on villages",
			"The army repelled 11 counter-attacks by assault groups near the villages of Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"a village near which troops attack is where, not whom",
			"Troops carried out 18 assaults near the village of Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"the first victim after the verb is its object",
			"The group said its fighters had killed more than 40 people it accused of spying for the army near Kaya on Sunday.",
			[]string{"Violence against civilians|Attack"}},
		{"a quoted attack repelled is a battle",
			`The group said it had repelled "a wide-scale attack" on villages near Kaya on Sunday.`,
			[]string{"Battles|Armed clash"}},
		{"fighting fled from is a cause, not an act",
			"Families who fled fighting in Kaya arrived in the capital on Sunday.",
			nil},
		{"fighting a place has seen is a state",
			"Kaya has seen heavy fighting, officials said on Sunday.",
			nil},
		{"an act blamed on a group and operations suspended are no events",
			"The militia, which the government blamed for the attack, said on Sunday it was suspending military operations in Kaya.",
			nil},
		{"a claim of responsibility is no second act",
			"The group claimed responsibility for the attack in a statement from Kaya on Sunday.",
			nil},
		{"an act in retaliation for another names the first as cause",
			"Troops shelled positions near Kaya on Sunday in retaliation for an ambush.",
			[]string{"Explosions/Remote violence|Shelling/artillery/missile attack"}},
		{"confronting an advance is a battle",
			"Fighters confronted an attempt by troops to advance on Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"another hit after a strike is the strike",
			"One strike destroyed a depot in Kaya on Sunday and another hit a militia camp.",
			[]string{"Explosions/Remote violence|Air/drone strike"}},
		{"hostages rescued were not taken",
			"Troops rescued 136 kidnapped hostages in Kaya on Sunday.",
			nil},
		{"a later death from injuries is no act",
			"The hospital in Kaya said on Sunday that 208 of them died of their injuries.",
			nil},
		{"an investigation into killings is no act",
			"The prosecutor in Kaya said on Sunday he had opened an investigation into the killings.",
			nil},
		{"territory held by a side is no capture",
			"The general vowed in Kaya on Sunday to retake every inch of territory seized by the rebels.",
			nil},
		{"a protest against a party's strikes is a protest",
			"On Sunday, thousands demonstrated in Kaya against the US-UK strikes.",
			[]string{"Protests|Peaceful protest"}},
		{"a war's running total is no act",
			"The offensive has killed at least 41,391 people in Kaya, according to the health ministry on Sunday.",
			nil},
		{"families who fled are not the target of gunfire",
			"A resident said gunfire lasted until noon on Sunday and that many families had fled Kaya.",
			nil},
		{"gunmen killed are victims, not an act on a school",
			"Troops killed about 30 gunmen in Kaya on Sunday and located weapons in a school.",
			[]string{"Battles|Armed clash"}},
		{"a reported clause of its own names no target",
			"Forces carried out 18 assaults in the region on Sunday and that fighting continued in the village of Kaya.",
			[]string{"Battles|Armed clash"}},
		{"control restored is ground taken",
			"Troops restored control over Kaya on Sunday.",
			[]string{"Battles|Non-state actor overtakes territory"}},
		{"each side's word for killing fighters is a killing",
			`Troops "eliminated dozens of terrorists" in Kaya on Sunday.`,
			[]string{"Battles|Armed clash"}},
		{"neutralised civilians are civilians killed",
			"Fighters neutralised five villagers in Kaya on Sunday.",
			[]string{"Violence against civilians|Attack"}},
		{"a ceasefire called for has not happened",
			"The ministry on Sunday called for an immediate ceasefire in Kaya.",
			nil},
		{"the month May is no modal",
			"The number of people killed in the May 12 guided-bomb attack on a market in Kaya rose on Sunday.",
			[]string{"Explosions/Remote violence|Air/drone strike"}},
		{"aerial bombs are an air strike",
			"Two guided aerial bombs hit a store in Kaya on Sunday.",
			[]string{"Explosions/Remote violence|Air/drone strike"}},
		{"raids launched with no ground force are air strikes",
			"The enemy launched new raids at dawn on Sunday on the mountain area near Kaya.",
			[]string{"Explosions/Remote violence|Air/drone strike"}},
		{"raids by troops stay on the ground",
			"Troops carried out raids on rebel positions in Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"oil tanks are no armour",
			"The aggression on the oil tanks in Kaya on Sunday killed six residents.",
			[]string{"Violence against civilians|Attack"}},
		{"police fire on a march told next is an intervention",
			"Around 500 protesters marched in Kaya on Sunday. Police fired tear gas to disperse the crowd.",
			[]string{"Protests|Protest with intervention"}},
		{"police named in a protest's demands are no intervention",
			"Teachers marched in Kaya on Sunday to demand the release of colleagues detained by police.",
			[]string{"Protests|Peaceful protest"}},
		{"protesters shot dead are excessive force",
			"Police fired live bullets at protesters in Kaya on Sunday, killing three.",
			[]string{"Protests|Excessive force against protesters"}},
		{"protesters who attack are rioters, whatever the police do next",
			"Protesters in Kaya attacked the embassies on Sunday. Police fired tear gas to disperse them.",
			[]string{"Riots|Violent demonstration"}},
		{"explosives defused are disrupted weapons use",
			"Troops defused two IEDs planted on the road near Kaya on Sunday.",
			[]string{"Strategic developments|Disrupted weapons use"}},
		{"a base established is a strategic development",
			"The first contingent arrived on Sunday and established their base at the airport in Kaya.",
			[]string{"Strategic developments|Headquarters or base established"}},
		{"contact established is no base",
			"Officials in Kaya said on Sunday they had established contact with the group.",
			nil},
		{"an advance is a battle, the shelling before it its preface",
			"Fighters advanced on Sunday from the outskirts of Kaya toward the market after heavy shelling.",
			[]string{"Battles|Armed clash"}},
		{"people killed after a missile struck are its victims",
			"In Kaya, ten people were killed on Sunday after a missile struck a hospital.",
			[]string{"Explosions/Remote violence|Shelling/artillery/missile attack"}},
		{"forces pressing deeper into a town fight for it",
			"Troops pressed deeper into Kaya on Sunday, encircling two hospitals.",
			[]string{"Battles|Armed clash"}},
		{"a raid by bandits with no armed side named is on civilians",
			"Bandits kill 14 in Kaya raid on Sunday.",
			[]string{"Violence against civilians|Attack"}},
		{"an attack on a locality is on its people",
			"Following the armed attack on the locality of Kaya on Sunday, 6,270 people were displaced.",
			[]string{"Violence against civilians|Attack"}},
		{"a place taken hostage is a figure of speech",
			`"We will not let these groups take Kaya hostage," the governor said on Sunday.`,
			nil},
		{"a report's documented killings are findings, not an act",
			`The commission said on Sunday it had documented "extrajudicial killings, arbitrary detentions and attacks on health facilities" in Kaya.`,
			nil},
		{"strikes counted in thousands since a named day are a running total",
			"The air force had struck about 2,000 targets in Kaya since Monday, a spokesman said on Sunday.",
			nil},
		{"a day's strikes in thousands since the morning are one act",
			"Jets had struck more than 1,300 targets in Kaya since the morning, the army said on Sunday.",
			[]string{"Explosions/Remote violence|Air/drone strike"}},
		{"thousands hurt by bare plural attacks are a tally",
			"A report on Sunday showed that more than 1,000 soldiers were injured by attacks by armed groups in Kaya.",
			nil},
		{"thousands wounded by a day's strikes are one act",
			"On Sunday, 12 people were killed and about 2,800 wounded in the strikes on Kaya.",
			[]string{"Explosions/Remote violence|Air/drone strike"}},
		{"a year is no figure in the thousands",
			"Kaya, 12 May 2024 - The agency said on Sunday it was concerned by attacks on health workers in Kaya, where clashes killed two nurses.",
			[]string{"Violence against civilians|Attack"}},
		{"a claim of responsibility tells no second act",
			"The group claimed responsibility in a statement from Kaya on Sunday, saying its fighters had killed hundreds of soldiers.",
			nil},
		{"a claim of the attack tells no second act",
			"The group claimed the attack in a statement on Sunday, saying its fighters had killed nearly 300 members of the militia in Kaya.",
			nil},
		{"explosions heard are a sound, not an act",
			"Heavy gunfire and explosions were heard near Kaya on Sunday, residents said.",
			nil},
		{"gunfire residents heard is a sound, not an act",
			"Residents said they heard the sound of shelling in Kaya on Sunday.",
			nil},
		{"an explosion that hit something is an act",
			"An explosion hit a market in Kaya on Sunday.",
			[]string{"Explosions/Remote violence|Remote explosive/landmine/IED"}},
		{"arrests counted nationwide are a tally",
			"The minister said on Sunday that 329 people had been arrested nationwide, including in Kaya.",
			nil},
		{"acts counted across the country are a tally",
			"The army said in Kaya on Sunday that troops neutralised 181 terrorists and arrested 203 suspects across the country.",
			nil},
		{"arrests in one town are an act",
			"Police arrested 30 people in Kaya on Sunday.",
			[]string{"Strategic developments|Arrests"}},
		{"deaths counted since a day are a tally",
			"Residents said on Sunday that fighting in Kaya had killed at least 20 civilians since July 3.",
			nil},
		{"fighting that displaced people is their cause, not an act",
			"The office said on Sunday that at least 1,200 people had been displaced in Kaya by fighting between the two groups.",
			nil},
		{"a group pushed by operations names their cause, not an act",
			"The gang has been pushed by military operations from Kaya, a resident said on Sunday.",
			nil},
		{"a verdict on a storming is no second storming",
			`The president said on Sunday that the storming of parliament in Kaya was "treasonous".`,
			nil},
		{"a storming told in the passive is an act",
			"The storming of the barracks in Kaya on Sunday was carried out by rebels.",
			[]string{"Battles|Armed clash"}},
		{"an advance is the act, shelling in the present its state",
			"Troops have advanced to within 10 km of Kaya on Sunday and are now shelling the main road.",
			[]string{"Battles|Armed clash"}},
		{"a bill withdrawn is no withdrawal of forces",
			"The president withdrew the bill in Kaya on Sunday.",
			nil},
		{"troops withdrawing from a town transfer it",
			"The army withdrew its troops from Kaya on Sunday.",
			[]string{"Strategic developments|Non-violent transfer of territory"}},
		{"bodies found are people attacked",
			"The bodies of five men were found beside the highway near Kaya on Sunday.",
			[]string{"Violence against civilians|Attack"}},
		{"soldiers' bodies found are a fight's dead",
			"The bodies of 12 soldiers were found near Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"weapons listed among things seized are no strike",
			"Soldiers arrested 68 suspects in Kaya on Sunday and seized rifles, grenades and 3,000 rounds of ammunition.",
			[]string{"Strategic developments|Arrests"}},
		{"weapons listed as fired are a strike",
			"Rebels fired rifles, rockets and mortars at Kaya on Sunday.",
			[]string{"Explosions/Remote violence|Shelling/artillery/missile attack"}},
		{"a drone shot down is no strike, its model named or not",
			"Air defences shot down a U.S. MQ-9 Reaper drone over Kaya on Sunday.",
			nil},
		{"full control taken is a capture",
			"Rebels had taken full control of Kaya on Sunday.",
			[]string{"Battles|Non-state actor overtakes territory"}},
		{"a town taken is a capture",
			"Rebels took Kaya on Sunday after the army pulled back.",
			[]string{"Battles|Non-state actor overtakes territory"}},
		{"part taken in talks is no capture",
			"Officials took part in talks in Kaya on Sunday.",
			nil},
		{"fighting that displaced people is their cause, wherever they were",
			"At least 1,200 people had been displaced in Kaya and the nearby village of Ouro by fighting between the two groups, the office said on Sunday.",
			nil},
		{"acts summed over a month are a tally",
			`The army said on Sunday that troops had "destroyed the group's command centres" near Kaya and killed more than 300 bandits in September.`,
			nil},
		{"acts of a day are an act",
			"The army said troops killed 30 bandits near Kaya on Sunday.",
			[]string{"Battles|Armed clash"}},
		{"an act told after 'after' with a time of its own is its own act",
			"Soldiers rounded up residents in Kaya on Sunday after an attack earlier that day by fighters on a military camp.",
			[]string{"Battles|Armed clash"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := fixture{text: tc.text, places: []plc{town}, times: day}
			var got []string
			for _, ev := range Find(f.input(t)) {
				got = append(got, ev.Type+"|"+ev.SubType)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	_ = sitrep.Battles
}

// TestRetypeByModus covers wording that names no weapon ("targeted",
// "aggression", "raids"): it takes the kind of strike its initiator makes
// elsewhere in the article, whichever side it is.
func TestRetypeByModus(t *testing.T) {
	for _, side := range []string{"Northern", "Southern"} {
		army := ent{side + " Army", sitrep.KindStateForce, true, []string{side + " jets", "the " + side + " military"}}
		f := fixture{
			text: side + " jets struck a depot in Kaya on Sunday.\n\n" +
				"Officials said the " + side + " military had targeted fighters in Kaya on Sunday.",
			entities: []ent{army},
			places:   []plc{{"Kaya", "Kaya", 13.09, -1.08, 5}},
			times:    []tim{{"on Sunday", "2024-05-12"}},
		}
		var got []string
		for _, ev := range Find(f.input(t)) {
			got = append(got, ev.Type+"|"+ev.SubType)
		}
		want := []string{"Explosions/Remote violence|Air/drone strike"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: got %q, want %q", side, got, want)
		}
	}
}

// TestPruneClauses covers a sentence telling a second act in sequence: an
// act of another type after "and then", ", then" or "before" right before
// its verb stays apart; one with a subject of its own, or of the same
// type, is pruned with the first.
func TestPruneClauses(t *testing.T) {
	type act struct{ word, typ string }
	tests := []struct {
		name string
		text string
		acts []act
		want []string
	}{
		{"clash and then arson",
			"Soldiers clashed with fighters in Kaya and then burned down 30 homes.",
			[]act{{"clashed", sitrep.Battles}, {"burned", sitrep.ViolenceCivilians}},
			[]string{sitrep.Battles, sitrep.ViolenceCivilians}},
		{"comma then",
			"Troops clashed with rebels near Kaya, then shelled villages.",
			[]act{{"clashed", sitrep.Battles}, {"shelled", sitrep.ExplosionsRemote}},
			[]string{sitrep.Battles, sitrep.ExplosionsRemote}},
		{"before a gerund",
			"Rebels shelled Kaya before storming it.",
			[]act{{"shelled", sitrep.ExplosionsRemote}, {"storming", sitrep.Battles}},
			[]string{sitrep.ExplosionsRemote, sitrep.Battles}},
		{"a new subject is one complex attack",
			"A bomber drove a car into the post and gunmen then stormed the compound.",
			[]act{{"bomber", sitrep.ExplosionsRemote}, {"stormed", sitrep.Battles}},
			[]string{sitrep.ExplosionsRemote}},
		{"plain coordination is one act",
			"Fighters stormed Kaya and burned homes.",
			[]act{{"stormed", sitrep.Battles}, {"burned", sitrep.ViolenceCivilians}},
			[]string{sitrep.Battles}},
		{"same type in steps is one act",
			"Troops clashed with rebels and then fought on.",
			[]act{{"clashed", sitrep.Battles}, {"fought", sitrep.Battles}},
			[]string{sitrep.Battles}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := text.Parse(tc.text)
			var cs []candidate
			for _, a := range tc.acts {
				i := slices.IndexFunc(d.Tokens, func(tok text.Token) bool { return tok.Norm == a.word })
				if i < 0 {
					t.Fatalf("no token %q", a.word)
				}
				cs = append(cs, candidate{typ: a.typ, trig: i, strong: true, date: "2024-05-12", end: "2024-05-12"})
			}
			var got []string
			for _, c := range pruneClauses(d, cs) {
				got = append(got, c.typ)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
