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
 *   auhl-interactive
 *                CustomEvent (bubbles, composed) dispatched once, when the
 *                first step is shown and can be answered: at once, from the
 *                first screen the build wrote into this file, while the Go
 *                runtime is still loading; detail: {lang}.
 *   auhl-ready   CustomEvent (bubbles, composed) dispatched once, when the
 *                advisor is ready: its Go runtime runs and the catalogue is
 *                settled; detail: {lang, catalog}.
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
 *   next-steps, disclaimer, versions, actions, link-field, busy
 *
 * Start-up: the first screen (the questions of the embedded catalogue in
 * Dutch and English) is drawn at once, and the Go runtime loads meanwhile.
 * A student can answer, move between the steps and switch language before
 * it is there; asking for the advice waits for it with a busy note in a
 * status region. A runtime that cannot be loaded leaves the questions and
 * an alert in the element's language.
 *
 * The result is an overview first: the level advice, then the five
 * best-fitting programmes in a few lines each, with what holds for all of
 * them said once above the list; the reasons, steps and sources wait
 * behind native disclosures (<details>), as do the scale scores and the
 * programmes after the fifth. Printing, and a result restored from a
 * link, show every disclosure open.
 */

import { STYLE_TEXT } from "./styles.js";
import { LOCAL_TEXT, fill, languageTags, matchLang } from "./lang.js";
import { DEFAULT_WASM_URL, runtimeFor, warmUp } from "./runtime.js";
import { catalogueId, catalogueRequest } from "./catalog.js";
import { h, hiddenKeys, resultNodes } from "./view.js";

/**
 * What the build writes for the first screen: {ui: {nl, en}, close}, the
 * UI of the embedded catalogue in each language and the table of
 * matchLang (see wasm.FirstScreen). null in a script the build did not
 * write: then the element waits for the runtime.
 */
const FIRST_SCREEN = /*auhl:first-screen*/null;

const TAG = "auhl-studiekeuze";
const SECTIONS = ["background", "interests", "preferences"];
const STEP_LABELS = ["stepBackground", "stepInterests", "stepPreferences", "stepResult"];
const RESULT_STEP = SECTIONS.length;
const TOTAL_STEPS = SECTIONS.length + 1;
const FRAGMENT_PREFIX = "#auhl=";

const STYLES = new CSSStyleSheet();
STYLES.replaceSync(STYLE_TEXT);
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
  /** The absolute URL of the module. */
  #wasmUrl = "";
  /** Promise of #connect: whether the advisor is ready. */
  #ready = Promise.resolve(false);
  #shown = false;
  #readySent = false;
  #catalogueTried = false;
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
      // Live regions exist from the start: text written into a region
      // made at the same time is not announced.
      status: h("div", { class: "status", role: "status" }),
      busy: h("p", { class: "busy", part: "busy", role: "status" }),
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
      els.status, els.notes, els.stepOf, els.steps, els.form, els.busy,
      els.resultHeading, els.result, els.actions);
    return els;
  }

  // ---- start-up -------------------------------------------------------------

  /**
   * Draws the first screen at once when the build wrote one, then loads the
   * runtime (and the configured catalogue); restores a link's answers once
   * the runtime is there.
   */
  async #start() {
    this.#wasmUrl = new URL(this.getAttribute("src") || DEFAULT_WASM_URL, document.baseURI).href;
    const tags = languageTags(this);
    if (this.#useFirstScreen(tags)) {
      this.#renderAll();
      this.#interactive();
    } else {
      this.#els.status.replaceChildren(h("p", { class: "notice", part: "notice", text: this.#local().loading }));
    }
    this.#ready = this.#connect();
    if ((await this.#ready) && location.hash.startsWith(FRAGMENT_PREFIX)) {
      await this.#restore(location.hash.slice(FRAGMENT_PREFIX.length));
    }
  }

  /** The element's language before the runtime has matched one. */
  #lang() {
    return this.#ui?.lang ?? matchLang(languageTags(this), FIRST_SCREEN?.close);
  }

  /** The texts of LOCAL_TEXT in the element's language. */
  #local() {
    return LOCAL_TEXT[this.#lang()] ?? LOCAL_TEXT.nl;
  }

  /**
   * Takes the first screen's UI for tags, when there is one and it holds for
   * the catalogue in use (the embedded one); reports whether it did.
   */
  #useFirstScreen(tags) {
    const ui = this.#catalogId === 0 ? FIRST_SCREEN?.ui?.[matchLang(tags, FIRST_SCREEN.close)] : null;
    if (!ui) {
      return false;
    }
    this.#setUi(structuredClone(ui));
    return true;
  }

  #setUi(ui) {
    this.#ui = ui;
    this.#ui.questions ??= [];
    this.#ui.sections ??= [];
    this.#ui.text ??= {};
  }

  #interactive() {
    if (this.#shown) {
      return;
    }
    this.#shown = true;
    this.dispatchEvent(new CustomEvent("auhl-interactive", { detail: { lang: this.#ui.lang }, bubbles: true, composed: true }));
  }

  /**
   * Loads the runtime and the configured catalogue, and the runtime's UI
   * where the first screen does not hold (another catalogue, another
   * module); resolves to whether the advisor is ready. A runtime that
   * cannot be loaded leaves an alert in the element's language.
   */
  async #connect() {
    try {
      this.#api = await runtimeFor(this.#wasmUrl);
      await this.#useCatalogue();
      if (!this.#ui || this.#catalogId !== 0 || this.hasAttribute("src")) {
        const before = this.#ui && JSON.stringify(this.#ui);
        if ((await this.#loadUi(languageTags(this))) && JSON.stringify(this.#ui) !== before) {
          this.#redraw();
        }
      }
    } catch (err) {
      console.error("auhl-studiekeuze: the advisor could not be loaded:", err);
      this.#api = null;
      this.#els.status.replaceChildren(
        h("p", { class: "notice alert", part: "notice", role: "alert", text: this.#local().failed }));
      return false;
    }
    this.#els.status.replaceChildren();
    this.#renderNotes();
    this.#interactive();
    if (!this.#readySent) {
      this.#readySent = true;
      this.dispatchEvent(new CustomEvent("auhl-ready", {
        detail: { lang: this.#ui.lang, catalog: this.#ui.catalog?.version ?? "" },
        bubbles: true,
        composed: true,
      }));
    }
    warmUp(this.#api);
    return true;
  }

  /**
   * The runtime's API, once the advisor is ready; a runtime that failed to
   * load is tried again. Rejects when it cannot be loaded.
   */
  async #whenReady() {
    if (!(await this.#ready)) {
      this.#ready = this.#connect();
      if (!(await this.#ready)) {
        throw new Error("the advisor could not be loaded");
      }
    }
    return this.#api;
  }

  async #useCatalogue() {
    const attr = this.getAttribute("catalog");
    if (!attr || this.#catalogueTried) {
      return;
    }
    this.#catalogueTried = true;
    try {
      const request = catalogueRequest(attr, this.getAttribute("catalog-origins"));
      this.#catalogId = await catalogueId(this.#api, this.#wasmUrl, request, this.#lang());
    } catch (err) {
      console.error("auhl-studiekeuze: catalogue not used:", err);
      this.#catalogId = 0;
      this.#notes.catalogFailed = true;
    }
  }

  /**
   * Takes the UI for tags: the first screen's for the embedded catalogue
   * (until the runtime is there, and after it when this file's module is
   * in use), else the runtime's. Reports whether it is still the latest
   * request.
   */
  async #loadUi(tags) {
    const request = ++this.#uiRequest;
    if ((!this.#api || !this.hasAttribute("src")) && this.#useFirstScreen(tags)) {
      return true;
    }
    const api = this.#api ?? (await this.#whenReady());
    const ui = JSON.parse(await api.ui(tags, this.#catalogId));
    if (request !== this.#uiRequest) {
      return false;
    }
    this.#setUi(ui);
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
    this.#redraw();
    if (this.#step === RESULT_STEP && this.#view && !this.#busy) {
      await this.#refreshResult();
    }
  }

  /** Draws everything again in the UI taken, keeping the answers and the focus. */
  #redraw() {
    const focused = this.#root.activeElement?.id;
    this.#renderAll();
    if (focused) {
      this.#root.getElementById(focused)?.focus({ preventScroll: true });
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

  #hiddenKeys() {
    return hiddenKeys(this.#ui.questions, this.#answers);
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

  /**
   * Shows that the advice is on its way (the runtime may still be loading):
   * a note in a status region of its own, as a region that is aria-busy
   * may keep its news to itself.
   */
  #setBusy(busy) {
    this.#busy = busy;
    this.#els.next.disabled = busy;
    this.#els.busy.textContent = busy ? this.#text("loadingAdvice") : "";
    if (busy) {
      this.#els.result.setAttribute("aria-busy", "true");
    } else {
      this.#els.result.removeAttribute("aria-busy");
    }
  }

  /** Asks Go for advice in the current language (again if it changed meanwhile). */
  async #advise() {
    for (;;) {
      const lang = this.#ui.lang;
      const answers = JSON.stringify(Object.fromEntries(this.#answers));
      const api = await this.#whenReady();
      const res = JSON.parse(await api.advise(answers, lang, this.#catalogId));
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
      const message = this.#api ? err?.message || String(err) : this.#local().failed;
      res = { ok: false, errors: [{ key: "", message }] };
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
      const api = await this.#whenReady();
      res = JSON.parse(await api.decode(value, this.#ui.lang, this.#catalogId));
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
