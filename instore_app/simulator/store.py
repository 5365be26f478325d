"""The simulated OMS's state: packages, the command state machine, a request log.

Pure Python and thread-safe: every public method takes ``self.lock``, so the
HTTP server (its own thread) and a test (acting as another station through
:meth:`Store.apply_command`) can both change packages. Methods that return
JSON build fresh dicts under the lock.
"""

from __future__ import annotations

import copy
import hashlib
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from . import serializers
from .after_packing_store import AfterPackingData, ship_answer
from .handover_seed import PACKED_WITHOUT_SHIPMENT, handover_packages
from .models import District, LabelData, Package, Product, Shipment, ShippingLabel, TransitionLog
from .seed import DEFAULT_STOCK_LOCATION_ID, SeedFactory
from .staff import HOLDER_USERNAME, seed_packer
from .states import (
    ADVANCED_SHIP_PACKAGE,
    CHANNEL_BASED_COMPLETE_PACKAGING,
    COMPLETE_PACKAGING,
    COMPLETE_PACKAGING_WITHOUT_SHIPMENT,
    DELIVERED,
    DETECTED_OUT_OF_STOCK_ITEM,
    ITEM_CANCELLED,
    ITEM_DELIVERED,
    ITEM_OUT_OF_STOCK,
    ITEM_PACKED,
    ITEM_PREPARING,
    ITEM_WAITING,
    ORDER_APPROVED,
    ORDER_CANCELLED,
    ORDER_DELIVERED,
    ORDER_PREPARING,
    ORDER_SHIPPED,
    PACK_COMMANDS,
    PACKAGING_CANCELED,
    PKG_STATE_TRANSITION,
    PREPARE_PACKAGE_COMMAND,
    REFUSE_PACKAGE,
    REPACK_PACKAGE,
    SHIP_PACKAGE,
    TRANSITIONS_BY_ID,
    TRANSITIONS_BY_SLUG,
    Status,
    Transition,
    transitions_for,
    transitions_from,
)

NOT_FOUND = {"detail": "Not found."}
NOT_ALLOWED = "Command definition is not allowed! Check source & destination states of command to be created"
MISMATCH = "Command id and slug mismatch"
REQUIRED = "This field is required."

# The commands a seeded package runs to reach a state (from Waiting).
_SEED_PATHS: dict[str, tuple[str, ...]] = {
    "100": (),
    "200": (PKG_STATE_TRANSITION,),
    "400": (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION),
    "500": (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION, COMPLETE_PACKAGING),
    "600": (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION, COMPLETE_PACKAGING, SHIP_PACKAGE),
    "800": (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION, COMPLETE_PACKAGING, SHIP_PACKAGE),
    "900": (),
    "920": (PKG_STATE_TRANSITION, DETECTED_OUT_OF_STOCK_ITEM),
    "950": (REFUSE_PACKAGE,),
    PACKED_WITHOUT_SHIPMENT: (PKG_STATE_TRANSITION, PKG_STATE_TRANSITION, COMPLETE_PACKAGING_WITHOUT_SHIPMENT),
}
#: Seeded paths whose steps are logged, with the seeded packer as the user (who packed what).
_LOGGED_SEEDS = frozenset({"500", "600", "800", PACKED_WITHOUT_SHIPMENT})

#: Commands answered 200 with the Ship command's documented body (the others: 204, or
#: DETECTED_OUT_OF_STOCK_ITEM's package services body).
_SHIP_ANSWERED = frozenset({SHIP_PACKAGE, ADVANCED_SHIP_PACKAGE, REPACK_PACKAGE})


@dataclass(frozen=True)
class CommandResult:
    """What the command endpoint answers: a status code and a JSON body (or None)."""

    status_code: int
    body: dict[str, Any] | None = None


@dataclass(frozen=True)
class ReceivedCommand:
    """One command request as received, whatever its outcome."""

    package_id: int
    transition: Any
    slug: Any
    input_parameters: Any
    status_code: int
    command: str | None  # the command the request resolved to, if any
    source: str  # "http" or "direct"
    received_at: datetime

    @property
    def applied(self) -> bool:
        return self.status_code in (200, 204)


class _CommandError(Exception):
    def __init__(self, result: CommandResult) -> None:
        super().__init__(result.status_code)
        self.result = result


def _error(status_code: int, **error: Any) -> _CommandError:
    return _CommandError(CommandResult(status_code, {"error": error, "status_code": status_code}))


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _as_int(value: Any) -> int | None:
    """An int from an int or a digit string (as DRF's IntegerField), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


@dataclass
class _Filters:
    stock_location: int | None = None
    states: frozenset[str] | None = None
    number: str | None = None
    order_number: str | None = None

    def match(self, pkg: Package) -> bool:
        return (
            (self.stock_location is None or pkg.stock_location.id == self.stock_location)
            and (self.states is None or pkg.state.enum_value in self.states)
            and (self.number is None or pkg.number == self.number)
            and (self.order_number is None or pkg.order_number == self.order_number)
        )


@dataclass
class _Counters:
    shipment: int = 3001
    label: int = 2901
    log: int = 863001

    def next(self, name: str) -> int:
        value: int = getattr(self, name)
        setattr(self, name, value + 1)
        return value


class Store(AfterPackingData):
    """The simulated OMS data and its command state machine.

    ``seed`` makes the data deterministic; ``now`` anchors its dates (default:
    the current time); ``clock`` stamps commands (default: the current time);
    ``extra_packages`` adds that many packages at the default stock location;
    ``held_elsewhere`` names that many seeded Preparing packages at the default store (the
    first ones by pack-by date) as taken by another packer: their transition log to Preparing names
    :data:`~.staff.HOLDER_USERNAME` ("ayse"), so a station signed in as anyone else sees them
    held (the demo has one).
    """

    def __init__(
        self,
        seed: int = 1,
        *,
        now: datetime | None = None,
        extra_packages: int = 0,
        clock: Callable[[], datetime] | None = None,
        held_elsewhere: int = 0,
    ) -> None:
        self.lock = threading.RLock()
        self.seed = seed
        self.now = _utc(now) if now else datetime.now(timezone.utc)
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._factory = SeedFactory(seed, self.now)
        self.stock_locations = self._factory.stock_locations
        self.products = {p.id: p for p in self._factory.products}
        self.denial_reasons = self._factory.denial_reasons
        self._packages: dict[int, Package] = {}
        self._ordered: list[Package] = []
        self._labels: dict[int, Package] = {}
        self._counters = _Counters()
        self.received_commands: list[ReceivedCommand] = []
        self._held: frozenset[int] = frozenset()
        self._after_packing_init()
        seeded = self._factory.seed_packages()
        self._held = self._held_ids(seeded, held_elsewhere)
        self._add(seeded)
        self._add(handover_packages(self._factory))  # after the others: they stay as they were
        if extra_packages:
            self.add_packages(extra_packages)

    # -- building data -------------------------------------------------------

    def add_packages(self, n: int, stock_location_id: int = DEFAULT_STOCK_LOCATION_ID) -> list[int]:
        """Add ``n`` packages (Waiting, Preparing or Ready) at a stock location."""
        with self.lock:
            location = self.stock_locations[stock_location_id]
            planned = [self._factory.extra_package(location) for _ in range(n)]
            self._add(planned)
            return [pkg.id for pkg, _ in planned]

    def _add(self, planned: Iterable[tuple[Package, str]]) -> None:
        for pkg, value in planned:
            self._packages[pkg.id] = pkg
            self._ordered.append(pkg)
            self._seed_to_state(pkg, value)
        self._ordered.sort(key=lambda p: (p.target_packing_date, p.id))

    @staticmethod
    def _held_ids(planned: Sequence[tuple[Package, str]], count: int) -> frozenset[int]:
        """The ids of the first `count` Preparing packages at the default store (the demo's) by
        pack-by date: held by another packer."""
        preparing = sorted(
            (pkg for pkg, value in planned if value == "200" and pkg.stock_location.id == DEFAULT_STOCK_LOCATION_ID),
            key=lambda p: (p.target_packing_date, p.id),
        )
        return frozenset(pkg.id for pkg in preparing[: max(count, 0)])

    def _seed_to_state(self, pkg: Package, value: str) -> None:
        """Run the commands that take a new package to a seeded state, without logs (logged,
        with the seeded packer, for packed ones and for the Preparing ones held elsewhere)."""
        path = _SEED_PATHS[value]
        span = min(self.now, pkg.target_packing_date) - pkg.created_date
        span = max(span, timedelta(minutes=len(path) + 1))
        user = seed_packer(pkg.id) if value in _LOGGED_SEEDS else None
        if pkg.id in self._held:
            user = HOLDER_USERNAME
        for step, command in enumerate(path, start=1):
            at = pkg.created_date + span * step / (len(path) + 2)
            transition = next(t for t in transitions_from(pkg.state) if t.command == command)
            params = self._seed_parameters(pkg, command)
            self._apply(pkg, transition, params, at, log=user is not None, user=user)
        at = pkg.created_date + span * (len(path) + 1) / (len(path) + 2)
        if value == "800":
            self._deliver(pkg, at)
        elif value == "900":
            self._cancel(pkg, at)
        assert pkg.state.enum_value == value.split("-")[0]

    def _seed_parameters(self, pkg: Package, command: str) -> dict[str, Any]:
        rng = self._factory.rng
        if command == DETECTED_OUT_OF_STOCK_ITEM:
            return {"package_items": [rng.choice(pkg.items).id]}
        if command == REFUSE_PACKAGE:
            active = [r.id for r in self.denial_reasons.values() if r.is_active]
            return {"denial_reason": rng.choice(active)}
        return {}

    # -- queries -------------------------------------------------------------

    def package_state(self, package_id: int) -> str:
        """The package's state ``enum_value`` ("100", "500"...)."""
        with self.lock:
            return self._packages[package_id].state.enum_value

    def package_ids(self, stock_location_id: int | None = None, state: str | None = None) -> list[int]:
        """Package ids in list order, optionally filtered by location and state value."""
        filters = _Filters(stock_location_id, frozenset([state]) if state else None)
        with self.lock:
            return [p.id for p in self._ordered if filters.match(p)]

    def list_packages(
        self,
        *,
        base_url: str,
        short: bool = False,
        offset: int = 0,
        limit: int | None = None,
        stock_location: int | None = None,
        states: Iterable[str] | None = None,
        number: str | None = None,
        order_number: str | None = None,
    ) -> tuple[int, list[dict[str, Any]]]:
        """``(count, page)``: packages matching the filters, sorted by target date then id."""
        filters = _Filters(
            stock_location, frozenset(states) if states is not None else None, number, order_number
        )
        with self.lock:
            matches = [p for p in self._ordered if filters.match(p)]
            page = matches[offset : None if limit is None else offset + limit]
            if short:
                return len(matches), [serializers.package_short(p) for p in page]
            return len(matches), [serializers.package(p, base_url) for p in page]

    def package_json(self, package_id: int, base_url: str) -> dict[str, Any] | None:
        """The detailed package shape, or None for an unknown id."""
        with self.lock:
            pkg = self._packages.get(package_id)
            return serializers.package(pkg, base_url) if pkg else None

    def transition_logs(self, package_id: int) -> list[dict[str, Any]] | None:
        """The package's transition logs, newest first; None for an unknown id."""
        with self.lock:
            pkg = self._packages.get(package_id)
            if pkg is None:
                return None
            return [serializers.transition_log(log) for log in reversed(pkg.logs)]

    def denial_reasons_json(self) -> list[dict[str, Any]]:
        reasons = sorted(self.denial_reasons.values(), key=lambda r: (r.priority, r.id))
        return [serializers.denial_reason(r) for r in reasons]

    def stock_locations_json(self) -> list[dict[str, Any]]:
        return [serializers.stock_location_simple(loc) for loc in self.stock_locations.values()]

    def product(self, product_id: int) -> Product | None:
        return self.products.get(product_id)

    def label_data(self, label_id: int) -> LabelData | None:
        """What to print on shipping label ``label_id``, or None if unknown."""
        with self.lock:
            pkg = self._labels.get(label_id)
            if pkg is None or pkg.shipment is None or pkg.shipping_label is None:
                return None
            loc, address = pkg.stock_location, pkg.shipping_address
            customer = address.customer

            def area(district: District, postcode: str) -> str:
                township = district.township
                return f"{postcode} {township.name} / {township.city.name}"

            return LabelData(
                label_id=label_id,
                is_file=pkg.shipping_label.is_file,
                cargo_company=pkg.shipment.cargo_company.name,
                tracking_number=pkg.shipment.awb_number,
                package_number=pkg.number,
                order_number=pkg.order_number,
                item_count=len(pkg.items),
                packed_at=pkg.shipment.created_date,
                sender_name=loc.name,
                sender_lines=(loc.line, loc.district.name, area(loc.district, loc.postcode)),
                sender_phone=loc.phone,
                recipient_name=f"{customer.first_name} {customer.last_name}",
                recipient_lines=(
                    address.line,
                    address.district.name,
                    area(address.district, address.postcode),
                ),
                recipient_phone=customer.phone_number,
                pay_on_delivery=pkg.payment_type == "pay_on_delivery",
                gift_box=pkg.order_has_gift_box,
            )

    def command_count(
        self, package_id: int, command_name: str | None = None, *, applied_only: bool = False
    ) -> int:
        """How many command requests were received for a package.

        ``command_name`` counts only requests that resolved to that command
        (e.g. "COMPLETE_PACKAGING"); ``applied_only`` counts only successes.
        """
        with self.lock:
            return sum(
                1
                for r in self.received_commands
                if r.package_id == package_id
                and (command_name is None or r.command == command_name)
                and (not applied_only or r.applied)
            )

    def command_stats(self) -> dict[str, dict[str, Any]]:
        """Commands received per package (keys are package ids as strings, for JSON).

        ``{"<id>": {"received": n, "applied": n, "by_command": {name: {"received": n,
        "applied": n}}}}``; requests that named no known command count under ``"?"``.
        """
        with self.lock:
            stats: dict[str, dict[str, Any]] = {}
            for r in self.received_commands:
                entry = stats.setdefault(str(r.package_id), {"received": 0, "applied": 0, "by_command": {}})
                named = entry["by_command"].setdefault(r.command or "?", {"received": 0, "applied": 0})
                for counts in (entry, named):
                    counts["received"] += 1
                    counts["applied"] += r.applied
            return stats

    def clear_received_commands(self) -> None:
        """Forget the command requests received so far (the packages keep their state)."""
        with self.lock:
            self.received_commands.clear()

    # -- commands ------------------------------------------------------------

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

    def record_rejected_command(self, package_id: int, status_code: int, *, source: str = "http") -> None:
        """Record a command request rejected before it could be read (e.g. bad JSON)."""
        with self.lock:
            self.received_commands.append(
                ReceivedCommand(package_id, None, None, None, status_code, None, source, self._clock())
            )

    def _lookup(self, package_id: int, transition: Any, slug: Any) -> Transition | None:
        """The transition the request names, if any; raises the OMS's 404/400/406 answers."""
        pkg = self._packages.get(package_id)
        if pkg is None:
            raise _CommandError(CommandResult(404, dict(NOT_FOUND)))
        if transition in (None, "") and slug in (None, ""):
            raise _error(400, non_field_errors="transition or slug required")
        by_id = by_slug = None
        if transition not in (None, ""):
            transition_id = _as_int(transition)
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
            item_id = _as_int(entry)
            if item_id is None:
                raise _error(400, package_items="A valid integer is required.")
            if item_id not in own:
                raise _error(400, package_items=f'Invalid pk "{entry}" - object does not exist.')

    def _validate_denial_reason(self, params: dict[str, Any]) -> None:
        if params.get("denial_reason") in (None, ""):
            raise _error(400, denial_reason=REQUIRED)
        value = params["denial_reason"]
        reason_id = _as_int(value)
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

    # -- effects -------------------------------------------------------------

    def _apply(
        self,
        pkg: Package,
        transition: Transition,
        params: dict[str, Any],
        at: datetime,
        log: bool = False,
        user: str | None = None,
    ) -> None:
        """Apply a validated transition's effects; with ``log``, record a transition log."""
        command = transition.command
        old_state = pkg.state
        if command in (PKG_STATE_TRANSITION, PREPARE_PACKAGE_COMMAND):
            self._set_items(pkg, at, state=ITEM_PREPARING, order_state=ORDER_PREPARING)
        elif command in PACK_COMMANDS:
            self._set_items(pkg, at, state=ITEM_PACKED, order_state=ORDER_PREPARING)
            if command in (COMPLETE_PACKAGING, CHANNEL_BASED_COMPLETE_PACKAGING):
                self._create_shipment(pkg, at)
        elif command == DETECTED_OUT_OF_STOCK_ITEM:
            wanted = {_as_int(entry) for entry in params["package_items"]}
            self._set_items(pkg, at, state=ITEM_OUT_OF_STOCK, only=wanted)
        elif command == REFUSE_PACKAGE:
            reason_id = _as_int(params["denial_reason"])
            for item in pkg.items:
                item.denial_reason = reason_id
                item.modified_date = at
        elif command == ADVANCED_SHIP_PACKAGE:
            self._ship_with(pkg, params, self._counters.next("shipment"), at)
            self._set_items(pkg, at, order_state=ORDER_SHIPPED)
        elif command == SHIP_PACKAGE:
            self._set_items(pkg, at, order_state=ORDER_SHIPPED)
            if pkg.shipment is not None:
                pkg.shipment.state = 2
                pkg.shipment.modified_date = at
        elif command == REPACK_PACKAGE:
            self._set_items(pkg, at, state=ITEM_WAITING, order_state=ORDER_APPROVED)
            for item in pkg.items:
                item.denial_reason = None
        pkg.state = transition.destination
        pkg.modified_date = at
        if log:
            pkg.logs.append(
                TransitionLog(
                    id=self._counters.next("log"),
                    package_id=pkg.id,
                    old_state=old_state,
                    new_state=transition.destination,
                    attributes=copy.deepcopy(params),
                    created_date=at,
                    user=user,
                )
            )

    @staticmethod
    def _set_items(
        pkg: Package,
        at: datetime,
        state: Status | None = None,
        order_state: Status | None = None,
        only: set[int | None] | None = None,
    ) -> None:
        for item in pkg.items:
            if only is not None and item.id not in only:
                continue
            if state is not None:
                item.state = state
            if order_state is not None:
                item.order_item_state = order_state
            item.modified_date = at

    def _create_shipment(self, pkg: Package, at: datetime) -> None:
        """A cargo shipment, its tracking number and a label (PDF for one package in five)."""
        companies = self._factory.cargo_companies
        digest = hashlib.sha256(f"{self.seed}:tracking:{pkg.id}".encode()).digest()
        tracking = str(10**11 + int.from_bytes(digest[:8], "big") % (9 * 10**11))
        pkg.shipment = Shipment(
            id=self._counters.next("shipment"),
            package_id=pkg.id,
            cargo_company=companies[pkg.id % len(companies)],
            awb_number=tracking,
            created_date=at,
            modified_date=at,
        )
        label_id = self._counters.next("label")
        pkg.shipping_label = ShippingLabel(
            id=label_id,
            is_file=pkg.id % 5 == 0,
            uuid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"oms-simulator/{self.seed}/label/{label_id}")),
        )
        pkg.tracking_number = tracking
        pkg.shipment_date = at
        self._labels[label_id] = pkg

    def _deliver(self, pkg: Package, at: datetime) -> None:
        self._set_items(pkg, at, state=ITEM_DELIVERED, order_state=ORDER_DELIVERED)
        if pkg.shipment is not None:
            pkg.shipment.state = 3
            pkg.shipment.modified_date = at
        pkg.state = DELIVERED
        pkg.modified_date = at

    def cancel_package(self, package_id: int) -> None:
        """The OMS cancels the package (the customer cancelled the order): for tests and demos
        of a package that changes under the station."""
        with self.lock:
            self._cancel(self._packages[package_id], self.now)

    def _cancel(self, pkg: Package, at: datetime) -> None:
        self._set_items(pkg, at, state=ITEM_CANCELLED, order_state=ORDER_CANCELLED)
        pkg.state = PACKAGING_CANCELED
        pkg.modified_date = at

