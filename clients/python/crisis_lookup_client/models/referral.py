from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.referral_kind import ReferralKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Referral")


@_attrs_define
class Referral:
    """Proof that a referral happened and what it held, without identifying
    anyone: a pure function of the answer (no identifier, no time, nothing
    from the message beyond the language the answer already names).

        Attributes:
            kind (ReferralKind): What an answer referred the person to, in one word. The referral counts
                in `/metrics` use the same words.
            crisis_line (bool): Whether the answer gives at least one crisis line (`resources` is not
                empty; candidates for an unknown country count).
            channels (list[str]): How the lines given can be reached, over all of them: `phone`, `sms`,
                `chat`, `whatsapp`, `web`, in that order. Empty without a line. Example: ['phone', 'chat', 'web'].
            emergency_number (bool): Whether the answer gives the country's emergency number.
            directories (bool): Whether the answer gives the international directories.
            language (str): ISO 639 language code
            dataset_version (str): The dataset the referral was drawn from (`dataset.version`).
            protocol (str): Path of the page that says what the service returns and records. Example: /preview/protocol.
            country (None | str | Unset):
    """

    kind: ReferralKind
    crisis_line: bool
    channels: list[str]
    emergency_number: bool
    directories: bool
    language: str
    dataset_version: str
    protocol: str
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        crisis_line = self.crisis_line

        channels = self.channels

        emergency_number = self.emergency_number

        directories = self.directories

        language = self.language

        dataset_version = self.dataset_version

        protocol = self.protocol

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "crisis_line": crisis_line,
                "channels": channels,
                "emergency_number": emergency_number,
                "directories": directories,
                "language": language,
                "dataset_version": dataset_version,
                "protocol": protocol,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ReferralKind(d.pop("kind"))

        crisis_line = d.pop("crisis_line")

        channels = cast(list[str], d.pop("channels"))

        emergency_number = d.pop("emergency_number")

        directories = d.pop("directories")

        language = d.pop("language")

        dataset_version = d.pop("dataset_version")

        protocol = d.pop("protocol")

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        referral = cls(
            kind=kind,
            crisis_line=crisis_line,
            channels=channels,
            emergency_number=emergency_number,
            directories=directories,
            language=language,
            dataset_version=dataset_version,
            protocol=protocol,
            country=country,
        )

        referral.additional_properties = d
        return referral

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
