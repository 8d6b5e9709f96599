"""Time the Helm engine: its import, and one render of each test chart through lib/helm.py against
the bare engine (helm-python-sdk's load, render and CRDs as text), and against the bare engine plus
the YAML parse any caller needs to get objects (PyYAML's libyaml loader, no checks).

    python tools/bench_helm.py [--runs N]

Each import is timed in a fresh process (median of N); the renders in one process after a warm-up
(median of N each). Peak RSS is the process's maximum resident set (getrusage), before the import
and after everything. Prints a table; exits 0.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib.helm import render  # noqa: E402
from lib.vendor import ChartSource, resolve  # noqa: E402

FIXTURES = ROOT / "tests" / "catalogs"  # the tests' repository layout: their vendored ollama chart
OLLAMA = ChartSource(repository="https://otwld.github.io/ollama-helm/", name="ollama", version="1.36.0")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
STORY_VALUES = yaml.safe_load((ROOT / "tests" / "charts" / "ollama-story-values.yaml").read_text())
IMPORT = (
    "import resource, time; t = time.perf_counter(); before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
    "import helm_python; print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)"
)


def median_ms(run: Callable[[], object], runs: int) -> float:
    run()  # warm-up: the first render of a chart loads the engine's template functions
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the Helm engine.")
    parser.add_argument("--runs", type=int, default=15, help="runs per figure (default: %(default)s)")
    args = parser.parse_args(argv)

    imports = [
        [
            float(x)
            for x in subprocess.run(
                [sys.executable, "-c", IMPORT], check=True, capture_output=True, text=True
            ).stdout.split()
        ]
        for _ in range(args.runs)
    ]
    import_ms = 1000 * statistics.median(t for t, _ in imports)
    import_mib = statistics.median(kib for _, kib in imports) / 1024

    before = peak_mib()
    import helm_python

    ollama_dir = resolve(OLLAMA, root=FIXTURES)
    charts = {
        "ollama 1.36.0 (story values)": (ollama_dir, "ollama", "ml", STORY_VALUES),
        "demo 0.1.0 (tests/charts/demo)": (ROOT / "tests" / "charts" / "demo", "rel", "ns", {}),
    }
    print(f"engine import (fresh process, median of {args.runs}): {import_ms:.0f} ms, +{import_mib:.0f} MiB RSS")
    print(f"{'chart':34} {'lib/helm.py':>12} {'bare engine':>12} {'+ PyYAML':>12} {'ratio':>6} {'ratio':>6}")
    for label, (folder, release, namespace, values) in charts.items():

        def ours(
            folder: Path = folder, release: str = release, namespace: str = namespace, values: dict = values
        ) -> object:  # type: ignore[type-arg]
            return render(folder, release_name=release, namespace=namespace, values=values, kube_version="1.33")

        def bare(
            folder: Path = folder, release: str = release, namespace: str = namespace, values: dict = values
        ) -> dict[str, str]:  # type: ignore[type-arg]
            options = json.dumps({"name": release, "namespace": namespace, "kube_version": "v1.33.0"})
            with helm_python.Chart.load(folder) as chart:
                files = helm_python._native.call_string("helm_render", chart._raw(), json.dumps(values), options)
                return {**json.loads(files), **{c["filename"]: c["data"] for c in chart.crds}}

        def parsed(bare: Callable[[], dict[str, str]] = bare) -> object:
            return [list(yaml.load_all(text, Loader=LOADER)) for text in bare().values()]

        mine, theirs, floor = (median_ms(f, args.runs) for f in (ours, bare, parsed))
        print(f"{label:34} {mine:9.2f} ms {theirs:9.2f} ms {floor:9.2f} ms {mine / theirs:6.2f} {mine / floor:6.2f}")
    verify_ms = median_ms(lambda: resolve(OLLAMA, root=FIXTURES), args.runs)
    print(f"resolve + digest check of ollama 1.36.0: {verify_ms:.2f} ms")
    print(f"peak RSS: {before:.0f} MiB before the engine, {peak_mib():.0f} MiB after all renders")
    return 0


if __name__ == "__main__":
    sys.exit(main())
