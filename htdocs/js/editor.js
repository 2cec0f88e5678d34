// Edit and re-render: the job's code in a textarea, submitted as `code`
// (with `parentJobId` while the chain has attempts left, else as a new
// first attempt).
import { h, replace } from "./dom.js";
import { submitJob } from "./api.js";
import { navigate } from "./router.js";

const MAX_CODE_BYTES = 20000; // MathMotionMaxCodeSize's default

/**
 * {openButton, form}: the button shows the form and hides `view` (the
 * highlighted code); Cancel brings the view back.
 */
export function codeEditor(job, source, view) {
  const area = h("textarea", { id: "code-editor", class: "code-editor",
    spellcheck: "false", autocapitalize: "off", autocomplete: "off",
    wrap: "off", rows: String(Math.min(30, source.split("\n").length + 2)),
    "aria-describedby": "code-editor-note" });
  area.value = source;
  const size = h("span", { class: "hint" });
  const updateSize = () => {
    const bytes = new TextEncoder().encode(area.value).length;
    replace(size, `${bytes} / ${MAX_CODE_BYTES} bytes`);
    size.classList.toggle("hint--blocked", bytes > MAX_CODE_BYTES);
  };
  area.addEventListener("input", updateSize);
  updateSize();
  const status = h("p", { class: "form-error", role: "alert" });
  const submit = h("button", { type: "submit", class: "button button--primary" },
    "Render my code");
  const cancel = h("button", { type: "button", class: "button button--quiet" },
    "Cancel");
  const chained = job.actions && job.actions.canRetry;
  const form = h("form", { class: "editor", hidden: true },
    h("label", { for: "code-editor", text: "Your version of the code" }),
    h("p", { class: "hint", id: "code-editor-note", text: chained
      ? "It is checked by the safety check and rendered as a new attempt."
      : "This prompt has used its attempts, so your code starts a new " +
        "chain. It is checked by the safety check and rendered." }),
    area,
    h("div", { class: "editor-row" }, submit, cancel, size),
    status);
  const openButton = h("button", { type: "button",
    class: "button button--small", "aria-expanded": "false",
    "aria-controls": "code-editor" }, "Edit code");

  const toggle = (open) => {
    form.hidden = !open;
    view.hidden = open;
    openButton.setAttribute("aria-expanded", String(open));
    if (open) {
      area.focus();
      area.setSelectionRange(0, 0);
      area.scrollTop = 0;
    }
    else openButton.focus();
  };
  openButton.addEventListener("click", () => toggle(form.hidden));
  cancel.addEventListener("click", () => toggle(false));

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(job, area.value, chained, submit, status);
  });
  return { openButton, form };
}

/** Submits `code` as a new job and opens it; errors go to `status`. */
async function send(job, code, chained, submit, status) {
  if (!code.trim()) {
    replace(status, "The code is empty.");
    return;
  }
  submit.disabled = true;
  replace(status);
  replace(submit, h("span", { class: "spinner", "aria-hidden": "true" }),
    "Submitting…");
  try {
    const fields = { code, stylePreset: job.stylePreset,
      quality: job.quality };
    if (chained) fields.parentJobId = job.id;
    const next = await submitJob(fields);
    navigate(`/result/${next.id}`);
  } catch (err) {
    replace(status, err.message);
    replace(submit, "Render my code");
    submit.disabled = false;
  }
}
