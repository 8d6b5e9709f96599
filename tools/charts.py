"""Vendor Helm charts into charts/vendor/ and keep charts/charts.lock.yaml true to them.

    python tools/charts.py verify                          (make charts-verify: offline)
    python tools/charts.py sync [--values FILE]...         (make charts: needs the internet)
    python tools/charts.py refresh                         (needs the internet)
    python tools/charts.py add REPOSITORY NAME VERSION     (needs the internet)
    python tools/charts.py vendor --repository URL --git GITDIR --tag TAG --source-url URL
                                  [--path DIR] [--index-ref REF] [--dependency FOLDER]...
    python tools/charts.py vendor --repository URL --from FOLDER --provenance TEXT [--source-url URL]
                                  [--dependency FOLDER]...

`sync` makes charts/ hold exactly the charts the values files name (default: every values-*.yaml of
the repository, the environments): each is downloaded again from its repository, as `refresh` does,
one no longer named leaves the lock and charts/vendor/, then every chart is verified. It is what
`make charts` runs, and what Renovate's branches run after a chart's version moved.

`refresh` downloads every locked chart again from its repository (an `https://` chart repository's
index.yaml, or an `oci://` registry), checks the archive's sha256 against the index (and against
the lock, where the lock already records an archive: a version re-published with other bytes is
refused), unpacks it into charts/vendor/<name>/<version>/, writes the folder's digest into the lock,
then verifies every chart. `add` does the same for a chart not yet locked.

`vendor` is the offline route, for a machine that reaches no chart repository: it packages a chart
from its source (a folder, or a tag of a git repository such as a snapshot of its GitHub
repository), as `helm package` does, and records where it came from. Subcharts the source lacks
(a chart's source often leaves charts/ to `helm dependency build`) are refused with their names;
give each with --dependency (a folder holding that chart at the declared version).

Exit status: 0 done, 2 an error or a chart that does not verify (one line each on stderr).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib import helm  # noqa: E402
from lib.helm import ChartError  # noqa: E402
from lib.vendor import LOCK, Locked, read_lock, tree_digest, vendor_path, verify, write_lock  # noqa: E402

OFFLINE_HINT = "`make charts` needs the internet; `make charts-verify` checks the vendored charts offline"
TIMEOUT_SECONDS = 60
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: a repository's index.yaml can be megabytes


class ChartsError(Exception):
    """What stops this tool; `str()` is the one line to print."""


# ---------------------------------------------------------------- from a repository (online)


def _download(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            return bytes(response.read())
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", None) or err
        raise ChartsError(f"cannot reach {url}: {reason}; {OFFLINE_HINT}") from None


def _index_entry(repository: str, name: str, version: str) -> dict[str, Any]:
    """The entry of `name` `version` in the repository's index.yaml."""
    index_url = urllib.parse.urljoin(repository.rstrip("/") + "/", "index.yaml")
    index = yaml.load(_download(index_url), Loader=_LOADER) or {}
    for entry in (index.get("entries") or {}).get(name) or []:
        if str(entry.get("version")) == version:
            return dict(entry)
    raise ChartsError(f"{index_url} lists no {name} {version}")


def _fetch_archive(repository: str, name: str, version: str, work: Path) -> tuple[Path, dict[str, str]]:
    """The chart's published archive, downloaded into `work`, and its {url, digest}."""
    if repository.startswith("oci://"):
        reference = f"{repository.rstrip('/')}/{name}"
        try:
            archive = helm.pull(reference, version, work)
        except ChartError as err:
            raise ChartsError(f"{err}; {OFFLINE_HINT}") from None
        return archive, {"url": f"{reference}:{version}", "digest": _sha256(archive.read_bytes())}
    entry = _index_entry(repository, name, version)
    urls, listed = entry.get("urls") or [], str(entry.get("digest") or "")
    if not urls:
        raise ChartsError(f"{repository} lists no archive URL for {name} {version}")
    url = urllib.parse.urljoin(repository.rstrip("/") + "/", str(urls[0]))
    data = _download(url)
    digest = _sha256(data)
    if listed and digest != f"sha256:{listed}":
        raise ChartsError(f"{url}: its sha256 is {digest}, the repository's index.yaml says sha256:{listed}")
    archive = work / f"{name}-{version}.tgz"
    archive.write_bytes(data)
    return archive, {"url": url, "digest": digest}


def _from_repository(repository: str, name: str, version: str, known: Locked | None) -> Locked:
    with tempfile.TemporaryDirectory(prefix="charts-") as tmp:
        archive, published = _fetch_archive(repository, name, version, Path(tmp))
        if known and known.archive.get("digest") and known.archive["digest"] != published["digest"]:
            raise ChartsError(
                f"{name} {version}: {published['url']} now has sha256 {published['digest']}, the lock records "
                f"{known.archive['digest']}: the version was re-published with other bytes; check it before relocking"
            )
        provenance = {
            "from": "repository",
            "url": published["url"],
            "note": f"downloaded from {repository} by tools/charts.py; its sha256 matches the repository's index",
        }
        return _install(archive, repository, name, version, published, provenance)


# ---------------------------------------------------------------- from a source (offline)


def _git(git_dir: Path, *args: str) -> bytes:
    try:
        return subprocess.run(["git", f"--git-dir={git_dir}", *args], check=True, capture_output=True).stdout
    except (subprocess.CalledProcessError, OSError) as err:
        detail = err.stderr.decode(errors="replace").strip() if isinstance(err, subprocess.CalledProcessError) else err
        raise ChartsError(f"git {' '.join(args)}: {detail}") from None


def _git_source(git_dir: Path, tag: str, path: str, dest: Path) -> str:
    """The chart folder at `path` of `tag`, written to `dest`; returns the tag's commit."""
    commit = _git(git_dir, "rev-parse", "--verify", f"{tag}^{{commit}}").decode().strip()
    tree = commit if path in ("", ".") else f"{commit}:{path}"
    dest.mkdir(parents=True)
    with tempfile.TemporaryFile() as tar_file:
        tar_file.write(_git(git_dir, "archive", "--format=tar", tree))
        tar_file.seek(0)
        with tarfile.open(fileobj=tar_file) as tar:
            tar.extractall(dest, filter="data")
    return commit


def _index_from_git(git_dir: Path, ref: str, name: str, version: str) -> tuple[dict[str, str], str]:
    """The archive {url, digest} that the index.yaml at `ref` (a GitHub Pages branch) lists."""
    commit = _git(git_dir, "rev-parse", "--verify", f"{ref}^{{commit}}").decode().strip()
    index = yaml.load(_git(git_dir, "show", f"{commit}:index.yaml"), Loader=_LOADER)
    for entry in (index.get("entries") or {}).get(name) or []:
        if str(entry.get("version")) == version:
            return {"url": str(entry["urls"][0]), "digest": f"sha256:{entry['digest']}"}, commit
    raise ChartsError(f"index.yaml at {ref} lists no {name} {version}")


def _add_dependencies(chart: Path, dependencies: list[Path]) -> None:
    for folder in dependencies:
        metadata = _chart_yaml(folder)
        shutil.copytree(folder, chart / "charts" / str(metadata["name"]), dirs_exist_ok=False)
    missing = helm.missing_dependencies(chart)
    if missing:
        raise ChartsError(
            f"{chart.name}: Chart.yaml declares subcharts its source lacks: {', '.join(missing)}; "
            "give each with --dependency FOLDER"
        )


def _from_source(args: argparse.Namespace) -> Locked:
    with tempfile.TemporaryDirectory(prefix="charts-") as tmp:
        source = Path(tmp) / "source"
        if args.git:
            commit = _git_source(Path(args.git), args.tag, args.path, source)
            where = f"path {args.path}" if args.path not in ("", ".") else "its root"
            provenance = {
                "from": "source",
                "url": args.source_url,
                "tag": args.tag,
                "commit": commit,
                "path": args.path,
                "note": (
                    f"vendored from the source repository {args.source_url} at tag {args.tag}, commit {commit}, "
                    f"{where}, packaged as `helm package` does (no chart repository was reachable)"
                ),
            }
        else:
            shutil.copytree(args.source, source, symlinks=False)
            provenance = {"from": "source", "url": args.source_url or str(args.source), "note": args.provenance}
        _add_dependencies(source, [Path(d) for d in args.dependency])
        metadata = _chart_yaml(source)
        name, version = str(metadata["name"]), str(metadata["version"])
        published: dict[str, str] = {}
        if args.index_ref:
            published, index_commit = _index_from_git(Path(args.git), args.index_ref, name, version)
            provenance["note"] += (
                f"; the archive URL and digest are those the repository's index.yaml lists "
                f"({args.index_ref} at commit {index_commit})"
            )
        archive = helm.package(source, Path(tmp) / "package")
        return _install(archive, args.repository, name, version, published, provenance)


# ---------------------------------------------------------------- both routes


def _install(
    archive: Path, repository: str, name: str, version: str, published: dict[str, str], provenance: dict[str, str]
) -> Locked:
    """Unpack a chart archive into charts/vendor/<name>/<version>/ (replacing what was there) and
    return its lock entry."""
    target = ROOT / vendor_path(name, version)
    (ROOT / "charts").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="charts-unpack-", dir=ROOT / "charts") as tmp:
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                if member.name.split("/")[0] != name:
                    raise ChartsError(f"{archive.name}: {member.name} is outside the chart folder {name}/")
            tar.extractall(tmp, filter="data")
        unpacked = Path(tmp) / name
        metadata = _chart_yaml(unpacked)
        if (str(metadata["name"]), str(metadata["version"])) != (name, version):
            raise ChartsError(f"{archive.name} holds {metadata['name']} {metadata['version']}, not {name} {version}")
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        unpacked.rename(target)
    dependencies = tuple(
        {"name": str(d.get("name")), "version": str(d.get("version")), "repository": str(d.get("repository") or "")}
        for d in metadata.get("dependencies") or []
    )
    return Locked(
        name=name,
        version=version,
        repository=repository,
        path=vendor_path(name, version).as_posix(),
        digest=tree_digest(target),
        archive=published,
        dependencies=dependencies,
        provenance=provenance,
    )


def named_charts(values_files: list[Path]) -> dict[tuple[str, str], str]:
    """(name, version) -> repository of every chart the values files take from a repository."""
    named: dict[tuple[str, str], str] = {}
    for path in values_files:
        try:
            data = yaml.safe_load(path.read_text()) or {}
        except (OSError, yaml.YAMLError) as err:
            raise ChartsError(f"{path}: cannot be read: {' '.join(str(err).split())}") from None
        charts = data.get("charts") if isinstance(data, dict) else None
        for chart in (charts or {}).values():
            ref = chart.get("chart") if isinstance(chart, dict) else None
            if isinstance(ref, dict) and ref.get("repository"):
                named[(str(ref.get("name")), str(ref.get("version")))] = str(ref["repository"])
    return named


def _sync(entries: dict[tuple[str, str], Locked], values_files: list[Path]) -> dict[tuple[str, str], Locked]:
    named = named_charts(values_files)
    for key, entry in sorted(entries.items()):
        if key not in named:
            del entries[key]
            folder = ROOT / entry.path
            shutil.rmtree(folder, ignore_errors=True)
            if folder.parent.is_dir() and not any(folder.parent.iterdir()):
                folder.parent.rmdir()  # charts/vendor/<name>/, once its last version is gone
            print(f"removed {entry.name} {entry.version}: no values file names it")
    for (name, version), repository in sorted(named.items()):
        entries[(name, version)] = _from_repository(repository, name, version, entries.get((name, version)))
        write_lock(entries, ROOT)  # after each: a later failure leaves folders and lock agreeing
    return entries


def _chart_yaml(folder: Path) -> dict[str, Any]:
    path = folder / "Chart.yaml"
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as err:
        raise ChartsError(f"{path}: {' '.join(str(err).split())}") from None
    if not isinstance(data, dict) or not data.get("name") or not data.get("version"):
        raise ChartsError(f"{path}: a Chart.yaml needs a name and a version")
    return data


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _verified() -> str:
    problems = verify(ROOT)
    if problems:
        raise ChartsError("\n".join(problems))
    count = len(read_lock(ROOT))
    return f"{count} vendored chart{' matches' if count == 1 else 's match'} {LOCK}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Vendor Helm charts into charts/vendor/ and lock them.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("verify", help="check every vendored chart against the lock (offline)")
    sync = commands.add_parser("sync", help="vendor exactly the charts the values files name (needs the internet)")
    sync.add_argument("--values", type=Path, action="append", help="a values file (default: every values-*.yaml)")
    commands.add_parser("refresh", help="download every locked chart again, relock, verify (needs the internet)")
    add = commands.add_parser("add", help="vendor a chart from its repository (needs the internet)")
    add.add_argument("repository", help="https://... chart repository or oci://... registry path")
    add.add_argument("name")
    add.add_argument("version")
    vendor = commands.add_parser("vendor", help="vendor a chart from its source, offline")
    vendor.add_argument("--repository", required=True, help="the repository the values will name")
    origin = vendor.add_mutually_exclusive_group(required=True)
    origin.add_argument("--git", help="a git directory (bare or not) of the chart's source repository")
    origin.add_argument("--from", dest="source", help="a folder holding the chart")
    vendor.add_argument("--tag", help="with --git: the release tag")
    vendor.add_argument("--path", default=".", help="with --git: the chart's folder in the repository (default: .)")
    vendor.add_argument("--source-url", help="the source repository's URL, for the provenance (--from: default FOLDER)")
    vendor.add_argument("--index-ref", help="with --git: a branch holding the repository's index.yaml (gh-pages)")
    vendor.add_argument("--provenance", help="with --from: where the folder came from, in a sentence")
    vendor.add_argument("--dependency", action="append", default=[], help="a subchart's folder (repeatable)")
    args = parser.parse_args(argv)
    if args.command == "vendor":
        if args.git and not (args.tag and args.source_url):
            parser.error("--git needs --tag and --source-url")
        if args.source and not args.provenance:
            parser.error("--from needs --provenance")
        if args.index_ref and not args.git:
            parser.error("--index-ref needs --git")
    try:
        if args.command != "verify":
            entries = read_lock(ROOT)
            if args.command == "sync":
                entries = _sync(entries, args.values or sorted(ROOT.glob("values-*.yaml")))
            elif args.command == "refresh":
                for key, entry in sorted(entries.items()):
                    entries[key] = _from_repository(entry.repository, entry.name, entry.version, entry)
                    write_lock(entries, ROOT)  # after each: a later failure leaves folders and lock agreeing
            elif args.command == "add":
                entries[(args.name, args.version)] = _from_repository(
                    args.repository, args.name, args.version, entries.get((args.name, args.version))
                )
            else:
                entry = _from_source(args)
                entries[(entry.name, entry.version)] = entry
            write_lock(entries, ROOT)
        print(_verified())
    except (ChartsError, ChartError) as err:
        for line in str(err).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
