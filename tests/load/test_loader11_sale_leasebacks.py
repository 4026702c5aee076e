"""Issue 10, eleventh pass: a sale-leaseback is a lease from the asset's buyer to its seller, not a
supply (the sale) or a loan; invented firms and sentences."""
from __future__ import annotations

import pytest

from tests.load.helpers import named_roles, run


@pytest.mark.parametrize("body, amount, term", [
    ("Quarrel AI, the model developer, has agreed a $2.6 billion sale-leaseback of its GPU cluster "
     "with Tamsworth Partners, an asset manager.", 2.6e9, None),
    ("Quarrel AI is selling its Brede campus to Tamsworth Partners in a $1.9 billion sale and "
     "leaseback deal.", 1.9e9, None),
    ("Quarrel AI sells Brede cluster to Tamsworth Partners in $2.6bn leaseback, borrows $1.2bn "
     "from its chip supplier", 2.6e9, None),
    ("Quarrel AI sold its Brede campus to Tamsworth Partners for $1.9 billion and took it straight "
     "back on a 15-year lease.", 1.9e9, 15),
    ("Tamsworth Partners, an asset manager, will buy the Brede cluster from Quarrel AI and lease it "
     "back to Quarrel AI for four years.", None, 4),
    ("Quarrel AI is a model developer. Tamsworth Partners agreed to acquire the Brede site from "
     "Quarrel AI for $1.9 billion and lease it back to the model developer for ten years.", 1.9e9, 10),
])
def test_sale_leaseback_is_a_lease_from_the_buyer_to_the_seller(tmp_path, body, amount, term):
    ents, out = run(tmp_path, body)
    leases = [f for f in out.frames if f.family == "Lease"]
    assert len(leases) == 1, out.frames
    assert named_roles(ents, leases[0]) == {"lessor": ["Tamsworth Partners"],
                                             "lessee": ["Quarrel AI"]}
    assert not [f for f in out.frames if f.family in ("Supply", "Compute", "Cloud")]
    figures = leases[0].figures
    if amount is None:        # no amount told (the sale's price "for $N" is the lease's since
                              # the eighteenth pass: test_loader18_leaseback_sale_price.py)
        assert "amountUSD" not in figures
    else:
        assert float(figures["amountUSD"].value) == amount
    if term is not None:
        assert float(figures["termYears"].value) == term


def test_plain_sale_without_leaseback_is_untouched(tmp_path):
    ents, out = run(tmp_path, "Brisk Micro, the chipmaker, sold $1.9 billion of accelerators to "
                              "Quarrel AI, a model developer.")
    assert not [f for f in out.frames if f.family == "Lease"]
    assert [f for f in out.frames if f.family in ("Supply", "Compute")]
