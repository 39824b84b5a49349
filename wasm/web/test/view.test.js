import { test } from "node:test";
import assert from "node:assert/strict";
import { hiddenKeys } from "../view.js";

test("hiddenKeys hides the questions whose conditions fail", () => {
  const questions = [
    { key: "diploma" },
    { key: "stream", when: [{ key: "diploma", values: [1, 2] }] },
    { key: "maths", when: [{ key: "diploma", values: [1] }, { key: "stream", values: [3] }] },
    { key: "unanswered", when: [{ key: "stream", values: [0] }] },
    { key: "empty", when: [{ key: "diploma" }] },
  ];
  const tests = [
    { answers: {}, hidden: ["stream", "maths", "empty"] },
    { answers: { diploma: 2 }, hidden: ["maths", "empty"] },
    { answers: { diploma: 1, stream: 3 }, hidden: ["unanswered", "empty"] },
  ];
  for (const { answers, hidden } of tests) {
    const got = hiddenKeys(questions, new Map(Object.entries(answers)));
    assert.deepEqual([...got].sort(), [...hidden].sort(), JSON.stringify(answers));
  }
});
