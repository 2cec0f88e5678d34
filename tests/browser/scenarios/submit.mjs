// Scenario 1: a prompt submitted from the home page becomes a result page
// whose timeline reaches Done, whose video plays, and whose code is
// highlighted with line numbers and can be copied.
import { check, job, resultId, waitFinal, screenshot, PHONE, DESKTOP }
  from "../lib.mjs";

// Records each step the timeline marks current, in order (then "Done").
function recordSteps() {
  window.seenSteps = [];
  new MutationObserver(() => {
    const done = document.querySelectorAll(".timeline .step--complete")
      .length === 4;
    const current = document.querySelector(".timeline .step--current " +
      ".step-label");
    const step = done ? "Done" : current && current.textContent;
    if (step && window.seenSteps[window.seenSteps.length - 1] !== step) {
      window.seenSteps.push(step);
    }
  }).observe(document, { childList: true, subtree: true });
}

export default async function ({ open }) {
  const phone = await open(PHONE);
  await phone.goto("/");
  await phone.locator(".swatch").first().waitFor();
  await screenshot(phone, "home-390");

  const page = await open(DESKTOP);
  await page.addInitScript(recordSteps);
  await page.goto("/");
  await page.locator(".swatch").first().waitFor();
  await screenshot(page, "home-1440");
  await page.getByRole("button", { name: "Draw a blue circle" }).click();
  check(await page.locator("#prompt").inputValue() === "Draw a blue circle",
    "the example prompt did not fill the prompt box");
  await page.getByText("Low", { exact: true }).click();
  await page.getByRole("button", { name: "Animate" }).click();
  const id = await resultId(page);

  await waitFinal(page);
  const steps = page.locator(".timeline .step");
  check(await steps.count() === 4, "the timeline does not have 4 steps");
  check(await page.locator(".timeline .step--complete").count() === 4,
    "the timeline did not reach Done");
  const doc = await job(page, id);
  check(doc.status === "done", `the job ended ${doc.status}`);
  const seen = await page.evaluate(() => window.seenSteps);
  check(seen[seen.length - 1] === "Done", "the timeline did not end Done");
  check(doc.isCacheHit || seen.length > 1 &&
    seen.slice(0, -1).every((s) => ["Queued", "Generating code",
      "Rendering"].includes(s)), `the timeline went ${seen.join(" → ")}`);
  check(doc.quality === "low", "the quality choice was not sent");

  // The video plays: its clock moves.
  const video = page.locator("video");
  await video.evaluate((v) => v.readyState >= 1 || new Promise((ok, no) => {
    v.addEventListener("loadedmetadata", ok);
    v.addEventListener("error", () => no(new Error(
      `the video failed to load: code ${v.error && v.error.code}`)));
  }));
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(() => document.querySelector("video")
    .currentTime > 0.5, null, { timeout: 10000 });
  await page.getByRole("button", { name: "Pause" }).click();
  check(await video.evaluate((v) => v.paused), "Pause did not pause");
  await page.getByRole("button", { name: "Fullscreen" }).click();
  await page.waitForFunction(() => document.fullscreenElement &&
    document.fullscreenElement.tagName === "VIDEO");
  await page.evaluate(() => document.exitFullscreen());
  const download = await page.getByRole("link", { name: "Download MP4" })
    .getAttribute("href");
  check(download === `/api/jobs/${id}/video?download=1`,
    `download link is ${download}`);
  const head = await page.request.get(download);
  check(/attachment/.test(head.headers()["content-disposition"] || ""),
    "the download link is not served as an attachment");

  // Highlighted code with line numbers.
  const lines = page.locator(".code .line");
  check(await lines.count() === doc.output.code.trimEnd().split("\n").length,
    "the code viewer does not show one row per line");
  check(await page.locator(".code .tok-keyword").count() > 0,
    "no keyword is highlighted");
  const number = await lines.nth(2).evaluate((el) =>
    getComputedStyle(el, "::before").content);
  check(number !== "none" && number !== "", "lines carry no number");

  // Copy.
  await page.getByRole("button", { name: "Copy code" }).click();
  await page.getByText("Code copied to the clipboard.").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === doc.output.code, "the clipboard does not hold the code");

  await page.mouse.move(0, 0);
  await screenshot(page, "result-1440");
  const small = await open(PHONE);
  await small.goto(`/result/${id}`);
  await waitFinal(small);
  await screenshot(small, "result-390");
}
