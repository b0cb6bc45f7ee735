"""The publication speaking: paragraphs in the site's own voice (sign-ups, paywall notes, corrections, "this
article appeared in …", "we are a nonprofit newsroom, support us") are not the story, though they are sentences.

A story reports on others; a house note talks about the page itself or to the reader. The signals, each
counted outside quotation marks (a quoted speaker may say "you" and "we"):
  - the site's own name, learnt from the page (its copyright line, or a `Headline | Site` title line);
  - the reader addressed (second-person words) and the publication speaking (first-person plural possessives);
  - the page referring to itself (`this article`, `ce reportage`, `dieser Beitrag`);
  - an e-mail address or a web address;
  - a call to action (subscribe, sign up, download).
Inside the body a paragraph needs two signals to be a house note (a story may name its own outlet once:
"told the Ledger"); at the body's end one strong signal suffices (the page naming itself, an address:
a story does not end so).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsletter.ingest.scraped import furniture as F
from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.caseless import Caseless
from newsletter.ingest.scraped.lines import SENTENCE_END, Line
from newsletter.ingest.scraped.required import Screened

_QUOTED = re.compile(r"[\"“„«»][^\"“”„«»]{0,600}[\"”»«“]|‘[^‘’]{0,600}’")
_SECOND_PERSON = Caseless(re.compile(
    r"\b(you|your|yours|vous|votre|vos|usted|ustedes|vosotros|vuestr[oa]s?|voi|vostr[oaie]|você|vocês|jij|jouw"
    r"|uw|tu|tus|tuo|tua|tuoi|teu|teus|tes|toi|dein|deine|deinen|deinem|deiner|dich|dir|ditt|deg|twój|twoja"
    r"|twoje|twojej|twoim|twoich|twoją|ciebie|tobie|tvůj|tvoje|váš|vaše|vás|vám|tău|dumneavoastră|voastră|teva"
    r"|vostre|vostra"
    # Dutch `je` beside a verb (`Wil je …`, `je ontvangt`, `Schrijf je in`): alone it is the Slavic `is`
    r"|je (?:kunt|kan|wilt|wil|ontvangt|krijgt|leest|mag|hebt|bent|vindt|steunt|blijft|weet|ziet|maakt)"
    r"|(?:wil|heb|ben|kun|kan|lees|ontvang|schrijf|meld|steun|abonneer|volg|blijf|mis|weet|zie|vind|help|deel)"
    r" je)\b", re.I))
# (Left out as ordinary words elsewhere: `du` is French `of the`, `din` Romanian `from`, `dig`/`dine` English
# verbs, `tue` Tuesday, `dit` Dutch `this`; `vår` is also Swedish `spring`.)
# The writer speaking (`I wrote most of this piece …`): a review or a column, not the publication's voice.
_FIRST_SINGULAR = re.compile(r"\b(I|I'm|I've|I'll|me|my|ich|mir|mich|j'ai|yo|io|eu|ik)\b")
# German: the formal you is capitalised (`Sie`, `Ihr`, `Ihnen`); mid-sentence that tells it from she/they/her.
_SIE = re.compile(r"\bIhnen\b|(?<=\w )(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b")
_OUR = Caseless(re.compile(r"\b(our|ours|notre|nos|unser\w*|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|vårt|våra|våre"
                  r"|vores|nasz|nasza|nasze|naszego|naszej|naszych|naszym|náš|naše|našeho|našich|nostru|noastră"
                  r"|noștri|nostre|nostra)\b", re.I))
# Dutch `onze` (our) is the numeral eleven in Portuguese and French (`onze navios aguardavam`, `onze heures`): it
# counts only in a paragraph with none of those languages' function words.
_ONZE = re.compile(r"\bonze\b", re.I)
_ROMANCE_WORDS = re.compile(r"\b(que|não|uma|pelo|pela|para|dos|les|des|une|qui|pour|dans|avec|est|sont|aux)\b", re.I)


def _our(plain: str) -> bool:
    return _OUR.found(plain) or (_ONZE.search(plain) is not None and _ROMANCE_WORDS.search(plain) is None)
_SELF = Caseless(re.compile(
    r"\b(this|these|ce|cet|cette|dieser|diesen|dieses|diese|este|esta|questo|questa|deze|dit|den här|denna|denne"
    r"|dette|ten|tego|tym|tento|tohoto|tomto|acest|acestui|aquest|aquesta"
    r"|desta|deste|nesta|neste|dessa|desse)\s+"  # (Portuguese `de`/`em` run into the determiner)
    r"(article|story|report|piece|newsletter|article's|story's|artikel|artikeln|artikkel|artikkelen|beitrag|text"
    r"|bericht|artículo|reportaje|nota|noticia|reportage|articolo|servizio|artigo|reportagem|notícia|page|seite"
    r"|página|pagina|artykuł|artykułu|artykule|tekst|tekstu|článek|článku|articol|articolului|reportatge|notícia"
    r"|sidan|siden|stronie|strona|stránka"
    # a wire story republished (`Cette dépêche est publiée automatiquement`, `This dispatch was…`, `Diese Meldung…`)
    r"|dépêche|dispatch|despacho|meldung)\b", re.I))
# The time of writing named with the page (`hasta el cierre de esta nota`, `by the time this story was published`,
# `até a publicação desta reportagem`, `bis zur Veröffentlichung dieses Artikels`): the story's fact as of press time
# (who had not answered, what had not happened), told in the reporter's sentence, not the page speaking of itself.
_PRESS_TIME = re.compile(
    r"\b(?:time|cierre|momento de (?:publicar|escribir|cerrar)|publicaci[oó]n|publication|publica[cç][aã]o"
    r"|fechamento|encerramento|chiusura|pubblicazione|bouclage|ver[öo]ffentlichung|redaktionsschluss|publicatie)"
    r"(?:\s+(?:of|de|del|della|di|du|van))?\s+" + _SELF.pattern.pattern.removeprefix(r"\b"), re.I)
# What a house note says as of the time of writing: its author's holdings, the prices it quotes (`At the time of
# publication of this article, the author held no position`, `Los precios indicados eran los vigentes al momento de
# publicar esta nota`).
_AS_OF_NOTE = re.compile(r"\b(?:the author|el autor|la autora|l'auteur|der autor|die autorin|l'autore|o autor|a autora"
                         r"|de auteur|prices?|precios?|prix|preços?|prezzi|preise?|prijzen|tarifs?|tarifas?)\b", re.I)


def _self_ref(plain: str) -> bool:
    """The text names the page itself, outside a phrase naming the time of writing that closes the story's own fact
    (`… donde hasta el cierre de esta nota no se registraban incidentes`); a note opening on that phrase or giving
    what held at that time (holdings, prices) names the page."""
    if not _SELF.found(plain):
        return False
    m = _PRESS_TIME.search(plain)
    return m is None or m.start() < T.PRESS_TIME_MIN_OFFSET or _AS_OF_NOTE.search(plain) is not None \
        or _NOTE_LABEL.match(plain) is not None or _SELF.found(_PRESS_TIME.sub(" ", plain))


# A note's label opening the paragraph (`Update:`, `Correction:`, `Editor's note:`, `Actualización:`, `Mise à jour :`).
_NOTE_LABEL = re.compile(r"^(?:update|updated|correction|clarification|editor['’]s note|note|actualización|corrección"
                         r"|nota|mise à jour|rectificatif|précision|aktualisierung|korrektur|anmerkung|aggiornamento"
                         r"|rettifica|atualização|correção|correctie|naschrift)\s?:", re.I)


# Calls to action the shared table (furniture.CALL_TO_ACTION) lacks: sv, no, da, nl, pl, cs, ro, ca.
_ACTION = Caseless(re.compile(
    r"\b(prenumer\w*|nyhetsbrev\w*|nieuwsbrief|abonneer\w*|word abonnee|schrijf je in|meld je aan|tilmeld\w*"
    r"|meld deg på|bli abonnent|bli prenumerant|zapisz się|subskryb\w*|prenumerat\w*|zaloguj się|přihlaste se"
    r"|odebírejte|předplat\w*|abonează-te|înscrie-te|abonament\w*|subscriu-te|subscriu|inscriu-te"
    r"|become a (?:member|subscriber|supporter)|join us|devenez membre|hazte socio|werden sie mitglied|diventa socio"
    r"|torne-se membro|word lid|bli medlem|bliv medlem|zostań członkiem|fă-te membru|fes-te soci)\b", re.I))
# A price by the month or year (`from €5 a month`, `dès 4,99 € par mois`, `ab 9,90 Euro im Monat`): the site
# selling itself (one signal: a story may quote a rent).
_PRICE = re.compile(
    r"(?:[€$£]\s?" + F.FEE + r"|" + F.FEE + r"\s?(?:€|\$|£|euros?|kr|kronor|kroner|zł|złotych|kč|lei|dollars?|pounds?"
    r"|pesos|reais|francs|francos|franken))"
    r"\s*(?:a|per|par|pro|im|al|ao|por|i|om|na|pe|each|/)\s*(?:month|mois|monat|mes|mese|mês|maand|måned|månad"
    r"|miesiąc|měsíc|lună|year|an|jahr|año|anno|ano|jaar|år|rok|week|semaine|woche|semana|settimana|vecka|uke|uge)\b",
    re.I)
# A price said to be what something sells for (`actuellement vendus 25 euros par mois`, `sold at $30 a month`,
# `verkauft für 49 Euro im Monat`): a story's fact about a market; the site selling itself offers, it does not
# report a sale.
_SOLD_AT = re.compile(r"\b(?:sold|vendus?|vendues?|verkauft|vendid[oa]s?|vendut[oaie]|verkocht)\b", re.I)
# Thousands of euros or pounds (`1.900 euro per maand`, `£1,200 a month`): a rent or a wage, no site's fee (pesos
# are written so, `$3.000 al mes`, and stay a price).
_THOUSAND_EUROS = re.compile(r"(?:[€£]\s?\d{1,3}[.,]\d{3}(?![\d.,]*\d)|\d{1,3}[.,]\d{3}\s?(?:€|euros?|pounds?))", re.I)
# A paywall's meter: `3 av 5 gratis artiklar`, `1 von 3 kostenlosen Artikeln`, `2 bezpłatne artykuły`,
# `5 free articles`: the page counting what the reader may still read.
_METER = re.compile(
    r"\b\d+\s+(?:\S+\s+){0,3}(?:free|gratis|gratuit\w*|kostenlos\w*|bezpłatn\w*|darmow\w*|zdarma|gratuït\w*"
    r"|gratuiti|gratuitos|gratuitas|gratuite|grátis|kostenfrei\w*)\s+(?:\S+\s+)?\S*?(?:article|artikel|artikl|artícul"
    r"|artig|articol|artykuł|článk|stories|story|reportage|notici|nota|text)\w*", re.I)
# A telephone number: digit groups split by spaces, dots or dashes, six digits or more in all (`0800 555 014`,
# `+49 30 123 456`, `116 123`); not an amount (`2,000`), a year or a date (one group).
_PHONE = re.compile(r"(?<![\w,.])\+?\(?\d{2,5}\)?(?:[ .-]\d{2,5}){1,4}(?![\w,]|\.\d)")
_DATE_OR_YEARS = re.compile(r"^\d{1,4}[.-]\d{1,2}[.-]\d{2,4}$|^\d{4}-\d{2,4}$")


def phone(plain: str) -> bool:
    """The text gives a phone number (a date or a span of years is none)."""
    return any(sum(c.isdigit() for c in m.group()) >= T.PHONE_MIN_DIGITS and not _DATE_OR_YEARS.match(m.group())
               for m in _PHONE.finditer(plain))


_ADDRESS = Caseless(re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+|\bhttps?://|\bwww\.\w", re.I))
# (`Copyright © 2027 Name`: the word and the sign both)
_COPYRIGHT = re.compile(r"^(?:(?:©|\(c\)|copyright)\s*){1,2}(?:\d{4}\s*[-–]?\s*(?:\d{4})?)?\s*"
                        r"(?P<name>[^.,|–—(©]{3,60})", re.I)
# Words of a company name that do not tell the site apart.
_LEGAL_WORDS = """
ltd limited inc llc plc gmbh mbh ag sa s.a spa s.p.a srl sl sas sarl bv nv co company media group verlag
verlagsgesellschaft verlagsgruppe publications publishing editions éditions ediciones editora the los las el
la le les der die das il lo all rights reserved todos derechos alle rechte tous droits
"""
_LEGAL = frozenset(_LEGAL_WORDS.split())
# A copyright line whose holder ends its first sentence, before the rights notice.
_COPYRIGHT_SENTENCE = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}\s+[^.!?]{3,60}\.\s+(?:all rights|todos los"
                                 r"|tous droits|alle rechte|tutti i diritti|todos os)", re.I)


def names_itself(text: str) -> bool:
    """The line speaks of the page itself (`this story`, `cet article`, `dieser Beitrag`)."""
    return _self_ref(_QUOTED.sub(" ", text[:T.MATCH_CHARS]))


def addresses_reader(text: str) -> bool:
    """The line speaks to the reader (`you`, `vous`, `Sie` mid-sentence), outside quotation marks."""
    plain = _QUOTED.sub(" ", text[:T.MATCH_CHARS])
    return bool(_SECOND_PERSON.found(plain) or _SIE.search(plain))


def site_words(lines: list[Line]) -> frozenset[str]:
    """The distinctive words of the site's name (lower case), from the page's copyright line (a long one too when
    the name ends its first sentence: `Copyright 2027 The Times. All rights reserved. This material may not …`)."""
    for line in reversed(lines):
        if (line.words <= T.HEADER_LINE_MAX_WORDS or _COPYRIGHT_SENTENCE.match(line.text)) \
                and (m := _COPYRIGHT.match(line.text)):
            words = [w for w in re.findall(r"\w[\w+-]*", m["name"]) if not w.isdigit()]
            names = [w.lower() for w in words if w[:1].isupper() and w.lower() not in _LEGAL and len(w) >= 3]
            if names:
                return frozenset(names)
    return frozenset()


def site_name(lines: list[Line]) -> str | None:
    """The site's name as its copyright line writes it (`© 2027 La Gazette de Meuse` -> `La Gazette de Meuse`)."""
    for line in reversed(lines):
        if line.words <= T.HEADER_LINE_MAX_WORDS and (m := _COPYRIGHT.match(line.text)):
            name = re.sub(r"^\d{4}\s*", "", m["name"].strip())
            if name and name[0].isupper():
                return name
    return None


# A word, or a web address's name with its dot (`tauernblatt.` of `tauernblatt.at/podcast`).
_NAME_WORD = re.compile(r"\w[\w+-]*(?:\.(?=[a-z]{2,}\b))?")


# (searched in every paragraph, found in few: a substring test answers for most, required.py)
_SIE_SCREENED, _METER_SCREENED = Screened(_SIE), Screened(_METER)


# A call's verb with its object after it, done on others' behalf in the story's sentence (`… to sign up eligible
# residents`, `… to enrol more pupils`, `… helped register 300 voters`): no call to the reader.
_ON_OTHERS_BEHALF = re.compile(r"\b(?:to|helped|helping)\s+(?:sign\s+up|subscribe|register|enrol|enroll)\s+"
                               r"(?:(?:eligible|more|new|all|every|local|\d[\d,]*)\s+)*(?:residents|people|voters"
                               r"|households|families|pupils|students|patients|workers)\b",
                               re.I)


@lru_cache(maxsize=4096)  # asked again of the same paragraph by the body edges and the house notes
def signals(text: str, site: frozenset[str]) -> tuple[int, bool]:
    """How many house-voice signals the paragraph shows, and whether one of them is strong on its own."""
    plain = _unquoted(text)
    # (the site's name as a name, capitalised, or in its web address: its words otherwise in lower case are common
    # nouns, `recuperação de veredas`, `o instituto propõe`, `the morning post`)
    words = {w.lower().rstrip(".") for w in _NAME_WORD.findall(plain) if w[:1].isupper() or w[-1:] == "."}
    named = len(site) > 0 and len(site & words) >= min(2, len(site))
    you = bool(_SECOND_PERSON.found(plain) or _SIE_SCREENED.search(plain))
    self_ref = _self_ref(plain)
    address = bool(_ADDRESS.found(plain))
    action = bool(F.CALL_TO_ACTION.found(plain) or _ACTION.found(plain))
    if action and (others := _ON_OTHERS_BEHALF.sub(" ", plain)) != plain:
        # (`the city will spend $400,000 to sign up eligible residents`: a call made on others' behalf)
        action = bool(F.CALL_TO_ACTION.found(others) or _ACTION.found(others))
    meter = bool(_METER_SCREENED.search(plain)) and len(plain.split()) <= T.METER_MAX_WORDS
    price = any(not _SOLD_AT.search(plain, max(0, m.start() - T.SOLD_PRICE_REACH), m.start())
                and not F.CHANGE_BEFORE.search(plain, 0, m.start())
                and not _THOUSAND_EUROS.search(m.group()) for m in _PRICE.finditer(plain))
    count = named + you + _our(plain) + self_ref + address + action + price + 2 * meter \
        + (named and _own_product(plain, site))
    if _FIRST_SINGULAR.search(plain) and not address:
        return count - 1, False
    if address and count == 1 and _SCHEDULE.search(plain):
        # an office's address with its opening hours or a date (`write to … ; open Mondays 9 to 12`): the
        # practical end of a story about that office or event, not the publication speaking
        return count, False
    # a helpline given to the reader (`If you or someone you know is struggling, call 0800 555 014`): the page's
    # service note after the story, strong on its own there
    helpline = (you and phone(plain)) or _short_helpline(plain)
    return count, self_ref or address or meter or helpline


# A national helpline's short number given to a reader addressed in a conditional (`If you …, call 988`, `Si
# vous …, appelez le 3114`, `Si necesitas ayuda, llama al 024`, `Wenn Sie …, wählen Sie die 116 123`): the
# condition opens the sentence and a call verb stands right before the number (a story's `If the council …, 988
# more homes` has no call; `Call 911 was the group's name` no condition).
_CONDITION = re.compile(r"^(?:if|si|wenn|falls|se|als|jeśli|jeżeli)\b", re.I)
_CALL_SHORT_NUMBER = re.compile(
    r"\b(?:call|text|dial|ring|phone|appelez|appeler|composez|contactez|llama|llame|llamar|marca|wählen|rufen|ruf"
    r"|chiama|chiamare|ligue|ligar|bel|zadzwoń)\b(?:\s+(?:or|ou|o|oder|of|text|sie|le|la|al|il|lo|el|die|den|the"
    r"|au|on|at|an|ao|para|op|pod|numéro|number|nummer|número|numero)){0,3}\s+(?P<n>\d{2,4}(?: \d{3})?)(?![\d\w])",
    re.I)


def _short_helpline(plain: str) -> bool:
    return bool(_CONDITION.match(plain)) and bool(_CALL_SHORT_NUMBER.search(plain[:T.HELPLINE_MAX_CHARS]))


# What a publication makes besides its articles: a podcast, a show, an app, a newsletter, a channel, a magazine.
_PRODUCT = re.compile(
    r"^(?:p[oó]dcasts?|pods?|shows?|apps?|appli|application|newsletters?|channels?|chaînes?|émissions?|sendungs?"
    r"|magazin[e]?s?|programmes?|programas?|canal|aplicación|aplicativo|applicazione|rubriche?)$", re.I)


# What follows a product word used as a verb (`data seen by the Ledger shows that …`, `the Post channels the
# mood`): a clause or an object, not the rest of a product's name.
_VERB_NEXT = frozenset({"that", "how", "what", "why", "where", "when", "whether", "which", "who", "the", "a", "an",
                        "no", "its", "his", "her", "their", "our", "signs", "up", "off", "dass", "que", "che"})


# A product word that is a verb's third person too (`the Herald shows`, `the Post channels`).
_VERB_LAST = frozenset({"shows", "channels"})


def _own_product(plain: str, site: frozenset[str]) -> bool:
    """The site's name next to one of its products (`WELTKREIS Podcast …`, `the Ledger app`, `le podcast du
    Carillon`): the site advertising itself, a second signal besides its name (a story quotes its outlet by
    name, `told the Ledger`, not its products, and `the Ledger shows that …` is a verb)."""
    words = [w.lower() for w in re.findall(r"\w[\w+]*", plain)]

    def product(v: int) -> bool:
        # (`… an analysis by the Herald shows.`: `shows` closing the paragraph is the verb, the story citing its
        # own newsroom's work; a product closing it is named with its kind, `the Herald podcast`)
        if v + 1 >= len(words) and words[v] in _VERB_LAST:
            return False
        return bool(_PRODUCT.match(words[v])) and (v + 1 >= len(words) or words[v + 1] not in _VERB_NEXT)

    return any(w in site and any(product(v) for v in range(max(0, k - T.PRODUCT_REACH),
                                                             min(len(words), k + T.PRODUCT_REACH + 1)))
               for k, w in enumerate(words))


# A day or a clock time (`Thursday 11 March`, `dalle 9 alle 12`, `from 4pm`, `10 h 30`, `14.00 Uhr`)
_SCHEDULE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves"
    r"|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda|terça|quarta"
    r"|quinta|sexta)s?\b|\b\d{1,2}(?:[:.h]\s?\d{2}|\s?(?:am|pm|uhr|h)\b)|\b(?:dalle|from|von|de|desde|das)"
    r" \d{1,2} (?:alle|to|bis|à|a|hasta|às) \d{1,2}\b", re.I)


# A run-in label and what follows it, within the line's first words (`What the study left out: …`).
_RUN_IN = re.compile(r"^(?P<label>[^:.!?]{2,60}):\s+(?P<rest>.+)$")


def own_pointer(text: str, site: frozenset[str]) -> bool:
    """A link to the site's own content set in the story under a label of the editor's (`What the study did not
    look at: Site's explainer on …`, `Pour en savoir plus : le dossier de Site`, `Zum Nachlesen: Site-Podcast …`):
    a run-in label, then words naming the site, and no sentence end (a subheading does not name its own site; a
    story's sentence quoting the site ends in a full stop)."""
    if not site or len(text.split()) > T.HEADLINE_MAX_WORDS or SENTENCE_END.search(text) \
            or not (m := _RUN_IN.match(text)):
        return False
    words = {w.lower() for w in re.findall(r"\w[\w+-]*", m["rest"])}
    return len(site & words) >= min(2, len(site))


# The writers speaking as `we` (`we rolled out`, `nous avons`, `wir haben`, `wij hebben`), outside quotation marks.
_WE = re.compile(r"\b(we|we've|we're|we'll|we'd|nous|wir|nosotros|nosotras|noi|nós|wij)\b", re.I)


def speaks_as_we(paragraphs: list[str]) -> bool:
    """The story itself told as `we` in several of its paragraphs: the organisation writing of its own work on its
    own blog or newsroom (an incident report, a council's notice), where its name and `our` are the story's words.
    A news story says `we` only inside quotations; a house note does in one paragraph, not through the story.
    A club's report says `our` of its team (`our Under-16 hurlers`, `unsere Abwehr`): that counts too where the
    paragraph shows no other house signal (`Sign up for our newsletter` is the house speaking, not the story)."""
    return sum(_we_or_our(p) for p in paragraphs) >= T.OWN_VOICE_MIN_PARAGRAPHS


@lru_cache(maxsize=4096)  # (signals asks it once per site; speaks_as_we and is_note of the same paragraphs again)
def _unquoted(text: str) -> str:
    """The paragraph's opening without its quotations and its sentences reporting someone's words. A paragraph opened
    by a speech dash and closed by its speech tag (`– Vi har diskutert dette i styret … Kundene våre spør …, sier
    direktør X.`, the Nordic and Finnish way to quote) is all the speaker's words."""
    if _SPEECH_DASH.match(text) and _DASH_QUOTE_END.search(text) is not None:
        return ""
    return F.unreported(_QUOTED.sub(" ", text[:T.MATCH_CHARS]))


_SPEECH_DASH = re.compile(r"^[–—]\s")
# The speech tag closing such a paragraph (`…, sier administrerende direktør X til Y.`, `…, säger hon.`, `…, sagde
# han.`, `…, sanoo toimitusjohtaja X.`).
_DASH_QUOTE_END = re.compile(r",\s+(?:sier|sa|säger|sade|sagde|siger|sanoo|sanoi|kertoo|kertoi|toteaa|totesi)\s"
                             r"[^.!?]{2,100}[.!?]?$", re.I)


def _we_or_our(paragraph: str) -> bool:
    plain = _unquoted(paragraph)
    return bool(_WE.search(plain)) or (_our(plain) and signals(paragraph, frozenset())[0] <= 1)


def is_note(text: str, site: frozenset[str], at_end: bool, own_voice: bool = False) -> bool:
    """own_voice: the story is the organisation's own (speaks_as_we), so its name and `our` are no signals."""
    count, strong = signals(text, frozenset() if own_voice else site)
    if own_voice and _our(_unquoted(text)):
        count -= 1
    return count >= T.HOUSE_SIGNALS or (at_end and strong and not _story_then_promise(text, site)
                                        and not _ASKED_FOR_COMMENT.match(text))


# The newsroom's request for comment closing the story, perhaps with its promise to update (`We've reached out to
# Lumora to ask when … and will update this story`, `Nous avons contacté la mairie …`, `Hemos contactado a …`, `Wir
# haben Lumora um eine Stellungnahme gebeten`, `Abbiamo contattato …`, `Entramos em contato com …`, `We hebben …
# benaderd`): the story's last fact, who was asked and what they said, told in the newsroom's voice, not a note of
# the page (en/fr/es/de/it/pt/nl).
_ASKED_FOR_COMMENT = re.compile(
    r"^(?:we(?:'ve|’ve| have)?|nous avons|hemos|wir haben|abbiamo|(?:nós )?(?:entramos|procuramos)"
    r"|we hebben)(?:\s+[^\s.!?]+){0,4}?\s+(?:reached out|contacted|asked|approached|contacté|sollicité|interrogé"
    r"|contactado|consultado|preguntado|solicitado|kontaktiert|angefragt|gebeten|gefragt|contattato|chiesto"
    r"|interpellato|em contato|o contato|contactado|contatado|benaderd|gevraagd|contact opgenomen)\b", re.I)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])")


def _story_then_promise(text: str, site: frozenset[str]) -> bool:
    """A story's last paragraph that closes on the newsroom's promise (`… weather permitting. KXRP will update this
    story as more details emerge`, `… Cette page sera mise à jour.`): its opening sentence is a long one of the story,
    with no house signal of its own, so the one signal of the last sentence does not make the paragraph a note."""
    first = _SENTENCE_BREAK.split(text[:T.MATCH_CHARS], maxsplit=1)
    return len(first) == 2 and len(first[0].split()) >= T.STORY_SENTENCE_MIN_WORDS \
        and signals(first[0], site) == (0, False)
