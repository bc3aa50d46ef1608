from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.emergency import Emergency


T = TypeVar("T", bound="CountrySummary")


@_attrs_define
class CountrySummary:
    """
    Attributes:
        code (str): ISO 3166-1 alpha-2 country code
        name (str):
        languages (list[str]):
        emergency (Emergency): A country's emergency numbers, with how well they are backed.
        resource_count (int):
        stale_resource_count (int): Lines whose newest source is older than 24 months.
    """

    code: str
    name: str
    languages: list[str]
    emergency: Emergency
    resource_count: int
    stale_resource_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        languages = self.languages

        emergency = self.emergency.to_dict()

        resource_count = self.resource_count

        stale_resource_count = self.stale_resource_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "languages": languages,
                "emergency": emergency,
                "resource_count": resource_count,
                "stale_resource_count": stale_resource_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency import Emergency  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        languages = cast(list[str], d.pop("languages"))

        emergency = Emergency.from_dict(d.pop("emergency"))

        resource_count = d.pop("resource_count")

        stale_resource_count = d.pop("stale_resource_count")

        country_summary = cls(
            code=code,
            name=name,
            languages=languages,
            emergency=emergency,
            resource_count=resource_count,
            stale_resource_count=stale_resource_count,
        )

        country_summary.additional_properties = d
        return country_summary

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
