"""What a GitOps engine's account may do in one namespace: a Role and the RoleBinding that gives it to
the engines' ServiceAccounts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib.labels import AppLabels

ROLE = "gitops-reconciler"
"""The name of the Role, and of its RoleBinding, in every namespace whose units an engine impersonates."""


@dataclass(frozen=True)
class Grant:
    """Verbs on resources of one API group ("" for the core group)."""

    group: str
    resources: tuple[str, ...]
    verbs: tuple[str, ...]


class ReconcilerAccess(Construct):
    """Renders the Role `gitops-reconciler` of a namespace, holding exactly `grants`, and the RoleBinding
    that gives it to `accounts`: an engine applying a unit as one of them can change nothing else."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        labels: AppLabels,
        grants: Sequence[Grant],
        accounts: Sequence[tuple[str, str]],
    ) -> None:
        """
        :param namespace: the namespace the Role holds rights in.
        :param labels: identity of the instance; both objects add component "gitops".
        :param grants: the Role's rules, one per API group and set of verbs.
        :param accounts: (namespace, name) of each ServiceAccount bound to it.
        """
        super().__init__(scope, id)
        if not grants or not accounts:
            raise ValueError(f"ReconcilerAccess {id}: grants and accounts must not be empty")
        meta = k8s.ObjectMeta(name=ROLE, namespace=namespace, labels=labels.component("gitops"))
        k8s.KubeRole(
            self,
            "Role",
            metadata=meta,
            rules=[k8s.PolicyRule(api_groups=[g.group], resources=[*g.resources], verbs=[*g.verbs]) for g in grants],
        )
        k8s.KubeRoleBinding(
            self,
            "Binding",
            metadata=meta,
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=ROLE),
            subjects=[k8s.Subject(kind="ServiceAccount", namespace=ns, name=name) for ns, name in accounts],
        )
