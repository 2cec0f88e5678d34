"""The agent's one-shot mode (`render-agent --render FILE`) as operators and
the other suites use it: one JSON object on stdout, exit 0 when the scene
rendered, 1 when it was refused or failed, 2 for bad options; a video is
checked as an MP4 and a last frame as a PNG; a signal cancels the render
and leaves nothing behind."""

import signal
import time

import security_harness as h

SQUARE = """from manim import *


class Spin(Scene):
    def construct(self):
        self.play(Rotate(Square(color=BLUE), PI / 2), run_time=0.5)
"""
KEYS = {"ok", "errorType", "message", "findings", "sceneClass", "videoHash",
        "output", "stdoutTail", "stderrTail", "seconds"}


def test_video_is_a_checked_mp4(canaries):
    rc, result, _ = h.oneshot(canaries, SQUARE, "--quality", "low")
    assert rc == 0 and set(result) == KEYS
    assert result["ok"] and result["sceneClass"] == "Spin"
    assert result["output"].endswith(result["videoHash"] + ".mp4")
    with open(result["output"], "rb") as f:
        assert f.read(8)[4:] == b"ftyp"


def test_last_frame_is_a_png(canaries):
    rc, result, _ = h.oneshot(canaries, SQUARE, "--quality", "low",
                              "--last-frame", "--style", "Minimalist")
    assert rc == 0 and result["output"].endswith(".png")
    with open(result["output"], "rb") as f:
        assert f.read(8) == b"\x89PNG\r\n\x1a\n"


def test_refusal_carries_findings(canaries):
    rc, result, _ = h.oneshot(canaries, "import os\n" + SQUARE)
    assert rc == 1 and not result["ok"]
    assert result["errorType"] == "validation"
    assert result["message"].startswith("The code was refused by the safety "
                                        "check. Line 1: ")
    (finding,) = result["findings"]
    assert finding["line"] == 1 and finding["rule"] == "import"
    assert result["videoHash"] is None and result["output"] is None


def test_without_the_validator_the_file_names_its_scene(canaries):
    rc, result, _ = h.oneshot(canaries, SQUARE, "--no-validate",
                              "--last-frame", "--quality", "low")
    assert rc == 0 and result["ok"] and result["sceneClass"] is None


def test_bad_options_print_no_json(canaries):
    for flags in (["--quality", "ultra"], ["--style", "nope"]):
        rc, result, err = h.oneshot(canaries, SQUARE, *flags)
        assert rc == 2 and result is None and "render-agent:" in err
    proc = h.subprocess.run(
        [str(h.AGENT), "--last-frame", "--venv", str(h.VENV), "--validator",
         str(h.VALIDATOR), "--data-dir", str(canaries.data_dir)],
        capture_output=True)
    assert proc.returncode == 2 and b"need --render" in proc.stderr


def test_a_signal_cancels_the_render_and_leaves_nothing(canaries):
    loop = SQUARE.replace("self.play(", "while True:\n            pass\n"
                          "        self.play(")
    proc = h.oneshot(canaries, loop, "--wall-seconds", "60", name="spin",
                     popen=True)
    time.sleep(4)
    start = time.time()
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert time.time() - start < 10
    result = h.json.loads(out)
    assert proc.returncode == 1 and result["message"] == "Cancelled."
    assert not list(h.CGROUP_ROOT.glob(f"*/mathmotion/{proc.pid}-*"))
    assert not [p for p in h.nobody_pids()
                if f"mathmotion/{proc.pid}-" in h.process_cgroup(p)]
    job = h.re.search(r"job=([0-9a-f]{32})", err.decode()).group(1)
    assert not (canaries.data_dir / "jobs" / job).exists()
