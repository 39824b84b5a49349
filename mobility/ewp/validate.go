package ewp

import (
	"strconv"
	"strings"
	"time"

	"github.com/auhl/auhl-go/auhl"
)

// Validate checks doc against what its schema requires and against the
// rules its schema's annotations state, and returns a finding for each
// deviation, in the order of the document: errors for what the schema
// says MUST (or MUST NOT) hold, warnings for what it says SHOULD. The
// document is valid when no finding is an error (HasErrors).
//
// For a learning agreement, Validate checks among other things that a
// first version or a proposal is given; that a version has a component
// list, and for a semester mobility (no blended or doctoral list) its
// studied and recognised tables; that blended and doctoral lists are not
// empty; that only recognised components carry recognition conditions;
// the short descriptions of virtual and blended components; that
// components of changes, and only those, have a change status, with a
// reason code that fits it; that a blended or doctoral mobility has no
// changes after its first version; that the signatures are given, with
// the signer's details for an institution, and dated in their order (the
// receiving institution after the student and the sending institution,
// changes after the approval of the version they change); and that the
// required dates are given and exist.
//
// Validate never fails and never panics; a nil document gives no finding.
func Validate(doc Document) []Finding {
	v := &validator{}
	switch d := doc.(type) {
	case *LAsGetResponse:
		if d != nil {
			v.src = SourceLAs
			validateItems(v, "/la", d.LAs, v.la)
		}
	case *LAsUpdateRequest:
		if d != nil {
			v.src = SourceLAsUpdate
			v.lasUpdate(d)
		}
	case *OMobilitiesGetResponse:
		if d != nil {
			v.src = SourceOMobilities
			validateItems(v, "/student-mobility", d.Mobilities, v.studentMobility)
		}
	case *OMobilitiesUpdateRequest:
		if d != nil {
			v.src = SourceOMobilitiesUpdate
			v.omobilitiesUpdate(d)
		}
	}
	return v.fs
}

// validateItems validates each item of a response, at path p and its
// index.
func validateItems[T any](v *validator, p string, list []T, validate func(string, *T)) {
	for i := range list {
		validate(auhl.Index(p, i), &list[i])
	}
}

type validator struct {
	fs  []Finding
	src auhl.Source
}

func (v *validator) add(path, code string, sev auhl.Severity, params auhl.Params) {
	v.fs = append(v.fs, Finding{
		Finding: auhl.Finding{Code: code, Severity: sev, Params: params, Source: v.src},
		Path:    path,
	})
}

func (v *validator) err(path, code string, params auhl.Params) {
	v.add(path, code, auhl.Error, params)
}

// req records that the value at path is required when s is empty, and
// reports whether s is given.
func (v *validator) req(path, s string) bool {
	if s == "" {
		v.err(path, auhl.CodeRequired, nil)
		return false
	}
	return true
}

// pattern records that s, when given, does not have the form of the EWP
// type typ.
func (v *validator) pattern(path, s, typ string, ok func(string) bool) {
	if s != "" && !ok(s) {
		v.err(path, CodePattern, auhl.Params{"value": auhl.Str(auhl.Clip(s)), "type": auhl.Str(typ)})
	}
}

func (v *validator) reqPattern(path, s, typ string, ok func(string) bool) {
	if v.req(path, s) {
		v.pattern(path, s, typ, ok)
	}
}

func (v *validator) eqf(path string, n int) {
	switch {
	case n == 0:
		v.err(path, auhl.CodeRequired, nil)
	case n < 1 || n > 8:
		v.err(path, auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(n), "min": auhl.Int(1), "max": auhl.Int(8)})
	}
}

func (v *validator) gender(path string, g *Gender, required bool) {
	switch {
	case g == nil:
		if required {
			v.err(path, auhl.CodeRequired, nil)
		}
	case !g.Valid():
		v.err(path, auhl.CodeEnum, auhl.Params{"value": auhl.Str(strconv.Itoa(int(*g))), "allowed": auhl.Str("0, 1, 2, 9")})
	}
}

func (v *validator) date(path string, d Date, required bool) {
	switch {
	case d.IsZero():
		if required {
			v.err(path, auhl.CodeRequired, nil)
		}
	case !d.Valid():
		v.err(path, CodeFormat, auhl.Params{"value": auhl.Str(d.String()), "type": auhl.Str("xs:date")})
	}
}

func enum[T ~string](v *validator, path string, s T, valid bool, allowed []string) {
	if v.req(path, string(s)) && !valid {
		v.err(path, auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(s))), "allowed": auhl.Str(strings.Join(allowed, ", "))})
	}
}

// la checks one learning agreement at path p.
func (v *validator) la(p string, la *LearningAgreement) {
	v.reqPattern(p+"/omobility-id", la.OMobilityID, "ewp:AsciiPrintableIdentifier", isASCIIID)
	v.institution(p+"/sending-hei", &la.SendingHEI, true)
	v.institution(p+"/receiving-hei", &la.ReceivingHEI, false)
	v.reqPattern(p+"/receiving-academic-year-id", la.ReceivingAcademicYearID, "trm:AcademicYearId", isAcademicYearID)
	v.student(p+"/student", &la.Student, true)
	v.planned(p, "start", la.Start)
	v.planned(p, "end", la.End)
	v.eqf(p+"/eqf-level-studied-at-departure", la.EQFLevel)
	v.req(p+"/isced-f-code", la.ISCEDFCode)
	v.reqPattern(p+"/student-language-skill/language", la.LanguageSkill.Language, "xs:language", isLanguage)
	v.reqPattern(p+"/student-language-skill/cefr-level", la.LanguageSkill.CEFRLevel, "ewp:CefrLevel", isCEFR)
	v.pattern(p+"/learning-outcomes-url", la.LearningOutcomesURL, "ewp:HTTP", isHTTP)
	v.pattern(p+"/provisions-url", la.ProvisionsURL, "ewp:HTTP", isHTTP)

	fv, ac, cp := la.FirstVersion, la.ApprovedChanges, la.ChangesProposal
	if fv == nil && cp == nil {
		v.err(p, CodeVersionMissing, nil)
	}
	if ac != nil && fv == nil {
		v.err(p+"/approved-changes", CodeChangesWithoutFirstVersion, nil)
	}
	if fv != nil && (fv.Blended != nil || fv.Doctoral != nil) {
		if ac != nil {
			v.err(p+"/approved-changes", CodeChangesNotAllowed, nil)
		}
		if cp != nil {
			v.err(p+"/changes-proposal", CodeChangesNotAllowed, nil)
		}
	}
	// approved is the latest approval a later version must follow.
	var approved stamp
	if fv != nil {
		v.version(p+"/first-version", fv, false, true, stamp{})
		if fv.ReceivingHEISignature != nil {
			approved = stamp{fv.ReceivingHEISignature.Timestamp, p + "/first-version/receiving-hei-signature/timestamp"}
		}
	}
	if ac != nil {
		v.version(p+"/approved-changes", ac, true, true, approved)
		if ac.ReceivingHEISignature != nil {
			approved = stamp{ac.ReceivingHEISignature.Timestamp, p + "/approved-changes/receiving-hei-signature/timestamp"}
		}
	}
	if cp != nil {
		pp := p + "/changes-proposal"
		v.req(pp+"/@id", cp.ID)
		v.version(pp, &cp.ComponentLists, fv != nil, false, approved)
		if cp.Student != nil {
			v.student(pp+"/student", cp.Student, false)
		}
	}
}

func (v *validator) planned(p, prefix string, d PlannedDate) {
	name, typ := p+"/"+prefix+"-date", "xs:date"
	if !d.IsZero() && !d.HasDay() {
		name, typ = p+"/"+prefix+"-year-month", "xs:gYearMonth"
	}
	switch {
	case d.IsZero():
		v.err(name, auhl.CodeRequired, nil)
	case !d.Valid():
		v.err(name, CodeFormat, auhl.Params{"value": auhl.Str(d.String()), "type": auhl.Str(typ)})
	}
}

func (v *validator) institution(p string, h *MobilityInstitution, sending bool) {
	v.req(p+"/hei-id", h.HEIID)
	if sending {
		v.req(p+"/ounit-name", h.OUnitName)
	}
	v.pattern(p+"/ounit-id", h.OUnitID, "ewp:AsciiPrintableIdentifier", isASCIIID)
	c := &h.ContactPerson
	cp := p + "/contact-person"
	v.req(cp+"/given-names", c.GivenNames)
	v.req(cp+"/family-name", c.FamilyName)
	v.reqPattern(cp+"/email", c.Email, "ewp:Email", isEmail)
	if c.Phone != nil {
		v.pattern(cp+"/phone-number/e164", c.Phone.E164, "p:PhoneNumber/e164", isE164)
	}
}

// student checks an LA's student; required is false in a changes
// proposal, where only changed fields are given.
func (v *validator) student(p string, s *Student, required bool) {
	check := v.pattern
	if required {
		check = v.reqPattern
		v.req(p+"/given-names", s.GivenNames)
		v.req(p+"/family-name", s.FamilyName)
		v.req(p+"/global-id", s.GlobalID)
	}
	v.date(p+"/birth-date", s.BirthDate, required)
	check(p+"/citizenship", s.Citizenship, "ewp:CountryCode", isCountry)
	v.gender(p+"/gender", s.Gender, required)
	check(p+"/email", s.Email, "ewp:Email", isEmail)
}

// stamp is a signature's time with the path of its timestamp.
type stamp struct {
	t    time.Time
	path string
}

// version checks a ListOf_Components at p. change is true when its
// components are changes to the first version; approved is true when the
// receiving institution's signature is required (outside a proposal);
// after is the approval the version's signatures must follow.
func (v *validator) version(p string, c *ComponentLists, change, approved bool, after stamp) {
	ls := c.Lists()
	if !change {
		n := 0
		for _, l := range ls {
			if l.List != nil {
				n++
			}
		}
		switch {
		case n == 0:
			v.err(p, CodeNoComponentList, nil)
		case c.Blended == nil && c.Doctoral == nil:
			for _, name := range []List{ListStudied, ListRecognized} {
				if l := ls[listIndex(name)]; l.List == nil {
					v.err(p, CodeListMissing, auhl.Params{"list": auhl.Str(string(name))})
				}
			}
		}
	}
	for _, l := range ls {
		if l.List != nil {
			v.list(p+"/"+string(l.Name), l.Name, l.List, change)
		}
	}
	v.signatures(p, c, approved, after)
}

func listIndex(l List) int {
	for i, x := range lists {
		if x == l {
			return i
		}
	}
	return -1
}

func (v *validator) list(p string, name List, l *ComponentList, change bool) {
	params := auhl.Params{"list": auhl.Str(string(name))}
	if len(l.Components) == 0 && (name == ListBlended || name == ListDoctoral) {
		v.err(p, CodeListEmpty, params)
	}
	described := false
	for j := range l.Components {
		c := &l.Components[j]
		cp := auhl.Index(p+"/component", j)
		v.req(cp+"/title", c.Title)
		v.pattern(cp+"/los-id", c.LosID, "course:LosID", isLosID)
		v.pattern(cp+"/loi-id", c.LoiID, "course:LoiID", isLoiID)
		switch {
		case c.TermID == nil && (name == ListStudied || name == ListRecognized):
			v.err(cp+"/term-id", auhl.CodeRequired, nil)
		case c.TermID != nil && c.TermID.TermNumber > c.TermID.TotalTerms:
			v.err(cp+"/term-id", CodeTermNumber, auhl.Params{
				"number": auhl.Int(int(c.TermID.TermNumber)), "total": auhl.Int(int(c.TermID.TotalTerms)),
			})
		}
		for k := range c.Credits {
			v.req(auhl.Index(cp+"/credit", k)+"/scheme", c.Credits[k].Scheme)
		}
		if c.RecognitionConditions != "" && name != ListRecognized {
			v.err(cp+"/recognition-conditions", CodeRecognitionConditions, params)
		}
		described = described || c.ShortDescription != ""
		switch {
		case name == ListVirtual && c.ShortDescription == "":
			v.err(cp+"/short-description", CodeShortDescriptionMissing, params)
		case (name == ListStudied || name == ListRecognized) && c.ShortDescription != "":
			v.err(cp+"/short-description", CodeShortDescriptionNotAllowed, params)
		}
		v.change(cp, c, change)
	}
	if name == ListBlended && len(l.Components) > 0 && !described {
		v.err(p, CodeShortDescriptionMissing, params)
	}
}

// change checks the change attributes of component c at p.
func (v *validator) change(p string, c *Component, change bool) {
	switch {
	case !change && c.Status != "":
		v.err(p+"/@status", CodeStatusNotAllowed, auhl.Params{"status": auhl.Str(auhl.Clip(string(c.Status)))})
	case change && c.Status == "":
		v.err(p+"/@status", CodeStatusMissing, nil)
	case change && !c.Status.Valid():
		enum(v, p+"/@status", c.Status, false, c.Status.Enum())
	}
	switch {
	case c.ReasonCode == "":
	case !c.ReasonCode.Valid():
		enum(v, p+"/@reason-code", c.ReasonCode, false, c.ReasonCode.Enum())
	case c.Status.Valid() && !c.ReasonCode.Fits(c.Status):
		v.err(p+"/@reason-code", CodeReasonMismatch, auhl.Params{
			"reason": auhl.Str(string(c.ReasonCode)), "status": auhl.Str(string(c.Status)),
		})
	}
	if change && c.Status.Valid() && c.ReasonCode == "" && c.ReasonText == "" {
		v.add(p, CodeReasonMissing, auhl.Warning, nil)
	}
}

// signatures checks the three signatures of a version at p.
func (v *validator) signatures(p string, c *ComponentLists, approved bool, after stamp) {
	sp := p + "/student-signature"
	v.timestamp(sp+"/timestamp", c.StudentSignature.Timestamp)
	if s := &c.StudentSignature; s.SignerName != "" || s.SignerPosition != "" || s.SignerEmail != "" {
		v.add(sp, CodeStudentSignerDetails, auhl.Warning, nil)
	}
	v.heiSignature(p+"/sending-hei-signature", &c.SendingHEISignature)
	stamps := []stamp{
		{c.StudentSignature.Timestamp, sp + "/timestamp"},
		{c.SendingHEISignature.Timestamp, p + "/sending-hei-signature/timestamp"},
	}
	rp := p + "/receiving-hei-signature"
	if c.ReceivingHEISignature == nil {
		if approved {
			v.err(rp, auhl.CodeRequired, nil)
		}
	} else {
		v.heiSignature(rp, c.ReceivingHEISignature)
		r := stamp{c.ReceivingHEISignature.Timestamp, rp + "/timestamp"}
		for _, s := range stamps {
			v.order(r, s)
		}
		stamps = append(stamps, r)
	}
	for _, s := range stamps {
		v.order(s, after)
	}
}

// order records that s is dated before after, which it must follow.
// Missing times are not compared.
func (v *validator) order(s, after stamp) {
	if s.t.IsZero() || after.t.IsZero() || !s.t.Before(after.t) {
		return
	}
	v.err(s.path, CodeSignatureOrder, auhl.Params{"signature": auhl.Str(s.path), "after": auhl.Str(after.path)})
}

// heiSignature checks an institution's signature at p: signer's name,
// position and e-mail address and the time are required.
func (v *validator) heiSignature(p string, s *Signature) {
	v.req(p+"/signer-name", s.SignerName)
	v.req(p+"/signer-position", s.SignerPosition)
	v.req(p+"/signer-email", s.SignerEmail)
	v.timestamp(p+"/timestamp", s.Timestamp)
}

func (v *validator) timestamp(p string, t time.Time) {
	switch {
	case t.IsZero():
		v.err(p, auhl.CodeRequired, nil)
	case t.Year() < 1 || t.Year() > 9999:
		v.err(p, CodeFormat, auhl.Params{"value": auhl.Str(t.Format(time.RFC3339Nano)), "type": auhl.Str("xs:dateTime")})
	}
}

// action checks that an update request holds exactly one action.
func (v *validator) action(actions ...bool) {
	n := 0
	for _, a := range actions {
		if a {
			n++
		}
	}
	if n != 1 {
		v.err("", CodeUpdateAction, auhl.Params{"count": auhl.Int(n)})
	}
}

func (v *validator) lasUpdate(d *LAsUpdateRequest) {
	v.reqPattern("/sending-hei-id", d.SendingHEIID, "ewp:AsciiPrintableIdentifier", isASCIIID)
	v.action(d.Approve != nil, d.Comment != nil)
	if a := d.Approve; a != nil {
		v.reqPattern("/approve-proposal-v1/omobility-id", a.OMobilityID, "ewp:AsciiPrintableIdentifier", isASCIIID)
		v.req("/approve-proposal-v1/changes-proposal-id", a.ChangesProposalID)
		v.heiSignature("/approve-proposal-v1/signature", &a.Signature)
	}
	if c := d.Comment; c != nil {
		v.reqPattern("/comment-proposal-v1/omobility-id", c.OMobilityID, "ewp:AsciiPrintableIdentifier", isASCIIID)
		v.req("/comment-proposal-v1/changes-proposal-id", c.ChangesProposalID)
		v.req("/comment-proposal-v1/comment", c.Comment)
		v.heiSignature("/comment-proposal-v1/signature", &c.Signature)
	}
}

func (v *validator) studentMobility(p string, m *StudentMobility) {
	v.reqPattern(p+"/omobility-id", m.OMobilityID, "ewp:AsciiPrintableIdentifier", isASCIIID)
	s := &m.Student
	sp := p + "/student"
	v.langStrings(sp+"/given-names", s.GivenNames)
	v.langStrings(sp+"/family-name", s.FamilyName)
	v.req(sp+"/global-id", s.GlobalID)
	v.date(sp+"/birth-date", s.BirthDate, true)
	v.reqPattern(sp+"/nationality", s.Nationality, "ewp:CountryCode", isCountry)
	v.gender(sp+"/gender", s.Gender, true)
	v.reqPattern(sp+"/email", s.Email, "ewp:Email", isEmail)

	n := &m.Nomination
	np := p + "/nomination"
	v.req(np+"/@proposal-id", n.ProposalID)
	v.nominationHEI(np+"/sending-hei", &n.SendingHEI)
	v.nominationHEI(np+"/receiving-hei", &n.ReceivingHEI)
	if n.SendingHEI.IIAID != "" && n.ReceivingHEI.IIAID == "" {
		v.err(np+"/receiving-hei/iia-id", CodeReceivingIIAMissing, nil)
	}
	if (n.SendingAcademicTermID != "") == n.NonStandardPeriod {
		v.err(np, CodePeriodChoice, nil)
	}
	tp := np + "/sending-academic-term-ewp-id"
	v.pattern(tp, n.SendingAcademicTermID, "trm:EwpAcademicTermId", isEwpTermID)
	if isEwpTermID(n.SendingAcademicTermID) {
		num, total := int(n.SendingAcademicTermID[10]-'0'), int(n.SendingAcademicTermID[12]-'0')
		if num > total {
			v.err(tp, CodeTermNumber, auhl.Params{"number": auhl.Int(num), "total": auhl.Int(total)})
		}
	}
	v.reqPattern(np+"/receiving-academic-year-id", n.ReceivingAcademicYearID, "trm:AcademicYearId", isAcademicYearID)
	enum(v, np+"/activity-type", n.ActivityType, n.ActivityType.Valid(), n.ActivityType.Enum())
	enum(v, np+"/activity-attributes", n.ActivityAttributes, n.ActivityAttributes.Valid(), n.ActivityAttributes.Enum())
	v.reqPattern(np+"/agreement-isced-f-code", n.AgreementISCEDFCode, "Isced", isISCED)
	v.eqf(np+"/eqf-level-studied-at-departure", n.EQFLevel)
	v.reqPattern(np+"/nominee-isced-f-code", n.NomineeISCEDFCode, "Isced", isISCED)
	enum(v, p+"/status", m.Status, m.Status.Valid(), m.Status.Enum())
}

func (v *validator) langStrings(p string, vs []LangString) {
	if len(vs) == 0 {
		v.err(p, auhl.CodeRequired, nil)
	}
	for i, s := range vs {
		ip := auhl.Index(p, i)
		v.req(ip, s.Value)
		v.pattern(ip+"/@xml:lang", s.Lang, "xs:language", isLanguage)
	}
}

func (v *validator) nominationHEI(p string, h *NominationHEI) {
	v.req(p+"/hei-id", h.HEIID)
	v.pattern(p+"/ounit-id", h.OUnitID, "ewp:AsciiPrintableIdentifier", isASCIIID)
	v.pattern(p+"/iia-id", h.IIAID, "ewp:AsciiPrintableIdentifier", isASCIIID)
}

func (v *validator) omobilitiesUpdate(d *OMobilitiesUpdateRequest) {
	v.action(d.Approve != nil, d.Reject != nil)
	if a := d.Approve; a != nil {
		v.reqPattern("/approve-proposal-v1/omobility-id", a.OMobilityID, "ewp:AsciiPrintableIdentifier", isASCIIID)
		v.req("/approve-proposal-v1/proposal-id", a.ProposalID)
	}
	if r := d.Reject; r != nil {
		v.reqPattern("/reject-proposal-v1/omobility-id", r.OMobilityID, "ewp:AsciiPrintableIdentifier", isASCIIID)
		v.req("/reject-proposal-v1/proposal-id", r.ProposalID)
		v.req("/reject-proposal-v1/comment", r.Comment)
	}
}
