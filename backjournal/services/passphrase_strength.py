"""How guessable a new passphrase is, before a journal is encrypted with it.

A warning, not a rule: the person may still choose a weak passphrase after reading why it is weak.
The estimate is zxcvbn's (the maintained Python port of Dropbox's estimator), which knows common
passwords, names, dates, keyboard patterns and l33t spellings; it runs locally.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 10
GOOD_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline slow-hash attacks"
_OWN_WORDS = ["backjournal", "back", "journal", "pain", "diary", "backpain"]


@dataclass(frozen=True)
class PassphraseAdvice:
    score: int  # 0 (too guessable) .. 4 (very unguessable)
    weak: bool  # shorter than MIN_LENGTH or score below GOOD_SCORE
    message: str  # one or two plain sentences for the person


def assess_passphrase(passphrase: str) -> PassphraseAdvice:
    from zxcvbn import zxcvbn

    if not passphrase:
        return PassphraseAdvice(0, True, "")
    result = zxcvbn(passphrase, user_inputs=_OWN_WORDS, max_length=100)
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    hints = " ".join(x for x in [feedback.get("warning") or "", *feedback.get("suggestions", [])] if x)
    if len(passphrase) < MIN_LENGTH:
        message = (
            f"Too short: {len(passphrase)} characters. Use at least {MIN_LENGTH}; a few unrelated words are "
            "easy to remember and hard to guess."
        )
        return PassphraseAdvice(score, True, message)
    if score < GOOD_SCORE:
        return PassphraseAdvice(score, True, f"Weak: easy to guess. {hints}".strip())
    return PassphraseAdvice(score, False, "Strong enough.")
