"""A client library for accessing Ecwid REST API v3 — Customers"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
