package governance

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/auhl/rules"
)

// problems returns the problems of err as "path code" strings.
func problems(t *testing.T, err error) []string {
	t.Helper()
	var ve *auhl.ValidationError
	require.True(t, errors.As(err, &ve), "%v", err)
	var out []string
	for _, p := range ve.Problems {
		out = append(out, p.Path+" "+p.Code)
		for _, l := range auhl.Langs() {
			assert.NotContains(t, i18n.RenderProblem(l, p), "{", "every problem has a message")
		}
	}
	return out
}

// TestPresetsAreValid reads every embedded preset and the plan the strict
// way, as a file from outside, so that a mistake in the data fails here.
func TestPresetsAreValid(t *testing.T) {
	files, err := filepath.Glob("data/frameworks/*.json")
	require.NoError(t, err)
	require.Len(t, files, len(Presets()))
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(name)
			require.NoError(t, err)
			f, err := ParseFramework(data)
			require.NoError(t, err)
			p, err := Preset(f.Latest().ID)
			require.NoError(t, err)
			assert.Equal(t, mustJSON(t, f), mustJSON(t, p))
		})
	}
	_, err = ParsePlan(planData)
	require.NoError(t, err)
	_, err = Preset("baldrige")
	assert.Equal(t, []string{" " + CodePresetUnknown}, problems(t, err))
}

// TestPresetsSayWhatIsUnconfirmed checks what each preset marks
// unconfirmed: ESG's ten titles (from memory), the charter's principles
// 2 to 6 (not found, without a title), the direction of the AUHL scale.
func TestPresetsSayWhatIsUnconfirmed(t *testing.T) {
	tests := []struct {
		preset string
		want   []string
	}{
		{PresetESG, []string{"/years/0/criteria/0", "/years/0/criteria/1", "/years/0/criteria/2", "/years/0/criteria/3", "/years/0/criteria/4", "/years/0/criteria/5", "/years/0/criteria/6", "/years/0/criteria/7", "/years/0/criteria/8", "/years/0/criteria/9"}},
		{PresetCharter, []string{"/years/0/criteria/1", "/years/0/criteria/2", "/years/0/criteria/3", "/years/0/criteria/4", "/years/0/criteria/5"}},
		{PresetAUHLBoard, []string{"/years/0/scales/0"}},
		{PresetEFQM, nil},
	}
	for _, tt := range tests {
		t.Run(tt.preset, func(t *testing.T) {
			f, err := Preset(tt.preset)
			require.NoError(t, err)
			var got []string
			for _, b := range f.Unconfirmed() {
				got = append(got, b.Path())
				assert.NotEmpty(t, b.Note, "an unconfirmed part says why")
			}
			assert.Equal(t, tt.want, got)
		})
	}
	charter, _ := Preset(PresetCharter)
	for _, c := range charter.Latest().Criteria[1:] {
		assert.True(t, c.Title.IsZero(), "no invented title for %s", c.ID)
	}
}

// TestUnconfirmedFindings checks that figures resting on an unconfirmed
// part carry a warning naming it, once per part.
func TestUnconfirmedFindings(t *testing.T) {
	f, err := Preset(PresetESG)
	require.NoError(t, err)
	fw := f.Latest()
	r := &Round{Framework: "esg", Edition: "2015", AcademicYear: year(t, "2025-2026"), MinGroupSize: 2}
	for _, id := range []string{"x", "y"} {
		r.Respondents = append(r.Respondents, resp(id, Board, lv("1.1", "substantial"), lv("1.9", "compliance")))
	}
	ev, err := Evaluate(fw, r, Options{})
	require.NoError(t, err)
	var paths, rendered []string
	for _, fd := range ev.Findings {
		if fd.Code == CodeCriterionUnconfirmed {
			paths = append(paths, fd.Params["path"].String())
			assert.Equal(t, auhl.Warning, fd.Severity)
			rendered = append(rendered, i18n.Render(auhl.English, fd))
		}
	}
	assert.Contains(t, rendered, "The criterion “1.9” (1.9 On-going monitoring and periodic review of programmes) is not confirmed by the sources: a criterion, /years/0/criteria/8.")
	assert.Equal(t, []string{"/years/0/criteria/0", "/years/0/criteria/8"}, paths, "only the standards answered")
}

// frameworkJSON returns the test framework's file as a tree to break.
func frameworkJSON(t *testing.T) map[string]any {
	var m map[string]any
	require.NoError(t, json.Unmarshal(fileOf(t, *testFramework(t)), &m))
	return m
}

func criteriaOf(m map[string]any) []any {
	return m["years"].([]any)[0].(map[string]any)["criteria"].([]any)
}

func edition(m map[string]any) map[string]any { return m["years"].([]any)[0].(map[string]any) }

// TestInvalidFrameworks breaks the test framework one way at a time, and
// several at once: every problem is reported with its path.
func TestInvalidFrameworks(t *testing.T) {
	crit := func(m map[string]any, i int) map[string]any { return criteriaOf(m)[i].(map[string]any) }
	tests := []struct {
		name   string
		change func(m map[string]any)
		want   []string
	}{
		{"a cycle", func(m map[string]any) {
			crit(m, 0)["parent"] = "a1" // A under its own item
		}, []string{"/years/0/criteria/0/parent " + CodeCycle, "/years/0/criteria/3/scale " + CodeScaleOnGroup}},
		{"a longer cycle", func(m map[string]any) {
			crit(m, 0)["parent"] = "B"
			crit(m, 1)["parent"] = "M"
			crit(m, 2)["parent"] = "A"
		}, []string{"/years/0/criteria/0/parent " + CodeCycle, "/years/0/criteria/1/level " + auhl.CodeNumberRange}},
		{"an unknown parent", func(m map[string]any) { crit(m, 3)["parent"] = "Z" }, []string{"/years/0/criteria/3/parent " + CodeParentUnknown}},
		{"an unknown scale", func(m map[string]any) { crit(m, 3)["scale"] = "l7" }, []string{"/years/0/criteria/3/scale " + CodeScaleUnknown}},
		{"a scale on a group", func(m map[string]any) { crit(m, 0)["scale"] = "l5" }, []string{"/years/0/criteria/0/scale " + CodeScaleOnGroup}},
		{"a weight of 0", func(m map[string]any) { crit(m, 0)["weight"] = 0 }, []string{"/years/0/criteria/0/weight " + CodeWeightPositive}},
		{"points that do not add up", func(m map[string]any) {
			e := edition(m)
			e["weighting"], e["total"] = "points", 5
			crit(m, 0)["weight"] = 2.5 // A: 2.5, but a1 + a2 = 2; roots 2.5 + 1 + 1
		}, []string{"/years/0/criteria " + CodeWeightsSum, "/years/0/criteria/0/weight " + CodeWeightsSum, "/years/0/criteria/2/weight " + CodeWeightsSum}},
		{"a duplicate id", func(m map[string]any) { crit(m, 4)["id"] = "a1" }, []string{"/years/0/criteria/4/id " + rules.CodeEntryDuplicate}},
		{"a gap in maturity levels", func(m map[string]any) { crit(m, 7)["level"] = 3 }, []string{"/years/0/criteria/2/maturity " + CodeLevelGap}},
		{"a level outside maturity", func(m map[string]any) { crit(m, 3)["level"] = 1 }, []string{"/years/0/criteria/3/level " + CodeLevelOutsideMaturity}},
		{"bands out of order", func(m map[string]any) {
			edition(m)["bands"].([]any)[2].(map[string]any)["from"] = 40
		}, []string{"/years/0/bands/2/from " + CodeBandsOrder}},
		{"an unknown weighting", func(m map[string]any) { edition(m)["weighting"] = "votes" }, []string{"/years/0/weighting " + auhl.CodeEnum}},
		{"an unknown source", func(m map[string]any) { crit(m, 3)["source"] = "nowhere" }, []string{"/years/0/criteria/3/source " + rules.CodeSourceUnknown}},
		{"an unknown field", func(m map[string]any) { crit(m, 3)["colour"] = "red" }, []string{"/years/0/criteria/3/colour " + auhl.CodeJSONUnknownField}},
		{"every problem at once", func(m map[string]any) {
			crit(m, 0)["parent"] = "a1"
			crit(m, 4)["scale"] = "l7"
			crit(m, 5)["title"] = map[string]any{"nl": "", "en": "b1"}
		}, []string{
			"/years/0/criteria/0/parent " + CodeCycle,
			"/years/0/criteria/3/scale " + CodeScaleOnGroup, // a1 has A below it now
			"/years/0/criteria/4/scale " + CodeScaleUnknown,
			"/years/0/criteria/5/title " + auhl.CodeTextMissing,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := frameworkJSON(t)
			tt.change(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			_, err = ParseFramework(b)
			require.ErrorIs(t, err, auhl.ErrInvalid)
			assert.ElementsMatch(t, tt.want, problems(t, err))
		})
	}
}

// TestInvalidRounds breaks an answers file: every problem with its path.
func TestInvalidRounds(t *testing.T) {
	fw := testFramework(t)
	valid := func() map[string]any {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(mustJSON(t, testRound(t))), &m))
		return m
	}
	answer := func(m map[string]any, r, a int) map[string]any {
		return m["respondents"].([]any)[r].(map[string]any)["answers"].([]any)[a].(map[string]any)
	}
	tests := []struct {
		name   string
		change func(m map[string]any)
		want   []string
	}{
		{"a value out of range", func(m map[string]any) { answer(m, 0, 0)["value"] = 6 }, []string{"/respondents/0/answers/0/value " + auhl.CodeNumberRange}},
		{"no answer at all", func(m map[string]any) { delete(answer(m, 0, 0), "value") }, []string{"/respondents/0/answers/0 " + CodeAnswerForm}},
		{"a value and not applicable", func(m map[string]any) { answer(m, 0, 0)["notApplicable"] = true }, []string{"/respondents/0/answers/0 " + CodeAnswerForm}},
		{"an unknown level", func(m map[string]any) { answer(m, 0, 3)["level"] = "maybe" }, []string{"/respondents/0/answers/3/level " + auhl.CodeEnum}},
		{"an unknown item", func(m map[string]any) { answer(m, 1, 1)["criterion"] = "zz" }, []string{"/respondents/1/answers/1/criterion " + CodeItemUnknown}},
		{"a group, not an item", func(m map[string]any) { answer(m, 1, 1)["criterion"] = "A" }, []string{"/respondents/1/answers/1/criterion " + CodeItemUnknown}},
		{"an item answered twice", func(m map[string]any) { answer(m, 1, 1)["criterion"] = "a1" }, []string{"/respondents/1/answers/1/criterion " + CodeAnswerDuplicate}},
		{"a respondent twice", func(m map[string]any) {
			m["respondents"].([]any)[1].(map[string]any)["id"] = "r1"
		}, []string{"/respondents/1/id " + CodeRespondentDuplicate}},
		{"an unknown group", func(m map[string]any) {
			m["respondents"].([]any)[1].(map[string]any)["group"] = "alumni"
		}, []string{"/respondents/1/group " + auhl.CodeEnum}},
		{"a minimum of 1", func(m map[string]any) { m["minGroupSize"] = 1 }, []string{"/minGroupSize " + auhl.CodeNumberRange}},
		{"another framework", func(m map[string]any) { m["framework"] = "efqm"; m["edition"] = "2020" }, []string{"/framework " + CodeFrameworkMismatch, "/edition " + CodeFrameworkMismatch}},
		{"no year", func(m map[string]any) { delete(m, "academicYear") }, []string{"/academicYear " + auhl.CodeRequired}},
		{"every problem at once", func(m map[string]any) {
			answer(m, 0, 0)["value"] = 0
			answer(m, 2, 2)["criterion"] = "zz"
			m["minGroupSize"] = 0
		}, []string{"/minGroupSize " + auhl.CodeNumberRange, "/respondents/0/answers/0 " + CodeAnswerForm, "/respondents/2/answers/2/criterion " + CodeItemUnknown}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := valid()
			tt.change(m)
			b, err := json.Marshal(m)
			require.NoError(t, err)
			r, err := ParseRound(b, fw)
			require.ErrorIs(t, err, auhl.ErrInvalid)
			assert.Nil(t, r)
			assert.ElementsMatch(t, tt.want, problems(t, err))
		})
	}
	charter, _ := Preset(PresetAUHLBoard)
	_, err := ParseRound([]byte(`{"framework":"auhl-board","edition":"2025","academicYear":"2025-2026","minGroupSize":2,"respondents":[{"id":"x","group":"board","answers":[{"criterion":"evaluation-regular","notApplicable":true},{"criterion":"decisions-clear","value":3}]}]}`), charter.Latest())
	require.NoError(t, err)
	esg, _ := Preset(PresetESG)
	_, err = ParseRound([]byte(`{"framework":"esg","edition":"2015","academicYear":"2025-2026","minGroupSize":2,"respondents":[{"id":"x","group":"board","answers":[{"criterion":"1.1","notApplicable":true}]}]}`), esg.Latest())
	assert.Equal(t, []string{"/respondents/0/answers/0/notApplicable " + CodeNotApplicableRefused}, problems(t, err))
}
