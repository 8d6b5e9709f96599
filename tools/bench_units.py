"""The scaling case of `make bench`: the project's synth with N copies of the Ollama deploy unit.

Copy i is `OllamaChart` `ollama-<i>` in namespace `ml-<i>` at host `ollama-<i>.example.com`, from
values-homelab.yaml otherwise; each renders the 9 objects of dist/ollama/. They go through the
real pipeline: GitOps annotations and bootstrap (one Argo CD Application per copy), every check,
and the atomic write into OUTDIR.

Usage: python tools/bench_units.py N OUTDIR
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # not tools/, whose imports.py would shadow the imports/ package

from cdk8s import App  # noqa: E402

from lib.app import Workload, render, write  # noqa: E402
from lib.charts import OllamaChart  # noqa: E402
from lib.config import load_values  # noqa: E402


def main() -> None:
    units, outdir = int(sys.argv[1]), Path(sys.argv[2])
    values = load_values(ROOT / "values-homelab.yaml")
    app = App()
    workloads = []
    for i in range(units):
        name, namespace = f"ollama-{i:03d}", f"ml-{i:03d}"
        chart = OllamaChart(
            app,
            name,
            namespace=namespace,
            ollama=dataclasses.replace(values.ollama, name=name),
            ingress=dataclasses.replace(values.ingress, host=f"{name}.example.com"),
            part_of=values.part_of,
        )
        workloads.append(Workload(chart, namespace))
    namespaces = {w.namespace for w in workloads} | {values.gitops.argocd_namespace}
    write(
        render(app, values, workloads),
        outdir,
        kubernetes_version=values.cluster.kubernetes_version,
        external=namespaces,
    )


if __name__ == "__main__":
    main()
