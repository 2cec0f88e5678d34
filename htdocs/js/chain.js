// Links between the jobs of one chain: every attempt of a prompt and the
// auto-fixes of each, in order, as the server lists them in `job.chain`
// (so the links are the same in every browser, whoever made the jobs).
import { h } from "./dom.js";

/** "Attempt 2 · auto-fix 1", for a job or an entry of its chain. */
export function attemptLabel(job) {
  const fix = job.autoFixAttemptCount ? ` · auto-fix ${job.autoFixAttemptCount}`
    : "";
  return `Attempt ${job.attemptNumber || 1}${fix}`;
}

/** Changes whenever the chain's links or their states change. */
export function chainKey(job) {
  return JSON.stringify(job.chain || []);
}

/** A <nav> of the chain with `job` marked current; null for a lone job. */
export function chainNav(job) {
  const chain = job.chain || [];
  if (chain.length < 2) return null;
  return h("nav", { class: "chain", "aria-label": "Attempts" },
    h("h2", { class: "chain-title", text: "Attempts" }),
    h("ol", {}, chain.map((entry) => h("li", {},
      entry.id === job.id
        ? h("span", { class: "chain-item chain-item--current",
          "aria-current": "page" }, attemptLabel(entry), statusTag(entry))
        : h("a", { class: "chain-item", href: `/result/${entry.id}` },
          attemptLabel(entry), statusTag(entry))))));
}

function statusTag(entry) {
  return h("span", { class: `tag tag--${entry.status}`,
    text: entry.status.replace("_", " ") });
}
