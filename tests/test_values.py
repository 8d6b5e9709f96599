"""Bad values files stop the synth with exit status 2, one line naming file and key, and dist/ untouched."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import LIBRARY_VALUES, ROOT, load, parse, with_keys
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_foundation import tree

import main
from lib import node_env
from lib.constructs.ollama import OllamaSettings
from lib.rules import MOVING_TAGS, parse_quantity
from lib.values.loader import ValuesError
from lib.values.schema import App, HttpProbe, Probe, SecurityContext

LIBRARY = yaml.safe_load(LIBRARY_VALUES.read_text())
OL = "apps.ollama"


def with_value(path: str, value: Any, *more: Any) -> str:
    """The library values with the value at each dotted path replaced (or removed, for ...)."""
    return with_keys(yaml.safe_load(LIBRARY_VALUES.read_text()), path, value, *more)


ENGINE_CHART = {"gitopsEngine": "argocd", "namespace": "argocd", "chart": {"path": "charts/local/engine"}}
WHOAMI = {
    "namespace": "ml",
    "image": {"repository": "docker.io/traefik/whoami", "tag": "v1.10.1"},
    "port": 8080,
    "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}, "limits": {"cpu": "100m", "memory": "64Mi"}},
}


# (name, file text or None for a missing file, expected key path in the message, expected words)
CASES: list[tuple[str, str | None, str, str]] = [
    ("missing file", None, "", "not found"),
    ("empty file", "", "", "is empty"),
    ("only a comment", "# nothing\n", "", "is empty"),
    ("list instead of mapping", "- a\n- b\n", "(top level)", "expected a mapping, got a list"),
    ("scalar document", "hello\n", "(top level)", "expected a mapping"),
    ("invalid YAML", "apps: [1, 2\n", "line 2", "invalid YAML"),
    ("tab indentation", "apps:\n\tollama: x\n", "line 2", "invalid YAML"),
    ("duplicate key", LIBRARY_VALUES.read_text() + "partOf: again\n", "line ", "duplicate key 'partOf'"),
    ("unknown top-level key", with_value("extra", 1), "extra", "unknown key"),
    ("the old single-app layout", with_value("ollama", {}), "ollama", "unknown key"),
    (
        "misspelt key",
        with_value(f"{OL}.storage.storageClass", "nfs"),
        f"{OL}.storage.storageClass",
        "did you mean",
    ),
    ("missing required key", with_value("gitops.repoURL", ...), "gitops.repoURL", "is required"),
    ("section is a string", with_value(f"{OL}.resources", "big"), f"{OL}.resources", "expected a mapping"),
    (
        "bad quantity 50GB",
        with_value(f"{OL}.storage.size", "50GB"),
        f"{OL}.storage.size",
        "Kubernetes quantity",
    ),
    ("zero size", with_value(f"{OL}.storage.size", "0Gi"), f"{OL}.storage.size", "greater than zero"),
    ("negative size", with_value(f"{OL}.storage.size", "-5Gi"), f"{OL}.storage.size", "Kubernetes quantity"),
    ("size as a number", with_value(f"{OL}.storage.size", 50), f"{OL}.storage.size", "expected a string"),
    ("bad cpu", with_value(f"{OL}.resources.limits.cpu", "four"), f"{OL}.resources.limits.cpu", "quantity"),
    (
        "request above limit",
        with_value(f"{OL}.resources.requests.memory", "16Gi"),
        f"{OL}.resources",
        "requests.memory must not exceed limits.memory",
    ),
    ("host with capitals", with_value(f"{OL}.host", "Ollama.Home.com"), f"{OL}.host", "DNS name"),
    ("host with underscore", with_value(f"{OL}.host", "ollama_x.home.com"), f"{OL}.host", "DNS name"),
    ("host without domain", with_value(f"{OL}.host", "ollama"), f"{OL}.host", "DNS name"),
    ("host with a rule break", with_value(f"{OL}.host", "a.com`) || Host(`b.com"), f"{OL}.host", "DNS name"),
    ("host with newline", with_value(f"{OL}.host", "ollama.example.com\n"), f"{OL}.host", "DNS name"),
    (
        "latest tag",
        with_value(f"{OL}.image.tag", "latest"),
        f"{OL}.image.tag",
        "'latest' names whatever was pushed last",
    ),
    ("main tag", with_value(f"{OL}.image.tag", "main"), f"{OL}.image.tag", "'main' names whatever was pushed last"),
    (
        "Nightly tag",
        with_value(f"{OL}.image.tag", "Nightly"),
        f"{OL}.image.tag",
        "'Nightly' names whatever was pushed last",
    ),
    ("empty tag", with_value(f"{OL}.image.tag", ""), f"{OL}.image.tag", "expected an image tag"),
    ("tag as a number", with_value(f"{OL}.image.tag", 0.17), f"{OL}.image.tag", "expected a string, got float"),
    (
        "bad repository",
        with_value(f"{OL}.image.repository", "Ollama/Ollama"),
        f"{OL}.image.repository",
        "image",
    ),
    ("bad digest", with_value(f"{OL}.image.digest", "sha256:xyz"), f"{OL}.image.digest", "digest"),
    ("port zero", with_value(f"{OL}.port", 0), f"{OL}.port", "port from 1 to 65535"),
    ("port too big", with_value(f"{OL}.port", 70000), f"{OL}.port", "port from 1 to 65535"),
    ("port as a string", with_value(f"{OL}.port", "11434"), f"{OL}.port", "expected a whole number"),
    ("probe path without /", with_value(f"{OL}.probePath", "api"), f"{OL}.probePath", "HTTP path"),
    ("boolean for a number", with_value(f"{OL}.modelPull.attempts", True), f"{OL}.modelPull.attempts", "whole"),
    ("zero attempts", with_value(f"{OL}.modelPull.attempts", 0), f"{OL}.modelPull.attempts", "at least 1"),
    ("models not a list", with_value(f"{OL}.models", "llama3.2:1b"), f"{OL}.models", "expected a list"),
    (
        "model with shell",
        with_value(f"{OL}.models", ["llama3.2:1b; rm -rf /"]),
        f"{OL}.models[0]",
        "model name",
    ),
    ("model with $()", with_value(f"{OL}.models", ["$(reboot)"]), f"{OL}.models[0]", "Ollama model name"),
    ("model with newline", with_value(f"{OL}.models", ["llama3.2:1b\n"]), f"{OL}.models[0]", "model name"),
    (
        "model listed twice",
        with_value(f"{OL}.models", ["a:1", "a:1"]),
        f"{OL}.models[1]",
        "lists model 'a:1' twice",
    ),
    (
        "relative mount path",
        with_value(f"{OL}.storage.mountPath", "data"),
        f"{OL}.storage.mountPath",
        "absolute",
    ),
    (
        "ollama elsewhere",
        with_value(f"{OL}.storage.mountPath", "/data"),
        f"{OL}.storage.mountPath",
        "/root/.ollama",
    ),
    ("ollama without storage", with_value(f"{OL}.storage", ...), f"{OL}.storage", "is required"),
    (
        "ollama non-root",
        with_value(f"{OL}.securityContext", {"runAsUser": 1000}),
        f"{OL}.securityContext",
        "root",
    ),
    ("env var with a bad name", with_value(f"{OL}.env", {"MY-VAR": "x"}), f"{OL}.env.MY-VAR", "variable name"),
    ("env value a number", with_value(f"{OL}.env", {"N": 4}), f"{OL}.env.N", "expected a string, got a number"),
    (
        "env var the kind sets",
        with_value(f"{OL}.env", {"OLLAMA_HOST": "x"}),
        f"{OL}.env.OLLAMA_HOST",
        "set by the",
    ),
    (
        "unknown kind",
        with_value(f"{OL}.kind", "helm"),
        f"{OL}.kind",
        "expected one of web, ollama, n8n, open-webui, got str 'helm'",
    ),
    (
        "kind as a list",
        with_value(f"{OL}.kind", ["web"]),
        f"{OL}.kind",
        "expected one of web, ollama, n8n, open-webui, got a list",
    ),
    (
        "a key of another kind",
        with_value(f"{OL}.kind", "web"),
        f"{OL}.models",
        "is a key of kind ollama, and this app is kind web",
    ),
    ("app name with capitals", with_value("apps.Whoami", WHOAMI), "apps.Whoami", "expected an app name"),
    ("app name starting a digit", with_value("apps.1app", WHOAMI), "apps.1app", "expected an app name"),
    ("app name of a unit", with_value("apps.namespace-ml", WHOAMI), "apps.namespace-ml", "kept for the units"),
    (
        "app in no namespace",
        with_value(f"{OL}.namespace", "ai"),
        f"{OL}.namespace",
        "'ai' is neither listed under",
    ),
    ("bad namespace name", with_value("namespaces.ML", {}), "namespaces.ML", "DNS label"),
    ("bad pod security", with_value("namespaces.ml.podSecurity", "strict"), "namespaces.ml.podSecurity", "one of"),
    ("bad storage class", with_value(f"{OL}.storage.storageClassName", "NFS!"), "storageClassName", "object name"),
    ("no ingress for a host", with_value("cluster.ingress", ...), f"{OL}.host", "needs cluster.ingress"),
    ("no issuer", with_value("cluster.ingress.clusterIssuer", ...), "cluster.ingress.clusterIssuer", "is required"),
    ("empty catalog", with_value("apps", {}, "namespaces", {}), "apps", "lists no app, chart or namespace"),
    ("unknown engine", with_value("gitops.engine", "jenkins"), "gitops.engine", "argocd, flux, both"),
    ("repo not a URL", with_value("gitops.repoURL", "my repo"), "gitops.repoURL", "https:// Git URL"),
    ("repo over SSH", with_value("gitops.repoURL", "git@github.com:me/lab.git"), "gitops.repoURL", "https://"),
    ("two revisions", with_value("gitops.revision.tag", "v1"), "gitops.revision", "exactly one of branch, tag"),
    ("no revision", with_value("gitops.revision", {}), "gitops.revision", "got none"),
    ("revision a string", with_value("gitops.revision", "main"), "gitops.revision", "expected a mapping"),
    ("short commit", with_value("gitops.revision", {"commit": "abc123"}), "gitops.revision.commit", "40"),
    ("branch with ..", with_value("gitops.revision.branch", "a..b"), "gitops.revision.branch", "branch or tag"),
    ("absolute path", with_value("gitops.path", "/dist"), "gitops.path", "relative folder"),
    (
        "unknown k8s version",
        with_value("cluster.kubernetesVersion", "1.99"),
        "cluster.kubernetesVersion",
        "from 1.25 to",
    ),
    ("k8s version as float", with_value("cluster.kubernetesVersion", 1.33), "cluster.kubernetesVersion", "string"),
    ("bad external namespace", with_value("cluster.externalNamespaces", ["Kube"]), "externalNamespaces[0]", "label"),
    (
        "namespace rendered and external",
        with_value("cluster.externalNamespaces", ["ml"]),
        "namespaces.ml",
        "also in cluster.externalNamespaces",
    ),
    (
        "an engine's chart outside its namespace",
        with_value("charts.argocd", {**ENGINE_CHART, "namespace": "ml"}),
        "charts.argocd.namespace",
        "'ml': argocd runs in gitops.argocdNamespace, 'argocd', beside its bootstrap",
    ),
    (
        "two charts for one engine",
        with_value("charts.argocd", ENGINE_CHART, "charts.argo", ENGINE_CHART),
        "charts.argo.gitopsEngine",
        "argocd is already installed by charts.argocd",
    ),
    (
        "an unknown engine",
        with_value("charts.argocd", {**ENGINE_CHART, "gitopsEngine": "jenkins"}),
        "charts.argocd.gitopsEngine",
        "expected one of",
    ),
]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "dist", tmp_path / "dist")
    return tmp_path


@pytest.mark.parametrize(("text", "key", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_values_file_exits_2_with_one_line_and_leaves_dist_untouched(
    workdir: Path, capsys: pytest.CaptureFixture[str], text: str | None, key: str, words: str
) -> None:
    values = workdir / "values.yaml"
    if text is not None:
        values.write_text(text)
    before = tree(workdir / "dist")

    status = main.main(["--values", str(values), "--outdir", str(workdir / "dist")])

    captured = capsys.readouterr()
    assert status == 2
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    (line,) = lines
    assert line.startswith(f"error: {values}: "), line
    assert key in line and words in line, line
    assert "Traceback" not in captured.err + captured.out
    assert tree(workdir / "dist") == before
    assert sorted(p.name for p in workdir.iterdir()) == ["dist", "values.yaml"] if text is not None else ["dist"]


@pytest.mark.parametrize("tag", sorted(MOVING_TAGS))
def test_a_moving_tag_is_pinned_by_a_digest_and_only_by_one(tag: str) -> None:
    with pytest.raises(ValuesError, match=rf"apps.ollama.image.tag: '{tag}' names whatever was pushed last"):
        parse(with_value(f"{OL}.image.tag", tag))
    digest = "sha256:" + "a" * 64
    image = parse(with_value(f"{OL}.image", {"repository": "docker.io/ollama/ollama", "tag": tag, "digest": digest}))
    assert image.apps["ollama"].image.reference == f"docker.io/ollama/ollama:{tag}@{digest}"


def test_credentials_in_the_repository_url_are_refused_without_echoing_them(workdir: Path) -> None:
    values = workdir / "values.yaml"
    values.write_text(with_value("gitops.repoURL", "https://me:s3cr3t-t0ken@github.com/me/lab.git"))
    with pytest.raises(ValuesError) as caught:
        main.load_values(values, kinds=main.SETTINGS)
    assert str(caught.value) == (
        f"{values}: gitops.repoURL: must not hold credentials (user:token@); the repository must be readable "
        "without them"
    )
    assert "s3cr3t" not in str(caught.value)


def test_a_bad_values_file_prints_no_traceback_as_a_process(workdir: Path) -> None:
    values = workdir / "values.yaml"
    values.write_text(with_value(f"{OL}.storage.size", "50GB"))
    env = node_env()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--values", str(values), "--outdir", str(workdir / "dist")],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {values}: apps.ollama.storage.size: expected a Kubernetes quantity such as 500m, 2, 50Gi, got '50GB'\n"
    )


def test_the_library_catalog_loads() -> None:
    values = load()
    ollama = values.apps["ollama"]
    assert isinstance(ollama, OllamaSettings), "kind: ollama chooses Ollama's settings"
    assert ollama.models == ("llama3.2:1b",)
    assert ollama.host == "ollama.home.jetzinger.com"
    assert ollama.storage is not None and ollama.storage.storage_class_name == "nfs-client"
    assert values.gitops.revision.ref == ("branch", "main")


def test_a_web_app_needs_only_namespace_image_port_and_resources() -> None:
    whoami = parse(with_value("apps.whoami", WHOAMI)).apps["whoami"]
    assert type(whoami) is App and whoami.kind == "web", "kind defaults to web"
    assert (whoami.storage, whoami.host, dict(whoami.env)) == (None, None, {})
    assert whoami.probes == (Probe(http=HttpProbe(path="/")),) * 2, "an HTTP GET of / on the port named http"
    assert whoami.security_context == SecurityContext()


@pytest.mark.parametrize("required", ["namespace", "image", "port", "resources"])
def test_a_web_app_without_one_of_them_is_refused(required: str) -> None:
    app = {k: v for k, v in WHOAMI.items() if k != required}
    with pytest.raises(ValuesError, match=f"^test-values.yaml: apps.whoami.{required}: is required"):
        parse(with_value("apps.whoami", app))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("500m", "0.5"), ("2", "2"), ("2Gi", str(2 * 1024**3)), ("1.5k", "1500"), ("1e3", "1000"), ("50M", "5E+7")],
)
def test_parse_quantity(text: str, expected: str) -> None:
    assert parse_quantity(text) == __import__("decimal").Decimal(expected)


# ---------------------------------------------------------------- property: only ValuesError escapes

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20), st.binary(max_size=8)
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.one_of(st.text(max_size=12), st.integers()), children)
    ),
    max_leaves=20,
)
KEYS = ["partOf", "cluster", "gitops", "namespaces", "apps", "ollama", "kind", "image", "tag", "models", "size", "port"]


def mutate(data: Any, path: list[str], value: Any) -> Any:
    if not path or not isinstance(data, dict):
        return value
    key, *rest = path
    return {**data, key: mutate(data.get(key), rest, value)}


def leaf_paths(data: Any, prefix: tuple[str, ...] = ()) -> list[list[str]]:
    if not isinstance(data, dict):
        return [list(prefix)]
    return [list(prefix)] + [p for k, v in data.items() for p in leaf_paths(v, (*prefix, k))]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(documents, st.text(max_size=200)))
def test_random_documents_raise_only_values_errors(doc: Any) -> None:
    text = doc if isinstance(doc, str) else yaml.safe_dump(doc, allow_unicode=True)
    try:
        parse(text, "random.yaml")
    except ValuesError as err:
        assert "\n" not in str(err)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(leaf_paths(LIBRARY)), documents, st.sampled_from(KEYS))
def test_random_edits_of_the_homelab_values_raise_only_values_errors(path: list[str], value: Any, key: str) -> None:
    data = mutate(LIBRARY, path, value)
    if isinstance(data, dict) and isinstance(value, dict):
        data = {**data, key: value}
    try:
        values = parse(yaml.safe_dump(data), "edited.yaml")
    except ValuesError as err:
        assert re.match(r"^edited\.yaml: ", str(err)) and "\n" not in str(err)
    else:
        assert all(app.image.tag != "latest" for app in values.apps.values())
