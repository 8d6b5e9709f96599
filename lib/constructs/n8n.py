"""Kind `n8n`: a Workload with the environment n8n needs behind Traefik, and its database choice.

Every variable below is checked against n8n's documentation (README, "n8n"); a wrong name is
silently ignored by n8n, so the names live here once and the settings refuse them in `env`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Literal

from constructs import Construct

from lib import rules
from lib.constructs.verify import Verification
from lib.constructs.workload import PodAdditions, Workload
from lib.labels import AppLabels
from lib.rules import InvalidValue
from lib.values.schema import App, SecurityContext, Settings, Verify, plain_http_deployment, setting

HOME = "/home/node"
DATA = f"{HOME}/.n8n"
"""n8n's folder (its N8N_USER_FOLDER is unset, so $HOME/.n8n): the settings file with the encryption
key, the SQLite database, event logs and binary data. The volume is mounted here."""
WRITABLE = (f"{HOME}/.cache", f"{HOME}/.npm")
"""n8n will not start without ~/.cache; npm writes ~/.npm when community nodes are installed."""
ENCRYPTION_KEY = "N8N_ENCRYPTION_KEY"
DB_PASSWORD = "DB_POSTGRESDB_PASSWORD"
KIND_ENV = {
    "N8N_HOST": "host",
    "N8N_PORT": "port",
    "N8N_PROTOCOL": "",
    "N8N_EDITOR_BASE_URL": "host",
    "N8N_WEBHOOK_URL": "host",
    "WEBHOOK_URL": "host",  # the name before 2.35: set neither by hand
    "N8N_PROXY_HOPS": "",
    "GENERIC_TIMEZONE": "timezone",
    "TZ": "timezone",
    "N8N_DIAGNOSTICS_ENABLED": "telemetry",
    "N8N_VERSION_NOTIFICATIONS_ENABLED": "telemetry",
    "N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS": "",
    "N8N_USER_FOLDER": "storage.mountPath",
    "DB_TYPE": "database.type",
    "DB_POSTGRESDB_HOST": "database.host",
    "DB_POSTGRESDB_PORT": "database.port",
    "DB_POSTGRESDB_DATABASE": "database.database",
    "DB_POSTGRESDB_USER": "database.user",
}
"""Variables the kind sets -> the key they come from ("" for a fixed value): `env` may not set them."""


@dataclass(frozen=True, kw_only=True)
class Database(Settings):
    """SQLite on the volume (the default), or the cluster's PostgreSQL; its password comes from a
    declared secret feeding DB_POSTGRESDB_PASSWORD."""

    type: Literal["sqlite", "postgresdb"] = "sqlite"
    host: str | None = setting(rules.object_name, default=None)
    port: int = setting(rules.port_number, default=5432)
    database: str = setting(rules.object_name, default="n8n")
    user: str = setting(rules.object_name, default="n8n")

    def validate(self) -> None:
        if self.type == "postgresdb" and self.host is None:
            raise InvalidValue("is required with type postgresdb (the PostgreSQL Service, e.g. postgres.data)", ".host")


@dataclass(frozen=True, kw_only=True)
class N8nSettings(App):
    """n8n: the common app settings with n8n's defaults, its time zone, telemetry and database."""

    kind: str = "n8n"
    kind_env: ClassVar[Mapping[str, str]] = KIND_ENV
    port: int | None = setting(rules.port_number, default=5678)
    probe_path: str | None = setting(rules.http_path, default="/healthz")
    readiness_path: str | None = setting(rules.http_path, default="/healthz/readiness")
    # The image's user is `node` by name: Kubernetes can only check runAsNonRoot against a number.
    security_context: SecurityContext = setting(
        factory=lambda: SecurityContext(run_as_user=1000, run_as_group=1000, fs_group=1000)
    )
    timezone: str = setting(rules.timezone, default="UTC")
    telemetry: bool = False
    database: Database = setting(factory=Database)
    verify: Verify = setting(factory=Verify)

    def pod_volumes(self) -> dict[str, str]:
        return {**super().pod_volumes(), **{rules.emptydir_name(path): path for path in WRITABLE}}

    def validate(self) -> None:
        plain_http_deployment(self)
        super().validate()
        if self.host is None:
            raise InvalidValue("is required: n8n builds its editor and webhook URLs from it", ".host")
        if self.storage is None:
            raise InvalidValue(f"is required: n8n keeps its settings and encryption key there, at {DATA}", ".storage")
        if self.storage.mount_path != DATA:
            raise InvalidValue(
                f"must be {DATA}, where n8n keeps its data, got {self.storage.mount_path!r}", ".storage.mountPath"
            )
        needed = [ENCRYPTION_KEY] + ([DB_PASSWORD] if self.database.type == "postgresdb" else [])
        for variable in needed:
            if variable not in self.secret_env:
                raise InvalidValue(f"none feeds {variable}: declare the secret it comes from (README, n8n)", ".secrets")


class N8nApp(Construct):
    """Renders n8n: a Workload (a Deployment; uid 1000, read-only root with emptyDirs for ~/.cache and ~/.npm, its data
    volume at ~/.n8n) with the environment n8n needs behind a TLS-terminating Traefik: the public host,
    protocol and port, editor and webhook URLs, one proxy hop, the time zone, telemetry, the database.
    """

    Settings: type[App] = N8nSettings
    software: str | None = "n8n"

    def __init__(
        self, scope: Construct, id: str, *, name: str, app: N8nSettings, labels: AppLabels,
        talks_to: Mapping[str, App] | None = None,
    ) -> None:  # fmt: skip
        """
        :param name: the name of every object.
        :param app: the app's settings (checked when they were made).
        :param labels: identity of the instance; objects add their component.
        """
        super().__init__(scope, id)
        url = f"https://{app.host}/"
        telemetry = "true" if app.telemetry else "false"
        env = {
            "N8N_HOST": str(app.host),
            "N8N_PORT": str(app.port),
            "N8N_PROTOCOL": "https",  # Traefik terminates TLS; n8n itself serves plain HTTP
            "N8N_EDITOR_BASE_URL": url,
            "N8N_WEBHOOK_URL": url,
            "N8N_PROXY_HOPS": "1",  # Traefik: trust its X-Forwarded-* headers, and no one else's
            "GENERIC_TIMEZONE": app.timezone,  # schedule and cron nodes
            "TZ": app.timezone,  # the process's own clock
            "N8N_DIAGNOSTICS_ENABLED": telemetry,
            "N8N_VERSION_NOTIFICATIONS_ENABLED": telemetry,
            "N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS": "true",
            "DB_TYPE": app.database.type,
        }
        if app.database.type == "postgresdb":
            env |= {
                "DB_POSTGRESDB_HOST": str(app.database.host),
                "DB_POSTGRESDB_PORT": str(app.database.port),
                "DB_POSTGRESDB_DATABASE": app.database.database,
                "DB_POSTGRESDB_USER": app.database.user,
            }
        assert set(env) <= set(KIND_ENV)
        server = Workload(
            self,
            "Server",
            name=name,
            app=app,
            labels=labels,
            additions=PodAdditions(env=env, writable_paths=WRITABLE),
        )
        self.ports, self.selector = server.ports, server.selector
        # Story 6.2: n8n works when its readiness answers 200 (database connected and migrated).
        path = app.readiness_path or app.probe_path
        public = app.host if app.verify.via_ingress else None
        self.check: Verification | None = (
            Verification(
                image=app.image.reference,  # n8n's image has node, and node verifies certificates
                script="verify-http.js",
                command=["node"],
                env={
                    "VERIFY_NAME": name,
                    "VERIFY_URL": f"http://{name}.{app.namespace}.svc:{app.port}{path}",
                    **({"VERIFY_PUBLIC_URL": f"https://{public}{path}"} if public else {}),
                },
                run_as_user=1000,
                wait_seconds=app.verify.wait_seconds,
                run_seconds=90,  # two requests of at most 30 s each, and node's start
                public_host=public,
                memory="256Mi",
            )
            if app.verify.enabled
            else None
        )
