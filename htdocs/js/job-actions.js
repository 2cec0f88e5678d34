// Retry, Regenerate and Auto-fix, offered as the job's `actions` say
// (docs/api.md "Retries, auto-fix and edits"); a button that cannot be
// used is disabled and says why.
import { h, replace } from "./dom.js";
import { submitJob } from "./api.js";
import { navigate } from "./router.js";

const FIXABLE = new Set(["validation", "runtime_error"]);

/** The action bar for a final job; `status` shows request errors. */
export function jobActions(job) {
  const status = h("p", { class: "form-error", role: "alert" });
  const act = (label, fields) => async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    replace(button, h("span", { class: "spinner", "aria-hidden": "true" }),
      `${label}…`);
    replace(status);
    try {
      const next = await submitJob(fields);
      navigate(`/result/${next.id}`);
    } catch (err) {
      replace(status, err.message);
      replace(button, label);
      button.disabled = false;
    }
  };
  const { actions = {} } = job;
  const failed = job.status === "failed";
  const items = [actionItem("retry", failed ? "Retry" : "Regenerate",
    failed ? "Try again: a new attempt of this prompt."
      : "Make a new version: a new attempt that skips the cache.",
    actions.canRetry ? null : retryReason(job),
    act(failed ? "Retry" : "Regenerate", { parentJobId: job.id }),
    failed ? "" : "button--quiet")];
  if (failed) {
    items.push(actionItem("autofix", "Auto-fix",
      "Repair this attempt's code using the error.",
      actions.canAutoFix ? null : autoFixReason(job),
      act("Auto-fix", { autoFixJobId: job.id }), "button--primary"));
  }
  return h("section", { class: "panel actions-panel",
    "aria-labelledby": "actions-title" },
  h("h2", { id: "actions-title", text: "Next steps" }),
  h("ul", { class: "actions" }, items), status);
}

function actionItem(id, label, help, reason, onclick, variant) {
  const note = `action-${id}-note`;
  return h("li", {},
    h("button", { type: "button", class: `button ${variant}`,
      id: `action-${id}`, disabled: Boolean(reason),
      "aria-describedby": note, onclick }, label),
    h("span", { class: reason ? "hint hint--blocked" : "hint", id: note,
      text: reason || help }));
}

function retryReason(job) {
  const { actions = {} } = job;
  if (job.status !== "done" && job.status !== "failed") {
    return "Available once this job has finished.";
  }
  if (actions.retriesLeft === 0) {
    return `All ${job.maxAttempts || ""} attempts of this prompt are used ` +
      "(the limit). Edit the code or start again from the home page.";
  }
  return "Not available for this job.";
}

function autoFixReason(job) {
  const { actions = {}, error } = job;
  const type = error && error.type;
  if (!FIXABLE.has(type)) {
    return `Auto-fix repairs code that was refused or crashed; this job ` +
      `failed with \u201c${type || "an unknown error"}\u201d.`;
  }
  if (!job.output || !job.output.code) return "There is no code to repair.";
  if (actions.autoFixesLeft === 0) {
    return "This attempt was already auto-fixed the most times allowed. " +
      "Retry starts a new attempt with its own auto-fixes.";
  }
  return "Not available for this job.";
}
