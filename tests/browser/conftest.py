"""Headless Debian Chromium driven by Playwright, for the map's browser tests.

Why Debian's Chromium and not ``playwright install``: that downloads a browser build
from outside the package registries. The suite is skipped, with the reason, when
/usr/bin/chromium or the playwright package is missing.

Every page opens in a fresh browser context; every request that is not a file: URL
is aborted and recorded, and console errors and page errors are collected.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from geomap.snapshot import CHROMIUM_ARGS

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: needs headless Chromium (Debian) + playwright")


def _skip_reason() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install -y chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is missing (pip install playwright)"
    return None


@dataclass
class OpenedPage:
    """A loaded map page and what it tried to do."""

    page: Any
    outside_requests: list[str] = field(default_factory=list)
    file_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        yield browser
        browser.close()


MAP_READY = "window.geomap && geomap.ready === true"


@pytest.fixture
def open_offline(chromium: Any) -> Iterator[Callable[..., OpenedPage]]:
    """Open a local page in a fresh context, refusing and recording every request that
    is not a file: URL; wait until the ``ready`` expression (or function) holds."""
    contexts = []

    def opener(
        path: Path, *, ready: str = MAP_READY, width: int = 1280, height: int = 860
    ) -> OpenedPage:
        context = chromium.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page)

        def route(route: Any, request: Any) -> None:
            if request.url.startswith("file:"):
                opened.file_requests.append(request.url)
                route.continue_()
            else:
                opened.outside_requests.append(request.url)
                route.abort()

        context.route("**/*", route)
        page.on(
            "console",
            lambda msg: opened.console_errors.append(msg.text) if msg.type == "error" else None,
        )
        page.on("pageerror", lambda exc: opened.console_errors.append(f"pageerror: {exc}"))
        page.goto(path.as_uri())
        page.wait_for_function(ready, timeout=30_000)
        return opened

    yield opener
    for context in contexts:
        context.close()


@pytest.fixture
def open_map(open_offline: Callable[..., OpenedPage]) -> Callable[[Path], OpenedPage]:
    """Open a map.html file offline; wait until its script has finished."""
    return lambda path: open_offline(path)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
