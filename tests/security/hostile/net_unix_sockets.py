# expect: rejected import
# sandbox: ok
# An abstract Unix socket of the host (abstract names are per network
# namespace) and the usual socket paths.
import socket

from manim import *


class Unix(Scene):
    def construct(self):
        seen = []
        for addr in ("\0@@ABSTRACT@@", "/run/dbus/system_bus_socket",
                     "/var/run/docker.sock", "@@DATA_DIR@@/agent.sock"):
            s = socket.socket(socket.AF_UNIX)
            try:
                s.connect(addr)
                seen.append("connected")
            except OSError as e:
                seen.append(type(e).__name__)
            s.close()
        self.add(Text(" ".join(seen), font_size=20))
        self.wait(0.1)
