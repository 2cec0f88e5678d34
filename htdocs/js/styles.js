// The style presets: GET /api/styles when the server has it, else the
// four names the API accepts (docs/api.md), without colours.
import { getStyles } from "./api.js";

const FALLBACK = {
  default: "3Blue1Brown",
  styles: ["3Blue1Brown", "Classic", "Minimalist", "Dark"]
    .map((name) => ({ name })),
};

let loading = null;

/** Resolves to {default, styles: [{name, description?, background?,
 *  colors?, font?}]}; asks the server once per page load. */
export function loadStyles() {
  if (!loading) {
    loading = getStyles()
      .then((body) => (body && Array.isArray(body.styles) &&
        body.styles.length ? body : FALLBACK))
      .catch(() => FALLBACK);
  }
  return loading;
}
