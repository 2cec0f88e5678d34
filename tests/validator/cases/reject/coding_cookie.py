# expect: encoding
# -*- coding: utf-7 -*-
from manim import *

class S(Scene):
    def construct(self):
        # Under UTF-7 the next line is code; read as UTF-8 it is a comment.
        #+AAo-import os+ADs-os.system(+ACI-id+ACI-)
        self.wait()
