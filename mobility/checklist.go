package mobility

import (
	"github.com/auhl/auhl-go/auhl"
)

// Evidence is a document a participant handed in for a requirement: a
// PDF file or a URL (a video or audio portfolio). Its JSON encoding is an
// object with the fields below.
type Evidence struct {
	// Requirement is the predefined requirement name it meets.
	Requirement string `json:"requirement"`
	// Form is how it was handed in.
	Form Form `json:"form"`
	// Reference is the file name or the URL.
	Reference string `json:"reference"`
	// Submitted is the day it was handed in.
	Submitted auhl.Date `json:"submitted"`
}

// Document is one line of a case's document checklist: a requirement of
// the partner's factsheet, the forms it accepts, and whether it is met.
type Document struct {
	// Requirement is the requirement's name.
	Requirement string `json:"requirement"`
	// Forms are the forms it accepts; none for a requirement that only
	// informs.
	Forms []Form `json:"forms,omitempty"`
	// Details say what is asked.
	Details string `json:"details,omitempty"`
	// Evidence is what was handed in for it, nil when nothing (yet) or
	// when nothing is asked.
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Task is one dated step of a case's to-do list.
type Task struct {
	// Code names the step: a message code, such as
	// "mobility.task.nomination", that auhl/i18n renders.
	Code string `json:"code"`
	// Due is the day it is due; zero when no source dates it.
	Due auhl.Date `json:"due,omitzero"`
	// State says whether it is done, late, next, open or dropped.
	State TaskState `json:"state"`
	// Done is the day it was done, zero when it is not.
	Done auhl.Date `json:"done,omitzero"`
}

// TaskState is the state of a Task on a given day. Its JSON encoding is
// the value of each constant.
type TaskState string

// The states of a task.
const (
	// TaskDone: the step is done.
	TaskDone TaskState = "done"
	// TaskLate: the step is not done and its day has passed.
	TaskLate TaskState = "late"
	// TaskNext: the first step not done whose day has not passed.
	TaskNext TaskState = "next"
	// TaskOpen: a later step not done yet.
	TaskOpen TaskState = "open"
	// TaskDropped: the case ended (rejected or cancelled) before it.
	TaskDropped TaskState = "dropped"
)

// Enum lists the values of TaskState.
func (TaskState) Enum() []string {
	return auhl.Strings([]TaskState{TaskDone, TaskLate, TaskNext, TaskOpen, TaskDropped})
}

// The steps of a to-do list, as message codes.
const (
	TaskHomeApplication   = "mobility.task.home-application"
	TaskDocuments         = "mobility.task.documents"
	TaskNomination        = "mobility.task.nomination"
	TaskDecision          = "mobility.task.decision"
	TaskLearningAgreement = "mobility.task.learning-agreement"
	TaskMobilityAgreement = "mobility.task.mobility-agreement"
	TaskArrival           = "mobility.task.arrival"
	TaskDeparture         = "mobility.task.departure"
	TaskTranscript        = "mobility.task.transcript"
	TaskRecognition       = "mobility.task.recognition"
)

// Checklist is what a case needs on a given day: the documents the
// partner asks for, the dated to-do list, and findings on what is
// missing, what is late and what is next. Its JSON encoding is an object
// with the fields below.
type Checklist struct {
	// Day is the day the checklist is for.
	Day auhl.Date `json:"day"`
	// Documents are the partner's requirements, in the factsheet's order.
	Documents []Document `json:"documents"`
	// Tasks are the steps of the case, in their order.
	Tasks []Task `json:"tasks"`
	// Findings say what is missing, late and next, and what the
	// factsheet asks that it should not.
	Findings []auhl.Finding `json:"findings"`
}

// ChecklistFor returns the checklist of case c on day today, for a
// mobility starting in term at the partner of factsheet f, with the
// evidence handed in so far. The home institution's own deadline comes
// from the rules of the case's call year when home is given; a call year
// the set does not cover is then an error.
//
// A deadline of the factsheet is the last occurrence of its day before
// the planned start of the mobility; the decision is due DecisionWeeks
// after the nomination, the transcript TORWeeks after the end (the actual
// one once known). The learning agreement and the recognition have no
// date, as no source dates them.
func (s *RuleSet) ChecklistFor(c *Case, f Factsheet, term Term, home auhl.Institution, evidence []Evidence, today auhl.Date) (Checklist, error) {
	out := Checklist{Day: today}
	var d decision
	d.year = c.CallYear
	if home != "" && c.Activity.Student() {
		r, err := s.For(c.CallYear)
		if err != nil {
			return Checklist{}, err
		}
		if in, ok := r.Institution(home); ok && in.ApplicationDeadline != nil {
			d.warn(in.ApplicationDeadline.Basis)
			out.Tasks = append(out.Tasks, task(c, TaskHomeApplication, lastBefore(in.ApplicationDeadline.Date, c.Planned.Start), Applied))
		}
	}
	if c.Activity.Student() {
		out.Documents = documents(&d, f, evidence)
		docs := Task{Code: TaskDocuments, Due: lastBefore(f.Applications.For(term), c.Planned.Start)}
		if done, ok := documentsDone(out.Documents); ok {
			docs.Done = done
		}
		out.Tasks = append(out.Tasks, docs,
			task(c, TaskNomination, lastBefore(f.Nominations.For(term), c.Planned.Start), Nominated))
		decided := task(c, TaskDecision, auhl.Date{}, Accepted)
		if on, ok := c.Since(Rejected); ok {
			decided.Done = on
		}
		if on, ok := c.Since(Nominated); ok && f.DecisionWeeks > 0 {
			decided.Due = on.AddDays(7 * f.DecisionWeeks)
		}
		out.Tasks = append(out.Tasks, decided, task(c, TaskLearningAgreement, auhl.Date{}, Agreed))
	} else {
		out.Tasks = append(out.Tasks, task(c, TaskMobilityAgreement, auhl.Date{}, Agreed))
	}
	out.Tasks = append(out.Tasks, task(c, TaskArrival, c.Planned.Start, Arrived), task(c, TaskDeparture, c.Planned.End, Departed))
	if c.Activity.Student() {
		end := c.Planned.End
		if !c.Actual.End.IsZero() {
			end = c.Actual.End
		}
		tor := task(c, TaskTranscript, auhl.Date{}, Transcript)
		if f.TORWeeks > 0 && !end.IsZero() {
			tor.Due = end.AddDays(7 * f.TORWeeks)
		}
		out.Tasks = append(out.Tasks, tor, task(c, TaskRecognition, auhl.Date{}, Recognised))
	}
	for _, w := range []struct {
		weeks int
		name  string
	}{{f.DecisionWeeks, "decision-weeks-limit"}, {f.TORWeeks, "tor-weeks-limit"}} {
		if w.weeks > 5 {
			d.findings = append(d.findings, auhl.Finding{Code: CodeWeeksLimit, Severity: auhl.Warning, Source: SourceFactsheet,
				Params: auhl.Params{"limit": auhl.Str(w.name), "weeks": auhl.Int(w.weeks)}})
		}
	}
	states(&d, c, out.Tasks, today)
	out.Findings = d.findings
	return out, nil
}

// task returns the step code due on due, done on the day the case
// reached stage done.
func task(c *Case, code string, due auhl.Date, done Stage) Task {
	t := Task{Code: code, Due: due}
	if on, ok := c.Since(done); ok {
		t.Done = on
	}
	return t
}

// documents returns the checklist of f's requirements with the evidence
// that meets each, and records findings on evidence in a form the
// requirement does not accept or for no requirement of f.
func documents(d *decision, f Factsheet, evidence []Evidence) []Document {
	out := make([]Document, 0, len(f.Requirements))
	used := make([]bool, len(evidence))
	for _, r := range f.Requirements {
		doc := Document{Requirement: r.Name, Details: r.Details}
		doc.Forms, _ = AcceptedForms(r.Name)
		for i, ev := range evidence {
			if used[i] || ev.Requirement != r.Name || doc.Forms == nil {
				continue
			}
			used[i] = true
			if !formAccepted(doc.Forms, ev.Form) {
				d.findings = append(d.findings, auhl.Finding{Code: CodeFormNotAccepted, Severity: auhl.Error, Source: SourceFactsheet,
					Params: auhl.Params{"requirement": auhl.Str(r.Name), "form": auhl.Str(auhl.Clip(string(ev.Form)))}})
				continue
			}
			if doc.Evidence == nil {
				e := ev
				doc.Evidence = &e
			}
		}
		if doc.Forms != nil && doc.Evidence == nil {
			d.findings = append(d.findings, auhl.Finding{Code: CodeDocumentMissing, Severity: auhl.Warning, Source: SourceFactsheet,
				Params: auhl.Params{"requirement": auhl.Str(r.Name)}})
		}
		out = append(out, doc)
	}
	for i, ev := range evidence {
		if !used[i] {
			d.findings = append(d.findings, auhl.Finding{Code: CodeEvidenceUnasked, Severity: auhl.Warning, Source: SourceFactsheet,
				Params: auhl.Params{"requirement": auhl.Str(auhl.Clip(ev.Requirement))}})
		}
	}
	return out
}

// formAccepted reports whether f is one of forms.
func formAccepted(forms []Form, f Form) bool {
	for _, x := range forms {
		if x == f {
			return true
		}
	}
	return false
}

// documentsDone returns the day the last asked document was handed in,
// and false while one is missing.
func documentsDone(docs []Document) (auhl.Date, bool) {
	var last auhl.Date
	for _, doc := range docs {
		if doc.Forms == nil {
			continue
		}
		if doc.Evidence == nil {
			return auhl.Date{}, false
		}
		if doc.Evidence.Submitted.After(last) {
			last = doc.Evidence.Submitted
		}
	}
	return last, !last.IsZero()
}

// states sets the state of every task on day today and records a
// finding for each late task and for the next one.
func states(d *decision, c *Case, tasks []Task, today auhl.Date) {
	stopped := c.Stage == Rejected || c.Stage == Cancelled
	next := false
	for i := range tasks {
		t := &tasks[i]
		switch {
		case !t.Done.IsZero():
			t.State = TaskDone
		case stopped:
			t.State = TaskDropped
		case !t.Due.IsZero() && t.Due.Before(today):
			t.State = TaskLate
			d.findings = append(d.findings, auhl.Finding{Code: CodeTaskLate, Severity: auhl.Warning,
				Params: auhl.Params{"task": auhl.Str(t.Code), "due": auhl.Str(t.Due.String()), "days": auhl.Int(t.Due.DaysUntil(today))}})
		case !next:
			next = true
			t.State = TaskNext
			if t.Due.IsZero() {
				d.findings = append(d.findings, auhl.Finding{Code: CodeTaskNextUndated, Severity: auhl.Info,
					Params: auhl.Params{"task": auhl.Str(t.Code)}})
			} else {
				d.findings = append(d.findings, auhl.Finding{Code: CodeTaskNext, Severity: auhl.Info,
					Params: auhl.Params{"task": auhl.Str(t.Code), "due": auhl.Str(t.Due.String()), "days": auhl.Int(today.DaysUntil(t.Due))}})
			}
		default:
			t.State = TaskOpen
		}
	}
}

// lastBefore returns the last day md before day, the day itself
// excluded; no date when either is missing.
func lastBefore(md auhl.MonthDay, day auhl.Date) auhl.Date {
	if md.IsZero() || day.IsZero() {
		return auhl.Date{}
	}
	d := md.InYear(day.Year())
	if !d.Before(day) {
		d = md.InYear(day.Year() - 1)
	}
	return d
}
