"""The article's author: the byline in the header, a signature or bio under the story, an agency named alone.

Bylines are read by shape in bylines.py; this module decides which line of the page is the story's byline (the
header's first, a signature under the last paragraph, a bio naming the reporter, an agency credited at the end) and
what of it is the name (a job title, a desk, a place and an address are not).
"""

from __future__ import annotations

import re

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.bylines import (
    author_name,
    bare_byline_label,
    byline_author,
    byline_lead,
    is_name,
    labelled_author,
    lead_in_author,
    name_then_place,
    name_with_address,
    names,
    names_language,
    person,
    persons,
)
from newsletter.ingest.scraped.captions import credit_at_end
from newsletter.ingest.scraped.cjk import writer_box_name
from newsletter.ingest.scraped.credits import SOURCE_LABEL, line_credit
from newsletter.ingest.scraped.dates import date_cells, looks_like_date
from newsletter.ingest.scraped.labels import FURNITURE, MENU, META, STOP, Label
from newsletter.ingest.scraped.lines import Line, page_language
from newsletter.ingest.scraped.sections import not_a_section


def find_author(lines: list[Line], labels: list[Label], zone: range, headline: int | None = None) -> str | None:
    """The first byline in the zone; with `headline`, bylines under the headline first (a name above it is
    the site's logo or a masthead line, `La Llanura` above `Rosario, 3 de marzo`)."""
    if headline is not None and zone.start <= headline < zone.stop:
        return find_author(lines, labels, range(headline, zone.stop)) or find_author(
            lines, labels, range(zone.start, headline))
    for i in zone:
        # (a marker taken for a name, `XZ Plus` over the byline: the paid tier's, sections.not_a_section)
        if labels[i].cls == META and labels[i].kind == "byline" and not not_a_section(lines[i].text) \
                and not _cell_of_furniture(lines, labels, i) and (who := _author_at(lines, i)):
            return without_role(_without_page_name(lines, i, who))
    return None


# A blog's post line: its date label, the date, then the writer (`Posted on 22 October 2026 by Jane Doe`, `Publié le 22
# octobre 2026 par Jeanne Roux`, `Veröffentlicht am 22. Oktober 2026 von Anna Berg`, `Publicado el 22 de octubre de
# 2026 por Ana Ruiz`, `Pubblicato il 22 ottobre 2026 da Anna Rossi`, `Publicado em 22 de outubro de 2026 por Ana
# Lima`, `Geplaatst op 22 oktober 2026 door Jan de Vries`), in en/fr/de/es/it/pt/nl/sv/no/da/pl; or the date alone
# before the writer (`July 24, 2019 by Amy Motroni`, `1. Januar 2016 von Anna Berg`: _PLAIN_BY), as many blog themes;
# a comment count after the name (`5 Comments`, `Ein Kommentar`, `| Leave a comment`) is the theme's, not the name's.
_DATED_POST_BY = re.compile(
    r"^(?:(?P<label>posted|published|publié|publiée|posté|veröffentlicht|publiziert|gepostet|publicado|publicada|pubblicato"
    r"|pubblicata|postato|geplaatst|gepubliceerd|publicerad|publisert|publiceret|opublikowano)\s+(?:on|le|am|el|il|em"
    r"|op|den|dnia)?\s*)?(?P<when>[^|·•]{4,40}?)\s+(?P<word>by|par|von|por|da|door|av|af|przez)\s+"
    r"(?P<who>[^|·•,;]{3,60}?)"
    r"(?:\s+(?:\d+|ein|one|no|un|una|keine)\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)"
    r"|\s*\|\s*(?:leave a comment|schreibe einen kommentar|\d+\s+comments?))?$", re.I)


# Without the post line's label, only the words that cannot mean `from` name the writer: `12 maggio 2027 da Porto
# Empedocle`, `12 de mayo de 2027 por Protección Civil`, `5 mars 2027 par Ville de Vernon` may tell where the news came
# from.
_PLAIN_BY = frozenset({"by", "von", "door", "przez", "av", "af"})


def post_line(text: str) -> re.Match[str] | None:
    """A blog's post line (_DATED_POST_BY): its date a date, its writer after the label's `by` (or a word that cannot
    mean `from`, _PLAIN_BY)."""
    m = _DATED_POST_BY.match(text)
    return m if m and looks_like_date(m["when"]) and (m["label"] or m["word"].lower() in _PLAIN_BY) else None


def dated_post_author(lines: list[Line], labels: list[Label], zone: range, user_names: bool = False) -> str | None:
    """The writer named on a blog's post line, after its date (_DATED_POST_BY), read as the page's date line: the
    first such line in the zone, its date a date and its writer a person's name (or two), or with `user_names` a
    blog account's name (_user_name), no organisation's word in it (_POSTING_BODY: `by Marsden Parish Council`)."""
    for i in zone:
        if labels[i].cls == META and labels[i].kind in ("date", "dateline", "time") \
                and (m := post_line(lines[i].text)):
            who = author_name(m["who"].strip(" ."), page_language(lines))
            if (persons(who) or (user_names and _user_name(who, labelled=bool(m["label"])))) \
                    and not _POSTING_BODY.search(who):
                return who
    return None


def dated_line_author(lines: list[Line], labels: list[Label], zone: range) -> str | None:
    """The writer named beside the date on a header's date line that no byline pattern reads whole: a byline in one of
    its cells (`Accueil | Par Jeanne Roux | 30 septembre 2018`, `Veröffentlicht: 05.01.2020 | Autor: annab`), or a
    person's name alone beside the date (`23.06.2016 um 16:14 Uhr - Jan Berg - 91 Ergänzungen`, `Frank Hahn am 18.
    September 2019`, `26. September 2019 Ulrike Stock Schreibe einen Kommentar`)."""
    for i in zone:
        # (what the page's other date lines print beside their dates too is a kind, `21.01.2026 - Aktuelle Meldung`
        # over a list of `19.01.2026 - Aktuelle Meldung`: review s34b)
        if labels[i].cls == META and labels[i].kind in ("date", "dateline", "time") \
                and len(lines[i].text) <= T.DATED_LINE_AUTHOR_MAX_CHARS and (who := _cell_author(lines[i].text)) \
                and sum(who in line.text and looks_like_date(line.text) for line in lines) \
                <= T.DATED_LINE_NAME_MAX_REPEATS:
            return who
    return None


# What stands beside the name in a date line's cell: a word joining it to the date (`am`, `vom`, `on`, `le`) or the
# clock's (`Uhr`), and the comments' count or call (`91 Ergänzungen`, `Schreibe einen Kommentar`, `0`).
_CELL_JOINERS = re.compile(r"^(?:(?:am|vom|on|le|el|il|um|at|à|de|den|dem|the|op|em|uhr|h|pm)\s+)+"
                           r"|(?:\s+(?:am|vom|on|le|el|il|um|at|à|de|den|dem|the|op|em|uhr|h|pm))+$", re.I)
_CELL_COMMENTS = re.compile(r"\s*(?:schreiben? (?:sie )?einen kommentar|leave a (?:comment|reply)"
                            r"|laisser un commentaire|\d*\s*(?:comments?|kommentare?|ergänzungen|commentaires?"
                            r"|comentarios?|commenti|reacties|antworten|replies)|\d+)\s*$", re.I)


def _cell_author(text: str) -> str | None:
    """A byline in a cell of the date line (a person's name, or a desk's initials after the author's label); or a
    person's name alone after the date, set apart from it by a bar or a dash or followed by the comments' call, or
    before it, joined to it or not (`Frank Hahn am …`, `Sanne Verhoef 12 mei 2027, 16:00`: a blind set of session 36;
    real pages held +6, dev +1). A date's own item (`1 de mayo: Día del Trabajo`) names no one,
    nor a section after the date (`21.01.2022 Aktuelle Meldung`), nor what follows `in` (`Von Anna In Aktuell`)."""
    for cell, after_date, apart in date_cells(text):
        if cell.startswith(":"):
            return None
        joined = _CELL_JOINER_END.search(cell) is not None
        called = cell != (cell := _CELL_COMMENTS.sub("", cell))
        cell = _CELL_CATEGORY.split(_CELL_JOINERS.sub("", cell), maxsplit=1)[0].strip(" ,.:;")
        if _POSTING_BODY.search(cell):
            continue  # (`5 mars 2026 par Ville de Vernon`: where the news came from)
        # (a name in capitals, `by LOGAN C. RITCHIE`; initials only under the author's label: byline_author's own)
        if (who := byline_author(cell)) and (who.isupper() or persons(who)):
            return who
        # (before the date, not a dateline's label and weekday: `Posted Mon 30 Nov 2026`)
        if ((after_date and (apart or called)) or joined or not (after_date or F.DATELINE.match(text))) \
                and persons(cell):
            return cell
        if not after_date and (m := F.ONE_NAME_BYLINE.match(cell)):
            return m["who"]  # `von Newsdesk 28. Januar 2022`, `von Redaktion, 24. Januar 2022` (after the date the
            # word may say where from: `3. März 2027 von Hamburg`)
    return None


_CELL_CATEGORY = re.compile(r"\s+(?:in|im|unter|dans|en)\s+", re.I)
_CELL_JOINER_END = re.compile(r"\s(?:am|on|le|el|il|vom|op|em)$", re.I)


_USER_NAME = re.compile(r"^[^\W_][\w.-]{1,29}$")
# A user name's own shape: a capital inside the word, a figure, a dot, a dash or an underscore (`KleineGrüneMonster`,
# `margaret_o`, `jd2026`), or capitals throughout (`IWB`).
_HANDLE_SHAPE = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]|[\d._-]|^[A-ZÀ-Þ]{2,}$")
# The accounts a blog posts with that name nobody (review s33b: `Posted on 3 May 2026 by admin`).
_ACCOUNT_ROLES = frozenset({"admin", "administrator", "administrador", "amministratore", "webmaster", "root", "user",
                            "guest", "gast", "invité", "invitado", "ospite"})


def _user_name(who: str, labelled: bool) -> bool:
    """A blog's user name on its post line (`Posted on 5 April 2015 by marc`, `Publiziert am 13. Januar 2014 von
    uriebe`, `1. Januar 2016 von KleineGrüneMonster`): one word, no person's name, no account's role. After a date
    without the post line's label, a word may mean something else (`3. März 2027 von Hamburg`, `29 May 2026 by
    midnight`): a user name's own shape only (_HANDLE_SHAPE)."""
    return bool(_USER_NAME.match(who)) and who.casefold() not in _ACCOUNT_ROLES \
        and (labelled or bool(_HANDLE_SHAPE.search(who)))


# An organisation's word in the name after `by` (`Marsden Parish Council`, `Marsden Rugby Club`, `Heimatverein
# Marsden`, `Comité Marsden`, `Ayuntamiento de Marsden`, `Stichting Marsden`, `Associazione Marsden`), in the
# post line's languages: a council, club or society posting names no writer.
_POSTING_BODY = re.compile(
    r"\b(?:council|parish|club|trust|society|committee|team|staff|association|ltd|limited|inc|plc|llc|charity"
    r"|foundation|friends|group|federation|league|union|partnership|church|school|academy|college|museum|library"
    r"|\w*verein|\w*verband|\w*stiftung|\w*gemeinde|(?:stadt|gemeinde|orts|bezirks|kreis)rat|stadt|mannschaft|gmbh"
    r"|conseil|mairie|comité|équipe|commune|fondation|société|amicale|paroisse|ayuntamiento|asociación"
    r"|equipo|fundación|consejo|junta|sociedad|comune|associazione|comitato|squadra|fondazione|consiglio|società"
    r"|parrocchia|câmara|associação|clube|comissão|equipa|fundação|conselho|sociedade|freguesia|gemeente"
    r"|vereniging|stichting|gemeenteraad|kommun(?:e|en)?|förening(?:en)?|forening(?:en)?|styrelsen?|styret|klubb(?:en)?"
    r"|klub(?:ben)?|bestyrelsen?|gmina|urząd|stowarzyszenie|fundacja|rada|zespół|parafia"
    # a public body's (`Provincie Utrecht`, `Ville de Vernon`, `Protección Civil`)
    r"|provinc\w*|provinz|ville|city|county|région|región|regione|region|municipal\w*|municipio|protección|protezione"
    r"|protection|landkreis|ministry|ministerium|ministère|ministerio|ministero|police|polizei|polizia|policía"
    r"|politie)\b", re.I)


def _cell_of_furniture(lines: list[Line], labels: list[Label], i: int) -> bool:
    """Line i is a later cell of a compound line that opens as furniture (`Dieses Thema im Programm: VPR
    Fernsehen | Vorpommern Aktuell | 30.11.2026 | 19:30 Uhr`: the programme that aired the story, its channel,
    show, day and time): a show's name, not a byline. A link home opening the line is no such label (`Accueil | Par
    Jeanne Roux | 30 septembre 2018`: the breadcrumb's first step, then the byline and the date)."""
    head = i
    while head > 0 and lines[head].part:
        head -= 1
    return head < i and labels[head].cls == FURNITURE and labels[head].kind != "control"


def _without_page_name(lines: list[Line], i: int, who: str) -> str:
    """The names on byline i without a place or an outlet run into them with no separator (`Antonio Belmonte
    Lorca`, `A and B The Northfield Post`, `Jana Roth Bremen`): the last words go when the page shows them above
    the byline as a line of their own (a city in the menu, the masthead) and a name or two names stay."""
    words = who.split()
    shown = {line.text.lower() for line in lines[:i] if line.words <= T.SITE_MAX_WORDS}
    for k in range(1, min(T.SITE_MAX_WORDS, len(words) - 2) + 1):
        head = " ".join(words[:-k])
        if " ".join(words[-k:]).lower() in shown and (person(head) or names(head) >= 2):
            return head
    return who


# Job words the shared role pattern lacks, for a role after the name (`…, Communications Specialist`,
# `… Local Democracy Reporter`), and newsroom words, in the languages of European news sites.
JOB = re.compile(r"\b(?:specialist|officer|manager|coordinator|director|directora?|directeur|directrice|diretora?"
                  r"|direttore|direttrice|spokes(?:person|man|woman)|head of|chief|intern|fellow|professor|researcher"
                  r"|adviser|advisor|secretary|consultant|leiter(?:in)?|sprecher(?:in)?|portavoz|porta-voz|portavoce"
                  r"|porte-parole|woordvoerder|rzecznik|mluvčí|responsable|coordinador[a]?|coordenador[a]?"
                  r"|coordinat(?:eur|rice|ore|rice)|toimittaja|päätoimittaja|muhabir|editör|szerkesztő|újságíró"
                  r"|συντάκτης|δημοσιογράφος"
                  # a newsroom after the name (`…, Tagesecho-Studio Friedrichshafen`, `…, Landesstudio Tirol`,
                  # `…, Redaktion Politik`, `…, Newsdesk`, `…, bureau de Lyon`): where the reporter works
                  r"|\w*studio|redaktion|rédaction|redacción|redazione|redactie|redakcja|newsroom|news ?desk|bureau"
                  # the office or unit that speaks for an organisation (`…, Communications Division`, `…, Club PRO`,
                  # `…, Pressestelle`, `…, Service communication`, `…, Departamento de Prensa`, `…, Ufficio stampa`)
                  r"|division|department|communications|public relations|press office|media relations|(?-i:PRO)"
                  r"|abteilung|pressestelle|öffentlichkeitsarbeit|kommunikation"
                  r"|service (?:de )?(?:communication|presse)"
                  r"|departamento|gabinete de (?:prensa|comunicación)|ufficio stampa|assessoria de imprensa"
                  r"|afdeling|voorlichting|communicatie"
                  r")s?\b", re.I)


def without_role(who: str) -> str:
    """`Jane Doe, Communications Specialist` or `Jane Doe Local Democracy Reporter` -> `Jane Doe`."""
    first, comma, rest = who.partition(", ")
    if comma and (F.ROLE.search(rest) or JOB.search(rest)):
        return first
    words = who.split()
    for k in range(2, len(words)):
        rest = " ".join(words[k:])
        if words[k][:1].isupper() and person(" ".join(words[:k])) and (F.ROLE.search(rest) or JOB.search(rest)):
            return " ".join(words[:k])
    return who


def masthead_again(lines: list[Line], i: int) -> bool:
    """`8 News Central Australia` beside the date, the page's masthead (`8 NEWS CENTRAL AUSTRALIA`, any case) among
    its first lines: the outlet's newsroom signs the story, its name the author as an agency's is. A name of two
    words or more, of a site name's length (one word there is a place or a section label over the headline), a
    name's shape, under its headline (a short headline the page's first line repeats, `Floods hit Eastbrook`, is no
    masthead: a menu stands above it, not a longer line in lower case)."""
    text = lines[i].text.casefold()
    return len(text) >= T.MASTHEAD_NAME_MIN_CHARS and 2 <= lines[i].words <= T.SITE_MAX_WORDS \
        and _OUTLET_NAME.match(lines[i].text) is not None and i >= 1 and lines[i - 1].words > lines[i].words \
        and re.search(r"\s(?-i:[a-zà-ÿ])", lines[i - 1].text) is not None and any(
            line.text.casefold() == text for line in lines[:min(i, T.MASTHEAD_TOP_LINES)])


# An outlet's name: capitalised words or figures (`8 News Central Australia`), perhaps a small joining word between.
_OUTLET_NAME = re.compile(r"^[A-ZÀ-Þ0-9][\w.&'’-]*(?:\s+(?:(?:of|the|de|del|la|le|du|des|und|and|&|y|et)\s+)?"
                          r"[A-ZÀ-Þ0-9][\w.&'’-]*)+$")


def _author_at(lines: list[Line], i: int) -> str | None:
    """The author a byline line names."""
    text = lines[i].text
    language = names_language(lines, text)
    if bare_byline_label(text):
        return None  # the label: the names are on the next line
    if agency_byline(text) or masthead_again(lines, i):
        return text
    if agency := from_agency(text):
        return agency
    if who := name_with_address(text):
        return who  # `JANE DOE jdoe@gazette.com`: the name as written, without the address
    if agency := source_agency(text):
        return agency
    if i > 0 and bare_byline_label(lines[i - 1].text):
        return labelled_author(text, language)
    if who := byline_author(text, language):
        return _comma_author(lines, i, who)
    if who := lead_in_author(text, language):
        return who  # `Enquête de X`: a lead-in no table holds, on a line taken for a byline
    if m := F.BYLINE.match(text):
        return author_name(m["who"], language)
    if m := F.AGENCY_DATELINE.match(text + " "):
        return m["agency"]
    if who := name_then_place(text):
        return who  # `Nerea Olaizola. Madrid`: the name, then where the reporter files from
    who = author_name(text.strip(" .-–—"), language)  # `Shaun Walker in Kyiv` -> `Shaun Walker`
    if names(text, language) >= 2:
        return _comma_author(lines, i, text) if who != text else text  # `A, B`, `A and B` alone on a line
    if is_name(who) or F.AGENCIES.match(who) or F.NATIONAL_WIRES.match(who):
        return who
    if is_name(text):
        return text  # `Sanne de Wit`
    if (who := without_role(text)) != text and person(who):
        return who  # `Jane Doe Environment correspondent`: the name run into its job title
    return None


def _comma_author(lines: list[Line], i: int, who: str) -> str:
    """`Tomasz Kowalczyk, Mireille Ouellet`: a second name after a comma is a co-author, unless it is a role
    or the page names it elsewhere other than in a bio (an outlet: `…, Frontline Dispatch` and `… for Frontline
    Dispatch` in the bio; a co-author is named in a bio as `Mireille Ouellet is a producer …`)."""
    first, _, second = who.rpartition(", ")
    if not first:
        return who
    bio = re.compile(re.escape(second) + r"\s+(?:" + _BIO_VERBS + r")\b")
    if F.ROLE.search(second) or JOB.search(second) or not persons(second) or any(
            k != i and second in line.text and not bio.search(line.text) and not _credits(line.text, second)
            and not _about_the_writers(line.text, first, second) for k, line in enumerate(lines)) \
            or _outlet_named_elsewhere(lines, i, second, first):
        return first
    return who


# A bio's verb after the writer's name (`Mireille Ouellet is a producer`, `Simon Hürlimann schreibt seit 2021 …`,
# `Léa Fortin couvre …`), in en/es/de/fr/it/sv/da/pl.
_BIO_VERBS = (r"is|was|has|covers|writes|reports|es|escribe|cubre|ist|schreibt|berichtet|arbeitet|est|écrit|couvre"
              r"|è|scrive|er|är|jest")


def _about_the_writers(text: str, first: str, second: str) -> bool:
    """A line naming the co-author that is about the writers, not an outlet: the name alone (an author box's heading
    over the bio), or a line naming the first writer too (`Marisa Delgado reported from Phoenix, Trevor Quinlan from
    Washington …`) where it is no outlet the first writes for (`Aaron Feldstein is a reporter for Frontline
    Dispatch`)."""
    head = " ".join(second.split()[:2])
    return (text.strip() == head and person(head)) or (
        bool(first) and first.split(", ")[0] in text
        and not re.search(r"\b(?:for|at|with|bei|für|pour|chez|para|en|per|presso|voor)\s+" + re.escape(head), text))


def _credits(text: str, name: str) -> bool:
    """A photo credit names `name`: the line is a credit, or a caption ending in a credit with the name in it
    (`… on Monday afternoon. (Credit: Marcus Oyelaran/KQDL)`): the co-author took the picture."""
    return _credit_line(text) or name in (credit_at_end(text) or "")


def _credit_line(text: str) -> bool:
    """A photo credit (`Ana Ruiz / WHRN`, `Photo: Ana Ruiz`): a co-author may take the pictures too, so a name
    shown there is still a person's."""
    return len(text.split()) <= T.BARE_CREDIT_MAX_WORDS and bool(
        F.CREDIT.match(text) or F.BARE_CREDIT.match(text) or line_credit(text))


# A site's common section labels, in en/de/fr/es/it/nl/pt (a first line that is one of them is no masthead).
_SECTION_WORDS = F.GENERIC_CRUMBS | frozenset({
    "sport", "sports", "business", "politics", "world", "culture", "opinion", "life", "lifestyle", "style", "health",
    "science", "tech", "technology", "travel", "money", "local", "arts", "entertainment", "food", "weather", "politik",
    "wirtschaft", "kultur", "wissen", "leben", "reise", "meinung", "welt", "deportes", "mundo", "cultura", "economía",
    "opinión", "política", "internacional", "sociedad", "monde", "économie", "société", "politique", "santé",
    "desporto", "esportes", "mondo", "economia", "cronaca", "spettacoli", "economie", "cultuur", "binnenland",
    "buitenland", "politiek", "wereld"})


def _outlet_named_elsewhere(lines: list[Line], i: int, second: str, first: str = "") -> bool:
    """`…, ROR Studio Freiburg`, `…, Hörfunk Mittelrhein Koblenz`: the words after the comma start with the
    site's name as other lines show it (`Bild: ROR/…`, `in der App von Hörfunk Mittelrhein`): its first two
    words together, or its first word in capitals, elsewhere on the page (not in a bio: a co-author's bio names
    the co-author)."""
    words = second.split()
    stem = " ".join(words[:2]) if not (words[0].isupper() and len(words[0]) >= 2) else words[0]
    if len(words) < 2 or not stem.strip():
        return False
    if words[0].casefold() not in _SECTION_WORDS and any(
            line.text.casefold() == words[0].casefold() for line in lines[:min(i, T.MASTHEAD_LINES)]):
        return True  # `…, Nordsicht Schleswig-Holstein` under the masthead `Nordsicht`: the outlet's regional unit
        # (a first line `Sport` is the section's label, not the outlet: `Tom Baker, Sport Williams` is two people)
    seen = re.compile(r"(?<!\w)" + re.escape(stem) + r"(?!\w)")
    bio = re.compile(re.escape(second.split()[0]) + r"\s+\S+\s+(?:" + _BIO_VERBS + r")\b")
    return any(k != i and seen.search(line.text) and not bio.search(line.text)
               and not (second in line.text and _credits(line.text, second))  # the co-author took the picture
               and not _about_the_writers(line.text, first, second) for k, line in enumerate(lines))


# The word for "agencies" that a wire story's byline gives in place of a name, in the languages of European news
# sites; a web address (`site.es`), the site's own name on the byline of a story it took from the wires.
_AGENCIES_WORD = re.compile(r"^(?:agencias|agências|agenzie|agences|agencies|agenturen|agencje|agentschappen"
                            r"|agenturer|ajanslar|ügynökségek|πρακτορεία)$", re.I)


_WEB_ADDRESS = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)


# A wire named by its kind of outlet, the name capitalised (`Meridian News Service`, `Samaj Wire Service`, `Agence
# Hexa`, `Agencia Norte`, `Agenzia Vela`, `Nachrichtenagentur Nordpress`, `Kestrel Press Agency`): no person's name.
_NAMED_AGENCY = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’&.-]*\s+){1,3}(?i:wire service|news service|news agency|press agency|newswire|wire)$"
    r"|^(?i:agence|agencia|agenzia|agência|agentschap|nachrichtenagentur|presseagentur)\s+(?:de |d'|di |do )?"
    r"[A-ZÀ-Þ][\w'’&.-]*(?:\s+[A-ZÀ-Þ][\w'’&.-]*){0,2}$")


_BYLINE_PARTS = re.compile(r"\s*[/|,+]\s*|\s+(?:y|e|and|und|et|&)\s+")


def agency_byline(text: str) -> bool:
    """`Agencias`, `site.es / AGENCIAS`, `EFE / Agencias`: a byline that names the wires (and perhaps the site's
    address) instead of a person; kept as written, as no name is there to extract."""
    if len(text.split()) > T.BARE_CREDIT_MAX_WORDS:
        return False
    parts = [p for p in _BYLINE_PARTS.split(text.strip()) if p]
    if len(parts) == 1 and _NAMED_AGENCY.match(parts[0]) and not F.BYLINE.match(parts[0]):  # not `By X Wire`
        return True
    return any(_AGENCIES_WORD.match(p) for p in parts) and all(
        _AGENCIES_WORD.match(p) or F.AGENCIES.match(p) or _WEB_ADDRESS.match(p) for p in parts)


# An agency's byline led in by "from the" (`Da Agência Sabiá`, `De la Agencia Cóndor`, `De l'Agence Hexa`, `Von der
# Agentur Nord`, `Dall'Agenzia Lario`, `Van het Agentschap Noord`, `From the Meridian News Agency`), in
# pt/es/fr/de/it/nl/en: the agency's name is the author, without the lead-in.
_FROM_AGENCY = re.compile(r"^(?i:da|do|de la|de l'|de l’|del|von der|vom|dalla|dall'|dall’|dell'|van het|van de"
                          r"|from the|from)\s*(?P<agency>[A-ZÀ-Þ].*)$")


def from_agency(text: str) -> str | None:
    """`Da Agência Sabiá` -> `Agência Sabiá`: an agency's name after "from the", alone on the byline's line."""
    if (m := _FROM_AGENCY.match(text.strip())) and _NAMED_AGENCY.match(m["agency"]):
        return m["agency"]
    return None


def source_agency(text: str) -> str | None:
    """`Quelle: dpa`, `Fuente: EFE`: a source label naming a news agency alone (a photo's or a chart's source names
    anything else)."""
    if not (m := SOURCE_LABEL.match(text)):
        return None
    agency = text[m.end():].strip(" )]")
    return agency if F.AGENCIES.match(agency) or _AGENCIES_WORD.match(agency) else None


# A note under a reporter's name: where the reporter is or the job (`Kelowna, B.C.`, `New York, N.Y.`, `Berlin`,
# `Senior Reporter`): a few capitalised words (perhaps a lower-case particle, `Head of Sport`), commas, no digit,
# no sentence (an abbreviation's dot ends it, not a full stop after a word).
NAME_NOTE = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:,?\s+(?:(?:of|de|du|des|di|da|del|am|an|upon|sur|for)\s+)?"
                        r"[A-ZÀ-Þ][\w'’.-]*)*$")


# An agency's bio under `About the author` in a language whose copula F.BIO does not list, or opening with the
# language's article (`A Agência X (AX) é uma agência noticiosa …`, `Die Nachrichtenagentur X ist …`, `L'Agence X est
# une agence de presse …`, `X är en nyhetsbyrå …`): the agency as the bio writes it, its article aside; the agency's
# noun within a few words of the copula.
_AGENCY_BIO = re.compile(
    r"^(?:(?:a|o|la|el|le|l['’]|il|lo|die|der|das|het)\s*(?<=['’\s]))?(?P<who>[A-ZÀ-Þ][^.!?]{1,80}?)\s+"
    r"(?:is|é|es|est|ist|è|är|er)\s+(?:\S+\s+){0,3}?(?:\S*['’])?(?:news |press )?(?:agency|agência|agencia"
    r"|agence|\w*agentur|agenzia|persbureau|nyhetsbyrå|nyhedsbureau|nyhetsbyrå)\b", re.I)


_BOX_COUNT = re.compile(F.AUTHOR_BOX_COUNT, re.I)


def bio_author(lines: list[Line], labels: list[Label], after: int) -> str | None:
    """`About the author` below the body, then `Jane Doe is a reporter …`, or the box's byline line (`Sobre la
    autora` / `Ana Ruiz` / `Place, date` / a bio that opens with the job, not the name); or the box's heading with
    the writer's count of pieces (`Über Luis Holuch 257 Artikel`); or, in Chinese, Japanese or Korean, the box's
    label over the writer's name (cjk.writer_box_name)."""
    for i in range(after, min(after + 6, len(lines))):
        if i + 1 < len(lines) and (who := writer_box_name(lines[i].text, lines[i + 1].text)):
            return who
        if labels[i].cls == STOP and (boxed := _BOX_COUNT.match(lines[i].text)):
            return boxed["boxed"]
        if labels[i].cls == STOP and labels[i].kind == "tail" and re.match(r"^(about|sobre|über|à propos)",
                                                                          lines[i].text, re.I):
            for j in range(i + 1, min(i + 5, len(lines))):
                if m := _AGENCY_BIO.match(lines[j].text) or F.BIO.match(lines[j].text):
                    return m["who"].strip()
                if labels[j] == Label(META, "byline") and (who := _author_at(lines, j)):
                    return without_role(who)
    return _signed_bio(lines, labels, after)


def _signed_bio(lines: list[Line], labels: list[Label], after: int) -> str | None:
    """`Written by Jane Doe` / `Jane Doe is our environment reporter …` below the story's end notes (a journal
    reference, a correction): a byline whose name the bio under it repeats signs this story, past any tail (a
    related story's byline has no bio of its author under it)."""
    for i in range(after, min(after + T.SIGNED_BIO_WINDOW, len(lines) - 1)):
        if labels[i] == Label(META, "byline") and (who := _author_at(lines, i)) \
                and (m := F.BIO.match(lines[i + 1].text)) and m["who"].strip() == without_role(who):
            return without_role(who)
    return None


def story_end(lines: list[Line], labels: list[Label], after: int, most: int) -> int:
    """Where what closes the story ends, at most `most` lines after the body: at a tail or a related list's label
    (a byline past it signs a listed story)."""
    for i in range(after, min(after + most, len(lines))):
        if labels[i].cls == STOP or (labels[i].cls == FURNITURE and labels[i].kind == "related"):
            return i
    return min(after + most, len(lines))


def labelled_byline_after(lines: list[Line], labels: list[Label], after: int) -> str | None:
    """A byline with its label and a colon (`Author: X`, `Autore: X`, `Texto: X`) below the story, past what a
    trade page prints between them (a contact block: a name, an organisation, a phone, an address): a related
    list's items are signed `By X`, not so. The label may stand alone on its line over the name (`Escrito por` /
    `Yokasta Peralta`, `Geschrieben von` / `Jana Roth`): an author box's."""
    stop = story_end(lines, labels, after, T.AFTER_BODY_LABELLED_BYLINE)
    for i in range(after, stop):
        if labels[i].cls == META and labels[i].kind == "byline" and (m := F.BYLINE.match(lines[i].text)) \
                and ":" in lines[i].text[:m.start("who")] and (who := _author_at(lines, i)):
            return without_role(who)
        if labels[i].cls != FURNITURE and bare_byline_label(lines[i].text) and i + 1 < stop \
                and lines[i + 1].words <= T.BARE_NAME_MAX_WORDS and person(lines[i + 1].text) \
                and (who := labelled_author(lines[i + 1].text)):
            return who
    return None


# A blog platform's post footer under the post (Blogger's `Posted by T. V. Raman at 2:33 PM`, `Eingestellt von der
# Michel um 21:11`, `Publicado por Ana a las 10:15`, `Publié par Anne à 09:12`, `Pubblicato da Anna alle 10:15`,
# `Geplaatst door Jan om 10:15`): the writer, named by the platform's own words with the post's time.
_POST_FOOTER = re.compile(r"^(?:posted by|eingestellt von|publicado por|publié par|pubblicato da|geplaatst door)\s+"
                          r"(?P<who>[^\d|·•,;:]{2,40}?)\s+(?:at|um|a las|à|alle|om)\s+\d{1,2}[:.]\d{2}", re.I)


def post_footer_author(lines: list[Line], labels: list[Label], after: int) -> str | None:
    """The writer a blog platform's post footer names under the story (_POST_FOOTER), before what closes it: a name
    (a capitalised word in it) or a user name, not an account's role, a newsroom's desk or an organisation (`Posted
    by a neighbour at 10:15` is a sentence's). A line closed by a colon leads in a quoted post (`Posted by Sarah
    Whitfield at 7:42 AM:`: review s33c)."""
    for i in range(after, story_end(lines, labels, after, T.AFTER_BODY_BYLINE)):
        if (m := _POST_FOOTER.match(lines[i].text)) and not lines[i].text.rstrip().endswith(":") \
                and not DESK_LINE.match(m["who"].strip()) \
                and len((who := m["who"].strip()).split()) <= T.BARE_NAME_MAX_WORDS \
                and (any(w[:1].isupper() for w in who.split()) or _HANDLE_SHAPE.search(who)) \
                and who.casefold() not in _ACCOUNT_ROLES and not _POSTING_BODY.search(who):
            return who
    return None


# A newsroom's desk as a line of its own, perhaps with its place, department or the site's name (`Redacción Bogotá`,
# `Redaktion Politik`, `La rédaction du Courrier`, `Newsdesk`): a desk, not a person's name.
DESK_LINE = re.compile(r"^(?:(?:la|the|die|a)\s+)?(?:redacción|redação|redacção|redazione|rédaction|redaktion|redactie"
                       r"|redaksjon|redakcja|redakce|redacció|newsroom|news ?desk)(?:\s+[^\W\d_][\w'’.-]*){0,4}$", re.I)


def trailing_agency(lines: list[Line], labels: list[Label], after: int) -> str | None:
    """An agency or a signature under the story, when the header named nobody: `(AFP)`, `— Imogen Tally`,
    `(Imogen Tally)`, `Reporting by Imogen Tally; Editing by …` right after the last paragraph (papers that sign
    at the end put the name there, alone on its line)."""
    for i in range(after, min(after + 3, len(lines))):
        text = lines[i].text.strip(" .-–—()")
        if F.AGENCIES.match(text):
            return text
        if m := _WRITTEN_BY_AGENCY.match(text):
            return m["name"]  # (`Saken er skrevet av nyhetsbyrået Nordpress og er ikke redigert av …`)
        # (a line the tables know as the page's, `Verwandte Artikel`, `Donate Now`, signs nothing)
        if i == after and _ends_page(lines, labels, i) and not _known_furniture(labels[i]) \
                and (who := _signature(lines[i])):
            return who
        if i == after and DESK_LINE.match(text):
            return text  # the newsroom signs the story (`Redacción El Adarve`, `Redaktion Politik`, `Newsdesk`)
        if labels[i].cls not in (FURNITURE,):
            break
    return None


# The note under a wire's story that the agency wrote it (`Saken er skrevet av NTB.`, `Saken er skrevet av
# nyhetsbyrået Nordpress og …`, `Artikeln är skriven av TT`, `This article was written by the news agency X`, `Dieser
# Artikel wurde von der Nachrichtenagentur X geschrieben` is left: the name stands before its verb there).
_WRITTEN_BY_AGENCY = re.compile(
    r"^(?i:saken|artikkelen|artikeln|artiklen|this article|this story)\b.{0,20}?\b(?:skrevet|skriven|written)\s+"
    r"(?:av|af|by)\s+(?:(?:nyhetsbyrå(?:et|n)|nyhedsbureauet|the news agency)\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w&-]+(?:\s+[A-ZÀ-Þ][\w&-]+){0,2})")


def _known_furniture(label: Label) -> bool:
    """A furniture kind the tables name, besides those a signature may be taken for (a name, a wire's credit)."""
    return label.cls == FURNITURE and label.kind not in ("", "attribution", "link", "social handle", "editing credit")


def _ends_page(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A line that closes the story rather than heading a block (`Most Read`, `Latest Headlines` over their
    items): nothing but furniture or a tail follows it, and the page shows it nowhere else (a site's name
    repeats in its footer)."""
    if labels[i].cls in (STOP, MENU):
        return False
    if i + 1 < len(lines) and labels[i + 1].cls not in (FURNITURE, STOP, META):
        return False
    if i + 2 < len(lines) and lines[i + 1].headline and lines[i + 2].headline:
        return False  # a heading over a list of headlines, taken for links
    text = lines[i].text.strip(" -–—()[]")
    return not any(k != i and text in line.text for k, line in enumerate(lines))


def _signature(line: Line) -> str | None:
    """The author a signature line right under the story names: a person's name alone (perhaps after a dash or in
    brackets), or the first name of a wire's `Reporting by X; Editing by Y`."""
    text = line.text.strip(" -–—()[]")
    if line.words <= T.BARE_NAME_MAX_WORDS and (who := _signed_by(text)):
        return who
    if line.words <= T.BARE_NAME_MAX_WORDS and person(text):
        return text
    head, comma, rest = text.partition(", ")
    if comma and line.words <= T.BARE_NAME_MAX_WORDS and person(head) and NAME_NOTE.match(rest):
        return head  # `Imogen Tally, Eastgate`: where she wrote from
    first = re.split(r"\s*;\s*", line.text, maxsplit=1)[0]
    if first != line.text and (who := byline_author(first)) and persons(who):
        return who
    return None


def _signed_by(text: str) -> str | None:
    """`Por Martina Ruiz`, `Par Léa Fortin`, `By Jane Doe` signing the story under it: the byline word is no first
    name, though capitalised it gives the line a person's shape (`Per` is one, in the Nordic languages)."""
    if (who := byline_author(text)) and persons(who) and byline_lead(text) != "per":
        return who
    return None
