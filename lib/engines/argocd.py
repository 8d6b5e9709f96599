"""Argo CD: an AppProject limited to what the units render, one automated Application per unit, and
the annotations that keep its syncs safe. The Argo CD bindings are imported inside `bootstrap`: a
values file that picks Flux never loads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Literal

from cdk8s import ApiObjectMetadata
from constructs import Construct

from lib.labels import AppLabels
from lib.manifests import Manifest, api_group, is_custom_resource
from lib.sync import Hook, SyncedUnit, waves
from lib.values.schema import GitOps, Revision

IN_CLUSTER = "https://kubernetes.default.svc"
SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
HOOK = "argocd.argoproj.io/hook"
HOOK_DELETE_POLICY = "argocd.argoproj.io/hook-delete-policy"
PHASES = {"pre": "PreSync", "post": "PostSync", "pre-delete": "PreDelete", "post-delete": "PostDelete"}
CLEANUPS = {"before-next": "BeforeHookCreation", "succeeded": "HookSucceeded", "failed": "HookFailed"}


class ArgoCd:
    """Argo CD runs hooks itself: PreSync and PostSync around each sync, PreDelete and PostDelete
    around the Application's deletion (docs, "Sync Phases and Waves")."""

    name: ClassVar[Literal["argocd"]] = "argocd"
    runs_hooks: ClassVar[bool] = True

    def annotations(self, obj: Manifest, *, keep: bool, hook: Hook | None) -> dict[str, str]:
        """Never prune or delete what must be kept; skip the dry run of a custom resource while its CRD
        is missing (Traefik and cert-manager bring theirs: a dry run would fail the whole sync); a
        hook's phases, clean-up and weight."""
        options = ["Prune=false", "Delete=false"] if keep else []
        if is_custom_resource(obj):
            options.append("SkipDryRunOnMissingResource=true")
        found = {SYNC_OPTIONS: ",".join(options)} if options else {}
        if hook is not None:
            found[HOOK] = ",".join(PHASES[p] for p in hook.phases)
            found[HOOK_DELETE_POLICY] = ",".join(CLEANUPS[c] for c in hook.cleanup)
            if hook.weight is not None:
                found[SYNC_WAVE] = str(hook.weight)
        return found

    def bootstrap(
        self, scope: Construct, id: str, *, labels: AppLabels, units: Sequence[SyncedUnit], gitops: GitOps
    ) -> None:
        ArgoCdBootstrap(
            scope, id, labels=labels, units=units, repo_url=gitops.repo_url, revision=gitops.revision,
            path=gitops.path,
        )  # fmt: skip


def _kinds(units: Sequence[SyncedUnit], *, namespaced: bool) -> list[dict[str, str]]:
    """The (group, kind) pairs the units render, cluster-scoped or namespaced, sorted."""
    pairs = {
        (api_group(o), o["kind"])
        for u in units
        for o in u.manifests()
        if bool(o["metadata"].get("namespace")) == namespaced
    }
    return [{"group": g, "kind": k} for g, k in sorted(pairs)]


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
        order = waves(units)

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
                metadata=ApiObjectMetadata(name=name, labels=meta, annotations={SYNC_WAVE: str(order[name])}),
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
                        # A failed sync (a verification hook that failed, say) is retried for good, at
                        # most every 10 minutes: Argo CD never re-syncs a revision whose retries ran out.
                        retry=ApplicationSpecSyncPolicyRetry(
                            limit=-1,
                            backoff=ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="10m"),
                        ),
                    ),
                ),
            )
