// Home (/): the prompt, example prompts, style swatches, quality, submit
// with a loading state, and the remaining submission quota.
import { h, replace } from "./dom.js";
import { submitJob } from "./api.js";
import { loadStyles } from "./styles.js";
import { quotaView } from "./quota.js";
import { navigate } from "./router.js";

const MAX_PROMPT = 2000; // MathMotionMaxPromptLength's default
const EXAMPLES = [
  "Draw a blue circle",
  "Plot y = x^2 from -3 to 3",
  "plot y = e^x and its tangent line at x = 0",
  "riemann sum with rectangles under y = x + 1 from 0 to 2",
  "add the vectors [1, 2] and [3, -1]",
  "plot 3 + 2i on the complex plane",
];
const QUALITIES = [
  ["low", "Low", "480p, fastest"],
  ["medium", "Medium", "720p"],
  ["high", "High", "1080p, slowest"],
];

/** Builds the home view into `root`; returns its cleanup. */
export function mountHome(root) {
  const prompt = promptField();
  const submit = submitButton();
  const error = h("div", { class: "form-error", role: "alert" });
  const quota = quotaView((exhausted) => submit.block(exhausted));
  const styleField = h("fieldset", { class: "field styles" },
    h("legend", { text: "Style" }),
    h("p", { class: "hint", text: "Loading the styles…" }));
  loadStyles().then((styles) => fillStyles(styleField, styles));

  const form = h("form", { class: "create", id: "prompt-form",
    novalidate: true },
  prompt.field, examplesList(prompt), styleField, qualityField(),
  h("div", { class: "submit-row" }, submit.button, quota.node), error);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send(form, prompt.input, submit, error);
  });

  replace(root,
    h("section", { class: "intro" },
      h("h1", { tabindex: "-1", text: "Turn an idea into a math animation" }),
      h("p", { class: "lead", text: "Describe a piece of mathematics in " +
        "plain English. MathMotion writes the Manim code, renders the " +
        "video and explains what it shows." })),
    h("div", { class: "home-layout" }, form, howItWorks()));
  return () => quota.stop();
}

/** Submits the form; on success goes to the job's result page. */
async function send(form, input, submit, error) {
  replace(error);
  const text = input.value.trim();
  if (!text) {
    replace(error, "Describe the animation first, for example " +
      "\u201cDraw a blue circle\u201d.");
    input.focus();
    return;
  }
  submit.busy(true);
  form.setAttribute("aria-busy", "true");
  try {
    const data = new FormData(form);
    const job = await submitJob({ prompt: text,
      stylePreset: data.get("stylePreset") || undefined,
      quality: data.get("quality") });
    navigate(`/result/${job.id}`);
  } catch (err) {
    // A refusal for the rate limit is told by the quota line itself.
    if (err.status !== 429) replace(error, err.message);
    submit.busy(false);
    form.removeAttribute("aria-busy");
  }
}

/** The prompt box with its character count: {field, input, set(text)}. */
function promptField() {
  const input = h("textarea", {
    id: "prompt", name: "prompt", rows: "4", maxlength: String(MAX_PROMPT),
    required: true, "aria-describedby": "prompt-count",
    placeholder: "e.g. Show the area under y = x^2 from 0 to 1",
  });
  const count = h("span", { id: "prompt-count", class: "hint" });
  const update = () => replace(count,
    `${input.value.length} / ${MAX_PROMPT} characters`);
  input.addEventListener("input", update);
  update();
  const field = h("div", { class: "field" },
    h("label", { for: "prompt", text: "What should the animation show?" }),
    input, count);
  const set = (text) => {
    input.value = text;
    update();
    input.focus();
  };
  return { field, input, set };
}

/** "Animate": disabled while a submission is under way (with a spinner)
 *  or while the quota is used up. {button, busy(on), block(on)} */
function submitButton() {
  const button = h("button", { type: "submit", id: "submit",
    class: "button button--primary" }, "Animate");
  let busy = false;
  let blocked = false;
  const refresh = () => { button.disabled = busy || blocked; };
  return {
    button,
    busy(on) {
      busy = on;
      refresh();
      if (on) {
        replace(button, h("span", { class: "spinner", "aria-hidden": "true" }),
          "Submitting…");
      } else {
        replace(button, "Animate");
      }
    },
    block(on) {
      blocked = on;
      refresh();
    },
  };
}

function howItWorks() {
  const steps = [
    ["Describe", "Say what to show, in plain English: a curve, a " +
      "theorem, a transformation."],
    ["Generate", "MathMotion writes a Manim scene for it, and a safety " +
      "check reads every line before anything runs."],
    ["Render", "The scene is rendered in a sandbox. Watch it, read and " +
      "edit its code, or download the video."],
  ];
  return h("aside", { class: "how", "aria-labelledby": "how-title" },
    h("h2", { id: "how-title", text: "How it works" }),
    h("ol", {}, steps.map(([title, text]) => h("li", {},
      h("strong", { text: title }), h("span", { text })))),
    h("p", { class: "hint" }, "Or start from one of the ",
      h("a", { href: "/gallery", text: "gallery examples" }), "."));
}

function examplesList(prompt) {
  return h("div", { class: "examples" },
    h("span", { class: "examples-label", id: "examples-label",
      text: "Try an example:" }),
    h("ul", { "aria-labelledby": "examples-label" },
      EXAMPLES.map((text) => h("li", {},
        h("button", { type: "button", class: "chip",
          onclick: () => prompt.set(text) }, text)))));
}

function fillStyles(field, { default: preferred, styles }) {
  const cards = styles.map((style) => {
    const input = h("input", { type: "radio", name: "stylePreset",
      value: style.name, checked: style.name === preferred });
    return h("label", { class: "swatch" }, input,
      stylePreview(style),
      h("span", { class: "swatch-name", text: style.name }),
      style.description ? h("span", { class: "swatch-desc",
        text: style.description }) : null);
  });
  replace(field, h("legend", { text: "Style" }),
    h("div", { class: "swatches" }, cards));
}

/** A small picture of a style: its background, its ink as "Aa" and its
 *  colours as dots. */
export function stylePreview(style) {
  const preview = h("span", { class: "swatch-preview", "aria-hidden": "true" });
  if (isColor(style.background)) {
    preview.style.setProperty("--swatch-bg", style.background);
  }
  if (isColor(style.ink)) {
    const sample = h("span", { class: "swatch-ink", text: "Aa" });
    sample.style.setProperty("--ink", style.ink);
    preview.append(sample);
  }
  for (const color of (style.colors || []).filter(isColor).slice(0, 5)) {
    const dot = h("span", { class: "swatch-dot" });
    dot.style.setProperty("--dot", color);
    preview.append(dot);
  }
  if (!preview.childElementCount) preview.classList.add("swatch-preview--plain");
  return preview;
}

function isColor(value) {
  return typeof value === "string" && /^#[\da-f]{3,8}$/i.test(value);
}

function qualityField() {
  return h("fieldset", { class: "field qualities" },
    h("legend", { text: "Quality" }),
    h("div", { class: "segmented" }, QUALITIES.map(([value, name, note]) =>
      h("label", {},
        h("input", { type: "radio", name: "quality", value,
          checked: value === "medium" }),
        h("span", {}, h("strong", { text: name }), " ",
          h("span", { class: "hint", text: note }))))));
}
