"""The kinds of app the catalog knows: `kind:` in the values file -> the construct that renders it.

This is the one place a kind is registered. Its construct takes
`(scope, id, *, name, app, labels, talks_to)` (`talks_to`: the settings of the apps it talks to,
by name), names its settings class `Settings` (the
keys an app of that kind may have) and the `software` it runs (the
`app.kubernetes.io/name` label; None for the app's own name), and exposes the
`ports` it listens on (name -> port, on its Service named like the app) and the
`selector` labels of its pods, for routes and NetworkPolicies, and the `check`
that proves it works after a sync (None when it has none).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from constructs import Construct

from lib.constructs.n8n import N8nApp
from lib.constructs.ollama import OllamaApp
from lib.constructs.open_webui import OpenWebUIApp
from lib.constructs.verify import Verification
from lib.constructs.workload import Workload
from lib.labels import AppLabels
from lib.values.schema import App, Port


class AppConstruct(Protocol):
    Settings: type[App]
    software: str | None
    ports: dict[str, Port]
    selector: dict[str, str]
    check: Verification | None

    def __init__(
        self, scope: Construct, id: str, *, name: str, app: Any, labels: AppLabels,
        talks_to: Mapping[str, App] | None = None,
    ) -> None: ...  # fmt: skip


KINDS: dict[str, type[AppConstruct]] = {
    "web": Workload,
    "ollama": OllamaApp,
    "n8n": N8nApp,
    "open-webui": OpenWebUIApp,
}

SETTINGS: dict[str, type[App]] = {kind: construct.Settings for kind, construct in KINDS.items()}
"""What the values loader needs: each kind's settings class."""
