"""dist/ on disk: the one YAML dumper, and the atomic write of a checked render.

`write(units, outdir)` writes one folder per deploy unit, one file per object
(`<Kind>.<name>.k8s.yaml`) and a `kustomization.yaml` listing them, into a staging
folder beside `outdir`, then exchanges the two in one system call, Linux's
`renameat2(RENAME_EXCHANGE)`. Whenever the process dies (SIGKILL, SIGTERM, Ctrl-C, an
error), `outdir` is whole: the old tree or the new one, never missing, never mixed.
It stays a real folder: git, Argo CD and Flux read folders, and a symlink switched
between two trees would be committed as a symlink. What a killed run leaves beside
it (`.<outdir>-staging-*`, or `.<outdir>-old-*` from the two-rename swap before this
one) the next write removes.

No fsync: one per file costs about 3 ms here (200 ms a synth), and a kill needs none
(the kernel has the files); after a power cut, dist/ is restored from git like any file.

The write is a sequence of named steps, and `STEP_HOOK` is called after each: tests set
it to stop the process between any two steps; otherwise it is None, one comparison a step.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import functools
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from lib.manifests import MANIFEST_SUFFIX, Manifest, Units, file_name

KUSTOMIZATION = "kustomization.yaml"


class OutputError(Exception):
    """An output folder the synth cannot or must not replace. `str()` is the one line to print."""


class _Dumper(yaml.CSafeDumper if hasattr(yaml, "CSafeDumper") else yaml.SafeDumper):  # type: ignore[misc]
    """Block YAML, multi-line strings (scripts) as `|` blocks so they read and diff line by line."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_Dumper.add_representer(str, _represent_str)


def dump(obj: Any, *, sort_keys: bool = False) -> str:
    """One object as dist/ holds it: keys in the order cdk8s renders them (or sorted, for diffs)."""
    return yaml.dump(obj, Dumper=_Dumper, sort_keys=sort_keys, width=1_000_000, allow_unicode=True)


def write(units: Units, outdir: Path) -> None:
    """Replace `outdir` by the units, whole; raises OutputError when it cannot or must not."""
    _check_replaceable(outdir)
    try:
        outdir.parent.mkdir(parents=True, exist_ok=True)
        lock = os.open(outdir.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as err:
        raise OutputError(f"cannot write {outdir}: {err.strerror or err}") from None
    try:
        try:
            # One write at a time beside `outdir`, so that no leftover removed is another run's staging.
            # The lock is on the folder itself: no lock file, and the kernel drops it when the process dies.
            fcntl.flock(lock, fcntl.LOCK_EX)
            _remove_leftovers(outdir)
        except OSError as err:
            raise OutputError(f"cannot write {outdir}: {err.strerror or err}") from None
        _stepped("cleaned")
        _write_and_swap(units, outdir)
    finally:
        os.close(lock)
    _stepped("done")


#: Called with the name of each step of `write` once it is done; None but in tests.
STEP_HOOK: Callable[[str], None] | None = None


def _stepped(step: str) -> None:
    if STEP_HOOK is not None:
        STEP_HOOK(step)


def _write_and_swap(units: Units, outdir: Path) -> None:
    """Write the units into a staging folder and exchange it with `outdir`; the loser is removed."""
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}-staging-", dir=outdir.parent))
    except OSError as err:
        raise OutputError(f"cannot write {outdir}: {err.strerror or err}") from None
    try:
        _stepped("staged")
        for name, objects in units.items():
            _write_unit(staging / name, objects)
            _stepped(f"wrote {name}")
        if outdir.exists():
            _exchange(staging, outdir)
            _stepped("exchanged")
        else:
            staging.rename(outdir)
            _stepped("renamed")
    except OSError as err:
        raise OutputError(f"cannot write {outdir}: {err.strerror or err}; it is unchanged") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # the new tree if the swap did not happen, else the old


def _remove_leftovers(outdir: Path) -> None:
    """Remove what killed writes left beside `outdir`: only folders named as this module names them."""
    own = re.compile(rf"\.{re.escape(outdir.name)}-(staging|old)-[a-z0-9_]{{8}}")  # tempfile's 8 characters
    for path in outdir.parent.iterdir():
        if own.fullmatch(path.name) and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


_AT_FDCWD = -100  # <fcntl.h>: a path relative to the working folder
_RENAME_EXCHANGE = 2  # <linux/fs.h>: both paths must exist; each takes the other's place


@functools.cache
def _renameat2() -> Any:
    """libc's renameat2 (glibc 2.28 and later), or None."""
    function = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if function is not None:
        function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        function.restype = ctypes.c_int
    return function


def _exchange(staging: Path, outdir: Path) -> None:
    """Swap the two folders in one system call: every reader sees the old `outdir` or the new, whole."""
    renameat2 = _renameat2()
    if renameat2 is None:
        raise OutputError(
            f"cannot replace {outdir} atomically: the C library has no renameat2 (Linux, glibc 2.28+); it is unchanged"
        )
    if renameat2(_AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(outdir), _RENAME_EXCHANGE) == 0:
        return
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        raise OutputError(
            f"cannot replace {outdir} atomically: its filesystem cannot exchange two folders "
            f"(renameat2 RENAME_EXCHANGE: {os.strerror(code)}); it is unchanged"
        )
    raise OSError(code, os.strerror(code), str(outdir))


def _check_replaceable(outdir: Path) -> None:
    """Only a folder a synth wrote is replaced: `--outdir .` must never swap a checkout away."""
    if not outdir.exists() and not outdir.is_symlink():
        return
    if outdir.is_symlink() or not outdir.is_dir():
        raise OutputError(f"{outdir} exists and is not a folder; refusing to replace it")
    for unit in sorted(outdir.iterdir()):
        if unit.is_symlink() or not unit.is_dir():
            stranger: Path | None = unit
        else:
            stranger = next((f for f in sorted(unit.iterdir()) if not _is_output(f)), None)
        if stranger is not None:
            raise OutputError(
                f"{outdir} holds {stranger.relative_to(outdir)}, which a synth does not write; refusing to replace "
                "it (use an empty or new --outdir)"
            )


def _is_output(path: Path) -> bool:
    return (
        path.is_file() and not path.is_symlink() and (path.name == KUSTOMIZATION or path.name.endswith(MANIFEST_SUFFIX))
    )


def _write_unit(folder: Path, objects: list[Manifest]) -> None:
    folder.mkdir()
    files = []
    for obj in objects:
        file = file_name(obj)
        if file in files:
            raise ValueError(f"{folder.name}: two objects would be written to {file}")
        (folder / file).write_text(dump(obj))
        files.append(file)
    kustomization = {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization"}
    (folder / KUSTOMIZATION).write_text(dump({**kustomization, "resources": sorted(files)}))
