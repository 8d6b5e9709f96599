"""Kind `open-webui`: Open WebUI non-root on a read-only root, its volume and writable paths, its secret key
from a declared secret, its Ollama URLs from talksTo, the refusals, its verification, and its network.

The library catalog plus one Open WebUI in the restricted `apps` namespace, talking to the library's Ollama.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import yaml
from conftest import HOMELAB_VALUES, ROOT, find, load, parse, pod_checks, render_values
from test_values import LIBRARY

from lib.constructs.open_webui import DATA, KIND_ENV, OpenWebUISettings, named_hosts, release
from lib.manifests import Manifest, Units
from lib.network import Network, Pod, rendered_pods
from lib.values.loader import ValuesError
from lib.values.schema import NAMESPACE_UNIT_PREFIX, Values

APP = {
    "kind": "open-webui",
    "namespace": "apps",
    "image": {"repository": "ghcr.io/open-webui/open-webui", "tag": "0.12.4"},
    "resources": {"requests": {"cpu": "250m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "3Gi"}},
    "storage": {"storageClassName": "nfs-client", "size": "5Gi", "mountPath": "/app/backend/data"},
    "host": "chat.home.jetzinger.com",
    "talksTo": ["ollama"],
    "egress": "internet",
    "secrets": {"open-webui-secrets": {"external": ["secret-key"], "env": {"WEBUI_SECRET_KEY": "secret-key"}}},
}
REDIS = {"external": ["url"]}
SECOND_OLLAMA = {**LIBRARY["apps"]["ollama"], "host": "ollama-big.home.jetzinger.com"}


def catalog(*, apps: dict[str, Any] | None = None, **overrides: Any) -> dict[str, Any]:
    """The library catalog with Open WebUI (changed by `overrides`; None removes a key) and `apps` added."""
    data = copy.deepcopy(LIBRARY)
    app = copy.deepcopy(APP)
    for key, value in overrides.items():
        if value is None:
            app.pop(key, None)
        else:
            app[key] = value
    data["apps"].update(apps or {})
    data["apps"]["open-webui"] = app
    return data


def values(**overrides: Any) -> Values:
    return parse(yaml.safe_dump(catalog(**overrides)))


def refusal(**overrides: Any) -> str:
    with pytest.raises(ValuesError) as caught:
        values(**overrides)
    return str(caught.value)


@pytest.fixture(scope="module")
def units() -> Units:
    return render_values(values())


def pod_spec(unit: list[Manifest]) -> dict[str, Any]:
    spec: dict[str, Any] = find(unit, "Deployment", "open-webui")["spec"]["template"]["spec"]
    return spec


def container(unit: list[Manifest]) -> dict[str, Any]:
    (c,) = pod_spec(unit)["containers"]
    return c


def env(unit: list[Manifest]) -> dict[str, Any]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container(unit)["env"]}


# ---------------------------------------------------------------- defaults


def test_open_webui_runs_as_uid_1000_on_a_read_only_root_with_its_volume_and_writable_paths(units: Units) -> None:
    unit = units["open-webui"]
    pod = pod_spec(unit)
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
        DATA: "data",  # webui.db, uploads, caches: the volume
        "/tmp": "tmp",  # and HOME
        "/app/backend/open_webui/static": "app-backend-open-webui-static",  # rewritten at every start
    }
    volumes = {v["name"]: v for v in pod["volumes"]}
    assert volumes["data"] == {"name": "data", "persistentVolumeClaim": {"claimName": "open-webui"}}
    assert volumes["app-backend-open-webui-static"]["emptyDir"] == {}
    claim = find(unit, "PersistentVolumeClaim", "open-webui")
    assert claim["spec"]["resources"] == {"requests": {"storage": "5Gi"}}
    assert claim["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false"
    assert find(unit, "Deployment", "open-webui")["spec"]["strategy"] == {"type": "Recreate"}
    assert c["image"] == "ghcr.io/open-webui/open-webui:0.12.4"


def test_open_webui_passes_the_restricted_level_of_the_apps_namespace(units: Units) -> None:
    (namespace,) = [o for o in units["namespace-apps"] if o["kind"] == "Namespace"]
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    assert pod_checks([namespace, *units["open-webui"]]) == []


def test_its_environment_the_secret_key_by_reference_and_the_ollama_url_from_talks_to(units: Units) -> None:
    assert env(units["open-webui"]) == {
        "HOME": "/tmp",
        "ENABLE_OLLAMA_API": "true",
        "OLLAMA_BASE_URLS": "http://ollama.ml.svc:11434",  # apps.ollama's Service: talksTo, never written by hand
        "OLLAMA_BASE_URL": "http://ollama.ml.svc:11434",  # the first: RAG_OLLAMA_BASE_URL defaults to it
        "WEBUI_URL": "https://chat.home.jetzinger.com",
        "CORS_ALLOW_ORIGIN": "https://chat.home.jetzinger.com",
        "WEBUI_AUTH": "true",
        "ENABLE_SIGNUP": "false",
        "DEFAULT_USER_ROLE": "pending",
        "ENABLE_PERSISTENT_CONFIG": "true",
        "ENABLE_VERSION_UPDATE_CHECK": "false",
        "SCARF_NO_ANALYTICS": "true",
        "DO_NOT_TRACK": "true",
        "ANONYMIZED_TELEMETRY": "false",
        "ENABLE_PIP_INSTALL_FRONTMATTER_REQUIREMENTS": "false",
        "WEBUI_SECRET_KEY": {"secretKeyRef": {"key": "secret-key", "name": "open-webui-secrets"}},
    }
    assert set(env(units["open-webui"])) - {"WEBUI_SECRET_KEY"} <= set(KIND_ENV), "all of them the kind's"


def test_no_secret_is_in_the_render_only_a_reference_to_it(units: Units) -> None:
    unit = units["open-webui"]
    assert not [o for o in unit if o["kind"] in ("Secret", "SealedSecret")], "external: created by hand"
    (key,) = [e for e in container(unit)["env"] if e["name"] == "WEBUI_SECRET_KEY"]
    assert sorted(key) == ["name", "valueFrom"], "never a value"


def test_it_is_probed_on_health_and_ready(units: Units) -> None:
    c = container(units["open-webui"])
    assert c["livenessProbe"]["httpGet"] == {"path": "/health", "port": "http"}
    assert c["startupProbe"]["httpGet"] == {"path": "/health", "port": "http"}
    assert c["readinessProbe"]["httpGet"] == {"path": "/ready", "port": "http"}, "503 until started, then its DB"
    assert c["ports"] == [{"containerPort": 8080, "name": "http", "protocol": "TCP"}]


def test_it_is_served_over_https_at_its_host(units: Units) -> None:
    unit = units["open-webui"]
    assert find(unit, "Certificate", "open-webui-tls")["spec"]["dnsNames"] == ["chat.home.jetzinger.com"]
    route = find(unit, "IngressRoute", "open-webui-ingress")["spec"]
    assert route["routes"][0]["services"] == [{"kind": "Service", "name": "open-webui", "port": 8080}]


# ---------------------------------------------------------------- Ollama URLs from talksTo


def test_ollama_base_urls_lists_every_ollama_it_talks_to_in_talks_to_order() -> None:
    both = values(apps={"ollama-big": SECOND_OLLAMA}, talksTo=["ollama-big", "n8n", "ollama"])
    variables = env(render_values(both)["open-webui"])
    assert variables["OLLAMA_BASE_URLS"] == "http://ollama-big.ml.svc:11434;http://ollama.ml.svc:11434"
    assert variables["OLLAMA_BASE_URL"] == "http://ollama-big.ml.svc:11434"
    assert variables["ENABLE_OLLAMA_API"] == "true"


def test_without_an_ollama_in_talks_to_the_ollama_api_is_off_and_no_url_is_made_up() -> None:
    variables = env(render_values(values(talksTo=["n8n"]))["open-webui"])
    assert variables["ENABLE_OLLAMA_API"] == "false"
    assert "OLLAMA_BASE_URLS" not in variables and "OLLAMA_BASE_URL" not in variables


def test_an_ollama_url_in_env_is_taken_when_talks_to_lists_that_ollama() -> None:
    app = values(env={"RAG_OLLAMA_BASE_URL": "http://ollama.ml.svc:11434", "RAG_EMBEDDING_ENGINE": "ollama"})
    assert app.apps["open-webui"].env["RAG_EMBEDDING_ENGINE"] == "ollama"


def test_a_url_of_an_app_that_is_not_an_ollama_needs_no_talks_to() -> None:
    values(env={"WEBHOOK_TARGET": "http://n8n.apps.svc:5678/webhook/chat"})


@pytest.mark.parametrize(
    ("value", "host"),
    [
        ("http://ollama.ml.svc:11434", "ollama.ml.svc"),
        ("https://api.openai.com/v1;http://ollama.ml.svc.cluster.local:11434/v1", "ollama.ml.svc.cluster.local"),
        ('{"url": "http://ollama.ml:11434"}', "ollama.ml"),
        ("https://ollama.home.jetzinger.com", "ollama.home.jetzinger.com"),
    ],
    ids=["service", "in a list", "in json", "its public host"],
)
def test_an_ollama_url_in_env_without_talks_to_is_refused_in_one_line(value: str, host: str) -> None:
    line = refusal(talksTo=["n8n"], env={"OPENAI_API_BASE_URLS": value})
    assert line == (
        f"test-values.yaml: apps.open-webui.env.OPENAI_API_BASE_URLS: names {host}, apps.ollama, which talksTo does "
        "not list: add ollama to talksTo (its NetworkPolicy lets in only the apps that list it; OLLAMA_BASE_URLS "
        "then names it)"
    )
    assert value not in line or value == host, "the value itself is never printed"


def test_the_bare_service_name_counts_in_the_ollama_s_own_namespace() -> None:
    line = refusal(namespace="ml", talksTo=[], env={"RAG_OLLAMA_BASE_URL": "http://ollama:11434"})
    assert line.startswith("test-values.yaml: apps.open-webui.env.RAG_OLLAMA_BASE_URL: names ollama, apps.ollama,")


@pytest.mark.parametrize(
    ("value", "hosts"),
    [
        ("llama3.2:1b", {"llama3.2"}),
        ("ollama", set()),
        ("redis://:pw@redis.data:6379/0", {"redis.data"}),
        ("HTTP://OLLAMA.ML.SVC.:11434", {"ollama.ml.svc"}),
    ],
)
def test_named_hosts(value: str, hosts: set[str]) -> None:
    assert named_hosts(value) == hosts


# ---------------------------------------------------------------- settings


def test_sign_up_role_telemetry_persistence_and_redis_are_values() -> None:
    custom = values(
        signup=True,
        defaultUserRole="user",
        telemetry=True,
        persistentConfig=False,
        redis={"secret": "open-webui-redis"},
        secrets={**APP["secrets"], "open-webui-redis": REDIS},
    )
    variables = env(render_values(custom)["open-webui"])
    assert {k: variables[k] for k in ("ENABLE_SIGNUP", "DEFAULT_USER_ROLE", "ENABLE_PERSISTENT_CONFIG")} == {
        "ENABLE_SIGNUP": "true",
        "DEFAULT_USER_ROLE": "user",
        "ENABLE_PERSISTENT_CONFIG": "false",
    }
    telemetry = ("ENABLE_VERSION_UPDATE_CHECK", "SCARF_NO_ANALYTICS", "DO_NOT_TRACK", "ANONYMIZED_TELEMETRY")
    assert [variables[k] for k in telemetry] == ["true", "false", "false", "true"]
    assert variables["WEBSOCKET_MANAGER"] == "redis"
    assert variables["REDIS_URL"] == {"secretKeyRef": {"key": "url", "name": "open-webui-redis"}}, "with its password"
    assert "WEBSOCKET_REDIS_URL" not in variables, "Open WebUI defaults it to REDIS_URL"


def test_the_defaults_of_its_settings() -> None:
    app = values().apps["open-webui"]
    assert isinstance(app, OpenWebUISettings)
    assert (app.signup, app.default_user_role, app.persistent_config, app.telemetry, app.redis) == (
        False,
        "pending",
        True,
        False,
        None,
    )
    assert (app.port, app.probe_path, app.readiness_path, app.several_pods) == (8080, "/health", "/ready", None)


# ---------------------------------------------------------------- refusals


def test_more_than_one_replica_without_redis_is_refused() -> None:
    assert refusal(replicas=2) == (
        "test-values.yaml: apps.open-webui.replicas: 2 pods need Redis to share their websockets "
        "(open-webui/open-webui#5075): set redis: {secret: <a secret of secrets>, key: <its key holding the "
        "redis:// URL>}"
    )


def test_with_redis_more_than_one_replica_is_still_refused_for_its_readwriteonce_volume() -> None:
    line = refusal(
        replicas=3, redis={"secret": "open-webui-redis"}, secrets={**APP["secrets"], "open-webui-redis": REDIS}
    )
    assert line == (
        "test-values.yaml: apps.open-webui.replicas: 3 pods would also share one ReadWriteOnce volume and its SQLite "
        "database, which one node attaches: Open WebUI runs as one pod here (README, Open WebUI)"
    )


@pytest.mark.parametrize(
    ("overrides", "line"),
    [
        ({"secrets": None}, "apps.open-webui.secrets: none feeds WEBUI_SECRET_KEY: declare the secret it comes from"),
        ({"storage": None}, "apps.open-webui.storage: is required: Open WebUI keeps its database and uploads there"),
        (
            {"storage": {"storageClassName": "nfs-client", "size": "5Gi", "mountPath": "/data"}},
            "apps.open-webui.storage.mountPath: must be /app/backend/data, Open WebUI's DATA_DIR, got '/data'",
        ),
        ({"host": None}, "apps.open-webui.host: is required: Open WebUI is served to browsers at https://<host>"),
        (
            {"env": {"OLLAMA_BASE_URL": "http://ollama.ml.svc:11434"}},
            "apps.open-webui.env.OLLAMA_BASE_URL: is set by the open-webui kind: use apps.<app>.talksTo",
        ),
        (
            {"env": {"ENABLE_SIGNUP": "true"}},
            "apps.open-webui.env.ENABLE_SIGNUP: is set by the open-webui kind: use apps.<app>.signup",
        ),
        ({"env": {"WEBUI_AUTH": "false"}}, "apps.open-webui.env.WEBUI_AUTH: is set by the open-webui kind\n"),
        (
            {"env": {"WEBUI_SECRET_KEY": "x"}},
            "apps.open-webui.env.WEBUI_SECRET_KEY: WEBUI_SECRET_KEY looks like a secret",
        ),
        (
            {"secrets": {**APP["secrets"], "r": {"external": ["url"], "env": {"REDIS_URL": "url"}}}},
            "apps.open-webui.secrets.r.env.REDIS_URL: is set by the open-webui kind: use apps.<app>.redis",
        ),
        (
            {"redis": {"secret": "nowhere"}},
            "apps.open-webui.redis.secret: 'nowhere' is not a secret of this app (declared: open-webui-secrets)",
        ),
        (
            {"redis": {"secret": "open-webui-secrets", "key": "url"}},
            "apps.open-webui.redis.key: 'url' is not a key of secret open-webui-secrets (secret-key)",
        ),
        ({"defaultUserRole": "admin"}, "apps.open-webui.defaultUserRole: expected one of pending, user, got str"),
        ({"signup": "no"}, "apps.open-webui.signup: expected true or false"),
        ({"workload": "statefulset"}, "apps.open-webui.workload: is set by the open-webui kind"),
        (
            {"securityContext": {"runAsUser": 0}},
            "apps.open-webui.securityContext.runAsUser: expected a whole number of at least 1",
        ),
    ],
)
def test_an_open_webui_value_error_is_one_line(overrides: dict[str, Any], line: str) -> None:
    message = refusal(**overrides) + "\n"
    assert message.startswith(f"test-values.yaml: {line}"), message
    assert "\n" not in message.rstrip("\n")


README_CHANGES = [  # the change to the test catalog behind each README error line, in the README's order
    {"talksTo": [], "env": {"RAG_OLLAMA_BASE_URL": "http://ollama.ml.svc:11434"}},
    {"replicas": 2},
    {"replicas": 2, "redis": {"secret": "open-webui-redis"}, "secrets": {**APP["secrets"], "open-webui-redis": REDIS}},
]


def test_the_readme_s_open_webui_errors_are_what_the_synth_prints() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Open WebUI in dist/") : readme.index("## Story 6.2")]
    block = re.search(r"```text\n(.*?)```", section, re.DOTALL)
    assert block is not None
    lines = block[1].splitlines()
    assert len(lines) == len(README_CHANGES)
    for line, change in zip(lines, README_CHANGES, strict=True):
        with pytest.raises(ValuesError) as caught:
            parse(yaml.safe_dump(catalog(**change)), "values-homelab.yaml")
        assert f"error: {caught.value}" == line


# ---------------------------------------------------------------- the verification (story 6.2)


def test_every_sync_runs_its_check_in_its_own_image_as_a_restricted_job(units: Units) -> None:
    unit = units["open-webui"]
    job = find(unit, "Job", "open-webui-verify")
    assert job["metadata"]["annotations"]["argocd.argoproj.io/hook"] == "PostSync"
    (c,) = job["spec"]["template"]["spec"]["containers"]
    assert c["image"] == container(unit)["image"], "python is in Open WebUI's image; node is not"
    assert c["command"] == ["python3", "-I", "/verify/verify-open-webui.py"]
    assert {e["name"]: e["value"] for e in c["env"]} == {
        "VERIFY_NAME": "open-webui",
        "VERIFY_URL": "http://open-webui.apps.svc:8080",
        "VERIFY_VERSION": "0.12.4",
        "VERIFY_WAIT_SECONDS": "900",
    }
    assert "verify-open-webui.py" in find(unit, "ConfigMap", "open-webui-verify")["data"]
    (namespace,) = [o for o in units["namespace-apps"] if o["kind"] == "Namespace"]
    assert pod_checks([namespace, job]) == []


def test_via_ingress_the_check_asks_the_public_host_too() -> None:
    unit = render_values(values(verify={"viaIngress": True}))["open-webui"]
    (c,) = find(unit, "Job", "open-webui-verify")["spec"]["template"]["spec"]["containers"]
    assert {"name": "VERIFY_PUBLIC_URL", "value": "https://chat.home.jetzinger.com"} in c["env"]


def test_no_check_when_it_is_turned_off() -> None:
    unit = render_values(values(verify={"enabled": False}))["open-webui"]
    assert not [o for o in unit if o["kind"] == "Job"]


@pytest.mark.parametrize(("tag", "version"), [("0.12.4", "0.12.4"), ("v0.12.4", "0.12.4"),
                                              ("v0.12.4-cuda", "0.12.4"), ("git-1a2b3c", None)])  # fmt: skip
def test_the_release_the_check_expects_is_read_off_the_tag(tag: str, version: str | None) -> None:
    assert release(tag) == version


# ---------------------------------------------------------------- the network


def reaching(objects: list[Manifest], target: Pod, port: int) -> set[str]:
    network = Network(objects)
    return {
        f"{p.namespace}/{p.name}" for p in rendered_pods(objects) if p != target and network.allows(p, target, port)
    }


def everything(units: Units) -> list[Manifest]:
    return [o for objects in units.values() for o in objects]


def ollama(objects: list[Manifest]) -> Pod:
    (found,) = [p for p in rendered_pods(objects) if p.name == "ollama"]
    return found


def test_open_webui_and_nothing_else_new_reaches_ollama_on_11434(units: Units) -> None:
    before = everything(render_values(parse(yaml.safe_dump(LIBRARY))))
    after = everything(units)
    gained = reaching(after, ollama(after), 11434) - reaching(before, ollama(before), 11434)
    assert gained == {"apps/open-webui"}, "not its check, not any other pod of apps"
    policy = find(units["ollama"], "NetworkPolicy", "ollama-from-open-webui")["spec"]
    assert policy["ingress"][0]["ports"] == [{"port": 11434, "protocol": "TCP"}]
    network = Network(after)
    (webui,) = [p for p in rendered_pods(after) if p.name == "open-webui"]
    assert not network.allows(webui, ollama(after), 22), "its port only"
    assert not network.allows(webui, Pod("lan", "", address="192.168.2.10"), 443), "egress: internet, not the LAN"
    assert network.allows(webui, Pod("internet", "", address="1.1.1.1"), 443), "Hugging Face: the embedding model"


def test_without_talks_to_open_webui_does_not_reach_ollama() -> None:
    objects = everything(render_values(values(talksTo=["n8n"])))
    assert "apps/open-webui" not in reaching(objects, ollama(objects), 11434)


# ---------------------------------------------------------------- the user's catalog

HOMELAB = load(HOMELAB_VALUES)
HOMELAB_APPS = [name for name, app in HOMELAB.apps.items() if app.kind == "open-webui"]


@pytest.mark.parametrize("name", HOMELAB_APPS)
def test_the_homelab_s_open_webui_is_non_root_in_its_namespace_with_its_ollamas_from_talks_to(
    homelab: Units, name: str
) -> None:
    """Read off values-homelab.yaml: whatever its Open WebUI says, this holds."""
    app = HOMELAB.apps[name]
    unit = homelab[name]
    namespace = find(homelab[f"{NAMESPACE_UNIT_PREFIX}{app.namespace}"], "Namespace", app.namespace)
    assert pod_checks([namespace, *unit]) == [], "passes its namespace's Pod Security level"
    pod = find(unit, "Deployment", name)["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    (c,) = pod["containers"]
    variables = {e["name"]: e for e in c["env"]}
    assert sorted(variables["WEBUI_SECRET_KEY"]) == ["name", "valueFrom"]
    urls = [HOMELAB.apps[t].service_url(t) for t in app.talks_to if HOMELAB.apps[t].kind == "ollama"]
    if urls:
        assert variables["OLLAMA_BASE_URLS"]["value"] == ";".join(urls)
    assert {"name": "data", "mountPath": DATA} in c["volumeMounts"]
