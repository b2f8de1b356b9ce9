from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteCustomerResult")


@_attrs_define
class DeleteCustomerResult:
    """The answer of Delete customer.

    Attributes:
        delete_count (int): 1 if the customer was deleted, 0 if not.
    """

    delete_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_count = self.delete_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleteCount": delete_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delete_count = d.pop("deleteCount")
        if not (isinstance(delete_count, int) and not isinstance(delete_count, bool)):
            raise TypeError("deleteCount: expected an integer, got " + type(delete_count).__name__)

        delete_customer_result = cls(
            delete_count=delete_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        delete_customer_result.additional_properties = additional_properties
        return delete_customer_result

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
