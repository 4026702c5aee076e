"""A real HTTP server on 127.0.0.1 speaking the chat-completions API (plain and streamed),
replaying the recorded answers of tests/load/model_fixtures/*.json.

Each fixture names a ``match`` string; a request whose user message contains it is answered by
the fixture's ``replies``, one per call (the last repeats): ``{"content": ...}`` (an object is
sent as JSON, a string as written), ``{"status": 429|500}`` or ``{"delay": seconds}`` before the
next step's answer; with ``"reject_response_format": true`` a request that carries
``response_format`` is answered HTTP 400 (as servers without structured output do) and does not
use up the step. A request no fixture matches gets ``{"facts": []}``.
"""
from __future__ import annotations

import json
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).with_name("model_fixtures")


def fixtures() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))}


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, replay: dict[str, dict]):
        super().__init__(address, _Handler)
        self.replay = replay
        self.calls: dict[str, int] = {}
        self.requests: list[dict] = []
        self.lock = threading.Lock()

    def step(self, user: str, body: dict) -> dict:
        with self.lock:
            for name, fx in self.replay.items():
                if fx["match"] in user:
                    n = self.calls.get(name, 0)
                    step = fx["replies"][min(n, len(fx["replies"]) - 1)]
                    if step.get("reject_response_format") and "response_format" in body:
                        return {"status": 400, "message": "response_format is not supported"}
                    self.calls[name] = n + 1
                    return step
        return {"content": {"facts": []}}


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        with self.server.lock:
            self.server.requests.append({"path": self.path,
                                         "headers": {k.lower(): v for k, v in self.headers.items()},
                                         "body": body})
        if not self.path.endswith("/chat/completions"):
            return self._send(404, {"error": {"message": "not found"}})
        user = next((m["content"] for m in body["messages"] if m["role"] == "user"), "")
        step = self.server.step(user, body)
        if "delay" in step:
            time.sleep(step["delay"])
            step = {"content": {"facts": []}}
        if "status" in step:
            message = step.get("message", f"HTTP {step['status']}")
            return self._send(step["status"], {"error": {"message": message}}, {"Retry-After": "0"})
        content = step["content"]
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        usage = {"prompt_tokens": len(user), "completion_tokens": len(text),
                 "total_tokens": len(user) + len(text)}
        if body.get("stream"):
            return self._stream(body["model"], text, usage)
        self._send(200, {"id": "cmpl-test", "object": "chat.completion", "created": 0,
                         "model": body["model"], "usage": usage,
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": text}}]})

    def _send(self, status: int, payload: dict, headers: dict | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass           # the client gave up (the timeout test): nothing to answer

    def _stream(self, model: str, text: str, usage: dict) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        third = max(1, len(text) // 3)
        pieces = [text[i:i + third] for i in range(0, len(text), third)]
        base = {"id": "cmpl-test", "object": "chat.completion.chunk", "created": 0, "model": model}
        events = [dict(base, choices=[{"index": 0, "delta": {"content": p}, "finish_reason": None}])
                  for p in pieces]
        events.append(dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}]))
        events.append(dict(base, choices=[], usage=usage))
        for e in events:
            self.wfile.write(f"data: {json.dumps(e, ensure_ascii=False)}\n\n".encode("utf-8"))
        self.wfile.write(b"data: [DONE]\n\n")


@contextmanager
def model_server(replay: dict[str, dict] | None = None):
    """(base URL, server) of a fresh server replaying `replay` (default: every fixture)."""
    server = _Server(("127.0.0.1", 0), fixtures() if replay is None else replay)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", server
    finally:
        server.shutdown()
        server.server_close()
