"""Whether an edit changed what someone is charged with or accused of: "charged a
lorry driver with manslaughter" -> "with murder", "second-degree murder" ->
"first-degree murder", "two counts of tax evasion" -> "two counts of money
laundering". A crime said in other words ("killing" for "murder") is no charge.

An edit changes the charge when the words it removes name one crime (``CRIMES``) and
the words it puts in name another, neither said on the other side. Users may extend
the list.
"""

from __future__ import annotations

CRIMES = frozenset(
    """murder manslaughter homicide assault battery robbery burglary theft larceny fraud
    embezzlement bribery extortion arson rape kidnapping abduction trafficking smuggling
    terrorism treason espionage perjury obstruction conspiracy harassment stalking
    vandalism trespassing misdemeanor misdemeanour felony negligence corruption
    laundering evasion blackmail forgery racketeering sedition mutiny desertion
    first-degree second-degree third-degree""".split()
)
"""Crimes a person is charged with or accused of, and the degrees of one."""


_ONE_CRIME = {"abduction": "kidnapping", "misdemeanour": "misdemeanor"}
"""Two words of one crime."""


def charge_changed(removed: list[str], inserted: list[str]) -> bool:
    """Whether an edit (its ``removed`` and ``inserted`` words, lower case) swapped one
    crime for another."""
    before = {_ONE_CRIME.get(w, w) for w in removed if w in CRIMES}
    after = {_ONE_CRIME.get(w, w) for w in inserted if w in CRIMES}
    return bool(before - after and after - before)
