from enum import StrEnum


class CountrySource(StrEnum):
    ACCEPT_LANGUAGE = "accept_language"
    COUNTRY = "country"
    LOCALE = "locale"

    def __str__(self) -> str:
        return str(self.value)
