"""Captions and their credits, told by their neighbours: the credit at the end of a caption line (or in brackets
after its sentence), a credit line under (or over) its caption, a bare name (over the byline), an `AGENCY/Name`
under a caption without a full stop, a `Name | OUTLET` split at its bar, a credit in capitals, a labelled
credit, a name `for Outlet`. `classify` calls these in its context step; the header's credit reader
(`credits.py`) and the section reader use the same tests."""

from __future__ import annotations

import re

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.bylines import (
    byline_photographer,
    clean_author,
    latin_name,
    name_then_place,
    person,
    persons,
)
from newsletter.ingest.scraped.cjk import caption_credit, interview_bite
from newsletter.ingest.scraped.labels import (
    FURNITURE,
    MENU,
    META,
    NEAR,
    PROSE,
    SHORT,
    STOP,
    TEXT_CLASSES,
    Label,
    neighbour,
)
from newsletter.ingest.scraped.lines import SENTENCE_END, Line, blankless_page, long_words, measure

# Where one sentence ends and the next begins, a quotation's closing mark perhaps between (`… “deployed.” What`);
# not a title's stop before a name (`Gov. Kathy Hochul and Sen. Chuck Schumer …`, `Prof. Anna Weber`, `Dra. Ana
# Ruiz`: the titles, ranks and offices a caption names people by).
TWO_SENTENCES = re.compile(
    r"(?<![^\W\d_])(?!(?-i:Dra|Drs|Prof|Profa|Ste|Sra|Srta|Mme|Mlle|Mrs|Gov|Sen|Rep|Gen|Col|Capt|Sgt|Cmdr|Adm|Supt"
    r"|Insp|Det|Rev|Hon|Pres|Sec|Atty|Amb|Msgr|Lieut|Brig|Maj|Cpl|Pvt|Dir|Ing|Dipl|Mag|Abg|Bgm)\.)"
    r"[^\W\d_]{3,}[.!?][”\"’»]?\s+[A-ZÀ-Þ\"“„«]")


def title_case(text: str) -> bool:
    """Most words of four letters or more start with a capital: `Rural Families Drank Contaminated Water.` Two
    sentences must be capitalised throughout (`… for Years. The State Knew.`): German capitalises its nouns, and
    a German standfirst (`Die Stadt investiert Millionen. Für den Verein heißt das …`) has most long words so."""
    long_words = re.findall(r"[^\W\d_]{4,}", text)
    share = T.TITLE_CASE_SHARE if not TWO_SENTENCES.search(text) else T.TITLE_CASE_TWO_SENTENCES_SHARE
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= len(long_words) * share


# A wire credit's status after its last slash (`REUTERS/Jane Doe/File Photo`, `EFE/Ana Ruiz/Archivo`, `AFP/Jean
# Roe/Archives`, `dpa/Max Roe/Archivbild`, `ANSA/Gio Roe/Archivio`, `…/Pool`, `…/Handout`): part of the credit,
# though its `Photo` is a picture word; the credit is read without it, then keeps it.
_WIRE_TAIL = re.compile(r"(?<=[^\W\d_])\s?/\s?(?:file photo|file|pool(?: photo)?|handout(?: photo)?|illustration"
                        r"(?:/file photo)?|archivo|foto de archivo|archives?|archivbild|archivfoto|archiv|archivio"
                        r"|foto d'archivio|arquivo|archief)$", re.I)


def credit_at_end(text: str) -> str | None:
    """The credit a caption line ends in; a call to action run onto a promotion's sentence (`… Terminal. LEARN
    MORE`, `EN SAVOIR PLUS`) has a name's capitals but is a button, no credit; nor is a bracket of figures alone
    (`Série · L’eau des communes (2/4)`, `Teil (3/5)`): a series' part counter or a score names nobody."""
    credit = _credit_at_end(text)
    if credit is not None and (label := _LABEL_AFTER_SIGN.match(credit)):
        credit = credit[label.end():]  # `… matin. © Photo : Jane Roe / Site`: the label after the sign goes too
    return None if credit is None or F.is_ui(credit) or not _LETTER.search(credit) else credit


_LETTER = re.compile(r"[^\W\d_]")


# A picture word and its colon opening what the copyright sign credits (`© Photo : Jane Roe`, `© Foto: Ana Ruiz`,
# `© Bild: Max Roe`, `© Crédit photo : …`): the credit's label, not its words (`© Picture Alliance` has no colon).
_LABEL_AFTER_SIGN = re.compile(r"^(?:photos?|foto|fotos|bild|image|imagen|immagine|imagem|picture|crédit(?: photo)?"
                               r"|credit|fotografía|fotografia|photographie|beeld)\s*:\s*(?=\S)", re.I)


# A picture desk's licensing link run onto the caption's credit (`… Baltwire/Jane Roe Purchase Licensing Rights, opens
# new tab`, `Acheter les droits de licence`, `Lizenzrechte erwerben`, `Comprar derechos de licencia`, `Acquista i
# diritti di licenza`, `Comprar direitos de licença`, `Licentierechten kopen`): a button, not the credit's words.
_LICENSING_LINK = re.compile(r"\s+(?:purchase licensing rights|buy licensing rights|acheter les droits( de licence)?"
                             r"|lizenzrechte (erwerben|kaufen)|comprar (los )?derechos( de licencia)?"
                             r"|acquista(re)? i diritti( di licenza)?|comprar (os )?direitos( de licença)?"
                             r"|licentierechten kopen)(?:,? (?:opens new tab|opens in a new tab"
                             r"|s'ouvre dans un nouvel onglet|öffnet in neuem tab|se abre en una nueva pestaña"
                             r"|si apre in una nuova scheda"
                             r"|abre em nova aba|opent in nieuw tabblad))?$", re.I)


# A Creative Commons licence closing a caption, with its holder before or after it (`… Zum Vergrößern auf das Bild
# klicken. CC-BY-SA 2.0`, `… harbour. Jane Roe, CC BY 4.0`, `… CC0 Public Domain`): the picture's credit.
_LICENCE_AT_END = re.compile(r"(?<=[.!?:)])\s+(?P<credit>[^.!?]{0,60}?\bCC(?:[- ]BY(?:-(?:SA|NC|ND))*|0)"
                             r"(?:[- ]?\d\.\d)?(?:\s[^.!?]{1,60})?)$")


# A photographer's name in capitals after a dash closing the caption's sentence (`… ahead of Tropical Storm Dalisay.
# —JOHN REY MACASAET`), as Philippine papers print it.
_DASHED_CAPS_NAME = re.compile(r"[.!?”\"]\s*[—–]\s?(?P<credit>[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){1,4})$")


def _credit_at_end(text: str) -> str | None:
    if m := _LICENCE_AT_END.search(text[-T.RUN_IN_CREDIT_CHARS:]):
        return m["credit"]
    if " " in text and (link := _LICENSING_LINK.search(text[-T.RUN_IN_CREDIT_CHARS:])):
        text = text[:len(text) - len(link.group())]
    if (tail := _WIRE_TAIL.search(text)) and "/" in text[:tail.start()][-60:]:
        credit = credit_at_end(text[:tail.start()])
        return credit + text[tail.start():] if credit and "/" in credit else None
    if not text.isascii():
        if interview_bite(text):
            return None  # (`[박영순/서울 노원구 : "…"]`: a broadcast's interview bite, whose slash credits no one)
        if credit := caption_credit(text):
            return credit
    if F.CAPTION_LABELLED.match(text):
        return None  # `Pie de foto: Una grúa …`: the words after a caption's own label are the caption, no credit
    if m := _GLUED_CREDIT.search(text):
        return m["credit"]
    if credit := _run_in_name(text):
        return credit
    if (m := _CAPS_FOR_OUTLET.search(text) or _CAPS_WITH_BRACKETED_SOURCE.search(text)) \
            and person(m["name"].strip().title()):
        return m["credit"]
    if (m := _DASHED_CAPS_NAME.search(text)) and person(m["credit"].title()):
        return m["credit"]
    if (m := _NAMED_FOR_OUTLET_IN_BRACKETS.search(text)) and person(m["name"]):
        return m["credit"]
    if len(text) <= T.CAPTION_MAX_CHARS and (m := _COURTESY_AFTER_SENTENCE.search(text[-T.RUN_IN_CREDIT_CHARS:])) \
            and not _REPORTS.search(text):
        return m["credit"]
    if not text.endswith((")", "]")) and not F.CREDIT_WORD.found(text):
        if SENTENCE_END.search(text):
            return None  # cheap tests first: the suffix search below is the costliest pattern per line
        if m := F.NAME_AFTER_CAPTION.search(text):
            return m["credit"]
        return _slash_credit(text)
    if not SENTENCE_END.search(text) and (m := F.PHOTO_AFTER_CAPTION.search(text) or F.PHOTO_AFTER_QUOTE.search(text)
                                          or F.PICTURE_BY_AFTER_CAPTION.search(text)):
        return m["credit"]
    if (m := _BY_NAME_STOPPED.search(text)) and persons(m["credit"]):
        return m["credit"]
    if m := F.CREDIT_SUFFIX.search(text):
        return m["credit"]
    if (m := F.BRACKET_CREDIT.search(text)) and F.PHOTO_AGENCIES.search(m["credit"]):
        return F.CREDIT_LABEL.sub("", m["credit"])
    if not SENTENCE_END.search(text) and (m := F.NAME_AFTER_CAPTION.search(text)):
        return m["credit"]
    if m := _CAPITALS_NAME_IN_BRACKETS.search(text):
        return m["credit"]
    if (m := _NAMED_IN_BRACKETS.search(text)) and _names_person(m["credit"]):
        return m["credit"]
    if m := _COURTESY_IN_BRACKETS.search(text[-T.RUN_IN_CREDIT_CHARS:]):
        return m["credit"]
    if SENTENCE_END.search(text):
        return None
    if (m := _NAMED_IN_BRACKETS_UNSTOPPED.search(text)) and _names_person(m["credit"]) \
            and len(text[:m.start()].split()) >= T.BARE_CAPTION_MIN_WORDS:
        return m["credit"]
    return _slash_credit(text)


# `… gave way last spring. Photograph by Jane Doe.`, `… en octubre. Foto de Ana Ruiz.`: a picture word and its `by`
# word after the caption's sentence, then a person's name closed by a full stop of its own (the name is checked).
_BY_NAME_STOPPED = re.compile(r"[.!?]\s+(?i:photographs?|photos?|pictures?|images?|fotos?|fotografías?|fotografia"
                              r"|fotografie|photographie|bild|bilder|aufnahmen?|imagen|immagine|illustration)"
                              r"\s+(?i:by|de|di|da|von|par|door|por)\s+(?P<credit>[A-ZÀ-Þ][\w'’-]*"
                              r"(?:\s+(?:(?:de|da|di|del|van|von|der|den|du|le|la|y|and|et|und|e)\s+)?[A-ZÀ-Þ][\w'’-]*)"
                              r"{1,4})\.$")


# After the caption's full stop, the photographer without a label: after a bar, a dot or a dash (`… de octubre. |
# L. Sáenz`, the shape of Spanish papers; `… anoitecer. — Ana Souza`), or after a source's few words and a slash
# (`… quai 3. Lecteur reporter/Jane Roe`, `… am Bahnhof. Leserreporter/Max Roe`: a reader's picture, an agency or an
# archive named in words).
_BAR_NAME = re.compile(r"(?<=(?:\w\w|\s\d)[.…])[\"”»’]?\s+(?P<sep>[|·•—–-])\s+(?P<credit>[A-ZÀ-Þ][^|·•—–!?:;]{2,60})$")
_BAR = re.compile(r"\s[|·•—–-]\s")
_NEXT_SENTENCE = re.compile(r"\w\w[.!?]\s+[A-ZÀ-Þ]")  # a second sentence starts
_QUOTED = re.compile(r"[\"“”„«»]")
_SOURCE_SLASH_NAME = re.compile(r"(?<=(?:\w\w|\s\d)[.!?…])[\"”»’]?\s+(?P<credit>[A-ZÀ-Þ][\w'’-]*(?:[ -][\w'’-]+){0,2}"
                                r"\s?/\s?(?P<name>[A-ZÀ-Þ][^/|.!?:;]{2,50}))$")


def _name_comma_outlet(credit: str) -> bool:
    """`Jane Doe, The Daily Courier`: the photographer's name, a comma and the outlet's few capitalised words."""
    name, comma, outlet = credit.partition(", ")
    return bool(comma) and person(name) and 1 <= len(outlet.split()) <= T.CREDIT_OUTLET_MAX_WORDS \
        and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in outlet.split()) and outlet[:1].isupper()


def _run_in_name(text: str) -> str | None:
    """The photographer's credit run into the caption's end without a label (_BAR_NAME, _SOURCE_SLASH_NAME): a
    person's name (initials allowed), perhaps with the agency after a slash, or an agency in capitals (`| EFE`)."""
    tail = text[-T.RUN_IN_CREDIT_CHARS:]
    if _BAR.search(tail) and (m := _BAR_NAME.search(text)) and _caption_before(text, m.start()) \
            and not (m["sep"] in "—–-" and _QUOTED.search(text)):  # (`“…” — Jane Doe`: a quote and its speaker)
        credit = m["credit"].strip()
        # (a name in capitals, `| ANDRÉS PULIDO`, is read as written in Title Case)
        if re.fullmatch(r"[A-ZÀ-Þ]{2,8}", credit) and m["sep"] in "—–-" and _NEXT_SENTENCE.search(text[:m.start()]):
            return None  # an agency's sign-off closing a story's paragraph of sentences (`… agreed. – NPA`)
        if person(credit) or (credit.isupper() and person(credit.title())) or agency_and_name(credit) \
                or re.fullmatch(r"[A-ZÀ-Þ]{2,8}", credit) or any(person(part.strip()) for part in credit.split("/")) \
                or _name_comma_outlet(credit):
            return credit
    if "/" in tail and (m := _SOURCE_SLASH_NAME.search(text)) and _caption_before(text, m.start()) \
            and person(m["name"].strip()):
        label = text[m.start("credit"):m.start("name")].strip(" /").split()
        if all(picture_word(w) or F.CREDIT_WORD.pattern.fullmatch(w) for w in label):
            # `… on Monday. Photo/Jane Roe`: only a picture word before the slash, glued to the name: its label
            return m["name"].strip() if len(label) == 1 and "/" in m["credit"].split()[0] else None
        # (`… vol is. Beeld ANP / Ruben Hoogland`: the picture word before the agency is the credit's label)
        return m["credit"][len(label[0]):].strip() if picture_word(label[0]) else m["credit"]
    return None


def _caption_before(text: str, end: int) -> bool:
    """A caption's words before a run-in credit (not a name's initial: `I. Varga / Outlet` is a credit line)."""
    return len(text[:end].split()) >= T.CAPTION_MIN_WORDS


# `… en semaine. JANE ROE POUR « LA GAZETTE »`, `… Nov. 24. JANE DOE FOR THE HERALD`, `… JANE ROE PARA EL DIARIO`,
# `… JANE ROE FÜR DIE ZEITUNG`: after the caption's full stop, a photographer's name in capitals made for the
# outlet, in capitals too (perhaps in quotes); the name a person's two words at least (`VOTE POUR « LE PLAN »`
# names nobody).
_CAPS_FOR_OUTLET = re.compile(r"[.!?]\s+(?P<credit>(?P<name>(?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s+){2,4})"
                              r"(?:POUR|FOR|PARA|FÜR|PER|VOOR)\s+[«“\"„]?\s*"
                              r"[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9'’ .&-]{1,40}?\s*[»”\"“]?)$")

# The photographer in capitals with the picture's source in capitals and brackets, after the caption's full stop (`…
# provincia de Cuenca. NURIA PELÁEZ SOTO (MUSEO DE LAS HOCES)`, the shape of Spanish papers): the whole is the credit.
_CAPS_WITH_BRACKETED_SOURCE = re.compile(r"[.!?]\s+(?P<credit>(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+"
                                         r"(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3})"
                                         r"\s+\([A-ZÀ-Þ0-9][A-ZÀ-Þ0-9'’ .&/-]{1,50}\))$")
# The credit's label run into the caption's last word, no space between (`… training on Tuesday morningCredit: Harbour
# Images`): a tabloid's caption pasted with its credit.
_GLUED_CREDIT = re.compile(r"(?<=[a-z.!?])(?:Credit|Picture|Photo|Image)s?:\s*(?P<credit>[A-ZÀ-Þ][^:|()]{1,60})$")

# `… outside the town. (Jane Doe for The Herald)`, `… à Lyon. (Jane Roe pour Le Temps)`, `… en Gijón. (Ana Ruiz para
# el Diario)`, `… in Kiel. (Max Roe für die Zeitung)`: the same photographer made for the outlet, in brackets and
# in mixed case after the caption's full stop; the name a person's two words at least.
_NAMED_FOR_OUTLET_IN_BRACKETS = re.compile(
    r"[.!?]\s+[\[(](?P<credit>(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})\s+(?:for|pour|para|für|per"
    r"|voor)\s+(?:(?:the|le|la|les|el|die|der|das|il|lo|de|het|o|a)\s+)?[A-ZÀ-Þ0-9][\w'’ .&-]{1,40}?)[\])]$")


# `… en el Palacio de los Deportes. (JOSÉ LUIS ROCA)`: a photographer's name of two to four words in capitals,
# in brackets after the caption's full stop (an acronym, `(UEFA)`, is one word).
_CAPITALS_NAME_IN_BRACKETS = re.compile(r"[.!?]\s+[\[(](?P<credit>(?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+ ){1,3}[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)"
                                        r"[\])]$")


# `… dans un immeuble lausannois. [Keystone - Laurent Gillieron]`, `… am Hafen. (Jane Doe/Nordbild)`: after the
# caption's sentence, in brackets and without a label, a photographer's name alone or joined to the agency's by a
# dash, a slash or a comma.
_NAMED_IN_BRACKETS = re.compile(r"[.!?]\s+[\[(](?P<credit>[A-ZÀ-Þ][\w'’.&-]*(?:\s+(?:de|da|di|del|van|von|der|le|la)?"
                                r"\s*[A-ZÀ-Þ][\w'’.&-]*){0,4}(?:\s*(?:\s[-–—]|/|,)\s*[A-ZÀ-Þ][\w'’.&-]*"
                                r"(?:\s+(?:de|da|di|del|van|von|der|le|la)?\s*[A-ZÀ-Þ][\w'’.&-]*){0,4})?)[\])]$")
# `… at the station on Thursday morning (Jane Doe)`: a caption without its full stop, a sentence's length (longer
# than a headline-shaped label), the photographer's name in brackets after it, as above.
_NAMED_IN_BRACKETS_UNSTOPPED = re.compile(r"(?<=[^\W\d_])\s+" + _NAMED_IN_BRACKETS.pattern[len(r"[.!?]\s+"):])
# The words that credit a picture lent by its owner (`Courtesy of X`, `Cortesía de X`, `Avec l'aimable autorisation
# de X`), shared with the credit lines of credits.py.
COURTESY_WORDS = (r"courtesy(?: of)?|cortesía(?: de)?|cortesia(?: de| di)?|gentileza(?: de)?|avec l'aimable"
                  r" autorisation de|mit freundlicher genehmigung (?:von|der|des)|per gentile concessione di"
                  r"|met dank aan|med tillatelse fra|med tilladelse fra|med tillstånd av|dzięki uprzejmości"
                  r"|cu amabilitatea|s laskavým svolením|per cortesia de")
# `… only the cable system is affected. (Courtesy Ministry of Transportation)`: after the caption's sentence, in
# brackets, the owner who lent the picture (kept with its courtesy words, as a credit line opening so is).
_COURTESY_IN_BRACKETS = re.compile(r"[.!?]\s+[\[(](?P<credit>(?i:" + COURTESY_WORDS + r")\s+[A-ZÀ-Þ][^()\[\]]{1,80})"
                                   r"[\])]$")
# `… at Salt Lake City International Airport. Courtesy of Skyway Air`: after the caption's sentence, unbracketed, the
# owner who lent the picture closing the line without a full stop (kept with its courtesy words): name words only to
# the line's end, capitalised or their connectors (`Cortesía de Aerolíneas del Sur`); a story's clause goes on after
# the name (`Courtesy of Mrs Hale, here is the recipe:`, `Met dank aan Memphis Depay werd het toch nog feest:`).
# Dutch `met dank aan` (`thanks to`) only in brackets.
_COURTESY_NAME_WORD = (r"(?:[A-ZÀ-Þ][\w'’.&-]*|(?:of|the|and|de|del|la|le|les|du|des|di|da|do|dos|van|von|der|den"
                       r"|y|e|et|&))")
_COURTESY_AFTER_SENTENCE = re.compile(
    r"[.!?]\s+(?P<credit>(?i:" + COURTESY_WORDS.replace("|met dank aan", "") + r")\s+[A-ZÀ-Þ][\w'’.&-]*"
    r"(?:[ -]" + _COURTESY_NAME_WORD + r"){0,6})$")
# A paragraph that reports (`…, they said`, `told`, `according to`, and their kind in the languages of European news
# sites): the story's, not a caption's, whatever its end.
_REPORTS = re.compile(r"\b(?:said|told|according to|sagte|sagten|erklärte|erklärten|laut|a dit|ont dit|selon"
                      r"|dijo|dijeron|según|ha detto|hanno detto|disse|disseram|zei|zeiden|volgens)\b", re.I)


def courtesy_out_of_place(lines: list[Line], labels: list[Label]) -> None:
    """A line read as a caption only for its courtesy credit in brackets (`… (Courtesy Porter family)`) is a caption
    only in a caption's place and of a caption's length: under the header's lines or next to a photo's lines (no
    story paragraph above it), at most LONE_CAPTION_MAX_WORDS words before the bracket, not reporting and not
    quoting. Amid the story, or long, or reporting, it is the story's paragraph (its bracket the writer's)."""
    for i, label in enumerate(labels):
        text = lines[i].text
        if label.cls != META or label.kind != "caption" or not text.endswith((")", "]")) \
                or not (m := _COURTESY_IN_BRACKETS.search(text[-T.RUN_IN_CREDIT_CHARS:])) \
                or credit_at_end(text) != m["credit"]:
            continue
        caption = text[:len(text) - len(m.group()) + 1]
        placed = neighbour(labels, i, -1) in (META, None) or (i + 1 < len(labels) and labels[i + 1].cls == META
                                                             and labels[i + 1].kind in ("caption", "credit"))
        if not placed or len(caption.split()) > T.LONE_CAPTION_MAX_WORDS or _REPORTS.search(caption) \
                or _QUOTED.search(caption):
            line = lines[i]
            labels[i] = Label(PROSE) if line.prose else Label(NEAR) if line.near_prose else Label(SHORT)


_CREDIT_PARTS = re.compile(r"\s+[-–—]\s+|\s*[/,]\s*")


def _names_person(credit: str) -> bool:
    """A bracketed credit names a person on one side of its dash, slash or comma (a bracketed `(Live Blog)` or
    `(Foreign Office)` names none), or a picture agency by its agency word (`(Agencia Meseta)`, `(Agence Lumen)`)."""
    return any(person(part.strip()) or _AGENCY_NAMED.match(part.strip()) for part in _CREDIT_PARTS.split(credit))


def _slash_credit(text: str) -> str | None:
    """`… stoppage time Touchline Images / Pete Harrow`: a caption run into its `Agency / Photographer` credit."""
    if "/" not in text[-80:]:
        return None
    if (m := _STOP_SLASH_CREDIT.search(text)) and m["word"].lower() not in _ABBREVIATIONS \
            and len(text[:m.start()].split()) >= T.CAPTION_MIN_WORDS:
        return m["credit"]
    if not (m := F.SLASH_CREDIT.search(text)) or _RATE_PAIR.search(text):
        return None
    caption = text[:m.start()]
    # a caption of a few words before it, without slashes of its own (`Inicio / Cultura / Libros` is a breadcrumb)
    if len(caption.split()) < T.CAPTION_MIN_WORDS or "/" in caption:
        return None
    credit = m["credit"]
    # `… en Ciutat Vella. / Jane Doe`: the caption's sentence ends before the slash, the credit is the name after it
    if (end := _SENTENCE_THEN_SLASH.search(credit)) and end.group(1).lower() not in _ABBREVIATIONS:
        return credit[end.end():]
    # `… del Tribunale Foto ANSA/Matteo Bazzi`: a picture's label inside the run, before an agency in capitals, is
    # where the credit starts (`… Studio Foto Lario/Marco Riva` names an agency with the word in it)
    if label := _PICTURE_LABEL_IN_RUN.search(credit):
        return credit[label.end():]
    return credit


_PICTURE_LABEL_IN_RUN = re.compile(r"(?<=\s)(?:Foto|Photo|Bild|Imagen|Immagine|Imagem|Beeld|Kuva|Fotografía|Fotografia)"
                                   r"\s+(?=[A-ZÀ-Þ]{2,}\s?/)")


# A figure quoted in a pair of currencies or units (`Tipo de cambio: 18.42 MXN/USD`, `Dollar: 0,9214 EUR/USD`): a
# market strip's rate, not a caption run into an `Agency/Name` credit.
_RATE_PAIR = re.compile(r"\d\s?[A-Z]{3}\s?/\s?[A-Z]{3}$")


# The caption's sentence closed, then a spaced slash and the credit, in capitals or as written (`… este jueves. /
# MANUEL CRESPO`, `… am Montag. / Jana Roe / Nordbild`, `… jeudi. / AFP`), the shape of Spanish papers: the slash
# after a full stop of a word (not `Inc. /`) opens a credit, never the caption's sentence.
# (the name may open on its initials: `… el pasado martes. / J. M. ROMERO`)
_STOP_SLASH_CREDIT = re.compile(r"(?P<word>[^\W\d_]{2,})[.!?…][\"”»’]?\s+/\s+(?P<credit>(?:[A-ZÀ-Þ]\.\s?){0,3}"
                                r"[A-ZÀ-Þ][^/|.!?:;]{1,50}"
                                r"(?:\s/\s[A-ZÀ-Þ][^/|.!?:;]{1,40})?)$")


# A word's full stop, then the slash: the caption's sentence ends there (`Vella. / Name`; not `Inc. / Name`).
_SENTENCE_THEN_SLASH = re.compile(r"([^\W\d_]{2,})\.\s*/\s*")


_ABBREVIATIONS = frozenset({"inc", "ltd", "co", "corp", "jr", "sr", "bros", "cía", "cia", "cie", "dept", "st"})


def suffix_credit(text: str) -> str | None:
    """The credit at the end of a caption line, or None."""
    return credit_at_end(text) if len(text) <= T.CAPTION_MAX_CHARS else None


def credit_only(text: str) -> bool:
    """A credit whose "caption" is only its label (`Photograph © Jane Doe / Outlet`, `Aufnahme © Jane Doe`): a credit
    line of its own, so the sentence above it is its caption."""
    credit = suffix_credit(text)
    if not credit:
        return False
    label = text[:text.rfind(credit)].strip(" ©:/|([-–—")
    # (its words as measured in any script: `（本报记者 NAME 摄）` closes a caption of many words without spaces)
    return measure(label, frozenset()).words <= T.LABELLED_CREDIT_MAX_LABEL_WORDS and not SENTENCE_END.search(label)


def captions_over_credits(labels: list[Label], i: int) -> bool:
    """The page sets its captions above their credits: a credit above line i has its caption right above it."""
    return any(labels[k].kind == "credit" and labels[k - 1].kind == "caption" for k in range(1, i))


def caption_below(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A credit in capitals without a colon (`PHOTO NAME, OUTLET`), with no caption above it, is set above its
    caption: the sentence under it, when a paragraph follows that sentence, and the page's other credits are not
    set under theirs (`Caption.` / `© A / TRI` then a video's `Le reportage de …` / `© TRI`: under what it signs).
    """
    text = lines[i].text
    if text.upper() != text or ":" in text or i + 2 >= len(lines) or labels[i - 1].cls in (PROSE, NEAR) \
            or labels[i - 1].kind == "credit":  # (the outlet of a split `Name | CBN` credit: its caption is above)
        return False
    if captions_over_credits(labels, i):
        return False  # this credit closes what stands above it
    below = lines[i + 1]
    return labels[i + 1].cls in (PROSE, NEAR) and below.full_stop and len(below.text) <= T.CAPTION_MAX_CHARS \
        and labels[i + 2].cls == PROSE


def credit_over_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A picture agency's credit with no caption above it (`Getty Images`, `Nordlicht Bilder`), over one sentence
    shorter than the paragraph under it: the photo's credit set above its caption, at the top of the story."""
    if i + 2 >= len(lines) or lines[i].words > T.BARE_CREDIT_MAX_WORDS or "/" in lines[i].text \
            or (i > 0 and labels[i - 1].cls in (PROSE, NEAR)) or not F.BARE_CREDIT.match(lines[i].text):
        return False
    below, para = lines[i + 1], lines[i + 2]
    return labels[i + 1].cls in (PROSE, NEAR) and below.full_stop and not TWO_SENTENCES.search(below.text) \
        and labels[i + 2].cls == PROSE and len(below.text) < len(para.text) <= 4 * T.CAPTION_MAX_CHARS \
        and not any(labels[j].cls == PROSE for j in range(max(0, i - T.SECTION_WINDOW), i))


def name_over_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A person's bare name set tight above one caption-length sentence (no blank line between them), a paragraph
    longer than that sentence under it, and the page's byline already read above with no paragraph since: the
    photographer's credit printed before its caption. Without a byline above, the name could be the author's over
    the first paragraph."""
    if i + 2 >= len(lines) or lines[i + 1].blank_before or not lines[i + 2].blank_before \
            or lines[i].words > T.BARE_CREDIT_MAX_WORDS or not latin_name(lines[i].text):
        return False
    below, para = lines[i + 1], lines[i + 2]
    if labels[i + 1].cls not in (PROSE, NEAR) or not below.full_stop or TWO_SENTENCES.search(below.text) \
            or labels[i + 2].cls != PROSE or not len(below.text) < min(len(para.text), T.CAPTION_MAX_CHARS + 1):
        return False
    byline = next((j for j in range(i - 1, max(-1, i - T.SECTION_WINDOW - 1), -1) if labels[j].kind == "byline"), None)
    # (and the story has not begun between them: a name over a sentence amid the story is a speaker)
    return byline is not None and not any(labels[j].cls == PROSE and lines[j].words > T.HEADER_LINE_MAX_WORDS
                                          for j in range(byline, i))


def name_under_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A person's bare name set tight under a one-sentence caption, and under it, set apart by a blank line, another
    bare name over the date: the first name is the photographer's credit printed without a label, the second the
    byline (`Usuarios esperan el tren en Abando.` / `Jane Roe` / blank / `Ana Ruiz` / `Martes, 17 de …`). A name under
    a standfirst with no second name below is the byline itself; without the blank line the two names are not told
    from a byline over its outlet or job title. The photographer's name may be set in capitals (`JOSEP LLORCA`, as
    a capitals credit is: caps_credit), the byline's not."""
    if not 0 < i < len(lines) - 2 or labels[i].cls != SHORT or lines[i].blank_before \
            or not (person(lines[i].text) or caps_credit(lines, i)):
        return False
    above, below = lines[i - 1], lines[i + 1]
    if labels[i - 1].cls not in (PROSE, NEAR) or not above.full_stop or len(above.text) > T.CAPTION_MAX_CHARS \
            or above.words < T.CAPTION_MIN_WORDS or TWO_SENTENCES.search(above.text):
        return False
    if not below.blank_before or labels[i + 1].cls not in (SHORT, META) or below.words > T.BARE_NAME_MAX_WORDS \
            or not person(clean_author(below.text)):
        return False  # (pasted tight, `Name` / `Outlet` or `Name` / `Job title` under a standfirst has this shape)
    return any(labels[k].kind in ("date", "dateline")
               for k in range(i + 2, min(len(lines), i + 3 + T.CLUSTER_GAP)))


# A path split at slashes from the start page (the start page's names as sections._HOME holds them).
_FROM_HOME = re.compile(r"^(?:home|homepage|front page|portada|inicio|início|startseite|accueil|inici|hoofdpagina"
                        r"|forside|startsida|etusivu|anasayfa|strona główna|úvod)\s*/\s*\S", re.I)
# Three or more initialisms joined by slashes (`PSV/AZ/NEC`): clubs or parties a story names, not a credit, unless
# one of them is a news or picture agency (`EFE/EPA/POOL`). (A wire's slug, `AFP/jb/mm`, has its initials in lower
# case after the agency: captions do not take it.)
_INITIALISMS = re.compile(r"^[A-ZÀ-Þ]{2,4}(?:\s?/\s?[A-ZÀ-Þ]{2,4}){2,}$")


def initials_row(text: str) -> bool:
    return _INITIALISMS.match(text) is not None and not any(
        F.AGENCIES.match(part.strip()) or F.BARE_CREDIT.match(part.strip()) for part in text.split("/"))


def bare_credit(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Marco Brezinski / Mohawk Valley Dispatch` under a caption sentence: a credit without a label. Its slashes
    make it look like a menu, so a menu-shaped line counts only when one of its parts is a person's name."""
    label, text = labels[i], _unbracketed(lines[i].text)
    if i == 0 or label.cls not in (SHORT, MENU) or lines[i].words > T.BARE_CREDIT_MAX_WORDS:
        return False
    if i + 1 < len(lines) and labels[i + 1].kind in ("date", "dateline") and name_then_place(text):
        return False  # `Ana Ruiz / Requena` over the date line: the byline and where its reporter files from
    if labels[i - 1].cls == SHORT and (agency_and_name(text) or _house_photo(lines, labels, i, text)):
        return _caption_without_stop(lines, labels, i)
    if labels[i - 1].cls not in (PROSE, NEAR) or len(lines[i - 1].text) > T.CAPTION_MAX_CHARS:
        return False
    if for_outlet(lines, i, text):  # where the photo block opens (no paragraph above its caption: else a subheading)
        return i < 2 or labels[i - 2].cls not in TEXT_CLASSES
    if label.cls == SHORT and _name_and_outlet(lines, i, text):
        return True
    if label.cls == SHORT and _dashed_agency(text) and not lines[i].blank_before and lines[i - 1].full_stop \
            and (i < 2 or labels[i - 2].cls not in TEXT_CLASSES):
        return True  # `Jane Doe - Agence Lumen` tight under the caption where the photo block opens
    if label.cls == SHORT and text != lines[i].text and person(text) and lines[i - 1].full_stop \
            and (i < 2 or labels[i - 2].cls not in TEXT_CLASSES):
        # `(Jane Doe)` alone under a one-sentence caption where the photo block opens: the photographer, the
        # brackets being the credit's (a story is signed below its last paragraph, with prose above it)
        return not TWO_SENTENCES.search(lines[i - 1].text)
    if not F.BARE_CREDIT.match(text) or _sign_off(lines, labels, i) or _FROM_HOME.match(text) or initials_row(text) \
            or F.AUTHOR_BOX_HEADING.match(text):
        return False  # (`Home / Banking / Checking accounts`: a path from the start page, not `Name / Outlet`)
    return label.cls == SHORT or (lines[i - 1].full_stop and any(latin_name(part.strip()) and len(part.split()) >= 2
                                                                 for part in text.split("/")))


# A name given by its initials only (`J. M. S.-C.`, `A.R.`, `M.-L. B.`): two initials or more, each with its stop.
INITIALS = re.compile(r"^[A-ZÀ-Þ]\.(?:[\s-]?[A-ZÀ-Þ]\.){1,5}$")


def name_under_lead_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A person's bare name pasted tight under a one-sentence caption that opens a block, a paragraph set apart
    below it, and the byline or date already shown just above: the lead photo's credit printed without a label
    (`Workers at the plant's gate.` / `Jane Roe` / blank / the story). A page signs its story once, in the header
    cluster above; a name here is the photographer's, and so are initials alone (`J. M. S.-C.`, `A.R.`), which
    no story line is."""
    # (`WHAT HAPPENS NEXT` is a heading: two stopwords or more; a name holds a particle or an initial at most)
    capitals = round(lines[i].stop_share * lines[i].words) < 2 and _name_in_capitals(lines[i].text)
    if not 0 < i < len(lines) - 1 or labels[i].cls != SHORT \
            or not (person(lines[i].text) or INITIALS.match(lines[i].text) or capitals):
        return False
    above = lines[i - 1]
    if labels[i - 1].cls not in (PROSE, NEAR) or not above.full_stop or len(above.text) > T.CAPTION_MAX_CHARS \
            or above.words < T.CAPTION_MIN_WORDS or labels[i + 1].cls != PROSE:
        return False
    # (set apart above and below; a page pasted tight sets no block apart: the name's neighbours must tell)
    if not (above.blank_before and lines[i + 1].blank_before) and not blankless_page(lines):
        return False
    reach = range(_reach_start(labels, i - 1), i - 1)
    # (a name in capitals is the byline where none stands above, and a letters page's signatures come in a series:
    # the credit is the one name in capitals, under a byline)
    if capitals and not (any(labels[k].kind == "byline" for k in reach)
                         and sum(_name_in_capitals(line.text) for line in lines) == 1):
        return False
    if lines[i].blank_before or TWO_SENTENCES.search(above.text):
        return _signed_above(lines, labels, i, reach)
    return any(labels[k].kind in ("byline", "date", "dateline") for k in reach)


def caps_credit_over_byline(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A photographer's name in capitals pasted tight under a caption, over the byline's name and its date line
    (`Turistas con maletas en la calle Granada …` / `ÁLVARO PINEDA` / blank / `Lucía Garrido Ortega` / `Málaga - 22
    feb 2027`): the credit, the name under it the author (Spanish dailies set the photo over the byline, apart from
    it; a byline in capitals pasted tight over its place or job, `MARTA ROIG` / `Jerez de la Frontera`, is one)."""
    if not 0 < i < len(lines) - 2 or lines[i].blank_before or not _name_in_capitals(lines[i].text) \
            or round(lines[i].stop_share * lines[i].words) >= 2:
        return False
    above, below = lines[i - 1], lines[i + 1]
    if labels[i - 1].cls not in (PROSE, NEAR) or not above.full_stop or len(above.text) > T.CAPTION_MAX_CHARS \
            or above.words < T.CAPTION_MIN_WORDS:
        return False
    return below.blank_before and person(below.text) and not _name_in_capitals(below.text) \
        and labels[i + 2].kind in ("date", "dateline")


def _name_in_capitals(text: str) -> bool:
    """`JUAN M. SALGUERO`: a person's name set in capitals, as Spanish dailies print a photographer's credit (no
    kind of furniture: `LEE TAMBIÉN` is a label)."""
    return text.isupper() and person(text.title()) and F.kind_of(text) is None


def _reach_start(labels: list[Label], caption: int) -> int:
    """Where the header cluster's reach above a caption starts: CAPTION_BYLINE_REACH lines up, the furniture between
    them not counted (save, share and text-size buttons and a listen player may stand between the date and the lead
    photo: a dozen lines on some pages)."""
    k, counted = caption, 0
    while k > 0 and counted < T.CAPTION_BYLINE_REACH:
        k -= 1
        counted += labels[k].cls != FURNITURE
    return k


def _signed_above(lines: list[Line], labels: list[Label], i: int, reach: range) -> bool:
    """A name set apart from the caption (or under a caption of two sentences) is the photographer's only when the
    header's byline, another name, already stands just above with no paragraph since: a page whose blocks are all
    set apart shows a credit as its own block; without a byline above, the name is the byline (under a standfirst).
    A story's first paragraph over a repeated marker (`Partner Space`) is no caption: the marker shows again.
    """
    bylines = [k for k in reach if labels[k].kind == "byline"]
    if not bylines or lines[i].text in lines[bylines[-1]].text \
            or any(labels[k].cls == PROSE for k in range(bylines[-1] + 1, i - 1)):
        return False
    # (and the story's paragraph under it runs longer than the caption; a name shown again is a marker or a label)
    return len(lines[i - 1].text) < len(lines[i + 1].text) \
        and sum(line.text == lines[i].text for line in lines) == 1


def outlet_under_lead_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """The page's own name pasted tight under a one-sentence caption that opens a block, over a paragraph set apart
    (`The beach after the storm.` / `Eastbrook Gazette` / blank / the story): the outlet credits its own photo. The
    name is the masthead's or the footer's (another line of the page, whatever its case), so a story's short line
    under a sentence is not taken for one."""
    if not 1 < i < len(lines) - 1 or labels[i].cls != SHORT or lines[i].blank_before or lines[i].sentence \
            or lines[i].words > T.BARE_CREDIT_MAX_WORDS or not lines[i].text[:1].isupper():
        return False
    # (a paste without blank lines around shows no block: the caption's shape and the name's repetition decide)
    tight = not any(lines[k].blank_before for k in range(max(0, i - T.BOX_MAX_LINES), min(len(lines), i + 4)))
    above = lines[i - 1]
    if labels[i - 1].cls not in (PROSE, NEAR) or not (above.blank_before or tight) or not above.full_stop \
            or len(above.text) > T.CAPTION_MAX_CHARS or above.words < T.CAPTION_MIN_WORDS \
            or TWO_SENTENCES.search(above.text) or labels[i - 2].cls == PROSE:
        return False
    if not (lines[i + 1].blank_before or tight) or labels[i + 1].cls != PROSE:
        return False
    own = lines[i].text.casefold()
    # (without blank lines, the name must be the masthead's at the page's top: a subheading the story's table of
    # contents repeats, `Contents` / `What happens next` / … / `What happens next`, is no credit)
    reach = T.MASTHEAD_TOP_LINES if tight else len(lines)
    return any(k != i and line.text.casefold() == own for k, line in enumerate(lines[:reach]))


_BRACKETED_CAPITALS = re.compile(r"^\((?P<name>[A-Z][A-Z0-9&-]{1,9})\)$")


def bracketed_outlet_under_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A station's or agency's letters in brackets alone under a one-sentence caption, over the byline or date
    (`Crews work at the site on Wednesday.` / `(WZNA)` / `By Jane Doe`), or under the byline or date with its caption
    (`By Jane Doe` / `Crews work at the site.` / `(WZNA)` / the story): the photo's credit. The letters name the
    outlet elsewhere on the page too (its dateline's `(WZNA) -`, its logo); a wire tag closing a story stands under
    the last paragraph, not over a byline."""
    if 0 < i < len(lines) - 1 and outlet_colon_name_under_caption(lines, labels, i):
        return True  # `(MBC Broken Hill: Jane Doe)`
    if not 0 < i < len(lines) - 1 or not (m := _BRACKETED_CAPITALS.match(lines[i].text)):
        return False
    header = ("byline", "date", "dateline")
    if labels[i + 1].kind not in header and (i < 2 or labels[i - 2].kind not in header):
        return False  # (or the caption right under the byline or date, the credit over the story: one photo block)
    above = lines[i - 1]
    if labels[i - 1].cls not in (PROSE, NEAR) or not above.full_stop or len(above.text) > T.CAPTION_MAX_CHARS \
            or TWO_SENTENCES.search(above.text):
        return False
    name = re.compile(r"(?<!\w)" + re.escape(m["name"]) + r"(?!\w)")
    return any(k != i and name.search(line.text) for k, line in enumerate(lines))


# An outlet's name, a colon and a person's name in brackets (`(MBC Broken Hill: Jane Doe)`): the outlet opens with
# letters in capitals or runs to two capitalised words at least (`(Reporting: Jane Doe)` credits no picture).
OUTLET_COLON_NAME = re.compile(r"^\((?P<credit>(?P<outlet>[A-ZÀ-Þ]{2,}[\w&'’.-]*(?:\s+[A-ZÀ-Þ0-9][\w&'’.-]*){0,3}"
                               r"|[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ0-9][\w&'’.-]*){1,3})\s*:\s*(?P<name>[^():;,]{2,60}))\)$")


def outlet_colon_name_under_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`(Outlet Place: Jane Doe)` alone under a one-sentence caption, over more text: the photo's credit (a caption
    of two sentences or more is a paragraph, a bracket under it the story's aside)."""
    if not 0 < i < len(lines) - 1 or not (m := OUTLET_COLON_NAME.match(lines[i].text)) or not person(m["name"]):
        return False
    above = lines[i - 1]
    return labels[i - 1].cls in (PROSE, NEAR) and above.full_stop and len(above.text) <= T.CAPTION_MAX_CHARS \
        and not TWO_SENTENCES.search(above.text) and labels[i + 1].cls != STOP


def _name_and_outlet(lines: list[Line], i: int, text: str) -> bool:
    """`E. Moreau / 20 Minutes`, `Jane Doe / The Clarion`: the photographer (a name, perhaps initialled), a slash and
    the site's own name as its logo or copyright line shows it elsewhere on the page, whatever its shape (a name
    may open with a figure: `20 Minuten`, `24 heures`, `7sur7`)."""
    who, slash, outlet = text.partition("/")
    return bool(slash) and "/" not in outlet and person(who.strip()) and len(outlet.split()) <= T.LABEL_MAX_WORDS \
        and _outlet_shown(lines, outlet.strip().lower(), (i,))


# An agency's short name in capitals (`APA`, `ÖFW`, `KEYSTONE`) on one side of a credit's slash.
_AGENCY_ABBREVIATION = re.compile(r"^[A-ZÀ-Þ]{2,10}$")
# ... or named in words by its agency word (`Agencia Meseta`, `Agence Lumen`, `Bildagentur Nord`, `Agenzia Riva`,
# `Nordlicht Press Agency`, `Halden Images`): the picture agency, not a second person.
_AGENCY_NAMED = re.compile(r"^(?:(?:agencia|agence|agentur|bildagentur|fotoagentur|agenzia|agência|agentschap|agency"
                           r"|photo agency|press agency)(?:\s+(?:de|d['’]|di|da|del|des|du|für)?\s*[A-ZÀ-Þ][\w'’&.-]*)"
                           r"{1,3}|(?:[A-ZÀ-Þ][\w'’&.-]*\s+){1,3}(?:press agency|photo agency|agency|images|pictures"
                           r"|photos|fotos|bilder|presse|press))$", re.I)


# The words that name a picture agency's trade (a byline's outlet, `Valley Press`, names none).
_PICTURE_AGENCY = re.compile(r"\b(images|pictures|photos|fotos|bilder|photography|fotografie|fotografía|photo agency"
                             r"|bildagentur|fotoagentur)$", re.I)


def _dashed_agency(text: str) -> bool:
    """`Jane Doe - Agence Lumen`, `Ana Ruiz – Halden Images`: a photographer's name, a spaced dash and a picture
    agency named by its agency word (a byline's `Name - Place` names no agency)."""
    parts = [part.strip() for part in re.split(r"\s+[-–—]\s+", text)]
    return len(parts) == 2 and person(parts[0]) and bool(_AGENCY_NAMED.match(parts[1]))


def agency_and_name(text: str) -> bool:
    """`APA/Martin Kofler`, `Jane Doe / DPA`, `Agencia Meseta / Ana Ruiz`: an agency's short name in capitals (or its
    name with its agency word) and a photographer's name on either side of one slash, the credit shape of Austrian,
    German and Swiss sites (and wire pictures anywhere)."""
    parts = [part.strip() for part in text.split("/")]
    return len(parts) == 2 and any((_AGENCY_ABBREVIATION.match(a) or _AGENCY_NAMED.match(a)) and person(b)
                                   for a, b in (parts, parts[::-1]))


def _house_photo(lines: list[Line], labels: list[Label], i: int, text: str) -> bool:
    """`Westfunk/Marlies Gantner` closing a photo block set apart under the story's first paragraph (or its
    standfirst): the site's own name, one word that other short lines of the page open with (its menu's `Westfunk
    Play`, its address's `Westfunk Vorarlberg`), and a photographer's name, a broadcaster's own picture credited as
    agencies credit theirs (agency_and_name). Under the headline it is the byline; tight over a paragraph, under a
    subheading, a credit or a voice stands over the story's section (`Pro/Anna Berger`)."""
    parts = [part.strip() for part in text.split("/")]
    if len(parts) != 2 or not _ONE_NAME_WORD.match(parts[0]) or not person(parts[1]):
        return False
    if i + 2 >= len(lines) or not (lines[i + 1].blank_before or blankless_page(lines)):
        return False  # (set apart from the story, unless the page sets nothing apart)
    # (the photo block stands under the story's standfirst or first paragraph: prose above it on the story's topic,
    # not a site's notice over the headline, which the `caption` would then be)
    above = [k for k in range(max(0, i - T.HOUSE_PHOTO_REACH), i - 1) if labels[k].cls == PROSE] \
        or _caption_under_headline(lines, labels, i - 1)
    if not above or not long_words(lines[above[-1]].text) & long_words(lines[i + 1].text):
        return False
    # (the site's name opens its menu's and address's short lines as a word: `Westfunk Play`, not `Prozent …`)
    name = re.compile(rf"{re.escape(parts[0])}\b")
    return sum(line.words <= T.HEADER_LINE_MAX_WORDS and name.match(line.text) is not None for line in lines) \
        > T.HOUSE_NAME_MIN_LINES


def _caption_under_headline(lines: list[Line], labels: list[Label], k: int) -> list[int]:
    """[k] when line k is the lead photo's caption right under the headline (past its player's lines): twice as long
    as the headline-shaped line over it (no label) and longer than headlines are (`Sommerskilauf am Kaunertaler
    Gletscher vorzeitig beendet` / `Artikel vorlesen lassen` / `Der Trainingshang am Gepatschferner Mitte Juni: …`
    / `Westfunk/Name`)."""
    j = k - 1
    while j >= 0 and labels[j].cls not in TEXT_CLASSES and labels[j].cls != MENU:
        j -= 1
    if j < 0 or labels[j].cls != SHORT or labels[k].cls not in (SHORT, NEAR, PROSE) or lines[j].sentence \
            or not T.HEADLINE_MIN_WORDS <= lines[j].words <= lines[k].words // 2 \
            or lines[k].words < T.LEAD_CAPTION_MIN_WORDS:
        return []
    return [k]


_ONE_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w-]{2,}$")


def _caption_without_stop(lines: list[Line], labels: list[Label], i: int) -> bool:
    """The short line above an agency-and-name credit is its caption though it has no full stop (`Lkw-Kolonne auf der
    Inntalautobahn bei Kufstein`): words enough for a caption, set tight above the credit, the story's prose under
    the credit; or on a page that sets every block of its story apart, the caption, the credit and the paragraph
    under it each set apart too (`Die Bergstation im Oktober: Große Teile des Eises sind abgedeckt` / blank /
    `ALR/Jane Roe` / blank / the story)."""
    above = lines[i - 1]
    apart = lines[i].blank_before and above.blank_before and i + 1 < len(lines) and lines[i + 1].blank_before
    return above.words >= T.CAPTION_MIN_WORDS and (not lines[i].blank_before or apart) and not above.menu \
        and i + 1 < len(lines) and labels[i + 1].cls == PROSE


def pipe_credit(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Jane Doe | CBN` under a caption of one or two sentences, split at its bar: a person's name (two words at
    least; a breadcrumb's `Business | Transport` names none), then a short outlet in capitals or one the page names
    elsewhere (its logo, its copyright line). It opens the photo block (no paragraph above the caption: a byline
    `Name | Place` stands under a standfirst that follows the headline) and the story goes on under it."""
    if not 0 < i < len(lines) - 2 or lines[i].part or not lines[i + 1].part or lines[i + 2].part:
        return False
    name, outlet, above = lines[i].text, lines[i + 1].text, lines[i - 1]
    if labels[i].cls not in (SHORT, MENU) or len(name.split()) < 2 or not latin_name(name) or SENTENCE_END.search(name):
        return False
    if labels[i - 1].cls not in (PROSE, NEAR) or not above.full_stop or len(above.text) > T.CAPTION_MAX_CHARS \
            or len(TWO_SENTENCES.findall(above.text)) >= T.COMMISSIONED_CAPTION_MAX_SENTENCES:
        return False
    if labels[i + 2].cls != PROSE:
        return False
    if _PICTURE_AGENCY.search(outlet) and _AGENCY_NAMED.match(outlet) and person(name) and above.blank_before:
        # `Jane Doe | Halden Images`: a picture agency by its word, under a caption set apart (a key-points box
        # not yet known as one may stand right above it)
        return True
    if i >= 2 and labels[i - 2].cls in TEXT_CLASSES:
        return False
    if outlet.isalpha() and outlet.isupper() and 2 <= len(outlet) <= T.PIPE_CREDIT_OUTLET_MAX_LETTERS:
        return True
    return len(outlet.split()) <= T.SITE_MAX_WORDS and _outlet_shown(lines, outlet.lower(), (i, i + 1))


# A photographer working for the outlet (`Jane Doe for The Clarion`, `Yann Le Goff pour « L'Estuaire »`, `Jane Doe
# für den Boten`, `Jane Doe para El Faro`): a person's name, the word for "for", the outlet.
_FOR_OUTLET = re.compile(
    r"^(?P<who>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:(?:le|la|de|da|di|du|del|della|des|dos|das|van|von|der|den|ter|y)\s+)*"
    r"[A-ZÀ-Þ][\w'’.-]*){1,3})\s+(?:for|pour|für|per|para|voor|för|til|dla)\s+(?P<outlet>\S.{1,60})$")


_QUOTED_OUTLET = re.compile(r"^[«\"“„‹']")


_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright", re.I)


def for_outlet(lines: list[Line], i: int, text: str | None = None, whole: bool = True, set_apart: bool = False
               ) -> bool:
    """`Jane Doe for The Clarion` on line i (or `text`, its words without brackets, or the end of a caption on line
    i when not `whole`): a credit without a label. The outlet is quoted, or named on another line of the page, alone
    (its logo) or in the copyright line, or the credit is `set_apart` in brackets after a caption; a subheading
    (`New Homes for Eastgate`) names a place, which shows only in prose."""
    text = lines[i].text if text is None else text
    m = _FOR_OUTLET.match(text)
    if not m or SENTENCE_END.search(text) or (whole and lines[i].words > T.BARE_CREDIT_MAX_WORDS) \
            or not latin_name(m["who"]):
        return False
    if set_apart or _QUOTED_OUTLET.match(m["outlet"]):
        return True
    outlet = re.sub(r"^(?:[a-zß-ÿ']+\s+)+", "", m["outlet"]).strip(" «»\"“”„‹›'").lower()  # `für den Boten` -> `boten`
    return _outlet_shown(lines, outlet, (i,))


def _outlet_shown(lines: list[Line], outlet: str, credit: tuple[int, ...]) -> bool:
    """The outlet (lower case) is named on a line of the page other than the credit's: alone (its logo) or in the
    copyright line. A place a subheading names shows only in prose."""
    return any(k not in credit and not line.part and line.words <= T.BARE_CREDIT_MAX_WORDS * 2 and (
        line.text.lower() == outlet or (outlet in line.text.lower() and _COPYRIGHT_MARK.search(line.text)))
        for k, line in enumerate(lines))


# A wire sign-off: an editor's initials in lower case, then the agency (`jpa/Nordpress`, `dpa/lni`, `ats/afp`);
# or the reporter's name, then the web editor's initials in lower case (`Jane Doe/kmr`, `Jean Dupont/abc/xyz`;
# not a picture agency written so, `Jane Doe/dpa`, which credits a photo).
_SIGN_OFF = re.compile(r"^\(?(?:[a-zß-ÿ]{2,4}(?:\s?/\s?[\w.-]{2,20}){1,3}|[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:de|da|di|du|van"
                       r"|von|le|la)\s+){0,2}[A-ZÀ-Þ][\w'’-]+){1,3}(?:\s?/\s?(?!(?:dpa|epa|afp|apa|ap)\b)[a-zß-ÿ]{2,4}){1,2})\)?$")


def _sign_off(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Initials and agency after the story's last paragraph, no prose below: where the story was signed, not a
    photo's credit (a photo's caption has the story going on under it, and its credit names a person or agency
    with capitals)."""
    if not _SIGN_OFF.match(lines[i].text) or any(picture_word(w) for w in re.findall(r"\w+", lines[i].text)):
        return False
    return not any(labels[j].cls == PROSE for j in range(i + 1, min(len(lines), i + 1 + T.SIGN_OFF_REACH)))


def caps_credit(lines: list[Line], i: int) -> bool:
    """A credit in capitals without a label under its caption (`JANE DOE FOR « THE CLARION »`): a short line all in
    capitals, not a sentence, opening with two words that are no stopwords (a name; `THE QUAY AT NIGHT` is a
    heading), right under a one-sentence caption."""
    line, text = lines[i], lines[i].text
    # the name in capitals may be followed by its outlet as written (`JANE DOE, Gazette`, `EVA BRANDT, Stadtbote`)
    name, _, outlet = text.partition(", ")
    outlet_ok = bool(outlet) and _OUTLET.match(outlet) is not None
    words = len(name.split()) if outlet_ok else line.words
    if i < 1 or not 2 <= words <= T.BARE_CREDIT_MAX_WORDS or line.sentence or line.lead_stops:
        return False
    letters = [c for c in (name if outlet_ok else text) if c.isalpha()]
    if len(letters) < T.CAPS_CREDIT_MIN_LETTERS or not all(c.isupper() for c in letters):
        return False
    above = lines[i - 1]
    # with its outlet, the line is a credit whatever stands above: the caption may add a sentence of context
    sentences = 1 + len(_SENTENCE_BREAK.findall(above.text))
    return above.full_stop and len(above.text) <= T.CAPTION_MAX_CHARS and above.words >= T.CAPTION_MIN_WORDS \
        and (not TWO_SENTENCES.search(above.text) or (outlet_ok and sentences <= T.COMMISSIONED_CAPTION_MAX_SENTENCES))


_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’»)]?\s+(?=[A-ZÀ-Þ\"“«])")
# An outlet after a credit's name in capitals: one to three capitalised words (`Sentinel`, `The Gazette`).
_OUTLET = re.compile(r"^(?:[A-ZÀ-Þ][\w'’&.-]*)(?:\s+[A-ZÀ-Þ][\w'’&.-]*){0,2}$")


def caps_credit_at(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A capitals credit in the body's terms: over the story's prose, where the photo block opens (no paragraph
    above its caption). (Between two paragraphs, the same shape could be a subheading set in capitals under a
    short paragraph, so it is not taken there.)"""
    if not 0 < i < len(lines) - 1 or labels[i].cls not in (SHORT, MENU):
        return False
    below = _past_share_row(lines, labels, i + 1)
    return labels[below].cls == PROSE and labels[i - 1].cls in (PROSE, NEAR) \
        and (i < 2 or labels[i - 2].cls not in TEXT_CLASSES) and caps_credit(lines, i)


_LABEL_MORE = str(T.LABELLED_CREDIT_MAX_LABEL_WORDS - 1)


_LABELLED_CREDIT = re.compile(r"^(?P<label>[A-ZÀ-Þ][\w'’.-]*(?:\s+[a-zß-ÿ][\w'’.-]*){0," + _LABEL_MORE + r"})\s*:?\s+"
                              r"(?P<credit>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:de|da|van|von|du|di|[A-ZÀ-Þ][\w'’.-]*)){1,3}"
                              r"(?:\s*/\s*[A-ZÀ-Þ][\w'’.&-]*(?:\s+[\w'’.&-]+){0,3})?)$")


def labelled_credit(text: str) -> str | None:
    """`Photo supplied by Network Rail`, `Aufnahme: Leni Schwarzmaier`: whatever the label's words, the name after
    a short label (its first word capitalised, the rest lower case), or None."""
    m = _LABELLED_CREDIT.match(text)
    if not m or SENTENCE_END.search(text) or F.FACT_LABEL.match(text):
        return None
    label = m["label"]
    # A one-word label without a colon could be a first name (`Ana Sofía Breckenridge`): then only a picture word
    # (a stem shared by many languages) makes it a label.
    colon = text[len(label):].lstrip().startswith(":")
    if " " not in label and not colon and not _PICTURE_STEM.match(label):
        return None
    # Several words without a colon name a picture or end on the word that hands it over (`Photo supplied by`,
    # `Image courtesy of`, `Aufgenommen von`): `Trucks rerouted through New Brunswick` is a subheading.
    if " " in label and not colon and not any(map(picture_word, label.split())) \
            and not _HANDING_WORD.fullmatch(label.split()[-1]):
        return None
    return m["credit"]


_HANDING_WORD = re.compile(r"by|of|von|par|por|di|da|de|door|av|af|przez|od|de la|del|des|du", re.I)


_PICTURE_STEM = re.compile(r"(phot|fot|bild|imag|pict|pic\b|aufnahm|clich|kuva|kép|zdj|sním|beeld|görsel|φωτ|ilustr"
                           r"|illustr|grafik)", re.I)


def picture_word(word: str) -> bool:
    """A word that names a picture in many languages (`Photo`, `Foto`, `Bild`, `Cliché`, `Kuva`)."""
    return _PICTURE_STEM.match(word) is not None


def labelled_credit_at(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A labelled credit by position: under a caption sentence, over the story's prose (not over a date line, as a
    byline of the same shape is: `Enquête de Jane Doe`, then `Publié le …`), or over the byline when its label
    names a picture (`Sentinel photo by Gary Lind` / `Ellen Marr, Staff Writer`, `Foto von Jana Roth` / `Von Anna
    Berg`: the photo block set between the headline and the byline)."""
    if i == 0 or i + 1 >= len(lines) or labels[i].cls not in (SHORT, MENU, NEAR) \
            or lines[i].words > T.BARE_CREDIT_MAX_WORDS or not labelled_credit(lines[i].text):
        return False
    above = lines[i - 1]
    below = _past_share_row(lines, labels, i + 1)
    # (past a share row, only a picture's label: `Photo courtesy:`, not a video's `Montaggio video:` credit)
    return labels[i - 1].cls in (PROSE, NEAR) and above.full_stop and len(above.text) <= T.CAPTION_MAX_CHARS \
        and ((labels[below].cls == PROSE and (below == i + 1 or picture_word(lines[i].text)))
             or (below == i + 1 and _picture_label(lines[i].text) and _over_byline(labels, below)))


def _past_share_row(lines: list[Line], labels: list[Label], k: int) -> int:
    """The first line from k past a share row between a photo block and the story (`Share on Facebook` / `Copy link`,
    controls, the comments' link `Comentarios`)."""
    while k + 1 < len(lines) and ((labels[k].cls == FURNITURE and labels[k].kind == "control")
                                  or F.is_share_row(lines[k].text) or _SHARE_ON.match(lines[k].text)
                                  or F.COMMENTS_HEADING.match(lines[k].text)):
        k += 1
    return k


def _over_byline(labels: list[Label], k: int) -> bool:
    """Line k is the header's byline: read so, or a line right over the date line (a bare name, `Ellen Marr, Staff
    Writer`, read as the byline once the date under it is known)."""
    return labels[k] == Label(META, "byline") or (k + 1 < len(labels) and labels[k + 1].cls == META
                                                  and labels[k + 1].kind in ("date", "dateline"))


def _picture_label(text: str) -> bool:
    """A labelled credit's label holds a word for a picture (`Sentinel photo by`, `Foto von`)."""
    m = _LABELLED_CREDIT.match(text)
    return m is not None and any(map(picture_word, m["label"].split()))


# A share button naming its network, whatever the network (`Share on Viber`, `Compartir en Line`, `Teilen auf X`).
_SHARE_ON = re.compile(r"^(?:share on|share via|compartir en|partager sur|teilen auf|condividi su|partilhar no"
                       r"|compartilhar no|delen op)\s+\w+$", re.I)


def _unbracketed(text: str) -> str:
    """`(KXRP Photo/Dev Ramaswamy)` -> `KXRP Photo/Dev Ramaswamy`: a credit line may stand in brackets."""
    return text[1:-1].strip() if text[:1] in "([" and text[-1:] in ")]" else text


def bare_name(text: str) -> bool:
    """A name alone on a line (`Sanne de Wit`: the particle is part of the name)."""
    return latin_name(clean_author(text)) or latin_name(text)


def bare_caption(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A caption without its full stop tight above the credit at line i, amid the story (paragraphs above and
    below): a sentence's length and stopwords (`Storm waves hit the harbour wall on Tuesday night`), longer than a
    subheading, which would stand over its paragraph, not over a credit. (Below it the story may go on with a
    subheading, `'A new low'` over its paragraph.)"""
    prev = lines[i - 1]
    return not lines[i].blank_before and prev.words >= T.BARE_CAPTION_MIN_WORDS \
        and prev.stop_share >= T.GOOD_MIN_STOPWORDS and neighbour(labels, i - 1, -1) in (PROSE, NEAR) \
        and (neighbour(labels, i, 1) in (PROSE, NEAR) or _subheading_below(lines, labels, i))


def _subheading_below(lines: list[Line], labels: list[Label], i: int) -> bool:
    """The next line past furniture below line i is a short line set apart over a paragraph set apart: the story's
    subheading (or, where the page is pasted tight there, line i and both lines under it without blank lines). An
    explainer's subheading may be a question (`3. Will bills keep going up?`)."""
    j = i + 1
    while j < len(labels) and labels[j].cls == FURNITURE:
        j += 1
    if j + 1 >= len(lines) or labels[j].cls != SHORT or (lines[j].sentence and not lines[j].text.endswith("?")) \
            or labels[j + 1].cls != PROSE:
        return False
    return (lines[j].blank_before and lines[j + 1].blank_before) \
        or not (lines[i].blank_before or lines[j].blank_before or lines[j + 1].blank_before)


def caption_follows(lines: list[Line], i: int) -> bool:
    """`Image source, X` then `Image caption, …`: the credit's caption is below it, not above."""
    return i + 1 < len(lines) and bool(F.CAPTION_BELOW.match(lines[i + 1].text))


def has_rest(text: str) -> bool:
    """`Read more: Headline` is one line of furniture; a bare `Read more` introduces a list."""
    m = F.KINDS_BY_NAME["related"].matches(text[:T.MATCH_CHARS])
    return bool(m and (m.group("rest") or "").strip())


_SECOND_SENTENCE = re.compile(r"[.!?…]\s+[A-ZÀ-Þ\"“„«]")
# A group photo's caption closes on who stands where (`… in February. From left: A, B and C.`, `Von links: …`,
# `De gauche à droite : …`, `De izquierda a derecha: …`, `Da sinistra: …`, `Da esquerda para a direita: …`, `Van
# links naar rechts: …`): the caption's own list of names, not a second sentence of a story's lede.
_FROM_LEFT = re.compile(r"[.!?…]\s+\(?(?i:(?:pictured |shown )?(?:from left(?: to right)?|left to right|l-r|l to r"
                        r"|von links(?: nach rechts)?|v\.\s?l\.(?:\s?n\.\s?r\.)?|de gauche à droite"
                        r"|à partir de la gauche|de izquierda a derecha|desde la izquierda|da sinistra(?: a destra)?"
                        r"|da esquerda(?: para a direita)?|van links(?: naar rechts)?|v\.l\.n\.r\.))\s?[:,]\s+"
                        r"[A-ZÀ-Þ][^.!?\"“”„«»]{2,200}[.)]?\)?$")


def uncredited_caption(lines: list[Line], labels: list[Label], headline: int, start: int, end: int) -> bool:
    """The lead photo's caption alone where the body begins: a magazine credits its photographer once, under the
    byline (`Photography: X`, `Fotos: X`) or in it (`Text: X Fotos: Y`), not under the caption, and the header
    shows no caption of its own. The caption is one sentence of caption length without quotes (a group's names from
    the left may follow it, _FROM_LEFT), over a paragraph
    longer than it (a story that opens with a one-sentence lede under a photo credited in its caption is left alone:
    the caption was found there)."""
    if start + 1 >= end or not (lines[start].full_stop and lines[start].words <= T.LONE_CAPTION_MAX_WORDS) \
            or _QUOTED.search(lines[start].text) or _SECOND_SENTENCE.search(_FROM_LEFT.sub(".", lines[start].text)) \
            or lines[start + 1].words < T.LONE_CAPTION_PARAGRAPH_RATIO * lines[start].words:
        return False
    header = range(headline + 1, start)
    return not any(labels[k].kind == "caption" for k in header) and any(
        (labels[k] == Label(META, "credit") and labels[k - 1] == Label(META, "byline"))
        or (labels[k] == Label(META, "byline") and byline_photographer(lines[k].text)) for k in header)


# A label of a few words in sentence case and a colon opening a line (`Look closely:`, `Im Detail:`, `De cerca:`);
# a wire dateline in capitals (`LONDON:`) is not one.
_RUN_IN_LABEL = re.compile(r"^(?=[^:]*[a-zß-ÿ])[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s+\S")


def second_caption(lines: list[Line], labels: list[Label], start: int, end: int) -> bool:
    """A second caption under the lead photo's: one labelled sentence of caption length (`Look closely: the road is
    already under water at the bridge.`) right under the caption, over a paragraph far longer than it. A lede does
    not open with a label of its own."""
    return start > 0 and start + 1 < end and labels[start - 1].kind == "caption" \
        and lines[start].full_stop and lines[start].words <= T.LONE_CAPTION_MAX_WORDS \
        and not _SECOND_SENTENCE.search(lines[start].text) and _RUN_IN_LABEL.match(lines[start].text) is not None \
        and lines[start + 1].words >= T.LONE_CAPTION_PARAGRAPH_RATIO * lines[start].words
