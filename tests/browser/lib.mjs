// Shared helpers of the browser scenarios: Debian's Chromium through
// playwright-core, a page that records every script error, CSP report and
// dialog, screenshots, and small assertions.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SCREENSHOTS = join(ROOT, "test-output", "screenshots");
export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Debian's Chromium, headless. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--mute-audio",
      "--autoplay-policy=no-user-gesture-required"],
  });
}

/**
 * A new page at `viewport` whose problems are collected: uncaught errors,
 * console errors (CSP violations among them) and dialogs (dismissed).
 * `problems()` lists them; the runner fails a scenario that left any.
 */
export async function newPage(browser, base, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, baseURL: base });
  await context.grantPermissions(["clipboard-read", "clipboard-write"],
    { origin: base });
  const page = await context.newPage();
  const seen = [];
  page.on("pageerror", (err) => seen.push(`page error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error" && !expectedConsoleError(msg.text())) {
      seen.push(`console error: ${msg.text()}`);
    }
  });
  page.on("dialog", (dialog) => {
    seen.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.problems = () => seen;
  return page;
}

// The browser logs every 4xx answer of fetch(); the API's typed errors
// (404 job_not_found, 409, 429) are expected where a scenario asks for
// them, and the page shows them itself.
function expectedConsoleError(text) {
  return /Failed to load resource: the server responded with a status of (404|409|429)/
    .test(text);
}

/** Saves a full-page screenshot as test-output/screenshots/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`),
    fullPage: true });
}

/** Throws `message` unless `condition`. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The job document, read through the page's own origin. */
export async function job(page, id) {
  const res = await page.request.get(`/api/jobs/${id}`);
  check(res.ok(), `GET /api/jobs/${id} answered ${res.status()}`);
  return (await res.json()).job;
}

/** Waits for a /result/<id> other than `previous`; returns the id. */
export async function resultId(page, timeout = 15000, previous = null) {
  const pattern = /\/result\/([0-9a-f]{32})$/;
  await page.waitForURL((url) => {
    const m = pattern.exec(url.pathname);
    return Boolean(m) && m[1] !== previous;
  }, { timeout });
  return pattern.exec(new URL(page.url()).pathname)[1];
}

/** Waits until the result page shows a final job ("done" or "failed"). */
export async function waitFinal(page, timeout = 120000) {
  await page.locator(".actions-panel").waitFor({ timeout });
}
