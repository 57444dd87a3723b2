"""`newsbot demo`: the daemon's own code path against bundled real feed snapshots on 127.0.0.1.

Needs no network and no token, so a newcomer sees matching, de-duplication and alert rendering work
before configuring anything.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from importlib import resources
from pathlib import Path

from aiohttp import web

from .config import load_config
from .service import Service

_CONFIG = """\
# written by `newsbot demo`
[storage]
path = "demo.sqlite3"
retention_days = 36500.0

[polling]
interval = 300
timeout = 10
backfill_hours = 876000.0   # the snapshots are old: alert on everything in them

[http]
listen = ""
"""


def _demo_folder() -> Path:
    return Path(str(resources.files("bot") / "demo_feeds"))


async def run_demo(*, keep: bool = False) -> int:
    folder = _demo_folder()
    files = sorted(p for p in folder.iterdir() if p.name.endswith(".xml"))
    app = web.Application()
    app.router.add_static("/feeds/", folder)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = int(runner.addresses[0][1])  # the port picked for port 0
    workdir = Path(tempfile.mkdtemp(prefix="newsbot-demo-"))
    try:
        text = _CONFIG + "".join(f'\n[[feeds]]\nurl = "http://127.0.0.1:{port}/feeds/{p.name}"\nname = "{p.stem}"\n'
                                 for p in files)
        (workdir / "config.toml").write_text(text, encoding="utf-8")
        config = load_config(workdir / "config.toml", env={})
        print(f"newsbot demo: serving {len(files)} real feed snapshots on http://127.0.0.1:{port}/feeds/ "
              f"and polling them once (no token: alerts are printed)\n", file=sys.stderr)
        async with Service(config, stdout=sys.stdout) as service:
            await service.run_once(send_deadline=120)
            counts = await service.store.outbox_counts()
            m = service.metrics
        print(f"newsbot demo: {len(files)} feeds, {m.items} items, {m.stories} stories, {counts['sent']} alerts "
              f"printed. Config used: {workdir / 'config.toml' if keep else '(temporary)'}", file=sys.stderr)
        return 0
    finally:
        await runner.cleanup()
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
