// Scenario 4: the home page shows the quota left after each submission,
// and when the server refuses one (429) says so, with when to try again,
// and disables the button. Run against a limit of 2 submissions.
import { check, resultId, screenshot, DESKTOP, PHONE } from "../lib.mjs";

async function submit(page, prompt) {
  await page.goto("/");
  await page.locator("#prompt").fill(prompt);
  await page.getByText("Low", { exact: true }).click();
  await page.getByRole("button", { name: "Animate" }).click();
}

export default async function ({ open }) {
  const page = await open(DESKTOP);
  await submit(page, "Draw a blue circle");
  await resultId(page);
  await page.goto("/");
  await page.getByText("1 of 2 animations left").waitFor();
  await submit(page, "Draw a red square");
  await resultId(page);

  // This browser knows the quota is used up: it says so and waits.
  await page.goto("/");
  await usedUp(page);

  // Another browser (no stored quota) learns it from the 429 answer.
  const other = await open(PHONE);
  await submit(other, "Draw a green star");
  await usedUp(other);
  check(/\/$/.test(other.url()), "a refused submission left the page");
  await screenshot(page, "rate-limit-1440");
  await screenshot(other, "rate-limit-390");
}

async function usedUp(page) {
  const quota = page.locator(".quota--out");
  await quota.waitFor();
  const text = await quota.textContent();
  check(/used all 2 animations allowed/.test(text) &&
    /in \d+ min( \d+ s)?, at \d\d:\d\d/.test(text),
  `the quota message is: ${text}`);
  check(await page.getByRole("button", { name: "Animate" }).isDisabled(),
    "the submit button stays enabled");
}
