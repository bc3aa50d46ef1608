from enum import StrEnum


class ReferralKind(StrEnum):
    CANDIDATE_LINES = "candidate_lines"
    CRISIS_LINE = "crisis_line"
    DIRECTORIES_ONLY = "directories_only"
    EMERGENCY_NUMBER_ONLY = "emergency_number_only"

    def __str__(self) -> str:
        return str(self.value)
