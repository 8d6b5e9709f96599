"""Verification after a sync (story 6.2): a Job that proves an app works, run by the GitOps engine.

A kind that has something to verify describes it as a `Check` (a script from lib/scripts, run in an
image); `VerifyJob` renders it as the ConfigMap and the Job `<app>-verify`. Its unit makes the Job a
hook run after every sync of the app, once the app is healthy (Argo CD), or a unit of its own applied
once the app's unit is ready (Flux): `lib/units/app.py`. Either way a failed check fails the sync
where the operator looks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

from cdk8s_plus_33 import k8s
from constructs import Construct

from lib.constructs import pod
from lib.labels import AppLabels
from lib.values.schema import VERIFY_UNIT_SUFFIX

SCRIPTS = "/verify"


def job_name(app: str) -> str:
    """`<app>-verify`: the name of the check's ConfigMap and Job, the instance label of its pod, and
    with Flux alone the name of its unit."""
    return f"{app}{VERIFY_UNIT_SUFFIX}"


@dataclass(frozen=True, kw_only=True)
class Check:
    """What a kind verifies: `command` runs lib/scripts/`script` in `image`, with `args` and `env`."""

    image: str
    script: str
    command: Sequence[str]
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    run_as_user: int = 65534
    """The image's own user when it is not root; else nobody (the Job is restricted-compliant)."""
    deadline_seconds: int = 600
    """activeDeadlineSeconds: every try of the Job together."""
    memory: str = "128Mi"

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
        check: Check,
        labels: AppLabels,
    ) -> None:
        """
        :param name: the app's name; the objects are `<name>-verify`.
        :param check: what to run.
        :param labels: identity of the app; objects add component "verify".
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
        pod_labels = {**labels.full("verify"), "app.kubernetes.io/instance": job}
        quantity = k8s.Quantity.from_string
        tmp_mounts, tmp_volumes = pod.scratch()
        k8s.KubeJob(
            self,
            "Job",
            metadata=k8s.ObjectMeta(name=job, labels=labels.component("verify")),
            spec=k8s.JobSpec(
                backoff_limit=1,
                active_deadline_seconds=check.deadline_seconds,
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(
                        labels=pod_labels,
                        annotations={"checksum/script": hashlib.sha256(script.encode()).hexdigest()},
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
                                env=[k8s.EnvVar(name=k, value=v) for k, v in check.env.items()],
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
