from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateCustomerResult")


@_attrs_define
class CreateCustomerResult:
    """The answer of Create customer. `id` is required; it is the whole point.

    Attributes:
        id (int):
    """

    id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError("id: expected an integer, got " + type(id).__name__)

        create_customer_result = cls(
            id=id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_customer_result.additional_properties = additional_properties
        return create_customer_result

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
