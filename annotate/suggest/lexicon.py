"""The closed word lists the name rules read: heads that end the names of institutions,
events, places and works; titles, ranks and honorifics; the abbreviations of news style;
the words of a minister's portfolio; the nouns that describe people.

These are facts of English news writing (the AP's state abbreviations, compound ranks,
the small words inside names), not facts about the world: those come from the packages
:mod:`knowledge` reads. Kept apart from the rules in :mod:`runs`, :mod:`cutting`,
:mod:`entities` and :mod:`quotes` so that adding a word is a one-line change in one place.
"""

from __future__ import annotations

import re

#: The AP abbreviations of U.S. states ("FORT IRWIN, Calif.") and the states they stand for:
#: places, written with their dot ("Miss.", also an honorific, is left out; "La." with its
#: dot is Louisiana). A story that names the state too means one place ("Va. elections
#: board" … "Virginia").
STATE_BY_ABBREVIATION = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska",
    "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "Wis": "Wisconsin", "Wyo": "Wyoming",
    # (and the older forms papers and agencies still write: "Travis County, Tex.")
    "Tex": "Texas", "Wisc": "Wisconsin", "Nebr": "Nebraska"}
#: Canadian provinces as Canadian newspapers abbreviate them after a town ("Regina, Sask.";
#: the two-letter ones are dotted: "Miramichi, N.B.", "Victoria, B.C.").
PROVINCE_ABBREVIATIONS = frozenset("Alta Sask Ont Que Nfld P.E.I N.B N.S B.C N.L".split())
STATE_ABBREVIATIONS = frozenset(STATE_BY_ABBREVIATION)
ABBREVIATIONS = frozenset("""Mr Mrs Ms Mx Dr St Jr Sr Inc Ltd Co Corp Gov Sen Rep Lt Sgt Gen Col
Capt Rev Prof Mt Ft Ave Bros Cmdr Supt Insp Const Det Hon Maj Adm Cpl Pvt Spc Pfc Brig Cdr
Ens Msgt Atty Amb Blvd Rd Hwy Pkwy Ln Ct Bldg Bldgs Ald Sens Reps Dept Depts Div Assn
Univ Sec Secs""".split()) | STATE_ABBREVIATIONS
#: "show" as a noun, after a word that makes it one ("the show", "a talk show", "Netflix's
#: show"): after a plural or an adverb it is the verb ("polls now show Trump").
SHOW_NOUN = (r"(?:(?:the|a|an|this|that|his|her|their|its|our|new|hit|TV|television|radio|"
             r"talk|game|quiz|chat|reality|news|comedy|cooking|morning|police|cable|"
             r"[\w-]+['’]s|(?-i:[A-Z])[\w-]*)[^\S\n]+show)")
#: Words that name an era by a state, a dynasty or a period, not by a leader: "the Soviet
#: era", "the Meiji era" (an era named by one word is otherwise its leader's: "the Trump
#: era").
ERA_WORDS = frozenset("""Soviet Ottoman Byzantine Roman Victorian Edwardian Elizabethan Georgian
Regency Tudor Stuart Meiji Edo Showa Heisei Reiwa Ming Qing Tang Song Yuan Han Mughal Weimar Nazi
Communist Colonial Apartheid Prohibition Reconstruction Depression Jurassic Cretaceous Ice Stone
Bronze Iron Gilded Progressive Jazz Information Internet Digital Space Atomic Modern""".split())
#: Diseases and conditions news names by their letters: "COVID’s disruptions", "HIV".
DISEASE_LETTERS = frozenset("""COVID COVID-19 SARS SARS-CoV-2 MERS HIV AIDS HPV RSV MRSA TB ALS
ADHD PTSD COPD STD STI STIs STDs Mpox""".split())
#: Words of compound military and police ranks, titles only beside another title:
#: "Sergeant Major", "Command Sgt. Maj.", "Petty Officer", "Staff Sgt.", "Master Chief".
RANK_PARTS = frozenset("Major Petty Master Staff Command First Private Warrant Flight Lance "
                       "Technical Senior Chief Sergeant Lieutenant".split())
#: Diseases named by letters and a number, which go on inside a body's name ("Working Group
#: on Coordinating COVID-19 Response"), unlike a craft's designation ("… HC-144 Casa"), and
#: are names of their own inside a title ("“Investigating the Origins of COVID-19”").
DISEASE_DESIGNATIONS = frozenset(("COVID-19", "SARS-COV-2", "H1N1", "H5N1", "MERS-COV"))
#: Oceans and seas named by one word: "the Pacific", "the Arctic" (not short for "Asia
#: Pacific", a region of a continent and an ocean).
#: A headline's rubric words, which open headlines before a colon but name nothing:
#: "Photo Essay: …", "Breaking News: …".
RUBRICS = frozenset("""Photo Photos Video Videos Interview Opinion Analysis Update Updates
Editorial Explainer Essay Review Podcast Live Breaking News Exclusive Watch Listen Read Report
Poll Quiz Feature Profile Letter Letters Obituary Q&A""".split())
#: What a people's uprising is named by after its adjective: "the Arab Spring", "the
#: Hungarian Uprising" (an event, not the people).
UPRISINGS = frozenset("Spring Uprising Awakening Revolution".split())
#: Spans of time a programme is titled with before "in" and its field: "the Week in Space".
TIME_SPANS = frozenset("Week Year Month".split())
OCEANS = frozenset("Pacific Atlantic Arctic Indian Antarctic Mediterranean Caribbean "
                   "Baltic".split())
#: What a ship's name opens with: "USS Higgins", "HMS Queen Elizabeth", "RSV Nuyina", "RRS
#: Sir David …", "CCGS Griffon" (a Canadian Coast Guard ship), "RFN Stoikiy" (the Russian
#: Federation Navy's), "Coast Guard Cutter Juniper".
SHIP_PREFIXES = frozenset("USS USNS USCGC USAT HMS HMAS HMCS HMNZS INS JS ROKS RFA RFN MV MS RV "
                          "SS RMS R/V M/V F/V S/V RSV RRS MY SY CCGS NOAAS H.M.S. H.M.A.S. "
                          "H.M.C.S. H.M.N.Z.S.".split())  # (and with their stops, as older
# papers write them: "H.M.S. Lapwing")
#: English prefixes before a capitalised word: "sub-Saharan", "pro-Russian", "anti-Trump".
PREFIXES = frozenset("sub pre non pro pan mid ex co re un de neo bi tri all".split())
#: Ordinals before a unit's or an event's head: "181st … Brigade", "First Army".
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|\d*[23]d")  # (and the military's "2d", "3d")
#: A ship's hull number in brackets after its name: "(DDG 76)", "(CVN 73)", "(T-AO 187)".
#: A word of a person's name in capitals, "Mc" or "Mac" kept small as a roster prints it
#: ("McCLINTOCK"), or an initial ("A.").
CAPITALS_NAME_WORD = re.compile(r"(?:Mc|Mac)?[A-Z][A-Z'’-]+|[A-Z]\.")
#: A list's bullet item, then the en dash before where it happened (after "Near", or a
#: distance "of"): "• G-TOYZ – ", "• G-WINS – Approximately 7nm SE of ".
BULLET_ITEM_DASH = (r"[•*][^\S\n]+[A-Z0-9][\w.’'/-]*(?:[^\S\n][A-Z0-9][\w.’'/-]*){0,5}"
                    r"[^\S\n][–—][^\S\n](?:Near[^\S\n]|Approximately[^\S\n][^\n,]*?of[^\S\n])?")
#: An aircraft's registration: its nation's prefix from the ITU's list, a hyphen and three
#: or four letters ("G-BOOW", "VP-FBC", "EI-ENF", "C-FABC"), or a US "N" number with its
#: letters ("N603AB").
AIRCRAFT_REGISTRATION = re.compile(
    r"(?<![\w-])(?:[GDF]-[A-Z]{4}|C-[FG][A-Z]{3}|(?:EI|SE|OK|TF|ET|VP|VH|ZK|JA|HB|OE|OO|PH|LN|OY|"
    r"OH|EC|CS|SP|HA|YR|LZ|ES|YL|LY|9H|5B|SX|TC|4X|A6|A7|HZ|VT|RA|UR|EW|9V|9M|PK|RP|HS|ZS|5Y|5N|"
    r"SU|CN|7T|PP|PR|LV|CC|XA|HK|OB|YV)-[A-Z]{3,4}|N\d{2,5}[A-Z]{1,2})(?![\w-])")
HULL_NUMBER = re.compile(r"\(((?:DDG|CVN|CV|CG|LHD|LHA|LPD|LSD|SSN|SSBN|SSGN|LCS|FFG|ESB|EPF|"
                          r"T-[A-Z]{2,4}|W[A-Z]{2,3})[ -]?\d{1,4})\)")
#: Nouns a syndrome, a disease or a virus named for a person or a place keeps in its name:
#: "Down syndrome", "Lyme disease", "Zika virus"; a possessive may come before the first two
#: ("Alzheimer’s disease").
AILMENT_NOUNS = frozenset(("syndrome", "disease", "virus"))
OWNED_AILMENT_NOUNS = frozenset(("syndrome", "disease"))
#: Diseases named for who described them, written alone in the possessive: "living with
#: Alzheimer’s", "a diagnosis of Parkinson’s".
EPONYMOUS_DISEASES = frozenset("Alzheimer Parkinson Huntington Crohn Tourette Asperger "
                               "Hodgkin Addison Cushing Raynaud".split())
#: Heads of memorials, whose names keep whom they honour after "to".
MEMORIAL_HEADS = frozenset(("Memorial", "Monument"))
#: Heads of the missions the United Nations names for the country they serve in: "United
#: Nations Peacekeeping Force in Cyprus", "UN Mission in South Sudan".
UN_MISSION_HEADS = frozenset("Force Mission Operation Office Assistance".split())
#: Forms of "be", "have" and "do", which a title-case line or a notice capitalises ("We Are
#: apologized that your browser …", "Is America Ready"): no name, and none opens one.
AUXILIARIES = frozenset("Are Is Was Were Am Been Being Has Have Had Does Did".split())
ORDINAL_WORDS = frozenset("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth "
                          "Eleventh Twelfth".split())
#: A Roman numeral of two letters or more ending a name: "Basel II", "Vatican II" (an
#: accord, a council named for a place and a number), "Elizabeth II".
ROMAN_NUMERAL = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
#: A model designation starting a name of its own: "HC-144 Casa", "MH-60 Jayhawk".
DESIGNATION = re.compile(r"[A-Z]{1,5}-\d+[A-Za-z]?\+?")  # (and a later model's plus: "WGS-11+")
#: A bill or a resolution of the US Congress by its number, however a story spells it:
#: "H.R. 6611", "HR 6611", "H.R.6611", "H. Res. 555", "S. J. Res. 12".
BILL_NUMBER = r"(?:(?:H\.?\s?R\.?|[HS]\.?\s?(?:J\.?\s?|Con\.?\s?)?Res\.?|S\.)\s?\d{1,5}" \
    r"|(?:P\.\s?L\.|Pub\.\s?L\.(?:\s?No\.)?)\s?\d{2,3}-\d{1,4})"
# (a Senate bill, "S. 679"; a public law by its Congress and number, "P.L. 112-166")
#: A court case, its parties joined by "v.": "Roe v. Wade", "VidAngel v. Disney".
COURT_CASE = re.compile(r" (?:v\.|vs\.?|v) ")  # ("Roe v. Wade", "News Ltd v South Sydney")
#: The parts of a law a number follows: "Section 1201", "Article 370", "Title 42".
LAW_PARTS = frozenset("Section Subsection Article Chapter Clause Title Rule Paragraph".split())
#: Words that name a numbered document before its number: "Form W-10", "Revenue Procedure
#: 94-69", "Resolution 2334", "Executive Order 14067", "Advisory Opinion 2015-09"; a bill
#: or a ballot measure by its number: "House Bill 2556", "House File 2389", "Measure 110".
NUMBERED_WORK_HEADS = frozenset("""Form Forms Schedule Publication Procedure Ruling Notice
Resolution Resolutions Directive Regulation Decree Order Circular Bulletin Opinion
Request Law Bill File Measure Proposition Ordinance Proclamation""".split())
#: The heads of one prize's name: "Isaac Newton Medal", "Nobel Prize" (in the plural, "…
#: Awards" are a ceremony, an event).
PRIZES = frozenset("Award Prize Medal Trophy Medallion Commendation".split())
#: Prizes a story may name by one word, their founder's or their statuette's, after an
#: article: "then there was the Pulitzer", "to win an Oscar", "her two Emmys".
PRIZES_BY_NAME = frozenset("""Pulitzer Pulitzers Nobel Nobels Oscar Oscars Emmy Emmys Grammy
Grammys Tony Tonys Bafta Baftas Peabody Peabodys Booker Pritzker Goncourt Heisman""".split())
#: The parts of a document whose headings open a line ("Contents", "Foreword by …"): no name
#: broken at a line's end goes on with them, and alone they name nothing.
DOCUMENT_PARTS = frozenset("Contents Foreword Preface Introduction Summary Overview Glossary "
                           "Appendix Index Acknowledgements Acknowledgments Abstract "
                           "Conclusion Conclusions".split())
#: Prefixes of vessels' names written with a slash: "R/V Selkie", "M/V Captain Joseph E.
#: Pearce" (research, motor, fishing and sailing vessels).
VESSEL_PREFIXES = frozenset(("R/V", "M/V", "F/V", "S/V"))
#: Elected offices a campaign's committee is named for: "John Edwards for President",
#: "Friends of … for Congress".
ELECTED_OFFICES = frozenset("President Congress Senate Governor Mayor America Sheriff "
                            "Council Assembly".split())
#: Holders of offices named for them ("the Medical Examiner’s Office"), besides titles.
OFFICE_HOLDERS = frozenset("Attorney Sheriff Examiner Coroner Prosecutor Auditor Comptroller "
                           "Controller Clerk Assessor Treasurer Recorder General".split())
#: The particles a surname keeps in lower case when it is written without the given name:
#: "said de Blasio", "von Braun's rockets", "Yao/van Velthoven/Zeng".
SURNAME_PARTICLES = frozenset("van von de del della der den da di du dos das ter bin "
                              "ibn".split())
#: The heads of a study's or a project's name, which may open with a hyphenated adjective:
#: "the Genome-wide Association Study", "a Population-based Cohort Study".
STUDY_HEADS = frozenset("Study Studies Survey Trial Trials Project Consortium".split())
#: Hyphenated parts that tie a name to what it describes, not to a name after them: "an
#: ARRA-funded study", "a NASA-led Mission Project".
RELATION_SUFFIXES = frozenset("funded led backed owned run held era born sponsored supported based "
                               "financed".split())
#: Two particles in a row inside a name: "San Sebastian de la Gomera", "van der Berg".
PARTICLE_PAIRS = frozenset((("de", "la"), ("de", "los"), ("de", "las"), ("de", "le"),
                           ("van", "der"), ("van", "den"), ("von", "der"), ("de", "l"),
                           ("da", "la"), ("della", "la"), ("o", "te"), ("o", "ngā"),
                           ("para", "el"), ("para", "la"), ("para", "los"), ("para", "las")))
HONORIFICS = frozenset("Mr Mrs Ms Mx Dr Miss Sir Dame Madam Mister Hon Honourable Honorable "
                       "Rt Father Fr Rev Reverend Tā Shri Smt Shrimati Sushri Kumari "
                       "Hon’ble Hon'ble Daw Worship Messrs Sister".split())
# (te reo "Sir"; India's "Shri", "Smt."; Burmese "Daw", a woman's, as in "Daw Aung San Suu
# Kyi"; a Canadian mayor's "His Worship"; "Messrs", the plural before a list of men:
# "Messrs J. A. Clothier, J. Hampton"; a nun's "Sister", "Sister Marie Claude Naddaf")
#: Letters after a person's name that are not part of it: "James Marape MP", "Ann Lee QC".
POSTNOMINALS = frozenset("MP MPs MEP MLA MPP MSP MHA MNA MHK TD QC KC OBE MBE CBE KBE DBE "
                         "GBE PhD AM MS MLC MHR DNZM KNZM ONZM MNZM CNZM GNZM QSM QSO".split())
# (Wales's Assembly Members, "AM", and Members of the Senedd, "MS"; Australia's "MLC" and
# "MHR"; New Zealand's honours, "Dame Noeline Taurua DNZM")
#: The letters of an order's honours, which end a name even before another name's words:
#: "the 386 Dame Noeline Taurua DNZM Police recruit wing".
HONOURS = frozenset("OBE MBE CBE KBE DBE GBE DNZM KNZM ONZM MNZM CNZM GNZM QSM QSO".split())
#: Degrees written with dots after a name and a comma: "Scott Gottlieb, M.D." (no state's
#: or country's code, though "M.D." spells Moldova's and "Md." Maryland's).
DOTTED_DEGREES = frozenset("M.D. Ph.D. D.O. R.N. J.D. M.P.H. D.D.S. D.V.M. M.B.A. Esq. Esq"
                           .split())  # (and a lawyer's "Esq.": "Marcela C. Rodriguez, Esq.")
#: Those and the other degrees a roll or a caption writes after a name and a comma: "Newell
#: E. McElwee III, Pharm.D., M.S.P.H.", "Wayne Lawrence, Dr.P.H.".
ROLL_DEGREES = DOTTED_DEGREES | frozenset("Pharm.D. Dr.P.H. Sc.D. Ed.D. M.Sc. M.S. M.A. B.S. B.A. "
                                          "M.P.P. M.S.W. D.N.P.".split())
#: The words of a minister's portfolio ("Minister of Transport and Industry", "Secretary
#: of State"): part of the role, not an organisation of its own.
PORTFOLIO = frozenset("""Transport Transportation Industry Industries Trade Commerce Health
Workforce Learning Language Languages
Defence Defense Finance Treasury Education Justice Agriculture Fisheries Forestry Labour Labor
Employment Energy Environment Interior Foreign Home Internal Affairs Information
Communications Communication Tourism Culture Arts Sport Sports Youth Women Gender Housing
Mines Mining Water Infrastructure Works Public Planning Economy Economic Development Security
Safety Immigration Land Lands Natural Resources Science Technology Research Innovation Social
Welfare Veterans Homeland State Staff Local Government Rural Urban Family Children Digital
Religious Heritage Climate Change Emergency Emergencies Disaster Management Budget Revenue
Petroleum Oil Gas Power Telecommunications Aviation Maritime Ports Roads Highways Railways
Solidarity Integration Cooperation Relations International Regional Budget Investment
Operations Intelligence Policy Plans Programs Personnel Logistics Engineering Families Services
Administration Persons Disabilities Disability Inclusion Diversity Accessibility Primary
Ageing Aging Disability Seniors Preparedness Response Recovery Resilience Communities
Investigations Recommendations Islamic Awqaf Endowments Customs Excise""".split())
#: Surnames written with a capital inside, which no firm's camel case is: "McDonald",
#: "DeLauro", "DiNapoli", "LaHood", "DuBois", "VanHollen".
SURNAME_PREFIX = re.compile(r"(?:Ma?c|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]")
#: Titles that are part of a name: "Lord Liverpool", "Queen Elizabeth II".
NOBLE = frozenset("Lord Lady King Queen Prince Princess Pope Saint St Emperor Empress Sheikh "
                  "Cheikh Shaikh Shaykh Sultan Emir".split())
NOBLE_TITLES = NOBLE
#: Part of many Arabic names when it is not their first word.
SHEIKH = frozenset(("Sheikh", "Cheikh", "Shaikh", "Shaykh"))
#: Words before a title that belong to the role, not the name.
ROLE_MODIFIERS = frozenset("Former Current Then Late Acting Interim Outgoing Incoming "
                           "Presumptive Deputy Assistant Associate Vice Shadow Senior Chief "
                           "Executive Non-Executive District Regional Area Special Majority "
                           "Minority Ranking Emeritus Emerita Emeriti".split())
# ("Wage and Hour Division District Director", "OSHA Area Director", "Senate Majority Leader",
# "Ranking Members Representative Steve Cohen")
FUNCTION_WORDS = frozenset("""
I A An The This That These Those It Its He She They We You His Her Their Our My Your In On At
Of For And But Or Nor So Yet If As By To From With Without After Before While When Where Who
Whom Whose What Which Why How Both Each Every Either Neither Some Many Most More Much Few
Several All Any No Not Only Also Even Just Still Now Then There Here However Meanwhile
Although Though Because Since Until Unless Despite During Through Throughout Under Over Into
Onto Upon About Above Below Between Among Against Across Around Along Behind Beyond Near
Outside Inside Within Yesterday Today Tonight Tomorrow Earlier Later Previously Currently
Recently Instead Indeed Perhaps Please Yes Hello Thanks Thank Dear Once Twice Again Already
Altogether Overall Finally First Second Third Last Next Another Other Such Same One Two Three
Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions Billions Million Billion
Trillion Like Unlike Amongst Whilst Besides Certain
Whether Whatever Whoever Whenever Wherever Mr Mrs Ms Dr Miss Sir Madam Nobody Everyone
Everybody Someone Somebody Anyone Anybody Nothing Everything Something Anything Ahead None
Oh Ah Wow Hey Hi Okay OK Yeah Well Ouch Alas Hmm Uh Um Congratulations Congrats
""".split())
#: The months' short names as a pattern's alternation ("Jan|Feb|…").
#: A Canadian or a British postcode, as a pattern: "K1A 0A3", "WC2B 4AN".
POSTCODE = r"(?:[A-Z]\d[A-Z][^\S\n]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[^\S\n]\d[A-Z]{2})"
#: The heads of observances, named for the people or cause they honour: "Asian American and
#: Pacific Islander Heritage (AAPI) Month".
OBSERVANCE_HEADS = frozenset("Month Week Day".split())
MONTHS_SHORT = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
#: The months' full names as a pattern's alternation ("January|February|…").
MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|"
               "November|December")
MONTHS_AND_DAYS = frozenset("""January February March April May June July August September
October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Tue Tues Wed Thu Thur Thurs Fri""".split())
#: Legal forms that end a company's name: "Tesla, Inc.", "Grenda Group LLC".
COMPANY_FORMS = frozenset("""Inc. Inc Ltd Ltd. LLC L.L.C. PLC plc S.A. AG GmbH Corp. Corp Co.
N.V. B.V. S.p.A. L.P. LLP L.L.P. P.C. P.A. PLLC N.A. Limited Incorporated A.V.V. S.A.S. S.L.
S.R.L. S.r.l. SARL Pty K.K.""".split())
# ("TD Bank, N.A.": a national bank's form, a National Association; "Tronox Limited")
#: The forms of firms named for their partners, who are listed with commas: "Little,
#: Bulman, Medeiros, Whitney, P.C.", a law firm.
PARTNERSHIP_FORMS = frozenset("LLP L.L.P. P.C. PC P.A. PLLC".split())
#: A newsroom's last words: a name they end is an outlet ("Energy News Network", "Omaha
#: World-Herald"), which a story may also say it is "published in", as journals are.
NEWSROOM_HEADS = frozenset("""Network News Media Newsroom Newsrooms Times Post Dispatch Tribune
Herald Gazette Chronicle Observer Guardian Telegraph Examiner Courier Inquirer Enquirer Ledger
Appeal Bee Argus Advertiser Reflector Beacon Mirror Monitor Recorder Lantern Bulletin Advocate
Mercury Weekly Daily Desk""".split())
#: The last words of a newsletter's name: "Clinical Center News", "… Bulletin".
NEWSLETTER_HEADS = frozenset(("News", "Newsletter", "Bulletin", "Digest"))
#: How often a newsletter comes out, on the line after its name: "Published monthly by …".
PUBLISHED_EVERY = re.compile(r"[^\S\n]*\n\s*Published[^\S\n]+(?:monthly|weekly|daily|quarterly|"
                             r"bimonthly|biweekly|twice)\b")
#: How often a periodical comes out, the word before its own: "NIMHD Quarterly News".
PERIODICITY = frozenset("Quarterly Monthly Weekly Biweekly Fortnightly".split())
#: Last words that make a run an institution, an event or a place: a demonym before them
#: is part of the name ("Italian Cultural Institute").
ORGANISATION_HEADS = NEWSROOM_HEADS | frozenset("""
Nations Council Department Board Police Customs Gendarmerie Committee Commission Party University
College School Academy Consortium
Preschool Kindergarten Taskforce Taskforces Coastguard Seminary Seminaries Yeshiva
Institute Institution Inc Inc. Corp Corp. Corporation Company Co. Ltd Ltd. LLC PLC plc S.A. AG
L.L.C. LLP L.L.P. P.C. PLLC
GmbH Agency Office Court Association Union Federation Foundation Endowment Trust Fund Society
Press Journal Review Magazine Radio Television TV Broadcasting Bank Ministry Senate House Congress
Parliament Forum Brotherhood Sisterhood
Assembly Cabinet Church Mosque Temple Synagogue Club Team Group Service Services Center Centre
Subcommittee Sub-Committee Sub-committee Embassy Consulate Chamber
Centers Centres Coalition Campaign Project Bureau Administration Authority Organization
Organisation Organizations Organisations Movement Alliance League Front Army Navy Force Forces
Guard Corps Command Council Commissioners Tribunal Hospital Clinic Library Museum Gallery
Orchestra Company Airlines Airways Railway Railways Studios Records Group Holdings Industries
Systems Microsystems Technologies Laboratories Labs Partners Associates Brothers PAC Caucus
Secretariat
Images Photos Pictures Studio Studios Productions Entertainment Publishing Publishers
Unit Division Directorate Inspectorate Regiment Brigade Battalion Squad Collective Collaborative
Collaboration Branch Section Detachment Squadron Squadrons Fleet Platoon Infantry Cavalry
Artillery Reserve Conservancy Program
Parishad Panchayat Sabha Samiti Sangh
Programme Initiative Quartet Quintet Trio Ensemble Choir Band Staff Government Works Nation
Laboratory Lab Core Mint Cartel Gang Syndicate Legislature Watch Tribe Tribes Partnership
Enterprises Brewery Breweries Winery Wineries Distillery Creamery Bakery Packaging Refinery
Refineries Warehouse
""".split())
#: Words that open places' names, their kind first: "Mount Hood", "Lake Erie", a stadium
#: named in its own language ("Estadio Olímpico Pascual Guerrero"), a place by its kind in
#: Portuguese or Spanish ("Vila Autódromo", "Morro do Timbau", "Complexo do Alemão",
#: "Praia do Sossego", "Cerro Rico").
PLACE_OPENERS = frozenset("Mount Mt. Lake Port Fort Cape Isle Point Glen Gulf Bay Strait Sea "
                          "Sea River Lake Estadio Estádio Stade Stadio Stadion Rue Via Viale "
                          "Calle Avenida Rua Vila Villa Morro Complexo Praia Playa Cerro Serra "
                          "Sierra Jardim Praça Plaza Largo Ilha Isla Ponta Punta Puerto "
                          "Porto Ciudad Cidade Colonia Colônia Barrio Bairro Lago Laguna Hotel "
                          "Motel".split())
#: Heads of research bodies that are places too ("the Favelas Observatory", "Paranal
#: Observatory"), so not organisation heads (which would make "ESO" one name with "ESO
#: Paranal Observatory"): a name they end is a body, and "of the" one names whom a person
#: speaks for.
RESEARCH_BODIES = frozenset(("Observatory", "Observatories"))
#: Greetings that may open a name inside a sentence ("… that Hello World will receive …")
#: and open no person's name.
GREETINGS = frozenset("Hello Hi Hey Oh".split())

#: A company's trade after its name, which ends no person's name: "Duke Energy", "Dominion
#: Energy", "Ford Motors" (no body's head either: "Atomic Energy Commission").
COMPANY_TRADES = frozenset("""Energy Electric Gas Oil Petroleum Motors Foods Pharmaceuticals
Pharma Insurance Chemicals Logistics Telecom Semiconductor Semiconductors Meats Beverages Farms
Airlines Airways Tobacco Textiles Plastics Metals Mining Minerals Poultry Seafood Apparel
Cosmetics Robotics Aerospace Trucking Brewing Distilling Roasting Health Healthcare Solar
Blockchain Automotive Formwork Scaffolding Plumbing Roofing Concreting Excavations Demolition
Glazing Joinery Landscaping Electrical Engineering Constructions Contracting Capital
Steel""".split())
# ("Tyson Fresh Meats": a firm, though Tyson is a given name; "Worthy Brewing"; a builder's
# subcontractor by its trade: "Clifton Formwork")

#: A newspaper's word after the place it serves, which no other name ends with after a
#: place: "Omaha Sun", "Tennessee Lookout", "Nevada Current" (the words every body's name
#: may end with, "Times", "Herald", are organisation heads already).
NAMEPLATES = frozenset("""Sun Star Globe Lookout Standard Current Independent Citizen Leader
Signal Sentinel Register Record Telegram Transcript Newsline Searchlight Illuminator Phoenix
Reformer Enterprise Daily Weekly""".split())
#: Sports whose name after a town's names its club: "Nambour Rugby", "Cork Hurling".
SPORTS = frozenset("""Rugby Football Soccer Hockey Cricket Netball Basketball Baseball
Softball Lacrosse Athletics Rowing Hurling""".split())
#: Letters that make a place's own body of the place before them: "Houston ISD" (its
#: independent school district), "Chicago PD", "Austin FC" (not "Denver ABC affiliate", a
#: network's station there; nor "Columbia SC", a city and its state).
LOCAL_BODY_LETTERS = frozenset("ISD CISD USD UFSD CUSD PD FD EMS FC".split())
EVENT_HEADS = frozenset("""Apology Month War Wars Raid Raids Games Olympics Olympic Paralympics Cup
Showcase Showcases
Tournament Meeting Meetings Solstice Equinox
Centennial Bicentennial Sesquicentennial Semiquincentennial
Fight Rumble Showdown Embargo Blockade Boycott
Championship Championships Open Summit Conference Convention Festival Election Elections Referendum
Contest Contests Decade Depression Recession Famine
Marathon Expo Awards Award Prize Prizes Fellowship Fellowships Medal Medals Revolution Crisis
Massacre Bombing Bombings Attack
Attacks Uprising Rebellion Protest Protests Parade Carnival Debate Debates Trial Inquiry
Hearing Riots Pride Session Days
Week Day Questions Course Exercise Exercises Drill Ceremony Race Races Regatta Derby Strike Finals
Graduation Commencement Convocation Retreat
Strikes Walkout Boycott Year Pageant Trials Qualifier Qualifiers Invitational Fair Fairs Rodeo
Gala Fest Powwow Fiesta Jamboree Challenge Competition Contest Hackathon Round Game Ten-Miler
Faire Workshop Workshops Exhibition Exhibitions Exposition Biennale Biennial
Symposium Symposia Seminar Seminars Webinar Webinars Colloquium Lecture Lectures Meetings Event
Ministerial
Events Celebration Concert Luncheon Banquet Breakfast Dinner Dialogue Dialogues
Landslide Slide Flood Floods Eruption Tsunami Blizzard""".split())
#: What a beauty or body contest is named for after "Miss" or "Mr." besides a place:
#: "Miss Universe", "Mr. Olympia".
CONTEST_WORLDS = frozenset("Universe World Earth International Olympia".split())
#: A country's letters, as before a body's head ("U.S. Department of Energy") or in a
#: headline ("Renunciation of UK Citizenship").
COUNTRY_LETTERS = frozenset(("U.S.", "US", "UK", "U.K.", "EU", "U.S.A.", "USA"))
#: Kinds of place a headline names one by, after its people's adjective: "the Syrian City
#: of Daraya".
HEADLINE_PLACE_KINDS = frozenset("City Town Village State Province Region District Island Port "
                                 "Capital".split())
#: Directions by their letters, after a distance: "4 N Ivanhoe", "1545 miles E of Hilo".
COMPASS_LETTERS = frozenset("N S E W NE NW SE SW NNE NNW ENE ESE SSE SSW WNW WSW".split())
#: The points of the compass, written out, that a distance puts before "of" and a place:
#: "95 kilometres (60 miles) Northeast of Italy's capital".
COMPASS_POINTS = frozenset("North South East West Northeast Northwest Southeast Southwest "
                           "North-east North-west South-east South-west".split())
#: Parts of a country named after its people's adjective: "the American Midwest".
PEOPLES_REGIONS = frozenset("Midwest South North East West Northeast Northwest Southeast "
                            "Southwest Midlands Outback Heartland Plains Highlands Lowlands "
                            "Riviera Alps Interior Coast Country".split())
# ("Indian Country", "Basque Country")
#: Heads of buildings numbered with a word after them: "New Center Plaza One", "Tower Two".
NUMBERED_BUILDINGS = frozenset("Plaza Center Centre Tower Towers Place Square Building".split())
#: Heads of the names of bodies in the sky, which take their finder's possessive: "Barnard’s
#: Galaxy", "Halley’s Comet" (not "Star", which also heads papers' names: "Toronto Star").
SKY_HEADS = frozenset("Galaxy Comet Nebula".split())
#: The words of a wish before a day's name: "Merry Christmas", "Happy New Year".
WISHES = frozenset("Happy Merry Blessed Joyous".split())
#: What the days wished for end in: "… Day", "… New Year", "… Holidays".
WISHED_DAYS = frozenset("Day Year Holidays Holiday Eve Week Festival".split())
#: Holidays and festivals, events named by their names alone: "Christmas and Lunar New Year",
#: "This Rosh Hashanah, …".
_HOLIDAY_NAMES = (*"""Christmas Easter Ramadan Eid Diwali Hanukkah Chanukah Thanksgiving Passover
Halloween Lent Nowruz Vesak Kwanzaa Holi Purim Pentecost Matariki Juneteenth Sukkot Shavuot
Navratri Vaisakhi Songkran""".split(), "Yom Kippur", "Rosh Hashanah")
HOLIDAYS = frozenset(_HOLIDAY_NAMES) | {w for name in _HOLIDAY_NAMES for w in name.split()}
#: Religions' scriptures, named in speeches and news as books are: "the Bible", "the Holy
#: Quran", "the Torah".
SCRIPTURES = frozenset(("Bible", "Quran", "Qur'an", "Qur’an", "Koran", "Torah", "Talmud",
                        "Tanakh", "Gita", "Bhagavad Gita", "Vedas", "Tripitaka",
                        "Guru Granth Sahib", "Book of Mormon", "New Testament",
                        "Old Testament", "Gospels"))
# (each name whole, "Rosh Hashanah", and its words: "Yom" of "Yom Kippur’s")
#: Days named by a weekday and a word for what fell on them: "Black Saturday" (the 2009
#: fires), "Super Tuesday", "Good Friday" (no date: a name).
NAMED_WEEKDAYS = frozenset(("Black Monday", "Black Tuesday", "Black Wednesday", "Black Thursday",
                            "Black Friday", "Black Saturday", "Black Sunday", "Bloody Sunday",
                            "Bloody Friday", "Good Friday", "Holy Thursday", "Holy Saturday",
                            "Maundy Thursday", "Ash Wednesday", "Palm Sunday", "Easter Sunday",
                            "Easter Monday", "Whit Monday", "Shrove Tuesday", "Super Tuesday",
                            "Cyber Monday", "Giving Tuesday", "Small Business Saturday"))
#: The letters the US land agencies write after a park's or a forest's name ("Glacier NP",
#: "Walnut Canyon NM", "Gallatin NF", "Glen Canyon NRA"): the name ends there, and names a
#: place.
PARK_UNITS = frozenset("""NP NM NHS NHP NMP NB NBP NRA NS NL NR NSR NST NHT NF NWR NHL NMem
NPres NP&P""".split())
PLACE_HEADS = frozenset("""Pass Street St Avenue Ave Road Rd Boulevard Lane Way Square Bridge
River Strip Mine Colliery Quarry Aerodrome Airpark Airstrip Heliport Racetrack Raceway Speedway
Racecourse Velodrome Oval Rotunda Lawn Lake Mountain Mountains Mount Mt Island Islands Bay Valley
Park Beach Coast Desert Forest
Gulf Sea Ocean Strait Straits Canal Harbour Harbor County Province District Borough Township Parish
State Territory Region Peninsula Heights Hills Foothills Falls Springs Airport Station Square
Plaza Plant Theater Theatre
Creek Stadium Arena Mile Mall Range Ranges Hole Canyon Glacier Reef Delta Peak Lagoon Basin Campus
Plateau Highlands Wetlands Ecosystem Dockyard Wharf Pier Quay Marina Cathedral Abbey Chapel
Castle Palace Estate Prefecture Governorate Oblast Krai Canton Municipality Pole East
Seashore Lakefront Bayou Battlefield Battlefields Parkway Highway Freeway Trail Aqueduct Site
Sites Complex Plantation Plantations Area Memorial Monument Auditorium Capitol Land Lands
Territories Pipeline Cemetery Cemeteries Camp Camps Settlement Settlements
Woodland Woodlands Marshes Inn Inns Arm Marae
Plain Plains Building Bldg Bldg. Blvd Hwy Pkwy Wilderness Zone Base Airfield Airbase Drive Circuit
Dam Dams Lock Locks Reservoir Campground Breakwater Levee Spillway Barrier Weir Ramp Point Room
Sound Sounds Inlet Inlets Keys Country Depot Side Jail Prison Penitentiary Courthouse Apartments
Collider Subdivision Subdivisions Ranch Ranches Trailhead Trailheads Reservation Reservations
Fairgrounds Fairground Preserve Corridor Sink
Hemisphere Volcano Volcanoes Caldera Crater Refuge Refuges Isles Isle Firth Estuary Shelf
Loch Garden Gardens Grounds Junction Substation Substations Powerhouse Powerhouses Switchyard
Seaway Waterway Waterways Watershed Watersheds Floodplain Aquifer Headwaters
Track Tracks Walkway Traverse Gully Gorge Saddle Atoll Atolls Archipelago Cay Cays Atrium AFB
""".split()) | PARK_UNITS
WORK_HEADS = frozenset("""Act Acts Bill Treaty Plan Strategy Rules Regulations Accord Accords
Agreement Declaration Constitution Report Charter Manifesto Protocol Convention Covenant Law
Laws Code Framework Statement Communique Communiqué Memorandum Agenda Pact Compact Compacts
Print Policy Statute Blueprint Roadmap Decree Decrees Manual Handbook Toolkit Dictionary Almanac
Encyclopedia Thesaurus
Amendment Amendments Carta Oath Deed Deeds
Survey Register Registry List Book Dashboard Database Tracker Budget Principle
Outlook Monthly Annual Yearbook Almanac Viewer Update Map Atlas Mandate Portal Assessment Diary
Assessments Letter Letters Form Guidelines Guide Flag Notes
Forecast Directory Directories Blog Blogs Issue
""".split()) - {"Convention"}

#: What ends a fire's name ("the Kelsey Fire"), and the plural a list of fires ends with
#: ("the Horse Creek and Pothole Fires").
FIRE_HEADS = frozenset(("Fire", "Wildfire"))
#: A British road by its number: "M20", "A1", "A1(M)", "B1090".
ROAD_NUMBER = re.compile(r"[MAB]\d{1,4}(?:\(M\))?")
#: What a street's name opens with in Europe and Quebec, where the house number comes
#: before it or after it: "Rue de la Loi 175", "200 Promenade du Portage".
STREET_FIRST = frozenset("Rue Avenue Boulevard Via Viale Calle Avenida Rua Strada Ulica "
                         "Promenade Chemin Allée".split())
#: The kinds of storm a storm's name follows: "Hurricane Michael", "Typhoon Mawar".
STORM_KINDS = frozenset("Hurricane Typhoon Cyclone Storm".split())
#: What a storm is before it becomes a hurricane or after: "Subtropical Storm Olga",
#: "Post-Tropical Cyclone Sandy", "Tropical Cyclone Pam".
STORM_STAGES = frozenset("Tropical Subtropical Post-Tropical Extratropical Potential "
                         "Severe Super".split())
#: Nouns that describe people, besides the titles the knowledge tables hold.
PERSON_NOUNS = frozenset("""journalist reporter correspondent editor blogger writer author
activist campaigner lawyer attorney professor teacher student doctor nurse farmer official
politician lawmaker legislator resident mother father son daughter wife husband brother
sister man woman boy girl engineer founder leader researcher scientist economist analyst
expert historian chronicler filmmaker photographer artist singer musician actor actress poet
priest pastor imam rabbi monk nun judge prosecutor officer soldier veteran survivor victim
worker owner entrepreneur businessman businesswoman athlete player coach captain defender
spokesman spokeswoman spokesperson adviser advisor aide candidate opponent critic supporter
volunteer citizen native colleague friend neighbour neighbor relative mayor minister
governor senator president chairman chairwoman director manager commissioner diplomat
ambassador soldier sailor marine airman seaman trooper cadet recruit proponent backer
detractor organizer organiser protester protestor demonstrator parent voter taxpayer consumer
patient customer passenger witness bystander participant observer skeptic sceptic fan
investor shareholder homeowner tenant renter landlord employer employee motorist driver
cyclist pedestrian tourist visitor migrant refugee immigrant educator physician surgeon
lobbyist donor retiree teenager elder villager parishioner worshipper believer landowner
rancher dictator tyrant strongman statesman stateswoman monarch ruler warlord emperor empress
gunman suspect defendant inmate prisoner detainee nominee appointee incumbent challenger
novelist playwright composer comedian rapper chef astronaut philosopher scholar agent broker
trader vendor merchant dealer shopkeeper assistant technician paramedic midwife pharmacist
dentist therapist anesthetist anaesthetist""".split())
#: A legislator's party letter and home town after the name, between commas or brackets:
#: "Rep. Danny Tenenbaum, D-Missoula," (a state's papers name the town, not the state).
PARTY_TOWN = re.compile(r"(?:,[^\S\n]+|\()(?:D|R|I)-(?P<town>[A-Z][a-z]{2,}"
                         r"(?:[ -](?:St\.[^\S\n]|Ste\.[^\S\n]|Mt\.[^\S\n])?[A-Z][a-z]+)*)"
                         r"(?=[,);]|\.(?:\s|$))")
# ("D-Bay St. Louis": a town whose name holds an abbreviated "Saint"; "…, R-Slidell." at
# the sentence's end)
#: The verb a sentence's subject takes right after its name: "Shona Robison will continue as
#: …" (a person, whatever language her given name also names).
SUBJECT_VERB_AFTER = re.compile(r"[^\S\n]+(?:will|would|has|had|was|is|said|says)\b")
#: A place gone to or stayed in, then "where" right after its name, which makes a place of
#: it: "made his way to Harris where he …".
GONE_TO_BEFORE = re.compile(r"(?<![\w-])(?:to|in)[^\S\n]+$")
WHERE_AFTER = re.compile(r",?[^\S\n]+where\b")
#: First words of place names: "St. Joseph", "San Juan", "La Horquetta", "Port Moresby".
PLACE_PREFIXES = frozenset("St. St Saint Sainte Ste. San Santa Santo São Sao La Le Las Los "
                           "Les El Port Fort Mount Mt. Mt Lake Cape Fazenda Hacienda "
                           "Estancia".split())

#: Verbs that open a question and are also given names elsewhere ("Can Dündar"): "Can
#: Khayelitsha be policed?"
QUESTION_OPENERS = frozenset("Can Could Should Would Must Does Did Is Are Was Were Has "
                             "Have Will Shall".split())
#: The words title case leaves in lower case ("Story on Planes Flown to Uzbekistan").
TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into nor of on or the to vs "
                              "via with upon onto over per off through within without".split())
#: Small words of French, Italian, Spanish, Portuguese, German and Dutch that a body's name
#: in its own language holds in lower case: "Direction générale des douanes et droits
#: indirects", "Agenzia delle Dogane e dei Monopoli".
FOREIGN_SMALL = frozenset("des du de la le les et aux au pour contre sur di della delle dei "
                          "degli del e y für und der die voor van het en do da dos".split())
CONNECTORS_BASE = frozenset(("of", "the", "for", "and", "&", "+", "o", "te", "de", "del",
                            "della", "der", "den", "van", "von", "bin", "ibn", "al", "da", "di",
                            "du", "la", "le", "dos", "das", "do", "ter", "ten", "zu", "y",
                            "e", "ka", "ki", "za", "ya", "wa", "sa", "ng", "el", "las", "los",
                            "para", "amb", "n", "sin", "sem", "sans", "nan", "et"))
# ("Azadi ka Amrit Mahotsav", "Mann ki Baat"; Swahili's "of": "Sauti za Busara"; Spanish "y" and
# Portuguese "e" join two surnames: "José Ortega y Gasset", "Jailson de Souza e Silva"; Filipino
# "sa" and "ng": "Kapihan sa Senado", "Komisyon sa Wikang Filipino", "Bantay ng Bayan"; Spanish
# articles and "para" inside a body's name: "Asociación para el Manejo Integrado de las Cuencas de
# La Paz y Comayagua"; a firm's "n" for "and": "Pick n Pay"; Gaelic "nan", "of the": "Comhairle nan
# Eilean Siar"; French "et" between two capitalised words: "Pêches et Océans Canada")

#: Heads of the names of things that are neither bodies nor works: payments, cards,
#: schemes, visas ("JobKeeper Payment", "Cashless Debit Card", "National Redress Scheme").
OTHER_HEADS = frozenset("""Payment Payments Card Cards Scheme Schemes Allowance Pension Benefit
Subsidy Subsidies Visa Visas Permit Licence License Index Policy Supplement Grant Grants Credit
Credits Scale Scholarship Scholarships Rebate Rebates Voucher Vouchers Bursary Bursaries
System Income Simulator Vessel Vessels Trojan Ransomware Malware Spyware Botnet Commendation
Commendations Stream Streams Goals Interceptor Interceptors Missile Missiles Radar Torpedo
Torpedoes Reform Collection Collections Tool""".split())
# (and a programme's funding streams: "the Green Infrastructure Stream"; a set of targets:
# "the Sustainable Development Goals"; a reform by its field: "Export Control Reform"; a
# tool by its name: "the Research Portfolio Online Reporting Tool")

#: Parliaments and chambers called by their own names, not by a head word English gives
#: them: "Dáil Éireann", "the Seanad", "the Knesset", "the Storting".
CHAMBERS_BY_NAME = frozenset("Dáil Dail Seanad Oireachtas Senedd Tynwald Althing Alþingi "
                             "Knesset Bundestag Bundesrat Duma Storting Stortinget Riksdag "
                             "Folketing Sejm Eduskunta Riigikogu Saeima Seimas Sabor "
                             "Majlis".split())

#: Te reo Māori words that open a sentence or a greeting in New Zealand English news and
#: are no names ("Tākina Puanga.", "Kia ora", "Tēnā koutou"); those with a macron, or that
#: no name begins with, only ("Ko" is also a surname: "Ko Wen-je").
TE_REO_OPENERS = frozenset("Tākina Tēnā Kia Ki Kei Nā Mā Nō Mō Ngā".split())

#: Office titles always followed by a person's name: after one, a single word no other
#: table knows is a surname ("President Biden", "Governor Hochul"); titles that are also
#: adjectives ("General Motors", "Chief Justice") are not here.
OFFICE_TITLES = frozenset("""President Senator Sen. Governor Gov. Mayor Minister Secretary
Chancellor Premier Congressman Congresswoman Ambassador Commissioner Pope""".split())

#: Labels a broadcast's script or a story's credits put before a name or a place, one or
#: several joined by slashes: "((Reporter/Camera: Deepak Dobhal))", "((Map: Ogallala,
#: Nebraska))".
_CREDIT_ROLES = "Reporters?|Camera|Videographer|Photographer|Producer|Editor|Writer"
SCRIPT_LABELS = (rf"(?:{_CREDIT_ROLES}|Anchor|Host|Correspondent|Narrator|Map|Location)"
                 rf"(?:/(?:{_CREDIT_ROLES}))*")
#: Labels of a page's fields whose value, after the colon, opens no sentence and makes no
#: headline of its line: "Outlet: Seed World", "Research Unit: USDA-ARS …", and a script's
#: labels.
PAGE_FIELDS = (r"(?:Outlet|Research Unit|Featured Scientist|Featured Research Units?|Publisher|"
               rf"Publication|Venue|Sponsor|Employer|Affiliation|Institution|{SCRIPT_LABELS})")

#: Words that put a journal's title after them: "published in AIDS and Behavior", "As
#: reported in Science Advances", "A study published April 17 in Cancer Discovery", "The
#: findings appeared online Jan. 26, 2015, in JAMA Internal Medicine".
JOURNAL_CUE = (r"(?:published|reported|appears|appeared)"
               r"(?:[^\S\n]+(?:today|online|recently))?"
               rf"(?:[^\S\n]+(?:on[^\S\n]+)?(?:{MONTH_NAMES}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
               r"Oct|Nov|Dec)\.)[^\S\n]+\d{1,2}(?:,[^\S\n]+\d{4})?,?)?"
               r"[^\S\n]+in(?:[^\S\n]+the[^\S\n]+journal)?")
#: A listing's reading time after a story's source: "Futurity4 min read".
READING_TIME = r"[^\S\n]+min(?:ute)?s?[^\S\n]+read"

#: Social networks a page asks readers to follow it on: "Follow Alaska Beacon on Facebook
#: and X" (no name of the form "Council on Foreign Relations" runs on into them).
#: A site's name that is its address: "Opensource.com", "Korea.net", "USA.gov".
SITE_ADDRESS = re.compile(r"[A-Za-z][\w-]*\.(?:com|org|net|io|gov|edu)")
SOCIAL_NETWORKS = frozenset("""Facebook Twitter X Instagram YouTube TikTok LinkedIn Threads
Bluesky Mastodon WhatsApp Telegram Snapchat Pinterest Reddit Substack Flickr Tumblr
Vimeo""".split())

#: Companies whose names head their products' names: "Google Translate", "Microsoft Word",
#: "Apple Music" (products, not places or bodies).
PRODUCT_MAKERS = frozenset("""Google Apple Microsoft Amazon Adobe Samsung Meta Netflix Spotify
OpenAI Nvidia Intel Baidu Tencent Alibaba Yahoo Sony Nintendo Tesla""".split())

#: The words that abbreviated titles stand for, so that a description later in the story
#: ("the governor said") finds the person titled by the abbreviation ("Gov. Laura Kelly").
TITLE_WORDS = {"Gov": "governor", "Sen": "senator", "Rep": "representative",
               "Lt": "lieutenant", "Gen": "general", "Sgt": "sergeant", "Col": "colonel",
               "Capt": "captain", "Cmdr": "commander", "Cdr": "commander", "Adm": "admiral",
               "Prof": "professor", "Supt": "superintendent", "Atty": "attorney",
               "Amb": "ambassador", "Insp": "inspector", "Det": "detective", "Maj": "major",
               "Cpl": "corporal", "Rev": "reverend", "Dr": "doctor", "Brig": "brigadier"}

#: Titles that are initials: titles only in capitals ("ADA Ann Lee"), names otherwise
#: ("Ada Limón", "Da Silva").
INITIALS_TITLES = frozenset("da ada dda ag ceo cfo coo cto mp mep msp mla mpp pm".split())

#: Words before "Year" that make a date of it, not an event: "Fiscal Year 2019", "FY 2007".
YEAR_KINDS = frozenset("Fiscal Calendar Academic School Financial Tax Model".split())

#: Australia's states and territories as news writes them ("in NSW", "the ACT Government").
AU_STATE_CODES = frozenset("NSW ACT NT QLD VIC TAS WA".split())

#: The U.S. Postal Service's state codes, as datelines and addresses write them after a
#: city ("Quilcene, WA").
POSTAL_CODES = frozenset("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI
MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR
""".split())

#: The verbs a headline or a call marks an observance with, before its name: "Commemorating
#: Black Maternal Health Week", "Celebrate Pollinator Week", "Join Us in Marking National
#: Runaway Prevention Month".
OBSERVING_VERBS = frozenset("Celebrating Commemorating Observing Marking Recognizing "
                            "Recognising Honoring Honouring Celebrate Commemorate Observe Mark "
                            "Recognize Recognise Honor Honour".split())

#: Labels before a telephone number: "Tel.: +32 …", "Fax: 555 …". A press contact's name
#: comes before them; they are no names themselves.
PHONE_LABELS = frozenset(("Tel", "Fax", "Phone", "Mob", "Mobile", "Cell", "Tél", "Telephone"))
#: The labels of all a body's contact details: its telephones', its e-mail's and its site's.
CONTACT_LABELS = PHONE_LABELS | frozenset("Email E-mail Website Web".split())
#: Verbs headlines put between names in title case ("Treasury Appoints Former Local
#: Authority Chief Executive …"): a run that holds one is a headline's clause, not a name.
HEADLINE_VERBS = frozenset("""Invests Announces Announce Appoints Appoint Approves Approve Backs
Calls
Decides Decide Deems Demands Demand Becomes Become Explores Explore Given Evades Evade
Call Celebrates Condemns Confirms Expands Joins Launches Launch Leads Marks Names Opens Receive
Receives Reveals Says Say Seeks Sets Signs Swears Unveils Urges Urge Warns Warn Welcomes Welcome
Wins Win Gives Give Highlights Highlight Commemorates Commemorate Close Closes Open Relocate
Relocates Reopen Reopens Changes Assumes Hosts Seeks Selects Earns Recalls Reacts Responds
Mourns Reflects Retires Obtains Secures Be Accused Destroyed Faces Hides OKs Fired Arrested
Charged Sentenced Indicted Ousted Convicted Acquitted Jailed Exposes Passes Clears
Rejects Vetoes Appointed Named Elected Sworn Keeps Improves Introduces Implements Attends
Offers Finalizes Provides Recommends Examines Explains Designated Departing Declines Refuses
Denies Travels Visits Tours Gets Improve Learn Delivers Discusses Praises Commends
Applauds Loses Lose Promotes Schedules Begins Hires Closed Took Holds Meets Observes
Observe Creates Create Awarded Honored Honoured Unveil""".split())
# ("Will Kyrgyzstan's Winter Be a Blackout …", "A Tajik Bazaar Director Accused of …", "…
# the US Airstrike That Destroyed MSF Hospital …", "… PARK Bo Gyoon Took Office on May 13",
# "Foreign Minister Yun Byung-se Holds Talks with …", "NIMH Creates Division of Data
# Science and Technology", "… Francis McMahon, M.D., Awarded Prestigious Colvin Prize":
# a verb, where a name ends)
#: A regulator's or a court's verbs in a headline: "CFTC Orders Citibank, N.A. to Pay …",
#: "Federal Court Orders Jeffrey Slemmer …", "SEC and CFTC Charge Options Clearing Corp.".
ACTION_VERBS = frozenset("Orders Order Charges Charge Sues Sue Fines Fine Bans Ban Settles "
                         "Settle Finds Files Sanctions Imposes Halts Bars Suspends Revokes "
                         "Publishes Releases Finalizes Recommends Provides Seeks Examines "
                         "Issues".split())  # ("FSIS Issues Public Health Alert for …",
# after a body's letters only: "… Court Issues …" shares no grouping)
#: What such a verb follows: a body's letters, or its head ("Court", "Commission").
ACTOR_BEFORE = re.compile(r"(?:\b[A-Z]{2,6}|\b(?:Court|Commission|Judge|Department|Agency|"
                          r"Board|Authority|Regulator|Bureau|Office))[^\S\n]+$")
#: Those of them no name ever holds, which end the name before them and make it the
#: headline's subject: "Build-A-Bear Workshop Recalls Lapel Pins …", "CPSC, Playwell Toy
#: Announce Recall of …".
CLAUSE_VERBS = frozenset("Announces Announce Appoints Approves Recalls Unveils Urges Warns "
                         "Welcomes Commemorates Relocates Reopens Condemns Posts Reacts "
                         "Responds Mourns Reflects Retires Obtains Secures Named Seeks OKs "
                         "Indicted Exposes Served Dies Resigns Testifies Sworn "
                         "Elected Delivers Discusses Praises Commends Applauds".split())
#: What makes such a verb a noun before it: "the CPSC Recalls App", "… Recalls Database".
NOUN_AFTER_VERB = re.compile(r"[^\S\n]+(?:Apps?|Database|Lists?|Pages?|Site|Website|Hotline|"
                             r"Portal|Team|Office|Unit|Program|Programme)\b")
#: Peoples named by words that name no one people alone, kept whole: "Aboriginal and Torres
#: Strait Islander peoples", "First Nations people".
PEOPLES_BY_NAME = frozenset(("First Nations", "First Peoples", "Indigenous Peoples",
                             "Aboriginal and Torres Strait Islander", "Torres Strait Islanders",
                             "Torres Strait Islander"))
#: The Earth and the bodies news names like places: "on Earth", "to Mars".
#: Catalogues that name stars, galaxies and clusters by a number after their letters:
#: "NGC 4380", "IC 4633", "Messier 96", "Arp 72", "Abell 370", "HD 209458".
SKY_CATALOGUES = frozenset("NGC IC UGC PGC ESO Messier Arp Abell HD HIP HR Gliese GJ TOI WASP "
                           "TRAPPIST LHS Mrk Markarian Caldwell Sharpless".split())
SKY_BODIES = frozenset("Earth Moon Sun Mercury Mars Venus Jupiter Saturn Neptune Uranus "
                       "Pluto Europa Io Ganymede Callisto Titan Enceladus Triton Phobos "
                       "Deimos".split())
#: The verbs that report speech right after who spoke: "Kargbo said", "the minister adds".
SPEECH = r"(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|posted|explained|" \
          r"asked|asks|stated|replied|recalled|noted|insisted|argued|warned|continued|" \
          r"agreed|admitted|acknowledged|announced|claimed|confirmed|denied|responded|" \
          r"reports|reported|notes|expressed)"
#: What a recall's headline writes before the product and before the shop that sold it.
RECALLED_BEFORE = re.compile(r"\bRecalls[^\S\n]+$")
SOLD_AT_BEFORE = re.compile(r"\bSold(?:[^\S\n]+Exclusively)?[^\S\n]+(?:at|by|through|on)"
                            r"[^\S\n]+$", re.IGNORECASE)
#: A firm's recall in a sentence, then what it recalls, in lower case: "Iceland recalls
#: Iceland Ready Cooked …", "PASCO Foods is recalling …" (the firm's name, or its brand, opens
#: the product's; "Viridian International Ltd recalls two batches of its …").
RECALLING = r"(?:recalls|is recalling|are recalling|has recalled|have recalled)"
RECALLS_ITS_OWN_AFTER = re.compile(rf"[^\S\n]+{RECALLING}[^\S\n]+(?P<brand>[A-Z][\w’'-]*)")
RECALLED_OWN_BEFORE = re.compile(
    rf"(?:^|[\s–—-])(?P<brand>[A-Z][\w’'-]*)(?:[^\S\n]+[A-Z][\w’'.&-]*)*[^\S\n]+{RECALLING}"
    rf"(?P<batches>[^\S\n]+(?:\w+[^\S\n]+){{0,2}}(?:batch(?:es)?|lots?|packs?|jars?|bottles?)"
    rf"[^\S\n]+of[^\S\n]+its)?[^\S\n]+$")
#: A product's record below its name, on the next line (or after one blank line): "Pack size
#: 800g", "Best before 17 June 2023", "Batch code 229020", as a food recall lists them.
RECORD_BELOW = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*(?:[•*-][^\S\n]*)?(?:Pack size|"
                          r"Batch codes?|Lot (?:number|code)s?|Best before|Use by|Net weight|"
                          r"Product identification|Barcode|UPC)\b")
#: What is named for a person after "Jr.": "the Martin Luther King Jr. Memorial".
NAMED_AFTER_PERSON = frozenset("Memorial Day Boulevard Blvd. Drive Avenue Ave. Library Center "
                               "Centre Park Bridge High Elementary Middle School Airport Hall "
                               "Stadium Highway Parkway Street".split())
#: The words that end a street's name in an address: "Quil Ceda Blvd", "Dawson St.".
ROAD_WORDS = frozenset("St Street Ave Avenue Rd Road Dr Drive Blvd Boulevard Lane Ln Way "
                       "Pkwy Parkway Hwy Highway".split())
#: A United Kingdom nation in brackets after a law's head, as its laws are named: "the Budget
#: Act (Northern Ireland) 2016", "the Coronavirus (Scotland) Act 2020".
LAW_NATION = r"\((?:Northern Ireland|Scotland|Wales|England and Wales|England|NI)\)"
#: Words a road's number follows: "County Road 1251", "FM 2554" (a farm-to-market road).
ROAD_NUMBER_HEADS = frozenset("Road Rd Highway Hwy Route Interstate FM RM CR SR".split())
#: A source's label before the outlet it names, on a line of its own: "source: Eurostat",
#: "SOURCEWaging Nonviolence" (a copy glued the label in capitals to the outlet's name).
SOURCE_LABEL_BEFORE = re.compile(r"(?:\b[Ss]ources?:[^\S\n]*|(?:^|\n)SOURCES?)$")
#: Labels a copied page puts before a colon: "Source: President of Russia …", "Photo: …".
FIELD_LABELS = frozenset("Source Sources Photo Photos Credit Credits Caption Note Update "
                         "Disclaimer Updated Published Date Via Tags Category Categories Topics "
                         "Related Contact Contacts Title Description Summary Subject "
                         "Inquiries Enquiries Product Products Units Importer Importers "
                         "Manufacturer Manufacturers Distributor Distributors Retailer "
                         "Retailers Hazard Hazards Injuries Incidents Remedy Remedies "
                         "Camera Map Location Videographer Photographer Producer Narrator "
                         "Reporter Reporters Attention Attn Kind Language".split())
# (and a caption file's header: "WEBVTT Kind: captions Language: en-US")

#: Kinds of places in the plural, which lists of places name ("the counties of …", "the
#: Pennines and other northern hills").
PLACE_KINDS = frozenset("counties parishes states provinces regions districts areas cities "
                        "towns villages municipalities countries islands republics".split())
#: The heads of laws, which a list of cases glues to the names around them.
LAW_HEADS = frozenset("Act Acts Bill Law Laws Code Treaty Agreement Accord Protocol".split())
#: Those of them that name nothing alone ("the Act"), unlike "Bill" or "Law", also names.
BARE_LAW_HEADS = frozenset("Act Acts Treaty Protocol Accord Decree".split())

#: Crimes as a charge names them, which police news writes in title case ("wanted for 1st
#: Degree Aggravated Domestic Assault with a Weapon"): the offences, and the words that
#: grade them.
CHARGE_HEADS = frozenset("Murder Manslaughter Homicide Assault Battery Robbery Burglary Theft "
                         "Larceny Arson Kidnapping Abduction Rape Stalking Harassment Extortion "
                         "Carjacking Embezzlement Fraud Forgery Bribery Perjury Trespass "
                         "Trespassing Vandalism Menacing Endangerment Racketeering Molestation "
                         "Strangulation".split())
CHARGE_GRADES = frozenset("Aggravated Domestic Armed Sexual Attempted Felony Felonious "
                          "Misdemeanor Simple Criminal Vehicular Involuntary Voluntary Capital "
                          "Grand Petty Negligent Reckless Unlawful Malicious Child Wire Mail "
                          "Identity Deadly".split())

#: A year or a range of years that ends a plan's name: "2040", "2023-2025", "2021 – 2030".
YEARS = re.compile(r"(?:19|20)\d\d(?:(?:-|–|[^\S\n]–[^\S\n])(?:19|20)?\d\d)?")
#: The year a census is named by: "the 2020 Census", "the 1790 Census".
CENSUS_YEAR = re.compile(r"1[7-9]\d\d|20\d\d")


#: How a record of debates heads a speech, up to the bracket before the member's seat and
#: party: "Mary Lou McDonald (" of "Mary Lou McDonald (Dublin Central, Sinn Fein)" (and a
#: copy's photo alt text before it: "Photo of John ConnollyJohn Connolly (").
MEMBER_OPENING = (r"(?:Photo of \S.*?)?[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:[^\S\n][A-ZÀ-ÖØ-Þ][\w’'.-]*){1,4}"
                  r"[^\S\n]\(")  # (capitals with accents too: "Seán Ó Fearghaíl (Kildare …")
#: The news agencies whose reports other outlets credit by name, which a list of sources
#: names one by one: "Some information … came from Agence France-Presse and Reuters".
NEWS_AGENCIES = frozenset((
    "Reuters", "Agence France-Presse", "AFP", "Associated Press", "AP", "Bloomberg",
    "Xinhua", "Kyodo", "Kyodo News", "Yonhap", "TASS", "Interfax", "RIA Novosti", "Anadolu",
    "Anadolu Agency", "EFE", "ANSA", "dpa", "Deutsche Presse-Agentur", "PA Media",
    "Press Association", "United Press International", "UPI", "The Canadian Press",
    "Canadian Press", "Australian Associated Press", "AAP", "Press Trust of India", "PTI",
    "IANS", "Bernama", "Antara", "Jiji Press", "WAFA", "Europa Press", "Prensa Latina"))
#: A party's members in the plural, which no title is ever put before as a person's name.
PARTY_MEMBERS = frozenset("Democrats Republicans Conservatives Liberals Progressives "
                          "Socialists Libertarians Greens Independents".split())
#: The label a photo's or a chart's credit may open with: "Photo:", "Credits:".
CREDIT_LABEL = r"(?:Photo|Image|Chart|Illustration|Graphic|Credit)s?:"
#: What a military post's name opens with: "Fort Stewart", "Ft. A.P. Hill", "Camp Lejeune".
INSTALLATIONS = frozenset(("Fort", "Ft.", "Ft", "Camp"))
#: The seasons: "Summer 2020", "Spring is here."
SEASONS = frozenset("Spring Summer Autumn Fall Winter".split())

#: Kinds of work a title follows, as an alternation: "our newsletter, How To LA", "the
#: reality TV series Canada’s Next Top Model".
TITLED_KINDS = ("newsletter|podcast|column|series|show|programme|program|blog|documentary|"
                "magazine|album|novel")


#: A word te reo Māori could hold: syllables of a consonant (or "ng", "wh") and a vowel
#: ("Whenua", "Piopiotahi"), which few English words are.
TE_REO_WORD = re.compile(r"(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū])+", re.IGNORECASE)


#: A firm's "and" cut short between spaces, its letters dropped: "Pick ‘n Pay", "Pick ’n’
#: Pay", "Rock 'n' Roll".
SHORT_AND = re.compile(r"[^\S\n][‘’'`]n[’'`]?[^\S\n]")

#: Bodies named for a field they cover, whose name may go on with "at" and the kind of
#: bodies they oversee ("the Presidential Commission on Personnel Policy at Certain Federal
#: Government Agencies").
TOPIC_BODIES = frozenset("Commission Committee Council Board".split())
#: Plural heads that name bodies of a kind, never one body.
BODIES_OF_A_KIND = frozenset("Agencies Bodies Authorities Institutions Organisations "
                             "Organizations Services".split())
