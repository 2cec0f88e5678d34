# expect: rejected import
# sandbox: runtime_error resource_limit timeout
# flags: --wall-seconds 5 --pids 64
# Threads count as processes too.
import threading
import time

from manim import *


class ThreadBomb(Scene):
    def construct(self):
        while True:
            threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
