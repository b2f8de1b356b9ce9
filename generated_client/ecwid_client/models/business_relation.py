from enum import StrEnum


class BusinessRelation(StrEnum):
    B2B = "b2b"
    B2C = "b2c"

    def __str__(self) -> str:
        return str(self.value)
