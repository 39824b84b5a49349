package combination

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
	"github.com/auhl/auhl-go/procedures/progress"
)

// handelsingenieur is a first-year student of the bachelor handelsingenieur
// (648) who changes to the bachelor in de toegepaste economische
// wetenschappen (625) on date, with 60 credits of real units of 648: 24
// passed, 12 failed, 24 not examined. The student and the results are
// made up.
func handelsingenieur(date string) Reorientation {
	return Reorientation{
		AcademicYear: y2024, Date: auhl.MustParseDate(date), Contract: Diploma,
		From: ProgrammeRef{Institution: auhl.UHasselt, Code: "648"},
		To:   ProgrammeRef{Institution: auhl.UHasselt, Code: "625"},
		Units: []TakenUnit{
			{Code: "3872", Result: StandingPassed},      // Financial accounting, 6
			{Code: "1312", Result: StandingPassed},      // Marketing, 6, also in 625
			{Code: "1178", Result: StandingPassed},      // Business English 1, 3, also in 625
			{Code: "3874", Result: StandingPassed},      // Academisch Nederlands, 3
			{Code: "3877", Result: StandingPassed},      // Psychologie en groepsdynamica, 6
			{Code: "3873", Result: StandingFailed},      // Macro-economie, 6
			{Code: "1536", Result: StandingFailed},      // Hogere wiskunde 1, 6
			{Code: "1356", Result: StandingNotExamined}, // Hogere wiskunde 2, 6
			{Code: "1352", Result: StandingNotExamined}, // Business English 2, 3, also in 625
			{Code: "3725", Result: StandingNotExamined}, // Programmeren en algoritmisch denken, 6
			{Code: "1537", Result: StandingNotExamined}, // Natuurkunde en technologie, 6
			{Code: "3875", Result: StandingNotExamined}, // Financiële markten en producten, 3
		},
	}
}

// tew are 21 credits of real units of 625 for the second semester.
var tew = []PlannedUnit{{Code: "1352"}, {Code: "3505"}, {Code: "1309"}, {Code: "1535"}, {Code: "3507"}}

// lateConsent is the chair's consent to the enrolment after 1 October.
var lateConsent = Override{Finding: CodeLateProgramme, By: "voorzitter examencommissie", Reason: "heroriëntering", Date: auhl.MustParseDate("2025-02-07")}

// codes lists the codes of fs, with the unit where there is one.
func codes(fs []auhl.Finding) []string {
	return got(Result{Findings: fs})
}

// TestReorientExemptions: units passed carry over by code or by a declared
// equivalence, never one failed or not examined, each problem named.
func TestReorientExemptions(t *testing.T) {
	equiv := func(unit, target string) Equivalence {
		return Equivalence{Unit: unit, Target: target, By: "bureau examencommissie", Date: auhl.MustParseDate("2025-02-07")}
	}
	// byCode are the two units 625 has under the same code as 648.
	byCode := []string{"uhasselt/1312>uhasselt/1312/code", "uhasselt/1178>uhasselt/1178/code"}
	type row struct {
		name     string
		change   func(r *Reorientation)
		exempted []string // "unit>target/match"
		credits  auhl.Credits
		want     []string // codes of findings, besides the exemptions
		notWant  []string
	}
	// ignored is a case whose one equivalence gives no exemption but the
	// finding want.
	ignored := func(name string, e Equivalence, want string) row {
		return row{name: name, change: func(r *Reorientation) { r.Equivalences = []Equivalence{e} }, exempted: byCode, credits: 9, want: []string{want}}
	}
	tests := []row{
		{
			name:     "by code",
			change:   func(r *Reorientation) {},
			exempted: byCode,
			credits:  9,
			want:     []string{CodeReoNoMatch + " uhasselt/3872", CodeReoNoMatch + " uhasselt/3874", CodeReoNoMatch + " uhasselt/3877", CodeReoExempted, CodeReoRequest},
		},
		{
			name:     "declared equivalence",
			change:   func(r *Reorientation) { r.Equivalences = []Equivalence{equiv("3872", "1170"), equiv("3877", "3510")} },
			exempted: []string{"uhasselt/3872>uhasselt/1170/equivalence", "uhasselt/1312>uhasselt/1312/code", "uhasselt/1178>uhasselt/1178/code", "uhasselt/3877>uhasselt/3510/equivalence"},
			credits:  21,
			want:     []string{CodeReoEquivalent + " uhasselt/3872", CodeReoEquivalent + " uhasselt/3877"},
		},
		ignored("an equivalence of a unit failed gives nothing", equiv("3873", "1169"), CodeReoNotAcquired+" uhasselt/3873"),
		ignored("nor one of a unit not examined", equiv("1356", "1533"), CodeReoNotAcquired+" uhasselt/1356"),
		ignored("a target the new programme lacks", equiv("3872", "1536"), CodeReoTargetNotInProgramme+" uhasselt/3872"),
		{
			name:     "fewer credits than the unit exempted",
			change:   func(r *Reorientation) { r.Equivalences = []Equivalence{equiv("3874", "1309")} },
			exempted: []string{"uhasselt/1312>uhasselt/1312/code", "uhasselt/1178>uhasselt/1178/code", "uhasselt/3874>uhasselt/1309/equivalence"},
			credits:  15,
			want:     []string{CodeReoCreditsDiffer + " uhasselt/3874"},
		},
		ignored("one target exempted once", equiv("3877", "1312"), CodeReoTargetTwice+" uhasselt/3877"),
		{
			name: "to a PXL programme: no code matches across institutions",
			change: func(r *Reorientation) {
				r.To = ProgrammeRef{Institution: auhl.PXL, Code: "BM"}
				r.Equivalences = []Equivalence{equiv("1312", "MARK1")}
			},
			exempted: []string{"uhasselt/1312>pxl/MARK1/equivalence"},
			credits:  0,
			want:     []string{CodeReoProgrammeUnknown, CodeReoNoMatch + " uhasselt/1178"},
			notWant:  []string{CodeReoRequest},
		},
		{
			name: "nothing passed",
			change: func(r *Reorientation) {
				r.Units = []TakenUnit{{Code: "1312", Result: StandingFailed}, {Code: "1178", Result: StandingNotExamined}}
			},
			credits: 0,
			want:    []string{CodeReoExempted},
			notWant: []string{CodeReoRequest, CodeReoSameUnit},
		},
		{
			name:     "a unit of another programme",
			change:   func(r *Reorientation) { r.Units = append(r.Units, TakenUnit{Code: "2196", Result: StandingPassed}) },
			exempted: byCode,
			credits:  9,
			want:     []string{CodeReoNotInProgramme + " uhasselt/2196", CodeReoNoMatch + " uhasselt/2196"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := handelsingenieur("2025-02-10")
			tt.change(&r)
			res, err := Reorient(r)
			require.NoError(t, err)
			var ex []string
			for _, e := range res.Exemptions {
				ex = append(ex, e.Unit.String()+">"+e.Target.String()+"/"+string(e.Match))
			}
			assert.Equal(t, tt.exempted, ex)
			assert.Equal(t, tt.credits, res.ExemptedCredits)
			g := codes(res.Findings)
			for _, w := range tt.want {
				assert.Contains(t, g, w)
			}
			for _, w := range tt.notWant {
				assert.NotContains(t, g, w)
			}
		})
	}
}

// TestReorientLeerkrediet: the leerkrediet of the year through package
// leerkrediet: 140 - 60 + 24 passed + 24 bonus, then the credits not
// examined back by the date of the change, then the 21 credits of the new
// programme.
func TestReorientLeerkrediet(t *testing.T) {
	tests := []struct {
		name     string
		date     string
		planned  bool
		returned bool
		balance  int
		code     string
	}{
		{"before 1 December: all back", "2024-11-20", true, false, 80 + 48 + 24 - 21, leerkrediet.CodeReorientationFull},
		{"from 1 December to 15 March: half back", "2025-02-10", true, false, 80 + 48 + 12 - 21, leerkrediet.CodeReorientationHalf},
		{"15 March is still half", "2025-03-15", true, false, 80 + 48 + 12 - 21, leerkrediet.CodeReorientationHalf},
		{"after 15 March: only what was passed", "2025-03-16", true, false, 80 + 48 - 21, leerkrediet.CodeReorientationLate},
		{"the institution returns all", "2025-04-01", true, true, 80 + 48 + 24 - 21, leerkrediet.CodeReorientationInstitution},
		{"no new enrolment: the legal return does not apply", "2025-02-10", false, false, 80 + 48, leerkrediet.CodeReorientationStopped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := handelsingenieur(tt.date)
			r.ReturnedByInstitution = tt.returned
			if tt.planned {
				r.Planned, r.Overrides = tew, []Override{lateConsent}
			}
			res, err := Reorient(r)
			require.NoError(t, err)
			assert.Equal(t, tt.balance, res.Leerkrediet.Balance)
			assert.Contains(t, codes(res.Leerkrediet.Findings), tt.code)
			i := slices.IndexFunc(res.Findings, func(f auhl.Finding) bool { return f.Code == CodeReoLeerkrediet })
			require.GreaterOrEqual(t, i, 0)
			balance, ok := res.Findings[i].Params["balance"].Int64()
			require.True(t, ok)
			assert.Equal(t, int64(tt.balance), balance)
			assert.NotEmpty(t, res.Findings[i].Source.URL)
		})
	}
}

// TestReorientProgress: the success rate of the programme left on the day
// of the change, against UHasselt's thresholds (under 30% refused, under
// 60% binding conditions), and the first-60-credits rule.
func TestReorientProgress(t *testing.T) {
	with := func(passed ...string) func(r *Reorientation) {
		return func(r *Reorientation) {
			for i := range r.Units {
				if slices.Contains(passed, r.Units[i].Code) {
					r.Units[i].Result = StandingPassed
				} else if r.Units[i].Result == StandingPassed {
					r.Units[i].Result = StandingFailed
				}
			}
		}
	}
	tests := []struct {
		name   string
		change func(r *Reorientation)
		rate   float64
		back   progress.Outcome
		onward progress.Outcome
		code   string
	}{
		{"under 30%: the way back is refused", with("1312", "1178"), 15, progress.Refused, progress.AllowedWithConditions, CodeReoBackRefused},
		{"40%: binding conditions", with("3872", "1312", "1178", "3874", "3877"), 40, progress.AllowedWithConditions, progress.AllowedWithConditions, CodeReoBackConditions},
		{"60%: allowed", with("3872", "1312", "1178", "3874", "3877", "3873", "1536"), 60, progress.Allowed, progress.Allowed, CodeReoBackAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := handelsingenieur("2025-02-10")
			tt.change(&r)
			res, err := Reorient(r)
			require.NoError(t, err)
			assert.InDelta(t, tt.rate, res.Back.SuccessRate, 0.05)
			assert.Equal(t, tt.back, res.Back.Outcome)
			assert.Equal(t, tt.onward, res.Onward.Outcome)
			g := codes(res.Findings)
			assert.Contains(t, g, tt.code)
			assert.Contains(t, g, CodeReoRate)
			assert.Contains(t, codes(res.Back.Findings), progress.CodeDrempelpakketOpen, "the cohort of 2024-2025 is under the decree")
			assert.Contains(t, g, CodeReoDrempelpakketNew)
			if res.Onward.Outcome == progress.Allowed {
				assert.Contains(t, g, CodeReoOnwardAllowed)
			}
			if res.Onward.Outcome == progress.AllowedWithConditions {
				assert.Contains(t, g, CodeReoOnwardConditions)
				assert.Equal(t, 60, res.Onward.Conditions.TargetRate, "a new programme aims at 60%")
			}
		})
	}
}

// TestReorientOnwardAtTheNewInstitution: the way on is decided under the
// rules of the new programme's institution, the way back under those of
// the programme left.
func TestReorientOnwardAtTheNewInstitution(t *testing.T) {
	r := handelsingenieur("2025-02-10")
	r.To = ProgrammeRef{Institution: auhl.PXL, Code: "BM"}
	res, err := Reorient(r)
	require.NoError(t, err)
	rec := progress.Record{Institution: auhl.PXL, Programme: "648", Cohort: y2024, NewProgramme: true,
		Enrolments: []progress.Enrolment{{AcademicYear: y2024, Enrolled: 60, Earned: 24, DrempelpakketOpen: 36}}}
	want, err := progress.Decide(rec)
	require.NoError(t, err)
	assert.Equal(t, want, res.Onward)
	rec.Institution, rec.NewProgramme = auhl.UHasselt, false
	want, err = progress.Decide(rec)
	require.NoError(t, err)
	assert.Equal(t, want, res.Back)
}

// TestReorientWhatIf: the rest of the year in the new programme is
// validated as a plan, with the results and the exemptions as history: a
// late enrolment blocks until the chair consents, and an exempted unit
// planned again is named.
func TestReorientWhatIf(t *testing.T) {
	r := handelsingenieur("2025-02-10")
	r.Planned = append(slices.Clone(tew), PlannedUnit{Code: "1312"})
	res, err := Reorient(r)
	require.NoError(t, err)
	require.NotNil(t, res.Plan)
	assert.True(t, res.Plan.Blocked)
	g := got(res.Plan.Result)
	assert.Contains(t, g, CodeLateProgramme)
	assert.Contains(t, g, CodeUnitAlreadyPassed+" uhasselt/1312")
	assert.Equal(t, auhl.Credits(27), res.Plan.Credits)

	r.Overrides = []Override{lateConsent}
	res, err = Reorient(r)
	require.NoError(t, err)
	assert.False(t, res.Plan.Blocked)
	require.Len(t, res.Plan.Overridden, 1)
	assert.Equal(t, CodeLateProgramme, res.Plan.Overridden[0].Finding.Code)

	r.Planned = nil
	res, err = Reorient(r)
	require.NoError(t, err)
	assert.Nil(t, res.Plan)
}

// TestReorientRejects: bad input is a *auhl.ValidationError naming each
// problem, and gives no result.
func TestReorientRejects(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *Reorientation)
		want   []string // "path code"
	}{
		{"a day outside the year", func(r *Reorientation) { r.Date = auhl.MustParseDate("2025-10-01") }, []string{"/date " + CodeDateOutsideYear}},
		{"the same programme", func(r *Reorientation) { r.To = r.From }, []string{"/to/code " + CodeSameProgramme}},
		{"a unit twice, one without result", func(r *Reorientation) {
			r.Units = append(r.Units, TakenUnit{Code: "1312"})
		}, []string{"/units/12/code units.duplicate", "/units/12/result value.required"}},
		{"an equivalence of a unit not taken", func(r *Reorientation) {
			r.Equivalences = []Equivalence{{Unit: "2196", Target: "1170", By: "b", Date: r.Date}}
		}, []string{"/equivalences/0/unit " + CodeEquivalenceUnit}},
		{"an equivalence that says nothing of who", func(r *Reorientation) {
			r.Equivalences = []Equivalence{{Unit: "3872", Target: "1170", Date: r.Date}}
		}, []string{"/equivalences/0/by value.required"}},
		{"an override without reason", func(r *Reorientation) {
			r.Planned, r.Overrides = tew, []Override{{Finding: CodeLateProgramme, By: "b", Date: r.Date}}
		}, []string{"/overrides/0/reason value.required"}},
		{"a master", func(r *Reorientation) { r.To.Code = "628" }, []string{"/to/code " + CodeNotBachelor}},
		{"credits nobody gives", func(r *Reorientation) {
			r.Units = append(r.Units, TakenUnit{Code: "ZZ99", Result: StandingPassed})
		}, []string{"/units/12/credits " + CodeUnitCreditsUnknown}},
		{"a year the rules do not cover", func(r *Reorientation) {
			r.AcademicYear, r.Date = mustYear("2023-2024"), auhl.MustParseDate("2024-02-10")
		}, []string{" rules.period-unknown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := handelsingenieur("2025-02-10")
			tt.change(&r)
			res, err := Reorient(r)
			require.ErrorIs(t, err, auhl.ErrInvalid)
			assert.Empty(t, res.Findings)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			var all []string
			for _, p := range ve.Problems {
				all = append(all, p.Path+" "+p.Code)
			}
			for _, w := range tt.want {
				assert.Contains(t, all, w)
			}
		})
	}
}

// TestDecodeReorientation: the JSON round trip, and strict decoding.
func TestDecodeReorientation(t *testing.T) {
	r := handelsingenieur("2025-02-10")
	r.Planned, r.Overrides = tew, []Override{lateConsent}
	r.Equivalences = []Equivalence{{Unit: "3872", Target: "1170", By: "b", Date: auhl.MustParseDate("2025-02-07")}}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	back, err := DecodeReorientation(b)
	require.NoError(t, err)
	assert.Equal(t, r, back)

	tests := []struct {
		name string
		in   string
		code string
	}{
		{"unknown result", `{"academicYear": "2024-2025", "date": "2025-02-10", "contract": "diploma", "from": {"institution": "uhasselt", "code": "648"}, "to": {"institution": "uhasselt", "code": "625"}, "units": [{"code": "1312", "result": "tolerated"}]}`, auhl.CodeEnum},
		{"unknown field", `{"academicYear": "2024-2025", "grade": 12}`, auhl.CodeJSONUnknownField},
		{"not an object", `[]`, auhl.CodeJSONType},
		{"too large", `{"units": [` + string(make([]byte, MaxReorientationBytes)) + `]}`, auhl.CodeJSONTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeReorientation([]byte(tt.in))
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			var all []string
			for _, p := range ve.Problems {
				all = append(all, p.Code)
			}
			assert.Contains(t, all, tt.code)
		})
	}
}

// TestReorientProperties: whatever the results, only units passed carry
// over, no target twice, the credits add up, and the order of the units
// changes no exemption.
func TestReorientProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 5))
	for range 50 {
		r := handelsingenieur("2025-02-10")
		for i := range r.Units {
			r.Units[i].Result = standings[rng.IntN(len(standings))]
		}
		r.Equivalences = []Equivalence{{Unit: "3872", Target: "1170", By: "b", Date: r.Date}}
		res, err := Reorient(r)
		require.NoError(t, err)
		assert.Equal(t, res.Credits, res.Passed+res.Failed+res.NotExamined)
		seen := map[string]bool{}
		var sum auhl.Credits
		for _, e := range res.Exemptions {
			i := slices.IndexFunc(r.Units, func(u TakenUnit) bool { return u.Code == e.Unit.Code })
			require.GreaterOrEqual(t, i, 0)
			assert.Equal(t, StandingPassed, r.Units[i].Result)
			assert.False(t, seen[e.Target.String()])
			seen[e.Target.String()] = true
			sum += e.Credits
		}
		assert.Equal(t, sum, res.ExemptedCredits)

		rng.Shuffle(len(r.Units), func(i, j int) { r.Units[i], r.Units[j] = r.Units[j], r.Units[i] })
		shuffled, err := Reorient(r)
		require.NoError(t, err)
		assert.ElementsMatch(t, res.Exemptions, shuffled.Exemptions)
		assert.Equal(t, res.Leerkrediet.Balance, shuffled.Leerkrediet.Balance)
	}
}

// FuzzDecodeReorientation: no input makes DecodeReorientation or Reorient
// panic, and bad input is always a validation error.
func FuzzDecodeReorientation(f *testing.F) {
	r := handelsingenieur("2025-02-10")
	r.Planned, r.Overrides = tew, []Override{lateConsent}
	r.Equivalences = []Equivalence{{Unit: "3872", Target: "1170", By: "b", Date: r.Date}}
	b, err := json.Marshal(r)
	require.NoError(f, err)
	f.Add(b)
	f.Add([]byte(`{"academicYear": "2025-2026", "date": "2025-11-30", "contract": "credit", "from": {"institution": "uhasselt", "code": "135"}, "to": {"institution": "pxl", "code": "TI"}, "units": [{"code": "2196", "result": "passed"}, {"code": "X1", "credits": 240, "result": "not-examined"}], "equivalences": [{"unit": "2196", "target": "DB", "by": "b", "date": "2025-11-01"}]}`))
	f.Add([]byte(`{"academicYear": "2024-2025", "date": "2025-02-10", "contract": "exam", "from": {"institution": "uhasselt", "code": "015"}, "to": {"institution": "uhasselt", "code": "135"}, "units": [{"code": "4377", "result": "passed"}], "planned": [{"code": "2196", "institution": "pxl"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeReorientation(data)
		if err != nil {
			require.ErrorIs(t, err, auhl.ErrInvalid)
			return
		}
		if _, err := Reorient(r); err != nil {
			require.ErrorIs(t, err, auhl.ErrInvalid)
		}
	})
}

// BenchmarkReorient: a first-year change with 12 units, an equivalence,
// and the what-if audit of five planned units.
func BenchmarkReorient(b *testing.B) {
	r := handelsingenieur("2025-02-10")
	r.Planned, r.Overrides = tew, []Override{lateConsent}
	r.Equivalences = []Equivalence{{Unit: "3872", Target: "1170", By: "b", Date: r.Date}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Reorient(r); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEveryFindingCitesItsSource: every finding of a plan and of a change
// of programme names the source it rests on, save the one that says no
// load limits are known for the institution.
func TestEveryFindingCitesItsSource(t *testing.T) {
	r := handelsingenieur("2025-02-10")
	r.Planned = append(slices.Clone(tew), PlannedUnit{Code: "1312"}, PlannedUnit{Code: "X1", Institution: auhl.PXL, Credits: 3})
	r.Overrides = []Override{lateConsent, {Finding: CodeLoadMax, By: "b", Reason: "r", Date: r.Date}, {Finding: CodeNotPassed, Unit: "2248", By: "b", Reason: "r", Date: r.Date}}
	res, err := Reorient(r)
	require.NoError(t, err)
	issue, err := validator(t).Validate(informatica("0660", "1303", "2196", "2248", "2941", "3265", "3266", "4377", "4379", "4380", "9999"))
	require.NoError(t, err)
	pxl, err := Validate(Plan{AcademicYear: y2024, Institution: auhl.PXL, Contract: Credit, Units: []PlannedUnit{{Code: "2196", Institution: auhl.UHasselt}}})
	require.NoError(t, err)
	for name, fs := range map[string][]auhl.Finding{"change": res.Findings, "what-if": res.Plan.Findings, "issue plan": issue.Findings, "PXL plan": pxl.Findings} {
		require.NotEmpty(t, fs)
		for _, f := range fs {
			if f.Code == CodeLoadRuleUnknown {
				continue
			}
			assert.NotEmpty(t, f.Source.Title, "%s: %s", name, f.Code)
		}
	}
}

// TestDecodeReorientationHostile: a document just under the size limit
// full of bad units is refused with at most auhl.MaxProblems problems
// listed and the rest counted.
func TestDecodeReorientationHostile(t *testing.T) {
	unit := `{"code": "!", "credits": 999},`
	var b strings.Builder
	b.WriteString(`{"academicYear": "2024-2025", "date": "2025-02-10", "contract": "diploma", "from": {"institution": "uhasselt", "code": "648"}, "to": {"institution": "uhasselt", "code": "625"}, "units": [`)
	for b.Len()+len(unit)+2 < MaxReorientationBytes {
		b.WriteString(unit)
	}
	doc := strings.TrimSuffix(b.String(), ",") + "]}"
	require.LessOrEqual(t, len(doc), MaxReorientationBytes)
	_, err := DecodeReorientation([]byte(doc))
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.LessOrEqual(t, len(ve.Problems), auhl.MaxProblems)
	assert.Positive(t, ve.More)
}
