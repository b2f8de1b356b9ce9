from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerExtraField")


@_attrs_define
class CustomerExtraField:
    """A custom field of the customer, set by the store or an app.

    Attributes:
        key (str | Unset):
        title (str | Unset):
        value (str | Unset):
        order_by (int | Unset):
        type_ (str | Unset):
        entity_types (list[str] | Unset):
    """

    key: str | Unset = UNSET
    title: str | Unset = UNSET
    value: str | Unset = UNSET
    order_by: int | Unset = UNSET
    type_: str | Unset = UNSET
    entity_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        value = self.value

        order_by = self.order_by

        type_ = self.type_

        entity_types: list[str] | Unset = UNSET
        if not isinstance(self.entity_types, Unset):
            entity_types = self.entity_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if title is not UNSET:
            field_dict["title"] = title
        if value is not UNSET:
            field_dict["value"] = value
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if type_ is not UNSET:
            field_dict["type"] = type_
        if entity_types is not UNSET:
            field_dict["entityTypes"] = entity_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        title = d.pop("title", UNSET)

        value = d.pop("value", UNSET)

        order_by = d.pop("orderBy", UNSET)

        type_ = d.pop("type", UNSET)

        entity_types = cast(list[str], d.pop("entityTypes", UNSET))

        customer_extra_field = cls(
            key=key,
            title=title,
            value=value,
            order_by=order_by,
            type_=type_,
            entity_types=entity_types,
        )

        customer_extra_field.additional_properties = d
        return customer_extra_field

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
