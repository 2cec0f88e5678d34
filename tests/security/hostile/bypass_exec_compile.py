# expect: rejected forbidden-name
# sandbox: ok
# exec of compiled source built at run time.
from manim import *


class ExecCompile(Scene):
    def construct(self):
        ns = {}
        src = "imp" + "ort os\nloot = os.popen('cat @@CANARY_FILE@@ 2>&1').read()"
        exec(compile(src, "x", "exec"), ns)
        print("LOOT", ns["loot"])
        self.add(Text(ns["loot"].encode().hex()[:48], font_size=20))
        self.wait(0.1)
