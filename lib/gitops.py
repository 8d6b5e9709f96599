"""GitOps delivery of dist/: Argo CD and Flux bootstrap objects, and the annotations that keep syncs safe.

The Argo CD and Flux bindings are imported inside the construct that uses
them: a values file that picks one engine never loads the other's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from lib.labels import AppLabels
from lib.validate import Manifest

IN_CLUSTER = "https://kubernetes.default.svc"
ARGOCD_SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
ARGOCD_SYNC_WAVE = "argocd.argoproj.io/sync-wave"
FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune"
# Deleting these would delete what they hold: the models on the NFS volume
# (reclaim policy Delete), or everything in the namespace.
NEVER_PRUNED = frozenset({"PersistentVolumeClaim", "Namespace"})


@dataclass(frozen=True, kw_only=True)
class Unit:
    """A deploy unit as the GitOps engine sees it: a folder of dist/ synced into one namespace."""

    name: str
    namespace: str
    depends_on: tuple[str, ...] = ()
    cluster_kinds: frozenset[tuple[str, str]] = frozenset()
    """(API group, kind) of the cluster-scoped objects it renders."""
    namespaced_kinds: frozenset[tuple[str, str]] = frozenset()
    """(API group, kind) of the namespaced objects it renders."""


def _group(obj: Manifest) -> str:
    """The API group of an object; "" for the core group, as Argo CD spells it."""
    return obj["apiVersion"].rpartition("/")[0]


def unit_of(name: str, namespace: str, objects: Sequence[Manifest], depends_on: Sequence[str] = ()) -> Unit:
    """Describe a rendered unit, reading the kinds off its objects."""
    cluster = {(_group(o), o["kind"]) for o in objects if not o["metadata"].get("namespace")}
    namespaced = {(_group(o), o["kind"]) for o in objects if o["metadata"].get("namespace")}
    return Unit(
        name=name,
        namespace=namespace,
        depends_on=tuple(depends_on),
        cluster_kinds=frozenset(cluster),
        namespaced_kinds=frozenset(namespaced),
    )


def _is_custom_resource(obj: Manifest) -> bool:
    group = _group(obj)
    return "." in group and not group.endswith(".k8s.io")


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
        if _is_custom_resource(obj):
            options.append("SkipDryRunOnMissingResource=true")
        if argocd and options:
            annotations[ARGOCD_SYNC_OPTIONS] = ",".join(options)
        if annotations:
            meta = obj["metadata"]
            meta["annotations"] = dict(sorted({**meta.get("annotations", {}), **annotations}.items()))
    return objects


def _waves(units: Sequence[Unit]) -> dict[str, int]:
    """Each unit's depth in the dependency graph: what it depends on syncs first."""
    by_name = {u.name: u for u in units}
    waves: dict[str, int] = {}

    def wave(name: str, seen: tuple[str, ...] = ()) -> int:
        if name in seen:
            raise ValueError(f"deploy units depend on each other in a cycle: {' -> '.join((*seen, name))}")
        if name not in waves:
            deps = by_name[name].depends_on
            waves[name] = 1 + max((wave(d, (*seen, name)) for d in deps), default=-1)
        return waves[name]

    for u in units:
        wave(u.name)
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
        units: Sequence[Unit],
        repo_url: str,
        revision: str,
        path: str,
        project: str = "homelab",
    ) -> None:
        """
        :param labels: identity of the instance; objects add component "gitops".
        :param units: the deploy units to sync, one Application each.
        :param repo_url: the Git repository holding dist/.
        :param revision: branch, tag or commit to sync.
        :param path: folder of dist/ in the repository; a unit syncs `<path>/<unit>`.
        :param project: name of the AppProject. Default: "homelab".
        """
        super().__init__(scope, id)
        if not units:
            raise ValueError(f"ArgoCdBootstrap {id}: units must not be empty")
        meta = labels.component("gitops")
        waves = _waves(units)

        def kinds(pairs: set[tuple[str, str]]) -> list[dict[str, str]]:
            return [{"group": g, "kind": k} for g, k in sorted(pairs)]

        from imports.argocd_appproject.io.argoproj import AppProject, AppProjectSpec

        AppProject(
            self,
            "Project",
            metadata=ApiObjectMetadata(name=project, labels=meta),
            spec=AppProjectSpec(
                description="Deploy units rendered by cdk8s into dist/",
                source_repos=[repo_url],
                destinations=[{"server": IN_CLUSTER, "namespace": ns} for ns in sorted({u.namespace for u in units})],
                cluster_resource_whitelist=kinds({k for u in units for k in u.cluster_kinds}),
                namespace_resource_whitelist=kinds({k for u in units for k in u.namespaced_kinds}),
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
            Application(
                self,
                f"Application-{unit.name}",
                metadata=ApiObjectMetadata(
                    name=unit.name, labels=meta, annotations={ARGOCD_SYNC_WAVE: str(waves[unit.name])}
                ),
                spec=ApplicationSpec(
                    project=project,
                    source=ApplicationSpecSource(
                        repo_url=repo_url, target_revision=revision, path=f"{path}/{unit.name}"
                    ),
                    destination=ApplicationSpecDestination(server=IN_CLUSTER, namespace=unit.namespace),
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
    (prune, wait, timeout), each `dependsOn` the units it needs first.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        labels: AppLabels,
        units: Sequence[Unit],
        repo_url: str,
        branch: str,
        path: str,
        source_name: str = "homelab",
        interval: str = "10m",
        timeout: str = "5m",
    ) -> None:
        """
        :param labels: identity of the instance; objects add component "gitops".
        :param units: the deploy units to sync, one Kustomization each.
        :param repo_url: the Git repository holding dist/.
        :param branch: the branch to follow.
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
            KustomizationSpecSourceRef,
            KustomizationSpecSourceRefKind,
        )

        GitRepository(
            self,
            "Source",
            metadata=ApiObjectMetadata(name=source_name, labels=meta),
            spec=GitRepositorySpec(interval="1m", url=repo_url, ref=GitRepositorySpecRef(branch=branch)),
        )
        for unit in units:
            Kustomization(
                self,
                f"Kustomization-{unit.name}",
                metadata=ApiObjectMetadata(name=unit.name, labels=meta),
                spec=KustomizationSpec(
                    interval=interval,
                    retry_interval="1m",
                    path=f"./{path}/{unit.name}",
                    prune=True,
                    wait=True,
                    timeout=timeout,
                    source_ref=KustomizationSpecSourceRef(
                        kind=KustomizationSpecSourceRefKind.GIT_REPOSITORY, name=source_name
                    ),
                    depends_on=[KustomizationSpecDependsOn(name=d) for d in unit.depends_on] or None,
                ),
            )
