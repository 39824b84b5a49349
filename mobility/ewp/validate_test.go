package ewp

import (
	"bytes"
	"testing"
	"time"

	"github.com/auhl/auhl-go/auhl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// want is an expected finding: its code and path, and whether it is a
// warning. An empty code means: no finding of severity error.
type want struct {
	code, path string
	warning    bool
}

func checkFindings(t *testing.T, fs []Finding, w want) {
	t.Helper()
	if w.code == "" {
		assert.False(t, HasErrors(fs), "%v", codesAt(fs))
		return
	}
	for _, f := range fs {
		if f.Code == w.code && f.Path == w.path {
			sev := auhl.Error
			if w.warning {
				sev = auhl.Warning
			}
			assert.Equal(t, sev, f.Severity)
			assert.NotEmpty(t, f.Source.Title)
			return
		}
	}
	t.Errorf("no %s at %s in %v", w.code, w.path, codesAt(fs))
}

func TestFixturesValid(t *testing.T) {
	la := testLA()
	assert.Empty(t, Validate(&LAsGetResponse{LAs: []LearningAgreement{la}}))
	assert.Empty(t, Validate(&OMobilitiesGetResponse{Mobilities: []StudentMobility{testMobility()}}))
	assert.Empty(t, Validate(testLAsUpdate()))
	assert.Empty(t, Validate(testOMobilitiesUpdate()))
	assert.Empty(t, Validate(&LAsGetResponse{}), "a response may hold no LA")
	assert.Empty(t, Validate((*LAsGetResponse)(nil)))
}

func TestValidateLearningAgreement(t *testing.T) {
	const (
		fv = "/la/0/first-version"
		ac = "/la/0/approved-changes"
		cp = "/la/0/changes-proposal"
	)
	comp := func(cs ...Component) *ComponentList { return Components(cs...) }
	tests := []struct {
		name   string
		mutate func(la *LearningAgreement)
		want   want
	}{
		// A version and its lists.
		{"no version at all", func(la *LearningAgreement) { la.FirstVersion, la.ApprovedChanges, la.ChangesProposal = nil, nil, nil },
			want{code: CodeVersionMissing, path: "/la/0"}},
		{"a proposal of the first version suffices", func(la *LearningAgreement) {
			la.ChangesProposal.ComponentLists = *la.FirstVersion
			la.ChangesProposal.ReceivingHEISignature = nil
			la.FirstVersion, la.ApprovedChanges = nil, nil
		}, want{}},
		{"a first version without any list", func(la *LearningAgreement) {
			la.FirstVersion.Studied, la.FirstVersion.Recognized, la.FirstVersion.Virtual = nil, nil, nil
		}, want{code: CodeNoComponentList, path: fv}},
		{"a proposed first version without any list", func(la *LearningAgreement) {
			la.FirstVersion, la.ApprovedChanges = nil, nil
			la.ChangesProposal.Virtual = nil
		}, want{code: CodeNoComponentList, path: cp}},
		{"a semester mobility without table B", func(la *LearningAgreement) { la.FirstVersion.Recognized = nil },
			want{code: CodeListMissing, path: fv}},
		{"a semester mobility without table A", func(la *LearningAgreement) { la.FirstVersion.Studied = nil },
			want{code: CodeListMissing, path: fv}},
		{"an empty table B is still a table", func(la *LearningAgreement) { la.FirstVersion.Recognized = comp() }, want{}},
		{"changes need no table A or B", func(la *LearningAgreement) { la.ApprovedChanges.Recognized = nil }, want{}},
		{"a blended mobility needs no table A or B", func(la *LearningAgreement) { blended(la) }, want{}},
		{"an empty blended list", func(la *LearningAgreement) { blended(la); la.FirstVersion.Blended = comp() },
			want{code: CodeListEmpty, path: fv + "/blended-mobility-components"}},
		{"an empty doctoral list", func(la *LearningAgreement) {
			blended(la)
			la.FirstVersion.Blended, la.FirstVersion.Doctoral = nil, comp()
		},
			want{code: CodeListEmpty, path: fv + "/short-term-doctoral-components"}},

		// Recognition conditions and short descriptions.
		{"recognition conditions on a studied component", func(la *LearningAgreement) {
			la.FirstVersion.Studied.Components[0].RecognitionConditions = "an exam"
		}, want{code: CodeRecognitionConditions, path: fv + "/components-studied/component/0/recognition-conditions"}},
		{"recognition conditions on a virtual component", func(la *LearningAgreement) {
			la.FirstVersion.Virtual.Components[0].RecognitionConditions = "an exam"
		}, want{code: CodeRecognitionConditions, path: fv + "/virtual-components/component/0/recognition-conditions"}},
		{"recognition conditions on a recognised component", func(*LearningAgreement) {}, want{}},
		{"a virtual component without description", func(la *LearningAgreement) { la.FirstVersion.Virtual.Components[0].ShortDescription = "" },
			want{code: CodeShortDescriptionMissing, path: fv + "/virtual-components/component/0/short-description"}},
		{"a studied component with a description", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[1].ShortDescription = "x" },
			want{code: CodeShortDescriptionNotAllowed, path: fv + "/components-studied/component/1/short-description"}},
		{"a recognised component with a description", func(la *LearningAgreement) { la.FirstVersion.Recognized.Components[0].ShortDescription = "x" },
			want{code: CodeShortDescriptionNotAllowed, path: fv + "/components-recognized/component/0/short-description"}},
		{"no blended component described", func(la *LearningAgreement) {
			blended(la)
			la.FirstVersion.Blended.Components[0].ShortDescription = ""
		}, want{code: CodeShortDescriptionMissing, path: fv + "/blended-mobility-components"}},
		{"one blended component of two described", func(la *LearningAgreement) {
			blended(la)
			la.FirstVersion.Blended.Components = append(la.FirstVersion.Blended.Components, Component{Title: "Visit"})
		}, want{}},
		{"a doctoral component may be described", func(la *LearningAgreement) {
			blended(la)
			la.FirstVersion.Doctoral, la.FirstVersion.Blended = la.FirstVersion.Blended, nil
		}, want{}},

		// Terms, titles, credits.
		{"a studied component without term", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[0].TermID = nil },
			want{code: auhl.CodeRequired, path: fv + "/components-studied/component/0/term-id"}},
		{"a recognised component without term", func(la *LearningAgreement) { la.FirstVersion.Recognized.Components[0].TermID = nil },
			want{code: auhl.CodeRequired, path: fv + "/components-recognized/component/0/term-id"}},
		{"a virtual component without term", func(la *LearningAgreement) { la.FirstVersion.Virtual.Components[0].TermID = nil }, want{}},
		{"term 3 of 2", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[0].TermID = &TermID{3, 2} },
			want{code: CodeTermNumber, path: fv + "/components-studied/component/0/term-id"}},
		{"term 2 of 2", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[0].TermID = &TermID{2, 2} }, want{}},
		{"a component without title", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[1].Title = "" },
			want{code: auhl.CodeRequired, path: fv + "/components-studied/component/1/title"}},
		{"a credit without scheme", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[1].Credits[0].Scheme = "" },
			want{code: auhl.CodeRequired, path: fv + "/components-studied/component/1/credit/0/scheme"}},
		{"a component without credits", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[1].Credits = nil }, want{}},
		{"a malformed LOS id", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[1].LosID = "XX/1" },
			want{code: CodePattern, path: fv + "/components-studied/component/1/los-id"}},
		{"a LOS id of 41 characters", func(la *LearningAgreement) {
			la.FirstVersion.Studied.Components[1].LosID = "CR/" + string(bytes.Repeat([]byte("a"), 41))
		},
			want{code: CodePattern, path: fv + "/components-studied/component/1/los-id"}},
		{"a LOS id of 40 characters", func(la *LearningAgreement) {
			la.FirstVersion.Studied.Components[1].LosID = "CR/" + string(bytes.Repeat([]byte("a"), 40))
		}, want{}},
		{"a malformed LOI id", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[1].LoiID = "CR/1" },
			want{code: CodePattern, path: fv + "/components-studied/component/1/loi-id"}},

		// Change statuses and reasons.
		{"a status in the first version", func(la *LearningAgreement) { la.FirstVersion.Studied.Components[0].Status = StatusInserted },
			want{code: CodeStatusNotAllowed, path: fv + "/components-studied/component/0/@status"}},
		{"a change without status", func(la *LearningAgreement) { la.ApprovedChanges.Studied.Components[0].Status = "" },
			want{code: CodeStatusMissing, path: ac + "/components-studied/component/0/@status"}},
		{"a proposed change without status", func(la *LearningAgreement) { la.ChangesProposal.Virtual.Components[0].Status = "" },
			want{code: CodeStatusMissing, path: cp + "/virtual-components/component/0/@status"}},
		{"an unknown status", func(la *LearningAgreement) { la.ApprovedChanges.Studied.Components[0].Status = "modified" },
			want{code: auhl.CodeEnum, path: ac + "/components-studied/component/0/@status"}},
		{"a deletion reason on an insertion", func(la *LearningAgreement) { la.ApprovedChanges.Studied.Components[1].ReasonCode = ReasonNotAvailable },
			want{code: CodeReasonMismatch, path: ac + "/components-studied/component/1/@reason-code"}},
		{"an insertion reason on a deletion", func(la *LearningAgreement) {
			la.ApprovedChanges.Studied.Components[0].ReasonCode = ReasonExtendingMobility
		},
			want{code: CodeReasonMismatch, path: ac + "/components-studied/component/0/@reason-code"}},
		{"every deletion reason on a deletion", func(la *LearningAgreement) {
			cs := la.ApprovedChanges.Studied.Components
			for _, r := range []ReasonCode{ReasonNotAvailable, ReasonLanguageMismatch, ReasonTimetableConflict} {
				c := cs[0]
				c.ReasonCode = r
				la.ApprovedChanges.Studied.Components = append(la.ApprovedChanges.Studied.Components, c)
			}
		}, want{}},
		{"an unknown reason code", func(la *LearningAgreement) { la.ApprovedChanges.Studied.Components[0].ReasonCode = "budget" },
			want{code: auhl.CodeEnum, path: ac + "/components-studied/component/0/@reason-code"}},
		{"a change without reason", func(la *LearningAgreement) { la.ApprovedChanges.Studied.Components[0].ReasonCode = "" },
			want{code: CodeReasonMissing, path: ac + "/components-studied/component/0", warning: true}},
		{"a change with a reason in words only", func(la *LearningAgreement) {
			la.ApprovedChanges.Studied.Components[0].ReasonCode = ""
			la.ApprovedChanges.Studied.Components[0].ReasonText = "the course moved"
		}, want{}},

		// No changes for blended and doctoral mobility.
		{"a blended mobility with a proposal of changes", func(la *LearningAgreement) { blended(la); la.ChangesProposal = testLA().ChangesProposal },
			want{code: CodeChangesNotAllowed, path: cp}},
		{"a blended mobility with approved changes", func(la *LearningAgreement) { blended(la); la.ApprovedChanges = testLA().ApprovedChanges },
			want{code: CodeChangesNotAllowed, path: ac}},
		{"a doctoral mobility with a proposal of changes", func(la *LearningAgreement) {
			blended(la)
			la.FirstVersion.Doctoral, la.FirstVersion.Blended = la.FirstVersion.Blended, nil
			la.ChangesProposal = testLA().ChangesProposal
		}, want{code: CodeChangesNotAllowed, path: cp}},
		{"a blended mobility's proposed first version", func(la *LearningAgreement) {
			blended(la)
			la.ChangesProposal = &ChangesProposal{ID: "p-0", ComponentLists: *la.FirstVersion}
			la.FirstVersion = nil
		}, want{}},
		{"approved changes without a first version", func(la *LearningAgreement) { la.FirstVersion = nil },
			want{code: CodeChangesWithoutFirstVersion, path: ac}},

		// Signatures.
		{"the receiving institution signs before the sending one", func(la *LearningAgreement) {
			la.FirstVersion.ReceivingHEISignature.Timestamp = ts("2025-06-03T08:59:59+02:00")
		}, want{code: CodeSignatureOrder, path: fv + "/receiving-hei-signature/timestamp"}},
		{"the receiving institution signs at the same instant", func(la *LearningAgreement) {
			la.FirstVersion.ReceivingHEISignature.Timestamp = ts("2025-06-03T07:00:00Z")
		}, want{}},
		{"the receiving institution signs before the student", func(la *LearningAgreement) {
			la.FirstVersion.StudentSignature.Timestamp = ts("2025-06-11T00:00:00Z")
		}, want{code: CodeSignatureOrder, path: fv + "/receiving-hei-signature/timestamp"}},
		{"a change signed before the first version's approval", func(la *LearningAgreement) {
			la.ApprovedChanges.StudentSignature.Timestamp = ts("2025-06-09T00:00:00Z")
		}, want{code: CodeSignatureOrder, path: ac + "/student-signature/timestamp"}},
		{"a proposal signed before the last approval of changes", func(la *LearningAgreement) {
			la.ChangesProposal.SendingHEISignature.Timestamp = ts("2025-10-03T09:59:59+02:00")
		}, want{code: CodeSignatureOrder, path: cp + "/sending-hei-signature/timestamp"}},
		{"a student signature without time", func(la *LearningAgreement) { la.FirstVersion.StudentSignature.Timestamp = time.Time{} },
			want{code: auhl.CodeRequired, path: fv + "/student-signature/timestamp"}},
		{"a student signature naming a signer", func(la *LearningAgreement) { la.FirstVersion.StudentSignature.SignerName = "Lotte" },
			want{code: CodeStudentSignerDetails, path: fv + "/student-signature", warning: true}},
		{"an institution's signature without signer", func(la *LearningAgreement) { la.FirstVersion.SendingHEISignature.SignerName = "" },
			want{code: auhl.CodeRequired, path: fv + "/sending-hei-signature/signer-name"}},
		{"an institution's signature without position", func(la *LearningAgreement) { la.ApprovedChanges.ReceivingHEISignature.SignerPosition = "" },
			want{code: auhl.CodeRequired, path: ac + "/receiving-hei-signature/signer-position"}},
		{"an institution's signature without e-mail", func(la *LearningAgreement) { la.FirstVersion.SendingHEISignature.SignerEmail = "" },
			want{code: auhl.CodeRequired, path: fv + "/sending-hei-signature/signer-email"}},
		{"a first version the receiving institution did not sign", func(la *LearningAgreement) { la.FirstVersion.ReceivingHEISignature = nil },
			want{code: auhl.CodeRequired, path: fv + "/receiving-hei-signature"}},
		{"approved changes the receiving institution did not sign", func(la *LearningAgreement) { la.ApprovedChanges.ReceivingHEISignature = nil },
			want{code: auhl.CodeRequired, path: ac + "/receiving-hei-signature"}},
		{"a proposal the receiving institution did not sign", func(*LearningAgreement) {}, want{}},
		{"a signature in year 10000", func(la *LearningAgreement) {
			la.ChangesProposal.StudentSignature.Timestamp = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
		}, want{code: CodeFormat, path: cp + "/student-signature/timestamp"}},

		// Dates and the rest of the agreement.
		{"no start", func(la *LearningAgreement) { la.Start = PlannedDate{} }, want{code: auhl.CodeRequired, path: "/la/0/start-date"}},
		{"no end", func(la *LearningAgreement) { la.End = PlannedDate{} }, want{code: auhl.CodeRequired, path: "/la/0/end-date"}},
		{"a start on 30 February", func(la *LearningAgreement) { la.Start = PlannedDate{2026, time.February, 30} },
			want{code: CodeFormat, path: "/la/0/start-date"}},
		{"a start on 29 February of a leap year", func(la *LearningAgreement) { la.Start = PlannedDate{2028, time.February, 29} }, want{}},
		{"an end in month 13", func(la *LearningAgreement) { la.End = PlannedDate{Year: 2026, Month: 13} },
			want{code: CodeFormat, path: "/la/0/end-year-month"}},
		{"no birth date", func(la *LearningAgreement) { la.Student.BirthDate = Date{} },
			want{code: auhl.CodeRequired, path: "/la/0/student/birth-date"}},
		{"no gender", func(la *LearningAgreement) { la.Student.Gender = nil }, want{code: auhl.CodeRequired, path: "/la/0/student/gender"}},
		{"gender not known", func(la *LearningAgreement) { la.Student.Gender = GenderOf(GenderNotKnown) }, want{}},
		{"gender 3", func(la *LearningAgreement) { la.Student.Gender = GenderOf(3) }, want{code: auhl.CodeEnum, path: "/la/0/student/gender"}},
		{"a proposal's student with one field", func(*LearningAgreement) {}, want{}},
		{"a proposal's student with a bad e-mail", func(la *LearningAgreement) { la.ChangesProposal.Student.Email = "lotte" },
			want{code: CodePattern, path: cp + "/student/email"}},
		{"no global id", func(la *LearningAgreement) { la.Student.GlobalID = "" }, want{code: auhl.CodeRequired, path: "/la/0/student/global-id"}},
		{"a citizenship in lower case", func(la *LearningAgreement) { la.Student.Citizenship = "be" },
			want{code: CodePattern, path: "/la/0/student/citizenship"}},
		{"EQF level 0", func(la *LearningAgreement) { la.EQFLevel = 0 }, want{code: auhl.CodeRequired, path: "/la/0/eqf-level-studied-at-departure"}},
		{"EQF level 9", func(la *LearningAgreement) { la.EQFLevel = 9 }, want{code: auhl.CodeNumberRange, path: "/la/0/eqf-level-studied-at-departure"}},
		{"EQF level 8", func(la *LearningAgreement) { la.EQFLevel = 8 }, want{}},
		{"CEFR level D1", func(la *LearningAgreement) { la.LanguageSkill.CEFRLevel = "D1" },
			want{code: CodePattern, path: "/la/0/student-language-skill/cefr-level"}},
		{"CEFR level NS", func(la *LearningAgreement) { la.LanguageSkill.CEFRLevel = "NS" }, want{}},
		{"language en_GB", func(la *LearningAgreement) { la.LanguageSkill.Language = "en_GB" },
			want{code: CodePattern, path: "/la/0/student-language-skill/language"}},
		{"language en-GB", func(la *LearningAgreement) { la.LanguageSkill.Language = "en-GB" }, want{}},
		{"an ftp URL", func(la *LearningAgreement) { la.ProvisionsURL = "ftp://x.be" }, want{code: CodePattern, path: "/la/0/provisions-url"}},
		{"an academic year with a dash", func(la *LearningAgreement) { la.ReceivingAcademicYearID = "2025-2026" },
			want{code: CodePattern, path: "/la/0/receiving-academic-year-id"}},
		{"an omobility id with a space", func(la *LearningAgreement) { la.OMobilityID = "auhl 42" }, want{code: CodePattern, path: "/la/0/omobility-id"}},
		{"an omobility id of 65 characters", func(la *LearningAgreement) { la.OMobilityID = string(bytes.Repeat([]byte("x"), 65)) },
			want{code: CodePattern, path: "/la/0/omobility-id"}},
		{"an omobility id of 64 characters", func(la *LearningAgreement) { la.OMobilityID = string(bytes.Repeat([]byte("x"), 64)) }, want{}},
		{"a proposal without id", func(la *LearningAgreement) { la.ChangesProposal.ID = "" }, want{code: auhl.CodeRequired, path: cp + "/@id"}},
		{"a sending institution without unit name", func(la *LearningAgreement) { la.SendingHEI.OUnitName = "" },
			want{code: auhl.CodeRequired, path: "/la/0/sending-hei/ounit-name"}},
		{"a receiving institution without unit name", func(la *LearningAgreement) { la.ReceivingHEI.OUnitName = "" }, want{}},
		{"a contact's e-mail without dot", func(la *LearningAgreement) { la.ReceivingHEI.ContactPerson.Email = "pk@localhost" },
			want{code: CodePattern, path: "/la/0/receiving-hei/contact-person/email"}},
		{"a phone number without plus", func(la *LearningAgreement) { la.SendingHEI.ContactPerson.Phone.E164 = "011268111" },
			want{code: CodePattern, path: "/la/0/sending-hei/contact-person/phone-number/e164"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			la := testLA()
			tt.mutate(&la)
			checkFindings(t, Validate(&LAsGetResponse{LAs: []LearningAgreement{la}}), tt.want)
		})
	}
}

// blended turns la into the agreement of a blended mobility, without
// changes.
func blended(la *LearningAgreement) {
	la.ApprovedChanges, la.ChangesProposal = nil, nil
	la.FirstVersion.Studied, la.FirstVersion.Recognized, la.FirstVersion.Virtual = nil, nil, nil
	la.FirstVersion.Blended = Components(Component{Title: "Summer school", ShortDescription: "Five days on site, four weeks online",
		Credits: []Credit{ECTS(MustDecimal("3"))}})
}

func TestValidateNomination(t *testing.T) {
	const n = "/student-mobility/0/nomination"
	tests := []struct {
		name   string
		mutate func(m *StudentMobility)
		want   want
	}{
		{"the receiving IIA id missing", func(m *StudentMobility) { m.Nomination.ReceivingHEI.IIAID = "" },
			want{code: CodeReceivingIIAMissing, path: n + "/receiving-hei/iia-id"}},
		{"no IIA ids at all", func(m *StudentMobility) { m.Nomination.ReceivingHEI.IIAID, m.Nomination.SendingHEI.IIAID = "", "" }, want{}},
		{"only the receiving IIA id", func(m *StudentMobility) { m.Nomination.SendingHEI.IIAID = "" }, want{}},
		{"term and non-standard period", func(m *StudentMobility) { m.Nomination.NonStandardPeriod = true },
			want{code: CodePeriodChoice, path: n}},
		{"neither term nor period", func(m *StudentMobility) { m.Nomination.SendingAcademicTermID = "" },
			want{code: CodePeriodChoice, path: n}},
		{"a non-standard period", func(m *StudentMobility) {
			m.Nomination.SendingAcademicTermID, m.Nomination.NonStandardPeriod = "", true
		}, want{}},
		{"term 3 of 2", func(m *StudentMobility) { m.Nomination.SendingAcademicTermID = "2025/2026-3/2" },
			want{code: CodeTermNumber, path: n + "/sending-academic-term-ewp-id"}},
		{"term 2 of 2", func(m *StudentMobility) { m.Nomination.SendingAcademicTermID = "2025/2026-2/2" }, want{}},
		{"term 0 of 2", func(m *StudentMobility) { m.Nomination.SendingAcademicTermID = "2025/2026-0/2" },
			want{code: CodePattern, path: n + "/sending-academic-term-ewp-id"}},
		{"a three-digit ISCED code", func(m *StudentMobility) { m.Nomination.AgreementISCEDFCode = "021" },
			want{code: CodePattern, path: n + "/agreement-isced-f-code"}},
		{"a five-digit ISCED code", func(m *StudentMobility) { m.Nomination.NomineeISCEDFCode = "02131" },
			want{code: CodePattern, path: n + "/nominee-isced-f-code"}},
		{"activity attributes semester", func(m *StudentMobility) { m.Nomination.ActivityAttributes = "semester" },
			want{code: auhl.CodeEnum, path: n + "/activity-attributes"}},
		{"no activity type", func(m *StudentMobility) { m.Nomination.ActivityType = "" },
			want{code: auhl.CodeRequired, path: n + "/activity-type"}},
		{"status nomination (v2)", func(m *StudentMobility) { m.Status = "nomination" },
			want{code: auhl.CodeEnum, path: "/student-mobility/0/status"}},
		{"every v3 status", func(m *StudentMobility) { m.Status = MobilityCancelled }, want{}},
		{"no given names", func(m *StudentMobility) { m.Student.GivenNames = nil },
			want{code: auhl.CodeRequired, path: "/student-mobility/0/student/given-names"}},
		{"an empty family name", func(m *StudentMobility) { m.Student.FamilyName = Strings("") },
			want{code: auhl.CodeRequired, path: "/student-mobility/0/student/family-name/0"}},
		{"a bad language of a name", func(m *StudentMobility) { m.Student.GivenNames[1].Lang = "n l" },
			want{code: CodePattern, path: "/student-mobility/0/student/given-names/1/@xml:lang"}},
		{"no proposal id", func(m *StudentMobility) { m.Nomination.ProposalID = "" },
			want{code: auhl.CodeRequired, path: n + "/@proposal-id"}},
		{"EQF level 9", func(m *StudentMobility) { m.Nomination.EQFLevel = 9 },
			want{code: auhl.CodeNumberRange, path: n + "/eqf-level-studied-at-departure"}},
		{"no nationality", func(m *StudentMobility) { m.Student.Nationality = "" },
			want{code: auhl.CodeRequired, path: "/student-mobility/0/student/nationality"}},
		{"no gender", func(m *StudentMobility) { m.Student.Gender = nil },
			want{code: auhl.CodeRequired, path: "/student-mobility/0/student/gender"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := testMobility()
			tt.mutate(&m)
			checkFindings(t, Validate(&OMobilitiesGetResponse{Mobilities: []StudentMobility{m}}), tt.want)
		})
	}
}

func TestValidateUpdateRequests(t *testing.T) {
	tests := []struct {
		name string
		doc  func() Document
		want want
	}{
		{"an LA update without action", func() Document { d := testLAsUpdate(); d.Approve = nil; return d },
			want{code: CodeUpdateAction, path: ""}},
		{"an LA update with two actions", func() Document {
			d := testLAsUpdate()
			d.Comment = &CommentLAProposal{OMobilityID: "x", ChangesProposalID: "p", Comment: "c", Signature: d.Approve.Signature}
			return d
		}, want{code: CodeUpdateAction, path: ""}},
		{"a comment without text", func() Document {
			d := testLAsUpdate()
			d.Comment = &CommentLAProposal{OMobilityID: "x", ChangesProposalID: "p", Signature: d.Approve.Signature}
			d.Approve = nil
			return d
		}, want{code: auhl.CodeRequired, path: "/comment-proposal-v1/comment"}},
		{"an approval without signer", func() Document { d := testLAsUpdate(); d.Approve.Signature.SignerName = ""; return d },
			want{code: auhl.CodeRequired, path: "/approve-proposal-v1/signature/signer-name"}},
		{"an approval without proposal id", func() Document { d := testLAsUpdate(); d.Approve.ChangesProposalID = ""; return d },
			want{code: auhl.CodeRequired, path: "/approve-proposal-v1/changes-proposal-id"}},
		{"an LA update without sending institution", func() Document { d := testLAsUpdate(); d.SendingHEIID = ""; return d },
			want{code: auhl.CodeRequired, path: "/sending-hei-id"}},
		{"a nomination update without action", func() Document { return &OMobilitiesUpdateRequest{} },
			want{code: CodeUpdateAction, path: ""}},
		{"a rejection without comment", func() Document { d := testOMobilitiesUpdate(); d.Reject.Comment = ""; return d },
			want{code: auhl.CodeRequired, path: "/reject-proposal-v1/comment"}},
		{"an approval of a nomination", func() Document {
			return &OMobilitiesUpdateRequest{Approve: &ApproveNomination{OMobilityID: "a", ProposalID: "b"}}
		}, want{}},
		{"an approval without proposal id", func() Document {
			return &OMobilitiesUpdateRequest{Approve: &ApproveNomination{OMobilityID: "a"}}
		}, want{code: auhl.CodeRequired, path: "/approve-proposal-v1/proposal-id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFindings(t, Validate(tt.doc()), tt.want)
		})
	}
}

// What Marshal writes, the official schema accepts: the fixtures and the
// edges of the writer (escapes, empty lists, year-month dates, a
// non-standard period, names in several languages).
func TestMarshalValidates(t *testing.T) {
	la := testLA()
	la.FirstVersion.Studied.Components[0].ReasonText = "a \"quoted\"\nreason\twith\r<all> & sorts"
	la.ISCEDClarification = "line one\r\nline two"
	la2 := testLA()
	la2.OMobilityID = "auhl-2025-0043"
	blended(&la2)
	m2 := testMobility()
	m2.Nomination.SendingAcademicTermID, m2.Nomination.NonStandardPeriod = "", true
	docs := []Document{
		&LAsGetResponse{LAs: []LearningAgreement{la, la2}},
		&LAsGetResponse{},
		testLAsUpdate(),
		&LAsUpdateRequest{SendingHEIID: "uhasselt.be", Comment: &CommentLAProposal{OMobilityID: "a", ChangesProposalID: "b", Comment: "c",
			Signature: testLAsUpdate().Approve.Signature}},
		&OMobilitiesGetResponse{Mobilities: []StudentMobility{testMobility(), m2}},
		&OMobilitiesGetResponse{},
		testOMobilitiesUpdate(),
		&OMobilitiesUpdateRequest{Approve: &ApproveNomination{OMobilityID: "a", ProposalID: "b"}},
	}
	for _, doc := range docs {
		t.Run(string(doc.Kind()), func(t *testing.T) { reencode(t, doc) })
	}
}

func TestMarshalRefusesInvalid(t *testing.T) {
	la := testLA()
	la.EQFLevel = 9
	_, err := Marshal(&LAsGetResponse{LAs: []LearningAgreement{la}})
	require.ErrorIs(t, err, auhl.ErrInvalid)
	var ve *auhl.ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, "/la/0/eqf-level-studied-at-departure", ve.Problems[0].Path)

	_, err = Marshal((*LAsGetResponse)(nil))
	require.Error(t, err)
	var buf bytes.Buffer
	require.Error(t, Encode(&buf, nil))
	assert.Zero(t, buf.Len())
}

// Characters XML cannot carry become U+FFFD, so the output stays
// well-formed.
func TestMarshalReplacesCharactersXMLCannotCarry(t *testing.T) {
	d := testOMobilitiesUpdate()
	d.Reject.Comment = "bell\x07 and \xff byte \uFFFE"
	out, err := Marshal(d)
	require.NoError(t, err)
	again, err := DecodeOMobilitiesUpdateRequest(bytes.NewReader(out))
	require.NoError(t, err)
	assert.Equal(t, "bell\uFFFD and \uFFFD byte \uFFFD", again.Reject.Comment)
}
