// Package language holds the language requirements of a first enrolment, the
// proofs of Dutch and English, and the association's language test.
//
// Rules.Needs says which language at which level a first
// enrolment asks (Dutch at B1 for a graduaat, B2 for a bachelor or master,
// C1 for an educatieve master; English per programme, with an unconfirmed
// default), and Rules.Decide weighs an applicant's Proofs against a need:
// the exemptions (a successful year of Dutch-language secondary school, 60
// credits passed in Dutch-language higher education), the certificates and
// the CEFR level each proves (CNaVT FORM, STRT and PROF, ITNA B2 and C1,
// the entrance exam in medicine and dentistry, test scores), a certificate
// without a validity date at most 4 academic years old, and, when the need
// is not met, the association's language test: its sessions in May and
// early September, once per May–September period, and its fee.
// DecideRegistration says whether a candidate may sit a
// session. The rules are data/language.json
// (Default, DecodeRules).
//
// The package follows the verbs of package procedures (Decode, Default,
// DecodeRules, Decide). It is pure: no I/O beyond its embedded files, no
// clock, no global state that changes; everything is safe for concurrent
// use.
package language
