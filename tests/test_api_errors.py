"""errors.error_for_status: the typed error, and a readable message, for every OMS error answer."""

from __future__ import annotations

import pytest

from instore_app.api.errors import (
    OmsBadRequest,
    OmsCommandNotAllowed,
    OmsConnectionError,
    OmsError,
    OmsForbidden,
    OmsHTTPError,
    OmsNotFound,
    OmsRateLimited,
    OmsResponseError,
    OmsServerError,
    OmsTimeout,
    OmsUnauthorized,
    error_for_status,
    parse_retry_after,
)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, OmsBadRequest),
        (401, OmsUnauthorized),
        (403, OmsForbidden),
        (404, OmsNotFound),
        (406, OmsCommandNotAllowed),
        (429, OmsRateLimited),
        (500, OmsServerError),
        (502, OmsServerError),
        (503, OmsServerError),
        (504, OmsServerError),
        (599, OmsServerError),
    ],
)
def test_each_status_has_its_class(status, cls):
    error = error_for_status(status, None, method="GET", path="/api/v1/oms/packages/1/")
    assert type(error) is cls
    assert isinstance(error, OmsHTTPError) and isinstance(error, OmsError)
    assert (error.status_code, error.method, error.path) == (status, "GET", "/api/v1/oms/packages/1/")
    assert error.message and str(error) == error.message


@pytest.mark.parametrize("status", [405, 409, 410, 418, 422])
def test_other_client_errors_are_plain_http_errors(status):
    error = error_for_status(status, None)
    assert type(error) is OmsHTTPError
    assert error.status_code == status
    assert error.message == f"The OMS answered HTTP {status}."


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, "The OMS rejected the request."),
        (401, "The OMS did not accept the sign-in token. Sign in again."),
        (403, "This user is not allowed to do that in the OMS."),
        (404, "The OMS does not know this package any more."),
        (406, "The OMS does not allow this command in the package's current state."),
        (429, "The OMS is busy (too many requests). Try again in a moment."),
    ],
)
@pytest.mark.parametrize("body", [None, {}, [], "", "<html>Bad request</html>", 42])
def test_no_usable_body_gives_the_default_message(status, expected, body):
    error = error_for_status(status, body)
    assert error.message == expected
    assert error.body == body
    assert error.error_code is None


def test_server_errors_hide_the_body_but_keep_it():
    body = {"detail": "Traceback (most recent call last): KeyError 'package'"}
    error = error_for_status(503, body, method="POST", path="/api/v1/oms/packages/1/command/")
    assert isinstance(error, OmsServerError)
    assert error.message == "The OMS had an internal error (HTTP 503). Try again in a moment."
    assert "Traceback" not in error.message
    assert error.body == body


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("7", 7.0), (" 7 ", 7.0), ("0", 0.0), ("1.5", 1.5), ("120", 120.0)],
)
def test_429_reads_retry_after_seconds(header, seconds):
    error = error_for_status(429, None, retry_after=header)
    assert isinstance(error, OmsRateLimited)
    assert error.retry_after == seconds
    assert error.status_code == 429


@pytest.mark.parametrize("header", [None, "", "soon", "7s", "-3", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_429_without_usable_retry_after_has_none(header):
    error = error_for_status(429, {"detail": "Request was throttled."}, retry_after=header)
    assert isinstance(error, OmsRateLimited)
    assert error.retry_after is None
    assert error.message == "Request was throttled."


def test_retry_after_is_only_read_for_429():
    error = error_for_status(503, None, retry_after="7")
    assert isinstance(error, OmsServerError)
    assert not hasattr(error, "retry_after")


def test_parse_retry_after_directly():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None


DRF_BODIES = [
    (404, {"detail": "Not found."}, "Not found."),
    (401, {"detail": "Invalid token."}, "Invalid token."),
    (
        403,
        {"detail": "You do not have permission to perform this action."},
        "You do not have permission to perform this action.",
    ),
    (400, {"non_field_errors": ["transition or slug required"]}, "transition or slug required"),
    (
        400,
        {"non_field_errors": ["First problem.", "Second problem."]},
        "First problem. Second problem.",
    ),
    (
        400,
        {"error": {"package_items": "This field is required."}},
        "package_items: This field is required.",
    ),
    (
        400,
        {"error": {"package_items": ['Invalid pk "9" - object does not exist.']}, "status_code": 400},
        'package_items: Invalid pk "9" - object does not exist.',
    ),
    (
        400,
        {"invoice_number": ["This field may not be blank."]},
        "invoice_number: This field may not be blank.",
    ),
    (400, ["Package is locked."], "Package is locked."),
    (
        406,
        {
            "error": {"non_field_errors": "Command id and slug mismatch", "error_code": "commands_100_5"},
            "status_code": 406,
        },
        "Command id and slug mismatch",
    ),
]


@pytest.mark.parametrize(("status", "body", "message"), DRF_BODIES)
def test_drf_bodies_give_readable_messages(status, body, message):
    error = error_for_status(status, body)
    assert error.message == message
    assert "{" not in error.message and "[" not in error.message


def test_error_code_comes_from_the_error_object():
    body = {
        "error": {"non_field_errors": "Command definition is not allowed!", "error_code": "commands_100_1"}
    }
    error = error_for_status(406, body)
    assert isinstance(error, OmsCommandNotAllowed)
    assert error.error_code == "commands_100_1"
    assert error.message == "Command definition is not allowed!"


def test_numeric_error_code_becomes_a_string():
    error = error_for_status(400, {"error": {"detail": "Bad data.", "error_code": 1201}})
    assert error.error_code == "1201"
    assert error.message == "Bad data."


def test_error_code_outside_an_error_object_is_not_read():
    error = error_for_status(400, {"detail": "Bad data.", "error_code": "x_1"})
    assert error.error_code is None
    assert error.message == "Bad data."


def test_the_other_errors_of_the_hierarchy():
    assert issubclass(OmsTimeout, OmsConnectionError) and issubclass(OmsConnectionError, OmsError)
    error = OmsResponseError("The OMS sent data in an unexpected shape.", field="packageitem_set.0.id")
    assert isinstance(error, OmsError) and not isinstance(error, OmsHTTPError)
    assert error.message == "The OMS sent data in an unexpected shape."
    assert error.field == "packageitem_set.0.id"
