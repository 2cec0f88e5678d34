#!/usr/bin/env python3
"""MathMotion scene validator: a static allow-list check of Manim scene code.

Usage:
    mm_validate.py [--max-bytes N] < scene.py
    mm_validate.py --list-rules          (prints {"rule-id": "summary", ...})

Reads the scene source from stdin and writes exactly one JSON object to stdout:

    {"ok": bool,
     "findings": [{"line": int, "col": int, "rule": "rule-id", "message": "..."}],
     "sceneClass": "Name" | null,
     "animationCount": int}

The exit status is 0 whatever the verdict; it is non-zero only if the validator
itself crashed (then stdout may be empty and the caller must treat the scene as
rejected).  "line" and "col" are 1-based, "col" counts characters; findings that
concern the whole file use line 1, col 1.  ok is true exactly when there are no
findings.  sceneClass names the single Scene subclass when there is exactly one,
otherwise null.  animationCount is a static lower bound on the number of
self.play/self.wait/self.pause/self.wait_until calls written in the Scene
subclass (a call inside a loop counts once); it is at least 1 when ok is true.

WHAT IS CHECKED (rule ids in brackets)
  * [size-limit] the source is at most --max-bytes bytes (default 20000).
  * [encoding] the source is UTF-8 and declares no other source encoding (a
    "# coding:" cookie would make Python read different code than we checked).
  * [syntax] the source parses with this interpreter's `ast` module (the same
    parser that will import the scene).  [too-complex] nesting too deep to parse.
  * [import] imports only from manim (names that `from manim import *` provides,
    plus the colour, rate-function, constant, unit and typing modules), math,
    numpy (numpy, numpy.random, linalg, fft, polynomial, typing), itertools,
    random, functools, typing and `from __future__ import annotations`; no
    relative imports, star imports only from manim and math.
  * [forbidden-name] no exec, eval, compile, __import__, open, input, breakpoint,
    globals, locals, vars, dir, setattr, delattr, help, exit, quit, memoryview,
    license, credits, copyright, typing.get_type_hints (it evals strings), nor the
    module dunders __builtins__, __loader__, __spec__, __file__ ...
  * [dynamic-attribute] getattr/hasattr only as a direct call whose attribute
    argument is an ASCII string literal that itself passes the attribute
    rules (getattr(obj, "color") is common in Manim code); setattr/delattr
    never; getattr/hasattr never passed around or renamed; Manim methods that
    take attribute names as strings (get_attrs, get_merged_array, ...) never.
  * [underscore] no identifier, attribute, keyword or **{"key": ...} key
    that starts with "_" or contains "__" (Manim's Mobject.__getattr__ turns
    `m.get___class__()` into `m.__class__`), and no string constant that is a
    dunder name ("__class__"): Manim has methods that look attributes up by
    string.  Exceptions (deliberate): the throw-away variable `_`; reading
    the global `__name__` and the string "__main__" (for
    `if __name__ == "__main__":`); defining `def __init__` directly in a
    class body; and `super().__init__(...)` / `super(Cls, self).__init__(...)`
    with the builtin super.  Everything else, including
    `Parent.__init__(self)` and dunder methods such as __repr__, is a finding.
  * [introspection] no frame/code/generator/traceback attributes (gi_frame,
    cr_frame, ag_frame, f_globals, f_builtins, f_locals, f_back, tb_frame,
    co_code, func_globals, mro, ...): they lead to builtins without any "_".
  * [string-format] no str.format / format_map at all: the format
    mini-language walks attributes inside a string literal
    ("{0.__init__.__globals__}").  Use f-strings, whose expressions are
    checked like any other code.  String constants containing a replacement
    field that reaches a "_" attribute are refused too (Manim formats some
    user strings, e.g. DecimalNumber's num_decimal_places).
  * [scene-class] exactly one class, defined at module level, that subclasses
    (directly or through the file's own classes) Scene, ThreeDScene,
    SpecialThreeDScene, MovingCameraScene, ZoomedScene, VectorScene,
    VectorSpaceScene or LinearTransformationScene.  Helper classes (VGroup
    subclasses, ...) are fine.
  * [numpy-io] no numpy file/ctypes entry points: load, save, savez, fromfile,
    tofile, loadtxt, savetxt, genfromtxt, fromregex, memmap, dump, ctypeslib,
    ctypes, lib, DataSource, distutils, f2py, testing, np.test/np.info/...
  * [module-access] modules are only used through their attributes, never as
    values; manim's internal modules that `from manim import *` also exports
    (utils, mobject, scene, camera, renderer, opengl, animation, plugins, core,
    data_structures) and any module reached through an allowed module's
    attributes (typing.sys, np.random.mtrand.operator, ...) are refused, as are
    attribute names of dangerous modules (os, sys, subprocess, io, pathlib, ...).
  * [host-file] no Manim feature that reads host files or runs programs:
    SVGMobject, ImageMobject except ImageMobject(<numpy array expression>),
    Code except Code(code_string=...), add_sound, register_font, background
    images, save_image, save, show, get_image, render, file utilities
    (open_file, capture, guarantee_existence, config.get_dir, ...),
    SceneFileWriter, rich consoles, cairo contexts, the host paths that
    SVG-based mobjects keep (file_name) and pathlib methods (read_text,
    write_bytes, unlink, iterdir, ...); string constants that equal such
    setting names ("background_image", "file_name", ...) are refused as well.
  * [tex-template] no TexTemplate, TexTemplateLibrary, TexFontTemplates,
    tex_template=, .tex_template, from_file, add_to_preamble (they choose the
    TeX compiler and preamble).
  * [config-write] the global `config` may only be read (config.frame_width,
    config["pixel_height"]); assigning, deleting, mutating methods, passing it
    around, and tempconfig are refused.  self.camera.background_color = ... is
    fine.
  * [interactive] no interactive_embed, embed, interact.
  * [typst] Typst/MathTypst are not available in the renderer.
  * [latex-primitive] no string constant (also constant concatenations,
    f-string literal parts and "".join of constants) containing TeX file or
    command primitives: \\input, \\include, \\openin, \\read, \\write,
    \\immediate, \\special, \\directlua, \\catcode, \\csname, \\usepackage,
    \\documentclass, \\def, \\newread, \\openout, \\jobname, \\endinput,
    \\InputIfFileExists, \\pdf..., \\UseName, \\scantokens, ... (also with
    @ prefixes), TeX's ^^ character notation and the filecontents
    environment; \\begin{X}/\\end{X} only with plain environment names
    that are not primitives (\\begin{input} is \\input), the same for
    tex_environment=; chr(92) / chr(94) are refused as well.  Variables
    assigned once from such constants are followed.

WHY THIS IS NOT THE SECURITY BOUNDARY
  A scene is an ordinary Python module and Manim imports and runs it.  Python
  and the libraries a scene legitimately needs (numpy, Manim and, through them,
  PIL, cairo, av, pygments, LaTeX) are far too large to prove that no sequence
  of allowed operations reaches files, processes or the network: strings can be
  built at run time (chr(92) + "input"), objects hand out other objects, and a
  new library version adds new paths.  This validator therefore is a first
  filter that refuses the known dangerous features and well-known bypass tricks
  early, with findings a person or an LLM can act on.  The sandbox the scene
  renders in (no network, no secrets, unprivileged, read-only system, resource
  limits, TeX run with openin_any=p and shell_escape=f) is the boundary and
  must assume this validator has been bypassed.

The validator is deterministic and uses only the standard library.  It never
imports or executes the code it checks.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import re
import sys
import tokenize
import warnings

DEFAULT_MAX_BYTES = 20000
# Never hold more than this much of stdin in memory; the rest is drained.
HARD_READ_CAP = 16 * 1024 * 1024
MAX_FINDINGS = 100

# --------------------------------------------------------------------------
# Tables.  The manim/numpy facts below were taken from manim 0.21.0 and numpy
# 2.4 (tests/validator/test_validator.py compares them with the installed
# venv when it exists).
# --------------------------------------------------------------------------

RULES = {
    "size-limit": "the scene is larger than --max-bytes",
    "encoding": "the scene is not UTF-8 or declares another encoding",
    "syntax": "the scene does not parse as Python 3.11",
    "too-complex": "the scene is nested too deeply to parse",
    "import": "an import outside the allow-list",
    "forbidden-name": "exec/eval/open/__import__/globals/... and module "
                      "dunders",
    "dynamic-attribute": "getattr/hasattr without a literal name, setattr, "
                         "delattr, string-named attribute helpers",
    "underscore": "private or dunder identifiers, attributes and strings",
    "introspection": "frame, code, generator and mro attributes",
    "string-format": "str.format/format_map and format-field traversal",
    "scene-class": "not exactly one top-level Scene subclass",
    "numpy-io": "numpy file, pickle and ctypes entry points",
    "module-access": "modules used as values, Manim internals, modules "
                     "reached through attributes",
    "host-file": "Manim features and objects that read or write host files "
                 "or run programs",
    "tex-template": "custom TeX templates, preambles or compilers",
    "config-write": "changing the global config, tempconfig",
    "interactive": "interactive_embed, embed, interact",
    "typst": "Typst/MathTypst (not installed)",
    "latex-primitive": "TeX file/command primitives in strings",
    "too-many-findings": "more than 100 findings; the rest were left out",
}

ALLOWED_IMPORT_ROOTS = (
    "manim", "math", "numpy", "itertools", "random", "functools", "typing",
)

# Modules a scene may name in `import X` / `import X as Y`.
IMPORTABLE_MODULES = frozenset({
    "manim", "manim.typing", "manim.constants", "manim.utils.color",
    "manim.utils.color.manim_colors", "manim.utils.color.AS2700",
    "manim.utils.color.BS381", "manim.utils.color.DVIPSNAMES",
    "manim.utils.color.SVGNAMES", "manim.utils.color.X11",
    "manim.utils.color.XKCD", "manim.utils.rate_functions", "manim.utils.unit",
    "math", "itertools", "random", "functools", "typing",
    "numpy", "numpy.random", "numpy.linalg", "numpy.fft", "numpy.typing",
    "numpy.polynomial", "numpy.polynomial.polynomial",
    "numpy.polynomial.chebyshev", "numpy.polynomial.hermite",
    "numpy.polynomial.hermite_e", "numpy.polynomial.laguerre",
    "numpy.polynomial.legendre",
})

# Module objects whose attributes a scene may use (the importable ones plus a
# few reached as attributes).  Any other module, reached in any way, is refused.
TRAVERSABLE_MODULES = IMPORTABLE_MODULES | frozenset({
    "numpy.lib.scimath", "numpy.dtypes", "numpy.exceptions",
})

# Attributes of allowed modules whose values are modules (name -> module).
MODULE_ATTRS = {
    "numpy": {
        "char": "numpy.char", "core": "numpy.core",
        "ctypeslib": "numpy.ctypeslib", "dtypes": "numpy.dtypes",
        "emath": "numpy.lib.scimath", "exceptions": "numpy.exceptions",
        "f2py": "numpy.f2py", "fft": "numpy.fft", "lib": "numpy.lib",
        "linalg": "numpy.linalg", "ma": "numpy.ma",
        "polynomial": "numpy.polynomial", "random": "numpy.random",
        "rec": "numpy.rec", "strings": "numpy.strings",
        "testing": "numpy.testing", "typing": "numpy.typing",
        "distutils": "numpy.distutils",
    },
    "numpy.random": {
        "bit_generator": "numpy.random.bit_generator",
        "mtrand": "numpy.random.mtrand",
    },
    "numpy.polynomial": {
        "chebyshev": "numpy.polynomial.chebyshev",
        "hermite": "numpy.polynomial.hermite",
        "hermite_e": "numpy.polynomial.hermite_e",
        "laguerre": "numpy.polynomial.laguerre",
        "legendre": "numpy.polynomial.legendre",
        "polynomial": "numpy.polynomial.polynomial",
        "polyutils": "numpy.polynomial.polyutils",
    },
    "typing": {
        "collections": "collections", "contextlib": "contextlib",
        "functools": "functools", "operator": "operator",
        "stdlib_re": "re", "sys": "sys", "types": "types",
        "warnings": "warnings",
    },
    "manim": {
        "AS2700": "manim.utils.color.AS2700", "BS381": "manim.utils.color.BS381",
        "DVIPSNAMES": "manim.utils.color.DVIPSNAMES",
        "SVGNAMES": "manim.utils.color.SVGNAMES", "X11": "manim.utils.color.X11",
        "XKCD": "manim.utils.color.XKCD", "animation": "manim.animation",
        "camera": "manim.camera", "color": "manim.utils.color",
        "constants": "manim.constants", "core": "manim.utils.color.core",
        "data_structures": "manim.data_structures",
        "manim_colors": "manim.utils.color.manim_colors",
        "mobject": "manim.mobject", "np": "numpy", "opengl": "manim.opengl",
        "plugins": "manim.plugins",
        "rate_functions": "manim.utils.rate_functions",
        "renderer": "manim.renderer", "scene": "manim.scene",
        "typing": "manim.typing", "unit": "manim.utils.unit",
        "utils": "manim.utils",
    },
    "manim.utils.color": {
        "AS2700": "manim.utils.color.AS2700", "BS381": "manim.utils.color.BS381",
        "DVIPSNAMES": "manim.utils.color.DVIPSNAMES",
        "SVGNAMES": "manim.utils.color.SVGNAMES", "X11": "manim.utils.color.X11",
        "XKCD": "manim.utils.color.XKCD", "core": "manim.utils.color.core",
        "manim_colors": "manim.utils.color.manim_colors",
    },
    "manim.utils.rate_functions": {"np": "numpy"},
    "manim.constants": {"np": "numpy"},
    "manim.utils.unit": {"constants": "manim.constants", "np": "numpy"},
    "manim.typing": {"np": "numpy", "npt": "numpy.typing"},
}
for _poly in ("chebyshev", "hermite", "hermite_e", "laguerre", "legendre",
              "polynomial"):
    MODULE_ATTRS["numpy.polynomial." + _poly] = {
        "np": "numpy", "pu": "numpy.polynomial.polyutils"}
del _poly

# Module-valued names that `from manim import *` binds.
STAR_MODULES = dict(MODULE_ATTRS["manim"])

# Attributes refused on particular modules (besides the global lists below).
MODULE_FORBIDDEN_ATTRS = {
    "numpy": frozenset({"test", "info", "show_config", "show_runtime",
                        "get_include", "char", "core", "ma", "rec",
                        "strings"}),
    "numpy.random": frozenset({"test", "bit_generator", "mtrand"}),
}

# Every public name `from manim import *` binds in manim 0.21.0.
MANIM_EXPORTS = frozenset("""
    AS2700 Add AddTextLetterByLetter AddTextWordByWord Angle AnimatedBoundary Animation
    AnimationGroup AnnotationDot AnnularSector Annulus ApplyComplexFunction
    ApplyFunction ApplyMatrix ApplyMethod ApplyPointwiseFunction
    ApplyPointwiseFunctionToCenter ApplyWave Arc ArcBetweenPoints ArcBrace ArcPolygon
    ArcPolygonFromArcs Arrow Arrow3D ArrowCircleFilledTip ArrowCircleTip
    ArrowSquareFilledTip ArrowSquareTip ArrowTip ArrowTriangleFilledTip ArrowTriangleTip
    ArrowVectorField Axes BLACK BLUE BLUE_A BLUE_B BLUE_C BLUE_D BLUE_E BOLD BOOK BS381
    BackgroundColoredVMobjectDisplayer BackgroundRectangle BarChart Blink Brace
    BraceBetweenPoints BraceLabel BraceText Broadcast BulletedList CHOOSE_NUMBER_MESSAGE
    CONTEXT_SETTINGS CTRL_VALUE CairoRenderer Camera CapStyleType ChangeDecimalToValue
    ChangeSpeed ChangingDecimal Circle Circumscribe ClockwiseTransform Code
    ComplexHomotopy ComplexPlane ComplexValueTracker Cone ConvexHull ConvexHull3D
    CoordinateSystem CounterclockwiseTransform Create Cross Cube CubicBezier CurvedArrow
    CurvedDoubleArrow CurvesAsSubmobjects Cutout CyclicReplace Cylinder DARKER_GRAY
    DARKER_GREY DARK_BLUE DARK_BROWN DARK_GRAY DARK_GREY DEFAULT_ARROW_TIP_LENGTH
    DEFAULT_DASH_LENGTH DEFAULT_DOT_RADIUS DEFAULT_FONT_SIZE
    DEFAULT_MOBJECT_TO_EDGE_BUFFER DEFAULT_MOBJECT_TO_MOBJECT_BUFFER
    DEFAULT_POINTWISE_FUNCTION_RUN_TIME DEFAULT_POINT_DENSITY_1D
    DEFAULT_POINT_DENSITY_2D DEFAULT_QUALITY DEFAULT_SMALL_DOT_RADIUS
    DEFAULT_STROKE_WIDTH DEFAULT_WAIT_TIME DEGREES DL DOWN DR DVIPSNAMES DashedLine
    DashedVMobject DecimalMatrix DecimalNumber DecimalTable DefaultSectionType DiGraph
    DictAsObject Difference Dodecahedron Dot Dot3D DotCloud DoubleArrow
    DrawBorderThenFill EPILOG Elbow Ellipse Exclusion FadeIn FadeOut FadeToColor
    FadeTransform FadeTransformPieces Flash FocusOn FullScreenRectangle FunctionGraph
    GOLD GOLD_A GOLD_B GOLD_C GOLD_D GOLD_E GRAY GRAY_A GRAY_B GRAY_BROWN GRAY_C GRAY_D
    GRAY_E GREEN GREEN_A GREEN_B GREEN_C GREEN_D GREEN_E GREY GREY_A GREY_B GREY_BROWN
    GREY_C GREY_D GREY_E Graph Group GrowArrow GrowFromCenter GrowFromEdge GrowFromPoint
    HEAVY HSV Homotopy IN INVALID_NUMBER_MESSAGE ITALIC Icosahedron ImageMobject
    ImageMobjectFromCamera ImplicitFunction Indicate Integer IntegerMatrix IntegerTable
    Intersection LARGE_BUFF LEFT LIGHT LIGHTER_GRAY LIGHTER_GREY LIGHT_BROWN LIGHT_GRAY
    LIGHT_GREY LIGHT_PINK LOGO_BLACK LOGO_BLUE LOGO_GREEN LOGO_RED LOGO_WHITE Label
    LabeledArrow LabeledDot LabeledLine LabeledPolygram LaggedStart LaggedStartMap Line
    Line3D LineJointType LinearBase LinearTransformationScene LogBase MAROON MAROON_A
    MAROON_B MAROON_C MAROON_D MAROON_E MEDIUM MED_LARGE_BUFF MED_SMALL_BUFF
    MaintainPositionRelativeTo ManimBanner ManimColor ManimColorDType MappingCamera
    MarkupText MathTable MathTex MathTypst Matrix Mobject Mobject1D Mobject2D
    MobjectMatrix MobjectTable MoveAlongPath MoveToTarget MovingCamera MovingCameraScene
    MultiCamera NORMAL NO_SCENE_MESSAGE NumberLine NumberPlane OBLIQUE ORANGE ORIGIN OUT
    Octahedron OldMultiCamera OpenGLPGroup OpenGLPMPoint OpenGLPMobject PGroup PI PINK
    PMobject PURE_BLUE PURE_CYAN PURE_GREEN PURE_MAGENTA PURE_RED PURE_YELLOW PURPLE
    PURPLE_A PURPLE_B PURPLE_C PURPLE_D PURPLE_E PackageNotFoundError Paragraph
    ParametricFunction ParsableManimColor PhaseFlow Point PointCloudDot PolarPlane
    Polygon Polygram Polyhedron Prism QUALITIES R3_to_complex RED RED_A RED_B RED_C
    RED_D RED_E RESAMPLING_ALGORITHMS RGBA RIGHT RandomColorGenerator Rectangle
    RegularPolygon RegularPolygram RemoveTextLetterByLetter RendererType
    ReplacementTransform Restore RightAngle Rotate Rotating RoundedRectangle
    SCALE_FACTOR_PER_FONT_POINT SCENE_NOT_FOUND_MESSAGE SEMIBOLD SEMILIGHT SHIFT_VALUE
    SMALL_BUFF START_X START_Y SVGMobject SVGNAMES SampleSpace ScaleInPlace Scene
    SceneFileWriter ScreenRectangle Section Sector ShowIncreasingSubsets ShowPartial
    ShowPassingFlash ShowPassingFlashWithThinningStrokeWidth ShowSubmobjectsOneByOne
    ShrinkToCenter SingleStringMathTex SmoothedVectorizedHomotopy SpecialThreeDScene
    Sphere SpinInFromNothing SpiralIn SplitScreenCamera Square Star StealthTip
    StreamLines Succession Surface SurroundingRectangle Swap TAU TEAL TEAL_A TEAL_B
    TEAL_C TEAL_D TEAL_E THIN Table TangentLine TangentialArc Tetrahedron Tex
    TexFontTemplates TexTemplate TexTemplateLibrary Text ThreeDAxes ThreeDCamera
    ThreeDScene ThreeDVMobject TipableVMobject Title Torus TracedPath Transform
    TransformAnimations TransformFromCopy TransformMatchingShapes TransformMatchingTex
    Triangle TrueDot TypeWithCursor Typst UL ULTRABOLD ULTRAHEAVY ULTRALIGHT UP UR
    Uncreate Underline Union UnitInterval UntypeWithCursor Unwrite UpdateFromAlphaFunc
    UpdateFromFunc VDict VGroup VMobject VMobjectFromSVGPath ValueTracker Variable
    Vector VectorField VectorScene VectorizedPoint WHITE Wait Wiggle Write X11 XKCD
    X_AXIS YELLOW YELLOW_A YELLOW_B YELLOW_C YELLOW_D YELLOW_E Y_AXIS Z_AXIS ZoomedScene
    add_extension_if_not_present adjacent_n_tuples adjacent_pairs
    all_elements_are_instances always always_redraw always_rotate always_shift
    angle_axis_from_quaternion angle_between_vectors angle_of_vector animation
    annotations assert_is_mobject_method average_color bezier bezier_remap binary_search
    camera capture cartesian_to_spherical center_of_mass change_to_rgba_array choose
    cli_ctx_settings clip clockwise_path color color_gradient color_to_int_rgb
    color_to_int_rgba color_to_rgb color_to_rgba compass_directions
    complex_func_to_R3_func complex_to_R3 concatenate_lists config console constants
    core counterclockwise_path cross2d cycle_animation data_structures double_smooth
    drag_pixels earclip_triangulation ensure_executable error_console exponential_decay
    f_always find_intersection frame get_3d_vmob_end_corner get_3d_vmob_end_corner_index
    get_3d_vmob_end_corner_unit_normal get_3d_vmob_gradient_start_and_end_points
    get_3d_vmob_start_corner get_3d_vmob_start_corner_index
    get_3d_vmob_start_corner_unit_normal get_3d_vmob_unit_normal get_det_text
    get_dir_layout get_full_raster_image_path get_full_sound_file_path get_plugins
    get_shaded_rgb get_smooth_cubic_bezier_handle_points get_unit_normal
    get_video_metadata get_winding_number guarantee_empty_existence guarantee_existence
    hex_to_rgb index_labels integer_interpolate interpolate interpolate_color
    inverse_interpolate invert_color invert_image is_closed is_gif_format is_mov_format
    is_mp4_format is_png_format is_webm_format line_intersection linear lingering
    list_difference_update list_plugins list_update listify logger make_even
    make_even_by_cycling manim_colors match_interpolate matrix_to_mobject
    matrix_to_tex_string merge_dicts_recursively mid midpoint mobject modify_atime
    normalize not_quite_there np open_file opengl override_animate override_animation
    partial_bezier_points path_along_arc perpendicular_bisector plugins
    point_lies_on_bezier print_family proportions_along_bezier_curve_for_point
    quaternion_conjugate quaternion_from_angle_axis quaternion_mult random_bright_color
    random_color rate_functions register_font regular_vertices remove_list_redundancies
    remove_nones renderer rgb_to_color rgb_to_hex rgba_to_color rotate_vector
    rotation_about_z rotation_matrix running_start rush_from rush_into scene
    seek_full_path_from_defaults shoelace shoelace_direction sigmoid slow_into smooth
    smoothererstep smootherstep smoothstep spherical_to_cartesian split_bezier
    squish_rate_func straight_path stretch_array_to_length subdivide_bezier tempconfig
    there_and_back there_and_back_with_pause thick_diagonal tuplify
    turn_animation_into_updater typing unit update_dict_recursively utils version wiggle
    write_to_movie z_to_vector
""".split())

SCENE_BASES = frozenset({
    "Scene", "ThreeDScene", "SpecialThreeDScene", "MovingCameraScene",
    "ZoomedScene", "VectorScene", "VectorSpaceScene",
    "LinearTransformationScene",
})

ANIMATION_METHODS = frozenset({"play", "wait", "pause", "wait_until"})

# Names refused wherever they appear (as a name, attribute, imported name,
# definition or parameter).
FORBIDDEN_BUILTINS = {
    "exec": "runs a string as code",
    "eval": "runs a string as code",
    "compile": "turns a string into code",
    "__import__": "imports arbitrary modules",
    "open": "opens host files",
    "input": "reads from the terminal",
    "breakpoint": "starts a debugger",
    "globals": "exposes the module namespace",
    "locals": "exposes a namespace",
    "vars": "exposes an object's namespace",
    "dir": "is introspection scenes do not need",
    "help": "starts the interactive help system",
    "exit": "ends the interpreter",
    "quit": "ends the interpreter",
    "memoryview": "gives raw memory access",
    "license": "reads files and prompts on the terminal",
    "credits": "is an interactive helper",
    "copyright": "is an interactive helper",
    "get_type_hints": "evaluates strings as code",
    "__builtins__": "exposes every builtin",
    "__loader__": "can read any file (get_data)",
    "__spec__": "exposes the module loader",
    "__file__": "exposes host paths",
}
# Attribute names that must not be used even though they are not builtins.
FORBIDDEN_ATTR_CODE = frozenset({"exec", "eval", "compile", "get_type_hints",
                                 "open"})

INTROSPECTION_ATTRS = frozenset({
    "gi_frame", "gi_code", "gi_yieldfrom", "gi_running", "gi_suspended",
    "cr_frame", "cr_code", "cr_await", "cr_origin", "cr_running",
    "ag_frame", "ag_code", "ag_await", "ag_running",
    "f_globals", "f_builtins", "f_locals", "f_back", "f_code", "f_trace",
    "f_lasti", "tb_frame", "tb_next", "tb_lasti", "co_code", "co_consts",
    "co_names", "co_varnames", "func_globals", "func_code", "func_closure",
    "func_defaults", "im_func", "im_self", "im_class", "cell_contents", "mro",
})

FORMAT_ATTRS = frozenset({"format", "format_map", "vformat"})

NUMPY_IO_NAMES = frozenset({
    "load", "save", "savez", "savez_compressed", "fromfile", "tofile",
    "loadtxt", "savetxt", "genfromtxt", "fromregex", "memmap", "ctypeslib",
    "ctypes", "cffi", "lib", "DataSource", "distutils", "f2py", "testing",
    "dump",
})
NUMPY_IO_MODULES = frozenset({"lib", "ctypeslib", "testing", "f2py",
                              "distutils", "core"})

HOST_FILE_NAMES = {
    "SVGMobject": "reads an SVG file from the host; draw shapes with "
                  "VMobject/Polygon/Line or use MathTex/Text instead",
    "add_sound": "reads an audio file from the host; sound is not supported",
    "register_font": "loads a font file from the host; use Text(font=...) "
                     "with an installed font",
    "background_image": "reads an image file from the host",
    "background_image_file": "reads an image file from the host",
    "color_using_background_image": "reads an image file from the host",
    "save_image": "writes files on the host",
    "save": "writes files on the host",
    "show": "starts an external image viewer",
    "get_image": "hands out a PIL image that can write files; it is not "
                 "needed in a scene",
    "get_cairo_context": "hands out a cairo context that can write files",
    "get_cached_cairo_context": "hands out a cairo context that can write "
                                "files",
    "write_to_png": "writes files on the host",
    "file_writer": "is the renderer's file writer",
    "SceneFileWriter": "writes files on the host",
    "CairoRenderer": "is renderer internals",
    "open_file": "starts an external program",
    "capture": "runs a program",
    "ensure_executable": "looks up programs on the host",
    "get_dir_layout": "lists host directories",
    "get_full_raster_image_path": "looks up host files",
    "get_full_vector_image_path": "looks up host files",
    "get_full_sound_file_path": "looks up host files",
    "seek_full_path_from_defaults": "looks up host files",
    "get_video_metadata": "reads media files from the host",
    "guarantee_existence": "creates host directories",
    "guarantee_empty_existence": "deletes host directories",
    "modify_atime": "changes host files",
    "get_plugins": "loads installed plugins",
    "list_plugins": "loads installed plugins",
    "console": "is the logging console, which can write files",
    "error_console": "is the logging console, which can write files",
    "save_text": "writes files on the host",
    "save_html": "writes files on the host",
    "save_svg": "writes files on the host",
    "get_dir": "returns host paths that can read and write files",
    "file_name": "is a host path (SVG-based mobjects such as MathTex keep "
                 "their file there)",
    "svg_file": "is a host path",
    "init_svg_mobject": "re-reads an SVG file from the host",
    "get_file_path": "looks up host files",
    "render": "starts a render of its own, which can run a preview "
              "program; the render agent renders the scene",
}
# Methods of pathlib paths that read, write or list host files.
for _name in ("read_text", "read_bytes", "write_text", "write_bytes",
              "unlink", "rmdir", "mkdir", "touch", "rename", "iterdir",
              "glob", "rglob", "symlink_to", "hardlink_to", "link_to",
              "chmod", "lchmod", "readlink", "expanduser", "home", "cwd",
              "samefile", "owner"):
    HOST_FILE_NAMES[_name] = "reads, writes or lists host files"
del _name

# String constants equal to these names are refused: they are keyword or
# attribute names of host-touching features that could otherwise be passed
# through **{"name": ...} or other string-keyed APIs.
SENSITIVE_NAME_STRINGS = frozenset({
    "background_image", "background_image_file", "file_name", "svg_file",
    "code_file", "filename_or_array", "tex_template", "tex_compiler",
    "tex_environment",
    "tex_template_file", "preamble", "media_dir", "output_file",
    "preview_command", "file_writer",
})

TEX_TEMPLATE_NAMES = frozenset({
    "TexTemplate", "TexTemplateLibrary", "TexFontTemplates", "tex_template",
    "from_file", "add_to_preamble", "add_to_document", "tex_compiler",
})

INTERACTIVE_NAMES = frozenset({"interactive_embed", "embed", "interact"})
TYPST_NAMES = frozenset({"Typst", "MathTypst"})

# Attribute names of modules that hand out files, processes or the
# interpreter; refused on any receiver as a backstop for module tracking.
DANGEROUS_MODULE_ATTRS = frozenset({
    "os", "sys", "subprocess", "builtins", "importlib", "io", "shutil",
    "pathlib", "Path", "PurePath", "socket", "pickle", "marshal", "types",
    "inspect", "gc", "posix", "runpy", "signal", "tempfile", "platform",
    "threading", "multiprocessing", "urllib", "http", "operator", "logging",
    "av", "cairo", "moderngl", "manimpango", "pydub", "AudioSegment", "PIL",
    "Image", "svgelements", "srt", "modules", "environ", "getenv", "system",
    "popen", "stdlib_re", "get_data", "loader", "exec_module", "load_module",
    "import_module",
})

# Manim methods that read or write an attribute named by a string argument.
STRING_ATTR_METHODS = frozenset({
    "get_attrs", "get_merged_array", "update_rgbas_array",
    "restructure_mobjects",
})

# A string that is a dunder/private-looking attribute name, or a format
# replacement field that walks into one ("{0.__class__}").
DUNDER_STRING_RE = re.compile(r"\s*__\w+\s*")
FORMAT_FIELD_RE = re.compile(r"\{[^{}]*[.\[]\s*_")

# numpy functions that always return numeric arrays/scalars (or raise), used
# to accept ImageMobject(<array expression>).
NUMPY_ARRAY_FUNCS = frozenset({
    "array", "asarray", "zeros", "ones", "full", "empty", "zeros_like",
    "ones_like", "full_like", "eye", "identity", "linspace", "arange",
    "stack", "hstack", "vstack", "dstack", "concatenate", "tile", "repeat",
    "clip", "outer", "kron", "flipud", "fliplr", "rot90", "transpose",
    "uint8", "uint16", "uint32", "int32", "int64", "float32", "float64",
    "sin", "cos", "sqrt", "abs", "floor", "round", "indices",
})
# numpy's numeric dtypes, as np.<name>.
NUMPY_NUMERIC_DTYPES = frozenset({
    "uint8", "uint16", "uint32", "int32", "int64", "float32", "float64",
})
# numpy functions whose result is numeric whatever their inputs (or that
# raise), with how many positional arguments come before a `dtype` one
# (np.zeros(shape, str) is a string array, so that one may not be given).
NUMPY_NUMERIC_FUNCS = {
    "zeros": 1, "ones": 1, "empty": 1, "identity": 1, "indices": 1,
    "eye": 3, "arange": 3, "linspace": 5,
    "sin": 9, "cos": 9, "sqrt": 9, "abs": 9, "floor": 9, "round": 2,
    **{name: 1 for name in NUMPY_NUMERIC_DTYPES},
}
# Reductions: on a string array they give one str (np.str_), which
# ImageMobject would open as a path, so they need a numeric receiver.
ARRAY_REDUCTIONS = frozenset({"sum", "max", "min", "mean", "prod",
                              "cumsum"})
NUMPY_RANDOM_FUNCS = frozenset({"rand", "randint", "random", "uniform",
                                "normal", "random_sample"})
ARRAY_METHODS = frozenset({"astype", "reshape", "copy", "clip", "transpose",
                           "repeat", "round", "flatten", "ravel", "squeeze"})

CONFIG_MUTATORS = frozenset({
    "clear", "digest_args", "digest_file", "digest_parser", "pop", "popitem",
    "setdefault", "update", "resolve_movie_file_extension",
})

# Callables that are allowed only as the direct callee of a call that the
# validator can inspect.
SPECIAL_CALLABLES = frozenset({"ImageMobject", "Code", "getattr", "hasattr"})

_TEX_PRIMITIVES = (
    "input", "include", "openin", "openout", "read", "write", "immediate",
    "special", "directlua", "latelua", "lua", "catcode", "csname",
    "usepackage", "RequirePackage", "documentclass", "def", "edef", "gdef",
    "xdef", "newread", "newwrite", "jobname", "endinput",
    "InputIfFileExists", "IfFileExists", "scantokens", "makeatletter",
    "pdf", "UseName", "ExpandArgs", "ExplSyntaxOn", "closein", "closeout",
    "verbatiminput", "lstinputlisting", "ShellEscape",
)
TEX_PRIMITIVE_RE = re.compile(
    r"\\@*(" + "|".join(sorted(_TEX_PRIMITIVES, key=len, reverse=True)) + ")")
TEX_OTHER_RE = re.compile(r"\^\^|filecontents")
# \begin{X} runs the command \X, so environment names must be plain letters
# that are not a primitive (\begin{input}{/etc/passwd} is \input).
TEX_ENV_RE = re.compile(r"\\(begin|end)(?![A-Za-z])\s*(?:\{([^{}]*)\}|(.?))", re.S)
TEX_ENV_NAME_RE = re.compile(r"[A-Za-z]+\*?")
TEX_PRIMITIVE_NAME_RE = re.compile(
    "(" + "|".join(sorted(_TEX_PRIMITIVES, key=len, reverse=True)) + ")")

ALLOWED_LIST_TEXT = ("manim, math, numpy (as np), itertools, random, "
                     "functools, typing and `from __future__ import "
                     "annotations`")


class Scope:
    """A Python scope: module, function (def/lambda), class or comprehension."""

    __slots__ = ("kind", "parent", "bindings", "globals", "nonlocals",
                 "star_manim")

    def __init__(self, kind, parent):
        self.kind = kind
        self.parent = parent
        self.bindings = {}
        self.globals = set()
        self.nonlocals = set()
        self.star_manim = False

    def bind(self, name, tag="assign"):
        self.bindings.setdefault(name, set()).add(tag)


class Resolved:
    __slots__ = ("modules", "objects", "assigned", "found")

    def __init__(self, modules=(), objects=(), assigned=False, found=False):
        self.modules = set(modules)
        self.objects = set(objects)
        self.assigned = assigned
        self.found = found


class Validator:
    def __init__(self, source: bytes):
        self.source = source
        self.lines = source.splitlines()
        self.findings = []
        self._seen = set()
        self.scene_class = None
        self.animation_count = 0

    # ---------------------------------------------------------------- output
    def add(self, where, rule, message):
        if isinstance(where, tuple):
            line, col = where
        else:
            line = getattr(where, "lineno", None) or 1
            col = self._char_col(line, getattr(where, "col_offset", 0) or 0)
        key = (line, col, rule, message)
        if key in self._seen:
            return
        self._seen.add(key)
        self.findings.append({"line": int(line), "col": int(col),
                              "rule": rule, "message": message})

    def _attr_pos(self, node):
        """(line, col) of the attribute name of an ast.Attribute node."""
        line = getattr(node, "end_lineno", None)
        end = getattr(node, "end_col_offset", None)
        if not line or end is None or not 1 <= line <= len(self.lines):
            return node
        text = self.lines[line - 1]
        i = min(end, len(text))
        while i > 0 and text[i - 1:i] not in (b" ", b"\t", b".", b"\\",
                                              b")", b"("):
            i -= 1
        return (line, self._char_col(line, i))

    def _char_col(self, line, byte_col):
        if 1 <= line <= len(self.lines):
            return len(self.lines[line - 1][:byte_col].decode(
                "utf-8", "replace")) + 1
        return byte_col + 1

    def result(self):
        findings = sorted(self.findings,
                          key=lambda f: (f["line"], f["col"], f["rule"],
                                         f["message"]))
        if len(findings) > MAX_FINDINGS:
            extra = len(findings) - MAX_FINDINGS
            findings = findings[:MAX_FINDINGS]
            findings.append({"line": 1, "col": 1, "rule": "too-many-findings",
                             "message": f"{extra} further findings were left "
                                        "out; fix the ones above first."})
        ok = not findings
        count = self.animation_count
        if ok and count < 1:
            count = 1
        return {"ok": ok, "findings": findings,
                "sceneClass": self.scene_class, "animationCount": count}

    # ---------------------------------------------------------------- driver
    def run(self, max_bytes, total_size):
        if total_size > max_bytes:
            self.add((1, 1), "size-limit",
                     f"The scene is {total_size} bytes; the limit is "
                     f"{max_bytes} bytes. Shorten the code (remove unused "
                     "parts, use loops or helper functions).")
            return
        if not self._check_encoding():
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = ast.parse(self.source, filename="<scene>", mode="exec")
                # The compiler finds what the parser lets through (return
                # outside a function, nonlocal at module level, ...).  It
                # only builds a code object; nothing is executed.
                compile(tree, "<scene>", "exec", dont_inherit=True)
        except SyntaxError as exc:
            line = exc.lineno or 1
            col = exc.offset or 1
            msg = (exc.msg or "invalid syntax").strip()
            if not msg.endswith((".", "?", "!")):
                msg += "."
            self.add((max(1, line), max(1, col)), "syntax",
                     f"Python syntax error: {msg} Fix the code so that it "
                     "parses as Python 3.11.")
            return
        except ValueError as exc:  # e.g. null bytes in 3.11
            line = self.source[:self.source.find(b"\0")].count(b"\n") + 1 \
                if b"\0" in self.source else 1
            self.add((line, 1), "syntax",
                     f"The code cannot be parsed: {exc}. Remove the "
                     "offending characters.")
            return
        except (RecursionError, MemoryError):
            self.add((1, 1), "too-complex",
                     "The code is nested too deeply to be parsed; split long "
                     "or deeply nested expressions into several statements.")
            return
        self.tree = tree
        self.parent = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node
        self._bind(tree)
        self._collect_assignments(tree)
        self._check_nodes(tree)
        self._check_strings(tree)
        self._check_scene_class(tree)

    def _check_encoding(self):
        try:
            text = self.source.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = self.source[:exc.start].count(b"\n") + 1
            last_nl = self.source.rfind(b"\n", 0, exc.start)
            col = len(self.source[last_nl + 1:exc.start].decode(
                "utf-8", "replace")) + 1
            self.add((line, col), "encoding",
                     f"The code is not valid UTF-8 (byte 0x"
                     f"{self.source[exc.start]:02x} at offset {exc.start}). "
                     "Save it as UTF-8 text.")
            return False
        try:
            encoding, _ = tokenize.detect_encoding(
                io.BytesIO(self.source).readline)
        except SyntaxError as exc:
            self.add((1, 1), "encoding",
                     f"Invalid source encoding declaration: {exc}. Remove "
                     "the '# coding:' comment; scenes are UTF-8.")
            return False
        if encoding not in ("utf-8", "utf-8-sig"):
            self.add((1, 1), "encoding",
                     f"The code declares the source encoding '{encoding}'. "
                     "Remove the '# coding:' comment; scenes must be UTF-8 "
                     "so that the checked code is the code that runs.")
            return False
        del text
        return True

    # --------------------------------------------------------------- binding
    def _bind(self, tree):
        """Build scopes and remember which scope each node is evaluated in."""
        module = Scope("module", None)
        self.module_scope = module
        scope_of = {}
        self.scope_of = scope_of
        stack = [(tree, module)]
        while stack:
            node, scope = stack.pop()
            scope_of[node] = scope

            def push(child, where=scope):
                if child is not None:
                    stack.append((child, where))

            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                 ast.Lambda)):
                inner = Scope("function", scope)
                if not isinstance(node, ast.Lambda):
                    scope.bind(node.name)
                    for d in node.decorator_list:
                        push(d)
                    push(node.returns)
                args = node.args
                for d in args.defaults:
                    push(d)
                for d in args.kw_defaults:
                    push(d)
                for a in (args.posonlyargs + args.args + args.kwonlyargs
                          + [args.vararg, args.kwarg]):
                    if a is None:
                        continue
                    inner.bind(a.arg)
                    scope_of[a] = inner
                    push(a.annotation)
                if isinstance(node, ast.Lambda):
                    push(node.body, inner)
                else:
                    for stmt in node.body:
                        push(stmt, inner)
            elif isinstance(node, ast.ClassDef):
                scope.bind(node.name)
                for d in node.decorator_list:
                    push(d)
                for b in node.bases:
                    push(b)
                for k in node.keywords:
                    push(k)
                inner = Scope("class", scope)
                for stmt in node.body:
                    push(stmt, inner)
            elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp,
                                   ast.GeneratorExp)):
                inner = Scope("comprehension", scope)
                for i, gen in enumerate(node.generators):
                    scope_of[gen] = inner
                    push(gen.iter, scope if i == 0 else inner)
                    push(gen.target, inner)
                    for cond in gen.ifs:
                        push(cond, inner)
                if isinstance(node, ast.DictComp):
                    push(node.key, inner)
                    push(node.value, inner)
                else:
                    push(node.elt, inner)
            elif isinstance(node, ast.NamedExpr):
                target_scope = scope
                while target_scope.kind == "comprehension":
                    target_scope = target_scope.parent
                push(node.target, target_scope)
                push(node.value)
            elif isinstance(node, ast.Name):
                if isinstance(node.ctx, (ast.Store, ast.Del)):
                    scope.bind(node.id)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    scope_of[alias] = scope
                    if alias.asname:
                        scope.bind(alias.asname, "module:" + alias.name)
                    else:
                        root = alias.name.split(".")[0]
                        scope.bind(root, "module:" + root)
            elif isinstance(node, ast.ImportFrom):
                mod = node.module or ""
                for alias in node.names:
                    scope_of[alias] = scope
                    if alias.name == "*":
                        if mod == "manim":
                            scope.star_manim = True
                        continue
                    target = MODULE_ATTRS.get(mod, {}).get(alias.name)
                    full = f"{mod}.{alias.name}"
                    if target:
                        tag = "module:" + target
                    elif full in TRAVERSABLE_MODULES:
                        tag = "module:" + full
                    else:
                        tag = "object:" + full
                    scope.bind(alias.asname or alias.name, tag)
            elif isinstance(node, ast.Global):
                scope.globals.update(node.names)
            elif isinstance(node, ast.Nonlocal):
                scope.nonlocals.update(node.names)
            else:
                if isinstance(node, ast.ExceptHandler) and node.name:
                    scope.bind(node.name)
                elif isinstance(node, (ast.MatchAs, ast.MatchStar)) \
                        and node.name:
                    scope.bind(node.name)
                elif isinstance(node, ast.MatchMapping) and node.rest:
                    scope.bind(node.rest)
                for child in ast.iter_child_nodes(node):
                    push(child)

    def _tags(self, scope, name):
        tags = scope.bindings.get(name, set())
        res = Resolved(found=bool(tags) or name in scope.nonlocals)
        for tag in tags:
            if tag.startswith("module:"):
                res.modules.add(tag[7:])
            elif tag.startswith("object:"):
                res.objects.add(tag[7:])
            else:
                res.assigned = True
        if name in scope.nonlocals:
            res.assigned = True
        if scope.kind == "module" and scope.star_manim:
            if name in STAR_MODULES:
                res.modules.add(STAR_MODULES[name])
                res.found = True
            elif name in MANIM_EXPORTS:
                res.objects.add("manim." + name)
                res.found = True
        return res

    def lookup(self, name, scope):
        """Resolve a name read in `scope` the way Python would."""
        s = scope
        first = True
        while s is not None:
            if s.kind == "module":
                return self._tags(s, name)
            if name in s.globals:
                return self._tags(self.module_scope, name)
            if s.kind == "class" and not first:
                s = s.parent
                continue
            if name in s.bindings or name in s.nonlocals:
                return self._tags(s, name)
            first = False
            s = s.parent
        return Resolved()

    def resolve_modules(self, expr):
        """Modules an expression (name or attribute chain) may evaluate to."""
        chain = []
        e = expr
        while isinstance(e, ast.Attribute):
            chain.append(e.attr)
            e = e.value
        if not isinstance(e, ast.Name):
            return set()
        mods = self.lookup(e.id, self.scope_of.get(e, self.module_scope)).modules
        for attr in reversed(chain):
            mods = {MODULE_ATTRS.get(m, {}).get(attr) for m in mods}
            mods.discard(None)
            if not mods:
                break
        return mods

    def _collect_assignments(self, tree):
        """name -> list of assigned value nodes (None for other bindings)."""
        values = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                for t in node.targets:
                    if isinstance(t, ast.Name):
                        values.setdefault(t.id, []).append(node.value)
                    else:
                        for n in ast.walk(t):
                            if isinstance(n, ast.Name):
                                values.setdefault(n.id, []).append(None)
            elif isinstance(node, ast.AnnAssign) and isinstance(
                    node.target, ast.Name):
                values.setdefault(node.target.id, []).append(node.value)
            elif isinstance(node, ast.Name) and not isinstance(
                    node.ctx, ast.Load):
                parent = self.parent.get(node)
                if not isinstance(parent, (ast.Assign, ast.AnnAssign)):
                    values.setdefault(node.id, []).append(None)
            elif isinstance(node, ast.arg):
                values.setdefault(node.arg, []).append(None)
        self.assigned_values = values

    # ---------------------------------------------------------------- checks
    def _check_nodes(self, tree):
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                self.check_name(node)
            elif isinstance(node, ast.Attribute):
                self.check_attribute(node)
            elif isinstance(node, ast.Call):
                self.check_call(node)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                allow_init = isinstance(self.parent.get(node), ast.ClassDef)
                self.check_identifier(node.name, node, "function name",
                                      allow_init=allow_init)
            elif isinstance(node, ast.ClassDef):
                self.check_identifier(node.name, node, "class name")
            elif isinstance(node, ast.arg):
                self.check_identifier(node.arg, node, "parameter name")
            elif isinstance(node, ast.keyword):
                if node.arg is not None:
                    self.check_keyword(node)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                self.check_import(node)
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                for name in node.names:
                    self.check_identifier(name, node, "name")
            elif isinstance(node, ast.ExceptHandler):
                if node.name:
                    self.check_identifier(node.name, node, "name")
            elif isinstance(node, (ast.MatchAs, ast.MatchStar)):
                if node.name:
                    self.check_identifier(node.name, node, "name")
            elif isinstance(node, ast.MatchMapping):
                if node.rest:
                    self.check_identifier(node.rest, node, "name")
            elif isinstance(node, ast.MatchClass):
                for attr in node.kwd_attrs:
                    if self.check_identifier(attr, node, "attribute"):
                        self.check_attr_name(attr, node, None)

    # identifiers ---------------------------------------------------------
    def _underscore_bad(self, name, what=""):
        if name == "_" and what != "attribute":
            return False  # the usual throw-away variable
        return name.startswith("_") or "__" in name

    def check_identifier(self, name, node, what, allow_init=False,
                         ctx_load=False):
        """Rules for any identifier the code defines or uses.  Returns False
        if a finding was made."""
        if name in FORBIDDEN_BUILTINS:
            self.add(node, "forbidden-name",
                     f"'{name}' is not allowed: it {FORBIDDEN_BUILTINS[name]}. "
                     "Scenes cannot use it; remove it.")
            return False
        if name == "__init__" and allow_init:
            return True
        if name == "__name__" and ctx_load:
            return True
        if self._underscore_bad(name, what):
            if what == "attribute":
                advice = ("Dunder and private attributes (x.__class__, "
                          "x.__dict__, x._y, m.get___class__()) are not "
                          "allowed; use the public Manim/numpy API instead. "
                          "The only exception is super().__init__(...) in a "
                          "subclass constructor.")
            else:
                advice = ("Names that start with '_' or contain '__' are not "
                          "allowed (except '_' on its own and 'def __init__' "
                          "in a class); rename it, e.g. without the leading "
                          "underscore.")
            self.add(node, "underscore",
                     f"The {what} '{name}' starts with '_' or contains "
                     f"'__'. {advice}")
            return False
        return True

    def check_banned_name(self, name, node):
        """Name-based bans shared by names, attributes, keywords, imports."""
        if name in TEX_TEMPLATE_NAMES:
            self.add(node, "tex-template",
                     f"'{name}' is not allowed: custom TeX templates choose "
                     "the TeX compiler and preamble. Use Tex/MathTex with the "
                     "default template (amsmath and amssymb are loaded).")
            return False
        if name in HOST_FILE_NAMES:
            self.add(node, "host-file",
                     f"'{name}' is not allowed: it {HOST_FILE_NAMES[name]}.")
            return False
        if name in INTERACTIVE_NAMES:
            self.add(node, "interactive",
                     f"'{name}' starts an interactive session, which a "
                     "render job cannot have; remove it.")
            return False
        if name in TYPST_NAMES:
            self.add(node, "typst",
                     f"'{name}' is not available in the renderer (Typst is "
                     "not installed); use MathTex or Tex instead.")
            return False
        if name == "tempconfig":
            self.add(node, "config-write",
                     "'tempconfig' changes the global render configuration, "
                     "which scenes may not do; the renderer sets quality, "
                     "size and output. Remove it.")
            return False
        if name in ("setattr", "delattr"):
            self.add(node, "dynamic-attribute",
                     f"'{name}' is not allowed. Assign attributes directly "
                     "(obj.name = value) instead.")
            return False
        if name in STRING_ATTR_METHODS:
            self.add(node, "dynamic-attribute",
                     f"'{name}' reads or writes attributes named by a string "
                     "and is not allowed; use the attributes directly.")
            return False
        return True

    def check_attr_name(self, attr, node, receiver_modules):
        """Rules for an attribute name (obj.attr, getattr literal, match
        keyword pattern)."""
        if attr in INTROSPECTION_ATTRS:
            self.add(node, "introspection",
                     f"The attribute '{attr}' reaches interpreter frames, code "
                     "or the class hierarchy and is not allowed; scenes do "
                     "not need it.")
            return False
        if attr in FORMAT_ATTRS:
            self.add(node, "string-format",
                     f"'.{attr}(...)' is not allowed because format strings "
                     "can read attributes of their arguments. Use an f-string "
                     "instead, e.g. f\"x = {x:.2f}\".")
            return False
        if attr in NUMPY_IO_NAMES and not (
                attr in HOST_FILE_NAMES and not any(
                    m.startswith("numpy") for m in receiver_modules or ())):
            self.add(node, "numpy-io",
                     f"'{attr}' is not allowed: it reads or writes files or "
                     "reaches native code. Build data in the scene with "
                     "np.array, np.linspace, np.arange and similar.")
            return False
        if attr in FORBIDDEN_ATTR_CODE:
            self.add(node, "forbidden-name",
                     f"The attribute '{attr}' is not allowed: it opens files "
                     "or runs code.")
            return False
        for mod in receiver_modules or ():
            if attr in MODULE_FORBIDDEN_ATTRS.get(mod, ()):
                rule = "numpy-io" if mod.startswith("numpy") else \
                    "module-access"
                self.add(node, rule,
                         f"'{mod}.{attr}' is not allowed in scenes; use "
                         "the numerical functions of numpy only.")
                return False
            target = MODULE_ATTRS.get(mod, {}).get(attr)
            if target and target not in TRAVERSABLE_MODULES:
                rule = "numpy-io" if (mod == "numpy" and
                                      attr in NUMPY_IO_MODULES) \
                    else "module-access"
                self.add(node, rule,
                         f"'{attr}' on module {mod} is the module {target}, "
                         "which scenes may not use. Use the names that "
                         "`from manim import *`, numpy and math provide.")
                return False
            if mod == "manim" and not target and attr not in MANIM_EXPORTS:
                self.add(node, "module-access",
                         f"'manim.{attr}' is not one of the names "
                         "`from manim import *` provides; use only those.")
                return False
        if attr in DANGEROUS_MODULE_ATTRS:
            self.add(node, "module-access",
                     f"The attribute '{attr}' names a module or function "
                     "that reaches files, processes or the interpreter; "
                     "scenes may not use it.")
            return False
        if not self.check_banned_name(attr, node):
            return False
        return True

    # names ---------------------------------------------------------------
    def check_name(self, node):
        name = node.id
        load = isinstance(node.ctx, ast.Load)
        if not self.check_identifier(name, node, "name", ctx_load=load):
            return
        res = self.lookup(name, self.scope_of.get(node, self.module_scope))
        # A variable of the scene's own (parameter or assignment inside a
        # function) is not the Manim object of the same name.
        own_local = (res.found and res.assigned and not res.objects
                     and not res.modules)
        if load and not own_local and not self.check_banned_name(name, node):
            return
        parent = self.parent.get(node)
        is_callee = isinstance(parent, ast.Call) and parent.func is node
        if name in SPECIAL_CALLABLES and not is_callee:
            rule = "dynamic-attribute" if name in ("getattr", "hasattr") \
                else "host-file"
            self.add(node, rule,
                     f"'{name}' may only be called directly (e.g. "
                     f"{self._special_example(name)}); do not pass it "
                     "around, rename, subclass or store it.")
            return
        if not load:
            return
        if "manim.config" in res.objects:
            self.check_config_ref(node)
        if res.modules:
            self.check_module_ref(node, name, res.modules, res.assigned)

    def _special_example(self, name):
        return {
            "getattr": "getattr(obj, \"name\")",
            "hasattr": "hasattr(obj, \"name\")",
            "ImageMobject": "ImageMobject(np.uint8(...))",
            "Code": "Code(code_string=..., language=\"python\")",
        }[name]

    def check_module_ref(self, node, label, modules, assigned):
        # Modules outside the allowed roots can only come from an import that
        # already has a finding.
        modules = {m for m in modules
                   if m.split(".")[0] in ALLOWED_IMPORT_ROOTS}
        if not modules:
            return
        bad = sorted(m for m in modules if m not in TRAVERSABLE_MODULES)
        if bad:
            hint = (f" If '{label}' is meant to be your own variable, give it "
                    "another name: `from manim import *` already binds it."
                    if assigned else "")
            self.add(node, "module-access",
                     f"'{label}' is the module {bad[0]}, which scenes may not "
                     "use (it exposes Manim's internals and their imports). "
                     "Use the names `from manim import *` provides directly, "
                     "e.g. Circle, FadeIn, config.frame_width." + hint)
            return
        if self._used_as_receiver(node):
            return
        if assigned:
            return  # the name is also an ordinary variable of the scene
        self.add(node, "module-access",
                 f"The module '{label}' may only be used through its "
                 f"attributes (e.g. {label}.something); do not assign, "
                 "pass or return modules.")

    # attributes ----------------------------------------------------------
    def check_attribute(self, node):
        attr = node.attr
        if attr == "__init__" and self._is_super_call(node.value) and \
                not self.lookup("super", self.scope_of.get(
                    node, self.module_scope)).found:
            return
        pos = self._attr_pos(node)
        if not self.check_identifier(attr, pos, "attribute"):
            return
        receiver_modules = self.resolve_modules(node.value)
        if not self.check_attr_name(attr, pos, receiver_modules):
            return
        parent = self.parent.get(node)
        if attr in SPECIAL_CALLABLES:
            if not (isinstance(parent, ast.Call) and parent.func is node):
                self.add(node, "host-file" if attr in ("ImageMobject", "Code")
                         else "dynamic-attribute",
                         f"'{attr}' may only be called directly (e.g. "
                         f"{self._special_example(attr)}).")
                return
        if attr == "config" and "manim" in receiver_modules:
            self.check_config_ref(node)
        mods = {MODULE_ATTRS.get(m, {}).get(attr) for m in receiver_modules}
        mods.discard(None)
        if mods and not self._used_as_receiver(node):
            self.add(node, "module-access",
                     f"The module '{attr}' may only be used through its "
                     "attributes; do not assign, pass or return modules.")

    def _used_as_receiver(self, node):
        """True if node is only used to look an attribute up on it."""
        parent = self.parent.get(node)
        if isinstance(parent, ast.Attribute) and parent.value is node:
            return True
        # getattr(module, "literal") is checked as module.literal
        return (isinstance(parent, ast.Call)
                and isinstance(parent.func, ast.Name)
                and parent.func.id in ("getattr", "hasattr")
                and bool(parent.args) and parent.args[0] is node)

    @staticmethod
    def _is_super_call(expr):
        return (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name)
                and expr.func.id == "super" and not expr.keywords)

    # config --------------------------------------------------------------
    def check_config_ref(self, node):
        parent = self.parent.get(node)
        if isinstance(parent, ast.Attribute) and parent.value is node:
            if parent.attr in CONFIG_MUTATORS:
                self.add(parent, "config-write",
                         f"'config.{parent.attr}' changes the global render "
                         "configuration, which scenes may not do. Only read "
                         "values such as config.frame_width.")
                return
        elif isinstance(parent, ast.Subscript) and parent.value is node:
            pass
        else:
            self.add(node, "config-write",
                     "The global 'config' may only be read as config.name or "
                     "config[\"name\"]; do not assign, pass or alias it.")
            return
        top = node
        cur = parent
        while isinstance(cur, (ast.Attribute, ast.Subscript)) and \
                cur.value is top:
            top = cur
            cur = self.parent.get(cur)
        if isinstance(getattr(top, "ctx", None), (ast.Store, ast.Del)):
            self.add(top, "config-write",
                     "Scenes may not change the global 'config' (quality, "
                     "directories, output and colours are set by the "
                     "renderer). To change the background use "
                     "self.camera.background_color = ... in construct().")

    # calls ---------------------------------------------------------------
    def check_call(self, node):
        for kw in node.keywords:
            if kw.arg is None and isinstance(kw.value, ast.Dict):
                for key in kw.value.keys:
                    if isinstance(key, ast.Constant) and isinstance(
                            key.value, str):
                        if key.value.isidentifier():
                            if self.check_identifier(key.value, key,
                                                     "keyword argument"):
                                self.check_banned_name(key.value, key)
        if isinstance(node.func, ast.Name) and node.func.id == "chr" and \
                node.args and isinstance(node.args[0], ast.Constant) and \
                node.args[0].value in (92, 94):
            self.add(node, "latex-primitive",
                     "Building backslashes or carets with chr() is not "
                     "allowed; write the LaTeX you need as a literal string "
                     "(LaTeX file and command primitives are refused).")
        func = node.func
        if isinstance(func, ast.Name):
            name = func.id
        elif isinstance(func, ast.Attribute):
            name = func.attr
        else:
            return
        if name in ("getattr", "hasattr") and isinstance(func, ast.Name):
            self.check_getattr(node, name)
        elif name == "ImageMobject":
            self.check_image_mobject(node)
        elif name == "Code":
            self.check_code(node)

    def check_getattr(self, node, name):
        nargs = len(node.args)
        ok_count = nargs == 2 or (name == "getattr" and nargs == 3)
        starred = any(isinstance(a, ast.Starred) for a in node.args)
        if node.keywords or starred or not ok_count or not (
                isinstance(node.args[1], ast.Constant)
                and isinstance(node.args[1].value, str)):
            self.add(node, "dynamic-attribute",
                     f"{name}() is allowed only with a string literal as the "
                     f"attribute name, e.g. {name}(obj, \"color\"). Computed "
                     "attribute names are not allowed; write obj.name "
                     "directly.")
            return
        attr = node.args[1].value
        if not (attr.isascii() and attr.isidentifier()):
            self.add(node, "dynamic-attribute",
                     f"{name}() attribute name {attr!r} is not a plain ASCII "
                     "identifier.")
            return
        if not self.check_identifier(attr, node, "attribute"):
            return
        self.check_attr_name(attr, node, self.resolve_modules(node.args[0]))

    def _no_star(self, node, name):
        if any(isinstance(a, ast.Starred) for a in node.args) or any(
                k.arg is None for k in node.keywords):
            self.add(node, "host-file",
                     f"{name}(...) may not take *args or **kwargs; write the "
                     "arguments out so they can be checked.")
            return False
        return True

    def check_image_mobject(self, node):
        if not self._no_star(node, "ImageMobject"):
            return
        source = node.args[0] if node.args else None
        for k in node.keywords:
            if k.arg == "filename_or_array":
                source = k.value
        if source is None or not self.is_array_expr(source, 0):
            self.add(node, "host-file",
                     "ImageMobject may only be built from a numpy array "
                     "expression, e.g. ImageMobject(np.uint8([[0, 255], "
                     "[255, 0]])); image files cannot be read. Pass the "
                     "array expression (or a variable assigned only from "
                     "numpy calls) directly.")

    def is_array_expr(self, e, depth):
        """True if e certainly evaluates to a numeric numpy array (never to a
        str, which ImageMobject would treat as a file path: np.str_ is a str,
        and so is an element of a string array)."""
        if depth > 20:
            return False
        if isinstance(e, ast.Call):
            func = e.func
            if not isinstance(func, ast.Attribute):
                return False
            mods = self.resolve_modules(func.value)
            if "numpy" in mods and func.attr in NUMPY_ARRAY_FUNCS:
                return True
            if "numpy.random" in mods and func.attr in NUMPY_RANDOM_FUNCS:
                return True
            if func.attr in ARRAY_REDUCTIONS:
                return self.is_numeric_expr(func.value, depth + 1)
            return func.attr in ARRAY_METHODS and \
                self.is_array_expr(func.value, depth + 1)
        if isinstance(e, ast.Attribute):
            return e.attr == "T" and self.is_array_expr(e.value, depth + 1)
        if isinstance(e, ast.BinOp):
            left = self.is_array_expr(e.left, depth + 1)
            right = self.is_array_expr(e.right, depth + 1)
            return (left and (right or self._is_number(e.right))) or \
                (right and self._is_number(e.left))
        if isinstance(e, ast.UnaryOp):
            return self.is_array_expr(e.operand, depth + 1)
        if isinstance(e, ast.Name):
            values = self.assigned_values.get(e.id)
            if not values:
                return False
            return all(v is not None and self.is_array_expr(v, depth + 1)
                       for v in values)
        return False

    def _is_numeric_dtype(self, e):
        return isinstance(e, ast.Attribute) and \
            e.attr in NUMPY_NUMERIC_DTYPES and \
            "numpy" in self.resolve_modules(e.value)

    def _is_numeric_call(self, e, depth):
        func = e.func
        if not isinstance(func, ast.Attribute):
            return False
        if any(isinstance(a, ast.Starred) for a in e.args) or any(
                k.arg is None or (k.arg == "dtype" and
                                  not self._is_numeric_dtype(k.value))
                for k in e.keywords):
            return False
        mods = self.resolve_modules(func.value)
        if "numpy" in mods and func.attr in NUMPY_NUMERIC_FUNCS:
            return len(e.args) <= NUMPY_NUMERIC_FUNCS[func.attr]
        if "numpy.random" in mods and func.attr in NUMPY_RANDOM_FUNCS:
            return True
        if func.attr == "astype":
            return len(e.args) == 1 and self._is_numeric_dtype(e.args[0]) \
                and self.is_array_expr(func.value, depth + 1)
        return func.attr in (ARRAY_METHODS | ARRAY_REDUCTIONS) and \
            self.is_numeric_expr(func.value, depth + 1)

    def is_numeric_expr(self, e, depth):
        """True if e certainly evaluates to a numeric array or number (so
        that reducing it cannot produce a str)."""
        if depth > 20:
            return False
        if isinstance(e, ast.Call):
            return self._is_numeric_call(e, depth)
        if isinstance(e, ast.Attribute):
            return e.attr == "T" and self.is_numeric_expr(e.value, depth + 1)
        if isinstance(e, ast.BinOp):
            left = self.is_numeric_expr(e.left, depth + 1)
            right = self.is_numeric_expr(e.right, depth + 1)
            return (left and (right or self._is_number(e.right))) or \
                (right and self._is_number(e.left))
        if isinstance(e, ast.UnaryOp):
            return self.is_numeric_expr(e.operand, depth + 1)
        if isinstance(e, ast.Name):
            values = self.assigned_values.get(e.id)
            return bool(values) and all(
                v is not None and self.is_numeric_expr(v, depth + 1)
                for v in values)
        return False

    @staticmethod
    def _is_number(e):
        return isinstance(e, ast.Constant) and type(e.value) in (int, float)

    def check_code(self, node):
        if not self._no_star(node, "Code"):
            return
        if node.args:
            self.add(node, "host-file",
                     "Code(...) may not take positional arguments (the first "
                     "one is a file path). Use Code(code_string=\"...\", "
                     "language=\"python\").")
            return
        kw = {k.arg for k in node.keywords}
        if "code_file" in kw or "code_string" not in kw:
            self.add(node, "host-file",
                     "Code may not read files (code_file=...). Pass the "
                     "source text instead: Code(code_string=\"...\", "
                     "language=\"python\").")

    def check_keyword(self, node):
        name = node.arg
        if not self.check_identifier(name, node, "keyword argument"):
            return
        if not self.check_banned_name(name, node):
            return
        if name == "tex_environment":
            self.check_tex_environment(node)

    def check_tex_environment(self, node):
        """tex_environment=X becomes \\begin{X}, which runs the command \\X."""
        value = node.value
        if isinstance(value, ast.Constant) and value.value is None:
            return
        text = value.value if isinstance(value, ast.Constant) and isinstance(
            value.value, str) else None
        name = None
        if text is not None:
            rest = text.removeprefix("\\begin").removeprefix("{")
            m = TEX_ENV_NAME_RE.match(rest)
            name = m.group(0) if m else None
        if name is None or TEX_PRIMITIVE_NAME_RE.match(name):
            self.add(node, "latex-primitive",
                     "tex_environment must be a string literal naming an "
                     "ordinary LaTeX environment such as \"align*\", "
                     "\"center\" or \"gather*\": \\begin{X} runs the command "
                     "\\X, so primitives like 'input' are refused.")

    # imports -------------------------------------------------------------
    def check_import(self, node):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if self.check_module_path(alias.name, alias, from_import=False):
                    if alias.name not in IMPORTABLE_MODULES:
                        self.add(alias, "import",
                                 f"'import {alias.name}' is not allowed; "
                                 "import only manim (use `from manim import "
                                 "*`), math, numpy, numpy.random/linalg/fft, "
                                 "itertools, random, functools, typing.")
                if alias.asname:
                    self.check_identifier(alias.asname, alias, "import alias")
            return
        if node.level:
            self.add(node, "import",
                     "Relative imports are not allowed; a scene is a single "
                     f"file and may import only {ALLOWED_LIST_TEXT}.")
            return
        mod = node.module or ""
        if mod == "__future__":
            for alias in node.names:
                if alias.name != "annotations":
                    self.add(alias, "import",
                             f"'from __future__ import {alias.name}' is not "
                             "allowed; only 'annotations' is.")
            return
        if not self.check_module_path(mod, node, from_import=True):
            return
        root = mod.split(".")[0]
        if root == "numpy" and mod not in IMPORTABLE_MODULES:
            self.add(node, "import",
                     f"'from {mod} import ...' is not allowed; use numpy, "
                     "numpy.random, numpy.linalg, numpy.fft or "
                     "numpy.polynomial.")
            return
        if root != "manim" and root != "numpy" and mod != root:
            self.add(node, "import",
                     f"'from {mod} import ...' is not allowed; import from "
                     f"{root} itself.")
            return
        for alias in node.names:
            name = alias.name
            if name == "*":
                if mod not in ("manim", "math"):
                    self.add(alias, "import",
                             f"'from {mod} import *' is not allowed; only "
                             "`from manim import *` and `from math import *`"
                             f" are. Use 'import {mod}' or name what you "
                             "need.")
                continue
            if alias.asname:
                if not self.check_identifier(alias.asname, alias,
                                             "import alias"):
                    continue
                if alias.asname != name and (name in SPECIAL_CALLABLES or
                                             name == "config"):
                    self.add(alias, "host-file" if name in (
                        "ImageMobject", "Code") else (
                        "config-write" if name == "config"
                        else "dynamic-attribute"),
                        f"'{name}' may not be imported under another name; "
                        f"use 'from {mod} import {name}'.")
                    continue
            if not self.check_identifier(name, alias, "imported name"):
                continue
            if root == "manim":
                if name not in MANIM_EXPORTS:
                    self.add(alias, "import",
                             f"'{name}' is not one of the names `from manim "
                             "import *` provides; use `from manim import *` "
                             "and the names it gives.")
                    continue
                if mod != "manim" and name in STAR_MODULES:
                    self.add(alias, "import",
                             f"'from {mod} import {name}' imports a module; "
                             f"use `from manim import *` instead.")
                    continue
            self.check_attr_name(name, alias, {mod} if mod in MODULE_ATTRS
                                 or mod in MODULE_FORBIDDEN_ATTRS else set())

    def check_module_path(self, mod, node, from_import):
        parts = mod.split(".")
        root = parts[0]
        if root == "__future__" and not from_import:
            self.add(node, "import", "Only 'from __future__ import "
                                     "annotations' is allowed.")
            return False
        if root not in ALLOWED_IMPORT_ROOTS:
            self.add(node, "import",
                     f"Importing '{mod}' is not allowed. Scenes may import "
                     f"only {ALLOWED_LIST_TEXT}.")
            return False
        if any(p.startswith("_") or not p.isidentifier() for p in parts):
            self.add(node, "import",
                     f"Importing the private module '{mod}' is not allowed.")
            return False
        if root == "numpy" and len(parts) > 1 and parts[1] in NUMPY_IO_MODULES:
            self.add(node, "numpy-io",
                     f"'{mod}' is not allowed: it reaches files or native "
                     "code. Use numpy's numerical functions only.")
            return False
        return True

    # strings ---------------------------------------------------------------
    def _tex_problem(self, text):
        m = TEX_PRIMITIVE_RE.search(text)
        if m:
            return "\\" + m.group(1)
        m = TEX_OTHER_RE.search(text)
        if m:
            return m.group(0)
        for m in TEX_ENV_RE.finditer(text):
            name = m.group(2)
            if name is None or not TEX_ENV_NAME_RE.fullmatch(name.strip()) \
                    or TEX_PRIMITIVE_NAME_RE.match(name.strip()):
                return m.group(0)
        return None

    def _tex_finding(self, node, what):
        self.add(node, "latex-primitive",
                 f"The string contains '{what}'. LaTeX file and command "
                 "primitives (\\input, \\include, \\read, \\write, \\openin, "
                 "\\immediate, \\special, \\def, \\csname, \\catcode, "
                 "\\usepackage, ...) are not allowed in scene strings; write "
                 "only the formula or text to typeset.")

    def _check_attr_string(self, node, text):
        if text in SENSITIVE_NAME_STRINGS:
            self.add(node, "tex-template" if "tex" in text or
                     text == "preamble" else "host-file",
                     f"The string {text!r} names a setting of a feature that "
                     "reads host files or changes the TeX setup; it is not "
                     "allowed in scenes.")
        elif DUNDER_STRING_RE.fullmatch(text) and text.strip() != "__main__":
            self.add(node, "underscore",
                     f"The string {text.strip()!r} names a dunder attribute; "
                     "several library functions look attributes up by string, "
                     "so such strings are not allowed. Use the public API.")
        elif FORMAT_FIELD_RE.search(text):
            self.add(node, "string-format",
                     "The string contains a format field that reads a private "
                     "or dunder attribute (like '{0.__class__}'); this is not "
                     "allowed. Use f-strings with plain expressions instead.")

    def _fold(self, e, depth=0):
        """Constant value of a string expression built from literals (and
        from variables that are only ever assigned such values)."""
        if depth > 200:
            return None
        if isinstance(e, ast.Name):
            values = self.assigned_values.get(e.id)
            if not values or len(values) != 1 or values[0] is None:
                return None
            return self._fold(values[0], depth + 20)
        if isinstance(e, ast.Constant):
            if isinstance(e.value, str):
                return e.value
            if isinstance(e.value, bytes):
                return e.value.decode("latin-1")
            return None
        if isinstance(e, ast.BinOp) and isinstance(e.op, ast.Add):
            left = self._fold(e.left, depth + 1)
            if left is None:
                return None
            right = self._fold(e.right, depth + 1)
            return None if right is None else left + right
        if isinstance(e, ast.JoinedStr):
            return "".join(v.value for v in e.values
                           if isinstance(v, ast.Constant)
                           and isinstance(v.value, str))
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) \
                and e.func.attr == "join" and len(e.args) == 1 \
                and not e.keywords:
            sep = self._fold(e.func.value, depth + 1)
            arg = e.args[0]
            if sep is not None and isinstance(arg, (ast.List, ast.Tuple)):
                parts = [self._fold(x, depth + 1) for x in arg.elts]
                if all(p is not None for p in parts):
                    return sep.join(parts)
        return None

    def _check_strings(self, tree):
        flagged = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(
                    node.value, (str, bytes)):
                text = node.value if isinstance(node.value, str) else \
                    node.value.decode("latin-1")
                self._check_attr_string(node, text)
                what = self._tex_problem(text)
                if what:
                    self._tex_finding(node, what)
                    flagged.add(node)
        for node in ast.walk(tree):
            if isinstance(node, (ast.BinOp, ast.JoinedStr, ast.Call,
                                 ast.Name)):
                parent = self.parent.get(node)
                if isinstance(parent, ast.BinOp) and isinstance(node,
                                                                ast.BinOp):
                    continue  # only fold the top of a concatenation
                if isinstance(node, ast.Name):
                    values = self.assigned_values.get(node.id) or [None]
                    if not isinstance(node.ctx, ast.Load) or \
                            values[0] in flagged or \
                            isinstance(parent, ast.BinOp):
                        continue
                text = self._fold(node)
                if not text:
                    continue
                if any(n in flagged or (
                        isinstance(n, ast.Name) and n is not node and
                        (self.assigned_values.get(n.id) or [None])[0]
                        in flagged) for n in ast.walk(node)):
                    continue
                anc = parent
                while anc is not None and anc not in flagged:
                    anc = self.parent.get(anc)
                if anc is not None:
                    continue
                what = self._tex_problem(text)
                if what:
                    self._tex_finding(node, what)
                    flagged.add(node)

    # scene class -----------------------------------------------------------
    @staticmethod
    def _base_name(expr):
        if isinstance(expr, ast.Name):
            return expr.id
        if isinstance(expr, ast.Attribute):
            return expr.attr
        if isinstance(expr, ast.Subscript):
            return Validator._base_name(expr.value)
        return None

    def _check_scene_class(self, tree):
        classes = [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
        # `from manim import Scene as Base` makes Base a Scene base too.
        aliases = {}
        for n in ast.walk(tree):
            if isinstance(n, ast.ImportFrom) and (n.module or "").split(
                    ".")[0] == "manim":
                for a in n.names:
                    if a.asname and a.name in SCENE_BASES:
                        aliases[a.asname] = a.name
        bases = {}
        for c in classes:
            names = filter(None, (self._base_name(b) for b in c.bases))
            bases.setdefault(c.name, set()).update(
                aliases.get(b, b) for b in names)
        scene_like = set()
        changed = True
        while changed:
            changed = False
            for name, bs in bases.items():
                if name not in scene_like and (bs & SCENE_BASES or
                                               bs & scene_like):
                    scene_like.add(name)
                    changed = True
        scenes = [c for c in classes if c.name in scene_like]
        scenes.sort(key=lambda c: (c.lineno, c.col_offset))
        if not scenes:
            self.add((1, 1), "scene-class",
                     "No Scene class found. Define exactly one class that "
                     "subclasses Scene (or ThreeDScene, MovingCameraScene, "
                     "ZoomedScene, VectorScene, LinearTransformationScene) "
                     "with a construct(self) method.")
            return
        if len(scenes) > 1:
            names = ", ".join(c.name for c in scenes)
            self.add(scenes[1], "scene-class",
                     f"Found {len(scenes)} Scene classes ({names}); a scene "
                     "file must define exactly one. Merge them into one class "
                     "(helper mobject classes are fine).")
            return
        scene = scenes[0]
        anc = self.parent.get(scene)
        while anc is not None and not isinstance(
                anc, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                      ast.Lambda)):
            anc = self.parent.get(anc)
        if anc is not None:
            self.add(scene, "scene-class",
                     f"The Scene class '{scene.name}' must be defined at the "
                     "top level of the file, not inside a function or "
                     "class.")
            return
        self.scene_class = scene.name
        count = 0
        for n in ast.walk(scene):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) \
                    and n.func.attr in ANIMATION_METHODS:
                count += 1
        self.animation_count = count


def read_stdin(max_bytes):
    """Read stdin, keeping at most max(max_bytes + 1, 0) bytes in memory."""
    stream = sys.stdin.buffer
    keep = max_bytes + 1
    chunks = []
    kept = 0
    total = 0
    while True:
        chunk = stream.read(65536)
        if not chunk:
            break
        total += len(chunk)
        if kept < keep:
            part = chunk[:keep - kept]
            chunks.append(part)
            kept += len(part)
        if total > HARD_READ_CAP:
            break
    return b"".join(chunks), total


def validate(source: bytes, max_bytes: int = DEFAULT_MAX_BYTES,
             total_size: int | None = None) -> dict:
    v = Validator(source)
    v.run(max_bytes, len(source) if total_size is None else total_size)
    return v.result()


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Validate a Manim scene read from stdin; print one JSON "
                    "object.")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                        help="maximum size of the scene in bytes "
                             f"(default {DEFAULT_MAX_BYTES})")
    parser.add_argument("--list-rules", action="store_true",
                        help="print the rule ids and what they check, as "
                             "JSON, and exit")
    args = parser.parse_args(argv)
    if args.list_rules:
        sys.stdout.write(json.dumps(RULES, indent=1) + "\n")
        return 0
    if args.max_bytes < 1:
        parser.error("--max-bytes must be a positive integer")
    source, total = read_stdin(args.max_bytes)
    result = validate(source, args.max_bytes, total)
    # Pure-ASCII JSON: correct whatever the locale of the sandbox is.
    sys.stdout.buffer.write(json.dumps(result, ensure_ascii=True).encode(
        "ascii") + b"\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
