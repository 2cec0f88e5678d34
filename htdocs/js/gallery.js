// Gallery (/gallery): the curated examples as cards with posters, a
// category filter and a style choice; a card shows "Cached" when its
// video is ready in that style, and opens the result either way.
import { h, replace, sitePath } from "./dom.js";
import { getGallery, submitJob } from "./api.js";
import { readGallery, writeGallery } from "./gallery-cache.js";
import { loadStyles } from "./styles.js";
import { navigate } from "./router.js";

const QUALITY = "medium"; // the gallery's quality when it does not say

/** Builds the gallery view into `root`; returns its cleanup. */
export function mountGallery(root) {
  const state = { gallery: null, category: "all", style: null };
  const filters = h("div", { class: "gallery-filters" });
  const grid = h("ul", { class: "gallery-grid", "aria-busy": "true" });
  const count = h("p", { class: "hint gallery-count", "aria-live": "polite" });
  const status = h("div", { class: "form-error", role: "alert" });
  let alive = true;

  const show = (gallery) => {
    state.gallery = gallery;
    const render = () => renderCards(grid, count, state, status);
    renderFilters(filters, state, render);
    render();
  };

  replace(root,
    h("section", { class: "intro" },
      h("h1", { tabindex: "-1", text: "Gallery" }),
      h("p", { class: "lead", text: "Curated examples. Open one to watch " +
        "it, read its code and make it your own. Cached ones open at " +
        "once." })),
    filters, count, status, grid);

  Promise.all([loadStyles(), Promise.resolve(readGallery())])
    .then(([styles, cached]) => {
      if (!alive) return;
      state.style = styles.default;
      state.styles = styles.styles.map((s) => s.name);
      if (cached) show(cached);
      return getGallery().then((fresh) => {
        if (!alive) return;
        writeGallery(fresh);
        // The stored copy shows at once; the answer replaces it when a
        // poster or a cached video came since (same version) or the
        // gallery changed (new version).
        if (JSON.stringify(cached) !== JSON.stringify(fresh)) show(fresh);
      });
    })
    .catch((err) => {
      if (!alive || state.gallery) return;
      grid.removeAttribute("aria-busy");
      replace(status, err.status === 404
        ? "The gallery is not available on this server yet."
        : `The gallery could not be loaded: ${err.message}`);
    });
  return () => { alive = false; };
}

function renderFilters(node, state, onChange) {
  const { categories = [] } = state.gallery;
  const choices = [{ id: "all", name: "All" }, ...categories];
  const categoryButtons = choices.map((c) => h("button", {
    type: "button", class: "chip", "aria-pressed": String(c.id ===
      state.category),
    onclick: (event) => {
      state.category = c.id;
      for (const b of categoryButtons) b.setAttribute("aria-pressed", "false");
      event.currentTarget.setAttribute("aria-pressed", "true");
      onChange();
    },
  }, c.name));
  const styleSelect = h("select", { id: "gallery-style" },
    state.styles.map((name) => h("option", { value: name,
      selected: name === state.style }, name)));
  styleSelect.addEventListener("change", () => {
    state.style = styleSelect.value;
    onChange();
  });
  replace(node,
    h("div", { class: "filter-group", role: "group",
      "aria-label": "Category" }, categoryButtons),
    h("div", { class: "field field--inline" },
      h("label", { for: "gallery-style", text: "Style" }), styleSelect));
}

function renderCards(grid, count, state, status) {
  const { examples = [], categories = [] } = state.gallery;
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const shown = examples.filter((e) => state.category === "all" ||
    e.category === state.category);
  grid.removeAttribute("aria-busy");
  replace(grid, shown.map((example, i) => h("li", {},
    card(example, `card-${i}`, names.get(example.category), state.style,
      state.gallery.quality, status))));
  replace(count, shown.length === examples.length
    ? `${examples.length} examples`
    : `${shown.length} of ${examples.length} examples`);
}

// A button: its name is the title (and "Cached"), its description the
// example's text; `key` makes the element ids of the card unique.
function card(example, key, categoryName, style, quality, status) {
  const variant = (example.styles || {})[style] || {};
  const poster = sitePath(variant.posterUrl);
  const button = h("button", {
    type: "button", class: "card",
    dataset: { example: example.id },
    "aria-labelledby": variant.cached ? `${key}-title ${key}-cached`
      : `${key}-title`,
    "aria-describedby": `${key}-desc`,
    onclick: () => open(button, example, style, quality, status),
  },
  poster
    ? h("img", { class: "card-poster", src: poster, alt: "",
      loading: "lazy", width: "320", height: "180" })
    : h("span", { class: "card-poster card-poster--empty",
      "aria-hidden": "true" }, h("span", { text: example.title })),
  h("span", { class: "card-body" },
    h("span", { class: "card-title", id: `${key}-title`,
      text: example.title }),
    h("span", { class: "card-meta" },
      categoryName ? h("span", { class: "tag", text: categoryName }) : null,
      variant.cached ? h("span", { class: "badge badge--cached",
        id: `${key}-cached`, text: "Cached" }) : null),
    h("span", { class: "card-desc", id: `${key}-desc`,
      text: example.description || example.prompt })));
  return button;
}

async function open(button, example, style, quality, status) {
  if (button.getAttribute("aria-busy") === "true") return;
  button.setAttribute("aria-busy", "true");
  replace(status);
  const label = h("span", { class: "card-opening" },
    h("span", { class: "spinner", "aria-hidden": "true" }), "Opening…");
  button.append(label);
  try {
    const job = await submitJob({ galleryId: example.id, stylePreset: style,
      quality: quality || QUALITY });
    navigate(`/result/${job.id}`);
  } catch (err) {
    label.remove();
    button.removeAttribute("aria-busy");
    replace(status, err.message);
  }
}
