# expect: rejected config-write
# sandbox: runtime_error
# Manim's config moves where output goes: into the host's /var/tmp.
from manim import *

config.media_dir = "/var/tmp/@@MARKER@@"
config.images_dir = "/var/tmp/@@MARKER@@"


class ConfigDirs(Scene):
    def construct(self):
        self.add(Text("moved", font_size=24))
        self.wait(0.1)
