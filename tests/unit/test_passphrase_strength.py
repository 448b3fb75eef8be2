"""The passphrase strength warning: length and zxcvbn's estimate, with a reason a person can act on."""

from backjournal.services.passphrase_strength import MIN_LENGTH, assess_passphrase


def test_short_passphrases_are_weak_and_say_how_long_they_should_be():
    advice = assess_passphrase("Xk#9q!")
    assert advice.weak and f"at least {MIN_LENGTH}" in advice.message and "6 characters" in advice.message


def test_common_passwords_are_weak_even_when_long_enough():
    advice = assess_passphrase("password1234")
    assert advice.weak and advice.score < 3 and advice.message.startswith("Weak")


def test_the_app_name_does_not_make_a_passphrase_strong():
    assert assess_passphrase("backjournal2026").weak


def test_a_few_unrelated_words_are_strong_enough():
    advice = assess_passphrase("violet tractor umbrella")
    assert not advice.weak and advice.score >= 3 and advice.message == "Strong enough."
