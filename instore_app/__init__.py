"""Instore Packing Station: a packing-station desktop app for Akinon OMS."""

__version__ = "0.1.0"
