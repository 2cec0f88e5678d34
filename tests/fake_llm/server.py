"""A scriptable fake OpenAI-compatible chat-completions server.

Loopback only. A script — a JSON list of steps — says what each
successive POST .../chat/completions gets:

  {"code": "...", "explanation": "...", "format": "json"}
      an answer; format "json" (default: the JSON object the system
      prompt asks for), "json_fenced" (the same inside ```json), "fenced"
      (prose + a ```python block) or "raw" (`content` as it is); optional
      "finish_reason" (default "stop")
  {"content": "..."}                       raw message content
  {"status": 429, "retry_after": "1", "message": "..."}
                                           an HTTP error with an OpenAI-
                                           style {"error": {...}} body
  {"error_in_200": "message"}              HTTP 200 with {"error": {...}}
  {"hang": 10}                             sleep, then answer 504
  {"malformed": true}                      HTTP 200 with a broken body

When the script runs out every further request gets HTTP 400
"fake: script exhausted". Each request is recorded — path, headers
without Authorization, whether Authorization was "Bearer <key>", the JSON
body — in `requests` and, one JSON line each, in the record file.

Use in tests:  with FakeLLM(script, key="k") as llm: ... llm.url ...
Or stand-alone:  python server.py --script s.json --record r.jsonl --key K
"""

import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _answer(content, finish_reason="stop"):
    return {
        "id": "gen-fake", "object": "chat.completion", "model": "fake/model",
        "choices": [{"index": 0, "finish_reason": finish_reason,
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                  "total_tokens": 2},
    }


def _content(step):
    fmt = step.get("format", "json")
    if "content" in step:
        return step["content"]
    obj = {"code": step["code"],
           "explanation": step.get("explanation", "A fake explanation.")}
    if fmt == "json":
        return json.dumps(obj)
    if fmt == "json_fenced":
        return "Here you go:\n```json\n" + json.dumps(obj) + "\n```\n"
    if fmt == "fenced":
        return (step.get("explanation", "A fake explanation.") +
                "\n\n```python\n" + step["code"] + "\n```\nEnjoy!")
    raise ValueError(f"unknown format {fmt}")


class FakeLLM:
    def __init__(self, script, key=None, record=None, port=0):
        self.script = list(script)
        self.key = key
        self.record = record
        self.requests = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                auth = self.headers.get("Authorization")
                entry = {
                    "path": self.path,
                    "headers": {k: v for k, v in self.headers.items()
                                if k.lower() != "authorization"},
                    "auth_present": auth is not None,
                    "auth_ok": fake.key is not None and
                    auth == "Bearer " + fake.key,
                    "body": body,
                    "time": time.time(),
                }
                with fake.lock:
                    fake.requests.append(entry)
                    step = fake.script.pop(0) if fake.script else None
                    if fake.record:
                        with open(fake.record, "a") as f:
                            f.write(json.dumps(entry) + "\n")
                self.play(step)

            def send(self, status, data, headers=()):
                if isinstance(data, (dict, list)):
                    data = json.dumps(data).encode()
                elif isinstance(data, str):
                    data = data.encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in headers:
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (a hang step)

            def play(self, step):
                if step is None:
                    return self.send(400, {"error": {
                        "code": 400, "message": "fake: script exhausted"}})
                if "hang" in step:
                    time.sleep(step["hang"])
                    return self.send(504, {"error": {
                        "code": 504, "message": "fake: hung"}})
                if "status" in step:
                    headers = []
                    if step.get("retry_after") is not None:
                        headers.append(("Retry-After",
                                        str(step["retry_after"])))
                    return self.send(step["status"], {"error": {
                        "code": step["status"],
                        "message": step.get("message", "fake error")}},
                        headers)
                if "error_in_200" in step:
                    return self.send(200, {"error": {
                        "code": 502, "message": step["error_in_200"]}})
                if step.get("malformed"):
                    return self.send(200, '{"choices": [ {"message": ')
                return self.send(200, _answer(
                    _content(step), step.get("finish_reason", "stop")))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def add(self, *steps):
        with self.lock:
            self.script.extend(steps)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--script", required=True, help="JSON list of steps")
    ap.add_argument("--record", help="append requests here (JSON lines)")
    ap.add_argument("--key", help="the API key expected in Authorization")
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()
    with open(args.script) as f:
        script = json.load(f)
    with FakeLLM(script, args.key, args.record, args.port) as fake:
        print(f"fake LLM serving {fake.url}", flush=True)
        try:
            fake.thread.join()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
