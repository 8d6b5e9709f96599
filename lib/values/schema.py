"""The settings a values file holds: frozen dataclasses that check themselves.

Every field's rules (`lib/rules.py`) run when a settings object is made,
whether by the loader from YAML or by Python code handing settings to a
construct, so a rule is written once. An error is an `InvalidValue` whose
subpath is the YAML key (`.storage.size`); the loader puts the file and the
path in front of it. Keys are camelCase in YAML and snake_case here.

The cluster is a catalog: `namespaces` (name -> settings) and `apps`
(name -> settings). An app's `kind` picks the construct that renders it
(`lib/kinds.py`); a kind may extend `App` with settings of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from lib import rules
from lib.rules import InvalidValue, Rule

PodSecurityLevel = Literal["privileged", "baseline", "restricted"]
Engine = Literal["argocd", "flux"]
WorkloadKind = Literal["deployment", "statefulset", "cronjob"]

HTTP = "http"
"""The name of the port an app serves HTTP on: what `port: N` names, what a host routes to and the
default probe asks, unless the values name another."""
CONFIG_MAP_LIMIT = 1024 * 1024
"""A ConfigMap holds at most 1 MiB (the API server's limit on an object in etcd is about 1.5 MiB)."""
POD_TEXT_LIMIT = 1024 * 1024
"""`env`, `command`, `args` and `probe.exec` together: the pod template holds them, in a workload that
etcd stores whole (1.5 MiB by default); Linux's ARG_MAX (2 MiB by default) holds arguments and
environment together too."""
REPLICAS_MAX = 100
CPU_TARGET_MIN, CPU_TARGET_MAX = 10, 1000
"""`autoscaling.targetCPUUtilizationPercentage`: below 10 % of its request an idle pod's noise scales it up;
above the request (100 %) is reachable only up to the CPU limit, which the app's own check bounds."""
GPU_MAX = 8

NAMESPACE_UNIT_PREFIX = "namespace-"
"""The deploy unit of namespace `ml` is `namespace-ml`."""
GITOPS_UNIT_PREFIX = "gitops-"
"""The GitOps bootstrap of Argo CD is the unit `gitops-argocd`."""
VERIFY_UNIT_SUFFIX = "-verify"
"""The verification of app `ollama` is `ollama-verify` (its Job, and with Flux its unit)."""
CRDS_UNIT_SUFFIX = "-crds"
"""The CRDs of chart `metallb` are the unit `metallb-crds`, applied before the unit `metallb`."""


def setting(*checks: Rule, default: Any = dataclasses.MISSING, key: str | None = None, factory: Any = None) -> Any:
    """A field with value rules; `key` overrides its YAML key (default: the field name in camelCase)."""
    if factory is not None:
        return field(default_factory=factory, metadata={"rules": checks, "key": key})
    return field(default=default, metadata={"rules": checks, "key": key})


def camel(name: str) -> str:
    """A settings attribute as the values file spells it: `storage_class_name` is `storageClassName`."""
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def yaml_key(f: dataclasses.Field[Any]) -> str:
    """The key of a field in the values file: its `key`, or its name in camelCase."""
    return str(f.metadata["key"]) if f.metadata.get("key") else camel(f.name)


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Base of every settings class: runs each field's rules, then `validate()` for rules across fields.
    (Values are validated, renders checked by the gate, deployments verified.)"""

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            for rule in f.metadata.get("rules", ()):
                try:
                    rule(value)
                except InvalidValue as err:
                    raise InvalidValue(err.message, f".{yaml_key(f)}{err.subpath}") from None
        self.validate()

    def validate(self) -> None:
        """Rules across fields; raise InvalidValue(message, ".key") naming the key at fault."""


# ---------------------------------------------------------------- cluster


@dataclass(frozen=True, kw_only=True)
class EntryPoints(Settings):
    web: str = setting(rules.entry_point, default="web")
    websecure: str = setting(rules.entry_point, default="websecure")

    def validate(self) -> None:
        if self.web == self.websecure:
            raise InvalidValue(
                f"is also web's: plain HTTP is redirected to HTTPS on another entry point (one host, one route per "
                f"entry point), got {rules.shown(self.websecure)}",
                ".websecure",
            )


@dataclass(frozen=True, kw_only=True)
class Pods(Settings):
    """Pods the cluster runs outside the catalog, found by namespace and labels (for NetworkPolicies)."""

    namespace: str = setting(rules.dns_label)
    labels: Mapping[str, str] = setting(rules.each_key(rules.label_key), rules.each_value(rules.label_value))

    def validate(self) -> None:
        if not self.labels:
            raise InvalidValue(
                f"lists no label, which selects every pod of namespace {self.namespace}: name the labels of its pods",
                ".labels",
            )


def _traefik() -> Pods:
    # K3s' bundled Traefik (the K3s hardening guide's NetworkPolicy example uses these labels).
    return Pods(
        namespace="kube-system",
        labels={"app.kubernetes.io/name": "traefik", "app.kubernetes.io/instance": "traefik-kube-system"},
    )


def _cluster_dns() -> Pods:
    return Pods(namespace="kube-system", labels={"k8s-app": "kube-dns"})  # K3s' CoreDNS


@dataclass(frozen=True, kw_only=True)
class IpStrategy(Settings):
    """How Traefik finds the client's address: the Traefik ipStrategy of the allow list (README, Security)."""

    depth: int | None = setting(rules.between(1, 32, " (proxies in front of Traefik)"), default=None)
    excluded_ips: tuple[str, ...] = setting(rules.each(rules.cidr), default=(), key="excludedIPs")


@dataclass(frozen=True, kw_only=True)
class Ingress(Settings):
    """HTTPS for every app with a `host`: Traefik entry points, the cert-manager ClusterIssuer, and who
    may connect at all (every route answers only `sourceRanges`)."""

    cluster_issuer: str = setting(rules.object_name)
    entry_points: EntryPoints = setting(factory=EntryPoints)
    source_ranges: tuple[str, ...] = setting(
        rules.each(rules.cidr), rules.unique("range"), default=("100.64.0.0/10", "192.168.2.0/24")
    )
    client_address: Literal["preserved-elsewhere"] | None = None
    """How Traefik keeps the client's address when neither `platform.traefik` nor `ipStrategy` says:
    `preserved-elsewhere` (Traefik configured outside this catalog). Default: unset, which refuses
    routes without one of the three (`check_client_address`)."""
    ip_strategy: IpStrategy | None = None
    traefik: Pods = setting(factory=_traefik)
    allow_everyone: bool = False
    """Let `sourceRanges` cover every address (0.0.0.0/0, ::/0): every route answers whoever reaches Traefik."""

    def validate(self) -> None:
        if not self.source_ranges:
            raise InvalidValue("lists no range: every route would refuse everyone", ".sourceRanges")
        whole = rules.everyone(self.source_ranges)
        if whole is not None and not self.allow_everyone:
            at = self.source_ranges.index(whole) if whole in self.source_ranges else None
            raise InvalidValue(
                f"{'lets in' if at is not None else 'together let in'} every address ({whole}): every route would "
                "answer the whole internet; name your networks, or set cluster.ingress.allowEveryone: true to mean it",
                f".sourceRanges[{at}]" if at is not None else ".sourceRanges",
            )


@dataclass(frozen=True, kw_only=True)
class LogStore(Settings):
    """The log store every app's lines go to (VictoriaLogs): each verification asks its HTTP API for its
    app's recent lines (README, Log access). Its pods let the checks in, and their egress reaches it."""

    url: str = setting(rules.service_url)
    """Its Service, `http://<service>.<namespace>.svc:<port>`: the port is its pods' too."""
    labels: Mapping[str, str] = setting(rules.each_key(rules.label_key), rules.each_value(rules.label_value))
    """Labels of its pods, for the NetworkPolicies."""

    def validate(self) -> None:
        if not self.labels:
            raise InvalidValue(
                f"lists no label, which selects every pod of namespace {self.namespace}: name the labels of the "
                "log store's pods",
                ".labels",
            )

    @property
    def service(self) -> str:
        return rules.service_url_parts(self.url)[0]

    @property
    def namespace(self) -> str:
        return rules.service_url_parts(self.url)[1]

    @property
    def port(self) -> int:
        return rules.service_url_parts(self.url)[2]


@dataclass(frozen=True, kw_only=True)
class Cluster(Settings):
    kubernetes_version: str = setting(rules.kubernetes_version, default="1.33")
    external_namespaces: tuple[str, ...] = setting(rules.each(rules.dns_label), rules.unique("namespace"), default=())
    ingress: Ingress | None = None
    dns: Pods = setting(factory=_cluster_dns)
    """The cluster's DNS, which an app with restricted egress may still ask."""
    pod_network: str = setting(rules.cidr, default="10.42.0.0/16")
    """The pods' addresses (K3s' --cluster-cidr): what a route sees when a pod of the cluster calls it."""
    logs: LogStore | None = None
    """The log store the verifications ask for their app's lines. Default: none, and no log check."""


@dataclass(frozen=True, kw_only=True)
class Revision(Settings):
    """What the GitOps engine follows: exactly one of a branch, a tag or a commit."""

    branch: str | None = setting(rules.git_ref_name, default=None)
    tag: str | None = setting(rules.git_ref_name, default=None)
    commit: str | None = setting(rules.git_commit, default=None)

    def validate(self) -> None:
        given = [name for name in ("branch", "tag", "commit") if getattr(self, name) is not None]
        if len(given) != 1:
            got = f"got {' and '.join(given)}" if given else "got none"
            raise InvalidValue(f"expected exactly one of branch, tag or commit, {got}")

    @property
    def ref(self) -> tuple[Literal["branch", "tag", "commit"], str]:
        """(which, value): ("branch", "main"), ("tag", "v1.2.0") or ("commit", "<40 hex>")."""
        for name in ("branch", "tag", "commit"):
            value = getattr(self, name)
            if value is not None:
                return name, value  # type: ignore[return-value]
        raise AssertionError("validate() guarantees one")


@dataclass(frozen=True, kw_only=True)
class GitOps(Settings):
    engine: Literal["argocd", "flux", "both"] = "argocd"
    repo_url: str = setting(rules.https_url, key="repoURL")
    revision: Revision = setting(factory=lambda: Revision(branch="main"))
    path: str = setting(rules.git_path, default="dist")
    argocd_namespace: str = setting(rules.dns_label, default="argocd")
    flux_namespace: str = setting(rules.dns_label, default="flux-system")

    @property
    def engines(self) -> dict[Engine, str]:
        """Each engine in use, with the namespace its bootstrap objects live in."""
        return {e: ns for e, ns in self.engine_namespaces.items() if self.engine in (e, "both")}

    @property
    def engine_namespaces(self) -> dict[Engine, str]:
        """Every engine, in use or not, with the namespace it runs in."""
        return {"argocd": self.argocd_namespace, "flux": self.flux_namespace}


@dataclass(frozen=True, kw_only=True)
class Namespace(Settings):
    pod_security: PodSecurityLevel = "baseline"


# ---------------------------------------------------------------- apps


@dataclass(frozen=True, kw_only=True)
class Image(Settings):
    repository: str = setting(rules.image_repository)
    tag: str = setting(rules.image_tag)
    digest: str = setting(rules.image_digest, default="")

    def validate(self) -> None:
        try:
            rules.label_value(self.tag)
        except InvalidValue:
            raise InvalidValue(
                f"is the app.kubernetes.io/version label of the app's objects, so at most 63 characters with a letter "
                f"or digit first and last, got {rules.shown(self.tag)}",
                ".tag",
            ) from None
        if rules.moving_tag(self.tag) and not self.digest:
            raise InvalidValue(
                f"{self.tag!r} names whatever was pushed last, not a release: pin one such as 0.17.7, or add "
                "digest: sha256:...",
                ".tag",
            )

    @property
    def reference(self) -> str:
        """`repository:tag`, plus `@digest` when one is pinned."""
        return f"{self.repository}:{self.tag}" + (f"@{self.digest}" if self.digest else "")


@dataclass(frozen=True, kw_only=True)
class ResourceList(Settings):
    cpu: str = setting(rules.cpu_quantity)
    memory: str = setting(rules.memory_quantity)


@dataclass(frozen=True, kw_only=True)
class Resources(Settings):
    requests: ResourceList
    limits: ResourceList

    def validate(self) -> None:
        for name in ("cpu", "memory"):
            if rules.parse_quantity(getattr(self.requests, name)) > rules.parse_quantity(getattr(self.limits, name)):
                raise InvalidValue(f"requests.{name} must not exceed limits.{name}")


@dataclass(frozen=True, kw_only=True)
class Port(Settings):
    """A port the app's container listens on (and its Service serves, unless it is a cronjob)."""

    port: int = setting(rules.port_number)
    protocol: Literal["TCP", "UDP"] = "TCP"


@dataclass(frozen=True, kw_only=True)
class HttpProbe(Settings):
    path: str = setting(rules.http_path, default="/")
    port: str = setting(rules.port_name, default=HTTP)


@dataclass(frozen=True, kw_only=True)
class Probe(Settings):
    """How Kubernetes tells that the app lives and can serve: exactly one of an HTTP GET, a TCP
    connection to a named port, or a command run in the container (exit 0: healthy)."""

    http: HttpProbe | None = None
    tcp: str | None = setting(rules.port_name, default=None)
    exec_: tuple[str, ...] | None = setting(rules.each(rules.argument), default=None, key="exec")

    def validate(self) -> None:
        given = [yaml_key(f) for f in dataclasses.fields(self) if getattr(self, f.name) is not None]
        if len(given) != 1:
            raise InvalidValue(f"expected exactly one of http, tcp or exec, got {' and '.join(given) or 'none'}")
        if self.exec_ is not None and not self.exec_:
            raise InvalidValue("lists no command", ".exec")

    @property
    def port(self) -> str | None:
        """The named port the probe connects to (None for exec)."""
        return self.http.port if self.http is not None else self.tcp


@dataclass(frozen=True, kw_only=True)
class Storage(Settings):
    """A volume claim, mounted at `mountPath`; never pruned by Argo CD or Flux."""

    storage_class_name: str = setting(rules.object_name)
    size: str = setting(rules.storage_size)
    mount_path: str = setting(rules.absolute_path)
    access_mode: Literal["ReadWriteOnce", "ReadWriteMany"] = "ReadWriteOnce"
    """ReadWriteOnce: one node attaches it, so one pod of a Deployment uses it (and updates recreate the
    pod); ReadWriteMany: every pod of every node mounts it (NFS can), so a Deployment may run several."""

    @property
    def shared(self) -> bool:
        """Whether pods on several nodes can mount it at once."""
        return self.access_mode == "ReadWriteMany"


@dataclass(frozen=True, kw_only=True)
class Autoscaling(Settings):
    """A HorizontalPodAutoscaler (autoscaling/v2) on CPU: from `minReplicas` to `maxReplicas` pods, as many
    as keep their mean CPU use near `targetCPUUtilizationPercentage` of their CPU request (K3s' metrics-server
    measures it)."""

    min_replicas: int = setting(rules.between(1, REPLICAS_MAX), default=1)
    """The fewest pods; the HorizontalPodAutoscaler's own default (0 needs an alpha feature gate)."""
    max_replicas: int = setting(rules.between(2, REPLICAS_MAX))
    """The most pods: required, as the HorizontalPodAutoscaler has no default for it."""
    target_cpu_utilization_percentage: int = setting(
        rules.between(CPU_TARGET_MIN, CPU_TARGET_MAX), default=80, key="targetCPUUtilizationPercentage"
    )
    """Mean CPU use, in percent of the request, the autoscaler keeps the pods near: 80, the
    HorizontalPodAutoscaler's own default metric."""

    def validate(self) -> None:
        if self.min_replicas > self.max_replicas:
            raise InvalidValue(
                f"{self.min_replicas} is more than maxReplicas ({self.max_replicas}): the fewest pods must not "
                "exceed the most",
                ".minReplicas",
            )
        if self.min_replicas == self.max_replicas:
            raise InvalidValue(
                f"equals maxReplicas ({self.max_replicas}): nothing to scale; give replicas: {self.max_replicas} "
                "instead of autoscaling",
                ".minReplicas",
            )


@dataclass(frozen=True, kw_only=True)
class SecurityContext(Settings):
    """Who the app's processes run as; by default the image's own user, which must not be root."""

    run_as_user: int | None = setting(rules.user_id, default=None)
    run_as_group: int | None = setting(rules.user_id, default=None)
    fs_group: int | None = setting(rules.user_id, default=None)


@dataclass(frozen=True, kw_only=True)
class SealedOrExternal(Settings):
    """A Secret in the cluster and never in git: exactly one of `sealed` (kubeseal ciphertext, rendered as a
    SealedSecret) or `external` (its keys; created out of band, README "Secrets")."""

    sealed: Mapping[str, str] | None = setting(
        rules.each_key(rules.secret_key), rules.each_value(rules.sealed_ciphertext), default=None
    )
    external: tuple[str, ...] | None = setting(rules.each(rules.secret_key), rules.unique("key"), default=None)

    def validate(self) -> None:
        if (self.sealed is None) == (self.external is None):
            raise InvalidValue("expected exactly one of sealed or external")
        if not self.keys:
            raise InvalidValue("lists no key", ".sealed" if self.sealed is not None else ".external")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self.sealed) if self.sealed is not None else tuple(self.external or ())


@dataclass(frozen=True, kw_only=True)
class Secret(SealedOrExternal):
    """A Secret the app reads, in its namespace, and the variables its keys feed."""

    env: Mapping[str, str] = setting(rules.each_key(rules.env_name), rules.each_value(rules.secret_key), factory=dict)
    """Environment variable -> the key of this secret that feeds it (a secretKeyRef)."""

    def validate(self) -> None:
        super().validate()
        for variable, key in self.env.items():
            if key not in self.keys:
                raise InvalidValue(f"{key!r} is not a key of this secret ({', '.join(self.keys)})", f".env.{variable}")


@dataclass(frozen=True, kw_only=True)
class Toleration(Settings):
    """A taint the pod tolerates, as the API server validates it: a value only with Equal, and no key only
    with Exists (which then tolerates every taint)."""

    key: str | None = setting(rules.label_key, default=None)
    operator: Literal["Equal", "Exists"] = "Equal"
    value: str | None = setting(rules.label_value, default=None)
    effect: Literal["NoSchedule", "PreferNoSchedule", "NoExecute"] | None = None

    def validate(self) -> None:
        if self.operator == "Exists" and self.value:
            raise InvalidValue("must be empty with operator Exists, which matches any value of the key", ".value")
        if self.key is None and self.operator != "Exists":
            raise InvalidValue(
                "is required with operator Equal (only operator Exists may leave it out, and then tolerates every "
                "taint)",
                ".key",
            )


@dataclass(frozen=True, kw_only=True)
class Gpu(Settings):
    """GPUs for the app's container (phase 2 of story 6.1: off unless given)."""

    count: int = setting(rules.between(1, GPU_MAX, " (GPUs of one node)"), default=1)
    runtime_class_name: str = setting(rules.object_name)
    node_selector: Mapping[str, str] = setting(
        rules.each_key(rules.label_key), rules.each_value(rules.label_value), factory=dict
    )
    tolerations: tuple[Toleration, ...] = ()


@dataclass(frozen=True, kw_only=True)
class VerifyLogs(Settings):
    """The verification's log check: the app's recent lines are in the log store (`cluster.logs`)."""

    enabled: bool = True
    within_seconds: int = setting(rules.between(1, 3600, " (an hour)"), default=60)
    """How long the log store has to return them: the check asks again every second until then."""
    since_seconds: int = setting(rules.between(60, 2592000, " (30 days)"), default=3600)
    """How recent a line must be: the query's `_time` filter."""


@dataclass(frozen=True, kw_only=True)
class Verify(Settings):
    """The verification Job of a kind that has something to verify (README, story 6.2)."""

    enabled: bool = True
    via_ingress: bool = False
    """Also check through the public HTTPS route, with its certificate verified (needs `host`); the
    route then admits `cluster.podNetwork` too, where the check's pod connects from."""
    wait_seconds: int = setting(rules.between(1, 86400, " (a day)"), default=900)
    """How long the check waits for the app to answer at all: it may start before the app is ready
    (Flux applies a hook with its unit), or while it pulls its models."""
    logs: VerifyLogs | None = None
    """The log check, once `cluster.logs` names the store. Default: on, with VerifyLogs' defaults."""


def verify_of(app: App) -> Verify | None:
    """The `verify` settings of an app whose kind has a verification; None for the others."""
    verify = getattr(app, "verify", None)
    return verify if isinstance(verify, Verify) else None


@dataclass(frozen=True, kw_only=True)
class Metrics(Settings):
    """Where the app serves Prometheus metrics: scraped by the monitoring stack's scraper (platform.monitoring),
    which a NetworkPolicy lets in on this port alone."""

    port: int = setting(rules.port_number)
    """A port the app listens on (its Service has it)."""
    path: str = setting(rules.http_path, default="/metrics")


@dataclass(frozen=True, kw_only=True)
class App(Settings):
    """An app of the catalog, as every kind has it (kind `web` is exactly this)."""

    kind: str = "web"
    namespace: str = setting(rules.dns_label)
    workload: WorkloadKind = "deployment"
    """deployment: pods that serve, one claim shared; statefulset: a claim per pod, kept forever;
    cronjob: a Job on a schedule, serving nothing."""
    image: Image
    port: int | None = setting(rules.port_number, default=None)
    """The shorthand for one TCP port named http."""
    ports: Mapping[str, Port] | None = setting(rules.each_key(rules.port_name), default=None)
    route_port: str | None = setting(rules.port_name, default=None)
    """The port (by name) the host routes to. Default: http."""
    probe: Probe | None = None
    probe_path: str | None = setting(rules.http_path, default=None)
    """The path of the default probe (an HTTP GET on port http). Default: /."""
    readiness_path: str | None = setting(rules.http_path, default=None)
    command: tuple[str, ...] | None = setting(rules.each(rules.argument), default=None)
    args: tuple[str, ...] | None = setting(rules.each(rules.argument), default=None)
    replicas: int | None = setting(rules.between(1, REPLICAS_MAX), default=None)
    """A fixed number of pods. Default: 1, or with `autoscaling` none: the autoscaler sets it."""
    autoscaling: Autoscaling | None = None
    """Scale the pods with their CPU use (a HorizontalPodAutoscaler). Default: a fixed count."""
    schedule: str | None = setting(rules.cron_schedule, default=None)
    time_zone: str | None = setting(rules.timezone, default=None)
    files: Mapping[str, str] = setting(rules.each_key(rules.file_path), rules.each_value(rules.text), factory=dict)
    """Absolute path -> content: one ConfigMap, each file mounted read-only at its path."""
    resources: Resources
    storage: Storage | None = None
    host: str | None = setting(rules.dns_name, default=None)
    env: Mapping[str, str] = setting(rules.each_key(rules.env_name), rules.each_value(rules.env_value), factory=dict)
    """Plain variables, in git: none may be a secret, by its name or its value (`rules.plain_env`)."""
    secrets: Mapping[str, Secret] = setting(rules.each_key(rules.object_name), factory=dict)
    security_context: SecurityContext = setting(factory=SecurityContext)
    writable_paths: tuple[str, ...] = setting(rules.each(rules.absolute_path), rules.unique("path"), default=())
    """Folders the app writes besides its volume and /tmp: an emptyDir each (the root filesystem is read-only)."""
    gpu: Gpu | None = None
    source_ranges: tuple[str, ...] | None = setting(rules.each(rules.cidr), rules.unique("range"), default=None)
    """Who may reach the host: within cluster.ingress.sourceRanges. Default: those."""
    talks_to: tuple[str, ...] = setting(rules.each(rules.app_name), rules.unique("app"), default=())
    """Apps of the catalog this app connects to, on their port: a NetworkPolicy lets it in."""
    egress: Literal["open", "restricted", "internet"] = "restricted"
    """open: no egress policy; restricted: the cluster DNS and `talksTo` only; internet: those and
    public addresses (not the LAN, the tailnet or the cluster)."""
    metrics: Metrics | None = None
    """Where it serves Prometheus metrics, scraped through a VMServiceScrape. Default: none (not scraped)."""

    kind_env: ClassVar[Mapping[str, str]] = {}
    """Variables the kind sets -> the key they come from ("" for a fixed value): `env` may not set them."""
    runs_as_root: ClassVar[bool] = False
    """The kind keeps its image's root user (a documented exception): no runAsNonRoot, no runAsUser."""
    storage_volume: ClassVar[str] = "data"
    """The pod's name of the `storage` volume (lib/constructs/workload.py's `volume_name`)."""

    def pod_volumes(self) -> dict[str, str]:
        """Volume names the pod has besides writablePaths' emptyDirs -> what they hold (lib/constructs:
        `pod.py`'s tmp, `workload.py`'s storage and files volumes; a kind adds its own)."""
        return {"tmp": "/tmp", **({self.storage_volume: "storage"} if self.storage else {}),
                **({"files": "files"} if self.files else {})}  # fmt: skip

    def fixed_mounts(self) -> dict[str, str]:
        """Paths the kind's pod mounts whatever the values say -> what is mounted there."""
        return {"/tmp": "the emptyDir every pod has"}

    def validate(self) -> None:
        self._check_workload()
        self._check_ports_and_probe()
        self._check_files()
        self._check_pod_text()
        self._check_mounts()
        for variable in self.env:
            if variable in self.kind_env:
                source = self.kind_env[variable]
                hint = f": use apps.<app>.{source}" if source else ""
                raise InvalidValue(f"is set by the {self.kind} kind{hint}", f".env.{variable}")
        seen = dict.fromkeys(self.env, ".env")
        for name, secret in self.secrets.items():
            for variable in secret.env:
                if variable in seen:
                    raise InvalidValue(
                        f"{variable} is also set by {seen[variable].lstrip('.')}", f".secrets.{name}.env"
                    )
                seen[variable] = f".secrets.{name}.env"

    def check_in(self, name: str, catalog: Values) -> None:
        """Rules across the catalog that only this kind has (Open WebUI's Ollama URLs, say); raise
        InvalidValue(message, ".apps.<name>.<key>"). Default: none."""

    def service_url(self, name: str) -> str:
        """How another app of the cluster reaches this one named `name`: its Service, on its routed port."""
        port = self.container_ports[self.routed_port].port
        return f"http://{name}.{self.namespace}.svc:{port}"

    def _check_workload(self) -> None:
        if self.workload == "cronjob":
            if self.schedule is None:
                raise InvalidValue("is required for a cronjob, e.g. '0 3 * * *' (03:00 every day)", ".schedule")
            served = {".host": self.host, ".port": self.port, ".ports": self.ports, ".routePort": self.route_port}
            for key in (k for k, v in served.items() if v is not None):
                raise InvalidValue("a cronjob serves nothing (no Service, no route): remove it", key)
            probed = {".probe": self.probe, ".probePath": self.probe_path, ".readinessPath": self.readiness_path}
            for key in (k for k, v in probed.items() if v is not None):
                raise InvalidValue("a cronjob runs to completion and has no probes: remove it", key)
            scaled = {".replicas": self.replicas, ".autoscaling": self.autoscaling}
            for key in (k for k, v in scaled.items() if v is not None):
                raise InvalidValue("a cronjob runs one Job per schedule (concurrencyPolicy Forbid): remove it", key)
            return
        for key, when in {".schedule": self.schedule, ".timeZone": self.time_zone}.items():
            if when is not None:
                raise InvalidValue(f"only a cronjob runs on a schedule (workload: cronjob; this is a {self.workload})",
                                   key)  # fmt: skip
        if self.autoscaling is not None:
            self._check_autoscaling(self.autoscaling)
        several = self.several_pods
        if several and self.workload == "deployment" and self.storage is not None and not self.storage.shared:
            key, pods = several
            raise InvalidValue(
                f"{pods} of a Deployment cannot share its ReadWriteOnce volume (two nodes cannot attach it): use "
                "workload: statefulset (a volume per pod), storage.accessMode: ReadWriteMany, or no storage",
                key,
            )

    def _check_autoscaling(self, autoscaling: Autoscaling) -> None:
        if self.replicas is not None:
            raise InvalidValue(
                "give either replicas (a fixed count) or autoscaling, not both: with autoscaling its "
                "HorizontalPodAutoscaler sets the count, and the workload carries none (or the engine would "
                "set it back at every sync)",
                ".replicas",
            )
        request, limit = self.resources.requests.cpu, self.resources.limits.cpu
        ceiling = 100 * rules.parse_quantity(limit) / rules.parse_quantity(request)
        target = autoscaling.target_cpu_utilization_percentage
        if target > ceiling:
            raise InvalidValue(
                f"{target} is never reached: a pod uses at most its CPU limit ({limit}), {ceiling:.0f} % of its "
                f"request ({request}), so the autoscaler would never add a pod",
                ".autoscaling.targetCPUUtilizationPercentage",
            )

    @property
    def several_pods(self) -> tuple[str, str] | None:
        """(the key that says so, how many) when more than one pod may run: (".replicas", "3 pods") or
        (".autoscaling", "up to 4 pods"); None when one pod runs."""
        if self.autoscaling is not None:
            return ".autoscaling", f"up to {self.autoscaling.max_replicas} pods"
        if self.replicas is not None and self.replicas > 1:
            return ".replicas", f"{self.replicas} pods"
        return None

    def _check_ports_and_probe(self) -> None:
        if self.port is not None and self.ports is not None:
            raise InvalidValue("give either port (one TCP port named http) or ports, not both", ".ports")
        if self.ports is not None and not self.ports:
            raise InvalidValue("lists no port; remove it for an app that listens on none", ".ports")
        ports = self.container_ports
        served: dict[tuple[int, str], str] = {}
        for name, p in ports.items():
            if (p.port, p.protocol) in served:
                raise InvalidValue(f"{p.port}/{p.protocol} is also port {served[p.port, p.protocol]}: a Service serves "
                                   "each port once", f".ports.{name}.port")  # fmt: skip
            served[p.port, p.protocol] = name

        def tcp(name: str, key: str, what: str) -> None:
            if name not in ports or ports[name].protocol != "TCP":
                have = ", ".join(f"{n} ({p.protocol})" for n, p in ports.items()) or "none"
                raise InvalidValue(f"{what} the TCP port named {name}, which this app does not have (its ports: "
                                   f"{have})", key)  # fmt: skip

        if self.route_port is not None and self.host is None:
            raise InvalidValue("needs host: it names the port the host routes to", ".routePort")
        if self.host is not None:
            tcp(self.routed_port, ".routePort" if self.route_port else ".host", "routes to")
        if self.workload == "cronjob":
            return
        if self.probe is not None:
            for key, value in {".probePath": self.probe_path, ".readinessPath": self.readiness_path}.items():
                if value is not None:
                    raise InvalidValue("is the path of the default HTTP probe; with probe, use probe.http.path", key)
            if self.probe.port is not None:
                tcp(self.probe.port, ".probe.tcp" if self.probe.tcp else ".probe.http.port", "probes")
        elif not ports:
            raise InvalidValue(
                "is required: the TCP port named http it serves (an app that serves no HTTP gives probe: "
                "{tcp: <port name>} or {exec: [<command>, ...]} instead)",
                ".port",
            )
        elif HTTP not in ports or ports[HTTP].protocol != "TCP":
            raise InvalidValue(
                "is required: this app has no TCP port named http for the default HTTP probe; give "
                "{tcp: <port name>}, {exec: [<command>, ...]} or {http: {path, port}}",
                ".probe",
            )

    def _check_files(self) -> None:
        keys: dict[str, str] = {}
        for path in self.files:
            key = file_key(path)
            if key in keys:
                raise InvalidValue(f"is stored under the same ConfigMap key as {keys[key]} ({key})",
                                   f".files.{rules.key_text(path)}")  # fmt: skip
            keys[key] = path
        size = sum(len(k.encode()) + len(v.encode()) for k, v in self.files.items())
        if size > CONFIG_MAP_LIMIT:
            raise InvalidValue(f"hold {size} bytes; a ConfigMap holds at most {CONFIG_MAP_LIMIT} (1 MiB)", ".files")

    def _check_mounts(self) -> None:
        """Each path mounted once, each volume named once: the API server refuses a pod that repeats either."""
        mounts = self.fixed_mounts()
        given = [(self.storage.mount_path, "storage.mountPath")] if self.storage else []
        for path, key in [*given, *((path, f"files.{rules.key_text(path)}") for path in self.files)]:
            if path in mounts:
                raise InvalidValue(f"is mounted at {path}, where {mounts[path]} is already", f".{key}")
            mounts[path] = key
        volumes = self.pod_volumes()
        for i, path in enumerate(self.writable_paths):
            name, key = rules.emptydir_name(path), f".writablePaths[{i}]"
            if volumes.get(name) == path:
                continue  # a folder the kind makes writable anyway: one emptyDir
            if path in mounts:
                raise InvalidValue(f"is where {mounts[path]} is mounted already", key)
            if name in volumes:
                raise InvalidValue(f"its emptyDir would be named {name}, the name of the volume of {volumes[name]}: "
                                   "name another folder", key)  # fmt: skip
            volumes[name] = path

    def _check_pod_text(self) -> None:
        for name, value in self.env.items():
            try:
                rules.plain_env(name, value)
            except InvalidValue as err:
                raise InvalidValue(err.message, f".env.{name}") from None
            size = len(name) + 1 + len(value.encode()) + 1
            if size > rules.MAX_ARG_STRLEN:
                raise InvalidValue(f"{name}=<value> has {size} bytes with its NUL; Linux passes at most "
                                   f"{rules.MAX_ARG_STRLEN} in one variable", f".env.{name}")  # fmt: skip
        exec_ = self.probe.exec_ or () if self.probe is not None else ()
        size = sum(len(k) + len(v.encode()) for k, v in self.env.items())
        size += sum(len(a.encode()) for a in (*(self.command or ()), *(self.args or ()), *exec_))
        if size > POD_TEXT_LIMIT:
            raise InvalidValue(
                f"env, command, args and probe.exec hold {size} bytes together; a pod holds at most "
                f"{POD_TEXT_LIMIT} (1 MiB) here: a large text goes in files (a ConfigMap of its own)",
                ".env",
            )

    @property
    def secret_env(self) -> dict[str, tuple[str, str]]:
        """Environment variable -> (Secret, key), from every declared secret."""
        return {var: (name, key) for name, secret in self.secrets.items() for var, key in secret.env.items()}

    @property
    def container_ports(self) -> dict[str, Port]:
        """Name -> port: `ports`, or `port` as one TCP port named http, or none."""
        if self.ports is not None:
            return dict(self.ports)
        return {HTTP: Port(port=self.port)} if self.port is not None else {}

    @property
    def routed_port(self) -> str:
        """The name of the port the host routes to."""
        return self.route_port or HTTP

    @property
    def probes(self) -> tuple[Probe, Probe] | None:
        """(liveness and startup, readiness): `probe` for both, or HTTP GETs on port http at `probePath`
        and `readinessPath`; None for a cronjob."""
        if self.workload == "cronjob":
            return None
        if self.probe is not None:
            return self.probe, self.probe
        path = self.probe_path or "/"
        live = Probe(http=HttpProbe(path=path))
        return live, Probe(http=HttpProbe(path=self.readiness_path or path))


def _order(apps: Mapping[str, App]) -> tuple[dict[str, tuple[str, ...]], list[tuple[str, str]]]:
    """Who waits for whom, from talksTo, as a graph without cycles (deterministic: the catalog's order)."""
    waits: dict[str, list[str]] = {name: [] for name in apps}
    unordered = []

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            current = todo.pop()
            if current == goal:
                return True
            if current not in seen:
                seen.add(current)
                todo += waits[current]
        return False

    for name, app in apps.items():
        for target in app.talks_to:
            if target in waits and target != name:
                if reaches(target, name):
                    unordered.append((name, target))
                else:
                    waits[name].append(target)
    return {name: tuple(targets) for name, targets in waits.items()}, unordered


def plain_http_deployment(app: App) -> None:
    """For a kind that runs one HTTP server in a Deployment (Ollama, n8n): its shape is the kind's."""
    shaped = {".workload": app.workload != "deployment", ".ports": app.ports is not None,
              ".probe": app.probe is not None, ".routePort": app.route_port is not None}  # fmt: skip
    for key, given in shaped.items():
        if given:
            raise InvalidValue(f"is set by the {app.kind} kind: one HTTP server in a Deployment, on port", key)
    if app.port is None:
        raise InvalidValue(f"is required: the {app.kind} kind serves HTTP on it", ".port")


def file_key(path: str) -> str:
    """The ConfigMap key of a file of `files`: its path without the leading '/', '/' as '_'."""
    return path.lstrip("/").replace("/", "_")


# ---------------------------------------------------------------- charts

WaivableCheck = Literal["references", "secrets", "network", "pods", "deterministic", "hooks"]
"""The gate's checks a chart's exception may waive. Not `units` (two owners fight), `schema` or
`pod-security` (the API server would refuse the object anyway)."""


@dataclass(frozen=True, kw_only=True)
class ChartRef(Settings):
    """Which chart: from a repository (`repository`, `name`, `version`), or kept in this one (`path`)."""

    repository: str | None = setting(rules.chart_repository, default=None)
    name: str | None = setting(rules.chart_name, default=None)
    version: str | None = setting(rules.chart_version, default=None)
    path: str | None = setting(rules.git_path, default=None)

    def validate(self) -> None:
        remote = [self.repository, self.name, self.version]
        if self.path is not None:
            if any(v is not None for v in remote):
                raise InvalidValue("expected either path or repository, name and version, not both", ".path")
            if not self.path.startswith("charts/local/"):
                raise InvalidValue(f"expected a folder under charts/local/, got {self.path!r}", ".path")
            return
        for key, value in zip(("repository", "name", "version"), remote, strict=True):
            if value is None:
                raise InvalidValue("is required (or give path, for a chart kept in charts/local/)", f".{key}")


@dataclass(frozen=True, kw_only=True)
class Waiver(Settings):
    """A declared exception: the gate's `check` does not apply to `object` of the chart's units, for
    `reason`. One that waives nothing is itself an error."""

    check_id: WaivableCheck = setting(key="check")
    object: str = setting(rules.object_ref)
    reason: str = setting(rules.reason)


@dataclass(frozen=True, kw_only=True)
class HelmChart(Settings):
    """A Helm chart of the catalog: vendored in charts/, rendered at synth into the unit `<name>` (and
    `<name>-crds` for its CRDs), every object through the gate."""

    namespace: str = setting(rules.dns_label)
    chart: ChartRef
    release_name: str | None = setting(rules.release_name, default=None)
    """Default: the entry's name."""
    values: Mapping[str, Any] = setting(factory=dict)
    """The chart's values (checked against its values.schema.json when it ships one)."""
    exceptions: tuple[Waiver, ...] = ()
    secrets: Mapping[str, SealedOrExternal] = setting(rules.each_key(rules.object_name), factory=dict)
    """Name -> a Secret of the chart's namespace its values name (an existingSecret): sealed (rendered in the
    chart's unit, so it syncs with the chart) or external (made by hand). Default: none."""
    gitops_engine: Engine | None = None
    """The GitOps engine this chart installs (README, GitOps: the engine manages itself): rendered only
    while `gitops.engine` names it, in that engine's namespace. Default: none (always rendered)."""


# ---------------------------------------------------------------- platform

PLATFORM_UNITS = {
    "issuers": "platform-issuers",
    "metallb": "platform-metallb",
    "traefik": "platform-traefik",
    "monitoring": "platform-monitoring",
}
"""The unit of each section of `platform`: names are a contract with the running cluster."""
ISSUERS = ("letsencrypt-prod", "letsencrypt-staging")
"""The ClusterIssuers `platform.issuers` renders (Let's Encrypt's production and staging ACME servers)."""


@dataclass(frozen=True, kw_only=True)
class SecretKeyRef(Settings):
    """A key of a secret declared beside it, under `secrets`."""

    name: str = setting(rules.object_name)
    key: str = setting(rules.secret_key)


@dataclass(frozen=True, kw_only=True)
class Cloudflare(Settings):
    """cert-manager's DNS-01 solver for a zone on Cloudflare, with an API token (Zone:DNS:Edit and
    Zone:Zone:Read, cert-manager's docs)."""

    api_token_secret_ref: SecretKeyRef


@dataclass(frozen=True, kw_only=True)
class Issuers(Settings):
    """The ClusterIssuers letsencrypt-prod and letsencrypt-staging, solving DNS-01 (the hosts are private:
    Let's Encrypt's HTTP-01 check cannot reach them), their token from a sealed or external secret."""

    chart: str = setting(rules.app_name, default="cert-manager")
    """The `charts` entry of cert-manager: its unit comes first, its namespace holds the secrets."""
    email: str = setting(rules.email)
    cloudflare: Cloudflare
    secrets: Mapping[str, SealedOrExternal] = setting(rules.each_key(rules.object_name), factory=dict)
    """Name -> the Secret in cert-manager's namespace: sealed (rendered here) or external (made by hand)."""

    def validate(self) -> None:
        ref, where = self.cloudflare.api_token_secret_ref, ".cloudflare.apiTokenSecretRef"
        if ref.name not in self.secrets:
            raise InvalidValue(f"{ref.name!r} is not declared under platform.issuers.secrets (sealed or external)",
                               f"{where}.name")  # fmt: skip
        keys = self.secrets[ref.name].keys
        if ref.key not in keys:
            raise InvalidValue(f"{ref.key!r} is not a key of secret {ref.name} ({', '.join(keys)})", f"{where}.key")


@dataclass(frozen=True, kw_only=True)
class MetalLb(Settings):
    """MetalLB's IPAddressPool and L2Advertisement `default`: the addresses it gives LoadBalancer Services
    and announces on the LAN (ARP)."""

    chart: str = setting(rules.app_name, default="metallb")
    """The `charts` entry of MetalLB: its unit comes first, its namespace holds the pool."""
    addresses: tuple[str, ...] = setting(rules.each(rules.address_range), rules.unique("range"))

    def validate(self) -> None:
        if not self.addresses:
            raise InvalidValue("lists no range: MetalLB would have no address to give", ".addresses")


@dataclass(frozen=True, kw_only=True)
class TraefikConfig(Settings):
    """The HelmChartConfig `traefik` of K3s' packaged Traefik: its Service keeps the client's address
    (externalTrafficPolicy: Local), which every route's allow list judges."""

    load_balancer_ip: str | None = setting(rules.ip_address, default=None, key="loadBalancerIP")
    """The address MetalLB gives Traefik's Service (metallb.io/loadBalancerIPs), where the hosts' DNS
    records point. Default: the next free one."""


def _vmagent() -> Mapping[str, str]:
    # The labels the VictoriaMetrics operator gives every VMAgent's pods (api/operator/v1beta1/vmagent_types.go,
    # SelectorLabels, v0.74.1), without the instance: any VMAgent of the namespace.
    return {"app.kubernetes.io/name": "vmagent", "managed-by": "vm-operator"}


@dataclass(frozen=True, kw_only=True)
class Grafana(Settings):
    """Grafana of the monitoring chart, served at `host` through the catalog's own HTTPS exposure."""

    host: str = setting(rules.dns_name)
    service: str = setting(rules.object_name)
    """The chart's Service of Grafana (`<release>-grafana`)."""
    port: int = setting(rules.port_number, default=80)
    """Its port that serves Grafana."""


@dataclass(frozen=True, kw_only=True)
class Datasources(Settings):
    """The uids of the Grafana datasources the apps' dashboards query (the chart's defaultDatasources)."""

    metrics: str = setting(rules.label_value, default="VictoriaMetrics")
    logs: str = setting(rules.label_value, default="VictoriaLogs")


@dataclass(frozen=True, kw_only=True)
class Monitoring(Settings):
    """The monitoring stack the apps report to (README, Monitoring): every app gets its alert rules (a VMRule)
    and a Grafana dashboard, an app with `metrics` a VMServiceScrape and the NetworkPolicy that lets the
    scraper in; Grafana is served at its host; cert-manager is scraped for its certificates' expiry."""

    chart: str = setting(rules.app_name, default="monitoring")
    """The `charts` entry of the stack (victoria-metrics-k8s-stack): its unit and CRDs come first, its
    namespace runs the scraper and Grafana."""
    scraper: Mapping[str, str] = setting(rules.each_key(rules.label_key), rules.each_value(rules.label_value),
                                         factory=_vmagent)  # fmt: skip
    """The labels of the scraper's pods, in the chart's namespace. Default: the VictoriaMetrics operator's VMAgents'."""
    datasources: Datasources = setting(factory=Datasources)
    grafana: Grafana | None = None
    """Default: none (Grafana reached by `kubectl port-forward` only)."""

    def validate(self) -> None:
        if not self.scraper:
            raise InvalidValue("lists no label, which would let every pod of the namespace in", ".scraper")


@dataclass(frozen=True, kw_only=True)
class Platform(Settings):
    """What the apps stand on beside the charts: each section given renders its unit."""

    issuers: Issuers | None = None
    metallb: MetalLb | None = None
    traefik: TraefikConfig | None = None
    monitoring: Monitoring | None = None


def check_client_address(values: Values) -> None:
    """Every route's allow list judges the address Traefik sees, which K3s' Traefik Service replaces with a
    node's (externalTrafficPolicy: Cluster): routes need the HelmChartConfig that keeps it, a trusted
    proxy's X-Forwarded-For (ipStrategy), or the word that Traefik keeps it by other means."""
    ingress, traefik = values.cluster.ingress, values.platform.traefik
    monitoring = values.platform.monitoring
    grafana = monitoring is not None and monitoring.grafana is not None
    if ingress is None or not (grafana or any(app.host for app in values.apps.values())):
        return
    if traefik is not None and ingress.client_address is not None:
        raise InvalidValue("says Traefik is configured outside this catalog, but platform.traefik renders its "
                           "HelmChartConfig: remove one", ".cluster.ingress.clientAddress")  # fmt: skip
    if traefik is None and ingress.ip_strategy is None and ingress.client_address is None:
        raise InvalidValue(
            "every route's allow list judges the address Traefik sees, and K3s' Traefik Service replaces it with a "
            "node's (externalTrafficPolicy: Cluster), which the LAN range admits: add platform.traefik (its "
            "HelmChartConfig sets externalTrafficPolicy: Local), set cluster.ingress.ipStrategy behind a proxy you "
            "trust, or cluster.ingress.clientAddress: preserved-elsewhere if Traefik keeps it by other means",
            ".cluster.ingress.sourceRanges",
        )


def _check_platform(values: Values) -> None:
    platform = values.platform
    check_client_address(values)
    taken = {*values.apps, *values.charts, *(f"{name}{VERIFY_UNIT_SUFFIX}" for name in values.apps)}
    taken |= {f"{name}{CRDS_UNIT_SUFFIX}" for name in values.charts}
    for section, unit in PLATFORM_UNITS.items():
        if getattr(platform, section) is not None and unit in taken:
            raise InvalidValue(f"its unit {unit} is also the unit of an app or chart of that name",
                               f".platform.{section}")  # fmt: skip
    for section in ("issuers", "metallb", "monitoring"):
        chosen: Issuers | MetalLb | Monitoring | None = getattr(platform, section)
        if chosen is not None and chosen.chart not in values.charts:
            raise InvalidValue(f"{chosen.chart!r} is not an entry of charts ({', '.join(values.charts) or 'none'})",
                               f".platform.{section}.chart")  # fmt: skip
    if platform.traefik is not None:
        ingress = values.cluster.ingress
        if ingress is None:
            raise InvalidValue("needs cluster.ingress (where Traefik runs)", ".platform.traefik")
        if ingress.traefik.namespace not in values.cluster.external_namespaces:
            raise InvalidValue(
                f"its HelmChartConfig lives in {ingress.traefik.namespace} (cluster.ingress.traefik.namespace, "
                "beside K3s' HelmChart traefik): list it in cluster.externalNamespaces",
                ".platform.traefik",
            )
        address, pool = platform.traefik.load_balancer_ip, platform.metallb
        if address is not None and pool is not None and not rules.in_ranges(address, pool.addresses):
            raise InvalidValue(f"{address} is in none of platform.metallb.addresses ({', '.join(pool.addresses)})",
                               ".platform.traefik.loadBalancerIP")  # fmt: skip


# ---------------------------------------------------------------- the whole file


def _check_cluster_namespaces(values: Values) -> None:
    """No namespace unit where the cluster's own pods run: the GitOps engines', Traefik's, the DNS's (and
    the system ones, refused by `rules.unit_namespace`). Its default-deny policy would cut them off."""
    ingress = values.cluster.ingress
    owners = {
        **({ingress.traefik.namespace: "Traefik runs in (cluster.ingress.traefik.namespace)"} if ingress else {}),
        values.cluster.dns.namespace: "the cluster DNS runs in (cluster.dns.namespace)",
        **{ns: f"{'Argo CD' if e == 'argocd' else 'Flux'} runs in (gitops.{e}Namespace)"
           for e, ns in values.gitops.engines.items()},
    }  # fmt: skip
    for name in values.namespaces:
        if name in owners:
            raise InvalidValue(
                f"is the namespace {owners[name]}: its unit would deny all ingress to those pods and set their "
                "Pod Security level; leave it out (an app may still live there: cluster.externalNamespaces)",
                f".namespaces.{name}",
            )


@dataclass(frozen=True, kw_only=True)
class Values(Settings):
    """Everything environment-specific: what `values-homelab.yaml` holds."""

    part_of: str = setting(rules.dns_label, default="homelab")
    cluster: Cluster = setting(factory=Cluster)
    gitops: GitOps
    namespaces: Mapping[str, Namespace] = setting(rules.each_key(rules.unit_namespace), factory=dict)
    apps: Mapping[str, App] = setting(rules.each_key(rules.app_name), factory=dict)
    charts: Mapping[str, HelmChart] = setting(rules.each_key(rules.app_name), factory=dict)
    platform: Platform = setting(factory=Platform)

    def _check_charts(self) -> None:
        taken = {name: f"apps.{name}" for name in self.apps} | {
            f"{name}{VERIFY_UNIT_SUFFIX}": f"apps.{name}'s verification" for name in self.apps
        }
        external = set(self.cluster.external_namespaces)
        installed: dict[str, str] = {}
        for name, chart in self.charts.items():
            where = f".charts.{name}"
            if chart.gitops_engine is not None:
                engine, home = chart.gitops_engine, self.gitops.engine_namespaces[chart.gitops_engine]
                if chart.namespace != home:
                    raise InvalidValue(
                        f"{chart.namespace!r}: {engine} runs in gitops.{engine}Namespace, {home!r}, beside its "
                        "bootstrap",
                        f"{where}.namespace",
                    )
                other = installed.setdefault(engine, name)
                if other != name:
                    raise InvalidValue(f"{engine} is already installed by charts.{other}", f"{where}.gitopsEngine")
            for unit in (name, f"{name}{CRDS_UNIT_SUFFIX}"):
                if unit in taken:
                    raise InvalidValue(f"its unit {unit} is also the unit of {taken[unit]}", where)
                if unit.startswith((NAMESPACE_UNIT_PREFIX, GITOPS_UNIT_PREFIX)):
                    raise InvalidValue("names starting namespace- or gitops- are kept for those units", where)
                taken[unit] = f"charts.{name}"
            if (
                chart.gitops_engine is None
                and chart.namespace not in self.namespaces
                and chart.namespace not in external
            ):
                raise InvalidValue(
                    f"{chart.namespace!r} is neither listed under namespaces nor in cluster.externalNamespaces",
                    f"{where}.namespace",
                )

    @property
    def waits_for(self) -> dict[str, tuple[str, ...]]:
        """App -> the apps its unit waits for: those it talks to, in the catalog's order, except where
        waiting would close a cycle (then the later edge is left out: see `unordered`)."""
        return _order(self.apps)[0]

    @property
    def unordered(self) -> list[tuple[str, str]]:
        """(app, target) of every talksTo left unordered because the target already waits for the app."""
        return _order(self.apps)[1]

    @property
    def external_secrets(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """(namespace, name) -> keys of every secret declared external: what the cluster must hold."""
        declared: list[tuple[str, Mapping[str, SealedOrExternal]]] = [
            (a.namespace, a.secrets) for a in self.apps.values()
        ]
        declared += [(chart.namespace, chart.secrets) for chart in self.charts.values()]
        return {
            (namespace, name): secret.keys
            for namespace, secrets in declared
            for name, secret in secrets.items()
            if secret.external is not None
        }

    def validate(self) -> None:
        if not self.namespaces and not self.apps and not self.charts:
            raise InvalidValue("lists no app, chart or namespace; the catalog would render nothing", ".apps")
        self._check_charts()
        _check_cluster_namespaces(self)
        _check_platform(self)
        external = set(self.cluster.external_namespaces)
        for name in self.namespaces:
            if name in external:
                raise InvalidValue(
                    "is also in cluster.externalNamespaces; it is either rendered or not", f".namespaces.{name}"
                )
        logs = self.cluster.logs
        if logs is not None and logs.namespace not in self.namespaces and logs.namespace not in external:
            raise InvalidValue(
                f"namespace {logs.namespace!r} is neither listed under namespaces nor in cluster.externalNamespaces",
                ".cluster.logs.url",
            )
        hosts: dict[str, str] = {}
        secrets: dict[tuple[str, str], str] = {}
        for name, chart in self.charts.items():
            for secret in chart.secrets:
                secrets[(chart.namespace, secret)] = f"charts.{name}"
        monitoring = self.platform.monitoring
        if monitoring is not None and monitoring.grafana is not None:
            hosts[monitoring.grafana.host] = "platform.monitoring.grafana"
            where = ".platform.monitoring.grafana.host"
            if self.cluster.ingress is None:
                raise InvalidValue("needs cluster.ingress (its clusterIssuer signs the certificate)", where)
            if self.charts[monitoring.chart].namespace not in self.namespaces:
                raise InvalidValue(f"Grafana's namespace {self.charts[monitoring.chart].namespace!r} must be listed "
                                   "under namespaces (its unit owns the HTTPS redirect)", where)  # fmt: skip
        for name, app in self.apps.items():
            app.check_in(name, self)
            where = f".apps.{name}"
            verify = verify_of(app)
            if logs is None and verify is not None and verify.logs is not None:
                raise InvalidValue("needs cluster.logs: the log store the check asks", f"{where}.verify.logs")
            for secret in app.secrets:
                owner = secrets.setdefault((app.namespace, secret), f"apps.{name}")
                if owner != f"apps.{name}":
                    raise InvalidValue(
                        f"is already declared by {owner} in namespace {app.namespace}", f"{where}.secrets.{secret}"
                    )
            if app.metrics is not None:
                if monitoring is None:
                    raise InvalidValue("needs platform.monitoring (the scraper that reads them)", f"{where}.metrics")
                listened = ", ".join(str(p) for p in sorted(p.port for p in app.container_ports.values()))
                if app.metrics.port not in {p.port for p in app.container_ports.values()}:
                    raise InvalidValue(f"{app.metrics.port} is not a port the app listens on ({listened or 'none'})",
                                       f"{where}.metrics.port")  # fmt: skip
            for prefix in (NAMESPACE_UNIT_PREFIX, GITOPS_UNIT_PREFIX):
                if name.startswith(prefix):
                    raise InvalidValue(
                        f"names starting {prefix!r} are kept for the units of namespaces and GitOps", where
                    )
            if name.endswith(VERIFY_UNIT_SUFFIX):
                raise InvalidValue(f"names ending {VERIFY_UNIT_SUFFIX!r} are kept for verification", where)
            if app.namespace not in self.namespaces and app.namespace not in external:
                raise InvalidValue(
                    f"{app.namespace!r} is neither listed under namespaces nor in cluster.externalNamespaces",
                    f"{where}.namespace",
                )
            for i, target in enumerate(app.talks_to):
                if target not in self.apps or target == name:
                    others = ", ".join(a for a in self.apps if a != name) or "none"
                    raise InvalidValue(
                        f"{target!r} is not another app of the catalog ({others})", f"{where}.talksTo[{i}]"
                    )
                if not self.apps[target].container_ports:
                    raise InvalidValue(f"{target!r} listens on no port (a {self.apps[target].workload})",
                                       f"{where}.talksTo[{i}]")  # fmt: skip
            level = self.namespaces[app.namespace].pod_security if app.namespace in self.namespaces else None
            if level == "restricted" and not app.runs_as_root and app.security_context.run_as_user is None:
                raise InvalidValue(
                    f"is required: namespace {app.namespace} enforces restricted (runAsNonRoot), and the synth cannot "
                    "know the image's user; name a non-root uid (README, Adding an app: an image that runs as root)",
                    f"{where}.securityContext.runAsUser",
                )
            if app.source_ranges is not None:
                if app.host is None:
                    raise InvalidValue("needs host: only a route has sources to narrow", f"{where}.sourceRanges")
                allowed = self.cluster.ingress.source_ranges if self.cluster.ingress else ()
                for i, cidr in enumerate(app.source_ranges):
                    if not rules.within(cidr, allowed):
                        raise InvalidValue(
                            f"{cidr} is not within cluster.ingress.sourceRanges ({', '.join(allowed)}): an app may "
                            "only narrow them",
                            f"{where}.sourceRanges[{i}]",
                        )
            if app.host is None:
                continue
            if app.host in hosts:
                raise InvalidValue(f"{app.host!r} is already the host of {hosts[app.host]}", f"{where}.host")
            hosts[app.host] = f"apps.{name}"
            if self.cluster.ingress is None:
                raise InvalidValue("needs cluster.ingress (its clusterIssuer signs the certificate)", f"{where}.host")
            if app.namespace not in self.namespaces:
                raise InvalidValue(
                    f"an app with a host must live in a namespace listed under namespaces (its deploy unit owns the "
                    f"HTTPS redirect); {app.namespace!r} is external",
                    f"{where}.host",
                )
