from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerGroupCreate")


@_attrs_define
class CustomerGroupCreate:
    """The body of Create customer group. `name` is required.

    Attributes:
        name (str): The group's name, 1 to 255 characters and not only whitespace.
        external_reference_id (str | Unset): An id of the group in another system.
    """

    name: str
    external_reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_reference_id = self.external_reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if external_reference_id is not UNSET:
            field_dict["externalReferenceId"] = external_reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        external_reference_id = d.pop("externalReferenceId", UNSET)
        if external_reference_id is None:
            external_reference_id = UNSET
        if not isinstance(external_reference_id, Unset) and not (isinstance(external_reference_id, str)):
            raise TypeError("externalReferenceId: expected a string, got " + type(external_reference_id).__name__)

        customer_group_create = cls(
            name=name,
            external_reference_id=external_reference_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_group_create.additional_properties = additional_properties
        return customer_group_create

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
