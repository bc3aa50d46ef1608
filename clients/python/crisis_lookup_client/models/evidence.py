from enum import StrEnum


class Evidence(StrEnum):
    CONFLICT = "conflict"
    CORROBORATED = "corroborated"
    PROVIDER = "provider"
    SINGLE_SOURCE = "single-source"

    def __str__(self) -> str:
        return str(self.value)
