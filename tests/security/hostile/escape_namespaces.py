# expect: rejected import
# sandbox: ok
# Leave the sandbox through the kernel: new user namespaces, mounts,
# chroot, setns into pid 1's namespaces, capabilities.
import ctypes
import os

from manim import *

CLONE_NEWUSER, CLONE_NEWNS = 0x10000000, 0x00020000


class Namespaces(Scene):
    def construct(self):
        libc = ctypes.CDLL(None, use_errno=True)
        seen = {
            "unshare-user": libc.unshare(CLONE_NEWUSER),
            "unshare-mount": libc.unshare(CLONE_NEWNS),
            "mount": libc.mount(b"none", b"/tmp", b"tmpfs", 0, None),
            "remount-rw": libc.mount(None, b"/", None, 0x20 | 0x1000, None),
            "chroot": libc.chroot(b"/tmp"),
            "setuid0": libc.setuid(0),
        }
        for ns in ("mnt", "pid", "net", "user"):
            try:
                fd = os.open(f"/proc/1/ns/{ns}", os.O_RDONLY)
                seen["setns-" + ns] = libc.setns(fd, 0)
            except OSError as e:
                seen["setns-" + ns] = type(e).__name__
        with open("/proc/self/status") as f:
            caps = [l for l in f if l.startswith("Cap")]
        print("RESULTS", seen, caps)
        self.add(Text(" ".join(str(v) for v in seen.values()), font_size=18))
        self.wait(0.1)
