/**
 * <auhl-studiekeuze>: the study-choice advisor of UHasselt and Hogeschool PXL
 * as a custom element. The advice itself is computed by a Go WebAssembly
 * module; this file only loads it, asks the questions and shows the answer.
 *
 *   <script type="module" src="/auhl/auhl-advisor.js"></script>
 *   <auhl-studiekeuze lang="nl" theme="pxl"></auhl-studiekeuze>
 *
 * Attributes
 *   lang         language of the element (nl, en, nl-BE, ...); else the nearest
 *                ancestor's lang, else navigator.languages. Changes re-render
 *                the element in the new language and keep the answers.
 *   theme        "auhl" (default), "uhasselt" or "pxl".
 *   src          URL of the advisor's .wasm file; default: the built file next
 *                to this script. Read once, when the element starts.
 *   institution  "uhasselt" or "pxl": that institution's programmes are
 *                highlighted (part programme-highlighted and a text badge);
 *                the other institution's programmes stay in the same list.
 *   catalog      URL of a newer programme catalogue (JSON). Fetched once per
 *                URL per page without credentials; when it fails or is
 *                refused the embedded catalogue is used and a small note
 *                says so. Read once. Only http(s) URLs of the page's own
 *                origin are fetched (redirects must stay on that origin),
 *                unless catalog-origins lists the URL's origin. At most
 *                2 MiB (MAX_CATALOG_BYTES) is read: a larger Content-Length
 *                is refused before the body is read, and a body that
 *                passes the limit is cancelled as soon as it does; a
 *                catalogue that has not arrived after 30 s is given up.
 *   catalog-origins
 *                space-separated origins (scheme://host[:port], nothing
 *                more) from which the page allows the catalog URL, besides
 *                its own: catalog-origins="https://data.example.be". Such
 *                a URL is fetched in CORS mode without credentials and
 *                without following redirects; the server must send
 *                Access-Control-Allow-Origin, and the page's CSP must list
 *                the origin in connect-src. Tokens that are not an origin
 *                are ignored. Read once.
 *
 * Events
 *   auhl-ready   CustomEvent (bubbles, composed) dispatched once, when the
 *                first step can be answered; detail: {lang, catalog}.
 *   auhl-advice  CustomEvent (bubbles, composed) dispatched when a new result
 *                is shown; detail is the advisor's event object, which holds
 *                no answers: {lang, questionnaire, catalog, level:
 *                {recommended, runner, clarity}, hollandCode, programmes:
 *                [{id, institution, level, overall}]}.
 *
 * CSS custom properties (set them on the element to override a theme)
 *   --auhl-accent           brand colour of filled areas: primary button,
 *                           current step, badge
 *   --auhl-accent-contrast  text on --auhl-accent (4.5:1 or more)
 *   --auhl-strong           brand colour as text or line on --auhl-surface:
 *                           links, borders of buttons and chosen answers,
 *                           score bars (4.5:1 or more on surface and soft)
 *   --auhl-soft             light tint behind chosen answers, highlighted
 *                           programmes and notes
 *   --auhl-surface          background of the element
 *   --auhl-text             body text
 *   --auhl-muted            secondary text (4.5:1 or more on surface and soft)
 *   --auhl-border           borders of form controls (3:1 or more)
 *   --auhl-line             decorative separators
 *   --auhl-error            error text and borders (4.5:1 or more)
 *   --auhl-focus            focus outline (3:1 or more on surface)
 *   --auhl-radius           corner radius
 *   --auhl-font             font family
 *   --auhl-max-width        maximum width of the content (48rem), centred
 *
 * Parts (::part)
 *   container, title, intro, notice, steps, step, step-of, form,
 *   error-summary, heading, progress, question, choice, error, button,
 *   primary-button, result-heading, result, level, interests, code,
 *   programmes, programme, programme-highlighted, badge, common,
 *   unconfirmed, disclosure (the summary of every disclosure), routes,
 *   next-steps, disclaimer, versions, actions, link-field
 *
 * The result is an overview first: the level advice, then the five
 * best-fitting programmes in a few lines each, with what holds for all of
 * them said once above the list; the reasons, steps and sources wait
 * behind native disclosures (<details>), as do the scale scores and the
 * programmes after the fifth. Printing, and a result restored from a
 * link, show every disclosure open.
 */

// The builder replaces these two literals with the hashed file names.
const DEFAULT_WASM_URL = new URL("./auhl-advisor.wasm", import.meta.url).href;
const WASM_EXEC_URL = new URL("./wasm_exec.js", import.meta.url).href;

const TAG = "auhl-studiekeuze";
const SECTIONS = ["background", "interests", "preferences"];
const STEP_LABELS = ["stepBackground", "stepInterests", "stepPreferences", "stepResult"];
const RESULT_STEP = SECTIONS.length;
const TOTAL_STEPS = SECTIONS.length + 1;
const FRAGMENT_PREFIX = "#auhl=";
/** How long Go's main may take, once running, to hand over its API. */
const HANDOVER_TIMEOUT_MS = 10000;
/** The largest catalogue file read, in bytes: Go's wasm.MaxCatalog. */
const MAX_CATALOG_BYTES = 2 << 20;
/** How long a catalogue may take to arrive before the embedded one is used. */
const CATALOG_TIMEOUT_MS = 30000;

/** Messages shown before the advisor (and so its texts) is available. */
const LOCAL_TEXT = {
  nl: {
    loading: "De studiekeuzehulp wordt geladen…",
    failed: "De studiekeuzehulp kon niet geladen worden. Probeer het later opnieuw.",
  },
  en: {
    loading: "Loading the study choice advisor…",
    failed: "The study choice advisor could not be loaded. Please try again later.",
  },
};

const STYLE_TEXT = `
:host {
  --auhl-accent: #2b3f57;
  --auhl-accent-contrast: #ffffff;
  --auhl-strong: #2b3f57;
  --auhl-soft: #edf1f5;
  --auhl-surface: #ffffff;
  --auhl-text: #1b1f24;
  --auhl-muted: #545b63;
  --auhl-border: #6e757c;
  --auhl-line: #d3d8dd;
  --auhl-error: #b3261e;
  --auhl-focus: var(--auhl-strong);
  --auhl-radius: 0.5rem;
  --auhl-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --auhl-max-width: 48rem;
  display: block;
  color: var(--auhl-text);
  font-family: var(--auhl-font);
  line-height: 1.5;
}
:host([theme="uhasselt"]) {
  --auhl-accent: #00407a;
  --auhl-accent-contrast: #ffffff;
  --auhl-strong: #00407a;
  --auhl-soft: #e6f0f8;
  --auhl-text: #1a1f2b;
  --auhl-muted: #4f5866;
  --auhl-border: #6b7686;
  --auhl-line: #cfd9e4;
}
:host([theme="pxl"]) {
  --auhl-accent: #ffd200;
  --auhl-accent-contrast: #1d1d1b;
  --auhl-strong: #1d1d1b;
  --auhl-soft: #fff6cc;
  --auhl-text: #1d1d1b;
  --auhl-muted: #555550;
  --auhl-border: #6c6c66;
  --auhl-line: #dcdcd6;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }

.container {
  container-type: inline-size;
  max-width: var(--auhl-max-width);
  margin-inline: auto;
  padding: 1rem;
  background: var(--auhl-surface);
  color: var(--auhl-text);
  border-radius: var(--auhl-radius);
  overflow-wrap: anywhere;
}
h2, h3, h4 { line-height: 1.25; margin: 0; }
h2 { font-size: 1.375rem; margin-block: 0.5rem 0.75rem; }
h3 { font-size: 1.125rem; margin-block: 1.5rem 0.5rem; }
h4 { font-size: 1rem; }
p { margin-block: 0 0.75rem; }
ul { margin-block: 0 0.75rem; padding-inline-start: 1.25rem; }
a { color: var(--auhl-strong); text-decoration: underline; text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid var(--auhl-focus); outline-offset: 2px; }
h2:focus { outline: none; }
h2:focus-visible { outline: 3px solid var(--auhl-focus); outline-offset: 2px; }

.title { font-size: 1.25rem; font-weight: 700; margin-bottom: 0.25rem; }
.intro, .section-intro { color: var(--auhl-muted); }
.notice {
  font-size: 0.875rem;
  color: var(--auhl-muted);
  background: var(--auhl-soft);
  border-inline-start: 4px solid var(--auhl-strong);
  border-radius: var(--auhl-radius);
  padding: 0.5rem 0.75rem;
}
.notice.alert { color: var(--auhl-text); border-color: var(--auhl-error); }

.step-of { font-size: 0.875rem; font-weight: 600; color: var(--auhl-muted); margin-bottom: 0.25rem; }
.steps {
  list-style: none;
  margin: 0 0 1rem;
  padding: 0;
  display: grid;
  grid-template-columns: repeat(4, minmax(0, 1fr));
  gap: 0.5rem;
  counter-reset: step;
}
.step {
  counter-increment: step;
  border-top: 4px solid var(--auhl-line);
  padding-top: 0.25rem;
  font-size: 0.875rem;
  color: var(--auhl-muted);
  overflow-wrap: normal;
  hyphens: auto;
}
.step::before { content: counter(step) ". "; }
.step.done { border-top-color: var(--auhl-strong); }
.step[aria-current="step"] {
  border-top-color: var(--auhl-accent);
  color: var(--auhl-text);
  font-weight: 700;
}
@container (max-width: 30rem) {
  .steps { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}

.summary {
  border: 2px solid var(--auhl-error);
  border-radius: var(--auhl-radius);
  padding: 0.75rem 1rem;
  margin-bottom: 1rem;
}
.summary:empty { display: none; }
.summary-title { font-weight: 700; color: var(--auhl-error); margin-bottom: 0.25rem; }
.summary ul { margin: 0; padding: 0; list-style: none; display: grid; gap: 0.25rem; }
.summary .link {
  display: block;
  font: inherit;
  color: var(--auhl-error);
  background: none;
  border: 0;
  padding: 0;
  min-height: 0;
  text-align: start;
  text-decoration: underline;
  cursor: pointer;
}

.progress {
  position: sticky;
  top: 0;
  z-index: 1;
  background: var(--auhl-surface);
  padding-block: 0.5rem;
  margin: 0;
  font-weight: 600;
  border-bottom: 1px solid var(--auhl-line);
}
.questions { display: grid; gap: 1rem; }
.question {
  margin: 0;
  padding: 0.75rem 0 0;
  border: 0;
  border-top: 1px solid var(--auhl-line);
  min-width: 0;
}
.question.invalid { border-inline-start: 4px solid var(--auhl-error); padding-inline-start: 0.75rem; }
legend.question-text { float: inline-start; width: 100%; padding: 0; }
.question-text { display: block; font-weight: 600; margin-bottom: 0.5rem; }
legend.question-text + * { clear: both; }
.optional { font-weight: 400; color: var(--auhl-muted); }
.hint { font-size: 0.875rem; color: var(--auhl-muted); margin-bottom: 0.25rem; }
.error { color: var(--auhl-error); font-weight: 600; margin-bottom: 0.5rem; clear: both; }
.choices { display: flex; flex-wrap: wrap; gap: 0.375rem; }
.choice {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  min-height: 2.75rem;
  max-width: 100%;
  padding: 0.5rem 0.625rem;
  border: 1px solid var(--auhl-border);
  border-radius: var(--auhl-radius);
  background: var(--auhl-surface);
  cursor: pointer;
}
.choice input { flex: none; width: 1.125rem; height: 1.125rem; margin: 0; accent-color: var(--auhl-strong); }
.choice:has(input:checked) {
  border-color: var(--auhl-strong);
  background: var(--auhl-soft);
  box-shadow: inset 0 0 0 1px var(--auhl-strong);
}
@supports selector(:has(*)) {
  .choice:has(input:focus-visible) { outline: 3px solid var(--auhl-focus); outline-offset: 2px; }
  .choice input:focus-visible { outline: none; }
}
input[type="number"], .link-field input {
  font: inherit;
  color: var(--auhl-text);
  background: var(--auhl-surface);
  border: 1px solid var(--auhl-border);
  border-radius: var(--auhl-radius);
  min-height: 2.75rem;
  padding: 0.25rem 0.5rem;
  max-width: 100%;
}
input[type="number"] { width: 8rem; }
input[aria-invalid="true"] { border: 2px solid var(--auhl-error); }
.question.invalid .choice { border-color: var(--auhl-error); }

button {
  font: inherit;
  font-weight: 600;
  min-height: 2.75rem;
  padding: 0.5rem 1.25rem;
  border: 2px solid var(--auhl-strong);
  border-radius: var(--auhl-radius);
  background: var(--auhl-surface);
  color: var(--auhl-strong);
  cursor: pointer;
}
button.primary { background: var(--auhl-accent); color: var(--auhl-accent-contrast); }
button:disabled { opacity: 0.6; cursor: progress; }
.nav, .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 1.5rem; }
.nav .primary { margin-inline-start: auto; }
.link-note { font-size: 0.875rem; color: var(--auhl-muted); margin: 0.5rem 0 0; flex-basis: 100%; }
.link-note:empty { display: none; }
.link-field { flex-basis: 100%; display: grid; gap: 0.25rem; }
.link-field:empty { display: none; }
.link-field input { width: 100%; }

.result:empty { display: none; }
.result[aria-busy="true"] { color: var(--auhl-muted); font-weight: 600; }
.recommended { margin-bottom: 0.5rem; }
.recommended-label { display: block; font-size: 0.875rem; font-weight: 600; color: var(--auhl-muted); }
.recommended strong { font-size: 1.25rem; }
.heading-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem; margin-block: 1.5rem 0.5rem; }
.heading-line h3 { margin: 0; }
.code, .badge {
  display: inline-block;
  background: var(--auhl-accent);
  color: var(--auhl-accent-contrast);
  border: 1px solid var(--auhl-strong);
  border-radius: var(--auhl-radius);
  padding: 0 0.5rem;
  font-size: 0.875rem;
  font-weight: 700;
  letter-spacing: 0.05em;
}
.badge { display: inline; letter-spacing: 0; font-weight: 600; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.scales { list-style: none; padding: 0; display: grid; gap: 0.25rem; }
.scale { display: grid; grid-template-columns: minmax(0, 10rem) minmax(0, 1fr) auto; gap: 0.5rem; align-items: center; }
.scale meter { width: 100%; height: 0.75rem; print-color-adjust: exact; }
.scale meter::-webkit-meter-bar { background: var(--auhl-line); border: 0; border-radius: 0.375rem; }
.scale meter::-webkit-meter-optimum-value { background: var(--auhl-strong); border-radius: 0.375rem; }
.scale meter::-moz-meter-bar { background: var(--auhl-strong); }
.score { font-variant-numeric: tabular-nums; color: var(--auhl-muted); font-size: 0.875rem; }
@container (max-width: 24rem) {
  .scale { grid-template-columns: minmax(0, 1fr) auto; row-gap: 0.125rem; margin-bottom: 0.25rem; }
  .scale meter { grid-column: 1 / -1; grid-row: 2; }
}
.programmes { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.programme {
  border: 1px solid var(--auhl-line);
  border-radius: var(--auhl-radius);
  padding: 0.75rem 1rem 0.25rem;
}
.programme.highlighted { border: 2px solid var(--auhl-strong); background: var(--auhl-soft); }
.programme h4 { margin-bottom: 0.125rem; }
.programme ul { list-style: disc; margin-bottom: 0.5rem; }
.meta { font-size: 0.875rem; color: var(--auhl-muted); margin-bottom: 0.125rem; }
.overview { margin-bottom: 0; }
.programme-details ul, .unconfirmed-line { font-size: 0.9375rem; }
.source { font-size: 0.875rem; white-space: nowrap; }
.common-lead { font-weight: 600; margin-bottom: 0.25rem; }
.common { margin-bottom: 1rem; }
.unconfirmed { margin-top: 1rem; }
details { margin-block: 0.25rem 0.5rem; }
summary {
  display: list-item;
  cursor: pointer;
  color: var(--auhl-strong);
  font-weight: 600;
  padding-block: 0.375rem;
  min-height: 2.25rem;
}
summary:focus-visible { outline: 3px solid var(--auhl-focus); outline-offset: 2px; border-radius: 2px; }
details[open] > summary { margin-bottom: 0.25rem; }
.more { margin-top: 0.75rem; }
.more > .programmes { margin-top: 0.5rem; }
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
.disclaimer {
  margin-top: 1.5rem;
  font-size: 0.875rem;
  border-top: 1px solid var(--auhl-line);
  padding-top: 0.75rem;
}
.versions { font-size: 0.875rem; color: var(--auhl-muted); }

@media (max-width: 30rem) {
  .container { padding: 0.75rem; }
  .programme { padding-inline: 0.75rem; }
}
@media (forced-colors: active) {
  .step[aria-current="step"] { border-top-color: Highlight; }
  .choice:has(input:checked) { border: 2px solid Highlight; }
}
@media print {
  .container { max-width: none; padding: 0; background: none; }
  .head, .status, .notes, .step-of, .steps, form, .actions { display: none !important; }
  .programme { break-inside: avoid; }
  .programme a[href]::after { content: " (" attr(href) ")"; font-weight: 400; font-size: 0.875em; }
  /* On paper every disclosure is open: the whole result, details
     included. (beforeprint opens them too, where ::details-content is not
     known.) */
  details::details-content { content-visibility: visible; display: contents; }
  summary { list-style: none; color: var(--auhl-text); min-height: 0; padding-block: 0.25rem 0; }
  .programme-details > summary, .more > summary { display: none; }
}
`;

const STYLES = new CSSStyleSheet();
STYLES.replaceSync(STYLE_TEXT);

/**
 * The Go advisor's API, handed over by the wasm module.
 * @typedef {object} AdvisorApi
 * @property {(tags: string[], catalogId: number) => Promise<string>} ui
 * @property {(answers: string, lang: string, catalogId: number) => Promise<string>} advise
 * @property {(text: string, lang: string) => Promise<string>} loadCatalog
 * @property {(fragment: string, lang: string, catalogId: number) => Promise<string>} decode
 */

/** Absolute wasm URL -> Promise of its AdvisorApi: one Go runtime per module per page. */
const runtimes = new Map();
/** Absolute catalogue URL -> {text: Promise<string>, ids: Map<wasm URL, Promise<number>>}. */
const catalogues = new Map();
/** The Go class of wasm_exec.js, imported once. */
let goClass = null;

/** Imports wasm_exec.js (a classic script that sets globalThis.Go) once. */
function loadGoClass() {
  if (!goClass) {
    goClass = import(WASM_EXEC_URL).then(() => {
      if (typeof globalThis.Go !== "function") {
        throw new Error(`${WASM_EXEC_URL} did not define Go`);
      }
      return globalThis.Go; // kept, even if the page later replaces globalThis.Go
    });
    goClass.catch(() => { goClass = null; });
  }
  return goClass;
}

function randomName() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `__auhl_handover_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

async function instantiate(url, fetched, importObject) {
  const response = await fetched;
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  const type = (response.headers.get("Content-Type") ?? "").split(";")[0].trim();
  if (type === "application/wasm" && typeof WebAssembly.instantiateStreaming === "function") {
    return (await WebAssembly.instantiateStreaming(response, importObject)).instance;
  }
  const bytes = await response.arrayBuffer();
  return (await WebAssembly.instantiate(bytes, importObject)).instance;
}

function checkApi(api) {
  for (const name of ["ui", "advise", "loadCatalog", "decode"]) {
    if (typeof api?.[name] !== "function") {
      throw new Error(`the advisor's API lacks ${name}`);
    }
  }
  return api;
}

/**
 * Instantiates the module and runs it; Go's main calls the one-shot global
 * function named in AUHL_HANDOVER with the API and deletes it.
 */
async function startRuntime(wasmUrl) {
  // Fetch the module while wasm_exec.js loads: the two do not wait for
  // each other.
  const fetched = fetch(wasmUrl, { credentials: "same-origin" });
  fetched.catch(() => {}); // reported by instantiate
  const Go = await loadGoClass();
  const go = new Go();
  const instance = await instantiate(wasmUrl, fetched, go.importObject);
  const name = randomName();
  go.env = { AUHL_HANDOVER: name };
  try {
    const api = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the advisor did not hand over its API")), HANDOVER_TIMEOUT_MS);
      globalThis[name] = (value) => { clearTimeout(timer); resolve(value); };
      go.run(instance)
        .then(() => reject(new Error("the advisor stopped before it was ready")), reject)
        .finally(() => clearTimeout(timer));
    });
    return checkApi(api);
  } finally {
    delete globalThis[name]; // Go deletes it; this covers a failed start
  }
}

/**
 * Returns the API of the Go runtime for wasmUrl, starting it on first use.
 * @param {string} wasmUrl absolute URL
 * @returns {Promise<AdvisorApi>}
 */
function runtimeFor(wasmUrl) {
  let api = runtimes.get(wasmUrl);
  if (!api) {
    api = startRuntime(wasmUrl);
    runtimes.set(wasmUrl, api);
    api.catch(() => runtimes.delete(wasmUrl));
  }
  return api;
}

/**
 * The origins a catalog-origins attribute allows: each token that is an
 * http(s) origin and nothing more.
 */
function allowedOrigins(attr) {
  const origins = new Set();
  for (const token of (attr ?? "").split(/\s+/).filter(Boolean)) {
    let url = null;
    try {
      url = new URL(token);
    } catch {
      // not a URL: ignored below
    }
    if (url && /^https?:$/.test(url.protocol) && url.href === `${url.origin}/`) {
      origins.add(url.origin);
    } else {
      console.warn(`auhl-studiekeuze: catalog-origins: ignored ${JSON.stringify(token)}: not an origin`);
    }
  }
  return origins;
}

/**
 * The request for the catalog attribute: its absolute URL and the fetch
 * options. Throws when the element may not fetch it: not http(s), or
 * neither the page's origin nor one catalog-origins lists.
 */
function catalogueRequest(attr, originsAttr) {
  const url = new URL(attr, document.baseURI);
  if (!/^https?:$/.test(url.protocol)) {
    throw new Error(`${url.href}: not an http(s) URL`);
  }
  const init = { credentials: "omit", signal: AbortSignal.timeout(CATALOG_TIMEOUT_MS) };
  if (url.origin === location.origin) {
    // The browser itself refuses a redirect to another origin.
    return { url: url.href, init: { ...init, mode: "same-origin" } };
  }
  if (allowedOrigins(originsAttr).has(url.origin)) {
    return { url: url.href, init: { ...init, mode: "cors", redirect: "error" } };
  }
  throw new Error(`${url.href}: another origin than the page's, and not in catalog-origins`);
}

/**
 * Reads a response body as UTF-8 text of at most limit bytes: a larger
 * Content-Length is refused before reading, and the stream is cancelled as
 * soon as it passes the limit, so that an endless body costs no more than
 * limit bytes.
 */
async function readLimited(response, limit) {
  const tooLarge = () => new Error(`${response.url}: larger than ${limit} bytes`);
  const declared = response.headers.get("Content-Length");
  if (declared !== null && Number(declared) > limit) {
    response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) {
    return "";
  }
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

async function fetchCatalogue({ url, init }) {
  const response = await fetch(url, init);
  if (!response.ok) {
    response.body?.cancel().catch(() => {});
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return readLimited(response, MAX_CATALOG_BYTES);
}

async function registerCatalogue(api, text, lang, url) {
  const res = JSON.parse(await api.loadCatalog(text, lang));
  if (!res.ok || !Number.isInteger(res.id)) {
    throw new Error(`${url}: ${res.message ?? "rejected"} ${(res.problems ?? []).join("; ")}`.trim());
  }
  return res.id;
}

/**
 * Returns the id under which the catalogue of request is loaded into the
 * runtime of wasmUrl; fetched once per URL, loaded once per runtime. Rejects
 * when the catalogue cannot be fetched or is refused.
 */
function catalogueId(api, wasmUrl, request, lang) {
  const { url } = request;
  let entry = catalogues.get(url);
  if (!entry) {
    entry = { text: fetchCatalogue(request), ids: new Map() };
    catalogues.set(url, entry);
  }
  let id = entry.ids.get(wasmUrl);
  if (!id) {
    id = entry.text.then((text) => registerCatalogue(api, text, lang, url));
    entry.ids.set(wasmUrl, id);
  }
  return id;
}

/** The language tags for el: its lang, the nearest ancestor's, the browser's. */
function languageTags(el) {
  const owner = el.closest("[lang]:not([lang=''])");
  if (owner) {
    return [owner.getAttribute("lang").trim()];
  }
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  return browser.filter(Boolean);
}

/**
 * The language of LOCAL_TEXT for tags: the first tag in Dutch or English, as
 * Go's matcher decides first. Only the loading and failure notes use it;
 * everything else follows the language Go matched.
 */
function localLang(tags) {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary in LOCAL_TEXT) {
      return primary;
    }
  }
  return "nl";
}

/** Replaces {name} in template by values[name]. */
function fill(template, values) {
  return String(template ?? "").replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));
}

function isWebUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url);
}

/**
 * Creates an element. props: text (set as textContent, never parsed),
 * class, on<event> handlers; the others become attributes (true: empty
 * value; false, null, undefined: left out). Falsy children are skipped.
 */
function h(tag, props = {}, ...children) {
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
function lineList(lines, text, props = {}, skip = "") {
  if (!lines?.length) {
    return null;
  }
  return h("ul", props, ...lines.map((line) => h("li", {},
    document.createTextNode(line.text ?? ""),
    isWebUrl(line.url) && line.url !== skip && document.createTextNode(" "),
    isWebUrl(line.url) && line.url !== skip &&
      h("a", { class: "source", href: line.url, rel: "noopener", target: "_blank", text: `(${text.source})` }))));
}

function joined(lines) {
  return (lines ?? []).map((line) => line.text).filter(Boolean).join(" ");
}

/**
 * A disclosure: a native <details> whose <summary> (label, plus hidden
 * words that tell one disclosure from another to a screen reader) the
 * keyboard reaches and toggles, and whose state the browser announces.
 * key names it, to keep it open or closed when the result is drawn again.
 */
function disclosure(key, label, hidden, props, ...content) {
  return h("details", { ...props, "data-disclosure": key },
    h("summary", { part: "disclosure" },
      h("span", { text: label }),
      hidden && h("span", { class: "visually-hidden", text: hidden })),
    ...content.filter(Boolean));
}

function levelBlock(level, text) {
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

function scaleItem(scale) {
  const max = scale.max > 0 ? scale.max : 1;
  return h("li", { class: "scale" },
    h("span", { text: scale.name }),
    h("meter", { min: 0, max, value: Math.min(Math.max(scale.score, 0), max), "aria-hidden": "true" }),
    h("span", { class: "score", text: `${scale.score}/${scale.max}` }));
}

function interestsBlock(interests, text) {
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
 * (fit, preparation, what admission asks); its reasons, flags, facts to
 * confirm and official page behind a disclosure.
 */
function programmeItem(item, text, institution) {
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
    lineList(item.reasons, text, { class: "reasons" }, item.url),
    lineList(item.flags, text, { class: "flags" }, item.url),
    unconfirmed,
    page));
}

/** How many programmes the overview shows before "more". */
const OVERVIEW_PROGRAMMES = 5;

function programmesBlock(programmes, text, institution) {
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

function listBlock(block, text, part) {
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
function resultNodes(view, text, institution) {
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
 * The study-choice advisor of UHasselt and Hogeschool PXL.
 *
 * Attributes: lang, theme, src, institution, catalog, catalog-origins (see
 * the top of this file). Fires `auhl-advice` (CustomEvent, bubbles, composed) when a result
 * is shown. Stores nothing: answers live in memory, and in the URL fragment
 * only when the user copies a link.
 */
export class AuhlStudiekeuze extends HTMLElement {
  /** Attributes the element follows after it started. */
  static observedAttributes = ["lang", "theme", "institution"];

  #root;
  #els;
  /** @type {AdvisorApi|null} */
  #api = null;
  #ui = null;
  #catalogId = 0;
  /**
   * Notes above the steps. A link that cannot be restored gets the fixed
   * text restoreFailed: nothing of the link itself is ever shown.
   */
  #notes = { catalogFailed: false, restored: false, restoreFailed: false };
  #answers = new Map();
  /** key -> message from Go, or null for "required" (localised at render). */
  #errors = new Map();
  #generalError = "";
  #step = 0;
  #view = null;
  #fragment = "";
  #busy = false;
  /** The next result drawn opens every disclosure (restored from a link). */
  #expanded = false;
  #printOpened = [];
  #onPrint = () => this.#onBeforePrint();
  #onPrinted = () => this.#onAfterPrint();
  #started = false;
  #uiRequest = 0;
  #observer = null;
  #onLanguageChange = () => this.#followLanguage();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = [STYLES];
    this.#els = this.#skeleton();
    this.#root.append(this.#els.container);
  }

  connectedCallback() {
    window.addEventListener("languagechange", this.#onLanguageChange);
    window.addEventListener("beforeprint", this.#onPrint);
    window.addEventListener("afterprint", this.#onPrinted);
    this.#observer = new MutationObserver(this.#onLanguageChange);
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
    if (!this.#started) {
      this.#started = true;
      this.#start();
    }
  }

  disconnectedCallback() {
    window.removeEventListener("languagechange", this.#onLanguageChange);
    window.removeEventListener("beforeprint", this.#onPrint);
    window.removeEventListener("afterprint", this.#onPrinted);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.#ui) {
      return;
    }
    if (name === "lang") {
      this.#reloadLanguage();
    } else if (name === "institution" && this.#step === RESULT_STEP) {
      this.#renderResult();
    }
    // theme needs nothing: the stylesheet follows the attribute.
  }

  // ---- structure ----------------------------------------------------------

  #skeleton() {
    const back = h("button", { type: "button", class: "back", part: "button", hidden: true, onclick: () => this.#back() });
    const next = h("button", { type: "submit", class: "primary", part: "button primary-button" });
    const summary = h("div", { class: "summary", part: "error-summary", role: "alert", onclick: (e) => this.#onSummaryClick(e) });
    const body = h("div", { class: "body", onchange: (e) => this.#onChange(e), oninput: (e) => this.#onInput(e) });
    const form = h("form", { class: "form", part: "form", novalidate: true, hidden: true, onsubmit: (e) => this.#onSubmit(e) },
      summary, body, h("div", { class: "nav" }, back, next));
    const els = {
      title: h("p", { class: "title", part: "title", id: "title" }),
      intro: h("p", { class: "intro", part: "intro" }),
      status: h("div", { class: "status" }),
      notes: h("div", { class: "notes" }),
      stepOf: h("p", { class: "step-of", part: "step-of", hidden: true }),
      steps: h("ol", { class: "steps", part: "steps", role: "list", hidden: true }),
      form, summary, body, back, next,
      resultHeading: h("h2", { class: "result-heading", part: "heading result-heading", tabindex: "-1", hidden: true }),
      result: h("div", { class: "result", part: "result", role: "status", "aria-live": "polite" }),
      resultBack: h("button", { type: "button", part: "button", onclick: () => this.#back() }),
      restart: h("button", { type: "button", part: "button", onclick: () => this.#restart() }),
      print: h("button", { type: "button", part: "button", onclick: () => window.print() }),
      copy: h("button", { type: "button", part: "button primary-button", class: "primary", onclick: () => this.#copyLink() }),
      linkNote: h("p", { class: "link-note", role: "status" }),
      linkField: h("div", { class: "link-field", part: "link-field" }),
    };
    els.actions = h("div", { class: "actions", part: "actions", hidden: true },
      els.resultBack, els.restart, els.print, els.copy, els.linkNote, els.linkField);
    // A region landmark named by the title, wherever the page puts it.
    els.container = h("section", { class: "container", part: "container", "aria-labelledby": "title" },
      h("header", { class: "head" }, els.title, els.intro),
      els.status, els.notes, els.stepOf, els.steps, els.form,
      els.resultHeading, els.result, els.actions);
    return els;
  }

  // ---- start-up -------------------------------------------------------------

  async #start() {
    const tags = languageTags(this);
    const local = LOCAL_TEXT[localLang(tags)];
    this.#els.status.replaceChildren(h("p", { class: "notice", part: "notice", role: "status", text: local.loading }));
    try {
      const wasmUrl = new URL(this.getAttribute("src") || DEFAULT_WASM_URL, document.baseURI).href;
      this.#api = await runtimeFor(wasmUrl);
      await this.#useCatalogue(wasmUrl, tags);
      await this.#loadUi(tags);
      const now = languageTags(this); // the language may have changed meanwhile
      if (now.join() !== tags.join()) {
        await this.#loadUi(now);
      }
    } catch (err) {
      console.error("auhl-studiekeuze: the advisor could not be loaded:", err);
      this.#els.status.replaceChildren(
        h("p", { class: "notice alert", part: "notice", role: "alert", text: local.failed }));
      return;
    }
    this.#els.status.replaceChildren();
    this.#renderAll();
    this.dispatchEvent(new CustomEvent("auhl-ready", {
      detail: { lang: this.#ui.lang, catalog: this.#ui.catalog?.version ?? "" },
      bubbles: true,
      composed: true,
    }));
    if (location.hash.startsWith(FRAGMENT_PREFIX)) {
      await this.#restore(location.hash.slice(FRAGMENT_PREFIX.length));
    }
  }

  async #useCatalogue(wasmUrl, tags) {
    const attr = this.getAttribute("catalog");
    if (!attr) {
      return;
    }
    try {
      const request = catalogueRequest(attr, this.getAttribute("catalog-origins"));
      this.#catalogId = await catalogueId(this.#api, wasmUrl, request, localLang(tags));
    } catch (err) {
      console.error("auhl-studiekeuze: catalogue not used:", err);
      this.#catalogId = 0;
      this.#notes.catalogFailed = true;
    }
  }

  async #loadUi(tags) {
    const request = ++this.#uiRequest;
    const ui = JSON.parse(await this.#api.ui(tags, this.#catalogId));
    if (request !== this.#uiRequest) {
      return false;
    }
    this.#ui = ui;
    this.#ui.questions ??= [];
    this.#ui.sections ??= [];
    this.#ui.text ??= {};
    return true;
  }

  #followLanguage() {
    if (this.#ui && !this.hasAttribute("lang")) {
      this.#reloadLanguage();
    }
  }

  async #reloadLanguage() {
    const before = this.#ui.lang;
    try {
      if (!(await this.#loadUi(languageTags(this))) || this.#ui.lang === before) {
        return;
      }
    } catch (err) {
      console.error("auhl-studiekeuze: could not switch language:", err);
      return;
    }
    for (const [key, message] of this.#errors) {
      if (message !== null) {
        this.#errors.delete(key); // Go's message is in the old language
      }
    }
    this.#generalError = "";
    const focused = this.#root.activeElement?.id;
    this.#renderAll();
    if (focused) {
      this.#root.getElementById(focused)?.focus({ preventScroll: true });
    }
    if (this.#step === RESULT_STEP && this.#view && !this.#busy) {
      await this.#refreshResult();
    }
  }

  async #refreshResult() {
    try {
      const res = await this.#advise();
      if (res.ok && this.#step === RESULT_STEP) {
        this.#view = res.result;
        this.#fragment = res.fragment ?? "";
        this.#renderResult();
      }
    } catch (err) {
      console.error("auhl-studiekeuze: advice failed:", err);
    }
  }

  // ---- rendering ------------------------------------------------------------

  #text(key) {
    return this.#ui.text[key] ?? "";
  }

  #renderAll() {
    const els = this.#els;
    els.container.lang = this.#ui.lang;
    els.title.textContent = this.#text("title");
    els.intro.textContent = this.#text("intro");
    els.back.textContent = this.#text("back");
    els.resultBack.textContent = this.#text("back");
    els.restart.textContent = this.#text("restart");
    els.print.textContent = this.#text("print");
    els.copy.textContent = this.#text("copyLink");
    els.linkNote.textContent = "";
    els.linkField.replaceChildren();
    if (this.#text("steps")) {
      els.steps.setAttribute("aria-label", this.#text("steps"));
    }
    els.steps.replaceChildren(...STEP_LABELS.map((key) => h("li", { class: "step", part: "step", text: this.#text(key) })));
    els.steps.hidden = false;
    els.stepOf.hidden = false;
    this.#renderNotes();
    this.#renderStep();
    if (this.#step === RESULT_STEP) {
      this.#renderResult();
    }
  }

  #renderNotes() {
    const notes = [];
    if (this.#notes.restored) {
      notes.push(this.#text("restored"));
    }
    if (this.#notes.restoreFailed) {
      notes.push(this.#text("restoreFailed"));
    }
    if (this.#notes.catalogFailed) {
      notes.push(this.#text("catalogFailed"));
    }
    this.#els.notes.replaceChildren(...notes.map((text) => h("p", { class: "notice", part: "notice", text })));
  }

  #renderStep() {
    const els = this.#els;
    const onForm = this.#step < RESULT_STEP;
    [...els.steps.children].forEach((li, i) => {
      li.classList.toggle("done", i < this.#step);
      if (i === this.#step) {
        li.setAttribute("aria-current", "step");
      } else {
        li.removeAttribute("aria-current");
      }
    });
    els.stepOf.textContent = fill(this.#text("stepOf"), { n: this.#step + 1, total: TOTAL_STEPS });
    els.form.hidden = !onForm;
    els.resultHeading.hidden = onForm;
    els.actions.hidden = onForm;
    if (onForm) {
      els.back.hidden = this.#step === 0;
      els.next.textContent = this.#text(this.#step === RESULT_STEP - 1 ? "showAdvice" : "next");
      this.#renderSection();
    }
  }

  #sectionQuestions(step = this.#step) {
    return this.#ui.questions.filter((q) => q.section === SECTIONS[step]);
  }

  #renderSection() {
    const id = SECTIONS[this.#step];
    const section = this.#ui.sections.find((s) => s.id === id) ?? {};
    const progress = id === "interests"
      ? h("p", { class: "progress", part: "progress", role: "status" })
      : null;
    const list = this.#sectionQuestions();
    // A section of optional questions only (interests, preferences) is
    // marked optional once, not on every question.
    const allOptional = list.length > 0 && list.every((q) => !q.required);
    const questions = list.map((q) => this.#renderQuestion(q, !allOptional));
    this.#els.body.replaceChildren(...[
      h("h2", { class: "heading", part: "heading", tabindex: "-1", text: section.heading || this.#text(STEP_LABELS[this.#step]) }),
      (section.intro || allOptional) && h("p", { class: "section-intro" },
        section.intro && h("span", { text: section.intro }),
        section.intro && allOptional && document.createTextNode(" "),
        allOptional && h("span", { class: "optional", text: this.#text("optional") })),
      progress,
      h("div", { class: "questions" }, ...questions),
    ].filter(Boolean));
    this.#applyConditions();
    this.#renderSummary();
  }

  #controlId(key) {
    return `q${this.#ui.questions.findIndex((q) => q.key === key)}`;
  }

  #questionLabel(q, tag, props, marked) {
    const optional = marked && !q.required;
    return h(tag, { class: "question-text", ...props },
      h("span", { text: q.text }),
      optional && document.createTextNode(" "),
      optional && h("span", { class: "optional", text: this.#text("optional") }));
  }

  /**
   * One question. marked: the question shows its own optional marker
   * (rather than its section). An optional radio group gets a "no answer"
   * choice to undo an answer, except the interest items: a rating scale
   * whose live count shows what is left open.
   */
  #renderQuestion(q, marked) {
    const id = this.#controlId(q.key);
    const wrapper = q.kind === "number" ? this.#renderNumber(q, id, marked) : this.#renderChoices(q, id, marked);
    this.#setInlineError(wrapper, this.#errorMessage(q.key));
    return wrapper;
  }

  #renderChoices(q, id, marked) {
    const answer = this.#answers.get(q.key) ?? 0;
    const options = [...(q.choices ?? [])];
    if (!q.required && q.section !== "interests" && this.#text("noAnswer")) {
      options.push({ value: 0, label: this.#text("noAnswer") });
    }
    const choices = options.map((choice, i) => {
      const inputId = `${id}-${i}`;
      return h("label", { class: "choice", part: "choice", for: inputId },
        h("input", {
          type: "radio", id: inputId, name: id, value: choice.value,
          checked: answer === choice.value, required: Boolean(q.required),
        }),
        h("span", { text: choice.label }));
    });
    return h("fieldset", { class: "question", part: "question", "data-key": q.key, "data-error-id": `${id}-error` },
      this.#questionLabel(q, "legend", {}, marked),
      h("div", { class: "choices" }, ...choices));
  }

  #renderNumber(q, id, marked) {
    const answer = this.#answers.get(q.key);
    const hasRange = Number.isFinite(q.min) && Number.isFinite(q.max);
    const hintId = `${id}-hint`;
    return h("div", { class: "question", part: "question", "data-key": q.key, "data-error-id": `${id}-error` },
      this.#questionLabel(q, "label", { for: id }, marked),
      hasRange && h("p", { class: "hint", id: hintId, text: `${q.min}–${q.max}` }),
      h("input", {
        type: "number", id, name: id, inputmode: "numeric", step: 1,
        min: q.min, max: q.max, value: answer, required: Boolean(q.required),
        "data-hint": hasRange ? hintId : null,
      }));
  }

  /** Shows or clears the error message of one question. */
  #setInlineError(wrapper, message) {
    const errorId = wrapper.dataset.errorId;
    wrapper.querySelector(".error")?.remove();
    wrapper.classList.toggle("invalid", Boolean(message));
    if (message) {
      const label = wrapper.querySelector(".question-text");
      label.after(h("p", { class: "error", part: "error", id: errorId, text: message }));
    }
    for (const input of wrapper.querySelectorAll("input")) {
      const described = [input.dataset.hint, message && errorId].filter(Boolean).join(" ");
      if (described) {
        input.setAttribute("aria-describedby", described);
      } else {
        input.removeAttribute("aria-describedby");
      }
      if (message) {
        input.setAttribute("aria-invalid", "true");
      } else {
        input.removeAttribute("aria-invalid");
      }
    }
  }

  #errorMessage(key) {
    if (!this.#errors.has(key)) {
      return "";
    }
    return this.#errors.get(key) ?? this.#text("required");
  }

  /**
   * The keys of the questions whose conditions fail. A condition holds when
   * the answer of its key (0 when unanswered) is one of its values, the
   * same test Go applies.
   */
  #hiddenKeys() {
    const holds = (c) => (c.values ?? []).includes(this.#answers.get(c.key) ?? 0);
    return new Set(this.#ui.questions.filter((q) => !(q.when ?? []).every(holds)).map((q) => q.key));
  }

  #applyConditions() {
    const hidden = this.#hiddenKeys();
    for (const node of this.#els.body.querySelectorAll(".question")) {
      node.hidden = hidden.has(node.dataset.key);
    }
    this.#updateProgress(hidden);
  }

  #updateProgress(hidden) {
    const progress = this.#els.body.querySelector(".progress");
    if (!progress) {
      return;
    }
    const shown = this.#sectionQuestions().filter((q) => !hidden.has(q.key));
    const n = shown.filter((q) => this.#answers.has(q.key)).length;
    progress.textContent = fill(this.#text("interestsProgress"), { n, total: shown.length });
  }

  #renderSummary() {
    const hidden = this.#hiddenKeys();
    const items = this.#sectionQuestions()
      .filter((q) => this.#errors.has(q.key) && !hidden.has(q.key))
      .map((q) => h("li", { "data-error-key": q.key },
        h("button", { type: "button", class: "link", "data-key": q.key, text: `${q.text}: ${this.#errorMessage(q.key)}` })));
    if (this.#generalError) {
      items.push(h("li", { text: this.#generalError }));
    }
    if (!items.length) {
      this.#els.summary.replaceChildren();
      return;
    }
    this.#els.summary.replaceChildren(
      h("p", { class: "summary-title", text: this.#text("fixErrors") }),
      h("ul", {}, ...items));
  }

  #renderResult() {
    const view = this.#view;
    if (!view) {
      return;
    }
    const result = this.#els.result;
    // Drawn again (another language, another institution): each
    // disclosure keeps its state. A result restored from a link opens
    // every one: whoever opens a link sees the whole result.
    const open = new Set([...result.querySelectorAll("details[open]")].map((d) => d.dataset.disclosure));
    this.#els.resultHeading.textContent = this.#text("resultHeading");
    result.removeAttribute("aria-busy");
    result.replaceChildren(...resultNodes(view, this.#ui.text, this.getAttribute("institution")));
    for (const d of result.querySelectorAll("details")) {
      d.open = this.#expanded || open.has(d.dataset.disclosure);
    }
    this.#expanded = false;
  }

  /** Before printing, opens every disclosure; after, closes those it opened. */
  #onBeforePrint() {
    this.#printOpened = [...this.#els.result.querySelectorAll("details:not([open])")];
    for (const d of this.#printOpened) {
      d.open = true;
    }
  }

  #onAfterPrint() {
    for (const d of this.#printOpened) {
      d.open = false;
    }
    this.#printOpened = [];
  }

  // ---- interaction ----------------------------------------------------------

  #questionOf(target) {
    const wrapper = target.closest?.(".question");
    return wrapper ? { wrapper, key: wrapper.dataset.key } : null;
  }

  #onChange(event) {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.type === "radio" && input.checked) {
      const value = Number(input.value);
      this.#answer(input, value === 0 ? null : value);
    }
  }

  #onInput(event) {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.type === "number") {
      const value = input.value === "" ? NaN : Number(input.value);
      this.#answer(input, Number.isFinite(value) ? value : null);
    }
  }

  /** Records an answer (null: none) and updates what depends on it. */
  #answer(input, value) {
    const question = this.#questionOf(input);
    if (!question) {
      return;
    }
    if (value === null) {
      this.#answers.delete(question.key);
    } else {
      this.#answers.set(question.key, value);
      if (this.#errors.delete(question.key)) {
        this.#setInlineError(question.wrapper, "");
        this.#els.summary.querySelector(`[data-error-key="${CSS.escape(question.key)}"]`)?.remove();
        if (!this.#els.summary.querySelector("li")) {
          this.#els.summary.replaceChildren();
        }
      }
    }
    this.#applyConditions();
  }

  #onSummaryClick(event) {
    const key = event.target.closest?.("button[data-key]")?.dataset.key;
    if (key !== undefined) {
      this.#focusControl(key);
    }
  }

  #onSubmit(event) {
    event.preventDefault();
    this.#next();
  }

  #focusControl(key) {
    const wrapper = [...this.#els.body.querySelectorAll(".question")].find((n) => n.dataset.key === key);
    const input = wrapper?.querySelector("input:checked") ?? wrapper?.querySelector("input");
    if (input && !wrapper.hidden) {
      input.focus();
      return true;
    }
    return false;
  }

  #focusHeading() {
    const heading = this.#step === RESULT_STEP ? this.#els.resultHeading : this.#els.body.querySelector("h2");
    heading?.focus();
  }

  /** Checks the required questions of the current step; returns the keys missing. */
  #checkStep() {
    const hidden = this.#hiddenKeys();
    const missing = [];
    for (const q of this.#sectionQuestions()) {
      if (q.required && !hidden.has(q.key) && !this.#answers.has(q.key)) {
        this.#errors.set(q.key, null);
        missing.push(q.key);
      } else if (this.#errors.get(q.key) === null) {
        this.#errors.delete(q.key);
      }
    }
    return missing;
  }

  async #next() {
    if (this.#busy || this.#step >= RESULT_STEP) {
      return;
    }
    this.#generalError = "";
    const missing = this.#checkStep();
    if (missing.length) {
      this.#renderSection();
      this.#focusControl(missing[0]);
      return;
    }
    if (this.#step < RESULT_STEP - 1) {
      this.#go(this.#step + 1);
      return;
    }
    await this.#submit(false);
  }

  #back() {
    if (this.#busy || this.#step === 0) {
      return;
    }
    this.#generalError = "";
    this.#go(this.#step - 1);
  }

  /** Shows step, moving focus to its heading. */
  #go(step) {
    if (step !== RESULT_STEP) {
      this.#view = null;
      this.#els.result.replaceChildren();
      this.#els.linkNote.textContent = "";
      this.#els.linkField.replaceChildren();
    }
    this.#step = step;
    this.#renderStep();
    if (step === RESULT_STEP) {
      this.#renderResult();
    }
    this.#focusHeading();
  }

  #restart() {
    this.#answers.clear();
    this.#errors.clear();
    this.#generalError = "";
    this.#fragment = "";
    this.#notes.restored = false;
    this.#notes.restoreFailed = false;
    this.#renderNotes();
    this.#go(0);
  }

  #setBusy(busy) {
    this.#busy = busy;
    this.#els.next.disabled = busy;
    if (busy) {
      this.#els.result.setAttribute("aria-busy", "true");
      this.#els.result.textContent = this.#text("loadingAdvice");
    } else {
      this.#els.result.removeAttribute("aria-busy");
    }
  }

  /** Asks Go for advice in the current language (again if it changed meanwhile). */
  async #advise() {
    for (;;) {
      const lang = this.#ui.lang;
      const answers = JSON.stringify(Object.fromEntries(this.#answers));
      const res = JSON.parse(await this.#api.advise(answers, lang, this.#catalogId));
      if (lang === this.#ui.lang) {
        return res;
      }
    }
  }

  /** Asks for advice; shows the result, or Go's errors on their step. */
  async #submit(restored) {
    this.#setBusy(true);
    let res;
    try {
      res = await this.#advise();
    } catch (err) {
      console.error("auhl-studiekeuze: advice failed:", err);
      res = { ok: false, errors: [{ key: "", message: err?.message || String(err) }] };
    } finally {
      this.#setBusy(false);
    }
    if (!res.ok) {
      this.#showErrors(res.errors ?? [], restored);
      return;
    }
    this.#view = res.result ?? {};
    this.#fragment = res.fragment ?? "";
    this.#els.result.replaceChildren(); // a new result: no disclosure kept
    this.#expanded = restored;
    this.#go(RESULT_STEP);
    this.dispatchEvent(new CustomEvent("auhl-advice", { detail: res.event ?? {}, bubbles: true, composed: true }));
  }

  #showErrors(errors, restored) {
    this.#errors.clear();
    const general = [];
    for (const e of errors) {
      if (e.key && this.#ui.questions.some((q) => q.key === e.key)) {
        this.#errors.set(e.key, e.message || null);
      } else {
        general.push(e.message);
      }
    }
    this.#generalError = general.filter(Boolean).join(" ");
    const first = this.#ui.questions.find((q) => this.#errors.has(q.key));
    const step = first ? SECTIONS.indexOf(first.section) : Math.min(this.#step, RESULT_STEP - 1);
    this.#go(step < 0 ? 0 : step);
    if (!restored && first) {
      this.#focusControl(first.key);
    }
  }

  async #restore(raw) {
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // keep the raw value; Go reports it as broken
    }
    let res;
    try {
      res = JSON.parse(await this.#api.decode(value, this.#ui.lang, this.#catalogId));
    } catch (err) {
      console.error("auhl-studiekeuze: could not decode the link:", err);
      res = { ok: false };
    }
    if (!res.ok) {
      this.#notes.restoreFailed = true;
      this.#renderNotes();
      return;
    }
    this.#answers = new Map(Object.entries(res.answers ?? {}).filter(([, v]) => Number.isFinite(v)));
    this.#notes.restored = true;
    this.#renderNotes();
    await this.#submit(true);
  }

  async #copyLink() {
    const link = `${location.href.split("#")[0]}${FRAGMENT_PREFIX}${this.#fragment}`;
    this.#els.linkField.replaceChildren();
    try {
      await navigator.clipboard.writeText(link);
      this.#els.linkNote.textContent = this.#text("linkCopied");
    } catch {
      this.#showLinkField(link);
    }
  }

  #showLinkField(link) {
    const input = h("input", { type: "text", id: "auhl-link", readonly: true, value: link });
    this.#els.linkNote.textContent = "";
    this.#els.linkField.replaceChildren(h("label", { for: "auhl-link", text: this.#text("linkLabel") }), input);
    input.focus();
    input.select();
  }
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, AuhlStudiekeuze);
}
