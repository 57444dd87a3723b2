#!/usr/bin/env python3
"""The real `python -m bot run` process against the local news network, beside the naive loop, in one run.

    python bench/daemonbench.py                              # 400 feeds / 10 s, four columns (~12 minutes)
    python bench/daemonbench.py --sizes 400:10,1000:60       # and 1,000 feeds / 60 s
    python bench/daemonbench.py --only big                   # 50,000 feeds at a 5-minute interval (~20 minutes)
    python bench/daemonbench.py --only big --big-feeds 5000 --big-interval 60      # a smaller try
    python bench/daemonbench.py --only cold                  # cold-start peak RSS at 10,000 feeds (~12 minutes)
    python bench/daemonbench.py --workdir /tmp/db            # keep configs, databases and logs

bench/bench.py runs the same phases (its --real options). Everything is bound to loopback addresses and
needs no network; every wait is bounded and every child process is stopped at the end (SIGTERM, then
SIGKILL). See bench/BENCH.md, "The real process", for what each figure means.

Columns of the comparison, one after the other, each against a fresh news network from the same seed
(bench/newsnet.py: ~60 KB RSS, ~100 ms per answer, ETag/Last-Modified and 304, slow and failing feeds,
5 % of the feeds gaining an item per interval, matching items at a known rate):
  defaults, H hosts   `newsbot run` with the default [polling] settings, the feeds spread over H loopback
                      addresses (127.1.x.y): distinct hosts, as real feeds are
  defaults, 1 host    the same, every feed on 127.0.0.1: the per-host politeness gap (host_gap = 0.1 s, at
                      most 10 requests a second to one host) caps the whole network; intended for real hosts
  tuned, 1 host       host_gap = 0, per_host = max_concurrency = 200, adaptive = false: what a user with many
                      feeds on one host sets
  naive loop          bench/naive.py: feedparser.parse(url, etag=, modified=) in 50 threads, a cycle every
                      interval
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path[:0] = [str(ROOT), str(BENCH)]

from newsnet import NEWSBOT_CHATS  # noqa: E402 - after the path set-up
from proc import Child, memory_kib  # noqa: E402

PY = sys.executable
CHANGE_SHARE = 0.05  # each healthy feed gains an item in 5 % of its intervals
ALERT_RATE = 0.25  # matching items a second on top (three chats, one topic each: under Telegram's 1/s per chat)
NAIVE_THREADS = 50
TUNED = 200  # per_host = max_concurrency of the tuned settings
ANSWER_S = 0.1  # the network's mean answer time (80-120 ms)
DEFAULTS = {"max_concurrency": 20, "per_host": 4, "host_gap": 0.1}  # bot/config.py PollingConfig, for the notes


@dataclass
class Column:
    key: str
    title: str
    client: str  # newsbot | naive
    hosts: int
    polling: dict[str, Any] = field(default_factory=dict)  # [polling] keys beyond interval/min_interval

    @property
    def in_flight(self) -> int:
        return NAIVE_THREADS if self.client == "naive" else int(self.polling.get("max_concurrency",
                                                                                 DEFAULTS["max_concurrency"]))


def columns(hosts: int) -> list[Column]:
    tuned = {"host_gap": 0, "per_host": TUNED, "max_concurrency": TUNED, "adaptive": False}
    return [Column("defaults_hosts", f"defaults, {hosts} hosts", "newsbot", hosts),
            Column("defaults_1host", "defaults, 1 host", "newsbot", 1),
            Column("tuned_1host", "tuned, 1 host", "newsbot", 1, tuned),
            Column("naive", "naive loop", "naive", hosts)]


# -- processes -----------------------------------------------------------------------------------------


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process, all its threads and its live descendants (/proc)."""
    total, todo, seen = 0.0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, IndexError, ValueError):
            continue
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http_json(url: str, doc: dict[str, Any] | None = None, timeout: float = 60) -> Any:
    data = None if doc is None else json.dumps(doc).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})  # noqa: S310
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - the bench's own loopback processes
        return json.loads(resp.read())


class Net:
    """bench/newsnet.py in a child process."""

    def __init__(self, n: int, *, seed: int, hosts: int, items: int, log: Path):
        self.child = Child([PY, str(BENCH / "newsnet.py"), "--feeds", str(n), "--seed", str(seed), "--hosts",
                            str(hosts), "--items", str(items)], log=log)
        self.info = self.child.read(900)
        self.base, self.feeds = self.info["base"], self.info["feeds"]
        self.answering = sum(1 for f in self.feeds if f["kind"] != "failing")

    def progress(self, client: str) -> dict[str, Any]:
        return http_json(f"{self.base}/_ctl/progress?client={client}")

    def fresh(self, client: str, start: float, end: float, windows: list[float]) -> dict[str, Any]:
        return http_json(f"{self.base}/_ctl/fresh", {"client": client, "start": start, "end": end,
                                                     "windows": windows}, timeout=300)

    def stream(self, **doc: Any) -> None:
        http_json(f"{self.base}/_ctl/stream", doc)

    def latency(self, tag: str) -> dict[str, Any]:
        return http_json(f"{self.base}/_ctl/latency?tag={tag}", timeout=120)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            http_json(f"{self.base}/_ctl/stop", {}, timeout=10)
        self.child.close()


class Daemon:
    """`python -m bot run --config CFG`, the way users run it; stopped with SIGTERM (SIGKILL after 20 s)."""

    def __init__(self, config: Path, *, log: Path, port: int):
        self.log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen([PY, "-m", "bot", "run", "--config", str(config)], cwd=config.parent,
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log)
        self.pid, self.port = self.proc.pid, port

    def metrics(self) -> dict[str, float]:
        """The daemon's /metrics, as {"name{labels}": value} (empty until it answers)."""
        out: dict[str, float] = {}
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=10) as resp:
                text = resp.read().decode()
        except OSError:
            return out
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, _, value = line.rpartition(" ")
                with contextlib.suppress(ValueError):
                    out[name] = float(value)
        return out

    def polls(self) -> int:
        return int(sum(v for k, v in self.metrics().items() if k.startswith("newsbot_polls_total")))

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.log.close()
        return self.proc.returncode


def min_interval_for(interval: float) -> float | None:
    """`min_interval` for an interval below the default 300 s: the defaults' ratio (60 s of 300 s). The
    config refuses an interval below min_interval; min_interval = interval would leave the jitter no room
    (next_poll_delay never goes below min_interval): every gap would be the interval exactly, from request
    to request (before 0e2a430/accf4f8 the interval ran from the end of the answer, so every gap ran over it)."""
    return None if interval >= 300 else interval / 5


def telegram_toml(info: dict[str, Any]) -> str:
    """The `[telegram]` table for the network's fake Bot API and one `[[chats]]` per topic (newsnet's
    chats): what every bench config shares."""
    chats = "".join(f'[[chats]]\nid = {chat}\ntopics = ["{topic}"]\n' for chat, topic in NEWSBOT_CHATS.items())
    return (f'[telegram]\ntoken = "{info["token"]}"\napi_base_url = "{info["api_base"]}"\n'
            f"allow_private_feed_urls = true\n\n{chats}")


def write_config(folder: Path, net: Net, *, interval: float, polling: dict[str, Any], port: int) -> Path:
    """Only what a user must set: the feeds, the (fake) Bot API, private feed URLs allowed, the store, the
    HTTP listen address, and `interval` (with `min_interval_for` it); `polling` adds the tuned keys."""
    lines = [f"interval = {interval:g}"]
    min_interval = min_interval_for(interval)
    if min_interval is not None:
        lines.append(f"min_interval = {min_interval:g}")
    lines += [f"{k} = {str(v).lower() if isinstance(v, bool) else v}" for k, v in polling.items()]
    feeds = "".join(f'[[feeds]]\nurl = "{f["url"]}"\n' for f in net.feeds)
    cfg = folder / "newsbot.toml"
    cfg.write_text(f"""# written by bench/daemonbench.py
{telegram_toml(net.info)}
[storage]
path = "newsbot.sqlite3"

[http]
listen = "127.0.0.1:{port}"

[polling]
{chr(10).join(lines)}

{feeds}""", encoding="utf-8")
    return cfg


def wait_until(check: Any, timeout: float, step: float = 1.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(step)  # bounded: the deadline above
    return False


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


# -- 1. the comparison ---------------------------------------------------------------------------------


def run_column(col: Column, n: int, interval: float, measure: float, args: argparse.Namespace,
               folder: Path) -> dict[str, Any]:
    """One column: a fresh network, the client, warm-up (every feed polled once, the cold-start alerts sent,
    one more interval), `measure` seconds measured with news and matching items arriving, then a tail
    until the last matching items are delivered."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {"column": col.key, "load_before": os.getloadavg()}
    print(f"  [{col.title}] network: {n} feeds on {col.hosts} host(s)", flush=True)
    net = Net(n, seed=args.seed, hosts=col.hosts, items=50, log=folder / "newsnet.log")
    daemon: Daemon | None = None
    naive: Child | None = None
    try:
        warm_max = 90 + n / 5 + interval  # at defaults on one host the cold start alone takes N / 10 s
        tail_max = max(60.0, 3 * interval)
        if col.client == "newsbot":
            port = free_port()
            cfg = write_config(folder, net, interval=interval, polling=col.polling, port=port)
            daemon = Daemon(cfg, log=folder / "newsbot.log", port=port)
            pid = daemon.pid
        else:
            naive = Child([PY, str(BENCH / "naive.py"), "--api", net.info["api_base"] + net.info["token"],
                           "--workers", str(NAIVE_THREADS)], log=folder / "naive.log")
            naive.read(120)
            pid = naive.pid
            # one cold cycle, then a cycle every interval until well after the tail
            naive.send(op="daemon", urls=[f["url"] for f in net.feeds], warmup=0, seconds=1,
                       total=warm_max + 2 * interval + measure + tail_max + 30, interval=interval)
        started = time.time()
        net.stream(seconds=warm_max + 2 * interval, interval=interval, change_share=CHANGE_SHARE, alert_rate=0,
                   tag="warmup")
        def alive() -> bool:
            return daemon.alive() if daemon else naive is not None and naive.proc.poll() is None

        everyone = wait_until(lambda: not alive() or net.progress(col.client)["feeds"] >= n, warm_max)
        if not alive():
            raise RuntimeError(f"{col.title}: the process died (log in {folder})")
        out["first_cycle_s"] = time.time() - started if everyone else None
        # the cold start's alerts (backfill_hours = 24 by default) drain before anything is measured
        last = [net.progress(col.client)["accepted"], time.monotonic()]

        def quiet() -> bool:
            now = net.progress(col.client)["accepted"]
            if now != last[0]:
                last[:] = [now, time.monotonic()]
            return time.monotonic() - last[1] >= 5

        wait_until(quiet, 180)
        out["cold_alerts"] = net.progress(col.client)["accepted"]
        time.sleep(interval)  # one more interval: the steady state
        net_cpu0, start, cpu0 = tree_cpu(net.child.pid), time.time(), tree_cpu(pid)
        net.stream(seconds=measure, interval=interval, change_share=CHANGE_SHARE, alert_rate=ALERT_RATE,
                   tag="measured")
        time.sleep(measure)
        end, cpu1, net_cpu1 = time.time(), tree_cpu(pid), tree_cpu(net.child.pid)
        out.update(seconds=end - start, cpu=cpu1 - cpu0, net_cores=(net_cpu1 - net_cpu0) / (end - start),
                   warmup_s=start - started)
        out["fresh"] = net.fresh(col.client, start, end, [interval, 60])
        # the tail: items published near the end still have to be polled and sent
        def delivered() -> bool:
            lat = net.latency("measured")[col.client]
            return lat["delivered"] >= lat["matching"]

        wait_until(delivered, tail_max, step=2.0)
        lat = net.latency("measured")[col.client]
        out["latency"] = {k: v for k, v in lat.items() if k not in ("e2e", "after_fetch")}
        out["latency"].update(e2e=[pct(lat["e2e"], q) for q in (0.5, 0.95)],
                              after_fetch=[pct(lat["after_fetch"], q) for q in (0.5, 0.95)])
        out["memory"] = memory_kib(pid)
        out["load_after"] = os.getloadavg()
        if daemon:
            metrics = daemon.metrics()
            out["metrics"] = {k: v for k, v in metrics.items() if k.startswith(("newsbot_polls_total",
                                                                               "newsbot_poll_errors_total"))}
    finally:
        if daemon:
            out["exit"] = daemon.stop()
        if naive:
            naive.close(5)
        net.close()
    f = out["fresh"]
    print(f"  [{col.title}] {f['polls']} polls in {out['seconds']:.0f}s ({f['polls'] / out['seconds']:.1f}/s of "
          f"{n / interval:.1f} promised), CPU {out['cpu']:.1f}s, fresh {f['fresh']}, "
          f"latency p50/p95 {out['latency']['e2e']}", flush=True)
    return out


def run_compare(n: int, interval: float, args: argparse.Namespace, root: Path) -> dict[str, Any]:
    measure = args.measure or max(60.0, 3 * interval)
    print(f"\n== the real process: {n} feeds, interval {interval:g} s, measured {measure:g} s ==", flush=True)
    res: dict[str, Any] = {"n": n, "interval": interval, "measure": measure, "hosts": args.hosts, "columns": {}}
    for col in columns(args.hosts):
        if args.columns and col.key not in args.columns:
            continue
        res["columns"][col.key] = {"title": col.title, "in_flight": col.in_flight, "hosts": col.hosts,
                                   "client": col.client, "polling": col.polling,
                                   **run_column(col, n, interval, measure, args, root / f"n{n}-{col.key}")}
    return res


def capacity_60s(c: dict[str, Any]) -> tuple[float, float, float]:
    """Feeds kept fresh within 60 s (derived): min(by CPU, by requests in flight, by host gap).
    By CPU: one core's 60 s ÷ CPU per poll; in flight: slots ÷ 0.1 s answer × 60 s; host gap (defaults on
    one host): 60 s ÷ 0.1 s."""
    polls = c["fresh"]["polls"]
    by_cpu = 60 / (c["cpu"] / polls) if polls and c["cpu"] else math.inf
    by_slots = c["in_flight"] / ANSWER_S * 60
    gap = c["polling"].get("host_gap", DEFAULTS["host_gap"]) if c["client"] == "newsbot" else 0
    by_gap = 60 / gap * c["hosts"] if gap else math.inf
    return by_cpu, by_slots, by_gap


def compare_rows(res: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    n, interval = res["n"], res["interval"]
    rows: list[tuple[str, dict[str, str]]] = []

    def row(name: str, fn: Any) -> None:
        cells = {}
        for key, c in res["columns"].items():
            try:
                cells[key] = fn(c)
            except (KeyError, TypeError, ZeroDivisionError):
                cells[key] = "n/a"
        rows.append((name, cells))

    def per_poll(c: dict[str, Any]) -> float:
        return c["cpu"] / c["fresh"]["polls"] * 1000

    def share(c: dict[str, Any], window: float, key: str = "fresh") -> str:
        return f"{100 * c['fresh'][key][f'{window:g}']:.1f}"

    row("CPU per poll, whole process (ms)", lambda c: f"{per_poll(c):.2f}")
    row("CPU, average cores", lambda c: f"{c['cpu'] / c['seconds']:.3f}")
    def rate(c: dict[str, Any]) -> str:
        per_s = c["fresh"]["polls"] / c["seconds"]
        return f"{per_s:.1f} ({per_s / (n / interval):.0%})"

    row(f"polls/s (promised {n / interval:.1f} = N / interval)", rate)
    row(f"feeds kept fresh: every {interval:g} s window (%)", lambda c: share(c, interval))
    row("  the same, each gap from the end of the previous answer (%)",
        lambda c: share(c, interval, "fresh_after_answer"))
    if interval != 60:
        row("feeds kept fresh: every 60 s window (%)", lambda c: share(c, 60))
    row("poll gap p50 / p95 / max (s)", lambda c: "/".join(f"{c['fresh'][k]:.1f}" if c["fresh"][k] is not None
                                                           and c["fresh"][k] < 1e9 else "inf"
                                                           for k in ("gap_p50", "gap_p95", "gap_max")))
    row("alert latency p50 / p95, publish -> Bot API (s)",
        lambda c: "/".join(f"{v:.1f}" for v in c["latency"]["e2e"]) if c["latency"]["e2e"][0] is not None else "n/a")
    row("  beyond the poll p50 / p95 (s)",
        lambda c: "/".join(f"{v:.2f}" for v in c["latency"]["after_fetch"])
        if c["latency"]["after_fetch"][0] is not None else "n/a")
    row("  alerts delivered / matching items published",
        lambda c: f"{c['latency']['delivered']}/{c['latency']['matching']}")
    row("first poll of every feed after start (s)",
        lambda c: f"{c['first_cycle_s']:.0f}" if c.get("first_cycle_s") else "not reached")
    row("peak RSS (MB)", lambda c: f"{c['memory']['VmHWM'] / 1024:.0f}")
    row("feeds fresh within 60 s, one core (derived)", lambda c: f"{min(capacity_60s(c)):,.0f}")
    row("  bound by CPU / in flight / host gap", lambda c: " / ".join(
        "-" if math.isinf(v) else f"{v:,.0f}" for v in capacity_60s(c)))
    row("news network process, cores", lambda c: f"{c['net_cores']:.2f}")
    row("load average 1 min, before / after", lambda c: f"{c['load_before'][0]:.2f}/{c['load_after'][0]:.2f}")
    return rows


def print_compare(res: dict[str, Any]) -> None:
    cols = res["columns"]
    rows = compare_rows(res)
    width = max(len(name) for name, _ in rows) + 2
    print(f"\n### the real `newsbot run` process: {res['n']:,} feeds, interval {res['interval']:g} s "
          f"(measured {res['measure']:g} s after warm-up; ~100 ms answers; {100 * CHANGE_SHARE:g} % of feeds change "
          f"per interval; {ALERT_RATE:g} matching items/s)")
    cw = max(20, *(len(c["title"]) + 2 for c in cols.values()),
             *(len(v) + 2 for _, cells in rows for v in cells.values()))
    print(f"{'figure':{width}}" + "".join(f"{c['title']:>{cw}}" for c in cols.values()))
    print("-" * (width + cw * len(cols)))
    for name, cells in rows:
        print(f"{name:{width}}" + "".join(f"{cells[k]:>{cw}}" for k in cols))
    print(f"  defaults: interval = {res['interval']:g} and min_interval = {min_interval_for(res['interval']):g} "
          "(the defaults' 60:300 ratio; the config requires min_interval <= interval), everything else default: "
          f"max_concurrency {DEFAULTS['max_concurrency']}, per_host "
          f"{DEFAULTS['per_host']}, host_gap {DEFAULTS['host_gap']} s, adaptive, jitter 0.1, backfill_hours 24")
    print(f"  tuned: host_gap = 0, per_host = max_concurrency = {TUNED}, adaptive = false. naive: "
          f"{NAIVE_THREADS} threads")
    if "defaults_1host" in cols:
        print(f"  one loopback host: at the default host_gap ({DEFAULTS['host_gap']} s) one host gets at most "
              f"{1 / DEFAULTS['host_gap']:.0f} requests/s; {res['n']} feeds every {res['interval']:g} s need "
              f"{res['n'] / res['interval']:.0f}/s. That is the politeness meant for real, distinct hosts "
              "(the daemon logs 'interval cannot be kept' naming host_gap); the H-host column is the realistic case")
    print("  fresh: share of the feeds that answer (failing feeds back off by design and are left out) with a "
          "request in every window of that length during the measured part (from request arrival times at the "
          "network)")
    naive = cols.get("naive")
    if naive:
        nv = min(capacity_60s(naive))
        for key, c in cols.items():
            if key != "naive":
                print(f"  feeds fresh within 60 s, {c['title']} vs naive: {min(capacity_60s(c)) / nv:.1f}x "
                      "(target >= 20x)")


# -- 2. 50,000 feeds at a 5-minute interval --------------------------------------------------------------


def run_big(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    """The real process, tuned, on a store seeded as after a first poll (a real cold start of 50,000 feeds
    is ~40 CPU-minutes of parsing: see run_cold), next polls spread over one interval as after long
    operation. CPU over [30 s, 2 intervals]; freshness over the second interval."""
    n, interval, hosts = args.big, args.big_interval, args.big_hosts
    folder = root / f"big{n}"
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\n== the real process at {n:,} feeds, interval {interval:g} s, tuned, {hosts} hosts ==", flush=True)
    out: dict[str, Any] = {"n": n, "interval": interval, "hosts": hosts, "load_before": os.getloadavg()}
    t = time.monotonic()
    net = Net(n, seed=args.seed, hosts=hosts, items=args.big_items, log=folder / "newsnet.log")
    out["net_setup_s"] = time.monotonic() - t
    print(f"  network up in {out['net_setup_s']:.0f}s", flush=True)
    daemon: Daemon | None = None
    try:
        port = free_port()
        polling = {"host_gap": 0, "per_host": TUNED, "max_concurrency": TUNED, "adaptive": False}
        cfg = write_config(folder, net, interval=interval, polling=polling, port=port)
        t = time.monotonic()
        drv = Child([PY, str(BENCH / "newsbot_driver.py"), "--config", str(cfg)], log=folder / "seed.log",
                    cwd=folder)
        try:
            drv.read(600)
            seeded = drv.call(3600, op="seed", urls=None, seed=args.seed)
            drv.call(120, op="exit")
        finally:
            drv.close()
        out["seed_s"], out["seeded"] = time.monotonic() - t, seeded.get("seeded")
        print(f"  store seeded in {out['seed_s']:.0f}s ({seeded.get('seeded')} feeds)", flush=True)
        t0 = time.time() + 30  # the daemon is up by then; first polls spread uniformly over one interval
        rng = random.Random(args.seed)
        with sqlite3.connect(folder / "newsbot.sqlite3") as db:
            urls = [u for (u,) in db.execute("SELECT url FROM feeds")]
            db.executemany("UPDATE feeds SET next_poll_at = ? WHERE url = ?",
                           [(t0 + rng.uniform(0, interval), u) for u in urls])
        daemon = Daemon(cfg, log=folder / "newsbot.log", port=port)
        if not wait_until(lambda: not daemon.alive() or bool(daemon.metrics()), 120) or not daemon.alive():
            raise RuntimeError(f"the daemon did not come up (log: {folder / 'newsbot.log'})")
        out["startup_s"] = time.time() - (t0 - 30)
        out["startup_memory"] = memory_kib(daemon.pid)
        total = 2 * interval
        time.sleep(max(0.0, t0 - time.time()))
        # matching items in the first interval only: each is polled within an interval, so all are delivered
        net.stream(seconds=interval, interval=interval, change_share=CHANGE_SHARE, alert_rate=ALERT_RATE, tag="big")
        cpu_start, cpu0, net_cpu0 = time.time(), tree_cpu(daemon.pid), tree_cpu(net.child.pid)
        samples = []
        second = False
        while time.time() < t0 + total and daemon.alive():
            if not second and time.time() >= t0 + interval:
                net.stream(seconds=interval, interval=interval, change_share=CHANGE_SHARE, alert_rate=0,
                           tag="big-news")
                second = True
            time.sleep(min(5.0, max(0.0, t0 + total - time.time())))  # bounded: total
            samples.append((time.time() - t0, tree_cpu(daemon.pid), memory_kib(daemon.pid).get("VmRSS", 0)))
        if not daemon.alive():
            raise RuntimeError(f"the daemon died (log: {folder / 'newsbot.log'})")
        end, cpu1, net_cpu1 = time.time(), tree_cpu(daemon.pid), tree_cpu(net.child.pid)
        out.update(cpu=cpu1 - cpu0, seconds=end - cpu_start, net_cores=(net_cpu1 - net_cpu0) / (end - cpu_start),
                   samples=samples, memory=memory_kib(daemon.pid), load_after=os.getloadavg())
        out["all"] = net.fresh("newsbot", cpu_start, end, [interval])
        out["fresh"] = net.fresh("newsbot", t0 + interval, end, [interval, interval + 30])
        lat = net.latency("big")["newsbot"]
        out["latency"] = {"e2e": [pct(lat["e2e"], q) for q in (0.5, 0.95)], "delivered": lat["delivered"],
                          "matching": lat["matching"]}
        out["metrics"] = {k: v for k, v in daemon.metrics().items() if k.startswith(("newsbot_polls_total",
                                                                                     "newsbot_poll_errors_total"))}
    finally:
        if daemon:
            out["exit"] = daemon.stop()
        net.close()
    print(f"  {out['all']['polls']} polls in {out['seconds']:.0f}s, CPU {out['cpu']:.1f}s, "
          f"fresh {out['fresh']['fresh']}", flush=True)
    return out


def print_big(b: dict[str, Any]) -> None:
    n, interval = b["n"], b["interval"]
    polls, secs = b["all"]["polls"], b["seconds"]
    share = b["cpu"] / secs
    print(f"\n### the real process at {n:,} feeds, interval {interval:g} s (tuned; feeds on {b['hosts']} loopback "
          f"hosts; store seeded as after a first poll, next polls spread over one interval)")
    rows = [
        (f"polls/s (required {n / interval:.1f} = N / interval)",
         f"{polls / secs:.1f} ({polls / secs / (n / interval):.0%})"),
        ("daemon CPU, share of one core", f"{share:.1%}"),
        ("CPU per poll, whole process (ms)", f"{b['cpu'] / polls * 1000:.2f}" if polls else "n/a"),
        (f"feeds kept fresh: every {interval:g} s window (%), second interval",
         f"{100 * b['fresh']['fresh'][f'{interval:g}']:.1f}"),
        ("  the same, each gap from the end of the previous answer (%)",
         f"{100 * b['fresh']['fresh_after_answer'][f'{interval:g}']:.1f}"),
        (f"feeds kept fresh: every {interval + 30:g} s window (%)",
         f"{100 * b['fresh']['fresh'][f'{interval + 30:g}']:.1f}"),
        ("poll gap p50 / p95 / max (s)", "/".join(f"{b['fresh'][k]:.1f}" if b["fresh"][k] < 1e9 else "inf"
                                                  for k in ("gap_p50", "gap_p95", "gap_max"))),
        ("feeds one core keeps fresh at this interval (derived: N / CPU share)", f"{n / share:,.0f}"),
        ("alert latency p50 / p95 (s); delivered / matching",
         "/".join(f"{v:.1f}" for v in b["latency"]["e2e"] if v is not None)
         + f"; {b['latency']['delivered']}/{b['latency']['matching']}"),
        ("RSS at start / peak (MB)",
         f"{b['startup_memory'].get('VmRSS', 0) / 1024:.0f} / {b['memory'].get('VmHWM', 0) / 1024:.0f}"),
        ("news network process, cores", f"{b['net_cores']:.2f}"),
        ("load average 1 min, before / after", f"{b['load_before'][0]:.2f}/{b['load_after'][0]:.2f}"),
    ]
    width = max(len(r[0]) for r in rows) + 2
    for name, value in rows:
        print(f"{name:{width}}{value:>24}")
    print(f"  seeding {b['seed_s']:.0f}s (newsbot_driver's seed: what a first poll writes, without feedparser); "
          f"CPU measured over {secs:.0f}s from the first due polls, freshness over the second interval")


# -- 3. cold start at 10,000 feeds -----------------------------------------------------------------------


def run_cold(args: argparse.Namespace, root: Path, setting: str) -> dict[str, Any]:
    """The real process, an empty store, `args.cold` feeds at the default interval (300 s): its peak RSS
    (VmHWM) during the first full poll cycle, and RSS after it."""
    n = args.cold
    tuned = setting == "tuned"
    hosts = 1 if tuned else args.cold_hosts
    folder = root / f"cold{n}-{setting}"
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\n== cold start of the real process: {n:,} feeds, {setting} settings, {hosts} host(s) ==", flush=True)
    out: dict[str, Any] = {"n": n, "setting": setting, "hosts": hosts, "load_before": os.getloadavg()}
    net = Net(n, seed=args.seed, hosts=hosts, items=50, log=folder / "newsnet.log")
    daemon: Daemon | None = None
    try:
        port = free_port()
        polling = {"host_gap": 0, "per_host": TUNED, "max_concurrency": TUNED, "adaptive": False} if tuned else {}
        cfg = write_config(folder, net, interval=300, polling=polling, port=port)
        start = time.time()
        daemon = Daemon(cfg, log=folder / "newsbot.log", port=port)
        cpu0 = tree_cpu(daemon.pid)
        rss: list[tuple[float, int]] = []
        done_at = None
        deadline = start + args.cold_wait
        while time.time() < deadline and daemon.alive():
            time.sleep(1.0)  # bounded: cold_wait
            rss.append((time.time() - start, memory_kib(daemon.pid).get("VmRSS", 0)))
            if len(rss) % 5 == 0 and daemon.polls() >= n:
                done_at = time.time()
                break
        if not daemon.alive():
            raise RuntimeError(f"the daemon died (log: {folder / 'newsbot.log'})")
        out.update(first_cycle_s=None if done_at is None else done_at - start, polls=daemon.polls(),
                   peak=memory_kib(daemon.pid), cpu=tree_cpu(daemon.pid) - cpu0)
        time.sleep(30)  # after the cycle: what stays
        out["after"] = memory_kib(daemon.pid)
        out["rss_curve"] = rss[:: max(1, len(rss) // 40)]
        out["load_after"] = os.getloadavg()
    finally:
        if daemon:
            out["exit"] = daemon.stop()
        net.close()
    print(f"  first cycle {out['first_cycle_s']}s, peak {out['peak'].get('VmHWM', 0) / 1024:.0f} MB, "
          f"after {out['after'].get('VmRSS', 0) / 1024:.0f} MB", flush=True)
    return out


def print_cold(results: list[dict[str, Any]]) -> None:
    if not results:
        return
    print(f"\n### cold start of the real process: {results[0]['n']:,} feeds, empty store, interval 300 s")
    print(f"{'settings':32}{'first cycle (s)':>16}{'CPU (s)':>10}{'peak RSS (MB)':>15}{'RSS 30 s after (MB)':>21}"
          f"{'load before/after':>19}")
    for c in results:
        what = (f"tuned ({TUNED} in flight, 1 host)" if c["setting"] == "tuned"
                else f"defaults ({DEFAULTS['max_concurrency']} in flight, {c['hosts']} hosts)")
        first = f"{c['first_cycle_s']:.0f}" if c["first_cycle_s"] else f"> limit ({c['polls']} polls)"
        print(f"{what:32}{first:>16}{c['cpu']:>10.0f}{c['peak'].get('VmHWM', 0) / 1024:>15.0f}"
              f"{c['after'].get('VmRSS', 0) / 1024:>21.0f}"
              f"{c['load_before'][0]:>9.2f}/{c['load_after'][0]:.2f}")
    print("  peak = VmHWM of the daemon process at the end of its first full poll cycle (every feed polled once, "
          "all 50 items of each parsed; the 2 parse worker processes not included); 740 MB tuned / 311 MB at the "
          "defaults while feedparser ran in the daemon's own threads (BENCH.md, 'Cold start at 10,000 feeds')")


# -- the command line ----------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser, prefix: str = "") -> None:
    """The options of the three phases; bench.py adds them with prefix "real-"."""
    p = prefix
    parser.add_argument(f"--{p}sizes", dest="real_sizes", default="400:10",
                        help="feeds:interval pairs of the comparison (default 400:10; e.g. 400:10,1000:60)")
    parser.add_argument(f"--{p}hosts", dest="hosts", type=int, default=100,
                        help="distinct loopback hosts of the realistic-spread column (default 100)")
    parser.add_argument(f"--{p}measure", dest="measure", type=float, default=0.0,
                        help="seconds measured per column (default max(60, 3 intervals))")
    parser.add_argument(f"--{p}columns", dest="columns", default="",
                        help="only these columns: defaults_hosts,defaults_1host,tuned_1host,naive")
    parser.add_argument(f"--{p}big-feeds", dest="big", type=int, default=50_000,
                        help="feeds of the big row (default 50000)")
    parser.add_argument(f"--{p}big-interval", dest="big_interval", type=float, default=300.0)
    parser.add_argument(f"--{p}big-hosts", dest="big_hosts", type=int, default=250)
    parser.add_argument(f"--{p}big-items", dest="big_items", type=int, default=50)
    parser.add_argument(f"--{p}cold-feeds", dest="cold", type=int, default=10_000,
                        help="feeds of the cold start (default 10000)")
    parser.add_argument(f"--{p}cold-settings", dest="cold_settings", default="tuned",
                        help="tuned, defaults or tuned,defaults (default tuned)")
    parser.add_argument(f"--{p}cold-hosts", dest="cold_hosts", type=int, default=250,
                        help="hosts of the cold start at defaults")
    parser.add_argument(f"--{p}cold-max", dest="cold_wait", type=float, default=1800.0,
                        help="bound of the cold start's wait for its first full cycle (s)")


def parse_sizes(text: str) -> list[tuple[int, float]]:
    out = []
    for part in text.split(","):
        if part.strip():
            m = re.fullmatch(r"\s*(\d+)\s*:\s*(\d+(?:\.\d+)?)\s*", part)
            if not m:
                raise ValueError(f"expected FEEDS:INTERVAL, got {part!r}")
            out.append((int(m.group(1)), float(m.group(2))))
    return out


def run_all(args: argparse.Namespace, root: Path, phases: set[str]) -> dict[str, Any]:
    args.columns = {c.strip() for c in args.columns.split(",") if c.strip()}
    report: dict[str, Any] = {"compare": [], "big": None, "cold": [], "load_start": os.getloadavg(),
                              "cores": len(os.sched_getaffinity(0))}
    if "compare" in phases:
        report["compare"] = [run_compare(n, interval, args, root) for n, interval in parse_sizes(args.real_sizes)]
    if "big" in phases:
        report["big"] = run_big(args, root)
    if "cold" in phases:
        report["cold"] = [run_cold(args, root, s.strip()) for s in args.cold_settings.split(",") if s.strip()]
    return report


def print_report(report: dict[str, Any]) -> None:
    for res in report["compare"]:
        print_compare(res)
    if report["big"]:
        print_big(report["big"])
    print_cold(report["cold"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(parser)
    parser.add_argument("--only", default="compare", help="compare, big, cold or a comma list (default compare)")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--workdir", type=Path, help="keep configs, databases and logs here")
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    parser.add_argument("--from-json", type=Path, help="print the tables of a run saved with --json, run nothing")
    args = parser.parse_args()
    if args.from_json:
        print_report(json.loads(args.from_json.read_text()))
        return 0
    phases = {p.strip() for p in args.only.split(",") if p.strip()}
    if not phases <= {"compare", "big", "cold"}:
        parser.error("--only: compare, big, cold")
    root = args.workdir or Path(tempfile.mkdtemp(prefix="newsbot-daemonbench-"))
    root.mkdir(parents=True, exist_ok=True)
    print(f"newsbot real-process benchmark: {sorted(phases)}, seed {args.seed}, "
          f"{len(os.sched_getaffinity(0))} cores, load {os.getloadavg()[0]:.2f}, work folder {root}", flush=True)
    started = time.monotonic()
    try:
        report = run_all(args, root, phases)
    finally:
        if args.workdir is None:
            import shutil

            shutil.rmtree(root, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(report, default=str))
    print("\n" + "=" * 100)
    print_report(report)
    print(f"\ntotal run time {time.monotonic() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
