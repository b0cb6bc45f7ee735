"""Prompts and pitches between paragraphs: a line that speaks to the reader (a call to act, a channel to join, a
price, "you" or "our" outside quotes) rather than about the story, told by how many of those signals it shows;
the site's own channels and brands, learnt from the page; a tip asked for and answered with the newsroom.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import house
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.labels import FURNITURE, NEAR, PROSE, SHORT, TEXT_CLASSES, Label
from newsletter.ingest.scraped.lines import LIST_ITEM, Line, stems
from newsletter.ingest.scraped.required import Screened

QUOTE_MARK = re.compile(r"[“”\"„«»]")
QUOTED = re.compile(r"[\"“„«»][^\"“”„«»]{0,600}[\"”»«“]|‘[^‘’]{0,600}’|(?<!\w)'[^']{2,600}'(?!\w)")
_FIRST_SINGULAR = re.compile(r"\b(I|I'm|I've|ich|j'ai|yo|io|eu|ik|jag|jeg|ja|já|eu|jo|minä|εγώ|ben|én)\b")


@lru_cache(maxsize=4096)  # asked again of the same paragraph by the body edges and the house notes
def reader_signals(text: str) -> int:
    """How plainly a line speaks to the reader, counted outside quotation marks (a quoted speaker may say "you"
    and "we"): sentences opening with a call verb (`Subscribe`, `Rejoignez`, `Meld je aan`), the reader addressed,
    the publication speaking (`we`, `our`), a channel (WhatsApp, a newsletter), a price per period, a label run
    into the line (`Have your say:`; not the story's own `Why it matters:`), an address. A writer speaking as `I`
    (a column) takes one off."""
    plain = F.unreported(QUOTED.sub(" ", text[:T.MATCH_CHARS]))
    action = min(2, len(F.CALL_OPENING.findall(plain)) + len(_CALL_CLOSING.findall(plain))
                 + bool(F.CALL_LAST.found(plain))) + bool(F.DIGEST.found(plain)) \
        + bool(_CALL_HERE.search(plain) or F.WAY_HERE.found(plain)) + bool(F.CALL_NOW.search(plain)) \
        + bool(F.MORE_ELSEWHERE.found(plain)) \
        + _channel(plain) + bool(_ADDRESS.search(plain)) + _price(plain) + _all_access(plain) \
        + bool(F.CANCEL_ANYTIME.found(plain)) \
        + bool(F.LEAD_LABEL.match(plain) and not F.SIGNPOST.match(plain)) + sum(1 for _ in _FUNDING.finditer(plain))
    if not action:
        return 0  # "you" and "we" alone are a column's or an explainer's voice: a prompt asks for something
    count = action + bool(F.SECOND_PERSON.search(plain)) + bool(F.FIRST_PLURAL.search(plain))
    return count - 1 if _FIRST_SINGULAR.search(plain) and not _ADDRESS.search(plain) else count


# The signals searched in every paragraph that a substring test answers for most (required.py; the others' words
# are too many or too common to gain).
_CALL_CLOSING, _CALL_HERE, _ADDRESS, _FUNDING, _APP = map(Screened, (F.CALL_CLOSING, F.CALL_HERE, F.ADDRESS,
                                                                     F.FUNDING, F.APP))


def reported_speech(text: str) -> bool:
    """A speech attribution outside quotation marks (`, she said,`, `, sagte er,`, `, a-t-il dit,`), or a speaker
    and a colon before the words (`The publisher said: We …`)."""
    if "," not in text and ":" not in text:
        return False
    # (a quote closed by its comma inside the marks, `"…," said Odom.`, keeps the comma before the speaker)
    plain = QUOTED.sub(lambda m: " , " if m.group()[-2:-1] == "," else " ", text[:T.MATCH_CHARS])
    return ("," in plain and F.SPEECH_TAG.search(plain) is not None) or F.SAID_COLON.search(plain) is not None


def _channel(plain: str) -> bool:
    """A channel the reader is sent to (WhatsApp, a newsletter, an app with a call to get it), or news pushed to
    them (alerts)."""
    if F.CHANNEL.found(plain):
        return True
    if _APP.search(plain) and F.CALL_OPENING.search(plain):
        return True  # `Descárgate la app y recibe …`, `Download our app`: an app the reader is told to get
    low = plain.lower()
    return any(t in low for t in F.ALERTS_TRIGGERS) and bool(F.ALERTS.search(plain))


def _price(plain: str) -> bool:
    """A price by the period (`£4 a month`) or a trial offer (`4 Wochen für 1 Euro`, `Die ersten vier Wochen sind
    kostenlos`); a sum saved or a rise by the year is the story's figure (`could save £200 a year`, `up £86 a year`)."""
    if any(map(str.isdigit, plain)) and (
            any(not F.CHANGE_BEFORE.search(plain, 0, m.start()) for m in F.PRICE_PER_PERIOD.finditer(plain))
            or F.OFFER_PRICE.search(plain)):
        return True
    low = plain.lower()
    return any(t in low for t in F.FREE_TRIGGERS) and F.FREE_OFFER.search(plain) is not None


def _all_access(plain: str) -> bool:
    low = plain.lower()
    return any(t in low for t in F.ALL_ACCESS_TRIGGERS) and bool(F.ALL_ACCESS.search(plain))


def mark_prompts(lines: list[Line], labels: list[Label]) -> None:
    """A short paragraph that speaks to the reader on two counts or more (`Support the Lamp. We are … Join for £4
    a month.`, `Check road closures on our map.`, `Rejoignez la chaîne WhatsApp …`) is a prompt of the page set
    into the story, whatever its words: a story reports on others, it does not ask the reader to act. So is a
    question about a mistake put to the reader, and a line naming the site's own channel or app (the site
    speaking of itself in the third person: `News for your area any time in the ROR app.`)."""
    for i, label in enumerate(labels):  # buttons first: the pitch above one is told by it (_box_pitch)
        if label.cls == SHORT and _box_button(lines[i]):
            labels[i] = Label(FURNITURE, "sign-up")
    own = _own_names(lines, labels)
    brands: dict[str, int] | None = None  # how many prose lines name each `XY+` token, counted when first needed
    for i, label in enumerate(labels):
        if label.cls == SHORT and _asks_then_calls(lines[i].text):
            labels[i] = Label(FURNITURE, "prompt")
        elif label.cls in (SHORT, PROSE, NEAR) and _pitch_with_button(lines, i):
            labels[i] = Label(FURNITURE, "sign-up")
        elif label.cls == SHORT and _own_show(lines[i].text):
            labels[i] = Label(FURNITURE, "prompt")  # (without its full stop: `Lyssna på … – vår nyhetspodd …`)
        if label.cls not in (PROSE, NEAR) or lines[i].words > T.PROMPT_MAX_WORDS:
            continue
        text = lines[i].text
        if "+" in text and _price(text) and brands is None:
            brands = _brand_counts(lines, labels)
        if _list_item(lines, labels, i) or _numbered_item(lines, labels, i):
            continue
        if reader_signals(text) >= T.PROMPT_MIN_SIGNALS or _error_report(lines[i]) or _own_channel(text, own) \
                or (brands is not None and _brand_pitch(text, own, brands)) or _own_show(text) \
                or _more_on_own_air(text, lines):
            labels[i] = Label(FURNITURE, "prompt")
        elif _box_pitch(lines, labels, i) or _product_pitch(lines, labels, i):
            labels[i] = Label(FURNITURE, "sign-up")
        elif _named_box_pitch(lines, labels, i):
            labels[i - 1] = labels[i] = Label(FURNITURE, "sign-up")
    for i in range(len(lines) - 1):
        if labels[i].cls in TEXT_CLASSES and _asks_over_box(lines, labels, i):
            labels[i] = Label(FURNITURE, "prompt")
    _call_headings(lines, labels)
    _buttons_closing_boxes(lines, labels)


# The boxes whose button closes them (a prompt, a sign-up, a paywall or a donation box).
_BUTTONED = frozenset({"prompt", "sign-up", "paywall", "donation"})


def _buttons_closing_boxes(lines: list[Line], labels: list[Label]) -> None:
    """A box's button pasted tight under its pitch and closing the box (`Téléchargez l'application X et recevez nos
    alertes …` / `Télécharger l'appli`, `Quadrat is free to read …` / `Support Quadrat`), a blank line under it: a
    few words, no sentence, calling as a box's button does or naming what the pitch offers (_names_pitch)."""
    for i in range(1, len(lines)):
        above = labels[i - 1]
        if labels[i].cls == SHORT and not lines[i].blank_before and above.cls == FURNITURE and above.kind in _BUTTONED \
                and lines[i].words <= T.BUTTON_MAX_WORDS and not lines[i].full_stop \
                and (i + 1 == len(lines) or lines[i + 1].blank_before) \
                and (_box_button(lines[i]) or F.CALL_TO_ACTION.found(lines[i].text)
                     or _names_pitch(lines[i].text, lines[i - 1].text)):
            labels[i] = above


def _names_pitch(button: str, pitch: str) -> bool:
    """The button names what its pitch offers (`Ladda ner appen` under `Ladda ner … app`, `Télécharger l'appli`
    under `Téléchargez l'application …`, `Support Quadrat` under `Quadrat is free to read …`): a word of each shares
    its stem (lines.stems). A subheading tight under a box (`What happens next`, a section's `Dinan`) names the
    story's subject, not the box's."""
    return not stems(button).isdisjoint(stems(pitch))


def _call_headings(lines: list[Line], labels: list[Label]) -> None:
    """A short line set between paragraphs that calls the reader to act on two counts (`Descarga la app de X`,
    `Get the X app`, `Holen Sie sich die X-App`) is a box's heading, not a subheading (a subheading names the
    story's subject); the paragraph under it that names what the heading names (the site's brand: `Sigue … en X`)
    is the box's pitch."""
    for i in range(1, len(lines) - 1):
        if labels[i].cls != SHORT or labels[i - 1].cls not in (PROSE, NEAR) \
                or labels[i + 1].cls not in (PROSE, NEAR) or reader_signals(lines[i].text) < T.PROMPT_MIN_SIGNALS \
                or _NUMBERED_STEP.match(lines[i].text):
            continue
        labels[i] = Label(FURNITURE, "prompt")
        names = set(_CAPITALISED.findall(lines[i].text)[1:])
        below = lines[i + 1]
        if below.words <= T.PITCH_MAX_WORDS and names \
                and names.intersection(_CAPITALISED.findall(QUOTED.sub(" ", below.text))):
            labels[i + 1] = Label(FURNITURE, "sign-up")


# A how-to's numbered step heading (`Step 1: Add up your costs`, `Paso 2: Elige …`, `Schritt 3: …`, `2. Choose your
# number`): it speaks to the reader as the whole guide does, the guide's own part, no box's call.
_NUMBERED_STEP = re.compile(r"^(?:(?:" + F.STEP_WORDS + r")\s+\d{1,2}|\d{1,2})"
                            r"\s*[:.)–-]\s", re.I)


def _asks_over_box(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A short question to the reader right over a prompt or sign-up box (`Enjoyed what you just read?`,
    `Intéressé par ce que vous venez de lire ?`, `Hat Ihnen dieser Artikel gefallen?`): the box's heading, not the
    story's last paragraph (a story's question is someone's, in quotes, or asks about its subject)."""
    text = lines[i].text
    return text.endswith("?") and lines[i].words <= T.BOX_QUESTION_MAX_WORDS and labels[i + 1].cls == FURNITURE \
        and labels[i + 1].kind in ("prompt", "sign-up") and bool(F.SECOND_PERSON.search(QUOTED.sub(" ", text)))


def _box_button(line: Line) -> bool:
    """A box's button: a call of a few words closed by `free`, `now`, `today` and nothing else (`Sign up free`,
    `Suscríbete gratis`, `Jetzt kostenlos anmelden`); a subheading names the story's subject, it does not call."""
    return line.words <= T.BUTTON_MAX_WORDS and bool(F.CALL_NOW.search(line.text) or F.CALL_LAST.found(line.text))


def _asks_then_calls(text: str) -> bool:
    """A question put to the reader, then a call without a full stop (`Used the old lift? Answer our survey`,
    `Vous étiez sur place ? Racontez-nous`): a subheading may ask a question, it does not go on to ask the reader
    to act."""
    _, mark, rest = text.partition("?")
    return bool(mark and rest.strip() and F.CALL_OPENING.match("? " + rest.lstrip())) \
        and reader_signals(text) >= T.PROMPT_MIN_SIGNALS


def _own_show(text: str) -> bool:
    """`Écoutez notre balado « … » : …`, `Hören Sie unseren Podcast …`: a listening or watching verb in the
    imperative, a show, and the publication speaking of it as its own (a story's `Listen to the episode` names
    another's show): a promotion set into the story, wherever it stands."""
    head = text[:T.MATCH_CHARS]
    if F.OWN_SHOW_LATER.match(head) and not reported_speech(head):
        return True  # `Notre JT revient sur le dossier ce soir`: the station's own programme, later or on replay
    if bool(F.SHOW_PROMO.match(head)) and bool(F.FIRST_PLURAL.search(QUOTED.sub(" ", head))):
        return True
    return _tune_in(QUOTED.sub(" ", head))


def _tune_in(plain: str) -> bool:
    """The reader told when to tune in: a listening or watching verb said to them, then a broadcast word and a
    time of airing in the same sentence (`…, listen to X Radio on the hour`, `sehen Sie heute in der Tagesschau`)."""
    verb = F.TUNE_IN_VERB.search(plain)
    if verb is None or reported_speech(plain):
        return False
    rest = re.split(r"(?<=[.!?])\s", plain[verb.start():], maxsplit=1)[0]
    return bool(F.BROADCAST_TIME.search(rest)) and bool(F.BROADCAST.search(rest))


def _list_item(lines: list[Line], labels: list[Label], i: int) -> bool:
    """An item of the story's own list of advice (`Planners say three steps matter:` / `Check your plan's rules.
    …` / `Raise your contribution early. …`): a lead-in closed by a colon that asks nothing of the reader stands
    a few paragraphs above, with only the list's items between, and another item or paragraph follows. An
    explainer's list says `you` and opens with verbs; a prompt is set into the story alone, not in a list."""
    j = i - 1
    while j >= max(0, i - T.PROMPT_LIST_REACH) and labels[j].cls in (PROSE, NEAR) and not lines[j].text.endswith(":"):
        j -= 1
    if j < max(0, i - T.PROMPT_LIST_REACH) or labels[j].cls not in (PROSE, NEAR, SHORT) \
            or not lines[j].text.endswith(":") or reader_signals(lines[j].text):
        return False
    if not LIST_ITEM.match(lines[i].text) and any(LIST_ITEM.match(lines[k].text) for k in range(j + 1, i)):
        return False  # the list's items are marked (`•`): a line without the mark is past the list's end
    return i + 1 < len(lines) and labels[i + 1].cls in (PROSE, NEAR)


_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+\S")


def _numbered_item(lines: list[Line], labels: list[Label], i: int) -> bool:
    """An item of the story's numbered list (`3. Check your cash flow. …` between `2. …` and `4. …`): its number
    follows the paragraph's above or precedes the one's below; a prompt set into the story is no step of a list."""
    if not (m := _NUMBERED.match(lines[i].text)):
        return False

    def number(k: int) -> int | None:
        n = _NUMBERED.match(lines[k].text) if 0 <= k < len(lines) and labels[k].cls in (PROSE, NEAR) else None
        return int(n[1]) if n else None

    return number(i - 1) == int(m[1]) - 1 or number(i + 1) == int(m[1]) + 1


_NAME_KINDS = frozenset({"byline", "role", "credit", "date", "dateline", "copyright", "issuer"})
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-Þ][\w]+")


def _own_names(lines: list[Line], labels: list[Label]) -> frozenset[str]:
    """The site's name as the page shows it around the story: a capitalised word (not a line's first: a label, a
    `By`, a first name) in several byline, credit, date and copyright lines, and hardly ever in the story."""
    counts: dict[str, int] = {}
    for line, label in zip(lines, labels, strict=True):
        if label.kind in _NAME_KINDS and line.words <= T.HEADER_LINE_MAX_WORDS:
            for word in set(_CAPITALISED.findall(line.text)[1:]):
                counts[word] = counts.get(word, 0) + 1
    names = {w for w, n in counts.items() if n >= T.OWN_NAME_MIN_LINES}
    if not names:
        return frozenset()
    in_prose: dict[str, int] = {}
    for line, label in zip(lines, labels, strict=True):
        if label.cls == PROSE:
            for word in names.intersection(_CAPITALISED.findall(line.text)):
                in_prose[word] = in_prose.get(word, 0) + 1
    return frozenset(w for w in names if in_prose.get(w, 0) <= T.OWN_NAME_MAX_PROSE)


def _own_channel(text: str, own: frozenset[str]) -> bool:
    if not own:
        return False
    plain = QUOTED.sub(" ", text[:T.MATCH_CHARS])
    return bool(own.intersection(_CAPITALISED.findall(plain))) and bool(F.CHANNEL.found(plain)
                                                                       or F.APP.search(plain))


def _more_on_own_air(text: str, lines: list[Line]) -> bool:
    """`Mehr Nachrichten aus der Region gibt es im XY-Magazin um 19.30 Uhr`, `More on this story on KBX Evening`:
    a pointer to more on the subject in a broadcast that names the site itself (its name as the page's copyright
    or title line gives it): the station sending the reader to its programme, not a sentence of the story."""
    if not F.MORE_OPENING.match(text):
        return False
    plain = QUOTED.sub(" ", text[:T.MATCH_CHARS])
    site = house.site_words(lines)
    return bool(site) and F.BROADCAST.search(plain) is not None \
        and not site.isdisjoint(w.lower() for w in re.findall(r"\w[\w+-]*", plain))


def _brand_counts(lines: list[Line], labels: list[Label]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line, label in zip(lines, labels, strict=True):
        if label.cls == PROSE and "+" in line.text:
            for token in set(F.BRAND_PLUS.findall(line.text)):
                counts[token] = counts.get(token, 0) + 1
    return counts


def _brand_pitch(text: str, own: frozenset[str], brands: dict[str, int]) -> bool:
    """A price by the period with the site's own offer named (`XY+ lesen: … für 9,90 Euro im Monat`): a short brand
    token that no other paragraph of the page names (a story about a streaming service names it more than once),
    or the site's own name, is the site selling itself."""
    plain = QUOTED.sub(" ", text[:T.MATCH_CHARS])
    if not _price(plain):
        return False
    if any(brands.get(token, 0) <= 1 for token in F.BRAND_PLUS.findall(plain)):
        return True
    return bool(own.intersection(_CAPITALISED.findall(plain)))


def _error_report(line: Line) -> bool:
    """`Vous avez repéré une erreur ? Écrivez-nous.`: a mistake asked about, with the reader or the site in it, or
    asked about the page itself (`Noticed an error in this story?`: a story's own question is about its subject).
    So is a tip asked for: a question in the site's or the reader's voice answered by sending the reader to the
    newsroom or an address (`Something to tell us? Write to the newsroom.`), whatever the question's words."""
    text = line.text
    if line.words > T.ERROR_REPORT_MAX_WORDS or "?" not in text:
        return False
    question = text[:text.index("?")]
    plain = QUOTED.sub(" ", text)
    voiced = bool(F.SECOND_PERSON.search(plain) or F.SECOND_PERSON.match(plain[:1].lower() + plain[1:])
                  or F.FIRST_PLURAL.search(plain))
    if not F.ERROR_WORD.search(question):
        answer = QUOTED.sub(" ", text[text.index("?") + 1:])
        return voiced and not QUOTE_MARK.search(text) and bool(F.NEWSROOM.search(answer) or F.ADDRESS.search(answer))
    # (`Vous avez …`: the question opens with the reader, capitalised)
    return voiced or bool(F.CALL_OPENING.search(plain) or F.NEWSROOM.search(plain) or house.names_itself(question))


# A promotion's button offering more about a product (`Learn more`, `Mehr erfahren`, `En savoir plus`).
MORE_BUTTON = re.compile(r"^(?:learn more|find out more|discover more|more info|mehr erfahren|mehr infos?"
                          r"|en savoir plus|découvrir|más información|saber más|descubre más|saiba mais|scopri di più"
                          r"|meer informatie|meer weten|läs mer)\W*$", re.I)


def _product_pitch(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A line right above a `Learn more` or `Try it free` button that names the site itself (`Before it's news,
    it's on the Gazette Terminal.`, `Upgrade to Gazette Plus …`): the site's promotion of its own product set into
    the story, not a paragraph of it."""
    if i + 1 >= len(lines) or labels[i + 1].cls not in (FURNITURE, SHORT) \
            or not (MORE_BUTTON.match(lines[i + 1].text) or _box_button(lines[i + 1])):
        return False
    site = house.site_words(lines)
    return bool(site) and not site.isdisjoint(w.lower() for w in _CAPITALISED.findall(QUOTED.sub(" ", lines[i].text)))


# A `Learn more` button run onto the end of its pitch's last sentence (`… on the Gazette Terminal. LEARN MORE`).
_RUN_ONMORE_BUTTON = re.compile(r"(?<=[.!?])\s+(?P<button>[^.!?]{4,30})$")


def _pitch_with_button(lines: list[Line], i: int) -> bool:
    """A promotion's sentence with its `Learn more` button run on (`Before it's here, it's on the Gazette Terminal.
    LEARN MORE`, `… dans Gazette Pro. EN SAVOIR PLUS`): the button in capitals, or the pitch naming the site itself.
    A story's sentence does not end on a button's words after its full stop."""
    text = lines[i].text
    if len(text) > T.RUN_ON_PITCH_MAX_CHARS or not (m := _RUN_ONMORE_BUTTON.search(text)) \
            or not MORE_BUTTON.match(m["button"]):
        return False
    if m["button"].isupper():
        return True
    site = house.site_words(lines)
    pitch = text[:m.start()]
    return bool(site) and not site.isdisjoint(w.lower() for w in _CAPITALISED.findall(QUOTED.sub(" ", pitch)))


def _named_box_pitch(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A sign-up box pasted as a block of its own between paragraphs: its name (`The Morning Brief`), the pitch, the
    button (`Sign up`), tight together and set apart by blank lines. The pitch need not speak to the reader (`The
    day's top stories, explained in five minutes. Every weekday at 7 am.`): the block's shape tells it; a story's
    subheading stands over its paragraphs, not over a button. On a page pasted without blank lines the name calling
    the reader (`Subscribe to The Weekly Brief`, `Abonnez-vous à La Lettre`) and naming a newsletter or channel
    stands in for the block's shape, with no story prose right under the button (`Join the count this weekend` over
    the story's paragraph and a button is the story's subheading)."""
    if i < 1 or i + 1 >= len(lines) or not _box_pitch_button(lines, labels, i + 1):
        return False
    name = lines[i - 1]
    if labels[i - 1].cls != SHORT or name.words > T.BOX_NAME_MAX_WORDS or name.sentence:
        return False
    shaped = name.blank_before and not lines[i].blank_before and not lines[i + 1].blank_before \
        and (i + 2 >= len(lines) or lines[i + 2].blank_before)
    if shaped:
        return True
    named = F.CHANNEL.found(name.text) or F.DIGEST.found(name.text) or _BOX_NAME.search(name.text) is not None
    return named and reader_signals(name.text) > 0 and (i + 2 >= len(lines) or labels[i + 2].cls != PROSE)


# a newsletter's name in a sign-up box (`The Weekly Riverside`, `La Lettre du Fleuve`, `den Talbrief`): a call verb
# over a story's paragraph (`Join the count this weekend`) names none
_BOX_NAME = re.compile(r"\b(?:\w*brief(?:e|ing)?|briefings?|digest|newsletters?|lettres?|letters?|weekly|daily|morning"
                       r"|evening|boletín|bulletin|notiziario|nieuwsbrief|infolettre)\b", re.I)


def _box_heading(line: Line) -> bool:
    """A sign-up box's heading naming it, with no call (`Newsletter`, `Nieuwsbrief`): it opens the box under it."""
    return line.words <= 2 and _BOX_NAME.search(line.text) is not None and not F.CALL_OPENING.search(line.text)


def _box_pitch_button(lines: list[Line], labels: list[Label], j: int) -> bool:
    """Line j is a sign-up box's button (`Jetzt anmelden`, `Sign up`), not its bare heading (`Newsletter`)."""
    return lines[j].words <= T.BUTTON_MAX_WORDS and not _box_heading(lines[j]) and (
        labels[j].kind == "sign-up" or (labels[j].kind == "control" and F.CALL_TO_ACTION.found(lines[j].text)))


def _box_pitch(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A line right above a sign-up box's button (`Jetzt anmelden`, `Sign up`) that opens with the box's name
    (`The Morning Brief: the day's news at 6am.`) or speaks to the reader is the box's pitch. A box's heading with
    no call (`Newsletter` over the box) is no button: the story's last paragraph may stand over it."""
    if i + 1 >= len(lines) or not _box_pitch_button(lines, labels, i + 1):
        return False
    text = lines[i].text
    head = text.split(":", 1)[0]
    return (":" in text and len(head.split()) <= T.BOX_NAME_MAX_WORDS) or reader_signals(text) > 0
