// Package grant computes the Erasmus+ grant of a mobility from rate
// tables per call year: long-term monthly amounts by country group with
// the fewer-opportunities, traineeship and green top-ups, short-term daily
// rates, travel support by distance band (standard and green) with funded
// travel days, and staff daily rates with 70 % from day 15. A partial
// month is paid at 1/30 of the monthly rate a day.
//
// The rates are a versioned data file on auhl/rules (data/grant.json),
// keyed by mobility.CallYear, each figure with its source; an unknown call
// year is an error. The embedded figures of the 2024 call come from pages
// that restate the Programme Guide and the Flemish agency's rates without
// a year: all are marked unconfirmed, so every grant that uses one warns,
// rate by rate, and a rate no source gives (the staff daily rates for
// Flanders) is left out rather than guessed.
//
// Calculate returns a Grant: its lines (what, how many months or days, at
// what rate, the amount), their total and the findings that explain
// them. Amounts are whole cents (Amount), never floats. Recalculate
// computes it again once the real dates are known.
package grant
