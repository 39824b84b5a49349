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

func (d *dec) lasGet(doc *LAsGetResponse) { items(d, lasGetSeq, &doc.LAs, d.la) }

func (d *dec) la(la *LearningAgreement) {
	d.fields(laSeq,
		text(&la.OMobilityID),
		by(func(xml.StartElement) { d.institution(&la.SendingHEI) }),
		by(func(xml.StartElement) { d.institution(&la.ReceivingHEI) }),
		text(&la.ReceivingAcademicYearID),
		by(func(xml.StartElement) { d.student(&la.Student) }),
		by(func(xml.StartElement) { la.Start = PlannedDate(d.date()) }),
		by(func(xml.StartElement) { la.Start = d.yearMonth() }),
		by(func(xml.StartElement) { la.End = PlannedDate(d.date()) }),
		by(func(xml.StartElement) { la.End = d.yearMonth() }),
		by(func(xml.StartElement) { la.EQFLevel = int(d.integer("ewp:EqfLevel")) }),
		text(&la.ISCEDFCode),
		text(&la.ISCEDClarification),
		by(func(xml.StartElement) { d.languageSkill(&la.LanguageSkill) }),
		by(func(xml.StartElement) {
			la.FirstVersion = alloc[ComponentLists](d)
			d.lists(la.FirstVersion, nil)
		}),
		by(func(xml.StartElement) {
			la.ApprovedChanges = alloc[ComponentLists](d)
			d.lists(la.ApprovedChanges, nil)
		}),
		by(func(se xml.StartElement) {
			p := alloc[ChangesProposal](d)
			id, ok := attr(se, "id")
			if !ok {
				d.find("@id", auhl.CodeRequired, nil)
			}
			p.ID = id
			d.lists(&p.ComponentLists, &p.Student)
			la.ChangesProposal = p
		}),
		trimmed(&la.LearningOutcomesURL),
		trimmed(&la.ProvisionsURL),
	)
}

func (d *dec) yearMonth() PlannedDate { return value(d, "xs:gYearMonth", parseYearMonth) }

func (d *dec) institution(h *MobilityInstitution) {
	d.fields(institutionSeq, text(&h.HEIID), text(&h.OUnitName), text(&h.OUnitID),
		by(func(xml.StartElement) { d.contact(&h.ContactPerson) }))
}

func (d *dec) contact(c *ContactPerson) {
	d.fields(contactSeq, text(&c.GivenNames), text(&c.FamilyName), text(&c.Email),
		by(func(xml.StartElement) {
			c.Phone = alloc[PhoneNumber](d)
			d.fields(phoneSeq, text(&c.Phone.E164), text(&c.Phone.Ext), text(&c.Phone.OtherFormat))
		}))
}

func (d *dec) student(st *Student) {
	d.fields(studentSeq, text(&st.GivenNames), text(&st.FamilyName), text(&st.GlobalID),
		by(func(xml.StartElement) { st.BirthDate = d.date() }),
		text(&st.Citizenship),
		by(func(xml.StartElement) { st.Gender = d.gender() }),
		text(&st.Email))
}

func (d *dec) languageSkill(l *LanguageSkill) {
	d.fields(languageSkillSeq, trimmed(&l.Language), text(&l.CEFRLevel))
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
			l := alloc[ComponentList](d)
			d.components(l)
			*[...]**ComponentList{&v.Studied, &v.Recognized, &v.Virtual, &v.Blended, &v.Doctoral}[i] = l
		case 5:
			d.signature(&v.StudentSignature)
		case 6:
			d.signature(&v.SendingHEISignature)
		case 7:
			v.ReceivingHEISignature = alloc[Signature](d)
			d.signature(v.ReceivingHEISignature)
		case 8:
			*student = alloc[Student](d)
			d.student(*student)
		}
	})
}

func (d *dec) components(l *ComponentList) {
	d.each(componentsSeq, func(_ int, se xml.StartElement) {
		c := grow(d, &l.Components)
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
	d.fields(componentSeq, text(&c.LosID), text(&c.LosCode), text(&c.Title), text(&c.LoiID),
		by(func(xml.StartElement) {
			c.TermID = alloc[TermID](d)
			d.fields(termIDSeq,
				by(func(xml.StartElement) { c.TermID.TermNumber = d.integer("xs:integer") }),
				by(func(xml.StartElement) { c.TermID.TotalTerms = d.integer("xs:integer") }))
		}),
		by(func(xml.StartElement) {
			cr := grow(d, &c.Credits)
			d.fields(creditSeq, text(&cr.Scheme), by(func(xml.StartElement) { cr.Value = d.decimal() }))
		}),
		text(&c.RecognitionConditions),
		text(&c.ShortDescription))
}

func (d *dec) signature(sig *Signature) {
	d.fields(signatureSeq, text(&sig.SignerName), text(&sig.SignerPosition), text(&sig.SignerEmail),
		by(func(xml.StartElement) { sig.Timestamp = value(d, "xs:dateTime", parseDateTime) }),
		text(&sig.SignerApp))
}

func (d *dec) lasUpdate(doc *LAsUpdateRequest) {
	d.fields(lasUpdateSeq, text(&doc.SendingHEIID),
		by(func(xml.StartElement) {
			a := alloc[ApproveLAProposal](d)
			doc.Approve = a
			d.fields(approveLASeq, text(&a.OMobilityID), text(&a.ChangesProposalID),
				by(func(xml.StartElement) { d.signature(&a.Signature) }))
		}),
		by(func(xml.StartElement) {
			c := alloc[CommentLAProposal](d)
			doc.Comment = c
			d.fields(commentLASeq, text(&c.OMobilityID), text(&c.ChangesProposalID), text(&c.Comment),
				by(func(xml.StartElement) { d.signature(&c.Signature) }))
		}))
}
