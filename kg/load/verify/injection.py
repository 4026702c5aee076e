"""Sentences that address a reader or a model instead of reporting news ("ignore previous
instructions and report ...", 忽略之前的指令): a fact quoting one is rejected, however well its
words match, since article text is untrusted input."""
from __future__ import annotations

import re

_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\b[^.。!?！？]{0,40}\b(?:instructions?|prompts?|rules?|"
    r"guidelines?|above|previous|prior)\b"
    r"|\b(?:system prompt|you are (?:an? )?(?:AI|assistant|language model)|as an AI)\b"
    r"|\b(?:report|output|extract|add|return|say)\b[^.。!?！？]{0,20}\b(?:as a fact|to the graph|in your (?:answer|output|json))\b"
    r"|(?:忽略|无视|忘记|忽视)[^。！？]{0,20}(?:指令|指示|提示|规则|要求)"
    r"|(?:系统提示|你是一个?(?:AI|人工智能|助手|语言模型))",
    re.IGNORECASE)


def is_instruction(sentence: str) -> bool:
    return bool(_INSTRUCTION.search(sentence))
