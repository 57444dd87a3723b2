"""Fetch and parse feeds. Knows nothing about topics, stores or Telegram."""
