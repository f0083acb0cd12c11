"""Tokenizer and precedence-climbing parser for protocol expressions (no eval, ever)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from fieldkit.errors import ExpressionError

#: Longer than any real relevance or constraint; bounds the work one expression can cause.
MAX_LENGTH = 2000
#: Parentheses, function calls and unary minus nested deeper than this are refused, so a
#: hostile or broken protocol gets an ExpressionError instead of a RecursionError.
MAX_DEPTH = 32

# ---- syntax tree ---------------------------------------------------------------------
# Every node records ``pos``, the 0-based offset in the source where it starts, so that
# type errors found later can still point at the right place.


@dataclass(frozen=True)
class Num:
    value: int | float
    pos: int


@dataclass(frozen=True)
class Str:
    value: str
    pos: int


@dataclass(frozen=True)
class Ref:
    name: str
    pos: int


@dataclass(frozen=True)
class Self:
    pos: int


@dataclass(frozen=True)
class Neg:
    operand: Node
    pos: int


@dataclass(frozen=True)
class Chain:
    """Operands joined by operators of one precedence level, applied left to right.

    Chains are flat rather than nested binary nodes so that ``a + b + c + ...`` with many
    terms never makes a deep tree.
    """

    first: Node
    rest: tuple[tuple[str, Node], ...]
    pos: int


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]
    pos: int


Node = Num | Str | Ref | Self | Neg | Chain | Call


@dataclass(frozen=True)
class Expr:
    """A parsed expression: its source text and its syntax tree."""

    source: str
    tree: Node

    def __str__(self) -> str:
        return self.source


# ---- tokens --------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    kind: str  # num str ref self name op ( ) , end
    text: str
    pos: int
    value: object = None


# a prefix names the namespace of an ODK function: jr:choice-name
_NAME = re.compile(r"(?:[A-Za-z_][A-Za-z0-9_]*:)?[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9_]*)*")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")
_OPERATORS = ("!=", "<=", ">=", "=", "<", ">", "+", "-", "*")
#: Words that are operators when they stand between two operands.
WORD_OPERATORS = frozenset({"or", "and", "div", "mod"})
_NO_ARGUMENT_FUNCTIONS = frozenset({"true", "false", "today", "now", "position"})


def _number(text: str) -> int | float:
    # Long integer literals become floats so later arithmetic stays cheap and bounded.
    if "." not in text and len(text) <= 15:
        return int(text)
    return float(text)


def tokenize(source: str) -> list[Token]:
    """The tokens of ``source``, ending with an ``end`` token."""
    out: list[Token] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "$":
            m = _REF.match(source, i)
            if not m:
                raise ExpressionError(
                    "'$' must start an item reference written like ${item_id}", i)
            out.append(Token("ref", m.group(0), i, m.group(1)))
            i = m.end()
            continue
        if ch in "'\"":
            end = source.find(ch, i + 1)
            if end < 0:
                raise ExpressionError(f"the text starting with {ch} is never closed with {ch}", i)
            out.append(Token("str", source[i:end + 1], i, source[i + 1:end]))
            i = end + 1
            continue
        m = _NUMBER.match(source, i)
        if m:
            out.append(Token("num", m.group(0), i, _number(m.group(0))))
            i = m.end()
            continue
        if ch == ".":
            if source.startswith("..", i):
                raise ExpressionError("'..' (parent) paths are not supported; refer to items as ${item_id}", i)
            out.append(Token("self", ".", i))
            i += 1
            continue
        m = _NAME.match(source, i)
        if m:
            out.append(Token("name", m.group(0), i))
            i = m.end()
            continue
        if ch in "(),":
            out.append(Token(ch, ch, i))
            i += 1
            continue
        if source.startswith("==", i):
            raise ExpressionError("'==' is not an operator; write a single '=' to compare", i)
        if source.startswith("&&", i) or source.startswith("||", i):
            word = "and" if ch == "&" else "or"
            raise ExpressionError(f"'{source[i:i + 2]}' is not an operator; write '{word}'", i)
        op = next((o for o in _OPERATORS if source.startswith(o, i)), None)
        if op is None:
            raise ExpressionError(f"unexpected character '{ch}'", i)
        out.append(Token("op", op, i))
        i += len(op)
    out.append(Token("end", "", n))
    return out


# ---- parser --------------------------------------------------------------------------

# Binary precedence levels, loosest first (as XPath): or < and < equality < relational
# < additive < multiplicative; unary minus binds tighter than all of them.
_LEVELS: tuple[frozenset[str], ...] = (
    frozenset({"or"}),
    frozenset({"and"}),
    frozenset({"=", "!="}),
    frozenset({"<", "<=", ">", ">="}),
    frozenset({"+", "-"}),
    frozenset({"*", "div", "mod"}),
)


def _describe(tok: Token) -> str:
    if tok.kind == "end":
        return "the end of the expression"
    return f"'{tok.text}'"


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.tokens = tokenize(source)
        self.i = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def binary_op(self, level: int) -> str | None:
        tok = self.peek()
        if tok.kind in ("op", "name") and tok.text in _LEVELS[level]:
            return tok.text
        return None

    def nest(self, pos: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(
                f"the expression is nested too deeply (more than {MAX_DEPTH} levels); simplify it", pos)

    def expression(self, level: int = 0) -> Node:
        if level == len(_LEVELS):
            return self.unary()
        first = self.expression(level + 1)
        rest: list[tuple[str, Node]] = []
        while (op := self.binary_op(level)) is not None:
            self.take()
            rest.append((op, self.expression(level + 1)))
        return Chain(first, tuple(rest), first.pos) if rest else first

    def unary(self) -> Node:
        tok = self.peek()
        if tok.kind == "op" and tok.text == "-":
            self.take()
            self.nest(tok.pos)
            operand = self.unary()
            self.depth -= 1
            return Neg(operand, tok.pos)
        return self.primary()

    def primary(self) -> Node:
        tok = self.take()
        if tok.kind == "num":
            return Num(tok.value, tok.pos)  # type: ignore[arg-type]
        if tok.kind == "str":
            return Str(tok.value, tok.pos)  # type: ignore[arg-type]
        if tok.kind == "ref":
            return Ref(tok.value, tok.pos)  # type: ignore[arg-type]
        if tok.kind == "self":
            return Self(tok.pos)
        if tok.kind == "(":
            self.nest(tok.pos)
            inner = self.expression()
            self.depth -= 1
            self.expect(")", tok, "this '(' is never closed with ')'")
            return inner
        if tok.kind == "name":
            if self.peek().kind == "(":
                return self.call(tok)
            if tok.text in _NO_ARGUMENT_FUNCTIONS:
                raise ExpressionError(f"write '{tok.text}()' with parentheses", tok.pos)
            if tok.text in WORD_OPERATORS:
                raise ExpressionError(f"'{tok.text}' needs something to its left", tok.pos)
            if tok.text == "null":
                # SurveyCTO writes 'null' for no answer; in XPath it names no node, which is
                # the empty value: compare with '' in new forms.
                return Str("", tok.pos)
            raise ExpressionError(
                f"unexpected word '{tok.text}'; write item references as ${{{tok.text}}} "
                f"and functions with parentheses, like {tok.text}()", tok.pos)
        if tok.kind == "end":
            if not self.source.strip():
                raise ExpressionError("the expression is empty", 0)
            raise ExpressionError("the expression ends too early; a value is missing", tok.pos)
        raise ExpressionError(f"expected a value but found {_describe(tok)}", tok.pos)

    def call(self, name: Token) -> Node:
        opening = self.take()
        self.nest(opening.pos)
        args: list[Node] = []
        if self.peek().kind != ")":
            args.append(self.expression())
            while self.peek().kind == ",":
                self.take()
                args.append(self.expression())
        self.depth -= 1
        self.expect(")", opening, f"the call to {name.text}() is never closed with ')'")
        return Call(name.text, tuple(args), name.pos)

    def expect(self, kind: str, opening: Token, unclosed: str) -> None:
        tok = self.peek()
        if tok.kind == kind:
            self.take()
            return
        if tok.kind == "end":
            raise ExpressionError(unclosed, opening.pos)
        raise ExpressionError(f"expected '{kind}' but found {_describe(tok)}", tok.pos)


def parse(source: str) -> Expr:
    """Parse ``source``; raises ExpressionError (message, 0-based position) if malformed."""
    if not isinstance(source, str):
        raise ExpressionError(f"an expression must be text, not {type(source).__name__}")
    if len(source) > MAX_LENGTH:
        raise ExpressionError(
            f"the expression is {len(source)} characters long, more than the {MAX_LENGTH} allowed; "
            "split it or simplify it", MAX_LENGTH)
    parser = _Parser(source)
    tree = parser.expression()
    tok = parser.peek()
    if tok.kind != "end":
        if tok.kind == ")":
            raise ExpressionError("this ')' has no matching '('", tok.pos)
        raise ExpressionError(
            f"unexpected {_describe(tok)} after a complete expression; an operator may be missing",
            tok.pos)
    return Expr(source, tree)


def walk(node: Node) -> Iterator[Node]:
    """Every node of a tree, parents before children (iterative: trees can be wide)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, Neg):
            stack.append(current.operand)
        elif isinstance(current, Chain):
            stack.extend(operand for _, operand in reversed(current.rest))
            stack.append(current.first)
        elif isinstance(current, Call):
            stack.extend(reversed(current.args))
