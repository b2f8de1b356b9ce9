from enum import StrEnum


class ExtraFieldType(StrEnum):
    CHECKBOX = "CHECKBOX"
    DATETIME = "DATETIME"
    RADIO_BUTTONS = "RADIO_BUTTONS"
    SELECT = "SELECT"
    TEXT = "TEXT"
    TEXTAREA = "TEXTAREA"
    TOGGLE_BUTTON_GROUP = "TOGGLE_BUTTON_GROUP"

    def __str__(self) -> str:
        return str(self.value)
