"""Where the manifests' PDFs are kept: a folder in the user data folder, one file per finished
handover, removed after :data:`~instore_app.handover.manifest.KEEP_DAYS` days (as the
journal forgets the handover). No Qt here; the PDF itself is drawn by
:mod:`instore_app.labels.manifest`."""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from pathlib import Path

from .manifest import KEEP_DAYS, Manifest

log = logging.getLogger(__name__)

__all__ = ["ManifestArchive", "default_folder"]

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def default_folder(*, demo: bool = False) -> Path:
    """``<user data folder>/manifests`` (``manifests-demo`` for the demo), beside the journal."""
    from ..journal import default_path

    return default_path().with_name("manifests-demo" if demo else "manifests")


class ManifestArchive:
    """The manifests' PDFs in `folder` (made when the first one is kept)."""

    def __init__(self, folder: Path, *, keep_days: int = KEEP_DAYS) -> None:
        self.folder = folder
        self.keep_days = keep_days

    def path_for(self, manifest: Manifest) -> Path:
        """``manifest-<handover>-<date-time>-<carrier>.pdf`` (ASCII only: any file system)."""
        moment = manifest.finished_at.astimezone() if manifest.finished_at.tzinfo else manifest.finished_at
        ascii_name = unicodedata.normalize("NFKD", manifest.carrier_name).encode("ascii", "ignore").decode()
        carrier = _UNSAFE.sub("-", ascii_name).strip("-").lower()  # "Yurtiçi Kargo": "yurtici-kargo"
        name = f"manifest-{manifest.handover_id}-{moment:%Y%m%d-%H%M}" + (f"-{carrier}" if carrier else "")
        return self.folder / f"{name}.pdf"

    def kept(self) -> list[Path]:
        """The kept PDFs, newest first."""
        if not self.folder.is_dir():
            return []
        files = [p for p in self.folder.glob("manifest-*.pdf") if p.is_file()]
        return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)

    def prune(self, *, now: float | None = None) -> int:
        """Remove the PDFs older than `keep_days`; how many were removed (failures logged)."""
        cutoff = (time.time() if now is None else now) - self.keep_days * 86400
        removed = 0
        for path in self.kept():
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError as exc:
                log.warning("the old manifest %s was not removed: %s", path, exc)
        return removed
