// Verify that an app answers 200 on its readiness path after a sync (story 6.2), through its
// Service and, when asked for, through its public HTTPS route with the certificate verified.
//
// Runs as the verification Job in the app's own image, with node: `node verify-http.js`. Prints
// one line, PASS with the times or FAIL with what failed, and exits 0 or 1.
//
// Environment: VERIFY_NAME (the app, for the line), VERIFY_URL (http://service:port/path),
//   VERIFY_PUBLIC_URL (optional: https://host/path), VERIFY_WAIT_SECONDS (for the Service to
//   answer 200 at all, default 120), VERIFY_TIMEOUT_SECONDS (per request, default 30),
//   VERIFY_LOGS_URL (optional: the log store's query of the app's newest line), VERIFY_LOGS_QUERY (that
//   query, for the line), VERIFY_LOGS_SECONDS (the log store's budget, default 60).
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

// GET url, giving up after `seconds`: resolves to {status, ms, body}, or rejects with a one-line reason
// ({timeout: true} on no answer in time).
function get(url, seconds = timeoutSeconds) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const client = url.startsWith("https:") ? https : http;
    const request = client.get(url, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => {
        clearTimeout(timer);
        resolve({ status: response.statusCode, ms: Date.now() - started, body });
      });
    });
    const timer = setTimeout(() => {
      reject({ timeout: true, reason: `no answer within ${seconds} s` });
      request.destroy();
    }, seconds * 1000);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error.code ? `${error.code}: ${error.message}` : error.message);
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The app's recent lines in the log store: its newest line, asked for every second until one comes
// back or the budget runs out. Resolves to the part of the PASS line, or fails.
async function logs(url, query, budget) {
  const store = new URL(url).host;
  const started = Date.now();
  const deadline = started + budget * 1000;
  for (;;) {
    const left = Math.max(1, (deadline - Date.now()) / 1000);
    let last;
    try {
      const answer = await get(url, left);
      const newest = answer.status === 200 && /"_time": *"([^"]*)"/.exec(answer.body);
      if (newest) {
        const seconds = Math.floor((Date.now() - started) / 1000);
        return `logs: newest line at ${newest[1]}, found in ${seconds} s (query: ${query})`;
      }
      last =
        answer.status === 200
          ? "no line of the app in the log store"
          : `the log store at ${store} answered HTTP ${answer.status} (${answer.body.slice(0, 120).replace(/\n/g, " ")})`;
    } catch (reason) {
      last = reason.timeout ? `the log store at ${store} gave no answer` : `the log store at ${store} cannot be reached`;
    }
    if (Date.now() >= deadline) fail(`logs: ${last} within ${budget} s (the budget; query: ${query})`);
    await sleep(1000);
  }
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
      last = reason.reason || reason;
    }
    if (Date.now() >= deadline) fail(`${url} ${last} (for ${waitSeconds} s)`);
    await sleep(1000);
  }
  const passed = [`${url} answered 200 in ${answer.ms} ms`];
  if (publicUrl) {
    let outside;
    try {
      outside = await get(publicUrl);
    } catch (reason) {
      fail(`${publicUrl}: ${reason.reason || reason}`);
    }
    if (outside.status !== 200) fail(`${publicUrl} answered HTTP ${outside.status}`);
    passed.push(`${publicUrl} answered 200 in ${outside.ms} ms (certificate verified)`);
  }
  if (process.env.VERIFY_LOGS_URL) {
    const budget = Number(process.env.VERIFY_LOGS_SECONDS || 60);
    passed.push(await logs(process.env.VERIFY_LOGS_URL, process.env.VERIFY_LOGS_QUERY || "", budget));
  }
  console.log(`${prefix}: PASS ${passed.join("; ")}`);
}

main();
