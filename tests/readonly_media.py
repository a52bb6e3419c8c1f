"""A folder that cannot be written, for tests of stores on read-only media.

As root (where file modes do not stop writes) a small tmpfs is mounted and remounted
read-only; as any other user the folder and its files lose their write bits. Where neither
works the test skips and says why.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True, check=False).returncode == 0


@contextmanager
def read_only_folder(base: Path, files: dict[str, Path]) -> Iterator[Path]:
    """A folder under ``base`` holding copies of ``files`` (name -> source), not writable."""
    folder = base / "readonly"
    folder.mkdir()
    if os.geteuid() != 0:
        for name, source in files.items():
            shutil.copy(source, folder / name)
            (folder / name).chmod(stat.S_IRUSR | stat.S_IRGRP)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield folder
        finally:
            folder.chmod(stat.S_IRWXU)
            for name in files:
                (folder / name).chmod(stat.S_IRUSR | stat.S_IWUSR)
        return
    if not _run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)):
        pytest.skip("running as root and cannot mount a tmpfs to make read-only media")
    try:
        for name, source in files.items():
            shutil.copy(source, folder / name)
        if not _run("mount", "-o", "remount,ro", str(folder)):
            pytest.skip("cannot remount the test tmpfs read-only")
        yield folder
    finally:
        _run("umount", "-l", str(folder))
