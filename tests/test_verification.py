"""Story 6.2 in the render: each app's verification Job, and how Argo CD and Flux run it."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from conftest import find, pod_checks, render_values

from lib.checks import RenderError
from lib.constructs.ollama import OllamaSettings, OllamaVerify
from lib.labels import VERIFY_PUBLIC_HOST
from lib.manifests import Units
from lib.network import TRAEFIK_HTTPS_PORT, Network, Pod, rendered_pods, routes
from lib.synth import check, traefik
from lib.values.schema import IpStrategy, Values


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


def env_of(verify: dict[str, Any]) -> dict[str, str]:
    (container,) = verify["spec"]["template"]["spec"]["containers"]
    return {e["name"]: e["value"] for e in container["env"]}


@pytest.mark.parametrize("engine", ["argocd", "flux", "both"])
@pytest.mark.parametrize("app", ["ollama", "n8n"])
def test_under_every_engine_the_check_waits_for_its_app_within_its_deadline(
    values: Values, engine: str, app: str
) -> None:
    """With both engines Flux applies the hook Job with the app: it may start while the app's init
    container still pulls its models. The script waits for the app, and the deadline leaves room."""
    units = render_values(with_engine(values, engine))
    verify = job(units, f"{app}-verify" if engine == "flux" else app, app)
    wait = int(env_of(verify)["VERIFY_WAIT_SECONDS"])
    assert wait == 900, "verify.waitSeconds' default: a 1.3 GB model pulled on a home line"
    assert verify["spec"]["activeDeadlineSeconds"] > wait + 60, "a try after the wait, within the deadline"


def test_wait_seconds_is_the_values_and_moves_the_deadline(values: Values, library: Units) -> None:
    ollama = values.apps["ollama"]
    assert isinstance(ollama, OllamaSettings)
    longer = dataclasses.replace(ollama, verify=OllamaVerify(wait_seconds=1800))
    verify = job(render_values(dataclasses.replace(values, apps={**values.apps, "ollama": longer})), "ollama", "ollama")
    assert env_of(verify)["VERIFY_WAIT_SECONDS"] == "1800"
    before = job(library, "ollama", "ollama")["spec"]["activeDeadlineSeconds"]
    assert verify["spec"]["activeDeadlineSeconds"] == before + 900


@pytest.mark.parametrize(("engine", "unit", "rerun"), [("argocd", "", False), ("flux", "-verify", True),
                                                      ("both", "", True)])  # fmt: skip
def test_where_flux_applies_the_check_a_finished_job_goes_so_the_next_reconcile_runs_it_again(
    values: Values, engine: str, unit: str, rerun: bool
) -> None:
    """Flux re-applies a Job only once it is gone: without a TTL a failed check stays failed for good.
    Argo CD alone runs the hook on each sync, and keeps the last one with its logs."""
    units = render_values(with_engine(values, engine))
    for app in ("ollama", "n8n"):
        spec = job(units, f"{app}{unit}", app)["spec"]
        assert spec.get("ttlSecondsAfterFinished") == (1800 if rerun else None), (engine, app)


def test_with_argocd_a_failed_check_is_retried_for_good(library: Units) -> None:
    for app in ("ollama", "n8n"):
        retry = find(library["gitops-argocd"], "Application", app)["spec"]["syncPolicy"]["retry"]
        assert retry["limit"] < 0, "unlimited: Argo CD never re-syncs a revision whose retries ran out"


# ---------------------------------------------------------------- the check's network


def pods_of(units: Units) -> dict[str, Pod]:
    objects = [o for objs in units.values() for o in objs]
    return {p.name: p for p in rendered_pods(objects)}


@pytest.mark.parametrize("app", ["ollama", "n8n"])
def test_a_check_reaches_its_app_on_the_checked_port_and_nothing_else(library: Units, app: str) -> None:
    objects = [o for objs in library.values() for o in objs]
    network, pods = Network(objects), pods_of(library)
    verify, target = pods[f"{app}-verify"], pods[app]
    policy = find(library[app], "NetworkPolicy", f"{app}-verify-egress")
    assert policy["spec"]["policyTypes"] == ["Egress"]
    (port,) = set(target.ports.values())
    assert network.allows(verify, target, port)
    others = [p for name, p in pods.items() if name not in (app, f"{app}-verify")]
    assert others and not any(network.egress_allows(verify, p, n) for p in others for n in p.ports.values())
    for outside in (Pod("internet", "", address="1.1.1.1"), Pod("LAN", "", address="192.168.2.10")):
        assert not network.egress_allows(verify, outside, 443), outside
    dns = Pod("dns", "kube-system", {"k8s-app": "kube-dns"})
    assert network.egress_allows(verify, dns, 53, "UDP")


def via_ingress(values: Values, **cluster: Any) -> Values:
    ollama = values.apps["ollama"]
    assert isinstance(ollama, OllamaSettings)
    public = dataclasses.replace(ollama, verify=OllamaVerify(via_ingress=True))
    return dataclasses.replace(
        values, apps={**values.apps, "ollama": public}, cluster=dataclasses.replace(values.cluster, **cluster)
    )


def test_via_ingress_the_route_admits_the_pod_network_and_the_check_reaches_traefik(values: Values) -> None:
    public = via_ingress(values, pod_network="10.52.0.0/16")
    units = render_values(public)
    check(units, public)  # the gate agrees
    own = find(units["ollama"], "Middleware", "ollama-allow-sources")["spec"]["ipAllowList"]["sourceRange"]
    assert own == [*values.cluster.ingress.source_ranges, "10.52.0.0/16"]  # type: ignore[union-attr]
    (route,) = [r for r in routes(units["ollama"]) if r.tls]
    assert route.admits("10.52.3.4") and not route.admits("10.42.0.1")
    objects = [o for objs in units.values() for o in objs]
    verify = pods_of(units)["ollama-verify"]
    annotations = job(units, "ollama", "ollama")["spec"]["template"]["metadata"]["annotations"]
    assert annotations[VERIFY_PUBLIC_HOST] == "ollama.home.jetzinger.com"
    assert Network(objects).egress_allows(verify, traefik(public), TRAEFIK_HTTPS_PORT)  # type: ignore[arg-type]
    # n8n does not call its route: it keeps the namespace's allow list, and its check reaches no Traefik.
    assert "middlewares" in find(units["n8n"], "IngressRoute", "n8n-ingress")["spec"]["routes"][0]
    assert not [o for o in units["n8n"] if o["kind"] == "Middleware"]
    n8n_check = pods_of(units)["n8n-verify"]
    assert not Network(objects).egress_allows(n8n_check, traefik(public), TRAEFIK_HTTPS_PORT)  # type: ignore[arg-type]


def test_a_route_that_would_refuse_the_check_fails_the_gate(values: Values) -> None:
    public = via_ingress(values)
    units = render_values(public)
    middleware = find(units["ollama"], "Middleware", "ollama-allow-sources")
    middleware["spec"]["ipAllowList"]["sourceRange"].remove("10.42.0.0/16")
    with pytest.raises(RenderError) as refused:
        check(units, public)
    assert (
        "IngressRoute ml/ollama-ingress: routes[0] answers only 100.64.0.0/10, 192.168.2.0/24: Job ml/ollama-verify "
        "calls https://ollama.home.jetzinger.com from the pod network (10.42.0.0/16) and would get 403"
    ) in str(refused.value)


def test_behind_an_ip_strategy_the_route_refuses_a_pod_and_so_does_the_gate(values: Values) -> None:
    ingress = dataclasses.replace(values.cluster.ingress, ip_strategy=IpStrategy(depth=1))  # type: ignore[arg-type]
    public = via_ingress(values, ingress=ingress)
    with pytest.raises(RenderError, match=r"calls https://ollama.home.jetzinger.com from the pod network"):
        check(render_values(public), public)


def test_a_check_whose_egress_cannot_reach_traefik_fails_the_gate(values: Values) -> None:
    public = via_ingress(values)
    units = render_values(public)
    policy = find(units["ollama"], "NetworkPolicy", "ollama-verify-egress")
    policy["spec"]["egress"] = policy["spec"]["egress"][:2]  # the DNS and the app, not Traefik
    with pytest.raises(RenderError, match=r"Job ml/ollama-verify: calls https://ollama.home.jetzinger.com, but its "
                                          r"egress may not reach Traefik \(kube-system/traefik\)"):  # fmt: skip
        check(units, public)


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
