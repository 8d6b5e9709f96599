"""What an app reports to the monitoring stack (README, Monitoring), the same for every app:

- `Scrape`: the VMServiceScrape of an app's metrics (the VictoriaMetrics operator's ServiceMonitor);
- `AlertRules`: the VMRule of its alerts (not ready, crash-looping, volume full, certificate expiring,
  verification failed), with the thresholds of `THRESHOLDS`;
- `Dashboard`: the ConfigMap of its Grafana dashboard (logs, restarts, CPU and memory against requests
  and limits, its scrape), which Grafana's sidecar loads by its label.

Every query names the app's namespace and its own objects by the names the catalog gives them: the
container `<app>`, the claim `<app>`, the certificate `<app>-tls`, the Job `<app>-verify`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s import ApiObjectMetadata
from cdk8s_plus_33 import k8s
from constructs import Construct

from lib.labels import AppLabels

DASHBOARD_LABEL = ("grafana_dashboard", "1")
"""The label Grafana's dashboard sidecar loads ConfigMaps by (the chart's `grafana.sidecar.dashboards`)."""
POD_HASH = "[bcdfghjklmnpqrstvwxz2456789]"
"""The characters of a pod-template-hash and of a generated name's suffix (Kubernetes' SafeEncodeString):
no vowels, so no word such as `verify` matches."""


@dataclass(frozen=True)
class Thresholds:
    """When an app's alerts fire."""

    not_ready_for: str = "10m"
    crash_looping_for: str = "15m"
    volume_full_ratio: float = 0.85
    volume_full_for: str = "5m"
    certificate_days: int = 14


THRESHOLDS = Thresholds()


@dataclass(frozen=True, kw_only=True)
class Subject:
    """What the queries of one app name: its namespace, its objects, and what it has of each."""

    app: str
    namespace: str
    workload: str
    """deployment | statefulset | cronjob: how its pods and claims are named."""
    has_storage: bool
    storage_volume: str
    """Its claim template's name, for a StatefulSet's claims `<volume>-<app>-<ordinal>`."""
    has_host: bool
    has_check: bool
    scraped: bool

    def selector(self, **more: str) -> str:
        """A PromQL label selector: the app's namespace and `more` (equality; `~` ends a key for a regex)."""
        pairs = [f'namespace="{self.namespace}"']
        for key, value in more.items():
            pairs.append(f'{key[:-1]}=~"{value}"' if key.endswith("_") else f'{key}="{value}"')
        return "{" + ", ".join(pairs) + "}"

    @property
    def pods(self) -> str:
        """A regex of its pods' names: a Deployment's `<app>-<hash>-<suffix>`, a StatefulSet's `<app>-<n>`."""
        if self.workload == "statefulset":
            return f"{self.app}-[0-9]+"
        return f"{self.app}-{POD_HASH}+-{POD_HASH}{{5}}"

    @property
    def claims(self) -> str:
        """A regex of its claims' names: the Deployment's `<app>`, a StatefulSet's `<volume>-<app>-<n>`."""
        if self.workload == "statefulset":
            return f"{self.storage_volume}-{self.app}-[0-9]+"
        return self.app


class Scrape(Construct):
    """Renders the VMServiceScrape `<app>`: the scraper reads `path` on the app's Service port `port`."""

    def __init__(
        self, scope: Construct, id: str, *, name: str, labels: AppLabels, port: str, path: str,
        selector: Mapping[str, str] | None = None, honor_labels: bool = False, namespace: str | None = None,
    ) -> None:  # fmt: skip
        """
        :param name: the scrape's name.
        :param labels: identity of the app; the scrape adds component "monitoring".
        :param selector: the labels of the Service scraped. Default: the app's name and instance labels.
        :param port: the Service port's name.
        :param path: the HTTP path of its metrics.
        :param honor_labels: keep the target's own `namespace`, `job`, ... labels (cert-manager's `namespace`
            is its Certificate's). Default: False (the scraper's win, as Prometheus does).
        :param namespace: the scrape's namespace, the Service's. Default: the chart's.
        """
        super().__init__(scope, id)
        from imports.victoriametrics_vmservicescrape.com.victoriametrics.operator import (
            VmServiceScrape,
            VmServiceScrapeSpec,
            VmServiceScrapeSpecEndpoints,
            VmServiceScrapeSpecSelector,
        )

        VmServiceScrape(
            self,
            "Scrape",
            metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels.component("monitoring")),
            spec=VmServiceScrapeSpec(
                selector=VmServiceScrapeSpecSelector(match_labels=dict(selector or labels.selector())),
                endpoints=[VmServiceScrapeSpecEndpoints(port=port, path=path, honor_labels=honor_labels or None)],
            ),
        )


def alert_rules(subject: Subject, thresholds: Thresholds = THRESHOLDS) -> list[dict[str, Any]]:
    """The app's alerts, each {alert, expr, for, labels, annotations}: only those its shape can fire."""
    s, t = subject, thresholds
    rules: list[dict[str, Any]] = []
    if s.workload != "cronjob":  # a CronJob's finished pods are never ready
        rules.append({
            "alert": "AppPodNotReady",
            "expr": f"max by (namespace, pod) (kube_pod_status_ready{s.selector(condition='true', pod_=s.pods)}) == 0",
            "for": t.not_ready_for,
            "summary": f"a pod of {s.app} has not been ready for {t.not_ready_for}",
        })  # fmt: skip
    rules.append({
        "alert": "AppCrashLooping",
        "expr": f'max_over_time(kube_pod_container_status_waiting_reason{s.selector(container=s.app, reason="CrashLoopBackOff")}[5m]) >= 1',  # noqa: E501
        "for": t.crash_looping_for,
        "summary": f"{s.app} is restarting again and again (CrashLoopBackOff)",
    })  # fmt: skip
    if s.has_storage:
        claims = s.selector(persistentvolumeclaim_=s.claims)
        rules.append({
            "alert": "AppVolumeFull",
            "expr": f"kubelet_volume_stats_used_bytes{claims} / kubelet_volume_stats_capacity_bytes{claims} > {t.volume_full_ratio}",  # noqa: E501
            "for": t.volume_full_for,
            "summary": f"a volume of {s.app} is over {round(t.volume_full_ratio * 100)}% full (NFS: the whole export)",
        })  # fmt: skip
    if s.has_host:
        rules.append({
            "alert": "AppCertificateExpiring",
            "expr": f"certmanager_certificate_expiration_timestamp_seconds{s.selector(name=f'{s.app}-tls')} - time() < {t.certificate_days} * 86400",  # noqa: E501
            "for": "0m",
            "summary": f"the certificate of {s.app} expires within {t.certificate_days} days",
        })  # fmt: skip
    if s.has_check:
        rules.append({
            "alert": "AppVerificationFailed",
            "expr": f"kube_job_status_failed{s.selector(job_name=f'{s.app}-verify')} > 0",
            "for": "0m",
            "summary": f"the verification Job {s.app}-verify failed (kubectl -n {s.namespace} logs job/{s.app}-verify)",
        })  # fmt: skip
    return rules


class AlertRules(Construct):
    """Renders the VMRule `<app>`: one group `<app>` of the app's alerts (`alert_rules`), severity warning."""

    def __init__(self, scope: Construct, id: str, *, subject: Subject, labels: AppLabels) -> None:
        super().__init__(scope, id)
        from imports.victoriametrics_vmrule.com.victoriametrics.operator import (
            VmRule,
            VmRuleSpec,
            VmRuleSpecGroups,
            VmRuleSpecGroupsRules,
        )

        rules = [
            VmRuleSpecGroupsRules(
                alert=r["alert"],
                expr=r["expr"],
                for_=r["for"],
                labels={"severity": "warning", "app": subject.app},
                annotations={"summary": r["summary"]},
            )
            for r in alert_rules(subject)
        ]
        VmRule(
            self,
            "Rule",
            metadata=ApiObjectMetadata(name=subject.app, labels=labels.component("monitoring")),
            spec=VmRuleSpec(groups=[VmRuleSpecGroups(name=subject.app, rules=rules)]),
        )


def logs_query(namespace: str, container: str) -> str:
    """The LogsQL stream filter of one app's logs, as the VLAgent's Kubernetes collector labels them."""
    return f'{{kubernetes.pod_namespace="{namespace}", kubernetes.container_name="{container}"}}'


def dashboard(subject: Subject, *, metrics_uid: str, logs_uid: str) -> dict[str, Any]:
    """The app's Grafana dashboard, deterministic (fixed ids and positions, no timestamps)."""
    s = subject
    c = s.selector(container=s.app)
    prom = {"type": "prometheus", "uid": metrics_uid}
    panels: list[tuple[str, str, dict[str, Any], Sequence[tuple[str, str]]]] = [
        ("Logs", "logs", {"type": "victoriametrics-logs-datasource", "uid": logs_uid},
         [("", logs_query(s.namespace, s.app))]),
        ("Restarts", "timeseries", prom,
         [("restarts in 1h", f"sum(increase(kube_pod_container_status_restarts_total{c}[1h]))")]),
        ("CPU (cores)", "timeseries", prom, [
            ("used", f"sum(rate(container_cpu_usage_seconds_total{c}[5m]))"),
            ("requested", f"sum(kube_pod_container_resource_requests{s.selector(container=s.app, resource='cpu')})"),
            ("limit", f"sum(kube_pod_container_resource_limits{s.selector(container=s.app, resource='cpu')})"),
        ]),
        ("Memory (bytes)", "timeseries", prom, [
            ("working set", f"sum(container_memory_working_set_bytes{c})"),
            ("requested", f"sum(kube_pod_container_resource_requests{s.selector(container=s.app, resource='memory')})"),
            ("limit", f"sum(kube_pod_container_resource_limits{s.selector(container=s.app, resource='memory')})"),
        ]),
    ]  # fmt: skip
    if s.scraped:
        service = s.selector(service=s.app)
        panels.append(("Its metrics: scrape", "timeseries", prom, [
            ("up", f"max(up{service})"),
            ("samples", f"sum(scrape_samples_scraped{service})"),
        ]))  # fmt: skip
    rendered = []
    for i, (title, kind, datasource, queries) in enumerate(panels):
        width = 24 if kind == "logs" else 12
        rendered.append({
            "id": i + 1,
            "title": title,
            "type": kind,
            "datasource": datasource,
            "gridPos": {"h": 10 if kind == "logs" else 8, "w": width, "x": 0 if kind == "logs" else 12 * ((i - 1) % 2),
                        "y": 0 if kind == "logs" else 10 + 8 * ((i - 1) // 2)},
            "targets": [
                {"refId": chr(ord("A") + j), "expr": expr, **({"legendFormat": legend} if legend else {}),
                 "datasource": datasource}
                for j, (legend, expr) in enumerate(queries)
            ],
        })  # fmt: skip
    return {
        "uid": f"app-{s.app}"[:40],
        "title": f"{s.app} ({s.namespace})",
        "tags": ["homelab", s.namespace],
        "editable": False,
        "schemaVersion": 39,
        "time": {"from": "now-6h", "to": "now"},
        "panels": rendered,
    }


class Dashboard(Construct):
    """Renders the ConfigMap `<app>-dashboard`: the app's Grafana dashboard as `<app>.json`, labelled for the
    sidecar, which loads it from any namespace (`searchNamespace: ALL` in the chart's values)."""

    def __init__(
        self, scope: Construct, id: str, *, subject: Subject, labels: AppLabels, metrics_uid: str, logs_uid: str
    ) -> None:
        super().__init__(scope, id)
        body = dashboard(subject, metrics_uid=metrics_uid, logs_uid=logs_uid)
        k8s.KubeConfigMap(
            self,
            "Dashboard",
            metadata=k8s.ObjectMeta(
                name=f"{subject.app}-dashboard",
                labels={**labels.component("monitoring"), DASHBOARD_LABEL[0]: DASHBOARD_LABEL[1]},
            ),
            data={f"{subject.app}.json": json.dumps(body, indent=2, sort_keys=True) + "\n"},
        )
