// Languages and the element's own texts before the runtime is there.

/** Messages shown before the advisor (and so its texts) is available. */
export const LOCAL_TEXT = {
  nl: {
    loading: "De studiekeuzehulp wordt geladen…",
    failed: "De studiekeuzehulp kon niet geladen worden. Probeer het later opnieuw.",
  },
  en: {
    loading: "Loading the study choice advisor…",
    failed: "The study choice advisor could not be loaded. Please try again later.",
  },
};

/** The language tags for el: its lang, the nearest ancestor's, the browser's. */
export function languageTags(el) {
  const owner = el.closest("[lang]:not([lang=''])");
  if (owner) {
    return [owner.getAttribute("lang").trim()];
  }
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return browser.filter(Boolean);
}

/**
 * The element's language for BCP 47 tags, most preferred first, decided as
 * Go's matchLang (wasm/lang.go) does, so that the first screen, drawn before
 * the runtime is there, speaks the language Go would pick: a tag in Dutch or
 * English itself (any region or script) decides first, in order; failing
 * that, the first tag in a language close maps to "nl" or "en" (the table
 * the build writes from x/text's matcher); failing that, Dutch. A tag that
 * is not well-formed is skipped.
 * @param {string[]} tags
 * @param {Record<string, string>} close primary subtag -> "nl" or "en"
 * @returns {"nl"|"en"}
 */
export function matchLang(tags, close = {}) {
  const primaries = [];
  for (const raw of tags ?? []) {
    const tag = String(raw).trim();
    if (tag === "" || tag.length > 64) {
      continue;
    }
    const subtags = tag.replaceAll("_", "-").split("-");
    if (!/^[A-Za-z]{2,3}$/.test(subtags[0]) || !subtags.every((s) => /^[A-Za-z0-9]{1,8}$/.test(s))) {
      continue;
    }
    primaries.push(subtags[0].toLowerCase());
  }
  for (const p of primaries) {
    if (p === "nl" || p === "nld" || p === "dut") {
      return "nl";
    }
    if (p === "en" || p === "eng") {
      return "en";
    }
  }
  for (const p of primaries) {
    if (Object.hasOwn(close, p) && (close[p] === "nl" || close[p] === "en")) {
      return close[p];
    }
  }
  return "nl";
}

/** Replaces {name} in template by values[name]. */
export function fill(template, values) {
  return String(template ?? "").replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}
