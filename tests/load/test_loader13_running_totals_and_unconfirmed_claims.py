"""Issue 10, thirteenth pass, two classes of wrong facts on fresh text (invented text and firm
names):
- a Chinese running total told with a signing verb ("今年已累计签下224亿美元合同", 累计签署了) is
  the sum of several contracts, never one contract's amount (like 累计达, which was already read);
- a claim a report makes that the companies have not confirmed ("但公司方面未确认金额", 双方均未
  证实, "none of the companies confirmed it") is a rumour, in the same sentence."""
from __future__ import annotations

import pytest

from tests.load.helpers import run


def _amounts(out):
    return [float(f.figures["amountUSD"].value) for f in out.frames if "amountUSD" in f.figures]


@pytest.mark.parametrize("body, total", [
    ("此外，星图智能与云服务商云峤科技今年已累计签下224亿美元合同。", 22.4e9),
    ("此外，星图智能今年已与云服务商云峤科技累计签订了约120亿美元的算力合同。", 12e9),
    ("星图智能今年与云服务商云峤科技累计签约逾80亿美元。", 8e9),
])
def test_a_total_signed_so_far_is_no_contracts_amount(tmp_path, body, total):
    _, out = run(tmp_path, body, language="zh")
    assert total not in _amounts(out), _amounts(out)


def test_one_contract_signed_keeps_its_amount(tmp_path):
    _, out = run(tmp_path, "星图智能与云服务商云峤科技签下了224亿美元合同。", language="zh")
    assert 22.4e9 in _amounts(out)


@pytest.mark.parametrize("body, language", [
    ("据报道，星图智能与云服务商云峤科技签有约300亿美元、为期5年的算力合同，但公司方面未确认金额。", "zh"),
    ("据报道，星图智能与云服务商云峤科技签有约300亿美元的算力合同，双方均未证实。", "zh"),
    ("A report said Stellan AI signed a $30 billion computing contract with Caspian Cloud, though "
     "none of the companies confirmed it.", "en"),
])
def test_a_claim_the_companies_did_not_confirm_is_a_rumour(tmp_path, body, language):
    _, out = run(tmp_path, body, language=language)
    assert out.frames and {f.status for f in out.frames} == {"Rumoured"}


def test_a_reported_claim_without_doubt_stays_a_fact(tmp_path):
    _, out = run(tmp_path, "据报道，星图智能与云服务商云峤科技签有约300亿美元的算力合同。", language="zh")
    assert out.frames and {f.status for f in out.frames} == {"Announced"}
