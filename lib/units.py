"""Deploy units: one Chart each, one folder in dist/, one Argo CD Application or Flux Kustomization.

- `NamespaceUnit` `namespace-<ns>`: the Namespace, and what the namespace owns
  (the HTTPS redirect Middleware its apps share);
- `AppUnit` `<app>`: the app's kind construct, HTTPS when it has a host, and with Argo CD the
  verification Job as a PostSync hook;
- `VerifyUnit` `<app>-verify`: with Flux alone, the verification Job in a unit of its own;
- `GitOpsUnit` `gitops-<engine>`: the bootstrap of the others, applied once by hand.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from cdk8s import Chart
from constructs import Construct

from lib import __version__
from lib.constructs.gitops import ArgoCdBootstrap, FluxBootstrap
from lib.constructs.https import HttpsExposure, NamespaceIngress, ServiceRef
from lib.constructs.namespace import Namespace
from lib.constructs.network import AllowIngress, DefaultDenyIngress, Peer, RestrictEgress
from lib.constructs.verify import Check, VerifyJob, job_name
from lib.kinds import KINDS
from lib.labels import AppLabels
from lib.manifests import Manifest
from lib.values import schema
from lib.values.schema import GITOPS_UNIT_PREFIX, NAMESPACE_UNIT_PREFIX


class DeployUnit(Chart):
    """A Chart that is one deploy unit: its objects land in dist/<unit_name>, synced into `destination`."""

    synced = True
    """Synced by the GitOps engine (False for the bootstrap, which is applied by hand)."""
    force = False
    """Flux replaces objects whose immutable fields change (only for units of Jobs: never a volume)."""
    timeout: str | None = None
    """How long Flux waits for the unit to be ready; None for the bootstrap's default."""

    def __init__(
        self,
        scope: Construct,
        unit_name: str,
        *,
        destination: str,
        labels: AppLabels,
        namespace: str | None = None,
        depends_on: Sequence[str] = (),
    ) -> None:
        """
        :param unit_name: the unit's name: its folder in dist/ and its Application or Kustomization.
        :param destination: the namespace the GitOps engine syncs it into.
        :param labels: identity of the unit; every object carries its common labels.
        :param namespace: the namespace of every object. Default: none (each object says, or is cluster-scoped).
        :param depends_on: the names of the units applied before this one. Default: none.
        """
        super().__init__(
            scope, unit_name, namespace=namespace, labels=labels.common(), disable_resource_name_hashes=True
        )
        self.unit_name = unit_name
        self.destination = destination
        self.depends_on = tuple(depends_on)
        self._manifests: list[Manifest] | None = None

    def manifests(self) -> list[Manifest]:
        """The unit's objects, rendered once (one `to_json()`, the costly call) and kept."""
        if self._manifests is None:
            self._manifests = list(self.to_json())
        return self._manifests


class NamespaceUnit(DeployUnit):
    """The unit of a namespace: applied before every app in it. It denies all ingress to its pods
    (each app's unit lets in what it needs) and owns the Middlewares its exposed apps share."""

    def __init__(self, scope: Construct, name: str, *, settings: schema.Namespace, part_of: str) -> None:
        labels = AppLabels(name=name, instance=name, version=__version__, part_of=part_of)
        # No chart namespace: a Namespace is cluster-scoped; what lives in it says so itself.
        super().__init__(scope, f"{NAMESPACE_UNIT_PREFIX}{name}", destination=name, labels=labels)
        self.app_labels = labels
        self._ingress: NamespaceIngress | None = None
        Namespace(self, "Namespace", name=name, labels=labels, pod_security=settings.pod_security)
        DefaultDenyIngress(self, "DefaultDenyIngress", namespace=name, labels=labels)

    def ingress(self, settings: schema.Ingress) -> NamespaceIngress:
        """The namespace's shared route Middlewares, rendered with the first app that asks for them."""
        if self._ingress is None:
            self._ingress = NamespaceIngress(
                self, "HttpsRedirect", namespace=self.destination, labels=self.app_labels, ingress=settings
            )
        return self._ingress


def software(name: str, app: schema.App) -> str:
    """An app's `app.kubernetes.io/name`: the software its kind runs, or (kind web) its own name."""
    return KINDS[app.kind].software or name


class AppUnit(DeployUnit):
    """The unit of an app: what its kind renders, HTTPS at its host, its verification (a hook with
    Argo CD), and (once `connect`ed to the catalog) the NetworkPolicies of its traffic: who may reach
    it, and where it may go. It waits for its namespace's unit and for the apps it talks to."""

    def __init__(
        self,
        scope: Construct,
        name: str,
        *,
        app: schema.App,
        namespace: NamespaceUnit | None,
        cluster: schema.Cluster,
        engines: Collection[schema.Engine],
        part_of: str,
        waits_for: Sequence[str] = (),
    ) -> None:
        """
        :param name: the app's name: its unit, and the name of its objects.
        :param app: its settings; `app.kind` picks the construct.
        :param namespace: the unit of its namespace; None when the namespace is external.
        :param cluster: the cluster's settings: ingress (for a host), Traefik's and the DNS's pods.
        :param engines: the GitOps engines in use: with Argo CD the verification is a hook here.
        :param part_of: the `app.kubernetes.io/part-of` label.
        :param waits_for: the apps whose units are applied (and ready) before this one. Default: none.
        """
        labels = AppLabels(name=software(name, app), instance=name, version=app.image.tag, part_of=part_of)
        self.app_labels = labels
        self.app = app
        depends_on = [*([namespace.unit_name] if namespace else []), *waits_for]
        super().__init__(
            scope, name, destination=app.namespace, labels=labels, namespace=app.namespace, depends_on=depends_on
        )
        self.workload = KINDS[app.kind](self, "App", name=name, app=app, labels=labels)
        self.check = self.workload.check
        if self.check is not None and verified_by_hook(engines):
            # Flux, when it is used too, applies the hook as a plain Job of this unit: let it replace it.
            VerifyJob(
                self,
                "Verify",
                name=name,
                check=self.check,
                labels=labels,
                argocd_hook=True,
                flux_force="flux" in engines,
            )
        ingress = cluster.ingress
        if app.host is not None:
            if ingress is None or namespace is None:
                raise ValueError(
                    f"AppUnit {name}: a host needs the cluster's ingress settings and a rendered namespace"
                )
            HttpsExposure(
                self,
                "Https",
                labels=labels,
                host=app.host,
                backend=ServiceRef(name, self.workload.ports[app.routed_port].port),
                ingress=ingress,
                shared=namespace.ingress(ingress),
                source_ranges=app.source_ranges,
            )

    def peer(self, ports: Sequence[str] | None = None) -> Peer:
        """Its pods, as a NetworkPolicy names them, on `ports` (names; default: every port it listens on)."""
        own = self.workload.ports
        chosen = own if ports is None else {n: own[n] for n in ports}
        return Peer(
            namespace=self.destination,
            labels=self.workload.selector,
            ports=[(p.port, p.protocol) for p in chosen.values()],
        )

    def connect(self, catalog: Mapping[str, AppUnit], cluster: schema.Cluster) -> None:
        """Render its NetworkPolicies: who may reach its ports (Traefik its routed port, the apps that talk
        to it all of them, its check the port it checks), and, unless its egress is open, where it may go."""
        name, app = self.unit_name, self.app
        labels, own = self.app_labels, self.workload.selector
        sources: dict[str, tuple[Peer, Peer]] = {}  # source -> (who, on which of our ports)
        for source, client in catalog.items():
            if name in client.app.talks_to:
                sources[source] = (client.peer(ports=[]), self.peer())
        if app.host is not None and cluster.ingress is not None:
            traefik = cluster.ingress.traefik
            who = Peer(namespace=traefik.namespace, labels=traefik.labels)
            sources = {"traefik": (who, self.peer(ports=[app.routed_port])), **sources}
        if self.check is not None:
            who = Peer(namespace=app.namespace, labels={**own, "app.kubernetes.io/instance": job_name(name)})
            sources["verify"] = (who, self.peer(ports=[schema.HTTP]))
        for source, (who, target) in sources.items():
            AllowIngress(
                self, f"From-{source}", name=f"{name}-from-{source}", labels=labels, selector=own,
                sources=[who], ports=target.ports,
            )  # fmt: skip
        if app.egress != "open":
            dns = Peer(namespace=cluster.dns.namespace, labels=cluster.dns.labels, ports=[(53, "UDP"), (53, "TCP")])
            RestrictEgress(
                self, "Egress", name=name, labels=labels, selector=own, dns=dns,
                peers=[catalog[t].peer() for t in app.talks_to], internet=app.egress == "internet",
            )  # fmt: skip


def verified_by_hook(engines: Collection[schema.Engine]) -> bool:
    """Whether an app's check is an Argo CD PostSync hook in its own unit, or (Flux alone) a unit of its own."""
    return "argocd" in engines


class VerifyUnit(DeployUnit):
    """The verification of one app for Flux: applied once the app's unit is ready, waited for, and
    replaced (force) when the check changes, so `flux get kustomizations` shows it pass or fail."""

    force = True

    def __init__(self, scope: Construct, app: AppUnit, *, check: Check) -> None:
        super().__init__(
            scope,
            job_name(app.unit_name),
            destination=app.destination,
            labels=app.app_labels,
            namespace=app.destination,
            depends_on=[app.unit_name],
        )
        self.timeout = f"{check.deadline_seconds + 60}s"
        VerifyJob(self, "Verify", name=app.unit_name, check=check, labels=app.app_labels, argocd_hook=False)


class GitOpsUnit(DeployUnit):
    """The bootstrap of one GitOps engine for the synced units: applied once by hand (README, GitOps)."""

    synced = False

    def __init__(
        self,
        scope: Construct,
        engine: schema.Engine,
        *,
        gitops: schema.GitOps,
        units: Sequence[DeployUnit],
        part_of: str,
    ) -> None:
        name = f"{GITOPS_UNIT_PREFIX}{engine}"
        labels = AppLabels(name=f"{engine}-bootstrap", instance=name, version=__version__, part_of=part_of)
        namespace = gitops.engines[engine]
        super().__init__(scope, name, destination=namespace, labels=labels, namespace=namespace)
        bootstrap = ArgoCdBootstrap if engine == "argocd" else FluxBootstrap
        bootstrap(
            self,
            "Bootstrap",
            labels=labels,
            units=units,
            repo_url=gitops.repo_url,
            revision=gitops.revision,
            path=gitops.path,
        )
