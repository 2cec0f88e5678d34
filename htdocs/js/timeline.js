// The job's progress: four steps (Queued → Generating code → Rendering →
// Done), a progress bar with the agent's message, and the queue position.
import { h, replace } from "./dom.js";

const STEPS = [
  { status: "queued", label: "Queued", start: "queuedAt" },
  { status: "generating_code", label: "Generating code",
    start: "codeGenerationStartedAt" },
  { status: "rendering", label: "Rendering", start: "renderingStartedAt" },
  { status: "done", label: "Done", start: "finishedAt" },
];

/** Index of the step a job is at (for a failed job, the failed step). */
function stepIndex(job) {
  if (job.status !== "failed") {
    return Math.max(0, STEPS.findIndex((s) => s.status === job.status));
  }
  const stage = job.error && job.error.stage;
  if (stage === "rendering" || job.renderingStartedAt) return 2;
  if (stage === "code_generation" || job.codeGenerationStartedAt) return 1;
  return 0;
}

/** Seconds between two ISO times, as "1.4 s", or null. */
function duration(from, to) {
  if (!from || !to) return null;
  const seconds = (Date.parse(to) - Date.parse(from)) / 1000;
  return seconds >= 0 ? `${seconds.toFixed(1)} s` : null;
}

/** The timeline element; call update(job) on every poll. */
export function timeline() {
  const list = h("ol", { class: "timeline" });
  const bar = h("progress", { max: "100", value: "0",
    "aria-labelledby": "progress-label" });
  const label = h("span", { id: "progress-label", class: "progress-label" });
  const queue = h("span", { class: "queue-position" });
  const node = h("section", { class: "panel status-panel",
    "aria-label": "Progress" }, list,
  h("div", { class: "progress-row" }, bar,
    h("p", { class: "progress-text" }, label, queue)));

  const update = (job) => {
    const at = stepIndex(job);
    const failed = job.status === "failed";
    const done = job.status === "done";
    replace(list, STEPS.map((step, i) => {
      let state = i < at || done ? "complete" : i === at ? "current"
        : "pending";
      if (failed && i === at) state = "failed";
      const next = STEPS[i + 1];
      const took = state === "complete" && next
        ? duration(job[step.start], job[next.start] || job.finishedAt) : null;
      return h("li", { class: `step step--${state}`,
        "aria-current": state === "current" ? "step" : null },
      h("span", { class: "step-mark", "aria-hidden": "true" }),
      h("span", { class: "step-label", text: step.label }),
      h("span", { class: "visually-hidden", text: ` (${stateText(state)})` }),
      took ? h("span", { class: "step-time", text: took }) : null);
    }));
    bar.value = done ? 100 : Number(job.progress) || 0;
    bar.classList.toggle("progress--failed", failed);
    replace(label, job.progressMessage ||
      (done ? "Done" : failed ? "Failed" : "Working"));
    replace(queue, queueText(job));
  };
  return { node, update };
}

function stateText(state) {
  return { complete: "done", current: "in progress", failed: "failed",
    pending: "not started" }[state];
}

function queueText(job) {
  if (job.status !== "queued" || typeof job.queuePosition !== "number") {
    return "";
  }
  if (job.queuePosition === 0) return " · next in line";
  const n = job.queuePosition;
  return ` · ${n} ${n === 1 ? "job" : "jobs"} ahead of yours`;
}
