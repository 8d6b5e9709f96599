"""Deploy units: one Chart each, one folder in dist/, one Argo CD Application or Flux Kustomization.

The one registry of unit kinds, in the order they are built (a kind may use the units built before
it), and the loop that builds the catalog's units from the values:

- `namespace`: `namespace-<ns>`, the Namespace and what it owns (the Middlewares its apps share);
- `app`: `<app>`, what the app's kind renders, HTTPS, its NetworkPolicies and its verification
  (with Flux alone, `<app>-verify`);
- `chart`: `<chart>` and `<chart>-crds`, a Helm chart rendered at synth;
- `platform`: `platform-issuers`, `platform-metallb`, `platform-traefik`, the custom resources the apps
  stand on, each after the chart unit that brings its controller;
- `bootstrap`: `gitops-<engine>`, the bootstrap of every unit for each engine in use.

A unit kind is a module with `build(scope, context) -> list[Unit]` (README, Extending): a
`DeployUnit` is a cdk8s Chart, a `RenderedUnit` holds objects rendered otherwise (a Helm chart's).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from constructs import Construct

from lib.engines import in_use
from lib.units import app, bootstrap, chart, namespace, platform
from lib.units.app import AppUnit, VerifyUnit
from lib.units.base import Context, DeployUnit, RenderedUnit, Unit
from lib.units.chart import ChartCrdsUnit, ChartUnit
from lib.units.namespace import NamespaceUnit
from lib.units.platform import PlatformUnit
from lib.values.schema import Values
from lib.vendor import ROOT

__all__ = [
    "AppUnit", "ChartCrdsUnit", "ChartUnit", "DeployUnit", "NamespaceUnit", "PlatformUnit", "RenderedUnit", "Unit",
    "VerifyUnit",
    "deploy_units",
]  # fmt: skip

UnitKind = Callable[[Construct, Context], list[Unit]]

UNIT_KINDS: tuple[UnitKind, ...] = (namespace.build, app.build, chart.build, platform.build, bootstrap.build)


def deploy_units(root: Construct, catalog: Values, *, repository: Path = ROOT) -> list[Unit]:
    """The catalog as deploy units, each kind in turn. `repository`: the folder of the values file,
    whose charts/ holds the vendored charts. Default: this checkout."""
    context = Context(catalog=catalog, engines=in_use(catalog.gitops), repository=repository)
    for build in UNIT_KINDS:
        context.units += build(root, context)
    return context.units
