"""Every shape an app takes, through the values file alone (tests/catalogs/shapes.yaml): a StatefulSet,
a CronJob, several ports of two protocols, config files; the order GitOps applies them in; and the
refusals, each one line with `dist/` untouched. Each case runs `main.main()` in-process."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from cdk8s import ApiObject
from conftest import CATALOGS
from test_foundation import tree

import lib.kinds
import main
from lib.constructs.workload import Workload
from lib.labels import AppLabels

SHAPES: dict[str, Any] = yaml.safe_load((CATALOGS / "shapes.yaml").read_text())


def run(tmp_path: Path, data: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, Path]:
    values, out = tmp_path / "values.yaml", tmp_path / "dist"
    values.write_text(yaml.safe_dump(data, sort_keys=False))
    status = main.main(["--values", str(values), "--outdir", str(out)])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return status, err, out


def objects(unit: Path) -> dict[str, dict[str, Any]]:
    return {p.name.removesuffix(".k8s.yaml"): yaml.safe_load(p.read_text()) for p in sorted(unit.glob("*.k8s.yaml"))}


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shapes") / "dist"
    assert main.main(["--values", str(CATALOGS / "shapes.yaml"), "--outdir", str(out)]) == 0, "passes the gate"
    return out


def container(workload: dict[str, Any]) -> dict[str, Any]:
    spec = workload["spec"]["jobTemplate"]["spec"] if workload["kind"] == "CronJob" else workload["spec"]
    (c,) = spec["template"]["spec"]["containers"]
    return dict(c)


def test_a_statefulset_keeps_a_claim_per_pod_forever_and_probes_its_named_tcp_port(dist: Path) -> None:
    unit = objects(dist / "postgres")
    assert sorted(unit) == [
        "NetworkPolicy.postgres-egress",
        "NetworkPolicy.postgres-from-nightly-export",
        "Service.postgres",
        "ServiceAccount.postgres",
        "StatefulSet.postgres",
    ], "no claim in git: the StatefulSet controller creates data-postgres-0, which no engine can prune"
    spec = unit["StatefulSet.postgres"]["spec"]
    assert spec["serviceName"] == "postgres"
    assert spec["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}
    (claim,) = spec["volumeClaimTemplates"]
    assert (claim["apiVersion"], claim["kind"], claim["metadata"]["name"]) == ("v1", "PersistentVolumeClaim", "data")
    assert claim["spec"] == {
        "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": "10Gi"}},
        "storageClassName": "nfs-client",
    }
    c = container(unit["StatefulSet.postgres"])
    assert {"name": "data", "mountPath": "/var/lib/postgresql/data"} in c["volumeMounts"]
    assert c["ports"] == [{"containerPort": 5432, "name": "postgres", "protocol": "TCP"}]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert c[probe]["tcpSocket"] == {"port": "postgres"}, probe
    service = unit["Service.postgres"]["spec"]
    assert service["clusterIP"] == "None", "headless: a DNS name per pod"
    assert service["ports"] == [{"name": "postgres", "port": 5432, "protocol": "TCP", "targetPort": "postgres"}]


def test_a_cronjob_runs_its_command_on_its_schedule_and_serves_nothing(dist: Path) -> None:
    unit = objects(dist / "nightly-export")
    assert sorted(unit) == [
        "CronJob.nightly-export",
        "NetworkPolicy.nightly-export-egress",
        "PersistentVolumeClaim.nightly-export",
        "ServiceAccount.nightly-export",
    ], "no Service, no route"
    spec = unit["CronJob.nightly-export"]["spec"]
    assert (spec["schedule"], spec["timeZone"]) == ("0 3 * * *", "Europe/Berlin")
    assert spec["concurrencyPolicy"] == "Forbid"
    assert (spec["successfulJobsHistoryLimit"], spec["failedJobsHistoryLimit"]) == (3, 1)
    c = container(unit["CronJob.nightly-export"])
    assert c["command"] == ["/bin/sh", "-c", "pg_dump -h postgres.data -U export app > /backup/app.sql"]
    assert not {"ports", "startupProbe", "readinessProbe", "livenessProbe"} & set(c)
    pod = spec["jobTemplate"]["spec"]["template"]["spec"]
    assert pod["restartPolicy"] == "Never" and pod["automountServiceAccountToken"] is False
    assert c["securityContext"]["readOnlyRootFilesystem"] is True, "the one hardened pod"
    claim = unit["PersistentVolumeClaim.nightly-export"]["metadata"]["annotations"]
    assert claim["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false"


def test_an_app_with_a_tcp_and_a_udp_port_is_routed_on_its_http_port_only(dist: Path) -> None:
    unit = objects(dist / "blocky")
    assert container(unit["Deployment.blocky"])["ports"] == [
        {"containerPort": 4000, "name": "http", "protocol": "TCP"},
        {"containerPort": 5353, "name": "dns", "protocol": "UDP"},
    ]
    assert unit["Service.blocky"]["spec"]["ports"] == [
        {"name": "http", "port": 4000, "protocol": "TCP", "targetPort": "http"},
        {"name": "dns", "port": 5353, "protocol": "UDP", "targetPort": "dns"},
    ]
    route = unit["IngressRoute.blocky-ingress"]["spec"]["routes"][0]
    assert route["services"] == [{"kind": "Service", "name": "blocky", "port": 4000}]
    traefik = unit["NetworkPolicy.blocky-from-traefik"]["spec"]["ingress"][0]
    assert traefik["ports"] == [{"port": 4000, "protocol": "TCP"}], "Traefik reaches the routed port, no other"


def test_route_port_names_the_port_a_host_routes_to(dist: Path) -> None:
    unit = objects(dist / "mosquitto")
    route = unit["IngressRoute.mosquitto-ingress"]["spec"]["routes"][0]
    assert route["services"] == [{"kind": "Service", "name": "mosquitto", "port": 9001}]
    traefik = unit["NetworkPolicy.mosquitto-from-traefik"]["spec"]["ingress"][0]
    assert traefik["ports"] == [{"port": 9001, "protocol": "TCP"}]


def test_a_file_is_mounted_read_only_at_its_path_and_a_new_content_rolls_the_pods(
    dist: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = objects(dist / "mosquitto")
    path = "/mosquitto/config/mosquitto.conf"
    assert unit["ConfigMap.mosquitto-files"]["data"] == {
        "mosquitto_config_mosquitto.conf": SHAPES["apps"]["mosquitto"]["files"][path]
    }
    mounts = container(unit["Deployment.mosquitto"])["volumeMounts"]
    assert {
        "name": "files",
        "mountPath": path,
        "subPath": "mosquitto_config_mosquitto.conf",
        "readOnly": True,
    } in mounts
    before = unit["Deployment.mosquitto"]["spec"]["template"]["metadata"]["annotations"]["checksum/files"]
    changed = copy.deepcopy(SHAPES)
    changed["apps"]["mosquitto"]["files"][path] += "allow_anonymous false\n"
    status, _, out = run(tmp_path, changed, capsys)
    assert status == 0
    after = objects(out / "mosquitto")["Deployment.mosquitto"]["spec"]["template"]["metadata"]["annotations"]
    assert len(before) == 64 and after["checksum/files"] != before, "a new content changes the pod template"


# ---------------------------------------------------------------- the order GitOps applies units in


def test_an_app_waits_for_the_apps_it_talks_to_in_both_engines(dist: Path) -> None:
    flux = objects(dist / "gitops-flux")["Kustomization.nightly-export"]["spec"]["dependsOn"]
    assert flux == [{"name": "namespace-data"}, {"name": "postgres"}]
    argocd = objects(dist / "gitops-argocd")
    wave = {n: argocd[f"Application.{n}"]["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] for n in (
        "namespace-data", "postgres", "nightly-export")}  # fmt: skip
    assert wave == {"namespace-data": "0", "postgres": "1", "nightly-export": "2"}


def test_apps_that_talk_to_each_other_are_ordered_one_way_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy.deepcopy(SHAPES)
    data["apps"]["mosquitto"]["talksTo"] = ["blocky"]
    data["apps"]["blocky"]["talksTo"] = ["mosquitto"]
    status, err, out = run(tmp_path, data, capsys)
    assert status == 0
    assert err == (
        f"note: {tmp_path / 'values.yaml'}: apps.blocky.talksTo: mosquitto already waits for blocky; blocky's unit "
        "does not wait for mosquitto's (a cycle cannot be ordered)\n"
    )
    flux = objects(out / "gitops-flux")
    assert flux["Kustomization.mosquitto"]["spec"]["dependsOn"] == [{"name": "namespace-iot"}, {"name": "blocky"}]
    assert flux["Kustomization.blocky"]["spec"]["dependsOn"] == [{"name": "namespace-iot"}]
    assert "blocky-from-mosquitto" in "".join(objects(out / "blocky")), "both may still talk"


# ---------------------------------------------------------------- refusals


def changed(app: str, **keys: Any) -> dict[str, Any]:
    data = copy.deepcopy(SHAPES)
    data["apps"][app].update(keys)
    for key, value in keys.items():
        if value is None:
            del data["apps"][app][key]
    return data


REFUSALS = {
    "a cronjob with a host": (
        changed("nightly-export", host="export.example.com"),
        "apps.nightly-export.host: a cronjob serves nothing (no Service, no route): remove it",
    ),
    "two replicas sharing a ReadWriteOnce volume": (
        changed("nightly-export", workload=None, schedule=None, timeZone=None, command=None, replicas=2, port=80),
        "apps.nightly-export.replicas: 2 pods of a Deployment cannot share its ReadWriteOnce volume (two nodes "
        "cannot attach it): use workload: statefulset (a volume per pod), storage.accessMode: ReadWriteMany, or no "
        "storage",
    ),
    "a TCP-only app without a probe": (
        changed("mosquitto", probe=None),
        "apps.mosquitto.probe: is required: this app has no TCP port named http for the default HTTP probe; give "
        "{tcp: <port name>}, {exec: [<command>, ...]} or {http: {path, port}}",
    ),
    "the tag main": (
        changed("blocky", image={"repository": "ghcr.io/0xerr0r/blocky", "tag": "main"}),
        "apps.blocky.image.tag: 'main' names whatever was pushed last, not a release: pin one such as 0.17.7, or "
        "add digest: sha256:...",
    ),
    "a web app in a restricted namespace without runAsUser": (
        changed("blocky", securityContext=None),
        "apps.blocky.securityContext.runAsUser: is required: namespace iot enforces restricted (runAsNonRoot), and "
        "the synth cannot know the image's user; name a non-root uid (README, Adding an app: an image that runs as "
        "root)",
    ),
    "a UDP port for the route": (
        changed("blocky", routePort="dns"),
        "apps.blocky.routePort: routes to the TCP port named dns, which this app does not have (its ports: http "
        "(TCP), dns (UDP))",
    ),
    "a schedule on a deployment": (
        changed("blocky", schedule="@daily"),
        "apps.blocky.schedule: only a cronjob runs on a schedule (workload: cronjob; this is a deployment)",
    ),
    "a bad schedule": (
        changed("nightly-export", schedule="0 25 * * *"),
        "apps.nightly-export.schedule: expected a cron schedule such as '0 3 * * *' (minute hour day month "
        "weekday) or @daily; its hour '25' is outside 0-23",
    ),
    "an unknown time zone": (
        changed("nightly-export", timeZone="Europe/Atlantis"),
        "apps.nightly-export.timeZone: expected an IANA time zone such as Europe/Berlin or UTC, got 'Europe/Atlantis'",
    ),
    "talking to a cronjob": (
        changed("blocky", talksTo=["nightly-export"]),
        "apps.blocky.talksTo[0]: 'nightly-export' listens on no port (a cronjob)",
    ),
}


@pytest.mark.parametrize(("data", "line"), REFUSALS.values(), ids=REFUSALS.keys())
def test_a_shape_the_cluster_would_refuse_is_one_line_exit_2_and_dist_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: dict[str, Any], line: str
) -> None:
    out = tmp_path / "dist"
    (out / "postgres").mkdir(parents=True)
    (out / "postgres" / "Service.postgres.k8s.yaml").write_text("kept: true\n")
    before = tree(out)
    status, err, _ = run(tmp_path, data, capsys)
    assert (status, err) == (2, f"error: {tmp_path / 'values.yaml'}: {line}\n")
    assert tree(out) == before


class TwinKind(Workload):
    """A kind that also renders its Service's twin in another API group: same kind and name, one file."""

    def __init__(self, scope: Any, id: str, *, name: str, app: Any, labels: AppLabels, talks_to: Any = None) -> None:
        super().__init__(scope, id, name=name, app=app, labels=labels)
        ApiObject(self, "Twin", api_version="example.com/v1", kind="Service", metadata={"name": name})


def test_two_objects_that_would_share_a_file_are_refused_by_the_gate_and_dist_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(lib.kinds.KINDS, "twin", TwinKind)
    monkeypatch.setitem(main.SETTINGS, "twin", Workload.Settings)
    out = tmp_path / "dist"
    (out / "blocky").mkdir(parents=True)
    (out / "blocky" / "Service.blocky.k8s.yaml").write_text("kept: true\n")
    before = tree(out)
    status, err, _ = run(tmp_path, changed("blocky", kind="twin"), capsys)
    assert status == 1
    assert (
        "  Service iot/blocky: (example.com/v1) would be written to blocky/Service.blocky.k8s.yaml, which holds "
        "Service iot/blocky (v1); rename one of them\n"
    ) in err
    assert tree(out) == before


def test_the_output_folder_follows_the_values_gitops_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy.deepcopy(SHAPES)
    data["gitops"]["path"] = "dist-staging"
    values = tmp_path / "values-staging.yaml"
    values.write_text(yaml.safe_dump(data))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CDK8S_OUTDIR", raising=False)
    assert main.main(["--values", str(values)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist-staging", "values-staging.yaml"]
    assert (tmp_path / "dist-staging" / "postgres" / "StatefulSet.postgres.k8s.yaml").is_file()
