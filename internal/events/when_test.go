package events

import (
	"strings"
	"testing"

	"sitrep"
)

// TestDatesAndMerging covers which time dates an act, what is background
// or a tally rather than a happening, and how mentions of one happening
// fold into one event.
func TestDatesAndMerging(t *testing.T) {
	kaya := plc{"Kaya", "Kaya", 13.09, -1.08, 5}
	ouaga := plc{"Ouagadougou", "Ouagadougou", 12.37, -1.52, 10}
	type span struct{ form, value, end, gran string }
	tests := []struct {
		name  string
		text  string
		times []span
		want  []string // "type|date|place" per event
	}{
		{"a tally since a day is no event",
			"Thirteen peacekeepers have been killed in the fighting in Kaya since Thursday.",
			[]span{{"since Thursday", "2024-05-09", "", sitrep.GranDay}},
			nil},
		{"fighting since a day is dated by it",
			"Fighting has raged around Kaya since Thursday.",
			[]span{{"since Thursday", "2024-05-09", "", sitrep.GranDay}},
			[]string{"Battles|2024-05-09|Kaya"}},
		{"a count over weeks is a tally",
			"Between 10 April and 6 May, the hospital in Kaya received 1,315 wounded patients, and 208 civilians died.",
			[]span{{"Between 10 April and 6 May", "2024-04-10", "2024-05-06", sitrep.GranDay}},
			nil},
		{"an act recalled by its month is background",
			"Rebels stormed a base near Kaya on Sunday. The army had retaken the town of Kaya in November 2023.",
			[]span{{"on Sunday", "2024-05-12", "", sitrep.GranDay}, {"November 2023", "2023-11", "", sitrep.GranMonth}},
			[]string{"Battles|2024-05-12|Kaya"}},
		{"a month near the news dates the act",
			"Rebels said they had captured the town of Kaya in late April.",
			[]span{{"late April", "2024-04", "", sitrep.GranMonth}},
			[]string{"Battles|2024-04-01|Kaya"}},
		{"the strike named again is the same strike",
			"An airstrike hit a market in Kaya on Sunday, residents said. The strike killed 12 people, officials in Ouagadougou said.",
			[]span{{"on Sunday", "2024-05-12", "", sitrep.GranDay}},
			[]string{"Explosions/Remote violence|2024-05-12|Kaya"}},
		{"a headline folds into the body's event",
			"Shelling hits camp near Kaya\n\nShells struck a camp for displaced people in Kaya on Sunday, killing 12 civilians.",
			[]span{{"on Sunday", "2024-05-12", "", sitrep.GranDay}},
			[]string{"Explosions/Remote violence|2024-05-12|Kaya"}},
		{"a toll's update counts the act it updates",
			"Clashes erupted in Kaya on Sunday between two armed groups. The death toll from the fighting rose to 55 on Monday.",
			[]span{{"on Sunday", "2024-05-12", "", sitrep.GranDay}, {"on Monday", "2024-05-13", "", sitrep.GranDay}},
			[]string{"Battles|2024-05-12|Kaya"}},
		{"an undated claim of the act at its place is the act",
			"Militants attacked an army base in Kaya on Sunday. The group later claimed to have killed 30 soldiers in Kaya.",
			[]span{{"on Sunday", "2024-05-12", "", sitrep.GranDay}},
			[]string{"Battles|2024-05-12|Kaya"}},
		{"an undated headline bridges no two days",
			"Clashes in Kaya\n\nClashes erupted in Kaya on Sunday. Fighting resumed in Kaya on Monday.",
			[]span{{"on Sunday", "2024-05-12", "", sitrep.GranDay}, {"on Monday", "2024-05-13", "", sitrep.GranDay}},
			[]string{"Battles|2024-05-12|Kaya", "Battles|2024-05-13|Kaya"}},
		{"what began a state is background",
			"Thousands have fled Kaya since fighting reached the town's outskirts.",
			nil, nil},
		{"a day named by reference takes the day the time stage resolved",
			"Rebels attacked Ouagadougou on Tuesday.\n\nA drone struck Ouagadougou on Friday.\n\nEarlier that day, troops clashed with rebels near Kaya.",
			[]span{{"on Tuesday", "2024-05-07", "", sitrep.GranDay}, {"on Friday", "2024-05-10", "", sitrep.GranDay},
				{"Earlier that day", "2024-05-07", "", sitrep.GranDay}},
			[]string{"Battles|2024-05-07|Ouagadougou", "Explosions/Remote violence|2024-05-10|Ouagadougou", "Battles|2024-05-07|Kaya"}},
		{"the paragraph after the lead tells the lead's news",
			"Attacks near Kaya\n\nForty civilians were killed near Kaya on Thursday in two attacks by gunmen, officials said.\n\nThe boat was hit by three rockets near Ouagadougou, officials said.",
			[]span{{"on Thursday", "2024-05-09", "", sitrep.GranDay}},
			[]string{"Violence against civilians|2024-05-09|Kaya", "Explosions/Remote violence|2024-05-09|Ouagadougou"}},
		{"a day after 'after' dates the act followed, not the act told",
			"Troops restored control over Kaya after Thursday's coordinated attacks by rebels, the ministry says.",
			[]span{{"Thursday", "2024-05-09", "", sitrep.GranDay}},
			[]string{"Battles|2024-05-13|Kaya"}},
		{"an indefinite act elsewhere is another event",
			"An airstrike hit a market in Kaya on Sunday. An airstrike hit a school in Ouagadougou on Sunday.",
			[]span{{"on Sunday", "2024-05-12", "", sitrep.GranDay}},
			[]string{"Explosions/Remote violence|2024-05-12|Kaya", "Explosions/Remote violence|2024-05-12|Ouagadougou"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := fixture{text: tc.text, places: []plc{kaya, ouaga}}
			in := f.input(t)
			for _, tm := range tc.times {
				in.Times = append(in.Times, sitrep.Time{Text: tm.form, Value: tm.value, End: tm.end,
					Granularity: tm.gran, Mentions: spansOf(t, tc.text, tm.form)})
			}
			var got []string
			for _, ev := range Find(in) {
				place := ""
				if ev.Place != nil {
					place = ev.Place.Name
				}
				got = append(got, ev.Type+"|"+ev.Date+"|"+place)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestEventDates covers the day an act is given, with its window: the
// article's published date is Tuesday 2024-05-14.
func TestEventDates(t *testing.T) {
	kaya := plc{"Kaya", "Kaya", 13.09, -1.08, 5}
	ouaga := plc{"Ouagadougou", "Ouagadougou", 12.37, -1.52, 10}
	type span struct{ form, value, end, gran string }
	tests := []struct {
		name  string
		text  string
		times []span
		// claims are the contents of the sentences' claims.
		claims []string
		want   []string // "type|date|date_end|place" per event
	}{
		{"a date naming a happening does not date the act",
			"On 12 May 2024, police fired tear gas at supporters protesting the results of the 9 April elections in Kaya.",
			[]span{{"On 12 May 2024", "2024-05-12", "", sitrep.GranDay}, {"9 April", "2024-04-09", "", sitrep.GranDay}}, nil,
			[]string{"Protests|2024-05-12|2024-05-12|Kaya"}},
		{"a date naming the act's own happening dates it",
			"Mourners gathered on the anniversary of the 22 April attack near Kaya in which rebels shelled the town.",
			[]span{{"22 April", "2024-04-22", "", sitrep.GranDay}}, nil,
			[]string{"Explosions/Remote violence|2024-04-22|2024-04-22|Kaya"}},
		{"fighting over the weekend is the Saturday and Sunday before the story",
			"Heavy fighting broke out around Kaya over the weekend, residents said.",
			nil, nil,
			[]string{"Battles|2024-05-11|2024-05-12|Kaya"}},
		{"a day referred on from a day referred to is counted from the first",
			"Rebels attacked an army camp in Kaya on Thursday. The next day, a mob set fire to the market in Ouagadougou. Police said soldiers shelled Kaya on the same day.",
			[]span{{"on Thursday", "2024-05-09", "", sitrep.GranDay}}, nil,
			[]string{"Battles|2024-05-09|2024-05-09|Kaya", "Riots|2024-05-10|2024-05-10|Ouagadougou", "Explosions/Remote violence|2024-05-10|2024-05-10|Kaya"}},
		{"a dateline's date is the filing day, not the act's",
			"KAYA, 14 May (Reuters) - Soldiers repelled an attack by rebels on an army camp in Kaya on 12 May.",
			[]span{{"14 May", "2024-05-14", "", sitrep.GranDay}, {"on 12 May", "2024-05-12", "", sitrep.GranDay}}, nil,
			[]string{"Battles|2024-05-12|2024-05-12|Kaya"}},
		{"a dateline's date alone leaves the published window",
			"KAYA, May 14 - Rebels attacked an army camp in Kaya, residents said.",
			[]span{{"May 14", "2024-05-14", "", sitrep.GranDay}}, nil,
			[]string{"Battles|2024-05-13|2024-05-14|Kaya"}},
		{"an act dated only by its saying lies in the days before it",
			"The army said on Tuesday that it had repelled an attack on Kaya.",
			[]span{{"on Tuesday", "2024-05-14", "", sitrep.GranDay}},
			[]string{"it had repelled an attack on Kaya"},
			[]string{"Battles|2024-05-12|2024-05-14|Kaya"}},
		{"the saying's window meets the day the act is told",
			"The air force said on Tuesday that air strikes in Kaya had killed scores of fighters. The strikes in Kaya were carried out on Sunday.",
			[]span{{"on Tuesday", "2024-05-14", "", sitrep.GranDay}, {"on Sunday", "2024-05-12", "", sitrep.GranDay}},
			[]string{"air strikes in Kaya had killed scores of fighters"},
			[]string{"Explosions/Remote violence|2024-05-12|2024-05-12|Kaya"}},
		{"a saying's day does not date the acts told after it",
			"Soldiers executed 45 civilians in Kaya on 10 May, the group said today. The killings followed fighting between soldiers and rebels in Kaya.",
			[]span{{"on 10 May", "2024-05-10", "", sitrep.GranDay}, {"today", "2024-05-14", "", sitrep.GranDay}},
			[]string{"Soldiers executed 45 civilians in Kaya on 10 May"},
			[]string{"Violence against civilians|2024-05-10|2024-05-10|Kaya", "Battles|2024-05-10|2024-05-10|Kaya"}},
		{"'that day' is the day told before",
			"Soldiers executed 40 civilians in Ouagadougou on 10 May. The killings followed an attack earlier that day by rebels on an army camp in Kaya.",
			[]span{{"on 10 May", "2024-05-10", "", sitrep.GranDay}},
			nil,
			[]string{"Violence against civilians|2024-05-10|2024-05-10|Ouagadougou", "Battles|2024-05-10|2024-05-10|Kaya"}},
		{"'the next day' is the day after it",
			"Rebels attacked an army camp in Kaya on 10 May.\n\nThe next day, protesters marched in Kaya.",
			[]span{{"on 10 May", "2024-05-10", "", sitrep.GranDay}},
			nil,
			[]string{"Battles|2024-05-10|2024-05-10|Kaya", "Protests|2024-05-11|2024-05-11|Kaya"}},
		{"'two days later' counts from it, past the day of a saying",
			"Rebels attacked an army camp in Kaya on 10 May, the army said in a statement on Monday.\n\nTwo days later, protesters marched in Kaya.",
			[]span{{"on 10 May", "2024-05-10", "", sitrep.GranDay}, {"on Monday", "2024-05-13", "", sitrep.GranDay}},
			[]string{"Rebels attacked an army camp in Kaya on 10 May"},
			[]string{"Battles|2024-05-10|2024-05-10|Kaya", "Protests|2024-05-12|2024-05-12|Kaya"}},
		{"a 'next day' the time stage left unresolved counts from the act told before, not a tally's start",
			"Rebels attacked an army camp in Kaya on 10 May, residents said. Rebels have held Kaya since Tuesday, the army said.\n\nThe next day, protesters marched in Kaya.",
			[]span{{"on 10 May", "2024-05-10", "", sitrep.GranDay}, {"since Tuesday", "2024-05-07", "", sitrep.GranDay}},
			[]string{"Rebels have held Kaya since Tuesday"},
			[]string{"Battles|2024-05-10|2024-05-10|Kaya", "Protests|2024-05-11|2024-05-11|Kaya"}},
		{"an act's day outside an unrecognised saying still anchors 'the next day'",
			"Drones struck a market in Kaya on 10 May, residents said, in an escalation the UN warns could spread.\n\nThe next day, protesters marched in Kaya.",
			[]span{{"on 10 May", "2024-05-10", "", sitrep.GranDay}},
			[]string{"in an escalation the UN warns could spread"},
			[]string{"Explosions/Remote violence|2024-05-10|2024-05-10|Kaya", "Protests|2024-05-11|2024-05-11|Kaya"}},
		{"two days joined span the act",
			"Fighting raged in Kaya on Saturday and Sunday.",
			[]span{{"on Saturday", "2024-05-11", "", sitrep.GranDay}, {"Sunday", "2024-05-12", "", sitrep.GranDay}},
			nil,
			[]string{"Battles|2024-05-11|2024-05-12|Kaya"}},
		{"'until' closes the act's span",
			"Rebels attacked an army camp in Kaya last Thursday and held it until Saturday.",
			[]span{{"last Thursday", "2024-05-09", "", sitrep.GranDay}, {"until Saturday", "2024-05-11", "", sitrep.GranDay}},
			nil,
			[]string{"Battles|2024-05-09|2024-05-11|Kaya"}},
		{"an overnight act began the evening before",
			"Drones struck Kaya overnight.",
			[]span{{"overnight", "2024-05-14", "", sitrep.GranDay}},
			nil,
			[]string{"Explosions/Remote violence|2024-05-13|2024-05-14|Kaya"}},
		{"a possessive day names the act, not the saying",
			"Health officials said Tuesday's explosions in Kaya killed 12 people.",
			[]span{{"Tuesday", "2024-05-14", "", sitrep.GranDay}},
			[]string{"explosions in Kaya killed 12 people"},
			[]string{"Explosions/Remote violence|2024-05-14|2024-05-14|Kaya"}},
		{"an act going on now takes no day told before",
			"Rebels attacked Kaya on 10 May. Fighting continues in Ouagadougou, residents said.",
			[]span{{"on 10 May", "2024-05-10", "", sitrep.GranDay}},
			nil,
			[]string{"Battles|2024-05-10|2024-05-10|Kaya", "Battles|2024-05-13|2024-05-14|Ouagadougou"}},
		{"a headline takes the day its lead tells, not a dateline's or a saying's",
			"Drone strike hits market in Ouagadougou\n\nKAYA, 14 May (AFP) - A drone struck a market in Kaya on 12 May, officials said on Monday.",
			[]span{{"14 May", "2024-05-14", "", sitrep.GranDay}, {"on 12 May", "2024-05-12", "", sitrep.GranDay}, {"on Monday", "2024-05-13", "", sitrep.GranDay}},
			[]string{"A drone struck a market in Kaya on 12 May"},
			[]string{"Explosions/Remote violence|2024-05-12|2024-05-12|Ouagadougou", "Explosions/Remote violence|2024-05-12|2024-05-12|Kaya"}},
		{"a part of the lead's happening told later without a day takes the lead's",
			"Unrest in the north\n\nRebels attacked an army camp in Kaya on 12 May.\n\nOfficials gave no toll.\n\nThe assailants had first attacked a checkpoint near Ouagadougou.",
			[]span{{"on 12 May", "2024-05-12", "", sitrep.GranDay}},
			nil,
			[]string{"Battles|2024-05-12|2024-05-12|Kaya", "Battles|2024-05-12|2024-05-12|Ouagadougou"}},
		{"the paragraph's day, not a month it recalls",
			"On 12 May, rebels and soldiers clashed in Kaya, in breach of a truce agreed in January. The rebels said drones struck their positions in Ouagadougou.",
			[]span{{"On 12 May", "2024-05-12", "", sitrep.GranDay}, {"January", "2024-01", "", sitrep.GranMonth}},
			nil,
			[]string{"Battles|2024-05-12|2024-05-12|Kaya", "Explosions/Remote violence|2024-05-12|2024-05-12|Ouagadougou"}},
		{"an act after ', while' takes the sentence's day, not the day an 'after' introduces or a saying's",
			"Rebels fought soldiers in Kaya on Tuesday, a day after the rebels said they had taken the town, while in Ouagadougou protesters rioted.",
			[]span{{"on Tuesday", "2024-05-14", "", sitrep.GranDay}, {"a day after", "2024-05-13", "", sitrep.GranDay}},
			[]string{"they had taken the town, while in Ouagadougou protesters rioted"},
			[]string{"Battles|2024-05-14|2024-05-14|Kaya", "Riots|2024-05-14|2024-05-14|Ouagadougou"}},
		{"an act at a place of its own after ', while' is a happening apart",
			"Rebels fought soldiers in Kaya on 12 May, while drones struck Ouagadougou.",
			[]span{{"on 12 May", "2024-05-12", "", sitrep.GranDay}},
			nil,
			[]string{"Battles|2024-05-12|2024-05-12|Kaya", "Explosions/Remote violence|2024-05-12|2024-05-12|Ouagadougou"}},
		{"a known act measured over the year is the dated act it recalls",
			"Drones struck a market in Kaya on 12 May. The strikes on Kaya were the deadliest on the town this year.",
			[]span{{"on 12 May", "2024-05-12", "", sitrep.GranDay}, {"this year", "2024", "", sitrep.GranYear}},
			nil,
			[]string{"Explosions/Remote violence|2024-05-12|2024-05-12|Kaya"}},
		{"clauses after ';' at two places are two happenings",
			"Rebels attacked an army camp in Kaya on 12 May; artillery shelled Ouagadougou.",
			[]span{{"on 12 May", "2024-05-12", "", sitrep.GranDay}},
			nil,
			[]string{"Battles|2024-05-12|2024-05-12|Kaya", "Explosions/Remote violence|2024-05-12|2024-05-12|Ouagadougou"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := fixture{text: tc.text, places: []plc{kaya, ouaga}}
			in := f.input(t)
			for _, tm := range tc.times {
				in.Times = append(in.Times, sitrep.Time{Text: tm.form, Value: tm.value, End: tm.end,
					Granularity: tm.gran, Mentions: spansOf(t, tc.text, tm.form)})
			}
			for i, c := range tc.claims {
				sp := spansOf(t, tc.text, c)[0]
				in.Claims = append(in.Claims, sitrep.Claim{ID: "c" + string(rune('1'+i)), Text: c, Span: sp})
			}
			var got []string
			for _, ev := range Find(in) {
				place := ""
				if ev.Place != nil {
					place = ev.Place.Name
				}
				got = append(got, ev.Type+"|"+ev.Date+"|"+ev.DateEnd+"|"+place)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestRecalledDates covers acts a sentence counts or measures from rather
// than tells: they take no date, so they make no event.
func TestRecalledDates(t *testing.T) {
	type span struct{ form, value, gran string }
	tests := []struct {
		name, text, trig string
		times            []span
		want             string
	}{
		{"a year's count", "Kaya recorded 7,878 violent deaths in 2023, police said.", "deaths",
			[]span{{"in 2023", "2023", sitrep.GranYear}}, ""},
		{"a year's act is still told", "Rebels captured Kaya in 2023.", "captured",
			[]span{{"in 2023", "2023", sitrep.GranYear}}, "2023-01-01"},
		{"an act in a clause measured from", "Tuesday was the deadliest day since protests began in Kaya last week.", "protests",
			[]span{{"Tuesday", "2024-05-14", sitrep.GranDay}, {"last week", "2024-W19", sitrep.GranWeek}}, ""},
		{"an act told with its week", "Protests began in Kaya last week.", "protests",
			[]span{{"last week", "2024-W19", sitrep.GranWeek}}, "2024-05-06"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := fixture{text: tc.text}.input(t)
			for _, tm := range tc.times {
				in.Times = append(in.Times, sitrep.Time{Text: tm.form, Value: tm.value, Granularity: tm.gran,
					Mentions: spansOf(t, tc.text, tm.form)})
			}
			ix := buildIndex(&in)
			trig, s := trigAt(t, in, tc.trig)
			if got := dateOf(&in, ix, s, trig, -1).date; got != tc.want {
				t.Errorf("date = %q, want %q", got, tc.want)
			}
		})
	}
}
