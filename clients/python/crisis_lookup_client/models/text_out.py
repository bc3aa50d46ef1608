from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextOut")


@_attrs_define
class TextOut:
    """
    Attributes:
        lang (str):
        dir_ (Direction):
        message (str):
        ask_country (None | str | Unset):
    """

    lang: str
    dir_: Direction
    message: str
    ask_country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lang = self.lang

        dir_ = self.dir_.value

        message = self.message

        ask_country: None | str | Unset
        if isinstance(self.ask_country, Unset):
            ask_country = UNSET
        else:
            ask_country = self.ask_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lang": lang,
                "dir": dir_,
                "message": message,
            }
        )
        if ask_country is not UNSET:
            field_dict["ask_country"] = ask_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lang = d.pop("lang")

        dir_ = Direction(d.pop("dir"))

        message = d.pop("message")

        def _parse_ask_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ask_country = _parse_ask_country(d.pop("ask_country", UNSET))

        text_out = cls(
            lang=lang,
            dir_=dir_,
            message=message,
            ask_country=ask_country,
        )

        text_out.additional_properties = d
        return text_out

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
