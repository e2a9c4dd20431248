"""EXI 1.0 schema-informed element grammars (§8.5.4) built from the IR of :mod:`.schema`.

Proto-grammars come from particles (§8.5.4.1) as an epsilon automaton; normalization (§8.5.4.2) is the
subset construction that removes epsilon productions and merges productions with the same terminal.
Event codes follow §8.5.4.3: AT(qname) sorted by local name then URI, AT(*), SE(qname) in particle
order (substitution group members sorted by local name then URI, §8.5.4.1.6), SE(uri:*), SE(*), EE,
CH. With strict=false every state also has second-level productions (§8.5.4.4.1), so the first level
of a state with n declared productions takes ceil(log2(n+1)) bits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from v2gstack.exi.compiler.schema import ComplexType, ElementDecl, Particle, QName, Simple

# Terminal labels (hashable):
#   ("AT", ns, local)            attribute
#   ("SE", ns, local, pid)       element particle `pid` matched by element ns:local
#   ("W", pid)                   wildcard particle -> SE(*)
#   ("WN", uri, pid)             wildcard particle with a namespace list -> SE(uri:*)
#   ("AW",)                      attribute wildcard -> AT(*)
#   ("AN", uri)                  attribute wildcard with a namespace list -> AT(uri:*)
#   ("EE",)                      end element
#   ("CH",)                      characters (simple content, mixed content)
Label = tuple[object, ...]


@dataclass
class State:
    """A normalized grammar non-terminal with its first-level productions in event code order."""

    index: int
    productions: list[tuple[Label, int | None]]  # (terminal, next state; None for EE)
    start_tag: bool  # reached from the first state through AT events only (§8.5.4.4.1)
    first_state: bool

    @property
    def width(self) -> int:
        """Bits of the first-level event code (n declared productions + 1 escape)."""
        return len(self.productions).bit_length()

    def code_of(self, label: Label) -> int | None:
        for i, (lab, _) in enumerate(self.productions):
            if lab == label:
                return i
        return None

    def has_ee(self) -> bool:
        return any(lab == ("EE",) for lab, _ in self.productions)

    def second_level(self, attributes: list[QName]) -> list[str]:
        """Undeclared productions of this state in second-level event code order (§8.5.4.4.1), as
        EXIficient numbers them: [EE], then in a start tag [AT(xsi:type), AT(xsi:nil) in the first
        state], AT(*), one AT [untyped value] entry (its attribute is a third-level code), then SE(*),
        CH. ``attributes`` is unused (kept for callers)."""
        out: list[str] = []
        if not self.has_ee():
            out.append("EE")
        if self.start_tag:
            if self.first_state:
                out += ["AT(xsi:type)", "AT(xsi:nil)"]
            out += ["AT(*)", "AT-untyped"]
        out += ["SE(*)", "CH"]
        return out


@dataclass
class Grammar:
    """The element grammar of one type: states[0] is the start state."""

    states: list[State]
    attributes: list[QName] = field(default_factory=list)
    #: The state where the content model starts (after the attributes): its element-content copy is
    #: EXIficient's "content2", entered by undeclared SE(*) / CH in a start tag (§8.5.4.4.1).
    content: int = 0
    mixed: bool = False


class _NFA:
    def __init__(self) -> None:
        self.eps: list[list[int]] = []
        self.edges: list[list[tuple[Label, int]]] = []

    def node(self) -> int:
        self.eps.append([])
        self.edges.append([])
        return len(self.eps) - 1

    def closure(self, nodes: frozenset[int]) -> frozenset[int]:
        todo = list(nodes)
        seen = set(nodes)
        while todo:
            n = todo.pop()
            for m in self.eps[n]:
                if m not in seen:
                    seen.add(m)
                    todo.append(m)
        return frozenset(seen)


def members(decl: ElementDecl) -> list[ElementDecl]:
    """Element declarations an element particle accepts, sorted by local name then URI (§8.5.4.1.6)."""
    out = [decl, *decl.substitutes]  # abstract heads keep their production (EXIficient, cbV2G)
    out.sort(key=lambda d: (d.qname[1], d.qname[0]))
    return out


def _particle(nfa: _NFA, p: Particle, start: int, end: int) -> None:
    """Add particle `p` with its occurrence range between `start` and `end` (§8.5.4.1.5)."""
    cur = start
    for _ in range(p.min):
        nxt = nfa.node()
        _term(nfa, p, cur, nxt)
        cur = nxt
    if p.max is None:
        loop = nfa.node()
        nfa.eps[cur].append(loop)
        after = nfa.node()
        _term(nfa, p, loop, after)
        nfa.eps[after].append(loop)
        nfa.eps[loop].append(end)
        return
    for _ in range(p.max - p.min):
        nxt = nfa.node()
        _term(nfa, p, cur, nxt)
        nfa.eps[cur].append(end)
        cur = nxt
    nfa.eps[cur].append(end)


def _term(nfa: _NFA, p: Particle, start: int, end: int) -> None:
    if p.kind == "element":
        assert p.element is not None
        for m in members(p.element):
            nfa.edges[start].append((("SE", m.qname[0], m.qname[1], p.pid), end))
    elif p.kind == "any" and p.wildcard_ns is not None:
        for uri in p.wildcard_ns:
            nfa.edges[start].append((("WN", uri, p.pid), end))
    elif p.kind == "any":
        nfa.edges[start].append((("W", p.pid), end))
    elif p.kind == "sequence":
        cur = start
        for c in p.children:
            nxt = nfa.node()
            _particle(nfa, c, cur, nxt)
            cur = nxt
        nfa.eps[cur].append(end)
    elif p.kind == "choice":
        for c in p.children:
            _particle(nfa, c, start, end)
    else:  # pragma: no cover - the reader produces no other kinds
        raise ValueError(p.kind)


def _sort_key(label: Label, order: dict[Label, tuple[int, ...]]) -> tuple[object, ...]:
    kind = label[0]
    if kind == "AT":
        return (0, label[2], label[1])
    if kind == "AN":
        return (1, label[1])
    if kind == "AW":
        return (2,)
    if kind == "SE":
        return (3, *order[label])
    if kind == "WN":  # SE(uri:*): after every SE(qname), in schema order (EXIficient)
        return (4, *order[label])
    if kind == "W":
        return (5, label[1])
    if kind == "EE":
        return (7,)
    return (8,)


def build_grammar(ct: ComplexType | None, simple: Simple | None = None) -> Grammar:
    """Normalized grammar with event codes for a complex type, or for an element of simple type."""
    nfa = _NFA()
    start = nfa.node()
    cur = start
    attributes: list[QName] = []
    order: dict[Label, tuple[int, ...]] = {}
    wild: list[Label] = []
    if ct is not None and ct.any_attribute:  # §8.5.4.1.3.2: in every attribute use grammar
        ns = ct.any_attribute_ns
        wild = [("AW",)] if ns is None else [("AN", uri) for uri in ns]
    if ct is not None:
        for a in ct.attributes:
            nxt = nfa.node()
            for lab in wild:
                nfa.edges[cur].append((lab, cur))
            nfa.edges[cur].append((("AT", a.qname[0], a.qname[1]), nxt))
            if not a.required:
                nfa.eps[cur].append(nxt)
            attributes.append(a.qname)
            cur = nxt
    for lab in wild:
        nfa.edges[cur].append((lab, cur))
    content_start = cur
    accept = nfa.node()
    if ct is None or ct.simple_content is not None:
        nxt = nfa.node()
        nfa.edges[cur].append((("CH",), nxt))
        nfa.eps[nxt].append(accept)
    elif ct.particle is not None:
        _particle(nfa, ct.particle, cur, accept)
        _collect_order(ct.particle, order)
    else:
        nfa.eps[cur].append(accept)
    mixed = ct is not None and ct.mixed and ct.particle is not None

    # subset construction (normalization, §8.5.4.2)
    first = nfa.closure(frozenset([start]))
    index: dict[frozenset[int], int] = {first: 0}
    sets = [first]
    raw: list[list[tuple[Label, int | None]]] = []
    start_tag = [True]
    i = 0
    while i < len(sets):
        cur_set = sets[i]
        targets: dict[Label, set[int]] = {}
        for n in sorted(cur_set):
            for lab, m in nfa.edges[n]:
                targets.setdefault(lab, set()).add(m)
        prods: list[tuple[Label, int | None]] = []
        for lab in sorted(targets, key=lambda lb: _sort_key(lb, order)):
            tgt = nfa.closure(frozenset(targets[lab]))
            if lab[0] in ("AW", "AN"):
                tgt = cur_set  # AT(*) / AT(uri:*) stay in the same attribute state
            if tgt not in index:
                index[tgt] = len(sets)
                sets.append(tgt)
                start_tag.append(start_tag[i] and lab[0] == "AT")
            prods.append((lab, index[tgt]))
        if accept in cur_set:
            prods.append((("EE",), None))
        if mixed and content_start is not None and not (start_tag[i] and content_start not in cur_set):
            prods.append((("CH",), i))
        prods.sort(key=lambda pr: _sort_key(pr[0], order))
        raw.append(prods)
        i += 1
    states = [State(k, raw[k], start_tag[k], k == 0) for k in range(len(raw))]
    content = index.get(nfa.closure(frozenset([content_start])), 0)
    return Grammar(states, attributes, content, mixed)


def _collect_order(p: Particle, order: dict[Label, tuple[int, ...]]) -> None:
    if p.kind == "element":
        assert p.element is not None
        for k, m in enumerate(members(p.element)):
            order[("SE", m.qname[0], m.qname[1], p.pid)] = (p.pid, k)
    if p.kind == "any" and p.wildcard_ns is not None:
        for k, uri in enumerate(p.wildcard_ns):
            order[("WN", uri, p.pid)] = (p.pid, k)
    for c in p.children:
        _collect_order(c, order)


def document_elements(globals_: list[ElementDecl]) -> list[ElementDecl]:
    """Global elements in DocContent order: local name, then URI (EXI 1.0 §8.5.1)."""
    return sorted(globals_, key=lambda d: (d.qname[1], d.qname[0]))
