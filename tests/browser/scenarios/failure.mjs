// Scenario 3: a job refused by the safety check shows its typed message,
// its logs and each finding on its line; Auto-fix makes a new attempt
// linked to the failed one.
import { check, job, resultId, waitFinal, screenshot, DESKTOP, PHONE }
  from "../lib.mjs";

export default async function ({ open, args }) {
  const page = await open(DESKTOP);
  await page.goto(`/result/${args.jobId}`);
  await waitFinal(page);
  const failed = await job(page, args.jobId);
  check(failed.error.type === "validation", "the job did not fail validation");

  const message = await page.locator(".error-message").textContent();
  check(message === failed.error.message, `the message shown is ${message}`);
  check(await page.locator(".badge--error").textContent() ===
    "Refused by the safety check", "the error type is not named");
  check(await page.locator(".step--failed .step-label").textContent() ===
    "Generating code", "the timeline does not mark the failed step");

  // Logs are collapsed until asked for.
  const logs = page.locator("details.logs");
  check(!(await logs.evaluate((d) => d.open)), "the logs start open");
  await logs.locator("summary").click();
  check((await logs.locator("pre").textContent()).includes("[import]"),
    "the logs do not show the findings");

  // Each finding is marked on its line.
  for (const [line, rule] of args.findings) {
    const row = page.locator(`.code .line--finding[data-line="${line}"]`);
    check(await row.count() === 1, `line ${line} is not marked`);
    const note = row.locator("xpath=following-sibling::span[1]");
    check((await note.textContent()).includes(`[${rule}]`),
      `the note under line ${line} does not name [${rule}]`);
  }
  check(await page.locator(".code .line--finding").count() ===
    args.findings.length, "a line without a finding is marked");
  await screenshot(page, "failure-1440");
  const phone = await open(PHONE);
  await phone.goto(`/result/${args.jobId}`);
  await waitFinal(phone);
  await phone.locator("details.logs summary").click();
  await screenshot(phone, "failure-390");

  // Auto-fix.
  const autoFix = page.getByRole("button", { name: "Auto-fix" });
  check(await autoFix.isEnabled(), "Auto-fix is disabled");
  await autoFix.click();
  const fixId = await resultId(page, 15000, args.jobId);
  check(fixId !== args.jobId, "Auto-fix did not open a new job");
  await waitFinal(page);
  const fix = await job(page, fixId);
  check(fix.isAutoFixJob && fix.originalFailedJobId === args.jobId &&
    fix.autoFixAttemptCount === 1, "the new job is not an auto-fix of it");
  check(fix.status === "done", `the auto-fix ended ${fix.status}`);
  const back = page.locator(`.chain a[href="/result/${args.jobId}"]`);
  check(await back.count() === 1, "the auto-fix does not link its attempt");
  check((await page.locator(".chain [aria-current=page]").textContent())
    .includes("Attempt 1 · auto-fix 1"), "the chain does not name it");

  // Back on the failed attempt, the link leads forward again and the
  // limit is reflected after a second auto-fix.
  await back.click();
  await waitFinal(page);
  check(await page.locator(`.chain a[href="/result/${fixId}"]`).count() === 1,
    "the failed attempt does not link to its auto-fix");
}
