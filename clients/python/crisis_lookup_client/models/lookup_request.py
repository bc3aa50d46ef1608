from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupRequest")


@_attrs_define
class LookupRequest:
    """`POST /v1/lookup`'s body. Every field is optional.

    Example:
        {'message': 'ik weet het echt niet meer, ik wil niet meer leven', 'locale': 'nl-BE', 'country': 'BE',
            'accept_language': 'nl-BE,nl;q=0.9,en;q=0.5', 'topics': ['suicide'], 'channels': ['phone', 'chat']}

    Attributes:
        message (None | str | Unset): Only used to detect the language; never stored, logged or echoed.
        locale (None | str | Unset):
        country (None | str | Unset):
        accept_language (None | str | Unset):
        topics (list[str] | None | Unset):
        channels (list[str] | None | Unset):
        audiences (list[str] | None | Unset):
        min_evidence (None | str | Unset): Only lines at least this well backed: `provider` (confirmed on the
            line's own page), `corroborated` (also two independent publishers) or
            `single-source` (also a single listing; lines whose sources disagree
            are left out). Unknown values are ignored with a warning.
        max_source_age_months (int | None | Unset): Only lines whose newest source is at most this many months old.
            A whole number (`12` or `12.0`) from 0 to 65535.
    """

    message: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    accept_language: None | str | Unset = UNSET
    topics: list[str] | None | Unset = UNSET
    channels: list[str] | None | Unset = UNSET
    audiences: list[str] | None | Unset = UNSET
    min_evidence: None | str | Unset = UNSET
    max_source_age_months: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        accept_language: None | str | Unset
        if isinstance(self.accept_language, Unset):
            accept_language = UNSET
        else:
            accept_language = self.accept_language

        topics: list[str] | None | Unset
        if isinstance(self.topics, Unset):
            topics = UNSET
        elif isinstance(self.topics, list):
            topics = self.topics

        else:
            topics = self.topics

        channels: list[str] | None | Unset
        if isinstance(self.channels, Unset):
            channels = UNSET
        elif isinstance(self.channels, list):
            channels = self.channels

        else:
            channels = self.channels

        audiences: list[str] | None | Unset
        if isinstance(self.audiences, Unset):
            audiences = UNSET
        elif isinstance(self.audiences, list):
            audiences = self.audiences

        else:
            audiences = self.audiences

        min_evidence: None | str | Unset
        if isinstance(self.min_evidence, Unset):
            min_evidence = UNSET
        else:
            min_evidence = self.min_evidence

        max_source_age_months: int | None | Unset
        if isinstance(self.max_source_age_months, Unset):
            max_source_age_months = UNSET
        else:
            max_source_age_months = self.max_source_age_months

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if locale is not UNSET:
            field_dict["locale"] = locale
        if country is not UNSET:
            field_dict["country"] = country
        if accept_language is not UNSET:
            field_dict["accept_language"] = accept_language
        if topics is not UNSET:
            field_dict["topics"] = topics
        if channels is not UNSET:
            field_dict["channels"] = channels
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if min_evidence is not UNSET:
            field_dict["min_evidence"] = min_evidence
        if max_source_age_months is not UNSET:
            field_dict["max_source_age_months"] = max_source_age_months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_accept_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept_language = _parse_accept_language(d.pop("accept_language", UNSET))

        def _parse_topics(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                topics_type_0 = cast(list[str], data)

                return topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        topics = _parse_topics(d.pop("topics", UNSET))

        def _parse_channels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                channels_type_0 = cast(list[str], data)

                return channels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        channels = _parse_channels(d.pop("channels", UNSET))

        def _parse_audiences(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audiences_type_0 = cast(list[str], data)

                return audiences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        audiences = _parse_audiences(d.pop("audiences", UNSET))

        def _parse_min_evidence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_evidence = _parse_min_evidence(d.pop("min_evidence", UNSET))

        def _parse_max_source_age_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_source_age_months = _parse_max_source_age_months(d.pop("max_source_age_months", UNSET))

        lookup_request = cls(
            message=message,
            locale=locale,
            country=country,
            accept_language=accept_language,
            topics=topics,
            channels=channels,
            audiences=audiences,
            min_evidence=min_evidence,
            max_source_age_months=max_source_age_months,
        )

        lookup_request.additional_properties = d
        return lookup_request

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
