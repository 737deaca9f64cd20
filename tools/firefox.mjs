// Drives Debian's Firefox ESR through WebDriver BiDi (puppeteer-core) for tools/engines.py: one
// fresh profile per run, commands as JSON lines on standard input, one JSON answer line each.
//
//   {"op": "goto", "url": ...} | {"op": "reload"} | {"op": "run", "script": "async (arg) => ...",
//   "arg": ...} | {"op": "problems"}  ->  {"value": ...} or {"error": "..."}
// The run ends with standard input.

import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const FIREFOX = "/usr/bin/firefox-esr";
const TIMEOUT_MS = 120_000;

const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true });
const page = await browser.newPage();
page.setDefaultTimeout(TIMEOUT_MS);
const problems = [];
page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));

const ops = {
  goto: ({ url }) => page.goto(url, { waitUntil: "load" }).then(() => null),
  reload: () => page.reload({ waitUntil: "load" }).then(() => null),
  run: ({ script, arg }) => page.evaluate(`(${script})(${JSON.stringify(arg)})`),
  problems: () => problems.splice(0),
};

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  try {
    const value = await ops[command.op](command);
    process.stdout.write(`${JSON.stringify({ value: value ?? null })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: String(error?.message ?? error) })}\n`);
  }
}
await browser.close();
