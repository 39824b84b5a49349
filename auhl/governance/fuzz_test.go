package governance

import (
	"errors"
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

// FuzzRegisterReview: any register, read from JSON, is reviewed against
// the charter or refused with a *auhl.ValidationError, never a panic; a
// register reviewed gives one finding per principle.
func FuzzRegisterReview(f *testing.F) {
	charter, err := Preset(PresetCharter)
	if err != nil {
		f.Fatal(err)
	}
	fw := charter.Latest()
	f.Add([]byte(`{"framework":"charter","edition":"2013","entries":[{"criterion":"p1","applied":true},{"criterion":"p2","applied":false,"explanation":{"nl":"x","en":"x"}}]}`))
	f.Add([]byte(`{"framework":"charter","edition":"2013","entries":[{"criterion":"p1"},{"criterion":"p1","applied":true},{"criterion":"zz"}]}`))
	f.Add([]byte(`{"framework":"efqm","edition":"2020","entries":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Register
		if err := auhl.DecodeJSON(data, &r); err != nil {
			return
		}
		fs, err := r.Review(fw)
		if err != nil {
			if !errors.Is(err, auhl.ErrInvalid) {
				t.Fatalf("not a validation error: %v", err)
			}
			return
		}
		if len(fs) != 6 {
			t.Fatalf("%d findings for six principles", len(fs))
		}
	})
}

// FuzzCompare: any two evaluations read from JSON, such as last year's
// kept as a file, are compared and reported on, or refused with a
// *auhl.ValidationError, never a panic.
func FuzzCompare(f *testing.F) {
	fw := testFramework(f)
	prev := testRound(f)
	prev.AcademicYear = year(f, "2024-2025")
	a, err := Evaluate(fw, prev, Options{})
	if err != nil {
		f.Fatal(err)
	}
	b, err := Evaluate(fw, testRound(f), Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(mustJSON(f, a)), []byte(mustJSON(f, b)))
	f.Add([]byte(`{"framework":"t","edition":"1","academicYear":"2024-2025","overall":{"id":"","title":{"nl":"","en":""},"depth":0,"all":{"n":2,"mean":50,"min":0,"max":100,"sd":-1}},"criteria":[{"id":"a1","all":{"n":3,"mean":1e308,"sd":1e308}}]}`),
		[]byte(`{"framework":"t","edition":"1","academicYear":"2025-2026","overall":{"id":"","title":{"nl":"","en":""},"depth":0,"all":{"n":9,"mean":50,"min":0,"max":100,"sd":0}},"criteria":[{"id":"a1","item":true,"all":{"n":3,"mean":-5,"sd":0}}]}`))
	on := auhl.MustParseDate("2026-06-30")
	f.Fuzz(func(t *testing.T, x, y []byte) {
		var from, to Evaluation
		if auhl.DecodeJSON(x, &from) != nil || auhl.DecodeJSON(y, &to) != nil {
			return
		}
		for _, check := range []error{
			func() error { _, err := Compare(&from, &to, Options{}); return err }(),
			func() error {
				_, err := NewReport(fw, &to, &from, &DefaultPlan().Years[0], on, ReportOptions{})
				return err
			}(),
		} {
			if check != nil && !errors.Is(check, auhl.ErrInvalid) {
				t.Fatalf("not a validation error: %v", check)
			}
		}
	})
}
