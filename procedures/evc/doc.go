// Package evc runs the EVC procedure (erkenning van eerder verworven
// competenties, recognition of prior learning) as a state machine.
//
// A Procedure is the recognition of prior learning as a state machine:
// an intake request (spring window before 1 February, autumn before
// 1 September), the intake (which names the guide), the portfolio, the
// decision of a commission of three assessors of whom none is the guide,
// the bewijs van bekwaamheid, one appeal within 7 calendar days of the
// decision, and the request for exemptions to an institution, outside the
// procedure, with the actualisation programme a certificate of 5 or more
// years may bring. Apply makes a step and records it with its day; an
// illegal step is a *auhl.ValidationError (CodeIllegalTransition and
// the other problem codes) and changes nothing. DecodeProcedure reads a
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
// The rules of both are data: one file per package (data/afwijkend.json,
// data/evc.json), embedded, per academic year with its sources (Default,
// DecodeRules). The 21 years and EEA nationality of the medical,
// psychological or social ground, the content of the beoordeling algemeen
// niveau, and the EVC intake windows, commission size and appeal term
// (taken from the sister association AUHA and evcprocedure.be, which AUHL
// very likely follows) are marked unconfirmed, and a result that uses
// them says so.
//
// The package follows the verbs of package procedures (Decode, Default,
// DecodeRules, Decide). It is pure: no I/O beyond its embedded files, no
// clock, no global state that changes; everything is safe for concurrent
// use.
package evc
