"""Issue 10, seventh pass: a subject pronoun after another pronoun sentence, and a memorandum of
understanding 'with' a counterparty (invented text)."""
from __future__ import annotations

from tests.load.helpers import named_roles, run

_TEXT = ("Quill Labs, an AI lab, has been lining up money for its chips. It signed a $900 million "
         "revolving credit facility last month, led by Birchwood Bank. The company pledged its "
         "shares in Brisa Silicon as security for that facility. It has also signed a memorandum "
         "of understanding with Corvane Cloud, a cloud provider, to host up to 300 megawatts of "
         "its systems.")


def test_en_it_after_a_pronoun_sentence_is_the_subject_named_before_them(tmp_path):
    ents, out = run(tmp_path, _TEXT)
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"customer": ["Quill Labs"], "provider": ["Corvane Cloud"]}


def test_en_memorandum_of_understanding_with_a_provider_is_a_cloud_deal(tmp_path):
    ents, out = run(tmp_path, "Quill Labs, an AI lab, has signed a memorandum of understanding with "
                    "Corvane Cloud, a cloud provider, to host up to 300 megawatts of its systems.")
    deal = next(f for f in out.frames if f.family == "Cloud")
    assert named_roles(ents, deal) == {"customer": ["Quill Labs"], "provider": ["Corvane Cloud"]}
    assert deal.figures["capacityGW"].value * 1000 == 300
