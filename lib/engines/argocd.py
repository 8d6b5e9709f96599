"""Argo CD: AppProjects limited to what the units render, one automated Application per unit, the
root Application that syncs the bootstrap itself (app of apps), and the annotations that keep its syncs
safe. The Argo CD bindings are imported inside `bootstrap`: a values file that picks Flux never loads
them.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import ClassVar, Literal

from cdk8s import ApiObjectMetadata, Chart
from constructs import Construct

from lib.labels import AppLabels
from lib.manifests import Manifest, api_group, is_custom_resource, namespace_of
from lib.sync import Hook, SyncedUnit, waves
from lib.values.schema import GitOps, Revision

IN_CLUSTER = "https://kubernetes.default.svc"
SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
SYNC_WAVE = "argocd.argoproj.io/sync-wave"
HOOK = "argocd.argoproj.io/hook"
HOOK_DELETE_POLICY = "argocd.argoproj.io/hook-delete-policy"
FINALIZER = "resources-finalizer.argocd.argoproj.io"
"""Deleting an Application with it deletes the Application's objects (but those marked Delete=false):
what the root's pruning of a unit removed from the catalog does (docs, "App Deletion")."""
PLATFORM = "platform"
"""The project of the units that render cluster-scoped objects other than Namespaces (a chart's CRDs,
ClusterRoles, webhooks: each allowed by name), or write a namespace the catalog does not render."""
GITOPS = "gitops"
"""The project of the root and of the engine's own units: they write Argo CD's namespace, which
Argo CD's docs call admin-level ("App Of Apps Pattern")."""
ROOT_KINDS = (("argoproj.io", "AppProject"), ("argoproj.io", "Application"))
"""What the root syncs: the bootstrap's own objects."""
PHASES = {"pre": "PreSync", "post": "PostSync", "pre-delete": "PreDelete", "post-delete": "PostDelete"}
CLEANUPS = {"before-next": "BeforeHookCreation", "succeeded": "HookSucceeded", "failed": "HookFailed"}


class ArgoCd:
    """Argo CD runs hooks itself: PreSync and PostSync around each sync, PreDelete and PostDelete
    around the Application's deletion (docs, "Sync Phases and Waves")."""

    name: ClassVar[Literal["argocd"]] = "argocd"
    runs_hooks: ClassVar[bool] = True
    impersonates: ClassVar[bool] = False

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
        self, scope: Construct, id: str, *, labels: AppLabels, units: Sequence[SyncedUnit], gitops: GitOps, root: str
    ) -> None:
        ArgoCdBootstrap(
            scope, id, labels=labels, units=units, repo_url=gitops.repo_url, revision=gitops.revision,
            path=gitops.path, root=root,
        )  # fmt: skip


def project_of(unit: SyncedUnit, catalog: str, owned: Set[str]) -> str:
    """The AppProject of a unit: `gitops` for an engine's own; `platform` for one that renders a
    cluster-scoped object other than a Namespace, or writes a namespace the catalog does not render
    (`owned`: kube-system, say); else the catalog's."""
    if unit.installs is not None:
        return GITOPS
    namespaces = {unit.destination} | {namespace_of(o) for o in unit.manifests()} - {""}
    if not namespaces <= owned or any(
        not namespace_of(o) and (api_group(o), o["kind"]) != ("", "Namespace") for o in unit.manifests()
    ):
        return PLATFORM
    return catalog


@dataclass(frozen=True)
class Access:
    """What a project allows, read off its units' objects: the namespaces they write, each cluster-scoped
    object by group, kind and name, and the namespaced kinds."""

    namespaces: frozenset[str]
    cluster: frozenset[tuple[str, str, str]]
    namespaced: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, units: Sequence[SyncedUnit]) -> Access:
        objects = [o for u in units for o in u.manifests()]
        return cls(
            namespaces=frozenset({u.destination for u in units} | {namespace_of(o) for o in objects} - {""}),
            cluster=frozenset((api_group(o), o["kind"], o["metadata"]["name"]) for o in objects if not namespace_of(o)),
            namespaced=frozenset((api_group(o), o["kind"]) for o in objects if namespace_of(o)),
        )


class ArgoCdBootstrap(Construct):
    """Renders one automated Application per unit (prune, selfHeal, server-side apply), the root
    Application that syncs this bootstrap's own folder (so a new unit's Application is applied with no
    hand-work, and a removed unit's is pruned, deleting its objects), and the AppProjects they belong to,
    each restricted to this repository and to the namespaces, cluster-scoped objects (by name) and
    namespaced kinds its units render: the catalog's (`homelab`: its namespaces, their Namespaces by name),
    `platform` (other cluster-scoped objects, or namespaces the catalog does not render) and `gitops`
    (the root, and the engine's own units).

    Applications are ordered by sync wave (a unit after those it depends on) and retried with backoff,
    so a fresh cluster converges from one sync. The root never prunes the engine's Application nor its
    own (`Prune=false`), and neither carries the deletion finalizer: deleting them deletes nothing else.
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
        project: str = "homelab",
    ) -> None:
        """
        :param labels: identity of the instance; objects add component "gitops".
        :param units: the deploy units to sync, one Application each.
        :param repo_url: the Git repository holding dist/.
        :param revision: the branch, tag or commit to sync (Argo CD's targetRevision takes each).
        :param path: folder of dist/ in the repository; a unit syncs `<path>/<unit>`.
        :param root: this bootstrap's own folder of dist/, and the name of the root Application.
        :param project: name of the catalog's AppProject. Default: "homelab".
        """
        super().__init__(scope, id)
        if not units:
            raise ValueError(f"ArgoCdBootstrap {id}: units must not be empty")
        meta = labels.component("gitops")
        order = waves(units)
        home = Chart.of(self).namespace
        if not home:
            raise ValueError(f"ArgoCdBootstrap {id}: its chart must name Argo CD's namespace")
        owned = {
            o["metadata"]["name"]
            for u in units
            for o in u.manifests()
            if (api_group(o), o["kind"]) == ("", "Namespace")
        }
        in_project = {u.unit_name: project_of(u, project, owned) for u in units}
        members: dict[str, list[SyncedUnit]] = {project: [], PLATFORM: [], GITOPS: []}
        for unit in units:
            members[in_project[unit.unit_name]].append(unit)

        from imports.argocd_appproject.io.argoproj import AppProject, AppProjectSpec

        for name, belong in members.items():
            if not belong and name != GITOPS:
                continue
            access = Access.of(belong)
            namespaced = access.namespaced | (frozenset(ROOT_KINDS) if name == GITOPS else frozenset())
            AppProject(
                self,
                f"Project-{name}",
                metadata=ApiObjectMetadata(name=name, labels=meta, annotations={SYNC_WAVE: "-1"}),
                spec=AppProjectSpec(
                    description=PROJECTS.get(name, "Deploy units rendered by cdk8s into dist/"),
                    source_repos=[repo_url],
                    destinations=[
                        {"server": IN_CLUSTER, "namespace": ns}
                        for ns in sorted(access.namespaces | ({home} if name == GITOPS else set()))
                    ],
                    cluster_resource_whitelist=[
                        {"group": g, "kind": k, "name": n} for g, k, n in sorted(access.cluster)
                    ],
                    namespace_resource_whitelist=[{"group": g, "kind": k} for g, k in sorted(namespaced)],
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

        sync_policy = ApplicationSpecSyncPolicy(
            # allowEmpty false: a unit that renders nothing is an error, never "prune everything".
            automated=ApplicationSpecSyncPolicyAutomated(prune=True, self_heal=True, allow_empty=False),
            sync_options=["ServerSideApply=true", "PruneLast=true"],
            # A failed sync (a verification hook that failed, say) is retried for good, at most every
            # 10 minutes: Argo CD never re-syncs a revision whose retries ran out.
            retry=ApplicationSpecSyncPolicyRetry(
                limit=-1, backoff=ApplicationSpecSyncPolicyRetryBackoff(duration="10s", factor=2, max_duration="10m")
            ),
        )
        synced = [(u.unit_name, u.destination, str(order[u.unit_name]), u.installs is None) for u in units]
        in_project[root] = GITOPS
        for name, destination, wave, cascade in [*synced, (root, home, "-1", False)]:
            annotations = {SYNC_WAVE: wave} if cascade else {SYNC_WAVE: wave, SYNC_OPTIONS: "Prune=false"}
            Application(
                self,
                f"Application-{name}",
                metadata=ApiObjectMetadata(
                    name=name, labels=meta, annotations=annotations, finalizers=[FINALIZER] if cascade else None
                ),
                spec=ApplicationSpec(
                    project=in_project[name],
                    source=ApplicationSpecSource(
                        repo_url=repo_url, target_revision=revision.ref[1], path=f"{path}/{name}"
                    ),
                    destination=ApplicationSpecDestination(server=IN_CLUSTER, namespace=destination),
                    sync_policy=sync_policy,
                ),
            )


PROJECTS = {
    PLATFORM: "Deploy units that write cluster-scoped objects (CRDs, ClusterRoles, ...), each allowed by name",
    GITOPS: "The root Application (the bootstrap folder) and the GitOps engine's own units",
}
