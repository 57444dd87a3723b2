#!/usr/bin/env python3
"""Validate the fifteenth held-out story-clustering set (events_holdout15.jsonl, lookalikes_holdout15.jsonl).

check3.py's rules for set number 15: ids ev15-NNN / la15-NNN, *_event must point into events_holdout15.jsonl,
3-8 reports per event with en, hi and zh/zh-Hant, and no report title may repeat a title of events.jsonl or of
the first fourteen held-out sets. Stdlib only.

    python3 check15.py [DIR]     # DIR defaults to this file's folder
Exit status 0 when every check passes, 1 otherwise.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check3  # noqa: E402  sets check.HERE from the command line, as this script is called

if __name__ == "__main__":
    sys.exit(check3.main(15))
