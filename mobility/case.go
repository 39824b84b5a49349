package mobility

import (
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/internal/enum"
	"github.com/auhl/auhl-go/mobility/ewp"
)

// Stage is where a mobility case stands, from application to
// recognition. Its JSON encoding is the value of each constant; a case
// that has not started has no stage ("").
type Stage string

// The stages of a case. A student case goes from Applied through
// Nominated, Accepted, Agreed (the learning agreement signed), Arrived,
// Departed and Transcript to Recognised; a staff case from Applied
// through Agreed (the mobility agreement signed), Arrived to Departed,
// where it ends. Rejected and Cancelled end a case early.
const (
	// Applied: the participant applied at the home institution.
	Applied Stage = "applied"
	// Nominated: the sending institution nominated the student to the
	// receiving one, which has not decided yet (EWP status pending).
	Nominated Stage = "nominated"
	// Accepted: the receiving institution approved the nomination (EWP
	// status approved).
	Accepted Stage = "accepted"
	// Rejected: the receiving institution rejected the nomination, with a
	// comment (EWP status rejected). The case ends.
	Rejected Stage = "rejected"
	// Cancelled: the sending institution or the participant cancelled the
	// mobility (EWP status cancelled). The case ends.
	Cancelled Stage = "cancelled"
	// Agreed: the learning agreement (for staff, the mobility agreement)
	// is signed by all parties.
	Agreed Stage = "agreed"
	// Arrived: the participant arrived at the receiving institution.
	Arrived Stage = "arrived"
	// Departed: the participant left the receiving institution; a staff
	// case ends here.
	Departed Stage = "departed"
	// Transcript: the transcript of records arrived.
	Transcript Stage = "transcript"
	// Recognised: the sending institution recognised the results. The
	// case ends.
	Recognised Stage = "recognised"
)

// Stages lists every Stage in the order a student case goes through them,
// Rejected and Cancelled after Accepted.
func Stages() []Stage {
	return []Stage{Applied, Nominated, Accepted, Rejected, Cancelled, Agreed, Arrived, Departed, Transcript, Recognised}
}

// Enum lists the values of Stage.
func (Stage) Enum() []string { return auhl.Strings(Stages()) }

// Valid reports whether s is a known stage.
func (s Stage) Valid() bool {
	for _, x := range Stages() {
		if s == x {
			return true
		}
	}
	return false
}

// UnmarshalText accepts only a known stage.
func (s *Stage) UnmarshalText(b []byte) error { return enum.Unmarshal(s, b, Stages()) }

// next lists the stages each stage may move to, for students and for
// staff.
var (
	studentNext = map[Stage][]Stage{
		"":         {Applied},
		Applied:    {Nominated, Cancelled},
		Nominated:  {Accepted, Rejected, Cancelled},
		Accepted:   {Agreed, Cancelled},
		Agreed:     {Arrived, Cancelled},
		Arrived:    {Departed},
		Departed:   {Transcript},
		Transcript: {Recognised},
	}
	staffNext = map[Stage][]Stage{
		"":      {Applied},
		Applied: {Agreed, Cancelled},
		Agreed:  {Arrived, Cancelled},
		Arrived: {Departed},
	}
)

// Next returns the stages a case of activity a may move to from stage s,
// in the order of Stages; none from a stage that ends the case.
func Next(a Activity, s Stage) []Stage {
	if a.Staff() {
		return staffNext[s]
	}
	return studentNext[s]
}

// Transition is one move of a case, recorded with its date and actor.
// Its JSON encoding is an object with the fields below.
type Transition struct {
	// From is the stage before the move, "" for the first.
	From Stage `json:"from,omitempty"`
	// To is the stage after it.
	To Stage `json:"to"`
	// Date is the day of the move.
	Date auhl.Date `json:"date"`
	// Actor is who made it: a person, an office, a partner's system.
	Actor string `json:"actor"`
	// Comment says why; required for a rejection.
	Comment string `json:"comment,omitempty"`
}

// Case is one mobility of one student or staff member, outgoing or
// incoming, from application to recognition: a state machine whose every
// move is recorded in History. Move is the only way to change its Stage;
// an illegal move is an error and changes nothing. Its JSON encoding is
// an object with the fields below; DecodeCase reads one from outside and
// replays its history.
type Case struct {
	// ID identifies the case; for a student, the omobility-id of EWP.
	ID string `json:"id"`
	// Direction says whether the participant leaves or comes.
	Direction Direction `json:"direction"`
	// Activity is the kind of mobility.
	Activity Activity `json:"activity"`
	// CallYear is the call that funds the mobility.
	CallYear CallYear `json:"callYear"`
	// Participant names the student or staff member.
	Participant string `json:"participant"`
	// SendingHEI is the SCHAC code of the sending institution, such as
	// "uhasselt.be".
	SendingHEI string `json:"sendingHei"`
	// ReceivingHEI is that of the receiving institution.
	ReceivingHEI string `json:"receivingHei"`
	// Planned is the planned period abroad.
	Planned Period `json:"planned"`
	// Actual is the period abroad as the certificate of attendance or the
	// transcript confirms it; zero until known.
	Actual Period `json:"actual,omitzero"`
	// Stage is where the case stands: the To of the last transition.
	Stage Stage `json:"stage,omitempty"`
	// History are the moves so far, oldest first.
	History []Transition `json:"history"`
}

// Move moves the case to stage to on date, by actor, with an optional
// comment. It refuses, with a *auhl.ValidationError and without changing
// anything, a move the case's activity does not allow from its stage
// (CodeTransition), a date before the last move's (CodeDateOrder), a
// move without a date or an actor, and a rejection without a comment.
func (c *Case) Move(to Stage, date auhl.Date, actor, comment string) error {
	t := Transition{From: c.Stage, To: to, Date: date, Actor: actor, Comment: comment}
	if err := c.check(t, ""); err != nil {
		return err
	}
	c.History = append(c.History, t)
	c.Stage = to
	return nil
}

// check returns the problems of move t from the case's current state,
// with paths under prefix.
func (c *Case) check(t Transition, prefix string) error {
	e := &auhl.ValidationError{}
	legal := false
	for _, s := range Next(c.Activity, c.Stage) {
		legal = legal || s == t.To
	}
	if !legal {
		e.Add(prefix+"/to", CodeTransition, auhl.Params{"from": auhl.Str(string(c.Stage)), "to": auhl.Str(auhl.Clip(string(t.To)))})
	}
	if t.Date.IsZero() {
		e.Add(prefix+"/date", auhl.CodeRequired, nil)
	} else if n := len(c.History); n > 0 && t.Date.Before(c.History[n-1].Date) {
		e.Add(prefix+"/date", CodeDateOrder, auhl.Params{"date": auhl.Str(t.Date.String()), "previous": auhl.Str(c.History[n-1].Date.String())})
	}
	if strings.TrimSpace(t.Actor) == "" {
		e.Add(prefix+"/actor", auhl.CodeRequired, nil)
	}
	if t.To == Rejected && strings.TrimSpace(t.Comment) == "" {
		e.Add(prefix+"/comment", CodeCommentRequired, nil)
	}
	return e.Err()
}

// Reached reports whether the case has been at stage s.
func (c *Case) Reached(s Stage) bool {
	for _, t := range c.History {
		if t.To == s {
			return true
		}
	}
	return false
}

// Since returns the date the case reached stage s, and false when it
// has not.
func (c *Case) Since(s Stage) (auhl.Date, bool) {
	for _, t := range c.History {
		if t.To == s {
			return t.Date, true
		}
	}
	return auhl.Date{}, false
}

// Ended reports whether the case can move no further.
func (c *Case) Ended() bool { return c.Stage != "" && len(Next(c.Activity, c.Stage)) == 0 }

// NominationStatus returns the status of the case's nomination in
// outgoing mobilities v3: "" before the nomination, pending while the
// receiving institution decides, approved from its approval on, rejected,
// or cancelled.
func (c *Case) NominationStatus() ewp.MobilityStatus {
	switch c.Stage {
	case "", Applied:
		return ""
	case Nominated:
		return ewp.MobilityPending
	case Rejected:
		return ewp.MobilityRejected
	case Cancelled:
		if c.Reached(Nominated) {
			return ewp.MobilityCancelled
		}
		return ""
	}
	if c.Activity.Staff() {
		return ""
	}
	return ewp.MobilityApproved
}

// StatusV2 returns the sending institution's status of the case in the
// older outgoing mobilities v2 model: "nomination" until the learning
// agreement is signed, "live" from then until recognition, "recognized",
// or "cancelled" (a rejection included, which v2 did not tell apart).
func (c *Case) StatusV2() string {
	switch c.Stage {
	case "":
		return ""
	case Applied, Nominated, Accepted:
		return "nomination"
	case Recognised:
		return "recognized"
	case Rejected, Cancelled:
		return "cancelled"
	}
	return "live"
}

// MaxCaseBytes is the largest case DecodeCase reads.
const MaxCaseBytes = 256 << 10

// maxHistory bounds the transitions of a case.
const maxHistory = 64

// DecodeCase reads a case from JSON the strict way (auhl.DecodeAndCheck)
// and checks it: the fields required, the planned period in order, and
// the history replayed move by move from the start, each legal for the
// activity and dated in order, with Stage the last move's. It returns a
// *auhl.ValidationError listing every problem.
func DecodeCase(data []byte) (*Case, error) {
	if len(data) > MaxCaseBytes {
		return nil, &auhl.ValidationError{Problems: []auhl.Problem{{Code: auhl.CodeJSONTooLarge, Params: auhl.Params{"limit": auhl.Int(MaxCaseBytes)}}}}
	}
	c := new(Case)
	if err := auhl.DecodeAndCheck(data, c, c.problems); err != nil {
		return nil, err
	}
	return c, nil
}

// problems returns the problems of c beyond its shape.
func (c *Case) problems() *auhl.ValidationError {
	e := &auhl.ValidationError{}
	for _, f := range []struct{ path, v string }{{"/id", c.ID}, {"/participant", c.Participant}, {"/sendingHei", c.SendingHEI}, {"/receivingHei", c.ReceivingHEI}} {
		if strings.TrimSpace(f.v) == "" {
			e.Add(f.path, auhl.CodeRequired, nil)
		}
	}
	if !c.Direction.Valid() {
		e.Add("/direction", auhl.CodeRequired, nil)
	}
	if !c.Activity.Valid() {
		e.Add("/activity", auhl.CodeRequired, nil)
	}
	if !c.CallYear.Valid() {
		e.Add("/callYear", auhl.CodeRequired, nil)
	}
	c.Planned.check(e, "/planned")
	if !c.Actual.Start.IsZero() || !c.Actual.End.IsZero() {
		c.Actual.check(e, "/actual")
	}
	if len(c.History) > maxHistory {
		e.Add("/history", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(c.History)), "min": auhl.Int(0), "max": auhl.Int(maxHistory)})
		return e
	}
	replay := Case{Activity: c.Activity}
	for i, t := range c.History {
		p := auhl.Index("/history", i)
		if t.From != replay.Stage {
			e.Add(p+"/from", CodeTransition, auhl.Params{"from": auhl.Str(string(replay.Stage)), "to": auhl.Str(string(t.To))})
		}
		if err := replay.Move(t.To, t.Date, t.Actor, t.Comment); err != nil {
			e.Merge(p, err)
			break
		}
	}
	if replay.Stage != c.Stage {
		e.Add("/stage", CodeStageMismatch, auhl.Params{"stage": auhl.Str(string(c.Stage)), "expected": auhl.Str(string(replay.Stage))})
	}
	return e
}
