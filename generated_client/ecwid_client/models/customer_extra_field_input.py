from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extra_field_type import ExtraFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerExtraFieldInput")


@_attrs_define
class CustomerExtraFieldInput:
    """A customer extra field, as sent.

    Attributes:
        key (str): The field's key, as set up in the store (identifies the field).
        title (str | Unset): The field's title, as shown to the customer.
        value (str | Unset): The customer's answer.
        type_ (ExtraFieldType | Unset): The input control of a customer extra field.
    """

    key: str
    title: str | Unset = UNSET
    value: str | Unset = UNSET
    type_: ExtraFieldType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")
        if not (isinstance(key, str)):
            raise TypeError("key: expected a string, got " + type(key).__name__)

        title = d.pop("title", UNSET)
        if title is None:
            title = UNSET
        if not isinstance(title, Unset) and not (isinstance(title, str)):
            raise TypeError("title: expected a string, got " + type(title).__name__)

        value = d.pop("value", UNSET)
        if value is None:
            value = UNSET
        if not isinstance(value, Unset) and not (isinstance(value, str)):
            raise TypeError("value: expected a string, got " + type(value).__name__)

        _type_ = d.pop("type", UNSET)
        type_: ExtraFieldType | Unset
        if isinstance(_type_, Unset) or _type_ is None:
            type_ = UNSET
        else:
            type_ = ExtraFieldType(_type_)

        customer_extra_field_input = cls(
            key=key,
            title=title,
            value=value,
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_extra_field_input.additional_properties = additional_properties
        return customer_extra_field_input

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
