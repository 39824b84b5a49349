package mobility

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
)

func md(s string) auhl.MonthDay {
	m, err := auhl.ParseMonthDay(s)
	if err != nil {
		panic(err)
	}
	return m
}

// artsFactsheet is a partner's factsheet as a School of Arts exchange
// meets it: a portfolio (PDF or URL) and a motivation letter.
func artsFactsheet() Factsheet {
	return Factsheet{HEIID: "uw.edu.pl",
		Nominations:   TermDeadlines{Autumn: md("04-15"), Spring: md("10-15")},
		Applications:  TermDeadlines{Autumn: md("05-15"), Spring: md("11-15")},
		DecisionWeeks: 5, TORWeeks: 5,
		Requirements: []Requirement{
			{Name: Portfolio, Details: "Ten recent works"},
			{Name: MotivationLetter, Details: "One page"},
			{Name: "Studio access", Details: "Studios open 8-22"},
		}}
}

func stateOf(cl Checklist) map[string]TaskState {
	out := map[string]TaskState{}
	for _, t := range cl.Tasks {
		out[t.Code] = t.State
	}
	return out
}

func TestChecklist(t *testing.T) {
	c := newCase(StudentStudy)
	walk(t, c, move{Applied, "2025-02-10", ""})
	video := Evidence{Requirement: Portfolio, Form: URL, Reference: "https://vimeo.com/000000", Submitted: day("2025-03-01")}
	cl, err := Default().ChecklistFor(c, artsFactsheet(), Autumn, auhl.UHasselt, []Evidence{video}, day("2025-04-01"))
	require.NoError(t, err)
	require.Len(t, cl.Documents, 3)
	assert.Equal(t, []Form{PDF, URL}, cl.Documents[0].Forms)
	assert.Equal(t, &video, cl.Documents[0].Evidence)
	assert.Nil(t, cl.Documents[2].Forms, "an informational requirement asks for nothing")
	due := map[string]string{}
	for _, tk := range cl.Tasks {
		due[tk.Code] = tk.Due.String()
	}
	assert.Equal(t, map[string]string{TaskHomeApplication: "2025-02-20", TaskDocuments: "2025-05-15", TaskNomination: "2025-04-15",
		TaskDecision: "", TaskLearningAgreement: "", TaskArrival: "2025-09-22", TaskDeparture: "2026-01-31",
		TaskTranscript: "2026-03-07", TaskRecognition: ""}, due)
	assert.Equal(t, TaskDone, stateOf(cl)[TaskHomeApplication])
	assert.Equal(t, TaskNext, stateOf(cl)[TaskDocuments])
	assert.Equal(t, TaskOpen, stateOf(cl)[TaskNomination])
	assert.Equal(t, []string{CodeDocumentMissing, CodeTaskNext}, codes(cl.Findings))

	// In May the nomination is late.
	cl, err = Default().ChecklistFor(c, artsFactsheet(), Autumn, auhl.UHasselt, []Evidence{video}, day("2025-05-01"))
	require.NoError(t, err)
	assert.Equal(t, TaskLate, stateOf(cl)[TaskNomination])
	assert.Contains(t, codes(cl.Findings), CodeTaskLate)
}

func TestChecklistSpringAndDecision(t *testing.T) {
	c := newCase(StudentStudy)
	c.Planned = Period{day("2026-02-09"), day("2026-06-30")}
	walk(t, c, move{Applied, "2025-09-10", ""}, move{Nominated, "2025-10-01", ""})
	cl, err := Default().ChecklistFor(c, artsFactsheet(), Spring, "", nil, day("2025-10-02"))
	require.NoError(t, err)
	for _, tk := range cl.Tasks {
		switch tk.Code {
		case TaskNomination:
			assert.Equal(t, "2025-10-15", tk.Due.String())
			assert.Equal(t, TaskDone, tk.State)
		case TaskDecision:
			assert.Equal(t, "2025-11-05", tk.Due.String(), "5 weeks after the nomination")
		case TaskDocuments:
			assert.Equal(t, "2025-11-15", tk.Due.String())
		}
	}
}

func TestChecklistEvidence(t *testing.T) {
	c := newCase(StudentStudy)
	ev := []Evidence{
		{Requirement: MotivationLetter, Form: URL, Reference: "https://example.org/letter", Submitted: day("2025-03-01")},
		{Requirement: CV, Form: PDF, Reference: "cv.pdf", Submitted: day("2025-03-01")},
		{Requirement: Portfolio, Form: PDF, Reference: "portfolio.pdf", Submitted: day("2025-03-02")},
	}
	cl, err := Default().ChecklistFor(c, artsFactsheet(), Autumn, "", ev, day("2025-03-05"))
	require.NoError(t, err)
	assert.Equal(t, []string{CodeFormNotAccepted, CodeDocumentMissing, CodeEvidenceUnasked}, codes(cl.Findings)[:3])

	rejected := newCase(StudentStudy)
	walk(t, rejected, studentPath[:2]...)
	require.NoError(t, rejected.Move(Rejected, day("2025-03-10"), "uw.edu.pl", "Full"))
	cl, err = Default().ChecklistFor(rejected, artsFactsheet(), Autumn, "", nil, day("2025-06-01"))
	require.NoError(t, err)
	assert.Equal(t, TaskDone, stateOf(cl)[TaskDecision])
	assert.Equal(t, TaskDropped, stateOf(cl)[TaskArrival])

	staff := newCase(StaffTeaching)
	cl, err = Default().ChecklistFor(staff, Factsheet{TORWeeks: 8}, Autumn, auhl.UHasselt, nil, day("2025-03-05"))
	require.NoError(t, err)
	assert.Empty(t, cl.Documents)
	assert.Equal(t, TaskNext, stateOf(cl)[TaskMobilityAgreement])
	assert.Contains(t, codes(cl.Findings), CodeWeeksLimit)
}

func TestDecodeFactsheet(t *testing.T) {
	f, err := DecodeFactsheet([]byte(`{"heiId":"uw.edu.pl","nominations":{"autumn":"04-15","spring":"10-15"},
		"applications":{"autumn":"05-15","spring":"11-15"},"decisionWeeks":5,"torWeeks":5,
		"requirements":[{"name":"Portfolio","details":"Video or PDF"}]}`))
	require.NoError(t, err)
	assert.True(t, f.Requirements[0].Predefined())
	for name, in := range map[string]string{
		"weeks":     `{"heiId":"x","nominations":{"autumn":"04-15","spring":"10-15"},"applications":{"autumn":"05-15","spring":"11-15"},"decisionWeeks":0,"torWeeks":5}`,
		"twice":     `{"heiId":"x","nominations":{"autumn":"04-15","spring":"10-15"},"applications":{"autumn":"05-15","spring":"11-15"},"decisionWeeks":5,"torWeeks":5,"requirements":[{"name":"CV","details":"a"},{"name":"CV","details":"b"}]}`,
		"gMonthDay": `{"heiId":"x","nominations":{"autumn":"--04-15"}}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := DecodeFactsheet([]byte(in))
			assert.ErrorIs(t, err, auhl.ErrInvalid)
		})
	}
}
