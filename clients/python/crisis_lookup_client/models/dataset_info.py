from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetInfo")


@_attrs_define
class DatasetInfo:
    """
    Attributes:
        version (str):
        loaded_at (str):
        countries (int):
        resources (int):
        locales (int):
    """

    version: str
    loaded_at: str
    countries: int
    resources: int
    locales: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        loaded_at = self.loaded_at

        countries = self.countries

        resources = self.resources

        locales = self.locales

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "loaded_at": loaded_at,
                "countries": countries,
                "resources": resources,
                "locales": locales,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        loaded_at = d.pop("loaded_at")

        countries = d.pop("countries")

        resources = d.pop("resources")

        locales = d.pop("locales")

        dataset_info = cls(
            version=version,
            loaded_at=loaded_at,
            countries=countries,
            resources=resources,
            locales=locales,
        )

        dataset_info.additional_properties = d
        return dataset_info

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
