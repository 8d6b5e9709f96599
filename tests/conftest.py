"""Shared fixtures: the library's own catalog (tests/catalogs/library.yaml) and its render (made once
per session), the user's catalog (values-homelab.yaml) for the tests that guard it, and YAML snapshots.

Library tests use their own catalogs, so that a change to values-homelab.yaml never needs a test edit;
the homelab is guarded by its snapshots, the gate and the story checks (test_homelab.py)."""

from __future__ import annotations

import copy
import functools
import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lib  # noqa: E402,F401 - first: it points jsii at the pinned Node before cdk8s starts the kernel
from lib import NODE_BIN, node_env  # noqa: E402,F401

# isort: split
import cdk8s  # noqa: E402
from cdk8s import Chart  # noqa: E402

from lib.checks.pod_security import pod_security_problems  # noqa: E402
from lib.checks.pods import image_problems, pod_problems  # noqa: E402
from lib.checks.problems import Problem  # noqa: E402
from lib.kinds import SETTINGS  # noqa: E402
from lib.manifests import Manifest, Units  # noqa: E402
from lib.output import dump  # noqa: E402
from lib.synth import render, synth  # noqa: E402
from lib.units import Unit, deploy_units  # noqa: E402
from lib.values.loader import load_values, parse_values  # noqa: E402
from lib.values.schema import Values  # noqa: E402

HOMELAB_VALUES = ROOT / "values-homelab.yaml"
CATALOGS = ROOT / "tests" / "catalogs"
LIBRARY_VALUES = CATALOGS / "library.yaml"
SHARED_CRDS = ROOT.parent / "shared" / "crds"


def run_env() -> dict[str, str]:
    """The environment `make` gives the tools: the pinned Node first, no upgrade check."""
    return node_env()


# ---------------------------------------------------------------- imports/ regenerated
@pytest.fixture
def regenerated_imports(tmp_path: Path) -> Path:
    """imports/ as `make imports` makes it from ../shared/crds now (about a minute: `make imports-check`)."""
    if not SHARED_CRDS.is_dir():
        pytest.skip("../shared/crds is not beside this checkout")
    command = [sys.executable, "tools/crd_imports.py", "--crds", str(SHARED_CRDS), "--out", str(tmp_path / "imports")]
    done = subprocess.run(command, cwd=ROOT, env=run_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert done.returncode == 0, done.stderr.decode()
    return tmp_path / "imports"


class YamlSnapshotExtension(SingleFileSnapshotExtension):
    """One readable .yaml file per snapshot, each object written as dist/ writes it."""

    file_extension = "yaml"
    _write_mode = WriteMode.TEXT

    def serialize(self, data: Any, **kwargs: Any) -> str:
        return "---\n".join(dump(obj) for obj in data)


@pytest.fixture
def yaml_snapshot(snapshot: Any) -> Any:
    return snapshot.use_extension(YamlSnapshotExtension)


def load(path: Path = LIBRARY_VALUES) -> Values:
    return load_values(path, kinds=SETTINGS)


def parse(text: str, file: str = "test-values.yaml") -> Values:
    return parse_values(text, file, kinds=SETTINGS)


def with_keys(data: dict[str, Any], *changes: Any) -> str:
    """A values file's data with the value at each dotted path replaced (or removed, for ...), as YAML:
    `with_keys(data, "apps.x.port", 80, "apps.x.host", ...)`. `data` is left as it was."""
    data = copy.deepcopy(data)
    for where, new in zip(changes[::2], changes[1::2], strict=True):
        *parents, last = where.split(".")
        node = data
        for key in parents:
            node = node.setdefault(key, {})
        if new is ...:
            del node[last]
        else:
            node[last] = new
    return yaml.safe_dump(data, sort_keys=False)


def tool(name: str) -> ModuleType:
    """The program tools/<name>.py as a module, to call its functions in-process."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # a dataclass of the tool looks its module up there
    spec.loader.exec_module(module)
    return module


def render_values(values: Values, repository: Path = ROOT) -> Units:
    """The objects of every deploy unit the values describe, as the synth renders them (unchecked);
    `repository`: the folder whose charts/ holds the charts they name. Default: this checkout."""
    return render(deploy_units(cdk8s.App(), values, repository=repository), values)


def synth_values(values: Values, outdir: Path) -> None:
    """What `main.py` does once the values are loaded: render, check and write `outdir`."""
    synth(deploy_units(cdk8s.App(), values), values, outdir)


@pytest.fixture(scope="session")
def values() -> Values:
    """The library catalog's values."""
    return load()


@pytest.fixture(scope="session")
def library(values: Values) -> Units:
    """The library catalog's render, shared: treat as read-only (copy before changing)."""
    return render_values(values)


@functools.cache
def homelab_units() -> tuple[Unit, ...]:
    """The user's catalog's deploy units, built once (its charts rendered once): shared, read-only."""
    return tuple(deploy_units(cdk8s.App(), load(HOMELAB_VALUES)))


@functools.cache
def homelab_render() -> Units:
    """The user's catalog rendered once (unchecked): also read at collection, for its unit names."""
    return render(homelab_units(), load(HOMELAB_VALUES))


@pytest.fixture(scope="session")
def homelab_values() -> Values:
    """The user's catalog: only for the tests that guard it (snapshots, gate, stories)."""
    return load(HOMELAB_VALUES)


@pytest.fixture(scope="session")
def homelab() -> Units:
    """The user's render, shared: treat as read-only."""
    return homelab_render()


def manifests(chart: Chart) -> list[Manifest]:
    """The objects a chart renders, as the dicts written to dist/."""
    return list(cdk8s.Testing.synth(chart))


def find(objects: list[Manifest], kind: str, name: str) -> Manifest:
    matches = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind} {name}, found {len(matches)}"
    return matches[0]


@pytest.fixture
def new_app(tmp_path: Path) -> Callable[[], cdk8s.App]:
    """Fresh apps writing (if ever synthesized) under the test's tmp_path: Testing.app() alone leaves
    an empty /tmp/cdk8s.outdir.* folder behind for every app."""
    return lambda: cdk8s.Testing.app(outdir=str(tmp_path / "cdk8s.out"))


@pytest.fixture
def new_chart(new_app: Callable[[], cdk8s.App]) -> Callable[..., Chart]:
    """A fresh chart in a fresh app, for testing one construct."""

    def make(namespace: str | None = "test") -> Chart:
        return Chart(new_app(), "test", namespace=namespace, disable_resource_name_hashes=True)

    return make


def pod_checks(objects: list[Manifest]) -> list[Problem]:
    """The gate's checks of pods: hardening (`pods`), pinned images and the namespaces' Pod Security."""
    return [*pod_problems(objects), *image_problems(objects), *pod_security_problems(objects)]
