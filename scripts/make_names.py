#!/usr/bin/env python3
"""Generate the NewsGraph name lexicons.

Writes, in one run (from the repo root: ``python3 scripts/make_names.py``):

  Sources/NewsGraph/Resources/lexicon/given_names.json
      {"format": "newsgraph-lexicon/1", "givenNames": [...]}
  Sources/NewsGraph/Resources/lexicon/common_words.json
      {"format": "newsgraph-lexicon/1", "commonWords": [...]}

Inputs (see scripts/requirements-names.txt and docs/lexicon-names.md):
  * PyPI ``gender-guesser`` -- its data file nam_dict.txt (Joerg Michael's
    first-name dictionary, GNU FDL 1.2), parsed here by its fixed columns.
  * PyPI ``wordfreq`` -- ``top_n_list('en', 3000)`` for the frequent words.
  * Debian ``wamerican`` -- /usr/share/dict/words, the English word list used
    to drop given names that are also ordinary lowercase English words.
  * The curated lists below.

The output is deterministic: sorted lists, json.dumps(indent=1,
ensure_ascii=False, sort_keys=True) and a trailing newline.
"""

import json
import os
import sys
import unicodedata

FORMAT = "newsgraph-lexicon/1"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "Sources", "NewsGraph", "Resources", "lexicon")
DICT_WORDS = "/usr/share/dict/words"
WORDFREQ_TOP_N = 3000

# Column layout of nam_dict.txt (see the header of that file):
#   cols 0-1   gender code (M, 1M, ?M, F, 1F, ?F, ?) or "=" for an
#              equivalence line "=  <short_name> <long_name>"
#   cols 3-28  the name ('+' inside a name stands for '', ' ' or '-')
#   col  29    '+' marks a duplicate line sorted by expanded umlauts
#   cols 30-   one frequency digit (hex, blank = none) per country below
NAME_COLS = (3, 29)
COUNTRY_COL0 = 30
COUNTRIES_COLS = """great_britain ireland usa italy malta portugal spain france
    belgium luxembourg the_netherlands east_frisia germany austria swiss iceland
    denmark norway sweden finland estonia latvia lithuania poland czech_republic
    slovakia hungary romania bulgaria bosniaand croatia kosovo macedonia
    montenegro serbia slovenia albania greece russia belarus moldova ukraine
    armenia azerbaijan georgia the_stans turkey arabia israel china india japan
    korea vietnam other_countries""".split()


def words(text):
    """Split a curated block into lowercase entries (one per line or space)."""
    return {w.strip().lower() for w in text.split() if w.strip()}


# ---------------------------------------------------------------------------
# Curated lists (lowercase)
# ---------------------------------------------------------------------------

# Countries (single-word ones, and the distinctive word of multi-word ones;
# parts that are ordinary given names -- Salvador, Marino, Solomon,
# Marshall, Leone, Costa Rica, Puerto Rico, Trinidad -- are left out).
COUNTRY_NAMES = words("""
afghanistan albania algeria andorra angola antigua argentina armenia australia
austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize
benin bhutan bolivia bosnia herzegovina botswana brazil brunei bulgaria burkina
faso burma burundi cambodia cameroon canada cape verde chad chile china
colombia comoros congo croatia cuba cyprus czechia czech denmark
djibouti dominica dominican ecuador egypt eritrea estonia eswatini
swaziland ethiopia fiji finland france gabon gambia georgia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
iran iraq ireland israel italy ivory jamaica japan jordan kazakhstan kenya
kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
mali malta mauritania mauritius mexico micronesia moldova monaco
mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands
holland zealand nicaragua niger nigeria macedonia norway oman pakistan palau
palestine panama papua paraguay peru philippines poland portugal qatar romania
russia rwanda samoa senegal serbia seychelles singapore
slovakia slovenia somalia somaliland sudan spain lanka suriname sweden
switzerland syria taiwan tajikistan tanzania thailand timor togo tonga
tunisia turkey turkiye türkiye turkmenistan tuvalu uganda ukraine
emirates britain england scotland wales uk usa america uruguay uzbekistan
vanuatu vatican venezuela vietnam yemen zambia zimbabwe tibet xinjiang
kurdistan kashmir crimea donbas gaza hong kong macau greenland puerto
""")

REGIONS = words("""
africa asia europe eurasia americas arabia oceania antarctica arctic atlantic
pacific balkans caucasus levant maghreb sahel scandinavia baltic siberia
punjab sindh balochistan baluchistan khyber pakhtunkhwa waziristan bengal
kerala gujarat bihar assam tamil nadu karnataka manipur
west east north south middle
""")

DEMONYMS = words("""
afghan afghans albanian algerian american americans andorran angolan
argentine argentinian armenian australian austrian azerbaijani azeri
bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese
bhutanese bolivian bosnian botswanan brazilian british briton britons bruneian
bulgarian burkinabe burmese burundian cambodian cameroonian canadian
chadian chilean chinese colombian comorian congolese croat croatian cuban
cypriot czech dane danish djiboutian dominican dutch ecuadorian egyptian
emirati english eritrean estonian ethiopian fijian filipino finnish
french gabonese gambian georgian german ghanaian greek grenadian guatemalan
guinean guyanese haitian honduran hungarian icelandic indian indonesian
iranian iraqi irish israeli italian ivorian jamaican japanese jordanian
kazakh kazakhstani kenyan kiribati korean kosovar kosovan kuwaiti kyrgyz lao
laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian
malagasy malawian malaysian maldivian malian maltese mauritanian mauritian
mexican moldovan monegasque mongolian montenegrin moroccan mozambican namibian
nepali nepalese nicaraguan nigerien nigerian norwegian omani pakistani
palestinian panamanian paraguayan peruvian polish pole portuguese qatari
romanian russian rwandan salvadoran samoan saudi scottish scot scots
senegalese serb serbian sierra singaporean slovak slovakian slovenian somali
spanish spaniard sudanese surinamese swede swedish swiss syrian taiwanese
tajik tanzanian thai tibetan togolese tongan trinidadian tunisian turk
turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese
welsh yemeni zambian zimbabwean kurd kurdish kashmiri uighur uyghur
african asian european arab arabic persian baloch baluch pashtun punjabi
sindhi bengali tamil hindi urdu latino latina hispanic
""")

US_STATES = words("""
alabama alaska arizona arkansas california colorado connecticut delaware
florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma
oregon pennsylvania rhode tennessee texas utah vermont virginia washington
wisconsin wyoming
""")

# World cities and other places that are also in the given-name source but
# whose capitalised use in news is chiefly the place.
PLACES = words("""
paris sydney dallas houston austin orlando phoenix denver adelaide
alexandria brooklyn chelsea lima valencia vienna medina mecca berlin moscow
london kyiv kiev kabul beirut tripoli damascus cairo jakarta delhi mumbai
karachi lahore islamabad tehran baghdad riyadh jerusalem ankara istanbul
beijing shanghai tokyo seoul manila dhaka hollywood
""")

# Particles and foreign function words that stand capitalised inside or at
# the start of names ("Le Pen", "De Gaulle", "El Salvador", "Al Jazeera",
# "Van Gogh") or are noise, but are not given names in English news.
PARTICLES = words("""
de da di du do dos das del della dello dei des den der het ter ten van von
la le les lo los las el il al ab ap ep ibn bint co ok en er im om se si te
un yt
""")

MONTHS = words("""
january february march april may june july august september october november
december
""")
WEEKDAYS = words("""
monday tuesday wednesday thursday friday saturday sunday
""")

TITLES = words("""
president vice prime minister premier chancellor secretary general chief
senator senate governor mayor king queen prince princess emperor empress
sheikh sheik emir sultan shah pope bishop archbishop cardinal imam rabbi
ayatollah mullah judge justice magistrate officer sergeant captain colonel
major lieutenant admiral commander commodore marshal brigadier corporal
private chairman chairwoman chairperson chair speaker ambassador envoy consul
director professor doctor dr mr mrs ms miss sir dame lord lady saint st rev
reverend father sister brother deacon pastor elder mufti caliph duke duchess
count countess baron baroness earl mp mla councillor councilman attorney
advocate barrister inspector superintendent constable sheriff deputy
spokesman spokeswoman spokesperson chieftain begum
""")

NEWS_WORDS = words("""
news post times court army force forces party union council gaza hamas islam
allah god jesus christ prophet police government state states republic
kingdom congress parliament assembly ministry department office agency bank
group company university college school hospital church mosque temple
national international united federal central northern southern eastern
western new city county province district region world global daily press
herald journal tribune guardian telegraph reuters media television radio
network committee commission authority board bureau service services navy
air guard corps brigade militia front movement alliance league federation
association organisation organization foundation institute center centre
club team hezbollah taliban isis daesh houthi houthis al qaeda fatah
muslim muslims jewish jew jews hindu sikh buddhist catholic protestant sunni
shia shiite islamic senate house
reuters bbc cnn afp
""")

# Given names that news mentions often and which must be present even if
# nam_dict.txt lacks them.  These are added after the "lowercase English
# word" filter (e.g. "Xi" and "Lee" are entries of /usr/share/dict/words),
# but they still go through the country/demonym/month/title/news-word filter.
CURATED_GIVEN = """
Muhammad Mohammed Mohammad Mohamed Muhammed Mohamad Mehmet Ahmed Ahmad Ahmet
Ali Hassan Hasan Hussein Husain Hussain Omar Umar Osman Uthman Othman Abdul
Abdel Abdullah Abdallah Abdulla Abu Asim Asif Ishaq Shehbaz Shahbaz Shahid
Imran Nawaz Maryam Bilawal Khawaja Benazir Pervez Parvez Ayub Zia Zulfikar
Fazlur Ashraf Arif Aleem Mahmood Mahmoud Mahmud Ismail Ismael Yusuf Youssef
Yousef Yousuf Ibrahim Ebrahim Khalid Khaled Khalil Tariq Tarek Faisal Feisal
Fahad Fahd Salman Mansour Mansur Hamad Hamid Hamed Rashid Rashed Saeed Sayed
Syed Sayyid Walid Waleed Yahya Zayed Zaid Zayd Ayman Hossein Hosein Javad
Jawad Masoud Massoud Abbas Mojtaba Akbar Nasser Naser Nasrallah
Recep Tayyip Binali Ekrem Kemal Mevlut Mevlüt Hakan
Narendra Rahul Sonia Priyanka Amit Ajit Arvind Manmohan Atal Krishna Rajnath
Nirmala Subrahmanyam Nitish Mamata Uddhav Sharad Devendra Eknath Shashi
Piyush Smriti Anurag Jyotiraditya Sushma Pranab Droupadi Jagdeep Venkaiah
Pratibha Hasina Khaleda Yunus Ranil Gotabaya Mahinda Anura
Xi Jinping Keqiang Jiechi Qiang Wang Li Zhang Liu Chen Yang Zhao Huang Zhou
Wu Xu Hu Zhu Guo Lin Gao Luo Liang Zheng Xie Feng Deng Cao Peng Zeng Xiao
Tian Yuan Cai Jiang Yu Cheng Wei Su Lu Lai Ching Tsai Ing Yi
Kim Lee Yoon Jong Jae Suk Yeol Jae-in Jong-un Yo-jong Jae-myung Duck-soo
Shinzo Fumio Yoshihide Shigeru
Vladimir Volodymyr Dmitry Dmitri Sergei Sergey Sergiy Serhiy Yevgeny Yevgeniy
Alexei Alexey Oleksiy Oleksii Andriy Andrii Denys Yulia Yuliya Ramzan Vitali
Vitaly Vitalii Valery Valeriy Mikhail Nikolai Nikolay Viktor Andrzej Mateusz
Donald Benjamin Benny Yair Naftali Yoav Isaac Itamar Bezalel Gideon Ursula
Emmanuel Olaf Friedrich Annalena Keir Rishi Boris Theresa Liz Kamala Joe
Joseph Jill Barack Hillary Antony Lloyd Jake Marco Pete Tulsi Kristi Karoline
Elon Jeff Tim Sundar Satya Sam Giorgia Pedro Luiz Inácio Inacio Javier
Claudia Andrés Andres Manuel Gustavo Nicolás Nicolas Cyril Jacob Paul Abiy
Bola Mahamat Fattah António Antonio Jens Charles William Catherine Camilla
Harry Meghan Francis Christian
"""

# Given names that are also lowercase entries of /usr/share/dict/words (and
# so dropped by the word rule) but whose capitalised use in news is almost
# always the person: added back.  Kept short on purpose; ambiguous ones such
# as Will, Mark, Bill, Rose, Grace, Hope, May, June, Max, Dean, Ray, Said
# stay out.
NAME_DOMINANT = """
John Peter Martin Tom Jack Mike Frank Tony Bob Nick Matt Jimmy Roger Josh
Billy Rick Bobby Terry Ken Victor Chuck Brad Carol Sally Randy Glen Mickey
Hank Noel Derrick Dirk Serge Sherry Colleen Phoebe Heather Hector Barney
Patty Lee Ed Don Warren Maria Robin Amir Ameer Harry
"""


# ---------------------------------------------------------------------------
# common_words.json: closed-class and connective words (always kept)
# ---------------------------------------------------------------------------

DETERMINERS = words("""
a an the this that these those my your his her its our their whose which what
whatever whichever each every either neither some any no none all both half
several many much more most few fewer fewest less least enough such another
other others certain various own same
""")
PRONOUNS = words("""
i me my mine myself you your yours yourself yourselves he him his himself
she her hers herself it its itself we us our ours ourselves they them their
theirs themselves one ones oneself someone somebody something anyone anybody
anything everyone everybody everything nobody nothing whoever whomever
who whom whose
""")
PREPOSITIONS = words("""
about above across after against along alongside amid amidst among amongst
around as at atop before behind below beneath beside besides between beyond
by concerning considering despite down during except excluding following for
from in inside including into like minus near nearby of off on onto opposite
out outside over past per plus regarding round since than through
throughout till to toward towards under underneath unlike until unto up upon
versus via with within without according ahead apart aside away because
instead prior pursuant regardless thanks
""")
CONJUNCTIONS = words("""
and or but nor so yet for although though even if unless because since while
whilst whereas whether as once than that lest provided assuming whenever
wherever however therefore thus hence otherwise consequently accordingly
""")
AUXILIARIES = words("""
be am is are was were been being have has had having do does did doing done
will would shall should can could may might must ought need needs dare
cannot get gets got gotten getting
""")
NEGATIONS = words("""
not no never neither nor none nothing nobody nowhere hardly barely scarcely
""")
WH_WORDS = words("""
who whom whose what which when where why how whatever whenever wherever
whoever whichever however whereby wherein
""")
ADVERBS = words("""
however instead meanwhile crucially conversely moreover furthermore
nevertheless nonetheless still yet also already now then today tonight
tomorrow yesterday recently earlier later finally additionally notably
importantly indeed perhaps maybe according despite amid following since
while although though after before during within without under over across
again almost always often sometimes usually never ever once twice soon
firstly secondly thirdly lastly last next initially eventually ultimately
subsequently previously currently presently separately similarly likewise
alternatively specifically particularly especially generally typically
overall altogether rather anyway here there thereafter otherwise elsewhere
everywhere somewhere anywhere nowhere only just even too very quite fairly
really actually apparently clearly obviously certainly surely reportedly
allegedly officially publicly privately frankly honestly interestingly
ironically surprisingly unfortunately fortunately hopefully sadly critically
significantly simultaneously immediately quickly slowly suddenly gradually
increasingly largely mostly partly mainly primarily chiefly nearly roughly
approximately well yes okay ok thus besides
""")
NUMBER_WORDS = words("""
zero one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety hundred thousand million billion trillion dozen
dozens hundreds thousands millions billions second third fourth fifth
sixth seventh eighth ninth tenth eleventh twelfth twentieth hundredth
thousandth once twice half quarter double triple single
""")

CLOSED_CLASS = (DETERMINERS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS
                | AUXILIARIES | NEGATIONS | WH_WORDS | ADVERBS | NUMBER_WORDS
                | MONTHS | WEEKDAYS)

# Frequent words that often begin multi-word proper names in news ("New
# York", "United Nations", "White House", "Supreme Court", "Prime Minister",
# "North Korea", "World Bank", "Red Cross", "First Lady"): they are left
# out of common_words.json so that they are not ruled out as the start of a
# name; the extractor decides with its other cues.  (Closed-class words win:
# none of these is one.)
NAME_STARTERS = words("""
new united national international north south east west northern southern
eastern western central federal royal supreme prime white black red green
blue general world global great grand high human free democratic republican
labour liberal conservative independent islamic saint holy middle upper
lower first
""")

# Frequent words of wordfreq's top list that name people or companies in
# news more often than they mean the common word.
NEWS_PROPER = words("""
trump bush ford apple amazon twitter google facebook microsoft tesla meta
netflix youtube instagram tiktok windows
""")


# wamerican lacks British spellings; these frequent ones count as words.
BRITISH_SPELLINGS = words("""
centre defence favourite colour behaviour honour labour organisation
programme analyse offence licence neighbour neighbourhood theatre
""")


def is_letterish(name):
    return all(ch.isalpha() or ch in "-'" for ch in name)


def letter_count(name):
    return sum(1 for ch in name if ch.isalpha())


def load_dict_words(path):
    """Return (lowercase entries, capitalised-only entries) of the word list."""
    lower, caps = set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w or "'" in w:
                continue
            if w[0].islower():
                lower.add(w)
            else:
                caps.add(w.lower())
    return lower, caps - lower


def nam_dict_path():
    import gender_guesser  # noqa: imported for its data file
    return os.path.join(os.path.dirname(gender_guesser.__file__), "data",
                        "nam_dict.txt")


def expand_plus(name, countries):
    """Forms of a name with '+' (the file's marker for '', ' ' or '-').

    Chinese names come out joined ("Jun+Wei" -> "Junwei", as in "Xi
    Jinping"), Korean ones hyphenated with a lowercase second syllable
    ("Jae+In" -> "Jae-in", as in "Moon Jae-in"), Arabic ones both joined
    ("Abdelaziz") and as their capitalised parts ("Abdel", "Aziz"), and the
    Spanish/Portuguese compounds ("María+del+Carmen") as their capitalised
    parts only.
    """
    parts = [p for p in name.split("+") if p]
    out = set()
    if "china" in countries or "vietnam" in countries:
        out.add(parts[0] + "".join(p.lower() for p in parts[1:]))
    if "korea" in countries:
        out.add(parts[0] + "".join("-" + p.lower() for p in parts[1:]))
    if "arabia" in countries:
        out.add(parts[0] + "".join(p.lower() for p in parts[1:]))
    if not out or "arabia" in countries:
        out.update(p for p in parts if p[0].isupper())
    return out


def parse_nam_dict(path):
    """Read nam_dict.txt by its fixed columns; return the set of names."""
    names = set()
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if not line or line[0] == "#":
                continue
            field = line[NAME_COLS[0]:NAME_COLS[1]]
            if line[0] == "=":
                names.update(field.split())   # short and long form
                continue
            name = field.strip()
            freqs = line[COUNTRY_COL0:COUNTRY_COL0 + len(COUNTRIES_COLS)]
            countries = {COUNTRIES_COLS[i] for i, ch in enumerate(freqs)
                         if ch.strip()}
            if "+" in name:
                names.update(expand_plus(name, countries))
            else:
                names.add(name)
    # The data file is UTF-8 already (gender-guesser converted the original
    # "<a/>"-style encoded characters); normalise to NFC all the same.
    return {unicodedata.normalize("NFC", n) for n in names}


def build_given_names(dict_lower):
    blocked = (COUNTRY_NAMES | REGIONS | DEMONYMS | US_STATES | MONTHS
               | WEEKDAYS | TITLES | NEWS_WORDS
               | PLACES | PARTICLES)
    raw = parse_nam_dict(nam_dict_path())
    stats = {"nam_dict": len(raw)}
    kept, dropped_word, dropped_block = set(), set(), set()
    for n in raw:
        if not is_letterish(n) or letter_count(n) < 2 or not n[0].isupper():
            continue
        low = n.lower()
        if low in blocked:
            dropped_block.add(n)
        elif low in dict_lower:
            dropped_word.add(n)
        else:
            kept.add(n)
    curated = set(CURATED_GIVEN.split()) | set(NAME_DOMINANT.split())
    added, curated_blocked = set(), set()
    for n in curated:
        if n.lower() in blocked:
            curated_blocked.add(n)
        elif n not in kept:
            added.add(n)
    kept |= added
    stats.update(dropped_english_word=len(dropped_word),
                 dropped_blocklist=len(dropped_block),
                 curated_added=len(added),
                 curated_added_dict_words=sorted(
                     n for n in added if n.lower() in dict_lower),
                 curated_blocked=sorted(curated_blocked),
                 kept=len(kept))
    return kept, raw, stats


def build_common_words(dict_lower, dict_caps_only, name_source, given):
    from wordfreq import top_n_list
    name_lower = {n.lower() for n in name_source}
    given_lower = {n.lower() for n in given}
    places = COUNTRY_NAMES | REGIONS | DEMONYMS | US_STATES | PLACES
    top = [w for w in top_n_list("en", WORDFREQ_TOP_N)
           if w.isalpha() and w == w.lower()]
    removed = {}
    chosen = set()
    for w in top:
        if w in CLOSED_CLASS:
            chosen.add(w)
            continue
        if len(w) < 2:
            reason = "single letter"
        elif w in places:
            reason = "country/demonym/region"
        elif w in NAME_STARTERS:
            reason = "starts multi-word names"
        elif w in NEWS_PROPER:
            reason = "news proper noun"
        elif w in given_lower or (w in name_lower and w not in dict_lower):
            reason = "given name"
        elif w in dict_caps_only:
            reason = "capitalised-only in dict (name/place/brand)"
        elif w not in dict_lower and w not in BRITISH_SPELLINGS:
            reason = "not an English dict word"
        else:
            chosen.add(w)
            continue
        removed[w] = reason
    chosen |= CLOSED_CLASS
    chosen -= (places | NAME_STARTERS | NEWS_PROPER) - CLOSED_CLASS
    return chosen, removed, len(top)


def dump(path, key, items):
    text = json.dumps({"format": FORMAT, key: sorted(items)}, indent=1,
                      ensure_ascii=False, sort_keys=True) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return len(text.encode("utf-8"))


def main(argv):
    verbose = "-v" in argv
    if not os.path.exists(DICT_WORDS):
        sys.exit(f"{DICT_WORDS} missing: apt-get install -y wamerican")
    dict_lower, dict_caps_only = load_dict_words(DICT_WORDS)
    given, raw, gstats = build_given_names(dict_lower)
    common, removed, ntop = build_common_words(dict_lower, dict_caps_only, raw,
                                             given)
    os.makedirs(OUT_DIR, exist_ok=True)
    gsize = dump(os.path.join(OUT_DIR, "given_names.json"), "givenNames", given)
    csize = dump(os.path.join(OUT_DIR, "common_words.json"), "commonWords",
                 common)
    print(f"given_names.json: {len(given)} names, {gsize} bytes")
    print(f"common_words.json: {len(common)} words, {csize} bytes")
    if verbose:
        for k, v in gstats.items():
            print(f"  given {k}: {v}")
        print(f"  common: {ntop} alphabetic lowercase words from wordfreq top "
              f"{WORDFREQ_TOP_N}; removed {len(removed)}:")
        by_reason = {}
        for w, r in removed.items():
            by_reason.setdefault(r, []).append(w)
        for r in sorted(by_reason):
            print(f"    {r} ({len(by_reason[r])}): {' '.join(sorted(by_reason[r]))}")


if __name__ == "__main__":
    main(sys.argv[1:])
