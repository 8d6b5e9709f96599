"""Vendored charts: the folder a chart the values name is rendered from, checked against the lock.

    charts/charts.lock.yaml          one entry per vendored chart: repository, name, version, path,
                                     digest of the folder, the archive it matches, provenance
    charts/vendor/<name>/<version>/  the chart as its published archive holds it (subcharts under
                                     its own charts/), written by tools/charts.py only
    charts/local/<dir>/              a chart written in this repository: rendered as it is, not locked

The synth reads only these folders, offline. A chart missing from the lock or from disk, or whose
folder no longer matches its digest, is one line naming the chart and the fix (`make charts`).
`tree_digest` is defined in charts/README.md so that it can be recomputed with coreutils.
"""

from __future__ import annotations

import hashlib
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lib.helm import ChartError

ROOT = Path(__file__).resolve().parent.parent
LOCK = Path("charts/charts.lock.yaml")
VENDOR = Path("charts/vendor")
LOCAL = Path("charts/local")
REFRESH = "make charts"


@dataclass(frozen=True)
class ChartSource:
    """A chart as the values name it: from a repository (`repository`, `name`, `version`; an
    `https://` chart repository or an `oci://` registry), or a folder of this one (`path`)."""

    repository: str = ""
    name: str = ""
    version: str = ""
    path: str = ""

    def __str__(self) -> str:
        return self.path if self.path else f"{self.name} {self.version}"


@dataclass(frozen=True)
class Locked:
    """One entry of the lock: a chart vendored at `path`, whose files hash to `digest`."""

    name: str
    version: str
    repository: str
    path: str
    digest: str
    archive: dict[str, str] = field(default_factory=dict)
    """The published archive's `url` and `digest` (sha256 of the .tgz), as the repository lists it."""
    dependencies: tuple[dict[str, str], ...] = ()
    """The subcharts Chart.yaml declares (`name`, `version`, `repository`), vendored under its charts/."""
    provenance: dict[str, str] = field(default_factory=dict)
    """Where this copy came from: `from` (`repository` or `source`), `url`, and for a source `tag`,
    `commit`, `path`; `note` says it in a sentence."""

    def as_yaml(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "repository": self.repository,
            "path": self.path,
            "digest": self.digest,
            "archive": dict(self.archive),
            "dependencies": [dict(d) for d in self.dependencies],
            "provenance": dict(self.provenance),
        }


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: read at every synth with charts


def vendor_path(name: str, version: str) -> Path:
    """Where a chart of a repository is vendored, relative to the repository root."""
    return VENDOR / name / version


def read_lock(root: Path = ROOT) -> dict[tuple[str, str], Locked]:
    """The lock's entries by (name, version); {} when there is no lock yet."""
    path = root / LOCK
    if not path.exists():
        return {}
    try:
        data = yaml.load(path.read_text(), Loader=_LOADER) or {}
        entries = [_locked(e) for e in data.get("charts") or []]
    except (yaml.YAMLError, AttributeError, KeyError, TypeError) as err:
        raise ChartError(str(LOCK), f"cannot read the lock: {' '.join(str(err).split())}") from None
    return {(e.name, e.version): e for e in entries}


def _locked(entry: dict[str, Any]) -> Locked:
    return Locked(
        name=str(entry["name"]),
        version=str(entry["version"]),
        repository=str(entry["repository"]),
        path=str(entry["path"]),
        digest=str(entry["digest"]),
        archive={str(k): str(v) for k, v in (entry.get("archive") or {}).items()},
        dependencies=tuple({str(k): str(v) for k, v in d.items()} for d in entry.get("dependencies") or []),
        provenance={str(k): str(v) for k, v in (entry.get("provenance") or {}).items()},
    )


def write_lock(entries: dict[tuple[str, str], Locked], root: Path = ROOT) -> None:
    """The lock, sorted by name and version, so that rewriting an unchanged lock changes no byte."""
    header = (
        "# Vendored Helm charts: written by tools/charts.py (make charts), read by the synth (lib/vendor.py).\n"
        "# digest: sha256 over the files of `path` (charts/README.md); archive: the published .tgz.\n"
    )
    body = {"charts": [entries[k].as_yaml() for k in sorted(entries)]}
    (root / LOCK).parent.mkdir(parents=True, exist_ok=True)
    (root / LOCK).write_text(header + yaml.safe_dump(body, sort_keys=False, width=1_000_000))


def tree_digest(folder: Path, *, leave_out: AbstractSet[str] = frozenset()) -> str:
    """`sha256:<hex>` of a folder: the sha256 of the lines `<sha256 of the file>  <relative path>\\n`
    of every file below it, sorted by path (what `sha256sum` prints, in `LC_ALL=C sort` order).
    Modes, times and empty folders do not count; a symbolic link is refused. `leave_out`: names of files
    or folders, at any depth, not counted. Default: none."""
    lines = []
    for path in sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix()):
        if leave_out and not leave_out.isdisjoint(path.relative_to(folder).parts):
            continue
        if path.is_symlink():
            raise ChartError(
                str(folder), f"{path.relative_to(folder)} is a symbolic link; a vendored chart holds files"
            )
        if path.is_file():
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(folder).as_posix()}\n")
    return "sha256:" + hashlib.sha256("".join(lines).encode()).hexdigest()


def resolve(source: ChartSource, *, root: Path = ROOT, lock: dict[tuple[str, str], Locked] | None = None) -> Path:
    """The folder to render `source` from, its digest checked; ChartError (one line) otherwise."""
    if source.path:
        return _local(source.path, root)
    entries = read_lock(root) if lock is None else lock
    entry = entries.get((source.name, source.version))
    chart = str(source)
    if entry is None:
        raise ChartError(
            chart,
            f"not vendored: {LOCK} has no entry for it; vendor it with "
            f"`python tools/charts.py add {source.repository} {source.name} {source.version}`",
        )
    if _same_repository(entry.repository) != _same_repository(source.repository):
        raise ChartError(chart, f"{LOCK} has it from {entry.repository}, not {source.repository}")
    folder = root / entry.path
    if not (folder / "Chart.yaml").is_file():
        raise ChartError(chart, f"{entry.path} is missing; run `{REFRESH}` to vendor it again")
    digest = tree_digest(folder)
    if digest != entry.digest:
        raise ChartError(
            chart,
            f"{entry.path} does not match its digest in {LOCK} ({digest[:19]}... != {entry.digest[:19]}...); "
            f"restore it (`git checkout -- {entry.path}`) or run `{REFRESH}`",
        )
    return folder


def _local(path: str, root: Path) -> Path:
    relative = Path(path)
    if relative.is_absolute() or ".." in relative.parts or relative.parts[: len(LOCAL.parts)] != LOCAL.parts:
        raise ChartError(path, f"a chart path must be a folder under {LOCAL}/, got {path!r}")
    if not (root / relative / "Chart.yaml").is_file():
        raise ChartError(path, f"{path} holds no Chart.yaml")
    return root / relative


def _same_repository(url: str) -> str:
    """A repository URL as compared: without a trailing slash (`helm repo add` accepts both)."""
    return url.rstrip("/")


def verify(root: Path = ROOT) -> list[str]:
    """Every problem with the vendored charts, one line each: an entry whose folder is missing or
    changed, and a folder under charts/vendor/ that no entry names."""
    entries = read_lock(root)
    problems = []
    for entry in entries.values():
        try:
            resolve(
                ChartSource(repository=entry.repository, name=entry.name, version=entry.version),
                root=root,
                lock=entries,
            )
        except ChartError as err:
            problems.append(str(err))
    locked = {Path(e.path) for e in entries.values()}
    vendor = root / VENDOR
    for folder in sorted(vendor.glob("*/*")) if vendor.is_dir() else []:
        if folder.relative_to(root) not in locked:
            problems.append(f"{folder.relative_to(root)}: no entry in {LOCK} names it; remove it or vendor it again")
    return problems
