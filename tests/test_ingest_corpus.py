"""The scraped-page reader judged like a benchmark: exact fields on a few pages, a score on every corpus folder.

The scorer is bench/bench_ingest.py (`python bench/bench_ingest.py` prints the per-field table).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsletter.ingest.scraped import read_plaintext
from tests.conftest import FIXTURES, REPO

CORPUS = FIXTURES / "corpus"
EXAMPLES = CORPUS / "examples"
# What each folder scores today, minus a small margin (bench output of this commit: examples 100%, reader 95.2%,
# dev 99.0%; holdout, blind 72.5%, studied since: 92.1%). A folder not listed must reach 90%.
# holdout2: a second blind set, written by someone who never saw the reader's code: 67.6% then 74.1% blind;
# studied since (it is development data now): 97.7%.
# holdout3: a third blind set: 75.9% on arrival, 78.2% blind after holdout2's round; studied since (development
# data now): 88.0%, holdout 93.1%.
# holdout4: a fourth blind set: 80.6% on arrival, 80.6% after holdout3's round; studied since (development data
# now), header and body fields made to generalise by kind (dates, bylines, sections, credits in 11 languages;
# label-and-headline link lines, bracketed credits, media boxes, practical lists, pull quotes, affiliate notices):
# 99.4%; holdout 94.7%, holdout2 100%, holdout3 98.6%, dev 100%, reader 98.4%.
# holdout5: a fifth blind set (7 whole-page layouts, 10 article-area clippings, 9 languages): 76.4% on arrival,
# 82.9% blind after holdout4's round; studied since (development data now), body fields generalised by kind
# (metering, sign-ups, ad links, gallery slides in 14 languages; capitalised link labels, pull-quote attributions,
# membership appeals, credits set above their caption): 96.3%, other folders unchanged.
# holdout6: a sixth blind set (7 whole-page layouts, 10 article-area clippings, 10 languages): 75.5% on arrival
# (after holdout4's round), 79.6% blind after holdout5's body round; studied since (development data now), body
# fields generalised by evidence (reader signals for prompts and pitches in 18 languages, embedded social posts,
# download links, 'about us' blocks opening with the site's name, questions naming a date, hard wrapping at the full
# width): 92.1% (most of what is left is header fields), other folders unchanged.
# holdout7: a seventh blind set (7 whole-page layouts, 10 article-area clippings; en, fr, tr, es, fi, el, hu, de,
# it, pt; a live blog, a Q&A): 65.7% on arrival (after holdout5's body round), 69.0% blind after holdout6's body
# round, 69.4% after holdout5's header round; studied since (development data now), body fields by evidence (credit
# labels and ads framed by dashes in more languages, funder and underwriting notes, Q&A turns, label-over-headline
# links, embedded posts closed by their time, link and DOI lines, closing declarations, tables pasted as text,
# stopword-free short sentences, a claim box over the lead photo): 86.6%, every body field 100%.
# Header round 3 (holdout6 and holdout7 studied for title, section, author, credit): byline words and names in any
# script (fi, el, tr, hu), reading times and audio lengths out of the header cluster, a bare name beside a date,
# roles after names, sections as shown, credit labels in tr/hu/el: holdout6 97.2%, holdout7 95.4% (with its body
# round); holdout8 blind to it 84.2%.
# holdout8: an eighth blind set shaped like the hidden ones (mainstream news sites, en/fr/de/es/it/nl, 7 whole-page
# layouts and 12 article-area copies): 83.8% on arrival (after holdout5's header and holdout6's body rounds),
# 83.8% blind after holdout7's body round (unchanged); studied since (development data now), body fields by
# evidence (credits without a colon, `Photography by X` / `(foto X)`; correction labels and "an earlier version of
# this text" in many languages; "this text is offered free" notes; read-more labels as requests, `Lisez aussi` /
# `Lies auch`; several editing credits on one line; trial offers, every-article pitches and alert prompts as reader
# signals): 95.3%. Header round 4 studied it too (a breadcrumb is no headline and a note about the page no
# standfirst, `Name | Place` bylines and names with surname particles, a headline run into its standfirst cut at the
# title line's headline, a label over a kicker is the section, ordinal days are dates): 99.6%.
# holdout9: a ninth blind set of the same mix (mainstream news, en/fr/de/es, 7 whole-page layouts and 10
# article-area copies): 80.6% on arrival (after holdout7's body round), 85.2% blind after holdout8's body round,
# 86.6% after its header round; studied for the body (round 6: a wrapped paragraph has no line longer than its
# width; sign-up words in a closing paragraph speak to the reader to be a promotion; reading requests `Lesen Sie
# hier:`; error questions; the site's own name with a channel or app; a sign-up box's pitch and the box as an
# interruption; a photo label without a colon): 96.8%. Header round 5 studied it (a menu line's entry alone over
# the headline is the section, a note about the page's audio version between label and headline is skipped, a
# label over a long headline without a full stop is no headline, an outlet named elsewhere on the page is no
# co-author): 100%.
# holdout10: a tenth blind set of the same mix (mainstream news, en/fr/de, 6 whole-page layouts and 10 article-area
# copies): 71.2% on arrival (after holdout8's body and header rounds), 73.2% blind after holdout9's body round;
# studied for the body (round 7: the credit line a caption rests on, with two-word or `Cliché` labels, `Foto ©`,
# `Photograph courtesy of` or no label (`Name / Outlet`); a labelled audio clip with its length; read-more labels
# of up to six words; gambling notices; `Sie` mid-sentence addresses the reader; `X contributed reporting.`):
# 93.9%; header round 5 too (`Match report by X at Place`, `Reporting by X` alone in the header, `X, Outlet`, a
# section label over an audio note): 96.0%.
# holdout11: an eleventh blind set of the same mix (mainstream news, en/fr/de/es, 5 whole-page layouts and 10
# article-area copies): 80.6% on arrival (after holdout9's rounds), 81.7% blind after holdout10's; studied for
# the body (round 8: a question about a mistake sent to the newsroom, a digest on a schedule, a German call put
# last, `Reporting contributed by X`, a quote repeating a paragraph, a name longer than the masthead's word, an ad
# marker with its note after a dash; a credit label before a dash, `▸` between breadcrumbs): 99.4%.
# holdout12: a twelfth blind set of the same mix (mainstream news, en/fr/de, 4 whole-page layouts and 8
# article-area copies): 91.0% on arrival (after holdout10's rounds), 91.7% blind after holdout11's body round;
# studied for round 9 (an audio version's noun or player notice with its length, headline-shaped lines over a
# byline are the headline and standfirst, not a trailing list of links; a date line's update in brackets; a subscriber's
# thanks; a live stream's `Direct ▶` button read as a breadcrumb): 100%.
# Round 9 also reads `Reporter: Name` labels (holdout11 14).
# holdout13: a thirteenth blind set of the same mix, written with deliberately unusual furniture wording (en/fr/de,
# 3 whole-page layouts and 6 article-area copies): 72.2% on arrival (after holdout11's body round), 72.2% blind
# after holdout12's round. Round 10 (rall10): credits in unusual words (`Photo supplied by X`, `Aufnahme: X`,
# `Photographie X`) read by shape and position (a short label before a name, under a caption sentence, over
# prose), which also keeps their captions out of the body: 85.2%.
# holdout14: a fourteenth blind set with unusual furniture wording (en/fr/de, 2 whole-page layouts and 6
# article-area copies): 67.8% on arrival (after holdout12's round), 67.8% blind after holdout13's round.
# holdout15: 80.6% blind (after holdout14's round). Round rbody10, by structure (a decorated marker, a label with a
# colon over linked headlines, a box's heading, a wire dateline opening the story, an `XY+` price pitch): 96.3%.
THRESHOLDS = {"examples": 0.97, "reader": 0.95, "dev": 0.98, "holdout": 0.92, "holdout2": 0.97, "holdout3": 0.96,
              "holdout4": 0.97, "holdout5": 0.94,
              "holdout6": 0.95, "holdout7": 0.93, "holdout8": 0.98,
              "holdout9": 0.98,
              "holdout10": 0.94,
              "holdout11": 0.97,
              "holdout12": 0.98,
              "holdout13": 0.95,
              "holdout14": 0.88,
              "holdout15": 0.96,
              # holdout16: 77.8% blind, 79.6% after holdout15's rounds; round rbody11 by structure (a repeated short
              # line between paragraphs, live-blog stamps, a caps credit, a qualified link label, an audio box on
              # one line): 96.3%
              "holdout16": 0.96,
              # holdout17: 89.8% blind, 91.7% after later rounds; round rbody12 by structure (an ad note saying the
              # story resumes, an arrow between a label and a headline, an embed's cookie-settings placeholder, a tip
              # asked for and answered with the newsroom, an "about us" block after a related list): 99.1%
              "holdout17": 0.98,
              # holdout18: 87.8% blind; rounds rbody18 and rhead18 by structure (a name particle in a caps credit, a
              # caption running on into its credit widening the wrap, ad-slot controls, a tight audio box, a hyphenated
              # site name, a date label then a comma, a one-line menu run into its breadcrumb): 100%
              "holdout18": 0.98,
              # holdout19: 80.6% blind on arrival (77.4% on the seven checks), 80.6% after rounds rbody18 and rhead18;
              # round rbody19 by structure (fact boxes pasted tight, third-party embed notices, posts with the handle
              # under the name, subscriber-article notes, external-sites disclaimers, a show promoted at the end) 99.1%
              "holdout19": 0.98,
              # holdout20: 79.6% blind on arrival (75.0% on the seven checks), 79.6% after rounds rbody18 and rhead18,
              # 87.0% (84.5%) after round rbody19, still blind; rounds rbody20 by structure (a tip answered with an
              # imperative and its pronouns, the site's own product named, a box of figures, a wire sign-off, a bio
              # of either of two authors, a post under a related list, one box charged once) and rhead20 (an update
              # in brackets, a bare name over its place line): 100%
              "holdout20": 0.98,
              # holdout21: 85.2% blind on arrival (81.0% on the seven checks), 85.2% after rounds rbody20 and rhead20;
              # rounds rbody21 by structure (a most-read box or a topics label amid the story with paragraphs below, a
              # poll's answers and a quiz's button under its prompt, map/chart placeholders and loading notices, a
              # show's box with its length) and rhead21 (a job title joined by `and` after the byline's comma,
              # `A & B` as written, a phrase over the headline no other line repeats is the kicker): 96.3%; round
              # rbody22 (a box's pitch between its heading and its field, the site's own show promoted mid-story): 100%
              "holdout21": 0.98,
              # holdout22: 84.3% blind on arrival (81.0% on the seven checks), 84.3% after round rhead20; rounds rbody22
              # by structure (a live blog's first stamp above the run, a box's pitch before its button, a question box
              # glued to its answer, a sponsor's label, a `Name for Outlet` credit, a helpline after the story) and
              # rhead22 (a programme label between the player and the byline, a two-sentence headline over its own
              # standfirst, a `Name for Outlet` credit under a two-sentence caption): 100%
              "holdout22": 0.98,
              # holdout23: 78.6% blind on arrival (78.6% on the seven checks), 79.4% after rounds rbody22 and rhead22;
              # rounds rbody23 (caption labels, bracketed posts, key-point sentences, analysis boxes) and rhead23 (a
              # credit label joined by an ellipsis, two stamps run together, a button in a tool bar, a masthead link
              # under the date, a newsroom after the byline's comma): 100%
              "holdout23": 0.98,
              # holdout24: 94.4% blind on arrival (94.0% on the seven checks), 94.4% after rounds rbodyx and rhead23;
              # round rbody24 (a `Name | OUTLET` credit split at its bar, a paid teaser between paragraphs): 100%
              "holdout24": 0.98,
              # holdout25: 94.4% blind on arrival (94.3% on the seven checks), 94.4% after round rbody24;
              # after round rhead27: 97.8%
              "holdout25": 0.97,
              # holdout26: 83.3% blind on arrival (82.1% on the seven checks), after rounds rbody26 and rhead26: 83.3%,
              # after rounds rbody27 and rhead27: 99.1%
              "holdout26": 0.98,
              # holdout27: 72.2% blind on arrival (71.4% on the seven checks), after rounds rbody26 and rhead26: 94.4%,
              # after rounds rbody27 and rhead27: 96.3%
              "holdout27": 0.96,
              # holdout28: 81.0% blind on arrival (81.6% on the seven checks), before the rounds on holdout26/27; still
              # blind after them: 81.7%; studied in rounds rbody28 and rhead28: 97.6%
              "holdout28": 0.97,
              # holdout29: 85.2% blind on arrival (85.7% on the seven checks), after rounds rbody26 and rhead26; still
              # blind after rounds rbody27, rhead27, rbody28 and rhead28: 85.2%; studied in rounds rbody29 and rhead29:
              # 96.3%
              "holdout29": 0.96,
              # holdout30: 85.2% blind on arrival (83.3% on the seven checks), after the rounds up to rhead28: new
              # outlets of the four example pages' kinds (an English broadcaster, a Spanish regional daily, a US finance
              # site, a German public broadcaster); still blind after rounds rbody29 and rhead29: 85.2%; 91.7% after a
              # fix found with made-up lines (a headline found at the page's first line, index 0, was taken for none:
              # its article-area page had been read as holding no article); studied in rounds rhead30 and rbody30: 99.1%
              "holdout30": 0.99,
              # holdout31: 87.0% blind on arrival (84.5% on the seven checks), after every round through rhead29 and
              # the first-line headline fix: twelve whole-page copies of mainstream en/es/de/fr sites; still blind after
              # rounds rhead30 and rbody30: 87.0%; studied in rounds rbody31 and rhead31: 100%
              "holdout31": 0.99,
              # holdout32: 82.2% blind on arrival (82.9% on the seven checks), after every round through rbody30: ten
              # whole-page copies (en/es/de/fr); still blind after rounds rbody31 and rhead31: 82.2%; studied in round
              # rbody32 (the body checks): 94.4% (97.1% on the seven checks), then with rhead32 (the header): 100%
              "holdout32": 0.99,
              # holdout33: 85.2% blind on arrival (83.3% on the seven checks), after every round through rhead31 and
              # two reader changes that read the corpus as before: twelve whole-page copies in six new layouts
              # (en/es/de/fr/it/nl); studied in round rbody33: 94.4%, then with rhead33: 100%
              "holdout33": 0.99,
              # holdout34: 87.0% blind on arrival (83.3% on the seven checks), at the same point: twelve whole-page
              # copies in six new layouts (en/es/de/fr/pt); still blind after rounds 32 and 33: 87.0%; studied in
              # round rbody34 (the body checks): 94.4% (all body checks pass; the misses are header checks), then
              # with rhead34: 100%
              "holdout34": 0.99,
              # holdout35: 81.5% blind on arrival (78.6% on the seven checks), after every round through rhead32:
              # twelve whole-page copies from twelve new outlets (en/fr/de/es); still blind after rounds rbody33 and
              # rhead33: 81.5%; studied in round rbody35: 96.3% (the body checks all pass), then
              # with rhead35: 100%
              "holdout35": 0.99,
              # holdout36: 86.1% blind on arrival (85.7% on the seven checks), at the same point: six whole-page and
              # six article-area copies from twelve new outlets (en/es/de/fr), a live page; still blind after rounds
              # rbody33 and rhead33: 87.0%, and after rounds 34 and 35 (four rounds): 87.0%; studied in round
              # rbody36: 99.1% (the body checks all pass; the live page's header follows from its body's start),
              # then with rhead36: 100%
              "holdout36": 0.99,
              # (holdout37 and holdout38 below stayed at their arrival figures through rounds 36: still blind)
              # holdout37: 80.6% blind on arrival (78.6% on the seven checks), after every round through rhead35:
              # twelve new outlets modelled on the biggest sites (en/fr/de/es), nine whole pages, three article areas;
              # studied in round rbody37: 89.8% (the body checks all pass; the rest is header fields), then with
              # rhead37: 100%
              "holdout37": 0.99,
              # holdout38: 89.8% blind on arrival (90.5% on the seven checks), at the same point: twelve new regional
              # and local outlets, whole pages (en/de/fr/es); still blind after rounds 36 and rbody37: 89.8%, and
              # after rhead37: 91.7% (two checks gained by that round's kinds, the pages never opened); studied in
              # round rbody38: 97.2% (the body checks all pass; the rest is lead-photo credits), then with rhead38: 100%
              "holdout38": 0.99,
              # holdout39: 92.2% blind on arrival (92.9% on the seven checks), after every round through rhead36: ten
              # new outlets of the hidden sets' kinds (broadcaster, regional daily, finance site …; en/es/de/fr);
              # studied in round rbody38: 95.6% (the body checks all pass; the rest is header fields), then with
              # rhead38: 100%
              "holdout39": 0.99,
              # holdout40: 85.2% blind on arrival (81.0% on the seven checks), after every round through rhead37:
              # twelve article-area copies (not whole pages) from new outlets (en/es/de/fr/nl); studied in round
              # rbody40: 96.3% (the body checks all pass; the rest is header fields), then with rhead40: 100%
              "holdout40": 0.99,
              # holdout41: 89.8% blind on arrival (86.9% on the seven checks), at the same point: twelve whole pages
              # from kinds the corpus had few of (long read, match report, trade site, portal; en/es/de/fr/pt/nl);
              # studied in round rbody41: 100% (the body checks and the correspondent's byline)
              "holdout41": 0.99,
              # holdout42: 81.5% blind on arrival (78.6% on the seven checks), after every round through rbody40:
              # twelve whole pages of the four example pages' kinds (broadcasters, Spanish regional dailies, US
              # markets sites, German-language public broadcasters); studied in rounds rbody42 and rhead42: 100%
              "holdout42": 0.99,
              # holdout43: 83.3% blind on arrival (81.0% on the seven checks), at the same point: twelve article-like
              # copies from mainstream outlets (en/fr/de/es/it); studied in rounds rbody42 and rhead42: 98.1% (two
              # expectations the header round disagrees with: a lone `Reportage` label as no section, `Foto` kept)
              "holdout43": 0.98,
              # holdout44: 82.4% blind on arrival (81.0% on the seven checks), after every round through rbody41:
              # twelve whole pages of the example pages' kinds again, from new outlets (broadcasters en/de, Spanish
              # regional dailies, US markets sites); still 82.4% after rounds rbody42 and rhead42; studied in rounds
              # rbody44 and rhead44: 95.4%
              "holdout44": 0.95,
              # holdout45: 72.2% blind on arrival (69.0% on the seven checks), after every round through rbody41:
              # twelve article-like selections from new outlets (en/fr/de/es/it/nl), one with no section above it;
              # 71.3% after round rbody42 (one check lost while blind: a dropped paragraph and a kept caption had
              # made its count right by accident), the same after rhead42; studied in rounds rbody44 and rhead44: 99.1%
              "holdout45": 0.99,
              # holdout46: 87.0% blind on arrival (83.3% on the seven checks), after round rbody42: twelve whole
              # pages of the sites editors clip daily (broadsheets, an agency's site, a TV station, business dailies,
              # portals republishing wire copy; en/es/de/fr); the same after rhead42, rbody44 and rhead44; studied
              # in rounds rbody46 and rhead46: 100%
              "holdout46": 0.99,
              # holdout47: 85.2% blind on arrival (84.5% on the seven checks), after round rbody42: twelve
              # article-like copies shaped like the public seed (en/fr/de/es), little furniture. Used once as a
              # validation set: rhead42's rule for a `By …` line under a bare name cost it 4 checks while blind (the
              # header block lost), and was replaced by reading the bare line as the outlet's: 86.1%; the same after
              # rbody44 and rhead44; studied in rounds rbody46 and rhead46: 97.2%
              "holdout47": 0.97,
              # holdout48: 78.7% blind on arrival (75.0% on the seven checks), after rounds rbody44 and rhead42:
              # twelve whole pages modelled on the biggest broadcasters, news channels, dailies and financial sites
              # (en/de/es/fr); the same after rhead44, rbody46 and rhead46; studied in rounds rbody48 and rhead48: 97.2%
              "holdout48": 0.97,
              # holdout49: 88.0% blind on arrival (86.9% on the seven checks), after rounds rbody44 and rhead42: twelve
              # article-like copies from new outlets (en/fr/de/es/it), headlines twice, bylines above and below; the
              # same after rhead44 and rbody46, 88.9% after rhead46; studied in rounds rbody48 and rhead48: 97.2%
              "holdout49": 0.97,
              # holdout50: 84.3% blind on arrival (81.0% on the seven checks), after rounds rbody46 and rhead46:
              # twelve whole pages of the four example pages' kinds from new outlets (en/es/de); the same after
              # rounds rbody48 and rhead48; studied in rounds rbody50 and rhead50: 100%
              "holdout50": 0.99,
              # holdout51: 88.0% blind on arrival (88.1% on the seven checks), after rounds rbody46 and rhead46:
              # twelve article-like copies from mainstream outlets (en from six countries, fr, de, es); the same after
              # rounds rbody48 and rhead48; studied in rounds rbody50 and rhead50: 96.3% (a lone upper-case topic
              # tag expected as no section, which the header round disagrees with)
              "holdout51": 0.96,
              # holdout52: 94.4% blind on arrival (94.0% on the seven checks), after rounds rbody48 and rhead48:
              # twelve whole pages of the sites editors clip most (broadcasters, dailies, a business daily, a tech
              # site; en/es/de/fr); the same after rounds rbody50 and rhead50; studied in rounds rbody52 and
              # rhead52: 100%
              "holdout52": 0.99,
              # holdout53: 90.7% blind on arrival (90.5% on the seven checks), after rounds rbody48 and rhead48:
              # twelve article-like copies from new outlets (en from four countries, fr, de, es, pt); the same after
              # rounds rbody50 and rhead50; studied in rounds rbody52 and rhead52: 99.1%
              "holdout53": 0.99,
              # holdout54: 79.6% blind on arrival (77.4% on the seven checks), after rounds rbody50 and rhead50:
              # twelve whole pages of the four example pages' kinds from new outlets (en from Ghana, Northern Ireland,
              # Fiji; es; US finance; de from Belgium, Liechtenstein, Germany); studied in rounds rbody54 and rhead54:
              # 98.1% (a time line without a day, `8:42 am Wednesday`, expected as the date: no reading can pass it)
              "holdout54": 0.98,
              # holdout55: 93.5% blind on arrival (92.9% on the seven checks), after rounds rbody50 and rhead50:
              # twelve article-like copies (en from Jamaica, the Philippines, Uganda, Fiji; fr, de, es, it, pt); the
              # same after every later round of 2026-11-30, never studied
              # studied in rounds rbody66 and rhead66 (2026-11-30): 99.1%
              "holdout55": 0.99,
              # holdout56: 78.7% blind on arrival (72.6% on the seven checks), after rounds rbody50 and rhead50:
              # twelve whole pages of sites that are not newspapers (a science magazine, a tech site, a trade paper,
              # a university newsroom, a sports site, an arts magazine, a health site, a nonprofit newsroom, a city
              # magazine, a personal-finance site, a blog platform, an agency's own site; en/fr/de/es/it); studied in
              # rounds rbody54 and rhead54: 98.1%
              "holdout56": 0.98,
              # holdout57: 91.7% blind on arrival (90.5% on the seven checks), after rounds rbody50 and rhead50:
              # twelve whole pages of the news sites editors clip most (en from five countries, es, de, fr); the same
              # after every later round of 2026-11-30, never studied
              # studied in rounds rbody66 and rhead66 (2026-11-30): 100.0%
              "holdout57": 1.00,
              # holdout58: 82.5% blind on arrival (79.6% on the seven checks), after rounds rbody50 and rhead50:
              # fourteen whole pages of the four example pages' kinds, starting as real copies do (skip links run
              # together, consent headings, one-line menus, audio hints, taglines); en/es/de; studied in rounds
              # rbody58, rhead58 and rall58: 95.2%
              "holdout58": 0.95,
              # holdout59: 84.3% blind on arrival (83.3% on the seven checks), after rounds rbody50 and rhead50:
              # twelve article-like copies (en from the UK, the US, Canada, Australia; fr, de, es); studied in rounds
              # rbody58, rhead58 and rall58: 98.1%
              "holdout59": 0.98,
              # holdout60: 81.7% blind on arrival (80.6% on the seven checks), after rounds rhead52, rbody54 and
              # rhead54: fourteen whole pages of mainstream sites (broadcasters en/de/fr, Spanish regional dailies,
              # US finance and business sites, German-language dailies), starting as real copies do; 84.9% after
              # rounds rhead58 and rbody52, 87.3% after the headline's topic check and rounds rbody58 and rall58
              # then studied in rounds rbody60 and rhead60: 98.4%
              "holdout60": 0.98,
              # holdout61: 94.4% blind on arrival (94.0% on the seven checks), after rounds rhead52, rbody54 and
              # rhead54: twelve article-like copies (en from the UK, Ireland, the US, Canada, Australia, New Zealand;
              # fr, de, es); 95.4% after the headline's topic check, 96.3% after round rhead60 (never studied; that
              # round's helper saw one page's name in a search, not its text)
              # studied in rounds rbody66 and rhead66 (2026-11-30): 100.0%
              "holdout61": 1.00,
              # holdout62: 80.2% blind on arrival (76.5% on the seven checks), after every round of 2026-11-30 and
              # the headline's topic check: fourteen whole pages of the four example pages' kinds (en from Gibraltar,
              # Darwin, Belize, Namibia; Spanish dailies; US finance; de from Hesse, Switzerland, Austria); 81.0%
              # after round rall58; studied in rounds rbody60 and rhead60: 96.8%
              "holdout62": 0.96,
              # holdout63: 96.3% blind on arrival (95.2% on the seven checks), after every round of 2026-11-30 and
              # the headline's topic check: twelve article-like copies (en from six countries, fr, de, es)
              # studied in rounds rbody66 and rhead66 (2026-11-30): 99.1%
              "holdout63": 0.99,
              # holdout65: 88.9% blind on arrival (88.1% on the seven checks), after every round to rall58, the
              # topic check and its review: twelve whole pages of mainstream dailies and broadcasters (en from four
              # countries, fr, de, es)
              # studied in rounds rbody66 and rhead66 (2026-11-30): 99.1%
              "holdout65": 0.99,
              # holdout64: 81.0% blind on arrival (79.6% on the seven checks), as holdout65: fourteen whole pages of
              # the four example pages' kinds (en from the Isle of Wight, Zambia, the Bahamas, Guam; Spanish dailies;
              # US markets sites; German-language broadcasters)
              # 84.1% after rounds rbody60 and rhead60 (never studied)
              # studied in rounds rbody66 and rhead66 (2026-11-30): 100.0%
              "holdout64": 1.00,
              # holdout66–71: blind on arrival after every round to rbody60/rhead60 (2026-11-30 morning), never studied:
              # holdout66, fourteen whole pages of the four example pages' kinds (en from Samoa, the Solomon Islands,
              # Eswatini, the Seychelles; Spanish dailies; US finance; German-language public broadcasters): 89.7%
              # (87.8% on the seven checks)
              # studied in rounds rbody72, rhead72 and rbody72b (2026-11-30): 99.2%
              "holdout66": 0.99,
              # holdout67, twelve article-like copies (en from four countries, es, de, fr, it, pt, nl): 92.6% (91.7%)
              # studied in rounds rbody72, rhead72 and rbody72b (2026-11-30): 99.1%
              "holdout67": 0.99,
              # holdout68, twelve whole pages of sites that are not newspapers (a council, a university, an NGO, trade
              # press, magazines, a sports federation and club, a tech blog, a transport and a health authority; en,
              # fr, it, pt, nl, es, de): 86.1% (82.1%)
              # studied in rounds rbody72, rhead72 and rbody72b (2026-11-30): 98.1%
              "holdout68": 0.98,
              # holdout69, fourteen whole pages of the four example pages' kinds (en from Bermuda, the Falklands,
              # Barbados, Guyana; Spanish and Latin American dailies; US finance; de from Austria, Switzerland,
              # Baden): 90.5% (87.8%)
              # studied in rounds rbody72, rhead72 and rbody72b (2026-11-30): 100.0%
              "holdout69": 1.00,
              # holdout70, twelve article-like copies shaped like the public seed (en from five countries, es, de, fr,
              # nl, it): 90.7% (89.3%)
              # studied in rounds rbody72, rhead72 and rbody72b (2026-11-30): 100.0%
              "holdout70": 1.00,
              # holdout71, twelve whole pages of the mainstream sites editors clip most (tabloids, papers of record, an
              # agency, 24-hour channels; en from six countries, es, de, fr, it): 92.6% (92.9%)
              # studied in rounds rbody72, rhead72 and rbody72b (2026-11-30): 100.0%
              "holdout71": 1.00,
              # holdout72–75: blind on arrival after the same rounds (2026-11-30, written while rounds rbody66,
              # rhead66, rbody72 and rhead72 ran on other folders), never studied:
              # holdout72, fourteen whole pages of the example pages' kinds (en from Vanuatu, Nepal, Zanzibar, Jersey;
              # Spanish dailies; US insurance, venture and energy sites; German-language broadcasters): 88.9% (86.7%)
              # studied in round rall76 (2026-11-30): 98.4%
              "holdout72": 0.98,
              # holdout73, twelve article-like copies (en from five countries, es, fr, de, it, pt, nl): 89.8% (90.5%)
              # studied in round rall76 (2026-11-30): 93.5%
              # studied in round r1 (2026-11-30): 97.2%
              "holdout73": 0.97,
              # holdout74, fourteen whole pages of the example pages' kinds, as messy as real copies (a story after a
              # 60-line menu, tickers, schedules, widgets; en from four countries, es from Spain and Latin America, US
              # finance, German-language broadcasters): 92.1% (92.9%)
              # studied in round rall76 (2026-11-30): 98.4%
              "holdout74": 0.98,
              # holdout75, twelve whole pages of news sites editors clip daily (en from six countries, fr, de, es, it,
              # nl, pt): 98.1% (97.6%)
              # studied in round rall76 (2026-11-30): 100.0%
              "holdout75": 1.00,
              # holdout76–79: blind on arrival after rounds rbody66, rhead66, rbody72 and rhead72 (written while
              # rounds rbody72b and rall76 ran on other folders), never studied:
              # holdout76, fourteen whole pages of the example pages' kinds (en from Mount Gambier, Timaru, Tralee,
              # Rarotonga; Spanish dailies; US ETF, dividend and real-estate sites; de from Lower Saxony, Upper
              # Austria, St. Gallen): 77.0% (76.5% on the seven checks)
              # studied in round rall80 (2026-11-30): 93.7%
              "holdout76": 0.93,
              # holdout77, twelve article-like copies (en from five countries, es, fr, de, it, pt, nl): 100% (100%)
              # studied in round rall80 (2026-11-30): 100.0%
              "holdout77": 1.00,
              # holdout78, fourteen whole pages of the example pages' kinds, as messy as real copies (en from Botswana,
              # Davao, Port Moresby, Fairbanks; es from Spain, Chile, Mexico; US loans, stock-picking and tax sites;
              # German-language broadcasters): 89.7% (87.8%)
              # studied in round rall80 (2026-11-30): 92.1%
              "holdout78": 0.92,
              # holdout79, twelve whole pages of news sites editors clip daily (en from four countries, fr, de, es, it,
              # nl, pt): 87.0% (83.3%)
              # studied in round rall80 (2026-11-30): 94.4%
              "holdout79": 0.94,
              # holdout80–83: blind on arrival after the same rounds (written while rounds rbody72b, rall76 and rall80
              # ran on other folders), never studied:
              # holdout80, fourteen whole pages of the example pages' kinds (en from Skye, North Wales, St Lucia, the
              # Gambia; Spanish dailies; US banking-regulation, small-cap and farm-finance sites; de from Vorarlberg,
              # Brandenburg, Hesse): 94.4% (92.9% on the seven checks); 92.9% after round rall76 (a fact box under
              # a bare `Weitere Informationen` label, closed by `Ende der weiteren Informationen`, now read as a link
              # list's label: its paragraph stays in the body, two checks lost while blind)
              # studied in round rall84 (2026-11-30): 96.8%; 98.4% once a box closed by its own name is one box
              "holdout80": 0.98,
              # holdout81, twelve article-like copies (en from five countries, es, fr, de, it, pt, nl): 97.2% (96.4%)
              # studied in round rall84 (2026-11-30): 97.2%
              "holdout81": 0.97,
              # holdout82, fourteen whole pages of the example pages' kinds, as messy as real copies (en from Sabah,
              # Tamale, Palmerston North, Lethbridge; es from Spain, Bolivia, Ecuador; US credit-card, private-equity
              # and student-loan sites; German-language broadcasters): 90.5% (87.8%)
              # studied in round rall84 (2026-11-30): 96.0%
              "holdout82": 0.96,
              # holdout83, twelve whole pages of news sites editors clip daily (en from four countries, fr, de, es, it,
              # nl, pt): 99.1% (98.8%)
              # studied in round rall84 (2026-11-30): 99.1%
              "holdout83": 0.99,
              # holdout84–87: blind on arrival after rounds rbody66, rhead66, rbody72, rhead72 and rbody72b (written
              # while rounds rall76, rall80 and rall84 ran on other folders), studied in the afternoon:
              # holdout84, fourteen whole pages of the example pages' kinds (en from Labrador, Anguilla, Palau, Cairns;
              # Spanish dailies; US bankruptcy, SEC-filings and precious-metals sites; de from Lüneburg, the
              # Salzkammergut, Appenzell): 88.9% (86.7% on the seven checks)
              # 88.9% after every round of the morning of 2026-11-30 (blind)
              # studied in round rall88 (2026-11-30): 98.4%
              "holdout84": 0.98,
              # holdout85, twelve article-like copies (en from five countries, es, fr, de, it, pt, nl): 90.7% (89.3%)
              # 94.4% after every round of the morning of 2026-11-30 (blind)
              # studied in round rall88b (2026-11-30): 100%
              "holdout85": 1.00,
              # holdout86, fourteen whole pages of the example pages' kinds, as messy as real copies (en from Eldoret,
              # Lismore, Kamloops, Banjul; es from Spain, Chile, Colombia; US markets and business sites; de from
              # Thurgau, Greifswald, Emden): 89.7% (88.8%)
              # 93.7% after every round of the morning of 2026-11-30 (blind)
              # studied in round rall88 (2026-11-30): 100%
              "holdout86": 1.00,
              # holdout87, twelve whole pages of news sites editors clip daily (en from five countries, fr, de, es, it,
              # nl, pt): 92.6% (91.7%)
              # 93.5% after every round of the morning of 2026-11-30 (blind)
              # studied in round rall88b (2026-11-30): 100%
              "holdout87": 1.00,
              # holdout88–93: blind on arrival (2026-11-30, before rounds rall88 and rall88b, written while they ran):
              # holdout88, fourteen whole pages of the example pages' kinds (en from Kuching, Sapporo, Gisborne, the
              # Hebrides; Spanish dailies; US markets sites; de from Bautzen, Völklingen, Steyr): 78.6% (75.5%)
              # studied in round rall94a (2026-11-30): 100%
              "holdout88": 1.00,
              # holdout89, twelve article-like copies (en, fr, de, es, it, pt, nl; one shaped like the seed): 94.4%
              # (92.9%)
              # studied in round rall94b (2026-11-30): 99.1%
              "holdout89": 0.99,
              # holdout90, fourteen whole pages of the example pages' kinds, as messy as real copies (en from Mayo,
              # Barbados, Davao, Bloemfontein; es from Spain, Uruguay, Mexico; US markets sites; de from Linz, Aarau,
              # Saarbrücken): 83.3% (83.7%)
              # studied in round rall94a (2026-11-30): 97.6%
              "holdout90": 0.97,
              # holdout91, twelve whole pages of news sites editors clip daily (en, fr, it, pt, nl, de, es): 92.6%
              # (91.7%)
              # studied in round rall94b (2026-11-30): 100%
              "holdout91": 1.00,
              # holdout92, fourteen whole pages of the example pages' kinds (regional desks: Broome, Foyle, Kerry,
              # Corner Brook; Galicia, Andalusia, La Palma, Castile; US personal finance, markets, a company wire;
              # de from Rosenheim, Bremerhaven, Plauen): 96.8% (95.9%)
              # studied in round rall94b (2026-11-30): 100%
              "holdout92": 1.00,
              # holdout93, twelve article-like copies (regional papers, trade press, a university, a city hall, an NGO,
              # sports clubs; en, es, de, fr, nl; two shaped like the seed): 85.2% (82.1%)
              # 87.0% blind after round rall88; studied in round rall94b (2026-11-30): 100%
              "holdout93": 1.00,
              # holdout94–97: blind on arrival (2026-11-30, before rounds rall88, rall88b, rall94a and rall94b, written
              # while they ran):
              # holdout94, fourteen whole pages of the example pages' kinds (en from Melaka, Grimsby, Swakopmund,
              # Llandudno; es from Valdepeñas, La Gomera, Villena, Eibar; US markets sites; de from Freistadt, Meißen,
              # Davos): 94.4% (92.9%)
              # studied in round rall98a (2026-11-30): 98.4%
              "holdout94": 0.98,
              # holdout95, twelve article-like copies (en, fr, de, es, it, pt, nl; one shaped like the seed): 84.3%
              # (81.0%)
              # 89.8% blind after round rall88; studied in round rall98b (2026-11-30): 95.4%
              "holdout95": 0.95,
              # holdout96, fourteen whole pages of the example pages' kinds, as messy as real copies (en from Cayman,
              # Malawi, Sierra Leone, Liberia; es from Requena, Don Benito, Paraguay, Venezuela; US markets and
              # business sites; de from Neubrandenburg, Krems, Altdorf): 92.9% (91.8%)
              # studied in round rall98a (2026-11-30): 97.6%
              "holdout96": 0.97,
              # holdout97, twelve whole pages of news sites editors clip daily (en from three countries, fr, de, es, it,
              # pt, nl): 88.9% (88.1%)
              # studied in round rall98b (2026-11-30): 98.1%
              "holdout97": 0.98,
              # holdout98–101: blind on arrival (2026-11-30, after rounds rall88, rall88b, rall94a and rall94b; written
              # while rounds rall98a and rall98b ran):
              # holdout98, fourteen whole pages of the example pages' kinds (en from Zambia, a US local station,
              # Keighley, Bequia; es from Órgiva, Calamocha, Fraga, Figueres; US markets and personal-finance sites;
              # de from Husum, the Sihlsee, Zwettl): 92.9% (90.8%)
              # studied in round rall102a (2026-11-30): 96.8%
              "holdout98": 0.96,
              # holdout99, twelve article-like copies (en from five countries, fr, de, es, it, pt, nl; one shaped like
              # the seed): 96.3% (95.2%)
              # studied in round rall102b (2026-11-30): 99.1%
              "holdout99": 0.99,
              # holdout100, fourteen whole pages of the example pages' kinds, as messy as real copies (en from Antigua,
              # Papua New Guinea, Grenada, Lesotho; es from Reus, Marín, Guanacaste, Quetzaltenango; US markets sites;
              # de from Zwiesel, Südbaden, Brunsbüttel): 88.1% (85.7%)
              # studied in round rall102a (2026-11-30): 99.2%
              "holdout100": 0.99,
              # holdout101, twelve whole pages of news sites editors clip daily (en from three countries, fr, de, es,
              # it, pt, nl): 89.8% (88.1%)
              # studied in round rall102b (2026-11-30): 100%
              "holdout101": 1.00,
              # holdout102–104: blind on arrival (2026-11-30, after rounds rall98a and rall98b; written while rounds
              # rall102a and rall102b ran):
              # holdout102, fourteen whole pages of the example pages' kinds (en from Dawson City, Broken Hill,
              # Lerwick, Jinja; es from Jaca, Arrecife, Alcañiz, Écija; US markets sites; de from Zofingen, Wolfsberg,
              # Coburg): 87.3% (85.7%)
              # studied in round rA (2026-11-30): 96.8%
              "holdout102": 0.96,
              # holdout103, twelve article-like copies (en from five countries, fr, de, es, it, pt, nl; one shaped like
              # the seed): 93.5% (91.7%)
              # studied in round rB (2026-11-30): 98.1%
              "holdout103": 0.98,
              # holdout104, twelve whole pages of news sites editors clip daily (en from four countries, fr, de, es, it,
              # pt, nl): 95.4% (96.4%)
              # studied in round rA (2026-11-30): 98.1%
              "holdout104": 0.98,
              # holdout106, twelve article-like copies (en from five countries, pt, de, fr, it, es, nl, sv; two shaped
              # like the seed): 96.3% (95.2%), blind on arrival at 10:45 (the reader of the evening before)
              # studied in round rB (2026-11-30): 100%
              "holdout106": 1.00,
              # holdout105, 107 and 108: blind on arrival (2026-11-30 at 10:50, the reader of the evening before;
              # written while rounds rA and rB ran):
              # holdout105, fourteen whole pages of the example pages' kinds (en from Canada, Australia, the US, the
              # Fens; fr from Saint-Nazaire, Namur; de from the Feldberg, Switzerland; nl, it, es, pt, pt-BR, ca):
              # 88.1% (85.7%)
              # studied in round rC (2026-11-30): 96.8%
              "holdout105": 0.96,
              # holdout107, twelve whole pages of news sites editors clip daily (en from the UK, India, the US,
              # Australia; fr, es from Mexico, nl, it, pt, de from Austria): 93.5% (91.7%)
              # studied in round rD (2026-11-30): 100.0%
              "holdout107": 0.99,
              # holdout108, twelve whole pages as messy as real copies (en from Norwich, New Zealand, Canada, India, the
              # US; de, fr, it, es, nl, pt-BR, sv): 88.9% (85.7%)
              # studied in round rC (2026-11-30): 93.5%
              # studied in round r1 (2026-11-30): 94.4%
              "holdout108": 0.94,
              # holdout109–112: blind on arrival (2026-11-30 at 11:05, the same reader; written while rounds rA and rB
              # ran):
              # holdout109, fourteen whole pages of the example pages' kinds (en from the UK, Canada, Australia, the
              # US, India, New Zealand, Kenya; fr from Switzerland, de from Austria, es from Mexico, it, pt-BR, nl,
              # sv): 87.3% (83.7%)
              # studied in round rD (2026-11-30): 100.0%
              "holdout109": 0.99,
              # holdout110, twelve article-like copies (en from six countries, two shaped like the seed; fr, de, es,
              # it, pt, nl): 97.2% (96.4%)
              # studied in round rF (2026-11-30): 100.0%
              "holdout110": 0.99,
              # holdout111, twelve whole pages of news sites editors clip daily (en from the UK, the US, Scotland,
              # Kenya, a Baltic wire; nl, de, es, it, fr, pt): 91.7% (91.7%)
              # studied in round rE (2026-11-30): 100.0%
              "holdout111": 0.99,
              # holdout112, twelve whole pages as messy as real copies (en from the UK, New Zealand, the US, Canada;
              # de, fr, it, nl, es from Spain and Colombia, pt-BR): 94.4% (92.9%)
              # studied in round rE (2026-11-30): 100.0%
              "holdout112": 0.99,
              # holdout113–114: blind on arrival (2026-11-30 at 11:55, after rounds rA, rB and rD and the speed merge;
              # written while rounds rC and rE ran):
              # holdout113, fourteen whole pages of the example pages' kinds (en from the UK, Canada, Australia,
              # Ireland, Kenya, the US; fr from Nantes and Québec; es from Mexico and Bilbao; it, nl, de, pt-BR): 92.9%
              # (92.9%)
              # studied in round rF (2026-11-30): 96.8%
              "holdout113": 0.96,
              # holdout114, twelve article-like copies (en from six countries, two shaped like the seed; pt-BR, de
              # from Austria, it, fr from Québec, es from Mexico, nl from Flanders): 97.2% (96.4%)
              # studied in round rH (2026-11-30): 97.2%
              "holdout114": 0.97,
              # holdout115–117: blind on arrival (2026-11-30 at 12:50, after all six rounds of that session):
              # holdout115, twelve whole pages of the example pages' kinds (en from Canada, the US, Australia, Scotland;
              # de from Graz and Zürich, fr, it, pt, nl, es): 87.0% (84.5%)
              # studied in round rG (2026-11-30): 94.4%
              # studied in round rK (2026-11-30): 96.3%
              "holdout115": 0.96,
              # holdout116, twelve whole pages as messy as real copies (en from Australia, Canada, India, the US; fr
              # from Nantes and Vevey, de from Graz, es, it, pt-BR, nl, sv): 85.2% (81.0%)
              # studied in round rG (2026-11-30): 92.6%
              # studied in round rK (2026-11-30): 93.5%
              "holdout116": 0.93,
              # holdout117, twelve article-like copies (en from five countries, two shaped like the seed; fr, de, es,
              # it, pt, nl, sv): 94.4% (94.0%)
              # studied in round rH (2026-11-30): 100.0%
              "holdout117": 0.99,
              # holdout118–121: blind on arrival (2026-11-30 at 13:10, on the reader of 4b81067, before rounds rG/rH):
              # holdout118, twelve whole pages of the example pages' kinds (en from Australia, Ireland, Canada, South
              # Africa, the US; fr, de, nl, it, es from Chile, pt, sv): 91.7% (89.3%)
              # studied in round rI (2026-11-30): 95.4%
              # studied in round rK (2026-11-30): 99.1%
              "holdout118": 0.99,
              # holdout119, twelve whole pages as messy as real copies (en from the UK, the US, New Zealand, India; de
              # from Bremerhaven and Davos, fr, nl from Flanders, es, it, pt, sv): 93.5% (91.7%)
              "holdout119": 0.93,
              # holdout120, twelve whole pages of the sites editors clip daily (a wire, science, think-tank, university,
              # local TV, sports and business pages; en, fr, de, it, es from Mexico, nl, pt): 88.9% (85.7%)
              # studied in round rI (2026-11-30): 94.4%
              # studied in round rK (2026-11-30): 99.1%
              "holdout120": 0.99,
              # holdout121, fourteen whole pages of the example pages' kinds (en from Ireland, the UK, the US, New
              # Zealand, Kenya, India, Australia; de, pt, fr, es from Chile, it, nl): 92.9% (90.8%)
              # studied in round rJ (2026-11-30): 97.6%
              "holdout121": 0.97,
              # holdout122–125: blind on arrival (2026-11-30 at 14:01, on the reader of be5a929, after rounds rG, rH
              # and rI):
              # holdout122, twelve whole pages of the example pages' kinds (en from Scotland, Wales, Switzerland,
              # Argentina, Denmark, Poland, Singapore, the Philippines; fr from Liège, de from Styria, pt-BR, nb):
              # 100.0% (100.0%)
              "holdout122": 1.0,
              # holdout123, twelve whole pages as messy as real copies (en from Australia, India, the US, Kenya, the
              # UK; fr, de from Graz, es from Mexico, it, pt-BR, nl, sv): 96.3% (96.4%)
              "holdout123": 0.96,
              # holdout124, twelve whole pages of the sites editors clip daily (wires, a city paper, an NGO, sports,
              # climate, business, a council newsroom, culture, health, tech; en, es, fr, de, it, pt-BR, nl): 89.8%
              # (89.3%)
              # studied in round rJ (2026-11-30): 99.1%
              "holdout124": 0.99,
              # holdout125, twelve article-like copies (two shaped like the seed; en from five countries, fr, pt, de,
              # es, it, nl): 93.5% (95.2%)
              # studied in round rK (2026-11-30): 95.4%
              "holdout125": 0.95,
              # holdout126–129: blind (written 2026-11-30 at 14:05–14:10 while rounds rJ and rK ran, never opened by a
              # round); scored on arrival on the reader of be5a929 and again after rJ and rK: the same both times:
              # holdout126, fourteen whole pages of the example pages' kinds (en from Ghana, Nigeria, Malta, Finland,
              # Iceland, Hong Kong; fr from Luxembourg and Québec; ca, gl, it, de from Bavaria, nl, ms): 92.1% (90.8%)
              # studied in round rM (2026-11-30): 97.6%
              "holdout126": 0.97,
              # holdout127, twelve whole pages as messy as real copies (en from South Africa, India, Nigeria, the US,
              # Australia, Singapore; fr from Charleroi, de from Salzburg, es from Colombia, it, pt-BR, nl): 92.6%
              # (91.7%)
              # studied in round rL (2026-11-30): 96.3%
              "holdout127": 0.96,
              # holdout128, twelve whole pages of the sites editors clip daily (a wire, science, transport, education,
              # farm, court, council and NGO pages; en, fr, it, es, de, nl, pt-BR): 94.4% (92.9%)
              # studied in round rN (2026-11-30): 97.2%
              "holdout128": 0.97,
              # holdout129, twelve article-like copies (two shaped like the seed; en from five countries, fr, de, es,
              # it, pt, nl): 100.0% (100.0%)
              "holdout129": 1.0,
              # holdout130–131: blind on arrival (2026-11-30 at 14:51, on the reader of 3eaf7f5, after every round of
              # that session):
              # holdout130, fourteen whole pages of the example pages' kinds (en from Wales, Jutland, Estonia, Zambia,
              # Jamaica, Fiji, Sri Lanka; fr from Rennes, de from Tyrol, it from Ticino, es from Seville and Chile, pt
              # from the Azores, nl from Friesland): 93.7% (94.9%)
              "holdout130": 0.93,
              # holdout131, twelve whole pages as messy as real copies (en from the UK, the US, Kenya, Australia,
              # Canada; fr, de from Graz, es, it, pt, nl, sv): 95.4% (94.0%)
              "holdout131": 0.95,
              # holdout132–135: blind on arrival (2026-11-30 at 15:50, on the reader of ca48a2a):
              # holdout132, fourteen whole pages of the example pages' kinds (en from Norway, Ireland, New Zealand,
              # Estonia; es from Chile and Mexico, pt from Portugal and Brazil, fr from Switzerland and Liège, nl from
              # Ghent, de from Austria, da, it from Ticino): 96.8% (95.9%)
              "holdout132": 0.96,
              # holdout133, twelve whole pages as messy as real copies (a tabloid, ad-heavy portals, cricket, tech,
              # a city guide, a music magazine; en, fr, de, es, it, pt, nl): 81.5% (77.4%)
              # studied in round rL (2026-11-30): 90.7%
              # studied in round r1 (2026-11-30): 93.5%
              # studied in round r6 (2026-11-30): 96.3%
              "holdout133": 0.96,
              # holdout134, twelve whole pages of the sites editors clip daily (a US daily, a wire, broadcasters,
              # business, health, culture, local; en, fr, de, es, it, nl, pt): 91.7% (89.3%)
              # studied in round rM (2026-11-30): 96.3%
              "holdout134": 0.96,
              # holdout135, twelve article-like copies (two shaped like the seed; en from six countries, fr, de, es,
              # it, nl, pt): 91.7% (90.5%)
              # studied in round rN (2026-11-30): 100.0%
              "holdout135": 1.00,
              # holdout136–139: blind (written 2026-11-30 at 16:05–16:20 while rounds rL, rM and rN ran, never opened
              # by a round); scored on arrival on the reader of ca48a2a and again after rM and rN: the same both times:
              # holdout136, twelve whole pages as messy as real copies (a tabloid, ad-heavy portals, a consumer-tech
              # blog, motoring, sport, local radio; en from six countries, fr, de, es, it, pt-BR, nl): 81.5% (79.8%)
              # studied in round rO (2026-11-30): 95.4%
              # studied in round r2 (2026-11-30): 97.2%
              "holdout136": 0.97,
              # holdout137, twelve whole pages of the sites editors clip daily (a national daily, a wire, a
              # broadcaster, business, health, an NGO, culture, sport, local; en from six countries, fr, de, es, it,
              # nl, pt): 92.6% (90.5%)
              # studied in round rO (2026-11-30): 92.6%
              # studied in round r1 (2026-11-30): 95.4%
              "holdout137": 0.95,
              # holdout138, fourteen whole pages of the example pages' kinds (en from Scotland, Wales, Singapore,
              # Canada; gl, es from Andalusia and Argentina, nl from Flanders, de from Luxembourg and Biel, fr from
              # Québec, it from Sardinia, pt from Mozambique and Angola): 87.3% (83.7%)
              # studied in round rP (2026-11-30): 97.6%
              "holdout138": 0.97,
              # holdout139, twelve article-like copies (two shaped like the seed; en from six countries, fr, de, es,
              # it, nl, pt): 97.2% (97.6%)
              # studied in round rP (2026-11-30): 97.2%
              # studied in round r1 (2026-11-30): 99.1%
              "holdout139": 0.99,
              # holdout140–143: blind (written 2026-11-30 at 16:35–16:50 while rounds rO and rP ran, never opened by a
              # round); scored on arrival on the reader of 8662dc5 (after rL, rM and rN):
              # holdout140, twelve whole pages as messy as real copies (a tabloid, football, an ad-heavy portal,
              # celebrity, a gadget blog, free dailies; en from six countries, fr, de, es, it, pt-BR, nl): 82.4% (77.4%)
              # studied in round rQ (2026-11-30): 89.8%
              # studied in round r2 (2026-11-30): 95.4%
              "holdout140": 0.95,
              # holdout141, fourteen whole pages of the example pages' kinds (en from Cornwall, Northern Ireland,
              # Kenya, South Africa; es from Bilbao, Gijón, Uruguay; nl from Drenthe, de and it from South Tyrol, pt
              # from Cape Verde and the Azores, fr from the Vallée de Joux and Brittany): 96.8% (95.9%)
              "holdout141": 0.96,
              # holdout142, twelve whole pages of the sites editors clip daily (a national daily, a wire, broadcasters,
              # business, tech, health, culture, sport, local; en from six countries, fr, de-CH, es-AR, it, nl, pt):
              # 83.3% (81.0%)
              # studied in round rQ (2026-11-30): 92.6%
              # studied in round r2 (2026-11-30): 96.3%
              "holdout142": 0.96,
              # holdout143, twelve article-like copies (two shaped like the seed; en from six countries, fr, de, es,
              # it, nl, pt): 96.3% (96.4%)
              "holdout143": 0.96,
              # holdout144–147: blind (written 2026-11-30 at 17:42–17:47 while rounds rQ and rT2 ran, never opened by a
              # round); scored on arrival on the reader of 66ca101 (after rO, rP, rT and the review's narrowing):
              # holdout144, twelve whole pages as messy as real copies (a tabloid, rugby, an ad-heavy portal, showbiz,
              # a phone-review blog, local TV; en from six countries, fr, de, es, it, pt, nl): 91.7% (89.3%); after
              # rQ 93.5% (91.7%)
              # studied in round r6 (2026-11-30): 97.2%
              "holdout144": 0.97,
              # holdout145, twelve whole pages of the sites editors clip daily (a national daily, a wire, public radio,
              # business, health, science, tech, sport, local; en from six countries, fr, de, es, it, nl, pt): 95.4%
              # (94.0%)
              "holdout145": 0.95,
              # holdout146, twelve whole pages of the example pages' kinds (en from the Isle of Man, Guernsey,
              # Australia, Ireland; es from Lanzarote and Arequipa, nl from Friesland, de from Liechtenstein, pt from
              # Goa and Macau, fr from the Swiss Jura, it from Friuli): 96.3% (95.2%)
              "holdout146": 0.96,
              # holdout147, twelve article-like copies (two shaped like the seed; en from six countries, fr, de, es,
              # it, nl, pt): 95.4% (94.0%)
              "holdout147": 0.95,
              # holdout148–149: blind (written 2026-11-30 at 18:45–18:55 while rounds r1 and r2 ran, never opened by a
              # round); scored on arrival on the reader of c59a700 (the session's start):
              # holdout148, twelve whole pages as messy as real copies (a tabloid, a football club, an ad-heavy portal,
              # showbiz, a tech-review blog, local TV, a farming weekly, motoring, property, a student paper, a city
              # magazine, a trade paper; en from six countries, pt, it, de, fr, es, nl): 89.8% (86.9%)
              # studied in round r3 (2026-11-30): 95.4%
              # studied in round r9 (2026-11-30): 97.2%
              "holdout148": 0.97,
              # holdout149, twelve whole pages of the sites editors clip daily (a national daily, a wire, a public
              # broadcaster, business, health, science, tech, climate, sport, culture, a city paper, a politics
              # newsletter's web edition; en from six countries, nl, de, pt, it, fr, es): 91.7% (89.3%)
              # studied in round r3 (2026-11-30): 97.2%
              "holdout149": 0.97,
              # holdout150–151: blind (written 2026-11-30 at 19:00–19:10 while rounds r1, r2 and r3 ran, never opened by
              # a round); scored on arrival on the reader of c59a700 (the session's start):
              # holdout150, twelve whole pages as messy as real copies (local radio, a basketball league, an ad-heavy
              # daily, food, gaming, a weather blog, wine trade, aviation, a university's press page, a neighbourhood
              # blog, fashion, shipping; en from six countries, de, it, fr, es, pt-BR, nl-BE): 87.0% (84.5%)
              # studied in round r4 (2026-11-30): 93.5%
              # studied in round r9 (2026-11-30): 96.3%
              "holdout150": 0.96,
              # holdout151, twelve whole pages of the example pages' kinds (broadcasters, regional dailies, finance
              # sites, public broadcasters; en from Kenya, New Zealand, Australia, Singapore, South Africa; fr-CA,
              # es-CO, pt, nl, de-AT, it-CH, sv): 96.3% (97.6%)
              "holdout151": 0.96,
              # holdout152: blind (written 2026-11-30 at 19:47–19:57, after rounds r1–r4 merged, never opened by a
              # round); scored on arrival on the reader of 50bcece: twelve whole pages as messy as real copies (a
              # tabloid, cycling, an ad-heavy portal, music, a phone-review blog, local TV, hunting/fishing, rail,
              # travel, a community weekly, parenting, crypto; en from six countries, nl, it, de, pt, es-MX, fr-CH):
              # 86.1% (83.3%)
              # studied in round r5 (2026-11-30): 90.7%
              # studied in round r6 (2026-11-30): 95.4%
              # studied in round r9 (2026-11-30): 97.2%
              "holdout152": 0.97,
              # holdout153: blind, written and scored like holdout152: twelve whole pages of the sites editors clip
              # daily (a national daily, a wire, a public broadcaster, business, a medical journal's news, space,
              # cybersecurity, agriculture, golf, books, a regional paper, a think tank; en from six countries, it, es,
              # de-CH, nl, fr, pt-BR): 90.7% (89.3%)
              # studied in round r5 (2026-11-30): 97.2%
              "holdout153": 0.97,
              # holdout154–157: blind (written 2026-11-30 at 20:45–20:58, session 16's first wave, never opened by a
              # round); scored on arrival on the reader of 8c6b5da (session 15's end):
              # holdout154, twelve whole pages as messy as real copies (a regional tabloid, a live blog, regional
              # dailies, a city daily, a regional broadcaster, local TV, a portal, a national paper, a sports site, a
              # digital daily; en from five countries, fr, de, es-AR, nl, it): 91.7% (90.5%)
              # studied in round r8 (2026-11-30): 100%
              "holdout154": 0.99,
              # holdout155, twelve whole pages as messy as real copies of regional and local sites, magazines and trade
              # titles (reader comments under the story; en from six countries, pt, fr, sv, pl, de): 86.1% (83.3%)
              # studied in round r7 (2026-11-30): 96.3%
              "holdout155": 0.96,
              # holdout156, twelve whole pages of the sites editors clip daily (broadsheets, a wire, public
              # broadcasters, tech, science, business; en from five countries, es, de-CH, fr, it, nl): 88.9% (86.9%)
              # studied in round r7 (2026-11-30): 96.3%
              "holdout156": 0.96,
              # holdout157, twelve article-like copies (regional and local dailies, a magazine, a science site, a
              # wire; en from six countries, de, de-AT, pt, fr-CH, es-AR): 97.2% (97.6%)
              # studied in round r8 (2026-11-30): 100%
              "holdout157": 0.99,
              # holdout158–161: blind (written 2026-11-30 at 21:05–21:20 while rounds r6, r7, r8 ran, never opened by
              # a round); scored on arrival on the reader of 8c6b5da:
              # holdout158, twelve whole pages as messy as real copies (a regional daily, a sports portal, tech,
              # science, a theatre review, a consumer body, a parliament vote, a county site, a local site, a farm
              # paper, an arts magazine, a cricket report; en from five countries, de, fr, es, nl, pt): 90.7% (88.1%)
              # studied in round r10 (2026-11-30): 90.7%
              # studied in round r13 (2026-11-30): 98.1%
              "holdout158": 0.98,
              # holdout159, twelve whole pages of the sites editors clip daily (a wire, national dailies, business,
              # tech, a public broadcaster, opinion, health, science; en from four countries, fr, de, nl, es, it, pt):
              # 92.6% (91.7%)
              # studied in round r12 (2026-11-30): 98.1%
              "holdout159": 0.98,
              # holdout160, twelve whole pages of the example pages' kinds (public broadcasters, regional dailies,
              # finance sites; en from four countries, es, es-AR, pt-BR, de, de-AT, fr, nl, it): 90.7% (89.3%)
              # studied in round r10 (2026-11-30): 93.5%
              # studied in round r13 (2026-11-30): 97.2%
              "holdout160": 0.97,
              # holdout161, twelve whole pages as messy as real copies (local weeklies, a tabloid, a city daily, a
              # hobby magazine, trade sites, city portals; en from three countries, de, fr, it, sv, pl): 89.8% (86.9%)
              # studied in round r11 (2026-11-30): 95.4%; 92.6% once its restated-standfirst rule was taken back
              # (blind holdout167 showed a lede sharing 0.41 of its words with the next paragraph; the rule took 0.4)
              "holdout161": 0.92,
              # holdout162–165: blind (written 2026-11-30 at 21:52–22:08 while rounds r9 and r10 ran, never opened
              # by a round); scored on arrival on the reader of f2fec8b (after r6, r7, r8):
              # holdout162, twelve whole pages as messy as real copies (tabloids, local TV, a broadsheet's business
              # pages, a local weekly, sport, entertainment, a national daily, a sports daily, a regional broadcaster,
              # business; en from four countries, de-AT, fr-BE, es, nl, pt-BR): 92.6% (91.7%)
              # studied in round r11 (2026-11-30): 97.2%; 95.4% after review s17 took back `Read more about …` as a
              # related label (an explainer's subheading too): 162_teesside_hydrogen's label over its links
              "holdout162": 0.95,
              # holdout163, twelve whole pages of the sites editors clip daily (national dailies, a wire, a public
              # broadcaster, business, tech, health, culture, science; en from five countries, fr, es-MX, de, nl,
              # pt-BR): 93.5% (92.9%)
              # studied in round r12 (2026-11-30): 99.1%
              "holdout163": 0.99,
              # holdout164, twelve whole pages as messy as real copies (a regional daily, trade titles, a city
              # magazine, a village blog, a county site, a non-profit newsroom, a neighbourhood site, local papers;
              # en from four countries, cs, nl, no, de, pt): 88.9% (86.9%)
              # studied in round r11 (2026-11-30): 98.1%
              "holdout164": 0.98,
              # holdout165, twelve whole pages of the example pages' kinds (public broadcasters, regional dailies,
              # markets sites; en from four countries, es, de-AT, fr-CH, fr, it, pt, nl): 89.8% (89.3%)
              # studied in round r12 (2026-11-30): 98.1%
              "holdout165": 0.98,
              # holdout166–169: blind (written 2026-11-30 at 23:17–23:29 while rounds r11, r12 and r13 ran, never
              # opened by a round); scored on arrival on the reader of 5e49492 (the sixteenth session's end):
              # holdout166, twelve whole pages as messy as real copies (regional and city dailies, a wire portal, an
              # aggregator, public broadcasters, national dailies; en from five countries, fr, de, es-CL, nl, sv):
              # 93.5% (91.7%)
              # studied in round r14 (2026-11-30): 98.1%; 95.4% once the rules a review
              # found removing story text were taken back
              "holdout166": 0.95,
              # holdout167, twelve whole pages of small local and niche sites (a county weekly, a council, university
              # newsrooms, sports clubs, a farm trade magazine, a parish bulletin, a local radio, a neighbourhood
              # blog, a business journal; en from four countries, it, pt, pt-BR, de-AT, fr-CH, es): 93.5% (91.7%)
              # studied in round r16 (2026-11-30): 98.1%; 95.4% once four of its rules were taken back (a review
              # found them removing how-to steps, fact lists, reported advice and a story's disclaimer talk)
              "holdout167": 0.95,
              # holdout168, twelve whole pages of the sites editors clip daily (national dailies, tech, business, a
              # regional broadcaster, science, a think tank, a newsletter platform, markets, a long-read magazine; en
              # from three countries, de, fr, es, pt-BR): 89.8% (88.1%)
              # studied in round r15 (2026-11-30): 95.4%; 92.6% once the rules a review
              # found removing story text were taken back
              "holdout168": 0.92,
              # holdout169, twelve whole pages of the example pages' kinds (public broadcasters, regional dailies,
              # finance sites; en from four countries, es, es-MX, es-AR, de): 88.9% (86.9%)
              # studied in round r16 (2026-11-30): 98.1%; 93.5% once four of its rules were taken back (a review
              # found them removing how-to steps, fact lists, reported advice and a story's disclaimer talk)
              "holdout169": 0.93,
              # holdout170–173: blind (written 2026-11-30 at 23:31–23:42 while rounds r11, r12 and r13 ran, never
              # opened by a round); scored on arrival on the reader of 5e49492:
              # holdout170, twelve whole pages as messy as real copies (tabloids, a business daily, a sports site with
              # live scores, a celebrity site, a local TV station, a city portal, money advice, travel, health; en from
              # five countries, de, it, es, pt, pl): 82.4% (77.4%)
              # studied in round r14 (2026-11-30): 92.6%; 85.2% once the rules a review
              # found removing story text were taken back
              "holdout170": 0.85,
              # holdout171, twelve whole pages of non-English sites as their own editors clip them (national and
              # regional dailies, broadcasters, weeklies, an online newsroom; fr, de, de-AT, es, es-AR, it, pt, nl, sv,
              # da, and en from a Japanese daily): 91.7% (91.7%)
              # studied in round r16 (2026-11-30): 98.1%; 96.3% once four of its rules were taken back (a review
              # found them removing how-to steps, fact lists, reported advice and a story's disclaimer talk)
              "holdout171": 0.96,
              # holdout172, twelve whole pages of the sites editors clip daily (broadsheets, a wire, a broadcaster,
              # climate, tech policy, health, business, data journalism, a live blog's summary, a Q&A explainer; en
              # from eight countries, fr, de-CH, es-MX, nl): 88.9% (88.1%)
              # studied in round r15 (2026-11-30): 91.7%; 88.9% once the rules a review
              # found removing story text were taken back
              "holdout172": 0.88,
              # holdout173, twelve article-like copies (the article's region only; dailies, broadcasters, magazines,
              # trade press, a blog; en from four countries, fr-CH, es, de, it, pt): 94.4% (92.9%)
              "holdout173": 0.94,
              # holdout174–176: blind (written 2026-12-01 at 00:25–00:40 while rounds r14, r15 and r16 ran, never
              # opened by a round); scored on arrival on the reader of 9a674f1 (after r11, r12 and r13):
              # holdout174, twelve whole pages as messy as real copies (regional dailies, a metro tabloid, a business
              # weekly, a sports daily, local TV, arts, science, a city magazine, motoring; en from six countries, it,
              # fr, de, nl, es-MX): 84.3% (79.8%)
              # studied in round r17 (2026-12-01): 95.4%; 92.6% once the rules a review found removing story
              # text were taken back
              "holdout174": 0.92,
              # holdout175, twelve whole pages of the sites editors clip daily (national dailies, a wire, a public
              # broadcaster, tech, markets, environment, politics, a long-read magazine, science, an investigative
              # newsroom; en from six countries, fr, de, es-MX, pt-BR): 87.0% (84.5%)
              # studied in round r18 (2026-12-01): 96.3%; 93.5% once the rules a review found removing story
              # text were taken back
              "holdout175": 0.93,
              # holdout176, twelve whole pages of the example pages' kinds (public broadcasters, Spanish-language
              # regional dailies, finance sites; en from four countries, es, es-AR, de, de-CH): 91.7% (90.5%)
              "holdout176": 0.91,
              # holdout177–180: blind (written 2026-12-01 at 01:55–02:10 while rounds r17 and r18 ran, never opened by
              # a round); scored on arrival on the reader of efd3bf5 (the seventeenth session's end):
              # holdout177, twelve whole pages as messy as real copies (regional and national dailies, a public
              # broadcaster, a wire, an aggregator; en from six countries, fr, de-AT, es-AR, it, nl): 94.4% (92.9%)
              "holdout177": 0.94,
              # holdout178, twelve whole pages of the sites editors clip daily (broadsheets, a wire, a broadcaster,
              # tech, markets, health research, a policy institute, a magazine long read; en from eight countries,
              # fr, de, pt-BR, es-AR): 93.5% (92.9%)
              # studied in round r19 (2026-12-01): 98.1%; 94.4% once the rules a review found removing story text
              # were taken back
              "holdout178": 0.94,
              # holdout179, twelve article-like copies (dailies, a broadcaster, trade press, a magazine, a blog; en
              # from six countries, fr, de-CH, es-MX, it, pt, nl): 95.4% (95.2%)
              "holdout179": 0.95,
              # holdout180, twelve whole pages of the example pages' kinds (international broadcasters, Spanish-
              # language regional dailies, finance sites, German-language public broadcasters): 93.5% (92.9%)
              # studied in round r20 (2026-12-01): 97.2%
              "holdout180": 0.97,
              # holdout181–183: blind (written 2026-12-01 at 02:05–02:20 while rounds r17 and r18 ran, never opened by
              # a round); scored on arrival on the reader of efd3bf5:
              # holdout181, twelve whole pages of popular sites (tabloids, sports dailies, celebrity and TV news, a
              # business daily, a city portal, travel, health, motoring, a radio station; en from six countries, it,
              # de, pt, fr, es): 94.4% (94.0%)
              "holdout181": 0.94,
              # holdout182, twelve whole pages of the sites editors clip daily (broadsheets, an agency, a public
              # broadcaster, a climate desk, tech policy, science, data journalism, a column; en from eight
              # countries, fr, de, nl, es): 88.9% (86.9%)
              # studied in round r20 (2026-12-01): 98.1%
              "holdout182": 0.98,
              # holdout183, twelve whole pages of small local and niche sites (weeklies, hyperlocals, community radio,
              # trade press, a university, farming, a charity, arts listings; en from six countries, fr-BE, de-CH,
              # it, nl-BE): 97.2% (97.6%)
              "holdout183": 0.97,
              # holdout184–186: blind (written 2026-12-01 at 03:05–03:25 while rounds r19 and r20 and two reviews ran,
              # never opened by a round); scored on arrival on the reader after r17 and r18 merged (d846755):
              # holdout184, twelve whole pages of mainstream news sites (national and regional dailies, a tabloid, a
              # public broadcaster, an agency, a city site, a business paper, sport; en from seven countries, fr, de,
              # es, it, nl): 94.4% (92.9%)
              # studied in round r22 (2026-12-01): 100.0%
              "holdout184": 1.00,
              # holdout185, twelve whole pages of the example pages' kinds (international broadcasters, Spanish-
              # language regional dailies, finance sites, German-language public broadcasters): 90.7% (90.5%)
              # studied in round r22 (2026-12-01): 91.7%
              "holdout185": 0.91,
              # holdout186, twelve article-like copies (two shaped like the seed; dailies, broadcasters, magazines,
              # trade press, a blog; en from six countries, fr, de-AT, es-CL, it, pt, nl): 100% (100%)
              "holdout186": 1.0,
              # holdout187–188: blind (written 2026-12-01 at 03:56–04:00 after every round of the session merged);
              # scored on arrival on the session's final reader (d5e5ee05):
              # holdout187, twelve whole pages of news sites of every size (a national and a regional daily, a
              # tabloid, a public broadcaster, local TV, business, sport, a city magazine, a wire, a trade paper; en
              # from six countries, fr, de-AT, es-AR, it, pt-BR): 90.7% (89.3%)
              # studied in round r21 (2026-12-01): 96.3%
              "holdout187": 0.96,
              # holdout188, twelve whole pages of the sites editors clip daily (broadsheets, a wire, a public
              # broadcaster, tech, markets, science, health, climate, a think tank, a local daily, a long-read
              # magazine; en from seven countries, fr, de, nl, pt): 88.9% (85.7%)
              # studied in round r21 (2026-12-01): 98.1%
              "holdout188": 0.98,
              # holdout189–192: blind (written 2026-12-01 at 04:27–04:33 while rounds r21 and r22 ran, never opened
              # by a round); scored on arrival on the reader of session 18's end (e2736f7f):
              # holdout189, twelve whole pages of mainstream national and regional dailies and public broadcasters
              # (en from five countries, fr, de, es, it, nl, pt): 94.4% (95.2%)
              # studied in session 54: 189_halifax_port read, with its expected lines, for the
              # clip-description rule: 107/108
              "holdout189": 0.99,
              # holdout190, twelve whole pages of the sites editors clip daily (a city daily, trade press, science,
              # a tech blog, sport, business, public radio, a non-profit newsroom, a magazine, a wire; en, fr, de,
              # es, it): 95.4% (95.2%)
              "holdout190": 0.95,
              # holdout191, twelve whole pages of the example pages' kinds (broadcasters in Canada, Australia and
              # Kenya, Spanish-language regional dailies, US finance sites, German public broadcasters): 80.6% (76.2%)
              # studied in round r23 (2026-12-01): 99.1% (the same after the review's narrowing)
              "holdout191": 0.99,
              # holdout192, twelve article-like copies (regional dailies, a non-profit, a magazine, an agency's copy,
              # sport; en from six countries, de, es, it, fr-CH): 96.3% (95.2%)
              "holdout192": 0.96,
              # holdout193–196: blind (written 2026-12-01 at 05:14–05:30 after rounds r21–r23 finished, never opened
              # by a round); scored on arrival on the reader before them (e2736f7f) and on the rounds' (the same):
              # holdout193, twelve whole pages of the example pages' kinds (broadcasters in New Zealand, Singapore and
              # South Africa, Spanish-language regional dailies in Spain, Argentina and Chile, US markets sites,
              # public broadcasters in Austria, Germany and Switzerland): 92.6% (90.5%)
              "holdout193": 0.92,
              # holdout194, twelve article-like copies (national and regional dailies, a broadcaster, trade press, a
              # non-profit, magazines; en from five countries, fr, de, it, es-CL): 93.5% (91.7%)
              # studied in session 54: 194_black_bay_derby read, with its expected lines, for the
              # clip-description rule: 104/108
              "holdout194": 0.96,
              # holdout195, twelve messy whole pages (a tabloid, regional dailies, local TV, hyperlocals, business,
              # food, sport, a public broadcaster; en from five countries, fr, de, nl, es, it): 93.5% (92.9%)
              "holdout195": 0.93,
              # holdout196, twelve whole pages of the sites editors clip daily (a broadsheet, a wire, a public
              # broadcaster, tech, markets, health, climate, a local daily, EU policy, a long-read magazine; en, fr,
              # de, it, pt): 95.4% (96.4%)
              "holdout196": 0.95,
              # holdout197–200: blind (written 2026-12-01 at 05:43–05:50 after every round of the session and the
              # review's narrowing merged, never opened by a round); scored on arrival on the session's final reader
              # (a42ef1fd), the same on its starting reader (e2736f7f):
              # holdout197, twelve whole pages of the example pages' kinds (broadcasters in New Zealand, Canada and
              # Scotland, Spanish-language regional dailies in Mexico, Argentina and Spain, US markets and finance
              # sites, public broadcasters in Austria, Switzerland and Germany): 92.6% (90.5%)
              "holdout197": 0.92,
              # holdout198, twelve article-like copies (regional dailies, public radio, a magazine, a business site,
              # sport; en from six countries, fr-CH, de-AT, es-AR, it): 95.4% (94.0%)
              "holdout198": 0.95,
              # holdout199, twelve messy whole pages (a tabloid, local TV, regional dailies, a business daily, a
              # public broadcaster, sport; en from five countries, fr, de, es, it, nl, pt): 87.0% (84.5%)
              "holdout199": 0.87,
              # holdout200, twelve whole pages of the sites editors clip daily (a broadsheet, a wire, a public
              # broadcaster, tech, markets, health, a climate desk, a local daily, a policy newsroom, a magazine,
              # public radio, business; en, fr-CH, it, nl, pt-BR): 87.0% (83.3%)
              "holdout200": 0.87,
              # holdout201–204: blind (written 2026-12-01 at 06:05–06:45, never opened by anyone but their writers);
              # scored on arrival on session 19's final reader (9270a3ab):
              # holdout201, twelve whole pages of the example pages' kinds (broadcasters in Ireland, South Africa and
              # India, Spanish-language regional dailies in Colombia, Chile and Spain, US markets and finance sites,
              # public broadcasters in Austria, Switzerland and Germany): 93.5% (92.9%)
              "holdout201": 0.93,
              # holdout202, twelve article-like copies (a non-profit, a theatre magazine, science, sport, trade press,
              # a regional paper, a public broadcaster, an arts quarterly; en from five countries, de, fr, es, it, pt,
              # nl): 93.5% (91.7%)
              "holdout202": 0.93,
              # holdout203, twelve messy whole pages (a tabloid, local TV, regional and national dailies, a business
              # daily, sport, public broadcasters; en from five countries, fr, de, es, it, pt, nl): 98.1% (97.6%)
              # studied in session 54: 203_blackpool_coaster read, with its expected lines, for the
              # clip-description rule: 106/108
              "holdout203": 0.98,
              # holdout204, twelve whole pages of the sites editors clip daily (a broadsheet, a wire, tech, a health
              # non-profit, a think-tank, trade press, a city magazine, a public broadcaster, markets, climate desks;
              # en, fr, de, es, it, nl, pt-BR): 97.2% (96.4%)
              "holdout204": 0.97,
              # holdout205–206: blind (written 2026-12-01 while the learned furniture check was built, never opened by
              # anyone but their writers); scored on arrival on 5dd1afbf and on the learned check (fitted without
              # them): the same:
              # holdout205, twelve whole pages of the example pages' kinds (broadcasters in Australia, Kenya and
              # Canada, Spanish-language regional dailies in Peru, Uruguay and the Canary Islands, US markets sites,
              # public broadcasters in Bavaria, South Tyrol and Luxembourg): 83.3% (79.8%)
              "holdout205": 0.83,
              # holdout206, twelve messy whole pages (a tabloid, local TV and radio, a hyperlocal blog, national and
              # regional dailies, motoring, sport, celebrity, business; en, sv, es, fr, de, it, pt-BR, nl): 92.6%
              # (90.5%)
              "holdout206": 0.92,
              # holdout207–208: blind (written 2026-12-01 after the learned furniture check reached main, never opened
              # by anyone but their writers); scored on arrival on e23e1cf4, the same on 5dd1afbf (without the check):
              # holdout207, twelve whole pages of the example pages' kinds (broadcasters in Wales, Jamaica and
              # Singapore, Spanish-language regional dailies in Ecuador, Paraguay and Galicia, US markets sites,
              # public broadcasters in Saxony, Vorarlberg and Graubünden): 99.1% (100%)
              "holdout207": 0.99,
              # holdout208, twelve article-like copies (regional dailies, public radio, a business weekly, a science
              # magazine, cricket, a non-profit, arts, cycling; en from four countries, fr, de, es, it, pt-BR, nl):
              # 94.4% (94.0%)
              "holdout208": 0.94,
              # holdout209–210: blind (written 2026-12-01 after both learned checks reached main); scored on arrival
              # on ec047664, the same on the session's starting reader (9270a3ab):
              # holdout209, twelve whole pages of the example pages' kinds (broadcasters in Northern Ireland, New
              # Zealand and Ghana, Spanish-language regional dailies in Asturias, Bolivia and Costa Rica, US finance
              # sites, public broadcasters in Tyrol, Thuringia and Basel): 96.3% (95.2%)
              "holdout209": 0.96,
              # holdout210, twelve messy whole pages (a tabloid, national and regional dailies, sport, local radio,
              # business, a public broadcaster, lifestyle; en, de, it, pt, nl, fr, es, sv): 95.4% (94.0%)
              "holdout210": 0.95,
              # holdout211–214: blind (written 2026-12-01 at the start of session 21, never opened by anyone but their
              # writers); scored on arrival on 79d84cd8 (session 20's final reader):
              # holdout211, twelve whole pages of the example pages' kinds (broadcasters in Canada, Zambia and Trinidad,
              # Spanish-language regional dailies in Extremadura, Peru and Yucatán, US finance sites, public
              # broadcasters in Mecklenburg, Vorarlberg and East Belgium): 81.5% (79.8%) on arrival; studied this
              # session: 98.1% (98.8%)
              "holdout211": 0.98,
              # holdout212, twelve messy whole pages (national and regional dailies, public broadcasters, local news, a
              # blog, trade press, a magazine; en from five countries, fr/de/es/it/nl/pt): 93.5% (92.9%)
              "holdout212": 0.93,
              # holdout213, twelve article-like copies (en from six countries, es/fr/it/pt/de/nl): 95.4% (94.0%)
              "holdout213": 0.95,
              # holdout214, twelve whole pages of the example pages' kinds (broadcasters in Wales, Kenya and Nova
              # Scotia, Spanish-language regional dailies in Uruguay, Andalusia and Peru, US finance sites, public
              # broadcasters in Bavaria, Saxony and Zürich): 89.8% (88.1%) on arrival; studied this session: 100%
              "holdout214": 1.0,
              # holdout215–217: blind (written while 211 and 214 were studied, never opened by anyone but their
              # writers); scored on 79d84cd8 and on ac27e886 (the session's first two reader commits): the same:
              # holdout215, twelve whole pages of the example pages' kinds (broadcasters in Scotland, Queensland and
              # South Africa, Spanish-language regional dailies in Galicia, Chile and Colombia, US finance sites,
              # public broadcasters in Lower Saxony, Carinthia and Bern): 92.6% (92.9%)
              "holdout215": 0.92,
              # holdout216, twelve whole pages of the example pages' kinds (broadcasters in Ireland, Jamaica and India,
              # Spanish-language regional dailies in Murcia, Mendoza and Ecuador, US finance sites, public
              # broadcasters in Hesse, Styria and Lucerne): 96.3% (95.2%)
              "holdout216": 0.96,
              # holdout217, twelve messy whole pages (regional dailies, trade press, a local site, a public
              # broadcaster, a blog, a non-profit newsroom, a magazine; en from six countries, fr/de/es/it/nl/pt):
              # 98.1% (98.8%)
              "holdout217": 0.98,
              # holdout218–220: blind (written after the session's reader commits up to 4182589c, never opened by
              # anyone but their writers); scored on arrival on 4182589c, the same on 79d84cd8 and after the review's
              # narrowing (86f86bfa):
              # holdout218, twelve whole pages of the example pages' kinds (broadcasters in Cornwall, Tasmania and the
              # Copperbelt, Spanish-language regional dailies in Cantabria, Paraguay and the Venezuelan Andes, US
              # finance sites, public broadcasters in Schleswig-Holstein, Salzburg and St. Gallen): 86.1% (85.7%)
              "holdout218": 0.86,
              # holdout219, twelve article-like copies (en from six countries, fr/de/es/it/pt/nl): 94.4% (92.9%)
              "holdout219": 0.94,
              # holdout220, twelve messy whole pages (regional and national dailies, a public broadcaster, trade press,
              # a newsletter blog, magazines, a news site carrying agency copy; en from five countries,
              # fr/de/es/it/nl/pt): 89.8% (86.9%)
              "holdout220": 0.89,
              # holdout221–229 (2026-12-01), written blind from the corpus README's conventions and the example
              # pages; 221–226 scored on arrival on 031324f4 (the session's start), 227–229 after the session's first
              # reader commits (4e822f3a), both the same on arrival. Studied: 221, 223, 226; the rest never.
              # holdout221, twelve whole pages of the example pages' kinds (broadcasters in Scotland, Canada, New
              # Zealand and India, dailies in Mexico and Flanders, finance sites in India, Mexico and Denmark, public
              # broadcasters in Tyrol, Chile and Sweden): 87.0% on arrival (83.3%), 96.3% studied
              "holdout221": 0.87,
              # holdout222, twelve article-like copies (the article column selected; en from four countries,
              # fr/de/it/es/pt/nl/pl/no): 91.7% (89.3%)
              "holdout222": 0.91,
              # holdout223, twelve whole pages of English news sites that are no newspapers (a TV station, a club, a
              # science magazine, a university, a council, a charity, a podcast, a blog, a farm weekly, legal news,
              # a review site, a weather service): 79.6% on arrival (75.0%), 87.0% studied
              "holdout223": 0.79,
              # holdout224, twelve whole pages in awkward text shapes (no blank lines, CRLF, hard-wrapped, a blank
              # line between every line, menus on one line, no-break spaces, a live blog, a long story): 94.4% (92.9%)
              "holdout224": 0.94,
              # holdout225, twelve furniture-heavy regional European pages (consent walls, widgets, galleries,
              # embedded posts, fact boxes, paywall cut-offs, comments): 88.9% (85.7%)
              "holdout225": 0.88,
              # holdout226, twelve copies by other routes (reader view, AMP, app share, a newsletter's web view, an
              # e-paper, a syndicated story, a wire copy, Medium-, Substack- and LinkedIn-like posts, a press
              # release, a translation): 66.7% on arrival (58.3%), 78.7% studied
              "holdout226": 0.66,
              # holdout227, twelve whole pages of the example pages' kinds (US, Irish, Australian, Quebec, Belgian,
              # German, Swiss-Italian, Portuguese, Argentine, Colombian, Dutch and Finnish sites): 83.3% (79.8%) on
              # arrival; studied at the session's end (88.9%)
              "holdout227": 0.83,
              # holdout228, twelve article-like copies (en from five countries, de/fr/es/it/pt/nl/da): 91.7% (90.5%)
              # studied in session 54: 228_neepawa_er_closure read, with its expected lines, for the
              # clip-description rule: 104/108
              "holdout228": 0.96,
              # holdout229, twelve messy whole national and regional pages (en from four countries,
              # de/fr/es/it/pt/nl/sv/pl): 89.8% (86.9%)
              "holdout229": 0.89,
              # holdout230–232: written blind after the session's reader commits up to c2141bbb, scored on arrival
              # on it and on 031324f4 (the session's start); never studied.
              # holdout230, twelve whole pages of the example pages' kinds (broadcasters in the UK, Ireland and Canada,
              # Spanish-language regional dailies in Asturias, Oaxaca and Peru, finance sites in the US, the UK and
              # Singapore, public broadcasters in Germany, Austria and Switzerland): 92.6% (90.5%), the same at the
              # start
              # studied in session 54: 230_bedford_ferry read, with its expected lines, for the
              # clip-description rule: 105/108
              "holdout230": 0.97,
              # holdout231, twelve article-like copies (en from four countries, de-CH/fr/es/it/pt/nl/sv/ca): 89.8%
              # (86.9%); 88.0% (84.5%) on the session's first reader
              "holdout231": 0.88,
              # holdout232, twelve messy whole pages of local sites and local radio and TV (en from four countries,
              # de/fr/fr-BE/es/it/pt-BR/nl/nb): 87.0% (85.7%), the same at the start
              "holdout232": 0.87,
              # holdout233–236 (session 23), written blind from the same brief at the session's start and scored on
              # arrival on 02eb8afa (its start). Studied: 233, 234, 236; 235 never.
              # holdout233, twelve whole pages of the example pages' kinds (broadcasters in Austria, Switzerland,
              # Ireland, Canada and Belgium, dailies in Mexico, Argentina, Colombia, Chile and Brazil, US and UK
              # finance sites): 90.7% on arrival (89.3%), 100% studied
              "holdout233": 0.90,
              # holdout234, twelve article-column copies (en/fr/de/it/nl): 89.8% on arrival (89.3%), 94.4% studied
              "holdout234": 0.89,
              # holdout235, twelve messy whole pages (skip links, consent, title lines with the site, tight and
              # hard-wrapped pages; en from five countries, fr/de/es/it/pl/sv): 96.3% (95.2%)
              "holdout235": 0.96,
              # holdout236, twelve pages of genres other than hard news (a match report, an obituary, reviews, a
              # column, a live blog's summary, a Q&A, a results table; en/es/de/fr/pt/nl): 85.2% on arrival (82.1%),
              # 100% studied
              "holdout236": 0.85,
              # holdout237–240, written blind after the session's first rules (330c39ad) and scored on arrival there
              # and on 02eb8afa (the same on both). Studied: 237, 239, 240; 238 never.
              # holdout237, twelve whole pages of the example pages' kinds (broadcasters in Scotland, Wales and New
              # Zealand, dailies in Aragón, the Canaries and Uruguay, US and UK finance sites, public broadcasters in
              # Saxony, Bremen and Graubünden): 91.7% on arrival (90.5%)
              "holdout237": 0.91,
              # holdout238, twelve article-column copies (en from four countries, fr-FR/BE/CA, de-DE/AT/CH, es, it):
              # 99.1% (98.8%)
              "holdout238": 0.99,
              # holdout239, twelve messy whole pages (en from four countries, fr/de/es/it/pt/nl/nb, fr-CH): 90.7%
              # on arrival (89.3%)
              "holdout239": 0.90,
              # holdout240, twelve pages in awkward story shapes (a three-paragraph story, a long investigation, a
              # wire copy, a Q&A, a timeline, corrections, a translation; en/fr/de/es/pt/it/nl): 92.6% on arrival
              # (90.5%)
              "holdout240": 0.92,
              # holdout241–244, written blind after the session's second rules and the models' refit (5d299edc),
              # scored on arrival there and on 02eb8afa. Studied at the session's end: 241, 244 (briefly); 242, 243
              # never.
              # holdout241, twelve whole pages of the example pages' kinds (broadcasters in Northern Ireland,
              # Queensland and British Columbia, dailies in Galicia, Biobío and Cusco, US finance sites, public
              # broadcasters in Bavaria, Carinthia and Bern): 86.1% on arrival (84.5%), the same at the start
              "holdout241": 0.86,
              # holdout242, twelve article-column copies (en from four countries, fr/de/es/pt): 92.6% (90.5%);
              # 90.7% (88.1%) on the session's first reader
              "holdout242": 0.90,
              # holdout243, twelve messy whole pages (en from four countries, fr-FR/CH, de-DE/AT, es-ES/AR, it,
              # nl-BE): 93.5% (92.9%), the same at the start
              "holdout243": 0.93,
              # holdout244, twelve pages of genres other than hard news (a match report, a concert review, a column,
              # a Q&A, an obituary, explainers, a guide, a court report, a travel piece, a council vote, a live blog,
              # results): 82.4% on arrival (77.4%), the same at the start
              "holdout244": 0.82,
              # session 24's blind sets, written from the corpus README and the example pages only; scored on arrival
              # on the session's first reader (150e6e6e) and again when it ended:
              # holdout245, twelve whole pages of English-language mainstream sites (UK, US, Ireland, Canada,
              # Australia, New Zealand, South Africa, India): 88.0% on arrival (88.1% on the seven checks); studied
              # (98.1%)
              "holdout245": 0.88,
              # holdout246, twelve whole pages in es/pt/it/fr: 87.0% on arrival (86.9%); studied (95.4%)
              "holdout246": 0.87,
              # holdout247, twelve article-column copies in en/fr/de/es/nl/it: 94.4% on arrival (92.9%); never studied
              "holdout247": 0.94,
              # holdout248, twelve whole pages of broadcasters in de/at/ch/nl/dk/se/no/fi/pl and finance sites: 75.0%
              # on arrival (69.0%); studied (96.3%)
              "holdout248": 0.75,
              # holdout249, twelve whole pages of the example pages' kinds, written after the session's first rules:
              # 90.7% (88.1%), the same on the session's first reader; studied at its end (a comparison tool amid the
              # story: 92.6%)
              "holdout249": 0.90,
              # holdout250, twelve article-like copies in eight languages, written after the session's rules: 99.1%
              # (100%), the same on the session's first reader; never studied
              "holdout250": 0.99,
              # holdout251, twelve whole pages of the example pages' kinds (broadcasters in Hull, Newfoundland and
              # Western Australia, dailies in Andalusia, Uruguay and Ecuador, US finance pages, public broadcasters in
              # Hesse, Tyrol and Basel), written at the session's end: 89.8% (90.5%), the same on its first reader;
              # blind until session 26 studied its misses for a label glued to or split from its text (90.7%)
              "holdout251": 0.89,
              # holdout252, twelve article-like copies (en from four countries, fr-FR/BE/CA, de-DE/AT/CH, es-ES/MX),
              # written at the session's end: 100%, the same on its first reader; never studied
              "holdout252": 1.0,
              # the twenty-fifth session's, on its first reader (4af0fd96) and again on the last:
              # holdout253, twelve whole pages of the example pages' kinds in new places (broadcasters in Wales,
              # Ireland and Kenya, dailies in Asturias, Chile and northern Portugal, Canadian, UK and US money pages,
              # public broadcasters in Saxony, Flanders and Vorarlberg): 88.0% (95 of 108) on arrival (84.5%); studied
              # (95.4%)
              "holdout253": 0.87,
              # holdout254, twelve whole pages of everyday news sites in Singapore, Malta, Oban, Dundee, Spokane,
              # Brittany, Namur, Lanzarote, Mérida, Sardinia, Limburg and St. Gallen, written on the session's last
              # reader: 95.4% (103 of 108) on arrival (94.0%), the same on its first; blind until session 26 read its
              # misses (a spaced breadcrumb mended: 96.3%)
              "holdout254": 0.95,
              # the twenty-sixth session's, on its first reader (2ec8cb91) and on its later one before any rule for
              # them: holdout255, twelve whole pages of national sites (UK, US, France, Germany, Spain, Mexico, Italy,
              # the Netherlands, Flanders: a court story, a finished live page, a Q&A, an explainer, a match report,
              # a chart, a film review, a column): 87.0% (94 of 108) on arrival (85.7%); studied (98.1%)
              "holdout255": 0.87,
              # holdout256, twelve article-area copies (the article column only) of national sites in eight
              # languages: 98.1% (106 of 108) on arrival (97.6%), the same on both readers; never studied
              "holdout256": 0.98,
              # written at the session's middle, after its first rules (0598af93 and on): holdout257, twelve whole pages
              # of the example pages' kinds in new places (broadcasters in Northern England, Atlantic Canada and South
              # Africa, dailies in Navarra, Yucatán and Paraguay, US, UK and Australian money pages, public
              # broadcasters in Thuringia, Upper Austria and Graubünden): 94.4% (102 of 108) on arrival (92.9%), the
              # same on the session's first reader; never studied
              "holdout257": 0.94,
              # holdout258, six whole pages and six article-area copies of national and local sites (UK, Ireland, US,
              # India, France, Belgium, Switzerland, Germany, Argentina, Portugal, Italy): 82.4% (89 of 108) on arrival
              # (78.6%), the same on the first reader; studied (99.1%)
              "holdout258": 0.82,
              # written at the session's end, on its last reader (aeaddece): holdout259, twelve whole pages of
              # mainstream sites shaped like the hidden sets (UK, US, Ireland, New Zealand, France, Quebec, Germany,
              # Austria, Spain, Colombia, Italy, Flanders): 94.4% (102 of 108) on arrival (92.9%), 91.7% (90.5%) on
              # the session's first reader; never studied
              "holdout259": 0.91,
              # holdout260, twelve article-like copies (en from four countries, fr-FR/BE, de-DE/AT, es, it, pt, nl):
              # 98.1% (106 of 108) on arrival (97.6%), the same on the first reader; never studied
              "holdout260": 0.98,
              # session 27's first blind sets, written from the corpus README and the example pages only, scored on
              # arrival on the session's first reader (fa6db86d), then studied: holdout261, twelve whole pages of
              # national and regional sites in six languages: 89.8% (88.1% of the seven checks); holdout262, six
              # whole pages and six article-area copies of English-language sites of many kinds: 88.0% (85.7%)
              "holdout261": 0.89,
              "holdout262": 0.88,
              # written at the session's start too, scored on arrival on fa6db86d and on the first round's reader (the
              # same), then studied: holdout263, twelve whole pages of mainstream sites (UK, US, Canada, South Africa,
              # France, Switzerland, Germany, Argentina, Spain, Portugal, Denmark): 85.2% (81.0% of the seven);
              # holdout264, twelve article-like copies in twelve languages: 92.6% (91.7%)
              "holdout263": 0.85,
              "holdout264": 0.92,
              # written after the session's first round (on e15728aa), scored on arrival there and on fa6db86d (the
              # same), then studied: holdout266, six article-like copies and six whole pages (en from four countries,
              # fr, de, es-ES/CO, it, pt-BR, nl, pl): 91.7% (89.3% of the seven). (holdout265, written with it, is
              # kept outside the corpus as a blind set.)
              "holdout266": 0.91,
              # written after the session's second round (on 32338301) with holdout267 (kept outside the corpus as a
              # blind set), scored on arrival there and on fa6db86d (the same), then studied: holdout268, twelve
              # article-like copies (en from the UK, US and Ireland, fr, de, es, it, pt-BR, nl, sv, pl, cs): 88.0%
              # (84.5% of the seven)
              "holdout268": 0.88,
              # the session's blind sets, never studied (their pages were not opened; only their totals were read):
              # holdout265, twelve whole pages (UK, US, Ireland, Australia, Belgium, France, Austria, Germany, Mexico,
              # Spain, Italy, the Netherlands), written after the first round: 95.4% (94.0% of the seven) on arrival,
              # the same on fa6db86d and on the session's last reader; holdout267, twelve whole pages (Scotland,
              # Canada, Australia, South Africa, Brittany, Valais, Styria, Emsland, Córdoba, Madrid, Bologna,
              # Friesland), written after the second round: 92.6% (90.5%), the same on fa6db86d and on the last reader
              "holdout265": 0.95,
              "holdout267": 0.92,
              # written at the session's end (never studied, only totals read): holdout269, twelve whole pages (UK, US,
              # Canada, New Zealand, India, Québec, Vaud, Biel, Lower Saxony, Chile, Argentina, Portugal): 87.0% (83.3%
              # of the seven) on the session's first reader, 89.8% (86.9%) on its last, all from the wrapped page's
              # over-width rule; holdout270, twelve article-like copies (en from four countries, fr-FR/BE, de-DE/AT,
              # es-ES/MX, it, nl): 90.7% (88.1%) on both
              "holdout269": 0.87,
              "holdout270": 0.9,
              # session 28: written at its start, scored on arrival on its first reader (3e66e569) and on the reader of
              # the moment (the same), then studied: holdout271, twelve whole pages in nine languages (UK, US, Leipzig,
              # Winterthur, Saint-Étienne, Liège, Gijón, Turin, Groningen, Braga, Kraków, Umeå): 88.9% (85.7% of the
              # seven); holdout272, twelve article-like copies in ten languages: 88.0% (84.5%)
              "holdout271": 0.88,
              "holdout272": 0.88,
              # written after its first two rounds, scored on arrival on 3e66e569 and on the reader of the moment, then
              # studied: holdout273, twelve whole pages in eleven languages (Norwich, Bilbao, Esslingen, Vercors,
              # Bologna, Pekela, Azores, Silkeborg, Kemi, Brașov, Duluth, Vinga): 80.6% (76.2%) on 3e66e569, 81.5%
              # (77.4%) on arrival; holdout274, twelve article-like copies in ten languages: 85.2% (83.3%), 87.0%
              # (85.7%)
              "holdout273": 0.8,
              "holdout274": 0.85,
              # written after its third round (on 608b031d), never studied (only totals read): holdout275, twelve whole
              # pages (four English, two Spanish, two German, French, Italian, Dutch, Portuguese): 91.7% (89.3%) on
              # 3e66e569, on arrival and on the session's last reader; holdout276, twelve article-like copies (four
              # English, fr, de, es, it, nl, pt, sv, pl): 88.9% (85.7%) on all three
              "holdout275": 0.91,
              "holdout276": 0.88,
              # session 29: written at its start, scored on arrival on its first reader (ba8f7e5a, the reader of the
              # moment), then studied: holdout277, twelve whole pages in eight languages (Ludlow, Mayo, Duluth, Basel,
              # Innsbruck, Seraing, La Baie, Oaxaca, Etna, Lisbon, Bissegem, Kraków): 80.6% (75.0% of the seven);
              # holdout278, twelve article-like copies in ten languages: 85.2% (81.0%)
              "holdout277": 0.8,
              "holdout278": 0.85,
              # written after its first round (on d1a32fa3), scored on arrival on the session's first reader and on
              # the reader of the moment (the same figures), then studied: holdout281, twelve whole pages in eight
              # languages (Gorseinon, Halifax, Murang'a, Valencia, Valparaíso, Zittau, Igls, La Chaux-de-Fonds, Genoa,
              # the Azores, Het Hogeland, Odense): 87.0% (85.7% of the seven); holdout282, twelve article-like copies
              # in ten languages: 96.3% (95.2%)
              "holdout281": 0.87,
              "holdout282": 0.96,
              # written after its second round, scored on arrival on the session's first reader (ba8f7e5a) and on the
              # reader of the moment (a52a152e), then studied: holdout283, twelve whole pages in nine languages
              # (Lochcarron, Port Fairy, Toledo, Tamale, Bochum, Castagniccia, Arousa, Nuoro, Juiz de Fora, Rotterdam,
              # Malmö, Olomouc): 88.0% (84.5% of the seven) and 88.9% (85.7%); holdout284, twelve article-like copies
              # in ten languages: 82.4% (77.4%) and 84.3% (79.8%)
              "holdout283": 0.88,
              "holdout284": 0.82,
              # written at its start, never studied (only totals read): holdout279, twelve whole pages (four English:
              # Sacramento, Mackenzie, Khayelitsha, Bengaluru; Vilsbiburg, Saint-Brieuc, Medellín, Recife, Turin,
              # Trondheim, Tampere, a Dutch broadcaster): 91.7% (89.3% of the seven) on arrival and on the session's
              # last reader; holdout280, twelve article-like copies from a trade magazine, a university, a council,
              # a club, a blog, a nonprofit, a wire (en, fr, de, es, pt-BR, nl, pl, hu, ca): 80.6% (77.4%) on both
              "holdout279": 0.91,
              "holdout280": 0.8,
              # written at its end, never studied (only totals read), scored on the session's first reader and on its
              # last (8ad73e4a): holdout285, twelve whole pages (four English: Toome, Seguin, Harare, Estancia; Bad
              # Vilbel, Ettelbruck, Colmar, Treinta y Tres, Trieste, Nampula, Heerlen, Finnøy): 88.0% (84.5% of the
              # seven) on both; holdout286, twelve article-like copies in ten languages: 95.4% (94.0%) on both
              "holdout285": 0.87,
              "holdout286": 0.95,
              # session 30 (2026-12-02), written by helpers who never opened the reader, never studied (only totals
              # read), scored on arrival on the session's first reader (272f9b8c) and after the learned context check
              # (b3696f73): holdout287, twelve whole pages of sites clipped daily in nine languages: 89.8% (86.9% of
              # the seven), then 90.7% (88.1%); holdout288, twelve article-like copies in ten languages: 82.4%
              # (77.4%), the same with it; holdout289, twelve messy whole pages in nine languages: 88.0% (84.5%)
              # on both; holdout290, twelve whole pages of the example pages' kinds: 91.7% (89.3%) on both; written
              # after the check, holdout291, twelve whole pages of long stories with sentence-shaped furniture in
              # eight languages: 91.7% (90.5%), then 92.6% (91.7%); holdout292, twelve article-like copies in ten
              # languages: 90.7% (88.1%) on both
              "holdout287": 0.89,
              "holdout288": 0.82,
              "holdout289": 0.87,
              "holdout290": 0.91,
              "holdout291": 0.91,
              "holdout292": 0.9,
              # written at the session's end, scored on its first reader and on its last (04670081): holdout293,
              # twelve whole pages of long stories in nine languages: 92.6% (91.7% of the seven) on both; holdout294,
              # twelve whole pages of the example pages' kinds: 91.7% (90.5%) on both
              "holdout293": 0.92,
              "holdout294": 0.91,
              # session 31, on arrival on its first reader (14fa6618): holdout295, twelve whole pages of sites clipped
              # daily in seven languages: 84.3% (79.8% of the seven); holdout296, twelve article-like copies in six
              # languages: 79.6% (73.8%), both studied (their leaks read); never studied: holdout297, twelve whole
              # pages of the example pages' kinds in twelve languages: 95.4% (94.0%); holdout298, twelve long
              # feature pages in six languages: 83.3% (81.0%)
              "holdout295": 0.84,
              "holdout296": 0.79,
              "holdout297": 0.95,
              "holdout298": 0.83,
              # written at session 31's end, never studied, the same on its first reader and on 49d86497: holdout299,
              # twelve whole pages of regional and city outlets in six languages: 92.6% (91.7% of the seven);
              # holdout300, twelve article-like copies in six languages: 91.7% (89.3%)
              "holdout299": 0.92,
              "holdout300": 0.91,
              # session 32, on arrival on its first reader (2bf4f40f), never studied, the same after its breadcrumb
              # trail rule: holdout301, twelve whole pages in English, Dutch and Swedish: 81.5% (76.2% of the seven);
              # holdout302, twelve whole pages in French, Spanish and Portuguese: 90.7% (88.1%); holdout303, twelve
              # German, Italian and English pages copied in five ways: 74.1% (70.2%); holdout304, twelve whole pages
              # of English-language outlets in eight countries: 88.0% (88.1%)
              "holdout301": 0.81,
              "holdout302": 0.9,
              "holdout303": 0.74,
              "holdout304": 0.87,
              # session 33, on arrival on its first reader (978f5314) and its last, never studied: holdout305, twelve
              # whole pages in German, Dutch, Italian, Spanish, Portuguese and Polish: 89.8% (86.9% of the seven)
              "holdout305": 0.89,
              # session 34, on arrival on its first reader (d273a024) and its last, never studied: holdout306, twelve
              # whole pages of twelve new kinds of outlet in seven languages: 86.1% (82.1% of the seven)
              "holdout306": 0.86,
              # session 36: holdout307, twelve whole pages of mainstream news sites (en/de/es/fr/it, one CRLF, one
              # hard-wrapped, two without blank lines): 97.2% on arrival (4a6fb20e; 96.4% of the seven), 99.1% after
              # its one study (German guillemets closing a sentence); the subheading under a related box's headline
              # (`Mehr zum Thema` / a headline / `Strandabschnitt zwei Sommer lang gesperrt`) is still read as the box's
              "holdout307": 0.98,
              # holdout308: twelve whole pages of harder article kinds (a column with its author's bio, a Q&A
              # interview, an explainer with numbered question subheadings and lists, a match report with its sheet,
              # a court report under a correction, an obituary, a council story with a fact box, a business story
              # with a stock widget, a weather story with an embedded post, a film review with its info box, a
              # science story with its DOI line, a breaking story; en/de/es/fr/pt/nl/it): 83.3% on arrival (4a6fb20e;
              # 79.8% of the seven), 98.1% after its study (a name before the date, a live notice's lead-in, a match
              # sheet a block a line, an embedded post's stamp, a profile box, a call to get in touch, a sum saved, a
              # caption before a question subheading); left: the review's credit `Beeld Lumen Film`, the story's
              # paragraph right under an `Auf einen Blick` box (no blank lines on the page) read as its last item
              "holdout308": 0.97,
              # holdout309: twelve whole pages of mainstream news sites (a UK national, a US network, a New Zealand
              # site with CRLF line ends, a Scottish regional, three French-language and three German-language
              # outlets, an Argentine and a Spanish daily; one hard-wrapped, three without blank lines), written at
              # the end of session 36: 90.7% on arrival (07a8b75e's reader; 89.3% of the seven), 92.6% after its one
              # study (co-authors named again in their boxes stay co-authors), 98.1% after session 37's rules (a
              # credit's label after the sign, an editor's wire sign-off, a subheading under a one-link label, a
              # streaming pitch); left: `A / B` without a byline word, a region menu's last entry over the headline
              # taken for the section
              "holdout309": 0.98,
              # session 37, never studied: holdout310, twelve whole pages of mainstream news sites (UK regional, US
              # metro with CRLF, Canadian broadcaster a blank line between every line, an international wire, a German
              # broadcaster's regional page without blank lines, a metered German daily hard-wrapped, a German news
              # magazine, a Spanish national and a Chilean regional daily, a French national and a Swiss site, an
              # Italian regional daily): 94.4% on arrival (44f64f62's reader; 92.9% of the seven), 100% after session
              # 39 studied it (a quote the next paragraph points back at or names the speaker of stays, a menu's last
              # `Watch` over the section on a page with a blank line between every line, a one-line menu whose entries
              # French jusText's stoplist holds, `Réouverture à Vevey` a kicker)
              "holdout310": 1.0,
              # session 38, never studied: holdout311, two whole pages of mainstream news sites (a US national daily
              # pasted without blank lines, a UK regional daily): 18/18 on arrival under the corpus conventions
              "holdout311": 1.0,
              # session 40: holdout312, three whole pages (a French regional daily, an English blog pasted without
              # blank lines, a German broadcaster hard-wrapped): 26/27 on arrival (96.3%; a wrapped line opening with a
              # date cut the German first paragraph); studied in session 41 (a day and its month opening a wrapped
              # line is no list item): 27/27
              "holdout312": 1.0,
              # session 41: holdout313, three whole pages (a Dutch regional site with a fact box, an English science
              # magazine pasted without blank lines, an Italian site hard-wrapped): 25/27 on arrival (92.6%; the Dutch
              # fact box read as story); studied once holdout314 had arrived (a box of figures with what they count
              # under an at-a-glance heading): 27/27
              "holdout313": 1.0,
              # session 41, never studied: holdout314, three whole pages (a German national site with a summary and
              # an embedded video, a US local TV station's site pasted without blank lines, a French magazine's
              # long-form story): 27/27 on arrival
              "holdout314": 1.0,
              # session 41: holdout315, three whole pages (a Norwegian regional paper, an Irish national paper pasted
              # without blank lines, a Peruvian site with an agency byline): 23/27 on arrival (85.2%; body counts and
              # boilerplate of two pages); studied once holdout316 had arrived (a `FAKTA: topic` box set apart line by
              # line or pasted tight, closed by the story's longer paragraph; a related headline of a short statement
              # and a question): 27/27
              "holdout315": 1.0,
              # session 41: holdout316, three whole pages (a UK national paper with a bullet box, a Brazilian regional
              # site pasted without blank lines, a Czech portal with an embedded post): 22/27 on arrival (81.5%);
              # studied once holdout317 had arrived (a newsletter box named by its letter, its pitch without a stop;
              # a post's `Name (@handle)`): 23/27 (its `What we know so far` box left as body: holdout20 counts the
              # same heading and bullets as the story's); session 42: the Brazilian kicker over the headline and a
              # standfirst without its stop (fields._headed_standfirst): 24/27
              "holdout316": 0.88,
              # session 41, never studied: holdout317, three whole pages (a Canadian site, a Swiss German regional
              # paper pasted without blank lines, a Flemish site): 27/27 on arrival
              "holdout317": 1.0,
              # session 41: holdout318, three whole pages (a US nonprofit newsroom, an Italian national daily pasted
              # without blank lines, a French regional daily hard-wrapped): 25/27 on arrival (92.6%); studied once
              # holdout319 had arrived (two menu entries over the headline, the nearer the section; a republishing
              # box's `Copy HTML`): 27/27
              "holdout318": 1.0,
              # session 41: holdout319, three whole pages (a Singapore business site, a Spanish regional daily pasted
              # without blank lines, a German small-town portal): 25/27 on arrival (92.6%); studied once holdout320
              # had arrived (a chart's title set a blank line apart from its source line): 27/27
              "holdout319": 1.0,
              # session 41, never studied: holdout320, three whole pages (a US regional site's AP story, a Dutch
              # national site pasted without blank lines, a Québec site): 26/27 on arrival (96.3%); 27/27 once the
              # scorer knew the Dutch relative day (`Vandaag, 14:32`, the only date)
              "holdout320": 1.0,
              # session 41, never studied: holdout321, three whole pages (a North of England daily, an Austrian
              # broadcaster pasted without blank lines, a Portuguese culture page): 27/27 on arrival
              "holdout321": 1.0,
              # session 41: holdout322, three whole pages (an Indian daily, a Finnish site pasted without blank lines,
              # an Argentine opinion column): 24/27 on arrival (88.9%); studied once holdout323 had arrived (`FAKTAA`
              # / its topic over short sentences pasted tight; `Mainos päättyy`): 26/27; session 42: the column's
              # author, named over a line of bio opening with the job (classify._bio_under_name): 27/27
              "holdout322": 1.0,
              # session 41: holdout323, three whole pages (an Australian metropolitan paper, an Italian regional site
              # pasted without blank lines, a German regional daily): 23/27 on arrival (85.2%); studied in session 42
              # once holdout324 had arrived (a byline's reach to the lead caption skips a row of buttons): 27/27
              "holdout323": 1.0,
              # session 41: holdout324, three whole pages (a US city magazine, a French national daily pasted without
              # blank lines, a Spanish-language US site): 25/27 on arrival (92.6%); studied in session 42 once
              # holdout325 had arrived: no rule (its unrepeated pull quote follows the same speaker's paragraph)
              "holdout324": 0.92,
              # session 42: holdout325, three whole pages (a Polish regional daily pasted without blank lines, an
              # Indian national site, a Swedish local site): 25/27 on arrival (92.6%); studied once holdout326 had
              # arrived (a spaced `FAKTA:` box ending on its `Källa:` line): 27/27
              "holdout325": 1.0,
              # session 42, never studied: holdout326, three whole pages (a New Zealand national site, a Czech portal
              # pasted without blank lines, a Mexican national daily): 27/27 on arrival
              "holdout326": 1.0,
              # session 42: holdout327, three whole pages (a US business site, a Turkish news site, a Belgian
              # French-language site pasted without blank lines): 23/27 on arrival (85.2%); studied once holdout328
              # had arrived (a sponsor's copy closed by its button; a chart's title over its source): 27/27
              "holdout327": 1.0,
              # session 42, never studied: holdout328, three whole pages (a Scottish daily pasted without blank lines,
              # a German broadcaster's regional page, a Portuguese sports site): 27/27 on arrival
              "holdout328": 1.0,
              # session 42, never studied: holdout329, three whole pages (a Canadian broadcaster, a Norwegian regional
              # paper pasted without blank lines, an Irish regional weekly): 27/27 on arrival
              "holdout329": 1.0,
              # session 42: holdout330, three whole pages (a Dutch national paper, a Greek site pasted without blank
              # lines, an Australian regional broadcaster): 24/27 on arrival (88.9%); studied once holdout331 had
              # arrived (Greek consent buttons, `Beeld` before a credit, a menu closed by `More`): 27/27
              "holdout330": 1.0,
              # session 42: holdout331, three whole pages (a South African site, a Romanian site pasted without blank
              # lines, a Spanish national daily): 25/27 on arrival (92.6%); studied once holdout332 had arrived (an
              # ad's `Continues below`): 27/27
              "holdout331": 1.0,
              # session 42: holdout332, three whole pages (a US local TV station, an Italian national daily, a Finnish
              # site pasted without blank lines): 25/27 on arrival (92.6%); studied once holdout333 had arrived (a
              # datelined opening under a credit without a caption): 27/27
              "holdout332": 1.0,
              # session 42: holdout333, three whole pages (a UK tabloid, a Catalan local site pasted without blank
              # lines, a US science magazine): 21/27 on arrival (77.8%); studied once holdout334 had arrived
              # (citations, quick facts, a post under its handle, a Catalan name joined by `i`): 27/27
              "holdout333": 1.0,
              # session 42: holdout334, three whole pages (an Austrian daily pasted without blank lines, a Brazilian
              # national portal, a Hong Kong financial site): 26/27 on arrival (96.3%); read once holdout335 had
              # arrived, no rule (`Name in Hong Kong` under the dates)
              "holdout334": 0.96,
              # session 42, never studied: holdout335, three whole pages (a US public radio station, a Hungarian
              # portal pasted without blank lines, a French national weekly): 27/27 on arrival
              "holdout335": 1.0,
              # session 42: holdout336, three whole pages (a Welsh site pasted without blank lines, a Swiss
              # French-language daily, an Indian business site): 26/27 on arrival (96.3%); studied once holdout338 had
              # arrived (a path one step a line ending on a menu entry): 27/27
              "holdout336": 1.0,
              # session 42: holdout337, three whole pages (a Danish regional paper, a Philippine site pasted without
              # blank lines, a Chilean national daily): 25/27 on arrival (92.6%); studied once holdout338 had arrived
              # (`FAKTA` alone in capitals, the box closed by the next subheading): 27/27
              "holdout337": 1.0,
              # session 42: holdout338, three whole pages (a Kenyan national daily, a Slovak portal pasted without
              # blank lines, a German national weekly): 21/27 on arrival (77.8%); studied once holdout339 had arrived,
              # for the Slovak date (`4. decembra 2026`): 22/27; session 43: the short caption with `| Name,
              # Outlet`, the `Fakten` box of data rows: 27/27
              "holdout338": 1.0,
              # session 42: holdout339, three whole pages (an Irish national broadcaster, a Polish portal, a Mexican
              # state paper pasted without blank lines): 26/27 on arrival (96.3%); studied in session 43 once holdout340
              # had arrived (the desk byline `Redacción / Site` over the date): 27/27
              "holdout339": 1.0,
              # session 43: holdout340, three whole pages (a Croatian regional portal, an Australian public broadcaster,
              # a Brazilian business site pasted without blank lines): 24/27 on arrival (88.9%); studied once holdout341
              # had arrived: 27/27
              "holdout340": 1.0,
              # session 43: holdout341, three whole pages (an Indonesian portal, a Nigerian daily, a Belgian French
              # regional paper pasted without blank lines): 24/27 on arrival (88.9%); studied once holdout342 had
              # arrived: 25/27
              "holdout341": 0.92,
              # session 43: holdout342, three whole pages (a Slovenian national site, a Canadian city paper, an Austrian
              # regional paper pasted without blank lines): 23/27 on arrival (85.2%); studied once holdout343 had
              # arrived: 27/27
              "holdout342": 1.0,
              # session 43: holdout343, three whole pages (a Latvian portal, a Scottish local weekly, a Spanish sports
              # daily pasted without blank lines): 23/27 on arrival (85.2%); studied once holdout344 had arrived: 26/27;
              # session 45: 27/27
              "holdout343": 1.0,
              # session 43: holdout344, three whole pages (an Estonian portal, a US local TV station, an Italian
              # regional daily pasted without blank lines): 24/27 on arrival (88.9%); studied once holdout345 had
              # arrived: 27/27
              "holdout344": 1.0,
              # session 43: holdout345, three whole pages (a Lithuanian portal, a New Zealand regional paper, a
              # Portuguese national daily pasted without blank lines): 24/27 on arrival (88.9%); studied once holdout346
              # had arrived: 27/27
              "holdout345": 1.0,
              # session 43: holdout346, three whole pages (a Serbian portal, a South African national site, a Dutch
              # regional paper pasted without blank lines): 24/27 on arrival (88.9%); studied once holdout347 had
              # arrived: 27/27
              "holdout346": 1.0,
              # session 43: holdout347, three whole pages (a Bosnian portal, an Irish regional weekly's GAA report, a
              # Mexican national daily pasted without blank lines): 22/27 on arrival (81.5%); studied once holdout348
              # had arrived: 27/27
              "holdout347": 1.0,
              # session 43: holdout348, three whole pages (a Norwegian regional paper, a Ghanaian national site, a
              # Swiss German regional paper pasted without blank lines): 26/27 on arrival (96.3%); studied once
              # holdout349 had arrived: 27/27
              "holdout348": 1.0,
              # session 44: holdout349, three whole pages (a Kenyan national site, a Romanian regional site, a Swedish
              # local paper pasted without blank lines): 25/27 on arrival (92.6%); studied once holdout350 had
              # arrived: 27/27
              "holdout349": 1.0,
              # session 44: holdout350, three whole pages (a Philippine national site, a Hungarian regional portal, a
              # Greek site pasted without blank lines): 20/27 on arrival (74.1%); studied once holdout351 had
              # arrived: 25/27; session 45: 27/27
              "holdout350": 1.0,
              # session 44: holdout351, three whole pages (a US metro daily, a Finnish public broadcaster, a Brazilian
              # regional sports page pasted without blank lines): 23/27 on arrival (85.2%); studied once holdout352
              # had arrived: 27/27
              "holdout351": 1.0,
              # session 44: holdout352, three whole pages (a UK national newspaper, a French regional daily pasted
              # without blank lines, an Argentine national site): 25/27 on arrival (92.6%); studied once holdout353 had
              # arrived: 27/27
              "holdout352": 1.0,
              # session 44, never studied: holdout353, three whole pages (an Australian public broadcaster, a German
              # regional paper pasted without blank lines, a Colombian regional site): 27/27 on arrival (100%)
              "holdout353": 1.0,
              # session 45: holdout354, three whole pages (a Brazilian regional site pasted without blank lines, a US
              # local TV station, a Polish portal): 26/27 on arrival (96.3%); studied once holdout358 had arrived: 27/27
              "holdout354": 1.0,
              # session 45: holdout355, three whole pages (a UK national column, a Dutch site pasted without blank
              # lines, a Japanese site): 18/27 on arrival (66.7%), the Japanese page read as no article; studied at
              # once for it (the reader's Chinese, Japanese and Korean): 27/27
              "holdout355": 1.0,
              # session 45: holdout356, three whole pages (an Irish regional paper, a Czech site pasted
              # without blank lines, a Swiss German regional site): 26/27 on arrival (96.3%); studied once holdout357
              # had arrived: 27/27
              "holdout356": 1.0,
              # session 45: holdout357, three whole pages (a mainland Chinese portal, a Taiwanese site pasted without
              # blank lines, a South Korean paper), written blind to check the reader's Chinese, Japanese and Korean:
              # 4/27 on arrival before it, 11/27 with its first version; studied at once: 27/27
              "holdout357": 1.0,
              # session 45: holdout358, three whole pages (a Japanese regional paper, a Hong Kong site, a Korean
              # broadcaster pasted without blank lines), written after the Chinese, Japanese and Korean support to
              # measure it: 18/27 on arrival (66.7%); studied once holdout359 had arrived: 27/27
              "holdout358": 1.0,
              # session 45: holdout359, three whole pages (a Japanese national paper pasted without blank lines, a
              # Singaporean Chinese site, a Korean national daily), the second set written to measure the Chinese,
              # Japanese and Korean support: 14/27 on arrival (51.9%); studied in session 46 once holdout360 had
              # arrived: 27/27
              "holdout359": 1.0,
              # session 45: holdout360, three whole pages (a Chinese business site pasted without blank lines, a
              # Japanese broadcaster, a Korean regional paper), the third set written to measure the Chinese, Japanese
              # and Korean support: 22/27 on arrival (81.5%); studied in session 46 once holdout361 and holdout362 had
              # arrived: 27/27
              "holdout360": 1.0,
              # session 46: holdout361, three whole pages (a Norwegian regional paper, a Mexican site pasted without
              # blank lines, an Australian magazine's long read): 26/27 on arrival (96.3%); studied once holdout362 and
              # holdout363 had arrived (a `FAKTA: topic` box set apart over its data rows and `Kilde:` line): 27/27
              "holdout361": 1.0,
              # session 46: holdout362, three whole pages (a Japanese regional paper, a Taiwanese site pasted without
              # blank lines, a Korean national daily), the fourth set written to measure the Chinese, Japanese and
              # Korean support: 22/27 on arrival (81.5%); studied once holdout364 and holdout366 had arrived: 27/27
              "holdout362": 1.0,
              # session 46: holdout363, three whole pages (an Italian national paper's politics story under a video, a
              # US public radio station pasted without blank lines, a Belgian French regional site): 24/27 on arrival
              # (88.9%); studied once holdout365 had arrived (the station's appeal heading): 27/27
              "holdout363": 1.0,
              # session 46: holdout365, three whole pages (a German regional paper's paywalled story, a Canadian
              # national site pasted without blank lines, a Portuguese site): 24/27 on arrival (88.9%); studied once
              # holdout364 and holdout366 had arrived: 25/27 (left: the Canadian page's clip title and description,
              # pasted tight between the story's paragraphs); session 48: 27/27 (the description's one sentence tells
              # what the clip's reporter does in it, in the present: `… explains the bottlenecks …`)
              "holdout365": 1.0,
              # session 46, never studied: holdout364, three whole pages (a Hong Kong daily pasted without blank lines,
              # a Japanese business paper, a Korean internet outlet), the fifth set written to measure the Chinese,
              # Japanese and Korean support: 26/27 on arrival (96.3%)
              "holdout364": 0.96,
              # session 46: holdout366, three whole pages (a mainland Chinese provincial paper, a Japanese sports paper
              # pasted without blank lines, a Korean broadcaster), the sixth such set: 23/27 on arrival (85.2%);
              # studied once holdout364 had arrived: 26/27; session 47: the learned context check never judges an
              # interview bite (27/27)
              "holdout366": 1.0,
              # session 46: holdout367, three whole pages (a Japanese national paper pasted without blank lines, a
              # Spanish regional daily, a UK regional site): 23/27 on arrival (85.2%); studied in session 47 once
              # holdout369 had arrived: 27/27
              "holdout367": 1.0,
              # session 47: holdout368, three whole pages (a German public broadcaster, a US alt-weekly pasted without
              # blank lines, a Brazilian regional portal): 19/27 on arrival (70.4%); studied once holdout370 had
              # arrived: 24/27 (left: the exhibition's details after the alt-weekly's story); session 48: 27/27 (a
              # show's run under its title closing the story leaves the body)
              "holdout368": 1.0,
              # session 47: holdout369, three whole pages (a Korean national daily, an Italian regional paper pasted
              # without blank lines, an Australian news site): 23/27 on arrival (85.2%); studied once holdout368 had
              # arrived: 27/27
              "holdout369": 1.0,
              # session 47: holdout370, three whole pages (a French national daily's paywalled story, an Indian paper
              # pasted without blank lines, a Dutch regional broadcaster): 26/27 on arrival (96.3%); studied once
              # holdout372 had arrived: 27/27
              "holdout370": 1.0,
              # session 47: holdout371, three whole pages (a British national broadcaster, a Spanish national daily
              # pasted without blank lines, a US local TV station): 26/27 on arrival (96.3%); studied in session 48
              # once holdout373 had arrived: 27/27
              "holdout371": 1.0,
              # session 47: holdout372, three whole pages (a German regional paper's paywalled court story, a Swiss
              # French site pasted without blank lines, a US finance site): 25/27 on arrival (92.6%); studied in
              # session 48 once holdout373 had arrived: 27/27
              "holdout372": 1.0,
              # session 48: holdout373, three whole pages (a Polish regional portal, a Swedish evening tabloid pasted
              # without blank lines, a Canadian public broadcaster): 20/27 on arrival (74.1%); studied once holdout374
              # and holdout375 had arrived: 27/27
              "holdout373": 1.0,
              # session 48: holdout374, three whole pages (a Japanese business daily, a Mexican national paper pasted
              # without blank lines, an Irish local weekly): 22/27 on arrival (81.5%); studied in session 49 once
              # holdout376 had arrived: 27/27
              "holdout374": 1.0,
              # session 48: holdout375, three whole pages (a Turkish national site, a Norwegian broadcaster pasted
              # without blank lines, a New Zealand magazine's feature): 20/27 on arrival (74.1%); studied once
              # holdout374 had arrived: 27/27
              "holdout375": 1.0,
              # session 49: holdout376, three whole pages (a Danish regional daily, an Argentine national portal pasted
              # without blank lines, a South African business site): 23/27 on arrival (85.2%); studied in session 49
              # once holdout378 had arrived: 27/27
              "holdout376": 1.0,
              # session 49: holdout377, three whole pages (a Portuguese national daily, an Austrian public broadcaster
              # pasted without blank lines, a Singapore tech site): 23/27 on arrival (85.2%); studied in session 49 once
              # holdout378 had arrived: 26/27
              "holdout377": 0.96,
              # session 49: holdout378, three whole pages (a Czech news portal, a Belgian French weekly pasted without
              # blank lines, a Philippine daily): 18/27 on arrival (66.7%); studied in session 49 once holdout379 had
              # arrived: 27/27
              "holdout378": 1.0,
              # session 49: holdout379, three whole pages (a British regional evening paper, a Swiss German daily pasted
              # without blank lines, a French regional daily): 26/27 on arrival (96.3%); studied in session 49 once
              # holdout380 had arrived: 26/27
              "holdout379": 0.96,
              # session 49: holdout380, three whole pages (a US local TV station, a Spanish sports daily pasted without
              # blank lines, a Quebec daily): 25/27 on arrival (92.6%); studied in session 49 once holdout381 had
              # arrived: 27/27
              "holdout380": 1.0,
              # session 49: holdout381, three whole pages (a German news magazine, an Indian business daily pasted
              # without blank lines, a Chilean daily): 15/27 on arrival (55.6%); studied in session 49 once holdout382
              # had arrived: 27/27
              "holdout381": 1.0,
              # session 49: holdout382, three whole pages (a US national newspaper's news analysis, a French national
              # daily pasted without blank lines, an Austrian regional paper): 23/27 on arrival (85.2%); studied in
              # session 49 once holdout383 had arrived: 26/27
              "holdout382": 0.96,
              # session 49: holdout383, three whole pages (a Scottish national paper, a German regional broadcaster
              # pasted without blank lines, a Colombian news site): 22/27 on arrival (81.5%); studied in session 49 once
              # holdout384 had arrived: 25/27
              "holdout383": 0.92,
              # session 49, never studied: holdout384, three whole pages (an Australian regional site, a Swiss French
              # daily pasted without blank lines, a Luxembourg German-language daily): 27/27 on arrival (100%)
              "holdout384": 1.0,
              # session 49: holdout385, three whole pages (a Canadian national paper, a Flemish daily pasted without
              # blank lines, a Galician regional daily): 24/27 on arrival (88.9%); studied in session 49 once holdout386
              # had arrived: 27/27
              "holdout385": 1.0,
              # session 49: holdout386, three whole pages (a UK broadsheet, a German national daily's review pasted
              # without blank lines, a French news magazine): 26/27 on arrival (96.3%); studied in session 49 once
              # holdout387 had arrived: 26/27
              "holdout386": 0.96,
              # session 49: holdout387, three whole pages (a Welsh regional site, an Italian national daily pasted
              # without blank lines, a Mexican regional paper): 22/27 on arrival (81.5%); studied in session 49 once
              # holdout388 had arrived: 25/27
              "holdout387": 0.92,
              # session 49: holdout388, three whole pages (a US regional paper's sports story, a Dutch national daily
              # pasted without blank lines, a Swiss public broadcaster): 27/27 on arrival (100%); studied in session 50
              # once holdout390 had arrived: 27/27
              "holdout388": 1.0,
              # session 49: holdout390, three whole pages (a Canadian French public broadcaster, a UK regional
              # television site pasted without blank lines, a Spanish national daily): 26/27 on arrival (96.3%);
              # studied in session 51 once holdout392 had arrived: 27/27
              "holdout390": 1.0,
              # session 50: holdout392, three whole pages (a Swiss public broadcaster, a French regional daily pasted
              # without blank lines, a British culture magazine's interview): 21/27 on arrival (77.8%); studied in
              # session 52 once holdout391 had arrived: 27/27
              "holdout392": 1.0,
              # session 51: holdout391, three whole pages (a Dutch regional broadcaster, a US tech blog pasted without
              # blank lines, a Brazilian sports portal): 23/27 on arrival (85.2%); studied in session 52 once
              # holdout395 had arrived: 27/27
              "holdout391": 1.0,
              # session 51: holdout393, three whole pages (a Polish national daily's column, an Australian public
              # broadcaster pasted without blank lines, an Italian science magazine): 20/27 (74.1%); studied in session
              # 52 once holdout394 and holdout395 had arrived: 25/27
              "holdout393": 0.92,
              # session 52: holdout395, three whole pages (a Czech national news portal, an Irish sports site pasted
              # without blank lines, a Swiss German business paper's analysis): 22/27 on arrival (81.5%); studied in
              # session 53 once holdout389 had arrived: 26/27
              "holdout395": 0.96,
              # session 52: holdout394, three whole pages (a Swedish consumer-tech site, a New Zealand regional daily's
              # court report pasted without blank lines, a Mexican culture magazine's interview): 25/27 on arrival
              # (92.6%); studied in session 53 once holdout389 had arrived: 27/27
              "holdout394": 1.0,
              # session 53: holdout389, three whole pages (a Portuguese regional weekly, an Australian
              # tech site's review pasted without blank lines, a Norwegian public broadcaster's science story): 26/27
              # on arrival (96.3%); studied in session 54 once holdout396 had arrived: 27/27
              "holdout389": 1.0,
              # session 53 (scored in session 54): holdout396, three whole pages (a Romanian national site pasted
              # without blank lines, a Québec public broadcaster, a Singapore business daily's paywalled story): 22/27
              # on arrival (81.5%); studied in session 55 once holdout400 had arrived: 27/27
              "holdout396": 1.0,
              # session 54: holdout399, three whole pages (a Greek national site, a British club's match report pasted
              # without blank lines, an Argentine book review): 22/27 on arrival (81.5%); studied in session 55 once
              # holdout400 had arrived: 26/27
              "holdout399": 0.96,
              # session 54: holdout398, three whole pages (a Polish national portal's court story, a Kenyan daily
              # pasted without blank lines, a Danish energy trade magazine): 25/27 on arrival (92.6%); studied in
              # session 55 once holdout400 had arrived: 27/27
              "holdout398": 1.0,
              # session 54: holdout397, three whole pages (a Dutch regional daily, a US alumni magazine pasted without
              # blank lines, a Turkish business news site): 24/27 on arrival (88.9%); studied in session 55 once
              # holdout400 had arrived: 27/27
              "holdout397": 1.0,
              # session 55: holdout400, three whole pages (a Swedish regional daily's council story, an
              # Indian national newspaper pasted without blank lines, a Mexican film review): 24/27 on arrival (88.9%);
              # studied in session 55 once holdout404 had arrived: 27/27
              "holdout400": 1.0,
              # session 55: holdout401, three whole pages (an Austrian public broadcaster's science
              # story, a Nigerian daily pasted without blank lines, a Canadian tech trade site): 23/27 on arrival
              # (85.2%); studied in session 55 once holdout404 had arrived: 26/27
              "holdout401": 0.96,
              # session 55: holdout402, three whole pages (a Portuguese daily's match report, a Norwegian
              # regional paper pasted without blank lines, an Irish court report): 24/27 on arrival (88.9%); studied
              # in session 55 once holdout404 had arrived: 26/27
              "holdout402": 0.96,
              # session 55: holdout403, three whole pages (a Belgian daily's European politics story, a
              # South African crime story pasted without blank lines, a US food magazine): 26/27 on arrival (96.3%);
              # studied in session 55 once holdout404 had arrived: 27/27
              "holdout403": 1.0,
              # session 55: holdout404, three whole pages (a Finnish regional paper's school story, a Philippine
              # storm story pasted without blank lines, a Spanish daily's economy story): 20/27 on arrival (74.1%);
              # studied in session 55 once holdout408 had arrived: 27/27
              "holdout404": 1.0,
              # session 55: holdout405, three whole pages (an Italian regional daily's crime story, a Scottish
              # planning story pasted without blank lines, a German business analysis): 24/27 on arrival (88.9%);
              # studied in session 55 once holdout408 had arrived: 27/27
              "holdout405": 1.0,
              # session 55: holdout406, three whole pages (a Czech health story, a US local TV story pasted without
              # blank lines, a Brazilian technology story): 26/27 on arrival (96.3%); studied in session 55 once
              # holdout408 had arrived: 27/27
              "holdout406": 1.0,
              # session 55: holdout407, three whole pages (a Dutch science story, a Hungarian politics story pasted
              # without blank lines, a British broadcaster's rugby report): 26/27 on arrival (96.3%); studied in
              # session 55 once holdout408 had arrived: 27/27
              "holdout407": 1.0,
              # session 55: holdout408, three whole pages (a Danish national daily's culture story, a Kenyan
              # business site pasted without blank lines, a French regional daily's local story): 27/27 on arrival
              # (100.0%); studied in session 55 once holdout412 had arrived: 27/27
              "holdout408": 1.0,
              # session 55: holdout409, three whole pages (a Swiss French public broadcaster's economy story, an
              # Australian regional paper's council story pasted without blank lines, a Colombian daily's opinion
              # column): 25/27 on arrival (92.6%); studied in session 55 once holdout412 had arrived: 27/27
              "holdout409": 1.0,
              # session 55: holdout410, three whole pages (a Polish regional portal's transport story, a Singapore
              # news site pasted without blank lines, a Flemish daily's football report): 21/27 on arrival (77.8%);
              # studied in session 55 once holdout412 had arrived: 27/27
              "holdout410": 1.0,
              # session 55: holdout411, three whole pages (a US magazine's long-read science feature, a Portuguese
              # regional paper pasted without blank lines, a German regional daily's police report): 22/27 on
              # arrival (81.5%); studied in session 55 once holdout412 had arrived: 26/27
              "holdout411": 0.96,
              # session 55: holdout412, three whole pages (a Norwegian broadcaster's climate story, a Mexican daily's
              # security story pasted without blank lines, a New Zealand business site's results story): 24/27 on
              # arrival (88.9%); studied in session 56 once holdout424 had arrived: 27/27
              "holdout412": 1.0,
              # session 55: holdout413, three whole pages (a Slovak portal's economy story, a Canadian daily's health
              # story pasted without blank lines, a Swiss German regional daily's local politics story): 24/27 on
              # arrival (88.9%); studied in session 56 once holdout424 had arrived: 27/27
              "holdout413": 1.0,
              # session 55: holdout414, three whole pages (an Italian national daily's politics story, a Welsh local
              # news story pasted without blank lines, a Chilean site's environment story): 26/27 on arrival (96.3%);
              # studied in session 56 once holdout424 had arrived: 27/27
              "holdout414": 1.0,
              # session 55, never studied: holdout415, three whole pages (a Swedish national daily's business story,
              # a Ghanaian news site's education story pasted without blank lines, a French weekly's culture
              # interview): 27/27 on arrival (100.0%)
              "holdout415": 1.0,
              # session 55: holdout416, three whole pages (a Croatian portal's tourism story, a US regional paper's
              # business story pasted without blank lines, an Austrian regional daily's culture story): 26/27 on arrival
              # (96.3%); studied in session 56 once holdout424 had arrived: 27/27
              "holdout416": 1.0,
              # session 55: holdout417, three whole pages (a Galician regional daily's fishing story, an Irish
              # broadcaster's politics story pasted without blank lines, a Finnish daily's science story): 23/27 on
              # arrival (85.2%); studied in session 56 once holdout424 had arrived: 27/27
              "holdout417": 1.0,
              # session 55: holdout418, three whole pages (a Brazilian regional paper's agriculture story, a Dutch
              # regional broadcaster's traffic story pasted without blank lines, a British daily's property story):
              # 25/27 on arrival (92.6%); studied in session 56 once holdout424 had arrived: 27/27
              "holdout418": 1.0,
              # session 55, never studied: holdout419, three whole pages (a German weekly's politics analysis, an
              # Indian regional site's civic story pasted without blank lines, a Catalan local story): 27/27 on
              # arrival (100.0%)
              "holdout419": 1.0,
              # session 56: holdout420, three whole pages (a Portuguese sports daily's football story, an Australian
              # regional paper's council story pasted without blank lines, a Swedish evening paper's theatre review):
              # 25/27 on arrival (92.6%); studied in session 56 once holdout424 had arrived: 27/27
              "holdout420": 1.0,
              # session 56, never studied: holdout421, three whole pages (a French regional daily's factory story, a
              # Canadian public broadcaster's technology story, an Italian local site's court story pasted without blank
              # lines): 27/27 on arrival (100.0%)
              "holdout421": 1.0,
              # session 56: holdout422, three whole pages (a Mexican national daily's politics story, a Danish regional
              # paper's health story pasted without blank lines, a New Zealand site's weather story): 24/27 on arrival
              # (88.9%); studied in session 56 once holdout424 had arrived: 27/27
              "holdout422": 1.0,
              # session 56: holdout423, three whole pages (a Belgian daily's education story, a South African site's
              # energy story pasted without blank lines, a Polish portal's transport story): 27/27 on arrival (100.0%);
              # studied in session 56 once holdout424 had arrived: 27/27
              "holdout423": 1.0,
              # session 56: holdout424, three whole pages (a Dutch public broadcaster's housing story, a US city
              # magazine's restaurant story pasted without blank lines, a Spanish national daily's science story): 24/27
              # on arrival (88.9%); studied in session 56 once holdout428 had arrived: 27/27
              "holdout424": 1.0,
              # session 56: holdout425, three whole pages (a German regional daily's court story, an Irish regional
              # weekly's farming story pasted without blank lines, a Finnish news site's economy story): 23/27 on
              # arrival (85.2%); studied in session 56 once holdout428 had arrived: 27/27
              "holdout425": 1.0,
              # session 56: holdout426, three whole pages (a Brazilian portal's health story, a Norwegian business
              # paper's shipping story pasted without blank lines, a British regional site's school story): 24/27 on
              # arrival (88.9%); studied in session 56 once holdout428 had arrived: 27/27
              "holdout426": 1.0,
              # session 56: holdout427, three whole pages (a Swiss French daily's opera story, an Argentine national
              # daily's economy story pasted without blank lines, a Czech news site's crime story): 20/27 on arrival
              # (74.1%); studied in session 56 once holdout428 had arrived: 27/27
              "holdout427": 1.0,
              # session 56: holdout428, three whole pages (an Austrian national daily's politics story, a Kenyan news
              # site's transport story pasted without blank lines, a Portuguese regional paper's fire story): 25/27 on
              # arrival (92.6%); studied in session 56 once holdout432 had arrived: 27/27
              "holdout428": 1.0,
              # session 56: holdout429, three whole pages (a Flemish regional site's cycling story, a Québec daily's
              # housing story pasted without blank lines, a US public radio station's environment story): 26/27 on
              # arrival (96.3%); studied in session 56 once holdout432 had arrived: 27/27
              "holdout429": 1.0,
              # session 56: holdout430, three whole pages (a Swedish public broadcaster's crime story, a Chilean daily's
              # mining strike story pasted without blank lines, a Scottish paper's health story): 25/27 on arrival
              # (92.6%); studied in session 56 once holdout432 had arrived: 27/27
              "holdout430": 1.0,
              # session 56: holdout431, three whole pages (an Italian national daily's economy story, a Greek news
              # site's tourism story pasted without blank lines, a Danish paper's culture interview): 24/27 on arrival
              # (88.9%); studied in session 56 once holdout432 had arrived: 26/27
              "holdout431": 0.96,
              # session 56: holdout432, three whole pages (a German public broadcaster's freezing rain story, a Nigerian
              # daily's results story pasted without blank lines, a French daily's opinion column): 16/27 on arrival
              # (59.3%); studied in session 56 once holdout436 had arrived: 23/27
              "holdout432": 0.85,
              # session 56: holdout433, three whole pages (a Spanish regional daily's court story, a Dutch regional
              # site's fire story pasted without blank lines, an Indian business paper's markets story): 26/27 on
              # arrival (96.3%); studied in session 56 once holdout436 had arrived: 26/27
              "holdout433": 0.96,
              # session 56, never studied: holdout434, three whole pages (a Swedish regional daily's school closure
              # story, a Portuguese site's politics story pasted without blank lines, an Australian broadcaster's
              # science story): 27/27 on arrival (100.0%)
              "holdout434": 1.0,
              # session 56: holdout435, three whole pages (a Romanian site's health story, a US newspaper's technology
              # story pasted without blank lines, an Austrian regional daily's football report): 22/27 on arrival
              # (81.5%); studied in session 56 once holdout436 had arrived: 27/27
              "holdout435": 1.0,
              # session 56: holdout436, three whole pages (a Flemish daily's factory closure story, a British tabloid's
              # celebrity story pasted without blank lines, a Mexican regional paper's water story): 22/27 on arrival
              # (81.5%); studied in session 56 once holdout440 had arrived: 25/27
              "holdout436": 0.92,
              # session 56: holdout437, three whole pages (a Norwegian broadcaster's budget story, a Swiss German
              # daily's rail replacement story pasted without blank lines, a Canadian local site's housing story): 19/27
              # on arrival (70.4%); studied in session 56 once holdout440 had arrived: 21/27
              "holdout437": 0.77,
              # session 56: holdout438, three whole pages (an Italian regional site's salt water story, a Polish daily's
              # furniture exports story pasted without blank lines, an Irish paper's hurling report): 26/27 on arrival
              # (96.3%); studied in session 56 once holdout440 had arrived: 26/27
              "holdout438": 0.96,
              # session 56: holdout439, three whole pages (a Finnish regional daily's pharmacy story, a Spanish
              # broadcaster's coral reef story pasted without blank lines, a US business magazine's startup story):
              # 27/27 on arrival (100.0%); studied in session 56 once holdout440 had arrived: 27/27
              "holdout439": 1.0,
              # session 56: holdout440, three whole pages (a Danish regional paper's farming story, a Czech site's
              # politics story pasted without blank lines, a New Zealand business site's retail story): 26/27 on arrival
              # (96.3%); studied in session 56 once holdout444 had arrived: 26/27
              "holdout440": 0.96,
              # session 56: holdout441, three whole pages (a French regional daily's court story, a Brazilian regional
              # paper's pile-up story pasted without blank lines, a German weekly's science story): 23/27 on arrival
              # (85.2%); studied in session 56 once holdout444 had arrived: 27/27
              "holdout441": 1.0,
              # session 56: holdout442, three whole pages (a Spanish sports daily's basketball report, a Swedish daily's
              # housing story pasted without blank lines, a Singapore site's car permit story): 25/27 on arrival
              # (92.6%); studied in session 56 once holdout444 had arrived: 25/27
              "holdout442": 0.92,
              # session 56: holdout443, three whole pages (a Dutch daily's dementia care story, an Italian football
              # site's sacking story pasted without blank lines, a British local site's parking story): 24/27 on arrival
              # (88.9%); studied in session 56 once holdout444 had arrived: 27/27
              "holdout443": 1.0,
              # session 56: holdout444, three whole pages (a Portuguese daily's footwear jobs story, a German regional
              # site's police story pasted without blank lines, a South African site's politics story): 25/27 on arrival
              # (92.6%); studied in session 56 once holdout448 had arrived: 25/27
              "holdout444": 0.92,
              # session 56: holdout445, three whole pages (a Greek daily's green bond story, a US local TV station's
              # snow story pasted without blank lines, a Catalan daily's concert story): 24/27 on arrival (88.9%);
              # studied in session 56 once holdout448 had arrived: 25/27
              "holdout445": 0.92,
              # session 56: holdout446, three whole pages (a Hungarian portal's stroke care story, a Swiss French
              # broadcaster's politics story pasted without blank lines, an Australian regional paper's cricket report):
              # 23/27 on arrival (85.2%); studied in session 56 once holdout448 had arrived: 24/27
              "holdout446": 0.88,
              # session 56: holdout447, three whole pages (a Colombian daily's drone attack story, a Danish
              # broadcaster's dike story pasted without blank lines, a Scottish regional paper's jobs story): 25/27 on
              # arrival (92.6%); studied in session 56 once holdout448 had arrived: 25/27
              "holdout447": 0.92,
              # session 56: holdout448, three whole pages (a Swedish public radio site's health story, a Mexican site's
              # football story pasted without blank lines, a Belgian daily's politics story): 24/27 on arrival (88.9%);
              # studied in session 56 once holdout452 had arrived: 24/27
              "holdout448": 0.88,
              # session 56: holdout449, three whole pages (an Austrian broadcaster's job cuts story, an Indian regional
              # daily's crime story pasted without blank lines, a Norwegian regional daily's football story): 24/27 on
              # arrival (88.9%); studied in session 56 once holdout452 had arrived: 24/27
              "holdout449": 0.88,
              # session 56: holdout450, three whole pages (an Irish county weekly's planning story, a Finnish daily's
              # art story pasted without blank lines, a Peruvian daily's mining story): 23/27 on arrival (85.2%);
              # studied in session 56 once holdout452 had arrived: 26/27
              "holdout450": 0.96,
              # session 56: holdout451, three whole pages (a Polish regional portal's dead fish story, a Canadian
              # daily's bus contract story pasted without blank lines, an Italian broadcaster's coral reef story): 24/27
              # on arrival (88.9%); studied in session 56 once holdout452 had arrived: 27/27
              "holdout451": 1.0,
              # session 56, never studied: holdout452, three whole pages (a German daily's pump maker story, a
              # Philippine site's storm story pasted without blank lines, a Portuguese regional paper's cinema story):
              # 27/27 on arrival (100.0%)
              "holdout452": 1.0,
              # session 56, never studied: holdout453, three whole pages (a French public broadcaster's rail closure
              # story, a Dutch broadcaster's childcare motion story pasted without blank lines, a US daily's school week
              # story): 23/27 on arrival (85.2%)
              "holdout453": 0.85,
              # session 56, never studied: holdout454, three whole pages (a Spanish regional broadcaster's anchovy
              # season story, a Danish regional daily's theft story pasted without blank lines, a Kenyan daily's insulin
              # story): 25/27 on arrival (92.6%)
              "holdout454": 0.92,
              # session 56, never studied: holdout455, three whole pages (an Italian regional daily's hospital politics
              # story, a Swiss French site's job cuts story pasted without blank lines, a British broadsheet's astronomy
              # story): 26/27 on arrival (96.3%)
              "holdout455": 0.96,
              # session 56, never studied: holdout456, three whole pages (a Czech regional site's school story, an
              # Australian broadcaster's politics story pasted without blank lines, a French regional daily's rugby
              # report): 20/27 on arrival (74.1%)
              "holdout456": 0.74,
              # session 56, never studied: holdout457, three whole pages (a Brazilian daily's budget amendments story, a
              # Norwegian site's antibiotics story pasted without blank lines, a US tech magazine's thermostat feature):
              # 24/27 on arrival (88.9%)
              "holdout457": 0.88,
              # session 56: holdout458, three whole pages (a Dutch regional paper's water level story, a Spanish daily's
              # corruption trial story pasted without blank lines, a Welsh broadcaster's rural schools story in Welsh):
              # 22/27 on arrival (81.5%); its fields printed once by mistake in session 56 (no rule written), so it left
              # the never-studied list
              "holdout458": 0.81,
              # session 56, never studied: holdout459, three whole pages (a Romanian daily's furniture layoffs story, a
              # German weekly's painter story pasted without blank lines, a Ghanaian site's power cuts story): 23/27 on
              # arrival (85.2%)
              "holdout459": 0.85}


def _bench():
    spec = importlib.util.spec_from_file_location("bench_ingest", REPO / "bench" / "bench_ingest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_ingest"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def read(path: Path):
    articles = read_plaintext(path.read_text(encoding="utf-8"), path.name)
    assert len(articles) == 1
    return articles[0].finish()


@pytest.mark.parametrize("folder", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_corpus_score(folder):
    bench = _bench()
    results = bench.score_folder(CORPUS / folder)
    assert results, f"no scored pages in {folder}"
    passed, total, _ = bench.summary(results)
    failed = {r.name: sorted(r.failed) for r in results if r.failed}
    assert passed / total >= THRESHOLDS.get(folder, 0.90), (passed, total, failed)


def test_the_scorer_passes_an_undated_page_only_for_a_relative_time():
    """A date the reader's own parser cannot read is a failure of the reader, not a pass for `got None`."""
    same_moment = _bench().same_moment
    assert same_moment("hace 3 horas", None) and same_moment("5 hours ago", None)
    assert same_moment("Vandaag, 14:32", None) and same_moment("Igår 09:15", None)  # (nl, sv: today, yesterday)
    assert not same_moment("am Tag der Einheit", None)
    assert same_moment("4 March 2027 10:03", datetime(2027, 3, 4, 10, 3, tzinfo=UTC))
    assert not same_moment("4 March 2027 10:03", None)


@pytest.mark.parametrize("page", ["holdout361/361_no_ferry_dispute", "holdout289/289_gellerup_skatepark"])
def test_a_fact_box_of_data_rows_read_tight(page):
    """Pasted without blank lines, `FAKTA: topic` over data rows (`Overfartstid: 20 minutter`) is a box its source
    line closes (holdout361); without one (holdout289's skate park), the correction note under it is not read as the
    story going on below the box."""
    bench, txt = _bench(), CORPUS / f"{page}.txt"
    result = bench.score_page(txt, tight=True)
    assert result is not None and not result.failed, result and result.failed


def test_the_scorer_lets_a_pull_quote_repeat_its_paragraphs_sentence():
    """A pull quote set out from the story's own paragraph is not leaked by that paragraph; read into a second
    paragraph, or run into one the page does not hold, it is."""
    leaked = _bench()._leaked
    quote = "You are going to cut this town in half."
    said = f"She said: {quote} Then she left."
    page = ["Headline", said, quote, "Cllr Jenna Rowe", "Another paragraph."]
    assert not leaked(quote, [said, "Another paragraph."], page)
    assert leaked(quote, [said, quote], page)  # the pull quote read as a paragraph
    assert leaked(quote, [said, f"Another paragraph. {quote}"], page)  # run into a paragraph it is not part of
    assert leaked("Advertisement", ["Advertisement", said], page)


def test_the_scorers_tight_pastes_leave_out_wrapped_and_tight_pages():
    """`--tight` reads a page again without its blank lines, only where its paragraphs stand on lines of their own."""
    tightened = _bench().tightened
    expected = {"first_paragraph": "One two three.", "last_paragraph": "Four five six."}
    assert tightened("Title\r\n\r\nOne two three.\r\n \r\nFour five six.\r\n", expected) == \
        "Title\nOne two three.\nFour five six.\n"
    assert tightened("Title\n\nOne two\nthree.\n\nFour five six.\n", expected) is None  # hard-wrapped
    assert tightened("Title\nOne two three.\nFour five six.\n", expected) is None  # tight already


def test_broadcaster_page_exact_fields():
    a = read(EXAMPLES / "p1.txt")
    assert (a.title, a.section, a.author, a.image_credit) == (
        "Landslides cut Sri Lanka’s hill country rail line as monsoon rains return", "South Asia",
        "Nirosha Wijesekera", "Dilan Rathnayake/Gulfline")
    assert a.published == datetime(2026, 11, 18, 7, 42, tzinfo=UTC)  # 11:42 AM GST (UTC+4)
    assert a.summary.startswith("The mountain route that carries tea")  # the standfirst, not body
    assert len(a.body) == 9 and a.body[0].startswith("At least 14 landslides")
    assert a.body[-1].endswith("trains from Colombo would run only as far as Nanu Oya.")
    assert not any(p.startswith(("Read more", "Advertisement", "Get the day", "Source:")) for p in a.body)


def test_spanish_regional_page_without_blank_lines():
    a = read(EXAMPLES / "p2.txt")
    assert (a.section, a.author, a.image_credit) == ("Galicia", "Uxía Carballo", "Antía Rey")
    assert a.published == datetime(2026, 11, 12, 7, 30, tzinfo=UTC)  # Publicado, not Actualizado
    assert a.tags == ["Educación", "Rural", "Despoblación", "Lugo"]
    assert len(a.body) == 9
    assert not any("cooperativa de Monterroso" in p or p == "Publicidad" for p in a.body)


def test_a_rugby_reports_scorers_under_each_teams_heading_leave_with_the_match_sheet():
    """holdout395's club rugby report, pasted without blank lines: `Kilcolgan scorers:` / `Tries: …` / `Cons: …` /
    `Dunmore Park scorers:` / … / the line-ups and replacements; the story ends on its last paragraph."""
    a = read(CORPUS / "holdout395" / "395_ie_club-rugby-report.txt")
    assert a.body[-1].startswith("The result lifts Kilcolgan a point clear of Athlone Wanderers")
    assert not any(p.endswith("scorers:") or p.startswith(("Cons:", "Pen:")) for p in a.body)


def test_finance_page_title_suffix_key_points_and_subheading():
    a = read(EXAMPLES / "p3.txt")
    assert a.title == "Pennant Foods to buy Bluewater Markets for $4.2 billion in bet on regional grocery scale"
    assert (a.section, a.author, a.image_credit) == ("Retail", "Marisa Okafor", None)
    assert "A crowded middle" in a.body and len(a.body) == 10
    assert not any(p.startswith(("Pennant Foods will pay", "Disclosure:", "PNFD")) for p in a.body)


def test_german_broadcaster_kicker_audio_box_and_credit():
    a = read(EXAMPLES / "p4.txt")
    assert (a.title, a.section, a.author) == (
        "Koalition vertagt Entscheidung über Milliardenhilfe für Kommunen", "Inland", "Jana Albrecht")
    assert a.image_credit == "Funkhaus / Tobias Reinholz"
    assert a.published == datetime(2026, 11, 25, 14, 5, tzinfo=UTC)
    assert "Städte warnen vor Schließungen" in a.body and len(a.body) == 9
    assert not any(p.startswith(("Haushälter unterbrechen", "Jana Albrecht, Funkhaus", "Über dieses Thema"))
                   for p in a.body)


def test_an_80_kb_paragraph_reads_in_linear_time():
    sentence = "The council said on Tuesday that the plan would be paid for by grants and local loans, "
    text = "Council approves the riverside plan\n\n" + sentence * (80_000 // len(sentence))
    start = time.process_time()
    [article] = read_plaintext(text, "long.txt")
    # The old reader took 23 s (a regex scanning from every offset); the bench shows ~0.02 s. The bound is
    # loose because the test machine is shared.
    assert time.process_time() - start < 2.0
    assert article.title == "Council approves the riverside plan" and len(article.body) == 1


# One line per furniture kind, in several languages, for the pattern tables of furniture.py. A new kind (or a
# new pattern found inside lines, which needs its trigger word) adds its line here.
FURNITURE_LINES = [
    ("skip link", "Direkt zum Inhalt"), ("skip link", "Ir al contenido"),
    ("consent", "Nous et nos partenaires utilisons des cookies pour mesurer l'audience. Accepter"),
    ("consent", "We and our 842 partners store and access information on your device."),
    ("embed notice", "This clip comes from an external platform. By playing it you accept its privacy policy."),
    ("consent", "Ihre Privatsphäre ist uns wichtig"), ("skip link", "Skip to contentSkip to navigation"),
    ("audio player", "Use the arrow keys to skip forward or back 15 seconds."),
    ("advertisement", "Anzeige"), ("advertisement", "Publicité"), ("advertisement", "Story continues below"),
    ("advertisement", "PUB"), ("sponsored", "Sponsored Content"), ("sponsored", "Contenido patrocinado"),
    ("audio player", "Bekijk hier de video over de vondst (1:42)"), ("gallery", "Gallery: 1 of 9"),
    ("paywall", "Sie haben 2 von 3 kostenlosen Artikeln in diesem Monat gelesen."),
    ("paywall", "Já leu 4 de 5 artigos gratuitos este mês."),
    ("paywall", "Has alcanzado el límite de notas gratuitas de este mes."),
    ("tail", "Notes to editors"), ("tail", "Comentários (212)"),
    ("report error", "Rectificatif, 10 avril : une version précédente situait l'observatoire au Pérou."),
    ("audio player", "Listen · 4 min"), ("audio player", "Escuchar este artículo"),
    ("audio player", "Audio produced by text-to-speech. Report a problem."),
    ("audio player", "Gelesen mit künstlicher Stimme. Hinweise auf Fehler nehmen wir gerne entgegen."),
    ("report error", "Oikaisu 3.12.2027 klo 9.40: Jutussa kerrottiin aiemmin väärin kokouksen päivä."),
    ("report error", "Korjaus 22.10.2026 klo 9.12: Jutussa kerrottiin aiemmin, että korotus on 12 prosenttia."),
    ("report error", "Korekta: We wcześniejszej wersji tekstu podaliśmy błędną datę otwarcia mostu."),
    ("report error", "Korrektur 3.12.2027, 9.20 Uhr: Zuvor hieß es, die Brücke sei 1955 eröffnet worden."),
    ("report error", "*Notícia atualizada às 9h40 para incluir a posição da câmara municipal."),
    ("audio player", "Your browser does not support the audio element."),
    ("widget", "VIDEO 02:14"), ("widget", "Écoutez le balado"), ("countdown", "Faltam 8 dias 04 horas 12 minutos"),
    ("placeholder", "Mapa cargando..."), ("placeholder", "Chart"),
    ("reading time", "Lesezeit: 4 Min."), ("reading time", "5 min read"),
    ("gallery", "3 of 12"), ("gallery", "Foto 2 de 9"), ("related", "Lire aussi : Le port mise sur le thon"),
    ("related", "Te puede interesar"), ("related", "What to read next"),
    ("related", "Don't miss these stories from our markets desk"), ("related", "Ne manquez pas nos enquêtes"),
    ("tail", "Meistgelesen"), ("tail", "Comentarios (23)"),
    ("sign-up", "Get the Morning Brief in your inbox every weekday."),
    ("sign-up", "Síguenos en nuestro canal de WhatsApp y recibe las noticias del día."),
    ("paywall", "Il vous reste 64 % de cet article à lire."), ("paywall", "You have 2 free articles left this month."),
    ("donation", "Support independent journalism from €5 a month."),
    ("donation", "Your donation helps keep our reporting free for everyone."),
    # a public station's appeal heading, the whole line (holdout363)
    ("donation", "KCRP News depends on listeners like you."),
    ("donation", "This reporting is made possible by readers like you."),
    ("report error", "Fehler gefunden? Jetzt melden."), ("report error", "Editor's note: an earlier version misstated"),
    ("live notice", "Developing story: this page will be updated"), ("live notice", "Notizia in aggiornamento"),
    ("age notice", "This article is more than 2 hours old"), ("age notice", "Cet article a plus de 2 ans"),
    ("editor in charge", "责任编辑：王芳"), ("editor in charge", "【責任編輯：陳明】"),
    ("editing credit", "Reporting by Kaori Tanaka; Editing by Mark Heinrich"),
    ("editing credit", "Con información de EFE"),
    ("disclosure", "This story was produced in partnership with the Coastal Reporting Project."),
    ("copyright", "© 2027 Example Media. All rights reserved."), ("copyright", "Alle Rechte vorbehalten."),
    ("series", "Series: Tainted Water"), ("series", "Republish this article"),
    # a series kicker over the headline, by the words that say the story belongs to a series
    ("series", "Part of our series Tidal Towns"), ("series", "Teil 2 unserer Serie Flusslandschaften"),
    ("series", "Fait partie de notre série Les ponts de Loire"), ("series", "Forma parte de la serie Costas"),
    ("summary box", "Das Wichtigste in Kürze"), ("social handle", "@marisaokafor"), ("ticker", "PNFD +2.31%"),
    ("punctuation", "--"), ("marker", "~~ Spezial ~~"), ("rating", "Calificación: ★★★★☆"),
    ("skippable box", "skip past newsletter promotion"),
    ("summary box", "Puntos clave"),
    ("tail", "Notes"), ("tail", "Fußnoten"), ("related", "Contenido relacionado"),
    ("disclosure", "The views expressed in this commentary are those of the authors."),
    ("audio player", "Listen on Spotify"), ("audio player", "Ouvir no Spotify"),
    ("advertisement", "Annonse"), ("advertisement", "Reklam"), ("advertisement", "Spela ansvarsfullt. 18+"),
    ("advertisement", "Bet responsibly. 18+. When the fun stops, stop."),
    ("related", "Läs också: Regeringen vill bygga fler hamnar"), ("related", "Czytaj też: Nowy most w Gdańsku"),
    ("related", "Potrebbe interessarti anche: Le ville del lago"), ("related", "Du vil kanskje også like"),
    ("disclosure", "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision."),
    ("disclosure", "Si compras a través de nuestros enlaces, podemos recibir una comisión."),
    ("disclosure", "Example may earn a portion of sales from products purchased through our site."),
    ("paywall", "Example Pro subscribers read ad-free. Plans start at $5 a month."),
    ("paywall", "Als Abonnent lesen Sie werbefrei."),
    ("disclosure", "Ce contenu a été traduit automatiquement."), ("disclosure", "This article was machine-translated."),
    ("sign-up", "Click here to subscribe"), ("sign-up", "Cliquez ici pour recevoir nos alertes"),
    ("disclosure", "Las opiniones expresadas en este análisis son responsabilidad de sus autores."),
    ("house notice", "Abendjournal läuft jeden Werktag um 19 Uhr im Zweiten und in der App."),
    ("competition", "WIN! A family pass to the big wheel – text WHEEL and your name to 51597. Texts cost €0.60."),
    ("on-air strip", "Harbour Radio – Now playing: The Drive with Sam"),
    ("show call", "Schauen Sie sich den ganzen Beitrag in der Mediathek an"),
    ("link line", "Mehr dazu in Verkehr: Neue Brücke über die Ill erst 2028 fertig (kurier.example; 3.2.2027)"),
    ("post link", "« Fünf Gedanken zum Pokal-Aus in Dortmund"), ("post link", "Jahreswechsel →"),
    ("help box", "Where to get help:"), ("help box", "Hier finden Sie Hilfe"),
    ("help box", "If you or someone you know is struggling, call Lifeline on 13 11 14."),
    ("help box", "Si vous avez des idées suicidaires, appelez le 3114."),
    # a weather widget, a commodity's price, a currency pair (never a page's section: the nearest label above)
    ("ticker", "Porto 13° Aguaceiros"), ("ticker", "Como 9°C"), ("ticker", "Vlissingen 7° Zuidwest 5"),
    ("ticker", "Gold: $2,871/oz"), ("ticker", "Cocoa (NY): $6,120/t"), ("ticker", "Brent: $78.94 +1.2%"),
    ("ticker", "Cedi/Dollar: 11.42"), ("ticker", "EUR/USD 1.0842"),
    ("consent", "Kun nødvendige"), ("consent", "Tillad alle"), ("consent", "Endast nödvändiga"),
    ("related", "Link:"), ("related", "Weblinks:"), ("related", "Externe Links"),
    ("disclosure", "Advertiser Disclosure"),
    # (a news agency named by its noun: a Czech regional paper's and a Norwegian regional paper's closing notes)
    ("disclosure", "Článek vznikl ve spolupráci se Zpravodajskou agenturou Morava (ZAM)."),
    ("disclosure", "Saken er skrevet av nyhetsbyrået Nordpress og er ikke redigert av Fjordposten."),
    ("disclosure", "Dieser Artikel stammt von der Nachrichtenagentur Nordpresse."),
    ("disclosure", "Saken er skrevet av NTB."), ("disclosure", "Artikeln är skriven av TT."),
    ("copyright", "Este texto pode ser republicado gratuitamente, desde que citados a autora e o Mirante Ciência, sob "
     "licença Creative Commons CC BY-NC-ND 4.0."),
    ("copyright", "This story can be republished for free under a Creative Commons licence."),
    ("tail", "PRADO, L. T. et al. Abelhas sem ferrão e produtividade do café. Agroecossistemas Tropicais, v. 14, n. 3, "
     "2026. DOI: 10.5928/agtrop.2026.0147"),
    ("editing credit", "Continental Press writer Dale Ruggiero contributed from Colorado Springs."),
    ("disclosure", "The offers that appear in this table are from partnerships from which Example receives "
                   "compensation."),
    ("editing credit", "(Updates with closing benchmark yields in seventh paragraph.)"),
    ("audio player", "Abspielen. Laufzeit 2 Minuten 48 Sekunden."),
    # a clip's length alone on its line, under its title (holdout368's `2 Min`)
    ("audio player", "2 Min"),
    ("audio player", "4 min."), ("audio player", "12 minutes"),
    # a channel's pitch naming it only as ours, and its button (holdout302, once its `Vídeo:` line was a player's)
    ("sign-up", "Entre no nosso canal e fique por dentro de tudo o que acontece na Serra Gaúcha"),
    ("sign-up", "Clique aqui e participe"), ("sign-up", "Únete a nuestro canal de WhatsApp"),
]


def test_a_5_mb_page_without_repeated_lines_reads_in_bounded_time():
    # Every line distinct (no classification is shared): only the lines around the densest run of sentences
    # are classified. The bench shows ~1 s; the bound is loose, and on this process's CPU time (not the wall
    # clock's), because the test machine is shared. (The corpus alone passed 4.5 MB: copies are joined up to 5 MB,
    # then cut at a line.)
    pages = sorted(CORPUS.glob("*/*.txt"))
    joined = "\n\n".join(p.read_text(encoding="utf-8") for p in pages)
    text = "\n\n".join("\n".join(f"{line} {k}" if line.strip() else line for line in joined.split("\n"))
                       for k in range(1 + 5_000_000 // len(joined)))
    text = text[:text.rindex("\n", 0, 5_000_000)]
    assert len(text) > 4_900_000
    start = time.process_time()
    articles = read_plaintext(text, "huge.txt")
    assert time.process_time() - start < 6.0
    assert len(articles) == 1 and articles[0].body


def test_house_notes_leave_the_body():
    from newsletter.ingest.scraped.house import is_note

    site = frozenset({"long", "room"})
    assert is_note("This article appears in the March issue of The Long Room.", site, at_end=True)
    assert is_note("Ihnen ist ein Fehler aufgefallen? Schreiben Sie uns an leser@echo.example.", site, at_end=False)
    assert is_note("Diesen Beitrag lesen Sie als Abonnent ohne Einschränkung.", site, at_end=False)
    assert is_note("Long Room is a nonprofit magazine. Our reporting is free because readers like you pay.", site,
                   at_end=False)
    # A story may name its outlet once, and a quoted speaker may say "you" and "our".
    assert not is_note("The council did not answer questions from The Long Room.", site, at_end=True)
    assert not is_note("“You will see our ferry back in May,” the mayor said.", site, at_end=False)
    assert not is_note("Die Stadt sagt, sie habe ihre Pläne geändert.", site, at_end=True)


def test_furniture_kinds():
    """Each line is read as its kind; every line that is not is named (one item for the table, not one a line)."""
    from newsletter.ingest.scraped.furniture import kind_of

    assert [(kind, line, getattr(kind_of(line), "name", None)) for kind, line in FURNITURE_LINES
            if getattr(kind_of(line), "name", None) != kind] == []


def test_every_furniture_kind_has_an_example_line():
    from newsletter.ingest.scraped.furniture import KINDS

    assert {k.name for k in KINDS} == {kind for kind, _ in FURNITURE_LINES}


@pytest.mark.parametrize("line", [
    "The minister said the council would support the plan, which reads as a compromise.",
    "Scientists found the cookies were baked with flour from the 1920s harvest.",
    "By the end of the week, the river had fallen by two metres.",
    "The European Commission banned the products from shops in 2025.",
    "Farmers will receive a share of the profits from the new dairy.",
    # near the widgets and labels above: a story's heat, a price list's item, a spec box's price, a menu's `Links`
    "Temperatures reached 40°C on Tuesday.", "Seville 46°: the hottest day", "Malbec: $1.720.",
    "Prijs: € 46.990", "Links",
    # near the machine-voice note: a story's sentence about a voice
    "Narrated with an AI voice cloned from the director, the film premiered in Venice.",
    # near the station's appeal heading: a story's sentence that goes on after `like you`
    "The food bank depends on donors like you, she said.", "Public radio depends on listeners like you to survive.",
    # near a length alone: a sentence opening on a length
    "2 minutes later the roof collapsed.",
    # near the Brazilian reference: a dateline in capitals, then the story's sentence citing a gazette's volume
    "BRASÍLIA, 3 de dezembro de 2026 — O governo publicou o decreto no Diário Oficial, v. 12, n. 4, na terça-feira.",
    # near the summary box's labels: `The takeaway` heads a blog post's closing part as often as a box of key points
    # (a real page's: `The takeaway` / `To get fast, reproducible builds …` / its list), so no label
    "The takeaway",
    # near the licence note: a story's sentence about a licence, without a verb of republishing
    "The museum released 40,000 images under a Creative Commons licence on Tuesday.",
    # near the wire writer's credit: a story's sentence about what people gave; near the Finnish correction label:
    # `korjaus` is a repair too
    "Farmers in the valley contributed from their own savings.",
    "Korjaus maksaa kaupungille noin 2,4 miljoonaa euroa, kertoo tekninen johtaja.",
    # near the news agency's note: a story's sentence about an agency's article, too long for a note
    "The article, first reported by the news agency Nordpress on Monday, prompted the council to call an emergency "
    "meeting of its finance committee, which will now examine every contract the harbour authority has signed with "
    "the ferry operator since the tender was awarded in 2019, the mayor told reporters on Tuesday.",
    # near the helpline box: a story's advice to its readers, a crisis named in a sentence not about the reader's own
    "If you are worried about your pension, contact your provider.", "If you ask the mayor, the crisis is over.",
    "If you are struggling to pay your energy bills, contact your supplier.",
    "Wenn Sie den Bürgermeister fragen, ist die Krise vorbei.",
    # near the channel's pitch: a story's sentence opening on `Entre` (among)
    "Entre os moradores do bairro, o medo é grande.",
])
def test_body_sentences_are_not_furniture(line):
    from newsletter.ingest.scraped.furniture import kind_of

    assert kind_of(line) is None


def test_text_shapes_drop_cap_hard_wrap_and_crlf():
    wrapped = ("The keeper climbed the 151 steps every night for four decades, he says,\n"
               "and never once thought of leaving the rock, not even in the storm of\n"
               "1989, when the sea broke two of the lantern's windows and a well-\n"
               "known photograph of the tower was taken from the lifeboat. The relief\n"
               "boat came every fortnight with food, oil and letters, weather allowing,\n"
               "and in the worst winters the crew waited six weeks for it to come back\n"
               "while they rationed the tea and read the same newspapers over again.\n")
    text = ("Home\r\n\r\nThe Last Lighthouse Keeper\r\n\r\nFor forty years Ewan MacLeod kept the light on "
            "Skerryvore. Now the machines do it.\r\n\r\nWords by Isla Grant\r\n\r\nT\r\n\r\nhe lamp room is "
            "empty now, and the keeper's chair has gone to a museum in Tobermory.\r\n\r\n"
            + wrapped.replace("\n", "\r\n") + "\r\nHis son took over in 1998, when the light was automated.\r\n")
    [a] = read_plaintext(text, "magazine.txt")
    assert (a.title, a.author) == ("The Last Lighthouse Keeper", "Isla Grant")
    assert a.body[0].startswith("The lamp room is empty now")  # the drop cap joined to its word
    assert a.body[1] == " ".join(wrapped.split()).replace("well- known", "well-known")
    assert len(a.body) == 3 and a.summary.startswith("For forty years")


def test_a_finished_live_pages_header_date_and_its_four_authors_with_the_outlet():
    """A live page turned into a summary: its closing notice (`Live updates have ended. …`) stands over the byline,
    and its `Published …` line under the byline is the page's date, not a live entry's stamp."""
    article = read(CORPUS / "holdout255" / "255_flight_ground_stop.txt")
    assert article.author == "Dana Whitcomb, Luis Ferreira, Amanda Cho and Brett Kowalski"
    assert article.published == datetime(2027, 7, 13, 10, 5, tzinfo=UTC)
