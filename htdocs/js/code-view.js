// The code viewer: highlighted Python with line numbers, the validator's
// findings marked on their lines, and a copy button.
import { h, replace } from "./dom.js";
import { highlightLines } from "./highlight.js";

const FINDING = /^line (\d+):(\d+) \[([^\]]+)\] (.*)$/;

/**
 * The validator findings in an error's logs ("line L:C [rule] message",
 * one a line) as [{line, column, rule, message}]; other lines are skipped.
 */
export function parseFindings(logs) {
  const findings = [];
  for (const text of (logs || "").split("\n")) {
    const m = FINDING.exec(text.trim());
    if (m) {
      findings.push({ line: Number(m[1]), column: Number(m[2]),
        rule: m[3], message: m[4] });
    }
  }
  return findings;
}

/**
 * A <pre> showing `code` highlighted, one numbered row per line (the
 * numbers are CSS counters, so selecting and copying the text never takes
 * them along); each finding gets a note under its line.
 */
export function codeBlock(code, findings = [], label = "Manim code") {
  const byLine = new Map();
  for (const f of findings) {
    if (!byLine.has(f.line)) byLine.set(f.line, []);
    byLine.get(f.line).push(f);
  }
  const lines = highlightLines(code);
  const body = h("code");
  lines.forEach((tokens, i) => {
    const number = i + 1;
    const marked = byLine.get(number);
    const row = h("span", {
      class: marked ? "line line--finding" : "line",
      dataset: { line: String(number) },
    }, tokens.map(tokenNode));
    body.append(row);
    for (const f of marked || []) {
      body.append(h("span", { class: "finding-note", role: "note" },
        h("span", { class: "finding-rule", text: `line ${f.line}:` +
          `${f.column} [${f.rule}]` }), " ", f.message));
    }
  });
  return h("pre", {
    class: "code", tabindex: "0",
    "aria-label": `${label}, ${lines.length} lines`,
  }, body);
}

function tokenNode(token) {
  if (token.type === "space" || token.type === "name" ||
      token.type === "punctuation" || token.type === "plain") {
    return token.text;
  }
  return h("span", { class: `tok-${token.type}`, text: token.text });
}

/**
 * A "Copy" button that puts `getText()` on the clipboard and says so in
 * `status` (an aria-live element). Falls back to a hidden textarea and
 * execCommand where the Clipboard API is missing (plain http on a LAN).
 */
export function copyButton(getText, status) {
  return h("button", {
    type: "button", class: "button button--small",
    onclick: async () => {
      const ok = await copyText(getText());
      replace(status, ok ? "Code copied to the clipboard."
        : "Copying failed; select the code and copy it by hand.");
      setTimeout(() => replace(status), 4000);
    },
  }, "Copy code");
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      /* denied: try the old way */
    }
  }
  const area = h("textarea", { class: "offscreen", readonly: true,
    "aria-hidden": "true" });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
