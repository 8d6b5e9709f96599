"""The Makefile's own contract: what a make variable holds never runs as a command."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import ROOT


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


def test_base_reaches_diff_py_as_one_argument_and_no_base_as_none() -> None:
    assert diff_command("BASE=origin/main") == ".venv/bin/python tools/diff.py '--base=origin/main'"
    assert diff_command() == ".venv/bin/python tools/diff.py "
