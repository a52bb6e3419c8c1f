"""Following news as it comes: poll RSS/Atom feeds and pages, code what is new, store it.

Each poll fetches every watched source (with ETag / Last-Modified, so an unchanged feed costs
one small answer), reads it with the ordinary readers (:func:`read_feed`, :func:`read_html`),
and codes only the items the store has not seen: an item is known by its URL (by its text when
it has none) and the hash of its text, so an item already coded is passed over, the same text
at a second address too, and an item whose text changed is coded again. What was coded is
stored through :meth:`Store.add_article` (merging into the stored events as ``ingest`` does);
the watch state lives in the same store (:mod:`eventcoder.store.watch_state`), so a restarted
watch goes on where it stopped.

A source that fails (unreachable, an HTTP error, no feed or page in the answer) is reported
and backed off: after n failures in a row it is tried again only ``every * 2**n`` later (at
most ``max_backoff``), and one success resets it. Events new to the store are handed to an
:class:`~eventcoder.ingest.alerts.Announcer`.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

from eventcoder.ingest import DEFAULT_MAX_BYTES
from eventcoder.ingest.alerts import AlertError, Announcer, AnnounceResult, NewEvent
from eventcoder.ingest.readers import read_feed, read_html
from eventcoder.ingest.sources import sniff
from eventcoder.records import Article, Event, ReadFailure
from eventcoder.store.base import Store
from eventcoder.store.watch_state import SourceState, WatchState

DEFAULT_EVERY = 600.0
MAX_BACKOFF = 24 * 3600.0
FETCH_TIMEOUT = 30.0
USER_AGENT = "eventcoder-watch/0.1 (+offline news coder)"

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_FEED_TYPES = ("rss", "atom", "xml", "rdf")
_HTML_TYPES = ("text/html", "application/xhtml")

Coder = Callable[[Article], list[Event]]


def parse_interval(text: str) -> float:
    """Seconds in "90", "30s", "10m", "2h" or "1d"; ValueError for anything else or zero."""
    match = _INTERVAL.match(text)
    if not match:
        raise ValueError(f"not an interval: {text!r} (use e.g. 30s, 10m, 2h, 1d)")
    seconds = float(match[1]) * _UNITS[match[2].lower()]
    if seconds <= 0:
        raise ValueError(f"the interval must be above zero: {text!r}")
    return seconds


def content_hash(text: str) -> str:
    """The hash of an item's text, blind to changes of white space only."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:32]


# -- fetching --------------------------------------------------------------------------------


class FetchError(RuntimeError):
    """A source could not be fetched; the message says why."""


@dataclass
class Fetched:
    """A source's answer: ``status`` 304 means unchanged since the last poll (no body)."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def fetch(
    source: str, *, etag: str | None = None, last_modified: str | None = None,
    timeout: float = FETCH_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
) -> Fetched:
    """GET an http(s) URL (conditionally, when ETag or Last-Modified are known), or read a
    local file; FetchError with the reason for anything else."""
    if not source.lower().startswith(("http://", "https://")):
        path = Path(source)
        if not path.is_file():
            raise FetchError("not an http(s) URL nor an existing file")
        try:
            body = path.read_bytes()
        except OSError as exc:
            raise FetchError(f"cannot read: {exc.strerror or exc}") from exc
        if len(body) > max_bytes:
            raise FetchError(f"too large: over {max_bytes} bytes")
        return Fetched(url=source, status=200, body=body)
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(source, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read(max_bytes + 1)
            info: Message = response.headers
            final_url = response.geturl()
            status = response.status
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url=source, status=304, etag=etag, last_modified=last_modified)
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise FetchError(f"unreachable: {reason}") from exc
    if len(body) > max_bytes:
        raise FetchError(f"too large: over {max_bytes} bytes")
    return Fetched(
        url=final_url, status=status, body=body,
        content_type=info.get_content_type(), charset=info.get_content_charset(),
        etag=info.get("ETag"), last_modified=info.get("Last-Modified"),
    )


def read_fetched(source: str, fetched: Fetched) -> list[Article | ReadFailure]:
    """The articles in a fetched answer: a feed's entries, or a page's article.

    The HTTP content type decides where it is clear, else the content itself."""
    kind = fetched.content_type
    if any(t in kind for t in _HTML_TYPES):
        fmt = "html"
    elif any(t in kind for t in _FEED_TYPES):
        fmt = "feed"
    else:
        fmt = sniff(fetched.body[:4096])
    if fmt == "feed":
        return list(read_feed(fetched.body, source))
    if fmt == "html":
        page = read_html(fetched.body, source, url=fetched.url, charset=fetched.charset)
        return [page] if isinstance(page, Article | ReadFailure) else list(page)
    return [ReadFailure(origin=source, reason=f"neither a feed nor a page (looks like {fmt})")]


# -- one poll --------------------------------------------------------------------------------


@dataclass
class SourceReport:
    """What one poll did with one source."""

    source: str
    status: str  # "ok", "unchanged", "failed" or "backing off"
    new: int = 0
    changed: int = 0
    seen: int = 0
    events: int = 0
    new_events: int = 0
    item_failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    not_coded: int = 0  # items whose coding or storing failed: tried again next poll
    error: str | None = None
    failures: int = 0
    retry_at: float | None = None


@dataclass
class PollReport:
    sources: list[SourceReport] = field(default_factory=list)
    new_events: list[NewEvent] = field(default_factory=list)
    announced: AnnounceResult | None = None

    @property
    def all_failed(self) -> bool:
        return bool(self.sources) and all(s.status != "ok" and s.status != "unchanged"
                                          for s in self.sources)


class Watcher:
    """Polls sources into one store; see the module's docstring for the rules."""

    def __init__(
        self,
        store: Store,
        sources: Iterable[str],
        *,
        code: Coder,
        every: float = DEFAULT_EVERY,
        max_backoff: float = MAX_BACKOFF,
        announcer: Announcer | None = None,
        fetcher: Callable[..., Fetched] = fetch,
        clock: Callable[[], float] = time.time,
        follow_links: bool = False,
    ) -> None:
        self.store = store
        self.state = WatchState(store)
        self.sources = list(dict.fromkeys(sources))
        if not self.sources:
            raise ValueError("nothing to watch: give at least one feed or page")
        self.code = code
        self.every = every
        self.max_backoff = max_backoff
        self.announcer = announcer
        self.fetcher = fetcher
        self.clock = clock
        self.follow_links = follow_links

    def backoff(self, failures: int) -> float:
        """Seconds to wait after ``failures`` failures in a row: doubling, capped."""
        return min(self.max_backoff, self.every * 2 ** min(failures, 30))

    def poll(self) -> PollReport:
        """Poll every source not backing off, code and store what is new, announce it."""
        report = PollReport()
        for source in self.sources:
            source_report, new_events = self.poll_source(source)
            report.sources.append(source_report)
            report.new_events.extend(new_events)
        if self.announcer is not None:
            report.announced = self._announce(self.announcer, report.new_events)
        return report

    def _announce(self, announcer: Announcer, new_events: list[NewEvent]) -> AnnounceResult:
        """Offer each sink the alerts it refused before, then announce the new events; what
        a sink refuses now waits in the store for the next poll, so no alert is lost."""
        redelivered, errors = 0, []
        for sink in announcer.sinks:
            for alert_id, payload in self.state.pending_alerts(sink.key):
                try:
                    sink.send(json.loads(payload))
                except AlertError as exc:
                    self.state.queue_alert(alert_id, sink.key, payload, str(exc), self.clock())
                    errors.append(f"{sink.name}: {exc} (kept for the next poll)")
                    break  # still failing: the rest wait too
                self.state.drop_alert(alert_id)
                redelivered += 1
        result = announcer.announce(new_events) if new_events else AnnounceResult()
        for missed in result.undelivered:
            payload = json.dumps(missed.payload, ensure_ascii=False)
            event_id = str(missed.payload.get("event", {}).get("event_id", ""))
            alert_id = hashlib.sha256(f"{missed.sink.key}\n{event_id}".encode()).hexdigest()[:24]
            self.state.queue_alert(alert_id, missed.sink.key, payload, missed.error, self.clock())
        result.redelivered = redelivered
        result.errors = errors + result.errors
        result.still_pending = sum(len(self.state.pending_alerts(s.key)) for s in announcer.sinks)
        return result

    def poll_source(self, source: str) -> tuple[SourceReport, list[NewEvent]]:
        state = self.state.source(source)
        now = self.clock()
        if state.retry_at is not None and now < state.retry_at:
            return SourceReport(
                source, "backing off", error=state.last_error, failures=state.failures,
                retry_at=state.retry_at,
            ), []
        state.last_polled = now
        try:
            fetched = self.fetcher(source, etag=state.etag, last_modified=state.last_modified)
            items = [] if fetched.status == 304 else read_fetched(source, fetched)
            failures = [item for item in items if isinstance(item, ReadFailure)]
            if failures and len(failures) == len(items):
                raise FetchError("; ".join(failure.reason for failure in failures[:3]))
        except FetchError as exc:
            return self._failed(state, str(exc), now), []
        except Exception as exc:  # a reader's bug costs this source this poll, never the others
            return self._failed(state, f"unexpected error: {type(exc).__name__}: {exc}", now), []
        report = SourceReport(source, "unchanged" if fetched.status == 304 else "ok")
        new_events = self._code_items(source, items, report)
        state.failures, state.retry_at, state.last_error = 0, None, None
        state.last_ok = now
        if report.not_coded:  # fetch it whole next time, so those items are tried again
            state.etag, state.last_modified = None, None
        else:
            state.etag, state.last_modified = fetched.etag, fetched.last_modified
        self.state.save_source(state)
        return report, new_events

    def _failed(self, state: SourceState, error: str, now: float) -> SourceReport:
        state.failures += 1
        state.last_error = error
        state.retry_at = now + self.backoff(state.failures)
        self.state.save_source(state)
        return SourceReport(
            state.source, "failed", error=error, failures=state.failures, retry_at=state.retry_at
        )

    def _code_items(
        self, source: str, items: list[Article | ReadFailure], report: SourceReport
    ) -> list[NewEvent]:
        new_events: list[NewEvent] = []
        for item in items:
            if isinstance(item, ReadFailure):
                if getattr(item, "warning", False):  # e.g. a guessed encoding: the item stays
                    report.warnings.append(f"{item.origin}: {item.reason}")
                else:
                    report.item_failures.append(f"{item.origin}: {item.reason}")
                continue
            key = item.url or f"text:{content_hash(item.text)}"
            digest = content_hash(item.text)
            status = self.state.item_status(key, digest)
            if status == "seen":
                report.seen += 1
                continue
            if self.follow_links and item.url and item.url != source:
                item = self._full_page(item, report)
            try:
                events = self.code(item)
                outcome = self.store.add_article(item, events)
            except Exception as exc:  # one article never stops the watch; retried next poll
                report.item_failures.append(f"{item.url or item.origin}: {type(exc).__name__}: "
                                            f"{exc}")
                report.not_coded += 1
                continue
            self.state.record_item(
                key, source=source, url=item.url, content_hash=digest, article_id=item.id,
                now=self.clock(),
            )
            setattr(report, status, getattr(report, status) + 1)
            report.events += len(events)
            for event_id in dict.fromkeys(outcome.event_ids):
                stored = self.store.get_event(event_id)
                # New to the store: no other article supports it (a merge would have added one).
                if stored is not None and stored.article_ids == [item.id]:
                    new_events.append(NewEvent(event=stored, article=item, source=source))
        report.new_events = len(new_events)
        return new_events

    def _full_page(self, entry: Article, report: SourceReport) -> Article:
        """The page a feed entry links to, read as an article, when it holds more text than the
        entry; else the entry itself (a page that cannot be had is a warning, not a loss).
        The entry's date and title stand where the page's markup gives none."""
        assert entry.url is not None
        try:
            fetched = self.fetcher(entry.url, etag=None, last_modified=None)
            found = [a for a in read_fetched(entry.url, fetched) if isinstance(a, Article)]
        except FetchError as exc:
            report.warnings.append(f"{entry.url}: page not fetched ({exc}); coded the entry")
            return entry
        if not found or len(found[0].text) <= len(entry.text):
            return entry
        page = found[0]
        update: dict[str, object] = {
            "url": page.url or entry.url,
            "title": page.title or entry.title,
            "source": entry.source or page.source,
        }
        if not page.published and entry.published:
            update["published"] = entry.published
            update["published_precision"] = entry.published_precision
        page = page.model_copy(update=update)
        return page.model_copy(update={"id": Article.make_id(page.text, page.url)})

    def next_due(self, last_poll_started: float) -> float:
        """When the next poll is due: one interval on, or sooner if a back-off ends first."""
        due = last_poll_started + self.every
        for state in self.state.sources():
            if state.source in self.sources and state.retry_at is not None:
                due = min(due, max(state.retry_at, last_poll_started))
        return due

    def run(
        self,
        on_report: Callable[[PollReport], None],
        *,
        polls: int | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Poll, report, wait until the next poll is due; forever, or ``polls`` times."""
        done = 0
        while polls is None or done < polls:
            started = self.clock()
            on_report(self.poll())
            done += 1
            if polls is not None and done >= polls:
                return
            sleep(max(0.0, self.next_due(started) - self.clock()))
