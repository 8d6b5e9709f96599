"""Bad values files stop the synth with exit status 2, one line naming file and key, and dist/ untouched."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import HOMELAB_VALUES, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_foundation import tree

import main
from lib.config import ValuesError, load_values, parse_quantity, parse_values

HOMELAB = yaml.safe_load(HOMELAB_VALUES.read_text())


def with_value(path: str, value: Any) -> str:
    """The homelab values with the value at a dotted path replaced (or removed, for ...)."""
    data = yaml.safe_load(HOMELAB_VALUES.read_text())
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[key]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return yaml.safe_dump(data, sort_keys=False)


# (name, file text or None for a missing file, expected key path in the message, expected words)
CASES: list[tuple[str, str | None, str, str]] = [
    ("missing file", None, "", "not found"),
    ("empty file", "", "", "is empty"),
    ("only a comment", "# nothing\n", "", "is empty"),
    ("list instead of mapping", "- a\n- b\n", "(top level)", "expected a mapping, got a list"),
    ("scalar document", "hello\n", "(top level)", "expected a mapping"),
    ("invalid YAML", "ollama: [1, 2\n", "line 2", "invalid YAML"),
    ("tab indentation", "ollama:\n\tname: x\n", "line 2", "invalid YAML"),
    ("duplicate key", HOMELAB_VALUES.read_text() + "partOf: again\n", "line ", "duplicate key 'partOf'"),
    ("unknown top-level key", with_value("extra", 1), "extra", "unknown key"),
    ("misspelt key", with_value("ollama.storage.storageClass", "nfs"), "ollama.storage.storageClass", "did you mean"),
    ("missing required key", with_value("ingress.host", ...), "ingress.host", "is required"),
    ("section is a string", with_value("ollama.resources", "big"), "ollama.resources", "expected a mapping"),
    ("bad quantity 50GB", with_value("ollama.storage.size", "50GB"), "ollama.storage.size", "Kubernetes quantity"),
    ("zero size", with_value("ollama.storage.size", "0Gi"), "ollama.storage.size", "greater than zero"),
    ("negative size", with_value("ollama.storage.size", "-5Gi"), "ollama.storage.size", "Kubernetes quantity"),
    ("size as a number", with_value("ollama.storage.size", 50), "ollama.storage.size", "expected a string"),
    ("bad cpu", with_value("ollama.resources.limits.cpu", "four"), "ollama.resources.limits.cpu", "quantity"),
    (
        "request above limit",
        with_value("ollama.resources.requests.memory", "16Gi"),
        "ollama.resources",
        "requests.memory must not exceed limits.memory",
    ),
    ("host with capitals", with_value("ingress.host", "Ollama.Home.com"), "ingress.host", "DNS name"),
    ("host with underscore", with_value("ingress.host", "ollama_x.home.com"), "ingress.host", "DNS name"),
    ("host without domain", with_value("ingress.host", "ollama"), "ingress.host", "DNS name"),
    ("host with a rule break", with_value("ingress.host", "a.com`) || Host(`b.com"), "ingress.host", "DNS name"),
    ("latest tag", with_value("ollama.image.tag", "latest"), "ollama.image.tag", "not 'latest'"),
    ("empty tag", with_value("ollama.image.tag", ""), "ollama.image.tag", "pinned image tag"),
    ("tag as a number", with_value("ollama.image.tag", 0.17), "ollama.image.tag", "expected a string, got float"),
    ("bad repository", with_value("ollama.image.repository", "Ollama/Ollama"), "ollama.image.repository", "image"),
    ("bad digest", with_value("ollama.image.digest", "sha256:xyz"), "ollama.image.digest", "digest"),
    ("port zero", with_value("ollama.port", 0), "ollama.port", "port from 1 to 65535"),
    ("port too big", with_value("ollama.port", 70000), "ollama.port", "port from 1 to 65535"),
    ("port as a string", with_value("ollama.port", "11434"), "ollama.port", "expected a whole number"),
    ("boolean for a number", with_value("ollama.modelPull.attempts", True), "ollama.modelPull.attempts", "whole"),
    ("zero attempts", with_value("ollama.modelPull.attempts", 0), "ollama.modelPull.attempts", "at least 1"),
    ("models not a list", with_value("ollama.models", "llama3.2:1b"), "ollama.models", "expected a list"),
    ("model with shell", with_value("ollama.models", ["llama3.2:1b; rm -rf /"]), "ollama.models[0]", "model name"),
    ("model with $()", with_value("ollama.models", ["$(reboot)"]), "ollama.models[0]", "Ollama model name"),
    ("model with newline", with_value("ollama.models", ["llama3.2:1b\n"]), "ollama.models[0]", "model name"),
    ("host with newline", with_value("ingress.host", "ollama.example.com\n"), "ingress.host", "DNS name"),
    ("model listed twice", with_value("ollama.models", ["a:1", "a:1"]), "ollama.models", "lists a model twice"),
    ("bad namespace", with_value("namespace.name", "ML"), "namespace.name", "DNS label"),
    ("bad pod security", with_value("namespace.podSecurity", "strict"), "namespace.podSecurity", "one of"),
    ("bad storage class", with_value("ollama.storage.storageClassName", "NFS!"), "storageClassName", "object name"),
    ("unknown engine", with_value("gitops.engine", "jenkins"), "gitops.engine", "argocd, flux, both"),
    ("repo not a URL", with_value("gitops.repoURL", "my repo"), "gitops.repoURL", "Git URL"),
    ("absolute path", with_value("gitops.path", "/dist"), "gitops.path", "relative folder"),
    (
        "unknown k8s version",
        with_value("cluster.kubernetesVersion", "1.99"),
        "cluster.kubernetesVersion",
        "from 1.25 to",
    ),
    ("k8s version as float", with_value("cluster.kubernetesVersion", 1.33), "cluster.kubernetesVersion", "string"),
    ("bad external namespace", with_value("cluster.externalNamespaces", ["Kube"]), "externalNamespaces[0]", "label"),
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


def test_there_are_at_least_25_bad_values_cases() -> None:
    assert len(CASES) >= 25


def test_a_bad_values_file_prints_no_traceback_as_a_process(workdir: Path) -> None:
    values = workdir / "values.yaml"
    values.write_text(with_value("ollama.storage.size", "50GB"))
    env = dict(os.environ, PATH=f"{ROOT / 'node_modules' / '.bin'}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--values", str(values), "--outdir", str(workdir / "dist")],
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
    )
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {values}: ollama.storage.size: expected a Kubernetes quantity such as 500m, 2, 50Gi, got '50GB'\n"
    )


def test_the_homelab_values_load() -> None:
    values = load_values(HOMELAB_VALUES)
    assert values.ollama.models == ("llama3.2:1b",)
    assert values.ingress.host == "ollama.home.jetzinger.com"
    assert values.ollama.storage.storage_class_name == "nfs-client"


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
KEYS = ["partOf", "cluster", "gitops", "namespace", "ollama", "ingress", "image", "tag", "models", "size", "port"]


def mutate(data: Any, path: list[str], value: Any) -> Any:
    if not path or not isinstance(data, dict):
        return value
    key, *rest = path
    return {**data, key: mutate(data.get(key), rest, value)}


def leaf_paths(data: Any, prefix: tuple[str, ...] = ()) -> list[list[str]]:
    if not isinstance(data, dict):
        return [list(prefix)]
    return [list(prefix)] + [p for k, v in data.items() for p in leaf_paths(v, (*prefix, k))]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(documents, st.text(max_size=200)))
def test_random_documents_raise_only_values_errors(doc: Any) -> None:
    text = doc if isinstance(doc, str) else yaml.safe_dump(doc, allow_unicode=True)
    try:
        parse_values(text, "random.yaml")
    except ValuesError as err:
        assert "\n" not in str(err)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(leaf_paths(HOMELAB)), documents, st.sampled_from(KEYS))
def test_random_edits_of_the_homelab_values_raise_only_values_errors(path: list[str], value: Any, key: str) -> None:
    data = mutate(HOMELAB, path, value)
    if isinstance(data, dict) and isinstance(value, dict):
        data = {**data, key: value}
    try:
        values = parse_values(yaml.safe_dump(data), "edited.yaml")
    except ValuesError as err:
        assert re.match(r"^edited\.yaml: ", str(err)) and "\n" not in str(err)
    else:
        assert values.ollama.image.tag != "latest"
