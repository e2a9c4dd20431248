"""v2gstack: the charger side (SECC) of ISO 15118-20, from SLAC up to the charging session."""

from v2gstack.errors import V2GStackError

__version__ = "0.1.0"
__all__ = ["V2GStackError", "__version__"]
