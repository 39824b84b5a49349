// Package procedures holds the procedures of UHasselt, Hogeschool PXL and
// their association: admission rules per academic year, afwijkende
// toelating (admission on other grounds than a diploma), EVC (recognition of
// prior learning), the language test, leerkrediet (learning credit) and
// study-progress rules. Every decision cites the rule it rests on.
package procedures
