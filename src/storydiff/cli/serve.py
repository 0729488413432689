"""``storydiff serve``."""

from __future__ import annotations

from pathlib import Path

import click

from storydiff.cli.app import DB_OPTION, DEBUG_OPTION, handle_errors, main
from storydiff.config.web import HOST, LOOPBACK_HOSTS, PORT, RATE_BURST, RATE_PER_SECOND


@main.command()
@DB_OPTION
@click.option("--host", default=HOST, show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=PORT,
    show_default=True,
    help="Port to listen on.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer to this Host header (the name a proxy forwards); repeatable.",
)
@click.option(
    "--root-path", default="", help="The path a proxy serves the app under, e.g. /storydiff."
)
@click.option(
    "--forwarded-allow-ips",
    default="",
    metavar="IPS",
    help="Proxies whose X-Forwarded-For and -Proto are trusted (comma-separated).",
)
@click.option(
    "--rate",
    type=click.FloatRange(0, 1e6),
    default=RATE_PER_SECOND,
    show_default=True,
    help="Requests a second one client address may make (0: no limit).",
)
@click.option(
    "--burst",
    type=click.IntRange(1, 10**6),
    default=RATE_BURST,
    show_default=True,
    help="Requests one client address may make at once before --rate applies.",
)
@DEBUG_OPTION
@handle_errors
def serve(
    db_path: Path,
    host: str,
    port: int,
    allow_hosts: tuple[str, ...],
    root_path: str,
    forwarded_allow_ips: str,
    rate: float,
    burst: int,
    debug: bool,
) -> None:
    """A web app over the store: browse stories, their timelines and what changed
    between any two versions, in a browser. Reads the store only (an ingest or a
    watch may go on writing it); keeps a search index beside it (NAME.db.search).
    Listens on 127.0.0.1 unless told otherwise."""
    try:
        import uvicorn

        from storydiff.web.app import Settings, create_app
    except ImportError as exc:
        if exc.name not in ("uvicorn", "fastapi", "starlette", "pydantic", "jinja2"):
            raise  # a fault of storydiff's own, not a missing extra
        from storydiff.errors import MissingExtraError

        raise MissingExtraError("web", "the web app") from exc
    if root_path and not root_path.startswith("/"):
        raise click.BadParameter("must start with /", param_hint="--root-path")
    hosts = {*LOOPBACK_HOSTS, host.lower(), *(h.lower() for h in allow_hosts)}
    settings = Settings(hosts=hosts, rate=rate, burst=burst)
    app = create_app(db_path, settings)
    shown = f"[{host}]" if ":" in host else host
    where = f"http://{shown}:{port}{root_path.rstrip('/')}/"
    click.echo(f"storydiff: serving {db_path} at {where} (Ctrl-C stops)")
    if host.lower() not in LOOPBACK_HOSTS:
        click.echo(
            f"storydiff: listening on {host}, not only this machine: put a proxy in front",
            err=True,
        )
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="debug" if debug else "warning",
        proxy_headers=bool(forwarded_allow_ips),
        forwarded_allow_ips=forwarded_allow_ips or None,
        server_header=False,
        root_path=root_path.rstrip("/"),
        h11_max_incomplete_event_size=16 * 1024,
    )
