"""The bare baseline of `make bench`: the objects the synth renders, written by a minimal cdk8s program.

It reads the objects from a synth's output folder, so it always renders what the synth renders and
never drifts from it, and builds each one the plainest way cdk8s offers: a core kind as the
`cdk8s_plus_33.k8s` L1 class of its kind with typed props (as a hand-written program passes them),
a custom resource as a `cdk8s.ApiObject` with a JSON patch for its spec; one Chart per folder; then
`App.synth()` writes the YAML. No lib/, no values file, no checks. tools/bench.py times it beside the
synth and compares their objects.

Usage: python tools/bench_baseline.py SYNTH_OUTDIR OUTDIR
"""

from __future__ import annotations

import collections.abc
import re
import sys
import typing
from pathlib import Path
from typing import Any

import yaml
from cdk8s import ApiObject, ApiObjectMetadata, App, Chart, JsonPatch, YamlOutputType
from cdk8s_plus_33 import k8s


def _snake(key: str) -> str:
    """The Python name jsii gives a JSON field: `hostPID` is `host_pid`, a run of capitals one word."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", key).lower()


def typed(tp: Any, value: Any) -> Any:
    """A JSON value as the typed prop a hand-written program would pass (structs, IntOrString, Quantity)."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    origin = typing.get_origin(tp)
    if origin is typing.Union:  # Optional[X], or Union[Struct, Dict[str, Any]]: the typed choice
        return typed(args[0], value)
    if tp in (k8s.IntOrString, k8s.Quantity):
        return tp.from_number(value) if isinstance(value, int) else tp.from_string(value)
    if origin in (list, collections.abc.Sequence):
        return [typed(args[0], v) for v in value]
    if origin in (dict, collections.abc.Mapping):
        return {k: typed(args[1], v) for k, v in value.items()}
    if isinstance(tp, type) and tp.__module__ == k8s.__name__:  # a struct
        return tp(**props(tp, value))
    return value


def props(cls: Any, data: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls.__init__)
    return {_snake(k): typed(hints[_snake(k)], v) for k, v in data.items()}


def build(chart: Chart, obj: dict[str, Any]) -> None:
    data = {k: v for k, v in obj.items() if k not in ("apiVersion", "kind")}
    id = f"{obj['kind']}-{obj['metadata']['name']}"
    if "." not in obj["apiVersion"].split("/")[0]:  # a core kind: its L1 class, with typed props
        cls = getattr(k8s, f"Kube{obj['kind']}")
        cls(chart, id, **props(cls, data))
        return
    custom = ApiObject(
        chart, id, api_version=obj["apiVersion"], kind=obj["kind"], metadata=ApiObjectMetadata(**data.pop("metadata"))
    )
    for key, value in data.items():
        custom.add_json_patch(JsonPatch.add(f"/{key}", value))


def baseline(source: Path, outdir: str) -> None:
    """Write every object of the synth output `source` into `outdir` the bare cdk8s way."""
    app = App(outdir=outdir, yaml_output_type=YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE)
    for folder in sorted(p for p in source.iterdir() if p.is_dir()):
        chart = Chart(app, folder.name, disable_resource_name_hashes=True)
        for path in sorted(folder.glob("*.k8s.yaml")):
            build(chart, yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    app.synth()


def main() -> None:
    baseline(Path(sys.argv[1]), sys.argv[2])


if __name__ == "__main__":
    main()
