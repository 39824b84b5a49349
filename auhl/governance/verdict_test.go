package governance

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

// verdictFramework has two root items on a 1–5 scale, bands low (from
// 0), mid (from 50) and high (from 80), and a verdict rule: positive when
// both roots are high, positive with conditions when both are at least
// mid.
func verdictFramework(t testing.TB, v *VerdictRule) *Framework {
	return parse(t, Framework{
		Edition: "1", ID: "v", Title: txt("verdict"), Weighting: Equal, Basis: basis(),
		Scales:   []Scale{{ID: "l5", Title: txt("1-5"), Min: 1, Max: 5, Basis: basis()}},
		Criteria: []Criterion{item("r1", "", "l5"), item("r2", "", "l5")},
		Bands: []Band{
			{ID: "low", From: 0, Label: txt("low"), Basis: basis()},
			{ID: "mid", From: 50, Label: txt("mid"), Basis: basis()},
			{ID: "high", From: 80, Label: txt("high"), Basis: basis()},
		},
		Verdict: v,
	})
}

// TestVerdict derives the review-like verdict from the bands of the
// roots, by hand: r1 is answered 5 and 5 (100 %, high); r2 as the case
// says. Without a rule there is no verdict, and a root without a figure
// withholds it.
func TestVerdict(t *testing.T) {
	rule := &VerdictRule{Positive: "high", Conditions: "mid", Basis: basis()}
	tests := []struct {
		name string
		rule *VerdictRule
		r2   []Answer // the two members' answers to r2
		want Outcome
		code string
	}{
		{"both high: positive", rule, []Answer{v("r2", 5), v("r2", 4)}, Positive, CodeVerdict},                  // 87.5
		{"one mid: positive with conditions", rule, []Answer{v("r2", 4), v("r2", 4)}, Conditional, CodeVerdict}, // 75
		{"one low: negative", rule, []Answer{v("r2", 2), v("r2", 3)}, Negative, CodeVerdict},                    // 37.5
		{"a root withheld: no verdict", rule, []Answer{v("r2", 5)}, "", CodeVerdictWithheld},                    // one answer
		{"no rule: no verdict", nil, []Answer{v("r2", 5), v("r2", 5)}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fw := verdictFramework(t, tt.rule)
			r := &Round{Framework: "v", Edition: "1", AcademicYear: year(t, "2025-2026"), MinGroupSize: 2}
			for i, id := range []string{"x", "y"} {
				as := []Answer{v("r1", 5)}
				if i < len(tt.r2) {
					as = append(as, tt.r2[i])
				}
				r.Respondents = append(r.Respondents, resp(id, Board, as...))
			}
			ev, err := Evaluate(fw, r, Options{})
			require.NoError(t, err)
			assert.Equal(t, tt.want, ev.Verdict)
			codes := findingCodes(ev.Findings)
			if tt.code == "" {
				assert.NotContains(t, codes, CodeVerdict)
				assert.NotContains(t, codes, CodeVerdictWithheld)
				return
			}
			assert.Contains(t, codes, tt.code)
			for _, f := range ev.Findings {
				if f.Code == CodeVerdict {
					assert.Equal(t, auhl.Str("governance.outcome."+string(tt.want)), f.Params["outcome"])
					assert.NotEmpty(t, f.Source.Title, "the verdict cites its rule's source")
				}
			}
		})
	}
}

// TestNoPresetGivesAVerdict: none of the shipped frameworks defines a
// verdict (the sources give none for them), so none has a rule.
func TestNoPresetGivesAVerdict(t *testing.T) {
	for _, id := range Presets() {
		f, err := Preset(id)
		require.NoError(t, err)
		for _, fw := range f.Years {
			assert.Nil(t, fw.Verdict, id)
		}
	}
}

// TestInvalidVerdictRules: a rule naming a band the framework lacks, or
// asking less for a positive verdict than for one with conditions, is
// refused with its path.
func TestInvalidVerdictRules(t *testing.T) {
	tests := []struct {
		name string
		rule VerdictRule
		want []string
	}{
		{"an unknown band", VerdictRule{Positive: "top", Conditions: "mid"}, []string{"/years/0/verdict/positive " + CodeBandUnknown}},
		{"conditions above positive", VerdictRule{Positive: "mid", Conditions: "high"}, []string{"/years/0/verdict/conditions " + CodeBandsOrder}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fw := verdictFramework(t, nil)
			rule := tt.rule
			rule.Basis = basis()
			fw.Verdict = &rule
			_, err := ParseFramework(fileOf(t, *fw))
			require.ErrorIs(t, err, auhl.ErrInvalid)
			assert.Equal(t, tt.want, problems(t, err))
		})
	}
}
