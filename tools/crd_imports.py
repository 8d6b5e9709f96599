"""Regenerate imports/ from the CRDs pinned in cdk8s.yaml: offline from ../shared/crds and crds/, or --online.

cdk8s.yaml names one upstream file per imported kind (`alias:=URL`). The files
in ../shared/crds, and in the repository's own crds/ (those the shared folder
lacks: crds/SOURCES.md), are those upstream files joined byte-for-byte with
`---` lines, so each one is cut back out of its combined file, by the upstream
file name, and imported under the same alias: the result is what `cdk8s
import` makes from the URLs. With --online each URL is fetched instead (what
Renovate's workflow does when it moves a pin, README "Versions and Renovate").

A source may also be a chart of the repository: `alias:=<chart folder>#<Kind>`, such as
`metallb_ipaddresspool:=charts/vendor/metallb/0.15.3#IPAddressPool`, imports the CRD of that kind
the vendored chart holds (in its crds/ folders or rendered by its templates, with the chart's
default values), in both modes: no URL to pin, the chart's lock pins it.

Usage: python tools/crd_imports.py [--crds DIR | --online] [--config cdk8s.yaml] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib import node_env  # noqa: E402 - lib/__init__ only: the pinned Node, no cdk8s
from lib.vendor import tree_digest  # noqa: E402

DEFAULT_CRDS = ROOT.parent / "shared" / "crds"
PROJECT_CRDS = ROOT / "crds"
"""The pinned CRD files the shared folder does not hold (crds/SOURCES.md)."""
_DOC_SEPARATOR = re.compile(r"^---[ \t]*$", re.MULTILINE)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: the CRDs are megabytes
RECORD = "RECORD.json"


def import_specs(config_path: Path = ROOT / "cdk8s.yaml") -> list[tuple[str, str]]:
    """The (alias, source) pairs of cdk8s.yaml's `imports`, in order."""
    config = yaml.safe_load(config_path.read_text())
    specs = []
    for entry in config.get("imports", []):
        alias, sep, source = entry.partition(":=")
        if not sep:
            raise SystemExit(f"{config_path}: import {entry!r} needs an alias (alias:=source)")
        specs.append((alias, source))
    return specs


def upstream_documents(crds_dir: Path) -> dict[str, str]:
    """Every CRD document in crds_dir, keyed by the upstream file name it came from."""
    found: dict[str, str] = {}
    for path in sorted(crds_dir.glob("*.yaml")):
        for chunk in _DOC_SEPARATOR.split(path.read_text()):
            doc = yaml.load(chunk, Loader=_LOADER)
            if not doc or doc.get("kind") != "CustomResourceDefinition":
                continue
            spec = doc["spec"]
            # Upstream names its files <group>_<plural>.yaml (controller-gen)
            # or <singular>-crd.yaml (Argo CD).
            for name in (f"{spec['group']}_{spec['names']['plural']}.yaml", f"{spec['names']['singular']}-crd.yaml"):
                found[name] = chunk.lstrip("\n")
    return found


def pinned_documents(crds_dir: Path) -> dict[str, str]:
    """Every upstream CRD file offline: those of `crds_dir` (../shared/crds) and of the repository's crds/."""
    return {**upstream_documents(crds_dir), **upstream_documents(PROJECT_CRDS)}


def _strip_descriptions(schema: object) -> object:
    """The schema without its `description` keywords (properties named description stay)."""
    if isinstance(schema, list):
        return [_strip_descriptions(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _strip_descriptions(v) for k, v in schema.items() if k not in ("description", "properties")}
    if "properties" in schema:
        out["properties"] = {name: _strip_descriptions(s) for name, s in schema["properties"].items()}
    return out


def write_schema(crd_text: str, schemas_dir: Path) -> None:
    """Save the served versions' openAPIV3Schema of one CRD, for validating rendered objects.

    One file per kind and version, `<group>_<version>_<Kind>.json`, descriptions removed.
    """
    crd = yaml.load(crd_text, Loader=_LOADER)
    spec = crd["spec"]
    for version in spec["versions"]:
        if not version.get("served"):
            continue
        schema = _strip_descriptions(version["schema"]["openAPIV3Schema"])
        name = f"{spec['group']}_{version['name']}_{spec['names']['kind']}.json"
        (schemas_dir / name).write_text(json.dumps(schema, sort_keys=True, separators=(",", ":")) + "\n")


def is_chart(source: str) -> bool:
    """A source naming a CRD of a chart of the repository: `<chart folder>#<Kind>`."""
    return "://" not in source and "#" in source


def chart_documents(specs: list[tuple[str, str]]) -> dict[str, str]:
    """The CRD each chart source names, rendered from the vendored chart, by the source itself."""
    from lib import helm  # the engine: only when a chart is named

    documents = {}
    for alias, source in (s for s in specs if is_chart(s[1])):
        folder, _, kind = source.partition("#")
        try:
            rendered = helm.render(ROOT / folder, release_name=alias.replace("_", "-")[:53], namespace="default",
                                   values={}, kube_version="1.33")  # fmt: skip
        except helm.ChartError as err:
            raise SystemExit(f"imports: {source} (for import {alias}): {err}") from None
        crds = [o for o in rendered.manifests if o["kind"] == "CustomResourceDefinition"]
        found = [c for c in crds if c["spec"]["names"]["kind"] == kind]
        if not found:
            kinds = ", ".join(sorted(c["spec"]["names"]["kind"] for c in crds)) or "none"
            raise SystemExit(f"imports: {folder} has no CRD of kind {kind} (for import {alias}; it has {kinds})")
        documents[source] = yaml.safe_dump(found[0], sort_keys=False)
    return documents


def fetched_documents(specs: list[tuple[str, str]]) -> dict[str, str]:
    """Every URL of cdk8s.yaml's imports, fetched, by its file name."""
    documents = chart_documents(specs)
    for alias, url in (s for s in specs if not is_chart(s[1])):
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                documents[url.rsplit("/", 1)[-1]] = response.read().decode()
        except (OSError, ValueError) as err:
            raise SystemExit(f"imports: cannot fetch {url} (for import {alias}): {err}") from None
    return documents


def sources(documents: dict[str, str], specs: list[tuple[str, str]], where: str) -> dict[str, str]:
    """The CRD text each import of cdk8s.yaml is made from, by alias, in its order."""
    found = {}
    for alias, source in specs:
        name = source if is_chart(source) else source.rsplit("/", 1)[-1]
        if name not in documents:
            raise SystemExit(f"{where}: no CRD from upstream file {name} (for import {alias})")
        found[alias] = documents[name]
    return found


def record(specs: list[tuple[str, str]], documents: dict[str, str], imports: Path) -> dict[str, object]:
    """What imports/RECORD says of the folder `imports`: the generator; what each import was made from, the
    sha256 of its CRD text or, for a chart's CRD, the vendored chart's folder digest (which its lock pins);
    and the digest of the folder's files (the record and bytecode left out). A test compares it with the
    CRDs pinned now and the files committed, in a second: stale or edited bindings fail it without the
    minute `cdk8s import` takes (`make imports-check` runs that too)."""
    cli = json.loads((ROOT / "node_modules" / "cdk8s-cli" / "package.json").read_text())["version"]
    pinned = sources(documents, [s for s in specs if not is_chart(s[1])], "the pinned CRDs")
    made_from = {}
    for alias, source in specs:
        if alias in pinned:
            made_from[alias] = "sha256:" + hashlib.sha256(pinned[alias].encode()).hexdigest()
        else:
            folder, _, kind = source.partition("#")
            made_from[alias] = f"{tree_digest(ROOT / folder)}#{kind}"
    return {"cdk8s-cli": cli, "crds": made_from, "files": tree_digest(imports, leave_out={RECORD, "__pycache__"})}


def regenerate(documents: dict[str, str], out_dir: Path, specs: list[tuple[str, str]], where: str) -> None:
    """Write the bindings named in cdk8s.yaml, their CRD schemas and the RECORD of both to out_dir,
    replacing it whole."""
    env = node_env()
    crds = sources(documents, specs, where)
    with tempfile.TemporaryDirectory(prefix="imports-") as tmp:
        work = Path(tmp)
        local_imports = []
        staged = work / "out"
        schemas = staged / "schemas"
        schemas.mkdir(parents=True)
        for alias, text in crds.items():
            file = work / f"{alias}.yaml"
            file.write_text(text)
            write_schema(text, schemas)
            local_imports.append(f"{alias}:={file}")
        (work / "cdk8s.yaml").write_text(yaml.safe_dump({"language": "python", "imports": local_imports}))
        subprocess.run(
            ["cdk8s", "import", "--no-check-upgrade", "--language", "python", "--output", str(staged)],
            cwd=work,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (staged / RECORD).write_text(json.dumps(record(specs, documents, staged), indent=2) + "\n")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        shutil.copytree(staged, out_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crds", type=Path, default=DEFAULT_CRDS, help="folder of pinned CRD files")
    parser.add_argument("--online", action="store_true", help="fetch the URLs of cdk8s.yaml instead")
    parser.add_argument("--config", type=Path, default=ROOT / "cdk8s.yaml", help="the cdk8s.yaml to read")
    parser.add_argument("--out", type=Path, default=ROOT / "imports", help="where the bindings go")
    args = parser.parse_args(argv)
    specs = import_specs(args.config)
    if args.online:
        regenerate(fetched_documents(specs), args.out, specs, "the URLs of cdk8s.yaml")
        return 0
    if not args.crds.is_dir():
        print(f"imports: {args.crds} not found; it holds the pinned CRDs (see README, Imports)", file=sys.stderr)
        return 2
    regenerate({**pinned_documents(args.crds), **chart_documents(specs)}, args.out, specs, str(args.crds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
