from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_out import CountryOut
    from ..models.dataset_out import DatasetOut
    from ..models.directory_out import DirectoryOut
    from ..models.emergency import Emergency
    from ..models.language_out import LanguageOut
    from ..models.referral import Referral
    from ..models.resource_out import ResourceOut
    from ..models.text_out import TextOut
    from ..models.warning import Warning_


T = TypeVar("T", bound="LookupAnswer")


@_attrs_define
class LookupAnswer:
    """A lookup's answer as one object. The service writes it in two parts (the
    per-request fields, then the cached rest) from these same types.

        Attributes:
            language (LanguageOut):
            country (CountryOut):
            locale (str): The person's locale: their own tag, or language-COUNTRY.
            warnings (list[Warning_]): Hints that were ignored, and why.
            text (TextOut):
            resources (list[ResourceOut]): Best first: topic, language, audience, open now, curator order.
            international (list[DirectoryOut]): Worldwide directories, always present.
            dataset (DatasetOut):
            referral (Referral): Proof that a referral happened and what it held, without identifying
                anyone: a pure function of the answer (no identifier, no time, nothing
                from the message beyond the language the answer already names).
            emergency (Emergency | None | Unset):
    """

    language: LanguageOut
    country: CountryOut
    locale: str
    warnings: list[Warning_]
    text: TextOut
    resources: list[ResourceOut]
    international: list[DirectoryOut]
    dataset: DatasetOut
    referral: Referral
    emergency: Emergency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.emergency import Emergency  # noqa: PLC0415

        language = self.language.to_dict()

        country = self.country.to_dict()

        locale = self.locale

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        text = self.text.to_dict()

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        international = []
        for international_item_data in self.international:
            international_item = international_item_data.to_dict()
            international.append(international_item)

        dataset = self.dataset.to_dict()

        referral = self.referral.to_dict()

        emergency: dict[str, Any] | None | Unset
        if isinstance(self.emergency, Unset):
            emergency = UNSET
        elif isinstance(self.emergency, Emergency):
            emergency = self.emergency.to_dict()
        else:
            emergency = self.emergency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "country": country,
                "locale": locale,
                "warnings": warnings,
                "text": text,
                "resources": resources,
                "international": international,
                "dataset": dataset,
                "referral": referral,
            }
        )
        if emergency is not UNSET:
            field_dict["emergency"] = emergency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_out import CountryOut  # noqa: PLC0415
        from ..models.dataset_out import DatasetOut  # noqa: PLC0415
        from ..models.directory_out import DirectoryOut  # noqa: PLC0415
        from ..models.emergency import Emergency  # noqa: PLC0415
        from ..models.language_out import LanguageOut  # noqa: PLC0415
        from ..models.referral import Referral  # noqa: PLC0415
        from ..models.resource_out import ResourceOut  # noqa: PLC0415
        from ..models.text_out import TextOut  # noqa: PLC0415
        from ..models.warning import Warning_  # noqa: PLC0415

        d = dict(src_dict)
        language = LanguageOut.from_dict(d.pop("language"))

        country = CountryOut.from_dict(d.pop("country"))

        locale = d.pop("locale")

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = Warning_.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        text = TextOut.from_dict(d.pop("text"))

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = ResourceOut.from_dict(resources_item_data)

            resources.append(resources_item)

        international = []
        _international = d.pop("international")
        for international_item_data in _international:
            international_item = DirectoryOut.from_dict(international_item_data)

            international.append(international_item)

        dataset = DatasetOut.from_dict(d.pop("dataset"))

        referral = Referral.from_dict(d.pop("referral"))

        def _parse_emergency(data: object) -> Emergency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emergency_type_1 = Emergency.from_dict(data)

                return emergency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Emergency | None | Unset, data)

        emergency = _parse_emergency(d.pop("emergency", UNSET))

        lookup_answer = cls(
            language=language,
            country=country,
            locale=locale,
            warnings=warnings,
            text=text,
            resources=resources,
            international=international,
            dataset=dataset,
            referral=referral,
            emergency=emergency,
        )

        lookup_answer.additional_properties = d
        return lookup_answer

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
