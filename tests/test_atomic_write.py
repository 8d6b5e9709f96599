"""lib/output.py's write, stopped between every two of its steps: dist/ is always the old tree or
the new one, whole, and the next write removes what the stopped one left beside it."""

from __future__ import annotations

import ctypes
import errno
import json
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT
from test_foundation import tree

import lib.output
from lib.manifests import Manifest, Units
from lib.output import OutputError, write


def config_map(name: str, value: str) -> Manifest:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name}, "data": {"value": value}}


# The new render changes an object, adds one, drops a unit and adds another: any mix of the two shows.
OLD: Units = {
    "a": [config_map("a1", "old"), config_map("a2", "old")],
    "b": [config_map("b1", "old")],
    "c": [config_map("c1", "old")],
}
NEW: Units = {
    "a": [config_map("a1", "new")],
    "b": [config_map("b1", "old"), config_map("b2", "new")],
    "d": [config_map("d1", "new")],
}
STEPS_REPLACING = ["cleaned", "staged", "wrote a", "wrote b", "wrote d", "exchanged", "done"]
STEPS_CREATING = ["cleaned", "staged", "wrote a", "wrote b", "wrote d", "renamed", "done"]

# The write in a process of its own that sends itself `signal` once `step` is done.
DIE_AFTER = """
import json, os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import lib.output
units, outdir, step, number = json.loads(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], int(sys.argv[5])
lib.output.STEP_HOOK = lambda done: os.kill(os.getpid(), number) if done == step else None
lib.output.write(units, outdir)
"""


def written(units: Units, folder: Path) -> dict[str, bytes]:
    write(units, folder)
    return tree(folder)


@pytest.fixture(scope="module")
def old_tree(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return written(OLD, tmp_path_factory.mktemp("old") / "dist")


@pytest.fixture(scope="module")
def new_tree(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return written(NEW, tmp_path_factory.mktemp("new") / "dist")


def steps_of_a_write(outdir: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    steps: list[str] = []
    monkeypatch.setattr(lib.output, "STEP_HOOK", steps.append)
    write(NEW, outdir)
    monkeypatch.setattr(lib.output, "STEP_HOOK", None)
    return steps


def test_the_steps_of_a_write_are_the_ones_the_kill_tests_stop_between(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert steps_of_a_write(tmp_path / "dist", monkeypatch) == STEPS_CREATING
    assert steps_of_a_write(tmp_path / "dist", monkeypatch) == STEPS_REPLACING


def beside(outdir: Path) -> list[str]:
    return sorted(p.name for p in outdir.parent.iterdir())


@pytest.mark.parametrize("number", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
@pytest.mark.parametrize("step", STEPS_REPLACING)
def test_a_write_killed_after_any_step_leaves_dist_old_or_new_and_the_next_cleans_up(
    tmp_path: Path, step: str, number: signal.Signals, old_tree: dict[str, bytes], new_tree: dict[str, bytes]
) -> None:
    outdir = tmp_path / "dist"
    write(OLD, outdir)
    command = [sys.executable, "-c", DIE_AFTER, str(ROOT), json.dumps(NEW), str(outdir), step, str(int(number))]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode != 0, "the write must have been stopped"
    swapped = STEPS_REPLACING.index(step) >= STEPS_REPLACING.index("exchanged")
    assert tree(outdir) == (new_tree if swapped else old_tree)
    if number == signal.SIGINT:  # Python's KeyboardInterrupt: the write removes its staging folder on the way out
        assert beside(outdir) == ["dist"]
    write(NEW, outdir)
    assert tree(outdir) == new_tree
    assert beside(outdir) == ["dist"], "the next write removes what the killed one left"


@pytest.mark.parametrize("step", STEPS_CREATING)
def test_a_first_write_killed_after_any_step_leaves_no_dist_or_all_of_it(
    tmp_path: Path, step: str, new_tree: dict[str, bytes]
) -> None:
    outdir = tmp_path / "dist"
    command = [sys.executable, "-c", DIE_AFTER, str(ROOT), json.dumps(NEW), str(outdir), step, str(signal.SIGKILL)]
    assert subprocess.run(command, capture_output=True, check=False).returncode == -signal.SIGKILL
    if STEPS_CREATING.index(step) >= STEPS_CREATING.index("renamed"):
        assert tree(outdir) == new_tree
    else:
        assert not outdir.exists()
    write(NEW, outdir)
    assert (tree(outdir), beside(outdir)) == (new_tree, ["dist"])


@pytest.mark.parametrize("step", STEPS_REPLACING)
def test_ctrl_c_after_any_step_leaves_dist_old_or_new_and_nothing_beside_it(
    tmp_path: Path,
    step: str,
    monkeypatch: pytest.MonkeyPatch,
    old_tree: dict[str, bytes],
    new_tree: dict[str, bytes],
) -> None:
    outdir = tmp_path / "dist"
    write(OLD, outdir)

    def interrupt(done: str) -> None:
        if done == step:
            raise KeyboardInterrupt

    monkeypatch.setattr(lib.output, "STEP_HOOK", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write(NEW, outdir)
    swapped = STEPS_REPLACING.index(step) >= STEPS_REPLACING.index("exchanged")
    assert (tree(outdir), beside(outdir)) == (new_tree if swapped else old_tree, ["dist"])


def test_only_the_leftovers_of_this_outdir_are_removed(tmp_path: Path) -> None:
    outdir = tmp_path / "dist"
    write(OLD, outdir)
    for name in [".dist-staging-abc_1234", ".dist-old-zz9xy8w7"]:  # as tempfile names them: 8 characters
        (tmp_path / name / "ollama").mkdir(parents=True)
    keep = [".dist-staging-notes", ".dist-old-abcdefgh.txt", ".diff-staging-abcdefgh", ".dist-staging-link1234"]
    (tmp_path / keep[0]).mkdir()
    (tmp_path / keep[1]).write_text("not a folder")
    (tmp_path / keep[2]).mkdir()
    (tmp_path / keep[3]).symlink_to(tmp_path / keep[2])
    write(NEW, outdir)
    assert beside(outdir) == sorted(["dist", *keep])


@pytest.mark.parametrize(
    ("renameat2", "words"),
    [
        (None, "atomically: the C library has no renameat2 .*; it is unchanged$"),
        (
            lambda *args: fail(errno.EINVAL),
            "atomically: its filesystem cannot exchange two folders .*; it is unchanged$",
        ),
        (lambda *args: fail(errno.ENOSPC), "^cannot write .*: No space left on device; it is unchanged$"),
    ],
    ids=["no renameat2", "EINVAL", "ENOSPC"],
)
def test_an_exchange_that_cannot_happen_leaves_dist_unchanged(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    renameat2: Callable[..., int] | None,
    words: str,
    old_tree: dict[str, bytes],
) -> None:
    outdir = tmp_path / "dist"
    write(OLD, outdir)
    monkeypatch.setattr(lib.output, "_renameat2", lambda: renameat2)
    with pytest.raises(OutputError, match=words):
        write(NEW, outdir)
    assert (tree(outdir), beside(outdir)) == (old_tree, ["dist"])


def fail(code: int) -> int:
    """A C call that failed with `code`, as ctypes reports it."""
    ctypes.set_errno(code)
    return -1
