package governance

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
)

// parse reads a framework file written as Go values, the way a file from
// outside is read, and returns its one edition.
func parse(t testing.TB, fw Framework) *Framework {
	t.Helper()
	f, err := ParseFramework(fileOf(t, fw))
	require.NoError(t, err)
	return &f.Years[0]
}

// fileOf writes a framework file with one edition and one source, "s".
func fileOf(t testing.TB, fw Framework) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{
		"version": "test",
		"sources": map[string]auhl.Source{"s": {Title: "a source"}},
		"years":   []Framework{fw},
	})
	require.NoError(t, err)
	return b
}

func txt(s string) auhl.Text { return auhl.Text{NL: s, EN: s} }

// item is an item on scale of parent.
func item(id, parent, scale string) Criterion {
	return Criterion{ID: id, Parent: parent, Title: txt(id), Scale: scale, Basis: basis()}
}

func basis() rules.Basis { return rules.Basis{Source: "s"} }

// year is an academic year.
func year(t testing.TB, s string) auhl.AcademicYear {
	t.Helper()
	y, err := auhl.ParseAcademicYear(s)
	require.NoError(t, err)
	return y
}

// testFramework is the framework of the hand-computed figures: A (weight
// 3) with a1 and the reverse item a2, B (weight 1) with b1, and the
// maturity criterion M (weight 1) with m1, m2, m3 at levels 1, 2, 3.
func testFramework(t testing.TB) *Framework {
	crit := func(id string, w float64) Criterion {
		return Criterion{ID: id, Title: txt(id), Weight: w, Basis: basis()}
	}
	a1, a2, b1 := item("a1", "A", "l5"), item("a2", "A", "l5"), item("b1", "B", "l5")
	a2.Reverse = true
	m := crit("M", 1)
	m.Maturity = true
	ms := []Criterion{item("m1", "M", "yn"), item("m2", "M", "yn"), item("m3", "M", "yn")}
	var cs []Criterion
	cs = append(cs, crit("A", 3), crit("B", 1), m)
	for _, x := range []*Criterion{&a1, &a2, &b1} {
		x.Weight = 1
	}
	cs = append(cs, a1, a2, b1)
	for i := range ms {
		ms[i].Weight, ms[i].Level = 1, i+1
	}
	cs = append(cs, ms...)
	return parse(t, Framework{
		Edition: "1", ID: "t", Title: txt("test"), Weighting: Relative, Basis: basis(),
		Scales: []Scale{
			{ID: "l5", Title: txt("1-5"), Min: 1, Max: 5, NotApplicable: true, Basis: basis()},
			{ID: "yn", Title: txt("yes/no"), Levels: []ScaleLevel{{ID: "no", Label: txt("no")}, {ID: "yes", Label: txt("yes")}}, NotApplicable: true, Basis: basis()},
		},
		Criteria: cs,
		Bands: []Band{
			{ID: "low", From: 0, Label: txt("low"), Basis: basis()},
			{ID: "mid", From: 50, Label: txt("mid"), Basis: basis()},
			{ID: "high", From: 80, Label: txt("high"), Basis: basis()},
		},
	})
}

func v(id string, x int) Answer  { return Answer{Criterion: id, Value: x} }
func lv(id, level string) Answer { return Answer{Criterion: id, Level: level} }
func na(id string) Answer        { return Answer{Criterion: id, NotApplicable: true} }
func resp(id string, g Group, as ...Answer) Respondent {
	return Respondent{ID: id, Group: g, Answers: as}
}

// testRound is the round of the hand-computed figures: two board members
// and one member of staff, under a minimum of 2.
func testRound(t testing.TB) *Round {
	return &Round{
		Framework: "t", Edition: "1", AcademicYear: year(t, "2025-2026"), MinGroupSize: 2,
		Respondents: []Respondent{
			resp("r1", Board, v("a1", 5), v("a2", 2), na("b1"), lv("m1", "yes"), lv("m2", "no"), lv("m3", "yes")),
			resp("r2", Board, v("a1", 3), v("a2", 4), v("b1", 4), lv("m1", "yes"), lv("m2", "yes"), na("m3")),
			resp("s1", Staff, v("a1", 1), v("a2", 1), v("b1", 1), lv("m1", "no"), lv("m2", "no"), lv("m3", "no")),
		},
	}
}

// i18nRender renders a finding in Dutch.
func i18nRender(f auhl.Finding) string { return i18n.Render(auhl.Dutch, f) }
