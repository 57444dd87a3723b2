"""The chat commands, who may use each, and which menu Telegram shows to whom (setMyCommands scopes).

A menu only helps people find commands: whether one runs is decided when it arrives (`admin_only` here,
checked by telegram_app.py against control.py's `is_admin`/`is_member`). Strangers see /start and /help,
whose answer tells them their chat and user id, which is what the bot's owner needs to let them in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Command:
    name: str
    description: str  # for the menu and /help: at most 256 characters
    admin_only: bool = False
    minimal: bool = False  # in everyone's menu, strangers' too


COMMANDS = (
    Command("start", "what this bot is, and how to be let in", minimal=True),
    Command("help", "what this bot does and its commands", minimal=True),
    Command("status", "feeds, failures and the alert queue"),
    Command("topics", "the watched topics and their names"),
    Command("feeds", "the feeds being watched"),
    Command("subscribe", "<topic> — get this topic's alerts here"),
    Command("unsubscribe", "<topic> — stop this topic's alerts here"),
    Command("mute", "<topic|all> <duration> — e.g. /mute all 2h"),
    Command("unmute", "[topic|all] — end a mute"),
    Command("digest", "on|off [HH:MM] — one message a day instead"),
    Command("trend", "[days] — chart of mentions per topic per day"),
    Command("add_feed", "<url> [name] — watch another feed (admins)", admin_only=True),
    Command("remove_feed", "<url> — stop watching a feed (admins)", admin_only=True),
)
ADMIN_ONLY = frozenset(c.name for c in COMMANDS if c.admin_only)


@dataclass(frozen=True)
class Scope:
    """Telegram's BotCommandScope: everyone (default), one chat, or one user within one group."""

    kind: Literal["default", "chat", "chat_member"]
    chat_id: int | None = None
    user_id: int | None = None


@dataclass(frozen=True)
class Menu:
    scope: Scope
    commands: tuple[Command, ...]


def menus(chat_ids: Iterable[int], admin_ids: Iterable[int]) -> tuple[Menu, ...]:
    """The menus for the chats that receive alerts and for the admins (users, or chats whose every member is
    an admin). An admin user also gets the admin commands inside each group chat (negative id) of the
    config, where Telegram shows a member's own scope before the chat's."""
    chats, admins = list(dict.fromkeys(chat_ids)), list(dict.fromkeys(admin_ids))
    minimal = tuple(c for c in COMMANDS if c.minimal)
    member = tuple(c for c in COMMANDS if not c.admin_only and c.name != "start")
    everything = tuple(c for c in COMMANDS if c.name != "start")
    out = [Menu(Scope("default"), minimal)]
    out += [Menu(Scope("chat", chat_id=c), member) for c in chats if c not in admins]
    out += [Menu(Scope("chat", chat_id=a), everything) for a in admins]
    out += [Menu(Scope("chat_member", chat_id=c, user_id=a), everything)
            for c in chats if c < 0 and c not in admins for a in admins if a > 0]
    return tuple(out)


def refusal(command: str, *, chat_id: int | None, user_id: int | None, member: bool) -> str:
    """Why a command is refused, with the ids the bot's owner needs to allow it (HTML)."""
    if member:  # a configured chat, but the command is an admin's
        text = f"⛔ /{command} is for the bot's admins only."
    else:
        text = (f"⛔ This chat (id <code>{chat_id}</code>) is not configured for this bot: to get alerts and "
                "commands here, add it to <code>[telegram] chat_ids</code> in the bot's config.")
    if user_id is not None:
        text += (f" Your user id is <code>{user_id}</code>: to make you an admin, add it to "
                 "<code>[telegram] admin_ids</code>.")
    return text
