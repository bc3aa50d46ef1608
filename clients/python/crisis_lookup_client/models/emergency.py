from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence import Evidence
from ..types import UNSET, Unset

T = TypeVar("T", bound="Emergency")


@_attrs_define
class Emergency:
    """A country's emergency numbers, with how well they are backed.

    Attributes:
        evidence (Evidence): How well an entry is backed, from the strongest.
        newest_source (str): The date of the newest source.
        number (None | str | Unset):
        police (None | str | Unset):
        ambulance (None | str | Unset):
        fire (None | str | Unset):
        note (None | str | Unset): Other numbers the sources mention, and disagreements between them.
        checked (None | str | Unset): The day the numbers were confirmed on the country's own official
            page; null when nobody has.
        unconfirmed (None | str | Unset): Present when no official page confirms these numbers (or none can
            be named): what was searched.
    """

    evidence: Evidence
    newest_source: str
    number: None | str | Unset = UNSET
    police: None | str | Unset = UNSET
    ambulance: None | str | Unset = UNSET
    fire: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    checked: None | str | Unset = UNSET
    unconfirmed: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evidence = self.evidence.value

        newest_source = self.newest_source

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        police: None | str | Unset
        if isinstance(self.police, Unset):
            police = UNSET
        else:
            police = self.police

        ambulance: None | str | Unset
        if isinstance(self.ambulance, Unset):
            ambulance = UNSET
        else:
            ambulance = self.ambulance

        fire: None | str | Unset
        if isinstance(self.fire, Unset):
            fire = UNSET
        else:
            fire = self.fire

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        checked: None | str | Unset
        if isinstance(self.checked, Unset):
            checked = UNSET
        else:
            checked = self.checked

        unconfirmed: None | str | Unset
        if isinstance(self.unconfirmed, Unset):
            unconfirmed = UNSET
        else:
            unconfirmed = self.unconfirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evidence": evidence,
                "newest_source": newest_source,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if police is not UNSET:
            field_dict["police"] = police
        if ambulance is not UNSET:
            field_dict["ambulance"] = ambulance
        if fire is not UNSET:
            field_dict["fire"] = fire
        if note is not UNSET:
            field_dict["note"] = note
        if checked is not UNSET:
            field_dict["checked"] = checked
        if unconfirmed is not UNSET:
            field_dict["unconfirmed"] = unconfirmed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence = Evidence(d.pop("evidence"))

        newest_source = d.pop("newest_source")

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_police(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        police = _parse_police(d.pop("police", UNSET))

        def _parse_ambulance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ambulance = _parse_ambulance(d.pop("ambulance", UNSET))

        def _parse_fire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fire = _parse_fire(d.pop("fire", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_checked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checked = _parse_checked(d.pop("checked", UNSET))

        def _parse_unconfirmed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unconfirmed = _parse_unconfirmed(d.pop("unconfirmed", UNSET))

        emergency = cls(
            evidence=evidence,
            newest_source=newest_source,
            number=number,
            police=police,
            ambulance=ambulance,
            fire=fire,
            note=note,
            checked=checked,
            unconfirmed=unconfirmed,
        )

        emergency.additional_properties = d
        return emergency

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
