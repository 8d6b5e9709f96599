"""Kind `open-webui`: Open WebUI, the chat front end for Ollama, as a hardened Workload whose Ollama URLs
come from `talksTo`.

Its image is built as root (`ARG UID=0`, "non-root configurations are untested") and writes beside its
code at start; this kind runs it as uid 1000 on a read-only root filesystem (README, Open WebUI). Every
variable below is named in Open WebUI's "Environment Variable Configuration" (docs.openwebui.com) or its
Dockerfile; Open WebUI ignores a wrong name silently, so the names live here once and the settings refuse
them in `env`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Literal

from constructs import Construct

from lib import rules
from lib.constructs.verify import Verification
from lib.constructs.workload import PodAdditions, Workload
from lib.labels import AppLabels
from lib.rules import InvalidValue
from lib.values.schema import App, SecurityContext, Settings, Values, Verify, plain_http_deployment, setting

DATA = "/app/backend/data"
"""Open WebUI's DATA_DIR: webui.db (SQLite), uploads, its vector store and model caches. The volume."""
STATIC = "/app/backend/open_webui/static"
"""STATIC_DIR: emptied and filled again from /app/build/static at every start, so an emptyDir."""
HOME = "/tmp"
"""The image's HOME is /root, which uid 1000 cannot write; libraries write caches under $HOME."""
SECRET_KEY = "WEBUI_SECRET_KEY"
"""Signs sessions and derives the key of stored MFA secrets: from a declared secret, or start.sh writes
`.webui_secret_key` into the read-only /app/backend and the start fails."""
REDIS_URL = "REDIS_URL"
OLLAMA_KIND = "ollama"
KIND_ENV = {
    "OLLAMA_BASE_URLS": "talksTo",
    "OLLAMA_BASE_URL": "talksTo",
    "OLLAMA_API_BASE_URL": "talksTo",  # the name before OLLAMA_BASE_URL: set neither by hand
    "ENABLE_OLLAMA_API": "talksTo",
    "WEBUI_URL": "host",
    "CORS_ALLOW_ORIGIN": "host",
    "WEBUI_AUTH": "",
    "ENABLE_SIGNUP": "signup",
    "DEFAULT_USER_ROLE": "defaultUserRole",
    "ENABLE_PERSISTENT_CONFIG": "persistentConfig",
    "ENABLE_VERSION_UPDATE_CHECK": "telemetry",
    "SCARF_NO_ANALYTICS": "telemetry",
    "DO_NOT_TRACK": "telemetry",
    "ANONYMIZED_TELEMETRY": "telemetry",
    "ENABLE_PIP_INSTALL_FRONTMATTER_REQUIREMENTS": "",
    "HOME": "",
    "DATA_DIR": "storage.mountPath",
    "STATIC_DIR": "",
    "WEBSOCKET_MANAGER": "redis",
    REDIS_URL: "redis",
    "WEBSOCKET_REDIS_URL": "redis",
}
"""Variables the kind sets -> the key they come from ("" for a fixed value): `env` and `secrets` may not
set them."""
_NAME = re.compile(r"(?<![a-z0-9.-])[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?=\.?(?:$|[^a-z0-9.-]))")
"""A host name in a longer text, without a trailing dot."""


@dataclass(frozen=True, kw_only=True)
class Redis(Settings):
    """The Redis Open WebUI shares its websockets and state through: its redis:// URL (password included)
    from a key of a secret the app declares."""

    secret: str = setting(rules.object_name)
    key: str = setting(rules.secret_key, default="url")


def named_hosts(value: str) -> set[str]:
    """The host names an environment value names, wherever they stand in it (a URL, a list, JSON): every
    dotted name, and a bare one after `://` or before `:<port>` (`http://ollama:11434`)."""
    text = value.lower()
    hosts = set()
    for found in _NAME.finditer(text):
        name = found[0]
        if "." in name or text[: found.start()].endswith("://") or re.match(r":[0-9]", text[found.end() :]):
            hosts.add(name)
    return hosts


def service_hosts(name: str, app: App, *, same_namespace: bool) -> set[str]:
    """The names by which a pod reaches app `name`: its Service, short and long, its bare name from its own
    namespace, and its public host."""
    service = f"{name}.{app.namespace}"
    names = {service, f"{service}.svc", f"{service}.svc.cluster.local"}
    if same_namespace:
        names.add(name)
    if app.host is not None:
        names.add(app.host)
    return names


@dataclass(frozen=True, kw_only=True)
class OpenWebUISettings(App):
    """Open WebUI: the common app settings with its defaults, sign-up, telemetry, Redis and persistence."""

    kind: str = "open-webui"
    kind_env: ClassVar[Mapping[str, str]] = KIND_ENV
    port: int | None = setting(rules.port_number, default=8080)
    probe_path: str | None = setting(rules.http_path, default="/health")
    readiness_path: str | None = setting(rules.http_path, default="/ready")
    # The image is built as uid 0: Kubernetes can only enforce runAsNonRoot with a number given here.
    security_context: SecurityContext = setting(
        factory=lambda: SecurityContext(run_as_user=1000, run_as_group=1000, fs_group=1000)
    )
    signup: bool = False
    """ENABLE_SIGNUP: anyone who reaches the host may create an account. The first account (the admin) can
    always be made."""
    default_user_role: Literal["pending", "user"] = "pending"
    """DEFAULT_USER_ROLE of a new account: pending until an admin approves it, or user at once."""
    persistent_config: bool = True
    """ENABLE_PERSISTENT_CONFIG: Open WebUI's ConfigVars (sign-up, role, Ollama URLs, WEBUI_URL) seed
    webui.db at the first start and the admin panel holds them after; false makes the values win at every
    start."""
    telemetry: bool = False
    redis: Redis | None = None
    """Redis for the websockets and state of more than one pod. Default: none (one pod)."""
    verify: Verify = setting(factory=Verify)

    def validate(self) -> None:
        several = self.several_pods
        if several:
            key, pods = several
            if self.redis is None:
                raise InvalidValue(
                    f"{pods} need Redis to share their websockets (open-webui/open-webui#5075): set "
                    "redis: {secret: <a secret of secrets>, key: <its key holding the redis:// URL>}",
                    key,
                )
            raise InvalidValue(
                f"{pods} would also share one ReadWriteOnce volume and its SQLite database, which "
                "one node attaches: Open WebUI runs as one pod here (README, Open WebUI)"
                if self.storage is None or not self.storage.shared
                else f"{pods} would also share one SQLite database, for which Open WebUI's scaling guide "
                "wants PostgreSQL instead: Open WebUI runs as one pod here (README, Open WebUI)",
                key,
            )
        plain_http_deployment(self)
        super().validate()
        if self.host is None:
            raise InvalidValue("is required: Open WebUI is served to browsers at https://<host> (WEBUI_URL)", ".host")
        if self.storage is None:
            raise InvalidValue(f"is required: Open WebUI keeps its database and uploads there, at {DATA}", ".storage")
        if self.storage.mount_path != DATA:
            raise InvalidValue(
                f"must be {DATA}, Open WebUI's DATA_DIR, got {self.storage.mount_path!r}", ".storage.mountPath"
            )
        for secret, declared in self.secrets.items():
            for variable in declared.env:
                if variable in KIND_ENV:
                    raise InvalidValue(f"is set by the {self.kind} kind: use apps.<app>.{KIND_ENV[variable]}",
                                       f".secrets.{secret}.env.{variable}")  # fmt: skip
        if SECRET_KEY not in self.secret_env:
            raise InvalidValue(
                f"none feeds {SECRET_KEY}: declare the secret it comes from (README, Open WebUI)", ".secrets"
            )
        if self.redis is not None:
            if self.redis.secret not in self.secrets:
                names = ", ".join(self.secrets) or "none"
                raise InvalidValue(f"{self.redis.secret!r} is not a secret of this app (declared: {names})",
                                   ".redis.secret")  # fmt: skip
            keys = self.secrets[self.redis.secret].keys
            if self.redis.key not in keys:
                raise InvalidValue(f"{self.redis.key!r} is not a key of secret {self.redis.secret} ({', '.join(keys)})",
                                   ".redis.key")  # fmt: skip

    def check_in(self, name: str, catalog: Values) -> None:
        """An Ollama of the catalog named in `env` must be in `talksTo`: its NetworkPolicy lets in only the
        apps that list it, so a URL written by hand would render and then fail in the cluster."""
        for variable, value in self.env.items():
            hosts = named_hosts(value)
            for target, app in catalog.apps.items():
                if app.kind != OLLAMA_KIND or target == name or target in self.talks_to:
                    continue
                named = sorted(hosts & service_hosts(target, app, same_namespace=app.namespace == self.namespace))
                if named:
                    raise InvalidValue(
                        f"names {named[0]}, apps.{target}, which talksTo does not list: add {target} to talksTo "
                        "(its NetworkPolicy lets in only the apps that list it; OLLAMA_BASE_URLS then names it)",
                        f".apps.{name}.env.{variable}",
                    )


def ollama_urls(talks_to: Mapping[str, App]) -> list[str]:
    """The URLs of the Ollama apps among those an app talks to, in its talksTo order."""
    return [app.service_url(name) for name, app in talks_to.items() if app.kind == OLLAMA_KIND]


def release(tag: str) -> str | None:
    """The Open WebUI version an image tag names (`v0.12.4`, `0.12.4-cuda`: 0.12.4), for the check."""
    found = re.match(r"v?([0-9]+\.[0-9]+\.[0-9]+)(?![0-9.])", tag)
    return found[1] if found else None


class OpenWebUIApp(Construct):
    """Renders Open WebUI: a Workload (a Deployment, uid 1000, read-only root with an emptyDir for its
    static files, its data volume at /app/backend/data) with its Ollama URLs from `talksTo`, its secret key
    from a declared secret, sign-up closed and telemetry off unless the values say otherwise, and Redis for
    its websockets when given.
    """

    Settings: type[App] = OpenWebUISettings
    software: str | None = "open-webui"

    def __init__(
        self, scope: Construct, id: str, *, name: str, app: OpenWebUISettings, labels: AppLabels,
        talks_to: Mapping[str, App] | None = None,
    ) -> None:  # fmt: skip
        """
        :param name: the name of every object.
        :param app: the app's settings (checked when they were made).
        :param labels: identity of the instance; objects add their component.
        :param talks_to: the settings of the apps it talks to, by name: its Ollama URLs. Default: none, and
            the Ollama API off.
        """
        super().__init__(scope, id)
        urls = ollama_urls(talks_to or {})
        url = f"https://{app.host}"
        off = not app.telemetry
        env = {
            "HOME": HOME,
            "ENABLE_OLLAMA_API": str(bool(urls)).lower(),
            **({"OLLAMA_BASE_URLS": ";".join(urls), "OLLAMA_BASE_URL": urls[0]} if urls else {}),
            "WEBUI_URL": url,
            "CORS_ALLOW_ORIGIN": url,  # the image's default is *, which Open WebUI warns against
            "WEBUI_AUTH": "true",
            "ENABLE_SIGNUP": str(app.signup).lower(),
            "DEFAULT_USER_ROLE": app.default_user_role,
            "ENABLE_PERSISTENT_CONFIG": str(app.persistent_config).lower(),
            "ENABLE_VERSION_UPDATE_CHECK": str(app.telemetry).lower(),
            "SCARF_NO_ANALYTICS": str(off).lower(),
            "DO_NOT_TRACK": str(off).lower(),
            "ANONYMIZED_TELEMETRY": str(app.telemetry).lower(),
            # pip cannot write the read-only site-packages: a tool's requirements belong in the image.
            "ENABLE_PIP_INSTALL_FRONTMATTER_REQUIREMENTS": "false",
        }
        secret_env = {}
        if app.redis is not None:
            env["WEBSOCKET_MANAGER"] = "redis"  # WEBSOCKET_REDIS_URL defaults to REDIS_URL
            secret_env[REDIS_URL] = (app.redis.secret, app.redis.key)
        assert set(env) <= set(KIND_ENV)
        server = Workload(
            self,
            "Server",
            name=name,
            app=app,
            labels=labels,
            additions=PodAdditions(env=env, secret_env=secret_env, writable_paths=(STATIC,)),
        )
        self.ports, self.selector = server.ports, server.selector
        # Story 6.2: ready (started, database and Redis answer), the release the values pin, auth on.
        service = f"http://{name}.{app.namespace}.svc:{app.port}"
        version = release(app.image.tag)
        self.check: Verification | None = (
            Verification(
                image=app.image.reference,  # Open WebUI's image has python, not node
                script="verify-open-webui.py",
                command=["python3", "-I"],
                env={
                    "VERIFY_NAME": name,
                    "VERIFY_URL": service,
                    **({"VERIFY_VERSION": version} if version else {}),
                    **({"VERIFY_PUBLIC_URL": url} if app.verify.via_ingress else {}),
                },
                run_as_user=1000,
                wait_seconds=app.verify.wait_seconds,
                run_seconds=120,  # three requests of at most 30 s each, and python's start
                public_host=app.host if app.verify.via_ingress else None,
            )
            if app.verify.enabled
            else None
        )
