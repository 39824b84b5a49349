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
	d.each(omobilitiesGetSeq, func(int, xml.StartElement) {
		doc.Mobilities = append(doc.Mobilities, StudentMobility{})
		d.studentMobility(&doc.Mobilities[len(doc.Mobilities)-1])
	})
}

func (d *dec) studentMobility(m *StudentMobility) {
	d.each(studentMobilitySeq, func(i int, se xml.StartElement) {
		switch i {
		case 0:
			m.OMobilityID = d.str()
		case 1:
			d.mobilityStudent(&m.Student)
		case 2:
			id, ok := attr(se, "proposal-id")
			if !ok {
				d.find("@proposal-id", auhl.CodeRequired, nil)
			}
			m.Nomination.ProposalID = id
			d.nomination(&m.Nomination)
		case 3:
			m.Status = MobilityStatus(d.str())
		}
	})
}

func (d *dec) mobilityStudent(st *MobilityStudent) {
	d.each(mobilityStudentSeq, func(i int, se xml.StartElement) {
		switch i {
		case 0, 1:
			v := LangString{}
			for _, a := range se.Attr {
				if a.Name.Space == nsXML && a.Name.Local == "lang" {
					v.Lang = trimSpace(a.Value)
				}
			}
			v.Value = d.str()
			if i == 0 {
				st.GivenNames = append(st.GivenNames, v)
			} else {
				st.FamilyName = append(st.FamilyName, v)
			}
		case 2:
			st.GlobalID = d.str()
		case 3:
			st.BirthDate = d.date()
		case 4:
			st.Nationality = d.str()
		case 5:
			st.Gender = d.gender()
		case 6:
			st.Email = d.str()
		}
	})
}

func (d *dec) nomination(n *Nomination) {
	d.each(nominationSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			d.nominationHEI(&n.SendingHEI)
		case 1:
			d.nominationHEI(&n.ReceivingHEI)
		case 2:
			n.SendingAcademicTermID = d.str()
		case 3:
			// The element is empty for now; the schema asks clients to
			// read a future non-empty one as if it were empty.
			n.NonStandardPeriod = true
			d.skip()
		case 4:
			n.ReceivingAcademicYearID = d.str()
		case 5:
			n.ActivityType = ActivityType(d.str())
		case 6:
			n.ActivityAttributes = ActivityAttributes(d.str())
		case 7:
			n.AgreementISCEDFCode = d.str()
		case 8:
			n.EQFLevel = int(d.integer("ewp:EqfLevel"))
		case 9:
			n.NomineeISCEDFCode = d.str()
		case 10:
			n.Comment = d.str()
		}
	})
}

func (d *dec) nominationHEI(h *NominationHEI) {
	d.each(nominationHEISeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			h.HEIID = d.str()
		case 1:
			h.OUnitID = d.str()
		case 2:
			h.IIAID = d.str()
		}
	})
}

func (d *dec) omobilitiesUpdate(doc *OMobilitiesUpdateRequest) {
	d.each(omobilitiesUpdateSeq, func(i int, _ xml.StartElement) {
		if i == 0 {
			a := &ApproveNomination{}
			doc.Approve = a
			d.each(approveNominationSeq, func(i int, _ xml.StartElement) {
				if i == 0 {
					a.OMobilityID = d.str()
				} else {
					a.ProposalID = d.str()
				}
			})
			return
		}
		r := &RejectNomination{}
		doc.Reject = r
		d.each(rejectNominationSeq, func(i int, _ xml.StartElement) {
			switch i {
			case 0:
				r.OMobilityID = d.str()
			case 1:
				r.ProposalID = d.str()
			case 2:
				r.Comment = d.str()
			}
		})
	})
}
