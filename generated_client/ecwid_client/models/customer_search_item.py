from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_relation import BusinessRelation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_person import BillingPerson
    from ..models.contact import Contact
    from ..models.customer_extra_field import CustomerExtraField
    from ..models.customer_stats import CustomerStats
    from ..models.favorite_product import FavoriteProduct
    from ..models.shipping_address import ShippingAddress


T = TypeVar("T", bound="CustomerSearchItem")


@_attrs_define
class CustomerSearchItem:
    """A customer as Search customers lists it.

    Attributes:
        id (int | Unset):
        email (str | Unset): Customer's email.
        name (str | Unset): Customer's full name (from the billing person).
        registered (str | Unset): Ecwid's datetime: `yyyy-MM-dd HH:mm:ss +0000` (space separator, numeric offset, UTC),
            e.g. `2024-06-04 21:15:10 +0000`. Not RFC 3339, so kept as a string: a
            `format: date-time` client would rewrite it on the way back.
        updated (str | Unset): Ecwid's datetime: `yyyy-MM-dd HH:mm:ss +0000` (space separator, numeric offset, UTC),
            e.g. `2024-06-04 21:15:10 +0000`. Not RFC 3339, so kept as a string: a
            `format: date-time` client would rewrite it on the way back.
        billing_person (BillingPerson | Unset): Customer's billing name and address, as the service answers it.
        shipping_addresses (list[ShippingAddress] | Unset):
        contacts (list[Contact] | Unset):
        customer_group_id (int | Unset): ID of the customer's group; 0 is "General".
        customer_group_name (str | Unset): Name of the customer's group, computed by the service at every read: it
            follows a
            rename at once. Absent when `customerGroupId` names no existing group (the service
            accepts any id there and does not check it; neither does this spec).
        external_reference_id (str | Unset): An id of the customer in another system (read only; added by the service in
            November 2025).
        b2b_b2c (BusinessRelation | str | Unset): `b2c` or `b2b` (see `BusinessRelation`). Kept open in responses so
            that a value the service
            adds later does not make the customer unreadable.
        tax_id (str | Unset):
        tax_id_valid (bool | Unset):
        tax_exempt (bool | Unset):
        fiscal_code (str | Unset): Italian fiscal code.
        electronic_invoice_pec_email (str | Unset): Italian e-invoicing PEC email.
        electronic_invoice_sdi_code (str | Unset): Italian e-invoicing SDI code.
        accept_marketing (bool | Unset):
        lang (str | Unset):
        private_admin_notes (str | Unset):
        stats (CustomerStats | Unset): Order statistics of the customer, computed by the service.
        favorites (list[FavoriteProduct] | Unset):
        extrafields (list[CustomerExtraField] | Unset):
        total_order_count (int | Unset): The customer's order count.
    """

    id: int | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    registered: str | Unset = UNSET
    updated: str | Unset = UNSET
    billing_person: BillingPerson | Unset = UNSET
    shipping_addresses: list[ShippingAddress] | Unset = UNSET
    contacts: list[Contact] | Unset = UNSET
    customer_group_id: int | Unset = UNSET
    customer_group_name: str | Unset = UNSET
    external_reference_id: str | Unset = UNSET
    b2b_b2c: BusinessRelation | str | Unset = UNSET
    tax_id: str | Unset = UNSET
    tax_id_valid: bool | Unset = UNSET
    tax_exempt: bool | Unset = UNSET
    fiscal_code: str | Unset = UNSET
    electronic_invoice_pec_email: str | Unset = UNSET
    electronic_invoice_sdi_code: str | Unset = UNSET
    accept_marketing: bool | Unset = UNSET
    lang: str | Unset = UNSET
    private_admin_notes: str | Unset = UNSET
    stats: CustomerStats | Unset = UNSET
    favorites: list[FavoriteProduct] | Unset = UNSET
    extrafields: list[CustomerExtraField] | Unset = UNSET
    total_order_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        registered = self.registered

        updated = self.updated

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

        customer_group_name = self.customer_group_name

        external_reference_id = self.external_reference_id

        b2b_b2c: str | Unset
        if isinstance(self.b2b_b2c, Unset):
            b2b_b2c = UNSET
        elif isinstance(self.b2b_b2c, BusinessRelation):
            b2b_b2c = self.b2b_b2c.value
        else:
            b2b_b2c = self.b2b_b2c

        tax_id = self.tax_id

        tax_id_valid = self.tax_id_valid

        tax_exempt = self.tax_exempt

        fiscal_code = self.fiscal_code

        electronic_invoice_pec_email = self.electronic_invoice_pec_email

        electronic_invoice_sdi_code = self.electronic_invoice_sdi_code

        accept_marketing = self.accept_marketing

        lang = self.lang

        private_admin_notes = self.private_admin_notes

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        favorites: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.favorites, Unset):
            favorites = []
            for favorites_item_data in self.favorites:
                favorites_item = favorites_item_data.to_dict()
                favorites.append(favorites_item)

        extrafields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extrafields, Unset):
            extrafields = []
            for extrafields_item_data in self.extrafields:
                extrafields_item = extrafields_item_data.to_dict()
                extrafields.append(extrafields_item)

        total_order_count = self.total_order_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if registered is not UNSET:
            field_dict["registered"] = registered
        if updated is not UNSET:
            field_dict["updated"] = updated
        if billing_person is not UNSET:
            field_dict["billingPerson"] = billing_person
        if shipping_addresses is not UNSET:
            field_dict["shippingAddresses"] = shipping_addresses
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if customer_group_id is not UNSET:
            field_dict["customerGroupId"] = customer_group_id
        if customer_group_name is not UNSET:
            field_dict["customerGroupName"] = customer_group_name
        if external_reference_id is not UNSET:
            field_dict["externalReferenceId"] = external_reference_id
        if b2b_b2c is not UNSET:
            field_dict["b2b_b2c"] = b2b_b2c
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if tax_id_valid is not UNSET:
            field_dict["taxIdValid"] = tax_id_valid
        if tax_exempt is not UNSET:
            field_dict["taxExempt"] = tax_exempt
        if fiscal_code is not UNSET:
            field_dict["fiscalCode"] = fiscal_code
        if electronic_invoice_pec_email is not UNSET:
            field_dict["electronicInvoicePecEmail"] = electronic_invoice_pec_email
        if electronic_invoice_sdi_code is not UNSET:
            field_dict["electronicInvoiceSdiCode"] = electronic_invoice_sdi_code
        if accept_marketing is not UNSET:
            field_dict["acceptMarketing"] = accept_marketing
        if lang is not UNSET:
            field_dict["lang"] = lang
        if private_admin_notes is not UNSET:
            field_dict["privateAdminNotes"] = private_admin_notes
        if stats is not UNSET:
            field_dict["stats"] = stats
        if favorites is not UNSET:
            field_dict["favorites"] = favorites
        if extrafields is not UNSET:
            field_dict["extrafields"] = extrafields
        if total_order_count is not UNSET:
            field_dict["totalOrderCount"] = total_order_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_person import BillingPerson  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.customer_extra_field import CustomerExtraField  # noqa: PLC0415
        from ..models.customer_stats import CustomerStats  # noqa: PLC0415
        from ..models.favorite_product import FavoriteProduct  # noqa: PLC0415
        from ..models.shipping_address import ShippingAddress  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
        if not isinstance(id, Unset) and not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError("id: expected an integer, got " + type(id).__name__)

        email = d.pop("email", UNSET)
        if email is None:
            email = UNSET
        if not isinstance(email, Unset) and not (isinstance(email, str)):
            raise TypeError("email: expected a string, got " + type(email).__name__)

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
        if not isinstance(name, Unset) and not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        registered = d.pop("registered", UNSET)
        if registered is None:
            registered = UNSET
        if not isinstance(registered, Unset) and not (isinstance(registered, str)):
            raise TypeError("registered: expected a string, got " + type(registered).__name__)

        updated = d.pop("updated", UNSET)
        if updated is None:
            updated = UNSET
        if not isinstance(updated, Unset) and not (isinstance(updated, str)):
            raise TypeError("updated: expected a string, got " + type(updated).__name__)

        _billing_person = d.pop("billingPerson", UNSET)
        billing_person: BillingPerson | Unset
        if isinstance(_billing_person, Unset) or _billing_person is None:
            billing_person = UNSET
        else:
            billing_person = BillingPerson.from_dict(_billing_person)

        _shipping_addresses = d.pop("shippingAddresses", UNSET)
        shipping_addresses: list[ShippingAddress] | Unset = UNSET
        if _shipping_addresses is not UNSET and _shipping_addresses is not None:
            if not isinstance(_shipping_addresses, list):
                raise TypeError("shippingAddresses: expected an array, got " + type(_shipping_addresses).__name__)
            shipping_addresses = []
            for shipping_addresses_item_data in _shipping_addresses:
                shipping_addresses_item = ShippingAddress.from_dict(shipping_addresses_item_data)

                shipping_addresses.append(shipping_addresses_item)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[Contact] | Unset = UNSET
        if _contacts is not UNSET and _contacts is not None:
            if not isinstance(_contacts, list):
                raise TypeError("contacts: expected an array, got " + type(_contacts).__name__)
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        customer_group_id = d.pop("customerGroupId", UNSET)
        if customer_group_id is None:
            customer_group_id = UNSET
        if not isinstance(customer_group_id, Unset) and not (
            isinstance(customer_group_id, int) and not isinstance(customer_group_id, bool)
        ):
            raise TypeError("customerGroupId: expected an integer, got " + type(customer_group_id).__name__)

        customer_group_name = d.pop("customerGroupName", UNSET)
        if customer_group_name is None:
            customer_group_name = UNSET
        if not isinstance(customer_group_name, Unset) and not (isinstance(customer_group_name, str)):
            raise TypeError("customerGroupName: expected a string, got " + type(customer_group_name).__name__)

        external_reference_id = d.pop("externalReferenceId", UNSET)
        if external_reference_id is None:
            external_reference_id = UNSET
        if not isinstance(external_reference_id, Unset) and not (isinstance(external_reference_id, str)):
            raise TypeError("externalReferenceId: expected a string, got " + type(external_reference_id).__name__)

        def _parse_b2b_b2c(data: object) -> BusinessRelation | str | Unset:
            if isinstance(data, Unset):
                return data
            if data is None:
                return UNSET
            try:
                if not isinstance(data, str):
                    raise TypeError()
                b2b_b2c_type_0 = BusinessRelation(data)

                return b2b_b2c_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError("b2b_b2c: no type of BusinessRelation | str matches " + type(data).__name__)
            b2b_b2c_type_1 = data
            if not (isinstance(b2b_b2c_type_1, str)):
                raise TypeError("b2b_b2c_type_1: expected a string, got " + type(b2b_b2c_type_1).__name__)

            return b2b_b2c_type_1

        b2b_b2c = _parse_b2b_b2c(d.pop("b2b_b2c", UNSET))

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

        fiscal_code = d.pop("fiscalCode", UNSET)
        if fiscal_code is None:
            fiscal_code = UNSET
        if not isinstance(fiscal_code, Unset) and not (isinstance(fiscal_code, str)):
            raise TypeError("fiscalCode: expected a string, got " + type(fiscal_code).__name__)

        electronic_invoice_pec_email = d.pop("electronicInvoicePecEmail", UNSET)
        if electronic_invoice_pec_email is None:
            electronic_invoice_pec_email = UNSET
        if not isinstance(electronic_invoice_pec_email, Unset) and not (isinstance(electronic_invoice_pec_email, str)):
            raise TypeError(
                "electronicInvoicePecEmail: expected a string, got " + type(electronic_invoice_pec_email).__name__
            )

        electronic_invoice_sdi_code = d.pop("electronicInvoiceSdiCode", UNSET)
        if electronic_invoice_sdi_code is None:
            electronic_invoice_sdi_code = UNSET
        if not isinstance(electronic_invoice_sdi_code, Unset) and not (isinstance(electronic_invoice_sdi_code, str)):
            raise TypeError(
                "electronicInvoiceSdiCode: expected a string, got " + type(electronic_invoice_sdi_code).__name__
            )

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

        _stats = d.pop("stats", UNSET)
        stats: CustomerStats | Unset
        if isinstance(_stats, Unset) or _stats is None:
            stats = UNSET
        else:
            stats = CustomerStats.from_dict(_stats)

        _favorites = d.pop("favorites", UNSET)
        favorites: list[FavoriteProduct] | Unset = UNSET
        if _favorites is not UNSET and _favorites is not None:
            if not isinstance(_favorites, list):
                raise TypeError("favorites: expected an array, got " + type(_favorites).__name__)
            favorites = []
            for favorites_item_data in _favorites:
                favorites_item = FavoriteProduct.from_dict(favorites_item_data)

                favorites.append(favorites_item)

        _extrafields = d.pop("extrafields", UNSET)
        extrafields: list[CustomerExtraField] | Unset = UNSET
        if _extrafields is not UNSET and _extrafields is not None:
            if not isinstance(_extrafields, list):
                raise TypeError("extrafields: expected an array, got " + type(_extrafields).__name__)
            extrafields = []
            for extrafields_item_data in _extrafields:
                extrafields_item = CustomerExtraField.from_dict(extrafields_item_data)

                extrafields.append(extrafields_item)

        total_order_count = d.pop("totalOrderCount", UNSET)
        if total_order_count is None:
            total_order_count = UNSET
        if not isinstance(total_order_count, Unset) and not (
            isinstance(total_order_count, int) and not isinstance(total_order_count, bool)
        ):
            raise TypeError("totalOrderCount: expected an integer, got " + type(total_order_count).__name__)

        customer_search_item = cls(
            id=id,
            email=email,
            name=name,
            registered=registered,
            updated=updated,
            billing_person=billing_person,
            shipping_addresses=shipping_addresses,
            contacts=contacts,
            customer_group_id=customer_group_id,
            customer_group_name=customer_group_name,
            external_reference_id=external_reference_id,
            b2b_b2c=b2b_b2c,
            tax_id=tax_id,
            tax_id_valid=tax_id_valid,
            tax_exempt=tax_exempt,
            fiscal_code=fiscal_code,
            electronic_invoice_pec_email=electronic_invoice_pec_email,
            electronic_invoice_sdi_code=electronic_invoice_sdi_code,
            accept_marketing=accept_marketing,
            lang=lang,
            private_admin_notes=private_admin_notes,
            stats=stats,
            favorites=favorites,
            extrafields=extrafields,
            total_order_count=total_order_count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_search_item.additional_properties = additional_properties
        return customer_search_item

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
