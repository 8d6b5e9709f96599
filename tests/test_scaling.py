"""Scaling (story 6.4), through the values file alone (tests/catalogs/scaling.yaml): a fixed count of
pods and its disruption budget, an autoscaler whose workload carries no count under either engine, the
gate's checks of both, and each refusal in one line naming its key."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from conftest import CATALOGS, find, parse, render_values, with_keys

from lib.checks.references import reference_problems
from lib.manifests import Units
from lib.synth import check
from lib.values.loader import ValuesError

SCALING: dict[str, Any] = yaml.safe_load((CATALOGS / "scaling.yaml").read_text())
ENGINES = ("argocd", "flux", "both")


@pytest.fixture(scope="module", params=ENGINES)
def engine_render(request: pytest.FixtureRequest) -> tuple[str, Units]:
    """The catalog rendered for one engine, and passed through the gate (every new object included)."""
    values = parse(with_keys(SCALING, "gitops.engine", request.param))
    rendered = render_values(values)
    check(rendered, values)
    return request.param, rendered


@pytest.fixture(scope="module")
def scaling() -> Units:
    values = parse(yaml.safe_dump(SCALING))
    return render_values(values)


def test_a_fixed_count_renders_that_many_pods_and_a_budget_of_one_pod_at_a_time(scaling: Units) -> None:
    objects = scaling["echo"]
    spec = find(objects, "Deployment", "echo")["spec"]
    assert (spec["replicas"], spec["strategy"]) == (3, {"type": "RollingUpdate"})
    assert not [o for o in objects if o["kind"] == "HorizontalPodAutoscaler"]
    budget = find(objects, "PodDisruptionBudget", "echo")
    assert budget["apiVersion"] == "policy/v1"
    assert budget["spec"] == {
        "maxUnavailable": 1,  # never minAvailable: 3, which would leave no pod a drain may evict
        "selector": {"matchLabels": spec["selector"]["matchLabels"]},
        "unhealthyPodEvictionPolicy": "AlwaysAllow",
    }


def test_autoscaling_renders_an_autoscaler_v2_with_its_numbers_on_cpu(scaling: Units) -> None:
    autoscaler = find(scaling["api"], "HorizontalPodAutoscaler", "api")
    assert autoscaler["apiVersion"] == "autoscaling/v2"
    assert autoscaler["spec"] == {
        "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "api"},
        "minReplicas": 2,
        "maxReplicas": 6,
        "metrics": [
            {
                "type": "Resource",
                "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}},
            }
        ],
    }
    assert find(scaling["api"], "PodDisruptionBudget", "api")["spec"]["maxUnavailable"] == 1


def test_defaults_of_autoscaling_one_pod_at_least_and_80_percent_of_the_cpu_request(scaling: Units) -> None:
    objects = scaling["cache"]
    spec = find(objects, "HorizontalPodAutoscaler", "cache")["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (1, 3)
    assert spec["metrics"][0]["resource"]["target"] == {"type": "Utilization", "averageUtilization": 80}
    assert spec["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "StatefulSet", "name": "cache"}
    # Up to 3 pods may run: one at a time may be evicted (at one pod, the budget lets a drain evict it).
    assert find(objects, "PodDisruptionBudget", "cache")["spec"]["maxUnavailable"] == 1


@pytest.mark.parametrize("app", ["api", "cache", "ollama"])
def test_with_autoscaling_the_workload_carries_no_count_under_each_engine(
    engine_render: tuple[str, Units], app: str
) -> None:
    """The autoscaler owns spec.replicas: a count in git would be set back by Argo CD's self-heal or
    Flux's next reconcile after every scaling."""
    engine, rendered = engine_render
    (workload,) = [o for o in rendered[app] if o["kind"] in ("Deployment", "StatefulSet")]
    assert "replicas" not in workload["spec"], f"{engine}: {app}"
    assert find(rendered[app], "HorizontalPodAutoscaler", app)["spec"]["scaleTargetRef"]["name"] == app


def test_the_engines_may_write_the_new_kinds(engine_render: tuple[str, Units]) -> None:
    """Argo CD's project and Flux's reconciler Role admit the autoscaler and the budget of the apps."""
    engine, rendered = engine_render
    if engine in ("argocd", "both"):
        project = find(rendered["gitops-argocd"], "AppProject", "homelab")
        kinds = {(k["group"], k["kind"]) for k in project["spec"]["namespaceResourceWhitelist"]}
        assert {("autoscaling", "HorizontalPodAutoscaler"), ("policy", "PodDisruptionBudget")} <= kinds
    if engine in ("flux", "both"):
        role = find(rendered["namespace-web"], "Role", "gitops-reconciler")
        resources = {(r["apiGroups"][0], res) for r in role["rules"] for res in r["resources"]}
        assert {("autoscaling", "horizontalpodautoscalers"), ("policy", "poddisruptionbudgets")} <= resources


def test_a_single_pod_renders_no_budget_and_keeps_its_readwriteonce_volume_recreated(scaling: Units) -> None:
    objects = scaling["notes"]
    spec = find(objects, "Deployment", "notes")["spec"]
    assert (spec["replicas"], spec["strategy"]) == (1, {"type": "Recreate"})
    assert find(objects, "PersistentVolumeClaim", "notes")["spec"]["accessModes"] == ["ReadWriteOnce"]
    assert not [o for o in objects if o["kind"] in ("PodDisruptionBudget", "HorizontalPodAutoscaler")]


def test_ollama_scales_on_a_volume_every_pod_mounts_and_rolls_its_pods(scaling: Units) -> None:
    objects = scaling["ollama"]
    assert find(objects, "PersistentVolumeClaim", "ollama")["spec"]["accessModes"] == ["ReadWriteMany"]
    spec = find(objects, "Deployment", "ollama")["spec"]
    assert spec["strategy"] == {"type": "RollingUpdate"}, "every pod mounts the volume: no need to recreate"
    assert find(objects, "HorizontalPodAutoscaler", "ollama")["spec"]["metrics"][0]["resource"]["target"] == {
        "type": "Utilization",
        "averageUtilization": 300,
    }
    find(objects, "PodDisruptionBudget", "ollama")


# ---------------------------------------------------------------- the gate


def test_the_gate_refuses_an_autoscaled_workload_that_says_its_count(scaling: Units) -> None:
    objects = copy.deepcopy(scaling["api"])
    find(objects, "Deployment", "api")["spec"]["replicas"] = 2
    (problem,) = reference_problems(objects, ["web"])
    assert problem.message == (
        "scaleTargetRef: Deployment web/api sets spec.replicas, which the GitOps engine would set back after "
        "every scaling: leave it out"
    )


def test_the_gate_refuses_an_autoscaler_and_a_budget_pointing_at_nothing(scaling: Units) -> None:
    objects = [copy.deepcopy(o) for o in scaling["api"] if o["kind"] != "Deployment"]
    messages = sorted(p.message for p in reference_problems(objects, ["web"]))
    assert messages == [
        "scaleTargetRef: Deployment 'api' is not rendered in namespace 'web'",
        "selector: selects no pod rendered in its namespace",
    ]


# ---------------------------------------------------------------- refusals


def app_with(name: str, **changes: Any) -> str:
    """The catalog with app `name`'s keys changed (None removes a key)."""
    data = copy.deepcopy(SCALING)
    app = data["apps"][name]
    for key, value in changes.items():
        if value is None:
            app.pop(key, None)
        else:
            app[key] = value
    return yaml.safe_dump(data, sort_keys=False)


NIGHTLY = {"workload": "cronjob", "schedule": "@daily", "port": None, "args": None}
REFUSALS = {
    "several pods of a Deployment on a ReadWriteOnce volume": (
        app_with("notes", replicas=2),
        "apps.notes.replicas: 2 pods of a Deployment cannot share its ReadWriteOnce volume (two nodes cannot attach "
        "it): use workload: statefulset (a volume per pod), storage.accessMode: ReadWriteMany, or no storage",
    ),
    "autoscaling a Deployment on a ReadWriteOnce volume": (
        app_with("notes", autoscaling={"maxReplicas": 3}),
        "apps.notes.autoscaling: up to 3 pods of a Deployment cannot share its ReadWriteOnce volume (two nodes "
        "cannot attach it): use workload: statefulset (a volume per pod), storage.accessMode: ReadWriteMany, or "
        "no storage",
    ),
    "several Ollama pods on a ReadWriteOnce volume": (
        app_with(
            "ollama",
            autoscaling=None,
            replicas=2,
            storage={"storageClassName": "nfs-client", "size": "50Gi", "mountPath": "/root/.ollama"},
        ),
        "apps.ollama.replicas: 2 pods of Ollama read and pull their models in one folder, and a ReadWriteOnce "
        "volume attaches to one node: give storage.accessMode: ReadWriteMany, on a class every node mounts "
        "(README, Scaling)",
    ),
    "autoscaling Ollama on a ReadWriteOnce volume": (
        app_with("ollama", storage={"storageClassName": "nfs-client", "size": "50Gi", "mountPath": "/root/.ollama"}),
        "apps.ollama.autoscaling: up to 4 pods of Ollama read and pull their models in one folder, and a "
        "ReadWriteOnce volume attaches to one node: give storage.accessMode: ReadWriteMany, on a class every node "
        "mounts (README, Scaling)",
    ),
    "a cronjob with replicas": (
        app_with("notes", **NIGHTLY, replicas=2),
        "apps.notes.replicas: a cronjob runs one Job per schedule (concurrencyPolicy Forbid): remove it",
    ),
    "a cronjob with autoscaling": (
        app_with("notes", **NIGHTLY, autoscaling={"maxReplicas": 2}),
        "apps.notes.autoscaling: a cronjob runs one Job per schedule (concurrencyPolicy Forbid): remove it",
    ),
    "replicas and autoscaling together": (
        app_with("api", replicas=2),
        "apps.api.replicas: give either replicas (a fixed count) or autoscaling, not both: with autoscaling its "
        "HorizontalPodAutoscaler sets the count, and the workload carries none (or the engine would set it back "
        "at every sync)",
    ),
    "minReplicas above maxReplicas": (
        app_with("api", autoscaling={"minReplicas": 5, "maxReplicas": 3}),
        "apps.api.autoscaling.minReplicas: 5 is more than maxReplicas (3): the fewest pods must not exceed the most",
    ),
    "minReplicas equal to maxReplicas": (
        app_with("api", autoscaling={"minReplicas": 3, "maxReplicas": 3}),
        "apps.api.autoscaling.minReplicas: equals maxReplicas (3): nothing to scale; give replicas: 3 instead of "
        "autoscaling",
    ),
    "no maxReplicas": (
        app_with("api", autoscaling={"minReplicas": 2}),
        "apps.api.autoscaling.maxReplicas: is required",
    ),
    "maxReplicas of one": (
        app_with("api", autoscaling={"maxReplicas": 1}),
        "apps.api.autoscaling.maxReplicas: expected a whole number of at least 2, got 1",
    ),
    "a target the pods can never reach": (
        app_with("api", autoscaling={"maxReplicas": 3, "targetCPUUtilizationPercentage": 500}),
        "apps.api.autoscaling.targetCPUUtilizationPercentage: 500 is never reached: a pod uses at most its CPU "
        "limit (200m), 400 % of its request (50m), so the autoscaler would never add a pod",
    ),
    "a target so low that idle pods scale": (
        app_with("api", autoscaling={"maxReplicas": 3, "targetCPUUtilizationPercentage": 5}),
        "apps.api.autoscaling.targetCPUUtilizationPercentage: expected a whole number of at least 10, got 5",
    ),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_each_refusal_is_one_line_naming_its_key(case: str) -> None:
    text, expected = REFUSALS[case]
    with pytest.raises(ValuesError) as caught:
        parse(text, "values.yaml")
    line = str(caught.value)
    assert "\n" not in line
    assert line == f"values.yaml: {expected}"


README_CHANGES = {  # the key of each example error in README, Scaling -> the catalog that gives it
    "apps.ollama.autoscaling": app_with(
        "ollama", storage={"storageClassName": "nfs-client", "size": "50Gi", "mountPath": "/root/.ollama"}
    ),
    "apps.api.replicas": app_with("api", replicas=2),
}


def test_the_readme_s_scaling_errors_are_what_the_values_loader_says() -> None:
    readme = (CATALOGS.parent.parent / "README.md").read_text()
    section = readme[readme.index("## Scaling (story 6.4)") : readme.index("### Story 6.4 in dist/")]
    block = section.split("```text\n", 1)[1].split("```", 1)[0]
    prefix = "error: values-homelab.yaml: "
    lines = block.splitlines()
    assert [line.removeprefix(prefix).split(":")[0] for line in lines] == list(README_CHANGES)
    for line, text in zip(lines, README_CHANGES.values(), strict=True):
        with pytest.raises(ValuesError) as caught:
            parse(text, "values-homelab.yaml")
        assert f"error: {caught.value}" == line
