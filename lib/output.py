"""dist/ on disk: the one YAML dumper, and the atomic write of a checked render.

`write(units, outdir)` writes one folder per deploy unit, one file per object
(`<Kind>.<name>.k8s.yaml`) and a `kustomization.yaml` listing them, into a
staging folder beside `outdir` that then replaces it whole with two renames.
`outdir` is never half-written: on any error it stays as it was.
"""

from __future__ import annotations

import shutil
import tempfile
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
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}-staging-", dir=outdir.parent))
    except OSError as err:
        raise OutputError(f"cannot write {outdir}: {err.strerror or err}") from None
    try:
        for name, objects in units.items():
            _write_unit(staging / name, objects)
        _swap_in(staging, outdir)
    except OSError as err:
        raise OutputError(f"cannot write {outdir}: {err.strerror or err}; it is unchanged") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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


def _swap_in(staging: Path, outdir: Path) -> None:
    """Replace `outdir` by `staging` with two renames on one filesystem."""
    if not outdir.exists():
        staging.rename(outdir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{outdir.name}-old-", dir=outdir.parent))
    old.rmdir()
    outdir.rename(old)
    try:
        staging.rename(outdir)
    except OSError:
        old.rename(outdir)
        raise
    shutil.rmtree(old)
