// Scenario 2: the gallery lists its examples as cards with a category
// filter, keeps a versioned copy in localStorage, and a card opens the
// example's result, which links back to the gallery.
import { check, resultId, waitFinal, job, screenshot, DESKTOP, PHONE }
  from "../lib.mjs";

export default async function ({ open }) {
  const phone = await open(PHONE);
  await phone.goto("/gallery");
  await phone.locator(".card").first().waitFor();
  await screenshot(phone, "gallery-390");

  const page = await open(DESKTOP);
  await page.goto("/gallery");
  await page.locator(".card").first().waitFor();
  const gallery = await (await page.request.get("/api/gallery")).json();
  check(await page.locator(".card").count() === gallery.examples.length,
    "not every example has a card");
  await screenshot(page, "gallery-1440");

  const stored = JSON.parse(await page.evaluate(() =>
    localStorage.getItem("mathmotion.gallery.v1")));
  check(stored && stored.version === gallery.version &&
    Date.now() - stored.savedAt < 60000, "the gallery copy is not stored");

  // A rendered poster is shown; a missing one is a placeholder with the
  // title.
  const style = await page.locator("#gallery-style").inputValue();
  for (const example of gallery.examples) {
    const card = page.locator(`.card[data-example="${example.id}"]`);
    if (example.styles[style].posterUrl) {
      await card.locator("img.card-poster").evaluate((img) => img.complete ||
        new Promise((ok) => img.addEventListener("load", ok)));
      check(await card.locator("img.card-poster").evaluate((img) =>
        img.naturalWidth > 0), `the poster of ${example.id} did not load`);
    } else {
      check(await card.locator(".card-poster--empty").textContent() ===
        example.title, `${example.id} has no placeholder`);
    }
  }

  // The category filter.
  const category = gallery.categories[0];
  await page.getByRole("button", { name: category.name, exact: true }).click();
  const inCategory = gallery.examples.filter((e) =>
    e.category === category.id);
  check(await page.locator(".card").count() === inCategory.length,
    `the filter ${category.name} shows the wrong cards`);

  // Cached badges follow the chosen style.
  const cached = inCategory.filter((e) => e.styles[style] &&
    e.styles[style].cached).length;
  check(await page.locator(".card .badge--cached").count() === cached,
    "the Cached badges do not match the gallery");

  // Opening an example.
  const example = inCategory[0];
  await page.locator(`.card[data-example="${example.id}"]`).click();
  const id = await resultId(page, 30000);
  await waitFinal(page, 150000);
  const doc = await job(page, id);
  check(doc.status === "done", `the example ended ${doc.status}`);
  check(doc.stylePreset === style, "the example opened in another style");
  check(doc.galleryId === example.id, "the job does not name its example");

  // Back in the gallery through the result's own link.
  await page.locator(".result-meta a", { hasText: "gallery example" }).click();
  await page.waitForURL("**/gallery");

  // The stored copy shows at once and the server's answer adds the Cached
  // badge of the example just rendered.
  await page.locator(`.card[data-example="${example.id}"] .badge--cached`)
    .waitFor({ timeout: 10000 });
  await screenshot(page, "gallery-cached-1440");
}
