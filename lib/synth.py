"""Render the deploy units, check them, and write dist/.

    units (cdk8s Charts, charts rendered by Helm) -> objects per unit, annotated by each GitOps engine
    in use -> the safety gate -> dist/

Each cdk8s unit renders with one `Chart.to_json()` call; the checks read the same objects in memory,
and the files appear only once every check has passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lib.checks import RenderError, gate
from lib.engines import annotate, in_use
from lib.manifests import Units
from lib.network import Pod
from lib.output import write
from lib.units import Unit
from lib.values.schema import Values


def render(units: Sequence[Unit], values: Values) -> Units:
    """The objects of every unit; those the GitOps engines sync carry their annotations."""
    synced = annotate([u for u in units if u.synced], in_use(values.gitops))
    return {u.unit_name: synced[u.unit_name] if u.synced else u.manifests() for u in units}


def external_namespaces(values: Values) -> set[str]:
    """Namespaces objects may live in without being rendered: declared, or the GitOps engines' own."""
    return set(values.cluster.external_namespaces) | set(values.gitops.engines.values())


def traefik(values: Values) -> Pod | None:
    """The pod every route comes from, as the values name it (None without ingress settings)."""
    ingress = values.cluster.ingress
    return None if ingress is None else Pod("traefik", ingress.traefik.namespace, ingress.traefik.labels)


def log_store(values: Values) -> tuple[Pod, int] | None:
    """The log store's pod and port, as the values name them (None without `cluster.logs`)."""
    logs = values.cluster.logs
    return None if logs is None else (Pod(logs.service, logs.namespace, logs.labels), logs.port)


def check(rendered: Units, values: Values, units: Sequence[Unit] = ()) -> None:
    """The safety gate over a whole render: raises RenderError listing every problem. `units` give their
    relaxed checks, declared exceptions and the problems found while rendering them."""
    problems = gate(
        rendered,
        kubernetes_version=values.cluster.kubernetes_version,
        external_namespaces=external_namespaces(values),
        external_secrets=values.external_secrets,
        traefik=traefik(values),
        logs=log_store(values),
        pod_network=values.cluster.pod_network,
        relaxed={u.unit_name: u.relaxed for u in units if u.relaxed},
        waivers={u.unit_name: u.waivers for u in units if u.waivers},
        found=[p for u in units for p in u.problems()],
    )
    if problems:
        raise RenderError(problems)


def synth(units: Sequence[Unit], values: Values, outdir: Path) -> None:
    """Render, check and write the units to `outdir`, replacing it whole.

    On any error `outdir` stays byte-for-byte as it was: RenderError for a failed
    check, OutputError for a folder that cannot be written, the exception itself otherwise.
    """
    rendered = render(units, values)
    check(rendered, values, units)
    write(rendered, outdir)
