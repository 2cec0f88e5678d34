# expect: rejected underscore
# sandbox: ok
# The classic walk from () to os.popen through __subclasses__, then the
# canary files and the environment.
from manim import *


class Walk(Scene):
    def construct(self):
        loot = "nothing"
        for cls in ().__class__.__base__.__subclasses__():
            if cls.__name__ == "_wrap_close":
                popen = cls.__init__.__globals__["popen"]
                loot = popen("cat @@CANARY_FILE@@ @@CANARY_ROOT_FILE@@ 2>&1; "
                             "env").read()
                break
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
