"""Helpers for tests of v2gstack and of its peers (network namespaces, veth pairs)."""
