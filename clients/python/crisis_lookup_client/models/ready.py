from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_info import DatasetInfo


T = TypeVar("T", bound="Ready")


@_attrs_define
class Ready:
    """
    Attributes:
        status (str):
        dataset (DatasetInfo):
        last_reload_error (None | str | Unset):
    """

    status: str
    dataset: DatasetInfo
    last_reload_error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        dataset = self.dataset.to_dict()

        last_reload_error: None | str | Unset
        if isinstance(self.last_reload_error, Unset):
            last_reload_error = UNSET
        else:
            last_reload_error = self.last_reload_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "dataset": dataset,
            }
        )
        if last_reload_error is not UNSET:
            field_dict["last_reload_error"] = last_reload_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_info import DatasetInfo  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        dataset = DatasetInfo.from_dict(d.pop("dataset"))

        def _parse_last_reload_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_reload_error = _parse_last_reload_error(d.pop("last_reload_error", UNSET))

        ready = cls(
            status=status,
            dataset=dataset,
            last_reload_error=last_reload_error,
        )

        ready.additional_properties = d
        return ready

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
