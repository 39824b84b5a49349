package report_test

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// answers answers every item of the default questionnaire: 5 on the
// scales of high, 2 on the others, reversed items flipped.
func answers(high ...studychoice.ScaleID) map[string]int {
	out := map[string]int{}
	for _, it := range studychoice.DefaultQuestionnaire().Items {
		v := 2
		for _, s := range high {
			if it.Scale == s {
				v = 5
			}
		}
		if it.Reverse {
			v = 6 - v
		}
		out[it.ID] = v
	}
	return out
}

// same answers every item of the default questionnaire with v.
func same(v int) map[string]int {
	out := map[string]int{}
	for _, it := range studychoice.DefaultQuestionnaire().Items {
		out[it.ID] = v
	}
	return out
}

// schoolLeaver is a pupil with doorstroomfinaliteit who expects the
// diploma this school year.
var schoolLeaver = studychoice.Background{Diploma: studychoice.DiplomaExpected, Finaliteit: studychoice.Doorstroom, MathsHours: 6}

// wantLines is what a report makes of findings in language l: each
// rendered, with its page, and marked when it is a warning or an error.
func wantLines(l auhl.Lang, fs []auhl.Finding) []report.Line {
	out := []report.Line{}
	for _, f := range fs {
		out = append(out, report.Line{Text: i18n.Render(l, f), URL: f.Source.URL,
			Warning: f.Severity == auhl.Warning || f.Severity == auhl.Error})
	}
	return out
}

// shown are the programmes of a that a report with at most top
// programmes shows: those not excluded, in order.
func shown(a studychoice.Advice, top int) []studychoice.ProgrammeScore {
	var out []studychoice.ProgrammeScore
	for _, p := range a.Programmes {
		if top > 0 && len(out) == top {
			break
		}
		if !p.Excluded {
			out = append(out, p)
		}
	}
	return out
}

// TestNewOnTheAdvisorsAdvice arranges the advisor's real advice on the
// embedded data for profiles that reach every block, in both languages,
// and checks each block against the advice it comes from.
func TestNewOnTheAdvisorsAdvice(t *testing.T) {
	adv := studychoice.NewAdvisor(nil)
	tests := []struct {
		name    string
		profile studychoice.Profile
		// code is the first letter of the Holland code; "" for none.
		code string
		// routes says whether the report has other routes.
		routes bool
		// programmes says whether any programme is shown.
		programmes bool
	}{
		{
			name:    "investigative school leaver",
			profile: studychoice.Profile{Answers: answers(studychoice.Investigative, studychoice.Academic), Background: schoolLeaver},
			code:    "I", programmes: true,
		},
		{
			name:    "social school leaver",
			profile: studychoice.Profile{Answers: answers(studychoice.Social), Background: schoolLeaver},
			code:    "S", programmes: true,
		},
		{
			name:    "flat answers",
			profile: studychoice.Profile{Answers: same(3), Background: schoolLeaver},
			code:    "", programmes: true,
		},
		{
			name:    "no answers",
			profile: studychoice.Profile{Answers: map[string]int{}, Background: schoolLeaver},
			code:    "", programmes: true,
		},
		{
			name: "no diploma, no Dutch, work experience, diploma from abroad",
			profile: studychoice.Profile{Answers: answers(studychoice.Realistic), Background: studychoice.Background{
				Diploma: studychoice.DiplomaNone, Dutch: studychoice.DutchNone, WorkExperience: true, ForeignDiploma: true, Age: 30}},
			code: "R", routes: true, programmes: true,
		},
		{
			name: "preferences no programme meets",
			profile: studychoice.Profile{Answers: answers(studychoice.Artistic), Background: schoolLeaver,
				Preferences: studychoice.Preferences{Languages: []auhl.Lang{auhl.English}, MaxYears: 1}},
			code: "A", programmes: false,
		},
	}
	for _, tt := range tests {
		a, err := adv.Advise(tt.profile)
		require.NoError(t, err, tt.name)
		for _, l := range auhl.Langs() {
			for _, top := range []int{0, 3} {
				t.Run(fmt.Sprintf("%s/%s/top %d", tt.name, l, top), func(t *testing.T) {
					r := report.New(l, nil, a, top)
					assert.Equal(t, l, r.Lang)
					checkLevel(t, l, a, r)
					checkFindings(t, l, a, r)
					checkInterests(t, l, a, r, tt.code)
					checkProgrammes(t, l, a, r, top, tt.programmes)
					assert.Equal(t, tt.routes, len(r.Routes.Lines) > 0, "routes")
					assert.Equal(t, wantLines(l, a.NextSteps), r.NextSteps.Lines, "next steps")
					assert.NotEmpty(t, r.NextSteps.Lines, "the association's help is always a next step")
					assert.Contains(t, r.Versions, a.Catalog)
					assert.Contains(t, r.Versions, a.Questionnaire)
				})
			}
		}
	}
}

// checkLevel proves that the level block is the advice's level in words.
func checkLevel(t *testing.T, l auhl.Lang, a studychoice.Advice, r report.Report) {
	t.Helper()
	require.NotEmpty(t, a.Level.Recommended)
	assert.Equal(t, a.Level.Recommended.Name().In(l), r.Level.Recommended)
	assert.Equal(t, wantLines(l, a.Level.Reasons), r.Level.Lines, "level lines")
	require.NotEmpty(t, r.Level.Lines)
	assert.Contains(t, r.Level.Lines[0].Text, r.Level.Recommended, "the headline names the level")
}

// checkFindings proves that every finding about the whole profile lands
// in one block, in the advice's order: the disclaimer, the interests, or
// the other routes.
func checkFindings(t *testing.T, l auhl.Lang, a studychoice.Advice, r report.Report) {
	t.Helper()
	var disclaimer, interests, routes []auhl.Finding
	for _, f := range a.Findings {
		switch {
		case f.Code == studychoice.CodeDisclaimer:
			disclaimer = append(disclaimer, f)
		case strings.HasPrefix(f.Code, "studychoice.interest."):
			interests = append(interests, f)
		default:
			routes = append(routes, f)
		}
	}
	require.Len(t, disclaimer, 1, "the advice has one disclaimer")
	assert.Equal(t, wantLines(l, disclaimer), r.Disclaimer, "disclaimer")
	assert.Equal(t, wantLines(l, interests), r.Interests.Lines, "interest lines")
	assert.Equal(t, wantLines(l, routes), r.Routes.Lines, "routes")
	for _, line := range r.Routes.Lines {
		assert.True(t, line.Warning, "a route is a warning: %s", line.Text)
	}
}

// checkInterests proves that the interest block gives the advice's
// Holland code, whose first letter is first (none when first is ""), and
// the scale scores in the questionnaire's order.
func checkInterests(t *testing.T, l auhl.Lang, a studychoice.Advice, r report.Report, first string) {
	t.Helper()
	if first == "" {
		assert.Empty(t, a.Interests.Code)
		assert.Empty(t, r.Interests.Code)
		assert.Empty(t, r.Interests.CodeText)
		assert.True(t, slices.ContainsFunc(r.Interests.Lines, func(x report.Line) bool { return x.Warning }),
			"an advice without a Holland code warns why")
	} else {
		assert.Equal(t, string(a.Interests.Code), r.Interests.Code)
		assert.True(t, strings.HasPrefix(r.Interests.Code, first), "code %q", r.Interests.Code)
		assert.Contains(t, r.Interests.CodeText, r.Interests.Code)
	}
	var want []report.ScaleScore
	for _, s := range studychoice.DefaultQuestionnaire().Scales {
		if score, ok := a.Interests.Scores[s.ID]; ok {
			want = append(want, report.ScaleScore{ID: s.ID, Name: s.Name.In(l), Score: int(math.Round(score)), Max: 40})
		}
	}
	if want == nil {
		want = []report.ScaleScore{}
	}
	assert.Equal(t, want, r.Interests.Scales, "scales in the questionnaire's order")
}

// checkProgrammes proves that the programmes shown are the advice's
// programmes that are not excluded, best first, at most top, each in
// words; some says whether there are any. Every reason and flag of the
// advice is in the report, once: in the programme's own lines, in the
// list's Common, or, for a fact still to be confirmed, in the
// programme's Unconfirmed and the list's count.
func checkProgrammes(t *testing.T, l auhl.Lang, a studychoice.Advice, r report.Report, top int, some bool) {
	t.Helper()
	want := shown(a, top)
	require.Len(t, r.Programmes.Items, len(want))
	assert.Equal(t, some, len(want) > 0, "programmes shown")
	if top > 0 && some {
		assert.Len(t, r.Programmes.Items, top, "enough programmes for the top %d", top)
	}
	assert.Equal(t, len(want) == 0, r.Programmes.Empty != "", "Empty says why there are none, only then")
	assert.Equal(t, len(r.Programmes.Common) > 0, r.Programmes.CommonLead != "", "a lead only before common lines")
	common := r.Programmes.Common
	unconfirmed := 0
	for i, p := range want {
		got := r.Programmes.Items[i]
		assert.Equal(t, p.ID, got.ID)
		assert.Equal(t, p.Name.In(l), got.Name)
		assert.Equal(t, p.Institution, got.Institution)
		assert.Equal(t, p.Institution.Name().In(l), got.InstitutionName)
		assert.Equal(t, p.Level.Name().In(l), got.Level)
		assert.Equal(t, p.URL, got.URL)
		assert.Equal(t, p.Overall, got.Overall)
		assert.Equal(t, report.FitLabel(p.Overall).In(l), got.Fit)
		assert.Equal(t, report.BandLabel(p.Preparation).In(l), got.Preparation)
		assert.True(t, strings.HasPrefix(got.Overview, fmt.Sprintf("%s (%d/100) · ", got.Fit, p.Overall)), got.Overview)
		assert.Contains(t, got.Overview, got.Preparation)
		assert.Equal(t, p.PreferenceFit < 100, strings.Contains(got.Overview, fmt.Sprintf("%d%%", p.PreferenceFit)), "the preferences, when not all are met")
		for _, a := range got.Admission {
			assert.Contains(t, got.Overview, a)
		}

		reasons := wantLines(l, p.Reasons)
		assert.Equal(t, without(reasons, common), got.Reasons, "the reasons of %s but the common ones", p.ID)
		var flags []auhl.Finding
		var facts []string
		var admission []string
		for _, f := range p.Flags {
			if f.Code == catalog.CodeFactUnverified {
				label, _ := f.Params["label"].Text()
				facts = append(facts, label.In(l))
				continue
			}
			if a := report.AdmissionLabel(f.Code); !a.IsZero() {
				admission = append(admission, a.In(l))
			}
			flags = append(flags, f)
		}
		if admission == nil {
			admission = []string{}
		}
		assert.Equal(t, admission, got.Admission, "what admission asks of %s", p.ID)
		assert.Equal(t, without(wantLines(l, flags), common), got.Flags, "the flags of %s but the common ones and the facts to confirm", p.ID)
		// The admission decision: the outcome and every warning, in the
		// overview the outcome in a few words.
		var entry []auhl.Finding
		if p.Admission != nil {
			for i, f := range p.Admission.Findings {
				if i == 0 || f.Severity != auhl.Info {
					entry = append(entry, f)
				}
			}
			assert.NotEmpty(t, got.Access)
			assert.Contains(t, got.Overview, got.Access)
			assert.True(t, strings.HasPrefix(got.Access, p.Admission.Outcome.Name().In(l)), got.Access)
		}
		assert.Equal(t, wantLines(l, entry), got.Entry, "the admission lines of %s, all on its card", p.ID)
		for _, c := range common {
			assert.True(t, slices.Contains(reasons, c) || slices.Contains(wantLines(l, flags), c), "%q is common, and %s has it", c.Text, p.ID)
		}
		unconfirmed += len(facts)
		if len(facts) == 0 {
			assert.Zero(t, got.Unconfirmed, "%s has every fact confirmed", p.ID)
		} else {
			assert.True(t, got.Unconfirmed.Warning)
			assert.Equal(t, p.URL, got.Unconfirmed.URL, "where to check")
			for _, f := range facts {
				assert.Contains(t, got.Unconfirmed.Text, f, "%s names its own facts to confirm", p.ID)
			}
		}
	}
	switch {
	case unconfirmed == 0:
		assert.Empty(t, r.Programmes.Unconfirmed)
	case unconfirmed == 1:
		assert.NotEmpty(t, r.Programmes.Unconfirmed)
	default:
		assert.Contains(t, r.Programmes.Unconfirmed, fmt.Sprint(unconfirmed), "how many facts, once for the list")
	}
	// Nothing said by every programme is left on a card.
	if len(r.Programmes.Items) > 1 {
		for _, c := range slices.Concat(r.Programmes.Items[0].Reasons, r.Programmes.Items[0].Flags) {
			every := true
			for _, it := range r.Programmes.Items[1:] {
				every = every && (slices.Contains(it.Reasons, c) || slices.Contains(it.Flags, c))
			}
			assert.False(t, every, "%q is on every card", c.Text)
		}
	} else {
		assert.Empty(t, common, "nothing is common to one programme")
	}
}

// without is lines without those in drop.
func without(lines, drop []report.Line) []report.Line {
	out := []report.Line{}
	for _, x := range lines {
		if !slices.Contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

func TestNewLanguage(t *testing.T) {
	a, err := studychoice.NewAdvisor(nil).Advise(studychoice.Profile{Answers: answers(studychoice.Investigative), Background: schoolLeaver})
	require.NoError(t, err)
	tests := []struct {
		name string
		lang auhl.Lang
		want auhl.Lang
	}{
		{"Dutch", auhl.Dutch, auhl.Dutch},
		{"English", auhl.English, auhl.English},
		{"empty: Dutch", "", auhl.Dutch},
		{"unsupported: Dutch", "fr", auhl.Dutch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := report.New(tt.lang, nil, a, 1)
			assert.Equal(t, tt.want, r.Lang)
			assert.Equal(t, report.New(tt.want, nil, a, 1), r, "the whole report is in that language")
		})
	}
	nl, en := report.New(auhl.Dutch, nil, a, 1), report.New(auhl.English, nil, a, 1)
	assert.NotEqual(t, nl.Level.Heading, en.Level.Heading)
	assert.NotEqual(t, nl.Programmes.Items[0].Overview, en.Programmes.Items[0].Overview)
}

func TestNewTop(t *testing.T) {
	a, err := studychoice.NewAdvisor(nil).Advise(studychoice.Profile{Answers: answers(studychoice.Social), Background: schoolLeaver})
	require.NoError(t, err)
	all := len(shown(a, 0))
	require.Greater(t, all, 5, "the catalogue has enough programmes to cut")
	tests := []struct {
		name string
		top  int
		want int
	}{
		{"negative: all", -1, all},
		{"zero: all", 0, all},
		{"one", 1, 1},
		{"five", 5, 5},
		{"more than there are", all + 10, all},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := report.New(auhl.English, nil, a, tt.top)
			require.Len(t, r.Programmes.Items, tt.want)
			for i, p := range shown(a, tt.want) {
				assert.Equal(t, p.ID, r.Programmes.Items[i].ID, "the best first")
			}
		})
	}
}

// TestNewOnAMadeAdvice covers what the advisor's advice does not show on
// the embedded data: a programme that is shown although it misses a
// preference, and scale scores outside the range.
func TestNewOnAMadeAdvice(t *testing.T) {
	programme := func(id string, fit int, excluded bool) studychoice.ProgrammeScore {
		return studychoice.ProgrammeScore{ID: id, Name: auhl.Text{NL: id, EN: id}, Institution: auhl.UHasselt,
			Level: auhl.AcademicBachelor, InterestFit: 61, Preparation: studychoice.BandFair, PreferenceFit: fit,
			Overall: 57, Excluded: excluded}
	}
	a := studychoice.Advice{
		Catalog: "c-1", Questionnaire: "q-2",
		Interests: studychoice.Interests{Scores: map[studychoice.ScaleID]float64{
			studychoice.Realistic: -3, studychoice.Investigative: 41.6, studychoice.Social: 12.5,
		}},
		Programmes: []studychoice.ProgrammeScore{programme("met", 100, false), programme("half", 50, false), programme("out", 0, true)},
	}
	r := report.New(auhl.English, nil, a, 0)

	tests := []struct {
		name string
		got  string
		want []string
		not  []string
	}{
		{"all preferences met", r.Programmes.Items[0].Overview, []string{"Fits fairly well (57/100) · mostly prepared"}, []string{"preferences"}},
		{"a preference missed", r.Programmes.Items[1].Overview, []string{"Fits fairly well (57/100) · mostly prepared · preferences 50%"}, nil},
		{"versions", r.Versions, []string{"c-1", "q-2"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.want {
				assert.Contains(t, tt.got, w)
			}
			for _, n := range tt.not {
				assert.NotContains(t, tt.got, n)
			}
		})
	}
	assert.Len(t, r.Programmes.Items, 2, "an excluded programme is not shown")
	assert.Empty(t, r.Level.Recommended, "no level without a recommendation")
	scores := map[studychoice.ScaleID]int{}
	for _, s := range r.Interests.Scales {
		assert.Equal(t, 40, s.Max)
		scores[s.ID] = s.Score
	}
	assert.Equal(t, map[studychoice.ScaleID]int{studychoice.Realistic: 0, studychoice.Investigative: 40, studychoice.Social: 13},
		scores, "only the scales with a score, clamped to 0..40 and rounded")
}

// TestNewSaysAThingOnce: what every programme listed says is said once,
// above the list; the facts still to be confirmed are counted once for the
// list and named on each programme; what admission asks is in the
// programme's overview.
func TestNewSaysAThingOnce(t *testing.T) {
	track := auhl.Finding{Code: studychoice.CodePrepTrackFits, Severity: auhl.Info,
		Params: auhl.Params{"track": auhl.Txt(auhl.Text{NL: "aso", EN: "aso"}), "level": auhl.Txt(auhl.AcademicBachelor.Name())},
		Source: auhl.Source{URL: "https://example.org/track"}}
	dutch := auhl.Finding{Code: studychoice.CodeFlagTaughtIn, Severity: auhl.Info, Params: auhl.Params{"language": auhl.Txt(auhl.Text{NL: "Nederlands", EN: "Dutch"})}}
	exam := auhl.Finding{Code: studychoice.CodeFlagEntranceExam, Severity: auhl.Info}
	fit := func(n int) auhl.Finding {
		return auhl.Finding{Code: studychoice.CodeFitInterest, Severity: auhl.Info, Params: auhl.Params{"fit": auhl.Int(n)}}
	}
	unverified := func(id string, facts ...catalog.Fact) []auhl.Finding {
		return catalog.Programme{ID: id, Name: auhl.Text{NL: id, EN: id}, URL: "https://example.org/" + id, Unverified: facts}.Verification()
	}
	programme := func(id string, reasons []auhl.Finding, flags ...[]auhl.Finding) studychoice.ProgrammeScore {
		return studychoice.ProgrammeScore{ID: id, Name: auhl.Text{NL: id, EN: id}, Institution: auhl.UHasselt, Level: auhl.AcademicBachelor,
			URL: "https://example.org/" + id, Preparation: studychoice.BandSolid, PreferenceFit: 100, Overall: 81,
			Reasons: reasons, Flags: slices.Concat(flags...)}
	}
	say := func(f auhl.Finding) report.Line {
		return report.Line{Text: i18n.Render(auhl.English, f), URL: f.Source.URL, Warning: f.Severity != auhl.Info}
	}
	tests := []struct {
		name        string
		programmes  []studychoice.ProgrammeScore
		common      []report.Line
		reasons     [][]report.Line
		unconfirmed []string // what the list's notice says; nil: no notice
		own         string   // what the first programme's Unconfirmed says; "": none
		admission   []string // what admission asks of the first
	}{
		{
			name: "the track and the language on every programme",
			programmes: []studychoice.ProgrammeScore{
				programme("a", []auhl.Finding{fit(80), track}, []auhl.Finding{dutch}),
				programme("b", []auhl.Finding{fit(70), track}, []auhl.Finding{exam, dutch}),
			},
			common:    []report.Line{say(track), say(dutch)},
			reasons:   [][]report.Line{{say(fit(80))}, {say(fit(70))}},
			admission: []string{},
		},
		{
			name: "a line on one programme only stays on it",
			programmes: []studychoice.ProgrammeScore{
				programme("a", []auhl.Finding{track}, []auhl.Finding{exam}),
				programme("b", []auhl.Finding{fit(70)}),
			},
			common:    []report.Line{},
			reasons:   [][]report.Line{{say(track)}, {say(fit(70))}},
			admission: []string{"entrance exam"},
		},
		{
			name:       "one programme has nothing in common",
			programmes: []studychoice.ProgrammeScore{programme("a", []auhl.Finding{track}, []auhl.Finding{dutch})},
			common:     []report.Line{},
			reasons:    [][]report.Line{{say(track)}},
			admission:  []string{},
		},
		{
			name: "facts to confirm, counted once",
			programmes: []studychoice.ProgrammeScore{
				programme("a", nil, unverified("a", catalog.FactNameEN, catalog.FactCredits)),
				programme("b", nil, unverified("b", catalog.FactNameEN)),
			},
			common:      []report.Line{},
			reasons:     [][]report.Line{{}, {}},
			unconfirmed: []string{"3 facts", "(the English name and the number of credits)", "official page"},
			own:         "Not yet confirmed by an official source: the English name and the number of credits.",
			admission:   []string{},
		},
		{
			name: "one fact to confirm",
			programmes: []studychoice.ProgrammeScore{
				programme("a", nil),
				programme("b", nil, unverified("b", catalog.FactCampuses)),
			},
			common:      []report.Line{},
			reasons:     [][]report.Line{{}, {}},
			unconfirmed: []string{"One fact", ": the campus."},
			admission:   []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := report.New(auhl.English, nil, studychoice.Advice{Programmes: tt.programmes}, 0)
			assert.Equal(t, tt.common, r.Programmes.Common)
			assert.Equal(t, len(tt.common) > 0, r.Programmes.CommonLead != "")
			require.Len(t, r.Programmes.Items, len(tt.reasons))
			for i, want := range tt.reasons {
				assert.Equal(t, want, r.Programmes.Items[i].Reasons)
			}
			if tt.unconfirmed == nil {
				assert.Empty(t, r.Programmes.Unconfirmed)
			}
			for _, s := range tt.unconfirmed {
				assert.Contains(t, r.Programmes.Unconfirmed, s)
			}
			first := r.Programmes.Items[0]
			if tt.own == "" {
				assert.Zero(t, first.Unconfirmed)
			} else {
				assert.Contains(t, first.Unconfirmed.Text, tt.own)
				assert.Equal(t, "https://example.org/a", first.Unconfirmed.URL)
			}
			for _, f := range first.Flags {
				assert.NotContains(t, f.Text, "confirmed", "a fact to confirm is not a flag of its own")
			}
			assert.Equal(t, tt.admission, first.Admission)
			assert.Equal(t, strings.Join(append([]string{"Fits very well (81/100) · well prepared"}, tt.admission...), " · "), first.Overview)
		})
	}
}

func TestFitLabel(t *testing.T) {
	tests := []struct {
		overall int
		want    string
	}{
		{100, "Fits very well"}, {80, "Fits very well"}, {79, "Fits well"}, {70, "Fits well"},
		{69, "Fits fairly well"}, {55, "Fits fairly well"}, {54, "Fits less well"}, {0, "Fits less well"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.overall), func(t *testing.T) {
			label := report.FitLabel(tt.overall)
			assert.Equal(t, tt.want, label.EN)
			assert.True(t, label.Complete())
		})
	}
}

func TestAdmissionLabel(t *testing.T) {
	tests := []struct {
		code string
		asks bool
	}{
		{studychoice.CodeFlagEntranceExam, true},
		{studychoice.CodeFlagIjkingMandatory, true},
		{studychoice.CodeFlagArtisticTest, true},
		{studychoice.CodeFlagTeacherTest, true},
		{studychoice.CodeFlagIjkingOptional, false},
		{studychoice.CodeFlagTaughtIn, false},
		{"no.such-code", false},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			label := report.AdmissionLabel(tt.code)
			assert.Equal(t, tt.asks, label.Complete())
			assert.Equal(t, !tt.asks, label.IsZero())
		})
	}
}

func TestNewMarksWarnings(t *testing.T) {
	tests := []struct {
		severity auhl.Severity
		warning  bool
	}{
		{auhl.Info, false},
		{auhl.Warning, true},
		{auhl.Error, true},
	}
	for _, tt := range tests {
		t.Run(string(tt.severity), func(t *testing.T) {
			f := auhl.Finding{Code: studychoice.CodeRouteEVC, Severity: tt.severity, Source: auhl.Source{URL: "https://www.uhasselt.be/evc"}}
			r := report.New(auhl.Dutch, nil, studychoice.Advice{Findings: []auhl.Finding{f}, NextSteps: []auhl.Finding{f}}, 0)
			want := []report.Line{{Text: i18n.Render(auhl.Dutch, f), URL: "https://www.uhasselt.be/evc", Warning: tt.warning}}
			assert.Equal(t, want, r.Routes.Lines)
			assert.Equal(t, want, r.NextSteps.Lines)
		})
	}
}

// TestNewEncodesNoNull proves that a report of an empty advice encodes
// every list as an array, never null, so a front end can iterate without
// a check.
func TestNewEncodesNoNull(t *testing.T) {
	for _, l := range auhl.Langs() {
		t.Run(string(l), func(t *testing.T) {
			r := report.New(l, nil, studychoice.Advice{}, 0)
			b, err := json.Marshal(r)
			require.NoError(t, err)
			assert.NotContains(t, string(b), "null")
			assert.NotEmpty(t, r.Programmes.Empty, "no programmes, and why")
			for _, h := range []string{r.Level.Heading, r.Interests.Heading, r.Programmes.Heading, r.Routes.Heading, r.NextSteps.Heading} {
				assert.NotEmpty(t, h)
			}
		})
	}
}

func TestBandLabel(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range (studychoice.Band("")).Enum() {
		t.Run(b, func(t *testing.T) {
			label := report.BandLabel(studychoice.Band(b))
			assert.True(t, label.Complete(), "a label in both languages")
			assert.False(t, seen[label.EN], "a label of its own")
			seen[label.EN] = true
		})
	}
	assert.True(t, report.BandLabel("no such band").IsZero())
}

// TestNewTitlesTheListAsWhatItIs: a flat profile or too few answers
// cannot rank by interest, so the list is not "the programmes that fit
// you best" but the programmes ranked by level and preparation, in both
// languages.
func TestNewTitlesTheListAsWhatItIs(t *testing.T) {
	adv := studychoice.NewAdvisor(nil)
	for _, tt := range []struct {
		name    string
		answers map[string]int
		best    bool
	}{
		{"interests that rank", answers(studychoice.Investigative), true},
		{"a flat profile", same(3), false},
		{"too few answers", map[string]int{"R1": 5, "I1": 1}, false},
	} {
		a, err := adv.Advise(studychoice.Profile{Answers: tt.answers, Background: schoolLeaver})
		require.NoError(t, err, tt.name)
		headings := map[auhl.Lang]string{}
		for _, l := range auhl.Langs() {
			headings[l] = report.New(l, nil, a, 5).Programmes.Heading
		}
		if tt.best {
			assert.Equal(t, map[auhl.Lang]string{auhl.Dutch: "De opleidingen die het best bij je passen", auhl.English: "The programmes that fit you best"}, headings, tt.name)
		} else {
			assert.Equal(t, map[auhl.Lang]string{auhl.Dutch: "Opleidingen gerangschikt op niveau en voorbereiding, zonder je interesses",
				auhl.English: "Programmes ranked by level and preparation, without your interests"}, headings, tt.name)
		}
	}
}

// TestNewSaysWhatAdmissionAsks: geneeskunde's card says, in both
// languages, that the entrance exam comes before the enrolment, from the
// admission decision.
func TestNewSaysWhatAdmissionAsks(t *testing.T) {
	a, err := studychoice.NewAdvisor(nil).Advise(studychoice.Profile{Answers: answers(studychoice.Investigative), Background: schoolLeaver})
	require.NoError(t, err)
	for _, tt := range []struct {
		l            auhl.Lang
		access, exam string
	}{
		{auhl.Dutch, "nog niet toelaatbaar", "toelatingsexamen arts"},
		{auhl.English, "not yet admissible", "entrance exam in medicine"},
	} {
		r := report.New(tt.l, nil, a, 0)
		i := slices.IndexFunc(r.Programmes.Items, func(p report.ProgrammeReport) bool { return p.ID == "uhasselt-ba-geneeskunde" })
		require.GreaterOrEqual(t, i, 0)
		p := r.Programmes.Items[i]
		assert.Equal(t, tt.access, p.Access)
		assert.Contains(t, p.Overview, tt.access)
		var text []string
		for _, l := range p.Entry {
			text = append(text, l.Text)
		}
		assert.Contains(t, strings.Join(text, "\n"), tt.exam, tt.l)
	}
}
