"""The Markdown report (and the targets of issue 7, met or missed) from the results JSON.

    python -m bench.report [bench/results/latest.json]     # re-print a saved run
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.common import RESULTS, fmt_ratio, fmt_s

QUERY_COLS = ["store-disk", "raw-disk", "store-mem", "raw-mem", "http", "rdflib-mem"]


def _cell(v: dict | None, cap: float | None) -> str:
    if not v:
        return "–"
    if v.get("error"):
        return "error"
    return fmt_s(v.get("median_s"), v.get("capped"), cap)


def _mb(x) -> str:
    return "n/a" if x is None else f"{x:,.0f} MB"


def render(res: dict) -> str:
    s = res.get("sections", {})
    meta = res.get("meta", {})
    out = [f"# dealgraph benchmarks ({meta.get('mode', '')})", "",
           f"{meta.get('when', '')} · git {meta.get('git', '?')} · {meta.get('machine', '')}", "",
           "Every figure below was measured in this one run, systems interleaved; compare ratios, "
           "not absolute times (the machine is shared).", ""]
    data = res.get("datasets", {})
    if data:
        out += ["## Data sets", "", "| size | source triples | quads (all graphs) | graphs | derived triples | derive time | ontology |",
                "|---|---:|---:|---:|---:|---:|---|"]
        for label, m in data.items():
            out.append(f"| {label} | {m['generator']['triples']:,} | {m['quads']:,} | {m['graphs']:,} | "
                       f"{m['derived_triples']:,} | {fmt_s(m['derive_s'])} | {m['ontology']} |")
        out.append("")
    for name in ("store", "query", "validate", "loader", "http", "incremental", "remote"):
        sec = s.get(name)
        if sec is None:
            continue
        if "skipped" in sec:
            out += [f"## {name}", "", f"Skipped: {sec['skipped']}", ""]
            continue
        out += globals()[f"_render_{name}"](sec, res)
    out += ["## Targets (issue 7)", ""] + [f"- {t}" for t in targets(res)] + [""]
    return "\n".join(out)


def _render_store(sec, res):
    out = ["## Load: time and peak memory (fresh process each, median of rounds)", "",
           "| size | system | load | vs raw oxigraph-disk | peak RSS (process) |", "|---|---|---:|---:|---:|"]
    for label, d in sec.items():
        for system, r in d["systems"].items():
            out.append(f"| {label} | {system} | {fmt_s(r['load_s'], r['capped'])} | "
                       f"{fmt_ratio(r.get('vs_oxigraph_disk'))} | {_mb(r['peak_rss_mb'])} |")
    return out + [""]


def _render_query(sec, res):
    cap = res.get("meta", {}).get("query_cap_s")
    out = ["## Queries: median latency (results fully materialised)", "",
           "store = `kg.Store.query` (rows of pyoxigraph terms); raw = pyoxigraph `Store.query` with "
           "rows iterated into tuples; http = `dealgraph serve`, keep-alive client, JSON results; "
           "rdflib = rdflib's engine over an in-memory Dataset.", ""]
    for label, d in sec.items():
        if "error" in d:
            out += [f"### {label}: worker failed", "", "```", d["error"][-800:], "```", ""]
            continue
        out += [f"### {label} ({d['quads']:,} quads)", "",
                "| query | rows | store disk | raw disk | store/raw | store mem | raw mem | store/raw | http | rdflib | rdflib/store |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for q, r in d["queries"].items():
            rat = r["ratios"]
            rd = rat.get("rdflib/store disk")
            rd_s = fmt_ratio(rd) if rd else (f"≥ {fmt_ratio(rat['rdflib/store disk >='])}"
                                             if rat.get("rdflib/store disk >=") else "n/a")
            rows = r.get("store-disk", {}).get("results")
            out.append(f"| {q} | {rows if rows is not None else '?'} | {_cell(r.get('store-disk'), cap)} | "
                       f"{_cell(r.get('raw-disk'), cap)} | {fmt_ratio(rat.get('store/raw disk'))} | "
                       f"{_cell(r.get('store-mem'), cap)} | {_cell(r.get('raw-mem'), cap)} | "
                       f"{fmt_ratio(rat.get('store/raw mem'))} | {_cell(r.get('http'), cap)} | "
                       f"{_cell(r.get('rdflib-mem'), cap)} | {rd_s} |")
        if d.get("notes"):
            out += [""] + [f"- {n}" for n in d["notes"]]
        out.append("")
    return out


def _render_validate(sec, res):
    out = ["## Validation (full shapes set, whole process, fresh process each)", "",
           f"Jena: {sec.get('jena')}", "",
           "| size | system | whole process | of which validating | peak RSS | results |",
           "|---|---|---:|---:|---:|---:|"]
    for label, d in sec.items():
        if not isinstance(d, dict) or "systems" not in d:
            continue
        for system, r in d["systems"].items():
            out.append(f"| {label} | {system} | {fmt_s(r['process_s'], r['capped'], r.get('cap_s'))} | "
                       f"{fmt_s(r.get('validate_s')) if not r['capped'] else '–'} | "
                       f"{_mb(r['peak_rss_mb']) if not r['capped'] else '–'} | {r.get('results', '–')} |")
    return out + [""]


def _render_loader(sec, res):
    out = ["## Article loading (generated articles, fresh on-disk store)", "",
           "| articles | KB | load time | articles/s | peak RSS | quads | firms | agreements |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for count, r in sec.items():
        st = r.get("store") or {}
        out.append(f"| {count} | {r['bytes'] // 1024} | {fmt_s(r['load_s'], r['capped'])} | "
                   f"{r['articles_per_s'] or 0:.1f} | {_mb(r['peak_rss_mb'])} | {st.get('quads', '?')} | "
                   f"{st.get('firms', '?')} | {st.get('agreements', '?')} |")
    return out + [""]


def _render_incremental(sec, res):
    from bench.incremental_bench import render

    return render(sec)


def _render_remote(sec, res):
    from bench.remote_bench import render

    return render(sec)


def _render_http(sec, res):
    out = ["## HTTP load test (bench/load_test.py against `dealgraph serve`)", "",
           "| size | clients | seconds | requests | req/s | p50 | p99 | errors |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, r in sec.items():
        out.append(f"| {label} | {r['clients']} | {r['seconds']} | {r['requests']} | {r['throughput_rps']:.0f} | "
                   f"{r['p50_ms']:.1f} ms | {r['p99_ms']:.1f} ms | {r['errors']} |")
    return out + [""]


def targets(res: dict) -> list[str]:
    s = res.get("sections", {})
    lines = []
    q = s.get("query", {})
    for label in ("100k", "1M"):
        d = q.get(label)
        if not d or "queries" not in d:
            lines.append(f"queries at {label}: not measured in this run")
            continue
        slow = [(n, mode, r["ratios"][f"store/raw {mode}"]) for n, r in d["queries"].items()
                for mode in ("disk", "mem") if (r["ratios"].get(f"store/raw {mode}") or 0) > 1.5]
        lines.append(f"kg.Store within 1.5x of raw pyoxigraph at {label}: "
                     + ("MET on every query" if not slow else "MISSED on " + ", ".join(
                         f"{n} ({mode} {x:.2f}x)" for n, mode, x in slow)))
        weak = []
        for n, r in d["queries"].items():
            rat = r["ratios"]
            x = rat.get("rdflib/store disk") or rat.get("rdflib/store disk >=")
            if x is None or x < 20:
                weak.append(f"{n} ({'n/a' if x is None else f'{x:.1f}x'})")
        lines.append(f"≥ 20x faster than rdflib at {label}: " + ("MET on every query" if not weak
                                                                else "MISSED on " + ", ".join(weak)))
    d = q.get("100k")
    if d and "queries" in d:
        saved = {n: r.get("http") for n, r in d["queries"].items() if n.startswith("saved:")}
        if not saved:
            lines.append("HTTP p50 < 20 ms for saved queries at 100k: no saved queries yet (queries/ empty)")
        elif any(v is None for v in saved.values()):
            lines.append("HTTP p50 < 20 ms for saved queries at 100k: HTTP not measured")
        else:
            slow = [f"{n} ({fmt_s(v['median_s'], v['capped'])})" for n, v in saved.items()
                    if v["capped"] or v["error"] or (v["median_s"] or 0) >= 0.020]
            lines.append("HTTP p50 < 20 ms for saved queries at 100k: "
                         + ("MET" if not slow else "MISSED on " + ", ".join(slow)))
    v = s.get("validate", {}).get("1M")
    if v and "systems" in v:
        f, j = v["systems"].get("dealgraph-fast"), v["systems"].get("jena")
        fl = v["systems"].get("dealgraph-fast+load")
        txt = f"validation of 1M: dealgraph-fast {fmt_s(f['process_s'])} / {_mb(f['peak_rss_mb'])} whole process"
        if fl:
            txt += f" (with loading the file: {fmt_s(fl['process_s'])} / {_mb(fl['peak_rss_mb'])})"
        if j and j["process_s"]:
            txt += f"; Jena {fmt_s(j['process_s'])} / {_mb(j['peak_rss_mb'])} in the same run"
            met = f["process_s"] and f["process_s"] < j["process_s"] and f["peak_rss_mb"] < 4096
            txt += " → " + ("MET" if met else "MISSED")
        else:
            txt += "; Jena not measured (reference 14.7 s)"
        lines.append(txt)
    else:
        lines.append("validation of 1M: not measured in this run")
    ld = s.get("loader", {}).get("1000")
    if ld:
        lines.append(f"1,000 articles < 60 s: {fmt_s(ld['load_s'], ld['capped'])} → "
                     + ("MET" if ld["load_s"] and ld["load_s"] < 60 else "MISSED"))
    else:
        lines.append("1,000 articles < 60 s: not measured in this run")
    return lines


def main(argv=None) -> int:
    path = Path((argv or sys.argv[1:] or [RESULTS / "latest.json"])[0])
    print(render(json.loads(path.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
