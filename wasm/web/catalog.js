// A newer catalogue the page configures: which URLs may be fetched, how
// much is read, and its registration with the runtime.

/** The largest catalogue file read, in bytes: Go's wasm.MaxCatalog. */
export const MAX_CATALOG_BYTES = 2 << 20;
/** How long a catalogue may take to arrive before the embedded one is used. */
export const CATALOG_TIMEOUT_MS = 30000;
/** Absolute catalogue URL -> {text: Promise<string>, ids: Map<wasm URL, Promise<number>>}. */
export const catalogues = new Map();

/**
 * The origins a catalog-origins attribute allows: each token that is an
 * http(s) origin and nothing more.
 */
export function allowedOrigins(attr) {
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
export function catalogueRequest(attr, originsAttr) {
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
export async function readLimited(response, limit) {
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

export async function fetchCatalogue({ url, init }) {
  const response = await fetch(url, init);
  if (!response.ok) {
    response.body?.cancel().catch(() => {});
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return readLimited(response, MAX_CATALOG_BYTES);
}

export async function registerCatalogue(api, text, lang, url) {
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
export function catalogueId(api, wasmUrl, request, lang) {
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

