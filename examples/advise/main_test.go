package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/auhl/auhl-go/studychoice/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// result is what one run of the command left behind.
type result struct {
	code        int
	out, errOut string
}

func runWith(args []string, stdin string, vars map[string]string) result {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut, env(vars))
	return result{code, out.String(), errOut.String()}
}

// bgAnswers answers the background questions: a diploma expected this
// year, Flemish, reformed structure, doorstroom, 8 hours of maths, no class
// council advice, schooled in Dutch, no work experience, no age.
var bgAnswers = []string{"2", "n", "1", "1", "8", "", "1", "n", ""}

// noPreferences answers the four preference questions with Enter.
var noPreferences = []string{"", "", "", ""}

// items answers every item of the questionnaire: 5 for the investigative
// items and the academic ones (1 where reversed), 2 elsewhere.
func items() []string {
	var out []string
	for _, it := range studychoice.DefaultQuestionnaire().Items {
		switch {
		case it.Scale == studychoice.Investigative, it.Scale == studychoice.Academic && !it.Reverse:
			out = append(out, "5")
		case it.Scale == studychoice.Academic:
			out = append(out, "1")
		default:
			out = append(out, "2")
		}
	}
	return out
}

// input joins answers into lines, as a pipe delivers them.
func input(parts ...[]string) string {
	var lines []string
	for _, p := range parts {
		lines = append(lines, p...)
	}
	return strings.Join(lines, "\n") + "\n"
}

func disclaimer(lang auhl.Lang) string {
	return term.OneLine(i18n.Render(lang, auhl.Finding{Code: studychoice.CodeDisclaimer}))
}

func TestInteractiveSession(t *testing.T) {
	n := len(studychoice.DefaultQuestionnaire().Items)
	full := input(bgAnswers, items(), noPreferences)
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		stdin    string
		code     int
		contains []string
		absent   []string
		stderr   []string
	}{
		{"Dutch", nil, nil, full, 0,
			[]string{bgHeading(auhl.Dutch), "Vraag 1 van " + itoa(n), "Vraag " + itoa(n) + " van " + itoa(n),
				choiceLabel(auhl.Dutch, interview.KeyFinaliteit, 1), emptyReport(auhl.Dutch).Programmes.Heading, disclaimer(auhl.Dutch)}, nil, nil},
		{"English from the locale", nil, map[string]string{"LANG": "en_GB.UTF-8"}, full, 0,
			[]string{bgHeading(auhl.English), "Question 1 of " + itoa(n), choiceLabel(auhl.English, interview.KeyFinaliteit, 1),
				emptyReport(auhl.English).Programmes.Heading, disclaimer(auhl.English)}, []string{emptyReport(auhl.Dutch).Programmes.Heading}, nil},
		{"English from the flag", []string{"-lang", "en", "-top", "3"}, map[string]string{"LC_ALL": "nl_BE.UTF-8"}, full, 0,
			[]string{emptyReport(auhl.English).Programmes.Heading, "\n 3. "}, []string{"\n 4. "}, nil},
		{"back and answer again", nil, nil, input(bgAnswers, []string{"5", "b", "2"}, items()[1:], noPreferences), 0,
			[]string{fmt.Sprintf(ui.Current.NL, "5. Heel graag"), emptyReport(auhl.Dutch).Programmes.Heading, disclaimer(auhl.Dutch)}, nil, nil},
		{"invalid answers asked again", []string{"-lang", "en"}, nil, input(bgAnswers, []string{"7", "x"}, items(), noPreferences), 0,
			[]string{"Type a number from 1 to 5. " + ui.HintCommand.EN, emptyReport(auhl.English).Programmes.Heading, disclaimer(auhl.English)}, nil, nil},
		{"quit", nil, nil, input(bgAnswers[:3], []string{"q"}), 0,
			[]string{ui.Goodbye.NL}, []string{emptyReport(auhl.Dutch).Programmes.Heading, disclaimer(auhl.Dutch)}, nil},
		{"quit in the questionnaire", []string{"-lang", "en"}, nil, input(bgAnswers, items()[:5], []string{"Q"}), 0,
			[]string{"Question 6 of", ui.Goodbye.EN}, []string{emptyReport(auhl.English).Programmes.Heading}, nil},
		{"restart confirmed", []string{"-lang", "en"}, nil, input(bgAnswers, items()[:3], []string{"r", "y"}, bgAnswers, items(), noPreferences), 0,
			[]string{ui.Restarted.EN, emptyReport(auhl.English).Programmes.Heading}, nil, nil},
		{"input ends early", []string{"-lang", "en"}, nil, input(bgAnswers, items()[:2]), 1,
			nil, []string{emptyReport(auhl.English).Programmes.Heading}, []string{ui.InputEnded.EN}},
		{"no input at all", nil, nil, "", 1, nil, nil, []string{ui.InputEnded.NL}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(tt.args, tt.stdin, tt.env)
			assert.Equal(t, tt.code, r.code, r.errOut)
			for _, s := range tt.contains {
				assert.Contains(t, r.out, s)
			}
			for _, s := range tt.absent {
				assert.NotContains(t, r.out, s)
			}
			for _, s := range tt.stderr {
				assert.Contains(t, r.errOut, s)
			}
		})
	}
}

func TestInteractiveJSON(t *testing.T) {
	r := runWith([]string{"-json"}, input(bgAnswers, items(), noPreferences), nil)
	require.Equal(t, 0, r.code, r.errOut)
	assert.Contains(t, r.errOut, "Vraag 1 van", "the questions go to stderr")
	var a studychoice.Advice
	require.NoError(t, auhl.DecodeJSON([]byte(r.out), &a), "stdout holds only the advice")
	assert.Equal(t, auhl.AcademicBachelor, a.Level.Recommended)
}

// interview runs the questions on stdin in Dutch and returns the profile,
// how it ended and what it showed.
func runInterview(t *testing.T, stdin string) (studychoice.Profile, ending, string) {
	t.Helper()
	var out bytes.Buffer
	iv := newInterviewer(strings.NewReader(stdin), &out, auhl.Dutch, studychoice.DefaultQuestionnaire(), catalog.Default())
	p, end := iv.interview()
	return p, end, out.String()
}

func TestInterviewAnswers(t *testing.T) {
	qn := studychoice.DefaultQuestionnaire()
	first, second, third := qn.Items[0].ID, qn.Items[1].ID, qn.Items[2].ID
	all := items()
	cities := interview.Cities(catalog.Default())
	require.NotEmpty(t, cities)
	tests := []struct {
		name     string
		stdin    string
		end      ending
		check    func(t *testing.T, p studychoice.Profile)
		contains []string
	}{
		{"background of the default session", input(bgAnswers, all, noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, studychoice.Background{Diploma: studychoice.DiplomaExpected, Finaliteit: studychoice.Doorstroom,
				MathsHours: 8, Dutch: studychoice.DutchSchooled}, p.Background)
			assert.Len(t, p.Answers, len(qn.Items))
			assert.Zero(t, p.Preferences)
		}, nil},
		{"back keeps the answers", input(bgAnswers, []string{"4", "3", "b", "b", "", ""}, all[2:], noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, 4, p.Answers[first])
			assert.Equal(t, 3, p.Answers[second])
		}, []string{fmt.Sprintf(ui.Current.NL, "4. Graag")}},
		{"back and answer again", input(bgAnswers, []string{"5", "b", "1"}, all[1:], noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, 1, p.Answers[first])
		}, nil},
		{"back from the first item to the background", input(bgAnswers, []string{"b", "21", "3"}, all[1:], noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, 21, p.Background.Age)
		}, nil},
		{"invalid answers are asked again", input(bgAnswers, []string{"7", "x", "0", "3,5", "3"}, all[1:], noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, 3, p.Answers[first])
		}, []string{"Typ een getal van 1 tot 5. " + ui.HintCommand.NL}},
		{"Enter skips an item", input(bgAnswers, []string{"", "", "4"}, all[3:], noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.NotContains(t, p.Answers, first)
			assert.NotContains(t, p.Answers, second)
			assert.Equal(t, 4, p.Answers[third])
			assert.Len(t, p.Answers, len(qn.Items)-2)
		}, nil},
		{"a required question is not skipped", input([]string{"", "9", "1"}, bgAnswers[1:], all, noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, studychoice.DiplomaObtained, p.Background.Diploma)
		}, []string{ui.HintRequired.NL, "Typ een getal van 1 tot 3."}},
		{"b on the first question", input([]string{"b"}, bgAnswers, all, noPreferences), finished, nil, []string{ui.HintFirst.NL}},
		{"restart declined", input(bgAnswers, []string{"4", "r", "n", "5"}, all[2:], noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, 4, p.Answers[first])
			assert.Equal(t, 5, p.Answers[second])
		}, []string{ui.ConfirmRestart.NL}},
		{"restart clears everything", input(bgAnswers, []string{"4", "r", "j"}, []string{"3", "", "", "", ""}, []string{""}, all[1:], noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, studychoice.Background{Diploma: studychoice.DiplomaNone}, p.Background)
			assert.NotContains(t, p.Answers, first)
		}, []string{ui.Restarted.NL}},
		{"foreign diploma needs no structure", input([]string{"1", "j", "6", "3", "n", "20"}, all, noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, studychoice.Background{Diploma: studychoice.DiplomaObtained, ForeignDiploma: true, MathsHours: 6,
				Dutch: studychoice.DutchNone, Age: 20}, p.Background)
		}, nil},
		{"old structure", input([]string{"1", "nee", "2", "3", "", "2", "", "yes", "30"}, all, noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, studychoice.Background{Diploma: studychoice.DiplomaObtained, Track: studychoice.KSO,
				ClassCouncil: auhl.ProfessionalBachelor, WorkExperience: true, Age: 30}, p.Background)
		}, []string{choiceLabel(auhl.Dutch, interview.KeyTrack, 3)}},
		{"answers that no longer apply are dropped", input([]string{"1", "n", "1", "3", "b", "b", "b", "b", "3", "8", "1", "n", ""}, all, noPreferences), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, studychoice.DiplomaNone, p.Background.Diploma)
			assert.Empty(t, p.Background.Finaliteit)
		}, nil},
		{"preferences", input(bgAnswers, all, []string{"1", "2", "3", "2"}), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, studychoice.Preferences{Cities: []string{cities[0]}, Languages: []auhl.Lang{auhl.English},
				MaxYears: 3, Institutions: []auhl.Institution{auhl.PXL}}, p.Preferences)
		}, nil},
		{"both means no preference", input(bgAnswers, all, []string{itoa(len(cities) + 1), "3", "", "3"}), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Zero(t, p.Preferences)
		}, nil},
		{"out-of-range numbers", input(bgAnswers[:4], []string{"11", "0", "8"}, bgAnswers[5:8], []string{"13", "100", "18"}, all, []string{"", "", "0", "11", "4", ""}), finished, func(t *testing.T, p studychoice.Profile) {
			assert.Equal(t, 8, p.Background.MathsHours)
			assert.Equal(t, 18, p.Background.Age)
			assert.Equal(t, 4, p.Preferences.MaxYears)
		}, []string{"Typ een getal van 1 tot 10.", "Typ een getal van 14 tot 99."}},
		{"quit", input(bgAnswers, []string{"q"}), quit, nil, nil},
		{"the input ends", input(bgAnswers), inputEnded, nil, nil},
		{"the input ends while confirming", input(bgAnswers, []string{"r"}), inputEnded, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, end, out := runInterview(t, tt.stdin)
			require.Equal(t, tt.end, end, out)
			if tt.check != nil {
				tt.check(t, p)
			}
			for _, s := range tt.contains {
				assert.Contains(t, out, s)
			}
			if end == finished {
				_, err := studychoice.NewAdvisor(nil).Advise(p)
				assert.NoError(t, err, "the interview builds valid profiles")
			}
		})
	}
}

// topProgrammes returns the first n programmes of the advice that are not
// excluded.
func topProgrammes(a studychoice.Advice, n int) []studychoice.ProgrammeScore {
	var out []studychoice.ProgrammeScore
	for _, p := range a.Programmes {
		if !p.Excluded && len(out) < n {
			out = append(out, p)
		}
	}
	return out
}

func TestProfiles(t *testing.T) {
	cat := catalog.Default()
	area := func(id string) string {
		p, ok := cat.ByID(id)
		require.True(t, ok, id)
		return p.StudyArea
	}
	hasCode := func(fs []auhl.Finding, code string) bool {
		for _, f := range fs {
			if f.Code == code {
				return true
			}
		}
		return false
	}
	tests := []struct {
		file  string
		check func(t *testing.T, a studychoice.Advice) (mustShow []string)
	}{
		{"stem.json", func(t *testing.T, a studychoice.Advice) []string {
			assert.Equal(t, auhl.AcademicBachelor, a.Level.Recommended)
			var sciences []string
			for _, p := range topProgrammes(a, 10) {
				if p.Institution == auhl.UHasselt && p.Level == auhl.AcademicBachelor && area(p.ID) == "sciences" {
					sciences = append(sciences, p.Name.NL)
				}
			}
			assert.NotEmpty(t, sciences, "a UHasselt science bachelor in the top 10")
			return sciences
		}},
		{"practical.json", func(t *testing.T, a studychoice.Advice) []string {
			assert.NotEqual(t, auhl.AcademicBachelor, a.Level.Recommended)
			var pxl []string
			for _, p := range topProgrammes(a, 10) {
				assert.NotEqual(t, auhl.AcademicBachelor, p.Level, p.ID)
				if p.Institution == auhl.PXL && strings.HasPrefix(p.ID, "pxl-grad-") {
					pxl = append(pxl, p.Name.NL)
				}
			}
			assert.NotEmpty(t, pxl, "a PXL graduaat in the top 10")
			return pxl
		}},
		{"no-diploma.json", func(t *testing.T, a studychoice.Advice) []string {
			assert.Equal(t, auhl.Graduaat, a.Level.Recommended)
			assert.True(t, hasCode(a.Findings, studychoice.CodeRouteAfwijkend))
			assert.True(t, hasCode(a.Findings, studychoice.CodeRouteGraduaatTest))
			assert.True(t, hasCode(a.Findings, studychoice.CodeRouteEVC))
			return []string{emptyReport(auhl.Dutch).Routes.Heading,
				term.OneLine(i18n.Render(auhl.Dutch, auhl.Finding{Code: studychoice.CodeRouteAfwijkend})),
				term.OneLine(i18n.Render(auhl.Dutch, auhl.Finding{Code: studychoice.CodeRouteGraduaatTest, Params: auhl.Params{"age": auhl.Int(19)}}))}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			file := filepath.Join("testdata", tt.file)
			r := runWith([]string{"-profile", file, "-json"}, "", nil)
			require.Equal(t, 0, r.code, r.errOut)
			var a studychoice.Advice
			require.NoError(t, auhl.DecodeJSON([]byte(r.out), &a), "the -json output decodes back into an Advice")
			want := tt.check(t, a)

			r = runWith([]string{"-profile", file, "-top", "10"}, "", nil)
			require.Equal(t, 0, r.code, r.errOut)
			for _, s := range want {
				assert.Contains(t, r.out, s)
			}
			assert.Contains(t, r.out, emptyReport(auhl.Dutch).Programmes.Heading)
			assert.NotContains(t, r.out, ui.Welcome.NL, "no questions with -profile")
		})
	}
}

// TestAdviceLayout checks the order of the text advice, an overview
// first, and that it shows the advice's own content: with -details all of
// it, each thing once.
func TestAdviceLayout(t *testing.T) {
	file := filepath.Join("testdata", "stem.json")
	r := runWith([]string{"-profile", file, "-json"}, "", nil)
	require.Equal(t, 0, r.code, r.errOut)
	var a studychoice.Advice
	require.NoError(t, json.Unmarshal([]byte(r.out), &a))
	say := func(f auhl.Finding) string { return term.OneLine(i18n.Render(auhl.English, f)) }
	rep := report.New(auhl.English, nil, a, 4)
	require.NotEmpty(t, rep.Programmes.Common, "this student's programmes share lines")
	require.NotEmpty(t, rep.Programmes.Unconfirmed, "this student's programmes have facts to confirm")
	disc := a.Findings[len(a.Findings)-1]
	require.Equal(t, studychoice.CodeDisclaimer, disc.Code)

	for _, details := range []bool{false, true} {
		t.Run(fmt.Sprintf("details %v", details), func(t *testing.T) {
			args := []string{"-profile", file, "-lang", "en", "-top", "4"}
			if details {
				args = append(args, "-details")
			}
			r := runWith(args, "", nil)
			require.Equal(t, 0, r.code, r.errOut)
			out := r.out

			// The sections in order: the level's first reason is the
			// headline, right under its heading; the programmes come
			// before the interests.
			order := []string{rep.Level.Heading, say(a.Level.Reasons[0]), rep.Programmes.Heading, rep.Programmes.CommonLead,
				" 1. ", rep.Programmes.Unconfirmed, rep.Interests.Heading, rep.NextSteps.Heading, disclaimer(auhl.English)}
			last := -1
			for _, s := range order {
				i := strings.Index(out, s)
				require.GreaterOrEqual(t, i, 0, s)
				assert.Greater(t, i, last, "%q out of order", s)
				last = i
			}
			assert.Contains(t, out, rep.Level.Heading+"\n"+strings.Repeat("=", len(rep.Level.Heading))+"\n"+say(a.Level.Reasons[0])+"\n")
			// The disclaimer comes last, after a separator, with its source.
			assert.True(t, strings.HasSuffix(out, "─\n"+say(disc)+"\n"+disc.Source.URL+"\n"), "the disclaimer is last")
			assert.Equal(t, 1, strings.Count(out, say(disc)))
			assert.Equal(t, 1, strings.Count(out, rep.Programmes.Unconfirmed), "the facts to confirm, counted once")
			assert.Equal(t, !details, strings.Contains(out, ui.MoreDetails.EN), "the overview says how to see more")

			for _, f := range a.Level.Reasons[1:] {
				assert.Equal(t, details, strings.Contains(out, "  - "+say(f)), "a reason of the level")
			}
			for _, f := range a.NextSteps {
				assert.Contains(t, out, say(f))
				assert.Contains(t, out, f.Source.URL)
			}
			for _, c := range rep.Programmes.Common {
				assert.Equal(t, 1, strings.Count(out, c.Text), "%q said once", c.Text)
			}
			top := topProgrammes(a, 4)
			for i, p := range top {
				item := rep.Programmes.Items[i]
				assert.Contains(t, out, fmt.Sprintf("%2d. %s\n    %s · %s\n    %s\n", i+1, p.Name.EN, item.InstitutionName, item.Level, item.Overview),
					"the programme in two lines, and its overview")
				assert.Contains(t, item.Overview, fmt.Sprintf("%s (%d/100)", report.FitLabel(p.Overall).EN, p.Overall))
				if details {
					assert.Contains(t, out, "    "+p.URL+"\n", "the programme's page")
				} else {
					assert.NotRegexp(t, regexp.QuoteMeta(item.Overview)+"\n    [-!h]", out, "nothing under the overview but the next programme")
				}
				for _, f := range append(p.Reasons, p.Flags...) {
					if f.Code == catalog.CodeFactUnverified {
						label, _ := f.Params["label"].Text()
						assert.Equal(t, details, strings.Contains(out, item.Unconfirmed.Text), "%s: its facts to confirm", p.ID)
						assert.Contains(t, item.Unconfirmed.Text, label.EN)
						continue
					}
					common := slices.ContainsFunc(rep.Programmes.Common, func(l report.Line) bool { return l.Text == say(f) })
					assert.Equal(t, details || common, strings.Contains(out, say(f)), "%s: %s", p.ID, say(f))
				}
			}
			assert.NotContains(t, out, "\n 5. ")
			assert.Contains(t, out, "Your Holland code: "+string(a.Interests.Code))
			assert.Equal(t, details, strings.Contains(out, "█"), "the scale scores")
		})
	}
}

func TestExcludedProgrammesAreLeftOut(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "stem.json"))
	require.NoError(t, err)
	var p map[string]any
	require.NoError(t, json.Unmarshal(data, &p))
	p["preferences"] = map[string]any{"institutions": []string{"pxl"}}
	file := filepath.Join(t.TempDir(), "pxl-only.json")
	data, err = json.Marshal(p)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(file, data, 0o600))

	r := runWith([]string{"-profile", file, "-lang", "en", "-top", "200"}, "", nil)
	require.Equal(t, 0, r.code, r.errOut)
	assert.NotContains(t, r.out, auhl.UHasselt.Name().EN+" · ", "no UHasselt programme is listed")
	assert.Contains(t, r.out, auhl.PXL.Name().EN+" · ")
	assert.NotContains(t, r.out, auhl.Master.Name().EN+"\n", "no master is listed")

	p["preferences"] = map[string]any{"institutions": []string{"uhasselt"}, "languages": []string{"en"}}
	data, err = json.Marshal(p)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(file, data, 0o600))
	r = runWith([]string{"-profile", file, "-lang", "en"}, "", nil)
	require.Equal(t, 0, r.code, r.errOut)
	assert.Contains(t, r.out, emptyReport(auhl.English).Programmes.Empty)
}

func TestInvalidProfile(t *testing.T) {
	for _, lang := range auhl.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			r := runWith([]string{"-profile", filepath.Join("testdata", "invalid.json"), "-lang", string(lang)}, "", nil)
			assert.Equal(t, 2, r.code)
			assert.Empty(t, r.out)
			unknown := auhl.Problem{Path: "/answers/X99", Code: studychoice.CodeUnknownItem, Params: auhl.Params{"id": auhl.Str("X99")}}
			outside := auhl.Problem{Path: "/answers/I2", Code: auhl.CodeNumberRange, Params: auhl.Params{"value": auhl.Int(9), "min": auhl.Int(1), "max": auhl.Int(5)}}
			for _, p := range []auhl.Problem{unknown, outside} {
				assert.Contains(t, r.errOut, i18n.RenderProblem(lang, p)+" ("+p.Path+")")
			}
			assert.Contains(t, r.errOut, term.Named(lang, ui.InvalidProfile, filepath.Join("testdata", "invalid.json"))+"\n")
		})
	}
}

func TestFlagsAndFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
		return path
	}
	goodCat := write("catalogue.json", string(catalog.DefaultJSON()))
	badCat := write("bad-catalogue.json", `{"version":"1","academicYear":"2025-2026","programmes":[],"extra":true}`)
	malformed := write("malformed.json", `{"answers": {`)
	wrongType := write("wrong-type.json", `{"answers": {"I1": "five"}, "background": {"diploma": "obtained", "finaliteit": "doorstroom"}, "colour": "red"}`)
	stem := filepath.Join("testdata", "stem.json")
	nope := filepath.Join(dir, "nope.json")
	largeProfile := write("large-profile.json", strings.Repeat(" ", maxProfile+1))
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr []string
	}{
		{"help", []string{"-h"}, 0, nil, []string{"-profile", "-top", "-catalog", "-details", ui.FlagProfile.NL, ui.FlagDetails.NL}},
		{"help in English", []string{"-lang", "en", "-h"}, 0, nil, []string{ui.FlagProfile.EN}},
		{"help in English after -json", []string{"-json", "-lang", "en", "-h"}, 0, nil, []string{ui.FlagProfile.EN}},
		{"usage in English after -json", []string{"-json", "-lang", "en", "-colour", "red"}, 2, nil, []string{ui.FlagProfile.EN}},
		{"help in English after a flag's value", []string{"-top", "3", "-lang", "en", "-h"}, 0, nil, []string{ui.FlagProfile.EN}},
		{"top out of range", []string{"-top", "0", "-lang", "en"}, 2, nil, []string{"(-top)"}},
		{"unknown language", []string{"-lang", "fr"}, 2, nil, []string{"“fr”", "(-lang)"}},
		{"every bad flag at once", []string{"-lang", "de", "-top", "-1"}, 2, nil, []string{"(-lang)", "(-top)"}},
		{"not a number", []string{"-top", "many"}, 2, nil, []string{"-top"}},
		{"unknown flag", []string{"-colour", "red"}, 2, nil, []string{"-colour"}},
		{"stray argument", []string{"stem.json"}, 2, nil, []string{"Onverwacht argument “stem.json”: dit commando neemt alleen opties; -h toont ze.\n"}},
		{"stray argument in English", []string{"-lang", "en", "stem.json"}, 2, nil, []string{"Unexpected argument “stem.json”: this command takes only flags; -h lists them.\n"}},
		{"missing profile", []string{"-profile", nope, "-lang", "en"}, 1, nil, []string{"The file “" + nope + "” does not exist.\n"}},
		{"missing profile in Dutch", []string{"-profile", nope}, 1, nil, []string{"Het bestand “" + nope + "” bestaat niet.\n"}},
		{"profile is a directory", []string{"-profile", dir, "-lang", "en"}, 1, nil, []string{"Cannot read “" + dir + "”: it is a directory, not a file.\n"}},
		{"profile is a directory in Dutch", []string{"-profile", dir}, 1, nil, []string{"Kan “" + dir + "” niet lezen: het is een map, geen bestand.\n"}},
		{"profile too large", []string{"-profile", largeProfile, "-lang", "en"}, 2, nil, []string{term.Named(auhl.English, ui.InvalidProfile, largeProfile) + "\n", "1,048,576 bytes"}},
		{"malformed profile", []string{"-profile", malformed, "-lang", "en"}, 2, nil, []string{"The profile from “" + malformed + "” is not valid:\n"}},
		{"malformed profile in Dutch", []string{"-profile", malformed}, 2, nil, []string{"Het profiel uit “" + malformed + "” klopt niet:\n"}},
		{"every problem of a profile", []string{"-profile", wrongType, "-lang", "en"}, 2, nil, []string{"(/answers/I1)", "(/colour)"}},
		{"another catalogue", []string{"-profile", stem, "-catalog", goodCat}, 0, []string{emptyReport(auhl.Dutch).Programmes.Heading}, nil},
		{"missing catalogue", []string{"-catalog", nope}, 1, nil, []string{term.Named(auhl.Dutch, term.NotFound, nope)}},
		{"catalogue is a directory", []string{"-catalog", dir, "-lang", "en"}, 1, nil, []string{term.Named(auhl.English, term.IsDir, dir)}},
		{"invalid catalogue", []string{"-profile", stem, "-catalog", badCat, "-lang", "en"}, 2, nil, []string{"The catalogue from “" + badCat + "” is not valid:\n", "(/extra)"}},
		{"invalid catalogue in Dutch", []string{"-profile", stem, "-catalog", badCat}, 2, nil, []string{"De catalogus uit “" + badCat + "” klopt niet:\n"}},
		{"a name that reorders the line", []string{"-profile", filepath.Join(dir, "x\u202enosj.exe"), "-lang", "en"}, 1, nil, []string{"The file “" + filepath.Join(dir, "xnosj.exe") + "” does not exist.\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(tt.args, "", nil)
			assert.Equal(t, tt.code, r.code, r.errOut)
			for _, s := range tt.stdout {
				assert.Contains(t, r.out, s)
			}
			for _, s := range tt.stderr {
				assert.Contains(t, r.errOut, s)
			}
		})
	}
}

// TestLongLine: a line longer than maxLine bytes ends the session with a
// message of its own, in the user's language; a line of maxLine bytes is
// read as an answer (a wrong one here).
func TestLongLine(t *testing.T) {
	n := len(studychoice.DefaultQuestionnaire().Items)
	tests := []struct {
		name     string
		lang     auhl.Lang
		stdin    string
		code     int
		stderr   string
		noStderr string
	}{
		{"over 64 kB", auhl.Dutch, strings.Repeat("1", 70_000) + "\n", 1,
			"Een regel van de invoer is te lang: hoogstens 4096 bytes; er is geen advies.\n", ui.InputEnded.NL},
		{"over 64 kB in English", auhl.English, strings.Repeat("1", 70_000) + "\n", 1,
			"A line of the input is too long: at most 4096 bytes; there is no advice.\n", ui.InputEnded.EN},
		{"one byte over", auhl.English, strings.Repeat(" ", maxLine+1) + "\n", 1,
			fmt.Sprintf(ui.LineTooLong.EN, maxLine), ui.InputEnded.EN},
		{"one byte over, without a line end", auhl.English, strings.Repeat(" ", maxLine+1), 1,
			fmt.Sprintf(ui.LineTooLong.EN, maxLine), ui.InputEnded.EN},
		{"one byte over, after answers", auhl.English, input(bgAnswers[:3]) + strings.Repeat("x", maxLine+1) + "\r\n", 1,
			fmt.Sprintf(ui.LineTooLong.EN, maxLine), ui.InputEnded.EN},
		{"the longest line with \\r\\n", auhl.English, strings.Repeat(" ", maxLine) + "\r\n", 1,
			ui.InputEnded.EN, "too long"},
		{"the longest line, then answers", auhl.English, strings.Repeat("x", maxLine) + "\n" + input(bgAnswers, items(), noPreferences), 0,
			"", "too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith([]string{"-lang", string(tt.lang)}, tt.stdin, nil)
			assert.Equal(t, tt.code, r.code, r.errOut)
			assert.Contains(t, r.errOut, tt.stderr)
			assert.NotContains(t, r.errOut, tt.noStderr)
			if tt.code == 0 {
				assert.Contains(t, r.out, fmt.Sprintf(ui.Progress.EN, n, n))
			}
		})
	}
}

// failingReader fails after its data.
type failingReader struct{ data *strings.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	if f.data.Len() == 0 {
		return 0, &fs.PathError{Op: "read", Path: "/dev/stdin", Err: errors.New("input/output error")}
	}
	return f.data.Read(p)
}

func TestInputFails(t *testing.T) {
	for _, lang := range auhl.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run([]string{"-lang", string(lang)}, failingReader{strings.NewReader("2\n")}, &out, &errOut, env(nil))
			assert.Equal(t, 1, code)
			assert.Equal(t, term.Named(lang, term.CannotRead, "")+"\n", errOut.String())
		})
	}
}

// FuzzInterview answers the questionnaire with any input: the command
// ends, with status 0 or 1, and never panics.
func FuzzInterview(f *testing.F) {
	f.Add(input(bgAnswers, items(), noPreferences))
	f.Add("b\nr\nj\nq\n")
	f.Add("2\nn\n\x1b[2J\u202e\n" + strings.Repeat("9", maxLine+1))
	f.Fuzz(func(t *testing.T, stdin string) {
		var out, errOut bytes.Buffer
		code := run([]string{"-lang", "en"}, strings.NewReader(stdin), &out, &errOut, env(nil))
		if code != 0 && code != 1 {
			t.Fatalf("status %d: %s", code, errOut.String())
		}
	})
}

// TestCatalogueStringsCannotControlTheTerminal loads a catalogue whose
// names carry escape sequences, newlines and bidirectional controls. (The catalogue itself rejects
// such URLs.)
func TestCatalogueStringsCannotControlTheTerminal(t *testing.T) {
	cat := catalog.Default().Clone()
	for i := range cat.Programmes {
		p := &cat.Programmes[i]
		p.Name.NL = "\x1b[2J\u202e" + p.Name.NL + "\nFAKE\r\u2066"
	}
	for i := range cat.Campuses {
		cat.Campuses[i].City += "\x1b[31m\u200f"
	}
	data, err := json.Marshal(cat)
	require.NoError(t, err)
	file := filepath.Join(t.TempDir(), "catalogue.json")
	require.NoError(t, os.WriteFile(file, data, 0o600))
	if _, err := catalog.Load(bytes.NewReader(data)); err != nil {
		t.Skip("the catalogue rejects control characters itself:", err)
	}

	prefs := []string{"1", "", "", ""}
	r := runWith([]string{"-catalog", file}, input(bgAnswers, items(), prefs), nil)
	require.Equal(t, 0, r.code, r.errOut)
	assert.NotRegexp(t, regexp.MustCompile("[\x00-\x09\x0b-\x1f\x7f]"), r.out)
	assert.NotContains(t, r.out, "\nFAKE")
	assert.NotRegexp(t, regexp.MustCompile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"), r.out)
}

// TestEveryTextInBothLanguages proves that each text the command shows
// exists in Dutch and in English, with the same format verbs.
func TestEveryTextInBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	v := reflect.ValueOf(ui)
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		text := v.Field(i).Interface().(auhl.Text)
		assert.True(t, text.Complete(), "ui.%s", name)
		assert.Equal(t, verbs.FindAllString(text.NL, -1), verbs.FindAllString(text.EN, -1), "ui.%s: the format verbs", name)
	}
}

// bgHeading is the heading of the background questions.
func bgHeading(l auhl.Lang) string {
	h, _ := interview.New(nil, nil).Heading(l, interview.Background)
	return h
}

// choiceLabel is the label of choice v of question key.
func choiceLabel(l auhl.Lang, key string, v int) string {
	q, _ := interview.New(nil, nil).Question(key)
	return q.Label(l, v)
}

// emptyReport is the report of an empty advice whose interests rank the
// programmes, for its headings.
func emptyReport(l auhl.Lang) report.Report {
	return report.New(l, nil, studychoice.Advice{Interests: studychoice.Interests{Code: "IRA"}}, 0)
}

func itoa(n int) string { return fmt.Sprint(n) }

// TestAdmissionInTheAdvice: each programme's line says whether the
// student can enter it in the year asked, from the admission rules; the
// details say what must happen first; an arbeidsmarkt diploma hears what
// it opens and the routes that remain.
func TestAdmissionInTheAdvice(t *testing.T) {
	practical := filepath.Join("testdata", "practical.json")
	for _, tt := range []struct {
		name string
		args []string
		want []string
	}{
		{"an arbeidsmarkt diploma in 2026-2027, Dutch", []string{"-profile", practical, "-year", "2026-2027"},
			[]string{"2026-2027: je diploma geeft rechtstreeks toegang tot: graduaat", "afwijkende toelating", "toelaatbaar"}},
		{"an arbeidsmarkt diploma in 2026-2027, English", []string{"-profile", practical, "-year", "2026-2027", "-lang", "en"},
			[]string{"2026-2027: your diploma gives direct access to: graduate programme", "afwijkende toelating", "admissible"}},
		{"medicine's entrance exam first, Dutch", []string{"-profile", filepath.Join("testdata", "stem.json"), "-top", "60", "-details"},
			[]string{"nog niet toelaatbaar", "Je moet nog slagen voor het toelatingsexamen arts"}},
		{"medicine's entrance exam first, English", []string{"-profile", filepath.Join("testdata", "stem.json"), "-top", "60", "-details", "-lang", "en"},
			[]string{"not yet admissible", "entrance exam in medicine"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(tt.args, "", nil)
			require.Equal(t, 0, r.code, r.errOut)
			for _, s := range tt.want {
				assert.Contains(t, r.out, s)
			}
		})
	}
	r := runWith([]string{"-profile", practical, "-year", "2031-2032"}, "", nil)
	assert.Equal(t, 2, r.code, "a year the admission rules do not cover")
	assert.Contains(t, r.errOut, "2031-2032")
	r = runWith([]string{"-profile", practical, "-year", "next"}, "", nil)
	assert.Equal(t, 2, r.code, "a year that is no year")
}
