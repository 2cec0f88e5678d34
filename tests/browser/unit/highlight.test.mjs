// The code viewer's pure parts, in Node: the Python tokenizer and the
// parser of the validator's findings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize, highlightLines } from "../../../htdocs/js/highlight.js";
import { parseFindings } from "../../../htdocs/js/code-view.js";

const kinds = (source) => tokenize(source)
  .filter((t) => t.type !== "space").map((t) => `${t.type}:${t.text}`);

test("tokens give the source back, whatever it is", () => {
  for (const source of ["", "x", "a = '''open", "s = \"a\\\"b\" # c\n",
    "\u00e9 = \u03c0 * 2\n", "\t@\\\n", "<img src=x onerror=alert(1)>"]) {
    assert.equal(tokenize(source).map((t) => t.text).join(""), source);
  }
});

test("keywords, definitions, calls, types and constants", () => {
  assert.deepEqual(kinds("class A(Scene):\n    def go(self):\n" +
    "        c = Circle(color=BLUE)\n        print(len(c))\n"), [
    "keyword:class", "class:A", "punctuation:(", "type:Scene",
    "punctuation:)", "punctuation::", "keyword:def", "function:go",
    "punctuation:(", "constant:self", "punctuation:)", "punctuation::",
    "name:c", "operator:=", "type:Circle", "punctuation:(", "name:color",
    "operator:=", "constant:BLUE", "punctuation:)", "builtin:print",
    "punctuation:(", "builtin:len", "punctuation:(", "name:c",
    "punctuation:)", "punctuation:)"]);
});

test("strings with prefixes and escapes, comments, numbers", () => {
  assert.deepEqual(kinds("f'{x}' + rb\"\\d\" # note\n1_000 0x1F 2.5e-3 3j"), [
    "string:f'{x}'", "operator:+", "string:rb\"\\d\"", "comment:# note",
    "number:1_000", "number:0x1F", "number:2.5e-3", "number:3j"]);
});

test("a triple-quoted string is split across its lines", () => {
  const lines = highlightLines('s = """one\ntwo"""\nx = 1\n');
  assert.equal(lines.length, 3);
  assert.deepEqual(lines[1], [{ type: "string", text: 'two"""' }]);
  assert.equal(lines[2][0].text, "x");
});

test("an unterminated string ends at its line or the source's end", () => {
  assert.deepEqual(kinds('a = "open\nb = 1'), ["name:a", "operator:=",
    'string:"open', "name:b", "operator:=", "number:1"]);
  assert.deepEqual(kinds("'''never closed\nx"), ["string:'''never closed\nx"]);
});

test("findings are read from the validator's log lines", () => {
  const logs = "line 2:8 [import] Importing 'os' is not allowed.\n" +
    "Traceback (most recent call last):\n" +
    "  line 9:1 [module-access] The attribute 'system' is refused.\n";
  assert.deepEqual(parseFindings(logs), [
    { line: 2, column: 8, rule: "import",
      message: "Importing 'os' is not allowed." },
    { line: 9, column: 1, rule: "module-access",
      message: "The attribute 'system' is refused." }]);
  assert.deepEqual(parseFindings(null), []);
});
