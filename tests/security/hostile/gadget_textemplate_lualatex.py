# expect: rejected tex-template
# sandbox: ok runtime_error
# A template choosing lualatex, whose \directlua can run os.execute and
# read files with io.open.
from manim import *


class Lua(Scene):
    def construct(self):
        template = TexTemplate(tex_compiler="lualatex", output_format=".pdf")
        self.add(Tex(r"\directlua{os.execute('cat @@CANARY_FILE@@ > loot');"
                     r" local f = io.open('@@CANARY_FILE@@');"
                     r" tex.print(f and f:read('*a') or 'none')}",
                     tex_template=template))
        self.wait(0.1)
