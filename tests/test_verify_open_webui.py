"""Open WebUI's verification script (story 6.2), lib/scripts/verify-open-webui.py, run for real with python
in isolated mode (`-I`, as the Job runs it in Open WebUI's image) against a fake Open WebUI on 127.0.0.1:
/ready, /api/config and /health as Open WebUI 0.12.4 answers them (backend/open_webui/main.py), over HTTP
and over HTTPS with a self-signed certificate. Waits are scaled down to a second.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

SCRIPT = ROOT / "lib" / "scripts" / "verify-open-webui.py"


@dataclass
class FakeWebUI:
    """What the fake answers. `ready_after`: /ready answers 503 ("Startup not complete") until then."""

    ready: int = 200
    ready_detail: str = "Startup not complete"
    ready_after: float = 0.0
    version: str = "0.12.4"
    auth: Any = True
    signup: bool = False
    onboarding: bool = False
    config: str | None = None  # a raw body for /api/config instead of the JSON
    sleep: float = 0.0
    started: float = field(default_factory=time.monotonic)
    paths: list[str] = field(default_factory=list)


def handler(fake: FakeWebUI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def answer(self, status: int, body: Any) -> None:
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            fake.paths.append(self.path)
            time.sleep(fake.sleep)
            if self.path == "/health":
                self.answer(200, {"status": True})
            elif self.path == "/ready":
                if fake.ready != 200 or time.monotonic() - fake.started < fake.ready_after:
                    self.answer(fake.ready if fake.ready != 200 else 503, {"detail": fake.ready_detail})
                else:
                    self.answer(200, {"status": True})
            elif self.path == "/api/config":
                features = {"auth": fake.auth, "enable_signup": fake.signup, "enable_websocket": True}
                body = {"status": True, "name": "Open WebUI", "version": fake.version, "features": features}
                onboarding = {"onboarding": True} if fake.onboarding else {}
                self.answer(200, fake.config if fake.config is not None else {**onboarding, **body})
            else:
                self.answer(404, {"detail": "Not Found"})

    return Handler


def serve(fake: FakeWebUI, context: ssl.SSLContext | None = None) -> tuple[ThreadingHTTPServer, str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler(fake))
    if context is not None:
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd, f"{'https' if context else 'http'}://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture
def webui() -> Iterator[tuple[FakeWebUI, str]]:
    fake = FakeWebUI()
    httpd, url = serve(fake)
    yield fake, url
    httpd.shutdown()
    httpd.server_close()


def verify(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {"PATH": os.environ["PATH"], "VERIFY_NAME": "open-webui", "VERIFY_WAIT_SECONDS": "1",
            "VERIFY_TIMEOUT_SECONDS": "5", "VERIFY_VERSION": "0.12.4"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-I", str(SCRIPT)],
        env={**base, **env},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stderr == "", done.stderr
    assert len(done.stdout.splitlines()) == 1, f"one line, got: {done.stdout!r}"
    return done


def test_a_ready_open_webui_of_the_pinned_release_with_authentication_passes(
    webui: tuple[FakeWebUI, str], tmp_path: Path
) -> None:
    fake, url = webui
    done = verify(tmp_path, VERIFY_URL=url)
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith(f"verify open-webui: PASS {url}/ready answered 200 in "), done.stdout
    assert done.stdout.endswith(" ms (Open WebUI 0.12.4, authentication on, sign-up closed)\n"), done.stdout
    assert fake.paths == ["/ready", "/api/config"], "no account, no token: only what Open WebUI serves to anyone"


def test_before_the_first_account_it_says_who_becomes_admin(webui: tuple[FakeWebUI, str], tmp_path: Path) -> None:
    fake, url = webui
    fake.onboarding, fake.signup = True, True
    done = verify(tmp_path, VERIFY_URL=url)
    assert done.returncode == 0
    assert done.stdout.endswith(
        "(Open WebUI 0.12.4, authentication on, sign-up open, no account yet: the first to sign up becomes its admin)\n"
    ), done.stdout


def test_it_waits_for_the_start_up_to_finish(webui: tuple[FakeWebUI, str], tmp_path: Path) -> None:
    fake, url = webui
    fake.ready_after = 1.5
    done = verify(tmp_path, VERIFY_URL=url, VERIFY_WAIT_SECONDS="10")
    assert done.returncode == 0, done.stdout
    assert fake.paths.count("/ready") >= 2


@pytest.mark.parametrize("detail", ["Database not ready", "Redis not ready"])
def test_not_ready_fails_after_the_wait_with_open_webui_s_reason(
    webui: tuple[FakeWebUI, str], tmp_path: Path, detail: str
) -> None:
    fake, url = webui
    fake.ready, fake.ready_detail = 503, detail
    done = verify(tmp_path, VERIFY_URL=url)
    assert done.returncode == 1
    assert done.stdout == f"verify open-webui: FAIL {url}/ready answered HTTP 503 ({detail}) (for 1 s)\n"


def test_an_open_webui_that_is_down_fails(tmp_path: Path) -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.server_close()
    done = verify(tmp_path, VERIFY_URL=url)
    assert done.returncode == 1
    assert done.stdout.startswith(f"verify open-webui: FAIL {url}/ready ConnectionRefusedError: "), done.stdout
    assert done.stdout.endswith(" (for 1 s)\n")


def test_a_server_slower_than_the_timeout_fails_naming_it(webui: tuple[FakeWebUI, str], tmp_path: Path) -> None:
    fake, url = webui
    fake.sleep = 2.5
    done = verify(tmp_path, VERIFY_URL=url, VERIFY_TIMEOUT_SECONDS="1")
    assert done.returncode == 1
    assert done.stdout == f"verify open-webui: FAIL {url}/ready no answer within 1 s (for 1 s)\n"


def test_another_release_than_the_values_pin_fails(webui: tuple[FakeWebUI, str], tmp_path: Path) -> None:
    fake, url = webui
    fake.version = "0.12.3"
    done = verify(tmp_path, VERIFY_URL=url)
    assert done.returncode == 1
    assert done.stdout == f"verify open-webui: FAIL {url} runs Open WebUI 0.12.3, and the values pin 0.12.4\n"


def test_without_a_pinned_release_any_version_passes(webui: tuple[FakeWebUI, str], tmp_path: Path) -> None:
    fake, url = webui
    fake.version = "0.13.0"
    done = verify(tmp_path, VERIFY_URL=url, VERIFY_VERSION="")
    assert done.returncode == 0 and "(Open WebUI 0.13.0, " in done.stdout


def test_authentication_off_fails(webui: tuple[FakeWebUI, str], tmp_path: Path) -> None:
    fake, url = webui
    fake.auth = False
    done = verify(tmp_path, VERIFY_URL=url)
    assert done.returncode == 1
    assert done.stdout == (
        f"verify open-webui: FAIL {url} runs without authentication (features.auth is false): anyone may use it\n"
    )


@pytest.mark.parametrize("body", ["<html>Open WebUI</html>", '{"status": true}'], ids=["not json", "no version"])
def test_a_malformed_config_fails_with_what_came_back(webui: tuple[FakeWebUI, str], tmp_path: Path, body: str) -> None:
    fake, url = webui
    fake.config = body
    done = verify(tmp_path, VERIFY_URL=url)
    assert done.returncode == 1
    assert done.stdout == f"verify open-webui: FAIL malformed answer from {url}/api/config: {body}\n"


def test_a_missing_url_fails_in_one_line(tmp_path: Path) -> None:
    done = verify(tmp_path)
    assert (done.returncode, done.stdout) == (1, "verify open-webui: FAIL VERIFY_URL is required\n")


@pytest.fixture
def https_webui(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The fake over HTTPS on 127.0.0.1, with a self-signed certificate; yields (url, certificate file)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd, url = serve(FakeWebUI(), context)
    yield url, cert
    httpd.shutdown()
    httpd.server_close()


def test_the_public_route_with_a_trusted_certificate_passes(
    webui: tuple[FakeWebUI, str], https_webui: tuple[str, Path], tmp_path: Path
) -> None:
    _, url = webui
    public, cert = https_webui
    done = verify(tmp_path, VERIFY_URL=url, VERIFY_PUBLIC_URL=public, SSL_CERT_FILE=str(cert))
    assert done.returncode == 0, done.stdout
    assert f"; {public}/health answered 200 in " in done.stdout, done.stdout
    assert done.stdout.endswith(" ms (certificate verified)\n"), done.stdout


def test_an_untrusted_certificate_on_the_public_route_fails(
    webui: tuple[FakeWebUI, str], https_webui: tuple[str, Path], tmp_path: Path
) -> None:
    _, url = webui
    public, _ = https_webui
    done = verify(tmp_path, VERIFY_URL=url, VERIFY_PUBLIC_URL=public)
    assert done.returncode == 1
    assert done.stdout.startswith(f"verify open-webui: FAIL {public}/health: SSLCertVerificationError: "), done.stdout
    assert "certificate verify failed" in done.stdout
