"""The Akinon OMS API: async client, models and errors. Never imports Qt."""

import os as _os
import sys as _sys

# httpx's package imports its command-line tool (httpx._main) first thing, and that imports
# click and pygments when they are installed (uvicorn and pytest bring them) before failing
# on rich: ~35 ms of every start-up for a tool the app never runs. With None in sys.modules
# the import fails at once, and httpx keeps its stub ``main``, as without those packages.
# (typeshed types sys.modules as dict[str, ModuleType]; None there is the import system's
# documented "blocked" entry, hence the one ignore.)
if "httpx" not in _sys.modules:
    _sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# pydantic looks for plugins in every installed package's metadata when it builds its first
# validator (~5 ms of the first list, more beside dev tools); the app uses none. Its
# documented switch turns the search off, unless the environment already says otherwise.
_os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from .bodies import BodyKind, BodyLimits
from .client import CommandResult, LabelDocument, OmsClient, RetryPolicy, check_base_url, is_transient
from .errors import (
    OmsBadRequest,
    OmsCertificateError,
    OmsCommandNotAllowed,
    OmsConnectionError,
    OmsError,
    OmsForbidden,
    OmsHTTPError,
    OmsNotFound,
    OmsNotSent,
    OmsRateLimited,
    OmsRedirected,
    OmsResponseError,
    OmsServerError,
    OmsTimeout,
    OmsTooLarge,
    OmsUnauthorized,
)
from .httplayer import HttpLayer
from .origin import Origin, OriginAuth, origin_of, token_header
from .pagination import Listing
from .after_packing import check_invoice_number
from .order_models import Invoice, Order
from .models import (
    DEFAULT_OPEN_STATES,
    CargoCompany,
    Command,
    DenialReason,
    Package,
    PackageItem,
    PackageShort,
    Page,
    Product,
    ShippingLabel,
    State,
    StockLocation,
    LogUser,
    TransitionLog,
)

__all__ = [
    "BodyKind",
    "BodyLimits",
    "HttpLayer",
    "Listing",
    "OmsCertificateError",
    "OmsRedirected",
    "OmsTooLarge",
    "Origin",
    "OriginAuth",
    "origin_of",
    "token_header",
    "CargoCompany",
    "Command",
    "CommandResult",
    "Invoice",
    "LogUser",
    "Order",
    "check_invoice_number",
    "DEFAULT_OPEN_STATES",
    "DenialReason",
    "LabelDocument",
    "OmsBadRequest",
    "OmsClient",
    "OmsCommandNotAllowed",
    "OmsConnectionError",
    "OmsError",
    "OmsForbidden",
    "OmsHTTPError",
    "OmsNotFound",
    "OmsNotSent",
    "OmsRateLimited",
    "OmsResponseError",
    "OmsServerError",
    "OmsTimeout",
    "OmsUnauthorized",
    "Package",
    "PackageItem",
    "PackageShort",
    "Page",
    "Product",
    "RetryPolicy",
    "ShippingLabel",
    "State",
    "StockLocation",
    "TransitionLog",
    "check_base_url",
    "is_transient",
]
