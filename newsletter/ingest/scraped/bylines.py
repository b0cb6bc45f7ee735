"""Bylines by shape, in the languages of European news sites (en, es, pt, fr, it, de, nl, sv, no, da, pl, cs, ro, ca,
fi, el, tr, hu).

A byline is a short line: an optional lead-in naming the piece (`Eine Reportage von`, `Analysis by`), a byline
word (`By`, `Por`, `Von`, `Av`, `Escribe:`, `Tekst:`), then one or more capitalised names joined by the
language's `and` or a comma, perhaps followed by a place, a role or an outlet, which `clean_author` drops.
A job title before the name (`By state political reporter X`, `von unserem Korrespondenten X`) goes too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.cjk import byline_name
from newsletter.ingest.scraped.dates import starts_with_date
from newsletter.ingest.scraped.lines import Line, page_language

# A date's label (`Updated`, `Published`, `Aktualisiert`, `Publié`, `Actualizado`, …).
_DATE_LABEL = (r"(?:last )?updated|published|posted|veröffentlicht|aktualisiert|publié|mis à jour|actualizado"
               r"|publicado|pubblicato|aggiornato|gepubliceerd|bijgewerkt")
# Where a byline's name ends: a comma or bar, ` - `, `in City`, `for Outlet`, `with Agency`, `updated …`.
_AUTHOR_END = re.compile(r"\s*(?:[,|(·•]|\s-\s|\s–\s|\s—\s)\s*|\s+(?:en|à|a|de)\s+(?=[A-ZÀ-Þ])"
                         r"|\s+(?i:in|aus|from|für|for)\s+(?=[A-ZÀ-Þ])"
                         rf"|\s+(?:avec|with|mit|con|com|met)\s+|\s+(?i:{_DATE_LABEL})\b")


_AUTHORS_JOIN = re.compile(r",?\s+(and|y|und|et|e|&)\s+")


# `Von unserer Redakteurin Anna Beck`, `par notre correspondant X`, `by our reporter X`: the role goes.
_ROLE_BEFORE_NAME = re.compile(
    r"^(?:(?:our|unsere[rnm]?|notre|nos|nuestr[oa]s?|nostr[oa]|del nostro|della nostra|noss[oa]|onze)\s+)"
    r"(?:[\w-]+\s+)?(?=\S+\s+[A-ZÀ-Þ])", re.I)


# A job title in capitals before the name (`Meteorologist Ben Kowalski`, `Senior Reporter Ann Lee`, `Chief Weather
# Forecaster Jo Hart`): up to two capitalised words, a reporter's job in the singular (`Periodistas Sin Mordaza` is a
# group's name), then a name of two or three capitalised words closing the byline.
_TITLE_BEFORE_NAME = re.compile(
    r"^(?:(?-i:[A-ZÀ-Þ])[\w-]*\s+){0,2}(?=(?-i:[A-ZÀ-Þ]))(?:correspondent|editor|reporter|writer|journalist|columnist"
    r"|analyst|contributor|producer|presenter|critic|meteorologist|forecaster|meteorologe|meteorologin|meteorólogo"
    r"|meteoróloga|météorologue|meteorologo|meteorologa|weerman|weervrouw|redakteur|redakteurin|reporterin"
    r"|journalistin)\s+(?=(?-i:[A-ZÀ-Þ])[\w'’.-]+(?:\s+(?:(?:de|da|van|von|der|den|di|du|le|la)\s+)?"
    r"(?-i:[A-ZÀ-Þ])[\w'’.-]+){1,2}$)", re.I)


@lru_cache(maxsize=8192)  # (pure: the header readers ask it again of the same lines and names)
def clean_author(who: str) -> str:
    """`Jana Albrecht, Funkhaus-Hauptstadtstudio` -> `Jana Albrecht`; `A, Site, and B, Paper` -> `A and B`;
    `A & B` -> `A and B`; `unserer Redakteurin Anna Beck` -> `Anna Beck`."""
    if (m := _ROLE_BEFORE_NAME.match(who)) and F.ROLE.search(who[:m.end() + 30]):
        who = who[who.index(" ", m.end()) + 1:] if F.ROLE.match(who[m.end():]) else who[m.end():]
    elif m := _TITLE_BEFORE_NAME.match(who):
        who = who[m.end():]
    parts = _AUTHORS_JOIN.split(who)  # names and the words joining them, alternately
    names = [_AUTHOR_END.split(name, maxsplit=1)[0].strip(" ,.-–—|:") for name in parts[::2]]
    joins = ["and" if word == "&" else word for word in parts[1::2]]
    text = names[0]
    for k, (join, name) in enumerate(zip(joins, names[1:], strict=True), start=1):
        if not name or _DASHED_PLACES.search(parts[2 * (k - 1)]):
            break  # (`A e B — De Londrina e São Paulo`: past the dash, the places joined by `e` name no author)
        if _AGENCIES.match(name):
            break  # (`X et agences`: the wires that contributed, not a second author)
        text = f"{text} {join} {name}"
    text = text.strip(" ,.-–—|:")
    # (a second surname's initial keeps its stop: `Ignacia Fuenzalida C.`)
    return text + "." if _INITIAL_END.search(text) and f"{text}." in who else text


_INITIAL_END = re.compile(r"\s[A-ZÀ-Þ]$")


# A dash and a word for "from" in a byline's part (`B — De Londrina`, `B – From London`, `B – Aus Berlin`): the
# names are over, the places follow.
_DASHED_PLACES = re.compile(r"\s[-–—]\s+(?i:de|desde|from|aus|von|depuis|da|dal|em|uit|van)\s+[A-ZÀ-Þ]")


def latin_name(text: str) -> bool:
    """A name in Latin letters, as the shared pattern has it (`is_name` reads other scripts by their case)."""
    return 1 <= len(text.split()) <= 10 and bool(F.NAME.match(text))


# What a piece is called before `by` (with its article): `A report by`, `Ein Kommentar von`, `Un reportage de`.
_LEAD_IN = (
    r"(?:(?:a|an|ein|eine|un|une|una|uno|um|uma|en|et|ett|een)\s+)?"
    # one word may say what kind of piece (`Match report by`, `Live analysis by`, `Spielbericht` is one word)
    r"(?:[^\W\d_][\w-]{1,20}\s+)?"
    r"(?:report|reportage|reportaje|reportagem|reportasje|reportaż|analysis|analyse|análisis|análise|analisi"
    r"|commentary|comment|kommentar|commentaire|comentario|comentário|commento|column|kolumne|chronique|crónica"
    r"|crônica|cronaca|interview|entrevista|intervista|essay|essai|ensayo|ensaio|saggio|review|kritik|critique"
    r"|reseña|resenha|recensione|recensie|anmeldelse|recension|feature|story|article|artikel|artículo|artigo"
    r"|articolo|artikkel|bericht|beitrag|text|texte|texto|testo|tekst|words|photos and text|reporting|gastbeitrag"
    r"|tribune|opinión|opinião|opinione|opinie|mening|leserbrief"
    # text and pictures by one hand (`Text und Fotos:`, `Texte et photos :`, `Words and pictures:`, `Story and photos
    # by`, `Reportaje y fotos:`)
    r"|(?:text|texte|texto|testo|tekst|words|story|reportage|reportaje|reportagem|reportaż|bericht)"
    r"\s+(?:and|und|et|y|e|en|og|och|&)\s+(?:photos?|fotos?|foto's|pictures"
    r"|bilder|bild|images|imágenes|immagini|fotografías|fotografie)"
    r"|(?:photos?|fotos?|pictures|bilder)\s+(?:and|und|et|y|e|en|og|och|&)\s+(?:text|texte|texto|testo|tekst|words"
    r"|story))"
)
# The word that says who wrote it, in each language (a colon may follow: `Escribe:`, `Tekst:`, `Words:`).
_BY_WORDS = (
    r"by|written by|story by|words by|reported by|por|escrito por|escrita por|escribe|escriben|escreve|escrevem"
    r"|von|geschrieben von|text von|par|écrit par|texte de|di|a cura di|scritto da|testo di|scrive|scrivono|door|tekst"
    r"|geschreven door|av|skrevet av|skrivet av|af|skrevet af|przez|napisał|napisała|autor|autora|autoren|"
    + F.AUTHOR_INCLUSIVE + r"|author|authors|auteur|auteurs|autore|autori|autorzy|text|texte|texto|testo|words|from"
    r"|napsal|napsala"
    r"|autorka|autoři|scris de|scrisă de|escrit per|text de|redactat de|per|redatto da|redatta da|redactado por"
    r"|redactada por|redigido por|redigida por|verfasst von|rédigé par|rédigée par|redatto da"
    # a signature as the byline (`Signé X`, `Gezeichnet X`, `Firmado X`), the participle right before the names
    r"|signé|signée|signed|gezeichnet|firmado|firmada|firmato|firmata|assinado|assinada|getekend|signert|signerat"
    # a post signed by its writer, as a live blog's entries are (`Posted by`, `Publié par`, `Gepostet von`)
    r"|posted by|publié par|publiée par|posté par|gepostet von|publicado por|publicada por|pubblicato da"
    r"|pubblicata da|postato da|geplaatst door|postat av|postet av|opublikował|opublikowała"
    # fi `Teksti`, `Kirjoittaja`, `Toimittaja`, `Kirjoittanut` (written by); el `Του`/`Της`/`Των` (the writer in the
    # genitive), `Από`, `Συντάκτης`, `Κείμενο`; tr `Haber`, `Yazan`, `Yazar`, `Muhabir`, `Haberi yazan`; hu
    # `Szerző`, `Írta`, `Szöveg`
    r"|teksti|kirjoittaja|toimittaja|kirjoittanut|kirjoittaneet"
    r"|του|της|των|από|συντάκτης|συντάκτρια|κείμενο|haber|yazan|haberi yazan|yazar"
    r"|muhabir|szerző|írta|szöveg|szerzők"
    # hr/sr/bs `Piše`, `Autorica`, `Napisao`; sl `Avtor`, `Avtorja` (two), `Avtorji`, `Piše`; id `Penulis`, `Oleh`
    r"|piše|pišu|pišeta|pišejo|napisao|napisala|napisal|autorica|avtor|avtorica|avtorja|avtorji|penulis|oleh"
    r"|ditulis oleh|autors|autore|autorius|autorė"  # (lv `Autors:`, lt `Autorius:`)
    # ro `de` in lower case before names and nothing else (`de Andreea Moldovan-Pop`, `de Ana Pop și Radu Ilie`): the
    # Romanian byline (capitalised, `De` opens a Dutch or Spanish line; before one name, a Dutch surname, `de Vries`;
    # before more words, a line of a wrapped paragraph or a list, `de Belo Horizonte a Ouro Preto, seis viagens`)
    r"|(?-i:de)(?=(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž])[\w'’-]+){2,4}(?:\s+(?:și|şi)(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž])[\w'’-]+){2,4})?\s*$)"
)
# The newsroom as a byline label before a reporter's name (`Redacción: X`, `Redaktion: X`): with its colon only.
_DESK_WORDS = r"redacción|redação|redazione|rédaction|redaktion|redactie|redaksjon|redaktionen|redakcja|redakce"
_BY_AFTER_LEAD_IN = r"(?:by|von|de|di|par|por|da|door|av|af|przez|of)"
_BYLINE = re.compile(rf"^(?:{_LEAD_IN}\s+{_BY_AFTER_LEAD_IN}\s*:?\s+|{_LEAD_IN}\s*:\s+|(?:{_BY_WORDS})\s*:?\s+"
                     rf"|(?:{F.REPORTER_WORDS}|{_DESK_WORDS})\s*:\s+)"
                     rf"(?P<who>.{{2,160}})$", re.I)
# The word for `and` between two names in the languages of European news sites (lv `un`, et and fi `ja`), for every
# reader of names: fields._AND_JOIN adds Czech `a` and a bare `i`.
AND_WORDS = r"and|y|e|und|et|og|och|en|oraz|un|ja|&"
# Names joined, in each language: `A and B`, `A og B`, `A și B`, `A, B`, `A & B`.
# (Catalan joins a name's two surnames with `i` too, `Núria Casajoana i Puig`: `i` joins two names only before a name
# of two words or more)
_JOIN = re.compile(r"\s*,\s*(?:(?:" + AND_WORDS + r"|i|și|şi)\s+)?"
                   r"|\s+(?:" + AND_WORDS + r"|și|şi)\s+|\s+i\s+(?=[^\s,]+\s+[^\s,])")
# A job title before the name: lower-case words (`state political reporter`), perhaps after `our`/`unser`.
_ROLE_LEAD = re.compile(r"^(?:(?:our|unser\w*|notre|nos|nuestr[oa]s?|nostr[oa]|del nostro|della nostra|noss[oa]|onze"
                        r"|vår|vores)\s+)?(?:[a-zà-þ][\w-]*\s+){1,4}(?=[A-ZÀ-Þ])")


# Any lead-in of a word or two before `by` (`Un papier de`, `Enquête de`, `Ein Stück von`): read only from a line
# already placed in the header cluster, as the words are not checked. The second word is lower case (a phrase, not
# a name: `Anne de Wit`), and none names a picture (`Photos de X` is a credit).
_ANY_LEAD_IN = re.compile(r"^(?P<lead>[^\W\d_][\w'’-]{0,20}(?:\s+[a-zà-þ][\w'’-]{0,20})?)\s+"
                          rf"{_BY_AFTER_LEAD_IN}\s*:?\s+(?P<who>.{{2,160}})$", re.I)

# Pictures and films the shared credit words do not name (`Une vidéo de X`, `Aufnahmen von X`, `Dessin de X`).
_VISUAL = re.compile(r"vid[eé]o|aufnahme|cliché|dessin|zeichnung|grafik|gráfico|graphi|infogra|karikatur|caricatur"
                     r"|film|kamera|camera|caméra|montage|ton\b|son\b|sound|audio", re.I)


# A byline's label alone on its line (`Article rédigé par`, `Written by`, `Escrito por:`, `Von`): the names stand
# on the next line. A lead-in of a word or two before the byline word (`Article`, `Un article`) may open it.
_BARE_LABEL = re.compile(rf"^(?:{_LEAD_IN}\s+)?(?:{_BY_WORDS})\s*:?$", re.I)
# A contributing agency after the names (`X avec AGP`, `X with Meridian`, `X con agencias`): not an author.
# A role, a place or an outlet after the names, set apart by a dash, a bar, a slash or a comma.
_ROLE_AFTER = re.compile(r"\s+[-–—|/·•]\s+|\s*,\s+")
_CONTRIBUTING = re.compile(r"\s+(?:avec|with|mit|con|com|met|med|amb)\s+\S.*$")


def bare_byline_label(text: str) -> bool:
    """Whether the line is a byline's label with no name after it (`Article rédigé par`, `Written by`)."""
    return len(text.split()) <= T.BARE_BYLINE_LABEL_MAX_WORDS and bool(_BARE_LABEL.match(text))


def labelled_author(text: str, language: str = "") -> str | None:
    """The author a line under a bare byline label names: whatever it holds, a person or an outlet in lower case
    (`infodirect`), without a contributing agency (`avec AGP`), a role or a place after it."""
    text = _CONTRIBUTING.sub("", text.strip())
    if names(text) >= 2:
        return _joined(text, language)  # `A, B` or `A and B`
    who = _ROLE_AFTER.split(text, maxsplit=1)[0]
    if not who or len(who.split()) > T.BARE_NAME_MAX_WORDS or re.search(r"\d|[.!?]$", who):
        return None
    return clean_author(_joined(who, language)) if names(who) else who


def lead_in_author(text: str, language: str = "") -> str | None:
    """The author(s) of a byline with a lead-in no table holds (`Un papier de Mathilde Roux`, `Enquête de Paul
    Vidal`): first and last names only (a lone capitalised word after `de` is a place: `Le maire de Meaux`)."""
    if len(text.split()) > T.HEADER_LINE_MAX_WORDS or not (m := _ANY_LEAD_IN.match(text)) \
            or F.CREDIT_WORD.found(m["lead"]) or _VISUAL.search(m["lead"]):
        return None
    who = _joined(m["who"].strip(), language)
    parts = [p for p in _JOIN.split(who) if p]
    return who if parts and len(parts) <= 4 and all(person(p) for p in parts) else None


@lru_cache(maxsize=8192)  # (pure: the header readers ask it again of the same lines and names)
def is_name(text: str) -> bool:
    """A name as bylines write it, in any script: letters beyond Latin (Greek, Cyrillic) are read by their case
    (`Ελένης Παπαδημητρίου-Λάσκαρη` has the shape of `Elena Papadimitriou-Laskari`)."""
    shape = text if not text or max(text) <= "\u024f" else "".join(
        ("A" if c.isupper() else "a") if ord(c) > 0x24F and c.isalpha() else c for c in text)  # (Latin: as it is)
    return latin_name(" ".join("de" if w in _MORE_PARTICLES else w for w in shape.split()))


# Surname particles the shared name pattern lacks (`Bas ter Horst`, `Anna zu Stolberg`, `Carlo degli Uberti`).
_MORE_PARTICLES = frozenset({"ter", "te", "ten", "op", "zu", "zur", "vom", "degli", "dei", "dal", "af", "av"})


def names(text: str, language: str = "") -> int:
    """How many names the line is made of, as bylines write them (`Sindre Haugland og Ingvild Moe`: 2,
    `Tomasz Kowalczyk, Mireille Ouellet`: 2, `MARTA ZUBIRI`: 1, on a Slovenian page `Maja Krajnc in Rok Potočnik`:
    2); 0 when it is anything else."""
    parts = [p for p in _JOIN.split(text.strip()) if p]
    if word := _AND_IN_LANGUAGE.get(language):
        parts = [q for p in parts for q in re.split(rf"\s+{word}\s+", p)]
    return len(parts) if 0 < len(parts) <= 4 and all(is_name(p) for p in parts) else 0


# A correspondent's byline in a broadcaster's style: the role and where the reporter is first, the name last
# after a comma (`Avec notre correspondante à Saint-Louis, Name`, `From our correspondent in Lagos, Name`, `Von
# unserer Korrespondentin in Wien, Name`, `Con nuestro corresponsal en Lima, Name`, `Dal nostro inviato a Kiev,
# Name`, `Van onze correspondent in Brussel, Name`).
_CORRESPONDENT_BYLINE = re.compile(
    r"^(?:avec|with|from|by|par|de|von|mit|con|desde|com|da|do|dal|dalla|van|met)\s+(?:(?:la|a|o|il|the)\s+)?"
    r"(?:notre|nos|our|unsere[rmn]?|nuestr[oa]s?|noss[oa]s?|nostr[oa]|onze)\s+(?P<role>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:à|a|au|aux|in|en|em|no|na|nel|nella|at|te|op|aus)\s+[^,]{2,40},\s+(?P<who>[^,]{3,60})$", re.I)


def correspondent_author(text: str) -> str | None:
    """The name closing a correspondent's byline (`Avec notre correspondant à X, Name`), or None."""
    if not (m := _CORRESPONDENT_BYLINE.match(text)) or not (F.ROLE.search(m["role"]) or _SENT.search(m["role"])):
        return None
    return m["who"].strip() if persons(m["who"].strip()) else None


# A reporter sent somewhere, which the role pattern lacks (`envoyée spéciale`, `enviado especial`, `inviato`).
_SENT = re.compile(r"\b(envoy[ée]e?s?|enviad[oa]s?|inviat[oa]|gesandte|special|speciale|especial)\b", re.I)


# A newsroom or desk's name, then a spaced slash and the byline (`XBC Northern Region / By Jane Doe`, `Redaktion
# Oberland / Von Anna Beck`, `France Nord / Par Léa Fortin`): a few capitalised words, no figure (a date), no
# sentence; the byline is read after the slash.
_DESK_THEN_BYLINE = re.compile(r"^[A-ZÀ-Þ][\w'’&-]*(?:\s+[\w'’&-]+){0,4}\s+/\s+(?P<byline>[^\W\d_].+)$")


# `By` pasted tight against the name (`ByRhodri Pennant`, `PorAna Ruiz`, `VonLena Kampmann`: a link's text run into
# the word before it), a capitalised name of two words after it.
_GLUED_BY = re.compile(r"^(By|Por|Von|Par)(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+[A-ZÀ-Þ])")


@lru_cache(maxsize=8192)  # (pure: the header readers ask it again of the same lines and names)
def byline_author(text: str, language: str = "") -> str | None:
    """The author(s) a byline line names, or None when the line is not a byline."""
    if not short_byline(text):
        return None
    if not text.isascii() and (who := byline_name(text)):
        return who
    if who := correspondent_author(text):
        return who
    text = _GLUED_BY.sub(r"\1 ", text)
    if not (m := _BYLINE.match(text)) and (desk := _DESK_THEN_BYLINE.match(text)):
        m = _BYLINE.match(desk["byline"])  # `XBC North / By Jane Doe`: the newsroom, then the byline
    if not m:
        return None
    who = _HANDLE_AFTER.sub("", m["who"].strip())
    if 2 <= len(who) <= T.INITIALS_MAX_LETTERS and who.isalpha() and who.isupper() and _AUTHOR_LABEL.match(text):
        return who  # `Autor: TKM`: a desk's or an agency's initials under the author's own label
    if _COLON_LABEL.match(text) and (_USER_NAME.match(who) or _DESK_AND_AGENCY.match(who)):
        return who  # `Autor: gnaddrig`, `Verfasst von: mitundvoneinander`, `Von: det/dpa`: a label and its colon
    if (dated := _date_at(who)) is not None:
        who = who[:dated]  # `X on March 4, 2027 — Fact checked by Y`: the names before their date
    if (role := _ROLE_LEAD.match(who)) and not names(who) and F.ROLE.search(role.group()):
        who = who[role.end():]  # `state political reporter Lachlan Byrne` -> `Lachlan Byrne`
    if _AGENCY_NAME.match(agency := _BEFORE_SEPARATOR.split(who, maxsplit=1)[0]):
        return agency  # `Agencia Cóndor de Noticias`: an agency's name keeps its `de`, no place follows it
    written = who
    who = _joined(who, language)
    if not names(who, language) and (first := _BEFORE_SEPARATOR.split(written, maxsplit=1)[0]) != written:
        who = _joined(first, language)  # `X / Agencia Sur`, `X; photos: Y`, `X | Site`: the names before it
    return who if names(who, language) else None


# The writer's social-media handle after the names (`Por Williams Perdomo @wperdomod -`, `By Jane Doe @janedoe`),
# perhaps with the separator before the date that the page set on the next line.
_HANDLE_AFTER = re.compile(r"\s+@\w{2,30}(?:\s+[-–—|·•])?$")
# The label that names initials in capitals the author (`Autor: TKM`, `Author: ČTK`, `Auteur : JPL`): with the label,
# initials are the byline (without it, `AFP` alone or `ABC` may be anything).
_AUTHOR_LABEL = re.compile(r"^(?:autor|autora|autorka|" + F.AUTHOR_INCLUSIVE + r"|author|auteur|autore|autorzy)\s*:",
                           re.I)
# A byline word and its colon (`Autor:`, `Verfasst von:`, `Von:`, `By:`, `Par :`): a label, so that what follows it is
# the writer, whatever its shape: a blog account's one word (`gnaddrig`, `Bebs`) or a desk's initials with its agency.
_COLON_LABEL = re.compile(r"^(?:autor|autora|autorka|" + F.AUTHOR_INCLUSIVE + r"|author|auteur|autore|autorzy"
                          r"|verfasst von|geschrieben von|written by|posted by|von|by|par|por|door|av|af)\s*:", re.I)
# A blog account's name: one word of letters and digits (a dot, hyphen or underscore inside), a letter first.
_USER_NAME = re.compile(r"^[^\W\d_][\w.-]{1,29}$")
# A desk's initials and its agency (`det/dpa`, `dpa/lno`, `ots/AFP`).
_DESK_AND_AGENCY = re.compile(r"^(?:[a-zäöü]{2,4}/(?:dpa|afp|ap|apa|sda|epd|kna|reuters|dts|ddp)"
                              r"|(?:dpa|afp|ap|apa|sda|epd|kna|reuters|dts|ddp)/[a-zäöü]{2,4})$", re.I)
# A news agency's own name, opening with the word for agency in the languages of European and Latin American news
# sites (`Agencia Cóndor de Noticias`, `Agence Léman Presse`, `Agentur Nordwind`, `Agenzia Stampa Alpina`): a name
# of a few capitalised words, perhaps joined by `de`/`di`/`für` (`de Noticias` is no place), nothing after it.
_AGENCY_NAME = re.compile(r"^(?i:agencia|agence|agency|agentur|agenzia|agência|agentschap|agencja|agentura|agenția)"
                          r"(?:\s+(?:de|del|di|da|do|für|voor|of|pour|per|des|du|la|el)?\s*[A-ZÀ-Þ][\w'’&.-]*){1,5}$")


def byline_lead(text: str) -> str | None:
    """A byline's words before its names, in lower case (`Posted by Jane Doe` -> `posted by`, `By X` -> `by`), or
    None (a lead-in no table holds counts: `Posted`, `Un papier`)."""
    m = _BYLINE.match(text) or _ANY_LEAD_IN.match(text)
    return text[:m.start("who")].strip().lower() if m else None


# The word joining a byline's names to their date, in the languages of European news sites (`Written by X on March
# 4, 2027`, `Par X le 4 mars 2027`, `Von X am 4. März 2027`, `Von X vom 4. März 2027`, `Por X el 4 de marzo`, `Di X
# il 4 marzo`, `Por X em 4 de março`, `Door X op 4 maart`, `Av X den 4 mars`).
_ON = re.compile(r"\s+(?:on|le|am|vom|el|il|em|op|den)\s+", re.I)
# ... or a spaced dash, bar or dot between the names and their date (`Par X - 17 mars 2027 à 18:40 - Temps de lecture
# : 3 min`, `By X | March 4, 2027`, `Von X · 4. März 2027`), or the date's own label run on after the names without
# one (`By X Updated Feb 3, 2027`, `Von X Aktualisiert am 4. März 2027`, `Por X Actualizado 4 de marzo`), or a date
# in figures right after the names (`By X 04.03.2027 17:45`).
_ON_OR_SEPARATOR = re.compile(rf"{_ON.pattern}|\s+[-–—|·•]\s+|\s+(?:{_DATE_LABEL})(?:{_ON.pattern}|\s+)"
                              r"|\s+(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)", re.I)


def _date_at(who: str) -> int | None:
    """Where the names of a byline end before `on DATE` or a separator and a date (the first a date follows), or
    None."""
    return next((m.start() for m in _ON_OR_SEPARATOR.finditer(who) if starts_with_date(who[m.end():])), None)


def short_byline(text: str) -> bool:
    """Short enough for a byline: its words up to its names' date (`Par X (Marseille, correspondante), publié le 12
    janvier 2027 à 06h00, mis à jour le 12 janvier 2027 à 09h41` is a byline its two dates make long), and no
    sentence's end (`By Labor Day on Sept. 6, 2027, crews expect to …` is the story's sentence)."""
    words = len(text.split())
    return words <= T.HEADER_LINE_MAX_WORDS or (
        words <= 2 * T.HEADER_LINE_MAX_WORDS and text.rstrip()[-1:] not in ".!?"
        and len(text[:_date_at(text)].split()) <= T.HEADER_LINE_MAX_WORDS)


def byline_date(text: str) -> str | None:
    """The date a byline gives after its names (`Written by X on March 4, 2027 — Fact checked by Y` -> `March 4,
    2027`), up to the next separator; None when the line is no byline or gives no such date."""
    if not (m := _BYLINE.match(text)) or (at := _date_at(who := m["who"])) is None:
        return None
    return _DATE_END.split(_ON_OR_SEPARATOR.sub("", who[at:], count=1), maxsplit=1)[0].strip()


# What ends a byline's date: a dash, a bar or a dot between spaces, a semicolon.
_DATE_END = re.compile(r"\s+[-–—|·•]\s+|\s*;\s*")


# A photographer's credit after a byline's names, by its label: after a separator, or run in where the page spaced
# the two apart (`Text: X   Fotos: Y`, `Words: X Pictures: Y`, `Texte : X Photos : Y`).
_PICTURES_LABEL = (r"(?:photos?|fotos?|foto's|pictures|photographs?|photography|bilder|bild|imágenes|immagini"
                   r"|illustrations?|ilustraciones)\s?:\s")
_PHOTOGRAPHER = re.compile(r"(?:\s|;)" + _PICTURES_LABEL + r"\s*(?P<credit>[^|;·•]+?)\s*$", re.I)
# What may follow the names of a byline after a separator: an agency or outlet, a photographer's credit. (A slash
# spaced on one side only sets a job title apart too: `By HARUKA ISE/ Staff Writer`, `Por Ana Ruiz /Redactora`.)
_BEFORE_SEPARATOR = re.compile(r"\s+[/|·•]\s+|\s*/\s+|\s+/\s*|\s*;\s*|\s+(?=" + _PICTURES_LABEL + ")", re.I)


def byline_photographer(text: str) -> str | None:
    """The photographer a byline credits beside its author (`Text: X; Fotos: Y` -> `Y`), or None."""
    m = _PHOTOGRAPHER.search(text)
    return m["credit"] if m and byline_author(text) is not None else None


def _joined(who: str, language: str = "") -> str:
    """`A og B, Ort` -> `A og B`: the names as written, the place, role or outlet after them dropped."""
    who = _without_role_tail(who.strip())
    parts = [p for p in _JOIN.split(who) if p]
    if len(parts) >= 4 and "," in who and who[who.rindex(",") + 1:].strip() == parts[-1].strip() \
            and not person(parts[-1]) and all(person(p) and not F.ROLE.search(p) for p in parts[:-1]) \
            and not F.ROLE.search(parts[-1]):
        who, parts = who[:who.rindex(",")], parts[:-1]  # `A, B, C and D, ANX`: the outlet after the names
    if len(parts) >= 3 and names(who) == len(parts) and all(person(p) for p in parts):
        return who.strip()  # `A, B and C` as written (clean_author keeps the first and the last)
    cleaned = author_name(who, language)
    if names(cleaned):
        # clean_author cuts two names at their comma (`A, B`); keep the second when it is a name too
        rest = who[len(cleaned):]
        if (m := re.match(r"\s*,\s*(?P<next>[^,]+)$", rest)) and person(m["next"].strip()):
            return f"{cleaned}, {m['next'].strip()}"
        return cleaned
    return who.strip(" ,.-–—|:")


def persons(text: str) -> bool:
    """Each part a person's name (`Oliver Mensah and Ana Ruiz`, `Ewa Lis`)."""
    parts = [p for p in _JOIN.split(text.strip()) if p]
    return bool(parts) and all(person(p) for p in parts)


@lru_cache(maxsize=8192)  # (pure: the header readers ask it again of the same lines and names)
def person(text: str) -> bool:
    """A first and last name (two or three capitalised words, not all capitals; surname particles besides:
    `Nerea Sainz de la Maza`), not a place or an outlet (`Le Fleuve`, `The Clarion`: a name does not start
    with an article)."""
    words = text.split()
    named = [w for w in words if w.lower() not in _NAME_PARTICLES] if words and words[0][:1].isupper() else words
    return 2 <= len(named) <= 3 and len(words) - len(named) <= 2 and is_name(text) and not text.isupper() \
        and not _OUTLET.search(text) and not _ACRONYM_COMPOUND.search(text) \
        and words[0].lower() not in _PLACE_WORDS and words[0].lower().rstrip("'’") not in _ARTICLES \
        and not any(w.casefold() in _NEVER_IN_NAMES for w in words)


# Words no person's name holds, in the languages of European news sites: possessives, pronouns, question words,
# determiners and a navigation link's `back` (not the two-letter ones: `Su`, `Tu`, `Ma` are names too). German
# capitalises its nouns, so a headline's first words may have a name's shape (`Mein Wochenende am See`, `Unser
# Garten`, `Zurück zur Übersicht`); these words tell them apart. So do a broadcaster's media, whose products a menu
# names with the site's short name (`Play HRF`, `Audio HRF`, `Radio Nord`).
_NEVER_IN_NAMES = frozenset({
    "audio", "video", "radio", "podcast", "podcasts", "play", "replay", "mediathek", "livestream", "webradio",
    "mein", "meine", "dein", "deine", "sein", "seine", "ihr", "ihre", "unser", "unsere", "euer", "eure", "kein",
    "keine", "ein", "eine", "dieser", "diese", "dieses", "jeder", "jede", "alle", "ich", "wir", "wie", "was", "warum",
    "wann", "zurück", "our", "your", "their", "his", "its", "this", "these", "those", "every", "why", "how", "what",
    "when", "where", "back", "mes", "notre", "nos", "votre", "vos", "leur", "leurs", "cette", "ces", "pourquoi",
    "comment", "quand", "retour", "mis", "tus", "sus", "nuestro", "nuestra", "cómo", "qué", "cuándo", "volver",
    "mijn", "onze", "jouw", "hoe", "wat", "waarom", "terug", "nostro", "nostra", "perché", "torna"})


# A word made of an abbreviation in capitals and a mixed-case word (`RES-Landesfunkhaus`, `BBC-Studio`,
# `ZDF-Korrespondentin`): an organisation's compound; a person's hyphenated name is capitalised part by part
# (`Jean-Marc`, `Ferrand-Lacaze`) or all in capitals (`MARTA ZUBIRI-LASA`, excluded above).
_ACRONYM_COMPOUND = re.compile(r"(?<!\w)[A-ZÀ-Þ]{2,}-[A-ZÀ-Þ][a-zß-ÿ]")


# The articles an outlet's name may start with, in the languages of European news sites.
_ARTICLES = frozenset({"the", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "der", "die", "das",
                       "het", "o", "a", "os", "as", "den", "det", "ta"})
# A surname particle and the surname after it (`de Wit`, `van der Berg`, `de la Fuente`).
_PARTICLE_SURNAME = re.compile(r"^\s+(?:de|van|von|der|den|ter|te|da|di|del|du|le|la|dos|das)"
                               r"(?:\s+(?:de|der|den|la|le|los|las))?\s+[A-ZÀ-Þ][\w'’-]+")
# Surname particles, which a name may hold besides its two or three capitalised words.
_NAME_PARTICLES = frozenset({"de", "del", "della", "la", "las", "los", "van", "von", "der", "den", "ter", "te", "da",
                             "das", "do", "dos", "di", "du", "le", "zu", "degli", "dei", "dal", "af", "av"})
# `en` is `and` in Dutch (and Afrikaans) but `in` in Spanish and French: only on such a page does `A en B` name
# two authors.
_AND_IN_LANGUAGE = {"Dutch": "en", "Afrikaans": "en", "Slovenian": "in"}
# A word the page's language may give a byline's names: its own `and` (`A en B`, `A in B`), a surname's `de` (`X de Y`).
_LANGUAGE_WORDS = re.compile(r"\s(?:" + "|".join(sorted(set(_AND_IN_LANGUAGE.values()))) + r"|d[eo]s?)\s")


def names_language(lines: list[Line], text: str) -> str:
    """The page's language, for reading the names on line `text` (author_name), when the line holds a word whose
    meaning depends on it; "" otherwise (reading the page's language scans its lines: only when it matters)."""
    return page_language(lines) if _LANGUAGE_WORDS.search(text) else ""


def author_name(who: str, language: str = "") -> str:
    """clean_author, respecting surname particles (`Sanne de Wit` is not `Sanne` from a place `Wit`) and the
    page language's own `and` (`Sanne de Wit en Pieter Claes` on a Dutch page is two authors)."""
    if (word := _AND_IN_LANGUAGE.get(language)) and len(parts := re.split(rf"\s+{word}\s+", who, maxsplit=1)) == 2:
        first, second = author_name(parts[0]), author_name(parts[1])
        if person(first) and person(second):
            return f"{first} {word} {second}"
    written = who = _without_role_tail(who)
    cleaned = clean_author(who)
    if " and " in cleaned and " and " not in written and (amp := cleaned.replace(" and ", " & ")) in written:
        cleaned = amp  # `A & B` stays as written
    if (m := _AT_PLACE.match(cleaned)) and person(m["who"]):
        cleaned = m["who"]  # `Gethin Broadbent at Wyeside`: where the reporter was, not a second name
    at = who.find(cleaned)
    if len(cleaned.split()) == 1 and at >= 0 and (m := _PARTICLE_SURNAME.match(who[at + len(cleaned):])):
        cleaned += m.group()  # `Sanne` + ` de Wit`
    elif language in _DE_SURNAME_LANGUAGES and len(cleaned.split()) == 2 and at >= 0 \
            and (m := _DE_SURNAME_END.match(who[at + len(cleaned):])):
        cleaned += m.group()  # `Beatriz Sanz` + ` de Frutos`: a compound surname, the byline's last words
    return cleaned


# A compound surname closing a byline (`Beatriz Sanz de Frutos`, `João Pereira de Souza`): where a first name and
# surname commonly take a second surname after `de`, a lone capitalised word after it ends the byline; a place is
# set apart (`Ana Ruiz, desde Madrid`, `Ana Ruiz en Madrid`).
_DE_SURNAME_LANGUAGES = frozenset({"Spanish", "Portuguese", "Catalan", "Galician"})
_DE_SURNAME_END = re.compile(r"^\s+d[eo]s?\s+[A-ZÀ-Þ][\w'’-]+\s*$")


def _without_role_tail(who: str) -> str:
    """`Jane Doe, Climate and Environment Reporter` -> `Jane Doe`: after the comma a job title, its words joined by
    `and` (`Health and Science Correspondent`), names no co-author; a part that is a name of its own does."""
    first, comma, rest = who.partition(", ")
    if not comma or not person(first.strip()) or not _role(rest):
        return who
    parts = [p.strip() for p in _JOIN.split(rest) if p.strip()]
    return first if not any(person(p) and not _role(p) for p in parts) else who


# A job word ending a German compound (`Politikredakteurin`, `Auslandskorrespondent`), which `\b` misses.
_COMPOUND_ROLE = re.compile(r"(?:redakteur|korrespondent|reporter|journalist|kolumnist)(?:in|innen|en)?\b", re.I)


# An organisation's job title after the name on a press page's byline (`Posted by X, Media and Communications Lead`,
# `X, Press Officer`, `X, Responsable communication`, `X, Leiterin Kommunikation`, `X, Jefa de prensa`, `X,
# Addetta stampa`, `X, Assessora de imprensa`, `X, Woordvoerder`): its words joined by `and` name no co-author.
_ORG_ROLE = re.compile(r"\b(?:lead|officer|manager|director|head of|coordinator|spokes(?:person|man|woman)"
                       r"|communications|media relations|responsable|chargée? de communication|attachée? de presse"
                       r"|leiter(?:in)?|sprecher(?:in)?|pressereferent(?:in)?|kommunikation|jef[ea] de prensa"
                       r"|portavoz|comunicación|addett[oa] stampa|portavoce|comunicazione|assessora? de imprensa"
                       r"|porta-voz|comunicação|woordvoerder|communicatie|persvoorlichter)s?\b", re.I)


def _role(text: str) -> bool:
    return bool(F.ROLE.search(text) or _COMPOUND_ROLE.search(text) or _ORG_ROLE.search(text))


# A name, then where the reporter was (`at Wyeside`, `bei Stuttgart`, `op Schiphol`, `på Gardermoen`): the
# prepositions of place the shared byline pattern does not cut at (it cuts at `in`, `aus`, `à`, `en`).
# The place may take its article and run to PLACE_MAX_WORDS capitalised words (`at the Riverside Park Stadium`,
# `bei der Hanse Arena`, `au Parc des Princes`: `des` is a particle of the place's name).
_AT_PLACE = re.compile(r"^(?P<who>.+?)\s+(?:at|bei|beim|im|am|em|no|na|op|på|w|ve|au|aux|al|nel|nella|στο|στη|στην)\s+"
                       r"(?:(?:the|der|die|das|dem|den|le|la|les|l'|l’|el|il|lo|o|a)\s*)?"
                       rf"[A-ZÀ-Þ][^\s,]*(?:\s+(?:(?:de|des|du|di|da|del|of|am|an)\s+)?[A-ZÀ-Þ][^\s,]*)"
                       rf"{{0,{T.PLACE_MAX_WORDS - 1}}}$")


def at_place(text: str) -> str | None:
    """The name before where the reporter was (`Callum Fairbairn at the Riverside Park Stadium` -> the name), or
    None when the line is not a person's name and a place."""
    return m["who"] if (m := _AT_PLACE.match(text)) and person(m["who"]) else None


# Words of outlet and desk names (`Northfield Post`, `Borealis News`, `SCB Hobart` is caught by its capitals).
_OUTLET = re.compile(r"\b(news|post|times|daily|press|media|radio|tv|herald|journal|gazette|tribune|review|agency"
                     r"|group|network|online|desk|bureau|staff|service|wire|nachrichten|zeitung|presse|noticias"
                     r"|diario|jornal|giornale|notizie|nieuws|avis|tidende|dagblad|gazeta|agencia|agência|agenzia"
                     r"|agentur|agence|redaktion|rédaction|redacción|redação|redazione|redactie|redaksjon)\b", re.I)
# `…, De São Paulo`, `…, In Kyiv`: a place after the name, not a second name.
_PLACE_WORDS = frozenset({"de", "da", "do", "dos", "das", "del", "desde", "in", "aus", "from", "en", "à", "a", "au",
                          "für", "for", "di", "dal", "dalla", "van", "von", "i", "w"})


# A reporter's name and, after a space, comma, bar or dash, an address to reach them: their e-mail or the outlet's
# web address (`JANE DOE jdoe@gazette.com`, `Ana Ruiz, ana.ruiz@diario.es`, `Lena Graf, suedwest.example.at`,
# `Jean Dupont | lematin.example.fr`). The address is not a sentence's word: the line signs the story.
_NAME_ADDRESS = re.compile(r"^(?P<who>[^\W\d_][^@,|/]{3,50}?)(?:\s*[,|·/–—-]\s*|\s+)"
                           r"(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})$")


# The word for "agencies" after a signature's name (`Lucie Martin et agences`, `Anna Huber und Agenturen`, `Ana Ruiz
# y agencias`, `Jane Doe and agencies`, `Anna Rossi e agenzie`): the wires that added to the story.
_AGENCIES = re.compile(r"^(?:les |den |las |le |as )?(?:agences|agencies|agenturen|agencias|agenzie|agências"
                       r"|agentschappen|agenturer|byråer)$", re.I)
_NAME_AGENCIES = re.compile(r"^(?P<who>[^\d,;:.!?]{3,60}?)\s+(?:et|and|und|y|e|en|og|och|(?P<with>avec|with|mit|con|com"
                            r"|met|med))\s+(?P<wires>\S+(?: \S+)?)$")
# A wire's short name, all in lower case or all in capitals (`ats`, `sda`, `AFP`, `dpa`, `EFE`), after `avec`/`with`/
# `mit`/`con`/`com`/`met` on a signature's line: the agency that added to the story (`Sandrine Vuilleumier avec ats`).
_WIRE_INITIALS = re.compile(r"^(?:[a-z]{2,5}|[A-Z]{2,5})$")


def name_with_agencies(text: str) -> str | None:
    """A signature: a person's name, then `and agencies` (`Lucie Martin et agences`, `Anna Huber und Agenturen`) or
    `with` a wire's short name (`Sandrine Vuilleumier avec ats`, `Anna Huber mit dpa`): the name, as written; None
    for anything else."""
    if len(text) > 100 or not (m := _NAME_AGENCIES.match(text)):
        return None
    if not _AGENCIES.match(m["wires"]) and not (m["with"] and _WIRE_INITIALS.match(m["wires"])):
        return None
    who = m["who"].strip()
    return who if person(who) else None


def name_with_address(text: str) -> str | None:
    """The name of a byline that signs with an address (see _NAME_ADDRESS), as written; None for anything else."""
    if "." not in text or len(text) > 100 or not (m := _NAME_ADDRESS.match(text)):
        return None
    who = m["who"].strip()
    return who if person(who.title() if who.isupper() else who) else None


# A bare name, a full stop or a slash, and the place the reporter files from (Spanish and Portuguese papers: `Nerea
# Olaizola. Madrid`, `João Vaz. Lisboa`, `Ana Ruiz / San Sebastián`; Turkish ones in capitals, `Deniz Akyürek /
# İZMİR`, whose `İ`, `Ş`, `Ğ` lie outside À-Þ): a name has no full stop of its own but after an initial.
NAME_DOT_PLACE = re.compile(r"^(?P<who>(?:[A-ZÀ-Þ]\.\s?)?[^.!?:;,/]{3,60}[^\W\d_]{2})(?:\.|\s/)\s+"
                            r"(?P<place>[A-ZÀ-ÞİŞĞ][\w'’-]+(?:\s+(?:de|del|da|do|la|el)?\s*[A-ZÀ-ÞİŞĞ][\w'’-]+){0,2})$")


def name_then_place(text: str) -> str | None:
    """`Ana Ruiz / San Sebastián`, `João Vaz. Lisboa`: a person's name (returned), then where they file from; or the
    newsroom's desk word and the outlet it writes for (`Redacción / El Mirador`: the desk signs)."""
    if not (m := NAME_DOT_PLACE.match(text)):
        return None
    return m["who"] if person(m["who"]) or _DESK_ALONE.match(m["who"]) else None


_DESK_ALONE = re.compile(rf"^(?:{_DESK_WORDS})$", re.I)
