"""The vertical slice end to end: an English prompt becomes a real H.264
MP4 through the real httpd, module, SQLite store, agent, validator,
bubblewrap sandbox and Manim."""

import json
import subprocess

import pytest


def ffprobe(data, tmp_path):
    path = tmp_path / "video.mp4"
    path.write_bytes(data)
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_format",
         "-show_streams", str(path)], capture_output=True, check=True)
    return json.loads(out.stdout)


def test_prompt_becomes_a_video(system, tmp_path):
    job = system.submit("Draw a circle")
    assert job["status"] == "queued"
    assert len(job["id"]) == 32
    seen = [job["status"]]
    done = system.wait_job(job["id"], seen=seen)
    assert done["status"] == "done", done["error"]
    # Every stage was observed on the way, in order.
    assert seen[0] == "queued" and seen[-1] == "done"
    for stage in seen:
        assert stage in ("queued", "generating_code", "rendering", "done")
    assert "rendering" in seen
    assert done["progress"] == 100
    assert "Circle" in done["output"]["code"]
    assert done["output"]["explanation"]
    assert done["codeGenerationStartedAt"] and done["renderingStartedAt"]

    status, headers, data = system.request("GET", done["output"]["videoUrl"])
    assert status == 200
    assert headers["Content-Type"] == "video/mp4"
    assert int(headers["Content-Length"]) == len(data)
    info = ffprobe(data, tmp_path)
    video = [s for s in info["streams"] if s["codec_type"] == "video"][0]
    assert video["codec_name"] == "h264"
    assert float(info["format"]["duration"]) > 0


def test_progress_reports_animations(system):
    job = system.submit("Plot y = sin(x) from -pi to pi", quality="low")
    messages = set()
    import time
    deadline = time.time() + 120
    while time.time() < deadline:
        _, _, body = system.json("GET", f"/api/jobs/{job['id']}")
        j = body["job"]
        messages.add(j["progressMessage"])
        if j["status"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert j["status"] == "done", j["error"]
    assert any(m and m.startswith("Rendering animation") for m in messages), \
        messages


def test_unsupported_prompt_fails_clearly(system):
    job = system.submit("Write me a poem about the sea")
    done = system.wait_job(job["id"])
    assert done["status"] == "failed"
    assert done["error"]["type"] == "unsupported_prompt"
    assert done["error"]["stage"] == "code_generation"
    assert "understand" in done["error"]["message"]


@pytest.mark.parametrize("raw,status,code", [
    (b"{not json", 400, "invalid_json"),
    (b'{"stylePreset":"Dark"}', 400, "missing_prompt"),
    (b'{"prompt":"   "}', 400, "missing_prompt"),
    (b'{"prompt":"circle","stylePreset":"Neon"}', 400, "invalid_style"),
    (b"x" * 70000, 413, "body_too_large"),
])
def test_bad_requests_get_json_errors(system, raw, status, code):
    got, headers, body = system.request("POST", "/api/jobs/submit", raw=raw)
    assert got == status
    assert headers["Content-Type"].startswith("application/json")
    err = json.loads(body)["error"]
    assert err["code"] == code and err["message"]


def test_unknown_job_is_404_and_server_keeps_serving(system):
    status, _, body = system.json("GET", "/api/jobs/" + "0" * 32)
    assert status == 404 and body["error"]["code"] == "job_not_found"
    status, _, body = system.json("GET", "/api/jobs/..%252F..%252Fetc")
    assert status == 404 and body["error"]["code"] == "job_not_found"
    job = system.submit("Draw a red square")
    assert job["status"] == "queued"
    assert "exit signal" not in system.read_log("error.log")


def test_page_is_served(system):
    status, headers, data = system.request("GET", "/")
    assert status == 200
    assert b"MathMotion" in data
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src" not in csp
