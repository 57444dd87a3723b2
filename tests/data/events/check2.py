#!/usr/bin/env python3
"""Validate the second held-out story-clustering set (events_holdout2.jsonl, lookalikes_holdout2.jsonl).

check3.py's rules for set number 2, at its own sizes (40 events and 60 look-alike pairs at least): ids
ev2-NNN / la2-NNN, *_event must point into events_holdout2.jsonl, and no report title may repeat one of
events.jsonl or events_holdout.jsonl. Stdlib only.

    python3 check2.py [DIR]     # DIR defaults to this file's folder
Exit status 0 when every check passes, 1 otherwise.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check3  # noqa: E402  sets check.HERE from the command line, as this script is called

if __name__ == "__main__":
    sys.exit(check3.main(2, min_events=40, min_pairs=60))
