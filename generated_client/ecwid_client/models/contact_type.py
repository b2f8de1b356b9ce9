from enum import StrEnum


class ContactType(StrEnum):
    EMAIL = "EMAIL"
    FACEBOOK = "FACEBOOK"
    FB_MESSENGER = "FB_MESSENGER"
    INSTAGRAM = "INSTAGRAM"
    OTHER = "OTHER"
    PHONE = "PHONE"
    PINTEREST = "PINTEREST"
    TELEGRAM = "TELEGRAM"
    TIKTOK = "TIKTOK"
    TWITTER = "TWITTER"
    URL = "URL"
    VIBER = "VIBER"
    VK = "VK"
    WHATSAPP = "WHATSAPP"
    YOUTUBE = "YOUTUBE"

    def __str__(self) -> str:
        return str(self.value)
