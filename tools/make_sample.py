#!/usr/bin/env python3
"""Write the invented sample input for deltagande into input/.

Everything here is invented: people, organisations, org numbers, e-mail addresses
(all under `.example`), phone numbers and comments. Only the programme (areas, phases,
dates and times) follows the real 2026 calendar of the seeds.

The output is deterministic: one random.Random(2026), no clock, fixed workbook
properties and fixed zip entry times, so every run writes identical bytes.

    python3 tools/make_sample.py             # writes <repo>/input/
    python3 tools/make_sample.py --out DIR   # writes DIR/ instead

Needs Python 3.9+ and openpyxl. The byte layouts imitate the files in
shared/reference/examples/ (Swedish Excel CSV, Microsoft Forms, Google Forms, Teams).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import shutil
import sys
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Optional

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

SEED = 2026
XLSX_TIME = datetime(2026, 11, 23, 20, 0, 0)  # workbook created/modified
ZIP_TIME = (2026, 11, 23, 20, 0, 0)  # every zip entry
FORMS_DATE_FORMAT = "m/d/yy h:mm:ss"  # as in msforms_Feedback_samradsmote.xlsx

# ---------------------------------------------------------------------------
# The programme
# ---------------------------------------------------------------------------

AREAS = {
    "jsv": "Jord, skog och vatten",
    "upp": "Upplevelser",
    "he": "Hållbar energi",
    "dig": "Digitala lösningar",
}
AREA_KEYS = ["jsv", "upp", "he", "dig"]
PHASES = {
    "dialog": "Dialogmöten omgång 2",
    "vision": "Vision och prioriteringar",
    "mob": "Mobilisering",
    "hp": "Handlingsplaner",
}
LABEL_PREFIX = {"dialog": "Dialogmöte", "vision": "Vision", "mob": "Mobilisering", "hp": "Handlingsplan"}
MONTHS = {8: "aug", 9: "sep", 10: "okt", 11: "nov"}
HUS_U = "Hus U, campus Östersund"

# id, area, phase, date, start, end, mode, venue, capacity  (file order = report order)
PROGRAMME = [
    ("dialog-jsv", "jsv", "dialog", "2026-08-18", "10:00", "12:00", "remote", "Teams", None),
    ("dialog-upp", "upp", "dialog", "2026-08-21", "09:00", "11:00", "remote", "Teams", None),
    ("dialog-he", "he", "dialog", "2026-08-19", "13:00", "15:00", "remote", "Teams", None),
    ("dialog-dig", "dig", "dialog", "2026-08-21", "13:00", "15:00", "remote", "Teams", None),
    ("vision-jsv", "jsv", "vision", "2026-09-21", "09:30", "12:30", "hybrid", HUS_U, 40),
    ("vision-upp", "upp", "vision", "2026-09-21", "13:15", "16:30", "hybrid", HUS_U, 40),
    ("vision-he", "he", "vision", "2026-09-22", "13:15", "16:30", "hybrid", HUS_U, 40),
    ("vision-dig", "dig", "vision", "2026-09-22", "09:30", "12:30", "hybrid", HUS_U, 40),
    ("mob-jsv", "jsv", "mob", "2026-10-15", "09:30", "12:30", "remote", "Teams", None),
    ("mob-upp", "upp", "mob", "2026-10-15", "13:15", "16:30", "remote", "Teams", None),
    ("mob-he", "he", "mob", "2026-10-16", "13:15", "16:30", "remote", "Teams", None),
    ("mob-dig", "dig", "mob", "2026-10-16", "09:30", "12:30", "remote", "Teams", None),
    ("hp-jsv-1", "jsv", "hp", "2026-11-03", "09:00", "12:00", "remote", "Teams", None),
    ("hp-jsv-2", "jsv", "hp", "2026-11-10", "09:30", "15:00", "in_room", "Krokoms bygdegård (fiktiv)", 20),
    ("hp-upp-1", "upp", "hp", "2026-11-04", "13:00", "16:00", "remote", "Teams", None),
    ("hp-upp-2", "upp", "hp", "2026-11-12", "13:00", "16:00", "remote", "Teams", None),
    ("hp-he-1", "he", "hp", "2026-11-05", "09:00", "12:00", "remote", "Teams", None),
    ("hp-he-2", "he", "hp", "2026-11-17", "09:00", "12:00", "remote", "Teams", None),
    ("hp-dig-1", "dig", "hp", "2026-11-06", "09:00", "12:00", "hybrid", HUS_U, 25),
    ("hp-dig-2", "dig", "hp", "2026-11-19", "13:00", "16:00", "remote", "Teams", None),
]

# Registrations wanted per session: (in room / plain, via link, mode left empty).
QUOTAS = {
    "dialog-jsv": (10, 0, 0), "dialog-upp": (8, 0, 0), "dialog-he": (8, 0, 0), "dialog-dig": (7, 0, 0),
    "vision-jsv": (44, 6, 1), "vision-upp": (43, 5, 1), "vision-he": (42, 5, 1), "vision-dig": (27, 6, 2),
    "mob-jsv": (11, 0, 0), "mob-upp": (9, 0, 0), "mob-he": (10, 0, 0), "mob-dig": (9, 0, 0),
    "hp-jsv-1": (6, 0, 0), "hp-jsv-2": (12, 0, 0), "hp-upp-1": (5, 0, 0), "hp-upp-2": (5, 0, 0),
    "hp-he-1": (5, 0, 0), "hp-he-2": (4, 0, 0), "hp-dig-1": (10, 4, 1), "hp-dig-2": (5, 0, 0),
}
# When the room of a full vision meeting was fully booked ("Fullsatt i lokalen").
ROOM_FULL_AT = {
    "vision-jsv": datetime(2026, 9, 4, 12, 0),
    "vision-upp": datetime(2026, 9, 7, 16, 0),
    "vision-he": datetime(2026, 9, 9, 10, 0),
}
SESSION_WITHOUT_REPORT = "hp-upp-2"
OLD_LAYOUT_REPORTS = ["dialog-jsv", "dialog-he"]  # Teams 2021 "Meeting Summary"
EXCEL_RESAVED_REPORT = "mob-jsv"  # opened and re-saved in Excel
UNTITLED_REPORT = "mob-he"  # title "Teams-möte": must be matched by its start time
DIAL_IN_SESSIONS = {"dialog-upp": "+46 70 123 45 67", "mob-jsv": "+46 73 987 65 43"}


@dataclass
class Session:
    id: str
    area: str  # key in AREAS
    phase: str  # key in PHASES
    date: date
    start: time
    end: time
    mode: str
    venue: str
    capacity: Optional[int]

    @property
    def label(self) -> str:
        return f"{LABEL_PREFIX[self.phase]}: {AREAS[self.area]} {self.date.day} {MONTHS[self.date.month]}"

    @property
    def starts(self) -> datetime:
        return datetime.combine(self.date, self.start)

    @property
    def ends(self) -> datetime:
        return datetime.combine(self.date, self.end)


def build_sessions() -> list[Session]:
    sessions = []
    for sid, area, phase, d, s, e, mode, venue, cap in PROGRAMME:
        sessions.append(Session(sid, area, phase, date.fromisoformat(d), time.fromisoformat(s),
                                time.fromisoformat(e), mode, venue, cap))
    return sessions


# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

SECTOR_WORD = {"business": "näringsliv", "public": "offentlig sektor", "academia": "akademi",
               "civil_society": "civilsamhälle", "other": "annat"}
# What people type in a registration's Sektor column.
SECTOR_TYPED = {
    "business": [("Näringsliv", 7), ("Företag", 3)],
    "public": [("Offentlig sektor", 6), ("Myndighet", 2), ("offentlig", 1)],
    "municipality": [("Offentlig sektor", 6), ("Kommun", 3), ("offentlig", 1)],
    "region": [("Offentlig sektor", 6), ("Region", 3)],
    "academia": [("Akademi", 8), ("Forskning", 2)],
    "civil_society": [("Civilsamhälle", 6), ("Ideell förening", 4)],
    "other": [("Annat", 6), ("Övrigt", 4)],
}
MUNICIPALITIES = ["Ragunda", "Bräcke", "Krokom", "Strömsund", "Åre", "Berg", "Härjedalen", "Östersund"]
MUNICIPALITY_CODES = {"Ragunda": "2303", "Bräcke": "2305", "Krokom": "2309", "Strömsund": "2313",
                      "Åre": "2321", "Berg": "2326", "Härjedalen": "2361", "Östersund": "2380"}

ALL = ("jsv", "upp", "he", "dig")

# name, aliases, number kind, sector, municipality, domains, in register, sector/kommun
# columns filled in registrations, areas of interest, weight (how many people it sends)
ORGANISATIONS = [
    # public sector: the 8 municipalities, the region and state agencies
    ("Östersunds kommun (fiktiv)", "Östersunds kommun;Östersund kommun (fiktiv)", "2", "public", "Östersund", "ostersund.example", True, True, ALL, 8),
    ("Krokoms kommun (fiktiv)", "Krokoms kommun;Krokom kommun", "2", "public", "Krokom", "krokom.example", True, True, ALL, 4),
    ("Åre kommun (fiktiv)", "Åre kommun;Åres kommun", "2", "public", "Åre", "are.example", True, True, ALL, 4),
    ("Bergs kommun (fiktiv)", "Bergs kommun;Berg kommun", "2", "public", "Berg", "berg.example", True, True, ALL, 2),
    ("Bräcke kommun (fiktiv)", "Bräcke kommun", "2", "public", "Bräcke", "bracke.example", True, True, ALL, 2),
    ("Ragunda kommun (fiktiv)", "Ragunda kommun", "2", "public", "Ragunda", "ragunda.example", True, True, ALL, 2),
    ("Strömsunds kommun (fiktiv)", "Strömsunds kommun;Strömsund kommun", "2", "public", "Strömsund", "stromsund.example", True, True, ALL, 2),
    ("Härjedalens kommun (fiktiv)", "Härjedalens kommun;Härjedalen kommun", "2", "public", "Härjedalen", "herjedalen.example;harjedalen.example", True, True, ALL, 3),
    ("Region Jämtland Härjedalen (fiktiv)", "Region JH;RJH;Regionen", "2", "public", "Östersund", "regionjh.example", True, True, ALL, 5),
    ("Länsstyrelsen Jämtlands län (fiktiv)", "Länsstyrelsen;Länsstyrelsen Jämtland", "2", "public", "Östersund", "lansstyrelsen-z.example", True, True, ALL, 4),
    ("Skogsstyrelsen distrikt Jämtland (fiktiv)", "", "2", "public", "Östersund", "skogsstyrelsen-z.example", False, True, ("jsv",), 2),
    ("Energimyndigheten kontor Östersund (fiktiv)", "", "2", "public", "Östersund", "energimyndigheten-z.example", False, False, ("he",), 1),
    # academia
    ("Mittuniversitetet (fiktiv)", "Miun;Mittuniversitetet;Mid Sweden University (fiktiv)", "2", "academia", "Östersund", "miun.example", True, True, ALL, 7),
    ("Skogshögskolan Jämtland (fiktiv)", "", None, "academia", "Krokom", "skogshogskolan.example", False, False, ("jsv",), 2),
    ("Fjällforskningsinstitutet Funäsdalen (fiktiv)", "Fjällforskningsinstitutet", "2", "academia", "Härjedalen", "fjallforskning.example", True, True, ("upp", "jsv"), 2),
    ("Lantbruksuniversitetets försöksgård Rösta (fiktiv)", "", None, "academia", "Östersund", "forsoksgard-rosta.example", False, False, ("jsv",), 1),
    ("Nationellt vintersportcentrum (fiktiv)", "NVC", "2", "academia", "Östersund", "nvc.example", True, True, ("upp", "dig"), 2),
    # civil society
    ("Föreningen Jämtländska Fäbodbrukare (fiktiv)", "Jämtländska Fäbodbrukare", "8", "civil_society", "Berg", "fabodbrukare.example", True, True, ("jsv", "upp"), 2),
    ("Hushållningssällskapet Jämtland (fiktiv)", "Hushållningssällskapet;HS Jämtland", "8", "civil_society", "Östersund", "hushallning-z.example", True, True, ("jsv",), 2),
    ("Stiftelsen Storsjöbygdens Framtid", "Storsjöbygdens Framtid", "8", "civil_society", "Östersund", "storsjobygden.example", True, True, ALL, 2),
    ("Jämtlands Idrottsförbund (fiktiv)", "", "8", "civil_society", "Östersund", "idrottsforbund-z.example", False, True, ("upp",), 1),
    ("Byalaget Hallen", "", "8", "civil_society", "Åre", "byalagethallen.example", False, False, ("upp", "jsv"), 1),
    ("Coompanion Jämtland (fiktiv)", "Coompanion", "7", "civil_society", "Östersund", "coompanion-z.example", True, True, ALL, 2),
    ("Hembygdsförbundet Härjedalen (fiktiv)", "", "8", "civil_society", "Härjedalen", "hembygd-hd.example", True, True, ("upp",), 1),
    ("Landsbygdsnätverket Ragunda", "", "8", "civil_society", "Ragunda", "landsbygd-ragunda.example", False, True, ALL, 1),
    ("Fiskevårdsföreningen Indalsälven (fiktiv)", "", None, "civil_society", "Ragunda", "fvf-indalsalven.example", False, False, ("jsv",), 1),
    # other
    ("Nätverket Fjällkvinnor", "Fjällkvinnor", None, "other", "Åre", "fjallkvinnor.example", True, True, ("upp",), 1),
    ("Arbetsgruppen Glesbygdsdata", "", None, "other", "Strömsund", "glesbygdsdata.example", True, True, ("dig",), 1),
    ("Samverkansgruppen Energi i Bräcke", "", None, "other", "Bräcke", "energibracke.example", False, True, ("he",), 1),
    # business
    ("Jämtkraft AB (fiktiv)", "Jämtkraft (fiktiv);Jämtkraft", "5", "business", "Östersund", "jamtkraft.example", True, True, ("he", "dig"), 6),
    ("Storsjö Skogsvård AB", "Storsjö Skogsvård", "5", "business", "Östersund", "storsjoskog.example", True, True, ("jsv",), 3),
    ("Fjällvatten Fisk AB", "", "5", "business", "Strömsund", "fjallvattenfisk.example", True, True, ("jsv", "upp"), 2),
    ("Oviksfjällens Lodge AB", "", "5", "business", "Berg", "oviklodge.example", True, True, ("upp",), 2),
    ("Bräcke Trähus AB", "", "5", "business", "Bräcke", "bracketrahus.example", True, True, ("jsv",), 2),
    ("Jämtlandsbär ekonomisk förening", "Jämtlandsbär", "7", "business", "Krokom", "jamtlandsbar.example", True, True, ("jsv",), 2),
    ("Härjedalens Biogas ekonomisk förening", "Härjedalens Biogas", "7", "business", "Härjedalen", "hjbiogas.example", True, True, ("he",), 2),
    ("Norrbyn Data AB", "", "5", "business", "Östersund", "norrbyndata.example", True, True, ("dig",), 3),
    ("Östersunds Kodverkstad AB", "Kodverkstaden", "5", "business", "Östersund", "kodverkstad.example", True, True, ("dig",), 2),
    ("Krokom Fiber AB", "", "5", "business", "Krokom", "krokomfiber.example", True, True, ("dig",), 2),
    ("Strömsunds Vattenkraft AB", "", "5", "business", "Strömsund", "svkraft.example", True, True, ("he",), 2),
    ("Ragunda Sågverk AB", "", "5", "business", "Ragunda", "ragundasag.example", True, True, ("jsv", "he"), 2),
    ("Åre Cykelguider HB", "", "9", "business", "Åre", "arecykel.example", True, True, ("upp",), 2),
    ("Funäsdalens Upplevelser AB", "", "5", "business", "Härjedalen", "funasupplevelser.example", True, True, ("upp",), 3),
    ("Kallbygdens Ost AB", "", "5", "business", "Krokom", "kallbygdost.example", True, True, ("jsv", "upp"), 2),
    ("Solkraft Mitt AB", "", "5", "business", "Östersund", "solkraftmitt.example", True, True, ("he",), 2),
    ("Vätgas Jämtland AB", "", "5", "business", "Östersund", "vatgasj.example", True, True, ("he",), 2),
    ("Glesbygdsmedia AB", "", "5", "business", "Strömsund", "glesbygdsmedia.example", True, True, ("dig",), 1),
    ("Frösö Konsult AB", "", "5", "business", "Östersund", "frosokonsult.example", False, True, ("dig", "he"), 2),
    ("Lits Lantbruk AB", "", "5", "business", "Östersund", "litslantbruk.example", False, True, ("jsv",), 1),
    ("Hammarstrand Turism AB", "", "5", "business", "Ragunda", "hammarstrandturism.example", True, True, ("upp",), 1),
    ("Vemdalens Stugby AB", "", "5", "business", "Härjedalen", "vemdalenstugby.example", True, True, ("upp",), 2),
    ("Jämtländsk Mathantverk ekonomisk förening", "Jämtländsk Mathantverk", "7", "business", "Östersund", "mathantverk.example", True, True, ("upp", "jsv"), 2),
    ("Storsjöns Båttrafik AB", "", "5", "business", "Östersund", "batrafik.example", False, True, ("upp",), 1),
    ("Mittlandets Elnät AB", "", "5", "business", "Sundsvall", "mittelnat.example", True, True, ("he",), 2),
    ("Gäddede Fiske & Vildmark AB", "", "5", "business", "Strömsund", "gaddedevildmark.example", True, True, ("upp", "jsv"), 1),
    ("Brunflo Skogsmaskiner AB", "", "5", "business", "Östersund", "brunfloskog.example", False, False, ("jsv",), 1),
    ("Offerdals Timmer AB", "", "5", "business", "Krokom", "offerdalstimmer.example", False, True, ("jsv",), 1),
    ("Sveg Datateknik AB", "", "5", "business", "Härjedalen", "svegdata.example", False, True, ("dig",), 1),
    ("Hallens Biodling", "", "pnr10", "business", "Åre", "", False, True, ("jsv",), 1),
    ("Klövsjö Gårdsbutik", "", "pnr12", "business", "Berg", "", False, True, ("upp",), 1),
    ("Nordic Datahall Östersund AB", "", "5", "business", "Östersund", "nordicdatahall.example", True, True, ("dig", "he"), 2),
    ("Stockholm Innovation Partners AB", "", "5", "business", "Stockholm", "sip.example", False, True, ("dig",), 1),
    ("Åre Destination Service AB", "Åre Destination", "5", "business", "Åre", "aredestination.example", True, True, ("upp",), 3),
]

# Personal identity numbers of the two sole traders: Skatteverket's public test identity
# and an invented coordination number (day + 60) in the 12-digit layout.
SOLE_TRADER_NUMBERS = {"pnr10": "121212-1212", "pnr12": None}


@dataclass
class Organisation:
    name: str
    aliases: list[str]
    kind: Optional[str]
    sector: str
    municipality: str
    domains: list[str]
    in_register: bool
    typed_columns: bool
    areas: tuple
    weight: int
    number: str = ""  # NNNNNN-NNNN, or the personal number of a sole trader

    def spelling_variants(self) -> list[tuple[str, float]]:
        """What people type for this organisation, with weights. Every variant still
        normalises to the name or matches an alias (SPEC 3 and 2.6)."""
        variants = [(self.name, 8.0)]
        if " AB" in self.name:
            variants.append((self.name.replace(" AB", ""), 2.0))
            variants.append((self.name.replace(" AB", " Aktiebolag"), 0.3))
        variants.append((self.name.lower(), 0.6))
        for alias in self.aliases if self.in_register else []:
            variants.append((alias, 1.2))
        return variants


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def make_org_number(rng: random.Random, kind: str) -> str:
    """A valid, invented organisation number whose first digit tells the legal form."""
    # Second digits the real registry does not hand out for that form, so no invented
    # number belongs to a real organisation (real ones: 21/23 public, 55 AB, 76, 80, 96).
    second = {"2": "4678", "5": "234", "7": "34", "8": "67", "9": "3"}[kind]
    nine = kind + rng.choice(second) + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    ten = nine + str(luhn_digit(nine))
    return ten[:6] + "-" + ten[6:]


def coordination_number() -> str:
    """12-digit personal number layout, coordination number (day 03 + 60 = 63)."""
    nine = "701063239"
    return "19" + nine[:6] + "-" + nine[6:] + str(luhn_digit(nine))


def build_organisations(rng: random.Random) -> list[Organisation]:
    orgs = []
    used = {"232100-0214"}  # the real region's number in the seeds: never reuse it
    for name, aliases, kind, sector, muni, domains, reg, typed, areas, weight in ORGANISATIONS:
        org = Organisation(name, [a for a in aliases.split(";") if a], kind, sector, muni,
                           [d for d in domains.split(";") if d], reg, typed, areas, weight)
        if kind == "pnr10":
            org.number = SOLE_TRADER_NUMBERS["pnr10"]
        elif kind == "pnr12":
            org.number = coordination_number()
        elif kind:
            number = make_org_number(rng, kind)
            while number in used:
                number = make_org_number(rng, kind)
            used.add(number)
            org.number = number
        orgs.append(org)
    return orgs


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

WOMEN = ["Anna", "Eva", "Karin", "Kristina", "Lena", "Sara", "Emma", "Malin", "Johanna", "Elin",
         "Frida", "Hanna", "Ida", "Lisa", "Camilla", "Helena", "Therese", "Jenny", "Ulrika",
         "Petra", "Sofia", "Matilda", "Ebba", "Agnes", "Klara", "Moa", "Tove", "Josefin", "Louise",
         "Maja", "Britt", "Gunilla", "Birgitta", "Margareta", "Ylva", "Anna-Karin", "Eva-Lena",
         "Cecilia", "Lovisa", "Amanda", "Jessica", "Marie", "Susanne", "Katarina", "Linda", "Amira",
         "Nadia", "Leila", "Sanna", "Stina", "Vera", "Signe", "Greta", "Tuva", "Wilma"]
MEN = ["Anders", "Johan", "Lars", "Per", "Erik", "Karl", "Mikael", "Peter", "Fredrik", "Daniel",
       "Magnus", "Stefan", "Mats", "Henrik", "Niklas", "Oskar", "Viktor", "Emil", "Gustav",
       "Björn", "Olof", "Håkan", "Göran", "Kjell", "Rolf", "Tomas", "Patrik", "Martin", "Jörgen",
       "Ove", "Linus", "Axel", "Hugo", "Nils", "Ola", "Pär", "Åke", "Sven", "Per-Olof", "Robert",
       "Joakim", "Andreas", "Christoffer", "Sebastian", "Ahmed", "Omar", "Ali", "David", "Simon",
       "Rasmus", "Jonatan", "Arvid", "Jan", "Leif", "Bengt"]
SURNAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
            "Persson", "Svensson", "Gustafsson", "Pettersson", "Hansson", "Bengtsson", "Lindberg",
            "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
            "Axelsson", "Bergström", "Lundberg", "Lund", "Sundberg", "Mattsson", "Berglund",
            "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström",
            "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm",
            "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg",
            "Arvidsson", "Löfgren", "Söderberg", "Blomqvist", "Claesson", "Nordström", "Lundgren",
            "Hedlund", "Ersson", "Olsén", "Hägglund", "Grahn", "Östman", "Åström", "Näslund",
            "Dahlberg", "Skoglund", "Strand", "Ödling", "Nordlund", "Ångman", "Zakrisson",
            "Bäckman", "Jämtlid", "Rönnqvist", "Hassan", "Nguyen", "Kowalski", "Ahmadi", "Müller",
            "Haddad", "Virtanen", "Sparrman", "Flykt", "Hjort", "Grönlund", "Edholm", "Tjärnström"]
# Never used for participants: the seeds' named people and the invented region staff.
FORBIDDEN_NAMES = {"Åsa", "Sofie", "Ingrid", "Maria", "Kim", "Hofsten", "Strömmer", "Jonsson",
                   "Ahnlund", "Rode", "Kumpula", "Frostvik", "Hammarberg", "Sandvik", "Öhrn",
                   "Västlund", "Kläpp"}
# The region's own process staff: they host the Teams meetings (role Organizer).
STAFF = [  # first, last, area or role
    ("Linnea", "Frostvik", "jsv"), ("Jonas", "Hammarberg", "upp"), ("Elin", "Sandvik", "he"),
    ("Mattias", "Öhrn", "dig"), ("Annika", "Västlund", "coordinator"), ("Tobias", "Kläpp", "support"),
]
PRIVATE_DOMAINS = ["post.example", "mejl.example"]
GENDER_ANSWER = {"K": "Kvinna", "M": "Man"}


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def mail_local(first: str, last: str) -> str:
    return ascii_fold(f"{first}.{last}").lower().replace(" ", "")


@dataclass
class Person:
    first: str
    last: str
    sex: str  # K or M
    gender_answer: str  # as the person answers Kön
    email: str
    org: Organisation
    areas: list  # area keys, primary first
    engagement: float
    channel: str  # excel or forms: where this person usually registers
    teams_style: str  # how Teams shows the person: member, external, plain, guest, unverified
    is_staff: bool = False

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def build_people(rng: random.Random, orgs: list[Organisation], count: int, extra: int):
    """`count` people who register, then `extra` who only ever walk in."""
    used_names: set = set()
    used_mail: set = set()
    women = [n for n in WOMEN if n not in FORBIDDEN_NAMES]
    men = [n for n in MEN if n not in FORBIDDEN_NAMES]
    surnames = [n for n in SURNAMES if n not in FORBIDDEN_NAMES]

    def new_person(org: Organisation) -> Person:
        while True:
            sex = rng.choice("KM")
            first = rng.choice(women if sex == "K" else men)
            last = rng.choice(surnames)
            if rng.random() < 0.04:
                last = f"{last}-{rng.choice(surnames)}"
            if (first, last) not in used_names:
                break
        used_names.add((first, last))
        local = mail_local(first, last)
        if org.kind in ("pnr10", "pnr12"):
            domain = PRIVATE_DOMAINS[0]
            local = ascii_fold(org.name.split()[0]).lower() + "." + ascii_fold(first).lower()
        elif not org.domains or rng.random() < 0.06:
            domain = rng.choice(PRIVATE_DOMAINS)
        else:
            domain = org.domains[0]
        email = f"{local}@{domain}"
        n = 2
        while email in used_mail:
            email = f"{local}{n}@{domain}"
            n += 1
        used_mail.add(email)
        r = rng.random()
        gender_answer = GENDER_ANSWER[sex] if r < 0.88 else ("" if r < 0.96 else "Vill ej ange")
        primary = rng.choice(org.areas)
        areas = [primary]
        if rng.random() < 0.3:
            areas.append(rng.choice([a for a in AREA_KEYS if a != primary]))
        if org.name.startswith("Region Jämtland"):
            style = "member"
        else:
            style = rng.choices(["external", "plain", "guest", "unverified"], [66, 24, 7, 3])[0]
        return Person(first, last, sex, gender_answer, email, org, areas,
                      rng.choice([0.5, 1.0, 1.0, 1.5, 2.5]),
                      "excel" if rng.random() < 0.64 else "forms", style)

    people = [new_person(org) for org in orgs]  # every organisation sends someone
    weights = [org.weight for org in orgs]
    while len(people) < count:
        org = rng.choices(orgs, weights)[0]
        if org.kind in ("pnr10", "pnr12"):
            continue  # one owner per sole trader
        people.append(new_person(org))
    walk_ins = []
    while len(walk_ins) < extra:
        org = rng.choices(orgs, weights)[0]
        if org.kind in ("pnr10", "pnr12"):
            continue
        walk_ins.append(new_person(org))
    return people, walk_ins


def build_staff(orgs: list[Organisation]) -> list[Person]:
    region = next(o for o in orgs if o.name.startswith("Region Jämtland"))
    staff = []
    for first, last, role in STAFF:
        areas = [role] if role in AREAS else list(AREA_KEYS)
        staff.append(Person(first, last, "K" if first in ("Linnea", "Elin", "Annika") else "M",
                            GENDER_ANSWER["K" if first in ("Linnea", "Elin", "Annika") else "M"],
                            f"{mail_local(first, last)}@regionjh.example", region, areas, 1.0,
                            "forms", "member", is_staff=True))
    return staff


# ---------------------------------------------------------------------------
# Registrations
# ---------------------------------------------------------------------------

ROOM, LINK, UNSET = "På plats", "Via länk", ""


@dataclass
class Pair:
    person: Person
    session: Session
    choice: str  # ROOM, LINK or UNSET: what the person picked for a hybrid session


@dataclass
class RegRow:
    """One registration row, in either export."""
    person: Person
    channel: str  # excel or forms
    when: Optional[datetime]  # the time stamp written (None: left empty)
    labels: list  # session labels as written
    mode: str
    status: str = ""
    email: Optional[str] = None  # as written, when it differs from the person's
    first: Optional[str] = None
    last: Optional[str] = None
    org_text: str = ""
    org_number: str = ""
    sector: str = ""
    municipality: str = ""
    gender: str = ""
    sessions_joiner: str = ";"
    shifted_org: Optional[list] = None  # organisation typed with unquoted ';' (row shifts)
    order_at: Optional[datetime] = None  # where the row sits in the file when `when` is None
    note: str = ""
    start: Optional[datetime] = None  # Forms: start time
    modified: Optional[datetime] = None  # Forms: last modified time

    @property
    def sort_time(self) -> datetime:
        return self.when if self.when is not None else self.order_at


def weighted_sample(rng: random.Random, items: list, weights: list, k: int) -> list:
    items, weights = list(items), list(weights)
    chosen = []
    while items and len(chosen) < k:
        total = sum(weights)
        r = rng.random() * total
        acc = 0.0
        for i, w in enumerate(weights):
            acc += w
            if r <= acc:
                break
        chosen.append(items.pop(i))
        weights.pop(i)
    return chosen


def assign_pairs(rng: random.Random, sessions: list[Session], people: list[Person]) -> list[Pair]:
    """Fill each session's quota from the people interested in its area, favouring those
    who have no registration yet; whoever is left over gets one remote meeting."""
    count = {id(p): 0 for p in people}
    pairs: list[Pair] = []
    for s in sessions:
        room, link, unset = QUOTAS[s.id]
        wanted = room + link + unset
        candidates = [p for p in people if s.area in p.areas and p.org.kind not in ("pnr10", "pnr12")]
        weights = [p.engagement * (4.0 if count[id(p)] == 0 else 1.0 / (1 + count[id(p)]))
                   * (1.5 if p.areas[0] == s.area else 1.0) for p in candidates]
        chosen = weighted_sample(rng, candidates, weights, wanted)
        choices = [ROOM] * room + [LINK] * link + [UNSET] * unset if s.mode == "hybrid" else [UNSET] * wanted
        rng.shuffle(choices)
        for p, c in zip(chosen, choices):
            pairs.append(Pair(p, s, c))
            count[id(p)] += 1
    remote = [s for s in sessions if s.mode == "remote"]
    for p in people:
        if count[id(p)] == 0:
            s = rng.choice([x for x in remote if x.area == p.areas[0]])
            pairs.append(Pair(p, s, UNSET))
            count[id(p)] += 1
    return pairs


def window(pair: Pair, late: bool) -> tuple[datetime, datetime]:
    """When this registration can have been sent."""
    s = pair.session
    before = datetime.combine(s.date - timedelta(days=1), time(16, 0))
    if s.phase == "dialog":
        return datetime(2026, 6, 8, 8, 0), before
    if s.phase == "vision":
        lo, hi = datetime(2026, 8, 24, 8, 0), datetime(2026, 9, 18, 15, 0)
        full = ROOM_FULL_AT.get(s.id)
        if full and pair.choice == ROOM:
            return lo, full
        if full and late:
            return full, hi
        return lo, hi
    if s.phase == "mob":
        return datetime(2026, 8, 24, 8, 0), datetime(2026, 10, 13, 16, 0)
    return datetime(2026, 10, 19, 8, 0), before


def daytime(rng: random.Random, d: date) -> datetime:
    """A moment on day d when people send forms (mostly office hours)."""
    hours = list(range(7, 23))
    hour_weights = [1, 4, 6, 6, 5, 3, 5, 6, 5, 4, 2, 1, 1, 1, 1, 1]
    return datetime.combine(d, time(rng.choices(hours, hour_weights)[0], rng.randint(0, 59), rng.randint(0, 59)))


def random_moment(rng: random.Random, lo: datetime, hi: datetime) -> datetime:
    hours = list(range(7, 23))
    hour_weights = [1, 4, 6, 6, 5, 3, 5, 6, 5, 4, 2, 1, 1, 1, 1, 1]
    for _ in range(200):
        d = lo.date() + timedelta(days=rng.randint(0, (hi.date() - lo.date()).days))
        if d.weekday() >= 5 and rng.random() < 0.75:
            continue
        t = datetime.combine(d, time(rng.choices(hours, hour_weights)[0], rng.randint(0, 59), rng.randint(0, 59)))
        if lo <= t <= hi:
            return t
    seconds = int((hi - lo).total_seconds())
    return lo + timedelta(seconds=rng.randint(0, max(seconds, 0)))


def category(pair: Pair) -> str:
    if pair.session.mode == "hybrid":
        return {ROOM: "P", LINK: "L", UNSET: "U"}[pair.choice]
    return "I" if pair.session.mode == "in_room" else "R"


def compatible(cats: set) -> bool:
    """One Deltagande answer must be right for every meeting on the row."""
    if "P" in cats and cats & {"L", "U", "R"}:
        return False
    if "L" in cats and cats & {"U", "I"}:
        return False
    return True


def row_mode(cats: set) -> str:
    return ROOM if "P" in cats else LINK if "L" in cats else UNSET


def typed_org_number(rng: random.Random, number: str) -> str:
    digits = number.replace("-", "")
    form = rng.choices(["plain", "nohyphen", "space", "prefix", "dash"], [70, 10, 8, 7, 5])[0]
    if form == "nohyphen":
        return digits
    if form == "space":
        return digits[:6] + " " + digits[6:]
    if form == "prefix":
        return "16" + number
    if form == "dash":
        return number.replace("-", "–")
    return number


def fill_row_details(rng: random.Random, row: RegRow) -> None:
    """What the person typed besides the meetings: organisation, number, sector, kommun, kön."""
    p, org = row.person, row.person.org
    texts, weights = zip(*org.spelling_variants())
    row.org_text = rng.choices(texts, weights)[0]
    row.gender = p.gender_answer if rng.random() < 0.95 else ""
    if row.channel == "forms":
        if rng.random() < 0.92:
            row.municipality = org.municipality if org.municipality in MUNICIPALITIES else "Annan"
        return
    if org.kind in ("pnr10", "pnr12"):
        row.org_number = org.number
    elif org.name == "Byalaget Hallen":
        row.org_number = org.number  # its only clue to a sector (rule 4)
    elif org.number and rng.random() < (0.38 if org.sector in ("business", "civil_society") else 0.1):
        row.org_number = typed_org_number(rng, org.number)
    if org.typed_columns:
        if rng.random() < 0.65:
            kind = org.sector
            if kind == "public" and "kommun" in org.name:
                kind = "municipality"
            elif kind == "public" and org.name.startswith("Region "):
                kind = "region"
            words, w = zip(*SECTOR_TYPED[kind])
            row.sector = rng.choices(words, w)[0]
        if rng.random() < 0.78:
            m = org.municipality
            row.municipality = rng.choices(
                [m, f"{m}s kommun" if not m.endswith(("e", "a")) else f"{m} kommun",
                 MUNICIPALITY_CODES.get(m, m)], [8, 2, 0.4])[0]


def build_base_rows(rng: random.Random, pairs: list[Pair]) -> list[RegRow]:
    by_person: dict = {}
    for pair in pairs:
        by_person.setdefault(id(pair.person), []).append(pair)
    rows = []
    for plist in by_person.values():
        groups: list[dict] = []
        for pair in plist:
            late = pair.choice == LINK and rng.random() < 0.5
            lo, hi = window(pair, late)
            for g in groups:
                cats = g["cats"] | {category(pair)}
                if compatible(cats) and max(g["lo"], lo) < min(g["hi"], hi) - timedelta(hours=6) \
                        and rng.random() < 0.75:
                    g["pairs"].append(pair)
                    g["cats"] = cats
                    g["lo"], g["hi"] = max(g["lo"], lo), min(g["hi"], hi)
                    break
            else:
                groups.append({"pairs": [pair], "cats": {category(pair)}, "lo": lo, "hi": hi})
        person = plist[0].person
        for g in groups:
            channel = person.channel if rng.random() < 0.9 else ("forms" if person.channel == "excel" else "excel")
            if person.org.kind in ("pnr10", "pnr12") or not person.org.typed_columns:
                channel = "excel"
            row = RegRow(person, channel, random_moment(rng, g["lo"], g["hi"]),
                         [pr.session.label for pr in g["pairs"]], row_mode(g["cats"]))
            fill_row_details(rng, row)
            rows.append(row)
    return rows


def follow_up(rng: random.Random, row: RegRow, label: str, mode: str, status: str, channel: str,
              lo: timedelta, hi: timedelta, latest: datetime, note: str) -> RegRow:
    """A later row by the same person about one meeting."""
    when = row.when + lo + timedelta(seconds=rng.randint(0, int((hi - lo).total_seconds())))
    if when.hour < 7:
        when = when.replace(hour=rng.randint(7, 9))
    when = max(min(when, latest), row.when + timedelta(minutes=2))
    new = RegRow(row.person, channel, when, [label], mode, status, note=note)
    fill_row_details(rng, new)
    new.org_text = row.org_text
    return new


def pick_row(rng: random.Random, rows: list[RegRow], label: str, channel: Optional[str],
             mode: Optional[str], taken: set, single_person: bool = False) -> RegRow:
    cands = [r for r in rows if label in r.labels and (channel is None or r.channel == channel)
             and (mode is None or r.mode == mode) and id(r.person) not in taken and not r.note
             and r.when is not None]
    if single_person:
        cands = [c for c in cands if sum(1 for r in rows if r.person is c.person) == 1]
    row = rng.choice(cands)
    taken.add(id(row.person))
    return row


PLANTED: dict = {}  # people the noise needs later on
MANIFEST: list = []  # (file, line, what): every planted oddity, printed at the end


def plant(file: str, line: int, what: str) -> None:
    MANIFEST.append((file, line, what))


def add_noise(rng: random.Random, rows: list[RegRow], sessions: list[Session], orgs: list[Organisation],
              spare: list[Person], staff: list[Person]) -> list[RegRow]:
    """The mess real exports have. Each addition is listed in the reply of the brief."""
    s = {x.id: x for x in sessions}
    org = {o.name: o for o in orgs}
    taken: set = set()
    extra: list[RegRow] = []
    day = timedelta(days=1)

    def latest(sid: str) -> datetime:
        return datetime.combine(s[sid].date - day, time(18, 0))

    # Re-submissions that change the mode (the later row wins) and plain duplicates.
    for sid, channel, old, new in [("vision-dig", "excel", ROOM, LINK), ("vision-dig", "excel", ROOM, LINK),
                                   ("vision-upp", "excel", ROOM, LINK), ("vision-dig", "excel", LINK, ROOM),
                                   ("hp-dig-1", "forms", ROOM, LINK), ("vision-he", "forms", LINK, LINK)]:
        row = pick_row(rng, rows, s[sid].label, channel, old, taken)
        out_channel = "excel" if (old, new) == (LINK, LINK) else channel  # staff typed a mailed copy
        extra.append(follow_up(rng, row, s[sid].label, new, "", out_channel, day, 6 * day, latest(sid),
                               "resubmission, mode changed" if old != new else "resubmission, same mode"))
    row = pick_row(rng, rows, s["mob-upp"].label, "excel", None, taken)
    extra.append(follow_up(rng, row, s["mob-upp"].label, row.mode, "", "excel", timedelta(minutes=2),
                           timedelta(minutes=4), latest("mob-upp"), "double submission"))

    # Cancellations: later rows with Status avbokad / återbud.
    for sid, status in [("dialog-upp", "avbokad"), ("vision-jsv", "återbud"), ("mob-dig", "Avbokad "),
                        ("hp-jsv-2", "återbud"), ("mob-he", "avbokad")]:
        mode = ROOM if sid == "vision-jsv" else None
        row = pick_row(rng, rows, s[sid].label, None, mode, taken)
        cancel = follow_up(rng, row, s[sid].label, row.mode, status, "excel", 2 * day, 8 * day,
                           latest(sid) - timedelta(hours=3), "cancellation")
        extra.append(cancel)
        if sid == "mob-he":  # changes their mind again: registered anew, so active
            extra.append(follow_up(rng, cancel, s[sid].label, "", "", "excel", day, 3 * day,
                                   latest(sid), "re-registration after cancellation"))

    # Rows a reader must reject: invalid e-mail addresses.
    for first, last, mail, orgname, sid in [("Anna", "Sundqvist", "anna.example", "Frösö Konsult AB", "dialog-he"),
                                            ("Kalle", "Nyberg", "kalle@@x.example", "Ragunda Sågverk AB", "mob-jsv")]:
        p = Person(first, last, "K" if first == "Anna" else "M", "", mail, org[orgname], [s[sid].area], 1.0,
                   "excel", "plain")
        r = RegRow(p, "excel", random_moment(rng, *window(Pair(p, s[sid], UNSET), False)), [s[sid].label], "",
                   email=mail, note="invalid e-mail")
        fill_row_details(rng, r)
        extra.append(r)

    # Unknown meeting labels (that pair is rejected, the row's others stand).
    row = pick_row(rng, rows, s["mob-upp"].label, "excel", None, taken)
    row.labels.append("Studiebesök: Storsjöbygden 3 okt")
    row.note = "unknown session label"
    row = pick_row(rng, rows, s["mob-jsv"].label, "excel", None, taken)
    row.labels.append("Mobilisering: Hållbar energi 16 oktober")
    row.note = "unknown session label"
    p = spare.pop(0)
    r = RegRow(p, "forms", datetime(2026, 9, 29, 10, 12, 41), ["Frukostmöte: Hållbar energi 9 okt"], "",
               note="unknown session label (only one)")
    fill_row_details(rng, r)
    extra.append(r)
    # A label written with other case and spacing: still matches.
    row = pick_row(rng, rows, s["vision-upp"].label, "excel", ROOM, taken)
    row.labels = ["vision:  upplevelser 21 SEP" if lab == s["vision-upp"].label else lab for lab in row.labels]
    row.note = "label in other case and spacing"

    # A row with more cells than the header: ';' typed inside the organisation.
    lits = org["Lits Lantbruk AB"]
    p = Person("Gunnel", "Rönnqvist", "K", "Kvinna", "gunnel.ronnqvist@litslantbruk.example", lits,
               ["jsv", "dig"], 1.0, "excel", "plain")
    r = RegRow(p, "excel", datetime(2026, 9, 10, 21, 14), [s["vision-dig"].label], ROOM,
               shifted_org=["Lits Lantbruk AB", " avd skog", " Lit"], note="shifted row")
    fill_row_details(rng, r)
    extra.append(r)
    PLANTED["shifted_person"] = p  # comes anyway: a walk-in at vision-dig

    # Formula-like text: a phone number typed as organisation, a leading '='.
    row = pick_row(rng, rows, s["mob-dig"].label, "excel", None, taken)
    person_rows = [r for r in rows if r.person is row.person]
    earliest = min(person_rows, key=lambda r: r.when)
    earliest.org_text = "+46 70 312 45 67"
    earliest.note = "phone number as organisation"
    if len(person_rows) == 1:  # and a later row names the organisation properly
        first_sid = next(x.id for x in sessions if x.label == earliest.labels[0])
        extra.append(follow_up(rng, earliest, earliest.labels[0], earliest.mode, "", "excel",
                               timedelta(hours=2), timedelta(hours=20), latest(first_sid),
                               "resubmission, same mode"))
        extra[-1].org_text = row.person.org.name
    sveg = [r for r in rows if r.person.org.name == "Sveg Datateknik AB"]
    sveg[0].channel = "forms"
    sveg[0].org_text = "=Sveg Datateknik AB"
    sveg[0].municipality = "Härjedalen"
    sveg[0].note = "leading '=' in organisation"

    # Smaller quirks of the Excel list.
    row = pick_row(rng, rows, s["dialog-dig"].label, "excel", None, taken, single_person=True)
    row.order_at, row.when = row.when, None
    row.note = "no time stamp (typed in by staff)"
    row = next(r for r in rows if r.channel == "excel" and len(r.labels) >= 2 and not r.note)
    row.sessions_joiner = "\n"
    row.note = "meetings separated by a line break"
    row = next(r for r in rows if r.channel == "excel" and not r.note
               and sum(1 for x in rows if x.person is r.person) >= 2)
    row.email = "  " + row.person.email[0].upper() + row.person.email[1:].replace(".example", ".Example") + " "
    row.last = row.person.last + " "
    row.note = "e-mail with capitals and spaces"
    jk = org["Jämtkraft AB (fiktiv)"]
    row = next(r for r in rows if r.person.org is jk and r.channel == "excel" and not r.note)
    row.org_text, row.org_number = "Jämkraft AB", jk.number
    row.note = "misspelt organisation with its number"
    row = next(r for r in rows if r.channel == "excel" and not r.note and r.org_number == ""
               and r.person.org.kind == "5" and r.person.org.in_register)
    row.org_number = "SE" + row.person.org.number.replace("-", "") + "01"
    row.note = "VAT number as org number"
    for r in rows:
        if r.channel == "excel" and not r.status and rng.random() < 0.08:
            r.status = "bekräftad"

    # A host's own registration (she is Organizer in that meeting's report).
    coordinator = next(p for p in staff if p.last == "Västlund")
    r = RegRow(coordinator, "forms", datetime(2026, 8, 26, 9, 3, 12), [s["vision-upp"].label], UNSET,
               note="host's own registration")
    fill_row_details(rng, r)
    extra.append(r)

    # Name what the typing left in base rows, so the manifest lists it.
    for r in rows:
        n = r.org_number
        if r.note or not n:
            continue
        if r.person.org.kind == "pnr10":
            r.note = "sole trader: personal identity number (test identity) as org number"
        elif r.person.org.kind == "pnr12":
            r.note = "sole trader: 12-digit coordination number as org number"
        elif n.startswith("16"):
            r.note = "org number with 16 prefix"
        elif "–" in n:
            r.note = "org number with en dash"
        elif " " in n:
            r.note = "org number with a space"
        elif "-" not in n:
            r.note = "org number without hyphen"
    return rows + extra


# ---------------------------------------------------------------------------
# What the registrations say (mirrors SPEC 2.3 so the reply can give expected counts)
# ---------------------------------------------------------------------------

def norm_label(text: str) -> str:
    return " ".join(text.lower().split())


def valid_email(text: str) -> bool:
    t = text.strip().lower()
    if t.count("@") != 1:
        return False
    local, domain = t.split("@")
    return bool(local) and "." in domain


@dataclass
class Registrations:
    active: dict  # (email, session id) -> (Person, mode: in_room/remote/unknown)
    cancelled: list  # (Person, session id) whose latest row is a cancellation
    row_outcome: dict  # id(row) -> accepted / merged / rejected
    pair_counts: dict


def evaluate(rows: list[RegRow], sessions: list[Session]) -> Registrations:
    by_label = {norm_label(s.label): s for s in sessions}
    by_label.update({s.id: s for s in sessions})
    events: dict = {}
    counts = {"pairs_written": 0, "pairs_rejected_unknown": 0, "pairs_in_rejected_rows": 0}
    usable: dict = {}
    for order, row in enumerate(rows):
        labels = row.labels
        counts["pairs_written"] += len(labels)
        email = (row.email if row.email is not None else row.person.email).strip().lower()
        if row.shifted_org or not valid_email(email):
            usable[id(row)] = []
            counts["pairs_in_rejected_rows"] += len(labels)
            continue
        seen = []
        for lab in labels:
            sess = by_label.get(norm_label(lab))
            if sess is None:
                counts["pairs_rejected_unknown"] += 1
            elif sess.id not in seen:
                seen.append(sess.id)
        usable[id(row)] = [(email, sid) for sid in seen]
        for key in usable[id(row)]:
            events.setdefault(key, []).append((row.when is not None, row.when or datetime.min,
                                               row.channel == "excel", order, row))
    winners = {}
    active, cancelled = {}, []
    sess = {s.id: s for s in sessions}
    for key, evs in events.items():
        evs.sort(key=lambda e: e[:4])
        row = evs[-1][4]
        winners[key] = id(row)
        if row.status.strip().lower() in ("avbokad", "återbud", "cancelled"):
            cancelled.append((row.person, key[1]))
            continue
        s = sess[key[1]]
        if row.mode == ROOM:
            mode = "in_room"
        elif row.mode == LINK:
            mode = "remote"
        else:
            mode = {"hybrid": "unknown", "remote": "remote", "in_room": "in_room"}[s.mode]
        active[key] = (row.person, mode)
    outcome = {}
    for row in rows:
        keys = usable[id(row)]
        if not keys:
            outcome[id(row)] = "rejected"
        elif any(winners[k] == id(row) for k in keys):
            outcome[id(row)] = "accepted"
        else:
            outcome[id(row)] = "merged"
    counts["pairs_usable"] = sum(len(v) for v in usable.values())
    counts["pairs_active"] = len(active)
    counts["pairs_cancelled"] = len(cancelled)
    counts["pairs_superseded"] = counts["pairs_usable"] - len(events)
    return Registrations(active, cancelled, outcome, counts)


# ---------------------------------------------------------------------------
# Attendance
# ---------------------------------------------------------------------------

@dataclass
class Attendee:
    person: Optional[Person]  # None for a dial-in
    mode: str  # in_room or remote
    kind: str  # registered, walk_in, switched, dial_in
    phone: str = ""
    intervals: list = field(default_factory=list)  # Teams join/leave pairs
    role: str = "Attendee"


@dataclass
class SessionAttendance:
    session: Session
    hosts: list
    attendees: list
    sheet: list  # sign-in rows: (name, email, organisation, present)
    walk_ins: int = 0
    no_shows: int = 0


TURNOUT = {"dialog": 0.74, "vision": 0.82, "mob": 0.78, "hp": 0.8}


def hosts_for(rng: random.Random, s: Session, staff: list[Person]) -> list[Person]:
    lead = next(p for p in staff if p.areas == [s.area])
    helpers = [p for p in staff if p.areas != [s.area] and len(p.areas) > 1]
    hosts = [lead]
    if s.id == "vision-upp":
        hosts.append(next(p for p in staff if p.last == "Västlund"))  # she had registered too
    elif rng.random() < 0.5:
        hosts.append(rng.choice(helpers))
    return hosts


def build_attendance(rng: random.Random, sessions: list[Session], regs: Registrations,
                     people: list[Person], spare: list[Person], staff: list[Person]) -> list[SessionAttendance]:
    result = []
    spare_queue = list(spare)
    cancelled_attends = {sid: p for p, sid in regs.cancelled if sid == "mob-dig"}
    for s in sessions:
        hosts = hosts_for(rng, s, staff) if s.mode != "in_room" else []
        host_ids = {id(h) for h in hosts}
        active = [(p, m) for (email, sid), (p, m) in regs.active.items() if sid == s.id]
        active.sort(key=lambda pm: (pm[0].last, pm[0].first))
        attendees: list[Attendee] = []
        printed = []  # the list staff print for the room: in-room registrations
        no_shows = 0
        for p, m in active:
            if id(p) in host_ids:
                continue
            if m == "in_room" and s.mode != "remote":
                printed.append(p)
            if rng.random() >= TURNOUT[s.phase]:
                no_shows += 1
                continue
            mode = m if m != "unknown" else rng.choice(["in_room", "remote"])
            if s.mode == "remote":
                mode = "remote"
            elif s.mode == "in_room":
                mode = "in_room"
            attendees.append(Attendee(p, mode, "registered"))
        # In-room registrants who followed on the link instead.
        if s.id in ("vision-jsv", "vision-he", "hp-dig-1"):
            a = next(a for a in attendees if a.mode == "in_room")
            a.mode, a.kind = "remote", "switched"
        # A link registrant who came to the room after all.
        if s.id == "vision-dig":
            a = next(a for a in attendees if a.mode == "remote")
            a.mode = "in_room"
        # Walk-ins: registered for other meetings, or never registered.
        registered_here = {id(p) for p, _ in active}
        n_walk = {"dialog": 1, "vision": 3, "mob": 2, "hp": 1}[s.phase]
        if s.id == "vision-dig":  # the person whose registration row was shifted
            attendees.append(Attendee(PLANTED["shifted_person"], "in_room", "walk_in"))
        for i in range(n_walk):
            if rng.random() < 0.6:
                pool = [p for p in people if s.area in p.areas and id(p) not in registered_here
                        and id(p) not in host_ids and all(a.person is not p for a in attendees)]
                p = rng.choice(pool)
            else:
                p = spare_queue.pop(0)
            mode = "remote" if s.mode == "remote" else "in_room" if s.mode == "in_room" \
                else ("in_room" if i % 2 == 0 else "remote")
            attendees.append(Attendee(p, mode, "walk_in"))
        if s.id in cancelled_attends:
            attendees.append(Attendee(cancelled_attends[s.id], "remote", "walk_in"))
        if s.id in DIAL_IN_SESSIONS:
            attendees.append(Attendee(None, "remote", "dial_in", phone=DIAL_IN_SESSIONS[s.id]))

        sheet = []
        if s.mode in ("hybrid", "in_room"):
            in_room = {id(a.person): a for a in attendees if a.mode == "in_room" and a.person}
            for p in printed:
                note = ""
                if any(a.person is p and a.kind == "switched" for a in attendees):
                    note = "registered in room, empty Närvarande: followed on the link (switched to remote)"
                sheet.append([p.name, p.email, reg_org_text(p, s, regs), "x" if id(p) in in_room else "", note])
            handwritten = [a for a in attendees if a.mode == "in_room" and a.person
                           and all(a.person is not p for p in printed)]
            blanked = False
            for a in handwritten:
                registered = id(a.person) in registered_here
                email = a.person.email
                if registered and not blanked and s.id in ("vision-upp", "vision-dig"):
                    email, blanked = "", True  # name only: matched to the registration by name
                orgtext = a.person.org.name if a.kind == "walk_in" else reg_org_text(a.person, s, regs)
                note = "walk-in (not registered for this meeting)" if not registered else \
                    "registered with mode via link/unset, came to the room (handwritten)"
                if email == "":
                    note = "no e-mail: name matches this meeting's registration"
                if a.person is PLANTED.get("shifted_person"):
                    orgtext = "Lits Lantbruk"
                    note = "walk-in whose registration row was rejected (shifted row)"
                sheet.append([a.person.name, email, orgtext, "x", note])
        walk = sum(1 for a in attendees if a.kind in ("walk_in", "dial_in"))
        result.append(SessionAttendance(s, hosts, attendees, sheet, walk, no_shows))
    return result


_REG_ORG: dict = {}


def reg_org_text(p: Person, s: Session, regs: Registrations) -> str:
    return _REG_ORG.get((id(p), s.id), p.org.name)


def remember_org_texts(rows: list[RegRow], sessions: list[Session]) -> None:
    by_label = {norm_label(s.label): s for s in sessions}
    for row in sorted(rows, key=lambda r: r.sort_time):
        for lab in row.labels:
            sess = by_label.get(norm_label(lab))
            if sess and not row.org_text.startswith(("+", "=")):
                _REG_ORG[(id(row.person), sess.id)] = row.org_text


def teams_intervals(rng: random.Random, s: Session, att: SessionAttendance) -> None:
    start, end = s.starts, s.ends
    length = (end - start).total_seconds()
    for a in att.attendees:
        if a.mode != "remote":
            continue
        join = start + timedelta(seconds=int(max(-540, min(900, rng.gauss(-60, 200)))) + rng.randint(0, 59))
        if rng.random() < 0.13:
            leave = join + timedelta(seconds=rng.randint(8 * 60, int(length * 0.45)))
        else:
            leave = end + timedelta(seconds=int(max(-1500, min(420, rng.gauss(-240, 300)))))
        if rng.random() < 0.1 and (leave - join).total_seconds() > 3600:
            cut = join + timedelta(seconds=rng.randint(1200, int((leave - join).total_seconds()) - 900))
            back = cut + timedelta(seconds=rng.randint(30, 400))
            a.intervals = [(join, cut), (back, leave)]
        else:
            a.intervals = [(join, leave)]
    # The process lead opens the meeting a little early; afternoon meetings not before 13:00.
    earliest = start - timedelta(minutes=20)
    if start.time() >= time(13, 0):
        earliest = start - timedelta(minutes=10)
    last = max([a.intervals[-1][1] for a in att.attendees if a.intervals] + [end])
    for i, h in enumerate(att.hosts):
        j = earliest + timedelta(seconds=rng.randint(0, 420) + 300 * i)
        att.attendees.insert(i, Attendee(h, "remote", "host", intervals=[(j, last + timedelta(seconds=rng.randint(20, 300)))],
                                         role="Organizer"))
    presenters = [a for a in att.attendees if a.kind == "registered" and a.intervals
                  and a.person.org.sector == "academia" and a.person.teams_style in ("external", "plain")]
    if presenters and s.phase == "vision":
        presenters[0].role = "Presenter"


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

class FixedTimeZip(zipfile.ZipFile):
    """A ZipFile whose entries all carry ZIP_TIME, so workbooks are byte-stable."""

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(zinfo_or_arcname, str):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        # openpyxl adds each worksheet from a temporary file: keep its time stamp out.
        self.writestr(str(arcname or filename), Path(filename).read_bytes())


def save_workbook(wb: Workbook, path: Path) -> None:
    wb.properties.created = XLSX_TIME
    wb.properties.modified = XLSX_TIME
    buf = io.BytesIO()
    archive = FixedTimeZip(buf, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()  # unlike save_workbook(), leaves `modified` alone
    path.write_bytes(buf.getvalue())


def set_text(ws, row: int, col: int, value: str) -> None:
    """Text stays text, even when it starts with '=' (as Forms writes it)."""
    if value == "":
        return
    cell = ws.cell(row=row, column=col)
    cell.value = value
    cell.data_type = "s"


def set_date(ws, row: int, col: int, value: Optional[datetime]) -> None:
    cell = ws.cell(row=row, column=col)
    if value is not None:
        cell.value = value
    cell.number_format = FORMS_DATE_FORMAT


def excel_csv_line(cells: list, sep: str = ";") -> str:
    out = []
    for c in cells:
        if any(ch in c for ch in (sep, '"', "\n", "\r")):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return sep.join(out)


def write_sessions(path: Path, sessions: list[Session]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "label", "area", "phase", "date", "start", "end", "mode", "venue", "capacity"])
        for s in sessions:
            w.writerow([s.id, s.label, AREAS[s.area], PHASES[s.phase], s.date.isoformat(),
                        s.start.strftime("%H:%M"), s.end.strftime("%H:%M"), s.mode, s.venue,
                        "" if s.capacity is None else s.capacity])


def write_config(path: Path) -> None:
    """The region's own Forms question texts are not built-in header names (SPEC R9)."""
    path.write_text(
        "# Question texts of the region's Microsoft Forms registration form (SPEC R9).\n"
        "[aliases.registrations]\n"
        'sessions = ["Vilka möten vill du delta i?"]\n'
        'mode = ["Hur deltar du?"]\n', encoding="utf-8")


def write_organisations(path: Path, orgs: list[Organisation]) -> int:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["namn", "alias", "org_number", "sektor", "kommun", "e-postdomän"])
        n = 0
        for o in orgs:
            if o.in_register:
                w.writerow([o.name, ";".join(o.aliases), o.number, SECTOR_WORD[o.sector], o.municipality,
                            ";".join(o.domains)])
                n += 1
    return n


EXCEL_HEADER = ["Tidsstämpel", "Förnamn", "Efternamn", "E-post", "Organisation", "Organisationsnummer",
                "Sektor", "Kommun", "Kön", "Möten", "Deltagande", "Status"]


def write_excel_registrations(path: Path, rows: list[RegRow]) -> list[RegRow]:
    """Swedish Excel 'CSV (kommaavgränsad)': Windows-1252, ';', CRLF."""
    rows = sorted((r for r in rows if r.channel == "excel"), key=lambda r: r.sort_time)
    lines = [excel_csv_line(EXCEL_HEADER)]
    line = 2
    for r in rows:
        if r.note:
            plant("registrations/" + path.name, line, r.note + (f" ({r.status.strip()})" if r.note == "cancellation" else ""))
        line += 1 + r.sessions_joiner.join(r.labels).count("\n")
        p = r.person
        org_cells = r.shifted_org if r.shifted_org else [r.org_text]
        cells = [r.when.strftime("%Y-%m-%d %H:%M") if r.when else "", r.first or p.first, r.last or p.last,
                 r.email if r.email is not None else p.email, *org_cells, r.org_number, r.sector,
                 r.municipality, r.gender, r.sessions_joiner.join(r.labels), r.mode, r.status]
        lines.append(excel_csv_line(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return rows


FORMS_HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Organisation",
                "Kommun", "Vilka möten vill du delta i?", "Hur deltar du?", "Kön"]


def write_forms_registrations(rng: random.Random, path: Path, rows: list[RegRow]) -> list[RegRow]:
    """Microsoft Forms download: sheet Sheet1, fixed columns, one column per question."""
    rows = sorted((r for r in rows if r.channel == "forms"), key=lambda r: r.sort_time)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for c, h in enumerate(FORMS_HEADER, 1):
        set_text(ws, 1, c, h)
    for i, r in enumerate(rows, 1):
        n = i + 1
        ws.cell(row=n, column=1).value = i
        started = r.when - timedelta(seconds=rng.randint(40, 400))
        set_date(ws, n, 2, started)
        set_date(ws, n, 3, r.when)
        set_text(ws, n, 4, r.email if r.email is not None else r.person.email)
        set_text(ws, n, 5, r.person.name)
        modified = r.when + timedelta(hours=rng.randint(1, 30)) if rng.random() < 0.06 else None
        set_date(ws, n, 6, modified)
        set_text(ws, n, 7, r.org_text)
        set_text(ws, n, 8, r.municipality)
        set_text(ws, n, 9, "".join(lab + ";" for lab in r.labels))
        set_text(ws, n, 10, r.mode)
        set_text(ws, n, 11, r.gender)
        if r.note:
            plant("registrations/" + path.name, n, r.note)
    save_workbook(wb, path)
    return rows


def write_sign_in(path: Path, att: SessionAttendance) -> int:
    """A room sign-in sheet staff kept in Excel: UTF-8 with BOM, ';', CRLF."""
    lines = [excel_csv_line(["Namn", "E-post", "Organisation", "Närvarande"])]
    lines += [excel_csv_line(row[:4]) for row in att.sheet]
    for i, row in enumerate(att.sheet):
        if row[4]:
            plant(f"attendance/{path.name}", i + 2, row[4])
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return len(att.sheet)


def teams_time(t: datetime, four_digit_year: bool = False) -> str:
    hour = t.hour % 12 or 12
    year = t.year if four_digit_year else t.year % 100
    year_text = str(year) if four_digit_year else f"{year:02d}"
    return f"{t.month}/{t.day}/{year_text}, {hour}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def teams_duration(seconds: int) -> str:
    h, rest = divmod(int(seconds), 3600)
    m, s = divmod(rest, 60)
    parts = [f"{h}h"] if h else []
    if m:
        parts.append(f"{m}m")
    if s:
        parts.append(f"{s}s")
    return " ".join(parts) or "0s"


def teams_duration_2021(seconds: int) -> str:
    """The 2021 report drops seconds past an hour and leaves '12m ' for whole minutes."""
    h, rest = divmod(int(seconds), 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}h {m}m" if m else f"{h}h"
    if s:
        return f"{m}m {s}s" if m else f"{s}s"
    return f"{m}m "


def teams_identity(a: Attendee) -> tuple[str, str, str]:
    """Display name, Email, Participant ID (UPN) as Teams writes them."""
    if a.person is None:
        return a.phone, "", ""
    p = a.person
    if p.teams_style == "member":
        name = f"{p.last}, {p.first}" if p.is_staff or p.last[0] in "ABCDEFGHIJ" else p.name
        return name, p.email, p.email
    if p.teams_style == "external":
        ext = p.email.replace("@", "_") + "#EXT#@regionjh.onmicrosoft.example"
        return f"{p.name} (External)", p.email, ext
    if p.teams_style == "plain":
        return p.name, p.email, p.email
    if p.teams_style == "guest":
        return f"{p.name} (Guest)", "", ""
    return f"{p.name} (Unverified)", "", ""


def report_table(att: SessionAttendance) -> tuple[list, list]:
    people = sorted((a for a in att.attendees if a.intervals), key=lambda a: a.intervals[0][0])
    part, acts = [], []
    for a in people:
        name, email, upn = teams_identity(a)
        first, last = a.intervals[0][0], a.intervals[-1][1]
        total = sum((l - j).total_seconds() for j, l in a.intervals)
        part.append((name, first, last, total, email, upn, a.role))
        for j, l in a.intervals:
            acts.append((name, j, l, (l - j).total_seconds(), email, upn, a.role))
    return part, acts


def note_report(path: Path, att: SessionAttendance, first_line: int, per_interval: bool) -> None:
    people = sorted((a for a in att.attendees if a.intervals), key=lambda a: a.intervals[0][0])
    if per_interval:
        people = sorted((a for a in people for _ in a.intervals), key=lambda a: a.intervals[0][0])
    for i, a in enumerate(people):
        what = {"dial_in": "dial-in: phone number as name, no e-mail",
                "switched": "registered in room, attended on the link (switched to remote)",
                "walk_in": "walk-in (not registered for this meeting)"}.get(a.kind, "")
        if a.role == "Presenter":
            what = "role Presenter (a participant, not a host)"
        if a.kind == "walk_in" and a.person and a.person.teams_style in ("guest", "unverified"):
            what += ", no e-mail"
        if a.kind == "registered" and a.person and a.person.teams_style in ("guest", "unverified"):
            what = "guest without e-mail: name matches this meeting's registration"
        if what:
            plant(f"attendance/{path.name}", first_line + i, what)


def numbered_report_rows(att: SessionAttendance, title: str) -> list[list[str]]:
    part, acts = report_table(att)
    start = min(r[1] for r in part)
    end = max(r[2] for r in part)
    avg = sum(r[3] for r in part) / len(part)
    rows = [["1. Summary"], ["Meeting title", title], ["Attended participants", str(len(part))],
            ["Start time", teams_time(start)], ["End time", teams_time(end)],
            ["Meeting duration", teams_duration((end - start).total_seconds())],
            ["Average attendance time", teams_duration(avg)], [],
            ["2. Participants"],
            ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"]]
    for name, j, l, d, email, upn, role in part:
        rows.append([name, teams_time(j), teams_time(l), teams_duration(d), email, upn, role])
    rows += [[], ["3. In-Meeting Activities"], ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"]]
    for name, j, l, d, email, upn, role in acts:
        rows.append([name, teams_time(j), teams_time(l), teams_duration(d), email, role])
    return rows


def write_teams_numbered(path: Path, att: SessionAttendance, title: str) -> int:
    rows = numbered_report_rows(att, title)
    text = "".join("\t".join(r) + "\r\n" for r in rows)
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    note_report(path, att, 11, False)
    return sum(1 for _ in report_table(att)[0])


def write_teams_excel_resaved(path: Path, att: SessionAttendance, title: str) -> int:
    """The numbered report after an analyst opened it in Excel and saved 'CSV UTF-8'."""
    rows = numbered_report_rows(att, title)
    width = max(len(r) for r in rows)
    lines = []
    for r in rows:
        cells = []
        for c in r + [""] * (width - len(r)):
            if ("/" in c and c.endswith(("AM", "PM"))) or ";" in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append(";".join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    note_report(path, att, 11, False)
    return len(report_table(att)[0])


def write_teams_2021(rng: random.Random, path: Path, att: SessionAttendance, title: str) -> int:
    """The 2021 'Meeting Summary' layout: one row per join interval, LF, no final newline."""
    part, acts = report_table(att)
    start = min(r[1] for r in part)
    end = max(r[2] for r in part)
    meeting_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    rows = [["Meeting Summary"], ["Total Number of Participants", str(len(part))], ["Meeting Title", title],
            ["Meeting Start Time", teams_time(start, True)], ["Meeting End Time", teams_time(end, True)],
            ["Meeting Id", meeting_id], [],
            ["Full Name", "Join Time", "Leave Time", "Duration", "Email", "Role", "Participant ID (UPN)"]]
    for name, j, l, d, email, upn, role in sorted(acts, key=lambda r: r[1]):
        rows.append([name, teams_time(j, True), teams_time(l, True), teams_duration_2021(d), email, role, upn])
    text = "\n".join("\t".join(r) for r in rows)
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    for i, row in enumerate(rows[8:]):
        if row[4] == "" and row[0].startswith("+46"):
            plant(f"attendance/{path.name}", 9 + i, "dial-in: phone number as name, no e-mail")
    return len(acts)


def ascii_title(text: str) -> str:
    return " ".join(ascii_fold(text).replace(":", "").replace(",", "").split())


# ---------------------------------------------------------------------------
# Feedback
# ---------------------------------------------------------------------------

COMMENTS_GOOD = [
    "Bra upplägg och tydlig moderering.", "Givande samtal i smågrupperna!",
    "Bra att vi fick se underlaget i förväg.", "Tack för en bra förmiddag.",
    "Mycket bra diskussioner om kompetensförsörjning.",
    "Skönt att kunna delta via länk, ljudet fungerade fint.",
    "Bra blandning av företag och offentliga aktörer.",
    "Äntligen konkreta prioriteringar.\nSer fram emot fortsättningen.",
]
COMMENTS_MIXED = [
    "För lite tid för frågor.", "Ljudet i lokalen nådde inte fram till oss på länk.",
    "Svårt att hänga med i Teams-chatten samtidigt som gruppdiskussionen.",
    "Saknade fler från näringslivet i min grupp.", "Lite för långa presentationer i början.",
    "Önskar att materialet skickas ut tidigare nästa gång.",
    "Kul initiativ men vad händer sen? Hur används våra inspel?",
]
COMMENTS_PERSONAL = [
    "Vill gärna vara med i arbetsgruppen, mejla mig på {email}",
    "Ring mig gärna på 070-318 44 27 om ni behöver fler företag till pilotprojektet.",
    "Kontakta mig på {email} eller +46 73 551 20 96 så berättar jag mer om vårt projekt.",
]
HYPERLINK_COMMENT = '=HYPERLINK("http://x.example";"klicka")'


def rating_for(rng: random.Random) -> int:
    return rng.choices([1, 2, 3, 4, 5], [2, 5, 18, 42, 33])[0]


def recommend_for(rng: random.Random, rating: int) -> int:
    return max(0, min(10, rating * 2 + rng.choice([-2, -1, 0, 0, 1])))


def comment_for(rng: random.Random, rating: int, person: Optional[Person]) -> str:
    r = rng.random()
    if r < 0.45:
        return ""
    pool = COMMENTS_GOOD if rating >= 4 else COMMENTS_MIXED
    return rng.choice(pool)


def write_feedback_forms(rng: random.Random, path: Path, attendance: list[SessionAttendance]) -> tuple[int, dict]:
    """Survey per meeting, Microsoft Forms download."""
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "Möte",
              "Helhetsbetyg", "Rekommendera", "Kommentar"]
    responses = []
    per_session: dict = {}
    personal = list(COMMENTS_PERSONAL)
    for att in attendance:
        s = att.session
        if s.phase == "dialog" or s.id in ("hp-upp-2", "hp-dig-2", "hp-he-2"):
            continue
        who = [a for a in att.attendees if a.person and a.kind != "host" and not a.person.is_staff]
        share = 0.24 if s.phase == "vision" else 0.2
        k = max(2, round(len(who) * share))
        for a in rng.sample(who, min(k, len(who))):
            rating = rating_for(rng)
            if rng.random() < 0.55:  # right after the meeting, from the link in the chat
                done = s.ends + timedelta(minutes=rng.randint(3, 90), seconds=rng.randint(0, 59))
            else:
                done = daytime(rng, s.date + timedelta(days=rng.randint(1, 4)))
            rec: Optional[int] = recommend_for(rng, rating) if rng.random() < 0.7 else None
            comment = comment_for(rng, rating, a.person)
            if personal and rng.random() < 0.08:
                comment = personal.pop(0).format(email=a.person.email)
            named = rng.random() < 0.25
            responses.append([s, done, a.person if named else None, rating, rec, comment])
            per_session[s.id] = per_session.get(s.id, 0) + 1
    responses.sort(key=lambda r: r[1])
    # Planted: a rating outside 1–5, a formula-like comment, a recommendation without rating.
    responses[7][3] = 6
    responses[12][5] = HYPERLINK_COMMENT
    responses[20][3], responses[20][5] = None, ""
    responses[20][4] = 9
    for c in COMMENTS_PERSONAL:
        if c in personal:  # make sure every kind of personal detail is there once
            i = 25 + COMMENTS_PERSONAL.index(c) * 5
            p = responses[i][2] or next(a.person for a in attendance[4].attendees if a.person and a.kind == "registered")
            responses[i][5] = c.format(email=p.email)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for c, h in enumerate(header, 1):
        set_text(ws, 1, c, h)
    for i, (s, done, person, rating, rec, comment) in enumerate(responses, 1):
        n = i + 1
        what = ("rating 6, outside 1–5" if rating == 6 else "formula-like comment" if comment == HYPERLINK_COMMENT
                else "recommendation only: no rating, no comment" if rating is None
                else "comment with an e-mail address" if "@" in comment
                else "comment with a phone number" if any(ch.isdigit() for ch in comment) else "")
        if what:
            plant("feedback/" + path.name, n, what)
        ws.cell(row=n, column=1).value = i
        set_date(ws, n, 2, done - timedelta(seconds=rng.randint(60, 500)))
        set_date(ws, n, 3, done)
        set_text(ws, n, 4, person.email if person else "anonymous")
        set_text(ws, n, 5, person.name if person else "")
        set_date(ws, n, 6, None)
        set_text(ws, n, 7, s.label)
        if rating is not None:
            ws.cell(row=n, column=8).value = rating
        if rec is not None:
            ws.cell(row=n, column=9).value = rec
        set_text(ws, n, 10, comment)
    save_workbook(wb, path)
    return len(responses), per_session


def google_time(t: datetime) -> str:
    hour = t.hour % 12 or 12
    return f"{t.year}/{t.month:02d}/{t.day:02d} {hour}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'} CET"


def write_feedback_google(rng: random.Random, path: Path, people: list[Person]) -> int:
    """Survey per priority area after the mobilisation meetings, Google Forms CSV."""
    header = ["Timestamp", "Email Address", "Styrkeområde", "Helhetsbetyg", "Rekommendera", "Kommentar",
              "Organisation"]
    rows = []
    pool = [p for p in people]
    for i in range(22):
        p = rng.choice(pool)
        pool.remove(p)
        area = AREAS[p.areas[0]]
        if p.areas[0] == "jsv" and rng.random() < 0.4:
            area = "Jord, skog & vatten"  # as the invitation spelt it
        when = daytime(rng, date(2026, 10, 19) + timedelta(days=rng.randint(0, 21)))
        rating = rating_for(rng)
        rec = str(recommend_for(rng, rating)) if rng.random() < 0.8 else ""
        rows.append([when, p.email, area, str(rating), rec, comment_for(rng, rating, p),
                     p.org.name if rng.random() < 0.7 else ""])
    rows.sort(key=lambda r: r[0])
    rows[9][3:6] = ["", "", ""]  # an empty response: neither rating, recommendation nor comment
    rows[15][5] = "Mejla gärna protokollet till " + rows[15][1] + ", tack!"
    lines = [",".join('"' + h + '"' for h in header)]
    line = 2
    for r in rows:
        what = "empty response: no rating, recommendation or comment" if r[3:6] == ["", "", ""] else \
            "comment with an e-mail address" if "@" in r[5] else \
            "area written 'Jord, skog & vatten'" if "&" in r[2] else ""
        if what:
            plant("feedback/" + path.name, line, what)
        line += 1 + r[5].count("\n")
    for r in rows:
        cells = [google_time(r[0])] + r[1:]
        lines.append(",".join('"' + c.replace('"', '""') + '"' for c in cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return len(rows)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "input")
    args = parser.parse_args()
    out: Path = args.out

    rng = random.Random(SEED)
    sessions = build_sessions()
    orgs = build_organisations(rng)
    people, spare = build_people(rng, orgs, count=220, extra=24)
    staff = build_staff(orgs)

    pairs = assign_pairs(rng, sessions, people)
    rows = build_base_rows(rng, pairs)
    rows = add_noise(rng, rows, sessions, orgs, spare, staff)
    regs = evaluate(rows, sessions)
    remember_org_texts(rows, sessions)
    attendance = build_attendance(rng, sessions, regs, people, spare, staff)
    for att in attendance:
        if att.session.mode != "in_room":
            teams_intervals(rng, att.session, att)

    for sub in ("registrations", "attendance", "feedback"):  # only what this script writes
        if (out / sub).exists():
            shutil.rmtree(out / sub)
        (out / sub).mkdir(parents=True)

    write_sessions(out / "sessions.csv", sessions)
    write_config(out / "deltagande.toml")
    n_register = write_organisations(out / "organisations.csv", orgs)
    excel_rows = write_excel_registrations(out / "registrations" / "anmalningar_excel.csv", rows)
    forms_rows = write_forms_registrations(rng, out / "registrations" / "anmalan_forms.xlsx", rows)

    report_rows = {}
    sheet_rows = {}
    for att in attendance:
        s = att.session
        if s.mode in ("hybrid", "in_room"):
            sheet_rows[s.id] = write_sign_in(out / "attendance" / f"{s.id}.csv", att)
        if s.mode == "in_room" or s.id == SESSION_WITHOUT_REPORT:
            continue
        title = ascii_title(s.label)
        if s.id in OLD_LAYOUT_REPORTS:
            name = f"meetingAttendanceReport({title}).csv"
            report_rows[s.id] = (name, write_teams_2021(rng, out / "attendance" / name, att, s.label))
        elif s.id == EXCEL_RESAVED_REPORT:
            name = f"Narvarorapport - {title} (sparad i Excel).csv"
            report_rows[s.id] = (name, write_teams_excel_resaved(out / "attendance" / name, att, s.label))
        elif s.id == UNTITLED_REPORT:
            d = s.date
            name = f"Narvarorapport - Teams-mote {d.month}-{d.day}-{d.year % 100}.csv"
            report_rows[s.id] = (name, write_teams_numbered(out / "attendance" / name, att, "Teams-möte"))
            plant("attendance/" + name, 2, f"title 'Teams-möte': matched to {s.id} by its start time only")
        else:
            name = f"Narvarorapport - {title}.csv"
            report_rows[s.id] = (name, write_teams_numbered(out / "attendance" / name, att, s.label))

    n_forms_fb, _ = write_feedback_forms(rng, out / "feedback" / "utvardering_forms.xlsx", attendance)
    n_google_fb = write_feedback_google(rng, out / "feedback" / "utvardering_omraden_google.csv", people)

    print_summary(sessions, orgs, n_register, rows, excel_rows, forms_rows, regs, attendance,
                  sheet_rows, report_rows, n_forms_fb, n_google_fb)
    return 0


def print_summary(sessions, orgs, n_register, rows, excel_rows, forms_rows, regs, attendance,
                  sheet_rows, report_rows, n_forms_fb, n_google_fb) -> None:
    outcome = regs.row_outcome
    def tally(rs):
        return {k: sum(1 for r in rs if outcome[id(r)] == k) for k in ("accepted", "merged", "rejected")}
    persons_active = {e for (e, _) in regs.active}
    persons_valid = {(r.email if r.email is not None else r.person.email).strip().lower()
                     for r in rows if outcome[id(r)] != "rejected"}
    print(f"organisations: {len(orgs)} invented, {n_register} in organisations.csv")
    print(f"registration rows: excel {len(excel_rows)} {tally(excel_rows)}, forms {len(forms_rows)} {tally(forms_rows)}")
    print(f"pairs: {regs.pair_counts}")
    print(f"persons: {len(persons_valid)} with a usable row, {len(persons_active)} with an active registration")
    print()
    print(f"{'session':11} {'reg':>4} {'room':>4} {'link':>4} {'unk':>4} {'att':>4} {'a_room':>6} {'a_rem':>5} "
          f"{'hosts':>5} {'walk':>4} {'noshow':>6}  files")
    for att in attendance:
        s = att.session
        act = [(p, m) for (e, sid), (p, m) in regs.active.items() if sid == s.id]
        host_ids = {id(h) for h in att.hosts}
        act_nh = [(p, m) for p, m in act if id(p) not in host_ids]
        room = sum(1 for _, m in act_nh if m == "in_room")
        link = sum(1 for _, m in act_nh if m == "remote")
        unk = sum(1 for _, m in act_nh if m == "unknown")
        parts = [a for a in att.attendees if a.kind != "host"]
        a_room = sum(1 for a in parts if a.mode == "in_room")
        a_rem = sum(1 for a in parts if a.mode == "remote")
        files = []
        if s.id in sheet_rows:
            files.append(f"sheet {sheet_rows[s.id]} rows")
        if s.id in report_rows:
            files.append(f"teams {report_rows[s.id][1]} rows")
        has_data = s.id in sheet_rows or s.id in report_rows
        print(f"{s.id:11} {len(act_nh):4} {room:4} {link:4} {unk:4} "
              f"{(a_room + a_rem) if has_data else '-':>4} {a_room if has_data else '-':>6} "
              f"{a_rem if has_data else '-':>5} {len(att.hosts) if s.id in report_rows else 0:5} "
              f"{att.walk_ins if has_data else '-':>4} {att.no_shows if has_data else '-':>6}  {', '.join(files)}")
    print()
    print(f"sign-in rows: {sum(sheet_rows.values())}; Teams participant rows read: "
          f"{sum(n for _, n in report_rows.values())} in {len(report_rows)} reports")
    print(f"feedback rows: forms {n_forms_fb}, google {n_google_fb}")
    print()
    print("planted (file:line: what):")
    for file, line, what in sorted(MANIFEST):
        print(f"  {file}:{line}: {what}")


if __name__ == "__main__":
    sys.exit(main())
