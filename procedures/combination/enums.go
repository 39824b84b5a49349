package combination

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/enum"
)

// Contract is the contract a unit is taken under (Codex Hoger Onderwijs
// art. II.199). Its JSON encoding is the identifier of each constant.
type Contract string

// The contracts.
const (
	// Diploma (diplomacontract) aims at a diploma and attends classes.
	Diploma Contract = "diploma"
	// Credit (creditcontract) aims at a credit certificate per unit.
	Credit Contract = "credit"
	// Exam (examencontract) gives exams only, no classes.
	Exam Contract = "exam"
)

var contracts = []Contract{Diploma, Credit, Exam}

// Enum lists every valid Contract.
func (Contract) Enum() []string { return auhl.Strings(contracts) }

// Valid reports whether c is a known contract.
func (c Contract) Valid() bool { return slices.Contains(contracts, c) }

// UnmarshalText accepts only a known contract.
func (c *Contract) UnmarshalText(b []byte) error { return enum.Unmarshal(c, b, contracts) }

// Outcome is the result of a unit in a student's history. Its JSON
// encoding is the identifier of each constant.
type Outcome string

// The outcomes.
const (
	// OutcomePassed: the unit was passed (a credit certificate).
	OutcomePassed Outcome = "passed"
	// OutcomeFailed: the unit was taken and not passed.
	OutcomeFailed Outcome = "failed"
	// OutcomeExempted: the unit was exempted (vrijstelling), which counts
	// as passed.
	OutcomeExempted Outcome = "exempted"
)

var outcomes = []Outcome{OutcomePassed, OutcomeFailed, OutcomeExempted}

// Enum lists every valid Outcome.
func (Outcome) Enum() []string { return auhl.Strings(outcomes) }

// UnmarshalText accepts only a known outcome.
func (o *Outcome) UnmarshalText(b []byte) error { return enum.Unmarshal(o, b, outcomes) }

// acquired reports whether the outcome counts as passed.
func (o Outcome) acquired() bool { return o == OutcomePassed || o == OutcomeExempted }

// EventKind is what an event is. Its JSON encoding is the identifier of
// each constant.
type EventKind string

// The kinds of event.
const (
	// Lesson is a class, a practical or any teaching the student attends.
	Lesson EventKind = "lesson"
	// ExamEvent is an exam.
	ExamEvent EventKind = "exam"
)

var eventKinds = []EventKind{Lesson, ExamEvent}

// Enum lists every valid EventKind.
func (EventKind) Enum() []string { return auhl.Strings(eventKinds) }

// UnmarshalText accepts only a known kind.
func (k *EventKind) UnmarshalText(b []byte) error { return enum.Unmarshal(k, b, eventKinds) }

// Reduction is the ground of a bridging programme smaller than the usual
// minimum. Its JSON encoding is the identifier of each constant.
type Reduction string

// The grounds of a reduction.
const (
	// PriorLearning: earlier acquired qualifications or competences
	// (EVK/EVC).
	PriorLearning Reduction = "prior-learning"
	// AptitudeTest: an aptitude test (bekwaamheidsonderzoek).
	AptitudeTest Reduction = "aptitude-test"
	// ScientificBackground: prior qualifications that prove the
	// scientific prerequisite knowledge, which alone allows going below
	// the reduced minimum.
	ScientificBackground Reduction = "scientific-background"
)

var reductions = []Reduction{PriorLearning, AptitudeTest, ScientificBackground}

// Enum lists every valid Reduction.
func (Reduction) Enum() []string { return auhl.Strings(reductions) }

// UnmarshalText accepts only a known ground.
func (r *Reduction) UnmarshalText(b []byte) error { return enum.Unmarshal(r, b, reductions) }

// Clock is a time of day written "08:30", from "00:00" to "24:00". Its
// JSON encoding is that text.
type Clock string

// minutes returns the minutes since midnight, or -1 for a time written
// otherwise.
func (c Clock) minutes() int {
	s := string(c)
	if len(s) != 5 || s[2] != ':' {
		return -1
	}
	for _, i := range []int{0, 1, 3, 4} {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
	}
	h, m := int(s[0]-'0')*10+int(s[1]-'0'), int(s[3]-'0')*10+int(s[4]-'0')
	if m > 59 || h > 24 || h == 24 && m > 0 {
		return -1
	}
	return h*60 + m
}

// UnmarshalText accepts only a time written "08:30".
func (c *Clock) UnmarshalText(b []byte) error {
	v := Clock(b)
	if v.minutes() < 0 {
		return &auhl.ValidationError{Problems: []auhl.Problem{{Code: CodeClockFormat, Params: auhl.Params{"value": auhl.Str(auhl.Clip(string(b)))}}}}
	}
	*c = v
	return nil
}
