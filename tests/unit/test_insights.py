"""Insights: the t-distribution against tables, Welch/Spearman/BH by hand, a planted association
found, and pure noise with many factors reporting nothing as likely (false-positive rate over seeds)."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest

from backjournal.analysis.daily import daily_pain_from_rows
from backjournal.analysis.insights import (
    COULD_BE_CHANCE,
    KIND_SCALE,
    KIND_THERAPY,
    KIND_YESNO,
    MIN_DAYS_EACH,
    Q_LIKELY,
    WENT_WITH,
    Exposure,
    analyse,
    benjamini_hochberg,
    ranks,
    spearman,
    t_quantile,
    t_sf2,
    welch,
)
from backjournal.analysis.trials import T_975

START = date(2026, 1, 1)


@pytest.mark.parametrize("df", range(1, 31))
def test_t_quantile_matches_the_table(df):
    assert t_quantile(0.975, df) == pytest.approx(T_975[df - 1], abs=6e-4)


def test_t_distribution_known_values():
    assert t_quantile(0.975, 1e6) == pytest.approx(1.95996, abs=1e-4)
    assert t_quantile(0.995, 10) == pytest.approx(3.169, abs=1e-3)
    assert t_quantile(0.975, 7.5) == pytest.approx((2.365 + 2.306) / 2, abs=0.02)  # between df 7 and 8
    assert t_sf2(2.228, 10) == pytest.approx(0.05, abs=1e-3)
    assert t_sf2(0.0, 5) == pytest.approx(1.0)
    assert t_sf2(1.0, 1) == pytest.approx(0.5)  # Cauchy: P(|T| > 1) = 1/2
    with pytest.raises(ValueError):
        t_quantile(0.4, 3)


def test_welch_by_hand():
    a = np.array([5.0, 6.0, 7.0, 6.0, 5.5])
    b = np.array([3.0, 4.0, 2.0, 3.5, 4.5, 3.0])
    w = welch(a, b)
    va, vb = a.var(ddof=1) / 5, b.var(ddof=1) / 6
    df = (va + vb) ** 2 / (va**2 / 4 + vb**2 / 5)
    assert w.difference == pytest.approx(a.mean() - b.mean())
    assert w.df == pytest.approx(df)
    half = t_quantile(0.975, df) * math.sqrt(va + vb)
    assert (w.ci_low, w.ci_high) == pytest.approx((w.difference - half, w.difference + half))
    assert w.p_value < 0.01
    assert welch(np.array([1.0, 1.0]), np.array([2.0, 2.0])) is None  # no spread
    assert welch(np.array([1.0]), b) is None


def test_ranks_spearman_and_bh():
    assert list(ranks(np.array([10.0, 20.0, 20.0, 5.0]))) == [2.0, 3.5, 3.5, 1.0]
    rho, p = spearman(np.arange(10.0), np.arange(10.0) ** 2)
    assert rho == pytest.approx(1.0) and p == 0.0
    rho, _ = spearman(np.array([1.0, 2, 3, 4, 5]), np.array([5.0, 6, 7, 8, 7]))
    assert rho == pytest.approx(0.8207826, abs=1e-6)  # Pearson on the ranks [1..5] and [1,2,3.5,5,3.5]
    # BH by hand: p sorted 0.01, 0.02, 0.03, 0.5 with m = 4 -> 0.04, 0.04, 0.04, 0.5
    assert benjamini_hochberg([0.5, 0.03, 0.01, 0.02]) == pytest.approx([0.5, 0.04, 0.04, 0.04])
    assert benjamini_hochberg([]) == []


def _daily(pains: dict[date, float], start: date, end: date):
    rows = [(d.isoformat(), v, v, v, 1) for d, v in pains.items()]
    return daily_pain_from_rows(rows, start, end + timedelta(days=1))


def _journal(seed: int, days: int = 120, n_factors: int = 20, plant: float = 0.0):
    rng = np.random.default_rng(seed)
    end = START + timedelta(days=days - 1)
    dates = [START + timedelta(days=k) for k in range(days)]
    sleep = {d: float(rng.integers(0, 11)) for d in dates}
    massage = {d: 1.0 for d in dates if rng.random() < 0.3}
    pains = {}
    for d in dates:
        base = float(np.clip(rng.normal(5.0, 1.3), 0, 10))
        if plant:
            base -= plant * (d in massage)
        pains[d] = base
    exposures = [
        Exposure("massage", "Massage", KIND_THERAPY, massage),
        Exposure("sleep", "Sleep quality", KIND_SCALE, sleep),
    ]
    for k in range(n_factors):
        if k % 2:
            vals = {d: float(rng.integers(0, 11)) for d in dates if rng.random() < 0.9}
            exposures.append(Exposure(f"f{k}", f"Factor {k}", KIND_SCALE, vals))
        else:
            vals = {d: float(rng.random() < 0.4) for d in dates if rng.random() < 0.9}
            exposures.append(Exposure(f"f{k}", f"Factor {k}", KIND_YESNO, vals))
    return _daily(pains, START, end), exposures, end


def test_a_planted_association_is_found_and_worded_honestly():
    daily, exposures, end = _journal(seed=7, plant=1.5)
    result = analyse(daily, exposures, START, end)
    top = result.items[0]
    assert (top.key, top.lag_days) == ("massage", 0)
    assert top.likely and top.q_value < Q_LIKELY
    assert top.difference == pytest.approx(-1.5, abs=0.6)
    assert top.ci_low < top.difference < top.ci_high < 0
    assert top.days_with + top.days_without == 120
    assert top.mean_with - top.mean_without == pytest.approx(top.difference)
    text = top.sentence()
    assert text.startswith("Days with Massage went with") and "lower pain" in text
    assert "Unlikely to be chance alone" in text
    for item in result.items:
        words = item.sentence().lower()
        for banned in ("cause", "helps", "trigger"):
            assert banned not in words
    assert "not the same as causing" in WENT_WITH and "Could be chance" in COULD_BE_CHANCE
    # the next day's pain does not carry the planted link (pain is independent day to day)
    lagged = next(i for i in result.items if i.key == "massage" and i.lag_days == 1)
    assert lagged.days_with + lagged.days_without == 119  # the last day has no next-day pain
    assert not lagged.likely


def test_a_planted_rank_correlation_on_a_scale_factor():
    rng = np.random.default_rng(3)
    dates = [START + timedelta(days=k) for k in range(90)]
    sleep = {d: float(rng.integers(0, 11)) for d in dates}
    pains = {d: float(np.clip(8 - 0.4 * sleep[d] + rng.normal(0, 1), 0, 10)) for d in dates}
    end = dates[-1]
    result = analyse(_daily(pains, START, end), [Exposure("sleep", "Sleep", KIND_SCALE, sleep)], START, end)
    same_day = next(i for i in result.items if i.lag_days == 0)
    assert same_day.spearman_rho < -0.5 and same_day.spearman_q < Q_LIKELY
    assert same_day.split_at == float(np.median(list(sleep.values())))
    assert same_day.difference < 0 and same_day.likely
    assert "(above" in same_day.sentence()
    assert result.comparisons == 4  # 2 lags x (difference + rank correlation)


def test_too_few_days_reports_no_numbers():
    dates = [START + timedelta(days=k) for k in range(20)]
    pains = {d: float(k % 7) for k, d in enumerate(dates)}
    rare = {dates[2]: 1.0, dates[9]: 1.0}
    result = analyse(
        _daily(pains, START, dates[-1]), [Exposure("tens", "TENS", KIND_THERAPY, rare)], START, dates[-1], lags=(0,)
    )
    (item,) = result.items
    assert item.status == "too_few_days" and item.difference is None and item.q_value is None
    assert (item.days_with, item.days_without) == (2, 18)
    assert f"at least {MIN_DAYS_EACH} each" in item.sentence()
    assert result.comparisons == 0
    assert result.as_dict()["items"][0]["q_value"] is None


def test_factor_days_not_logged_take_no_part():
    dates = [START + timedelta(days=k) for k in range(30)]
    pains = {d: float(k % 5) for k, d in enumerate(dates)}
    drive = {d: float(k % 3 == 0) for k, d in enumerate(dates) if k < 24}
    result = analyse(
        _daily(pains, START, dates[-1]),
        [Exposure("drive", "Long drive", KIND_YESNO, drive)],
        START,
        dates[-1],
        lags=(0,),
    )
    (item,) = result.items
    assert item.days_with + item.days_without == 24


def _false_positive_rate(seeds) -> tuple[float, float]:
    runs_with_any = likely = total = 0
    for seed in seeds:
        daily, exposures, end = _journal(seed=seed, n_factors=20)
        result = analyse(daily, exposures, START, end)
        n_likely = len(result.likely)
        runs_with_any += n_likely > 0
        likely += n_likely
        total += len(result.items)
    return runs_with_any / len(seeds), likely / total


def test_pure_noise_reports_nothing_as_likely():
    daily, exposures, end = _journal(seed=11, n_factors=20)
    result = analyse(daily, exposures, START, end)
    assert result.comparisons > 60  # 22 exposures x 2 lags + the rank correlations
    assert result.likely == ()
    assert all("Could be chance" in i.sentence() for i in result.computed)


def test_false_positive_rate_over_seeds_bounded():
    # BH keeps the chance of any false "likely" under the global null near 5 %: over 40 noise journals
    # with 22 exposures each, expect about 2; 8 or more has probability < 0.1 % at a true 5 %.
    rate_runs, rate_items = _false_positive_rate(range(100, 140))
    assert rate_runs < 8 / 40
    assert rate_items < 0.01


@pytest.mark.slow
def test_false_positive_rate_over_many_seeds():
    rate_runs, rate_items = _false_positive_rate(range(1000, 1400))
    assert rate_runs <= 0.08  # nominal 0.05; 400 runs: sd ~ 0.011
    assert rate_items < 0.005


def test_an_interval_end_that_rounds_to_zero_is_shown_without_a_sign():
    from backjournal.analysis.insights import _signed

    assert _signed(-0.04) == "0.0"  # was "−0.0": an interval "−1.7 to −0.0" reads as if it excluded 0 by a sign
    assert _signed(0.04) == "0.0"
    assert _signed(-1.66) == "\u22121.7"
    assert _signed(1.26) == "+1.3"
    assert _signed(None) == ""
