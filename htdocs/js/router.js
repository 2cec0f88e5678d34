// A small history-API router: same-site links change the view without a
// page load; a reload of any view's URL is answered by httpd with
// index.html (conf/httpd-local.conf.in), so every URL is a real address.

const routes = [];
let outlet = null;
let cleanup = null;

/** Adds a view: `pattern` matches location.pathname, its groups are
 *  passed to `mount(root, ...groups)`, which may return a cleanup. */
export function route(pattern, title, mount) {
  routes.push({ pattern, title, mount });
}

/** Starts routing into `root`, rendering the current URL. */
export function start(root) {
  outlet = root;
  window.addEventListener("popstate", () => render(false));
  document.addEventListener("click", followLink);
  render(false);
}

/** Shows the view of `path`, adding it to the history. */
export function navigate(path, { replaceEntry = false } = {}) {
  if (replaceEntry) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  render(true);
}

function render(moveFocus) {
  if (cleanup) cleanup();
  cleanup = null;
  const path = location.pathname;
  for (const { pattern, title, mount } of routes) {
    const match = pattern.exec(path);
    if (match) {
      document.title = `${title} · MathMotion`;
      markCurrentNav(path);
      cleanup = mount(outlet, ...match.slice(1).map(decodeURIComponent)) ||
        null;
      if (moveFocus) focusHeading();
      return;
    }
  }
  document.title = "Not found · MathMotion";
  outlet.replaceChildren();
  const h1 = document.createElement("h1");
  h1.tabIndex = -1;
  h1.textContent = "There is no page at this address.";
  outlet.append(h1);
}

// A screen reader hears the new page's title after a navigation.
function focusHeading() {
  const heading = outlet.querySelector("h1");
  if (heading) heading.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function markCurrentNav(path) {
  for (const link of document.querySelectorAll("[data-nav]")) {
    const here = link.getAttribute("href") === path;
    if (here) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

function followLink(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey ||
      event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest("a[href]");
  if (!link || link.target || link.hasAttribute("download")) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith("/api/")) {
    return;
  }
  const samePage = url.pathname + url.search ===
    location.pathname + location.search;
  if (samePage && url.hash) return; // an anchor on this page (skip link)
  event.preventDefault();
  if (!samePage) navigate(url.pathname + url.search);
}
