from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extra_field_type import ExtraFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerExtraField")


@_attrs_define
class CustomerExtraField:
    """A custom field of the customer, as the service answers it.

    Attributes:
        key (str | Unset):
        title (str | Unset):
        value (str | Unset):
        order_by (int | str | Unset): Sort order of the field. A live store answered it as a string (`"0"`), the
            official
            client reads an integer: both are accepted here.
        type_ (ExtraFieldType | str | Unset): One of `ExtraFieldType`; kept open in responses so a new type does not
            make the customer unreadable.
        entity_types (list[str] | Unset): Where the field is shown, `CHECKOUT` and/or `CUSTOMERS` (open to new values).
    """

    key: str | Unset = UNSET
    title: str | Unset = UNSET
    value: str | Unset = UNSET
    order_by: int | str | Unset = UNSET
    type_: ExtraFieldType | str | Unset = UNSET
    entity_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        value = self.value

        order_by: int | str | Unset
        if isinstance(self.order_by, Unset):
            order_by = UNSET
        else:
            order_by = self.order_by

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ExtraFieldType):
            type_ = self.type_.value
        else:
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
        if key is None:
            key = UNSET
        if not isinstance(key, Unset) and not (isinstance(key, str)):
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

        def _parse_order_by(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            if data is None:
                return UNSET
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                order_by_type_0 = data
                if not (isinstance(order_by_type_0, int) and not isinstance(order_by_type_0, bool)):
                    raise TypeError("orderBy_type_0: expected an integer, got " + type(order_by_type_0).__name__)

                return order_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError("orderBy: no type of int | str matches " + type(data).__name__)
            order_by_type_1 = data
            if not (isinstance(order_by_type_1, str)):
                raise TypeError("orderBy_type_1: expected a string, got " + type(order_by_type_1).__name__)

            return order_by_type_1

        order_by = _parse_order_by(d.pop("orderBy", UNSET))

        def _parse_type_(data: object) -> ExtraFieldType | str | Unset:
            if isinstance(data, Unset):
                return data
            if data is None:
                return UNSET
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ExtraFieldType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError("type: no type of ExtraFieldType | str matches " + type(data).__name__)
            type_type_1 = data
            if not (isinstance(type_type_1, str)):
                raise TypeError("type_type_1: expected a string, got " + type(type_type_1).__name__)

            return type_type_1

        type_ = _parse_type_(d.pop("type", UNSET))

        _entity_types = d.pop("entityTypes", UNSET)
        entity_types: list[str] | Unset = UNSET
        if _entity_types is not UNSET and _entity_types is not None:
            if not isinstance(_entity_types, list):
                raise TypeError("entityTypes: expected an array, got " + type(_entity_types).__name__)
            entity_types = []
            for entity_types_item_data in _entity_types:
                entity_types_item = entity_types_item_data
                if not (isinstance(entity_types_item, str)):
                    raise TypeError("entityTypes_item: expected a string, got " + type(entity_types_item).__name__)

                entity_types.append(entity_types_item)

        customer_extra_field = cls(
            key=key,
            title=title,
            value=value,
            order_by=order_by,
            type_=type_,
            entity_types=entity_types,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_extra_field.additional_properties = additional_properties
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
