// The editor and the limits: editing a done job's code renders it as the
// chain's next attempt; Retry and Auto-fix are disabled, saying why, once
// the chain's attempts or the attempt's auto-fixes are used up.
import { check, job, resultId, waitFinal, DESKTOP } from "../lib.mjs";

export default async function ({ open, args }) {
  const page = await open(DESKTOP);
  await page.goto(`/result/${args.doneJobId}`);
  await waitFinal(page);
  const done = await job(page, args.doneJobId);
  await page.getByRole("button", { name: "Edit code" }).click();
  const editor = page.locator("#code-editor");
  check(await editor.evaluate((el) => el === document.activeElement),
    "the editor does not take the focus");
  const edited = done.output.code.replace("BLUE", "RED");
  check(edited !== done.output.code, "nothing to edit in the code");
  await editor.fill(edited);
  await page.getByRole("button", { name: "Render my code" }).click();
  const editId = await resultId(page, 15000, args.doneJobId);
  await waitFinal(page);
  const edit = await job(page, editId);
  check(edit.codeSource === "user" && edit.parentJobId === args.doneJobId &&
    edit.attemptNumber === 2 && edit.output.code === edited,
  "the edit is not the chain's second attempt with the new code");
  check(await page.locator(".result-meta").getByText("your code").count() === 1,
    "the edit is not labelled as your code");

  // The third attempt of a chain: no retry left.
  await page.goto(`/result/${args.lastAttemptId}`);
  await waitFinal(page);
  const retry = page.locator("#action-retry");
  check(await retry.isDisabled(), "Retry is enabled past the limit");
  const why = await page.locator("#action-retry-note").textContent();
  check(/All 3 attempts/.test(why), `Retry's reason is: ${why}`);
  check(await retry.getAttribute("aria-describedby") === "action-retry-note",
    "the reason is not tied to the button");

  // Its chain was made through the API, not in this browser, and is
  // linked all the same: attempt 1 with its two auto-fixes, then 2 and 3.
  const last = await job(page, args.lastAttemptId);
  const labels = await page.locator(".chain li").allTextContents();
  check(labels.length === 5 && /^Attempt 1/.test(labels[0]) &&
    /auto-fix 2/.test(labels[2]) && /^Attempt 3/.test(labels[4]),
  `the chain reads: ${labels.join(" | ")}`);
  check(await page.locator(".chain [aria-current=page]").textContent()
    .then((t) => t.startsWith("Attempt 3")), "the current attempt is unmarked");
  for (const entry of last.chain.filter((e) => e.id !== last.id)) {
    check(await page.locator(`.chain a[href="/result/${entry.id}"]`)
      .count() === 1, `no link to attempt ${entry.attemptNumber}`);
  }

  // An attempt auto-fixed twice: no auto-fix left.
  await page.goto(`/result/${args.fixedTwiceId}`);
  await waitFinal(page);
  check(await page.locator("#action-autofix").isDisabled(),
    "Auto-fix is enabled past the limit");
  check(/already auto-fixed/.test(await page.locator("#action-autofix-note")
    .textContent()), "Auto-fix does not say why it is disabled");
}
