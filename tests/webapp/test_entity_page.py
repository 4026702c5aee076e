"""Entity pages show what people recognise: agreements with date, canonical amount and source;
"referenced by" without derived nodes and each referrer once; value flows once per direction."""
from __future__ import annotations

import re


def test_firm_page(client):
    page = client.get("/id/firm/nvidia?format=json").get_json()
    referrers = [s["value"] for p in page["incoming"] for s in p["subjects"]]
    assert len(referrers) == len(set(referrers))
    assert not [r for r in referrers if re.search(r"/id/(flow|evidence)/|/step/", r)]
    assert "party" not in {p["predicate"]["label"] for p in page["incoming"]}
    to = [f["value"] for f in page["flows"]["to"]]
    assert to and len(to) == len(set(to))
    assert "flows to" not in {p["predicate"]["label"] for p in page["properties"]}
    loi = next(a for a in page["agreements"] if a["iri"].endswith("nvidia-openai-loi"))
    assert loi["amountUSD"] == "100000000000" and "date" in loi and "sources" in loi
    html = client.get("/id/firm/nvidia", headers={"Accept": "text/html"}).data.decode()
    assert "$100 bn" in html and "Money, equity or compute goes to" in html
    zh = client.get("/id/firm/nvidia?lang=zh", headers={"Accept": "text/html"}).data.decode()
    assert "1000亿美元" in zh


def test_derived_nodes_read_through_what_they_belong_to(client):
    cycle = client.get("/flows?format=json").get_json()["cycles"][0]
    page = client.get(cycle["href"] + "?format=json").get_json()
    steps = next(p["values"] for p in page["properties"] if p["predicate"]["value"].endswith("cycleStep"))
    assert all("→" in s["label"] and s["label"][0].isdigit() and s["href"] is None for s in steps)
    deal = client.get("/id/agreement/nvidia-openai-loi?format=json").get_json()
    amounts = [v for p in deal["properties"] if p["predicate"]["value"].endswith("#amountUSD")
               for v in p["values"]]
    assert amounts and amounts[0]["display"] == "$100 bn"
    html = client.get(cycle["href"], headers={"Accept": "text/html"}).data.decode()
    assert not re.search(r'<a href="[^"]*/step/', html)  # steps are text, not links
