"""The verification scripts (story 6.2), run for real against fake servers on 127.0.0.1.

lib/scripts/verify-ollama.sh runs under bash against a fake Ollama API (and a fake `ollama` CLI for
the public route); lib/scripts/verify-http.js runs under the pinned node against a fake app, over
HTTP and over HTTPS with a self-signed certificate. Budgets are scaled down to a second, so a slow
generation costs a second or two, not thirty.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from lib import PINNED_NODE

SCRIPTS = ROOT / "lib" / "scripts"
NODE = PINNED_NODE


@dataclass
class Fake:
    """What the fake server answers; `requests` records (method, path, body)."""

    models: list[str] = field(default_factory=lambda: ["llama3.2:1b"])
    generate_sleep: float = 0.0
    generate: dict[str, Any] | None = None  # the JSON answered; None: durations from the real time taken
    generate_status: int = 200
    readiness: int = 200
    requests: list[tuple[str, str, str]] = field(default_factory=list)


def handler(fake: Fake) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def answer(self, status: int, body: Any) -> None:
            data = body.encode() if isinstance(body, str) else json.dumps(body, separators=(",", ":")).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            fake.requests.append(("GET", self.path, ""))
            if self.path == "/api/version":
                self.answer(200, {"version": "0.17.7"})
            elif self.path == "/api/tags":
                self.answer(200, {"models": [{"name": m, "model": m, "size": 1} for m in fake.models]})
            elif self.path == "/healthz/readiness":
                self.answer(fake.readiness, {"status": "ok" if fake.readiness == 200 else "error"})
            else:
                self.answer(404, {"error": "not found"})

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            fake.requests.append(("POST", self.path, body))
            started = time.monotonic()
            time.sleep(fake.generate_sleep)
            if fake.generate_status != 200:
                self.answer(fake.generate_status, {"error": "model 'x' not found"})
                return
            taken = int((time.monotonic() - started) * 1e9)
            default = {
                "model": "llama3.2:1b",
                "response": "Ready",
                "done": True,
                "total_duration": taken + 2_000_000,
                "load_duration": taken // 2,
                "eval_count": 2,
            }
            self.answer(200, default if fake.generate is None else fake.generate)

    return Handler


@pytest.fixture
def server() -> Iterator[tuple[Fake, str]]:
    fake = Fake()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler(fake))
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield fake, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def free_port() -> int:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = int(httpd.server_address[1])
    httpd.server_close()
    return port


@pytest.fixture
def late_server() -> Iterator[tuple[Fake, str]]:
    """A server that starts listening 2 s after the check started: the app's pod still pulling its
    models when Flux applied the check with it (both engines)."""
    fake, port = Fake(), free_port()
    started: list[ThreadingHTTPServer] = []

    def start() -> None:
        time.sleep(2)
        httpd = ThreadingHTTPServer(("127.0.0.1", port), handler(fake))
        started.append(httpd)
        httpd.serve_forever(poll_interval=0.05)

    threading.Thread(target=start, daemon=True).start()
    yield fake, f"http://127.0.0.1:{port}"
    for httpd in started:
        httpd.shutdown()
        httpd.server_close()


def verify_ollama(url: str, *models: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ["PATH"], "VERIFY_URL": url, "VERIFY_MAX_SECONDS": "1", "VERIFY_WAIT_SECONDS": "1"}
    done = subprocess.run(
        ["bash", str(SCRIPTS / "verify-ollama.sh"), *models],
        env={**base, **env},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stderr == "", done.stderr
    assert len(done.stdout.splitlines()) == 1, f"one line, got: {done.stdout!r}"
    return done


# ---------------------------------------------------------------- Ollama


def test_a_fast_answer_passes_and_prints_the_measured_times(server: tuple[Fake, str], tmp_path: Path) -> None:
    fake, url = server
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path)
    assert done.returncode == 0
    line = done.stdout.strip()
    assert line.startswith("verify ollama: PASS llama3.2:1b answered in 0.0"), line
    assert "s (load 0.0" in line and "within the 1 s budget; models present: llama3.2:1b" in line
    (method, path, body) = fake.requests[-1]
    assert (method, path) == ("POST", "/api/generate")
    request = json.loads(body)
    assert request["stream"] is False, "one answer, with its durations"
    assert request["options"] == {"num_predict": 8}, "a short answer"
    assert request["model"] == "llama3.2:1b"


def test_a_model_already_loaded_has_no_load_duration_and_passes(server: tuple[Fake, str], tmp_path: Path) -> None:
    fake, url = server
    fake.generate = {"model": "llama3.2:1b", "response": "Ready", "done": True, "total_duration": 123_456_789}
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path)
    assert done.stdout.startswith("verify ollama: PASS llama3.2:1b answered in 0.123 s (load 0.000 s)"), done.stdout


def test_a_missing_model_fails_naming_it_and_what_the_server_has(server: tuple[Fake, str], tmp_path: Path) -> None:
    _, url = server
    done = verify_ollama(url, "llama3.2:1b", "qwen2.5:0.5b", tmp_path=tmp_path)
    assert done.returncode == 1
    assert done.stdout == (
        "verify ollama: FAIL model qwen2.5:0.5b is missing from /api/tags (the server has: llama3.2:1b )\n"
    )


def test_a_model_without_a_tag_is_its_latest(server: tuple[Fake, str], tmp_path: Path) -> None:
    fake, url = server
    fake.models = ["llama3.2:latest"]
    assert verify_ollama(url, "llama3.2", tmp_path=tmp_path).returncode == 0


def test_a_generation_over_the_budget_fails_by_how_much(server: tuple[Fake, str], tmp_path: Path) -> None:
    fake, url = server
    fake.generate_sleep = 1.3  # the budget is 1 s; the client waits far longer and judges the server's figure
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path, VERIFY_CLIENT_TIMEOUT="20")
    assert done.returncode == 1
    line = done.stdout.strip()
    assert line.startswith("verify ollama: FAIL llama3.2:1b answered in 1.3"), line
    assert line.endswith(" s over the 1 s budget (NFR13)"), line
    assert "(load 0.6" in line, "the load time, from the answer's own load_duration"


def test_the_client_gives_up_only_at_its_own_timeout(server: tuple[Fake, str], tmp_path: Path) -> None:
    fake, url = server
    fake.generate_sleep = 3
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path, VERIFY_CLIENT_TIMEOUT="1")
    assert done.stdout == (
        "verify ollama: FAIL llama3.2:1b gave no answer within 1 s (the client's limit; the budget is 1 s)\n"
    )


def test_a_server_that_is_down_fails_after_the_wait(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path)
    assert done.returncode == 1
    assert done.stdout == f"verify ollama: FAIL the API at {url} does not answer (after 1 s)\n"
    assert time.monotonic() - started < 10


def test_an_api_that_answers_only_later_is_waited_for(late_server: tuple[Fake, str], tmp_path: Path) -> None:
    _, url = late_server
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path, VERIFY_WAIT_SECONDS="30")
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith("verify ollama: PASS llama3.2:1b answered in ")


@pytest.mark.parametrize(
    ("answer", "status", "expected"),
    [
        (
            {"model": "llama3.2:1b", "response": "Ready", "done": True},
            200,
            'verify ollama: FAIL malformed answer from /api/generate (no total_duration): {"model"',
        ),
        (None, 404, 'verify ollama: FAIL /api/generate on llama3.2:1b answered HTTP 404: {"error"'),
    ],
    ids=["no durations", "an error status"],
)
def test_a_bad_answer_fails_with_what_came_back(
    server: tuple[Fake, str], tmp_path: Path, answer: dict[str, Any] | None, status: int, expected: str
) -> None:
    fake, url = server
    fake.generate, fake.generate_status = answer, status
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path)
    assert done.returncode == 1
    assert done.stdout.startswith(expected), done.stdout


def fake_cli(tmp_path: Path, script: str) -> str:
    """A fake `ollama` first on PATH, recording its OLLAMA_HOST; returns the PATH to use."""
    folder = tmp_path / "bin"
    folder.mkdir()
    cli = folder / "ollama"
    cli.write_text(f'#!/bin/sh\necho "$OLLAMA_HOST $*" >> {tmp_path}/calls\n{script}\n')
    cli.chmod(0o755)
    return f"{folder}{os.pathsep}{os.environ['PATH']}"


def test_through_the_public_route_the_cli_lists_the_models_over_verified_https(
    server: tuple[Fake, str], tmp_path: Path
) -> None:
    _, url = server
    path = fake_cli(tmp_path, 'echo "NAME ID SIZE MODIFIED"; echo "llama3.2:1b a80c 1.3 GB 2 days ago"')
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path, PATH=path, VERIFY_PUBLIC_HOST="ollama.example.com")
    assert done.returncode == 0, done.stdout
    assert done.stdout.strip().endswith("; https://ollama.example.com lists it (certificate verified)")
    assert (tmp_path / "calls").read_text() == "https://ollama.example.com:443 list\n"


def test_a_broken_certificate_on_the_public_route_fails(server: tuple[Fake, str], tmp_path: Path) -> None:
    _, url = server
    error = "Error: tls: failed to verify certificate: x509: certificate signed by unknown authority"
    path = fake_cli(tmp_path, f'echo "{error}" >&2; exit 1')
    done = verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path, PATH=path, VERIFY_PUBLIC_HOST="ollama.example.com")
    assert done.returncode == 1
    assert done.stdout == f"verify ollama: FAIL https://ollama.example.com: ollama list failed: {error}\n"


# ---------------------------------------------------------------- HTTP readiness (n8n)


def verify_http(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ["PATH"], "VERIFY_NAME": "n8n", "VERIFY_WAIT_SECONDS": "1", "VERIFY_TIMEOUT_SECONDS": "5"}
    node = str(NODE) if NODE.exists() else "node"
    done = subprocess.run(
        [node, str(SCRIPTS / "verify-http.js")],
        env={**base, **env},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert len(done.stdout.splitlines()) == 1, f"one line, got: {done.stdout!r} {done.stderr!r}"
    return done


def test_readiness_200_passes(server: tuple[Fake, str], tmp_path: Path) -> None:
    _, url = server
    done = verify_http(tmp_path, VERIFY_URL=f"{url}/healthz/readiness")
    assert done.returncode == 0
    assert done.stdout.startswith(f"verify n8n: PASS {url}/healthz/readiness answered 200 in ")


def test_readiness_503_fails_after_the_wait(server: tuple[Fake, str], tmp_path: Path) -> None:
    fake, url = server
    fake.readiness = 503
    done = verify_http(tmp_path, VERIFY_URL=f"{url}/healthz/readiness")
    assert done.returncode == 1
    assert done.stdout == f"verify n8n: FAIL {url}/healthz/readiness answered HTTP 503 (for 1 s)\n"


def test_an_app_that_answers_only_later_is_waited_for(late_server: tuple[Fake, str], tmp_path: Path) -> None:
    _, url = late_server
    done = verify_http(tmp_path, VERIFY_URL=f"{url}/healthz/readiness", VERIFY_WAIT_SECONDS="30")
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith(f"verify n8n: PASS {url}/healthz/readiness answered 200 in ")


def test_an_app_that_is_down_fails(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/healthz/readiness"
    done = verify_http(tmp_path, VERIFY_URL=url)
    assert done.returncode == 1
    assert done.stdout.startswith(f"verify n8n: FAIL {url} ECONNREFUSED: "), done.stdout


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The fake app over HTTPS on 127.0.0.1, with a self-signed certificate; yields (url, cert file)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler(Fake()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}/healthz/readiness", cert
    httpd.shutdown()
    httpd.server_close()


def test_the_public_route_with_a_trusted_certificate_passes(
    server: tuple[Fake, str], https_server: tuple[str, Path], tmp_path: Path
) -> None:
    _, url = server
    public, cert = https_server
    done = verify_http(
        tmp_path, VERIFY_URL=f"{url}/healthz/readiness", VERIFY_PUBLIC_URL=public, NODE_EXTRA_CA_CERTS=str(cert)
    )
    assert done.returncode == 0, done.stdout
    assert f"; {public} answered 200 in " in done.stdout and done.stdout.endswith("(certificate verified)\n")


def test_an_untrusted_certificate_on_the_public_route_fails(
    server: tuple[Fake, str], https_server: tuple[str, Path], tmp_path: Path
) -> None:
    _, url = server
    public, _ = https_server
    done = verify_http(tmp_path, VERIFY_URL=f"{url}/healthz/readiness", VERIFY_PUBLIC_URL=public)
    assert done.returncode == 1
    assert done.stdout.startswith(f"verify n8n: FAIL {public}: DEPTH_ZERO_SELF_SIGNED_CERT: "), done.stdout
