// A Python tokenizer for the code viewer: just enough of Python's lexical
// grammar to colour Manim scenes (keywords, strings incl. triple-quoted
// and prefixed ones, numbers, comments, decorators, definitions, calls).
// It never fails: text it does not recognise is a plain token.

const KEYWORDS = new Set(("and as assert async await break class continue " +
  "def del elif else except finally for from global if import in is " +
  "lambda nonlocal not or pass raise return try while with yield match " +
  "case").split(" "));
const CONSTANTS = new Set(["True", "False", "None", "self", "cls"]);
const BUILTINS = new Set(("abs all any bool dict divmod enumerate filter " +
  "float int isinstance len list map max min pow print range reversed " +
  "round set sorted str sum super tuple zip").split(" "));

// Tried in order at each position; every pattern is sticky (/y).
const RULES = [
  ["space", /[ \t\f\r\n]+/y],
  ["comment", /#[^\n]*/y],
  ["string", new RegExp(
    "(?:[rRbBuUfF]{1,2})?(?:\"\"\"[\\s\\S]*?(?:\"\"\"|$(?![\\s\\S]))" +
    "|'''[\\s\\S]*?(?:'''|$(?![\\s\\S]))" +
    "|\"(?:\\\\.|[^\"\\\\\\n])*\"?|'(?:\\\\.|[^'\\\\\\n])*'?)", "y")],
  ["number", /(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)/y],
  ["decorator", /@[\p{L}_][\p{L}\p{N}_.]*/uy],
  ["name", /[\p{L}_][\p{L}\p{N}_]*/uy],
  ["operator", /\*\*=?|\/\/=?|->|:=|[-+*\/%&|^<>=!]=?|[~@]/y],
  ["punctuation", /[()[\]{}.,:;\\]/y],
  ["plain", /[\s\S]/uy],
];

/**
 * Splits `source` into tokens [{type, text}], whose texts joined give the
 * source back. Types: space, comment, string, number, decorator, keyword,
 * constant (incl. ALL_CAPS names), builtin, function (name defined by def), class (defined by
 * class), call (a name before "("), type (a capitalised name), name,
 * operator, punctuation, plain.
 */
export function tokenize(source) {
  const tokens = [];
  let pos = 0;
  while (pos < source.length) {
    for (const [type, pattern] of RULES) {
      pattern.lastIndex = pos;
      const match = pattern.exec(source);
      if (match && match[0].length > 0) {
        tokens.push({ type, text: match[0] });
        pos += match[0].length;
        break;
      }
    }
  }
  classifyNames(tokens);
  return tokens;
}

function classifyNames(tokens) {
  let previous = null; // the last token that is not white space
  tokens.forEach((token, i) => {
    if (token.type === "name") token.type = nameType(token, previous,
      nextSolid(tokens, i));
    if (token.type !== "space") previous = token;
  });
}

function nameType(token, previous, next) {
  const word = token.text;
  if (previous && previous.text === "def") return "function";
  if (previous && previous.text === "class") return "class";
  if (KEYWORDS.has(word)) return "keyword";
  if (CONSTANTS.has(word) || /^[A-Z][A-Z\d_]+$/.test(word)) {
    return "constant";
  }
  const called = next && next.text === "(";
  if (BUILTINS.has(word) && called) return "builtin";
  if (/^[A-Z][a-z]/.test(word)) return "type";
  if (called) return "call";
  return "name";
}

function nextSolid(tokens, i) {
  for (let j = i + 1; j < tokens.length; j++) {
    if (tokens[j].type !== "space") return tokens[j];
  }
  return null;
}

/**
 * The tokens of `source` cut into lines: an array with one array of
 * tokens per line (a token that spans lines, such as a triple-quoted
 * string, is split at each line break; the breaks themselves are
 * dropped).
 */
export function highlightLines(source) {
  const lines = [[]];
  for (const token of tokenize(source)) {
    token.text.split("\n").forEach((piece, k) => {
      if (k > 0) lines.push([]);
      if (piece) lines[lines.length - 1].push({ type: token.type, text: piece });
    });
  }
  if (source.endsWith("\n")) lines.pop(); // no empty line after the last
  return lines;
}
