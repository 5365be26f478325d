"""The command endpoint's rules: which transition a request names, whether the package's
state offers it, whether its input parameters are valid, and the answer (the OMS's status
codes and DRF-style error bodies).

Part of :class:`~.store.Store`: :meth:`CommandRules.apply_command` validates, has
:mod:`.store_effects` apply the transition, and records the request in :mod:`.store_log`.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from .after_packing_store import ship_answer
from .models import Package
from .states import (
    ADVANCED_SHIP_PACKAGE,
    DETECTED_OUT_OF_STOCK_ITEM,
    REFUSE_PACKAGE,
    REPACK_PACKAGE,
    SHIP_PACKAGE,
    TRANSITIONS_BY_ID,
    TRANSITIONS_BY_SLUG,
    Transition,
    transitions_for,
)
from .store_base import as_int
from .store_effects import PackageEffects
from .store_log import CommandLog, ReceivedCommand

__all__ = ["MISMATCH", "NOT_ALLOWED", "NOT_FOUND", "REQUIRED", "CommandResult", "CommandRules"]

NOT_FOUND = {"detail": "Not found."}
NOT_ALLOWED = "Command definition is not allowed! Check source & destination states of command to be created"
MISMATCH = "Command id and slug mismatch"
REQUIRED = "This field is required."

#: Commands answered 200 with the Ship command's documented body (the others: 204, or
#: DETECTED_OUT_OF_STOCK_ITEM's package services body).
_SHIP_ANSWERED = frozenset({SHIP_PACKAGE, ADVANCED_SHIP_PACKAGE, REPACK_PACKAGE})


@dataclass(frozen=True)
class CommandResult:
    """What the command endpoint answers: a status code and a JSON body (or None)."""

    status_code: int
    body: dict[str, Any] | None = None


class _CommandError(Exception):
    def __init__(self, result: CommandResult) -> None:
        super().__init__(result.status_code)
        self.result = result


def _error(status_code: int, **error: Any) -> _CommandError:
    return _CommandError(CommandResult(status_code, {"error": error, "status_code": status_code}))


class CommandRules(PackageEffects, CommandLog):
    """Running a command as the OMS's command endpoint does (a part of Store)."""

    def apply_command(
        self,
        package_id: int,
        transition: Any = None,
        slug: Any = None,
        input_parameters: Any = None,
        *,
        source: str = "direct",
        user: str | None = None,
    ) -> CommandResult:
        """Run a command as the OMS's command endpoint does, and record the request.

        Call it directly to simulate another station (or the OMS web UI)
        acting on a package; the HTTP endpoint calls it with ``source="http"`` and the
        token's user. `user` is who the transition log names (None: the OMS itself).
        """
        with self.lock:
            resolved: Transition | None = None
            try:
                resolved = self._lookup(package_id, transition, slug)
                pkg = self._packages[package_id]
                offered = transitions_for(pkg.state, has_shipment=pkg.shipment is not None)
                if resolved is None or resolved not in offered:
                    raise _error(406, non_field_errors=NOT_ALLOWED, error_code="commands_100_1")
                result = self._run(pkg, resolved, input_parameters, user)
            except _CommandError as exc:
                result = exc.result
            self.received_commands.append(
                ReceivedCommand(
                    package_id=package_id,
                    transition=transition,
                    slug=slug,
                    input_parameters=copy.deepcopy(input_parameters),
                    status_code=result.status_code,
                    command=resolved.command if resolved else None,
                    source=source,
                    received_at=self._clock(),
                )
            )
            return result

    def _lookup(self, package_id: int, transition: Any, slug: Any) -> Transition | None:
        """The transition the request names, if any; raises the OMS's 404/400/406 answers."""
        pkg = self._packages.get(package_id)
        if pkg is None:
            raise _CommandError(CommandResult(404, dict(NOT_FOUND)))
        if transition in (None, "") and slug in (None, ""):
            raise _error(400, non_field_errors="transition or slug required")
        by_id = by_slug = None
        if transition not in (None, ""):
            transition_id = as_int(transition)
            if transition_id is None:
                raise _error(400, transition="A valid integer is required.")
            by_id = TRANSITIONS_BY_ID.get(transition_id)
        if slug not in (None, ""):
            if not isinstance(slug, str):
                raise _error(400, slug="Not a valid string.")
            by_slug = TRANSITIONS_BY_SLUG.get(slug)
        if transition not in (None, "") and slug not in (None, "") and by_id != by_slug:
            raise _error(406, non_field_errors=MISMATCH, error_code="commands_100_5")
        return by_id or by_slug

    def _run(self, pkg: Package, transition: Transition, input_parameters: Any, user: str | None) -> CommandResult:
        params = {} if input_parameters is None else input_parameters
        if not isinstance(params, dict):
            raise _error(
                400,
                input_parameters=f'Expected a dictionary of items but got type "{type(params).__name__}".',
            )
        self._validate(pkg, transition.command, params)
        self._apply(pkg, transition, params, self._clock(), log=True, user=user)
        if transition.command in _SHIP_ANSWERED:
            return CommandResult(200, ship_answer(pkg))
        if transition.command == DETECTED_OUT_OF_STOCK_ITEM:
            return CommandResult(
                200,
                {
                    "package__id": pkg.id,
                    "package__number": pkg.number,
                    "package__stock_location__id": pkg.stock_location.id,
                    "package__stock_location__name": pkg.stock_location.name,
                    "is_same_location": True,
                },
            )
        return CommandResult(204)

    def _validate(self, pkg: Package, command: str, params: dict[str, Any]) -> None:
        if command in (DETECTED_OUT_OF_STOCK_ITEM, SHIP_PACKAGE):
            self._validate_package_items(pkg, params)
        elif command == REFUSE_PACKAGE:
            self._validate_denial_reason(params)
        elif command == ADVANCED_SHIP_PACKAGE:
            problem = self._advanced_ship_problem(params)
            if problem is not None:
                raise _error(400, **problem)

    @staticmethod
    def _validate_package_items(pkg: Package, params: dict[str, Any]) -> None:
        if "package_items" not in params:
            raise _error(400, package_items=REQUIRED)
        value = params["package_items"]
        if not isinstance(value, list):
            raise _error(
                400, package_items=f'Expected a list of items but got type "{type(value).__name__}".'
            )
        if not value:
            raise _error(400, package_items="This list may not be empty.")
        own = {item.id for item in pkg.items}
        for entry in value:
            item_id = as_int(entry)
            if item_id is None:
                raise _error(400, package_items="A valid integer is required.")
            if item_id not in own:
                raise _error(400, package_items=f'Invalid pk "{entry}" - object does not exist.')

    def _validate_denial_reason(self, params: dict[str, Any]) -> None:
        if params.get("denial_reason") in (None, ""):
            raise _error(400, denial_reason=REQUIRED)
        value = params["denial_reason"]
        reason_id = as_int(value)
        if reason_id is None:
            raise _error(
                400,
                denial_reason=f"Incorrect type. Expected pk value, received {type(value).__name__}.",
            )
        reason = self.denial_reasons.get(reason_id)
        if reason is None:
            raise _error(400, denial_reason=f'Invalid pk "{value}" - object does not exist.')
        if not reason.is_active:
            raise _error(400, denial_reason=f'Denial reason "{reason.title}" is not active.')
