# expect: rejected import
# sandbox: ok
# No trick at all: import os and subprocess and look around.
import os
import subprocess

from manim import *


class PlainImports(Scene):
    def construct(self):
        loot = subprocess.run(
            ["sh", "-c", "id; cat @@CANARY_FILE@@ @@CANARY_ROOT_FILE@@ "
             "@@DB_PATH@@ /proc/1/environ 2>&1; ls -la / /root @@DATA_DIR@@ 2>&1"],
            capture_output=True, text=True).stdout
        loot += repr(dict(os.environ))
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
