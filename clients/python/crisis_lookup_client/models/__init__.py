"""Contains all the data models used in inputs/outputs"""

from .country_out import CountryOut
from .country_source import CountrySource
from .country_summary import CountrySummary
from .dataset_info import DatasetInfo
from .dataset_out import DatasetOut
from .direction import Direction
from .directory_out import DirectoryOut
from .emergency import Emergency
from .evidence import Evidence
from .language_out import LanguageOut
from .language_source import LanguageSource
from .locale_info import LocaleInfo
from .lookup_answer import LookupAnswer
from .lookup_request import LookupRequest
from .problem import Problem
from .ready import Ready
from .referral import Referral
from .referral_kind import ReferralKind
from .resource_out import ResourceOut
from .text_out import TextOut
from .warning import Warning_

__all__ = (
    "CountryOut",
    "CountrySource",
    "CountrySummary",
    "DatasetInfo",
    "DatasetOut",
    "Direction",
    "DirectoryOut",
    "Emergency",
    "Evidence",
    "LanguageOut",
    "LanguageSource",
    "LocaleInfo",
    "LookupAnswer",
    "LookupRequest",
    "Problem",
    "Ready",
    "Referral",
    "ReferralKind",
    "ResourceOut",
    "TextOut",
    "Warning_",
)
