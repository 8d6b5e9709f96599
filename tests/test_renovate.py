"""Renovate finds every pin of the repository: its custom managers, applied here to the files with
their regexes (JavaScript's named groups turned into Python's), and the pins its built-in managers
read (requirements.txt and its lock, package.json, the workflows' actions) checked for the form they need."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import json5
import pytest
import yaml
from conftest import HOMELAB_VALUES, ROOT, SHARED_CRDS

sys.path.append(str(ROOT / "tools"))  # tools/crd_imports.py, last: tools/ must shadow nothing

CONFIG: dict[str, Any] = json5.loads((ROOT / "renovate.json5").read_text())
MANAGERS = {m["description"]: m for m in CONFIG["customManagers"]}
IMAGES = MANAGERS["Container images of the apps in the values file"]
CHARTS = MANAGERS["Helm charts from chart repositories in the values file"]
OCI_CHARTS = MANAGERS["Helm charts from OCI registries in the values file"]
README_EXAMPLES = "\n".join(re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL))
CRDS = MANAGERS["CRD sources pinned in cdk8s.yaml"]


def python_regex(pattern: str) -> re.Pattern[str]:
    """A Renovate (JavaScript) regex in Python: `(?<name>` is `(?P<name>`."""
    return re.compile(re.sub(r"\(\?<(?=[A-Za-z])", "(?P<", pattern))


TRACKED = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()


def files(manager: dict[str, Any]) -> list[Path]:
    """The repository's files a manager reads (its managerFilePatterns are /regex/), as Renovate sees them."""
    patterns = [python_regex(p.strip("/")) for p in manager["managerFilePatterns"]]
    return [ROOT / f for f in TRACKED if any(pat.search(f) for pat in patterns)]


def matches(manager: dict[str, Any], text: str) -> list[dict[str, str | None]]:
    return [m.groupdict() for pattern in manager["matchStrings"] for m in python_regex(pattern).finditer(text)]


def test_every_custom_manager_finds_something_in_the_repository_or_the_readme_s_examples() -> None:
    """No manager is dead: each finds a pin (OCI charts, which nothing here uses yet, are held to the
    shape a values file gives them by test_a_new_chart_is_covered_with_no_change_to_the_config)."""
    for manager in (m for m in CONFIG["customManagers"] if m is not OCI_CHARTS):
        found = [m for f in files(manager) for m in matches(manager, f.read_text())]
        assert found or matches(manager, README_EXAMPLES), f"{manager['description']}: matches nothing"


@pytest.mark.parametrize(
    "entry",
    [
        "  metallb:\n    namespace: metallb-system\n    chart:\n      repository: https://metallb.github.io/metallb\n"
        '      name: metallb\n      version: "0.15.3"\n',
        "  metallb:\n    namespace: metallb-system\n"
        "    chart: {repository: https://metallb.github.io/metallb, name: metallb, version: 0.15.3}\n",
    ],
    ids=["block", "flow"],
)
def test_a_new_chart_is_covered_with_no_change_to_the_config(entry: str) -> None:
    text = HOMELAB_VALUES.read_text().split("\ncharts:\n")[0] + "\ncharts:\n" + entry  # its own charts left out
    assert [(m["registryUrl"], m["depName"], m["currentValue"]) for m in matches(CHARTS, text)] == [
        ("https://metallb.github.io/metallb", "metallb", "0.15.3")
    ]
    assert CHARTS["datasourceTemplate"] == "helm"
    oci = text.replace("https://metallb.github.io/metallb", "oci://ghcr.io/example/charts")
    assert matches(CHARTS, oci) == []
    assert [(m["registry"], m["depName"], m["currentValue"]) for m in matches(OCI_CHARTS, oci)] == [
        ("ghcr.io/example/charts", "metallb", "0.15.3")
    ]
    assert (OCI_CHARTS["datasourceTemplate"], OCI_CHARTS["packageNameTemplate"]) == (
        "docker",
        "{{{registry}}}/{{{depName}}}",
    )


def test_every_app_image_in_the_values_file_is_found_with_its_tag() -> None:
    assert [f.name for f in files(IMAGES)] == ["values-homelab.yaml"]
    found = {m["depName"]: m["currentValue"] for m in matches(IMAGES, HOMELAB_VALUES.read_text())}
    apps = yaml.safe_load(HOMELAB_VALUES.read_text())["apps"]
    assert found == {app["image"]["repository"]: app["image"]["tag"] for app in apps.values()}


def test_a_new_app_is_covered_with_no_change_to_the_config() -> None:
    whoami = (
        "  whoami:\n    namespace: web\n    image:\n      repository: docker.io/traefik/whoami\n"
        '      tag: "v1.10.1"\n      digest: sha256:' + "ab" * 32 + "\n    port: 8080\n"
    )
    found = matches(IMAGES, HOMELAB_VALUES.read_text() + whoami)
    assert {
        "depName": "docker.io/traefik/whoami",
        "currentValue": "v1.10.1",
        "currentDigest": "sha256:" + "ab" * 32,
    } in found


def test_every_image_of_the_readme_s_examples_is_found_in_flow_or_block_style() -> None:
    """What a user copies from the README (flow style: `image: {repository: ..., tag: ...}`) is covered."""
    readme = (ROOT / "README.md").read_text()
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.DOTALL) if "repository:" in b]
    assert len(blocks) >= 3
    for block in blocks:
        text = re.sub(r"^ *\.\.\.\n", "", textwrap.dedent(block), flags=re.MULTILINE)
        apps = (yaml.safe_load(text) or {}).get("apps", {})
        shown = {a["image"]["repository"]: a["image"]["tag"] for a in apps.values() if "image" in a}
        found = {m["depName"]: m["currentValue"] for m in matches(IMAGES, block)}
        assert found == shown
    digest = "sha256:" + "ab" * 32
    flow = f'    image: {{repository: ghcr.io/x/y, tag: "1.2.3", digest: {digest}}}\n'
    assert matches(IMAGES, flow) == [{"depName": "ghcr.io/x/y", "currentValue": "1.2.3", "currentDigest": digest}]


def test_every_crd_url_of_cdk8s_yaml_is_found_with_its_commit_and_release() -> None:
    text = (ROOT / "cdk8s.yaml").read_text()
    sources = [entry.partition(":=")[2] for entry in yaml.safe_load(text)["imports"]]
    urls = [s for s in sources if "://" in s]  # the others name a vendored chart, which its lock pins
    found = matches(CRDS, text)
    assert len(found) == len(urls) == 10
    for url, match in zip(urls, found, strict=True):
        assert f"/{match['depName']}/{match['currentDigest']}/" in url
        assert re.fullmatch(r"v[0-9]+\.[0-9]+\.[0-9]+", str(match["currentValue"])), match


def test_every_action_is_pinned_by_commit_with_its_release_beside_it() -> None:
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    uses = [
        line.strip()
        for w in workflows
        for line in w.read_text().splitlines()
        if line.strip().startswith(("uses:", "- uses:"))
    ]
    assert len(workflows) == 2 and uses
    for line in uses:
        assert re.fullmatch(r"(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v[0-9]+\.[0-9]+\.[0-9]+", line), line


def test_python_and_node_pins_are_exact_for_their_managers() -> None:
    requirements = [
        line for line in (ROOT / "requirements.txt").read_text().splitlines() if line and not line.startswith("#")
    ]
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][A-Za-z0-9.]*", line) for line in requirements), requirements
    for package in (ROOT / "package.json", ROOT / "tools" / "renovate" / "package.json"):
        pins = json.loads(package.read_text())["devDependencies"]
        assert all(re.fullmatch(r"[0-9]+\.[0-9]+\.[0-9]+", v) for v in pins.values()), (package, pins)
    assert "node" in json.loads((ROOT / "package.json").read_text())["devDependencies"], "the Node jsii runs on"


# ---------------------------------------------------------------- requirements.lock, pip's hashed install list

LOCK = ROOT / "requirements.lock"
# The header command: `make lock` runs it (with --quiet, which uv leaves out of the header), and so
# does Renovate's pip-compile manager on each Python update, which accepts only options written
# `--name=value` from its list for uv (--generate-hashes, --python-version, --output-file, ...).
LOCK_COMMAND = "uv pip compile --generate-hashes --python-version=3.11 --output-file=requirements.lock requirements.txt"


def pins(path: Path) -> dict[str, str]:
    """Every `name==version` line of a requirements file, the name as PyPI compares them (PEP 503)."""
    pattern = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", re.MULTILINE)
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in pattern.findall(path.read_text())}


def test_the_lock_pins_exactly_what_requirements_txt_pins() -> None:
    listed, locked = pins(ROOT / "requirements.txt"), pins(LOCK)
    differ = sorted(
        f"{n}: {listed.get(n, '-')} in requirements.txt, {locked.get(n, '-')} in the lock"
        for n in listed.keys() | locked.keys()
        if listed.get(n) != locked.get(n)
    )
    assert not differ, (
        "requirements.lock is out of date: run `make lock`, and pin in requirements.txt what a new package "
        "pulls in:\n  " + "\n  ".join(differ)
    )


def test_every_pin_of_the_lock_carries_hashes_and_its_header_is_the_make_lock_command() -> None:
    text = LOCK.read_text()
    hashed = re.findall(r"^(\S+)==\S+ \\\n    --hash=sha256:[0-9a-f]{64}", text, re.MULTILINE)
    assert len(hashed) == len(pins(LOCK)) > 30
    assert text.splitlines()[1] == f"#    {LOCK_COMMAND}"
    (recipe,) = [line.strip() for line in (ROOT / "Makefile").read_text().splitlines() if "uv pip compile" in line]
    made = recipe.replace("$(BIN)/", "").replace(" --quiet", "").replace("$(LOCK)", "requirements.lock")
    assert made == LOCK_COMMAND
    assert CONFIG["pip-compile"]["managerFilePatterns"] == ["/(^|/)requirements\\.lock$/"]
    assert CONFIG["pip_requirements"] == {"enabled": False}, "it would move a pin and leave the lock behind"


def test_nothing_that_changes_dist_merges_itself() -> None:
    assert CONFIG["automerge"] is False
    for rule in CONFIG["packageRules"]:
        if rule.get("automerge"):
            assert rule.get("matchManagers") in (["pip-compile"], ["github-actions"]), rule
            assert "cdk8s" not in rule.get("matchPackageNames", []), rule


# ---------------------------------------------------------------- imports/ from the URLs (the workflow's)


@pytest.fixture
def crd_server(tmp_path: Path) -> Iterator[str]:
    """../shared/crds and crds/ cut into the upstream files, served on 127.0.0.1 as raw.githubusercontent.com
    would."""
    if not SHARED_CRDS.is_dir():
        pytest.skip("../shared/crds is not beside this checkout")
    import crd_imports

    for name, text in crd_imports.pinned_documents(SHARED_CRDS).items():
        (tmp_path / name).write_text(text)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(tmp_path)))
    httpd.RequestHandlerClass.log_message = lambda *args: None  # type: ignore[method-assign]
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_online_imports_fetch_exactly_the_documents_the_offline_ones_cut(crd_server: str, tmp_path: Path) -> None:
    import crd_imports

    specs = [
        (alias, f"{crd_server}/{url.rsplit('/', 1)[-1]}")
        for alias, url in crd_imports.import_specs()
        if not crd_imports.is_chart(url)
    ]
    fetched = crd_imports.fetched_documents(specs)
    offline = crd_imports.pinned_documents(SHARED_CRDS)
    assert fetched == {name: offline[name] for name in fetched} and len(fetched) == 10


def test_an_unreachable_crd_is_one_line() -> None:
    import crd_imports

    with pytest.raises(SystemExit, match=r"^imports: cannot fetch http://127\.0\.0\.1:9/x\.yaml \(for import a\): "):
        crd_imports.fetched_documents([("a", "http://127.0.0.1:9/x.yaml")])
