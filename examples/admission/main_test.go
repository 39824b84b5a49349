package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/i18n"
	"github.com/auhl/auhl-go/examples/internal/term"
	"github.com/auhl/auhl-go/procedures"
	"github.com/auhl/auhl-go/procedures/admission"
)

// result is what one run of the command left behind.
type result struct {
	code        int
	out, errOut string
}

func runWith(args []string, stdin string, env map[string]string) result {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut, func(k string) string { return env[k] })
	return result{code, out.String(), errOut.String()}
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return string(b)
}

// decide is what the library decides for the applicant of testdata file
// name and the programme id, and its JSON as the command writes it.
func decide(t *testing.T, name, id string) (admission.Decision, string) {
	t.Helper()
	p, ok := catalog.Default().ByID(id)
	require.True(t, ok, id)
	a, err := admission.DecodeApplicant([]byte(readTestdata(t, name)))
	require.NoError(t, err)
	d, err := admission.Decide(a, p)
	require.NoError(t, err)
	return d, encoded(t, d)
}

// encoded is v as the command writes it: indented JSON without HTML
// escaping.
func encoded(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return b.String()
}

// The applicants of testdata, with the programme each asks for.
var applicants = []struct {
	file, programme string
	outcome         admission.Outcome
	route           admission.Route
	open            []admission.RequirementKind
}{
	// Passed both parts of the entrance exam and ranked within the places;
	// the exam proves the Dutch.
	{"medicine-ranked.json", "uhasselt-ba-geneeskunde", "admissible", "diploma", nil},
	// Less than half on the part "kennis en inzicht": the exam failed.
	{"medicine-failed.json", "uhasselt-ba-geneeskunde", "not-admissible", "diploma", nil},
	// A professional bachelor never gives direct access to a master.
	{"professional-bachelor-master.json", "uhasselt-ma-informatica", "not-yet-admissible", "schakelprogramma", []admission.RequirementKind{"schakelprogramma"}},
	// The artistic admission test is still to be taken.
	{"pop-rock-no-artistic-test.json", "pxl-pba-pop-en-rockmuziek", "not-yet-admissible", "diploma", []admission.RequirementKind{"artistic-test"}},
	// A Dutch HAVO gives no direct access to an academic bachelor
	// (UHasselt EEL art. 3.3): afwijkende toelating first.
	{"havo.json", "uhasselt-ba-rechten", "not-yet-admissible", "afwijkende-toelating", []admission.RequirementKind{"afwijkende-toelating"}},
	// With a propedeuse it does.
	{"havo-propedeuse.json", "uhasselt-ba-rechten", "admissible", "diploma", nil},
}

// TestDecisions runs the command on the applicants of testdata: stdout
// must be the library's decision as indented JSON, to the byte, with the
// outcome and the route expected.
func TestDecisions(t *testing.T) {
	for _, tt := range applicants {
		t.Run(tt.file, func(t *testing.T) {
			want, wantJSON := decide(t, tt.file, tt.programme)
			r := runWith([]string{"-programme", tt.programme}, readTestdata(t, tt.file), nil)
			require.Equal(t, 0, r.code, r.errOut)
			assert.Empty(t, r.errOut)
			assert.Equal(t, wantJSON, r.out)

			var got admission.Decision
			require.NoError(t, json.Unmarshal([]byte(r.out), &got))
			assert.Equal(t, want.Outcome, got.Outcome)
			assert.Equal(t, want.Route, got.Route)
			assert.Equal(t, tt.outcome, got.Outcome)
			assert.Equal(t, tt.route, got.Route)
			assert.Equal(t, tt.programme, got.Programme)
			var open []admission.RequirementKind
			for _, q := range got.OpenRequirements() {
				open = append(open, q.Kind)
			}
			assert.Equal(t, tt.open, open)

			// -applicant FILE gives the same as standard input.
			fromFile := runWith([]string{"-applicant", filepath.Join("testdata", tt.file), "-programme", tt.programme}, "", nil)
			assert.Equal(t, r, fromFile)
		})
	}
}

// TestExplanation: with -lang the JSON is followed by the explanation in
// that language: the outcome, the route, the requirements, and every
// finding with its source, the outcome's first.
func TestExplanation(t *testing.T) {
	for _, tt := range applicants {
		dec, plain := decide(t, tt.file, tt.programme)
		p, _ := catalog.Default().ByID(tt.programme)
		for _, lang := range auhl.Langs() {
			t.Run(tt.file+"/"+string(lang), func(t *testing.T) {
				r := runWith([]string{"-programme", tt.programme, "-lang", string(lang)}, readTestdata(t, tt.file), nil)
				require.Equal(t, 0, r.code, r.errOut)
				words, ok := strings.CutPrefix(r.out, plain+"\n")
				require.True(t, ok, "the JSON comes first, as without -lang")
				assert.True(t, strings.HasPrefix(words, fmt.Sprintf(ui.Programme.In(lang), p.Name.In(lang), "2025-2026", dec.Contract.Name().In(lang))+"\n"), words)
				assert.Contains(t, words, "\n"+fmt.Sprintf(ui.Outcome.In(lang), tt.outcome.Name().In(lang))+"\n")
				assert.Contains(t, words, "\n"+fmt.Sprintf(ui.Route.In(lang), tt.route.Name().In(lang))+"\n")
				for _, q := range dec.Requirements {
					assert.Contains(t, words, "\n  "+requirement(lang, q)+"\n")
				}
				// The outcome first, without a source: it rests on the
				// findings after it.
				head := dec.Findings[0]
				assert.Contains(t, words, "\n"+ui.Explanation.In(lang)+"\n"+mark(head)+" "+i18n.Render(lang, head)+"\n"+mark(dec.Findings[1])+" ")
				for _, f := range dec.Findings[1:] {
					src := f.Source.Title
					if f.Source.URL != "" {
						src += " <" + f.Source.URL + ">"
					}
					assert.Contains(t, words, "\n"+mark(f)+" "+i18n.Render(lang, f)+"\n  "+fmt.Sprintf(ui.Source.In(lang), src)+"\n")
				}
			})
		}
	}
	medicine := readTestdata(t, "medicine-ranked.json")
	en := runWith([]string{"-programme", "uhasselt-ba-geneeskunde", "-lang", "en"}, medicine, map[string]string{"LANG": "nl_BE.UTF-8"})
	assert.Contains(t, en.out, "\nOutcome: admissible.\nRoute in: with a diploma.\n")
	assert.Contains(t, en.out, "- 2025-2026: you are admissible to Bachelor of Medicine; you meet every requirement.\n")
	assert.Contains(t, en.out, "  met: entrance exam in medicine (before enrolment; contracts: diploma contract, exam contract, credit contract)\n")
	assert.Contains(t, en.out, "- You passed the entrance exam in medicine and ranked within the places (2025-2026); that admission does not expire.\n")

	master := readTestdata(t, "professional-bachelor-master.json")
	nl := runWith([]string{"-programme", "uhasselt-ma-informatica", "-lang", "nl"}, master, map[string]string{"LANG": "en_GB.UTF-8"})
	assert.Contains(t, nl.out, "\nUitkomst: nog niet toelaatbaar.\nToegangsweg: eerst een schakelprogramma.\n")
	assert.Contains(t, nl.out, "  open: het schakelprogramma (vóór de inschrijving; contracten: diplomacontract, examencontract, creditcontract)\n")
	assert.Contains(t, nl.out, "! 2025-2026: je kan je nog niet inschrijven voor Master in de informatica. Eerst moet je aan één voorwaarde voldoen die vóór de inschrijving geldt; hieronder lees je welke.\n")

	pop := readTestdata(t, "pop-rock-no-artistic-test.json")
	popEN := runWith([]string{"-programme", "pxl-pba-pop-en-rockmuziek", "-lang", "en"}, pop, nil)
	assert.Contains(t, popEN.out, "  open: artistic admission test (before enrolment; contracts: diploma contract, exam contract)\n")

	failed := readTestdata(t, "medicine-failed.json")
	failedNL := runWith([]string{"-programme", "uhasselt-ba-geneeskunde", "-lang", "nl"}, failed, nil)
	assert.Contains(t, failedNL.out, "\nUitleg:\n! 2025-2026: je bent niet toelaatbaar tot Bachelor in de geneeskunde.")
	assert.Contains(t, failedNL.out, "  niet gehaald: toelatingsexamen arts (vóór de inschrijving; contracten: diplomacontract, examencontract, creditcontract)\n")
}

// mark is the mark of finding f in the explanation: "!" for a warning.
func mark(f auhl.Finding) string {
	if f.Severity == auhl.Info {
		return "-"
	}
	return "!"
}

// TestInvalidApplicant: an invalid applicant gives its problems in the
// user's language on stderr, each with its JSON Pointer, exit status 1,
// and nothing on stdout.
func TestInvalidApplicant(t *testing.T) {
	stdin := readTestdata(t, "invalid.json")
	problems := []auhl.Problem{
		{Path: "/colour", Code: auhl.CodeJSONUnknownField, Params: auhl.Params{"field": auhl.Str("colour")}},
		{Path: "/diplomas/0/qualification", Code: auhl.CodeNumberRange, Params: auhl.Params{"value": auhl.Int(5), "min": auhl.Int(3), "max": auhl.Int(4)}},
		{Path: "/tests/0/academicYear", Code: admission.CodeAfterYear, Params: auhl.Params{"year": auhl.Str("2026-2027"), "applicant": auhl.Str("2025-2026")}},
		{Path: "/tests/0/programme", Code: auhl.CodeRequired},
		{Path: "/tests/1/ranked", Code: admission.CodeFieldNotAllowed, Params: auhl.Params{"field": auhl.Str("ranked"), "kind": auhl.Str("ijkingstoets")}},
	}
	tests := []struct {
		name string
		args []string
		env  map[string]string
		lang auhl.Lang
	}{
		{"Dutch by default", nil, nil, auhl.Dutch},
		{"English from the locale", nil, map[string]string{"LANG": "en_GB.UTF-8"}, auhl.English},
		{"English from LC_MESSAGES", nil, map[string]string{"LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_BE.UTF-8"}, auhl.English},
		{"English from the flag", []string{"-lang", "en"}, map[string]string{"LC_ALL": "nl_BE.UTF-8"}, auhl.English},
		{"Dutch from the flag", []string{"-lang", "nl"}, map[string]string{"LANG": "en_GB.UTF-8"}, auhl.Dutch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(append([]string{"-programme", "uhasselt-ba-fysica"}, tt.args...), stdin, tt.env)
			assert.Equal(t, 1, r.code)
			assert.Empty(t, r.out, "no decision")
			want := term.Named(tt.lang, ui.InvalidApplicant, "") + "\n"
			for _, p := range problems {
				want += i18n.RenderProblem(tt.lang, p) + " (" + p.Path + ")\n"
			}
			assert.Equal(t, want, r.errOut)
		})
	}
}

func TestInputsAndFlags(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
		return path
	}
	medicine := filepath.Join("testdata", "medicine-ranked.json")
	badRules := write("bad-rules.json", `{"version": "1", "sources": {}, "years": [], "extra": true}`)
	rules, err := os.ReadFile(filepath.Join("..", "..", "procedures", "admission", "data", "admission.json"))
	require.NoError(t, err)
	sameRules := write("admission.json", string(rules))
	unknownYear := `{"academicYear": "2031-2032", "diplomas": [{"kind": "master", "issued": "2020-2021"}]}`
	earlyQualification := `{"academicYear": "2025-2026", "diplomas": [{"kind": "secondary", "issued": "2023-2024", "qualification": 4}]}`
	nope := filepath.Join(dir, "nope.json")
	largeApplicant := write("large-applicant.json", strings.Repeat(" ", admission.MaxApplicantBytes+1))
	largeRules := write("large-rules.json", strings.Repeat(" ", maxRules+1))
	bidiName := filepath.Join(dir, "applicant\u202enosj.exe")
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout []string
		stderr []string
	}{
		{"help", []string{"-h"}, "", 0, nil, []string{"-programme", "-applicant", "-rules", "-lang", "-leerkrediet", "-credits", "-connecting-master", "-has-master", ui.FlagProgramme.NL, ui.FlagApplicant.NL, ui.FlagLeerkrediet.NL}},
		{"help in English", []string{"-lang", "en", "-h"}, "", 0, nil, []string{ui.FlagProgramme.EN, ui.FlagApplicant.EN, ui.FlagRules.EN}},
		{"help in English from the locale", []string{"-help"}, "", 0, nil, []string{ui.FlagProgramme.EN}},
		{"missing programme", nil, "", 2, nil, []string{"Deze waarde is verplicht. (-programme)"}},
		{"missing programme in English", []string{"-lang", "en"}, "", 2, nil, []string{"This value is required. (-programme)"}},
		{"unknown flag", []string{"-colour", "red"}, "", 2, nil, []string{"-colour"}},
		{"unknown language", []string{"-programme", "uhasselt-ba-fysica", "-lang", "fr"}, "", 2, nil, []string{"“fr”", "(-lang)"}},
		{"stray argument", []string{"-programme", "uhasselt-ba-fysica", "applicant.json"}, "", 2, nil, []string{"Onverwacht argument “applicant.json”"}},
		{"stray argument in English", []string{"-lang", "en", "-programme", "uhasselt-ba-fysica", "applicant.json"}, "", 2, nil, []string{"Unexpected argument “applicant.json”"}},
		{"unknown programme", []string{"-programme", "uhasselt-ba-astrologie", "-applicant", medicine}, "", 1, nil, []string{fmt.Sprintf(ui.UnknownProgramme.NL, "uhasselt-ba-astrologie"), "go run ./examples/catalog"}},
		{"unknown programme in English", []string{"-programme", "uhasselt-ba-astrologie", "-lang", "en"}, "{}", 1, nil, []string{fmt.Sprintf(ui.UnknownProgramme.EN, "uhasselt-ba-astrologie")}},
		{"unknown programme on one line", []string{"-programme", "x\n\x1b[31my"}, "{}", 1, nil, []string{"“x  [31my”"}},
		{"missing applicant", []string{"-programme", "uhasselt-ba-fysica", "-applicant", nope, "-lang", "en"}, "", 1, nil, []string{term.Named(auhl.English, term.NotFound, nope)}},
		{"missing applicant in Dutch", []string{"-programme", "uhasselt-ba-fysica", "-applicant", nope}, "", 1, nil, []string{term.Named(auhl.Dutch, term.NotFound, nope)}},
		{"applicant is a directory", []string{"-programme", "uhasselt-ba-fysica", "-applicant", dir, "-lang", "en"}, "", 1, nil, []string{term.Named(auhl.English, term.IsDir, dir)}},
		{"applicant is a directory in Dutch", []string{"-programme", "uhasselt-ba-fysica", "-applicant", dir}, "", 1, nil, []string{term.Named(auhl.Dutch, term.IsDir, dir)}},
		{"applicant file too large", []string{"-programme", "uhasselt-ba-fysica", "-applicant", largeApplicant, "-lang", "en"}, "", 1, nil, []string{term.Named(auhl.English, ui.InvalidApplicant, largeApplicant), "65,536"}},
		{"applicant file invalid", []string{"-programme", "uhasselt-ba-fysica", "-applicant", badRules}, "", 1, nil, []string{term.Named(auhl.Dutch, ui.InvalidApplicant, badRules), "(/extra)"}},
		{"a file name that reorders the line", []string{"-programme", "uhasselt-ba-fysica", "-applicant", bidiName, "-lang", "en"}, "", 1, nil, []string{"The file “" + filepath.Join(dir, "applicantnosj.exe") + "” does not exist."}},
		{"not JSON", []string{"-programme", "uhasselt-ba-fysica", "-lang", "en"}, `{"academicYear": `, 1, nil, []string{term.Named(auhl.English, ui.InvalidApplicant, ""), "not valid JSON"}},
		{"wrong type", []string{"-programme", "uhasselt-ba-fysica", "-lang", "en"}, `{"academicYear": "2025-2026", "age": "old"}`, 1, nil, []string{term.Named(auhl.English, ui.InvalidApplicant, ""), "(/age)"}},
		{"empty input", []string{"-programme", "uhasselt-ba-fysica"}, "", 1, nil, []string{"De kandidaat uit de standaardinvoer klopt niet"}},
		{"too large", []string{"-programme", "uhasselt-ba-fysica"}, strings.Repeat(" ", admission.MaxApplicantBytes+1), 1, nil, []string{term.Named(auhl.Dutch, ui.InvalidApplicant, ""), "65.536"}},
		{"a year without rules", []string{"-programme", "uhasselt-ma-informatica", "-lang", "en"}, unknownYear, 1, nil, []string{term.Named(auhl.English, ui.InvalidApplicant, ""), "2031-2032", "(/academicYear)"}},
		{"a qualification before the year's rules know one", []string{"-programme", "uhasselt-ba-fysica", "-lang", "en"}, earlyQualification, 1, nil, []string{term.Named(auhl.English, ui.InvalidApplicant, ""), "(/diplomas/0/qualification)"}},
		{"rules from a file", []string{"-programme", "uhasselt-ba-geneeskunde", "-rules", sameRules, "-applicant", medicine}, "", 0, []string{`"outcome": "admissible"`}, nil},
		{"rules from a file with a balance", []string{"-programme", "uhasselt-ba-geneeskunde", "-rules", sameRules, "-applicant", medicine, "-leerkrediet", "100"}, "", 0, []string{`"outcome": "admissible"`, `"leerkrediet": {`, `"outcome": "covered"`}, nil},
		{"invalid rules with a balance", []string{"-programme", "uhasselt-ba-geneeskunde", "-rules", badRules, "-applicant", medicine, "-leerkrediet", "100"}, "", 1, nil, []string{"(/extra)"}},
		{"invalid rules", []string{"-programme", "uhasselt-ba-geneeskunde", "-rules", badRules, "-applicant", medicine, "-lang", "en"}, "", 1, nil, []string{term.Named(auhl.English, ui.InvalidRules, badRules), "(/extra)", "(/years)"}},
		{"invalid rules in Dutch", []string{"-programme", "uhasselt-ba-geneeskunde", "-rules", badRules, "-applicant", medicine}, "", 1, nil, []string{"De toelatingsregels uit “" + badRules + "” kloppen niet:"}},
		{"missing rules", []string{"-programme", "uhasselt-ba-geneeskunde", "-rules", nope, "-applicant", medicine}, "", 1, nil, []string{"Het bestand “" + nope + "” bestaat niet."}},
		{"rules are a directory", []string{"-programme", "uhasselt-ba-geneeskunde", "-rules", dir, "-applicant", medicine, "-lang", "en"}, "", 1, nil, []string{"Cannot read “" + dir + "”: it is a directory, not a file."}},
		{"rules file too large", []string{"-programme", "uhasselt-ba-geneeskunde", "-rules", largeRules, "-applicant", medicine, "-lang", "en"}, "", 1, nil, []string{term.Named(auhl.English, ui.InvalidRules, largeRules), "1,048,576"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string(nil)
			if strings.Contains(tt.name, "from the locale") {
				env = map[string]string{"LC_ALL": "en_IE.UTF-8"}
			}
			r := runWith(tt.args, tt.stdin, env)
			assert.Equal(t, tt.code, r.code, r.errOut)
			if tt.code != 0 {
				assert.Empty(t, r.out)
			}
			for _, s := range tt.stdout {
				assert.Contains(t, r.out, s)
			}
			for _, s := range tt.stderr {
				assert.Contains(t, r.errOut, s)
			}
		})
	}
}

// TestEveryTextInBothLanguages proves that each text the command shows
// exists in Dutch and in English, with the same format verbs, and that
// every language has its name.
func TestEveryTextInBothLanguages(t *testing.T) {
	verbs := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)
	v := reflect.ValueOf(ui)
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		text := v.Field(i).Interface().(auhl.Text)
		assert.True(t, text.Complete(), "ui.%s", name)
		assert.Equal(t, verbs.FindAllString(text.NL, -1), verbs.FindAllString(text.EN, -1), "ui.%s: the format verbs", name)
	}
	names := func(what string, enum []string, texts map[string]auhl.Text) {
		assert.Len(t, texts, len(enum), "%s: a name for each and no more", what)
		for _, id := range enum {
			assert.True(t, texts[id].Complete(), "%s %q", what, id)
			assert.Empty(t, verbs.FindAllString(texts[id].NL+texts[id].EN, -1), "%s %q: no format verbs", what, id)
		}
	}
	names("language", auhl.Lang("").Enum(), byID(langName))
}

// byID keys texts by the string of their enum value.
func byID[K ~string](m map[K]auhl.Text) map[string]auhl.Text {
	out := make(map[string]auhl.Text, len(m))
	for k, v := range m {
		out[string(k)] = v
	}
	return out
}

// decideBoth is what the library decides for the applicant of testdata
// file name, the programme id and the balance, and its JSON as the
// command writes it.
func decideBoth(t *testing.T, name, id string, b procedures.Balance) (procedures.AdmissionDecision, string) {
	t.Helper()
	p, ok := catalog.Default().ByID(id)
	require.True(t, ok, id)
	a, err := admission.DecodeApplicant([]byte(readTestdata(t, name)))
	require.NoError(t, err)
	d, err := procedures.Decide(procedures.Application{Applicant: a, Leerkrediet: &b}, p)
	require.NoError(t, err)
	return d, encoded(t, d)
}

// TestLeerkrediet: with -leerkrediet the command writes the admission
// together with the leerkrediet decision, as procedures.Decide gives it,
// to the byte; with -lang it adds the outcome of both and their findings.
// With insufficient leerkrediet UHasselt limits the enrolment to a
// positive balance (OER art. 3.8, unconfirmed for the year); the
// institution may not refuse a connecting master to a student without a
// master's diploma (Vlaamse overheid, "ik heb onvoldoende leerkrediet, wat
// nu?"). On the route of afwijkende toelating the dossier's deadlines
// join the dates (Studiepoort, "ik wil een afwijkende toelating").
func TestLeerkrediet(t *testing.T) {
	tests := []struct {
		file, programme string
		args            []string
		balance         procedures.Balance
		outcome         procedures.AdmissionOutcome
		lines           map[auhl.Lang][]string
	}{
		{"havo-propedeuse.json", "uhasselt-ba-rechten", []string{"-leerkrediet", "40"}, procedures.Balance{Balance: 40, Credits: 60},
			procedures.LimitedToBalance, map[auhl.Lang][]string{
				auhl.English: {"Admission and leerkrediet together: admissible, limited to your leerkrediet.\n", "you can enrol for at most 40 credits"},
				auhl.Dutch:   {"Toelating en leerkrediet samen: toelaatbaar, beperkt tot je leerkrediet.\n", "ten hoogste 40 studiepunten"},
			}},
		{"bachelor-connecting-master.json", "uhasselt-ma-informatica", []string{"-leerkrediet", "-12", "-credits", "60", "-connecting-master"},
			procedures.Balance{Balance: -12, Credits: 60, ConnectingMaster: true}, procedures.MayNotRefuse, map[auhl.Lang][]string{
				auhl.English: {"Admission and leerkrediet together: admissible, the connecting master may not be refused.\n", "does not cover 60 credits"},
				auhl.Dutch:   {"Toelating en leerkrediet samen: toelaatbaar, de aansluitende master mag niet geweigerd worden.\n"},
			}},
		{"havo.json", "uhasselt-ba-rechten", []string{"-leerkrediet", "0", "-credits", "30"}, procedures.Balance{Balance: 0, Credits: 30},
			procedures.NotYetAdmissible, map[auhl.Lang][]string{
				auhl.English: {"Admission and leerkrediet together: not yet admissible.\n", "submit your study-orientation dossier by 19 September 2025.\n  Source: "},
				auhl.Dutch:   {"dien je studieoriënteringsdossier uiterlijk op 19 september 2025 in"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			want, wantJSON := decideBoth(t, tt.file, tt.programme, tt.balance)
			args := append([]string{"-programme", tt.programme}, tt.args...)
			r := runWith(args, readTestdata(t, tt.file), nil)
			require.Equal(t, 0, r.code, r.errOut)
			assert.Equal(t, wantJSON, r.out)
			assert.Equal(t, tt.outcome, want.Outcome)
			require.NotNil(t, want.Leerkrediet)
			for _, lang := range auhl.Langs() {
				r := runWith(append(args, "-lang", string(lang)), readTestdata(t, tt.file), nil)
				require.Equal(t, 0, r.code, r.errOut)
				words, ok := strings.CutPrefix(r.out, wantJSON+"\n")
				require.True(t, ok, "the JSON comes first")
				for _, f := range append(want.Findings, want.Leerkrediet.Findings...) {
					assert.Contains(t, words, "\n"+mark(f)+" "+i18n.Render(lang, f)+"\n")
				}
				for _, line := range tt.lines[lang] {
					assert.Contains(t, words, line)
				}
			}
		})
	}
	// Without the flag the output is the admission decision alone.
	r := runWith([]string{"-programme", "uhasselt-ba-rechten", "-credits", "30"}, readTestdata(t, "havo.json"), nil)
	_, plain := decide(t, "havo.json", "uhasselt-ba-rechten")
	assert.Equal(t, plain, r.out)
	// A balance out of range is refused with the problem named.
	bad := runWith([]string{"-programme", "uhasselt-ba-rechten", "-leerkrediet", "9999", "-lang", "en"}, readTestdata(t, "havo.json"), nil)
	assert.Equal(t, 1, bad.code)
	assert.Empty(t, bad.out)
	assert.Contains(t, bad.errOut, "(/leerkrediet/balance)")
	notANumber := runWith([]string{"-programme", "uhasselt-ba-rechten", "-leerkrediet", "many"}, "", nil)
	assert.Equal(t, 2, notANumber.code)
}
