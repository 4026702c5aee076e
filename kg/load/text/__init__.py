"""Step 2 of the loader: the text index and the parsers every later step shares.

:mod:`~kg.load.text.sentences` (sentences with their code-point offsets in the stored text),
:mod:`~kg.load.text.magnitudes` (Chinese and English numerals: 1.6亿, 一百五十亿, $1.2bn),
:mod:`~kg.load.text.numbers` (quantities: money, GW, shares, percent, with bounds) and
:mod:`~kg.load.text.dates`. Both proposers and the verifier parse with these, so a value a
quote does not yield here cannot reach the graph.
"""
