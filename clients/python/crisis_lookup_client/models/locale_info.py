from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction

T = TypeVar("T", bound="LocaleInfo")


@_attrs_define
class LocaleInfo:
    """
    Attributes:
        code (str):
        native_name (str):
        direction (Direction):
        reviewed (bool):
    """

    code: str
    native_name: str
    direction: Direction
    reviewed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        native_name = self.native_name

        direction = self.direction.value

        reviewed = self.reviewed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "native_name": native_name,
                "direction": direction,
                "reviewed": reviewed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        native_name = d.pop("native_name")

        direction = Direction(d.pop("direction"))

        reviewed = d.pop("reviewed")

        locale_info = cls(
            code=code,
            native_name=native_name,
            direction=direction,
            reviewed=reviewed,
        )

        locale_info.additional_properties = d
        return locale_info

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
