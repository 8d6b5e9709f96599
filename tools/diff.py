"""Show what a change does to the rendered manifests, object by object, for pull-request review.

    python tools/diff.py [--base REV] [--values FILE]      (or: make diff [BASE=REV])

The working tree and the base revision are both synthesized into temporary folders, with this
Python interpreter, and every object is compared by (API group, kind, namespace, name). The report
starts with the Helm charts whose version changes (added, removed, or old -> new, with the count of
their objects added, removed and changed), then the container images that change (added, removed,
or old -> new version, with the workloads that run them), then each object that differs: a unified
diff of a changed one, the YAML of an added (`+`) or removed (`-`) one (cut after SHOWN_LINES lines,
with the count left out), then a summary line. REV defaults to the merge base of HEAD with `main`
(HEAD when there is no `main` branch). The base revision is exported with `git archive`, so no
worktree, branch or file is left behind. A relative --values path is read from each side's own checkout.

Exit status, as `git diff`'s: 0 when the report was made, whatever it says; 2 on an error (one line
on stderr). With --exit-code: 1 when something differs, as `git diff --exit-code`.
"""

from __future__ import annotations

import argparse
import difflib
import io
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib import node_env  # noqa: E402
from lib.manifests import Manifest, ObjectKey, describe, images, object_key  # noqa: E402
from lib.output import KUSTOMIZATION, dump  # noqa: E402

Objects = dict[ObjectKey, Manifest]
SHOWN_LINES = 40
"""Lines of an added or removed object shown in full; the rest is counted."""


class DiffError(Exception):
    """A failure the user can cause and fix: reported in one line, exit status 2."""


def lines(obj: Manifest) -> list[str]:
    """The object as YAML lines with sorted keys: key order is never a difference."""
    return dump(obj, sort_keys=True).splitlines(keepends=True)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else "no error output"


def git(*args: str, cwd: Path | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise DiffError("git is not installed") from None
    if done.returncode != 0:
        raise DiffError(f"git {args[0]}: {_last_line(done.stderr.decode(errors='replace'))}")
    return done.stdout


def default_base(root: Path) -> str:
    """The merge base of HEAD with `main` when that branch exists, otherwise HEAD."""
    if not git("branch", "--list", "main", cwd=root).strip():
        return "HEAD"
    return git("merge-base", "HEAD", "main", cwd=root).decode().strip()


def export(root: Path, rev: str, dest: Path) -> str:
    """Write the files of `rev` into `dest`, like a checkout that leaves no trace; return its short hash."""
    try:
        short = git("rev-parse", "--verify", "--quiet", "--short", f"{rev}^{{commit}}", cwd=root).decode().strip()
    except DiffError:
        raise DiffError(f"unknown revision: {rev}") from None
    try:
        with tarfile.open(fileobj=io.BytesIO(git("archive", "--format=tar", rev, cwd=root))) as archive:
            archive.extractall(dest, filter="data")
    except tarfile.TarError as err:
        raise DiffError(f"cannot export {rev}: {err}") from None
    return short


def synthesize(checkout: Path, values: str, outdir: Path, side: str) -> None:
    """Run the checkout's main.py with this interpreter, as `make synth` would."""
    env = node_env()  # the exported base has no node_modules of its own: this checkout's
    command = [sys.executable, "main.py", "--values", values, "--outdir", str(outdir)]
    done = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise DiffError(f"synth of {side} failed: {_last_line(done.stderr)}")


def load(folder: Path, units: dict[ObjectKey, str] | None = None) -> Objects:
    """Every object in the .yaml files under `folder` (kustomization.yaml files are not cluster objects);
    `units`, when given, gets the unit (folder) of each."""
    objects: Objects = {}
    for path in sorted(folder.rglob("*.yaml")):
        if path.name == KUSTOMIZATION:
            continue
        try:
            documents = list(yaml.safe_load_all(path.read_text()))
        except yaml.YAMLError as err:
            raise DiffError(f"{path.relative_to(folder)}: invalid YAML: {err}") from None
        for obj in filter(None, documents):
            try:
                key = object_key(obj)
            except (KeyError, TypeError, AttributeError):
                raise DiffError(f"{path.relative_to(folder)}: not a Kubernetes object") from None
            if key in objects:
                raise DiffError(f"{path.relative_to(folder)}: {describe(obj)} is rendered twice")
            objects[key] = obj
            if units is not None:
                units[key] = path.relative_to(folder).parts[0]
    return objects


def image_changes(base: Objects, head: Objects) -> list[str]:
    """The images section: every image repository whose versions changed, was added or removed,
    with the workloads that run it. What a reviewer most needs to see, and an operator to plan."""
    old, new = images(base.values()), images(head.values())
    lines = []
    for repository in sorted(old.keys() | new.keys()):
        before, after = old.get(repository, {}), new.get(repository, {})
        if before.keys() == after.keys():
            continue
        where = ", ".join(sorted({w for ws in (after or before).values() for w in ws}))
        if not before:
            lines.append(f"  added: {', '.join(f'{repository}:{v}' for v in after)} ({where})\n")
        elif not after:
            lines.append(f"  removed: {', '.join(f'{repository}:{v}' for v in before)} ({where})\n")
        else:
            lines.append(f"  changed: {repository} {', '.join(before)} -> {', '.join(after)} ({where})\n")
    return ["images:\n", *lines, "\n"] if lines else []


def shown(text: list[str], sign: str) -> list[str]:
    """An added (+) or removed (-) object's YAML, cut after SHOWN_LINES lines."""
    cut = [f"{sign}{line}" for line in text[:SHOWN_LINES]]
    if len(text) > SHOWN_LINES:
        cut.append(f"{sign}... ({len(text) - SHOWN_LINES} more lines)\n")
    return cut


def chart_versions(values: Path) -> dict[str, str]:
    """The charts a values file names: chart -> its version (`local` for one kept in charts/local/)."""
    try:
        data = yaml.safe_load(values.read_text()) or {}
    except (OSError, yaml.YAMLError):
        return {}  # the synth of that side said what is wrong
    charts = data.get("charts") if isinstance(data, dict) else None
    found = {}
    for name, chart in (charts or {}).items():
        ref = chart.get("chart", {}) if isinstance(chart, dict) else {}
        found[str(name)] = str(ref.get("version") or "local") if isinstance(ref, dict) else "?"
    return found


def chart_changes(
    versions: tuple[dict[str, str], dict[str, str]], base: Objects, head: Objects, units: dict[ObjectKey, str]
) -> list[str]:
    """The charts section: each chart added, removed or moved to another version, with the objects of its
    units (`<chart>`, `<chart>-crds`) added, removed and changed. A chart bump's whole effect at a glance."""
    old, new = versions
    lines = []
    for chart in sorted(old.keys() | new.keys()):
        if old.get(chart) == new.get(chart):
            continue
        keys = [k for k in base.keys() | head.keys() if units.get(k) in (chart, f"{chart}-crds")]
        added = sum(1 for k in keys if k not in base)
        removed = sum(1 for k in keys if k not in head)
        changed = sum(1 for k in keys if k in base and k in head and base[k] != head[k])
        counts = f"{added} objects added, {removed} removed, {changed} changed"
        if chart not in old:
            lines.append(f"  added: {chart} {new[chart]} ({counts})\n")
        elif chart not in new:
            lines.append(f"  removed: {chart} {old[chart]} ({counts})\n")
        else:
            lines.append(f"  changed: {chart} {old[chart]} -> {new[chart]} ({counts})\n")
    return ["charts:\n", *lines, "\n"] if lines else []


def compare(base: Objects, head: Objects, charts: list[str] | None = None) -> tuple[list[str], str]:
    """The report: the charts section, the images section, then one block per differing object sorted by
    key; and its summary line."""
    report: list[str] = [*(charts or []), *image_changes(base, head)]
    counts = {"added": 0, "removed": 0, "changed": 0}
    for key in sorted(base.keys() | head.keys(), key=lambda k: (*k[1:], k[0])):  # by kind, namespace, name
        old, new = base.get(key), head.get(key)
        if old == new:
            continue
        status = "added" if old is None else "removed" if new is None else "changed"
        counts[status] += 1
        report.append(f"{status}: {describe(head.get(key) or base[key])}\n")
        if old is not None and new is not None:
            label = "/".join(part for part in key[1:] if part)  # kind/namespace/name
            report += difflib.unified_diff(lines(old), lines(new), f"a/{label}", f"b/{label}")
        else:
            report += shown(lines(new or old or {}), "+" if new is not None else "-")
    total = sum(counts.values())
    if not total:
        return [], "no rendered changes"
    noun = "object differs" if total == 1 else "objects differ"
    return report, f"{total} {noun} ({', '.join(f'{n} {status}' for status, n in counts.items())})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Diff the rendered manifests of the working tree against a revision.")
    parser.add_argument("--base", help="revision to compare with (default: merge base of HEAD and main, else HEAD)")
    parser.add_argument("--values", default="values-homelab.yaml", help="values file (default: %(default)s)")
    parser.add_argument("--exit-code", action="store_true", help="exit 1 when something differs (as git diff)")
    args = parser.parse_args(argv)
    try:
        root = Path(git("rev-parse", "--show-toplevel").decode().strip())
        rev = args.base or default_base(root)
        with tempfile.TemporaryDirectory(prefix="homelab-diff-") as tmp:
            work = Path(tmp)
            short = export(root, rev, work / "checkout")
            with ThreadPoolExecutor() as pool:  # both sides at once, each in its own process
                synths = [
                    pool.submit(synthesize, root, args.values, work / "head", "the working tree"),
                    pool.submit(synthesize, work / "checkout", args.values, work / "base", f"base {short}"),
                ]
            for synth in synths:
                synth.result()  # raises the synth's DiffError, the working tree's first
            units: dict[ObjectKey, str] = {}
            base, head = load(work / "base", units), load(work / "head", units)
            versions = (chart_versions(work / "checkout" / args.values), chart_versions(root / args.values))
            report, summary = compare(base, head, chart_changes(versions, base, head, units))
    except DiffError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        sys.stdout.writelines(report)
        print(summary)
    except BrokenPipeError:  # `make diff | head`: the reader has what it wanted
        sys.stderr.close()
    return 1 if report and args.exit_code else 0


if __name__ == "__main__":
    sys.exit(main())
