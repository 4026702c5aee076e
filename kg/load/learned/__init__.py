"""A learned check on the rules' deals: a logistic model, trained on the gold of the open
development sets (``python -m bench.extraction.learn``), scores each deal the rules read as a fact
and holds back the ones it scores as most likely wrong (docs/loader.md, "The learned deal check").
"""
