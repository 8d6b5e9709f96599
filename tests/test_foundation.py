"""The project's contract with Argo CD, Flux and reviewers: dist/ is exactly what the code renders."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import NODE_BIN, ROOT, SHARED_CRDS, homelab_units, run_env, synth_values, tool

from lib.synth import synth
from lib.values.schema import NAMESPACE_UNIT_PREFIX, Cluster, Values

DIST = ROOT / "dist"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and its bytes; Python's bytecode caches are not part of it."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory, values: Values) -> Path:
    """The library catalog, synthesized."""
    out = tmp_path_factory.mktemp("fresh") / "dist"
    synth_values(values, out)
    return out


def test_committed_dist_matches_a_fresh_synth(tmp_path: Path, homelab_values: Values) -> None:
    synth(homelab_units(), homelab_values, tmp_path / "dist")
    committed, rendered = tree(DIST), tree(tmp_path / "dist")
    stale = sorted(set(committed) - set(rendered))
    missing = sorted(set(rendered) - set(committed))
    changed = sorted(f for f in set(committed) & set(rendered) if committed[f] != rendered[f])
    assert not (stale or missing or changed), (
        "dist/ is out of date with the code and values-homelab.yaml: run `make synth` and commit dist/ "
        f"(changed: {changed}, missing: {missing}, not rendered any more: {stale})"
    )


def test_two_synths_are_byte_identical(fresh: Path, values: Values, tmp_path: Path) -> None:
    again = tmp_path / "dist"
    synth_values(values, again)
    assert tree(again) == tree(fresh)


def test_dist_has_one_folder_per_unit_and_one_manifest_per_file(fresh: Path, values: Values) -> None:
    units = sorted(p.name for p in fresh.iterdir())
    expected = [f"{NAMESPACE_UNIT_PREFIX}{ns}" for ns in values.namespaces] + list(values.apps)
    assert units == sorted(expected + [f"gitops-{engine}" for engine in values.gitops.engines])
    for path in fresh.rglob("*"):
        if path.is_dir() or path.name == "kustomization.yaml":
            continue
        assert path.suffix == ".yaml", f"{path.name}: only manifests belong in dist/"
        docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
        assert len(docs) == 1, f"{path.name}: expected one object"
        obj = docs[0]
        assert path.name == f"{obj['kind']}.{obj['metadata']['name']}.k8s.yaml"


def test_objects_keep_their_names_which_are_a_contract_with_the_cluster(fresh: Path) -> None:
    """Renaming one deletes and re-creates it: this list changes only on purpose, said in the change."""
    names = sorted(str(p.relative_to(fresh)) for p in fresh.rglob("*.k8s.yaml"))
    assert names == [
        "gitops-argocd/AppProject.gitops.k8s.yaml",  # the project of the root (below) and of the engine's units
        "gitops-argocd/AppProject.homelab.k8s.yaml",
        "gitops-argocd/Application.gitops-argocd.k8s.yaml",  # the root: syncs gitops-argocd/ itself
        "gitops-argocd/Application.n8n.k8s.yaml",
        "gitops-argocd/Application.namespace-apps.k8s.yaml",
        "gitops-argocd/Application.namespace-ml.k8s.yaml",
        "gitops-argocd/Application.ollama.k8s.yaml",
        "n8n/Certificate.n8n-tls.k8s.yaml",
        "n8n/ConfigMap.n8n-verify.k8s.yaml",
        "n8n/Deployment.n8n.k8s.yaml",
        "n8n/IngressRoute.n8n-ingress-redirect.k8s.yaml",
        "n8n/IngressRoute.n8n-ingress.k8s.yaml",
        "n8n/Job.n8n-verify.k8s.yaml",
        "n8n/NetworkPolicy.n8n-egress.k8s.yaml",
        "n8n/NetworkPolicy.n8n-from-traefik.k8s.yaml",
        "n8n/NetworkPolicy.n8n-from-verify.k8s.yaml",
        "n8n/NetworkPolicy.n8n-verify-egress.k8s.yaml",
        "n8n/PersistentVolumeClaim.n8n.k8s.yaml",
        "n8n/Service.n8n.k8s.yaml",
        "n8n/ServiceAccount.n8n.k8s.yaml",
        "namespace-apps/Middleware.allow-sources.k8s.yaml",
        "namespace-apps/Middleware.https-redirect.k8s.yaml",
        "namespace-apps/Middleware.secure-headers.k8s.yaml",
        "namespace-apps/Namespace.apps.k8s.yaml",
        "namespace-apps/NetworkPolicy.default-deny-ingress.k8s.yaml",
        # The namespace's unit owns the Middlewares its apps share (the redirect moved here from ollama/).
        "namespace-ml/Middleware.allow-sources.k8s.yaml",
        "namespace-ml/Middleware.https-redirect.k8s.yaml",
        "namespace-ml/Middleware.secure-headers.k8s.yaml",
        "namespace-ml/Namespace.ml.k8s.yaml",
        "namespace-ml/NetworkPolicy.default-deny-ingress.k8s.yaml",
        "ollama/Certificate.ollama-tls.k8s.yaml",
        "ollama/ConfigMap.ollama-pull-models.k8s.yaml",
        "ollama/ConfigMap.ollama-verify.k8s.yaml",
        "ollama/Deployment.ollama.k8s.yaml",
        "ollama/IngressRoute.ollama-ingress-redirect.k8s.yaml",
        "ollama/IngressRoute.ollama-ingress.k8s.yaml",
        "ollama/Job.ollama-verify.k8s.yaml",
        "ollama/NetworkPolicy.ollama-egress.k8s.yaml",
        "ollama/NetworkPolicy.ollama-from-n8n.k8s.yaml",
        "ollama/NetworkPolicy.ollama-from-traefik.k8s.yaml",
        "ollama/NetworkPolicy.ollama-from-verify.k8s.yaml",
        "ollama/NetworkPolicy.ollama-verify-egress.k8s.yaml",
        "ollama/PersistentVolumeClaim.ollama.k8s.yaml",
        "ollama/Service.ollama.k8s.yaml",
        "ollama/ServiceAccount.ollama.k8s.yaml",
    ]


def test_synth_removes_stale_files(values: Values, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    (out / "old-unit").mkdir(parents=True)
    (out / "old-unit" / "Service.gone.k8s.yaml").write_text("kind: Service\n")
    synth_values(values, out)
    assert not (out / "old-unit").exists()
    assert not list(tmp_path.glob(".dist-*")), "no staging folder is left behind"


def test_cdk8s_synth_renders_the_committed_dist(tmp_path: Path) -> None:
    """`cdk8s synth` runs main.py as cdk8s.yaml says: the same objects as dist/, which the test above
    finds equal to a fresh synth (one process here, not a second synth through main.py)."""
    cli = subprocess.run(
        ["cdk8s", "synth", "--output", str(tmp_path / "cli")], cwd=ROOT, env=run_env(), capture_output=True, text=True
    )
    assert cli.returncode == 0, cli.stderr
    assert tree(tmp_path / "cli") == tree(DIST)
    assert "end-of-life" not in cli.stdout + cli.stderr, "the Node end-of-life banner was printed"


@pytest.mark.skipif(not SHARED_CRDS.is_dir(), reason="../shared/crds is not beside this checkout")
def test_imports_are_recorded_from_the_crds_pinned_now_and_unedited() -> None:
    """imports/RECORD.json, which `make imports` writes: the CRD each binding was made from is the one
    pinned now, and no file of imports/ changed since (the regeneration itself: `make imports-check`)."""
    crd_imports = tool("crd_imports")
    specs = crd_imports.import_specs()
    now = crd_imports.record(specs, crd_imports.pinned_documents(SHARED_CRDS), ROOT / "imports")
    recorded = json.loads((ROOT / "imports" / crd_imports.RECORD).read_text())
    assert recorded == now, "imports/ are stale or edited: run `make imports` and commit them"


@pytest.mark.regeneration
def test_imports_regenerate_identically_from_the_pinned_crds(regenerated_imports: Path) -> None:
    committed, regenerated = tree(ROOT / "imports"), tree(regenerated_imports)
    differ = sorted(f for f in set(committed) | set(regenerated) if committed.get(f) != regenerated.get(f))
    assert not differ, f"imports/ differ from a fresh `make imports` (run it and commit): {differ}"


def test_no_construct_metadata_or_other_files_in_dist() -> None:
    others = [p for p in DIST.rglob("*") if p.is_file() and not p.name.endswith(".k8s.yaml")]
    assert all(p.name == "kustomization.yaml" for p in others), others
    assert shutil.which("cdk8s", path=str(NODE_BIN)), "cdk8s CLI comes from package.json"


def test_core_kinds_come_from_the_kubernetes_minor_the_gate_validates_against() -> None:
    """cdk8s-plus-NN generates the Kubernetes 1.NN API; `cluster.kubernetesVersion` defaults to the
    schemas the gate checks against. One minor for both, in requirements.txt and in every import."""
    pinned = re.findall(r"^cdk8s-plus-(\d+)==", (ROOT / "requirements.txt").read_text(), re.MULTILINE)
    assert pinned == [Cluster().kubernetes_version.split(".")[1]]
    sources = [*(ROOT / "lib").rglob("*.py"), *(ROOT / "tools").glob("*.py"), ROOT / "main.py"]
    imported = {n for path in sources for n in re.findall(r"cdk8s_plus_(\d+)", path.read_text())}
    assert imported == set(pinned)
