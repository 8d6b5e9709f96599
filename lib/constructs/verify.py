"""Verification after a sync (story 6.2): a Job that proves an app works, run by the GitOps engine.

A kind that has something to verify describes it as a `Verification` (a script from lib/scripts, run in an
image); `VerifyJob` renders it as the ConfigMap and the Job `<app>-verify`. Its unit makes the Job a
hook run after every sync of the app, once the app is healthy (Argo CD), or a unit of its own applied
once the app's unit is ready (Flux): `lib/units/app.py`. Either way a failed check fails the sync
where the operator looks.

Neither order is a promise the check can lean on (with both engines Flux applies the hook with the
app), so every script first waits for its app to answer, up to `wait_seconds`, within the Job's
deadline. Where Flux applies the Job, it is removed `ttl_seconds` after it finishes, and the next
reconcile creates it again: a failed check is retried, never left failed for good.

With a `LogVerification` (the values name a log store), the script ends by asking the store's query API for the
app's newest recent line, within its budget: the proof of log access (README, Log access).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import quote

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib.constructs import pod
from lib.labels import VERIFY_LOG_STORE, VERIFY_PUBLIC_HOST, AppLabels, pod_selector
from lib.values.schema import VERIFY_UNIT_SUFFIX

SCRIPTS = "/verify"
RERUN_AFTER_SECONDS = 1800
"""Where Flux applies the Job: a finished one is removed after this long (its logs kept till then),
and Flux's next reconcile runs it again."""


LOG_NAMESPACE_FIELD = "kubernetes.pod_namespace"
LOG_CONTAINER_FIELD = "kubernetes.container_name"
"""The fields the collectors of VictoriaLogs write for a container's namespace and name (vlagent, as the
victoria-logs-collector chart configures it, and Vector's kubernetes_logs source alike)."""
LOG_QUERY_PATH = "/select/logsql/query"
"""VictoriaLogs' query API: a LogsQL `query`, and `limit=N` for the N newest lines, as JSON lines."""
LOG_CHECK_SECONDS = 10
"""What one log check takes beyond its budget at most: its last request, started before the budget ran
out, and the script's own start."""


def log_query(namespace: str, container: str, since_seconds: int) -> str:
    """The LogsQL query of a container's lines of the last `since_seconds`, by exact field values."""
    return f'_time:{since_seconds}s {LOG_NAMESPACE_FIELD}:="{namespace}" {LOG_CONTAINER_FIELD}:="{container}"'


@dataclass(frozen=True, kw_only=True)
class LogVerification:
    """The app's recent lines are in the log store: the script asks `store` for the newest line of
    `query` every second, until one comes back or `within_seconds` ran out."""

    store: str
    """The store's base URL (`cluster.logs.url`)."""
    query: str
    within_seconds: int

    @property
    def env(self) -> dict[str, str]:
        """What the scripts read: the request (its query encoded), the query as text (for the line), the budget."""
        url = f"{self.store.rstrip('/')}{LOG_QUERY_PATH}?query={quote(self.query, safe='')}&limit=1"
        return {
            "VERIFY_LOGS_URL": url,
            "VERIFY_LOGS_QUERY": self.query,
            "VERIFY_LOGS_SECONDS": str(self.within_seconds),
        }


def job_name(app: str) -> str:
    """`<app>-verify`: the name of the check's ConfigMap and Job, the instance label of its pod, and
    with Flux alone the name of its unit."""
    return f"{app}{VERIFY_UNIT_SUFFIX}"


def selector(labels: AppLabels) -> dict[str, str]:
    """The selector labels of the check's pod: its app's name, instance `<app>-verify` (so that no
    Service of the app selects it)."""
    return pod_selector(labels.name, job_name(labels.instance))


@dataclass(frozen=True, kw_only=True)
class Verification:
    """What a kind verifies: `command` runs lib/scripts/`script` in `image`, with `args` and `env`.
    The script waits up to $VERIFY_WAIT_SECONDS for the app to answer, then checks it."""

    image: str
    script: str
    command: Sequence[str]
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    run_as_user: int = 65534
    """The image's own user when it is not root; else nobody (the Job is restricted-compliant)."""
    wait_seconds: int
    """How long it waits for the app to answer at all (`verify.waitSeconds`)."""
    run_seconds: int
    """How long one try takes at most once the app answers."""
    public_host: str | None = None
    """The host it also calls through its public route (`verify.viaIngress`): its pod needs that
    route's allow list to admit the pod network, and its egress to reach Traefik."""
    memory: str = "128Mi"
    logs: LogVerification | None = None
    """The app's recent lines in the log store, asked for once the app passed. Default: not asked."""

    @property
    def deadline_seconds(self) -> int:
        """activeDeadlineSeconds: the wait, then two tries (one retry), each with its log check."""
        logs = self.logs.within_seconds + LOG_CHECK_SECONDS if self.logs else 0
        return self.wait_seconds + 2 * (self.run_seconds + logs)

    @property
    def text(self) -> str:
        return resources.files("lib").joinpath(f"scripts/{self.script}").read_text()


class VerifyJob(Construct):
    """Renders the ConfigMap `<name>-verify` holding the check's script, and the Job `<name>-verify`
    that runs it on the hardened pod (`pod.py`): one try and one retry within the deadline, non-root,
    small; a changed image, argument or script changes the Job, so the check runs again.

    Its pod is labelled `<name>-verify`, not `<name>`: the app's Service must never select it.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        check: Verification,
        labels: AppLabels,
        rerun: bool = False,
    ) -> None:
        """
        :param name: the app's name; the objects are `<name>-verify`.
        :param check: what to run.
        :param labels: identity of the app; objects add component "verify".
        :param rerun: remove the finished Job after `RERUN_AFTER_SECONDS`, so that an engine that
            applies it as an object (Flux) creates it again. Default: False (it stays until the next sync).
        """
        super().__init__(scope, id)
        job = job_name(name)
        script = check.text
        k8s.KubeConfigMap(
            self,
            "Script",
            metadata=k8s.ObjectMeta(name=job, labels=labels.component("verify")),
            data={check.script: script},
        )
        pod_labels = {**labels.full("verify"), **selector(labels)}
        quantity = k8s.Quantity.from_string
        tmp_mounts, tmp_volumes = pod.scratch()
        k8s.KubeJob(
            self,
            "Job",
            metadata=k8s.ObjectMeta(name=job, labels=labels.component("verify")),
            spec=k8s.JobSpec(
                backoff_limit=1,
                active_deadline_seconds=check.deadline_seconds,
                ttl_seconds_after_finished=RERUN_AFTER_SECONDS if rerun else None,
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(
                        labels=pod_labels,
                        annotations={
                            "checksum/script": hashlib.sha256(script.encode()).hexdigest(),
                            **({VERIFY_PUBLIC_HOST: check.public_host} if check.public_host else {}),
                            **({VERIFY_LOG_STORE: check.logs.store} if check.logs else {}),
                        },
                    ),
                    spec=pod.pod_spec(
                        restart_policy="Never",
                        run_as=pod.RunAs(user=check.run_as_user, group=check.run_as_user),
                        containers=[
                            pod.container(
                                name="verify",
                                image=check.image,
                                command=[*check.command, f"{SCRIPTS}/{check.script}"],
                                args=check.args,
                                env=[
                                    k8s.EnvVar(name=k, value=v)
                                    for k, v in {
                                        **check.env,
                                        **(check.logs.env if check.logs else {}),
                                        "VERIFY_WAIT_SECONDS": str(check.wait_seconds),
                                    }.items()
                                ],
                                resources=k8s.ResourceRequirements(
                                    requests={"cpu": quantity("10m"), "memory": quantity("32Mi")},
                                    limits={"cpu": quantity("500m"), "memory": quantity(check.memory)},
                                ),
                                mounts=[
                                    k8s.VolumeMount(name="script", mount_path=SCRIPTS, read_only=True),
                                    *tmp_mounts,
                                ],
                            )
                        ],
                        volumes=[
                            k8s.Volume(
                                name="script", config_map=k8s.ConfigMapVolumeSource(name=job, default_mode=0o555)
                            ),
                            *tmp_volumes,
                        ],
                    ),
                ),
            ),
        )
