"""The safety gate: units, schemas, references and policy over the whole render, and the atomic synth."""

from __future__ import annotations

import copy
import dataclasses
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import pod_checks, synth_values
from test_foundation import tree

import lib.constructs.workload
import lib.output
from lib.checks import RenderError, gate
from lib.checks.references import reference_problems
from lib.checks.schema import schema_problems
from lib.checks.units import unit_problems
from lib.manifests import Units
from lib.output import OutputError
from lib.synth import external_namespaces
from lib.values.schema import Values

Objects = list[dict[str, Any]]


@pytest.fixture(scope="module")
def committed(library: Units) -> Units:
    """The library catalog's render, unit by unit, as dist/ would hold it."""
    return library


@pytest.fixture(scope="module")
def rendered(committed: Units) -> Objects:
    return [obj for objects in committed.values() for obj in objects]


def pick(objects: Objects, kind: str, name: str) -> dict[str, Any]:
    """The object of that kind and name (the one in namespace ml, where two apps' objects share a name)."""
    matches = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    (target,) = [o for o in matches if o["metadata"].get("namespace") == "ml"] if len(matches) > 1 else matches
    return target


def broken(objects: Objects, kind: str, name: str, change: Callable[[dict[str, Any]], None]) -> Objects:
    """A copy of `objects` with one of them changed."""
    out = copy.deepcopy(objects)
    target = pick(out, kind, name)
    change(target)
    return out


def messages(problems: list[Any]) -> str:
    return "\n".join(str(p) for p in problems)


def test_the_library_render_passes_every_check(committed: Units, values: Values) -> None:
    assert sum(map(len, committed.values())) == 45
    problems = gate(
        committed,
        kubernetes_version="1.33",
        external_namespaces=external_namespaces(values),
        external_secrets=values.external_secrets,
    )
    assert problems == []


# ---------------------------------------------------------------- units


def test_an_object_rendered_by_two_units_is_refused(committed: Units) -> None:
    middleware = next(o for o in committed["namespace-ml"] if o["metadata"]["name"] == "https-redirect")
    twice = {**committed, "ollama": [*committed["ollama"], copy.deepcopy(middleware)]}
    assert messages(unit_problems(twice)) == (
        "Middleware ml/https-redirect: is rendered by deploy units namespace-ml and ollama; "
        "every object needs exactly one owner"
    )
    within = {**committed, "ollama": [*committed["ollama"], copy.deepcopy(committed["ollama"][0])]}
    assert "is rendered twice by deploy unit ollama" in messages(unit_problems(within))


def test_the_same_name_in_another_group_or_namespace_is_another_object(committed: Units) -> None:
    route = next(o for o in committed["ollama"] if o["kind"] == "IngressRoute")
    elsewhere = broken(
        [route], "IngressRoute", route["metadata"]["name"], lambda o: o["metadata"].update(namespace="x")
    )
    other_group = broken([route], "IngressRoute", route["metadata"]["name"], lambda o: o.update(apiVersion="v9/v1"))
    assert unit_problems({**committed, "other": elsewhere, "another": other_group}) == []


def test_two_objects_one_file_would_hold_are_refused_in_one_line(committed: Units) -> None:
    """Same kind and name, another API group: two objects, but one file `IngressRoute.<name>.k8s.yaml`."""
    route = next(o for o in committed["ollama"] if o["kind"] == "IngressRoute")
    other_group = broken([route], "IngressRoute", route["metadata"]["name"], lambda o: o.update(apiVersion="v9/v1"))
    assert messages(unit_problems({**committed, "ollama": [*committed["ollama"], *other_group]})) == (
        "IngressRoute ml/ollama-ingress: (v9/v1) would be written to ollama/IngressRoute.ollama-ingress.k8s.yaml, "
        "which holds IngressRoute ml/ollama-ingress (traefik.io/v1alpha1); rename one of them"
    )


def test_an_empty_unit_is_refused() -> None:
    assert messages(unit_problems({"ollama": []})).startswith("DeployUnit ollama: renders no object")


# ---------------------------------------------------------------- schema


def pod(obj: dict[str, Any]) -> dict[str, Any]:
    return obj["spec"]["template"]["spec"]


@pytest.mark.parametrize(
    ("kind", "name", "change", "expected"),
    [
        (
            "Deployment",
            "ollama",
            lambda o: pod(o)["containers"][0].update(pullPolicy="Always"),
            "Deployment ml/ollama: spec.template.spec.containers[0]: Additional properties are not allowed",
        ),
        (
            "Deployment",
            "ollama",
            lambda o: o["spec"].update(replicas="one"),
            'spec.replicas: "one" is not of types "null", "integer"',
        ),
        (
            "Service",
            "ollama",
            lambda o: o["spec"].update(clusterIp="None"),
            "Service ml/ollama: spec: Additional properties are not allowed ('clusterIp' was unexpected)",
        ),
        (
            "IngressRoute",
            "ollama-ingress",
            lambda o: o["spec"].update(entrypoints=["websecure"]),
            "IngressRoute ml/ollama-ingress: spec: Additional properties are not allowed ('entrypoints'",
        ),
        (
            "Certificate",
            "ollama-tls",
            lambda o: o["spec"]["privateKey"].update(rotationPolicy="Sometimes"),
            'spec.privateKey.rotationPolicy: "Sometimes" is not one of "Never" or "Always"',
        ),
        (
            "Application",
            "ollama",
            lambda o: o["spec"]["syncPolicy"]["automated"].update(prun=True),
            "Additional properties are not allowed ('prun' was unexpected)",
        ),
        (
            "Certificate",
            "ollama-tls",
            lambda o: o["metadata"].update(label={"a": "b"}),
            "Certificate ml/ollama-tls: metadata: Additional properties are not allowed ('label' was unexpected)",
        ),
        (
            "Middleware",
            "https-redirect",
            lambda o: o.update(apiVersion="traefik.io/v9"),
            "no schema for traefik.io/v9 Middleware",
        ),
    ],
)
def test_schema_rejects_fields_the_api_server_would_refuse_or_prune(
    rendered: Objects, kind: str, name: str, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    obj = pick(broken(rendered, kind, name, change), kind, name)
    assert expected in messages(schema_problems(obj, "1.33"))


def test_schema_follows_the_kubernetes_version(rendered: Objects) -> None:
    for deployment in [o for o in rendered if o["kind"] == "Deployment"]:
        for version in ("1.25", "1.33", "1.37"):
            assert schema_problems(deployment, version) == [], version


# ---------------------------------------------------------------- references


@pytest.mark.parametrize(
    ("kind", "name", "change", "expected"),
    [
        (
            "IngressRoute",
            "ollama-ingress",
            lambda o: o["spec"]["routes"][0]["services"][0].update(name="olama"),
            "IngressRoute ml/ollama-ingress: routes[0]: Service 'olama' is not rendered",
        ),
        (
            "IngressRoute",
            "ollama-ingress",
            lambda o: o["spec"]["routes"][0]["services"][0].update(port=8080),
            "routes[0]: Service 'ollama' has no port 8080",
        ),
        (
            "IngressRoute",
            "ollama-ingress",
            lambda o: o["spec"]["tls"].update(secretName="other-tls"),
            "tls.secretName 'other-tls' is issued by no Certificate in its namespace",
        ),
        (
            "IngressRoute",
            "ollama-ingress-redirect",
            lambda o: o["spec"]["routes"][0]["middlewares"][1].update(namespace="kube-system"),
            "routes[0]: Middleware 'https-redirect' is not rendered",
        ),
        (
            "Deployment",
            "ollama",
            lambda o: pod(o)["volumes"][0]["persistentVolumeClaim"].update(claimName="models"),
            "volume models: PersistentVolumeClaim 'models' is not rendered in namespace 'ml'",
        ),
        (
            "Deployment",
            "ollama",
            lambda o: pod(o).update(serviceAccountName="admin"),
            "serviceAccountName: ServiceAccount 'admin' is not rendered",
        ),
        (
            "Deployment",
            "ollama",
            lambda o: pod(o)["initContainers"][0]["volumeMounts"].append({"name": "cache", "mountPath": "/c"}),
            "container pull-models: mounts volume 'cache', not in volumes",
        ),
        (
            "Service",
            "ollama",
            lambda o: o["metadata"].update(namespace="ai"),
            "Service ai/ollama: namespace 'ai' is neither rendered nor declared in cluster.externalNamespaces",
        ),
        (
            "IngressRoute",
            "ollama-ingress-redirect",
            lambda o: o["spec"].update(entryPoints=["websecure"]),
            "IngressRoute ml/ollama-ingress-redirect: host ollama.home.jetzinger.com on entry point websecure "
            "is also routed by IngressRoute ml/ollama-ingress",
        ),
    ],
)
def test_references_must_point_at_rendered_objects(
    rendered: Objects, kind: str, name: str, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    assert expected in messages(reference_problems(broken(rendered, kind, name, change), {"argocd"}))


def test_a_declared_external_namespace_is_accepted(rendered: Objects) -> None:
    moved = broken(rendered, "Namespace", "ml", lambda o: o["metadata"].update(name="elsewhere"))
    assert "namespace 'ml' is neither rendered" in messages(reference_problems(moved, {"argocd"}))
    assert reference_problems(moved, {"argocd", "ml"}) == []


# ---------------------------------------------------------------- policy


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda o: pod(o)["containers"][0].update(image="ollama/ollama:latest"),
            "'ollama/ollama:latest' must be pinned",
        ),
        (lambda o: pod(o)["containers"][0].update(image="ollama/ollama"), "'ollama/ollama' must be pinned"),
        (lambda o: pod(o)["containers"][0].update(image="ollama/ollama:Main"), "'ollama/ollama:Main' must be pinned"),
        (lambda o: pod(o)["containers"][0]["resources"].pop("limits"), "resources.limits.cpu must be set"),
        (lambda o: pod(o)["initContainers"][0].pop("resources"), "container pull-models: resources.requests.cpu"),
        (lambda o: pod(o)["containers"][0].pop("readinessProbe"), "container ollama: readinessProbe must be set"),
        (lambda o: pod(o)["containers"][0].pop("livenessProbe"), "container ollama: livenessProbe must be set"),
        (lambda o: pod(o).update(automountServiceAccountToken=True), "automountServiceAccountToken must be false"),
        (
            lambda o: pod(o)["containers"][0]["securityContext"].update(privileged=True),
            "container ollama: privileged is not allowed (namespace ml enforces baseline)",
        ),
        (lambda o: pod(o).update(hostNetwork=True), "hostNetwork is not allowed"),
        (
            lambda o: pod(o)["volumes"].append({"name": "host", "hostPath": {"path": "/"}}),
            "volume host: hostPath is not allowed",
        ),
        (
            lambda o: pod(o)["containers"][0]["securityContext"]["capabilities"].update(add=["SYS_ADMIN"]),
            "capabilities ['SYS_ADMIN'] may not be added",
        ),
    ],
)
def test_workload_policy(rendered: Objects, change: Callable[[dict[str, Any]], None], expected: str) -> None:
    assert expected in messages(pod_checks(broken(rendered, "Deployment", "ollama", change)))


def test_a_restricted_namespace_refuses_ollama_as_root(rendered: Objects) -> None:
    restricted = broken(
        rendered,
        "Namespace",
        "ml",
        lambda o: o["metadata"]["labels"].update({"pod-security.kubernetes.io/enforce": "restricted"}),
    )
    found = messages(pod_checks(restricted))
    assert (
        "Deployment ml/ollama: container ollama: runAsNonRoot must be true (namespace ml enforces restricted)" in found
    )


# ---------------------------------------------------------------- atomic synth, by injected faults


@pytest.fixture(scope="module")
def library_dist(tmp_path_factory: pytest.TempPathFactory, values: Values) -> Path:
    """The library catalog synthesized once, as `make synth` writes it."""
    out = tmp_path_factory.mktemp("library") / "dist"
    synth_values(values, out)
    return out


@pytest.fixture
def outdir(tmp_path: Path, library_dist: Path) -> Path:
    out = tmp_path / "dist"
    shutil.copytree(library_dist, out)
    return out


def assert_untouched(out: Path, before: dict[str, bytes]) -> None:
    assert tree(out) == before, "dist/ must stay byte-for-byte as it was"
    assert sorted(p.name for p in out.parent.iterdir()) == ["dist"], "no staging folder is left behind"


def test_an_exception_in_a_construct_leaves_dist_unchanged(
    outdir: Path, values: Values, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = tree(outdir)

    def explode(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("construct failed")

    monkeypatch.setattr(lib.constructs.workload.k8s, "KubeService", explode)
    with pytest.raises(RuntimeError, match="construct failed"):
        synth_values(values, outdir)
    assert_untouched(outdir, before)


def test_a_validation_error_leaves_dist_unchanged(outdir: Path, values: Values) -> None:
    before = tree(outdir)
    namespaces = {**values.namespaces, "ml": dataclasses.replace(values.namespaces["ml"], pod_security="restricted")}
    restricted = dataclasses.replace(values, namespaces=namespaces)
    with pytest.raises(RenderError, match="runAsNonRoot must be true"):
        synth_values(restricted, outdir)
    assert_untouched(outdir, before)


def test_a_failed_exchange_leaves_dist_unchanged(outdir: Path, values: Values, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree(outdir)

    def exchange(staging: Path, target: Path) -> None:
        assert staging.name.startswith(".dist-staging-") and target == outdir
        raise OSError("disk full")

    monkeypatch.setattr(lib.output, "_exchange", exchange)
    with pytest.raises(OutputError, match=f"cannot write {outdir}: disk full; it is unchanged"):
        synth_values(values, outdir)
    assert_untouched(outdir, before)


def test_a_successful_synth_replaces_dist_whole(outdir: Path, values: Values, library_dist: Path) -> None:
    (outdir / "ollama" / "Secret.leftover.k8s.yaml").write_text("kind: Secret\n")
    synth_values(values, outdir)
    assert tree(outdir) == tree(library_dist)
    assert sorted(p.name for p in outdir.parent.iterdir()) == ["dist"]


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda out: out.joinpath("README.md").write_text("hi"), "holds README.md, which a synth does not write"),
        (lambda out: out.joinpath("ollama", "notes.txt").write_text("hi"), "holds ollama/notes.txt"),
        (lambda out: out.joinpath("ollama", "sub").mkdir(), "holds ollama/sub"),
    ],
)
def test_a_folder_a_synth_did_not_write_is_never_replaced(
    outdir: Path, values: Values, make: Callable[[Path], Any], words: str
) -> None:
    make(outdir)
    before = tree(outdir)
    with pytest.raises(OutputError, match=words):
        synth_values(values, outdir)
    assert tree(outdir) == before


def test_a_file_given_as_outdir_is_never_replaced(tmp_path: Path, values: Values) -> None:
    target = tmp_path / "README.md"
    target.write_text("keep me")
    with pytest.raises(OutputError, match="exists and is not a folder; refusing to replace it"):
        synth_values(values, target)
    assert target.read_text() == "keep me"
