from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateCustomerResult")


@_attrs_define
class UpdateCustomerResult:
    """The answer of Update customer.

    Attributes:
        update_count (int): 1 if the customer was updated, 0 if not.
    """

    update_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_count = self.update_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updateCount": update_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        update_count = d.pop("updateCount")
        if not (isinstance(update_count, int) and not isinstance(update_count, bool)):
            raise TypeError("updateCount: expected an integer, got " + type(update_count).__name__)

        update_customer_result = cls(
            update_count=update_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        update_customer_result.additional_properties = additional_properties
        return update_customer_result

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
