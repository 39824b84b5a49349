// Package units is the course-unit catalogue (opleidingsonderdelen) of
// UHasselt and Hogeschool PXL: each unit's code, names in Dutch and
// English, credits, semester, teaching languages, prerequisites (followed,
// passed, or taken in the same term), whether an exam contract may include
// it and the institution that teaches it; and the units of each programme.
//
// Default is the embedded catalogue: the course units of UHasselt's
// programmes in the 2024-2025 study guide, from the Education4Climate crawl
// (MIT licence; the file's attribution keeps its notice). A fact no source
// gives (a unit's semester, its prerequisites, whether an exam contract may
// include it, the English name of a Dutch-taught unit) is left empty and
// marked unverified, for every unit at once in the catalogue's Unverified
// list or for one unit in its own. No PXL course unit is known from a
// source: a plan names a PXL unit with its facts (see
// procedures/combination). Load reads a newer or richer file of the same
// format.
//
// The package sits apart from auhl/catalog so that the WebAssembly widget,
// which links the programme catalogue, never links the course-unit data; a
// test holds that. It does no I/O beyond reading the reader it is given.
package units
