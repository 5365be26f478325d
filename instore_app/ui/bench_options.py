"""How the bench behaves at this station: packing and printing on their own, sounds, the label
printer. A module of its own so the main window can hold them before it builds the bench."""

from __future__ import annotations

from dataclasses import dataclass

from ..labels.stock import LabelPrintSettings

__all__ = ["BenchOptions"]


@dataclass(frozen=True)
class BenchOptions:
    """How the bench behaves, from the settings: pack when the last item is confirmed, print
    the label when it arrives, sounds, and the label printer."""

    auto_pack: bool = True
    auto_print: bool = False
    sound: bool = True
    print_settings: LabelPrintSettings = LabelPrintSettings()
