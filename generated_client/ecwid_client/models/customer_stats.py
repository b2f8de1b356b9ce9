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

        number_of_canceled_orders = d.pop("numberOfCanceledOrders", UNSET)

        sales_value = d.pop("salesValue", UNSET)

        average_order_value = d.pop("averageOrderValue", UNSET)

        first_order_date = d.pop("firstOrderDate", UNSET)

        last_order_date = d.pop("lastOrderDate", UNSET)

        customer_stats = cls(
            number_of_orders=number_of_orders,
            number_of_canceled_orders=number_of_canceled_orders,
            sales_value=sales_value,
            average_order_value=average_order_value,
            first_order_date=first_order_date,
            last_order_date=last_order_date,
        )

        customer_stats.additional_properties = d
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
