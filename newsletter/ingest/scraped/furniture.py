"""The pattern tables: page furniture that a pattern really decides, in the languages seen on news sites.

To teach the reader a new kind of furniture, add a `Kind` to `KINDS` (or words to a set below) and a page that
shows it to tests/fixtures/corpus/. Everything else (menus, related headlines, captions by position, the body
edges) is decided by shape in `classify.py`, not here.

Patterns are matched case-insensitively against the first `MATCH_CHARS` of a stripped line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from newsletter.ingest.scraped import thresholds as T
from newsletter.ingest.scraped.caseless import (
    Caseless,
    caseless,
    lowered,
)
from newsletter.ingest.scraped.cjk import HAN, HANGUL
from newsletter.ingest.scraped.firstchar import opening
from newsletter.ingest.scraped.required import Screened
from newsletter.ingest.scraped.starts import StartScreen


@dataclass(frozen=True)
class Kind:
    name: str
    start_source: str | None          # patterns that match at the start of the line (`start` compiles them)
    anywhere: re.Pattern[str] | None  # patterns that may match further in
    ends: bool = False          # after the body began, the article is over at this line
    opens: str | None = None    # "list": the headline list below belongs to it; "widget": the box below does;
    #                             "promotion": the promoted headlines below (longer than a subheading) do
    start_parts: tuple[str, ...] = ()  # the line-start patterns `start_source` joins, one by one

    @cached_property
    def start(self) -> re.Pattern[str] | None:
        return re.compile(self.start_source, re.I) if self.start_source else None

    def matches(self, text: str) -> re.Match[str] | None:
        return (self.start and self.start.match(text)) or (self.anywhere and self.anywhere.search(text)) or None


def _kind(name: str, *patterns: str, ends: bool = False, opens: str | None = None) -> Kind:
    """Patterns starting with `^` are tried at the line start only (fast); the others anywhere in the line."""
    start = [p[1:] for p in patterns if p.startswith("^")]
    anywhere = [p for p in patterns if not p.startswith("^")]
    return Kind(name, "|".join(f"(?:{p})" for p in start) if start else None,
                re.compile("|".join(f"(?:{p})" for p in anywhere), re.I) if anywhere else None, ends, opens,
                tuple(start))


# An author box's heading: the writer's name with their count of pieces (`Über Luis Holuch 257 Artikel`, `Jule
# Radeck 300 posts`): a "tail" line, whose name signs the story (authors.bio_author).
AUTHOR_BOX_COUNT = (r"^(?:(?:über|about|sobre|à propos de|a proposito di|over) )?"
                    r"(?P<boxed>(?-i:[A-ZÀ-Þ][\w'’.-]+)(?: (?-i:[A-ZÀ-Þ][\w'’.-]+)){0,3}),? \d+ (?:posts?|artikel"
                    r"|beiträge|articles?|artículos|entradas|articoli|artigos|einträge|berichten)$")


# An author box's heading over the writer's name (`Author`, `About the author`, `Über den Autor/ die Autorin`,
# `Sobre la autora`, `L'auteur`): no credit for a photo, slashes and all; under the story, with the byline's name
# below it, the story's end (classify._author_box).
AUTHOR_BOX_HEADING = re.compile(
    r"^(?:(?:about|über|sobre|à propos de|a proposito de|over|zum|zur)\s+)?(?:(?:the|den|die|el|la|l['’]|o|a|de)\s*)?"
    r"(?:author|autor|autorin|autora|auteur|auteure|autrice|autore)(?:\s*/\s*(?:die\s+)?autorin)?\s*:?$"
    r"|^o autor(?:ze|ce)\s*:?$", re.I)  # (Polish: `O autorce`, `O autorze`)


# A table of contents' label over its entries (`Inhaltsverzeichnis`, `Table of contents`, `Contents`, `In this
# article`, `Sommaire`, `Índice`, `Indice`, `Inhoudsopgave`): classify._tables_of_contents takes it with them.
CONTENTS_LABEL = re.compile(
    r"^(inhaltsverzeichnis|inhalt|inhalte|table of contents|contents|in this (article|story|guide)|on this page"
    r"|auf dieser seite|in diesem artikel|sommaire|table des matières|dans cet article|índice|índice de contenidos?"
    r"|contenidos?|en este artículo|indice|sommario|in questo articolo|inhoudsopgave|inhoud|in dit artikel|sumário"
    r"|neste artigo)\s*:?$", re.I)


# A widget's figures on a line of their own: a weather widget's place, temperature and sky or wind (`Porto 13°
# Aguaceiros`, `Como 9°C`, `Vlissingen 7° Zuidwest 5`; a story's line about the heat is a sentence, a subheading has a
# colon: `Seville 46°: the hottest day`), a commodity's price per its unit or with its change (`Gold: $2,871/oz`,
# `Brent: $78.94 +1.2%`; not a price list's `Malbec: $1.720.` nor a spec box's `Prijs: € 46.990`), a currency
# pair's rate (`Cedi/Dollar: 11.42`, `EUR/USD 1.0842`). A "ticker" over the story; amid it, the story's list
# (classify._figures_amid_story).
_FIGURE_WIDGET = (
    r"^(?:(?:[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,2}\s+)?[-−–]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?"
    r"(?:\s+[^\d\s:.!?][^\d:.!?]{0,24}(?:\s\d{1,3}(?:\s?(?:km/h|kmh|mph|bft|m/s))?)?)?"
    r"|[A-ZÀ-Þ][\w&-]*(?:\s\(?[\w&-]+\)?)?\s?:\s?(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?[$€£¥])"
    r"(?:\s?/\s?[a-z]{1,6}|\s+[+−–-]\d[\d,.]*\s?%)"
    r"|[A-ZÀ-Þ]\w{1,10}\s?/\s?[A-ZÀ-Þ]\w{1,10}\s?:?\s\d[\d,.]*(?:\s+[+−–-]\d[\d,.]*\s?%)?)$")
FIGURE_WIDGET = re.compile(_FIGURE_WIDGET)

# An affiliate disclosure: the site earns a commission (EARNS) on what readers buy through its links (PURCHASES).
_EARNS = (r"\b(earn|earns|receive|receives|recib\w+|ganh\w+|receb\w+|perç\w+|perce\w+|touch\w+|erhalten|erhält"
          r"|bekommen|verdien\w*|ricev\w+|ottien\w+|ontvang\w*|får|motta\w*|tjene\w*|tjän\w+|modtage\w*|otrzym\w+)"
          r"\s+(\w+\s+){0,3}(commission|commissione|comisión|comissão|provision|provisie|provisjon|prowizj\w*"
          r"|portion of (the )?sales|share of (the )?sales)\b")
_PURCHASES = (r"\b(purchase\w*|buy|links?|products?|retailers?|compras?|acquist\w*|achats?|\w*kauf\w*|\w*käuf\w*"
              r"|aankopen|köp|kjøp|køb|zakup\w*|enlaces|liens|ligações)\b")

# A market-data notice's subject (`Data`, `Bond prices`, `Kurse`, `Les cours`, `Los datos`, `I prezzi`, `Os dados`,
# `Koersen`) and what it says of the figures: a snapshot, indicative, possibly delayed.
_MARKET_FIGURES = (r"((market|bond|stock|share|fund) )?(data|quotes|prices)|(die )?((kurs|markt|börsen)?daten|kurse"
                   r"|preise)|(les )?(données|cours|prix)|(los )?(datos|precios|cotizaciones)|(i )?(dati|prezzi"
                   r"|quotazioni)|(os )?(dados|preços|cotações)|(de )?(koersen|gegevens|prijzen)")
_SNAPSHOT = (r"((a|an|eine|un|une|una|uma|een) )?((real-time|live|delayed|echtzeit|temps réel|tiempo real|tempo reale"
             r"|tempo real) )?(snapshot|momentaufnahme|instantané|instantánea|istantanea|instantâneo|momentopname)"
             r"|indicative|delayed|indikativ|unverbindlich|verzögert|indicati(f|fs|ve|ves)|différés|retardés"
             r"|indicativ[oaie]s?|retrasad[oa]s|retraso|ritardat[ie]|differit[ie]|atrasad[oa]s|atraso|indicatief"
             r"|indicatieve|vertraagd")

# A reviewer's or fact-checker's label, in en/fr/de/es/it/pt/nl/sv/no/da (`Medically reviewed by`, `Fact checked
# by`, `Relu par`, `Vérifié par`, `Fachlich geprüft von`, `Faktencheck:`, `Revisado por`, `Revisionato da`,
# `Revisão médica:`, `Medisch gecontroleerd door`, `Faktagranskad av`).
# (its German labels, before which a title after the name opens on a noun: `Fachärztin für …`, `leitender Oberarzt`)
_REVIEWER_DE = (r"(?:(?:medizinisch|fachlich|wissenschaftlich|ärztlich)\s+)?geprüft (?:von|durch)|faktengeprüft von"
                r"|(?:medizinische|fachliche|wissenschaftliche) prüfung(?:\s+(?:von|durch))?")
_REVIEWER = (
    r"(?:(?:medically|clinically|scientifically|legally|financially|expert|peer)[- ]reviewed"
    r"(?: and fact[- ]checked)? by|fact[- ]checked by|medical(?:ly)? review(?:ed)? by|medical reviewer|fact[- ]checker"
    r"|(?:(?:médicalement|scientifiquement)\s+)?(?:relue?|vérifiée?|validée?|révisée?)(?:\s+médicalement"
    r"|\s+scientifiquement)?\s+par|relecture (?:médicale|scientifique)(?:\s+par)?|vérification des faits"
    r"|" + _REVIEWER_DE + r"|faktencheck"
    r"|(?:revisad[oa]|verificad[oa]|comprobad[oa]|validad[oa]|checad[oa]|revisto)(?:\s+médicamente)? por"
    r"|revisión (?:médica|científica)(?:\s+(?:por|de))?|revisão (?:médica|técnica|científica)(?:\s+(?:por|de))?"
    r"|(?:revisionat[oa]|verificat[oa]|controllat[oa]|validat[oa])(?:\s+scientificamente)? da"
    r"|revisione (?:medica|scientifica)(?:\s+(?:di|a cura di))?"
    r"|(?:medisch\s+)?(?:gecontroleerd|nagekeken|beoordeeld|gecheckt|geverifieerd) door|medische (?:review|controle)"
    r"|(?:medicinskt\s+|medisinsk\s+|medicinsk\s+)?(?:granskad|granskat|faktagranskad|gjennomgått|kvalitetssikret"
    r"|faktasjekket|faktatjekket|gennemgået) a[vf]"
    r")"
)

# What a finance site's disclaimer says its content is not (ADVICE), in en/de/fr/es/it/pt/nl/sv/no/da.
_ADVICE = (r"investment advice|financial advice|investment recommendation|anlageberatung|anlageempfehlung"
           r"|finanzberatung|conseil en investissement|conseil financier|recommandation d'investissement"
           r"|conseil d'investissement|asesoramiento (financiero|de inversión|en materia de inversión)"
           r"|recomendación de inversión|consulenza (finanziaria|sugli investimenti|d'investimento)"
           r"|sollecitazione all'investimento|raccomandazione d'investimento"
           r"|aconselhamento (financeiro|de investimento)|recomendação de investimento|consultoria de investimento"
           r"|beleggingsadvies|financieel advies"
           r"|investeringsrådgivning|investeringsråd|finansiell rådgivning")

# The site's own content opening a notice about itself (a demonstrative or `our`, not a story's `The information the
# council published …`), in en/de/fr/es/it/pt/nl/sv/no/da.
_OWN_CONTENT = (r"^(this|these|our|all our|diese[rsn]?|unsere|alle unsere|ce|cet|cette|ces|nos|tous nos|este|esta|estos"
                r"|estas|nuestros|nuestras|questo|questa|questi|queste|i nostri|estes|os nossos|as nossas|deze|dit"
                r"|onze|denna|detta|dessa|denne|dette|disse) (information|content|contents|article|articles|material"
                r"|analysis|informationen|inhalte?|artikel|beitr[äa]ge?|analysen?|informations?|contenus?|articles?"
                r"|analyses?|información|contenidos?|artículos?|análisis|informazioni|contenut[oi]|articol[oi]|analisi"
                r"|informações|conteúdos?|artigos?|análises?|informatie|inhoud|artikelen|analyses?|innehåll|innhold"
                r"|indhold)\b")
# A notice's negated verb of replacing (`does not replace`, `is not a substitute for`, `ersetzt keinen`, `ne remplace
# pas`, `no sustituye`, `non sostituisce`, `não substitui`, `vervangt geen`) and the care it does not replace (a
# doctor, a consultation, medical advice), in en/de/fr/es/it/pt/nl.
_NOT_REPLACE = (r"(does not|do not|doesn't|don't|cannot|can't|is not (intended )?(to|a|an)|are not (intended )?(to|a)"
                r"|ersetz(t|en) (nicht|kein\w*)|ne (remplace|remplacent|saurait remplacer|peut remplacer)"
                r"|no (sustituye|sustituyen|reemplaza|reemplazan|pretende sustituir)|non (sostituisce|sostituiscono"
                r"|intende sostituire)|não (substitui|substituem|dispensa|pretende substituir)"
                r"|vervang(t|en) (geen|niet))")
_CARE = (r"\b(doctor|physician|gp|paediatrician|pediatrician|medical|health ?care|clinician|arzt\w*|ärzt\w*"
         r"|medizinisch\w*|médecin|médical\w*|médicale|pédiatre|professionnel de santé|médico\w*|medica|pediatra"
         r"|consulta|profesional de la salud|medico|medici|sanitari[oa]|consulto|médica|profissional de saúde"
         r"|arts|huisarts|medisch\w*)\b")

# Third-party content (EXTERNAL) and the reader's consent to it (CONSENTS), in en/fr/de/es/it/pt/nl.
_EXTERNAL = (r"\b(?:(?:external|third[- ]party|externen?|externer|externes?|fremden?|dritt(?:anbieter\w*|en)?|tiers"
             r"|tierce|terceros|terceiros|terzi|esterno|esterni|externo|externos)\s+(?:\w+\s+)?(?:content|contents"
             r"|provider|providers|platform|service|inhalts?|inhalte|anbieters?|plattform|dienst|contenus?|fournisseur"
             r"|plateforme|contenidos?|proveedor|plataforma|contenuti|contenuto|fornitore|piattaforma|conteúdos?"
             r"|fornecedor|inhoud|aanbieder)\b|\b(?:content|contenus?|contenidos?|contenuti|contenuto|conteúdos?"
             r"|fournisseur|proveedor|fornitore|fornecedor|plateforme|plataforma|piattaforma|inhoud)\s+(?:\w+\s+)?"
             r"(?:external|externes?|tiers|tierce|externos?|de terceros|esterni|esterno|di terzi|de terceiros"
             r"|externa|externe)\b)")
_CONSENTS = (r"\b(accept\w*|agree\w*|consent\w*|zustimm\w*|stimmen sie|einwillig\w*|akzeptier\w*|einverstanden"
             r"|autoris\w*|acept\w*|consient\w*|consentimiento|accett\w*|acconsent\w*|consenso|aceit\w*|autoriz\w*"
             r"|toestemming|akkoord|datenschutz\w*|privacy|données personnelles|datos personales|dati personali)")

# Metering lines: free (FREE) articles (ARTICLES), in en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca.
_FREE = (r"free|kostenlose[nrs]?|gratuit[eos]?|gratuitas?|gratuitos|gratis|gratuiti|gratuït[se]?|gratuïtes"
         r"|bezpłatn\w*|darmow\w*|zdarma|bezplatn\w*|gratuite")
_ARTICLES = (r"articles?|artikel\w*|artigos?|artículos?|notas?|articoli|articole|articolul|artykuł\w*|artikl\w*"
             r"|článk\w*|stories|noticias|notícias|artikelen|artikels")

# A feature of the page (FEATURE) kept for its members (MEMBERS), in en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca;
# THIS: the demonstratives that open such a notice.
_THIS = (r"this|the|these|esta|este|estas|cette|ce|diese|dieser|dieses|questa|questo|queste|deze|dit|denna|denne"
         r"|detta|dette|ta|ten|to|aceasta|această|aquesta|aquest")
_FEATURE = (r"features?|functions?|functionality|options?|tools?|services?|contents?|funcionalidad(es)?|funci[oó]n"
            r"|funciones|opci[oó]n|herramientas?|servicios?|contenidos?|fonctionnalités?|fonctions?|outils?"
            r"|contenus?|funktion(en)?|inhalte?|dienste?|angebote?|funzionalità|funzion[ei]|opzion[ei]|servizi[oi]?"
            r"|strumenti|strumento|contenut[oi]|funcionalidades?|funç(ão|ões)|opç(ão|ões)|recursos?|ferramentas?"
            r"|serviços?|conteúdos?|functies?|functionaliteit|opties?|diensten?|funktionen|tjänsten|funksjonen"
            r"|funkcja|funkcje|funkce|funcți[ae]|funcionalitat|funció")
_ONLY = (r"only|exclusive\w*|reserved|available|restricted|solo|sólo|únicamente|exclusiv\w*|reservad\w*"
         r"|disponible\w*|réservée?s?|uniquement|seulement|nur|vorbehalten|verfügbar|riservat\w*|disponibil\w*"
         r"|soltanto|apenas|somente|alleen|uitsluitend|beschikbaar|endast|bara|kun|forbeholdt|förbehållen|tylko"
         r"|wyłącznie|pouze|výhradně|doar|només")
_MEMBERS = (r"subscribers|members|suscriptores|suscriptoras|abonados|socios|miembros|abonnés|abonnées|membres"
            r"|abonnenten|abonnentinnen|abonnierende|mitglieder|abbonati|iscritti|soci|assinantes|membros|sócios"
            r"|abonnees|leden|prenumeranter|medlemmar|abonnenter|medlemmer|abonentów|subskrybentów|prenumeratorów"
            r"|předplatitele|předplatitelé|předplatitelům|abonați|abonaților|subscriptors|abonats"
            # the page's registered readers (`registered users`, `usuarios registrados`, `registrierte Nutzer`)
            r"|registered (users|readers)|usuari[oa]s registrad[oa]s|lectores registrados|utilisateurs (inscrits"
            r"|enregistrés)|lecteurs inscrits|registrierten? (nutzer\w*|leser\w*|user)|utenti registrati"
            r"|usuários registrados|utilizadores registados|geregistreerde (gebruikers|lezers)|registrerade användare"
            r"|registrerte brugere|registrerte brukere|zarejestrowan\w+ użytkownik\w+|registrovaní uživatelé")
# What a page lets its members do (`Only subscribers can comment`), in the languages above.
_ACTIONS = (r"comment\w*|read|save|listen|access|download|view|see|watch|use|bookmark|print|gift|share|leer|guardar"
            r"|escuchar|acceder|descargar|ver|usar|compartir|regalar|commenter|lire|sauvegarder|enregistrer|écouter"
            r"|accéder|télécharger|voir|utiliser|partager|offrir|kommentieren|lesen|speichern|merken|hören|anhören"
            r"|zugreifen|herunterladen|sehen|nutzen|teilen|verschenken|commentare|leggere|salvare|ascoltare|accedere"
            r"|scaricare|vedere|usare|condividere|regalare|comentar|ler|salvar|ouvir|aceder|acessar|baixar|partilhar"
            r"|reageren|lezen|opslaan|luisteren|bekijken|gebruiken|delen|kommentera|läsa|spara|lyssna|kommentere|lese"
            r"|lagre|lytte|læse|gemme|komentować|czytać|zapisać|słuchać|komentovat|číst|uložit|poslouchat|comenta"
            r"|citi|salva|asculta|llegir|desar|escoltar")

# Newsletter sign-ups in en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca/fi/hr/sr/sl/id/lv/et/lt/hu: the newsletter, and
# the verbs asking for it.
_NEWSLETTER = (r"newsletters?|nyhetsbrev\w*|nieuwsbrie\w+|zpravodaj\w*|butlletí|boletín|bulletin|buletin\w*"
               r"|uutiskirje\w*|biuletyn\w*|infolettres?|lettres? d'info(?:rmation)?s?|boletines|notiziari[oi]"
               r"|e-novic\w*|novičnik\w*|e-vijesti|bilten\w*|nawala|jaunumu vēstul\w*|\w*uudiskir\w*|hommikukir\w*"
               r"|naujienlaišk\w*|njuzleter\w*|hírlev[eé]l\w*")
# (the verb `register` only in the forms that ask the reader to: `registra`, `registró`, `registered` tell of a
# record in a story's sentence, `El último boletín epidemiológico registra 18.300 contagios`)
_SUBSCRIBE = (r"sign up|subscribe|iscriviti|iscriversi|abonn\w+|suscr\w+|inscr\w+|anmeld\w+|register\b"
              r"|registr(?:ati|ate|arse|ar-se|e-se|ieren|iere|ierung|ation|azione|eer|eren)\b|regístrate|prenumer\w+"
              r"|meld deg på|tilmeld\w*|schrijf je in|inschrijv\w+|zapisz się|subskryb\w+|přihlas\w+|odebír\w+"
              r"|înscri\w+|subscri\w+|subscrev\w+|receive|receba|recibe|recibí|recevez|ricevi|ontvang\w*"
              r"|prijavite se|prijavi se|pretplatite se|naročite se|berlangganan|langganan|daftar\w*|prejmite|primajte"
              r"|piesakies|pieteikties|telli|tellige|užsisakykite|užsiprenumeruokite|iratkozzon fel|feliratkoz\w*")

# a reported-speech word: a sentence someone said, in a story (`…, the bank said`, `según la investigación`)
_REPORTED = (r"said|says|told|according to|heard|según|dijo|afirmó|explicó|selon|a-t-il|a-t-elle|affirme|sagte|sagt"
             r"|laut|erklärte|disse|afirmou|segundo|ha detto|secondo|zei|aldus|volgens")
# A sentence reporting what someone said (`…, explicó Aznar`, `Campaigners say …`, German's reported mood: `Lokale
# Newsletter seien …`): the story's, not the page's.
REPORTED_SPEECH = re.compile(r"\b(?:say|seien|" + _REPORTED + r")\b", re.IGNORECASE)
# a line quoting or reporting an ad's words (`Apostá en vivo …, decían los carteles`, `… +18 no alcanza, escribió`)
_AD_SPOKEN = (_REPORTED + r"|dec[íi]an?|dice|dicen|escribió|escribe|consideró|sostuvo|señaló|indicó|declaró|wrote"
              r"|writes|read|reads|schrieb|écrit|écrivait|disait|scrisse|diceva|escreveu|dizia|diziam|schreef")
# the live word of a station's call to listen (`live`, `em direto`, `en directo`, `in diretta`)
# The newsroom's question to a reader who found an error (`Encontrou um erro`, `¿Encontraste un error`, `Vous avez
# repéré une erreur`, `Hai trovato un errore`, `Een fout gezien`): the report-error kind's notes open with it.
_FOUND_ERROR = (r"(encontrou (um )?erro|¿?(encontraste|encontró|has visto|viste) (un )?error|vous avez (repéré|trouvé"
                r"|vu) une (erreur|faute|coquille)|hai (trovato|notato) un errore|een fout (gezien|gevonden|ontdekt))")
_LIVE_WORD = r"(live|em direto|ao vivo|en vivo|en directo|en direct|in diretta|in directe)\b"
# A live blog's word in its title or badge (`… live: …`, `LIVE UPDATES`, `EN DIRECT`).
LIVE_MARK = re.compile(r"(?<!\w)" + _LIVE_WORD, re.I)
_LISTEN = (r"listen|écouter|escuchar|escucha|anhören|hören|ascolta|ascoltare|ouvir|ouça|luister|beluister|lyssna|lytt"
           r"|lyt|odsłuchaj|posłuchaj|poslechněte|poslechnout|ascultă|asculta|escolta|escoltar")
_STORY = (r"article|story|artículo|noticia|artikel|artikeln|artikkelen|artiklen|beitrag|articolo|artigo|notícia"
          r"|reportagem|artykuł|artykułu|článek|článku|articolul|l'article|l'articolo|l'article|notícia|artikel")

# An ad slot's noun and the verb saying the story goes on after it, for the slot's note in any word order
# (`Artikel wird nach der Werbung fortgesetzt`, `L'article se poursuit après cette publicité`).
_AD_NOUN = (r"advertisement|advertising|advert|ad|ads|anzeige|werbung|publicité|pub|annonce|publicidad|anuncio"
            r"|pubblicità|publicidade|anúncio|advertentie|reclame|reklame|reklama|reklam|annons|annonse|mainos"
            # the Nordic nouns in their definite forms (`Artikeln fortsätter under annonsen`, `Saken fortsetter etter
            # annonsen`, `Artiklen fortsætter efter annoncen`, `Juttu jatkuu mainoksen jälkeen`)
            r"|annonsen|annonsene|annoncen|reklamen|reklamene|reklamerna|mainoksen")
_GOES_ON = (r"continues|continue|continuing|goes on|fortgesetzt|fortgeführt|weiter|poursuit|poursuivre|reprend"
            r"|continúa|sigue|prosigue|continua|prosegue|segue|prossegue|gaat verder|vervolgt|fortsätter|fortsetter"
            r"|fortsætter|jatkuu"
            # the story taken up again after the slot (`Story resumes after this ad`, `L'article reprend`,
            # `El texto se reanuda`, `Il testo riprende`, `O texto retoma`, `Artikel wird wieder aufgenommen`)
            r"|resumes|resume|resuming|picks up|reprendra|se reanuda|reanuda|continuará|riprende|retoma|recomeça"
            r"|wieder aufgenommen|hervat|återupptas|gjenopptas|genoptages"
            # the story said to go on in a phrase (`the story keeps going below`, `l'articolo va avanti sotto`)
            r"|keeps going|carries on|va avanti|loopt door|sigue adelante")
# A show's nouns (a podcast, an episode, a programme) in the languages seen on news sites.
_SHOWS = (r"p[oó]dcasts?|balados?|episodes?|épisodes?|episodios?|episódios?|episodi|folgen?|puntat[ae]"
          r"|aflevering(?:en)?|shows?|émissions?|sendung(en)?|programmes?|programas?|programmi|programma|programm")
_GRAPHICS = (r"maps?|charts?|graphics?|infographics?|karte|grafik|infografik|carte|graphique|infographie|mapa"
             r"|gráfico|infografía|mappa|grafico|infografica|kaart|grafiek|interactive map|interaktive karte"
             r"|carte interactive|mapa interactivo|mappa interattiva|interactive chart|gráfico interactivo"
             r"|graphique interactif|interaktive grafik|grafico interattivo|gráfico interativo|interactieve grafiek")
# A clip's noun (CLIP) and the words saying how a box's clip was picked for the page (PICKED), in
# en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca.
_CLIP = (r"videos?|vídeos?|vidéos?|wideo|audios?|áudios?|podcasts?|clips?|videoclips?")
CLIP_WORDS = _CLIP  # (for fields.py: a clip's medium labelling a player's title)
# A clip's medium and its colon opening a line (`VÍDEO: Veja imagens …`, `Video: NAME via X`): a link's label over a
# clip's title, or an embedded clip's credit.
CLIP_LABEL = re.compile(r"^(?:" + _CLIP + r")\s?:", re.I)
_PICKED = (r"featured|recommended|related|latest|top|suggested|trending|popular|more|editor'?s pick|recomendados?"
           r"|recomendadas?|destacad[oa]s?|relacionad[oa]s?|sugerid[oa]s?|últimos|más|recommandée?s?|à la une"
           r"|associée?s?|suggérée?s?|nos|dernières|empfohlene[ns]?|ausgewählte[ns]?|aktuelle[ns]?|weitere|neueste[ns]?"
           r"|consigliat[oi]|in evidenza|correlat[oi]|suggerit[oi]|altri|ultimi|em destaque|mais|aanbevolen"
           r"|uitgelichte|gerelateerde|rekommenderade?|utvalda?|anbefalte?|anbefalede?|utvalgte?|udvalgte?"
           r"|polecane|polecany|doporučené|recomandate|recomanat|destacat")
_MEDIA = r"video|vidéo|vídeo|content|contenu|contenido|inhalt|contenuto|conteúdo|inhoud|player|lecteur|reproductor"
_LOADING = (r"wird geladen|werden geladen|is loading|loading|chargement( en cours)?|en cours de chargement|cargando"
            r"|se está cargando|carregando|a carregar|caricamento( in corso)?|in caricamento|wordt geladen|laden\.\.\.")
_MIN = r"(?:min|mins|minutes?|minutos?|minuten?|minuti|minuutin?|perc)\.?"
# A watch verb in the imperative and the noun of a match's or an event's clip, for a pointer to the site's channel,
# in en/pt/es/fr/it/de/nl.
_WATCH_VERB = (r"watch|see|catch|relive|vê|veja|revê|reveja|assista(?: ao?| à)?|mira|revive|regardez|revivez|revoyez"
               r"|guarda|rivedi|rivivi|sieh dir|schau dir|sehen sie|bekijk|kijk|herbeleef")
_CLIP_NOUN = (r"highlights|summary|resumo|resumen|résumé|riassunto|sintesi|zusammenfassung|samenvatting|video"
              r"|vídeo|vidéo|goals|golos|goles|gols|buts|gol|tore|doelpunten|interview|entrevista|intervista"
              r"|replay|reacciones|reações|réactions|reazioni|reaktionen|reacties|reactions|press conference"
              r"|conferência de imprensa|rueda de prensa|conférence de presse|conferenza stampa|pressekonferenz"
              r"|persconferentie|melhores momentos|mejores momentos|meilleurs moments|momenti salienti")
# A countdown's units (days to seconds, written out or short) and its words before and after the figures, in
# en/pt/es/fr/de/it/nl.
_CLOCK_UNIT = (r"(?:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|dias?|días?|horas?|minutos?|segundos?|jours?"
               r"|heures?|secondes?|tage?n?|stunden?|std\.?|minuten?|sekunden?|sek\.?|giorni|giorno|ore|ora|minuti"
               r"|secondi|dagen|dag|uur|seconden|[dhms])")
_COUNTDOWN_LEAD = (r"faltam|falta|faltan|falta[n]? solo|quedan|queda|noch|nur noch|il reste|plus que|encore|mancano"
                   r"|manca|nog|nog maar|only|just|kick-?off in|starts in|countdown:?|cuenta atrás:?"
                   r"|contagem decrescente:?|compte à rebours:?|conto alla rovescia:?")
_COUNTDOWN_TAIL = (r"to go|left|remaining|to kick-?off|restantes|para o jogo|para el partido|avant le match"
                   r"|bis zum anpfiff|bis zum spiel|al fischio d'inizio|alla partita|tot de aftrap")
# Europe's national wires by name (`NTB`, `TT`, `Ritzau`, `STT`, `APA`, `ANP`, `Belga`, `Lusa`, `PAP`, `ČTK`, `MTI`,
# `SDA`/`ATS`, `ANA-MPA`): a byline alone over the date line (NATIONAL_WIRES), a picture's credit (PHOTO_AGENCIES), the
# partner a story was made with (the disclosure kind).
_NATIONAL_WIRE_NAMES = r"ntb|tt|ritzau|stt|apa|anp|belga|lusa|pap|čtk|ctk|mti|sda|ats|ana-mpa"
_AUDIO_NOUN = (r"audio|audio version|audio-version|audioversion|hörfassung|hörversion|version audio|versión en audio"
               r"|versión de audio|versão em áudio|versão áudio|versione audio|audioversie|ljudversion|lydversjon"
               r"|lydversion|wersja audio|wersja dźwiękowa|zvuková verze|audioverze|versiunea audio|versió en àudio"
               r"|ääniversio|ηχητική έκδοση|sesli versiyon|sesli makale|hangos változat")
# A note that the page's own audio is read by a machine (`Audio is generated by an automated voice …`, `Die
# Audiofassung dieses Artikels wurde maschinell erstellt.`, `Cet article est lu par une voix de synthèse.`): the
# spoken version's noun (SPOKEN) or the story's, a verb of making or reading (VOICING) and a machine word (MACHINE)
# in either order, in en/es/pt/fr/it/de/nl. The subject is the page's own (bare, `this`, `of this article`), so a
# story's `The audio was generated by AI, police said` is not it.
_SPOKEN = (_AUDIO_NOUN + r"|audiofassung|áudio|narration|narración|narração|narrazione|locución|sprachausgabe"
           r"|vorlesefunktion")
_VOICING = (r"generat\w*|generier\w*|generad[oa]s?|généré\w*|gerad[oa]s?|gegenereerd|erstellt|erzeugt|produced"
            r"|produit\w*|producid[oa]s?|produzid[oa]s?|prodott[oa]|created|créée?s?|cread[oa]s?|criad[oa]s?|made|read"
            r"|narrated|voiced|spoken|vorgelesen|gesprochen|eingesprochen|lue?|leíd[oa]|lid[oa]|lett[oa]|voorgelezen"
            r"|ingesproken|converted|umgewandelt|convertid[oa]|converti\w*")
_MACHINE = (r"automat|machine|maschin|synth[eè]|sintétic|sintetic|computer|software|logiciel|artificial|artificiel"
            r"|künstlich|kunstmatig|text-to-speech|(?<=[\s'’(])(ai|ia|ki)\b")
# (the note's patterns are tried only on lines holding one of these: without a machine word, no note)
_MACHINE_TRIGGERS = ("automat", "machine", "maschin", "synth", "sintétic", "sintetic", "computer", "software",
                     "logiciel", "artificial", "artificiel", "künstlich", "kunstmatig", "text-to-speech", " ai", "'ai",
                     "’ai", "(ai", " ia", "'ia", "’ia", "(ia", " ki", "(ki")
_AUX = (r"is|was|has been|will be|wird|wurde|ist|est|a été|sera|es|fue|ha sido|é|foi|è|è stat[oa]|wordt|werd")
_THIS_VOICED = r"this|diese[rsm]?|cette|cet|ce|este|esta|questo|questa|deste|desta|dit|deze"
_BY_MACHINE = (r"[^.!?]{0,60}?(\b(" + _VOICING + r")\b[^.!?]{0,40}?\b(" + _MACHINE + r")|\b(" + _MACHINE
               + r")\w*[^.!?]{0,30}?\b(" + _VOICING + r")\b)")

# The page's own summary said to be made by a machine (`This summary was generated with the help of AI and checked by
# an editor.`, `Diese Zusammenfassung wurde mit Hilfe von KI erstellt.`, `Ce résumé a été généré par l'IA.`, `Este
# resumen fue generado con IA.`, `Questo riassunto è stato generato dall'IA.`, `Deze samenvatting is gegenereerd met
# AI.`): a demonstrative, the summary's noun, a verb of making and a machine word; not a story's report of one (`…,
# the court heard.`). A `disclosure`; the lines pasted tight with it are the summary it speaks of (classify).
_MACHINE_SUMMARY = (
    r"(this|the above|diese|die obige|ce|cet|este|esta|el|questo|questa|il|deze|de) (summary|synopsis"
    r"|zusammenfassung|résumé|resumen|resumo|riassunto|sintesi|samenvatting|key points|kernpunkte|points clés"
    r"|puntos clave|punti chiave|pontos-chave)( (above|oben|ci-dessus|arriba|sopra|acima|hierboven))? (" + _AUX
    + r") " + _BY_MACHINE + r"(?![^.!?]*,\s*(the |a |la |le |el |il |der |die |de |o )?[^.!?,]{0,40}\b(said|says"
    r"|heard|told|sagte|hieß|a dit|a déclaré|dijo|afirmó|ha detto|disse|zei|verklaarde)\b)")
MACHINE_SUMMARY = re.compile(_MACHINE_SUMMARY, re.I)

# `Mehr aus` / `More from` a few places listed (`Mehr aus Magdeburg, Halle und Dessau-Roßlau`): the "related" label
# over the headlines linked under it; over a paragraph of the story it is the story's subheading (`Mehr aus Holz und
# Glas`, `Mehr von Bach und Händel`; classify).
RELATED_LISTED = re.compile(r"^(mehr (aus|von) (dem |der |den )?[\w-]+((, | und )[\w-]+){1,3}"
                            r"|more from [\w'’-]+((, | and )[\w'’-]+){1,3})$", re.I)
# A "related" label that asks the reader to read (or see) one more story (`Read also`, `Lee también`, `Leggi anche`,
# `Lesen Sie auch`, `À lire aussi`), or names one related story (`Related story`, `Noticia relacionada`, `Article
# lié`): it links one headline, where a label naming a topic lists several (`Mehr zum Thema`, `More on this story`);
# a short line under that one headline, over a paragraph, is the story's subheading.
ONE_LINK_LABEL = re.compile(r"^(read (more|also|next)|also read|see also|lee también|lea también|lee además"
                            r"|lea además|leer también|mirá también|leé también|leggi anche|leggi pure|lesen sie auch"
                            r"|lies auch|lest auch|(à |a )?lire aussi|lisez aussi|(à )?voir aussi|leia também"
                            r"|veja também|lees ook|zie ook|lees hier ook"
                            r"|related (story|article)|artículo relacionado|noticia relacionada|nota relacionada"
                            r"|article (lié|associé|connexe)|verwandter artikel|articolo correlato|notizia correlata"
                            r"|artigo relacionado|notícia relacionada|matéria relacionada|gerelateerd artikel)\s*:?$",
                            re.I)
# A correction's own label, whatever its words (`Put right:`, `Nachtrag:`, `Precisión:`), before the sentence that
# says what changed (`An earlier version of this article …`): the sentence is the evidence, not the label.
_NOTE_LABEL = r"([^:.!?]{1,30}:\s*)?"
# The page said to have been added to at a clock time, what was added between (`Dieser Artikel wurde um 18:10 Uhr um
# die Stellungnahme der Verkehrsbetriebe ergänzt.`, `Este artículo fue actualizado a las 18:10 con …`, `Cet article a
# été complété à 18 h 10 avec …`, `This story was updated at 6:10 p.m. with …`): the page's own demonstrative (a
# reporter's `Der Artikel`, `The story`, `L'article` is a law's article, a bill's text, another outlet's story), a
# passive, a time that reads as a clock (a unit after it or `um`/`at`/`à` before it; `am 23.05.1949` is a date) and
# an adding verb. The story does not close on it when paragraphs follow (span).
_UPDATE_AFTER_SUBJECT = (
    r"(article|story|report|artikel|beitrag|text"
    r"|artículo|noticia|articolo|artigo|notícia|bericht) (was|has been|wurde|ist|fue|ha sido|a été|è stato|foi|werd"
    r"|is) (?=[^!?]{0,60}(\b(um|at|à|a las|alle|às|om|ore)\s+\d{1,2}\s?[:.h]\s?\d{2}\b(?![.\d])"
    r"|\b\d{1,2}\s?[:.h]\s?\d{2}\s?(uhr|a\.m\.|p\.m\.|am\b|pm\b|h\b|uur\b)))[^!?]{0,160}?\b(updated|amended"
    r"|expanded|ergänzt|aktualisiert|erweitert|actualizad[oa]|ampliad[oa]|complété|mis à jour|actualisé"
    r"|aggiornat[oa]|integrat[oa]|atualizad[oa]|bijgewerkt|aangevuld)\b[^!?]{0,120}\.$")
UPDATE_AT_CLOCK = re.compile(r"^(this|dieser|dieses|este|esta|cet|cette|questo|questa|dit|deze) "
                             + _UPDATE_AFTER_SUBJECT, re.I)
# ... said with the definite article (`Der Artikel wurde um 18:10 Uhr um die Stellungnahme der Verkehrsbetriebe
# ergänzt.`): the page's own note only as the body's last line, one short clause (the story's tail, __init__)
UPDATE_AT_CLOCK_BARE = re.compile(r"^(the|der|das|el|l['’]|il|o|het) ?" + _UPDATE_AFTER_SUBJECT, re.I)
# A length: `4:08`, `4'31`, `6 min 48 s`, `2 min 55`, `2 Min. 36 Sek.`.
_DURATION = (r"(\d{1,2}[:'’]\d{2}(:\d{2})?(\s*" + _MIN + r")?|\d+\s*(" + _MIN + r"|m)(\s*\d{1,2}(\s*(s|sec|sek|seg"
             r"|secondes?|sekunden?|seconds?|segundos?|secondi)\.?)?)?)")

# What a note that the story is on air names (the channel, the programme, the hour): `im Fernsehen`, `Evening
# News at 6pm`, `le journal de 19 h`, `el telediario de las 21:00`.
_ON_AIR = (r"(\b(tv|television|televisión|télévision|télé|fernsehen|radio|hörfunk|sendung|programme?|programa"
           r"|programma|bulletin|news at|journal|jt|émission|antenne|chaîne|telediario|informativo|noticiero|canal"
           r"|telegiornale|tg\d?|podcast|iplayer|mediathek|livestream)\b|\b\d{1,2}\s?([.:h]\s?\d{2}|h\b|uhr\b|am\b|pm\b))")

# Notices in the outlet's own voice set into or under a story, each told by what it says, not by the site's words:
# a broadcaster's schedule for its programme (a programme said to be on, at a clock time, with a recurrence: `X is on
# Channel One at 6pm every weekday`, `X läuft jeden Abend um 19 Uhr`, `X est diffusé chaque soir à 19 h`), a pitch for
# the print or digital edition, the letters page's rules, a sign-up box's promise of no spam, and the editor who
# reviewed the piece named with an editor's title (`Reviewed by X, senior editor.`; a bare `Reviewed by X` heads a
# review and names its author).
# (each schedule ends on a clock time: a line without a digit is refused before the 160-character look-ahead)
_RECURRENCE = (r"(?=\D*\d)(?=.{0,160}\b((every|each|jeden|jede|chaque|tous les|cada|todos los|ogni|tutti i|elke|iedere)"
               r" (day|weekday|weeknight|night|evening|morning|week|weekend|tag|werktag|abend|morgen|woche|jour|soir"
               r"|matin|semaine|día|noche|mañana|semana|giorno|sera|mattina|settimana|dag|werkdag|avond|ochtend|week)"
               r"|weekdays|weeknights|nightly|täglich|werktags|dagelijks"
               r"|[a-z]+(days|tags|dis|s) (at|um|à|a las|alle|om))"
               r")")
# A line that names its speaker after a comma (`Get your tickets early, the chairman urged fans`, `Wir haben keine
# Paywall, sagte der Verleger`, `Faites votre don avant vendredi, a lancé la directrice`): someone's words the story
# reports, not the page's own call. Used as a lookahead where a call or the site's voice is matched.
_TOLD = (r"[^.!?\n]{0,160}?,\s+(?:[\w'’-]+\s+){0,6}?(?:said|says|told|tells|urged|urges|added|explained|warned"
         r"|asked|insisted|wrote|announced|pleaded|appealed|sagte|sagt|rief|riefen|erklärte|betonte|teilte|teilt|meinte"
         r"|forderte|warnte|bat|appellierte|schrieb|dijo|dice|pidió|pide|explicó|señaló|añadió|advirtió|recordó"
         r"|insistió|afirmó|aseguró|indicó|recomendó|escribió|reclamó|(?:a|avait) (?:dit|lancé|conseillé|expliqué"
         r"|déclaré|ajouté|prévenu|indiqué|précisé|souligné|demandé|écrit|insisté|appelé|rappelé)|explique|lance"
         r"|ajoute|prévient|ha (?:detto|spiegato|aggiunto|chiesto)|disse|afirmou|pediu|explicou|zei|zegt|vertelde"
         r"|schreef|kata|katanya|berkata|ujar|ujarnya)\b")

# Land its traditional owners hold (`Traditional Owners`, `Custodians`, `unceded territory`, `mana whenua`,
# `territoire non cédé`), for a site's acknowledgement of country.
_OWNED_LAND = (r"\b(traditional (owners|custodians)|custodians|traditional,? (and )?unceded|unceded|first nations"
               r"|mana whenua|tangata whenua|territoire (traditionnel|ancestral|non cédé)|terres? (ancestrales?"
               r"|non cédées?))")


# A broadcaster's competition run by text message: the prize called out first, then the keyword to text to a
# short number (`WIN! A family pass to … – text WHEEL and your name to 51597`, `Gewinnen Sie zwei Karten: SMS mit
# KONZERT an 55511`, `Gagnez vos places : envoyez RADIO au 71414`, `Gana dos entradas: envía CINE al 25255`,
# `Vinci due biglietti: invia MUSICA al 4877`, `Ganhe ingressos: envie SHOW para 4242`, `Maak kans op kaarten:
# sms FEEST naar 4411`): the keyword in capitals, the number no year, the promo ending there (its cost may
# follow); a story tells who could text and what they won (`Listeners who text WHEEL to 51597 can win a pass, the
# station said.`), opens with its subject, quotes the promo within its sentence (`Win a car – text DRIVE to 84444
# – was read out every hour`) or sends something to a year (`Win on Sunday and Celtic would send their rivals'
# wait for a title to 2028 at the earliest.`)
# (a kind of its own, not a house notice: set between the story's paragraphs, it does not close the story)
_TEXT_IN_COMPETITION = (
    r"^(?:win|gewinnen sie|gewinne|jetzt gewinnen|gagnez|à gagner|gana|ganá|vinci|ganhe|concorra|maak kans)\b"
    r"(?!" + _TOLD + r")[^.?]{0,160}?\b(?:text|sms|envoyez|envoie|envía|enviá|invia|envie|stuur|schicken sie|schick"
    r"|send)\b[^.!?]{0,20}?\b(?-i:[A-ZÄÖÜÀ-Þ][A-ZÄÖÜÀ-Þ0-9]+)\b[^.!?]{0,40}?\b(?:to|an|au|al|para|naar)\s+"
    r"(?!(?:19|20)\d\d\b)\d{4,6}\b\s*(?:[.!(]|$)")


# A station's strip naming what is on air now: the station's name and medium first, then the programme under a
# `now` label after the dash (`Omroep Wadden Radio – Nu: Middag op het Wad`, `Harbour Radio – Now playing: The
# Drive`, `Hansa Radio – Jetzt: Der Morgen`, `Garonne FM – En ce moment : La Matinale`, `Cumbre Radio – Ahora:
# Buenos días`, `Radio Lago – In onda: Mattino`, `Rádio Serra – No ar: Manhã`): the strip's label and a
# programme's name, no sentence. The name opens with a capital and its words are capitalised or small joining
# words, one lower-case word at most (`Buenos días Cumbre`); a headline or a story's line of that shape goes on as
# a sentence (`Jazz FM – now: the station that refused to die`, `… – Jetzt: Die Frühsendung wird eine Stunde
# länger`). A kind of its own, not a house notice: amid the story it is dropped alone and does not close the story.
_PROGRAMME_WORD = (r"(?:\s+(?:(?-i:[A-ZÀ-Þ0-9])[\w'’.&-]*|(?:of|the|with|and|on|at|in|op|het|de|den|met|van|en|mit"
                   r"|und|am|im|der|die|das|la|le|les|du|des|et|au|à|el|los|las|y|con|del|di|della|e|da|do|com"
                   r"|a)(?![\w'’-])|[&+–—-]))")
_NOW_ON_AIR = (
    r"^((?!(the|a|an|le|la|les|el|il|lo|los|las|het|de|des|du|o|os|as|das|der|die|den)\b)(?-i:[A-ZÀ-Þ0-9][\w'’.&-]*)"
    r"\s+){1,3}(radio|rádio|tv|fm|\d+\s?fm|télé)\s*[–—|-]\s*(now|now playing|on air|nu|nu op de radio|jetzt"
    r"|jetzt läuft|läuft|gerade|en ce moment|à l['’]antenne|ahora|al aire|en el aire|ora|in onda|ora in onda|agora"
    r"|no ar|no ar agora)\s?:\s*(?=[^.!?]{2,60}$)(?-i:[A-ZÀ-Þ0-9])[\w'’.&-]*" + _PROGRAMME_WORD + r"{0,8}"
    r"(?:\s+(?-i:[a-zà-ÿ])[\w'’-]*" + _PROGRAMME_WORD + r"{0,8})?\s*$")


# A call to watch or hear the outlet's own report or programme, pointed at from amid the story (`Watch more stories on
# Kiboko TV at 7pm`, `Regardez le reportage de notre JT de 19h`, `Luister hier naar de reportage van X in Lauwersoog`,
# `Bekijk hier de beelden van de opgraving`, `Listen to The Bristol Briefing, our weekday morning podcast, wherever
# you get your podcasts`, `Sehen Sie hier den Beitrag`): the verb in the imperative first, a report's or a medium's
# noun, one sentence at most. A kind of its own, not a house notice: amid the story it does not close the story. Told
# by someone (`…, the club urged fans`), it is the story's; so is a station heard live (`Hören Sie Radio Bremen live
# im Stadion`, a subheading where the page tells how to follow the match).
_SHOW_CALL = (
    r"^(watch|listen to|regardez|écoutez|revoyez|réécoutez|bekijk|kijk|luister|beluister|mira|escucha|guarda|ascolta"
    r"|sehen sie|schauen sie|hören sie|veja|assista|ouça)\b(?![^.!?]{0,20}\b(for|out|closely|carefully|how)\b)"
    r"(?!" + _TOLD + r")(?![^.!?]{0,80}\b(live|en direct|en directo|em direto|in diretta|en vivo|ao vivo|direct)\b)"
    r"[^.!?\"“”«»]{0,80}\b(reportage|reportaje|reportagem|servizio|beitrag|beelden|vidéo|video|vídeo|podcast|jt"
    r"|journal télévisé|tv|télé|radio|programme|show|episode|épisode|émission|sendung|bulletin|newscast)\b"
    r"[^.!?\"“”«»]{0,70}[.!]?$")


HOUSE_NOTICES = (
    r"^" + _RECURRENCE + r"(?:"  # (the recurrence looked for once, then the schedule in each language)
    r"[^.!?]{2,60}\b(is|airs|is broadcast|is shown) (on|every)\b[^.!?]{0,60}\bat \d{1,2}"
    r"([.:]\d{2})?\s?(am|pm|a\.m\.|p\.m\.)[^.!?]{0,80}[.!]?$"
    r"|[^.!?]{2,60}\b(läuft|kommt|ist)\b[^.!?]{0,60}\bum \d{1,2}([.:]\d{2})? uhr\b[^.!?]{0,80}"
    r"[.!]?$"
    r"|[^.!?]{2,60}\b(est diffusée?|est à (voir|retrouver|écouter)|passe)\b[^.!?]{0,60}\bà "
    r"\d{1,2}\s?h(\s?\d{2})?\b[^.!?]{0,80}[.!]?$"
    r"|[^.!?]{2,60}\b(se emite|se transmite|va in onda|è in onda|is te zien|wordt uitgezonden)"
    r"\b[^.!?]{0,60}\b(a las|alle( ore)?|om) \d{1,2}([.:]\d{2})?\b[^.!?]{0,80}[.!]?$)",
    r"^(read|see|browse|view|get|lisez|consultez|feuilletez|lea|lee|consulta|hojea|lesen sie|lies|leggi|sfoglia"
    r"|lees|bekijk)\b[^.!?]{0,40}\b(e-edition|e-paper|epaper|digital edition|print edition|digital replica"
    r"|édition numérique|journal numérique|edición (impresa|digital)|digitale ausgabe|edizione digitale"
    r"|edicola digitale|digitale krant|e-editie)\b",
    r"^((the|les|las|los|die|le|de) )?(letters?( to the editor)?|cartas( al director| de (los )?lectores)?"
    r"|leserbriefe?|courrier des lecteurs|lettres?( des lecteurs)?|lettere( al direttore)?|lezersbrieven"
    r"|ingezonden brieven)\b[^.!?]{0,80}\b(must|should|deben|müssen|doivent|devono|moeten)( be| ser| être| essere)?"
    r" (signed|received|submitted|firmad\w+|recibid\w+|unterschrieben|unterzeichnet|signée?s?|reçue?s?|firmat\w+"
    r"|ricevut\w+|ondertekend|ontvangen)\b",
    # the page's call for letters to it (`We welcome letters to the editor on this and any other topic.`,
    # `Écrivez-nous :`, `Schreiben Sie uns einen Leserbrief`, `Envíenos su carta`, `Stuur ons een brief`; `Write a
    # letter to the editor, the teacher told them` is the story's)
    r"^(we (welcome|invite|encourage) (your )?letters|(send|email|e-mail) us (your |a )?letters?|write us a letter"
    r"|écrivez-nous|schreiben sie uns (einen|ihren) leserbrief|envíenos (su|una) carta|escríbanos (una|su) carta"
    r"|scriveteci|envie-nos (a sua|uma) carta|stuur ons (een|uw|je) (lezers)?brief)\b",
    r"^(.{0,160}[.!:,]\s)?(no spam|kein spam|pas de spam|jamais de spam|sin spam|cero spam|niente spam"
    r"|nessuno spam|geen spam|sem spam)\b",
    r"^(reviewed|checked|edited|verified|relue?|revue?|vérifiée?|revisad[oa]|redigiert|geprüft|rivist[oa]"
    r"|controllat[oa]|nagelezen|nagekeken) (by|par|por|von|da|door) [^.!?,]{2,60}, ([\w'’-]+ ){0,3}(editor|editora"
    r"|rédacteur|rédactrice|éditeur|éditrice|redakteur|redakteurin|redattore|redattrice|caporedattore|redacteur"
    r"|eindredacteur|redactora?)\b",
    # the outlet said to be a service or a title of its owner (`Karoo Radio News is a service of the X Trust`,
    # `Der Stadtkurier ist ein Angebot der X Mediengruppe`, `Info Sud est un service de X`, `Radio Z es un servicio
    # de X`): a name with a media word (ending a compound: `Stadtkurier`), one short sentence without a clause
    # (the look-ahead finds the copula among the first nine words before the media word is searched letter by letter)
    r"^(?=([\w'’&.-]+ ){1,8}(is|ist|est|es|è|é) )"
    r"([\w'’&.-]+ ){0,4}[\w'’-]*?(news|radio|tv|television|times|post|herald|journal|gazette|echo|tribune"
    r"|courier|press|zeitung|nachrichten|anzeiger|bote|rundschau|kurier|tagblatt|quotidien|info|infos|gazzetta|corriere|diario"
    r"|noticias|periódico|jornal|krant|dagblad|online|media|médias|medien)( [\w'’&.-]+){0,3}"
    r" (is|ist|est|es|è|é) (an? |the |ein |eine |un |une |una |uma |een |el |il )?(service|publication|product"
    r"|brand|title|division|angebot|produkt|marke|publikation|dienst|titre|marque|servicio|producto|publicación"
    r"|marca|servizio|prodotto|testata|marchio|serviço|produto|publicação|uitgave) (of|der|des|von|de|du|della"
    r"|del|di|da|do|van)\b[^.!?,;]{2,80}[.!]?$",
    # the site's plug for its own coverage, the reader told to catch all the news on it, the site's name closing the
    # sentence (`Catch all the Business News, Market News … Updates on Site.`, `Retrouvez toute l'actualité de la
    # Bourse sur Site`, `Sigue todas las noticias de economía en Site`, `Lesen Sie alle Nachrichten aus der Region
    # auf Site`, `Segui tutte le notizie su Site`, `Acompanhe todas as notícias no Site`, `Lees al het nieuws op
    # Site`); a story's `Residents can follow all the updates on the council's website` opens with its subject
    # (the plug may be wrapped in parentheses whole: `(Catch all the … News on Site.)`)
    r"^\(?(?:(catch|get|read|follow|find|see) (all|more of) (the )?([\w&,'’ -]{0,120} )?(news|updates|stories)\b"
    r"|(retrouvez|suivez|découvrez|lisez) (toute l'actualité|toutes les (infos|actualités|informations|nouvelles))"
    r"|(sigue|consulta|lee|encuentra) (toda la (información|actualidad)|todas las (noticias|novedades))"
    r"|(lesen|verfolgen|finden) sie alle (aktuellen )?(nachrichten|news|neuigkeiten|infos)"
    r"|(segui|leggi|scopri|trova) tutte le (notizie|news|novità)"
    r"|(acompanhe|confira|leia|veja|siga) todas as (notícias|novidades)|(lees|volg|bekijk) al het( laatste)? nieuws)"
    r"[^.!?]{0,120}\b(on|at|sur|en|auf|bei|su|sul|no|na|em|op|bij) (?-i:[A-ZÀ-Þ][\w&.'’-]*)"
    r"( ((?-i:[A-ZÀ-Þ][\w&.'’-]*)|of|the|de|del|della|da|do|du|di|la|le|van|von)){0,4}\s*[.!]?\)?$",
    # a syndication note: the story run under a content-sharing agreement, or not edited by the newsroom
    # (`X stories are published by Y under a content-sharing agreement`, `Esta nota no ha sido editada por la
    # redacción`, `Ce texte n'a pas été modifié par la rédaction`, `… wurde von der Redaktion nicht bearbeitet`)
    r"^[^.!?]{0,160}\b((under|through) (a|an|the|our) ([\w-]+ )?(content[- ]sharing|syndication|news[- ]sharing"
    r"|republishing|licensing) (agreement|arrangement|partnership)"
    r"|(has|have) not been (edited|modified) by (the |our )?[\w'’ -]{0,40}\b(staff|newsroom|editors"
    r"|editorial (team|staff)|news ?desk)"
    r"|acuerdo de (intercambio|colaboración|sindicación) de contenidos|no (ha|han) sido (editad|modificad)[oa]s? por"
    r" (la|nuestra) redacción|accord de (partage|syndication) de contenus?|n['’](a|ont) pas été (édité|modifié)e?s?"
    r" par (la|notre) rédaction|(von der|von unserer) redaktion nicht (bearbeitet|redigiert)|nicht von der redaktion"
    r" (bearbeitet|redigiert)|non (è|sono) stat[oaie] (modificat|redatt)[oaie] dalla (nostra )?redazione"
    r"|não foi (editad|modificad)[oa] pela (nossa )?redação|niet (bewerkt|geredigeerd) door de redactie)\b",
    # a broadcast note: the station says its programme carried the story, with the day and the clock time (`Radio
    # Nord reported on this in "Morning Live" on 3.3.2027 at 7 am`, `Radio Süd berichtete in „Süd am Morgen“ am
    # 3.3.2027 um 7.00 Uhr`, `Radio Sud en a parlé dans « Sud Matin » le 3.3.2027 à 7 h`): a broadcaster's word
    # naming the subject, a past verb of reporting or airing, the programme quoted or the date in figures
    r"^[^.!?]{0,30}\b(radio|tv|fernsehen|rundfunk|télé|televisi[oó]n|televisione|televisão|rádio|omroep)\b[^.!?]{0,30}"
    r"\b(reported|broadcast|aired|berichtete|sendete|brachte|en a parlé|a diffusé|a consacré|informó|emitió"
    r"|ha trasmesso|ha parlato|noticiou|transmitiu|berichtte|zond)\b(?=[^.!?]{0,80}([\"“„«]|\b\d{1,2}[./]\d{1,2}[./]"
    r"\d{2,4}\b))[^!?]{0,160}\b\d{1,2}([.:]\d{2})?\s?(uhr|am|pm|a\.m\.|p\.m\.|h\b|horas|ore|uur)",
    # the station's live stream linked above the page (`▶ En direct : le journal de 12h30`, `► Live: Radio
    # North`, `EN VIVO: el noticiero de las 21h`): a play sign, or a live word and a bulletin's name (a live
    # blog's headline, `LIVE: Council votes on the budget`, names its story, not a bulletin)
    # (the live word closes the line or its label: `▶ Live stream of the debate drew 4,000 viewers` is a list item)
    r"^[▶►]\s*(live|en direct|en vivo|en directo|ao vivo|in diretta|jetzt live|live-?stream|direct)\s*([:|–—-]|$)",
    r"^(live|en direct|en vivo|en directo|ao vivo|in diretta|jetzt live)\s*[:|–—-]\s*(the |le |el |la |die |das"
    r" |il |o |de |het )?(journal|news|bulletin|radio|tv|programme|noticiero|informativo|telediario|nachrichten"
    r"|notiziario|tg|jornal|journaal)(?![\w-])",  # (a whole word: `Live: Das TV-Duell …` is a live blog's headline)
    # ... or a station's name before its medium, then the programme on air after a dash (`Live: IJsselstreek Radio –
    # De Ochtend met Marloes`, `Jetzt live: Hansa Radio – Der Morgen`, `En direct : Garonne FM – La Matinale`, `En
    # vivo: Cumbre Radio`): the station's live strip over the page; a sentence after `Live:` goes on past the
    # medium (`Live: Harbour Radio presenters will broadcast from the quay.`). The name is capitalised words, none
    # an article or preposition, and the medium a whole word before a spaced dash: a live blog's headline on a
    # debate (`En direct : le débat télé – suivez…`, `Live: het lijsttrekkersdebat op tv – …`, `Jetzt live: Merz
    # im TV-Duell`) names its story
    r"^(live|nu live|live nu|en direct|en vivo|en directo|ao vivo|em direto|in diretta|jetzt live|direkt)\s*[:|–—-]\s*"
    r"((?!(the|a|an|le|la|les|el|il|lo|los|las|het|de|des|du|o|os|as|na|no|em|op|in|im|en|das|der|die|den|dem"
    r"|on|at|of|auf|al|del|di|da|do|van|von|y|e|et|und|and)\b)(?-i:[A-ZÀ-Þ0-9][\w'’.&-]*)\s+){1,3}"
    r"(radio|rádio|tv|fm|\d+\s?fm|télé)(?![\w-])(\s*[–—|]\s*[^.!?]{2,60}|\s+-\s+[^.!?]{2,60})?$",
    # the site's acknowledgement of the land it works on (`We acknowledge the X people, the Traditional Owners …`,
    # `X acknowledges …, the Traditional Custodians of the land on which we work`, `Nous reconnaissons que nous
    # travaillons sur le territoire non cédé …`): said as `we`, of traditional or unceded land; a story's sentence
    # that a council acknowledges the owners says no `we`, and one in `we` names who says it (`, the minister said`)
    r"^(?!" + _TOLD + r")(we|nous) (acknowledge|recognise|recognize|reconnaissons|honour|honor"
    r"|pay (our )?respects?)\b[^!?]{0,200}" + _OWNED_LAND,
    r"^(?!" + _TOLD + r")[^.!?]{2,60} (acknowledges|recognises|recognizes|reconnaît|honours|honors"
    r"|pays (its )?respects?)\b"
    r"[^!?]{0,200}" + _OWNED_LAND + r"[^!?]{0,120}\b(on|upon|in|where|sur|dans|où) (which |whose |lesquel\w* )?"
    r"(we|nous)\b",
    # a Taiwanese site's reminder under the story, by its own name (`★島聲新聞網提醒您：颱風過後請勿…`,
    # `★ETtoday提醒您：飲酒過量，有害健康`)
    r"^[★☆◆■]?[^：:。，\s]{2,16}(提醒您|提醒你|關心您|关心您)[：:]",
)

# A print-edition note is the note alone (`Nota publicada originalmente en la edición impresa del lunes.`, `… on
# March 4, 2025, Section A, with the headline …`, `Appeared in the April 16, 2027, print edition as …`); a clause
# after a comma that opens with another lower-case word is the story's sentence about a piece in print (`Originally
# published in the print edition in 1974, the cartoon drew …`, `Artikel erschien zuerst in der Printausgabe vom
# 3. Mai, betonte der Verteidiger`). Used as a lookahead.
_NOTE_ALONE = (r"^(?![^!?]*?,\s+(?!(?:with|under|as|in|on|page|print|printed|edition|issue|unter|als|auf|seite|sous"
               r"|avec|en|dans|con|bajo|como|página|sob|com|na|no|nella|sulla|col|p)\b)(?-i:[a-zà-ÿ]))")


# A team's name in a results strip: one to five capitalised words (`Pall. Molfetta`, `FC Kompas`, `1860 München`).
_TEAM = r"(?-i:[A-ZÀ-Þ0-9])[\w'’.-]*(?: (?-i:[A-ZÀ-Þ0-9])[\w'’.-]*){0,4}"


# A synopsis's label alone (`Synopsis`, `Sinopsis`, `Synopse`, `Sinossi`, `Sinopse`): a summary box under the header
# only (classify._synopsis_under_header); amid the story, a review's subheading.
SYNOPSIS = re.compile(r"^(synopsis|sinopsis|synopse|sinossi|sinopse)\s*:?$", re.I)
# A summary box's label run into its first point (`In short: Marine park authorities have closed …`, `En resumen: El
# ayuntamiento …`, `Kurz gesagt: Die Stadt …`, `En bref : La mairie …`, `In breve: Il comune …`, `Em resumo: A câmara
# …`, `In het kort: De gemeente …`): the label, a colon, a point. A story may open a paragraph so; classify.py asks
# for the box's shape too (a block of short points pasted tight, over the story).
SUMMARY_RUN_IN = re.compile(r"^(in short|in brief|key points|key takeaways|at a glance|the short version|en resumen"
                            r"|en síntesis|en breve|kurz gesagt|in kürze|kurz zusammengefasst|das wichtigste in kürze"
                            r"|en bref|en résumé|l['’]essentiel|in breve|in sintesi|em resumo|em síntese"
                            r"|em poucas palavras"
                            r"|in het kort|kort gezegd|samengevat)\s?:\s+\S", re.I)


# A note's heading on how the story was reported, alone on its line (`Boîte noire`, `Méthodologie`, `How we reported
# this story`, `So haben wir recherchiert`, `Cómo hicimos esta investigación`, `Nota metodologica`, `Como fizemos
# esta reportagem`, `Verantwoording`): a box only as the story's last block, pasted tight over its one paragraph
# (classify._method_notes); set apart, or with the story going on, a subheading. The bare generic words (group
# `generic`: `Methodology`, `Metodología`, `Methodik`, `Verantwoording` …) head a ranking's, a study's or a poll's own
# method, or a minister's answering to parliament, as often: a box only over the newsroom's first person.
METHOD_NOTE = re.compile(
    r"^(boîte noire|notre méthode|comment nous avons (enquêté|travaillé)|our methodology"
    r"|how we (reported|did) (this|it)( story| investigation)?|about this (story|investigation|reporting)"
    r"|so haben wir recherchiert|wie wir recherchiert haben|über diese recherche"
    r"|cómo (hicimos|se hizo) (esta|este) (investigación|reportaje)"
    r"|come abbiamo lavorato|como fizemos (esta|este) (reportagem|investigação)"
    r"|hoe we dit (hebben )?onderzocht|over dit onderzoek"
    r"|(?P<generic>méthodologie|methodology|zur methodik|methodik|metodología|nota metodológica|nota metodologica"
    r"|metodologia|verantwoording))\s*:?$", re.I)


# The work a reference cites, after its year: a title in quotation marks, or a title's sentence then the journal with
# its volume (`Street lights and bats. Journal of Urban Ecology 8`), or a volume(issue), pages or a DOI further on; a
# story's sentence goes on after the comma (`M. Dupont (2019), alors adjoint …`). Used as a lookahead.
_CITED_WORK = (r"(?=[«\"“'‘„‹]|[^.!?]{3,200}[.?!] (?-i:[A-ZÀ-Þ])[^.!?]{1,100}? \d+(?: ?\(\d+\))?(?:[,.:;]|$)"
               r"|.{0,250}?(\bdoi\b|\b\d+ ?\(\d+\)|\bvol\. ?\d|\bpp?\. ?\d|, \d+ ?[–-] ?\d+\b))")


# The comments' heading as a call to answer the article (`Réagir à cet article (17)`, `Comment on this article (4)`,
# `Kommentieren Sie diesen Artikel`, `Comenta esta noticia`, `Commenta l'articolo`, `Comente esta notícia`, `Reageer
# op dit artikel`, `Skomentuj artykuł`): no sentence's end; or as the plural noun, perhaps with its count (`Comments`,
# `Komentarze (31)`, `Kommentarer`). Over the readers' comments it ends the story (a `tail` line); pasted between
# paragraphs with the story going on below, it is a link dropped alone (classify._comment_links_amid_story).
_COMMENTS_CALL = (r"(réagir|commenter|comment|kommentieren( sie)?|comentar|comenta|comente|commenta|commentare|reageer"
                  r"|reageren|kommentera|kommenter|skomentuj|komentuj)( (à|on|sur|zu|a|en|op|på|su))?"
                  r"( (cet|this|the|dieses?n?|diesem|den|este|esta|la|l['’]|questo|o|a|dit|het|den här))?\s?"
                  r"(article|artikel|story|beitrag|artículo|noticia|articolo|artigo|notícia|bericht|artikeln|artykuł)")
_COMMENTS_NOUN = (r"((your|vos|tus|ihre|i vostri|os seus) )?(comments?|comentarios|comentários|kommentare"
                  r"|commentaires|commenti|reacties|kommentarer|kommentaarit|komentarze|komentáře|comentarii|σχόλια"
                  r"|yorumlar|hozzászólások)")
# (a discussion's noun heads the comments with their count only, in the languages whose sites call them so:
# `Diskuse (37)`, `Dyskusja (5)`, `Diskussion (12)`; `Discussion (2)` may be a study's numbered part)
_DISCUSSION_COUNTED = r"(diskuse|diskuze|dyskusja|diskussion|keskustelu)\s*\(\d+\)"
COMMENTS_HEADING = re.compile(r"^(" + _COMMENTS_CALL + "|" + _COMMENTS_NOUN + r")\s*(?P<count>\(\d+\))?\s*:?$"
                              r"|^(?P<discussion>" + _DISCUSSION_COUNTED + r")\s*:?$", re.I)
# A reader's comment under that heading shows itself by a line of its own: when it was posted, relative to now (`Il y
# a 2 heures`, `2 godz. temu`, `3 uur geleden`, RELATIVE_TIME), or its Reply button (`Reply`, `Antworten`, `Répondre`,
# `Responder`, `Rispondi`, `Beantwoorden`, `Odpowiedz`, `Svara`), perhaps in a row with them (`2 godz. temu ·
# Odpowiedz · 14`).
COMMENT_SIGN = re.compile(
    r"(^|[·|•]\s*)(\d+\s*[^\W\d_]{1,8}\.?\s+(temu|geleden|sedan|siden|sitten|před)|reply|antworten|répondre|responder"
    r"|rispondi|responda|beantwoorden|odpowiedz|svara|svar|vastaa|odpovědět|răspunde)\s*([·|•]|$)", re.I)


# A price strip's cell: a commodity, index or rate, its figure and its change behind an arrow, in any language
# (`Brent: $71.36 ▲0.4%`, `Jet A-1 (Johannesburg): R17.42/l ▼0.8%`, `Gold 2.345 € ▼ 0,2 %`, `SCFI 1,412 ▲`), or a
# currency pair's rate alone (`ZAR/USD: 18.12`, `EUR/CHF 0,9412`): no sentence is so. A ticker (KINDS) over the
# story; tight under a line of the story closed by a colon (`How the main markets closed:`, `Closing rates on
# Tuesday:`) the cells are the markets report's own table (classify, PRICE_CELL).
PRICE_CELLS = (
    r"^[^.!?▲▼]{1,40}?:?\s+\S{0,3}\d[\d.,]*(\s?[€$£¥]|\S{0,4})\s*[▲▼△▽](\s?[+\-−]?\d+([.,]\d+)?\s?%)?$",
    r"^(?-i:[A-Z]{3})\s?/\s?(?-i:[A-Z]{3})\s?:?\s+\d+([.,]\d+)?\s?([▲▼△▽]\s?[+\-−]?\d+([.,]\d+)?\s?%)?$")
PRICE_CELL = re.compile("|".join(f"(?:{p})" for p in PRICE_CELLS), re.I)


# a month's name or abbreviation in en/fr/de/es/it/pt/nl, for a correction label's date (`Correctie 29 november:`;
# `Correction de 10 points :`, `Correctie van 8 procent:` name no date)
_LABEL_MONTH = (r"(january|february|march|april|may|june|july|august|september|october|november|december"
                r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août"
                r"|septembre|octobre|novembre|décembre|janv|févr|avr|juil|déc|januar|februar|märz|juni|juli|oktober"
                r"|dezember|jän|mär|okt|dez|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
                r"|octubre|noviembre|diciembre|ene|abr|ago|dic|gennaio|febbraio|aprile|maggio|giugno|luglio"
                r"|settembre|ottobre|dicembre|gen|mag|giu|lug|set|ott|janeiro|fevereiro|março|maio|junho|julho"
                r"|setembro|outubro|novembro|dezembro|fev|out|januari|februari|maart|mei|augustus|mrt)\.?")
# A breaking-news or live flag alone on its line, in the languages of European news sites: it marks a story (this
# one or another in a strip), it names no section and is no headline.
ALERT_FLAGS = (r"breaking|breaking news|just in|developing story|news alert|eilmeldung|eil|última hora|urgente"
               r"|ultima ora|ultim'ora|dernière minute|alerte info|urgent|breaking nieuws|siste nytt|senaste nytt"
               r"|sidste nyt|pilne|aktuálně|son dakika|τελευταία νέα|live|live now|en direct|en directo|en vivo"
               r"|ao vivo|in diretta|liveticker|directo|direto|diretta")

# A player's button alone, a watch or listen verb and `now` (`Watch now`, `Jetzt ansehen`, `Regarder`, `Ver ahora`,
# `Guarda ora`, `Assista agora`, `Kijk nu`, `Titta nu`), or the play button in the player's own words (`Lire
# maintenant`, `Jetzt abspielen`, `Reproducir ahora`): the last line of a show's box.
_PLAYER_BUTTON = (r"(watch now|listen now|play now|stream now|jetzt (ansehen|anschauen|hören|anhören|streamen)"
                  r"|regarder( maintenant)?|écouter maintenant|ver ahora|escuchar( ahora)?|mirar ahora|guarda ora"
                  r"|ascolta ora|assista agora|assistir agora|ouça agora|ouvir agora|kijk nu|luister nu|nu kijken"
                  r"|nu luisteren|titta nu|lyssna nu|se nu|hør nu|lytt nå"
                  r"|lire maintenant|jetzt abspielen|reproducir ahora|riproduci ora|reproduzir agora|nu afspelen)")
PLAYER_BUTTON = re.compile(r"^" + _PLAYER_BUTTON + r"$", re.I)

# What the reader should know, as a box's heading (`What to know`, `Lo que hay que saber`, `Das müssen Sie wissen`).
_KNOW_WORDS = (r"what (to|you need to|you should) know|lo que (hay que|debes|tienes que) saber|ce qu['’]il faut savoir"
               r"|das müssen sie wissen|was sie wissen müssen|cosa (c['’]è da )?sapere"
               r"|o que (é preciso|você precisa|precisa) saber|wat je moet weten")
# ... closed by a colon over `Key: value` rows whose values hold figures (`Lo que debes saber:` / `Fechas: del 9 al
# 13 de diciembre` / `Pipas disponibles: 1,250`): classify.py reads the rows as the box's; a story's own list after
# such a lead-in goes on in sentences.
KNOW_HEADING = re.compile(r"^(?:" + _KNOW_WORDS + r")\s*:$", re.I)

KINDS: tuple[Kind, ...] = (
    _kind("skip link",
          # no word boundary at the end: a paste glues links together (`Skip to contentSkip to navigation`)
          r"^(skip|jump|go) to (the )?(main )?(content|navigation|search|menu|article|footer)",
          r"^skip navigation$",
          r"^(ir|saltar|pasar) al (contenido|menú)", r"^(direkt )?zum (inhalt|hauptinhalt|menü)",
          r"^(aller|passer|accéder) (au|directement au) contenu", r"^(vai|salta) al contenuto",
          r"^(ir|saltar) para o conteúdo", r"^naar (de )?(inhoud|hoofdinhoud)",
          # (pl/cs/sv/no/da/fi/tr: `Przejdź do treści`, `Přejít na obsah`, `Hoppa till innehållet`, `İçeriğe geç`)
          r"^przejdź do (treści|zawartości|nawigacji|menu)$", r"^přejít (na|k) (obsah|obsahu|navigaci)$",
          r"^(hoppa|hopp|spring) (direkte )?til(l)? (huvud)?(innehållet|innehåll|innhold|innholdet|indhold|indholdet)$",
          r"^siirry (sisältöön|pääsisältöön)$", r"^(içeriğe|ana içeriğe) (geç|atla)$"),
    # `skip past newsletter promotion` … `after newsletter promotion`: a box the page lets a screen reader skip
    _kind("skippable box", r"^(skip past|after) [\w -]{0,40}\b(promotion|advertisement|newsletter)$"),
    _kind("consent",
          r"\bcookies?\b.{0,300}\b(accept|agree|consent|preferences|settings|policy|partners?|tracking|personali[sz]"
          r"|aceptar|acepta|configurar|política|navegación|akzeptier|einstellungen|zustimm|einwillig|datenschutz"
          r"|weitersurf|weiternutz|stimmen sie"  # (`Wenn Sie weitersurfen, stimmen Sie zu`: the verb split)
          # (the notice addressing the reader's choice: `Sie können selbst entscheiden`, `You can choose`; a story
          # about a fine for third-party cookies speaks of the site, not to the reader)
          r"|sie können|you can choose|vous pouvez|puede elegir|puedes elegir|potete scegliere|pode escolher"
          r"|u kunt|je kunt"
          r"|accepter|acceptez|paramétr|politique|consentement|partenaires|accett|informativa|consenso|aceitar"
          r"|privacidade|toestemming|akkoord"
          # the reader's settings named in each language (`vos paramètres de cookies`, `tus ajustes de cookies`)
          r"|paramètres|réglages|configuración|ajustes|impostazioni|configurações|definições|instellingen"
          r"|inställningar|innstillinger|indstillinger|ustawienia|nastavení|setări"
          # (pl/cs: `Wykorzystujemy pliki cookie … Kliknij „Akceptuję”`, `… zgodę`, `… souhlas`)
          r"|akceptuj|zgod[aęy]|prywatnoś|souhlas|přijmout)",
          # the same settings named before the word (`vos paramètres de cookies`, `le impostazioni dei cookie`)
          r"\b(settings|preferences|paramètres|réglages|préférences|einstellungen|configuración|ajustes"
          r"|preferencias|impostazioni|preferenze|configurações|definições|preferências|instellingen|inställningar"
          r"|innstillinger|indstillinger|ustawienia|nastavení|setări)\s+([\w']+\s+){0,2}cookies?\b",
          r"^(we|this (site|website)) (use|uses) cookies\b", r"^(utilizamos|usamos) cookies\b",
          # the site itself using cookies (`Este sitio usa cookies propias y de terceros. Al continuar navegando
          # aceptás su uso.`, `Ce site utilise des cookies`, `Questo sito usa i cookie`, `Diese Website verwendet
          # Cookies`, `Deze website gebruikt cookies`, `Este site usa cookies`)
          r"^(este sitio( web)?|esta (web|página)|este site|ce site( web)?|questo sito( web)?|diese (website|seite)"
          r"|deze (website|site)) (usa|utiliza|utilise|usa i|utilizza|verwendet|nutzt|gebruikt) (des |i )?cookies?\b",
          r"^wir (verwenden|nutzen) cookies\b", r"^nous utilisons des cookies\b", r"^(we|wij) gebruiken cookies\b",
          r"^(accept|reject|decline|allow|refuse|deny)( all| all cookies| cookies| and close| necessary)?$",
          # the site using cookies and the buttons in pl/cs (`Ta strona korzysta z plików cookie`, `Akceptuję`,
          # `Odrzuć wszystkie`, `Ustawienia zaawansowane`, `Přijmout vše`, `Odmítnout vše`)
          r"^(ta strona|ten serwis|nasz serwis|serwis|strona) (korzysta z|używa|wykorzystuje) (plików )?cookie",
          r"^(akceptuję|akceptuj|zaakceptuj|odrzuć|zgadzam się)( wszystkie| wszystko)?$",
          r"^ustawienia (zaawansowane|prywatności|plików cookie|cookie)$",
          r"^(přijmout|odmítnout|souhlasím)( vše| všechny)?$",
          # the buttons in da/no/sv (`Kun nødvendige`, `Tillad alle`, `Godta alle`, `Endast nödvändiga`)
          r"^(kun|bare|endast|bara) (nødvendige|nödvändiga)( cookies)?$|^(tillad|accepter|afvis|godta|avvis|godkänn"
          r"|acceptera|avvisa|tillåt|neka) (alle|alla)( cookies)?$",
          r"^(manage|cookie|privacy) (preferences|settings|options|choices)$",
          # the settings button as one compound word (`Cookieinställningar`, `Cookie-Einstellungen`)
          r"^cookie-?(inställningar|innstillinger|indstillinger|instellingen|einstellungen|asetukset)$",
          r"^(i agree|i accept|got it|ok, got it)$",
          r"^(aceptar|rechazar|configurar)( todo| todas| cookies| y cerrar)?$",
          r"^(alle )?(akzeptieren|ablehnen|zustimmen|zulassen)( und schließen)?$",
          r"^nur (notwendige|erforderliche|essenzielle)( cookies)?( zulassen| akzeptieren)?$",
          r"^(tout |tous )?(accepter|refuser|paramétrer|personnaliser)( tout| et fermer)?$",
          r"^continuer sans accepter$",
          # the reader's own consent in the first person (`J'accepte`, `Ich stimme zu`, `Acepto`, `Accetto`, `Aceito`)
          r"^(j['’]accepte|je consens|ich stimme zu|ich akzeptiere|acepto|accetto|aceito|ik ga akkoord)( tout)?$",
          # the buttons in nl/it/pt (`Akkoord en doorgaan`, `Zelf kiezen`, `Accetta tutto`, `Aceitar todos`)
          r"^(alles )?(accepteren|weigeren|akkoord)( en (doorgaan|sluiten))?$|^(zelf kiezen|(instellingen|voorkeuren)"
          r" (aanpassen|beheren))$|^(accetta|rifiuta)( tutto| tutti)?$|^(aceitar|rejeitar|recusar)( tudo| todos)?$",
          r"^(your privacy|cookie consent|cookies?( settings| preferences| policy| notice)?|privacy (settings"
          r"|preferences|center|centre|notice)|ihre privatsphäre|datenschutzeinstellungen|datenschutz-hinweis"
          r"|wir brauchen ihre (zustimmung|einwilligung)|gestion des cookies|votre vie privée|tu privacidad"
          r"|su privacidad|la tua privacy|a sua privacidade|we need your consent"
          r"|nous avons besoin de votre consentement)(\s+[\w']+){0,4}\W{0,3}$",
          r"\b(we|wir|nous|nosotros|noi|nós|wij) (and|und|et|y|e|en) (our|unsere|nos|nuestros|i nostri|nossos|onze)"
          r" (\d+ )?(partners?|partenaires|socios|parceiros)\b",
          # the site by name and its partners using trackers or the reader's data, with the reader's choice to
          # accept or refuse (`Xyz et ses partenaires utilisent des traceurs … avec votre accord`, `Xyz y sus socios
          # tratamos tus datos … Puedes aceptar, rechazar`): a consent banner with no word `cookie` in it
          r"\b(and|und|et|y|e|en) (its|seine|ihre|ses|sus|i suoi|seus|zijn|haar) (\d+ )?(partners?|partenaires|socios"
          r"|parceiros)\b.{0,40}\b(use|uses|utilisent|usan|utilizan|tratamos|tratan|verwenden|nutzen|verarbeiten"
          r"|utilizzano|usano|usam|utilizam|tratam|gebruiken|traitons|traitent|process)\b.{0,300}\b(accord|consent"
          r"|consentement|consentimiento|consentimento|accept\w*|acept\w*|aceit\w*|accett\w*|choix|choices|elegir"
          r"|rechaz\w*|refus\w*|reject\w*|zustimm\w*|einwillig\w*|ablehn\w*|toestemming|consenso)\b",
          r"^(we value|we care about|we respect|wir respektieren|nous respectons|respetamos) (your|ihre|votre|tu)"
          r" (privacy|privatsphäre|vie privée|privacidad)\b",
          r"^(your privacy choices|privacy settings|datenschutz-einstellungen"
          r"|paramètres de confidentialité|configuración de privacidad)$",
          r"^(accetta|rifiuta)( tutto| tutti)?$", r"^(aceitar|rejeitar)( tudo)?$",
          # the buttons in Greek, in capitals without their accents too (`ΑΠΟΔΟΧΗ ΟΛΩΝ`, `Απόρριψη`)
          r"^(αποδοχ[ηή]|απ[οό]ρριψ[ηή])( [οό]λων)?$",
          # the banner's other buttons: declining, agreeing, or choosing its purposes one by one (`Non merci`,
          # `D’accord`, `Choisir`, `Ver finalidades`, `Nein danke`, `More options`), alone on their line
          r"^(no,? thanks|no,? thank you|choose|more options|see purposes|view purposes|customi[sz]e( choices)?"
          r"|non,? merci|d['’]accord|choisir|plus d['’]options|voir les finalités"
          r"|no,? gracias|de acuerdo|elegir|más opciones|ver (las )?finalidades|ver propósitos"
          r"|nein,? danke|auswählen|mehr optionen|zwecke anzeigen|no,? grazie|d['’]accordo|scegli|più opzioni"
          r"|vedi (le )?finalità|não,? obrigad[oa]|escolher|mais opções|ver finalidades|nee,? bedankt|kiezen"
          r"|meer opties|nej tack|nei takk|nej tak)$",
          # the button that opens the banner's purposes, in the first person (`Manage my choices`, `Gérer mes
          # choix`, `Gestionar mis preferencias`, `Meine Auswahl verwalten`, `Gestisci le mie scelte`)
          r"^(manage|review) my (choices|preferences|options|settings|cookies|data)$"
          r"|^(gérer|modifier|personnaliser) mes (choix|préférences|paramètres|cookies)$"
          r"|^(gestionar|configurar|administrar) mis (opciones|preferencias|elecciones|cookies)$"
          r"|^(meine )?(auswahl|einstellungen|präferenzen) (verwalten|anpassen)$"
          r"|^gestisci (le )?mie (scelte|preferenze|opzioni)$|^(gerir|gerenciar) (as )?minhas (escolhas|preferências"
          r"|opções)$|^(beheer|wijzig) mijn (keuzes|voorkeuren)$",
          # a button naming the cookies with the reader's choice (`Choose cookies`, `Only necessary cookies`,
          # `Elegir cookies`, `Nur notwendige Cookies`, `Gérer les cookies`, `Optional cookies off`)
          r"^((only|just|choose|select|manage|set|solo|sólo|elegir|seleccionar|gestionar|nur|wählen|auswählen"
          r"|uniquement|seulement|choisir|gérer|sélectionner|scegli|gestisci|apenas|escolher|gerir|alleen|kies"
          r"|kiezen|beheer)\s+){1,2}((the|les|los|las|die|i|os|de)\s+)?((necessary|essential|optional|notwendigen?"
          r"|nécessaires|necesarias|necessari|necessários|noodzakelijke)\s+)?cookies?(\s+(only|off))?$"
          r"|^(necessary|essential|optional)\s+cookies\s+(only|off)$",
          # a cookie plugin's settings panel pasted open: its table rows, a cookie's name over its lifetime and
          # what it does (`_ga 2 years The _ga cookie, installed by …`, `PHPSESSID session This cookie is …`), and
          # each purpose's description (`Necessary cookies are absolutely essential …`, `Werbe-Cookies werden …`)
          r"^[\w.-]{2,60} (\d{1,3} (years?|months?|weeks?|days?|hours?|minutes?|jahre?|monate?|wochen|tage?"
          r"|stunden?|minuten?|ans?|mois|semaines?|jours?|heures?|años?|meses?|semanas?|días?|horas?)|session"
          r"|sitzung|sesión|persistent|never|past)\b.{0,80}\bcookies?\b",
          r"^(necessary|essential|functional|performance|analytics?|analytical|advertisement|advertising|marketing"
          r"|targeting|statistics|notwendige|essenzielle|funktionale|analytische|statistik-|marketing-|werbe-"
          r"|leistungs-|performance-)\s?cookies (are|is|help|helfen|sind|werden|dienen|ermöglichen)\b",
          r"^(any cookies|jegliche cookies)\b.{0,120}\b(necessary|notwendig)"),
    _kind("advertisement",
          r"^[-–—=*•·\[(<\s]*(advertisement|advertising|advert|adverts|ad|ads|adv|pub|anzeige|werbung"
          r"|publicité|publicidad|publicidade|pubblicità|annuncio|advertentie|reclame|reklama|reklame|annons|anuncio"
          r"|anúncio|annonse|annonce|reklam|ogłoszenie|advertorial"
          r"|publicitat|publicitate|reclamă|mainos|διαφ[ηή]μιση|hirdetés|reklám|anunci|iklan|oglas|reklāma"
          r"|広告|广告|廣告|광고)"  # (ja, zh, ko)
          # numbered by its slot on the page (`Advertisement 2`, `Anzeige 3`, `Publicité 1`)
          r"(\s\d{1,2})?[-–—=*•·\])>\s]*$",
          # the marker as a noun and its adjective (`Anuncio publicitario`, `Espace publicitaire`, `Messaggio
          # promozionale`, `Paid advertisement`, `Bezahlte Anzeige`), alone on its line
          r"^[-–—=*•·\[(<\s]*((annonce|anuncio|annuncio|anúncio|message|mensaje|messaggio|mensagem|espace|espacio"
          r"|spazio|espaço|encart|inserto|inserção|bloc|bloque|blocco|módulo)\s(publicitaire|publicitari[oa]"
          r"|pubblicitari[oa]|publicitári[oa]|promozionale|promocional|promotionnel)|(paid|sponsored) advertisement"
          r"|werbeanzeige|bezahlte anzeige|werbeblock|werbefläche|betaalde advertentie)[-–—=*•·\])>\s]*$",
          # the marker with its note after a dash (`Publicité – la suite ci-dessous`, `Werbung – Artikel wird unten
          # fortgesetzt`, `Advertisement - scroll to continue`); not `Pub`/`Ad`, which head a story's own lines
          r"^[\[(]?(advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|publicidade|pubblicità"
          r"|advertentie|reclame|reklama|reklame|annons|anuncio|anúncio|annonse|reklam|ogłoszenie|publicitat"
          r"|publicitate|reclamă|mainos|διαφήμιση|hirdetés|reklám|anunci)[\])]?\s*[-–—:|·•]\s*[^.!?]{0,50}[.!]?$",
          # a video ad's countdown (`Ad will end in 5 seconds`, `Reclama se va încheia în 5 secunde`, `Werbung endet
          # in 5 Sekunden`, `La publicité se termine dans 5 secondes`)
          r"^(the )?(la |el |il |a )?(ad|advert|advertisement|anzeige|werbung|publicité|publicidad|pubblicità"
          r"|publicidade|reclama|reclamă|advertentie|reclame) (will end|ends|endet|se termine|termina|finisce"
          r"|terminará|vai terminar|se va încheia|eindigt) (in|dans|en|tra|fra|em|în|over) \d{1,2}"
          r" (seconds?|sekunden|secondes?|segundos?|secondi|secunde|seconden)\W{0,3}$",
          # the marker closing the ad's slot (`Mainos päättyy`, `Advertisement ends`, `Ende der Anzeige`, `Fin de la
          # publicité`, `Annons slutar`, `Reklamen slutter`)
          r"^(mainos päättyy|mainos loppuu|(the )?(advertisement|advert|ad) ends|end of (the )?(advertisement|advert)"
          r"|ende der (anzeige|werbung)|anzeige ende|werbung ende|fin de la (publicité|publicidad|pub)|fin del anuncio"
          r"|fine (della )?pubblicità|fim da publicidade|einde (van de )?advertentie|annons(en)? slutar|annonsen slutt"
          r"|reklamen slutter|annoncen slutter|koniec reklamy)\W{0,3}$",
          # the ad slot's own link: `Advertise with Tui Media`, `Werben bei …`, `Adverteren op …`
          r"^(advertise|advertising) (with|on|in|here)\b|^(werben|inserieren) (bei|mit|auf|in|hier)\b"
          r"|^(annoncez|annoncer|faites de la publicité) (avec|sur|dans|chez|ici)\b"
          r"|^(anuncie|anúnciese|anunciate|anunciar|anuncia't) (con|en|no|na|conosco|aquí|aqui|a|amb)\b"
          r"|^(fai pubblicità|pubblicità) (su|con|qui)\b|^adverteren (bij|op|in|hier)\b"
          r"|^(annonsera|annonser|annoncér) (hos|i|på|med|her|här)\b|^reklamuj się (w|na|u)\b"
          r"|^inzerujte (u|v|na)\b|^(fă-ți reclamă|fa-ti reclama|publicitate) (la|pe|în|in|aici)\b",
          # the ad slot's offer to read without it: `Ad-free with Southerly Premium`, `Werbefrei lesen mit X Plus`,
          # `Sans publicité avec X`, `Go ad-free`, `Remove ads`
          r"^((go|read|browse|enjoy) )?(ad-free|ad free|werbefrei( lesen)?|sans (pub|publicité)"
          r"|sin (publicidad|anuncios)|sem (publicidade|anúncios)|senza pubblicità|zonder (advertenties|reclame)"
          r"|reklamfritt|reklamefritt"
          r"|bez reklam)( (with|mit|avec|con|com|met|med|z) [^.!?]{2,40})?$|^(remove|hide) (all )?ads$",
          # a sponsor's marker run into its pitch on one line (`Sponsored: Compare today's best rates…`, `Paid
          # post | …`, `Contenu sponsorisé : …`): the marker's words, a colon or bar, then any text
          r"^[\[(]?(sponsored( content| post| story| links?)?|paid (content|post|partner)|promoted (content|post)"
          r"|partner content|advertorial|gesponsert|gesponserter inhalt|contenu sponsorisé|sponsorisé"
          r"|contenido patrocinado|patrocinado|conteúdo patrocinado|contenuto sponsorizzato|sponsorizzato"
          r"|gesponsord)[\])]?\s*(:|\s\|)\s*\S",
          # a broadcaster's sponsor slot, its label or its call alone on a line (`Sponsor Message`, `A word from our
          # sponsors`, `Message de nos partenaires`, `Become a Valley Radio sponsor`, `Werden Sie Sponsor`)
          r"^(sponsor message|messages? from (our|a|this) sponsors?|a word from (our|a) sponsors?"
          r"|mensajes? (del|de un|de nuestros?) patrocinador(es)?|messages? (de nos|d'un|du) (partenaires?|sponsors?)"
          r"|(eine )?(nachricht|botschaft) (unseres|eines|des|unserer) sponsors?\w*|messaggio (dello|di uno|del nostro)"
          r" sponsor|become an? [\w .'’-]{0,30}sponsor|devenez (partenaire|sponsor|mécène)|werden sie sponsor\w*"
          r"|hazte patrocinador|diventa sponsor)\W*$",
          # a sponsor's (underwriter's) label over its logo: alone on a line, it ends on its preposition
          # (`Support comes from`, `Presented by`, `Mit Unterstützung von`, `Avec le soutien de`, `Patrocinado por`)
          r"^(support (for [\w' ]{1,30} )?(comes|is provided) (from|by)|sponsored by|presented by|brought to you by"
          r"|powered by|underwritten by|in partnership with|in association with|supported by|funded by"
          r"|(mit )?(freundlicher )?unterstützung (von|durch)|unterstützt (von|durch)|präsentiert von|gesponsert von"
          r"|in zusammenarbeit mit|avec le soutien de|soutenu par|présenté par|sponsorisé par"
          r"|parrainé par|en partenariat avec|en association avec|con el apoyo de|patrocinado por|presentado por"
          r"|en colaboración con|en alianza con|con il sostegno di|sponsorizzato da|presentato da|offerto da"
          r"|in collaborazione con|com o apoio de|apresentado por|em parceria com|mogelijk gemaakt door"
          r"|gesponsord door|in samenwerking met)\s*:?$",
          # a gambling advertiser's compulsory notice
          r"^(18\+|bet responsibly|gamble responsibly|play responsibly|when the fun stops|begambleaware"
          r"|juega con responsabilidad|juego responsable"
          r"|jogue com responsabilidade|jogo responsável"
          r"|jouez responsablement|jeu responsable|gioca responsabilmente|gioco responsabile"
          r"|spiele verantwortungsbewusst|glücksspiel kann süchtig machen|speel bewust|spela ansvarsfullt"
          r"|spill ansvarlig|spil ansvarligt|graj odpowiedzialnie)\b",
          # the voseo and usted forms of the notice only alone on the line or with its +18 mark (`Jugá
          # responsablemente. +18`); `Juega responsablemente es el lema que …` is a story's sentence about it
          r"^(juega|jugá|juegue) responsablemente\s*[.!]?(\s*(\+18|18\+)[.!]?)?$"
          r"|^(juega|jugá|juegue) responsablemente\b[^\n]*(\+18\b|\b18\+)",
          # `Gambling can be addictive. 18+ only.`: gambling named as a risk, or an adults-only sentence of its own
          # (`18+ only.`, `18+.`, `Ab 18.`) after a short first sentence
          r"^(gambling|betting|sports betting|el juego|las apuestas|o jogo|as apostas|le jeu|les jeux d'argent"
          r"|les paris sportifs|il gioco|le scommesse|glücksspiel|sportwetten|gokken|spel om pengar|pengespill"
          r"|hasardspil|hazard|gry hazardowe|hazardní hry|jocurile de noroc|el joc|rahapelaaminen|τυχερά παιχνίδια"
          r"|kumar|szerencsejáték)\s+(can be|is|may be|puede ser|es|pode ser|é|peut être|est|può essere|è|kann"
          r"|macht|kan|może|může|poate|pot|voi|μπορεί|olabilir|okozhat)\b[^.!?]{0,40}"
          r"\b(addict\w*|adict\w*|vici\w*|dépendan\w*|addiction|dipenden\w*|süchtig|sucht|verslav\w*|beroende"
          r"|avhengig\w*|afhængig\w*|uzależ\w*|návyk\w*|závislost\w*|dependen\w*|addikt\w*|εθισ\w*|bağımlı\w*"
          r"|függő\w*)",
          r"^[^.!?]{2,100}[.!?]\s+(18|21)\+(\s+(only|uniquement|seulement|solo|sólo|apenas|nur))?[.!]?(\s|$)",
          # a wagering ad: a call to bet opening the line, its adults-only mark a sentence of its own further on
          # (`Bet on the final with X. … 18+ only.`, `Apuesta por la final con X. … +18`, the voseo `Apostá en vivo …
          # Jugá responsablemente. +18`, `Wetten Sie auf … . 18+`)
          # (no one speaking or reporting on the line: `Apostá en vivo …, decían los carteles, con un +18 …` is a
          # story's)
          r"^(?![^\n]*\b(" + _AD_SPOKEN + r")\b)(bet|wager|place (a|your) bets?|apuesta|apuesta ya|apostá|apostá ya"
          r"|aposte|aposta|pariez|wetten sie"
          r"|jetzt wetten|wette|scommetti|wed|gok|spela|spill|tipp\w*) (on|with|now|at|en|por|con|ya|na|no|em|com"
          r"|sur|avec|auf|mit|bei|su|op|bij|met|på|hos)\b[^\n]{0,300}?[.!?]\s+((18|21)\+|\+(18|21)\b)",
          r"^(skip|hide|close) (this )?(advertisement|ad)\b", r"^(story|article) continues (below|after)\b",
          # the slot's own controls: feedback on the ad, why it shows, reporting or hiding it (`Ad Feedback`,
          # `AdChoices`, `Why this ad?`, `Anzeige melden`, `Signaler cette publicité`, `Denunciar anuncio`)
          r"^(" + _AD_NOUN + r")\s?(feedback|choices|info|settings|options|preferences|melden|ausblenden"
          r"|feedback geben|signaler|masquer)\W{0,2}$"
          r"|^(report|hide|remove|why|about|close|rate|feedback on|give feedback on) (this |these |the )?(ads?|advert"
          r"|advertisement)\W{0,2}$|^(signaler|masquer) (cette|la|une) (publicité|pub|annonce)\W{0,2}$"
          r"|^(denunciar|ocultar|reportar|segnala|nascondi) (este |el |l'|o |questo )?"
          r"(anuncio|annuncio|anúncio|publicidad|pubblicità|publicidade)\W{0,2}$"
          r"|^(diese |die )?(anzeige|werbung) (melden|ausblenden|schließen)\W{0,2}$",
          # the ad slot named as a space (`Espace publicitaire`, `Werbeeinblendung`, `Advertising feature`)
          r"^(espace|encart|bloc|zone) publicitaire$|^(espacio|bloque) publicitario$|^spazio pubblicitario$"
          r"|^espaço publicitário$|^werbe(einblendung|block|fläche|anzeige|banner)$|^(advertising|ad) (space|slot"
          r"|feature|break)$|^reclameblok$|^reklamplats$",
          # the marker with the word saying it is paid for (`Bezahlte Anzeige`, `Annonce publicitaire`, `Paid
          # advertisement`, `Anuncio patrocinado`)
          r"^(paid|sponsored|bezahlte|gesponserte|entgeltliche) (advertisement|advert|ad|anzeige|werbung|einschaltung)$"
          r"|^(annonce|publicité|anuncio|publicidad|annuncio|pubblicità|anúncio|publicidade|advertentie)"
          r" (publicitaire|payante|sponsorisée|pagad[oa]|patrocinad[oa]|a pagamento|sponsorizzat[oa]|betaald)$",
          # the slot's note that the story goes on (`story continues`, `Text wird fortgesetzt`, `la suite après
          # l'annonce`), alone or after any marker word and a separator (`Promotion – article continues below`)
          r"^([^.!?:|]{1,30}\s*[-–—:|·•]\s*)?(the |el |la |o |l'|der |het )?(sponsored )?(story|article|text|report"
          r"|artikel|beitrag|texte|artículo|nota|articolo|artigo|texto|bericht|content|contenu|inhalt|contenido"
          r"|contenuto|conteúdo)"
          r" (continues|continue|goes on|wird fortgesetzt|geht weiter|continúa|continua|prosegue|segue|gaat verder"
          r"|fortsätter|fortsetter|fortsætter)( (below|after( (the|this))?( (ad|advert\w*))?|unten|ci-dessous|abajo"
          r"|sotto|abaixo|hieronder|nedan|nedenfor|nach der (anzeige|werbung)))?\W{0,3}$",
          # (or without its subject, under the slot: `Continues below`, `Continúa abajo`, `請繼續往下閱讀`)
          r"^(continues|continued|continúa|continua|prosegue|segue|continue) (below|unten|ci-dessous|abajo|sotto|abaixo"
          r"|hieronder|nedan|nedenfor)\W{0,3}$|^[請请]?[繼继]續?续?往下[閱阅][讀读][.。…]*$",
          # (Turkish sites mark the slot with the story's continuation: `Haberin Devamı`, `Yazının devamı`)
          r"^(haberin|yazının|makalenin) devamı\W{0,3}$",
          r"^([^.!?:|]{1,30}\s*[-–—:|·•]\s*)?la suite (après|ci-dessous|plus bas|en dessous)( (l'annonce|la publicité"
          r"|cette publicité|la pub))?\W{0,3}$",
          # the note in any order, told by its three words together on a short line with no sentence stop
          r"^(?=[^.!?]{0,80}$)(?=.*(?<!\w)(" + _STORY + r"|report|content|bericht|text|texte|inhalt|contenu|contenido"
          r"|contenuto|conteúdo|texto|testo)(?!\w))(?=.*\b(" + _GOES_ON + r")\b)"
          r"(?=.*\b(" + _AD_NOUN + r")\b)",
          # ... or written as one sentence saying where the story goes on (`This advertisement has not loaded yet,
          # but your article continues below.`, `Die Werbung lädt noch, der Artikel geht unten weiter.`)
          r"^(?=[^.!?]{0,100}[.!]$)(?=.*(?<!\w)(" + _STORY + r"|text|texte|artikel|texto|testo)(?!\w))"
          r"(?=.*\b(" + _GOES_ON + r")\b)(?=.*\b(" + _AD_NOUN + r")\b)"
          r"(?=.*\b(below|unten|ci-dessous|plus bas|abajo|sotto|abaixo|hieronder|nedan|nedenfor)\b)",
          # ... or opening with the verb, the story implied (`Continua após a publicidade`, `Continues after the
          # ad`, `Sigue después del anuncio`, `Geht weiter nach der Werbung`, `Gaat verder na de advertentie`)
          r"^(?=[^.!?]{0,60}$)((es )?geht\s+)?(" + _GOES_ON + r")\s+(below\s+|abaixo\s+|abajo\s+)?"
          r"(after|após|depois d[aoe]|después de[l]?|tras|nach|après|dopo|na|efter|etter)\s+([\w']+\s+)?"
          r"(" + _AD_NOUN + r")\W{0,3}$",
          # ... or asking the reader to read on after it (`Continua a leggere dopo la pubblicità`, `Sigue leyendo
          # después del anuncio`, `Continue lendo após a publicidade`, `Lesen Sie weiter nach der Anzeige`, `Lees
          # verder na de advertentie`): the reading phrase, then after and the slot, nothing else on the line
          r"^(continue reading|keep reading|read on|continua a leggere|continua la lettura"
          r"|prosegui (a leggere|la lettura)|sigue leyendo|continúa leyendo|seguí leyendo|siga lendo|continue lendo"
          r"|continue a ler|continua a ler|poursuivez (votre |la )?lecture|continuez (votre |la )?lecture"
          r"|lesen sie weiter|weiterlesen|lees verder|läs vidare|les videre|læs videre)\s+(below\s+|abaixo\s+"
          r"|abajo\s+|sotto\s+|unten\s+)?(after|após|depois d[aoe]|después de[l]?|tras|nach|après|dopo|na|efter"
          # (or under it: `Sigue leyendo debajo del anuncio`, `Continue reading below the ad`, `Lees verder onder de
          # advertentie`, `Continua a leggere sotto la pubblicità`, `Lesen Sie weiter unter der Anzeige`)
          r"|etter|below|under|debajo de[l]?|abajo de[l]?|sous|sotto|unter|unterhalb|abaixo d[aoe]|onder)"
          r"\s+([\w']+\s+)?(" + _AD_NOUN + r")\W{0,3}$",
          r"^continue reading (below|after)\W{0,3}$", r"^scroll (down )?to continue",
          # the story going on under a video or an ad, in the languages the tables above lack (`Dalsza część
          # artykułu pod materiałem wideo`, `Článek pokračuje pod videem`) and in a few they hold (`Story continues
          # below the video`, `La suite de l'article après la vidéo`, `Der Artikel geht unter dem Video weiter`)
          r"^(story continues|article continues|continue reading|the article continues|dalsza część artykułu"
          r"|dalszy ciąg artykułu|artykuł czytaj dalej|czytaj dalej|článek pokračuje|pokračování článku"
          r"|la suite de l['’]article|l['’]article continue|el artículo continúa|l['’]articolo continua"
          r"|o artigo continua|het artikel gaat verder|artikeln fortsätter|der artikel geht)\s+(below|after|under"
          r"|pod|poniżej|po|après|sous|tras|debajo de[l]?|dopo|sotto|após|abaixo d[oa]|onder|na|efter|nedanför|nach"
          r"|unter)\s+(the |le |la |el |il |o |a |de |het |dem |der |materiałem )?(video|vidéo|vídeo|wideo|videem"
          r"|videu|filmem|ad|advertisement|reklamą|reklamou|inzerátem|publicité|publicidad|pubblicità|publicidade"
          r"|advertentie|annonsen|anzeige|werbung)( weiter)?\W{0,3}$",
          r"^(weiterlesen|lesen sie weiter) nach der (anzeige|werbung)", r"^la suite après (cette |la )?publicité",
          r"^(sigue|continúa) (leyendo )?(después|tras) (de )?la publicidad", r"^(l'articolo|continua) (continua )?"
          r"(sotto|dopo la pubblicità)",
          # the club's or the page's own sales call: tickets in the imperative (`Jetzt Tickets sichern: …`, `Get your
          # tickets now`, `Compra tus entradas`, `Réservez vos billets`), or its lottery run in after its label with
          # the draw's words (`Club Lotto: This week's jackpot is …`); a story says `Tickets went on sale …`
          # (not a call someone made in the story: `Get your tickets early, the chairman urged fans …`)
          r"^(?!" + _TOLD + r")(?:((jetzt|now) )?(tickets|karten|eintrittskarten) (jetzt )?(sichern|kaufen|bestellen)\b"
          r"|^(get|buy|book|grab|secure) (your )?(tickets|seats)\b|^(sichern|holen) sie sich (jetzt )?(ihre )?(tickets"
          r"|karten)\b|^(compra|consigue|reserva|compre|reserve) (ya )?(tus|sus|seu|seus|o seu|os seus) (entradas"
          r"|boletos|ingressos|bilhetes)\b|^(achetez|réservez|prenez) (dès maintenant |vite )?(vos|votre) (billets?"
          r"|places?)\b|^(acquista|prenota) (ora )?(i tuoi |il tuo )?(biglietti|biglietto)\b|^(koop|bestel|reserveer)"
          r" (nu )?(je |uw )?(kaarten|kaartjes|tickets)\b)",
          # a service's sales call closing its offer (live, free, ad-free) after a spaced dash, a few words and an
          # exclamation (`Alle Spiele live – jetzt bei Kickstream testen!`, `Every match live — try it free today!`)
          r"\b(live|free|gratis|kostenlos|werbefrei|ad-free|en direct|en vivo|en directo|in diretta|ao vivo)\b"
          r"[^.!?]{0,80}\s[–—]\s(\S+\s){0,4}(testen|ausprobieren|abonnieren|try|subscribe|essayez|abonnez-vous"
          r"|pruébalo|suscríbete|suscribite|prova|provalo|abbonati|experimente|assine|probeer)\b(\s\S+){0,3}\s?!$",
          # (a label, no article: `The club's lotto: this week's jackpot went unclaimed …` is the story's sentence)
          r"^(?!(the|la|le|les|el|los|las|der|die|das|il|lo|o|a|de|het) |" + _TOLD + r")([\w'’-]+ ){0,2}"
          r"\w*(lotto|lottery|raffle|tombola|lotería|rifa|loterie|lotterie|lotteria|loteria|loterij)"
          r"\s*:\s[^.!?]{0,80}\b(jackpot|draw|numbers|bote|sorteo|cagnotte|tirage|ziehung|estrazione|sorteio"
          r"|trekking|pot)\b",
          # a sponsor thanked in a sentence of the page's own (`Our youth section is proudly sponsored by X`,
          # `Präsentiert von unserem Premiumpartner X`, `Avec le soutien de notre partenaire X`): pride or `our`
          # partner; a story's `The race is sponsored by X, which …` shows neither
          r"\b(proudly|kindly|generously|stolz|fièrement|orgullosamente|orgogliosamente|trots) (sponsored"
          r"|supported|presented|backed|gesponsert|unterstützt|präsentiert|soutenue?s?|sponsorisée?s?"
          r"|patrocinad[oa]s?|sponsorizzat[oaie]|gesponsord|gesteund)\b"
          # (the sponsor's name closing the line: `The festival, proudly sponsored by the brewery for thirty years,
          # lost its backing` or a quotation, `"… proudly sponsored by X, and we are grateful," he said`, go on)
          r"(?=\s+(by|von|par|por|da|door|de|dal|dalla)\s+[^,;:!?“”\"„«»]{1,60}$)",
          r"\b(präsentiert|unterstützt|gesponsert|presented|sponsored|supported|présentée?s?|soutenue?s?|sponsorisée?s?"
          r"|patrocinad[oa]s?|presentad[oa]s?|sponsorizzat[oaie]|gesponsord|avec le soutien|con el (apoyo|patrocinio))"
          r" (von|by|par|por|da|door|de) (unserem|unserer|unseren|our|notre|nos|nuestro|nuestra|nuestros|il nostro"
          r"|la nostra|onze) ([\w-]+ )?(premium|haupt|main|official|offiziellen )?(partner|sponsor|partenaire"
          r"|patrocinador|socio)(?=[^,;:!?“”\"„«»]{0,60}$)"),
    _kind("sponsored",
          r"^[-–—=*•·\[(<\s]*(sponsored|sponsored (content|stories|links|message|post)|paid (content|post|message)"
          r"|mensaje patrocinado|gesponserte (nachricht|botschaft)|message sponsorisé|messaggio sponsorizzato"
          r"|mensagem patrocinada|gesponsord bericht|promoted( stories"
          r"| content)?|gesponsert|contenu sponsorisé|contenido patrocinado|conteúdo patrocinado"
          r"|contenuto sponsorizzato|gesponsord|sponsrat|sponsrad|sponset|sponsoreret|sponsorowane"
          r"|artykuł sponsorowany|contenu partenaire|partnerinhalt|publirreportaje"
          # a partner's offer or a paid partnership (the wording social platforms print over a paid post, in
          # en/de/fr/es/it/pt/nl/sv/no/da/pl): the label over the partner's pitch, pasted tight under it
          r"|paid partnership|(sponsored |commercial )?partner (offer|offers|promotion|deal|deals|content)"
          r"|partnerangebote?|angebot (unseres|unserer|eines) (partners|partner)|bezahlte partnerschaft"
          r"|werbepartner|offres? (partenaires?|de nos partenaires|partenariat)|partenariat (rémunéré|payant)"
          r"|ofertas? (de (nuestros )?(socios|colaboradores)|del? patrocinador)|colaboración (pagada|remunerada)"
          r"|offert[ae] (partner|dei (nostri )?partner)|partnership (retribuita|a pagamento)"
          r"|ofertas? (de|dos) parceiros?|parceria (paga|remunerada)|partneraanbod|betaald partnerschap"
          r"|betalt (partnerskap|partnerskab|samarbeid|samarbete)|partnererbjudande|płatna współpraca"
          r"|oferta partnera)[-–—=*•·\])>\s]*$",
          # a sponsor's box headed by its name (`A message from Acme Bank`, `Un message de nos partenaires`,
          # `Eine Botschaft von …`): a label of a few words, no sentence, over the sponsor's headline and pitch
          r"^(a message from|a word from|a note from|un message de|un mot de|un mensaje de|una palabra de"
          r"|eine (nachricht|botschaft|mitteilung) (von|unseres|unserer)|ein wort von|un messaggio (da|di)"
          r"|uma mensagem (de|da|do)|een (bericht|boodschap) van|ett meddelande från|en melding fra"
          r"|en besked fra)\s+(?:[^\W\d_][\w'’&.-]*\s*){1,5}$",
          opens="promotion"),
    _kind("audio player",
          # the player's pointer to the site's app for more (`Listen to more stories on the Meridian app.`)
          r"^listen to more (stories|articles|audio|podcasts)\b[^.!?]{0,40}\bapp\.?$",
          # a player's text for screen readers: the medium, the clip's title, its length (`Video, Passengers board the
          # first bus, Duration 1:48`, `Audio, The ferry at dawn, Duration 0:52`, `Vídeo, …, Duración 1:48`)
          r"^(video|vídeo|vidéo|audio|áudio)\s*,\s+[^.!?]{3,200},\s+(duration|duración|duração|durée|dauer|durata"
          r"|duur)\s+\d{1,2}:\d{2}$",
          # a clip's availability on demand, a date to which it stays online, not the story's date (`Verfügbar bis
          # 29.11.2027`, `Available until 12 March`, `Disponible jusqu'au 30/11`, `Disponible hasta el 4 de mayo`)
          r"^(available (until|till|to)|verfügbar bis|abrufbar bis|online bis|disponible (hasta|jusqu['’]\s?(au|à))"
          r"|disponibile fino (al|a)|disponível até|beschikbaar (tot|t/m)|tillgänglig (till|t\.o\.m\.)"
          r"|tilgjengelig til|tilgængelig til)\s+(?=[^!?]{0,30}\d)[^!?]{1,40}$",
          # a clip's length, then the programme it is from and its date (`3 min, aus Morgenjournal vom 30.11.2026`,
          # `4 min, from Morning Edition, 30 Nov`, `2 min · extrait de La Matinale du 30/11`): a player's line
          r"^" + _DURATION + r"\s*[,·•|–—-]\s*(aus|from|de|del|de la|du|extrait de|tiré de|extracto de|da|dal|dalla"
          r"|uit|van|från|fra)\b[^.!?]{2,80}\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?$",
          r"^(listen|listen now|écouter|escuchar|escucha|anhören|hören|ascolta|ouvir|luister)\b.{0,60}"
          r"\b\d+\s*(" + _MIN + r"|sec|s|seconds?)\b",
          # `Lyssna på artikeln ▶ 3 min`, `Beluister dit artikel – 4:05`, `Play article audio ▶ 03:45`: a listen
          # verb (en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca), the article, and a duration or nothing after
          r"^(" + _LISTEN + r")( to| på| til| naar)?( this| the| esta| este| dit| deze| cet| den| diesen| l'| questo"
          r"| o| a| la| el| aquesta| tento| ten)? ?(" + _STORY + r")\b[^\w]{0,6}(\d+\s*(" + _MIN + r"|s|sec)\b.{0,8}"
          r"|\d{1,2}:\d{2}(:\d{2})?)?\W{0,3}$",
          r"^play (the )?(article|story)( audio)?\b",
          # a player's button and the clip's running time (`Abspielen. Laufzeit 2 Minuten 48 Sekunden.`, `Play.
          # Duration 1 minute 52 seconds`, `Lire. Durée 3 minutes`)
          r"^(abspielen|wiedergeben|play|lire|écouter|reproducir|riproduci|reproduzir|afspelen|afspil|spela)\.\s+"
          r"(laufzeit|dauer|länge|duration|length|running time|durée|duración|durata|duração|duur|speelduur"
          r"|spilletid|längd)\b[^!?]{0,12}\d[^!?]{0,50}$",
          r"^(listen to|écouter|escuchar|anhören|ascolta|ouvir)"
          r"( this| the| cet| el| la| este| esta| den| diesen| l'| questo| o| a)?"
          r" ?(article|story|artículo|noticia|artikel|beitrag|articolo|artigo|notícia)\b(?! (of|about|de|des|del|di|do"
          r"|da|über|von|sur)\b)",
          # (this audio, the audio of this article: a story's `The audio was generated by AI, police said` stays)
          r"^(this (audio|article audio)|the audio (version )?of this (article|story)) (is|was) (ai-)?(generated"
          r"|automatically)",
          r"^(press play|play|pause|mute|unmute|replay)( to listen)?$", r"^audio ?(player|version)$",
          # a play button alone in the other languages (`Abspielen`, `Wiedergeben`, `Reproducir`, `Riproduci`,
          # `Reproduzir`, `Afspelen`, `Spela upp`)
          r"^(abspielen|wiedergeben|reproducir|reproduzir|riproduci|afspelen|spela upp|spill av|afspil|odtwórz)$",
          # the player's fallback alone on its line, the browser not named (`This video can not be played`,
          # `Este vídeo no se puede reproducir`, `Cette vidéo ne peut pas être lue`, `Dieses Video kann nicht
          # abgespielt werden`, `Questo video non può essere riprodotto`, `Este vídeo não pode ser reproduzido`, `Deze
          # video kan niet worden afgespeeld`): a story's `The video could not be played in court, …` goes on
          r"^(this |the |este |el |esta |cette |ce |la |le |dieses |das |questo |il |o |deze |de |het )?(video"
          r"|vídeo|vidéo|audio|áudio|clip|media|contenu|contenido|inhalt|contenuto|conteúdo) ((can ?not|can't"
          r"|could not|couldn't) be (played|loaded|displayed)|no se (puede|pudo) (reproducir|cargar)|ne (peut|pouvait)"
          r" pas être (lue?|chargée?)|kann nicht (abgespielt|geladen|angezeigt) werden|non (può|puo) essere"
          r" (riprodott[oa]|caricat[oa])|não (pode|pôde) ser (reproduzid[oa]|carregad[oa])|kan niet (worden )?"
          r"(afgespeeld|geladen)( worden)?)\W{0,3}$",
          # a player's play button, alone (`Play video`, `Reproducir vídeo`, `Lire la vidéo`, `Video abspielen`,
          # `Riproduci il video`, `Video afspelen`, `Spela upp video`, `Odtwórz wideo`)
          r"^(play|reproducir|reproduzir|lire|riproduci|afspelen|spela upp|spill av|afspil|odtwórz|přehrát|redă"
          r"|reprodueix)( the| el| la| le| il| o| a)? (video|vídeo|vidéo|audio|áudio|clip|wideo)"
          r"(\W{0,3}" + _DURATION + r")?\W{0,2}$",  # (with the clip's length after it: `Play video 0:58`)
          r"^(video|vídeo|audio|wideo) (abspielen|starten|afspelen|afspillen|spela upp)(\W{0,3}" + _DURATION
          + r")?\W{0,2}$",
          # (a clip's length in brackets after its title, perhaps after its day, `Audio: …, 07.07.2027 (2:05)`; a time
          # in brackets after a date written year first is a Korean date line's, `입력 2026.11.24 (19:31)`)
          r"^\d{1,2}:\d{2}(:\d{2})?( min)?$", r"^(?!.*\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\s*\(\d{1,2}:\d{2}\)$)"
          r".{0,160}\(\d{1,2}:\d{2}(:\d{2})?\)$",
          # a clip's title with its kind and length in brackets (`Video: Evening news – Court ruling (Beitrag, 2:05
          # Min.)`, `Les images du chantier (vidéo, 1:12)`, `El rescate (video, 3:40 min)`)
          r"^.{0,160}\((video|vídeo|vidéo|audio|beitrag|clip|reportage|reportaje|servizio|podcast)\w*,\s*"
          r"\d{1,2}:\d{2}(:\d{2})?\s*(" + _MIN + r")?\)$",
          # a player's position over its length, its play or pause glyph before it (`▶ 0:00 / 2:14`, `⏸ 01:10 / 04:31`)
          r"^([▶►▷⏵⏸❚]+\s*)?\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$",
          r"^(audio|video|vídeo|vidéo|podcast|listen|escuchar|écouter|anhören)\s*:\s*\d{1,2}:\d{2}(:\d{2})?$",
          # `Audio: Radiobeitrag aus der Sendung am Morgen, 1:05 Min.`: a labelled clip whose line ends in its length
          # a show's length under its title (`Episode, 24 minutes`, `Folge 12 · 38 Min.`, `Épisode – 41 min`)
          r"^(" + _SHOWS + r")\b[^.!?]{0,40}?\b" + _DURATION + r"\W{0,3}$",
          # a media box's kind and length under the clip's title (`Video, 3 Min.`, `Vídeo · 2:41`, `Audio (4 min)`);
          # without a mark between (`VIDEO 04:12`) it is the box's label over the title (a widget)
          r"^(video|vídeo|vidéo|audio|áudio|clip|wideo|beitrag)\s*([,·•|–—:-]\s*" + _DURATION + r"|\(" + _DURATION
          + r"\))\W{0,2}$",
          # (a clip's noun of its own, `Audiobeitrag:`, `Extrait audio :`, and a date or two in the line: `Audio:
          # «…», Regionalmagazin, 28.11.2026, 17:30 Uhr, 2:48 Min.`, a full stop only inside a figure)
          r"^(audio|audio-version|audioversion|version audio|versión en audio|versão em áudio|podcast|audiobeitrag"
          r"|hörbeitrag|videobeitrag|audio clip|audioclip|clip audio|extrait audio|extrait sonore|corte de audio"
          r"|trecho de áudio|geluidsfragment)\s*:(?:[^.!?]|\.(?=\d)){0,160}?\b\d{1,2}:\d{2}(:\d{2})?\s*("
          + _MIN + r")?$",
          r"^ouvir (a |o )?(reportagem|matéria|notícia|texto)$",
          r"^(artikel|beitrag|article|artículo|noticia) (anhören|vorlesen|vorlesen lassen|écouter|escuchar)$",
          r"^(vorlesen|artikel vorlesen|text vorlesen|escuchar noticia|écouter l'article|ascolta l'articolo)\b",
          r"\byour browser does not support the audio\b",
          # a player's hint to the reader about the browser (`Please use Chrome browser for a more accessible video
          # player`, `Veuillez utiliser un autre navigateur pour lire la vidéo`): an imperative, a browser, a player
          r"^(please |veuillez |bitte |por favor,? |per favore )?(use|switch to|try|open|utilisez|utiliser|nutzen sie"
          r"|verwenden sie|benutzen sie|utilice|utiliza|usa|use|utilizzare|utilizza)( [\w-]+){0,2} (browser"
          r"|navigateur|navegador|navigatore)\b[^.!?]{0,60}\b(video|audio|player|vidéo|lecteur|vídeo|reproductor"
          r"|lettore)",
          r"^(use|press) (the )?(arrow keys|space ?bar|space|enter|tab)\b.{0,80}\b(play|pause|volume|skip|seek"
          r"|forward|rewind|audio|player)\b",
          # the same hint with the key named last or in other languages (`Zum Anhören des Beitrags Taste Enter
          # drücken`, `Audio starten, abspielen mit Leertaste`, `Pour écouter, appuyez sur Entrée`): a listen or play
          # word and a key, no sentence of a story
          r"^(?=[^.!?]{0,80}\b(anhören|hören|abspielen|audio|écouter|lancer|escuchar|reproducir|ascoltare|listen|play)"
          r"\b)[^.!?]{0,60}\b((mit (der )?|taste )(leertaste|eingabetaste|enter-taste|enter|eingabe)( drücken)?"
          r"|(appuyez|appuyer) sur (la touche )?(entrée|espace)|puls[ae] (la tecla )?(intro|enter|espacio)"
          r"|premi (il tasto )?(invio|spazio))\b[^.!?]{0,20}$",
          r"^(audio player|audioplayer|lecteur audio|reproductor de audio)\b.{0,80}$",
          r"^(\d+\s*" + _MIN + r"\s*)?(listen|escuchar|écoute|hören)$",
          # a clip's length first, then the programme it comes from (`3:12 min, aus Morgenjournal vom 2.3.2026.`,
          # `4:05, from Drive Time on 3 May`, `2 min, extrait de La Matinale`): no sentence opens with a length
          r"^" + _DURATION + r"\s*[,·•|–-]\s*(aus|from|de|du|des|del|dal|dalla|di|da|do|uit|van|från|fra|extrait de"
          r"|extracto de|trecho de)\s+[^\s]",
          # `Hörfassung dieses Artikels – Dauer: 2 Min. 38 Sek.`, `Audio version – 3 min 12 s`: an audio version's
          # noun (en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca/fi/el/tr/hu) or a listen verb, then a length at the end
          r"^(" + _AUDIO_NOUN + r"|" + _LISTEN + r"\w*)\b.{0,80}?\d+\s*" + _MIN
          + r"\s*(\d+\s*(s|sek|sec|seg|sn|mp|secondes?|sekunden?|seconds?|segundos?|secondi)\.?)?\s*\)?$",
          # the play button as a screen reader hears it, with the clip's length in words (`Abspielen. Dauer 3 Minuten
          # 12 Sekunden.`, `Play. Duration 2 minutes 5 seconds.`, `Lire. Durée 3 minutes.`, `Reproducir. Duración 1
          # minuto.`): a play verb alone, then the length's label and the length, nothing else
          r"^(play|abspielen|wiedergeben|lire|écouter|reproducir|riproduci|reproduzir|afspelen)\s?[.,:]\s*(duration"
          r"|length|dauer|länge|durée|duración|durata|duração|duur)\s?:?\s*\d+\s*" + _MIN + r"(\s*(and |und |et |y |e "
          r"|en )?\d{1,2}\s*(seconds?|sekunden|secondes?|segundos?|secondi|seconden|s|sek|sec)\.?)?\s*\.?$",
          # a player's length after its play glyph, whatever the label's words (`Tap to listen ◉ 6 min 48 s`,
          # `Lire le texte à voix haute ⏵ 4'31`, `Vorlesefunktion ▷ 03:02`): a sentence holds no play glyph
          r"^[^.!?]{0,40}[▷▶⏵◉►▸▹⏯]\s*\(?" + _DURATION + r"\)?\W{0,3}$",
          # a listen or read-aloud word a few words in, then only a length (`Zum Anhören: 4:08 Min.`, `Écoutez
          # l'article : 2 min 55`, `Hear this story – 3:10`)
          r"^([\w'’]+\s+){0,3}(" + _LISTEN + r"|hear|écoutez|escuche|ascoltate|vorles\w*|read aloud|voix haute)\w*"
          r"\b[^.!?\d]{0,30}" + _DURATION + r"\W{0,3}$",
          # `Audio is available for this article. Press the play button…`: the player's own notice
          r"^(an )?(audio|audio version|audio recording) (is )?(available|now available) (for|of) (this|the) "
          r"(article|story)\b",
          # `Direct ▶ Radio Garonne Info 96.4`: a live stream's play button, the word `live` and a play arrow
          r"^(live|live radio|live tv|listen live|direct|en direct|le direct|en vivo|directo|ao vivo|em direto"
          r"|in diretta|diretta|na żywo|živě|în direct|en directe|suorana|ζωντανά|canlı|élő)\s*[▶►⏵]",
          # the station's call to listen to it live, alone on its line, perhaps behind a microphone (`🎙 Ouça a Rádio
          # X em direto`, `Listen to X Radio live`, `Escucha Radio X en directo`, `Hören Sie Radio X live`,
          # `Écoutez Radio X en direct`, `Ascolta Radio X in diretta`, `Luister live naar Radio X`): a listen verb,
          # the station's noun and the live word, no sentence's stop, comma or colon, seven words at most, and the
          # live word last (or right after the verb, the station after it). A headline or subheading goes on past
          # the live word (`Listen to Radio X's live coverage of the final`, `Hören Sie Radio X live im Stadion`).
          r"^[🎙📻🎧▶►🔴\s]*(?=\S+(\s+\S+){0,6}\s*$)(" + _LISTEN + r"|écoutez|escuche|ascoltate|hören sie|hör)\b"
          r"(?=[^.?,:]{0,60}\b(radio|rádio|\d*fm|station|emissora|emisora|sender|omroep)\b)"
          r"([^.?,:]{0,60}\b" + _LIVE_WORD + r"|\s+" + _LIVE_WORD + r"\s+(to|naar|a|à|en|in|auf|su|na|no|op)\b"
          r"[^.?,:!]{0,40})\s*!?$",
          # a podcast's platform links: `Listen on Spotify`, `Ouvir no Spotify`, `Abonnieren bei Apple Podcasts`
          r"^(listen|subscribe|follow|ouvir|ouça|siga|escuchar|escucha|écouter|anhören|hören|ascolta|luister"
          r"|abonnieren|suscríbete|abonnez-vous) (on|in|no|na|en|sur|auf|bei|su|op|via) [\w ]{2,24}$",
          # a video player's state and caption buttons, alone on their lines (`Now Playing`, `Closed Captions`,
          # `Jetzt läuft`, `Untertitel`, `En cours de lecture`, `Sous-titres`, `Reproduciendo`, `Subtítulos`)
          r"^(now playing|playing now|up next|jetzt läuft|läuft gerade|als nächstes|en cours de lecture|à suivre"
          r"|reproduciendo( ahora)?|a continuación|in riproduzione|a seguire|a reproduzir|reproduzindo( agora)?"
          r"|a seguir|nu aan het afspelen|hierna)$",
          # a clip set into the page: a watch or video label, the clip's title (no sentence) and its length at the
          # end (`Watch: We tested five locks  6:12`, `VIDEO Watch: How the bridge would look 1:52`, `Vídeo: Así
          # quedará la plaza (1:05)`, `Regardez : le chantier 2:10`, `Video: Die Baustelle 0:58`)
          # (a play arrow may stand before it: `▶ Video: So kam es zum Unfall 0:58`)
          # (a listen label the same way, and the length's unit inside the brackets: `Video: Ein Tag auf dem Hof
          # (4:18 Min.)`, `Zum Anhören: Das sagt die Stadt (2:41 Min.)`, `Escucha: El alcalde explica el plan (1:30
          # min)`, `Listen: The mayor on the closure (2:05 mins)`)
          r"^([▶►▷⏵]\s*)?((video|vídeo|vidéo|clip)\s+)?(watch|video|vídeo|vidéo|clip|ver|mira|regardez|à voir"
          r"|schauen sie|ansehen|guarda|assista|veja|kijk|bekijk|zum anhören|zum nachhören|zum video|listen|escucha"
          r"|écoutez|ascolta|ouça|luister)\s*:\s[^.!?]{2,140}?\s\(?\d{1,2}:\d{2}(:\d{2})?(\s*" + _MIN + r")?\)?$",
          # a clip's length alone on its line, under its title (`2 Min`, `4 min.`, `12 minutes`)
          r"^\d{1,3}\s?" + _MIN + r"$",
          # the player's fallback when the copy could not play it (`The video cannot be played in your browser`,
          # `El vídeo no se puede reproducir en este navegador`, `La vidéo ne peut pas être lue dans votre
          # navigateur`, `Das Video kann in Ihrem Browser nicht abgespielt werden`): a media noun, a negation, a
          # playing verb, the browser or device named
          r"^(?=[^.!?]{0,120}\b(browser|navigateur|navegador|navigatore|device|appareil|dispositivo|gerät)\b)"
          r"(the |this |el |este |la |le |cette |das |dieses |der |il |questo |o |a |de |het |deze )?(video|vídeo"
          r"|vidéo|audio|áudio|clip|player|media)\b[^.!?]{0,40}\b(cannot|can't|could not|couldn't|is unable to"
          r"|no (se )?(puede|pudo)|ne (peut|pouvait) pas|kann( \w+){0,4} nicht|konnte( \w+){0,4} nicht"
          r"|non (può|puo|è possibile)|não (pode|foi possível)|kan( \w+){0,4} niet)\b",
          r"^(closed captions?|captions?|subtitles?|cc|untertitel|sous-titres|sous-titrage|subtítulos|sottotitoli"
          r"|legendas|ondertiteling|ondertitels)( (on|off|an|aus|activés|désactivés|activados|desactivados))?$",
          # the machine-voice note (SPOKEN above): its noun bare or `this` with a verb (`Audio is generated by …`,
          # `Cet audio est lu par …`), of this article (`Die Audiofassung dieses Artikels wurde …`), this article
          # read (`Dieser Artikel wird von einer Computerstimme vorgelesen`), or a bare label (`Audio generado por IA`);
          # at the line's start (`\A`), but tried as a floating pattern, only on lines with a machine word (a cost of
          # 10% of the table's time when tried on every line)
          r"\A((" + _THIS_VOICED + r") )?(" + _SPOKEN + r") (" + _AUX + r") " + _BY_MACHINE,
          r"\A((the|die|der|das|la|le|el|il|o|a|de|het) |l['’])?(" + _SPOKEN
          + r") ((of|for|von|de|di|del|della|do|da|van) )?((" + _THIS_VOICED + r"|the) ?)(" + _STORY + r")\w*,? (("
          + _AUX + r") )?" + _BY_MACHINE,
          r"\A(" + _THIS_VOICED + r") (" + _STORY + r") (" + _AUX + r") " + _BY_MACHINE,
          # the player's reading named as a feature of the page, made by speech software (`Diese Funktion wird durch
          # eine Sprachsoftware bereitgestellt.`, `This feature is provided by text-to-speech software.`): a speech
          # machine, not any software (`This feature is provided by software from …` is a story's)
          r"\A(diese funktion|this (feature|function)|cette fonction(nalité)?|esta (función|funcionalidad"
          r"|funcionalidade)|questa funzione|deze functie) (" + _AUX + r") [^.!?]{0,40}\b(sprachsoftware"
          r"|vorlesesoftware|sprachausgabe|text-to-speech|speech (software|synthesis)|synthetic voice|künstliche stimme"
          r"|voix de synthèse|synthèse vocale|voz sintética|voce sintetica|voz sintetizada|spraaksoftware)\b",
          # the participle alone, the machine before its voice (`Voiced by an AI narrator. Some names may be
          # mispronounced.`, `Gelesen von einer KI-Stimme`, `Read by an automated voice.`)
          r"\A(voiced|narrated|read|read aloud|spoken|gelesen|vorgelesen|gesprochen|eingesprochen|lue?|leíd[oa]"
          r"|lid[oa]|lett[oa]|voorgelezen|ingesproken) (by|von|par|por|da|door|with|mit|avec|con|com|met) (an? |the "
          r"|einer? |une? |una? |uma?"
          r" |een )?(" + _MACHINE + r")[^.!?,;]{0,25}?(voice|narrator|reader|stimme|voix|voz|voce|stem)\w*"
          # (the note ends there, or with its warning: `… Some names may be mispronounced.`; a story's sentence goes
          # on past a comma into its clause: `Narrated by an AI voice cloned from …, the film premiered …`)
          r"[^.!?,;]{0,20}[.!]?(\s+[^.!?,;]{0,40}\b(mispronounc\w*|errors?|mistakes?|fehler\w*|aussprache|erreurs?"
          r"|errores|errori|erros|fouten|inexact\w*|ungenau\w*)\b[^.!?,;]{0,40}[.!]"
          # (or with the call to hear more: `… Listen to more stories on the Lakeshore app.`)
          r"|\s+(listen to|hear|hören sie|écoutez|escucha|ascolta|ouça|luister naar) (more|mehr|plus de|más|altre"
          r"|mais|meer)\b[^.!?]{0,60}[.!])?$",
          r"\A(" + _SPOKEN + r"):? (" + _VOICING + r")\b[^.!?]{0,40}?\b(" + _MACHINE + r")[^.!?]{0,20}[.!]?"
          # (perhaps with its warning: `Audio created using AI technology. Some pronunciations may not be perfect.`)
          r"(\s+(?=[^.!?]{0,60}\b(may|might|can|could|not|nicht|kann|können|peut|peuvent|puede|pueden|può|possono"
          r"|pode|podem|kan|kunnen)\b)[^.!?,;]{0,40}\b(mispronounc\w*|pronunciations?|errors?|mistakes?|fehler\w*|aussprache|erreurs?"
          r"|prononciation|errores|pronunciaci[oó]n|errori|pronuncia|erros|fouten|uitspraak|inexact\w*|ungenau\w*)\b"
          r"[^.!?,;]{0,40}[.!]"
          # (or with its call to report a fault: `Audio generated by text-to-speech. Report an issue.`)
          r"|\s+(report an? (issue|error|problem|mistake)|send feedback|fehler melden|signaler une erreur"
          r"|reportar un error|segnala un errore)\b[^.!?]{0,40}[.!]?)?$",
          # the spoken version said to be made from the written text, perhaps with its warning (`Audio generated
          # from text. Mistakes may occur.`, `Audio generado a partir del texto. Puede contener errores.`, `Audio
          # aus dem Text erzeugt`): the whole line, so a story's `The audio was generated from text messages …` stays
          r"^(the |this |el |este |la |le |cet |das |dieses |il |questo |o |este |het |dit )?(" + _SPOKEN
          + r")(?=[^.!?]{0,40}\b(" + _VOICING + r")\b)( (" + _AUX + r"))?( (" + _VOICING + r"))? (from|a partir del?"
          r"|à partir du|aus dem|dal|a partir do|uit de|van de) (the |written |geschriebenen )?(text|texto|texte|testo"
          r"|tekst)( (escrito|écrit|scritto))?( (" + _VOICING + r"))?[.!]?"
          r"(\s+[^.!?]{0,60}\b(mistakes|errors|errores|erreurs|fehler|errori|erros|fouten)\b[^.!?]{0,40}[.!]?)?$"),
    _kind("widget",
          # (behind a play arrow, a photo link's label too: `▶ VIDEO | Title 02:17`, `FOTO | Le nozze in 24 scatti`)
          r"^(audio|áudio|video|vídeo|vidéo|podcast|watch|watch now|play video)"
          r"(\s+\d{1,2}:\d{2}(:\d{2})?)?$",
          r"^[▶►▷⏵]\s*(audio|áudio|video|vídeo|vidéo|podcast|watch|foto|fotos|photos?)$",
          r"^(foto|fotos|photos)$",
          # a watch word and the clip's noun, alone over the clip's title (`Watch the video`, `Guarda il video`,
          # `Mira el vídeo`, `Regardez la vidéo`, `Sehen Sie das Video`, `Veja o vídeo`, `Bekijk de video`)
          r"^(watch|see|guarda|mira|ver|regardez|voir|veja|assista|bekijk|kijk|sehen sie|schauen sie)( the| our| il| el"
          r"| la| le| o| a| das| de| het| l'| l’| sich das)? ?(video|vídeo|vidéo|clip|filmato)$",
          # a video or audio box's label naming how the clip was picked (`Recommended Video`, `Vídeo destacado`,
          # `Empfohlenes Video`, `Vidéos recommandées`), the picking word before or after the clip's noun
          r"^(" + _PICKED + r") (" + _CLIP + r")$", r"^(" + _CLIP + r") (" + _PICKED + r")$",
          # a show's box set into the story, its title and length below (`Listen to the podcast`, `Écoutez le
          # balado`, `Zum Podcast`, `Escucha el episodio`): a listen or watch word over the show's noun, alone
          r"^(" + _LISTEN + r"|listen to|watch|hear|écoutez|escuche|ascoltate|regardez|mira|guarda|schauen sie"
          r"|hören sie|zum|zur|to the|au|al)( to)?( the| our| le| la| notre| el| nuestro| den| unseren| die| il| o"
          r"| a| nosso| het| onze)? ?(" + _SHOWS + r")$",
          # a player's button alone (PLAYER_BUTTON)
          r"^" + _PLAYER_BUTTON + r"$",
          opens="widget"),
    # A countdown to the next match, launch or event: two or more figures each with its unit, nothing else on the
    # line but the countdown's own words (`Faltam 8 dias 04 horas 12 minutos`, `Noch 3 Tage 12 Stunden`, `Il reste
    # 2 jours 5 heures`, `Mancano 4 giorni 03 ore`, `2 days 04 hrs 12 mins to go`). It closes the event's box over
    # the story (sections.py reads no label above it).
    _kind("countdown",
          r"^(?:(?:" + _COUNTDOWN_LEAD + r")\s+)?\d{1,3}\s*" + _CLOCK_UNIT + r"(?:[\s,:]+(?:and |e |y |et |und |en )?"
          r"\d{1,3}\s*" + _CLOCK_UNIT + r"){1,3}(?:\s+(?:" + _COUNTDOWN_TAIL + r"))?$"),
    # What stands for a map, a chart or a video the copy did not carry: its noun alone (`Map`, `Karte`), its
    # description (`Map of the coast showing …`, `Carte montrant …`, no sentence), or a loading notice (`Karte wird
    # geladen …`, `Loading map…`, `Chargement de la carte`)
    _kind("placeholder",
          r"^(" + _GRAPHICS + r")$",
          r"^(" + _GRAPHICS + r") (of|showing|shows|der|des|mit|zeigt|de|du|montrant|que muestra|del|della|che mostra"
          r"|da|do|mostrando|van)\b[^.!?]{0,160}$",
          r"^(" + _GRAPHICS + r"|" + _MEDIA + r")? ?(" + _LOADING + r")\s*(…|\.\.\.)?$",
          r"^(" + _LOADING + r")( the| la| de la| du| de l'| el| la| o| a| della| del| der| die| das)? ?(" + _GRAPHICS
          + r"|" + _MEDIA + r")\s*(…|\.\.\.)?$",
          # what a removed embed leaves in its place, the whole line (`This content is no longer available.`,
          # `Dieser Inhalt ist nicht mehr verfügbar.`, `Ce contenu n'est plus disponible.`, `Este contenido ya no
          # está disponible.`, `Questo contenuto non è più disponibile.`, `Este conteúdo não está mais disponível.`,
          # `Deze inhoud is niet meer beschikbaar.`): the general noun only, as a story reports such a notice with
          # its speaker or its subject, and a reporter's own line that the video or the post is gone is the story's
          r"^(this|the) (content|embed|embedded content) (is|has been) (no longer |not |currently not"
          r" |currently un|un)available\.?$",
          r"^(dieser|der) inhalt ist (leider )?(nicht mehr|nicht länger|derzeit nicht|nicht) (verfügbar|abrufbar)\.?$",
          r"^ce contenu n['’]est (plus|pas|actuellement pas) disponible\.?$",
          r"^(este|el) contenido (ya no|no) está disponible\.?$",
          r"^(questo|il) contenuto non è (più |al momento )?disponibile\.?$",
          r"^(este|o) conteúdo (já )?não está (mais )?disponível\.?$",
          r"^(deze|de) (inhoud|content) is (niet meer|niet langer|niet) beschikbaar\.?$"),
    _kind("reading time",
          r"\b\d+\s*" + _MIN + r"\s*(read|de lectura|lesezeit|lesedauer|de lecture|di lettura|leestijd|de leitura)\b",
          r"^(reading time|estimated reading time|read time|lesezeit|lesedauer|tiempo de lectura|temps de lecture"
          r"|tempo di lettura|tempo de leitura|leestijd)\b"),
    _kind("gallery",
          r"^(image|photo|picture|foto|bild|bilde|billede|imagen|imagem|immagine|afbeelding|zdjęcie|fotografia"
          r"|obrázek|snímek|imagine|imatge|slide|gallery|galería|galerie|galleria|galeria)?\s*:?\s*\d+\s*"
          r"(of|/|de|von|sur|di|van|z|ze|av|af|fra|från|din|na|su)\s*\d+$",
          r"^(view|open|see|enlarge|expand|show) (this )?(image|gallery|photos?|slideshow|all photos)\b",
          r"^(open|view) (image|gallery) in (full ?screen|lightbox)", r"^(bildergalerie|fotogalerie|galería"
          r"|galerie|diaporama|fotostrecke)(\s+\d+\s*(fotos|bilder|photos|imágenes))?$",
          r"^(image|picture|video|photo) caption\s*,",
          # a gallery's heading in the other word orders (`Photo gallery`, `Galerie photos`, `Galería de fotos`)
          r"^(photo ?gallery|picture gallery|gallery|galerie (de )?photos|galería de (fotos|imágenes)|fotogaler[ií]a"
          r"|fotogallery|galleria (fotografica|di immagini|foto)|fotogalerij|galeria de (fotos|imagens))$",
          # a link to a gallery, its title after the heading or its count in brackets (`Photo gallery: Scouts take
          # the currach out (12 photos)`, `Bildergalerie: Das Fest in Bildern`, `The fire in pictures (8 photos)`)
          r"^(photo ?gallery|picture gallery|gallery|galerie photos?|galería( de fotos)?|fotogaler[ií]a"
          r"|galleria fotografica|bildergalerie|fotostrecke|fotogalerie|diaporama)\s*:\s*\S",
          r"\(\s*\d+\s*(photos|pictures|images|fotos|bilder|imágenes|immagini|imagens|foto's|billeder|zdjęć)"
          r"\s*\)$"),
    _kind("related",
          # the bare verb as a link's label alone on its part of a line split at its bar (`READ | Headline`)
          r"^read$",
          # the label may say whose links they are (`Nos articles liés`, `Our related stories`, `Unsere Artikel
          # zum Thema`, `Nuestros artículos relacionados`), after a bullet or an arrow (`▸相關新聞：…`), in brackets
          # (`【関連記事】`, `[Related]`, `(Lea también: …)`)
          r"^(?:[▸▹►▶•·]\s*)?(?:[【［\[(]\s*)?(?:(?:our|nos|nuestr[oa]s|unsere|i nostri|le nostre|os nossos"
          r"|as nossas|onze|våra|våre|vores)\s+)?"
          r"(read more|read also|also read|see also|related|related (articles?|stories|story|content|coverage|reading"
          r"|links|news)|more on this( story| topic)?|more about this|recommended( for you| stories| reading)?"
          r"|you (may|might) (also )?(like|be interested in|enjoy)|don'?t miss( these stories)?|read next|what to read"
          r" next|further reading|more stories|more (news|coverage) on|watch more|in other news"
          # a label that tells the reader not to miss the headlines below (`Don't miss these insights from X`)
          r"|(don'?t|do not) miss (these|our) [\w &'’-]{2,50}|no te pierdas (estas|estos|nuestr[oa]s) [\w &'’-]{2,50}"
          r"|ne manquez pas (ces|nos) [\w &'’-]{2,50}"
          r"|(?:te|le|les) puede interesar|puede interesarte|puedes ver|podés ver|contenido relacionado|contenu associé"
          r"|contenus associés"
          r"|verwandte (inhalte|artikel)|contenuti correlati|conteúdo relacionado"
          r"|te recomendamos|lee también|leer más|lea también"
          r"|noticias relacionadas"
          r"|relacionad[oa]s?|más información|también te puede interesar|mehr zum thema|mehr dazu|lesen sie auch"
          r"|auch interessant|das könnte (sie|dich) (auch )?interessieren|weitere artikel|weiterlesen|zum thema"
          # related articles named as such (`Articles liés`, `Artículos relacionados`, `Articoli correlati`)
          r"|articles? (liés|associés|connexes|en relation)|artículos relacionados|notas relacionadas"
          r"|articoli correlati"
          r"|notizie correlate|artigos relacionados|notícias relacionadas|matérias relacionadas"
          r"|gerelateerde artikelen|ähnliche artikel|weiterführende artikel|artikel zum thema"
          # ... one of them (`Related story`, `Artículo relacionado`, `Article lié`, `Verwandter Artikel`)
          r"|artículo relacionado|noticia relacionada|nota relacionada|article (lié|associé|connexe)"
          r"|verwandter artikel|articolo correlato|notizia correlata|artigo relacionado|notícia relacionada"
          r"|matéria relacionada|gerelateerd (artikel|nieuws|bericht)"
          # more to read, as a label (`Zum Weiterlesen`, `Pour aller plus loin`, `Para seguir leyendo`)
          r"|zum weiterlesen|zum nachlesen|(for )?further reading|pour aller plus loin|para seguir leyendo"
          r"|per saperne di più|para saber mais"
          r"|lire aussi|à lire aussi|a lire aussi|lire la suite|sur le même sujet|voir aussi|à voir aussi|à lire"
          # the same label as a request (`Lisez aussi`, `Lies auch`, `Lea además`) or a tip (`Lesetipp`)
          r"|lisez (aussi|également)|lire également|voir également|consultez (aussi|également)|[àa] découvrir( aussi)?"
          r"|lies auch|lest auch|auch lesenswert|lesetipps?|passend zum thema"
          r"|lea además|lee además|leer también|ti può interessare|per approfondire|approfondisci|leia ainda"
          r"|ook interessant|zie ook|lees hier ook|also on [\w &-]+|see more|read related|related reading"
          r"|leggi anche|leggi pure|potrebbe interessarti|ti potrebbe interessare|leia também|leia mais|saiba mais"
          r"|veja também|lees ook|lees meer|meer over|más noticias|otras noticias|weitere nachrichten"
          # a podcast or a report to hear too (`Luister ook`, `Écoutez aussi`, `Hören Sie auch`, `Listen also`)
          r"|luister ook|écoutez aussi|à écouter aussi|hören sie auch|auch hörenswert|escucha también"
          r"|ascolta anche|ouça também|listen also|also listen"
          # `Mehr aus dem Lungau`, `Ebenfalls interessant`, `Aussi intéressant`: more from a place, of interest too
          # (a few places listed: `Mehr aus Magdeburg, Halle und Dessau-Roßlau`, `More from Leeds, Hull and York`)
          r"|mehr (aus|von) (dem |der |den )?[\w-]+((, | und )[\w-]+){0,3}|more from [\w'’-]+((, | and )[\w'’-]+){1,3}"
          r"|(ebenfalls|auch|besonders) (interessant|lesenswert)"
          r"|(aussi|également) (intéressant|à lire)|también (interesante|de interés)|anche interessante"
          r"|também interessante|also (of interest|interesting)|of interest|ook interessant"
          r"|more in [\w &-]+|more on [\w &'’-]+"
          # more news of a place or a beat, named between (`More Pacific news`, `More business stories`), and a box of
          # what is read now set into the story (`Trending news`; `Trending now` alone after the story is a tail)
          r"|more [\w'’-]+( [\w'’-]+)? (news|stories|headlines)|trending (news|stories|articles)"
          # more on a topic, named (`Mehr zum Wetter`, `Mehr zur Wahl`, `Más sobre la sequía`, `Meer over klimaat`)
          r"|mehr (zum|zur|über) [\w &-]{2,40}|más sobre [\w &-]{2,40}|mais sobre [\w &-]{2,40}"
          r"|altro su [\w &-]{2,40}|plus sur [\w &-]{2,40}|meer over [\w &-]{2,40}"
          # more information on a topic, named (`Más información sobre la sequía`, `More information on the vote`)
          r"|(más información|mais informações|more information|plus d['’]informations?|mehr informationen"
          r"|maggiori informazioni|meer informatie) (sobre|on|about|sur|zu|zum|zur|über|su|sul|sulla|over)"
          r" [\w &'’-]{2,40}"
          # more information as a bare label over links (`Weitere Informationen`, `Plus d'informations`,
          # `Maggiori informazioni`, `Meer informatie`; `Más información` is above)
          r"|weitere informationen|mehr informationen|plus d['’]informations|maggiori informazioni|mais informações"
          r"|meer informatie|further information"
          # in Chinese, Japanese and Korean (`相关阅读`, `延伸閱讀`, `相關新聞`, `関連記事`, `관련기사`,
          # `あわせて読みたい`, `함께 보면 좋은 기사`, `같이 보면 좋은 뉴스`)
          r"|相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关新闻|相關新聞|相关报道|相關報導|推荐阅读|推薦閱讀|関連記事"
          r"|関連ニュース|관련\s?기사|관련\s?뉴스|あわせて読みたい|合わせて読みたい|こちらもおすすめ"
          r"|(?:함께|같이) 보면 좋은 (?:기사|뉴스)|추천 기사|你可能也喜歡|你可能也喜欢|猜你喜欢|猜你喜歡"
          # a reading request about the topic (`Lesen Sie mehr zum Thema`, `Read more on this topic`, `Lisez plus
          # sur le sujet`, `Lea más sobre el tema`, `Leggi di più sull'argomento`)
          r"|(lesen sie|lies|read|lisez|lee|lea|leia|leggi|lees) (mehr|more|plus|más|mais|di più|meer)"
          r" (zum thema|(on|about) (this|the) (topic|subject|story)|sur (ce|le) (sujet|thème)"
          r"|sobre (el|este) (tema|asunto)|sobre (o|este) (assunto|tema)|sull'argomento|over dit onderwerp)"
          r"|more news|more from [\w &'’-]+|(read|see|watch) more (on|from|at|in) [\w &'’-]+"
          # (`Read more about …`, `En savoir plus sur …`, `Lesen Sie mehr über …`: no label of this table, an
          # explainer's subheading over its paragraphs as often as a label over links: review s17 29, 30)
          # the newest or the popular of a place or the site, named (`Latest from Hawke's Bay`, `Popular on Site`,
          # `Lo último de Málaga`, `Dernières infos de Lyon`, `Neueste aus Hamburg`, `Ultime da Trento`, `Últimas do
          # Vale`, `Laatste uit Napier`, `Populair op Site`); the most read are a tail's label, below
          r"|(latest|popular) (from|on|in|at) [\w &'’-]{2,40}"
          r"|(lo último|populares|últimas) (de|del|desde|en) [\w &'’-]{2,40}"
          r"|(dernières( infos| actualités| nouvelles)?|populaires?) (de|du|des|à|sur) [\w &'’-]{2,40}"
          r"|(neueste[ns]?|beliebt|populär) (aus|auf|bei|in|im) [\w &'’-]{2,40}"
          r"|(ultime|ultimissime|popolari) (da|dal|dalla|su|sul|in) [\w &'’-]{2,40}"
          r"|(últimas|populares) (de|do|da|no|na|em) [\w &'’-]{2,40}"
          r"|(laatste|populair) (uit|van|op|in) [\w &'’-]{2,40}"
          r"|(lire|voir) plus sur [\w &'’-]+|lee más en [\w &-]+|leggi (altro|di più) su [\w &-]+"
          r"|mehr (lesen )?(auf|bei) [\w &-]+|plus d'actualités|à lire également|dans la même rubrique"
          r"|altre notizie|mais notícias|outras notícias|siehe auch|up next|next article|keep reading|read this next"
          r"|recommended reading|popular stories|latest stories|ver también|também pode interessar"
          r"|mirá también|leé también|seguí leyendo|seguir leyendo|lee más|leia mais|lees verder"
          r"|les også|les mer|se også|läs också|läs även|läs mer|se även|relaterat|relatert|relateret|læs også"
          r"|læs mere|czytaj (też|także|również|więcej)|zobacz (też|także|również)|powiązane"
          r"|du vil kanskje (også )?like|du kanske (också )?gillar|du vil måske (også )?synes om|może cię zainteresować"
          r"|anbefalt|anbefalet|rekommenderat|rekommenderade|polecane"
          # ro/cs/ca/fi/el/tr/hu
          r"|citește și|citiți și|vezi și|articole similare|čtěte (také|též|i)|přečtěte si (také|též|i)|související"
          r"|llegeix (també|més)|llegiu també|vegeu també|us pot interessar|lue myös|katso myös|lue lisää"
          r"|διαβάστε (επίσης|ακόμα)|δείτε (επίσης|ακόμα)|ayrıca (oku|okuyun|bakınız)|ilgili haberler"
          r"|olvassa el ezt is|kapcsolódó( cikkek)?|ezt is ajánljuk"
          # gl, ms/id (`Le tamén`, `Lea tamén`, `Baca juga`, `Berita berkaitan`, `Berita terkait`)
          r"|le tamén|lea tamén|ler tamén|ver tamén|baca juga|baca lagi|berita berkaitan|artikel berkaitan"
          r"|berita terkait|artikel terkait"
          # hr/sr/bs/sl (`Pročitajte i`, `Pročitajte još`, `Preberite tudi`, `Sorodne novice`, `Povezane vijesti`)
          r"|pročitajte (i|još|također)|pročitaj (i|još)|preberite (tudi|še)|preberi (tudi|še)|sorodne (novice|vsebine)"
          r"|povezane (vijesti|vesti|novice)|vezane (vijesti|vesti)"
          # more news of a place, as a link line (`Weitere Meldungen aus dem Kreis`, `More news from the valley`,
          # `Más noticias de la comarca`, `Autres actualités de la région`, `Altre notizie dalla provincia`)
          r"|(weitere|mehr|more|other|más|otras|autres|d['’]autres|altre|mais|outras) (meldungen|nachrichten|beiträge"
          r"|news|stories|headlines|noticias|actualités|infos|nouvelles|notizie|notícias) (aus|von|vom|from|de|du"
          r"|des|da|dal|dalla|della|dei|do|das|en) [\w &'’-]{2,40}"
          # links said to belong with this story (`Related to this story`, `Zu diesem Artikel`, `En lien avec cet
          # article`, `Relacionado con esta noticia`, `Correlati a questo articolo`, `Gerelateerd aan dit artikel`)
          r"|related to this (story|article)|(mehr )?zu diesem (artikel|beitrag|thema)|en lien avec (cet article|ce"
          r" sujet)|(relacionad[oa]s?|en relación) con esta (noticia|información)|correlati a questo articolo"
          r"|relacionad[oa]s? (a|com) esta (matéria|notícia)|gerelateerd aan dit (artikel|bericht)"
          # a clip to watch next, as a label over its title and length (`ALSO WATCH`, `Watch next`, `Mira también`,
          # `Sehen Sie auch`, `À regarder aussi`), and the quotes most looked up, over their symbols (`Trending
          # tickers`, `Trending stocks`)
          # a label over links away from the site, alone with its colon (`Link:`, `Weblinks:`, `Enlaces:`; `Links`
          # alone is a menu's entry, `Links: Die Grünen …` a story's left) or named as such (`External links`)
          r"|(?:web ?)?links?(?=\s*:$)|enlaces(?=\s*:$)|liens(?=\s*:$)|collegamenti(?=\s*:$)|ligações(?=\s*:$)"
          r"|external links|externe links|enlaces externos|liens externes|link esterni|links externos"
          r"|also watch|watch (also|next)|mira también|sehen sie auch|schauen sie auch|à regarder (aussi|également)"
          r"|guarda anche|assista também|kijk ook|trending (tickers|quotes|symbols|stocks)"
          # a reading request pointing here or on (`Lesen Sie hier:`, `Read on:`, `Lisez ici :`, `Leggi qui:`)
          r"|(?:lesen sie|lies|read|lisez|lee|lea|leia|leggi|lees|läs|les|læs|czytaj|čtěte|citește|llegeix|lue"
          r"|διαβάστε|okuyun|olvassa)\s+(?:hier|here|on|ici|aquí|aqui|qui|här|her|tutaj|zde|aici|täällä|εδώ|burada"
          r"|itt|dazu|weiter|mehr|más|mais|di più|meer|mer|mere|więcej|více|mai mult|més|lisää|περισσότερα))\b"
          # `Potrebbe interessarti anche:`, `You might also like`: the label with its `also`
          r"(?:\s+(?:anche|also|too|auch|aussi|également|también|também|ook|også|också|även|też|także|również))?"
          # ... perhaps on the site named by its address (`Mehr zum Thema auf Oekolandbau.de:`, `More on example.com`)
          r"(?:\s+(?:auf|bei|on|at|sur|en|su|em|op|na)\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})?"
          # the label alone, or followed by a separator and a headline (`Related research shows…` is body)
          # (a full stop too, when one headline follows, not sentences: `Lees ook. Waarom de werf blijft`); the label
          # alone may trail off in an ellipsis into the list under it (`Don't miss...`, `Lesen Sie auch…`)
          r"(?:\s*(?:[:\-–—|»›>→▸▶►：】］\]]|\.(?=\s+[^.!?]+\??$))\s*(?P<rest>.*)|\s*(?:…|\.{2,3})?)$",
          # a reading request with the headline in quotes and nothing else (`Lisez « … »`, `Read “…”`, `Lea «…»`,
          # `Lesen Sie „…“`, `Leggi “…”`, `Lees ‘…’`)
          r"^(?:read|lisez|lis|lire|lee|lea|leé|leia|leggi|lies|lesen sie|lees|läs|les|læs|czytaj)\s*:?\s*"
          r"[«\"“„‹‘'][^«»\"“”„]{8,200}[»\"”“›’']\W{0,2}$",
          opens="list"),
    _kind("tail",
          r"^(most (read|popular|viewed|shared|watched)|trending( now| stories)?|top stories|latest (news|stories)"
          r"|popular (now|today)|editor'?s picks|more from [\w ]{1,30}|around the web|elsewhere on [\w ]{1,30}"
          r"|lo último|últimas noticias|dernières (actualités|infos|nouvelles)|neueste (artikel|nachrichten)"
          r"|aktuelle nachrichten|ultime notizie|últimas notícias|laatste nieuws"
          r"|lo más (leído|visto)|((los|las) )?más leíd[oa]s|meistgelesen(e)?( artikel)?|meistgesehen"
          r"|meistgeklickt(e)?( beiträge| artikel)?|meistkommentiert(e)?( beiträge| artikel)?|most (clicked|commented)"
          r"|les plus (lus|populaires)"
          # (with its article: `Os mais lidos`, `Las más leídas`)
          r"|(i )?più lett[ie]|((os|as) )?mais (lidas|lidos)|meest gelezen|about the (author|authors|writer|reporter)"
          r"|sobre (el|la) autora?|sobre la firma|sobre os autores|sobre o autor|über (den|die) autor(in)?"
          r"|à propos de l'auteur|sull'autore"
          # the press office's contact for journalists under a release (`Media contact`, `Pressekontakt`)
          r"|(media|press|news) (contacts?|enquiries|inquiries)|pressekontakt|medienkontakt|kontakt für medien"
          r"|contacts? (presse|médias)|contactos? (de|para) (prensa|medios)|contatt[oi] (stampa|per la stampa)"
          r"|contatos? (para|de) (imprensa|mídia)|perscontact|contact voor (de )?(pers|media)"
          r"|" + _COMMENTS_NOUN + r"|get in touch|contact the (author"
          r"|reporter)|join the (conversation"
          r"|discussion)|have your say|leave a (comment|reply)|show comments|view comments|share your (views|thoughts)"
          # a blog theme's comment form heading in de/fr/pt/nl (`Hinterlassen Sie eine Antwort`, `Laisser un
          # commentaire`, `Deixe um comentário`, `Laat een reactie achter`; `Schreibe einen Kommentar` may stand in
          # the post's header line as a link, over the post; `Kommentar verfassen` heads a story's part: review s32b)
          r"|hinterlassen sie (eine antwort|einen kommentar)"
          r"|laisser un commentaire|laissez un commentaire|deixe (um comentário|uma resposta)"
          r"|laat een (reactie|antwoord) achter)"
          r"\s*(\(\d+\))?\s*:?$",
          r"^" + _DISCUSSION_COUNTED + r"\s*:?$",
          # the most-read box naming its section or place (`Most read in Sport`, `Lo más leído en Provincia`, `Les
          # plus lus en Bretagne`, `Meistgelesen in Bayern`, `Più letti di Cronaca`, `Meest gelezen in Drenthe`), or
          # what is trending there (`Trending on Site`, `Tendencias en Site`, `Tendances sur Site`, `Em alta no Site`)
          r"^(most (read|popular|viewed)|lo más (leído|visto)|más leíd[oa]s|les plus (lus|populaires)|meistgelesen(e)?"
          r"|(i )?più lett[ie]|mais (lidas|lidos)|meest gelezen|trending|tendencias|tendances|tendenze|tendências"
          r"|em alta|im trend)\s+(in|on|en|de|del|dans|sur|im|in der|aus|su|sul|di"
          r"|da|em|no|na|op|uit)\s+(?-i:[A-ZÀ-Þ])[\w'’ -]{1,30}:?$",
          # ... or naming the site with its noun and article (`Die meistgelesenen Artikel bei SWR.de/Sport`, `The most
          # read stories on Site.com`)
          r"^(the |die )?(most (read|popular|viewed)|meistgelesenen?|meistgesehenen?)\s+(artikel|beiträge|nachrichten"
          r"|stories|articles|news)\s+(bei|auf|von|im|in|on|at|from)\s+(?-i:[A-ZÀ-Þ])[\w'’ ./-]{1,30}:?$",
          # the readers' comments under their rules (`Comments: Our rules`, `Our comment rules`, `Kommentarregeln`,
          # `Règles des commentaires`, `Normas de comentarios`, `Regole dei commenti`): the comments named, as a
          # story's subheading (`Community guidelines`, `Netiquette`) does not
          r"^((" + _COMMENTS_NOUN + r")\s*:\s*(our |the |house )*(rules|guidelines|policy|standards)"
          r"|(our |the )?(comments?|commenting) (rules|guidelines|policy|standards)|kommentarregeln"
          r"|règles (de|des) commentaires|normas (de|para) (comentarios|comentar)|regole (dei|per i) commenti"
          r"|regras (de|dos) comentários|spelregels voor reacties)\s*:?$",
          # the author box's heading with the writer's count of pieces (AUTHOR_BOX_COUNT); its link to them (`More
          # articles by X`, `Alle Artikel von X`) is left out: it stands under the byline in the header as often
          AUTHOR_BOX_COUNT,
          # footnotes and references under the story
          r"^(notes|footnotes|references|endnotes|notas|referencias|referências|anmerkungen|fußnoten|quellen"
          r"|einzelnachweise|références|note|riferimenti|noten|bronnen|citations|works cited|bibliography"
          r"|bibliographie|bibliografía|bibliografia|bibliografie)\s*:?$",
          # a study's reference run in after its label (`Study: Smith J. et al., Title. Journal, 2026`, `Studie:
          # …, erschienen in …`, `Étude : … et al.`, `Estudio: … publicado en …`): the citation's authors or venue;
          # or its authors as a reference list sets them, surname and initial, then the year in brackets
          # (`Referencia: Garza, M. y Luna, E. (2027). Título …`, `Reference: Okafor, T. and Lee, S. (2027). …`)
          r"^(study|the study|paper|the paper|reference|(journal|paper|study) reference|research|studie|die studie"
          r"|étude|l'étude|estudio|el estudio|referencia|referência|référence|referenz|riferimento|referentie"
          r"|referens|referanse"
          r"|estudo|o estudo|studio|lo studio|onderzoek|het onderzoek|artikel|article|artículo|artigo)\s?:\s+"
          r"(?=.{0,200}(\bet al\b|\bdoi\b|\b(published|publicado|publicada|publié|publiée|erschienen|veröffentlicht"
          r"|pubblicato|pubblicata|gepubliceerd|verschenen) (in|en|em|dans|im|su|sul|sulla|op)\b"
          r"|\b[^\W\d_]{2,}, [^\W\d_]\.(?=,| (and|y|e|et|und|en|&) | \(\d{4})(?=.{0,200}\(\d{4}[a-z]?\)\.)))",
          # the study's reference alone on its line under its label (`Publication` / `J. Doe, M. Roe et al. (2026),
          # 'Title', Journal 12(4).`): authors by initial and surname, perhaps closed by `et al.` (`e.a.`, `u. a.`,
          # `y col.`, `e coll.`), then the year in brackets closed by a comma or stop, as a reference list sets it,
          # and the work cited after it (_CITED_WORK; `A. Patel (2024), writing in …` is the story's sentence)
          r"^(?-i:(?:[A-ZÀ-Þ]\.[ -]?){1,3}[A-ZÀ-Þ][\w'’-]+)(?:(?:,| (?:and|&|y|e|et|und|en)) "
          r"(?-i:(?:[A-ZÀ-Þ]\.[ -]?){1,3}[A-ZÀ-Þ][\w'’-]+)){0,8}"
          r"(?:,? (?:et al\.|e\.a\.|u\. ?a\.|y col\.|y otros|e coll\.|e outros|m\.fl\.))?"
          r"(?<=[\w.]) \(\d{4}[a-z]?\)[,.:] " + _CITED_WORK,
          # ... or by surname first, then initials (`Tamatea, R., Kereama, J. & Pryor, S. (2026). Title. Journal 14:
          # 2203.`, `Garza, M. y Luna, E. (2027). …`): a reference list's other style
          r"^(?-i:[A-ZÀ-Þ][\w'’-]+, [A-ZÀ-Þ]\.(?:[ -]?[A-ZÀ-Þ]\.){0,2})(?:(?:,| (?:and|&|y|e|et|und|en)|, (?:and|&|y|e"
          r"|et|und|en)) (?-i:[A-ZÀ-Þ][\w'’-]+, [A-ZÀ-Þ]\.(?:[ -]?[A-ZÀ-Þ]\.){0,2})){0,8}"
          r"(?:,? (?:et al\.|e\.a\.|u\. ?a\.|y col\.|e coll\.))? \(\d{4}[a-z]?\)[,.:] " + _CITED_WORK,
          # ... or as Brazilian (ABNT) references set it, the surname in capitals (`PRADO, L. T. et al. Title.
          # Journal, v. 14, n. 3, 2026. DOI: 10.5928/…`), its volume and number or its DOI further on
          r"^(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+, (?:[A-ZÀ-Þ]\.[ -]?){1,3})"
          r"(?:;? (?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+, (?:[A-ZÀ-Þ]\.[ -]?){1,3})){0,5}(?:et al\.)?.{10,250}?"
          r"(\bdoi\b|\bv\. ?\d+, n\. ?\d+)",
          # a blog's post footer as WordPress and most blog themes print it, in en/de/fr/es/it/pt/nl/pl: the entry's
          # categories with their permalink or tags (`This entry was posted in News. Bookmark the permalink.`, `Dieser
          # Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit …`, `Posted in News | Tagged …`,
          # `Veröffentlicht unter Allgemein | 1 Kommentar`), and the comment form's note with its required fields
          # (`Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.`). The form's
          # heading alone (`Schreibe einen Kommentar`, `Deja una respuesta`), `Kommentare sind geschlossen` and the
          # sharing labels (`Teilen mit:`, `Gefällt mir:`) are left out: a story's subheading, a how-to's step or a
          # review's pros say the same (review s32b broke 15 of 17 pages with them).
          r"^(this entry was posted in|dieser (eintrag|beitrag) wurde veröffentlicht in|ce contenu a été publié dans"
          r"|cette entrée a été publiée dans|esta entrada fue publicada en|questa voce è stata pubblicata in"
          r"|dit bericht werd geplaatst in|este artigo foi publicado em|ten wpis został opublikowany w)"
          r"(?=.{0,200}\b(permalink|permalien|enlace permanente|link permanente|verschlagwortet|lesezeichen|tagged"
          r"|etiquetad[ao]|étiqueté|taggato|getagd|otagowano)\b)",
          r"^(posted|veröffentlicht|publié|publicado|pubblicato|geplaatst) (in|unter|dans|en|em) [^|]{1,60}\|\s*"
          r"(tagged|verschlagwortet|étiqueté|etiquetado|taggato|getagd|leave a comment|schreibe? einen kommentar"
          r"|\d+\s+(comments?|kommentare?|commentaires?|comentarios?|commenti|reacties))\b",
          r"^(your|deine|ihre|votre|tu|su|il tuo|o seu|je|twój) (e-?mail[- ]?(address|adresse)|adresse (e-?mail"
          r"|de messagerie|courriel)|dirección de correo( electrónico)?|indirizzo (e-?mail|di posta)"
          r"|endereço de e-?mail|e-?mailadres|adres e-?mail) (will not be published|wird nicht veröffentlicht"
          r"|ne sera pas publiée|no será publicad[ao]|non sarà pubblicat[oa]|não será publicad[oa]"
          r"|wordt niet gepubliceerd|nie zostanie opublikowany)[.!]?\s+(required fields|erforderliche felder"
          r"|pflichtfelder|les champs obligatoires|los campos obligatorios|i campi obbligatori"
          r"|os campos obrigatórios|vereiste velden|wymagane pola)[^.]{0,60}[.*]?\s*\*?$",
          r"^(para comentar|to comment|um zu kommentieren|pour commenter|per commentare)\b",
          # a blog theme's login notice over its comment form (`You must be logged in to post a comment.`, `Sie
          # müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.`, `Vous devez être connecté pour
          # publier un commentaire.`, `Debes iniciar sesión para publicar un comentario.`)
          r"^(you must be|sie müssen|du musst|vous devez (être|vous)|debes|tienes que|devi|você (precisa|deve)"
          r"|je moet)\b[^.!?]{0,30}\b(logged in|log in|einloggen|anmelden|angemeldet sein|connecté|connectée"
          r"|connecter|iniciar sesión|estar registrado|effettuare il login|essere registrato|estar logado|fazer login"
          r"|ingelogd zijn|inloggen)\b[^.!?]{0,60}\b(comment|kommentar|diskussion|commentaire|comentario|commento"
          r"|comentário|reactie|reageren)\w*",
          # a notice that the comments are closed (`Comments are closed for this story.`), not `… closed to the public`
          r"^((the )?comments (are|have been) (now )?(closed|disabled)|commenting (is|has been) (closed|disabled)"
          r"|(die )?kommentarfunktion (ist|wurde) ([\w ]{0,40} )?(geschlossen|deaktiviert)"
          r"|((keine kommentare|no comments)\s+)?(die )?kommentare sind (geschlossen|deaktiviert)"
          r"|(los )?comentarios (están|han sido) (cerrados|desactivados)"
          r"|(les )?commentaires sont (désormais )?(fermés|clos|désactivés)|(i )?commenti sono (chiusi|disattivati)"
          r"|(os )?comentários (estão )?(encerrados|fechados|desativados))"
          r"(?=\s*([.!]|$|(for|on|in|für|bei|pour|sur|para|en|per|su|nesta|neste)\b))",
          # ... or open until a time (`Comments are open until 11pm on Friday.`, `You can comment on this story
          # until …`, `Voit keskustella aiheesta 5.12.2026 kello 23:een saakka.`): the readers' discussion under the
          # story; told by someone (`…, the council said`), a consultation's, the story's
          r"^(?!" + _TOLD + r")((the )?comments (are|will be|remain) open (until|till)|you can (comment|discuss)"
          r"( on)?( this| the)?( story| article| topic)? until|voit keskustella aiheesta|voit kommentoida)\b",
          r"^(réagir|réactions|reacciones|reações|reacties|reaktionen)\s*\(?\d*\)?$",
          # the comments' heading as a call to answer the article, with its count (_COMMENTS_CALL)
          r"^" + _COMMENTS_CALL + r"\s*(\(\d+\))?\s*:?$",
          r"^\d+\s*(comments?|comentarios?|comentários?|kommentare?|commentaires?|commenti|reacties|replies|responses)$",
          # ... none yet, or one in words (`No comments yet`, `Keine Kommentare / Trackbacks`, `Aucun commentaire`,
          # `Sin comentarios`, `Nessun commento`, `Geen reacties`, `One comment`, `Ein Kommentar`)
          r"^((no|noch keine|keine|sin|geen)\s+(comments|kommentare|comentarios|reacties|responses)"
          r"|(aucun|pas de|ningún|nessun|nenhum|one|ein|un|uno|um|één)\s+(comment|kommentar|commentaire|comentario"
          r"|comentário|commento|reactie|response))"
          r"(\s+(yet|bisher|pour l['’]instant|todavía|ancora|nog))?(\s*/\s*trackbacks?)?\s*[.!]?$",
          r"^(notes? (to|for) editors|hinweise für (die )?redaktionen|notes? aux rédactions|notas? (para|a) (los )?"
          r"(editores|redacciones)|note per le redazioni|notas? aos editores|noot voor de redactie)\s*:?$",
          # a press release's end marker alone on its line, perhaps set off by dashes (`Ends`, `- ENDS -`, `End of
          # release`, `Fin du communiqué`, `Fin del comunicado`, `Ende der Pressemitteilung`, `Fine del comunicato`,
          # `Fim do comunicado`, `Einde persbericht`): the release is over, its media contact and notes follow. The
          # bare word of other languages only between dashes (`-FIN-`, `– Ende –`): alone it may head a section.
          r"^[-–—*(\[]*\s*(ends|end of (the )?(press )?release|fin du communiqué|fin del comunicado"
          r"|ende der (presse)?mitteilung|fine( del)? comunicato|fim do comunicado"
          r"|einde( van het)? persbericht)\s*[-–—*)\]]*\s*$",
          r"^[-–—*]+\s*(end|fin|ende|fine|fim|einde)\s*[-–—*]+\s*$",
          # the comments' house rules (`We welcome your comments. Keep them civil …`, `Comments are moderated …`,
          # `Wir freuen uns über Ihre Kommentare`, `Les commentaires sont modérés`, `Los comentarios son moderados`)
          r"^(we welcome (your |reader |readers'? )?comments|(all )?comments are (pre-?)?moderated"
          r"|please keep (your )?comments (civil|respectful|on topic)|wir freuen uns über ihre kommentare"
          r"|(alle )?kommentare werden ([\w ]{0,30} )?moderiert|(les )?commentaires sont (pré-?)?modérés"
          r"|nous (accueillons|attendons) vos commentaires|(los )?comentarios (son|serán|están) moderados"
          r"|(i )?commenti (sono|vengono) moderati|(os )?comentários (são|serão) moderados"
          r"|reacties worden gemodereerd)\b",
          # the site disclaiming its readers' comments, closing the sentence (`X is not responsible for the opinions
          # expressed in the comments.`, `X no se hace responsable de las opiniones vertidas en los comentarios`,
          # `X übernimmt keine Verantwortung für Kommentare der Nutzer`); a story's `… not responsible for comments
          # made by her deputy` names who spoke, not the comments' place or their readers
          r"\b(not|no se hacen?|n'est pas|ne sont pas|nicht|keine|non si assume|não se|niet)\b[^.!?]{0,30}\b"
          r"(responsib\w*|responsab\w*|verantwort\w*|haftung)\b[^.!?]{0,80}\b(in|en|dans|nei|nos|in de|in den|der|des"
          r"|dei|dos)\s+(the\s+|los\s+|les\s+)?(comments|comentarios|commentaires|kommentare\w*|commenti"
          r"|comentários|reacties)(\s+(of|by|de|des|der|von|dei|dos|van)\s+(the\s+|los\s+|les\s+|den\s+)?(readers|users"
          r"|lectores|usuarios|lecteurs|internautes|lesern|leser|nutzer\w*|lettori|utenti|leitores|usuários|lezers"
          r"|gebruikers))?\s*[.!]?$",
          # a closing call to answer in the comments, the line's last sentence, its verb said to the reader (`… I'd
          # love to hear how it went. Leave a response below.`, `Cuéntanoslo en los comentarios.`, `Dites-le-nous en
          # commentaire !`, `Schreiben Sie es uns in die Kommentare.`); a story's `… one reader wrote in the
          # comments.` reports, it does not ask
          r"(?:^|[.!?]\s+)(leave|post|drop|add|write)( me| us)? (a|your) (response|comment|reply)\b[^.!?]{0,30}[.!]?$",
          r"(?:^|[.!?¿¡]\s*)(tell (us|me)|let (us|me) know|share (it|them|yours|your [\w'’]+)|cuént(anos|ame)\w*|dinos"
          r"|escríbenos|dites-(le-)?(nous|moi)|racontez-(nous|moi)|écrivez-nous|schreiben sie( es| uns| es uns)?"
          r"|schreibt( es| uns| es uns)?|verraten sie( es| uns| es uns)?|scrivete(lo|ci)|diteci|raccontateci"
          r"|conte(-nos)?|diga(-nos)?|laat (het )?(ons|me) weten)\b[^.!?]{0,60}\b(in the (comments|responses)"
          r"|in die kommentare|in den kommentaren|en commentaires?|dans les commentaires|en (los )?comentarios"
          r"|nei commenti|nos comentários|nas respostas|in de reacties)( below| unten| ci-dessous| abajo| qui sotto"
          r"| abaixo| hieronder)?\s*[.!]*$",
          r"(?:^|[.!?]\s+)(deja|dejá|deje|dejad|laissez|laisse|hinterlassen sie|hinterlasse|lascia|lasciate|deixe"
          r"|deixa|laat)( (tu|su|vuestro|un|une|votre|ton|einen|ihren|deinen|il tuo|o seu|seu|um|een|je|jouw))?"
          r" (comentario|commentaire|kommentar|commento|comentário|reactie)\b[^.!?]{0,30}[.!]?$",
          ends=True),
    _kind("sign-up",
          # a channel to join, in Chinese (`加入X WhatsApp頻道，第一時間掌握…`, `关注X微信公众号`)
          # (in lower case, as every pattern of these tables, so that it is matched plain on the lowered line)
          r"^(加入|關注|关注|訂閱|订阅).{0,30}(whatsapp|telegram|line|微信|公众号|公眾號)\s*(頻道|频道|群組|群组)?",
          # a form's fine print, Google's words for its robot check (`This site is protected by reCAPTCHA and the
          # Google Privacy Policy and Terms of Service apply.`, in every language the form is set in)
          r"\brecaptcha\b.{0,120}\bgoogle\b.{0,60}\b(privacy|terms|datenschutz|nutzungsbedingungen"
          r"|confidentialité|conditions|privacidad|condiciones|privacidade|termos|informativa|termini|voorwaarden)",
          r"\b(" + _NEWSLETTER + r")\b.{0,200}\b(sign up|sign-up|subscribe|inbox|abonn|suscr|anmeld|inscri|iscriviti"
          r"|iscrizione|receive|recibir|erhalten|recevoir|ricevere|" + _SUBSCRIBE + ")",
          r"\b(" + _SUBSCRIBE + r")\b.{0,60}\b(" + _NEWSLETTER + r")\b",
          # (Finnish asks at the line's start, `Tilaa X -uutiskirje`; `uutiskirjeen tilaa` is a story's `subscribes`)
          r"^tilaa\b.{0,60}\buutiskirje",
          r"^(sign up|subscribe|register|suscríbete|suscribirse|abonnieren|jetzt abonnieren|abonnez-vous|iscriviti"
          r"|inscreva-se|inscrivez-vous|get)\b.{0,80}\b(newsletter|alerts?|updates|briefing|boletín|bulletin)\b",
          r"\b(in your inbox|straight to your inbox|to your inbox|en tu (correo|bandeja)|in ihr postfach"
          r"|in ihr(em)? postfach|dans votre boîte|nella tua (casella|email)|na (sua|tua) caixa"
          r"|in (je|uw) (inbox|mailbox)|i din inkorg|i innboksen|i din indbakke|w (twojej|swojej) skrzynce"
          r"|do (vaší|tvé|své) schránky|în (inbox|căsuța)|a la (teva|vostra) (bústia|safata))\b",
          # the news offered to the reader's mailbox in the imperative (`Receba as notícias do Minho no seu e-mail`;
          # a service story's `Receba as faturas no seu e-mail` offers bills)
          r"^(receba|recebe|recibe|reciba|recevez|ricevi|ricevete|erhalten sie|bekommen sie|receive|get)\b.{0,60}"
          r"\b(notícias|noticias|news|nachrichten|meldungen|actualités|l'actu|l'essentiel|notizie|headlines"
          r"|stories|artikel|articles|artículos|artigos|articoli)\b.{0,80}"
          r"\b(no (seu|teu) e-?mail|en (tu|su) (correo|e-?mail|bandeja)|dans votre (boîte|messagerie)"
          r"|nella tua (casella|e-?mail)|in ihr(em)? (e-mail-)?postfach|in your (inbox|email))\b",
          # ... or promised on a day or hour (`Jeden Donnerstag schicken wir dir …`, `Every Friday we send you …`)
          r"^(jeden|jede|every|each|chaque|tous les|cada|todos los|todas las|ogni|todas as|todos os|elke|minden)"
          r"\s+[\w,]+(\s[\w,.]+){0,3}\s+(schicken wir|senden wir|we send you|we('ll| will) send you|nous vous envoyons"
          r"|te enviamos|le enviamos|enviamos-lhe|enviamos-te|ti inviamo|elküldjük|küldjük)\b",
          r"^\*?\s*i (understand and )?agree that (my )?registration\b",  # (a sign-up form's small print)
          r"^(by signing up|by subscribing|by clicking|al suscribirte|al registrarte|mit (ihrer|der) anmeldung"
          r"|en vous inscrivant|en vous abonnant|iscrivendoti|ao subscrever|ao assinar|ao inscrever-se|ao registar-se"
          r"|ao se inscrever|al suscribirse|al inscribirte|abbonandoti|registrandoti|door je in te schrijven"
          r"|door (je|u) aan te melden|door te abonneren|a feliratkozással)\b",
          # (ro/pl: the form's small print names the policy the reader accepts; a story's `Prin abonare la
          # transportul public, elevii plătesc …` names none)
          r"^(prin abonare|prin înscriere|zapisując się)\b.{0,120}\b(politica|confidențialitate|termenii|regulamin"
          r"|prywatności)\b",
          r"^(enter your email|type your email|your email|email address|e-mail address|e-mail-adresse|ihre e-mail"
          r"|correo electrónico|e-?mail[- ]cím"
          r"|tu correo|adresse (e-mail|email|électronique|courriel)|votre (adresse )?(e-?mail|courriel)|indirizzo email"
          r"|indirizzo e-mail|tu (dirección de )?(e-?mail|correo)|deine e-mail|your e-mail)\b.{0,40}$",
          r"^(your )?(work|business|company) e-?mail( address)?$",  # (a newsletter form's field for the office)
          # the form's count of who reads it (`Join 18,400 engineers, SREs and engineering managers.`, `Rejoignez
          # plus de 20 000 lecteurs`): the call, a count, then who, a few words and no more sentence
          r"^(join|rejoignez|rejoins|únete a|únase a|junte-se a(os)?|unisciti a(gli|i)?|sluit je aan bij)\s+"
          r"((more than|over|plus de|más de|oltre|mais de|meer dan)\s+)?\d[\d,. \u00a0\u202f’']*k?\s+"
          r"[^.!?\d]{2,70}[.!]?$",
          r"^(thank you|thanks) for (signing up|subscribing)\b",
          # the link to the site's other newsletters, alone (`We have more newsletters`, `See all our newsletters`,
          # `Alle Newsletter`, `Toutes nos newsletters`, `Todos nuestros boletines`, `Tutte le newsletter`; not
          # `Weitere Newsletter`, which a Swiss layout sets over its login button, the pair read as one box)
          r"^((we have|discover|explore|browse|see|view) )?(all |more |all of )?(our )?(other )?newsletters$",
          r"^(alle (unsere )?newsletter|toutes nos (autres )?(newsletters|lettres d'information)"
          r"|(todos )?nuestros (otros )?(boletines|newsletters)|tutte le (nostre )?newsletter"
          r"|todas as (nossas )?newsletters|alle (onze )?nieuwsbrieven|meer nieuwsbrieven"
          # (the box's link to the others: `Autres newsletters`, `Otras newsletters`, `Altre newsletter`)
          r"|(nos |voir nos |découvrir nos )?autres (newsletters|lettres d'information)"
          r"|(más|otras) (newsletters|boletines)|altre newsletter|(outras|mais) newsletters|andere nieuwsbrieven)$",
          # the form's reassurance, a sentence of its own (`You can unsubscribe at any time.`, `We will never share
          # your address with advertisers.`, `Sie können sich jederzeit wieder abmelden.`, `Vous pouvez vous désinscrire
          # à tout moment.`, `Puedes darte de baja cuando quieras.`, `Je kunt je op elk moment afmelden.`); told by
          # someone (`…, the company said`), the story's
          r"^(?!" + _TOLD + r")(?:(you can|you may) (unsubscribe|opt out)( at any time| anytime"
          r"| whenever you (like|want))|we('ll| will)? never (share|sell|pass on) your (e-?mail|address|details|data)"
          r"|(sie können sich|du kannst dich) jederzeit (wieder )?(abmelden|austragen)"
          r"|vous pouvez vous (désinscrire|désabonner) (à tout moment|à tout instant|en un clic)"
          r"|(puedes|puede) darte de baja (cuando quieras|en cualquier momento)"
          r"|puoi (disiscriverti|cancellarti) in (qualsiasi|ogni) momento"
          r"|(je kunt je|u kunt zich) (op elk moment|altijd) (afmelden|uitschrijven))\b[^.!?]{0,20}(?:[.!](\s|$)|$)",
          # a newsletter's e-mail chrome, pasted from its web view: why the reader got it, naming the subscription
          # (`You are receiving this email because you signed up …`, `Sie erhalten diesen Newsletter, weil Sie sich
          # angemeldet haben`; a quoted scam mail's `… because your account …` names none), a forwarded copy's pitch
          # (`Forwarded this email? Subscribe here`, `Enjoying X? Forward it …`)
          r"^(you are|you're|you) (receiving|received|getting) this (email|e-mail|newsletter|message)\b.{0,80}"
          r"\b(subscri\w*|signed up|sign up|unsubscribe|newsletter|mailing list|preferences)\b",
          r"^(sie erhalten|du erhältst) (diese[ns]?|den) (e-mail|email|newsletter|nachricht)\b.{0,80}"
          r"\b(angemeldet|abonniert|newsletter|abmelden|abbestellen)",
          r"^(vous recevez|vous avez reçu|tu reçois) (cet|ce|cette) (e-mail|email|courriel|message|newsletter"
          r"|lettre)\b.{0,80}\b(abonn\w*|inscri\w*|désinscri\w*|newsletter|lettre d'information)",
          r"^(recibes|has recibido|usted recibe|estás recibiendo) este (correo|email|e-mail|boletín|mensaje)\b.{0,80}"
          r"\b(suscri\w*|boletín|newsletter|darte de baja|baja)",
          r"^(ricevi|hai ricevuto|stai ricevendo) questa (email|e-mail|newsletter|comunicazione)\b.{0,80}"
          r"\b(iscri\w*|newsletter|disiscri\w*)",
          r"^(você está recebendo|você recebeu|estás a receber) (este|esta) (e-mail|email|boletim|newsletter)\b"
          r".{0,80}\b(inscri\w*|assin\w*|newsletter|boletim|descadastr\w*)",
          r"^(u ontvangt|je ontvangt) (deze|dit) (e-mail|mail|nieuwsbrief|bericht)\b.{0,80}"
          r"\b(aangemeld|ingeschreven|nieuwsbrief|afmelden|uitschrijven)",
          r"^(forwarded this( email)?|was this (email )?forwarded to you|did someone forward (you )?this( email)?)\?",
          r"^enjoying [^?]{2,60}\?\s+(forward|share|subscribe|sign up)\b",
          # a newsletter's sign-off, a sentence of its own (`That's all for this week.`; a chair's `That's all for now,
          # she said` and a novel's `That's All for Now, …` go on after a comma)
          r"^(that's all|that is all|that's it) for (today|now|this week|this edition|this issue)[.!](\s|$)",
          r"^(das war'?s|das wär'?s) für (heute|diese woche)[.!](\s|$)",
          r"^c'est tout pour (aujourd'hui|cette semaine)[.!](\s|$)",
          r"^(eso es todo|esto es todo) por (hoy|esta semana)[.!](\s|$)",
          r"^è tutto per (oggi|questa settimana)[.!](\s|$)", r"^dat was het voor (vandaag|deze week)[.!](\s|$)",
          # (not a call someone in the story made: `Activa las notificaciones …, recomendó Protección Civil.`)
          r"^(?!" + _TOLD + r")(?:(get|turn on) (breaking news )?(alerts|notifications)"
          r"|(activa|activar) (las )?notificaciones|benachrichtigungen (aktivieren|einschalten)"
          r"|(activez|activer) les notifications|attiva le notifiche|ative as notificações)",
          r"\b(receba|recibe|recibí|recevez|erhalten sie|ricevi|receive|get)\b.{0,60}\bnewsletters?\b",
          r"\bagree to (our|the) (privacy|terms)\b", r"\bsign up (to|for) (receive|get|our)\b",
          r"^jetzt (kostenlos )?(anmelden|abonnieren|registrieren)\b",
          r"^(suscribite|registrate|sumate|apúntate|inscríbete|regístrate|abónate|melden sie sich|jetzt anmelden"
          r"|inscrivez-vous|iscriviti)\b",
          r"\b(síguenos|follow us|folgen sie uns|folge uns|suivez-nous|seguici|siga-nos|receba|recibe|recevez"
          r"|get|erhalten sie|join)\b.{0,80}\b(whatsapp|telegram|google news)\b",
          # a channel's pitch naming it only as ours, under the line that names it, and its button (`Entre no nosso
          # canal e fique por dentro …`, `Únete a nuestro canal`, `Rejoignez notre chaîne`, `Join our channel`,
          # `Clique aqui e participe`)
          r"^(entre|participe|junte-se|faça parte)\s+(no|do|ao|de)\s+nosso\s+(canal|grupo|comunidade)\b",
          r"^(únete|entra|súmate)\s+(a|en)\s+nuestr[oa]\s+(canal|grupo|comunidad)\b",
          r"^(rejoignez|rejoins)\s+notre\s+(chaîne|canal|groupe|communauté)\b",
          r"^join our (whatsapp |telegram )?(channel|group)\b",
          r"^clique aqui (e|para) (participe|participar|entre|entrar)\b",
          # the singular and plain imperatives at the line's start (`Segui X su Telegram`, `Sigue a X en WhatsApp`,
          # `Suis X sur Telegram`, `Folge X auf WhatsApp`, `Volg X op Telegram`, `Follow X on WhatsApp`)
          r"^(segui|seguite|sigue|seguí|siga|segue|suis|suivez|folge|folgt|volg|follow|urmărește|urmăriți|sledujte"
          r"|obserwuj|ακολουθήστε|följ|følg|seuraa)\b.{0,60}?\b(su|en|no|na|em|sur|auf|bei|op|on|via|și pe|pe|w|στο"
          r"|på)\s+(whatsapp|telegram|google news|signal|threads)\b",
          # ... in Malay and Indonesian, the channel named first (`Ikuti saluran WhatsApp X untuk berita terkini`,
          # `Sertai saluran Telegram X`, `Gabung kanal WhatsApp X`); a story's `…, kata jurucakap itu` is told
          # (the verb first, the costly test for a told sentence only after it). A prompt is short and speaks to
          # the reader (a link or handle, `di sini`, `klik`, `sekarang`, `kami`, `untuk berita terkini`) or names
          # only the channel; a sentence going on with its own predicate (`Gabung grup WhatsApp RT kini menjadi
          # syarat …`, `… adalah cara …`) is the story's
          r"^(ikuti|ikutilah|sertai|sertailah|gabung|gabunglah|bergabung dengan)\s+(?!" + _TOLD + r")(saluran|kanal"
          r"|grup|kumpulan|akaun|akun)?\s*(whatsapp|telegram|google news)\b(?=.{0,90}$)"
          r"(?!.*\b(menjadi|adalah|ialah|merupakan|kini|telah|sudah|akan|wajib|harus|perlu|dapat|bisa|boleh|mampu"
          r"|membantu|memudahkan|menjadikan|diwajibkan|dianggap)\b)"
          r"(?=.*(\b(di sini|klik|sekarang|kami|terkini|terbaru|untuk (berita|info|maklumat|kemas kini|update))\b"
          r"|@\w|https?://|www\.)|(\s+[\w&'’.-]+){0,4}[\s.!:]*$)",
          r"^(click|tap) here to\b|^(haga|haz) clic aquí para\b|^cliquez ici pour\b|^klicken sie hier\b"
          r"|^clicca qui per\b|^clique aqui para\b|^klik hier om\b|^klicka här för att\b|^klikk her for\b"
          r"|^klik her for\b|^kliknij tutaj\b",
          r"^(got|have|do you have) an? ([\w-]+ ){0,2}?(story|tip|news tip|scoop)\b", r"^(tips?|news tips?)\s*:",
          # a reader-service box set into the story: a short question to the reader (their home, their street:
          # `¿Sin agua en tu domicilio?`, `No water at your home?`, `Kein Wasser in Ihrer Wohnung?`, `Pas d'eau chez
          # vous ?`), then an imperative to report or call a number (`Reporta fallas al 073 …`, `Call 311 …`,
          # `Melden Sie Störungen unter 0800 …`, `Signalez la panne au 3939`): the reader's word, the verb, the
          # number; a quoted appeal goes on with who said it (`…, dijo el director`), not with the service's own line.
          # The box's line ends at its number: the number within three words of the verb (no year), then only a
          # short tail without a clause (`o en la aplicación …`, a URL, hours); a story's advice goes on (`Call 911,
          # back away slowly …, park rangers advise`, `Call it 2003 all over again: …`), a quote opens its line
          r"^(?![\"“”„«»‚'])¿?(?=[^?]{0,60}\b(tu|tus|you|your|ihr|ihre|ihrer|ihrem|du|dein|deine|vous|votre|vos|tuo"
          r"|tua|você|seu|sua|je|jouw|uw)\b)[^.!?]{3,60}\?\s+(report|call|dial|text|reporta|reporte|llama|llame"
          r"|marca|marque|comunícate|denuncia|melden sie|meldet|rufen sie|wählen sie|signalez|appelez|composez"
          r"|segnala|chiama|ligue|comunique|meld|bel)\b(?![^.!?]{0,160}\b(dijo|dijeron|said|says|sagte|a dit"
          r"|ha detto|disse|zei)\b)(\s+[^\s\d.!?,;:]+){0,3}\s+(?!(19|20)\d\d\b(?![ -]?\d))\d{3,}([ -]?\d+)*\b"
          r"(([^,;:!?“”\"«»]|:(?!\s)){0,30}|\s+(o|or|oder|ou|of|ó)\s+[^,;!?“”\"«»]{0,60})$",
          r"\b(email|e-mail|write to) (us|newsdesk|the newsroom|our newsroom)\b",
          r"^(free )?(daily|weekly|morning|evening|breaking)( news)? (newsletter|briefing|alerts?)$",
          r"^newsletters?\b",
          # the box's heading naming the letter by its name (`Sign up to North Edition`, `Sign up for Ground Truth`):
          # a few capitalised words and nothing after them (found as a floating pattern, as the brand's cadence is)
          r"\Asign up (to|for) (?-i:[A-ZÀ-Þ][\w'’&-]*)(\s(?-i:[A-ZÀ-Þ])[\w'’&-]*){0,3}$",
          # the site's letter named by its brand and cadence, alone on its line as the box's heading (`Boxline Weekly
          # briefing`, `Harbour Ledger Morning Briefing`): capitalised name words first, then the cadence
          # (found from the line's start as a floating pattern, gated by its nouns: a case-sensitive part in a
          # line-start pattern would cost the kind its caseless form, caseless.py)
          r"\A(?-i:[A-ZÀ-Þ][\w'’&-]*\s){1,3}((daily|weekly|morning|evening)( news)? (briefing|bulletin)"
          r"|(briefing|bulletin|boletín|boletim|lettre|bollettino) (quotidien(ne)?|hebdomadaire|du matin|diario"
          r"|semanal|matinal|diário|quotidiano|settimanale|del mattino)"
          r"|(morgen|abend|wochen|tages|ochtend|avond|week)-?(briefing|überblick|overzicht))$",
          # the form's privacy note: the reader's data handled under the site's privacy statement (`Your
          # information is being handled in accordance with …`, `Tus datos serán tratados según nuestra política de
          # privacidad`, `Vos données sont traitées conformément à …`, `Ihre Daten werden gemäß … verarbeitet`)
          r"^(your|tus|sus|vos|ihre|deine|i tuoi|i suoi|os seus|seus|uw|je) (personal )?(information|data|details"
          r"|datos|données|daten|angaben|dati|dados|gegevens)( personales| personnelles| personali| pessoais"
          r"| persoonlijke)? (is|are|will be|is being|are being|serán|son|seront|sont|werden|wird|saranno|sono"
          r"|serão|são|worden|zullen)\b[^.!?]{0,100}\b(privacy|privacidad|confidentialité|données personnelles"
          r"|datenschutz\w*|privacidade|informativa)",
          # the box's link to its other offers under the button (`See more subscription options`, `Voir toutes nos
          # offres d'abonnement`, `Ver más opciones de suscripción`, `Alle Abo-Angebote ansehen`)
          r"^(see|view|explore|browse) (more|all|other) (subscription|newsletter|membership) (options|plans|offers)"
          r"|^(voir|découvrir|découvrez) (toutes )?(nos|les) (offres|formules) d'abonnement"
          r"|^(ver|descubre) (más|todas las|otras) (opciones|ofertas) de suscripción"
          r"|^(alle|weitere) (abo-?angebote|abonnements?) (ansehen|anzeigen|entdecken)"
          r"|^(vedi|scopri) (tutte le|altre) (offerte|opzioni) di abbonamento",
          # the link to the site's free letter in its menu corner (`Free newsletter`, `Kostenloser Newsletter`,
          # `Boletín gratuito`, `Newsletter gratuite`)
          r"^(free|our|kostenlose[rn]?|unser|gratis|gratuit[ae]?|gratuit[ao]s?|nuestro|notre)\s+(" + _NEWSLETTER
          + r")$|^(" + _NEWSLETTER + r")\s+(free|kostenlos|gratis|gratuit[ae]?s?|gratuit[ao]s?)$",
          # Portuguese asks for its `boletim` with its own verbs (`Receba no seu email o boletim X`, `Assine o
          # boletim`); the noun alone is also a police report (`boletim de ocorrência`), so only after the verb
          r"\b(receba|recebe|assine|inscreva-se|cadastre-se|cadastre seu e-?mail)\b.{0,60}\bbolet(im|ins)\b",
          # a call to follow the outlet on two platforms (`Follow us on Facebook and subscribe to our YouTube
          # channel`, `Síguenos en Instagram y TikTok`, `i-follow ang X sa Facebook at i-subscribe sa YouTube`)
          r"\b(i-)?(follow|subscribe|like|síguenos|sigue|suivez|suis|abonnez|folgen|folge|abonniere\w*|seguici|segui"
          r"|iscriviti|siga|sigam|inscreva|volg|abonneer)\b[^.!?]{0,60}\b(facebook|instagram|youtube|tiktok|twitter"
          r"|x|threads|bluesky|linkedin|whatsapp|telegram)\b[^.!?]{0,60}\b(facebook|instagram|youtube|tiktok|twitter"
          r"|threads|bluesky|linkedin|whatsapp|telegram)\b"),
    _kind("paywall",
          r"^(subscribe|sign in|log in|register) to (continue|keep) reading\b", r"\bfree articles? (left|remaining)\b",
          # (`Lesen Sie jetzt weiter mit Bilanzblick Plus`, `Weiterlesen mit Z+`: the rest of the story for subscribers)
          r"^(lesen sie (jetzt |hier )?weiter|jetzt weiterlesen|weiterlesen) mit\s",
          # (no/sv/da: `Du har 1 gratis artikkel igjen denne måneden`, `… gratis artiklar kvar`, `… tilbage`)
          r"\bgratis ?artik(kel|ler|el|lar)\w* (igjen|kvar|tilbage)\b",
          # a Japanese paper's members' offer (`…デジタル会員なら、…すべての記事が読み放題。`)
          r"^.{0,40}?会員なら.{0,60}読み放題",
          # ... and its notice where the paid story is cut (`この記事は有料記事です。残り1186文字（全文2917文字）`,
          # `有料会員になると続きをお読みいただけます。`, `この記事は会員限定です`, `続きは有料会員登録で`); a Korean or
          # Chinese site's (`이 기사는 유료 회원 전용입니다`, `本文为付费内容`, `訂閱即可閱讀全文`)
          r"^この記事は(?:有料|会員限定|読者会員限定|有料会員限定)(?:記事)?です",
          r"^(?:有料|デジタル|読者)?会員(?:登録)?(?:になる|する)?と(?:、)?(?:続き|全文|この記事の続き)を(?:お)?読み",
          r"^(?:この記事の)?続きは(?:有料|デジタル)?会員",
          r"^이 기사는 (?:유료 ?회원|유료 ?구독자|프리미엄 회원) 전용",
          r"^(?:本文|本文章|此文)(?:为|為)付(?:费|費)(?:内容|內容)", r"^(?:订阅|訂閱)(?:后|後|即可)(?:阅读|閱讀)全文",
          r"^(this|the) (article|story|content) is (only )?(for|available to|reserved for) (subscribers|members)\b",
          # a paid story said to be one, or to be read free for now (`This is a CP Premium story. You are reading it
          # free as part of your trial …`, `You're reading this article free thanks to …`)
          r"^this is an? ([\w+&'’-]+ ){0,3}(premium|subscriber|subscriber-only|members-only|member|paid|exclusive)"
          r" (story|article|content)\b",
          r"^(you are|you're) reading (it|this( story| article| piece)?) (for )?free\b",
          # the page's own audio kept for paying readers (`Access to audio articles is available to Premium
          # subscribers only.`, `Hörfassung nur für Abonnenten`): an archive's broadcasts kept for subscribers, or
          # audio books free for members, are a story's
          r"^(access to )?(the )?(audio articles?|article audio|audio version|audio of this (article|story)"
          r"|listening to (this article|articles)|hörfassung|artikel anhören|audio des articles|audio de los artículos)"
          r"\b[^.!?]{0,40}\b(only|exclusive\w*|reserved|nur|réservée?s?|solo|apenas|alleen)\b[^.!?]{0,30}"
          r"\b(subscribers|members|abonnenten|abonnés|suscriptores|abbonati|assinantes|abonnees)( only)?\.?$"
          r"|^(access to )?(the )?(audio articles?|article audio|audio version)\b[^.!?]{0,40}\b(subscribers|members)"
          r" only\.?$",
          r"^already (a subscriber|have an account|registered)\b",
          # the device-limit notice: the reader's subscription in use on another device (`Tu suscripción se está
          # usando en otro dispositivo`, `Votre abonnement est utilisé sur un autre appareil`, `Ihr Abo wird auf einem
          # anderen Gerät genutzt`), and what reading on here does to the other (`Si continúas leyendo en este
          # dispositivo, no se podrá leer en el otro.`): the reader's own subscription, the page's devices. An
          # account (`Your account can be opened on another device…`, `Su cuenta había sido abierta desde otro
          # dispositivo…`) is a fraud story's, and a line someone said (`…, said`, `según…`, `selon…`) the story's.
          r"^(?!.*\b(" + _REPORTED + r")\b)"
          r"(your|tu|su|votre|ton|ihr|dein|il tuo|il suo|la tua|a sua|a tua|o seu|o teu|je|uw) (subscription"
          r"|suscripción|abonnement|abo|abbonamento|assinatura|subscrição)\b[^.!?]{0,50}\b"
          r"(another|otro|un autre|einem anderen|un altro|outro|noutro|een ander) (device|dispositivo|appareil|gerät"
          r"|apparaat)\b",
          r"^(?=[^.!?]{0,60}\b(this device|here|este dispositivo|aquí|cet appareil|ici|diesem gerät|hier"
          r"|questo dispositivo|qui|neste dispositivo|aqui|dit apparaat)\b)"
          r"(if you (keep|continue|carry on) reading|si (continúas|sigues|continúa|sigue|continuás|seguís) leyendo"
          r"|si vous continuez (à lire|la lecture)|si tu continues (à lire|la lecture)|wenn sie [\w ]{0,20}weiterlesen"
          r"|wenn du [\w ]{0,20}weiterliest|se (continui|continua) a leggere|se (você )?continuar (a ler|lendo)"
          r"|als (je|u) [\w ]{0,20}(verder leest|blijft lezen))\b"
          r"[^.!?]{0,110}\b(other|otro|otra|l'autre|l’autre|anderen|andere|altro|altra|outro|outra)\b",
          # the box's question to the reader after its pitch on one line (`Subscribers get every story first.
          # Already a subscriber? Log in …`, `… ¿Ya eres suscriptor?`, `… Déjà abonné ?`, `… Bereits Abonnent?`):
          # any sentence of the line, closed by its question mark (a story's `Already a subscriber to two papers,
          # she …` asks nothing)
          r"(?:^|[.!?]\s+)¿?(already a subscriber|already have an account|ya eres suscriptora?|ya sos suscriptora?"
          r"|déjà abonnée?|vous êtes déjà abonnée?|bereits abonnent(in)?|schon abonnent(in)?|sei già abbonat[oa]"
          r"|già abbonat[oa]|já é assinante|já és assinante|ben je al abonnee|al abonnee|redan prenumerant"
          r"|allerede abonnent)\s?\?",
          r"^(unlock|continue reading) (this|the) (article|story)\b",
          # the box's button unlocking the piece by a membership (`Unlock with membership`, `Débloquer avec
          # l'abonnement`, `Desbloquear con suscripción`, `Mit Abo freischalten`, `Sblocca con l'abbonamento`,
          # `Desbloqueie com a assinatura`, `Ontgrendel met een lidmaatschap`): alone on its line
          r"^(unlock|débloquer|débloquez|desbloquea|desbloquear|desbloqueie|desbloquear|sblocca|ontgrendel)"
          r"( it| this| now| maintenant| ahora| ora| agora| nu)? (with|for|avec|pour|con|para|com|per|met|voor)"
          r" (a |an |your |the |l['’]|un |une |una |uma |un['’]|een |je |uw |o |a |la |el |il |le |votre |tu |su )?"
          r"(membership|subscription|members|subscribers|abonnement|abonnés|adhésion|suscripción|suscriptores"
          r"|membresía|assinatura|assinantes|abbonamento|abbonati|lidmaatschap|abonnees|abo|plus|premium)\W{0,2}$"
          r"|^(mit (abo|abonnement|mitgliedschaft|plus)|jetzt) freischalten\W{0,2}$",
          r"^(subscribe|sign up) (now )?(for|to get) (unlimited|full) (access|digital access)\b",
          # the pitch's promise of access without a stop (`Subscribe now for uninterrupted access`, `Abonnez-vous
          # pour un accès illimité`, `Suscríbete para acceso ilimitado`, `Jetzt abonnieren für unbegrenzten Zugang`)
          r"^(jetzt )?(subscribe|abonnez-vous|suscríbete|suscribite|abonnieren sie|abonnieren|abbonati|assine"
          r"|abonneer)( now| today| maintenant| ahora| jetzt| ora| já| nu)? (for|pour|para|für|per|voor)\b"
          r"[\w ]{0,24}?\b(unlimited|uninterrupted|unrestricted|illimité|ilimitad[oa]|unbegrenzt\w*|illimitat[oa]"
          r"|ilimitad[oa]|onbeperkte?|sans limite|sin límites)\b",
          r"\b(exclusivo|solo) para (suscriptores|socios|abonados)\b", r"^(ya eres suscriptor|¿ya eres suscriptor)",
          # a premium box's label alone between paragraphs (`Premium Content`, `Subscriber-only analysis`,
          # `Contenido premium`, `Contenu réservé aux abonnés`, `Premium-Inhalt`, `Contenuto premium`)
          r"^(premium|subscriber[- ]only|members?[- ]only|exclusive|plus)[ -](content|article|analysis|story|research)$"
          r"|^(contenido|artículo|análisis|contenu|article|analyse|contenuto|articolo|analisi|conteúdo|artigo"
          r"|inhoud|artikel) (premium|exclusivo|exclusif|esclusivo|réservé aux abonnés|para suscriptores)$"
          r"|^premium[- ](inhalt|artikel|analyse|beitrag)$",
          r"\b(exklusiv für|nur für) (abonnenten|abonnentinnen|abonnierende)\b", r"^(sie sind bereits abonnent"
          r"|bereits abonnent)", r"\bréservé aux abonnés\b", r"^il vous reste \d+\s*% de cet article",
          r"^[\w-]{3,30}\+$", r"^sie lesen diesen artikel\b", r"\b(probemonat|probeabo|testabo)\b",
          r"^déjà abonné", r"\byou'?ve read \d+ of \d+\b",
          # `Sie lesen mit OT+ – vielen Dank für Ihre Unterstützung`: the subscriber's thanks, or reading "with" a
          # plan named with a plus, in the 18 languages
          r"^(you'?re reading|you are reading|sie lesen|du liest|vous lisez|tu lis|estás leyendo|está leyendo"
          r"|você está lendo|está a ler|stai leggendo|sta leggendo|u leest|je leest|du läser|du leser|du læser"
          r"|czytasz|čtete|citești|citiți|estàs llegint|luet|διαβάζετε|okuyorsunuz|olvasod|ön olvassa)"
          r" (with|mit|avec|con|com|met|med|z|s|cu|amb|ile)? ?[\w-]{1,30}\+",
          # `Sie lesen einen TB+ Artikel`, `You are reading a premium article`, `Vous lisez un article abonné`: the
          # page telling the reader the story is one for subscribers (an article word between)
          r"^(you'?re reading|you are reading|sie lesen|du liest|vous lisez|tu lis|estás leyendo|está leyendo"
          r"|você está lendo|está a ler|stai leggendo|sta leggendo|u leest|je leest|du läser|du leser|du læser)"
          r" (a|an|einen|ein|eine|un|une|uno|una|um|uma|een|en|ett|et)? ?([\w-]{1,30}\+|(premium|plus|exklusiv\w*"
          r"|exclusiv\w*|abo\w*|abonn\w*|subscriber\w*|members?|suscriptor\w*|assinante\w*|abbonat\w*)\b)",
          r"^([^.!?]{0,40}\s[–—-]\s)?(thank you|thanks|many thanks|vielen dank|danke|merci|gracias|obrigad[oa]|grazie"
          r"|bedankt|dank u|dank je|tack|takk|tak|dziękujemy|děkujeme|mulțumim|gràcies|kiitos|ευχαριστούμε"
          r"|teşekkür\w*|köszönjük)\b.{0,30}\b(support|subscri|unterstütz|abonn|soutien|apoyo|suscri|apoio|assinatura"
          r"|sostegno|abbonament|steun|stöd|prenumer|støtte|wsparci|podpor|předplat|sprijin|suport|tuki|tilaa"
          r"|υποστήριξ|συνδρομ|destek|abone|támogat|előfizet)",
          # a call to subscribe (or log in) to read on, in the reader's language (`Suscríbete para seguir leyendo`,
          # `Abonnez-vous pour lire la suite`, `Abonnieren Sie, um weiterzulesen`, `Abbonati per continuare a leggere`)
          r"^(suscríbete|suscríbase|suscribite|regístrate|abonnez-vous|inscrivez-vous|connectez-vous|abonnieren sie"
          r"|melden sie sich an|abbonati|iscriviti|assine|inscreva-se|abonneer|log in|sign in)[, ]+(para|pour|um|per"
          r"|om|to) (seguir|continuar|lire|continuer|weiter\w*|continuare|verder|keep|continue)\b",
          r"^(cet article|ce texte|ce contenu|cette enquête|ce reportage) (vous )?est (offert|gratuit|en accès libre)",
          r"^(this|the) (article|story) is (free to read|free for (all|everyone)|open to all|brought to you free)",
          r"^(dieser|der) (artikel|beitrag|text) ist (für sie )?(kostenlos|frei zugänglich|gratis)",
          r"^(este|el) (artículo|texto|contenido) (es|está) (gratuito|de acceso libre|en abierto)",
          r"^questo (articolo|contenuto) è (gratuito|offerto|in chiaro|ad accesso libero)",
          r"^este (artigo|texto|conteúdo) (é|está) (gratuito|de acesso livre|aberto)",
          r"^dit (artikel|stuk) is (gratis|vrij toegankelijk)", r"^(subscriber|member)s?[- ]only\b",
          r"^(subscriber|premium|members?) exclusive$", r"^(this|the) (article|story) is (available )?(to|for)"
          r" (subscribers|members) only", r"^cet article vous est offert", r"\bpour lire tous nos articles\b",
          r"\b(abonnez-vous|suscríbete|abonnieren sie|abbonati|assine) (à partir de|desde|ab|da|a partir de)\b",
          r"\b(riservato|riservata) agli abbonati\b",
          # a feature of the page kept for subscribers (`This feature is only available to subscribers`, `Esta
          # funcionalidad es exclusiva para suscriptores`, `Cette fonctionnalité est réservée aux abonnés`): a feature's
          # noun, then the members and a word restricting it to them within a short line
          r"^((" + _THIS + r") )?(" + _FEATURE + r")\b(?=[^.!?]{0,80}\b(" + _ONLY + r"))[^.!?]{0,50}"
          r"\b(" + _MEMBERS + r")\b"
          r"(?! (of|de|del|des|der|di|da|do|dos|das|van|av|af|z|ze|din)\b)[^.!?]{0,30}[.!]?$",
          # `Only subscribers can comment`, `Seuls les abonnés peuvent …`, `Nur Abonnenten können …`: what the page
          # lets them do, in a line without a comma (not `Only members can vote, the party said`, a story's)
          r"^(only|just|solo|sólo|solamente|únicamente|seuls|seules|seulement|uniquement|nur|soltanto|apenas|somente"
          r"|só|alleen|endast|bara|kun|tylko|pouze|doar|només)( the| los| las| les| nos| die| unsere| gli| i| os| as"
          r"| onze| de| nuestros| nossos)?( registered| registrados| registrierte| inscrits| premium)? (" + _MEMBERS
          + r")\b( can| may| have| pueden| tienen| peuvent| ont| können| haben| dürfen| possono| hanno| podem| têm"
          r"| kunnen| hebben| kan| har| får| mogą| mohou| pot| poden)\b[^.!?,]{0,24}\b(" + _ACTIONS
          + r")\b[^.!?,]{0,40}[.!]?$",
          r"\bexclusivo para assinantes\b",
          # metering: free articles (a label may stand between: `kostenlosen OA+-Artikeln`), `3 of 5` read
          r"\b(" + _FREE + r")\b[^.!?]{0,14}?(" + _ARTICLES + r")",
          r"\b(" + _ARTICLES + r")\s+(" + _FREE + r")\b",
          # the reader told what they are reading for free, a kind of article run into its noun (`Je leest dit
          # premiumartikel gratis met je account.`; a headline about free articles tells no one what they read)
          r"^(je leest|u leest|you(?:'re| are) reading|sie lesen|du liest|vous lisez|tu lis|est(?:á|ás) leyendo"
          r"|sta(?:i)? leggendo|você está lendo)\b[^.!?]{0,30}?(premium|plus|abo)?(" + _ARTICLES
          + r")\b[^.!?]{0,20}?\b(" + _FREE + r")\b",
          r"\b\d+\s+(of|out of|av|af|von|de|di|su|sur|van|z|ze|din|na)\s+\d+\b[^.!?]{0,40}?(" + _FREE + "|"
          + _ARTICLES + ")",
          r"\blímite de (notas|artículos|noticias)\b",
          # the reader asked whether they want to read on: the meter's question, in en/fr/de/es/it/pt/nl
          r"\b(want|like|wish) to (keep|continue|carry on) reading\b|\b(möchten sie|sie möchten|willst du|du möchtest"
          r"|wollen sie) (\w+ )?weiterlesen\b|\b(envie de|vous voulez|voulez-vous) (lire la suite|continuer (à|a) lire"
          r"|poursuivre (la|votre) lecture)\b|\b(quieres|quiere|desea) (seguir|continuar) leyendo\b"
          r"|\b(vuoi|vuole) (continuare a leggere|leggere (il resto|tutto))\b|\b(quer|deseja) continuar (a ler|lendo)\b"
          r"|\bwil je (verder )?lezen\b",
          # a membership pitch: `Pro subscribers read ad-free.`
          r"\b(subscribers?|members?|abonnent(en|in|innen)?|abonnés|suscriptores|socios|assinantes|abbonati"
          r"|abonnees|leden|prenumeranter|abonnenter|prenumeratorzy)\b.{0,60}\b(ad-free|ad free|without ads"
          r"|werbefrei|ohne werbung|sans (pub|publicité)|sin (publicidad|anuncios)|sem (publicidade|anúncios)"
          r"|senza pubblicità|zonder (advertenties|reclame)|reklamfritt|reklamefritt|uten reklame|uden reklamer"
          r"|bez reklam)"),
    _kind("donation",
          r"^(support|fund|back) ((our|independent|local|quality|this|public-interest|nonprofit|free) ){1,3}"
          r"(journalism|reporting|newsroom|work|press)\b",
          r"^(donate|donate now|give now|make a (donation|contribution)|become a (member|supporter|friend|patron))\b",
          r"\b(your (donation|support|contribution) (helps|keeps|makes|allows)|reader-funded|reader-supported"
          r"|we rely on (readers|donations|your support)|we have a small favou?r to ask)\b",
          # the appeal's buttons and legend (`Support The Meridian`, the site's name in capitals; `Remind me in
          # January`; `Accepted payment methods: Visa, …`)
          r"^support (?-i:(the )?[A-Z][\w'’&.-]*( [A-Z][\w'’&.-]*){0,2})$",
          r"^remind me (later|next (week|month)|in (?-i:[A-Z])[a-z]+)$|^(accepted )?payment methods\s*:",
          # a public station's or a nonprofit newsroom's appeal heading, the whole line (`KCRP News depends on
          # listeners like you.`, `This reporting is made possible by readers like you.`)
          r"^[^.!?]{2,60} (depends|relies|counts|is built) on (the support of )?(listeners|readers|viewers|members"
          r"|donors|supporters|people) like you[.!]?$",
          r"^[^.!?]{2,60} (is|are) (made possible|funded|powered|supported|sustained) by (listeners|readers|viewers"
          r"|members|donors|supporters|people) like you[.!]?$",
          r"^(apoya|apóyanos|apoyá|apoyanos|haz una donación|hacé una donación|hazte (socio|socia|mecenas|miembro)"
          r"|colabora con)\b",  # (the Rioplatense voseo too: `Apoyá Pulso X`, `Hacé una donación`)
          r"^(unterstützen sie|jetzt unterstützen|spenden sie|jetzt spenden|werden sie (mitglied|unterstützer))\b",
          # the appeal's heading asking whether the reader likes the site (`Sie lesen gern Achgut.com?`, `Zeigen Sie
          # Ihre Wertschätzung!`, `Enjoy reading The Meridian?`)
          r"^(sie lesen gerne?|(do you )?enjoy reading) [\w .'’-]{2,40}\?$|^(zeigen sie ihre wertschätzung"
          r"|show your appreciation)\b",
          r"^(soutenez|faites un don|je (fais un don|soutiens)|devenez (membre|donateur))\b",
          r"^(sostieni|sostienici|fai una donazione|dona ora)\b",
          r"^(apoie|faça uma doação|seja (assinante|apoiador))\b",
          r"^(steun ons|doneer)\b",
          r"^(stöd oss|stötta oss|donera|støtt oss|støtt|doner|støt os|donér|wesprzyj|przekaż darowiznę)\b",
          # a membership appeal opening any sentence of the line (`… paid for by its members. Become a member …`)
          r"(?:^|[.!?]\s+)(become a (member|supporter|subscriber|patron)|join (us|our members)|bli (medlem|prenumerant)"
          r"|bliv (medlem|abonnent)|word (lid|abonnee)|devenez (membre|abonnée?)|hazte (socio|socia|miembro|suscriptor)"
          r"|werden sie (mitglied|abonnent)|diventa (socio|abbonato)|torne-se (membro|assinante)"
          r"|torna-te (membro|assinante)|zostań (członkiem|subskrybentem)|staňte se (členem|předplatitelem)"
          r"|fă-te (membru|abonat)|fes-te (soci|sòcia|subscriptor))\b",
          # the site said to have no paywall, with the readers who pay for it (`X doesn't have a paywall, and it
          # never will. Every dollar from readers …`, `No tenemos muro de pago: nuestros lectores …`, `Pas de paywall
          # chez nous : ce sont nos lecteurs …`, `Wir haben keine Paywall – unsere Leser …`)
          r"\b(no|not|never|don'?t|doesn'?t|won'?t|sin|sans|pas de|keine|ohne|senza|nessun|sem|geen)"
          r" (have |put up |build |tenemos )?(a |an |un |une |einen? |uma |een )?(paywall|muro de pago|mur payant"
          r"|bezahlschranke|betaalmuur)\b.{0,160}\b(readers?|lectores|lecteurs|leser\w*|lettori|leitores|lezers|donors?|donat\w*"
          r"|members|you)\b",
          # ... or said in the site's own voice, the readers left unnamed (`We don't have a paywall, and we never
          # will.`, `No tenemos muro de pago.`, `Wir haben keine Paywall.`): `we` is the publication (a story
          # reports that others have none: `The council's site has no paywall`)
          # (not inside a quotation: `“We don't have a paywall,” the museum's director said`)
          r"(?<![“\"„«‘'])\b(we (don['’]?t|do not|won['’]?t|will never|never) (have|put up|build|use) (a |any )?paywall"
          r"|no tenemos (un |ningún )?muro de pago|nous n['’]avons pas de (paywall|mur payant)"
          r"|wir haben keine (paywall|bezahlschranke)|non abbiamo (un |alcun )?paywall|não temos (um |nenhum )?paywall"
          r"|wij hebben geen (paywall|betaalmuur))\b(?![,.!]?[”\"’»])(?!" + _TOLD + r")",
          # a donation box's button: a giving verb and an amount, perhaps by the month (`Give $10 a month`, `Donate
          # £5`, `Spenden Sie 5 € im Monat`, `Donner 10 € par mois`, `Dona 5 € al mes`, `Doneer € 5 per maand`)
          r"^(give|donate|chip in|contribute|spenden( sie)?|spende|donner|donnez|dona|donar|done|doe|doneer|geef"
          r"|contribuisci|contribuye)\s+(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|euros?|dollars?|pounds?))"
          r"(\s+(a|per|par|pro|im|al|ao|por|each|every)\s+\w+|\s?/\s?\w+)?\s*[→›>]?$",
          # the reader told to give, in any sentence of the line (`… ayudas a instalar una pileta. Haz tu donación
          # aquí.`, `Make your donation today`, `Faites votre don`, `Mach deine Spende`): the giving noun after
          # the reader's possessive
          r"(?:^|[.!?]\s+)(haz|haga|realiza|realice|make|faites|fais|fai|fate|faça|faz|mach|machen sie|tätige"
          r"|tätigen sie|doe) (tu|su|your|votre|ton|la tua|la vostra|a sua|sua|deine|ihre|je|uw) (donación|donativo"
          r"|aporte|donation|gift|don|donazione|doação|spende|donatie)\b(?!" + _TOLD + r")"),
    _kind("report error",
          # the newsroom asking the reader for a tip (`Har du et tip til Aftenbudet? … ring til os`, `Heb je een tip?
          # Mail de redactie`, `Haben Sie einen Hinweis? Schreiben Sie uns`; the English `Got a tip?` is a sign-up's)
          r"^¿?(har du ((et|ett) )?tips?|heb (je|jij|u) een (nieuws)?tip|hebt u een (nieuws)?tip|hast du einen (tipp"
          r"|hinweis)|haben sie einen (tipp|hinweis)|vous avez une info(rmation)?|avez-vous une info(rmation)?"
          r"|tienes una? (historia|pista|dato|denuncia)|tiene una? (historia|pista|dato|denuncia)"
          r"|hai una (segnalazione|notizia)|tem uma (dica|sugestão|denúncia)|masz (temat|informację|sygnał))\b"
          # (naming the newsroom or how to reach it: a resident's own `Heb je een tip voor ons?` is quoted speech)
          r"(?=.*\b(redacti\w*|rédaction|redaktion\w*|redacción|redazione|redação|nyhedsredaktion\w*|tips@\S+"
          r"|ring til os|hör av dig|mail (ons|de redactie)|whatsapp|schreiben sie uns|écrivez-nous|escríbenos"
          r"|scrivici|escreva-nos|napisz do nas))",
          r"^(report an? (error|correction|typo|mistake)|spotted an? (error|mistake|typo)|found an? (error|mistake))",
          # (the question in other languages, alone or with the newsroom's address: `Encontrou um erro? Fale com a
          # Gazeta pelo e-mail erros@…`, `¿Encontraste un error?`, `Vous avez repéré une erreur ?`; a story's service
          # line asks of the reader's bill: `¿Encontraste un error en tu recibo?`)
          r"^" + _FOUND_ERROR + r"\s*\?(\s*$|(?=.{0,120}(@[\w-]+\.|https?://|www\.)))",
          # ... going on to ask for a tip for the newsroom, named (`Een fout gezien of heb je een tip voor de redactie?
          # Laat het ons weten via het meldformulier.`; a council's form asks for tips too, not for the newsroom's)
          r"^" + _FOUND_ERROR + r"\s+(of|ou|o|or) [^?]{0,30}\b(tip|tips|dica|pista|info|segnalazione|suggerimento)"
          r"\s+(voor|para|pour|per|for) (de |a |la |the )?(redactie|redação|redacção|rédaction|redacción|redazione"
          r"|newsroom)\s*\?",
          # the page's own correction stamped (`Notícia corrigida às 9h40: …`, `Article corrigé à 9 h 40 : …`,
          # `Artículo corregido a las 9.40: …`, `Artikel korrigiert um 9.40 Uhr: …`, `Story corrected at 9:40am: …`)
          r"^(notícia|texto|artigo|article|artículo|noticia|artikel|meldung|articolo|notizia|story|bericht)"
          r" (corrigid[oa]|corrigée?|corregid[oa]|korrigiert|corrett[oa]|corrected|gecorrigeerd)"
          r"(\s+(às|a las|à|um|alle|at|om|em|le|el|am|on)\s+[^:]{1,30})?\s*:",
          # ... or updated, saying with what (`Notícia atualizada às 20:05 com declarações do presidente`, `Story
          # updated at 8:05pm with comments from …`, `Artikel aktualisiert um 20.05 Uhr mit …`)
          # (or saying what for, perhaps flagged by an asterisk: `*Matéria atualizada às 20h03 para incluir …`)
          r"^\*?(notícia|matéria|texto|artigo|article|artículo|noticia|artikel|meldung|articolo|notizia|story|bericht)"
          r" (atualizad[oa]|actualizad[oa]|mise? à jour|aktualisiert|aggiornat[oa]|updated|bijgewerkt)"
          r"\s+(às|a las|à|um|alle|at|om|em|le|el|am|on)\s+\d{1,2}(?:[:.h]\d{2})?\s?(?:am|pm|h|uhr)?"
          r"\s+(com|con|avec|mit|with|met|para incluir|para añadir|to include|to add|pour (inclure|ajouter)"
          r"|per (includere|aggiungere))\s",
          r"^(fehler (gefunden|melden)|haben sie einen fehler)", r"^(signaler une erreur|une erreur \?)",
          r"^(comunicar|reportar|notificar) (un )?error", r"^(segnala(re)? un errore)",
          # the same link in the imperative (`Reporta un error`, `Melden Sie einen Fehler`, `Signalez une coquille`)
          r"^(reporta|reporte|notifica|comunica|informa de|avísanos de|avisa de) (un|una) (error|errata|fallo)\b",
          r"^(melde|melden sie|meld|rapporteer|rapportera|anmäl) (uns )?(einen |een |ett )?(fehler|fout|fel)\b",
          r"^(signalez|signale|signaler) (une|un) (erreur|faute|coquille)\b", r"^segnala(ci)? (un )?(errore|refuso)\b",
          r"^(reporte|reportar|comunique|informe|notifique) (um )?erro\b", r"^(zgłoś|zgłoś nam) błąd\b",
          # the same invitation as a purpose clause (`To report an error, write to us`, `Pour signaler une erreur ou
          # une coquille, écrivez-nous`, `Para reportar un error, …`, `Um einen Fehler zu melden, …`, `Om een fout te
          # melden …`), its verb before or after the error's noun
          r"^(to (report|flag) an? (error|mistake|typo)|pour (signaler|nous signaler) (une|un) (erreur|faute|coquille)"
          r"|para (reportar|comunicar|notificar|señalar|informar de) (un|una|um) (error|erro|errata|fallo)"
          r"|per segnalar(e|ci) (un )?(errore|refuso)|um (uns )?einen (fehler|tippfehler) zu melden"
          r"|om een (fout|tikfout) te (melden|rapporteren))( (or|ou|o|oder|of) (an?|une?|una|um|einen|een) \w+)?"
          r"\s*,[^,.!?]{0,60}[.!]?$",
          r"^(nahlásit|nahlaste) chybu\b", r"^(raportează|semnalează) (o )?(eroare|greșeală)\b",
          r"^(correction|corrections|korrektur|rectificación|rectificatif|correção|clarification|fe de erratas"
          r"|fe de errores|précision|erratum|errata|rectification|mise au point|berichtigung|richtigstellung"
          r"|corrección|aclaración|correzione|rettifica|precisazione|retificação|esclarecimento|correctie|rectificatie"
          r"|rättelse|rettelse|rettelser|sprostowanie|korekta|oprava|corectură|rectificare|rectificació|correcció|oikaisu"
          r"|korjaus"
          r"|διόρθωση|düzeltme|helyesbítés)"
          # (its date after a comma or a space: `Correction, Nov. 29:`, `Correctie 29 november:`, `Korrektur vom
          # 29. November:`, `Correction November 29, 2026:`)
          r"(\s*,[^:]{1,30}|\s+(du |del |vom |van |de )?\d{1,2}\.?\s+(de )?" + _LABEL_MONTH + r"(\s+(de )?\d{4})?"
          r"|\s+" + _LABEL_MONTH + r"\s+\d{1,2}(,?\s+\d{4})?"
          # (or in figures, perhaps with its time: `Oikaisu 27.5.2027 klo 8.15:`, `Korrektur 3.12.2027, 9.20 Uhr:`)
          r"|\s+\d{1,2}\.\d{1,2}\.(\d{2,4})?(,?\s*(klo|kl\.?|um|at|à|alle|às|a las|o godz\.?)?\s*\d{1,2}[.:]\d{2}"
          r"(\s*uhr)?)?)?\s*:",
          r"^our (standards|editorial standards)\b",
          # what changed, said of the page itself: `(In) an earlier version of this article …`, in en/es/fr/de/it/pt/nl
          r"^" + _NOTE_LABEL + r"((this|an earlier version of this) (article|story)( has been| was)? (updated|amended"
          r"|corrected)\b|una versión anterior de este artículo"
          r"|(in )?(an earlier|a previous|an older) version of this (article|story|text|report|piece)\b"
          r"|(dans )?une (version|mouture) (précédente|antérieure) de (cet article|ce texte|cette dépêche)\b"
          r"|(in )?(eine|einer) (frühere|früheren|vorherige|vorherigen|ältere|älteren) (version|fassung) (dieses|des)"
          r" (artikels|textes|beitrags)\b"
          r"|(en )?una versión (previa|anterior) de (este|esta) (artículo|texto|noticia|información)\b"
          r"|(in )?una (versione|stesura) precedente di questo (articolo|testo|pezzo)\b"
          r"|(numa|uma) versão anterior (deste|desta) (artigo|texto|notícia|reportagem)\b"
          r"|(in )?een (eerdere|vorige) versie van dit (artikel|bericht|stuk)\b)",
          # an update stamped with its day and time, then the earlier version named (`Update 03.12.2027, 09:20 Uhr: In
          # einer früheren Fassung hieß es …`, `Update 3/12, 9.20am: An earlier version said …`)
          r"^(update|aktualisierung|nachtrag|korrektur|correction|rectificatif|mise à jour|actualización|atualização"
          r"|aggiornamento|rettifica)\s+(?=\d{1,2}[./:]\d)\d[\d.:/, ]*(uhr|h|am|pm)?\s*:\s*(in )?(an earlier"
          r"|a previous|einer früheren"
          r"|einer vorherigen|une version|una versión|una versione|uma versão|een eerdere)\b",
          r"^the (thomson reuters|trust) principles\b",
          r"^(editor['’]?s note|editors['’]? note|nota del editor|nota de la redacción|nota da redação"
          r"|anmerkung der redaktion"
          r"|hinweis der redaktion|note de la rédaction|nota della redazione|n\. ?d\. ?r\."
          # (cs/sk/pl/nl/sv/da/no/ca/ro/hu/fi)
          r"|redakční poznámka|poznámka redakce|redakčná poznámka|nota redakcji|noot van de redactie"
          r"|redaktionens anmärkning|redaktionel note|redaksjonell merknad|nota de la redacció|nota redacției"
          r"|nota redactiei|nota redacţiei|a szerkesztő megjegyzése|szerkesztői megjegyzés"
          r"|toimituksen huomautus)\s*[:.]?",
          r"^(this|the) (article|story|report) (was|has been) (corrected|amended|updated|changed) (on|to|since)\b",
          r"^errata corrige\s*:",
          # the page said to have been corrected, then what was wrong (`This story has been corrected: …`, `Esta
          # información ha sido corregida: …`, `Dieser Artikel wurde korrigiert.`): the page itself named as such
          r"^(this (article|story|piece|report)|esta (información|noticia|nota)|este (artículo|texto)|cet article"
          r"|cette (information|dépêche)|ce texte|dieser (artikel|beitrag|text)|diese (meldung|nachricht)"
          r"|questo (articolo|testo|pezzo)|esta (notícia|reportagem)|este (artigo|texto)|dit (artikel|bericht|stuk))"
          r" (has been|was|ha sido|fue|a été|wurde|è stato|è stata|foi|is) (corrected|amended|corregid[oa]"
          r"|rectificad[oa]|corrigée?|rectifiée?|korrigiert|berichtigt|corrett[oa]|rettificat[oa]|corrigid[oa]"
          r"|retificad[oa]|gecorrigeerd)\s*[:.]",
          # the page's first version (`in una prima versione dell'articolo`, `In the first version of this story`,
          # `Dans une première version de cet article`, `In einer ersten Fassung dieses Artikels`)
          r"^" + _NOTE_LABEL + r"(in |en |dans |na )?(the|a|una|une|einer|uma|een) (first|original|prima|primera"
          r"|première|ersten|primeira|eerste|originale|original) (version|versione|versión|fassung|versão|versie)"
          r" (of (this|the)|dell['’]|di questo|de (este|esta|l['’]|cet|cette)|dieses|des|deste|desta|van (dit|het))"
          r" ?(article|story|articolo|artículo|artikels|beitrags|textes|artigo|artikel|texte|testo|texto|noticia)\b",
          UPDATE_AT_CLOCK.pattern,
          # an update note saying what the update changed (`Update, March 4, 6:10PM: Added details of …`,
          # `Mise à jour, 18 h 10 : ajout de …`, `Aktualisierung (18.10 Uhr): Ergänzt um …`), its stamp also set off
          # by a space alone, a figure in it (`Update February 16th, 1:15PM ET: Added comment from …`, `Aggiornamento
          # 16 febbraio, 13:15: aggiunta …`; not `Update the firmware: added …`); a live blog's `Update:` goes on
          # with the news, not with what was done to the page
          r"^(update|updated|mise à jour|actualización|actualizado|aktualisierung|nachtrag|aggiornamento"
          r"|atualização|bijgewerkt|update)((\s*[,(–—-]\s*|\s+(?=[^:]{0,30}\d))(\d{1,2}[:.]\d{2}|[^:]){1,50})?"
          r"\s*:\s*(added|adds|corrected"
          r"|corrects|clarified|clarifies|removed|includes|ajout|ajouté|corrigé|précisé|se (añadi|agreg|corrigi|incluy)"
          r"|añadid|agregad|corregid|ergänzt|hinzugefügt|korrigiert|präzisiert|aggiunt|corrett|precisat"
          r"|adicionad|acrescentad|corrigid|toegevoegd|aangevuld|gecorrigeerd)",
          # an update note whose later sentence says what was done to the page (`Update November 27th, 3:40PM ET:
          # Keyvale has published a fix … We have added the company's statement below.`, `Mise à jour 18 h 10 : …
          # Nous avons ajouté …`, `Aktualisierung 18.10 Uhr: … Wir haben die Stellungnahme ergänzt.`)
          r"^(update|updated|mise à jour|actualización|actualizado|aktualisierung|nachtrag|aggiornamento"
          r"|atualização|bijgewerkt)\b(\d{1,2}[:.]\d{2}|[^:.!?]){0,50}:\s(?=.{0,400}\b(we('ve| have)? (added|updated"
          r"|included|corrected|removed|amended)|this (story|article) (has been|was) (updated|amended)"
          r"|nous avons (ajouté|mis à jour|complété|corrigé)|hemos (añadido|actualizado|incluido|agregado|corregido)"
          r"|wir haben [\w ]{0,40}(ergänzt|aktualisiert|hinzugefügt|korrigiert)|abbiamo (aggiunto|aggiornato"
          r"|corretto)|(adicionámos|adicionamos|atualizamos|corrigimos)|we hebben [\w ]{0,30}(toegevoegd"
          r"|bijgewerkt|aangevuld))\b)"),
    # The editor in charge of the story, under its last paragraph on Chinese pages (`责任编辑：王芳`,
    # `【責任編輯：陳明】`, `编辑：张伟`): the story ends there.
    _kind("editor in charge",
          r"^[【\[（(]?(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]\s*\S{2,12}[】\]）)]?$", ends=True),
    _kind("editing credit",
          # a wire story's update note in brackets (`(Updates with closing yields in seventh paragraph.)`, `(Adds
          # analyst comment in paragraphs 5-6)`, `(Recasts with details)`): what a later version did, not a sentence
          # (`(Updates to orders will be posted …)`, `(Adding to the pressure, …)`)
          r"^\((?:updates|adds|recasts|rewrites|corrects|refiles|removes|fixes)"
          r" (?:with|throughout|details|byline|quotes?|comment|analyst|background|paragraph|headline|dateline)"
          r"(?![^()]*\b(?:will|would|are|is|was|were|said|says)\b)[^()]{0,120}\)\.?$",
          # (after the dash that sets it off, `—Jane Doe contributed reporting from Chicago.`)
          r"^[—–-]?\s*\(?(?:(?:(?:reporting|additional reporting|writing|editing|edited|compiled|graphics|translation"
          r"|translated|fact-checked|contributing|with reporting)( by|:)\s[^.!?]{2,200}?"
          # `Reported for NBS News Manzini.` before `Edited by …`: a name-shaped outlet, no clause
          r"|(?:reported|produced|filed) for\s(?-i:[A-ZÀ-Þ][\w'’&-]*(?:\s(?:[A-ZÀ-Þ0-9][\w'’&-]*|of|de|du|and|&)){0,5})"
          # `Dispatch intern Aiden Rourke contributed reporting.` among the credits
          r"|[^.!?]{2,80}?\s(?:contributed reporting(?: from [^.!?]{2,40})?"
          # (a wire's writer named, then where from: `Continental Press writer Dale Ruggiero contributed from X.`)
          r"|(?:writer|reporter|correspondent|journalist)s?\s(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,3})"
          r"(?:\sand\s(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,3}))?\scontributed from [^.!?]{2,40}"
          r"|contributed to this (?:report|story|article)"
          r"|(?:a|ont) contribué à (?:cet article|ce reportage)|(?:hat|haben) zu diesem (?:bericht|artikel|beitrag)"
          r" beigetragen|colaboró en (?:esta|este) (?:información|artículo|nota)|contribuiu para (?:esta|este)"
          r" (?:reportagem|artigo|matéria)|ha(?:nno)? collaborato a questo articolo|werkte mee aan dit artikel))"
          r"(?:[.;]\s+|[.)]?$)){1,4}$",
          # the credit's inverted shape (`Reporting contributed by Sun-Times data reporter X.`)
          r"^(additional )?(reporting|research|writing|fact-checking)( was)? contributed by\b",
          # the expert who reviewed or fact-checked the story, who is not its author (`Medically reviewed by Dr. X`,
          # `Fact checked by X`, `Relu par X`, `Medizinisch geprüft von X`, `Revisado por X`): the label, then a name
          # (perhaps after an article or a title), no sentence. (A bare `Reviewed by X` heads a review: its author.)
          r"^" + _REVIEWER + r"\s*:?\s+(?:(?:le|la|el|der|die|dem|il|lo|o|a|het)\s+)?(?-i:[A-ZÀ-Þ])[^!?]{1,70}"
          r"(?<![a-zß-ÿ]{3}\.)$",
          # ... the name, then the reviewer's title after a comma, closed by a full stop (`Medically reviewed by
          # Dr. X, nephrologist and clinical adviser.`, `Relu par le Dr Y, cardiologue au CHU de Z.`): a title has no
          # verb of its own and opens on no subject (`Validé par la Commission, le texte entre en vigueur.` is the
          # story's; nor, after a German label, on a lowercase word but an adjective before its noun: `Geprüft von
          # der Stiftung Warentest, erreichten nur drei Modelle …` puts the story's verb second)
          r"^(?!(?:" + _REVIEWER_DE + r")\s*:?\s+[^,!?]{1,50},\s*(?-i:[a-zäöüß])"
          r"(?!\w*(?:e|er|es|en|em)\s+(?-i:[A-ZÄÖÜ])))"
          + _REVIEWER + r"\s*:?\s+(?:(?:le|la|el|der|die|dem|il|lo|o|a|het)\s+)?(?-i:[A-ZÀ-Þ])[^,!?]{1,50},"
          r"(?!\s*(?:the|le|la|les|l['’]|el|los|las|der|die|das|il|lo|gli|i|o|os|as|het|de|he|she|it|they|we|il"
          r"|elle|ils|elles|er|sie|es|él|ella|ellos|lui|lei|loro|ele|ela|eles|hij|zij|ze|wij|this|that|ce|cette"
          r"|este|esta|dieser|diese|questo|questa|dit|deze)\b)"
          r"(?![^!?]*\b(?:" + _AUX + r"|were|are|has|have|had|said|says|sont|ont|était|sind|war|hat|haben|son|está"
          r"|fueron|sono|era|erano|são|está|foram|zijn|heeft|hebben)\b)[^,!?]{2,80}\.$",
          # (the final editor's label too: `Eindredactie:`, `Schlussredaktion:`, `Redigering:`, `Édition :`)
          r"^(redacción|edición|edita|mitarbeit|redaktion|redaktionelle bearbeitung|rédaction|edição)\s*:",
          # (the final editor's label too, `Eindredactie:`, `Schlussredaktion:`, `Redigering:`, `Édition :`, then a
          # name, not a sentence: `Schlussredaktion: Das ist ein Job, den niemand machen will, sagte …` is the story's)
          r"^(eind|schluss|end)?(redacción|edición|edita|mitarbeit|redaktion|redaktionelle bearbeitung|rédaction"
          r"|edição|redactie|redigering|redazione|édition|secrétariat de rédaction|copy ?editing|sub-?editing)\s*:"
          r"\s*(?-i:[A-ZÀ-Þ])[^!?]{1,70}(?<![a-zß-ÿ]{3}\.)$",
          r"^(mit material von|avec l'afp|avec afp|édité par)\b",
          # a colleague's part credited on a line of its own, a name and no clause (`Avec la collaboration de Jane
          # Roe`, `With the collaboration of …`, `Con la colaboración de …`, `Unter Mitarbeit von …`, `Met medewerking
          # van …`): the label, then capitalised names joined by `and`/`et`/`y`/`und`/`e`/`en`
          r"^(avec la (collaboration|participation) d[e'’]|with the (collaboration|assistance) of"
          r"|con la (colaboración|participación) de|con la collaborazione di|com a colaboração de"
          r"|unter mitarbeit von|mit mitarbeit von|met medewerking van)\s*(?-i:[A-ZÀ-Þ][\w'’.-]+)"
          r"(\s+((?-i:[A-ZÀ-Þ][\w'’.-]+)|et|and|y|und|e|en|de|da|di|van|von|le|la|du))*\.?$",
          # a wire's slug under its story: the agency, then its writers' and editors' initials (`AFP/jb/mm`,
          # `dpa/lsw/abc`, `EFE/jl`); a photo credit names a person after its slash, in capitals
          r"^(?-i:[A-Z]{2,6}|dpa|apa|ats|sda|afp|anp)(\s?/\s?(?-i:[a-zäöüß]{1,4})){1,4}$",
          # or an editor's initials first, then the wire in capitals or more initials, perhaps in brackets
          # (`(nro/ATS)`, `(sda/dpa)`, `mbr/AFP`): a picture agency writes its own name first (`dpa/lni`)
          r"^\(?(?-i:[a-zß-ÿ]{2,4})(\s?/\s?(?-i:[A-ZÀ-Þ]{2,6}|[a-zß-ÿ]{2,4})){1,3}\)?$",
          # or the agency's short form, a space, then the initials joined by slashes (`dpa lg/tg`, `APA ab/cd`)
          r"^(?-i:[A-Z]{2,6}|[a-z]{2,4})\s(?-i:[a-zäöüß]{1,4})(\s?/\s?(?-i:[a-zäöüß]{1,4})){1,3}$",
          # ... or the initials alone, the desk's and the editors' groups in lowercase, three or more groups joined
          # by slashes, a hyphen inside a group (`pld-cv/ial/ec`, `bur-abc/mm/jb`): no photo credit is all lowercase
          # initials, and no word of a story is written so; the hyphenated desk group is required (a path on a
          # line of its own, `usr/local/bin`, has none)
          r"^(?=[^-]*[a-z]-[a-z])(?-i:[a-z]{2,5}(-[a-z]{2,5})*(/[a-z]{2,5}(-[a-z]{2,5})*){2,4})$",
          # ... or two groups, the desk's of two or three letters each side of its hyphen and an editor's two
          # (`cr-hb/ep`; a command pair, `apt-get/dpkg`, `yum-old/rpm`, has longer groups)
          r"^(?-i:[a-z]{2,3}-[a-z]{2,3}/[a-z]{2})$",
          r"^(con información de|con (información|datos) de (efe|afp|reuters|ap|europa press))\b",
          r"^[—–-]?\s*with (files|reporting|additional reporting) from\b",
          # (`—With a report from X`, `With reports from X and Y`, as Philippine papers close a story: names, no
          # clause; `With reports from the coast of rising water, officials …` opens a story's sentence)
          r"^[—–-]?\s*with (an? )?(additional )?reports? from\s(?-i:[A-ZÀ-Þ])[^,!?]{1,80}"
          r"(,\s(?-i:[A-ZÀ-Þ])[^,!?]{1,50}\b(bureau|desk|correspondents?|staff))?$",  # (`…, Southern Luzon Bureau`)
          r"^this (story|article) has been (edited|condensed)\b",
          # an interview's editing note, in en/es/pt/fr/de/it/nl/sv/no/da/pl/cs/ro/ca
          r"^(this|the) (interview|conversation|transcript|q&a|exchange|discussion)( has been| was| is| have been)?"
          r" (\w+ )?(edited|condensed|translated|shortened)\b",
          r"^((this )?(interview|q&a|conversation) )?((has been|was) )?(lightly )?(edited|condensed)( and (edited"
          r"|condensed))? for (length|clarity|brevity)\b",
          r"^(esta|la) (entrevista|conversación|conversa) (ha sido|fue|foi) (\w+ )?(editada|condensada|resumida"
          r"|traducida|traduzida|reduzida)\b",
          r"^(cet|cette|l'|l’)\s?(entretien|interview|échange) a été (\w+ )?(édité|éditée|condensé|condensée|raccourci"
          r"|raccourcie|traduit|traduite|resserré)\b",
          # (the German and Dutch participle last, after what it was cut for: `wurde für die Veröffentlichung gekürzt`)
          r"^(dieses|das) (interview|gespräch) wurde (\w+ ){0,3}(gekürzt|redigiert|bearbeitet|übersetzt)\b",
          r"^(questa|l'|l’)\s?(intervista|conversazione) è stata (\w+ )?(editata|modificata|condensata|ridotta"
          r"|tradotta|accorciata)\b",
          r"^(dit|het) (interview|gesprek) is (\w+ ){0,3}(ingekort|bewerkt|geredigeerd|vertaald)\b",
          r"^(intervjun|intervjuet|interviewet|samtalen) (har|er|är) (\w+ )?(redigerats|redigert|redigeret|förkortats"
          r"|forkortet|kortats)\b",
          r"^(wywiad|rozmowa) (został[ao]? )?(zredagowan[ya]|skrócon[ya])\b",
          r"^(rozhovor|interviul|l'entrevista) (byl |a fost |ha estat )?(redigován|zkrácen|editat|condensat|escurçada"
          r"|editada)\b",
          # the piece said to be edited by someone (`This investigation was edited by X`, `Esta investigación fue
          # editada por X`, `Cette enquête a été éditée par X`, `Diese Recherche wurde redigiert von X`)
          r"^(this|esta|este|cette|cet|diese|dieser|dieses|questa|questo|deze|dit) (investigation|story|article|report"
          r"|piece|investigación|nota|artículo|reportaje|historia|información|investigação|reportagem|matéria|enquête"
          r"|reportage|recherche|beitrag|artikel|bericht|inchiesta|articolo|servizio|onderzoek|stuk)"
          r" (was|has been|fue|ha sido|foi|a été|wurde|è stat[oa]|werd|is) (\w+ )?(edited|editad[oa]|éditée?"
          r"|redigiert|bearbeitet|curat[oa]|redatt[oa]|bewerkt|geredigeerd)( (and|y|e|et|und|en) \w+)? (by|por|par"
          r"|von|da|door)\s",
          # the copy desk's check named as a desk, not a person (`Texto revisado por la sección de Cierre`, `Text
          # edited by the Night Desk`, `Texte relu par le service Édition`, `Text redigiert von der Schlussredaktion`)
          r"^(the )?(text|texto|texte|testo|tekst|story|article|artículo|nota|artikel|beitrag|articolo)"
          r"( (was|has been|fue|ha sido|foi|a été|wurde|è stato|is))? (reviewed|edited|checked|copy-edited|revisad[oa]"
          r"|editad[oa]|corregid[oa]|revist[oa]|relue?|éditée?|vérifiée?|corrigée?|redigiert|geprüft|bearbeitet"
          r"|korrigiert|rivist[oa]|controllat[oa]|corrett[oa]|nagekeken|geredigeerd|bewerkt) (by|por|par|von|da|door)"
          r" (the |la |el |le |der |die |il |de |o |a |l['’])?([\w'’-]+ ){0,2}(desk|section|team|staff|sección"
          r"|redacción|equipo|mesa|service|rédaction|équipe|secrétariat|ressort|redaktion|schlussredaktion"
          r"|redazione|sezione|redactie|eindredactie|secção|seção|equipa)\b[^.!?]{0,40}[.!]?$"),
    # A live story's status notice (`Developing story · This article is being updated`, `Noticia en desarrollo`,
    # `Article en cours d'actualisation`, `Dieser Artikel wird laufend aktualisiert`): about the page, not the
    # story's headline nor a paragraph of it.
    _kind("live notice",
          # (its lead-in in the other languages: `Questa è una notizia in aggiornamento`, `Esta es una noticia en
          # desarrollo`, `C'est un article en cours d'actualisation`)
          r"^((questa è una?|questo è un|esta es una?|c['’]est une?|dies ist eine?|esta é uma?|dit is een)\s+)?"
          r"((this is a |this )?(developing|live|breaking)( news)? (story|news|article)|this (story|article|page)"
          r" (is being|will be|is|is continuously|is regularly) (updated|developing)"
          r"|(noticia|información|informacion|última hora) en desarrollo|(esta )?(noticia|información|informacion"
          r"|la información|la noticia) (se (está )?actualiza(ndo|rá)?|está siendo actualizada|se irá actualizando)"
          r"|(article|information|info) en cours d['’](actualisation|mise à jour)|(cet )?article (mis à jour|actualisé)"
          r" en (continu|permanence)|cet article (est|sera) (mis à jour|actualisé)( régulièrement| en continu)?"
          r"|(dieser )?(artikel|beitrag|text|meldung|bericht) wird (laufend|fortlaufend|ständig|regelmäßig)?\s?"
          r"(aktualisiert|ergänzt)|(notizia|articolo) in (aggiornamento|evoluzione|continuo aggiornamento)"
          r"|(notícia|matéria|artigo) em (atualização|desenvolvimento)|(esta )?(notícia|matéria) (está sendo|será)"
          r" atualizada|(dit )?(artikel|bericht) wordt (voortdurend |continu )?(bijgewerkt|aangevuld))"
          # (a clause may follow, `… and will be updated`, `… de forma continua`; or a note after a separator or colon)
          r"(\s(and|as|with|y|de forma|de manera|a medida|et|à mesure|und|sobald|e|man mano|à medida|en naarmate)\s"
          r"[^.!?·|•:]{1,60})?\s*([.!…]|\s[·|•–—-]\s.{0,120}|:\s.{0,120})?"
          # (and a second sentence asking the reader to reload: `Refresh the page for the latest version.`)
          r"(\s+(please )?(refresh|reload|recarga|recargue|actualice|actualiza|rafraîchissez|actualisez|aktualisieren"
          r"|laden sie|ricarica|ricaricate|aggiorna|atualize|recarregue|vernieuw|herlaad)\b[^.!?]{0,80}[.!]?)?$",
          # the notice, then a sentence promising the update (`This is a developing story. It will be updated as …`,
          # `Noticia en desarrollo. Se ampliará en breve.`, `Article en cours. Il sera mis à jour.`)
          r"^((this is a |this )?(developing|live|breaking) (story|news|article)|(noticia|información|última hora) en"
          r" desarrollo|(notizia|articolo) in (aggiornamento|evoluzione)|(notícia|matéria) em desenvolvimento"
          r"|(article|info) en cours|eilmeldung|(artikel|meldung) in entwicklung)[.!]\s+[^.!?]{0,40}\b(updated|updates?"
          r"|actualizaciones|aggiornamenti|atualizações|mises à jour|aktualisierungen"
          r"|actualizar\w*|actualizará|ampliará|ampliada|mis à jour|mise à jour|actualisé\w*|aktualisier\w*|ergänz\w*"
          r"|aggiornat\w*|atualizad\w*|ampliad\w*|bijgewerkt)\b[^.!?]{0,80}[.!…]?$"),
    # An archive story's age notice (`This article is more than 2 hours old`, `This article is over 5 years old`,
    # `Cet article a plus de 2 ans`, `Dieser Artikel ist älter als 2 Jahre`, `Esta noticia tiene más de 2 años`,
    # `Questo articolo ha più di 2 anni`, `Dit artikel is meer dan 2 jaar oud`): about the page, never its headline.
    _kind("age notice",
          r"^(this (article|story|page|content) (is|was published) (more than|over|at least)"
          r"|(cet |l['’])?(article|contenu) (a|date de|publié il y a) plus d['’]?e? ?"
          r"|(dieser |der )?(artikel|beitrag|text) ist (älter als|mehr als|über)"
          r"|(este |esta |el |la )?(artículo|noticia|información|contenido) tiene más de"
          r"|(questo |l['’])?(articolo|contenuto) ha più di"
          r"|(este |esta )?(artigo|notícia|matéria) tem mais de"
          r"|(dit |het )?(artikel|bericht) is (meer dan|ouder dan))"
          r"\s?(an? |one |un |une |uno |una |ein |einem |einen |één )?\d*\s?"
          r"(minutes?|hours?|days?|weeks?|months?|years?"
          r"|heures?|jours?|semaines?|mois|ans?|années?|minuten|stunden?|tag(e|en)?|wochen?|monat(e|en)?|jahr(e|en)?"
          r"|minutos?|horas?|días|dias|semanas?|meses|años|anos|ore|giorni|settimane|mesi|anni|uur|dagen|weken"
          r"|maanden|jaar)( old| alt| oud)?[.!]?$"),
    # A helpline box after a story of suicide, abuse, addiction or gambling: its heading (`Where to get help:`, `Hier
    # finden Sie Hilfe`, `Besoin d'aide ?`) and its call to the reader who is struggling (`If you or someone you know
    # is struggling, call …`, `Sollten Sie selbst von Suizidgedanken betroffen sein, …`): the site's service, the
    # same under every such story; a story's advice to its readers names no crisis (`If you are worried about your
    # pension, …`)
    _kind("help box",
          r"^(where to (get|find) help|need help\?|help is available|need to talk\?|hier finden sie hilfe"
          r"|hilfe finden sie hier|hilfsangebote|besoin d['’]aide ?\?|où trouver de l['’]aide|¿necesitas ayuda\?"
          r"|dónde (pedir|buscar|encontrar) ayuda|dove (chiedere|trovare) aiuto|hulp nodig\?|waar vind (je|u) hulp"
          r"|onde (pedir|procurar|encontrar) ajuda)\s*:?$",
          # (`If you or someone you know …`, or the reader's own state, `If you are having thoughts of suicide`,
          # with the crisis named: `If you ask the mayor, the crisis is over` is a story's sentence)
          r"^if you or someone you know\b",
          r"^(if you( are|'re|’re| have| need| feel| think)|(sollten|wenn) sie|si vous|si (usted|tú|tienes|estás)"
          r"|se (sei|hai|pensi)|als (je|u)|se (você|estiver|tiver))\b[^.!?]{0,80}\b(suicid\w*|suizid\w*|selbstmord\w*"
          r"|self-harm|gambling|spielsucht|glücksspielsucht|idées noires|ludopat\w*|zelfmoord\w*|suïcid\w*"
          r"|gokverslaving|automutila\w*|autolesi\w*)"),
    _kind("disclosure",
          r"^(disclosure|disclaimer|transparenzhinweis|hinweis der redaktion|offenlegung|divulgación|aviso)\s*:",
          # the day its prices or rates held, a sentence of its own (`Rates correct as at 14 April 2027.`, `Prices
          # correct at the time of writing.`, `APYs as of Jan. 9, 2027.`; `Figures accurate as of Friday show …` is
          # the story's)
          r"^(all )?(prices|rates|apys?|yields)( and availability)? ((were |are )?(correct|accurate) (as at|as of|on"
          r"|at (the )?time of (writing|publication|publishing|going to press))|as (at|of))\b[^.!?,;]{0,30}([.!]|$)",
          # a finance or shopping site's label over its partners' offers (`Advertiser Disclosure`)
          r"^(advertiser|affiliate) disclosure\s*:?$",
          "^" + _MACHINE_SUMMARY,
          # whose disclosure it is before the label (`Analyst's Disclosure:`, `Author disclosure:`), or a conflict of
          # interest declared (`Conflicts of interest:`, `Conflit d'intérêts :`, `Interessenkonflikt:`)
          r"^(([\w-]+['’]s|author|analyst|writer|contributor) (disclosure|disclaimer)|(conflicts? of interests?"
          r"|conflit d['’]intérêts|conflicto de intereses|interessenkonflikte?|conflitto di interessi"
          r"|conflito de interesses|belangenverstrengeling))\s*:",
          # the site's legal disclaimer under a story (`Haftungsausschluss:`, `Avertissement :`, `Aviso legal:`,
          # `Risk warning:`), labelled, in en/de/fr/es/it/pt/nl/sv/no/da
          # (not a bare `Warning:`, `Avertissement :`, `Advertencia:`: a story's run-in alert says them too)
          r"^(legal disclaimer|legal notice|risk warning|risk disclosure|haftungsausschluss|rechtlicher hinweis"
          r"|rechtliche hinweise|risikohinweis|avertissement (légal|juridique|sur les risques)"
          r"|clause de non-responsabilité|avis de non-responsabilité|aviso legal|descargo de responsabilidad"
          r"|exención de responsabilidad|advertencia (legal|de riesgos?)|esclusione di responsabilità"
          r"|avvertenz[ae] legal[ei]|avvertenza sui rischi|isenção de responsabilidade|aviso de risco"
          r"|vrijwaring|disclaimer en risico|risicowaarschuwing|ansvarsfriskrivning|ansvarsfraskrivelse"
          r"|riskvarning)\s*:",
          # the same notice unlabelled: the site's own content (`This article`, `Diese Inhalte`, `Nos contenus`: a
          # demonstrative or `our`, not a story's `The information the council published …`) said not to be advice
          _OWN_CONTENT + r"[^.!?]{0,140}\b(" + _ADVICE + r")",
          # or said not to replace a doctor (`This content is for information and does not replace a consultation
          # with your doctor`, `Este contenido … no sustituye la consulta con tu pediatra`, `Dieser Artikel ersetzt
          # keinen Arztbesuch`, `Cet article ne remplace pas l'avis d'un médecin`): the site's own content, a
          # negated verb of replacing, then the doctor or care, in en/de/fr/es/it/pt/nl
          # (not a speaker's: `This article of the law does not replace the doctor's duty, the judge said.`)
          _OWN_CONTENT + r"[^.!?]{0,80}\b" + _NOT_REPLACE + r"\b[^.!?]{0,80}" + _CARE + r"(?![^.!?]*,\s*(the |a |la "
          r"|le |el |il |der |die |de |o )?[^.!?,]{0,40}\b(said|says|told|sagte|sagt|a dit|a déclaré|dijo|afirmó"
          r"|ha detto|disse|zei|verklaarde)\b)",
          # or said to be for information only and not advice, whatever its subject
          # (Swiss German writes `ss` for `ß`: `dienen ausschliesslich der Information`)
          r"\b(for (general )?information(al)? (purposes )?only|(ausschlie(ß|ss)lich|nur|lediglich) (der|zur)"
          r" information|(dienen|dient) (ausschlie(ß|ss)lich|nur|lediglich) (der|zur) information|à titre (purement )?"
          r"(informatif|d'information)|(con|a) (fines|título|efectos) (meramente |puramente )?informativos?"
          r"|a (solo |puro )?(scopo|titolo) informativo|(para|com) fins (meramente )?informativos"
          r"|(uitsluitend|alleen) ter informatie|enbart i informationssyfte|kun til informasjon)\b[^.!?]{0,160}\b("
          + _ADVICE + r")",
          r"\b(we|this site) may earn (a|an affiliate) commission\b",
          # a market-data provider's notice under a finance story (`Quotes delayed at least 15 minutes`, `Market data
          # provided by …`, `Kurse mit 15 Minuten Verzögerung`, `Cours différés de 15 minutes`, `Datos de mercado
          # proporcionados por …`), in en/de/fr/es/it/pt/nl
          # (quotes said to be delayed by a number of minutes, in either order: `mit 15 Minuten verzögert`)
          # (after a qualifier of the figures: `Intraday data`, `Real-time quotes`, `Börsenkurse`)
          r"^((intraday|intra-day|real-time|realtime|live|stock|market|index|börsen|echtzeit|les|los|i|os|de) )?"
          r"(quotes|prices|data|kurse|kursdaten|börsenkurse|cours|cotizaciones|precios|quotazioni|prezzi|cotações|koersen)"
          r" [^.!?]{0,40}(\b(delayed|verzögert|différés|retardés|retrasad[oa]s|diferid[oa]s|ritardat[ei]|differit[ei]"
          r"|atrasad[oa]s|vertraagd)\b[^.!?]{0,30}\b\d{1,2} ?min"
          r"|\b\d{1,2} ?min\w*\W{1,3}(delayed"
          r"|verzögert|verzögerung|vertraagd))",  # (minutes first: right before the word, as `mit 15 Minuten
          # Verzögerung`; a story's `Prices rose 15 minutes after the delayed opening` stays)
          # (a Chinese finance site's: `行情数据来源于交易所，延时15分钟`, `報價延遲15分鐘`)
          r"^(行情|报价|報價|股价|股價)(数据|數據|資料)?[^。！？]{0,20}(延时|延迟|延遲|延時)\s*\d{1,2}\s*(分钟|分鐘)",
          # (a French site's notice, a sentence of its own: `Avis : Les cotes boursières sont différées d'au moins 15
          # minutes.`; a story's `Les cotes ont été retardées de 40 minutes à l'ouverture` has its verb)
          r"^((avis|note)\s?:\s*)?les (cotes|cours)( boursières| de bourse)? sont (différé|retardé)e?s"
          r" (d'au moins |de )\d{1,2} ?minutes\.(\s|$)",
          # (or with a delay named as a noun right after the figures, the minutes closing the sentence: `Cotizaciones
          # con un retraso de al menos 20 minutos.`, `Kurse mit einer Verzögerung von 15 Minuten.`, `Dados com atraso
          # de 15 minutos.`; a story's `Los precios se publicaron con un retraso de 40 minutos …` has its verb between)
          r"^((intraday|real-time|stock|market|börsen|les|los|i|os|de) )?(quotes|prices|data|kurse|kursdaten|cours"
          r"|cotizaciones|precios|datos|quotazioni|prezzi|dati|cotações|dados|koersen|koersinformatie) (are |sind "
          r"|sont |son |sono |são |zijn )?(with|mit|avec|con|com|met|in|en|em) (a |an |einer |un |une |uno |una "
          r"|uma |een )?"
          r"(delay|verzögerung|retard|retraso|ritardo|atraso|vertraging) (of |von |de |d'|di |van )?(at least |up to "
          r"|mindestens |bis zu |au moins |jusqu'à |al menos |hasta |almeno |fino a |pelo menos |até |minstens |tot )?"
          r"\d{1,2} ?(min|mins|minutes|minuten|minutos|minuti)\b\.?(\s|$)",
          r"^(market data|marktdaten|börsendaten|données de marché|datos de mercado|dati di mercato|dados de mercado"
          r"|marktgegevens|koersdata) (by|from|provided by|powered by|supplied by|von|bereitgestellt von|fournies par"
          r"|proporcionados por|facilitados por|de|forniti da|fornecidos por|geleverd door|van)\b",
          # the figures' time stamp, a sentence of its own (`Market data as of 4:00 PM EST.`, `Kursdaten Stand: 16:00
          # Uhr.`, `Données de marché à 17h35.`, `Datos de mercado a las 16:00 h.`, `Dati di mercato alle ore 17:30.`,
          # `Dados de mercado às 16h00.`, `Marktgegevens per 17:30 uur.`): the time, perhaps its zone, then the
          # sentence ends (a story's `Market data as of 4 p.m. Friday showed …` goes on)
          r"^(market data|quotes|stock quotes|marktdaten|kursdaten|börsendaten|kurse|données de marché|cours"
          r"|datos de mercado|cotizaciones|dati di mercato|quotazioni|dados de mercado|cotações|marktgegevens|koersen)"
          r" (as of|as at|stand:?|vom|von|au|à|a las|alle( ore)?|às|per|om) ([^\W\d]{1,4}\.? )?\d{1,2}([:.h]\d{2})?"
          r"\s*(am|pm|a\.m\.|p\.m\.|uhr|h|uur)?( [a-z]{2,4})?\s*([.;]|$)",
          # ... or the figures said to be a snapshot, indicative or possibly delayed, without a number of minutes
          # (`Data is a real-time snapshot.`, `Prices are indicative and may be delayed.`, `Kurse sind indikativ`,
          # `Les cours sont indicatifs`, `Los precios pueden tener retraso`): not a story's `Prices are indicative
          # of …` nor `The data is a snapshot of …`, `Prices are delayed by …` (a complement follows)
          r"^(" + _MARKET_FIGURES + r") (is|are|sind|ist|können|sont|peuvent|son|pueden|sono|possono|são|podem"
          r"|zijn|kunnen|may|might|can)( \w+){0,3}? (" + _SNAPSHOT + r")(?=\s*(?:[.;,!]|$)|\s(?:and|und|et|y|e|en"
          r"|or|oder|ou|o)\s)",
          # an affiliate disclosure: the site earns from what readers buy through its links
          _EARNS + r".{0,120}" + _PURCHASES, _PURCHASES + r".{0,120}" + _EARNS,
          # a finance site's note on its offers table (`The offers that appear in this table are from partnerships from
          # which X receives compensation.`): passengers or owners receiving compensation are a story's
          r"^(the )?(offers|listings|products) (that appear |shown )?(in|on) this (table|page|site) are from"
          r" (partnerships|companies|advertisers)\b",
          r"\b(affiliate (links?|partnerships?|programs?|commission)|enlaces de afiliados?|liens d'affiliation"
          r"|liens affiliés|link di affiliazione|links? de afiliados?|affiliate-links?|partnerlinks?"
          r"|affiliatelinks?|affiliatelänkar|affiliatelenker|linki afiliacyjne)\b",
          r"^this (story|article|content) was produced\b",
          # the site disclaiming the sites it links to (`X is not responsible for the content of external sites`)
          r"\b(not|nicht|pas|no|non|não|niet|ikke|inte) (be |se hace |si assume |se )?(responsible|liable"
          r"|verantwortlich|haftbar|responsable|responsabile|responsável|verantwoordelijk|ansvarlig|ansvarig)"
          r" (for|für|de|du|des|del|dei|por|pelo|voor|for|för) (the |den |die |le |les |el |los |il |i |o |os |de )?"
          r"(content|contents|inhalt|inhalte|contenu|contenido|contenuto|conteúdo|inhoud|innhold|indhold|innehåll)"
          r"\b.{0,40}\b(extern\w*|third[- ]part\w*|dritt\w*|other|others|sites?|websites?|links?|seiten|webseiten"
          r"|esterni|siti|sitios|sítios|sites)\b",
          r"\b(übernimmt|übernehmen) keine (haftung|verantwortung) für (die )?inhalte\b",
          # a translation notice
          r"^(this|the) (article|story|content|text|page) (was|has been|is) (automatically |machine[- ])?translated\b"
          r"|^ce (contenu|texte|article) a été traduit|^(dieser|dieses) (artikel|inhalt|text|beitrag) wurde "
          r"(automatisch |maschinell )?übersetzt|^este (artículo|contenido|texto) (fue|ha sido) traducido"
          r"|^questo (articolo|contenuto|testo) è stato tradotto|^este (artigo|conteúdo|texto) foi traduzido"
          r"|^(dit|deze) (artikel|bericht|tekst) is (automatisch )?vertaald|^(denna|den här) (artikel|text) har "
          r"(automatiskt )?översatts|^denne (artikkelen|teksten) er (automatisk |maskin)?oversatt"
          r"|^denne (artikel|tekst) er (automatisk |maskinelt )?oversat|^ten (artykuł|tekst) (został )?"
          r"(automatycznie )?przetłumaczony",
          r"^(über dieses thema berichtete|dieses thema im programm)\b",
          # the broadcaster's note that the story is on air too (`Über dieses Thema berichtet X auch im Fernsehen`,
          # `This story is also on Evening News at 6pm`, `Ce sujet est diffusé dans le journal de 19 h`): naming
          # the programme, the channel or the hour (`Über dieses Thema berichten auch internationale Medien …`,
          # `Sobre este tema informará el consejero …` are the story's sentences)
          r"^(über dieses thema (berichtet|berichten)|this (story|report) (aired|was broadcast) (on|in)"
          # (in the perfect, the verb last: `Über dieses Thema hat auch X im Fernsehen am … berichtet.`)
          r"|über dieses thema (hat|haben) (?=[^!?]{0,160}\bberichtet[.!]?$)"
          r"|sobre este tema también (informó|ha informado|informaron|han informado)"
          r"|this (story|topic|report) (is|was|will be) (also )?(on|broadcast|aired|featured)"
          r"|ce (sujet|reportage) (est|sera|a été) (aussi |également )?(diffusé|à voir|à écouter)"
          r"|(este|sobre este) (tema|reportaje) (se emite|se emitirá|se emitió|informa|informará)"
          r"|questo servizio è andato in onda (su|in))\b(?=.{0,160}?" + _ON_AIR + r")",
          # the writer's positions in the stocks the story names (`X has no position in any of the stocks
          # mentioned`, `X hält keine Positionen in den genannten Aktien`, `X ne détient aucune position sur les
          # valeurs citées`, `X no tiene posiciones en las acciones mencionadas`)
          r"\b(has|have|holds?|owns?) no (financial )?positions? in (any of )?(the )?(stocks?|shares|securities"
          r"|companies)( \w+)? mentioned\b|\b(hält|halten|besitzt|besitzen) keine (positionen|aktien|anteile) (an|in)"
          r" (den )?(genannten|erwähnten) |\b(détient|détiennent|possède|possèdent) (aucune position|aucun titre"
          r"|aucune action)s? (sur|dans|des|de) (les )?(valeurs|titres|actions|sociétés) (mentionnée?s|citée?s)"
          r"|\bno (tiene|posee|mantiene)n? (ninguna )?posici(ón|ones) en (ninguna de )?(las )?(acciones|valores"
          r"|empresas|compañías) (mencionadas|citadas)|\bnon (detiene|possiede|ha) (alcuna )?posizion[ei]"
          r" (sui|nei|in) (titoli|azioni|società) (citat[ie]|menzionat[ie])",
          # past performance said to guarantee nothing, in en/de/fr/es/it/pt/nl
          r"\bpast (performance|returns|results) (is not|is no|are not|are no|does not|do not|doesn't|don't|may not)"
          r" (a )?(guarantee|guarantees|indicat\w+|reliable indicat\w+)|\b(frühere|vergangene|historische)"
          r" (wertentwicklung|performance|renditen?)\w* (ist|sind|lässt) (kein|keine)|\bperformances? passées? ne"
          r" (préjuge|préjugent|présage|présagent|garanti\w*|(sont|est) pas)|\b(rentabilidad|rendimiento)(es)?"
          r" pasad[oa]s? no (garantiza|garantizan|presupone|presuponen|son|es)|\b(rendimenti|risultati|performance)"
          r" passat[ie] non (sono|è|garantisc)|\b(rentabilidade|rendimento|desempenho)s? passad[oa]s? não (é|são"
          r"|garante)|\bin het verleden behaalde resultaten bieden geen garantie",
          # a chart's note that its figures are delayed, after the chart's own sentence (`Chart: X shares, 5-day.
          # Data delayed 15 min.`, `Grafik: … Kurse verzögert um 15 Min.`, `Graphique : … Cours différés de 15 min.`)
          r"[.!?]\s+(data|quotes|prices|kurse|daten|cours|données|datos|cotizaciones|dati|quotazioni|dados|cotações"
          r"|koersen)( (are|is|sind|sont|son|sono|são|zijn))? (delayed|verzögert|différé\w*|retrasad\w*|ritardat\w*"
          r"|atrasad\w*|vertraagd)\b[^.!?]{0,20}\b\d{1,2} ?min",
          r"^(this|the) [\w -]{0,40}(produced|published|written|reported|made|supported|funded)"
          r" (in partnership|in collaboration|in cooperation|with (the )?support|by a grant)\b",
          r"^(the|las|los|les|die|le|i) (views|opinions|opiniones|opinions|meinungen|opinioni) (expressed|expresadas"
          r"|exprimées|geäußerten|espresse)\b",
          r"^the views and opinions expressed (in (this|these)|here|are (those|solely))\b",
          # the piece gives its author's opinion, not the paper's (`Der Beitrag gibt die Meinung des Autors wieder,
          # nicht notwendigerweise die der Redaktion`, `This piece reflects the author's opinion, not …`)
          r"^((der|dieser) )?(beitrag|artikel|text|gastbeitrag) gibt (die|ausschließlich die) meinung de[rs]"
          r" (autors|autorin|verfassers|verfasserin)\b",
          r"^(this|the) (piece|article|column|op-ed) (reflects|represents|expresses) (the|its) (author|writer)['’]s"
          r" (own )?(views|opinions?)\b",
          r"^(tekst|artykuł|felieton|komentarz) wyraża (wyłącznie )?(poglądy|opinie|opinię) autor(a|ki|ów)\b",
          # the site's disclosure under its own label (`Editorial disclosure: All articles are prepared by …`,
          # `Advertiser disclosure: …`, `Transparenzhinweis: …`, `Divulgación editorial: …`)
          r"^((editorial|advertiser|advertising|affiliate) disclosure|transparenzhinweis|divulgación (editorial"
          r"|publicitaria)|divulgação (editorial|publicitária))\s*:\s*(?-i:[A-ZÀ-Þ])(?=[^!?]*\b(we|our|us|staff"
          r"|editors|compensat\w*|this (site|page|article|content)|wir|unser\w*|nuestr[oa]s?|nosso|nossa)\b)",
          # (under a note's label, without the article: `Editorial note: Opinions expressed here are the author's
          # alone`, `Nota: Las opiniones expresadas …`, `Hinweis: Geäußerte Meinungen …`)
          r"^[^:.!?]{1,30}:\s*((the|las|los|les|die|le|i|as|os|de) )?(views|opinions|opiniones|meinungen|opinioni"
          r"|opiniões|meningen) (expressed|expresadas|exprimées|geäußerten|espresse|expressas|geuite)\b",
          r"^(this (article|story|content|report) (is|was) (part of|supported by|funded by|paid for))\b",
          # produced as part of a programme (`Ce contenu est produit dans le cadre du Projet de journalisme régional`,
          # `This content was produced as part of …`, `Dieser Beitrag entstand im Rahmen des …`), in
          # en/fr/es/de/it/pt/nl
          r"^(this (article|story|content|report|piece) (is|was) (produced|written|published|made) as part of"
          r"|(ce|cet|cette) (contenu|article|texte|reportage|enquête) (est|a été)"
          r" (produite?|réalisée?|publiée?|rédigée?) dans le cadre d\w*"
          r"|(este|esta) (contenido|artículo|reportaje|nota) (es|fue|ha sido) (producid[oa]|realizad[oa]"
          r"|elaborad[oa]) (en el marco|como parte) de|(dieser|dieses|diese) (artikel|beitrag|inhalt|text|recherche)"
          r" (ist|wurde|entstand) (\w+ )?im rahmen d\w*|(questo|questa) (articolo|contenuto|inchiesta) è stat[oa]"
          r" (realizzat[oa]|prodott[oa]) nell['’]ambito d\w*|(este|esta) (conteúdo|artigo|reportagem) foi"
          r" (produzid[oa]|realizad[oa]) no âmbito d\w*|(dit|deze) (artikel|stuk|bijdrage) (is|werd)"
          r" (gemaakt|geschreven) (in het kader|als onderdeel) van)\b"
          # (not someone's words reported: `…, a fini par admettre l'adjoint au maire`, `…, the mayor admitted`)
          r"(?![^.!?]*,\s*(the |a |la |le |el |il |der |die |de |o )?[^.!?,]{0,40}\b(said|says|told|admitted|explained"
          r"|sagte|sagt|erklärte|räumte|a dit|a déclaré|admettre|admis|reconnu|expliqué|précisé|dijo|afirmó|admitió"
          r"|explicó|ha detto|ha ammesso|disse|admitiu|zei|verklaarde|gaf toe)\b)",
          # the work's funder or the station's underwriter (`This project is funded by …`, `Support for WHRN comes
          # from …`), in en/es/pt/fr/de/it/nl/sv/no/da/pl/cs/ro/ca
          r"^(this|our) (project|programme|program|work|research|study|series|reporting|coverage|podcast|newsletter"
          r"|journalism|site|website|blog|station|show)( is| was| has been| are| were)?( (made )?possible| (\w+ )?"
          r"(funded|supported|sponsored|underwritten|paid for|financed|backed))( in part| partly| entirely| solely)?"
          r" (by|thanks to|through)\b",
          r"^support for [^.!?]{2,60} (comes|is provided|came|was provided) (from|by)\b",
          r"^(brought to you by|made possible by|underwritten by|sponsored by|funded by|supported by)\b.{0,120}$",
          r"^(este|esta|nuestro|nuestra|nosso|nossa) (proyecto|projeto|projecto|programa|serie|série|trabajo|trabalho"
          r"|investigación|investigação|reportaje|reportagem|cobertura|podcast) (es|está|fue|ha sido|é|foi|tem sido)"
          r" (\w+ )?(financiad[oa]|patrocinad[oa]|apoyad[oa]|apoiad[oa]|posible|possível)\b",
          r"^(ce|cette|notre) (projet|programme|série|travail|enquête|reportage|podcast) (est|a été) (\w+ )?"
          r"(financée?|soutenue?|parrainée?|rendue? possible)\b",
          r"^(dieses|diese|dieser|unser|unsere) (projekt|programm|serie|recherche|reihe|podcast|arbeit) (wird|wurde"
          r"|ist) ([\w-]+ ){0,6}(gefördert|finanziert|unterstützt|ermöglicht)\b",
          r"^(questo|questa|il nostro|la nostra) (progetto|programma|serie|inchiesta|lavoro|podcast) (è|è stato"
          r"|è stata|viene) (\w+ )?(finanziat[oa]|sostenut[oa]|sponsorizzat[oa]|resa possibile|reso possibile)\b",
          r"^(dit|deze|ons) (project|programma|serie|onderzoek|werk|podcast) (wordt|werd|is) (\w+ )?(gefinancierd"
          r"|gesteund|gesponsord|mogelijk gemaakt)\b",
          r"^(detta|det här|dette|denne|projektet|prosjektet) (projekt|prosjekt|arbete|arbeid)? ?(finansieras"
          r"|finansieres|finansieret|stöds|støttes|støttet)\b",
          r"^(ten|ta|nasz|nasza) (projekt|program|cykl) (jest|został) (\w+ )?(finansowany|współfinansowany"
          r"|wspierany)\b|^(tento|tato|náš) (projekt|program|seriál) (je|byl) (\w+ )?(financován|podpořen)\b"
          r"|^(acest|această|proiectul) (proiect )?(este|a fost) (\w+ )?(finanțat|sprijinit)\b"
          r"|^(aquest|aquesta) (projecte|programa|sèrie) (és|ha estat) (\w+ )?(finançat|patrocinat)\b",
          r"^(este (artículo|reportaje|contenido) (forma parte|ha sido|fue)"
          r" (de|elaborado|realizado|publicado|financiado))",
          r"^(dieser (artikel|beitrag|text) (entstand|ist|wurde)[\w ]{0,30} in (zusammenarbeit|kooperation) mit)",
          r"^(cet article (a été|est)[\w ]{0,30} en partenariat avec)",
          r"^(questo articolo [\w ]{0,30}in collaborazione con)",
          # (the same in no/sv/da/nl/es: `Saken er publisert i samarbeid med NTB.`, `Artiklen er skrevet i
          # samarbejde med Ritzau.`, `Dit artikel is gemaakt in samenwerking met …`, `Esta nota fue elaborada en
          # colaboración con …`)
          r"^((saken|artikkelen|artikeln|artiklen|dit artikel|het artikel|este artículo|esta nota|esta noticia)"
          r" (er|ble|blev|är|har|is|werd|fue|ha sido|es) ([\w-]+ ){0,2}(i samarbeid med|i samarbete med"
          r"|i samarbejde med|in samenwerking met|en colaboración con) (" + _NATIONAL_WIRE_NAMES
          + r"|efe|europa press|reuters|afp|ap|dpa))\b",
          # (a news agency named by its noun, not its name, in a short note: `Článek vznikl ve spolupráci se
          # Zpravodajskou agenturou Morava (ZAM).`, `Saken er skrevet av nyhetsbyrået Nordpress og er ikke redigert av
          # …`, `Dieser Artikel stammt von der Nachrichtenagentur …`)
          r"^(?=.{0,200}$)(saken|artikkelen|artikeln|artiklen|článek|článok|artykuł|dit artikel|het artikel|der artikel"
          r"|dieser artikel|cet article|l'article|este artículo|el artículo|questo articolo|l'articolo|este artigo"
          r"|o artigo|this article|the article|this story)\b[\w ,]{0,40}?\b(nyhetsbyrå\w*|nyhedsbureau\w*"
          r"|zpravodajsk\w+ agentur\w*|tiskov\w+ agentur\w*|agencj\w+ prasow\w+|news agency|nachrichtenagentur"
          r"|presseagentur|agence de presse|agencia de noticias|agenzia di stampa|agência de notícias|persbureau)\b",
          # (or by its name: `Saken er skrevet av NTB.`, `Artikeln är skriven av TT.`)
          r"^(saken|artikkelen|artikeln|artiklen) (er|är|ble|blev) (skrevet|skriven) (av|af) (" + _NATIONAL_WIRE_NAMES
          + r")\b",
          r"^(this (article|story) (first|originally) appeared|originally published|a version of this (article|story)"
          r" (appeared|was published)|este artículo (se publicó|fue publicado) originalmente|dieser (artikel|beitrag)"
          r" erschien (zuerst|ursprünglich)|cet article a (d'abord )?été publié (initialement|à l'origine)"
          r"|questo articolo è stato pubblicato originariamente)\b", r"^(esta reportagem [\w ]{0,30}em parceria com)",
          # a partner's story republished (`Este conteúdo foi publicado originalmente em X`, `This content was first
          # published by X`, `Ce contenu a été publié initialement par X`, `Dit artikel verscheen eerder in X`):
          # the piece, a verb of publishing and the word saying it was first or originally elsewhere
          r"^(this|este|esta|ce|cet|cette|dieser|diese|dieses|questo|questa|dit|deze) (article|story|content|piece"
          r"|report|conteúdo|artigo|texto|matéria|reportagem|artículo|contenido|nota|reportaje|contenu|reportage"
          r"|artikel|beitrag|inhalt|text|articolo|contenuto|pezzo|stuk|bericht)"
          # (the agency or partner may be named after the piece: `This report by X Press was first published …`)
          r"( (by|von|de|par|di|van|da|del|de la) [\w&.'’ -]{2,40}?)? (was|foi|fue|a été|a d'abord été"
          r"|ist|wurde|è stato|è stata|werd|is|erschien|verscheen) (?=[\w' ]{0,40}\b(originally|first|originalmente"
          r"|originariamente|initialement|à l'origine|d'abord|zuerst|ursprünglich|erstmals|eerder|oorspronkelijk"
          r"|primeiro|primero|inicialmente)\b)",
          # (or the bare noun and its participle: `Conteúdo publicado originalmente no X`, `Artículo publicado
          # originalmente en X`, `Article initialement publié dans X`, `Content originally published by X`)
          r"^(content|article|conteúdo|artigo|matéria|contenido|artículo|contenu|artikel|inhalt|articolo|contenuto)"
          r" ((publicad[oa]|pubblicat[oa]|published|gepubliceerd) (originalmente|originariamente|originally|first"
          r"|oorspronkelijk|inicialmente|primeiro)|(initialement|d'abord) publiée?|(zuerst|ursprünglich)"
          r" (veröffentlicht|erschienen)) (no|na|em|en|in|dans|sur|bei|auf|su|op|on|by|por|par|da|de|im)"
          r" (?-i:[A-ZÀ-Þ])",
          # the print-edition note (`Appeared in the April 16 print edition as '…'`, `A version of this article
          # appears in print on …`), in en/de/fr/es/it/pt: where the story ran in the paper, said of the story itself
          # (the bare verb or `this article`: a story's sentence about `the story` in print names its subject)
          _NOTE_ALONE +
          r"((a version of )?(this )?(article|story|piece) )?((was )?(originally|first) )?(appeared|appears|ran"
          r"|was published|was printed|published) (in print\b|in (the |our |today's |tomorrow's )?([\w,.]+ ){0,5}"
          r"(print|printed|newspaper) (edition|issue)\b)",
          _NOTE_ALONE +
          r"((dieser )?(artikel|beitrag|text) )?(ist )?(erschien|erschienen) (\w+ )?in der ([\w-]+ ){0,2}"
          r"(print-?|druck|zeitungs|gedruckten )?ausgabe\b.{0,160}$",
          # the paper's own schedule, its name the subject (`The Valley Herald appears every Thursday.`, `Der
          # Talbote erscheint jeden Mittwoch. Das E-Paper …`, `L'Écho paraît chaque vendredi`, `El Semanario sale
          # todos los jueves`): a capitalised name of a few words, the verb of appearing, then a recurring time
          r"^((the|der|die|das|le|la|l['’]|el|il|lo|o|a|de|het)\s?)?(?-i:[A-ZÀ-Þ])[\w'’&-]*(\s(?-i:[A-ZÀ-Þ])[\w'’&-]*)"
          r"{0,4} (appears|is published|comes out|erscheint|paraît|parait|sale|se publica|aparece|esce|circula|sai"
          r"|verschijnt) (every|each|jeden|jede|jedes|chaque|tous les|toutes les|cada|todos los|todas las|ogni"
          r"|tutti i|tutte le|todas as|todos os|elke|iedere|wöchentlich|täglich|daily|weekly)\b[^,.!?]{0,40}"
          r"(\.\s[^!?]{0,160})?\.?$",
          _NOTE_ALONE +
          r"(cet article (est|a) (paru|été publié)|(article |texte )?paru (initialement |d'abord |à l'origine )?dans"
          r" (l'|l’)édition|(article )?paru dans le (journal|quotidien|numéro) (du|daté))\b.{0,160}$",
          _NOTE_ALONE +
          r"(((este|esta) )?(artículo|texto|información|noticia|nota|reportaje|crónica) )?(se )?(publicó|publicad[oa]"
          r"|apareció|aparece)( originalmente| inicialmente| primero)? en (la )?edición (impresa|en papel|de papel"
          r"|del (\w+ )?\d)",
          _NOTE_ALONE +
          r"((questo )?(articolo|pezzo|testo) (è )?)?(stato )?(pubblicato|apparso|uscito)( originariamente"
          r"| inizialmente| originalmente)? (sull|nell)['’]edizione (cartacea|in edicola|del)\b",
          _NOTE_ALONE +
          r"(((este|esta) )?(artigo|texto|reportagem|matéria|nota) )?(foi )?(publicad[oa]|saiu)( originalmente"
          r"| inicialmente)? na edição (impressa|de papel|do)\b",
          # a magazine's issue named by its number (`Erschienen in Weitblick 12/2027`, `Published in Tidewater
          # issue 48`, `Paru dans Horizons n° 112`, `Publicado en Altura nº 45`, `Pubblicato su Orizzonti n. 7`)
          r"^(erschienen in|veröffentlicht in|published in|first published in|appeared in|this article appeared in"
          r"|paru dans|publié dans|publicado en|publicado na|pubblicato su|uscito su|verschenen in)"
          r" [^.!?]{2,40}?\s(issue |ausgabe |heft |nr\.? ?|no\.? ?|n° ?|nº ?|n\. ?|número |numero |#)?\d{1,3}"
          r"(/\d{2,4})?\.?$",
          # (Finnish: `Juttu on julkaistu myös Rahti & Varasto -lehden numerossa 3/2027.`)
          r"^(juttu|artikkeli|teksti) on julkaistu (myös |alun perin )?[^.!?]{2,60}?(lehde(ssä|n numerossa)"
          r"|numerossa)\s?(\d{1,3}(/\d{2,4})?)?\.?$",
          # a note run in after its label, about the writer or how the figures were made (`About the author: Jane
          # Doe has covered …`, `Methodology: the average is based on …`, `Sobre la autora:`, `Über den Autor:`,
          # `Méthodologie :`, `Metodologia:`); a story's run-in labels name its subject, not its writer or method
          r"^(about the (author|authors|writer|reporter)|(our )?methodology|how we (calculate|calculated|rate"
          r"|rated|chose|tested|compiled)[\w ]{0,30}|sobre (el|la|los) autor(a|es|as)?|metodología|sobre (o|a) autora?"
          r"|über (den|die) autor(in|en|innen)?|methodik|zur methodik|à propos de l['’]auteure?|méthodologie"
          r"|sull['’]autore|metodologia|over de auteur|methodologie|om skribenten|om forfatteren"
          # (the method's label as the newsroom asks it of itself: `How we did this:`, `So haben wir gerechnet:`,
          # `Comment nous avons procédé :`, `Zo hebben we gerekend:`; not a first-person story's own run-in on how
          # the writers did, found, built or made it: `How we found it:`, `So haben wir es gemacht:`)
          r"|how we (did|reported|analy[sz]ed|got) (this|the (data|figures|numbers))"
          r"|so haben wir (gerechnet|recherchiert|ausgewertet)|wie wir (gerechnet|vorgegangen sind"
          r"|recherchiert haben|ausgewertet haben)|comment nous avons (procédé|calculé)"
          r"|cómo lo calculamos|cómo (hemos )?calculado|come (l['’])?abbiamo calcolato|como (o )?(calculámos"
          r"|calculamos)|zo (hebben we|deden we) (gerekend|onderzocht)|hoe we (dit|het) berekenden)\s*:\s*\S",
          # (`Cómo lo hicimos:`, `Come abbiamo fatto:`, `Como fizemos:`, `Zo hebben we het gedaan:` as the method's
          # label only over the data it came from: `Cómo lo hicimos: los datos proceden de …`)
          r"^(cómo lo (hicimos|hemos hecho)|cómo (hemos )?trabajado|come (l['’])?abbiamo (fatto|lavorato)"
          r"|como (o )?fizemos|comment nous avons (travaillé|fait)|zo (hebben we|deden we)( het)? gedaan"
          r"|hoe we (dit|het) (deden|hebben gedaan))\s*:\s*[^.!?]{0,60}\b(datos|cifras|análisis|registros|encuesta"
          r"|dati|cifre|analisi|registri|sondaggio|dados|números|análise|registos|inquérito|données|chiffres"
          r"|analyse|relevés|enquête|gegevens|cijfers|data)\b"),
    # A third party's video or post held back until the reader consents (`This video is provided by an external
    # provider. By playing it you accept …`, `An dieser Stelle finden Sie einen externen Inhalt von Instagram`):
    # an external content's or provider's words and a consent word on one line.
    _kind("embed notice", _EXTERNAL + r".{0,200}" + _CONSENTS, _CONSENTS + r".{0,200}" + _EXTERNAL,
          # the consent box's own heading (`Empfohlener redaktioneller Inhalt`, `Externer Inhalt`, `Contenu externe`)
          r"^(empfohlener (redaktioneller|externer) inhalt|externer inhalt|recommended (editorial|external) content"
          r"|external content|contenu externe|contenido externo|contenuto esterno|conteúdo externo|externe inhoud)$"),
    _kind("copyright",
          r"^(©|\(c\)\s|copyright\b).{0,200}?(\b\d{4}\b|rights|derechos|rechte|droits|diritti|direitos|rechten"
          # a holder and the reproduction it forbids (`© Iberpress. Queda prohibida la distribución …`, `© Agence X.
          # Reproduction interdite`, `© X. Nachdruck nur mit Genehmigung`, `© X. Vietata la riproduzione`)
          r"|prohibid|prohíbe|interdit|vietat|untersagt|verboten|nachdruck|proibid|not be (reproduced|republished"
          r"|redistributed|published)"
          # or says what reproducing it takes (`© X Agency. Reproduction of this report requires permission`)
          r"|\breproduc(tion|ción|ing)|\briproduzione|\breprodução|\breproductie|\brepublication|\bwiedergabe"
          r"|\bvervielfältigung)",
          r"\b(all rights reserved|todos los derechos reservados|alle rechte vorbehalten"
          r"|tous droits (de reproduction )?réservés|tutti i diritti (di riproduzione )?riservati"
          r"|all reproduction rights reserved|derechos de reproducción reservados|todos os direitos reservados"
          r"|alle rechten voorbehouden"
          r"|riproduzione riservata|reproduction interdite|reproducción prohibida)\b",
          # ... in Chinese, Japanese and Korean, on a short line (`版权所有 X`, `無断転載を禁じます`, `저작권자 © X
          # 무단전재 및 재배포 금지`)
          r"^(?=.{0,80}$).*(版权所有|版權所有|無断転載|无断转载|不得轉載|저작권자|무단\s?전재|재배포\s?금지)",
          # the page's licence to republish it under Creative Commons (`Este texto pode ser republicado gratuitamente,
          # desde que citados a autora e o X, sob licença Creative Commons CC BY-NC-ND 4.0.`, `This story can be
          # republished for free under a Creative Commons licence`), a short note with the verb and the licence
          r"^(?=.{0,260}$).*\b(republi\w*|reproduzi\w*|reproduci\w*|reproduit\w*|reprodui\w*|weiterverbreit\w*"
          r"|ripubblica\w*|riprodott\w*|riprodurre|herpubli\w*)\b.*\b(creative commons|cc[ -]by)\b",
          # the publisher's legal notice in the footer (`Offenlegung gemäß § 25 Mediengesetz: Medieninhaber …`,
          # `Directeur de la publication : …`, `Responsable de la publicación: …`)
          r"^(offenlegung (gemäß|gem\.|nach|laut)|medieninhaber(in)?( und herausgeber(in)?)?\s*:"
          r"|(directeur|directrice|responsable) de (la )?publication\s*:|mentions légales\s*:"
          r"|responsable de la publicación\s*:|direttore responsabile\s*:)",
          # a holder and the licence the page uses its copy under (`Copyright © X News Agency. Distributed by Y under
          # licence.`, `© Agencia X. Distribuido por Y`, `© X. Verbreitet unter Lizenz`, `© X. Sous licence`)
          # (the holder a name, capitalised words: `(c) The court found the songs were distributed by …` is a
          # sentence of the story)
          r"^(©|\(c\)\s|copyright\b)\s*(©\s*)?(\d{4}\s*)?(?-i:[A-ZÀ-Þ0-9][\w'’&-]*)(\s+((?-i:[A-ZÀ-Þ0-9&]"
          r"[\w'’&-]*)|of|de|del|du|des|der|y|and|et|und))*[.,]?\s+(all rights reserved\.?\s+)?"
          r"(distributed by|under licen[cs]e|(used|reproduced|republished) (with|by) permission|distribuid[oa] por"
          r"|bajo licencia|distribué par|sous licence|avec (l['’]aimable )?autorisation"
          r"|vertrieben (von|durch)|verbreitet (von|durch|unter)|unter lizenz|distribuit[oa] da|su licenza"
          r"|distribuíd[oa] por|sob licença|verspreid door|onder licentie|met toestemming)\b"),
    # A series kicker over the headline, by the words that say the story belongs to a series (`Part of our series
    # X`, `From the series: X`, `Teil 3 unserer Serie X`, `Fait partie de notre série X`, `Parte de la serie X`,
    # `Fa parte della serie X`, `Faz parte da série X`, `Onderdeel van de serie X`): short, no sentence end, the
    # series named in capitals or by its subject (`Part of a series on water`); `From the series finale to …`,
    # `De la serie a la película` head a part of a story.
    _kind("series", r"^(series|serie|reihe|série|dossier|special|especial|spezial)\s*:\s*.{2,60}$",
          r"^((this (story|article) is )?(part( \d+)? of|from|more from|one of) (our|the|a|this) ([\w-]+ )?series"
          r"|(ein )?teil( \d+)? (unserer|einer|der|aus der) (serie|reihe)|aus (unserer|der) (serie|reihe)"
          r"|(fait |faisant )?partie de (notre|la) série|(épisode|volet) \d+ de (notre|la) série|extrait de la série"
          r"|(forma |es )?parte de (nuestra|la) serie|de (nuestra|la) serie|(capítulo|entrega) \d+ de la serie"
          r"|(fa )?parte della (nostra )?serie|dalla (nostra )?serie|(faz )?parte da (nossa )?série|da (nossa )?série"
          r"|(onderdeel|deel( \d+)?) van (onze|de) serie|uit (onze|de) serie)(\s*[:«\"“„]?\s*(?-i:[A-ZÀ-Þ\d])"
          r"|\s+(on|about|über|zu[mr]?|sur|sobre|su|sul|sulla|over)\s)[^.!?]{0,60}$",
          # the same said of the page itself in a sentence (`This story is part of the series Land in motion, on …`,
          # `Dit verhaal is onderdeel van de serie X, over …`, `Cet article fait partie de la série X.`): the page
          # named by its demonstrative, then the series, one sentence: the house's own (`our series`, `unserer
          # Serie`) or named by its title right after (`la série Terres en mouvement`); a law's article in `a series of
          # amendments`, `la série de mesures`, `einer Reihe von Hilfen` is the story's
          r"^(this (story|article|piece|report) is|dit (verhaal|artikel|stuk) is|(cet article|ce reportage)"
          r"|(dieser (artikel|beitrag|text)) ist|(este|esta) (artículo|reportaje|texto|reportagem|artigo)"
          r"|questo (articolo|pezzo|servizio)) (part( \d+)? of|(onderdeel|deel \d+) van|fait partie d[eu]"
          r"|teil( \d+)?|(forma|es|faz|é) parte d[eao]|fa parte d(ella|i)) ((our|onze|notre|nuestra|nostra|nossa"
          r"|unserer) (series|serie|série|reihe)\b|((the|a|this|de|een|la|una|uma|einer|der) )?(series|serie|série"
          r"|reihe)\s*[:«\"“„]?\s*(?-i:[A-ZÀ-Þ\d]))[^.!?]{0,100}[.!]?$",
          r"^(republish|republish this (article|story)|reuse this content|reprints?( & permissions)?"
          r"|(request|rights and|reprints and) permissions)$",
          # a journal's citation line for the page itself (`Cite this as: HMJ 2026;381:n2214`, `Zitiervorschlag:
          # …`, `Pour citer cet article : …`, `Cómo citar: …`, `Come citare: …`, `Como citar: …`, `Citeer als: …`),
          # its label closed by a colon or alone (`Cite this as a warning, the mayor said` is a story's sentence)
          r"^(cite this( article| page| story)?( as)?|how to cite( this( article)?)?|zitiervorschlag|zitierweise"
          r"|(so )?zitieren sie( diesen artikel)?( als)?|(pour )?citer (cet article|cette page)|citation suggérée"
          r"|cómo citar( este artículo)?|citar (este artículo|como)|come citare( questo articolo)?|citare come"
          r"|como citar( este artigo)?|citar este artigo|citeer (dit artikel|als)|hoe (te )?citeren"
          r"|citera (som|denna artikel))\s*(:\s*\S.{0,200})?$"),
    _kind("summary box",
          # a Chinese site's abstract run in under its label, over the story (`摘要：华澜新能源8月28日晚间披露…`,
          # `【导读】…`, `核心提示：…`)
          r"^(【(摘要|导读|導讀|核心提示|内容提要|內容提要)】|(摘要|导读|導讀|核心提示|内容提要|內容提要)\s*[：:])\s*\S",
          r"^(key points|key takeaways|takeaways|key findings|puntos clave|ideas clave|claves del (día|tema)"
          r"|points clés|les points clés|à retenir|ce qu'il faut retenir|kernpunkte|die wichtigsten punkte"
          r"|punti chiave|pontos-chave|pontos principais|belangrijkste punten"
          r"|in brief|at a glance|the big picture|in short|summary|tl;dr|in summary|summed up"
          r"|(kurz )?zusammengefasst|zusammenfassung|resumido|en síntesis|en résumé|résumé|riassunto|samengevat"
          r"|das wichtigste( in kürze)?|auf einen blick|in kürze|lo más importante|claves|en resumen|en bref"
          r"|l'essentiel|in sintesi|em resumo|in this article|in diesem artikel|en este artículo|dans cet article"
          r"|in het kort|kort samengevat"  # (nl)
          # the story at a glance, by its own name (`Story highlights`, `Coup d'œil sur cet article`, `Der Artikel
          # in Kürze`, `La noticia en breve`, `L'articolo in breve`, `O essencial`)
          r"|(the |this )?(story|article) (at a glance|in brief|in short|highlights|summary)|story highlights"
          r"|(en un |d'un )?coup d['’](œ|oe)il( sur (cet|l['’]) ?article)?|(cet |l['’])?article en (bref|résumé)"
          r"|résumé de l['’]article|(der )?artikel (auf einen blick|in kürze)|kurz (und|&) knapp"
          r"|(el |la )?(artículo|noticia) en (breve|resumen)|resumen (de la noticia|del artículo)|lo esencial"
          r"|(l['’])?articolo in breve|o essencial|resumo (do artigo|da notícia)"
          # the summary's own noun alone as the box's heading (`Resumen`, `Resumo`, `Sommario`, `Samenvatting`)
          r"|resumen|resumo|sommario|samenvatting"
          # or as a synopsis (`Synopsis`, `Sinopsis`, `Synopse`, `Sinossi`, `Sinopse`, `Synopsis :`): a box only
          # right under the byline or date line (SYNOPSIS; amid a film review, the review's own subheading)
          r"|synopsis|sinopsis|synopse|sinossi|sinopse"
          # what the reader should know, and the closing verdict, as a box's heading (`What to know`, `Lo que
          # hay que saber`, `Das müssen Sie wissen`, `Bottom line`)
          # (without a colon: `What you need to know:` leads into a story's own list)
          r"|(" + _KNOW_WORDS + r"|(the )?bottom line)(?!\s*:))"
          r"\s*:?$",
          # the story's figures or facts at a glance, by their own name (`The results at a glance`, `Key numbers
          # at a glance`, `Die Zahlen auf einen Blick`, `Los datos de un vistazo`, `Les chiffres en un coup d'œil`,
          # `De cijfers in één oogopslag`, `I numeri in sintesi`): a determiner, perhaps `key`, a noun for figures or
          # facts, then the phrase (`The plan at a glance` over the story's paragraphs is a subheading)
          r"^((the|our|die|das|der|los|las|el|la|les|le|de|het|i|gli|os|as|o|a) )?((key|main|wichtigsten|principales"
          r"|principaux|principali|belangrijkste|principais) )?(figures|numbers|facts|results|stats|statistics|data"
          r"|details|zahlen|fakten|daten|ergebnisse|datos|cifras|claves|resultados|hechos|chiffres|faits|résultats"
          r"|données|chiffres clés|cijfers|feiten|resultaten|numeri|dati|fatti|risultati|números|dados|fatos|factos)"
          r" (at a glance|auf einen blick|de un vistazo|en un coup d['’](œ|oe)il|in één oogopslag"
          r"|in sintesi|em resumo|num relance)\s*:?$",
          # the summary box's heading crediting the machine that wrote it (`Takeaways by Ledgerline AI`, `Summary by
          # AI`, `Zusammenfassung von Kestrel KI`, `Résumé par l'IA`, `Resumen por IA`,
          # `Samenvatting door AI`): the box's noun, an agent's `by`, a name of a few capitalised words ending on the
          # machine's letters; no byline credits a person so. A `from` or `of` names AI as the subject or the source
          # of a story's subheading (`Takeaways from the summit on AI`, `Highlights from Meta AI`, `L'essentiel de
          # l'IA`, `Puntos clave de la IA`)
          r"^(key points|key takeaways|takeaways|summary|highlights|kernpunkte|zusammenfassung|résumé|points clés"
          r"|l['’]essentiel|resumen|puntos clave|riassunto|punti chiave|resumo|pontos-chave|samenvatting"
          r"|belangrijkste punten)\s+((generated|written|created) by|by|von|par|por|door)\s*(l['’]|la |el |der |die )?"
          r"((?-i:[A-ZÀ-Þ][\w&.-]*)\s+){0,3}(?-i:AI|IA|KI)$"),
    # a handle or an e-mail address alone on a line (under the author's name)
    # (a fediverse account names its server, `@nordlicht@social.example.de`)
    _kind("social handle", r"^@\w{2,30}$", r"^@?[\w.+-]+@[\w-]+(\.[\w-]+)+$", r"^follow (us|\w+( \w+)?) on \w+"),
    _kind("ticker", r"^[A-Z]{1,6}(\.[A-Z]{1,3})?\s+[+\-−]?\d+([.,]\d+)?%$",
          _FIGURE_WIDGET,
          # a one-line stock box under its label (`MARKET WATCH: AJOBIFLOUR closed at N62.40 on Friday, up 9.86 per
          # cent.`, `Stock watch: …`)
          r"^(market|stock|share)s? ?watch\s?:\s+\S",
          # a results strip's row: two teams in capitalised words and the score between them, closed by the match's
          # status as a token of its own: set apart by two spaces or a separator (`Virtus 78 – 71 Partenope  FINALE`,
          # `Rovers 2-1 United | FT`), or after one space in capitals (`… Molfetta FINALE`) or as a capitalised word
          # no sentence ends on (`Eintracht 1:0 Union Endstand`); a story's line names the final in running words
          # (`Spain 2-1 England in the final`, `Porto 1-0 Benfica no final`), and a lone `Rovers 2-1 United FT`
          # between a match report's paragraphs is the story's own
          r"^" + _TEAM + r" \d{1,3} ?[–:-] ?\d{1,3} " + _TEAM + r"(?:(?: {2,}|\s*[|·•]\s*| [–—-] )"
          r"(?:finale|final|ft|fin|ende|endstand|abpfiff|terminado|finalizado|encerrado|afgelopen|einde"
          r"|full time|full-time)| (?-i:FINALE|FINAL|ENDE|ENDSTAND|ABPFIFF|TERMINADO|FINALIZADO|ENCERRADO|AFGELOPEN"
          r"|EINDE|FULL TIME|FULL-TIME|Endstand|Abpfiff|Terminado|Finalizado|Encerrado|Afgelopen|Einde))$",
          # a quotes box's label run into its cells (`Stocks mentioned: ACME -4.10%`, `Erwähnte Werte: XYZ +1,2 %`):
          # nothing after the label but symbols in capitals, each with its signed change (`Resultados: PP 33,1 %,
          # PSOE 31,7 %` are a story's vote shares: a share carries no sign)
          r"^[^\W\d_][\w'’ -]{0,30}:\s*((?-i:[A-Z][A-Z0-9]{0,5})(\.(?-i:[A-Z]{1,3}))?\s+[+\-−]\d+([.,]\d+)?\s?%"
          r"[\s,;|·]*){1,6}$",
          # a strip of other stories' headlines behind an alert's flag, two or more with a separator between them
          # (`ÚLTIMA HORA: El Congreso convalida … · La Bolsa cierra …`)
          r"^(" + ALERT_FLAGS + r")\s?:\s(?=\S)[^·|•]{8,}(\s[·|•]\s[^·|•]{8,})+$",
          *PRICE_CELLS),  # (a price strip's cells: under the story's lead-in, the story's table; classify)
    _kind("punctuation", r"^[^\w]*$", r"^\d{1,3}$"),
    # A word or two set apart by decoration on both sides (`– Xyz –`, `*** Xyz ***`, `[Xyz]`, `•• Xyz ••`): a
    # page's marker (an ad slot, a label), whatever the word; a story's subheading is not decorated. (Round
    # brackets are left out: `(dpa)` is an agency's byline.)
    _kind("marker", r"^[-–—*•·=~#\[<]+\s*[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)?\s*[-–—*•·=~#\]>]+$"),
    # A review's rating in stars, perhaps under its label (`★★★★☆`, `Calificación: ★★★★☆`, `Wertung: ★★★☆☆`): the
    # review's box, never the story's words.
    _kind("rating", r"^(?:[^\W\d][\w ]{0,20}\s?:\s*)?[★☆✩✪✭⭐½ ]{3,}$"),
    _kind("house notice", *HOUSE_NOTICES),
    _kind("on-air strip", _NOW_ON_AIR),
    _kind("show call", _SHOW_CALL),
    _kind("competition", _TEXT_IN_COMPETITION),
    # one link to another story, its topic then its headline (`Mehr dazu in Wahl: Ergebnis …`, `More on this in
    # Budget: …`, `Plus d'infos dans …`, `Más información en …`, `Meer hierover in …`): a line of its own that
    # opens no list (a subheading may follow it)
    _kind("link line",
          r"^(mehr dazu|more on this|more about this|plus d'infos|plus à ce sujet|más información|más detalles"
          r"|maggiori informazioni|meer hierover|meer daarover) (in|im|auf|bei|unter|on|at|dans|sur|en|su|op)"
          r" [^.!?:]{2,40}:\s.{2,200}$",
          # a read-also label run into the headline with no separator (`Lisez aussi Télétravail : ce qui change`,
          # `Read also Why the bridge closed`): the label's `also`, then a capital
          r"^(lisez|lire|à lire|read|also read|leggi|lee|lea|leia|lies|lesen sie|lees|läs|les|læs)"
          r" (aussi|also|anche|también|também|auch|ook|också|även|også|également)\s+(?-i:[A-ZÀ-Þ«\"“„]).{8,200}$",
          # a link to a clip, a gallery or a show, its medium in brackets before the headline (`[WATCH] Commuters
          # walk to work`, `[VIDEO] Así quedó la plaza`, `[VIDÉO] Le chantier`, `[FOTOS] …`, `[AUDIO] …`): a
          # headline, no sentence
          r"^\[(watch|video|videos|vídeo|vídeos|vidéo|vidéos|listen|audio|áudio|podcast|gallery|photos|pictures"
          r"|in pictures|fotos|photo|foto|galerie|galería|galleria|galeria|fotogalerie|bildergalerie|diaporama"
          r"|ver|mira|escucha|regardez|écoutez|écouter|ansehen|hören|guarda|ascolta|assista|veja|ouça|kijk|bekijk"
          r"|luister|titta|lyssna|se|hør|lytt)\]\s*[:|-]?\s+[^.!?]{8,160}[?!]?$",
          # a pointer to the clip on the site's own channel between paragraphs (`Vê o resumo completo do jogo na
          # Ribeirense TV`, `Watch the highlights on Rovers TV`, `Mira el resumen en Club TV`, `Sieh dir die Tore
          # auf FCB.tv an`): a watch verb, the clip's noun, the channel's capitalised name, no sentence's end
          r"^(" + _WATCH_VERB + r")\s[^.!?,;]{0,60}?\b(" + _CLIP_NOUN + r")\b[^.!?,;]{0,60}?\s(on|at|na|no|em|en|sur|su"
          r"|auf|im|bei|op|via)\s(?:(?:the|la|le|a|o|el|die|de)\s)?(?-i:[A-ZÀ-Þ0-9][\w'’&+.-]*)"
          r"(?:\s(?-i:[A-ZÀ-Þ0-9+][\w'’&+.-]*)){0,3}(\san)?\s*[!:]?$",
          # a link to a clip behind a play mark (`▶ Veja os gols de Atlético Ribeirense 3 x 2 Sertanejo`): a headline,
          # five words at least (a player's own buttons are a word or three: `▶ Video Ad Feedback`)
          r"^[▶►⏵]\s*[^\W\d][^.!?\s]*(?:\s+[^.!?\s]+){4,30}$"),
    # a blog's link to the post before or after this one, its arrow or angle quote on one side only (`« Fünf Gedanken
    # zum Pokal-Aus`, `← Nebenbei bemerkt (4)`, `Jahreswechsel →`): a headline, no sentence; a quotation closes
    # (`«Wir bleiben»`, `« Nous irons jusqu'au bout », dit-elle`)
    _kind("post link", r"^(?:«|‹|←)\s*[^«»‹›←→.!?]{3,100}$", r"^[^«»‹›←→.!?]{3,100}\s*(?:»|›|→)$"),
)

# A match's result alone: two teams, each with its score after it (`Kilbrack 2-21 St Fionán's 1-19`, `Munster 27
# Ospreys 13`, `Virtus 78 Partenope 71`), or the score between them (`Rovers 2-1 United`, `Eintracht 1:0 Union`).
RESULT_LINE = re.compile(r"^" + _TEAM + r" (?:\d{1,2}-\d{1,2}|\d{1,3}) " + _TEAM + r" (?:\d{1,2}-\d{1,2}|\d{1,3})$"
                         r"|^" + _TEAM + r" \d{1,3} ?[–:-] ?\d{1,3} " + _TEAM + r"$")


# A story's shares of the vote after a label (`Zweitstimmen: CDU 31,2 %, SPD 24,1 %`, `Results: Labour 41.2%, Lib Dem
# 12.1%`): names, each with an unsigned percentage, at least two; a quotes box's changes carry a sign.
VOTE_SHARES = re.compile(r"^[^\W\d_][\w'’ -]{0,30}:\s*([^\W\d_][\w'’.&-]*( [^\W\d_][\w'’.&-]*){0,3}\s+\d{1,2}"
                         r"([.,]\d{1,2})?\s?%[\s,;|·]*){2,12}$")


# A team's line-up with its scorers closing a match report (`TSV: Brandl, Wiedmann (Tor); Schairer 7, Haug 6/3, …`,
# `Rovers: Kelly; Byrne 0-4, Doyle 1-2, …`, `Scorers: Ruiz 2, Gómez 1, …`): a label, then six names or more split by
# commas or semicolons, two of them with their tally; a story's data, printed with every report, not a box.
_SCORER = r"(?-i:[A-ZÀ-Þ])[\w'’.-]+( (?-i:[A-ZÀ-Þ])[\w'’.-]+)?( \([^()]{1,20}\))?( \d{1,2}([/-]\d{1,2})?)?"
SCORE_ROLL = re.compile(r"^[^\W\d_][\w'’ .-]{0,30}:\s*(?=(?:[^:]*?\s\d{1,2}(?:[/-]\d{1,2})?[,;.]?(?:\s|$)){2})"
                        + _SCORER + r"(\s*[,;]\s*" + _SCORER + r"){5,}\.?$")


# A box's line of tallies after a label (`Top scorers: HOB Rewiti 27, Akande 19, Pelham 14. TSV Dhu 24, Costigan 17.`,
# `Máximos anotadores: Ruiz 21, Gómez 17, Silva 12, Costa 9`, `Beste Werfer: Brandl 22, Haug 18; Keller 15, Roth 11`):
# four names or more, each with its figure, split by commas, semicolons or full stops (one team's after another's);
# no verb, no sentence of the story's.
_TALLIED = r"(?-i:[A-ZÀ-Þ])[\w'’.-]+(?: (?-i:[A-ZÀ-Þ])[\w'’.-]+){0,2} \d{1,3}"
TALLY_ROLL = re.compile(r"^[^\W\d_][\w'’ .-]{0,30}:\s*" + _TALLIED + r"(?:\s*[,;.]\s*" + _TALLIED + r"){3,}\.?$")


# The roll call of a vote or an election closing a story (`For: Cllrs Smith, Jones, Patel`, `Gewählt wurden: Anna
# Berg, Jonas Keller`, `Nachrücker: Lukas Brandt, Eva Roth`): a vote's own label, then two names or more (a match
# sheet's labels are a team's, a referee's).
_ROLL_NAME = r"(?-i:[A-ZÀ-Þ][\w'’.-]+)( (?-i:[A-ZÀ-Þ][\w'’.-]+)){0,2}"
VOTE_ROLL = re.compile(
    r"^(for|against|abstained|abstentions?|absent|ayes|noes|voted (for|against)|in favour|elected|re-elected"
    r"|dafür|dagegen|enthaltungen?|enthalten|gewählt( wurden)?|wiedergewählt|nachrücker(innen)?|ersatzmitglieder"
    r"|a favor|en contra|abstenciones?|elegidos?|suplentes|pour|contre|élus?|suppléants)\s*:\s*"
    r"((cllrs?|councillors?|senators?|reps?|mps|stadträte|stadträtinnen|concejales)\.?\s+)?"
    + _ROLL_NAME + r"(\s*(,|\band\b|\bund\b|\by\b|\bet\b)\s*" + _ROLL_NAME + r")+\.?$", re.I)


# A line that is only one of these is a control of the page (button, menu entry), in any case.
_UI_WORDS = """
menu search login logout register subscribe home close next previous prev print share save saved listen follow
donate contribute account profile more top watchlist live latest
suche anmelden abmelden abonnieren registrieren startseite teilen merken drucken mehr schließen zurück menü
buscar búsqueda suscríbete suscribirse entrar portada inicio compartir guardar imprimir menú más cerrar
ingresar ingresá ingresa acceder accedé iniciá acessar acesse logar
rechercher recherche connexion s'abonner abonnez-vous accueil partager enregistrer imprimer fermer plus
cerca accedi abbonati registrati condividi salva stampa chiudi
pesquisar assinar assine compartilhar partilhar fechar zoeken inloggen abonneren delen opslaan sluiten aanmelden
submit send senden absenden envoyer valider enviar inviare invia verzenden versturen
haku kirjaudu prijava szukaj zaloguj hledat vyhledat hľadať căutare αναζήτηση keresés
"""
# A box the reader opens and closes (`Box aufklappen` … `Box zuklappen`, `Infobox uitklappen` … `Infobox inklappen`):
# its two controls.
# (the box named with its verb: a bare `Expand` / `Déplier` folds a story's own chapter or Q&A as often, and `Show
# more` / `Mehr anzeigen` / `Ver más` a story's remainder)
BOX_WORDS = ("box", "info", "fakten", "kasten")  # (the words the controls open with: `Infobox` opens with `info`)
BOX_OPENS = re.compile(r"^(?:(?:info)?box|fakten|infos?|kasten)\s+(?:aufklappen|ausklappen|öffnen|expand|open|déplier"
                       r"|ouvrir|desplegar|abrir|espandi|apri|expandir|uitklappen|openen)$", re.I)
BOX_CLOSES = re.compile(r"^(?:(?:info)?box|fakten|infos?|kasten)\s+(?:zuklappen|einklappen|schließen|collapse|close"
                        r"|replier|fermer|plegar|contraer|cerrar|comprimi|chiudi|recolher|fechar|inklappen|sluiten)$",
                        re.I)
UI_LABELS = frozenset(_UI_WORDS.split()) | frozenset({
    # a video player's own buttons (`Click to play`, `Zum Abspielen klicken`, `Dempen`, `Volledig scherm`)
    "click to play", "tap to play", "zum abspielen klicken", "klicken zum abspielen", "cliquez pour lire",
    "appuyez pour lire", "haz clic para reproducir", "toca para reproducir", "clicca per riprodurre",
    "klik om af te spelen", "mute", "unmute", "full screen", "fullscreen", "exit full screen", "stummschalten",
    "ton aus", "vollbild", "plein écran", "couper le son", "activer le son", "pantalla completa", "silenciar",
    "schermo intero", "disattiva audio", "ecrã inteiro", "tela cheia", "dempen", "geluid aan", "volledig scherm",
    "helskärm", "fullskjerm", "fuld skærm", "pełny ekran", "wycisz", "celá obrazovka", "ztlumit",
    "activar sonido", "desactivar sonido", "activar audio", "ton an", "ton einschalten", "attiva audio", "ativar som",
    "ativar áudio", "slå på ljud", "slå på lyd", "włącz dźwięk", "zapnout zvuk",
    # (the full-screen button with its verb: `Ver en pantalla completa`, `View full screen`, `Vollbild anzeigen`)
    "view full screen", "view fullscreen", "watch full screen", "watch in full screen", "ver en pantalla completa",
    "ver a pantalla completa", "afficher en plein écran", "voir en plein écran", "vollbild anzeigen",
    "im vollbild ansehen", "visualizza a schermo intero", "guarda a schermo intero", "ver em ecrã inteiro",
    "ver em tela cheia", "bekijk volledig scherm", "bekijk op volledig scherm",
    # a sign-up form's button in the reader's words (`Quiero recibirlo`, `Ich will ihn haben`)
    "quiero recibirlo", "quiero recibirla", "je veux le recevoir", "ich möchte ihn erhalten", "lo voglio ricevere",
    # an app's store buttons and a bare download button (`Download on the App Store`, `Hämta appen`, `Descargar`)
    "download on the app store", "get it on google play", "get the app", "download the app", "download our app",
    "app herunterladen", "jetzt app herunterladen", "télécharger l'application", "télécharger l'app",
    "descarga la app", "descargar la app", "scarica l'app", "baixe o app", "baixar o app", "download de app",
    "hämta appen", "last ned appen", "hent appen", "disponible en app store y google play",
    "disponível na app store e no google play", "disponible sur l'app store et google play",
    "descargar", "herunterladen", "télécharger", "scarica", "baixar", "downloaden",
    # an offers box's buttons and its banks' legend (`See all offers`, `Member FDIC`)
    "see all offers", "see offers", "view offers", "compare offers", "view offer", "see offer",
    "member fdic", "member fdic.", "member sipc", "equal housing lender", "ncua insured",
    # a sign-up form's messages (`Invalid Email`, `Something went wrong, please try again later.`)
    "invalid email", "invalid email address", "please enter a valid email address", "thank you for subscribing!",
    "thanks for signing up!", "something went wrong, please try again later.", "something went wrong. please try "
    "again later.", "sorry, there seem to be some issues. please try again later.", "something went wrong. please "
    "try again.", "sorry, something went wrong. please try again later.", "oops! something went wrong. please try "
    "again.", "etwas ist schiefgelaufen. bitte versuchen sie es später erneut.", "es ist ein fehler aufgetreten. "
    "bitte versuchen sie es später erneut.", "une erreur s'est produite. veuillez réessayer plus tard.",
    "une erreur est survenue. veuillez réessayer plus tard.", "se ha producido un error. inténtalo de nuevo más "
    "tarde.", "ha ocurrido un error. por favor, inténtalo de nuevo.", "si è verificato un errore. riprova più tardi.",
    "er is iets misgegaan. probeer het later opnieuw.",
    # a blog platform's label over the publication's name (`Published in` / `Civic Signals`)
    "published in", "veröffentlicht in", "publié dans", "publicado en", "pubblicato in", "publicado em",
    "gepubliceerd in", "top highlight",
    # a platform's buttons beside a post (`Report this article`, `+ Follow`)
    "report this article", "report this post", "report this comment", "report this", "+ follow", "+follow",
    "artikel melden", "beitrag melden", "signaler cet article", "signaler ce contenu", "denunciar este artículo",
    "segnala questo articolo", "denunciar este artigo", "dit artikel melden",
    # a newsletter's e-mail controls, pasted from its web view
    "view in browser", "view online", "view this email in your browser", "view in your browser", "unsubscribe",
    "update preferences", "update your preferences", "manage preferences", "manage your subscription",
    "email preferences", "im browser ansehen", "im browser anzeigen", "online ansehen", "newsletter abbestellen",
    "abbestellen", "voir en ligne", "afficher dans le navigateur", "version en ligne", "se désabonner",
    "se désinscrire", "ver en el navegador", "ver en línea", "darse de baja", "cancelar suscripción",
    "visualizza nel browser", "visualizza online", "disiscriviti", "annulla iscrizione", "ver no navegador",
    "cancelar inscrição", "descadastrar", "cancelar subscrição", "bekijk online", "bekijk in je browser",
    "afmelden", "uitschrijven",
    # the text-size buttons and their label (`Font size` / `A-` / `A+`, `Schriftgröße`, `Taille du texte`)
    "font size", "text size", "a-", "a+", "a−", "a–", "a-/a+", "a- a+", "increase text size", "decrease text size",
    "schriftgröße", "schriftgrösse", "textgröße", "textgrösse", "taille du texte", "taille de police",
    "tamaño de letra", "tamaño del texto", "tamaño de fuente", "dimensione testo", "dimensione del testo",
    "tamanho da letra", "tamanho do texto", "tamanho da fonte", "lettergrootte", "tekstgrootte", "textstorlek",
    "tekststørrelse", "skriftstørrelse",
    "sign in", "sign out", "log in", "log out", "sign up", "support us", "my account", "back to top", "go to top",
    "watch live", "live tv", "search quotes, news & videos", "create free account", "follow your favorite stocks",
    # a share button's confirmation left in the paste (`Link copied`, `Copied to clipboard`, `Lien copié`)
    "link copied", "link copied!", "copied!", "copied to clipboard", "link copied to clipboard", "url copied",
    "link kopiert", "link kopiert!", "link wurde kopiert", "in die zwischenablage kopiert", "lien copié",
    "lien copié !",
    "copié dans le presse-papiers", "lien copié dans le presse-papiers", "enlace copiado", "¡enlace copiado!",
    "copiado al portapapeles", "enlace copiado al portapapeles", "link copiato", "link copiato!",
    "copiato negli appunti", "link copiado", "link copiado!", "copiado para a área de transferência",
    "link gekopieerd", "link gekopieerd!", "gekopieerd naar klembord", "länk kopierad", "lenke kopiert",
    "link kopieret",
    "copy link", "print article", "gift this article", "gift article", "share full article",
    "open menu", "close menu", "toggle navigation", "zurück zur startseite",
    "zur startseite", "back to home", "back to homepage", "retour à l'accueil", "volver a la portada",
    "torna alla home", "terug naar home",
    # a republishing box's buttons (`Copy HTML` under `Republish this article`)
    "copy html", "copy text", "copy code", "copy embed code", "copy to clipboard", "html kopieren", "copier le html",
    "copiar html", "copia html",
    "sendung verpasst?", "mein konto", "iniciar sesión", "cerrar sesión", "mi cuenta", "hazte socio",
    "se connecter", "mon compte", "link kopieren", "copiar enlace", "copier le lien", "copia link", "copiar link",
    "copiar o link", "link kopiëren", "kopieer link",
    "sign in to comment", "normas de participación", "show more", "load more", "read more", "see more",
    "open navigation", "main menu", "purchase licensing rights", "je m'abonne", "email (required)",
    "subscribe now", "subscribe today", "sign me up", "join now", "apuntarme", "suscribirme", "inscribirme",
    "see all rates", "see rates", "view all rates",
    "assinar agora", "assine agora", "assine já", "abonnez-vous maintenant", "suscríbete ahora", "abbonati ora",
    "quiero suscribirme", "contribuisci ora", "angebot ansehen", "add to watchlist", "zur watchlist hinzufügen",
    "aktivieren", "activer", "activar", "attiva", "ativar",
    # a dialog's button to back out of it (`Cancel`), and the marker closing a box set into the story
    "cancel", "cancelar", "annuler", "abbrechen", "annulla", "annuleren",
    "ende der weiteren informationen", "ende der infobox", "ende des infokastens",
    "me inscrever", "subscrever", "subscreva", "s'inscrire", "je m'inscris", "jetzt abonnieren", "en savoir plus",
    "más información",
    "más opciones", "more options", "weitere optionen", "plus d'options", "mehr erfahren", "learn more", "my news",
    "all sections", "all topics", "kommentare anzeigen", "show comments", "voir les commentaires",
    # (the button to the comments, in the post's header line as often as under it: `Schreib einen Kommentar`)
    "kommentieren", "jetzt kommentieren", "kommentar schreiben", "schreib einen kommentar", "schreibe einen kommentar",
    "ver comentarios", "compartí", "comentá", "compartir nota", "escuchar nota", "artikel teilen", "beitrag teilen",
    "share article",
    "share this article", "partager l'article",
    "privacy policy", "terms of use",
    "terms of service", "cookie policy", "cookie settings", "contact us", "about us", "advertise with us",
    # a folded text's toggle (`Show less`, `Mehr anzeigen`, `Ver más`: the text under it is the story's own)
    "show less", "mehr anzeigen", "weniger anzeigen", "ver más", "ver menos", "afficher plus", "afficher moins",
    "mostra di più", "mostra meno", "mostrar mais", "mostrar menos", "meer tonen", "minder tonen",
    # the menu's own toggle (`Open menu`, `Menü öffnen`, `Ouvrir le menu`, `Abrir menú`, `Apri il menu`)
    "menü öffnen", "menü schließen", "menu öffnen", "ouvrir le menu", "fermer le menu",
    "abrir menú", "cerrar menú", "apri il menu", "chiudi il menu", "abrir menu", "fechar menu", "menu openen",
    "menu sluiten",
    # a player's autoplay toggle
    "autoplay", "autoplay on", "autoplay off", "lecture automatique", "automatische wiedergabe", "autoplay an",
    "autoplay aus", "reproducción automática", "riproduzione automatica", "reprodução automática",
    # a folded story's button (the rest of the story under it)
    "continue reading", "keep reading", "seguir leyendo", "sigue leyendo", "continuar leyendo", "lire la suite",
    "weiterlesen", "continua a leggere", "continuar lendo", "continuar a ler", "verder lezen", "lees verder",
    # a link's button alone on its line
    "click here", "tap here", "cliquez ici", "appuyez ici", "haz clic aquí", "pulsa aquí", "klicken sie hier",
    "hier klicken", "clicca qui", "clique aqui", "toque aqui", "klik hier",
    # a social prompt's button alone on its line (two capitalised words, no name)
    "follow us", "síguenos", "síganos", "folgen sie uns", "folge uns", "suivez-nous", "seguici", "siga-nos",
    "sigam-nos", "volg ons", "segueix-nos",
    # ... over the platforms' icons, which the copy left out (`Follow us on`)
    "follow us on", "síguenos en", "suivez-nous sur", "folgen sie uns auf", "folge uns auf", "seguici su",
    "siga-nos no", "siga-nos em", "volg ons op", "find us on", "finde uns auf", "findet uns auf", "findet uns auch auf",
    "finden sie uns auf", "retrouvez-nous sur", "encuéntranos en", "trovaci su", "vind ons op",
    # a follow button naming what it follows (a blog platform's publication or writer)
    "follow publication", "follow author", "follow writer", "follow this author", "seguir publicación",
    "seguir autor", "seguir al autor", "publikation folgen", "autor folgen", "autorin folgen", "suivre la publication",
    "suivre l'auteur", "suivre l'autrice", "segui la pubblicazione", "segui l'autore", "seguir publicação",
    "seguir o autor", "publicatie volgen", "auteur volgen",
    # a blog platform's button to write a post of one's own, beside `Sign in`
    "write", "write a story", "start writing", "écrire", "escribir", "schreiben", "scrivi",
    # a mobile page's button opening the site's app
    "open in app", "open app", "in app öffnen", "in der app öffnen", "ouvrir dans l'application", "ouvrir l'appli",
    "abrir en la app", "abrir en la aplicación", "apri nell'app", "abrir no app", "openen in app",
    # a share box's heading (`Social Sharing`) over its buttons
    "social sharing", "social share", "share on social media", "compartir en redes", "compartir en redes sociales",
    "partager sur les réseaux sociaux", "in sozialen netzwerken teilen", "condividi sui social",
    "compartilhar nas redes sociais", "delen op sociale media",
    # a trial offer's button in the account corner
    "start free trial", "start your free trial", "start a free trial", "free trial", "try for free", "try it free",
    "kostenlos testen", "gratis testen", "jetzt kostenlos testen", "essai gratuit", "commencer l'essai gratuit",
    "prueba gratis", "prueba gratuita", "empieza tu prueba gratuita", "prova gratis", "prova gratuita",
    "teste grátis", "experimente grátis", "gratis proberen", "probeer gratis",
    # a free account's button beside `Sign in` (`Join free   Sign in`, `Regístrate gratis   Entrar`)
    "join free", "join for free", "sign up free", "sign up for free", "register free", "únete gratis",
    "regístrate gratis", "registrarse gratis", "kostenlos registrieren", "gratis registrieren",
    "inscription gratuite", "inscrivez-vous gratuitement", "iscriviti gratis", "registrati gratis",
    "cadastre-se grátis", "registe-se grátis", "gratis aanmelden", "gratis registreren",
    # a ticket box's button (a club's or venue's next event over the story)
    "buy tickets", "get tickets", "book tickets", "tickets kaufen", "karten kaufen", "jetzt tickets kaufen",
    "acheter des billets", "acheter mes billets", "réserver", "comprar entradas", "compra tus entradas",
    "comprar bilhetes", "compra bilhetes", "comprar ingressos", "acquista biglietti", "compra biglietti",
    "acquista i biglietti", "koop tickets", "tickets kopen", "bestel tickets",
    # the article's tool row on a Chinese, Japanese or Korean site (print, bookmark, share to a network, font
    # size, copy the link): `印刷`, `スクラップ`, `LINEで送る`, `分享`, `收藏`, `字体大小`, `인쇄`, `공유하기`
    "印刷", "スクラップ", "保存", "シェア", "ポスト", "xでポスト", "facebookでシェア", "lineで送る",
    "はてなブックマーク", "文字サイズ", "リンクをコピー", "分享", "分享：", "收藏", "打印", "列印", "复制链接",
    "複製連結", "字体大小", "字級", "字體大小", "인쇄", "공유", "공유하기", "북마크", "스크랩", "글자크기",
    "글자크기 설정", "글씨크기", "링크복사", "url 복사", "기사 저장",
    # a gallery's button to open all its pictures (`Ver todas as fotos`, `See all photos`, `Alle Fotos ansehen`)
    "see all photos", "view all photos", "see all images", "view gallery", "open gallery", "view the gallery",
    "alle fotos ansehen", "alle bilder ansehen", "zur bildergalerie", "voir toutes les photos", "voir la galerie",
    "ver todas las fotos", "ver la galería", "ver galería", "ver todas as fotos", "ver galeria", "ver a galeria",
    "vedi tutte le foto", "vedi la gallery", "bekijk alle foto's", "bekijk de fotoserie",
    # (the whole gallery: `Ver galería completa`, `View full gallery`, `Voir la galerie complète`)
    "ver galería completa", "ver la galería completa", "view full gallery", "see full gallery", "see the full gallery",
    "voir la galerie complète", "ver galeria completa", "ver a galeria completa", "vedi la galleria completa",
    "zur ganzen bildergalerie", "bekijk de volledige fotoserie",
    # (a Chinese finance site's quote box: its `add to watchlist` button)
    "+加自选", "加自选", "+加自選", "加自選", "+自选", "+自選",
})
# A row of share buttons: every word from this set.
_SHARE_WORDS = """
share shares sharing save saved tweet facebook twitter x whatsapp email e-mail mail linkedin copy link print
pinterest reddit telegram messenger threads bluesky flipboard sms gift comment comments this article story post on
via the page url copied teilen link kopieren compartir copiar enlace partager copier le lien condividi copia
partilhar delen | · • kopieren artikel full
merken vorlesen drucken anhören guardar imprimir escuchar enregistrer imprimer écouter salva stampa ascolta
opslaan voorlezen bookmark listen ouvir
compartilhar en sur auf su no na op
twittern tweeten mitteilen mailen kommentieren pdf download tuitear
speichern bei rezept recipe jump to
pin it fb tumblr xing mastodon more
enviar envoyer invia senden por par per correo courriel
"""  # (the last four lines: a tool bar's save, print and read-aloud buttons beside its share button; the share verb's
# preposition before its network, `Compartir en WhatsApp`, `Partager sur X`, `Teilen auf Facebook`, `Condividi su X`,
# `Compartilhar no WhatsApp`, `Delen op LinkedIn`; German share rows' verbs, `teilen tweeten mailen kommentieren pdf
# download`; a recipe's buttons, `Jump to Recipe Print Recipe`, `Rezept drucken bei Pinterest speichern`; Pinterest's
# `Pin It` and the networks' short names, `FB Tweet More`; the button sending it by mail, `Enviar por correo`, `Envoyer
# par courriel`, `Invia per email`, `Per E-Mail senden`)
SHARE_WORDS = frozenset(_SHARE_WORDS.split())

# --- header furniture: what it tells is read by fields.py ----------------------------------------------
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*"
# The German writer's label in its gender-inclusive forms (`Autor/in`, `AUTOR/IN`, `Autor*in`, `Autor:in`, `Autor_in`,
# `Autor/-in`, `AutorIn`, and their plurals `Autor*innen`, `Autorinnen`), as public broadcasters print it over the name.
AUTHOR_INCLUSIVE = r"autor(?:/-?|\*|:|_)?in(?:nen)?"
# A reporter's job as a label before the name, a colon required (`Reporter: Jane Doe`, `Reporterin: Anna Weber`,
# `Journaliste : Léa Fortin`), in en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca/fi/el/tr/hu.
REPORTER_WORDS = (
    r"reporters?|reporterin|reporting|correspondent|correspondents|journalists?|journalistin|writer|reportero"
    r"|reportera|periodista|periodistas|corresponsal|repórter|jornalista|correspondente|reportrice|journaliste"
    r"|correspondant|correspondante|giornalista|cronista|inviat[oa]|corrispondente|redakteur|redakteurin"
    r"|korrespondent|korrespondentin|berichterstatter|berichterstatterin|verslaggever|verslaggeefster|skribent"
    r"|reporterka|dziennikarz|dziennikarka|korespondent|korespondentka|reportér|reportérka|novinář|novinářka"
    r"|zpravodaj|zpravodajka|jurnalist|jurnalistă|corespondent|reportteri|kirjeenvaihtaja|ρεπόρτερ"
    r"|δημοσιογράφος|ανταποκριτής|ανταποκρίτρια|gazeteci|riporter|újságíró|tudósító"
)
# A byline naming one person by a single capitalised name and nothing else (`von Kathrin`, `By Redaktion`): blog
# themes print it so, and a date line may hold it before its date (`von Newsdesk 28. Januar 2022`).
ONE_NAME_BYLINE = re.compile(r"^(?i:by|von|par|por|door|przez)\s+(?P<who>[A-ZÀ-Þ][a-zß-ÿ]{2,20})$")
BYLINE = re.compile(
    # (perhaps after a rule of dashes: `---- by Kenneth Surin`, `— By Jane Doe`)
    r"^(?:[-–—~=]+\s*)?(?:(?:story|words|written|text|reporting|report|posted|analysis|article|interview"
    r"|photos and text)\s+by"
    # a post's byline in each language (`Publié par X`, `Gepostet von X`; with a colon, `Publié par :`, an issuer)
    r"|(?:publié|publiée|publicado|publicada|pubblicato|pubblicata|gepostet|gepostet|geplaatst|publicerad|publisert"
    r"|publiceret|opublikowany|opublikowane)\s+(?:par|por|da|von|door|av|af|przez)(?!\s*:)"
    r"|(?:ein |un |una )?(?:artikel|beitrag|bericht|text|article|artículo|articolo|reportagem|reportage|texto)"
    r"\s+(?:von|by|de|di|par|da)"
    r"|by|por|von|par|di|door|av|af|przez|oleh|texto|texte|text|autor|autora|" + AUTHOR_INCLUSIVE + r"|author|authors"
    r"|auteur|autore|autors|autorius|autorė"
    r"|escrito por|geschrieben von|écrit par|scritto da|a cura di|(?:" + REPORTER_WORDS + r")(?=\s*:))"
    r"\s*:?\s+(?P<who>.{2,160})$",
    re.I,
)
# The body that issues a press release (`From: Department for …`): header furniture, not a person's byline.
ISSUER = re.compile(r"^(from|issued by|herausgegeben von|publié par|emitido por|publicado por|van)\s*:\s+\S", re.I)
# A name as bylines write it: capitalised words with the particles names carry.
NAME = re.compile(rf"^{_NAME_WORD}(?:\s+(?:(?:van|von|der|den|de|del|della|da|das|dos|di|du|le|la|bin|al|el|y|e|i|ibn"
                  rf"|and|und|et|&|,)\s+)*{_NAME_WORD}){{1,6}}$")
DATELINE = re.compile(
    r"^(?P<label>published|updated|posted|last updated|last modified|first published|modified|date|dated|stand"
    r"|publicado|publicada|actualizado|actualizada|fecha|veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt"
    r"|datum|publié|publiée|mis à jour|modifié|pubblicato|aggiornato|publicado em|atualizado|gepubliceerd"
    r"|bijgewerkt|publiziert|erschienen|online seit|published online|mis en ligne|date de publication"
    r"|dernière mise à jour|uploaded|publication|geplaatst|aangepast|diterbitkan|dikemas kini|diperbarui"
    # (a post's own words: `Eingetragen am 3. Januar 2020`, `zuletzt bearbeitet: 04.02.2022`; the Nordic and Polish
    # labels: `Publisert 3. mars 2027`, `Julkaistu 3.3.2027`, `Opublikowano 3 marca 2027`)
    r"|eingetragen|gepostet|zuletzt bearbeitet|bearbeitet|zuletzt geändert|geändert|last edited|publisert|publicerad"
    r"|publiceret|udgivet|julkaistu|opublikowano|oppdatert|uppdaterad|opdateret|päivitetty|zaktualizowano"
    r"|le(?=\s+\d)|il(?=\s+\d))\b\s*(?:on|at|el|le|il"
    r"|em|op|am|um)?\s*:?\s*(?P<when>.*)$",
    re.I,
)
# A reading time run in before a date line (`4 min read Last Updated : Nov 23 2026`, `3 Min. Lesezeit | Stand:
# 04.03.2027`): the date line after it is the header's.
READING_HEAD = re.compile(r"^\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti)\.?\s+(?:read|de lectura|lesezeit"
                          r"|de lecture|di lettura|leestijd|de leitura)\s*[|·•,–—-]?\s*(?=\S)", re.I)
UPDATED_LABELS = frozenset({"dernière mise à jour", "updated", "last updated", "last modified", "modified",
                            "actualizado", "actualizada",
                            "aktualisiert", "zuletzt aktualisiert", "mis à jour", "modifié", "aggiornato",
                            "atualizado", "bijgewerkt", "aangepast", "dikemas kini", "diperbarui",
                            "zuletzt bearbeitet", "bearbeitet", "zuletzt geändert", "geändert", "last edited",
                            "oppdatert", "uppdaterad", "opdateret", "päivitetty", "zaktualizowano"})
# A picture handed to the paper, its word qualified (`Imagen cedida:`, `Foto cedida:`, `Photo supplied:`, `Handout
# photo:`, `Image fournie :`, `Foto concessa:`, `Imagem cedida:`, `Foto aangeleverd:`): a credit's label.
HANDED = (r"(?:(?:photos?|fotos?|images?|imagen|imágenes|imagem|imagens|immagine|bild|bilder|foto's)\s+"
          r"(?:cedidas?|cedidos?|supplied|provided|fournies?|concesse|concessa|fornecidas?|aangeleverd"
          r"|zur verfügung gestellt)"
          r"|handout(?: photo| image| picture)?|supplied(?: photo| image| picture)?)")
# A capitalised word of a name (case-sensitive inside the credit table), or a name's small word.
_CAPITALISED = r"(?-i:[A-ZÀ-Þ][\w'’.-]+)"
_PARTICLE_OR_CAPITALISED = r"de|du|des|van|von|der|da|di|del|la|le|(?-i:[A-ZÀ-Þ][\w'’.-]*)"
# Menu and navigation words (en/es/pt/it/fr/de/nl) that make a bar line a media menu, not a credit's name.
_MENU_WORDS = (r"(?:galler(?:y|ies|ia|ie)|galer(?:ía|ías|ia|ias|ie|ij|ien)|fotogaler(?:ía|ia|ie)|fotografica"
               r"|fotográfica"
               r"|videos?|vídeos?|stories|story|top|most|read|viewed|news|all|more|latest|popular|trending|home"
               r"|mais|vistos|vistas|lidos|lidas|más|leídos|leídas|todas|todos|tutte|tutti|più|lette|viste|notizie"
               r"|noticias|notícias|nachrichten|alle|meistgelesen|mehr|plus|tous|toutes|lus|actualités|dernières"
               r"|últimas|ultime|multimedia|audio|podcasts?|archive|archivo|archivio"
               r"|arquivo|live|watch|view|see|slideshows?|reels|shorts|recent|recientes|recentes|recenti)")
# The lead picture's label, its credit after it, perhaps printed after the story (`Featured image credit: X`, `Header
# image: X`, `Titelbild: X`, `Imagen destacada: X`, `Photo principale : X`, `Immagine in evidenza: X`).
LEAD_PICTURE = (r"(?:featured|feature|lead|header|hero|cover|main|top) (?:image|photo|picture)(?: credits?)?"
                r"|titelbild|aufmacherbild|imagen destacada|imagen principal|foto de portada|imagem de destaque"
                r"|image principale|photo principale|immagine in evidenza|foto in evidenza|uitgelichte afbeelding")
LEAD_PICTURE_CREDIT = re.compile(r"^(?:" + LEAD_PICTURE + r")\s*:\s*(?P<credit>[^.!?]{2,60})$", re.I)
# A photo credit alone on a line (`Photo: X`, `Bild: X`, `Image source, Getty Images`).
CREDIT = re.compile(
    r"^[\(\[]?\s*(?:"
    # a stock or archive picture's label (`Symbolbild:`, `File photo:`, `Foto de archivo:`, `Photo d'illustration :`)
    # before a credit's few words (a wire caption opens `FILE PHOTO: Tanks stand …`: a sentence, no credit)
    r"(?:symbolbild|symbolfoto|archivbild|archivfoto|illustrationsbild|file photo|archive photo|stock photo"
    r"|illustrative (?:photo|image)|foto de archivo|imagen de archivo|foto ilustrativa|imagen ilustrativa"
    r"|photo d['’]archives|photo d['’]illustration|image d['’]illustration|foto d['’]archivio|foto di repertorio"
    r"|foto illustrativa|archieffoto|archiefbeeld|sfeerbeeld|foto de arquivo|imagem de arquivo|" + LEAD_PICTURE
    + r")\s*:\s*(?=[^.!?]{2,60}$)|"
    r"(?:photographs?|photography|photos?|pictures?|images?|illustrations?|fotos?|fotografías?"
    r"|fotografia|fotografie)"
    r"\s+(?:by|de|di|von|par|door|av|af|przez)\s+"
    r"|(?:(?:photos?|fotos?|photographs?|pictures?|images?|bild|bilder|imagen|imagem)\s+)?"
    # (`Courtesy X` without its `of`, as American papers write it, before a capitalised name: `Courtesy Patapsco Museum
    # of Art`)
    r"(?:courtesy of|cortesía de|cortesia de|gentileza de|courtesy\s?:|cortesía\s?:|cortesia\s?:|gentileza\s?:"
    r"|courtesy(?=\s+(?-i:[A-ZÀ-Þ]))"
    r"|avec l'aimable autorisation de|mit freundlicher genehmigung von|per gentile concessione di|met dank aan"
    r"|med tillatelse fra|med tilladelse fra|med tillstånd av|dzięki uprzejmości)\s+"
    r"|" + HANDED + r"\s*:"
    # two-word labels first (`Crédit image :`, `Bildnachweis:`), and each language's word for a shot (`Cliché :`)
    r"|(?P<label>photo credit|image credit|image source|picture source|picture credit|photo credits|image credits"
    r"|crédit image|crédits image|crédit photos|crédits photos|crédit photo|crédits photo|crédit visuel|cliché|clichés"
    r"|bildnachweis|bildrechte|fotonachweis|foto credit|fotocredit|beeldcredit|beeldbron|credito fotografico"
    r"|crédito fotográfico|crédito da foto|crédito de la foto|crédito de imagen|fotokredit|bildkälla|fotokilde"
    r"|źródło zdjęcia|zdroj fotografie|sursa foto|crèdit fotogràfic|kuvalähde|πηγή φωτογραφίας|fotoğraf kaynağı"
    r"|kép forrása|photograph|photographie|fotografi|zdjęcie|fot"
    r"|beeld"
    r"|photography|photographer|photographe|fotograf|fotografin|fotógrafo|fotógrafa|fotografo|photo|foto"
    r"|fotos|bild|bilder|image|images|picture|pic|credit|credits|crédit photo|crédit|crédits|fotografía|fotografia"
    r"|imagen|ilustración|illustration|grafik|quelle|fuente|source|copyright|crédito|créditos|imagem|immagine"
    r"|bildquelle|fotó|fotók|kép|képek|fotoğraf|fotoğraflar|görsel|kuva|kuvat|kuvaaja|φωτ\.?|φωτογραφία"
    r"|φωτογραφίες|φωτό|φωτο|snímek|zdroj|fotografie|billede|bilde|©)(?:\s*[:,]|\s+[—–]\s)"  # or a dash: `Credit — X`
    # (`© Crédit photo : X`: the sign before the label)
    r"|(?:(?:photos?|fotos?|bild|image|picture|imagen|imagem|immagine|cliché)\s*)?©"
    r"(?:\s*(?:crédits?(?: photos?)?|photo credits?|credits?|photos?|fotos?|bild)\s*:)?|fot\."
    # `PHOTO MARTIN LÉVESQUE, LE FLEUVE`: label and name in capitals, no colon (set above the caption)
    r"|(?-i:PHOTOS?|FOTOS?|FOTOGRAFIA|ILLUSTRATION|IMAGE|BILD|ZDJĘCIE)\s+(?=(?-i:[A-ZÀ-Þ]{2,}[^a-zß-ÿ]*$))"
    # `PHOTO | JANE DOE`, `Foto | Ana Ruiz`: the label set off by a bar before a name of two to five capitalised
    # words and nothing else (a menu's `Photos | Videos` has one word after its bar, and more bars; `Photos | Video
    # Gallery`, `Foto | Galleria Fotografica`, `Fotos | Mais Vistos`: menu words after it make no name)
    r"|(?:photos?|fotos?|foto's|photograph|photography|bild|bilder|image|picture|pic|imagen|imagem|immagine"
    r"|fotografía|fotografia|beeld|credit|crédit|crédito)\s+\|\s+(?!.*\b" + _MENU_WORDS + r"\b)"
    r"(?=" + _CAPITALISED + r"(?:\s+(?:" + _PARTICLE_OR_CAPITALISED + r")){1,4}$)"
    # `Photo Archives Jane Doe`, `Foto Stadt Lippstadt`: the label without a colon before two to five capitalised
    # words and nothing else (a sentence or a headline has words in lower case); or before an outlet's capitalised
    # words, a spaced dash or slash and the photographer's (`Photo Courrier du Lot - Jane Doe`, `Foto Stadt / Max Roe`)
    r"|(?-i:Photos?|Fotos?|Bild|Image|Picture|Imagen|Imagem|Immagine|Crédit photo|Foto's)\s+"
    r"(?=" + _CAPITALISED + r"(?:\s+(?:" + _PARTICLE_OR_CAPITALISED + r")){1,4}$"
    r"|" + _CAPITALISED + r"(?:\s+(?:" + _PARTICLE_OR_CAPITALISED + r")){0,4}\s+[-–—/]\s+" + _CAPITALISED
    + r"(?:\s+(?:" + _PARTICLE_OR_CAPITALISED + r")){1,3}$)"
    # `Video: Jane Doe via X`: a clip's credit is its maker's name (capitalised words, and the platform it was posted
    # on); a clip's title (`Video: Ferry hits the pier`) has words in lower case
    r"|(?:video|vidéo|vídeo|clip)\s*:\s*(?=(?-i:[A-ZÀ-Þ][\w'’.&-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’.&-]*)){0,4}"
    r"(?:\s+via\s+(?-i:[A-ZÀ-Þ])[\w'’.-]*)?$)"
    # `(foto Davide Rossi)`, `[Photo Jane Doe]`: in brackets, the label needs no colon before a name
    r"|(?<=^[\(\[])(?:photos?|fotos?|bild|image|picture|fotografía|fotografia|photographie|crédit photo)\s+"
    r"(?=(?-i:[A-ZÀ-Þ])[\w'’.-]+(?:\s+\S+){0,5}\s*[\)\]]\.?$))"
    r"\s*(?P<credit>[^\[\]()]{2,120}?)"
    r"\s*[\)\]]?\.?$",
    re.I,
)
# A graphic's credit with its data source on one line (`Chart: Outlet. Source: issuer filings.`, `Grafik: X. Quelle:
# Y`, `Carte : X / Source : Y`): who made the picture, then where its figures come from; the maker is the credit.
GRAPHIC_CREDIT = re.compile(r"^(?:chart|graph|graphic|infographic|grafik|infografik|gráfico|infografía|graphique"
                            r"|infographie|grafico|infografica|grafiek|map|karte|mapa|carte|mappa|kaart)"
                            r"\s*:\s*(?P<credit>[^.:!?/]{2,60}?)(?:\.\s+|\s+/\s+)(?:sources?|quellen?|fuentes?|fontes?|bron"
                            r"|données|data|daten|datos|dati)\s*:\s*[^:!?]{2,80}$", re.I)
# A film's or a show's still described by its caption, closing on the work's title (`Renata Quiñones y Aurelio Beltrán
# en una escena de Los alacranes duermen de día.`, `… in a scene from "Harbour Lights".`): no credit needed; a story's
# sentence goes on past the title.
SCENE_CAPTION = re.compile(r"\b(?:in a scene from|in a still from|en una escena de|dans une scène d[eu']"
                           r"|in einer szene (?:aus|von)|in una scena d[ie]|em uma cena de|numa cena de"
                           r"|in een scène uit)\s[^.!?,;:]{2,60}\.?$", re.I)


# A photographer's name with the picture agency in brackets (`Pepa Lozano (Agencia Faro)`, `Jan Roe (Bildagentur
# Nord)`), or after it (`Agence Alpimage - Mathilde Roch`): the lead photo's credit, as Spanish and Swiss papers print
# it under the caption; a byline's bracket names a place or the writer's outlet.
_PICTURE_AGENCY = r"(?:agencia|agency|agence|agentur|agenzia|agência|bildagentur|fotoagentur|photo agency)"
AGENCY_PICTURE = re.compile(r"^(?-i:[A-ZÀ-Þ])[\w.'’-]+(?: [\w.'’-]+){0,3} \(" + _PICTURE_AGENCY + r"\b[^()]{1,40}\)$"
                            # (or the agency first, then the photographer: `Agence Alpimage - Mathilde Roch`)
                            r"|^" + _PICTURE_AGENCY + r"(?: (?-i:[A-ZÀ-Þ])[\w'’.-]*){1,3} [-–—/] "
                            r"(?-i:[A-ZÀ-Þ])[\w'’.-]+(?: (?-i:[A-ZÀ-Þ])[\w'’.-]+){1,3}$", re.I)
IMAGE_LABELS = re.compile(r"^(?!source$|quelle$|fuente$)", re.I)  # labels that name a picture, not a text source
# A caption ending in its credit: `… / Foto: X`, `… (Photo: X)`, `… [Name/Agency]`.
# A credit may end in a company's abbreviation (`Harbor Robotics Inc.`): that full stop is the name's.
_ABBREVIATION_DOT = r"(?:(?:(?<=\bInc)|(?<=\bLtd)|(?<=\bCorp)|(?<=\bCo)|(?<=\bJr)|(?<=\bSr)|(?<=\bBros))\.)?"
CREDIT_SUFFIX = re.compile(
    r"(?:\s/\s*|\s*[\(\[]\s*|\.\s+|\s+)(?:(?:" + HANDED
    + r"|photo|foto|bild|image|picture|credit|photograph|fotografía|fotografia|fotografie|photographie"
    r"|crédit photo|crédit|illustration|imagen|quelle|bildquelle|fuente|fonte|źródło|zdroj|sursa|font|bron|källa|kilde"
    r"|fotó|fotoğraf|görsel|kuva|φωτ\.?|φωτογραφία|φωτο|pic|pics)"
    # (a source in brackets after the caption, perhaps glued to its full stop, as US local stations print it:
    # `… early Tuesday morning.(Source: Ohio Township Fire Department)`)
    r"\s*[:|]|fot\.|©|(?<=[\[(])\s*source\s*:)\s*(?P<credit>[^\[\]()]{2,80}?" + _ABBREVIATION_DOT
    + r")\s*[\)\]]?\.?$",
    re.I,
)
CREDIT_WORD = Caseless(re.compile(
    r"photo|foto|fot\.|bild|image|picture|credit|crédit|illustration|imagen|immagin|ilustraci"
    r"|illustrazion|quelle|fuente|fonte|handout"
    r"|źródło|zdroj|sursa|bron|källa|kilde|fotoğraf|görsel|kuva|φωτ|©"
    r"|beeld"  # (Dutch: `Beeld Name`; `voorbeeld` and `afbeelding` take the same later tests)
    r"|supplied", re.I))  # (a handed picture's word alone, `… Supplied: X`: HANDED)
# `Caption sentence. Photographer Name`: a name after the caption's full stop, the line ending without one, perhaps
# with the agency after a slash or a bar (`… on Dec. 4. Jane Doe | Reuters`, a US business site's shape).
# (an ordinal's full stop is no sentence end: `Spielbericht 3. Liga Süd`, `am 6. Dezember`; a year's is: `in 2019.`)
NAME_AFTER_CAPTION = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?]\s+"
                                r"(?P<credit>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de |da |van |von )?[A-ZÀ-Þ][\w'’-]+){1,3}"
                                r"(?:(?:\s*/\s*|\s+\|\s+)[A-ZÀ-Þ][\w'’ -]{1,30}){0,3})$")
# A caption run together with its credit, no separator: `… stoppage time Touchline Images / Pete Harrow`: the
# capitalised words around a slash at the end of a line without final punctuation.
# (set off by a dash glued to it, as Philippine papers do: `… continue to climb. —RHEA D. MONTALBAN / THE LANTERN`; or
# glued to the caption's full stop: `… in mid-January.TAYLOR MACKAY/THE LEDGER`)
SLASH_CREDIT = re.compile(r"(?:\s|[—–]|(?<=[.!?]))(?P<credit>(?:[A-ZÀ-Þ][\w'’.-]*\s){0,3}[A-ZÀ-Þ][\w'’.-]*\s?/\s?"
                          r"[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,3})$")
# `Caption sentence. Photo Agency/Name` (a label without a colon after the caption's full stop; `Beeld Name` in
# Dutch; the label and a copyright sign, `Photo © Name / Outlet`).
PHOTO_AFTER_CAPTION = re.compile(
    r"[.!?]\s+(?:photo|foto|bild|beeld|photograph|crédit photo|credit)\s+(?:(?:by|di|de|von|par|door)\s+|©\s*)?"
    r"(?P<credit>[^.!?:]{2,80})$", re.I)
# Any other picture word with its `by` word after the caption's full stop, then a name or an outlet and no more
# (`… at the pier. Picture by Jane Doe`, `Fotografía de Ana Ruiz`, `Bilder von Jörg Albers / Nordbild`):
# `Pictures show the pier` and `Photographs by Dorothea Lange fill the wing` are sentences.
_CREDIT_NAME = r"[A-ZÀ-Þ][\w'’.&-]*(?:\s+(?:(?:de|da|di|del|van|von|der|den|du|le|la|y)\s+)?[A-ZÀ-Þ][\w'’.&-]*){0,4}"
# ... after a quotation's close, a name (`… ‘Ik heb nooit …’ Beeld Jan Willem Dijkhuis`; `… came back.” Photo taken
# from the tower` and a subheading's `‘I couldn’t pay.’ Credit card debt` name no one).
PHOTO_AFTER_QUOTE = re.compile(r"[.!?][’”\"»']\s+(?i:photo|foto|bild|beeld|photograph|crédit photo|credit)\s+"
                               r"(?:(?i:by|di|de|von|par|door)\s+|©\s*)?(?P<credit>" + _CREDIT_NAME + r")$")
PICTURE_BY_AFTER_CAPTION = re.compile(
    r"[.!?][’”\"»']?\s+(?i:pictures?|pics?|images?|imagen|imagens?|immagin[ei]|photos|fotos|photographs|photography"
    r"|fotografías?|fotografia|fotografie|bilder|illustrations?|ilustración|illustrazione)"
    r"\s+(?i:by|di|de|da|von|par|door|por|av|af|przez)\s+"
    rf"(?P<credit>{_CREDIT_NAME}(?:\s*[/,]\s*{_CREDIT_NAME})?)$")
BRACKET_CREDIT = re.compile(r"[\[(](?P<credit>[^\[\]()]{2,70})[\])]\s*$")
# (a source's word only with its colon: `(Source: Jane Roe/KLMV)`; `Source Photo Agency` is a name)
# A credit's bracketed place and day the picture was taken, after the photographer (`Bild: Mirjam Kälin (Dietikon,
# 24. November 2026)`): the picture's day, not the page's, and no part of the credit's name.
TAKEN_AT = re.compile(r"(?<=\w)\s\([^()\d]{2,40},\s[^()]{4,30}\d{4}\)$")
CREDIT_LABEL = re.compile(r"^(?:(photo|foto|bild|image|picture|credit|crédit|fotografía|©)\s*:?\s*"
                          r"((by|de|di|von|par|door|por)\s+(?=[A-ZÀ-Þ]))?|(source|quelle|fuente|fonte|bron)\s*:\s*)",
                          re.I)
# A credit line without a label: `Meridian/Tomas Ekholm/File Photo`, `Getty Images`, `AFP via Getty Images`; an
# outlet after the slash may be named with a number first (`J. Roe / 24 Heures`, `A. Lind / 7 Dagar`).
BARE_CREDIT = re.compile(r"^([A-ZÀ-Þ][\w.'’ -]{1,40}(\s?/\s?(\d{1,3}\s)?[A-ZÀ-Þ][\w.'’ -]{1,40}){1,3}"
                         r"|([\w.'’ -]{2,40}\s)?(via )?(getty images|shutterstock|alamy|imago|dpa|afp|reuters|ap photo"
                         r"|epa|picture alliance|istock|unsplash|dreamstime|depositphotos|adobe stock|pexels|pixabay"
                         r"|123rf)( via [\w ]{2,30})?"
                         # a picture agency by its last word (`Halden Images`, `Nordlicht Bilder`, `Costa Fotos`)
                         # (or one picture from its files: `CCB file photo`, `Archive photo`)
                         r"|[A-ZÀ-Þ][\w.'’&-]*( [A-ZÀ-Þ][\w.'’&-]*){0,3} (images|photos|pictures|photography|fotos"
                         r"|(file|archive|staff|handout) photo"
                         r"|fotografie|fotografia|fotografía|bilder|bildagentur|stock)"
                         # a handed picture's word alone (`Supplied`): the whole credit, in Australia and New
                         # Zealand above all
                         r"|supplied)$", re.I)
PHOTO_AGENCIES = re.compile(r"/|\b(getty|afp|reuters|ap photo|epa|shutterstock|alamy|imago|dpa|picture alliance"
                            r"|anadolu|xinhua|efe|ansa|istock|unsplash|dreamstime|depositphotos|pexels|pixabay"
                            r"|photo|foto|bild"
                            # the national wires of Europe whose pictures papers print under their own name
                            # (`… beffroi. (Belga)`, `… am Kai. (APA)`, `… no cais. (Lusa)`)
                            r"|" + _NATIONAL_WIRE_NAMES + r"|keystone|lehtikuva|europa press)\b", re.I)
AGENCIES = re.compile(
    r"^(afp|agence france[- ]presse( \(afp\))?|reuters|thomson reuters|associated press|the associated press|ap"
    r"|pa( media)?|press association|bloomberg|dpa|ani|pti|ians|xinhua|efe|europa press|ansa|kyodo( news)?|yonhap"
    r"|tass|upi|aap|cnn|bbc news|staff( reporter| writer)?|our (correspondent|reporter)|news desk|web desk)$",
    re.I,
)
# A national wire's name alone (`NTB`, `Keystone-SDA`): the byline only right over the date line (classify);
# elsewhere a photo's credit under its caption, or a story's subheading naming the wire.
NATIONAL_WIRES = re.compile(r"^(" + _NATIONAL_WIRE_NAMES + r"|keystone-sda)$", re.I)
# `TOKYO (Reuters) -` opening a story.
AGENCY_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}(,\s*[\w .]{1,30})?"
    # (or the place as written, then its day and month: `Almería, 29 nov (Efe).– `, `Roma, 3 marzo (Ansa) - `, or
    # its month and day: `New Delhi, March 18 (PTI): `, the agency closed by a colon)
    r"|[A-ZÀ-Þ][\w .'’-]{1,40},\s*(?:\d{1,2}\s+[^\W\d]{3,10}\.?|[^\W\d]{3,10}\.?\s+\d{1,2}))"
    r"\s*\((?P<agency>[^)]{2,40})\)(?:\.?\s*[-–—]+\s*|:\s+)")
# `GREENSBORO —`, `SPOKANE, Wash. —`, `AALEN (dpa) –`: a place in capitals (three letters or more, so that `AI —`
# is not one), perhaps a state or a date after a comma and an agency in brackets, then a dash, opening a story.
WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Þ]{2}[A-ZÀ-Þ.'’-]+(?:[ -][A-ZÀ-Þ][A-ZÀ-Þ.'’-]*){0,3}(?:,\s*[\w .]{1,30}?)?(?:\s*\([^)]{2,40}\))?"
    r"\s*[—–-]{1,2}\s+\S")
# `Hameln. Die Stadt …`, `Lörrach – Der Kreis …`, `Bad Pyrmont/Hameln (dpa). Die …`: a regional paper's place tag
# opening a story, the town as written (a word of three letters or more after its capital, so that `Dr. Wolf` is
# none; a title's abbreviation is none either), then a full stop or a dash, then the sentence's capital.
PLACE_TAG = re.compile(
    r"^(?!(?:Prof|Capt|Dipl|Gouv|Sept|Supt|Insp|Dept|Corp|Univ|Bros|Mrs|Mme|Sra|Sig|Dott|Avv|Ing)\.)"
    r"[A-ZÀ-Þ][a-zà-ÿß]{2,}(?:[ -][A-ZÀ-Þ][a-zà-ÿß]+){0,2}(?:/[A-ZÀ-Þ][\w -]{2,30})?(?:\s*\([^)]{2,30}\))?"
    r"(?:\.|\s+[—–-])\s+(?=[A-ZÀ-Þ„\"“«])")
# The page's own audio or video named (`This audio is read by …`, `Cet audio est généré …`, `Dieses Video …`):
# a note about the page's player, not the story.
MEDIA_SELF = re.compile(
    r"^(?:this|the|cet|cette|ce|dieses|diese|dieser|este|esta|questo|questa|deze|dit|denna|denne)\s+"
    r"(?:audio|audio version|audio-version|audioversion|version audio|audiofassung|hörfassung|vorlesefunktion"
    r"|versión (?:en|de) audio|versione audio|versão em áudio|áudio|audioversie|video|vidéo|vídeo|player|lecteur)\b"
    # the clip's source, named bare (`Audio is from the lunchtime bulletin`, `L'audio est extrait du journal`,
    # `Der Ton stammt aus …`, `El audio procede de …`, `L'audio è tratto da …`)
    r"|^(?:audio|video|l['’]audio|la vidéo|el audio|el vídeo|der ton|das video|o áudio|o vídeo|il video)\s+"
    r"(?:is|was|comes|est|provient|es|procede|viene|ist|stammt|kommt|è|é|vem)\s+(?:\w+\s+)?(?:from|de|du|des"
    r"|del|aus|von|da|dal|dalla|della|do)\b",
    re.I)
# ... said with the plain article (`The audio version of this article is …`, `The video cannot be played in your
# browser`), such a note names the page or the reader: `The audio generated from the text messages was played to the
# jury` is the story's evidence, a subject of its own.
_PAGE_SELF = re.compile(
    r"\b(?:this|cet|cette|ce|dieser|diesen|diesem|dieses|diese|este|esta|questo|questa|deze|dit)\s+(?:article|story"
    r"|page|report|piece|reportage|artikel|beitrag|seite|artículo|página|nota|noticia|articolo|pagina|artigo)\b"
    r"|\b(?:browser|navigateur|navegador|app|text-to-speech)\b", re.I)


def media_self(text: str) -> bool:
    """A short note naming the page's own audio or video (MEDIA_SELF; with `the`, naming the page or the reader)."""
    if not MEDIA_SELF.match(text):
        return False
    return text[:4].lower() != "the " or bool(_PAGE_SELF.search(text) or SECOND_PERSON.search(text))


# A short brand token of a paid offer (`XY+`, `FAZ+`): capitals and a plus sign, no other plus after it (`C++`).
BRAND_PLUS = re.compile(r"(?<![\w+])[A-ZÀ-Þ][A-ZÀ-Þa-z]{0,4}\+(?![\w+])")
# A time shown relative to now: the reader cannot date it, but it is a dateline, not a headline.
RELATIVE_TIME = re.compile(
    r"^((updated|published|posted|atualizado|actualizado|aktualisiert|mis à jour|aggiornato|publicado|publié)\s+)?"
    r"((\d+|an?|one) ?(sec|second|min|minute|hr|hour|day|week|month)s? ago"
    r"|hace (\d+|un|una) (segundos?|minutos?|horas?|días?|semanas?|mes(es)?)|vor (\d+|einer?|einem) (sekunden?"
    r"|minuten?|stunden?|tag(en)?|wochen?|monat(en)?)|il y a (\d+|une?) (secondes?|min|minutes?|heures?|jours?"
    r"|semaines?|mois)|há (\d+|uma?) (segundos?|minutos?|horas?|dias?|semanas?|mês|meses)"
    r"|(\d+|un'?) ?(secondi|minuti|ore|ora|giorni|giorno|mesi|mese) fa"
    r"|(\d+|een) (seconden?|minuten?|uur|dagen?|weken?|maanden?) geleden"
    r"|\d+ ?[smhd]( ago)?|\d+ ?(hrs?|mins?) ago"
    # a post's stamp in any language, closed by the platform's dot (`3 godz. ·`, `2 Std. ·`, `5 min ·`, `3 h ·`)
    r"|\d{1,2} ?[^\W\d_]{1,5}\.? ?·"
    r"|yesterday|today|just now|ayer|hoy|gestern|heute|hier|aujourd'hui|ieri|oggi|ontem|hoje)$",
    re.I,
)
# A time of day alone on a line (`13:05 BST`, `10:32 h`): it dates nothing.
CLOCK_ONLY = re.compile(r"^\d{1,2}[:.h]\d{2}(\s*(uhr|h|am|pm|a\.\s?m\.|p\.\s?m\.|[πμ]\.\s?μ\.))?(\s+[A-Z]{2,5})?$",
                        re.I)
# So with an update's label before it (`Updated at 14.58 GMT`, `Aktualisiert um 14:58 Uhr`, `Mis à jour à 14h58`,
# `Actualizado a las 14:58`, `Aggiornato alle 14:58`, `Atualizado às 14h58`, `Bijgewerkt om 14:58`): a live blog's
# post stamp between its posts, no date (nor a date line that would close the story).
UPDATE_STAMP = re.compile(r"^(updated|last updated|aktualisiert|mis à jour|actualizado|aggiornato|atualizado"
                          r"|bijgewerkt)(\s+(at|um|à|a las|alle|às|om))?\s+" + CLOCK_ONLY.pattern[1:], re.I)
# `Topic: Housing` above or under the headline names the section.
# A practical box after a story (where, when, how much): its heading (`If you go`, `Y aller`, `Infos pratiques`, `Si
# vas`, `Hingehen`, `Se ci andate`) and its labelled lines (`Dónde: Carrera 13 …`, `Where: …`, `Öffnungszeiten: …`).
_PRACTICAL_HEADINGS = (
    r"if you go|getting there|if you're going|practical (information|details)|y aller|pratique|infos? pratiques"
    r"|informations pratiques|si vas|si usted va|si te animas|cómo llegar|datos (prácticos|útiles)"
    r"|información práctica|hingehen|anfahrt|praktische (infos|informationen|hinweise)|se ci andate|se andate"
    r"|come arrivare|informazioni pratiche|info utili|se for|como chegar|informações práticas|praktisch"
    r"|praktische informatie|erheen")
# A travel guide's box heading (`Guia prático`, `Guide pratique`, `Know before you go`): the box's only over its
# labelled lines (`Como ir: …`); over the story's own lines it heads a part of the story.
GUIDE_HEADING = re.compile(r"^(guia prático|guía práctica|guide pratique|guida pratica|practical guide|praktische gids"
                           r"|reiseinfos|reise-infos|know before you go)\s*:?$", re.I)
# A club's or venue's ticket office box (`Bilhética`, `Ticketing`, `Billetterie`, `Taquilla`, `Biglietteria`,
# `Kartenvorverkauf`, `Kaartverkoop`): the office's name, not the bare word for tickets a story's part may head. A
# story's own last section may bear the name too (`Taquilla` over how many seats the members bought): it heads a box
# only over data (OFFICE_DATA), never alone.
_TICKET_OFFICES = (r"bilhética|bilheteira|ticketing|ticket (?:info|information)|billetterie|taquilla"
                   r"|venta de entradas|biglietteria|kartenvorverkauf|ticketverkauf|vorverkauf|kaartverkoop"
                   r"|ticketverkoop")
PRACTICAL_HEADING = re.compile(r"^(" + _PRACTICAL_HEADINGS + r")\s*:?$", re.I)
TICKET_OFFICE = re.compile(r"^(" + _TICKET_OFFICES + r")\s*:?$", re.I)
# The heading run into its details on one line (`Getting there: the subway station is a five-minute walk …`,
# `Anfahrt: Buslinie 4 …`, `Cómo llegar: líneas 3 y 7 …`); the group `office` is a ticket office's name.
# (`Pratique. « X », Galerie …`: the heading set off by a full stop too)
PRACTICAL_RUN_IN = re.compile(r"^(" + _PRACTICAL_HEADINGS + r"|(?P<office>" + _TICKET_OFFICES + r"))\s?[:.]\s+\S",
                              re.I)
# What a ticket office's box holds: its opening hours as a span of times (`de 14 heures à 19 heures`, `von 14 bis 19
# Uhr`, `entre as 14h00 e as 19h00`, `10am-5pm`), a web address, an e-mail address or a phone number (`79 und 189
# Euro` is no span of times; `4 200 places` no number to call).
OFFICE_DATA = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2})?\s*(?:h|uhr|heures?|horas?|am|pm|u|ore)?\s*(?:-|–|à|a|to|bis|e|y|und|alle|tot"
    r"|until|till)\s*(?:(?:as|las|les|le|ore|den|het)\s+)?\d{1,2}(?:[:.h]\d{2}\b|\s*(?:h|uhr|heures?|horas?|am|pm|u"
    r"|ore)\b)|\bwww\.|https?://|\b[\w.-]+@[\w-]+\.\w+|(?:tel|tél|tlf|telefone?|teléfono|telefono|phone)\.?\s*:?\s*\+?\d",
    re.I)
PRACTICAL_LABEL = re.compile(
    r"^(where|when|hours|opening hours|address|price|prices|tickets|admission|dónde|cuándo|horarios?|dirección"
    r"|precios?|entradas?|où|quand|horaires|adresse|tarifs?|prix|entrée|wo|wann|öffnungszeiten|preise?|eintritt"
    r"|dove|quando|orari|indirizzo|prezz[oi]|biglietti|ingresso|onde|horário|endereço|preços?|ingressos"
    r"|waar|wanneer|openingstijden|adres|prijs|toegang)\s?:\s+\S", re.I)
# A show's run line under a review, without labels (`The Quiet Tenants runs at the Playhouse until April 3rd.
# Tickets from €22.`, `À l'affiche du Rond-Point jusqu'au 3 avril. Places de 12 à 30 €.`, `Bis 3. April im
# Stadttheater. Karten ab 18 Euro.`): the run's end date, then a last sentence of a few words that opens with the
# ticket word and names a price. (A story's sentence about the tickets goes on: `Tickets from €22 sold out within
# an hour of going on sale on Monday, the box office said.`)
RUN_UNTIL = re.compile(r"\b(until|till|through|runs? to|jusqu['’](au|à)|bis( zum)?|hasta el|fino al|até|tot en met"
                       r"|tot)\s+[^.!?]{0,25}\d", re.I)
# A book's details line closing a review (`« Titre », de X, Éditions Y, 312 p., 21,50 €`, `Title by X (Press, 288pp,
# £18.99)`, `X: Titel. Verlag Y, 320 S., 24 Euro`, `Título, de X. Editorial Y, 256 págs., 19,90 euros`): its page
# count (PAGE_COUNT) and a price or the year of issue (BOOK_PRICE), in en/de/fr/es/it/pt/nl.
PAGE_COUNT = re.compile(r"(?<![\w,.])\d{2,4}\s?(?:p|pp|pages|págs?|páginas|pagine|pagg?|pág|s|seiten|blz|bladzijden"
                        r"|pagina's)(?:\.|(?=[,;)\s]|$))", re.I)
BOOK_PRICE = re.compile(r"(?:[€£$]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|euros?|eur|chf|dollars?|pounds|reais|r\$))"
                        r"|\b(?:19|20)\d{2}\b", re.I)
# A book's publication line closing a review or an interview, its first sentence naming the publisher and the price
# in brackets (`The Salt Orchard by Ottilie Marchbank is published by Harrow & Lisle (£22).`, `… ist bei Kampa
# erschienen (24 Euro).`, `… est paru aux éditions du Seuil (22 €).`, `… è edito da Sellerio (16 euro).`): where to buy
# it may follow (`To support …, order your copy from …`).
BOOK_PUBLISHED = re.compile(
    r"^[^.!?]{3,120}?\b(?:(?:is|are) (?:published|out(?: now)?|available) (?:by|from|with)|is published in \w+ by"
    r"|(?:ist|sind) (?:bei|im) [^.!?()]{2,60}? erschienen|erscheint (?:bei|im)"
    r"|(?:est|sont) (?:paru|publié)e?s? (?:aux|chez)"
    r"|(?:está|es) (?:publicad[oa]|editad[oa]) (?:por|en)|(?:è|sono) (?:edit|pubblicat)[oaie] da"
    r"|(?:é|está) (?:publicad|editad)[oa] pel[oa]|(?:is|wordt) uitgegeven (?:door|bij)|verschijnt bij)"
    r"\b[^.!?()]{1,80}\(\s*(?:[^()]{0,40}[,;]\s*)?(?:[€£$]\s?\d|R\$\s?\d|\d[\d.,]*\s?(?:€|£|\$|euros?|eur|chf))", re.I)
# A currency written after its figure (`22 euros`, `18 CHF`), for the run-of-show and ticket patterns below.
_RUN_CURRENCY = r"(?:€|£|\$|euros?|eur|chf|pounds)"
# A ticket plug's last sentence: the fee the sale adds, a sentence of its own (`Booking fees apply.`, `Zzgl.
# Vorverkaufsgebühren.`, `Frais de location en sus.`, `Gastos de gestión no incluidos.`, `Diritti di prevendita
# esclusi.`, `Acrescem taxas de serviço.`, `Exclusief servicekosten.`): the seller's small print under where to buy,
# no story's sentence (`The promoter said booking fees apply to every seat` goes on after the words; `Es fallen
# jährliche Gebühren an` is a permit's fee, so no word but the sale's between `fallen` and `Gebühren`).
FEE_NOTE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:booking|service|handling|transaction|ticketing) (?:fees?|charges?) (?:may )?apply"
    r"|(?:fees|charges) (?:may )?apply"
    r"|(?:plus|excl\.?|excluding) (?:a )?(?:booking|service|handling) (?:fees?|charges?)"
    r"|(?:zzgl\.?|zuzüglich|plus) (?:\w+ )?(?:vorverkaufs|system|service)?gebühr(?:en)?"
    r"|(?:es )?fallen (?:vorverkaufs|system|service)?gebühren an"
    r"|(?:vorverkaufs|system|service)gebühren fallen an"
    r"|(?:hors )?frais de (?:location|réservation|service|dossier)(?: en sus| non compris| inclus)?"
    r"|(?:se aplican |más )?gastos de (?:gestión|distribución|servicio)(?: no incluidos| aparte)?"
    r"|(?:più |esclus[oi] )?diritt[oi] di prevendita(?: esclus[oi]| inclus[oi])?"
    r"|(?:acresce[mn]? |mais )?taxas? de (?:serviço|reserva|conveniência)(?: aplicáve(?:l|is)| não incluídas?)?"
    r"|(?:exclusief|excl\.?|plus|inclusief|incl\.?) (?:service|reserverings|boekings)kosten"
    r"|(?:service|reserverings|boekings)kosten (?:niet inbegrepen|van toepassing))\.?$", re.I)
# ... and only under a ticket sale (a bank's `cash at the post office counter. Charges apply.`, a refund's `the
# ticket's face value. Diritti di prevendita esclusi.` close stories): a word for tickets and where they are sold
# (`available from X`, `gibt es bei`, `en vente à`, `a la venta en`, `in vendita su`, `à venda na`, `verkrijgbaar
# via`), a box office, a web address or a price.
FEE_SALE = re.compile(
    r"^(?=.*\b(?:tickets?|billets|(?:eintritts)?karten|entradas|biglietti|bilhetes|ingressos|kaart(?:en|jes))\b)"
    r"(?=.*(?:\b(?:(?:available|on sale|bought|booked|purchased) (?:now |online )?(?:from|at|via|through|on)"
    r"|(?:gibt es|erhältlich) (?:ab sofort |online )?(?:bei|an|im|unter|auf|über)|en vente (?:à|au|aux|sur|chez|dans)"
    r"|a la venta en|in vendita (?:su|presso|al|alla|nei|a)|à venda (?:na|no|em|nos|nas)"
    r"|(?:verkrijgbaar|te koop) (?:via|bij|aan|op))\b"
    r"|\b(?:box office|ticket office|billetterie|vorverkaufsstellen?|abendkasse|taquillas?|botteghino|biglietteria"
    r"|bilheteira|bilheteria|kassa)\b|\bwww\.|\b[\w-]+\.(?:com|ie|co\.uk|de|at|ch|fr|es|it|pt|br|nl|be|org|net)\b"
    r"|[€£$]\s?\d|\d[\d.,]*\s?" + _RUN_CURRENCY + r"(?!\w)))", re.I | re.S)
RUN_PRICE = re.compile(
    r"(?:^|[.!?]\s+)(?:tickets?|seats|billets?|places|entrées?|karten|tickets|eintritt|entradas|localidades"
    r"|biglietti|ingresso|bilhetes|ingressos|kaarten|kaartjes)\b[^.!?\d]{0,25}[€£$]?\s?\d[\d.,]*\s?"
    + _RUN_CURRENCY + r"?(?:[^.!?\d]{0,15}[€£$]?\s?\d[\d.,]*\s?(?:€|£|\$|euros?|eur|chf)?)?[.!]?$", re.I)
# ... and only with evidence of a show (a news story's `The trial runs until June 30. Tickets issued so far: 1,204.`,
# `Counting went on until 4am. Seats: Labour 34, Greens 9.` name fines and seats): a venue or a run-of-show word, or a
# price with its currency `from` a figure (`from €22`, `ab 18 Euro`, `dès 15 €`, `desde 22 euros`, `vanaf € 19,50`).
RUN_SHOW = re.compile(
    r"theat(?:re|er)|théâtre|teatr[oi]|playhouse|schouwburg|schauspielhaus|opernhaus|concertgebouw|philharmoni"
    r"|\b(?:opera|opéra|oper|cinema|cinéma|kino|box office|à l['’]affiche|en cartel(?:era)?|in cartellone|in scena"
    r"|em cena|on stage|sur scène|auf der bühne|en escena|op de planken)\b"
    r"|\b(?:from|ab|dès|desde|da|vanaf|a partir de|à partir de)\s+(?:[€£$]\s?\d|\d[\d.,]*\s?" + _RUN_CURRENCY
    + r"(?!\w))", re.I)
# A show's or an exhibition's run opening on its title (`The Quiet Tenants runs at …`, `“The Salt Year” runs through
# April 19 at …`, `Homestead: Jane Roe, 1968–2026 runs Dec. 12 through April 19 at the … Museum of Art.`, `„Holz“ läuft
# bis 28. März im …`): the title quoted, or words the caller checks are capitalised, then the run's verb.
RUN_TITLED = re.compile(r"^(?P<title>[“\"„«‘][^”\"“»’]{2,80}[”\"“»’]|[A-ZÀ-Þ0-9][^.!?]{1,80}?)\s+"
                        r"(?:runs|is on view|is on show|continues|plays|läuft|ist bis|se joue|est à voir|sigue|resta"
                        r"|fica|loopt)\b")
# ... at a museum or a gallery (a theatre's or a cinema's word is RUN_SHOW's)
RUN_VENUE = re.compile(r"\b(?:museum|gallery|galerie|musée|museo|museu|kunsthalle|kunstmuseum|pinacoteca)\b", re.I)
# A fact box's label with its colon and topic (`Fakta: Elbussar i Umeå`, `Facts: The new depot`, `Fakten: Der neue
# Busbahnhof`, `Faits : le dépôt`, `Datos: la estación`, `Dati: la stazione`, `Factos:`/`Fatos:`, `Feiten:`), in
# en/de/fr/es/it/pt/nl/sv/no/da/pl; or the box's own name with its colon and topic (`INFO-BOX: Warnzeichen bei
# Säuglingen`, `Infobox: …`, `Encadré : …`, `Recuadro: …`, `Riquadro: …`, `Caixa informativa: …`, `Kader: …`); fi
# `Faktat: …`. (Its topic is no photographer's name: `Faktat: Kaukolämpö Oulussa`.)
FACT_LABEL = re.compile(r"^(?:(?:fakta|fakten|facts?|fact ?box|faits|datos|dati|fatos|factos|feiten|fakty"
                        r"|info[- ]?box|infokasten|fakten-?box|encadré|recuadro|riquadro|caixa informativa|infokader"
                        r"|faktaruta|faktaboks|faktat|faktaa|faktalaatikko"
                        # (an explainer's label: `ENTENDA: TRANSPLANTE COM DOADOR VIVO`, `Explainer: …`; what to
                        # know, `Wissen: Das neue Lobbying-Register`)
                        r"|entenda|entienda|explainer|wissen|gut zu wissen)\s?:"
                        # (or the word for facts and `about` before the topic: `Fakta om ubemannede butikker`)
                        r"|fakta om|facts about|fakten (?:zu[mr]?|über)|faits sur|datos sobre|fatti su|feiten over"
                        r"|fakty o)\s+\S", re.I)
SECTION_LABEL = re.compile(r"^(topic|section|rubrique|ressort|rubrik|sección|secção|seção|editoria|sezione|rubrica"
                           r"|category|tema|thema|thème|onderwerp|argomento"
                           r"|categoría|kategorie|catégorie|categoria"
                           r"|aihe|ämne|emne|kategori|téma|temat|kategoria|rubriek|sekce|dział"
                           r")\s*:\s*(?P<section>[^:]{2,40})$", re.I)
CAPTION_BELOW = re.compile(r"^(image|picture|video|photo) caption\s*,", re.I)
# (`Tag 1: Ankunft in Owaka`, a German travel story's numbered day, is no tags line)
TAGS = re.compile(r"^(tags?(?!\s+(?:\d{1,2}|eins|zwei|drei|vier|fünf|sechs|sieben)\s?:)"
                  r"|topics?|related topics|temas?|themen|schlagworte|schlagwörter|sujets|mots-clés"
                  # (pl/sv/da/no/fi/sk/cs/ro/hr/el, with their colon: `Tagi:`, `Taggar:`, `Emner:`, `Tagit:`, `Témy:`,
                  # `Štítky:`, `Etichete:`, `Oznake:`, `Ετικέτες:`; `Tagi z numerami …` opens a Polish story's sentence)
                  r"|(?:tagi|taggar|emner|tagit|témy|témata|tematy|štítky|tagy|etichete|oznake|ετικέτες)(?=\s*:)"
                  # (fi `Aiheet`, topics, alone on its line or with its colon)
                  r"|aiheet(?=\s*:?\s*$)"
                  r"|argomenti|etiquetas|assuntos|tópicos|onderwerpen|filed under|categories|keywords"
                  r"|archivado en|abgelegt unter|classé dans|archiviato in|arquivado em|(explore )?more on (these"
                  r"|this) topics?)\b\s*[:\-–—]?\s*(?P<rest>.*)$", re.I)
ROLE = re.compile(r"\b(correspondent|editor|reporter|writer|journalist|columnist|analyst|contributor|producer|staff"
                  r"|author|presenter|critic|bureau chief|news desk|redakteur(in)?|korrespondent(in)?|periodista"
                  r"|corresponsal|redactora?|journaliste|correspondant(e)?|giornalista|inviat[oa]|rédact(eur|rice)"
                  r"|éditorialiste|chroniqueu(?:r|se)|columnista|editorialista|kolumnist(?:in)?"
                  # the reporter's job in more languages (`Dziennikarka działu miejskiego`, `Reporterin`,
                  # `Verslaggever`, `Jornalista`, `Redattrice`, `Redaktör`)
                  r"|journalistin|reporterin|jornalista|repórter|correspondente|redattore|redattrice|redacteur"
                  r"|verslaggever|verslaggeefster|redaktör|reporterka|dziennikar(z|ka)|redaktor(ka)?"
                  r"|korespondent(ka)?"
                  # fi `toimittaja` (reporter), `uutistoimittaja` (news reporter), `reportteri`, and the beat's
                  # compounds (`talousjournalisti`, `politiikan toimittaja`, `kulttuuritoimittaja`)
                  r"|toimittaja|uutistoimittaja|reportteri|\w+journalisti|journalisti|\w+toimittaja)s?\b", re.I)
# The desk a reporter works on, alone on the line under their bare name, perhaps with the city (`Rates desk, New York`,
# `Markets Desk`, `Redacción de Economía, Madrid`, `Wirtschaftsredaktion, Frankfurt`, `Rédaction économie, Paris`,
# `Redazione economia, Milano`, `Redação de Economia`, `Economieredactie, Amsterdam`): the whole line, no sentence.
DESK_LINE = re.compile(r"^(?:(?:[\w&'’-]+ ){1,3}desk|(?:redacción|rédaction|redazione|redação|redacção)"
                       r" (?:de |d['’])?(?:la |l['’])?[\w'’-]+|[\w-]*redaktion|[\w-]*redactie)"
                       r"(?:, (?:[\w'’.-]+ ?){1,3})?$"
                       # (a broadcaster's desk at the ground or the house it reports from: `Kingsway Sport at Larkfield
                       # Road`, `BBC News at Westminster`)
                       r"|^(?:[\w&'’-]+ ){1,3}(?:sport|news) at (?:[\w'’.-]+ ?){1,4}$", re.I)
# A reporting programme that pays for the reporter's post, named on its own line under the byline (`Local
# Journalism Initiative`, `Initiative de journalisme local`, `Iniciativa de Periodismo Local`, `Initiative
# Lokaljournalismus`, `Iniziativa per il giornalismo locale`, `Initiatief lokale journalistiek`): a short line, no
# sentence, with a programme's noun and a journalism noun (a story's line names more than the two).
REPORTING_PROGRAMME = re.compile(
    r"^(?=[^.!?]{0,60}$)(?=(?:\S+\s+){0,6}\S+$)(?=.*\b(initiative|initiatief|iniciativa|iniziativa|program|programme"
    r"|programa|programm|programma|service|servicio|serviço|servizio|dienst|project|projet|proyecto|projekt|progetto"
    r"|projeto|fellowship|fellow)\b)(?=.*(journalism|journalistiek|periodismo|giornalismo|jornalismo|\breporting\b))",
    re.I)
# The corrections' heading alone on its line (`Corrections`, `CORREÇÕES`, `Correcciones`, `Rectificatifs`,
# `Korrekturen`, `Correzioni`, `Correcties`): the page's only over its dated notes (classify._corrections_blocks).
CORRECTIONS_HEADING = re.compile(r"^(corrections|correções|correcciones|rectificatifs|korrekturen|correzioni"
                                 r"|correcties)\s*:?$", re.I)
# A how-to's word for its steps (`Step 1`, `Paso 2`, `Schritt 3`, `Étape 4`), in en/es/de/fr/it/nl/sv/no/da.
STEP_WORDS = r"step|paso|schritt|étape|etape|passo|stap|steg|trin"
# A guest writer's note under the name: for which outlet the piece was written (`Special to The Dominion Ledger`,
# `Especial para El Faro`, `Spécial pour Le Matin`, `Speciale per Il Lucernario`, `Speziell für den Kurier`, `Speciaal
# voor De Kustbode`): the words of the note, then a capitalised name (perhaps after an article), a few words, no
# sentence (`Exklusiv für Abonnenten` is a paywall's marker: no outlet's name follows `exclusive`).
CONTRIBUTOR_NOTE = re.compile(
    r"^(?=[^.!?]{0,60}$)(?i:special to|especial para|spécial pour|speciale per|speziell für|speciaal voor)\s+"
    r"(?:(?i:the|el|la|le|il|lo|o|a|den|die|das|der|de|het)\s+)?[A-ZÀ-Þ0-9][\w'’&.-]*"
    r"(?:\s+(?:(?:of|the|de|del|du|des|di|da|do|dos|van|der|den)\s+)?[A-ZÀ-Þ0-9][\w'’&.-]*){0,4}$")
# (a middle initial's full stop is no sentence end: `Dana K. Whitcomb covers …`)
BIO = re.compile(r"^(?P<who>[A-ZÀ-Þ](?:[^.!?]|(?<=\b[A-ZÀ-Þ])\.){1,80}?)\s+(is|was|has been|covers|writes|reports"
                 r"|edits|es|ist|est|è|cubre|escribe|berichtet|schreibt|couvre|écrit|schrijft|scrive|escreve|skriver)\s")
# An organisation's "about" paragraph under its press release, run in after a label naming it (`About Acme: Acme
# is …`, `Über das Bündnis X: Das Bündnis ist …`, `À propos de X : X est …`, `Acerca de X: X es …`, `Sobre a X: A X
# é …`, `Informazioni su X: X è …`, `Over X: X is …`): the label, then the organisation described with a copula
# within a few words (`_about_block` checks that the subject repeats a word of the label: a story's run-in label,
# `About the footbridge: the council is …`, names one thing and speaks of another).
ABOUT_RUN_IN = re.compile(
    r"^(about|über|à propos d[eu']|a propos d[eu']|acerca de|sobre|informazioni su|over)\s?(?P<label>[^:.!?]{2,80}?)"
    r"\s?:\s+(?P<subject>(\S+\s+){1,6}?)(is|are|was|ist|sind|war|est|sont|es|son|fue|è|sono|é|são|foi|zijn|werd"
    r"|wurde)\s", re.I)
# A bio's contact line for the reader (`Reach her at …`, `Email him at …`, `Sie erreichen ihn unter …`, `On peut la
# joindre au …`, `Puede contactarla en …`, `Contattala a …`): with a name that "covers" or "writes", the closing note
# introduces the reporter even when the page's byline was not read.
BIO_CONTACT = re.compile(r"\b((reach|contact|email|e-mail|call|follow) (her|him|them)( at| on| via)?"
                         r"|(sie )?erreichen (sie|ihn) (sie )?(unter|per)|(on peut |vous pouvez )?(la|le) joindre"
                         r"|(puede|puedes|pueden) (contactarla|contactarlo|escribirle)|contatta(la|lo)"
                         r"|(je kunt )?(haar|hem) (bereiken|mailen))\b", re.I)
# A bio that starts with the job: `Periodista especializada en …`, `Redakteurin für …`, `Reporter covering …`.
BIO_BY_JOB = re.compile(r"^(periodista|journalist|journaliste|reporter|reportera|redakteur|redakteurin|korrespondent"
                        r"|korrespondentin|correspondent|corresponsal|correspondante?|giornalista|jornalista|columnist"
                        r"|kolumnistin|kolumnist|chroniqueur|chroniqueuse|freelance (writer|journalist)) "
                        r"(especializad[oa]|für|for|covering|based|spécialisée?|specializzat[oa]|especializad[oa]|de|del"
                        r"|da|at|in|au|à|bei|en)\b"
                        # (in Czech and Polish the job and its newsroom, then what the reporter writes about:
                        # `Redaktorka regionální redakce X. Píše o dopravě …`, `Dziennikarz działu X. Pisze o …`)
                        r"|^(redaktor|redaktorka|reportér|reportérka|novinář|novinářka|dziennikarz|dziennikarka"
                        r"|reporterka)\b[^.!?]{0,80}\.\s+(píše|pisze|věnuje se|zajímá se|zajmuje się)\b", re.I)
GENERIC_CRUMBS = frozenset({"home", "news", "index", "homepage", "front page", "latest", "portada", "inicio",
                            "ホーム", "首页", "首頁", "홈",
                            "noticias", "startseite", "nachrichten", "accueil", "actualités", "notizie", "início",
                            "notícias", "nieuws", "nyheter", "nyheder", "uutiset", "you are here", "estás en",
                            "sie sind hier", "vous êtes ici"})
# (Chinese, Japanese and Korean pages write the arrow full-width: `ホーム ＞ テック ＞ 半導体`)
# (and `>` between two of their characters unspaced: `首頁>生活>農業`)
BREADCRUMB_SEPARATORS = re.compile(r"\s+[>|/»›·•→▸▶►❯〉＞]\s+|\s*[»›→▸►❯＞]\s*"
                                   f"|(?<=[{HAN}{HANGUL}])>(?=[{HAN}{HANGUL}])")


# (pages repeat their menus and footers, and the tests their made-up story lines; room for the corpus's 67,000 lines:
# at 8,192 one line in twelve was matched again)
@lru_cache(maxsize=65536)
def kind_of(text: str) -> Kind | None:
    """The furniture kind a line is, by pattern; None when no pattern decides.

    The line-start patterns in table order (the first kind that matches wins), then the patterns found
    further in (on the first FLOATING_CHARS only), each only when one of its trigger words is in the line."""
    head = text[:T.MATCH_CHARS]
    first = _first_start(head)
    floating = head[:T.FLOATING_CHARS]
    # (only the triggered kinds, in table order: most lines trigger none)
    for index in sorted(_triggered(floating.lower())) if first > _FLOATING[0][0] else ():
        if index >= first:
            break
        if KINDS[index].anywhere.search(floating):  # type: ignore[union-attr]
            return KINDS[index]
    return KINDS[first] if first < len(KINDS) else None


# A button pasted tight against its label, the button in capitals (`Follow your favorite stocksCREATE FREE ACCOUNT`,
# `Get the morning briefingSIGN UP`): the seam is a lower-case letter run into a capitalised run to the line's end.
_GLUED_BUTTON = re.compile(r"(?<=[a-zà-ÿ])(?P<button>[A-ZÀ-Þ]{2,}(?: [A-ZÀ-Þ'’]{2,}){0,3})$")


# The site's account corner (`Subscribe` / `Log in`, `Abonnieren` / `Anmelden`, `S'abonner` / `Connexion`,
# `Suscríbete` / `Iniciar sesión`, `Abbonati` / `Accedi`, `Assine` / `Entrar`, `Abonneren` / `Inloggen`): buttons of
# the page's header, set over the story's headline, never between a headline and its standfirst (share buttons are).
ACCOUNT_CONTROLS = frozenset({
    "subscribe", "subscribe now", "log in", "login", "sign in", "register", "my account", "sign up",
    "abonnieren", "jetzt abonnieren", "anmelden", "einloggen", "registrieren", "mein konto",
    "s'abonner", "abonnez-vous", "je m'abonne", "connexion", "se connecter", "mon compte", "s'inscrire",
    "suscríbete", "suscribirse", "iniciar sesión", "entrar", "ingresar", "ingresá", "registrarse", "mi cuenta",
    "abbonati", "accedi", "registrati", "il mio account", "assine", "assinar", "acessar", "iniciar sessão",
    "minha conta", "abonneren", "inloggen", "registreren", "mijn account",
})


def is_ui(text: str) -> bool:
    lowered = text.lower().strip(" :·|•›»>").replace("’", "'")  # (`Je m’inscris`, typeset, is `je m'inscris`)
    if lowered in UI_LABELS:
        return True
    # (a label with its button glued on: both parts are controls, or the button is one and the label is short)
    m = _GLUED_BUTTON.search(text) if len(text) <= 80 and text[-1:].isupper() else None
    return m is not None and m["button"].lower() in UI_LABELS and len(text[:m.start()].split()) <= 8


_SHARE_NAMES = frozenset({"share", "tweet", "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "linkedin",
                          "pinterest", "reddit", "telegram", "bluesky", "teilen", "compartir", "partager", "condividi",
                          "partilhar", "compartilhar", "delen", "print", "copy", "twittern", "tweeten",
                          "mitteilen", "tuitear", "pin", "fb", "tumblr", "xing", "mastodon"})


def is_share_row(text: str) -> bool:
    """A row of share buttons: only share words, at least one of them a network or `share` itself; the buttons'
    words may be run together, as the icons' labels are pasted (`FacebookLinkedInWhatsAppE-Mail`)."""
    tokens = [w.strip(",:;").lower() for w in text.split()]
    if len(tokens) == 1 and len(text) <= T.GLUED_SHARE_MAX_CHARS:
        tokens = _glued_share_words(tokens[0]) or tokens
    return 0 < len(tokens) <= 14 and all(w in SHARE_WORDS for w in tokens) and not _SHARE_NAMES.isdisjoint(tokens)


# (the share words long enough not to be found by chance inside another word: `Lex` is no `le` and `X`)
_GLUED_WORDS = sorted((w for w in SHARE_WORDS if len(w) >= 4), key=len, reverse=True)


def _glued_share_words(word: str) -> list[str] | None:
    """The share words a run-together row is made of, two at least, or None."""
    found: dict[int, list[str]] = {0: []}
    for i in range(len(word)):
        if i in found:
            for w in _GLUED_WORDS:
                if word.startswith(w, i) and i + len(w) not in found:
                    found[i + len(w)] = [*found[i], w]
    words = found.get(len(word))
    return words if words and len(words) >= 2 else None


def is_consent_row(text: str) -> bool:
    """A consent banner's buttons pasted on one line (`Paramétrer   Refuser   Accepter`, `Settings Reject all Accept
    all`, `Einstellungen Ablehnen Akzeptieren`): two to four buttons, each a consent kind's button of one to three
    words, nothing else. (A headline or label that is one button's words and more is not cut so.)"""
    words = text.split()
    if not 2 <= len(words) <= 3 * T.CONSENT_ROW_MAX_BUTTONS or any(c in text for c in ".!?,;:"):
        return False
    reach = {0: 0}  # words covered -> buttons used
    for start in range(len(words)):
        if start not in reach:
            continue
        for end in range(start + 1, min(len(words), start + 3) + 1):
            kind = kind_of(" ".join(words[start:end]))
            if kind is not None and kind.name == "consent" and end not in reach:
                reach[end] = reach[start] + 1
    return 2 <= reach.get(len(words), 0) <= T.CONSENT_ROW_MAX_BUTTONS


# A show promoted after the story (`Listen to Money Matters, our weekly podcast, every Thursday`, `Hören Sie die
# neue Folge von …`, `Écoutez notre podcast …`): a listening or watching verb in the imperative opening a line
# that names a show, or a broadcaster's pointer to the bulletin that carries the full report (`Escucha la noticia
# completa en el informativo de las 14 horas`, `Sehen Sie den Beitrag in den Nachrichten um 19 Uhr`). (A story's
# sentence says `listen` too, but not in the imperative about a podcast; and a verb with a comma after it calls out
# to someone, `Hoor eens, …`, `Listen, …`, `Listen up, …`.)
SHOW_PROMO = re.compile(
    r"^(listen|tune in|watch|catch up|hear|subscribe|follow|hören sie|hört|schauen sie|sehen sie|abonnieren sie"
    r"|écoutez|réécoutez|regardez|revoyez|retrouvez|abonnez-vous|escucha|escuche|escuchá|mira|mire|suscríbete"
    r"|ascolta|ascoltate|riascolta|guarda|guardate|rivedi|iscriviti|ouça|ouve|assista|assine|luister|kijk"
    r"|hoor|beluister|herbeluister|bekijk|terugluisteren|terugkijken"
    # (sv/no/da/fi: `Lyssna på Morgon i Umeå – vår nyhetspodd varje vardag …`, `Lytt til …`, `Kuuntele …`)
    r"|lyssna|titta|lytt|lyt|kuuntele|katso)\b(?!(\s+\w+)?\s*,).{0,160}\b(podcasts?|pódcasts?|balados?|episodes?"
    r"|(nyhets)?podd(en|ar)?|vardag(ar)?|hverdag(e|er)?|arkipäivisin"
    r"|shows?|programmes?|programs?|folgen?|sendung(en)?|émissions?|épisodes?|episodios?|programas?|episodi"
    r"|puntat[ae]|trasmission[ei]|episódios?|aflevering(?:en)?|radio|ràdio|rádio|tv|télé|bulletins?|newscasts?"
    r"|informativos?|noticieros?|noticiarios?|telediarios?|boletín|boletines|nachrichten|tagesschau|telegiornale"
    r"|giornale radio|tg\d?|gr\d?|jornal|telejornal|noticiário|journaal|journal (de|du) \d{1,2}\s?h"
    # or the air time and dial of the station's show (`Hear the full interview on Morning North, weekdays …, on
    # 88.5 FM`, `Écoutez … du lundi au vendredi`, `Hören Sie … werktags`)
    r"|\d{2,3}[.,]\d\s?(fm|mhz)|weekdays|weeknights|du lundi au vendredi|en semaine|werktags|montags bis freitags"
    r"|de lunes a viernes|dal lunedì al venerdì|de segunda a sexta|doordeweeks"
    # (the air days said as every weekday: `elke werkdag`, `every weekday`, `jeden Werktag`, `chaque jour de la
    # semaine`, `todos los días laborables`, `ogni giorno feriale`, `todos os dias úteis`)
    r"|(every|each) weekday|(elke|iedere) werkdag|jeden werktag|chaque jour de (la )?semaine"
    r"|todos los días (laborables|hábiles)|ogni giorno feriale|tutti i giorni feriali|todos os dias úteis)\b", re.I)

# A broadcaster's programme in its own words, for the station's own programme and a tune-in below.
_PROGRAMME = (r"jt|journal|bulletin|newscast|programme|program|show|émission|podcast|sendung|nachrichten|informativo"
              r"|noticiero|noticiario|telediario|programa|telegiornale|tg|trasmissione|jornal|telejornal|journaal"
              r"|uitzending")

# A station's note after the story that the interview can be heard or seen again, pointing to the link (`… was
# speaking to Jane Doe on Morning Tide, which you can listen back to here.`, `Das Gespräch können Sie hier
# nachhören.`, `L'entretien est à réécouter ici.`, `Puede volver a escuchar la entrevista aquí.`, `L'intervista si può
# riascoltare qui.`, `Pode ouvir novamente a entrevista aqui.`, `Het gesprek is hier terug te luisteren.`): a replay
# verb and `here` as the line's last word, the link. (A story's sentence that says `listen back` goes on past it:
# `…, which residents can listen back to here, the clerk said.`)
_REPLAY_VERB = (r"listen (back|again)|hear (it )?again|watch (back|again)|nachhören|nachhoeren|nachsehen"
                r"|réécouter|réécoutez|à revoir|volver a (escuchar|ver)|vuelva a (escuchar|ver)|riascoltare"
                r"|riascoltarl[ao]|ouvir (novamente|de novo)|voltar a ouvir|terug ?(luisteren|kijken)"
                r"|terug te (luisteren|kijken)|herbeluisteren|nog eens (luisteren|kijken)")
_HERE = r"(here|hier|ici|aquí|acá|qui|aqui)"
REPLAY_HERE = re.compile(r"\b(" + _REPLAY_VERB + r")\b.{0,60}\b" + _HERE + r"\s*[.!]?$"
                         # (`hier nachhören`, `hier terug te luisteren`: the verb last in German and Dutch)
                         + r"|\b" + _HERE + r"\s+(\w+\s+)?(" + _REPLAY_VERB + r")\s*[.!]?$", re.I)


# The station's own programme said to return to the story tonight or to be watched again (`Our 6pm bulletin has
# more tonight, on catch-up after`, `Notre JT revient sur le dossier ce soir`, `Unsere Sendung … heute Abend, danach
# in der Mediathek`, `Nuestro informativo … esta noche`): the publication's possessive opens the line.
OWN_SHOW_LATER = re.compile(
    r"^(our|notre|nos|unser\w*|nuestro|nuestra|nuestros|il nostro|la nostra|o nosso|a nossa|onze|ons)"
    r" ([\w'’-]+ ){0,3}?(" + _PROGRAMME + r"|news|magazine)\b.{0,120}"
    r"\b(tonight|this evening|ce soir|heute abend|esta noche|stasera|esta noite|hoje à noite|vanavond|replay"
    r"|à revoir|en différé|mediathek|iplayer|catch-?up|on demand|a la carta|nachhören|nachsehen|on-demand)\b", re.I)

# The reader told when to tune in (`…, listen to X Radio on the hour`, `Den Beitrag sehen Sie heute in der
# Tagesschau um 20 Uhr`, `Retrouvez le reportage ce soir à 19 h`, `Vea el reportaje esta noche a las 21`): a listening
# or watching verb said to the reader (opening a clause, or the formal `Sie` after it), then within the sentence a
# broadcast word and a time of airing; prompts.py asks for all three.
TUNE_IN_VERB = re.compile(
    r"(?:^|[,;:.!?]\s+)(?:listen|tune in|watch|catch|écoutez|regardez|retrouvez|escuche|escucha|vea|mire|sintonice"
    r"|sintoniza|ascoltate|ascolta|guardate|guarda|seguite|ouça|assista|sintonize|luister|kijk|hear|suivez"
    r"|escuchá)\b"
    r"|\b(?:sehen|hören|schauen|verfolgen) (?-i:Sie)\b", re.I)
BROADCAST_TIME = re.compile(
    r"\b(?:on the hour|at half past|tonight|this evening|heute( abend)?|um \d{1,2}(?:[.:]\d{2})? uhr|ce soir"
    r"|à \d{1,2} ?h|esta noche|a las \d{1,2}|stasera|alle (?:ore )?\d{1,2}|hoje|esta noite|vanavond|om \d{1,2} uur"
    r"|at \d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.))(?!\w)"
    r"|\b(?:from|at|ab|um|à|dès|a las|desde las|a partir de las|alle|dalle|às|a partir das|om|vanaf) \d{1,2}"
    r"(?:[:.h]\s?\d{2})?\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.)?(?![\w:.]\d)", re.I)
BROADCAST = re.compile(
    r"\b(?:" + _PROGRAMME + r"|radio|tv|television|rundfunk|fernsehen|tagesschau|télé|fm|dab\+?|online|on air"
    r"|live|stream\w*|app|channel|kanal|sender"
    r"|wiederholung|mediathek|replay|rediffusion|en direct|en directo|en vivo|in onda|in diretta|ao vivo"
    r"|programm\w*|canal"
    # the station's player or on-demand service (`on the SRTV player`, `en el reproductor`, `à la demande`)
    r"|player|iplayer|reproductor|catch-?up|on demand|à la demande|a la carta)\b", re.I)

# A call to action: a lone paragraph after the story that asks the reader to do something is a promotion.
CALL_TO_ACTION = Caseless(re.compile(
    r"\b(subscribe|subscription|newsletter|sign up|sign-up|download|our app|podcast|follow us|whatsapp|telegram"
    r"|click here|tap here|email us|donate|support us|membership"
    # `Register now`, `register for free`; not the noun (`the asset register lists …`)
    r"|register(?=\s+(?:now|here|today|for|to|with|at|online|free|your|an?|and|or)\b|\s*[!:]|\s*$)|abonn\w*|suscr\w*|descarga\w*|síguenos"
    r"|folgen sie|herunterladen|télécharg\w*|suivez-nous|iscriviti|scarica|seguici|baixe|siga-nos|inscreva\w*"
    # `assine`, `assinar`, `assinatura`; not `assinalar` (to mark: `que a memória fique assinalada no local`)
    r"|apúntate|regístrate|anmelden|newsletter|assin[ae](?!l)\w*|assinatura|nyhetsbrev\w*|nieuwsbrie\w+|prenumer\w+"
    r"|abonnera|abonneer\w*|tilmeld\w*|zapisz się|subskryb\w+|předplat\w+|abonea\w+|subscriu\w*|butlletí"
    r"|become a member|word lid|bli medlem|bliv medlem|devenez membre|hazte socio|werden sie mitglied"
    r"|diventa socio|torne-se membro|zostań członkiem|staňte se členem|fă-te membru|fes-te soci)\b",
    re.I,
))
KINDS_BY_NAME = {kind.name: kind for kind in KINDS}
# Words without which a kind's patterns found inside a line cannot match: a plain substring test skips the
# regex for most lines. A new pattern found inside lines adds its key word here (tests/test_ingest_corpus.py
# checks every kind against an example line).
FLOATING_TRIGGERS: dict[str, tuple[str, ...]] = {
    "consent": ("cookie", "partner", "partenaires", "socios", "parceiros"),
    "audio player": ("browser", *_MACHINE_TRIGGERS),
    "reading time": ("min",),
    "gallery": ("photos", "pictures", "images", "fotos", "bilder", "imágenes", "immagini", "imagens", "foto's",
                "billeder", "zdjęć"),
    "sign-up": ("sign up", "newsletter", "inbox", "correo", "bandeja", "postfach", "boîte", "agree", "whatsapp",
                "recaptcha", "nyhetsbrev", "nieuwsbrie", "zpravodaj", "butllet", "boletín", "bulletin", "buletin",
                "biuletyn", "uutiskirje", "e-novic", "novičnik", "e-vijesti", "bilten", "nawala", "vēstul", "uudiskir",
                "hommikukir", "naujienlaišk", "njuzleter", "hírlev",
                "infolettre", "lettre d'info", "lettres d'info", "boletines", "notiziari",
                "casella", "caixa", "mailbox", "inkorg", "innboks", "indbakke", "skrzyn", "schránk", "căsuț", "bústia",
                "safata",
                "telegram",
                "google news", "email", "e-mail", "write to",
                "boletim", "boletins", "facebook", "instagram", "youtube", "tiktok",
                "briefing", "lettre", "bollettino", "überblick", "overzicht"),
    "paywall": ("free article", "exclusiv", "nur für", "abonn", "probe", "testabo", "read", "pour lire", "suscr",
                "weiterlesen", "lire la suite", "continuer à lire", "continuer a lire", "poursuivre", "leyendo",
                "continuare a leggere", "leggere il resto", "leggere tutto", "continuar a ler", "continuar lendo",
                "lezen",
                "abbonat", "assin", "riservat", "free", "kostenlos", "gratu", "gratis", "bezpł", "darmow", "zdarma",
                "bezplat", "artyk", "artikl", "článk", "articol",
                "límite", "articles", "artikel", "artigos", "artículos", "notas", "articoli", "subscriber", "member",
                "socios", "leden", "prenumer"),
    "donation": ("donación", "donativo", "aporte", "don", "doação", "spende", "donatie", "gift",
                 "donation", "support", "contribution", "reader-", "rely on", "become", "join", "bli", "word", "favo",
                 "devenez", "hazte", "werden", "diventa", "torn", "zostań", "staňte", "fă-te", "fes-te",
                 "paywall", "muro de pago", "mur payant", "bezahlschranke", "betaalmuur"),
    "disclosure": ("commis", "comis", "provis", "prowiz", "sales", "affili", "afilia", "partnerlink", "this table",
                   "this page", "this site",
                   "responsib", "responsab", "verantwort", "haftbar", "haftung", "liable", "ansvar",
                   "informa",
                   "position", "posici", "posizion", "past ", "passé", "pasad", "passat", "passad", "frühere",
                   "vergangene", "historische", "verleden", "delay", "verzög", "différ", "retras", "ritard",
                   "atrasad", "vertraag"),
    "embed notice": ("extern", "third", "dritt", "tiers", "tierce", "terc", "terz", "esterno", "esterna"),
    "tail": ("respons", "comment", "kommentar", "comentar", "reply", "thoughts", "reactie"),
    "advertisement": ("sponsor", "support", "present", "präsent", "unterstützt", "gesponsert", "soutenu",
                      "patrocin", "backed", "gesteund", "soutien", "apoyo", " – ", " — "),
    "copyright": ("rights", "derechos", "rechte", "droits", "diritti", "direitos", "rechten", "riservat",
                  "interdite", "prohibida"),
}
# Every line-start pattern, in table order (the first kind that matches wins). Tried one by one: one alternation of
# them all took 2.1 s over the corpus's 15,800 lines against 0.95 s, as it loses each pattern's literal-prefix check.
_STARTS = tuple((i, k.start) for i, k in enumerate(KINDS) if k.start is not None)
_lines_tried = itertools.count()


def _first_start(head: str) -> int:
    """The index in KINDS of the first line-start pattern that matches `head`, len(KINDS) when none does. A process
    that has tried enough lines to repay building it asks the screen (starts.py: the parts a line can match, by their
    words and first characters), the others every pattern as written."""
    if head and next(_lines_tried) >= T.GUARDS_AFTER_LINES:
        found = _screen().first(head, lowered(head))  # (lowered: None when the engine folds a character otherwise)
        return len(KINDS) if found is None else found
    return next((index for index, start in _STARTS if start.match(head)), len(KINDS))


@lru_cache(maxsize=1)
def _screen() -> StartScreen:
    return StartScreen([(index, KINDS[index].start_parts) for index, _ in _STARTS], re.I, _longest_word)


@lru_cache(maxsize=1)
def plains() -> tuple[re.Pattern[str] | None, ...]:
    """Each line-start pattern compiled plain for lowered lines (caseless.py), or None where that would differ."""
    return tuple(caseless(start) for _, start in _STARTS)


@lru_cache(maxsize=1)
def guards() -> tuple[re.Pattern[str] | None, ...]:
    """Each line-start pattern's guard: the characters its matches open with."""
    return tuple(opening(start) for _, start in _STARTS)


def _longest_word(words: list[str]) -> re.Pattern[str]:
    """A pattern that finds, where one of `words` starts, the longest word starting there: the words as a trie
    (`sign up|signup|sign-up` as `sign(?:\\ up|\\-up|up)`), so that at each character the engine compares one
    character per branch of the trie, not one per word."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_trie_source(trie))


def _trie_source(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_source(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    either = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{either})?" if "" in node else either  # (a word ends here: a longer one is tried first)


# The floating kinds, and every one's trigger words as one pattern: a line is searched once for all of them (one
# search per kind took 2.5 times as long). Each word found stands for the kinds with that word or a start of it.
_FLOATING = tuple((i, k) for i, k in enumerate(KINDS) if k.anywhere)
_TRIGGER_WORDS = list(dict.fromkeys(w for _, k in _FLOATING for w in FLOATING_TRIGGERS[k.name]))
_TRIGGERS = _longest_word(_TRIGGER_WORDS)
_TRIGGERED = {word: frozenset(i for i, k in _FLOATING if word.startswith(FLOATING_TRIGGERS[k.name]))
              for word in _TRIGGER_WORDS}


def _triggered(folded: str) -> set[int]:
    """The floating kinds (their index in KINDS) one of whose trigger words is in `folded`."""
    kinds: set[int] = set()
    at = 0
    while m := _TRIGGERS.search(folded, at):  # every position a word starts at: words may overlap
        kinds |= _TRIGGERED[m.group()]
        at = m.start() + 1
    return kinds


# --- the reader addressed: what a prompt, pitch or appeal set between paragraphs shows (classify._prompts) ---
# A call verb opening a sentence, in the imperative (not `read`, `listen`, `watch`: a story says them too), in
# en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca/fi/el/tr/hu.
# (Words that also open story sentences in another language are left out: `Les`, `Del`, `Lee`, `Doe`, `Jetzt`.)
_CALL_VERBS = (
    # (`check`, not the advice a service story gives, `Check whether your account has a notice period`)
    r"subscribe|sign up|join|follow|support|donate|become|check(?! whether| if | that | for )|visit|download"
    r"|register|share|send|email|e-mail"
    # (trying the site's offer: `Try X free`, `Essayez`, `Pruebe`, `Experimente`, `Probeer`)
    r"|try|essayez|testez|pruebe|pruébalo|experimente|probeer|testen sie"
    r"|tell us|contact us|have your say|find out more|learn more|click|tap|get the|get our"
    # (getting in touch with the newsroom, its form or its address: `with Jill` is the story's own appeal)
    r"|get in touch(?= (?:using|via|through|with us|by email|by e-mail|here|below|at|on))"
    # a warning not to miss out (`Don't miss a thing`, `Ne manquez rien`, `No te pierdas`, `Verpassen Sie nichts`)
    r"|don'?t miss|do not miss|never miss|ne manquez|ne ratez|no te pierdas|no se pierda|non perdere|não perca"
    r"|verpassen sie|mis niets|missa inte|gå ikke glipp"
    # (the formal and plural imperatives too: `Síganos`, `Seguidnos`, `Seguiteci`)
    r"|suscríbete|suscríbase|únete|únase|síguenos|síganos|seguidnos|seguiteci|apoya|apoye|hazte|consulta|consulte|descarga|descargue|visita"
    r"|descárgate|descárgala|bájate|bájala"  # (the enclitic forms: `Descárgate la app`)
    # the news followed as it comes, the verb that is also an indicative guarded by the coverage after it (`Sigue
    # toda la última hora en …`, `Segui gli aggiornamenti su …`; not `Sigue la búsqueda`, `Sigue abierta`)
    r"|sigue(?= (?:toda |todas |todo )?(?:la |las |el |los )?(?:última hora|últimas noticias|actualidad|información"
    r"|cobertura|en directo|en vivo))|segui(?= (?:tutt[aei] )?(?:gli aggiornamenti|le ultime|l['’]attualità"
    r"|la diretta|le notizie|in diretta))|acompanhe|verfolgen sie"
    r"|reciba|receba|recevez|receive"  # (the imperative of receiving: `Reciba las noticias en su WhatsApp`)
    # (phone notifications switched on: `… en tu móvil: activa las notificaciones`; `activa` alone is an adjective)
    r"|activa(?= (?:las )?notificaciones\b)|activá(?= (?:las )?notificaciones\b)|ativa(?= (?:as )?notificações\b)"
    r"|visite|regístrate|comparte|envía|escríbenos|participa|envíanos|envíenos|mándanos|cuéntanos|escríbanos"
    r"|assine|inscreva-se|siga|siga-nos|apoie|junte-se|baixe|confira|acesse|compartilhe|partilhe|envie"
    r"|escreva-nos|participe|torne-se"
    r"|abonnez-vous|inscrivez-vous|rejoignez|suivez|soutenez|faites un don|devenez|consultez|téléchargez"
    r"|partagez|envoyez|écrivez-nous|retrouvez|participez|contactez|racontez|signalez|transmettez"
    r"|iscriviti|abbonati|unisciti|seguici|sostieni|sostienici|diventa|scarica|condividi|scrivici|partecipa|inviaci"
    r"|mandaci|segnalaci|raccontaci"
    r"|(?:abonnieren|folgen|unterstützen|werden|laden|teilen|schreiben|melden|registrieren|spenden|schicken|senden) sie"
    r"|abonniere|folge|unterstütze|werde|lade|teile|schreib|melde|spende"
    r"|abonneer|word|volg|steun|meld|deel|stuur|schrijf|doneer"
    r"|prenumerera|följ|stöd|stötta|bli|ladda ner|dela|skicka|tipsa|anmäl"
    r"|abonner|abonnér|følg|støtt|støt|bliv|last ned|hent|tilmeld|meld deg"
    r"|subskrybuj|zapisz się|dołącz|obserwuj|wesprzyj|zostań|pobierz|udostępnij|napisz|śledź"
    r"|předplaťte|přihlaste|připojte|přidejte se|sledujte|podpořte|staňte|stáhněte|sdílejte|napište"
    r"|abonează-te|abonați-vă|înscrie-te|înscrieți-vă|alătură-te|alăturați-vă|urmărește-ne|urmăriți-ne|susține"
    r"|susțineți|sprijină|sprijiniți|devino|deveniți|descarcă|descărcați|distribuie|scrie-ne|scrieți-ne"
    r"|trimite-ne|trimiteți-ne"
    r"|subscriu-te|uneix-te|segueix-nos|segueix|dona suport|fes-te|descarrega|comparteix|escriu-nos|apunta't"
    r"|tilaa|liity|seuraa|tue|lataa|jaa"
    # a teaser's call to see what the site picked (`See the list`, `Find out which`, `Découvrez`, `Scopri quali`)
    r"|see (?:the|our) (?:full )?(?:list|picks|ranking)|find out (?:which|what|who)|discover (?:which|what)"
    r"|découvrez|descubre|descubra|entdecken sie|entdecke|scopri|ontdek|upptäck|oppdag|opdag"
    r"|εγγραφείτε|ακολουθήστε|στηρίξτε|κατεβάστε|μοιραστείτε|γίνετε"
    r"|abone ol|takip edin|takip et|katılın|destek olun|indirin|paylaşın"
    r"|iratkozzon fel|iratkozz fel|kövessen|kövess|csatlakozzon|csatlakozz|támogasson|támogass|töltse le"
    r"|ossza meg"
    # an offer to try, or a setting to switch on (`Testen Sie 4 Wochen`, `Turn on alerts`, `Activez les alertes`);
    # (left out: `active`, `activa`, `prova`, `teste`, `testa`, `aktiver`: adjectives or nouns in other languages)
    r"|try(?= (?:it|now|free|our|\d))|turn on|switch on|enable|essayez|testez|profitez|activez|pruebe|aprovecha"
    r"|approfitta|attiva|experimente|aproveite|probeer|(?:testen|probieren|aktivieren) sie|sichern sie sich"
    r"|jetzt testen|prova på|prøv|aktivera|wypróbuj|włącz|vyzkoušejte|zapněte|încearcă|activează|kokeile"
    r"|δοκιμάστε|deneyin|próbálja ki"
    # a call to answer the site's survey or poll (`Take our survey`, `Responde nuestra encuesta`, `Répondez à
    # notre sondage`, `Nehmen Sie an unserer Umfrage teil`); the verb alone may be a story's (`Responde el alcalde`)
    r"|(?:answer|take|complete|fill (?:in|out)|respond to|responde|responda|contesta|conteste|participa en"
    r"|répondez à|participez à|rispondi al?|partecipa al|nehmen sie an|beantworten sie|machen sie mit bei"
    r"|participe d[ao]|responda à|vul) (?:our|the|this|nuestra|esta|la|notre|ce|cette|le|unserer|der|dieser"
    r"|nostro|il|nosso|nossa|a|onze|de) (?:(?:short|quick|breve|courte|kurzen?) )?(?:survey|poll|quiz"
    r"|questionnaire|encuesta|sondeo|sondage|umfrage|sondaggio|questionario|enquete|pesquisa|inquérito|peiling)")
# A call verb with its link word after it (`Subscribe here`, `Abonnez-vous ici`, `Klik hier`).
CALL_HERE = re.compile(r"(?:^|[.!?]\s+)(?:" + _CALL_VERBS + r"|click|tap|klik|klicka|klikk|kliknij|klikněte|clic"
                       r"|clicca|clique|cliquez|fes clic|haz clic|haga clic)\W+(?:[\w'’-]+\W+){0,3}?(?:here|aquí|aqui"
                       r"|ici|qui|hier|her|här|tutaj|tady|zde|aici|täällä|εδώ|buradan|itt)\b", re.I)
# A pointer that sends the reader on, opening a sentence (`Hier geht's zum Newsletter`, `This way to our alerts`,
# `C'est par ici pour s'inscrire`, `Por aquí para suscribirte`): the page's link text, not a story's sentence.
WAY_HERE = Caseless(re.compile(r"(?:^|[.!?]\s+)(?:hier geht(?:'s|’s| es) (?:zum|zur|zu)|this way (?:to|for)"
                      r"|c['’]est (?:par )?ici (?:pour|qu)|por aquí (?:para|puedes)|da questa parte per)\b", re.I))
# A call that is a whole sentence closing the line, the verb with only `now`, `today` or `free` after it (`Download
# now.`, `Join today!`, `Téléchargez-la maintenant.`, `Iscriviti ora.`, `Abonneer nu.`): a button's words, not a
# story's sentence (`Follow the money.` has an object; a story's imperatives come in quotes).
CALL_NOW = re.compile(r"(?:^|[.!?]\s+)(?:" + _CALL_VERBS + r")(?:-(?:la|le|les|lo|nos|vous|nous))?(?:\s+(?:it|them))?"
                      r"\s+(?:now|today|for free|free|ya|ahora|hoy|gratis|maintenant|dès maintenant|aujourd'hui"
                      r"|gratuitement|ora|subito|oggi|gratuitamente|agora|já|hoje|grátis|nu|vandaag|meteen|direct)"
                      r"\s*[.!]*$", re.I)
# A speech attribution set off by a comma (`, the mayor joked,`, `, she said.`, `, sagte er,`, `, a-t-il dit,`,
# `, bromeó el alcalde,`): the sentence around it reports someone's words, even one opening with an imperative
# (`Click here, the mayor joked, and …`); it is the story speaking, not the site asking the reader. The clause is
# a few words closed by a comma, a stop or the line's end (a question's inversion, `que se passe-t-il ?`, is not).
_SAID_EN = (r"said|says|joked|jokes|added|adds|asked|asks|explained|explains|insisted|insists|recalled|recalls"
            r"|quipped|quips|laughed|warned|warns|urged|urges|noted|replied|admitted|conceded|remarked|told \w+")
_SAID_DE = (r"sagte|sagt|meinte|meint|erklärte|erklärt|scherzte|betonte|betont|ergänzte|ergänzt|fügte|rief|lachte"
            r"|empfahl|riet|mahnte|warnte")
_SAID_FR = (r"dit|ajoute|explique|lance|plaisante|raconte|souligne|précise|affirme|assure|confie|poursuit|déclare"
            r"|insiste|estime|sourit|résume|rappelle|annonce")
_SAID_FR_PAST = (r"dit|déclaré|plaisanté|expliqué|lancé|ajouté|raconté|souligné|précisé|affirmé|assuré|confié|annoncé"
                 r"|conseillé|recommandé|prévenu|averti|indiqué")
_SAID_ROMANCE = (r"dijo|bromeó|afirmó|explicó|señaló|añadió|agregó|contó|aseguró|comentó|declaró|indicó|insistió"
                 r"|recordó|anunció|recomendó|aconsejó|advirtió|pidió|dice|explica|añade|afirma|asegura|disse|brincou"
                 r"|afirmou|explicou|acrescentou|contou"
                 r"|declarou|garantiu|comentou|diz|spiega|aggiunge|racconta|sottolinea|scherza"
                 r"|(?:ha|aveva) (?:detto|scherzato|spiegato|aggiunto|dichiarato|raccontato|sottolineato|affermato)")
_SAID_NORTH = r"zei|zegt|grapte|vertelde|verklaarde|voegde"
_SAID_NORDIC = r"(?:sa|sade|säger|sier|sagde|siger) (?:han|hon|hun|hen|de)"  # (`sa` alone: Italian `knows`)
_SUBJECT_EN = (r"(?:he|she|they|I|we|(?:the|a|an|his|her|their|one|another)(?:\s+[\w'’-]+){1,3}"
               r"|(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:\s+(?-i:[A-ZÀ-Þ][\w'’.-]*)){0,2})")
SPEECH_TAG = re.compile(
    r",\s+(?:" + _SUBJECT_EN + r"\s+(?:" + _SAID_EN + r")"
    r"|(?:" + _SAID_EN + r"|" + _SAID_DE + r"|" + _SAID_ROMANCE + r"|" + _SAID_NORTH + r")\s+(?:[\w'’-]+)"
    r"|so (?:der|die|das) [\w'’-]+|" + _SAID_NORDIC +
    r"|(?:a|avait|[\w]+)-t-(?:il|elle|on)(?:\s+(?:" + _SAID_FR_PAST + r"))?"
    r"|(?:" + _SAID_FR + r")-(?:il|elle|ils|elles)"
    r"|(?:a|avait)\s+(?:" + _SAID_FR_PAST + r")\s+(?:le|la|les|l'|l’)\S*"
    r"|(?:" + _SAID_FR + r")\s+(?:le|la|les|l'|l’)\S*"
    r")(?:\s+[\w'’.-]+){0,3}?\s*(?:[,.;!]|$)", re.I)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
# A statement reported after its speaker and a colon (`The publisher said: We don't have a paywall yet`, `Der
# Verleger sagte: Wir haben keine Paywall`, `El director dijo: No tenemos muro de pago`, `Le maire a déclaré : …`):
# a subject word before the speech verb (a label `Said:` has none).
SAID_COLON = re.compile(
    r"(?<=\w\s)(?:" + _SAID_EN + r"|wrote|writes|announced|" + _SAID_DE + r"|schrieb|" + _SAID_ROMANCE
    + r"|escribió|" + _SAID_NORTH + r"|(?:a|avait)\s+(?:" + _SAID_FR_PAST + r"|écrit)|" + _SAID_FR
    + r")\s?:\s", re.I)


# A source's advice to the reader reported in indirect speech (`Keyvale says you should replace the batteries`,
# `L'agence recommande que vous …`, `Der Hersteller rät, dass Sie …`): the `you` is the source's, not the site's.
REPORTED_ADVICE = re.compile(
    r"\b(?:says|said|advises|advised|recommends|recommended|suggests|suggested|warns|warned|dice|dijo|aconseja"
    r"|recomienda|dit|conseille|recommande|sagt|rät|empfiehlt|consiglia|raccomanda|diz|aconselha|recomenda|zegt"
    r"|adviseert)\s+(?:that\s+|que\s+|dass\s+|che\s+|dat\s+)?(?:you|vous|usted|ustedes|tú|Sie|voi|você|u)\b")


def unreported(plain: str) -> str:
    """The text (quotations already taken out) without its sentences that report someone's words (`Click here,
    the mayor joked, and …`, `Keyvale says you should …`): an imperative or a `you` inside them is the speaker's,
    not the site's (so is a `we` after `The publisher said:`)."""
    tagged = "," in plain and SPEECH_TAG.search(plain) is not None
    colon = ":" in plain and SAID_COLON.search(plain) is not None
    if not tagged and not colon and not _REPORTED_ADVICE.search(plain):
        return plain
    return " ".join(s for s in _SENTENCE_BREAK.split(plain) if not (tagged and SPEECH_TAG.search(s))
                    and not (colon and SAID_COLON.search(s)) and not _REPORTED_ADVICE.search(s))


_REPORTED_ADVICE = Screened(REPORTED_ADVICE)  # (asked of every paragraph: a substring test answers for most)


# (with the object pronouns a French or Portuguese imperative takes after hyphens: `Envoyez-la-nous`, `Envie-nos`)
CALL_OPENING = re.compile(r"(?:^(?:[^\w\s¡¿\"“„«]{1,2}\s*)?|[.!?:]\s+)[¡¿\"“„«]?(?:" + _CALL_VERBS + r")"
                          r"(?:-(?:la|le|les|lui|leur|nous|vous|moi|nos|lo|los|las|me|y|en)){0,2}(?![\w'’-])", re.I)
# Turkish puts the verb last: the polite imperative closes its clause (`… Google Haberler'de takip edin, …`).
CALL_CLOSING = re.compile(r"\b(?:takip edin|abone olun|kaydolun|katılın|destek olun|bağış yapın|indirin|paylaşın"
                          r"|tıklayın|ziyaret edin|göz atın|bize yazın)(?=\s*[,.!;]|$)", re.I)
# The reader addressed (second person), without words that mean something else in another language
# (`du`, `je`, `te`, `u`, `tu`, `din`, `sen`, `ty`).
SECOND_PERSON = re.compile(
    r"\b(you|your|yours|yourself|vous|votre|vos|usted|ustedes|tú|tus|vosotros|vuestr[oa]s?|você|vocês|teu|tua|voi"
    r"|vostr[oaie]|tuo|tuoi|dein|deine[mnrs]?|dich|dir|euch|jij|jouw|jullie|uw|dig|ditt|dina|dine|deg|dere"
    r"|ciebie|cię|twój|twoja|twoje|wasz[aey]?|vás|váš|vaše|vám|tău|tale|vostru|voastră|dumneavoastră|dvs"
    r"|teu|teva|vosaltres|vostre|vostra|sinä|sinun|teidän|εσύ|σου|σας|εσείς|senin|siz|sizin|önök|téged|neked)\b"
    r"|\bIhnen\b|(?<=\w )(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Sie)\b")  # (`Sie` capitalised mid-sentence: `lesen Sie`)
# The publication speaking (first person plural), with the same care (`os`, `my`, `me`, `mi` are left out).
FIRST_PLURAL = re.compile(
    r"\b(we|our|ours|us|nous|notre|nos|nosotros|nuestr[oa]s?|nós|noss[oa]s?|noi|nostr[oaie]|nostru|noastră"
    r"|wir|uns|unser\w*|wij|ons|onze|vi|vår|vårt|våra|våre|vores|nasz\w*|nás|naš\w*|náš|nosaltres|nostre|nostra"
    r"|meidän|εμείς|μας|biz|bizim|mienk)\b", re.I)
# ... and only the words of one language each (Portuguese `nos` is also "in the", French and Portuguese `onze`
# eleven): where one word decides alone (a closing appeal in the site's voice, `… help us keep reporting on …`).
FIRST_PLURAL_UNAMBIGUOUS = re.compile(
    r"\b(we|us|our|ours|wir|uns|unser\w*|nous|notre|nos?otros|nuestr[oa]s?|noi|nostr[oaie]|nós|noss[oa]s?|wij|ons)\b",
    re.I)
# A channel the reader is sent to: a social network, a messaging app, a podcast platform, a newsletter.
CHANNEL = Caseless(re.compile(
    r"\b(whatsapp|telegram|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon"
    r"|google (?:news|noticias|notícias|actualités|nachrichten|notizie|nieuws|nyheter|nyheder"
    r"|wiadomości|zprávy|știri|notícies|uutiset|ειδήσεις|haberler|hírek)"
    r"|spotify|apple podcasts|" + _NEWSLETTER + r")\w{0,3}\b", re.I))  # (`WhatsAppu`)
# A price per period (`£4 a month`, `€ 50 per jaar`, `R49 p/m`, `$3.000 al mes` in Chilean pesos, `$1,290 al año` in
# Mexican pesos): a subscription or membership fee; thousands by the English month are none (`If your essentials
# come to $3,500 a month` is a household's budget).
FEE = (r"(?<![\d.,])(?!\d{1,3},\d{3}(?!\d)\s?(?:dollars?|pounds?)?\s*(?:a|an|per|each|every)\s)"
       r"\d{1,3}(?:[.,]\d{1,3})?(?![\d.,]*\d)")
PRICE_PER_PERIOD = re.compile(
    r"(?:(?:[£€$]|\bR\$?|\bkr\.?|\bCHF)\s?" + FEE + r"(?:\s?(?:€|kr|zł|kč|lei|euros?|dollars?))?"
    r"|\b" + FEE + r"\s?(?:€|euros?|dollars?|pounds?|francs?|kr|zł|kč|lei))"
    r"\s*(?:/\s?|p/|\s(?:a|an|per|each|every|par|le|por|al|ao|pro|im|om|i|na|pe|az|ανά)\s)"
    r"(?:m\b|mo\b|month|year|week|mois|an|année|semaine|mes|año|semana|mês|ano|monat|jahr|woche|mese|anno"
    r"|settimana|maand|jaar|månad|år|vecka|måned|uke|uge|miesiąc|rok|tydzień|měsíc|týden|lună|săptămână|any"
    r"|setmana|kuukausi|vuosi|μήνα|έτος|ay|yıl|hónap|év)\b", re.I)
# A word of saving or change right before a sum by the period: the story's figure, no price of an offer (`could save
# £200 a year`, `rise by £86 a year`, `sparen bis zu 200 € im Jahr`, `économiser 200 € par an`), in
# en/de/fr/es/it/pt/nl; asked of the text before the sum (`pattern.search(text, 0, start)`).
CHANGE_BEFORE = re.compile(r"\b(?:save|saves|saving|savings of|cut|cuts|rise|rises|rising|fall|falls|up|down|by"
                           r"|increase of|increases of|sparen|spart|steigt|steigen|sinkt|sinken|um|économiser"
                           r"|économise|ahorrar|ahorra|risparmiare|risparmia|economizar|economiza|besparen|bespaart)"
                           r"\s+(?:up to\s+|around\s+|about\s+|almost\s+|nearly\s+|over\s+|bis zu\s+|rund\s+|etwa\s+"
                           r"|jusqu'à\s+|hasta\s+|fino a\s+|até\s+|tot\s+)?$", re.I)
# News pushed to the reader: alerts or notifications (`Turn on alerts in our app`, `Activez les notifications`,
# `Aktivieren Sie Push-Mitteilungen`). (Not `app` alone: a review discusses a product's app.)
# (a push word joined or hyphened, `Push-Nachrichten`, `pushmeldingen`; not the verb or the noun alone: `that would have
# pushed leverage`, `the council's push for more homes`)
ALERTS = re.compile(r"\b(alerts?|push(?:-\w+|nachrichten|meldung(?:en)?|meldingen|berichten|notifications?"
                    r"|benachrichtigung(?:en)?|notis(?:er)?|varsler)|notifications?|benachrichtigung(?:en)?"
                    r"|eilmeldungen|alertes?|alertas?|notificaci(?:ón|ones)|notifiche|notificações|meldingen|notiser"
                    r"|varsler|notifikationer|powiadomienia|upozornění|notificări|notificacions|ilmoitukset"
                    r"|ειδοποιήσεις|bildirimler|értesítések)\b", re.I)
# Word stems without which ALERTS or ALL_ACCESS cannot match: a substring test spares most lines the regex.
ALERTS_TRIGGERS = ("alert", "push", "notif", "benachricht", "eilmeld", "melding", "notis", "varsl", "powiadom",
                   "upozorn", "ilmoitu", "ειδοποι", "bildirim", "értesít")
ALL_ACCESS_TRIGGERS = ("all", "tous", "todo", "todas", "tutti", "wszyst", "všech", "toate", "tots", "kaikki", "tüm",
                       "össze", "unlim", "unbegr", "unbesch", "illim", "ilimit", "onbeperk", "obegr", "ubegr",
                       "nielim", "neomez", "nelim", "il·lim", "rajoit", "απεριόρ", "sınırs", "korlát")
_MONEY = (r"(?:[£€$]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|p\b|cents?\b|euros?\b|eur\b|dollars?\b|pounds?\b"
          r"|francs?\b|chf\b|kr\b|kronor\b|kroner\b|zł|kč|lei\b|ft\b|tl\b|₺))")
_PERIOD = (r"(?:days|tage|tagen|jours|días|dias|giorni|dagen|dagar|dage|dni|dnů|dny|zile|päivää|ημέρες|gün|nap"
           r"|months?|weeks?|monate?n?|monat|wochen?|mois|semaines?|mes(?:es)?|semanas?|mesi|mese|settimane?"
           r"|mês|maand(?:en)?|weken|månad(?:er)?|måned(?:er)?|veckor|uker|uger|miesiąc\w*|tygodni\w*|měsíc\w*"
           r"|týdn\w*|lun[iă]|săptămân\w*|setman\w*|kuukau\w*|viik\w*|μήν\w*|εβδομάδ\w*|ay|hafta|hónap\w*|hét)")
_FIRST = (r"(?:\d+|first|ersten?|premiers?|première|primer|primera|primeros|primo|primi|primeiro|eerste|första"
          r"|første|pierwszy|první|primul|primera|ensimmäinen|πρώτο|ilk|első)")
# A trial offer: a price for a first period, or a period for a price (`1 Euro im ersten Monat`, `4 Wochen für
# 1 Euro`, `£1 for 3 months`, `1 € les 3 premiers mois`): the site selling itself. (A story may quote a cost over
# time, so it is one signal.)
OFFER_PRICE = re.compile(_MONEY + r"\s+(?:\S+\s+){0,2}?" + _FIRST + r"\s+(?:\S+\s+)?" + _PERIOD + r"\b"
                         r"|\b" + _FIRST + r"\s+(?:\S+\s+)?" + _PERIOD + r"\s+(?:\S+\s+){0,2}?" + _MONEY, re.I)
# A first period for nothing is an offer too (`Die ersten vier Wochen sind kostenlos`, `your first month free`, `le
# premier mois offert`, `los primeros 30 días gratis`).
_FREE_OF_CHARGE = r"(?:free|kostenlos|gratis|umsonst|gratuit[eos]?|offerts?|gratuitas?|grátis|gratuit[oi])"
# (or the other way round: `free for 14 days`, `gratuitement pendant 30 jours`, `gratis durante 14 días`)
FREE_OFFER = re.compile(r"\b" + _FIRST + r"\s+(?:\S+\s+)?" + _PERIOD + r"\s+(?:\S+\s+){0,2}?" + _FREE_OF_CHARGE
                        + r"\b|\b(?:" + _FREE_OF_CHARGE[3:-1] + r"|gratuitement|gratuitamente)\s+(?:for|für|pendant"
                        r"|durante|per|por|voor)\s+(?:the |les |los |las |die |i |os |de )?" + _FIRST
                        + r"\s+(?:\S+\s+)?" + _PERIOD + r"\b", re.I)
# A subscription offer's promise that it binds the reader to nothing (`jederzeit kündbar`, `cancel anytime`,
# `résiliable à tout moment`, `sans engagement`, `cancela cuando quieras`, `sin permanencia`, `disdici quando vuoi`,
# `cancele quando quiser`, `sem fidelização`, `altijd opzegbaar`, `ingen bindningstid`) as the line's last clause,
# after a dash, comma or stop: with a price or a trial period, an offer's small print (one signal; a story about
# contracts says it inside its sentence, `Die Verträge sind jederzeit kündbar und kosten …`). After a comma or dash
# the sentence addresses the reader: one opening with a determiner is a story's statement about a thing (`The new
# gym will charge £25 a month, cancel anytime.`, `La cuota será de 25 euros al mes, sin permanencia.`).
_STATED = (r"(?:the|a|an|this|these|its|their|der|die|das|ein|eine|dieser|diese|le|la|les|l['’]|un|une|ce|cet|cette"
           r"|ces|el|los|las|una|este|esta|il|lo|gli|uno|o|os|as|um|uma|de|het|een|den|det)\b")
CANCEL_ANYTIME = Caseless(re.compile(
    r"(?:^|[.;:!]\s*|(?:^|[.!?:]\s+)(?!" + _STATED + r")[^.!?:]*?[–—,|·]\s*)"
    r"(?:jederzeit kündbar|monatlich kündbar|cancel (?:at )?any ?time|no commitment"
    r"|(?:and )?(?:you can )?(?:unsubscribe|opt out) (?:at )?any ?time|abmeldung jederzeit möglich"
    r"|(?:désinscription|désabonnement) (?:possible )?à tout moment|baja en cualquier momento"
    r"|résiliable (?:à tout moment|en ligne|sans frais)|sans engagement|cancela cuando quieras|sin permanencia"
    r"|cancelable en cualquier momento|disdici quando vuoi|disdicibile in qualsiasi momento|senza vincoli"
    r"|cancele quando quiser|sem fidelização|sem fidelidade|altijd opzegbaar|maandelijks opzegbaar"
    r"|ingen bindningstid|uppsägningsbar när som helst|ingen binding(?:stid)?)\s*[.!]?\s*$", re.I))
FREE_TRIGGERS = ("free", "kostenlos", "gratis", "umsonst", "gratuit", "offert", "grátis")
# Every article, or access without limit (`Alle Artikel`, `unlimited access`, `accès illimité`): a paywall's pitch.
ALL_ACCESS = re.compile(
    r"\b(?:all|alle|tous les|todos los|todas las|tutti gli|todos os|wszystkie|všechny|toate|tots els|kaikki|tüm"
    r"|összes)\s+(?:\w+\s+)?(?:" + _ARTICLES + r")\b"
    r"|\b(?:unlimited|unbegrenzte[rn]?|unbeschränkte[rn]?|illimité|ilimitado|illimitato|onbeperkte?|obegränsad"
    r"|ubegrenset|ubegrænset|nielimitowany|neomezený|nelimitat|il·limitat|rajoittamaton|απεριόριστη|sınırsız"
    r"|korlátlan)\s+(?:\w+\s+)?(?:access|zugang|zugriff|lesezugang|accès|acceso|accesso|acesso|toegang"
    r"|tillgång|tilgang|adgang|dostęp|přístup|acces|accés|pääsy|πρόσβαση|erişim|hozzáférés)\b"
    r"|\b(?:accès|acceso|accesso|acesso|toegang|zugang|zugriff|access)\s+(?:\w+\s+)?(?:illimité|ilimitado|illimitato"
    r"|onbeperkt|unbegrenzt|unlimited)\b", re.I)
# A short label opening the line (`Have your say:`, `SERVICE UPDATE:`): a box's heading run into its text.
LEAD_LABEL = re.compile(r"^[^\s:]+(?: [^\s:]+){0,2}:\s+[^\s\"“„«‘']")
# ... unless it is one of the story's own signposts, run into the paragraph it heads in the "smart brevity" style of
# many news sites (`Why it matters:`, `Yes, but:`, `Be smart:`, `Pourquoi c'est important :`, `Ja, aber:`): the
# story speaking of its own parts, not a box speaking to the reader (in en/fr/de/es/it/pt/nl).
SIGNPOST = re.compile(
    r"^(why it matters|why this matters|the big picture|big picture|yes,? but|be smart|driving the news"
    r"|between the lines|by the numbers|zoom in|zoom out|state of play|reality check|the other side|flashback"
    r"|what they're saying|what they’re saying|what's next|what’s next|what we're watching|the bottom line"
    r"|bottom line|catch up quick|threat level|the intrigue"
    r"|pourquoi c'est important|pourquoi c’est important|l'enjeu|l’enjeu|oui,? mais|et après"
    r"|en chiffres|ce qu'ils disent|ce qu’ils disent"
    r"|warum das wichtig ist|warum es wichtig ist|ja,? aber"
    r"|wie es weitergeht|in zahlen|was sie sagen|das große bild"
    r"|por qué importa|por qué es importante|sí,? pero|lo que viene|en cifras|qué dicen"
    r"|el panorama|perché conta|perché è importante|sì,? ma|sì,? però|cosa succede ora"
    r"|in cifre|i numeri|por que importa|por que é importante|sim,? mas|o que vem a seguir"
    r"|em números|waarom het ertoe doet|waarom dit belangrijk is|ja,? maar|wat nu"
    r"|in cijfers)\s*:\s", re.I)
ADDRESS = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+|\bhttps?://|\bwww\.\w", re.I)
# An embedded social post: the platform's own line (`View this post on Instagram`, `Bekijk dit bericht op
# Instagram`: a line ending in the platform's name) or its attribution (`— Name (@handle) date`).
# (the network named as one: `Příspěvek na síti X`, `Beitrag auf der Plattform X`, `Publication sur le réseau X`)
EMBED = re.compile(r"^[^.!?:]{0,80}\b(on|op|auf|sur|en|su|no|na|på|w|pe|in|at|via)\s+(?:(?:the|der|le|la|el|a)\s+)?"
                   r"(?:(?:social\s+)?network|(?:soziale[nm]\s+)?netzwerk|plattform|platform|réseau(?:\s+social)?"
                   r"|red\s+social|rete|rede\s+social|netwerk|síti|sieci|rețeaua)?\s*(instagram|facebook|tiktok"
                   r"|youtube|twitter|x|threads|bluesky|linkedin)\w{0,3}\b[^.!?:]{0,20}$"
                   r"|\(@\w[\w.]{1,29}\)", re.I)  # (a handle may hold dots: `@les.grues`)
# An embedded post's header: the account's name and its handle (`Protección Civil Oaxaca @PC_EstadoOax`).
HANDLE_END = re.compile(r"\s(?:@\w{2,30}|\(@\w{2,30}\))$")  # (`Name @handle`, `Name (@handle)`)
# A line that ends in an address or identifier, not a sentence (`Read the protocol: doi:10.1000/x`, `Full text:
# www.example.org/report`): a link of the page.
LINK_END = re.compile(r"(?:\bdoi:\s?10\.\d+/\S+|\bhttps?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu"
                      r"|int|eu|info|io|example)(?:/\S*)?)$", re.I)
# A download link: a file type and size (`Scarica l'ordinanza (PDF, 212 KB)`, `Download the report (1.2 MB)`).
DOWNLOAD = re.compile(r"[(\[](?:pdf|docx?|xlsx?|odt|ods|pptx?|zip|rtf|csv|mp3|epub)\b[^)\]]{0,24}[)\]]"
                      r"|[(\[,]\s*\d+(?:[.,]\d+)?\s?(?:kb|mb|kib|mib|ko|mo)\s*[)\]]"
                      # (the size first, then the type, closing the button: `(2,1 MB | MP3)`, `[340 KB, PDF]`; in a
                      # sentence, `The files (340 KB, PDF) were sent …`, it is the story's)
                      r"|[(\[]\s*\d+(?:[.,]\d+)?\s?(?:kb|mb|kib|mib|ko|mo)\s*[|·•,;/]\s*(?:pdf|docx?|xlsx?|odt|ods"
                      r"|pptx?|zip|rtf|csv|mp3|mp4|m4a|epub)\s*[)\]]\s*$", re.I)

# A mistake in the text, in en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca/fi/el/tr/hu: asked about (`Spotted a
# mistake?`, `Vous avez repéré une erreur ?`, `Sie haben einen Fehler entdeckt?`) it is the page's error report.
ERROR_WORD = re.compile(
    r"\b(errors?|mistakes?|typos?|inaccurac\w+|errores?|erratas?|erros?|erreurs?|coquilles?|fautes?|fehler|tippfehler"
    r"|errori|errore|refusi|fouten?|tikfouten?|fel|felaktighet\w*|feil|fejl|błąd|błędy|błędu|chyb[auy]?|greșeal\w+"
    r"|erori|eroare|errades?|virhe\w*|λάθος|λάθη|hata\w*|hib[aá]\w*"
    # a correction asked for (`Got a correction?`) or a fact said to be wrong (`une information inexacte ?`)
    r"|corrections?|korrekturen?|correcci(?:ón|ones)|correç(?:ão|ões)|correzion[ei]|correcties?|rättelser?"
    r"|rettelser?|sprostowani[ae]|inexact\w*|incorrect\w*|inexakt\w*|ungenau\w*|falsch\w*|inexat\w*"
    r"|inesatt\w*|onjuist\w*)\b", re.I)
# The newsroom the reader is sent to (`Tell the newsdesk`, `Signalez-la à la rédaction`, `Schreiben Sie der
# Redaktion`), in en/es/pt/fr/it/de/nl/sv/no/da/pl/cs/ro/ca/fi/el/tr/hu.
NEWSROOM = re.compile(
    r"\b(newsroom|newsdesk|news desk|editors|rédaction|redaktion(?:en)?|redacción|redação|redacção|redazione"
    r"|redactie|redaksjonen|redaktionen|redakcj[aię]|redakc[ei]|redacți[ae]|redacció|toimitu\w+|σύνταξη"
    r"|editörümüz|szerkesztőség\w*)\b", re.I)
# A news digest delivered on a schedule (`the free Friday email for the week's news`, `Jeden Freitag die
# wichtigsten Nachrichten`, `chaque matin l'essentiel de l'actualité`): a sign-up's pitch, never a story's.
_DAYS = (r"day|morning|evening|night|week|weekday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
         r"|tag|morgen|abend|woche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|werktag"
         r"|jour|matin|soir|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jours|matins|soirs"
         r"|día|días|mañana|mañanas|tarde|noche|semana|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
         r"|giorno|mattina|sera|settimana|lunedì|venerdì|domenica|dia|manhã|sexta-feira|domingo"
         r"|dag|ochtend|avond|week|vrijdag|zondag|morgon|kväll|vecka|fredag|søndag|uke|uge|aften"
         r"|dzień|rano|wieczór|tydzień|piątek|den|ráno|večer|týden|pátek|zi|dimineață|seară|săptămână|vineri"
         r"|matí|vespre|divendres|päivä|aamu|ilta|viikko|perjantai|ημέρα|πρωί|εβδομάδα|gün|sabah|akşam|hafta"
         r"|cuma|nap|reggel|este|hét|péntek")
_NEWS = (r"news|email|e-mail|newsletter|briefing|digest|round-?up|headlines|nachrichten|meldungen|news-?letter"
         r"|actualités?|infos?|l'essentiel|noticias|titulares|notizie|notícias|nieuws|nyheter|nyheder|nyhetene"
         r"|wiadomości|zprávy|știri|notícies|uutiset|ειδήσεις|haberler|hírek")
DIGEST = Caseless(re.compile(
    r"\b(?:every|each|jeden|jede|jedes|chaque|tous les|toutes les|cada|todos los|todas las|ogni|tutti i|todas as"
    r"|todos os|elke|iedere|varje|hver|hvert|każd\w+|každ\w+|fiecare|tots els|totes les|joka|κάθε|her|minden"
    r"|daily|weekly|täglich\w*|wöchentlich\w*|quotidien\w*|hebdomadaire|diari[oa]s?|semanal|settimanale"
    r"|dagelijks\w*|wekelijks\w*|daglig\w*|veckovis|ugentlig\w*|ukentlig\w*)\s+(?:\S+\s+)?(?:" + _DAYS + r")\b"
    r"[^.!?]{0,60}?\b(?:" + _NEWS + r")\b"
    r"|\b(?:" + _DAYS + r"|daily|weekly)\s+(?:email|e-mail|newsletter|briefing|digest|bulletin|round-?up)\b"
    # a thing set off as free on a schedule (`… – free every Saturday`, `… : gratuit chaque vendredi`; a story's `entry
    # is free every Sunday` runs on without the dash)
    r"|[–—:]\s*(?:free|gratuit\w*|kostenlos|gratis|gratuito|gratuita|grátis)\s+(?:every|each|chaque|tous les"
    r"|toutes les|jeden|jede|jedes|cada|todos los|todas las|ogni|todas as|todos os|elke|varje|hver|hvert)\s+"
    r"(?:\S+\s+)?(?:" + _DAYS + r")\b", re.I))
# The site's funding by its readers (`financé par ses lecteurs`, `finanziert sich durch Leser`, `funded by our
# readers`), and the appeal that every gift counts (`Chaque don compte`, `Jede Spende hilft`), in en/fr/de/es/it/pt/nl:
# each is one signal of a donation appeal (a story about another outlet may say the first once).
FUNDING = re.compile(
    r"\b(?:funded|financed|paid for|supported) (?:\w+ )?by (?:its|our) readers\b|\breader-(?:funded|financed)\b"
    r"|\bfinancée? (?:\w+ )?par (?:ses|nos) lect(?:eurs|rices)\b|\bfinanziert sich (?:\w+ )?(?:durch|über|von)"
    r" (?:seine |ihre |unsere )?(?:leser\w*|abonnent\w*)|\bfinanciad[oa] (?:\w+ )?por (?:sus|nuestros) lectores\b"
    r"|\bfinanziat[oa] (?:\w+ )?dai (?:suoi |nostri )?lettori\b|\bfinanciad[oa] (?:\w+ )?pel[oa]s (?:seus |nossos )?"
    r"leitores\b|\bbetaald door (?:onze|haar|zijn) lezers\b"
    r"|\b(?:every|each) (?:donation|gift|contribution) (?:counts|matters|helps)\b|\bchaque don (?:compte|aide)\b"
    r"|\bjede spende (?:zählt|hilft)\b|\bcada (?:donación|donativo) (?:cuenta|ayuda)\b"
    r"|\bogni donazione (?:conta|aiuta)\b|\bcada doação (?:conta|ajuda)\b|\belke donatie (?:telt|helpt)\b", re.I)
# A reporting scheme's funding note under the story (`Local Democracy Reporting is Public Interest Journalism funded
# through NZ On Air.`, `LDR is local body journalism co-funded by RNZ`, `Ce reportage est financé par le Fonds X`,
# `Dieser Beitrag wurde von der Stiftung X gefördert.`): journalism named (its scheme, the word journalism itself, a
# newsroom) or the piece itself with a demonstrative (`this story`, `cet article`, `esta cobertura`), and a funder's
# verb with its `by`/`through` in one sentence, either order, in en/de/fr/es/it/pt/nl/sv. The bare nouns that also
# mean other things (`broadband coverage`, `l'enquête publique`, `die Recherche des Rechnungshofs`, `a reporter
# post`) are not enough.
# the page itself as the subject (`this story`, `cet article`, `dieser Beitrag`, `dit verhaal`)
_PIECE = (r"(?:this|these|our) (?:story|stories|article|articles|report|reporting|coverage|piece|series)"
          r"|(?:ce|cet|cette|ces|notre|nos) (?:reportages?|articles?|enquêtes?|série|couverture)"
          r"|(?:diese[rsnm]?|unsere[rsnm]?) (?:recherchen?|beitrag|beiträge|artikel|bericht|berichterstattung"
          r"|reportage|serie)"
          r"|(?:este|esta|estos|estas|nuestr[oa]s?) (?:reportajes?|artículos?|cobertura|información|serie)"
          r"|(?:questo|questa|questi|queste|il nostro|la nostra) (?:articoli?|inchiest[ae]|reportage|servizio"
          r"|serie)"
          r"|(?:este|esta|estes|estas|esse|essa|nosso|nossa) (?:reportage[mn]s?|artigos?|cobertura|série)"
          r"|(?:dit|deze|onze) (?:artikel|artikelen|verhaal|stuk|reportage|serie|verslaggeving)"
          r"|(?:den här|denna|detta|vår) (?:artikel|artikeln|text|texten|granskning|granskningen|reportage"
          r"|reportaget|bevakning|serie)")
_JOURNALISM = (r"journalism|\w*journalismus|journalisme|periodismo|giornalismo|jornalismo|journalistiek|journalistik"
               r"|newsrooms?|local democracy report(?:ing|ers?)|ldr|lji|" + _PIECE)
_FUNDED = (r"(?:co-?)?funded (?:in part |partly )?(?:by|through)|(?:co-?)?financed by|supported by|made possible by"
           r"|(?:wird|wurde|werden|ist|sind) (?:[\w-]+ ){0,6}(?:gefördert|finanziert|ermöglicht)"
           r"|(?:gefördert|finanziert) (?:von|durch)|(?:gefördert|finanziert|ermöglicht)(?=\s*(?:[.!]|$))"
           r"|(?:co-?)?financée?s? (?:par|grâce)"
           r"|soutenue?s? par|subventionnée?s? par"
           r"|(?:co)?financiad[oa]s? (?:por|con)|subvencionad[oa]s? por|(?:co)?finanziat[oa] (?:da|dal|dalla|con)"
           r"|sostenut[oa] da|(?:co)?financiad[oa] (?:por|pel[oa])|apoiad[oa] (?:por|pel[oa])"
           r"|gefinancierd (?:door|met|via)"
           r"|mogelijk gemaakt door|finansieras (?:av|genom|via)|(?:har )?finansierats av")
# the support named as a noun (`reported this story with support from the X Fund`, `avec le soutien de`): only with
# the page itself as subject and a funder named with a capital after it (`… newsrooms keep going with support from two
# local foundations` is the story's)
_FUNDED_NOUN = (r"with (?:the )?(?:financial )?support (?:of|from)|avec (?:le )?(?:soutien|concours) d[eu']"
                r"|mit (?:der )?(?:finanziellen )?unterstützung (?:von|der|des|durch)|con (?:el )?apoyo (?:de|del)"
                r"|con il (?:sostegno|supporto) d[ie]\w*|com (?:o )?apoio d[aeo]s?"
                r"|met (?:de )?(?:financiële )?steun van")
_FUNDER_ARTICLE = r"(?:(?:the|la|le|les|l'|der|die|das|dem|den|el|los|las|il|lo|het|de|o|a) ?)?"
REPORTING_FUNDED = re.compile(r"\b(?:" + _JOURNALISM + r")\b[^.!?]{0,120}?\b(?:" + _FUNDED + r")\b|\b(?:" + _FUNDED
                              + r")\b[^.!?]{0,120}?\b(?:" + _JOURNALISM + r")\b|\b(?:" + _PIECE
                              + r")\b[^.!?]{0,120}?\b(?:" + _FUNDED_NOUN + r")\s*" + _FUNDER_ARTICLE
                              + r"(?-i:[A-ZÀ-Ý])", re.I)
# A travel piece's disclosure of who paid for the trip (`The writer travelled as a guest of Visit Alentejo.`, `Travel
# was provided by …`, `A jornalista viajou a convite da Câmara …`, `La periodista viajó invitada por …`, `Le
# journaliste était l'invité de …`, `Cet article a été réalisé à l'invitation de …`, `Die Reise wurde unterstützt
# von …`, `Il giornalista è stato ospite di …`, `De reis werd betaald door …`), in en/pt/es/fr/de/it/nl: the
# reporter, the trip or the piece (its group names it), then the host, opening the note.
_REPORTER = (r"writer|author|reporter|journalist|correspondent|jornalista|periodista|journaliste|autor|autorin"
             r"|reporterin|giornalista|verslaggever|auteur")
TRIP_HOSTED = re.compile(
    r"^[(\[*]?\s*(?:(?:the |our |this |o |a |el |la |le |der |die |il |de )?(?P<subject>" + _REPORTER + r")\b"
    r"[^.!?]{0,60}?\b(?:(?:travell?ed|was (?:a )?guest|stayed)\b[^.!?]{0,40}?\b(?:as (?:a )?guests? of"
    r"|courtesy of|at the invitation of|with (?:the )?support of|hosted by|paid for by)\b|viajou a convite"
    r"|viajou com o apoio|viajó invitad[oa]|viajó (?:por|a) invitación|(?:était|a été) l'invitée? d"
    r"|a voyagé à l'invitation|reiste auf einladung|è stat[oa] ospite d|ha viaggiato su invito"
    r"|reisde op uitnodiging)"
    r"|(?:(?P<trip>travel|trip|accommodation)\b(?: and accommodation)? (?:was|were) (?:provided|paid for|arranged"
    r"|funded|covered) by)"
    r"|(?:cet |ce )(?P<piece>article|reportage) a été réalisée? (?:à l'invitation|avec le soutien|grâce au"
    r" soutien)|(?:die |diese )(?P<reise>(?:recherche)?reise) wurde (?:unterstützt|ermöglicht|bezahlt|finanziert)"
    r" (?:von|durch)|de (?P<reis>reis) (?:werd|is) (?:betaald|mogelijk gemaakt|aangeboden|gesponsord) door"
    # (`Este viaje se realizó con la colaboración del albergue …`, `Esta viagem foi feita a convite de …`, `Il viaggio
    # è stato realizzato su invito di …`)
    r"|(?:este |el |esta |a |il )(?P<viaje>viaje|viagem|viaggio) (?:se realizó|fue realizado|ha sido posible"
    r"|fue posible|foi (?:feita|realizada)|è stato (?:realizzato|possibile)) (?:con|gracias a|a convite|com o apoio"
    r"|su invito|grazie a|con il (?:supporto|sostegno)))", re.I)
# A funder's note in the wire's form, its support then the newsroom's independence (`X receives support from the Y
# Fund for coverage of water. X is solely responsible for all content.`, `X reçoit le soutien de Y … X est seule
# responsable de son contenu.`, `X recibe apoyo de Y … X es el único responsable del contenido.`): both halves in
# one paragraph, in en/fr/es/de/it/pt/nl (a company's or a court's `solely responsible` names no support received).
FUNDER_SUPPORT = re.compile(
    r"\b(?:receives?|received) (?:financial |funding |philanthropic )?(?:support|funding) from\b"
    r"|\breçoit (?:le soutien|un soutien|le financement) d[eu']|\brecibe (?:el )?(?:apoyo|financiación) de\b"
    r"|\berhält (?:finanzielle )?(?:unterstützung|förderung) (?:von|durch)\b|\briceve (?:il )?(?:sostegno|supporto"
    r"|finanziamento) d[aie]\w*\b|\brecebe (?:o )?(?:apoio|financiamento) d[aeo]s?\b|\bontvangt steun van\b", re.I)
SOLE_RESPONSIBILITY = re.compile(
    r"\bsolely responsible for (?:all |the |its )?(?:content|coverage)\b"
    r"|\bseule? responsable d[eu]s? (?:son |ses |tout |l['’])?(?:contenus?|couverture)\b"
    r"|\b(?:el |la )?únic[oa] responsable del? (?:todo el |su )?contenido\b"
    r"|\ballein(?:e)? verantwortlich für (?:alle |sämtliche |die |den )?inhalte?\b"
    r"|\bunic[oa] responsabile dei contenuti\b|\búnic[oa] responsável pelos? (?:seus? )?conteúdos?\b"
    r"|\bals enige verantwoordelijk voor de inhoud\b", re.I)
# A speech verb anywhere in the funder note (`The trust says the charity is solely responsible …`): the story
# reporting who answers for what, not the wire's own note.
FUNDER_SPOKEN = re.compile(r"\b(?:" + "|".join((_SAID_EN, _SAID_DE, _SAID_ROMANCE, _SAID_NORTH, _SAID_FR_PAST))
                           + r"|says|sagt|betont|affirme|indique|estime|souligne)\b", re.I)
# German puts the call last, after `jetzt` (`… – jetzt kostenlos abonnieren.`, `Jetzt hier anmelden!`).
CALL_LAST = Caseless(re.compile(r"\bjetzt\s+(?:\w+\s+){0,2}?(?:abonnieren|anmelden|registrieren|bestellen|testen"
                       r"|herunterladen|downloaden|entdecken|spenden|folgen|sichern|freischalten)\s*[.!]?$", re.I))
# An app (`in der ROR-App`, `in our app`, `dans l'application`): with the site's own name, the site's channel.
APP = re.compile(r"(?:\b|-)(?:apps?|appen|appi[a-z]*|application|aplicación|aplicativo|aplicação|applicazione"
                 r"|applicatie|aplikac\w+|sovellu\w+|εφαρμογή|uygulama\w*|alkalmazás\w*)\b", re.I)

# --- screen readers' caption labels ---
# A screen reader's label for the caption under it, alone on its line (`Image caption,`, `Media caption,`,
# `Légende :`, `Bildunterschrift:`, `Pie de foto:`): the line below it is the caption, whatever its shape.
_CAPTION_WORDS = (
    r"(((image|picture|photo|video|media|audio) )?caption|légende( de (l'image|la photo|la vidéo))?|bildunterschrift"
    r"|bildbeschreibung|bildlegende|pie de (foto|imagen|vídeo)|didascalia|legenda( da (foto|imagem))?"
    r"|onderschrift|bijschrift)")
# (and a picture's noun alone with its colon, `Image:`, `Foto:`, `Bild:`: what follows on the next line is its caption)
# A clip's own caption, labelled as such for a screen reader (`Media caption, …`, `Video caption, …`, `Légende de la
# vidéo : …`, `Pie de vídeo: …`, `Didascalia del video: …`, `Legenda do vídeo: …`), and the clip's title right above it
# behind a watch or listen label (`Watch: How a cage farm feeds a village`, `Video: So arbeitet der Hof`, `Mira: Así
# quedó el puente`, `Regardez : le chantier`, `Guarda: il cantiere`, `Assista: a obra`, `Kijk: de bouwplaats`): no
# sentence of a story stands tight over a clip's caption behind such a label.
MEDIA_CAPTION = re.compile(r"^((media|video|audio) caption|légende de la vidéo|pie de vídeo|didascalia del video"
                           r"|legenda do vídeo|videobijschrift)\s*[,:]\s+\S", re.I)
CLIP_TITLE = re.compile(r"^(watch|video|vídeo|vidéo|clip|ver|mira|regardez|guarda|assista|veja|kijk|bekijk|ansehen"
                        r"|schauen sie|zum video|listen|escucha|écoutez|ascolta|ouça|luister|audio)\s?:\s+"
                        r"[^.!]{3,140}$", re.I)
# A slideshow's own buttons, alone on their lines under the slide (`Previous` / `Next`, `Zurück` / `Weiter`,
# `Précédent` / `Suivant`, `Anterior` / `Siguiente`, `Indietro` / `Avanti`, `Anterior` / `Próxima`, `Vorige` /
# `Volgende`), an arrow or two allowed: they close the slide a gallery counter opens (classify._gallery_captions).
GALLERY_NAV = re.compile(r"^[‹›<>←→«»\s]*(?:previous|prev|next|back|zurück|weiter|vorheriges?|nächstes?|précédente?"
                         r"|suivante?|anterior|siguiente|próxim[ao]|seguinte|precedente|successiv[ao]|avanti|indietro"
                         r"|vorige|volgende)[‹›<>←→«»\s]*$", re.I)
CAPTION_LABEL = re.compile(r"^(?:" + _CAPTION_WORDS + r"\s*[,:]?|(?:image|picture|photo|foto|bild|imagen|imagem"
                           r"|immagine|afbeelding|zdjęcie|obrázek)\s*:)$", re.I)
# The standfirst's own label alone over it, as some sites show it (Swiss ones: `Lead`; `Vorspann`, `Chapô`,
# `Entradilla`): the paragraph under it is the standfirst, and the story starts below it.
STANDFIRST_LABEL = re.compile(r"^(?:lead|vorspann|chap[ôo]|entradilla|entradeta)\s*:?$", re.I)
# The same label opening the caption's own line, set off by its comma or colon (`Légende : Une grue …`): the
# line is the caption (a sentence opening with the word runs on without the mark: `Légende du football …`).
CAPTION_LABELLED = re.compile(r"^" + _CAPTION_WORDS + r"\s*[,:]\s+\S", re.I)
# A weather or traffic alert's flag alone on its line, a site-wide banner (the alert's text under it, tight): no
# section and no headline (`WEATHER ALERT`, `Unwetterwarnung`, `Alerte météo`, `Alerta meteorológica`, `Allerta
# meteo`, `Weeralarm`, `Vädervarning`, `Traffic alert`, `Info trafic`, `Verkehrsmeldung`).
WEATHER_FLAGS = (r"(?:severe )?weather (?:alerts?|warnings?)|storm (?:alert|warning)|traffic (?:alert|update)"
                 r"|(?:un)?wetterwarnung(?:en)?|verkehrsmeldung(?:en)?|verkehrsinfo|alertes? m[ée]t[ée]o"
                 r"|vigilance m[ée]t[ée]o|info trafic|alerte trafic|alertas? (?:meteorol[óo]gicas?|meteorol[óo]gicos?"
                 r"|de tr[áa]fico|de tr[âa]nsito)|avisos? meteorol[óo]gicos?|allert[ae] meteo|allerta maltempo"
                 r"|avviso meteo|info traffico|weeralarm|weerwaarschuwing|verkeersinfo|vädervarning|trafikinfo"
                 r"|farevarsel|vejrvarsel")
# A player's length with its label (`Duration 1:48`, `Durée : 2:06`, `Dauer 3:10`, `Duración 0:45`), perhaps
# naming the clip (`Durée de la vidéo : 02:14`, `Length of the video: 2:14`, `Dauer des Videos: 2:14`, `Duración
# del vídeo: 2:14`, `Durata del video: 2:14`, `Duração do vídeo: 2:14`, `Duur van de video: 2:14`).
DURATION_WORDS = r"duration|length|running time|runtime|durée|dauer|länge|laufzeit|duración|durata|duração|duur"
LABELLED_DURATION = re.compile(r"^(" + DURATION_WORDS + r")( (of the|of|de la|de l['’]|du|des|der|del|de|dello"
                               r"|della|do|da|van de|van het|van) ?(" + _CLIP + r"|clips?|reportage|reportaje"
                               r"|reportagem|beitrags?|sendung|émission|episode|épisode))?"
                               r"\s*:?\s*\d{1,2}[:.']\d{2}([:.]\d{2})?(\s*min\.?)?$", re.I)
# The screen reader's bracket around a third party's post (`Skip X post` … `End of X post`, `Passer la
# publication` … `Fin de la publication`, `Beitrag überspringen` … `Ende des Beitrags`, `Bericht overslaan` …
# `Einde van bericht`, `Pomiń post` … `Koniec postu`): told by the pair, set a few
# lines apart, not by the words of either.
EMBED_SKIP = re.compile(r"^(skip|passer|ignorer|sauter|saltar|omitir|salta|pular|pomiń)(?!\w)[^.!?]{1,40}$"
                        r"|^sla\b[^.!?]{1,40}\bover$|^[^.!?]{1,40}\b(überspringen|ausblenden)$"
                        r"|^[^.!?]{1,40}\boverslaan\b[^.!?]{0,30}$", re.I)
EMBED_END = re.compile(r"^(end of|fin (de|du|des|del)|ende (des|der|von)|fine (del|della|dei|di)|fim d[oae]"
                       r"|final del?|einde van|koniec)\b[^.!?]{1,40}$", re.I)
# Alone, without the bracket's first half, the marker names what it closes (`Ende des Audiobeitrags`, `Fin de ce
# direct`, `End of newsletter signup`): `Fin de la guerra comercial` over a paragraph is the story's subheading.
EMBED_END_NAMED = re.compile(
    r"^[^.!?]{0,30}?\b(audio\w*|vid[eé]os?|podcasts?|posts?|postu|tweets?|threads?|publication|beitrags?|bericht"
    r"|newsletter|sign-?up|inscription|direct|live(blog|ticker)?|list[ea]?|informationen|informations?|infos?|box"
    r"|encadré|kastens?|anzeige|werbung|publicidad|publicité|pubblicità|advertisement|advert|anuncio|embed"
    r"|contenidos?|contenu|contenuto|conteúdo|inhalts?|content|galer(y|ie|ía|ia)|slideshow|diaporama|fotostrecke"
    r"|player|widget|sondage|umfrage|poll|encuesta|quiz|grafik|graphi[cq]u?e?|gráfico|chart|karte|map|mapa|carte"
    r"|tabelle|table|tabla|transcript|transkript|module|modul|módulo|zitats?|quote|cita)\b", re.I)

# --- labels over more stories ---
# A label speaking of more or other stories (`More stories from the valley`, `D'autres articles`, `Weitere
# Meldungen`, `Otras noticias`, `Altre notizie`): over two or more headlines amid the story, a block of links.
MORE_STORIES = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}?(?:more|other|further|(?:d['’])?autres|plus d['’]|weitere|mehr|andere|más|otr[ao]s"
    r"|altr[ei])\b[^.!?:]{0,40}?\b(?:stories|articles?|news|headlines|actualités|infos|nouvelles|artikel|nachrichten"
    r"|meldungen|beiträge|geschichten|noticias|artículos|historias|notizie|articoli|storie)\b", re.I)

# A pointer sending the reader elsewhere for more (`More information on our weather page`, `Plus d'informations
# dans notre rubrique`, `Die Pegelstände finden Sie beim …`, `Encontrará más datos en …`): with the reader or the
# site named too (prompts.reader_signals), the page's service line, not the story's (a story reports what was said).
MORE_ELSEWHERE = Caseless(re.compile(
    r"(?:^|[.!?]\s+)(?:(?:for )?more (?:information|info|details)|further information|plus d'(?:informations?|infos?)"
    r"|plus d’(?:informations?|infos?)|(?:pour )?en savoir plus|más información|mais informações|maggiori informazioni"
    r"|ulteriori informazioni|weitere informationen|mehr informationen|meer informatie|mer information|mere information"
    r"|mer informasjon)\b"
    r"|\b(?:you(?:'ll| will| can) find|vous trouverez|vous pouvez (?:consulter|retrouver)|finden sie"
    r"|encontrará|encontrarás|puede consultar|troverete|troverai|encontra|vindt u|vind je)\b", re.I))
# A clip's length alone on a line, in minutes or as a clock (`3 Min`, `4 minutos`, `2:41`, `(1:48)`).
CLIP_LENGTH = re.compile(r"^\(?" + _DURATION + r"\)?$", re.I)
# An "about" heading over the organisation's paragraph at the foot of a press release (`About Acme`, `Sobre
# Fundación X`, `À propos de X`, `Über den Verband X`, `Informazioni su X`, `Over X`): a label, no sentence.
ABOUT_HEADING = re.compile(r"^(about|über|à propos d[eu']|a propos d[eu']|acerca de|sobre|informazioni su|over)\s?"
                           r"(?P<label>[^.!?:]{2,80})$", re.I)
# The story's source named under it (`Source: …`, `Fuente: …`, `Quelle: …`, `Sources : …`, `Fonte: …`, `Bron: …`).
SOURCE_LINE = re.compile(r"^(sources?|fuentes?|quellen?|fontes?|fonti|bronn?(en)?|källa|kilde)\s?:\s+\S", re.I)
# The study a science story reports on, cited under it with the label of a link to it (`Read the study: Ngata, R. et
# al. (2027) '…', Journal`, `Zur Studie: …`, `Lire l'étude : …`, `Leer el estudio: …`, `Leggi lo studio: …`, `Leia o
# estudo: …`, `Lees de studie: …`, `Reference: …`, `DOI: …`); a brief's `The study: The team tracked …` is its own.
STUDY_LINE = re.compile(
    r"^(?:(?:read|see|view|access|download)\s+(?:the\s+)?(?:full\s+)?(?:study|paper|report|research)"
    r"|references?|doi|journal reference|original (?:paper|publication)|zur\s+studie|originalpublikation"
    r"|(?:lire|consulter)\s+l['’]étude"
    r"|(?:leer|consultar?)\s+el\s+estudio|(?:leggi|consulta)\s+lo\s+studio|(?:leia|consulte)\s+o\s+estudo"
    r"|(?:lees|bekijk)\s+(?:het\s+onderzoek|de\s+studie))\s?:\s+\S", re.I)
# A citation's marks: a year in brackets, `et al.`, a DOI (`The study: three years of samples …` is the story's).
CITATION = re.compile(r"\(\d{4}\)|\bet al\b|\bdoi\b|\b10\.\d{4,}/", re.I)
# A clip's length, then its source or date after a comma or a separator (`04:12 min, aus dem Regionaljournal vom
# 30.11.2026`, `3 min · From Morning Edition`, `2'41 – extrait du journal de 13 h`), under a player's title.
CLIP_LENGTH_NOTE = re.compile(r"^\(?" + _DURATION + r"\)?\s*[,·|•–—-]\s*\S", re.I)
# A named speaker and a speech verb (`Graeme Latu said the …`, `Ana Ruiz explicó que …`, `Max Roe sagte, …`): a
# paragraph reporting someone's words, whom a quotation standing alone under it goes on quoting.
NAMED_SAID = re.compile(r"(?P<name>(?-i:[A-ZÀ-Þ][\w'’.-]+\s+[A-ZÀ-Þ][\w'’.-]+))\s+(?:"
                        + "|".join((_SAID_EN, _SAID_DE, _SAID_ROMANCE, _SAID_NORTH, _SAID_FR_PAST)) + r")\b", re.I)

# A pointer to more on the subject in the station's own programme (`More news from the region on KBX Evening at
# 6pm`, `Mehr dazu heute im XY-Magazin`, `Más información en el informativo de XY`): the `more` word with what there
# is more of (news, information, on/about the subject), then a broadcast; prompts.py asks for the site's own name
# in it too. A story's `More buses will run …`, `Mehr als 300 Hörer …`, `Más de la mitad …` count things.
MORE_OPENING = re.compile(
    r"^(?:more|mehr|weitere|más|plus|altre|maggiori|mais|meer)\s+(?:news|nachrichten|informationen|infos?"
    r"|noticias|información|informaciones|nouvelles|informations|notizie|informazioni|notícias|informações|nieuws"
    r"|informatie|details|detalles|détails|dettagli|detalhes|on|about|dazu|zum|zur|über|sobre|sur|su|sul|sulla"
    r"|over|hierover)\b|^plus d['’](?:infos?|informations)\b", re.I)

# A box's heading that says it gives an overview (`Diversions at a glance`, `Ersatzverkehr im Überblick`, `Los cortes
# de un vistazo`, `Les travaux en bref`), or the story in figures (`In cijfers`, `In Zahlen`, `By the numbers`, `En
# chiffres`, `En cifras`, `In cifre`, `Em números`, `FERRY BY NUMBERS`): with lines pasted tight under it, classify.py
# reads it as a fact box even where its items are no sentences and a subheading follows it.
OVERVIEW_HEADING = re.compile(
    r"\b(?:im überblick|auf einen blick|in kürze|at a glance|in brief|in short|de un vistazo|en resumen|en síntesis"
    r"|en bref|en un coup d['’](?:œ|oe)il|in sintesi|in breve|em resumo|num relance|in het kort|in één oogopslag"
    r"|in (?:figures|numbers)|by (?:the )?numbers|in zahlen|zahlen und fakten|en chiffres|en cifras|en números|in cifre"
    # (the figures named key: `Key numbers`, `Die wichtigsten Zahlen`, `Chiffres clés`, `Cifras clave`)
    r"|key (?:figures|numbers|stats|statistics)|die wichtigsten zahlen|(?:les )?chiffres[- ]clés|cifras clave"
    r"|datos en cifras|numeri chiave|números-chave|kerncijfers"
    r"|in numeri|em números|em cifras|in cijfers|in getallen|i siffror|i tal"
    # sl/hr/sr `V številkah`, `U brojkama`, `U brojevima`, pl `W liczbach`, cs `V číslech`
    r"|v številkah|u brojkama|u brojevima|w liczbach|v číslech|σε αριθμούς|în cifre)$"
    # (or opening on the figures' or the keys' words: `I numeri del distretto`, `Las claves de la negociación`)
    r"|^(?:i numeri|los números|les chiffres|die zahlen|os números|the numbers|las claves|les clés"
    r"|i punti chiave|os pontos-chave)\b", re.I)
