"""A phone's menu button, a button for everyone: Material's header opens the navigation drawer with
a ``<label>`` for a hidden checkbox, which has no name, is not in the tab order and cannot be
pressed with the keyboard. The label gets the role and name of a button (the navigation's own
name, as the page already gives it in its language) and a place in the tab order;
``docs/assets/material-defer.js`` presses it with Enter or Space, says whether the drawer is open
(``aria-expanded``) and closes it with Escape. On a wide screen the button is not shown, and so not
focusable."""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

#: Material's menu button, as its header partial writes it.
MENU_LABEL = '<label class="md-header__button md-icon" for="__drawer">'
#: The navigation's name, already escaped for an attribute by the theme's templates.
NAVIGATION_NAME = re.compile(r'<nav class="md-nav md-nav--primary" aria-label="([^"]*)"')


def menu_button(html: str) -> str:
    """``html`` with its menu label made a named button; unchanged without one."""
    name = NAVIGATION_NAME.search(html)
    if name is None or MENU_LABEL not in html:
        return html
    button = MENU_LABEL.replace(
        ">", f' role="button" tabindex="0" aria-label="{name[1]}" aria-expanded="false">'
    )
    return html.replace(MENU_LABEL, button, 1)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return menu_button(output)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    return menu_button(output_content)  # the page not found has the same header
