# expect: rejected import
# sandbox: ok
# The canary listener on the host's 127.0.0.1, by socket and by HTTP.
import socket
import urllib.request

from manim import *


class Tcp(Scene):
    def construct(self):
        seen = []
        try:
            socket.create_connection(("127.0.0.1", @@PORT@@), 2).close()
            seen.append("connected")
        except OSError as e:
            seen.append(type(e).__name__)
        try:
            urllib.request.urlopen("http://127.0.0.1:@@PORT@@/", timeout=2)
            seen.append("fetched")
        except Exception as e:
            seen.append(type(e).__name__)
        self.add(Text(" ".join(seen), font_size=24))
        self.wait(0.1)
