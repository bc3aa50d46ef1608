from enum import StrEnum


class LanguageSource(StrEnum):
    ACCEPT_LANGUAGE = "accept_language"
    COUNTRY = "country"
    DEFAULT = "default"
    LOCALE = "locale"
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
