"""What every command run shares: the exit codes, the project's configuration (read once, when
first needed), the language, and the way a run that cannot proceed ends."""

import os
from collections.abc import Iterable
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from perfcheck.diagnostics import Diagnostic, Lang
from perfcheck.reports.formats import Color
from perfcheck.text.catalogue import LANGUAGES

if TYPE_CHECKING:
    from perfcheck.reading.config import Effective
    from perfcheck.reports.render import View
    from perfcheck.run.options import Options


class ExitCode(IntEnum):
    OK = 0
    PROBLEMS = 1  # problems found, an indicator unmet or missing, a red light
    CANNOT_PROCEED = 2  # bad arguments, an unreadable or invalid input, a broken configuration
    BUG = 3  # an internal error: a bug in perfcheck
    INTERRUPTED = 130  # Ctrl-C
    TERMINATED = 143  # SIGTERM: `kill`, a service stopping, a CI job cancelled


class CannotProceedError(Exception):
    """Ends a command with exit 2 after its located errors, one per line, on stderr."""

    def __init__(self, lines: Iterable[str]) -> None:
        super().__init__()
        self.lines = list(lines)


class CommonOptions(NamedTuple):
    """The options that mean the same in every command that takes them; one a command does not
    take keeps its default."""

    lang: str | None = None  # None: --lang before the command, else the configuration's
    encoding: str | None = None  # of the files that are not UTF-8
    profile: str | None = None  # the rules profile of a target file that names none
    color: Color | None = None  # None: the configuration's
    width: int | None = None  # characters of a table; None: the terminal's, or the command's


class Session:
    """One run of one command. The configuration is searched for only when a command needs it
    (`schema` and `explain` do not)."""

    def __init__(self, *, debug: bool = False, cwd: Path | None = None) -> None:
        self.debug = debug
        self.root_lang: str | None = None  # --lang before the command
        self._cwd = cwd
        self._effective: Effective | None = None
        self._asked: Lang | None = None  # the run's language, once a command has asked for it
        self.terminated = False  # SIGTERM arrived: the run ends as an interrupted one does

    @property
    def config(self) -> "Effective":
        if self._effective is None:
            from perfcheck.reading.config import ConfigError, load

            try:
                self._effective = load(self._cwd or Path.cwd())
            except ConfigError as error:
                lines = error.lines(self._asked)
                raise CannotProceedError([f"perfcheck: {line}" for line in lines]) from None
        return self._effective

    @property
    def configuration_read(self) -> tuple[Path, ...]:
        """The configuration file the run read, if any: an input no output may replace."""
        file = self.config.file
        return () if file is None else (file,)

    def lang(self, asked: str | None) -> Lang:
        """--lang when given after the command, else before it, else the configuration's (the
        command line has checked both)."""
        chosen = asked or self.root_lang
        if chosen is None:
            return self.config.settings.lang
        lang = next((known for known in LANGUAGES if known == chosen), LANGUAGES[0])
        self._asked = lang
        return lang

    def configured_lang(self) -> Lang:
        """The language of a run whose command line could not be read: the configuration's,
        or Chinese when that cannot be read either."""
        try:
            return self.config.settings.lang
        except CannotProceedError:
            return "zh"

    def color(self, asked: Color | None, stream: TextIO) -> bool:
        chosen = asked or Color(self.config.settings.color)
        if chosen is Color.ALWAYS:
            return True
        if chosen is Color.NEVER or "NO_COLOR" in os.environ:
            return False
        return stream.isatty()

    def table_view(self, common: CommonOptions, out: TextIO, piped: int) -> "View":
        """How a table is shown on `out`: in colour as asked and as `out` takes it; --width wide,
        else as wide as the terminal, else `piped` characters (a file or a pipe)."""
        import shutil

        from perfcheck.reports.render import View

        width = common.width or (shutil.get_terminal_size().columns if out.isatty() else piped)
        return View(color=self.color(common.color, out), width=width)

    def options(self, common: CommonOptions, lang: Lang) -> "Options":
        """How to read files: the encoding asked for, the project's limits, waved warnings and
        rules profiles, the profile a file that names none gets."""
        from perfcheck.codes import CODES
        from perfcheck.model.profiles import known_profiles
        from perfcheck.run.options import Options

        settings = self.config.overridden("profile", common.profile, "--profile").settings
        known = known_profiles(settings.profiles)
        if settings.profile is not None and settings.profile not in known:
            args = {"profile": settings.profile, "known": known}
            raise CannotProceedError([f"--profile: S016 {CODES['S016'].render(lang, args)}"])
        return Options(
            encoding=common.encoding,
            limits=settings.limits,
            ignore=frozenset(settings.ignore),
            profile=settings.profile,
            profiles=settings.profiles,
        )


def within_file_limit(count: int, limit: int, lang: Lang) -> None:
    """A run reads at most `limits.max_files` files (F016)."""
    if count > limit:
        from perfcheck.codes import CODES

        message = CODES["F016"].render(lang, {"count": count, "limit": limit})
        raise CannotProceedError([f"F016 {message}"])


def located(diagnostics: Iterable[Diagnostic], lang: Lang) -> list[str]:
    """Sorted, each once: files naming one broken target file all carry its errors."""
    ordered = sorted(diagnostics, key=Diagnostic.sort_key)
    return list(dict.fromkeys(d.concise(lang) for d in ordered))
