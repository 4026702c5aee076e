"""Issue 10, ninth pass: power bought from a power producer told as a generic deal, the producer
told by an apposition or a role word (invented text and firms)."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body, gw", [
    ("Power is next. Vardenn AI has agreed terms with Ivel Grid, a utility, for 1.2 gigawatts to "
     "run the new clusters, but only in a letter of intent.", 1.2),
    ("Under a letter of intent signed last week, Ivel Grid, an Oklahoma power developer, would "
     "provide Vardenn AI with 300 megawatts.", 0.3),
    ("Vardenn AI and Ivel Grid, a utility, signed a term sheet covering 500 megawatts.", 0.5),
    ("Vardenn AI struck a deal with utility Ivel Grid for 1.2 GW of power.", 1.2),
    ("Ivel Grid, an electric utility, signed a 20-year agreement with Vardenn AI for 500 "
     "megawatts.", 0.5),
    ("柏舟智能与电力公司绿源能源签署框架协议，由后者为其园区供应600兆瓦绿电。", 0.6),
    ("柏舟智能与发电企业绿源能源签署意向书，锁定600兆瓦电力供应。", 0.6),
    ("柏舟智能已同发电企业绿源能源达成协议，涉及1.2吉瓦。", 1.2),
])
def test_generic_deal_with_a_power_producer_is_a_power_supply(tmp_path, body, gw):
    ents, out = run(tmp_path, body)
    assert len(out.frames) == 1
    f = out.frames[0]
    assert f.kinds & {"SupplyAgreement"} and not f.kinds & {"ComputeCommitment",
                                                             "CloudServiceAgreement"}
    roles = named_roles(ents, f)
    assert roles["supplier"] in (["Ivel Grid"], ["绿源能源"])
    assert roles["buyer"] in (["Vardenn AI"], ["柏舟智能"])
    assert float(f.figures["capacityGW"].value) == gw


def test_a_utility_selling_computing_capacity_is_no_power_supply(tmp_path):
    ents, out = run(tmp_path, "Vardenn AI signed a contract with Ivel Grid, a utility, for 200 "
                    "megawatts of data centre capacity.")
    assert not [f for f in out.frames if f.family == "Supply"]
