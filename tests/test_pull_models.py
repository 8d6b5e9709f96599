"""The model init containers' scripts, run for real against a fake `ollama`: `pull-models` (story
AC5), and `prune-models` and `create-models` (lib/scripts/manage-models.sh: Ollama's models as code).

Each test runs a script with `sh` (and `dash`, the ollama image's /bin/sh, when installed) with a
fake `ollama` first on PATH. The fake is driven by files in a state folder (FAKE_OLLAMA_STATE): which
models are on the volume, how each `pull`, `create` or `rm` behaves, whether the server starts and
`list` answers. Unless a test asks for the real one, `sleep` is faked as well: it records its argument
and returns at once, so the backoff (and the wait for the server) can be asserted without waiting.
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
from conftest import LIBRARY_VALUES, ROOT, find, parse, render_values

from lib.constructs.ollama import CREATED_MODELS_DIR, MODELFILES, OllamaSettings
from lib.values.schema import Values

SCRIPT = ROOT / "lib" / "scripts" / "pull-models.sh"
MANAGE_SCRIPT = ROOT / "lib" / "scripts" / "manage-models.sh"
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
#   list_fails_from    `list` fails from this call on (the first is the scripts' wait for the server)
#   list_headless      `list` prints the models without its NAME header
#   models/KEY         the model is on the volume (`show` succeeds); holds the name `list` prints
#   pull/KEY           how `pull` behaves: ok (default), fail N (then ok), always-fail, no-marker, hang
#   create/KEY         how `create` behaves: ok (default), fail, hang
#   rm_fails           `rm` fails
# Like Ollama, the fake tells models apart by their full name, whatever the case: `llama3.2` is
# `llama3.2:latest`, `registry.ollama.ai/library/` is implied, and `list` prints the short form.
# KEY is that short form in lowercase, with `/` and `:` replaced by `_`. Every call is appended to
# `calls`; `create` keeps the Modelfile it read in created/KEY, and the folder it read it from (its
# entries) in created/KEY.folder.
set -u
state=$FAKE_OLLAMA_STATE
display() {
  d=$1
  case ${d##*/} in *:*) ;; *) d=$d:latest ;; esac
  case $(lower "$d") in registry.ollama.ai/*) d=${d#*/} ;; esac
  case $(lower "$d") in */*/*) ;; library/*) d=${d#*/} ;; esac
  printf '%s' "$d"
}
lower() { printf '%s' "$1" | tr 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' 'abcdefghijklmnopqrstuvwxyz'; }
key() { lower "$(display "$1")" | tr '/:' '__'; }
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
  if [ -e "$state/list_fails_from" ] && [ "$n" -ge "$(cat "$state/list_fails_from")" ]; then
    echo "Error: something went wrong, please see the ollama server logs for details" >&2
    exit 1
  fi
  [ -e "$state/list_headless" ] || echo "NAME    ID    SIZE    MODIFIED"
  for model in "$state"/models/*; do
    [ -e "$model" ] || continue
    echo "$(cat "$model")    a80c4f17acd5    1.3 GB    2 weeks ago"
  done
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
  display "$1" >"$state/models/$k"
  echo "success"
  ;;
create)
  [ "$#" -eq 3 ] && [ "$2" = -f ] || { echo "fake ollama: expected create NAME -f MODELFILE" >&2; exit 97; }
  k=$(key "$1")
  base=$(sed -n 's/^FROM //p' "$3")
  if [ -z "$base" ] || [ ! -e "$state/models/$(key "$base")" ]; then
    echo "Error: pull model manifest: file does not exist ($base)" >&2
    exit 1
  fi
  case $(cat "$state/create/$k" 2>/dev/null || echo ok) in
  ok) ;;
  fail)
    echo "Error: invalid float value [hot]" >&2
    exit 1
    ;;
  hang)
    echo "$$" >"$state/create.pid"
    exec @REAL_SLEEP@ 30
    ;;
  esac
  cp "$3" "$state/created/$k"
  ls -A "$(dirname "$3")" >"$state/created/$k.folder"
  display "$1" >"$state/models/$k"
  echo "success"
  ;;
rm)
  if [ -e "$state/rm_fails" ] || [ ! -e "$state/models/$(key "$1")" ]; then
    echo "Error: model '$1' not found" >&2
    exit 1
  fi
  rm "$state/models/$(key "$1")"
  echo "deleted '$1'"
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


def _display(model: str) -> str:
    """The name `ollama list` prints for a model, as the fake (and Ollama) shortens it."""
    if ":" not in model.rpartition("/")[2]:
        model += ":latest"
    if model.lower().startswith("registry.ollama.ai/"):
        model = model.partition("/")[2]
    if model.lower().startswith("library/") and model.count("/") == 1:
        model = model.partition("/")[2]
    return model


def _key(model: str) -> str:
    return _display(model).lower().replace("/", "_").replace(":", "_")


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
    """A bin folder with the fakes, a state folder driving them, and a way to run the scripts."""

    def __init__(self, root: Path, shell: str) -> None:
        self.shell = shell
        self.root = root
        self.bin = root / "bin"
        self.state = root / "state"
        self.records = root / "volume" / "created-models"  # CREATED_MODELS_DIR
        for folder in (self.bin, *(self.state / f for f in ("models", "pull", "create", "created"))):
            folder.mkdir(parents=True)
        self._write_exe(self.bin / "ollama", FAKE_OLLAMA.replace("@REAL_SLEEP@", REAL_SLEEP))

    def _write_exe(self, path: Path, text: str) -> None:
        path.write_text(text)
        path.chmod(0o755)

    # ---------------------------------------------------------------- arranging the fakes

    def on_volume(self, *models: str) -> None:
        for model in models:
            (self.state / "models" / _key(model)).write_text(_display(model))

    def off_volume(self, model: str) -> None:
        """The model removed by hand (`ollama rm` in the pod)."""
        (self.state / "models" / _key(model)).unlink()

    def modelfile(self, name: str, text: str) -> str:
        """A Modelfile as the ConfigMap of Modelfiles gives one: its path."""
        path = self.root / "modelfiles" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text)
        return str(path)

    def create_behaves(self, model: str, behaviour: str) -> None:
        (self.state / "create" / _key(model)).write_text(behaviour)

    def pull_behaves(self, model: str, behaviour: str) -> None:
        (self.state / "pull" / _key(model)).write_text(behaviour)

    def flag(self, name: str, content: str = "") -> None:
        (self.state / name).write_text(content)

    # ---------------------------------------------------------------- running the script

    def run(self, *models: str, fake_sleep: bool = True, **env: str) -> Result:
        """pull-models.sh MODEL..."""
        return self._run(SCRIPT, models, fake_sleep, env)

    def manage(self, *args: str, **env: str) -> Result:
        """manage-models.sh prune MODEL... or manage-models.sh create NAME MODELFILE..."""
        return self._run(MANAGE_SCRIPT, args, True, {"CREATED_MODELS_DIR": str(self.records), **env})

    def _run(self, script: Path, args: tuple[str, ...], fake_sleep: bool, env: dict[str, str]) -> Result:
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
            [self.shell, str(script), *args],
            env=full_env,
            cwd=self.root,
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

    def forget_calls(self) -> None:
        (self.state / "calls").unlink(missing_ok=True)

    def pulls(self) -> list[str]:
        return [c.removeprefix("pull ") for c in self.calls() if c.startswith("pull ")]

    def creates(self) -> list[str]:
        return [c.removeprefix("create ") for c in self.calls() if c.startswith("create ")]

    def removals(self) -> list[str]:
        return [c.removeprefix("rm ") for c in self.calls() if c.startswith("rm ")]

    def received_modelfile(self, model: str) -> str:
        """The Modelfile `ollama create` last read for the model."""
        return (self.state / "created" / _key(model)).read_text()

    def received_folder(self, model: str) -> list[str]:
        """The entries of the folder `ollama create` read the model's Modelfile from."""
        return (self.state / "created" / f"{_key(model)}.folder").read_text().split()

    def record(self, model: str) -> Path:
        """Where create-models keeps the Modelfile a custom model was last created from."""
        return self.records / _display(model).lower()

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


# -------------------------------------------------------------------- create-models: custom models

ASSISTANT = '''# assistant: a custom model
FROM llama3.2:1b
PARAMETER temperature 0.2
SYSTEM """You answer in one sentence."""
'''


def test_custom_model_is_created_from_its_modelfile_which_is_kept_on_the_volume(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    result = harness.manage("create", "assistant", harness.modelfile("0.Modelfile", ASSISTANT))
    assert result.returncode == 0, result.output
    assert harness.creates() == ["assistant"]
    assert harness.received_modelfile("assistant") == ASSISTANT
    assert harness.is_on_volume("assistant:latest")
    assert harness.record("assistant").read_text() == ASSISTANT
    assert result.lines[-2:] == ["create-models: assistant: created", "create-models: all custom models present"]


def test_unchanged_custom_model_is_skipped_on_the_next_start(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    modelfile = harness.modelfile("0.Modelfile", ASSISTANT)
    assert harness.manage("create", "assistant", modelfile).returncode == 0
    harness.forget_calls()
    result = harness.manage("create", "assistant", modelfile)
    assert result.returncode == 0, result.output
    assert harness.creates() == []
    assert "create-models: assistant: unchanged, skipped" in result.lines


def test_changed_custom_model_is_re_created(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    assert harness.manage("create", "assistant", harness.modelfile("0.Modelfile", ASSISTANT)).returncode == 0
    changed = ASSISTANT.replace("temperature 0.2", "temperature 0.7")
    harness.forget_calls()
    result = harness.manage("create", "assistant", harness.modelfile("0.Modelfile", changed))
    assert result.returncode == 0, result.output
    assert harness.creates() == ["assistant"]
    assert harness.received_modelfile("assistant") == changed
    assert harness.record("assistant").read_text() == changed
    assert "create-models: assistant: re-created, its Modelfile changed" in result.lines


def test_custom_model_removed_by_hand_is_created_again(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    modelfile = harness.modelfile("0.Modelfile", ASSISTANT)
    assert harness.manage("create", "assistant", modelfile).returncode == 0
    harness.off_volume("assistant")
    harness.forget_calls()
    result = harness.manage("create", "assistant", modelfile)
    assert result.returncode == 0, result.output
    assert harness.creates() == ["assistant"]
    assert "create-models: assistant: created" in result.lines


def test_model_of_that_name_made_by_hand_is_re_created_from_the_values(harness: Harness) -> None:
    """No record of how it was made: it may be anything, so it is made again."""
    harness.on_volume("llama3.2:1b", "assistant")
    result = harness.manage("create", "assistant", harness.modelfile("0.Modelfile", ASSISTANT))
    assert result.returncode == 0, result.output
    assert harness.creates() == ["assistant"]
    assert "create-models: assistant: re-created, the Modelfile it was made from is unknown" in result.lines


def test_custom_models_are_created_in_order_one_from_another(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    longer = "FROM assistant\nPARAMETER num_ctx 8192\n"
    result = harness.manage(
        "create",
        "assistant",
        harness.modelfile("0.Modelfile", ASSISTANT),
        "assistant-long:8k",
        harness.modelfile("1.Modelfile", longer),
    )
    assert result.returncode == 0, result.output
    assert harness.creates() == ["assistant", "assistant-long:8k"]
    assert harness.record("assistant-long:8k").read_text() == longer


def test_ollama_create_reads_the_modelfile_alone_in_a_private_folder(harness: Harness) -> None:
    """Ollama tries FROM as a path beside the Modelfile first: nothing else may be there."""
    harness.on_volume("llama3.2:1b")
    modelfile = harness.modelfile("0.Modelfile", ASSISTANT)
    harness.modelfile("llama3.2:1b", "not a model")  # a file named like the base, beside the Modelfile
    assert harness.manage("create", "assistant", modelfile).returncode == 0
    assert harness.received_folder("assistant") == [".Modelfile"]


def test_failed_create_stops_the_creates_after_it_and_keeps_no_record(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    harness.create_behaves("assistant", "fail")
    result = harness.manage(
        "create",
        "assistant",
        harness.modelfile("0.Modelfile", ASSISTANT),
        "other",
        harness.modelfile("1.Modelfile", "FROM llama3.2:1b\nPARAMETER num_ctx 8192\n"),
    )
    assert result.returncode != 0, result.output
    assert harness.creates() == ["assistant"]
    assert "Error: invalid float value [hot]" in result.lines, "Ollama's own error is in the log"
    assert "create-models: ERROR: assistant: ollama create failed" in result.lines
    assert "create-models: ERROR: other: not created, as a model before it failed" in result.lines
    assert "create-models: ERROR: 2 custom model(s) missing; the server will not start" in result.lines
    assert not harness.record("assistant").exists()


def test_a_failed_re_create_forgets_the_old_record_so_the_next_start_tries_again(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    assert harness.manage("create", "assistant", harness.modelfile("0.Modelfile", ASSISTANT)).returncode == 0
    harness.create_behaves("assistant", "fail")
    changed = harness.modelfile("0.Modelfile", ASSISTANT.replace("0.2", "hot"))
    assert harness.manage("create", "assistant", changed).returncode != 0
    assert not harness.record("assistant").exists()


def test_names_and_modelfile_paths_are_single_arguments_never_evaluated(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    odd = "x$(touch pwned) *; y"  # run in the harness's folder: `pwned` would land there
    result = harness.manage("create", odd, harness.modelfile("a file; $(touch pwned)", ASSISTANT))
    assert result.returncode == 0, result.output
    assert harness.creates() == [odd]
    assert f"create-models: {odd}: created" in result.lines
    assert not (harness.root / "pwned").exists()


@pytest.mark.parametrize(
    ("args", "env", "error"),
    [
        (("create",), {}, "create-models: ERROR: create needs a NAME and a MODELFILE"),
        (("create", "assistant"), {}, "create-models: ERROR: create takes pairs of NAME and MODELFILE"),
        (("create", "assistant", "/nowhere"), {}, "create-models: ERROR: assistant: no Modelfile at /nowhere"),
        (
            ("create", "me/assistant", "/nowhere"),
            {},
            "create-models: ERROR: me/assistant: a custom model's name has no '/'",
        ),
        (
            ("create", "assistant", "/nowhere"),
            {"CREATED_MODELS_DIR": ""},
            "create-models: ERROR: CREATED_MODELS_DIR must name a folder on the model volume",
        ),
        (("prune",), {}, "prune-models: ERROR: prune needs the models to keep; with none it would remove every model"),
        (("pull", "llama3.2:1b"), {}, "manage-models: ERROR: expected prune or create, got 'pull'"),
    ],
)
def test_wrong_arguments_are_refused_before_the_server_starts(
    harness: Harness, args: tuple[str, ...], env: dict[str, str], error: str
) -> None:
    result = harness.manage(*args, **env)
    assert result.returncode == 2, result.output
    assert result.lines[0] == error
    assert harness.calls() == [], "ollama must not even be started"


# -------------------------------------------------------------------- prune-models


def test_prune_removes_every_model_not_listed_one_log_line_each(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b", "mistral:7b", HF_MODEL)
    result = harness.manage("prune", "llama3.2:1b")
    assert result.returncode == 0, result.output
    assert sorted(harness.removals()) == sorted(["mistral:7b", HF_MODEL])
    assert f"prune-models: {HF_MODEL}: not listed, removed" in result.lines
    assert "prune-models: mistral:7b: not listed, removed" in result.lines
    assert result.lines[-1] == "prune-models: removed 2 model(s) not listed"
    assert harness.is_on_volume("llama3.2:1b")
    assert not harness.is_on_volume("mistral:7b")


@pytest.mark.parametrize(
    ("listed", "on_volume"),
    [
        ("llama3.2", "llama3.2:latest"),  # no tag is :latest
        ("llama3.2:latest", "llama3.2"),
        ("library/llama3.2:1b", "llama3.2:1b"),  # Ollama's default namespace
        ("registry.ollama.ai/library/llama3.2:1b", "llama3.2:1b"),  # and registry
        ("LLaMA3.2:1B", "llama3.2:1b"),  # Ollama compares names whatever their case
        (HF_MODEL.lower(), HF_MODEL),
        ("hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF", "hf.co/bartowski/llama-3.2-1b-instruct-gguf:latest"),
        ("assistant", "assistant:latest"),  # a custom model is listed like a pulled one
    ],
)
def test_prune_never_removes_a_listed_model_however_it_is_spelled(
    harness: Harness, listed: str, on_volume: str
) -> None:
    harness.on_volume(on_volume, "unlisted:1b")
    result = harness.manage("prune", listed, "qwen2.5:0.5b")
    assert result.returncode == 0, result.output
    assert harness.removals() == ["unlisted:1b"]
    assert harness.is_on_volume(on_volume)


def test_prune_with_every_model_listed_removes_nothing(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    result = harness.manage("prune", "llama3.2:1b", "assistant")
    assert result.returncode == 0, result.output
    assert harness.removals() == []
    assert result.lines[-1] == "prune-models: removed 0 model(s) not listed"


def test_failed_ollama_list_aborts_pruning_and_removes_nothing(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b", "mistral:7b")
    harness.flag("list_fails_from", "2")  # the first call is the wait for the server
    result = harness.manage("prune", "llama3.2:1b")
    assert result.returncode != 0, result.output
    assert harness.removals() == []
    assert harness.is_on_volume("mistral:7b")
    assert "prune-models: ERROR: ollama list failed, so nothing was removed" in result.lines
    assert any("please see the ollama server logs" in line for line in result.lines), "Ollama's error too"


def test_listing_without_its_header_removes_nothing(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b", "mistral:7b")
    harness.flag("list_headless")
    result = harness.manage("prune", "llama3.2:1b")
    assert result.returncode != 0, result.output
    assert harness.removals() == []
    assert (
        "prune-models: ERROR: ollama list printed no NAME header, so nothing was removed; it printed:" in result.lines
    )


def test_failed_removal_fails_the_step(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b", "mistral:7b")
    harness.flag("rm_fails")
    result = harness.manage("prune", "llama3.2:1b")
    assert result.returncode != 0, result.output
    assert "prune-models: ERROR: mistral:7b: not listed, but ollama rm failed" in result.lines
    assert result.lines[-1] == (
        "prune-models: ERROR: 1 model(s) not removed; the server will not start "
        "(pruneModels: false starts it without pruning)"
    )


def test_pruning_a_custom_model_forgets_its_modelfile(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    assert harness.manage("create", "assistant", harness.modelfile("0.Modelfile", ASSISTANT)).returncode == 0
    assert harness.record("assistant").exists()
    result = harness.manage("prune", "llama3.2:1b")
    assert result.returncode == 0, result.output
    assert harness.removals() == ["assistant:latest"]
    assert not harness.record("assistant").exists()


def test_without_prune_nothing_is_removed(harness: Harness) -> None:
    """pruneModels: false renders no prune-models step: pull-models removes nothing."""
    harness.on_volume("llama3.2:1b", "mistral:7b")
    result = harness.run("llama3.2:1b")
    assert result.returncode == 0, result.output
    assert harness.removals() == []
    assert harness.is_on_volume("mistral:7b")


def test_the_pods_three_steps_prune_then_pull_then_create(harness: Harness) -> None:
    """As the init containers run them: prune first (room for the pulls), create last."""
    harness.on_volume("mistral:7b", "assistant")
    modelfile = harness.modelfile("0.Modelfile", ASSISTANT)
    steps = [
        harness.manage("prune", "llama3.2:1b", "assistant"),
        harness.run("llama3.2:1b"),
        harness.manage("create", "assistant", modelfile),
    ]
    assert [step.returncode for step in steps] == [0, 0, 0], [step.output for step in steps]
    assert [c.split()[0] for c in harness.calls() if c.split()[0] in ("rm", "pull", "create")] == [
        "rm",
        "pull",
        "create",
    ]
    assert harness.removals() == ["mistral:7b"]
    assert "create-models: assistant: re-created, the Modelfile it was made from is unknown" in steps[2].lines


def test_sigterm_during_a_create_stops_it_and_the_server_at_once(harness: Harness) -> None:
    harness.on_volume("llama3.2:1b")
    harness.create_behaves("assistant", "hang")
    env = {
        **os.environ,
        "PATH": f"{harness.bin}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        "FAKE_OLLAMA_STATE": str(harness.state),
        "CREATED_MODELS_DIR": str(harness.records),
    }
    args = ["create", "assistant", harness.modelfile("0.Modelfile", ASSISTANT)]
    proc = subprocess.Popen(
        [harness.shell, str(MANAGE_SCRIPT), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    create_pid = harness.state / "create.pid"
    deadline = time.monotonic() + 10
    while not create_pid.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert create_pid.exists(), "the create never started"
    start = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    output, _ = proc.communicate(timeout=10)
    assert time.monotonic() - start < 5, "a pod being deleted must not wait for the create"
    assert proc.returncode == 143
    assert "create-models: stopped by a signal" in output
    for pid in (int(create_pid.read_text()), harness.serve_pid()):
        assert pid is not None and not _running_sleep(pid), f"pid {pid} outlived the script"
    assert not harness.record("assistant").exists()


def test_the_rendered_steps_run_as_the_script_expects(harness: Harness) -> None:
    """From a values file to the pod's three steps: the arguments, the Modelfiles at their paths."""
    data = yaml.safe_load(LIBRARY_VALUES.read_text())
    data["apps"]["ollama"].update(
        pruneModels=True,
        customModels=[{"name": "assistant", "from": "llama3.2:1b", "system": "Be brief.", "parameters": ["seed 42"]}],
    )
    objects = render_values(parse(yaml.safe_dump(data)))["ollama"]
    for key, text in find(objects, "ConfigMap", "ollama-modelfiles")["data"].items():
        harness.modelfile(key, text)
    steps = find(objects, "Deployment", "ollama")["spec"]["template"]["spec"]["initContainers"]
    assert [step["name"] for step in steps] == ["prune-models", "pull-models", "create-models"]
    harness.on_volume("mistral:7b")

    def start() -> list[Result]:
        results = []
        for step in steps:
            env = {e["name"]: e["value"] for e in step["env"]}
            assert env.get("CREATED_MODELS_DIR", CREATED_MODELS_DIR) == CREATED_MODELS_DIR
            args = [a.replace(MODELFILES, str(harness.root / "modelfiles")) for a in step["args"]]
            run = harness.run if step["name"] == "pull-models" else harness.manage
            results.append(run(*args))
        return results

    first = start()
    assert [r.returncode for r in first] == [0, 0, 0], [r.output for r in first]
    assert (harness.removals(), harness.pulls(), harness.creates()) == (["mistral:7b"], ["llama3.2:1b"], ["assistant"])
    assert 'SYSTEM """Be brief."""\n' in harness.received_modelfile("assistant")
    harness.forget_calls()
    again = start()
    assert [r.returncode for r in again] == [0, 0, 0], [r.output for r in again]
    assert (harness.removals(), harness.pulls(), harness.creates()) == ([], [], [])
    assert "create-models: assistant: unchanged, skipped" in again[2].lines
