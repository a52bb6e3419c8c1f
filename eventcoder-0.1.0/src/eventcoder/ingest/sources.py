"""Where inputs come from (files, folders, globs, stdin) and which reader each one needs."""

from __future__ import annotations

import glob
import io
import re
import sys
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Literal, Protocol

from eventcoder.records import ReadFailure

# The built-in formats content is sniffed to (a file's suffix picks its reader first: see
# eventcoder.ingest.registry; the built-ins' suffixes are in eventcoder.ingest.builtins).
Format = Literal["text", "jsonl", "json", "html", "feed", "warc"]
GZIP_MAGIC = b"\x1f\x8b"
_GLOB_CHARS = re.compile(r"[*?\[]")
_SNIFF_BYTES = 4096
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|rdf)\b", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """One input to read: a file, or standard input (path None)."""

    origin: str
    path: Path | None = None

    def open(self) -> AbstractContextManager[IO[bytes]]:
        """The bytes to read; closing it closes a file, never standard input."""
        if self.path is None:
            return nullcontext(_stdin_bytes())
        return self.path.open("rb")


def expand(paths: list[str | Path]) -> Iterator[Source | ReadFailure]:
    """Sources in the order given; folders recursively and globs each in sorted order."""
    for raw in paths:
        if str(raw) == "-":
            yield Source(origin="<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _folder(path)
        elif path.exists():
            yield Source(origin=str(raw), path=path)
        elif _GLOB_CHARS.search(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                yield ReadFailure(origin=str(raw), reason="no file matches this pattern")
            for match in matches:
                match_path = Path(match)
                if match_path.is_dir():
                    yield from _folder(match_path)
                elif match_path.is_file():
                    yield Source(origin=match, path=match_path)
        else:
            yield ReadFailure(origin=str(raw), reason="no such file or folder")


def _folder(root: Path) -> Iterator[Source]:
    """Regular files under ``root``, sorted, leaving out hidden files and folders."""
    files = (
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
    for path in sorted(files, key=lambda p: p.as_posix()):
        yield Source(origin=str(path), path=path)


def sniff(head: bytes) -> Format:
    """The format of content from its first bytes (used for stdin and unknown extensions)."""
    if head.startswith(GZIP_MAGIC):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if stripped.startswith(b"<"):
        if _HTML_START.search(stripped[:_SNIFF_BYTES]):
            return "html"
        if _FEED_ROOT.search(stripped[:_SNIFF_BYTES]):
            return "feed"
        return "html"
    if stripped.startswith(b"{"):
        # A pretty-printed object opens with a lone brace; JSON Lines put one per line.
        return "json" if stripped.split(b"\n", 1)[0].strip() == b"{" else "jsonl"
    if stripped.startswith(b"["):
        return "json"
    return "text"


class ByteSource(Protocol):
    """What :func:`peek` reads from: a file, a socket's stream or a gzip.GzipFile."""

    def read(self, size: int = ..., /) -> bytes: ...


def peek(stream: ByteSource, size: int = _SNIFF_BYTES) -> tuple[bytes, IO[bytes]]:
    """The first bytes of ``stream``, and a stream that still yields them."""
    head = stream.read(size)
    return head, io.BufferedReader(_Prefixed(head, stream), buffer_size=1 << 16)


class _Prefixed(io.RawIOBase):
    """A raw stream: ``prefix`` bytes, then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: ByteSource) -> None:
        self._prefix = memoryview(prefix)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _stdin_bytes() -> IO[bytes]:
    stdin = sys.stdin
    if hasattr(stdin, "buffer"):
        return stdin.buffer
    return io.BytesIO(stdin.read().encode("utf-8"))


def archive_kind(head: bytes) -> str | None:
    """The archive kind ("warc" or "arc") from the first bytes, gzipped or not; else None."""
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 64)
        except zlib.error:
            return None
    head = head.lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"filedesc://"):
        return "arc"
    return None
