package admission

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/rules"
)

// DateKind is a kind of date that matters for an admission decision. Its
// JSON encoding is the identifier of each constant.
type DateKind string

// The kinds of date.
const (
	// DateEnrolment is the last day to enrol for the academic year.
	DateEnrolment DateKind = "enrolment"
	// DateExamContract is the term for an exam contract: DaysBefore days
	// before the exam period.
	DateExamContract DateKind = "exam-contract"
	// DateStudyPath is the last day to ask for a study path (studietraject).
	DateStudyPath DateKind = "study-path"
	// DateExamDiploma is the day by which the secondary diploma of an
	// entrance-exam candidate must be obtained.
	DateExamDiploma DateKind = "entrance-exam-diploma"
	// DateApplication is an application window or deadline for a group of
	// applicants (Who).
	DateApplication DateKind = "application"
)

var dateKinds = []DateKind{DateEnrolment, DateExamContract, DateStudyPath, DateExamDiploma, DateApplication}

// Enum lists every valid DateKind.
func (DateKind) Enum() []string { return auhl.Strings(dateKinds) }

// Name returns the kind's name in Dutch and English.
func (k DateKind) Name() auhl.Text {
	switch k {
	case DateEnrolment:
		return auhl.Text{NL: "de inschrijving", EN: "the enrolment"}
	case DateExamContract:
		return auhl.Text{NL: "een examencontract", EN: "an exam contract"}
	case DateStudyPath:
		return auhl.Text{NL: "de aanvraag van een studietraject", EN: "the request for a study path"}
	case DateExamDiploma:
		return auhl.Text{NL: "het diploma secundair onderwijs voor het toelatingsexamen", EN: "the secondary-education diploma for the entrance exam"}
	case DateApplication:
		return auhl.Text{NL: "de aanvraag tot inschrijving", EN: "the application"}
	}
	return auhl.Text{}
}

// KeyDate is a date that matters for an admission decision, with the rule
// it rests on.
type KeyDate struct {
	// Kind is what the date is for.
	Kind DateKind `json:"kind"`
	// From is the first day of an application window; zero for a
	// deadline.
	From auhl.Date `json:"from,omitzero"`
	// Date is the last day; zero where the term is relative (DaysBefore)
	// or no source gives the day (then Unconfirmed is set).
	Date auhl.Date `json:"date,omitzero"`
	// DaysBefore is, for an exam contract, the number of days before the
	// exam period by which it must be concluded.
	DaysBefore int `json:"daysBefore,omitempty"`
	// Who is the group of applicants an application window is for.
	Who auhl.Text `json:"who,omitzero"`
	// Source is what the date rests on.
	Source auhl.Source `json:"source"`
	// Unconfirmed marks a date (or a missing one) that no source confirms
	// for the year.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// AppealBody is where an admission decision can be contested. Its JSON
// encoding is the identifier of each constant.
type AppealBody string

// The appeal bodies, in the order an appeal goes.
const (
	// AppealInternal is the institution's internal appeal.
	AppealInternal AppealBody = "internal"
	// AppealRaad is the Raad voor betwistingen inzake
	// studievoortgangsbeslissingen (Council for disputes about study
	// progress decisions), after the internal appeal.
	AppealRaad AppealBody = "raad"
)

var appealBodies = []AppealBody{AppealInternal, AppealRaad}

// Enum lists every valid AppealBody.
func (AppealBody) Enum() []string { return auhl.Strings(appealBodies) }

// Name returns the body's name in Dutch and English.
func (b AppealBody) Name() auhl.Text {
	switch b {
	case AppealInternal:
		return auhl.Text{NL: "intern beroep bij de instelling", EN: "internal appeal at the institution"}
	case AppealRaad:
		return auhl.Text{NL: "Raad voor betwistingen inzake studievoortgangsbeslissingen", EN: "Raad voor betwistingen inzake studievoortgangsbeslissingen (Council for study progress disputes)"}
	}
	return auhl.Text{}
}

// Appeal is a step of the way to contest an admission decision.
type Appeal struct {
	// Body is where the appeal goes.
	Body AppealBody `json:"body"`
	// Days is the term in calendar days: after the notification of the
	// decision for the internal appeal, after the notification of the
	// internal appeal's decision for the Raad; 0 where no source gives it.
	Days int `json:"days,omitempty"`
	// Source is what the route rests on.
	Source auhl.Source `json:"source"`
	// Unconfirmed marks a route that no source confirms for this decision:
	// the notes did not find whether a refusal on the admission conditions
	// is a decision these bodies hear.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
}

// dateRule is a day of the year, or none where no source gives it (then
// the rule is unconfirmed).
type dateRule struct {
	// Day is the day, in the calendar year the academic year starts in.
	Day auhl.MonthDay `json:"day,omitzero"`
	rules.Basis
}

// daysRule is a term in calendar days, or none where no source gives it
// (then the rule is unconfirmed).
type daysRule struct {
	// Days is the number of calendar days.
	Days int `json:"days,omitempty"`
	rules.Basis
}

// windowRule is an application window, or its last day only, for a group
// of applicants; neither where no source gives them (then the rule is
// unconfirmed).
type windowRule struct {
	// Who is the group of applicants, in Dutch and English.
	Who auhl.Text `json:"who"`
	// From is the first day, in the calendar year the academic year starts
	// in; none for a deadline only.
	From auhl.MonthDay `json:"from,omitzero"`
	// To is the last day, in that calendar year.
	To auhl.MonthDay `json:"to,omitzero"`
	rules.Basis
}

// institutionDeadlines are the dates of one institution's enrolment.
type institutionDeadlines struct {
	// Institution is uhasselt or pxl.
	Institution auhl.Institution `json:"institution"`
	// Enrolment is the last day to enrol.
	Enrolment dateRule `json:"enrolment"`
	// ExamContract is the number of days before the exam period by which
	// an exam contract must be concluded.
	ExamContract daysRule `json:"examContract"`
	// StudyPath is the last day to ask for a study path; absent where the
	// institution has no such rule in the notes.
	StudyPath *dateRule `json:"studyPath,omitempty"`
	// ForeignApplication are the application deadlines of an applicant
	// with a foreign diploma.
	ForeignApplication []windowRule `json:"foreignApplication"`
	// MasterApplication are the application windows of a master taught in
	// English only.
	MasterApplication []windowRule `json:"masterApplication"`
	// InternalAppeal is the term of the internal appeal.
	InternalAppeal daysRule `json:"internalAppeal"`
}

// appealRules are the appeal routes beyond the institution, and which
// admission decisions they are known to cover.
type appealRules struct {
	// Raad is the term of a petition to the Raad voor betwistingen inzake
	// studievoortgangsbeslissingen after the internal appeal.
	Raad daysRule `json:"raad"`
	// Imposed is the rule that an imposed schakel- or
	// voorbereidingsprogramma and the equivalence of a foreign diploma are
	// decisions open to appeal.
	Imposed rules.Basis `json:"imposed"`
	// Refusal is the rule, not confirmed, that a refusal on the admission
	// conditions is open to the same appeal.
	Refusal rules.Basis `json:"refusal"`
}

// check checks a term: none (no source gives it, and the data marks the
// rule unconfirmed) or 1 to 366 days.
func (r daysRule) check(c *rules.Checker, path string) {
	if r.Days != 0 {
		c.Range(path+"/days", r.Days, 1, 366)
	}
}

// check checks a window: the group named in both languages, and a first
// day only with a last day not before it. A window without days is one no
// source gives (the data marks the rule unconfirmed).
func (r windowRule) check(c *rules.Checker, path string) {
	c.Require(path+"/who", r.Who.Complete())
	if !r.From.IsZero() && (r.To.IsZero() || r.From.Compare(r.To) > 0) {
		c.Add(path+"/from", CodeWindowOrder, auhl.Params{"from": auhl.Str(r.From.String()), "to": auhl.Str(r.To.String())})
	}
}

// checkDeadlines checks the deadlines: UHasselt and PXL each once, each
// term and window. A date without a day is one no source gives.
func (r *Rules) checkDeadlines(c *rules.Checker) {
	seen := make(rules.Entries)
	for i, dl := range r.Deadlines {
		p := auhl.Index("/deadlines", i)
		if dl.Institution != auhl.UHasselt && dl.Institution != auhl.PXL {
			c.Enum(p+"/institution", string(dl.Institution), string(auhl.UHasselt), string(auhl.PXL))
		} else {
			seen.Once(c, p+"/institution", string(dl.Institution))
		}
		dl.ExamContract.check(c, p+"/examContract")
		dl.InternalAppeal.check(c, p+"/internalAppeal")
		for j, w := range dl.ForeignApplication {
			w.check(c, auhl.Index(p+"/foreignApplication", j))
		}
		for j, w := range dl.MasterApplication {
			w.check(c, auhl.Index(p+"/masterApplication", j))
		}
	}
	seen.All(c, "/deadlines", string(auhl.UHasselt), string(auhl.PXL))
}

// deadlines returns the deadlines of institution i; a rule set that
// passed check has them for UHasselt and PXL.
func (r *Rules) deadlines(i auhl.Institution) institutionDeadlines {
	return ofInstitution(r.Deadlines, i, func(d institutionDeadlines) auhl.Institution { return d.Institution })
}

// dates adds the dates that matter for the decision: the enrolment (or,
// on an exam contract, its term), the study path, the diploma of an
// entrance-exam candidate, and the application windows of an applicant
// with a foreign diploma and of a master taught in English only. Every
// date is in the calendar year the academic year starts in.
func (d *decider) dates() {
	dl := d.r.deadlines(d.p.Institution)
	if d.contract == ExamContract {
		t := dl.ExamContract
		k := KeyDate{Kind: DateExamContract, DaysBefore: t.Days}
		if t.Days == 0 {
			d.keyDate(k, t.Basis, CodeDateUnknown, "what", k.Kind.Name())
		} else {
			d.keyDate(k, t.Basis, CodeDateExamContract, "days", t.Days)
		}
	} else {
		d.day(DateEnrolment, dl.Enrolment, CodeDateEnrolment)
	}
	if dl.StudyPath != nil {
		d.day(DateStudyPath, *dl.StudyPath, CodeDateStudyPath)
	}
	if d.p.Admission.EntranceExam {
		d.day(DateExamDiploma, d.r.EntranceExam.DiplomaBy, CodeDateExamDiploma)
	}
	if slices.ContainsFunc(d.a.Diplomas, func(x Diploma) bool { return x.Foreign }) {
		d.windows(dl.ForeignApplication)
	}
	if d.p.Level == auhl.Master && len(d.p.Languages) > 0 && !slices.Contains(d.p.Languages, auhl.Dutch) {
		d.windows(dl.MasterApplication)
	}
}

// day adds a date of kind k on rule r, or says that no source gives it.
func (d *decider) day(k DateKind, r dateRule, code string) {
	date := r.Day.InYear(d.a.AcademicYear.Start())
	if date.IsZero() {
		d.keyDate(KeyDate{Kind: k}, r.Basis, CodeDateUnknown, "what", k.Name())
	} else {
		d.keyDate(KeyDate{Kind: k, Date: date}, r.Basis, code, "date", date.String())
	}
}

// windows adds application windows and deadlines.
func (d *decider) windows(ws []windowRule) {
	y := d.a.AcademicYear.Start()
	for _, w := range ws {
		k := KeyDate{Kind: DateApplication, From: w.From.InYear(y), Date: w.To.InYear(y), Who: w.Who}
		switch {
		case k.Date.IsZero():
			d.keyDate(k, w.Basis, CodeDateApplicationUnknown, "who", w.Who)
		case k.From.IsZero():
			d.keyDate(k, w.Basis, CodeDateApplicationBy, "who", w.Who, "date", k.Date.String())
		default:
			d.keyDate(k, w.Basis, CodeDateApplicationWindow, "who", w.Who, "from", k.From.String(), "date", k.Date.String())
		}
	}
}

// keyDate records date k on rule b with its finding, code with the
// parameters more.
func (d *decider) keyDate(k KeyDate, b rules.Basis, code string, more ...any) {
	k.Source, k.Unconfirmed = b.Cited(), b.Unconfirmed
	d.dec.Dates = append(d.dec.Dates, k)
	d.emit(code, auhl.Info, b, more...)
}

// appeals adds the ways to contest a decision that is not admissible
// (yet) or imposes a programme first: the institution's internal appeal,
// then the Raad. A refusal on the admission conditions rests on the
// unconfirmed rule that these bodies hear it; an imposed schakel- or
// voorbereidingsprogramma or an equivalence on the confirmed one.
func (d *decider) appeals() {
	if d.dec.Outcome == Admissible {
		return
	}
	a := d.r.Appeals
	subject := a.Refusal
	if d.dec.Route == RouteSchakel || d.dec.Route == RouteVoorbereiding ||
		slices.ContainsFunc(d.dec.Requirements, func(q Requirement) bool { return q.Kind == ReqEquivalence }) {
		subject = a.Imposed
	}
	in := d.r.deadlines(d.p.Institution).InternalAppeal
	for _, s := range []struct {
		body AppealBody
		term daysRule
		code string
	}{{AppealInternal, in, CodeAppealInternal}, {AppealRaad, a.Raad, CodeAppealRaad}} {
		d.dec.Appeals = append(d.dec.Appeals, Appeal{Body: s.body, Days: s.term.Days, Source: s.term.Cited(),
			Unconfirmed: s.term.Unconfirmed || subject.Unconfirmed})
		if s.term.Days == 0 {
			d.emit(CodeAppealTermUnknown, auhl.Info, s.term.Basis, "body", s.body.Name())
		} else {
			d.emit(s.code, auhl.Info, s.term.Basis, "days", s.term.Days)
		}
	}
	d.uses(subject)
}
