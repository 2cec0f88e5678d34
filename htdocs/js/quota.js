// The submission quota (docs/api.md "Rate limit"): what the last submit
// answer said, kept in localStorage so that every page shows it, and a
// live view of it. The server stays the judge; this only informs.
import { h, replace, formatSeconds, clockTime } from "./dom.js";

const KEY = "mathmotion.quota.v1";

/** Stores {limit, remaining, resetSeconds} from a submit answer. */
export function recordQuota(rateLimit) {
  const quota = {
    limit: rateLimit.limit,
    remaining: rateLimit.remaining,
    resetAt: Date.now() + rateLimit.resetSeconds * 1000,
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(quota));
  } catch {
    /* private mode or full storage: the display simply stays empty */
  }
  notify();
}

/** Stores a 429 answer: nothing left until Retry-After. */
export function recordRefusal(rateLimit, retryAfter) {
  const previous = currentQuota();
  recordQuota({
    limit: rateLimit ? rateLimit.limit : previous ? previous.limit : null,
    remaining: 0,
    resetSeconds: rateLimit ? rateLimit.resetSeconds : retryAfter || 60,
  });
}

/**
 * The quota now: {limit, remaining, resetAt} while the last answer's
 * window lasts, null when nothing is known or the window is over (then
 * the next submission opens a new, full window).
 */
export function currentQuota() {
  try {
    const quota = JSON.parse(localStorage.getItem(KEY));
    if (quota && quota.resetAt > Date.now()) return quota;
  } catch {
    /* unreadable: treat as unknown */
  }
  return null;
}

const listeners = new Set();

function notify() {
  for (const listener of listeners) listener();
}

/**
 * A live paragraph that states the quota, counting down when it is used
 * up. `onChange(exhausted)` is called whenever that state may have
 * changed, so a form can disable its button. Returns {node, stop}.
 */
export function quotaView(onChange = () => {}) {
  // aria-live reads a change of state once; the ticking countdown is
  // hidden from it (the clock time says the same thing).
  const node = h("p", { class: "quota", "aria-live": "polite" });
  let shown = null;
  const render = () => {
    const quota = currentQuota();
    const exhausted = Boolean(quota && quota.remaining <= 0);
    const key = quota ? `${quota.remaining}/${quota.limit}/${quota.resetAt}`
      : "none";
    if (key !== shown) {
      shown = key;
      node.classList.toggle("quota--out", exhausted);
      if (!quota) {
        replace(node);
      } else if (exhausted) {
        replace(node,
          h("strong", { text: `You have used all ${quota.limit
            ? `${quota.limit} animations` : "the animations"} allowed ` +
            "for now." }),
          " You can submit again ",
          h("span", { class: "quota-countdown", "aria-hidden": "true" }),
          `at ${clockTime(new Date(quota.resetAt))}.`);
      } else {
        replace(node, `${quota.remaining} of ${quota.limit} animations ` +
          `left; the count starts again at ` +
          `${clockTime(new Date(quota.resetAt))}.`);
      }
      onChange(exhausted);
    }
    const countdown = node.querySelector(".quota-countdown");
    if (countdown) {
      countdown.textContent =
        `in ${formatSeconds((quota.resetAt - Date.now()) / 1000)}, `;
    }
  };
  render();
  listeners.add(render);
  const timer = setInterval(render, 1000);
  return {
    node,
    stop() {
      clearInterval(timer);
      listeners.delete(render);
    },
  };
}
