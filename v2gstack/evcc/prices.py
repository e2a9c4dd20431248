"""Prices received by an EVCC session: ServiceDetail ``Pricing`` and the typed price schedules of
ScheduleExchangeRes, with a note for each that is invalid or not of the announced kind."""

from __future__ import annotations

from typing import Any

from v2gstack.evcc import requests as q
from v2gstack.evcc.base import SessionBase
from v2gstack.evcc.types import pricing_mismatch
from v2gstack.secc.prices import Pricing


class PriceSteps(SessionBase):
    """Keeps what the SECC says about prices in the result (the EV does not act on it)."""

    def _note_pricing(self, pset: Any) -> None:
        """The selected parameter set's ``Pricing`` (0 none, 1 absolute, 2 price levels): what the price
        schedules of ScheduleExchange should be."""
        self.result.pricing = None
        for parameter in pset.parameter:
            if parameter.name == "Pricing":
                try:
                    self.result.pricing = Pricing(parameter.int_value)
                except ValueError:
                    self.result.price_errors.append(f"ServiceDetail: unknown Pricing {parameter.int_value!r}")

    def _note_prices(self, msg: Any) -> None:
        """Keep the typed price schedules of a Finished ScheduleExchangeRes (a renegotiation replaces
        them) and note every one that is invalid or not of the kind ServiceDetail announced."""
        prices, errors = q.price_offers(msg)
        self.result.prices = prices
        self.result.price_errors.extend(errors)
        announced = self.result.pricing
        if announced is None:
            return
        said = f"ServiceDetail said Pricing {announced.value} ({announced.name})"
        for offer in prices:
            tuple_id = offer.schedule_tuple_id
            where = "dynamic" if tuple_id is None else f"ScheduleTuple {tuple_id}"
            schedules = [("charging", offer.charging)]
            if offer.has_discharging:
                schedules.append(("discharging", offer.discharging))
            for which, tariff in schedules:
                if pricing_mismatch(announced, tariff):
                    got = "no price schedule" if tariff is None else type(tariff).__name__
                    self.result.price_errors.append(f"{where} {which}: {got}, but {said}")
