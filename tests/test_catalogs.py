"""Every catalog is complete: no missing, empty or fuzzy translation, the same ``{placeholders}``
as the message id, and no entry the sources no longer use."""

from __future__ import annotations

import pytest

from checker import messages as checker_messages
from checker.catalog import translations as checker_translations
from policy_site import messages as site_messages
from policy_site.catalogs import DOMAINS, Domain, check
from policy_site.i18n import site_gettext


@pytest.mark.parametrize("domain", DOMAINS, ids=[domain.name for domain in DOMAINS])
def test_catalogs_are_complete(domain: Domain) -> None:
    assert check(domain) == []


#: Every button and link label the build or the checker writes: an action the reader takes.
ACTION_LABELS = (
    *checker_messages.EMAIL_BUTTONS.values(),
    site_messages.CHECK_BUTTON, site_messages.EMAIL_BUTTON, site_messages.CHECKER_LINK,
    site_messages.READ_FRENCH, site_messages.READ_VERSION, site_messages.READ_CURRENT,
    site_messages.READ_UPCOMING, site_messages.READ_THIS_VERSION, site_messages.SEE_CHANGES,
    site_messages.PALETTE_TO_DARK, site_messages.PALETTE_TO_LIGHT,
)  # fmt: skip
#: Arabic imperatives that a label must not use: a command to the reader beside "my" (« اكتب طلب
#: الاسترداد الخاص بي ») reads as an order to the reader about the reader's own request.
ARABIC_IMPERATIVES = ("اكتب", "راسِل", "راسل", "تحقّق", "تحقق", "اقرأ", "اطّلع", "اطلع")


def labels(lang: str) -> dict[str, str]:
    domains = {"checker": checker_translations(lang).gettext, "site": site_gettext(lang)}
    return {
        label: domains["checker" if label in checker_messages.EMAIL_BUTTONS.values() else "site"](label)
        for label in ACTION_LABELS
    }


def test_italian_buttons_and_links_are_in_the_infinitive() -> None:
    """The README's convention: Italian addresses the reader with Lei; its buttons and link labels
    name the action in the infinitive (« Verificare la mia situazione »), never with tu."""
    found = {label: text for label, text in labels("it").items() if not text.split()[0].endswith("re")}
    assert found == {}


def test_arabic_buttons_and_links_are_verbal_nouns() -> None:
    """The README's convention: Arabic buttons and link labels are verbal nouns (« صياغة طلب
    الاسترداد »), never an imperative, and never with "my" (« الخاص بي »)."""
    found = {
        label: text
        for label, text in labels("ar").items()
        if text.split()[0] in ARABIC_IMPERATIVES or "الخاص بي" in text
    }
    assert found == {}
