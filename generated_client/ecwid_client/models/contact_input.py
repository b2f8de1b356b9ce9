from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_type import ContactType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactInput")


@_attrs_define
class ContactInput:
    """A customer contact (email, phone, social media link), as sent.

    Attributes:
        id (int | Unset):
        contact (str | Unset): Email or link to reach the contact, e.g. `ec.apps@lightspeedhq.com` for EMAIL,
            `https://www.facebook.com/myshop_page` for FACEBOOK.
        handle (str | Unset): Contact identifier on social media, e.g. the page slug `myshop_page` for the
            FACEBOOK contact `https://www.facebook.com/myshop_page`.
        note (str | Unset): Store owner's notes on the contact.
        default (bool | Unset): Whether it is the customer's default contact of its type. Only one contact of the
            same type can be default.
        order_by (int | Unset): Sorting order for contacts on the customer details page: starts with 0 and
            increments by 1. The vendor's table calls it boolean, but its own description (a
            sort order starting at 0) and the live service use an integer, so an integer it is.
        timestamp (str | Unset): Ecwid's datetime: `yyyy-MM-dd HH:mm:ss +0000` (space separator, numeric offset, UTC),
            e.g. `2024-06-04 21:15:10 +0000`. Not RFC 3339, so kept as a string: a
            `format: date-time` client would rewrite it on the way back.
        type_ (ContactType | Unset): The kind of a customer contact.
    """

    id: int | Unset = UNSET
    contact: str | Unset = UNSET
    handle: str | Unset = UNSET
    note: str | Unset = UNSET
    default: bool | Unset = UNSET
    order_by: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    type_: ContactType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contact = self.contact

        handle = self.handle

        note = self.note

        default = self.default

        order_by = self.order_by

        timestamp = self.timestamp

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if contact is not UNSET:
            field_dict["contact"] = contact
        if handle is not UNSET:
            field_dict["handle"] = handle
        if note is not UNSET:
            field_dict["note"] = note
        if default is not UNSET:
            field_dict["default"] = default
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, Unset) and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError("id: expected an integer, got " + type(id).__name__)

        contact = d.pop("contact", UNSET)
        if contact is None:
            contact = UNSET
        if not isinstance(contact, Unset) and not (isinstance(contact, str)):
            raise TypeError("contact: expected a string, got " + type(contact).__name__)

        handle = d.pop("handle", UNSET)
        if handle is None:
            handle = UNSET
        if not isinstance(handle, Unset) and not (isinstance(handle, str)):
            raise TypeError("handle: expected a string, got " + type(handle).__name__)

        note = d.pop("note", UNSET)
        if note is None:
            note = UNSET
        if not isinstance(note, Unset) and not (isinstance(note, str)):
            raise TypeError("note: expected a string, got " + type(note).__name__)

        default = d.pop("default", UNSET)
        if default is None:
            default = UNSET
        if not isinstance(default, Unset) and not (isinstance(default, bool)):
            raise TypeError("default: expected a boolean, got " + type(default).__name__)

        order_by = d.pop("orderBy", UNSET)
        if order_by is None:
            order_by = UNSET
        if not isinstance(order_by, Unset) and not (isinstance(order_by, int) and not isinstance(order_by, bool)):
            raise TypeError("orderBy: expected an integer, got " + type(order_by).__name__)

        timestamp = d.pop("timestamp", UNSET)
        if timestamp is None:
            timestamp = UNSET
        if not isinstance(timestamp, Unset) and not (isinstance(timestamp, str)):
            raise TypeError("timestamp: expected a string, got " + type(timestamp).__name__)

        _type_ = d.pop("type", UNSET)
        type_: ContactType | Unset
        if isinstance(_type_, Unset) or _type_ is None:
            type_ = UNSET
        else:
            type_ = ContactType(_type_)

        contact_input = cls(
            id=id,
            contact=contact,
            handle=handle,
            note=note,
            default=default,
            order_by=order_by,
            timestamp=timestamp,
            type_=type_,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        contact_input.additional_properties = additional_properties
        return contact_input

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
