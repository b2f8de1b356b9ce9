"""A little of the geography the service knows, to compute the names it adds to addresses.

Data, not schema: codes missing here simply get no computed name.
"""

from __future__ import annotations

COUNTRIES = {
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "DE": "Germany",
    "FR": "France",
    "IT": "Italy",
    "ES": "Spain",
    "NL": "Netherlands",
    "BR": "Brazil",
    "AU": "Australia",
    "RU": "Russia",
    "JP": "Japan",
}

STATES = {
    ("US", "CA"): "California",
    ("US", "FL"): "Florida",
    ("US", "NY"): "New York",
    ("US", "TX"): "Texas",
    ("US", "WA"): "Washington",
    ("CA", "ON"): "Ontario",
    ("CA", "QC"): "Quebec",
    ("AU", "NSW"): "New South Wales",
}


def add_place_names(address: dict[str, object]) -> None:
    """Set `countryName` and `stateOrProvinceName` from the codes, as the service does."""
    address.pop("countryName", None)
    address.pop("stateOrProvinceName", None)
    country = address.get("countryCode")
    if isinstance(country, str) and country.upper() in COUNTRIES:
        address["countryName"] = COUNTRIES[country.upper()]
        state = address.get("stateOrProvinceCode")
        if isinstance(state, str) and (country.upper(), state.upper()) in STATES:
            address["stateOrProvinceName"] = STATES[(country.upper(), state.upper())]


def formatted(address: dict[str, object]) -> str:
    """`1 Main St, Gainesville, Florida 32601, United States`."""
    street = str(address.get("street", "")).replace("\n", ", ")
    region = " ".join(
        str(part)
        for part in (
            address.get("stateOrProvinceName") or address.get("stateOrProvinceCode"),
            address.get("postalCode"),
        )
        if part
    )
    parts = [street, address.get("city"), region, address.get("countryName") or address.get("countryCode")]
    return ", ".join(str(part) for part in parts if part)
