package governance

import (
	"slices"

	"github.com/auhl/auhl-go/auhl"
)

// Group is a stakeholder group a respondent belongs to. Its JSON encoding
// is "board", "staff", "students" or "partners".
type Group string

// The stakeholder groups, internal first.
const (
	// Board is a member of the board.
	Board Group = "board"
	// Staff is a member of staff of UHasselt, PXL or the association.
	Staff Group = "staff"
	// Students is a student (a student representative).
	Students Group = "students"
	// Partners is an external partner: a government, a company, civil
	// society.
	Partners Group = "partners"
)

var groups = []Group{Board, Staff, Students, Partners}

// Groups returns every stakeholder group, in a fixed order.
func Groups() []Group { return slices.Clone(groups) }

// Enum lists every valid Group.
func (Group) Enum() []string { return auhl.Strings(groups) }

// Valid reports whether g is a known group.
func (g Group) Valid() bool { return slices.Contains(groups, g) }

// Label returns the message code of the group's name, which auhl/i18n
// renders ("governance.group.board").
func (g Group) Label() string { return "governance.group." + string(g) }

// UnmarshalText accepts only a known group.
func (g *Group) UnmarshalText(b []byte) error {
	v := Group(b)
	if !v.Valid() {
		return &auhl.ValidationError{Problems: []auhl.Problem{{Code: auhl.CodeEnum, Params: auhl.Params{
			"value": auhl.Str(auhl.Clip(string(b))), "allowed": auhl.Str(joinEnum(v.Enum())),
		}}}}
	}
	*g = v
	return nil
}

// required is the error of an argument left out (nil or zero), at path.
func required(path string) error {
	return &auhl.ValidationError{Problems: []auhl.Problem{{Path: path, Code: auhl.CodeRequired}}}
}

// joinEnum joins the values of an enumeration for a CodeEnum problem.
func joinEnum(vs []string) string {
	out := ""
	for i, v := range vs {
		if i > 0 {
			out += ", "
		}
		out += v
	}
	return out
}

// Round is one round of a self-evaluation: the answers of many
// respondents to the items of one framework edition, in an academic year.
// Its JSON encoding is the answers file that ParseRound reads.
type Round struct {
	// Framework is the ID of the framework answered.
	Framework string `json:"framework"`
	// Edition is the framework's edition.
	Edition Edition `json:"edition"`
	// AcademicYear is the year of the round, which trends compare.
	AcademicYear auhl.AcademicYear `json:"academicYear"`
	// MinGroupSize is the fewest answers a figure of a group may rest on,
	// 2 or more: a group, or a group's figure of one criterion, with
	// fewer is shown nowhere, so that no one can be singled out.
	MinGroupSize int `json:"minGroupSize"`
	// Respondents are the respondents and their answers.
	Respondents []Respondent `json:"respondents"`
}

// Respondent is one respondent's answers. The ID only tells respondents
// apart; no output names it.
type Respondent struct {
	// ID identifies the respondent within the round.
	ID string `json:"id"`
	// Group is the respondent's stakeholder group.
	Group Group `json:"group"`
	// Answers are the respondent's answers, at most one per item; an item
	// left out is not answered.
	Answers []Answer `json:"answers"`
}

// Answer is the answer to one item: a Value on a numeric scale, a Level
// of an ordinal scale, or NotApplicable.
type Answer struct {
	// Criterion is the ID of the item answered.
	Criterion string `json:"criterion"`
	// Value is the answer on a numeric scale.
	Value int `json:"value,omitempty"`
	// Level is the ID of the level chosen on an ordinal scale.
	Level string `json:"level,omitempty"`
	// NotApplicable answers "not applicable", where the scale allows it.
	NotApplicable bool `json:"notApplicable,omitempty"`
}

// MaxRoundSize bounds the bytes of an answers file ParseRound reads from
// a command: 16 MiB.
const MaxRoundSize = 16 << 20

// ParseRound reads an answers file strictly (auhl.DecodeAndCheck) and
// checks it against the framework: see Round.Check. It returns a
// *auhl.ValidationError listing every problem with its path.
func ParseRound(data []byte, fw *Framework) (*Round, error) {
	r := new(Round)
	if err := auhl.DecodeAndCheck(data, r, func() *auhl.ValidationError { return r.check(fw) }); err != nil {
		return nil, err
	}
	return r, nil
}

// Check checks a round against the framework fw: the framework's ID and
// edition, a year, a MinGroupSize of 2 or more, respondents with an ID
// given once and a group, and answers to items of fw, each once per
// respondent, with a value in its scale's range, a level of its scale, or
// "not applicable" where the scale allows it, and only one of the three.
// It returns a *auhl.ValidationError listing every problem, or nil.
func (r *Round) Check(fw *Framework) error { return r.check(fw).Err() }

func (r *Round) check(fw *Framework) *auhl.ValidationError {
	ve := &auhl.ValidationError{}
	if fw == nil {
		ve.Add("/framework", auhl.CodeRequired, nil)
		return ve
	}
	if r.Framework != fw.ID {
		ve.Add("/framework", CodeFrameworkMismatch, auhl.Params{"value": auhl.Str(auhl.Clip(r.Framework)), "want": auhl.Str(fw.ID)})
	}
	if r.Edition != fw.Edition {
		ve.Add("/edition", CodeFrameworkMismatch, auhl.Params{"value": auhl.Str(auhl.Clip(string(r.Edition))), "want": auhl.Str(string(fw.Edition))})
	}
	if r.AcademicYear.IsZero() {
		ve.Add("/academicYear", auhl.CodeRequired, nil)
	}
	if r.MinGroupSize < 2 || r.MinGroupSize > maxMinGroupSize {
		ve.Add("/minGroupSize", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(r.MinGroupSize), "min": auhl.Int(2), "max": auhl.Int(maxMinGroupSize)})
	}
	items := make(map[string]*Scale, len(fw.Criteria))
	parents := make(map[string]bool, len(fw.Criteria))
	for _, c := range fw.Criteria {
		parents[c.Parent] = true
	}
	for i := range fw.Criteria {
		c := &fw.Criteria[i]
		if !parents[c.ID] {
			s, _ := fw.Scale(c.Scale)
			items[c.ID] = s
		}
	}
	ids := make(map[string]bool, len(r.Respondents))
	answered := make(map[string]bool, len(items))
	for i, resp := range r.Respondents {
		if ve.Full() {
			ve.More++
			continue
		}
		p := auhl.Index("/respondents", i)
		switch {
		case resp.ID == "":
			ve.Add(p+"/id", auhl.CodeRequired, nil)
		case ids[resp.ID]:
			ve.Add(p+"/id", CodeRespondentDuplicate, auhl.Params{"value": auhl.Str(auhl.Clip(resp.ID))})
		}
		ids[resp.ID] = true
		if !resp.Group.Valid() {
			ve.Add(p+"/group", auhl.CodeRequired, nil)
		}
		clear(answered)
		for j, a := range resp.Answers {
			// The path is built only for a problem: most answers have none.
			ap := func() string { return auhl.Index(p+"/answers", j) }
			s, ok := items[a.Criterion]
			if !ok || s == nil {
				ve.Add(ap()+"/criterion", CodeItemUnknown, auhl.Params{"id": auhl.Str(auhl.Clip(a.Criterion))})
				continue
			}
			if answered[a.Criterion] {
				ve.Add(ap()+"/criterion", CodeAnswerDuplicate, auhl.Params{"id": auhl.Str(auhl.Clip(a.Criterion))})
			}
			answered[a.Criterion] = true
			checkAnswer(ve, ap, a, s)
		}
	}
	return ve
}

// maxMinGroupSize bounds MinGroupSize, against typos.
const maxMinGroupSize = 1000

// checkAnswer checks one answer against its item's scale.
func checkAnswer(ve *auhl.ValidationError, path func() string, a Answer, s *Scale) {
	given := 0
	if a.Value != 0 {
		given++
	}
	if a.Level != "" {
		given++
	}
	if a.NotApplicable {
		given++
	}
	p := ""
	switch {
	case given == 1 && !a.NotApplicable && a.Level == "" && len(s.Levels) == 0 && a.Value >= s.Min && a.Value <= s.Max,
		given == 1 && a.NotApplicable && s.NotApplicable,
		given == 1 && a.Level != "" && s.level(a.Level) > 0:
		return // the usual answers, checked without a path
	default:
		p = path()
	}
	switch {
	case given != 1 && !(given == 0 && len(s.Levels) == 0 && s.Min <= 0 && 0 <= s.Max):
		// A numeric scale that holds 0 takes a value left out as 0.
		ve.Add(p, CodeAnswerForm, nil)
	case a.NotApplicable && !s.NotApplicable:
		ve.Add(p+"/notApplicable", CodeNotApplicableRefused, auhl.Params{"scale": auhl.Str(s.ID)})
	case a.Level != "" && s.level(a.Level) == 0:
		ve.Add(p+"/level", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(a.Level)), "allowed": auhl.Str(joinEnum(levelIDs(s)))})
	case !a.NotApplicable && a.Level == "" && (len(s.Levels) > 0 || a.Value < s.Min || a.Value > s.Max):
		if len(s.Levels) > 0 {
			ve.Add(p+"/level", auhl.CodeRequired, nil)
		} else {
			ve.Add(p+"/value", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(a.Value), "min": auhl.Int(s.Min), "max": auhl.Int(s.Max)})
		}
	}
}

// levelIDs lists the IDs of a scale's levels.
func levelIDs(s *Scale) []string {
	out := make([]string, len(s.Levels))
	for i, l := range s.Levels {
		out[i] = l.ID
	}
	return out
}

// value returns the answer's value on its scale and whether it counts:
// false for "not applicable".
func (a Answer) value(s *Scale) (int, bool) {
	switch {
	case a.NotApplicable:
		return 0, false
	case a.Level != "":
		return s.level(a.Level), true
	}
	return a.Value, true
}
