"""One chat-completions call per article chunk, through the maintained ``openai`` client.

Any OpenAI-compatible endpoint works (vLLM, Ollama, llama.cpp server, OpenAI, DeepSeek,
DashScope): the base URL is configurable. The request asks for strict structured output
(``response_format`` ``{"type": "json_schema", "json_schema": {"name", "schema", "strict":
true}}`` with the strict variant of the fact model's schema, kg.load.facts); the answer is
validated again on this side (kg.load.model.proposer), since some servers drop the constraint
silently. A server that rejects ``response_format`` itself (HTTP 400/422: llama.cpp builds and
proxies without structured output) is asked once more without it, and for the rest of the load;
the prompt still asks for the schema's JSON, and the client-side validation is what holds. Retries with exponential backoff on connection errors,
timeouts, 429 and 5xx are the ``openai`` client's own (``max_retries``). Every response is cached
(kg.load.model.cache); with ``cache_only`` no request is made. The API key is handed to the client
and to nothing else: errors name the endpoint and the failure, never the key.
"""
from __future__ import annotations

from dataclasses import dataclass

import openai

from kg.errors import ModelUnavailable
from kg.load.facts import strict_proposal_schema
from kg.load.model.cache import Completion, ResponseCache
from kg.load.model.prompt import PROMPT_VERSION, system_prompt, user_prompt
from kg.load.rdf.triples import MODEL_METHOD

SCHEMA_NAME = "dealgraph_facts"


@dataclass(frozen=True)
class ModelSettings:
    url: str | None
    model: str
    api_key: str | None = None
    timeout: float = 120.0
    retries: int = 3
    concurrency: int = 4
    cache_only: bool = False
    stream: bool = False

    def __repr__(self) -> str:          # never the key
        return f"ModelSettings(url={self.url!r}, model={self.model!r})"


class ModelClient:
    def __init__(self, settings: ModelSettings, cache: ResponseCache):
        self.settings = settings
        self.cache = cache
        self.schema = strict_proposal_schema()
        self._client = None
        #: Set when the endpoint rejected ``response_format``: later requests go without it.
        self.plain_json = False
        if not settings.cache_only:
            if not settings.url:
                raise ModelUnavailable("no model endpoint: give --model-url or set "
                                       "DEALGRAPH_MODEL_URL (or use --model-cache-only)")
            self._client = openai.OpenAI(base_url=settings.url,
                                         api_key=settings.api_key or "not-needed",
                                         timeout=settings.timeout,
                                         max_retries=settings.retries)

    @property
    def method(self) -> str:
        """The provenance of its facts: model name and prompt version."""
        return f"{MODEL_METHOD}{self.settings.model}@{PROMPT_VERSION}"

    def complete(self, chunk: str) -> Completion:
        s = self.settings
        key = self.cache.key(s.model, PROMPT_VERSION, self.schema, chunk)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        if self._client is None:
            raise ModelUnavailable(f"no cached response for model {s.model} "
                                   f"({PROMPT_VERSION}) and --model-cache-only is set")
        completion = self._ask(chunk)
        self.cache.put(key, s.model, PROMPT_VERSION, self.schema, chunk, completion)
        return completion

    def request(self, chunk: str) -> dict:
        """The chat-completions request for one chunk (without ``response_format`` once the
        endpoint has rejected it)."""
        request = dict(model=self.settings.model, temperature=0,
                       messages=[{"role": "system", "content": system_prompt()},
                                 {"role": "user", "content": user_prompt(chunk)}])
        if not self.plain_json:
            request["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": SCHEMA_NAME, "schema": self.schema, "strict": True}}
        return request

    def _ask(self, chunk: str) -> Completion:
        s = self.settings
        try:
            try:
                return self._send(self.request(chunk))
            except (openai.BadRequestError, openai.UnprocessableEntityError):
                if self.plain_json:
                    raise
                self.plain_json = True          # no structured output here: ask without it
                return self._send(self.request(chunk))
        except openai.APIStatusError as exc:
            raise ModelUnavailable(f"model endpoint {s.url} answered HTTP {exc.status_code} "
                                   f"(after {s.retries} retries)") from None
        except openai.APITimeoutError:
            raise ModelUnavailable(f"model endpoint {s.url} timed out after {s.timeout:g}s "
                                   f"({s.retries} retries)") from None
        except openai.APIConnectionError:
            raise ModelUnavailable(f"model endpoint {s.url} cannot be reached") from None
        except openai.APIError as exc:          # e.g. an error event inside a stream
            raise ModelUnavailable(f"model endpoint {s.url} failed: "
                                   f"{type(exc).__name__}") from None

    def _send(self, request: dict) -> Completion:
        return self._streamed(request) if self.settings.stream else self._plain(request)

    def _plain(self, request: dict) -> Completion:
        response = self._client.chat.completions.create(**request)
        choice = response.choices[0] if response.choices else None
        return _completion((choice.message.content if choice else None) or "", response.usage)

    def _streamed(self, request: dict) -> Completion:
        parts: list[str] = []
        usage = None
        stream = self._client.chat.completions.create(
            **request, stream=True, stream_options={"include_usage": True})
        for event in stream:
            if event.choices and event.choices[0].delta.content:
                parts.append(event.choices[0].delta.content)
            usage = event.usage or usage
        return _completion("".join(parts), usage)


def _completion(content: str, usage) -> Completion:
    return Completion(content, getattr(usage, "prompt_tokens", 0) or 0,
                      getattr(usage, "completion_tokens", 0) or 0)
