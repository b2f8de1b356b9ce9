from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingPerson")


@_attrs_define
class BillingPerson:
    """Customer's billing name and address, as the service answers it.

    Attributes:
        name (str | Unset): Full name of the customer.
        company_name (str | Unset): Customer's company name.
        street (str | Unset): Address line 1 and address line 2, separated by `\\n`.
        city (str | Unset): City.
        country_code (str | Unset): Two-letter country code.
        country_name (str | Unset): Country name. Listed in the vendor's request tables but computed by the service from
            `countryCode`: ignored on input.
        postal_code (str | Unset): Postal/ZIP code.
        state_or_province_code (str | Unset): State/province code, for example, NY.
        state_or_province_name (str | Unset): State/province name. Listed in the Create page's request table but
            computed by the
            service from `stateOrProvinceCode`: ignored on input.
        phone (str | Unset): Customer's phone number.
        first_name (str | Unset): First word of `name`; sent only when the name has two words or more.
        last_name (str | Unset): The rest of `name`; sent only when the name has two words or more.
    """

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
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        first_name = d.pop("firstName", UNSET)
        if first_name is None:
            first_name = UNSET
        if not isinstance(first_name, Unset) and not (isinstance(first_name, str)):
            raise TypeError("firstName: expected a string, got " + type(first_name).__name__)

        last_name = d.pop("lastName", UNSET)
        if last_name is None:
            last_name = UNSET
        if not isinstance(last_name, Unset) and not (isinstance(last_name, str)):
            raise TypeError("lastName: expected a string, got " + type(last_name).__name__)

        billing_person = cls(
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
            first_name=first_name,
            last_name=last_name,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        billing_person.additional_properties = additional_properties
        return billing_person

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
