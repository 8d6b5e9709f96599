"""Unit kind `charts`: a Helm chart of the catalog, rendered at synth with Helm's own engine
(`lib/helm.py`) from its vendored copy (`lib/vendor.py`) into plain objects: the unit `<name>`, and
`<name>-crds` for its CustomResourceDefinitions, applied first and never pruned. A chart that installs
a GitOps engine (`gitopsEngine`) is rendered only while `gitops.engine` names that engine.

What the render becomes, object by object:
- rendered twice: an object that differs between the two (a random password, a generated
  certificate, a timestamp) is refused, or, with an exception, left out (what changes at every
  render cannot be in git);
- Helm's hooks become engine-neutral hooks (`lib/sync.py`): pre-install and pre-upgrade run before the
  sync, post-install and post-upgrade after it, pre-delete and post-delete at the unit's deletion,
  with their weight and delete policy; `test` hooks are left out; a rollback hook, or a delete hook
  where an engine in use runs no hooks (Flux would apply it at every sync), is refused;
- a namespaced object without a namespace gets the chart's; every object gets the catalog's
  `app.kubernetes.io/part-of` label beside the chart's own labels.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from constructs import Construct

from lib import helm, vendor
from lib.checks.problems import Problem
from lib.checks.schema import CRD_SCHEMAS
from lib.labels import PART_OF, AppLabels
from lib.manifests import Manifest, ObjectKey, is_namespaced, object_key, object_ref
from lib.rules import InvalidValue
from lib.sync import Cleanup, Hook, Phase
from lib.units.base import Context, RenderedUnit, Unit
from lib.units.namespace import unit_name as namespace_unit
from lib.values.schema import CRDS_UNIT_SUFFIX, HelmChart

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: CRD files are megabytes

CRD = "CustomResourceDefinition"
PHASES: dict[str, Phase] = {
    "pre-install": "pre",
    "pre-upgrade": "pre",
    "post-install": "post",
    "post-upgrade": "post",
    "pre-delete": "pre-delete",
    "post-delete": "post-delete",
}
"""Helm's hook events (helm.sh/docs, "Chart Hooks") and the point of a GitOps sync each runs at."""
CLEANUPS: dict[str, Cleanup] = {
    "before-hook-creation": "before-next",
    "hook-succeeded": "succeeded",
    "hook-failed": "failed",
}
"""helm.sh/hook-delete-policy values; none given means before-hook-creation, as in Helm."""
TESTS = frozenset({"test", "test-success"})
RENDER_CHECKS = frozenset({"deterministic", "hooks"})
"""Checks made while rendering: an exception of theirs leaves the object out of the render."""


@dataclass
class ChartRender:
    """A chart's objects as the catalog renders them."""

    objects: list[Manifest] = field(default_factory=list)
    crds: list[Manifest] = field(default_factory=list)
    hooks: dict[ObjectKey, Hook] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class ChartUnit(RenderedUnit):
    """The unit `<name>` of a chart: its objects as Helm renders them, checked by the gate like every
    unit's, except the hardening of its pods (`pods`: a chart's pods are shaped by its values)."""

    relaxed = frozenset({"pods"})

    def __init__(self, name: str, *, chart: HelmChart, render: ChartRender, depends_on: Sequence[str]) -> None:
        super().__init__(name, destination=chart.namespace, objects=render.objects, depends_on=depends_on)
        self.installs = chart.gitops_engine
        self.waivers = tuple(w for w in chart.exceptions if w.check_id not in RENDER_CHECKS)
        self._hooks = dict(render.hooks)
        self._problems = render.problems

    def problems(self) -> list[Problem]:
        return self._problems


class ChartCrdsUnit(RenderedUnit):
    """The unit `<name>-crds`: a chart's CustomResourceDefinitions, applied before its objects (its unit
    depends on this one), never pruned or deleted (that would delete every custom resource of them)."""

    def __init__(self, name: str, *, chart: HelmChart, crds: list[Manifest]) -> None:
        super().__init__(f"{name}{CRDS_UNIT_SUFFIX}", destination=chart.namespace, objects=crds)
        self.installs = chart.gitops_engine


def build(scope: Construct, context: Context) -> list[Unit]:
    catalog = context.catalog
    engines = {engine.name for engine in context.engines}
    # An engine's own chart is rendered only while gitops.engine names that engine.
    charts = {n: c for n, c in catalog.charts.items() if c.gitops_engine in (None, *engines)}
    if not charts:
        return []
    lock = _lock(context.repository)
    resolved: dict[vendor.ChartSource, Path] = {}  # a chart two releases name is checked once
    folders = {name: _folder(name, chart, context.repository, lock, resolved) for name, chart in charts.items()}
    api_versions = _catalog_api_versions(tuple(folders.values()))
    units: list[Unit] = []
    for name, chart in charts.items():
        render = render_chart(
            name, chart, folder=folders[name], kube_version=catalog.cluster.kubernetes_version,
            api_versions=api_versions, part_of=catalog.part_of, runs_hooks_everywhere=_all_run_hooks(context),
        )  # fmt: skip
        depends_on = [namespace_unit(chart.namespace)] if chart.namespace in catalog.namespaces else []
        if render.crds:
            crds = ChartCrdsUnit(name, chart=chart, crds=render.crds)
            units.append(crds)
            depends_on.append(crds.unit_name)
        render.objects += _sealed_secrets(name, chart, catalog.part_of)
        units.append(ChartUnit(name, chart=chart, render=render, depends_on=depends_on))
    return units


def _sealed_secrets(name: str, chart: HelmChart, part_of: str) -> list[Manifest]:
    """The SealedSecrets of the chart's sealed `secrets`, in its namespace: applied with the chart, so that
    the pods naming them (an existingSecret of its values) start once the controller decrypted them."""
    sealed = {secret: s.sealed for secret, s in chart.secrets.items() if s.sealed is not None}
    if not sealed:
        return []
    from cdk8s import App, Chart  # only for a chart with sealed secrets: its objects are otherwise Helm's

    from lib.constructs.secrets import SealedSecret

    labels = AppLabels(name=chart.chart.name or name, instance=chart.release_name or name,
                       version=chart.chart.version or "local", part_of=part_of)  # fmt: skip
    scope = Chart(App(), name, namespace=chart.namespace, labels=labels.common(), disable_resource_name_hashes=True)
    for secret, data in sealed.items():
        SealedSecret(scope, f"Secret-{secret}", name=secret, encrypted_data=data, labels=labels)
    return list(scope.to_json())


def _all_run_hooks(context: Context) -> bool:
    return all(engine.runs_hooks for engine in context.engines)


def _lock(repository: Path) -> dict[tuple[str, str], vendor.Locked]:
    try:
        return vendor.read_lock(repository)
    except helm.ChartError as err:
        raise InvalidValue(err.message, ".charts") from None


def _folder(
    name: str, chart: HelmChart, repository: Path, lock: dict[tuple[str, str], vendor.Locked],
    resolved: dict[vendor.ChartSource, Path],
) -> Path:  # fmt: skip
    ref = chart.chart
    source = vendor.ChartSource(
        repository=ref.repository or "", name=ref.name or "", version=ref.version or "", path=ref.path or ""
    )
    if source not in resolved:
        try:
            resolved[source] = vendor.resolve(source, root=repository, lock=lock)
        except helm.ChartError as err:
            raise InvalidValue(err.message, f".charts.{name}.chart") from None
    return resolved[source]


def render_chart(
    name: str,
    chart: HelmChart,
    *,
    folder: Path,
    kube_version: str,
    api_versions: Sequence[str],
    part_of: str,
    runs_hooks_everywhere: bool,
) -> ChartRender:
    """The chart's objects, CRDs apart, with its hooks mapped and its render-time problems; InvalidValue
    (its values key path first) for what the chart itself refuses."""

    def once(previous: helm.Rendered | None = None) -> helm.Rendered:
        try:
            return helm.render(
                folder, release_name=chart.release_name or name, namespace=chart.namespace,
                values=chart.values, kube_version=kube_version, api_versions=api_versions, previous=previous,
            )  # fmt: skip
        except helm.ChartError as err:
            where = f".charts.{name}.{err.where}" if err.where.startswith("values") else f".charts.{name}"
            raise InvalidValue(f"{err.message} (chart {err.chart})", where) from None

    first = once()
    second = once(previous=first)  # the same when the text is: parsed once
    waivers: dict[tuple[str, str], int] = {
        (w.check_id, w.object): i for i, w in enumerate(chart.exceptions) if w.check_id in RENDER_CHECKS
    }
    used: set[int] = set()
    owner = {"kind": "Chart", "metadata": {"name": name}}
    result = ChartRender()

    def refuse(obj: Manifest, check: str, message: str) -> bool:
        """Report a problem unless an exception leaves the object out; True when it is left out."""
        index = waivers.get((check, object_ref(obj)))
        if index is None:
            result.problems.append(Problem(obj, message, check))
            return False
        used.add(index)
        return True

    again = {object_key(o.manifest): o.manifest for o in second.objects}
    crd_scopes = {_crd_kind(o.manifest): o.manifest["spec"].get("scope") for o in first.objects if _is_crd(o.manifest)}
    for rendered in first.objects:
        obj = rendered.manifest
        events = rendered.hook_events
        if set(events) & TESTS:
            continue  # a test of the chart's release: nothing a GitOps sync runs
        twin = again.get(object_key(obj))
        if twin is None:
            if refuse(
                obj,
                "deterministic",
                "has another name at every render (a random name): name it through "
                f"charts.{name}.values, or declare an exception {{check: deterministic}} to leave it out",
            ):
                continue  # fmt: skip
        elif twin != obj:
            where = _first_difference(obj, twin)
            if refuse(
                obj,
                "deterministic",
                f"{where} differs between two renders (a random or time-based value, such "
                f"as randAlphaNum): set it through charts.{name}.values (the chart's values.yaml names the "
                "key), or declare an exception {check: deterministic} to leave the object out",
            ):
                continue  # fmt: skip
        hook = _hook(obj, events, runs_hooks_everywhere) if events else None
        if isinstance(hook, str):
            if refuse(obj, "hooks", hook):
                continue
            hook = None
        obj = _catalog_object(obj, chart.namespace, part_of, crd_scopes)
        if _is_crd(obj):
            result.crds.append(obj)
            continue
        if hook is not None:
            result.hooks[object_key(obj)] = hook
        result.objects.append(obj)
    for (check, ref), index in sorted(waivers.items(), key=lambda item: item[1]):
        if index not in used:
            result.problems.append(
                Problem(owner, f"the exception {{check: {check}, object: {ref}}} waives nothing: no such problem; "
                               "remove it", "units")
            )  # fmt: skip
    return result


def _hook(obj: Manifest, events: Sequence[str], runs_hooks_everywhere: bool) -> Hook | str:
    """The hook a Helm hook becomes, or why it cannot become one."""
    unmapped = [e for e in events if e not in PHASES]
    if unmapped:
        return (
            f"helm.sh/hook {', '.join(unmapped)} has no equivalent in a GitOps sync (a rollback is a commit): leave "
            "it out through the chart's values, or declare an exception {check: hooks} to leave it out"
        )
    phases = tuple(dict.fromkeys(PHASES[e] for e in events))
    if not runs_hooks_everywhere and {"pre-delete", "post-delete"} & set(phases):
        return (
            "a delete hook: Flux runs no hooks and would apply it at every sync; leave it out through the chart's "
            "values, or declare an exception {check: hooks} to leave it out"
        )
    annotations = obj["metadata"].get("annotations") or {}
    policies = [p.strip() for p in str(annotations.get(helm.HOOK_DELETE_POLICY, "")).split(",") if p.strip()]
    cleanup = tuple(CLEANUPS[p] for p in policies if p in CLEANUPS) or ("before-next",)
    weight = str(annotations.get(helm.HOOK_WEIGHT, "")).strip()
    return Hook(phases=phases, cleanup=cleanup, weight=int(weight) if weight.lstrip("-").isdigit() else None)


def _catalog_object(obj: Manifest, namespace: str, part_of: str, crd_scopes: Mapping[str, Any]) -> Manifest:
    """The object as the catalog writes it: Helm's hook annotations gone (its hook is the unit's), null
    fields left out (the API server takes them as absent), its namespace set when it has one and the
    chart gave none, the catalog's part-of label added."""
    obj = _without_nulls(obj)  # also a copy the engines may annotate
    meta = obj["metadata"]
    annotations = {k: v for k, v in (meta.get("annotations") or {}).items() if not k.startswith(helm.HOOK)}
    if annotations:
        meta["annotations"] = annotations
    else:
        meta.pop("annotations", None)
    if not meta.get("namespace") and is_namespaced(obj["kind"], api_group_of(obj), crd_scopes):
        meta["namespace"] = namespace
    meta["labels"] = {**(meta.get("labels") or {}), PART_OF: part_of}
    return obj


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def api_group_of(obj: Manifest) -> str:
    return str(obj.get("apiVersion", "")).rpartition("/")[0]


def _is_crd(obj: Manifest) -> bool:
    return obj.get("kind") == CRD and api_group_of(obj) == "apiextensions.k8s.io"


def _crd_kind(crd: Manifest) -> str:
    spec = crd.get("spec") or {}
    return f"{spec.get('group')}/{(spec.get('names') or {}).get('kind')}"


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    """The key path of the first place two renders of an object differ (never its values)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(a.keys() | b.keys()):
            if a.get(key) != b.get(key):
                return _first_difference(a.get(key), b.get(key), f"{path}.{key}" if path else str(key))
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return path or "(object)"


def _catalog_api_versions(folders: tuple[Path, ...]) -> tuple[str, ...]:
    """What the cluster serves beyond Helm's defaults, as the charts' `.Capabilities.APIVersions` should
    see it: the custom resources the catalog renders (imports/schemas) and the CRDs in the charts'
    `crds/` folders (a chart's templated CRDs are not known before its render)."""
    found: set[str] = set()
    for schema in CRD_SCHEMAS.glob("*.json"):
        group, version, kind = schema.stem.split("_")
        found |= {f"{group}/{version}", f"{group}/{version}/{kind}"}
    for folder in folders:
        found |= _static_api_versions(folder)
    return tuple(sorted(found))


@functools.cache
def _static_api_versions(folder: Path) -> frozenset[str]:
    """What the CRDs of a chart folder's `crds/` folders serve; once per folder and process (a vendored
    folder is checked against its digest, so it does not change under a synth)."""
    crds = [doc for path in sorted(folder.rglob("crds/*.y*ml")) for doc in _crd_headers(path.read_text())]
    return frozenset(helm.crd_api_versions([doc for doc in crds if _is_crd(doc)]))


_SCHEMA_KEY = re.compile(r"^( *)(- )?schema:[ \t]*$")


def _crd_headers(text: str) -> list[Manifest]:
    """The documents of a CRD file without their versions' `schema` blocks, which are most of its bytes
    (VictoriaMetrics' operator CRDs: 3 MB) and not needed to know what it serves: each block-style
    `schema:` key's deeper-indented lines are dropped before parsing (libyaml when installed). A file
    that does not parse so is parsed whole, up to its first error (the render says what is wrong)."""
    kept: list[str] = []
    skip_deeper_than: int | None = None
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        if skip_deeper_than is not None:
            if not line.strip() or indent > skip_deeper_than:
                continue
            skip_deeper_than = None
        match = _SCHEMA_KEY.match(line)
        if match:
            skip_deeper_than = len(match.group(1)) + len(match.group(2) or "")
            if match.group(2):  # `- schema:` opens a list item: the item stays, its other keys below it
                kept.append(f"{match.group(1)}-")
            continue
        kept.append(line)
    try:
        return [d for d in yaml.load_all("\n".join(kept), Loader=_LOADER) if isinstance(d, dict)]
    except yaml.YAMLError:
        pass
    found: list[Manifest] = []
    with contextlib.suppress(yaml.YAMLError):  # the documents before an error count; the render says what it is
        for doc in yaml.load_all(text, Loader=_LOADER):
            if isinstance(doc, dict):
                found.append(doc)
    return found
