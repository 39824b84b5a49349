import { test } from "node:test";
import assert from "node:assert/strict";
import { allowedOrigins, readLimited } from "../catalog.js";

test("allowedOrigins keeps the http(s) origins and nothing more", () => {
  const warn = console.warn;
  const warned = [];
  console.warn = (msg) => warned.push(msg);
  try {
    const got = allowedOrigins("https://data.example.be  http://localhost:8080 https://x.be/path ftp://y.be nonsense");
    assert.deepEqual([...got], ["https://data.example.be", "http://localhost:8080"]);
    assert.equal(warned.length, 3);
    assert.deepEqual([...allowedOrigins(null)], []);
  } finally {
    console.warn = warn;
  }
});

function streamOf(...chunks) {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) {
        controller.enqueue(new TextEncoder().encode(c));
      }
      controller.close();
    },
  });
}

test("readLimited reads a body up to the limit", async () => {
  const res = new Response(streamOf('{"a":', "1}"));
  assert.equal(await readLimited(res, 64), '{"a":1}');
});

test("readLimited refuses a declared length over the limit before reading", async () => {
  const res = new Response("x".repeat(100), { headers: { "Content-Length": "100" } });
  await assert.rejects(readLimited(res, 10), /larger than 10 bytes/);
});

test("readLimited cuts a body as soon as it passes the limit", async () => {
  let pulled = 0;
  const endless = new ReadableStream({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(8));
    },
  });
  await assert.rejects(readLimited(new Response(endless), 20), /larger than 20 bytes/);
  assert.ok(pulled < 10, `pulled ${pulled} chunks`);
});

test("readLimited refuses text that is not UTF-8", async () => {
  const res = new Response(new Uint8Array([0xff, 0xfe]));
  await assert.rejects(readLimited(res, 10));
});
