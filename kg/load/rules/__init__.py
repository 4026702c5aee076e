"""Step 3a of the loader: the rule proposer (the default, offline).

:mod:`~kg.load.rules.extract` runs it over one article: firms and people
(:mod:`~kg.load.rules.entities`, :mod:`~kg.load.rules.gazetteer`, :mod:`~kg.load.rules.zh_names`),
relation templates (:mod:`~kg.load.rules.patterns`, :mod:`~kg.load.rules.triggers`,
:mod:`~kg.load.rules.frames`, :mod:`~kg.load.rules.slots`), cue words for bindingness, denial,
rumour and reporters (:mod:`~kg.load.rules.cues`) and observations: stock moves, metrics, posts
(:mod:`~kg.load.rules.observations`). The language knowledge is data in ``kg/load/lexicon/``.
"""
