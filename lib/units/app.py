"""Unit kind `apps`: one unit `<app>` per app of the catalog (what its kind renders, HTTPS at its host,
the NetworkPolicies of its traffic), and its verification: a hook of the app's unit where an engine in
use runs hooks (Argo CD), else a unit `<app>-verify` of its own, applied once the app's is ready."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from constructs import Construct

from lib.constructs.https import HttpsExposure, ServiceRef
from lib.constructs.monitoring import AlertRules, Dashboard, Scrape, Subject
from lib.constructs.network import AllowIngress, Peer, RestrictEgress
from lib.constructs.verify import LogVerification, Verification, VerifyJob, job_name, log_query
from lib.constructs.verify import selector as verify_selector
from lib.kinds import KINDS
from lib.labels import AppLabels
from lib.sync import Hook
from lib.units.base import Context, DeployUnit, Unit
from lib.units.namespace import NamespaceUnit, unit_name
from lib.values import schema

VERIFICATION = Hook(phases=("post",), cleanup=("before-next",))
"""After each sync of the app, once it is healthy; kept, with its logs, until the next one."""


def software(name: str, app: schema.App) -> str:
    """An app's `app.kubernetes.io/name`: the software its kind runs, or (kind web) its own name."""
    return KINDS[app.kind].software or name


class AppUnit(DeployUnit):
    """The unit of an app: what its kind renders, HTTPS at its host, its verification as a hook (when
    `hook_verification`), and (once `connect`ed to the catalog) the NetworkPolicies of its traffic:
    who may reach it, and where it may go. It waits for its namespace's unit and for the apps it talks to."""

    def __init__(
        self,
        scope: Construct,
        name: str,
        *,
        settings: schema.App,
        namespace: NamespaceUnit | None,
        cluster: schema.Cluster,
        part_of: str,
        talks_to: Mapping[str, schema.App] | None = None,
        waits_for: Sequence[str] = (),
        hook_verification: bool = True,
        rerun_verification: bool = False,
        monitoring: tuple[str, schema.Monitoring] | None = None,
    ) -> None:
        """
        :param name: the app's name: its unit, and the name of its objects.
        :param settings: its settings; `settings.kind` picks the construct.
        :param namespace: the unit of its namespace; None when the namespace is external.
        :param cluster: the cluster's settings: ingress (for a host), Traefik's and the DNS's pods.
        :param part_of: the `app.kubernetes.io/part-of` label.
        :param talks_to: the settings of the apps it talks to, by name, for its kind. Default: none.
        :param waits_for: the apps whose units are applied (and ready) before this one. Default: none.
        :param hook_verification: render the verification here, as a hook run after each sync.
            Default: True; False leaves it to a `VerifyUnit`.
        :param rerun_verification: an engine in use applies the hook as an object (Flux): the finished
            Job is removed after a while, so that it runs again. Default: False.
        :param monitoring: the monitoring stack's namespace and settings: the app's alert rules and dashboard,
            and with `metrics` its scrape and the scraper's way in. Default: none.
        """
        labels = AppLabels(name=software(name, settings), instance=name, version=settings.image.tag, part_of=part_of)
        self.app_labels = labels
        self.settings = settings
        depends_on = [*([namespace.unit_name] if namespace else []), *waits_for]
        super().__init__(
            scope, name, destination=settings.namespace, labels=labels, namespace=settings.namespace,
            depends_on=depends_on,
        )  # fmt: skip
        self.workload = KINDS[settings.kind](self, "App", name=name, app=settings, labels=labels, talks_to=talks_to)
        self.check: Verification | None = with_logs(self.workload.check, name, settings, cluster.logs)
        if self.check is not None and hook_verification:
            VerifyJob(self, "Verify", name=name, check=self.check, labels=labels, rerun=rerun_verification)
            self.hook(("batch", "Job", settings.namespace, job_name(name)), VERIFICATION)
        self.monitoring = monitoring
        if monitoring is not None:
            self._report(monitoring[1])
        ingress = cluster.ingress
        if settings.host is not None:
            if ingress is None or namespace is None:
                raise ValueError(
                    f"AppUnit {name}: a host needs the cluster's ingress settings and a rendered namespace"
                )
            HttpsExposure(
                self,
                "Https",
                labels=labels,
                host=settings.host,
                backend=ServiceRef(name, self.workload.ports[settings.routed_port].port),
                ingress=ingress,
                shared=namespace.ingress(ingress),
                source_ranges=self._source_ranges(ingress, cluster.pod_network),
            )

    def _report(self, monitoring: schema.Monitoring) -> None:
        """What it reports to the monitoring stack: its alert rules, its dashboard, its scrape."""
        settings, labels = self.settings, self.app_labels
        subject = Subject(
            app=self.unit_name, namespace=settings.namespace, workload=settings.workload,
            has_storage=settings.storage is not None, storage_volume=settings.storage_volume,
            has_host=settings.host is not None, has_check=self.check is not None, scraped=settings.metrics is not None,
        )  # fmt: skip
        AlertRules(self, "Alerts", subject=subject, labels=labels)
        Dashboard(self, "Dashboard", subject=subject, labels=labels, metrics_uid=monitoring.datasources.metrics,
                  logs_uid=monitoring.datasources.logs)  # fmt: skip
        if settings.metrics is not None:
            Scrape(self, "Scrape", name=self.unit_name, labels=labels, port=self._metrics_port,
                   path=settings.metrics.path)  # fmt: skip

    @property
    def _metrics_port(self) -> str:
        """The name of the port its metrics are served on (the values check it is one of its ports)."""
        assert self.settings.metrics is not None
        return next(n for n, p in self.workload.ports.items() if p.port == self.settings.metrics.port)

    def _source_ranges(self, ingress: schema.Ingress, pod_network: str) -> Sequence[str] | None:
        """Who its route answers, when not the namespace's allow list: its own `sourceRanges`, and the
        pod network when its check calls the route (`verify.viaIngress`)."""
        if self.check is None or self.check.public_host is None:
            return self.settings.source_ranges
        return (*(self.settings.source_ranges or ingress.source_ranges), pod_network)

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
        to it all of them, its check the port it checks); unless its egress is open, where it may go; and
        where its check may go (the DNS, the app on the port it checks, Traefik for its public route, the
        log store it asks)."""
        name, settings = self.unit_name, self.settings
        labels, own = self.app_labels, self.workload.selector
        sources: dict[str, tuple[Peer, Peer]] = {}  # source -> (who, on which of our ports)
        for source, client in catalog.items():
            if name in client.settings.talks_to:
                sources[source] = (client.peer(ports=[]), self.peer())
        if settings.host is not None and cluster.ingress is not None:
            traefik = cluster.ingress.traefik
            who = Peer(namespace=traefik.namespace, labels=traefik.labels)
            sources = {"traefik": (who, self.peer(ports=[settings.routed_port])), **sources}
        if self.check is not None:
            who = Peer(namespace=settings.namespace, labels=verify_selector(labels))
            sources["verify"] = (who, self.peer(ports=[schema.HTTP]))
        if settings.metrics is not None and self.monitoring is not None:
            namespace, monitoring = self.monitoring
            sources["scraper"] = (Peer(namespace=namespace, labels=monitoring.scraper), self.peer([self._metrics_port]))
        for source, (who, target) in sources.items():
            AllowIngress(
                self, f"From-{source}", name=f"{name}-from-{source}", labels=labels, selector=own,
                sources=[who], ports=target.ports,
            )  # fmt: skip
        dns = Peer(namespace=cluster.dns.namespace, labels=cluster.dns.labels, ports=[(53, "UDP"), (53, "TCP")])
        if settings.egress != "open":
            RestrictEgress(
                self, "Egress", name=name, labels=labels, selector=own, dns=dns,
                peers=[catalog[t].peer() for t in settings.talks_to], internet=settings.egress == "internet",
            )  # fmt: skip
        if self.check is not None:  # its check reaches the app on the port it checks, Traefik for its route, the logs
            peers = [self.peer(ports=[schema.HTTP])]
            if self.check.public_host and cluster.ingress:
                traefik = cluster.ingress.traefik
                peers.append(Peer(namespace=traefik.namespace, labels=traefik.labels))
            if self.check.logs and cluster.logs:
                peers.append(log_store(cluster.logs))
            RestrictEgress(
                self, "VerifyEgress", name=job_name(name), labels=labels, selector=verify_selector(labels), dns=dns,
                peers=peers,
            )  # fmt: skip


def with_logs(
    check: Verification | None, name: str, app: schema.App, logs: schema.LogStore | None
) -> Verification | None:
    """The app's check, asking the log store for the app's recent lines too when the values name one
    and its `verify.logs` is not off."""
    verify = schema.verify_of(app)
    wanted = (verify.logs if verify else None) or schema.VerifyLogs()
    if check is None or logs is None or not wanted.enabled:
        return check
    query = log_query(app.namespace, name, wanted.since_seconds)  # the app's container is named like the app
    found = LogVerification(store=logs.url, query=query, within_seconds=wanted.within_seconds)
    return dataclasses.replace(check, logs=found)


def log_store(logs: schema.LogStore) -> Peer:
    """The log store's pods, on the port of its URL."""
    return Peer(namespace=logs.namespace, labels=logs.labels, ports=[(logs.port, "TCP")])


def admit_log_checks(context: Context, apps: Sequence[AppUnit]) -> None:
    """Render, in the unit of the log store's namespace, a NetworkPolicy `<service>-from-<app>-verify` for
    each check that asks the store for its app's lines: the store's pods accept it on their port. Not in a
    namespace the catalog does not render: a policy selecting its pods there would cut off everyone else
    (README, Log access)."""
    logs = context.catalog.cluster.logs
    home = context.find(unit_name(logs.namespace)) if logs else None
    if logs is None or not isinstance(home, NamespaceUnit):
        return
    store = log_store(logs)
    for app in (a for a in apps if a.check and a.check.logs):
        source = job_name(app.unit_name)
        AllowIngress(
            home, f"{source}-Logs", name=f"{logs.service}-from-{source}", labels=home.app_labels,
            selector=store.labels, sources=[Peer(namespace=app.destination, labels=verify_selector(app.app_labels))],
            ports=store.ports, namespace=logs.namespace,
        )  # fmt: skip


class VerifyUnit(DeployUnit):
    """The verification of one app, where no engine in use runs hooks (Flux): applied once the app's
    unit is ready, waited for, and replaced when the check changes, so the engine shows it pass or fail."""

    replace = True

    def __init__(self, scope: Construct, app: AppUnit, *, check: Verification) -> None:
        super().__init__(
            scope,
            job_name(app.unit_name),
            destination=app.destination,
            labels=app.app_labels,
            namespace=app.destination,
            depends_on=[app.unit_name],
        )
        self.timeout = f"{check.deadline_seconds + 60}s"
        VerifyJob(self, "Verify", name=app.unit_name, check=check, labels=app.app_labels, rerun=True)


def build(scope: Construct, context: Context) -> list[Unit]:
    catalog = context.catalog
    waits_for = catalog.waits_for
    apps: dict[str, AppUnit] = {}
    stack = catalog.platform.monitoring
    monitoring = (catalog.charts[stack.chart].namespace, stack) if stack is not None else None
    for name, settings in catalog.apps.items():
        namespace = context.find(unit_name(settings.namespace))
        apps[name] = AppUnit(
            scope,
            name,
            settings=settings,
            namespace=namespace if isinstance(namespace, NamespaceUnit) else None,  # None: an external namespace
            cluster=catalog.cluster,
            part_of=catalog.part_of,
            talks_to={target: catalog.apps[target] for target in settings.talks_to},
            waits_for=waits_for[name],
            hook_verification=context.runs_hooks,
            rerun_verification=any(not engine.runs_hooks for engine in context.engines),
            monitoring=monitoring,
        )
    for unit in apps.values():
        unit.connect(apps, catalog.cluster)
    admit_log_checks(context, list(apps.values()))
    checks = [] if context.runs_hooks else [VerifyUnit(scope, a, check=a.check) for a in apps.values() if a.check]
    return [*apps.values(), *checks]
