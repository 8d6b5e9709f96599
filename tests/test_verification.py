"""Story 6.2 in the render: each app's verification Job, and how Argo CD and Flux run it."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from conftest import find, pod_checks, render_values

from lib.constructs.ollama import OllamaSettings, OllamaVerify
from lib.manifests import Units
from lib.synth import check
from lib.values.schema import Values


def job(units: Units, unit: str, app: str) -> dict[str, Any]:
    return find(units[unit], "Job", f"{app}-verify")


def with_engine(values: Values, engine: str) -> Values:
    return dataclasses.replace(values, gitops=dataclasses.replace(values.gitops, engine=engine))


@pytest.mark.parametrize("app", ["ollama", "n8n"])
def test_with_argocd_each_app_is_verified_by_a_postsync_hook_in_its_own_unit(library: Units, app: str) -> None:
    verify = job(library, app, app)
    assert verify["metadata"]["annotations"] == {
        "argocd.argoproj.io/hook": "PostSync",
        "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",  # the last run stays until the next sync
    }
    assert find(library[app], "ConfigMap", f"{app}-verify")["data"], "the script, beside the Job"
    assert not any(u.endswith("-verify") for u in library), "no unit of its own with Argo CD"


@pytest.mark.parametrize("app", ["ollama", "n8n"])
def test_the_job_is_small_and_safe(library: Units, app: str) -> None:
    spec = job(library, app, app)["spec"]
    assert spec["backoffLimit"] == 1 and spec["activeDeadlineSeconds"] > 0
    pod = spec["template"]["spec"]
    assert pod["automountServiceAccountToken"] is False and "serviceAccountName" not in pod
    assert pod["restartPolicy"] == "Never"
    (container,) = pod["containers"]
    assert set(container["resources"]) == {"requests", "limits"}
    image = find(library[app], "Deployment", app)["spec"]["template"]["spec"]["containers"][0]["image"]
    assert container["image"] == image, "the app's own image: nothing else to pull or to pin"
    restricted = {
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {"name": job(library, app, app)["metadata"]["namespace"], "labels": {
            "pod-security.kubernetes.io/enforce": "restricted"}},
    }  # fmt: skip
    assert pod_checks([restricted, job(library, app, app)]) == [], "restricted-compliant wherever it runs"


@pytest.mark.parametrize("app", ["ollama", "n8n"])
def test_the_app_service_never_selects_the_job_pod(library: Units, app: str) -> None:
    selector = find(library[app], "Service", app)["spec"]["selector"]
    labels = job(library, app, app)["spec"]["template"]["metadata"]["labels"]
    assert not selector.items() <= labels.items()
    assert labels["app.kubernetes.io/instance"] == f"{app}-verify"


def test_ollama_is_checked_for_its_models_and_the_nfr13_budget(library: Units, values: Values) -> None:
    (container,) = job(library, "ollama", "ollama")["spec"]["template"]["spec"]["containers"]
    assert container["command"] == ["/bin/bash", "/verify/verify-ollama.sh"]
    assert container["args"] == list(values.apps["ollama"].models)  # type: ignore[attr-defined]
    env = {e["name"]: e["value"] for e in container["env"]}
    assert env["VERIFY_URL"] == "http://ollama.ml.svc:11434"
    assert env["VERIFY_MAX_SECONDS"] == "30", "NFR13"
    assert int(env["VERIFY_CLIENT_TIMEOUT"]) > 30, "the client never drops a load mid-way"
    assert "VERIFY_PUBLIC_HOST" not in env, "viaIngress is off by default"


def test_n8n_is_checked_on_its_readiness(library: Units) -> None:
    (container,) = job(library, "n8n", "n8n")["spec"]["template"]["spec"]["containers"]
    assert container["command"] == ["node", "/verify/verify-http.js"]
    env = {e["name"]: e["value"] for e in container["env"]}
    assert env["VERIFY_URL"] == "http://n8n.apps.svc:5678/healthz/readiness"


def test_via_ingress_checks_the_public_host_too(values: Values) -> None:
    ollama = values.apps["ollama"]
    assert isinstance(ollama, OllamaSettings)
    public = dataclasses.replace(ollama, verify=OllamaVerify(via_ingress=True, max_seconds=20))
    units = render_values(dataclasses.replace(values, apps={**values.apps, "ollama": public}))
    (container,) = job(units, "ollama", "ollama")["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e["value"] for e in container["env"]}
    assert (env["VERIFY_PUBLIC_HOST"], env["VERIFY_MAX_SECONDS"]) == ("ollama.home.jetzinger.com", "20")


def test_with_flux_each_check_is_a_unit_of_its_own_that_fails_the_sync(values: Values) -> None:
    flux = with_engine(values, "flux")
    units = render_values(flux)
    check(units, flux)
    for app in ("ollama", "n8n"):
        assert not [o for o in units[app] if o["kind"] == "Job"], "not in the app's own unit"
        verify = job(units, f"{app}-verify", app)
        assert "annotations" not in verify["metadata"], "no Argo CD hook"
        kustomization = find(units["gitops-flux"], "Kustomization", f"{app}-verify")["spec"]
        assert kustomization["dependsOn"] == [{"name": app}], "once the app is ready"
        assert (kustomization["wait"], kustomization["force"]) == (True, True), "waited for; a changed Job replaced"
        deadline = verify["spec"]["activeDeadlineSeconds"]
        assert kustomization["timeout"] == f"{deadline + 60}s", "longer than the Job may run"
        assert "force" not in find(units["gitops-flux"], "Kustomization", app)["spec"], "never force an app's volume"


def test_with_both_engines_flux_may_replace_the_hook_it_applies_with_the_app(values: Values) -> None:
    both = with_engine(values, "both")
    units = render_values(both)
    check(units, both)
    assert not any(u.endswith("-verify") for u in units)
    annotations = job(units, "ollama", "ollama")["metadata"]["annotations"]
    assert annotations["argocd.argoproj.io/hook"] == "PostSync"
    assert annotations["kustomize.toolkit.fluxcd.io/force"] == "enabled"


@pytest.mark.parametrize(
    "change",
    [
        lambda o: dataclasses.replace(o, models=("llama3.2:1b", "qwen2.5:0.5b")),
        lambda o: dataclasses.replace(o, image=dataclasses.replace(o.image, tag="0.18.0")),
        lambda o: dataclasses.replace(o, verify=OllamaVerify(max_seconds=10)),
    ],
    ids=["models", "image", "budget"],
)
def test_a_changed_image_model_list_or_budget_changes_the_job_so_the_check_runs_again(
    values: Values, library: Units, change: Any
) -> None:
    changed = dataclasses.replace(values, apps={**values.apps, "ollama": change(values.apps["ollama"])})
    assert job(render_values(changed), "ollama", "ollama")["spec"] != job(library, "ollama", "ollama")["spec"]


def test_the_script_itself_is_in_the_job_so_a_new_script_runs_again(library: Units) -> None:
    annotations = job(library, "ollama", "ollama")["spec"]["template"]["metadata"]["annotations"]
    assert len(annotations["checksum/script"]) == 64


def test_without_models_or_with_verify_off_there_is_no_job(values: Values) -> None:
    ollama = values.apps["ollama"]
    for quiet in (
        dataclasses.replace(ollama, models=()),
        dataclasses.replace(ollama, verify=OllamaVerify(enabled=False)),
    ):
        units = render_values(dataclasses.replace(values, apps={**values.apps, "ollama": quiet}))
        assert not [o for o in units["ollama"] if o["kind"] == "Job"]
