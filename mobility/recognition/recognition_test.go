package recognition

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility/ewp"
)

// ehb is the home grading table: the cumulative distribution the
// Erasmushogeschool Brussel publishes (≥10 100 %, ≥11 90.75 %, …, 20
// 0.17 %), as a percentage per grade, best first.
func ehb() GradingTable {
	return table0("0213", "20", "0.17", "19", "0.70", "18", "2.39", "17", "4.86", "16", "9.39", "15", "13.26",
		"14", "18.10", "13", "15.91", "12", "14.80", "11", "11.17", "10", "9.25")
}

// host is a grading table of a receiving institution, made up for the
// tests.
func host() GradingTable {
	return table0("0213", "5.0", "10", "4.5", "20", "4.0", "30", "3.5", "25", "3.0", "15")
}

func table0(isced string, kv ...string) GradingTable {
	t := GradingTable{ISCED: isced}
	for i := 0; i < len(kv); i += 2 {
		t.Grades = append(t.Grades, GradeFrequency{Label: kv[i], Percentage: ewp.MustDecimal(kv[i+1])})
	}
	return t
}

func TestPercentile(t *testing.T) {
	for hostGrade, want := range map[string]string{
		"5.0": "17", // band 0-10, midpoint 5: within ≥17 (3.26-8.12)
		"4.5": "15", // 10-30, midpoint 20: 17.51-30.77
		"4.0": "14", // 30-60, midpoint 45: 30.77-48.87
		"3.5": "12", // 60-85, midpoint 72.5: 64.78-79.58
		"3.0": "10", // 85-100, midpoint 92.5: 90.75-100
	} {
		got, ok := percentile(hostGrade, host(), ehb())
		require.True(t, ok, hostGrade)
		assert.Equal(t, want, got, hostGrade)
	}
	_, ok := percentile("2.0", host(), ehb())
	assert.False(t, ok, "a failing grade is not in the table")
	// A midpoint on a boundary goes to the lower grade.
	got, ok := percentile("B", table0("0213", "A", "50", "B", "50"), table0("0213", "X", "75", "Y", "25"))
	require.True(t, ok)
	assert.Equal(t, "Y", got)
}

func comp(title, ects, conditions string) ewp.Component {
	return ewp.Component{Title: title, TermID: &ewp.TermID{TermNumber: 1, TotalTerms: 2},
		Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal(ects))}, RecognitionConditions: conditions}
}

func final() ewp.ComponentLists {
	return ewp.ComponentLists{
		Studied:          ewp.Components(comp("Sculpture", "15", ""), comp("Etching", "7.5", ""), comp("Art theory", "7.5", "")),
		Recognized:       ewp.Components(comp("Atelier 3", "20", ""), comp("Art history", "10", "a paper in Dutch")),
		StudentSignature: ewp.Signature{Timestamp: time.Date(2025, 6, 2, 10, 0, 0, 0, time.UTC)},
	}
}

func TestRecognise(t *testing.T) {
	links := []Link{{Recognized: "Atelier 3", Studied: []string{"Sculpture", "Etching"}}, {Recognized: "Art history", Studied: []string{"Art theory"}}}
	tor := Transcript{OMobilityID: "auhl-2025-0042", Issued: auhl.MustParseDate("2026-02-20"), Results: []Result{
		{Title: "Sculpture", Grade: "4.5", Passed: true, Credits: ewp.MustDecimal("15"), ISCED: "0213"},
		{Title: "Etching", Grade: "B", Passed: true, Credits: ewp.MustDecimal("7.5")},
		{Title: "Art theory", Grade: "3.0", Passed: true, Credits: ewp.MustDecimal("7.5"), ISCED: "0222"},
	}}
	g := Grading{Host: []GradingTable{host()}, Home: []GradingTable{ehb()}, Conversions: []Conversion{{Host: "B", Home: "14"}}}
	d, err := Recognise(final(), links, tor, g, auhl.MustParseDate("2026-03-01"), "Examination board, School of Arts")
	require.NoError(t, err)
	require.Len(t, d.Components, 2)
	atelier, history := d.Components[0], d.Components[1]
	assert.Equal(t, Recognised, atelier.Outcome)
	assert.Equal(t, ewp.MustDecimal("20"), atelier.Credits, "the recognised component's credits, not the host's")
	assert.Equal(t, []Grade{{Result: "Sculpture", Host: "4.5", Home: "15", Method: Percentile}, {Result: "Etching", Host: "B", Home: "14", Method: List}}, atelier.Grades)
	assert.Equal(t, []string{CodePercentile, CodeList, CodeRecognised}, trail(atelier))
	assert.Equal(t, Review, history.Outcome)
	assert.Equal(t, []Grade{{Result: "Art theory", Host: "3.0", Method: PassFail}}, history.Grades, "no table for field 0222 nor a list line")
	assert.Equal(t, []string{CodePassFail, CodeConditions}, trail(history))
	assert.Equal(t, CodeMidpoint, d.Findings[0].Code)

	// A failed result and a missing one keep components from recognition;
	// without links every recognised component rests on all studied ones.
	tor.Results[0].Passed = false
	tor.Results = tor.Results[:2]
	d, err = Recognise(final(), nil, tor, g, auhl.MustParseDate("2026-03-01"), "board")
	require.NoError(t, err)
	assert.Equal(t, NotRecognised, d.Components[0].Outcome)
	assert.Equal(t, []string{CodeFailed, CodeList, CodeResultMissing}, trail(d.Components[0]))

	_, err = Recognise(ewp.ComponentLists{}, nil, tor, g, auhl.Date{}, "")
	assert.ErrorIs(t, err, auhl.ErrInvalid)
}

func trail(cd ComponentDecision) []string {
	var out []string
	for _, f := range cd.Trail {
		out = append(out, f.Code)
	}
	return out
}

func TestMatch(t *testing.T) {
	c := ewp.Component{LosID: "CR/1", LosCode: "ART-1", Title: "Sculpture"}
	for name, tc := range map[string]struct {
		rs   []Result
		want string
	}{
		"by LOS id over title": {[]Result{{Title: "Sculpture", Grade: "a"}, {LosID: "CR/1", Title: "Beeldhouwen", Grade: "b"}}, "b"},
		"by code":              {[]Result{{LosCode: "ART-1", Title: "x", Grade: "c"}}, "c"},
		"by title":             {[]Result{{Title: "Sculpture", Grade: "d"}}, "d"},
	} {
		r, ok := match(c, tc.rs)
		require.True(t, ok, name)
		assert.Equal(t, tc.want, r.Grade, name)
	}
	_, ok := match(c, []Result{{Title: "Painting"}})
	assert.False(t, ok)
}

func TestDecode(t *testing.T) {
	g, err := DecodeGrading([]byte(`{"host":[{"isced":"0213","grades":[{"label":"A","percentage":"40.5"},{"label":"B","percentage":"59.5"}]}],"conversions":[{"host":"A","home":"16"}]}`))
	require.NoError(t, err)
	assert.Len(t, g.Host[0].Grades, 2)
	for name, in := range map[string]string{
		"isced":     `{"host":[{"isced":"213","grades":[{"label":"A","percentage":"100"}]}]}`,
		"twice":     `{"home":[{"isced":"0213","grades":[{"label":"A","percentage":"50"},{"label":"A","percentage":"50"}]}]}`,
		"decimals":  `{"home":[{"isced":"0213","grades":[{"label":"A","percentage":"50.12345"}]}]}`,
		"above 100": `{"home":[{"isced":"0213","grades":[{"label":"A","percentage":"101"}]}]}`,
		"all zero":  `{"home":[{"isced":"0213","grades":[{"label":"A","percentage":"0"}]}]}`,
		"float":     `{"home":[{"isced":"0213","grades":[{"label":"A","percentage":50}]}]}`,
	} {
		_, err := DecodeGrading([]byte(in))
		assert.ErrorIs(t, err, auhl.ErrInvalid, name)
	}
	tor, err := DecodeTranscript([]byte(`{"omobilityId":"x","issued":"2026-02-20","results":[{"title":"Sculpture","grade":"4.5","passed":true,"credits":"15"}]}`))
	require.NoError(t, err)
	assert.True(t, tor.Results[0].Passed)
	_, err = DecodeTranscript([]byte(`{"results":[{"title":"","grade":""}]}`))
	assert.ErrorIs(t, err, auhl.ErrInvalid)
}
