package ewp

import (
	"encoding/xml"

	"github.com/auhl/auhl-go/auhl"
)

const (
	nsL   = NamespaceLAsGetResponse
	nsLU  = NamespaceLAsUpdateRequest
	nsTrm = NamespaceAcademicTermV2
	nsP   = NamespacePhoneNumber
)

// The children of each complex type of OLA v1.2, in the order of the
// schema.
var (
	lasGetSeq = []elem{{name: "la", ns: nsL, many: true}}
	laSeq     = []elem{
		{name: "omobility-id", ns: nsL, req: true},
		{name: "sending-hei", ns: nsL, req: true},
		{name: "receiving-hei", ns: nsL, req: true},
		{name: "receiving-academic-year-id", ns: nsL, req: true},
		{name: "student", ns: nsL, req: true},
		{name: "start-date", ns: nsL, req: true, group: 1},
		{name: "start-year-month", ns: nsL, req: true, group: 1},
		{name: "end-date", ns: nsL, req: true, group: 2},
		{name: "end-year-month", ns: nsL, req: true, group: 2},
		{name: "eqf-level-studied-at-departure", ns: nsL, req: true},
		{name: "isced-f-code", ns: nsL, req: true},
		{name: "isced-clarification", ns: nsL},
		{name: "student-language-skill", ns: nsL, req: true},
		{name: "first-version", ns: nsL},
		{name: "approved-changes", ns: nsL},
		{name: "changes-proposal", ns: nsL, attrs: []string{"id"}},
		{name: "learning-outcomes-url", ns: nsL},
		{name: "provisions-url", ns: nsL},
	}
	institutionSeq = []elem{
		{name: "hei-id", ns: nsL, req: true},
		{name: "ounit-name", ns: nsL},
		{name: "ounit-id", ns: nsL},
		{name: "contact-person", ns: nsL, req: true},
	}
	contactSeq = []elem{
		{name: "given-names", ns: nsL, req: true},
		{name: "family-name", ns: nsL, req: true},
		{name: "email", ns: nsL, req: true},
		{name: "phone-number", ns: nsP},
	}
	phoneSeq = []elem{
		{name: "e164", ns: nsP},
		{name: "ext", ns: nsP},
		{name: "other-format", ns: nsP},
	}
	studentSeq = []elem{
		{name: "given-names", ns: nsL},
		{name: "family-name", ns: nsL},
		{name: "global-id", ns: nsL},
		{name: "birth-date", ns: nsL},
		{name: "citizenship", ns: nsL},
		{name: "gender", ns: nsL},
		{name: "email", ns: nsL},
	}
	languageSkillSeq = []elem{
		{name: "language", ns: nsL, req: true},
		{name: "cefr-level", ns: nsL, req: true},
	}
	listsSeq = []elem{
		{name: string(ListStudied), ns: nsL},
		{name: string(ListRecognized), ns: nsL},
		{name: string(ListVirtual), ns: nsL},
		{name: string(ListBlended), ns: nsL},
		{name: string(ListDoctoral), ns: nsL},
		{name: "student-signature", ns: nsL, req: true},
		{name: "sending-hei-signature", ns: nsL, req: true},
		{name: "receiving-hei-signature", ns: nsL},
	}
	// proposalSeq extends listsSeq with the changed student data.
	proposalSeq   = append(listsSeq[:len(listsSeq):len(listsSeq)], elem{name: "student", ns: nsL})
	componentsSeq = []elem{{name: "component", ns: nsL, many: true, attrs: []string{"status", "reason-code", "reason-text"}}}
	componentSeq  = []elem{
		{name: "los-id", ns: nsL},
		{name: "los-code", ns: nsL},
		{name: "title", ns: nsL, req: true},
		{name: "loi-id", ns: nsL},
		{name: "term-id", ns: nsL},
		{name: "credit", ns: nsL, many: true},
		{name: "recognition-conditions", ns: nsL},
		{name: "short-description", ns: nsL},
	}
	termIDSeq = []elem{
		{name: "term-number", ns: nsTrm, req: true},
		{name: "total-terms", ns: nsTrm, req: true},
	}
	creditSeq = []elem{
		{name: "scheme", ns: nsL, req: true},
		{name: "value", ns: nsL, req: true},
	}
	signatureSeq = []elem{
		{name: "signer-name", ns: nsL},
		{name: "signer-position", ns: nsL},
		{name: "signer-email", ns: nsL},
		{name: "timestamp", ns: nsL, req: true},
		{name: "signer-app", ns: nsL},
	}
	lasUpdateSeq = []elem{
		{name: "sending-hei-id", ns: nsLU, req: true},
		{name: "approve-proposal-v1", ns: nsLU, req: true, group: 1},
		{name: "comment-proposal-v1", ns: nsLU, req: true, group: 1},
	}
	approveLASeq = []elem{
		{name: "omobility-id", ns: nsLU, req: true},
		{name: "changes-proposal-id", ns: nsLU, req: true},
		{name: "signature", ns: nsLU, req: true},
	}
	commentLASeq = []elem{
		{name: "omobility-id", ns: nsLU, req: true},
		{name: "changes-proposal-id", ns: nsLU, req: true},
		{name: "comment", ns: nsLU, req: true},
		{name: "signature", ns: nsLU, req: true},
	}
)

func (d *dec) lasGet(doc *LAsGetResponse) {
	d.each(lasGetSeq, func(int, xml.StartElement) {
		doc.LAs = append(doc.LAs, LearningAgreement{})
		d.la(&doc.LAs[len(doc.LAs)-1])
	})
}

func (d *dec) la(la *LearningAgreement) {
	d.each(laSeq, func(i int, se xml.StartElement) {
		switch i {
		case 0:
			la.OMobilityID = d.str()
		case 1:
			d.institution(&la.SendingHEI)
		case 2:
			d.institution(&la.ReceivingHEI)
		case 3:
			la.ReceivingAcademicYearID = d.str()
		case 4:
			d.student(&la.Student)
		case 5:
			la.Start = PlannedDate(d.date())
		case 6:
			la.Start = d.yearMonth()
		case 7:
			la.End = PlannedDate(d.date())
		case 8:
			la.End = d.yearMonth()
		case 9:
			la.EQFLevel = int(d.integer("ewp:EqfLevel"))
		case 10:
			la.ISCEDFCode = d.str()
		case 11:
			la.ISCEDClarification = d.str()
		case 12:
			d.languageSkill(&la.LanguageSkill)
		case 13:
			la.FirstVersion = &ComponentLists{}
			d.lists(la.FirstVersion, nil)
		case 14:
			la.ApprovedChanges = &ComponentLists{}
			d.lists(la.ApprovedChanges, nil)
		case 15:
			p := &ChangesProposal{}
			id, ok := attr(se, "id")
			if !ok {
				d.find("@id", auhl.CodeRequired, nil)
			}
			p.ID = id
			d.lists(&p.ComponentLists, &p.Student)
			la.ChangesProposal = p
		case 16:
			la.LearningOutcomesURL = trimSpace(d.str())
		case 17:
			la.ProvisionsURL = trimSpace(d.str())
		}
	})
}

func (d *dec) yearMonth() PlannedDate {
	v := d.str()
	p, err := parseYearMonth(v)
	if err != nil {
		d.format(v, "xs:gYearMonth")
	}
	return p
}

func (d *dec) institution(h *MobilityInstitution) {
	d.each(institutionSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			h.HEIID = d.str()
		case 1:
			h.OUnitName = d.str()
		case 2:
			h.OUnitID = d.str()
		case 3:
			d.contact(&h.ContactPerson)
		}
	})
}

func (d *dec) contact(c *ContactPerson) {
	d.each(contactSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			c.GivenNames = d.str()
		case 1:
			c.FamilyName = d.str()
		case 2:
			c.Email = d.str()
		case 3:
			c.Phone = &PhoneNumber{}
			d.phone(c.Phone)
		}
	})
}

func (d *dec) phone(p *PhoneNumber) {
	d.each(phoneSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			p.E164 = d.str()
		case 1:
			p.Ext = d.str()
		case 2:
			p.OtherFormat = d.str()
		}
	})
}

func (d *dec) student(st *Student) {
	d.each(studentSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			st.GivenNames = d.str()
		case 1:
			st.FamilyName = d.str()
		case 2:
			st.GlobalID = d.str()
		case 3:
			st.BirthDate = d.date()
		case 4:
			st.Citizenship = d.str()
		case 5:
			st.Gender = d.gender()
		case 6:
			st.Email = d.str()
		}
	})
}

func (d *dec) languageSkill(l *LanguageSkill) {
	d.each(languageSkillSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			l.Language = trimSpace(d.str())
		case 1:
			l.CEFRLevel = d.str()
		}
	})
}

// lists reads a ListOf_Components; student is non-nil for a changes
// proposal, which may end with the changed student data.
func (d *dec) lists(v *ComponentLists, student **Student) {
	specs := listsSeq
	if student != nil {
		specs = proposalSeq
	}
	d.each(specs, func(i int, _ xml.StartElement) {
		switch i {
		case 0, 1, 2, 3, 4:
			l := &ComponentList{}
			d.components(l)
			*[...]**ComponentList{&v.Studied, &v.Recognized, &v.Virtual, &v.Blended, &v.Doctoral}[i] = l
		case 5:
			d.signature(&v.StudentSignature)
		case 6:
			d.signature(&v.SendingHEISignature)
		case 7:
			v.ReceivingHEISignature = &Signature{}
			d.signature(v.ReceivingHEISignature)
		case 8:
			*student = &Student{}
			d.student(*student)
		}
	})
}

func (d *dec) components(l *ComponentList) {
	d.each(componentsSeq, func(_ int, se xml.StartElement) {
		l.Components = append(l.Components, Component{})
		c := &l.Components[len(l.Components)-1]
		for _, a := range se.Attr {
			if a.Name.Space != "" {
				continue
			}
			switch a.Name.Local {
			case "status":
				c.Status = ChangeStatus(a.Value)
			case "reason-code":
				c.ReasonCode = ReasonCode(a.Value)
			case "reason-text":
				c.ReasonText = a.Value
			}
		}
		d.component(c)
	})
}

func (d *dec) component(c *Component) {
	d.each(componentSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			c.LosID = d.str()
		case 1:
			c.LosCode = d.str()
		case 2:
			c.Title = d.str()
		case 3:
			c.LoiID = d.str()
		case 4:
			c.TermID = &TermID{}
			d.termID(c.TermID)
		case 5:
			c.Credits = append(c.Credits, Credit{})
			d.credit(&c.Credits[len(c.Credits)-1])
		case 6:
			c.RecognitionConditions = d.str()
		case 7:
			c.ShortDescription = d.str()
		}
	})
}

func (d *dec) termID(t *TermID) {
	d.each(termIDSeq, func(i int, _ xml.StartElement) {
		if i == 0 {
			t.TermNumber = d.integer("xs:integer")
		} else {
			t.TotalTerms = d.integer("xs:integer")
		}
	})
}

func (d *dec) credit(c *Credit) {
	d.each(creditSeq, func(i int, _ xml.StartElement) {
		if i == 0 {
			c.Scheme = d.str()
		} else {
			c.Value = d.decimal()
		}
	})
}

func (d *dec) signature(sig *Signature) {
	d.each(signatureSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			sig.SignerName = d.str()
		case 1:
			sig.SignerPosition = d.str()
		case 2:
			sig.SignerEmail = d.str()
		case 3:
			v := d.str()
			t, err := parseDateTime(v)
			if err != nil {
				d.format(v, "xs:dateTime")
			}
			sig.Timestamp = t
		case 4:
			sig.SignerApp = d.str()
		}
	})
}

func (d *dec) lasUpdate(doc *LAsUpdateRequest) {
	d.each(lasUpdateSeq, func(i int, _ xml.StartElement) {
		switch i {
		case 0:
			doc.SendingHEIID = d.str()
		case 1:
			doc.Approve = &ApproveLAProposal{}
			d.each(approveLASeq, func(i int, _ xml.StartElement) {
				switch i {
				case 0:
					doc.Approve.OMobilityID = d.str()
				case 1:
					doc.Approve.ChangesProposalID = d.str()
				case 2:
					d.signature(&doc.Approve.Signature)
				}
			})
		case 2:
			doc.Comment = &CommentLAProposal{}
			d.each(commentLASeq, func(i int, _ xml.StartElement) {
				switch i {
				case 0:
					doc.Comment.OMobilityID = d.str()
				case 1:
					doc.Comment.ChangesProposalID = d.str()
				case 2:
					doc.Comment.Comment = d.str()
				case 3:
					d.signature(&doc.Comment.Signature)
				}
			})
		}
	})
}
