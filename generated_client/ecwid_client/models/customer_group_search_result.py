from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_group import CustomerGroup


T = TypeVar("T", bound="CustomerGroupSearchResult")


@_attrs_define
class CustomerGroupSearchResult:
    """One page of Search customer groups; `responseFields` can trim any field.

    Attributes:
        total (int | Unset):
        count (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        items (list[CustomerGroup] | Unset):
    """

    total: int | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    items: list[CustomerGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        offset = self.offset

        limit = self.limit

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_group import CustomerGroup  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)
        if total is None:
            total = UNSET
        if not isinstance(total, Unset) and not (isinstance(total, int) and not isinstance(total, bool)):
            raise TypeError("total: expected an integer, got " + type(total).__name__)

        count = d.pop("count", UNSET)
        if count is None:
            count = UNSET
        if not isinstance(count, Unset) and not (isinstance(count, int) and not isinstance(count, bool)):
            raise TypeError("count: expected an integer, got " + type(count).__name__)

        offset = d.pop("offset", UNSET)
        if offset is None:
            offset = UNSET
        if not isinstance(offset, Unset) and not (isinstance(offset, int) and not isinstance(offset, bool)):
            raise TypeError("offset: expected an integer, got " + type(offset).__name__)

        limit = d.pop("limit", UNSET)
        if limit is None:
            limit = UNSET
        if not isinstance(limit, Unset) and not (isinstance(limit, int) and not isinstance(limit, bool)):
            raise TypeError("limit: expected an integer, got " + type(limit).__name__)

        _items = d.pop("items", UNSET)
        items: list[CustomerGroup] | Unset = UNSET
        if _items is not UNSET and _items is not None:
            if not isinstance(_items, list):
                raise TypeError("items: expected an array, got " + type(_items).__name__)
            items = []
            for items_item_data in _items:
                items_item = CustomerGroup.from_dict(items_item_data)

                items.append(items_item)

        customer_group_search_result = cls(
            total=total,
            count=count,
            offset=offset,
            limit=limit,
            items=items,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_group_search_result.additional_properties = additional_properties
        return customer_group_search_result

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
