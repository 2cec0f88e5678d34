// MathMotion's web UI: three views on one page, no build step.
import { route, start } from "./js/router.js";
import { mountHome } from "./js/home.js";
import { mountGallery } from "./js/gallery.js";
import { mountResult } from "./js/result.js";

route(/^\/$/, "Create", mountHome);
route(/^\/gallery\/?$/, "Gallery", mountGallery);
route(/^\/result\/([^/]+)\/?$/, "Result", mountResult);
start(document.getElementById("view"));
