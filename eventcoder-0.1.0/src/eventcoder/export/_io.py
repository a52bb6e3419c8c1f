"""Opening export targets: a path, a text stream or a binary stream, all treated alike."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def text_target(out: Path | str | IO[Any]) -> Iterator[IO[str]]:
    """A UTF-8 text stream writing to ``out``; a stream passed in is left open."""
    if isinstance(out, str | Path):
        with Path(out).open("w", encoding="utf-8", newline="") as handle:
            yield handle
        return
    if isinstance(out, io.TextIOBase):
        yield out  # type: ignore[misc]
        return
    wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        yield wrapper
    finally:
        wrapper.flush()
        wrapper.detach()


def binary_target(out: Path | str | IO[Any]) -> Path | IO[bytes]:
    """``out`` as a path or binary stream (a text stream's underlying buffer, e.g. stdout)."""
    if isinstance(out, str | Path):
        return Path(out)
    if isinstance(out, io.TextIOBase):
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise ValueError("this format is binary: give a path or a binary stream")
        out.flush()
        return buffer
    return out
