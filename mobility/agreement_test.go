package mobility

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/mobility/ewp"
)

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func hei(name, when string) ewp.Signature {
	return ewp.Signature{SignerName: name, SignerPosition: "Erasmus coordinator", SignerEmail: "iro@example.be", Timestamp: at(when)}
}

func term() *ewp.TermID { return &ewp.TermID{TermNumber: 1, TotalTerms: 2} }

func course(title, ects string) ewp.Component {
	return ewp.Component{Title: title, TermID: term(), Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal(ects))}}
}

// draftLA is a learning agreement with nothing agreed yet.
func draftLA() ewp.LearningAgreement {
	return ewp.LearningAgreement{
		OMobilityID: "auhl-2025-0042",
		SendingHEI: ewp.MobilityInstitution{HEIID: "uhasselt.be", OUnitName: "School of Arts",
			ContactPerson: ewp.ContactPerson{GivenNames: "An", FamilyName: "Peeters", Email: "an.peeters@uhasselt.be"}},
		ReceivingHEI: ewp.MobilityInstitution{HEIID: "uw.edu.pl",
			ContactPerson: ewp.ContactPerson{GivenNames: "Paweł", FamilyName: "Kowalski", Email: "pk@uw.edu.pl"}},
		ReceivingAcademicYearID: "2025/2026",
		Student: ewp.Student{GivenNames: "Lotte", FamilyName: "Janssens", GlobalID: "urn:schac:personalUniqueCode:int:esi:uhasselt.be:1234567",
			BirthDate: ewp.NewDate(2003, time.April, 12), Citizenship: "BE", Gender: ewp.GenderOf(ewp.GenderFemale), Email: "lotte.janssens@student.uhasselt.be"},
		Start: ewp.PlannedDate{Year: 2025, Month: time.September, Day: 22}, End: ewp.PlannedDate{Year: 2026, Month: time.January, Day: 31},
		EQFLevel: 6, ISCEDFCode: "0213", LanguageSkill: ewp.LanguageSkill{Language: "en", CEFRLevel: "B2"},
	}
}

func firstVersion() ewp.ComponentLists {
	return ewp.ComponentLists{
		Studied:             ewp.Components(course("Sculpture", "15"), course("Printmaking", "15")),
		Recognized:          ewp.Components(course("Atelier 3", "30")),
		StudentSignature:    ewp.Signature{Timestamp: at("2025-06-02T10:00:00+02:00")},
		SendingHEISignature: hei("An Peeters", "2025-06-03T09:00:00+02:00"),
	}
}

func TestAgreementWorkflow(t *testing.T) {
	a := &Agreement{LA: draftLA()}
	id, err := a.Propose(firstVersion(), nil)
	require.NoError(t, err)
	assert.Equal(t, ewp.ChangesProposalID(a.LA.ChangesProposal), id)
	assert.Len(t, id, 64)

	// The same content gives the same id; other content another one.
	again, err := a.Propose(firstVersion(), nil)
	require.NoError(t, err)
	assert.Equal(t, id, again)
	other := firstVersion()
	other.Studied.Components[0].Credits[0].Value = ewp.MustDecimal("14.5")
	otherID, err := (&Agreement{LA: draftLA()}).Propose(other, nil)
	require.NoError(t, err)
	assert.NotEqual(t, id, otherID)

	require.NoError(t, a.Comment(id, "Printmaking is not taught in the autumn", hei("Paweł Kowalski", "2025-06-05T10:00:00Z")))
	assert.ErrorIs(t, a.Approve("stale", hei("Paweł Kowalski", "2025-06-10T12:00:00Z")), ErrStaleProposal)

	req, ok := a.ApproveRequest(hei("Paweł Kowalski", "2025-06-10T12:00:00Z"))
	require.True(t, ok)
	require.NoError(t, a.Apply(req))
	require.NotNil(t, a.LA.FirstVersion)
	assert.Nil(t, a.LA.ChangesProposal)
	assert.Equal(t, []AgreementAction{Proposed, Proposed, Commented, Approved}, actions(a.Log))

	changes := ewp.ComponentLists{
		Studied: ewp.Components(
			ewp.Component{Status: ewp.StatusDeleted, ReasonCode: ewp.ReasonTimetableConflict, Title: "Printmaking", TermID: term(), Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal("15"))}},
			ewp.Component{Status: ewp.StatusInserted, ReasonCode: ewp.ReasonSubstitutingDeleted, Title: "Etching", TermID: term(), Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal("15"))}},
		),
		StudentSignature:    ewp.Signature{Timestamp: at("2025-10-01T10:00:00+02:00")},
		SendingHEISignature: hei("An Peeters", "2025-10-02T10:00:00+02:00"),
	}
	id, err = a.Propose(changes, nil)
	require.NoError(t, err)
	require.NoError(t, a.Approve(id, hei("Paweł Kowalski", "2025-10-03T10:00:00+02:00")))
	final := a.Final()
	var titles []string
	for _, c := range final.Studied.Components {
		titles = append(titles, c.Title)
		assert.Empty(t, c.Status)
	}
	assert.Equal(t, []string{"Sculpture", "Etching"}, titles)
	sum, err := ECTS(final.Studied)
	require.NoError(t, err)
	assert.Equal(t, ewp.MustDecimal("30"), sum)
}

func actions(steps []AgreementStep) []AgreementAction {
	var out []AgreementAction
	for _, s := range steps {
		out = append(out, s.Action)
	}
	return out
}

func TestAgreementRefusals(t *testing.T) {
	// A blended mobility may not change after its first version.
	blended := &Agreement{LA: draftLA()}
	fv := ewp.ComponentLists{
		Blended:             ewp.Components(ewp.Component{Title: "Sound art BIP", Credits: []ewp.Credit{ewp.ECTS(ewp.MustDecimal("3"))}, ShortDescription: "Online preparation and a week in Warsaw"}),
		StudentSignature:    ewp.Signature{Timestamp: at("2025-06-02T10:00:00+02:00")},
		SendingHEISignature: hei("An Peeters", "2025-06-03T09:00:00+02:00"),
	}
	id, err := blended.Propose(fv, nil)
	require.NoError(t, err)
	require.NoError(t, blended.Approve(id, hei("Paweł Kowalski", "2025-06-10T12:00:00Z")))
	before := blended.LA
	_, err = blended.Propose(fv, nil)
	requireCode(t, err, CodeChangesNotAllowed)
	assert.Equal(t, before, blended.LA)

	// Nothing pending.
	requireCode(t, blended.Approve(id, hei("x", "2025-06-10T12:00:00Z")), CodeNoProposal)

	// A proposal that breaks a rule of the schema changes nothing.
	a := &Agreement{LA: draftLA()}
	bad := firstVersion()
	bad.Studied.Components[0].RecognitionConditions = "only recognised components may have them"
	_, err = a.Propose(bad, nil)
	requireCode(t, err, ewp.CodeRecognitionConditions)
	assert.Nil(t, a.LA.ChangesProposal)

	// An approval signed before the student signed is refused.
	id, err = a.Propose(firstVersion(), nil)
	require.NoError(t, err)
	requireCode(t, a.Approve(id, hei("Paweł Kowalski", "2025-05-01T12:00:00Z")), ewp.CodeSignatureOrder)
	assert.NotNil(t, a.LA.ChangesProposal)

	requireCode(t, a.Comment(id, " ", hei("x", "2025-06-10T12:00:00Z")), CodeCommentRequired)
	requireCode(t, a.Apply(&ewp.LAsUpdateRequest{SendingHEIID: "pxl.be", Approve: &ewp.ApproveLAProposal{}}), CodeUpdateMismatch)
	requireCode(t, a.Apply(&ewp.LAsUpdateRequest{SendingHEIID: "uhasselt.be"}), CodeUpdateMismatch)
	requireCode(t, a.Apply(&ewp.LAsUpdateRequest{SendingHEIID: "uhasselt.be", Comment: &ewp.CommentLAProposal{OMobilityID: "other"}}), CodeUpdateMismatch)
}

func requireCode(t *testing.T, err error, code string) {
	t.Helper()
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.Code)
	}
	assert.Contains(t, got, code)
}
