// Package procedures holds the procedures of UHasselt, Hogeschool PXL and
// their association: admission rules per academic year, afwijkende
// toelating (admission on other grounds than a diploma), EVC (recognition of
// prior learning), the language test, leerkrediet (learning credit) and
// study-progress rules. Every decision cites the rule it rests on.
//
// Rules(year) gathers every rule in force in one academic year (2024-2025,
// 2025-2026 and 2026-2027 are embedded), each with its source; an unknown
// year is an error, never a fallback, and RuleSet.Unconfirmed lists the
// rules the domain notes could not confirm for the year. A decision that
// rests on such a rule says so in a warning finding, one per rule: its
// params name the rule by its JSON Pointer in the rules file (path, such
// as "/years/1/ijkingstoets") and by its label (rule, a message code that
// auhl/i18n renders with {rule:label}).
//
// The five rules files (procedures/data/*.json) are read by the kernel
// auhl/rules: each set (AdmissionRuleSet, LanguageRuleSet,
// ProcedureRuleSet, LeerkredietRuleSet, ProgressRuleSet) embeds a
// rules.File, whose For looks a year up, and each rule embeds a Basis
// (rules.Basis): its source, its unconfirmed mark, and the path, label and
// source the kernel gives it when the file is read. The Parse functions
// read a newer file of the same format, strictly, listing every problem;
// the problems common to every rules file carry the codes of auhl/rules
// (CodeProceduresYearUnknown is rules.CodePeriodUnknown, and so on).
//
// # Admission
//
// An Applicant is a person who wants to enrol in a programme of the
// catalogue in an academic year: the contract, the age, the diplomas (with
// the year issued and, for a Flemish secondary diploma from 2024-2025 on,
// the onderwijskwalificatie 3 or 4; a foreign one with whether its country
// ratified the Lisbon convention and whether it gives access there), the
// proofs of Dutch and English and the tests taken. DecodeApplicant reads
// and checks one; DecideAdmission decides for a catalog.Programme:
// admissible, admissible with conditions, or not admissible, with the route
// (a diploma, afwijkende toelating, the graduaat admission test, a schakel-
// or voorbereidingsprogramma) and every requirement with where it stands
// and the contracts it applies to: the binding entrance exam in medicine
// and dentistry (both parts above half and ranked within the places), the
// mandatory ijkingstoets, the starttoets of teacher training and its
// remediation, the artistic admission test before enrolment, and the
// language levels. The rules are procedures/data/admission.json
// (DefaultAdmissionRules, ParseAdmissionRules).
//
// # Language requirements and the language test
//
// LanguageRules.Needs says which language at which level a first
// enrolment asks (Dutch at B1 for a graduaat, B2 for a bachelor or master,
// C1 for an educatieve master; English per programme, with an unconfirmed
// default), and Check weighs an applicant's LanguageProofs against a need:
// the exemptions (a successful year of Dutch-language secondary school, 60
// credits passed in Dutch-language higher education), the certificates and
// the CEFR level each proves (CNaVT FORM, STRT and PROF, ITNA B2 and C1,
// the entrance exam in medicine and dentistry, test scores), a certificate
// without a validity date at most 4 academic years old, and, when the need
// is not met, the association's language test: its sessions in May and
// early September, once per May–September period, and its fee.
// CheckLanguageTestRegistration says whether a candidate may sit a
// session. The rules are procedures/data/language.json
// (DefaultLanguageRules, ParseLanguageRules).
//
// # Study progress
//
// A ProgressRecord is a student's path in one programme at UHasselt or PXL:
// the cohort (the year of the first enrolment in higher education), the
// enrolments per academic year with the credits taken up and earned and
// the drempelpakket credits still open, binding conditions imposed, the
// course units with their enrolments, an exception granted, and the
// credits planned. DecodeProgressRecord reads and checks one;
// DecideProgress says whether the student may enrol in the programme again
// in the next academic year: allowed, allowed with binding conditions, or
// refused (and until when, where the rules say). It applies the Flemish
// decree of 15 July 2022 to cohorts from 2023-2024 on (the first 60
// credits of the model path acquired by the end of the second enrolment),
// UHasselt's rules (a success rate under 30% refused for two years, 30 to
// 60% with binding conditions, the 70% and 60% targets, at most two
// enrolments per course unit and never a fourth, at most 72 credits a
// year) and PXL's, all marked unconfirmed. The rules are
// procedures/data/progress.json (DefaultProgressRules, ParseProgressRules).
//
// # Leerkrediet
//
// Leerkrediet is the learning credit of Flemish higher education: every
// student starts with 140 credits, enrolments take their credits from it,
// and earned credits come back. DecodeHistory reads a student's history
// (enrolments, results, re-orientations, returns for force majeure, years
// without enrolment, diplomas) and checks that it can have happened;
// CalculateLeerkrediet applies the rules of each academic year to it and
// returns the balance and the bonus left, per year and at the end, with a
// Finding for every step: a stable code (see Codes), its parameters and the
// source it rests on. Package auhl/i18n renders the findings in Dutch and
// English.
//
// The rules are data: procedures/data/leerkrediet.json, embedded, gives the
// parameters of 2024-2025, 2025-2026 and 2026-2027 with their sources
// (DefaultLeerkredietRules); ParseLeerkredietRules reads a newer file of the
// same format. A rule that the domain notes could not confirm for a year is
// marked unconfirmed, and a result that uses it says so. A year the rules
// do not cover is an error, never a fallback to another year.
//
// # Afwijkende toelating
//
// A Case is a candidate's request for admission without the usual diploma
// (afwijkende toelating) for one academic year: the ground (humanitarian;
// medical, psychological or social; general level), the parts of the
// studieoriënteringsdossier, the day it was submitted, the result of the
// beoordeling algemeen niveau and the earlier attempts. DecodeCase reads
// and checks one; AssessCase, given a case and a day, returns its
// CaseStatus: the stage, the parts still missing, the next submission
// deadline (15 May, strongly recommended, 25 August, 19 September) and
// findings that say what happens next: the assessment, a toelatingsbewijs
// (an admission certificate, not a diploma), or, after a failed or used
// attempt, a new one only for a later academic year.
//
// # EVC
//
// An EVCProcedure is the recognition of prior learning as a state machine:
// an intake request (spring window before 1 February, autumn before
// 1 September), the intake (which names the guide), the portfolio, the
// decision of a commission of three assessors of whom none is the guide,
// the bewijs van bekwaamheid, one appeal within 7 calendar days of the
// decision, and the request for exemptions to an institution, outside the
// procedure, with the actualisation programme a certificate of 5 or more
// years may bring. Apply makes a step and records it with its day; an
// illegal step is a *auhl.ValidationError (CodeEVCIllegalTransition and
// the other CodeEVC problem codes) and changes nothing. DecodeEVC reads a
// serialised procedure and replays it.
//
// The rules of both are data: procedures/data/procedures.json, embedded,
// per academic year with its sources (DefaultProcedureRules,
// ParseProcedureRules). The 21 years and EEA nationality of the medical,
// psychological or social ground, the content of the beoordeling algemeen
// niveau, and the EVC intake windows, commission size and appeal term
// (taken from the sister association AUHA and evcprocedure.be, which AUHL
// very likely follows) are marked unconfirmed, and a result that uses
// them says so.
//
// The package is pure: no I/O beyond the embedded file, no clock, no
// global state that changes; everything is safe for concurrent use.
package procedures
