"""Decoder generation: one straight-line function per type (EXI 1.0 §8.5.4 grammars, §7 datatypes).

States are emitted in topological order. A state that every path passes through and that has a single
production ("linear") needs no test of ``s``: its event code is known, so it joins a run of expected
constant bits that is checked with one read, together with the CH/EE codes of simple elements and
fixed-width values (n-bit integers, booleans, enumerations). Other states read their event code and
dispatch; runs of identical states from bounded repetitions are counted instead of expanded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from v2gstack.exi.compiler.grammar import Grammar, Label, State
from v2gstack.exi.compiler.model import flatten
from v2gstack.exi.compiler.schema import ComplexType, ElementDecl, Simple

if TYPE_CHECKING:
    from v2gstack.exi.compiler.model import FieldSpec

FIXED = ("nbit", "bool", "bool2", "enum")
#: Kinds coded by the generic runtime (v2gstack.exi._simple): not in the ISO 15118 schemas.
GENERIC = ("decimal", "float", "datetime", "list")
#: Element content that may be empty (no CH; EXIficient ends the element with a second-level EE).
SEL = ("string", "hex", "b64", "list")


def is_generic(s: Simple) -> bool:
    return s.kind in GENERIC or (s.kind == "string" and s.chars is not None)


def fixed_width(s: Simple) -> int:
    if s.kind == "bool":
        return 1
    if s.kind == "bool2":
        return 2
    if s.kind == "nbit":
        assert s.lo is not None and s.hi is not None
        return (s.hi - s.lo).bit_length()
    return (len(s.enum_values) - 1).bit_length()


@dataclass
class Reader:
    """Collects decoder lines and the bits to read next.

    Pending bits (``pw`` of them, not yet read) are constant event codes expected (value ``pv`` under
    mask ``pm``) and fixed-width values (``fields``: offset from the first pending bit, width and an
    assignment template whose ``{}`` becomes the value). :meth:`flush` reads them all with one shift
    of the stream, checks the constants with one comparison and assigns the values; an unsigned
    integer (:meth:`uint`) takes its first octet in the same read. Pending bits belong to one
    indentation (``ind``): they are read there, never inside a branch.
    """

    where: str
    lines: list[str] = field(default_factory=list)
    pw: int = 0
    pv: int = 0
    pm: int = 0
    fields: list[tuple[int, int, str]] = field(default_factory=list)
    ind: str = ""

    def _at(self, ind: str) -> None:
        if not self.pw:
            self.ind = ind
        assert self.ind == ind, f"pending bits of {self.where} at another indentation"

    def expect(self, ind: str, width: int, value: int) -> None:
        if not width:
            return
        self._at(ind)
        self.pv = (self.pv << width) | value
        self.pm = (self.pm << width) | ((1 << width) - 1)
        self.pw += width

    def value(self, ind: str, width: int, template: str) -> None:
        """A fixed-width value, assigned by ``template`` (``{}``: the value) once read."""
        self._at(ind)
        self.fields.append((self.pw, width, template))
        self.pv <<= width
        self.pm <<= width
        self.pw += width

    def emit(self, ind: str, text: str) -> None:
        """A line that may use pending values: they are read first."""
        if self.fields:
            self.flush(ind)
        self.lines.append(ind + text)

    def _read(self, ind: str) -> None:
        """Read the pending bits into ``x``, check the constants, advance ``p``."""
        total = self.pw
        self.lines.append(f"{ind}x = (D >> (T - p - {total})) & {(1 << total) - 1}")
        if self.pm:
            test = f"x & {self.pm} != {self.pv}" if self.pv else f"x & {self.pm}"
            self.lines.append(f"{ind}if {test}:")
            self.lines.append(f"{ind}    _fail(p, {self.where!r})")
        self.lines.append(f"{ind}p += {total}")
        for off, width, template in self.fields:
            shift = total - off - width
            if shift == 0 and width == total:
                val = "x"
            elif shift == 0:
                val = f"(x & {(1 << width) - 1})"
            elif shift + width == total:
                val = f"(x >> {shift})"
            else:
                val = f"(x >> {shift} & {(1 << width) - 1})"
            self.lines.append(ind + template.format(val))
        self.pw = self.pv = self.pm = 0
        self.fields = []

    def flush(self, ind: str) -> None:
        if not self.pw:
            return
        assert self.ind == ind, f"pending bits of {self.where} read at another indentation"
        if len(self.fields) == 1 and not self.pm:  # a value alone: no check, no temporary
            ((_, width, template),) = self.fields
            self.lines.append(ind + template.format(f"(D >> (T - p - {width})) & {(1 << width) - 1}"))
            self.lines.append(f"{ind}p += {width}")
            self.pw = self.pv = self.pm = 0
            self.fields = []
            return
        if self.fields:
            self._read(ind)
            return
        test = f" != {self.pv}" if self.pv else ""
        self.lines.append(f"{ind}if (D >> (T - p - {self.pw})) & {self.pm}{test}:")
        self.lines.append(f"{ind}    _fail(p, {self.where!r})")
        self.lines.append(f"{ind}p += {self.pw}")
        self.pw = self.pv = self.pm = 0

    def uint(self, ind: str, target: str, signed: bool, inline: bool = True) -> None:
        """An (optionally signed, §7.1.5) unsigned integer (§7.1.6): sign bit and first octet are read
        with the pending bits, a second octet inline (``inline``), further ones by ``d_uint_more``."""
        self._at(ind)
        self.pv <<= 8 + signed
        self.pm <<= 8 + signed
        self.pw += 8 + signed
        self._read(ind)
        ind2 = ind + "    "
        self.lines += [f"{ind}{target} = x & 127", f"{ind}if x & 128:"]
        if inline:
            self.lines += [
                f"{ind2}b = (D >> (T - p - 8)) & 255",
                f"{ind2}p += 8",
                f"{ind2}{target} |= (b & 127) << 7",
                f"{ind2}if b & 128:",
                f"{ind2}    {target}, p = d_uint_more(D, T, p, {target}, 14)",
            ]
        else:
            self.lines.append(f"{ind2}{target}, p = d_uint_more(D, T, p, {target}, 7)")
        if signed:
            self.lines.append(f"{ind}if x & 256:")
            self.lines.append(f"{ind2}{target} = -{target} - 1")


class DecoderGen:
    """Mixin of :class:`~v2gstack.exi.compiler.codegen.CodecGen` that writes decoders."""

    def enum_tables(self, s: Simple, element: tuple[str, str] | None) -> tuple[str, str]:
        raise NotImplementedError

    def class_fn(self, m: ElementDecl, kind: str) -> str:
        raise NotImplementedError

    def labels_of(self, f: FieldSpec) -> list[tuple[Label, ElementDecl | None]]:
        raise NotImplementedError

    def tab(self, expr: str) -> str:
        raise NotImplementedError

    def s_table(self, s: Simple, element: tuple[str, str] | None) -> str:
        raise NotImplementedError

    simple_helpers: dict[tuple[object, ...], str]
    makers: dict[str, str]
    hot: bool
    ret: str = ""
    ntmp: int = 0
    helper_src: list[str]

    def maker(self, cls: str, attrs: list[str]) -> str:
        """A function building an instance of ``cls`` from positional values of ``attrs`` (all its
        fields): ``object.__new__`` and slot stores, cheaper than the dataclass ``__init__`` with
        keywords."""
        name = self.makers.get(cls)
        if name is None:
            name = f"_mk{len(self.makers)}"
            self.makers[cls] = name
            params = ", ".join(f"a{i}: Any" for i in range(len(attrs)))
            lines = [f"def {name}({params}) -> Any:", f"    o = _new({cls})"]
            lines += [f"    o.{a} = a{i}" for i, a in enumerate(attrs)]
            lines.append("    return o")
            self.helper_src.append("\n".join(lines))
        return name

    # -- values -------------------------------------------------------------------------------
    def value(self, r: Reader, s: Simple, target: str, ind: str, element: tuple[str, str] | None) -> None:
        """Decode a value of simple type ``s`` into ``target`` (pending bits are checked first)."""
        k = s.kind
        if k in FIXED:
            w = fixed_width(s)
            if w == 0:
                _, lst = self.enum_tables(s, element)
                r.emit(ind, f"{target} = {lst}[0]")
                return
            if k == "bool":
                r.value(ind, w, f"{target} = {{}} == 1")
            elif k == "bool2":  # §7.1.2: 0 "false", 1 "0", 2 "true", 3 "1"
                r.value(ind, w, f"{target} = {{}} > 1")
            elif k == "nbit":
                assert s.lo is not None
                off = f" + {s.lo}" if s.lo > 0 else f" - {-s.lo}" if s.lo < 0 else ""
                r.value(ind, w, f"{target} = {{}}{off}")
            else:
                _, lst = self.enum_tables(s, element)
                r.value(ind, w, f"{target} = {lst}[{{}}]")
            return
        if k in ("int", "uint"):
            r.uint(ind, target, k == "int", self.hot)
            return
        r.flush(ind)
        if is_generic(s):
            r.lines.append(f"{ind}{target}, p = _dec_simple(D, T, p, {self.s_table(s, element)})")
        elif k == "string":
            r.lines.append(f"{ind}{target}, p = d_str(D, T, p, {s.max_len})")
        elif k in ("hex", "b64"):
            r.lines.append(f"{ind}{target}, p = d_bin(D, T, p, {s.max_len})")
        else:
            r.lines.append(f"{ind}raise ExiDecodeError('datatype {k} is not supported')")

    def member(self, r: Reader, m: ElementDecl, target: str, ind: str, inline: bool) -> None:
        """Decode the content of element ``m`` (its SE event code already consumed)."""
        if isinstance(m.type, Simple) and (m.type.kind in SEL or is_generic(m.type)):
            r.flush(ind)
            if is_generic(m.type):
                st = self.s_table(m.type, m.qname)
                r.lines.append(f"{ind}{target}, p = _d_sel_any(D, T, p, {st}, {m.qname[1]!r})")
                return
            fn = "d_sel_str" if m.type.kind == "string" else "d_sel_bin"
            r.lines.append(f"{ind}{target}, p = {fn}(D, T, p, {m.type.max_len}, {m.qname[1]!r})")
            return
        if isinstance(m.type, Simple):
            if not inline:
                r.flush(ind)
                r.lines.append(f"{ind}{target}, p = {self.simple_helper(m)}(D, T, p)")
                return
            r.expect(ind, 1, 0)  # CH: the only declared production of a simple type's first state
            self.value(r, m.type, target, ind, m.qname)
            r.expect(ind, 1, 0)  # EE
            return
        if inline and self.hot and self.inline_chain(r, m, target, ind):
            return
        if inline and not self.hot:  # a dry run: enumerations are registered in the same order
            self.inline_chain(Reader(r.where), m, target, ind)
        r.flush(ind)
        r.lines.append(f"{ind}{target}, p = {self.class_fn(m, 'd')}(D, T, p)")

    def inline_chain(self, r: Reader, m: ElementDecl, target: str, ind: str) -> bool:
        """Inline a type whose grammar is one path (every state a single production), e.g.
        RationalNumber: its constant event codes then join the caller's pending bits."""
        ct = m.type
        assert isinstance(ct, ComplexType)
        g = self.grammar(ct)
        if len(g.states) > 12 or any(len(st.productions) != 1 for st in g.states):
            return False
        fields = flatten(ct)
        if any(f.kind in ("any", "text") or f.max is None or f.max > 1 for f in fields):
            return False
        by_label: dict[Label, tuple[int, ElementDecl | None]] = {}
        for i, f in enumerate(fields):
            for lab, mem in self.labels_of(f):
                by_label[lab] = (i, mem)
        temps = []
        for _ in fields:
            self.ntmp += 1
            temps.append(f"t{self.ntmp}")
        k: int | None = 0
        seen: set[int] = set()
        while k is not None:
            if k in seen:
                return False  # pragma: no cover - single-production grammars of types are acyclic
            seen.add(k)
            ((lab, tgt),) = g.states[k].productions
            r.expect(ind, g.states[k].width, 0)
            if lab[0] != "EE":
                i, mem = by_label[lab]
                f = fields[i]
                if lab[0] == "AT":
                    assert f.simple is not None
                    self.value(r, f.simple, temps[i], ind, f.qname)
                else:
                    assert mem is not None
                    self.member(r, mem, temps[i], ind, True)
            k = tgt
        make = self.maker(self.class_ref(ct), [f.attr for f in fields])
        r.emit(ind, f"{target} = {make}({', '.join(temps)})")
        return True

    def grammar(self, ct: ComplexType) -> Grammar:
        raise NotImplementedError

    def class_ref(self, ct: ComplexType) -> str:
        raise NotImplementedError

    def simple_helper(self, m: ElementDecl) -> str:
        assert isinstance(m.type, Simple)
        key = (m.type.key(), m.qname if m.type.kind == "enum" and m.type.name is None else None)
        name = self.simple_helpers.get(key)
        if name is None:
            name = f"_ds{len(self.simple_helpers)}"
            self.simple_helpers[key] = name
            r = Reader(m.qname[1])
            r.lines.append(f"def {name}(D: int, T: int, p: int) -> tuple[Any, int]:")
            hot, self.hot = self.hot, True  # shared by hot and other types
            self.member(r, m, "v", "    ", True)
            self.hot = hot
            r.flush("    ")
            r.lines.append("    return v, p")
            self.helper_src.append("\n".join(r.lines))
        return name

    # -- types --------------------------------------------------------------------------------
    def decoder(self, fn: str, cls: str, g: Grammar, fields: list[FieldSpec], where: str) -> list[str]:
        st = g.states
        by_label: dict[Label, tuple[int, ElementDecl | None]] = {}
        for i, f in enumerate(fields):
            for lab, m in self.labels_of(f):
                by_label[lab] = (i, m)
        r = Reader(where)
        out = r.lines
        args = []
        for i, f in enumerate(fields):
            if f.kind == "text" and f.simple is not None and f.simple.kind in SEL:
                # no CH when the element ended with a second-level EE: empty content
                empty = {"string": '""', "list": "[]"}.get(f.simple.kind, 'b""')
                args.append(f"{empty} if f{i} is None else f{i}")
            else:
                args.append(f"f{i}")
        self.ret = f"{self.maker(cls, [f.attr for f in fields])}({', '.join(args)})"
        out.append(f"def {fn}(D: int, T: int, p: int) -> tuple[Any, int]:")
        ind = "    "
        for i, f in enumerate(fields):
            out.append(f"{ind}f{i}: Any = {'[]' if f.max is None or f.max > 1 else 'None'}")
        out.append(f"{ind}y: Any")
        out.append(f"{ind}s = 0")
        out.append(f"{ind}try:")
        ind2 = ind + "    "
        order, acyclic = topo(st)
        dom = dominators(st) if acyclic and len(st) < 400 else set()
        if not acyclic:
            body = loop_head(out, ind2, "s != -1")
        preds: dict[int, set[int]] = {}
        for stt in st:
            for _, t in stt.productions:
                if t is not None and t != stt.index:
                    preds.setdefault(t, set()).add(stt.index)
        skip: set[int] = set()
        for pos, k in enumerate(order):
            if k in skip:
                continue
            state = st[k]
            self_loop = any(t == k for _, t in state.productions)
            if (
                acyclic
                and k in dom
                and not self_loop
                and len(state.productions) == 1
                and state.productions[0][0] != ("CH",)
            ):
                self.linear(r, state, fields, by_label, ind2, dom)
                continue
            chain = find_chain(st, k, preds) if acyclic and not self_loop else None
            if not (acyclic and chain is None and not self_loop and k in dom):
                r.flush(ind2 if acyclic else body)
            if chain is not None:
                lab, run, t_end = chain
                skip.update(run)
                out.append(f"{ind2}rc = 0")
                if k in dom:
                    out.append(f"{ind2}s = {k}")
                bi = loop_head(out, ind2, f"s == {k}")
                self.block(r, state, g, fields, by_label, bi, (lab, len(run), t_end), dom)
                loop_tail(out, ind2)
                continue
            if acyclic:
                if self_loop:
                    if k in dom:
                        out.append(f"{ind2}s = {k}")
                    bi = loop_head(out, ind2, f"s == {k}")
                    self.block(r, state, g, fields, by_label, bi, None, dom)
                    loop_tail(out, ind2)
                    continue
                if k in dom:  # the pending bits are read with this state's event code
                    out.append(f"{ind2}s = {k}")
                    bi = ind2
                else:
                    out.append(f"{ind2}if s == {k}:")
                    bi = ind2 + "    "
            else:
                out.append(f"{body}{'if' if pos == 0 else 'elif'} s == {k}:")
                bi = body + "    "
            self.block(r, state, g, fields, by_label, bi, None, dom if acyclic else set())
        if not acyclic:
            loop_tail(out, ind2)
        r.flush(ind2)
        out.append(f"{ind}except _Unlocated as exc:")
        out.append(
            f"{ind}    raise ExiDecodeError(f'{{exc}} in {where} (near grammar state {{s}})') from None"
        )
        # reading past the end: a truncated stream, or a second-level event read as declared ones
        # (fused reads of constant codes and values): the generic path tells which
        out.append(f"{ind}except (ValueError, IndexError, KeyError) as exc:")
        out.append(
            f"{ind}    raise _Redo(f'stream ended or diverged at bit {{p}} in {where} "
            f"(near grammar state {{s}}): {{exc}}') from None"
        )
        out.append(f"{ind}return {self.ret}, p")
        return out

    def linear(
        self,
        r: Reader,
        state: State,
        fields: list[FieldSpec],
        by_label: dict[Label, tuple[int, ElementDecl | None]],
        ind: str,
        dom: set[int],
    ) -> None:
        """A state every path passes through with one production: its code is a constant."""
        ((lab, tgt),) = state.productions
        r.expect(ind, state.width, 0)
        if lab[0] == "EE":
            return
        self.production(r, lab, fields, by_label, ind, True)
        if tgt is not None and tgt not in dom:
            r.lines.append(f"{ind}s = {tgt}")

    def production(
        self,
        r: Reader,
        lab: Label,
        fields: list[FieldSpec],
        by_label: dict[Label, tuple[int, ElementDecl | None]],
        ind: str,
        inline: bool,
    ) -> None:
        if lab[0] == "CH" and lab not in by_label:
            r.flush(ind)
            r.lines.append(f"{ind}_unsupported(p, {r.where!r}, 'mixed content text')")
            return
        i, m = by_label[lab]
        f = fields[i]
        rep = f.max is None or f.max > 1
        tv = "y" if rep else f"f{i}"
        if lab[0] == "W":
            r.flush(ind)
            r.lines.append(f"{ind}{tv}, p = _dec_any(D, T, p, _MOD)")
        elif lab[0] in ("AT", "CH"):
            assert f.simple is not None
            self.value(r, f.simple, tv, ind, f.qname)
        else:
            assert m is not None
            self.member(r, m, tv, ind, inline)
        if rep:
            r.emit(ind, f"f{i}.append(y)")

    def block(
        self,
        r: Reader,
        state: State,
        g: Grammar,
        fields: list[FieldSpec],
        by_label: dict[Label, tuple[int, ElementDecl | None]],
        bi: str,
        chain: tuple[Label, int, int | None] | None,
        dom: set[int],
    ) -> None:
        out = r.lines
        w = state.width
        n = len(state.productions)
        r.value(bi, w, "c = {}")
        r.flush(bi)
        for c, (lab, tgt) in enumerate(state.productions):
            out.append(f"{bi}{'if' if c == 0 else 'elif'} c == {c}:")
            ii = bi + "    "
            if lab[0] == "EE":
                out.append(f"{ii}s = -1")
                continue
            self.production(r, lab, fields, by_label, ii, False)
            r.flush(ii)
            if chain is not None and lab == chain[0]:
                # a run of identical states (bounded repetition, §8.5.4.1.5): count, do not expand
                out.append(f"{ii}rc += 1")
                out.append(f"{ii}if rc == {chain[1]}:")
                out.append(f"{ii}    s = {chain[2]}")
            elif tgt != state.index:
                out.append(f"{ii}s = {tgt}")
        second = state.second_level(g.attributes)
        out.append(f"{bi}else:")
        if "EE" in second:
            w2 = (len(second) - 1).bit_length()
            out.append(f"{bi}    p = _second_ee(D, T, p, c, {n}, {w2}, {r.where!r}, {state.index})")
            out.append(f"{bi}    return {self.ret}, p")
        else:
            out.append(f"{bi}    _bad_code(p, c, {r.where!r}, {state.index})")


def topo(states: list[State]) -> tuple[list[int], bool]:
    """States in topological order ignoring self-loops; the flag is False when other cycles exist."""
    n = len(states)
    indeg = [0] * n
    for s in states:
        for _, t in s.productions:
            if t is not None and t != s.index:
                indeg[t] += 1
    ready = [0] if indeg[0] == 0 else []
    order: list[int] = []
    while ready:
        k = ready.pop(0)
        order.append(k)
        for _, t in states[k].productions:
            if t is not None and t != k:
                indeg[t] -= 1
                if indeg[t] == 0:
                    ready.append(t)
                    ready.sort()
    if len(order) != n:
        return list(range(n)), False
    return order, True


def find_chain(
    st: list[State], k: int, preds: dict[int, set[int]]
) -> tuple[Label, list[int], int | None] | None:
    """A run of >= 3 states that differ only in the target of one repeated element's production."""

    def sig(state: State, lab: Label) -> tuple[object, ...]:
        return (state.width, tuple((lb, "*" if lb == lab else t) for lb, t in state.productions))

    for lab, tgt in st[k].productions:
        if tgt is None or tgt == k or lab[0] != "SE":
            continue
        run = [k]
        cur: int | None = tgt
        base = sig(st[k], lab)
        while (
            cur is not None and cur not in run and preds.get(cur) == {run[-1]} and sig(st[cur], lab) == base
        ):
            run.append(cur)
            cur = dict(st[cur].productions)[lab]
        if len(run) >= 3:
            return lab, run, cur
    return None


def dominators(states: list[State]) -> set[int]:
    """States every path from the start to EE goes through."""
    out = {0}
    for k in range(1, len(states)):
        seen = {0}
        todo = [0]
        reach_end = False
        while todo:
            x = todo.pop()
            for _, t in states[x].productions:
                if t is None:
                    reach_end = True
                elif t != k and t not in seen:
                    seen.add(t)
                    todo.append(t)
        if not reach_end:
            out.add(k)
    return out


#: Loops over repeated content read through a window of the stream: shifting the whole stream int
#: costs its size, so without windows a long list would decode in quadratic time.
WINDOW_BITS = 8192


def loop_head(out: list[str], ind: str, cond: str) -> str:
    """Open a decoding loop whose reads use a window of the stream; returns the body indentation."""
    out += [
        f"{ind}Df = D",
        f"{ind}Tf = T",
        f"{ind}nw = False",
        f"{ind}while {cond}:",
        f"{ind}    if nw:",
        f"{ind}        nw = False",
        f"{ind}    elif Tf - p > {2 * WINDOW_BITS}:",
        f"{ind}        if T == Tf or T - p < {WINDOW_BITS // 2}:",
        f"{ind}            T = p + {WINDOW_BITS}",
        f"{ind}            D = (Df >> (Tf - T)) & _WINDOW",
        f"{ind}    elif T != Tf:",
        f"{ind}        D = Df",
        f"{ind}        T = Tf",
        f"{ind}    p0 = p",
        f"{ind}    s0 = s",
        f"{ind}    try:",
    ]
    return ind + "        "


def loop_tail(out: list[str], ind: str) -> None:
    """Close a windowed loop: an item that does not fit the window is decoded again from the stream."""
    out += [
        f"{ind}    except (ExiDecodeError, ValueError, _Redo):",
        f"{ind}        if T == Tf:",
        f"{ind}            raise",
        f"{ind}        D = Df",
        f"{ind}        T = Tf",
        f"{ind}        p = p0",
        f"{ind}        s = s0",
        f"{ind}        nw = True",
        f"{ind}D = Df",
        f"{ind}T = Tf",
    ]
