// Scenario 6: /result/<id> and /gallery load and reload as addresses of
// their own; unknown API paths stay JSON errors and missing files 404.
import { check, waitFinal, DESKTOP } from "../lib.mjs";

export default async function ({ open, args }) {
  const page = await open(DESKTOP);
  for (const path of [`/result/${args.jobId}`, `/result/${args.jobId}/`]) {
    const res = await page.goto(path);
    check(res.status() === 200, `${path} answered ${res.status()}`);
    await waitFinal(page);
    await page.reload();
    await waitFinal(page);
    check(await page.locator("h1").textContent() === args.prompt,
      `${path} does not show the job after a reload`);
  }
  await page.goto("/gallery");
  await page.reload();
  check(await page.locator("h1").textContent() === "Gallery",
    "/gallery does not reload");
  check(await page.locator("nav [aria-current=page]").textContent() ===
    "Gallery", "the navigation does not mark the gallery");

  // Following links inside the page does not reload it.
  await page.evaluate(() => { window.stayed = true; });
  await page.getByRole("link", { name: "Create" }).click();
  await page.locator("#prompt").waitFor();
  check(await page.evaluate(() => window.stayed === true),
    "a link reloaded the page");
  await page.goBack();
  await page.getByRole("heading", { name: "Gallery" }).waitFor();

  // The skip link is the first stop of the keyboard and leads to the view.
  await page.goto("/gallery");
  await page.keyboard.press("Tab");
  check(await page.evaluate(() => document.activeElement.className) ===
    "skip-link", "the skip link is not the first stop");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement.id === "view");

  const unknown = await page.goto(`/result/${"0".repeat(32)}`);
  check(unknown.status() === 200, "an unknown job's page is not served");
  await page.getByText("This job does not exist.").waitFor();

  for (const [path, status, type] of [
    ["/api/nosuch", 404, "application/json"],
    ["/api/jobs/nosuch", 404, "application/json"],
    ["/app.js.map", 404, "text/html"],
    ["/result/a/b", 404, "text/html"],
    ["/app.js", 200, "text/javascript"],
  ]) {
    const res = await page.request.get(path);
    check(res.status() === status && res.headers()["content-type"]
      .startsWith(type), `${path} answered ${res.status()} ` +
      `${res.headers()["content-type"]}`);
  }
  const csp = (await page.request.get("/")).headers()[
    "content-security-policy"];
  for (const part of ["default-src 'self'", "object-src 'none'",
    "base-uri 'none'", "frame-ancestors 'none'"]) {
    check(csp.includes(part), `the CSP lacks ${part}`);
  }
  check(!/unsafe-inline|unsafe-eval/.test(csp), "the CSP allows inline code");
}
