from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_args import ErrorArgs


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Every error the service answers, with `Content-Type: application/json; charset=utf-8`.
    `errorCode` is absent on some errors (404 customer not found, 409).

        Attributes:
            error_message (str): Human-readable description of the problem.
            error_code (str | Unset): Machine-readable code, e.g. `WRONG_PARAMETER`, `INVALID_API_TOKEN`,
                `INSUFFICIENT_APP_SCOPE`, `RATE_LIMITED`, `STORE_NOT_FOUND`, `INTERNAL_ERROR`.
            args (ErrorArgs | Unset): Values the message refers to, as read by the vendor's official client.
    """

    error_message: str
    error_code: str | Unset = UNSET
    args: ErrorArgs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message = self.error_message

        error_code = self.error_code

        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorMessage": error_message,
            }
        )
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if args is not UNSET:
            field_dict["args"] = args

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_args import ErrorArgs  # noqa: PLC0415

        d = dict(src_dict)
        error_message = d.pop("errorMessage")
        if not (isinstance(error_message, str)):
            raise TypeError("errorMessage: expected a string, got " + type(error_message).__name__)

        error_code = d.pop("errorCode", UNSET)
        if error_code is None:
            error_code = UNSET
        if not isinstance(error_code, Unset) and not (isinstance(error_code, str)):
            raise TypeError("errorCode: expected a string, got " + type(error_code).__name__)

        _args = d.pop("args", UNSET)
        args: ErrorArgs | Unset
        if isinstance(_args, Unset) or _args is None:
            args = UNSET
        else:
            args = ErrorArgs.from_dict(_args)

        error = cls(
            error_message=error_message,
            error_code=error_code,
            args=args,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        error.additional_properties = additional_properties
        return error

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
