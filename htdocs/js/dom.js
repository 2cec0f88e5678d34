// Small DOM helpers. Text is always added as Text nodes (Node.append with
// a string, or textContent): nothing the user or the server wrote is ever
// parsed as HTML.

/**
 * Creates an element. `props` keys: "class", "text" (textContent),
 * "on<event>" (listener), "dataset" (object), boolean true (empty
 * attribute); any other key is set as an attribute, skipped when null,
 * undefined or false. Children are nodes or strings (made Text nodes).
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as Text nodes), skipping null and false. */
export function append(node, children) {
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child);
    }
  }
  return node;
}

/** Replaces all children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/**
 * Returns `url` if it is a path on this site ("/api/..."), else null:
 * a URL from the server is used in src/href only when it cannot lead to
 * another origin or a javascript: URL.
 */
export function sitePath(url) {
  return typeof url === "string" && /^\/(?!\/)[^\\\s]*$/.test(url)
    ? url : null;
}

/** "4 min 1 s", "35 s": a duration a person reads at a glance. */
export function formatSeconds(total) {
  const s = Math.max(0, Math.ceil(total));
  const m = Math.floor(s / 60);
  if (m === 0) return `${s} s`;
  return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
}

/** The local time of day of `date`, e.g. "14:32". */
export function clockTime(date) {
  return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}
