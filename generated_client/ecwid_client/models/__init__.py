"""Contains all the data models used in inputs/outputs"""

from .billing_person import BillingPerson
from .billing_person_input import BillingPersonInput
from .business_relation import BusinessRelation
from .contact import Contact
from .contact_fields import ContactFields
from .contact_input import ContactInput
from .contact_type import ContactType
from .create_customer_group_result import CreateCustomerGroupResult
from .create_customer_result import CreateCustomerResult
from .customer import Customer
from .customer_create import CustomerCreate
from .customer_extra_field import CustomerExtraField
from .customer_extra_field_input import CustomerExtraFieldInput
from .customer_group import CustomerGroup
from .customer_group_create import CustomerGroupCreate
from .customer_group_search_result import CustomerGroupSearchResult
from .customer_group_update import CustomerGroupUpdate
from .customer_search_item import CustomerSearchItem
from .customer_search_result import CustomerSearchResult
from .customer_sort_by import CustomerSortBy
from .customer_stats import CustomerStats
from .customer_update import CustomerUpdate
from .delete_customer_result import DeleteCustomerResult
from .error import Error
from .error_args import ErrorArgs
from .extra_field_type import ExtraFieldType
from .favorite_product import FavoriteProduct
from .shipping_address import ShippingAddress
from .shipping_address_input import ShippingAddressInput
from .update_customer_result import UpdateCustomerResult

__all__ = (
    "BillingPerson",
    "BillingPersonInput",
    "BusinessRelation",
    "Contact",
    "ContactFields",
    "ContactInput",
    "ContactType",
    "CreateCustomerGroupResult",
    "CreateCustomerResult",
    "Customer",
    "CustomerCreate",
    "CustomerExtraField",
    "CustomerExtraFieldInput",
    "CustomerGroup",
    "CustomerGroupCreate",
    "CustomerGroupSearchResult",
    "CustomerGroupUpdate",
    "CustomerSearchItem",
    "CustomerSearchResult",
    "CustomerSortBy",
    "CustomerStats",
    "CustomerUpdate",
    "DeleteCustomerResult",
    "Error",
    "ErrorArgs",
    "ExtraFieldType",
    "FavoriteProduct",
    "ShippingAddress",
    "ShippingAddressInput",
    "UpdateCustomerResult",
)
