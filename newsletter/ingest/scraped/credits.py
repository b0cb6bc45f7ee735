"""The lead photo's credit and its caption, read from the lines around the headline: a labelled line
(`Photo: X`, `Bild: X`), a credit run into its caption (`… | Crédito: X`), one in brackets (`(KXRP Photo/X)`), an
unlabelled `Name / Outlet` or a name in capitals under a one-sentence caption, `Courtesy of X` (kept whole without
a picture word before it).
"""

from __future__ import annotations

import re

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.bylines import byline_photographer, is_name, person
from newsletter.ingest.scraped.captions import (
    COURTESY_WORDS,
    TWO_SENTENCES,
    agency_and_name,
    caps_credit,
    for_outlet,
    labelled_credit,
    picture_word,
    suffix_credit,
)
from newsletter.ingest.scraped.labels import FURNITURE, MENU, META, NEAR, PROSE, SHORT, Label
from newsletter.ingest.scraped.lines import Line

COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.I)
"""A copyright line's mark (the site's own name stands in it)."""


def find_credit(lines: list[Line], labels: list[Label], zone: range) -> tuple[str | None, str | None]:
    """(credit, caption) of the lead photo: the first credit line or captioned credit in the zone; a later
    caption credit that completes it (`Fotografie di X`, then `… Foto: X / PLUMAGE Italia`) wins."""
    first: tuple[str | None, str | None] = (None, None)
    if zone and labels[zone[-1]].kind == "caption":
        zone = range(zone.start, min(len(lines), zone.stop + 1))  # the credit under the last caption
    clip = False
    signed: tuple[str | None, str | None] = (None, None)
    for i in zone:
        credit, caption = _credit_at(lines, labels, i)
        if credit and labels[i] == Label(META, "byline") and first[0] is None:
            # `Texto: A / Fotos: B` names the story's photographer; the lead photo's own credit, when it has one,
            # is the image's (`… | B IN CAPITALS`, `Foto: C`)
            signed = signed if signed[0] else (credit, caption)
            continue
        if credit and first[0] is None:
            first, clip = (credit, caption), _clip_credit(lines, labels, i)
        elif credit and clip and not _CLIP_LABEL.match(lines[i].text):
            # `Text: X · Video: Y` by the byline names the clip's maker; the photo's own credit under it is the
            # lead image's
            return credit, caption
        elif credit and first[0] and credit != first[0] and credit.startswith(first[0]):
            return credit, caption
        elif credit and first[0] and first[0].isupper() and credit.lower() == first[0].lower():
            # the caption's closing name in capitals (`… de la campaña. XOÁN AGULLA`), then a credit line naming
            # it as written (`Foto: Xoán Agulla`): the name as written, the caption as it was read
            return credit, first[1]
    if clip:  # a clip's credit and no photo's after it (`Now Playing` / caption / `Source: XBC`): the lead is a
        first = (None, None)  # video, no photo to credit
    first = first if first[0] else signed
    if first[0] is None:  # no photo credits itself: the photographer a byline names beside the author
        first = next(((_tidy_credit(credit), None) for i in zone if labels[i] == Label(META, "byline")
                      and (credit := byline_photographer(lines[i].text))), first)
    return first


def lead_photo_zone_end(lines: list[Line], labels: list[Label], start: int, end: int) -> int:
    """Where the lead photo's credit is looked for: two lines past the body's start, or down to a caption standing
    under one standfirst or under short summary points that the body's start took in (a second picture stands
    under full paragraphs)."""
    stop = min(end, start + T.LEAD_PHOTO_PAST_START)
    for i in range(start + 2, stop):
        if labels[i].cls == META and labels[i].kind in ("caption", "credit"):
            prose = [k for k in range(start, i) if labels[k].cls in (PROSE, NEAR)]
            if len(prose) == 1 or all(lines[k].words <= T.LEAD_PHOTO_POINT_MAX_WORDS for k in prose):
                return i + 1
            break
    stop = min(end, start + 2)
    while stop < end and labels[stop - 1].kind in _GALLERY and labels[stop].kind in _GALLERY:
        stop += 1  # a gallery opening by the body's start (`Bild 1 von 6` / caption / `Foto: …`): its first picture
    return stop


_GALLERY = ("gallery", "gallery item")


def credit_below_story(lines: list[Line], labels: list[Label], header: range, end: int
                       ) -> tuple[str | None, str | None]:
    """(credit, caption) of a photo block that a site prints below its story together with the story's own
    metadata (a short story's byline, date, photo caption and credit, or `Text und Foto: X`): read only when the
    header holds no byline and the block of metadata lines right after the last paragraph holds one, so that a
    captioned photo of a related story or a gallery after the story credits no lead image."""
    stop = end
    while stop < len(lines) and labels[stop].cls == META:
        stop += 1
    signed = any(labels[i].kind == "byline" for i in range(end, stop))
    if not signed or any(labels[i] == Label(META, "byline") for i in header):
        return None, None
    return find_credit(lines, labels, range(end, stop))


def lead_credit_after(lines: list[Line], end: int) -> str | None:
    """The lead picture's credit under its own label after the story (`Featured image credit: X`): a site may print
    it there, the caption over the story carrying none; the label names the lead picture, not a related story's."""
    for i in range(end, min(len(lines), end + T.AFTER_BODY_BYLINE)):
        if m := F.LEAD_PICTURE_CREDIT.match(lines[i].text):
            return _tidy_credit(m["credit"])
    return None


_CLIP_LABEL = re.compile(r"^(?:video|vidéo|vídeo|clip|filmbeitrag|kamera|camera|cámara|caméra)\s*:", re.I)


def _clip_credit(lines: list[Line], labels: list[Label], i: int) -> bool:
    """A clip's credit: labelled as the clip's (`Video: X`), or the source line under a player's title (`Video: Why
    the grid is short of power` / `Source: XBC`, `Vidéo : …` / `Source : …`) or closing a player's block (`Video` /
    title / `01:47` / `Now playing` / `Source: XBC`), which credits the clip, not the photo."""
    if _CLIP_LABEL.match(lines[i].text):
        return True
    return i > 0 and SOURCE_LABEL.match(lines[i].text) is not None and (
        _CLIP_LABEL.match(lines[i - 1].text) is not None
        or (labels[i - 1].cls == FURNITURE and labels[i - 1].kind in _PLAYER_KINDS))


_PLAYER_KINDS = ("audio player", "widget", "widget item")


# A chart, map or table named over its source (`Chart: 10-year yields, past week` / `Source: X`, `Grafik: …` /
# `Quelle: X`, `Gráfico: …`): the line credits data, not a photo, so it is no lead image's credit. Its title
# opens with the graphic's word and a separator, or (over a `Source`-type label) names a chart anywhere (a map
# or a table may stand in a photo's caption: `Residents around a table …`).
_CHART = (r"chart|charts|graph|graphs|graphic|graphics|infographic|grafik|grafiken|infografik|diagramm|schaubild"
          r"|graphique|infographie|gráfico|gráfica|infografía|infografia|grafico|infografica|grafiek|diagram|wykres"
          r"|kaavio|grafikon|γράφημα")
GRAPHIC_TITLE = re.compile(r"^(?:" + _CHART + r"|map|table|karte|tabelle|carte|tableau|mapa|tabla|mappa|tabella"
                            r"|kaart|tabel|kartta|tablo|térkép|χάρτης)\s*[:|–—-]\s*\S", re.I)
_GRAPHIC_WORD = re.compile(r"(?<!\w)(?:" + _CHART + r")(?!\w)", re.I)
SOURCE_LABEL = re.compile(r"^[(\[]?\s*(?:sources?|quellen?|fuentes?|fontes?|font|données|dati|bron|källa|kilde"
                           r"|źródło|zdroje?|sursa|sursă|lähde|kaynak|forrás|πηγή|data)\s*:", re.I)


def under_graphic(lines: list[Line], i: int) -> bool:
    """Whether line i sits under a chart's, map's or table's title, or is that title over its source (`Grafik:`
    labels a graphic's credit too, but not over a `Quelle:` line)."""
    if i + 1 < len(lines) and GRAPHIC_TITLE.match(lines[i].text) and SOURCE_LABEL.match(lines[i + 1].text):
        return True
    top = i - 1
    while top > 0 and lines[top].part:
        top -= 1  # `Map | the night route`: a title split at its bar
    if top < 0:
        return False
    above = " | ".join(line.text for line in lines[top:i])
    return bool(GRAPHIC_TITLE.match(above) or (SOURCE_LABEL.match(lines[i].text) and _GRAPHIC_WORD.search(above)))


# A share widget's heading (`Social Sharing`, `Partage social`, `Compartir en redes`): two capitalised words that
# read like a name, the tool bar's title, no photo's credit.
_SHARE_HEADING = re.compile(
    r"^(?:social (?:sharing|share|media)|share on social(?: media)?|partage social"
    r"|partager sur les réseaux(?: sociaux)?"
    r"|réseaux sociaux|compartir en redes(?: sociales)?|redes sociales|soziale medien|in sozialen medien teilen"
    r"|condividi sui social|social network|partilhar nas redes(?: sociais)?|redes sociais|sociale media"
    r"|delen op sociale media)$", re.I)


def _credit_at(lines: list[Line], labels: list[Label], i: int) -> tuple[str | None, str | None]:
    label, text = labels[i], lines[i].text
    if _SHARE_HEADING.match(text):
        return None, None
    if under_graphic(lines, i) or (label == Label(META, "byline") and SOURCE_LABEL.match(text)):
        return None, None  # (`Quelle: dpa` over the date names the story's source: fields.relabel_header)
    from newsletter.ingest.scraped.sections import from_home  # sections.py builds on this module

    if "/" in text and from_home(text):
        return None, None  # `Inicio / Estados / Yucatán`: a path from the start page, not `Agency / Name`
    if label.cls == META and label.kind == "credit" and _pipe_parts(lines, labels, i):
        return f"{text} | {lines[i + 1].text}", lines[i - 1].text if labels[i - 1].kind == "caption" else None
    if label.cls == META and label.kind == "credit":
        return _credit_line(lines, labels, i)
    # (a caption describes a picture in words: a menu-shaped line taken for one, `Markets Tech … Business / Airlines`,
    # holds a path, not a credit)
    if label.cls == META and label.kind == "caption" and (credit := line_credit(text)) and _CREDIT_LABEL.match(text):
        return _tidy_credit(credit), None  # `Foto: Ada Quill (dpa)` under its caption: the whole line is the credit
    if label.cls == META and label.kind == "caption" and (not lines[i].menu or _picture_bracket_end(text)) \
            and (credit := suffix_credit(text)):
        caption = text[: text.rfind(credit)].rstrip(" ([/").strip()
        caption = re.sub(r"\s*[/(\[]?\s*(?:" + F.HANDED + "|" + _CREDIT_LABELS + r")\s*[:|/]?\s*$", "", caption,
                         flags=re.I).rstrip(" .,;—–-/|·•")
        if text.endswith(credit + "."):
            credit += "."  # `… Inc.`: _tidy_credit keeps an abbreviation's full stop
        if _headline_again(lines, i, caption):
            return None, None  # the page's title line, `Headline. Second Sentence. | Site`: the site's name
        return _tidy_credit(credit), caption or None
    if (label.cls == MENU or (label.cls == FURNITURE and label.kind in ("related item", "gallery item"))) \
            and (credit := line_credit(text) or (label.kind == "gallery item" and agency_and_name(text) and text)):
        # `Fotoğraf: X / Outlet` under a caption, taken for a link or a menu, or a gallery's first picture's credit
        # (labelled, or unlabelled in the `Agency/Name` shape: `APA/Jane Roe`)
        return _tidy_credit(credit), None
    if label.cls in (META, SHORT, NEAR, PROSE) and len(text) <= T.CAPTION_MAX_CHARS:
        if m := _BRACKET_CREDIT_END.search(text):  # `… Λευκό Πύργο. (ΦΩΤ.: X)`
            return _tidy_credit(m["credit"]), text[:m.start()].strip() or None
        if (m := _BRACKET_OUTLET_CREDIT.search(text)) and person(m["name"].strip()):
            return m["credit"].strip(), text[:m.start()].strip() or None  # `… pallets. (KXRP North: Jane Doe)`
        if credit := bracketed_credit(text) or line_credit(text):  # `(KXRP Photo/Dev Ramaswamy)`, `fot. X`
            above = lines[i - 1].text if i > 0 and labels[i - 1].cls in (META, PROSE, NEAR) else None
            return _tidy_credit(credit), above
        if owner := _bracketed_owner(lines, labels, i):
            return owner, lines[i - 1].text
        if m := _commissioned_end(lines, i) or _repeated_bracket_tail(lines, i):  # `… (Jane Doe for The Herald)`
            return m["credit"], text[:m.start()].strip() or None
        if lines[i].words >= T.CAPTION_MIN_WORDS and (m := _CAPTION_CREDIT.search(text)):
            return _tidy_credit(m["credit"]), text[:m.start()].strip(" .,;|—–-") or None  # `… | Crédito: X`
    # (capitals make a credit look like a menu entry; one alone, not in a run of them, may be a credit)
    lone_menu = label.cls == MENU and not (i + 1 < len(labels) and labels[i + 1].cls == MENU)
    if (label.cls in (SHORT, NEAR) or lone_menu) and caps_name_credit(lines, i):
        return text, lines[i - 1].text
    return None, None


# A caption closed by its credit in brackets under a picture word (`… on Market Street (Image: Outlet/Jane Doe)`,
# `(Foto: X)`, `[Bild: X]`): the label says a picture is credited, even when the caption's many names make it look
# like a menu line.
_PICTURE_BRACKET_END = re.compile(r"\s[(\[]\s*(?P<label>[^\s:()\[\]]+)\s*:\s*[^()\[\]:]{2,80}[)\]]$")


def _picture_bracket_end(text: str) -> bool:
    return (m := _PICTURE_BRACKET_END.search(text)) is not None and picture_word(m["label"])


def _credit_line(lines: list[Line], labels: list[Label], i: int) -> tuple[str | None, str | None]:
    """(credit, caption) of a line labelled a credit: the name after its label, with the caption above it."""
    text = lines[i].text
    above = lines[i - 1].text if i > 0 and labels[i - 1].kind == "caption" else None
    if _COURTESY.match(text) and not _credit_tail(lines, labels, i):
        return _tidy_credit(text, courtesy=True), above  # `Courtesy of Hollis Pie Co.`: no label, kept whole
    m = F.GRAPHIC_CREDIT.match(text) or F.CREDIT.match(text)  # (`Chart: X. Source: Y`: the maker, X)
    credit = m["credit"] if m else line_credit(text) or labelled_credit(text) or unlabelled(text) or text
    if inner := _labelled_caption_credit(credit):
        return _tidy_credit(inner["credit"]), credit[:inner.start()].strip() or above
    if text.endswith(credit + "."):
        credit += "."  # `Photo courtesy of Harbour Foods Ltd.`: _tidy_credit keeps an abbreviation's full stop
    if name := _credit_tail(lines, labels, i):
        credit = f"{credit} | {name}"
    return _tidy_credit(credit), above


_BRACKET_TAIL = re.compile(r"(?<=[.!?…])\s+\((?P<credit>[^()\[\]]{3,80})\)$")


def _repeated_bracket_tail(lines: list[Line], i: int) -> re.Match[str] | None:
    """A caption's sentence closed by a name in brackets that the next line repeats alone (`… shut down in 2014.
    (Jane Doe | Outlet)` over `Jane Doe | Outlet`, split at its bar or not): the page prints the photo's credit twice,
    so the bracket holds the credit, whatever its words (a story's sentence is not followed by its bracket again)."""
    if i + 1 >= len(lines) or not (m := _BRACKET_TAIL.search(lines[i].text)):
        return None
    parts = [lines[i + 1].text]
    k = i + 2
    while k < len(lines) and lines[k].part:
        parts.append(lines[k].text)
        k += 1
    said = [p.strip() for p in re.split(r"\s*[|·•]\s*", m["credit"])]
    return m if parts == said or parts == [m["credit"]] else None


# A name in brackets: capitalised words (`Harbour Ferries Ltd`, `Archiv Hafenblatt`), small joining words between.
_OWNER = re.compile(r"^[A-ZÀ-Þ][\w.&'’-]*(?:\s+(?:(?:of|de|del|des|du|la|le|di|der|und|and|&|y|et)\s+)?"
                    r"[A-ZÀ-Þ][\w.&'’-]*){0,4}$")


def _bracketed_owner(lines: list[Line], labels: list[Label], i: int) -> str | None:
    """A credit alone in brackets with no label, under its caption: the company or body whose picture it is
    (`Ferry leaves the quay at dusk.` / `(Harbour Ferries Ltd)`), read when the line above is one short sentence
    and a longer paragraph follows (a bracketed aside inside a story stands between two paragraphs)."""
    if not (m := BRACKETED.match(lines[i].text)) or not _OWNER.match(m["inner"]) or F.is_ui(m["inner"]) \
            or i == 0 or i + 1 >= len(lines):
        return None
    above, below = lines[i - 1], lines[i + 1]
    caption = above.full_stop and len(above.text) <= T.CAPTION_MAX_CHARS and labels[i - 1].cls in (PROSE, NEAR, META)
    return m["inner"] if caption and labels[i + 1].cls == PROSE and below.words > above.words else None


def _pipe_parts(lines: list[Line], labels: list[Label], i: int) -> bool:
    """`Jane Doe | CBN`: a credit split at its bar into two credit lines (captions.pipe_credit), read whole."""
    return i > 0 and i + 1 < len(lines) and not lines[i].part and lines[i + 1].part \
        and labels[i + 1] == Label(META, "credit") and (i + 2 >= len(lines) or not lines[i + 2].part)


def _credit_tail(lines: list[Line], labels: list[Label], i: int) -> str | None:
    """`Bild: agency/abbr | Jane Doe`, `Foto: AGENCY | Jane Doe`: a labelled credit line split at its bar, the last
    part a person's name (two or three capitalised words, no label of its own): the photographer, whose agency
    stands before the bar. (A credit and a date, `Foto: X | 10.03.2027`, or a label, name no photographer.)"""
    if lines[i].part or i + 1 >= len(lines) or not lines[i + 1].part \
            or (i + 2 < len(lines) and lines[i + 2].part) or labels[i + 1].cls not in (SHORT, MENU, META):
        return None
    name = lines[i + 1].text
    words = name.split()
    # (or the outlet's initials or a wire after the photographer's name: `Image: Jane Doe | XBC`, `Foto: X | EFE`)
    outlet = bool(_OUTLET_INITIALS.match(name) or F.AGENCIES.match(name) or _masthead(lines, name)) \
        and person(lines[i].text.split(":")[-1])
    return name if (outlet or (2 <= len(words) <= T.CREDIT_TAIL_MAX_WORDS and is_name(name))) \
        and not _CREDIT_WORD.search(name) and labels[i + 1].kind in ("", "credit", "byline") else None


def _masthead(lines: list[Line], name: str) -> bool:
    """`Foto: Jane Doe | The Valley Sun` on a page whose paste opens with `The Valley Sun`: the outlet after the
    photographer's name is the site's masthead, a line of its own at the page's top."""
    return any(line.text == name and not line.part for line in lines[:T.MASTHEAD_TOP_LINES])


# An outlet's initials (`XBC`, `RVS`), a few capitals.
_OUTLET_INITIALS = re.compile(r"^[A-ZÀ-Þ]{2,6}$")


def caps_name_credit(lines: list[Line], i: int) -> bool:
    """A credit in capitals under its caption (captions.caps_credit; a name particle in second place, `JEANNE LE
    GOFF`, is not a heading's stopword: lines.py), or a name made for an outlet (`Name for The Gazette`)."""
    return caps_credit(lines, i) or commissioned_credit(lines, i)


def _headline_again(lines: list[Line], i: int, caption: str) -> bool:
    """The `caption` part of line i is the text of another line of the page (the headline that a `Headline | Site`
    title line repeats, its own sentences read as a caption's): no photo is described, the site is named."""
    plain = caption.rstrip(" .").lower()
    return bool(plain) and any(k != i and line.text.rstrip(" .").lower() == plain for k, line in enumerate(lines))


def _tidy_credit(credit: str, courtesy: bool = False) -> str:
    """Without the separator a run-in credit kept (`| JANE WANJIRU`, `/ Name`), its brackets and a final full stop,
    unless that stop ends an abbreviation (`Harbor Robotics Inc.`). A `courtesy of` after a picture word is part of
    the label (`Photo courtesy of X` -> `X`); a credit line that opens with it has no label and keeps it
    (`courtesy`: `Courtesy of X`, `Cortesía de X`, `Avec l'aimable autorisation de X`)."""
    credit = credit.strip().lstrip("|/:·•—–- ").rstrip(" ,;")
    credit = _PICTURE_FIRST.sub("", credit)  # `© Photo Ouest Matin / Yann Corre`: the picture word is a label
    credit = F.TAKEN_AT.sub("", credit)  # `Mirjam Kälin (Dietikon, 24. November 2026)`: where and when it was taken
    credit = _COURTESY_COLON.sub("", credit)  # `(Photo courtesy: X / Y viewer)`: the label's last word and its colon
    if (m := BRACKETED.match(credit)) and not _CREDIT_LABEL.match(m["inner"]):
        credit = m["inner"]  # `(KXRP Photo/Dev Ramaswamy)`
    if not courtesy and credit[:1].islower() and (m := _COURTESY.match(credit)) and len(credit) > m.end() + 1:
        # `(Photo) courtesy of Harbour Board`: the label's phrase goes on; after a label's colon, a credit written
        # `Courtesy of the City of X` opens with its capital and stays as written
        credit = credit[m.end():]
    return credit if _ABBREVIATION_END.search(credit) else credit.rstrip(" .")


# A picture word before a capitalised credit, left after a sign or a bracket (`© Photo X`, `(Foto X)`).
# (capitalised, as a label is: `picture alliance` is an agency's name)
# (or abbreviated, `Ph. X`, `Ph: X`, as Italian and French papers write it in a caption's brackets)
_PICTURE_FIRST = re.compile(r"^(?=[A-Z])(?:(?:photo|photos|foto|fotos|bild|bilder|image|imagen|imagem|immagine|cliché)"
                            r"\s+|ph[.:]\s*)(?=[A-ZÀ-Þ]\S*\s+\S)", re.I)
# A courtesy label closed by its colon (`courtesy:`, `cortesía:`, `cortesia:`).
_COURTESY_COLON = re.compile(r"^(?:courtesy|cortesía|cortesia)\s*:\s*(?=\S)", re.I)
# `Courtesy of X` in the languages of European news sites: X gave the picture.
_COURTESY = re.compile(r"^(?:" + COURTESY_WORDS + r")\s+", re.I)
# Words a company or person name ends in with a full stop of its own, in the languages of European news sites.
_ABBREVIATION_END = re.compile(r"(?:\b(?:inc|ltd|co|corp|jr|sr|bros|ltda|cía|cia|cie|mfg|assn|dept)"
                               r"|\b[A-Za-z]\.[A-Za-z]|\bo\.o"
                               r"|(?<![\w.])[^\W\d_])\.$", re.I)  # (an initial last: `Foto: M. H.`, `J.-P. R.`)
# The labels a photo credit goes by, in the languages of European news sites (a source, `Quelle:`, too).
_CREDIT_LABELS = (r"photo|photos|photograph|photography|foto|fotos|fotografía|fotografia|fotografie|bild|bilder|image"
                  r"|imagem|imagen|immagine|picture|pic|credits|credit|credito|crédito|créditos|crédits photo"
                  r"|crédit photo|crédits|crédit|photo credit|image credit|picture credit"
                  r"|illustration|illustrations|ilustración|ilustração|illustrazione|illustratie|illustrasjon"
                  r"|illustrasjon|ilustracja|ilustrace|ilustrație|il·lustració|kuva|zdjęcie|zdjęcia|fot\.|fot"
                  r"|billede|bilde|fotografi|foton|beeld|copyright|source|fuente|fonte|quelle|bron|källa|kilde"
                  r"|źródło|zdroj|sursa|font|snímek|imagine"
                  # tr `Fotoğraf`, `Görsel`; hu `Fotó`, `Kép`; el `ΦΩΤ.`, `Φωτογραφία`; fi `Kuvat`
                  r"|fotoğraf|fotoğraflar|görsel|fotó|fotók|kép|képek|φωτ\.|φωτ|φωτογραφία|φωτογραφίες|φωτό|kuvat")
# A caption ending in its credit after a separator (`… | Crédito: X`, `… — Imagem: X`, `… - Photo X`) or after
# its last sentence with a colon (`… am Donnerstag. Quelle: X`, `… in Menomonee Valley. Photo: X Inc.`).
_CAPTION_CREDIT = re.compile(r"(?:\s[|/—–-]\s*(?:" + _CREDIT_LABELS + r")(?:\s*:\s*|\s+(?=[A-ZÀ-Þ]))"
                             r"|[.!?]\s+(?:" + _CREDIT_LABELS + r")\s*[:|]\s*)"
                             r"(?P<credit>[^()\[\]|]{2,80}?)$", re.I)
def holds_caption(text: str) -> bool:
    """A labelled credit line that holds its photo's caption before the credit (`Image: The plan. Credit: X`):
    the paragraph under it is no caption of its."""
    m = F.CREDIT.match(text)
    return m is not None and _labelled_caption_credit(m["credit"]) is not None


def _labelled_caption_credit(credit: str) -> re.Match | None:
    """`Image: Artist's impression of the plan. Credit: Jane Doe`, `Foto: La plaza. Crédito: X`: a labelled line
    holding a caption sentence, then the photo's own labelled credit: the credit is the name after the second label,
    not the caption (a caption of a few words at least; `Photo: Jane Doe. Source: X` names no caption)."""
    m = _CAPTION_CREDIT.search(credit)
    if not m or m.group()[0] not in ".!?":
        return None
    return m if len(credit[:m.start()].split()) >= T.CAPTION_MIN_WORDS else None


# A caption's sentence, then its labelled credit in brackets: `… at the pier. (Photo: X)`.
_BRACKET_CREDIT_END = re.compile(r"(?<=[.!?…])\s+[(\[]\s*(?:" + _CREDIT_LABELS + r")\s*:\s*(?P<credit>[^()\[\]]{2,80})"
                                 r"[)\]]$", re.I)
# A caption's sentence, then in brackets the outlet or station that took the picture, a colon and the
# photographer's name (`… on pallets. (KXRP North Coast: Jane Doe)`): the whole is the credit, the outlet no label.
_BRACKET_OUTLET_CREDIT = re.compile(r"(?<=[.!?…])\s+\((?P<credit>[A-ZÀ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-Þ0-9][\w&'’.-]*){0,3}"
                                    r"\s*:\s*(?P<name>[^():;,]{2,60}))\)$")
# A credit alone in brackets: `(Foto: X)`, `[Photo: X]`, `(KXRP Photo/Dev Ramaswamy)` (kept whole: no label).
BRACKETED = re.compile(r"^[(\[]\s*(?P<inner>[^()\[\]]{2,80}?)\s*[)\]]$")
# (a picture word may name the giver before its colon: `Photo courtesy:`, `Foto cortesía:`, `Photo gracieuseté :`)
_CREDIT_LABEL = re.compile(r"^(?:" + _CREDIT_LABELS + r")(?:\s+(?:courtesy|cortesía|cortesia|gentileza|gracieuseté"
                           r"|avec l'aimable autorisation|mit freundlicher genehmigung|per gentile concessione))?"
                           r"\s*:\s*", re.I)
_CREDIT_WORD = re.compile(r"\b(?:" + _CREDIT_LABELS + r")\b", re.I)
# A credit line: its label, then a separator (`Photo: X`, `PHOTO | X`, `fot. X`, `Foto / X`) or, for a label in
# capitals, the name in capitals (`PHOTO MARTIN LÉVESQUE, LE FLEUVE`: Québec papers set it above the caption).
# (an ellipsis is a separator too: `Credit...Jane Doe`, `Foto…X`, the label and name run together by the copy)
_LINE_CREDIT = re.compile(r"^(?:(?:" + _CREDIT_LABELS + r")\s*(?:[:|/]|\.{2,3}|…)\s*|fot\.\s*|©\s*)"
                          r"(?P<credit>[^:|]{2,80})$"
                          r"|^(?-i:[A-ZÀ-Þ]{3,})\s+(?P<caps>(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’.,&/ -]{2,80}))$", re.I)
_CAPS_LABEL = re.compile(r"^(?:" + _CREDIT_LABELS + r")$", re.I)
# A label in any words before a copyright sign and a capitalised name (`Aufnahme © X`, `Cliché © X`): up to
# LABELLED_CREDIT_MAX_LABEL_WORDS words, the sign being the evidence (`Le logo © appartient …` is a sentence).
_LABEL_BEFORE_COPYRIGHT = re.compile(rf"^(?:[^\W\d_][\w.'’-]*\s+){{1,{T.LABELLED_CREDIT_MAX_LABEL_WORDS}}}"
                                     r"©\s*(?=[A-ZÀ-Þ])")


def line_credit(text: str) -> str | None:
    """The credit a short credit line gives (`Photo: X`, `PHOTO | X`, `fot. X`, `© X`, `PHOTO X, OUTLET`)."""
    text = _LABEL_BEFORE_COPYRIGHT.sub("© ", text)  # `Aufnahme © X`, `Cliché © X`: the sign says credit
    if len(text.split()) > T.BARE_CREDIT_MAX_WORDS + 2 or not (m := _LINE_CREDIT.match(text)):
        return None
    if m["caps"] is not None:
        return m["caps"] if _CAPS_LABEL.match(text.split()[0]) else None
    credit = m["credit"].strip()
    return None if re.search(r"[^\W\d_]{3,}[.!?]\s", credit) else credit  # a sentence, not a name


# One word before a credit (`Photo NA/Jane Doe`, `Foto: AGENCY/Jane Doe`): the label a credit line may start with.
_ONE_WORD_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w.]*)(?P<colon>\s*:)?\s+(?P<credit>\S.*)$")


def unlabelled(text: str) -> str | None:
    """The credit after a one-word label (a picture word, or any word with a colon) when what follows has a credit's
    own shape: `Name/Outlet`, `AGENCY/Name` (`Photo NA/Jane Doe` -> `NA/Jane Doe`). A first name before a credit
    (`Jean Dupont/AFP`) is no label: it is no picture word."""
    if not (m := _ONE_WORD_LABEL.match(text)) or not (m["colon"] or picture_word(m["label"])):
        return None
    credit = m["credit"]
    if "/" not in credit or not F.BARE_CREDIT.match(credit):
        return None
    # a name or an agency on one side at least: an abbreviation in capitals (`NA`, `KURIER`) or two capitalised
    # words (`Jane Doe`); `Sport/Kultur` is a menu's path
    return credit if any(part.strip().isupper() or len(re.findall(r"\b[A-ZÀ-Þ]", part)) >= 2
                         for part in credit.split("/")) else None


def bracketed_credit(text: str) -> str | None:
    if not (m := BRACKETED.match(text)):
        return None
    inner = m["inner"]
    if label := _CREDIT_LABEL.match(inner):
        return inner[label.end():]
    return inner if "/" in inner and _CREDIT_WORD.search(inner) else None


# A caption's last sentence, then the photographer's name for the outlet, bare or in brackets, no label and no
# full stop: `… near Tranquillity, Calif. Jane Doe for The Herald`, `… à Brest. (Yann Le Goff pour Le Télégramme)`.
_COMMISSIONED_END = re.compile(r"(?<=[.!?…])\s+(?P<open>\(?)(?P<credit>[A-ZÀ-Þ][^.!?()\[\]]{3,80}?)(?P<close>\)?)$")


def _commissioned_end(lines: list[Line], i: int) -> re.Match[str] | None:
    """A caption of sentences that ends in `Name for Outlet`: the credit, when the brackets set it apart or the
    page names the outlet elsewhere (its logo, its copyright line): captions.for_outlet."""
    m = _COMMISSIONED_END.search(lines[i].text)
    if m is None or bool(m["open"]) != bool(m["close"]) or lines[i].words < T.CAPTION_MIN_WORDS \
            or len(m["credit"].split()) > T.BARE_CREDIT_MAX_WORDS:
        return None
    return m if for_outlet(lines, i, m["credit"], whole=False, set_apart=bool(m["open"])) else None


def commissioned_credit(lines: list[Line], i: int) -> bool:
    """A credit in mixed case without a label right under its caption (a sentence or two): a name, a `for` word and
    the outlet, which is quoted or named on another line of the page (its logo, its copyright line); a subheading
    (`New Homes for Eastgate`) names no outlet so."""
    if i < 1:
        return False
    above = lines[i - 1]
    if not (above.full_stop and len(above.text) <= T.CAPTION_MAX_CHARS and above.words >= T.CAPTION_MIN_WORDS
            and len(TWO_SENTENCES.findall(above.text)) < T.COMMISSIONED_CAPTION_MAX_SENTENCES):
        return False
    return for_outlet(lines, i)
