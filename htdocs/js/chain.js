// Links between the jobs of one chain: its earlier attempts and
// auto-fixes (followed back through parentJobId / originalFailedJobId)
// and, when this browser made one, the next job.
import { h, replace } from "./dom.js";
import { getJob } from "./api.js";

const NEXT_KEY = "mathmotion.next.";
const MAX_HOPS = 12; // 3 attempts × (1 + 2 auto-fixes) and some room

/** Records that `nextId` was made from `id` (this browser session). */
export function rememberNext(id, nextId) {
  try {
    sessionStorage.setItem(NEXT_KEY + id, nextId);
  } catch {
    /* storage refused: the link is simply not shown */
  }
}

function nextOf(id) {
  try {
    return sessionStorage.getItem(NEXT_KEY + id);
  } catch {
    return null;
  }
}

function previousId(job) {
  return job.isAutoFixJob ? job.originalFailedJobId : job.parentJobId;
}

/** "Attempt 2 · auto-fix 1" */
export function attemptLabel(job) {
  const fix = job.autoFixAttemptCount ? ` · auto-fix ${job.autoFixAttemptCount}`
    : "";
  return `Attempt ${job.attemptNumber || 1}${fix}`;
}

/**
 * A <nav> listing the chain up to `job` (fetched in the background) and
 * the next job if known; empty for a lone first attempt.
 */
export function chainNav(job) {
  const node = h("nav", { class: "chain", "aria-label": "Attempts" });
  collect(job).then((jobs) => {
    const next = nextOf(job.id);
    if (jobs.length < 2 && !next) return;
    replace(node, h("h2", { class: "chain-title", text: "Attempts" }),
      h("ol", {}, jobs.map((j) => h("li", {},
        j.id === job.id
          ? h("span", { class: "chain-item chain-item--current",
            "aria-current": "page" }, attemptLabel(j), statusTag(j))
          : h("a", { class: "chain-item", href: `/result/${j.id}` },
            attemptLabel(j), statusTag(j)))),
      next ? h("li", {}, h("a", { class: "chain-item",
        href: `/result/${next}` }, "Next attempt \u2192")) : null));
  });
  return node;
}

function statusTag(job) {
  return h("span", { class: `tag tag--${job.status}`,
    text: job.status.replace("_", " ") });
}

async function collect(job) {
  const jobs = [job];
  let id = previousId(job);
  for (let hop = 0; id && hop < MAX_HOPS; hop++) {
    try {
      const earlier = await getJob(id);
      jobs.unshift(earlier);
      id = previousId(earlier);
    } catch {
      break; // a removed job ends the walk
    }
  }
  return jobs;
}
