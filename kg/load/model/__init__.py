"""The model proposer: an OpenAI-compatible chat-completions endpoint proposes candidate facts
(kg.load.facts) for an article; the verifier (kg.load.verify) decides which reach the graph."""
