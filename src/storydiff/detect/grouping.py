"""Stories: groups of texts that are copies or versions of each other.

Linking every verified pair and taking connected components would merge unrelated
stories that share a boilerplate block (three New York Times articles carrying the
same coronavirus FAQ box, 32-43% of the shorter text). So:

1. Texts that are plainly one story are found first (``kin``): the link rule
   (``_joins``, ``docs/stories.md``) on what each pair shares, with only a site's
   boilerplate left out (``boilerplate.site_common``: body text one host carries on three
   pages, as a block). Kin texts count as one story when boilerplate is counted.
2. Then, in rounds until nothing changes, two stories merge when some pair of their
   texts passes the link rule on *private body* evidence. The shared shingles are
   read in the smaller text's order and grouped in runs (gaps of up to ``run_gap``
   shingles, what one changed word breaks); a run whose shingles mostly occur in
   three or more stories is boilerplate, all of it (a FAQ box differs a little from
   article to article, so its edges are shared by two texts only); of the rest, the
   shingles in at most two stories, not a site's boilerplate, that stand on a prose
   line in both texts (not a list, markup or a table: ``text.layout``) are the
   evidence, as a share of the smaller text's own body. Versions that grow still
   link: each round merges what is private to a pair, which makes what they share
   with the next version private in turn. Clustering a component again after new
   texts arrived heals it: a block that now occurs on a site's third page, or in a
   third story, stops counting, and stories joined only through it come apart.
3. A round-up, a text quoting a passage of one story and another passage of another
   story that share no text and do not agree, would bridge them: before each round
   such texts are found (``_bridges``: the passages they share with the two stories
   are single blocks that barely overlap) and join nothing through weak links.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from itertools import combinations

import numpy as np
import numpy.typing as npt

from storydiff.config import BODY_FLOOR, GroupingConfig, LinkConfig
from storydiff.detect.agreement import Tokens, judge
from storydiff.detect.boilerplate import StoryCounts, UnionFind, member, one_site_at, site_common
from storydiff.detect.fingerprints import Fingerprints
from storydiff.detect.link import Flags, Pair, link_texts, prose
from storydiff.text.arrays import distinct

Agree = Callable[[int, int], bool]
"""Whether two texts (by index) agree outside the passages they share."""

__all__ = ["Agree", "GroupingConfig", "Texts", "agreement", "group_stories", "stories_of_texts"]


class Texts:
    """What clustering reads of the texts of one component, by index: shingles in
    order, their chrome flags, and the prose and full sorted sets."""

    def __init__(self, ordered: list[Fingerprints], chrome: list[Flags] | None = None) -> None:
        self.ordered = ordered
        self.chrome = chrome or [np.zeros(len(s), np.bool_) for s in ordered]
        self.shingles = [distinct(s) for s in ordered]
        self.prose = [prose(s, c) for s, c in zip(ordered, self.chrome, strict=True)]


class _Shared:
    """What text ``x`` shares with text ``y``, fixed while clustering: the positions in
    x's reading order of the shingles y holds, whether each is body text (on a prose
    line in both), and the run each belongs to (``run_gap``)."""

    def __init__(self, texts: Texts, x: int, y: int, config: GroupingConfig) -> None:
        seq = texts.ordered[x]
        self.x = x
        self.prose = texts.prose[x]
        self.length = len(seq)
        self.size = len(self.prose)  # the article body: chrome lines left out
        self.floor = int(BODY_FLOOR * len(texts.shingles[x]))
        self.at = np.flatnonzero(member(seq, texts.shingles[y]))
        self.values = seq[self.at]
        self.body = ~texts.chrome[x][self.at] & member(self.values, texts.prose[y])
        self.run = np.zeros(len(self.at), np.int64)
        if len(self.at) > 1:
            np.cumsum(np.diff(self.at) > config.run_gap, out=self.run[1:])
        self.repeats = len(texts.shingles[x]) < len(seq)
        """Whether some shingle occurs twice in x (then counts need ``np.unique``)."""
        self.most = self._distinct(self.body) / max(self.size, self.floor, 1)
        """The share of x's body it shares with y (boilerplate not left out)."""

    def _distinct(self, mask: npt.NDArray[np.bool_]) -> int:
        """How many distinct shingles the shared positions in ``mask`` hold."""
        return len(distinct(self.values[mask])) if self.repeats else int(mask.sum())

    def evidence(self, stories_of: StoryCounts, config: GroupingConfig) -> npt.NDArray[np.bool_]:
        """Private body evidence, per shared position: body text in at most two
        stories, in a run not mostly made of shingles three or more stories hold, and
        not a site's boilerplate."""
        if not len(self.at):
            return self.body
        common = stories_of.of(self.values) >= 3
        site = stories_of.site(self.values)
        # A site's boilerplate is a run of its own: the article's text next to it on
        # the page stays evidence.
        run = self.run
        if site.any():
            run = np.cumsum(np.concatenate(([0], (np.diff(run) > 0) | (site[1:] != site[:-1]))))
        runs = int(run[-1]) + 1
        share = np.bincount(run, common, runs) / np.bincount(run, minlength=runs)
        out: npt.NDArray[np.bool_] = self.body & ~common & (share[run] < config.common_run)
        return out & ~site

    def share(self, stories_of: StoryCounts, config: GroupingConfig) -> tuple[float, int]:
        """Share of x that is private body evidence of sharing text with y, and in how
        many separate passages of x it lies."""
        if not self.size:
            return 0.0, 0
        found = self.evidence(stories_of, config)
        shared = self._distinct(found)  # a repeated shingle counts once
        # Of the text's own body: what three stories or its site carry is not its own.
        own = stories_of.own(self.x, self.prose, self.floor)
        return (shared / own if own else 0.0), len(distinct(self.run[found]))

    def spread(self) -> int:
        """The passages of x holding its body text in common with y."""
        return len(distinct(self.run[self.body]))

    def mask(self, stories_of: StoryCounts, config: GroupingConfig) -> npt.NDArray[np.bool_]:
        """The evidence as a mask over x's shingles in reading order."""
        out = np.zeros(self.length, np.bool_)
        out[self.at[self.evidence(stories_of, config)]] = True
        return out


class _SharedCache(dict[tuple[int, int], _Shared]):
    def __init__(self, texts: Texts, config: GroupingConfig) -> None:
        super().__init__()
        self.texts, self.config = texts, config

    def __missing__(self, key: tuple[int, int]) -> _Shared:
        self[key] = value = _Shared(self.texts, key[0], key[1], self.config)
        return value


def _bridges(
    pairs: list[Pair], shared: _SharedCache, uf: UnionFind, config: GroupingConfig,
    stories_of: StoryCounts, agree: Agree,
) -> set[int]:  # fmt: skip
    """Round-ups: texts that share one passage with a story and another passage with
    another story, where the two stories share no text with each other and their
    texts do not agree either (a chain of versions, each keeping only part of the
    one before, tells one story in the same names). Passages are private shingles
    (in fewer than three stories: boilerplate does not count), each at least
    ``min_containment`` of the text and under half of it, and each one block of the
    text (a version shares text in many places between its edits). Such a text joins
    neither through a weak link (it may still join its own copies)."""
    weak: dict[int, list[int]] = defaultdict(list)
    touching: set[tuple[int, int]] = set()
    for p in pairs:
        ra, rb = uf.find(p.a), uf.find(p.b)
        touching |= {(ra, rb), (rb, ra)}
        if p.evidence < config.copy_containment:
            # A quoted passage is one block: text shared in many places is a version.
            if shared[p.a, p.b].spread() < config.spread_runs:
                weak[p.a].append(p.b)
            if shared[p.b, p.a].spread() < config.spread_runs:
                weak[p.b].append(p.a)
    out: set[int] = set()
    for x, partners in weak.items():
        mine = uf.find(x)
        length = len(shared.texts.ordered[x])
        regions: dict[int, npt.NDArray[np.bool_]] = {}
        partner: dict[int, int] = {}
        for y in partners:
            story = uf.find(y)
            if story != mine and shared[x, y].most >= config.min_containment:
                found = shared[x, y].mask(stories_of, config)
                regions[story] = regions[story] | found if story in regions else found
                partner.setdefault(story, y)
        for s1, s2 in combinations(sorted(regions), 2):
            if (s1, s2) in touching or agree(partner[s1], partner[s2]):
                continue  # the two stories share text themselves, or tell one story
            a, b = regions[s1], regions[s2]
            sizes = (int(a.sum()), int(b.sum()))
            smaller = min(sizes)
            # Each a passage of it (a version shares most of itself), barely overlapping.
            if (
                smaller >= config.min_containment * length
                and max(sizes) < length / 2
                and int((a & b).sum()) < smaller / 2
            ):
                out.add(x)
                break
    return out


def _joins(
    share: float, spread: int, config: GroupingConfig, p: Pair, agree: Agree, same: Agree
) -> bool:
    """The link rule (``GroupingConfig``): ``share`` of the smaller text is shared body
    evidence, in ``spread`` separate passages of it; ``same``: seen at one URL."""
    if share >= config.copy_containment:
        return True
    if share >= config.min_containment and same(p.a, p.b):
        return True
    if share >= config.strong_share and spread >= config.spread_runs:
        return True
    return share >= config.min_containment and agree(p.a, p.b)


def group_stories(
    n: int, pairs: list[Pair], texts: Texts, config: GroupingConfig | None = None,
    agree: Agree | None = None, pages: list[list[str]] | None = None,
) -> list[list[int]]:  # fmt: skip
    """Stories as sorted lists of text indices, ordered by their first text. ``agree``
    judges the rest of two texts whose private body evidence is weak (between
    ``min_containment`` and ``strong_share``); without it such pairs never join.
    ``pages``: the URLs each text was seen at, to learn each site's boilerplate."""
    config = config or GroupingConfig()
    uf = UnionFind(n)
    judged: dict[tuple[int, int], bool] = {}

    def agreeing(a: int, b: int) -> bool:
        if agree is None:
            return False
        key = (min(a, b), max(a, b))
        if key not in judged:
            judged[key] = agree(*key)
        return judged[key]

    # ``kin``: the texts counted as one story when counting the stories a shingle
    # occurs in: the joined ones, and pairs sharing body text whose rests agree
    # (versions that are not near-copies: a story's third and fourth version would
    # otherwise make what they keep of the first look like boilerplate).
    kin = UnionFind(n)

    def smaller(p: Pair) -> tuple[int, int]:
        if len(texts.prose[p.a]) > len(texts.prose[p.b]):
            return p.b, p.a
        return p.a, p.b

    pages = pages or [[] for _ in range(n)]
    at = [set(seen) for seen in pages]

    def same_page(a: int, b: int) -> bool:
        return bool(at[a] & at[b])

    # Plain versions, on what they share alone: near-copies, text shared in many
    # passages, one URL. A site's boilerplate is what several of them do not explain.
    shared = _SharedCache(texts, config)
    sites = np.zeros(0, np.uint64)
    if one_site_at(pages, config.site_pages):
        versions = UnionFind(n)
        for p in pairs:
            share, spread = shared[smaller(p)].most, shared[smaller(p)].spread()
            if _joins(share, spread, config, p, lambda a, b: False, same_page):
                versions.union(p.a, p.b)
        sites = site_common(texts, pages, config, versions)

    site_only = StoryCounts([], texts.prose, kin, sites)
    for p in pairs:
        found = shared[smaller(p)].share(site_only, config)
        if _joins(*found, config, p, agreeing, same_page):
            kin.union(p.a, p.b)
    involved = sorted({p.a for p in pairs} | {p.b for p in pairs})
    for _ in range(config.max_rounds):
        # Per shingle, the stories holding it as body text (a lede quoted in another
        # page's teaser list does not make it boilerplate).
        stories_of = StoryCounts(involved, texts.prose, kin, sites)
        merged = False
        bridges = _bridges(pairs, shared, uf, config, stories_of, agreeing)
        for p in pairs:
            if uf.find(p.a) == uf.find(p.b) or p.a in bridges or p.b in bridges:
                continue
            share, spread = shared[smaller(p)].share(stories_of, config)
            if _joins(share, spread, config, p, agreeing, same_page):
                merged |= uf.union(p.a, p.b)
                kin.union(p.a, p.b)
        if not merged:
            break
    groups: dict[int, list[int]] = defaultdict(list)
    for doc in range(n):
        groups[uf.find(doc)].append(doc)
    return sorted(groups.values(), key=lambda g: g[0])


def agreement(texts: list[str], config: GroupingConfig | None = None) -> Agree:
    """``agree`` for texts given as strings: their rests agree at ``rest_tokens``,
    tokens weighed by the other texts of the list (``detect.agreement``)."""
    config = config or GroupingConfig()

    def tokens(keys: list[int]) -> dict[int, Tokens]:
        return {i: Tokens(texts[i]) for i in keys}

    return judge(tokens, range(len(texts)), config.rest_tokens)


def stories_of_texts(
    texts: list[str], link: LinkConfig | None = None, config: GroupingConfig | None = None
) -> list[list[int]]:
    """The stories of a list of texts, by position: ``link_texts`` and ``cluster`` with
    the texts' chrome and their agreement, as a store groups them.

    Examples:
        >>> lede = ("The ferry to Marlow Bay ran aground on Saturday morning in a storm "
        ...         "that closed the harbour, and coastguard crews worked through the night "
        ...         "to reach it ")
        >>> stories_of_texts([lede + "with 40 aboard.", lede + "with 41 people aboard.", "Hi."])
        [[0, 1], [2]]
    """
    analysed, pairs = link_texts(texts, link)
    found = Texts(analysed.ordered, analysed.chrome)
    return group_stories(len(texts), pairs, found, config, agreement(texts, config))
