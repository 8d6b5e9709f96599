"""The Makefile's own contract: it takes VALUES, OUTDIR and BASE and nothing else, and what a make
variable holds never runs as a command."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import yaml
from conftest import LIBRARY_VALUES, ROOT


def make(*args: str) -> subprocess.CompletedProcess[str]:
    """`make` in the checkout, as a person runs it (not as a sub-make of `make test`)."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(["make", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False)


def test_a_hostile_base_is_a_revision_name_never_a_command(tmp_path: Path) -> None:
    # A branch may be called x`id` (git allows ` $ ( ) ; and '): each way into a shell or into make.
    markers = [tmp_path / f"ran-{n}" for n in range(4)]
    base = f"x`touch {markers[0]}`$(touch {markers[1]})';touch {markers[2]};'$(shell touch {markers[3]})"
    done = make("--silent", "diff", f"BASE={base}")
    assert [m.name for m in markers if m.exists()] == []
    assert done.returncode == 2
    assert done.stdout == ""
    error, make_line = done.stderr.splitlines()
    assert error == f"error: unknown revision: {base}"
    assert make_line.startswith("make: *** ") and make_line.endswith("Error 2")


def diff_command(*args: str) -> str:
    """The command `make diff` runs, read from a dry run."""
    (line,) = [line for line in make("--dry-run", "diff", *args).stdout.splitlines() if "tools/diff.py" in line]
    return line


def test_base_and_values_reach_diff_py_as_one_argument_each() -> None:
    command = '.venv/bin/python tools/diff.py --values="$HOMELAB_VALUES" ${HOMELAB_BASE:+--base="$HOMELAB_BASE"}'
    assert diff_command("BASE=origin/main") == diff_command() == command, "values in the environment, not the text"


def test_an_unknown_variable_is_refused_not_ignored() -> None:
    done = make("--dry-run", "synth", "VALUE=values-staging.yaml")
    assert done.returncode == 2
    assert "unknown variable VALUE; make takes VALUES OUTDIR BASE PYTHON" in done.stderr


def test_a_second_environment_renders_its_own_values_into_its_own_folder(tmp_path: Path) -> None:
    staging = yaml.safe_load(LIBRARY_VALUES.read_text())
    staging["gitops"]["path"] = "dist-staging"
    staging["apps"]["ollama"]["host"] = "ollama.staging.example.com"
    values = tmp_path / "values-staging.yaml"
    values.write_text(yaml.safe_dump(staging))
    hostile = tmp_path / "out `touch ran`$(touch ran)"
    done = make("--silent", "synth", f"VALUES={values}", f"OUTDIR={hostile}")
    assert done.returncode == 0, done.stderr
    assert not (ROOT / "ran").exists() and not (tmp_path / "ran").exists()
    route = (hostile / "ollama" / "IngressRoute.ollama-ingress.k8s.yaml").read_text()
    assert "ollama.staging.example.com" in route, "the staging values, not the homelab's"
