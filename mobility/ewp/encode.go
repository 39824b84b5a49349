package ewp

import (
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// Marshal writes doc as an XML document of its kind: UTF-8, with an XML
// declaration, indented by two spaces, every element in the namespace of
// its schema. It first runs Validate and refuses a document with a
// finding of severity auhl.Error, returning those findings as a
// *auhl.ValidationError: what Marshal writes is valid against the
// official schema.
//
// Text is written exactly, except for characters that XML 1.0 cannot
// carry (control characters other than tab and line ends, and invalid
// UTF-8), which become U+FFFD.
func Marshal(doc Document) ([]byte, error) {
	if isNil(doc) {
		return nil, errors.New("ewp: Marshal of a nil document")
	}
	if err := Err(Validate(doc)); err != nil {
		return nil, err
	}
	e := enc{indent: true, b: make([]byte, 0, 4096)}
	e.b = append(e.b, `<?xml version="1.0" encoding="UTF-8"?>`...)
	e.document(doc)
	e.b = append(e.b, '\n')
	return e.b, nil
}

// Encode writes doc to w as Marshal does.
func Encode(w io.Writer, doc Document) error {
	b, err := Marshal(doc)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func isNil(doc Document) bool {
	switch d := doc.(type) {
	case *LAsGetResponse:
		return d == nil
	case *LAsUpdateRequest:
		return d == nil
	case *OMobilitiesGetResponse:
		return d == nil
	case *OMobilitiesUpdateRequest:
		return d == nil
	}
	return true
}

// enc writes XML into b.
type enc struct {
	b      []byte
	indent bool
	// canonical writes the characters XML cannot carry as escapes that
	// no other text produces, so that the output is injective; it is
	// hashed, never parsed.
	canonical bool
	level     int
	// open is true right after a start tag, so that an element without
	// content is written as <name/>.
	open bool
}

func (e *enc) nl() {
	e.open = false
	if !e.indent {
		return
	}
	e.b = append(e.b, '\n')
	for range e.level {
		e.b = append(e.b, ' ', ' ')
	}
}

// start writes a start tag with attributes given as name, value pairs;
// pairs with an empty value are left out.
func (e *enc) start(name string, attrs ...string) {
	e.nl()
	e.b = append(e.b, '<')
	e.b = append(e.b, name...)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] == "" {
			continue
		}
		e.b = append(e.b, ' ')
		e.b = append(e.b, attrs[i]...)
		e.b = append(e.b, '=', '"')
		e.b = e.escape(e.b, attrs[i+1], true)
		e.b = append(e.b, '"')
	}
	e.b = append(e.b, '>')
	e.level++
	e.open = true
}

func (e *enc) end(name string) {
	e.level--
	if e.open {
		e.b[len(e.b)-1] = '/'
		e.b = append(e.b, '>')
		e.open = false
		return
	}
	e.nl()
	e.b = append(e.b, '<', '/')
	e.b = append(e.b, name...)
	e.b = append(e.b, '>')
}

// str writes a simple element with text v, nothing when v is empty.
func (e *enc) str(name, v string) {
	if v == "" {
		return
	}
	e.leafStart(name)
	e.b = e.escape(e.b, v, false)
	e.leafEnd(name)
}

func (e *enc) leafStart(name string) {
	e.nl()
	e.b = append(e.b, '<')
	e.b = append(e.b, name...)
	e.b = append(e.b, '>')
}

func (e *enc) leafEnd(name string) {
	e.b = append(e.b, '<', '/')
	e.b = append(e.b, name...)
	e.b = append(e.b, '>')
}

func (e *enc) int(name string, v int64) {
	e.leafStart(name)
	e.b = strconv.AppendInt(e.b, v, 10)
	e.leafEnd(name)
}

// escape appends s as XML text (or an attribute value when attr).
func (e *enc) escape(b []byte, s string, attr bool) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '<' && c != '>' && c != '&' && c != '"' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		var rep string
		switch {
		case c == '<':
			rep = "&lt;"
		case c == '>':
			rep = "&gt;"
		case c == '&':
			rep = "&amp;"
		case c == '"':
			rep = "&quot;"
		case c == '\r':
			rep = "&#xD;"
		case c == '\n' && attr:
			rep = "&#xA;"
		case c == '\t' && attr:
			rep = "&#x9;"
		case c == '\n' || c == '\t':
			i++
			continue
		case r == utf8.RuneError && size == 1:
			if e.canonical {
				rep = "&!" + strconv.FormatUint(uint64(c), 16) + ";"
			} else {
				rep = "\uFFFD"
			}
		case isXMLChar(r):
			i += size
			continue
		default:
			if e.canonical {
				rep = "&#x" + strconv.FormatUint(uint64(r), 16) + ";"
			} else {
				rep = "\uFFFD"
			}
		}
		b = append(b, s[last:i]...)
		b = append(b, rep...)
		i += size
		last = i
	}
	return append(b, s[last:]...)
}

// isXMLChar reports whether r is a character of XML 1.0.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

func (e *enc) document(doc Document) {
	switch d := doc.(type) {
	case *LAsGetResponse:
		e.start("omobility-las-get-response", "xmlns", nsL, "xmlns:trm", nsTrm, "xmlns:p", nsP)
		for i := range d.LAs {
			e.la(&d.LAs[i])
		}
		e.end("omobility-las-get-response")
	case *LAsUpdateRequest:
		e.start("omobility-las-update-request", "xmlns", nsLU, "xmlns:la", nsL)
		e.lasUpdate(d)
		e.end("omobility-las-update-request")
	case *OMobilitiesGetResponse:
		e.start("omobilities-get-response", "xmlns", nsG)
		for i := range d.Mobilities {
			e.studentMobility(&d.Mobilities[i])
		}
		e.end("omobilities-get-response")
	case *OMobilitiesUpdateRequest:
		e.start("omobilities-update-request", "xmlns", nsGU)
		e.omobilitiesUpdate(d)
		e.end("omobilities-update-request")
	}
}

func (e *enc) la(la *LearningAgreement) {
	e.start("la")
	e.str("omobility-id", la.OMobilityID)
	e.institution("sending-hei", &la.SendingHEI)
	e.institution("receiving-hei", &la.ReceivingHEI)
	e.str("receiving-academic-year-id", la.ReceivingAcademicYearID)
	e.student(&la.Student)
	e.planned("start", la.Start)
	e.planned("end", la.End)
	e.int("eqf-level-studied-at-departure", int64(la.EQFLevel))
	e.str("isced-f-code", la.ISCEDFCode)
	e.str("isced-clarification", la.ISCEDClarification)
	e.start("student-language-skill")
	e.str("language", la.LanguageSkill.Language)
	e.str("cefr-level", la.LanguageSkill.CEFRLevel)
	e.end("student-language-skill")
	if la.FirstVersion != nil {
		e.start("first-version")
		e.lists(la.FirstVersion)
		e.end("first-version")
	}
	if la.ApprovedChanges != nil {
		e.start("approved-changes")
		e.lists(la.ApprovedChanges)
		e.end("approved-changes")
	}
	if p := la.ChangesProposal; p != nil {
		e.changesProposal(p, p.ID)
	}
	e.str("learning-outcomes-url", la.LearningOutcomesURL)
	e.str("provisions-url", la.ProvisionsURL)
	e.end("la")
}

func (e *enc) changesProposal(p *ChangesProposal, id string) {
	e.start("changes-proposal", "id", id)
	e.lists(&p.ComponentLists)
	if p.Student != nil {
		e.student(p.Student)
	}
	e.end("changes-proposal")
}

func (e *enc) planned(prefix string, p PlannedDate) {
	if p.IsZero() {
		return
	}
	name := prefix + "-year-month"
	if p.HasDay() {
		name = prefix + "-date"
	}
	e.leafStart(name)
	e.b = p.appendTo(e.b)
	e.leafEnd(name)
}

func (e *enc) institution(name string, h *MobilityInstitution) {
	e.start(name)
	e.str("hei-id", h.HEIID)
	e.str("ounit-name", h.OUnitName)
	e.str("ounit-id", h.OUnitID)
	c := &h.ContactPerson
	e.start("contact-person")
	e.str("given-names", c.GivenNames)
	e.str("family-name", c.FamilyName)
	e.str("email", c.Email)
	if c.Phone != nil {
		e.start("p:phone-number")
		e.str("p:e164", c.Phone.E164)
		e.str("p:ext", c.Phone.Ext)
		e.str("p:other-format", c.Phone.OtherFormat)
		e.end("p:phone-number")
	}
	e.end("contact-person")
	e.end(name)
}

func (e *enc) student(s *Student) {
	e.start("student")
	e.str("given-names", s.GivenNames)
	e.str("family-name", s.FamilyName)
	e.person(s.GlobalID, s.BirthDate, "citizenship", s.Citizenship, s.Gender, s.Email)
	e.end("student")
}

// person writes what the students of both APIs share after their names:
// the global id, the birth date, the country (citizenship or nationality,
// as country names it), the gender and the email.
func (e *enc) person(globalID string, birth Date, country, code string, gender *Gender, email string) {
	e.str("global-id", globalID)
	e.date("birth-date", birth)
	e.str(country, code)
	if gender != nil {
		e.int("gender", int64(*gender))
	}
	e.str("email", email)
}

func (e *enc) date(name string, d Date) {
	if d.IsZero() {
		return
	}
	e.leafStart(name)
	e.b = d.appendTo(e.b)
	e.leafEnd(name)
}

func (e *enc) lists(v *ComponentLists) {
	for _, l := range v.Lists() {
		if l.List == nil {
			continue
		}
		e.start(string(l.Name))
		for i := range l.List.Components {
			e.component(&l.List.Components[i])
		}
		e.end(string(l.Name))
	}
	e.signature("student-signature", "", &v.StudentSignature)
	e.signature("sending-hei-signature", "", &v.SendingHEISignature)
	if v.ReceivingHEISignature != nil {
		e.signature("receiving-hei-signature", "", v.ReceivingHEISignature)
	}
}

func (e *enc) component(c *Component) {
	e.start("component", "status", string(c.Status), "reason-code", string(c.ReasonCode), "reason-text", c.ReasonText)
	e.str("los-id", c.LosID)
	e.str("los-code", c.LosCode)
	e.str("title", c.Title)
	e.str("loi-id", c.LoiID)
	if c.TermID != nil {
		e.start("term-id")
		e.int("trm:term-number", c.TermID.TermNumber)
		e.int("trm:total-terms", c.TermID.TotalTerms)
		e.end("term-id")
	}
	for _, cr := range c.Credits {
		e.start("credit")
		e.str("scheme", cr.Scheme)
		e.leafStart("value")
		e.b = cr.Value.appendTo(e.b)
		e.leafEnd("value")
		e.end("credit")
	}
	e.str("recognition-conditions", c.RecognitionConditions)
	e.str("short-description", c.ShortDescription)
	e.end("component")
}

// signature writes a Signature; prefix is the prefix of its children's
// namespace, "" for the default one.
func (e *enc) signature(name, prefix string, s *Signature) {
	e.start(name)
	e.str(prefix+"signer-name", s.SignerName)
	e.str(prefix+"signer-position", s.SignerPosition)
	e.str(prefix+"signer-email", s.SignerEmail)
	if !s.Timestamp.IsZero() {
		e.leafStart(prefix + "timestamp")
		e.b = appendDateTime(e.b, s.Timestamp)
		e.leafEnd(prefix + "timestamp")
	}
	e.str(prefix+"signer-app", s.SignerApp)
	e.end(name)
}

func (e *enc) lasUpdate(d *LAsUpdateRequest) {
	e.str("sending-hei-id", d.SendingHEIID)
	if a := d.Approve; a != nil {
		e.start("approve-proposal-v1")
		e.str("omobility-id", a.OMobilityID)
		e.str("changes-proposal-id", a.ChangesProposalID)
		e.signature("signature", "la:", &a.Signature)
		e.end("approve-proposal-v1")
	}
	if c := d.Comment; c != nil {
		e.start("comment-proposal-v1")
		e.str("omobility-id", c.OMobilityID)
		e.str("changes-proposal-id", c.ChangesProposalID)
		e.str("comment", c.Comment)
		e.signature("signature", "la:", &c.Signature)
		e.end("comment-proposal-v1")
	}
}

func (e *enc) studentMobility(m *StudentMobility) {
	e.start("student-mobility")
	e.str("omobility-id", m.OMobilityID)
	s := &m.Student
	e.start("student")
	e.langStrings("given-names", s.GivenNames)
	e.langStrings("family-name", s.FamilyName)
	e.person(s.GlobalID, s.BirthDate, "nationality", s.Nationality, s.Gender, s.Email)
	e.end("student")
	e.nomination(&m.Nomination, m.Nomination.ProposalID)
	e.str("status", string(m.Status))
	e.end("student-mobility")
}

func (e *enc) langStrings(name string, vs []LangString) {
	for _, v := range vs {
		e.start(name, "xml:lang", v.Lang)
		e.b = e.escape(e.b, v.Value, false)
		e.open = false
		e.level--
		e.leafEnd(name)
	}
}

func (e *enc) nomination(n *Nomination, id string) {
	e.start("nomination", "proposal-id", id)
	e.nominationHEI("sending-hei", &n.SendingHEI)
	e.nominationHEI("receiving-hei", &n.ReceivingHEI)
	e.str("sending-academic-term-ewp-id", n.SendingAcademicTermID)
	if n.NonStandardPeriod {
		e.start("non-standard-mobility-period")
		e.end("non-standard-mobility-period")
	}
	e.str("receiving-academic-year-id", n.ReceivingAcademicYearID)
	e.str("activity-type", string(n.ActivityType))
	e.str("activity-attributes", string(n.ActivityAttributes))
	e.str("agreement-isced-f-code", n.AgreementISCEDFCode)
	e.int("eqf-level-studied-at-departure", int64(n.EQFLevel))
	e.str("nominee-isced-f-code", n.NomineeISCEDFCode)
	e.str("comment", n.Comment)
	e.end("nomination")
}

func (e *enc) nominationHEI(name string, h *NominationHEI) {
	e.start(name)
	e.str("hei-id", h.HEIID)
	e.str("ounit-id", h.OUnitID)
	e.str("iia-id", h.IIAID)
	e.end(name)
}

func (e *enc) omobilitiesUpdate(d *OMobilitiesUpdateRequest) {
	if a := d.Approve; a != nil {
		e.start("approve-proposal-v1")
		e.str("omobility-id", a.OMobilityID)
		e.str("proposal-id", a.ProposalID)
		e.end("approve-proposal-v1")
	}
	if r := d.Reject; r != nil {
		e.start("reject-proposal-v1")
		e.str("omobility-id", r.OMobilityID)
		e.str("proposal-id", r.ProposalID)
		e.str("comment", r.Comment)
		e.end("reject-proposal-v1")
	}
}
