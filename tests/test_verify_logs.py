"""The log check of every verification script (issue 19: log access), run for real against a fake log
store on 127.0.0.1 that answers VictoriaLogs' `/select/logsql/query` as VictoriaLogs does: JSON lines,
the newest first with `limit=1` (docs.victoriametrics.com/victorialogs/querying, "Querying logs").

Each script (bash in Ollama's image, node in n8n's, python in Open WebUI's) first passes its app's own
check against the fakes of tests/test_verify.py and tests/test_verify_open_webui.py, then asks the store
with the request the library renders (`LogVerification.env`): lines found, no line, a store slower than the
budget, a store that is down, an error answer, and lines that show up only on a later ask. Budgets are a
second or a few.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest
import test_verify
import test_verify_open_webui

from lib.constructs.verify import LOG_QUERY_PATH, LogVerification, log_query

NEWEST = "2026-12-03T10:00:00.123Z"
LINE = {"_msg": "[GIN] 200 | GET /api/version", "_stream": "{}", "_time": NEWEST,
        "kubernetes.pod_namespace": "ml", "kubernetes.container_name": "ollama"}  # fmt: skip


@dataclass
class FakeStore:
    """What the fake log store answers: `lines` after `empty_asks` asks that find none, after `sleep` s;
    `status` other than 200 with an error text. `asks` records each request's query arguments."""

    lines: list[dict[str, str]] = field(default_factory=lambda: [LINE])
    empty_asks: int = 0
    sleep: float = 0.0
    status: int = 200
    asks: list[dict[str, list[str]]] = field(default_factory=list)


def store_handler(fake: FakeStore) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            if url.path != LOG_QUERY_PATH:
                self.send_error(404)
                return
            fake.asks.append(urllib.parse.parse_qs(url.query))
            time.sleep(fake.sleep)
            if fake.status != 200:
                body = b"cannot parse query [_time:]: missing duration"
            else:
                found = fake.lines if len(fake.asks) > fake.empty_asks else []
                body = "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in found).encode()
            self.send_response(fake.status)
            self.send_header("Content-Type", "application/stream+json" if fake.status == 200 else "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def store() -> Iterator[tuple[FakeStore, str]]:
    fake = FakeStore()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), store_handler(fake))
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield fake, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


Runner = Callable[..., CompletedProcess[str]]
"""Runs one app's check, passing, with the environment given."""


def serve(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture(params=["ollama", "n8n", "open-webui"])
def check(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Runner]]:
    """(app, run): each script against its passing fake app."""
    app: str = request.param
    if app == "open-webui":
        httpd, url = serve(test_verify_open_webui.handler(test_verify_open_webui.FakeWebUI()))
        run: Runner = lambda **env: test_verify_open_webui.verify(tmp_path, VERIFY_URL=url, **env)  # noqa: E731
    else:
        httpd, url = serve(test_verify.handler(test_verify.Fake()))
        if app == "ollama":
            run = lambda **env: test_verify.verify_ollama(url, "llama3.2:1b", tmp_path=tmp_path, **env)  # noqa: E731
        else:
            run = lambda **env: test_verify.verify_http(tmp_path, VERIFY_URL=f"{url}/healthz/readiness", **env)  # noqa: E731
    yield app, run
    httpd.shutdown()
    httpd.server_close()


def query(app: str) -> str:
    return log_query("ml" if app == "ollama" else "apps", app, 3600)


def logs_env(app: str, store_url: str, budget: int = 1) -> dict[str, str]:
    """The environment the Job gives the script: what the library renders for this store and budget."""
    return LogVerification(store=store_url, query=query(app), within_seconds=budget).env


def test_the_apps_newest_line_in_the_store_passes(check: tuple[str, Runner], store: tuple[FakeStore, str]) -> None:
    app, run = check
    fake, url = store
    done = run(**logs_env(app, url))
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith(f"verify {app}: PASS "), done.stdout
    found = done.stdout.rsplit("; ", 1)[1]
    assert found.startswith(f"logs: newest line at {NEWEST}, found in "), done.stdout
    assert found.endswith(f" s (query: {query(app)})\n"), done.stdout
    assert fake.asks == [{"query": [query(app)], "limit": ["1"]}], "the LogsQL query, decoded as sent; the newest line"


def test_lines_that_reach_the_store_later_within_the_budget_pass(
    check: tuple[str, Runner], store: tuple[FakeStore, str]
) -> None:
    app, run = check
    fake, url = store
    fake.empty_asks = 1  # the collector ships its batch a moment later
    done = run(**logs_env(app, url, budget=10))
    assert done.returncode == 0, done.stdout
    assert len(fake.asks) == 2, "asked again a second later"


def test_no_line_of_the_app_fails_after_the_budget(check: tuple[str, Runner], store: tuple[FakeStore, str]) -> None:
    app, run = check
    fake, url = store
    fake.lines = []
    done = run(**logs_env(app, url))
    assert done.returncode == 1
    assert done.stdout == (
        f"verify {app}: FAIL logs: no line of the app in the log store within 1 s (the budget; query: {query(app)})\n"
    )
    assert len(fake.asks) >= 1


def test_a_store_slower_than_the_budget_fails(check: tuple[str, Runner], store: tuple[FakeStore, str]) -> None:
    app, run = check
    fake, url = store
    fake.sleep = 3
    done = run(**logs_env(app, url))
    assert done.returncode == 1
    host = url.removeprefix("http://")
    assert done.stdout == (
        f"verify {app}: FAIL logs: the log store at {host} gave no answer within 1 s (the budget; query: "
        f"{query(app)})\n"
    )


def test_a_store_that_is_down_fails(check: tuple[str, Runner]) -> None:
    app, run = check
    host = f"127.0.0.1:{test_verify.free_port()}"
    done = run(**logs_env(app, f"http://{host}"))
    assert done.returncode == 1
    assert done.stdout == (
        f"verify {app}: FAIL logs: the log store at {host} cannot be reached within 1 s (the budget; query: "
        f"{query(app)})\n"
    )


def test_an_error_from_the_store_fails_with_what_it_said(
    check: tuple[str, Runner], store: tuple[FakeStore, str]
) -> None:
    app, run = check
    fake, url = store
    fake.status = 400
    done = run(**logs_env(app, url))
    assert done.returncode == 1
    assert done.stdout.startswith(
        f"verify {app}: FAIL logs: the log store at {url.removeprefix('http://')} answered HTTP 400 (cannot parse "
        "query [_time:]: missing duration) within 1 s"
    ), done.stdout


def test_without_a_log_store_the_check_asks_none(check: tuple[str, Runner], store: tuple[FakeStore, str]) -> None:
    _, run = check
    fake, _ = store
    done = run()
    assert done.returncode == 0 and "logs:" not in done.stdout
    assert fake.asks == []
