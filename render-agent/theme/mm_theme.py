"""MathMotion's render-time theme: runs Manim with a style preset applied.

The render agent starts Manim through this file, inside the sandbox and
before any scene code runs:

    python -I /opt/mm_theme.py '<theme JSON>' render -ql ... scene.py Scene

The theme JSON comes from the agent's preset table (common/mm_style.c):

    {"name": "Classic", "background": "#fdfdf8", "ink": "#111111",
     "stroke_scale": 0.8, "font": "Latin Modern Roman",
     "palette": {"BLUE": "#1f4e9c", "YELLOW": "#b7950b", ...}}

A preset is applied the same way to every scene, whoever wrote it (the
offline generator, an LLM, the gallery, a person editing code), because
it works below the scene code, where Manim turns mobjects into pixels:

- Colours. Scenes are written with Manim's named colours (BLUE, YELLOW_D,
  WHITE, GREY, ...). The camera maps each named colour to the preset's
  colour for that hue; the _A.._E shades keep their lightness relative to
  the base shade. White and the greys are re-mixed between the preset's
  background and ink, so that white text stays readable on a light
  background. Colours that are not Manim's named ones are left alone,
  except near-white ones on a light background, which become ink.
- Background. The configured background is the preset's; a scene that
  sets black or the default dark background gets the preset's too.
- Stroke. Every stroke width is scaled by the preset's factor.
- Font. Text and MarkupText default to the preset's font family.

Nothing here reads files or the network; it only changes Manim's
defaults and two camera methods, then hands over to Manim's command line.
"""

import json
import sys

import numpy as np

# The background generated scenes set (the 3Blue1Brown preset's); as a
# colour of an object (a label's backing, say) it becomes the preset's
# background.
SCENE_BACKGROUND = "#0F1117"

# A scene that sets one of these backgrounds gets the preset's instead.
DEFAULT_BACKGROUNDS = (SCENE_BACKGROUND, "#000000")

# How the lettered shades relate to a hue's base (C) shade: mixed
# towards white (positive) or black (negative) by this much.
SHADE_MIX = {"A": 0.6, "B": 0.35, "C": 0.0, "D": -0.2, "E": -0.4}


def hex_rgb(text):
    """'#rrggbb' -> (r, g, b) floats in 0..1."""
    text = text.lstrip("#")
    return tuple(int(text[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


def rgb_key(rgb):
    """(r, g, b) floats -> 0xRRGGBB, the key of the colour map."""
    r, g, b = (int(round(min(max(c, 0.0), 1.0) * 255)) for c in rgb)
    return (r << 16) | (g << 8) | b


def mix(a, b, t):
    """The colour t of the way from a to b."""
    return tuple(x + (y - x) * t for x, y in zip(a, b))


def shade(base, letter):
    """The lettered shade of a base colour."""
    t = SHADE_MIX.get(letter, 0.0)
    return mix(base, (1.0, 1.0, 1.0), t) if t >= 0 else mix(
        base, (0.0, 0.0, 0.0), -t)


def lightness(rgb):
    return (max(rgb) + min(rgb)) / 2.0


def is_grey(rgb):
    return max(rgb) - min(rgb) < 0.03


class ColourMap:
    """Maps the colours a scene uses to the preset's."""

    def __init__(self, theme, named):
        self.background = hex_rgb(theme["background"])
        self.ink = hex_rgb(theme["ink"])
        self.light = lightness(self.background) > 0.5
        self.table = {}
        palette = {k.upper(): hex_rgb(v) for k, v in theme["palette"].items()}
        for name, rgb in named.items():
            target = self.named_target(name, rgb, palette)
            if target is not None:
                self.table[rgb_key(rgb)] = target
        self.table[rgb_key(hex_rgb(SCENE_BACKGROUND))] = self.background
        # The preset's own background (a BackgroundRectangle takes it from
        # the config) stays itself, even where near-white becomes ink.
        self.table[rgb_key(self.background)] = self.background

    def named_target(self, name, rgb, palette):
        """The preset's colour for Manim's colour `name`, or None."""
        if name in ("BLACK", "PURE_RED", "PURE_GREEN", "PURE_BLUE"):
            return None  # exact colours people ask for by name
        if is_grey(rgb):
            return self.grey(rgb)
        family, _, letter = name.partition("_")
        if family in palette and (not letter or letter in SHADE_MIX):
            return shade(palette[family], letter or "C")
        if name in palette:
            return palette[name]
        return None

    def grey(self, rgb):
        """A grey keeps its contrast: mixed from background to ink."""
        return mix(self.background, self.ink, lightness(rgb))

    def colour(self, rgb):
        target = self.table.get(rgb_key(rgb))
        if target is not None:
            return target
        if self.light and min(rgb) >= 0.92:
            return self.grey(rgb)  # near-white on a light background
        return None

    def rgbas(self, rgbas):
        """A copy of an N x 4 RGBA array with the colours mapped."""
        out = None
        for i, row in enumerate(rgbas):
            target = self.colour(tuple(row[:3]))
            if target is not None:
                if out is None:
                    out = np.array(rgbas, dtype=float, copy=True)
                out[i, :3] = target
        return rgbas if out is None else out


def named_colours(manim):
    """Manim's named colours: name -> (r, g, b)."""
    from manim.utils.color import manim_colors

    named = {}
    for name in dir(manim_colors):
        value = getattr(manim_colors, name)
        if name.isupper() and isinstance(value, manim.ManimColor):
            named[name] = tuple(float(c) for c in value.to_rgb())
    return named


def wrap_rgbas(cls, method, colours):
    """Replaces cls.method(self, vmobject, ...) so that its RGBA answer
    (or, for modified_rgbas, its RGBA argument) goes through the map."""
    original = getattr(cls, method)

    if method == "modified_rgbas":
        def mapped(self, vmobject, rgbas):
            return original(self, vmobject, colours.rgbas(rgbas))
    else:
        def mapped(self, *args, **kwargs):
            return colours.rgbas(original(self, *args, **kwargs))
    setattr(cls, method, mapped)


def apply(theme):
    import manim
    from manim.camera.camera import Camera
    from manim.camera.three_d_camera import ThreeDCamera

    if theme.get("palette"):  # none: Manim's own colours
        colours = ColourMap(theme, named_colours(manim))
        wrap_rgbas(Camera, "get_fill_rgbas", colours)
        wrap_rgbas(Camera, "get_stroke_rgbas", colours)
        # The 3D camera shades colours itself: map them before shading.
        wrap_rgbas(ThreeDCamera, "modified_rgbas", colours)

    background = manim.ManimColor(theme["background"])
    defaults = {manim.ManimColor(h).to_hex().upper() for h in
                DEFAULT_BACKGROUNDS}
    setter = Camera.background_color.fset

    def set_background(self, colour):
        parsed = manim.ManimColor.parse(colour)
        if parsed.to_hex().upper() in defaults:
            parsed = background
        setter(self, parsed)

    Camera.background_color = Camera.background_color.setter(set_background)

    scale = float(theme.get("stroke_scale", 1.0))
    init = Camera.__init__

    def camera_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.cairo_line_width_multiple *= scale

    Camera.__init__ = camera_init

    font = theme.get("font") or ""
    if font:
        manim.Text.set_default(font=font)
        manim.MarkupText.set_default(font=font)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: mm_theme.py THEME_JSON MANIM_ARGS...")
    apply(json.loads(sys.argv[1]))
    from manim.__main__ import main as manim_main

    sys.argv = ["manim"] + sys.argv[2:]
    manim_main()


if __name__ == "__main__":
    main()
