import { test } from "node:test";
import assert from "node:assert/strict";
import { fill, matchLang } from "../lang.js";

test("matchLang picks Dutch or English as Go's matchLang does", () => {
  const close = { fy: "nl", af: "nl", cy: "en", sw: "en" };
  const cases = [
    [["nl"], "nl"],
    [["en-GB", "nl"], "en"],
    [["nl-BE", "en"], "nl"],
    [["NL-be"], "nl"],
    [["en_IE"], "en"],
    [["dut"], "nl"],
    [["eng"], "en"],
    [["fr", "en"], "en"],
    [["fy", "en"], "en"],
    [["fy"], "nl"],
    [["de", "cy"], "en"],
    [["de-DE"], "nl"],
    [[], "nl"],
    [["", " en "], "en"],
    [["en-", "nl"], "nl"],
    [["-en"], "nl"],
    [["e1"], "nl"],
    [["toolongsubtag-en"], "nl"],
    [["x-klingon", "en"], "en"],
    [["en-u-ca-gregory"], "en"],
    [["constructor"], "nl"],
  ];
  for (const [tags, want] of cases) {
    assert.equal(matchLang(tags, close), want, JSON.stringify(tags));
  }
});

test("matchLang ignores a table entry that is not a language of the widget", () => {
  assert.equal(matchLang(["fr"], { fr: "fr" }), "nl");
  assert.equal(matchLang(["to"], {}), "nl", "no prototype lookups");
});

test("fill replaces the named values it knows", () => {
  assert.equal(fill("Stap {n} van {total}", { n: 1, total: 4 }), "Stap 1 van 4");
  assert.equal(fill("{n} of {x}", { n: 2 }), "2 of {x}");
  assert.equal(fill(undefined, {}), "");
});
