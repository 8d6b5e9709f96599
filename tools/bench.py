"""Benchmark the synth against budgets: a measurement with limits, not a test.

Usage: python tools/bench.py [--runs 7] [--units 1,10,50,100,500] [--unit-runs 3]
(`make bench` runs it with the defaults.) Prints Markdown on stdout, progress on stderr, and
exits 1 when a budget is missed.

Every case is timed as a whole process, start-up included, from the repository root:

- synth: `python main.py --outdir <tmp>/dist` on values-homelab.yaml; 1 warm-up, 1 run sampling RSS,
  then --runs timed runs;
- baseline: tools/bench_baseline.py, every object the synth rendered, built by a bare cdk8s
  program (no lib/, no values file, no checks) from the synth's own output, timed the same way;
  its files are compared with the synth's;
- scaling: tools/bench_units.py N, the catalog with N copies of the Ollama app, for each N of
  --units; 1 warm-up, then the median of --unit-runs runs;
- parts: tools/bench_parts.py, in one process after a warm-up: the charts' share of a synth (the chart
  unit kind building 5 charts) against the Helm engine alone making the same renders, and the gate's
  objects per second over 100 Ollama apps (1,410 objects).

Wall time runs from spawning the process to `os.wait4` reaping it. Peak RSS is the process tree's:
a synth is three processes, Python, the jsii wrapper (node bin/jsii-runtime.js) and the jsii kernel
it spawns (node lib/program.js). "tree" is the peak of their summed resident memory (/proc/PID/statm),
sampled every 10 ms: an upper bound, as the two Node processes share their ~40 MB of binary. "largest"
is wait4's ru_maxrss: on Linux, the peak of the largest single process of the tree, never a sum. The
RSS budget applies to "tree". 1 MB = 10^6 bytes. Other load on the machine skews every figure: the
load average at start is printed with them.

The children cache their bytecode in a private folder (PYTHONPYCACHEPREFIX, PYTHONDONTWRITEBYTECODE
unset), so that the warm-up warms it as a developer's earlier runs would, whatever the environment
says, and no __pycache__ lands in the working tree. Without it, imports/ and lib/ are compiled
afresh on every run (about +0.25 s).

Budgets: synth of the whole homelab catalog, median <= 1.0 s; synth/baseline (medians) <= 1.05;
charts / Helm engine alone <= 1.3; the gate >= 5,000 objects per second; linearity
(t(largest) - t0) / (t(N nearest largest/10) - t0), t0 being the start-up (t(smallest) less its
units' marginal cost), <= 1.2 x the ideal ratio (12 for 500 and 50); synth peak RSS (tree) <= 250 MB.
The marginal cost per unit (between the smallest and largest N) is printed, no longer budgeted: the
15 ms once set for it proved out of reach while every object is a jsii construct (README, Speed).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lib import node_env  # noqa: E402 - lib/__init__ only: the pinned Node, no cdk8s

ENV = node_env()
PAGE = os.sysconf("SC_PAGE_SIZE")
MB = 1_000_000

BUDGET_SECONDS = 1.0
BUDGET_RATIO = 1.05
BUDGET_CHARTS_RATIO = 1.3
BUDGET_GATE_OBJECTS_PER_SECOND = 5000.0
BUDGET_LINEARITY = 1.2  # times the ideal ratio
BUDGET_RSS_MB = 250.0


@dataclass(frozen=True)
class Run:
    seconds: float
    tree_rss: int  # bytes: sampled peak of the whole process tree
    largest_rss: int  # bytes: wait4 ru_maxrss, the largest single process


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants now (0 for a process that is gone)."""
    try:
        total = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        for children in Path(f"/proc/{pid}/task").glob("*/children"):
            total += sum(tree_rss(int(child)) for child in children.read_text().split())
    except (OSError, IndexError, ValueError):
        return 0
    return total


def run(cmd: list[str], sample_rss: bool = False) -> Run:
    """Run `cmd` once from the repository root; fail loudly if it fails.

    The tree's RSS is sampled only when asked: the sampler competes for the same two cores,
    so timed runs go without it.
    """
    peak = 0
    done = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL)

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.01):
            peak = max(peak, tree_rss(proc.pid))

    sampler = threading.Thread(target=sample)
    if sample_rss:
        sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    if sample_rss:
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} exited with {proc.returncode}")
    return Run(seconds, peak, usage.ru_maxrss * 1024)


def series(name: str, cmd: list[str], runs: int) -> list[Run]:
    """A warm-up run, a run that samples the tree's RSS, then `runs` timed runs: [sampled, *timed]."""
    print(f"bench: {name}: 1 warm-up + 1 sampled + {runs} timed runs", file=sys.stderr, flush=True)
    run(cmd)
    return [run(cmd, sample_rss=True), *(run(cmd) for _ in range(runs))]


def median(runs: list[Run]) -> float:
    return statistics.median(r.seconds for r in runs[1:])


def peak_mb(runs: list[Run], largest: bool = False) -> float:
    return max(r.largest_rss if largest else r.tree_rss for r in runs) / MB


def objects(root: Path) -> dict[Path, object]:
    """Every object under `root`, parsed: the baseline's YAML is Node's, indented differently, and its file
    names leave out the `:` of a name (RBAC's `metallb:controller`), so neither name has one here."""
    return {
        Path(str(p.relative_to(root)).replace(":", "")): yaml.load(p.read_text(), Loader=LOADER)
        for p in sorted(root.rglob("*.k8s.yaml"))
    }


def machine() -> list[tuple[str, str]]:
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    models = [line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")]
    meminfo = Path("/proc/meminfo").read_text().split() if Path("/proc/meminfo").exists() else []
    memory = f"{int(meminfo[meminfo.index('MemTotal:') + 1]) / 1024**2:.1f} GiB" if meminfo else "?"
    node = subprocess.run([ENV["JSII_NODE"], "--version"], capture_output=True, text=True, check=False).stdout
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("cdk8s", "cdk8s-plus-33", "jsii"))
    return [
        ("CPU", models[0] if models else platform.processor() or platform.machine()),
        ("cores", str(os.cpu_count())),
        ("memory", memory),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("Node (jsii)", node.strip() or "?"),
        ("packages", versions),
        ("load average at start (1, 5, 15 min)", " ".join(f"{x:.2f}" for x in os.getloadavg())),
    ]


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def unit_list(text: str) -> list[int]:
    units = sorted({int(n) for n in text.split(",")})
    if len(units) < 2 or units[0] < 1:
        raise argparse.ArgumentTypeError("expected at least two unit counts of 1 or more, e.g. 1,10,50,100,500")
    return units


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the synth against its budgets.")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of synth and baseline (default: %(default)s)")
    parser.add_argument(
        "--units", type=unit_list, default=[1, 10, 50, 100, 500], help="deploy unit counts (default: 1,10,50,100,500)"
    )
    parser.add_argument("--unit-runs", type=int, default=3, help="timed runs per unit count (default: %(default)s)")
    args = parser.parse_args(argv)
    py = sys.executable
    info = machine()  # before the runs, for the load average

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        ENV["PYTHONPYCACHEPREFIX"] = f"{tmp}/pycache"
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
        synth = series("synth", [py, "main.py", "--outdir", f"{tmp}/dist"], args.runs)
        base = series("baseline", [py, "tools/bench_baseline.py", f"{tmp}/dist", f"{tmp}/baseline"], args.runs)
        synth_objects, base_objects = objects(Path(tmp, "dist")), objects(Path(tmp, "baseline"))
        scaling = {
            n: series(f"{n} units", [py, "tools/bench_units.py", str(n), f"{tmp}/units-{n}"], args.unit_runs)
            for n in args.units
        }
        per_unit = len(list(Path(tmp, f"units-{args.units[0]}", "ollama-000").glob("*.k8s.yaml")))
        print("bench: charts and the gate, in one process", file=sys.stderr, flush=True)
        parts = json.loads(
            subprocess.run([py, "tools/bench_parts.py"], cwd=ROOT, env=ENV, check=True, capture_output=True).stdout
        )
    charts, gate = parts["charts"], parts["gate"]
    ratio = median(synth) / median(base)
    tree_mb = peak_mb(synth)
    t = {n: median(runs) for n, runs in scaling.items()}
    first, last = args.units[0], args.units[-1]
    marginal = (t[last] - t[first]) / (last - first)
    startup = t[first] - first * marginal
    middle = min(args.units[:-1], key=lambda n: abs(n - last / 10))
    linearity = (t[last] - startup) / (t[middle] - startup) if t[middle] != startup else float("inf")
    ideal = last / middle

    def row(name: str, runs: list[Run]) -> list[str]:
        seconds = [r.seconds for r in runs[1:]]
        rss = [f"{peak_mb(runs):.0f}", f"{peak_mb(runs, largest=True):.0f}"]
        return [name, str(len(runs) - 1), f"{median(runs):.3f}", f"{min(seconds):.3f}", f"{max(seconds):.3f}", *rss]

    budgets = [
        (
            "synth of the homelab catalog, median",
            f"{median(synth):.3f} s",
            f"<= {BUDGET_SECONDS} s",
            median(synth) <= BUDGET_SECONDS,
        ),
        ("synth / baseline (medians)", f"{ratio:.2f}", f"<= {BUDGET_RATIO}", ratio <= BUDGET_RATIO),
        (
            f"charts / Helm engine alone ({charts['charts']} charts, 2 renders each)",
            f"{charts['ratio']:.2f} ({charts['ours_s'] * 1000:.0f} / {charts['engine_s'] * 1000:.0f} ms)",
            f"<= {BUDGET_CHARTS_RATIO}",
            charts["ratio"] <= BUDGET_CHARTS_RATIO,
        ),
        (
            f"gate ({gate['objects']} objects)",
            f"{gate['objects_per_second']:,.0f} objects/s",
            f">= {BUDGET_GATE_OBJECTS_PER_SECOND:,.0f}",
            gate["objects_per_second"] >= BUDGET_GATE_OBJECTS_PER_SECOND,
        ),
        (
            f"linearity t({last}) / t({middle}), start-up subtracted",
            f"{linearity:.2f} (ideal {ideal:.0f})",
            f"<= {BUDGET_LINEARITY * ideal:.0f}",
            linearity <= BUDGET_LINEARITY * ideal,
        ),
        ("synth peak RSS (process tree)", f"{tree_mb:.0f} MB", f"<= {BUDGET_RSS_MB:.0f} MB", tree_mb <= BUDGET_RSS_MB),
    ]

    print("## Synth benchmark\n")
    print(table(["machine", ""], [list(item) for item in info]))
    print("\nWhole processes, start-up included; seconds of wall time; peak RSS in MB (tree: Python + 2 Node).\n")
    header = ["case", "runs", "median s", "min s", "max s", "peak RSS tree", "largest process"]
    print(table(header, [row("synth: main.py", synth), row("baseline: bare cdk8s", base)]))
    same = sum(base_objects.get(path) == obj for path, obj in synth_objects.items())
    print(f"\nsynth / baseline: {ratio:.2f}. The baseline renders {len(base_objects)} objects, ", end="")
    print(f"{same} of them equal to the synth's (which renders {len(synth_objects)}).")
    print(f"\nScaling: N copies of the Ollama app unit ({per_unit} objects each), median of {args.unit_runs} runs.\n")
    units = [
        [
            str(n),
            f"{t[n]:.3f}",
            f"{(t[n] - t[first]) / (n - first) * 1000:.1f}" if n > first else "-",
            f"{peak_mb(r):.0f}",
        ]
        for n, r in scaling.items()
    ]
    print(table(["units", "median s", f"marginal ms/unit (from {first})", "peak RSS tree"], units))
    print(
        f"\nstart-up t0 = {startup:.3f} s; linearity (t({last}) - t0) / (t({middle}) - t0) = {linearity:.2f}; ", end=""
    )
    print(f"marginal cost per unit, {first} to {last} units: {marginal * 1000:.1f} ms (no budget: README, Speed)\n")
    results = [[name, value, limit, "PASS" if ok else "FAIL"] for name, value, limit, ok in budgets]
    print(table(["budget", "measured", "limit", "result"], results))
    return 0 if all(ok for *_, ok in budgets) else 1


if __name__ == "__main__":
    sys.exit(main())
