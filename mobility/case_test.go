package mobility

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility/ewp"
)

func newCase(a Activity) *Case {
	return &Case{ID: "auhl-2025-0042", Direction: Outgoing, Activity: a, CallYear: 2024, Participant: "Lotte Janssens",
		SendingHEI: "uhasselt.be", ReceivingHEI: "uw.edu.pl", Planned: Period{day("2025-09-22"), day("2026-01-31")}}
}

type move struct {
	to            Stage
	date, comment string
}

func walk(t *testing.T, c *Case, moves ...move) {
	t.Helper()
	for _, m := range moves {
		require.NoError(t, c.Move(m.to, day(m.date), "International Office", m.comment))
	}
}

var studentPath = []move{{Applied, "2025-02-10", ""}, {Nominated, "2025-03-01", ""}, {Accepted, "2025-03-20", ""},
	{Agreed, "2025-06-10", ""}, {Arrived, "2025-09-22", ""}, {Departed, "2026-01-31", ""}, {Transcript, "2026-02-20", ""}, {Recognised, "2026-03-01", ""}}

func TestCaseWalk(t *testing.T) {
	c := newCase(StudentStudy)
	assert.Equal(t, ewp.MobilityStatus(""), c.NominationStatus())
	walk(t, c, studentPath[:2]...)
	assert.Equal(t, ewp.MobilityPending, c.NominationStatus())
	walk(t, c, studentPath[2:]...)
	assert.Equal(t, Recognised, c.Stage)
	assert.True(t, c.Ended())
	assert.Equal(t, ewp.MobilityApproved, c.NominationStatus())
	assert.Equal(t, "recognized", c.StatusV2())
	require.Len(t, c.History, 8)
	assert.Equal(t, Transition{From: Transcript, To: Recognised, Date: day("2026-03-01"), Actor: "International Office"}, c.History[7])

	staff := newCase(StaffTeaching)
	walk(t, staff, move{Applied, "2025-02-10", ""}, move{Agreed, "2025-03-01", ""}, move{Arrived, "2025-10-06", ""}, move{Departed, "2025-10-10", ""})
	assert.True(t, staff.Ended())
	assert.Equal(t, ewp.MobilityStatus(""), staff.NominationStatus())
}

func TestCaseIllegalMoveChangesNothing(t *testing.T) {
	for _, tc := range []struct {
		name    string
		a       Activity
		before  []move
		to      Stage
		date    string
		actor   string
		comment string
		code    string
	}{
		{"skip the nomination", StudentStudy, studentPath[:1], Accepted, "2025-03-01", "IRO", "", CodeTransition},
		{"arrive before agreeing", StudentStudy, studentPath[:3], Arrived, "2025-09-22", "IRO", "", CodeTransition},
		{"recognise staff", StaffTraining, []move{{Applied, "2025-02-10", ""}}, Nominated, "2025-03-01", "IRO", "", CodeTransition},
		{"after the end", StudentStudy, studentPath, Applied, "2026-04-01", "IRO", "", CodeTransition},
		{"cancel after arrival", StudentStudy, studentPath[:5], Cancelled, "2025-10-01", "IRO", "", CodeTransition},
		{"date before the previous", StudentStudy, studentPath[:2], Accepted, "2025-02-28", "IRO", "", CodeDateOrder},
		{"no actor", StudentStudy, studentPath[:2], Accepted, "2025-03-20", " ", "", auhl.CodeRequired},
		{"reject without a comment", StudentStudy, studentPath[:2], Rejected, "2025-03-20", "uw.edu.pl", "", CodeCommentRequired},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newCase(tc.a)
			walk(t, c, tc.before...)
			before := *c
			before.History = append([]Transition(nil), c.History...)
			err := c.Move(tc.to, day(tc.date), tc.actor, tc.comment)
			var ve *auhl.ValidationError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, tc.code, ve.Problems[0].Code)
			assert.Equal(t, before, *c)
		})
	}
}

func TestCaseRejectAndCancel(t *testing.T) {
	c := newCase(StudentStudy)
	walk(t, c, studentPath[:2]...)
	require.NoError(t, c.Move(Rejected, day("2025-03-20"), "uw.edu.pl", "No places left in sculpture"))
	assert.Equal(t, ewp.MobilityRejected, c.NominationStatus())
	assert.Equal(t, "cancelled", c.StatusV2())
	assert.True(t, c.Ended())

	c = newCase(StudentStudy)
	walk(t, c, studentPath[:1]...)
	require.NoError(t, c.Move(Cancelled, day("2025-02-11"), "Lotte Janssens", ""))
	assert.Equal(t, ewp.MobilityStatus(""), c.NominationStatus(), "never nominated")
	c = newCase(StudentStudy)
	walk(t, c, studentPath[:3]...)
	require.NoError(t, c.Move(Cancelled, day("2025-04-01"), "uhasselt.be", ""))
	assert.Equal(t, ewp.MobilityCancelled, c.NominationStatus())
}

func TestDecodeCase(t *testing.T) {
	c := newCase(StudentStudy)
	walk(t, c, studentPath[:4]...)
	data, err := json.Marshal(c)
	require.NoError(t, err)
	back, err := DecodeCase(data)
	require.NoError(t, err)
	assert.Equal(t, c, back)

	for name, edit := range map[string]func(*Case){
		"stage mismatch":     func(c *Case) { c.Stage = Arrived },
		"illegal history":    func(c *Case) { c.History[1].To = Agreed },
		"from mismatch":      func(c *Case) { c.History[2].From = Applied },
		"dates out of order": func(c *Case) { c.History[3].Date = day("2025-01-01") },
		"no id":              func(c *Case) { c.ID = "" },
	} {
		t.Run(name, func(t *testing.T) {
			bad := *c
			bad.History = append([]Transition(nil), c.History...)
			edit(&bad)
			data, err := json.Marshal(&bad)
			require.NoError(t, err)
			_, err = DecodeCase(data)
			assert.ErrorIs(t, err, auhl.ErrInvalid)
		})
	}
	_, err = DecodeCase([]byte(`{"id":"x","stage":"flying"}`))
	assert.ErrorIs(t, err, auhl.ErrInvalid)
}
