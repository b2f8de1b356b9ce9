"""Place names the service adds to addresses, from the ISO 3166 data `pycountry` maintains.

`countryName` comes from ISO 3166-1 (the common name where ISO gives one: "Bolivia", not
"Bolivia, Plurinational State of"), `stateOrProvinceName` from ISO 3166-2 (`US` + `FL` is
`US-FL`, "Florida"). Codes the standard does not know simply get no computed name.
"""

from __future__ import annotations

import functools

import pycountry


@functools.lru_cache(maxsize=4096)
def country_name(code: str) -> str | None:
    if len(code) != 2 or not code.isascii():
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


@functools.lru_cache(maxsize=4096)
def state_name(country: str, state: str) -> str | None:
    if not (country.isascii() and state.isascii()) or len(country) != 2 or not 1 <= len(state) <= 3:
        return None
    subdivision = pycountry.subdivisions.get(code=f"{country.upper()}-{state.upper()}")  # type: ignore[no-untyped-call]
    return None if subdivision is None else str(subdivision.name)


def add_place_names(address: dict[str, object]) -> None:
    """Set `countryName` and `stateOrProvinceName` from the codes, as the service does."""
    address.pop("countryName", None)
    address.pop("stateOrProvinceName", None)
    country = address.get("countryCode")
    if not isinstance(country, str) or (name := country_name(country)) is None:
        return
    address["countryName"] = name
    state = address.get("stateOrProvinceCode")
    if isinstance(state, str) and (region := state_name(country, state)) is not None:
        address["stateOrProvinceName"] = region


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
