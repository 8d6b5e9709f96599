"""GitOps delivery of dist/: Argo CD and Flux bootstrap objects, and the annotations that keep syncs safe.

The Argo CD and Flux bindings are imported inside the construct that uses
them: a values file that picks one engine never loads the other's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from cdk8s import ApiObjectMetadata
from constructs import Construct

from lib.labels import AppLabels
from lib.manifests import Manifest, api_group, is_custom_resource
from lib.values.schema import Revision

IN_CLUSTER = "https://kubernetes.default.svc"
ARGOCD_SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
ARGOCD_SYNC_WAVE = "argocd.argoproj.io/sync-wave"
FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune"
# Deleting these would delete what they hold: the data on a volume (NFS reclaim
# policy Delete), or everything in the namespace.
NEVER_PRUNED = frozenset({"PersistentVolumeClaim", "Namespace"})


class SyncedUnit(Protocol):
    """What a bootstrap needs of a deploy unit (`lib.units.DeployUnit` is one)."""

    unit_name: str
    """Its folder in dist/, and the name of its Application or Kustomization."""
    destination: str
    """The namespace it syncs into."""
    depends_on: tuple[str, ...]
    """The units that must be applied first."""
    force: bool
    """Flux replaces objects whose immutable fields changed (Jobs)."""
    timeout: str | None
    """How long Flux waits for it to be ready; None for the bootstrap's default."""

    def manifests(self) -> list[Manifest]: ...


# kstatus, which `wait: true` uses, counts a SealedSecret as ready even when it cannot be decrypted
# (it has a Synced condition, no Ready); Flux's own example of healthCheckExprs is exactly this one
# (kustomize-controller docs/spec/v1/kustomizations.md, "Health check expressions").
_SYNCED = "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == '{}')"
_FLUX_HEALTH = {
    ("bitnami.com/v1alpha1", "SealedSecret"): {"current": _SYNCED.format("True"), "failed": _SYNCED.format("False")},
}


def _kinds(units: Sequence[SyncedUnit], *, namespaced: bool) -> list[dict[str, str]]:
    """The (group, kind) pairs the units render, cluster-scoped or namespaced, sorted."""
    pairs = {
        (api_group(o), o["kind"])
        for u in units
        for o in u.manifests()
        if bool(o["metadata"].get("namespace")) == namespaced
    }
    return [{"group": g, "kind": k} for g, k in sorted(pairs)]


def annotate_for_gitops(objects: list[Manifest], *, argocd: bool, flux: bool) -> list[Manifest]:
    """Mark a unit's rendered objects for safe syncs, in place; returns them.

    - PVCs and Namespaces are never pruned or deleted by Argo CD or Flux;
    - custom resources skip Argo CD's dry run while their CRD is missing
      (Traefik and cert-manager install their CRDs themselves).
    """
    for obj in objects:
        annotations: dict[str, str] = {}
        options = []
        if obj["kind"] in NEVER_PRUNED:
            options += ["Prune=false", "Delete=false"]
            if flux:
                annotations[FLUX_PRUNE] = "disabled"
        if is_custom_resource(obj):
            options.append("SkipDryRunOnMissingResource=true")
        if argocd and options:
            annotations[ARGOCD_SYNC_OPTIONS] = ",".join(options)
        if annotations:
            meta = obj["metadata"]
            meta["annotations"] = dict(sorted({**meta.get("annotations", {}), **annotations}.items()))
    return objects


def _waves(units: Sequence[SyncedUnit]) -> dict[str, int]:
    """Each unit's depth in the dependency graph: what it depends on syncs first."""
    by_name = {u.unit_name: u for u in units}
    waves: dict[str, int] = {}

    def wave(name: str, seen: tuple[str, ...] = ()) -> int:
        if name in seen:
            raise ValueError(f"deploy units depend on each other in a cycle: {' -> '.join((*seen, name))}")
        if name not in waves:
            if name not in by_name:
                raise ValueError(f"deploy unit {seen[-1]} depends on {name}, which is not synced")
            deps = by_name[name].depends_on
            waves[name] = 1 + max((wave(d, (*seen, name)) for d in deps), default=-1)
        return waves[name]

    for u in units:
        wave(u.unit_name)
    return waves


class ArgoCdBootstrap(Construct):
    """Renders an AppProject restricted to this repository and the units' namespaces and kinds,
    and one automated Application per unit (prune, selfHeal, server-side apply).

    Applications are ordered by sync wave (a unit after those it depends on) and
    retried with backoff, so a fresh cluster converges from one sync.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        labels: AppLabels,
        units: Sequence[SyncedUnit],
        repo_url: str,
        revision: Revision,
        path: str,
        project: str = "homelab",
    ) -> None:
        """
        :param labels: identity of the instance; objects add component "gitops".
        :param units: the deploy units to sync, one Application each.
        :param repo_url: the Git repository holding dist/.
        :param revision: the branch, tag or commit to sync (Argo CD's targetRevision takes each).
        :param path: folder of dist/ in the repository; a unit syncs `<path>/<unit>`.
        :param project: name of the AppProject. Default: "homelab".
        """
        super().__init__(scope, id)
        if not units:
            raise ValueError(f"ArgoCdBootstrap {id}: units must not be empty")
        meta = labels.component("gitops")
        waves = _waves(units)

        from imports.argocd_appproject.io.argoproj import AppProject, AppProjectSpec

        AppProject(
            self,
            "Project",
            metadata=ApiObjectMetadata(name=project, labels=meta),
            spec=AppProjectSpec(
                description="Deploy units rendered by cdk8s into dist/",
                source_repos=[repo_url],
                destinations=[{"server": IN_CLUSTER, "namespace": ns} for ns in sorted({u.destination for u in units})],
                cluster_resource_whitelist=_kinds(units, namespaced=False),
                namespace_resource_whitelist=_kinds(units, namespaced=True),
            ),
        )

        from imports.argocd_application.io.argoproj import (
            Application,
            ApplicationSpec,
            ApplicationSpecDestination,
            ApplicationSpecSource,
            ApplicationSpecSyncPolicy,
            ApplicationSpecSyncPolicyAutomated,
            ApplicationSpecSyncPolicyRetry,
            ApplicationSpecSyncPolicyRetryBackoff,
        )

        for unit in units:
            name = unit.unit_name
            Application(
                self,
                f"Application-{name}",
                metadata=ApiObjectMetadata(name=name, labels=meta, annotations={ARGOCD_SYNC_WAVE: str(waves[name])}),
                spec=ApplicationSpec(
                    project=project,
                    source=ApplicationSpecSource(
                        repo_url=repo_url, target_revision=revision.ref[1], path=f"{path}/{name}"
                    ),
                    destination=ApplicationSpecDestination(server=IN_CLUSTER, namespace=unit.destination),
                    sync_policy=ApplicationSpecSyncPolicy(
                        # allowEmpty false: a unit that renders nothing is an error, never "prune everything".
                        automated=ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True, allow_empty=False),
                        sync_options=["ServerSideApply=true", "PruneLast=true"],
                        retry=ApplicationSpecSyncPolicyRetry(
                            limit=5,
                            backoff=ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="3m"),
                        ),
                    ),
                ),
            )


class FluxBootstrap(Construct):
    """Renders a GitRepository for this repository and one Kustomization per unit
    (prune, wait, timeout), each `dependsOn` the units it needs first, and with a health
    check for the kinds kstatus cannot judge (a SealedSecret that fails to decrypt fails the unit).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        labels: AppLabels,
        units: Sequence[SyncedUnit],
        repo_url: str,
        revision: Revision,
        path: str,
        source_name: str = "homelab",
        interval: str = "10m",
        timeout: str = "5m",
    ) -> None:
        """
        :param labels: identity of the instance; objects add component "gitops".
        :param units: the deploy units to sync, one Kustomization each.
        :param repo_url: the Git repository holding dist/.
        :param revision: the branch, tag or commit to follow (the GitRepository's ref).
        :param path: folder of dist/ in the repository; a unit syncs `./<path>/<unit>`.
        :param source_name: name of the GitRepository. Default: "homelab".
        :param interval: how often each Kustomization reconciles. Default: "10m".
        :param timeout: how long a Kustomization waits for its objects to be ready. Default: "5m".
        """
        super().__init__(scope, id)
        if not units:
            raise ValueError(f"FluxBootstrap {id}: units must not be empty")
        meta = labels.component("gitops")
        _waves(units)  # rejects a dependency cycle

        from imports.flux_gitrepository.io.fluxcd.toolkit.source import (
            GitRepository,
            GitRepositorySpec,
            GitRepositorySpecRef,
        )
        from imports.flux_kustomization.io.fluxcd.toolkit.kustomize import (
            Kustomization,
            KustomizationSpec,
            KustomizationSpecDependsOn,
            KustomizationSpecHealthCheckExprs,
            KustomizationSpecSourceRef,
            KustomizationSpecSourceRefKind,
        )

        which, ref = revision.ref
        GitRepository(
            self,
            "Source",
            metadata=ApiObjectMetadata(name=source_name, labels=meta),
            spec=GitRepositorySpec(interval="1m", url=repo_url, ref=GitRepositorySpecRef(**{which: ref})),
        )
        for unit in units:
            Kustomization(
                self,
                f"Kustomization-{unit.unit_name}",
                metadata=ApiObjectMetadata(name=unit.unit_name, labels=meta),
                spec=KustomizationSpec(
                    interval=interval,
                    retry_interval="1m",
                    path=f"./{path}/{unit.unit_name}",
                    prune=True,
                    wait=True,
                    force=unit.force or None,
                    timeout=unit.timeout or timeout,
                    source_ref=KustomizationSpecSourceRef(
                        kind=KustomizationSpecSourceRefKind.GIT_REPOSITORY, name=source_name
                    ),
                    depends_on=[KustomizationSpecDependsOn(name=d) for d in unit.depends_on] or None,
                    health_check_exprs=[
                        KustomizationSpecHealthCheckExprs(api_version=api_version, kind=kind, **exprs)
                        for (api_version, kind), exprs in _FLUX_HEALTH.items()
                        if any((o["apiVersion"], o["kind"]) == (api_version, kind) for o in unit.manifests())
                    ]
                    or None,
                ),
            )
