"""Two parts of the synth timed in one process, for `make bench`: the charts, and the gate.

    python tools/bench_parts.py [--runs N] [--charts N] [--apps N]    (prints JSON)

- charts: the catalog's chart unit kind building N charts (otwld/ollama-helm 1.36.0 with story 6.1's
  values, from the tests' repository layout tests/catalogs/charts/), against the Helm engine alone
  making the same renders: helm-python-sdk's load, render and CRDs, and the YAML parse any caller
  needs to get objects, twice per chart as the synth renders each chart twice (the determinism check).
  What the ratio measures is what the catalog adds: the digest check, the comparison, the hooks, the
  namespaces, the labels, the copies. The engine's import is paid before either is timed.
- gate: `lib.checks.gate` over the render of the library catalog's Ollama app copied N times (every
  check, as the synth runs it), in objects per second.

Each figure is the median of N runs after a warm-up.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import lib  # noqa: E402,F401 - first: it points jsii at the pinned Node before cdk8s starts the kernel

# isort: split
from cdk8s import App  # noqa: E402

from lib import checks  # noqa: E402
from lib.engines import in_use  # noqa: E402
from lib.kinds import SETTINGS  # noqa: E402
from lib.synth import external_namespaces, render, traefik  # noqa: E402
from lib.units import chart as chart_units  # noqa: E402
from lib.units import deploy_units  # noqa: E402
from lib.units.base import Context  # noqa: E402
from lib.values.loader import parse_values  # noqa: E402

CATALOGS = ROOT / "tests" / "catalogs"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def median_seconds(run: Callable[[], object], runs: int) -> float:
    run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def charts(copies: int, runs: int) -> dict[str, float]:
    data = yaml.safe_load((CATALOGS / "ollama-chart.yaml").read_text())
    ollama = data["charts"]["ollama"]
    data["charts"] = {f"ollama-{i:02d}": ollama for i in range(copies)}
    values = parse_values(yaml.safe_dump(data), "bench-charts.yaml", kinds=SETTINGS)
    context = Context(catalog=values, engines=in_use(values.gitops), repository=CATALOGS)

    def ours() -> object:
        return chart_units.build(App(), context)

    import helm_python

    folder = CATALOGS / "charts" / "vendor" / "ollama" / "1.36.0"
    values_json = json.dumps(ollama["values"])

    def engine() -> object:
        found = []
        for name in values.charts:
            for _ in range(2):
                options = json.dumps({"name": name, "namespace": "ml", "kube_version": "v1.33.0", "is_install": True})
                with helm_python.Chart.load(folder) as chart:
                    files = helm_python._native.call_string("helm_render", chart._raw(), values_json, options)
                    texts = [*json.loads(files).values(), *(c["data"] for c in chart.crds)]
                found += [list(yaml.load_all(text, Loader=LOADER)) for text in texts]
        return found

    ours_s, engine_s = median_seconds(ours, runs), median_seconds(engine, runs)
    return {"charts": copies, "ours_s": ours_s, "engine_s": engine_s, "ratio": ours_s / engine_s}


def gate(copies: int, runs: int) -> dict[str, float]:
    data = yaml.safe_load((CATALOGS / "library.yaml").read_text())
    ollama = data["apps"]["ollama"]
    data["apps"] = {f"ollama-{i:03d}": {**ollama, "host": f"ollama-{i:03d}.example.com"} for i in range(copies)}
    values = parse_values(yaml.safe_dump(data), "bench-gate.yaml", kinds=SETTINGS)
    rendered = render(deploy_units(App(), values), values)
    count = sum(len(objects) for objects in rendered.values())

    def check() -> object:
        return checks.gate(
            rendered,
            kubernetes_version=values.cluster.kubernetes_version,
            external_namespaces=external_namespaces(values),
            external_secrets=values.external_secrets,
            traefik=traefik(values),
        )

    seconds = median_seconds(check, runs)
    return {"objects": count, "seconds": seconds, "objects_per_second": count / seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the charts and the gate, in one process.")
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (default: %(default)s)")
    parser.add_argument("--charts", type=int, default=5, help="charts rendered (default: %(default)s)")
    parser.add_argument("--apps", type=int, default=100, help="Ollama apps the gate checks (default: %(default)s)")
    args = parser.parse_args(argv)
    print(json.dumps({"charts": charts(args.charts, args.runs), "gate": gate(args.apps, args.runs)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
