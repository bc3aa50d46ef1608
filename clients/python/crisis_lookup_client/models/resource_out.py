from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence import Evidence
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourceOut")


@_attrs_define
class ResourceOut:
    """
    Attributes:
        id (str):
        name (str): The line's own name in the text's language where it publishes one.
            In a right-to-left answer, wrapped in U+2068…U+2069 like the
            message's placeables, so a Latin name keeps its order on the card.
        summary (str):
        languages (list[str]):
        topics (list[str]):
        audiences (list[str]):
        evidence (Evidence): How well an entry is backed, from the strongest.
        verified (str): The day the line was confirmed on its own page, else the date of its
            newest source (v1: the date of the newest evidence for the line).
        newest_source (str): The date of its newest source (YYYY-MM-DD, YYYY-MM or YYYY). Lines
            resting only on old directory copies carry their copies' dates.
        source (str): Where the facts were read: publisher (date): address, per source.
        phone (None | str | Unset):
        phone_e164 (None | str | Unset): `phone` in E.164 (`+3225150200`), ready for a `tel:` link; null for
            short codes, which are dialled as they are inside the country.
        sms (None | str | Unset):
        sms_e164 (None | str | Unset): `sms` in E.164, for an `sms:` link; null for short codes.
        sms_keyword (None | str | Unset):
        chat (None | str | Unset):
        whatsapp (None | str | Unset):
        whatsapp_e164 (None | str | Unset): `whatsapp` in E.164, for a `https://wa.me/` link.
        website (None | str | Unset):
        hours (None | str | Unset): The week as the data gives it; isolated like `name` in a
            right-to-left answer.
        open_now (bool | None | Unset):
        free (bool | None | Unset):
        checked (None | str | Unset): The day the line was confirmed on its own page; null when nobody has.
        country (None | str | Unset):
        interpretation (bool | Unset): `true` when a source says the line offers interpretation into other
            languages (its `languages` are the ones it answers in directly).
            Absent otherwise.
        candidate (bool | Unset): `true` when the person's country is unknown and this is the first
            line of one of the likeliest countries for their language, most
            speakers first (CLDR territoryInfo): a suggestion to confirm with the
            person, not their country. Absent otherwise.
    """

    id: str
    name: str
    summary: str
    languages: list[str]
    topics: list[str]
    audiences: list[str]
    evidence: Evidence
    verified: str
    newest_source: str
    source: str
    phone: None | str | Unset = UNSET
    phone_e164: None | str | Unset = UNSET
    sms: None | str | Unset = UNSET
    sms_e164: None | str | Unset = UNSET
    sms_keyword: None | str | Unset = UNSET
    chat: None | str | Unset = UNSET
    whatsapp: None | str | Unset = UNSET
    whatsapp_e164: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    hours: None | str | Unset = UNSET
    open_now: bool | None | Unset = UNSET
    free: bool | None | Unset = UNSET
    checked: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    interpretation: bool | Unset = UNSET
    candidate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        summary = self.summary

        languages = self.languages

        topics = self.topics

        audiences = self.audiences

        evidence = self.evidence.value

        verified = self.verified

        newest_source = self.newest_source

        source = self.source

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        phone_e164: None | str | Unset
        if isinstance(self.phone_e164, Unset):
            phone_e164 = UNSET
        else:
            phone_e164 = self.phone_e164

        sms: None | str | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        else:
            sms = self.sms

        sms_e164: None | str | Unset
        if isinstance(self.sms_e164, Unset):
            sms_e164 = UNSET
        else:
            sms_e164 = self.sms_e164

        sms_keyword: None | str | Unset
        if isinstance(self.sms_keyword, Unset):
            sms_keyword = UNSET
        else:
            sms_keyword = self.sms_keyword

        chat: None | str | Unset
        if isinstance(self.chat, Unset):
            chat = UNSET
        else:
            chat = self.chat

        whatsapp: None | str | Unset
        if isinstance(self.whatsapp, Unset):
            whatsapp = UNSET
        else:
            whatsapp = self.whatsapp

        whatsapp_e164: None | str | Unset
        if isinstance(self.whatsapp_e164, Unset):
            whatsapp_e164 = UNSET
        else:
            whatsapp_e164 = self.whatsapp_e164

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        hours: None | str | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        open_now: bool | None | Unset
        if isinstance(self.open_now, Unset):
            open_now = UNSET
        else:
            open_now = self.open_now

        free: bool | None | Unset
        if isinstance(self.free, Unset):
            free = UNSET
        else:
            free = self.free

        checked: None | str | Unset
        if isinstance(self.checked, Unset):
            checked = UNSET
        else:
            checked = self.checked

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        interpretation = self.interpretation

        candidate = self.candidate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "summary": summary,
                "languages": languages,
                "topics": topics,
                "audiences": audiences,
                "evidence": evidence,
                "verified": verified,
                "newest_source": newest_source,
                "source": source,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_e164 is not UNSET:
            field_dict["phone_e164"] = phone_e164
        if sms is not UNSET:
            field_dict["sms"] = sms
        if sms_e164 is not UNSET:
            field_dict["sms_e164"] = sms_e164
        if sms_keyword is not UNSET:
            field_dict["sms_keyword"] = sms_keyword
        if chat is not UNSET:
            field_dict["chat"] = chat
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if whatsapp_e164 is not UNSET:
            field_dict["whatsapp_e164"] = whatsapp_e164
        if website is not UNSET:
            field_dict["website"] = website
        if hours is not UNSET:
            field_dict["hours"] = hours
        if open_now is not UNSET:
            field_dict["open_now"] = open_now
        if free is not UNSET:
            field_dict["free"] = free
        if checked is not UNSET:
            field_dict["checked"] = checked
        if country is not UNSET:
            field_dict["country"] = country
        if interpretation is not UNSET:
            field_dict["interpretation"] = interpretation
        if candidate is not UNSET:
            field_dict["candidate"] = candidate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        summary = d.pop("summary")

        languages = cast(list[str], d.pop("languages"))

        topics = cast(list[str], d.pop("topics"))

        audiences = cast(list[str], d.pop("audiences"))

        evidence = Evidence(d.pop("evidence"))

        verified = d.pop("verified")

        newest_source = d.pop("newest_source")

        source = d.pop("source")

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_phone_e164(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_e164 = _parse_phone_e164(d.pop("phone_e164", UNSET))

        def _parse_sms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        def _parse_sms_e164(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_e164 = _parse_sms_e164(d.pop("sms_e164", UNSET))

        def _parse_sms_keyword(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_keyword = _parse_sms_keyword(d.pop("sms_keyword", UNSET))

        def _parse_chat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chat = _parse_chat(d.pop("chat", UNSET))

        def _parse_whatsapp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whatsapp = _parse_whatsapp(d.pop("whatsapp", UNSET))

        def _parse_whatsapp_e164(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        whatsapp_e164 = _parse_whatsapp_e164(d.pop("whatsapp_e164", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_hours(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hours = _parse_hours(d.pop("hours", UNSET))

        def _parse_open_now(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        open_now = _parse_open_now(d.pop("open_now", UNSET))

        def _parse_free(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        free = _parse_free(d.pop("free", UNSET))

        def _parse_checked(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checked = _parse_checked(d.pop("checked", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        interpretation = d.pop("interpretation", UNSET)

        candidate = d.pop("candidate", UNSET)

        resource_out = cls(
            id=id,
            name=name,
            summary=summary,
            languages=languages,
            topics=topics,
            audiences=audiences,
            evidence=evidence,
            verified=verified,
            newest_source=newest_source,
            source=source,
            phone=phone,
            phone_e164=phone_e164,
            sms=sms,
            sms_e164=sms_e164,
            sms_keyword=sms_keyword,
            chat=chat,
            whatsapp=whatsapp,
            whatsapp_e164=whatsapp_e164,
            website=website,
            hours=hours,
            open_now=open_now,
            free=free,
            checked=checked,
            country=country,
            interpretation=interpretation,
            candidate=candidate,
        )

        resource_out.additional_properties = d
        return resource_out

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
