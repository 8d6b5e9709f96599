// Verify that an app answers 200 on its readiness path after a sync (story 6.2), through its
// Service and, when asked for, through its public HTTPS route with the certificate verified.
//
// Runs as the verification Job in the app's own image, with node: `node verify-http.js`. Prints
// one line, PASS with the times or FAIL with what failed, and exits 0 or 1.
//
// Environment: VERIFY_NAME (the app, for the line), VERIFY_URL (http://service:port/path),
//   VERIFY_PUBLIC_URL (optional: https://host/path), VERIFY_WAIT_SECONDS (for the Service to
//   answer 200 at all, default 120), VERIFY_TIMEOUT_SECONDS (per request, default 30).
"use strict";

const http = require("http");
const https = require("https");

const prefix = `verify ${process.env.VERIFY_NAME || "app"}`;
const waitSeconds = Number(process.env.VERIFY_WAIT_SECONDS || 120);
const timeoutSeconds = Number(process.env.VERIFY_TIMEOUT_SECONDS || 30);

function fail(message) {
  console.log(`${prefix}: FAIL ${message}`);
  process.exit(1);
}

// GET url: resolves to {status, ms}, or rejects with a one-line reason.
function get(url) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const client = url.startsWith("https:") ? https : http;
    const request = client.get(url, { timeout: timeoutSeconds * 1000 }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode, ms: Date.now() - started }));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutSeconds} s`)));
    request.on("error", (error) => reject(error.code ? `${error.code}: ${error.message}` : error.message));
  });
}

async function main() {
  const url = process.env.VERIFY_URL || fail("VERIFY_URL is required");
  const publicUrl = process.env.VERIFY_PUBLIC_URL;
  const deadline = Date.now() + waitSeconds * 1000;
  let last = "";
  let answer;
  for (;;) {
    try {
      answer = await get(url);
      if (answer.status === 200) break;
      last = `answered HTTP ${answer.status}`;
    } catch (reason) {
      last = reason;
    }
    if (Date.now() >= deadline) fail(`${url} ${last} (for ${waitSeconds} s)`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const passed = [`${url} answered 200 in ${answer.ms} ms`];
  if (publicUrl) {
    let outside;
    try {
      outside = await get(publicUrl);
    } catch (reason) {
      fail(`${publicUrl}: ${reason}`);
    }
    if (outside.status !== 200) fail(`${publicUrl} answered HTTP ${outside.status}`);
    passed.push(`${publicUrl} answered 200 in ${outside.ms} ms (certificate verified)`);
  }
  console.log(`${prefix}: PASS ${passed.join("; ")}`);
}

main();
