"""Match, de-duplicate, store and deliver news alerts."""
