# expect: rejected import
# sandbox: ok
# The agent's data folder, its SQLite store and control socket, and a
# search of the whole visible tree for anything that looks like them.
import os
import socket

from manim import *


class AgentFiles(Scene):
    def construct(self):
        seen = []
        for path in ("@@DB_PATH@@", "@@DATA_DIR@@/agent.sock", "@@DATA_DIR@@"):
            try:
                with open(path, "rb") as f:
                    seen.append(f.read().decode(errors="replace"))
            except OSError as e:
                seen.append(type(e).__name__)
        try:
            s = socket.socket(socket.AF_UNIX)
            s.connect("@@DATA_DIR@@/agent.sock")
            s.sendall(b"status\n")
            seen.append(s.recv(4096).decode(errors="replace"))
        except OSError as e:
            seen.append(type(e).__name__)
        for top, dirs, files in os.walk("/"):
            if top.startswith(("/proc", "/sys", "/usr", "@@VENV@@")):
                dirs[:] = []
                continue
            for name in files:
                if name.endswith((".db", ".sock")) or "canary" in name:
                    seen.append(os.path.join(top, name))
        print("LOOT", seen)
        self.add(Text(" ".join(seen[:4]), font_size=20))
        self.wait(0.1)
