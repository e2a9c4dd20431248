"""The root of every exception this library raises on purpose."""


class V2GStackError(Exception):
    """Base class of all v2gstack errors; each layer derives its own typed errors from it."""
