"""Through the daemon: one event reported by nine outlets in three languages, each in its own words, plus
seven other stories that share its names, all breaking at once -> each chat gets eight alerts, and the
event's alert is edited to name the later outlets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_e2e import CHATS, TOKEN, Running, now_rfc822, polled, write_config

from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.store_probe import outbox_rows, query
from support.wait import wait_until

# Luo Fuli joining Xiaomi, as nine outlets told it (feed name, language, headline).
EVENT = (
    ("technode", "en", "Luo Fuli joins Xiaomi to lead its MiMo large-model team"),
    ("sina", "zh-cn", "罗福莉加盟小米 出任MiMo大模型团队负责人"),
    ("bhaskar", "hi", "लुओ फुली शाओमी में शामिल, MiMo टीम की कमान संभालेंगी"),
    ("scmp", "en", "Xiaomi hires former DeepSeek researcher Luo Fuli to head its MiMo team"),
    ("36kr", "zh-cn", "前DeepSeek研究员罗福莉正式加入小米MiMo团队"),
    ("jagran", "hi", "शाओमी ने डीपसीक की पूर्व शोधकर्ता लुओ फुली को MiMo टीम में नियुक्त किया"),
    ("pandaily", "en", "Xiaomi poaches DeepSeek's Luo Fuli for its MiMo team"),
    ("ithome", "zh-cn", "罗福莉入职小米 领衔MiMo大模型团队"),
    ("amarujala", "hi", "लुओ फुली ने जॉइन की शाओमी, संभालेंगी MiMo टीम"),
)
# Other news about the same people and companies: each is its own story.
OTHERS = (
    "Luo Fuli interview: 'agent RL is the next battleground'",
    "Lei Jun speaks at Xiaomi's annual keynote on AI strategy",
    "Xiaomi releases MiMo-V2-Flash open-source model",
    "DeepSeek cuts API prices by 50%",
    "小米第三季度营收增长22% AI业务贡献提升",
    "罗福莉入选《时代》AI百人榜",
    "डीपसीक के खिलाफ अमेरिका में मुकदमा दायर",
)


@pytest.mark.slow
async def test_one_event_in_nine_outlets_and_three_languages_is_one_alert_edited(tmp_path: Path) -> None:
    paths = [f"/{name}.xml" for name, _, _ in EVENT]
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        for (name, lang, _), path in zip(EVENT, paths, strict=True):
            feeds.set_feed(path, rss([], language=lang, title=name))
        cfg = write_config(tmp_path, feeds, api, paths)
        async with Running(cfg) as service:
            for path in paths:
                await wait_until(lambda p=path: polled(service, feeds.url(p)), timeout=10)
            for n, ((name, lang, headline), path) in enumerate(zip(EVENT, paths, strict=True)):
                items = [{"title": headline, "link": f"https://{name}.example/luo-fuli", "pubDate": now_rfc822()}]
                if n < len(OTHERS):  # the other stories break in the same feeds at the same moment
                    items.append({"title": OTHERS[n], "link": f"https://{name}.example/other-{n}",
                                  "pubDate": now_rfc822()})
                feeds.set_feed(path, rss(items, language=lang, title=name))

            def event_alerts(chat: int) -> list[str]:
                return [m.rendered for m in api.sent_to(chat) if any(h in m.rendered for _, _, h in EVENT)]

            async def settled() -> bool:
                rows = await query(service.store, "SELECT sources FROM stories")
                outlets = max((len(json.loads(r["sources"])) for r in rows), default=0)
                return outlets == len(EVENT) - 1 and await _all_sent(service) and all(
                    len(api.sent_to(c)) >= 8 and "+" in "".join(event_alerts(c)) for c in CHATS)

            await wait_until(settled, timeout=30, message="eight alerts per chat, the event's edited to name all nine")
            for chat in CHATS:
                sent = api.sent_to(chat)
                assert len(sent) == 8, [m.rendered.splitlines()[0] for m in sent]
                assert len(event_alerts(chat)) == 1
                assert [m.edited for m in sent if m.rendered in event_alerts(chat)] == [True]
                also = next(line for line in event_alerts(chat)[0].splitlines() if line.startswith("also: "))
                assert also.endswith(", +5") and any(f"({name})" in also for name in ("English", "中文", "हिन्दी"))
                for other in OTHERS:
                    assert sum(1 for m in sent if other in m.rendered) == 1, other
            assert len({r["story_id"] for r in await outbox_rows(service.store)}) == 8


async def _all_sent(service: object) -> bool:
    rows = await outbox_rows(service.store)  # type: ignore[attr-defined]
    return bool(rows) and all(r["state"] == "sent" and not r["edit_pending"] for r in rows)


@pytest.mark.slow
async def test_one_wire_carrying_the_whole_burst_sends_one_alert_per_story(tmp_path: Path) -> None:
    """The same burst in one feed (a wire, an aggregator): its sixteen items arrive in a single poll, and the
    event's nine reports still make one story, whose alert names the other outlets as it is sent."""
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/wire.xml", rss([], title="wire"))
        cfg = write_config(tmp_path, feeds, api, ["/wire.xml"])
        async with Running(cfg) as service:
            await wait_until(lambda: polled(service, feeds.url("/wire.xml")), timeout=10)
            items = [{"title": headline, "link": f"https://{name}.example/luo-fuli", "pubDate": now_rfc822(),
                      "source": name} for name, _, headline in EVENT]
            items += [{"title": other, "link": f"https://wire.example/other-{n}", "pubDate": now_rfc822()}
                      for n, other in enumerate(OTHERS)]
            feeds.set_feed("/wire.xml", rss(items, title="wire"))

            async def settled() -> bool:
                return await _all_sent(service) and all(len(api.sent_to(c)) >= 8 for c in CHATS)

            await wait_until(settled, timeout=30, message="eight alerts per chat")
            for chat in CHATS:
                sent = api.sent_to(chat)
                assert len(sent) == 8, [m.rendered.splitlines()[0] for m in sent]
                (event,) = [m for m in sent if any(h in m.rendered for _, _, h in EVENT)]
                also = next(line for line in event.rendered.splitlines() if line.startswith("also: "))
                assert also.endswith(", +5")  # the other eight outlets, named from the first send (one poll)
                for other in OTHERS:
                    assert sum(1 for m in sent if other in m.rendered) == 1, other
            assert len({r["story_id"] for r in await outbox_rows(service.store)}) == 8
