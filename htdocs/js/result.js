// Result (/result/{id}): polls the job about once a second and shows its
// progress, then the video, explanation and code, or the typed error with
// its logs and findings; offers retry, auto-fix, regenerate and editing.
import { h, replace, sitePath } from "./dom.js";
import { getJob } from "./api.js";
import { timeline } from "./timeline.js";
import { player } from "./player.js";
import { codeBlock, copyButton, parseFindings } from "./code-view.js";
import { jobActions } from "./job-actions.js";
import { chainNav, chainKey, attemptLabel } from "./chain.js";
import { codeEditor } from "./editor.js";

const POLL_MS = 1000;
const RETRY_MS = 3000; // after a failed poll
const FINAL = new Set(["done", "failed"]);
const TITLE_CHARS = 160; // a longer prompt is cut in the heading
const ERROR_TYPES = {
  validation: "Refused by the safety check",
  runtime_error: "Manim raised an error",
  timeout: "Took too long",
  resource_limit: "Hit a resource limit",
  unsupported_prompt: "Request not understood",
  internal: "Internal error",
  network_error: "Code provider unreachable",
  api_error: "Code provider error",
  rate_limited: "Code provider busy",
};
const STAGES = { code_generation: "while generating the code",
  rendering: "while rendering" };

/** Builds the result view for job `id` into `root`; returns its cleanup. */
export function mountResult(root, id) {
  const view = {
    heading: h("h1", { tabindex: "-1", class: "result-title",
      text: "Loading the job…" }),
    meta: h("p", { class: "result-meta" }),
    prompt: h("div"),
    chain: h("div"),
    announce: h("p", { class: "visually-hidden", role: "status" }),
    notice: h("p", { class: "form-error", role: "alert" }),
    progress: timeline(),
    problem: h("div"),
    media: h("div", { class: "result-media" }),
    code: h("div", { class: "result-code" }),
  };
  replace(root,
    h("header", { class: "result-header" }, view.heading, view.meta,
      view.prompt, view.chain),
    view.announce, view.notice, view.progress.node, view.problem,
    h("div", { class: "result-grid" }, view.media, view.code));

  let timer = null;
  let stopped = false;
  let shown = { status: null, code: null, final: null, chain: null };
  const poll = async () => {
    try {
      const job = await getJob(id);
      if (stopped) return;
      replace(view.notice);
      shown = showJob(view, job, shown);
      if (!FINAL.has(job.status)) timer = setTimeout(poll, POLL_MS);
    } catch (err) {
      if (stopped) return;
      if (err.status === 404) {
        replace(view.heading, "This job does not exist.");
        replace(view.notice, `${err.message} Jobs are kept for a while; ` +
          "this one may have been removed, or the address is mistyped.");
        view.progress.node.hidden = true;
        return;
      }
      replace(view.notice, err.message);
      timer = setTimeout(poll, RETRY_MS);
    }
  };
  poll();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * Brings `view` up to date with `job`. `before` says what was shown (the
 * status, the code and the final state, as keys); parts whose key did
 * not change are left alone, so a playing video or an open editor stays
 * as it is. Returns the new keys.
 */
function showJob(view, job, before) {
  if (before.status === null) {
    const prompt = job.prompt || "Your own code";
    const long = prompt.length > TITLE_CHARS;
    replace(view.heading, long ? `${prompt.slice(0, TITLE_CHARS)}…` : prompt);
    document.title = `${view.heading.textContent} · MathMotion`;
    replace(view.prompt, long ? h("details", { class: "full-prompt" },
      h("summary", { text: "Full prompt" }), h("p", { text: prompt })) : null);
  }
  const chain = chainKey(job);
  if (chain !== before.chain) replace(view.chain, chainNav(job));
  replace(view.meta, metaLine(job));
  view.progress.update(job);
  if (job.status !== before.status) {
    replace(view.announce, statusSentence(job));
  }
  const output = job.output || {};
  const findings = job.error && job.error.type === "validation"
    ? parseFindings(job.error.logs) : [];
  const codeKey = `${output.code}|${findings.length}|${job.status}`;
  if (output.code && codeKey !== before.code) {
    replace(view.code, codePanel(job, output.code, findings));
  }
  const finalKey = FINAL.has(job.status) ? job.updatedAt : null;
  if (!finalKey && !view.media.childElementCount) {
    replace(view.media, placeholder());
  }
  if (finalKey && finalKey !== before.final) {
    replace(view.problem, job.error ? errorPanel(job, findings, view.code)
      : null);
    replace(view.media, mediaPanel(job), jobActions(job));
  }
  return { status: job.status, code: codeKey, final: finalKey, chain };
}

function placeholder() {
  return h("section", { class: "panel placeholder" },
    h("span", { class: "spinner", "aria-hidden": "true" }),
    h("p", { text: "The video appears here once it is rendered, usually " +
      "within a minute. You can leave this page and come back: its " +
      "address stays valid." }));
}

function metaLine(job) {
  return [
    h("span", { class: "tag", text: job.stylePreset }),
    h("span", { class: "tag", text: `${job.quality} quality` }),
    h("span", { class: "tag", text: `${attemptLabel(job)} of ` +
      `${job.maxAttempts || 3}` }),
    job.codeSource === "user" ? h("span", { class: "tag",
      text: "your code" }) : null,
    job.galleryId ? h("a", { class: "tag tag--link", href: "/gallery",
      text: "gallery example" }) : null,
    job.isCacheHit ? h("span", { class: "badge badge--cached",
      text: "From cache" }) : null,
  ];
}

function statusSentence(job) {
  if (job.status === "done") return "The animation is ready.";
  if (job.status === "failed") {
    return `The job failed: ${job.error ? job.error.message : ""}`;
  }
  return `Status: ${job.status.replace("_", " ")}.`;
}

function mediaPanel(job) {
  const output = job.output || {};
  const video = sitePath(output.videoUrl);
  return [
    video ? h("section", { class: "panel", "aria-label": "Video" },
      player(video, job.id)) : null,
    output.explanation ? h("section", { class: "panel",
      "aria-labelledby": "explanation-title" },
    h("h2", { id: "explanation-title", text: "What it shows" }),
    h("p", { class: "explanation", text: output.explanation })) : null,
  ];
}

function codePanel(job, source, findings) {
  const copied = h("span", { class: "hint", "aria-live": "polite" });
  const view = h("div", {}, codeBlock(source, findings));
  const panel = h("section", { class: "panel code-panel",
    "aria-labelledby": "code-title" });
  const editor = FINAL.has(job.status) ? codeEditor(job, source, view) : null;
  replace(panel,
    h("div", { class: "panel-head" },
      h("h2", { id: "code-title", text: "Manim code" }),
      h("div", { class: "panel-tools" }, copied,
        copyButton(() => source, copied),
        editor ? editor.openButton : null)),
    view, editor ? editor.form : null);
  return panel;
}

function errorPanel(job, findings, codeRoot) {
  const { error } = job;
  const logs = (error.logs || "").trim();
  return h("section", { class: "panel error-panel",
    "aria-labelledby": "error-title" },
  h("h2", { id: "error-title", text: "What went wrong" }),
  h("p", { class: "error-kind" },
    h("span", { class: "badge badge--error",
      text: ERROR_TYPES[error.type] || error.type }),
    " ", STAGES[error.stage] || ""),
  h("p", { class: "error-message", text: error.message }),
  findings.length ? findingList(findings, codeRoot) : null,
  logs ? h("details", { class: "logs" },
    h("summary", { text: "Logs" }),
    h("pre", { tabindex: "0", text: logs })) : null);
}

function findingList(findings, codeRoot) {
  return h("ul", { class: "findings", "aria-label": "Safety check findings" },
    findings.map((f) => h("li", {},
      h("button", { type: "button", class: "link-button",
        onclick: () => showLine(codeRoot, f.line) },
      `Line ${f.line}:${f.column}`),
      " ", h("code", { text: f.rule }), " ", f.message)));
}

function showLine(codeRoot, line) {
  const row = codeRoot.querySelector(`.line[data-line="${line}"]`);
  if (!row) return;
  row.scrollIntoView({ block: "center", behavior: "smooth" });
  row.classList.add("line--flash");
  setTimeout(() => row.classList.remove("line--flash"), 1500);
  const pre = row.closest("pre");
  if (pre) pre.focus({ preventScroll: true });
}
