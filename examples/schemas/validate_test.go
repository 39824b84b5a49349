package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/schema"
	"github.com/auhl/auhl-go/procedures"
	"github.com/auhl/auhl-go/procedures/admission"
	"github.com/auhl/auhl-go/procedures/afwijkend"
	"github.com/auhl/auhl-go/procedures/evc"
	"github.com/auhl/auhl-go/procedures/language"
	"github.com/auhl/auhl-go/procedures/leerkrediet"
	"github.com/auhl/auhl-go/procedures/progress"
	"github.com/auhl/auhl-go/studychoice"
	"github.com/auhl/auhl-go/studychoice/interview"
	"github.com/auhl/auhl-go/studychoice/report"
	"github.com/auhl/auhl-go/wasm"
)

// These tests check the committed schemas with an independent validator,
// santhosh-tekuri/jsonschema, offline: a reference resolves only to a file of
// schema.FS, by its $id.

// embeddedLoader loads the schema files of schema.FS by their $id, and
// refuses every other URL.
type embeddedLoader struct{}

func (embeddedLoader) Load(url string) (any, error) {
	name, ok := strings.CutPrefix(url, schema.BaseID)
	if !ok {
		return nil, fmt.Errorf("%s is not a schema of auhl-go: no network in these tests", url)
	}
	b, err := fs.ReadFile(schema.FS, name)
	if err != nil {
		return nil, err
	}
	return jsonschema.UnmarshalJSON(bytes.NewReader(b))
}

// compile compiles the committed schema file name as draft 2020-12.
func compile(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.UseLoader(embeddedLoader{})
	s, err := c.Compile(schema.ID(name))
	require.NoError(t, err, "compiling %s", name)
	return s
}

// instance turns a Go value or raw JSON into what the validator takes.
func instance(t *testing.T, v any) any {
	t.Helper()
	b, ok := v.([]byte)
	if !ok {
		var err error
		b, err = json.Marshal(v)
		require.NoError(t, err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	return inst
}

// leaves returns the instance locations of the innermost causes of a
// validation error, as JSON Pointers.
func leaves(err error) []string {
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return nil
	}
	var out []string
	var visit func(e *jsonschema.ValidationError)
	visit = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			out = append(out, auhl.Pointer("", e.InstanceLocation...))
			return
		}
		for _, c := range e.Causes {
			visit(c)
		}
	}
	visit(ve)
	return out
}

func TestSchemasCompile(t *testing.T) {
	names := schema.Names()
	require.NotEmpty(t, names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			s := compile(t, name)
			assert.Equal(t, 2020, s.DraftVersion)
		})
	}
}

func TestDefaultCatalogIsValid(t *testing.T) {
	s := compile(t, "catalog.schema.json")
	t.Run("data file", func(t *testing.T) {
		err := s.Validate(instance(t, catalog.DefaultJSON()))
		assert.NoError(t, err, "the embedded data file auhl/catalog/data does not match catalog.schema.json")
	})
	t.Run("encoded", func(t *testing.T) {
		err := s.Validate(instance(t, catalog.Default()))
		assert.NoError(t, err, "the JSON encoding of catalog.Default() does not match catalog.schema.json")
	})
}

// TestDefaultCatalogParts validates the parts of the default catalogue
// against the schemas of their own types.
func TestDefaultCatalogParts(t *testing.T) {
	c := catalog.Default()
	require.NotEmpty(t, c.Programmes)
	require.NotEmpty(t, c.Campuses)
	programme := compile(t, "programme.schema.json")
	finding := compile(t, "finding.schema.json")
	text := compile(t, "text.schema.json")
	level := compile(t, "level.schema.json")
	institution := compile(t, "institution.schema.json")
	for _, p := range c.Programmes {
		assert.NoError(t, programme.Validate(instance(t, p)), p.ID)
		assert.NoError(t, text.Validate(instance(t, p.Name)), p.ID)
		assert.NoError(t, level.Validate(instance(t, p.Level)), p.ID)
		assert.NoError(t, institution.Validate(instance(t, p.Institution)), p.ID)
		for _, f := range p.Verification() {
			assert.NoError(t, finding.Validate(instance(t, f)), p.ID)
		}
	}
	campus := compile(t, "campus.schema.json")
	for _, x := range c.Campuses {
		assert.NoError(t, campus.Validate(instance(t, x)), x.ID)
	}
	year := compile(t, "academic-year.schema.json")
	assert.NoError(t, year.Validate(instance(t, c.AcademicYear)))
}

// minimalCatalog is a small valid catalogue, built from Go values.
func minimalCatalog(t *testing.T) map[string]any {
	t.Helper()
	year, err := auhl.ParseAcademicYear("2025-2026")
	require.NoError(t, err)
	c := catalog.Catalog{
		Version:      "2025.1",
		AcademicYear: year,
		Sources:      []catalog.Source{{ID: "guide", Title: "Study guide", URL: "https://example.org/guide"}},
		Campuses: []auhl.Campus{{
			ID: "uhasselt-diepenbeek", Institution: auhl.UHasselt, City: "Diepenbeek",
			Name: auhl.Text{NL: "Campus Diepenbeek", EN: "Diepenbeek campus"},
		}},
		StudyAreas: []catalog.StudyArea{{ID: "sciences", Name: auhl.Text{NL: "Wetenschappen", EN: "Sciences"}}},
		Programmes: []catalog.Programme{{
			ID: "uhasselt-ba-fysica", Institution: auhl.UHasselt, Level: auhl.AcademicBachelor,
			Name:      auhl.Text{NL: "Bachelor in de fysica", EN: "Bachelor of Physics"},
			Credits:   180,
			Campuses:  []string{"uhasselt-diepenbeek"},
			Languages: []auhl.Lang{auhl.Dutch},
			StudyArea: "sciences",
			URL:       "https://example.org/fysica",
			Admission: catalog.Admission{Ijkingstoets: catalog.IjkingstoetsMandatory},
			Interest: catalog.Interest{Code: "IR", Rationale: auhl.Text{
				NL: "De natuur begrijpen.", EN: "Understanding nature.",
			}},
			Sources:    []string{"guide"},
			Unverified: []catalog.Fact{catalog.FactNameEN},
		}},
	}
	var m map[string]any
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

// programme0 returns the first programme of a catalogue tree.
func programme0(m map[string]any) map[string]any {
	return m["programmes"].([]any)[0].(map[string]any)
}

func TestInvalidCatalogs(t *testing.T) {
	s := compile(t, "catalog.schema.json")
	require.NoError(t, s.Validate(instance(t, minimalCatalog(t))), "the minimal catalogue must be valid")

	tests := []struct {
		name   string
		change func(m map[string]any)
		at     string // the JSON Pointer the validator must point at
	}{
		{"unknown top-level field", func(m map[string]any) { m["extra"] = 1 }, ""},
		{"unknown programme field", func(m map[string]any) { programme0(m)["colour"] = "red" }, "/programmes/0"},
		{"bad level", func(m map[string]any) { programme0(m)["level"] = "bachelor" }, "/programmes/0/level"},
		{"bad institution", func(m map[string]any) { programme0(m)["institution"] = "kuleuven" }, "/programmes/0/institution"},
		{"bad academic year", func(m map[string]any) { m["academicYear"] = "2025/2026" }, "/academicYear"},
		{"short academic year", func(m map[string]any) { m["academicYear"] = "2025-26" }, "/academicYear"},
		{"empty academic year", func(m map[string]any) { m["academicYear"] = "" }, "/academicYear"},
		{"missing academic year", func(m map[string]any) { delete(m, "academicYear") }, ""},
		{"missing English name", func(m map[string]any) {
			delete(programme0(m)["name"].(map[string]any), "en")
		}, "/programmes/0/name"},
		{"name not a text", func(m map[string]any) { programme0(m)["name"] = "Fysica" }, "/programmes/0/name"},
		{"bad RIASEC letter", func(m map[string]any) {
			programme0(m)["interest"].(map[string]any)["code"] = "IRX"
		}, "/programmes/0/interest/code"},
		{"RIASEC code too long", func(m map[string]any) {
			programme0(m)["interest"].(map[string]any)["code"] = "IRCA"
		}, "/programmes/0/interest/code"},
		{"RIASEC code too short", func(m map[string]any) {
			programme0(m)["interest"].(map[string]any)["code"] = "I"
		}, "/programmes/0/interest/code"},
		{"bad language", func(m map[string]any) { programme0(m)["languages"] = []any{"fr"} }, "/programmes/0/languages/0"},
		{"bad unverified fact", func(m map[string]any) { programme0(m)["unverified"] = []any{"colour"} }, "/programmes/0/unverified/0"},
		{"bad ijkingstoets", func(m map[string]any) {
			programme0(m)["admission"] = map[string]any{"ijkingstoets": "maybe"}
		}, "/programmes/0/admission/ijkingstoets"},
		{"negative credits", func(m map[string]any) { programme0(m)["credits"] = -1 }, "/programmes/0/credits"},
		{"fractional credits", func(m map[string]any) { programme0(m)["credits"] = 1.5 }, "/programmes/0/credits"},
		{"missing campus city", func(m map[string]any) {
			delete(m["campuses"].([]any)[0].(map[string]any), "city")
		}, "/campuses/0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := minimalCatalog(t)
			tt.change(m)
			err := s.Validate(instance(t, m))
			require.Error(t, err)
			assert.Contains(t, leaves(err), tt.at, "%v", err)
		})
	}
}

func TestFindingAndValidationError(t *testing.T) {
	finding := compile(t, "finding.schema.json")
	validationError := compile(t, "validation-error.schema.json")
	codeSpec := compile(t, "code-spec.schema.json")

	findings := []auhl.Finding{
		{Code: "catalog.count", Severity: auhl.Info, Params: auhl.Params{"count": auhl.Int(12)}},
		{
			Code: "admission.language.dutch-b2-missing", Severity: auhl.Error,
			Params: auhl.Params{"level": auhl.Str("B2"), "share": auhl.Num(13.5), "name": auhl.Txt(auhl.Text{NL: "Nederlands", EN: "Dutch"})},
			Source: auhl.Source{Title: "Codex Hoger Onderwijs, art. II.205", URL: "https://example.org/codex"},
		},
		{Code: "x.y", Severity: auhl.Warning, Source: auhl.Source{Title: "Only a title"}},
	}
	for _, f := range findings {
		assert.NoError(t, finding.Validate(instance(t, f)), f.Code)
	}

	// A real ValidationError, from the SDK's strict decoder and from the
	// catalogue's reader.
	var text auhl.Text
	decodeErr := auhl.DecodeJSON([]byte(`{"nl": 1, "de": "x"}`), &text)
	var ve *auhl.ValidationError
	require.ErrorAs(t, decodeErr, &ve)
	require.NotEmpty(t, ve.Problems)
	assert.NoError(t, validationError.Validate(instance(t, ve)))

	_, loadErr := catalog.Load(strings.NewReader(`{"version": "x", "academicYear": "2025/2026"}`))
	require.ErrorAs(t, loadErr, &ve)
	assert.NoError(t, validationError.Validate(instance(t, ve)))

	for _, c := range slices.Concat(auhl.Codes(), catalog.Codes()) {
		assert.NoError(t, codeSpec.Validate(instance(t, c)), c.Code)
	}

	invalid := []struct {
		name   string
		schema *jsonschema.Schema
		json   string
	}{
		{"finding without severity", finding, `{"code": "x"}`},
		{"finding with bad severity", finding, `{"code": "x", "severity": "fatal"}`},
		{"finding with a list param", finding, `{"code": "x", "severity": "info", "params": {"a": [1]}}`},
		{"finding with a half text param", finding, `{"code": "x", "severity": "info", "params": {"a": {"nl": "x"}}}`},
		{"finding with a null param", finding, `{"code": "x", "severity": "info", "params": {"a": null}}`},
		{"source without title", finding, `{"code": "x", "severity": "info", "source": {"url": "https://example.org"}}`},
		{"problem without code", validationError, `{"problems": [{"path": ""}]}`},
		{"unknown field", validationError, `{"problems": [], "message": "x"}`},
		{"code spec with bad kind", codeSpec, `{"code": "x", "params": [{"name": "n", "kind": "float"}]}`},
	}
	for _, tt := range invalid {
		t.Run(tt.name, func(t *testing.T) {
			assert.Error(t, tt.schema.Validate(instance(t, []byte(tt.json))))
		})
	}
}

func TestSmallSchemas(t *testing.T) {
	tests := []struct {
		file  string
		json  string
		valid bool
	}{
		{"academic-year", `"2025-2026"`, true},
		{"academic-year", `""`, false},
		{"academic-year", `"2025/2026"`, false},
		{"academic-year", `2025`, false},
		{"level", `"master"`, true},
		{"level", `"bachelor"`, false},
		{"institution", `"pxl"`, true},
		{"institution", `"PXL"`, false},
		{"lang", `"en"`, true},
		{"lang", `"fr"`, false},
		{"severity", `"warning"`, true},
		{"severity", `"fatal"`, false},
		{"text", `{"nl": "Hallo", "en": "Hello"}`, true},
		{"text", `{"nl": "Hallo"}`, false},
		{"text", `{"nl": "Hallo", "en": "Hello", "fr": "Bonjour"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.json, func(t *testing.T) {
			err := compile(t, tt.file+schema.Ext).Validate(instance(t, []byte(tt.json)))
			if tt.valid {
				assert.NoError(t, err)
			} else {
				assert.Error(t, err)
			}
		})
	}
}

// decodeFile parses a committed schema file into a generic tree.
func decodeFile(t *testing.T, name string) map[string]any {
	t.Helper()
	b, err := schema.Get(name)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return m
}

// TestEveryPropertyHasADescription proves that the doc comments were read:
// every schema, definition and property has a description.
func TestEveryPropertyHasADescription(t *testing.T) {
	for _, name := range schema.Names() {
		t.Run(name, func(t *testing.T) {
			m := decodeFile(t, name)
			assert.NotEmpty(t, m["description"], "the root has no description")
			var visit func(path string, v any)
			visit = func(path string, v any) {
				switch v := v.(type) {
				case map[string]any:
					if props, ok := v["properties"].(map[string]any); ok {
						for k, p := range props {
							d, _ := p.(map[string]any)["description"].(string)
							assert.NotEmpty(t, d, "property %s/properties/%s has no description", path, k)
						}
					}
					if defs, ok := v["$defs"].(map[string]any); ok {
						for k, d := range defs {
							desc, _ := d.(map[string]any)["description"].(string)
							assert.NotEmpty(t, desc, "definition %s has no description", k)
						}
					}
					for k, x := range v {
						visit(path+"/"+k, x)
					}
				case []any:
					for i, x := range v {
						visit(fmt.Sprintf("%s/%d", path, i), x)
					}
				}
			}
			visit("", m)
		})
	}
}

// TestEnumsAreSpelledOut follows the Go types of every file: wherever a
// field's type (or its element type) is an enumeration, the schema lists
// exactly its values.
func TestEnumsAreSpelledOut(t *testing.T) {
	checked := 0
	for _, f := range files() {
		t.Run(f.Name, func(t *testing.T) {
			m := decodeFile(t, f.Name)
			defs, _ := m["$defs"].(map[string]any)
			seen := map[reflect.Type]bool{}
			var visit func(typ reflect.Type, node map[string]any, path string)
			visit = func(typ reflect.Type, node map[string]any, path string) {
				if vals, ok := schema.EnumValues(typ); ok {
					assert.Equal(t, "string", node["type"], path)
					assert.Equal(t, toAny(vals), node["enum"], path)
					checked++
					return
				}
				switch typ.Kind() {
				case reflect.Pointer:
					visit(typ.Elem(), node, path)
				case reflect.Slice:
					if items, ok := node["items"].(map[string]any); ok {
						visit(typ.Elem(), items, path+"/items")
					}
				case reflect.Struct:
					if ref, ok := node["$ref"].(string); ok {
						name := strings.TrimPrefix(ref, "#/$defs/")
						def, ok := defs[name].(map[string]any)
						require.True(t, ok, "%s: %s", path, ref)
						if seen[typ] {
							return
						}
						seen[typ] = true
						visit(typ, def, "#/$defs/"+name)
						return
					}
					props, ok := node["properties"].(map[string]any)
					if !ok {
						return // a declared type, such as AcademicYear
					}
					for i := 0; i < typ.NumField(); i++ {
						sf := typ.Field(i)
						name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
						if !sf.IsExported() || name == "-" {
							continue
						}
						if name == "" && sf.Anonymous && sf.Type.Kind() == reflect.Struct {
							// An embedded struct's fields are the node's own.
							visit(sf.Type, node, path)
							continue
						}
						if name == "" {
							name = sf.Name
						}
						p, ok := props[name].(map[string]any)
						require.True(t, ok, "%s has no property %q", path, name)
						visit(sf.Type, p, path+"/properties/"+name)
					}
				}
			}
			visit(f.Type, m, "#")
		})
	}
	assert.Greater(t, checked, 10, "enumerations checked")
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// TestAdvisorInstances validates the questionnaire, real profiles and the
// advice the advisor gives for them against their schemas, and rejects a
// profile that carries something the format does not know.
func TestAdvisorInstances(t *testing.T) {
	questionnaire := compile(t, "questionnaire.schema.json")
	profile := compile(t, "profile.schema.json")
	advice := compile(t, "advice.schema.json")

	assert.NoError(t, questionnaire.Validate(instance(t, studychoice.DefaultQuestionnaire())))

	answers := map[string]int{}
	for i, it := range studychoice.DefaultQuestionnaire().Items {
		answers[it.ID] = 1 + i%5
	}
	profiles := []studychoice.Profile{
		{Answers: answers, Background: studychoice.Background{Diploma: studychoice.DiplomaExpected, Finaliteit: studychoice.Doorstroom, MathsHours: 6,
			Ijkingstoetsen: []studychoice.IjkingstoetsScore{{Programme: "uhasselt-ba-fysica", Score: 12.5}}},
			Preferences: studychoice.Preferences{Languages: []auhl.Lang{auhl.English}, Cities: []string{"Hasselt"}, MaxYears: 3, Institutions: []auhl.Institution{auhl.PXL}}},
		{Answers: map[string]int{}, Background: studychoice.Background{Diploma: studychoice.DiplomaNone, Age: 19, Dutch: studychoice.DutchNone, WorkExperience: true}},
	}
	a := studychoice.NewAdvisor(nil)
	for i, p := range profiles {
		assert.NoError(t, profile.Validate(instance(t, p)), "profile %d", i)
		adv, err := a.Advise(p)
		require.NoError(t, err)
		assert.NoError(t, advice.Validate(instance(t, adv)), "advice %d", i)
	}
	bad := []byte(`{"answers":{"R1":3},"background":{"diploma":"maybe","name":"Jan"}}`)
	assert.Error(t, profile.Validate(instance(t, bad)))
}

// TestWidgetInstances validates what the widget hands to host pages (the
// auhl-advice event), the reports it shows, and the interview's questions
// and answers against their schemas.
func TestWidgetInstances(t *testing.T) {
	event := compile(t, "widget-event.schema.json")
	rep := compile(t, "report.schema.json")
	question := compile(t, "interview-question.schema.json")
	answers := compile(t, "interview-answers.schema.json")

	iv := interview.New(nil, nil)
	a := interview.Answers{"diploma": 2, "foreign": interview.No, "structure": 1, "finaliteit": 1, "maths": 8}
	for i, q := range iv.Questions {
		if q.Section == interview.Interests {
			a[q.Key] = 1 + i%5
		}
	}
	for _, q := range iv.Questions {
		assert.NoError(t, question.Validate(instance(t, q)), q.Key)
	}
	assert.NoError(t, answers.Validate(instance(t, a)))
	assert.Error(t, answers.Validate(instance(t, []byte(`{"diploma": "2"}`))))

	adv, err := studychoice.NewAdvisor(nil).Advise(iv.Profile(a))
	require.NoError(t, err)
	for _, l := range auhl.Langs() {
		assert.NoError(t, rep.Validate(instance(t, report.New(l, nil, adv, 5))), "report %s", l)
	}

	body, err := json.Marshal(a)
	require.NoError(t, err)
	out, err := wasm.New().Advise(string(body), "en", 0)
	require.NoError(t, err)
	var res wasm.AdviseResult
	require.NoError(t, json.Unmarshal(out, &res))
	require.True(t, res.OK)
	assert.NoError(t, event.Validate(instance(t, res.Event)))
	assert.Error(t, event.Validate(instance(t, []byte(`{"lang": "fr"}`))))
}

// TestLeerkredietInstances validates histories with every kind of event,
// and the results the calculator gives for them, against their schemas,
// and rejects histories the format does not know.
func TestLeerkredietInstances(t *testing.T) {
	history := compile(t, "leerkrediet-history.schema.json")
	result := compile(t, "leerkrediet-result.schema.json")
	for i, doc := range []string{
		`{"events": [
			{"year": "2025-2026", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
			{"year": "2025-2026", "kind": "results", "earned": 45, "tolerated": 6}]}`,
		`{"events": [
			{"year": "2024-2025", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
			{"year": "2024-2025", "kind": "results", "earned": 10},
			{"year": "2025-2026", "kind": "enrolment", "contract": "diploma", "programme": "initial-bachelor", "credits": 60},
			{"year": "2025-2026", "kind": "reorientation", "date": "2026-02-10", "passed": 18, "failed": 12, "notExamined": 30, "returnedByInstitution": false},
			{"year": "2025-2026", "kind": "enrolment", "contract": "credit", "programme": "schakel", "credits": 20},
			{"year": "2025-2026", "kind": "force-majeure", "credits": 6},
			{"year": "2026-2027", "kind": "enrolment", "contract": "exam", "programme": "graduaat", "credits": 60},
			{"year": "2026-2027", "kind": "diploma", "level": "graduaat"}]}`,
		`{"events": [{"year": "2026-2027", "kind": "no-enrolment"}]}`,
	} {
		assert.NoError(t, history.Validate(instance(t, []byte(doc))), "history %d", i)
		h, err := leerkrediet.DecodeHistory([]byte(doc))
		require.NoError(t, err, "history %d", i)
		assert.NoError(t, history.Validate(instance(t, h)), "history %d encoded", i)
		res, err := leerkrediet.Decide(h)
		require.NoError(t, err, "history %d", i)
		assert.NoError(t, result.Validate(instance(t, res)), "result %d", i)
	}
	for _, bad := range []string{
		`{"events": [{"year": "2025-2026", "kind": "holiday"}]}`,
		`{"events": [{"year": "2025-2026", "kind": "no-enrolment", "colour": "red"}]}`,
		`{"events": [{"year": "2025-2026", "kind": "enrolment", "contract": "diploma", "programme": "phd", "credits": 60}]}`,
		`{"events": [{"year": "2025-2026", "kind": "reorientation", "date": "10/02/2026"}]}`,
		`{"events": [{"kind": "no-enrolment"}]}`,
	} {
		assert.Error(t, history.Validate(instance(t, []byte(bad))), bad)
	}
}

func TestAfwijkendInstances(t *testing.T) {
	caseSchema := compile(t, "afwijkend-case.schema.json")
	status := compile(t, "afwijkend-status.schema.json")
	for i, tt := range []struct {
		doc string
		on  auhl.Date
	}{
		{`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {"cv": true}}`, auhl.MustParseDate("2026-03-01")},
		{`{"academicYear": "2026-2027", "institution": "pxl", "ground": "medical-psychological-social", "age": 19,
			"dossier": {"cv": true, "motivationLetter": true, "reflection": true, "evidence": true}}`, auhl.MustParseDate("2026-03-01")},
		{`{"academicYear": "2025-2026", "institution": "uhasselt", "ground": "humanitarian",
			"dossier": {"cv": true, "motivationLetter": true, "reflection": true, "evidence": true},
			"submitted": "2025-08-20", "assessment": "passed",
			"earlierAttempts": [{"academicYear": "2024-2025", "result": "failed"}]}`, auhl.MustParseDate("2025-09-05")},
	} {
		assert.NoError(t, caseSchema.Validate(instance(t, []byte(tt.doc))), "case %d", i)
		c, err := afwijkend.DecodeCase([]byte(tt.doc))
		require.NoError(t, err, "case %d", i)
		assert.NoError(t, caseSchema.Validate(instance(t, c)), "case %d encoded", i)
		st, err := afwijkend.Decide(c, tt.on)
		require.NoError(t, err, "case %d", i)
		assert.NoError(t, status.Validate(instance(t, st)), "status %d", i)
	}
	for _, bad := range []string{
		`{"academicYear": "2026-2027", "ground": "bribery", "dossier": {}}`,
		`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {"photo": true}}`,
		`{"academicYear": "2026-2027", "ground": "general-level", "dossier": {}, "submitted": "15/05/2026"}`,
		`{"ground": "general-level", "dossier": {}}`,
	} {
		assert.Error(t, caseSchema.Validate(instance(t, []byte(bad))), bad)
	}
}

func TestEVCInstances(t *testing.T) {
	procedure := compile(t, "evc-procedure.schema.json")
	step := compile(t, "evc-step.schema.json")
	var p evc.Procedure
	assert.NoError(t, procedure.Validate(instance(t, []byte(`{"history": []}`))))
	for _, s := range []evc.Step{
		{Action: evc.ActionRequestIntake, Date: auhl.MustParseDate("2026-01-15")},
		{Action: evc.ActionIntake, Date: auhl.MustParseDate("2026-02-10"), Guide: "An Peeters"},
		{Action: evc.ActionPortfolio, Date: auhl.MustParseDate("2026-04-01")},
		{Action: evc.ActionDecision, Date: auhl.MustParseDate("2026-05-20"), Assessors: []string{"B", "C", "D"}, Outcome: evc.OutcomeNegative},
		{Action: evc.ActionAppeal, Date: auhl.MustParseDate("2026-05-25")},
		{Action: evc.ActionAppealDecision, Date: auhl.MustParseDate("2026-06-10"), Outcome: evc.OutcomePositive},
		{Action: evc.ActionRequestExemption, Date: auhl.MustParseDate("2026-06-15"), Institution: auhl.PXL},
	} {
		assert.NoError(t, step.Validate(instance(t, s)), s.Action)
		_, err := p.Apply(s)
		require.NoError(t, err, s.Action)
		assert.NoError(t, procedure.Validate(instance(t, p)), s.Action)
	}
	for _, bad := range []string{
		`{"action": "fly", "date": "2026-01-15"}`,
		`{"action": "intake", "date": "2026-01-15", "colour": 1}`,
		`{"action": "decision", "date": "2026-01-15", "outcome": "maybe"}`,
	} {
		assert.Error(t, step.Validate(instance(t, []byte(bad))), bad)
	}
	assert.Error(t, procedure.Validate(instance(t, []byte(`{"history": [{"action": "intake", "date": "2026-01-15", "from": "", "to": "nowhere"}]}`))))
}

func TestAdmissionInstances(t *testing.T) {
	applicant := compile(t, "admission-applicant.schema.json")
	decision := compile(t, "admission-decision.schema.json")
	check := compile(t, "language-check.schema.json")
	for i, tt := range []struct{ doc, programme string }{
		{`{"academicYear": "2025-2026", "age": 18,
			"diplomas": [{"kind": "secondary", "issued": "2024-2025", "qualification": 4}],
			"tests": [{"test": "entrance-exam-arts", "academicYear": "2025-2026", "knowledge": 61.5, "generic": 55, "ranked": true}]}`, "uhasselt-ba-geneeskunde"},
		{`{"academicYear": "2026-2027", "contract": "credit",
			"diplomas": [{"kind": "secondary", "issued": "2020-2021", "foreign": true, "accessAtHome": true}],
			"languageProofs": [{"kind": "cnavt-strt", "obtained": "2025-2026"}]}`, "pxl-pba-pop-en-rockmuziek"},
		{`{"academicYear": "2024-2025",
			"diplomas": [{"kind": "academic-bachelor", "issued": "2023-2024", "connectsTo": ["uhasselt-ma-statistics-data-science"]}],
			"languageProofs": [{"kind": "ielts", "score": 6.5, "obtained": "2023-2024"}]}`, "uhasselt-ma-statistics-data-science"},
	} {
		assert.NoError(t, applicant.Validate(instance(t, []byte(tt.doc))), "applicant %d", i)
		a, err := admission.DecodeApplicant([]byte(tt.doc))
		require.NoError(t, err, "applicant %d", i)
		assert.NoError(t, applicant.Validate(instance(t, a)), "applicant %d encoded", i)
		p, ok := catalog.Default().ByID(tt.programme)
		require.True(t, ok)
		d, err := admission.Decide(a, p)
		require.NoError(t, err, "applicant %d", i)
		assert.NoError(t, decision.Validate(instance(t, d)), "decision %d", i)

		rules, err := language.Default().For(a.AcademicYear)
		require.NoError(t, err)
		for _, need := range rules.Needs(p) {
			assert.NoError(t, check.Validate(instance(t, rules.Decide(need, a.LanguageProofs, a.AcademicYear))), "check %d", i)
		}
	}
	for _, bad := range []string{
		`{"academicYear": "2025-2026", "diplomas": [{"kind": "phd", "issued": "2020-2021"}]}`,
		`{"academicYear": "2025-2026", "contract": "loan"}`,
		`{"academicYear": "2025-2026", "tests": [{"test": "ijkingstoets"}]}`,
		`{"diplomas": []}`,
	} {
		assert.Error(t, applicant.Validate(instance(t, []byte(bad))), bad)
	}
}

// TestAdmissionApplicationInstances: an application with a leerkrediet
// balance and the decision on it, on the route of afwijkende toelating
// and on a connecting master, are valid instances; a bad one is not.
func TestAdmissionApplicationInstances(t *testing.T) {
	application := compile(t, "admission-application.schema.json")
	decision := compile(t, "admission-enrolment-decision.schema.json")
	for i, tt := range []struct{ doc, programme string }{
		{`{"applicant": {"academicYear": "2025-2026", "age": 18,
			"diplomas": [{"kind": "secondary", "issued": "2024-2025", "month": 6, "foreign": true, "named": "nl-havo"}],
			"languageProofs": [{"kind": "secondary-year-dutch", "obtained": "2024-2025"}]},
			"leerkrediet": {"balance": 40, "credits": 60}}`, "uhasselt-ba-rechten"},
		{`{"applicant": {"academicYear": "2024-2025",
			"diplomas": [{"kind": "academic-bachelor", "issued": "2023-2024", "connectsTo": ["uhasselt-ma-statistics-data-science"]}],
			"languageProofs": [{"kind": "ielts", "score": 6.5, "obtained": "2023-2024"}]},
			"leerkrediet": {"balance": -5, "credits": 60, "connectingMaster": true}}`, "uhasselt-ma-statistics-data-science"},
	} {
		assert.NoError(t, application.Validate(instance(t, []byte(tt.doc))), "application %d", i)
		a, err := procedures.DecodeApplication([]byte(tt.doc))
		require.NoError(t, err, "application %d", i)
		assert.NoError(t, application.Validate(instance(t, a)), "application %d encoded", i)
		p, ok := catalog.Default().ByID(tt.programme)
		require.True(t, ok)
		d, err := procedures.Decide(a, p)
		require.NoError(t, err, "application %d", i)
		require.NotNil(t, d.Leerkrediet)
		assert.NoError(t, decision.Validate(instance(t, d)), "decision %d", i)
	}
	for _, bad := range []string{
		`{"applicant": {"academicYear": "2025-2026"}, "leerkrediet": {"balance": 3, "credits": 6, "exception": "x"}}`,
		`{"applicant": {"academicYear": "2025-2026"}, "leerkrediet": {"credits": 6, "programme": "phd"}}`,
		`{"applicant": {"academicYear": "2025-2026"}, "balance": 3}`,
	} {
		assert.Error(t, application.Validate(instance(t, []byte(bad))), bad)
	}
}

func TestLanguageTestInstances(t *testing.T) {
	proofs := compile(t, "language-proofs.schema.json")
	registration := compile(t, "language-test-registration.schema.json")
	result := compile(t, "language-test-check.schema.json")
	doc := `{"proofs": [{"kind": "certificate", "language": "nl", "level": "B2", "obtained": "2023-2024"}, {"kind": "toefl-ibt", "score": 95}]}`
	assert.NoError(t, proofs.Validate(instance(t, []byte(doc))))
	ps, err := language.DecodeProofs([]byte(doc))
	require.NoError(t, err)
	assert.NoError(t, proofs.Validate(instance(t, ps)))
	assert.Error(t, proofs.Validate(instance(t, []byte(`{"proofs": [{"kind": "diploma"}]}`))))

	reg := language.TestRegistration{Session: auhl.MustParseDate("2026-09-04"), Earlier: []auhl.Date{auhl.MustParseDate("2026-05-15")}}
	assert.NoError(t, registration.Validate(instance(t, reg)))
	c, err := language.DecideRegistration(reg)
	require.NoError(t, err)
	assert.False(t, c.Allowed, "once per May-September period")
	assert.NoError(t, result.Validate(instance(t, c)))
}

func TestProgressInstances(t *testing.T) {
	record := compile(t, "progress-record.schema.json")
	decision := compile(t, "progress-decision.schema.json")
	for i, doc := range []string{
		`{"institution": "uhasselt", "programme": "uhasselt-ba-informatica", "cohort": "2024-2025",
			"enrolments": [{"academicYear": "2024-2025", "enrolled": 60, "earned": 27, "drempelpakketOpen": 33}]}`,
		`{"institution": "uhasselt", "cohort": "2023-2024",
			"enrolments": [{"academicYear": "2023-2024", "enrolled": 60, "earned": 40, "drempelpakketOpen": 20},
				{"academicYear": "2024-2025", "enrolled": 60, "earned": 50, "drempelpakketOpen": 5}]}`,
		`{"institution": "pxl", "cohort": "2022-2023", "plannedCredits": 75,
			"enrolments": [{"academicYear": "2025-2026", "enrolled": 54, "earned": 30}],
			"courses": [{"id": "wiskunde-1", "enrolments": 3}]}`,
	} {
		assert.NoError(t, record.Validate(instance(t, []byte(doc))), "record %d", i)
		rec, err := progress.DecodeRecord([]byte(doc))
		require.NoError(t, err, "record %d", i)
		assert.NoError(t, record.Validate(instance(t, rec)), "record %d encoded", i)
		d, err := progress.Decide(rec)
		require.NoError(t, err, "record %d", i)
		assert.NoError(t, decision.Validate(instance(t, d)), "decision %d", i)
	}
	for _, bad := range []string{
		`{"institution": "kuleuven", "cohort": "2024-2025", "enrolments": []}`,
		`{"institution": "pxl", "cohort": "2024/25", "enrolments": []}`,
		`{"institution": "pxl", "cohort": "2024-2025", "enrolments": [{"academicYear": "2024-2025", "enrolled": "sixty"}]}`,
	} {
		assert.Error(t, record.Validate(instance(t, []byte(bad))), bad)
	}
}

// TestEmbeddedRulesFilesAreValid: each procedure's embedded rules file, as
// the repository holds it and as the package encodes what it read,
// matches its published schema; a year with a misspelt field does not.
func TestEmbeddedRulesFilesAreValid(t *testing.T) {
	tests := []struct {
		schema, file string
		decoded      any
	}{
		{"admission-rules", "procedures/admission/data/admission.json", admission.Default()},
		{"language-rules", "procedures/language/data/language.json", language.Default()},
		{"afwijkend-rules", "procedures/afwijkend/data/afwijkend.json", afwijkend.Default()},
		{"evc-rules", "procedures/evc/data/evc.json", evc.Default()},
		{"leerkrediet-rules", "procedures/leerkrediet/data/leerkrediet.json", leerkrediet.Default()},
		{"progress-rules", "procedures/progress/data/progress.json", progress.Default()},
	}
	for _, tt := range tests {
		t.Run(tt.schema, func(t *testing.T) {
			s := compile(t, tt.schema+schema.Ext)
			data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(tt.file)))
			require.NoError(t, err)
			assert.NoError(t, s.Validate(instance(t, data)), "%s does not match %s", tt.file, tt.schema)
			assert.NoError(t, s.Validate(instance(t, tt.decoded)), "the encoding of Default() does not match %s", tt.schema)

			var doc map[string]any
			require.NoError(t, json.Unmarshal(data, &doc))
			years, ok := doc["years"].([]any)
			require.True(t, ok, "years")
			years[0].(map[string]any)["academicYeer"] = "2025-2026"
			assert.Error(t, s.Validate(doc), "a misspelt field")
		})
	}
}
