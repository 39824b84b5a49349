import { test } from "node:test";
import assert from "node:assert/strict";
import { checkApi, warmUp } from "../runtime.js";

function fakeApi() {
  const api = { calls: 0 };
  for (const name of ["ui", "advise", "loadCatalog", "decode"]) {
    api[name] = async () => "{}";
  }
  api.warmUp = async () => { api.calls++; return ""; };
  return api;
}

test("checkApi wants every function of the API", () => {
  const api = fakeApi();
  assert.equal(checkApi(api), api);
  delete api.decode;
  assert.throws(() => checkApi(api), /lacks decode/);
  assert.throws(() => checkApi(undefined), /lacks ui/);
});

test("warmUp asks a runtime once, when the page is idle", async () => {
  const api = fakeApi();
  const idle = [];
  warmUp(api, (cb) => idle.push(cb));
  warmUp(api, (cb) => idle.push(cb));
  assert.equal(api.calls, 0, "nothing before the page is idle");
  assert.equal(idle.length, 1, "one warm-up per runtime");
  idle[0]();
  assert.equal(api.calls, 1);
});

test("warmUp leaves a runtime without it alone", () => {
  const api = fakeApi();
  delete api.warmUp;
  assert.doesNotThrow(() => warmUp(api, () => assert.fail("not asked")));
  assert.doesNotThrow(() => warmUp(null, () => assert.fail("not asked")));
});

test("a warm-up that fails is only a missed head start", async () => {
  const api = fakeApi();
  api.warmUp = async () => { throw new Error("boom"); };
  warmUp(api, (cb) => cb());
  await new Promise((r) => setTimeout(r, 10));
});
