"""The Learn guides: short Markdown files with a TOML header, bundled in both languages.

A guide lives at ``assets/guides/<language>/<slug>.md`` and starts with a header between two
``+++`` lines::

    +++
    title = "When the mind wanders"
    summary = "Wandering is what minds do; noticing it is the practice."
    sources = [{ text = "Killingsworth & Gilbert 2010, Science 330:932", url = "https://..." }]
    related_routines = ["open-meditation"]
    +++
    Markdown, linking [a guide](guide:safety) and [a routine](routine:box-breathing).

Why TOML between ``+++``: the same format the routines use, read by the same ``tomllib``, and a
convention (Hugo's) that Markdown editors already recognise. Sources live in the header, not in
the text, so the app renders them the same way under every guide and a test can check each one.

Nothing here fetches anything: URLs in sources are shown to the user, never opened by Tenang.
Problems are collected per file (``FILE:LINE: key: message``) and a broken guide is skipped,
like a broken routine: the rest of Learn still works.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Final, Literal

from tenang.core.resources import assets_root
from tenang.core.sessions.problems import Problem

GUIDE_LANGUAGES: Final[tuple[str, ...]] = ("en", "id")
"""Every guide ships in each of these; English is the fallback."""

FENCE: Final = "+++"
SLUG_PATTERN: Final = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
ROUTINE_ID_PATTERN: Final = SLUG_PATTERN
MAX_TITLE: Final = 120
MAX_SUMMARY: Final = 400
MAX_SOURCES: Final = 20

LinkKind = Literal["guide", "routine"]

_KEYS: Final = ("title", "summary", "sources", "related_routines")
_SOURCE_KEYS: Final = ("text", "url")
_LINK: Final = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
TOML_POSITION: Final = re.compile(
    r"^(?P<msg>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$"
)
"""Where Python 3.11's ``tomllib`` puts the position: only in the message text."""
_SOURCES_HEADING: Final = {"en": "Sources", "id": "Sumber"}


@dataclass(frozen=True)
class Source:
    """One citation: the words to show and, where there is one, a URL to show beside them."""

    text: str
    url: str | None = None


@dataclass(frozen=True)
class Link:
    """An in-app link found in a guide's text: ``guide:<slug>`` or ``routine:<id>``."""

    kind: LinkKind
    target: str
    line: int
    """1-based line in the file, for error messages."""


@dataclass(frozen=True)
class Guide:
    slug: str
    language: str
    title: str
    summary: str
    sources: tuple[Source, ...]
    related_routines: tuple[str, ...]
    body: str
    """The Markdown after the header, without the sources (see :func:`render_markdown`)."""
    path: str
    body_line: int
    """The file line on which :attr:`body` starts."""
    related_line: int = 1
    """The file line of ``related_routines``, for error messages."""

    @property
    def links(self) -> tuple[Link, ...]:
        return find_links(self.body, self.body_line)

    @property
    def word_count(self) -> int:
        return count_words(self.body)


@dataclass(frozen=True)
class GuideLibrary:
    """Every guide that loaded, by language and slug, and the problems of those that did not."""

    guides: Mapping[str, Mapping[str, Guide]]
    problems: tuple[Problem, ...]

    def slugs(self, language: str) -> tuple[str, ...]:
        return tuple(sorted(self.guides.get(language, {})))

    def get(self, slug: str, language: str) -> Guide | None:
        """The guide in ``language``, else in English: a missing translation still shows."""
        found = self.guides.get(language, {}).get(slug)
        if found is None and language != "en":
            found = self.guides.get("en", {}).get(slug)
        return found

    def listing(self, language: str) -> tuple[Guide, ...]:
        """The guides to list in ``language`` (English ones fill gaps), ordered by title."""
        slugs = set(self.guides.get(language, {})) | set(self.guides.get("en", {}))
        found = (self.get(slug, language) for slug in slugs)
        return tuple(
            sorted((g for g in found if g is not None), key=lambda g: (g.title.lower(), g.slug))
        )


def parse_link(href: str) -> tuple[LinkKind, str] | None:
    """``"routine:box-breathing"`` -> ``("routine", "box-breathing")``; other links -> None.

    The GUI calls this from ``QTextBrowser.anchorClicked`` to decide what a click does.
    """
    scheme, sep, target = href.partition(":")
    if not sep or not SLUG_PATTERN.match(target):
        return None
    if scheme == "guide":
        return "guide", target
    if scheme == "routine":
        return "routine", target
    return None


def find_links(body: str, first_line: int = 1) -> tuple[Link, ...]:
    """Every ``guide:``/``routine:`` Markdown link in ``body``, with its file line."""
    links: list[Link] = []
    for offset, line in enumerate(body.splitlines()):
        for match in _LINK.finditer(line):
            parsed = parse_link(match.group(1))
            if parsed is not None:
                links.append(Link(parsed[0], parsed[1], first_line + offset))
    return tuple(links)


def _other_links(body: str, first_line: int) -> Iterable[tuple[int, str]]:
    """Links that are neither in-app nor web addresses: almost always a typo."""
    for offset, line in enumerate(body.splitlines()):
        for match in _LINK.finditer(line):
            href = match.group(1)
            if parse_link(href) is None and not href.startswith(("https://", "http://")):
                yield first_line + offset, href


def count_words(markdown: str) -> int:
    """Words a reader sees: link targets and Markdown punctuation are not words."""
    text = re.sub(r"\]\([^)]*\)", "]", markdown)
    return len(re.findall(r"[0-9A-Za-zÀ-ÿ][0-9A-Za-zÀ-ÿ'’\-]*", text))


def render_markdown(guide: Guide) -> str:
    """The Markdown to show: the body, then the sources as a list under a heading."""
    if not guide.sources:
        return guide.body
    heading = _SOURCES_HEADING.get(guide.language, _SOURCES_HEADING["en"])
    items = [f"- {s.text}" + (f" <{s.url}>" if s.url else "") for s in guide.sources]
    return guide.body.rstrip() + f"\n\n## {heading}\n\n" + "\n".join(items) + "\n"


class _Collector:
    def __init__(self, path: str, header_lines: list[str]) -> None:
        self.path = path
        self.header_lines = header_lines
        self.items: list[Problem] = []

    def line_of(self, key: str) -> int:
        """The file line of ``key = ...`` in the header (header starts on line 2), else 1."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number, line in enumerate(self.header_lines, start=2):
            if pattern.match(line):
                return number
        return 1

    def add(self, key: str, message: str, line: int | None = None) -> None:
        where = line if line is not None else self.line_of(key.split("[", 1)[0])
        self.items.append(Problem(self.path, where, None, key, message))


def _text(problems: _Collector, key: str, value: object, limit: int) -> str | None:
    if not isinstance(value, str) or not value.strip():
        problems.add(key, "must be non-empty text")
        return None
    if len(value) > limit:
        problems.add(key, f"must be at most {limit} characters (got {len(value)})")
        return None
    return value.strip()


def _sources(problems: _Collector, value: object) -> tuple[Source, ...]:
    if not isinstance(value, list) or not value:
        problems.add("sources", "must be a non-empty list of { text = ..., url = ... } tables")
        return ()
    if len(value) > MAX_SOURCES:
        problems.add("sources", f"must list at most {MAX_SOURCES} sources (got {len(value)})")
        return ()
    result: list[Source] = []
    for index, item in enumerate(value):
        key = f"sources[{index}]"
        if not isinstance(item, dict):
            problems.add(key, "must be a table like { text = ..., url = ... }")
            continue
        for unknown in sorted(set(item) - set(_SOURCE_KEYS)):
            problems.add(f"{key}.{unknown}", "unknown key (known: text, url)")
        text = _text(problems, f"{key}.text", item.get("text"), 500)
        url = item.get("url")
        if url is not None and not (isinstance(url, str) and re.match(r"^https?://\S+$", url)):
            problems.add(f"{key}.url", f"must be an http(s) address (got {url!r})")
            url = None
        if text is not None:
            result.append(Source(text, url))
    return tuple(result)


def _routines(problems: _Collector, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.add("related_routines", "must be a list of routine ids (may be empty)")
        return ()
    bad = [v for v in value if not ROUTINE_ID_PATTERN.match(v)]
    for item in bad:
        problems.add("related_routines", f'"{item}" is not a routine id like "box-breathing"')
    return tuple(dict.fromkeys(v for v in value if ROUTINE_ID_PATTERN.match(v)))


def parse_guide(
    text: str, path: str, slug: str, language: str
) -> tuple[Guide | None, list[Problem]]:
    """Parse one guide file; returns the guide (or None) and every problem found."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != FENCE:
        return None, [Problem(path, 1, None, "header", f"must start with a {FENCE} line")]
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        return None, [Problem(path, 1, None, "header", f"has no closing {FENCE} line")]
    problems = _Collector(path, lines[1:end])
    if not SLUG_PATTERN.match(slug):
        problems.add("file", f'name "{slug}" must look like "box-breathing" (a-z, 0-9, -)', 1)
    try:
        header = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as error:
        match = TOML_POSITION.match(str(error))
        line = int(match["line"]) + 1 if match else 1
        message = match["msg"] if match else str(error)
        problems.add("header", f"is not valid TOML: {message}", line)
        return None, problems.items
    for key in sorted(set(header) - set(_KEYS)):
        problems.add(key, f"unknown key (known: {', '.join(_KEYS)})")
    for key in ("title", "summary", "sources"):
        if key not in header:
            problems.add(key, "is required", 1)
    title = _text(problems, "title", header.get("title"), MAX_TITLE) if "title" in header else None
    summary = (
        _text(problems, "summary", header.get("summary"), MAX_SUMMARY)
        if "summary" in header
        else None
    )
    sources = _sources(problems, header["sources"]) if "sources" in header else ()
    routines = _routines(problems, header.get("related_routines", []))
    rest = lines[end + 1 :]
    blank = next((i for i, line in enumerate(rest) if line), len(rest))
    body_line = end + 2 + blank  # 1-based line of the first body line after blank ones
    body = "\n".join(rest[blank:]).rstrip("\n") + "\n"
    if not body.strip():
        problems.add("body", "is empty: write the guide below the header", end + 1)
    for line, href in _other_links(body, body_line):
        problems.add("link", f'"{href}" is not guide:<slug>, routine:<id> or a web address', line)
    if problems.items or title is None or summary is None:
        return None, problems.items
    related_line = problems.line_of("related_routines")
    guide = Guide(
        slug, language, title, summary, sources, routines, body, path, body_line, related_line
    )
    return guide, []


def _read(file: Traversable | Path) -> str:
    return file.read_bytes().decode("utf-8")


def guides_root() -> Traversable:
    return assets_root() / "guides"


def load_guides(
    root: Traversable | Path | None = None, routine_ids: Collection[str] | None = None
) -> GuideLibrary:
    """Load ``<root>/<language>/*.md`` for every shipped language and check every link.

    ``guide:`` links must name a guide of the same language; ``routine:`` links and
    ``related_routines`` must name one of ``routine_ids`` when it is given (the app passes the
    ids of the routines that loaded). A guide with a broken link is kept but its link is
    reported: Learn should not lose a page over one stale link, yet tests must see it.
    """
    folder = guides_root() if root is None else root
    guides: dict[str, dict[str, Guide]] = {}
    problems: list[Problem] = []
    for language in GUIDE_LANGUAGES:
        guides[language] = {}
        lang_dir = folder / language
        if not lang_dir.is_dir():
            problems.append(Problem(str(lang_dir), None, None, "", "the folder does not exist"))
            continue
        files = sorted(
            (
                f
                for f in lang_dir.iterdir()
                if f.name.endswith(".md") and not f.name.startswith(".")
            ),
            key=lambda f: f.name,
        )
        for file in files:
            path = f"guides/{language}/{file.name}"
            try:
                text = _read(file)
            except (OSError, UnicodeDecodeError) as error:
                problems.append(Problem(path, 1, None, "file", f"cannot be read ({error})"))
                continue
            guide, found = parse_guide(text, path, file.name[: -len(".md")], language)
            problems.extend(found)
            if guide is not None:
                guides[language][guide.slug] = guide
    for by_slug in guides.values():
        for guide in by_slug.values():
            problems.extend(_check_links(guide, set(by_slug), routine_ids))
    return GuideLibrary(guides, tuple(problems))


def _check_links(
    guide: Guide, slugs: Collection[str], routine_ids: Collection[str] | None
) -> list[Problem]:
    found: list[Problem] = []
    for link in guide.links:
        if link.kind == "guide" and link.target not in slugs:
            found.append(Problem(guide.path, link.line, None, "link", f'no guide "{link.target}"'))
        if link.kind == "routine" and routine_ids is not None and link.target not in routine_ids:
            found.append(
                Problem(guide.path, link.line, None, "link", f'no routine "{link.target}"')
            )
    if routine_ids is not None:
        for routine in guide.related_routines:
            if routine not in routine_ids:
                found.append(
                    Problem(
                        guide.path,
                        guide.related_line,
                        None,
                        "related_routines",
                        f'no routine "{routine}"',
                    )
                )
    return found
