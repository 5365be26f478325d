"""Akinon Seller Center (``/api/i2/packages/``): async client, models, labels and errors. No Qt.

    async with SellerCenterClient("https://seller.example.com", api_key) as sc:
        for package in await sc.list_packages(status=PackageStatus.PREPARING):
            items = await sc.package_items(package.number)
"""

from .client import SellerCenterClient, WriteResult
from .errors import (
    MESSAGES,
    SellerCenterBadRequest,
    SellerCenterConnectionError,
    SellerCenterError,
    SellerCenterForbidden,
    SellerCenterHTTPError,
    SellerCenterNotFound,
    SellerCenterNotSent,
    SellerCenterRateLimited,
    SellerCenterRefused,
    SellerCenterResponseError,
    SellerCenterServerError,
    SellerCenterTimeout,
    SellerCenterUnauthorized,
)
from .labels import (
    HtmlLabel,
    ImageLabel,
    LabelDocument,
    LabelKind,
    PdfLabel,
    SellerCenterLabel,
    UrlLabel,
    ZplLabel,
    sniff_label,
)
from .models import (
    CargoLabel,
    ChangeShippingMethod,
    PackageStatus,
    RejectPackage,
    SellerCenterAddress,
    SellerCenterPackage,
    SellerCenterPackageItem,
    ShippingCompany,
    SplitPackage,
    UpdatePackage,
    split_body,
)
from .transport import HttpxTransport, RawResponse, Transport
from .wire import authorization_value, check_base_url, json_body

__all__ = [
    "MESSAGES",
    "CargoLabel",
    "ChangeShippingMethod",
    "HtmlLabel",
    "HttpxTransport",
    "ImageLabel",
    "LabelDocument",
    "LabelKind",
    "PackageStatus",
    "PdfLabel",
    "RawResponse",
    "RejectPackage",
    "SellerCenterAddress",
    "SellerCenterBadRequest",
    "SellerCenterClient",
    "SellerCenterConnectionError",
    "SellerCenterError",
    "SellerCenterForbidden",
    "SellerCenterHTTPError",
    "SellerCenterLabel",
    "SellerCenterNotFound",
    "SellerCenterNotSent",
    "SellerCenterPackage",
    "SellerCenterPackageItem",
    "SellerCenterRateLimited",
    "SellerCenterRefused",
    "SellerCenterResponseError",
    "SellerCenterServerError",
    "SellerCenterTimeout",
    "SellerCenterUnauthorized",
    "ShippingCompany",
    "SplitPackage",
    "Transport",
    "UpdatePackage",
    "UrlLabel",
    "WriteResult",
    "ZplLabel",
    "authorization_value",
    "check_base_url",
    "json_body",
    "sniff_label",
    "split_body",
]
