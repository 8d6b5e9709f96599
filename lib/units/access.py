"""What an engine that impersonates (Flux) applies a confined unit as: a ServiceAccount in the engine's
namespace, `<ns>-reconciler`, whose rights are the Role `gitops-reconciler` of the unit's namespace, rendered
in that namespace's unit and holding exactly what its confined units render.

A unit is confined when every object it renders lives in its own namespace, a namespace of the catalog
(whose unit can hold the Role), and none is RBAC (a Role may grant only rights its author holds: the
engine's own account applies those). The others (namespaces, charts with cluster-scoped objects, the
engine itself) apply as the engine's own account: they need rights beyond one namespace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lib.constructs.access import Grant, ReconcilerAccess
from lib.manifests import Manifest, api_group, namespace_of
from lib.units.base import Context, Unit
from lib.units.namespace import NamespaceUnit

WRITE = ("create", "delete", "get", "list", "patch", "update", "watch")
"""What applying, pruning and replacing an object takes (server-side apply is a patch)."""
READ = ("get", "list", "watch")
GENERATED = {
    ("apps", "Deployment"): (("apps", "ReplicaSet"),),
    ("apps", "ReplicaSet"): (("", "Pod"),),
    ("apps", "StatefulSet"): (("", "Pod"),),
}
"""What Flux's health check (kstatus' caching cluster reader, `genGroupKinds`) lists to judge a kind:
read, never written."""
RBAC = "rbac.authorization.k8s.io"


def account(namespace: str) -> str:
    """The ServiceAccount, in the engine's namespace, that applies the confined units of `namespace`."""
    return f"{namespace}-reconciler"


def confined(unit: Unit, namespace: str) -> bool:
    """Whether every object of the unit lives in `namespace`, its destination, and none is RBAC."""
    return unit.destination == namespace and all(
        namespace_of(o) == namespace and api_group(o) != RBAC for o in unit.manifests()
    )


def grant(context: Context) -> None:
    """Render each catalog namespace's Role and RoleBinding for the engines in use that impersonate, and
    set `account` on the units they apply through it."""
    engines = [e for e in context.engines if e.impersonates]
    if not engines:
        return
    homes = context.catalog.gitops.engines
    namespaces = [u for u in context.units if isinstance(u, NamespaceUnit)]
    # Not the namespace units': rendering them now would keep them without the Role added below.
    plurals = _crd_plurals(o for u in context.units if not isinstance(u, NamespaceUnit) for o in u.manifests())
    for home in namespaces:
        namespace = home.destination
        units = [u for u in context.units if u.synced and u is not home and confined(u, namespace)]
        if not units:
            continue
        ReconcilerAccess(
            home, "Reconciler", namespace=namespace, labels=home.app_labels,
            grants=grants([o for u in units for o in u.manifests()], plurals),
            accounts=[(homes[e.name], account(namespace)) for e in engines],
        )  # fmt: skip
        for unit in units:
            unit.account = account(namespace)


def grants(objects: Iterable[Manifest], plurals: Mapping[tuple[str, str], str]) -> list[Grant]:
    """Write on every kind of `objects`, read on what Flux's health check lists for them; by group, sorted."""
    written = {(api_group(o), o["kind"]) for o in objects}
    read: set[tuple[str, str]] = set()
    todo = list(written)
    while todo:
        for generated in GENERATED.get(todo.pop(), ()):
            if generated not in read:
                read.add(generated)
                todo.append(generated)
    found: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for verbs, kinds in ((WRITE, written), (READ, read - written)):
        for group, kind in kinds:
            found.setdefault((group, verbs), set()).add(plurals.get((group, kind)) or resource(kind))
    return [Grant(group, tuple(sorted(names)), verbs) for (group, verbs), names in sorted(found.items())]


def resource(kind: str) -> str:
    """The resource of a kind, as Kubernetes guesses it (apimachinery's UnsafeGuessKindToResource):
    lower case, `s` after it, `es` after an `s`, `ies` for a final `y`; `endpoints` as it is."""
    lower = kind.lower()
    if lower.endswith("endpoints"):
        return lower
    if lower.endswith("s"):
        return f"{lower}es"
    if lower.endswith("y"):
        return f"{lower[:-1]}ies"
    return f"{lower}s"


def _crd_plurals(objects: Iterable[Manifest]) -> dict[tuple[str, str], str]:
    """(group, kind) -> resource, as the CRDs among `objects` declare it."""
    return {
        (o["spec"]["group"], o["spec"]["names"]["kind"]): o["spec"]["names"]["plural"]
        for o in objects
        if o["kind"] == "CustomResourceDefinition"
    }
