"""Verify that Open WebUI works after a sync (story 6.2), through its Service and, when asked for, through
its public HTTPS route with the certificate verified.

Runs as the verification Job in Open WebUI's own image, which has python and no node:
`python3 -I verify-open-webui.py`, the standard library only. Prints one line, PASS with what it
measured or FAIL with what failed, and exits 0 or 1.

Checked: /ready answers 200 (start-up done, its database and, when configured, Redis answer; it answers
503 with the reason before); /api/config, which needs no account, names the release the values pin and
has authentication on; with VERIFY_PUBLIC_URL, https://<host>/health answers 200. It reports whether
sign-up is open and whether an account exists yet (until one does, the first to sign up becomes admin).

Environment: VERIFY_NAME (the app, for the line), VERIFY_URL (http://service:port, no path),
VERIFY_VERSION (optional: the release, e.g. 0.12.4), VERIFY_PUBLIC_URL (optional: https://host),
VERIFY_WAIT_SECONDS (for /ready to answer 200, default 120), VERIFY_TIMEOUT_SECONDS (per request,
default 30), VERIFY_LOGS_URL (optional: the log store's query of the app's newest line), VERIFY_LOGS_QUERY
(that query, for the line), VERIFY_LOGS_SECONDS (the log store's budget, default 60).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, NoReturn

PREFIX = f"verify {os.environ.get('VERIFY_NAME') or 'open-webui'}"
# No proxy from the environment: the Service is in the cluster, the host is the cluster's own route.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fail(message: str) -> NoReturn:
    print(f"{PREFIX}: FAIL {message}", flush=True)
    sys.exit(1)


def seconds(name: str, default: int) -> int:
    text = os.environ.get(name) or str(default)
    if not text.isdigit() or int(text) < 1:
        fail(f"{name} must be a whole number of seconds, got {text!r}")
    return int(text)


class Unanswered(Exception):
    """No HTTP answer at all: its one-line reason."""


class TooSlow(Unanswered):
    """No HTTP answer within the time given."""


def get(url: str, timeout: float) -> tuple[int, bytes, int]:
    """GET url: (status, body, milliseconds), or Unanswered."""
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "homelab-verify"})
    started = time.monotonic()
    try:
        with OPENER.open(request, timeout=timeout) as response:
            status, body = response.status, response.read(1_000_000)
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read(1_000_000)
    except TimeoutError:
        raise TooSlow(f"no answer within {timeout:g} s") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise TooSlow(f"no answer within {timeout:g} s") from None
        raise Unanswered(
            f"{type(reason).__name__}: {reason}" if isinstance(reason, Exception) else str(reason)
        ) from None
    except OSError as error:  # a connection reset mid-answer
        raise Unanswered(f"{type(error).__name__}: {error}") from None
    return status, body, round((time.monotonic() - started) * 1000)


def detail(body: bytes) -> str:
    """What Open WebUI says of an error, FastAPI's {"detail": ...}, as ` (<detail>)`, or nothing."""
    try:
        said = json.loads(body).get("detail")
    except (ValueError, AttributeError):
        return ""
    return f" ({said})" if isinstance(said, str) and said else ""


def logs(url: str, query: str, budget: int) -> str:
    """The app's recent lines in the log store: its newest line, asked for every second until one comes
    back or the budget runs out. The part of the PASS line, or FAIL."""
    store = urllib.parse.urlsplit(url).netloc
    started = time.monotonic()
    deadline = started + budget
    while True:
        try:
            status, body, _ = get(url, max(1.0, deadline - time.monotonic()))
            newest = re.search(rb'"_time": *"([^"]*)"', body) if status == 200 else None
            if newest:
                found = int(time.monotonic() - started)
                return f"logs: newest line at {newest[1].decode()}, found in {found} s (query: {query})"
            said = body[:120].decode(errors="replace").replace("\n", " ")
            last = (
                "no line of the app in the log store"
                if status == 200
                else (f"the log store at {store} answered HTTP {status} ({said})")
            )
        except TooSlow:
            last = f"the log store at {store} gave no answer"
        except Unanswered:
            last = f"the log store at {store} cannot be reached"
        if time.monotonic() >= deadline:
            fail(f"logs: {last} within {budget} s (the budget; query: {query})")
        time.sleep(1)


def main() -> None:
    base = (os.environ.get("VERIFY_URL") or fail("VERIFY_URL is required")).rstrip("/")
    version = os.environ.get("VERIFY_VERSION", "")
    public = os.environ.get("VERIFY_PUBLIC_URL", "").rstrip("/")
    wait, timeout = seconds("VERIFY_WAIT_SECONDS", 120), seconds("VERIFY_TIMEOUT_SECONDS", 30)

    ready = f"{base}/ready"
    deadline = time.monotonic() + wait
    while True:
        try:
            status, body, ms = get(ready, timeout)
            if status == 200:
                break
            last = f"answered HTTP {status}{detail(body)}"
        except Unanswered as reason:
            last = str(reason)
        if time.monotonic() >= deadline:
            fail(f"{ready} {last} (for {wait} s)")
        time.sleep(1)
    passed = [f"{ready} answered 200 in {ms} ms"]

    config_url = f"{base}/api/config"
    try:
        status, body, _ = get(config_url, timeout)
    except Unanswered as reason:
        fail(f"{config_url}: {reason}")
    if status != 200:
        fail(f"{config_url} answered HTTP {status}{detail(body)}")
    try:
        config: Any = json.loads(body)
        running, features = config["version"], config["features"]
        auth, signup = features["auth"], features.get("enable_signup")
    except (ValueError, KeyError, TypeError):
        fail(f"malformed answer from {config_url}: {body[:200].decode(errors='replace')}")
    if version and running != version:
        fail(f"{base} runs Open WebUI {running}, and the values pin {version}")
    if auth is not True:
        fail(f"{base} runs without authentication (features.auth is {json.dumps(auth)}): anyone may use it")
    facts = [f"Open WebUI {running}", "authentication on", "sign-up open" if signup else "sign-up closed"]
    if config.get("onboarding"):
        facts.append("no account yet: the first to sign up becomes its admin")
    passed[0] += f" ({', '.join(facts)})"

    if public:
        health = f"{public}/health"
        try:
            status, body, ms = get(health, timeout)
        except Unanswered as reason:
            fail(f"{health}: {reason}")
        if status != 200:
            fail(f"{health} answered HTTP {status}")
        passed.append(f"{health} answered 200 in {ms} ms (certificate verified)")
    if os.environ.get("VERIFY_LOGS_URL"):
        passed.append(
            logs(
                os.environ["VERIFY_LOGS_URL"],
                os.environ.get("VERIFY_LOGS_QUERY", ""),
                seconds("VERIFY_LOGS_SECONDS", 60),
            )
        )
    print(f"{PREFIX}: PASS {'; '.join(passed)}", flush=True)


if __name__ == "__main__":
    main()
