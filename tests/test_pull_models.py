"""The `pull-models` init container script, run for real against a fake `ollama` (story AC5).

Each test runs lib/scripts/pull-models.sh with `sh` (and `dash`, the ollama image's /bin/sh, when
installed) with a fake `ollama` first on PATH. The fake is driven by files in a state folder
(FAKE_OLLAMA_STATE): which models are on the volume, how each `pull` behaves, whether the server
starts. Unless a test asks for the real one, `sleep` is faked as well: it records its argument and
returns at once, so the backoff (and the wait for the server) can be asserted without waiting.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT

from lib.constructs.ollama import OllamaSettings
from lib.values.schema import Values

SCRIPT = ROOT / "lib" / "scripts" / "pull-models.sh"
DIST_OLLAMA = ROOT / "dist" / "ollama"
REAL_SLEEP = shutil.which("sleep") or "/bin/sleep"

# A model on a namespaced registry path: `/` and `:` must not break the fake's marker files.
HF_MODEL = "hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M"


def _shells() -> list[Any]:
    """`sh` always; `dash` too when it is installed and is not what `sh` already is."""
    found: dict[str, Any] = {}
    for name in ("sh", "dash"):
        path = shutil.which(name)
        if path is None:
            continue
        real = os.path.realpath(path)
        if real not in found:
            is_alias = Path(real).name != name
            found[real] = pytest.param(path, id=f"{name}={Path(real).name}" if is_alias else name)
    return list(found.values())


FAKE_OLLAMA = r"""#!/bin/sh
# Fake ollama for tests, driven by files in $FAKE_OLLAMA_STATE:
#   serve_fails        `serve` exits at once with an error (port taken)
#   list_failures      `list` fails this many times after the server is up, then succeeds
#   list_never         `list` always fails (the server never answers)
#   models/KEY         the model is on the volume: `show` succeeds
#   pull/KEY           how `pull` behaves: ok (default), fail N (then ok), always-fail, no-marker, hang
# KEY is the model name with `/` and `:` replaced by `_`. Every call is appended to `calls`.
set -u
state=$FAKE_OLLAMA_STATE
key() { printf '%s' "$1" | tr '/:' '__'; }
count() { n=$(cat "$1" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" >"$1"; echo "$n"; }
cmd=${1:-}
[ "$#" -gt 0 ] && shift
printf '%s\n' "$cmd${1:+ $1}" >>"$state/calls"
case $cmd in
serve)
  if [ -e "$state/serve_fails" ]; then
    echo "Error: listen tcp 127.0.0.1:11434: bind: address already in use" >&2
    : >"$state/serve.exited"
    exit 1
  fi
  echo "$$" >"$state/serve.pid"
  echo "fake ollama serve: listening on 127.0.0.1:11434"
  exec @REAL_SLEEP@ 30
  ;;
list)
  # Wait (really) until `serve` has started or failed, so the tests do not depend on timing.
  i=0
  while [ ! -e "$state/serve.pid" ] && [ ! -e "$state/serve.exited" ] && [ "$i" -lt 500 ]; do
    @REAL_SLEEP@ 0.01
    i=$((i + 1))
  done
  if [ ! -e "$state/serve.pid" ] || [ -e "$state/list_never" ]; then
    echo "Error: could not connect to ollama app, is it running?" >&2
    exit 1
  fi
  n=$(count "$state/list.count")
  if [ "$n" -le "$(cat "$state/list_failures" 2>/dev/null || echo 0)" ]; then
    echo "Error: could not connect to ollama app, is it running?" >&2
    exit 1
  fi
  echo "NAME    ID    SIZE    MODIFIED"
  ;;
show)
  [ -e "$state/models/$(key "$1")" ] || { echo "Error: model '$1' not found" >&2; exit 1; }
  echo "  Model"
  ;;
pull)
  k=$(key "$1")
  n=$(count "$state/pull.$k.count")
  behaviour=$(cat "$state/pull/$k" 2>/dev/null || echo ok)
  case $behaviour in
  ok) ;;
  "fail "*)
    if [ "$n" -le "${behaviour#fail }" ]; then
      echo "Error: pull model manifest: Get \"https://registry.ollama.ai/v2/library/$1\": EOF" >&2
      exit 1
    fi
    ;;
  always-fail)
    echo "Error: pull model manifest: dial tcp: lookup registry.ollama.ai: no such host" >&2
    exit 1
    ;;
  no-marker)
    echo "success"
    exit 0
    ;;
  hang)
    echo "$$" >"$state/pull.pid"
    echo "pulling manifest"
    exec @REAL_SLEEP@ 30
    ;;
  *)
    echo "fake ollama: unknown pull behaviour '$behaviour'" >&2
    exit 99
    ;;
  esac
  : >"$state/models/$k"
  echo "success"
  ;;
*)
  echo "fake ollama: unexpected command '$cmd'" >&2
  exit 98
  ;;
esac
"""

FAKE_SLEEP = """#!/bin/sh
echo "$*" >>"$FAKE_OLLAMA_STATE/sleeps"
"""


def _key(model: str) -> str:
    return model.replace("/", "_").replace(":", "_")


def _running_sleep(pid: int) -> bool:
    """Whether `pid` is still a live (not zombie) `sleep`, i.e. the fake server left behind."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z" and b"sleep" in cmdline


@dataclass
class Result:
    returncode: int
    output: str  # stdout and stderr interleaved, as `kubectl logs -c pull-models` shows them
    seconds: float

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()


class Harness:
    """A bin folder with the fakes, a state folder driving them, and a way to run the script."""

    def __init__(self, root: Path, shell: str) -> None:
        self.shell = shell
        self.bin = root / "bin"
        self.state = root / "state"
        for folder in (self.bin, self.state / "models", self.state / "pull"):
            folder.mkdir(parents=True)
        self._write_exe(self.bin / "ollama", FAKE_OLLAMA.replace("@REAL_SLEEP@", REAL_SLEEP))

    def _write_exe(self, path: Path, text: str) -> None:
        path.write_text(text)
        path.chmod(0o755)

    # ---------------------------------------------------------------- arranging the fakes

    def on_volume(self, *models: str) -> None:
        for model in models:
            (self.state / "models" / _key(model)).touch()

    def pull_behaves(self, model: str, behaviour: str) -> None:
        (self.state / "pull" / _key(model)).write_text(behaviour)

    def flag(self, name: str, content: str = "") -> None:
        (self.state / name).write_text(content)

    # ---------------------------------------------------------------- running the script

    def run(self, *models: str, fake_sleep: bool = True, **env: str) -> Result:
        if fake_sleep:
            self._write_exe(self.bin / "sleep", FAKE_SLEEP)
        else:
            (self.bin / "sleep").unlink(missing_ok=True)
        full_env = {
            **os.environ,
            "PATH": f"{self.bin}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
            "FAKE_OLLAMA_STATE": str(self.state),
            "PULL_ATTEMPTS": "3",
            "PULL_BACKOFF_SECONDS": "5",
            "SERVE_WAIT_SECONDS": "2",
            **env,
        }
        start = time.monotonic()
        proc = subprocess.run(
            [self.shell, str(SCRIPT), *models],
            env=full_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=30,
            check=False,
        )
        result = Result(proc.returncode, proc.stdout, time.monotonic() - start)
        pid = self.serve_pid()
        assert pid is None or not _running_sleep(pid), f"the fake `ollama serve` (pid {pid}) outlived the script"
        return result

    def cleanup(self) -> None:
        pid = self.serve_pid()
        if pid is not None and _running_sleep(pid):
            os.kill(pid, signal.SIGKILL)

    # ---------------------------------------------------------------- what happened

    def calls(self) -> list[str]:
        path = self.state / "calls"
        return path.read_text().splitlines() if path.exists() else []

    def pulls(self) -> list[str]:
        return [c.removeprefix("pull ") for c in self.calls() if c.startswith("pull ")]

    def sleeps(self) -> list[int]:
        path = self.state / "sleeps"
        return [int(s) for s in path.read_text().split()] if path.exists() else []

    def serve_pid(self) -> int | None:
        path = self.state / "serve.pid"
        return int(path.read_text()) if path.exists() else None

    def is_on_volume(self, model: str) -> bool:
        return (self.state / "models" / _key(model)).exists()


@pytest.fixture(params=_shells())
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    h = Harness(tmp_path, request.param)
    yield h
    h.cleanup()


# -------------------------------------------------------------------- skipping and pulling


def test_model_already_on_the_volume_is_skipped_without_pulling(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    result = harness.run("llama3.2:1b")
    assert result.returncode == 0, result.output
    assert harness.pulls() == []
    assert "pull-models: llama3.2:1b: already on the volume, skipped" in result.lines
    assert "pull-models: all 1 model(s) present" in result.lines


def test_missing_model_is_pulled_once(harness: Harness) -> None:
    result = harness.run(HF_MODEL)
    assert result.returncode == 0, result.output
    assert harness.pulls() == [HF_MODEL]
    assert harness.is_on_volume(HF_MODEL)
    assert f"pull-models: {HF_MODEL}: pulled" in result.lines
    assert harness.sleeps() == [], "no retry, so no backoff"


def test_restart_offline_succeeds_when_all_models_are_present(harness: Harness) -> None:
    models = ("llama3.2:1b", HF_MODEL)
    harness.on_volume(*models)
    for model in models:
        harness.pull_behaves(model, "always-fail")  # the registry is unreachable
    result = harness.run(*models)
    assert result.returncode == 0, result.output
    assert harness.pulls() == [], "a restart must not need the registry"
    assert "pull-models: all 2 model(s) present" in result.lines


def test_pull_failing_twice_then_succeeding_is_retried_with_doubling_backoff(harness: Harness) -> None:
    harness.pull_behaves("llama3.2:1b", "fail 2")
    result = harness.run("llama3.2:1b", PULL_ATTEMPTS="3", PULL_BACKOFF_SECONDS="5")
    assert result.returncode == 0, result.output
    assert harness.pulls() == ["llama3.2:1b"] * 3
    assert "pull-models: llama3.2:1b: pull attempt 1 of 3 failed, retrying in 5s" in result.lines
    assert "pull-models: llama3.2:1b: pull attempt 2 of 3 failed, retrying in 10s" in result.lines
    assert "pull-models: llama3.2:1b: pulled" in result.lines
    assert harness.sleeps() == [5, 10]


def test_backoff_keeps_doubling_over_many_attempts(harness: Harness) -> None:
    harness.pull_behaves("llama3.2:1b", "fail 4")
    result = harness.run("llama3.2:1b", PULL_ATTEMPTS="5", PULL_BACKOFF_SECONDS="1")
    assert result.returncode == 0, result.output
    assert len(harness.pulls()) == 5
    assert harness.sleeps() == [1, 2, 4, 8]


def test_pull_retry_really_waits_between_attempts(harness: Harness) -> None:
    """With the real `sleep`: PULL_BACKOFF_SECONDS=1 and one retry take about a second."""
    harness.pull_behaves("llama3.2:1b", "fail 1")
    result = harness.run("llama3.2:1b", fake_sleep=False, PULL_ATTEMPTS="2", PULL_BACKOFF_SECONDS="1")
    assert result.returncode == 0, result.output
    assert harness.pulls() == ["llama3.2:1b"] * 2
    assert 1.0 <= result.seconds < 5, result.seconds


def test_pull_always_failing_exits_non_zero_after_all_attempts_and_still_processes_other_models(
    harness: Harness,
) -> None:
    harness.pull_behaves("broken:7b", "always-fail")
    harness.on_volume("present:1b")
    result = harness.run("broken:7b", "missing:3b", "present:1b", PULL_ATTEMPTS="4", PULL_BACKOFF_SECONDS="1")
    assert result.returncode != 0, result.output
    assert harness.pulls() == ["broken:7b"] * 4 + ["missing:3b"]
    assert harness.sleeps() == [1, 2, 4], "no backoff after the last attempt"
    assert "pull-models: ERROR: broken:7b: pull failed after 4 attempt(s)" in result.lines
    assert "pull-models: ERROR: 1 model(s) missing; the server will not start" in result.lines
    # The models after the broken one were still handled.
    assert "pull-models: missing:3b: pulled" in result.lines
    assert "pull-models: present:1b: already on the volume, skipped" in result.lines
    assert harness.is_on_volume("missing:3b")
    # The registry's own error is in the container log too.
    assert any("no such host" in line for line in result.lines)


def test_every_failed_model_is_counted(harness: Harness) -> None:
    for model in ("a:1b", "b:1b"):
        harness.pull_behaves(model, "always-fail")
    result = harness.run("a:1b", "b:1b", PULL_ATTEMPTS="1")
    assert result.returncode != 0, result.output
    assert harness.pulls() == ["a:1b", "b:1b"]
    assert harness.sleeps() == []
    assert "pull-models: ERROR: 2 model(s) missing; the server will not start" in result.lines


def test_pull_reporting_success_without_the_model_on_the_volume_is_a_failure(harness: Harness) -> None:
    harness.pull_behaves("llama3.2:1b", "no-marker")
    result = harness.run("llama3.2:1b", PULL_ATTEMPTS="2")
    assert result.returncode != 0, result.output
    assert harness.pulls() == ["llama3.2:1b"] * 2
    assert "pull-models: llama3.2:1b: pulled" not in result.lines
    assert "pull-models: ERROR: llama3.2:1b: pull failed after 2 attempt(s)" in result.lines


def test_model_names_are_passed_as_single_arguments_never_evaluated(harness: Harness, tmp_path: Path) -> None:
    odd = f"x$(touch {tmp_path}/pwned) *; y"
    result = harness.run(odd, "two words")
    assert result.returncode == 0, result.output
    assert harness.pulls() == [odd, "two words"]
    assert not (tmp_path / "pwned").exists()


# -------------------------------------------------------------------- the private server


def test_no_models_exits_zero_without_starting_the_server(harness: Harness) -> None:
    result = harness.run()
    assert result.returncode == 0, result.output
    assert harness.calls() == [], "ollama must not even be started"
    assert result.lines == ["pull-models: no models listed, nothing to do"]


def test_waits_for_the_server_to_answer_before_pulling(harness: Harness) -> None:
    harness.flag("list_failures", "2")
    result = harness.run("llama3.2:1b", SERVE_WAIT_SECONDS="5")
    assert result.returncode == 0, result.output
    calls = harness.calls()
    assert "serve" in calls
    assert calls.count("list") == 3
    assert calls.index("pull llama3.2:1b") > max(i for i, c in enumerate(calls) if c == "list")
    assert harness.sleeps() == [1, 1]


def test_server_never_answering_fails_after_serve_wait_seconds_and_prints_its_log(harness: Harness) -> None:
    harness.flag("list_never")
    result = harness.run("llama3.2:1b", SERVE_WAIT_SECONDS="2")
    assert result.returncode != 0, result.output
    assert harness.sleeps() == [1, 1], "gives up after SERVE_WAIT_SECONDS one-second waits"
    assert harness.pulls() == []
    assert "pull-models: ERROR: the ollama server did not start within 2s; its log:" in result.lines
    assert "fake ollama serve: listening on 127.0.0.1:11434" in result.lines


def test_server_never_answering_really_gives_up_within_serve_wait_seconds(harness: Harness) -> None:
    harness.flag("list_never")
    result = harness.run("llama3.2:1b", fake_sleep=False, SERVE_WAIT_SECONDS="2")
    assert result.returncode != 0, result.output
    assert 2.0 <= result.seconds < 5, result.seconds


def test_server_exiting_at_start_fails_at_once_and_prints_its_log(harness: Harness) -> None:
    harness.flag("serve_fails")
    result = harness.run("llama3.2:1b", fake_sleep=False, SERVE_WAIT_SECONDS="2")
    assert result.returncode != 0, result.output
    assert result.seconds < 2, "a dead server is noticed without waiting SERVE_WAIT_SECONDS"
    assert harness.pulls() == []
    assert "pull-models: ERROR: the ollama server did not start within 2s; its log:" in result.lines
    assert "Error: listen tcp 127.0.0.1:11434: bind: address already in use" in result.lines


def test_server_is_stopped_when_the_script_ends(harness: Harness) -> None:
    # Harness.run also checks this after every run; here it is the point of the test.
    harness.on_volume("llama3.2:1b")
    assert harness.run("llama3.2:1b").returncode == 0
    pid = harness.serve_pid()
    assert pid is not None, "the fake server was started"
    assert not _running_sleep(pid)
    harness.pull_behaves("other:1b", "always-fail")
    assert harness.run("other:1b", PULL_ATTEMPTS="1").returncode != 0
    assert not _running_sleep(harness.serve_pid() or pid)


# -------------------------------------------------------------------- what the cluster runs


def test_configmap_carries_exactly_this_script() -> None:
    from lib.constructs.ollama import PULL_SCRIPT

    text = SCRIPT.read_text()
    assert text == PULL_SCRIPT
    configmap = yaml.safe_load((DIST_OLLAMA / "ConfigMap.ollama-pull-models.k8s.yaml").read_text())
    assert configmap["data"]["pull-models.sh"] == text
    deployment = yaml.safe_load((DIST_OLLAMA / "Deployment.ollama.k8s.yaml").read_text())
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]
    assert annotations["checksum/pull-models"] == hashlib.sha256(text.encode()).hexdigest()


def test_deployment_passes_models_as_args_not_in_a_shell_string(values: Values) -> None:
    deployment = yaml.safe_load((DIST_OLLAMA / "Deployment.ollama.k8s.yaml").read_text())
    (init,) = (c for c in deployment["spec"]["template"]["spec"]["initContainers"] if c["name"] == "pull-models")
    assert init["command"] == ["/bin/sh", "/scripts/pull-models.sh"]
    ollama = values.apps["ollama"]
    assert isinstance(ollama, OllamaSettings)
    assert init["args"] == list(ollama.models)
    assert ollama.models, "values-homelab.yaml lists models, so the init container exists"
    env = {e["name"]: e["value"] for e in init["env"]}
    assert env["PULL_ATTEMPTS"] == str(ollama.model_pull.attempts)
    assert env["PULL_BACKOFF_SECONDS"] == str(ollama.model_pull.backoff_seconds)


# -------------------------------------------------------------------- stopping


def test_sigterm_during_a_pull_stops_the_pull_and_the_server_at_once(harness: Harness) -> None:
    harness.pull_behaves("llama3.2:1b", "hang")
    env = {
        **os.environ,
        "PATH": f"{harness.bin}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "FAKE_OLLAMA_STATE": str(harness.state),
    }
    proc = subprocess.Popen(
        [harness.shell, str(SCRIPT), "llama3.2:1b"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    pull_pid = harness.state / "pull.pid"
    deadline = time.monotonic() + 10
    while not pull_pid.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pull_pid.exists(), "the pull never started"
    start = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    output, _ = proc.communicate(timeout=10)
    assert time.monotonic() - start < 5, "a pod being deleted must not wait for the pull"
    assert proc.returncode == 143
    assert "pull-models: stopped by a signal" in output
    for pid in (int(pull_pid.read_text()), harness.serve_pid()):
        assert pid is not None and not _running_sleep(pid), f"pid {pid} outlived the script"
