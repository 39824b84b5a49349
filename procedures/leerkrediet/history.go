package leerkrediet

import (
	"github.com/auhl/auhl-go/auhl"
)

// Limits of a History, far above any real study career.
const (
	// MaxHistoryBytes is the largest history document DecodeHistory reads.
	MaxHistoryBytes = 64 << 10
	// MaxEvents is the most events a history may hold.
	MaxEvents = 200
	// MaxEventCredits is the most credits one event may give in any of its
	// fields: more than any programme has in a year.
	MaxEventCredits = 240
)

// DecodeHistory decodes a History from JSON the strict way
// (unknown fields, wrong types, unknown kinds, contracts, programmes and
// levels, malformed dates) and checks it with Validate. It returns a
// *auhl.ValidationError that lists every problem, each with the JSON
// Pointer of the event it concerns ("/events/3/earned"). A document larger
// than MaxHistoryBytes is refused unread.
func DecodeHistory(data []byte) (History, error) {
	if len(data) > MaxHistoryBytes {
		return History{}, &auhl.ValidationError{Problems: []auhl.Problem{{
			Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxHistoryBytes)},
		}}}
	}
	var h History
	if err := auhl.DecodeAndCheck(data, &h, h.check); err != nil {
		return History{}, err
	}
	return h, nil
}

// Validate checks that the history can have happened, without looking at
// the rules of any year: at least one and at most MaxEvents events; each
// with its year and kind, the fields of its kind and no others, credits
// between 0 (1 for an enrolment and force majeure) and MaxEventCredits;
// years that never go backwards; results and a re-orientation after an
// open enrolment of their year, never more credits earned and tolerated
// than enrolled, a re-orientation whose credits add up to the enrolment's
// and whose date lies in its academic year; force majeure no larger than
// what was not earned nor tolerated that year (a COVID return no larger
// than what was not earned), and both after the results of
// the enrolments they concern (the Raad decides after the last exam
// chance); a diploma only in a year with an
// enrolment in its programme on a diploma or exam contract (a credit
// contract never leads to a diploma); a year without enrolment with no
// other event. It returns a *auhl.ValidationError naming each event that
// fails, or nil.
func (h History) Validate() error { return h.check().Err() }

// eventFields are the fields an event may carry, by kind, and which of
// them are required.
var eventFields = map[EventKind]struct{ allowed, required []string }{
	EventEnrolment:     {[]string{"contract", "programme", "credits"}, []string{"contract", "programme", "credits"}},
	EventResults:       {[]string{"earned", "tolerated"}, nil},
	EventReorientation: {[]string{"date", "passed", "failed", "notExamined", "returnedByInstitution"}, []string{"date"}},
	EventForceMajeure:  {[]string{"credits"}, []string{"credits"}},
	EventCovid:         {[]string{"credits"}, []string{"credits"}},
	EventNoEnrolment:   {nil, nil},
	EventDiploma:       {[]string{"level"}, []string{"level"}},
}

// fieldValue is one optional field of an event: its JSON name, whether it
// is set, and its number of credits (for the range check).
type fieldValue struct {
	name    string
	set     bool
	credits auhl.Credits
	counts  bool
}

// fields returns the optional fields of e in the order of the type.
func (e *Event) fields() []fieldValue {
	credits := func(name string, c auhl.Credits) fieldValue {
		return fieldValue{name: name, set: c != 0, credits: c, counts: true}
	}
	return []fieldValue{
		{name: "contract", set: e.Contract != ""},
		{name: "programme", set: e.Programme != ""},
		credits("credits", e.Credits),
		credits("earned", e.Earned),
		credits("tolerated", e.Tolerated),
		{name: "date", set: !e.Date.IsZero()},
		credits("passed", e.Passed),
		credits("failed", e.Failed),
		credits("notExamined", e.NotExamined),
		{name: "returnedByInstitution", set: e.ReturnedByInstitution},
		{name: "level", set: e.Level != ""},
	}
}

// checkShape checks one event on its own: year, kind, the fields of its
// kind, ranges. It reports whether the event is sound enough to follow.
func (e *Event) checkShape(ve *auhl.ValidationError, path string) bool {
	n := len(ve.Problems)
	if e.Year.IsZero() {
		ve.Add(path+"/year", auhl.CodeRequired, nil)
	}
	if !e.Kind.Valid() {
		ve.Add(path+"/kind", auhl.CodeRequired, nil)
		return false
	}
	spec := eventFields[e.Kind]
	for _, f := range e.fields() {
		p := path + "/" + f.name
		allowed := contains(spec.allowed, f.name)
		switch {
		case f.set && !allowed:
			ve.Add(p, CodeFieldNotAllowed, auhl.Params{"field": auhl.Str(f.name), "kind": auhl.Str(string(e.Kind))})
		case !f.set && contains(spec.required, f.name):
			ve.Add(p, auhl.CodeRequired, nil)
		case f.set && f.counts && (f.credits < 0 || f.credits > MaxEventCredits):
			ve.Add(p, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(int(f.credits)), "min": auhl.Int(0), "max": auhl.Int(MaxEventCredits)})
		}
	}
	if !e.Date.IsZero() && !e.Year.IsZero() && e.Date.AcademicYear() != e.Year {
		ve.Add(path+"/date", CodeDateOutsideYear, auhl.Params{"date": auhl.Str(e.Date.String()), "year": auhl.Str(e.Year.String())})
	}
	return len(ve.Problems) == n
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// check validates the history; see Validate.
func (h *History) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	switch {
	case len(h.Events) == 0:
		ve.Add("/events", auhl.CodeRequired, nil)
		return &ve
	case len(h.Events) > MaxEvents:
		ve.Add("/events", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(h.Events)), "min": auhl.Int(1), "max": auhl.Int(MaxEvents)})
		return &ve
	}
	var (
		prev    auhl.AcademicYear
		ledger  yearLedger
		tainted bool // the year has an event too broken to follow: skip it
	)
	for i := range h.Events {
		e := &h.Events[i]
		path := auhl.Index("/events", i)
		sound := e.checkShape(&ve, path)
		if e.Year.IsZero() {
			tainted = true
			continue
		}
		if !prev.IsZero() && e.Year.Compare(prev) < 0 {
			ve.Add(path+"/year", CodeYearOrder, auhl.Params{"year": auhl.Str(e.Year.String()), "previous": auhl.Str(prev.String())})
			continue
		}
		if e.Year != prev {
			ledger, tainted = yearLedger{year: e.Year}, false
		}
		prev = e.Year
		if !sound {
			tainted = true
		}
		if tainted {
			continue
		}
		// An event that cannot follow leaves the ledger as it was, so the
		// events after it are still checked.
		if p, ok := ledger.follow(e); !ok {
			p.Path = path + p.Path
			ve.Append(p)
		}
	}
	return &ve
}

// yearLedger is the bookkeeping of one academic year of a history: its
// enrolments and what happened to them. Validate and the calculator keep
// one each.
type yearLedger struct {
	year       auhl.AcademicYear
	enrolments []enrolment
	// events counts the events of the year so far.
	events int
	// none is set by a no-enrolment event.
	none bool
	// forceMajeure are the credits returned for force majeure this year;
	// settled is the number of enrolments there were at the last such
	// return: their results are final.
	forceMajeure, settled int
}

// enrolment is one enrolment of a year and what became of it.
type enrolment struct {
	contract  Contract
	programme ProgrammeKind
	credits   int
	// inScope is set by the calculator when the enrolment uses
	// leerkrediet.
	inScope bool
	// earned and tolerated are the credits passed and tolerated so far, the
	// credits passed before a re-orientation included.
	earned, tolerated int
	// returned are the credits a re-orientation gave back.
	returned int
	// reported is set by a results event; closed by a re-orientation.
	reported, closed bool
}

// open returns the enrolment that results or a re-orientation refer to:
// the year's last enrolment, unless a re-orientation has closed it.
func (l *yearLedger) open() *enrolment {
	if len(l.enrolments) == 0 {
		return nil
	}
	en := &l.enrolments[len(l.enrolments)-1]
	if en.closed {
		return nil
	}
	return en
}

// isSettled reports whether the open enrolment's results were final
// before a return for force majeure.
func (l *yearLedger) isSettled() bool { return len(l.enrolments) <= l.settled }

// notEarned returns the credits of the year's enrolments that were
// neither earned, tolerated (an exam taken) nor given back; only those that
// use leerkrediet when inScope.
func (l *yearLedger) notEarned(inScope bool) int {
	n := 0
	for _, en := range l.enrolments {
		if !inScope || en.inScope {
			n += en.credits - en.earned - en.tolerated - en.returned
		}
	}
	return n - l.forceMajeure
}

// tolerated returns the credits of the year's enrolments that were
// tolerated or deliberated; only those that use leerkrediet when inScope.
func (l *yearLedger) tolerated(inScope bool) int {
	n := 0
	for _, en := range l.enrolments {
		if !inScope || en.inScope {
			n += en.tolerated
		}
	}
	return n
}

// follow applies e, an event of the ledger's year, to the ledger; when the
// event cannot happen after what came before, it returns the problem (its
// path relative to the event) and false, and leaves the ledger as it was.
func (l *yearLedger) follow(e *Event) (auhl.Problem, bool) {
	// year builds the parameters of most problems, only when one is found.
	year := func() auhl.Params { return auhl.Params{"year": auhl.Str(l.year.String())} }
	if l.none || e.Kind == EventNoEnrolment && l.events > 0 {
		return auhl.Problem{Code: CodeNoEnrolmentConflict, Params: year()}, false
	}
	switch e.Kind {
	case EventEnrolment:
		l.enrolments = append(l.enrolments, enrolment{contract: e.Contract, programme: e.Programme, credits: int(e.Credits)})
	case EventResults:
		en := l.open()
		switch {
		case en == nil:
			return auhl.Problem{Code: CodeResultsWithoutEnrolment, Params: year()}, false
		case l.isSettled():
			return auhl.Problem{Code: CodeAfterForceMajeure, Params: year()}, false
		}
		earned, tolerated := en.earned+int(e.Earned), en.tolerated+int(e.Tolerated)
		if earned+tolerated > en.credits {
			return auhl.Problem{Code: CodeResultsExceedEnrolment, Params: auhl.Params{
				"earned": auhl.Int(earned), "tolerated": auhl.Int(tolerated), "credits": auhl.Int(en.credits),
			}}, false
		}
		en.earned, en.tolerated, en.reported = earned, tolerated, true
	case EventReorientation:
		en := l.open()
		switch {
		case en == nil || en.reported:
			return auhl.Problem{Code: CodeReorientationWithoutEnrolment, Params: year()}, false
		case l.isSettled():
			return auhl.Problem{Code: CodeAfterForceMajeure, Params: year()}, false
		}
		if total := int(e.Passed + e.Failed + e.NotExamined); total != en.credits {
			return auhl.Problem{Code: CodeReorientationCredits, Params: auhl.Params{
				"total": auhl.Int(total), "credits": auhl.Int(en.credits),
			}}, false
		}
		en.earned, en.closed = int(e.Passed), true
	case EventForceMajeure, EventCovid:
		if len(l.enrolments) == 0 {
			return auhl.Problem{Code: CodeForceMajeureWithoutEnrolment, Params: year()}, false
		}
		lost := l.notEarned(false)
		if e.Kind == EventCovid {
			// Some COVID procedures returned tolerated credits too; the
			// year's rules say which.
			lost += l.tolerated(false)
		}
		if int(e.Credits) > lost {
			return auhl.Problem{Code: CodeForceMajeureExceeds, Params: auhl.Params{
				"credits": auhl.Int(int(e.Credits)), "lost": auhl.Int(lost),
			}}, false
		}
		l.forceMajeure += int(e.Credits)
		l.settled = len(l.enrolments)
	case EventNoEnrolment:
		l.none = true
	case EventDiploma:
		if !l.crowns(e.Level) {
			return auhl.Problem{Code: CodeDiplomaWithoutEnrolment, Params: auhl.Params{
				"level": auhl.Txt(e.Level.Name()), "programme": auhl.Txt(e.Level.programme().Name()), "year": auhl.Str(l.year.String()),
			}}, false
		}
	}
	l.events++
	return auhl.Problem{}, true
}

// crowns reports whether the year has an enrolment that can end in a
// diploma of level lv: in its programme, on a diploma or exam contract.
func (l *yearLedger) crowns(lv DiplomaLevel) bool {
	for _, en := range l.enrolments {
		if en.programme == lv.programme() && en.contract != CreditContract {
			return true
		}
	}
	return false
}
