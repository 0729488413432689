"""Every error storydiff raises on purpose.

    StorydiffError                  base: catch this to catch them all
     └── InputError                 an input could not be read as an article
          ├── EmptyInputError        nothing (or only whitespace) to compare
          ├── BinaryInputError       bytes that are not text
          ├── TooLargeError          over the configured size limit
          ├── NoArticleError         HTML in which no article text was found
          ├── MissingInputError      a path that does not exist
          ├── DecodeError            a body whose content or transfer coding is not what it says
          └── FetchError             a URL that failed (refused, timed out, HTTP error)
     ├── MissingExtraError          an optional part is not installed
     ├── StoreError                 a database that is missing, not ours, too new,
     │                              or that cannot be written (a full disk, a read-only folder)
     ├── OutputError                an output file that cannot be written (a full disk)
     ├── DedupError                 a dedup run that failed as a whole (a corrupt work file)
     ├── WorkerError                a worker process of an executor failed
     ├── WatchListError             a watch list that cannot be used (the file and entry named)
     └── WebError                   a request the web app cannot answer as asked (its 4xx)
          ├── BadRequestError        an unknown or repeated parameter, a value out of range
          └── NotFoundError          no such story, version, outlet or page

Each message names the input and says what to do, in one line: the CLI prints it
as is, with exit code 2.
"""

from __future__ import annotations


class StorydiffError(Exception):
    """Base class of storydiff's errors."""


class InputError(StorydiffError):
    """An input could not be read as an article."""

    def __init__(self, source: str, problem: str, hint: str = "") -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        message = f"{source}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary, not text."""


class TooLargeError(InputError):
    """The input is larger than the configured limit."""


class NoArticleError(InputError):
    """No article text could be extracted from an HTML page."""


class MissingInputError(InputError):
    """A file that does not exist."""


class DecodeError(InputError):
    """A body said it was encoded one way (gzip, br, chunked...) and was not."""


class FetchError(InputError):
    """A URL could not be fetched. ``status`` is the HTTP status when the server
    answered with an error, None when it did not answer (refused, timed out)."""

    def __init__(self, source: str, problem: str, hint: str = "", status: int | None = None):
        self.status = status
        super().__init__(source, problem, hint)


class MissingExtraError(StorydiffError):
    """An optional part of storydiff is not installed."""

    def __init__(self, extra: str, what: str) -> None:
        self.extra = extra
        super().__init__(f"{what} is not installed (pip install 'storydiff[{extra}]')")


class StoreError(StorydiffError):
    """The store cannot be used as asked."""

    def __init__(self, problem: str, hint: str = "") -> None:
        super().__init__(f"{problem} ({hint})" if hint else problem)


class OutputError(StorydiffError):
    """An output file could not be written."""

    def __init__(self, path: str, problem: str, hint: str = "") -> None:
        self.path = path
        super().__init__(f"{path}: {problem} ({hint})" if hint else f"{path}: {problem}")


class DedupError(StorydiffError):
    """A dedup run failed as a whole (a worker process died, a work file is corrupt)."""


class WorkerError(StorydiffError):
    """A job's worker process failed (killed, out of memory, or a bug: its traceback
    is in the message)."""


class WatchListError(StorydiffError):
    """A watch list (a TOML file or the URLs given to ``storydiff watch``) that cannot
    be used: unreadable, not TOML, an entry without a URL, a URL that is not http(s),
    a bad interval or ignore pattern. The message names the file and the entry."""

    def __init__(self, where: str, problem: str, hint: str = "") -> None:
        self.where = where
        super().__init__(f"{where}: {problem} ({hint})" if hint else f"{where}: {problem}")


class WebError(StorydiffError):
    """A request the web app (``storydiff serve``) cannot answer as asked: the page
    says why, with a 4xx status, and nothing else happens."""

    status = 400


class BadRequestError(WebError):
    """A request with an unknown or repeated parameter, or a value out of range."""

    status = 400


class NotFoundError(WebError):
    """No such story, version, outlet or page."""

    status = 404
