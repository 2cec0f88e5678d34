"""Data-driven tests for render-agent/validator/mm_validate.py.

cases/reject/*.py: hostile or invalid scenes.  First line `# expect: <rule>`
names a rule that must be among the findings; an optional second line
`# args: ...` passes extra command-line flags to the validator.
cases/accept/*.py: legitimate scenes that must be accepted and must render with
the project's manim (marked `render`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
VALIDATOR = REPO / "render-agent" / "validator" / "mm_validate.py"
REJECT = sorted((HERE / "cases" / "reject").glob("*.py"))
ACCEPT = sorted((HERE / "cases" / "accept").glob("*.py"))
VENV_PYTHON = (Path(os.environ.get("MM_VENV", "/opt/mathmotion/venv"))
               / "bin" / "python")

RULES = {
    "size-limit", "encoding", "syntax", "too-complex", "import",
    "forbidden-name", "dynamic-attribute", "underscore", "introspection",
    "string-format", "scene-class", "numpy-io", "module-access", "host-file",
    "tex-template", "config-write", "interactive", "typst",
    "latex-primitive", "too-many-findings",
}


def run_validator(source: bytes, *args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, str(VALIDATOR), *args],
        input=source, capture_output=True, timeout=60, cwd=str(REPO),
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1, proc.stdout
    result = json.loads(lines[0])
    check_contract(result)
    return result


def check_contract(result: dict) -> None:
    assert set(result) == {"ok", "findings", "sceneClass", "animationCount"}
    assert isinstance(result["ok"], bool)
    assert isinstance(result["animationCount"], int)
    assert result["sceneClass"] is None or isinstance(result["sceneClass"], str)
    assert isinstance(result["findings"], list)
    for f in result["findings"]:
        assert set(f) == {"line", "col", "rule", "message"}
        assert isinstance(f["line"], int) and f["line"] >= 1
        assert isinstance(f["col"], int) and f["col"] >= 1
        assert f["rule"] in RULES, f["rule"]
        assert isinstance(f["message"], str) and len(f["message"]) > 20
    assert result["ok"] == (not result["findings"])
    if result["ok"]:
        assert result["animationCount"] >= 1
        assert result["sceneClass"]


def case_header(path: Path) -> tuple[str, list[str]]:
    head = path.read_bytes().splitlines()[:2]
    m = re.match(rb"#\s*expect:\s*(\S+)", head[0])
    assert m, f"{path.name}: first line must be '# expect: <rule-id>'"
    args: list[str] = []
    if len(head) > 1:
        m2 = re.match(rb"#\s*args:(.*)", head[1])
        if m2:
            args = shlex.split(m2.group(1).decode())
    return m.group(1).decode(), args


def test_case_counts():
    assert len(REJECT) >= 30
    assert len(ACCEPT) >= 15


@pytest.mark.parametrize("path", REJECT, ids=lambda p: p.stem)
def test_reject(path: Path):
    expected, args = case_header(path)
    assert expected in RULES, f"unknown rule id {expected!r}"
    result = run_validator(path.read_bytes(), *args)
    assert result["ok"] is False
    rules = {f["rule"] for f in result["findings"]}
    assert expected in rules, json.dumps(result, indent=1)


@pytest.mark.parametrize("path", ACCEPT, ids=lambda p: p.stem)
def test_accept(path: Path):
    result = run_validator(path.read_bytes())
    assert result["ok"] is True, json.dumps(result, indent=1)
    assert result["animationCount"] >= 1


@pytest.mark.render
@pytest.mark.parametrize("path", ACCEPT, ids=lambda p: p.stem)
def test_accept_renders(path: Path, tmp_path: Path):
    if not VENV_PYTHON.exists():
        pytest.skip(f"manim venv not found at {VENV_PYTHON}")
    scene = run_validator(path.read_bytes())["sceneClass"]
    media = tmp_path / "media"
    proc = subprocess.run(
        [str(VENV_PYTHON), "-m", "manim", "--hide-splash", "render", "-ql",
         "-s", "--silent", "--disable_caching", "--media_dir", str(media),
         str(path)],
        capture_output=True, timeout=600, cwd=str(tmp_path),
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr).decode(
        errors="replace")[-4000:]
    images = list(media.glob(f"images/{path.stem}/{scene}*.png"))
    assert images, f"no last-frame PNG for {scene} under {media}"


# ---------------------------------------------------------------- contract

def test_rule_list_matches():
    proc = subprocess.run([sys.executable, str(VALIDATOR), "--list-rules"],
                          capture_output=True, timeout=60)
    assert proc.returncode == 0
    assert set(json.loads(proc.stdout)) == RULES


def test_output_is_deterministic():
    src = (HERE / "cases" / "reject" / "subclass_walk.py").read_bytes()
    a = subprocess.run([sys.executable, str(VALIDATOR)], input=src,
                       capture_output=True).stdout
    b = subprocess.run([sys.executable, str(VALIDATOR)], input=src,
                       capture_output=True).stdout
    assert a == b


def test_default_size_limit():
    body = b"from manim import *\nclass S(Scene):\n    def construct(self):\n" \
           b"        self.wait()\n"
    pad = b"#" * (20000 - len(body) - 1) + b"\n"
    ok = run_validator(pad + body)
    assert ok["ok"] is True
    big = run_validator(b"#" + pad + body)
    assert [f["rule"] for f in big["findings"]] == ["size-limit"]
    assert run_validator(pad + body, "--max-bytes", "100")["ok"] is False


def test_huge_input_is_a_finding_not_a_crash():
    result = run_validator(b"x = 1\n" * 500000)
    assert [f["rule"] for f in result["findings"]] == ["size-limit"]


def test_empty_input():
    result = run_validator(b"")
    assert [f["rule"] for f in result["findings"]] == ["scene-class"]
    assert result["sceneClass"] is None


def test_syntax_error_position_and_message():
    result = run_validator(b"from manim import *\nclass S(Scene):\n"
                           b"    def construct(self)\n        self.wait()\n")
    (f,) = result["findings"]
    assert f["rule"] == "syntax" and f["line"] == 3
    assert "expected ':'" in f["message"]


def test_invalid_utf8_position():
    result = run_validator(b"from manim import *\nx = '\xff'\n")
    (f,) = result["findings"]
    assert (f["rule"], f["line"], f["col"]) == ("encoding", 2, 6)


def test_null_byte():
    result = run_validator(b"from manim import *\nx = 1\0\n")
    assert [f["rule"] for f in result["findings"]] == ["syntax"]


def test_deep_nesting_is_a_finding():
    result = run_validator(b"x = " + b"-" * 15000 + b"1\n")
    assert result["findings"][0]["rule"] in ("too-complex", "syntax")


def test_finding_points_at_attribute():
    src = b"from manim import *\nclass S(Scene):\n    def construct(self):\n" \
          b"        c = ().__class__\n        self.wait()\n"
    (f,) = run_validator(src)["findings"]
    assert (f["rule"], f["line"], f["col"]) == ("underscore", 4, 16)


def test_scene_class_and_animation_count():
    src = b"""from manim import *
class Helper(VGroup):
    pass
class Demo(Scene):
    def construct(self):
        for _ in range(10):
            self.play(FadeIn(Circle()))
        self.wait()
        self.helper()
    def helper(self):
        self.wait(0.5)
"""
    result = run_validator(src)
    assert result["ok"] and result["sceneClass"] == "Demo"
    assert result["animationCount"] == 3


def test_static_scene_reports_at_least_one_animation():
    src = b"from manim import *\nclass S(Scene):\n    def construct(self):\n" \
          b"        self.add(Circle())\n"
    result = run_validator(src)
    assert result["ok"] and result["animationCount"] == 1


def test_indirect_scene_subclasses_count():
    src = b"""from manim import *
class Base(Scene):
    pass
class Real(Base):
    def construct(self):
        self.wait()
"""
    result = run_validator(src)
    assert [f["rule"] for f in result["findings"]] == ["scene-class"]


@pytest.mark.parametrize("snippet", [
    # ImageMobject from numpy (Pillow 13 in the venv cannot display it, so it
    # is not a render case).
    "img = ImageMobject(np.uint8([[0, 255], [255, 0]]))",
    "arr = np.zeros((4, 4), dtype=np.uint8)\n        img = ImageMobject(arr)",
    "img = ImageMobject((np.random.rand(8, 8) * 255).astype(np.uint8))",
    "img = ImageMobject(255 - np.uint8([[0, 1], [2, 3]]).T)",
    "img = ImageMobject((np.indices((8, 8)).sum(axis=0) % 2 * 255)"
    ".astype(np.uint8))",
    "a = np.linspace(0, 1, 16).reshape(4, 4)\n        "
    "img = ImageMobject((a / a.max() * 255).astype(np.uint8))",
    "x = config.frame_width + config['frame_height']",
    "v = getattr(Square(), 'width', 1.0)",
    "t = Text(f'{config.pixel_width}x{config.pixel_height}')",
    "c = Code(code_string='x = 1', language='python')",
    "self.camera.background_color = BLUE",
    "frame = self.camera\n        frame.background_color = RED",
    "s = MathTex(r'\\delta \\leftarrow \\frac{a}{b} \\in \\mathbb{R}')",
    "g = (k for k in range(3))\n        total = sum(g)",
    "r = rate_functions.smooth(0.5)",
    "col = XKCD.AVOCADO",
    "t = Tex('a', 'b', tex_environment='center')",
    "t = MathTex('x', tex_environment=None)",
    "t = Tex('a & b', tex_environment='tabular}{cc')",
])
def test_accept_snippets(snippet):
    src = ("from manim import *\nimport numpy as np\nclass S(Scene):\n"
           "    def construct(self):\n        " + snippet +
           "\n        self.wait()\n").encode()
    result = run_validator(src)
    assert result["ok"], json.dumps(result, indent=1)


@pytest.mark.parametrize("snippet,rule", [
    ("x = Square().get__private()", "underscore"),
    ("x = self.renderer.file_writer", "host-file"),
    ("x = np.random.mtrand", "numpy-io"),
    ("x = np.polynomial.polyutils.operator", "module-access"),
    ("x = camera.camera.Camera", "module-access"),
    ("x = np", "module-access"),
    ("x = np.emath", "module-access"),
    ("x = [u for u in utils.file_ops]", "module-access"),
    ("x = open_file", "host-file"),
    ("x = getattr(np, 'lib')", "numpy-io"),
    ("x = getattr(typing, 'sys')", "module-access"),
    ("x = hasattr(self, 'gi_frame')", "introspection"),
    ("x = getattr(self, 'ｅｖａｌ')", "dynamic-attribute"),
    ("x = np.load", "numpy-io"),
    ("x = np.test()", "numpy-io"),
    ("x = Tex('a', tex_template=None)", "tex-template"),
    ("x = Tex(f'\\\\input{{{1}}}')", "latex-primitive"),
    ("x = Tex(''.join(['\\\\in', 'put{/etc/passwd}']))", "latex-primitive"),
    ("x = Tex('\\\\begin{filecontents}{a.tex}x\\\\end{filecontents}')",
     "latex-primitive"),
    ("x = Tex('\\\\UseName{input}{/etc/passwd}')", "latex-primitive"),
    ("x = Tex('/etc/passwd', tex_environment='input')", "latex-primitive"),
    ("e = 'inp'\n        x = Tex('/etc/passwd', tex_environment=e)",
     "latex-primitive"),
    ("x = Tex(b'\\\\write18{id}'.decode())", "latex-primitive"),
    ("x = ImageMobject(np.load('a.npy'))", "numpy-io"),
    ("x = ImageMobject(*['/etc/passwd'])", "host-file"),
    ("x = ImageMobject(np.str_('/etc/passwd'))", "host-file"),
    ("x = ImageMobject(np.array(['/etc/passwd'])[0])", "host-file"),
    # Reductions of string arrays are one str (np.str_), i.e. a path.
    ("x = ImageMobject(np.array(['/etc/pa', 'sswd']).sum())", "host-file"),
    ("x = ImageMobject(np.zeros((2,), str).sum())", "host-file"),
    ("x = ImageMobject(np.zeros((2,), dtype=str).max())", "host-file"),
    ("x = ImageMobject(np.ones(3).astype(str).sum())", "host-file"),
    ("x = ImageMobject(np.full((2,), '/etc/passwd').min())", "host-file"),
    ("a = np.array(['/etc/passwd'])\n        x = ImageMobject(a[0])",
     "host-file"),
    ("x = Code(**{'code_file': '/etc/passwd'})", "host-file"),
    ("Square().get_image().save('/tmp/x.png')", "host-file"),
    ("self.camera.get_cairo_context(None)", "host-file"),
    ("print(config)", "config-write"),
    ("config.background_color = RED", "config-write"),
    ("config.frame_size[0] = 1", "config-write"),
    ("config.digest_file('/etc/manim.cfg')", "config-write"),
    ("x = error_console", "host-file"),
    ("x = capture(['id'])", "host-file"),
    ("x = guarantee_empty_existence('/tmp')", "host-file"),
    ("x = vars(self)", "forbidden-name"),
    ("x = globals()", "forbidden-name"),
    ("x = compile('1', 's', 'eval')", "forbidden-name"),
    ("breakpoint()", "forbidden-name"),
    ("x = type(self).mro()", "introspection"),
    ("x = __file__", "forbidden-name"),
    ("x = __builtins__", "forbidden-name"),
    ("x = '{}'.format", "string-format"),
    ("x = str.format_map", "string-format"),
    ("import numpy.lib.npyio", "numpy-io"),
    ("from numpy.ctypeslib import ctypes", "numpy-io"),
    ("from typing import get_type_hints", "forbidden-name"),
    ("from manim import ImageMobject as Im", "host-file"),
    ("from manim import config as cfg", "config-write"),
    ("from manim.mobject.types.image_mobject import Image", "import"),
    ("import manim.utils.tex_file_writing as t", "import"),
    ("from __future__ import annotations", "syntax"),  # not at the top
    ("import importlib", "import"),
    ("self.embed()", "interactive"),
    ("x = MathTypst('x')", "typst"),
    ("x = Square().animate.__class__", "underscore"),
    ("x = Square()._private", "underscore"),
    ("def f(_x): return _x", "underscore"),
    ("x = logger.handlers[0].console", "host-file"),
    ("x = self.get_attrs('camera')", "dynamic-attribute"),
    ("x = Square().get_merged_array('points')", "dynamic-attribute"),
    ("x = Square().set(**{'__class__': Circle})", "underscore"),
    ("x = DecimalNumber(1, num_decimal_places='2f}{0.__class__')",
     "string-format"),
    ("super = lambda: print\n        x = super().__init__", "underscore"),
    ("x = Square()._", "underscore"),
    ("x = MathTex('x').file_name.parent / 'etc'", "host-file"),
    ("x = type(MathTex('x').file_name)('/etc/passwd').read_text()",
     "host-file"),
    ("x = config.get_dir('media_dir')", "host-file"),
    ("Square().set(**{'background_image': '/etc/hosts'})", "host-file"),
    ("d = {}\n        d['background_image'] = 'x'", "host-file"),
    ("self.render(preview=True)", "host-file"),
    ("x = MathTex(chr(92) + 'input{/etc/passwd}')", "latex-primitive"),
    ("bs = '\\\\'\n        x = MathTex(bs + 'input{/etc/passwd}')",
     "latex-primitive"),
    ("x = (lambda: 0).func_globals", "introspection"),
    ("x = [e.tb_frame for e in []]", "introspection"),
])
def test_reject_snippets(snippet, rule):
    src = ("from manim import *\nimport numpy as np\nimport typing\n"
           "class S(Scene):\n    def construct(self):\n        " + snippet +
           "\n        self.wait()\n").encode()
    result = run_validator(src)
    assert not result["ok"]
    assert rule in {f["rule"] for f in result["findings"]}, json.dumps(
        result, indent=1)


def test_only_annotations_future_import():
    src = b"""from __future__ import barry_as_FLUFL
from manim import *
class S(Scene):
    def construct(self):
        self.wait()
"""
    assert [f["rule"] for f in run_validator(src)["findings"]] == ["import"]


def test_compiler_errors_are_syntax_findings():
    src = b"""from manim import *
class S(Scene):
    def construct(self):
        self.wait()
return 1
"""
    (f,) = run_validator(src)["findings"]
    assert (f["rule"], f["line"]) == ("syntax", 5)
    assert "'return' outside function" in f["message"]


def test_config_module_level_star_shadowing_is_still_checked():
    src = b"""from manim import *
x = utils
utils = 1
class S(Scene):
    def construct(self):
        self.wait()
"""
    assert "module-access" in {f["rule"] for f in run_validator(src)["findings"]}


# ------------------------------------------------- tables vs installed manim

def _load_validator_module():
    spec = importlib.util.spec_from_file_location("mm_validate", VALIDATOR)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_tables_match_installed_manim():
    """The validator's embedded manim/numpy/typing facts match the venv."""
    if not VENV_PYTHON.exists():
        pytest.skip(f"manim venv not found at {VENV_PYTHON}")
    probe = r"""
import json, types, importlib
ns = {}
exec("from manim import *", ns)
out = {"exports": sorted(k for k in ns if not k.startswith("_")),
       "star_modules": {k: v.__name__ for k, v in ns.items()
                        if isinstance(v, types.ModuleType)},
       "module_attrs": {}}
for name in %s:
    try:
        m = importlib.import_module(name)
    except ImportError:
        continue
    out["module_attrs"][name] = {
        a: getattr(m, a).__name__ for a in dir(m)
        if not a.startswith("_")
        and isinstance(getattr(m, a, None), types.ModuleType)}
print(json.dumps(out))
"""
    v = _load_validator_module()
    names = sorted(v.MODULE_ATTRS)
    proc = subprocess.run([str(VENV_PYTHON), "-c", probe % (names,)],
                          capture_output=True, timeout=300, cwd=str(HERE))
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    facts = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    assert set(facts["exports"]) == set(v.MANIM_EXPORTS)
    assert facts["star_modules"] == v.STAR_MODULES
    for name, attrs in facts["module_attrs"].items():
        table = dict(v.MODULE_ATTRS[name])
        table.pop("distutils", None)  # gone in numpy 2, still refused
        assert attrs == table, name
