from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingAddressInput")


@_attrs_define
class ShippingAddressInput:
    """A saved shipping address, as sent.

    Attributes:
        id (int | Unset):
        name (str | Unset): Full name of the customer.
        company_name (str | Unset): Customer's company name.
        street (str | Unset): Address line 1 and address line 2, separated by `\\n`.
        city (str | Unset): City.
        country_code (str | Unset): Two-letter country code.
        country_name (str | Unset): Country name. Computed by the service from `countryCode`; ignored on input.
        postal_code (str | Unset): Postal/ZIP code.
        state_or_province_code (str | Unset): State/province code, for example, NY.
        state_or_province_name (str | Unset): State/province name. Computed by the service; ignored on input.
        phone (str | Unset): Customer's phone number.
        address_formatted (str | Unset): Formatted full address (street, city, state and country names). Listed in the
            vendor's request tables but computed by the service: ignored on input.
        note (str | Unset): Notes on the address (delivery instructions ...). Read and written, as the official client
            does.
        default_address (bool | Unset): Whether this is the customer's default shipping address. Written as well as read
            (the
            official client sends it). Exactly one saved address is the default: the first sent
            as default; when none is, the stored default if it is still in the list (on Update);
            otherwise the first address.
        order_by (int | Unset): Sort order of the address (0, 1, 2 …). Written as well as read; when not sent, the
            address's position in the list.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    street: str | Unset = UNSET
    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    country_name: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state_or_province_code: str | Unset = UNSET
    state_or_province_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    address_formatted: str | Unset = UNSET
    note: str | Unset = UNSET
    default_address: bool | Unset = UNSET
    order_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        company_name = self.company_name

        street = self.street

        city = self.city

        country_code = self.country_code

        country_name = self.country_name

        postal_code = self.postal_code

        state_or_province_code = self.state_or_province_code

        state_or_province_name = self.state_or_province_name

        phone = self.phone

        address_formatted = self.address_formatted

        note = self.note

        default_address = self.default_address

        order_by = self.order_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state_or_province_code is not UNSET:
            field_dict["stateOrProvinceCode"] = state_or_province_code
        if state_or_province_name is not UNSET:
            field_dict["stateOrProvinceName"] = state_or_province_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address_formatted is not UNSET:
            field_dict["addressFormatted"] = address_formatted
        if note is not UNSET:
            field_dict["note"] = note
        if default_address is not UNSET:
            field_dict["defaultAddress"] = default_address
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, Unset) and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError("id: expected an integer, got " + type(id).__name__)

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        company_name = d.pop("companyName", UNSET)
        if company_name is None:
            company_name = UNSET
        if not isinstance(company_name, Unset) and not (isinstance(company_name, str)):
            raise TypeError("companyName: expected a string, got " + type(company_name).__name__)

        street = d.pop("street", UNSET)
        if street is None:
            street = UNSET
        if not isinstance(street, Unset) and not (isinstance(street, str)):
            raise TypeError("street: expected a string, got " + type(street).__name__)

        city = d.pop("city", UNSET)
        if city is None:
            city = UNSET
        if not isinstance(city, Unset) and not (isinstance(city, str)):
            raise TypeError("city: expected a string, got " + type(city).__name__)

        country_code = d.pop("countryCode", UNSET)
        if country_code is None:
            country_code = UNSET
        if not isinstance(country_code, Unset) and not (isinstance(country_code, str)):
            raise TypeError("countryCode: expected a string, got " + type(country_code).__name__)

        country_name = d.pop("countryName", UNSET)
        if country_name is None:
            country_name = UNSET
        if not isinstance(country_name, Unset) and not (isinstance(country_name, str)):
            raise TypeError("countryName: expected a string, got " + type(country_name).__name__)

        postal_code = d.pop("postalCode", UNSET)
        if postal_code is None:
            postal_code = UNSET
        if not isinstance(postal_code, Unset) and not (isinstance(postal_code, str)):
            raise TypeError("postalCode: expected a string, got " + type(postal_code).__name__)

        state_or_province_code = d.pop("stateOrProvinceCode", UNSET)
        if state_or_province_code is None:
            state_or_province_code = UNSET
        if not isinstance(state_or_province_code, Unset) and not (isinstance(state_or_province_code, str)):
            raise TypeError("stateOrProvinceCode: expected a string, got " + type(state_or_province_code).__name__)

        state_or_province_name = d.pop("stateOrProvinceName", UNSET)
        if state_or_province_name is None:
            state_or_province_name = UNSET
        if not isinstance(state_or_province_name, Unset) and not (isinstance(state_or_province_name, str)):
            raise TypeError("stateOrProvinceName: expected a string, got " + type(state_or_province_name).__name__)

        phone = d.pop("phone", UNSET)
        if phone is None:
            phone = UNSET
        if not isinstance(phone, Unset) and not (isinstance(phone, str)):
            raise TypeError("phone: expected a string, got " + type(phone).__name__)

        address_formatted = d.pop("addressFormatted", UNSET)
        if address_formatted is None:
            address_formatted = UNSET
        if not isinstance(address_formatted, Unset) and not (isinstance(address_formatted, str)):
            raise TypeError("addressFormatted: expected a string, got " + type(address_formatted).__name__)

        note = d.pop("note", UNSET)
        if note is None:
            note = UNSET
        if not isinstance(note, Unset) and not (isinstance(note, str)):
            raise TypeError("note: expected a string, got " + type(note).__name__)

        default_address = d.pop("defaultAddress", UNSET)
        if default_address is None:
            default_address = UNSET
        if not isinstance(default_address, Unset) and not (isinstance(default_address, bool)):
            raise TypeError("defaultAddress: expected a boolean, got " + type(default_address).__name__)

        order_by = d.pop("orderBy", UNSET)
        if order_by is None:
            order_by = UNSET
        if not isinstance(order_by, Unset) and not (isinstance(order_by, int) and not isinstance(order_by, bool)):
            raise TypeError("orderBy: expected an integer, got " + type(order_by).__name__)

        shipping_address_input = cls(
            id=id,
            name=name,
            company_name=company_name,
            street=street,
            city=city,
            country_code=country_code,
            country_name=country_name,
            postal_code=postal_code,
            state_or_province_code=state_or_province_code,
            state_or_province_name=state_or_province_name,
            phone=phone,
            address_formatted=address_formatted,
            note=note,
            default_address=default_address,
            order_by=order_by,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        shipping_address_input.additional_properties = additional_properties
        return shipping_address_input

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
