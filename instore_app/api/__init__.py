"""The Akinon OMS API: async client, models and errors. Never imports Qt."""

from .client import CommandResult, LabelDocument, OmsClient, RetryPolicy, check_base_url, is_transient
from .errors import (
    OmsBadRequest,
    OmsCommandNotAllowed,
    OmsConnectionError,
    OmsError,
    OmsForbidden,
    OmsHTTPError,
    OmsNotFound,
    OmsNotSent,
    OmsRateLimited,
    OmsResponseError,
    OmsServerError,
    OmsTimeout,
    OmsUnauthorized,
)
from .models import (
    DEFAULT_OPEN_STATES,
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
    TransitionLog,
)

__all__ = [name for name in dir() if not name.startswith("_")]
