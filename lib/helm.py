"""Helm charts rendered in-process with Helm's own engine: the one module that knows the engine.

`render(chart_dir, release_name=..., namespace=..., values=..., kube_version=..., api_versions=...)`
gives a chart's objects as plain dicts, each tagged with the file it came from, as `helm template
--include-crds` would print them. The engine is helm-python-sdk (Helm v4's Go SDK, built into a
shared library and called through ctypes: no helm binary, no Go toolchain); swapping it means
changing this module only. It is imported on the first render, never at start-up: it costs about
0.25 s and 55 MiB, which a synth without charts must not pay.

What the render is, as in `helm template`:
- `.Capabilities.KubeVersion` is the cluster's version, `.Capabilities.APIVersions` Helm's default
  set plus `api_versions` (group/version or group/version/Kind); the chart's `kubeVersion`
  constraint is checked against that version, as Helm refuses an install;
- values are checked against the `values.schema.json` of the chart and of its subcharts;
- `lookup` returns nothing (no cluster is asked); `randAlphaNum`, `now` and the like differ on each
  render, which the caller detects by comparing two renders;
- objects from a `crds/` folder (of the chart or of a subchart the values enable) come first,
  tagged: Helm applies them as they are, before the templates, and never templates them;
- hooks (`helm.sh/hook`, tests included) are returned with their annotations, for the caller to
  map; a hook with an event Helm does not know is dropped, as Helm drops it;
- NOTES.txt, partials (`_*.tpl`) and empty documents are dropped.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import math
import re
import tarfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import yaml

from lib.manifests import Manifest

HOOK = "helm.sh/hook"
"""The annotation that makes an object a hook: a comma-separated list of events."""
HOOK_WEIGHT = "helm.sh/hook-weight"
HOOK_DELETE_POLICY = "helm.sh/hook-delete-policy"

HOOK_EVENTS = frozenset(
    {
        "pre-install",
        "post-install",
        "pre-delete",
        "post-delete",
        "pre-upgrade",
        "post-upgrade",
        "pre-rollback",
        "post-rollback",
        "test",
        "test-success",
    }
)
"""The events Helm v4 knows (pkg/release/v1/util/manifest_sorter.go); `test-success` is Helm 2's `test`."""


class ChartError(Exception):
    """A chart the synth refuses. `str()` is the one line to print: which chart, where, what.

    `where` is a key path under `values` (`values.widget.size`) for a value the chart refuses, a
    template location (`demo/templates/x.yaml:3:12`) for a template error, or "" for the chart.
    """

    def __init__(self, chart: str, message: str, where: str = "") -> None:
        self.chart, self.where, self.message = chart, where, message
        super().__init__(f"chart {chart}: {where}: {message}" if where else f"chart {chart}: {message}")


@dataclass(frozen=True)
class RenderedObject:
    """One object of a render and where it came from."""

    manifest: Manifest
    source: str
    """The file, as Helm names it in `# Source:`: `ollama/templates/deployment.yaml`, `demo/crds/x.yaml`."""
    document: int
    """Its place among the non-empty documents of that file, from 0."""
    from_crds: bool
    """True when it comes from a `crds/` folder: a CRD applied as is, not a template."""
    subchart: str
    """"" for the chart itself; the subchart's path below it otherwise (`gadget`, `gadget/inner`)."""

    @property
    def hook_events(self) -> tuple[str, ...]:
        """The `helm.sh/hook` events, lower-case (`pre-install`, `test`); () for an ordinary object."""
        annotations = self.manifest["metadata"].get("annotations") or {}
        events = str(annotations.get(HOOK, ""))
        return tuple(e.strip().lower() for e in events.split(",") if e.strip())

    @property
    def is_test(self) -> bool:
        """A `helm test` hook: Helm runs it on demand, never on install."""
        return bool({"test", "test-success"} & set(self.hook_events))


@dataclass(frozen=True)
class Rendered:
    """A chart's render: its objects, sorted by source file, then document order."""

    chart: str
    """`name version`, as errors name the chart."""
    objects: tuple[RenderedObject, ...]
    text: RenderedText
    """What the engine returned, unparsed: how two renders are compared before a second parse."""

    @property
    def manifests(self) -> list[Manifest]:
        return [o.manifest for o in self.objects]


@dataclass(frozen=True)
class RenderedText:
    """A chart's render as Helm's engine returns it, before it is parsed."""

    chart: str
    """`name version`, as errors name the chart."""
    top: str
    """The chart's name: the first part of every file's path."""
    crds: tuple[tuple[str, str], ...]
    """(file, text) of every file of a `crds/` folder the values enable."""
    files: tuple[tuple[str, str], ...]
    """(file, text) of every rendered template."""


def render(
    chart_dir: Path,
    *,
    release_name: str,
    namespace: str,
    values: Mapping[str, Any],
    kube_version: str,
    api_versions: Sequence[str] = (),
    previous: Rendered | None = None,
) -> Rendered:
    """The objects `helm template --include-crds` renders for this chart folder; ChartError otherwise.

    `kube_version`: the cluster's Kubernetes version, `1.33` (as `1.33.0`), `1.33.4` or `v1.33.4+k3s1`.
    `api_versions`: added to Helm's default set, as `helm template --api-versions` does. Default: none.
    `previous`: an earlier render of the chart; when the engine returns the same text, it is returned
    as it is, not parsed again (a chart's large CRDs take most of a render's time). Default: none.
    """
    helm = _engine()
    name = _chart_label(chart_dir)
    caps_version = _kube_version(name, kube_version)
    try:
        helm.validate_release_name(release_name)
    except helm.HelmError as err:
        raise ChartError(name, f"release name {release_name!r}: {_one_line(err)}") from None
    values_json = _values_json(name, values)
    # One load per render: a render drops the subcharts the values disable from the loaded chart,
    # so a chart handle is not reusable across values (helm-python-sdk 0.2.2).
    try:
        chart = helm.Chart.load(chart_dir)
    except helm.HelmError as err:
        raise ChartError(str(chart_dir), f"cannot load the chart: {_one_line(err)}") from None
    with chart:
        metadata = chart.metadata
        name = f"{metadata.get('name')} {metadata.get('version')}"
        _check_kube_version(name, str(metadata.get("kubeVersion") or ""), caps_version)
        options = {
            "name": release_name,
            "namespace": namespace,
            "kube_version": caps_version,
            "api_versions": list(api_versions),
            "is_install": True,
        }
        # Chart.render() passes neither kube_version nor api_versions, which the library's render
        # options take (libhelm_c 0.2.2: name, namespace, revision, is_install, is_upgrade,
        # kube_version, api_versions, strict, enable_dns): the call goes through its call table.
        try:
            files: dict[str, str] = json.loads(
                helm._native.call_string("helm_render", chart._raw(), values_json, json.dumps(options))
            )
        except helm.HelmValuesError as err:
            raise _values_error(name, str(metadata.get("name")), err) from None
        except helm.HelmError as err:
            raise _template_error(name, err) from None
        crds = tuple((c["filename"], c["data"]) for c in chart.crds)
    text = RenderedText(chart=name, top=str(metadata.get("name")), crds=crds, files=tuple(files.items()))
    return previous if previous is not None and previous.text == text else _parse(text)


def _parse(text: RenderedText) -> Rendered:
    """A render's objects, each checked to be one; ChartError for a document that is not."""
    name, top = text.chart, text.top
    objects = [o for path, body in text.crds for o in _objects(name, top, path, body, from_crds=True)]
    for path, body in text.files:
        base = path.rsplit("/", 1)[-1]
        if base == "NOTES.txt" or base.startswith("_"):
            continue
        objects += [o for o in _objects(name, top, path, body, from_crds=False) if _known_hook(o)]
    objects.sort(key=lambda o: (not o.from_crds, o.source, o.document))
    return Rendered(chart=name, objects=tuple(objects), text=text)


def crd_api_versions(crds: Sequence[Manifest]) -> list[str]:
    """What these CRDs serve, as `.Capabilities.APIVersions` spells it: `group/version` and
    `group/version/Kind` for every served version, sorted."""
    found: set[str] = set()
    for crd in crds:
        spec = crd.get("spec") or {}
        group, kind = spec.get("group"), (spec.get("names") or {}).get("kind")
        for version in spec.get("versions") or []:
            if version.get("served", True):
                found |= {f"{group}/{version['name']}", f"{group}/{version['name']}/{kind}"}
    return sorted(found)


def package(chart_dir: Path, out_dir: Path) -> Path:
    """The chart archive `helm package` makes of a chart folder (its `.helmignore` applied,
    Chart.yaml written from its metadata, subcharts as folders under `charts/`); ChartError otherwise."""
    helm = _engine()
    try:
        with helm.Chart.load(chart_dir) as chart:
            return Path(chart.save(out_dir))
    except helm.HelmError as err:
        raise ChartError(str(chart_dir), f"cannot package the chart: {_one_line(err)}") from None


def missing_dependencies(chart_dir: Path) -> list[str]:
    """The dependencies Chart.yaml declares that its `charts/` folder lacks (`name version`)."""
    helm = _engine()
    try:
        listed = helm.dependency_list(chart_dir)
    except helm.HelmError as err:
        raise ChartError(str(chart_dir), f"cannot read the dependencies: {_one_line(err)}") from None
    # "ok": an archive of a matching version under charts/; "unpacked": a folder of one.
    return [
        f"{d['name']} {d['version']} ({d.get('status')})" for d in listed if d.get("status") not in ("ok", "unpacked")
    ]


def pull(reference: str, version: str, out_dir: Path) -> Path:
    """Download a chart archive from an OCI registry (`oci://host/path/name`) into `out_dir`
    (needs the network); ChartError naming the reference otherwise."""
    helm = _engine()
    try:
        helm.pull(reference, version=version, destination=out_dir)
    except helm.HelmError as err:
        raise ChartError(f"{reference} {version}", f"cannot pull: {_one_line(err)}") from None
    archives = sorted(out_dir.glob("*.tgz"))
    if len(archives) != 1:
        raise ChartError(f"{reference} {version}", f"expected one archive in {out_dir}, found {len(archives)}")
    return archives[0]


# ---------------------------------------------------------------- the engine, loaded on first use


@functools.cache
def _engine() -> ModuleType:
    try:
        import helm_python
    except Exception as err:  # ImportError, or its HelmLibraryError: the native library did not load
        raise ChartError("(engine)", f"cannot load helm-python-sdk: {_one_line(err)}; run `make bootstrap`") from None
    # The native library may log through Python's logging; the synth prints only its own lines.
    helm_python.disable_logging()
    return helm_python


# ---------------------------------------------------------------- inputs


def _chart_label(chart_dir: Path) -> str:
    return chart_dir.name if chart_dir.name else str(chart_dir)


_KUBE_VERSION = re.compile(
    r"v?(?P<major>[0-9]+)\.(?P<minor>[0-9]+)(?:\.(?P<patch>[0-9]+))?(?P<rest>[-+][0-9A-Za-z.+-]*)?"
)


def _kube_version(chart: str, version: str) -> str:
    """`v<major>.<minor>.<patch>[<suffix>]`, as the API server reports its GitVersion."""
    match = _KUBE_VERSION.fullmatch(version)
    if not match:
        raise ChartError(chart, f"expected a Kubernetes version such as 1.33 or v1.33.4, got {version!r}")
    return f"v{match['major']}.{match['minor']}.{match['patch'] or 0}{match['rest'] or ''}"


def _values_json(chart: str, values: Mapping[str, Any]) -> str:
    """The values as JSON; a value JSON cannot carry (a YAML date, a set) is refused with its key path."""

    def check(value: Any, path: str) -> None:
        if isinstance(value, Mapping):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise ChartError(chart, f"key {key!r} is not a string", f"values{path}")
                check(item, f"{path}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                check(item, f"{path}[{i}]")
        elif isinstance(value, float) and not math.isfinite(value):
            raise ChartError(chart, f"{value} is not a number JSON can carry", f"values{path}")
        elif value is not None and not isinstance(value, str | int | float | bool):
            raise ChartError(
                chart,
                f"{type(value).__name__} {value} cannot reach Helm (JSON has no such type); quote it",
                f"values{path}",
            )

    check(values, "")
    return json.dumps(values)


# ---------------------------------------------------------------- the chart's kubeVersion


def _check_kube_version(chart: str, constraint: str, version: str) -> None:
    """Helm's install check (pkg/action/action.go): the chart's `kubeVersion` must admit the cluster's."""
    if not constraint:
        return
    normalized = re.sub(r"[-+].*", "", version)
    allowed = _constraint_admits(constraint, normalized)
    if allowed is None:
        raise ChartError(chart, f"Chart.yaml kubeVersion {constraint!r} is not a version constraint")
    if not allowed:
        raise ChartError(
            chart, f"chart requires kubeVersion: {constraint} which is incompatible with Kubernetes {normalized}"
        )


@functools.cache
def _constraint_admits(constraint: str, version: str) -> bool | None:
    """Whether a semver constraint admits a version, by Helm's own code: `semverCompare` is the
    Masterminds constraint check Helm's install uses. None when the constraint does not parse."""
    helm = _engine()
    try:
        with helm.Chart.load_archive(_constraint_chart()) as chart:
            files = chart.render({"constraint": constraint, "version": version})
    except helm.HelmError:
        return None
    return files["kube-version-check/templates/check"].strip() == "true"


@functools.cache
def _constraint_chart() -> bytes:
    """A one-template chart archive that prints `semverCompare constraint version`."""
    files = {
        "kube-version-check/Chart.yaml": b"apiVersion: v2\nname: kube-version-check\nversion: 0.0.0\n",
        "kube-version-check/templates/check": b"{{ semverCompare .Values.constraint .Values.version }}",
    }
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as zipped, tarfile.open(fileobj=zipped, mode="w") as tar:
        for path, data in files.items():
            info = tarfile.TarInfo(path)
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


# ---------------------------------------------------------------- errors, as one line


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())


_SCHEMA_SECTION = re.compile(r"[\w.-]+:")
_SCHEMA_ENTRY = re.compile(r"- at '(?P<pointer>[^']*)': (?P<message>.*)")


def _values_error(chart: str, top: str, err: Exception) -> ChartError:
    """Helm's schema report (`demo:\\n- at '/widget/size': value must be ...`) as one line with the
    key path of each violation; a subchart's violations under its key."""
    section, problems = top, []
    for line in str(err).splitlines():
        entry = _SCHEMA_ENTRY.fullmatch(line.strip())
        if entry:
            keys = [k.replace("~1", "/").replace("~0", "~") for k in entry["pointer"].split("/")[1:]]
            if section != top:
                keys.insert(0, section)
            path = "values" + "".join(f"[{k}]" if k.isdigit() else f".{k}" for k in keys)
            problems.append((path, entry["message"].strip()))
        elif _SCHEMA_SECTION.fullmatch(line):
            section = line[:-1]
    if not problems:
        return ChartError(chart, _one_line(err), "values")
    # Helm lists them in no fixed order: sorted by key path, the line is the same on every run.
    (where, first), *rest = sorted(problems)
    return ChartError(chart, "; ".join([first, *(f"{p}: {m}" for p, m in rest)]), where)


_TEMPLATE_LOCATION = re.compile(r"(?P<where>[\w.-]+(?:/[\w.-]+)+:\d+(?::\d+)?)")


def _template_error(chart: str, err: Exception) -> ChartError:
    """A template failure (`fail`, `required`, a nil pointer, a parse error) with its location first:
    `tiny/templates/x.yaml:1:3: set widget.size` rather than Helm's `execution error at (...): ...`."""
    text = _one_line(err)
    match = _TEMPLATE_LOCATION.search(text)
    if not match:
        return ChartError(chart, text)
    where = match["where"]
    for prefix, replacement in (
        (f"execution error at ({where}): ", ""),
        (f"parse error at ({where}): ", "parse error: "),
    ):
        if text.startswith(prefix):
            return ChartError(chart, replacement + text[len(prefix) :], where)
    if text.startswith(where + " "):
        text = text[len(where) + 1 :]
    return ChartError(chart, text, where)


# ---------------------------------------------------------------- rendered text to objects


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML as Kubernetes reads a manifest: a date stays a string, a key given twice is an error."""

    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in getattr(yaml, "CSafeLoader", yaml.SafeLoader).yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        # One pass, as SafeConstructor's own but refusing a key given twice (the API server's strict
        # field validation refuses a duplicate field); a second pass would cost 10-20% of the parse.
        self.flatten_mapping(node)  # type: ignore[no-untyped-call]
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            try:
                duplicate = key in mapping
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "found an unhashable key", key_node.start_mark
                ) from None
            if duplicate:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=deep)  # type: ignore[no-untyped-call]
        return mapping


# Helm's own document separator (pkg/release/v1/util/manifest.go), with Go's \s spelled out.
_SEPARATOR = re.compile(r"(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*")


def _objects(chart: str, top: str, path: str, text: str, *, from_crds: bool) -> list[RenderedObject]:
    """The non-empty documents of one rendered file, in order, each checked to be an object."""
    found: list[RenderedObject] = []
    for chunk in _SEPARATOR.split(text.lstrip()):
        if not chunk.strip():
            continue
        try:
            doc = yaml.load(chunk, Loader=_Loader)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            at = f" (line {mark.line + 1} of the document)" if mark else ""
            problem = getattr(err, "problem", None) or _one_line(err)
            raise ChartError(
                chart, f"rendered document {len(found) + 1} is not valid YAML: {problem}{at}", path
            ) from None
        if doc is None:  # only comments
            continue
        problem = _not_an_object(doc)
        if problem:
            raise ChartError(chart, f"rendered document {len(found) + 1} {problem}", path)
        found.append(RenderedObject(doc, path, len(found), from_crds, _subchart(top, path)))
    return found


def _not_an_object(doc: Any) -> str:
    if not isinstance(doc, dict):
        return f"is {type(doc).__name__}, not a Kubernetes object"
    for key in ("apiVersion", "kind"):
        if not isinstance(doc.get(key), str) or not doc[key]:
            return f"has no {key}"
    meta = doc.get("metadata")
    if not isinstance(meta, dict) or not (meta.get("name") or meta.get("generateName")):
        return "has no metadata.name"
    if not isinstance(meta.get("annotations") or {}, dict):
        return "has metadata.annotations that are not a mapping"
    return ""


def _subchart(top: str, path: str) -> str:
    """`demo/charts/gadget/templates/x.yaml` -> `gadget`; `demo/templates/x.yaml` -> ""."""
    parts, names, i = path.split("/"), [], 1
    while i + 2 < len(parts) and parts[i] == "charts":
        names.append(parts[i + 1])
        i += 2
    return "/".join(names) if parts[0] == top else ""


def _known_hook(obj: RenderedObject) -> bool:
    """Helm skips a hook with an event it does not know (it neither applies nor runs it)."""
    return all(e in HOOK_EVENTS for e in obj.hook_events)
