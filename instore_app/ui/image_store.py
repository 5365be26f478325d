"""Product photos kept on disk between runs: a bounded folder in the user's cache (no Qt here).

One file per image address (named by the SHA-256 of the address, so nothing of it, not even
a CDN signature in its query, shows in the file name). At most ``max_files`` files and
``max_bytes`` bytes: after each write the least recently used files (oldest modification
time; a read touches it) go first. The cache is a convenience: a folder that can't be read
or written is logged once and the photos are simply fetched again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

__all__ = ["DiskImageStore", "default_folder"]

APP_NAME = "instore-app"
MAX_FILES = 200
MAX_BYTES = 50 * 1024 * 1024
SUFFIX = ".img"


def default_folder() -> Path:
    """``<user cache>/instore-app/product-images`` (``~/.cache/...`` on Linux)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "product-images"


class DiskImageStore:
    def __init__(self, folder: Path | None = None, *, max_files: int = MAX_FILES, max_bytes: int = MAX_BYTES) -> None:
        self.folder = folder if folder is not None else default_folder()
        self.max_files = max_files
        self.max_bytes = max_bytes
        self._warned = False

    def path_for(self, url: str) -> Path:
        return self.folder / (hashlib.sha256(url.encode("utf-8")).hexdigest() + SUFFIX)

    def get(self, url: str) -> bytes | None:
        """The stored bytes of `url` (and it becomes the most recently used), or None."""
        path = self.path_for(url)
        try:
            data = path.read_bytes()
            os.utime(path)
        except FileNotFoundError:
            return None
        except OSError as error:
            self._warn("read", error)
            return None
        return data

    def put(self, url: str, data: bytes) -> bool:
        """Keep `data` for `url` (written whole or not at all); False if it could not be."""
        if len(data) > self.max_bytes:
            return False
        path = self.path_for(url)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".part-")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(data)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            self._warn("write", error)
            return False
        self.prune()
        return True

    def forget(self, url: str) -> None:
        """Remove what is kept for `url` (it turned out not to be an image)."""
        try:
            self.path_for(url).unlink(missing_ok=True)
        except OSError as error:
            self._warn("remove", error)

    def prune(self) -> None:
        """Delete the least recently used files until both bounds hold."""
        try:
            entries = []
            for entry in os.scandir(self.folder):
                if entry.name.endswith(SUFFIX) and entry.is_file(follow_symlinks=False):
                    stat = entry.stat(follow_symlinks=False)
                    entries.append((stat.st_mtime_ns, stat.st_size, entry.path))
        except FileNotFoundError:
            return
        except OSError as error:
            self._warn("list", error)
            return
        entries.sort()
        count, total = len(entries), sum(size for _, size, _ in entries)
        for _mtime, size, path in entries:
            if count <= self.max_files and total <= self.max_bytes:
                break
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError as error:
                self._warn("remove", error)
                return
            count, total = count - 1, total - size

    def _warn(self, what: str, error: OSError) -> None:
        if not self._warned:
            self._warned = True
            log.warning("product photos: cannot %s the cache in %s (%s); they are fetched again instead", what, self.folder, error)
