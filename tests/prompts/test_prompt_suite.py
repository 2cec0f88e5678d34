"""The offline generator over the prompt suite (suite.tsv).

Every prompt must be understood, its code must hold the prompt's
must-contain text and pass the project's validator; one prompt per
category is rendered (last frame only, the styles in turn: the render-time
theme applies them); hostile requests never change the structure of the
code.
"""

from __future__ import annotations

import ast
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import suite  # noqa: E402

STYLES = ("3Blue1Brown", "Classic", "Minimalist", "Dark")
CATEGORIES = {"shapes", "plots", "equations", "tangent", "secant", "area",
              "riemann", "algebra", "numberline", "vectors", "matrix",
              "trig", "complex", "chart", "parametric", "polar", "surface",
              "solids"}
CATEGORIES |= {"quadratic", "geometry", "series", "growth", "revolution",
               "statistics", "primes", "eigen"}
CASES = suite.load_suite()


@pytest.fixture(scope="session")
def answers():
    """The generator's answers for the whole suite."""
    return suite.generate([c.prompt for c in CASES])


@pytest.fixture(scope="session")
def verdicts(answers):
    """The validator's verdict for every understood answer."""
    ok = [i for i, a in enumerate(answers) if a["status"] == "ok"]
    return dict(zip(ok, suite.validate([answers[i]["code"] for i in ok])))


def test_suite_covers_every_category():
    assert len(CASES) >= 150
    counts = {}
    for c in CASES:
        counts[c.category] = counts.get(c.category, 0) + 1
    assert set(counts) == CATEGORIES
    assert min(counts.values()) >= 5
    assert len({c.prompt for c in CASES}) == len(CASES)


@pytest.mark.parametrize("index", range(len(CASES)),
                         ids=[f"{c.category}:{c.line}" for c in CASES])
def test_prompt(index, answers, verdicts):
    case = CASES[index]
    ans = answers[index]
    assert ans["status"] == "ok", f"{case.prompt!r}: {ans['message']}"
    assert case.must in ans["code"], case.prompt
    assert len(ans["explanation"]) > 40
    verdict = verdicts[index]
    assert verdict["ok"], (case.prompt, verdict["findings"])
    assert verdict["sceneClass"] == "MathMotionScene"


def _sample():
    seen, out = set(), []
    for c in CASES:
        if c.category not in seen:
            seen.add(c.category)
            out.append(c)
    return out


@pytest.mark.skipif(not suite.have_manim(), reason="no Manim venv")
def test_one_prompt_per_category_renders(answers):
    index = {c.prompt: i for i, c in enumerate(CASES)}
    sample = _sample()
    with tempfile.TemporaryDirectory() as tmp:
        def one(item):
            k, case = item
            code = answers[index[case.prompt]]["code"]
            return case, suite.render(code, os.path.join(tmp, str(k)),
                                      STYLES[k % len(STYLES)])

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(one, enumerate(sample)))
    failed = [(c.category, c.prompt, detail[-800:])
              for c, (ok, detail) in results if not ok]
    assert not failed, failed


HOSTILE = [
    'bar chart of a"); import os; (" 5, \\input{/etc/passwd} 3',
    "bar chart: x\"\"\" 4, y''' 2, \x01\x1b[31m 3",
    "bar chart of\nimport os\nos.system('ls') 5, 7",
    'bar chart with __class__ 4 and exec(1) 2 and {0.__init__} 3',
    'solve 2x + 3 = 7"); import os; ("',
    'Show the tangent line to y = x^2 at x = 1\n"""\nimport os',
    "area under y = __import__('os') from 0 to 1",
    'show 3 + 4 on a number line\\"); exec(\\"',
    'add the vectors [1, 2]"); import os #  and [3, 4]',
    "plot 3 + 2i''' on the complex plane",
    'polar curve r = 1 + cos(theta)"); eval("1',
    "plot the surface z = x*y\n    import os",
    'draw a sphere named "); import os; ("',
    "count from 1 to 10 \\\\ \\n \\x00 {}",
    "x = cos(t); import os, y = sin(t)",
]

ALLOWED_IMPORTS = [("manim", "*"), ("numpy", "np")]


def _structure_ok(code: str):
    """The code parses, imports only manim and numpy, defines one class,
    and names nothing dangerous outside string literals."""
    tree = ast.parse(code)
    imports = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imports.append((node.module, node.names[0].name))
        elif isinstance(node, ast.Import):
            imports.append((node.names[0].name, node.names[0].asname))
        elif isinstance(node, ast.Name):
            assert node.id not in {"os", "exec", "eval", "open", "sys",
                                   "__import__", "input"}, node.id
        elif isinstance(node, ast.Attribute):
            assert not node.attr.startswith("_"), node.attr
            assert node.attr not in {"system", "popen"}, node.attr
    assert imports == ALLOWED_IMPORTS
    classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    assert len(classes) == 1 and classes[0].name == "MathMotionScene"


def test_hostile_requests_never_change_the_code():
    ans = suite.generate(HOSTILE)
    ok = [a for a in ans if a["status"] == "ok"]
    assert len(ok) >= 10  # the checks ran on real scenes
    for a in ans:
        if a["status"] != "ok":
            assert a["message"]
            continue
        _structure_ok(a["code"])
        assert all(c == "\n" or 32 <= ord(c) < 127 for c in a["code"])
    for v in suite.validate([a["code"] for a in ok]):
        assert v["ok"], v["findings"]


# Requests that share words with what the generator can do but ask for
# something else: each must be refused, naming what it cannot animate,
# rather than answered with an unrelated scene.
UNRELATED = [
    ("Show the normal distribution of heights", "distribution"),
    ("Draw the inscribed circle of a triangle", "inscribed"),
    ("Why is the sky blue", "why"),
    ("Prove that the square root of 2 is irrational", "prove"),
    ("Explain the linear approximation of the economy", "approximation"),
    ("Tell me about the French revolution", "revolution"),
    ("What is the probability that it rains tomorrow", "probability"),
    ("Show that there are infinitely many primes", "primes"),
    ("Show the limit of sin(x)/x as x goes to 0", "limit"),
]


@pytest.mark.parametrize("prompt, word", UNRELATED,
                         ids=[w for _, w in UNRELATED])
def test_unrelated_requests_are_refused_by_name(prompt, word):
    (ans,) = suite.generate([prompt])
    assert ans["status"] == "unsupported", ans["explanation"]
    assert f'"{word}"' in ans["message"]
    assert "It understands" in ans["message"]
