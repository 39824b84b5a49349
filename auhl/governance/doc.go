// Package governance is the association's board self-evaluation:
// evaluation frameworks as data, the scoring of a round of answers, the
// trends between rounds, improvement actions and the follow-up of the
// policy plan.
//
// # Frameworks
//
// A Framework is one edition of a framework, read from a FrameworkFile on
// the rules kernel (auhl/rules): criteria in a tree, given as a flat list
// in which a criterion names its parent, with weights (Equal, Relative)
// or points (Points, which must add up); the items, the criteria without
// children, are answered on a Scale (whole numbers or ordered levels,
// with "not applicable" where the scale allows it), and may be worded
// negatively and scored in reverse; Bands name a score; a Maturity
// criterion applies the maturity rule of ISO 9004 to its items; a
// VerdictRule gives a review-like verdict where a framework defines one.
// ParseFramework reads a framework from outside, refusing every problem
// with its path: unknown scales, cycles in the tree, points that do not
// add up. The presets (Preset) are the AUHL board self-evaluation, ESG
// 2015 part 1, the EFQM Model 2020 and the reference charter of the
// Flemish universities; a part of a preset that the sources do not
// confirm is marked unconfirmed, and every figure resting on it carries
// a warning.
//
// # Scoring
//
// Evaluate scores a Round: every answer becomes a percentage ((value −
// lowest) ÷ (highest − lowest), reversed for a reverse item), "not
// applicable" is left out, and each respondent's score of a criterion is
// the weighted mean of the scores of its children, where a child the
// respondent has no score for (not applicable, not answered, withheld)
// counts at the mean of the respondent's group there: so a group's mean
// of a criterion is the weighted mean of its children's means, and "not
// applicable" moves no mean. A respondent with no score under a
// criterion has none there. Per
// criterion, for all groups together and per stakeholder group, it gives
// the mean, minimum, maximum and standard deviation of the respondents'
// scores, the band, the points, and for a Maturity criterion the levels
// reached. Where two groups differ, Welch's t-test says whether it is
// worth mentioning.
//
// No one can be singled out: a group with fewer respondents than the
// round's MinGroupSize, and a group's figure of a criterion with fewer
// answers, are left out of every figure, including those of all groups
// together and those of the criteria above, so that nothing shown depends
// on their answers and no difference of two figures shown gives them
// away. Within a group shown, a criterion's mean follows from the means
// of its children, so that setting it against their figures does not
// isolate a respondent who left an item out. Its minimum, maximum and
// standard deviation are those of the respondents' scores, in which a
// missing answer counts at the group's mean: they show how far the
// respondents' scores spread.
//
// # Trends, actions, reports
//
// Compare compares two rounds from their figures alone. The policy plan
// (DefaultPlan, 2025-2028) is data too: themes, guiding questions,
// actions with owners, indicators and check-ins, and an action's status
// on a day (Action.StatusOn). NewReport arranges strengths, areas for
// improvement, the improvement actions they propose for a theme of the
// plan, and the trend; package auhl/governance/report renders it as text
// and as a self-contained HTML page. A Register records how a code such
// as the reference charter is applied or explained.
//
// Every function is pure: dates are arguments, nothing is global and
// mutable, and the package does no I/O.
package governance
