package governance

import (
	"testing"

	"github.com/auhl/auhl-go/auhl"
)

// FuzzParseFramework: any input gives a framework or an error, never a
// panic, and a framework that passes is one Evaluate can score.
func FuzzParseFramework(f *testing.F) {
	for _, d := range [][]byte{auhlBoardData, esgData, efqmData, charterData, []byte(`{}`), []byte(`{"version":"1","sources":{},"years":[{"edition":"1","id":"x","title":{"nl":"x","en":"x"},"weighting":"equal","scales":[],"criteria":[{"id":"a","parent":"a","title":{"nl":"a","en":"a"}}],"source":"s"}]}`)} {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ff, err := ParseFramework(data)
		if err != nil {
			return
		}
		for i := range ff.Years {
			fw := &ff.Years[i]
			r := &Round{Framework: fw.ID, Edition: fw.Edition, MinGroupSize: 2}
			_, _ = Evaluate(fw, r, Options{})
		}
	})
}

// FuzzParseRound: any answers file gives a round or an error, never a
// panic, and a valid round scores.
func FuzzParseRound(f *testing.F) {
	fw := testFramework(f)
	f.Add([]byte(mustJSON(f, testRound(f))))
	f.Add([]byte(`{"framework":"t","edition":"1","academicYear":"2025-2026","minGroupSize":2,"respondents":[{"id":"x","group":"board","answers":[{"criterion":"m1","level":"yes"}]}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRound(data, fw)
		if err != nil {
			return
		}
		if _, err := Evaluate(fw, r, Options{}); err != nil {
			t.Fatalf("a round ParseRound accepts fails to score: %v", err)
		}
	})
}

// FuzzParsePlan: any plan file gives a plan or an error, never a panic.
func FuzzParsePlan(f *testing.F) {
	f.Add(planData)
	f.Add([]byte(`{"version":"1","sources":{},"years":[{"period":"2025-2028"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePlan(data)
		if err != nil {
			return
		}
		for i := range p.Years {
			for _, th := range p.Years[i].Themes {
				for _, a := range th.Actions {
					a.StatusOn(auhl.MustParseDate("2026-01-01"))
				}
			}
		}
	})
}
