"""Value rules: each rule a value must follow, written once.

The values loader runs them on every key of the values file (`lib/values`),
the settings run them when a construct is given settings built in Python, and
the safety gate uses the same ones on rendered objects. A rule raises
`InvalidValue(message)`, or `InvalidValue(message, subpath)` when the problem
is inside the value (an item of a list, a key of a mapping); the caller adds
where the value came from.
"""

from __future__ import annotations

import decimal
import functools
import importlib.util
import ipaddress
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class InvalidValue(ValueError):
    """A value a rule refuses: `args` are (message,) or (message, subpath)."""

    @property
    def message(self) -> str:
        return str(self.args[0])

    @property
    def subpath(self) -> str:
        """Where in the value, as a key path suffix such as `.port` or `[2]`; "" for the value itself."""
        return str(self.args[1]) if len(self.args) > 1 else ""

    def __str__(self) -> str:
        where = self.subpath.lstrip(".")
        return f"{where}: {self.message}" if where else self.message


Rule = Callable[[Any], None]

_QUANTITY = re.compile(r"(?P<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?P<suffix>[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?")
_SUFFIX_FACTORS = {
    "": Decimal(1),
    "n": Decimal("1e-9"),
    "u": Decimal("1e-6"),
    "m": Decimal("1e-3"),
    "k": Decimal("1e3"),
    "M": Decimal("1e6"),
    "G": Decimal("1e9"),
    "T": Decimal("1e12"),
    "P": Decimal("1e15"),
    "E": Decimal("1e18"),
    **{f"{s}i": Decimal(1024) ** (i + 1) for i, s in enumerate("KMGTPE")},
}
_DNS_LABEL = re.compile(r"[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")
_DNS_1035_LABEL = re.compile(r"[a-z]([-a-z0-9]{0,61}[a-z0-9])?")
_IMAGE_REPOSITORY = re.compile(
    r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?"
    r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
)
_IMAGE_TAG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}")
_DIGEST = re.compile(r"sha256:[a-f0-9]{64}")
# Explicit classes, never IGNORECASE over [a-z]: with it Python matches the Kelvin sign U+212A as k
# and the long s U+017F as s, names no registry, shell or Kubernetes field takes as such.
_MODEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)*(?::[A-Za-z0-9][A-Za-z0-9._-]*)?")
_K8S_VERSION = re.compile(r"1\.[0-9]{2}")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ENTRY_POINT = re.compile(r"[A-Za-z0-9_-]{1,63}")
_HTTP_PATH = re.compile(r"/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*")
_COMMIT = re.compile(r"[0-9a-f]{40}")
_LABEL_NAME = re.compile(r"[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?")
_KEEP_ALIVE = re.compile(r"-1|[0-9]+|(?:[0-9]+(?:\.[0-9]+)?(?:ns|us|ms|s|m|h))+")
_TIMEZONE = re.compile(r"[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*")
_SECRET_KEY = re.compile(r"[-._a-zA-Z0-9]{1,253}")
_BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")
# kubeseal's output is 2 length bytes || the RSA-OAEP-wrapped session key || AES-GCM(value) with its 16-byte
# tag: with an RSA-2048 key at least 274 bytes, 368 base64 characters (the controller's default RSA-4096: 708).
# A plaintext password or key is far shorter.
_MIN_SEALED_LENGTH = 368
_GIT_PATH = re.compile(r"[A-Za-z0-9._/-]+")


QUANTITY_MAX = Decimal(2**63 - 1)
"""The largest quantity Kubernetes holds: "no quantity may represent a number greater than 2^63-1"
(apimachinery's resource.Quantity); a larger one is silently capped."""


def parse_quantity(value: str) -> Decimal:
    """The number a Kubernetes quantity such as `500m` or `50Gi` stands for."""
    match = _QUANTITY.fullmatch(value)
    if not match:
        raise InvalidValue(f"expected a Kubernetes quantity such as 500m, 2, 50Gi, got {shown(value)}")
    suffix = match["suffix"] or ""
    try:  # an exponent such as e9999999 overflows the decimal context: no quantity is that large
        factor = Decimal(10) ** Decimal(suffix[1:]) if suffix[:1] in ("e", "E") else _SUFFIX_FACTORS[suffix]
        number = Decimal(match["num"]) * factor
    except decimal.DecimalException:
        number = QUANTITY_MAX + 1
    if number > QUANTITY_MAX:
        raise InvalidValue(f"{shown(value)} is more than Kubernetes can hold in a quantity (2^63-1)")
    return number


def quantity(value: str) -> None:
    if parse_quantity(value) <= 0:
        raise InvalidValue(f"expected a quantity greater than zero, got {shown(value)}")


def quantity_between(low: str, high: str, what: str) -> Rule:
    """A quantity greater than zero, from `low` to `high` (a `1n` volume or a `2E` CPU limit is a typo)."""
    smallest, largest = parse_quantity(low), parse_quantity(high)

    def check(value: str) -> None:
        quantity(value)
        if not smallest <= parse_quantity(value) <= largest:
            raise InvalidValue(f"expected {what} from {low} to {high}, got {shown(value)}")

    return check


cpu_quantity = quantity_between("1m", "1024", "a CPU quantity")
"""CPUs: 1m is the finest Kubernetes takes; 1024 cores is beyond any machine of a home cluster."""
memory_quantity = quantity_between("1Mi", "1Ti", "a memory quantity")
"""Bytes of memory: a limit below 1Mi is a typo (`16m` is 16 thousandths of a byte); 1Ti is beyond any node here."""
storage_size = quantity_between("1Mi", "1Pi", "a volume size")
"""Bytes of a volume: below 1Mi is a typo (`1n`, `5m`), above 1Pi is no NFS share of a home."""


def dns_label(value: str) -> None:
    """A DNS-1123 label: a namespace name."""
    if not _DNS_LABEL.fullmatch(value):
        raise InvalidValue(f"expected a DNS label (lowercase letters, digits and '-', at most 63), got {shown(value)}")


APP_NAME_MAX = 52
"""The longest app name whose every derived name fits: a CronJob's name has at most 52 characters (its Jobs
add 11, and a Job's name is a label value of its pods, 63); a StatefulSet's pods carry the label
`controller-revision-hash: <app>-<10-character hash>` (63, kubernetes/kubernetes#64023); `<app>-verify`
is the instance label of the check's pod and, with Flux, a Kustomization whose name Flux puts on every
object it applies as a label value (63). The other names (`<app>-files`, `<app>-tls`,
`<app>-ingress-redirect`, `<app>-pull-models`, `<app>-from-<app>`, ...) are object names (253)."""


def app_name(value: str) -> None:
    """A DNS-1035 label, as a Service name must be, of at most 52: the name of an app and of its objects."""
    if not _DNS_1035_LABEL.fullmatch(value):
        raise InvalidValue(
            f"expected an app name (a letter, then lowercase letters, digits and '-', at most {APP_NAME_MAX}), "
            f"got {shown(value)}"
        )
    if len(value) > APP_NAME_MAX:
        raise InvalidValue(
            f"has {len(value)} characters; an app name has at most {APP_NAME_MAX}, so that the "
            "names made from it fit: <app>-verify and a StatefulSet's <app>-<hash> are label values (at most 63), "
            "and a CronJob's name has at most 52"
        )


SYSTEM_NAMESPACES = frozenset({"kube-system", "kube-public", "kube-node-lease", "default"})
"""The namespaces Kubernetes starts with: its own components (CoreDNS, and on K3s Traefik) run there."""
NAMESPACE_UNIT_MAX = 53
"""A namespace under `namespaces` is the deploy unit `namespace-<ns>`, whose name Flux puts on every
object it applies as a label value (at most 63)."""


def unit_namespace(value: str) -> None:
    """A namespace the catalog renders (Namespace, default-deny policy, Pod Security labels): a DNS label
    of at most 53, and never one of the cluster's own."""
    dns_label(value)
    if value in SYSTEM_NAMESPACES:
        raise InvalidValue(
            "is a namespace of the cluster itself: its unit would deny all ingress to the pods there "
            "(CoreDNS, Traefik) and set their Pod Security level; an app that must run there lists it in "
            "cluster.externalNamespaces instead"
        )
    if len(value) > NAMESPACE_UNIT_MAX:
        raise InvalidValue(
            f"has {len(value)} characters; a namespace of the catalog has at most "
            f"{NAMESPACE_UNIT_MAX}: its unit namespace-<ns> is a label value (at most 63)"
        )


def object_name(value: str) -> None:
    if len(value) > 253 or not all(_DNS_LABEL.fullmatch(label) for label in value.split(".")):
        raise InvalidValue(
            f"expected a Kubernetes object name (lowercase letters, digits, '-' and '.'), got {shown(value)}"
        )


def entry_point(value: str) -> None:
    if not _ENTRY_POINT.fullmatch(value):
        raise InvalidValue(f"expected a Traefik entry point name such as websecure, got {shown(value)}")


def dns_name(value: str) -> None:
    """A host name a certificate can name: lowercase labels, and a last label that is not a number (so
    never an IP address: a Certificate's dnsNames hold DNS names)."""
    labels = value.split(".")
    if len(value) > 253 or len(labels) < 2 or not all(_DNS_LABEL.fullmatch(label) for label in labels):
        raise InvalidValue(f"expected a lowercase DNS name such as ollama.example.com, got {shown(value)}")
    if labels[-1].isdigit():
        raise InvalidValue(
            f"expected a DNS name such as ollama.example.com, not an IP address (a certificate for the host names "
            f"a DNS name), got {shown(value)}"
        )


def image_repository(value: str) -> None:
    if not _IMAGE_REPOSITORY.fullmatch(value):
        raise InvalidValue(f"expected an image repository such as docker.io/ollama/ollama, got {shown(value)}")


MOVING_TAGS = frozenset({"latest", "main", "master", "stable", "edge", "nightly", "dev", "develop", "rolling"})
"""Tags that name a branch or a channel, not a release: the image behind them changes without a word."""


def image_tag(value: str) -> None:
    """A tag that names one release; a moving tag (`latest`, `main`, ...) only with a digest (`pinned_image`)."""
    if not _IMAGE_TAG.fullmatch(value):
        raise InvalidValue(f"expected an image tag such as 0.17.7, got {shown(value)}")


def moving_tag(value: str) -> bool:
    """Whether a tag moves with a branch or channel (any case): `latest`, `main`, `nightly`, ..."""
    return value.lower() in MOVING_TAGS


def image_digest(value: str) -> None:
    if value and not _DIGEST.fullmatch(value):
        raise InvalidValue(f"expected '' or a digest sha256:<64 hex digits>, got {shown(value)}")


def pinned_image(reference: str) -> None:
    """A whole image reference, `repository:tag[@digest]`, as a container runs it: a digest pins it
    whatever the tag; without one, its tag must name a release (not `latest`, `main`, ...)."""
    name, _, digest = reference.partition("@")
    if digest:
        if not _DIGEST.fullmatch(digest):
            raise InvalidValue(f"image {shown(reference)} has a malformed digest (sha256:<64 hex digits>)")
        return
    tag = name.rsplit("/", 1)[-1].partition(":")[2]
    if not _IMAGE_TAG.fullmatch(tag) or moving_tag(tag):
        raise InvalidValue(
            f"image {shown(reference)} must be pinned: a release tag, or a digest (a tag such as latest or main moves)"
        )


def model_name(value: str) -> None:
    if len(value) > 200 or not _MODEL.fullmatch(value):
        raise InvalidValue(f"expected an Ollama model name such as llama3.2:1b, got {shown(value)}")


def port_number(value: int) -> None:
    if not 1 <= value <= 65535:
        raise InvalidValue(f"expected a port from 1 to 65535, got {shown(value)}")


def positive(value: int) -> None:
    if value < 1:
        raise InvalidValue(f"expected a whole number of at least 1, got {shown(value)}")


def between(low: int, high: int, why: str = "") -> Rule:
    """A whole number from `low` to `high`; `why` says where the upper bound comes from."""

    def check(value: int) -> None:
        if value < low:
            raise InvalidValue(f"expected a whole number of at least {low}, got {shown(value)}")
        if value > high:
            raise InvalidValue(f"expected a whole number of at most {high}{why}, got {shown(value)}")

    return check


ID_MAX = 2**31 - 1
user_id = between(1, ID_MAX, " (the largest uid or gid Kubernetes accepts; 0 is root)")
"""A uid or gid: Kubernetes validates runAsUser, runAsGroup and fsGroup as 0 to 2^31-1
(apimachinery's IsValidUserID and IsValidGroupID); 0 is root, which the pods never are."""


def http_path(value: str) -> None:
    if not _HTTP_PATH.fullmatch(value):
        raise InvalidValue(f"expected an HTTP path starting with '/', such as /healthz, got {shown(value)}")


def absolute_path(value: str) -> None:
    parts = value.split("/")
    if not value.startswith("/") or value == "/" or ".." in parts or not _GIT_PATH.fullmatch(value):
        raise InvalidValue(f"expected an absolute folder path in the container such as /data, got {shown(value)}")


def label_key(value: str) -> None:
    """A label (or taint) key: an optional DNS-subdomain prefix and `/`, then a name of at most 63."""
    prefix, _, name = value.rpartition("/")
    try:
        if prefix:
            object_name(prefix)
    except InvalidValue:
        name = ""
    if not _LABEL_NAME.fullmatch(name):
        raise InvalidValue(f"expected a label key such as nvidia.com/gpu.present, got {shown(value)}")


def label_value(value: str) -> None:
    if value and not _LABEL_NAME.fullmatch(value):
        raise InvalidValue(f"expected a label value (letters, digits, '-', '_', '.', at most 63), got {shown(value)}")


KEEP_ALIVE_MAX_SECONDS = 365 * 24 * 3600
_DURATION_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)(ns|us|ms|s|m|h)")
_DURATION_SECONDS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600}


def keep_alive(value: str) -> None:
    """How long Ollama keeps a model loaded: a duration such as 5m or 24h, seconds, or -1 (forever), of
    at most a year: past Go's time.Duration (292 years) Ollama silently falls back to 5 minutes."""
    if not _KEEP_ALIVE.fullmatch(value) or len(value) > 40:
        raise InvalidValue(f"expected a duration such as 5m, 24h or 0, or -1 for forever (quoted), got {shown(value)}")
    if value == "-1":
        return
    seconds = (
        int(value)
        if value.isdigit()
        else sum(float(n) * _DURATION_SECONDS[unit] for n, unit in _DURATION_PART.findall(value))
    )
    if seconds > KEEP_ALIVE_MAX_SECONDS:
        raise InvalidValue(f"expected a duration of at most a year (8760h), or -1 for forever, got {shown(value)}")


def everyone(networks: Iterable[str]) -> str | None:
    """ "0.0.0.0/0" or "::/0" when `networks` together hold every IPv4 or IPv6 address, else None."""
    parsed = [ipaddress.ip_network(n) for n in networks]
    for whole in (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0")):
        same = [n for n in parsed if n.version == whole.version]
        if list(ipaddress.collapse_addresses(same)) == [whole]:  # type: ignore[type-var]
            return str(whole)
    return None


def cidr(value: str) -> None:
    """An IPv4 or IPv6 network such as 192.168.2.0/24 (a single address is a /32)."""
    try:
        ipaddress.ip_network(value, strict=True)
    except ValueError:
        raise InvalidValue(
            f"expected a network such as 192.168.2.0/24 (no host bits set), got {shown(value)}"
        ) from None


def within(network: str, networks: Iterable[str]) -> bool:
    """Whether `network` lies inside one of `networks`."""
    inner = ipaddress.ip_network(network)
    return any(
        inner.version == outer.version and inner.subnet_of(outer)  # type: ignore[arg-type]
        for outer in map(ipaddress.ip_network, networks)
    )


def timezone(value: str) -> None:
    """A time zone of the IANA database (the `tzdata` package's copy): what Kubernetes and the apps load."""
    if not _TIMEZONE.fullmatch(value) or value not in _time_zones():
        raise InvalidValue(f"expected an IANA time zone such as Europe/Berlin or UTC, got {shown(value)}")


@functools.cache
def _time_zones() -> frozenset[str]:
    """The zones of the pinned `tzdata` package (its `zones` list), the same on every machine:
    `zoneinfo.available_timezones()` adds whatever the machine's /usr/share/zoneinfo holds, such as
    `localtime`, which is no zone name."""
    from importlib import resources

    return frozenset(resources.files("tzdata").joinpath("zones").read_text().split())


_CRON_FIELDS = (  # (name, lowest, highest, names): robfig/cron's standard parser, which Kubernetes uses
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
    ("day of week", 0, 6, ("sun", "mon", "tue", "wed", "thu", "fri", "sat")),
)
_CRON_MACROS = frozenset({"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"})
_CRON_RANGE = re.compile(r"(?P<start>\*|\?|[0-9]+|[a-z]{3})(?:-(?P<end>[0-9]+|[a-z]{3}))?(?:/(?P<step>[0-9]+))?")


def cron_schedule(value: str) -> None:
    """A CronJob schedule: five fields (minute hour day-of-month month day-of-week) or a macro such as
    @daily. The time zone is `timeZone`'s, never `TZ=` in the schedule (the API server refuses it)."""
    expected = "expected a cron schedule such as '0 3 * * *' (minute hour day month weekday) or @daily"
    if value in _CRON_MACROS:
        return
    fields = value.split(" ")
    if len(fields) != 5 or value.startswith(("TZ=", "CRON_TZ=")) or len(value) > 200:
        raise InvalidValue(f"{expected}, got {shown(value)}")
    for text, (name, low, high, names) in zip(fields, _CRON_FIELDS, strict=True):
        for part in text.lower().split(","):
            match = _CRON_RANGE.fullmatch(part)
            if match is None:
                raise InvalidValue(f"{expected}; its {name} {text!r} is not a number, range, step or list")

            def number(token: str | None, name: str = name, low: int = low, high: int = high,
                       names: tuple[str, ...] = names) -> int:  # fmt: skip
                assert token is not None
                n = names.index(token) + low if token in names else int(token) if token.isdigit() else -1
                if not low <= n <= high:
                    raise InvalidValue(f"{expected}; its {name} {token!r} is outside {low}-{high}")
                return n

            start, end, step = match["start"], match["end"], match["step"]
            wildcard = start in ("*", "?")
            if (wildcard and end is not None) or (start == "?" and not name.startswith("day")):
                raise InvalidValue(f"{expected}; its {name} {text!r} is not a number, range, step or list")
            first = low if wildcard else number(start)
            last = high if wildcard or (end is None and step is not None) else number(end or start)
            if first > last or (step is not None and int(step) < 1):
                raise InvalidValue(f"{expected}; its {name} {part!r} is an empty range")


_PORT_NAME = re.compile(r"(?=.{1,15}$)(?!.*--)[a-z0-9]([-a-z0-9]*[a-z0-9])?")


def port_name(value: str) -> None:
    """A container port's name (IANA_SVC_NAME): lowercase letters, digits and '-', a letter among them, at most 15."""
    if not _PORT_NAME.fullmatch(value) or not re.search("[a-z]", value):
        raise InvalidValue(
            "expected a port name such as http or mqtt (lowercase letters, digits and '-', at most 15), got "
            f"{shown(value)}"
        )


def file_path(value: str) -> None:
    """An absolute path of a file in the container, such as /etc/app/config.yaml, whose ConfigMap key (the
    path without its first '/') is a valid one: at most 253 characters, never '.' or '..'."""
    parts = value.split("/")
    if not value.startswith("/") or value.endswith("/") or {".", ".."} & set(parts) or "" in parts[1:]:
        raise InvalidValue(
            f"expected an absolute file path in the container such as /etc/app/app.conf, got {shown(value)}"
        )
    if not _GIT_PATH.fullmatch(value):
        raise InvalidValue(f"expected a file path of letters, digits, '.', '_', '-' and '/', got {shown(value)}")
    if len(value) > 254:
        raise InvalidValue(f"has {len(value)} characters; a file's ConfigMap key (its path without the first /) "
                           "has at most 253")  # fmt: skip


def emptydir_name(path: str) -> str:
    """The volume name of a writable path's emptyDir in the pod (lib/constructs/pod.py), named after it
    (`/home/node/.cache` is `home-node-cache`): two paths that give one name would be two volumes of
    one name, which the API server refuses."""
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")[-63:].strip("-") or "root"


MAX_ARG_STRLEN = 128 * 1024
"""Linux's limit on one argument or one NAME=value of the environment, its NUL included
(include/uapi/linux/binfmts.h: PAGE_SIZE * 32): execve fails with E2BIG past it."""
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def text(value: str) -> None:
    """Text that reaches a manifest as it is (an env value, a file, an argument): tabs and line breaks,
    but no NUL (no process can receive one), no other control character, and nothing that is not a
    character (a lone surrogate cannot be written as UTF-8). Never echoes the value."""
    bad = _NOT_TEXT.search(value)
    if bad is None:
        return
    code, where = ord(bad[0]), bad.start() + 1
    if code == 0:
        raise InvalidValue(f"holds a NUL character (at character {where}), which no command line or environment "
                           "can carry")  # fmt: skip
    if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
        raise InvalidValue(f"holds U+{code:04X} (at character {where}), which is not a character")
    raise InvalidValue(
        f"holds the control character U+{code:04X} (at character {where}); text may hold tabs and line breaks, "
        "no other control character"
    )


def argument(value: str) -> None:
    """A command-line argument: text (no NUL, which no process can receive), of at most 128 KiB."""
    text(value)
    size = len(value.encode())
    if size >= MAX_ARG_STRLEN:
        raise InvalidValue(f"has {size} bytes; Linux passes at most {MAX_ARG_STRLEN - 1} in one argument")


def env_value(value: str) -> None:
    """The plain value of an environment variable: text of at most 128 KiB (Linux's MAX_ARG_STRLEN
    holds NAME=value whole; the settings check the name with it). Never echoes the value."""
    text(value)
    size = len(value.encode())
    if size >= MAX_ARG_STRLEN:
        raise InvalidValue(f"has {size} bytes; Linux passes at most {MAX_ARG_STRLEN - 1} in one variable")


def env_name(value: str) -> None:
    if not _ENV_NAME.fullmatch(value):
        raise InvalidValue(
            f"expected an environment variable name such as TZ (letters, digits, '_'), got {shown(value)}"
        )


SECRET_WORDS = ("PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "CREDENTIAL", "API_KEY", "APIKEY")
"""A variable whose name contains one of these (in any case), or ends in _KEY or _KEYS, holds a secret."""
NOT_SECRET_NAMES = frozenset({"PWD", "OLDPWD", "TOKENIZERS_PARALLELISM"})
"""Names that only look secret: the shell's working folders, Hugging Face's tokenizers switch. One more
is a reviewed change here: the gate reads rendered objects alone, so the exception lives in the code
that the values loader and the gate share, not in a values file."""
FILE_SUFFIX = "_FILE"
"""`NAME_FILE: /path` names the file a secret is mounted at (the convention of Docker's official images,
n8n and Open WebUI), not the secret: allowed whatever the name, when the value is an absolute path."""
_ABSOLUTE_PATH = re.compile(r"/[A-Za-z0-9._/-]*", re.ASCII)
_CREDENTIALS = (
    # Bounded, and a scheme only where a word starts: linear in the value (unbounded, a value of 120 KiB
    # of letters took 36 s to search).
    (
        re.compile(r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,31}://[^/\s:@]{0,256}:[^/\s@]{1,256}@", re.ASCII),
        "a URL with a password (user:password@)",
    ),
    (re.compile(r"-----BEGIN [A-Z0-9 ]{0,64}PRIVATE KEY-----", re.ASCII), "a private key (PEM)"),
    (
        re.compile(r"(?<![A-Za-z0-9_-])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})", re.ASCII),
        "a GitHub token (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_)",
    ),
    (re.compile(r"(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,}", re.ASCII), "a GitLab token (glpat-)"),
    (re.compile(r"(?<![A-Za-z0-9_-])xox[abposr]-[A-Za-z0-9-]{10,}", re.ASCII), "a Slack token (xoxb-, xoxp-, ...)"),
    (
        re.compile(r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])", re.ASCII),
        "an AWS access key ID (AKIA, ASIA)",
    ),
    (re.compile(r"(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}", re.ASCII), "an API key (sk-, as OpenAI's and Anthropic's)"),
)
"""What a value that carries a credential looks like, whatever its name: each with what it is, for a
message that never shows the value."""


def secret_name(name: str) -> str | None:
    """Why a variable's name says it holds a secret ("ends in 'TOKEN'", "contains 'PASS'"), or None."""
    upper = name.upper()
    if upper in NOT_SECRET_NAMES:
        return None
    for word in (*SECRET_WORDS, "KEY", "KEYS"):
        if upper.endswith(f"_{word}"):
            return f"ends in {word!r}"
    for word in SECRET_WORDS:
        if word in upper:
            return f"contains {word!r}"
    return None


def secret_value(value: str) -> str | None:
    """What credential a value carries ("a private key (PEM)", ...), or None."""
    for pattern, what in _CREDENTIALS:
        if pattern.search(value):
            return what
    return None


def plain_env(name: str, value: str) -> None:
    """A variable given a plain value in git: neither its name nor its value may say it holds a secret,
    unless it is a `_FILE` variable naming where a secret is mounted. Never echoes the value."""
    what = secret_value(value)
    if what is not None:
        raise InvalidValue(
            f"{name} holds what looks like {what}: feed it from a declared secret (secrets.<name>.env), never as a "
            "plain value in git"
        )
    why = secret_name(name)
    if why is None or (name.upper().endswith(FILE_SUFFIX) and _ABSOLUTE_PATH.fullmatch(value) and ".." not in value):
        return
    raise InvalidValue(
        f"{name} looks like a secret (its name {why}): feed it from a declared secret (secrets.<name>.env), never "
        f"as a plain value in git; a name ending in {FILE_SUFFIX} may hold the absolute path of a mounted secret "
        "file instead (README, Secrets)"
    )


def secret_key(value: str) -> None:
    """A key of a Secret's data, as Kubernetes allows it."""
    if not _SECRET_KEY.fullmatch(value):
        raise InvalidValue(
            f"expected a Secret key such as encryption-key (letters, digits, '-', '_', '.'), got {shown(value)}"
        )


def sealed_ciphertext(value: str) -> None:
    """kubeseal's output for one value: base64 of an RSA-wrapped session key and the AES-GCM ciphertext.

    Never echoes the value: what was pasted may be the plaintext.
    """
    if len(value) < _MIN_SEALED_LENGTH or not _BASE64.fullmatch(value):
        raise InvalidValue(
            "is not kubeseal output (base64 ciphertext of several hundred characters, from kubeseal --raw); "
            "the plaintext must never be written here"
        )


@functools.cache
def kubernetes_schemas() -> Path:
    """kubernetes-validate's folder of JSON schemas, found without importing the package (its
    __init__ imports jsonschema and referencing: ~22 ms the synth does not need)."""
    spec = importlib.util.find_spec("kubernetes_validate")
    assert spec is not None and spec.submodule_search_locations, "kubernetes-validate is in requirements.txt"
    return Path(spec.submodule_search_locations[0]) / "kubernetes-json-schema"


def version_key(name: str) -> tuple[int, ...]:
    """A sort key for `v1.33.0-local-strict`, `1.33` and the like: the numbers in order."""
    return tuple(int(n) for n in re.findall(r"[0-9]+", name))


@functools.cache
def available_kubernetes_versions() -> tuple[str, ...]:
    """The minor versions kubernetes-validate ships strict schemas for, e.g. '1.33'."""
    root = kubernetes_schemas()
    return tuple(
        sorted(
            {p.name[1:].rsplit(".", 1)[0] for p in root.iterdir() if p.name.endswith("-local-strict")},
            key=lambda v: tuple(int(x) for x in v.split(".")),
        )
    )


def kubernetes_version(value: str) -> None:
    known = available_kubernetes_versions()
    if not _K8S_VERSION.fullmatch(value) or value not in known:
        raise InvalidValue(f"expected a Kubernetes minor version from {known[0]} to {known[-1]}, got {shown(value)}")


_URL_AUTHORITY = re.compile(r"[^:/?#]*://([^/?#]*)", re.ASCII)
_URL_CHARACTERS = re.compile(r"[!-~]+", re.ASCII)
"""Printable ASCII without spaces: what a URL is made of (anything else is percent-encoded)."""


def https_url(value: str) -> None:
    """An https:// Git URL of printable ASCII, without credentials (the GitOps bootstrap renders no
    repository secret), whose port, if it has one, is 1 to 65535."""
    authority = _URL_AUTHORITY.match(value)
    if authority and "@" in authority[1]:
        # Never echo it, in this message or any other: the part before @ is a credential.
        raise InvalidValue("must not hold credentials (user:token@); the repository must be readable without them")
    expected = "expected an https:// Git URL such as https://github.com/me/homelab.git"
    if not _URL_CHARACTERS.fullmatch(value):
        raise InvalidValue(f"{expected} (printable ASCII, no spaces: percent-encode the rest), got {shown(value)}")
    try:  # urlsplit refuses a malformed [IPv6] host
        parts = urlsplit(value)
    except ValueError:
        raise InvalidValue(f"{expected}, got {shown(value)}") from None
    if parts.scheme != "https" or not parts.hostname:
        raise InvalidValue(f"{expected}, got {shown(value)}")
    try:  # .port refuses a port that is not a number below 65536
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        raise InvalidValue(f"{expected}: its port must be a number from 1 to 65535, got {shown(value)}")


_SERVICE_URL = re.compile(
    r"http://(?P<service>[a-z]([-a-z0-9]{0,61}[a-z0-9])?)\.(?P<namespace>[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)"
    r"\.svc(?:\.cluster\.local)?(?::(?P<port>[0-9]{1,5}))?/?"
)


def service_url(value: str) -> None:
    """The http:// URL of a Service of the cluster, by its DNS name: `http://<service>.<namespace>.svc`,
    optionally `.cluster.local` and a port from 1 to 65535, no path (the synth reads the namespace and the
    port from it for the NetworkPolicies)."""
    match = _SERVICE_URL.fullmatch(value)
    if match is None or not 1 <= int(match["port"] or 80) <= 65535:
        raise InvalidValue(
            "expected the http:// URL of a Service of the cluster, http://<service>.<namespace>.svc:<port> such as "
            f"http://victoria-logs-single-server.monitoring.svc:9428 (no path), got {shown(value)}"
        )


def service_url_parts(value: str) -> tuple[str, str, int]:
    """(service, namespace, port) of a URL `service_url` accepts; the port 80 when it names none."""
    match = _SERVICE_URL.fullmatch(value)
    assert match is not None, "checked by service_url"
    return match["service"], match["namespace"], int(match["port"] or 80)


_CHART_NAME = re.compile(r"[a-z0-9]([-a-z0-9_.]{0,61}[a-z0-9])?")
_SEMVER = re.compile(  # Helm takes a leading v (Masterminds semver): cert-manager's charts are v1.21.1
    r"v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?"
)
_OCI = re.compile(r"oci://[a-z0-9.-]+(?::[0-9]+)?(?:/[a-z0-9._-]+)+")
_OBJECT_REF = re.compile(r"[A-Z][A-Za-z0-9]*/(?:[a-z0-9][-a-z0-9]*/)?[a-z0-9][-a-z0-9.:]*")


def chart_repository(value: str) -> None:
    """Where a chart is published: an https:// chart repository (its index.yaml) or an oci:// registry."""
    if value.startswith("oci://"):
        if not _OCI.fullmatch(value):
            raise InvalidValue(f"expected an OCI registry such as oci://ghcr.io/org/charts, got {value!r}")
        return
    try:
        https_url(value)
    except InvalidValue:
        raise InvalidValue(
            f"expected a chart repository such as https://metallb.github.io/metallb or oci://ghcr.io/org/charts, "
            f"got {value!r}"
        ) from None


def chart_name(value: str) -> None:
    if not _CHART_NAME.fullmatch(value):
        raise InvalidValue(f"expected a chart name such as metallb (lowercase letters, digits, '-'), got {value!r}")


def chart_version(value: str) -> None:
    """A chart's version: SemVer 2, as Helm requires, pinned (no range); a leading v as Helm allows it."""
    if not _SEMVER.fullmatch(value):
        raise InvalidValue(
            f"expected a pinned chart version such as 0.15.3 or v1.21.1 (SemVer, no range), got {value!r}"
        )


def release_name(value: str) -> None:
    """A Helm release name: a DNS label of at most 53 characters (Helm's own limit)."""
    if len(value) > 53 or not _DNS_LABEL.fullmatch(value):
        raise InvalidValue(f"expected a release name (a DNS label of at most 53 characters), got {value!r}")


def object_ref(value: str) -> None:
    """A rendered object: `Kind/namespace/name`, or `Kind/name` for a cluster-scoped one."""
    if not _OBJECT_REF.fullmatch(value):
        raise InvalidValue(
            f"expected Kind/namespace/name (or Kind/name for a cluster-scoped object), such as "
            f"Deployment/metallb-system/metallb-controller, got {value!r}"
        )


def reason(value: str) -> None:
    if not value.strip() or "\n" in value or len(value) > 500:
        raise InvalidValue("expected a reason: one line of words, why this is safe")


_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+")


def email(value: str) -> None:
    """An address such as an ACME account's contact: a local part and a DNS name with a dot."""
    if len(value) > 254 or not _EMAIL.fullmatch(value):
        raise InvalidValue(f"expected an email address such as admin@example.org, got {value!r}")


def ip_address(value: str) -> None:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise InvalidValue(f"expected an IP address such as 192.168.2.240, got {value!r}") from None


def address_span(value: str) -> tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, ...]:
    """The first and last address of a range as MetalLB's IPAddressPool takes it: a network
    (192.168.2.240/28) or two addresses of one family, the first not after the last
    (192.168.2.240-192.168.2.250). InvalidValue otherwise."""
    first, dash, last = value.partition("-")
    try:
        if not dash:
            network = ipaddress.ip_network(value, strict=True)
            return network[0], network[-1]
        span = ipaddress.ip_address(first.strip()), ipaddress.ip_address(last.strip())
    except ValueError:
        span = None
    if span is None or span[0].version != span[1].version or span[0] > span[1]:  # type: ignore[operator]
        raise InvalidValue(
            f"expected a network such as 192.168.2.240/28 or a range such as 192.168.2.240-192.168.2.250 "
            f"(one family, first to last), got {value!r}"
        )
    return span


def address_range(value: str) -> None:
    address_span(value)


def in_ranges(address: str, ranges: Iterable[str]) -> bool:
    """Whether an address lies in one of the ranges (as `address_span` reads them)."""
    ip = ipaddress.ip_address(address)
    return any(
        first.version == ip.version and first <= ip <= last  # type: ignore[operator]
        for first, last in map(address_span, ranges)
    )


def git_path(value: str) -> None:
    if value.startswith("/") or ".." in value.split("/") or not _GIT_PATH.fullmatch(value):
        raise InvalidValue(f"expected a relative folder path in the repository such as dist, got {shown(value)}")


def git_ref_name(value: str) -> None:
    """A branch or tag name, as `git check-ref-format --branch` would accept it (and text: no control
    character, no lone surrogate)."""
    bad = (
        not value
        or _NOT_TEXT.search(value)
        or len(value) > 255
        or value.startswith(("-", "/"))
        or value.endswith(("/", ".", ".lock"))
        or any(p.startswith(".") for p in value.split("/"))
        or ".." in value
        or "//" in value
        or "@{" in value
        or value == "@"
        or re.search(r"[\x00-\x20\x7f~^:?*\[\\]", value)
    )
    if bad:
        raise InvalidValue(f"expected a Git branch or tag name such as main or v1.2.0, got {shown(value)}")


def git_commit(value: str) -> None:
    if not _COMMIT.fullmatch(value):
        raise InvalidValue(f"expected a full commit hash (40 lowercase hex digits), got {shown(value)}")


def check_prop(owner: str, prop: str, rule: Rule, value: Any) -> None:
    """A construct's check of one prop: a ValueError naming the construct, the prop and the value."""
    try:
        rule(value)
    except InvalidValue as err:
        raise ValueError(f"{owner}: {prop}: {err}") from None


# ---------------------------------------------------------------- rules over collections


def each(rule: Rule) -> Rule:
    """`rule` on every item of a list; the error names the item, e.g. `[2]`."""

    def check(items: Iterable[Any]) -> None:
        for i, item in enumerate(items):
            try:
                rule(item)
            except InvalidValue as err:
                raise InvalidValue(err.message, f"[{i}]") from None

    return check


def each_value(rule: Rule) -> Rule:
    """`rule` on every value of a mapping; the error names the key."""

    def check(mapping: Mapping[str, Any]) -> None:
        for key, value in mapping.items():
            try:
                rule(value)
            except InvalidValue as err:
                raise InvalidValue(err.message, f".{key_text(key)}") from None

    return check


def each_key(rule: Rule) -> Rule:
    """`rule` on every key of a mapping; the error names the key."""

    def check(mapping: Mapping[str, Any]) -> None:
        for key in mapping:
            try:
                rule(key)
            except InvalidValue as err:
                raise InvalidValue(err.message, f".{key_text(key)}") from None

    return check


def unique(what: str) -> Rule:
    def check(items: Iterable[Any]) -> None:
        seen = set()
        for i, item in enumerate(items):
            if item in seen:
                raise InvalidValue(f"lists {what} {shown(item)} twice", f"[{i}]")
            seen.add(item)

    return check


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_.-]{1,100}", re.ASCII)
_SHOWN_LENGTH = 80


def key_text(key: object) -> str:
    """A mapping key as a key path shows it: bare when plain, quoted otherwise (never two lines)."""
    return key if isinstance(key, str) and _PLAIN_KEY.fullmatch(key) else shown(key)


def shown(value: object) -> str:
    """A value as a message shows it: its repr with every character beyond ASCII escaped (so a look-alike
    such as the Kelvin sign U+212A for K shows as \\u212a), on one line, cut short when long; a whole
    number too large to print in full (Python refuses past 4300 digits) by its size."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return f"a number of {value.bit_length()} bits"
    text = ascii(value)
    return text if len(text) <= _SHOWN_LENGTH else f"{text[: _SHOWN_LENGTH - 5]}...{text[-1]}"
