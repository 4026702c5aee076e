"""bench.extraction: agreement kinds are compared closed under the ontology's subclass axioms."""
from __future__ import annotations

from bench.extraction import _agreement_key, _kinds


def test_cloud_agreement_is_a_compute_commitment_on_both_sides():
    assert _kinds({"CloudServiceAgreement"}) == _kinds({"CloudServiceAgreement", "ComputeCommitment"})
    assert _kinds({"CreditFacility"}) != _kinds({"Loan"})
    parties = {"provider": ["Oracle"], "customer": ["OpenAI"]}
    assert _agreement_key(["CloudServiceAgreement"], parties) == _agreement_key(
        ["ComputeCommitment", "CloudServiceAgreement", "LetterOfIntent"], parties)


def test_lease_roles_are_scored():
    key = _agreement_key(["LeaseAgreement"], {"lessor": ["A"], "lessee": ["B"]})
    assert key[0] == frozenset({"LeaseAgreement"}) and len(key[1]) == 2
