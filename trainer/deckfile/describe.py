"""Plain-word descriptions of YAML nodes and values, for problem messages."""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, SequenceNode

TAG = "tag:yaml.org,2002:"
STR = TAG + "str"
INT = TAG + "int"
FLOAT = TAG + "float"
BOOL = TAG + "bool"
NULL = TAG + "null"
TIMESTAMP = TAG + "timestamp"
MAP = TAG + "map"
SEQ = TAG + "seq"


def shorten(value: str, limit: int = 40) -> str:
    """A value quoted for a message, cut to ``limit`` characters."""
    one_line = value.replace("\n", " ")
    if len(one_line) > limit:
        one_line = one_line[: limit - 1] + "…"
    return f"'{one_line}'"


def describe(node: Node) -> str:
    """What a node holds, in words: 'a number (5)', 'a list', "text ('abc')"."""
    if isinstance(node, MappingNode):
        return "a mapping of 'key: value' pairs"
    if isinstance(node, SequenceNode):
        return "a list"
    value = node.value
    if node.tag == STR:
        return f"text ({shorten(value)})"
    if node.tag in (INT, FLOAT):
        return f"a number ({value})"
    if node.tag == BOOL:
        return f"a yes/no value ({value})"
    if node.tag == NULL:
        return "nothing"
    if node.tag == TIMESTAMP:
        return f"a date ({value})"
    return f"a special YAML value ({value})"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
