"""What each deploy unit needs applied before it, read off the objects the units render.

- a namespaced object needs its Namespace;
- a custom resource needs its CustomResourceDefinition;
- a claim, or a StatefulSet's claim template, needs its StorageClass;
- a Certificate (or an Ingress through cert-manager's annotation) needs its ClusterIssuer.

A need that no unit renders is met outside the catalog (K3s' own StorageClass, a controller installed
by hand) and orders nothing. The needs join the units' declared ones (`talksTo`, a chart's CRDs)
before the engines order them: Argo CD by sync waves, Flux by `dependsOn` (`lib/engines/`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lib.checks.problems import Problem, RenderError
from lib.manifests import Manifest, is_custom_resource
from lib.sync import Cycle, SyncedUnit, waves

Need = tuple[str, str]
"""(kind, name): ("Namespace", "ml"), ("CustomResourceDefinition", "cert-manager.io/ClusterIssuer"),
("StorageClass", "nfs-client"), ("ClusterIssuer", "letsencrypt-prod")."""

PROVIDED = frozenset({"Namespace", "StorageClass", "ClusterIssuer"})
"""Cluster-scoped kinds other units' objects name, besides CRDs."""
CLUSTER_ISSUER = "cert-manager.io/cluster-issuer"
"""The annotation by which an Ingress asks cert-manager for a certificate."""


def provides(obj: Manifest) -> Need | None:
    """What other objects may need of `obj`: its CRD's kind, or its own kind and name."""
    if obj["kind"] == "CustomResourceDefinition":
        return "CustomResourceDefinition", f"{obj['spec']['group']}/{obj['spec']['names']['kind']}"
    if obj["kind"] in PROVIDED:
        return obj["kind"], obj["metadata"]["name"]
    return None


def needs(obj: Manifest) -> Iterator[Need]:
    """What must exist before `obj` is applied."""
    metadata, spec = obj["metadata"], obj.get("spec") or {}
    if metadata.get("namespace"):
        yield "Namespace", metadata["namespace"]
    if is_custom_resource(obj):
        yield "CustomResourceDefinition", f"{obj['apiVersion'].split('/')[0]}/{obj['kind']}"
    claims = (
        [spec] if obj["kind"] == "PersistentVolumeClaim" else [c["spec"] for c in spec.get("volumeClaimTemplates", [])]
    )
    for claim in claims:
        if claim.get("storageClassName"):
            yield "StorageClass", claim["storageClassName"]
    if obj["kind"] == "Certificate" and spec.get("issuerRef", {}).get("kind") == "ClusterIssuer":
        yield "ClusterIssuer", spec["issuerRef"]["name"]
    if CLUSTER_ISSUER in metadata.get("annotations", {}):
        yield "ClusterIssuer", metadata["annotations"][CLUSTER_ISSUER]


def order(units: Sequence[SyncedUnit]) -> None:
    """Add to each unit's `depends_on` the units that render what its objects need, after the ones it
    declares, but not one it already waits for through another (an app's verification needs the app's
    namespace, which the app waits for). A need that would close a cycle is a RenderError naming the
    objects involved."""
    owner: dict[Need, str] = {}
    for unit in units:
        for obj in unit.manifests():
            if (provided := provides(obj)) is not None:
                owner.setdefault(provided, unit.unit_name)
    why: dict[tuple[str, str], Manifest] = {}
    for unit in units:
        derived: dict[str, None] = {}
        for obj in unit.manifests():
            for need in needs(obj):
                provider = owner.get(need)
                if provider is not None and provider != unit.unit_name and provider not in unit.depends_on:
                    derived.setdefault(provider)
                    why.setdefault((unit.unit_name, provider), obj)
        unit.depends_on = (*unit.depends_on, *sorted(derived))
    try:
        waves(units)
    except Cycle as cycle:
        steps = list(zip(cycle.path, cycle.path[1:], strict=False))
        raise RenderError(
            [
                Problem(why[step], f"needs what unit {step[1]} renders, in a cycle: {' -> '.join(cycle.path)}")
                for step in steps
                if step in why
            ]
        ) from None
    reach: dict[str, frozenset[str]] = {}

    def reached(name: str) -> frozenset[str]:
        """Every unit `name` waits for, directly or not."""
        if name not in reach:
            direct = by_name[name].depends_on
            reach[name] = frozenset(direct).union(*(reached(d) for d in direct))
        return reach[name]

    by_name = {u.unit_name: u for u in units}
    for unit in units:
        kept = [d for d in unit.depends_on if not any(d in reached(e) for e in unit.depends_on if e != d)]
        unit.depends_on = tuple(d for d in unit.depends_on if d in kept or (unit.unit_name, d) not in why)
