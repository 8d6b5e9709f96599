"""Kind `n8n` (story 6.3): restricted-compliant, its environment behind Traefik, its volume and probes."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from cdk8s import Chart
from conftest import find, manifests, parse, pod_checks
from test_values import LIBRARY

from lib.constructs.n8n import N8nApp, N8nSettings
from lib.labels import AppLabels
from lib.manifests import Units
from lib.values.loader import ValuesError
from lib.values.schema import Values

LABELS = AppLabels(name="n8n", instance="n8n", version="2.48.5", part_of="homelab")


@pytest.fixture(scope="module")
def unit(library: Units) -> list[dict[str, Any]]:
    return library["n8n"]


def container(objects: list[dict[str, Any]]) -> dict[str, Any]:
    (c,) = find(objects, "Deployment", "n8n")["spec"]["template"]["spec"]["containers"]
    return c


def env(c: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in c["env"]}


def test_n8n_runs_as_uid_1000_hardened_with_writable_folders_only_where_it_writes(unit: list[dict[str, Any]]) -> None:
    pod = find(unit, "Deployment", "n8n")["spec"]["template"]["spec"]
    assert pod["securityContext"] == {
        "fsGroup": 1000,
        "fsGroupChangePolicy": "OnRootMismatch",
        "runAsGroup": 1000,
        "runAsNonRoot": True,
        "runAsUser": 1000,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    c = container(unit)
    assert c["securityContext"] == {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "readOnlyRootFilesystem": True,
    }
    assert {m["mountPath"]: m["name"] for m in c["volumeMounts"]} == {
        "/home/node/.n8n": "data",
        "/tmp": "tmp",
        "/home/node/.cache": "home-node-cache",
        "/home/node/.npm": "home-node-npm",
    }
    assert {"name": "data", "persistentVolumeClaim": {"claimName": "n8n"}} in pod["volumes"]
    assert find(unit, "Deployment", "n8n")["spec"]["strategy"] == {"type": "Recreate"}


def test_the_apps_namespace_enforces_restricted_and_n8n_passes_it(library: Units) -> None:
    (namespace,) = [o for o in library["namespace-apps"] if o["kind"] == "Namespace"]
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    assert pod_checks([namespace, *library["n8n"]]) == []


def test_n8n_probes_liveness_readiness_and_a_startup_that_allows_for_migrations(unit: list[dict[str, Any]]) -> None:
    c = container(unit)
    assert c["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert c["readinessProbe"]["httpGet"] == {"path": "/healthz/readiness", "port": "http"}
    startup = c["startupProbe"]
    assert startup["httpGet"]["path"] == "/healthz"
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 300, "five minutes for first-boot migrations"


def test_n8n_environment_behind_traefik(unit: list[dict[str, Any]], values: Values) -> None:
    variables = env(container(unit))
    assert variables == {
        "N8N_HOST": "n8n.home.jetzinger.com",
        "N8N_PORT": "5678",  # explicit: Kubernetes would inject N8N_PORT=tcp://... for the Service n8n
        "N8N_PROTOCOL": "https",
        "N8N_EDITOR_BASE_URL": "https://n8n.home.jetzinger.com/",
        "N8N_WEBHOOK_URL": "https://n8n.home.jetzinger.com/",
        "N8N_PROXY_HOPS": "1",
        "GENERIC_TIMEZONE": "Europe/Berlin",
        "TZ": "Europe/Berlin",
        "N8N_DIAGNOSTICS_ENABLED": "false",
        "N8N_VERSION_NOTIFICATIONS_ENABLED": "false",
        "N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS": "true",
        "DB_TYPE": "sqlite",
        "N8N_ENCRYPTION_KEY": {"secretKeyRef": {"key": "encryption-key", "name": "n8n-secrets"}},
    }
    assert "WEBHOOK_URL" not in variables, "deprecated since n8n 2.35.0 in favour of N8N_WEBHOOK_URL"
    assert values.apps["n8n"].image.tag != "latest"


def test_n8n_is_served_over_https_by_the_same_construct_as_ollama(unit: list[dict[str, Any]], library: Units) -> None:
    assert find(unit, "Certificate", "n8n-tls")["spec"]["dnsNames"] == ["n8n.home.jetzinger.com"]
    route = find(unit, "IngressRoute", "n8n-ingress")["spec"]
    assert route["routes"][0]["services"] == [{"kind": "Service", "name": "n8n", "port": 5678}]
    redirect = find(unit, "IngressRoute", "n8n-ingress-redirect")["spec"]["routes"][0]["middlewares"]
    assert redirect == [{"name": "allow-sources"}, {"name": "https-redirect"}]
    find(library["namespace-apps"], "Middleware", "https-redirect")
    pvc = find(unit, "PersistentVolumeClaim", "n8n")
    assert pvc["spec"]["resources"] == {"requests": {"storage": "5Gi"}}
    assert pvc["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false"


def settings(**overrides: Any) -> N8nSettings:
    data = copy.deepcopy(LIBRARY["apps"]["n8n"])
    data.update(overrides)
    values = copy.deepcopy(LIBRARY)
    values["apps"]["n8n"] = data
    app = parse(yaml.safe_dump(values)).apps["n8n"]
    assert isinstance(app, N8nSettings)
    return app


def test_n8n_on_postgresql_takes_its_password_from_a_declared_secret(new_chart: Callable[..., Chart]) -> None:
    app = settings(
        database={"type": "postgresdb", "host": "postgres.data"},
        secrets={
            "n8n-secrets": {"external": ["encryption-key"], "env": {"N8N_ENCRYPTION_KEY": "encryption-key"}},
            "n8n-db": {"external": ["password"], "env": {"DB_POSTGRESDB_PASSWORD": "password"}},
        },
    )
    chart = new_chart()
    N8nApp(chart, "n8n", name="n8n", app=app, labels=LABELS)
    variables = env(container(manifests(chart)))
    assert {k: v for k, v in variables.items() if k.startswith("DB_")} == {
        "DB_TYPE": "postgresdb",
        "DB_POSTGRESDB_HOST": "postgres.data",
        "DB_POSTGRESDB_PORT": "5432",
        "DB_POSTGRESDB_DATABASE": "n8n",
        "DB_POSTGRESDB_USER": "n8n",
        "DB_POSTGRESDB_PASSWORD": {"secretKeyRef": {"key": "password", "name": "n8n-db"}},
    }


def test_telemetry_is_a_value(new_chart: Callable[..., Chart]) -> None:
    chart = new_chart()
    N8nApp(chart, "n8n", name="n8n", app=settings(telemetry=True, timezone="UTC"), labels=LABELS)
    variables = env(container(manifests(chart)))
    assert (variables["N8N_DIAGNOSTICS_ENABLED"], variables["N8N_VERSION_NOTIFICATIONS_ENABLED"]) == ("true", "true")
    assert (variables["GENERIC_TIMEZONE"], variables["TZ"]) == ("UTC", "UTC")


@pytest.mark.parametrize(
    ("overrides", "line"),
    [
        ({"host": None}, "apps.n8n.host: is required: n8n builds its editor and webhook URLs from it"),
        ({"storage": None}, "apps.n8n.storage: is required"),
        (
            {"storage": {"storageClassName": "nfs-client", "size": "5Gi", "mountPath": "/data"}},
            "apps.n8n.storage.mountPath: must be /home/node/.n8n",
        ),
        ({"secrets": {}}, "apps.n8n.secrets: none feeds N8N_ENCRYPTION_KEY: declare the secret it comes from"),
        (
            {"database": {"type": "postgresdb", "host": "postgres.data"}},
            "apps.n8n.secrets: none feeds DB_POSTGRESDB_PASSWORD",
        ),
        ({"database": {"type": "postgresdb"}}, "apps.n8n.database.host: is required with type postgresdb"),
        ({"database": {"type": "mysqldb"}}, "apps.n8n.database.type: expected one of sqlite, postgresdb"),
        ({"env": {"N8N_HOST": "x.example.com"}}, "apps.n8n.env.N8N_HOST: is set by the n8n kind"),
        ({"env": {"WEBHOOK_URL": "https://x/"}}, "apps.n8n.env.WEBHOOK_URL: is set by the n8n kind"),
        ({"timezone": "Berlin time"}, "apps.n8n.timezone: expected an IANA time zone"),
        ({"telemetry": "no"}, "apps.n8n.telemetry: expected true or false, got str 'no'"),
        (
            {"securityContext": {"runAsUser": 0}},
            "apps.n8n.securityContext.runAsUser: expected a whole number of at least 1",
        ),
    ],
)
def test_an_n8n_value_error_is_one_line(overrides: dict[str, Any], line: str) -> None:
    data = copy.deepcopy(LIBRARY)
    for key, value in overrides.items():
        if value is None:
            del data["apps"]["n8n"][key]
        else:
            data["apps"]["n8n"][key] = value
    with pytest.raises(ValuesError) as caught:
        parse(yaml.safe_dump(data))
    assert str(caught.value).startswith(f"test-values.yaml: {line}"), str(caught.value)
