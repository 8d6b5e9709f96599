"""Workload: what every app of the catalog has (kind `web`) in each of its shapes, and its settings' own checks."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar

import pytest
from cdk8s import Chart
from cdk8s_plus_33 import k8s
from conftest import find, manifests, pod_checks

from lib.constructs.workload import InitContainer, PodAdditions, Workload
from lib.labels import AppLabels
from lib.rules import InvalidValue
from lib.values.schema import (
    App,
    Gpu,
    HttpProbe,
    Image,
    Port,
    Probe,
    ResourceList,
    Resources,
    SecurityContext,
    Storage,
    Toleration,
)

LABELS = AppLabels(name="whoami", instance="whoami", version="1.10.1", part_of="homelab")


@dataclasses.dataclass(frozen=True, kw_only=True)
class RootApp(App):
    """A kind that keeps its image's root user, as Ollama does."""

    runs_as_root: ClassVar[bool] = True


def settings(cls: type[App] = App, **overrides: Any) -> App:
    """A minimal web app: namespace, image, port and resources only."""
    base: dict[str, Any] = {
        "namespace": "test",
        "image": Image(repository="docker.io/traefik/whoami", tag="v1.10.1"),
        "port": 8080,
        "resources": Resources(
            requests=ResourceList(cpu="10m", memory="16Mi"), limits=ResourceList(cpu="100m", memory="64Mi")
        ),
    }
    return cls(**{**base, **overrides})


def render(chart: Chart, app: App, **props: Any) -> list[dict[str, Any]]:
    Workload(chart, "web", name="whoami", app=app, labels=LABELS, **props)
    return manifests(chart)


def pod(objects: list[dict[str, Any]]) -> dict[str, Any]:
    return find(objects, "Deployment", "whoami")["spec"]["template"]["spec"]


def test_workload_defaults(new_chart: Callable[..., Chart]) -> None:
    objects = render(new_chart(), settings())
    assert sorted((o["kind"], o["metadata"]["name"]) for o in objects) == [
        ("Deployment", "whoami"),
        ("Service", "whoami"),
        ("ServiceAccount", "whoami"),
    ], "no volume claim without storage"
    deployment = find(objects, "Deployment", "whoami")["spec"]
    assert deployment["replicas"] == 1
    assert deployment["strategy"] == {"type": "RollingUpdate"}, "no volume to hand over: roll"
    assert deployment["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "whoami",
        "app.kubernetes.io/instance": "whoami",
    }
    spec = deployment["template"]["spec"]
    assert spec["serviceAccountName"] == "whoami"
    assert spec["automountServiceAccountToken"] is False
    assert spec["securityContext"] == {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    assert spec["volumes"] == [{"name": "tmp", "emptyDir": {}}]
    assert "initContainers" not in spec
    (container,) = spec["containers"]
    assert container["name"] == "whoami"
    assert container["image"] == "docker.io/traefik/whoami:v1.10.1"
    assert container["imagePullPolicy"] == "IfNotPresent"
    assert "env" not in container
    assert container["ports"] == [{"name": "http", "containerPort": 8080, "protocol": "TCP"}]
    assert container["securityContext"] == {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "readOnlyRootFilesystem": True,
    }
    assert container["volumeMounts"] == [{"name": "tmp", "mountPath": "/tmp"}]
    assert container["resources"] == {
        "requests": {"cpu": "10m", "memory": "16Mi"},
        "limits": {"cpu": "100m", "memory": "64Mi"},
    }
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/", "port": "http"}, probe
    service = find(objects, "Service", "whoami")["spec"]
    assert service["type"] == "ClusterIP"
    assert service["ports"] == [{"name": "http", "port": 8080, "protocol": "TCP", "targetPort": "http"}]
    assert service["selector"] == deployment["selector"]["matchLabels"]
    assert find(objects, "ServiceAccount", "whoami")["automountServiceAccountToken"] is False


def test_workload_custom(new_chart: Callable[..., Chart]) -> None:
    app = settings(
        probe_path="/health",
        storage=Storage(storage_class_name="nfs-client", size="1Gi", mount_path="/data"),
        env={"TZ": "Europe/Berlin", "LOG_LEVEL": "debug"},
        security_context=SecurityContext(run_as_user=1000, run_as_group=1000, fs_group=1000),
    )
    objects = render(new_chart(), app)
    deployment = find(objects, "Deployment", "whoami")["spec"]
    assert deployment["strategy"] == {"type": "Recreate"}, "a ReadWriteOnce volume takes one pod at a time"
    spec = deployment["template"]["spec"]
    assert spec["securityContext"] == {
        "fsGroup": 1000,
        "fsGroupChangePolicy": "OnRootMismatch",
        "runAsGroup": 1000,
        "runAsNonRoot": True,
        "runAsUser": 1000,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    assert {"name": "data", "persistentVolumeClaim": {"claimName": "whoami"}} in spec["volumes"]
    (container,) = spec["containers"]
    assert container["volumeMounts"][0] == {"name": "data", "mountPath": "/data"}
    assert container["env"] == [{"name": "TZ", "value": "Europe/Berlin"}, {"name": "LOG_LEVEL", "value": "debug"}]
    assert container["readinessProbe"]["httpGet"]["path"] == "/health"
    pvc = find(objects, "PersistentVolumeClaim", "whoami")
    assert pvc["spec"] == {
        "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": "1Gi"}},
        "storageClassName": "nfs-client",
    }
    assert pvc["metadata"]["labels"] == {"app.kubernetes.io/component": "storage"}


def test_workload_runs_a_kinds_init_containers_in_its_image_with_its_volumes(new_chart: Callable[..., Chart]) -> None:
    app = settings(
        RootApp, storage=Storage(storage_class_name="nfs-client", size="1Gi", mount_path="/data"), env={"A": "1"}
    )
    step = InitContainer(
        name="migrate", command=["/bin/migrate"], args=["up"], env={"B": "2"}, read_only_mounts={"cfg": "/cfg"}
    )
    additions = PodAdditions(
        env={"C": "3"},
        init_containers=[step],
        volumes=[k8s.Volume(name="cfg", config_map=k8s.ConfigMapVolumeSource(name="cfg"))],
        annotations={"checksum/cfg": "abc"},
    )
    objects = render(new_chart(), app, additions=additions, volume_name="state")
    deployment = find(objects, "Deployment", "whoami")["spec"]["template"]
    assert deployment["metadata"]["annotations"] == {"checksum/cfg": "abc"}
    spec = deployment["spec"]
    assert "runAsNonRoot" not in spec["securityContext"], "the kind keeps root"
    (init,) = spec["initContainers"]
    (server,) = spec["containers"]
    assert (init["image"], init["resources"], init["securityContext"]) == (
        server["image"],
        server["resources"],
        server["securityContext"],
    )
    assert init["command"] == ["/bin/migrate"] and init["args"] == ["up"]
    assert init["env"] == [{"name": "B", "value": "2"}, {"name": "A", "value": "1"}], "its own env, then the values'"
    assert server["env"] == [{"name": "C", "value": "3"}, {"name": "A", "value": "1"}], (
        "the kind's env, then the values'"
    )
    assert init["volumeMounts"] == [
        {"name": "state", "mountPath": "/data"},
        {"name": "tmp", "mountPath": "/tmp"},
        {"name": "cfg", "mountPath": "/cfg", "readOnly": True},
    ]
    assert [v["name"] for v in spec["volumes"]] == ["state", "tmp", "cfg"]


def test_workload_refuses_an_env_variable_the_kind_sets_too(new_chart: Callable[..., Chart]) -> None:
    with pytest.raises(ValueError, match="Workload web: env: C is set by the kind and by the values"):
        render(new_chart(), settings(env={"C": "x"}), additions=PodAdditions(env={"C": "3"}))


def test_workload_refuses_a_name_a_service_cannot_have(new_chart: Callable[..., Chart]) -> None:
    with pytest.raises(ValueError, match="Workload web: name: expected an app name"):
        Workload(new_chart(), "web", name="1app", app=settings(), labels=LABELS)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"port": 0}, "port: expected a port from 1 to 65535, got 0"),
        ({"probe_path": "healthz"}, "probePath: expected an HTTP path starting with '/'"),
        ({"host": "Who.example.com"}, "host: expected a lowercase DNS name"),
        ({"env": {"1BAD": "x"}}, "env.1BAD: expected an environment variable name"),
        ({"namespace": "Test"}, "namespace: expected a DNS label"),
    ],
)
def test_app_settings_check_themselves_the_same_rules_the_loader_runs(change: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        settings(**change)
    assert str(caught.value).startswith(message), str(caught.value)


def test_nested_settings_check_themselves_too() -> None:
    with pytest.raises(InvalidValue, match=r"tag: expected an image tag such as 0\.17\.7"):
        Image(repository="docker.io/traefik/whoami", tag="v1:0")
    with pytest.raises(InvalidValue, match="mountPath: expected an absolute folder path"):
        Storage(storage_class_name="nfs-client", size="1Gi", mount_path="data")
    with pytest.raises(InvalidValue, match=r"requests\.cpu must not exceed limits\.cpu"):
        Resources(requests=ResourceList(cpu="2", memory="1Gi"), limits=ResourceList(cpu="1", memory="1Gi"))
    with pytest.raises(InvalidValue, match="runAsUser: expected a whole number of at least 1, got 0"):
        SecurityContext(run_as_user=0)
    assert dataclasses.replace(settings(), port=80).port == 80, "replace() checks again, and passes"


def test_the_gpu_profile_is_off_by_default(new_chart: Callable[..., Chart]) -> None:
    pod = pod_spec_of(render(new_chart(), settings()))
    assert {"runtimeClassName", "nodeSelector", "tolerations"}.isdisjoint(pod)
    assert "nvidia.com/gpu" not in pod["containers"][0]["resources"]["limits"]


def test_the_gpu_profile_on_adds_the_limit_the_runtime_class_and_where_to_run(new_chart: Callable[..., Chart]) -> None:
    gpu = Gpu(
        count=1,
        runtime_class_name="nvidia",
        node_selector={"nvidia.com/gpu.present": "true"},
        tolerations=(Toleration(key="nvidia.com/gpu", operator="Exists", effect="NoSchedule"),),
    )
    pod = pod_spec_of(render(new_chart(), settings(gpu=gpu)))
    assert pod["runtimeClassName"] == "nvidia"
    assert pod["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    assert pod["tolerations"] == [{"effect": "NoSchedule", "key": "nvidia.com/gpu", "operator": "Exists"}]
    assert pod["containers"][0]["resources"]["limits"] == {"cpu": "100m", "memory": "64Mi", "nvidia.com/gpu": 1}


def test_the_gate_refuses_a_gpu_without_a_runtime_class(new_chart: Callable[..., Chart]) -> None:
    objects = render(new_chart(), settings(gpu=Gpu(count=2, runtime_class_name="nvidia")))
    deployment = find(objects, "Deployment", "whoami")
    del deployment["spec"]["template"]["spec"]["runtimeClassName"]
    (problem,) = [str(p) for p in pod_checks([deployment])]
    assert problem == (
        "Deployment test/whoami: container whoami: asks for nvidia.com/gpu but the pod has no runtimeClassName "
        "(the NVIDIA runtime, README: GPUs)"
    )


def pod_spec_of(objects: list[dict[str, Any]]) -> dict[str, Any]:
    return find(objects, "Deployment", "whoami")["spec"]["template"]["spec"]


# ---------------------------------------------------------------- shapes: probes, ports, files, workloads


def test_an_exec_probe_runs_its_command_and_an_app_may_listen_on_no_port(new_chart: Callable[..., Chart]) -> None:
    app = settings(port=None, probe=Probe(exec_=("pg_isready", "-q")), command=("/worker",), args=("--once",))
    objects = render(new_chart(), app)
    assert sorted(o["kind"] for o in objects) == ["Deployment", "ServiceAccount"], "no port, no Service"
    (container,) = pod_spec_of(objects)["containers"]
    assert (container["command"], container["args"]) == (["/worker"], ["--once"])
    assert "ports" not in container
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["exec"] == {"command": ["pg_isready", "-q"]}, probe


def test_replicas_reach_the_deployment(new_chart: Callable[..., Chart]) -> None:
    spec = find(render(new_chart(), settings(replicas=3)), "Deployment", "whoami")["spec"]
    assert (spec["replicas"], spec["strategy"]) == (3, {"type": "RollingUpdate"})


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ports": {"http": Port(port=80)}}, "ports: give either port (one TCP port named http) or ports, not both"),
        ({"port": None, "ports": {}}, "ports: lists no port"),
        ({"probe": Probe(tcp="mqtt")}, "probe.tcp: probes the TCP port named mqtt, which this app does not have"),
        ({"probe": Probe(http=HttpProbe(port="admin"))}, "probe.http.port: probes the TCP port named admin"),
        ({"probe": Probe(tcp="http"), "probe_path": "/x"}, "probePath: is the path of the default HTTP probe"),
        ({"route_port": "http"}, "routePort: needs host"),
        ({"port": None}, "port: is required: the TCP port named http it serves"),
        ({"workload": "cronjob"}, "schedule: is required for a cronjob"),
        ({"workload": "cronjob", "schedule": "@daily"}, "port: a cronjob serves nothing (no Service, no route)"),
        ({"workload": "cronjob", "schedule": "@daily", "port": None, "probe_path": "/"}, "probePath: a cronjob runs"),
        ({"workload": "cronjob", "schedule": "@daily", "port": None, "replicas": 2}, "replicas: a cronjob runs one"),
        ({"time_zone": "UTC"}, "timeZone: only a cronjob runs on a schedule"),
        ({"files": {"/a/b.conf": "x", "/a_b.conf": "y"}}, "files.'/a_b.conf': is stored under the same ConfigMap key"),
        ({"files": {"/etc/app/": "x"}}, "files.'/etc/app/': expected an absolute file path"),
        ({"files": {"/big": "x" * (1024 * 1024)}}, "files: hold 1048580 bytes; a ConfigMap holds at most 1048576"),
        ({"command": ("a\x00b",)}, "command[0]: holds a NUL character"),
    ],
)
def test_workload_settings_refuse(change: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        settings(**change)
    assert str(caught.value).startswith(message), str(caught.value)


@pytest.mark.parametrize(
    ("probe", "message"),
    [
        ({}, "expected exactly one of http, tcp or exec, got none"),
        ({"tcp": "a", "exec_": ("true",)}, "expected exactly one of http, tcp or exec, got tcp and exec"),
        ({"exec_": ()}, "exec: lists no command"),
    ],
)
def test_a_probe_is_exactly_one_check(probe: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        Probe(**probe)
    assert str(caught.value) == message
