package ewp

import (
	"encoding/xml"

	"github.com/auhl/auhl-go/auhl"
)

const (
	nsG  = NamespaceOMobilitiesGetResponse
	nsGU = NamespaceOMobilitiesUpdateRequest
)

// The children of each complex type of outgoing mobilities v3, in the
// order of the schema.
var (
	omobilitiesGetSeq  = []elem{{name: "student-mobility", ns: nsG, many: true}}
	studentMobilitySeq = []elem{
		{name: "omobility-id", ns: nsG, req: true},
		{name: "student", ns: nsG, req: true},
		{name: "nomination", ns: nsG, req: true, attrs: []string{"proposal-id"}},
		{name: "status", ns: nsG, req: true},
	}
	mobilityStudentSeq = []elem{
		{name: "given-names", ns: nsG, req: true, many: true, attrs: []string{"xml:lang"}},
		{name: "family-name", ns: nsG, req: true, many: true, attrs: []string{"xml:lang"}},
		{name: "global-id", ns: nsG, req: true},
		{name: "birth-date", ns: nsG, req: true},
		{name: "nationality", ns: nsG, req: true},
		{name: "gender", ns: nsG, req: true},
		{name: "email", ns: nsG, req: true},
	}
	nominationSeq = []elem{
		{name: "sending-hei", ns: nsG, req: true},
		{name: "receiving-hei", ns: nsG, req: true},
		{name: "sending-academic-term-ewp-id", ns: nsG, req: true, group: 1},
		{name: "non-standard-mobility-period", ns: nsG, req: true, group: 1},
		{name: "receiving-academic-year-id", ns: nsG, req: true},
		{name: "activity-type", ns: nsG, req: true},
		{name: "activity-attributes", ns: nsG, req: true},
		{name: "agreement-isced-f-code", ns: nsG, req: true},
		{name: "eqf-level-studied-at-departure", ns: nsG, req: true},
		{name: "nominee-isced-f-code", ns: nsG, req: true},
		{name: "comment", ns: nsG},
	}
	nominationHEISeq = []elem{
		{name: "hei-id", ns: nsG, req: true},
		{name: "ounit-id", ns: nsG},
		{name: "iia-id", ns: nsG},
	}
	omobilitiesUpdateSeq = []elem{
		{name: "approve-proposal-v1", ns: nsGU, req: true, group: 1},
		{name: "reject-proposal-v1", ns: nsGU, req: true, group: 1},
	}
	approveNominationSeq = []elem{
		{name: "omobility-id", ns: nsGU, req: true},
		{name: "proposal-id", ns: nsGU, req: true},
	}
	rejectNominationSeq = []elem{
		{name: "omobility-id", ns: nsGU, req: true},
		{name: "proposal-id", ns: nsGU, req: true},
		{name: "comment", ns: nsGU, req: true},
	}
)

func (d *dec) omobilitiesGet(doc *OMobilitiesGetResponse) {
	items(d, omobilitiesGetSeq, &doc.Mobilities, d.studentMobility)
}

func (d *dec) studentMobility(m *StudentMobility) {
	d.fields(studentMobilitySeq, text(&m.OMobilityID),
		by(func(xml.StartElement) { d.mobilityStudent(&m.Student) }),
		by(func(se xml.StartElement) {
			id, ok := attr(se, "proposal-id")
			if !ok {
				d.find("@proposal-id", auhl.CodeRequired, nil)
			}
			m.Nomination.ProposalID = id
			d.nomination(&m.Nomination)
		}),
		by(func(xml.StartElement) { m.Status = MobilityStatus(d.str()) }))
}

func (d *dec) mobilityStudent(st *MobilityStudent) {
	d.fields(mobilityStudentSeq,
		by(func(se xml.StartElement) { *grow(d, &st.GivenNames) = d.langString(se) }),
		by(func(se xml.StartElement) { *grow(d, &st.FamilyName) = d.langString(se) }),
		text(&st.GlobalID),
		by(func(xml.StartElement) { st.BirthDate = d.date() }),
		text(&st.Nationality),
		by(func(xml.StartElement) { st.Gender = d.gender() }),
		text(&st.Email))
}

// langString reads the text of se with its xml:lang.
func (d *dec) langString(se xml.StartElement) LangString {
	v := LangString{}
	for _, a := range se.Attr {
		if a.Name.Space == nsXML && a.Name.Local == "lang" {
			v.Lang = trimSpace(a.Value)
		}
	}
	v.Value = d.str()
	return v
}

func (d *dec) nomination(n *Nomination) {
	d.fields(nominationSeq,
		by(func(xml.StartElement) { d.nominationHEI(&n.SendingHEI) }),
		by(func(xml.StartElement) { d.nominationHEI(&n.ReceivingHEI) }),
		text(&n.SendingAcademicTermID),
		by(func(xml.StartElement) {
			// The element is empty for now; the schema asks clients to
			// read a future non-empty one as if it were empty.
			n.NonStandardPeriod = true
			d.skip()
		}),
		text(&n.ReceivingAcademicYearID),
		by(func(xml.StartElement) { n.ActivityType = ActivityType(d.str()) }),
		by(func(xml.StartElement) { n.ActivityAttributes = ActivityAttributes(d.str()) }),
		text(&n.AgreementISCEDFCode),
		by(func(xml.StartElement) { n.EQFLevel = int(d.integer("ewp:EqfLevel")) }),
		text(&n.NomineeISCEDFCode),
		text(&n.Comment))
}

func (d *dec) nominationHEI(h *NominationHEI) {
	d.fields(nominationHEISeq, text(&h.HEIID), text(&h.OUnitID), text(&h.IIAID))
}

func (d *dec) omobilitiesUpdate(doc *OMobilitiesUpdateRequest) {
	d.fields(omobilitiesUpdateSeq,
		by(func(xml.StartElement) {
			a := alloc[ApproveNomination](d)
			doc.Approve = a
			d.fields(approveNominationSeq, text(&a.OMobilityID), text(&a.ProposalID))
		}),
		by(func(xml.StartElement) {
			r := alloc[RejectNomination](d)
			doc.Reject = r
			d.fields(rejectNominationSeq, text(&r.OMobilityID), text(&r.ProposalID), text(&r.Comment))
		}))
}
