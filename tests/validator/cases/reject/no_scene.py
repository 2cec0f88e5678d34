# expect: scene-class
from manim import *

class Helper(VGroup):
    pass

x = Circle()
