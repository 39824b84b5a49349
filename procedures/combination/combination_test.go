package combination

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog/units"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var y2024 = mustYear("2024-2025")

func mustYear(s string) auhl.AcademicYear {
	y, err := auhl.ParseAcademicYear(s)
	if err != nil {
		panic(err)
	}
	return y
}

// testUnits is the embedded catalogue with facts the study guide holds and
// the embedded data does not (it has no prerequisites, semesters or
// exam-contract rules): for the tests only, on real units of the bachelor
// in de informatica. Wiskunde voor informatica II requires part I passed,
// as UHasselt's own example has Mathematics 2 require Mathematics 1.
func testUnits(t testing.TB) *units.Catalog {
	c := units.Default().Clone()
	set := func(code string, f func(u *units.Unit)) {
		for i := range c.Units {
			if c.Units[i].Code == code && c.Units[i].Institution == auhl.UHasselt {
				f(&c.Units[i])
				return
			}
		}
		t.Fatalf("no unit %s", code)
	}
	set("2193", func(u *units.Unit) { u.Semester = units.First })
	set("2248", func(u *units.Unit) {
		u.Semester = units.Second
		u.Prerequisites = []units.Prerequisite{{Unit: "2193", Mode: units.Passed}}
	})
	set("4377", func(u *units.Unit) {
		u.Semester = units.Second
		u.Prerequisites = []units.Prerequisite{{Unit: "2193", Mode: units.Followed}}
	})
	set("2941", func(u *units.Unit) {
		u.Semester = units.First
		u.Prerequisites = []units.Prerequisite{{Unit: "2193", Mode: units.Corequisite}}
	})
	set("4380", func(u *units.Unit) { u.ExamContract = units.ExamExcluded })
	set("0660", func(u *units.Unit) { u.ExamContract = units.ExamAllowed })
	require.NoError(t, c.Reindex())
	return c
}

// testAgreements opens two UHasselt units to PXL students of one
// programme: an agreement made up for the tests, not one in force.
const testAgreements = `{
  "version": "test", "sources": {"test": {"title": "an agreement made up for the tests"}},
  "agreements": [{"id": "test-ti", "provider": "uhasselt", "students": "pxl", "units": ["2196", "2941"],
    "programmes": ["TI"], "years": ["2024-2025"], "contracts": ["credit"], "places": 2, "regulation": "uhasselt", "source": "test"}]
}`

func validator(t testing.TB) Validator {
	ag, err := DecodeAgreements([]byte(testAgreements))
	require.NoError(t, err)
	return Validator{Units: testUnits(t), Agreements: ag}
}

// informatica is a plan of a student of the bachelor in de informatica.
func informatica(codes ...string) Plan {
	p := Plan{AcademicYear: y2024, Institution: auhl.UHasselt, Programme: "135", Contract: Diploma}
	for _, c := range codes {
		p.Units = append(p.Units, PlannedUnit{Code: c})
	}
	return p
}

// got lists the findings as "code unit" (or the code alone).
func got(res Result) []string {
	var out []string
	for _, f := range res.Findings {
		s := f.Code
		if u, ok := f.Params["unit"]; ok {
			s += " " + u.String()
		}
		out = append(out, s)
	}
	return out
}

// rest returns the findings after load.total, nil for none.
func rest(g []string) []string {
	if len(g) < 2 {
		return nil
	}
	return g[1:]
}

// TestIssuePlan is the plan of the issue: the bachelor in de informatica
// with a prerequisite not passed, 75 credits and a PXL unit without an
// agreement. Every problem is reported at once.
func TestIssuePlan(t *testing.T) {
	p := informatica("0660", "1303", "2196", "2248", "2941", "3265", "3266", "4377", "4379", "4380")
	p.Units = append(p.Units, PlannedUnit{Code: "PXL-TI-1", Institution: auhl.PXL, Credits: 6})
	p.History = []Record{{Unit: "2193", Year: mustYear("2023-2024"), Outcome: OutcomeFailed}}
	res, err := validator(t).Validate(p)
	require.NoError(t, err)
	assert.Equal(t, auhl.Credits(75), res.Credits)
	assert.True(t, res.Blocked)
	assert.Equal(t, []string{
		"combination.units-year",
		"combination.load.total",
		"combination.load.max",
		"combination.load.above-standard",
		"combination.rule-unconfirmed",
		"combination.prerequisite.not-passed uhasselt/2248",
		"combination.unit.from-plan pxl/PXL-TI-1",
		"combination.partner.no-agreement pxl/PXL-TI-1",
		"combination.rule-unconfirmed",
	}[1:], got(res))
	for _, f := range res.Findings {
		if f.Severity == auhl.Error {
			assert.NotEmpty(t, f.Source.Title, f.Code)
		}
	}
}

// TestRules has a case for every rule, on real units.
func TestRules(t *testing.T) {
	d := auhl.MustParseDate
	tests := []struct {
		name string
		plan func(p *Plan)
		want []string // the findings besides load.total
	}{
		{"a valid plan", func(p *Plan) {}, nil},
		{"above the standard", func(p *Plan) { p.Units = append(p.Units, PlannedUnit{Code: "4380"}) },
			[]string{"combination.load.above-standard", "combination.rule-unconfirmed"}},
		{"binding conditions", func(p *Plan) { p.Status.BindingMaxCredits = 45 }, []string{"combination.load.binding"}},
		{"binding conditions the rules do not know", func(p *Plan) { p.Status.BindingMaxCredits = 50 },
			[]string{"combination.load.binding", "combination.load.binding-unusual"}},
		{"visa holder", func(p *Plan) { p.Units = p.Units[:8]; p.Status.Visa = true }, []string{"combination.load.visa-min"}},
		{"visa holder in the graduation year", func(p *Plan) { p.Units = p.Units[:8]; p.Status.Visa, p.Status.GraduationYear = true, true }, nil},
		{"exchange semesters", func(p *Plan) {
			p.Units = []PlannedUnit{{Code: "2193"}, {Code: "2941"}, {Code: "3266", Semester: units.Second}, {Code: "1282"}}
			p.Status.Exchange = []units.Semester{units.First, units.Second}
		}, []string{"combination.load.semester-unknown", "combination.load.exchange-min", "combination.load.exchange-min"}},
		{"unknown unit", func(p *Plan) { p.Units[0] = PlannedUnit{Code: "9999"} }, []string{"combination.unit.unknown uhasselt/9999"}},
		{"credits unknown", func(p *Plan) { p.Programme = ""; p.Units[1] = PlannedUnit{Code: "4863"} },
			[]string{"combination.unit.credits-unknown uhasselt/4863", "combination.unit.credits-unknown uhasselt/3209"}},
		{"credits of the programme", func(p *Plan) { p.Units[1] = PlannedUnit{Code: "4863"} }, nil},
		{"already passed", func(p *Plan) {
			p.History = []Record{{Unit: "3265", Year: mustYear("2023-2024"), Outcome: OutcomePassed}}
		}, []string{"combination.unit.already-passed uhasselt/3265"}},
		{"exam contract excluded", func(p *Plan) { p.Units[1] = PlannedUnit{Code: "4380", Contract: Exam} },
			[]string{"combination.exam-contract.excluded uhasselt/4380"}},
		{"exam contract unknown", func(p *Plan) { p.Units[1].Contract = Exam }, []string{"combination.exam-contract.unknown uhasselt/1303"}},
		{"exam contract allowed", func(p *Plan) { p.Units[0].Contract = Exam }, nil},
		{"not passed", func(p *Plan) { p.Units[0] = PlannedUnit{Code: "2248"} }, []string{"combination.prerequisite.not-passed uhasselt/2248"}},
		{"passed", func(p *Plan) {
			p.Units[0] = PlannedUnit{Code: "2248"}
			p.History = []Record{{Unit: "2193", Year: mustYear("2023-2024"), Outcome: OutcomeExempted}}
		}, nil},
		{"not followed", func(p *Plan) { p.Units[0] = PlannedUnit{Code: "4377"} }, []string{"combination.prerequisite.not-followed uhasselt/4377"}},
		{"followed in an earlier term", func(p *Plan) { p.Units[0], p.Units[1] = PlannedUnit{Code: "4377"}, PlannedUnit{Code: "2193"} }, nil},
		{"followed before and failed", func(p *Plan) {
			p.Units[0] = PlannedUnit{Code: "4377"}
			p.History = []Record{{Unit: "2193", Year: mustYear("2023-2024"), Outcome: OutcomeFailed}}
		}, nil},
		{"followed in the same term", func(p *Plan) {
			p.Units[0], p.Units[1] = PlannedUnit{Code: "4377"}, PlannedUnit{Code: "2193", Semester: units.Second}
		}, []string{"combination.prerequisite.not-followed uhasselt/4377"}},
		{"corequisite alongside", func(p *Plan) { p.Units[0], p.Units[1] = PlannedUnit{Code: "2941"}, PlannedUnit{Code: "2193"} }, nil},
		{"corequisite in a later term", func(p *Plan) {
			p.Units[0], p.Units[1] = PlannedUnit{Code: "2941"}, PlannedUnit{Code: "2193", Semester: units.Second}
		}, []string{"combination.prerequisite.not-alongside uhasselt/2941"}},
		{"corequisite missing", func(p *Plan) { p.Units[0] = PlannedUnit{Code: "2941"} }, []string{"combination.prerequisite.not-alongside uhasselt/2941"}},
		{"late programme", func(p *Plan) { p.EnrolledOn = d("2024-10-02"); p.Units = p.Units[:1] },
			[]string{"combination.deadline.programme", "combination.deadline.unchecked uhasselt/0660"}},
		{"programme in time", func(p *Plan) {
			p.EnrolledOn = d("2024-10-01")
			for i := range p.Units {
				p.Units[i].TeachingStarts = d("2024-10-01")
			}
			p.Units[3].TeachingStarts = d("2024-09-30")
		}, []string{"combination.deadline.unit uhasselt/2196"}},
		{"exam contract in time", func(p *Plan) {
			p.Units = p.Units[:1]
			p.Units[0] = PlannedUnit{Code: "0660", Contract: Exam, EnrolledOn: d("2024-12-23"), ExamStarts: d("2025-01-06")}
		}, nil},
		{"exam contract late", func(p *Plan) {
			p.Units = p.Units[:1]
			p.Units[0] = PlannedUnit{Code: "0660", Contract: Exam, EnrolledOn: d("2024-12-24"), ExamStarts: d("2025-01-06")}
		}, []string{"combination.deadline.exam-contract uhasselt/0660"}},
		{"clashes", func(p *Plan) {
			p.Events = []Event{
				{Unit: "0660", Kind: Lesson, Date: d("2024-10-07"), From: "08:30", To: "10:30"},
				{Unit: "1303", Kind: Lesson, Date: d("2024-10-07"), From: "10:00", To: "12:00"},
				{Unit: "1303", Kind: Lesson, Date: d("2024-10-14"), From: "08:30", To: "10:30"},
				{Unit: "2196", Kind: Lesson, Date: d("2024-10-07"), From: "10:30", To: "12:30"},
				{Unit: "2196", Kind: ExamEvent, Date: d("2025-01-10"), From: "09:00", To: "12:00"},
				{Unit: "3265", Kind: ExamEvent, Date: d("2025-01-10"), From: "11:00", To: "13:00"},
			}
		}, []string{"combination.clash.lesson uhasselt/0660", "combination.clash.lesson uhasselt/1303", "combination.clash.exam uhasselt/2196"}},
		{"no clash on other days or under an exam contract", func(p *Plan) {
			p.Units[0].Contract = Exam
			p.Events = []Event{
				{Unit: "0660", Kind: Lesson, Date: d("2024-10-07"), From: "08:30", To: "10:30"},
				{Unit: "1303", Kind: Lesson, Date: d("2024-10-07"), From: "08:30", To: "10:30"},
				{Unit: "1303", Kind: ExamEvent, Date: d("2025-01-10"), From: "08:30", To: "10:30"},
				{Unit: "2196", Kind: ExamEvent, Date: d("2025-01-17"), From: "08:30", To: "10:30"},
			}
		}, nil},
	}
	v := validator(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := informatica("0660", "1303", "3877", "2196", "3265", "3266", "4379", "4185", "1282", "3209")
			tt.plan(&p)
			res, err := v.Validate(p)
			require.NoError(t, err)
			g := got(res)
			require.Equal(t, "combination.load.total", g[0])
			assert.Equal(t, tt.want, rest(g))
			blocked := false
			for _, f := range res.Findings {
				blocked = blocked || f.Severity == auhl.Error
			}
			assert.Equal(t, blocked, res.Blocked)
		})
	}
}

// TestPartner checks units at the partner institution against the
// agreements.
func TestPartner(t *testing.T) {
	v := validator(t)
	pxl := func(contract Contract, programme string, codes ...string) Plan {
		p := Plan{AcademicYear: y2024, Institution: auhl.PXL, Programme: programme, Contract: contract}
		for _, c := range codes {
			p.Units = append(p.Units, PlannedUnit{Code: c, Institution: auhl.UHasselt})
		}
		return p
	}
	tests := []struct {
		name  string
		plan  Plan
		taken int
		want  []string
	}{
		{"two units by agreement", pxl(Credit, "TI", "2196", "2941"), 0, []string{
			"combination.load.rule-unknown",
			"combination.partner.agreement uhasselt/2196",
			"combination.partner.agreement uhasselt/2941", "combination.prerequisite.not-alongside uhasselt/2941"}},
		{"places taken", pxl(Credit, "TI", "2196"), 2, []string{"combination.load.rule-unknown", "combination.partner.no-place uhasselt/2196"}},
		{"another contract", pxl(Diploma, "TI", "2196"), 0, []string{"combination.load.rule-unknown", "combination.partner.no-agreement uhasselt/2196", "combination.rule-unconfirmed"}},
		{"another programme", pxl(Credit, "X", "2196"), 0, []string{"combination.load.rule-unknown", "combination.partner.no-agreement uhasselt/2196", "combination.rule-unconfirmed"}},
		{"a unit outside the agreement", pxl(Credit, "TI", "0660"), 0, []string{"combination.load.rule-unknown", "combination.partner.no-agreement uhasselt/0660", "combination.rule-unconfirmed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v.Taken = map[string]int{"test-ti": tt.taken}
			res, err := v.Validate(tt.plan)
			require.NoError(t, err)
			assert.Equal(t, tt.want, rest(got(res)))
		})
	}
	res, _ := v.Validate(pxl(Credit, "TI", "2196"))
	assert.Equal(t, "Universiteit Hasselt", res.Findings[2].Params["regulation"].String())
}

// TestBridging checks a bridging programme towards the master in de
// informatica (151).
func TestBridging(t *testing.T) {
	v := validator(t)
	passed := func(codes ...string) []Record {
		var out []Record
		for _, c := range codes {
			out = append(out, Record{Unit: c, Year: mustYear("2023-2024"), Outcome: OutcomePassed})
		}
		return out
	}
	plan := func(b Bridging, history []Record, codes ...string) Plan {
		p := Plan{AcademicYear: y2024, Institution: auhl.UHasselt, Programme: "151", Contract: Diploma, Bridging: &b, History: history}
		for _, c := range codes {
			p.Units = append(p.Units, PlannedUnit{Code: c})
		}
		return p
	}
	bu := []string{"2193", "2248", "2196", "0660", "4379", "1303"}
	thr := &Threshold{Units: []string{"2193", "2196", "0660"}, AtLeast: 2}
	tests := []struct {
		name string
		plan Plan
		want []string
	}{
		{"within its size", plan(Bridging{Targets: []string{"151"}, Credits: 60, Units: bu}, nil, "2193", "2196"), nil},
		{"too large", plan(Bridging{Targets: []string{"151"}, Credits: 96, Units: bu}, nil, "2193"), []string{"combination.bridging.size"}},
		{"too small", plan(Bridging{Targets: []string{"151"}, Credits: 40, Units: bu}, nil, "2193"), []string{"combination.bridging.size"}},
		{"reduced for prior learning", plan(Bridging{Targets: []string{"151"}, Credits: 36, Reduction: PriorLearning, Units: bu}, nil, "2193"), []string{"combination.bridging.reduction"}},
		{"reduced too far", plan(Bridging{Targets: []string{"151"}, Credits: 24, Reduction: AptitudeTest, Units: bu}, nil, "2193"), []string{"combination.bridging.reduced"}},
		{"scientific background", plan(Bridging{Targets: []string{"151"}, Credits: 24, Reduction: ScientificBackground, Units: bu}, nil, "2193"), []string{"combination.bridging.reduction"}},
		{"two masters", plan(Bridging{Targets: []string{"151", "F48"}, Credits: 60, Units: bu}, nil, "2193"), []string{"combination.bridging.targets"}},
		{"master units before the threshold", plan(Bridging{Targets: []string{"151"}, Credits: 60, Units: bu, Combine: thr}, passed("2193"), "2248", "2167"),
			[]string{"combination.bridging.threshold", "combination.rule-unconfirmed"}},
		{"master units after the threshold", plan(Bridging{Targets: []string{"151"}, Credits: 60, Units: bu, Combine: thr}, passed("2193", "2196"), "2248", "2167"),
			[]string{"combination.bridging.combine", "combination.rule-unconfirmed"}},
		{"master units, no threshold known", plan(Bridging{Targets: []string{"151"}, Credits: 60, Units: bu}, nil, "2193", "2167"),
			[]string{"combination.bridging.no-threshold", "combination.rule-unconfirmed"}},
		{"master units once the programme is done", plan(Bridging{Targets: []string{"151"}, Credits: 60, Units: bu[:1]}, passed("2193"), "2167"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := v.Validate(tt.plan)
			require.NoError(t, err)
			assert.Equal(t, tt.want, rest(got(res)))
		})
	}
}

// TestOverride: an override sets aside exactly the finding it names, and
// the result records it.
func TestOverride(t *testing.T) {
	v := validator(t)
	p := informatica("2248", "4377", "0660")
	base, err := v.Validate(p)
	require.NoError(t, err)
	require.Equal(t, []string{"combination.load.total", "combination.prerequisite.not-passed uhasselt/2248", "combination.prerequisite.not-followed uhasselt/4377"}, got(base))

	o := Override{Finding: CodeNotPassed, Unit: "2248", By: "voorzitter examencommissie", Reason: "deliberated", Date: auhl.MustParseDate("2024-09-20")}
	p.Overrides = []Override{o}
	res, err := v.Validate(p)
	require.NoError(t, err)
	assert.Equal(t, []string{"combination.load.total", "combination.prerequisite.not-followed uhasselt/4377", "combination.override.applied uhasselt/2248"}, got(res))
	require.Len(t, res.Overridden, 1)
	assert.Equal(t, base.Findings[1], res.Overridden[0].Finding)
	assert.Equal(t, o, res.Overridden[0].Override)
	assert.True(t, res.Blocked, "the other finding stands")

	p.Overrides = []Override{o, {Finding: CodeNotFollowed, Unit: "uhasselt/4377", By: "x", Reason: "y", Date: o.Date}}
	res, _ = v.Validate(p)
	assert.False(t, res.Blocked)
	assert.Len(t, res.Overridden, 2)

	// One that names another unit, or a finding no override may set
	// aside, silences nothing and says so.
	p.Overrides = []Override{{Finding: CodeNotPassed, Unit: "4377", By: "x", Reason: "y", Date: o.Date}, {Finding: CodeLoadMax, By: "x", Reason: "y", Date: o.Date}}
	res, _ = v.Validate(p)
	assert.Equal(t, append(got(base), "combination.override.unused uhasselt/4377", "combination.override.not-allowed"), got(res))
	assert.Empty(t, res.Overridden)
}

// TestUnknownYear is an error, never a fallback.
func TestUnknownYear(t *testing.T) {
	p := informatica("0660")
	p.AcademicYear = mustYear("2030-2031")
	_, err := Validate(p)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, rules.CodePeriodUnknown, ve.Problems[0].Code)
}

// TestInvalidPlan: a plan built in Go is checked as one decoded.
func TestInvalidPlan(t *testing.T) {
	_, err := Validate(Plan{})
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	var paths []string
	for _, p := range ve.Problems {
		paths = append(paths, p.Path+" "+p.Code)
	}
	assert.Equal(t, []string{"/academicYear value.required", "/institution value.required", "/contract value.required", "/units value.required"}, paths)
}

// TestDecodePlan lists the problems of broken plans.
func TestDecodePlan(t *testing.T) {
	ok := `{"academicYear": "2024-2025", "institution": "uhasselt", "programme": "135", "contract": "diploma",
	  "units": [{"code": "2193"}, {"code": "2248", "enrolledOn": "2024-09-20"}],
	  "history": [{"unit": "2193", "year": "2023-2024", "outcome": "failed"}],
	  "events": [{"unit": "2193", "kind": "exam", "date": "2025-01-10", "from": "09:00", "to": "12:00"}]}`
	p, err := DecodePlan([]byte(ok))
	require.NoError(t, err)
	assert.Len(t, p.Units, 2)
	tests := []struct{ name, data, want string }{
		{"unknown field", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "diploma", "units": [{"code": "1", "x": 1}]}`, "/units/0/x json.unknown-field"},
		{"bad contract", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "job", "units": [{"code": "1"}]}`, "/contract value.enum"},
		{"twice", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "diploma", "units": [{"code": "1"}, {"code": "1", "institution": "uhasselt"}]}`, "/units/1/code units.duplicate"},
		{"bad time", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "diploma", "units": [{"code": "1"}], "events": [{"unit": "1", "kind": "exam", "date": "2025-01-10", "from": "9:00", "to": "12:00"}]}`, "/events/0/from combination.plan.clock-format"},
		{"backwards", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "diploma", "units": [{"code": "1"}], "events": [{"unit": "1", "kind": "exam", "date": "2025-01-10", "from": "12:00", "to": "09:00"}]}`, "/events/0/to combination.plan.event-times"},
		{"later result", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "diploma", "units": [{"code": "1"}], "history": [{"unit": "1", "year": "2025-2026", "outcome": "passed"}]}`, "/history/0/year combination.plan.result-later"},
		{"override without reason", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "diploma", "units": [{"code": "1"}], "overrides": [{"finding": "x", "by": "y", "reason": " ", "date": "2024-09-01"}]}`, "/overrides/0/reason value.required"},
		{"association", `{"academicYear": "2024-2025", "institution": "auhl", "contract": "diploma", "units": [{"code": "1"}]}`, "/institution units.institution"},
		{"threshold", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "diploma", "units": [{"code": "1"}], "bridging": {"targets": ["151"], "credits": 60, "units": ["1"], "combine": {"units": ["1"], "atLeast": 2}}}`, "/bridging/combine/atLeast value.range"},
		{"not a plan", `[1, 2]`, " json.type"},
		{"too many overrides", `{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "diploma", "units": [{"code": "1"}], "overrides": [` +
			strings.Repeat(`{"finding": "x", "by": "y", "reason": "z", "date": "2024-09-01"},`, MaxOverrides) + `{"finding": "x", "by": "y", "reason": "z", "date": "2024-09-01"}]}`, "/overrides combination.plan.too-many"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodePlan([]byte(tt.data))
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			var all []string
			for _, p := range ve.Problems {
				all = append(all, p.Path+" "+p.Code)
			}
			assert.Contains(t, all, tt.want)
		})
	}
	_, err = DecodePlan(make([]byte, MaxPlanBytes+1))
	assert.ErrorIs(t, err, auhl.ErrInvalid)
}

// upper are the load findings that only more credits bring.
var upper = []string{CodeLoadMax, CodeLoadAboveStandard, CodeLoadBinding}

// TestAddingAUnitKeepsLoadFindings: adding a unit never removes a load
// finding of an upper limit (a minimum, for a visa or an exchange, is the
// one more credits can lift).
func TestAddingAUnitKeepsLoadFindings(t *testing.T) {
	v := validator(t)
	prog, _ := v.Units.Programme(auhl.UHasselt, "135")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		codes := slices.Clone(prog.Units)
		rng.Shuffle(len(codes), func(i, j int) { codes[i], codes[j] = codes[j], codes[i] })
		n := 1 + rng.IntN(20)
		p := informatica(codes[:n]...)
		p.Status.BindingMaxCredits = []auhl.Credits{0, 45, 60}[rng.IntN(3)]
		before, err := v.Validate(p)
		require.NoError(t, err)
		p.Units = append(p.Units, PlannedUnit{Code: codes[n]})
		after, err := v.Validate(p)
		require.NoError(t, err)
		for _, c := range upper {
			if slices.Contains(got(before), c) {
				assert.Contains(t, got(after), c, "adding %s removed %s", codes[n], c)
			}
		}
	}
}

// TestReorderingKeepsAValidPlanValid: the order of a plan's units changes
// nothing of its validity.
func TestReorderingKeepsAValidPlanValid(t *testing.T) {
	v := validator(t)
	p := informatica("0660", "1303", "2193", "2196", "2941", "4377", "4379", "4185", "1282", "3209")
	p.History = []Record{{Unit: "2193", Year: mustYear("2023-2024"), Outcome: OutcomeFailed}}
	first, err := v.Validate(p)
	require.NoError(t, err)
	require.False(t, first.Blocked, got(first))
	rng := rand.New(rand.NewPCG(3, 4))
	for range 100 {
		rng.Shuffle(len(p.Units), func(i, j int) { p.Units[i], p.Units[j] = p.Units[j], p.Units[i] })
		res, err := v.Validate(p)
		require.NoError(t, err)
		assert.False(t, res.Blocked, got(res))
		assert.ElementsMatch(t, got(first), got(res), "the same findings in another order")
		assert.Equal(t, first.Credits, res.Credits)
	}
}

// TestOverrideSilencesExactlyOne: for every overridable finding of a plan
// full of them, an override naming it removes that one and no other, and
// is recorded.
func TestOverrideSilencesExactlyOne(t *testing.T) {
	v := validator(t)
	d := auhl.MustParseDate
	p := informatica("2248", "4377", "2941", "0660", "1303")
	p.EnrolledOn = d("2024-10-03")
	p.Units[3].TeachingStarts = d("2024-09-23")
	p.Events = []Event{
		{Unit: "0660", Kind: Lesson, Date: d("2024-10-07"), From: "08:30", To: "10:30"},
		{Unit: "1303", Kind: Lesson, Date: d("2024-10-07"), From: "08:30", To: "10:30"},
	}
	base, err := v.Validate(p)
	require.NoError(t, err)
	n := 0
	for i, f := range base.Findings {
		if !Overridable(f.Code) {
			continue
		}
		n++
		q := p
		q.Overrides = []Override{{Finding: f.Code, Unit: param(f, "unit"), Other: param(f, "other"), By: "b", Reason: "r", Date: d("2024-10-04")}}
		res, err := v.Validate(q)
		require.NoError(t, err)
		want := slices.Delete(slices.Clone(got(base)), i, i+1)
		want = append(want, CodeOverrideApplied+" "+param(f, "unit"))
		assert.Equal(t, want, got(res), f.Code)
		require.Len(t, res.Overridden, 1)
		assert.Equal(t, f, res.Overridden[0].Finding)
	}
	assert.GreaterOrEqual(t, n, 5)
}

// TestEmbeddedRules reads the embedded files the strict way, and gives
// every unconfirmed rule its own warning.
func TestEmbeddedRules(t *testing.T) {
	rs, err := DecodeRules(rulesData)
	require.NoError(t, err)
	assert.Len(t, rs.Periods(), 2)
	un := rs.Unconfirmed()
	assert.Len(t, un, 10)
	_, err = DecodeAgreements(agreementsData)
	require.NoError(t, err)
	assert.Empty(t, DefaultAgreements().Agreements)

	bad := `{"version": "x", "sources": {"s": {"title": "t"}}, "agreements": [{"id": "a", "provider": "pxl", "students": "pxl", "units": [], "years": [], "regulation": "auhl", "source": "s"}]}`
	_, err = DecodeAgreements([]byte(bad))
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	var all []string
	for _, p := range ve.Problems {
		all = append(all, p.Path+" "+p.Code)
	}
	assert.Equal(t, []string{"/agreements/0/regulation units.institution", "/agreements/0/students combination.agreement.same-institution",
		"/agreements/0/units value.required", "/agreements/0/years value.required"}, all)
}

// TestResultJSON: a result encodes with its findings.
func TestResultJSON(t *testing.T) {
	res, err := validator(t).Validate(informatica("2248"))
	require.NoError(t, err)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"code":"combination.prerequisite.not-passed"`)
}

// FuzzDecodePlan: no input makes DecodePlan or Validate panic.
func FuzzDecodePlan(f *testing.F) {
	f.Add([]byte(`{"academicYear": "2024-2025", "institution": "uhasselt", "programme": "135", "contract": "diploma", "units": [{"code": "2248"}, {"code": "X", "institution": "pxl", "credits": 6}], "history": [{"unit": "2193", "year": "2023-2024", "outcome": "failed"}]}`))
	f.Add([]byte(`{"academicYear": "2024-2025", "institution": "uhasselt", "contract": "exam", "units": [{"code": "0660"}], "events": [{"unit": "0660", "kind": "exam", "date": "2025-01-10", "from": "09:00", "to": "24:00"}], "overrides": [{"finding": "combination.clash.exam", "unit": "0660", "by": "b", "reason": "r", "date": "2025-01-01"}]}`))
	f.Add([]byte(`{"academicYear": "2024-2025", "institution": "pxl", "contract": "credit", "units": [{"code": "2196", "institution": "uhasselt"}], "bridging": {"targets": [], "credits": 1, "units": ["1"], "combine": {"units": ["1"], "atLeast": 1}}}`))
	v := validator(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodePlan(data)
		if err != nil {
			require.ErrorIs(t, err, auhl.ErrInvalid)
			return
		}
		if _, err := v.Validate(p); err != nil {
			require.ErrorIs(t, err, auhl.ErrInvalid)
		}
	})
}

// FuzzDecodeRulesFiles feeds the rules decoder (which%2 == 0) or the
// agreements decoder bytes: neither panics, a rejected file is
// ErrInvalid, and an accepted one serves the validation of a plan in every
// year it covers.
func FuzzDecodeRulesFiles(f *testing.F) {
	f.Add(uint8(0), rulesData)
	f.Add(uint8(1), agreementsData)
	f.Add(uint8(0), []byte(`{"version": "1", "sources": {}, "years": [{"academicYear": "2024-2025"}]}`))
	f.Add(uint8(1), []byte(`{"version": "x", "sources": {"s": {"title": "t"}}, "agreements": [{"id": "a", "provider": "uhasselt", "students": "pxl", "units": ["2248"], "years": ["2024-2025"], "contracts": ["credit"], "places": 2, "regulation": "uhasselt", "source": "s"}]}`))
	base := validator(f)
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		v := base
		years := []auhl.AcademicYear{y2024}
		if which%2 == 0 {
			s, err := DecodeRules(data)
			if err != nil {
				require.ErrorIs(t, err, auhl.ErrInvalid)
				return
			}
			v.Rules, years = s, s.Periods()
		} else {
			s, err := DecodeAgreements(data)
			if err != nil {
				require.ErrorIs(t, err, auhl.ErrInvalid)
				return
			}
			v.Agreements = s
		}
		for _, y := range years {
			p := informatica("0660", "2248")
			p.AcademicYear = y
			p.Units = append(p.Units, PlannedUnit{Code: "2196", Institution: auhl.PXL})
			if _, err := v.Validate(p); err != nil {
				require.ErrorIs(t, err, auhl.ErrInvalid)
			}
		}
	})
}

// BenchmarkValidateYear validates a full year of the bachelor in de
// informatica (69 credits, two clashing events, a history of 20 results).
func BenchmarkValidateYear(b *testing.B) {
	v := validator(b)
	p := informatica("0660", "1303", "2193", "2196", "2941", "4377", "4379", "4185", "1282", "3209", "3265", "3266")
	for i, u := range []string{"2193", "2248", "3505", "3764", "3877", "3897", "4009", "4159", "4179", "4182", "1588", "1598", "1955", "2112", "2421", "3454", "3831", "4209", "4380", "4781"} {
		p.History = append(p.History, Record{Unit: u, Year: mustYear("2023-2024"), Outcome: []Outcome{OutcomeFailed, OutcomePassed}[i%2]})
	}
	d := auhl.MustParseDate
	for i := range 40 {
		p.Events = append(p.Events, Event{Unit: p.Units[i%len(p.Units)].Code, Kind: Lesson, Date: d("2024-09-23").AddDays(i / 4), From: "08:30", To: "10:30"})
	}
	res, err := v.Validate(p)
	require.NoError(b, err)
	require.GreaterOrEqual(b, int(res.Credits), 60)
	require.LessOrEqual(b, int(res.Credits), 72)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.Validate(p); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAgreementParties: an agreement may name an institution outside the
// association by its SCHAC code, and nothing else.
func TestAgreementParties(t *testing.T) {
	file := func(provider, students, regulation string) string {
		return `{"version": "test", "sources": {"s": {"title": "made up for the test"}}, "agreements": [{"id": "a", "provider": "` + provider +
			`", "students": "` + students + `", "units": ["2196"], "years": ["2024-2025"], "regulation": "` + regulation + `", "source": "s"}]}`
	}
	tests := []struct {
		name                           string
		provider, students, regulation string
		want                           []string // "path code"
	}{
		{"the association's institutions", "uhasselt", "pxl", "uhasselt", nil},
		{"an institution outside the association", "uhasselt", "kuleuven.be", "kuleuven.be", nil},
		{"a name instead of a code", "uhasselt", "KU Leuven", "uhasselt", []string{"/agreements/0/students " + CodeParty}},
		{"one label", "uhasselt", "kuleuven", "uhasselt", []string{"/agreements/0/students " + CodeParty}},
		{"an empty label", "uhasselt", "kuleuven..be", "uhasselt", []string{"/agreements/0/students " + CodeParty}},
		{"a hyphen at an edge", "-ugent.be", "uhasselt", "uhasselt", []string{"/agreements/0/provider " + CodeParty}},
		{"the association does not teach", "auhl", "uhasselt", "uhasselt", []string{"/agreements/0/provider units.institution"}},
		{"missing", "", "uhasselt", "uhasselt", []string{"/agreements/0/provider value.required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := DecodeAgreements([]byte(file(tt.provider, tt.students, tt.regulation)))
			if tt.want == nil {
				require.NoError(t, err)
				assert.Equal(t, Party(tt.students), s.Agreements[0].Students)
				return
			}
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			var all []string
			for _, p := range ve.Problems {
				all = append(all, p.Path+" "+p.Code)
			}
			assert.Equal(t, tt.want, all)
		})
	}
	assert.Equal(t, "kuleuven.be", Party("kuleuven.be").Name().In(auhl.English))
	assert.Equal(t, auhl.UHasselt.Name(), Party("uhasselt").Name())
}
