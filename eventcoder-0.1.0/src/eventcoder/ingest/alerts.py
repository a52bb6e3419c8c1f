"""Announcing events that ``eventcoder watch`` stored for the first time.

An alert is one JSON object per new event: the event record as stored, the article it came
from and the watched source. Alerts go to a JSON Lines file (appended, one line each, flushed
at once so a reader tailing it sees each one whole) and/or a webhook (one POST of the JSON
per event). Filters (country, event type, minimum fatalities) decide which events are
announced; every event is stored whatever the filters say.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from eventcoder.records import Article, Event

WEBHOOK_TIMEOUT = 15.0


@dataclass
class NewEvent:
    """An event the store did not hold before this item, and where it came from."""

    event: Event
    article: Article
    source: str


@dataclass(frozen=True)
class AlertFilter:
    """Which new events to announce; an empty filter announces all of them.

    Countries match the event's country name or ISO3 code, event types its event type or
    sub-event type, both without regard to case. An event with unknown fatalities does not
    pass a minimum above zero: an unknown toll is not a large one.
    """

    countries: frozenset[str] = frozenset()
    event_types: frozenset[str] = frozenset()
    min_fatalities: int | None = None

    @classmethod
    def build(
        cls, countries: Iterable[str] = (), event_types: Iterable[str] = (),
        min_fatalities: int | None = None,
    ) -> AlertFilter:
        if min_fatalities is not None and min_fatalities < 0:
            raise ValueError(f"minimum fatalities must be 0 or more, not {min_fatalities}")
        return cls(
            countries=frozenset(c.strip().casefold() for c in countries if c.strip()),
            event_types=frozenset(t.strip().casefold() for t in event_types if t.strip()),
            min_fatalities=min_fatalities,
        )

    def matches(self, event: Event) -> bool:
        if self.countries:
            names = {(event.country or "").casefold(), (event.iso3 or "").casefold()} - {""}
            if not names & self.countries:
                return False
        if self.event_types:
            kinds = {event.event_type.casefold(), event.sub_event_type.casefold()}
            if not kinds & self.event_types:
                return False
        if self.min_fatalities:
            return event.fatalities is not None and event.fatalities >= self.min_fatalities
        return True


def alert_payload(new: NewEvent, *, detected: datetime | None = None) -> dict[str, Any]:
    """The JSON an alert carries: what happened, where it was read, and when it was found."""
    article = new.article
    return {
        "type": "new_event",
        "detected": (detected or datetime.now(UTC)).isoformat(timespec="seconds"),
        "source": new.source,
        "article": {
            "id": article.id, "url": article.url, "title": article.title,
            "published": article.published, "language": article.language,
        },
        "event": new.event.model_dump(mode="json"),
    }


class AlertSink(Protocol):
    name: str

    @property
    def key(self) -> str:
        """Names this destination across runs (alerts it refused wait for it in the store)."""

    def send(self, payload: dict[str, Any]) -> None:
        """Deliver one alert; raise AlertError when it could not be delivered."""


class AlertError(RuntimeError):
    """An alert could not be delivered (the event itself is stored)."""


@dataclass
class JsonLinesSink:
    """Appends one JSON line per alert to a file (created with its folder if missing)."""

    path: Path
    name: str = "alerts file"

    @property
    def key(self) -> str:
        return f"file:{self.path.resolve()}"

    def send(self, payload: dict[str, Any]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as stream:
                stream.write(json.dumps(payload, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise AlertError(f"cannot write {self.path}: {exc.strerror or exc}") from exc


@dataclass
class WebhookSink:
    """POSTs each alert as JSON to a URL (http or https only)."""

    url: str
    timeout: float = WEBHOOK_TIMEOUT
    name: str = "webhook"

    def __post_init__(self) -> None:
        if not self.url.lower().startswith(("http://", "https://")):
            raise ValueError(f"webhook URL must start with http:// or https://: {self.url!r}")

    @property
    def key(self) -> str:
        return f"webhook:{self.url}"

    def send(self, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            self.url, data=body, method="POST",
            headers={"Content-Type": "application/json", "User-Agent": "eventcoder-watch"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                response.read()
        except urllib.error.HTTPError as exc:
            raise AlertError(f"webhook answered HTTP {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise AlertError(f"webhook unreachable: {reason}") from exc


@dataclass
class Undelivered:
    """An alert one sink did not take, to be kept and offered again later."""

    sink: AlertSink
    payload: dict[str, Any]
    error: str


@dataclass
class AnnounceResult:
    sent: int = 0
    filtered_out: int = 0
    errors: list[str] = field(default_factory=list)
    undelivered: list[Undelivered] = field(default_factory=list)
    redelivered: int = 0
    still_pending: int = 0


@dataclass
class Announcer:
    """Sends the new events that pass the filter to every sink; a failing sink is reported
    and never stops the others or the watch."""

    sinks: list[AlertSink]
    alert_filter: AlertFilter = field(default_factory=AlertFilter)

    def announce(self, new_events: Iterable[NewEvent]) -> AnnounceResult:
        result = AnnounceResult()
        for new in new_events:
            if not self.alert_filter.matches(new.event):
                result.filtered_out += 1
                continue
            payload = alert_payload(new)
            for sink in self.sinks:
                try:
                    sink.send(payload)
                except AlertError as exc:
                    result.errors.append(f"{sink.name}: {exc} (event {new.event.event_id})")
                    result.undelivered.append(Undelivered(sink, payload, str(exc)))
            result.sent += 1
        return result
