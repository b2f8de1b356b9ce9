from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FavoriteProduct")


@_attrs_define
class FavoriteProduct:
    """A product the customer marked as favorite.

    Attributes:
        product_id (int | Unset):
        added_timestamp (str | Unset): When the product was added to favorites.
    """

    product_id: int | Unset = UNSET
    added_timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        added_timestamp = self.added_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if added_timestamp is not UNSET:
            field_dict["addedTimestamp"] = added_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("productId", UNSET)
        if product_id is None:
            product_id = UNSET
        if not isinstance(product_id, Unset) and not (isinstance(product_id, int) and not isinstance(product_id, bool)):
            raise TypeError("productId: expected an integer, got " + type(product_id).__name__)

        added_timestamp = d.pop("addedTimestamp", UNSET)
        if added_timestamp is None:
            added_timestamp = UNSET
        if not isinstance(added_timestamp, Unset) and not (isinstance(added_timestamp, str)):
            raise TypeError("addedTimestamp: expected a string, got " + type(added_timestamp).__name__)

        favorite_product = cls(
            product_id=product_id,
            added_timestamp=added_timestamp,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        favorite_product.additional_properties = additional_properties
        return favorite_product

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
