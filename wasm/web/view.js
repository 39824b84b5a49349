// The view: elements made with h (every string as text, never as HTML)
// and the result's blocks.

export function isWebUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url);
}

/**
 * Creates an element. props: text (set as textContent, never parsed),
 * class, on<event> handlers; the others become attributes (true: empty
 * value; false, null, undefined: left out). Falsy children are skipped.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === "text") {
      node.textContent = value;
    } else if (name === "class") {
      node.className = value;
    } else if (name.startsWith("on")) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  node.append(...children.filter(Boolean));
  return node;
}

/**
 * A list of the report's lines (rendered findings): each line's text, and a
 * link to the page it rests on unless that is skip (the programme's own
 * page, already linked).
 */
export function lineList(lines, text, props = {}, skip = "") {
  if (!lines?.length) {
    return null;
  }
  return h("ul", props, ...lines.map((line) => h("li", {},
    document.createTextNode(line.text ?? ""),
    isWebUrl(line.url) && line.url !== skip && document.createTextNode(" "),
    isWebUrl(line.url) && line.url !== skip &&
      h("a", { class: "source", href: line.url, rel: "noopener", target: "_blank", text: `(${text.source})` }))));
}

export function joined(lines) {
  return (lines ?? []).map((line) => line.text).filter(Boolean).join(" ");
}

/**
 * A disclosure: a native <details> whose <summary> (label, plus hidden
 * words that tell one disclosure from another to a screen reader) the
 * keyboard reaches and toggles, and whose state the browser announces.
 * key names it, to keep it open or closed when the result is drawn again.
 */
export function disclosure(key, label, hidden, props, ...content) {
  return h("details", { ...props, "data-disclosure": key },
    h("summary", { part: "disclosure" },
      h("span", { text: label }),
      hidden && h("span", { class: "visually-hidden", text: hidden })),
    ...content.filter(Boolean));
}

export function levelBlock(level, text) {
  const [summary, ...reasons] = level.lines ?? [];
  return h("section", { class: "level", part: "level" },
    h("h3", { text: level.heading }),
    level.recommended && h("p", { class: "recommended" },
      text.recommended && h("span", { class: "recommended-label", text: text.recommended }),
      h("strong", { text: level.recommended })),
    summary && h("p", { text: summary.text }),
    reasons.length > 0 && disclosure("level", text.whyLevel, "", { class: "why" },
      lineList(reasons, text, { class: "reasons" })));
}

export function scaleItem(scale) {
  const max = scale.max > 0 ? scale.max : 1;
  return h("li", { class: "scale" },
    h("span", { text: scale.name }),
    h("meter", { min: 0, max, value: Math.min(Math.max(scale.score, 0), max), "aria-hidden": "true" }),
    h("span", { class: "score", text: `${scale.score}/${scale.max}` }));
}

export function interestsBlock(interests, text) {
  const summary = joined(interests.lines);
  return h("section", { class: "interests", part: "interests" },
    h("div", { class: "heading-line" },
      h("h3", { text: interests.heading }),
      interests.code && h("span", { class: "code", part: "code", text: interests.code })),
    interests.codeText && h("p", { text: interests.codeText }),
    summary && h("p", { text: summary }),
    interests.scales?.length && disclosure("interests", text.allScores, "", {},
      h("ul", { class: "scales" }, ...interests.scales.map(scaleItem))));
}

/**
 * One programme: its name, institution and level, and its overview line
 * (fit, preparation, whether and how the student can enter it, what
 * admission asks); the admission decision's lines, its reasons, flags,
 * facts to confirm and official page behind a disclosure.
 */
export function programmeItem(item, text, institution) {
  const highlighted = Boolean(institution) && item.institution === institution;
  const page = isWebUrl(item.url) && h("p", {},
    h("a", { href: item.url, rel: "noopener", target: "_blank", text: text.officialPage }));
  const unconfirmed = item.unconfirmed?.text && h("p", { class: "unconfirmed-line", text: item.unconfirmed.text });
  return h("li", {
    class: highlighted ? "programme highlighted" : "programme",
    part: highlighted ? "programme programme-highlighted" : "programme",
  },
  h("h4", { text: item.name }),
  // A highlighted programme's badge names its institution: the line does
  // not name it twice.
  highlighted
    ? h("p", { class: "meta" },
      h("span", { class: "badge", part: "badge",
        text: fill(text.institutionHighlight, { institution: item.institutionName || item.institution }) }),
      item.level && document.createTextNode(` · ${item.level}`))
    : h("p", { class: "meta", text: [item.institutionName, item.level].filter(Boolean).join(" · ") }),
  item.overview && h("p", { class: "overview", text: item.overview }),
  disclosure(`programme:${item.id}`, text.programmeDetails, `: ${item.name}`, { class: "programme-details" },
    lineList(item.entry, text, { class: "entry" }, item.url),
    lineList(item.reasons, text, { class: "reasons" }, item.url),
    lineList(item.flags, text, { class: "flags" }, item.url),
    unconfirmed,
    page));
}

/** How many programmes the overview shows before "more". */
export const OVERVIEW_PROGRAMMES = 5;

export function programmesBlock(programmes, text, institution) {
  const items = programmes.items ?? [];
  const first = items.slice(0, OVERVIEW_PROGRAMMES);
  const rest = items.slice(OVERVIEW_PROGRAMMES);
  const list = (part, props) => h("ol", { class: "programmes", part: "programmes", ...props },
    ...part.map((item) => programmeItem(item, text, institution)));
  return h("section", { class: "programmes-block" },
    h("h3", { text: programmes.heading }),
    programmes.common?.length && h("p", { class: "common-lead", text: programmes.commonLead }),
    lineList(programmes.common, text, { class: "common", part: "common" }),
    items.length ? list(first, {}) : h("p", { text: programmes.empty }),
    rest.length > 0 && disclosure("more", fill(text[rest.length === 1 ? "moreProgramme" : "moreProgrammes"], { n: rest.length }), "",
      { class: "more" }, list(rest, { start: OVERVIEW_PROGRAMMES + 1 })),
    programmes.unconfirmed && h("p", { class: "notice unconfirmed", part: "notice unconfirmed", text: programmes.unconfirmed }));
}

export function listBlock(block, text, part) {
  if (!block?.lines?.length) {
    return null;
  }
  return h("section", { class: part, part }, h("h3", { text: block.heading }), lineList(block.lines, text));
}

/**
 * The nodes of a result (a report of the advice, see studychoice/report);
 * every string goes in as text. The overview comes first: the level, then
 * the programmes; the details wait behind disclosures.
 */
export function resultNodes(view, text, institution) {
  const disclaimer = joined(view.disclaimer);
  return [
    view.level && levelBlock(view.level, text),
    view.programmes && programmesBlock(view.programmes, text, institution),
    view.interests && interestsBlock(view.interests, text),
    listBlock(view.routes, text, "routes"),
    listBlock(view.nextSteps, text, "next-steps"),
    disclaimer && h("p", { class: "disclaimer", part: "disclaimer", text: disclaimer }),
    view.versions && h("p", { class: "versions", part: "versions", text: view.versions }),
  ].filter(Boolean);
}

/**
 * The keys of the questions whose conditions fail. A condition holds when
 * the answer of its key (0 when unanswered) is one of its values, the same
 * test Go applies.
 * @param {{key: string, when?: {key: string, values?: number[]}[]}[]} questions
 * @param {Map<string, number>} answers
 * @returns {Set<string>}
 */
export function hiddenKeys(questions, answers) {
  const holds = (c) => (c.values ?? []).includes(answers.get(c.key) ?? 0);
  return new Set(questions.filter((q) => !(q.when ?? []).every(holds)).map((q) => q.key));
}
