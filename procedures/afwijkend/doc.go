// Package afwijkend follows a request for afwijkende toelating (admission
// on other grounds than a diploma) and says where it stands.
//
// A Case is a candidate's request for admission without the usual diploma
// (afwijkende toelating) for one academic year: the ground (humanitarian;
// medical, psychological or social; general level), the parts of the
// studieoriënteringsdossier, the day it was submitted, the result of the
// beoordeling algemeen niveau and the earlier attempts. DecodeCase reads
// and checks one; Decide, given a case and a day, returns its
// Status: the stage, the parts still missing, the next submission
// deadline (15 May, strongly recommended, 25 August, 19 September) and
// findings that say what happens next: the assessment, a toelatingsbewijs
// (an admission certificate, not a diploma), or, after a failed or used
// attempt, a new one only for a later academic year.
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
package afwijkend
