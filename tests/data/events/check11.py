#!/usr/bin/env python3
"""Validate the eleventh held-out story-clustering set (events_holdout11.jsonl, lookalikes_holdout11.jsonl).

check3.py's rules for set number 11: ids ev11-NNN / la11-NNN, *_event must point into events_holdout11.jsonl,
and no report title may repeat a title of events.jsonl or of the first ten held-out sets. Stdlib only.

    python3 check11.py [DIR]     # DIR defaults to this file's folder
Exit status 0 when every check passes, 1 otherwise.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check3  # noqa: E402  sets check.HERE from the command line, as this script is called

if __name__ == "__main__":
    sys.exit(check3.main(11))
