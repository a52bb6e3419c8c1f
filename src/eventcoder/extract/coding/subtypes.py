"""The sub-event type: the pack's rules (``_shared/rules.yaml``) read over a draft and its
sides. A pseudo label ("@attack", "@territory") becomes a sub-type by who did it to whom;
``combine``, ``toll_combine`` and ``casualty_turns`` refine the winner; an arrest counts
only where ``political_arrests`` says so. Nothing here changes its inputs."""

from __future__ import annotations

import re
from dataclasses import replace

from eventcoder.extract.coding.draft import Context, Draft, has_toll
from eventcoder.extract.coding.sides import Sides, display, resolve_anaphors
from eventcoder.extract.mentions import Mention
from eventcoder.extract.numbers import YEAR_DIGITS, find_numbers
from eventcoder.extract.spans import ActorSpan, find_cues, tokens_between
from eventcoder.langpacks import PSEUDO_PREFIX
from eventcoder.records import CROWD, STATE, SUB_EVENT_TO_TYPE, ActorKind, Inter, Modality

CIVILIAN_LIKE: frozenset[Inter] = frozenset({Inter.CIVILIANS})
# modalities of words that tell no deed of the event beside its reported ones
UNTOLD: frozenset[Modality] = frozenset({Modality.FEARED, Modality.DENIED,
                                         Modality.HYPOTHETICAL, Modality.HISTORICAL})

_SPACES = re.compile(r"\s*")
# What the pack's ``by_target`` and ``by_actor1`` tables mean when they leave out their codes
# (the shipped rules.yaml sets every one of them).
DEFAULT_CIVILIAN: frozenset[Inter] = frozenset({Inter.CIVILIANS})
DEFAULT_CLASH: frozenset[Inter] = frozenset({
    Inter.STATE_FORCES, Inter.REBEL_GROUPS, Inter.EXTERNAL_FORCES,
})
DEFAULT_TAKER: frozenset[Inter] = frozenset({Inter.STATE_FORCES})


def sub_event_type(ctx: Context, d: Draft, sides: Sides) -> str | None:
    """The draft's sub-event type: the heaviest mention's (the first among equals), resolved
    by the sides and refined by the pack's rules; None when no mention makes one."""
    rules, modifiers = ctx.rules, ctx.modifiers
    a1, _assoc1, a2, _assoc2 = sides
    scored: list[tuple[float, int, str]] = []
    repelled = {id(m) for m in d.mentions if lost_by_actor1(ctx, m, a1, d)}
    if len(repelled) == len(d.mentions):
        repelled = set()  # the territory word is all the event has: let it speak
    # a word the text tells as feared, planned, denied or past ("we will not allow the
    # destruction of property") types nothing that happened beside the words it reports
    untold = {id(m) for m in d.mentions if m.modality in UNTOLD}
    if any(id(m) not in repelled | untold for m in d.mentions):
        repelled |= untold
    for i, m in enumerate(d.mentions):
        if id(m) in repelled:
            continue
        label = m.label
        if label in modifiers:
            if not any(x.label not in modifiers for x in d.mentions):
                alone = (rules.get("modifier_alone") or {}).get(label)
                if alone:
                    scored.append((m.weight, -i, alone))
            continue
        resolved = resolve(ctx, label, a1, a2, d)
        if resolved:
            scored.append((m.weight, -i, resolved))
    if not scored:
        return None
    present = {m.label for m in d.mentions if id(m) not in repelled}
    best = max(scored)[2]
    crowd = rules.get("crowd_actor") or {}
    doers = [a for m in d.mentions for a in m.agents]
    protest_told = any(SUB_EVENT_TO_TYPE.get(label) == "Protests" for label in present)
    if a1 is not None and a1 in doers and crowd_doer(ctx, a1, best) and (
            best in (crowd.get("turns") or {})):
        # "supporters stormed and torched the governor's house": a crowd's attack that hits
        # no one the text names or counts is a violent demonstration, not mob violence
        unhurt = (crowd.get("turns_unhurt") or {}).get(best)
        hurt = a2 is not None or has_toll(d) or any(
            c.low for m in d.mentions for c in m.casualties)
        best = unhurt if unhurt and not hurt else crowd["turns"][best]
    elif a1 is not None and a1 in doers and a1.inter in (crowd.get("protester_inters") or []) and (
            best in (crowd.get("protester_turns") or {})):
        best = crowd["protester_turns"][best]  # demonstrators who torch tyres riot
    elif best in (crowd.get("crowd_sides_turns") or {}) and (a1 or a2) and all(
            a is None or a.inter in (crowd.get("inters") or []) for a in (a1, a2)) and (
            not protest_told):
        # crowds that fought each other rioted (a demonstration's clashes are combine's:
        # a violent demonstration)
        best = crowd["crowd_sides_turns"][best]
    elif a1 is not None and a1 in doers and a1.inter in (crowd.get("armed_inters") or []) and (
            best in (crowd.get("armed_turns") or {})) and not protest_told:
        best = crowd["armed_turns"][best]  # armed men who torch machines destroy property
    best = combine(ctx, best, present, a1, a2, d)
    if best != ARRESTS and ARRESTS in present and SUB_EVENT_TO_TYPE.get(best) == "Protests" and (
            not present & modifiers) and arrested_protesters(ctx, d):
        # the arrest of people told as protesters, not a protest of its own (tear gas
        # fired at them too tells the protest's dispersal: a protest with intervention)
        best = ARRESTS
    if has_toll(d):
        for rule in rules.get("toll_combine") or []:
            if rule["base"] == best and any(m.label == rule["with"] and not m.summary
                                            for m in d.mentions):
                best = rule["then"]  # not "after a series of explosions": other events
                break
        if hurt_beyond_forces(ctx, d):
            best = (rules.get("casualty_turns") or {}).get(best, best)
    return best


FORCES = frozenset({Inter.STATE_FORCES, Inter.EXTERNAL_FORCES})


def hurt_beyond_forces(ctx: Context, d: Draft) -> bool:
    """Does a toll of the event count anyone but the forces ("two officers were lightly
    hurt" is no excessive force against protesters; "two protesters were wounded" is)?"""
    tolls = [c for m in d.mentions for c in m.casualties] + list(d.extra_casualties)
    return any(c.low and not any(c.start <= a.start < c.end and a.inter in FORCES
                                 for s in ctx.scan.sentences if s.start <= c.start < s.end
                                 for a in s.actors) for c in tolls)


def crowd_doer(ctx: Context, a1: ActorSpan, sub: str) -> bool:
    """Whether the doer of a ``sub`` event is a crowd (rules.yaml ``crowd_actor``): rioters
    or protesters (``inters``), or, for the ``named_turns``, civilians a crowd noun of the
    pack names (``named_inters`` and the pack's ``crowd_doers``: "angry villagers beat two
    men", "local residents attacked"); one civilian, or civilians named by no such word,
    stays no crowd."""
    crowd = ctx.rules.get("crowd_actor") or {}
    if a1.inter in (crowd.get("inters") or []):
        return True
    if a1.inter not in (crowd.get("named_inters") or []) or (
            sub not in (crowd.get("named_turns") or [])):
        return False
    words = ctx.pack.discourse.get("crowd_doers") or []
    return bool(words) and bool(find_cues(words, ctx.scan.text, a1.start, a1.end))


def lost_by_actor1(ctx: Context, m: Mention, a1: ActorSpan | None, d: Draft) -> bool:
    """A territory word whose own target is the event's actor1 ("security forces drove
    the insurgents out" after "the Taliban attacked"): the attacker lost the ground, so
    the word tells a repelled attack, never a gain by actor1."""
    rules = ctx.rules
    if a1 is None or (rules.get("pseudo") or {}).get(m.label) != "by_actor1":
        return False
    if "state" not in ((rules.get("by_actor1") or {}).get(m.label) or {}):
        return False
    doers = resolve_anaphors(ctx, m.agents, d)
    return (
        any(t.key == a1.key for t in resolve_anaphors(ctx, m.targets, d))
        and bool(doers)
        and not any(a.key == a1.key for a in doers)
        and all((a.inter in STATE) != (a1.inter in STATE) for a in doers)
    )


ARRESTS = "Arrests"
RELATIVE_REACH = 8  # words from the arrested people to the clause that tells their protest


def arrested_protesters(ctx: Context, d: Draft) -> bool:
    """"Police arrested around 40 people who attempted to march to Parliament", "security
    forces arrested dozens who had gathered in Tahrir Square in solidarity with Gaza": a
    protest told in a relative clause on the people an arrest word took (the pack's
    ``relative_pronouns``) says whom they arrested; the arrest is the event, of protesters.
    Any protest word counts there, planned or attempted ones too."""
    pronouns = ctx.pack.grammar.get("relative_pronouns") or []
    if not pronouns:
        return False
    text = ctx.scan.text
    rel = re.compile(r"\b(?:" + "|".join(re.escape(str(p)) for p in pronouns) + r")\b",
                     re.IGNORECASE)
    protest = set((ctx.rules.get("arrested_crowd") or {}).get("labels") or [])
    for m in d.mentions:
        if m.label != ARRESTS:
            continue
        for t in m.sentence.triggers:
            if t.label not in protest or t.start < m.hit.end:
                continue
            found = rel.search(text, m.hit.end, t.start)
            if found is not None and tokens_between(text, m.hit.end, found.start()) <= (
                    RELATIVE_REACH) and not any(
                    x.label != t.label and m.hit.end <= x.start < t.start
                    for x in m.sentence.triggers):
                return True
    return False


def arrested_crowd(ctx: Context, a1: ActorSpan | None, a2: ActorSpan | None,
                   country: str | None) -> tuple[ActorSpan | None, ActorSpan | None]:
    """The sides of an arrest of protesters (rules.yaml ``arrested_crowd``): the crowd second
    where the text names no one else arrested, the arresting force as the rules rename it
    ("security forces arrested dozens who had gathered": the police)."""
    rule = ctx.rules.get("arrested_crowd") or {}
    key = rule.get("actor")
    if key and (a2 is None or a2.inter == Inter.CIVILIANS):
        spec = ctx.pack.actor(key)
        at = a1.end if a1 is not None else 0
        filler = ActorSpan(at, at, "", key=key, name=spec.name, inter=spec.inter,
                           kind=ActorKind(spec.kind), country=country)
        a2 = replace(filler, name_display=display(ctx, filler, country))
    force = (rule.get("arresting_force") or {}).get(a1.key) if a1 is not None else None
    if a1 is not None and force:
        spec = ctx.pack.actor(force)
        a1 = replace(a1, key=force, name=spec.name, inter=spec.inter, kind=ActorKind(spec.kind))
        a1 = replace(a1, name_display=display(ctx, a1, a1.country or country))
    return a1, a2


def combine(ctx: Context, best: str, present: set[str], a1: ActorSpan | None,
            a2: ActorSpan | None, d: Draft) -> str:
    """Apply the pack's refinements until none applies: a protest with tear gas is a
    protest with intervention, and one that also leaves protesters badly hurt is
    excessive force."""
    seen = {best}
    changed = True
    while changed:
        changed = False
        for rule in ctx.rules.get("combine") or []:
            wanted = set(rule.get("target_inters") or [])
            if wanted and not any(m.label == rule["with"] and any(
                    t.inter in wanted for t in m.targets) for m in d.mentions):
                continue
            doers = rule.get("actor1_inters")
            if doers and a1 is not None and a1.inter not in doers:
                continue
            unless = rule.get("unless") or []
            if set([unless] if isinstance(unless, str) else unless) & present:
                continue
            floor = rule.get("min_weight")
            if floor is not None and not any(
                    m.label == rule["with"] and m.weight >= floor for m in d.mentions):
                continue
            if rule["base"] == best and rule["with"] in present:
                then = resolve(ctx, rule["then"], a1, a2, d) or best
                if then not in seen:
                    seen.add(then)
                    best, changed = then, True
                break
    return best


def resolve(ctx: Context, label: str, a1: ActorSpan | None, a2: ActorSpan | None,
            d: Draft) -> str | None:
    """A pseudo label ("@attack", "@territory") as the sub-type its actors make it."""
    if not label.startswith(PSEUDO_PREFIX):
        return label
    how = (ctx.rules.get("pseudo") or {}).get(label)
    if how == "by_target":
        return by_target(ctx, a1, a2, d)
    if how == "by_actor1":
        table = (ctx.rules.get("by_actor1") or {}).get(label, {})
        if a1 is not None and table.get("by_loser") and lost_ground(ctx, label, a1, d):
            a1, a2 = None, a1  # "the rebels were pushed back from the town": the other side took it
        if a1 is None and a2 is None and "nobody" in table:
            return table["nobody"]
        if a1 is not None and a1.key in (table.get("not_takers") or []):
            return None
        if a1 is None and "none" in table:
            return table["none"]
        # with no taker named, the side that lost it tells who took it
        inters = set(table.get("state_inters") or DEFAULT_TAKER)
        state = a1.inter in inters if a1 is not None else (
            a2 is not None and a2.inter != Inter.STATE_FORCES)
        if a1 is not None and a1.inter in CROWD and "crowd" in table:
            return table["crowd"]
        return table.get("state" if state else "other")
    return how


def lost_ground(ctx: Context, label: str, a1: ActorSpan, d: Draft) -> bool:
    """Is actor1 the side a territory word says lost the ground ("the terrorists were pushed
    back from their strongholds", "drove the rebels out of the town"): the target of a
    mention of ``label`` and the doer of none?"""
    told = [m for m in d.mentions if m.label == label]
    return any(t.key == a1.key for m in told for t in resolve_anaphors(ctx, m.targets, d)) and (
        not any(a.key == a1.key for m in told for a in resolve_anaphors(ctx, m.agents, d)))


def by_target(ctx: Context, a1: ActorSpan | None, a2: ActorSpan | None, d: Draft) -> str:
    """An attack on civilians or an armed clash, by its target, the site it hit or its doer."""
    spec = ctx.rules.get("by_target") or {}
    civilian = set(spec.get("civilian_inters") or DEFAULT_CIVILIAN)
    clash = set(spec.get("clash_inters") or DEFAULT_CLASH)
    if a2 is not None:
        return spec["civilian"] if a2.inter in civilian else spec["armed"]
    site = target_site(ctx, d)
    if site is not None:
        return spec[site]
    if a1 is not None and a1.inter in clash and not _people_killed_by_group(ctx, a1, d):
        return spec["armed"]
    return spec["civilian"]


def _people_killed_by_group(ctx: Context, a1: ActorSpan, d: Draft) -> bool:
    """"Boko Haram attacked the town of Rann, killing 14 people": a non-state group's attack
    whose dead are counted with no armed side named among them killed civilians, as ACLED
    codes it; one on soldiers, police or another group names them."""
    if a1.inter in STATE or not has_toll(d):
        return False
    # "Islamic State extremists ... killing dozens": the group told again by a generic word
    # ("the extremists", the pack's anaphoric actors) is the group, no side it fought
    sides = [a for a in resolve_anaphors(
        ctx, [a for m in d.mentions for a in (*m.targets, *m.others)], d) if a.key != a1.key]
    return not any(a.inter not in CIVILIAN_LIKE for a in sides)


def target_site(ctx: Context, d: Draft) -> str | None:
    """ "attacked a checkpoint" is a clash, "attacked a market" an attack on civilians. Where
    the pack's grammar puts the object before the verb (``object_before_verb``: "hebben een
    kerk aangevallen") the site may stand before the event word too; the nearest counts."""
    text = ctx.scan.text
    before = bool(ctx.pack.grammar.get("object_before_verb"))
    for m in d.mentions:
        if not m.label.startswith(PSEUDO_PREFIX):
            continue
        window_start = max(m.sentence.start, m.hit.start - 80) if before else m.hit.start
        window_end = min(m.sentence.end, m.hit.end + 80)
        hits = []
        for kind, key in (("civilian", "civilian_target"), ("armed", "military_target")):
            for start, end, _cue in find_cues(ctx.pack.discourse.get(key, []), text,
                                              window_start, window_end):
                hits.append((max(m.hit.start - end, start - m.hit.start, 0), start, kind))
        if hits:
            return min(hits)[2]
    return None


def lone_force(ctx: Context, sub: str, a1: ActorSpan, d: Draft) -> bool:
    """Whether a two-sided sub-type (rules.yaml ``two_sided``) has, for its only side, a
    force that did nothing in it but arrest: "he stabbed his flatmate ... the police arrested
    him" is a crime and its policing, not a clash between the police and nobody. A force hit
    by the violence ("a soldier was killed in an ambush") or doing it ("the army said it
    killed 30 enemy fighters") stays a side. A force of the rules' ``lone_keys`` for the
    sub-type that is its only side, was not hit and hit no armed site (a post, a base)
    fought nobody the codebook codes either, where the event is first told as its deed and
    no word tells the sub-type itself ("exchanged fire with suspected kidnappers" does): "an
    officer shot and wounded a man who pointed a handgun at officers" is the policing of a
    suspect, not a clash."""
    if a1.inter not in ((ctx.rules.get("two_sided") or {}).get(sub) or []):
        return False
    if any(t.key == a1.key for m in d.mentions for t in m.targets):
        return False
    if a1.key in (((ctx.rules.get("lone_keys") or {}).get(sub)) or []) and (
            target_site(ctx, d) != "armed") and not any(m.label == sub for m in d.mentions):
        # the police shot at someone the text names no side: a suspect; but where the event
        # is first told as another's violence ("a man stabbed three people ... before police
        # shot him") the police ended an attack, which stays
        first = min(d.mentions, key=lambda m: m.hit.start)
        if any(a.key == a1.key for a in first.agents):
            return True
    acts = {m.label for m in d.mentions if any(a.key == a1.key for a in m.agents)}
    return bool(acts) and acts <= {"Arrests"}


def lone_attack_stopped(ctx: Context, sub: str, a1: ActorSpan | None, a2: ActorSpan | None,
                        d: Draft) -> str | None:
    """A lone attacker (a doer of the rules' ``lone_doer`` keys) whose only opponent is a
    state force that nothing in the event hit: the force stopped his attack ("opened fire at
    a shopping mall, killing eight people, before he was shot dead by a police officer"),
    so the event is his attack on the people there (rules.yaml ``lone_attack_stopped``: the
    sub-type it becomes), not a clash with the police. One that fired on the police (the
    police hit) fought them."""
    then = (ctx.rules.get("lone_attack_stopped") or {}).get(sub)
    if not then or a1 is None or a2 is None or a2.inter not in STATE:
        return None
    if a1.key not in set((ctx.rules.get("lone_doer") or {}).values()):
        return None
    if any(t.key == a2.key for m in d.mentions for t in m.targets):
        return None
    return str(then)


def ordinary_crime(ctx: Context, sub: str, sides: list[ActorSpan | None]) -> bool:
    """Whether the event is ordinary crime the codebook does not code (rules.yaml
    ``ordinary_crime``): a killing, stabbing or shooting of its sub-types whose sides are all
    of the rule's plain actor keys (nobody organised: a lone suspect, the police, civilians),
    in an article whose own words frame a crime (the pack's ``crime_frame``: "charged with
    murder", "a domestic dispute", "mental illness") and name no motive the codebook codes
    (``coded_motive``: terrorism, a hate crime, a gang war, a protest) other than one it
    denies (``motive_denied``: "not thought to be linked to terrorism"), which frames a
    crime as well: the police ruled the motive out."""
    rule = ctx.rules.get("ordinary_crime") or {}
    if sub not in (rule.get("sub_event_types") or []):
        return False
    plain = set(rule.get("actors") or [])
    if any(a is not None and a.key not in plain for a in sides):
        return False
    discourse = ctx.pack.discourse
    frame = discourse.get("crime_frame") or []
    text = ctx.scan.text
    motives = find_cues(discourse.get("coded_motive") or [], text)
    told = [m for m in motives if not motive_denied(ctx, m[0])]
    if told:
        return False
    # a motive the text denies ("not being treated as terror-related") frames a crime too
    return len(told) < len(motives) or bool(frame and find_cues(frame, text))


DENIAL_REACH = 4  # words from a denial to the motive it denies ("no evidence of a political")


def motive_denied(ctx: Context, at: int) -> bool:
    """Does one of the pack's ``motive_denied`` cues end within a few words before the coded
    motive at ``at``, in its clause ("was not thought to be linked to terrorism", "police
    have ruled out a terror motive")? Then the text denies that motive, not tells it."""
    cues = ctx.pack.discourse.get("motive_denied") or []
    if not cues:
        return False
    text = ctx.scan.text
    lo = max(0, text.rfind(".", 0, at) + 1)
    for _s, end, _c in find_cues(cues, text, lo, at):
        between = text[end:at]
        if not any(p in between for p in ",;:") and tokens_between(text, end, at) <= DENIAL_REACH:
            return True
    return False


def in_arrest_scope(ctx: Context, sub: str, sides: list[ActorSpan | None], d: Draft) -> bool:
    """An arrest is an event only of the people the codebook names (rules.yaml
    ``political_arrests``): a side other than the arresting force is one of them, or such
    people are named after the arrest word in the sentence that tells it ("arrested and beat
    six opposition members of parliament"), or the arrests are many (``mass``: as many people
    or more in that sentence, "304 serving and former military personnel"), or the arrest's
    sentence tells a motive that makes it one (the pack's ``arrest_motive``: "arrested two
    teenagers accused of plotting a terror attack")."""
    rule = ctx.rules.get("political_arrests") or {}
    if sub not in (rule.get("sub_event_types") or []):
        return True
    if arrested_protesters(ctx, d):
        return True
    inters, keys = set(rule.get("inters") or []), set(rule.get("actors") or [])
    if any(a is not None and (a.inter in inters or a.key in keys) for a in sides):
        return True
    told = [m for m in d.mentions if m.label == sub]
    for m in told:
        # the people arrested stand after the arrest word in its sentence
        if any(a.start >= m.hit.end and (a.inter in inters or a.key in keys)
               for a in m.sentence.actors):
            return True
    motive = ctx.pack.discourse.get("arrest_motive") or []
    if motive and any(find_cues(motive, ctx.scan.text, m.sentence.start, m.sentence.end)
                      for m in told):
        return True
    mass = rule.get("mass")
    if not mass:
        return False
    text = ctx.scan.text
    people = ctx.pack.casualties.get("victims") or []
    for m in told:
        s = m.sentence
        for n in find_numbers(text, ctx.pack, s.start, s.end):
            if n.low is None or n.low < mass:
                continue
            # a count of people ("4,000 people", "dozens of people", "304 serving and former
            # military personnel"), not a time, an age or a date: a people word within a few
            # words after the number (right after a year: "in 2019 police arrested students")
            reach = 1 if YEAR_DIGITS.fullmatch(text[n.start:n.end]) else PEOPLE_REACH_WORDS
            for at in _word_starts(text, n.end, min(s.end, n.end + PEOPLE_REACH_CHARS), reach):
                if any(c.regex.match(text, at) for c in people) or _nationals(ctx, text, at):
                    return True
    return False


_WORD = re.compile(r"\w+")


def _nationals(ctx: Context, text: str, at: int) -> bool:
    """Does the word at ``at`` name a country's people, its adjective with one of the pack's
    ``plural_suffixes`` ("Palestinians", "Kurds")?"""
    m = _WORD.match(text, at)
    if m is None:
        return False
    word = m.group()
    for suffix in ctx.pack.grammar.get("plural_suffixes") or []:
        if len(word) > len(suffix) and word.endswith(suffix):
            stem = word[:-len(suffix)]
            if any(c.value[1] in ("adjective", "demonym") and c.regex.fullmatch(stem)
                   for c in ctx.pack.country_cues):
                return True
    return False


PEOPLE_REACH_WORDS = 5  # words from a count to the people it counts ("28 other people")
PEOPLE_REACH_CHARS = 50
_WORD_START = re.compile(r"(?<![\w-])\w")


def _word_starts(text: str, start: int, end: int, limit: int) -> list[int]:
    """The first ``limit`` word starts in ``text[start:end]``."""
    return [m.start() for m, _ in zip(_WORD_START.finditer(text, start, end), range(limit),
                                      strict=False)]
