// Loading the Go runtime: one per module per page, its API handed over
// through a one-shot callback.

// The builder replaces these two literals with the hashed file names.
export const DEFAULT_WASM_URL = new URL("./auhl-advisor.wasm", import.meta.url).href;
export const WASM_EXEC_URL = new URL("./wasm_exec.js", import.meta.url).href;
/** How long Go's main may take, once running, to hand over its API. */
export const HANDOVER_TIMEOUT_MS = 10000;

/**
 * The Go advisor's API, handed over by the wasm module.
 * @typedef {object} AdvisorApi
 * @property {(tags: string[], catalogId: number) => Promise<string>} ui
 * @property {(answers: string, lang: string, catalogId: number) => Promise<string>} advise
 * @property {(text: string, lang: string) => Promise<string>} loadCatalog
 * @property {(fragment: string, lang: string, catalogId: number) => Promise<string>} decode
 */

/** Absolute wasm URL -> Promise of its AdvisorApi: one Go runtime per module per page. */
export const runtimes = new Map();
/** Absolute catalogue URL -> {text: Promise<string>, ids: Map<wasm URL, Promise<number>>}. */
/** The Go class of wasm_exec.js, imported once. */
export let goClass = null;

/** Imports wasm_exec.js (a classic script that sets globalThis.Go) once. */
export function loadGoClass() {
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

export function randomName() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `__auhl_handover_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export async function instantiate(url, fetched, importObject) {
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

export function checkApi(api) {
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
export async function startRuntime(wasmUrl) {
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
export function runtimeFor(wasmUrl) {
  let api = runtimes.get(wasmUrl);
  if (!api) {
    api = startRuntime(wasmUrl);
    runtimes.set(wasmUrl, api);
    api.catch(() => runtimes.delete(wasmUrl));
  }
  return api;
}

/** The runtimes already warmed up. */
const warmed = new WeakSet();

/**
 * Asks the runtime behind api, once, to prepare what the first advice needs
 * (reading the messages, one advice worked out and forgotten), in idle time
 * after the first screen: nothing of it is on the way to the first question.
 * @param {AdvisorApi} api
 * @param {(cb: () => void) => void} [idle] runs cb when the page is idle
 */
export function warmUp(api, idle = whenIdle) {
  if (!api || warmed.has(api) || typeof api.warmUp !== "function") {
    return;
  }
  warmed.add(api);
  idle(() => {
    api.warmUp().catch(() => {}); // only a head start: the advice works without it
  });
}

function whenIdle(cb) {
  if (typeof requestIdleCallback === "function") {
    requestIdleCallback(cb, { timeout: 2000 });
  } else {
    setTimeout(cb, 200);
  }
}
