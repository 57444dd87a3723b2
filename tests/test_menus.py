"""Which command menu Telegram shows to whom, and what a refusal tells the person refused."""

from __future__ import annotations

from bot.menus import ADMIN_ONLY, COMMANDS, Scope, menus, refusal

ADMIN_COMMANDS = {"add_feed", "remove_feed"}


def names(found: dict[Scope, list[str]], scope: Scope) -> set[str]:
    return set(found[scope])


def test_admins_see_admin_commands_members_theirs_and_everyone_else_start_and_help() -> None:
    found = {m.scope: [c.name for c in m.commands] for m in menus(chat_ids=[111, -1001234, 999], admin_ids=[999, 5])}
    assert names(found, Scope("default")) == {"start", "help"}
    member = names(found, Scope("chat", chat_id=111))
    assert {"status", "subscribe", "trend", "help"} <= member and not member & ADMIN_COMMANDS
    assert names(found, Scope("chat", chat_id=-1001234)) == member
    for admin in (999, 5):  # their private chats (999 is also a configured chat: the admin's menu wins)
        assert names(found, Scope("chat", chat_id=admin)) == member | ADMIN_COMMANDS
    for admin in (999, 5):  # and their own menu inside the configured group
        assert names(found, Scope("chat_member", chat_id=-1001234, user_id=admin)) == member | ADMIN_COMMANDS
    assert len(found) == 1 + 2 + 2 + 2  # default, two member chats, two admins' chats, two admins in the group


def test_an_admin_chat_is_all_admins_and_needs_no_member_scopes() -> None:
    found = {m.scope: m for m in menus(chat_ids=[-100777], admin_ids=[-100777])}
    assert set(found) == {Scope("default"), Scope("chat", chat_id=-100777)}
    assert {c.name for c in found[Scope("chat", chat_id=-100777)].commands} >= ADMIN_COMMANDS


def test_admin_only_commands_are_the_ones_that_change_the_config() -> None:
    assert ADMIN_COMMANDS == ADMIN_ONLY
    assert all(1 <= len(c.description) <= 256 and c.name.islower() for c in COMMANDS)


def test_a_refusal_tells_the_chat_and_user_id_and_where_they_go() -> None:
    text = refusal("status", chat_id=-100123, user_id=42, member=False)
    assert "-100123" in text and "not configured" in text and "[telegram] chat_ids" in text
    assert "42" in text and "[telegram] admin_ids" in text
    text = refusal("add_feed", chat_id=-100123, user_id=42, member=True)
    assert "/add_feed is for the bot's admins only" in text and "42" in text and "chat_ids" not in text
    assert "user id" not in refusal("status", chat_id=-100555, user_id=None, member=False)  # a channel post
