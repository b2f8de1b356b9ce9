from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_relation import BusinessRelation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_person_input import BillingPersonInput
    from ..models.contact_input import ContactInput
    from ..models.customer_extra_field_input import CustomerExtraFieldInput
    from ..models.shipping_address_input import ShippingAddressInput


T = TypeVar("T", bound="CustomerCreate")


@_attrs_define
class CustomerCreate:
    """The body of Create customer. Only `email` is required.

    Attributes:
        email (str): Customer's email: an RFC 5321 mailbox in ASCII (a quoted local part and an address
            literal are accepted; internationalised addresses are not), not at a special-use
            domain (`.arpa`, `.invalid`, `.local`, `localhost`, `.onion`; `.test` is accepted).
            Surrounding whitespace is refused, not trimmed. Unique in the store: two emails
            are one mailbox when they are equal after Unicode NFC and case folding (an
            unnecessary quoted local part, `"ana"@example.com`, is the same as `ana@example.com`).
        billing_person (BillingPersonInput | Unset): Customer's billing name and address, as sent.
        shipping_addresses (list[ShippingAddressInput] | Unset): List of saved shipping addresses for the customer. On
            Update, the list sent
            replaces the stored one.
        contacts (list[ContactInput] | Unset): Customer's contact information: email, phone, social media links. On
            Update, the
            list sent replaces the stored one.
        customer_group_id (int | Unset): ID of the customer group the customer is assigned to; 0 is the built-in
            "General"
            group. An id that names no group is accepted and kept, as the service does (it does
            not check): such a customer has no `customerGroupName` until a group has that id.
            Refusing it would make a sync fail on a group deleted a moment before.
        b2b_b2c (BusinessRelation | Unset): Business-to-customer relation: `b2c` business-to-customer (the default) or
            `b2b` business-to-business.
        tax_id (str | Unset): Customer's tax ID.
        tax_id_valid (bool | Unset): Defines if customer's tax ID is valid.
        tax_exempt (bool | Unset): Defines if customer is tax exempt. Requires a valid tax ID.
        accept_marketing (bool | Unset): Defines if the customer has accepted email marketing. If true, you can use
            customer's email for promotions.
        lang (str | Unset): Customer's language code. Customers see storefront and emails in this language. It
            must be one of the translations enabled in the store (400 `LANGUAGES_NOT_ALLOWED`).
        private_admin_notes (str | Unset): Personal notes about the customer. Visible only to the store owner.
        extrafields (list[CustomerExtraFieldInput] | Unset): The customer's extra fields (answers to the store's custom
            checkout or customer
            fields). On Update, the list sent replaces the stored one.
        primary_phone (str | Unset): The customer's main phone, as the official client sends it. The vendor's pages do
            not list it and no answer carries it: the service keeps it as the customer's
            default `PHONE` contact (added when no contact has that phone; other `PHONE`
            contacts stop being default), which is where it is read back.
        password (str | Unset): Customer's password. Only available for stores with the legacy customer
            sign-in. Create only; never returned.
    """

    email: str
    billing_person: BillingPersonInput | Unset = UNSET
    shipping_addresses: list[ShippingAddressInput] | Unset = UNSET
    contacts: list[ContactInput] | Unset = UNSET
    customer_group_id: int | Unset = UNSET
    b2b_b2c: BusinessRelation | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_id_valid: bool | Unset = UNSET
    tax_exempt: bool | Unset = UNSET
    accept_marketing: bool | Unset = UNSET
    lang: str | Unset = UNSET
    private_admin_notes: str | Unset = UNSET
    extrafields: list[CustomerExtraFieldInput] | Unset = UNSET
    primary_phone: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        billing_person: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_person, Unset):
            billing_person = self.billing_person.to_dict()

        shipping_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_addresses, Unset):
            shipping_addresses = []
            for shipping_addresses_item_data in self.shipping_addresses:
                shipping_addresses_item = shipping_addresses_item_data.to_dict()
                shipping_addresses.append(shipping_addresses_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        customer_group_id = self.customer_group_id

        b2b_b2c: str | Unset = UNSET
        if not isinstance(self.b2b_b2c, Unset):
            b2b_b2c = self.b2b_b2c.value

        tax_id = self.tax_id

        tax_id_valid = self.tax_id_valid

        tax_exempt = self.tax_exempt

        accept_marketing = self.accept_marketing

        lang = self.lang

        private_admin_notes = self.private_admin_notes

        extrafields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extrafields, Unset):
            extrafields = []
            for extrafields_item_data in self.extrafields:
                extrafields_item = extrafields_item_data.to_dict()
                extrafields.append(extrafields_item)

        primary_phone = self.primary_phone

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if billing_person is not UNSET:
            field_dict["billingPerson"] = billing_person
        if shipping_addresses is not UNSET:
            field_dict["shippingAddresses"] = shipping_addresses
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if customer_group_id is not UNSET:
            field_dict["customerGroupId"] = customer_group_id
        if b2b_b2c is not UNSET:
            field_dict["b2b_b2c"] = b2b_b2c
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if tax_id_valid is not UNSET:
            field_dict["taxIdValid"] = tax_id_valid
        if tax_exempt is not UNSET:
            field_dict["taxExempt"] = tax_exempt
        if accept_marketing is not UNSET:
            field_dict["acceptMarketing"] = accept_marketing
        if lang is not UNSET:
            field_dict["lang"] = lang
        if private_admin_notes is not UNSET:
            field_dict["privateAdminNotes"] = private_admin_notes
        if extrafields is not UNSET:
            field_dict["extrafields"] = extrafields
        if primary_phone is not UNSET:
            field_dict["primaryPhone"] = primary_phone
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_person_input import BillingPersonInput  # noqa: PLC0415
        from ..models.contact_input import ContactInput  # noqa: PLC0415
        from ..models.customer_extra_field_input import CustomerExtraFieldInput  # noqa: PLC0415
        from ..models.shipping_address_input import ShippingAddressInput  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email")
        if not (isinstance(email, str)):
            raise TypeError("email: expected a string, got " + type(email).__name__)

        _billing_person = d.pop("billingPerson", UNSET)
        billing_person: BillingPersonInput | Unset
        if isinstance(_billing_person, Unset) or _billing_person is None:
            billing_person = UNSET
        else:
            billing_person = BillingPersonInput.from_dict(_billing_person)

        _shipping_addresses = d.pop("shippingAddresses", UNSET)
        shipping_addresses: list[ShippingAddressInput] | Unset = UNSET
        if _shipping_addresses is not UNSET and _shipping_addresses is not None:
            if not isinstance(_shipping_addresses, list):
                raise TypeError("shippingAddresses: expected an array, got " + type(_shipping_addresses).__name__)
            shipping_addresses = []
            for shipping_addresses_item_data in _shipping_addresses:
                shipping_addresses_item = ShippingAddressInput.from_dict(shipping_addresses_item_data)

                shipping_addresses.append(shipping_addresses_item)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactInput] | Unset = UNSET
        if _contacts is not UNSET and _contacts is not None:
            if not isinstance(_contacts, list):
                raise TypeError("contacts: expected an array, got " + type(_contacts).__name__)
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactInput.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        customer_group_id = d.pop("customerGroupId", UNSET)
        if customer_group_id is None:
            customer_group_id = UNSET
        if not isinstance(customer_group_id, Unset) and not (
            isinstance(customer_group_id, int) and not isinstance(customer_group_id, bool)
        ):
            raise TypeError("customerGroupId: expected an integer, got " + type(customer_group_id).__name__)

        _b2b_b2c = d.pop("b2b_b2c", UNSET)
        b2b_b2c: BusinessRelation | Unset
        if isinstance(_b2b_b2c, Unset) or _b2b_b2c is None:
            b2b_b2c = UNSET
        else:
            b2b_b2c = BusinessRelation(_b2b_b2c)

        tax_id = d.pop("taxId", UNSET)
        if tax_id is None:
            tax_id = UNSET
        if not isinstance(tax_id, Unset) and not (isinstance(tax_id, str)):
            raise TypeError("taxId: expected a string, got " + type(tax_id).__name__)

        tax_id_valid = d.pop("taxIdValid", UNSET)
        if tax_id_valid is None:
            tax_id_valid = UNSET
        if not isinstance(tax_id_valid, Unset) and not (isinstance(tax_id_valid, bool)):
            raise TypeError("taxIdValid: expected a boolean, got " + type(tax_id_valid).__name__)

        tax_exempt = d.pop("taxExempt", UNSET)
        if tax_exempt is None:
            tax_exempt = UNSET
        if not isinstance(tax_exempt, Unset) and not (isinstance(tax_exempt, bool)):
            raise TypeError("taxExempt: expected a boolean, got " + type(tax_exempt).__name__)

        accept_marketing = d.pop("acceptMarketing", UNSET)
        if accept_marketing is None:
            accept_marketing = UNSET
        if not isinstance(accept_marketing, Unset) and not (isinstance(accept_marketing, bool)):
            raise TypeError("acceptMarketing: expected a boolean, got " + type(accept_marketing).__name__)

        lang = d.pop("lang", UNSET)
        if lang is None:
            lang = UNSET
        if not isinstance(lang, Unset) and not (isinstance(lang, str)):
            raise TypeError("lang: expected a string, got " + type(lang).__name__)

        private_admin_notes = d.pop("privateAdminNotes", UNSET)
        if private_admin_notes is None:
            private_admin_notes = UNSET
        if not isinstance(private_admin_notes, Unset) and not (isinstance(private_admin_notes, str)):
            raise TypeError("privateAdminNotes: expected a string, got " + type(private_admin_notes).__name__)

        _extrafields = d.pop("extrafields", UNSET)
        extrafields: list[CustomerExtraFieldInput] | Unset = UNSET
        if _extrafields is not UNSET and _extrafields is not None:
            if not isinstance(_extrafields, list):
                raise TypeError("extrafields: expected an array, got " + type(_extrafields).__name__)
            extrafields = []
            for extrafields_item_data in _extrafields:
                extrafields_item = CustomerExtraFieldInput.from_dict(extrafields_item_data)

                extrafields.append(extrafields_item)

        primary_phone = d.pop("primaryPhone", UNSET)
        if primary_phone is None:
            primary_phone = UNSET
        if not isinstance(primary_phone, Unset) and not (isinstance(primary_phone, str)):
            raise TypeError("primaryPhone: expected a string, got " + type(primary_phone).__name__)

        password = d.pop("password", UNSET)
        if password is None:
            password = UNSET
        if not isinstance(password, Unset) and not (isinstance(password, str)):
            raise TypeError("password: expected a string, got " + type(password).__name__)

        customer_create = cls(
            email=email,
            billing_person=billing_person,
            shipping_addresses=shipping_addresses,
            contacts=contacts,
            customer_group_id=customer_group_id,
            b2b_b2c=b2b_b2c,
            tax_id=tax_id,
            tax_id_valid=tax_id_valid,
            tax_exempt=tax_exempt,
            accept_marketing=accept_marketing,
            lang=lang,
            private_admin_notes=private_admin_notes,
            extrafields=extrafields,
            primary_phone=primary_phone,
            password=password,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_create.additional_properties = additional_properties
        return customer_create

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
