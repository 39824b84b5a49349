// The element's styles: one constructable stylesheet's text, themes
// included (a <style> element in a shadow root is blocked by a strict CSP).


export const STYLE_TEXT = `
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
.busy { font-weight: 600; color: var(--auhl-muted); margin-block: 1rem 0; }
.busy:empty, .status:empty { display: none; }
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
  .head, .status, .busy, .notes, .step-of, .steps, form, .actions { display: none !important; }
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
