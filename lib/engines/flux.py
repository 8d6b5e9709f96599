"""Flux: a GitRepository for this repository, one Kustomization per unit, the root Kustomization that
applies the bootstrap itself, the ServiceAccounts confined units are applied as, and the annotations
that keep its syncs safe. The Flux bindings are imported inside `bootstrap`: a values file that picks
Argo CD never loads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Literal

from cdk8s import ApiObjectMetadata
from cdk8s_plus_33 import k8s
from constructs import Construct

from lib.labels import AppLabels
from lib.manifests import Manifest
from lib.sync import Hook, SyncedUnit, waves
from lib.values.schema import GitOps, Revision

PRUNE = "kustomize.toolkit.fluxcd.io/prune"
FORCE = "kustomize.toolkit.fluxcd.io/force"

# kstatus, which `wait: true` uses, counts a SealedSecret as ready even when it cannot be decrypted
# (it has a Synced condition, no Ready); Flux's own example of healthCheckExprs is exactly this one
# (kustomize-controller docs/spec/v1/kustomizations.md, "Health check expressions").
_SYNCED = "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == '{}')"
_HEALTH = {
    ("bitnami.com/v1alpha1", "SealedSecret"): {"current": _SYNCED.format("True"), "failed": _SYNCED.format("False")},
}


class Flux:
    """Flux knows no hooks: it applies a hook's object with the rest of its unit, in one server-side
    apply, and replaces it when it changes (a Job's template is immutable). What must run after a unit
    is ready is a unit of its own that depends on it (the verifications)."""

    name: ClassVar[Literal["flux"]] = "flux"
    runs_hooks: ClassVar[bool] = False
    impersonates: ClassVar[bool] = True
    """A Kustomization applies as `spec.serviceAccountName`, a ServiceAccount of its own namespace
    (kustomize-controller docs/spec/v1/kustomizations.md, "Role-based access control")."""

    def annotations(self, obj: Manifest, *, keep: bool, hook: Hook | None) -> dict[str, str]:
        found = {PRUNE: "disabled"} if keep else {}
        if hook is not None:
            found[FORCE] = "enabled"
        return found

    def bootstrap(
        self, scope: Construct, id: str, *, labels: AppLabels, units: Sequence[SyncedUnit], gitops: GitOps, root: str
    ) -> None:
        FluxBootstrap(scope, id, labels=labels, units=units, repo_url=gitops.repo_url, revision=gitops.revision,
                      path=gitops.path, root=root)  # fmt: skip


class FluxBootstrap(Construct):
    """Renders a GitRepository for this repository and one Kustomization per unit
    (prune, wait, timeout), each `dependsOn` the units it needs first, and with a health
    check for the kinds kstatus cannot judge (a SealedSecret that fails to decrypt fails the unit);
    a unit with an `account` applies as that ServiceAccount, rendered here.

    The root Kustomization applies this bootstrap's own folder, so a new unit's Kustomization is applied
    with no hand-work and a removed unit's is pruned (deleting its objects). The root never prunes the
    source, itself or the engine's Kustomizations, and deleting those orphans what they applied
    (`deletionPolicy: Orphan`): it never deletes the engine, nor every unit at once.
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
        root: str,
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
        :param root: this bootstrap's own folder of dist/, and the name of the root Kustomization.
        :param source_name: name of the GitRepository. Default: "homelab".
        :param interval: how often each Kustomization reconciles. Default: "10m".
        :param timeout: how long a Kustomization waits for its objects to be ready. Default: "5m".
        """
        super().__init__(scope, id)
        if not units:
            raise ValueError(f"FluxBootstrap {id}: units must not be empty")
        meta = labels.component("gitops")
        waves(units)  # rejects a dependency cycle

        from imports.flux_gitrepository.io.fluxcd.toolkit.source import (
            GitRepository,
            GitRepositorySpec,
            GitRepositorySpecRef,
        )
        from imports.flux_kustomization.io.fluxcd.toolkit.kustomize import (
            Kustomization,
            KustomizationSpec,
            KustomizationSpecDeletionPolicy,
            KustomizationSpecDependsOn,
            KustomizationSpecHealthCheckExprs,
            KustomizationSpecSourceRef,
            KustomizationSpecSourceRefKind,
        )

        kept = {PRUNE: "disabled"}  # the root never prunes it
        which, ref = revision.ref
        GitRepository(
            self,
            "Source",
            metadata=ApiObjectMetadata(name=source_name, labels=meta, annotations=kept),
            spec=GitRepositorySpec(interval="1m", url=repo_url, ref=GitRepositorySpecRef(**{which: ref})),
        )
        source = KustomizationSpecSourceRef(kind=KustomizationSpecSourceRefKind.GIT_REPOSITORY, name=source_name)
        Kustomization(
            self,
            f"Kustomization-{root}",
            metadata=ApiObjectMetadata(name=root, labels=meta, annotations=kept),
            spec=KustomizationSpec(
                interval=interval, retry_interval="1m", path=f"./{path}/{root}", prune=True, wait=False,
                timeout=timeout, source_ref=source, deletion_policy=KustomizationSpecDeletionPolicy.ORPHAN,
            ),
        )  # fmt: skip
        for account in sorted({u.account for u in units if u.account}):
            k8s.KubeServiceAccount(
                self, f"Account-{account}", metadata=k8s.ObjectMeta(name=account, labels=meta),
                automount_service_account_token=False,
            )  # fmt: skip
        for unit in units:
            engine = unit.installs is not None
            Kustomization(
                self,
                f"Kustomization-{unit.unit_name}",
                metadata=ApiObjectMetadata(name=unit.unit_name, labels=meta, annotations=kept if engine else None),
                spec=KustomizationSpec(
                    interval=interval,
                    retry_interval="1m",
                    path=f"./{path}/{unit.unit_name}",
                    prune=True,
                    wait=True,
                    force=unit.replace or None,
                    timeout=unit.timeout or timeout,
                    source_ref=source,
                    service_account_name=unit.account,
                    deletion_policy=KustomizationSpecDeletionPolicy.ORPHAN if engine else None,
                    depends_on=[KustomizationSpecDependsOn(name=d) for d in unit.depends_on] or None,
                    health_check_exprs=[
                        KustomizationSpecHealthCheckExprs(api_version=api_version, kind=kind, **exprs)
                        for (api_version, kind), exprs in _HEALTH.items()
                        if any((o["apiVersion"], o["kind"]) == (api_version, kind) for o in unit.manifests())
                    ]
                    or None,
                ),
            )
