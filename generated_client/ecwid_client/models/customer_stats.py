from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerStats")


@_attrs_define
class CustomerStats:
    """Order statistics of the customer, computed by the service.

    Attributes:
        number_of_orders (int | Unset):
        number_of_canceled_orders (int | Unset):
        sales_value (float | Unset):
        average_order_value (float | Unset):
        first_order_date (str | Unset): Ecwid's datetime: `yyyy-MM-dd HH:mm:ss +0000` (space separator, numeric offset,
            UTC),
            e.g. `2024-06-04 21:15:10 +0000`. Not RFC 3339, so kept as a string: a
            `format: date-time` client would rewrite it on the way back.
        last_order_date (str | Unset): Ecwid's datetime: `yyyy-MM-dd HH:mm:ss +0000` (space separator, numeric offset,
            UTC),
            e.g. `2024-06-04 21:15:10 +0000`. Not RFC 3339, so kept as a string: a
            `format: date-time` client would rewrite it on the way back.
    """

    number_of_orders: int | Unset = UNSET
    number_of_canceled_orders: int | Unset = UNSET
    sales_value: float | Unset = UNSET
    average_order_value: float | Unset = UNSET
    first_order_date: str | Unset = UNSET
    last_order_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_of_orders = self.number_of_orders

        number_of_canceled_orders = self.number_of_canceled_orders

        sales_value = self.sales_value

        average_order_value = self.average_order_value

        first_order_date = self.first_order_date

        last_order_date = self.last_order_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_orders is not UNSET:
            field_dict["numberOfOrders"] = number_of_orders
        if number_of_canceled_orders is not UNSET:
            field_dict["numberOfCanceledOrders"] = number_of_canceled_orders
        if sales_value is not UNSET:
            field_dict["salesValue"] = sales_value
        if average_order_value is not UNSET:
            field_dict["averageOrderValue"] = average_order_value
        if first_order_date is not UNSET:
            field_dict["firstOrderDate"] = first_order_date
        if last_order_date is not UNSET:
            field_dict["lastOrderDate"] = last_order_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_of_orders = d.pop("numberOfOrders", UNSET)
        if number_of_orders is None:
            number_of_orders = UNSET
        if not isinstance(number_of_orders, Unset) and not (
            isinstance(number_of_orders, int) and not isinstance(number_of_orders, bool)
        ):
            raise TypeError("numberOfOrders: expected an integer, got " + type(number_of_orders).__name__)

        number_of_canceled_orders = d.pop("numberOfCanceledOrders", UNSET)
        if number_of_canceled_orders is None:
            number_of_canceled_orders = UNSET
        if not isinstance(number_of_canceled_orders, Unset) and not (
            isinstance(number_of_canceled_orders, int) and not isinstance(number_of_canceled_orders, bool)
        ):
            raise TypeError(
                "numberOfCanceledOrders: expected an integer, got " + type(number_of_canceled_orders).__name__
            )

        sales_value = d.pop("salesValue", UNSET)
        if sales_value is None:
            sales_value = UNSET
        if not isinstance(sales_value, Unset) and not (
            isinstance(sales_value, int | float) and not isinstance(sales_value, bool)
        ):
            raise TypeError("salesValue: expected a number, got " + type(sales_value).__name__)

        average_order_value = d.pop("averageOrderValue", UNSET)
        if average_order_value is None:
            average_order_value = UNSET
        if not isinstance(average_order_value, Unset) and not (
            isinstance(average_order_value, int | float) and not isinstance(average_order_value, bool)
        ):
            raise TypeError("averageOrderValue: expected a number, got " + type(average_order_value).__name__)

        first_order_date = d.pop("firstOrderDate", UNSET)
        if first_order_date is None:
            first_order_date = UNSET
        if not isinstance(first_order_date, Unset) and not (isinstance(first_order_date, str)):
            raise TypeError("firstOrderDate: expected a string, got " + type(first_order_date).__name__)

        last_order_date = d.pop("lastOrderDate", UNSET)
        if last_order_date is None:
            last_order_date = UNSET
        if not isinstance(last_order_date, Unset) and not (isinstance(last_order_date, str)):
            raise TypeError("lastOrderDate: expected a string, got " + type(last_order_date).__name__)

        customer_stats = cls(
            number_of_orders=number_of_orders,
            number_of_canceled_orders=number_of_canceled_orders,
            sales_value=sales_value,
            average_order_value=average_order_value,
            first_order_date=first_order_date,
            last_order_date=last_order_date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_stats.additional_properties = additional_properties
        return customer_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
