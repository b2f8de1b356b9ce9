from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorArgs")


@_attrs_define
class ErrorArgs:
    """Values the message refers to, as read by the vendor's official client."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_args = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = prop_dict
            if not (isinstance(additional_property, str)):
                raise TypeError("AdditionalProperty: expected a string, got " + type(additional_property).__name__)

            additional_properties[prop_name] = additional_property

        error_args.additional_properties = additional_properties
        return error_args

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
