# expect: rejected import
# sandbox: ok
# Name resolution, UDP to the host's listener, and a public resolver.
import socket

from manim import *


class Udp(Scene):
    def construct(self):
        seen = []
        try:
            socket.getaddrinfo("example.com", 80)
            seen.append("resolved")
        except OSError as e:
            seen.append(type(e).__name__)
        for addr in (("127.0.0.1", @@PORT@@), ("8.8.8.8", 53), ("10.0.2.3", 53)):
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                s.sendto(b"canary?", addr)
                seen.append("sent")
            except OSError as e:
                seen.append(type(e).__name__)
            s.close()
        self.add(Text(" ".join(seen), font_size=24))
        self.wait(0.1)
