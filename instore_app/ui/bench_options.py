"""How the bench behaves at this station: packing and printing on their own, sounds, the label
printer. A module of its own so the main window can hold them before it builds the bench."""

from __future__ import annotations

from dataclasses import dataclass

from ..labels.stock import LabelPrintSettings

__all__ = ["BenchOptions"]


@dataclass(frozen=True)
class BenchOptions:
    auto_pack: bool = True
    auto_print: bool = False
    sound: bool = True
    print_settings: LabelPrintSettings = LabelPrintSettings()
