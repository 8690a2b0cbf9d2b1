"""Reference dates shared by the timex tests."""

from __future__ import annotations

import datetime as dt

THU = dt.date(2024, 6, 20)  # a Thursday
TUE = dt.date(2024, 6, 18)
LEAP = dt.date(2024, 3, 1)
NEW_YEAR = dt.date(2024, 1, 10)
FEB = dt.date(2024, 2, 10)
MAR = dt.date(2024, 3, 6)  # a Wednesday
MON = dt.date(2025, 2, 17)
