// Scenario 5: markup in a prompt and in code is shown as text: no dialog
// opens (the runner fails on one), no element is injected.
import { check, resultId, waitFinal, DESKTOP } from "../lib.mjs";

const INJECTED = "img[src='x'], script:not([src]), svg[onload], iframe";

export default async function ({ open, args }) {
  const page = await open(DESKTOP);
  await page.goto("/");
  await page.locator("#prompt").fill(args.prompt);
  await page.getByText("Low", { exact: true }).click();
  await page.getByRole("button", { name: "Animate" }).click();
  await resultId(page);
  await waitFinal(page);
  check(await page.locator("h1").textContent() === args.prompt,
    "the prompt is not shown verbatim");
  check(await page.locator(INJECTED).count() === 0,
    "the prompt injected an element");

  await page.goto(`/result/${args.codeJobId}`);
  await waitFinal(page);
  const code = await page.locator(".code").evaluate((pre) =>
    [...pre.querySelectorAll(".line")].map((l) => l.textContent).join("\n"));
  check(code === args.code.trimEnd(), "the code is not shown verbatim");
  check(await page.locator(INJECTED).count() === 0,
    "the code injected an element");
  await page.getByRole("button", { name: "Edit code" }).click();
  check(await page.locator("#code-editor").inputValue() === args.code,
    "the editor does not hold the code verbatim");
  await page.waitForTimeout(300); // an onerror would have fired by now
}
