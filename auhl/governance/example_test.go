package governance_test

import (
	"fmt"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/governance"
	"github.com/auhl/auhl-go/auhl/i18n"
)

// Scoring a small round of the EFQM preset: points per criterion and a
// RADAR band.
func ExampleEvaluate() {
	f, err := governance.Preset(governance.PresetEFQM)
	if err != nil {
		panic(err)
	}
	year, _ := auhl.ParseAcademicYear("2025-2026")
	round := &governance.Round{Framework: "efqm", Edition: "2020", AcademicYear: year, MinGroupSize: 2}
	for i, scores := range [][]int{{60, 50, 40, 70, 50, 60, 40}, {40, 50, 60, 70, 30, 40, 60}} {
		r := governance.Respondent{ID: fmt.Sprint("assessor-", i), Group: governance.Board}
		for c, s := range scores {
			r.Answers = append(r.Answers, governance.Answer{Criterion: fmt.Sprint("c", c+1), Value: s})
		}
		round.Respondents = append(round.Respondents, r)
	}
	ev, err := governance.Evaluate(f.Latest(), round, governance.Options{})
	if err != nil {
		panic(err)
	}
	c4, _ := ev.Criterion("c4")
	fmt.Printf("criterion 4: %.0f %% (%s), %.0f of 200 points\n", c4.All.Mean, c4.All.Band, c4.All.Points)
	fmt.Printf("overall: %.0f of 1000 points (%s)\n", ev.Overall.All.Points, ev.Overall.All.Band)
	// Output:
	// criterion 4: 70 % (comprehensive), 140 of 200 points
	// overall: 530 of 1000 points (ability)
}

// A group under the minimum size is shown nowhere; the finding says so.
func ExampleEvaluate_minimumGroupSize() {
	f, _ := governance.Preset(governance.PresetAUHLBoard)
	year, _ := auhl.ParseAcademicYear("2025-2026")
	answers := []governance.Answer{{Criterion: "decisions-clear", Value: 4}}
	round := &governance.Round{Framework: "auhl-board", Edition: "2025", AcademicYear: year, MinGroupSize: 3,
		Respondents: []governance.Respondent{
			{ID: "1", Group: governance.Board, Answers: answers},
			{ID: "2", Group: governance.Board, Answers: answers},
			{ID: "3", Group: governance.Board, Answers: answers},
			{ID: "4", Group: governance.Students, Answers: answers},
		}}
	ev, _ := governance.Evaluate(f.Latest(), round, governance.Options{})
	fmt.Println(ev.Groups)
	fmt.Println(i18n.Render(auhl.English, ev.Findings[0]))
	// Output:
	// [{board 3}]
	// The group students has fewer than 3 respondents: its answers are in no figure, so that no one can be recognised.
}

// The status of an action of the plan on a day, from its check-ins.
func ExampleAction_StatusOn() {
	a := governance.Action{ID: "t10-evaluation", CheckIns: []governance.CheckIn{
		{Date: auhl.MustParseDate("2026-02-01"), Confidence: governance.High},
		{Date: auhl.MustParseDate("2026-06-01"), Confidence: governance.Medium},
	}}
	for _, day := range []string{"2026-01-15", "2026-03-01", "2026-07-01"} {
		on := auhl.MustParseDate(day)
		s, _ := a.StatusOn(on)
		fmt.Println(on, i18n.Message(auhl.English, s.Label(), nil))
	}
	// Output:
	// 2026-01-15 no check-in yet
	// 2026-03-01 on track
	// 2026-07-01 at risk
}
