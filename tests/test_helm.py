"""Helm charts: the engine module (lib/helm.py), the vendored charts (lib/vendor.py, tools/charts.py),
and parity with Helm's own `helm template` (tests/charts/parity/, made by tools/helm_parity.py)."""

from __future__ import annotations

import base64
import copy
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT

from lib.helm import ChartError, Rendered, RenderedObject, crd_api_versions, render
from lib.manifests import Manifest, describe
from lib.vendor import LOCK, ChartSource, read_lock, resolve, tree_digest, verify
from tools import charts as charts_tool

DEMO = ROOT / "tests" / "charts" / "demo"
FIXTURES = ROOT / "tests" / "catalogs"
"""The library's own repository layout for its charts: charts/charts.lock.yaml and charts/vendor/."""
PARITY = ROOT / "tests" / "charts" / "parity"
OLLAMA = ChartSource(repository="https://otwld.github.io/ollama-helm/", name="ollama", version="1.36.0")
STORY_VALUES = yaml.safe_load((ROOT / "tests" / "charts" / "ollama-story-values.yaml").read_text())


def demo(values: dict[str, Any] | None = None, **kwargs: Any) -> Rendered:
    options: dict[str, Any] = {"release_name": "rel", "namespace": "ns", "kube_version": "1.33"}
    return render(DEMO, values=values or {}, **{**options, **kwargs})


def by_name(rendered: Rendered) -> dict[str, RenderedObject]:
    return {o.manifest["metadata"]["name"]: o for o in rendered.objects}


def chart(tmp_path: Path, templates: dict[str, str], **metadata: str) -> Path:
    """A small chart of a test's own: `templates/<name>` for each template given."""
    folder = tmp_path / "chart"
    (folder / "templates").mkdir(parents=True)
    fields = {"apiVersion": "v2", "name": "tiny", "version": "0.1.0", **metadata}
    (folder / "Chart.yaml").write_text(yaml.safe_dump(fields))
    for name, text in templates.items():
        (folder / "templates" / name).write_text(text)
    return folder


def one_line(err: pytest.ExceptionInfo[ChartError]) -> str:
    text = str(err.value)
    assert "\n" not in text and "Traceback" not in text
    return text


# ---------------------------------------------------------------- the engine


def test_objects_carry_the_release_name_and_namespace_given() -> None:
    objects = by_name(demo())
    assert sorted(objects) == [
        "gadgets.demo.example.com",
        "rel-capabilities",
        "rel-gadget",
        "rel-migrate",
        "rel-random",
        "rel-test",
        "rel-widget",
        "widgets.demo.example.com",
    ]
    namespaced = [o.manifest for o in objects.values() if not o.from_crds]
    assert {m["metadata"]["namespace"] for m in namespaced} == {"ns"}
    assert objects["rel-widget"].manifest["metadata"]["labels"]["app.kubernetes.io/instance"] == "rel"


def test_objects_come_sorted_by_source_file_then_document_with_crds_first() -> None:
    rendered = demo({"widget": {"size": "small", "spare": True}})
    assert [(o.source, o.document) for o in rendered.objects] == [
        ("demo/charts/gadget/crds/gadgets.demo.example.com.yaml", 0),
        ("demo/crds/widgets.demo.example.com.yaml", 0),
        ("demo/charts/gadget/templates/gadget.yaml", 0),
        ("demo/templates/configmap.yaml", 0),
        ("demo/templates/hook-job.yaml", 0),
        ("demo/templates/secret.yaml", 0),
        ("demo/templates/tests/test-connection.yaml", 0),
        ("demo/templates/widget.yaml", 0),
        ("demo/templates/widget.yaml", 1),
    ]
    assert rendered.chart == "demo 0.1.0"
    assert rendered.manifests == [o.manifest for o in rendered.objects]


def test_crds_from_crds_folders_are_returned_and_marked_with_their_subchart() -> None:
    objects = by_name(demo())
    crds = {name: o for name, o in objects.items() if o.from_crds}
    assert {n: (o.subchart, o.manifest["kind"]) for n, o in crds.items()} == {
        "widgets.demo.example.com": ("", "CustomResourceDefinition"),
        "gadgets.demo.example.com": ("gadget", "CustomResourceDefinition"),
    }
    assert objects["rel-gadget"].subchart == "gadget" and not objects["rel-gadget"].from_crds
    assert objects["rel-widget"].manifest["kind"] == "Widget" and objects["rel-widget"].subchart == ""


def test_a_subchart_the_values_disable_renders_nothing_not_even_its_crds() -> None:
    objects = by_name(demo({"gadget": {"enabled": False}}))
    assert "rel-gadget" not in objects and "gadgets.demo.example.com" not in objects
    assert "widgets.demo.example.com" in objects


def test_hooks_and_tests_are_returned_with_their_annotations() -> None:
    objects = by_name(demo())
    job, pod = objects["rel-migrate"], objects["rel-test"]
    assert job.hook_events == ("pre-install",) and not job.is_test
    assert job.manifest["metadata"]["annotations"] == {
        "helm.sh/hook": "pre-install",
        "helm.sh/hook-weight": "-5",
        "helm.sh/hook-delete-policy": "before-hook-creation,hook-succeeded",
    }
    assert pod.hook_events == ("test",) and pod.is_test
    assert objects["rel-widget"].hook_events == ()


def test_notes_partials_and_empty_documents_are_dropped() -> None:
    rendered = demo()
    sources = {o.source for o in rendered.objects}
    assert not any(s.endswith(("NOTES.txt", "_helpers.tpl")) for s in sources)
    # widget.yaml: a comment-only document, the Widget, then a document the values leave empty.
    assert [o.manifest["metadata"]["name"] for o in rendered.objects if o.source.endswith("widget.yaml")] == [
        "rel-widget"
    ]


def test_a_hook_with_an_event_helm_does_not_know_is_dropped_as_helm_drops_it(tmp_path: Path) -> None:
    folder = chart(
        tmp_path,
        {
            "cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kept\n---\n"
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: odd\n  annotations:\n    helm.sh/hook: pre-launch\n"
        },
    )
    rendered = render(folder, release_name="r", namespace="n", values={}, kube_version="1.33")
    assert [o.manifest["metadata"]["name"] for o in rendered.objects] == ["kept"]


def test_a_value_breaking_values_schema_json_is_refused_with_its_key_path() -> None:
    with pytest.raises(ChartError) as err:
        demo({"widget": {"size": "huge"}})
    assert one_line(err) == "chart demo 0.1.0: values.widget.size: value must be one of 'small', 'large'"
    assert err.value.where == "values.widget.size"
    with pytest.raises(ChartError) as err:
        demo({"widget": {"size": 3}, "replicas": 0})
    assert one_line(err) == (
        "chart demo 0.1.0: values.replicas: minimum: got 0, want 1; values.widget.size: got number, want string"
    )


def test_two_renders_differ_in_the_random_secret_only() -> None:
    first, second = demo(), demo()
    differing = [a.manifest["metadata"]["name"] for a, b in zip(first.objects, second.objects, strict=True) if a != b]
    assert differing == ["rel-random"]
    password = base64.b64decode(by_name(first)["rel-random"].manifest["data"]["password"])
    assert re.fullmatch(rb"[A-Za-z0-9]{24}", password)


def test_capabilities_reach_the_templates() -> None:
    def capabilities(**kwargs: Any) -> dict[str, str]:
        data: dict[str, str] = by_name(demo(**kwargs))["rel-capabilities"].manifest["data"]
        return {k: v for k, v in data.items() if k not in ("greeting", "lookupEmpty")}

    assert capabilities(kube_version="1.32") == {"kubeVersion": "v1.32.0"}
    assert capabilities(kube_version="v1.33.4+k3s1") == {"kubeVersion": "v1.33.4+k3s1", "kubeAtLeast133": "true"}
    assert capabilities(api_versions=["traefik.io/v1alpha1"]) == {
        "kubeVersion": "v1.33.0",
        "kubeAtLeast133": "true",
        "traefik": "true",
    }
    ingress_route = {
        "spec": {"group": "traefik.io", "names": {"kind": "IngressRoute"}, "versions": [{"name": "v1alpha1"}]}
    }
    served = crd_api_versions([ingress_route])
    assert served == ["traefik.io/v1alpha1", "traefik.io/v1alpha1/IngressRoute"]
    assert capabilities(api_versions=served)["traefikIngressRoute"] == "true"


def test_lookup_returns_nothing() -> None:
    assert by_name(demo())["rel-capabilities"].manifest["data"]["lookupEmpty"] == "true"


def test_the_charts_kube_version_constraint_is_checked_as_helm_install_checks_it() -> None:
    with pytest.raises(ChartError) as err:
        demo(kube_version="1.27")
    assert one_line(err) == (
        "chart demo 0.1.0: chart requires kubeVersion: >=1.28.0-0 which is incompatible with Kubernetes v1.27.0"
    )
    assert demo(kube_version="1.28.0").chart == "demo 0.1.0"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kube_version": "latest"}, "chart demo: expected a Kubernetes version such as 1.33 or v1.33.4, got 'latest'"),
        ({"release_name": "Rel_1"}, "chart demo: release name 'Rel_1': invalid release name"),
    ],
)
def test_bad_arguments_are_refused_in_one_line(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ChartError) as err:
        demo(**kwargs)
    assert one_line(err).startswith(message)


def test_a_value_helm_cannot_carry_is_refused_with_its_key_path() -> None:
    values = yaml.safe_load("widget: {size: small}\nreleased: 2024-05-01\n")
    with pytest.raises(ChartError) as err:
        demo(values)
    assert (
        one_line(err)
        == "chart demo: values.released: date 2024-05-01 cannot reach Helm (JSON has no such type); quote it"
    )


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ('{{ fail "set widget.size" }}', "chart tiny 0.1.0: tiny/templates/x.yaml:1:3: set widget.size"),
        (
            '{{ required "widget.size is required" .Values.x }}',
            "chart tiny 0.1.0: tiny/templates/x.yaml:1:3: widget.size is required",
        ),
        (
            "{{ .Values.missing.key }}",
            'chart tiny 0.1.0: tiny/templates/x.yaml:1:10: executing "tiny/templates/x.yaml" at <.Values.missing.key>: '
            "nil pointer evaluating interface {}.key",
        ),
        ("{{ if }}", "chart tiny 0.1.0: tiny/templates/x.yaml:1: parse error: missing value for if"),
    ],
)
def test_template_errors_are_one_line_with_their_location(tmp_path: Path, template: str, message: str) -> None:
    with pytest.raises(ChartError) as err:
        render(chart(tmp_path, {"x.yaml": template}), release_name="r", namespace="n", values={}, kube_version="1.33")
    assert one_line(err) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "kind: [",
            "rendered document 1 is not valid YAML: did not find expected node content (line 2 of the document)",
        ),
        ("apiVersion: v1\nkind: ConfigMap\nkind: Secret\nmetadata: {name: a}\n", "duplicate key 'kind' (line 3"),
        ("- just\n- a list\n", "rendered document 1 is list, not a Kubernetes object"),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n", "rendered document 1 has no metadata.name"),
        ("kind: ConfigMap\nmetadata: {name: a}\n", "rendered document 1 has no apiVersion"),
    ],
)
def test_output_that_is_no_object_is_refused_in_one_line(tmp_path: Path, text: str, message: str) -> None:
    folder = chart(tmp_path, {"x.yaml": text})
    with pytest.raises(ChartError) as err:
        render(folder, release_name="r", namespace="n", values={}, kube_version="1.33")
    assert one_line(err).startswith("chart tiny 0.1.0: tiny/templates/x.yaml: ")
    assert message in str(err.value)


def test_a_folder_that_is_no_chart_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ChartError) as err:
        render(tmp_path, release_name="r", namespace="n", values={}, kube_version="1.33")
    assert one_line(err).startswith(f"chart {tmp_path}: cannot load the chart: ")


def test_the_engine_is_imported_on_the_first_render_only() -> None:
    code = (
        "import sys; sys.path.insert(0, '.');"
        "import lib.helm, lib.vendor;"
        "from pathlib import Path; from lib.vendor import ChartSource, resolve;"
        f"resolve(ChartSource(repository={OLLAMA.repository!r}, name='ollama', version='1.36.0'),"
        f" root=Path({str(FIXTURES)!r}));"
        "print('helm_python' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- vendored charts


def test_every_vendored_chart_matches_the_lock() -> None:
    assert verify() == [] and verify(FIXTURES) == []
    assert {(e.name, e.version) for e in read_lock(FIXTURES).values()} >= {("ollama", "1.36.0")}


def test_the_digest_is_what_sha256sum_prints_for_the_sorted_files() -> None:
    folder = FIXTURES / "charts" / "vendor" / "ollama" / "1.36.0"
    shell = "find . -type f -printf '%P\\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum"
    out = subprocess.run(["sh", "-c", shell], cwd=folder, check=True, capture_output=True, text=True)
    assert tree_digest(folder) == "sha256:" + out.stdout.split()[0] == read_lock(FIXTURES)[("ollama", "1.36.0")].digest


@pytest.fixture
def vendored_copy(tmp_path: Path) -> Path:
    """A copy of charts/ to break: a repository root of its own."""
    shutil.copytree(FIXTURES / "charts", tmp_path / "charts")
    return tmp_path


def test_a_missing_vendored_chart_is_refused_in_one_line(vendored_copy: Path) -> None:
    shutil.rmtree(vendored_copy / "charts" / "vendor" / "ollama")
    with pytest.raises(ChartError) as err:
        resolve(OLLAMA, root=vendored_copy)
    assert one_line(err) == (
        "chart ollama 1.36.0: charts/vendor/ollama/1.36.0 is missing; run `make charts` to vendor it again"
    )


def test_a_vendored_chart_whose_files_changed_is_refused_in_one_line(vendored_copy: Path) -> None:
    values = vendored_copy / "charts" / "vendor" / "ollama" / "1.36.0" / "values.yaml"
    values.write_text(values.read_text().replace("replicaCount: 1", "replicaCount: 2"))
    with pytest.raises(ChartError) as err:
        resolve(OLLAMA, root=vendored_copy)
    assert re.fullmatch(
        r"chart ollama 1\.36\.0: charts/vendor/ollama/1\.36\.0 does not match its digest in charts/charts\.lock\.yaml "
        r"\(sha256:[0-9a-f]{12}\.\.\. != sha256:c92cb8d0cae7\.\.\.\); "
        r"restore it \(`git checkout -- charts/vendor/ollama/1\.36\.0`\) or run `make charts`",
        one_line(err),
    )
    assert verify(vendored_copy) == [str(err.value)]


def test_a_chart_the_lock_does_not_have_is_refused_in_one_line(vendored_copy: Path) -> None:
    with pytest.raises(ChartError) as err:
        resolve(ChartSource(repository="https://metallb.github.io/metallb", name="metallb", version="0.15.3"))
    assert one_line(err) == (
        "chart metallb 0.15.3: not vendored: charts/charts.lock.yaml has no entry for it; vendor it with "
        "`python tools/charts.py add https://metallb.github.io/metallb metallb 0.15.3`"
    )
    other = ChartSource(repository="https://helm.otwld.com/", name="ollama", version="1.36.0")
    with pytest.raises(ChartError) as err:
        resolve(other, root=vendored_copy)
    assert one_line(err) == (
        "chart ollama 1.36.0: charts/charts.lock.yaml has it from https://otwld.github.io/ollama-helm/, "
        "not https://helm.otwld.com/"
    )
    assert resolve(
        ChartSource(repository="https://otwld.github.io/ollama-helm", name="ollama", version="1.36.0"), root=FIXTURES
    )


def test_an_unlocked_folder_under_vendor_is_reported(vendored_copy: Path) -> None:
    shutil.copytree(DEMO, vendored_copy / "charts" / "vendor" / "demo" / "0.1.0")
    assert verify(vendored_copy) == [
        f"charts/vendor/demo/0.1.0: no entry in {LOCK} names it; remove it or vendor it again"
    ]


def test_a_local_chart_is_a_folder_under_charts_local(vendored_copy: Path) -> None:
    shutil.copytree(DEMO, vendored_copy / "charts" / "local" / "demo")
    assert resolve(ChartSource(path="charts/local/demo"), root=vendored_copy) == vendored_copy / "charts/local/demo"
    for path in ("tests/charts/demo", "charts/local/../vendor", "/etc", "charts/local/none"):
        with pytest.raises(ChartError) as err:
            resolve(ChartSource(path=path), root=vendored_copy)
        one_line(err)


@pytest.fixture
def tool_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tools/charts.py writing into a repository root of the test's own."""
    monkeypatch.setattr(charts_tool, "ROOT", tmp_path)
    return tmp_path


def test_vendoring_from_a_folder_locks_the_chart_with_its_provenance(tool_root: Path) -> None:
    argv = ["vendor", "--repository", "https://charts.example.invalid/", "--from", str(DEMO)]
    assert charts_tool.main([*argv, "--provenance", "the tests' own chart"]) == 0
    entry = read_lock(tool_root)[("demo", "0.1.0")]
    assert entry.path == "charts/vendor/demo/0.1.0"
    assert entry.digest == tree_digest(tool_root / entry.path)
    assert entry.dependencies == ({"name": "gadget", "version": "0.2.0", "repository": ""},)
    assert entry.provenance == {"from": "source", "url": str(DEMO), "note": "the tests' own chart"}
    assert (tool_root / entry.path / "charts" / "gadget" / "crds" / "gadgets.demo.example.com.yaml").is_file()
    assert verify(tool_root) == []


def test_vendoring_a_source_without_its_subcharts_names_them(
    tool_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source"
    shutil.copytree(DEMO, source)
    shutil.move(source / "charts" / "gadget", tmp_path / "gadget")
    argv = ["vendor", "--repository", "https://charts.example.invalid/", "--from", str(source), "--provenance", "x"]
    assert charts_tool.main(argv) == 2
    assert capsys.readouterr().err == (
        "error: source: Chart.yaml declares subcharts its source lacks: gadget 0.2.0 (missing); "
        "give each with --dependency FOLDER\n"
    )
    assert charts_tool.main([*argv, "--dependency", str(tmp_path / "gadget")]) == 0
    assert verify(tool_root) == []


def test_refreshing_without_the_network_stops_in_one_line_naming_the_url(
    tool_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        charts_tool.main(
            ["vendor", "--repository", "https://charts.example.invalid/", "--from", str(DEMO), "--provenance", "x"]
        )
        == 0
    )
    capsys.readouterr()
    assert charts_tool.main(["refresh"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot reach https://charts.example.invalid/index.yaml: ")
    assert err.endswith("; `make charts` needs the internet; `make charts-verify` checks the vendored charts offline\n")
    assert err.count("\n") == 1


# ---------------------------------------------------------------- the story's chart


def ollama() -> Rendered:
    return render(
        resolve(OLLAMA, root=FIXTURES), release_name="ollama", namespace="ml", values=STORY_VALUES, kube_version="1.33"
    )


def test_the_vendored_ollama_chart_renders_the_storys_objects() -> None:
    rendered = ollama()
    assert [describe(o.manifest) for o in rendered.objects] == [
        "Deployment ml/ollama",
        "PersistentVolumeClaim ml/ollama",
        "Service ml/ollama",
        "ServiceAccount ml/ollama",
        "Pod ml/ollama-test-connection",
    ]
    objects = {o.manifest["kind"]: o for o in rendered.objects}
    claim = objects["PersistentVolumeClaim"].manifest["spec"]
    assert (claim["storageClassName"], claim["resources"]["requests"]["storage"]) == ("nfs-client", "50Gi")
    pod = objects["Deployment"].manifest["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["image"] == "ollama/ollama:0.13.3"
    assert container["resources"] == {
        "requests": {"cpu": "500m", "memory": "2Gi"},
        "limits": {"cpu": "4", "memory": "8Gi"},
    }
    assert container["volumeMounts"] == [{"name": "ollama-data", "mountPath": "/root/.ollama"}]
    assert pod["volumes"] == [{"name": "ollama-data", "persistentVolumeClaim": {"claimName": "ollama"}}]
    assert "/bin/ollama pull  llama3.2:1b" in container["lifecycle"]["postStart"]["exec"]["command"][2]
    assert objects["Service"].manifest["spec"]["ports"][0]["port"] == 11434
    assert objects["Pod"].is_test


# ---------------------------------------------------------------- parity with Helm's own helm template


def helm_template(fixture: str) -> dict[str, tuple[str, Manifest]]:
    """The objects of a `helm template` output, by `Kind namespace/name`, with their `# Source:`."""
    found = {}
    for document in re.split(r"^---$", (PARITY / fixture).read_text(), flags=re.MULTILINE):
        obj = yaml.safe_load(document)
        source = re.search(r"^# Source: (.+)$", document, re.MULTILINE)
        if obj is not None and source:
            found[describe(obj)] = (source[1], obj)
    return found


def ours(rendered: Rendered) -> dict[str, tuple[str, Manifest]]:
    return {describe(o.manifest): (o.source, o.manifest) for o in rendered.objects}


def same_objects(theirs: dict[str, tuple[str, Manifest]], mine: dict[str, tuple[str, Manifest]]) -> None:
    assert sorted(mine) == sorted(theirs)
    for key, (source, obj) in mine.items():
        # Helm 3.7.1 names a CRD by its path in the crds/ folder (crds/x.yaml), Helm 4 by the chart's file.
        assert source == theirs[key][0] or source.endswith("/" + theirs[key][0]), key
        assert obj == theirs[key][1], key


def test_the_ollama_chart_renders_the_objects_helm_template_renders() -> None:
    same_objects(helm_template("ollama.helm-template.yaml"), ours(ollama()))


def test_the_demo_chart_renders_the_objects_helm_template_renders_but_the_random_password() -> None:
    rendered = demo(api_versions=["traefik.io/v1alpha1", "traefik.io/v1alpha1/IngressRoute"])
    theirs, mine = helm_template("demo.helm-template.yaml"), copy.deepcopy(ours(rendered))
    for objects in (theirs, mine):
        objects["Secret ns/rel-random"][1]["data"]["password"] = "<random>"
    same_objects(theirs, mine)


def test_sync_keeps_exactly_the_charts_the_values_name(tool_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["vendor", "--repository", "https://charts.example.invalid/", "--from", str(DEMO), "--provenance", "x"]
    assert charts_tool.main(argv) == 0
    capsys.readouterr()
    values = tool_root / "values-lab.yaml"
    values.write_text("charts: {}\n")
    assert charts_tool.main(["sync"]) == 0, "every values-*.yaml of the repository by default"
    assert capsys.readouterr().out == (
        "removed demo 0.1.0: no values file names it\n0 vendored charts match charts/charts.lock.yaml\n"
    )
    assert read_lock(tool_root) == {} and not (tool_root / "charts" / "vendor" / "demo").exists()
    chart = "{repository: https://charts.example.invalid/, name: demo, version: 0.1.0}"
    values.write_text(f"charts: {{demo: {{namespace: x, chart: {chart}}}}}\n")
    assert charts_tool.main(["sync", "--values", str(values)]) == 2, "no network here"
    assert capsys.readouterr().err.startswith("error: cannot reach https://charts.example.invalid/index.yaml")
