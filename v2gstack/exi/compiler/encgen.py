"""Encoder generation (EXI 1.0 §8.5.4 event codes, §7 datatypes): straight-line code per type.

The set of grammar states a field can be reached from is tracked at generation time: where it is a
single state, event codes are constants merged with neighbouring constant bits into one shift; where
optional fields make it ambiguous a runtime state ``s`` indexes a small table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from v2gstack.exi.compiler.decgen import SEL, find_chain, is_generic
from v2gstack.exi.compiler.grammar import Grammar, Label, State
from v2gstack.exi.compiler.model import ClassInfo, FieldSpec, Registry, flatten
from v2gstack.exi.compiler.schema import ComplexType, ElementDecl, Simple
from v2gstack.exi.values import Nil, Untyped, WithUndeclared, XsiType

_WRAPPERS = [frozenset(f.name for f in fields(c)) for c in (Nil, Untyped, WithUndeclared, XsiType)]


def wrapper_proof(specs: list[FieldSpec]) -> bool:
    """Whether reading the fields fails on every wrapper of the generic path (WithUndeclared, XsiType,
    Nil, Untyped): otherwise an encoder checks the value's class first, so that a wrapper is not
    silently written as the plain type."""
    names = {f.attr for f in specs}
    return bool(names) and not any(names <= w for w in _WRAPPERS)


@dataclass
class _Emitter:
    """Collects encoder lines. Pending bits (``pw`` of them, not yet appended to ``a``) are constant
    event codes (``pc``) and values (``px``: expression, and where it ends counted from the first
    pending bit); they are appended with one shift of the accumulator."""

    lines: list[str] = field(default_factory=list)
    pc: int = 0
    pw: int = 0
    px: list[tuple[str, int]] = field(default_factory=list)
    #: The pending bits start with an event code looked up at run time: ``c`` of ``w`` bits.
    dyn: bool = False

    def save(self) -> tuple[int, int, list[tuple[str, int]], bool]:
        return self.pc, self.pw, list(self.px), self.dyn

    def restore(self, state: tuple[int, int, list[tuple[str, int]], bool]) -> None:
        self.pc, self.pw, px, self.dyn = state
        self.px = list(px)

    def shift(self, width: int) -> str:
        """How far the accumulator moves for the pending bits and ``width`` more."""
        total = self.pw + width
        return (f"(w + {total})" if total else "w") if self.dyn else str(total)

    def const(self, code: int, width: int) -> None:
        self.pc = (self.pc << width) | code
        self.pw += width

    def terms(self, low: int = 0, extra: int = 0) -> list[str]:
        """The pending bits as terms to OR together, shifted left by ``low`` (``extra`` ORed into the
        constant), and forget them."""
        const = (self.pc << low) | extra
        out = [str(const)] if const else []
        if self.dyn:
            out.insert(0, f"(c << {self.pw + low})" if self.pw + low else "c")
        for expr, end in self.px:
            shift = self.pw - end + low
            out.append(f"(({expr}) << {shift})" if shift else f"({expr})")
        self.pc = self.pw = 0
        self.px = []
        self.dyn = False
        return out

    def flush(self, ind: str) -> None:
        if self.pw or self.dyn:
            width = self.shift(0)
            terms = self.terms()
            text = f"a = (a << {width}) | {' | '.join(terms)}" if terms else f"a <<= {width}"
            self.lines.append(ind + text)

    def runtime_code(self, ind: str, lookup: str) -> None:
        """``lookup`` binds ``c`` and ``w`` (and ``s``): the event code joins the pending bits."""
        self.flush(ind)
        self.lines.append(ind + lookup)
        self.dyn = True

    def line(self, ind: str, text: str) -> None:
        self.flush(ind)
        self.lines.append(ind + text)

    def raw(self, ind: str, text: str) -> None:
        """A line that does not touch ``a`` (a check, a binding): pending bits stay pending."""
        self.lines.append(ind + text)

    def write(self, ind: str, expr: str, width: int) -> None:
        """Append ``width`` bits of ``expr`` (with the other pending bits, later)."""
        self.px.append((expr, self.pw + width))
        self.pc <<= width
        self.pw += width


class EncoderGen:
    """Mixin of :class:`~v2gstack.exi.compiler.codegen.CodecGen` that writes encoders."""

    reg: Registry
    tables: list[str]
    member_encoders: dict[tuple[object, ...], str]
    ntmp: int
    hot: bool

    def tab(self, expr: str) -> str:
        raise NotImplementedError

    def fn(self, info: ClassInfo, kind: str) -> str:
        raise NotImplementedError

    def cref(self, info: ClassInfo) -> str:
        raise NotImplementedError

    def grammar(self, ct: ComplexType) -> Grammar:
        raise NotImplementedError

    def enum_tables(self, s: Simple, element: tuple[str, str] | None) -> tuple[str, str]:
        raise NotImplementedError

    def s_table(self, s: Simple, element: tuple[str, str] | None) -> str:
        raise NotImplementedError

    def labels_of(self, f: FieldSpec) -> list[tuple[Label, ElementDecl | None]]:
        raise NotImplementedError

    # -- simple values ------------------------------------------------------------------------
    def enc_value(
        self, em: _Emitter, s: Simple, v: str, ind: str, element: tuple[str, str] | None, fn: str = ""
    ) -> None:
        k = s.kind
        if is_generic(s):
            em.line(ind, f"a = _enc_simple(a, {self.s_table(s, element)}, {v})")
        elif k == "bool":
            em.write(ind, f"_BOOL[{v}]", 1)
        elif k == "bool2":  # §7.1.2: 2 "true", 0 "false"
            em.write(ind, f"_BOOL[{v}] << 1", 2)
        elif k == "nbit":
            assert s.lo is not None and s.hi is not None
            w = (s.hi - s.lo).bit_length()
            off = f" + {-s.lo}" if s.lo < 0 else f" - {s.lo}" if s.lo > 0 else ""
            if s.hi - s.lo + 1 == 1 << w and off:  # all w-bit values: one shift tests the range
                self.ntmp += 1
                em.raw(ind, f"h{self.ntmp} = {v}{off}")
                em.raw(ind, f"if h{self.ntmp} >> {w}:")
                em.raw(ind, "    raise _Invalid")
                em.write(ind, f"h{self.ntmp}", w)
                return
            em.raw(ind, f"if not {s.lo} <= {v} <= {s.hi}:")
            em.raw(ind, "    raise _Invalid")
            em.write(ind, f"({v}{off})" if off else v, w)
        elif k in ("uint", "int"):
            self.enc_integer(em, s, v, ind)
        elif k == "enum":
            idx, _ = self.enum_tables(s, element)
            w = (len(s.enum_values) - 1).bit_length()
            em.write(ind, f"{idx}[{v}]", w)
        elif k in ("string", "hex", "b64"):
            conds = []
            if s.max_len is not None:
                conds.append(f"len({v}) > {s.max_len}")
            if conds:
                em.raw(ind, f"if {' or '.join(conds)}:")
                em.raw(ind, "    raise _Invalid")
            fn = fn or ("e_str" if k == "string" else "e_bin")
            em.line(ind, f"a = {fn}(a, {v})")
        else:
            em.line(ind, f"raise _Invalid  # {k} is not supported")

    def enc_integer(self, em: _Emitter, s: Simple, v: str, ind: str, tail: int = 0) -> None:
        """An unsigned (§7.1.6) or signed (§7.1.5) integer. Values of one or two octets (the usual
        ones) are written inline together with the pending bits, in one shift; the others, after the
        range check, by ``e_uint`` / ``e_int``. ``tail`` zero bits follow (the EE of a simple
        element)."""
        if not v.isidentifier():
            self.ntmp += 1
            em.raw(ind, f"n{self.ntmp} = {v}")
            v = f"n{self.ntmp}"
        sign = 1 if s.kind == "int" else 0
        state = em.save()
        pw, px = em.pw, list(em.px)
        lines: list[str] = []
        t = f" << {tail}" if tail else ""
        if not self.hot:  # compact code: e_uint / e_int
            branches = []
        elif sign and (s.lo is None or s.lo <= -16384) and (s.hi is None or s.hi >= 16383):
            # both signs: the magnitude (-v - 1 of a negative value) decides the octets
            self.ntmp += 1
            m = f"m{self.ntmp}"
            lines.append(f"{m} = ~{v} if {v} < 0 else {v}")
            branches = [
                (f"{m} <= 127", 8, 0, f"(({v} < 0) << {8 + tail}) | " + (f"({m}{t})" if tail else m)),
                (
                    f"{m} <= 16383",
                    16,
                    0x8000,
                    f"(({v} < 0) << {16 + tail}) | (({m} & 127) << {8 + tail}) | ({m} >> 7{t})",
                ),
            ]
        else:
            branches = []
            for low, high, width, extra, expr in (
                (0, 127, 8, 0, f"({v}{t})" if tail else v),
                (128, 16383, 16, 0x8000, f"(({v} & 127) << {8 + tail}) | ({v} >> 7{t})"),
            ):
                low = low if s.lo is None else max(low, s.lo)
                high = high if s.hi is None else min(high, s.hi)
                if low <= high:
                    branches.append((f"{low} <= {v} <= {high}", width, extra, expr))
        if len(branches) > 1:  # pending values are used in every branch: evaluate them once
            for j, (expr, end) in enumerate(px):
                if not expr.isidentifier():
                    self.ntmp += 1
                    em.raw(ind, f"h{self.ntmp} = {expr}")
                    px[j] = (f"h{self.ntmp}", end)
            state = (state[0], state[1], px, state[3])
        for i, (cond, width, extra, expr) in enumerate(branches):
            em.restore(state)
            total = em.shift(width + sign + tail)
            terms = " | ".join([*em.terms(width + sign + tail, extra << tail), expr])
            lines.append(f"{'elif' if i else 'if'} {cond}:")
            lines.append(f"    a = (a << {total}) | {terms}")
        em.restore(state)
        total = em.shift(0)
        terms = " | ".join(em.terms())
        rest = f"(a << {total}) | {terms}" if terms else f"a << {total}" if pw or state[3] else "a"
        call = f"e_{s.kind}_in({rest}, {v}, {s.lo}, {s.hi})" if s.lo is not None or s.hi is not None else (
            f"e_{s.kind}({rest}, {v})"
        )
        slow = [f"a = {call}" + (f" << {tail}" if tail else "")]
        if branches:
            lines.append("else:")
            lines += [f"    {t}" for t in slow]
        else:
            lines += slow
        em.lines += [ind + t for t in lines]

    @staticmethod
    def enc_chain(st: list[State], states: set[int], lab: Label) -> tuple[int, int, int, int, int] | None:
        """A run of consecutive grammar states repeating ``lab`` with one code: (first, last, code,
        width, state after the last)."""
        preds: dict[int, set[int]] = {}
        for stt in st:
            for _, t in stt.productions:
                if t is not None and t != stt.index:
                    preds.setdefault(t, set()).add(stt.index)
        for k in sorted(states):
            found = find_chain(st, k, preds)
            if found is None or found[0] != lab or found[2] is None:
                continue
            _, run, t_end = found
            if t_end is None or run != list(range(run[0], run[0] + len(run))):
                continue
            code = st[run[0]].code_of(lab)
            assert code is not None
            return run[0], run[-1], code, st[run[0]].width, t_end
        return None

    def empty_text(self, em: _Emitter, g: Grammar, states: set[int], v: str, ind: str, runtime: bool) -> None:
        """Empty simple content has no CH: the element ends with a second-level EE (§8.5.4.4.1)."""
        entries = {}
        for k in sorted(states):
            stt = g.states[k]
            second = stt.second_level(g.attributes)
            w2 = (len(second) - 1).bit_length()
            entries[k] = (len(stt.productions) << w2, stt.width + w2)
        em.flush(ind)
        em.lines.append(f"{ind}if not {v}:")
        if len(states) == 1 and not runtime:
            bits, width = entries[next(iter(states))]
            em.lines.append(f"{ind}    return (a << {width}) | {bits}")
        else:
            t = self.tab("{" + ", ".join(f"{k}: {e}" for k, e in entries.items()) + "}")
            em.lines.append(f"{ind}    b, w = {t}[s]")
            em.lines.append(f"{ind}    a = (a << w) | b")
            em.lines.append(f"{ind}    return a")

    def enc_member(self, em: _Emitter, m: ElementDecl, v: str, ind: str) -> None:
        if isinstance(m.type, Simple) and is_generic(m.type):
            em.line(ind, f"a = _e_sel_any(a, {self.s_table(m.type, m.qname)}, {v})")
        elif isinstance(m.type, Simple) and m.type.kind in ("string", "hex", "b64"):
            self.enc_value(
                em, m.type, v, ind, m.qname, "e_sel_str" if m.type.kind == "string" else "e_sel_bin"
            )
        elif isinstance(m.type, Simple) and m.type.kind in ("uint", "int"):
            em.const(0, 1)  # CH
            self.enc_integer(em, m.type, v, ind, 1)  # and EE
        elif isinstance(m.type, Simple):
            em.const(0, 1)  # CH, the only declared production of the first state (1 bit)
            self.enc_value(em, m.type, v, ind, m.qname)
            em.const(0, 1)  # EE
        elif not (self.hot and self.enc_inline_chain(em, m.type, v, ind)):
            if not self.hot:  # a dry run: enumerations are registered in the same order
                self.enc_inline_chain(_Emitter(), m.type, v, ind)
            em.line(ind, f"a = {self.fn(self.reg.klass(m.type), 'e')}({v}, a)")

    def has_subclasses(self, info: ClassInfo) -> bool:
        return any(c.base is info for c in self.reg.order)

    def enc_inline_chain(self, em: _Emitter, ct: ComplexType, v: str, ind: str) -> bool:
        """Inline a type whose grammar is one path (RationalNumber): constant codes merge."""
        if self.has_subclasses(self.reg.klass(ct)):
            return False
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
        self.ntmp += 1
        u = f"u{self.ntmp}"
        em.raw(ind, f"{u} = {v}")
        if not wrapper_proof(fields):
            em.raw(ind, f"if {u}.__class__ is not {self.cref(self.reg.klass(ct))}:")
            em.raw(ind, "    raise _Invalid")
        k: int | None = 0
        while k is not None:
            ((lab, tgt),) = g.states[k].productions
            em.const(0, g.states[k].width)
            if lab[0] != "EE":
                i, mem = by_label[lab]
                f = fields[i]
                if lab[0] == "AT":
                    assert f.simple is not None
                    self.enc_value(em, f.simple, f"{u}.{f.attr}", ind, f.qname)
                else:
                    assert mem is not None
                    self.enc_member(em, mem, f"{u}.{f.attr}", ind)
            k = tgt
        return True

    def member_encoder(self, m: ElementDecl) -> str:
        """A callable name ``f(v, a) -> a`` encoding the content of member element ``m``."""
        if isinstance(m.type, Simple):
            key = (m.qname, id(m))
            name = self.member_encoders.get(key, "")
            if name:
                return name
            name = f"_em{len(self.member_encoders)}_{m.qname[1]}"
            self.member_encoders[key] = name
            em = _Emitter()
            em.lines.append(f"def {name}(v: Any, a: int) -> int:")
            hot, self.hot = self.hot, True  # shared by hot and other types
            self.enc_member(em, m, "v", "    ")
            self.hot = hot
            em.flush("    ")
            em.lines.append("    return a")
            self.tables.append("\n".join(em.lines))
            return name
        return self.fn(self.reg.klass(m.type), "e")

    def gen_encoder(self, info: ClassInfo, ct: ComplexType) -> list[str]:
        g = self.grammar(ct)
        st = g.states
        em = _Emitter()
        em.lines.append(f"def {self.fn(info, 'e')}(o: Any, a: int) -> int:")
        ind = "    "
        if self.has_subclasses(info) or not wrapper_proof(flatten(ct)):
            # an instance of a derived class is cast with xsi:type (and a wrapper carries deviations):
            # the generic path writes it
            em.lines.append(f"{ind}if o.__class__ is not {self.cref(info)}:")
            em.lines.append(f"{ind}    raise _Invalid")
        cur: set[int] = {0}
        s_valid = False

        def step(states: set[int], labs: list[tuple[Label, ElementDecl | None]]) -> set[int]:
            nxt = set()
            for k in states:
                for lab, _ in labs:
                    for pl, tgt in st[k].productions:
                        if pl == lab and tgt is not None:
                            nxt.add(tgt)
            return nxt

        def emit_event(
            states: set[int], f: FieldSpec, v: str, ind: str, runtime: bool
        ) -> tuple[set[int], bool]:
            labs = self.labels_of(f)
            nxt = step(states, labs)
            if f.kind == "text" and f.simple is not None and f.simple.kind in SEL:
                self.empty_text(em, g, states, v, ind, runtime)

            if len(states) == 1 and not runtime:
                (k,) = states
                if len(labs) == 1:
                    lab, m = labs[0]
                    c = st[k].code_of(lab)
                    if c is None:
                        em.line(ind, "raise _Invalid")
                        return nxt, False
                    em.const(c, st[k].width)
                    if f.kind in ("attr", "text"):
                        assert f.simple is not None
                        self.enc_value(em, f.simple, v, ind, f.qname)
                    elif f.kind == "any":
                        em.line(ind, f"a = _enc_any({v}, a, _MOD)")
                    else:
                        assert m is not None
                        self.enc_member(em, m, v, ind)
                    return nxt, False
                entries = []
                for lab, m in labs:
                    c = st[k].code_of(lab)
                    assert m is not None
                    if c is None or isinstance(m.type, Simple):
                        continue
                    entries.append(f"{self.cref(self.reg.klass(m.type))}: ({c}, {self.member_encoder(m)})")
                t = self.tab("{" + ", ".join(entries) + "}")
                em.line(ind, f"c, fn = {t}[type({v})]")
                em.line(ind, f"a = fn({v}, (a << {st[k].width}) | c)")
                return nxt, False
            # runtime state
            if len(labs) == 1:
                lab, m = labs[0]
                run = self.enc_chain(st, states, lab)
                entries = []
                for k in sorted(states | nxt):
                    c = st[k].code_of(lab)
                    if c is not None and not (run and run[0] <= k <= run[1]):
                        entries.append(f"{k}: ({c}, {st[k].width}, {dict(st[k].productions)[lab]})")
                t = self.tab("{" + ", ".join(entries) + "}")
                if run:
                    # bounded repetition (§8.5.4.1.5): consecutive states with the same code
                    k0, k1, code, width, t_end = run
                    em.line(ind, f"if {k0} <= s <= {k1}:")
                    em.lines.append(f"{ind}    a = (a << {width}) | {code}")
                    em.lines.append(f"{ind}    s = s + 1 if s < {k1} else {t_end}")
                    em.lines.append(f"{ind}else:")
                    em.lines.append(f"{ind}    c, w, s = {t}[s]")
                    em.lines.append(f"{ind}    a = (a << w) | c")
                else:
                    em.runtime_code(ind, f"c, w, s = {t}[s]")
                if f.kind in ("attr", "text"):
                    assert f.simple is not None
                    self.enc_value(em, f.simple, v, ind, f.qname)
                elif f.kind == "any":
                    em.line(ind, f"a = _enc_any({v}, a, _MOD)")
                else:
                    assert m is not None
                    self.enc_member(em, m, v, ind)
                return nxt, True
            entries = []
            for k in sorted(states | nxt):
                for lab, m in labs:
                    c = st[k].code_of(lab)
                    assert m is not None
                    if c is None or isinstance(m.type, Simple):
                        continue
                    tgt = dict(st[k].productions)[lab]
                    entries.append(
                        f"({k}, {self.cref(self.reg.klass(m.type))}): ({c}, {st[k].width}, {tgt}, "
                        f"{self.member_encoder(m)})"
                    )
            t = self.tab("{" + ", ".join(entries) + "}")
            em.line(ind, f"c, w, s, fn = {t}[(s, type({v}))]")
            em.line(ind, "a = fn(" + v + ", (a << w) | c)")
            return nxt, True

        for i, f in enumerate(flatten(ct)):
            v = f"o.{f.attr}"
            if f.max == 1 and f.min >= 1:
                cur, rt = emit_event(cur, f, v, ind, s_valid and len(cur) > 1)
                s_valid = rt
                continue
            if f.max == 1:
                after_in = step(cur, self.labels_of(f))
                union = cur | after_in
                need = len(union) > 1
                if need and not s_valid:
                    (k,) = cur
                    em.raw(ind, f"s = {k}")
                    s_valid = True
                em.raw(ind, f"v{i} = {v}")
                em.line(ind, f"if v{i} is not None:")
                inner, rt = emit_event(cur, f, f"v{i}", ind + "    ", s_valid and len(cur) > 1)
                if need and not rt:
                    (k2,) = inner
                    em.raw(ind + "    ", f"s = {k2}")
                em.flush(ind + "    ")
                cur = union
                s_valid = need
                continue
            # repeated field: runtime state
            if not s_valid:
                (k,) = cur
                em.line(ind, f"s = {k}")
            em.line(ind, f"for v in {v}:")
            em.raw(ind, "    if a.bit_length() > 4096:")
            em.raw(ind, "        a = _spill(a)")
            # closure of reachable states under this field's labels
            reach = set(cur)
            frontier = set(cur)
            while frontier:
                frontier = step(frontier, self.labels_of(f)) - reach
                reach |= frontier
            emit_event(reach, f, "v", ind + "    ", True)
            em.flush(ind + "    ")
            cur = reach
            s_valid = True
        # EE
        if len(cur) == 1 and not s_valid:
            (k,) = cur
            c = st[k].code_of(("EE",))
            if c is None:
                em.line(ind, "raise _Invalid")
            else:
                em.const(c, st[k].width)
        else:
            values: dict[int, tuple[int, int]] = {}
            for k in sorted(cur):
                c = st[k].code_of(("EE",))
                if c is not None:
                    values[k] = (c, st[k].width)
            k0, k1 = _longest_run(values)
            t = self.tab("{" + ", ".join(f"{k}: {v}" for k, v in values.items() if not k0 <= k <= k1) + "}")
            if k1 - k0 >= 8:  # a bounded repetition's states: one range test instead of a big table
                em.line(ind, f"if {k0} <= s <= {k1}:")
                em.lines.append(f"{ind}    a = (a << {values[k0][1]}) | {values[k0][0]}")
                em.lines.append(f"{ind}else:")
                em.lines.append(f"{ind}    c, w = {t}[s]")
                em.lines.append(f"{ind}    a = (a << w) | c")
            else:
                em.line(ind, f"c, w = {t}[s]")
                em.line(ind, "a = (a << w) | c")
        em.flush(ind)
        em.lines.append(f"{ind}return a")
        return em.lines


def _longest_run(values: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """The longest range of consecutive states with equal values (k0 > k1 when there is none)."""
    best = (1, 0)
    keys = sorted(values)
    i = 0
    while i < len(keys):
        j = i
        while j + 1 < len(keys) and keys[j + 1] == keys[j] + 1 and values[keys[j + 1]] == values[keys[i]]:
            j += 1
        if j - i > best[1] - best[0]:
            best = (keys[i], keys[j])
        i = j + 1
    return best if best[1] - best[0] >= 8 else (1, 0)
