// Package procedures holds the procedures of UHasselt, Hogeschool PXL and
// their association: admission rules per academic year, afwijkende
// toelating (admission on other grounds than a diploma), EVC (recognition of
// prior learning), the language test, leerkrediet (learning credit) and
// study-progress rules. Every decision cites the rule it rests on.
//
// Of these, the leerkrediet calculator, afwijkende toelating and EVC are
// available; the other procedures are not yet.
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
