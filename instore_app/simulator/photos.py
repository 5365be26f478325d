"""Product photos for the simulator: the shipped drawing of each model, dyed in the product's colour.

``resources/products/<base code>.jpg`` is the garment's shading (grey, 200 = its own colour)
and ``<base code>-mask.png`` its outline, made once by ``scripts/make_product_photos.py``.
:func:`product_photo` dyes the shading in the product's colour (``renk``), puts it on a grey
studio backdrop with a soft shadow and returns a JPEG. A product whose model has no drawing
(or whose files are missing) has no photo: the server then serves its letter tile.
"""

from __future__ import annotations

import io
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..resources import RESOURCES_DIR
from .models import Product

log = logging.getLogger(__name__)

PHOTOS_DIR = RESOURCES_DIR / "products"
#: The shading value that stands for the garment's own colour (see make_product_photos.py).
BASE = 200
JPEG_QUALITY = 82
BACKDROP_TOP = (246, 247, 249)
BACKDROP_BOTTOM = (218, 222, 228)
UNKNOWN_COLOUR = (128, 128, 132)

#: The seed's colour codes (``renk``) as RGB.
COLOURS: dict[str, tuple[int, int, int]] = {
    "SİYAH": (44, 44, 48),
    "BEYAZ": (246, 246, 242),
    "LACİVERT": (34, 50, 96),
    "GRİ MELANJ": (150, 152, 158),
    "BEJ": (214, 194, 162),
    "KIRMIZI": (186, 36, 44),
    "HAKİ": (112, 112, 72),
    "EKRU": (236, 226, 204),
    "KAHVERENGİ": (112, 76, 50),
    "İNDİGO": (58, 70, 132),
}


def photo_files(base_code: str, folder: Path = PHOTOS_DIR) -> tuple[Path, Path] | None:
    """(shading, mask) of the model `base_code`, or None when it has no drawing."""
    shade, mask = folder / f"{base_code}.jpg", folder / f"{base_code}-mask.png"
    if "/" in base_code or "\\" in base_code or not (shade.is_file() and mask.is_file()):
        return None
    return shade, mask


@lru_cache(maxsize=256)
def has_photo(base_code: str) -> bool:
    """The model `base_code` has a drawing (checked once per model)."""
    return photo_files(base_code) is not None


@lru_cache(maxsize=128)
def product_photo(product: Product) -> bytes | None:
    """The product's photo as JPEG bytes, or None when its model has no drawing."""
    try:
        model = _model(product.base_code)
    except OSError as error:  # a damaged file: the letter tile stands in
        log.warning("the photo of model %s cannot be made: %s", product.base_code, error)
        return None
    if model is None:
        return None
    return _dye(model, COLOURS.get(product.colour, UNKNOWN_COLOUR))


@lru_cache(maxsize=64)
def _model(base_code: str) -> tuple[Any, Any, Any] | None:
    """(shading, mask, backdrop with the garment's shadow) of a model: made once per model."""
    from PIL import Image, ImageChops, ImageFilter

    files = photo_files(base_code)
    if files is None:
        return None
    with Image.open(files[0]) as opened_shade, Image.open(files[1]) as opened_mask:
        shade, mask = opened_shade.convert("L"), opened_mask.convert("L")
    size = shade.size
    backdrop = Image.merge(
        "RGB",
        [
            Image.linear_gradient("L").resize(size).point([top + (bottom - top) * v // 255 for v in range(256)])
            for top, bottom in zip(BACKDROP_TOP, BACKDROP_BOTTOM)
        ],
    )
    shadow = ImageChops.offset(mask, size[0] // 60, size[1] // 36).filter(ImageFilter.GaussianBlur(size[0] / 40))
    backdrop.paste((90, 94, 102), (0, 0), shadow.point(lambda v: v * 40 // 100))
    return shade, mask, backdrop


def _dye(model: tuple[Any, Any, Any], colour: tuple[int, int, int]) -> bytes:
    """The model's garment in `colour` on its backdrop, as a JPEG."""
    from PIL import Image

    shade, mask, backdrop = model
    garment = Image.merge("RGB", [shade.point([min(255, channel * value // BASE) for value in range(256)]) for channel in colour])
    photo = backdrop.copy()
    photo.paste(garment, (0, 0), mask)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()
