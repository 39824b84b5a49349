package language

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/auhl/auhl-go/auhl"
	"github.com/auhl/auhl-go/auhl/catalog"
	"github.com/auhl/auhl-go/auhl/rules"
	"github.com/auhl/auhl-go/procedures/internal/enum"
)

// CEFR is a level of the Common European Framework of Reference for
// languages: "A1", "A2", "B1", "B2", "C1" or "C2".
type CEFR string

// The CEFR levels, lowest first.
const (
	// A1 is the breakthrough level.
	A1 CEFR = "A1"
	// A2 is the waystage level.
	A2 CEFR = "A2"
	// B1 is the threshold level (a graduaat).
	B1 CEFR = "B1"
	// B2 is the vantage level (a bachelor or master).
	B2 CEFR = "B2"
	// C1 is the effective operational proficiency level (an educatieve
	// master).
	C1 CEFR = "C1"
	// C2 is the mastery level.
	C2 CEFR = "C2"
)

var cefrLevels = []CEFR{A1, A2, B1, B2, C1, C2}

// Enum lists every valid CEFR level, lowest first.
func (CEFR) Enum() []string { return auhl.Strings(cefrLevels) }

// Valid reports whether c is a CEFR level.
func (c CEFR) Valid() bool { return slices.Contains(cefrLevels, c) }

// UnmarshalText accepts only a CEFR level.
func (c *CEFR) UnmarshalText(b []byte) error { return enum.Unmarshal(c, b, cefrLevels) }

// AtLeast reports whether c is level o or higher. An invalid level is
// never at least anything, and nothing is at least an invalid level.
func (c CEFR) AtLeast(o CEFR) bool {
	i, j := slices.Index(cefrLevels, c), slices.Index(cefrLevels, o)
	return i >= 0 && j >= 0 && i >= j
}

// ProgrammeKind is a kind of programme as the Dutch-language condition
// distinguishes it. Its JSON encoding is the identifier of each constant.
type ProgrammeKind string

// The kinds of programme.
const (
	// KindGraduaat is a graduaat (HBO5).
	KindGraduaat ProgrammeKind = "graduaat"
	// KindBachelor is a professional or academic bachelor.
	KindBachelor ProgrammeKind = "bachelor"
	// KindMaster is a master that is not an educatieve master.
	KindMaster ProgrammeKind = "master"
	// KindEducatieveMaster is an educatieve master (teacher-training
	// master).
	KindEducatieveMaster ProgrammeKind = "educatieve-master"
	// KindBridging is a schakelprogramma (bridging programme).
	KindBridging ProgrammeKind = "bridging"
	// KindPreparatory is a voorbereidingsprogramma (preparatory programme).
	KindPreparatory ProgrammeKind = "preparatory"
	// KindAdvanced is an advanced bachelor or master (banaba, manama) or a
	// postgraduate.
	KindAdvanced ProgrammeKind = "advanced"
)

var programmeKinds = []ProgrammeKind{KindGraduaat, KindBachelor, KindMaster, KindEducatieveMaster, KindBridging, KindPreparatory, KindAdvanced}

// Enum lists every valid ProgrammeKind.
func (ProgrammeKind) Enum() []string { return auhl.Strings(programmeKinds) }

// Valid reports whether k is a known kind.
func (k ProgrammeKind) Valid() bool { return slices.Contains(programmeKinds, k) }

// UnmarshalText accepts only a known kind.
func (k *ProgrammeKind) UnmarshalText(b []byte) error { return enum.Unmarshal(k, b, programmeKinds) }

// KindOf returns the kind of programme p: its level, and an educatieve
// master for a master whose Dutch name starts with "Educatieve master"
// (in any case). It returns "" for an unknown level.
func KindOf(p catalog.Programme) ProgrammeKind {
	switch p.Level {
	case auhl.Graduaat:
		return KindGraduaat
	case auhl.ProfessionalBachelor, auhl.AcademicBachelor:
		return KindBachelor
	case auhl.Master:
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.Name.NL)), "educatieve master") {
			return KindEducatieveMaster
		}
		return KindMaster
	case auhl.Bridging:
		return KindBridging
	case auhl.Preparatory:
		return KindPreparatory
	case auhl.Advanced:
		return KindAdvanced
	}
	return ""
}

// ProofKind is a kind of language proof. Its JSON encoding is the
// identifier of each constant.
type ProofKind string

// The kinds of proof.
const (
	// ProofSecondaryYearDutch: at least one school year of Dutch-language
	// secondary education completed successfully (an exemption).
	ProofSecondaryYearDutch ProofKind = "secondary-year-dutch"
	// ProofHigherEducation60Dutch: at least 60 credits passed in
	// Dutch-language higher education (an exemption).
	ProofHigherEducation60Dutch ProofKind = "higher-education-60-dutch"
	// ProofAUHLPartnerCertificate: a Dutch-language certificate issued by
	// an AUHL partner (an exemption).
	ProofAUHLPartnerCertificate ProofKind = "auhl-partner-certificate"
	// ProofCNaVTFORM: CNaVT Maatschappelijk Formeel (B1).
	ProofCNaVTFORM ProofKind = "cnavt-form"
	// ProofCNaVTSTRT: CNaVT Educatief Startbekwaam (B2).
	ProofCNaVTSTRT ProofKind = "cnavt-strt"
	// ProofCNaVTPROF: CNaVT Educatief Professioneel (C1).
	ProofCNaVTPROF ProofKind = "cnavt-prof"
	// ProofITNAB2: ITNA B2.
	ProofITNAB2 ProofKind = "itna-b2"
	// ProofITNAC1: ITNA C1.
	ProofITNAC1 ProofKind = "itna-c1"
	// ProofLanguageCentreB2: a B2 certificate of a university language
	// centre.
	ProofLanguageCentreB2 ProofKind = "language-centre-b2"
	// ProofNT2ProgrammaII: Staatsexamen NT2 Programma II (B2).
	ProofNT2ProgrammaII ProofKind = "nt2-programma-2"
	// ProofArtsTandartsExam: passing the toelatingsexamen arts/tandarts
	// (the medicine and dentistry entrance exam).
	ProofArtsTandartsExam ProofKind = "arts-tandarts-exam"
	// ProofAUHLLanguageTest: the AUHL language test (taaltest), at the level
	// passed.
	ProofAUHLLanguageTest ProofKind = "auhl-language-test"
	// ProofCertificate: another certificate, in the language and at the
	// CEFR level it states.
	ProofCertificate ProofKind = "certificate"
	// ProofCVOB2: a B2 certificate of a centrum voor volwassenenonderwijs
	// (adult education centre).
	ProofCVOB2 ProofKind = "cvo-b2"
	// ProofTOEFLiBT: TOEFL internet-based test, with its score.
	ProofTOEFLiBT ProofKind = "toefl-ibt"
	// ProofTOEFLPBT: TOEFL paper-based test, with its score.
	ProofTOEFLPBT ProofKind = "toefl-pbt"
	// ProofIELTS: IELTS, with its overall band score.
	ProofIELTS ProofKind = "ielts"
	// ProofCambridgeFCE: Cambridge First Certificate in English.
	ProofCambridgeFCE ProofKind = "cambridge-fce"
)

var proofKinds = []ProofKind{
	ProofSecondaryYearDutch, ProofHigherEducation60Dutch, ProofAUHLPartnerCertificate,
	ProofCNaVTFORM, ProofCNaVTSTRT, ProofCNaVTPROF, ProofITNAB2, ProofITNAC1,
	ProofLanguageCentreB2, ProofNT2ProgrammaII, ProofArtsTandartsExam, ProofAUHLLanguageTest,
	ProofCertificate, ProofCVOB2, ProofTOEFLiBT, ProofTOEFLPBT, ProofIELTS, ProofCambridgeFCE,
}

var scoredKinds = []ProofKind{ProofTOEFLiBT, ProofTOEFLPBT, ProofIELTS}

// Enum lists every valid ProofKind.
func (ProofKind) Enum() []string { return auhl.Strings(proofKinds) }

// Valid reports whether k is a known kind.
func (k ProofKind) Valid() bool { return slices.Contains(proofKinds, k) }

// UnmarshalText accepts only a known kind.
func (k *ProofKind) UnmarshalText(b []byte) error { return enum.Unmarshal(k, b, proofKinds) }

// scored reports whether the kind proves its level with a score.
func (k ProofKind) scored() bool { return slices.Contains(scoredKinds, k) }

// leveled reports whether the proof gives its own level.
func (k ProofKind) leveled() bool { return k == ProofCertificate || k == ProofAUHLLanguageTest }

// impliedLanguage is the language every kind but the generic certificate
// proves.
func (k ProofKind) impliedLanguage() auhl.Lang {
	switch k {
	case ProofCertificate, "":
		return ""
	case ProofTOEFLiBT, ProofTOEFLPBT, ProofIELTS, ProofCambridgeFCE:
		return auhl.English
	}
	return auhl.Dutch
}

// Name returns the name of the kind in Dutch and English.
func (k ProofKind) Name() auhl.Text {
	switch k {
	case ProofSecondaryYearDutch:
		return auhl.Text{NL: "een geslaagd schooljaar Nederlandstalig secundair onderwijs", EN: "a successful school year of Dutch-language secondary education"}
	case ProofHigherEducation60Dutch:
		return auhl.Text{NL: "60 studiepunten geslaagd in Nederlandstalig hoger onderwijs", EN: "60 credits passed in Dutch-language higher education"}
	case ProofAUHLPartnerCertificate:
		return auhl.Text{NL: "een Nederlandstalig studiebewijs van een AUHL-partner", EN: "a Dutch-language certificate of an AUHL partner"}
	case ProofCNaVTFORM:
		return auhl.Text{NL: "CNaVT Maatschappelijk Formeel (FORM)", EN: "CNaVT Maatschappelijk Formeel (FORM)"}
	case ProofCNaVTSTRT:
		return auhl.Text{NL: "CNaVT Educatief Startbekwaam (STRT)", EN: "CNaVT Educatief Startbekwaam (STRT)"}
	case ProofCNaVTPROF:
		return auhl.Text{NL: "CNaVT Educatief Professioneel (PROF)", EN: "CNaVT Educatief Professioneel (PROF)"}
	case ProofITNAB2:
		return auhl.Text{NL: "ITNA B2", EN: "ITNA B2"}
	case ProofITNAC1:
		return auhl.Text{NL: "ITNA C1", EN: "ITNA C1"}
	case ProofLanguageCentreB2:
		return auhl.Text{NL: "een B2-attest van een universitair talencentrum", EN: "a B2 certificate of a university language centre"}
	case ProofNT2ProgrammaII:
		return auhl.Text{NL: "Staatsexamen NT2 Programma II", EN: "Staatsexamen NT2 Programma II"}
	case ProofArtsTandartsExam:
		return auhl.Text{NL: "het toelatingsexamen arts/tandarts", EN: "the medicine and dentistry entrance exam (toelatingsexamen arts/tandarts)"}
	case ProofAUHLLanguageTest:
		return auhl.Text{NL: "de AUHL-taaltest", EN: "the AUHL language test"}
	case ProofCertificate:
		return auhl.Text{NL: "een taalcertificaat", EN: "a language certificate"}
	case ProofCVOB2:
		return auhl.Text{NL: "een B2-attest van een centrum voor volwassenenonderwijs (CVO)", EN: "a B2 certificate of an adult education centre (CVO)"}
	case ProofTOEFLiBT:
		return auhl.Text{NL: "TOEFL iBT", EN: "TOEFL iBT"}
	case ProofTOEFLPBT:
		return auhl.Text{NL: "TOEFL PBT", EN: "TOEFL PBT"}
	case ProofIELTS:
		return auhl.Text{NL: "IELTS", EN: "IELTS"}
	case ProofCambridgeFCE:
		return auhl.Text{NL: "Cambridge First Certificate (FCE)", EN: "Cambridge First Certificate (FCE)"}
	}
	return auhl.Text{NL: string(k), EN: string(k)}
}

// languageName returns the name of language l in Dutch and English.
func languageName(l auhl.Lang) auhl.Text {
	switch l {
	case auhl.Dutch:
		return auhl.Text{NL: "Nederlands", EN: "Dutch"}
	case auhl.English:
		return auhl.Text{NL: "Engels", EN: "English"}
	}
	return auhl.Text{NL: string(l), EN: string(l)}
}

// monthName returns the name of month m (1 to 12) in Dutch and English.
func monthName(m int) auhl.Text {
	nl := [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
	en := [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	if m < 1 || m > 12 {
		return auhl.Text{}
	}
	return auhl.Text{NL: nl[m-1], EN: en[m-1]}
}

// Proof is one language proof an applicant holds.
type Proof struct {
	// Kind is the kind of proof.
	Kind ProofKind `json:"kind"`
	// Language is the language of a generic certificate; for any other
	// kind it is implied and may be left out (if given, it must match).
	Language auhl.Lang `json:"language,omitempty"`
	// Level is the level of a generic certificate or of the AUHL test
	// passed; no other kind has one.
	Level CEFR `json:"level,omitempty"`
	// Score is the score of TOEFL iBT, TOEFL PBT or IELTS; no other kind
	// has one.
	Score float64 `json:"score,omitempty"`
	// Obtained is the academic year the proof was obtained.
	Obtained auhl.AcademicYear `json:"obtained,omitzero"`
	// ValidUntil is the last day of validity, where the certificate
	// carries one.
	ValidUntil auhl.Date `json:"validUntil,omitzero"`
}

// Proofs is a document listing an applicant's language proofs.
type Proofs struct {
	// Proofs are the proofs, at most MaxProofs.
	Proofs []Proof `json:"proofs"`
}

// MaxProofs is the most proofs a document may list.
const MaxProofs = 50

// MaxProofsBytes is the largest document DecodeProofs
// reads.
const MaxProofsBytes = 16 << 10

// Validate checks the document: at most MaxProofs proofs, each
// valid (see Proof.Validate). It returns a *auhl.ValidationError,
// or nil.
func (d Proofs) Validate() error { return d.check().Err() }

func (d *Proofs) check() *auhl.ValidationError {
	var ve auhl.ValidationError
	if len(d.Proofs) > MaxProofs {
		ve.Add("/proofs", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(d.Proofs)), "min": auhl.Int(0), "max": auhl.Int(MaxProofs)})
	}
	for i := range d.Proofs {
		d.Proofs[i].check(&ve, auhl.Index("/proofs", i))
	}
	return &ve
}

// Validate checks the proof on its own: a known kind; a language only
// where the kind does not imply one, or the one it implies, and required
// for a generic certificate; a level for a generic certificate and the
// AUHL test and for no other kind; a score above 0 (at most 1000) for
// TOEFL and IELTS and for no other kind; a validity date a real day. It
// returns a *auhl.ValidationError, or nil.
func (p Proof) Validate() error {
	var ve auhl.ValidationError
	p.check(&ve, "")
	return ve.Err()
}

func (p *Proof) check(ve *auhl.ValidationError, path string) {
	if p.Kind == "" {
		ve.Add(path+"/kind", auhl.CodeRequired, nil)
	} else if !p.Kind.Valid() {
		ve.Add(path+"/kind", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(p.Kind))), "allowed": auhl.Str(enum.Join(proofKinds))})
	}
	switch {
	case p.Language != "" && !p.Language.Valid():
		ve.Add(path+"/language", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(p.Language))), "allowed": auhl.Str(enum.Join(auhl.Langs()))})
	case p.Kind == ProofCertificate && p.Language == "":
		ve.Add(path+"/language", auhl.CodeRequired, nil)
	case p.Kind.Valid() && p.Kind != ProofCertificate && p.Language != "" && p.Language != p.Kind.impliedLanguage():
		ve.Add(path+"/language", CodeProofLanguage, auhl.Params{"language": auhl.Str(string(p.Language)), "kind": auhl.Str(string(p.Kind))})
	}
	switch {
	case p.Level != "" && !p.Level.Valid():
		ve.Add(path+"/level", auhl.CodeEnum, auhl.Params{"value": auhl.Str(auhl.Clip(string(p.Level))), "allowed": auhl.Str(enum.Join(cefrLevels))})
	case p.Kind.leveled() && p.Level == "":
		ve.Add(path+"/level", auhl.CodeRequired, nil)
	case p.Kind.Valid() && !p.Kind.leveled() && p.Level != "":
		ve.Add(path+"/level", CodeFieldNotAllowed, auhl.Params{"field": auhl.Str("level"), "kind": auhl.Str(string(p.Kind))})
	}
	switch {
	case p.Kind.scored() && (p.Score <= 0 || p.Score > maxScore || math.IsNaN(p.Score)):
		ve.Add(path+"/score", auhl.CodeNumberRange, auhl.Params{"value": auhl.Num(p.Score), "min": auhl.Int(0), "max": auhl.Int(maxScore)})
	case p.Kind.Valid() && !p.Kind.scored() && p.Score != 0:
		ve.Add(path+"/score", CodeFieldNotAllowed, auhl.Params{"field": auhl.Str("score"), "kind": auhl.Str(string(p.Kind))})
	}
}

// language returns the language the proof proves.
func (p Proof) language() auhl.Lang {
	if l := p.Kind.impliedLanguage(); l != "" {
		return l
	}
	return p.Language
}

// Need is a language requirement of a first enrolment: a language
// at a level, and what it rests on.
type Need struct {
	// Language is the language.
	Language auhl.Lang `json:"language"`
	// Level is the level required.
	Level CEFR `json:"level"`
	// Kind is the kind of programme, for a Dutch need.
	Kind ProgrammeKind `json:"kind,omitempty"`
	// Programme is the catalogue id of the programme.
	Programme string `json:"programme,omitempty"`
	// Source is the rule the level rests on.
	Source auhl.Source `json:"source,omitzero"`
	// Unconfirmed marks a level the notes could not confirm (such as the
	// default English level); a check against it says so.
	Unconfirmed bool `json:"unconfirmed,omitempty"`
	// Note explains the level or why it is unconfirmed.
	Note string `json:"note,omitempty"`
}

// Decision is the result of checking a need against an applicant's
// proofs.
type Decision struct {
	// Met says whether the need is met.
	Met bool `json:"met"`
	// Proof is the index in the proofs of the proof that meets the need,
	// -1 when none does.
	Proof int `json:"proof"`
	// Findings explain the result, in order.
	Findings []auhl.Finding `json:"findings"`
}

// Needs returns the language requirements of a first enrolment in p under
// these rules: Dutch for a Dutch-taught programme at the level of its kind
// (graduaat B1, bachelor and master B2, educatieve master C1; bridging,
// preparatory and advanced programmes B2, unconfirmed), and English for an
// English-taught programme at the level the rules give for p, or else the
// default level (unconfirmed). A programme taught in both gives both; a
// Dutch-taught programme of an unknown level gives none for Dutch.
func (r *Rules) Needs(p catalog.Programme) []Need {
	var out []Need
	if slices.Contains(p.Languages, auhl.Dutch) {
		k := KindOf(p)
		if l, ok := r.levelRule(k); ok {
			out = append(out, Need{
				Language: auhl.Dutch, Level: l.Level, Kind: k, Programme: p.ID,
				Source: l.Cited(), Unconfirmed: l.Unconfirmed, Note: l.Note,
			})
		}
	}
	if slices.Contains(p.Languages, auhl.English) {
		n := Need{Language: auhl.English, Level: r.English.Default.Level, Kind: KindOf(p), Programme: p.ID,
			Source: r.English.Default.Cited(), Unconfirmed: r.English.Default.Unconfirmed, Note: r.English.Default.Note}
		for _, pr := range r.English.Programmes {
			if pr.Programme == p.ID && p.ID != "" {
				n.Level, n.Source, n.Unconfirmed, n.Note = pr.Level, pr.Cited(), pr.Unconfirmed, pr.Note
				break
			}
		}
		out = append(out, n)
	}
	return out
}

// NeedFor returns the Dutch need of a kind of programme under these rules,
// for callers without a catalogue programme; ok is false for an unknown
// kind.
func (r *Rules) NeedFor(k ProgrammeKind) (Need, bool) {
	l, ok := r.levelRule(k)
	if !ok {
		return Need{}, false
	}
	return Need{Language: auhl.Dutch, Level: l.Level, Kind: k, Source: l.Cited(), Unconfirmed: l.Unconfirmed, Note: l.Note}, true
}

// checker builds the result of one check.
type checker struct {
	r        *Rules
	out      Decision
	warnings rules.Warnings
}

// emit records a finding resting on b, and a CodeUnconfirmed
// warning the first time the result uses b when b is unconfirmed.
func (c *checker) emit(code string, sev auhl.Severity, params auhl.Params, b rules.Basis) {
	c.add(code, sev, params, b.Cited())
	c.warn(b)
}

// warn records a CodeUnconfirmed warning the first time the
// result uses b when b is unconfirmed.
func (c *checker) warn(b rules.Basis) {
	if c.warnings.First(b) {
		c.out.Findings = append(c.out.Findings, rules.Warning(CodeUnconfirmed, b, auhl.Params{"year": auhl.Str(c.r.AcademicYear.String())}))
	}
}

func (c *checker) add(code string, sev auhl.Severity, params auhl.Params, src auhl.Source) {
	c.out.Findings = append(c.out.Findings, auhl.Finding{Code: code, Severity: sev, Params: params, Source: src})
}

// needRule returns the rule of these rules that need rests on, marked
// unconfirmed as need is: the Dutch level of its kind, or the English
// level of its programme or the default one.
func (r *Rules) needRule(need Need) rules.Basis {
	var b rules.Basis
	if need.Language == auhl.Dutch {
		l, _ := r.levelRule(need.Kind)
		b = l.Basis
	} else {
		b = r.English.Default.Basis
		for _, pr := range r.English.Programmes {
			if pr.Programme == need.Programme && need.Programme != "" {
				b = pr.Basis
				break
			}
		}
	}
	b.Unconfirmed = need.Unconfirmed
	return b
}

// Check says whether need is met by one of proofs, for a first enrolment
// in academic year on (the zero year means the rules' own year): which
// proof meets it (the first that does, in order) with its source; why
// each other proof does not count (another language, a level or score too
// low, older than the maximum age where it carries no validity date, a
// validity date that ended before the year, a kind that is not accepted,
// an invalid proof); and, when the need is not met, the ways to meet it:
// for Dutch the AUHL language test at the needed level with its session
// months, fee and registration, and other certificates; for English the
// scores that count. A rule the notes could not confirm adds a
// CodeUnconfirmed warning. An invalid need gives only a
// CodeNeedInvalid finding. Decide never fails and never panics.
func (r *Rules) Decide(need Need, proofs []Proof, on auhl.AcademicYear) Decision {
	c := &checker{r: r, out: Decision{Proof: -1, Findings: []auhl.Finding{}}}
	if on.IsZero() {
		on = r.AcademicYear
	}
	if !need.Language.Valid() || !need.Level.Valid() {
		c.add(CodeNeedInvalid, auhl.Error, auhl.Params{"language": auhl.Str(auhl.Clip(string(need.Language))), "level": auhl.Str(auhl.Clip(string(need.Level)))}, auhl.Source{})
		return c.out
	}
	req := r.Dutch.Requirement
	if need.Language == auhl.English {
		req = r.English.Requirement
	}
	c.add(CodeNeed, auhl.Info, auhl.Params{"language": auhl.Txt(languageName(need.Language)), "level": auhl.Str(string(need.Level))}, need.Source)
	c.warn(r.needRule(need))
	for i, p := range proofs {
		if c.proof(i, p, need, on) && !c.out.Met {
			c.out.Met, c.out.Proof = true, i
		}
	}
	if c.out.Met {
		return c.out
	}
	c.emit(CodeNotMet, auhl.Error, auhl.Params{"language": auhl.Txt(languageName(need.Language)), "level": auhl.Str(string(need.Level))}, req)
	if need.Language == auhl.Dutch {
		c.dutchWays(need, on)
	} else {
		c.englishWays(need)
	}
	return c.out
}

// proof checks proof i against the need, records why it does or does not
// count, and reports whether it meets the need.
func (c *checker) proof(i int, p Proof, need Need, on auhl.AcademicYear) bool {
	r := c.r
	idx := func(more auhl.Params) auhl.Params {
		ps := auhl.Params{"index": auhl.Int(i + 1), "proof": auhl.Txt(p.Kind.Name())}
		for k, v := range more {
			ps[k] = v
		}
		return ps
	}
	if err := p.Validate(); err != nil {
		c.add(CodeProofInvalid, auhl.Error, auhl.Params{"index": auhl.Int(i + 1)}, auhl.Source{})
		return false
	}
	rule, ok := r.proofRule(p.Kind)
	if !ok {
		c.add(CodeProofInvalid, auhl.Error, auhl.Params{"index": auhl.Int(i + 1)}, auhl.Source{})
		return false
	}
	if lang := p.language(); lang != need.Language {
		c.emit(CodeProofWrongLanguage, auhl.Info, idx(auhl.Params{"language": auhl.Txt(languageName(lang)), "need": auhl.Txt(languageName(need.Language))}), rule.Basis)
		return false
	}
	if rule.Refused {
		c.emit(CodeProofRefused, auhl.Error, idx(nil), rule.Basis)
		return false
	}
	// The age of a certificate.
	if rule.Certificate && need.Language == auhl.Dutch {
		age := r.Dutch.CertificateMaxAge
		start := sept1.InYear(on.Start())
		switch {
		case !p.ValidUntil.IsZero():
			if p.ValidUntil.Before(start) {
				c.emit(CodeProofExpired, auhl.Error, idx(auhl.Params{"date": auhl.Str(p.ValidUntil.String()), "year": auhl.Str(on.String())}), rule.Basis)
				return false
			}
		case p.Obtained.IsZero():
			c.emit(CodeProofAgeUnknown, auhl.Warning, idx(auhl.Params{"max": auhl.Int(age.AcademicYears)}), age.Basis)
		default:
			if years := on.Start() - p.Obtained.Start(); years > age.AcademicYears {
				c.emit(CodeProofTooOld, auhl.Error, idx(auhl.Params{"obtained": auhl.Str(p.Obtained.String()), "years": auhl.Int(years), "max": auhl.Int(age.AcademicYears)}), age.Basis)
				return false
			}
		}
	}
	if rule.Exempts {
		if !c.out.Met {
			c.emit(CodeMetExemption, auhl.Info, idx(nil), rule.Basis)
			if !B2.AtLeast(need.Level) {
				c.emit(CodeExemptionAboveB2, auhl.Warning, idx(auhl.Params{"level": auhl.Str(string(need.Level))}), r.Dutch.ExemptionsAboveB2)
			}
		}
		return true
	}
	level := rule.Level
	switch {
	case p.Kind.leveled():
		level = p.Level
	case p.Kind.scored():
		level = c.scoreLevel(p.Kind, p.Score)
		if !level.AtLeast(need.Level) {
			if b, ok := c.band(p.Kind, need.Level); ok {
				c.emit(CodeScoreTooLow, auhl.Error, idx(auhl.Params{"score": auhl.Num(p.Score), "min": auhl.Num(b.Min), "need": auhl.Str(string(need.Level))}), b.Basis)
			} else {
				c.emit(CodeScoreNoLevel, auhl.Error, idx(auhl.Params{"score": auhl.Num(p.Score), "need": auhl.Str(string(need.Level))}), rule.Basis)
			}
			return false
		}
	}
	if !level.AtLeast(need.Level) {
		c.emit(CodeProofTooLow, auhl.Error, idx(auhl.Params{"level": auhl.Str(string(level)), "need": auhl.Str(string(need.Level))}), rule.Basis)
		return false
	}
	if c.out.Met {
		// An earlier proof already meets the need.
		return true
	}
	c.emit(CodeMet, auhl.Info, idx(auhl.Params{"level": auhl.Str(string(level))}), rule.Basis)
	return true
}

// scoreLevel returns the highest level a score of kind k proves, or "".
func (c *checker) scoreLevel(k ProofKind, score float64) CEFR {
	var best CEFR
	for _, b := range c.r.Scores {
		if b.Kind == k && score >= b.Min && (best == "" || b.Level.AtLeast(best)) {
			best = b.Level
		}
	}
	return best
}

// band returns the band of kind k with the lowest minimum that proves
// level l or higher.
func (c *checker) band(k ProofKind, l CEFR) (scoreBand, bool) {
	var out scoreBand
	found := false
	for _, b := range c.r.Scores {
		if b.Kind == k && b.Level.AtLeast(l) && (!found || b.Min < out.Min) {
			out, found = b, true
		}
	}
	return out, found
}

// dutchWays records the ways to meet a Dutch need that is not met.
func (c *checker) dutchWays(need Need, on auhl.AcademicYear) {
	r := c.r
	t := &r.Test
	if x, ok := r.exam(need.Level); ok {
		c.emit(CodeTest, auhl.Info, auhl.Params{"level": auhl.Str(string(x.Level)), "exam": auhl.Str(x.Exam)}, x.Basis)
		for _, s := range t.Sessions {
			code := CodeTestSession
			if s.Early {
				code = CodeTestSessionEarly
			}
			c.emit(code, auhl.Info, auhl.Params{"month": auhl.Txt(monthName(s.Month)), "calendarYear": auhl.Str(strconv.Itoa(on.Start()))}, s.Basis)
		}
		c.emit(CodeTestOncePerPeriod, auhl.Info, auhl.Params{"from": auhl.Txt(monthName(t.OncePerPeriod.FromMonth)), "to": auhl.Txt(monthName(t.OncePerPeriod.ToMonth))}, t.OncePerPeriod.Basis)
		if f, ok := r.fee(x.Level); ok && f.Euro > 0 {
			c.emit(CodeTestFee, auhl.Info, auhl.Params{"euro": auhl.Num(f.Euro), "level": auhl.Str(string(x.Level))}, f.Basis)
		} else {
			c.emit(CodeTestFeeUnknown, auhl.Warning, auhl.Params{"level": auhl.Str(string(x.Level))}, f.Basis)
		}
		c.emit(CodeTestRegistration, auhl.Info, auhl.Params{"contact": auhl.Str(t.Registration.Contact)}, t.Registration.Basis)
	} else {
		c.emit(CodeTestNoLevel, auhl.Warning, auhl.Params{"level": auhl.Str(string(need.Level))}, r.Dutch.Requirement)
	}
	c.emit(CodeOtherProofs, auhl.Info, auhl.Params{"level": auhl.Str(string(need.Level))}, r.Dutch.Requirement)
	c.emit(CodeOtherCommunities, auhl.Info, nil, r.Dutch.OtherCommunities)
}

// englishWays records the scores that would meet an English need.
func (c *checker) englishWays(need Need) {
	r := c.r
	for _, k := range scoredKinds {
		if b, ok := c.band(k, need.Level); ok {
			c.emit(CodeScoreWay, auhl.Info, auhl.Params{"proof": auhl.Txt(k.Name()), "min": auhl.Num(b.Min), "level": auhl.Str(string(b.Level))}, b.Basis)
		}
	}
	for _, pr := range r.Proofs {
		if pr.Language == auhl.English && pr.Level.AtLeast(need.Level) && !pr.Refused {
			c.emit(CodeProofWay, auhl.Info, auhl.Params{"proof": auhl.Txt(pr.Kind.Name()), "level": auhl.Str(string(pr.Level))}, pr.Basis)
		}
	}
}

// TestRegistration is a wish to take the AUHL language test: the
// day of the wanted session and the days of the candidate's earlier
// attempts.
type TestRegistration struct {
	// Session is the day of the wanted session.
	Session auhl.Date `json:"session"`
	// Earlier are the days of the earlier attempts, at most 50.
	Earlier []auhl.Date `json:"earlier,omitzero"`
}

// TestDecision is the answer to a TestRegistration.
type TestDecision struct {
	// Allowed says whether the candidate may take the wanted session.
	Allowed bool `json:"allowed"`
	// Year is the academic year whose rules apply: the one that starts in
	// the session's calendar year, the year the result serves.
	Year auhl.AcademicYear `json:"year"`
	// Findings explain the answer, in order.
	Findings []auhl.Finding `json:"findings"`
}

// DecideRegistration checks reg with the embedded rules
// (Default): see RulesFile.DecideRegistration.
func DecideRegistration(reg TestRegistration) (TestDecision, error) {
	return Default().DecideRegistration(reg)
}

// DecideRegistration says whether the candidate may take the wanted
// session, under the rules of the academic year that starts in the
// session's calendar year: the session must fall in a session month, and
// the candidate may take the test only once in the period May to
// September of a calendar year, so an earlier attempt in the same period
// closes it. An allowed registration says how to register.
//
// A session or an earlier day that is not a date, more than 50 earlier
// attempts, an earlier attempt after the session, or a year the rules do
// not cover is a *auhl.ValidationError.
func (s *RulesFile) DecideRegistration(reg TestRegistration) (TestDecision, error) {
	var ve auhl.ValidationError
	var (
		y auhl.AcademicYear
		r *Rules
	)
	if reg.Session.IsZero() {
		ve.Add("/session", auhl.CodeRequired, nil)
	} else {
		// A session in a year the format cannot write is no year the
		// rules cover either.
		y, _ = auhl.AcademicYearStarting(reg.Session.Year())
		var err error
		if r, err = s.For(y); err != nil {
			ve.Merge("/session", err)
		}
	}
	if len(reg.Earlier) > maxAttempts {
		ve.Add("/earlier", auhl.CodeNumberRange, auhl.Params{"value": auhl.Int(len(reg.Earlier)), "min": auhl.Int(0), "max": auhl.Int(maxAttempts)})
	}
	for i, d := range reg.Earlier {
		p := auhl.Index("/earlier", i)
		if d.IsZero() {
			ve.Add(p, auhl.CodeRequired, nil)
		} else if !reg.Session.IsZero() && d.After(reg.Session) {
			ve.Add(p, CodeDateAfterOn, auhl.Params{"date": auhl.Str(d.String()), "on": auhl.Str(reg.Session.String())})
		}
	}
	if err := ve.Err(); err != nil {
		return TestDecision{}, err
	}
	c := &checker{r: r, out: Decision{Findings: []auhl.Finding{}}}
	t := &r.Test
	out := TestDecision{Year: y}
	month := reg.Session.Month()
	session := slices.IndexFunc(t.Sessions, func(s sessionRule) bool { return s.Month == month })
	per := t.OncePerPeriod
	inPeriod := func(d auhl.Date) bool {
		return d.Year() == reg.Session.Year() && d.Month() >= per.FromMonth && d.Month() <= per.ToMonth
	}
	switch {
	case session < 0:
		c.emit(CodeTestNoSession, auhl.Error, auhl.Params{"date": auhl.Str(reg.Session.String())}, per.Basis)
	default:
		for _, d := range reg.Earlier {
			if inPeriod(d) && inPeriod(reg.Session) {
				c.emit(CodeTestAlreadyTaken, auhl.Error, auhl.Params{"date": auhl.Str(reg.Session.String()), "earlier": auhl.Str(d.String()),
					"from": auhl.Txt(monthName(per.FromMonth)), "to": auhl.Txt(monthName(per.ToMonth))}, per.Basis)
				out.Findings = c.out.Findings
				return out, nil
			}
		}
		out.Allowed = true
		c.emit(CodeTestAllowed, auhl.Info, auhl.Params{"date": auhl.Str(reg.Session.String()),
			"from": auhl.Txt(monthName(per.FromMonth)), "to": auhl.Txt(monthName(per.ToMonth))}, t.Sessions[session].Basis)
		c.emit(CodeTestRegistration, auhl.Info, auhl.Params{"contact": auhl.Str(t.Registration.Contact)}, t.Registration.Basis)
	}
	out.Findings = c.out.Findings
	return out, nil
}

// maxAttempts bounds the earlier attempts of a registration.
const maxAttempts = 50

// sept1 is 1 September, the start of an academic year.
var sept1, _ = auhl.ParseMonthDay("09-01")
