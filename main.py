"""Synthesize the cluster's desired state into plain YAML.

    python main.py [--values values-homelab.yaml] [--outdir DIR]

values file -> typed settings -> deploy units (cdk8s Charts) -> the safety gate -> <outdir>/<unit>/.
The output folder is --outdir, else CDK8S_OUTDIR (`cdk8s synth` passes its own), else the values
file's `gitops.path` (the folder the GitOps engine syncs: dist for the homelab).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

import lib  # noqa: F401 - first: it points jsii at the pinned Node before cdk8s starts the kernel

# isort: split
from cdk8s import App

from lib.checks import RenderError
from lib.kinds import SETTINGS
from lib.output import OutputError
from lib.synth import synth
from lib.units import AppUnit, DeployUnit, GitOpsUnit, NamespaceUnit, VerifyUnit, verified_by_hook
from lib.values.loader import ValuesError, load_values
from lib.values.schema import Values


def deploy_units(app: App, values: Values) -> list[DeployUnit]:
    """The catalog as deploy units: one per namespace, one per app (and with Flux alone one per app's
    verification), then each GitOps engine's bootstrap."""
    engines = values.gitops.engines
    namespaces = {
        name: NamespaceUnit(app, name, settings=settings, part_of=values.part_of)
        for name, settings in values.namespaces.items()
    }
    waits_for = values.waits_for
    apps = {
        name: AppUnit(
            app,
            name,
            app=settings,
            namespace=namespaces.get(settings.namespace),  # None for an external namespace
            cluster=values.cluster,
            engines=engines,
            part_of=values.part_of,
            waits_for=waits_for[name],
        )
        for name, settings in values.apps.items()
    }
    for unit in apps.values():
        unit.connect(apps, values.cluster)
    checks = [] if verified_by_hook(engines) else [VerifyUnit(app, a, check=a.check) for a in apps.values() if a.check]
    synced: list[DeployUnit] = [*namespaces.values(), *apps.values(), *checks]
    bootstrap = [
        GitOpsUnit(app, engine, gitops=values.gitops, units=synced, part_of=values.part_of) for engine in engines
    ]
    return [*synced, *bootstrap]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the cluster's desired state into plain Kubernetes YAML.")
    parser.add_argument("--values", default="values-homelab.yaml", help="values file (default: %(default)s)")
    parser.add_argument(
        "--outdir",
        default=os.environ.get("CDK8S_OUTDIR"),
        help="output folder, replaced whole (default: the values file's gitops.path)",
    )
    args = parser.parse_args(argv)
    try:
        values = load_values(args.values, kinds=SETTINGS)
    except ValuesError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for source, target in values.unordered:
        print(
            f"note: {args.values}: apps.{source}.talksTo: {target} already waits for {source}; "
            f"{source}'s unit does not wait for {target}'s (a cycle cannot be ordered)",
            file=sys.stderr,
        )
    outdir = args.outdir or values.gitops.path
    # Everything allocated so far lives until exit: keep the collector off it, now and at shutdown.
    gc.freeze()
    try:
        synth(deploy_units(App(), values), values, Path(outdir))
    except RenderError as err:
        print(f"error: {args.values}: the render is invalid; {outdir}/ is unchanged:", file=sys.stderr)
        for problem in err.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except OutputError as err:
        print(f"error: --outdir: {err}", file=sys.stderr)
        return 2
    gc.freeze()
    return 0


if __name__ == "__main__":
    sys.exit(main())
