"""Keep third-party libraries from chattering on stderr during a load.

jieba (Chinese word segmentation) logs "Building prefix dict from the default dictionary ..."
at DEBUG through its own stderr handler the first time it segments; dealgraph's commands print
their own summary instead.
"""
from __future__ import annotations

import logging


def quiet_segmenter() -> None:
    """Raise jieba's log level to WARNING (its import sets DEBUG, so set it after importing)."""
    try:
        import jieba
    except ImportError:
        return
    jieba.setLogLevel(logging.WARNING)
