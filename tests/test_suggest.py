"""The suggestion engine, rule by rule, on small texts written for these tests.

No test depends on the evaluation set's figures (``benchmarks/suggestions``); each one
states a rule of the issue and the output a careful annotator would accept.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from annotate.check import check_file
from annotate.cli import main
from annotate.suggest import Suggestions, suggest
from annotate.suggest.knowledge import Knowledge, knowledge
from annotate.suggest.quotes import passages

from .conftest import WriteStory


def _types(found: Suggestions) -> dict[str, str]:
    """Each suggested name and its type guess."""
    return {e.name: e.type for e in found.entities}


def _forms(found: Suggestions) -> dict[str, set[str]]:
    """Each suggested name and the forms grouped under it."""
    return {e.name: e.forms for e in found.entities}


def _names(text: str) -> dict[str, str]:
    return _types(suggest(text))


def _entity(found: Suggestions, name: str):  # type: ignore[no-untyped-def]
    return next(e for e in found.entities if e.name == name)


# -- names --------------------------------------------------------------------------------

def test_coordinated_names_are_split_and_a_name_holding_and_is_not() -> None:
    names = _names("Ministers from Syria and Yemen met envoys of Albania and France. "
                   "The Springfield Parks and Recreation Department paid Dotalliance Inc. & "
                   "EuroDNS S.A. for the work.")
    assert {"Syria", "Yemen", "Albania", "France", "Dotalliance Inc.", "EuroDNS S.A.",
            "Springfield Parks and Recreation Department"} <= set(names)
    assert not any(" and " in n and "Department" not in n for n in names)


def test_titles_and_roles_go_to_the_role() -> None:
    found = suggest("Prime Minister Rishi Sunak spoke first. Environment Minister John Baird "
                    "said no. Labour's Shadow Home Secretary Yvette Cooper disagreed, and the "
                    "CEO of the Refugee Council Enver Solomon called it cruel.")
    roles = {e.name: e.role for e in found.entities}
    assert roles == {"Rishi Sunak": "Prime Minister", "John Baird": "Environment Minister",
                     "Labour": None, "Yvette Cooper": "Shadow Home Secretary",
                     "Refugee Council": None, "Enver Solomon": "CEO of the Refugee Council"}
    assert _entity(found, "Refugee Council").type == "organisation"
    assert _entity(found, "Labour").type == "organisation"


def test_a_title_alone_names_no_one_and_nobles_keep_theirs() -> None:
    names = _names("The Prime Minister met a Republican Congressman. Lord Liverpool and "
                   "Queen Elizabeth II were remembered.")
    assert set(names) == {"Lord Liverpool", "Queen Elizabeth II"}


def test_sentence_initial_function_words_and_possessives_are_left_out() -> None:
    names = _names("During Prime Minister's Questions, Keir Starmer’s answers were short. "
                   "However, Starmer's team smiled.")
    assert set(names) == {"Prime Minister's Questions", "Keir Starmer"}
    assert _entity(suggest("However, Keir Starmer’s team smiled at Starmer."),
                   "Keir Starmer").aliases == ["Starmer"]


def test_an_ordinary_word_starting_a_sentence_is_not_a_name() -> None:
    names = _names("Emergency crews arrived. Presumptive nominee Ann Lee spoke. Polls closed "
                   "late in Springfield.")
    assert "Emergency" not in names and "Polls" not in names
    assert "Presumptive" not in " ".join(names)
    assert names["Ann Lee"] == "person"


def test_demonyms_and_languages_are_adjectives_offered_as_not_entities() -> None:
    found = suggest("Afghan officials wrote in English to the Syrian embassy. Filipino nurse "
                    "Maria Santos said Black residents agreed.")
    assert [e.name for e in found.entities] == ["Maria Santos"]
    assert set(found.not_entities) == {"Afghan", "English", "Syrian", "Filipino", "Black"}


def test_a_people_or_faith_named_as_such_is_a_group() -> None:
    names = _names("The Rohingya fled across the border. Muslims in Texas marched, and "
                   "Afghans in Kabul waited.")
    assert names["Rohingya"] == "group" and names["Muslims"] == "group"
    assert names["Afghans"] == "group"
    assert names["Texas"] == "place" and names["Kabul"] == "place"


def test_acronyms_abbreviations_and_unusual_names_are_found() -> None:
    names = _names("The PAC paid KMGH in the U.S. and in Washington, D.C., while L.A. waited. "
                   "Chan Tai-man met Nguyễn Thị Lan at Area 51 after the Web 2.0 Summit, "
                   "Medium.com reported, and Color of Change agreed. The Lehrer-moderated "
                   "debate ended. 9NEWS filmed it.")
    assert names["PAC"] == "organisation" and names["KMGH"] == "organisation"
    assert names["U.S."] == "place" and names["Washington, D.C."] == "place"
    assert names["L.A."] == "place"
    assert names["Chan Tai-man"] == "person" and names["Nguyễn Thị Lan"] == "person"
    assert "Area 51" in names and names["Web 2.0 Summit"] == "event"
    assert names["Medium.com"] == "organisation" and names["Color of Change"] == "organisation"
    assert "Lehrer" in names and "9NEWS" in names


def test_there_is_no_cap_on_how_many_names() -> None:
    people = [f"{first} Example{i}" for i, first in enumerate(
        ["Anna", "Ben", "Carla", "David", "Eva", "Frank", "Grace", "Hugo", "Ines", "John"] * 6)]
    text = " ".join(f"Candidate {p} spoke." for p in people)
    assert len(suggest(text).entities) == 60


def test_surface_forms_of_one_entity_are_grouped() -> None:
    found = suggest("Satana Deberry won. Deberry thanked voters. “We did it,” said Ms. "
                    "Deberry. Mr. Tedeschi conceded. Roger Tedeschi had led. The National "
                    "Health Service (NHS) paid. The Jokela High School closed; Joleka High "
                    "School reopened. The Liberal Democrats grew; a Liberal Democrat spoke.")
    aliases = {e.name: e.aliases for e in found.entities}
    assert aliases["Satana Deberry"] == ["Deberry"]
    assert aliases["Roger Tedeschi"] == ["Tedeschi"]
    assert aliases["National Health Service"] == ["NHS"]
    assert aliases["Jokela High School"] == ["Joleka High School"]
    assert aliases["Liberal Democrats"] == ["Liberal Democrat"]
    assert _entity(found, "Liberal Democrats").type == "organisation"


def test_a_surname_after_a_quote_or_speech_verb_joins_the_full_name() -> None:
    found = suggest("“It is over,” said Baird. Minister John Baird left. “Not yet,” Cooper "
                    "said. Yvette Cooper stayed.")
    assert {e.name: e.aliases for e in found.entities} == {
        "John Baird": ["Baird"], "Yvette Cooper": ["Cooper"]}


def test_an_organisation_before_a_title_is_named_and_its_place_is_not() -> None:
    names = _names("Voice of America Director David S. Jackson spoke. The Spanish-language "
                   "paper won the Media Freedom Award on Friday. It showed Cambodia Adrift "
                   "twice.")
    assert names["Voice of America"] == "organisation" and "America" not in names
    assert names["David S. Jackson"] == "person"
    assert not any("Spanish" in name for name in names)
    assert names["Media Freedom Award"] == "other"  # 'Award' heads it: one prize, a thing
    assert names["Cambodia Adrift"] != "person"  # a country's name is not a person's


def test_in_inside_an_institutions_name_but_not_before_its_place() -> None:
    names = _names("The Association for Women in Communications met the Museum of Fine "
                   "Arts in Boston.")
    assert "Association for Women in Communications" in names
    assert "Museum of Fine Arts" in names and "Boston" in names


def test_letters_in_parentheses_after_a_name_are_its_short_form() -> None:
    found = suggest("The Communist Party of Greece (KKE) met on Monday. KKE voted no.")
    assert _entity(found, "Communist Party of Greece").aliases == ["KKE"]


def test_a_name_after_a_dateline_and_one_country_under_two_names() -> None:
    found = suggest("WASHINGTON -- Following the vote, Jane Roe praised U.S. companies and "
                    "America's workers.")
    names = {e.name: e.aliases for e in found.entities}
    assert "Following" not in names and "Jane Roe" in names
    assert names["America"] == ["U.S."]


def test_arabic_names_keep_their_sheikh_and_join_their_short_forms() -> None:
    found = suggest("Sidi Ould Cheikh Abdallahi was freed. Sidi Mohamed Ould Cheikh "
                    "Abdallahi is a politician. Sidi’s release was welcomed.")
    assert [(e.name, e.type, e.aliases) for e in found.entities] == [
        ("Sidi Mohamed Ould Cheikh Abdallahi", "person", ["Sidi Ould Cheikh Abdallahi", "Sidi"])]


def test_the_word_before_of_heads_the_name_and_from_to_marks_places() -> None:
    names = _names("The High Council of State met in the capital. He was moved from "
                   "Lemden to the capital.")
    assert names["High Council of State"] == "organisation"
    assert names["Lemden"] == "place"


def test_lists_designations_oceans_interjections_and_misspellings() -> None:
    names = {e.name: e for e in suggest(
        "People wrote on Facebook and Twitter. The disk around PDS 70c is in the Indian "
        "Ocean of data. “Oh, this is good,” said Jane Parvarandeh. Parvarandeh spoke. "
        "Parvarandeh left. Then Paravarandeh came back. A police show, NYPD Blue, "
        "won.").entities}
    assert {"Facebook", "Twitter", "PDS 70c", "Indian Ocean"} <= set(names)
    assert "Oh" not in names and "Ocean" not in names
    assert "Paravarandeh" in names["Jane Parvarandeh"].aliases
    assert names["NYPD Blue"].type == "work"


def test_someone_shown_speaking_and_a_name_someone_calls_something() -> None:
    text = ("Jane Roe studied mothers. First, a mother talking to her baby. “A bunny.” "
            "And here is the same mother talking to an adult. “He had four teeth.”\n"
            "Tom Lee set up what he calls the “Springfield Roads Project.”")
    assert [(q.text, q.speaker_name) for q in suggest(text).quotes] == [
        ("A bunny.", "a mother"), ("He had four teeth.", "the same mother")]


def test_a_capitalised_the_in_mid_sentence_marks_a_work() -> None:
    names = _names("Critics loved The West Wing and The Mechanism. Jane Roe did not.")
    assert names["West Wing"] == "work" and names["Mechanism"] == "work"
    assert names["Jane Roe"] == "person"
    # but a body's letters opening a longer title ("Welcome to The NIH Director’s Blog")
    # say nothing of the body: "The" belongs to the blog
    names = _names("Welcome to The NIH Director’s Blog!\n\nI write it at the National "
                   "Institutes of Health.")
    assert names["National Institutes of Health"] == "organisation"


def test_a_vehicle_named_after_its_name_and_an_outlet_before_it() -> None:
    names = _names("SpaceX launched the Dragon spacecraft on Monday. The newspaper "
                   "Lianhe Zaobao reported it. Divers worked at Saya de Malha. Juan de "
                   "Dios said no.")
    assert names["Dragon"] == "other" and names["Lianhe Zaobao"] == "organisation"
    assert names["Saya de Malha"] == "place" and names["Juan de Dios"] == "person"


def test_a_name_and_a_pronoun() -> None:
    names = _names("Barack Obama spoke. “Our nation has lost an icon and Michelle and I have "
                   "lost a friend,” he said.")
    assert "Michelle" in names and not any("I" in name.split() for name in names)


def test_titles_in_quotation_marks_are_works_not_quotes() -> None:
    found = suggest("The song \"Auld Lang Syne\" is old. Paul Simon's album \"Still Crazy "
                    "After All These Years\" sold. This song by Harry Chapin is called "
                    "\"Taxi.\" She told Reuters that “The Fearless Girl” is meant to last.")
    names = {e.name: e.type for e in found.entities}
    for title in ("Auld Lang Syne", "Still Crazy After All These Years", "Taxi",
                  "Fearless Girl"):  # (its "The" is left out, as of any name)
        assert names.get(title) == "work", (title, names)
    assert "Crazy After All These Years" not in names and found.quotes == []


def test_a_title_before_the_last_sentences_subject_and_hyphenated_titles() -> None:
    text = ("Astronaut Jane Roe has died. President Tom Lee released a statement about Roe's "
            "death. “We have lost a friend,” he said. U.N. Secretary-General Ann Ode came.")
    assert [q.speaker for q in suggest(text).quotes] == ["tom-lee"]
    assert "Ann Ode" in _names(text)


def test_a_possessive_inside_a_name_that_a_head_word_ends() -> None:
    names = _names("They marked International Women’s Day at the Leaders’ Summit on Refugees. "
                   "Princeton University’s Neuroscience Institute and Labour’s Shadow Home "
                   "Secretary Yvette Cooper agreed.")
    assert "International Women’s Day" in names and "Leaders’ Summit on Refugees" in names
    assert "Princeton University" in names and "Neuroscience Institute" in names
    assert "Yvette Cooper" in names
    assert "Office of Health Information" in _names("Jane Roe heads the WHO’s Office of "
                                                    "Health Information.")


def test_events_with_numerals_given_names_alone_and_places_heads() -> None:
    names = _names("He flew in World War II. Billy Crystal plays Harry and Meg Ryan is in it. "
                   "They saw the Teton Range and Jackson Hole on New Year’s Eve. The United "
                   "Nations met. Aung San Suu Kyi spoke.")
    assert names["World War II"] == "event" and names["Harry"] == "person"
    assert names["Meg Ryan"] == "person" and "New Year’s Eve" in names
    assert names["Teton Range"] == "place" and names["Jackson Hole"] == "place"
    assert names["United Nations"] == "organisation"
    assert names["Aung San Suu Kyi"] == "person"


def test_dotted_initials_join_the_name_they_abbreviate() -> None:
    found = suggest("The United States and Mexico met. U.S. officials spoke first.")
    assert "U.S." in _entity(found, "United States").aliases
    assert "U.S." not in {e.name for e in found.entities}


def test_ids_are_ascii_in_every_script() -> None:
    from annotate.suggest import slug_id

    assert [slug_id(n) for n in ("Yolanda López", "Nguyễn Thị Lan", "Владимир Путин")] == \
        ["yolanda-lopez", "nguyen-thi-lan", "vladimir-putin"]


def test_a_surname_two_people_share_is_not_a_third_entity() -> None:
    names = _names("Jordan Smith met his father, Mayor Michael Smith. Smith said nothing.")
    assert set(names) == {"Jordan Smith", "Michael Smith"}


def test_types_come_from_the_gazetteer_heads_given_names_and_cues() -> None:
    found = suggest("Officials in Durham and Qinghai met staff of the Springfield City "
                    "Council and the Labour party. “No,” said Dixon. Faris Dixon chairs "
                    "the Web Summit. Xinhua news agency reported from the town of Jiegu. "
                    "Many saw the film Brokeback Mountain on Oxford Street in Scotland.")
    types = {e.name: (e.type, e.evidence) for e in found.entities}
    assert types["Durham"][0] == "place" and types["Qinghai"][0] == "place"
    assert types["Scotland"] == ("place", "a state, province or region")
    assert types["Springfield City Council"][0] == "organisation"
    assert types["Labour"][0] == "organisation"
    assert types["Faris Dixon"] == ("person", "'Faris' is a given name")
    assert types["Web Summit"][0] == "event"
    assert types["Xinhua"][0] == "organisation" and types["Jiegu"][0] == "place"
    assert types["Brokeback Mountain"][0] == "work"
    assert types["Oxford Street"][0] == "place"


def test_letters_after_a_name_and_the_honourable_go_to_the_role() -> None:
    found = suggest("The Prime Minister Hon. Ana Peralta MP spoke in Lima. Later, Peralta "
                    "left with Tom Lee QC.")
    assert {e.name: e.role for e in found.entities} == {
        "Ana Peralta": "Prime Minister", "Lima": None, "Tom Lee": None}
    assert _entity(found, "Ana Peralta").aliases == ["Peralta"]


def test_a_ministers_portfolio_is_part_of_the_role_but_an_employer_is_a_name() -> None:
    names = _names("The complaint came from Ana Peralta, the Minister of Transport and "
                   "Industry. Tom Lee, the Secretary of Science and Technology, agreed with "
                   "the President of Peru and the Director of Greenpeace.")
    assert set(names) == {"Ana Peralta", "Tom Lee", "Peru", "Greenpeace"}


def test_an_acronym_that_spells_a_coordination_keeps_it_whole() -> None:
    found = suggest("The Elections and Boundaries Commission (EBC) counted the votes. The "
                    "EBC said Syria and Yemen sent observers.")
    names = {e.name: e.aliases for e in found.entities}
    assert names["Elections and Boundaries Commission"] == ["EBC"]
    assert "Syria" in names and "Yemen" in names


def test_a_coordination_splits_before_a_countrys_name_that_starts_another() -> None:
    names = _names("The notice ran in two newspapers, Herald and Papua New Guinea "
                   "Post-Courier. Trinidad and Tobago Newsday ran it too.")
    assert {"Herald", "Papua New Guinea Post-Courier", "Trinidad and Tobago Newsday"} <= \
        set(names)


def test_place_prefixes_states_and_treaties() -> None:
    found = suggest("Seats in St. Joseph and La Horquetta were close. The Republic of "
                    "Moldavia signed the Convention Against Torture and the Treaty of Lisbon. "
                    "Police raided the community of Santa María de Ostula, then a camp in "
                    "Gazi Baba.")
    types = {e.name: e.type for e in found.entities}
    assert types["St. Joseph"] == "place" and types["La Horquetta"] == "place"
    assert types["Republic of Moldavia"] == "place"
    assert types["Convention Against Torture"] == "work"
    assert types["Treaty of Lisbon"] == "work"
    assert types["Santa María de Ostula"] == "place"
    assert types["Gazi Baba"] == "place"


def test_a_person_described_after_the_name_and_a_four_word_name() -> None:
    found = suggest("Solo Rajaonson, another local journalist, posted it. Police sought "
                    "Joaquín El Chapo Guzman in the hills near the Green Valley Book Fair.")
    types = {e.name: (e.type, e.evidence) for e in found.entities}
    assert types["Solo Rajaonson"] == ("person", "described as a person ('…, a journalist')")
    assert types["Joaquín El Chapo Guzman"][0] == "person"
    assert types["Green Valley Book Fair"][0] != "person"


def test_a_mixed_case_short_form_joins_its_name() -> None:
    found = suggest("Macedonia joined the Council of Europe (CoE) in 1995. The CoE sent "
                    "inspectors.")
    assert _entity(found, "Council of Europe").aliases == ["CoE"]
    assert "CoE" not in {e.name for e in found.entities}


def test_regions_lend_no_made_up_adjectives() -> None:
    # Gaza is a region: 'Gazi' is not its adjective, so "Gazi Baba" keeps its first word
    know = knowledge()
    assert not know.is_demonym("Gazi")
    assert know.is_demonym("Mozambican") and know.is_demonym("Texan")


def test_compound_ranks_and_classes_go_to_the_role_and_a_unit_before_them_is_a_name() -> None:
    found = suggest("Sergeant Major of the Army Jane Roe met Petty Officer 1st Class Tom "
                    "Lee. V Corps Command Sgt. Maj. Ann Kim and Pacific Fleet Command Master "
                    "Chief Raul Diaz joined them.")
    roles = {e.name: e.role for e in found.entities}
    assert roles["Jane Roe"] == "Sergeant Major of the Army"
    assert roles["Tom Lee"] == "Petty Officer 1st Class"
    assert {"Ann Kim", "Raul Diaz", "V Corps", "Pacific Fleet"} <= set(roles)
    assert _entity(found, "V Corps").type == "organisation"


def test_ordinals_belong_to_units_and_their_short_forms() -> None:
    found = suggest("Soldiers of the 181st Signal Brigade and First Army trained with the "
                    "1st Armored Division. The 181st SB led, and U.S. Army Reserve Soldiers "
                    "watched the Third Reich exhibit.")
    names = {e.name: e.aliases for e in found.entities}
    assert names["181st Signal Brigade"] == ["181st SB"]
    assert {"First Army", "1st Armored Division", "U.S. Army Reserve"} <= set(names)
    assert "Reich" in " ".join(names) and "U.S. Army Reserve Soldiers" not in names


def test_datelines_and_state_abbreviations_are_places() -> None:
    found = suggest("SPRINGFIELD, Ill. — Crews searched near Cedar Key, from Alachua, "
                    "Florida. Others came from St. Charles, Mo., and from Dover, Del.")
    types = {e.name: (e.type, e.evidence) for e in found.entities}
    assert types["SPRINGFIELD, Ill."] == ("place", "a dateline")
    assert types["St. Charles, Mo."][0] == "place" and types["Dover, Del."][0] == "place"
    assert types["Alachua"][0] == "place"


def test_vessels_and_aircraft_are_other() -> None:
    found = suggest("The fishing boat Mary Ann and the motor vessel Seamount joined the Coast "
                    "Guard Cutter Juniper, the USS Enterprise and an Air Station Kodiak HC-144 "
                    "Casa crew. The Horten Liberian-flagged tanker ship rescued the crew of the "
                    "Andrea Doria wreck.")
    types = {e.name: e.type for e in found.entities}
    for name in ("Mary Ann", "Seamount", "Coast Guard Cutter Juniper", "USS Enterprise",
                 "HC-144 Casa", "Horten", "Andrea Doria"):
        assert types[name] == "other", name
    assert types["Air Station Kodiak"] != "other"
    assert _names("Trucks waited at the Cedar Key boat ramp.")["Cedar Key"] != "other"


def test_a_nickname_in_quotation_marks_stays_in_the_name() -> None:
    found = suggest("The ceremony honours Elizabeth “Gena” Macres, a veteran.")
    assert [(e.name, e.type) for e in found.entities] == [
        ("Elizabeth “Gena” Macres", "person")]
    assert suggest("The ceremony honours Elizabeth “Gena” Macres, a veteran.").quotes == []


def test_possessives_inside_names_of_races_and_places_but_not_after_a_country() -> None:
    names = _names("She rowed the World’s Toughest Row Race to Nelson’s Dockyard, then "
                   "toured Britain’s Channel Islands.")
    assert {"World’s Toughest Row Race", "Nelson’s Dockyard", "Britain",
            "Channel Islands"} <= set(names)


def test_a_coordination_after_of_a_place_splits_but_a_departments_does_not() -> None:
    names = _names("Help came from the Sitka Tribe of Alaska and Silver Bay Seafoods, and "
                   "from the Department of Health and Human Services. Message 15-270 and "
                   "the 2019-2020 Plan followed.")
    assert {"Sitka Tribe of Alaska", "Silver Bay Seafoods",
            "Department of Health and Human Services", "Message 15-270"} <= set(names)
    assert names["Silver Bay Seafoods"] == "organisation"
    assert not any("2019" in n for n in names)


def test_a_short_form_in_parentheses_spells_the_name_before_it() -> None:
    found = suggest("Regulators let Midwest Instrument Company Inc. (Minco) sell parts to "
                    "the National Instant Criminal Background Check System (NICS). Minco "
                    "agreed, and John Lee (Labour) objected.")
    names = {e.name: e.aliases for e in found.entities}
    assert names["Midwest Instrument Company Inc."] == ["Minco"]
    assert names["National Instant Criminal Background Check System"] == ["NICS"]
    assert "Labour" in names


def test_people_after_of_and_for_are_cut_out_of_one_long_run() -> None:
    found = suggest("They were indicted, Assistant Attorney General Alice S. Fisher of the "
                    "Criminal Division and U.S. Attorney James R. Klindt for the Middle "
                    "District of Florida announced today. Evelyn and Joseph Djoumessi were "
                    "sentenced.")
    names = {e.name for e in found.entities}
    assert {"Alice S. Fisher", "Criminal Division", "James R. Klindt",
            "Middle District of Florida", "Evelyn", "Joseph Djoumessi"} <= names
    assert not any(" and " in n for n in names)


def test_a_country_under_its_official_name_and_a_countrys_institutions() -> None:
    found = suggest("Nicolas Sarkozy spoke of the French Republic. The President of France "
                    "Nicolas Sarkozy then met Pakistan's Supreme Court. A reactor in France "
                    "shut down, said Électricité de France.")
    entities = {e.name: (e.type, e.aliases) for e in found.entities}
    assert entities["France"] == ("place", ["French Republic"])
    assert "France Nicolas Sarkozy" not in entities and "Nicolas Sarkozy" in entities
    assert {"Pakistan", "Supreme Court"} <= set(entities)
    assert entities["Électricité de France"][0] == "organisation"


def test_a_script_read_aloud_spelt_acronyms_pronunciations_and_regnal_numbers() -> None:
    found = suggest("The United Nations is appealing for aid. The U-N estimates that "
                    "millions may go hungry. King George Tupou (Pronounced Too-pow) the Fifth "
                    "of Tonga has died. The Tenth Doctor waved. Egypt's ten million Copts "
                    "mourned, and Kim il-Sung was remembered in the Sa-hel region.")
    entities = {e.name: (e.type, e.aliases) for e in found.entities}
    assert entities["United Nations"][1] == ["U-N"]
    assert not any("Pronounced" in n or "Fifth" in n for n in entities)
    assert "Tonga" in entities and "Tenth Doctor" in entities
    assert entities["Copts"][0] == "group" and entities["Sa-hel"][0] == "place"
    assert entities["Kim il-Sung"][0] == "person"
    assert "sub-Saharan" not in " ".join(_names("Aid reached sub-Saharan Africa."))


def test_an_area_named_as_a_place_is_not_a_prefix_of_its_police() -> None:
    found = suggest("Police in the West Midlands in England seized drugs. West Midlands "
                    "Police said so. The United Nations and the United Nations Security "
                    "Council met.")
    names = {e.name for e in found.entities}
    assert {"West Midlands", "West Midlands Police", "United Nations",
            "United Nations Security Council"} <= names


def test_long_names_after_a_demonym_or_a_city_and_a_title_inside_an_institution() -> None:
    names = _names("Fires burned, said the European Forest Fire Information System. A woman "
                   "was flown to Glasgow’s Southern General Hospital. Zambia's Deputy Commerce "
                   "Minister won. The UN Economic Commission for Latin America and the "
                   "Caribbean met as France and the United States agreed. Activists marked "
                   "the International Women's Strike near a blue Honda CRV.")
    assert {"European Forest Fire Information System", "Glasgow", "Southern General Hospital",
            "Zambia", "UN Economic Commission for Latin America and the Caribbean", "France",
            "United States", "International Women's Strike", "Honda CRV"} <= set(names)
    assert not any("Minister" in n for n in names)
    assert names["International Women's Strike"] == "event"


def test_single_names_typed_by_who_and_his_a_road_and_an_employer_before_a_title() -> None:
    found = suggest("Protesters resented Sargsyan, who led Armenia. Dandhy posted his comments "
                    "about Rohingya refugees and the Curuguaty massacre on the A85 road, and "
                    "Global Voices author Leila Rego wrote in Fukushima Prefecture. A "
                    "spokesperson of Wikileaks, who declined, spoke.")
    types = {e.name: e.type for e in found.entities}
    assert types["Sargsyan"] == "person" and types["Dandhy"] == "person"
    assert types["Rohingya"] == "group" and types["Curuguaty"] == "event"
    assert types["A85"] == "place" and types["Global Voices"] == "organisation"
    assert types["Fukushima Prefecture"] == "place" and types["Wikileaks"] != "person"
    assert _names("Denver mayor Mike Johnston spoke.")["Denver"] == "place"


def test_dates_bodies_poles_trials_and_visits_in_science_news() -> None:
    found = suggest("Teams will study the March 28th and December 26th Indian Ocean "
                    "earthquakes, then visit Nias. The quietest place on Earth is the South "
                    "Pole. The RV144 trial gave hope, and Ginkgo Bioworks helped. A clockmaker "
                    "used a “Needle upon the Pin” (a compass).")
    types = {e.name: e.type for e in found.entities}
    assert "Indian Ocean" in types and not any(n.startswith("26th") for n in types)
    assert types["Nias"] == "place" and types["Earth"] == "place"
    assert types["South Pole"] == "place" and types["RV144"] == "event"
    assert types["Ginkgo Bioworks"] != "person"
    assert types["Needle upon the Pin"] == "work"


def test_counts_after_states_are_no_part_of_their_names_and_ensembles_are_named() -> None:
    names = _names("California received 783, Arizona 651, Texas 565 and Ohio 481. SpaceX "
                   "flew a Falcon 9 rocket past Area 51.\n(MUSIC: Manhattan String Quartet)\n")
    assert {"California", "Arizona", "Texas", "Ohio", "Falcon 9", "Area 51",
            "Manhattan String Quartet"} <= set(names)
    assert not any(n.endswith(("651", "565", "481")) for n in names)


def test_the_and_a_demonym_before_one_word_name_a_group_of_its_own() -> None:
    names = _names("The Pakistani Taliban freed prisoners. Afghan officials met Syrian "
                   "President Bashar al-Assad, and the Afghan Hamid Karzai spoke.")
    assert names["Pakistani Taliban"] == "organisation" and "Taliban" not in names
    assert "Bashar al-Assad" in names and "Hamid Karzai" in names
    assert not any(n.startswith(("Afghan", "Syrian")) for n in names)


def test_holidays_couples_of_names_parties_with_short_forms_and_the_middle_east() -> None:
    found = suggest("Protesters vanished during Christmas and Lunar New Year break. Activists "
                    "Maryam Bahrami and Setayesh Hadizadeh sat in. The ruling Georgian Dream "
                    "(GD) government won; GD leads. Tensions grew in the Middle East and in "
                    "Dang district's Ghorahi city, and the Bollywood thriller “Faraaz” opened. "
                    "Christian Bale watched.")
    types = {e.name: (e.type, e.aliases) for e in found.entities}
    assert types["Christmas"][0] == "event" and types["Lunar New Year"][0] == "event"
    assert types["Maryam Bahrami"][0] == "person" and "Setayesh Hadizadeh" in types
    assert not any(n.startswith("Activists") for n in types)
    assert types["Georgian Dream"] == ("organisation", ["GD"])
    assert types["Middle East"][0] == "place" and types["Ghorahi"][0] == "place"
    assert types["Faraaz"][0] == "work" and types["Christian Bale"][0] == "person"


def test_officials_joined_by_and_plural_titles_and_countries_in_diplomacy() -> None:
    found = suggest("Secretary of State Rex Tillerson and Russian Foreign Minister Sergey "
                    "Lavrov spoke about the Joint Statement made by Presidents Trump and Putin "
                    "in DaNang, Vietnam. The G7 Foreign Ministers of Canada, France and Japan "
                    "met in Washington, D.C. The People’s Republic of China, Russia and the "
                    "Russian Federation disagreed about the Arctic and the Indo-Pacific. Lt. "
                    "Gen. James Mingus, Director of Operations, Joint Staff, listened.")
    entities = {e.name: (e.type, e.role, e.aliases) for e in found.entities}
    assert entities["Rex Tillerson"][:2] == ("person", "Secretary of State")
    assert entities["Sergey Lavrov"][0] == "person"
    assert entities["Trump"][:2] == ("person", "Presidents")
    assert entities["Putin"][:2] == ("person", "Presidents")
    assert {"Canada", "France", "Japan", "Washington, D.C.", "People’s Republic of China",
            "James Mingus"} <= set(entities)
    assert entities["Russia"] == ("place", None, ["Russian Federation"])
    assert entities["DaNang"][0] == "place" and entities["Arctic"][0] == "place"
    assert entities["Indo-Pacific"][0] == "place" and entities["Joint Staff"][0] == "organisation"
    assert entities["Joint Statement"][0] == "work"
    assert "Operations" not in entities


def test_enforcement_releases_agencies_companies_and_datelines() -> None:
    found = suggest(
        "GREEN BAY, WI – The U.S. Department of Agriculture Food Safety and Inspection Service "
        "and the Grace and Mercy Foundation met in Green Bay, Wisconsin, during Fit + Fun "
        "Week. Teamsters Local Union #727 marched. Maria Gomez of Springfield came.\n\n"
        "BOISE, ID  Federal inspectors cited the Fire Prevention and Control Bureau and Water "
        "Quality and Supply Agency in the city’s Oakvale section in Fiscal Year 2021. FY 2021 "
        "figures are on the Labor Board Web site.\n\n"
        "TULSA A Tulsa roofer broke the Smith-Hughes Vocational Acts. The SHVA and the "
        "Voluntary Safety Programs, the Ohio EPA Compliance Assistance Program and the Heat "
        "Program on Roofs in Summer apply, said Governor Vantrease.\n\n"
        "DENVEROn May 1, crews cleared Donner Pass. Dorely Pascuzzi is one of many workers.")
    entities = {e.name: (e.type, e.aliases, e.role) for e in found.entities}
    assert entities["Green Bay"][:2] == ("place", ["GREEN BAY"])  # the dateline is that city
    assert entities["U.S. Department of Agriculture"][0] == "organisation"
    assert entities["Food Safety and Inspection Service"][0] == "organisation"
    assert entities["Grace and Mercy Foundation"][0] == "organisation"  # not "Grace" alone
    assert entities["Fit + Fun Week"][0] == "event"
    assert entities["Teamsters Local Union #727"][0] == "organisation"
    assert entities["Maria Gomez"][0] == "person" and "Springfield" in entities
    assert entities["Fire Prevention and Control Bureau"][0] == "organisation"
    assert entities["Water Quality and Supply Agency"][0] == "organisation"
    assert entities["Oakvale"][0] == "place"
    assert entities["Labor Board"][0] == "organisation"  # not "… Web" of "Web site"
    assert entities["Tulsa"][:2] == ("place", ["TULSA"])
    assert entities["Smith-Hughes Vocational Acts"][:2] == ("work", ["SHVA"])
    assert entities["Voluntary Safety Programs"][0] == "other"
    assert entities["Heat Program on Roofs in Summer"][0] == "other"
    assert entities["Ohio EPA Compliance Assistance Program"][0] == "other"  # a programme,
    # though an agency runs it
    assert entities["Vantrease"][:3] == ("person", [], "Governor")
    assert entities["DENVER"][0] == "place" and entities["Donner Pass"][0] == "place"
    assert entities["Dorely Pascuzzi"][0] == "person"
    assert not {"ID Federal", "Fiscal Year", "FY", "Grace", "TULSA A Tulsa", "Fit",
                "DENVEROn"} & set(entities)


def test_parks_spacecraft_and_captions() -> None:
    found = suggest(
        "Prince William Forest Park and Big South Fork National River and Recreation Area "
        "opened. Rangers of Lake Mead National Recreation Area and Special Agents searched "
        "the Dosewallips River Trail near Quilcene, WA. Hale National Memorial Superintendent "
        "Ann Kim and Ciudad Juárez Mayor Tom Lee visited Magnolia and Oakland Plantations, "
        "the Amache site, the Eppes family home and Longfellow House-Washington’s "
        "Headquarters National Historic Site. The Rail Network to Freedom and the Committee "
        "to Protect Journalists met in the Pacific Northwest. Both White and Black WAC’s "
        "served. Father Pierre Gibault blessed the Constitution and the Declaration of "
        "Independence.\n\n"
        "A United Launch Alliance Atlas V rocket carried the Geostationary Operational "
        "Environmental Satellite. Orbital Flight Test-2 left Space Launch Complex-41 after "
        "Kennedy's Launch Complex 39A at Kennedy Space Center, near the International Space "
        "Station Program office. "
        "NASA Boeing’s crew watched Mars and the Sun. NASA paid. Boeing’s team flew to the "
        "International Space Station. The Keweenaw Heritage Sites program and the Voluntary "
        "Safety Programs grew. The Foreign Agents Registration Act applies.\n\n"
        "Acme Corp. will host a special event “Ten Years of Flight” on Monday.")
    entities = {e.name: (e.type, e.role) for e in found.entities}
    for name in ("Prince William Forest Park", "Big South Fork National River and Recreation "
                 "Area", "Lake Mead National Recreation Area", "Dosewallips River Trail",
                 "Quilcene", "Hale National Memorial", "Ciudad Juárez", "Magnolia",
                 "Oakland Plantations", "Amache",
                 "Longfellow House-Washington’s Headquarters National Historic Site",
                 "Pacific Northwest", "Space Launch Complex-41", "Launch Complex 39A",
                 "International Space Station", "Mars", "Sun"):
        assert entities[name][0] == "place", name
    assert entities["Rail Network to Freedom"][0] == "organisation"
    assert entities["Committee to Protect Journalists"][0] == "organisation"
    assert entities["Ann Kim"] == ("person", "Hale National Memorial Superintendent")
    assert entities["Pierre Gibault"][0] == "person"
    assert entities["Eppes"][0] == "group"
    assert entities["Constitution"][0] == entities["Declaration of Independence"][0] == "work"
    assert entities["United Launch Alliance"][0] == "organisation"
    for name in ("Atlas V", "Geostationary Operational Environmental Satellite",
                 "Orbital Flight Test-2", "Keweenaw Heritage Sites", "Voluntary Safety Programs"):
        assert entities[name][0] == "other", name
    assert entities["NASA"][0] == entities["Boeing"][0] == "organisation"
    assert entities["Foreign Agents Registration Act"] == ("work", None)
    assert entities["Ten Years of Flight"][0] == "event"
    assert "WAC" in entities and not {"NASA Boeing", "William Forest Park", "White and Black "
                                      "WAC", "Freedom", "Special Agents"} & set(entities)


def test_culture_laureates_accents_and_states_parks() -> None:
    found = suggest(
        "U.S. Poet Laureate Ana Muñoz, the nation’s 30th Poet Laureate Consultant in Poetry, "
        "met Ada Quint at the Library of Congress, created by the Congress in 1800, and at "
        "Hale Auditorium during National Reading Month. Ana Munoz later toured Arkansas's "
        "Ozark National Forest and studied Titan. Three Poet Laureate Consultants to the "
        "Library came. The Harmony Committee for Maria Gomez and David Chen paid.")
    entities = {e.name: (e.type, e.role) for e in found.entities}
    assert entities["Ana Muñoz"] == ("person", "U.S. Poet Laureate")  # "Ana Munoz" too
    assert entities["Ada Quint"][0] == "person"  # not the ADA, an assistant prosecutor
    assert entities["Library of Congress"][0] == entities["Congress"][0] == "organisation"
    assert entities["Hale Auditorium"][0] == "place" and entities["Titan"][0] == "place"
    assert entities["National Reading Month"][0] == "event"
    assert entities["Ozark National Forest"][0] == "place" and "Arkansas" in entities
    assert entities["Harmony Committee"][0] == "organisation"
    assert entities["Maria Gomez"][0] == entities["David Chen"][0] == "person"
    assert not {"Poetry", "in Poetry", "Consultants", "Ana Munoz"} & set(entities)


def test_a_subject_that_hopes_to_do_something_and_one_a_participle_describes() -> None:
    text = ("Ann Ruiz toured the parks. With installations there, she's hoping to showcase "
            "\"the ways poetry can situate us in the natural world.\" The report establishing "
            "the rules states that officials may act “for one year only.”")
    quotes = [(q.text, q.speaker_name, q.kind) for q in suggest(text).quotes]
    assert quotes == [("the ways poetry can situate us in the natural world.", "Ann Ruiz",
                       "partial"), ("for one year only.", "The report", "written")]


def test_block_quotes_set_without_marks_after_said() -> None:
    text = ("The council approved the plan on Monday.\n\n"
            "Housing Minister Ann Lee said:\n\n"
            "This plan will give families the homes they need.\n\n"
            "We will build them where people want to live.\n\n"
            "The plan follows a review published last year.\n\n"
            "The government officer who sent the message added:\n\n"
            "Let's work together.\n\n"
            "Tom Park issued the following statement [links added]:\n\n"
            "My thanks go to everyone who helped.\n\n"
            "Here’s an excerpt of the ad:\n\n"
            "Vote early.\n\n"
            "The results were as follows:\n\n"
            "Ward 1 went to the Greens.\n\n"
            "Ann Lee said:\n\n"
            "“Marked words are found the usual way.”")
    quotes = [(q.text, q.kind, q.speaker_name, q.medium) for q in suggest(text).quotes]
    assert quotes == [
        ("This plan will give families the homes they need.", "direct", "Ann Lee", None),
        ("We will build them where people want to live.", "direct", "Ann Lee", None),
        ("Let's work together.", "direct", "The government officer who sent the message",
         None),
        ("My thanks go to everyone who helped.", "written", "Tom Park", "statement"),
        ("Vote early.", "written", "the ad", "document"),
        ("Marked words are found the usual way.", "direct", "Ann Lee", None)]


def test_an_accepted_block_quote_checks_clean_and_an_unmarked_paragraph_does_not(
        write_story: WriteStory) -> None:
    text = ("Housing Minister Ann Lee said:\n\nThis plan will give families homes.\n\n"
            "The plan follows a review.\n")
    body = """\
    entities:
      - {id: ann-lee, name: Ann Lee, type: person, description: A minister.}
    quotes:
      - {id: plan, kind: direct, speaker: ann-lee, text: This plan will give families homes.}
      - {id: review, kind: direct, speaker: ann-lee, text: The plan follows a review.}
    """
    path = write_story(body, text=text)
    unmarked = [d for d in check_file(path).diagnostics if d.code == "Q601"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert ["review" in lines[d.start.line - 1] for d in unmarked] == [True]
    # (the narrative after the block is unmarked; the block quote itself is quoted)
    hinted = check_file(write_story("", text=text))
    assert [d.start.line for d in hinted.diagnostics if d.code == "Q603"] == [3]


def test_uk_government_style_names() -> None:
    found = suggest(
        "Lord Wilson of Sedgefield spoke. Food Standards Agency (FSA) Head of National Food "
        "Crime Unit Andrew Quinn met him. My hon Friend the Home Secretary agreed. Pathway 2 "
        "of the ACRS opened. The UK Government’s Plan for Change applies. The Immigration "
        "Rules apply from Exeter to North Tyneside, as does an English Language test. Patients "
        "with hepatitis B took 2,4 Dinitrophenol, also known as DNP, which was sold on "
        "Gov.uk. The UK’s flagship scheme grew.")
    entities = {e.name: (e.type, e.aliases, e.role) for e in found.entities}
    assert entities["Lord Wilson of Sedgefield"][0] == "person"
    assert entities["Andrew Quinn"][0] == "person"
    assert entities["National Food Crime Unit"][0] == "organisation"
    assert entities["UK Government"][0] == "organisation" and entities["UK"][0] == "place"
    assert entities["Plan for Change"][0] == entities["Immigration Rules"][0] == "work"
    assert entities["North Tyneside"][0] == "place" and "Gov.uk" in entities
    assert "DNP" in entities["Dinitrophenol"][1]
    assert not {"B", "Language", "English Language", "Friend", "Pathway 2 of the ACRS",
                "Home Secretary", "Sedgefield", "DNP"} & set(entities)
    assert "English" in found.not_entities


def test_australian_government_style_names() -> None:
    found = suggest(
        "Minister for Families and Social Services Senator the Hon. Jane Roe announced "
        "support. Community Services Ministers (CSM) met in NSW. The ACT was represented "
        "by the ACT Government. A Domestic, Family and Sexual Violence Commission will "
        "oversee the Harbour Cleanup (Clean Waters) Project. Parliament passed the Social "
        "Services Amendment (Extension of Support) Bill 2020. The JobKeeper Payment and "
        "JobSeeker Payment end, and Cashless Debit Card users in Anangu Lands and Burnie "
        "Works staff marked the National Apology for Forced Adoptions.")
    entities = {e.name: (e.type, e.role) for e in found.entities}
    assert entities["Jane Roe"] == (
        "person", "Minister for Families and Social Services Senator")
    assert entities["Community Services Ministers"][0] in ("organisation", "group")
    assert entities["NSW"][0] == entities["ACT"][0] == "place"
    assert entities["ACT Government"][0] == "organisation"
    assert entities["Domestic, Family and Sexual Violence Commission"][0] == "organisation"
    assert entities["Harbour Cleanup (Clean Waters) Project"][0] == "other"  # a works
    # project, its name whole around the brackets
    assert entities["Social Services Amendment (Extension of Support) Bill 2020"][0] == "work"
    assert entities["JobKeeper Payment"][0] == entities["JobSeeker Payment"][0] == "other"
    assert entities["Cashless Debit Card"][0] == "other"
    assert entities["Anangu Lands"][0] == "place"
    assert entities["Burnie Works"][0] == "organisation"
    assert entities["National Apology for Forced Adoptions"][0] == "event"
    assert not {"Families and Social Services", "Community Services", "Bill", "Domestic",
                "Clean Waters"} & set(entities)


def test_a_head_shared_by_and_joins_each_name() -> None:
    found = suggest("The Lee Labor Government and the Park Labor Government met. The Lee and "
                    "Park Governments agreed.")
    entities = {e.name: e.aliases for e in found.entities}
    assert entities["Park Labor Government"] == ["Park Governments"]
    assert "Park Governments" not in entities


def test_te_reo_maori_in_new_zealand_news() -> None:
    found = suggest(
        "Tēnā koutou. Over the years Māori have led, by Māori for Māori. Six Māori Ministers "
        "met Tā Wiremu Kora at a place called Awarua Te Riu o Puanga during Matariki.\n\n"
        "• Te Tai Tokerau whānau came.\n• Trade with SE Asia and the Americas grew.")
    entities = {e.name: e.type for e in found.entities}
    assert entities["Māori"] == "group"  # a people named as such, not an adjective
    assert entities["Wiremu Kora"] == "person"  # "Tā": the te reo "Sir"
    assert entities["Awarua Te Riu o Puanga"] == "place"
    assert entities["Matariki"] == "event"
    assert entities["Te Tai Tokerau"] and entities["SE Asia"] == entities["Americas"] == "place"
    assert not {"Tēnā", "Ministers", "Māori for Māori", "Tai Tokerau"} & set(entities)


def test_disaster_news_lists_of_counties_agencies_and_a_dateline() -> None:
    found = suggest(
        "WASHINGTON, D.C. -- President Joseph R. Biden, Jr. approved aid for the counties of "
        "Lee, Collier and Santa Rosa. Help also went to Bay, Gulf and Palm Beach counties. "
        "The Department of Homeland Security’s Federal Emergency Management Agency will lead. "
        "The Department of Justice and FBI will help. Under Secretary of Homeland Security for "
        "Emergency Preparedness and Response Jane Roe spoke. The State of Alaska asked too, "
        "and Alaska will get money. Virgin Islanders were thanked.")
    entities = {e.name: e.type for e in found.entities}
    # a dateline's capitals and a suffix after a comma stay in one name
    assert entities["WASHINGTON, D.C."] == "place"
    assert entities["Joseph R. Biden, Jr."] == "person"
    # each name in a list of counties is a place of its own, before or after the kind
    assert {n: entities.get(n) for n in ("Lee", "Collier", "Santa Rosa", "Bay", "Gulf",
                                          "Palm Beach")} == dict.fromkeys(
        ("Lee", "Collier", "Santa Rosa", "Bay", "Gulf", "Palm Beach"), "place")
    # an agency named after its department's possessive, and an acronym after "and"
    assert {"Department of Homeland Security", "Federal Emergency Management Agency",
            "Department of Justice", "FBI"} <= set(entities)
    roe = _entity(found, "Jane Roe")
    assert roe.role == ("Under Secretary of Homeland Security for Emergency Preparedness "
                        "and Response")
    assert _entity(found, "State of Alaska").aliases == ["Alaska"]
    assert entities["Virgin Islanders"] == "group"
    assert not {"Homeland Security for Emergency Preparedness", "Collier and Santa Rosa",
                "Department of Justice and FBI", "Alaska"} & set(entities)


def test_eu_institutional_news_titles_acts_and_press_contacts() -> None:
    found = suggest(
        "Brussels, 4 May 2020\n\nAt a press conference, Anna Berg, Vice-President of the "
        "Commission, said:“Our rules are ready. We will act.” Ahead of the March European "
        "Council, the Commission updated the European Agenda on Migration, and the Member "
        "States agreed. Aid went to Latin America. Regulation (EU) No 123/2019 applies to "
        "Cohesion Policy funds. President Lund met Taoiseach Ciara Byrne at Áras an "
        "Uachtaráin, and the Lund Commission acted. The European Commission’s envoy came. "
        "(For more information: Petra Vos – "
        "Tel.: +32 229 11111; Jan Ruiz De Soto – Tel.: +32 229 22222)")
    entities = {e.name: e.type for e in found.entities}
    # a quote right after "said:" with no space is still a quote, with its speaker
    assert [(q.text[:9], q.speaker_name) for q in found.quotes] == [("Our rules", "Anna Berg")]
    # sentence openers and months before a name, "on" after a document's head word
    assert entities["European Council"] == "organisation"
    assert entities["European Agenda on Migration"] == "work"
    assert entities["Latin America"] == "place"  # not "Latin" as a language
    assert entities["Regulation (EU) No 123/2019"] == "work"  # a legal act by its number
    assert entities["Cohesion Policy"] == "other"
    assert _entity(found, "Ciara Byrne").role == "Taoiseach"
    assert entities["Áras an Uachtaráin"]  # Irish articles inside a name
    # "President Lund" is a person, not short for the body named after him
    assert entities["Lund"] == "person" and entities["Lund Commission"] == "organisation"
    assert "Commission" in _entity(found, "European Commission").aliases  # not Lund's
    # press contacts before a telephone number are people; "Tel" is no name
    assert entities["Petra Vos"] == entities["Jan Ruiz De Soto"] == "person"
    assert not {"Tel", "States", "Member States", "Ahead of the March European Council",
                "Commission",
                "European Agenda", "Migration", "America", "Áras"} & set(entities)


def test_scottish_government_benefits_conferences_and_bodies_before_people() -> None:
    found = suggest(
        "Ahead of the opening of COP28 the First Minister met the Executive Secretary of the "
        "UNFCCC Ann Moss and Director General of the International Organization for "
        "Migration Tom Hale. A Public Health Scotland and University of Stirling study "
        "followed. In November, Scottish Child Payment rose, and Carers Allowance Supplement "
        "and Best Start Grant went up. The Glasgow Climate Pact helps the Global South. "
        "Minister for Women Senator the Hon. Jo Gray spoke, and Mary Grant listened.")
    entities = {e.name: e.type for e in found.entities}
    assert entities["COP28"] == "event"  # a conference, and "the" after it starts a subject
    assert entities["UNFCCC"] == "organisation" and entities["Ann Moss"] == "person"
    assert entities["International Organization for Migration"] == "organisation"
    assert _entity(found, "Tom Hale").role == (
        "Director General of the International Organization for Migration")
    assert entities["Public Health Scotland"] == entities["University of Stirling"] \
        == "organisation"
    assert entities["Scottish Child Payment"] == entities["Carers Allowance Supplement"] \
        == entities["Best Start Grant"] == "other"
    assert entities["Glasgow Climate Pact"] == "work" and entities["Global South"] == "place"
    assert entities["Jo Gray"] == "person" and entities["Mary Grant"] == "person"
    assert not {"COP28 the First Minister", "Child Payment", "International Organization",
                "Migration Tom Hale", "Women Senator"} & set(entities)


def test_a_speakers_label_in_a_transcript_is_a_person() -> None:
    entities = _names(
        "Operator: Please hold.\nGlen Nowak: Thank you all. Today we have Dr. Ann Roe.\n"
        "Dale Bryce (Moderator): Welcome.\nHurricane Ida: what we know\nDr. Roe: Thanks.")
    # "Glen …" and "Dale …" name places too, but a label opening a turn is a speaker
    assert entities["Glen Nowak"] == entities["Dale Bryce"] == "person"
    assert entities["Hurricane Ida"] == "event"  # a headline's colon is no speaker's
    assert "Operator" not in entities


def test_a_media_advisory_headings_degrees_addresses_and_an_agencys_units() -> None:
    found = suggest(
        "NOAA will speak at the NOAA Center for Ocean Studies, 1325 Harbor View Drive, "
        "Silver Spring.\nWHERE:\nNOAA Center for Ocean Studies, Room 12\n"
        "WHO:\n- Ann Reyes, Ph.D., NOAA administrator\nA/V NOTE:\n"
        "A model of the NOAA GOES-U satellite will be there, next to the NOAA Center.")
    entities = {e.name: e.type for e in found.entities}
    # the agency is not short for the centre it runs; "the NOAA Center" is short for it
    assert entities["NOAA"] == "organisation" and "NOAA" not in \
        _entity(found, "NOAA Center for Ocean Studies").aliases
    assert "NOAA Center" in _entity(found, "NOAA Center for Ocean Studies").aliases
    assert entities["Harbor View Drive"] == "place"  # a street after a house number
    assert entities["Ann Reyes"] == "person" and "GOES-U" in entities
    assert not {"Ph", "NOAA GOES-U", "WHERE", "WHO", "V NOTE", "NOTE", "NOAA Center"} \
        & set(entities)


def test_a_list_of_cases_parties_laws_and_columns() -> None:
    found = suggest(
        "Latest Headlines\n(11/05/2008) Rivera Pipe Company Clean Water Act Settlement - "
        "Rivera Pipe Company, Macon, Ga., resolved a Clean Water Act lawsuit.\n"
        "(11/03/2008) Greenway Corporation Clean Air Act Settlement - Greenway Corp. broke "
        "the Clean Air Act in Saginaw, Mich. Greenway is the owner.\n"
        "Town of Milford Settlement Sheet   Consent Decree   3/22/2023")
    entities = {e.name: e.type for e in found.entities}
    # the party, then the law the story names on its own; "Settlement" is no name
    assert {"Rivera Pipe Company", "Clean Water Act", "Clean Air Act"} <= set(entities)
    assert "Greenway Corp." in _entity(found, "Greenway Corporation").aliases
    assert entities["Saginaw, Mich."] == "place"  # the state ends the sentence
    assert not {"Rivera Pipe Company Clean Water Act Settlement", "Settlement",
                "Mich. Greenway", "Decree 3", "Consent Decree 3"} & set(entities)


def test_a_law_named_for_a_country_and_a_university_at_its_campus() -> None:
    entities = _names(
        "The America COMPETES Act requires it. The grant went to the University of "
        "Illinois at Urbana-Champaign. She studied at Harvard. The Denver ABC affiliate "
        "reported it.")
    assert entities["America COMPETES Act"] in ("work", "other")  # not "America" + "COMPETES"
    assert entities["University of Illinois at Urbana-Champaign"] == "organisation"
    assert {"Harvard", "Denver", "ABC"} <= set(entities)  # "at" joins only a campus
    assert not {"America", "COMPETES Act", "University of Illinois", "Urbana-Champaign"} \
        & set(entities)


def test_a_laws_own_words_are_quoted_with_the_law_as_their_source() -> None:
    found = suggest("The Clean Rivers Act requires that “each town must test its water "
                    "every month.” The mayor agreed. The job requires “patience” too.")
    assert [(q.text[:9], q.speaker_name, q.cue) for q in found.quotes] == [
        ("each town", "Clean Rivers Act", "requires that")]


def test_an_honours_citation_is_its_givers_and_a_term_named_by_no_one_is_no_quote() -> None:
    found = suggest("Maria Ortiz has won the Faraday Medal from the Royal Society of "
                    "Chemistry. Ortiz was recognized for \"opening the field of cold "
                    "molecules.\" Her team keeps atoms in laser traps, termed \u201coptical "
                    "lattices\u201d. Tom Reyes called the result \u201ca fluke\u201d.")
    assert [(q.text[:12], q.speaker_name) for q in found.quotes] == [
        ("opening the ", "Royal Society of Chemistry"), ("a fluke", "Tom Reyes")]


def test_the_person_after_an_office_and_a_title_speaks() -> None:
    text = ("“We found the violations,” said Wage and Hour Division District Director Ann "
            "Kim. “Pay them,” said Fire Safety Bureau Administrator Tom Lee.")
    assert [q.speaker_name for q in suggest(text).quotes] == ["Ann Kim", "Tom Lee"]
    assert _entity(suggest(text), "Wage and Hour Division").type == "organisation"


def test_headlines_and_credits_in_title_case_keep_only_marked_names() -> None:
    names = _names("Council Approves New Budget After Long Debate\n\nThe budget passed.\n"
                   "Photo by Kim Lee via Getty Images\n")
    assert set(names) == {"Kim Lee", "Getty Images"}


def test_a_title_case_headline_with_small_words_keeps_only_the_names_the_body_writes() -> None:
    # every word capitalised but "in", "to", "for", "of": a headline, so its words are no
    # names unless the body writes them inside a sentence or the gazetteer knows a place
    text = ("Readers in Eurasia Turn to Radio Vega for Value-added Coverage of Kazakhstan "
            "Protests\n\nCoverage drew readers. Radio Vega covered the protests in "
            "Kazakhstan.\n\nDoctors Recommend Booster Shots for High-Risk People\n\n"
            "The doctors met.\n")
    names = _names(text)
    assert set(names) == {"Eurasia", "Radio Vega", "Kazakhstan"}
    assert names["Eurasia"] == "place"


def test_people_of_the_body_they_belong_to_and_a_group_on_a_subject_or_its_letters() -> None:
    names = _names("The show featured Mirko Zelenac of the Center for Danube Studies and "
                   "the daily’s correspondent Ivo Brkic and Lada Horvat of the Zagreb "
                   "Institute for Security Policy.")
    assert names["Mirko Zelenac"] == names["Ivo Brkic"] == names["Lada Horvat"] == "person"
    assert names["Center for Danube Studies"] == "organisation"
    assert names["Zagreb Institute for Security Policy"] == "organisation"
    tage = _entity(suggest("The Technical Advisory Group of Experts on Vaccination or TAGE "
                           "met. TAGE advised a booster."),
                   "Technical Advisory Group of Experts on Vaccination")
    assert tage.aliases == ["TAGE"]
    # "or" joins a short form only when its letters are the name's
    assert "Paris" in _names("She works in Paris or Lyon this year.")


def test_a_broadcasters_language_services_and_a_countrys_code() -> None:
    text = ("BTV Russian reached viewers. BTV Kurdish’s Ali Hasan filmed. BTV said the Uzbek "
            "Service told BTV Russian and BTV Kurdish. A Kurdish lawmaker spoke. The story "
            "ran in The Diplomat (U.S.) and in U.S. papers.")
    found = suggest(text)
    names = {e.name: (e.type, e.aliases) for e in found.entities}
    assert names["BTV Russian"] == ("organisation", [])
    assert names["BTV Kurdish"] == ("organisation", [])
    assert names["BTV"] == ("organisation", [])
    assert names["Uzbek Service"] == ("organisation", [])  # "U.S." is no "Uzbek Service"
    assert names["The Diplomat"] == ("organisation", [])  # a paper, not a diplomat
    assert names["U.S."][0] == "place"


def test_a_person_by_the_noun_before_the_name_or_a_long_name_of_given_names() -> None:
    text = ("The ban names Salah Abdalla Mohamed Mohamed Salih. It covers his wife, Awatif "
            "Ahmed Seed Ahmed Mohamed, and activist Evgeny Zhovtis. Sergei Lavrov’s plane "
            "turned back. The Herald, a Middle East news organization, said so. Shares fell "
            "on the New York Stock Exchange.")
    names = _names(text)
    for person in ("Salah Abdalla Mohamed Mohamed Salih", "Awatif Ahmed Seed Ahmed Mohamed",
                   "Evgeny Zhovtis", "Sergei Lavrov"):
        assert names[person] == "person", person
    assert names["Herald"] == "organisation"
    assert names["New York Stock Exchange"] != "person"


def test_places_the_gazetteer_knows_and_adjectives_of_several_words() -> None:
    text = ("Aid reached Bosnia and three Central American countries. Reporters in "
            "Xi’an and Xi'an residents spoke of a COVID-hit Chinese city. Middle Eastern "
            "food and Middle Easterners. Omar al-Bashir ruled. Crowds pressed for Bashir’s "
            "removal.\n"
            "United States Embassy\n")
    found = suggest(text)
    names = {e.name: (e.type, e.aliases) for e in found.entities}
    assert names["Bosnia"][0] == "place"
    assert not {n for n in names if "Central" in n or "COVID" in n or n.endswith("Eastern")}
    assert len([n for n in names if n.startswith("Xi")]) == 1
    assert names["Omar al-Bashir"] == ("person", ["Bashir"])
    assert "States" not in names  # "United" of a line's first words is no "-ed" adjective


def test_a_table_of_names_and_counts_and_list_items() -> None:
    text = ("Results\n\nUpper Ward;\nKrypton Okesene 578\nTerry Coe 563\nRobert Matua "
            "Rex, Jr 52\nBilly Talagi *\n\nThe Apollo 11 crew flew. Robert Rex, Jr, came "
            "third.\n")
    names = _names(text)
    assert {"Krypton Okesene", "Terry Coe", "Billy Talagi", "Apollo 11"} <= set(names)
    assert not [n for n in names if n[-1].isdigit() and n != "Apollo 11"]
    assert "Robert Rex, Jr" in names or "Robert Matua Rex, Jr" in names
    assert "Jr" not in names
    assert "Upper Ward" in names  # a list item ending in ";" is no headline


def test_saints_places_numbered_wards_and_former_before_a_place() -> None:
    text = ("Voters in St. Paul’s West (Ward 21) go to the polls. Former Sarasota "
            "dermatologist Michael Rosin was sentenced. Two men killed Abedi Kasongo in the "
            "Democratic Republic of Congo; the DR Congo court ruled. Middle Easterners fled.")
    found = suggest(text)
    names = {e.name: (e.type, e.aliases) for e in found.entities}
    assert names["St. Paul’s West"][0] == "place"
    assert names["Ward 21"][0] == "place"
    assert names["Sarasota"][0] == "place" and "Former Sarasota" not in names
    assert names["Abedi Kasongo"][0] == "person"  # Kasongo is a small town too
    assert names["Democratic Republic of Congo"] == ("place", ["DR Congo"])
    assert names["Middle Easterners"][0] == "group"
    # a direction alone is no region, though some country names a province so
    assert not knowledge().big_place("North")
    assert not knowledge().big_place("Centre")


def test_bylines_small_parties_spelt_out_systems_and_a_laws_sections() -> None:
    text = ("New Premier Faces Old Problems\n\nJane Roe, University of Leeds\n\n"
            "The government could rely on One Nation and on the votes of Manus and Nauru "
            "deputies. The Mixed Member Proportional (MMP) voting system began in 1996. "
            "MPs of Asian ethnicity were few, and MPs of all parties agreed. Section 19 of "
            "the Acts Interpretation Act applies.\n\nBefore the\nUnited States House of "
            "Representatives\n")
    names = _names(text)
    assert names["Jane Roe"] == "person"
    assert names["University of Leeds"] == "organisation" and "Leeds" not in names
    assert names["One Nation"] == "organisation" and "Nation" not in names
    assert names["Nauru"] == "place"  # a country, though pycountry also knows a language
    assert "Mixed Member Proportional" in names and "Proportional" not in names
    assert "Acts Interpretation Act" in names
    assert not [n for n in names if n.startswith("MPs")]
    assert "United States House of Representatives" in names


def test_listing_bylines_branches_and_short_forms_of_bodies() -> None:
    text = ("Families face eviction\nAs Isgak Roelofse and his two young children huddle "
            "in a tent near Mitchells Plain, the Bonteheuwel Commission of Inquiry sat. The "
            "Bonteheuwel Commission heard the Labour Department, and the Department of "
            "Labour promised to act.\nThembela Ntongana\nNews | 3 August 2015\n"
            "Human Rights\nHuman rights matter.\nGroundUp Staff\n"
            "Can Bonteheuwel be policed? Riders say Metrorail trains are late. Ride on, "
            "said Cosatu Western Cape provincial secretary Tony Ehrenreich. Mahommed waited "
            "with Lindiwe "
            "Dube Disturbingly, nothing moved. The Western Cape High court ruled.\n")
    found = suggest(text)
    names = {e.name: (e.type, e.aliases) for e in found.entities}
    assert names["Thembela Ntongana"][0] == "person"  # a byline line
    assert "Human Rights" not in names  # written in lower case too: a heading
    assert "GroundUp" in names and "GroundUp Staff" not in names
    assert names["Isgak Roelofse"][0] == "person"  # "… and his two young children"
    assert names["Mitchells Plain"][0] == "place"
    assert "Bonteheuwel Commission" in names["Bonteheuwel Commission of Inquiry"][1]
    assert names["Department of Labour"] == ("organisation", ["Labour Department"])
    assert "Can Bonteheuwel" not in names  # a question's verb, not the name "Can"
    assert names["Metrorail"][0] == "organisation"  # its trains: no craft
    assert names["Cosatu Western Cape"][0] != "person"
    assert "Lindiwe Dube" in names and not [n for n in names if "Disturbingly" in n]
    assert names["Western Cape High"][0] == "organisation"


def test_a_year_in_review_and_a_call_to_readers_list() -> None:
    text = ("The medals went to K Rama Devi and Sunanda Rao at the games.\n"
            "4th All-women crew steers the ship ahead of the holiday\n"
            "Be the reporter for the march of 'Dissent' VS. The City of Oakland, in Bogota.\n"
            "Protests are planned in London England, and at 6801 Hollywood Blvd #257 in Los "
            "Angeles.\nPhotos: Mike Kortoci (DaniLee), Ann Webb (Tyra)\n"
            "The High Representative for Foreign Affairs and Security Policy spoke.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # two people joined by "and", not one body; a portfolio's "and" keeps it whole
    assert names["K Rama Devi"] == names["Sunanda Rao"] == "person"
    assert not [n for n in names if " and " in n]
    assert "Foreign Affairs" not in names and "Security Policy" not in names
    assert not {"All-women", "VS", "VS.", "London England", "Hollywood Blvd #257"} & set(names)
    assert names["Bogota"] == "place"  # the gazetteer's "Bogotá", unaccented
    assert names["London"] == names["England"] == names["Hollywood Blvd"] == "place"
    # a nickname in brackets is no short form of the name before it
    assert "DaniLee" not in _entity(found, "Mike Kortoci").aliases


def test_companies_legal_forms_partner_firms_and_a_speechs_venue_line() -> None:
    text = ("Insider Trading Case Filed\n\nRemarks at the Institute for Tax Policy, "
            "Lakeside Law School\n\nThe Commission worked with the U.S. Attorney's Office "
            "for the District of Utah and the Federal Bureau of Investigation. A Roland "
            "Pexton Company employee sold Pexton's earnings early, said the complaint. "
            "Orvel Group LLC paid, and Orvel Group appealed.\n"
            "Dana K. Moss, Tarrow Linden Vance LLP, with whom Ellis, Marrow, Tindle, P.C. "
            "were on brief, for appellant. The money went to Kestrel Holdings, S.A. and "
            "later to Kestrel Holdings S.A. itself.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # two bodies joined by "and the", each with its own head
    assert names["U.S. Attorney's Office for the District of Utah"] == "organisation"
    assert names["Federal Bureau of Investigation"] == "organisation"
    # a firm's legal form: the same name with and without it, a comma before it or not
    assert "Orvel Group" in _entity(found, "Orvel Group LLC").aliases
    assert "Kestrel Holdings S.A." in _entity(found, "Kestrel Holdings, S.A.").aliases
    assert names["Tarrow Linden Vance LLP"] == "organisation"  # not a person's four names
    assert names["Ellis, Marrow, Tindle, P.C."] == "organisation"  # a firm of partners
    assert not {"Ellis", "Marrow", "Tindle", "P.C."} & set(names)
    # a company named for its founder is also called by his surname
    assert "Pexton" in _entity(found, "Roland Pexton Company").aliases
    # a speech's venue line is no headline: the bodies it names are kept
    assert names["Institute for Tax Policy"] == names["Lakeside Law School"] == "organisation"


def test_a_feeds_copy_senators_newsletters_and_a_quote_in_two_passages() -> None:
    text = ("How to Pick Between WaveRoll and Other Apps Before You Travel This Summer\n"
            "Mara Quist, Lev Oduya and Tessa Brandl NewsLedger is a nonprofit newsroom. Sign "
            "up for Dispatch Notes, a newsletter that tracks power. Subscribe to the Long Read "
            "newsletter.\nThe Fair Rents to Working Families Act of 2024, introduced by Sen. "
            "Ann Cole, D-Ore. and Sen. Ben Hale, R-Utah., drew praise from the Department of "
            "Housing and the Federal Trade Commission. The U.S. Department of Labor agreed, "
            "and the Labor Department wrote to NewsLedger and Valley Journal.\n"
            "Omar Ruiz runs Ruiz\u2019s Canyon Company and P&L Partners. He later left the board "
            "of Veltrex.Dead Ends, a series, won by NewsLedger The Chicago chapter of a club.\n"
            "\u201cIt angers me that families who are trying to rent a home\u201d and that "
            "\u201cthey would be squeezed for profit,\u201d Cole said. Hale disagreed.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a senator's party and state are no names; a bill's name holds "to" and its year
    assert not {"D-Ore", "R-Utah", "D-Ore.", "R-Utah."} & set(names)
    assert names["Fair Rents to Working Families Act of 2024"] == "work"
    # two bodies joined by "and the"; "the Labor Department" is the department named in full
    assert names["Department of Housing"] == names["Federal Trade Commission"] == "organisation"
    assert "Labor Department" in _entity(found, "U.S. Department of Labor").aliases
    # a byline run into the text, an outlet in camel case joined by "and", a capitalised
    # "The" after it that starts a sentence whose full stop the copy lost
    assert names["Tessa Brandl"] == "person" and names["NewsLedger"] == "organisation"
    assert names["Valley Journal"] == "organisation" and "Chicago" in names
    assert not [n for n in names if "NewsLedger " in n or " NewsLedger" in n]
    # newsletters are works; a company keeps its ampersand; a possessive of a person the
    # story names in full is no part of the company's name
    assert names["Dispatch Notes"] == names["Long Read"] == "work"
    assert names["P&L Partners"] == "organisation" and names["Canyon Company"] == "organisation"
    assert "Veltrex" in names and not [n for n in names if "Veltrex." in n]
    # a headline around a camel-case name is still a headline
    assert not [n for n in names if "Before You Travel" in n]
    # both passages are Cole's: the attribution comes after the second
    assert [q.speaker_name for q in found.quotes] == ["Ann Cole", "Ann Cole"]


def test_a_podcast_page_a_webcast_and_a_court_case() -> None:
    text = ("Lena Ward\nRidge Health News\n\nRead Lena\u2019s stories.\n\n"
            "Lena Ward hosts the weekly podcast, \u201cWho Pays the Bill?\u201d This week\u2019s "
            "panelists are Lena Ward of Ridge Health News and Odalys Prewitt of KXR Public "
            "Media.\n\nOdalys Prewitt\nUniversity School of Public Policy\n\n"
            "RHN\u2019s Mary Agnes Colter spoke with the S.F. Chronicle\u2019s Tom Bly. Tom Bly, "
            "who writes for the San Francisco Chronicle, cited Doe v. Harlan County. They "
            "bought Relivex, a medication that eases pain.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a call to the reader is no part of a name; "X of Y News" lists a person and a body
    assert not [n for n in names if n.startswith("Read")]
    assert names["Odalys Prewitt"] == "person" and names["KXR Public Media"] == "organisation"
    assert names["Ridge Health News"] == "organisation"
    assert not [n for n in names if n.endswith(" of Ridge Health News")]
    # a given name that is also a region's opens a person's name
    assert names["Mary Agnes Colter"] == "person" and "Mary" not in names
    # a title keeps its question mark; a court case is one name
    assert names["Who Pays the Bill?"] == "work"
    assert names["Doe v. Harlan County"] == "other"
    # a city's initials are short for its name; a card's line is not cut inside a name
    assert "S.F. Chronicle" in _entity(found, "San Francisco Chronicle").aliases
    assert "School of Public" not in names
    assert names["Relivex"] == "other"  # described as a medication


def test_obituaries_units_nested_in_bodies_genes_and_diseases() -> None:
    text = ("Dana Vole (died on May 2, 2019, at 81) was a staff scientist in the Imaging "
            "Core of NEI\u2019s Center for Vision Studies (CVS). She moved in 1990 to the "
            "Laboratory of Optics, which later became part of the Laboratory of Lens "
            "Biology and Optics, and then to the CVS Imaging Core and Optics Branch. She "
            "left NEI for Pfizer. T. Gareth Ruhl co-discovered the TRX4 gene and studied "
            "Huntington disease. He co-edited the textbook Modern Optics: Lenses and Light "
            "with her, and the \u201cVole-Ruhl\u201d receptor bears their names.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a unit "of" a body's possessive; two units joined by "and"; a unit with its body's
    # letters is the same unit
    assert names["Center for Vision Studies"] == "organisation"
    assert "Imaging Core" in _entity(found, "CVS Imaging Core").aliases
    assert names["Optics Branch"] == "organisation"
    assert not [n for n in names if " of NEI" in n or " and Optics Branch" in n]
    # another laboratory is not short for a longer one with one more field
    assert "Laboratory of Optics" in names
    assert "Laboratory of Optics" not in _entity(
        found, "Laboratory of Lens Biology and Optics").aliases
    assert names["NEI"] == names["Pfizer"] == "organisation"  # "NEI for Pfizer" is two
    # an initial before a given name; a gene, a disease, a receptor; a textbook
    assert names["T. Gareth Ruhl"] == "person"
    assert names["TRX4"] == names["Huntington disease"] == names["Vole-Ruhl"] == "other"
    assert names["Modern Optics"] == "work"


def test_a_pdfs_wrapped_lines_and_a_list_of_banks_and_branches() -> None:
    wrapped = ("Press Release\nMarch 3, 2015\n\n"
               "The board said on Monday that it will publish a yearly report on the loans\n"
               "it makes to small farms and firms, and that the Regional Development\n"
               "Board will review the report with the staff of the lending committee\n"
               "before the vote. Voting for the action were Ana Ruiz, Chair; Omar Bello; Kira\n"
               "D. Lund; and Tomas Feld, who all agreed to it.\n")
    names = {e.name: e.type for e in suggest(wrapped).entities}
    # a PDF's lines broken at a width: a name goes on across the line break
    assert names["Regional Development Board"] == "organisation"
    assert names["Kira D. Lund"] == "person"
    assert "Release" not in names and "Press Release" not in names  # a heading
    listed = ("Community Savings Council -- two new members.\n- Announced, March 4, 2022\n"
              "Community Rural Lenders Savings Council -- its members.\n"
              "Prairie West Bank and Trust, Minot, North Dakota -- to establish a branch at "
              "1414 12th Avenue North, Fargo, North Dakota.\n- Approved, June 8, 2022\n"
              "United Plains Bank, Dallas, Texas -- to establish a branch at 3840 Kennett "
              "Pike, Greenville, Delaware.\n- Approved, June 6, 2022\n")
    found = suggest(listed)
    names = {e.name: e.type for e in found.entities}
    assert names["Prairie West Bank and Trust"] == names["United Plains Bank"] == "organisation"
    assert names["12th Avenue North"] == names["Kennett Pike"] == "place"  # after a number
    # another council is not short for a longer one that holds its words
    assert "Community Savings Council" in names
    assert "Community Savings Council" not in _entity(
        found, "Community Rural Lenders Savings Council").aliases


def test_the_congressional_records_speakers_bills_and_headings() -> None:
    text = ("FAIR HARVEST ACT--Continued\n\nMr. HOLLIS. Mr. President, I rise for the "
            "ranking Republican of the Senate Subcommittee on Forests, who works with Mr. "
            "McKENNA. By the direction of the Committee on Rules, I call up House "
            "Resolution 712 and ask for its consideration.\nH. Res. 712\nResolved, That "
            "the bill (H.R. 3310) be considered, with the text of Rules Committee Print "
            "118-4 adopted.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a member named after "Mr." in capitals is a person, not an acronym or a firm
    assert names["HOLLIS"] == names["McKENNA"] == "person"
    assert not [n for n in names if n.startswith("Mr.")]
    assert names["Senate Subcommittee on Forests"] == "organisation"  # not "Republican of …"
    # bills by number, a committee's print, a bill's title as a heading in capitals
    assert names["H.R. 3310"] in ("work", "other")
    assert names["Rules Committee Print 118-4"] in ("work", "other")
    assert names["FAIR HARVEST ACT"] == "work"
    assert "H. Res. 712" in _entity(found, "House Resolution 712").aliases


def test_development_news_official_names_captions_and_storms() -> None:
    text = ("Agency Provides Nearly $40 Million for Flood Relief\n"
            "Statement by Acting Deputy Administrator Lena Marsh\n\n"
            "Aid reached Hondurans affected by Hurricanes Iota and Eta, and Venezuelans in "
            "the Republics of Chile, Perú, and Trinidad and Tobago. The Government of "
            "the Republic of Sudan paid. On the national Martin Luther King, Jr. (MLK) Day "
            "of Service, she cited the First Amendment.\n"
            "[left to right] Moussa Sarr WFP officer; Mr Ousmane Ba, Director at the "
            "Ministry of Women, Family and Child Protection. Children stay in the "
            "Government of Senegal-sponsored centers.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    assert names["Lena Marsh"] == "person"  # a title and a name at a headline's end
    assert names["Iota"] == names["Eta"] == "event"  # two storms under their kind
    assert names["Chile"] == names["Perú"] == names["Trinidad and Tobago"] == "place"
    assert not [n for n in names if n.startswith("Republics")]
    assert names["Government of the Republic of Sudan"] == "organisation"
    assert names["Martin Luther King, Jr."] == "person" and "Jr." not in names
    assert names["First Amendment"] in ("work", "other")
    assert names["Moussa Sarr"] == "person" and names["WFP"] == "organisation"
    assert names["Ministry of Women, Family and Child Protection"] == "organisation"
    assert names["Government of Senegal"] == "organisation"
    assert "Million" not in names and not [n for n in names if "Million" in n]


def test_statistical_news_surveys_their_products_and_a_census_by_its_year() -> None:
    text = ("The 2022 Canadian Housing Survey (CHS) tables are out. The CHS 1-year and "
            "CHS 5-year estimates follow. The Bureau will hold its 2030 Census Program "
            "Review in May and then run the 2030 Census. The U.S. Geological Survey "
            "helped. Write to the Canadian Housing Survey Office.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a survey named with a demonym keeps it; its letters and a measure are no name
    assert names["Canadian Housing Survey"] in ("work", "other")
    assert "CHS" in _entity(found, "Canadian Housing Survey").aliases
    assert not [n for n in names if n.startswith("CHS ")]
    # a survey is no short form of its office; a census by its year is an event of its
    # own, not short for a meeting about it
    assert names["Canadian Housing Survey Office"] == "organisation"
    assert names["2030 Census"] == "event"
    assert "2030 Census" not in _entity(found, "2030 Census Program Review").aliases
    assert names["U.S. Geological Survey"] == "organisation"  # an agency named "Survey"


def test_arts_news_honours_before_names_fellowships_and_washington_dc() -> None:
    text = ("The concert was hosted by vocalist and NEA Jazz Master Lena Horwitz, with "
            "2009 NEA Jazz Master Jimmy Cobb. They will receive the 2018 Prairie "
            "Heritage Fellowships and the National Medal of Arts in Washington, DC, in "
            "September.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # the honour a musician holds is a role before the name
    assert _entity(found, "Lena Horwitz").role == "NEA Jazz Master"
    assert names["Jimmy Cobb"] == "person"
    assert not [n for n in names if n.startswith(("NEA Jazz Master ", "2009"))]
    # fellowships and medals are honours, not bodies; "Washington, DC" is one place
    assert names["Prairie Heritage Fellowships"] in ("event", "other")
    assert names["National Medal of Arts"] in ("event", "other")
    assert names["Washington, DC"] == "place" and "DC" not in names


def test_two_places_under_one_of_stay_in_the_name() -> None:
    names = _names("Fighters loyal to the Islamic State of Iraq and the Levant fled. Embassies "
                   "in the Republic of Kenya and the Republic of Chad were shut.")
    # "of Iraq and the Levant": two places under one "of", one name
    assert "Islamic State of Iraq and the Levant" in names
    assert "Levant" not in names and "the Levant" not in names
    assert "Republic of Kenya" in names and "Republic of Chad" in names  # two states


def test_speakers_at_a_clauses_end_by_a_passive_and_in_writing() -> None:
    text = ("Lenders used “trickery” to serve orders on consumers, advocate Ann Katz told "
            "the court. A businessman sued a paper in a case described by the Free Speech "
            "Institute (FSI) as having “elements of intimidation”. Vice-chancellor Ahmed "
            'Bawa has written that it is "outrageous and a deep violation" of rights. '
            "“We are losing lives,” said Cosatu Western Cape provincial secretary Tony "
            "Ehrenreich.")
    quotes = suggest(text).quotes
    assert [(q.text[:12], q.speaker_name) for q in quotes] == [
        ("trickery", "Ann Katz"), ("elements of ", "Free Speech Institute"),
        ("outrageous a", "Ahmed Bawa"), ("We are losin", "Tony Ehrenreich")]


def test_environmental_news_species_reserves_and_short_forms_of_places() -> None:
    text = ("Setback for Guinea mine that threatens a reserve\n"
            "- The Ajumawi–Atsugewi Nation won the Tálkota Highlands National Monument; "
            "Tálkota’s plan is new.\n- The Rimaca Norte River floods, and the Rimaca Norte "
            "is rising.\n- A species of palm, Aiphanes argos, and warblers (Setophaga "
            "petechia aureola) live in the Kakataibo Indigenous Reserve.\n- A database of "
            "Asian and New Guinean hornbill frugivory grew. The Davao Oriental provincial "
            "government acted. UNESCO named a UNESCO World Heritage Site.\n")
    found = suggest(text)
    names = {e.name: (e.type, e.aliases) for e in found.entities}
    assert names["Guinea"][0] == "place" and "Setback for Guinea" not in names
    assert "Ajumawi–Atsugewi Nation" in names
    assert names["Tálkota Highlands National Monument"] == ("place", ["Tálkota"])
    assert names["Rimaca Norte River"] == ("place", ["Rimaca Norte"])
    assert names["Aiphanes argos"][0] == names["Setophaga petechia aureola"][0] == "other"
    assert names["Kakataibo Indigenous Reserve"][0] == "place"
    assert not [n for n in names if "Asian" in n or "Guinean" in n]
    assert names["Davao Oriental"][0] == "place"
    assert names["UNESCO"][1] == []  # the body, not short for the site it names


def test_elided_particles_accented_given_names_and_long_headline_runs() -> None:
    text = ("Russia: Tver Election Committee Calls to Prosecute Popular Blogger\n"
            "Tver Election Committee had issued a letter.\n"
            "Puerto Rico: Political Parties Reap the Benefits of Social Media\n"
            "Parties use it. Protests spread to Gabon and Côte d’Ivoire, where the best "
            "debater was centre-right Germán Vargas Lleras, they said.\n")
    names = _names(text)
    assert "Tver Election Committee" in names and "Tver" not in names
    assert not [n for n in names if "Benefits" in n or "Reap" in n]
    assert names["Côte d’Ivoire"] == "place" and "Côte" not in names
    assert names["Germán Vargas Lleras"] == "person"  # a given name, not "German"


def test_learning_english_titles_glued_adjectives_short_forms_after_or_and_boats() -> None:
    text = ("Sunday's U.S. Presidential debate was long. The second presidential debate "
            "was held. Statements by former Secretary of State Clinton and Chief of Staff "
            "Ann Lee were read. AN Indian company built it. Tokyo Electric Power Company, "
            "or TEPCO, is the operator. TEPCO spoke. They left on their sailboat, the Sea "
            "Nymph. NASA satellite images confirm it, and the GOES satellite agrees.")
    found = suggest(text)
    names = {e.name: (e.type, e.aliases) for e in found.entities}
    assert names["U.S."][0] == "place" and "U.S. Presidential" not in names
    assert names["Clinton"][0] == "person" and names["Ann Lee"][0] == "person"
    assert not [n for n in names if "State Clinton" in n or "Indian" in n]
    assert names["Tokyo Electric Power Company"] == ("organisation", ["TEPCO"])
    assert names["Sea Nymph"][0] == "other"
    assert names["NASA"][0] == "organisation" and names["GOES"][0] == "other"


def test_football_events_times_lists_with_two_word_items_and_teams() -> None:
    text = ("The team did well in the World Cup Championship. It played in the World Cup "
            "before. The United States finished third in the Confederation of North, "
            "Central American and Caribbean Football Association competition. Coach "
            "Jurgen Klinsmann spoke; Jurgen Klinsman is a former star. Kick-off is at 6 PM "
            "ET (10 PM UTC) in Natal. With Colombia and Cote d’Ivoire in Group C, nobody "
            "is safe.\nEngland vs. Uruguay: Lots of Questions, and Lots at Stake\n"
            "England and Uruguay meet.\n")
    found = suggest(text)
    names = {e.name: (e.type, e.aliases) for e in found.entities}
    assert names["World Cup Championship"] == ("event", ["World Cup"])
    assert "Confederation of North, Central American and Caribbean Football Association" \
        in names
    assert "Jurgen Klinsman" in names["Jurgen Klinsmann"][1]  # a doubled letter lost
    assert not [n for n in names if "PM" in n or "UTC" in n]
    assert names["Colombia"][0] == names["Cote d’Ivoire"][0] == "place"  # no accent
    assert "Stake" not in names and "Lots at Stake" not in names  # a headline's words


def test_regions_the_packages_do_not_list_are_places() -> None:
    names = _names("Aid workers returned from Darfur, and the Kurdistan parliament met.")
    assert names["Darfur"] == names["Kurdistan"] == "place"


def test_a_body_named_with_a_small_word_is_no_person_though_it_speaks() -> None:
    text = ("“We condemn it,” said Reporters Without Borders. “Staff were killed,” said "
            "Médecins Sans Frontières. “We are safe,” said Ann Lee.")
    names = _names(text)
    assert names["Reporters Without Borders"] != "person"
    assert names["Médecins Sans Frontières"] != "person"
    assert names["Ann Lee"] == "person"


def test_a_full_stop_after_a_labelled_letter_ends_the_sentence() -> None:
    names = _names("A loss means they leave Group D. The match kicks off in Natal, where "
                   "John F. Kennedy once spoke.")
    assert "Group D" in names and "Group D." not in names
    assert "John F. Kennedy" in names  # an initial keeps its full stop


def test_crime_news_subcommittees_spelt_out_groups_agencies_before_titles() -> None:
    text = ("Director Ann Roe appeared before the House Appropriations Committee’s "
            "Commerce, Justice, Science, and Related Agencies Subcommittee today. She is "
            "charged with support to the Islamic State of Iraq and the Levant, or ISIL. "
            "“It started with one complaint,” said FBI Special Agent Andrew Young. A man "
            "at the U.S. Embassy in London helped. You need not live in South Central Los "
            "Angeles to see it. Funds go to the Going Dark initiative.")
    names = _names(text)
    assert names["Commerce, Justice, Science, and Related Agencies Subcommittee"] == \
        "organisation"
    assert "Islamic State of Iraq and the Levant" in names and "the Levant" not in names
    assert names["FBI"] == "organisation" and names["Andrew Young"] == "person"
    assert names["U.S. Embassy"] == "organisation"
    assert names["South Central Los Angeles"] == "place"
    assert names["Going Dark"] == "other"


def test_drugs_and_products_company_suffixes_and_adjectives_in_scare_quotes() -> None:
    text = ("The agency warned the makers of Lean Cola Syrup, a drink, and Coco Puffo, a "
            "“snortable” chocolate powder. The FDA today approved Brandora (sitagliptinide) "
            "for adults. The FDA approves Haemvita for teens. Marshals seized food held at "
            "Acme Warehouse and Distribution, Inc., in St. Paul. Joe Mihevc (incumbent) "
            "ran again.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    assert names["Lean Cola Syrup"] == names["Coco Puffo"] == "other"
    assert names["Brandora"] == names["Haemvita"] == "other"
    assert "Acme Warehouse and Distribution, Inc." in names and "Inc." not in names
    assert names["Joe Mihevc"] == "person"
    assert not found.quotes  # "snortable" modifies the noun after it: no one's words


def test_numbered_headlines_bills_listed_with_commas_peoples_and_under_secretaries() -> None:
    text = ("News Releases\n\n  1. USDA Announces Additional Financial Incentives for "
            "Conservation Reserve Program Participants to Improve Forest Health and Enhance "
            "Wildlife Habitat\n\n    The Conservation Reserve Program grew.\n"
            "The Secretary wants a new Food, Farm and Jobs Bill. USDA helps Native Americans, "
            "Hispanics, African Americans and others. Farm Services Deputy Under Secretary "
            "Ann Roe spoke at the USDA Whitten Building.\n")
    names = _names(text)
    assert not [n for n in names if "Incentives" in n or "Habitat" in n or "Forest" in n]
    assert names["Food, Farm and Jobs Bill"] == "work"
    assert names["Hispanics"] == names["African Americans"] == "group"
    assert names["Ann Roe"] == "person"
    assert "Under Secretary Ann Roe" not in names
    assert "place" in (names.get("Whitten Building"), names.get("USDA Whitten Building"))


def test_reprinted_state_news_keywords_plural_subjects_and_a_company_after_a_demonym() -> None:
    text = ("Police officers can help prevent killings\n\n"
            "For help, text “START” to 88788. Text HOME to 741741 to reach the Crisis Text "
            "Line. Just after midnight, police say, Xavier Johnson knocked on the door of the "
            "Miami-area group home. Proponents said the rule was fair. Opponents say it is "
            "not. Another utility operating in Ohio, American Electric Power, is under "
            "investigation; Filipino Fyljoy Volefdico, 25, said so.\n\n"
            "WASHINGTON — U.S. Capitol Police arrested a man. USCP Chief Tom Manger said "
            "COVID-19 rules ended. Final state COVID emergencies end.\n\n"
            "The Nation’s Vacant Homes Present an Opportunity — and a Problem\n\n"
            "Read more Stateline coverage.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a small town of the gazetteer ("Police", Poland) is no reason to keep a common word
    # the story also writes in lower case; a helpline's keyword is no acronym; a plural
    # noun opening a sentence describes people; "-area" makes an adjective of a city
    for word in ("Police", "START", "HOME", "Proponents", "Opponents", "Miami-area"):
        assert word not in names
    assert names["Miami"] == "place"
    # a demonym opening a three-word company name stays in it, not before a person's name
    assert names["American Electric Power"] == "organisation"
    assert names["Fyljoy Volefdico"] == "person" and "Filipino Fyljoy Volefdico" not in names
    # an acronym with a dotted abbreviation's letters, and a disease without its year
    assert _entity(found, "U.S. Capitol Police").aliases == ["USCP"]
    assert _entity(found, "COVID-19").aliases == ["COVID"]
    # a headline around a dash names nothing
    assert not {"Nation", "Vacant Homes Present", "Opportunity", "Problem"} & set(names)


def test_official_readouts_their_place_lines_titles_and_a_copy_that_glued_tooltips() -> None:
    text = ("Meeting with Government members\n\n"
            "January 21, 2020, Government House, Moscow\n\n"
            "January 29, 2020, The Kremlin, Moscow\n\n"
            "President of Russia Vladimir Putin: I congratulate you on your appointments to "
            "the Government of the Russian Federation. The previous Government, led by Mr "
            "Medvedev, did much.\n\n"
            "Taking part were Prime Minister Mikhail Mishustin Mishustin MikhailPrime Minister "
            "of the Russian Federation , Finance Minister and Central Bank Governor Elvira "
            "Nabiullina, and Salah Abdalla Mohamed Mohamed Salih. Mr Mishustin reports to me. "
            "The Central Bank of the Russian Federation (Bank of Russia) agreed.\n\n"
            "Putin called President of the United States of America Barack Obama. The state "
            "of Russia-US relations and US-China trade in the Asia-Pacific region was "
            "discussed; the United States said so.\n\n"
            "He met Moscow Region Governor Andrei Vorobyov.\n"
            "Source: Official site\n"
            "Presidential Executive Office2024")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a meeting's place line: the venue between its date and its city is a place
    assert names["Government House"] == "place" and names["Kremlin"] == "place"
    # "the Government" is short for the one "Government of …" the story names
    assert "Government" in _entity(found, "Government of the Russian Federation").aliases
    # "Mr" without a full stop is an honorific too
    assert names["Medvedev"] == "person"
    # a copy glued each name's tooltip ("Mishustin Mikhail") to the next word: the name,
    # its reversed form joined to it, and the title after the glue none of its words
    mishustin = _entity(found, "Mikhail Mishustin")
    assert mishustin.type == "person" and {"Mishustin Mikhail", "Mishustin"} <= set(
        mishustin.aliases)
    assert names["Salah Abdalla Mohamed Mohamed Salih"] == "person"  # a repeated name, whole
    # a role alone, then another role and its holder; a body renamed in parentheses
    assert names["Elvira Nabiullina"] == "person"
    assert "Bank of Russia" in _entity(found, "Central Bank of the Russian Federation").aliases
    # a country the role names, then a person whose given name the tables do not know
    assert names["Barack Obama"] == "person"
    assert set(_entity(found, "United States").aliases) >= {"United States of America", "US"}
    # two countries joined by a hyphen are two (but "Asia-Pacific" is one region)
    assert names["Russia"] == "place" and names["China"] == "place"
    assert "Russia-US" not in names and names["Asia-Pacific"] == "place"
    # a region's head before a title stays with its place; a label and a glued year go
    assert names["Moscow Region"] == "place" and names["Andrei Vorobyov"] == "person"
    assert "Source" not in names and names["Presidential Executive Office"] == "organisation"


def test_brazilian_names_money_by_currency_code_and_portfolios_named_after_a_title() -> None:
    text = ("The New Growth Acceleration Program (PAC) has spent BRL 944.8 billion; USD 5,000 "
            "went elsewhere. At the Planalto presidential palace, President Luiz Inácio Lula "
            "da Silva spoke. The New PAC was launched in 2023 by President Lula.\n\n"
            "The Minister of Institutional Relations, Alexandre Padilha, said Lula heads to "
            "São Tomé and Príncipe. Federal deputies André Fufuca (PP-MA) and Sílvio Costa "
            "Filho (Republicanos-PE) hold seats in the Chamber. The Foreign Ministers of "
            "Canada met.\n\n"
            "“Lula will carry out a decision he has already taken”, highlighted Padilha.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # money after a currency's code is no name; a programme's "New" round is the programme
    assert not [n for n in names if n.startswith(("BRL", "USD"))]
    assert {"PAC", "New PAC"} <= set(_entity(found, "New Growth Acceleration Program").aliases)
    # a title before a long name with particles is the role; the name's middle word is it
    lula = _entity(found, "Luiz Inácio Lula da Silva")
    assert lula.type == "person" and lula.role == "President" and "Lula" in lula.aliases
    # a minister's portfolio names no body, but a country after "Ministers of" is one
    assert "Institutional Relations" not in names and names["Canada"] == "place"
    # a country written with its accents is one name, "and" inside it
    assert names["São Tomé and Príncipe"] == "place"
    # a deputy's party and state in parentheses are not another name of the deputy
    assert "PP-MA" not in _entity(found, "André Fufuca").aliases
    assert names["Chamber"] == "organisation"
    # "highlighted" is a speech verb after the quote
    assert [(q.speaker_name, q.cue) for q in found.quotes] == [
        ("Alexandre Padilha", "highlighted Padilha")]


def test_a_digest_of_news_items_with_bullets_credits_and_hard_wrapped_lines() -> None:
    text = ("May 23, 2023 (Tuesday)\n"
            "Disasters and accidents\n"
            "- Typhoon Mawar strengthens into a super typhoon near Guam. (Reuters)\n"
            "- Emergency evacuations take place in Corfu. (AFP via Dawn)\n"
            "- A mine blast in Zahedan, Sistan and Baluchestan province, Iran, and fighting at "
            "the Zaporizhzhia Nuclear Power Plant are reported. (Le Monde)\n"
            "- Flash floods hit the Ghazni and Maidan Wardak provinces and the "
            "Afghanistan–Iran border. (AFP via Barron's)\n"
            "- Police in the Netherlands arrest Extinction Rebellion protesters near The "
            "Hague. (New Arab)\n"
            "- Sistan and Baluchestan insurgency\n\n"
            "  • At least 10 people are killed and 57 others injured by a multiple-vehicle\n"
            "    collision on a motorway in Sakarya Province, Turkey, by gunmen from\n"
            "    Texcaltitlan, Mexico, the police said; the injured were taken to a "
            "hospital. (AP via New Haven\n"
            "    Register)\n"
            "  • At least 13 people are killed when a bus catches fire after colliding\n"
            "    head-on with a truck on a highway in Guna district, Madhya Pradesh, India.\n"
            "    (India Today)\n"
            "  • Bulgaria and Romania reach an agreement to become members of the Schengen\n"
            "    Area through sea and air routes in March, while discussions regarding the\n"
            "    opening of land borders are scheduled to commence next year. (Le Monde)\n")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a list's dash or bullet opens a sentence: its first common word is no name
    assert not {"Emergency", "Flash", "Police"} & set(names)
    # ... but a storm's kind stays with its name, though the story writes "typhoon"
    assert names["Typhoon Mawar"] == "event"
    # the sources credited after each item are outlets, even one named like a city
    for outlet in ("Reuters", "Dawn", "Le Monde", "New Arab", "Barron's"):
        assert names[outlet] == "organisation", outlet
    assert "Barron" not in names
    # a province named with "and" wherever the story writes it; provinces in the plural
    assert names["Sistan and Baluchestan"] == "place" and "Sistan" not in names
    assert names["Maidan Wardak"] == "place"
    assert names["Zaporizhzhia Nuclear Power Plant"] == "place"
    # two countries joined by an en dash; "The Hague" keeps its article
    assert names["Afghanistan"] == names["Iran"] == "place"
    assert names["The Hague"] == "place"
    # a movement with protesters is a body, though "Rebellion" names events
    assert names["Extinction Rebellion"] == "organisation"
    # a digest's lines broken at a width: a name across the break, and no sentence start
    assert names["New Haven Register"] == "organisation" and names["Texcaltitlan"] == "place"
    assert names["Schengen Area"] == "place" and "Schengen" not in names


def test_a_parliaments_minutes_and_member_lists_in_capitals() -> None:
    text = ("2017/2054(INL) Composition of the European Parliament\n\n"
            "Wednesday, 9 October 2019 – Brussels Provisional edition\n\n"
            "IN THE CHAIR: David Maria SASSOLI\nPresident\n\n"
            "Lead AFCO HÜBNER Danuta Maria (icon: PPE PPE), SILVA PEREIRA Pedro (icon: S&D S&D),"
            " DURAND Pascal (icon: Verts/ALE Verts/ALE)\n"
            "Legal Basis:\n"
            "   EP - Results of vote in Parliament\n\n"
            " 8.3.EU-Iceland Agreement on visas (Rule 150) (vote)\n\n"
            "The European Parliament adopted a resolution on the composition of the European "
            "Parliament under Article 14(2) TEU. The President paid tribute to migrants "
            "shipwrecked off Lampedusa. Delegation for relations with South Asia: Nicolas Bay "
            "to replace Hélène Laporte. MEPs debated the Istanbul Convention with GEN Romeo "
            "Dallaire, Issa Saka UNODC officer, and the Executive Secretary of the UNFCCC Simon "
            "Stiell. Color of Change, a group for people of color, agreed.\n\n"
            "Ms Todd said:\n\n“It works, and we will keep it.”")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # members listed "SURNAME Given" after a committee's letters, each once with their group
    for member in ("HÜBNER Danuta Maria", "SILVA PEREIRA Pedro", "DURAND Pascal",
                   "David Maria SASSOLI"):
        assert names[member] == "person", member
    assert names["PPE"] == names["S&D"] == names["Verts/ALE"] == "organisation"
    assert not {"PPE PPE", "S&D S&D", "ALE", "SASSOLI", "David Maria"} & set(names)
    # ... but a rank, a clock's zone, a body after "the" and a body before a noun are none
    assert names["Romeo Dallaire"] == "person" and names["Simon Stiell"] == "person"
    assert "Issa Saka UNODC" not in names and names["Issa Saka"] == "person"
    # a title line's common noun, a form's label, a row after "EP - ", a text's parts cited
    assert "Composition of the European Parliament" not in names
    assert not {"Basis", "Legal Basis", "Results", "Article 14", "Rule 150"} & set(names)
    assert names["Brussels"] == "place" and "Brussels Provisional" not in names
    assert names["EU-Iceland Agreement"] in ("work", "other", "event")
    # a place after "off"; a treaty named for a city
    assert names["Lampedusa"] == "place"
    assert names["Istanbul Convention"] == "work"
    assert names["Color of Change"] == "organisation"  # its "color" is no "color of"
    # "Ms" without a full stop opens the name that introduces a quote
    assert [q.speaker_name for q in found.quotes] == ["Todd"]


def test_a_shows_feed_headlines_with_ampersands_and_guests_of_their_states() -> None:
    text = ("Democracy Now! is an independent daily news program.\n"
            "Meet the Army Chaplain Who Condemned Torture of Guantánamo Prisoners & Then Was "
            "Jailed Himself\n"
            "Roe v. Wade Under Threat: Planned Parenthood Speaks Out as State Laws Threaten to "
            "Ban Abortion\n"
            "Filipina Journalist Maria Ressa Helped Expose Duterte's Deadly Drug War; He's Now "
            "Trying to Jail Her\n"
            "Twenty years ago, the prison at Guantánamo began holding men. Iraq saw the war; "
            "on his fifth day in Iraq–Young’s unit came under fire, and Young later joined Iraq "
            "Veterans Against the War. Duterte's war on drugs killed thousands. Democratic "
            "Senators Joe Manchin of West Virginia and Kyrsten Sinema of Arizona disagree. "
            "Congressmember Ro Khanna of California says the parliamentarian \"misruled\" in "
            "this case.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a show's name keeps the word its exclamation mark follows
    assert names["Democracy Now"] == "organisation" and "Democracy" not in names
    # headlines with "&" or "v." are headlines: their words are no names of themselves
    assert not {"Condemned Torture", "Speaks Out", "State Laws Threaten", "Abortion", "Drug",
                "Jail"} & set(names)
    # an en dash between two names the story also writes apart
    assert names["Iraq"] == "place" and "Iraq–Young" not in names
    assert names["Iraq Veterans Against the War"] == "organisation"
    # the first senator's state, apart from the next senator
    assert names["West Virginia"] == "place" and names["Joe Manchin"] == "person"
    # "Congressmember" is a title; the person of a state is the one who says
    khanna = _entity(found, "Ro Khanna")
    assert khanna.type == "person" and khanna.role == "Congressmember"
    assert [(q.text, q.speaker_name) for q in found.quotes] == [("misruled", "Ro Khanna")]


def test_press_releases_reposted_with_labels_block_quotes_and_open_quotes() -> None:
    text = ("    HISTORIC PRESS RELEASE : Treasury Appoints Former Local Authority Chief "
            "Executive to Public Services Directorate [February 2000]\n\n"
            "    Lucy de Groot, 48, was previously Chief Executive of Bristol City Council and "
            "worked in the London Borough of Lewisham. Amongst Ms de Groot’s tasks is the "
            "review.\n\n"
            "    Ann Roe, Minister for Finance, said:\n\n"
            "    We should be under no illusions; this is a deep recession.\n\n"
            "    Today’s statement is an invoice for years of failure.\n\n"
            "    Throughout this process I have made clear that Wales cannot afford it.\n\n"
            "    The statement was published at noon.\n\n"
            "    Speaking after the vote, Minister for Climate Change, Tom Lee said:\n\n"
            "    “I am delighted that the move to 20mph has received cross-party support.\n\n"
            "    The evidence is clear, and our streets will be safer for it.\n\n"
            "    We know this move won’t be easy.\n\n"
            "    Officials said the law takes effect in 2023.")
    found = suggest(text)
    names = {e.name: e.type for e in found.entities}
    # a label in capitals before a colon, and a headline with its verb, name nothing
    assert not {"HISTORIC", "PRESS RELEASE", "Treasury Appoints Former Local Authority",
                "Executive"} & set(names)
    # "Chief Executive of …" is a role and its body; a borough of a city is one place
    assert names["Bristol City Council"] == "organisation"
    assert names["London Borough of Lewisham"] == "place" and "London Borough" not in names
    assert _entity(found, "Lucy de Groot").role is None  # ("Amongst" opens the sentence)
    quotes = [(q.text[:20], q.speaker_name) for q in found.quotes]
    # a block quote goes on over a paragraph in the speaker's voice with no "I" or "we",
    # up to the last that has one; the narrator's paragraph after it is not the speaker's
    assert ("We should be under n", "Ann Roe") in quotes
    assert ("Today’s statement is", "Ann Roe") in quotes
    assert ("Throughout this proc", "Ann Roe") in quotes
    assert not [q for q in quotes if q[0].startswith(("The statement", "Officials"))]
    # a quote opened in marks and never closed goes on in the paragraphs after it
    assert ("The evidence is clea", "Tom Lee") in quotes
    assert ("We know this move wo", "Tom Lee") in quotes


def test_adjectives_of_peoples_around_names_and_plural_heads() -> None:
    text = ("topic: Indigenous Rights\n"
            "Nepal Indigenous leaders refile writ petition against hydropower project\n"
            "- Indigenous Limbu communities filed a petition over community rights.\n"
            "- The local Dayak Simpan Indigenous society manages the forest.\n"
            "- The stated purpose of the permits, Forest Clearing Authorities, is disputed.\n"
            "- Under the “social forestry” program, Indonesia’s central government released "
            "land, and Blue Creek returns to the Yurok.\n"
            "- The government is funding Central Australian communities.")
    names = _names(text)
    # an adjective of a people after a name and before the people it describes
    assert names["Nepal"] == "place" and "Nepal Indigenous" not in names
    assert "Dayak Simpan" in names and "Dayak Simpan Indigenous" not in names
    # ... or before them: "Indigenous" is no word of the name
    assert "Limbu" in names and "Indigenous Limbu" not in names
    # a region's adjective stays whole ("Central Australian", not "Central")
    assert "Central" not in names
    # a topic label's adjective and a word the story writes in lower case: no name
    assert "Rights" not in names and "Indigenous Rights" not in names
    # a body's head in the plural; a country after "… program,"; a creek
    assert names["Forest Clearing Authorities"] == "organisation"
    assert names["Indonesia"] == "place" and names["Blue Creek"] == "place"


def test_the_knowledge_comes_from_the_packages() -> None:
    know = knowledge()
    assert know.places["France"] == "country" and know.places["Texas"] == "region"
    assert "Afghan" in know.demonyms and "English" in know.languages
    assert "Hillary" in know.given_names and "minister" in know.titles


def test_the_knowledge_cache_keeps_other_installs_tables(tmp_path: Path) -> None:
    # two virtualenvs sharing a home must not delete each other's cache on every run
    from annotate.suggest.knowledge import _KEEP_OTHERS, _store

    others = [tmp_path / f"knowledge-other{i}.marshal" for i in range(_KEEP_OTHERS + 2)]
    for age, other in enumerate(others):
        other.write_bytes(b"x")
        os.utime(other, (1_000_000 - age, 1_000_000 - age))  # others[0] is the newest
    mine = tmp_path / "knowledge-mine.marshal"
    _store(mine, knowledge())
    assert Knowledge(**marshal.loads(mine.read_bytes())).places["France"] == "country"
    kept = {p.name for p in tmp_path.glob("knowledge-*")}
    assert kept == {mine.name, *(o.name for o in others[:_KEEP_OTHERS])}


def test_the_knowledge_cache_is_rebuilt_when_the_code_that_builds_it_changes() -> None:
    # an upgrade of annotate that only changes how the tables are built (a country's short
    # name added) must not keep reading the tables an older annotate cached
    import annotate.suggest.knowledge as module

    source = Path(module.__file__)
    before = module.fingerprint()
    stat = source.stat()
    try:
        os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        module.fingerprint.cache_clear()
        assert module.fingerprint() != before
    finally:
        os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        module.fingerprint.cache_clear()
    assert module.fingerprint() == before


# -- quotes -------------------------------------------------------------------------------

def test_passages_in_every_kind_of_mark() -> None:
    text = ('He said “one” and "two", ‘three’ and «four».\n“Open quote runs on\n'
            '“and continues.”\n“Outer ‘inner’ end.”')
    found = passages(text)
    assert [text[p.start:p.end] for p in found] == [
        "one", "two", "three", "four", "Open quote runs on", "and continues.",
        "Outer ‘inner’ end."]
    assert found[5].continued and not found[4].closed
    assert [text[p.start:p.end] for p in found[6].inner] == ["inner"]
    assert [text[p.start:p.end] for p in passages("Don’t say it’s Echols’ turn.")] == []


@pytest.mark.parametrize(("sentence", "speaker", "cue"), [
    ("“We will win,” said Jane Roe.", "Jane Roe", "said Jane Roe"),
    ("“We will win,” Jane Roe said.", "Jane Roe", "Jane Roe said"),
    ("Jane Roe told reporters: “We will win.”", "Jane Roe", "told"),
    ("“We will win,” according to Jane Roe.", "Jane Roe", "according to Jane Roe"),
    ("Jane Roe wrote on Facebook that “we will win,” after the vote.", "Jane Roe", "wrote"),
    ("Jane Roe, the mayor of Springfield since 2019, said the result was “a win.”",
     "Jane Roe", "said"),
    ("A campaign volunteer, Jane Roe, said: “We will win.”", "Jane Roe", "said"),
    ("“We will win,” said Tom Lee’s deputy Jane Roe.", "Jane Roe", "deputy Jane Roe"),
    ("Jane Roe spoke to the Springfield Herald, saying “we will win.”", "Jane Roe", "saying"),
    ("Jane Roe was quoted by the Springfield Herald as saying: “We will win.”", "Jane Roe",
     "quoted by the Springfield Herald as saying"),
    # a title or role between the verb and the name
    ("“We will win,” said Acting Springfield Parks Director Jane Roe.", "Jane Roe",
     "said Acting Springfield Parks Director Jane Roe"),
    ("“We will win,” said city council spokesperson Jane Roe.", "Jane Roe",
     "said city council spokesperson Jane Roe"),
])
def test_speakers_from_the_attribution(sentence: str, speaker: str, cue: str) -> None:
    text = f"Jane Roe and Tom Lee ran for mayor in Springfield.\n{sentence}"
    quotes = suggest(text).quotes
    assert len(quotes) == 1
    assert quotes[0].speaker_name == speaker and quotes[0].speaker == "jane-roe"
    assert quotes[0].cue is not None and cue in quotes[0].cue


def test_pronouns_continued_quotes_and_standing_sentences() -> None:
    text = ("Jane Roe spoke first. “We will fix the roads,” she said. “And the schools.\n"
            "“And the parks,” she went on.\n"
            "Tom Lee was not convinced. “This is not a plan. It is a wish list for voters.”\n")
    quotes = suggest(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will fix the roads,", "jane-roe"), ("And the schools.", "jane-roe"),
        ("And the parks,", "jane-roe"),
        ("This is not a plan. It is a wish list for voters.", "tom-lee")]


def test_a_description_after_the_verb_and_another_speaker() -> None:
    text = ("Jane Roe ran for mayor.\n"
            "“She will win,” said one voter, while another commented, “She will not.”")
    assert [(q.text, q.speaker, q.speaker_name) for q in suggest(text).quotes] == [
        ("She will win,", None, "one voter"), ("She will not.", None, "another")]


def test_he_opening_a_sentence_is_the_last_sentences_subject() -> None:
    # the last person named is Tom Lee; the one the pronoun continues is Jane Roe
    text = ("Jane Roe entered the race to beat the mayor, Tom Lee. She argues she will do "
            "better than Lee, and calls him “a joke.”\n"
            "Jane Roe spoke after the mayor, Tom Lee. “We will win,” she said.")
    assert [q.speaker for q in suggest(text).quotes] == ["jane-roe", "jane-roe"]


def test_a_title_in_quotation_marks_is_not_a_quote() -> None:
    text = ("Jane Roe won a prize. “I am proud,” said Jane Roe. The station won for a "
            "series named, “Roads Home: Life and Work in Springfield.”")
    assert [q.text for q in suggest(text).quotes] == ["I am proud,"]


def test_curly_quotation_marks_nest() -> None:
    text = ("Jane Roe ran for mayor.\n"
            "“Tom Lee even went so far as to say my voters “hate” the city,” said Jane Roe.")
    quotes = [(q.text, q.speaker_name) for q in suggest(text).quotes]
    assert quotes[0] == ("Tom Lee even went so far as to say my voters “hate” the city,",
                         "Jane Roe")
    assert quotes[1] == ("hate", "Tom Lee")


def test_kinds_direct_partial_and_written() -> None:
    text = ("Mayor Jane Roe said the plan was “a good start.” “We will fix it all,” she said. "
            "Tom Lee tweeted that the plan was “a disaster for Springfield.”")
    kinds = {q.text: (q.kind, q.medium) for q in suggest(text).quotes}
    assert kinds == {"a good start.": ("partial", None),
                     "We will fix it all,": ("direct", None),
                     "a disaster for Springfield.": ("written", "tweet")}


def test_scare_quotes_titles_and_nicknames_are_not_suggested() -> None:
    text = ("The so-called “Golden Mile” was full. Critics called the “Enhanced Interrogation "
            "Techniques” torture. Fans of ‘The Boss’ waited for the .asia “landrush” to end.")
    assert suggest(text).quotes == []


def test_words_a_noun_reports_go_to_who_made_them() -> None:
    text = ("Jane Roe leads the city.\n"
            "The letter was sent to reporters by Roe’s campaign team, with an appeal to "
            "“vote early” and “bring a friend.” Tom Lee’s call for “calm streets” came later. "
            "Critics made a plea for “common sense” on the radio.")
    quotes = [(q.text, q.speaker_name) for q in suggest(text).quotes]
    assert quotes == [("vote early", "Roe’s campaign team"),
                      ("bring a friend.", "Roe’s campaign team"),
                      ("calm streets", "Tom Lee"), ("common sense", "Critics")]
    text = ("Pro-government media publish texts about the outlet with allegations that it "
            "was receiving 'Judas money' and being a 'criminal association'.")
    assert [(q.text, q.speaker_name) for q in suggest(text).quotes] == [
        ("Judas money", "Pro-government media"), ("criminal association", "Pro-government media")]


def test_according_to_a_document_is_its_issuer() -> None:
    text = ("Tom Lee lost his licence.\n"
            "According to a note by the Springfield Licensing Bureau, he was “unable to "
            "provide documents” in time.")
    quote = suggest(text).quotes[0]
    assert (quote.speaker_name, quote.kind, quote.medium) == (
        "Springfield Licensing Bureau", "written", "document")


def test_a_rank_abbreviation_does_not_end_the_sentence() -> None:
    text = ('"This rotation was a good one," said Maj. Sam Redding, chief of operations. '
            '"We learned a lot," Lt. Col. Ann Kim said.')
    assert [(q.speaker_name, q.cue) for q in suggest(text).quotes] == [
        ("Sam Redding", "said Maj. Sam Redding"), ("Ann Kim", "Lt. Col. Ann Kim said")]


def test_another_name_in_parentheses_is_no_quote_and_a_force_keeps_speaking() -> None:
    text = ("Police found MDMA (“ecstasy”) in boxes. “When officers opened the boxes they "
            "found drugs”, the force said. “All the drugs were wrapped in plastic.”")
    quotes = [(q.text, q.speaker_name) for q in suggest(text).quotes]
    assert quotes == [("When officers opened the boxes they found drugs", "the force"),
                      ("All the drugs were wrapped in plastic.", "the force")]


def test_a_quote_with_no_one_to_give_it_to_and_subjects_that_aim_or_list_roles() -> None:
    text = ('"A language is simply a world that you choose to live in."\n\n'
            'The new bill aims to "tackle the erosion of social cohesion." Critics disagree.\n\n'
            '"We hear little of those who resist," says activist, journalist, and Global '
            'Voices author Leila Rego about her novel.\n\n'
            'A statement from MSF was issued, stating "Under the presumption of a crime, we '
            'demand an inquiry."')
    quotes = [(q.text[:20], q.speaker_name, q.cue) for q in suggest(text).quotes]
    assert quotes == [("A language is simply", None, None),
                      ("tackle the erosion o", "The new bill", "aims to"),
                      ("We hear little of th", "Leila Rego",
                       "says activist, journalist, and Global Voices author Leila Rego"),
                      ("Under the presumptio", "A statement from MSF", "stating")]


def test_imagined_words_inside_a_quote_are_not_a_quote() -> None:
    text = ("Jane Roe shops there. “You can’t come and say ‘I’m buying the new book today.’ "
            "That is not what this place is about.”")
    assert [q.text[:10] for q in suggest(text).quotes] == ["You can’t "]


def test_a_nested_quote_has_its_own_speaker() -> None:
    text = ("Jane Roe laughed.\n"
            "“A little girl said to me, ‘Jane, when will you retire?’ I said never.”")
    quotes = suggest(text).quotes
    assert [(q.text[:12], q.speaker_name) for q in quotes] == [
        ("A little gir", "Jane Roe"), ("Jane, when w", "A little girl")]


def test_a_name_holding_a_speech_verb_an_elision_and_a_described_speaker() -> None:
    text = ('Mayor Ann Kim says the United States "will now cut the funds" this year. '
            '"They did nothing. We got to stop \'em at the border," Kim said. Asked again, '
            'Kim told reporters, "You are going to find more. We want safety."\n'
            '“We will not allow it,” Lena Berg, a member of the city council, told the radio.')
    quotes = suggest(text).quotes
    assert [(q.text[:12], q.speaker_name) for q in quotes] == [
        ("will now cut", "Ann Kim"), ("They did not", "Ann Kim"), ("You are goin", "Ann Kim"),
        ("We will not ", "Lena Berg")]


ANNOTATED = """\
quotes:
  - id: good-start
    kind: partial
    speaker: jane-doe
    text: a good start for everyone.
"""


def test_what_the_annotation_covers_or_dismisses_is_left_out(write_story: WriteStory) -> None:
    plain = check_file(write_story(""))
    assert plain.story is not None
    found = suggest(plain.story.text, plain.story.annotation)
    assert [e.name for e in found.entities] == ["Springfield", "Ann Lee"]  # not Jane Doe
    assert [(q.text, q.speaker) for q in found.quotes] == [
        ("a good start for everyone.", "jane-doe"), ("We will not stop,", "ann-lee")]
    result = check_file(write_story(ANNOTATED + "not_entities: [Springfield]\n"
                                    "not_quotes: [We will not stop,]\n"))
    assert result.story is not None and result.errors == []
    found = suggest(result.story.text, result.story.annotation)
    assert [e.name for e in found.entities] == ["Ann Lee"]
    assert found.quotes == []


def test_people_described_in_the_plural_a_relative_clause_and_a_long_unattributed_passage(
        ) -> None:
    text = ("“We are ready for the next one,” officials said. The plan would “ruin the "
            "town,” critics say.\n\n"
            "MT: Montana bill would ‘decimate’ supply, opponents say\n\n"
            "The push was joined by the AARP and the Citizens Utility Board, a state "
            "watchdog group, which said the bill would “stop utilities from charging us.”\n\n"
            "The state will look at trade association dues, “activities meant to influence "
            "the outcome of any local, state, or federal legislation,” and other costs.")
    quotes = [(q.text, q.speaker, q.speaker_name) for q in suggest(text).quotes]
    assert quotes == [
        ("We are ready for the next one,", None, "officials"),
        ("ruin the town,", None, "critics"),
        ("decimate", None, "opponents"),
        ("stop utilities from charging us.", "citizens-utility-board", "Citizens Utility Board"),
        ("activities meant to influence the outcome of any local, state, or federal "
         "legislation,", None, None)]
    # a short passage with no one to give it to stays a scare quote
    assert suggest("The so-called “forever chemicals” were found.").quotes == []


def test_a_headline_opening_with_someones_words_before_a_colon() -> None:
    text = ("‘It’s our garden’: PNG villages fight to prevent mine waste dumping in the sea\n"
            "‘We will not move’: Ann Lee vows to stay\n"
            "‘The Crown’: A Series Returns\n"
            "- Communities in Papua New Guinea filed a lawsuit.")
    quotes = [(q.text, q.speaker_name) for q in suggest(text).quotes]
    # the words are a quote of whoever the headline names after the colon: people of a
    # place, or a person; a title in title case before a colon is no quote
    assert quotes == [("It’s our garden", "PNG villages"), ("We will not move", "Ann Lee")]


def test_a_headline_wholly_in_single_marks_is_the_decks_persons_words() -> None:
    text = ("NIH Record\n\n‘Best Job in Biomedical Research’\n\n"
            "Collins Reflects on 12+ Years as NIH Director\n\n"
            "Dr. Francis Collins steps down as NIH director. Collins said he would miss it.\n")
    quotes = [(q.text, q.kind, q.speaker_name) for q in suggest(text).quotes]
    # headline style marks someone's words with single marks, even in Title Case
    # (the deck's "Collins Reflects" is his surname and a verb: the person named in full)
    assert quotes == [("Best Job in Biomedical Research", "partial", "Francis Collins")]
    # and the words, being someone's, name no work
    assert not any("Best Job" in e.name for e in suggest(text).entities)
    # a deck that opens with no one: still a quote, its speaker left blank
    text = ("‘We Will Rebuild’\n\nTown Vows to Recover After Flood\n\n"
            "Mayor Ann Lee spoke on Monday.\n")
    assert [(q.text, q.speaker_name) for q in suggest(text).quotes] == \
        [("We Will Rebuild", None)]
    # a title in marks alone on its line with no deck under it, or inside a longer
    # headline, is no quote
    assert suggest("Books\n\n‘The Grapes of Wrath’\n\nA novel by John Steinbeck, "
                   "published in 1939, is reviewed here.\n").quotes == []
    assert suggest("‘Hamilton’ Returns to Broadway\n\nThe show reopened.\n").quotes == []
    assert suggest("‘The Grapes of Wrath’\n\nBy John Steinbeck\n\nA novel of the Dust "
                   "Bowl.\n").quotes == []



def test_police_news_charges_short_forms_in_brackets_and_bracketed_sentences() -> None:
    text = ("Brandon, VT – Deputies and the Brandon Police Department arrested a man wanted "
            "for 1st Degree Aggravated Domestic Assault with a Weapon. A second man is wanted "
            "for First-Degree Murder and Armed Robbery.\n"
            "- Violent Gang Prevention Task Forces (VGPTF) Program arrests – 512 (VGPTF cases "
            "join the work of many agencies.)\n"
            "- Sex offenders – 2,010 (Sex offenses include assault and failing to join a "
            "sex offender registry.)\n"
            "The Child Abuse Prevention Council met.")
    names = [(e.name, e.type, sorted(e.aliases)) for e in suggest(text).entities]
    # a crime as charged is no name, "with a Weapon" and all; a short form in brackets
    # that spells the words before it ends their name (its head after the brackets, and
    # the sentence's first word, stay with it); a sentence in brackets opens with an
    # ordinary word ("Drug offenses include …" is no species' Latin name)
    assert names == [
        ("Brandon", "place", []),
        ("VT", "place", []),
        ("Brandon Police Department", "organisation", []),
        ("Violent Gang Prevention Task Forces", "organisation", ["VGPTF"]),
        ("Child Abuse Prevention Council", "organisation", [])]



def test_an_outlet_named_with_today_keeps_it() -> None:
    text = ("Floods closed the port of Chittagong on Monday.\n    (Dhaka Today)\n"
            "Readers of the paper saw it in USA Today. Today the port reopened.")
    names = [e.name for e in suggest(text).entities]
    # "Today" after a name ends an outlet's title; a sentence's "Today" is no name
    assert names == ["Chittagong", "Dhaka Today", "USA Today"]



def test_a_show_named_for_its_host_is_a_work() -> None:
    text = ("The senator appeared on The Phil Donahue Show in 1985, and later on the "
            "Judy Garland Podcast.")
    names = [(e.name, e.type) for e in suggest(text).entities]
    # a given name and a surname before "Show" or "Podcast" name the host, not a person
    assert names == [("Phil Donahue Show", "work"), ("Judy Garland Podcast", "work")]



def test_an_agency_release_with_its_list_a_finding_and_short_forms() -> None:
    text = ("(Washington D.C.) -- Renewing a call for safer buses, the Federal Highway "
            "Safety Board (FHSB) said that its \u201cMost Wanted\u201d list will grow. "
            "At a meeting in Washington, the Safety Board heard from the Federal Railroad "
            "Administration.\n\n"
            "Railroad tank car rules were dropped. The Board also studied the crash of a "
            "Boeing 747 near Tulsa, and the B-747 fleet. On May 1, the FHSB determined that "
            "the cause was \u201cthe driver\u2019s poor planning and judgment.\u201d")
    result = suggest(text)
    names = {e.name: sorted(e.aliases) for e in result.entities}
    # "Renewing" opens a sentence after a dateline in brackets; "Railroad" alone is no
    # short form of the administration it sits inside; "Board" is short for the "Safety
    # Board" short for the whole name; "Washington" is the dateline's "Washington D.C.";
    # "B-747" is the Boeing 747; the list keeps its "Most"
    assert "Renewing" not in names and "Railroad" not in names and "Board" not in names
    assert "Wanted" not in names and "Most Wanted" in names
    assert names["Federal Highway Safety Board"] == ["Board", "FHSB", "Safety Board"]
    assert names["Boeing 747"] == ["B-747"]
    assert names["Washington D.C."] == ["Washington"]
    # a list's name in marks before its kind is no quote; a body's finding is its words
    quotes = [(q.text, q.speaker_name) for q in result.quotes]
    assert quotes == [("the driver\u2019s poor planning and judgment.",
                       "Federal Highway Safety Board")]



def test_an_analysis_piece_with_its_byline_credit_and_parties() -> None:
    text = ("New QLD premier faces an early test\n\n\n"
            "Ariadne Vromen, Griffith University\n\n"
            "File 20190130 108355 19oqcyh.png\n"
            "The premier at a rally.\n"
            "Tess Lawley/The Conversation, CC BY-ND\n\n"
            "Clive Palmer’s party has made its presence felt in Queensland. Poll analyst Kevin "
            "Bonham estimates that “a swing of 5% would cost the government its majority”. "
            "As the newly-elected Speaker of the US House of Representatives, she met the "
            "premier. A former minister resigned after failing to declare a bottle of Penfolds "
            "Grange as a gift.")
    result = suggest(text)
    kinds = {e.name: e.type for e in result.entities}
    # a byline's author before the institution; a credit's author and outlet (no licence);
    # "New" before a place's short name is an adjective; the body a role names keeps its
    # country; whose party it is stays a person; a product counted by its bottle
    assert kinds == {"QLD": "place", "Ariadne Vromen": "person",
                     "Griffith University": "organisation", "Tess Lawley": "person",
                     "The Conversation": "organisation", "Clive Palmer": "person",
                     "Queensland": "place", "Kevin Bonham": "person",
                     "US House of Representatives": "organisation",
                     "Penfolds Grange": "other"}
    # "estimates that “…”" reports the analyst's words
    assert [(q.text, q.speaker_name) for q in result.quotes] == [
        ("a swing of 5% would cost the government its majority", "Kevin Bonham")]



def test_a_wildlife_notice_with_its_register_address_and_laws() -> None:
    notice = ("AGENCY GROUPS REACH DEAL \nTO LIST NEW BIRDS UNDER THE MIGRATORY BIRD ACT\n\n"
              "Federal RegisterMay 2, 2019\n"
              "We announce findings under the Migratory Bird Treaty Act of 1918, as amended "
              "(Act). The Act protects the Last Chance sparrow, and the birds join the List of "
              "Protected Migratory Birds. P. Contact Ann Lee, Bird Program, USFWS, 5275 Leesburg "
              "Pike, Falls Church, VA 22041. (Federal Register 26 March 2024 [Proposed Rule] "
              "Pages 20928-20939)")
    kinds = {e.name: (e.type, sorted(e.aliases)) for e in suggest(notice).entities}
    # a capitals headline about a law is no law's name; a date run into a publication's
    # name or after it is no part of it; "(Act)" is the law's short form; "Last" stays
    # in a name mid-sentence; a lone initial, a page range and a cue word ending a name
    # ("… Program, USFWS") say nothing; a town before its state and ZIP code is a place
    assert "LIST NEW BIRDS UNDER THE MIGRATORY BIRD ACT" not in kinds
    assert kinds["Federal Register"] == ("work", [])
    assert kinds["Migratory Bird Treaty Act of 1918"] == ("work", ["Act"])
    assert kinds["List of Protected Migratory Birds"][0] == "work"
    assert kinds["USFWS"][0] == "organisation"
    assert kinds["Falls Church"][0] == "place"
    assert "Last Chance" in kinds and "Chance" not in kinds
    assert not {"P.", "Pages", "Federal Register 26"} & set(kinds)
    # and "the Act" where no law is named is no name either
    assert [e.name for e in suggest("The Act protects birds. Ann Lee said so.").entities] \
        == ["Ann Lee"]



def test_crossings_named_for_where_they_lead_and_ports_turned_round() -> None:
    text = ("Officers at the Nogales Port of Entry stopped a truck at the Gateway to the "
            "Pacific Bridge. A second truck crossed the Rio-Bravo Bridge, then the Rio Bravo "
            "Bridge again. “The Port of Nogales is busy,” said Port Director Ann Lee. The "
            "president nominated Kavanaugh to the Supreme Court.")
    names = {e.name: sorted(e.aliases) for e in suggest(text).entities}
    # "to the … Bridge" goes on in a crossing's name (not "Kavanaugh to the Supreme
    # Court"); "Port of X" turns round to "X Port of Entry"; a hyphen or a space, one name
    assert names["Gateway to the Pacific Bridge"] == []
    assert names["Nogales Port of Entry"] == ["Port of Nogales"]
    assert names["Rio Bravo Bridge"] == ["Rio-Bravo Bridge"]
    assert "Kavanaugh" in names and "Supreme Court" in names



def test_a_museum_advisory_with_its_list_of_experts_and_shows() -> None:
    text = ("Press Release\n\n"
            "\u201cOpen Stacks\u201d Gives Visitors the Feeling of Going Behind the Walls\n\n"
            "WHAT: Reporters may view the Treaties of Peace-the Treaty of Ghent, in the "
            "Rotunda for the Treaties of Peace.\n\n"
            "WHO: Archivist of the United States Ann Lee and President of the Foundation for "
            "the City Archives Tom Ray will speak.\n"
            "The following City Archives experts will be available for interviews:\n"
            "Treaty Conservators: Mary Jo Kern & Paula Witt\n"
            "Director of the City Archives Experience Marvin Hale\n\n"
            "The City Archives will open the exhibition entitled the \u201cOpen Stacks\u201d "
            "in the City Archives Building on Elm Avenue at 7th Street, NW. Its \u201cNew "
            "Finds\u201d exhibit, made possible by Dana Lopez International, honors President "
            "Woodrow Wilson 100 years after his death.")
    kinds = {e.name: e.type for e in suggest(text).entities}
    # a headline's verb keeps its words out; "-the" is a dash; a list a colon opens names
    # its people; "for the" goes on in a body's name before the person it titles; the
    # body is no short form of its building, nor of the foundation for it; shows in marks
    # are works; a street's quarter, and a number of years, are no names
    assert kinds["Treaty of Ghent"] == "work"
    assert kinds["Rotunda for the Treaties of Peace"] == "place"
    assert kinds["Ann Lee"] == "person" and kinds["Tom Ray"] == "person"
    assert kinds["Foundation for the City Archives"] == "organisation"
    assert kinds["Mary Jo Kern"] == "person" and kinds["Paula Witt"] == "person"
    assert kinds["Marvin Hale"] == "person"
    assert "City Archives" in kinds and kinds["City Archives Building"] == "place"
    assert kinds["Open Stacks"] == "work" and kinds["New Finds"] == "work"
    assert kinds["Dana Lopez International"] == "organisation"
    assert kinds["Woodrow Wilson"] == "person"
    assert not {"NW", "Gives Visitors", "Feeling of Going Behind"} & set(kinds)



def test_a_timeline_entry_reporting_outlets_and_a_page_menu() -> None:
    timeline = ("January 2, 2015\n\n"
                "Slate contributor Ann Lee writes about a survey by Yale History Professor "
                "Tom Ray, who said that “voters will pay more for clean power.” The "
                "Department's Inspector General agreed.\n\n"
                "January 3, 2015\n\n"
                "Axios reports on a “threat to our privacy” from smart meters, noting that "
                "the “rules are weak.” In a ceremony at Oak Ridge, the U.S. Department of "
                "Energy recalled the World War II Manhattan Project, and the Acme Institute "
                "announced a “Vote4Clean” campaign.")
    result = suggest(timeline)
    kinds = {e.name: (e.type, sorted(e.aliases)) for e in result.entities}
    # an outlet before its writer, or before "reports", is a body; a professor's field is
    # no part of the institution; "the Department" joins the "U.S. Department of …"; a war
    # and what it holds are two names; a name in marks before "campaign" is other
    assert kinds["Slate"][0] == "organisation" and kinds["Axios"][0] == "organisation"
    assert kinds["Yale"][0] == "organisation" and "Yale History" not in kinds
    assert kinds["U.S. Department of Energy"] == ("organisation", ["Department"])
    assert "World War II" in kinds and "Manhattan Project" in kinds
    assert kinds["Vote4Clean"][0] == "other"
    quotes = [(q.text, q.speaker_name) for q in result.quotes]
    assert ("threat to our privacy", "Axios") in quotes
    assert ("rules are weak.", "Axios") in quotes
    # a menu's lines are no authors, a section heading in capitals no name, and an
    # office's whole name on a menu line stays whole
    menu = ("CURRENT SOLICITATIONS\nOpen Solicitations\nUnsolicited Proposals\n"
            "Office of Acquisition and Assistance\nPROGRAMS\nFrequently Asked Questions\n\n"
            "The office posts its solicitations here.")
    assert [e.name for e in suggest(menu).entities] == ["Office of Acquisition and Assistance"]



def test_a_blog_listing_a_feed_date_and_an_executive_order() -> None:
    text = ("  \u2022 Continue reading Statement on the passing of former Senator Ann Lee\n\n"
            "    June 17, 2021\n\n"
            "    On Juneteenth, we remember. Today is the anniversary of President Truman "
            "signing Executive Order 9981 in 1948.\n\n"
            "News from the U.S. Department of Labor Fri, 23 May 2025 21:38:21 +0000\n")
    kinds = {e.name: e.type for e in suggest(text).entities}
    # a listing's "Continue reading" opens a title; a holiday; an executive order is a
    # work; a feed's short weekday is no part of the name before it
    assert "Statement" not in kinds
    assert kinds["Juneteenth"] == "event"
    assert kinds["Executive Order 9981"] == "work"
    assert "U.S. Department of Labor" in kinds and "U.S. Department of Labor Fri" not in kinds


def test_a_live_blog_with_emoji_bullets_label_lines_and_an_editors_brackets() -> None:
    text = ("The day in brief\n\n"
            "  \u2022 \U0001f4b0 Take a bow, guys: Ruritania\u2019s central bank has urged lenders "
            "to hold back bonuses during the economy\u2019s \u201cdeep restructuring.\u201d\n"
            "  \u2022 \U0001f396\ufe0f Gunning for Borduria\u2019s ports: General Ivan Petrenko "
            "says the bridge is a priority. The bridge will be \u201cTarget Number One\u201d "
            "once the weapons arrive, he told reporters.\n"
            "  \u2022 Outlets like Sputnik, RT, and RIA Novosti were labelled. All of the "
            "Telegram and TV channels carried the news.\n\n"
            "Kirill, contract soldier\n\n"
            "I believed there were units there, like the Falcon Legion, the Aidar [Battalion], "
            "the Azov [Battalion]. I had watched films like Soltsepyok and Opolchenochka. "
            "We crossed the border in the Ural [truck].\n\n"
            "The network stopped airing the travel program \u201cOryol i Reshka.\u201d\n\n"
            "President Ivan Sokol addressed the nation to announce the start of a "
            "\u201cspecial operation\u201d in the east.")
    found = suggest(text)
    kinds = _types(found)
    # an emoji opens an item as a bullet does: its first word is no name
    assert "Take" not in kinds and "Gunning for Borduria" not in kinds
    # a broadcaster's initials that also spell a title's abbreviation ("Rt Hon"); two
    # names joined by "and", the second a single acronym
    assert kinds["RT"] == "organisation" and "Telegram" in kinds
    assert "Telegram and TV" not in kinds
    # a given name labelling a testimony on a line of its own (a Russian name, from Faker's
    # Cyrillic lists romanised)
    assert kinds["Kirill"] == "person" and "Kirill" in knowledge().given_names
    # an editor's bracketed word says what the name is, and is no name of its own
    assert kinds["Aidar"] == kinds["Azov"] == "organisation" and "Battalion" not in kinds
    assert kinds["Ural"] == "other"
    # works a list names; "the" before a name no person's has; a title with a particle
    assert kinds["Soltsepyok"] == kinds["Opolchenochka"] == "work"
    assert kinds["Falcon Legion"] == "organisation"
    assert kinds["Oryol i Reshka"] == "work"
    quotes = {q.text: q.speaker_name for q in found.quotes}
    # Title Case words a speaker is given after them are a quote, not a title
    assert quotes["Target Number One"] == "Ivan Petrenko" and "Target Number" not in kinds
    assert "Target Number One" not in kinds
    # the speaker described by a possessive; a speech verb in the infinitive
    assert quotes["deep restructuring."] == "Ruritania\u2019s central bank"
    assert quotes["special operation"] == "Ivan Sokol"


def test_a_record_of_debates_with_members_seats_parties_and_glued_alt_text() -> None:
    text = ("Dáil debates\n\nWednesday, 17 September 2025\n\n"
            "Photo of Nora KeaneNora Keane (Dublin Bay West, Fianna Fail)\n"
            "Link to this: Individually | In context\n\n"
            "10. To ask the Taoiseach the Cabinet committee on housing will next meet.\n\n"
            "Photo of Seán MartinSeán Martin (Cork North-East, Labour Left)\n"
            "Link to this: Individually | In context\n\n"
            "I propose to take Questions Nos. 10 and 11 together.\n\n"
            "Прямой эфир\n\nLater this evening, the committee will meet.")
    found = suggest(text)
    kinds = _types(found)
    # a photo's alt text glued to the name it labels is one person, without "Photo of"
    # (and a surname that is also a town's name stays: the cut is the glue's, no hyphen's)
    assert kinds["Nora Keane"] == kinds["Seán Martin"] == "person"
    assert not [n for n in kinds if "Photo" in n or n in ("Seán", "Nora")]
    # a member's line is no headline: the seat is a place, the party a body
    assert kinds["Dublin Bay West"] == kinds["Cork North-East"] == "place"
    assert kinds["Fianna Fail"] == kinds["Labour Left"] == "organisation"
    # "the Taoiseach the Cabinet committee": two phrases; a heading's accented first word
    # is a name, a line in another script no English name
    assert "Taoiseach the Cabinet" not in kinds
    assert "Dáil" in kinds and "Прямой" not in kinds


def test_a_departments_listing_reposted_with_a_statement_under_its_title() -> None:
    text = ("Statement from Fisheries Secretary Harlow on Rising Floods in Ohio | site |\n"
            "Information contained in Fisheries Department press release dated: May 25, 2022\n"
            "Columbus, May 25, 2022 - - \u201cAnother flood in Ohio. It is a tragedy that we "
            "all wish never to see again. We cannot live with this.\n"
            "Statement from Fisheries Secretary Harlow on President Quint's Actions | site |\n"
            "in FisheriesStatement from Fisheries Secretary Harlow on the floods\n\n"
            "Harlow backed the Coalition on Clean Rivers and Safe Harbors (CRSH) Coalition... "
            "and the Fisheries Reform, Ports and Jobs Act. Projects in several Ohio River Basin "
            "states will clean up the Ohio River, and the Owl Creek Canoe Area Wilderness will "
            "grow under the Department's program.")
    found = suggest(text)
    kinds = _types(found)
    # a page's title before "| site |" is a headline: its capitalised common words name
    # nothing, and a surname after a title there is a person with that role
    assert "Rising Floods" not in kinds and "Quint" in kinds and "Harlow" in kinds
    harlow = _entity(found, "Harlow")
    assert harlow.type == "person" and harlow.role == "Fisheries Secretary"
    # the unattributed words under a statement's title are its author's
    quotes = {q.text[:13]: q.speaker_name for q in found.quotes}
    assert quotes["Another flood"] == "Harlow"
    # a category glued to a title ("FisheriesStatement"), split: both words stand apart too
    assert not [n for n in kinds if "FisheriesStatement" in n]
    # the short form between the name and its head again; a law's name with a comma; a
    # basin is no short form of its river, and "River" (a given name too) stays in it
    coalition = _entity(found, "Coalition on Clean Rivers and Safe Harbors")
    assert coalition.aliases == ["CRSH"] and "Coalition" not in kinds
    assert kinds["Fisheries Reform, Ports and Jobs Act"] == "work"
    assert kinds["Ohio River Basin"] == kinds["Ohio River"] == "place"
    assert kinds["Owl Creek Canoe Area Wilderness"] == "place"
    # a body's program is the body's: the possessive owns it
    assert _names("Funds went to projects under USDA\u2019s program.")["USDA"] == "organisation"


def test_sport_match_reports_and_an_interview_in_questions_and_answers() -> None:
    text = ("Latest Headlines\n\nNewest 2021 Paralympic stories\n\n"
            "Tarwin enter the arena to play Kelso Image: Jane Doyle.\n"
            "Kelso won the first line out at Harbour Park Lindale, Victoria. Image: Jane Doyle.\n"
            "He coached the Under 23 Men\u2019s team and the Under 25 Women\u2019s teams.\n"
            "The Paralympic team went to the Paralympics in Rio and met at a Rio de Janeiro "
            "hotel. The Asia Oceania Zone championships were held at the Estadio Nacional "
            "Julio Martinez.\n\n"
            "Wikinews waves Left.pngMara QuillWikinews waves Right.png You won. Why?\n\n"
            "Wikinews waves Left.pngOwl42Wikinews waves Right.png And now?\n\n"
            "Tom Reyes: We trained hard.")
    found = suggest(text)
    kinds = _types(found)
    # a listing's labels, a caption's "Image:" label, an age group: no names
    assert not [n for n in kinds if n in ("Headlines", "Paralympic stories", "Men", "Women")
                or "Newest" in n or "Image" in n]
    # an image's file name glued to the asker's name (and a user name with digits)
    assert kinds["Mara Quill"] == "person" and "Left" not in kinds
    assert not [n for n in kinds if "Wikinews" in n and n != "Wikinews"]
    # a team "to play" is no theatre play; the singular and plural of an event's name; two
    # continents make no person's name; a stadium named in Spanish; a park with its town
    assert kinds["Kelso"] != "work" and kinds["Paralympics"] == "event"
    assert "Paralympic" in _entity(found, "Paralympics").aliases  # (its adjective)
    assert kinds["Asia Oceania Zone"] == "place"
    assert kinds["Estadio Nacional Julio Martinez"] == "place"
    assert kinds["Harbour Park Lindale"] != "person"
    # a city by its first word
    assert _entity(found, "Rio de Janeiro").aliases == ["Rio"]


def test_a_head_of_states_news_with_long_titles_before_names() -> None:
    text = ("Head of the President\u2019s Office Borys Tkach took part in the Conference of "
            "Presidents of Major Baltic Trade Organizations. Deputy Head of the Office of the "
            "President of Ukraine Ihor Lysenko had a call. President of Eurocities and Mayor "
            "of Florence Dario Nardella joined the launch in Strasbourg of the Eurocities "
            "project. Olena Kovalenko spoke at the Kyiv Summit of First Ladies and Gentlemen. "
            "The commander reported on the defense of Pidhirne Yar. The Council of Ministers "
            "met. Department of Veterans Affairs Secretary Doug Collins spoke.\n"
            "\u041f\u0440\u043e\u0432\u0456\u0432 \u0440\u043e\u0437\u043c\u043e\u0432\u0443 "
            "\u0437 \u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442\u043e\u043c "
            "\u0427\u0435\u0445\u0456\u0457.")
    found = suggest(text)
    kinds = _types(found)
    # a title owning a body ("the President's Office"), kept whole in the role
    assert _entity(found, "Borys Tkach").role == "Head of the President\u2019s Office"
    # a body or an event named for a title's holders is no title
    assert kinds["Conference of Presidents of Major Baltic Trade Organizations"] == \
        "organisation"
    assert kinds["Kyiv Summit of First Ladies and Gentlemen"] == "event"
    assert kinds["Council of Ministers"] == "organisation"
    # "of the President of Ukraine" belongs to the office; a city that is a given name too
    # ends the role before the person; a city, then what happens there
    assert kinds["Office of the President of Ukraine"] == "organisation"
    assert _entity(found, "Ihor Lysenko").type == "person"
    assert kinds["Dario Nardella"] == "person" and kinds["Florence"] == "place"
    assert kinds["Strasbourg"] == "place" and "Eurocities" in kinds
    assert kinds["Doug Collins"] == "person"
    # a place a war is fought over; words in another script name nothing here
    assert kinds["Pidhirne Yar"] == "place"
    assert all(n.isascii() or "\u2019" in n for n in kinds)


def test_a_services_leads_with_quotes_interrupted_and_speakers_in_apposition() -> None:
    text = ("In an interview with Voice of America Studio 9, she spoke. Rufaro Gumbo told "
            "VOA Studio 9 they have support. Tendai Orr told Studio 9 it is serious.\n"
            "\u201cThe party is going to meet,\u201d said Matemba, \u201cand maybe we will "
            "see sanity.\u201d\n"
            "Lawyer, Farai Chimuti of the Kariba Lawyers for Human Rights says his group is "
            "disturbed. Physicians for Human Rights agreed.\n"
            "KADCODD chairman, Joy Mabenge, said the country must pay only if \u201cit does "
            "not harm basic services.\"\n"
            "Tsvangura said that he had returned to the embassy in Harare.\n"
            "Today on LiveTalk our hosts Gibbs Dube and Blessing Zulu will talk. Host Shaka "
            "Ssali discusses politics.\n"
            "Commonwealth of Nations\u2019 chief wraps up tenure")
    found = suggest(text)
    kinds = _types(found)
    # a programme by its network's letters or alone: one entity
    assert sorted(_entity(found, "Voice of America Studio 9").aliases) == \
        ["Studio 9", "VOA Studio 9"]
    # a quote interrupted by its speaker; a single unknown name after "…,\u201d said" and
    # before "said that he" is a person
    quotes = {q.text[:12]: q.speaker_name for q in found.quotes}
    assert quotes["The party is"] == quotes["and maybe we"] == "Matemba"
    assert kinds["Matemba"] == kinds["Tsvangura"] == "person"
    # the person in apposition to the body's role speaks
    assert quotes["it does not "] == "Joy Mabenge"
    # a person of a body named for its members; such a body opening a sentence
    assert kinds["Farai Chimuti"] == "person"
    assert kinds["Kariba Lawyers for Human Rights"] == "organisation"
    assert kinds["Physicians for Human Rights"] == "organisation" and "Human Rights" not in kinds
    # two people joined by "and"; a host's title; a body before its possessive
    assert kinds["Gibbs Dube"] == kinds["Blessing Zulu"] == "person"
    assert _entity(found, "Shaka Ssali").role == "Host"
    assert kinds["Commonwealth of Nations"] == "organisation"


def test_towns_by_their_status_a_countrys_code_and_a_speaker_going_on() -> None:
    text = ("Families live at the shelter in Lipa City. Lipa is hot. The Palace declared a "
            "holiday in the City of Mandaue, Province of Cebu, for its 56th Charter Anniversary. "
            "The Municipality of Dangcagan, Bukidnon, celebrates too. Iriga City and the City "
            "of Iriga are one. An earthquake struck Mexico; Mexico City shook.\n"
            "MANILA \u2013 The drop in fertility presents opportunities in PH, an official of "
            "the Commission on Population and Development said. The Population Commission "
            "agreed. The Philippines will act.\n"
            "The President was with DSWD Undersecretary for Innovations Edu Punay.\n"
            "President Ana Reyes on Wednesday said she was \u201chorrified\u201d about the deal "
            "between former President Rodrigo Duterte and China. \u201cKung ang sinasabi sa "
            "agreement na iyan ay mali, hindi tayo papayag.\u201d")
    found = suggest(text)
    kinds = _types(found)
    # a town with and without its status is one place; a country is no short form of the
    # city named after it
    assert _entity(found, "Lipa City").aliases == ["Lipa"] and kinds["Lipa City"] == "place"
    assert "Iriga City" in _entity(found, "City of Iriga").aliases
    assert "Mexico" in kinds and "Mexico City" in kinds
    # "in the City of …" is the place; the province after a town and a comma
    assert kinds["City of Mandaue"] == kinds["Bukidnon"] == "place"
    # which anniversary names nothing
    assert not [n for n in kinds if "Anniversary" in n]
    # a country's code joins its name; a body by its words turned round
    assert "PH" in _entity(found, "Philippines").aliases
    assert "Population Commission" in \
        _entity(found, "Commission on Population and Development").aliases
    # "Undersecretary" is a title
    assert kinds["Edu Punay"] == "person"
    # a quote standing alone after a quote of hers that names someone else is hers
    quotes = {q.text[:8]: q.speaker_name for q in found.quotes}
    assert quotes["Kung ang"] == "Ana Reyes"


def test_a_pdf_press_release_with_codes_contents_and_an_address() -> None:
    text = ("8816/05 (Presse 111)\n\nPRESSE 285 PR CO 28\n\nPRESS RELEASE\n\n"
            "2659th Council meeting\n\n"
            "Rue de la Loi 175 B \u2013 1048 BRUSSELS Tel.: +32 (0) 2 281 6083\n\n"
            "The Council referred the matter to the International Criminal Tribunal for the "
            "former Yugoslavia. As a follow-up to the June European Council the Council took "
            "stock. It approved rules for the European External Action Service , making the "
            "EEAS operational.\n\n"
            "CONTENTS1\n\nPARTICIPANTS 5\n\nEUROPEAN EXTERNAL ACTION SERVICE ...... 10\n\n"
            "Anti-dumping - Ukraine - Magnesium oxide 10\n")
    found = suggest(text)
    kinds = _types(found)
    # a document's reference and series, a contents line's heading and page number, a
    # heading's footnote mark, which meeting: no names
    assert not [n for n in kinds if any(ch.isdigit() for ch in n)]
    assert not [n for n in kinds if n in ("PARTICIPANTS", "CONTENTS", "Magnesium", "Presse")]
    # a street before its house number; a city before a telephone's label
    assert kinds["Rue de la Loi"] == "place" and kinds["BRUSSELS"] == "place"
    # "for the former …" inside a body's name; "the June … Council the Council": two
    assert kinds["International Criminal Tribunal for the former Yugoslavia"] == "organisation"
    assert "European Council" in kinds and "June European Council" not in kinds
    assert not [n for n in kinds if "Council the Council" in n]
    # a body's letters with its name written twice, once in the contents' capitals
    assert "EEAS" in _entity(found, "European External Action Service").aliases


def test_a_raw_feed_a_round_up_and_teasers_with_credits_and_licences() -> None:
    text = ("Ana Pires \u2013 Global Voices https://globalvoices.org Tue, 11 Nov 2025 en-US "
            "hourly 1 Creative Commons Attribution, see our Attribution Policy.\n"
            "Last Build Date: Sun, 25 Feb 2018 17:57:53 +0000\n\n"
            "Senator Carl Moss speaking at CPAC 2011 in Washington, D.C. Photo by Gage "
            "Skidmore, CC BY-SA 2.0.\n\n"
            "\u201cWhy are we having all these people come here?\u201d Moss asked at the "
            "briefing, in response to a proposal to restore protections for immigrants in the "
            "United States.\n\n"
            "Trinidadian Patricia Worrell explained it.\n\n"
            "Trinidad and Tobago will vote. Caribbean netizens rail against the US "
            "president\u2019s \"awful\" comment. Protests in Trinidad & Tobago grew.")
    found = suggest(text)
    kinds = _types(found)
    # a feed's language and field labels, a licence, a credit's label: no names
    assert not [n for n in kinds if n in ("en-US", "Build Date", "Photo", "Commons Attribution")
                or n.startswith("CC")]
    # a city with its district after a comma, the credit after it cut off
    assert kinds["Washington, D.C."] == "place" and "Gage Skidmore" in kinds
    # a demonym made from one part of a country's name is no part of the person's name
    assert kinds["Patricia Worrell"] == "person"
    # a country written with "&" is the same country
    assert "Trinidad & Tobago" in _entity(found, "Trinidad and Tobago").aliases
    quotes = {q.text[:6]: q.speaker_name for q in found.quotes}
    # a name and "asked" right after a question's closing mark: its speaker (not "… the
    # United States", whose "States" is no speech verb)
    assert quotes["Why ar"] == "Carl Moss"
    # a word in marks owned by a possessive, before "comment": the owner's words
    assert quotes["awful"] == "the US president"


def test_numbered_documents_lists_of_numbers_and_headings_in_title_case() -> None:
    text = ("Although the 1989 Forms 1040, 1040A and 1040EZ closely resemble last year\u2019s, "
            "there are changes. The new Form W-10 may be used to get the information. The "
            "agency seeks comments on Revenue Procedure 94-69. He signed Executive Order 14067 "
            "in March, and called that Executive Order a start.\n\n"
            "The 2022 Data Book reports examination rates. Audits rose in areas such as the "
            "Earned Income Tax Credit.\n\nListeners heard 2GB and 3AW first.\n\n"
            "Commissioner Werfel Letter on audit selection\n\n"
            "Text of the letter: Commissioner Werfel letter on audit disparity issues.")
    found = suggest(text)
    kinds = _types(found)
    # a word starting with a digit in a list with a plain number numbers a form, no name
    # (but two radio stations' names stand together)
    assert "1040EZ" not in kinds and "2GB" in kinds and "3AW" in kinds
    assert kinds["Forms 1040"] == "work"  # (a year after "the" counts no people)
    # a form's, a procedure's, an order's word and its number: a document, whole
    assert kinds["Form W-10"] == "work" and "W-10" not in kinds
    assert kinds["Revenue Procedure 94-69"] == "work"
    assert kinds["Executive Order 14067"] == "work"
    assert "Executive Order" in _entity(found, "Executive Order 14067").aliases
    # a book of figures is a work, though a speech verb follows it; a tax credit is other
    assert kinds["Data Book"] == "work"
    assert kinds["Earned Income Tax Credit"] == "other"
    # a heading in title case capitalises the noun after a person's name, which the story
    # writes in lower case elsewhere: no part of the name
    assert kinds["Werfel"] == "person" and "Werfel Letter" not in kinds


def test_a_feed_release_a_blog_post_and_a_firm_with_its_letters() -> None:
    text = ("\u201cBlessings in No Time\u201d program targeted African Americans during the "
            "COVID-19 Pandemic\n\n"
            "The FTC sued the operators of Blessings in No Time, who targeted African "
            "Americans during the COVID-19 pandemic.\n\n"
            "\u201cThe pandemic attacked Americans\u2019 health,\u201d said Daniel Kaufman.\n\n"
            "You\u2019ve seen the sentence in FTC news releases: \u201cThe order includes a "
            "financial remedy.\u201d That\u2019s the subject of the Office of Claims and "
            "Refunds Annual Report. In total, during the period covered by the Report, FTC "
            "cases resulted in refunds. The agency may use its Consumer Sentinel database to "
            "find people.\n\n"
            "Universal Guardian Acceptance, LLC (UGA) agreed to settle. UGA will pay.")
    found = suggest(text)
    kinds = _types(found)
    # a title in quotation marks, written again without them, is one name, not "Blessings"
    # and "Time"; a programme's name in marks is no work
    assert kinds["Blessings in No Time"] == "other"
    assert "Blessings" not in kinds and "Time" not in kinds
    # "Americans" are a people of their own, not short for "African Americans"
    assert kinds["Americans"] == "group" and kinds["African Americans"] == "group"
    assert "Americans" not in _entity(found, "African Americans").aliases
    # a headline's capitalised noun after a name the story writes with it in lower case
    assert "COVID-19 Pandemic" not in kinds and "COVID-19" in kinds
    # a capitalised work's name and a comma before a name make no work of it; a body
    # that writes is the speaker of its written words
    assert kinds["FTC"] == "organisation"
    assert {q.text[:9]: q.speaker_name for q in found.quotes}["The order"] == "FTC"
    # a document a body writes, named with the body's name first; a database by name
    assert kinds["Office of Claims and Refunds Annual Report"] == "work"
    assert kinds["Consumer Sentinel"] == "work"
    # a firm's letters leave out its legal form (and are no country's code: Uganda's)
    assert "UGA" in _entity(found, "Universal Guardian Acceptance, LLC").aliases


def test_an_old_page_a_dateline_and_a_fact_sheet_broken_into_lines() -> None:
    release = ("Press Room\nNews Releases\n\nJUN 16--President George W. Bush has directed "
               "his Administration to act.\n\nNEW ORLEANS, La. \u2013 After a week-long "
               "operation, the Sheriff\u2019s Office said it arrested 38 people.\n\n"
               "President Sandro Gozi State Secretary for European Affairs of Italy PRESS Rue "
               "de la Loi 175 B \u2013 1048 BRUSSELS. Write to the press office.")
    kinds = {e.name: e.type for e in suggest(release).entities}
    # "Press" is no plural of the title "Pres."; a month in capitals and its day name nothing
    assert "Room" not in kinds and not any(n.startswith("JUN") for n in kinds)
    # a dateline's city and its state's AP abbreviation; an office named for its holder
    assert kinds["NEW ORLEANS, La."] == "place" and "La" not in kinds
    assert kinds["Sheriff\u2019s Office"] == "organisation"
    # a common word in capitals between two names run together is a label between them
    assert "Rue de la Loi" in kinds
    assert not any("PRESS" in n for n in kinds)
    sheet = ("Fact Sheet: Department of Justice\n"
             "Efforts to Combat Methamphetamine Use\n"
             "\u201cMethamphetamine abuse shatters families and threatens our communities.\n"
             "On National Methamphetamine Awareness Day, we underscore the dangers of\n"
             "methamphetamine and reaffirm our collective responsibility to combat\n"
             "abuse.\"\n"
             "President George W. Bush, November 28,\n"
             "2006\n"
             "Methamphetamine is a powerfully addictive drug that dramatically affects\n"
             "users\u2019 minds and bodies. In addition to a public education campaign through "
             "National\n"
             "Methamphetamine\n"
             "Awareness Day, the Department of Justice has taken the following steps:\n"
             "Department of Justice Efforts to Combat\n"
             "Methamphetamines\n"
             "- The Department established the Anti-Methamphetamine\n"
             "Coordination Committee to oversee the ongoing implementation\n"
             "of Department initiatives and to ensure effective coordination of its\n"
             "efforts. The U.S. Attorney\u2019s Offices are seeking stiff sentences for major\n"
             "players in the methamphetamine trade across the country and beyond it.\n")
    found = suggest(sheet)
    kinds = _types(found)
    # lines broken where an old page broke them, inside a sentence: one name over them
    assert kinds["Anti-Methamphetamine Coordination Committee"] == "organisation"
    assert kinds["National Methamphetamine Awareness Day"] == "event"
    assert "Coordination Committee" not in kinds and "National Methamphetamine" not in kinds
    # a person's name with an initial on a title-case line; a heading's common word after
    # a name the story writes alone; a department's short name before "initiatives"
    assert kinds["George W. Bush"] == "person" and "Bush" not in kinds
    assert kinds["Department of Justice"] == "organisation"
    assert "Department of Justice Efforts" not in kinds
    assert kinds["U.S. Attorney\u2019s Offices"] == "organisation"
    # a quote over broken lines, closed by a straight mark, credited on the line under it
    quote = next(q for q in found.quotes if q.text.startswith("Methamphetamine abuse"))
    assert quote.text.endswith("abuse.") and quote.speaker_name == "George W. Bush"


def test_military_units_bases_ranks_and_their_airmen() -> None:
    text = ("Team Shaw safely deploys Tigers\n\n"
            "  \u2022 Published\n  \u2022 By 20th Fighter Wing Public Affairs\n"
            "6/5/2014 - MOUNTAIN HOME AIR FORCE BASE, Idaho -- Bags packed, the 162nd Wing "
            "Airmen left Langley Air Force Base for Bagram Airfield with the 366th Fighter "
            "Wing, and Team Shaw saw them off.\n\n"
            "Staff Sgt. Caleb Smith, 162nd Wing Firefighter, said his team had to quarantine.\n\n"
            "\u201cOnce we got there, there were mask restrictions in place. It was a challenge "
            "at times.\u201d\n\n"
            "In the early 1990\u2019s a rock band named Van Halen released a song. These are "
            "the Airmen I think about. The COVID pandemic slowed us; COVID-19 spread. The EU "
            "and the EU-27 met. She watched The West Wing.")
    found = suggest(text)
    kinds = _types(found)
    # a unit by number and kind; a base and an airfield are places (one left for the
    # other: two names); a dateline after a date
    assert kinds["366th Fighter Wing"] == "organisation" and kinds["162nd Wing"] == "organisation"
    assert kinds["Langley Air Force Base"] == "place" and kinds["Bagram Airfield"] == "place"
    assert kinds["MOUNTAIN HOME AIR FORCE BASE"] == "place" and "Bags" not in kinds
    # the services capitalise their members: no part of a name, and no name alone
    assert not any("Airmen" in n for n in kinds)
    # a unit on a byline's line, after "By"
    assert kinds["20th Fighter Wing Public Affairs"] == "organisation"
    # a team by name; a band introduced by name, though its first word is a given name
    assert kinds["Team Shaw"] == "organisation" and kinds["Van Halen"] == "organisation"
    # a short form of a numbered name joins it wherever it comes (but the EU is not the
    # EU-27); "the West Wing" is no military unit
    assert "COVID" in _entity(found, "COVID-19").aliases
    assert "EU" in kinds and "EU-27" in kinds
    assert kinds.get("West Wing") != "organisation"
    # a duty title in apposition after a name is not who speaks next
    quote = next(q for q in found.quotes if q.text.startswith("Once we got there"))
    assert quote.speaker_name == "Caleb Smith"


def test_wrapped_lines_between_a_quote_and_its_speaker() -> None:
    text = ("by 2nd Lt. Mahalia Frost\n"
            "633rd Air Base Wing Public Affairs\n"
            "Editor's Note: Some last names have been withheld for security purposes.\n"
            "Approximately 500 Airmen and families of the 1st and 192nd Fighter Wings\n"
            "celebrated the wings being reunited after a year's worth of combat missions,\n"
            "and about 1,000 members of the 1st and 192nd FWs were assigned to the\n"
            "command as a part of a theater security package, providing support to it.\n"
            "\"During this deployment, we can be called on at any moment to be\n"
            "re-tasked to go somewhere else within that theater,\" said Lt. Col.\n"
            "Richard Dickens, 391st Fighter Squadron commander, on the day they left.\n"
            "Technical Sergeant James, a weapons expediter, explained how this event\n"
            "showed him how much his leadership cared for him and his family today.\n"
            "\"I've deployed before and my family has fallen off the radar while I was\n"
            "gone and I was initially worried that this would be a repeat,\" said\n"
            "James. \"I was pleasantly surprised that I didn't have to worry at all.\"\n")
    found = suggest(text)
    kinds = _types(found)
    speakers = {q.text[:10]: q.speaker_name for q in found.quotes}
    # the lines of a wrapped text go on: a rank at a line's end, a name at the next's start
    assert speakers["During thi"] == "Richard Dickens"
    assert speakers["I've deplo"] == "James"
    # a unit on the line under a byline; a label with its possessive; a unit's letters in
    # the plural join its name
    assert kinds["633rd Air Base Wing Public Affairs"] == "organisation"
    assert "Note" not in kinds
    assert "192nd FWs" in _entity(found, "192nd Fighter Wings").aliases


def test_a_wrapped_speech_over_paragraphs_and_the_one_person_a_release_names() -> None:
    wrapped = ("Communities Minister has restated his commitment to delivering real\n"
               "and lasting change as he marks the end of the first year in the office.\n"
               "Reflecting on a fast-paced year of transformative policies and the\n"
               "programmes, Minister Lyons said: \u201cOn taking up post, I made a\n"
               "commitment to deliver, to get things done. Looking over the year there\n"
               "is no doubting the positive action taken right across the remit.\n"
               "\u201cI have found a way forward in key areas which have been at a\n"
               "standstill for too long, and in others that were waiting for it.\n"
               "\u201cIn a year which saw unprecedented success for our athletes, I was\n"
               "pleased to host an event at the SSE Arena and announce a fund.\u201d\n")
    quotes = suggest(wrapped).quotes
    # in text broken at a width, a quote runs over its lines to the next paragraph's mark,
    # and each paragraph after it continues it, the same speaker's
    first = next(q for q in quotes if q.text.startswith("On taking up post"))
    assert first.text.endswith("the remit.") and first.speaker_name == "Lyons"
    assert [q.speaker_name for q in quotes] == ["Lyons"] * 3
    release = ("Ahead of the Assembly being dissolved, the Minister today reflected on his "
               "two years in office.\n\n"
               "\u201cIt has been an extremely stressful period for all of us,\u201d he said.\n\n"
               "Mr Swann continued: \u201cThere is colossal work ahead of us.\u201d\n\n"
               "The Minister added: \u201cRebuilding services will require investment.\u201d\n\n"
               "Initiatives to deal with Coronavirus and Covid-19 lockdown measures went on.")
    found = suggest(release)
    # "he" and "the Minister", where the release names one person only: that person
    assert [q.speaker_name for q in found.quotes] == ["Swann"] * 3
    kinds = _types(found)
    # a virus by name; a word and a number, as a disease is written
    assert kinds["Coronavirus"] == "other" and kinds["Covid-19"] == "other"
    # with two people named, who "he" is stays open
    two = suggest("Ann Lee and Bob Day met.\n\n\u201cIt was a stressful period for all of "
                  "us,\u201d he said.")
    assert two.quotes[0].speaker_name in (None, "he", "Bob Day")
    assert two.quotes[0].evidence.count("the one person") == 0


def test_firms_with_numbers_a_site_page_and_a_possessive_after_visited() -> None:
    text = ("The FAA proposes a $339,716 civil penalty against Slice of the 406 LLC, 82 and "
            "Sunny LLC, and other associated parties.\n\n"
            "Statements on incidents may be found on our Accidents and Incidents page.\n\n"
            "This week, Administrator Mike Whitaker visited Boeing\u2019s factory in Renton, "
            "and Boeing made progress.")
    kinds = {e.name: e.type for e in suggest(text).entities}
    # a firm's name may hold a number before its legal form, or open with one in a list
    assert kinds["Slice of the 406 LLC"] == "organisation"
    assert kinds["82 and Sunny LLC"] == "organisation"
    assert "Slice" not in kinds and "Sunny LLC" not in kinds
    # a site's page by its title, "and" and all
    assert "Accidents and Incidents" in kinds
    assert "Accidents" not in kinds and "Incidents" not in kinds
    # what someone visits is the factory, not its owner
    assert kinds["Boeing"] == "organisation"


def test_a_dateline_city_spanish_surnames_and_field_offices() -> None:
    text = ("ALEXANDRIA, La. \u2014 A Mexican citizen was removed by U.S. Immigration and "
            "Customs Enforcement\u2019s (ICE) Enforcement and Removal Operations (ERO). A "
            "flight transported Daniel Espino-Alferes, 26, from Alexandria to Harlingen, Texas.\n\n"
            "Espino was previously deported in December 2012, after a lead from the ERO Dallas "
            "office.\n\n"
            "\u201cICE prioritizes removals,\u201d said Pete Del Angel, Acting ERO field office "
            "director for San Antonio. It is vital to ICE's mission.")
    found = suggest(text)
    kinds = _types(found)
    # a dateline's city in capitals and its state, and the city in the story: one place
    assert "Alexandria" in _entity(found, "ALEXANDRIA, La.").aliases
    # the first of two Spanish surnames, alone, is the same person
    assert "Espino" in _entity(found, "Daniel Espino-Alferes").aliases
    # a body's letters and a city: its office there
    assert kinds["ERO Dallas"] == "organisation"
    # "Acting" belongs to the director, not to the body; a body's mission makes no event
    assert "Acting ERO" not in kinds
    assert kinds["U.S. Immigration and Customs Enforcement"] == "organisation"


def test_an_education_department_list_a_newsletter_and_a_forum_title() -> None:
    text = ("Today the Department of Education's (ED) officials met. ED will decide.\n\n"
            "Secretary Miguel Cardona issued a statement on the intent to nominate Lisa Brown "
            "for General Counsel, and on providing Pell Grants for incarcerated students.\n\n"
            "The Department announced partnerships with Carnegie Corporation of New York and "
            "Overdeck Family Foundation, and a resolution under Title IX of the Education "
            "Amendments of 1972.\n\n"
            "On July 26, the Department hosted the National Summit on Equal Opportunity in "
            "Higher Education. Participants included White House Domestic Policy Advisor Neera "
            "Tanden.\n\n"
            "    U.S. Department of Education Awards Over $60 Million to Strengthen the Teacher "
            "Pipeline, Increase Educator Leadership, and Support Quality Teaching and Learning "
            "to Further Address Teacher Shortage | site |\n\n"
            "    Today, the Department is announcing new awards to address the teacher shortage "
            "in the teacher pipeline.\n")
    found = suggest(text)
    kinds = _types(found)
    # letters in brackets after a possessive name are its letters
    assert "ED" in _entity(found, "Department of Education").aliases
    # a person, then "for" the post named for them
    assert kinds["Lisa Brown"] == "person"
    # grants by name; a law's title, its section and its year, one work
    assert kinds["Pell Grants"] == "other"
    assert kinds["Title IX of the Education Amendments of 1972"] == "work"
    # a body named for its city, "and", another body: two
    assert kinds["Carnegie Corporation of New York"] == "organisation"
    assert kinds["Overdeck Family Foundation"] == "organisation"
    # a summit "on" a subject "in" a field: one event
    assert kinds["National Summit on Equal Opportunity in Higher Education"] == "event"
    # "Advisor", the American spelling, is a title; the body before a post ends at its head
    assert kinds["Neera Tanden"] == "person"
    assert "White House Domestic Policy" not in kinds and kinds["White House"] == "organisation"
    # a forum's long "Title | site |" line, a sum of money and all, is a headline
    assert not {"Pipeline", "Shortage", "Strengthen"} & set(kinds)


def test_address_blocks_towns_before_zip_codes_and_shared_heads() -> None:
    text = ("SACRAMENTO, Calif. \u2013 Francisco S\u00e1nchez Jr. announced that SBA will close "
            "its Little Rock and Wynne Business Recovery Centers. \u201cSBA opened the centers "
            "to help,\u201d said S\u00e1nchez. SBA opened its BRCs for Florida, as the storms "
            "hit the Southeast.\n\n"
            "CROSS COUNTY\n"
            "Business Recovery Center\n"
            "Veterans Building of Cross County\n"
            "204 S. Falls Blvd.\n"
            "Wynne, AR  72396\n"
            "Opens 9 a.m. Tuesday, Aug. 6\n\n"
            "SBA Business Recovery Center Collier County\n"
            "The Naples Players Naples, FL 34102\n"
            "Kiwanis Club of Cape Coral Cape Coral FL 33991\n"
            "Hyatt Place Hotel\n"
            "295 S 64th St.\n"
            "West Des Moines, IA 50266\n")
    found = suggest(text)
    kinds = _types(found)
    # an address block: a county's heading in capitals, a venue above its street, the
    # street with its abbreviation's dot, the town before its state's code and ZIP code
    assert kinds["CROSS COUNTY"] == "place"
    assert kinds["Veterans Building of Cross County"] in ("place", "organisation")
    assert kinds["S. Falls Blvd."] == "place" and kinds["Wynne"] == "place"
    # a venue and its town on one line before the state and the ZIP code: two names
    assert "Naples" in kinds and "Naples Players Naples" not in kinds
    assert kinds["Kiwanis Club of Cape Coral"] == "organisation" and "Cape Coral" in kinds
    assert kinds["West Des Moines"] == "place" and "West" not in kinds
    # towns sharing a plural head the story writes alone in the singular
    assert "Little Rock" in kinds
    assert not any("Recovery Centers" in n for n in kinds)
    # "Jr." ends a name whose surname stands alone later; hours are no names; a body's
    # letters in the plural before "for"; a region by its compass point
    assert "S\u00e1nchez" in _entity(found, "Francisco S\u00e1nchez Jr.").aliases
    assert not any(re.match(r"Opens \\d", n) for n in kinds)
    assert kinds["Florida"] == "place" and kinds["Southeast"] == "place"


def test_fire_closures_a_site_code_and_number_words_in_place_names() -> None:
    text = ("EUREKA, Calif. \u2013 The USDA Forest Service Pacific Southwest Region announced "
            "that the Six Rivers National Forest will remain closed. See Regional Order 20-16 "
            "for more. Fires include the Slater Fire.\n\n"
            "Silver City NM, June 11, 2018\u2014The Gila National Forest issued an order.\n\n"
            "The previous order is terminated as of midnight on October 6.#placement_573654_0_i"
            "{width:100%;}var rnd = window.rnd || Math.floor(Math.random()*10e6);var absrc = "
            "'https://ads.example/adserve/;ID=181918;click=CLICK_MACRO_PLACEHOLDER';")
    kinds = {e.name: e.type for e in suggest(text).entities}
    # a number word opening a place's name stays in it
    assert kinds["Six Rivers National Forest"] == "place"
    # a body's region; a wildfire by name; a town and its state's postal code
    assert kinds["USDA Forest Service Pacific Southwest Region"] == "organisation"
    assert kinds["Slater Fire"] == "event" and kinds["Silver City NM"] == "place"
    # an order the reader is told to see, without the "See"
    assert "Regional Order 20-16" in kinds and "See Regional Order 20-16" not in kinds
    # a page's code glued into the text names nothing
    assert not {"Math.floor", "Math.random", "ID", "CLICK_MACRO_PLACEHOLDER"} & set(kinds)


def test_a_statistics_release_its_tables_and_its_header() -> None:
    text = ("1 Internet address: Technical information: Friday, October 6, THE EMPLOYMENT "
            "SITUATION: SEPTEMBER 2000 Total nonfarm employment rose by 252,000 in September, "
            "the Bureau of Labor Statistics of the U.S. Department of Labor reported today. "
            "The rate for Hispanics showed little change. (See tables A-1 and A-2.)\n\n"
            "Media contact: (202) 691-5902 * PressOffice@bls.gov\n")
    kinds = {e.name: e.type for e in suggest(text).entities}
    # a body "of the" country's body it belongs to: two bodies
    assert kinds["Bureau of Labor Statistics"] == "organisation"
    assert kinds["U.S. Department of Labor"] == "organisation"
    # a month and a year in capitals run into a sentence; tables by their labels; an e-mail
    # address's mailbox: no names
    assert not any(n.startswith("SEPTEMBER") for n in kinds)
    assert "A-1" not in kinds and "A-2" not in kinds and "PressOffice" not in kinds
    assert kinds["Hispanics"] == "group"


def test_a_news_site_page_with_its_chrome_and_a_caucus() -> None:
    text = ("SUBSCRIBE\n#FFFFFF\nTo donate by check, see our More Ways to Help page.\n"
            "Civic Progress Network Chair Marta Oyelaran on Monday endorsed Rep. Tomas "
            "Verhoeven, the North Bay Democratic congressman. Petitions from VOTER Action, "
            "Justice Democrats, and Our Revolution cite the news, and groups including "
            "Justice Democrats and Fair Vote Alliance backed him. VOTER also signed. Hollis, "
            "a candidate, told the Times the NRCC asked him to leave.\n")
    found = suggest(text)
    kinds = _types(found)
    # a colour's code kept from the page names nothing; a page's title is one name
    assert "FFFFFF" not in kinds and "Ways" not in kinds and "Help" not in kinds
    assert kinds["More Ways to Help"] == "work"
    # the party after a place is an adjective; a title before a party's members names a
    # group, and ends it before "and"
    assert kinds["North Bay"] == "place" and "North Bay Democratic" not in kinds
    assert kinds["Justice Democrats"] == "organisation"
    assert kinds["Fair Vote Alliance"] == "organisation"
    assert not any(n.startswith("Democrats") for n in kinds)
    # "Our" in capitals inside a sentence opens a name, and a movement is no event
    assert kinds["Our Revolution"] == "organisation" and "Revolution" not in kinds
    # a body's name in capitals is a form of the one it leads ("VOTER Action")
    assert _entity(found, "VOTER Action").aliases == ["VOTER"] and "VOTER" not in kinds
    # "the" before letters opens another phrase: "the Times", then "the NRCC"
    assert "NRCC" in kinds and not any("Times the" in n for n in kinds)


def test_quotes_of_a_caucus_chair_a_member_and_an_embedded_post() -> None:
    text = ("Civic Progress Network Chair Marta Oyelaran on Monday endorsed Rep. Tomas "
            "Verhoeven, calling him \"a fighter for working families.\"\n"
            "\"As a teacher, I know what schools need and he will deliver for them,\" "
            "Oyelaran (D-Ore.) said in a statement.\n"
            "\\u201cThank you all for standing with us tonight in the rain.\\u201d\u2014 Tomas "
            "Verhoeven (@Tomas Verhoeven) 1596645328\n"
            "Dana Hollis, who called herself \"the only candidate who will fight for every "
            "family,\" told the Times the NRCC asked her to leave.\n"
            "Progressive groups are calling out the NRCC and demanding it end its \"war on "
            "teachers.\"\n")
    quotes = {q.text.split()[0]: q for q in suggest(text).quotes}
    # the body's officer is the sentence's subject, not the body
    assert quotes["a"].speaker_name == "Marta Oyelaran"
    # a member's party and state between the name and the verb
    assert quotes["As"].speaker_name == "Marta Oyelaran"
    # an embedded post whose marks the copy kept as escape codes, credited after it
    post = quotes["Thank"]
    assert post.speaker_name == "Tomas Verhoeven" and post.kind == "written"
    assert post.medium == "tweet" and post.text in text
    # "told the Times" after the quote names whom he told: the speaker is before it
    assert quotes["the"].speaker_name == "Dana Hollis"
    # a noun phrase is the subject, not the body named after it
    assert quotes["war"].speaker is None and quotes["war"].speaker_name == "Progressive groups"


def test_a_cabinet_page_with_its_browser_notice_and_taiwanese_names() -> None:
    text = ("We Are apologized that your browser does not support JavaScript.\n"
            "Friendly Print :\nPlease Press Ctrl + P to print\nFont Setting :\n"
            "Press ALT + V \u2192 X \u2192 (G)Larger(L)Medium to resize.\n\n"
            "Premier Lin Hsiu-wen received briefings from the Ministry of Labor, Ministry of "
            "Health and Ministry of Culture on Taitung County. President Kao Ming-jen\u2019s "
            "directive was clear. He instructed Minister without Portfolio Huang Shu-chen to "
            "help Taitung. The Executive Yuan will fund the Rural Care Policy, and Rural Care "
            "districts will benefit from its \u201cBlue Sky\u201d program. Officials in "
            "Washington County and in the state of Washington agreed.\n")
    found = suggest(text)
    kinds = _types(found)
    # the site's notice and its keys to press name nothing
    assert not {"Are", "Print", "Setting", "X", "G", "L", "Press Ctrl + P", "ALT + V",
                "Ctrl", "ALT"} & set(kinds)
    # a hyphenated given name after its surname is no participle ("Hsiu-wen", "Ming-jen")
    assert kinds["Lin Hsiu-wen"] == "person" and kinds["Kao Ming-jen"] == "person"
    # the title's last word is no part of the name
    assert kinds["Huang Shu-chen"] == "person"
    # two ministries joined by "and", each "<head> of …"
    assert {"Ministry of Health", "Ministry of Culture"} <= set(kinds)
    # a county by its name alone is the county; a state is not the county named for it
    assert _entity(found, "Taitung County").aliases == ["Taitung"]
    assert "Washington" in kinds and "Washington County" in kinds
    # a branch of government opens a body's name; a scheme's name without its head joins it
    assert kinds["Executive Yuan"] == "organisation"
    assert _entity(found, "Rural Care Policy").aliases == ["Rural Care"]
    # a programme's name in quotation marks
    assert kinds["Blue Sky"] == "other"


def test_words_a_colon_hands_to_their_owner() -> None:
    text = ("Ms Lin said the ministry has kept to Premier Kao Ming-jen's guidance for storms: "
            "\u201cPrepare early, and leave before the water rises.\u201d\n")
    quote = suggest(text).quotes[0]
    assert quote.text.startswith("Prepare early") and quote.speaker_name == "Kao Ming-jen"


def test_a_list_of_members_under_their_courts_headings() -> None:
    text = ("The Regional Council of the Bench met in Dayton, and the following members "
            "were present:\n\nFirst Circuit:\n\n"
            "Chief Judge Alma R. Fenwick Chief Judge Tobias Merle, District of Vermont\n\n"
            "Second Circuit:\n\n"
            "Chief Judge Hugo Dant Judge Lena P. Ortiz, Southern District of Ohio Regional "
            "Council of the Bench March 3, 2019\n\nMedia Files:\n\nThe Council agreed.\n")
    found = suggest(text)
    kinds = _types(found)
    # a court of appeals by its circuit, heading its part of the list
    assert kinds["First Circuit"] == "organisation" and kinds["Second Circuit"] == "organisation"
    # two judges the copy ran together, each after a title that repeats
    assert {"Alma R. Fenwick", "Tobias Merle", "Hugo Dant", "Lena P. Ortiz"} <= set(kinds)
    assert all(kinds[n] == "person" for n in ("Alma R. Fenwick", "Tobias Merle", "Hugo Dant"))
    # a district's line inside the list is no headline: the district keeps its name
    assert "District of Vermont" in kinds and "Vermont" not in kinds
    # a running header glued to the line above it is a name the story writes alone
    assert "Southern District of Ohio" in kinds
    assert _entity(found, "Regional Council of the Bench").aliases == ["Council"]
    # a label that names nothing is still no name
    assert "Media Files" not in kinds


def test_a_judiciary_news_page() -> None:
    text = ("Her parents, immigrants of Hispanic and Korean descent, taught her. The Judicial "
            "Conference approved changes to the Code of Conduct for U.S. Judges and to the "
            "Model Employment Dispute Resolution (EDR) Plan, so that EDR complaints can be made "
            "later. It reviewed the Code of Ethics for Court Clerks and the Court Records "
            "Rules. We Are apologized that your browser does not support JavaScript.\n")
    found = suggest(text)
    kinds = _types(found)
    # adjectives before "descent" name nothing
    assert not any("Hispanic" in n or "Korean" in n for n in kinds)
    # "Judicial" opens a body's name; "for U.S. Judges" is whom the code is for
    assert kinds["Judicial Conference"] == "organisation"
    assert "Code of Conduct for U.S. Judges" in kinds
    # two documents joined by "and the", each with its head
    assert {"Code of Ethics for Court Clerks", "Court Records Rules"} <= set(kinds)
    # a short form given in brackets inside a name joins it
    assert _entity(found, "Model Employment Dispute Resolution (EDR) Plan").aliases == ["EDR"]
    # a verb in capitals is no name
    assert "Are" not in kinds


def test_navy_photo_captions_ships_ratings_units_and_a_data_block() -> None:
    text = ("230726-N-CV021-1023 NORFOLK, Va. (July 26, 2023) Senior Chief Gunner\u2019s Mate "
            "Rosa Delgado, from Tucson, Arizona, boards the guided-missile destroyer USS "
            "Thornhill (DDG 140), July 26. Thornhill is assigned to Task Force 88/Destroyer "
            "Squadron (DESRON) 22 of the U.S. Navy. Master Chief Petty Officer of the Navy "
            "Lee Park visited. The Navy held Fleet Week Boston, where sailors met their "
            "Navy, Marine Corps and Coast Guard teams. The future Amos K. Harte (DDG 141) was "
            "christened; Harte is the first of its flight. (U.S. Navy photo by Mass "
            "Communication Specialist 1st Class Omar Pike)\n\n"
            "IMAGE INFO Date Taken: 07.26.2023 Date Posted: 07.26.2023 Photo ID: 1234567 Size: "
            "1.3 MB Location: US Web Views: 4 PUBLIC DOMAIN This work, CNO Visits Crew of "
            "USS Thornhill [Image 3 of 9], by MC1 Omar Pike\n")
    found = suggest(text)
    kinds = _types(found)
    # hull numbers are part of the ship's name; a rating's possessive opens no name
    assert not any(n.startswith("DDG") for n in kinds) and "Gunner" not in kinds
    assert kinds["Rosa Delgado"] == "person"
    # a ship by its name without the prefix, or by the surname of the person it is named for
    assert _entity(found, "USS Thornhill").aliases == ["Thornhill"]
    assert kinds["Amos K. Harte"] == "other" and _entity(found, "Amos K. Harte").aliases == [
        "Harte"]
    # a numbered unit; an event and where it is held; bodies in a list are bodies
    assert kinds["Task Force 88"] == "organisation"
    assert kinds["Fleet Week Boston"] == "event"
    assert {"Marine Corps", "Coast Guard"} <= set(kinds)
    assert not any(n.startswith("Navy,") for n in kinds)
    # "the Navy" is the country's navy, though a title holds the word too
    assert "Navy" in _entity(found, "U.S. Navy").aliases
    # a gallery's data block and its count of images name nothing
    assert not {"IMAGE INFO Date Taken", "MB Location", "US Web Views", "Image 3"} & set(kinds)


def test_a_press_release_listing_with_a_lost_dateline_dash_and_truncated_teasers() -> None:
    text = ("Press Releases\n\nMay 31, 2018 | Local Press Release\n"
            "Portland-Transportation Security Administration (TSA) officers found a knife at "
            "Dallas/Fort Worth International Airport (DFW) on Friday. Travelers can enroll in "
            "TSA Pre\u2713\u00ae at the airport.\n"
            "May 30, 2018 | National Press Release\n"
            "WASHINGTON \u2013 The TSA named new members. \u201cThese new members bring\u2026\n"
            "May 29, 2018 | Local Press Release\n"
            "Mary-Anne Gontsana-Transportation reported from Cape Town.\n")
    found = suggest(text)
    kinds = _types(found)
    # a dateline whose dash lost its spaces: the city, then the body
    assert kinds["Portland"] == "place"
    assert kinds["Transportation Security Administration"] == "organisation"
    # two cities with a slash share the airport's name, and its code joins it
    assert _entity(found, "Dallas/Fort Worth International Airport").aliases == ["DFW"]
    # a name marked ® is a product or a programme
    assert kinds["TSA Pre"] == "other"
    # a teaser's quote cut off by the listing is no quote to suggest
    assert not found.quotes
    # (a hyphenated given name is no dateline)
    assert "Mary" not in kinds


def test_an_embassy_release_on_grants_with_a_headline_and_a_city_with_particles() -> None:
    text = ("Ambassador Okafor Statement on Flood Relief\n\n"
            "DAKAR \u2013 The Embassy of the United States of America announced grants to "
            "nine groups in Dar es Salaam and Dakar. U.S. Ambassador Grace Okafor said the "
            "grants come through the U.S. Embassy\u2019s Small Grants Program and the "
            "\u201cAmbassador's Fund for HIV/AIDS Relief.\u201d The Fund for HIV/AIDS Relief "
            "helps clinics. On the anniversary of American Independence, the embassy "
            "celebrated the independence of both nations.\n")
    found = suggest(text)
    kinds = _types(found)
    # a city whose name holds small lower-case words is one place
    assert kinds["Dar es Salaam"] == "place" and not {"Dar", "Salaam"} & set(kinds)
    # a country's letters before a body's head: the body the story names in full
    assert "U.S. Embassy" in _entity(found, "Embassy of the United States of America").aliases
    # two letters' names joined by a slash stay in the name; its shorter form joins it
    assert _entity(found, "Ambassador's Fund for HIV/AIDS Relief").aliases == [
        "Fund for HIV/AIDS Relief"]
    # programmes of grants are neither bodies nor works, quoted or not
    assert kinds["Ambassador's Fund for HIV/AIDS Relief"] == "other"
    assert kinds["Small Grants Program"] == "other"
    # a headline's common noun after a title and a surname is no part of the name
    assert "Okafor Statement" not in kinds and kinds["Grace Okafor"] == "person"
    # a common noun in capitals after an adjective of nationality names nothing
    assert "Independence" not in kinds


def test_a_science_agency_newsletter_with_mastheads_headlines_and_prizes() -> None:
    text = ("Lab News - March 3, 2015\n\n"
            "Date Modified: March 4, 2015\n"
            "For Immediate Release: March 3, 2015\n\n"
            "Institute Work Praised as Top Science News of 2014\n\n"
            "Film Aims to Answer \u201cWhy Measure?\u201d\n\n"
            "The top science news of 2014 includes work from the National Bureau of Weights "
            "and Measures\u2019s Optics Laboratory, the journal Science wrote. The Science "
            "News list named it too. Physicists Jun Ye and Debbie Kwan of the bureau won the "
            "Harbor Valley Award for Scientific Project or Achievement. Deborah Kwan also won "
            "the Hale Medal.\n\n"
            "Share  Share this page.\n")
    found = suggest(text)
    kinds = _types(found)
    # a romanised Chinese given name is a given name, not a month's short form
    assert kinds["Jun Ye"] == "person"
    # a short form of a given name is the same person
    assert _entity(found, "Deborah Kwan").aliases == ["Debbie Kwan"]
    # labels before a colon and a date name nothing
    assert not {"Date Modified", "Immediate Release"} & set(kinds)
    # headlines ending in a year or a quoted question: their verbs and common words are
    # no names, the names the body writes are
    assert not {"Institute Work Praised", "Aims", "Answer", "Top Science News"} & set(kinds)
    # a journal the story calls one is no short form of another title that opens with it
    assert "Science" in kinds and "Science News" in kinds
    # a body's possessive ends its name, and its laboratory is a name of its own
    assert kinds["Optics Laboratory"] == "organisation"
    assert "National Bureau of Weights and Measures" in kinds
    # a prize for two things joined by "or"; one prize is a thing, not an event
    assert kinds["Harbor Valley Award for Scientific Project or Achievement"] == "other"
    assert kinds["Hale Medal"] == "other" and "Achievement" not in kinds
    # an icon's label, then the link with the same word
    assert "Share Share" not in kinds


def test_a_regulators_release_on_numbered_opinions_and_campaign_committees() -> None:
    text = ("Board of Elections, United States of America (logo)\n\n"
            "Advisory Opinion 2019-07 (VOTEPAC) \n\n"
            "Election of Officers The Board elected Chair Ana Ruiz. The Board approved "
            "Advisory Opinion 2019-07 in response to a request from VOTEPAC, a committee. The "
            "advisory opinion covers a request from Mary Vance for Senate and from The Committee "
            "to Save the Harbor, and the rules under the Voting Integrity Act and Board "
            "regulations. The Board also discussed Jones v. Ohio Right to Vote. The "
            "party nominated Tom Hale for Governor.\n")
    found = suggest(text)
    kinds = _types(found)
    # a document's kind and number, though a heading and though the story writes
    # "advisory"; the committee in brackets after it is no short form of it
    assert kinds["Advisory Opinion 2019-07"] == "work"
    assert _entity(found, "Advisory Opinion 2019-07").aliases == []
    assert kinds["VOTEPAC"] == "organisation"
    # a country's full name in a logo's line is one place
    assert "United States of America" in kinds and "America" not in kinds
    # a heading run into its paragraph: "The" opens the sentence
    assert "Election of Officers The Board" not in kinds
    # a campaign's committee, named for its candidate; a nominee is a person and a post
    assert kinds["Mary Vance for Senate"] == "organisation"
    assert kinds["Tom Hale"] == "person" and "Tom Hale for Governor" not in kinds
    # a body named for its aim, "the" and all
    assert kinds["Committee to Save the Harbor"] == "organisation"
    # a law's name ends at its head
    assert "Voting Integrity Act" in kinds and "Voting Integrity Act and Board" not in kinds
    # a case's party named with "to"
    assert "Jones v. Ohio Right to Vote" in kinds


def test_a_mints_releases_minutes_and_codes() -> None:
    text = ("New Medal Set Goes on Sale on March 3\n\n"
            "In attendance:\n\n"
            "Laura Bennett Peter Novak Susan Clarke David Romero\n\n"
            "Grover Cleveland Obverse: GC-01: 4 GC-02: 0 GC-03: 19 (Recommended design)\n\n"
            "WASHINGTON \u2013 The Royal Northern Mint will sell the set. Mint Sculptor-Engraver "
            "Rosa Lind sculpted the design of the Lighthouse Coin Program, as authorized by "
            "Public Law 112-45. The coin honors the Battle of Harlow Ridge. The Preview of the "
            "Harbor Coin 4/12/2016 was held.\n")
    found = suggest(text)
    kinds = _types(found)
    # members listed on one line, each a given name and a surname
    assert {"Laura Bennett", "Peter Novak", "Susan Clarke", "David Romero"} <= set(kinds)
    # a person, then the word a data line's scores are for; the designs' codes name nothing
    assert kinds["Grover Cleveland"] == "person"
    assert not any(name.startswith("GC-") for name in kinds)
    # a mint is a body; an artist's hyphenated job title is no part of the name
    assert kinds["Royal Northern Mint"] == "organisation"
    assert kinds["Rosa Lind"] == "person"
    # a programme of coins is a programme; a public law by number a work; a battle an event
    assert kinds["Lighthouse Coin Program"] == "other"
    assert kinds["Public Law 112-45"] == "work"
    assert kinds["Battle of Harlow Ridge"] == "event"
    # a headline ending in a day is a headline; a date glued to a name is no part of it
    assert not any("Goes" in name for name in kinds)
    assert "Harbor Coin 4" not in kinds


def test_coins_medals_and_mottos_on_a_mints_pages() -> None:
    text = ("World War II Centennial Navy Medal \u2013 Denver Mint\n"
            "The Navy medal honors the Battle of Midway. Its design is new.\n\n"
            "The Mint will sell the 2019 Harbor Light $1 Coin Program set (product code 19HL) "
            "marked with a \u201cD\u201d, honoring forces active in World War II. Design notes "
            "follow. Inscriptions are IN GOD WE TRUST and MEDAL OF VALOR. The Medal of Valor "
            "Commemorative Coin Program honors the Medal of Valor. June Patel of the Denver "
            "Mint spoke at 801 9th Street NW.\n\n"
            "All Posts Tagged With: \"Coin news\"\n")
    found = suggest(text)
    kinds = _types(found)
    # a medal's name in a heading, with the war it marks; a coin's value in its programme's
    assert kinds["World War II Centennial Navy Medal"] == "other"
    assert kinds["Harbor Light $1 Coin Program"] == "other"
    # a letter in marks and a catalogue's code name nothing; a war's full stop is no initial
    assert not {"D", "19HL", "Design"} & set(kinds) and "World War II" in kinds
    # a motto in capitals is no name, the medal after it is, and no short form of what is
    # named after it
    assert not any("TRUST" in name for name in kinds)
    assert "Medal of Valor" in kinds
    # a month's name that is a given name, before a surname, opens a person's name
    assert kinds["June Patel"] == "person"
    # an ordinal is no title: the street keeps its number
    assert kinds["9th Street NW"] == "place"
    # a page's tag in marks is no quote
    assert not found.quotes


def test_a_departments_messages_remarks_and_releases() -> None:
    text = ("Prepared Remarks for Secretary of Transportation and Public Works Dana Miller\n\n"
            "Source: U.S. Department of Transportation and Public Works\n\n"
            "1. DTPW RENEWS GRANTS FOR ROADS ACROSS THE U.S.\n\n"
            "Spring/Summer 2021 news. As the Secretary of the Department of Transportation and "
            "Public Works I have worked hard. I served as Director of the Office of Regional "
            "Planning. DTPW programs grew, and DTPW\u2019s budget too, under the President\u2019s "
            "Recovery Act. Grants reached towns across the U.S.  Provided through DTPW, they "
            "help (www.example.gov/watch?v=XQ7rTbLmN2P).\n")
    found = suggest(text)
    kinds = _types(found)
    # a department named with "and", after a title, is whole; its letters after the head word
    # are its short name, and "DTPW programs" are the body's programmes
    department = next(e for e in found.entities  # (named in full on the source line)
                      if "Department of Transportation and Public Works" in (e.name, *e.aliases))
    assert department.type == "organisation" and "DTPW" in department.aliases
    assert not any(name.startswith("Department of Transportation") and name.endswith(" I")
                   for name in kinds)
    # the name's last word after "of"; a law without whose it is
    assert kinds["Office of Regional Planning"] == "organisation"
    assert kinds["Recovery Act"] == "work"
    # a person after a title and its department, in a heading
    assert kinds["Dana Miller"] == "person"
    # two spaces after "U.S." end a sentence; a headline in capitals ends with "U.S."; a
    # link's parameter and a season with its year name nothing
    assert not any("Provided" in name or "RENEWS" in name for name in kinds)
    assert not {"XQ7rTbLmN2P", "Summer"} & set(kinds)


def test_a_block_quote_skips_the_pages_caption_and_pointer() -> None:
    found = suggest("The mayor sent the following message to staff:\n\n"
                    "[Mayor Lee Issues Video Message to Staff]\n\n"
                    "You may watch remarks here (www.example.gov/video).\n\n"
                    "Hi everyone. I am proud of our work this year.\n")
    assert [q.text[:12] for q in found.quotes] == ["Hi everyone."]


def test_an_engineers_news_listing_of_dams_locks_and_districts() -> None:
    text = ("Contact a Public Affairs Office\n\n"
            "Tulsa District\n(918) 669-7366\n"
            "  \u2022 Spillway work at Keystone Dam\n\n"
            "    FT. WORTH, Texas \u2013 The U.S. Army Corps of Engineers Tulsa District plans "
            "repairs at the Webbers Falls Lock and Dam and at the Keystone Dam and Recreation "
            "Area near Sand Springs, Okla. The Army Corps has run the lock since 1970. Col. Amy "
            "Reed took command of the Galveston District, U.S. Army Corps of Engineers. The "
            "Corps of Engineers said Gavins Point Reservoir will rise.\n")
    found = suggest(text)
    kinds = _types(found)
    # a dateline's abbreviation in capitals opens the city's name
    assert any(name.startswith("FT. WORTH") for name in kinds) and "FT" not in kinds
    # a lock and its dam, a dam and its recreation area: one civil work each, a place
    assert kinds["Webbers Falls Lock and Dam"] == "place"
    assert kinds["Keystone Dam and Recreation Area"] == "place"
    assert kinds["Gavins Point Reservoir"] == "place"
    # the body, then its district; districts of the body are bodies, also in a list of
    # offices with their telephone numbers
    assert kinds["Tulsa District"] == "organisation"
    assert kinds["Galveston District"] == "organisation"
    corps = _entity(found, "U.S. Army Corps of Engineers")
    assert corps.type == "organisation" and "U.S. Army" not in kinds
    # a town with a state's two-letter abbreviation is a place
    assert kinds["Sand Springs, Okla."] == "place"


def test_listing_teasers_with_release_numbers_documents_and_honours() -> None:
    text = ("NR 19-044 Corps opens boat ramps\n\n"
            "Fees change at Pine Lake\u2019s Sunset Point, Elm Grove and Cedar Bend Parks. The "
            "Draft Environmental Assessment for the Pine Lake Shoreline Project is out. Ana Ruiz "
            "won the Ranger of the Year Award. She leads the Training Center for NOAA's Great "
            "Lakes office. The Gulf Coast Resilience Tournament starts Monday.\n")
    found = suggest(text)
    kinds = _types(found)
    # a release's number is no part of the headline's first name
    assert not any(name.startswith("NR 19-044 Corps") for name in kinds)
    # two places with one plural head
    assert {"Elm Grove", "Cedar Bend Parks"} <= set(kinds)
    assert not any(name.startswith("Elm Grove and") for name in kinds)
    # a kind of document, then what it is about
    assert "Pine Lake Shoreline Project" in kinds
    # an honour named for a title, no one's role; a tournament an event
    assert kinds["Ranger of the Year Award"] == "other"
    assert kinds["Gulf Coast Resilience Tournament"] == "event"
    # "for" and a body's possessive begin another name
    assert "Training Center" in kinds and not any("for NOAA" in name for name in kinds)


def test_a_body_named_by_two_heads_is_not_cut_where_the_story_writes_its_end_alone() -> None:
    found = suggest("Corps of Engineers presents award\n\n"
                    "Maj. Gen. Lee Park, U.S. Army Corps of Engineers\u2019 Ohio Valley Division "
                    "commander, presented the award.\n")
    kinds = _types(found)
    assert "U.S. Army" not in kinds
    assert "Corps of Engineers" in _entity(found, "U.S. Army Corps of Engineers").aliases


def test_a_field_diary_with_vessels_banks_and_a_place_named_for_someone() -> None:
    text = ("We surveyed south of Rachel\u2019s Harbour and Corvo, the northern edge of Sable "
            "Bank, from the offshore ship M/V Captain Ana B. Lopes. We launched the MBARI R/V "
            "Kestrel near Pico Beach! Photo credit NOAA Fisheries/Ida Berg, Azores Marine Lab. "
            "He spoke of Mary\u2019s Brother.\n")
    found = suggest(text)
    kinds = _types(found)
    # a place named for someone's, after a word of place, whole
    assert kinds["Rachel\u2019s Harbour"] == "place"
    assert "Mary\u2019s Brother" not in kinds
    # places after a part of a place or a direction and "and"
    assert kinds["Corvo"] == "place" and kinds["Sable Bank"] == "place"
    # vessels by their prefix, a title in the name and all; the owner apart
    assert kinds["M/V Captain Ana B. Lopes"] == "other"
    assert kinds["R/V Kestrel"] == "other" and "MBARI" in kinds
    # a sentence's exclamation mark after a beach; a credit's body after a comma is no state
    assert kinds["Pico Beach"] == "place"
    assert kinds["Ida Berg"] == "person"


def test_a_bureaus_releases_headers_captions_and_offices_by_letters() -> None:
    text = ("Director Lane Testifies Before Senate Finance Committee\n\n"
            "Agency Mentoring Program Gives Students a Look at Careers\n\n"
            "Woman Typing on Tablet Computer (Stock Image)\n\n"
            "FOR IMMEDIATE RELEASE MONDAY, MAY 5, 2008 WWW.EXAMPLE.GOV The TB Office of "
            "Internal Review staff met. TB-OIR investigators spoke.\n")
    found = suggest(text)
    kinds = _types(found)
    # a body's name between a headline's verb or small word and its end
    assert kinds["Senate Finance Committee"] == "organisation"
    assert kinds["Agency Mentoring Program"] == "other"
    # a caption's person-like words before a verb in -ing, a release's header and a web
    # address in capitals name nothing
    assert not any(name.startswith(("Woman Typing", "IMMEDIATE", "WWW")) for name in kinds)
    # an office's letters after its owner's, joined by a hyphen
    office = _entity(found, "TB Office of Internal Review")
    assert "TB-OIR" in office.aliases


def test_a_short_form_before_two_longer_ones_joins_the_one_named_most() -> None:
    found = suggest("The Coastal Rangers serves the port.\n\n"
                    "The Coastal Rangers Task Force seeks volunteers.\n\n"
                    "The Coastal Rangers Service patrols the bay. The Coastal Rangers Service "
                    "hired divers. The Coastal Rangers Service grew.\n")
    assert "Coastal Rangers" in _entity(found, "Coastal Rangers Service").aliases


def test_a_highway_agencys_releases_projects_highways_and_letters() -> None:
    text = ("May 4, 2021BOSTON \u2013 The U.S. Department of Energy Works funded the Lowell "
            "Canal Bridge Replacement Project near I-93. USDOEW staff and the United States "
            "Department of Energy Works met.\n")
    found = suggest(text)
    kinds = _types(found)
    # a dateline in capitals glued to the year before it
    assert kinds["BOSTON"] == "place"
    # a works project is no body; a highway by its number is a place
    assert kinds["Lowell Canal Bridge Replacement Project"] == "other"
    assert kinds["I-93"] == "place"
    # the country's letters or its name, and the letters with the small word's: one body
    department = _entity(found, "United States Department of Energy Works")
    assert {"U.S. Department of Energy Works", "USDOEW"} <= set(department.aliases)


def test_a_grant_lists_towns_labels_programmes_and_project_titles() -> None:
    text = ("NATIONAL FUND FOR THE ARTS GRANTS, MAY 2021\n\n"
            "OREGON (2) $300,000 Eugene\n\nEugene Outright: $150,000\n\n"
            "[Workshops for Museum Staff]\n\nProject Director: Anne-Marie Tollefsen\n\n"
            "Project Title: Rivers and Roads: The Towns that Grew on the Willamette\n\n"
            "Project Description: A workshop for 20 staff.\n\nCorvallis\n\n"
            "Oregon Heritage Society Outright: $150,000\n\n[Preservation Assistance Grants]\n\n"
            "Media Contact: Lars Penhallow | (503) 555-0100\n\n"
            "NFA Grant Offers, May 2021 Page 2 of 9\n")
    kinds = {e.name: e.type for e in suggest(text).entities}
    # towns heading a list's parts, alone on their line or before a label and an amount
    assert kinds["Eugene"] == kinds["Corvallis"] == "place"
    # the label a list puts before every amount is no part of the grantee's name
    assert kinds["Oregon Heritage Society"] == "organisation"
    assert not any("Outright" in name for name in kinds)
    # categories on lines in brackets, a double given name, a body's letters in a footer
    assert kinds["Workshops for Museum Staff"] == kinds["Preservation Assistance Grants"] == "other"
    assert kinds["Anne-Marie Tollefsen"] == kinds["Lars Penhallow"] == "person"
    assert kinds["NFA"] == "organisation"
    # a title after its label is one work, not its capitalised pieces
    assert kinds["Rivers and Roads: The Towns that Grew on the Willamette"] == "work"
    assert not {"Towns", "Grew", "Willamette", "Media Contact", "Project Description",
                "Project Title"} & set(kinds)


def test_headline_amounts_twin_towns_peoples_ships_periods_and_contests() -> None:
    text = ("Arts Council Announces $4.2 Million for 80 Projects\n\n"
            "Researchers from the University of Illinois, Urbana-Champaign and Columbia "
            "University met. The film covers the Miss America Beauty Pageant, the Italian "
            "Renaissance and the American Midwest. Elders of the Crow tribe spoke at Little Big "
            "Horn College in Crow Agency, Montana. Teachers study the Clotilda and the "
            "Africatown community. The council made Humanities Access grants. The list is an "
            "Adobe Acrobat file.\n")
    found = suggest(text)
    kinds = _types(found)
    # a headline's verb before an amount ends the name; the amount is no part of it
    assert kinds["Arts Council"] == "organisation"
    assert not any("Announces" in name or "$" in name for name in kinds)
    # twin towns joined by a hyphen are a place of their own, then another body
    assert kinds["Columbia University"] == "organisation"
    assert kinds["Miss America Beauty Pageant"] == "event"
    assert kinds["Italian Renaissance"] == "event"
    assert kinds["American Midwest"] == "place"
    # a people named as such is no short form of the town named after it
    assert kinds["Crow"] == "group"
    assert kinds["Crow Agency"] == "place"
    assert "Crow" not in _entity(found, "Crow Agency").aliases
    assert kinds["Clotilda"] == kinds["Humanities Access"] == kinds["Adobe Acrobat"] == "other"
    assert kinds["Africatown"] == "place"


def test_a_recall_notices_firms_products_labels_and_addresses() -> None:
    text = ("Report an Unsafe Product: http://SaferProducts.gov\n"
            "1. Tallow Goods Company Recalls Folding Chairs Due to Fall Hazard "
            "http://www.example.gov/Recalls/2021/Tallow-Goods-Recalls-Folding-Chairs\n"
            "  \u2022 Brindle Kitchenware Recalls Marlow Copper Kettles Due to Burn Hazard; "
            "Sold Exclusively at Home Depot\n"
            "WASHINGTON, D.C. - The U.S. Consumer Product Safety Commission and Health Canada "
            "announced a recall.\n"
            "Name of Product: Joy.Calm.Rest night lights\n"
            "Importer: Baby Appleseed, of Dover, Del.\n"
            "Manufacturer: Grandma Ruth\u2019s Pantries, Toronto, Canada.\n"
            "Product: Harrow Cribs.\n"
            "Incidents/Injuries: None reported.\n"
            "Description: \u201cGrandma Ruth\u2019s Pantries\u201d is printed on a label. The "
            "boxes have stickers on them reading, \u201cKETTLE CO. . . HOT.\u201d Act TODAY "
            "and check. CPSC and Tallow Goods were aware of one injury. The Starry Nights\u2122 "
            "lamps and the Starry NightsTM Deluxe lamps were sold. Kestrel Toy Inc. of Lake "
            "Forest, Calif., recalled them. (PRNewsfoto/U.S. Consumer Product Safety Co)\n")
    found = suggest(text)
    kinds = _types(found)
    # a web address's path names nothing; its host may be a site's name
    assert kinds["SaferProducts.gov"] == "organisation"
    assert not any("-" in name and "Recalls" in name for name in kinds)
    # a recall's headline: the firm, what it recalls, where it was sold; "Due to" ends it
    assert kinds["Tallow Goods Company"] == kinds["Brindle Kitchenware"] == "organisation"
    assert kinds["Marlow Copper Kettles"] == "other"
    assert kinds["Home Depot"] == "organisation"
    assert not any(name.endswith(("Due", "Recalls")) for name in kinds)
    # a body, then another named with its country; a body's letters, then another name
    assert kinds["Health Canada"] == "organisation"
    assert not any(" and " in name for name in kinds)  # ("CPSC and Tallow Goods were …")
    # fields of a notice: the labels name nothing, the firm and the product are typed by them
    assert not {"Unsafe Product", "Name of Product", "Injuries", "None", "TODAY",
                "Act TODAY"} & set(kinds)
    assert kinds["Joy.Calm.Rest"] == kinds["Harrow Cribs"] == "other"
    assert kinds["Baby Appleseed"] == "organisation"
    assert kinds["Grandma Ruth\u2019s Pantries"] == "organisation"  # its name given whole
    # a trademark's letters glued on end the name; a firm's town after "Inc. of"
    assert "Starry Nights" in kinds and "Starry NightsTM Deluxe" not in kinds
    assert kinds["Kestrel Toy Inc."] == "organisation"
    # a caption's copy cut the body's name short: the same body
    assert "U.S. Consumer Product Safety Co" in _entity(
        found, "U.S. Consumer Product Safety Commission").aliases
    # the words printed on a thing are no one's words
    assert not any("KETTLE" in q.text for q in found.quotes)


def test_a_weather_services_towns_roads_scales_and_tables() -> None:
    text = ("National Weather Service United States Department of Commerce\n\n"
            "Sort by County| Time | Rating | State | County | Location | Narrative |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 01:42Z | EF1 | LA | Tensas | Mt Hebron | A tornado touched down along Mount "
            "Hebron Church Road near County Road 1251 and FM 2554 in Western Tensas Parish, "
            "then crossed into the Lake Providence community and the Lakeprovidence fields. |\n\n"
            "The tornado began 4 N Gorman and tracked between Liberal and Dodge City, ending "
            "2 miles east of Ensign and 1 mile northeast Kismet. It was rated on the Enhanced "
            "Fujita scale, which replaced the Fujita Scale. Abbey Road 1969 was an album.\n"
            "start location: 4 N Gorman / Tensas / LA\n")
    found = suggest(text)
    kinds = _types(found)
    # a page's banner: one body after another
    assert kinds["National Weather Service"] == "organisation"
    assert kinds["United States Department of Commerce"] == "organisation"
    # a table's columns of places type their cells
    assert kinds["Mt Hebron"] == "place"
    # roads by their numbers, however long, and two of them joined by "and"
    assert kinds["County Road 1251"] == kinds["FM 2554"] == "place"
    assert "Abbey Road" in kinds and "Abbey Road 1969" not in kinds  # a year, no road number
    # a side of a parish, the parish alone, and the parish named in full: one place
    parish = _entity(found, "Tensas")
    assert "Western Tensas Parish" in parish.aliases and parish.type == "place"
    # one town, two spellings; a community by its name
    assert "Lake Providence" in _entity(found, "Lakeprovidence").aliases
    # a distance and a direction, then the town (the letters no part of its name)
    assert kinds["Gorman"] == kinds["Kismet"] == kinds["Ensign"] == "place"
    assert not any(name.startswith("N ") for name in kinds)
    # towns the gazetteer knows joined by "and" are two
    assert kinds["Liberal"] == kinds["Dodge City"] == "place"
    # scales keep their word "scale"
    assert kinds["Enhanced Fujita scale"] == kinds["Fujita Scale"] == "other"


def test_an_agencys_delegations_members_with_home_states_and_titles_before_bodies() -> None:
    text = ("Chairman of the House Coastal Affairs Committee Marta Lindqvist of Oregon led a "
            "delegation that included Representatives Tomas Arbeloa of Nevada and Tavita "
            "K.L. Sapolu of American Samoa. The agency recruits, places, and trains Americans "
            "for service. She thanked her friends on the Hill.\n")
    kinds = {e.name: e.type for e in suggest(text).entities}
    # a role naming a body to its last head, then the person, then the state they are from
    assert kinds["House Coastal Affairs Committee"] == "organisation"
    assert kinds["Marta Lindqvist"] == kinds["Tomas Arbeloa"] == "person"
    assert kinds["Oregon"] == kinds["American Samoa"] == "place"
    # initials written together mark a person's name
    assert kinds["Tavita K.L. Sapolu"] == "person"
    assert not any(" of " in name for name in kinds)
    # a verb before a people is no craft; "the Hill" is a place
    assert kinds["Americans"] == "group"
    assert kinds["Hill"] == "place"


def test_public_lands_offices_sharing_heads_and_bodies_run_into_places() -> None:
    text = ("In support of the Bureau of Land Management’s (BLM) mission, the BLM Rock Springs "
            "and Rawlins field offices will gather horses from the Adobe Town area. The plan "
            "covers the Rock Springs and Rawlins Field Offices. The Bureau of Land Management "
            "Rock Springs Wild Horse Holding Facility will reopen. The Burns District of the "
            "Bureau of Land Management met. The BLM in Oregon announced the latest BLM Facts, "
            "our annual illustrated almanac answering questions. The Gila Flats Herd "
            "Management Area wild horses were counted.\n"
            "The Black Rock Field Office to release Gila Flats Herd Management Area Wild "
            "Horses treated with care\n"
            "BLM concludes the Gila Flats HMA gather.\n"
            "The Council European Council preparations began; the European Council met.\n")
    found = suggest(text)
    kinds = _types(found)
    # a body's letters, then the towns its offices are named for
    assert "Rock Springs" in kinds and "BLM Rock Springs" not in kinds
    # two offices sharing one plural head; a body, then its facility in a town
    assert "Rawlins Field Offices" in kinds
    assert "Rock Springs Wild Horse Holding Facility" in kinds
    assert not any(name.startswith("Bureau of Land Management ") for name in kinds)
    # a body's district; a work described as one; a town's name ending in "Town"
    assert kinds["Burns District"] == "organisation"
    assert kinds["BLM Facts"] == "work"
    assert kinds["Adobe Town"] == "place"
    # a name run into a headline's common words; its letters at the end join it
    area = _entity(found, "Gila Flats Herd Management Area")
    assert "Gila Flats HMA" in area.aliases
    assert not any(name.endswith("Wild Horses") for name in kinds)
    # a copy's lines run together: the Council, then the European Council
    assert "Council European Council" not in kinds and "European Council" in kinds


def test_a_newsrooms_subheads_run_into_datelines_and_firms_by_their_legal_names() -> None:
    text = ("Regulator Takes Action Against Harlow Lending Services, Inc. for Billing Schemes\n\n"
            "Company to Pay $5.2 Million For Illegally Billing Over 100,000 Consumers "
            "WASHINGTON, D.C. – Today the Bureau filed a complaint against Harlow Lending "
            "Services, Inc. for illegal billing.\n\n"
            "Loan Officers and Former Title Company Executives Who Traded Cash Will Be Banned "
            "WASHINGTON, D.C. — Today the Bureau sued the developer of Hawks Bluff.\n\n"
            "Regulator Orders Marsh Bank to Pay $18.5 Million for Illegal Practices\n\n"
            "Prepared Remarks of Director Ann Holt on the Marsh Bank Enforcement Action Press "
            "Call\n")
    found = suggest(text)
    kinds = _types(found)
    # a subhead in title case run into the dateline says nothing of names
    assert not any(name.startswith(("Illegally", "Former Title", "Loan Officers"))
                   for name in kinds)
    # a verb before an amount; a press call is no body
    assert "Pay" not in kinds
    assert not any(name.endswith("Press") for name in kinds)
    # a firm with its legal form, in the headline (which goes on "for …") and the body: one
    # firm
    assert kinds.get("Harlow Lending Services, Inc.") == "organisation", kinds
    assert not any(name.startswith("Harlow") and name != "Harlow Lending Services, Inc."
                   for name in kinds), kinds
    assert kinds["Hawks Bluff"] == "place"


def test_guard_members_units_dates_and_campuses() -> None:
    text = ("Ohio Guard tests 5,000 people\n"
            "An Ohio National Guard Soldier waits at the Ohio State Capitol in Columbus June "
            "1, 2020. Citizen-Soldiers of the Ohio Army National Guard drove trucks. The Ohio "
            "Army National Guard is part of the Ohio National Guard. Airmen collected "
            "specimens at the Lorain Department of Transit Services in Bexley. Medics worked "
            "at the University of Toledo's Science, Technology and Advanced Research Campus.\n")
    found = suggest(text)
    kinds = _types(found)
    # a member capitalised after the body's name is no part of it; nor its members before
    assert not any(name.endswith(("Soldier", "Soldiers")) for name in kinds)
    assert not any(name.startswith("Citizen-") for name in kinds)
    # a state's "Guard" is its "National Guard", whose army is another body
    assert "Ohio Guard" in _entity(found, "Ohio National Guard").aliases
    assert kinds["Ohio Army National Guard"] == "organisation"
    # a date after a place; a town after "in" that ends an institution's name
    assert kinds["Columbus"] == "place" and "Columbus June" not in kinds
    assert kinds["Bexley"] == "place"
    assert "Lorain Department of Transit Services" in kinds
    # a campus named with a list inside it
    assert kinds["Science, Technology and Advanced Research Campus"] == "place"


def test_tribes_peoples_lands_and_long_titles() -> None:
    text = ("June 30, 2025: Agency Updates for Tribes and Tribal ad Urban Groups\n\n"
            "The agency works across Indian Country. It serves American Indian and Alaska "
            "Native communities; American Indians and Alaska Natives own the programs. Members "
            "of the "
            "Eastern Shawnee Band of Cherokee Indians met us, and the ESB thanked the staff. "
            "On May 10, the director testified at a hearing titled “Examining the President’s "
            "FY 2025 Budget Request for the Bureau of Indian Affairs, Indian Health Service, "
            "and Office of Insular Affairs”.\n")
    found = suggest(text)
    kinds = _types(found)
    # a land named for its people; peoples in the singular before a noun describe it
    assert kinds["Indian Country"] == "place"
    assert not {"American Indian", "Alaska", "Alaska Native"} & set(kinds)
    assert kinds["American Indians"] == kinds["Alaska Natives"] == "group"
    # a body's letters before its "of"
    assert "ESB" in _entity(found, "Eastern Shawnee Band of Cherokee Indians").aliases
    # a long title after "titled" is one work
    assert any(name.startswith("Examining the President") and kind == "work"
               for name, kind in kinds.items())
    assert "Examining" not in kinds
    # a title opened by its date and a colon
    assert not any(name.startswith("Agency Updates") for name in kinds)


def test_advisories_districts_valleys_and_possessive_places() -> None:
    text = ("Do not travel to the Valley of the Apurímac, Ene, and Mantaro Rivers, including "
            "areas within the Departments of Ayacucho, Cusco, and Junin. Authorization is not "
            "required for travel to Cox’s Bazar. The Chittagong Hill Tracts are closed. If you "
            "are a dual Afghan-U.S. citizen, the Taliban may not recognize it. The Departments "
            "of Labor and Education met.\n")
    kinds = {e.name: e.type for e in suggest(text).entities}
    # a valley named for the rivers it holds, its list inside the name
    assert kinds["Valley of the Apurímac, Ene, and Mantaro Rivers"] == "place"
    # a country's divisions in a list after their plural kind: each a place
    assert kinds["Ayacucho"] == kinds["Cusco"] == kinds["Junin"] == "place"
    assert not any(name.startswith("Departments of Ayacucho") for name in kinds)
    # a place the gazetteer knows named with a possessive; hill tracts are land
    assert kinds["Cox’s Bazar"] == kinds["Chittagong Hill Tracts"] == "place"
    assert "Cox" not in kinds and "Bazar" not in kinds
    # two countries' adjective joined by a hyphen names nothing
    assert not any(name.startswith("Afghan-") for name in kinds)


def test_a_dateline_after_a_subhead_keeps_its_state_code() -> None:
    text = ("Consumers Deceived by Claims to Receive $33.4 Million Washington, D.C. – The Bureau "
            "took action today.\n")
    kinds = {e.name: e.type for e in suggest(text).entities}
    assert kinds["Washington, D.C."] == "place"
    assert "D.C." not in kinds


def test_a_research_agencys_pages_units_labels_species_and_memorials() -> None:
    text = ("Skip to main content\nARS Home » Office of Communications » ARS in the News\n\n"
            "\"New Wheat Strain Could Feed Millions In Drought Years\"\n"
            "Featured Scientist: Dana Kowal\n"
            "Research Unit: USDA-ARS Grain Quality Research Unit\n"
            "Outlet: Field Notes\n"
            "Brief: Researchers in Grain Quality Research Unit used small RNA sequencing. Gene "
            "Lester ARS National Program Leader spoke. The ARS Grain Quality Research Unit "
            "agreed.\n\n"
            "Research Associate, ARS Dryland Crops Research Unit, Walla Walla, WA\n\n"
            "Soil Scientist at the Blackland Research Laboratory in Temple, TX\n\n"
            "The walk passed the Martin Luther King Jr. Memorial. The Harvest Hope Walk raised "
            "funds. The Ember Beetle (Chrysomela ardua Smith & Vandenberg) is new, said "
            "Vandenberg-or simply the ember beetle.\n")
    found = suggest(text)
    kinds = _types(found)
    # a site's path and another outlet's headline in quotation marks name nothing
    assert not {"News", "Millions", "Drought Years", "New Wheat Strain"} & set(kinds)
    # a field's value; an outlet after "Outlet:"; a unit with and without its parent's letters
    assert kinds["Field Notes"] == "organisation"
    unit = _entity(found, "ARS Grain Quality Research Unit")
    assert "USDA-ARS Grain Quality Research Unit" in unit.aliases
    assert not any(name.startswith("in ") for name in kinds)
    # a line ending with a town and its state's postal code is no headline
    assert kinds["ARS Dryland Crops Research Unit"] == "organisation"
    assert kinds["Blackland Research Laboratory"] == "organisation"
    assert kinds["Temple"] == "place"
    # a molecule's letters; a person, then his body's letters and his post
    assert "RNA" not in kinds
    assert kinds["Gene Lester"] == "person"
    # a memorial named for someone; a charity's walk; a species with its authors
    assert kinds["Martin Luther King Jr. Memorial"] == "place"
    assert kinds["Harvest Hope Walk"] == "event"
    assert kinds["Chrysomela ardua"] == "other"
    assert not any(name.endswith("-or") for name in kinds)


def test_a_members_plural_inside_a_name_and_a_bodys_museum() -> None:
    text = ("The National Inventors Hall of Fame met in the Kogod Courtyard. Inventors Eye "
            "salutes the class. They toured the National Inventors Hall of Fame Museum in "
            "Alexandria. Senators Lamar Alexander and Patty Murray came. Presidents Trump and "
            "Putin spoke.\n")
    found = suggest(text)
    kinds = _types(found)
    # a name holding its members' plural is no title before a person
    assert kinds["National Inventors Hall of Fame"] == "organisation"
    assert "Inventors Eye" in kinds and "Eye" not in kinds and "Hall" not in kinds
    # a body and the museum named after it are two
    assert "National Inventors Hall of Fame" not in _entity(
        found, "National Inventors Hall of Fame Museum").aliases
    assert kinds["Kogod Courtyard"] == "place"
    # a plural title before people stays a title
    assert kinds["Lamar Alexander"] == "person"
    assert "Trump" in kinds and "Putin" in kinds and not any(
        name.startswith("Presidents") for name in kinds)


def test_members_press_releases_statements_parties_and_departments() -> None:
    text = ("July 19, 2022\nCardin, Menendez, Colleagues Celebrate SFRC Approval of Peace Corps "
            "Act\n\nWASHINGTON – U.S. Sen. Mark R. Warner (D-VA) issued the statement below "
            "regarding Treasury Secretary Janet Yellen’s request that Congress act:\n\n“As we "
            "work to emerge from this crisis, Congress has a fiscal responsibility to act.”\n\n"
            "Senators Bob Menendez (D-N.J.) and Jim Risch (R-Idaho) praised the Senate Foreign "
            "Relations Committee. Now the Senate must act, said Ranking Member DeLauro. "
            "General Motors plans to halt production, and GM agreed, said General Mark "
            "Milley. The bill funds the Departments of Defense, Labor, Health and Human "
            "Services, and Education. Democrats were also successful in cutting his FY26 "
            "budget. Volunteers live in the Suburban Maryland area.\n")
    found = suggest(text)
    kinds = _types(found)
    # a statement a paragraph announces with a colon is its maker's, not the last name's
    assert [q.speaker_name for q in found.quotes] == ["Mark R. Warner"]
    # "General" of a firm is no rank; the firm's letters join it
    assert kinds["General Motors"] == "organisation"
    assert "GM" in _entity(found, "General Motors").aliases
    assert kinds["Mark Milley"] == "person" and "Motors" not in kinds
    # party and state in brackets, dotted, name nothing
    assert not any(name.startswith(("D-", "R-")) for name in kinds)
    # a list of departments after "the Departments of" is one body each
    assert {"Departments of Defense", "Labor", "Health and Human Services"} <= set(kinds)
    # the chamber is not short for its committee
    assert kinds["Senate"] == "organisation"
    assert "Senate" not in _entity(found, "Senate Foreign Relations Committee").aliases
    assert kinds["DeLauro"] == "person"
    assert kinds["Democrats"] == "organisation"
    assert kinds["Suburban Maryland"] == "place"
    assert "FY26" not in kinds
    # a body's letters in a title-case headline, joined to the name they stand for
    assert "SFRC" in _entity(found, "Senate Foreign Relations Committee").aliases
    # no "Group of Senators" in a headline
    found = suggest("Shaheen Joins Bipartisan Group of Senators to Introduce Peace Corps Act"
                    "\n\nSenator Jeanne Shaheen joined the Peace Corps Act's sponsors.\n")
    assert not any("Group" in e.name for e in found.entities)


def test_a_bodys_letters_its_head_alone_and_a_letter_inside_a_word() -> None:
    found = suggest("Protecting Investors: The SEC’s Division of Enforcement\n\nThe views I "
                    "express are my own, not the views of the Commission or its staff.\n")
    # "the Commission" is the one body whose letters end with its initial
    assert "Commission" in _entity(found, "SEC").aliases
    found = suggest("U.S. Department of Transportation/Federal Highway AdministrationU.S. "
                    "Department of Transportation/Federal Highway Administration\n\nTour "
                    "FHWA's new Mobile Asphalt Technology Center\n\nThe Federal Highway "
                    "Administration builds roads. Progressives are spending millions to stop it.\n")
    # letters that take a second letter from inside a word, one name despite a glued copy
    assert "FHWA" in _entity(found, "Federal Highway Administration").aliases
    # people of a view opening a sentence are no party
    assert not any(e.name == "Progressives" for e in found.entities)


def test_a_presidencys_english_news_korean_names_bylines_and_glued_quotes() -> None:
    text = ("By Kang Gahui and Kim Young Shin\n2018 Inter-Korean Summit Press Corps\n"
            "President Moon Jae-in and North Korean leader Kim Jong Un met at the main "
            "building of Cheong Wa Dae before the North Korea-U.S. summit. The North Korean "
            "leader said, “I hope we will have good results today.” In his remarks, the "
            "president said, “It was the bold determination of the two leaders.” Spring is "
            "here. Their Inter-Korean Summit went well. Americans, Koreans and others agreed. "
            "President Moon flew on Air Force One to Seoul's Yongsan-gu District.\n"
            "By Xu Aiying President Yoon Suk Yeol held talks with U.S. Vice President Kamala "
            "Harris Korea on issues. President Yoon said, \"The alliance is developing into a "
            "global alliance.\"\"President Biden and I met several times,\" he added. \"We "
            "will go on.\"\"I hope that her visit to Korea is another watershed.\"Vice "
            "President Harris was quoted by the White House by saying, \"The alliance remains "
            "a linchpin.\"\n")
    found = suggest(text)
    kinds = _types(found)
    # a byline's authors, each a person; a byline run into the first sentence cut there
    assert kinds["Kang Gahui"] == kinds["Kim Young Shin"] == kinds["Xu Aiying"] == "person"
    assert _entity(found, "Yoon Suk Yeol").role == "President"
    # a person and a country run together; Korea alone is a country, not North Korea
    assert kinds["Kamala Harris"] == "person" and kinds["Korea"] == "place"
    assert kinds["North Korea"] == "place" and "North" not in kinds
    assert "Korea" not in _entity(found, "North Korea").aliases
    assert "North Korean" not in kinds and "Spring" not in kinds
    assert kinds["Cheong Wa Dae"] == "place" and kinds["Koreans"] == "group"
    assert kinds["Air Force One"] == "other" and "Air Force" not in kinds
    assert kinds["Seoul"] == "place" and kinds["Yongsan-gu District"] == "place"
    assert "Inter-Korean Summit" not in _entity(found, "Inter-Korean Summit Press Corps").aliases
    speakers = [(q.text.split()[0], q.speaker_name) for q in found.quotes]
    # a description resolved to the person the story titled so; glued quotes found, and a
    # glued next sentence no attribution of the quote before it
    assert speakers == [("I", "Kim Jong Un"), ("It", "Moon Jae-in"), ("The", "Yoon Suk Yeol"),
                        ("President", "Yoon Suk Yeol"), ("We", "Yoon Suk Yeol"),
                        ("I", "Yoon Suk Yeol"), ("The", "Kamala Harris")]


def test_indian_government_releases_shri_labels_languages_and_hindi_names() -> None:
    text = ("Leaders meet PM\n\nSource: Government of India\n\nPosted On: 05 APR 2025 "
            "9:53PM by PIB Delhi\n\n| Published on:\n\nThe leaders of Indian Origin Tamil "
            "(IOT) met the Prime Minister Shri Narendra Modi today in Colombo, near the "
            "sacred site Seetha Eliya temple. India will build homes for IOTs.\n\nIn separate "
            "posts on X, he said:\n\n“The meeting with the community was fruitful.”\n\n"
            "Union Home and Cooperation Minister Shri Amit Shah spoke on 5th April, 2025. "
            "Rao Inderjit Singh chaired the meeting. Addressing the Chintan Shivir organised "
            "by the Ministry of Steel, Shri Jyotiraditya Scindia spoke. Shri Scindia praised "
            "tele-consultations on eSanjeevani app. It is the year of the Azadi ka Amrit "
            "Mahotsav. Modi has taken a decision in the New Education Policy. He called for "
            "teaching in languages such as Hindi, Tamil, Telugu and the Government of Madhya "
            "Pradesh led by Shri Shivraj Singh Chouhan is the first to implement the New "
            "Education policy.\n")
    found = suggest(text)
    kinds = _types(found)
    # "Shri" is an honorific, not a word of the name
    assert kinds["Narendra Modi"] == kinds["Jyotiraditya Scindia"] == "person"
    assert "Scindia" in _entity(found, "Jyotiraditya Scindia").aliases
    assert kinds["Amit Shah"] == "person" and not any("Shri" in name for name in kinds)
    # India's "Union … Minister" is a post, no body
    assert not any(name.startswith("Union") for name in kinds)
    # a page's labels, a date's ordinal: no names; who posted it, whole
    assert "Published" not in kinds and "5th" not in kinds and kinds["PIB Delhi"]
    assert "PIB" not in kinds and "Delhi" not in kinds
    # a people named by its peoples' words, its letters in the singular and the plural
    assert kinds["Indian Origin Tamil"] == "group"
    assert {"IOT", "IOTs"} <= set(_entity(found, "Indian Origin Tamil").aliases)
    assert kinds["Seetha Eliya"] == "place" and kinds["Rao Inderjit Singh"] == "person"
    assert kinds["Chintan Shivir"] == "event" and kinds["eSanjeevani"] == "other"
    assert "Azadi ka Amrit Mahotsav" in kinds
    assert "New Education" in _entity(found, "New Education Policy").aliases
    # languages listed before a body name no one; the body keeps its name
    assert kinds["Government of Madhya Pradesh"] == "organisation"
    assert not any("Hindi" in name or "Telugu" in name for name in kinds)
    # posts quoted after "he said:" on a line of its own are his
    assert [q.speaker_name for q in found.quotes] == ["Narendra Modi"]


def test_a_departments_feed_nicknames_venues_and_labels_glued_to_names() -> None:
    text = ("Department of Homeland Security News\nMar 02, 2021\n\nSecretary Mayorkas Visits "
            "FEMA COVID-19 Vaccination Facility in Philadelphia\n\nWASHINGTON - Today, the U.S. "
            "Department of Homeland Security (DHS) released its Strategic Framework for "
            "Addressing Climate Change. The Strategic Framework guides the Department's work. "
            "Homeland Security Secretary Alejandro Mayorkas visited the Pennsylvania Convention "
            "Center. (DHS Photo by Benjamin Applebaum/Released)\n\nSecretary of Homeland "
            "Security Alejandro N. Mayorkas released a statement on the arrest of leaders of "
            "the Sinaloa Cartel Ismael Zambada Garcia (“El Mayo”) and Joaquin Guzman Lopez.\n"
            "\n\"We are dedicating our resources to reunite children,\" said Secretary "
            "Mayorkas.\n\n    Chief Medical Officer for Public Health Missions  Information "
            "contained in a press release of Uvalde, Texas Release Date: May 25, 2022.\n")
    found = suggest(text)
    kinds = _types(found)
    # a document by its kind alone joins its whole name; "Framework" names works
    assert kinds["Strategic Framework for Addressing Climate Change"] == "work"
    assert "Strategic Framework" in _entity(
        found, "Strategic Framework for Addressing Climate Change").aliases
    # the body is not short for its feed
    assert "Department" in _entity(found, "U.S. Department of Homeland Security").aliases
    # one person with and without the middle initial, and the surname alone
    person = _entity(found, "Alejandro N. Mayorkas")
    assert {"Alejandro Mayorkas", "Mayorkas"} <= set(person.aliases)
    assert found.quotes[0].speaker_name == "Alejandro N. Mayorkas"
    # a cartel, then a person; the nickname in brackets is his
    assert kinds["Sinaloa Cartel"] == "organisation"
    assert "El Mayo" in _entity(found, "Ismael Zambada Garcia").aliases
    assert kinds["Pennsylvania Convention Center"] == "place"
    assert kinds["COVID-19"] == "other" and "Released" not in kinds
    # two spaces where a line ended; a label run into a place
    assert "Public Health Missions Information" not in kinds and "Information" not in kinds
    assert not any("Release" in name for name in kinds)


def test_army_sports_stories_captions_games_misspelt_speakers_and_she() -> None:
    text = ("The United States Army\n\n16/07/2024 | News release | Archived content\n\n"
            "US Army prepares\n\nBy Brittany Nelson, IMCOMFebruary 10, 2020\n\n"
            "1 / 3 Show Caption + Hide Caption – (Photo Credit: U.S. Army) VIEW ORIGINAL\n\n"
            "JOINT BASE SAN ANTONIO-FORT SAM HOUSTON, Texas - Soldier-athletes in the U.S. "
            "Army are gearing up for the 2020 Olympic Games in Tokyo. Spc. Samantha Schultz "
            "qualified for the Olympics and the Olympic team.\n\n\"I got chills,\" said "
            "Shultz, a champion. It is an honor to be in the Army.\n\nShe won the U.S. Boxing "
            "Olympic Trials and will compete in the World Olympic Qualifier at the Bryce "
            "Jordan Center in State College.\n\n    Photo by Stephen Warns \n\n"
            "Staff Sgt. Leonard Korir came third.\n\nSgt. Colett Rampf agreed with Korir.\n\n"
            "“It’s important to have opportunities like these,” she said.\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds["IMCOM"] == "organisation" and kinds["Brittany Nelson"] == "person"
    # a photo carousel's buttons and credits, a page's fields between bars: no names
    assert not any(word in name for name in kinds for word in (
        "Caption", "ORIGINAL", "Photo", "News", "Archived"))
    assert kinds["JOINT BASE SAN ANTONIO-FORT SAM HOUSTON"] == "place"
    # the army by its country's name, its letters with and without dots, and alone
    assert {"US Army", "U.S. Army", "Army"} <= set(_entity(found, "United States Army").aliases)
    # "the Olympics" are the games, named by their year; "Olympic team" no name
    assert "Olympics" in _entity(found, "2020 Olympic Games").aliases and "Olympic" not in kinds
    # a speaker's name with a letter dropped is the athlete
    assert "Shultz" in _entity(found, "Samantha Schultz").aliases
    assert kinds["U.S. Boxing Olympic Trials"] == kinds["World Olympic Qualifier"] == "event"
    assert kinds["Bryce Jordan Center"] == "place" and kinds["Stephen Warns"] == "person"
    # "she" is not the man named last
    assert found.quotes[-1].speaker_name == "Colett Rampf"


def test_the_knowledge_tells_womens_and_mens_given_names() -> None:
    know = knowledge()
    assert "Samantha" in know.female_names and "Leonard" in know.male_names
    assert "Leonard" not in know.female_names and not know.female_names & know.male_names


def test_a_prime_ministers_misprinted_title_and_a_groups_adjective() -> None:
    found = suggest("Press Conference by Prime Minster Kishida\n\nIn terms of the G7 "
                    "Japanese presidency, I spoke to VOA Russian service listeners.\n")
    kinds = _types(found)
    # the office's common misprint is still a title before the name
    assert kinds["Kishida"] == "person" and _entity(found, "Kishida").role == "Prime Minster"
    # a group of countries by its number, then an adjective (but a service in a language)
    assert kinds["G7"] == "organisation" and "G7 Japanese" not in kinds
    assert "VOA Russian" in kinds


def test_a_bulletin_in_capitals_codes_coasts_and_storms() -> None:
    text = ("Issued at 800 PM EDT Sun Sep 24 2017 000 WTNT35 KNHC 242349 TCPAT5 BULLETIN "
            "Hurricane Maria Intermediate Advisory Number 35A NWS National Hurricane Center "
            "Miami FL AL152017 800 PM EDT Sun Sep 24 2017 ...MARIA CONTINUES MOVING "
            "NORTHWARD... SUMMARY OF 800 PM EDT...0000 UTC...INFORMATION LOCATION...29.7N "
            "72.9W ABOUT 410 MI...660 KM SSE OF CAPE HATTERAS NORTH CAROLINA MAXIMUM SUSTAINED "
            "WINDS...105 MPH...165 KM/H PRESENT MOVEMENT...N OR 360 DEGREES AT 9 MPH WATCHES "
            "AND WARNINGS A Tropical Storm Watch is in effect for... * North of Surf City "
            "northward to the border * Albemarle and Pamlico Sounds A Storm Surge Watch is in "
            "effect for... * Cape Lookout northward to Duck. Residents should monitor the "
            "progress of Maria. At 800 PM EDT, the center of Hurricane Maria was located near "
            "latitude 29.7 North, longitude 72.9 West, 1545 miles E of Hilo.\n")
    found = suggest(text)
    kinds = _types(found)
    # in a text written in capitals, its headers, units and codes name nothing
    assert not any(word in name for name in kinds for word in (
        "MAXIMUM", "MOVEMENT", "SUMMARY", "WTNT35", "KNHC", "TCPAT5", "EDT", "AL152017"))
    # the places it names in capitals are kept
    assert kinds["CAPE HATTERAS"] == kinds["NORTH CAROLINA"] == "place"
    assert kinds["Miami"] == "place" and kinds["Hurricane Maria"] == "event"
    assert "Maria" in _entity(found, "Hurricane Maria").aliases
    # coasts from one place to another; two sounds sharing their plural head
    assert kinds["Surf City"] == kinds["Duck"] == kinds["Cape Lookout"] == "place"
    assert kinds["Albemarle"] == kinds["Pamlico Sounds"] == "place"
    # a direction after a number or before "of" is no name
    assert "West" not in kinds and "North" not in kinds and kinds["Hilo"] == "place"


def test_headings_in_capitals_in_an_ordinary_release_are_left_whole() -> None:
    found = suggest("MOUNTAIN HOME AIR FORCE BASE, Idaho -- Airmen of the base deployed "
                    "today. The wing's commander thanked them at the base.\n")
    assert "MOUNTAIN HOME AIR FORCE BASE" in {e.name for e in found.entities}


def test_a_tables_rows_with_values_and_a_bylines_username() -> None:
    text = ("Voting affiliates\n\nOrganization Voted?\nAmical Wikimedia Yes\n"
            "Icons-flag-ar.png Wikimedia Argentina Yes\nIcons-flag-am.png Wikimedia Armenia "
            "Yes\nIcons-flag-ca.png Wikimedia Canada Yes\n\nBy Ral315, 23 June, 2008\n"
            "The elections have been completed.\n\nOpen Solicitations\nEducational "
            "Materials\n")
    found = suggest(text)
    kinds = _types(found)
    # a table's rows (a name, then a value in its own column) are no headlines: the
    # chapters keep their whole names, without the "Yes" of the column after them
    assert {"Wikimedia Argentina", "Wikimedia Armenia", "Wikimedia Canada"} <= set(kinds)
    assert "Argentina" not in kinds and not any(name.endswith("Yes") for name in kinds)
    assert kinds["Ral315"] == "person"
    # a menu's lines of words alone stay headings
    assert "Open Solicitations" not in kinds and "Educational Materials" not in kinds


def test_a_quote_standing_after_someone_shown_speaking_and_a_headlines_verb() -> None:
    text = ("Kenya Reacts to US Terror Warning\n\nWilliam Ruto, a presidential candidate, "
            "spoke with VOA reporter James Butty, saying the government should have "
            "addressed the warning.\n\n“It is very unfortunate that government is taking "
            "weeks to respond.”\n\nRuto says the advisory has hurt tourism.\n\n“Kenya is "
            "absolutely safe and we have adequate security measures.”\n")
    found = suggest(text)
    # the subject of the sentence that shows someone speaking, not the reporter named last
    assert [q.speaker_name for q in found.quotes] == ["William Ruto", "William Ruto"]
    # a headline's verb ends the name before it
    assert not any("Reacts" in e.name for e in found.entities)
    found = suggest("Collins Reflects on 12 Years as Director\n\nSmith Retires After 40 "
                    "Years\n\nDr. Francis Collins and Jane Smith spoke on Friday.\n")
    names = {e.name: e.aliases for e in found.entities}
    assert "Collins" in names["Francis Collins"] and "Smith" in names["Jane Smith"]
    assert not any("Reflects" in e.name or "Retires" in e.name for e in found.entities)


def test_a_nickname_in_marks_each_time_a_scare_quoted_modifier_and_he_after_a_speaker(
        ) -> None:
    text = ("‘Goon Squad’ could cost Rankin County millions, experts say\n\nRankin County "
            "could pay for the Rankin County “Goon Squad,” which tortured two men, legal "
            "experts say.\n\nOfficials should prepare for “many, many millions of dollars,” "
            "said Ron Silver of Portland, who trained prosecutors after the police who beat "
            "Rodney King in 1991 were tried.\n\nIn his 33 years of work, he said he has "
            "“never seen something this sadistic” as the attack that the self-proclaimed "
            "“Goon Squad” carried out, using “clean” thrown down weapons.\n")
    quotes = [(q.text, q.speaker_name) for q in suggest(text).quotes]
    # the squad's name, in marks each time, and the scare-quoted "clean" are no one's words
    assert quotes == [("many, many millions of dollars,", "Ron Silver"),
                      ("never seen something this sadistic", "Ron Silver")]
    # "he" is the speaker of the sentence before, not the man its relative clause names
    # a single word after the speaker's verb, before a noun, stays the speaker's
    found = suggest("Ohio Attorney General David Yost announced the indictments of two "
                    "executives who allegedly tried to “hijack” state electricity policy.")
    assert [q.speaker_name for q in found.quotes] == ["David Yost"]
    found = suggest("In a press release, her office maintains the charges are bogus: “It’s "
                    "clear this is retaliation against her work.”")
    assert [q.speaker_name for q in found.quotes] == ["her office"]


def test_scare_quotes_inside_a_noun_phrase_far_from_the_verb_are_no_quotes() -> None:
    found = suggest("And a fight over a “bathroom bill” and “religious conscience” "
                    "legislation that businesses inside and outside Texas have warned will "
                    "turn off their employees and put an economic hickey on the state known "
                    "for the “Texas Miracle.”\n")
    assert found.quotes == []
    # partial quotes next to their attribution stay quotes
    for text in ("It was a “disaster,” Smith said.",
                 "The plan is a “disaster” for farmers, Smith said.",
                 "A “frantic effort” is under way, Smith said.",
                 "Smith said Tuesday that the governor and his allies had brought a “total "
                 "disaster.”"):
        assert [q.speaker_name for q in suggest(text).quotes] == ["Smith"], text


def test_a_natural_feature_by_its_name_alone() -> None:
    found = suggest("A crack developed on Greenland's Petermann Glacier. Petermann has "
                    "launched two huge icebergs since 2010.\n")
    assert "Petermann" in _entity(found, "Petermann Glacier").aliases
    assert not any(e.name == "Petermann" for e in found.entities)


def test_a_photo_credits_label_and_a_buildings_abbreviation() -> None:
    found = suggest("Photo:  Credit Bill Branson\n\nDr. Francis Collins addressed a Natcher "
                    "Bldg. audience on his first day as NIH director.\n")
    kinds = _types(found)
    # "Credit" is the label of a photo's credit, not a word of the photographer's name
    assert kinds["Bill Branson"] == "person" and not any("Credit" in n for n in kinds)
    # "Bldg." keeps its dot and names a building
    assert kinds["Natcher Bldg."] == "place"


def test_a_byline_without_by_and_a_byline_in_capitals() -> None:
    # two reporters alone on a line, one surname also a town's name
    kinds = _names("The Texas Tribune\nNational\nSneha Dey and Jaden Edison\n\nTexas "
                   "superintendents on Saturday said state takeovers are not sustainable.\n")
    assert kinds["Sneha Dey"] == "person" and kinds["Jaden Edison"] == "person"
    assert "Edison" not in kinds
    # a byline in capitals, its date run into it
    kinds = _names("Analysis: the session ends\n\nBY ROSS RAMSEY JUNE 5, 2017\n\nThe "
                   "Texas Tribune\n\nA voter ID law passed.\n")
    assert kinds["ROSS RAMSEY"] == "person"
    assert not any("JUNE" in name for name in kinds)
    assert kinds.get("ID") != "place"  # "voter ID": no country's two letters


def test_a_places_own_body_by_its_letters() -> None:
    kinds = _names("Two districts, Houston ISD, and most recently, Fort Worth ISD, are under "
                   "a takeover. School leaders — San Angelo ISD Superintendent Christopher "
                   "Moran and Austin ISD Superintendent Matias Segura — warned.\n")
    for district in ("Houston ISD", "Fort Worth ISD", "San Angelo ISD", "Austin ISD"):
        assert kinds[district] == "organisation"
    assert not {"Houston", "Fort Worth", "San", "Austin", "ISD"} & set(kinds)
    assert kinds["Christopher Moran"] == "person"
    # before a title, a town's whole name, not its first word ("San" is a town in Mali)
    assert _names("San Angelo Mayor Brenda Gunter spoke.")["San Angelo"] == "place"
    # a network's station there stays a place and a body
    kinds = _names("A Denver ABC affiliate reported it.")
    assert kinds.get("Denver") == "place" and "ABC" in kinds


def test_a_numbered_legislature_a_chamber_opening_a_sentence_and_a_session() -> None:
    found = suggest("The Fourth Special Session of the 88th Legislature ended December 5. "
                    "Lawmakers of the 88th Texas Legislature left.\n")
    kinds = _types(found)
    assert "88th Legislature" in _entity(found, "88th Texas Legislature").aliases
    assert "88th Legislature" not in kinds
    assert kinds["Fourth Special Session"] == "event"
    kinds = _names("Less than three weeks remain in the Legislature’s session. Senate bills "
                   "have 12 days.\n")
    assert kinds["Legislature"] == "organisation"  # (not a place: "in the Legislature’s …")
    assert kinds["Senate"] == "organisation"


def test_a_state_alone_is_no_short_form_of_a_name_its_spelling_opens() -> None:
    found = suggest("Lawmakers hurt the state known for the “Texas Miracle,” and firms "
                    "outside Texas warned of it.\n")
    assert _entity(found, "Texas").type == "place"
    assert all("Texas" not in e.aliases for e in found.entities)
    # a given name alone still joins the one person it opens
    assert "Chad" in _entity(suggest("Chad Tew spoke. Chad said more."), "Chad Tew").aliases
    # a region's name before "Country" is a region
    assert _names("Flooding hit the Texas Hill Country.")["Texas Hill Country"] == "place"


def test_a_place_then_a_weekday_and_a_link_to_information() -> None:
    kinds = _names("Criswell will travel to Florida Friday to see it. Click here to see "
                   "Election Information for the March Primary.\n")
    assert kinds["Florida"] == "place" and "Florida Friday" not in kinds
    assert not any(" for the " in name for name in kinds)


def test_residents_of_a_town() -> None:
    kinds = _names("When some residents of Wimberley woke up early Sunday, they fled.")
    assert kinds["Wimberley"] == "place"


def test_a_states_bills_by_number_and_a_member_from_a_city() -> None:
    kinds = _names("SB 525 by Sen. María Elena Durazo, a Los Angeles Democrat, would raise "
                   "wages. AB 603 would not, and HB 12 passed. Texas Democrats fled.\n")
    assert kinds["SB 525"] == kinds["AB 603"] == kinds["HB 12"] == "work"
    assert kinds["Los Angeles"] == "place" and "Los Angeles Democrat" not in kinds
    assert kinds["Texas Democrats"] != "person"  # (the state's party, no one's given name)


def test_a_radio_stations_page_its_sponsor_line_its_newsletter_and_a_list_of_places(
        ) -> None:
    found = suggest("Support for LAist comes from\nLocal and national news, NPR, things to "
                    "do and guides to Los Angeles, Orange County and the Inland Empire\n\nIf "
                    "you like it, you will love our daily morning newsletter, How To LA. "
                    "Gov. Gavin Newsom spoke at a Home Depot in San Jose.\n")
    kinds = _types(found)
    assert kinds["LAist"] == "organisation" and not any("Support" in n for n in kinds)
    assert kinds["How To LA"] == "work" and "LA" not in kinds
    assert kinds["Inland Empire"] == "place"  # listed after places, with "the"
    assert kinds["Home Depot"] == "place"  # a store, where the governor spoke
    # one word after "and the" keeps its own type; a person after "and" is a person
    assert _names("Ministers of Israel and Kyrsten Sinema met.").get("Kyrsten Sinema") != \
        "place"


def test_an_outlet_named_today_a_title_holding_its_countrys_letters_and_a_county() -> None:
    found = suggest("Connect with us\n\nMississippi Today\n\nLexington police jail an "
                    "attorney\n\nShe complained to Assistant U.S. Attorney General Kristen "
                    "Clarke. Holmes County Sheriff Willie March confirmed the arrest. She is "
                    "held in the Holmes-Humphreys County/Regional Correctional Facility.\n\n"
                    "Rankin County residents could face a bill. Rankin officials should "
                    "prepare.\n")
    kinds = _types(found)
    assert kinds["Mississippi Today"] == "organisation" and "Mississippi" not in kinds
    assert kinds["Kristen Clarke"] == "person"  # the title, "U.S." and all, is her role
    assert not any(name.startswith("Assistant") for name in kinds)
    assert kinds["Holmes County"] == "place"  # before the sheriff's title
    assert "Holmes-Humphreys County/Regional Correctional Facility" in kinds
    assert "Rankin" in _entity(found, "Rankin County").aliases  # "Rankin officials"
    assert "Rankin" not in kinds


def test_a_feed_readers_page_of_a_states_newsrooms() -> None:
    found = suggest("There are new articles available, click to refresh the page.\nToday — 2 "
                    "September 2025Wisconsin Watch\n\nMan who died in Milwaukee Jail "
                    "identified\n\nA man who died at the Milwaukee County Jail was identified "
                    "as Gabriel Muniz-Jimenez, 33. Records from the Milwaukee County Medical "
                    "Examiner’s Office, obtained by Wisconsin Examiner, show it. The Wisconsin "
                    "Examiner’s Criminal Justice Reporting Project shines a light on it. A "
                    "report from the Medical Examiner’s Office on Muniz-Jimenez labels the cause "
                    "as undetermined.\n\nThe property at 310 E. Knapp St. is owned by a "
                    "school, on the city’s Northwest Side. The Knapp Street property is used by "
                    "ICE. Data come from the Milwaukee County Motor Vehicle Collision "
                    "Dashboard.\n")
    kinds = _types(found)
    # a feed's name glued to the year of the reader's day heading
    assert kinds["Wisconsin Watch"] == "organisation" and "Wisconsin" not in kinds
    assert "Milwaukee Jail" in _entity(found, "Milwaukee County Jail").aliases
    assert "Medical Examiner’s Office" in \
        _entity(found, "Milwaukee County Medical Examiner’s Office").aliases
    assert not any(" on " in name for name in kinds)  # "… Office on Muniz-Jimenez"
    assert kinds["Wisconsin Examiner"] == "organisation"
    assert kinds["Criminal Justice Reporting Project"] == "organisation"
    assert "E. Knapp St." in _entity(found, "Knapp Street").aliases
    assert kinds["Northwest Side"] == "place"
    assert kinds["Milwaukee County Motor Vehicle Collision Dashboard"] == "work"
    # an alderwoman's title keeps its dot and is her role
    quote = suggest("“I’m upset,” said Ald. JoCasta Zamarripa, who represents the 8th "
                    "District.").quotes[0]
    assert quote.speaker_name == "JoCasta Zamarripa"
    # a body named "… on" a topic keeps it, and so does a watchdog named "… Watch"
    kinds = _names("The Council on Foreign Relations met. Human Rights Watch said so.")
    assert {"Council on Foreign Relations", "Human Rights Watch"} <= set(kinds)


def test_canadas_ridings_provinces_programmes_and_a_sharing_bar() -> None:
    found = suggest("TwitterFacebookPinterestGoogle+\n\nToday, the Honourable Laurie Scott, "
                    "Ontario’s Minister of Infrastructure and Member of Provincial Parliament "
                    "for Haliburton-Kawartha Lakes-Brock, and the Honourable Greg Rickford, "
                    "Member of Provincial Parliament for Kenora—Rainy River, announced funding "
                    "through the Investing in Canada plan, in Budget 2023, for "
                    "Niagara-on-the-Lake, Ontario.\n\nParks Canada Chris Bittle, Parliamentary "
                    "Secretary to the Minister of Housing, Infrastructure and Communities and "
                    "Member of Parliament for St. Catharines, and the Honourable Mitzi Dean, BC "
                    "Minister of Children and Family Development, met at Aspen Apartments in "
                    "British Columbia to discuss Jordan's Principle.\n")
    kinds = _types(found)
    # a member's riding, whole, after the title; the title itself no name
    for riding in ("Haliburton-Kawartha Lakes-Brock", "Kenora—Rainy River", "St. Catharines"):
        assert kinds[riding] == "place", riding
    assert not any("Parliament" in name for name in kinds)
    assert "Infrastructure" not in kinds and "Communities" not in kinds
    assert kinds["Investing in Canada"] == "other" and "Investing" not in kinds
    assert kinds["Budget 2023"] == "work"
    assert kinds["Niagara-on-the-Lake"] == "place"  # its hyphens and small words kept
    assert kinds["Chris Bittle"] == "person" and kinds["Parks Canada"] == "organisation"
    assert kinds["British Columbia"] == "place"  # "BC" before its minister's title joins it
    assert "BC" in _entity(found, "British Columbia").aliases
    assert kinds["Aspen Apartments"] == "place"
    assert kinds["Jordan's Principle"] == "work"
    assert not any(name.startswith(("Twitter", "Facebook")) for name in kinds)


def test_a_newsroom_named_the_and_a_number_a_case_by_vs_and_a_title_in_marks() -> None:
    found = suggest("This story was originally published by The 19th.\n\nThe sound of “Primer "
                    "Impacto” fills the room; the girls play on an iPad. Advocates from Voces "
                    "de la Frontera met. Voces executive director Christine Neumann-Ortiz spoke. "
                    "Ramón Morales Reyes was granted bond. Anna Morales, daughter of Ramon "
                    "Morales Reyes, spoke, and DHS should clear Morales Reyes’ name. The "
                    "lawsuit came after Roe vs. Wade was overturned.\n\nDescription: The 1.5 "
                    "inch lapel pin shows a bear.\n")
    kinds = _types(found)
    assert kinds["The 19th"] == "organisation"
    assert not any(name.startswith("The 1") and name != "The 19th" for name in kinds)
    assert kinds["Primer Impacto"] == "work"  # a programme's title, alone in marks
    assert kinds["iPad"] == "other"
    assert kinds["Voces de la Frontera"] == "organisation"
    assert "Voces" in _entity(found, "Voces de la Frontera").aliases
    assert {"Ramon Morales Reyes", "Morales Reyes"} <= set(
        _entity(found, "Ramón Morales Reyes").aliases)  # one man, with the accent and without
    assert kinds["Roe vs. Wade"] == "other" and "Wade" not in kinds


def test_a_festival_by_its_swahili_name_and_a_language_service_of_an_outlet() -> None:
    found = suggest("One of Africa’s premier music festivals, Sauti za Busara, will host its "
                    "21st edition. VOA’s Heather Maxwell is joined in studio by VOA Afrique's "
                    "Roger Muntu.\n\nThe C-TIP Policy was revised. C-TIP guides the agency.\n")
    kinds = _types(found)
    assert kinds["Sauti za Busara"] == "event"  # Swahili's "za", and named as a festival
    assert not {"Sauti", "Busara"} & set(kinds)
    # the outlet and its French service are two names, not one with a short form
    assert kinds["VOA"] == "organisation" and kinds["VOA Afrique"] == "organisation"
    # (but letters alone are short for a policy named with them)
    assert "C-TIP" in _entity(found, "C-TIP Policy").aliases


def test_festivals_with_glosses_in_brackets_and_a_ministry_of_several_portfolios() -> None:
    found = suggest("The Ministry of Culture, Sports and Tourism announced the Eoullim "
                    "(Harmony) Korean Culture Festival. It will promote Hallyu (Korean Wave) "
                    "abroad, and people will wear Hanbok (traditional clothing).\n\nThe "
                    "Sancheoneo (Mount Trout) Festival and Gimje Horizon Festival were chosen. "
                    "Leaders of the Arab States (LAS) Summit met.\n")
    kinds = _types(found)
    assert kinds["Ministry of Culture, Sports and Tourism"] == "organisation"
    assert "Ministry of Culture" not in kinds and "Sports" not in kinds
    assert kinds["Eoullim (Harmony) Korean Culture Festival"] == "event"
    assert kinds["Sancheoneo (Mount Trout) Festival"] == "event"
    assert kinds["Gimje Horizon Festival"] == "event" and "Festival" not in kinds
    assert "Korean Wave" in _entity(found, "Hallyu").aliases and "Wave" not in kinds
    assert kinds["Hanbok"] == "other"
    # letters in brackets are no gloss inside a name
    assert "Arab States (LAS) Summit" not in kinds


def test_towns_before_their_people_a_region_across_which_and_a_bridge_by_its_town() -> None:
    kinds = _names("Police charged a Rotorua man. Seven Maketu men were held after warrants "
                   "in Maketu. It was a week of rescues across Tāmaki Makaurau. “Traffic up "
                   "to the Kopu bridge is heavy,” he says. The Eppes family and the Pasifika "
                   "community met.\n")
    assert kinds["Rotorua"] == kinds["Maketu"] == "place"
    assert kinds["Tāmaki Makaurau"] == "place" and kinds["Kopu"] == "place"
    # a family and a community are people, whatever place shares their name
    assert kinds.get("Pasifika") in (None, "group") and kinds.get("Eppes") != "place"


def test_an_outlet_opening_a_sentence_with_its_plural_possessive_before_its_reporter(
        ) -> None:
    kinds = _names("He runs in the riding. Wikinews’ Nick Moreau interviewed him.\n")
    assert kinds["Wikinews"] == "organisation" and kinds["Nick Moreau"] == "person"
    # a plural opening a sentence with no name after it stays a common word
    assert "Officials" not in _names("He runs. Officials’ answers were late.\n")


def test_polls_that_show_a_candidate_name_no_show() -> None:
    kinds = _names("Former President Donald Trump won the state, and polls now show Trump "
                   "and Vice President Kamala Harris within two points. The talk show "
                   "Nightline aired.\n")
    # "show" after a plural or an adverb is the verb: a person follows, not a title
    assert kinds["Donald Trump"] == "person"
    assert kinds["Nightline"] == "work"


def test_a_fair_and_a_rodeo_are_events() -> None:
    kinds = _names("The Eastern Band of Cherokee Indians held the Cherokee Indian Fair, and "
                   "the Pendleton Round-Up Rodeo drew crowds.\n")
    assert kinds["Cherokee Indian Fair"] == "event"
    assert kinds["Pendleton Round-Up Rodeo"] == "event"


def test_a_band_named_like_a_town_on_a_fairs_bill() -> None:
    kinds = _names("Acts who were playing the fair, like the headliner, Midland, urged fans to "
                   "give. The opening act, Taylor Swift, sang.\n")
    assert kinds["Midland"] == "organisation"
    assert kinds["Taylor Swift"] == "person"


def test_a_word_opening_a_sentence_is_a_body_by_the_people_it_has() -> None:
    kinds = _names("The fair went on.\n\nGrist thanks its sponsors. Become one.\n\n"
                   "Mongabay relies on its readers. Change brings its costs.\n")
    assert kinds["Grist"] == kinds["Mongabay"] == "organisation"
    assert "Change" not in kinds  # (what a word has is no cue: "its costs")


def test_a_town_is_no_short_form_of_the_school_named_for_it() -> None:
    found = suggest("The truck came to Spruce Pine Montessori School. Folks in Spruce Pine "
                    "boil water. Students at Harvard University marched; at Harvard, "
                    "classes stopped.\n")
    kinds = _types(found)
    assert kinds["Spruce Pine"] == "place"
    assert kinds["Spruce Pine Montessori School"] == "organisation"
    assert "Harvard" in _entity(found, "Harvard University").aliases


def test_speakers_by_whose_view_a_sentence_gives_and_as_someone_put_it() -> None:
    found = suggest("Principal Chief Michell Hicks said the fair should go on. To Hicks, the "
                    "gathering was a way to “honor our traditions while supporting those who "
                    "need it most.” As the North Carolina Department of Transportation put "
                    "it, “All roads should be considered closed.” “This storm is like nothing "
                    "we’ve seen,” Karen Brinson Bell, one of North Carolina’s top election "
                    "officials, told reporters. For years, the “fair” grew.\n")
    speakers = {q.text[:12]: q.speaker_name for q in found.quotes}
    assert speakers["honor our tr"] == "Michell Hicks"
    assert speakers["All roads sh"] == "North Carolina Department of Transportation"
    assert speakers["This storm i"] == "Karen Brinson Bell"
    assert speakers.get("fair") is None  # ("For years," names no one)


def test_a_body_named_for_its_purpose_after_a_title() -> None:
    kinds = _names("Jodie Ginsberg, the CEO of the Committee to Protect Journalists, spoke. "
                   "The head of the Campaign to End Loneliness Director Jane Doe spoke.\n")
    assert kinds["Committee to Protect Journalists"] == "organisation"
    assert kinds["Campaign to End Loneliness"] == "organisation"
    assert kinds["Jane Doe"] == "person" and "Committee" not in kinds


def test_a_digest_by_what_it_is_and_a_fest() -> None:
    kinds = _names("The MT Lowdown is a weekly digest of our reporting. I spent part of this "
                   "week at Free Press Fest, our outlet’s conference.\n")
    assert kinds["MT Lowdown"] == "work"
    assert kinds["Free Press Fest"] == "event"


def test_a_legislators_party_and_home_town() -> None:
    found = suggest("The bill, drafted by Rep. Danny Tenenbaum, D-Missoula, is under review. "
                    "Rep. Ann Lee (D-Great Falls) spoke. Sen. Tina Smith, D-Minn., agreed.\n")
    kinds = _types(found)
    assert kinds["Missoula"] == kinds["Great Falls"] == "place"
    assert not any(e.name.startswith(("D-", "Minn")) or any(a.startswith("D-") for a in
                   e.aliases) for e in found.entities)


def test_where_a_person_described_is_from() -> None:
    kinds = _names("Sen. Mark Noland, a Republican businessman from Bigfork, said he "
                   "sponsored it. A spokesman from Acme Widgets declined to comment.\n")
    assert kinds["Bigfork"] == "place" and kinds["Acme Widgets"] == "organisation"
    assert _names("A spokesman from Acme declined to comment.\n").get("Acme") != "place"


def test_an_era_named_for_a_leader() -> None:
    kinds = _names("I’ve only done political reporting in the Trump era. Prices rose in the "
                   "Soviet era.\n")
    assert kinds["Trump"] == "person"
    assert kinds.get("Soviet") != "person"


def test_the_newsroom_a_journalist_works_for() -> None:
    kinds = _names("My first job was as the features writer for the Ravalli Republic in "
                   "2006. She was a reporter at The Oregonian.\n")
    assert kinds["Ravalli Republic"] == "organisation"


def test_names_ending_in_a_capitalised_for_all() -> None:
    kinds = _names("Gianforte signed a bill revising Indian Education For All laws earlier "
                   "this week. He backs Teach For All.\n")
    assert kinds["Indian Education For All"] == "other"  # (named before "laws")
    assert kinds["Teach For All"] == "organisation"
    assert "Education" not in kinds


def test_a_newsrooms_page_about_its_own_staff() -> None:
    found = suggest("Clockwise from top: Colorado bureau chief Erica Meltzer, Tennessee bureau "
                    "chief Jacinthia Jones, and story editor Sharon Noguchi. Jacinthia comes "
                    "to us from the Memphis Commercial Appeal. I was impressed with what "
                    "Philissa and Elizabeth [Green] were doing. Our journalists traverse the "
                    "city to bring you news about New York City’s schools. We plan to launch "
                    "Chalkbeat New York.\nUse Chalkbeat Colorado’s bill tracker.\nJoin "
                    "Chalkbeat and THE CITY’s Open Newsroom on Thursday.\nThe guide helps after "
                    "COVID’s disruptions. Soldiers of the Azov [Battalion] fought.\n")
    kinds = _types(found)
    # a list of people after their states and titles: no town in a state
    assert kinds["Erica Meltzer"] == kinds["Jacinthia Jones"] == "person"
    assert "Jacinthia" in _entity(found, "Jacinthia Jones").aliases
    assert kinds["Memphis Commercial Appeal"] == "organisation"  # a paper's head
    assert kinds["Elizabeth [Green]"] == "person"  # the surname an editor added
    assert kinds["New York City"] == "place"  # (though "the city" and "New York" are written)
    assert kinds["Chalkbeat Colorado"] == "organisation"  # not "Use Chalkbeat Colorado"
    assert "THE CITY" in kinds and "Chalkbeat and THE CITY" not in kinds
    assert kinds["COVID"] == "other"
    assert "Azov [Battalion]" not in kinds  # (a body's head in brackets is no surname)


def test_an_education_newsrooms_posts_as_mirrors_carry_them() -> None:
    found = suggest("Follow our starter pack.\ngo.bsky.app/UccLjhX\nThis story was produced in "
                    "partnership with Teen Vogue and reprinted with permission.\n\nThe "
                    "school acted.\n\nHarvard’s decision to rescind admission was narrow. "
                    "Grant helps students prepare for Advanced Placement tests. After weeks in "
                    "Maggi’s family-run child care program, a child called her mama.\n")
    kinds = _types(found)
    assert "UccLjhX" not in kinds  # a short link's path, written without its scheme
    assert kinds["Teen Vogue"] == "organisation"  # whom a newsroom works with
    assert kinds["Harvard"] == "organisation"  # a body's act opening a sentence
    assert kinds["Advanced Placement"] == "other"  # named before its tests
    assert kinds["Maggi"] == "person"  # her family's business: no people named Maggi


def test_a_licensing_bodys_news_names_licences_credits_and_camel_case() -> None:
    found = suggest("openDemocracy is an online magazine that provides a forum. Its purpose "
                    "is to “publish clarifying debates which help people make up their own "
                    "minds.” Siva is an assistant professor of Culture and Communication at New "
                    "York University. Creative Commons today announced the launch of Creative "
                    "Commons International to help its international partners. Thanks to our "
                    "iCommons Executive Director Christiane Asschenfeldt, tools such as "
                    "ccMixter spread. He met Microsoft CEO Satya Nadella. Microsoft said no. "
                    "Agriculture Secretary Tom Vilsack spoke.\n\nA message from Larry: hi.\n\n"
                    "Lawrence Lessig at ETech 2008 / Ed Schipul / CC BY-SA\n\n"
                    "Ryan Merkley / Rannie Turingan / CC0\n\nLawrence Lessig said so. The "
                    "copy ran onOctober 14.\n")
    kinds = _types(found)
    # names a small word opens, written in camel case
    assert {"openDemocracy", "iCommons", "ccMixter"} <= set(kinds)
    assert not any(n.startswith("on") and n != "openDemocracy" for n in kinds)  # "onOctober"
    # the body a post is in, one word before the title, when the story names it alone too
    assert kinds["Microsoft"] == "organisation" and "Agriculture" not in kinds
    assert kinds["Creative Commons International"] == "organisation"
    # a licence's letters are no names; an attribution's author is a person
    assert not {"BY", "SA", "CC0", "CC BY-SA"} & set(kinds)
    assert kinds["Ed Schipul"] == kinds["Rannie Turingan"] == "person"
    assert "Larry" in _entity(found, "Lawrence Lessig").aliases  # a given name's short form
    assert "Culture" not in kinds and "Communication" not in kinds  # a professor's subject
    speakers = {q.text[:7]: q.speaker_name for q in found.quotes}
    assert speakers["publish"] == "openDemocracy"  # "Its purpose is to “…”"


def test_a_county_council_story_with_its_sites_title_and_residents_words() -> None:
    found = suggest("Make Your Voice Heard At This Week's Council Session - Honolulu Civil "
                    "Beat\n\nRichard Wiens is an editor at large for Civil Beat. It is on the "
                    "agenda for the Maui County Council’s next meeting, after the island of "
                    "Maui’s wildfires. A wildfire devastated Lahaina on Aug. 8.\n\nIn a meeting "
                    "in which residents said they felt “disenfranchised” and held “hostage” "
                    "while waiting, the chair spoke.\n")
    kinds = _types(found)
    assert kinds["Honolulu Civil Beat"] == "organisation"  # the site after the title's dash
    assert "Civil Beat" in _entity(found, "Honolulu Civil Beat").aliases
    assert "Honolulu" not in kinds
    assert kinds["Maui"] == "place"  # the island, no short form of its county council
    assert kinds["Lahaina"] == "place"  # struck by a disaster
    # words people the story describes used, in quotation marks
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("disenfranchised", "residents"), ("hostage", "residents")]


def test_wildfire_situation_reports_with_fields_teams_and_a_flattened_table() -> None:
    found = suggest("Date/Time Stamp: Monday, August 24, 2015 - 0700 hrs.\n"
                    "Type 1 IMTs committed: 6\nIncidents Previously-Reported: 24\n"
                    "*Area Command is managing fires: Kettle Complex (Stickpin, Renner and Roy) "
                    "and Colville Complex (Marble Valley, Gold Hill and Graves Mountain).\n"
                    "NW NIMO (Hahnenberg) assigned to support Okanogan-Wenatchee National "
                    "Forest. RM Team (Pachota). 13 miles NW of Omak, WA.\n\nTwo aircraft were "
                    "deployed to Klamath Falls, Oregon. LT. Colonel Chuck Davis is the Mission "
                    "Commander.\n")
    kinds = _types(found)
    # a field's label before its count or date is no name
    assert not {"Time Stamp", "Type 1 IMTs", "Previously-Reported"} & set(kinds)
    # the fires a complex holds, in brackets; a team's commander in brackets
    assert kinds["Stickpin"] == kinds["Gold Hill"] == "event"
    assert kinds["Hahnenberg"] == kinds["Pachota"] == "person"
    assert "LT" not in kinds and kinds["Chuck Davis"] == "person"
    # a forum's post line names who posted it; a table's rows run into one line: each area
    # without its numbers, and no column headings glued to the first
    table = _names("- Maps\nPosted on 07/29/2006 2:24:21 PM PDT by Knitting A Conundrum\n"
                   "RESOURCES STATUS: COMMITTED RESOURCES AREA CREWS CREWS ENGS ENGS HELI HELI "
                   "AIRT AIRT OVRHD OVRHD Alaska 12 4 Northwest 22 95 87 181 9 13 5 485 427 "
                   "Northern California 44 39 68 51 11 4 4 293 209 Southern California 41 49 66 "
                   "152 21 23 205 764 Northern Rockies 35 2 11 58 14 3 1 282 135 Total 243 252 "
                   "350 646 108 56 18 0 1970 1824\n\nFuel Dryness: Tells you how likely things "
                   "are to burn:\n\nVery high fire indices were reported in Oregon.\n")
    assert table["Knitting A Conundrum"] == "person"
    assert table["Alaska"] == table["Northern California"] == "place"
    assert "Northern Rockies" in table
    assert not any(ch.isdigit() for n in table for ch in n)


def test_an_observatorys_releases_with_instruments_affiliations_and_its_motto() -> None:
    found = suggest("ESO — Reaching New Heights in Astronomy\n\nUsing the European Southern "
                    "Observatory’s Very Large Telescope, astronomers saw it. The MUSE instrument "
                    "worked. METIS, the powerful imager and spectrograph, passed. The team "
                    "worked for years. Pierre-Olivier Lagage (CEA, France), the Principal "
                    "Investigator, is content : \"This is a wonderful day! It works.\"\n")
    kinds = _types(found)
    # a site's letters before its motto are no dateline: the body the story spells out
    assert kinds["European Southern Observatory"] == "organisation"
    assert kinds["MUSE"] == kinds["METIS"] == "other"  # instruments
    # an institute's letters in a person's brackets, with its country: no short form of hers
    assert kinds["Pierre-Olivier Lagage"] == "person" and kinds["CEA"] == "organisation"
    assert [q.speaker_name for q in found.quotes] == ["Pierre-Olivier Lagage"]


def test_an_agencys_raw_feed_with_tags_its_field_and_a_challenge() -> None:
    found = suggest("Reclamation’s event was canceled.\nMOSES LAKE, Wash. – The Bureau of "
                    "Reclamation’s office said so. <P> The forecast was based on the June "
                    "TWSA. <P> Reclamation will provide forecasts. The Bureau issued updated "
                    "Central Valley Project South-of-Delta allocations. <P> He won the Colorado "
                    "River Basin Data Visualization Prize Challenge. The University of Texas "
                    "agreed.<br /> Texas voted.\n")
    kinds = _types(found)
    assert "P" not in kinds and "br" not in kinds  # a feed's tags served raw
    # a body by the field it is of (not a state by its university)
    assert "Reclamation" in _entity(found, "Bureau of Reclamation").aliases
    assert "Texas" not in _entity(found, "University of Texas").aliases
    assert "Central Valley Project" in kinds  # without the compound adjective after it
    assert "TWSA" in kinds and "June TWSA" not in kinds  # a month's edition of it
    assert kinds["Colorado River Basin Data Visualization Prize Challenge"] == "event"


def test_a_climate_newsrooms_pages_with_block_names_cut_captions_and_numbered_lines() -> None:
    found = suggest("KeystoneBeyondPreviewBlock\n\nICNfreesubscription\n\nGuest Writer's "
                    "articles\n\nIn 'After Water' Project, writers imagine Chicago. 'This "
                    "project is terrifying—the idea of what the world would become.'\n\nThe "
                    "future was imagined by Abby Geni, a fiction writer. WBEZ reporter Shannon "
                    "Heffernan approached writers.\n\n\"This project is terrifying—the idea of "
                    "what the world would become,\" Geni (pronounced GEE-nie) told Heffernan. "
                    "It was mentioned as often as the word “furlough,” and less often than the "
                    "word “Shakespeare.” The original Line 6B ruptured, as did Route 66 and "
                    "Area 51 in the story.\nTechnicians cut the section from the Enbrid\n"
                    "Enbridge did not correct it. Landowner Carol Brimhall\nA spill hit "
                    "Brazil\nBrazilian officials came.\n\nDoes Nature Have Rights? A "
                    "Burgeoning Legal Movement Says Rivers Have Standing, Too\n\nThe series, "
                    "called After Water, began. He joined a group called For Our Future.\n")
    kinds = _types(found)
    assert "Burgeoning Legal Movement" not in kinds  # a headline's subject after "A"
    # a name after "called" that opens with a small word, a work after a work's kind
    assert kinds["After Water"] == "work" and kinds["For Our Future"] == "organisation"
    # a content system's block names on lines of their own, a pronunciation, a word cut off
    assert not {"KeystoneBeyondPreviewBlock", "ICNfreesubscription", "GEE-nie", "Enbrid"} & \
        set(kinds)
    assert kinds["Brazil"] == "place"  # (a word the gazetteer knows, before "Brazilian")
    assert "Line 6B" in kinds and "Route 66" in kinds and "Area 51" in kinds  # by numbers
    assert kinds["Carol Brimhall"] == "person"  # after what she is, in a caption
    # a bracketed aside after the speaker; the teaser's words are the same speaker's; words
    # quoted as words are no quotes
    assert [q.speaker_name for q in found.quotes] == ["Abby Geni", "Abby Geni"]


def test_a_statistical_agencys_analyses_with_reports_regions_and_units() -> None:
    found = suggest("Prices fell.\nData source: U.S. Energy Information Administration, "
                    "Gasoline and Diesel Fuel Update\nNote: Prices are adjusted.\n\nOutput "
                    "grew to 113 Bcf/d, according to our Natural Gas Monthly. Our Short-Term "
                    "Energy Outlook breaks out data for the Appalachia, Bakken, Eagle Ford, "
                    "Haynesville, and Permian regions. At Northwest Sumas, in the U.S. Pacific "
                    "Northwest, prices fell. Blue Ocean Energy struck a deal with partners in "
                    "the Chevron-operated Leviathan field offshore of Israel. The FBI field "
                    "office in Denver agreed.\n")
    kinds = _types(found)
    # a report in a chart's "Data source:" line; reports by their heads
    assert kinds["Gasoline and Diesel Fuel Update"] == "work"
    assert kinds["Natural Gas Monthly"] == kinds["Short-Term Energy Outlook"] == "work"
    # regions listed before the noun they share, a field by its noun, a region of an ocean
    assert kinds["Bakken"] == kinds["Eagle Ford"] == kinds["Haynesville"] == "place"
    assert kinds["Leviathan"] == "place" and kinds["U.S. Pacific Northwest"] == "place"
    assert kinds["Chevron"] == "organisation"  # (what it operates; not "in …", a place)
    assert kinds["FBI"] == "organisation"  # (a "field office" is no field)
    assert "Bcf" not in kinds  # a unit per day


def test_an_auditors_listings_with_headlines_run_into_their_dates() -> None:
    found = suggest("Read the post Our Latest High Risk List Update—GAO Sees Progress in 16 "
                    "Areas, But Lingering Serious Issues in Others April 20, 2023 Today, we "
                    "issued our latest High Risk List...\nRead the post Hurricane Recovery Can "
                    "Take Years—But For Puerto Rico, 5 Years Show Its Unique Challenges "
                    "November 14, 2022 Recovery from a hurricane can take years...\n\n"
                    "Hurricane damage\n\nIn today’s WatchBlog, a photo of Mexico Beach after "
                    "it was hit by Hurricane Michael.\n\n2020 Census: Bureau Released "
                    "Apportionment and Redistricting Data, but Needs to Finalize Plans for "
                    "Future Data Products\nThis report is on the Census Bureau's 2020 Census "
                    "activities.\n")
    kinds = _types(found)
    # headlines in title case a listing runs into their dates and teasers on one line; the
    # teaser's first word opens a sentence
    assert not {"Areas", "Recovery", "Hurricane Recovery Can Take Years", "Lingering Serious "
                "Issues"} & set(kinds)
    assert kinds["GAO"] == "organisation" and kinds["Puerto Rico"] == "place"
    assert "Hurricane" not in kinds  # a storm's kind alone, as a photo's heading
    assert kinds["Hurricane Michael"] == "event"
    assert kinds["WatchBlog"] == "work"  # a blog by its name
    # a headline may open with a year
    assert not {"Needs", "Finalize Plans for Future Data Products"} & set(kinds)
    assert kinds["Census Bureau"] == "organisation"


def test_a_tech_newsrooms_newsletter_with_letters_after_names_and_counted_devices() -> None:
    kinds = _names("China\nIt will take weeks for many organizations to recover from the "
                   "global CrowdStrike IT outage. Microsoft estimates that 8.5 million Windows "
                   "devices were affected. Ten million Copts live in Egypt.\n")
    assert kinds["CrowdStrike"] == "organisation"  # without a common noun's letters after it
    assert "CrowdStrike IT" not in kinds
    assert kinds["Windows"] != "group"  # the number counts the devices, not people
    assert kinds["Copts"] == "group"


def test_a_labs_press_list_with_footnote_numbers_glued_to_its_names() -> None:
    found = suggest("Arts @ CERN launches an award in partnership with FACT\n\nGeneva, 11 "
                    "March 2016. Today CERN launches a call for artists - a collaboration "
                    "between CERN and FACT1 and announces2 the winning artists of COLLIDE "
                    "Geneva, ACCELERATE Lithuania and ACCELERATE UAE.\n\nUpdate on ATLAS and "
                    "CMS latest results\n\nGeneva 19 December 2014. CERN1 Director General, "
                    "Rolf Heuer, signed a document admitting Pakistan to CERN Associate "
                    "Membership. CERN1’s Large Hadron Collider announced more. An EF1 "
                    "tornado, rated EF-1, hit.\n")
    kinds = _types(found)
    # a footnote's number glued to a name the story writes alone too (not "EF1" by "EF-1")
    assert "CERN1" not in kinds and "FACT1" not in kinds and "EF" not in kinds
    assert kinds["CERN"] == kinds["FACT"] == "organisation"
    assert "ACCELERATE Lithuania" in kinds and "ACCELERATE UAE" in kinds  # two editions
    assert "Update on ATLAS and CMS" not in kinds and "ATLAS" in kinds  # a headline's update
    assert "Membership" not in kinds  # a standing in a body
    assert kinds["Geneva"] == "place"  # no short form of "COLLIDE Geneva"
    assert kinds["Large Hadron Collider"] == "place"  # a collider, whatever it announces


def test_a_testimonys_heading_a_committees_subcommittee_and_its_short_form() -> None:
    found = suggest("Congressional Testimonies\n\nUnited States House Committee on "
                    "Transportation and Infrastructure’s Subcommittee on Highways and Transit\n"
                    "\nAnn Carlson, NHTSA Acting Administrator\n\nGood morning, Chairman "
                    "Crawford, and members of the Subcommittee. Thank you.\n")
    kinds = _types(found)
    # a possessive after "<head> on …" ends the body's name; both names in the heading
    assert kinds["United States House Committee on Transportation and Infrastructure"] == \
        "organisation"
    assert kinds["Subcommittee on Highways and Transit"] == "organisation"
    # "the Subcommittee": a short form of the one such body the story names
    assert "Subcommittee" in _entity(found, "Subcommittee on Highways and Transit").aliases


def test_a_science_magazines_newsletter_and_posts_with_odd_marks_and_labels() -> None:
    kinds = _names("By Joshua C. Kendall\n\nRobert Waldinger, the author of ‘‘The Good Life,” "
                   "finds surprising clues.  Read on »\n\nAbstinence From AI Is Not the "
                   "Answer\nOpinion | Refusing to use AI won’t protect society.\nRFK Jr. says "
                   "seed oils poison America.\n\nHow the Yurok Tribe is bringing back the "
                   "condor.\n")
    assert kinds["Good Life"] == "work"  # a title in two single marks for a double one
    assert "Refusing" not in kinds  # a label and a bar, then a sentence's first word
    assert kinds["RFK Jr."] == "person"  # initials and "Jr."
    assert kinds["Yurok Tribe"] == "organisation"


def test_a_state_governments_statements_with_portfolios_captions_and_suburbs() -> None:
    kinds = _names("Disability Services Minister Lindy Nelson-Carr today announced a search. "
                   "Local Government Minister Warren Pitt said today.\nPlanning work is going "
                   "ahead, Natural Resources and Water Minister Craig Wallace and Whitsunday "
                   "MP Jan Jarratt said today.\nResources Minister Scott Stewart with Austral "
                   "Resources' Chief Operating Officer Shane O’Connell (left) and "
                   "Non-Executive Director Jeff Innes (right).\nConstruction has started on "
                   "the new, $70 million Springfield Central home for the Brisbane Lions.\n"
                   "Magic Round returns for 2022 as Premier moves to lock in the event’s "
                   "future. The Magic Round will be held in Brisbane.\n")
    # a portfolio of several words before its minister's title is no body
    assert not {"Disability Services", "Local Government", "Natural Resources"} & set(kinds)
    assert kinds["Lindy Nelson-Carr"] == kinds["Warren Pitt"] == kinds["Craig Wallace"] == \
        kinds["Jan Jarratt"] == "person"
    # "Chief Operating Officer", "Non-Executive Director": titles, whole
    assert kinds["Shane O’Connell"] == kinds["Jeff Innes"] == "person"
    assert "Operating Officer Shane O’Connell" not in kinds and "Non-Executive" not in kinds
    assert kinds["Springfield Central"] == "place"  # a suburb named for its centre
    assert kinds["Magic Round"] == "event"


def test_a_media_digest_quoting_outlets_after_a_label_in_capitals() -> None:
    found = suggest("Daily Briefing\n\nDAILY BRIEFING Emissions will hit record high by 2023, "
                    "says IEA\n\nNew forecasts from the IEA show that 2023 is on track for "
                    "“the highest levels of carbon dioxide output in human history”, the "
                    "Guardian reports. The research “dash[es] hopes” a plateau would be "
                    "maintained, the Guardian says. The findings “smash[…] hopes” that the "
                    "world had reached peak emissions, says the Independent, which attributes "
                    "the rise to “growing energy demands”. The paper carries quotes from Fatih "
                    "Birol, IEA executive director, who says that they would be “still far "
                    "from what’s needed”.\n")
    kinds = _types(found)
    assert "DAILY BRIEFING Emissions" not in kinds  # a label in capitals, then a headline
    assert kinds["Guardian"] == "organisation"  # a paper, no adjective of a district
    speakers = {q.text: q.speaker_name for q in found.quotes}
    assert speakers["the highest levels of carbon dioxide output in human history"] == \
        "Guardian"  # "…”, the Guardian reports."
    assert speakers["dash[es] hopes"] == "Guardian"  # (not "would be maintained", passive)
    assert speakers["smash[…] hopes"] == "Independent"  # "…, says the Independent"
    assert speakers["growing energy demands"] == "Independent"  # its relative clause
    assert speakers["still far from what’s needed"] == "Fatih Birol"  # after his title


def test_a_movements_blog_with_posts_titles_first_names_and_licences() -> None:
    found = suggest("In a post “What is a Wikimedian life without a first Wikimania!,” Nada "
                    "from Gaza told her story.\n\nNanour, Nassima, Yamen, Manar, Jan-Bart, "
                    "Chinmayee, Beverly, Domenika, Florence, Euphemia, Sky ex, and many more. "
                    "Thank you.\n\nNada (20 "
                    "September 2023) “What is a Wikimedian life without a first Wikimania!” "
                    "Diff.\nFederal funding is available in Bay, Collier, Escambia, Franklin, "
                    "Martin, Monroe and Okaloosa.\nMuid graduated from the University "
                    "Technology Mara (UiTM) in 2001. Photo by Abhishek Suryawanshi, under "
                    "CC-BY-SA-3.0. Women help each other contribute to Wikipedia and to "
                    "Wikimedia projects in the Wikimedia movement. Wikipedia grows.\n")
    kinds = _types(found)
    assert not found.quotes  # a post's title, after "a post" or a citation's date
    # first names listed together are people (not towns listed after "in")
    assert kinds["Nassima"] == kinds["Manar"] == kinds["Beverly"] == "person"
    assert kinds["Monroe"] == "place" and kinds["Okaloosa"] != "person"
    assert "UiTM" in _entity(found, "University Technology Mara").aliases  # no trademark
    assert not any(name.startswith("CC") for name in kinds)  # a licence, hyphens and all
    assert kinds["Wikimedia"] != "place"  # "in the Wikimedia movement"
    assert "Wikipedia" in kinds  # no misspelling of "Wikimedia"


def test_a_credit_in_brackets_after_a_caption_names_whom_in_full() -> None:
    kinds = _names("Notional image of a missile warning satellite (Credit: Lockheed Martin)\n"
                   "The satellite was accepted.\n")
    assert "Lockheed Martin" in kinds and "Martin" not in kinds  # no sentence opens there


def test_a_transcripts_speakers_labelled_by_surname_are_people() -> None:
    # A video's transcript names its speakers only in the labels opening their turns, a
    # surname alone at a line's start (one shares a colour's name, one a city's); a role the
    # story also writes in lower case is no name, and a list of countries is no transcript.
    kinds = _names("Harbour Day\n\nOkafor: From the time the ferry docks, the town wakes "
                   "up.\n\nHarbour Master: Keep the channel clear for the ferry.\n\n"
                   "Lindqvist: We waited all winter for this morning.\n\nWhite: I have "
                   "worked on these boats for thirty years.\n\nOkafor: Then the harbour "
                   "master blows the horn and everyone cheers.\n\nSalinas: It is the best "
                   "day of the year for my family.\n")
    for name in ("Okafor", "Lindqvist", "White", "Salinas"):
        assert kinds.get(name) == "person", (name, kinds)
    assert "Harbour Master" not in kinds
    countries = _names("Elections this month\n\nRussia: Voters elect a new parliament on "
                       "Sunday.\nIran: The council approved four candidates for the vote."
                       "\nPeru: The runoff is set for the first week of June.\nKenya: "
                       "Turnout was low in the capital this time.\n")
    assert [countries.get(c) for c in ("Russia", "Iran", "Peru", "Kenya")] == ["place"] * 4


def test_a_commandant_is_a_title_so_the_office_names_the_body_after_it() -> None:
    kinds = _names("The 33rd Commandant of the Marine Corps toured the region in his visit. "
                   "Commandant Ann Lee met sailors in Bahrain.\n")
    assert kinds.get("Marine Corps") == "organisation", kinds
    assert kinds.get("Ann Lee") == "person", kinds
    assert not any("Commandant" in name for name in kinds), kinds


def test_a_dateline_in_capitals_glued_to_its_date_in_brackets() -> None:
    # A copied story lost the space between the dateline and its date; a word glued to a
    # bracket is otherwise a page's code ("Math.floor(").
    kinds = _names("Story by Ann Lee\n\nPERSIAN GULF(Feb. 3, 2003) -- The general toured "
                   "the region in his early February visit.\n")
    assert kinds.get("PERSIAN GULF") == "place", kinds


def test_a_name_with_its_number_glued_at_a_lines_start_is_kept_and_no_dateline() -> None:
    # (a heading's footnote number, "CONTENTS1" alone on its line, is still none)
    kinds = _names("UNITED24 - Make a charitable donation in support of Ukraine!\n\n"
                   "Military\n\nThe general toured Bahrain and Kuwait this week.\n")
    assert kinds.get("UNITED24") not in (None, "place"), kinds
    assert kinds.get("Ukraine") == "place", kinds


def test_a_dateline_in_capitals_with_its_date_in_brackets_is_a_place() -> None:
    kinds = _names("Story by Ann Lee\n\nCAMP HAMMOND, Okinawa (July 3, 2008) -- Two "
                   "generals spoke to sailors across the island during their visit.\n")
    assert kinds.get("CAMP HAMMOND") == "place", kinds


def test_a_base_by_its_kind_then_its_name_and_an_exercise_by_its_name() -> None:
    kinds = _names("More than 100 Marines trained at Navy Outlying Field Bellamy, N.C., "
                   "in Exercise Granite Shield. Recruits train on Parris Island and at "
                   "Marine Corps Recruit Depot San Diego. The 633rd Air Base Wing Public "
                   "Affairs office wrote the release.\n")
    assert kinds.get("Exercise Granite Shield") == "event", kinds
    assert kinds.get("Marine Corps Recruit Depot San Diego") == "place", kinds
    assert "place" in (kinds.get("Navy Outlying Field Bellamy"),
                       kinds.get("Navy Outlying Field Bellamy, N.C.")), kinds
    assert kinds.get("633rd Air Base Wing Public Affairs") != "place", kinds


def test_a_place_named_by_its_head_owns_the_body_after_its_possessive() -> None:
    kinds = _names("The first sergeant at Parris Island's Drill Instructor School spoke. "
                   "Fairfax County’s Board of Supervisors met on Monday.\n")
    assert kinds.get("Drill Instructor School") == "organisation", kinds
    assert kinds.get("Board of Supervisors") == "organisation", kinds
    assert kinds.get("Parris Island") == "place", kinds


def test_a_bodys_name_and_a_places_possessive_after_it_are_two_names() -> None:
    kinds = _names("She wrote to Georgia's Department of Public Health and Ohio's Supreme "
                   "Court. The Department of Health and Welfare's budget grew.\n")
    assert kinds.get("Department of Public Health") == "organisation", kinds
    assert kinds.get("Ohio") == "place", kinds
    assert "Department of Health and Welfare" in kinds, kinds


def test_a_long_name_written_once_with_a_words_s_left_off_is_the_same_entity() -> None:
    found = suggest("Marines with the wing at Marine Corps Air Station Cherry Point, N.C., "
                    "trained.\n\nMore than 100 Marines at Marine Corp Air Station Cherry "
                    "Point took part in the exercise.\n")
    base = _entity(found, "Marine Corps Air Station Cherry Point")
    assert "Marine Corp Air Station Cherry Point" in base.aliases
    assert "Marine Corp Air Station Cherry Point" not in _types(found)


def test_a_rank_with_an_ordinal_after_the_verb_names_the_speaker() -> None:
    found = suggest("The recruits trained for weeks. (Photo by Cpl. Ann Lee)\n“Growing up, my "
                    "father had a great influence on me,” said 1st Sgt. Carl Moss, the first "
                    "sergeant at the school.\n")
    assert [(q.text[:10], q.speaker_name) for q in found.quotes] == [("Growing up", "Carl Moss")]


def test_a_wrapped_quote_after_an_attributed_one_keeps_its_speaker_not_a_caption_credit(
        ) -> None:
    # Lines broken at a width, no blank lines: the unattributed quote goes on from the
    # attributed one before it, whose speaker follows the verb; the photo credit opening
    # that sentence is no speaker.
    text = ("Drill instructors leave memories in each recruit's mind and they stay with\n"
            "them for the rest of their lives, long after they have left the island.\n"
            "Recruits practiced daily for four weeks in anticipation of the evaluation. (U.S. "
            "Marine Corps photo by Cpl. Ann Lee) |\n“There are a lot of life lessons I "
            "learned from my senior drill\n"
            "instructor that I still carry on to this day,” said Staff Sgt. Juan\n"
            "Padin, Charlie Company, 1st Recruit Training Battalion.\n"
            "“Doing the right thing when no one is looking is something I still do\n"
            "that I learned from my senior drill instructor.”\n"
            "Drill instructors train recruits to become basic Marines on the island and\n"
            "at the depot in the west, and the school is three months long for them.\n")
    found = suggest(text)
    assert [q.speaker_name for q in found.quotes] == ["Juan Padin", "Juan Padin"]


def test_a_journal_named_with_a_common_word_in_capitals_and_its_board_are_apart() -> None:
    # "ONE" is a word, not a second body's letters; the journal is not short for the board
    # named after it, nor a lab for the control centre it runs.
    kinds = _names("PLOS: What do you enjoy about the PLOS ONE Editorial Board?\n\nShe is an "
                   "editor at PLOS ONE, which PLOS publishes. Engineers at CERN work in the "
                   "CERN Control Centre.\n")
    assert kinds.get("PLOS ONE") in ("work", "organisation"), kinds
    assert "ONE" not in kinds, kinds
    assert "PLOS ONE Editorial Board" in kinds, kinds
    assert kinds.get("CERN") == "organisation", kinds
    assert "CERN Control Centre" in kinds, kinds


def test_a_big_places_possessive_of_two_words_owns_the_unit_after_it() -> None:
    kinds = _names("“It matters,” said Ann Lee, agent in charge of FBI San Juan’s Criminal "
                   "Branch.\n")
    assert "FBI San Juan" in kinds, kinds
    assert "Criminal Branch" in kinds, kinds


def test_a_name_opening_a_sentence_keeps_its_first_word_written_inside_a_sentence(
        ) -> None:
    # "creative works" puts "creative" in lower case; the story also writes the name inside
    # a sentence, so opening one its first word is still the name's.
    found = suggest("Creative Commons for Science: an interview\n\nCreative Commons "
                    "provides licences for creative works. We asked Ann Lee from Creative "
                    "Commons a few questions.\n")
    kinds = _types(found)
    assert kinds.get("Creative Commons") == "organisation", kinds
    assert "Commons" not in kinds, kinds
    assert "Commons" not in _entity(found, "Creative Commons").aliases


def test_a_title_after_entitled_is_one_work_with_its_small_words() -> None:
    found = suggest("Fishing in the Arctic – Part 2\n\nIn 2020 the journal published a "
                    "collection of articles entitled Fishing in the Arctic, written by Ann "
                    "Lee and others.\n")
    kinds = _types(found)
    assert kinds.get("Fishing in the Arctic") == "work", kinds
    assert "Arctic" not in kinds and "Fishing" not in kinds, kinds
    assert _entity(found, "Fishing in the Arctic").count == 2


def test_a_headline_ending_with_a_serials_part_names_no_one_by_a_nouns_ending() -> None:
    # "Part 2 of 2" ends the headline, which still says nothing of names; "Author" is a
    # title (and a given name in the tables), "Perspectives" a noun, no surname.
    kinds = _names("Fishing in the Arctic – Author Perspectives – Part 2 of 2\n\n\nIn 2020 "
                   "the journal published articles by Ann Lee and Bo Chan about fish.\n\n"
                   "Graduation: An Unparalleled Achievement\n\nRecruits graduate after "
                   "twelve weeks of training on the island, said Ann Lee.\n")
    assert set(kinds) == {"Ann Lee", "Bo Chan"}, kinds


def test_two_names_opening_with_the_same_camel_case_word_are_split_at_and() -> None:
    kinds = _names("PLoS publishes journals. Their editors write the PLoS ONE and PLoS "
                   "Medicine blogs.\n")
    assert "PLoS ONE" in kinds and "PLoS Medicine" in kinds, kinds
    assert "PLoS ONE and PLoS Medicine" not in kinds, kinds


def test_bodies_named_by_a_head_word_first_or_in_another_language() -> None:
    kinds = _names("Ann Lee works at Institute Curie in France. Bo Chan is at the "
                   "Helmholtz-Zentrum Hereon. He wrote for Wired and the New Yorker etc.\n")
    assert kinds.get("Institute Curie") == "organisation", kinds
    assert kinds.get("Helmholtz-Zentrum Hereon") == "organisation", kinds
    assert kinds.get("New Yorker") == "organisation", kinds
    assert kinds.get("Ann Lee") == "person" and kinds.get("Bo Chan") == "person", kinds


def test_a_series_named_with_a_title_word_is_a_work_not_a_person() -> None:
    kinds = _names("In the latest installment of our Editor Spotlight series, we speak with "
                   "Ann Lee about her work.\n")
    assert kinds.get("Editor Spotlight") == "work", kinds
    assert "Spotlight" not in kinds, kinds


def test_a_bodys_name_in_its_own_language_in_brackets_is_another_form_of_it() -> None:
    found = suggest("She is a professor at the University of Helsinki (Helsingin Yliopisto), "
                    "Finland. Ann Lee (Labour Party) spoke.\n")
    assert "Helsingin Yliopisto" in _entity(found, "University of Helsinki").aliases
    assert "Labour Party" in _types(found) and "Labour Party" not in _entity(
        found, "Ann Lee").aliases


def test_a_transcripts_labels_in_capitals_name_people_and_their_seats() -> None:
    # "NAME, ROLE:" in capitals opens each turn: the name is a person (the surname alone
    # elsewhere is a form of it), the small word left after a title is no part of the
    # place, and a seat after "Member for" is a place.
    found = suggest("Doorstop interview - Queanbeyan\n\nANTHONY ALBANESE, PRIME MINISTER OF "
                    "AUSTRALIA: Good morning to everyone here today.\n\nZANETA MASCARENHAS, "
                    "MEMBER FOR SWAN: My name’s Zaneta Mascarenhas, and I am the Member for "
                    "Swan. Prime Minister Albanese is here with us in Australia.\n")
    kinds = _types(found)
    assert kinds.get("ANTHONY ALBANESE") == "person", kinds
    assert "Albanese" in _entity(found, "ANTHONY ALBANESE").aliases
    assert "person" in (kinds.get("ZANETA MASCARENHAS"), kinds.get("Zaneta Mascarenhas")), kinds
    assert kinds.get("Swan") == "place", kinds
    assert kinds.get("Queanbeyan") == "place", kinds
    assert not any(name.startswith(("OF ", "FOR ")) for name in kinds), kinds


def test_a_media_items_heading_says_where_or_at_what_meeting_it_was_given() -> None:
    kinds = _names("Press Conference - Parliament House, Canberra\n\nThe minister spoke "
                   "about the budget today.\n\nOpening remarks - Australia Japan Leaders' "
                   "Meeting\n\nI begin by acknowledging the owners of the land.\n\nRadio "
                   "interview - 2GB The Mark Levy Breakfast Show\n\nGreat to have you with us "
                   "this morning.\n")
    assert kinds.get("Parliament House") == "place" and kinds.get("Canberra") == "place", kinds
    assert kinds.get("Australia Japan Leaders' Meeting") == "event", kinds
    assert kinds.get("2GB") == "organisation", kinds
    assert kinds.get("Mark Levy Breakfast Show") == "work", kinds


def test_a_verb_and_the_pronoun_and_the_rest_of_a_title_name_no_one() -> None:
    kinds = _names("Can I begin by acknowledging the owners of the land. The Commonwealth "
                   "Chief Medical Officer provided an update. Environment Minister John "
                   "Baird spoke.\n")
    assert "Can I" not in kinds and "Medical Officer" not in kinds, kinds
    assert kinds.get("John Baird") == "person", kinds


def test_a_sections_label_of_common_words_in_capitals_opens_no_name() -> None:
    # (but letters at a line's start still open one: "NASA Goddard")
    kinds = _names("Latest stories\n    CULTURE Dog Days, a film about climate change, opened "
                   "in Denver.\n    NASA Goddard scientists said so.\n")
    assert "CULTURE Dog Days" not in kinds and "Dog Days" in kinds, kinds
    assert any(name.startswith("NASA") for name in kinds), kinds


def test_a_ranks_first_word_before_sgt_is_no_name() -> None:
    found = suggest("(U.S. Air Force photo by Tech. Sgt. Ann Lee)\n\nShe studied at Georgia "
                    "Tech. Then she left.\n")
    kinds = _types(found)
    assert "Tech" not in kinds and kinds.get("Ann Lee") == "person", kinds
    assert "Tech" not in _entity(found, "Georgia Tech").aliases  # (the rank is no form of it)


def test_a_person_from_a_body_at_another_is_the_speaker_of_the_next_paragraph() -> None:
    found = suggest("The figure arrived today.\n\nDr Ann Lee from the National Climate Centre "
                    "(NCIC) at the Met Office said:\n\n“We take the quality of our recordings "
                    "very seriously and we will check the site.”\n\nFor more, visit the Met "
                    "Office blog.\n")
    assert [q.speaker_name for q in found.quotes] == ["Ann Lee"]
    assert _types(found).get("Met Office") == "organisation"  # (a body's blog, no series)


def test_weather_news_places_a_temperatures_unit_and_a_region_by_its_side() -> None:
    kinds = _names("Winds hit many areas, in particular East Anglia and Lincolnshire. It was "
                   "30°C. Snow fell over the Pennines and other northern hills.\n")
    assert kinds.get("East Anglia") == "place" and kinds.get("Lincolnshire") == "place", kinds
    assert kinds.get("Pennines") == "place", kinds
    assert not any(name.startswith(("C", "Snow")) for name in kinds), kinds


def test_what_the_speaker_is_in_lower_case_between_the_verb_and_the_name() -> None:
    # (but "said one of activist Ann Lee's killers" names whose killers, not who spoke)
    found = suggest("The atlas by Bo Chan opens the show. “I think the maps are beautiful,” "
                    "said exhibition curator Ann Lee. “They tell stories,” said one of activist "
                    "Cy Dunn's friends.\n")
    speakers = [q.speaker_name for q in found.quotes]
    assert len(speakers) == 2 and speakers[0] == "Ann Lee" and speakers[1] != "Cy Dunn"


def test_a_building_on_a_hill_and_a_continent_for_a_field_are_two_names_each() -> None:
    kinds = _names("The sculpture stands outside Great St Mary’s Church on Senate House Hill. "
                   "It leads in Europe for AI research. The Committee on Foreign Relations "
                   "met.\n")
    assert "Great St Mary’s Church" in kinds and "Senate House Hill" in kinds, kinds
    assert kinds.get("Europe") == "place" and "Europe for AI" not in kinds, kinds
    assert "Committee on Foreign Relations" in kinds, kinds


def test_a_map_by_its_title_is_a_work() -> None:
    kinds = _names("The library shows George Greenough’s 1819 A Geological Map of England and "
                   "Wales for the first time.\n")
    assert kinds.get("Geological Map of England and Wales") == "work", kinds


def test_a_body_named_for_a_list_of_fields_keeps_its_commas_and_not_its_possessive(
        ) -> None:
    kinds = _names("They launched the Max Planck Cambridge Centre for Ethics, Economy and "
                   "Social Change on Tuesday. It is part of the Ministry of Women, Family, "
                   "Gender and Child Protection’s plan.\n")
    assert kinds.get("Max Planck Cambridge Centre for Ethics, Economy and Social Change") == \
        "organisation", kinds
    assert kinds.get("Ministry of Women, Family, Gender and Child Protection") == \
        "organisation", kinds
    assert "Economy and Social Change" not in kinds, kinds


def test_a_peer_by_title_and_surname_is_a_form_of_the_full_name() -> None:
    found = suggest("Lord Patrick Vallance, Science Minister, visits Cambridge\nDuring his "
                    "visit he saw the site. At the West Hub, Lord Vallance met local leaders.\n")
    vallance = next(e for e in found.entities if e.name.endswith("Patrick Vallance"))
    assert "Lord Vallance" in vallance.aliases, found.entities


def test_a_body_of_a_field_and_its_other_field_is_one_name() -> None:
    kinds = _names("She is the current President of the Institute of Mathematics and its "
                   "Applications. The Department of Health and its Minister spoke.\n")
    assert kinds.get("Institute of Mathematics and its Applications") == "organisation", kinds
    assert "Department of Health" in kinds and not any("Minister" in n for n in kinds), kinds


def test_letters_that_leave_out_the_kind_of_thing_are_a_form_of_the_name() -> None:
    found = suggest("Mine Resistant Ambush Protected Vehicles saved lives in the war, the "
                    "general said. An MRAP was hit by a bomb, and the four soldiers inside "
                    "lived.\n")
    vehicles = _entity(found, "Mine Resistant Ambush Protected Vehicles")
    assert "MRAP" in vehicles.aliases and "MRAP" not in _types(found)


def test_a_party_to_a_court_case_is_no_short_form_of_the_case() -> None:
    found = suggest("EFF filed a brief in the case of VidAngel v. Disney this week. Disney "
                    "and other studios argued that the service breaks the law.\n")
    case = _entity(found, "VidAngel v. Disney")
    assert case.type == "other" and "Disney" not in case.aliases, found.entities
    assert _entity(found, "Disney").type == "organisation"


def test_a_part_of_a_law_keeps_its_number_even_one_like_a_year() -> None:
    kinds = _names("The studios argued that the service violates Section 1201 of the "
                   "Digital Millennium Copyright Act.\n")
    assert "Section 1201" in kinds and "Section" not in kinds, kinds


def test_a_committee_on_the_field_is_one_name_and_by_its_field_first_another_form() -> None:
    found = suggest("The House Committee on the Judiciary (HJC) and the House Permanent "
                    "Select Committee on Intelligence (HPSCI) marked up two bills. The House "
                    "Intelligence Committee's bill was worse. The HJC voted first.\n")
    judiciary = _entity(found, "House Committee on the Judiciary")
    assert "HJC" in judiciary.aliases, found.entities
    intelligence = _entity(found, "House Permanent Select Committee on Intelligence")
    assert "House Intelligence Committee" in intelligence.aliases, found.entities
    assert not any(e.name == "Judiciary" for e in found.entities)
    statement = _names("NEA Statement on the Death of NEA Jazz Master Slide Hampton\n")
    assert not any("Death" in name for name in statement), statement


def test_a_short_name_in_brackets_sharing_the_bodys_letters_is_a_form_of_it() -> None:
    found = suggest("The Electronic Frontier Foundation (EFF) and the ACLU Foundation of "
                    "Southern California (ACLU SoCal) urged the court to rule. The Los Angeles "
                    "County Sheriff's Department (LASD) collects plate scans. EFF and ACLU "
                    "SoCal argued in a brief that drivers in Los Angeles are not suspects.\n")
    aclu = _entity(found, "ACLU Foundation of Southern California")
    assert "ACLU SoCal" in aclu.aliases, found.entities
    sheriff = _entity(found, "Los Angeles County Sheriff's Department")
    assert "LASD" in sheriff.aliases and "Los Angeles" not in sheriff.aliases, found.entities
    assert _entity(found, "Los Angeles").type == "place"
    assert not any(" and " in e.name for e in found.entities), found.entities


def test_a_blog_by_its_name_is_a_work_and_a_hall_after_no_given_name_a_building() -> None:
    kinds = _names("Read more on the Deeplinks Blog today.\n\nThe panel meets in Booth "
                   "Auditorium, Boalt Hall, at noon. Arsenio Hall spoke.\n")
    assert kinds.get("Deeplinks Blog") == "work", kinds
    assert kinds.get("Boalt Hall") == "place", kinds
    assert kinds.get("Arsenio Hall") == "person", kinds


def test_a_bill_by_its_number_then_its_name_is_one_entity_however_it_is_spelt() -> None:
    found = suggest("Two bills were marked up: H.R. 6570 - Protect Liberty and End "
                    "Warrantless Surveillance Act, and HR 6611, the FISA Reform and "
                    "Reauthorization Act of 2023. We urge a vote against H.R.6611 and "
                    "H.R. 6611 alike.\n")
    liberty = _entity(found, "Protect Liberty and End Warrantless Surveillance Act")
    assert "H.R. 6570" in liberty.aliases, found.entities
    fisa = _entity(found, "FISA Reform and Reauthorization Act of 2023")
    assert {"HR 6611", "H.R.6611", "H.R. 6611"} <= set(fisa.aliases), found.entities
    assert not any(e.name == "HR" for e in found.entities)


def test_letters_in_brackets_after_a_name_ending_jr_are_no_credit_line() -> None:
    found = suggest("On January 18, the national Martin Luther King, Jr. (MLK) Day of "
                    "Service, the agency celebrates the civil-rights leader’s legacy.\n")
    king = _entity(found, "Martin Luther King, Jr.")
    assert king.type == "person" and "MLK" in king.aliases, found.entities


def test_a_campus_of_a_states_university_and_its_school_are_one_name() -> None:
    found = suggest("Public Discussion Set for Thursday at UC Berkeley School of Law\n\n"
                    "The roundtable meets at the University of California, Berkeley, School of "
                    "Law. Researchers at the University of Wisconsin, Madison, agreed. Ann Lee "
                    "lives in Austin, Texas.\n")
    law = _entity(found, "University of California, Berkeley, School of Law")
    assert "UC Berkeley School of Law" in law.aliases, found.entities
    assert _entity(found, "University of Wisconsin, Madison").type == "organisation"
    assert not any(e.name == "School of Law" for e in found.entities)


def test_a_described_speaker_leaves_out_the_relative_pronoun() -> None:
    text = ("They ask the court to overturn a ruling from a lower court that said the data "
            "could be withheld as “records of law enforcement investigations.”\n")
    assert [q.speaker_name for q in suggest(text).quotes] == ["a lower court"]


def test_a_scholarship_named_for_a_person_keeps_the_title_like_word_inside() -> None:
    kinds = _names("NSW apprentices now have the chance to get help, with applications open "
                   "for the 2024 Bert Evans Apprentice Scholarships. The Tertiary Health Study "
                   "Subsidies open too.\n")
    assert kinds.get("Bert Evans Apprentice Scholarships") == "other", kinds
    assert kinds.get("Tertiary Health Study Subsidies") == "other", kinds
    assert "Scholarships" not in kinds


def test_a_band_whose_and_is_cut_to_its_letter_is_one_name_and_no_person() -> None:
    kinds = _names("Newcastle has cemented itself as the home of rock and roll with Guns N’ "
                   "Roses secured to play at McDonald Jones Stadium on December 8.\n")
    assert kinds.get("Guns N’ Roses") == "organisation", kinds
    assert "Roses" not in kinds


def test_a_states_letters_are_no_short_form_of_a_body_named_after_them() -> None:
    found = suggest("Leaders from across NSW joined a roundtable supported by Multicultural "
                    "NSW. The motion goes to the NSW Parliament.\n")
    assert _entity(found, "NSW").type == "place", found.entities
    assert "NSW" not in _entity(found, "Multicultural NSW").aliases


def test_a_building_named_house_is_a_place_and_the_last_town_of_a_list_after_in() -> None:
    kinds = _names("Love takes centre stage at the Sydney Opera House today. Communities in "
                   "Scone, Muswellbrook, and Dungog will benefit from the funding boost. The "
                   "Energy Security Corporation's first Investment Mandate is out.\n")
    assert kinds.get("Sydney Opera House") == "place", kinds
    assert kinds.get("Dungog") == "place", kinds
    assert kinds.get("Investment Mandate") == "work", kinds


def test_the_last_two_items_of_a_list_opened_by_including_are_two_names() -> None:
    kinds = _names("High-profile news coverage that eLife papers generated in March 2020, "
                   "including The New York Times, Daily Mail and Forbes. Coverage in August "
                   "included New Scientist, Popular Mechanics and Asia Research News. The "
                   "Departments of Labor, Health and Human Services fund it.\n")
    for name in ("Daily Mail", "Forbes", "New Scientist", "Popular Mechanics",
                 "Asia Research News"):
        assert name in kinds, (name, kinds)
    assert not any(" and " in name and "Departments" not in name for name in kinds), kinds


def test_a_name_typed_by_its_shape_takes_the_type_of_its_list_mates() -> None:
    found = suggest("News coverage that eLife papers generated in March 2020, including The "
                    "New York Times, Deutsche Welle and Forbes.\n\nA graduate from Shah Alam, "
                    "Selangor, Malaysia, Muid Latif founded a collective art group.\n")
    mail = _entity(found, "Deutsche Welle")  # (two words, as people's names: their shape)
    assert mail.type == "organisation" and "New York Times" in mail.evidence, found.entities
    assert _entity(found, "Muid Latif").type == "person", found.entities
    people = suggest("The panel heard from Ann Lee, Abedi Kasongo and the International "
                     "Committee of the Red Cross on Tuesday.\n")
    assert _entity(people, "Abedi Kasongo").type == "person", people.entities


def test_a_teasers_byline_run_into_its_first_sentence_ends_at_the_name() -> None:
    kinds = _names("Worker cooperatives offer real alternatives\n\nBy Sarah Aziza Announcing "
                   "his presidency in 2016, he made a promise.\n\nBroad coalition escalates "
                   "campaign\n\nBy ANDREW METHEVEN In London, thousands of protesters took "
                   "action.\n\nStudent protest blocks plan\n\nBy Sarah Freeman-Woolpert Students "
                   "in central Bosnia return to school this week, as students do.\n\nThe "
                   "Troy Lock and Dam and the Philippine Supreme Court stayed closed.\n")
    for name in ("Sarah Aziza", "ANDREW METHEVEN", "Sarah Freeman-Woolpert"):
        assert kinds.get(name) == "person", (name, kinds)
    assert kinds.get("London") == "place", kinds
    assert "Troy Lock and Dam" in kinds and "Philippine Supreme Court" in kinds, kinds


def test_places_by_their_heads_and_a_movement_no_person() -> None:
    kinds = _names("Special Rapporteur Francesca Albanese spoke about the Occupied Territories, "
                   "the West Bank and Uganda’s pandemic response. Activists fought the Dakota "
                   "Access Pipeline with Black Lives Matter, and Waging Nonviolence covered the "
                   "10th annual Campaign Nonviolence Action Days.\n")
    assert kinds.get("Francesca Albanese") == "person", kinds
    for name in ("Occupied Territories", "West Bank", "Uganda", "Dakota Access Pipeline"):
        assert kinds.get(name) == "place", (name, kinds)
    assert kinds.get("Black Lives Matter") == "organisation", kinds
    assert kinds.get("Waging Nonviolence") == "organisation", kinds
    assert kinds.get("Campaign Nonviolence Action Days") == "event", kinds


def test_a_sites_address_is_a_form_of_its_name_and_a_body_before_a_job_title_stays() -> None:
    found = suggest("Activists read Waging Nonviolence daily. WagingNonviolence.org is a blog "
                    "site, a source for news.\n\nMomentum organizer Nicole Carty "
                    "discusses how the movement built consensus.\n")
    assert "WagingNonviolence.org" in _entity(found, "Waging Nonviolence").aliases
    assert _entity(found, "Momentum").type == "organisation", found.entities


def test_an_ing_word_opening_a_name_that_is_the_sentences_subject_stays() -> None:
    kinds = _names("Waging Nonviolence is a blog site about nonviolent methods. Visiting Paris "
                   "is a joy for many.\n")
    assert kinds.get("Waging Nonviolence") in ("organisation", "work"), kinds
    assert "Visiting Paris" not in kinds and kinds.get("Paris") == "place", kinds


def test_a_degree_after_a_name_and_a_comma_is_no_place() -> None:
    found = suggest("Statement from FDA Commissioner Scott Gottlieb, M.D. and Deputy "
                    "Commissioner Frank Yiannas on findings. Statement from Peter Marks, M.D., "
                    "Ph.D., Director, on the vaccine.\n")
    kinds = _types(found)
    assert kinds.get("Scott Gottlieb") == "person" and kinds.get("Frank Yiannas") == "person"
    assert kinds.get("Peter Marks") == "person", kinds
    assert "M.D." not in kinds and not any("M.D." in e.aliases for e in found.entities), kinds


def test_drugs_devices_and_diseases_a_regulator_names_are_other() -> None:
    kinds = _names("FDA approves Amjevita, a biosimilar to Humira. FDA approves expanded "
                   "indications for Ilaris for three rare diseases. FDA approves VisuMax "
                   "Femtosecond Laser to surgically treat nearsightedness. FDA grants approval "
                   "to the first drug for Duchenne muscular dystrophy. The drug is for the "
                   "treatment of Chronic Idiopathic Constipation (CIC). A rally condemned the "
                   "treatment of Rohingya refugees.\n")
    for name in ("Amjevita", "Humira", "Ilaris", "VisuMax Femtosecond Laser", "Duchenne",
                 "Chronic Idiopathic Constipation"):
        assert kinds.get(name) == "other", (name, kinds)
    assert kinds.get("Rohingya") != "other", kinds


def test_a_letterhead_in_capitals_run_into_the_next_line_is_split_at_the_case() -> None:
    found = suggest("NRC NEWS U.S. NUCLEAR REGULATORY COMMISSION Office of Public Affairs "
                    "Telephone: 301/415-8200 No.06-033 March 3, 2006 NRC ISSUES ANNUAL "
                    "ASSESSMENTS FOR NATIONS NUCLEAR PLANTS The Nuclear Regulatory Commission "
                    "has issued letters, said an official of the NRCs Office of Nuclear Reactor "
                    "Regulation.\n\nTUESDAY SEPTEMBER 17, 2019\n\nRapporteur HÜBNER Danuta Maria "
                    "spoke at the IEEE GSIS Conference.\n")
    kinds = _types(found)
    assert kinds.get("Office of Public Affairs") == "organisation", kinds
    assert "Office of Nuclear Reactor Regulation" in kinds, kinds
    commission = _entity(found, "Nuclear Regulatory Commission")
    assert "U.S. NUCLEAR REGULATORY COMMISSION" in commission.aliases, found.entities
    assert not any("SEPTEMBER" in name or "06-033" in name or "Telephone" in name
                   for name in kinds), kinds
    assert "HÜBNER Danuta Maria" in kinds and "IEEE GSIS Conference" in kinds, kinds


def test_a_town_named_with_a_title_and_a_number_word_opening_a_place() -> None:
    kinds = _names("Reporters should come to the office at 475 Allendale Road, King of "
                   "Prussia, Pa. Staff will meet representatives of the Three Mile Island 1 "
                   "nuclear power plant next Tuesday.\n")
    assert kinds.get("King of Prussia, Pa.", kinds.get("King of Prussia")) == "place", kinds
    assert any(name.startswith("Three Mile Island") for name in kinds), kinds


def test_a_surname_then_initials_is_a_form_and_an_office_code_path_no_names() -> None:
    found = suggest("| author name = Chandrathil P S, Mitlyng V T\n| author affiliation = "
                    "NRC/OPA/RGN-III/FO\n\nContacts: Viktoria Mitlyng and Prema Chandrathil "
                    "of the Nuclear Regulatory Commission.\n\nWASHINGTON, Feb. 28, 2020 "
                    "/PRNewswire/ -- The agency announced recalls. Photo: AFP/Getty Images.\n")
    assert "Chandrathil P S" in _entity(found, "Prema Chandrathil").aliases, found.entities
    assert "Mitlyng V T" in _entity(found, "Viktoria Mitlyng").aliases, found.entities
    kinds = _types(found)
    assert not {"OPA", "FO", "RGN-III"} & set(kinds), kinds
    assert "PRNewswire" in kinds and "AFP" in kinds, kinds


def test_a_park_by_its_units_letters_ends_there_and_a_plural_label_in_capitals_is_no_name(
        ) -> None:
    found = suggest("MORNING REPORT Friday, May 27, 2011 INCIDENTS Glacier NP Overdue Hiker "
                    "Found By Rangers The park was contacted by the wife of a hiker. He "
                    "has taken many winter trips in Glacier.\n\nWalnut Canyon NM\n\nMajor "
                    "Rockfalls Close Popular Island Trail\n\nThe trail descends into Walnut "
                    "Canyon. ANNEMANS Gerolf spoke for the group.\n")
    kinds = _types(found)
    assert kinds.get("Glacier NP") == "place", kinds
    assert kinds.get("Walnut Canyon NM") == "place", kinds
    assert "Glacier" in _entity(found, "Glacier NP").aliases, found.entities
    assert "Walnut Canyon" in _entity(found, "Walnut Canyon NM").aliases, found.entities
    assert not any("INCIDENTS" in n or ("NP" in n and "Hiker" in n) for n in kinds), kinds
    assert "ANNEMANS Gerolf" in kinds, kinds


def test_letters_between_a_speech_verb_and_a_full_name_are_the_speakers_post() -> None:
    found = suggest("“This is not the first time he has been overdue,” said IC Gary Moses. "
                    "“We are glad,” said UN chief Antonio Guterres.")
    assert _entity(found, "Gary Moses").role == "IC", found.entities
    assert "IC Gary Moses" not in _types(found)
    assert {q.speaker_name for q in found.quotes} == {"Gary Moses", "Antonio Guterres"}


def test_an_age_after_a_name_makes_a_person_even_of_initials() -> None:
    kinds = _names("A search began on Tuesday. J.S., 60, had planned a seven-day trip "
                   "through the Bailey Range. Searchers found J.S. near Bear Pass.")
    assert kinds.get("J.S.") == "person", kinds
    assert kinds.get("Bailey Range") == "place", kinds


def test_a_distance_in_words_and_a_trailhead_after_a_name_make_places() -> None:
    kinds = _names("He was spotted about five miles north of Low Divide. He planned to end "
                   "his hike at the North Fork Quinault trailhead. Rangers went to the "
                   "Glacier Gorge parking area.")
    assert {kinds.get(n) for n in ("Low Divide", "North Fork Quinault", "Glacier Gorge")} == \
        {"place"}, kinds


def test_a_storm_named_with_its_stage_is_an_event() -> None:
    kinds = _names("Subtropical Storm Olga had little impact on the park. Post-Tropical "
                   "Cyclone Sandy flooded the coast.")
    assert kinds.get("Subtropical Storm Olga") == "event", kinds
    assert kinds.get("Post-Tropical Cyclone Sandy") == "event", kinds


def test_a_lake_and_its_upper_neighbour_and_a_road_and_the_place_it_is_named_for_are_apart(
        ) -> None:
    found = suggest("He would hike in Glacier's North Fork, past Kintla Lake and out the "
                    "Inside North Fork Road to Big Prairie. Later he was spotted near Upper "
                    "Kintla Lake.")
    kinds = _types(found)
    assert {"Kintla Lake", "Upper Kintla Lake", "Inside North Fork Road", "North Fork"} <= \
        set(kinds), kinds
    assert _entity(found, "Upper Kintla Lake").aliases == [], found.entities
    assert _entity(found, "Inside North Fork Road").aliases == [], found.entities


def test_a_possessive_inside_a_name_a_plural_place_head_ends() -> None:
    kinds = _names("Park staff determined that the Guadalupe Peak, Pinery and Devil's Hall "
                   "Trails were safe and could be reopened.")
    assert "Devil's Hall Trails" in kinds, kinds
    assert not {"Devil", "Hall Trails"} & set(kinds), kinds


def test_a_bodys_masthead_in_capitals_is_its_name_and_the_short_name_a_form_of_it() -> None:
    run_in = suggest("NATIONAL PARK SERVICE MORNING REPORT Friday, May 27, 2011 The hiker's "
                     "permits are not recommended by the Park Service.")
    assert "Park Service" in _entity(run_in, "NATIONAL PARK SERVICE").aliases, \
        run_in.entities
    own_line = _names("NATIONAL PARK SERVICE\n\nMORNING REPORT\n\nThe storm passed to the "
                      "north of the islands.\n")
    assert own_line.get("NATIONAL PARK SERVICE") == "organisation", own_line
    dateline = _names("STATE COLLEGE\n\nThe finals were held at the Bryce Jordan Center.\n")
    assert "STATE COLLEGE" not in dateline, dateline


def test_fires_by_name_are_events_and_a_list_of_fires_names_each() -> None:
    found = suggest("Petes Lake Fire - Size: 3,254 acres | Cause: Lightning\n"
                    "Horse Creek Fire - Size: 763 acres | Cause: Lightning\n"
                    "Pothole Fire - Size: 109 acres | Cause: Lightning\n"
                    "The Kelsey Fire was reported on September 9. Crews watched the fire "
                    "closely. The Petes Lake, Horse Creek and Pothole Fires are all in monitor "
                    "status. Chicago Fire won the match.\n")
    kinds = _types(found)
    for fire in ("Petes Lake Fire", "Horse Creek Fire", "Pothole Fire", "Kelsey Fire"):
        assert kinds.get(fire) == "event", kinds
    assert "Pothole Fires" in _entity(found, "Pothole Fire").aliases, found.entities
    assert "Horse Creek" in _entity(found, "Horse Creek Fire").aliases, found.entities
    assert not any(" and " in n for n in kinds), kinds
    assert kinds.get("Chicago Fire") != "event", kinds


def test_a_unit_named_for_its_post_is_a_name_not_a_role() -> None:
    kinds = _names("The fire is on the Middle Fork Ranger District of the Willamette National "
                   "Forest. The case went to the U.S. Attorney's Office for the Southern "
                   "District of New York.")
    assert {"Middle Fork Ranger District", "Willamette National Forest"} <= set(kinds), kinds
    assert "U.S. Attorney's Office for the Southern District of New York" in kinds, kinds


def test_ranches_subdivisions_and_trailheads_are_places() -> None:
    kinds = _names("The county issued the evacuation status for the Buckboard Subdivision, "
                   "Lava Creek Ranch and Triangle C Ranch. The burn is near the Roaring Creek "
                   "Trailhead.")
    assert {kinds.get(n) for n in ("Buckboard Subdivision", "Lava Creek Ranch",
                                   "Triangle C Ranch", "Roaring Creek Trailhead")} == {"place"}, \
        kinds


def test_a_dateline_whose_comma_was_lost_is_a_place_and_no_speaker() -> None:
    found = suggest("Jackson Wyo., September 28, 2024 –Firefighters remain focused on the "
                    "fire. “Even with the rain and snow we saw last week, the fire is "
                    "established in timber,” said Jackson District Ranger Todd Stiles.")
    assert _types(found).get("Jackson Wyo.") == "place", found.entities
    assert [q.speaker_name for q in found.quotes] == ["Todd Stiles"], found.quotes


def test_roads_by_number_after_a_body_or_in_capitals_are_places() -> None:
    kinds = _names("Crews work on Forest Service Road 46, US HWY 26 and County Road 21.")
    assert {kinds.get(n) for n in ("Forest Service Road 46", "US HWY 26", "County Road 21")} \
        == {"place"}, kinds
    assert "Road 46" not in kinds and "Forest Service" not in kinds, kinds


def test_a_feeds_items_with_their_kind_in_brackets_are_names() -> None:
    kinds = _names("Latest incident updates nationally\n\nKelsey Fire (Wildfire)\n\nMon, "
                   "12/11/2017 - 16:58\nThe fire was reported after a storm.\n\nWhitewater "
                   "Fire (Wildfire)\n\nFri, 12/08/2017 - 15:41\nThe team will spend the day "
                   "shadowing.\n")
    assert kinds.get("Whitewater Fire") == "event" and kinds.get("Kelsey Fire") == "event", \
        kinds
    assert "Wildfire" not in kinds, kinds


def test_a_numbered_step_of_a_scale_is_no_name() -> None:
    kinds = _names("Fremont County Emergency Management has issued the \"SET\" Level 2 "
                   "evacuation status. READY evacuation status (Level 1) issued for: The "
                   "Bourbon Subdivision. Phase 2 of the plan starts in March.")
    assert not {"Level 2", "Level 1", "Phase 2"} & set(kinds), kinds
    assert "Fremont County Emergency Management" in kinds, kinds


def test_a_body_named_for_a_list_of_fields_is_one_name_and_its_letters_a_form_of_it() -> None:
    bracketed = suggest("PHILADELPHIA - Bradley A. Buckles, Acting Director of the Bureau of "
                        "Alcohol, Tobacco, Firearms and Explosives (ATF), said today that ATF "
                        "would work more closely with its partners.")
    body = _entity(bracketed, "Bureau of Alcohol, Tobacco, Firearms and Explosives")
    assert "ATF" in body.aliases and body.type == "organisation", bracketed.entities
    assert not {"Bureau of Alcohol", "Tobacco", "Explosives"} & set(_types(bracketed))
    alone = suggest("Bureau of Alcohol, Tobacco, Firearms and Explosives\n\nATF Seal\n\n"
                    "The exercise also included Bureau of Alcohol, Tobacco, Firearms and "
                    "Explosives special agents. ATF thanked them.\n")
    assert "ATF" in _entity(alone, "Bureau of Alcohol, Tobacco, Firearms and Explosives"
                            ).aliases, alone.entities
    headline = _types(suggest("Secretary Names Chief to Lead New Office for DHS Medical, "
                              "Workforce Health and Safety\n\nThe office opened today.\n"))
    assert not any(n.startswith("Lead") for n in headline), headline


def test_a_given_name_and_an_initial_is_a_person_and_a_town_is_no_short_form_of_its_police(
        ) -> None:
    found = suggest("Mayela J. and NeKeisha P. discuss the site in front of an audience. "
                    "Officers held a training exercise in Buckhannon yesterday. The exercise, "
                    "hosted by the Buckhannon Police Department, included special agents.")
    kinds = _types(found)
    assert kinds.get("Mayela J.") == kinds.get("NeKeisha P.") == "person", kinds
    assert kinds.get("Buckhannon") == "place", kinds
    assert kinds.get("Buckhannon Police Department") == "organisation", kinds


def test_a_sentence_ending_in_letters_that_lost_its_space_before_a_name() -> None:
    found = suggest("Thank you for your support of PSN.Karen Schaller (sha-ler), with the "
                    "Executive Office for U.S. Attorneys, made it possible.")
    kinds = _types(found)
    assert kinds.get("Karen Schaller") == "person", kinds
    assert "Schaller" not in kinds and "PSN" in kinds, kinds


def test_a_title_in_quotation_marks_may_open_with_a_number() -> None:
    kinds = _names("What makes “15:17 to Paris” unique is the three men who play themselves "
                   "in the movie.")
    assert kinds.get("15:17 to Paris") == "work", kinds


def test_a_plan_named_with_a_word_that_only_opens_titles_is_a_name() -> None:
    kinds = _names("Most TRICARE Prime enrollees no longer need a referral for urgent care. "
                   "Prime Minister Rishi Sunak spoke.")
    assert "TRICARE Prime" in kinds, kinds
    assert kinds.get("Rishi Sunak") == "person" and "Prime Minister" not in kinds, kinds


def test_a_guardsman_is_a_post_before_a_name() -> None:
    found = suggest("Army National Guardsman Taylor Morris has spent 16 years working toward "
                    "the Olympics.")
    assert _types(found).get("Taylor Morris") == "person", found.entities


def test_a_rank_run_into_the_service_before_it_and_a_place_bound_adjective_are_no_names(
        ) -> None:
    kinds = _names("Medal of Honor recipient fallen Air Force Tech. Sgt. John A. Chapman was "
                   "inducted. The three men stopped a gunman on a Paris-bound train.")
    assert kinds.get("John A. Chapman") == "person", kinds
    assert not {"Air Force Tech", "Paris-bound"} & set(kinds), kinds


def test_a_body_named_for_its_members_post_in_the_plural() -> None:
    found = suggest("Army Gen. Mark A. Milley, chairman of the Joint Chiefs of Staff, held a "
                    "news conference. Democratic Senators Joe Manchin and Jon Tester voted.")
    kinds = _types(found)
    assert kinds.get("Joint Chiefs of Staff") == "organisation", kinds
    assert kinds.get("Joe Manchin") == "person", kinds


def test_a_family_firm_a_town_repeated_after_its_body_and_a_fire_district() -> None:
    found = suggest("Seward and Son to Pay $150,000 in Lawsuit\n\nJACKSON, Miss. – Seward "
                    "and Son Planting Company will pay $150,000. The Selden Fire District "
                    "Selden in Suffolk County, Long Island, will pay $263,360 to settle a "
                    "lawsuit.\n")
    kinds = _types(found)
    assert "Son" not in kinds, kinds
    assert "Seward and Son" in _entity(found, "Seward and Son Planting Company").aliases, \
        found.entities
    assert kinds.get("Selden Fire District") == "organisation", kinds
    assert kinds.get("Selden") == "place" and "Selden Fire District Selden" not in kinds, kinds


def test_a_name_with_capitals_inside_that_the_story_writes_again_stays_whole() -> None:
    found = suggest("AmeriCorps programs include FEMA Corps. More than 2400 AmeriCorps "
                    "members have been part of the federal response, serving with FEMA Corps. "
                    "These efforts build on AmeriCorps’ long-standing commitment.")
    kinds = _types(found)
    assert not {"Ameri", "Corps"} & set(kinds), kinds
    assert "FEMA Corps" in kinds and any("AmeriCorps" in n for n in kinds), kinds


def test_storms_listed_under_their_kind_with_commas_and_a_graduation_are_events() -> None:
    kinds = _names("Members helped communities after Hurricanes Katrina, Sandy, Harvey, and "
                   "Maria. The CEO spoke at a FEMA Corps Graduation in Vicksburg.")
    assert {kinds.get(n) for n in ("Katrina", "Sandy", "Harvey", "Maria",
                                   "FEMA Corps Graduation")} == {"event"}, kinds
    assert "Hurricanes Katrina" not in kinds, kinds


def test_a_programme_in_capitals_named_like_a_city_before_a_comma_is_no_dateline() -> None:
    kinds = _names("AmeriCorps programs include AmeriCorps VISTA, FEMA Corps, and the new "
                   "project. The release of Xylophone Mallets WASHINGTON, D.C. - In "
                   "cooperation with the agency, the firm recalled them.")
    assert "AmeriCorps VISTA" in kinds and "VISTA" not in kinds, kinds
    assert "Xylophone Mallets WASHINGTON" not in kinds, kinds


def test_titles_joined_by_and_with_a_unit_and_a_portfolio_of_two_fields_name_no_body() -> None:
    found = suggest("In April, the agency's Vice President for Administration and Finance and "
                    "Head of Agency Cynthia Huger spoke. Later, Chief Operating Officer and "
                    "Head of Agency Jonathan Nash spoke. The Vice President for "
                    "Administration and Finance Ann Lee listened.")
    kinds = _types(found)
    assert {"Cynthia Huger", "Jonathan Nash", "Ann Lee"} <= set(kinds), kinds
    assert not {"Agency", "Administration", "Finance", "Head", "Operating Officer",
                "Agency Cynthia Huger", "Finance Ann Lee"} & set(kinds), kinds
    assert {kinds[n] for n in ("Cynthia Huger", "Jonathan Nash", "Ann Lee")} == {"person"}


def test_a_holidays_day_is_an_event_and_a_compact_is_a_document() -> None:
    kinds = _names("The agency offers its condolences after the events of Easter Sunday. The "
                   "MCC Sri Lanka Compact is designed to reduce poverty, as the Indonesia "
                   "Infrastructure and Finance Compact was.")
    assert kinds.get("Easter Sunday") == "event", kinds
    assert kinds.get("MCC Sri Lanka Compact") == "work", kinds
    assert kinds.get("Indonesia Infrastructure and Finance Compact") == "work", kinds


def test_the_two_countries_whose_short_names_keep_the_keep_it() -> None:
    found = suggest("The agency met delegations from Togo, The Gambia, and Zambia.")
    gambia = next(e for e in found.entities if "Gambia" in e.name)
    assert "The Gambia" in (gambia.name, *gambia.aliases) and gambia.type == "place", gambia


def test_a_headlines_adverb_ends_the_name_before_it_and_opens_none() -> None:
    kinds = _names("07/20/2023 Judge Finds The Saldivar Group Unlawfully Threatened a Worker\n"
                   "05/07/2021 Region 9 Successfully Obtains Order against Smyrna Ready Mix "
                   "Concrete LLC\n\nCurrently Dotalliance Inc. & EuroDNS S.A. lead.\n")
    assert "Saldivar Group" in " ".join(kinds), kinds
    assert not any("Unlawfully" in n or "Successfully" in n or n.startswith("Obtains")
                   for n in kinds), kinds
    assert "Dotalliance Inc." in kinds, kinds


def test_a_listings_unit_label_ends_its_row_and_a_unit_by_number_is_a_body() -> None:
    found = suggest("09/20/2023 NLRB Region 7 to Participate in the 28th Annual Bernard "
                    "Gottfried Memorial Law Symposium Region 07 - Detroit\n"
                    "07/20/2023 Rehire Workers and Cease Unlawful Activities Region 22 - "
                    "Newark\n05/24/2021 Region 2 Obtains Injunction Against a Distributor in "
                    "New York Region 02 - New York\n")
    kinds = _types(found)
    assert not any(n.endswith(("Region 07", "Region 22", "Region 02")) and len(n.split()) > 2
                   for n in kinds), kinds
    assert kinds.get("NLRB Region 7") == "organisation", kinds
    region_two = _entity(found, "Region 2")
    assert region_two.type == "organisation" and "Region 02" in region_two.aliases, \
        found.entities
    assert kinds.get("Newark") == "place", kinds


def test_a_headlines_last_word_is_no_cue_for_the_next_paragraphs_name() -> None:
    kinds = _names("NLRB launches review of two regional offices, part of restructuring "
                   "study\n\nOffice of Public Affairs\n\nThe board's new study Labour Lines "
                   "appeared.\n")
    assert kinds.get("Office of Public Affairs") == "organisation", kinds
    assert kinds.get("Labour Lines") == "work", kinds


def test_an_electronic_service_a_portal_and_a_person_named_in_a_headline() -> None:
    kinds = _names("The E-Filing applications (E-Filing, Online Charge and Petition, and My "
                   "Account Portal) may be unavailable.\n\n06/08/2023 Matthew S. Lomax "
                   "Named Regional Director for Region 27-Denver Region 27 - Denver\n")
    assert kinds.get("E-Filing") == "other", kinds
    assert kinds.get("My Account Portal") == "work", kinds
    assert kinds.get("Matthew S. Lomax") == "person", kinds


def test_a_symposium_and_an_event_named_as_such_are_events() -> None:
    kinds = _names("The region will take part in the Bernard Gottfried Memorial Law Symposium "
                   "and in the Workers' Law & More Event in Indianapolis.")
    assert kinds.get("Bernard Gottfried Memorial Law Symposium") == "event", kinds
    assert kinds.get("Workers' Law & More Event") == "event", kinds


def test_a_title_joined_by_an_ampersand_still_leads_to_the_speaker() -> None:
    found = suggest("“The Board’s action ensures that we have the flexibility,” said TVA "
                    "President & CEO Tom Kilgore.")
    assert [q.speaker_name for q in found.quotes] == ["Tom Kilgore"], found.quotes


def test_a_word_in_small_letters_glued_to_a_name_the_story_writes_alone_is_cut_off() -> None:
    kinds = _names("tva logoTennessee Valley Authority\n\nThe TVA Board met in Tennessee. "
                   "openDemocracy spoke to Democracy Now. openDemocracy replied.")
    assert "Tennessee Valley Authority" in kinds and "logoTennessee Valley Authority" not in \
        kinds, kinds
    assert "openDemocracy" in kinds, kinds


def test_a_term_the_story_marks_after_an_article_each_time_is_no_quote() -> None:
    found = suggest("The Tennessee Valley Authority on Tuesday announced the termination of a "
                    "\"notification of unusual event\" at the plant. The \"notification of "
                    "unusual event,\" ended at 8:50 p.m. Ann Lee said the plan was “deeply "
                    "flawed” at the meeting. Critics echoed the “deeply flawed” line.")
    texts = [q.text for q in found.quotes]
    assert not any("notification" in t for t in texts), texts
    assert any("deeply flawed" in t for t in texts), texts  # (once with no article)


def test_a_wire_release_s_first_word_and_a_media_advisory_s_fields() -> None:
    kinds = _names("KNOXVILLE, Tenn., April 27, 2011 /PRNewswire-USNewswire/ -- Severe weather "
                   "hit the area.\n\nKNOXVILLE, Tenn., April 28, 2011 /PRNewswire-USNewswire/ "
                   "-- The following is being issued by Tennessee Valley Authority: (Logo: "
                   "http://photos.example.com/TVALOGO) WHAT: TVA Storm Damage News Conference "
                   "WHO: Tennessee Valley Authority WHEN: Thursday, April 28, 2011, 2:30 p.m.\n")
    assert "Severe" not in kinds, kinds
    assert kinds.get("TVA Storm Damage News Conference") == "event", kinds
    assert "Tennessee Valley" not in kinds and "Tennessee Valley Authority" in kinds, kinds


def test_a_reservation_and_a_hemisphere_are_places() -> None:
    kinds = _names("The agency will sell an easement on the Wilson Dam Reservation. Volunteers "
                   "across the Western Hemisphere count birds.")
    assert kinds.get("Wilson Dam Reservation") == "place", kinds
    assert kinds.get("Western Hemisphere") == "place", kinds


def test_a_state_that_is_a_given_name_makes_no_surname_of_the_word_after_it() -> None:
    kinds = _names("United States Commission on Civil Rights\n\nGarza serves as President of "
                   "the Texas Civil Rights Project. The U.S. Commission on Civil Rights met.")
    assert "Civil Rights" not in kinds, kinds
    assert "Texas Civil Rights Project" in kinds, kinds


def test_a_title_alone_before_and_then_a_body_and_a_name_after_jr() -> None:
    kinds = _names("The commission advises the President and Congress on civil rights. It "
                   "will hear U.S. Representatives Derek Kilmer and F. James Sensenbrenner, "
                   "Jr. Richard Lui of MSNBC will moderate. It began after the war, since "
                   "Reconstruction.")
    assert "President and Congress" not in kinds and kinds.get("Congress") == "organisation", \
        kinds
    assert kinds.get("Richard Lui") == "person" and "MSNBC" in kinds, kinds
    assert kinds.get("F. James Sensenbrenner, Jr.") == "person", kinds
    assert kinds.get("Reconstruction") == "event", kinds
    assert "Researcher and Reference Services Division" in _names(
        "A librarian in the Researcher and Reference Services Division spoke.")


def test_a_releases_kind_in_capitals_is_no_town() -> None:
    kinds = _names("MEDIA ADVISORY Contact: Brian Walch November 13, 2017\n\nThe commission "
                   "will meet in Washington.\n")
    assert "MEDIA" not in kinds and "Media" not in kinds, kinds
    assert kinds.get("Brian Walch") == "person", kinds


def test_a_long_title_before_the_speaker_and_a_contact_blocks_labels() -> None:
    found = suggest("Media Contact Name/Phone\nOffice of Communications (202) 565-3206\n\n"
                    "\"Supporting American-made exports is essential,\" said EXIM President and "
                    "Chairman of the Board of Directors Kimberly A. Reed.\n")
    assert [q.speaker_name for q in found.quotes] == ["Kimberly A. Reed"], found.quotes
    assert "Phone" not in _types(found), found.entities


def test_a_long_headline_in_title_case_and_a_dateline_before_a_colon() -> None:
    kinds = _names("EXIM Board Approves Two Authorizations Supporting an Estimated 3,700 Jobs "
                   "Across the United States, Including in Connecticut, Indiana, Kansas, Maine, "
                   "Nevada, North Carolina, Ohio, Oklahoma, Texas, and Washington\n\n"
                   "WASHINGTON, D.C.: The board of the Export-Import Bank of the United States "
                   "today approved two transactions supporting jobs across the United States.\n")
    assert not any(n.startswith(("Authorizations", "Jobs Across")) for n in kinds), kinds
    assert kinds.get("Connecticut") == "place", kinds
    assert any(n.upper().startswith("WASHINGTON, D.C") for n in kinds), kinds


def test_the_following_statement_gives_the_next_lines_words_to_its_maker() -> None:
    found = suggest("WASHINGTON – The U.S. Department of Transportation (USDOT) released the "
                    "following statement regarding today’s incident in Crozet, Virginia.\n"
                    "“The Federal Railroad Administration team is on its way to the site.”\n")
    assert [q.speaker_name for q in found.quotes] == ["U.S. Department of Transportation"], \
        found.quotes


def test_a_links_words_a_headlines_verb_and_acts_of_two_years() -> None:
    kinds = _names("Monday, July 19, 2004 Click here for FRA's Response to NY Times Allegations "
                   "Click here for the program.\n\nPHMSA Seeks Comment on Insurance for "
                   "Railroad Carriers. Grants made available by the Consolidated Appropriations "
                   "Acts of 2019 and 2020 will help.\n")
    assert not any("Click" in n or "Seeks" in n for n in kinds), kinds
    assert "Consolidated Appropriations Acts of 2019 and 2020" in kinds, kinds


def test_a_titled_persons_possessive_and_a_headlines_name_with_an_initial() -> None:
    found = suggest("Funded by President Biden’s Bipartisan Infrastructure Law, this program "
                    "helps communities.\n\nU.S. Transportation Secretary Elaine L. Chao "
                    "Announces Over $1.2 Million for Capital Improvements in Alaska\n"
                    "WASHINGTON – The department has selected five projects.\n")
    kinds = _types(found)
    assert "Bipartisan Infrastructure Law" in kinds and kinds.get("Biden") == "person", kinds
    assert kinds.get("Elaine L. Chao") == "person", kinds


def test_an_address_block_and_a_menu_run_into_a_name() -> None:
    kinds = _names("U.S Department of Transportation Office of Public Affairs 1200 New Jersey "
                   "Avenue, SE Washington, DC 20590 www.transportation.gov/briefingroom News\n"
                   "\nUS Department of Transportation Home Layout Image Home Button Site Index "
                   "Button Issue Briefs Button FOIA Button Employment Button image used for "
                   "layout\n")
    assert "New Jersey Avenue" in kinds and "Washington, DC" in kinds, kinds
    assert not any("1200" in n or n.startswith("SE") for n in kinds), kinds
    assert "US Department of Transportation" in kinds, kinds
    assert not any("Button" in n for n in kinds), kinds


def test_a_long_title_in_marks_after_on_is_one_name_and_an_assessment_a_document() -> None:
    kinds = _names("Remarks by Chairman Martin J. Gruenberg on “Oversight of Financial "
                   "Regulators: Financial Stability, Supervision, and Consumer Protection in "
                   "the Wake of Recent Bank Failures” before the Committee. The Special "
                   "Assessment is required by law.")
    assert any(n.startswith("Oversight of Financial Regulators: Financial Stability")
               for n in kinds), kinds
    assert not {"Financial Stability", "Consumer Protection"} & set(kinds), kinds
    assert kinds.get("Special Assessment") == "work", kinds


def test_a_double_spaced_text_broken_at_a_width_joins_a_name_across_its_blank_lines() -> None:
    lines = ["SUMMARY: The statement of policy would revise the agency's Statement of",
             "Policy on Assistance to Operating Insured Depository Institutions,",
             "which was published in the Federal Register on December 18, 1992. As",
             "required by section 303(a) of the Riegle Community Development and",
             "Regulatory Improvement Act of 1994 (the RCDRIA), the agency is conducting",
             "a systematic review of its regulations and statements of policy to",
             "identify and revise regulations and statements of policy that might be",
             "inefficient, cause unnecessary burden, or contain outmoded,",
             "duplicative, or inconsistent provisions. The agency has reviewed the",
             "statement and has concluded that it should be revised."]
    kinds = _names("\n\n".join(lines) + "\n")
    assert "Riegle Community Development and Regulatory Improvement Act of 1994" in kinds, \
        kinds
    assert "Regulatory Improvement Act of 1994" not in kinds, kinds


def test_a_census_by_any_year_and_two_bodies_letters_joined_by_a_hyphen() -> None:
    kinds = _names("ABS Statement on sex and gender questions and the 2021 Census\n\n"
                   "ATO-ABS partnership delivers COVID-19 jobs statistics. The ABS said so. "
                   "A 2015 Census Bureau report agreed.\n")
    assert "2021 Census" in kinds and "ATO" in kinds and "ABS" in kinds, kinds
    assert "ATO-ABS" not in kinds and "2015 Census Bureau" not in kinds, kinds
    office = _names("Investigators from the FBI Office of Professional Responsibility came. He "
                    "lied to FBI-OPR investigators, the FBI said.")
    assert "FBI Office of Professional Responsibility" in office and "OPR" not in office, \
        office


def test_a_directorys_titles_and_places_glued_to_the_names_after_them() -> None:
    kinds = _names("National Headquarters—Arlington, VA\nDIRECTORDonald M. Benton\nDeputy "
                   "DirectorJohn P. Prigmore\nInformation SecurityAnthony Clark\n\nRegional "
                   "Headquarters\nRegion II—Marietta, GACarlos M. Perez\n\nThe firm WordPress "
                   "Foundation met.\n")
    assert {kinds.get(n) for n in ("Donald M. Benton", "John P. Prigmore", "Anthony Clark",
                                   "Carlos M. Perez")} == {"person"}, kinds
    assert not any(n.startswith(("DIRECTOR", "Director", "Information", "GA")) for n in kinds), \
        kinds
    assert any("WordPress" in n for n in kinds), kinds


def test_jr_after_a_comma_then_a_place_named_for_him_or_the_body_he_led() -> None:
    kinds = _names("The statue stands at the Martin Luther King, Jr. Memorial, near the "
                   "Lincoln Memorial. Organizers included Dr. Martin Luther King, Jr. of the "
                   "Southern Christian Leadership Conference.")
    assert kinds.get("Martin Luther King, Jr. Memorial") == "place", kinds
    assert kinds.get("Martin Luther King, Jr.") == "person", kinds
    assert "Southern Christian Leadership Conference" in kinds, kinds
    assert not any(n.startswith("Jr.") for n in kinds), kinds


def test_a_description_finds_the_person_its_abbreviated_title_named() -> None:
    text = ("Democratic Gov. Laura Kelly begins a second term. Sen. Ty Masterson listened.\n\n"
            "“I have always been middle of the road,” the Democratic governor said. “One, "
            "because that’s how I think.”\n\n“We will see,” the senator said.\n")
    assert [(q.text[:10], q.speaker_name) for q in suggest(text).quotes] == [
        ("I have alw", "Laura Kelly"), ("One, becau", "Laura Kelly"),
        ("We will se", "Ty Masterson")]


def test_a_quote_nested_in_a_passage_that_opens_on_its_speakers_verb() -> None:
    text = ("Speaker Ron Ryckman “asked House Republicans if they want ‘these folks’ to make "
            "decisions,” wrote Noah Taborda. Ann Lee “wants ‘more’ of it,” Taborda wrote.\n")
    quotes = {q.text: q.speaker_name for q in suggest(text).quotes}
    assert quotes["these folks"] == "Ron Ryckman", quotes
    assert quotes[next(q for q in quotes if q.startswith("asked"))] == "Noah Taborda", quotes
    assert "more" not in quotes, quotes  # not a verb of speech: a scare quote


def test_a_bill_or_a_ballot_measure_by_its_number_however_long() -> None:
    kinds = _names("The committee heard the latest bill, House Bill 2556, on Wednesday. House "
                   "File 2389 died. Oregon voters passed Measure 110.")
    assert {kinds.get(n) for n in ("House Bill 2556", "House File 2389", "Measure 110")} == \
        {"work"}, kinds
    assert "House Bill" not in kinds and "House File" not in kinds, kinds


def test_news_outlets_named_by_their_papers_last_word() -> None:
    kinds = _names("“It is done,” wrote Kansas Reflector’s Noah Taborda. Alaska Beacon is "
                   "affiliated with States Newsroom. Georgia Recorder and Kentucky Lantern ran "
                   "it, as did the Christian Science Monitor.")
    assert {kinds.get(n) for n in ("Kansas Reflector", "Alaska Beacon", "States Newsroom",
                                   "Georgia Recorder", "Kentucky Lantern",
                                   "Christian Science Monitor")} == {"organisation"}, kinds
    assert kinds.get("Noah Taborda") == "person", kinds


def test_a_yearly_address_on_the_state_of_a_place_is_an_event() -> None:
    kinds = _names("The governor gave her annual State of the State speech. The mayor's State "
                   "of the City came later, and the State of the Union address is in March.")
    assert kinds.get("State of the State") == kinds.get("State of the City") == \
        kinds.get("State of the Union") == "event", kinds


def test_a_person_named_in_full_owns_the_name_after_their_possessive() -> None:
    kinds = _names("Joe Biden's Justice Department sued. Laura Kelly’s Commerce Department "
                   "answered on April Fool’s Day at St. Mary's Hospital.")
    assert kinds.get("Joe Biden") == kinds.get("Laura Kelly") == "person", kinds
    assert kinds.get("Justice Department") == kinds.get("Commerce Department") == \
        "organisation", kinds
    assert "April Fool’s Day" in kinds and "St. Mary's Hospital" in kinds, kinds


def test_a_partys_adjective_before_a_chamber_describes_it() -> None:
    kinds = _names("We have a supermajority Republican Legislature. The Democratic Senate "
                   "passed it. The Republican National Committee and the Democratic Party met.")
    country = _names("Three Democratic U.S. representatives and the Democratic U.S. Senate "
                     "candidate spoke in the Democratic Republic of the Congo.")
    assert country.get("U.S. Senate") == "organisation", country
    assert not any(n.startswith("Democratic U") for n in country), country
    assert country.get("Democratic Republic of the Congo") == "place", country
    assert kinds.get("Legislature") == kinds.get("Senate") == "organisation", kinds
    assert "Republican Legislature" not in kinds and "Democratic Senate" not in kinds, kinds
    assert "Republican National Committee" in kinds and "Democratic Party" in kinds, kinds


def test_a_titled_member_with_party_and_state_then_an_apposition_gives_the_quote() -> None:
    text = ("“I’m grateful for the work,” Rep. Kathy Castor said. “The data demonstrates the "
            "need,” Rep. A. Donald McEachin, D-Va., a co-sponsor of the bill, wrote in an "
            "email. “It is wrong,” Sen. Tina Smith, D-Minn., said.\n")
    assert [q.speaker_name for q in suggest(text).quotes] == [
        "Kathy Castor", "A. Donald McEachin", "Tina Smith"]


def test_title_case_headlines_written_as_sentences_or_with_an_ellipsis() -> None:
    kinds = _names("He Was Convicted of Killing His Baby. The DA’s Office Says He’s Innocent, "
                   "but That Might Not Be Enough.\n\nNike Pledged to Shrink Its Carbon "
                   "Footprint. It Just Slashed the Staff Charged With Making That Happen.\n\n"
                   "Two Reporters Covering Education in the Midwest Followed the Money … to a "
                   "School in New York\n\nSince December, Nike has lost staff.\n\n"
                   "Thanks to Kathy Castor, Andy Kroll, Nick Surgey and Jodi Cohen.\n")
    assert not any(n.startswith(("Convicted", "Might", "Shrink", "Slashed", "Reporters",
                                 "Midwest Followed")) for n in kinds), kinds
    assert kinds.get("Nike") == "organisation" and "DA’s Office" in kinds, kinds
    assert {kinds.get(n) for n in ("Kathy Castor", "Andy Kroll", "Nick Surgey",
                                   "Jodi Cohen")} == {"person"}, kinds


def test_a_given_name_then_a_small_word_in_a_headline_is_no_persons_name() -> None:
    kinds = _names("Why Do Nonwhite Georgia Voters Have to Wait in Line for Hours?\n"
                   "The state’s voter rolls have grown.\n\nRemarks by Carmen de Souza\n"
                   "She spoke.\n")
    assert "Line for Hours" not in kinds and kinds.get("Georgia") == "place", kinds
    assert kinds.get("Carmen de Souza") == "person", kinds


def test_a_city_and_its_suburbs_named_metro() -> None:
    kinds = _names("Polling places were cut, with Metro Atlanta hit particularly hard. The "
                   "Metro Nashville Police Department agreed.")
    assert kinds.get("Metro Atlanta") == "place", kinds
    assert kinds.get("Metro Nashville Police Department") == "organisation", kinds


def test_a_small_town_the_gazetteer_knows_is_a_place_without_other_evidence() -> None:
    kinds = _names("Dunleavy picks Sitka judge for the court, said Sen. Gary Stevens, from "
                   "the commercial fishing hub of Kodiak. The Marines arrived.")
    assert kinds.get("Sitka") == kinds.get("Kodiak") == "place", kinds
    assert kinds.get("Marines") != "place", kinds


def test_a_message_whose_clause_names_its_sender_by_a_pronoun() -> None:
    text = ("Gov. Mike Dunleavy vetoed $10 million in funding, with the message that he would "
            "“re-evaluate future funding needs.” Media publish texts about the outlet Atlatszo "
            "with allegations that it was receiving ‘Judas money’.\n")
    quotes = {q.text.rstrip("."): q.speaker_name for q in suggest(text).quotes}
    assert quotes["re-evaluate future funding needs"] == "Mike Dunleavy", quotes
    assert quotes.get("Judas money") != "Atlatszo", quotes


def test_a_gerund_opening_a_quote_as_its_subject_is_no_name() -> None:
    kinds = _names("“Waiting doesn’t help at all,” said Sen. Gary Stevens. Manning said so "
                   "too.\n")
    assert "Waiting" not in kinds and kinds.get("Gary Stevens") == "person", kinds
    assert "Manning" in kinds, kinds


def test_the_networks_a_page_asks_readers_to_follow_it_on() -> None:
    kinds = _names("Follow Alaska Beacon on Facebook and X. The Council on Foreign Relations "
                   "met.\n")
    assert {kinds.get(n) for n in ("Alaska Beacon", "Facebook", "X")} == {"organisation"}, \
        kinds
    assert "Council on Foreign Relations" in kinds and "X." not in kinds, kinds


def test_a_broadcast_scripts_credit_and_map_labels_before_a_name_and_a_place() -> None:
    kinds = _names("BLOCK A\n((Banner: Swap Shop))\n((Reporter/Camera: Deepak Dobhal))\n"
                   "((Map: Ogallala, Nebraska))\nWelcome to another edition of the program.\n")
    assert kinds.get("Deepak Dobhal") == "person" and kinds.get("Ogallala") == "place", kinds
    assert "Camera" not in kinds and "Map" not in kinds, kinds


def test_an_apposition_whose_noun_goes_on_with_to_describes_a_person() -> None:
    kinds = _names("This week’s programme also features Khin Soe Win, the first VOA reporter to "
                   "return to her native Burma since 1995.")
    assert kinds.get("Khin Soe Win") == "person", kinds


def test_a_clause_joined_by_and_after_a_quote_is_someone_elses_report() -> None:
    text = ("Gazelle Sharmahd, whose father is imprisoned in Evin, told VOA: “We do not know "
            "if he is alive,” and Ali Emadi reported that Elnaz Rekabi competed.\n")
    assert [q.speaker_name for q in suggest(text).quotes] == ["Gazelle Sharmahd"]


def test_an_abstract_noun_opening_a_sentence_before_of_and_a_name() -> None:
    kinds = _names("Protests grew. Criticism of Putin’s decision is spilling into the media. "
                   "Organization of American States delegates met. Republic of Ireland fans "
                   "sang.")
    assert "Putin" in kinds and not any(n.startswith("Criticism") for n in kinds), kinds
    assert "Organization of American States" in kinds, kinds
    assert "Republic of Ireland" in kinds, kinds


def test_two_names_joined_by_an_ampersand_one_firm_or_two_names() -> None:
    kinds = _names("Before eBay & Craiglist, there was TRadio. Barnes & Noble sold books to "
                   "Johnson & Johnson staff at Marks & Spencer. Iceland & Greenland voted. The "
                   "study by Adriano Giorgi was cited as Giorgi & Vandenberg.")
    assert kinds.get("eBay") == kinds.get("Craiglist") == "organisation", kinds
    assert {"Barnes & Noble", "Johnson & Johnson", "Marks & Spencer"} <= set(kinds), kinds
    assert "Iceland & Greenland" not in kinds and "Giorgi & Vandenberg" not in kinds, kinds


def test_a_surname_ending_in_s_is_no_plural_head_of_places() -> None:
    kinds = _names("The paper published letters between Gordon Brown and Ed Balls. Visitors "
                   "crossed Fiddleneck and Wrinkle Cove Parks and the Twin and Lake Cities.")
    assert kinds.get("Gordon Brown") == kinds.get("Ed Balls") == "person", kinds
    assert kinds.get("Fiddleneck") == "place", kinds


def test_parties_adjectives_coordinated_before_a_common_noun_and_parties_listed() -> None:
    kinds = _names("This was published under the Conservative and Liberal Democrat coalition "
                   "government. At the polls, Liberal Democrats and Labour won seats.")
    assert not any(" and " in n for n in kinds), kinds
    assert "Liberal Democrats" in kinds and "Labour" in kinds, kinds


def test_words_in_quotation_marks_after_entitled_are_a_title_however_written() -> None:
    text = ("Asked whether the PM was concerned with the DH press notice entitled ‘future of "
            "free nursery milk secured’, the PMS said no. “It is secured,” Ann Lee said.\n")
    assert [q.text.rstrip(",") for q in suggest(text).quotes] == ["It is secured"]


def test_words_someone_dismissed_a_thing_as_are_theirs() -> None:
    text = ("In April the committee released a damning report, an embarrassment for Michael "
            "Gove, who had dismissed openDemocracy’s reporting as “ridiculous and "
            "tendentious”. These politicians are labelled “epal,” a slang term.\n")
    quotes = {q.text.rstrip(".,"): q.speaker_name for q in suggest(text).quotes}
    assert quotes == {"ridiculous and tendentious": "Michael Gove"}, quotes
    assert _names("Get our free Daily Email. It comes daily.").get("Daily Email") == "work"


def test_a_phrase_the_story_also_writes_all_in_lower_case_is_not_cut_at_of() -> None:
    kinds = _names("It forced ministers to stop vetting freedom of information requests. Our "
                   "work on Freedom of Information won. The composition of the European "
                   "Parliament changed; Composition of the European Parliament was the title.")
    assert "Information" not in kinds, kinds
    assert "European Parliament" in kinds, kinds


def test_a_feed_copy_that_glued_each_headline_to_its_teaser() -> None:
    text = ("- Commuters scramble as taxi shutdown beginsTen routes from Khayelitsha are "
            "suspended Read more »\n- Letter claims tenders are riggedAnonymous letter calls "
            "on Minister Barbara Creecy Read more »\n- Landfill closure threatens "
            "livelihoodsPikitup has stopped accepting waste Read more »\n- Chatsworth "
            "residents take to the streets over waterBottlebrush has had none Read more »\n"
            "We read openDemocracy. openDemocracy agreed.\n")
    kinds = _names(text)
    assert kinds.get("Pikitup") == "organisation" and kinds.get("Barbara Creecy") == "person", \
        kinds
    assert kinds.get("Chatsworth") == "place" and "openDemocracy" in kinds, kinds
    assert not any(n.startswith(("Ten", "Anonymous")) or n.endswith("Read") for n in kinds), \
        kinds


def test_amounts_in_rand_are_no_names() -> None:
    kinds = _names("I pay R5,000 per month, but you pay R1,000 per year. The municipality spent "
                   "R4 million and Shell over R1-billion. The R101 airship flew.")
    assert not any(re.fullmatch(r"R\d.*", n) and n != "R101" for n in kinds), kinds
    assert "Shell" in kinds and "R101" in kinds, kinds


def test_people_named_after_a_plural_noun_and_sisters_sharing_a_surname() -> None:
    kinds = _names("2019-05-01 Activists Nosipho Appolis and sisters Zimkhitha and Xolelwa "
                   "Ntsiba joined the protest. Veterans Affairs Secretary Denis McDonough "
                   "spoke.")
    assert {kinds.get(n) for n in ("Nosipho Appolis", "Zimkhitha", "Xolelwa Ntsiba")} == \
        {"person"}, kinds
    assert not any(n.startswith("Activists") or " and " in n for n in kinds), kinds


def test_a_byline_alone_on_its_line_whose_given_name_is_also_a_town() -> None:
    text = ("Anger as municipality forces small farmers to pay\n\nAlready hit by drought, "
            "farmers will now have to pay fees.\n\nSelby Nomnganga\n\nNews | 29 May 2014\n\n"
            "Durban North\n\nNews | 8 May 2014\n")
    kinds = _names(text)
    assert kinds.get("Selby Nomnganga") == "person", kinds
    assert kinds.get("Durban North") != "person", kinds


def test_a_house_by_its_number_where_people_meet() -> None:
    kinds = _names("The PM stopped by a meeting held by David Willetts in Number 10. Route 66 "
                   "runs west.")
    assert kinds.get("Number 10") == "place", kinds


def test_a_name_a_speech_verb_precedes_as_the_subject_of_what_was_said() -> None:
    kinds = _names("A rights organisation says Home Affairs has done nothing to help. “We "
                   "tried,” said Ann Lee.")
    assert kinds.get("Home Affairs") != "person", kinds
    assert kinds.get("Ann Lee") == "person", kinds


def test_an_outlet_named_for_how_often_it_comes() -> None:
    kinds = _names("Daily Live is updated with the latest news. She reads Daily Maverick and "
                   "the Weekly Standard.")
    assert kinds.get("Daily Live") == kinds.get("Daily Maverick") == "organisation", kinds


def test_a_listings_byline_joins_the_writer_to_the_university_by_a_hyphen() -> None:
    text = ("Gen X attitudes toward evolution shifted as they aged\n\nA new study digs into "
            "attitudes.\n\nMorgan Sherburne-Michigan • futurity\nApril 16, 2024 ~6 min\n\n"
            "Can history change minds?\n\nTeaching people history can change views.\n\n"
            "Ellen James-Mbuqe-Syracuse • futurity\nOct. 21, 2022 ~3 min\n\n"
            "Jim Erickson-U. Michigan • futurity\nFeb. 14, 2024 ~9 min\n\nThe Hewlett-Packard "
            "Company agreed.\n\nEmily Howell, Postdoctoral Fellow, University of "
            "Wisconsin-Madison • conversation\n")
    kinds = _names(text)
    assert {kinds.get(n) for n in ("Morgan Sherburne", "Ellen James-Mbuqe", "Jim Erickson")} \
        == {"person"}, kinds
    assert "Syracuse" in kinds and "U. Michigan" in kinds, kinds
    assert "Hewlett-Packard Company" in kinds, kinds
    assert "University of Wisconsin-Madison" in kinds, kinds


def test_a_listings_source_run_into_the_reading_time_and_a_journal_named_with_and() -> None:
    text = ("Futurity4 min readWorld\nWill Russia Benefit From Climate Change?\nNew research "
            "examines the effect of climate change on Russia.\nFuturity1 min read\nCondom Use "
            "Is Down\nCondom use has been trending downward, a new study shows. The study, "
            "published in AIDS and Behavior, measures changes.\nFuturity2 min readTech\nWho "
            "Buys The Most Political Ads On Facebook?\nAs reported in Science Advances, ozone "
            "levels rose.\n")
    kinds = _names(text)
    assert kinds.get("Futurity") == "organisation", kinds
    assert kinds.get("AIDS and Behavior") == kinds.get("Science Advances") == "work", kinds
    assert not any(n.startswith("read") or n == "AIDS" for n in kinds), kinds


def test_a_generation_by_its_letter_is_a_group() -> None:
    kinds = _names("Gen X attitudes toward evolution shifted. A study digs into how Generation "
                   "X's attitudes changed. Gen. Mark Milley spoke.")
    assert kinds.get("Generation X") == "group", kinds
    assert kinds.get("Mark Milley") == "person", kinds


def test_an_event_named_for_its_city_before_a_partys_letters() -> None:
    kinds = _names("She said Thursday that she is not taking part in the Louisville GOP "
                   "Gubernatorial Debate on March 7. The Denver ABC affiliate reported it.")
    assert kinds.get("Louisville GOP Gubernatorial Debate") == "event", kinds
    assert "Denver" in kinds and "ABC" in kinds, kinds


def test_an_outlet_in_a_credit_line_then_a_teaser_whose_line_break_was_lost() -> None:
    kinds = _names("Many thanks to other CalMatters reporters.\n\nThis story appeared on "
                   "CalMatters See if you can spot the trend. This story appeared on "
                   "CalMatters Loyal readers may have noticed it.\n")
    assert kinds["CalMatters"] == "organisation"
    assert not any(" " in name for name in kinds)


def test_a_newspaper_named_for_its_place_whose_name_is_a_given_name_too() -> None:
    kinds = _names("Welcome to the Tennessee Lookout. He started at the Omaha Sun, then the "
                   "Papillion Times. Activist Rivera Sun spoke. Virginia Woolf wrote it.")
    assert kinds["Tennessee Lookout"] == kinds["Omaha Sun"] == "organisation", kinds
    assert kinds["Rivera Sun"] == kinds["Virginia Woolf"] == "person", kinds


def test_a_big_citys_name_before_an_event_is_where_it_was() -> None:
    kinds = _names("She interviewed a woman during a Nashville rally. Fans went to the "
                   "Coachella festival.")
    assert kinds["Nashville"] == "place", kinds
    assert kinds["Coachella"] == "event", kinds


def test_a_surname_that_is_also_a_town_described_as_a_ruler() -> None:
    kinds = _names("Who wants to be compared to Benito \"Il Duce\" Mussolini, the Italian "
                   "dictator who coined the term? “Mussolini liked those partnerships.”")
    assert kinds["Mussolini"] == "person", kinds


def test_a_caption_naming_the_place_it_shows_in_title_case() -> None:
    kinds = _names("The Tennessee State Capitol (Photo by Malcolm MacGregor/Getty Images)\n\n"
                   "Hello, Tennessee.\n\nThe Kansas Capitol (Photo: Ann Lee)\n")
    assert kinds.get("Tennessee State Capitol") == kinds.get("Kansas Capitol") == "place", kinds


def test_a_states_chamber_before_its_presiding_officers_title_and_a_countys_member() -> None:
    found = suggest("The former Tennessee House Speaker, a Davidson County Republican, is "
                    "waiting. He met the Kentucky Senate President. Former Ohio House Speaker "
                    "Larry Householder said no. Retired University of Nebraska-Lincoln "
                    "journalism professor Charlyne Berens agreed.")
    kinds = _types(found)
    assert kinds.get("Tennessee House") == kinds.get("Kentucky Senate") == \
        kinds.get("Ohio House") == kinds.get("University of Nebraska-Lincoln") == \
        "organisation", kinds
    assert kinds.get("Davidson County") == "place", kinds
    assert "Ohio House Speaker" in (_entity(found, "Larry Householder").role or "")
    assert not any(n.startswith(("Former", "Retired")) or n.endswith(("Speaker", "Republican"))
                   for n in kinds), kinds


def test_two_bodies_listed_the_second_named_for_its_country_and_a_body_before_its_state(
        ) -> None:
    kinds = _names("He won awards from the Associated Press, Nebraska Newspaper Association "
                   "and Suburban Newspapers of America. He joined the Boys and Girls Clubs of "
                   "America. He has covered the Nebraska Legislature and Nebraska state "
                   "government for decades. Officials from Sistan and Baluchestan province "
                   "came.")
    assert {"Nebraska Newspaper Association", "Suburban Newspapers of America",
            "Boys and Girls Clubs of America", "Nebraska Legislature", "Nebraska",
            "Sistan and Baluchestan"} <= set(kinds), kinds
    assert "America" not in kinds, kinds


def test_plural_titles_abbreviated_before_two_names() -> None:
    found = suggest("State Sens. John Cavanagh and Steve Lathrop, both of Omaha, led the "
                    "questioning. Reps. Ann Lee and Tom Hall spoke.")
    kinds = _types(found)
    assert kinds == {"John Cavanagh": "person", "Steve Lathrop": "person", "Omaha": "place",
                     "Ann Lee": "person", "Tom Hall": "person"}, kinds
    assert _entity(found, "John Cavanagh").role == "State Sens."


def test_a_newspaper_named_with_two_nameplates_and_a_legislators_home_town() -> None:
    found = suggest("He joined the Lincoln Journal-Star as a reporter. LINCOLN — It met in "
                    "Lincoln. Sen. Tom Brewer of Gordon, a decorated military veteran, has "
                    "packed his bag. Ann Lee and Tom Hall, both of Gordon, spoke. Ann "
                    "Smith-Jones agreed.")
    kinds = _types(found)
    assert kinds["Lincoln Journal-Star"] == "organisation", kinds
    assert kinds["Lincoln"] == kinds["Gordon"] == "place", kinds
    assert kinds["Ann Smith-Jones"] == "person", kinds
    assert _entity(found, "Gordon").role is None
    assert _names("He thanked Flash Gordon.") == {"Flash Gordon": "person"}


def test_a_body_named_with_a_plural_head_speaks_and_a_surname_said_to_be_a_farmer() -> None:
    kinds = _names("Safer Schools Nashville says the proposals are great. Republicans will "
                   "cripple Nashville. Pillen is the first active farmer elected governor in a "
                   "century. Zorblat is a big employer in town.")
    assert kinds["Safer Schools Nashville"] == "organisation", kinds
    assert kinds["Nashville"] == "place", kinds
    assert kinds["Pillen"] == "person", kinds
    assert kinds["Zorblat"] != "person", kinds


def test_the_speaker_a_relative_clause_hangs_on_is_the_name_right_before_which() -> None:
    found = suggest("Donald Trump launched a war on the media. Trump fertilized the seeds of "
                    "distrust sown by, in fact, some media outlets including Fox News, which "
                    "told viewers that only Fox will provide “fair and balanced” news.\n")
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("fair and balanced", "Fox News")], found.quotes


def test_a_sentence_listing_a_documents_words_in_quotation_marks_quotes_its_subject() -> None:
    found = suggest("Gov. Michelle Lujan Grisham on Friday signed the budget. She made 87 "
                    "line-item vetoes that fall into four categories: parts that “impermissibly "
                    "attempt to create substantive law;” parts that “attempt to enact general "
                    "policy;” and parts that “intrude into the executive managerial function.”\n"
                    "Some placards read: “You should be ashamed”, “Land for people not profit” "
                    "and “Distribute golf club land”.\n")
    quotes = {q.text.rstrip(";."): q.speaker_name for q in found.quotes}
    assert quotes == {"impermissibly attempt to create substantive law":
                      "Michelle Lujan Grisham",
                      "attempt to enact general policy": "Michelle Lujan Grisham",
                      "intrude into the executive managerial function":
                      "Michelle Lujan Grisham"}, quotes


def test_the_gazetteers_other_names_for_a_city_are_its_spellings_only() -> None:
    know = knowledge()
    assert know.places.get("Google") is None  # (an "alternate name" of Topeka)
    assert know.places.get("Topeka") == know.places.get("Mazar-e-Sharif") == "city"
    kinds = _names("Google announced it. Nambour Rugby won the game in Nambour.")
    assert kinds["Google"] == kinds["Nambour Rugby"] == "organisation", kinds


def test_a_world_war_by_its_letters_an_award_won_a_fight_and_a_town_with_macrons() -> None:
    kinds = _names("He was the oldest person to win an Oscar. Readers liked May 2's Big Fight. "
                   "WWE hosted the Royal Rumble. WWII, UK politics and more. Wikilove came, "
                   "less from Paekākāriki.")
    assert kinds["Oscar"] == "other", kinds
    assert kinds["Big Fight"] == kinds["Royal Rumble"] == kinds["WWII"] == "event", kinds
    assert kinds["Paekākāriki"] == "place", kinds
    assert _names("Oscar Smith won the race.") == {"Oscar Smith": "person"}


def test_two_names_joined_by_and_that_the_story_also_writes_by_their_letters() -> None:
    found = suggest("Editors met: NPR and AfC, a merger?\nFurther developments on New Page "
                    "Review and Articles for Creation work sharing. The Department of Health "
                    "and Human Services (HHS) met.")
    names = {e.name: e.aliases for e in found.entities}
    assert names["New Page Review"] == ["NPR"] and names["Articles for Creation"] == ["AfC"], \
        names
    assert "Department of Health and Human Services" in names, names


def test_two_numbered_bills_under_one_plural_head_and_a_building_by_its_floor() -> None:
    kinds = _names("Lujan Grisham signed House Bills 2 and 3, which set the budget. The "
                   "meeting on the fourth floor of the Roundhouse in Santa Fe lasted an hour.")
    assert kinds["House Bills 2 and 3"] == "work", kinds
    assert kinds["Roundhouse"] == kinds["Santa Fe"] == "place", kinds


def test_a_pages_menu_skip_links_and_licence_a_question_opening_with_will() -> None:
    kinds = _names("Skip to content Skip to search\nMenu\n  • Our Mission\n  • Our Team\n"
                   "We make it available under an Attribution-NonCommercial-NoDerivatives "
                   "Creative Commons license.\nMothers are running for office. Will COVID-19 "
                   "sideline their momentum? RBG and Sandra Day O'Connor will join the ranks.")
    assert "COVID-19" in kinds and kinds["Sandra Day O'Connor"] == "person", kinds
    assert not any(n in ("Skip", "Team", "Mission") or n.startswith(("Will", "Attribution"))
                   for n in kinds), kinds
    assert _names("Will Ferrell stars in it. Skip Bayless said no.") == {
        "Will Ferrell": "person", "Skip Bayless": "person"}


def test_a_caption_with_its_licence_a_newswires_source_line_and_an_agencys_photo_credit(
        ) -> None:
    kinds = _names("Source: The Conversation – Africa – By Benta A. Abuya, Research Scientist, "
                   "African Population and Health Research Center\n\nSchool room in Kibagare, "
                   "Nairobi, Kenya. Ninara, via Flickr, CC BY\n\nAccess to school is better.\n"
                   "Biden speaks. (AP Photo/Evan Vucci)\n")
    assert {"Benta A. Abuya", "African Population and Health Research Center", "Kibagare",
            "Nairobi", "Kenya", "Flickr", "AP", "Evan Vucci"} <= set(kinds), kinds
    assert kinds["Kibagare"] == "place" and kinds["AP"] == "organisation", kinds


def test_a_person_of_a_country_an_event_of_nations_and_a_name_in_capitals() -> None:
    found = suggest("Caster Semenya of South Africa from Team Africa ran in Ostrava, Czech "
                    "Republic, 09 September 2018. EPA-EFE/MARTIN DIVISEK\nThe 2019 Africa Cup "
                    "of Nations, popularly known as Afcon, is the championship. The Bank of "
                    "America lent it.")
    kinds = _types(found)
    assert kinds["Caster Semenya"] == kinds["MARTIN DIVISEK"] == "person", kinds
    assert kinds["South Africa"] == "place" and kinds["Bank of America"] == "organisation"
    assert kinds["2019 Africa Cup of Nations"] == "event", kinds  # (an edition, by its year)
    assert _entity(found, "2019 Africa Cup of Nations").aliases == ["Afcon"]


def test_speakers_set_off_by_their_roles_and_words_a_person_described_a_thing_as() -> None:
    found = suggest(
        "Responding to the ICC order in Germain Katanga's case, Solomon Sacco, Amnesty "
        "International’s Senior Legal Adviser said: “Today's decision is an important step.”\n"
        "Responding to Mike Pompeo, Amnesty International USA’s advocacy director, Philippe "
        "Nassif, said: “Today, the government announced it.”\nThe verdict against Daw Aung San "
        "Suu Kyi has been described by Amnesty International’s Secretary General Irene Khan as "
        "\"shameful\".\nIn a quote misattributed to German statesman Otto von Bismarck, the "
        "American poet John Godfrey Saxe said in 1869, “Laws, like sausages, cease to inspire "
        "respect.”\n")
    speakers = {q.text[:12]: q.speaker_name for q in found.quotes}
    assert speakers == {"Today's deci": "Solomon Sacco", "Today, the g": "Philippe Nassif",
                        "shameful": "Irene Khan", "Laws, like s": "John Godfrey Saxe"}, speakers


def test_a_charges_name_and_a_term_before_its_noun_in_quotation_marks_are_no_quotes() -> None:
    found = suggest("On the eve of the trial of Tan Zuoren on charges of “inciting subversion "
                    "of state power”, Amnesty urges China to free him and Huang Qi, whose "
                    "“state secrets” trial was conducted last week.\n")
    assert found.quotes == [], found.quotes


def test_the_united_states_spaced_as_some_copies_write_it_and_a_burmese_honorific() -> None:
    found = suggest("Pompeo said the U. S. will not consider settlements illegal. The United "
                    "States government announced it. The verdict against Daw Aung San Suu Kyi "
                    "by a court in Myanmar is shameful. J. M. Coetzee wrote.")
    assert _entity(found, "United States").aliases == ["U. S."]
    kinds = _types(found)
    assert kinds["Aung San Suu Kyi"] == "person", kinds
    assert "Jamaica" not in kinds and kinds.get("J. M. Coetzee") == "person", kinds


def test_naira_and_trillions_of_rand_a_byline_glued_to_a_headlines_verb_and_a_heading(
        ) -> None:
    kinds = _names("Cayley Clifford Checking the claim again and again\n\nThe ministry spent "
                   "N13 billion, not N13bn; households got N4,200 each, N523 million in all. "
                   "Treasury put it at R2.3 trillion.\n\nGrowth of South Africa’s economy\n\n"
                   "The economic growth was small. Peter Manning said no. The R101 flew.")
    assert kinds == {"Cayley Clifford": "person", "South Africa": "place",
                     "Peter Manning": "person", "R101": kinds.get("R101")}, kinds


def test_a_partys_slogan_it_says_it_has_quoted_each_time() -> None:
    found = suggest("South Africa’s ruling African National Congress says it has a “good story "
                    "to tell” ahead of the election.\nIn the run-up to the election, the "
                    "African National Congress says it has a “good story to tell” about its "
                    "record.\nThe termination of a “notification of unusual event” came. Later "
                    "came a “notification of unusual event” again.\n")
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("good story to tell", "African National Congress")] * 2, found.quotes


def test_letters_that_keep_the_common_noun_written_after_the_name() -> None:
    found = suggest("SONA unemployment claims unpacked\n\nDid the facts get sidelined during "
                    "the debate that followed President Jacob Zuma’s State of the Nation "
                    "address? We took a look.\n")
    assert _entity(found, "State of the Nation").aliases == ["SONA"]
    assert _entity(found, "State of the Nation").type == "event"


def test_a_state_capitol_opening_a_headline_and_a_metro_area() -> None:
    kinds = _names("State Capitol will likely be place of gridlock following the election.\n\n"
                   "The state budget passed. City Council voted no. A new sales tax in the "
                   "Twin Cities metro area will fund housing.")
    assert kinds == {"State Capitol": "place", "City Council": "organisation",
                     "Twin Cities": "place"}, kinds


def test_a_quotation_standing_alone_signed_after_its_closing_mark() -> None:
    found = suggest("Your health insurance: probably bad\n\n“A good life for American families "
                    "also requires the most affordable healthcare system on Earth. Our new plans "
                    "are better.”  POTUS, State […]\n\n“We will win this,” she said.\n")
    assert found.quotes[0].speaker_name == "POTUS", found.quotes


def test_a_statement_signed_on_the_line_below_after_a_dash() -> None:
    found = suggest("CMS Statement on Policy\n\n“CMS has long supported state flexibility to "
                    "design new demonstrations. However, CMS will continue to approve only "
                    "what complies.”\n\n--CMS Spokesperson\n")
    assert [(q.speaker, q.speaker_name) for q in found.quotes] == [("cms", "CMS")], found.quotes
    found = suggest("“We will keep working on this for all the families we serve.”\n\n"
                    "— Jane Doe, Mayor of Springfield\n")
    assert [q.speaker_name for q in found.quotes] == ["Jane Doe"], found.quotes


def test_short_letters_joined_by_a_slash_are_one_name_and_a_programme_enrolled_in() -> None:
    kinds = _names("Adults living with I/DD need support. The band AC/DC played in Sydney. "
                   "Most individuals enrolled in Medicaid kept their coverage.")
    assert kinds == {"I/DD": "organisation", "AC/DC": "organisation", "Sydney": "place",
                     "Medicaid": "organisation"}, kinds
    assert {"HIV", "AIDS"} <= set(_names("People with HIV/AIDS got care."))


def test_a_body_named_after_a_title_runs_to_its_end_when_no_one_follows() -> None:
    kinds = _names("The blog was written by Michael J. Lipp, MD, Chief Medical Officer for the "
                   "CMS Center for Medicare & Medicaid Innovation, and others. Jane Roe, "
                   "Director of the Center for Disease Control, spoke. So did the Minister of "
                   "Indigenous Services Canada.")
    assert kinds == {"Michael J. Lipp": "person",
                     "CMS Center for Medicare & Medicaid Innovation": "organisation",
                     "Jane Roe": "person", "Center for Disease Control": "organisation",
                     "Indigenous Services Canada": "organisation"}, kinds
    # a person after the body still keeps their name; a portfolio is no body's name
    kinds = _names("The CEO of the Committee to Protect Journalists Jodie Ginsberg spoke. "
                   "Volunteers Show Members of Congress What Life is Like in the Peace Corps")
    assert kinds.get("Jodie Ginsberg") == "person" and "Congress What Life" not in kinds, kinds


def test_a_title_case_headline_linked_by_a_small_word_names_no_body_or_person() -> None:
    kinds = _names("Health Affairs Blog: What CMS’s Response to COVID-19 Means for Front Line "
                   "Clinicians\n\nHealth Affairs recently featured a blog post by CMS.")
    assert "Line Clinicians" not in kinds and not any("Front" in k for k in kinds), kinds
    assert kinds.get("Health Affairs") == "organisation", kinds


def test_a_forum_is_a_body_and_a_blueprint_a_work() -> None:
    kinds = _names("November 3: The Health Policy Forum published a research letter. It is "
                   "part of the Blueprint for Addressing the Maternal Health Crisis.")
    assert kinds == {"Health Policy Forum": "organisation",
                     "Blueprint for Addressing the Maternal Health Crisis": "work"}, kinds


def test_two_fields_words_opening_a_sentence_keep_a_name_whole() -> None:
    kinds = _names("Health Affairs recently featured a blog post about the health system. "
                   "The blog was written by a doctor.")
    assert kinds == {"Health Affairs": "organisation"}, kinds


def test_the_writers_own_words_quoted_name_no_speaker() -> None:
    found = suggest("When we launched, I wrote an introduction column setting out our goals: "
                    "“The role of journalists is to remain steadfast in pursuit of truth.”\n")
    assert [(q.speaker, q.speaker_name) for q in found.quotes] == [(None, None)], found.quotes


def test_a_company_by_its_trade_and_a_contest_in_quotation_marks() -> None:
    kinds = _names("Duke Energy is among the companies enjoying subsidies. In the “Ohio’s "
                   "Best Journalism Contest” from the Society of Professional Journalists, "
                   "the paper won five awards.")
    assert kinds == {"Duke Energy": "organisation",
                     "Ohio’s Best Journalism Contest": "event",
                     "Society of Professional Journalists": "organisation"}, kinds


def test_a_headline_opening_with_a_list_of_names() -> None:
    kinds = _names("Report: Kroger, Walmart & Amazon Inflated Grocery Costs During & After "
                   "Pandemic\n\nLooking for someone to blame for increased costs? The Federal "
                   "Trade Commission said so.\n\nSpeeches, Statements & Testimonies\n")
    assert kinds == {"Kroger": "organisation", "Walmart": "organisation",
                     "Amazon": "organisation", "Federal Trade Commission": "organisation"}, kinds


def test_a_headline_ending_by_a_common_phrase_after_by_is_no_byline() -> None:
    kinds = _names("No Major Issues Reported by Ohio Election Protection Groups\n\nElection "
                   "protection groups say last week's in-person voting went smoothly.\n")
    assert kinds == {"Ohio": "place"}, kinds


def test_a_newsroom_named_with_the_by_what_its_people_say_or_its_byline() -> None:
    kinds = _names("By The Markup\n\nAt The Markup, we believe we can build a better future. "
                   "As you’ll see in our latest report, The Markup’s journalism is creating "
                   "change.\n")
    assert kinds.get("Markup") == "organisation", kinds
    assert _names("He starred in The Mechanism, a series.").get("Mechanism") == "work"


def test_a_teaser_glued_to_the_next_sentence_after_repeating_its_heading() -> None:
    kinds = _names("Introducing Amazon Brand Detector\n\nIntroducing Amazon Brand DetectorA "
                   "browser extension that reveals Amazon brand products while you shop on the "
                   "siteAmazon has registered brands.\n\n\nDozens of Minneapolis Drivers "
                   "Carjacked This Fall\n\nDozens of Drivers Are Victims of Reported "
                   "Carjackings in Minneapolis This FallOver the past months, there have been "
                   "carjackings.\n")
    assert kinds == {"Amazon Brand Detector": "organisation", "Amazon": "organisation",
                     "Minneapolis": "place"}, kinds


def test_a_body_after_the_in_a_headline_and_a_company_apart_from_its_board() -> None:
    found = suggest("Watching Over the Facebook Oversight Board\nHello, friends, Over the past "
                    "two years, Facebook has been quietly building its own court.\n")
    assert {e.name: e.type for e in found.entities} == {
        "Facebook Oversight Board": "organisation", "Facebook": "organisation"}, found.entities


def test_a_greeting_inside_a_sentence_opens_a_name() -> None:
    kinds = _names("Hello World\n\nBy Julia Angwin\n\nBy subscribing, you understand that "
                   "Hello World will receive your email address. Hello, friends, Apple has "
                   "news.\n")
    assert kinds == {"Hello World": "organisation", "Julia Angwin": "person",
                     "Apple": "organisation"}, kinds


def test_a_law_after_the_in_a_headline_and_two_documents_joined_by_and() -> None:
    kinds = _names("Understanding the Digital Services Act\n\nBy subscribing, you agree with "
                   "Revue’s Terms of Service and Privacy Policy.\n")
    assert kinds.get("Digital Services Act") == "work", kinds
    assert "Terms of Service" in kinds and "Privacy Policy" in kinds, kinds
    assert not any(" and " in k for k in kinds), kinds


def test_regions_by_their_english_names_compass_regions_and_a_citys_dateline() -> None:
    kinds = _names("Niscemi, Sicily – antenna masts stand in the countryside. Bavaria voted. "
                   "Turkey’s attacks on North-East Syria go on.\n\nGeneva: Press Emblem "
                   "Campaign (PEC), the global media safety body, expresses concern.\n")
    assert kinds.get("Sicily") == "place" and kinds.get("Bavaria") == "place", kinds
    assert kinds.get("North-East Syria") == "place" and kinds.get("Geneva") == "place", kinds


def test_abstract_nouns_end_no_persons_name_and_a_decree_is_a_work() -> None:
    kinds = _names("Navdanya works with Earth Restoration on farms. The founder of Universalist "
                   "Humanism spoke. The union rejected the Decree of Necessity and Urgency.")
    assert kinds.get("Earth Restoration") != "person", kinds
    assert kinds.get("Universalist Humanism") != "person", kinds
    assert kinds.get("Decree of Necessity and Urgency") == "work", kinds


def test_other_names_listed_spelt_in_brackets_shortened_or_apposed_join_the_name() -> None:
    found = suggest("The junta of Myanmar (also known as Burma and Brahmadesh) jailed the "
                    "defender Olga Karatch (Volha Karach). MPs plead with UK Govt; the UK "
                    "Government said no. In a release, SIPREBA, the Buenos Aires Press Union, "
                    "announced an appeal. NASA, the European Space Agency, and JAXA signed.\n")
    forms = {e.name: {e.name, *e.aliases} for e in found.entities}
    assert {"Myanmar", "Burma", "Brahmadesh"} in forms.values(), forms
    assert {"Olga Karatch", "Volha Karach"} in forms.values(), forms
    assert {"UK Government", "UK Govt"} in forms.values(), forms
    assert {"Buenos Aires Press Union", "SIPREBA"} in forms.values(), forms
    assert forms.get("NASA") == {"NASA"} and "European Space Agency" in forms, forms
    people = _names("Ann Lee (Labour) and Tom Roe spoke.")
    assert people.get("Labour") == "organisation", people


def test_a_peoples_adjective_before_a_brand_and_a_body_joined_to_an_international() -> None:
    found = suggest("Fears grow that the Australian WikiLeaks publisher would be jailed. In "
                    "October, Navdanya and Regeneration International released a statement. "
                    "The Morrison government lost the vote.")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds == {"WikiLeaks": "organisation", "Navdanya": "organisation",
                     "Regeneration International": "organisation",
                     "Morrison": "person"}, kinds
    assert "Australian" in found.not_entities


def test_a_small_town_opening_a_dateline_before_its_region() -> None:
    kinds = _names("The camp\n\nNiscemi, Sicily – 46 enormous antenna masts, spread out "
                   "over a vast stretch of countryside.\n")
    assert kinds == {"Niscemi": "place", "Sicily": "place"}, kinds


def test_a_newsletter_by_its_issues() -> None:
    kinds = _names("As part of our journey, we will share issues of Markup Futures on a "
                   "semi-regular basis. Read the latest issue of Hello World today. We must "
                   "address the issues of Black Americans.")
    assert kinds.get("Markup Futures") == "work" and kinds.get("Hello World") == "work", kinds
    assert kinds.get("Black Americans") != "work", kinds


def test_a_march_named_for_its_cause_is_an_event_not_a_month() -> None:
    kinds = _names("It was prepared for the World March for Peace and Nonviolence that year. "
                   "Later came the March for Our Lives. In March the mayor of Denver spoke.")
    assert kinds == {"World March for Peace and Nonviolence": "event",
                     "March for Our Lives": "event", "Denver": "place"}, kinds


def test_a_quotation_after_he_said_goes_to_a_man_not_the_woman_named_last() -> None:
    found = suggest("Tom Lee founded the group in 2008. Mary Roe wrote a book about him. He "
                    "said that the group must grow. “We must form an agency that others can "
                    "use.”\n")
    assert [q.speaker_name for q in found.quotes] == ["Tom Lee"], found.quotes


def test_a_sentences_first_word_kept_when_its_first_two_words_name_a_body_elsewhere() -> None:
    kinds = _names("Global Voices Advocacy's Netizen Report offers a global snapshot. Fifty "
                   "bloggers backed Global Voices author Mohammed Hassan.\n")
    assert kinds.get("Global Voices Advocacy") == "organisation", kinds


def test_a_country_joined_by_an_ampersand_and_a_body_after_as_in_a_headline() -> None:
    kinds = _names("PHOTOS: Celebration as High Court Deems Trinidad & Tobago ‘Buggery’ Law "
                   "‘Unconstitutional’\n\"In the end, activists stood on the steps of the Hall "
                   "of Justice...\"\n‘Terrified’ Founder Decides to Shutter Hong Kong "
                   "Pro-Democracy News Site ‘House News’\n")
    assert kinds.get("Trinidad & Tobago") == "place" and "Trinidad" not in kinds, kinds
    assert kinds.get("High Court") == "organisation" and "Decides" not in kinds, kinds


def test_a_title_in_another_languages_case_after_its_kind_and_a_body_that_files() -> None:
    found = suggest('Luis Segura is in prison for interviews about his novel "Un paso al '
                    'frente" (A step forward). Serbian fact-checking service Istinomer files '
                    'criminal complaint after an attack.')
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("Un paso al frente") == "work" and "Un" not in kinds, kinds
    assert kinds.get("Istinomer") == "organisation", kinds
    assert not found.quotes, found.quotes


def test_a_single_name_that_took_office_or_was_sworn_in_is_a_person() -> None:
    kinds = _names("Disappearances grew in Tanzania since 2015 when Magufuli first took "
                   "office. Later Ruto was sworn in as president of Kenya.")
    assert kinds == {"Tanzania": "place", "Magufuli": "person", "Ruto": "person",
                     "Kenya": "place"}, kinds


def test_a_titled_name_with_an_initial_inside_a_headline_before_its_verb() -> None:
    kinds = _names("New Sexual Harassment Accusations Against Professor Jorge I. Domínguez "
                   "Spark Heated Online Debate\nStudents spoke out.\n")
    assert kinds == {"Jorge I. Domínguez": "person"}, kinds


def test_a_declaration_on_the_and_two_people_joined_by_a_spanish_y() -> None:
    kinds = _names("According to the United Nations Declaration on the Rights of Indigenous "
                   "Peoples, it is a right. From left to right: Carlos Chi, Juan Gómez y "
                   "Cristina Álvarez. The philosopher José Ortega y Gasset wrote it.")
    assert kinds == {"United Nations Declaration on the Rights of Indigenous Peoples": "work",
                     "Carlos Chi": "person", "Juan Gómez": "person",
                     "Cristina Álvarez": "person", "José Ortega y Gasset": "person"}, kinds


def test_a_decade_a_numbered_forum_a_manual_and_a_linked_title_after_an_arrow() -> None:
    found = suggest("We will enter the International Decade of Indigenous Languages. Poems "
                    "were recited at the 2nd International Academic Forum in Seoul. We think "
                    "this Digital Inclusion Startup Manual is for you. Read along. → “Champani "
                    "youth in Cambodia find creative ways to promote their culture\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("International Decade of Indigenous Languages") == "event", kinds
    assert kinds.get("2nd International Academic Forum") == "event", kinds
    assert _names("The world is watching the 8th National Assembly in Abuja.").get(
        "8th National Assembly") == "organisation"
    assert kinds.get("Digital Inclusion Startup Manual") == "work", kinds
    assert not found.quotes, found.quotes


def test_our_community_of_a_body_is_no_place_but_a_towns_community_is() -> None:
    assert _names("We present poetry by members of our extended Global Voices community.") \
        == {"Global Voices": "organisation"}
    assert _names("Residents of the Fair Play community met.") == {"Fair Play": "place"}


def test_two_people_of_a_body_whose_name_holds_a_list_and_a_newsroom_one_joined() -> None:
    kinds = _names("Our co-founders Mary Lynn Young and Alfred Hermida of the University of "
                   "British Columbia School of Journalism, Writing and Media, also wrote an "
                   "essay. I joined The Conversation Canada in 2017.")
    assert kinds == {"Mary Lynn Young": "person", "Alfred Hermida": "person",
                     "University of British Columbia School of Journalism, Writing and Media":
                         "organisation",
                     "Conversation Canada": "organisation"}, kinds


def test_a_readers_letter_signed_after_its_last_sentence_is_the_readers_words() -> None:
    found = suggest("We heard from readers.\n\nThe paper constantly makes me think, and often "
                    "outside my own box: that is good for my soul. Judy Humphries, Gravenhurst, "
                    "Ont.\n\nRaymond A. Mosley, Director of the Federal Register. Adrienne C. "
                    "Thomas, Acting Archivist of the United States.\n")
    assert [(q.speaker_name, q.kind, q.medium, q.text[:9]) for q in found.quotes] == [
        ("Judy Humphries", "written", "letter", "The paper")], found.quotes


def test_a_person_before_a_headlines_verb_and_a_firm_opening_a_sentence_case_headline() -> None:
    found = suggest("Beijing's Favorite Carrie Lam Becomes Hong Kong's First Woman Leader With "
                    "777 Votes\nShe promised to \"heal the divide\" in her victory speech.\n"
                    "Weibo introduces an AI tool to boost engagement\nUsers worry.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("Carrie Lam") == "person" and kinds.get("Weibo") == "organisation", kinds
    assert [q.speaker_name for q in found.quotes] == ["Carrie Lam"], found.quotes


def test_a_person_whose_names_are_a_city_and_a_province_a_site_with_an_accent_and_days() -> None:
    found = suggest("We spoke to Elizabeth Rivera about it. He flew from London England. Global "
                    "Voices worked with Connectas and Útero.pe on it.\nThe ‘Day of the Dead’ "
                    "sparks memories\n\"The 'National Day of Spain' is a mockery and offense "
                    "to our peoples.\"\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("Elizabeth Rivera") == "person", kinds
    assert kinds.get("London") == "place" and kinds.get("England") == "place", kinds
    assert kinds.get("Útero.pe") == "organisation" and "Útero" not in kinds, kinds
    assert kinds.get("Day of the Dead") == "event", kinds
    assert kinds.get("National Day of Spain") == "event", kinds


def test_people_before_headline_verbs_hashtags_opening_headlines_and_a_title_called() -> None:
    found = suggest("#NigeriaDecides Their Country's Next President in Hotly Contested Race\n"
                    "The election commission extended voting.\nEquatoguinean Artist Carmen "
                    "Bolena Explores Her History and Identity Through Her Drawings\nThe artist "
                    "paints.\nA Just Sentence? Too Lenient? Oscar Pistorius Given 5 Years in "
                    "Prison\nThe athlete was convicted. Tony Iribor curates a production on "
                    "Twitter called \"Nigeria — the Twitter Round Up.\"\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("Carmen Bolena") == "person" and "Carmen" not in kinds, kinds
    assert kinds.get("Oscar Pistorius") == "person", kinds
    assert not any("NigeriaDecides" in k or "Their" in k for k in kinds), kinds
    assert not found.quotes, found.quotes


def test_a_speaker_after_the_verb_with_a_description_or_a_title_before_the_name() -> None:
    found = suggest('"I will take the AIDS from the patient then give it to him as a skewer," '
                    'announced army Major General Ibrahim Abdel-Atty in 2014. "We will rebuild '
                    'the whole town," said police spokesman John Doe on Monday.\n')
    assert [q.speaker_name for q in found.quotes] == ["Ibrahim Abdel-Atty", "John Doe"], \
        found.quotes


def test_a_listing_headline_after_a_teaser_cut_at_a_colon_and_a_listicles_count() -> None:
    kinds = _names("Lebanon: Don't Drink and Drive\nLebanon's traffic authorities have launched "
                   "a campaign ahead of the holidays. On Twitter, the department shares this "
                   "photograph:\nSix Killed in Lebanon Blast Targeting ex-Minister\nAt least six "
                   "people died in a blast that targeted former minister Mohamed Chatah in "
                   "Beirut.\n7 Good News Stories From Yemen You Probably Haven't Heard\nAmidst "
                   "all the sad news coming out of Yemen, we found a few items for you.\n")
    assert kinds == {"Lebanon": "place", "Twitter": "organisation",
                     "Mohamed Chatah": "person", "Beirut": "place", "Yemen": "place"}, kinds


def test_the_one_person_named_is_not_the_speaker_when_only_spoken_to() -> None:
    found = suggest("“We will rebuild the whole town,” he said to John Doe on Monday.\n")
    assert [q.speaker for q in found.quotes] == [None], found.quotes
    found = suggest("“We will rebuild the whole town,” he said. Mayor John Doe agreed.\n")
    assert [q.speaker_name for q in found.quotes] == ["John Doe"], found.quotes


def test_a_portuguese_name_with_e_and_the_research_body_after_of_the() -> None:
    found = suggest("As the city grapples with a spike in murders, Jailson de Souza e Silva of "
                    "the Favelas Observatory reflected on the 'demonization of the other' that "
                    "sustains it. Ko Puanga e Rangi was sung.\n")
    kinds = _types(found)
    assert kinds.get("Jailson de Souza e Silva") == "person", kinds
    assert kinds.get("Favelas Observatory") == "organisation", kinds
    assert not any(" e Rangi" in k for k in kinds), kinds  # Māori "e" is a word of its own
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("demonization of the other", "Jailson de Souza e Silva")], found.quotes


def test_an_issue_line_a_months_games_and_a_peoples_plan() -> None:
    kinds = _names("Monthly Digest\nSeptember 2016\nVolume VI Issue 9\n\nThe plans for "
                   "August's Olympic Games were set, and the mayor ignored the "
                   "community-developed People's Plan.\n")
    assert kinds.get("Olympic Games") == "event", kinds
    assert "People's Plan" in kinds and "People" not in kinds and "Plan" not in kinds, kinds
    assert not any("Volume" in k or "Issue" in k or "August" in k for k in kinds), kinds


def test_places_named_by_their_kind_in_portuguese_and_a_sentences_in() -> None:
    kinds = _names("The home of Vila Autódromo activist Maria da Penha was demolished. "
                   "Residents of Vila União de Curicica and Complexo do Alemão organised, and "
                   "Morro do Timbau mourned. In Mangueira yet another youth has lost his life. "
                   "In Acme's view it was bad.\n")
    for place in ("Vila Autódromo", "Vila União de Curicica", "Complexo do Alemão",
                  "Morro do Timbau", "Mangueira"):
        assert kinds.get(place) == "place", (place, kinds)
    assert kinds.get("Maria da Penha") == "person", kinds
    assert kinds.get("Acme") != "place", kinds  # (a possessive after "In" is an owner's)
    kinds = _names("In Facebook posts she wrote about it. In Borel, residents protested.\n")
    assert kinds.get("Facebook") != "place" and kinds.get("Borel") == "place", kinds


def test_someone_from_a_place_speaks_not_the_place() -> None:
    found = suggest("A community leader from Borel argued the exclusion of favelas shows they "
                    "remain 'undesirable' parts of the city.\n")
    assert _types(found).get("Borel") == "place", _types(found)
    assert [(q.speaker, q.speaker_name) for q in found.quotes] == [
        (None, "A community leader from Borel")], found.quotes


def test_a_blend_of_first_syllables_is_the_name_it_shortens() -> None:
    found = suggest("Read the latest digest from RioOnWatch and CatComm. RioOnWatch is "
                    "Catalytic Communities' project on favelas.\n")
    entity = _entity(found, "Catalytic Communities")
    assert entity.type == "organisation" and "CatComm" in entity.aliases, found.entities
    assert "CatComm" not in _types(found), _types(found)


def test_named_shows_and_campaigns_in_marks_or_before_their_noun() -> None:
    kinds = _names("Marc Ohrem-Leclef's 'Olympic Favela' photo exhibit is on display. It came "
                   "after Coletivo Papo Reto's 'Everything is Wrong' campaign. The ComPosições "
                   "Políticas art exhibit responded to the question.\n")
    assert kinds.get("Olympic Favela") == "work" and "Favela" not in kinds, kinds
    assert "Wrong" not in kinds, kinds  # (the campaign's name whole, or nothing)
    assert kinds.get("ComPosições Políticas") == "work", kinds


def test_a_bodys_papers_in_a_catalogue_heading_name_the_body() -> None:
    kinds = _names("You limited your search to:\n\n Collection: Congressional Research Service "
                   "Reports\nAmendments in the Senate: Types and Forms\nThis report describes "
                   "the amendments that take place in the Senate.\n")
    assert kinds.get("Congressional Research Service") == "organisation", kinds
    assert "Congressional Research Service Reports" not in kinds, kinds


def test_senate_bills_and_public_laws_by_number_join_the_law_they_name() -> None:
    found = suggest("It amends the Further Continuing Appropriations Act, 2017 (P.L. 114-254), "
                    "which sets procedures. The report follows the passage of S. 679, which "
                    "became P.L. 112-166 on August 10, 2012, and H.R. 4435/S. 2410.\n")
    act = _entity(found, "Further Continuing Appropriations Act")
    assert act.type == "work" and "P.L. 114-254" in act.aliases, found.entities
    bill = _entity(found, "S. 679")
    assert bill.type == "work" and "P.L. 112-166" in bill.aliases, found.entities
    assert {"H.R. 4435", "S. 2410"} <= set(_types(found)), _types(found)


def test_an_adjective_opening_a_bodys_name_on_its_own_line_stays() -> None:
    kinds = _names("Congressional Research Service Reports\n\nThis report follows the "
                   "sequence of congressional stages.\n")
    assert kinds.get("Congressional Research Service") == "organisation", kinds
    assert "Research Service" not in kinds, kinds


def test_a_name_spelt_in_brackets_after_on_the_is_its_own_and_a_clause() -> None:
    found = suggest("This report gives issues for Congress on the Littoral Combat Ship (LCS), "
                    "a Navy combatant. The House Committee on the Judiciary (HJC) met. The "
                    "Appointments Clause prohibits it.\n")
    kinds = _types(found)
    assert kinds.get("Congress") == "organisation", kinds
    assert "LCS" in _entity(found, "Littoral Combat Ship").aliases, found.entities
    assert "House Committee on the Judiciary" in kinds, kinds
    assert kinds.get("Appointments Clause") == "work", kinds


def test_a_bodys_letters_glued_to_a_place_and_a_directorate_general() -> None:
    found = suggest("Speech by Ann Lee, Member of the Executive Board of the ECBFrankfurt am "
                    "Main, 25 April 2008\nAs the member in charge of the Directorate General "
                    "Statistics, I thank the ECB's staff.\n")
    kinds = _types(found)
    assert kinds.get("Frankfurt am Main") == "place" and "Main" not in kinds, kinds
    assert kinds.get("Directorate General Statistics") == "organisation", kinds
    assert "Statistics" not in kinds, kinds


def test_a_meetings_title_in_marks_is_no_quote_and_a_virus_variant() -> None:
    found = suggest("Concluding remarks at the Fourth ECB conference on statistics “A strategic "
                    "vision for statistics: challenges for the next ten years”\nThe recovery is "
                    "boosted by the fading impact of the Omicron coronavirus variant. “We will "
                    "act,” she said.\n")
    assert [q.text for q in found.quotes] == ["We will act,"], found.quotes
    assert _types(found).get("Omicron") == "other", _types(found)


def test_two_titled_people_joined_by_and_when_the_second_title_has_an_adjective() -> None:
    kinds = _names("The briefing was attended by Permanent Secretary Kirsi Varhila and Strategic "
                   "Director Liisa-Maria Voipio-Pulkki from the Ministry of Health.\n")
    assert kinds.get("Kirsi Varhila") == "person", kinds
    assert kinds.get("Liisa-Maria Voipio-Pulkki") == "person", kinds


def test_a_body_named_with_a_disease_or_a_generation_and_glued_bodies() -> None:
    kinds = _names('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\nGovernment '
                   "Communications DepartmentMinistry of Finance\nThe Ministerial Working Group "
                   "on Coordinating COVID-19 Response met. Finland joined the Joint Statement "
                   "Endorsing Principles for 6G at the Mobile World Congress. NewsGuard "
                   "reported it.\n")
    for body in ("Government Communications Department", "Ministry of Finance",
                 "Ministerial Working Group on Coordinating COVID-19 Response"):
        assert kinds.get(body) == "organisation", (body, kinds)
    assert "Joint Statement Endorsing Principles for 6G" in kinds, kinds
    assert kinds.get("Mobile World Congress") == "event", kinds
    assert "NewsGuard" in kinds and "UTF-8" not in kinds, kinds


def test_a_minister_named_after_the_portfolio_on_a_caption_line() -> None:
    kinds = _names("Government proposal on amendments to be finalised\n\n22.2.2024 17.23\n"
                   "Minister of Employment Arto Satonen\nThe Government is to submit a proposal "
                   "on 29 February 2024.\n")
    assert kinds.get("Arto Satonen") == "person", kinds


def test_a_teasers_tribute_to_someone_who_died_is_not_their_words() -> None:
    found = suggest("Barbadian novelist George Lamming, a leading writer of the Caribbean, dies "
                    "at 94\n\"A giant has left us only physically. He will always be a part of "
                    "us.\"\nLeona Fabien advocates through her art\n\"I hope that issues "
                    "surrounding the rights of residents will be addressed.\"\n")
    assert [q.speaker_name for q in found.quotes] == [None, "Leona Fabien"], found.quotes


def test_a_magazine_styled_in_capitals_cohorts_marches_and_a_numbered_cop() -> None:
    kinds = _names("TIME Magazine chooses Barbados Prime Minister Mia Mottley as one of the most "
                   "influential people\nHer advocacy at COP 26 cemented her place. Trinidad "
                   "took part in the global Climate Change Marches. The Windrush Generation "
                   "arrived in Britain. A post is gone in Less Than 24 Hours.\n")
    assert kinds.get("TIME Magazine") == "organisation", kinds
    assert kinds.get("COP 26") == "event" and kinds.get("Climate Change Marches") == "event", kinds
    assert kinds.get("Windrush Generation") == "group", kinds
    assert "Less Than" not in kinds and "Magazine" not in kinds, kinds


def test_a_headline_in_single_marks_above_a_teaser_naming_the_interviewee() -> None:
    found = suggest("Stories from September, 2014\n‘The Right Moment Has Come for People to Rise "
                    "Up and Say No More’ to Fossil Fuels\nThe country took part in the marches. "
                    "Global Voices talks to Jonathan Barcant, who helped organise the event.\n"
                    "‘The Grapes of Wrath’\nThe novel was published in 1939 and won a prize.\n")
    assert [(q.text[:20], q.speaker_name) for q in found.quotes] == [
        ("The Right Moment Has", "Jonathan Barcant")], found.quotes


def test_a_work_in_single_marks_before_its_creator() -> None:
    kinds = _names("Puerto Ricans Take Heart in ‘Hamilton’ Creator Lin-Manuel Miranda's Success\n"
                   "While Puerto Rico is in a crisis, Lin-Manuel Miranda's success brought hope.\n")
    assert kinds.get("Hamilton") == "work", kinds
    assert kinds.get("Lin-Manuel Miranda") == "person", kinds


def test_a_post_quoted_whole_under_its_title_and_source_and_a_noun_not_a_verb() -> None:
    found = suggest("CKAN is now a Digital Public Good – Open Knowledge Foundation blog\n\n"
                    "“CKAN is now a Digital Public Good. The Alliance approved our application "
                    "and added it to its registry, which will help people, institutions and "
                    "businesses find it and use it to publish their data.”\n"
                    "\nWe also had guest posts dealing with ‘open washing’ this month.\n"
                    "\nMayor John Smith visits flood zone – BBC News\n\n“We will rebuild the "
                    "whole town. Nobody will be left behind.”\n")
    assert [(q.text[:20], q.speaker_name) for q in found.quotes] == [
        ("CKAN is now a Digita", "Open Knowledge Foundation"),
        ("We will rebuild the ", "John Smith")], found.quotes


def test_names_opening_alike_and_a_region_whose_letters_the_story_writes() -> None:
    kinds = _names("Projects such as Open Shakespeare and Open Milton grew. Updates come from "
                   "India and Tanzania, and from OpenMENA (Middle East and North Africa).\n")
    assert "Open Shakespeare" in kinds and "Open Milton" in kinds, kinds
    assert "Middle East" not in kinds and "North Africa" not in kinds, kinds
    assert kinds.get("India") == "place" and kinds.get("Tanzania") == "place", kinds


def test_gatherings_named_in_one_word_and_a_collection_by_apposition() -> None:
    kinds = _names("OKFestival has been ramping up. We will have a session during RightsCon in "
                   "Costa Rica. Check out the 2013 Open Reader, a collection of stories. Talks at "
                   "COP26 ended.\n")
    assert kinds.get("OKFestival") == "event" and kinds.get("RightsCon") == "event", kinds
    assert kinds.get("Open Reader") == "work" and kinds.get("COP26") == "event", kinds


def test_a_plural_demonym_before_a_given_name_is_not_part_of_it() -> None:
    kinds = _names("It is an initiative by two young Berliners Alex (a software developer from "
                   "Spain) and Margo (a graduate from France).\n")
    assert kinds.get("Alex") == "person" and "Berliners Alex" not in kinds, kinds


def test_a_place_by_its_plural_head_named_only_in_a_headline() -> None:
    kinds = _names("Jamaica Considers Developing Goat Islands Despite Environmental Protests\n"
                   "Jamaica's officials recently petitioned UNESCO.\nReaching New Heights in "
                   "Astronomy\nThe observatory grew.\n")
    assert kinds.get("Goat Islands") == "place", kinds
    assert "New Heights" not in kinds, kinds


def test_a_known_surname_alone_is_a_person_but_not_an_outlet() -> None:
    kinds = _names("It was the equivalent of a Bach passing. Coverage came, including The New "
                   "York Times, Daily Mail and Forbes. Forbes contributor Ann Lee writes about "
                   "it.\n")
    assert kinds.get("Bach") == "person", kinds
    assert kinds.get("Forbes") == "organisation", kinds


def test_a_nickname_in_marks_keeps_its_honorific() -> None:
    kinds = _names("Jamaica honours its language activist, ‘Miss Lou’\nMiss Lee said so.\n")
    assert kinds.get("Miss Lou") == "person", kinds
    assert kinds.get("Lee") == "person" and "Lou" not in kinds, kinds


def test_two_regions_joined_by_an_ampersand_are_one_place_but_countries_two() -> None:
    kinds = _names("Stories about Central Asia & Caucasus from September, 2014\nKazakhstan & "
                   "Uzbekistan met. Johnson & Johnson sells soap.\n")
    assert kinds.get("Central Asia & Caucasus") == "place" and "Caucasus" not in kinds, kinds
    assert kinds.get("Kazakhstan") == "place" and kinds.get("Uzbekistan") == "place", kinds
    assert kinds.get("Johnson & Johnson") == "organisation", kinds


def test_a_headline_opening_with_words_someone_says_in_title_case() -> None:
    found = suggest("Stories from January, 2014\n\n“There Are No Other Problems” in Tajikistan "
                    "Besides Name Games\n\n“Beautiful Minds” Wins an Award\n\nKazakhstan's "
                    "Largest City Hides Its “Beautiful” Side from Cameras\n")
    assert [(q.text, q.speaker) for q in found.quotes] == [
        ("There Are No Other Problems", None)], found.quotes


def test_a_headlines_verb_ends_the_name_before_it() -> None:
    kinds = _names("Stories from April, 2016\nWill Kyrgyzstan's Winter Be a Blackout Again?\n"
                   "The Kyrgyz government warned of shortages.\nA Tajik Bazaar Director "
                   "Accused of Beating an Orphan Faces Public Fury\nPeople are questioning it.\n")
    assert not any(k.endswith((" Be", " Accused")) for k in kinds), kinds


def test_a_bulleted_list_after_a_blank_line_holds_items_not_headlines() -> None:
    kinds = _names("The new team was named today.\n\nIn a Cabinet of six that puts the economy "
                   "first:\n\n  • Ann Lee joins the Cabinet as Secretary for Health\n  • Ailsa "
                   "Gourlay remains Cabinet Secretary for Rural Affairs, Land Reform and Islands"
                   "\n\nParliament will vote on Thursday.\n")
    assert kinds.get("Ailsa Gourlay") == "person", kinds


def test_a_person_after_a_portfolio_in_words_the_story_writes_in_lower_case() -> None:
    kinds = _names("Climate action matters to the government. Acting Minister for Climate "
                   "Action Alasdair Allan will leave at the end of this week.\n")
    assert kinds.get("Alasdair Allan") == "person", kinds
    assert not any("Climate" in k for k in kinds), kinds
    kinds = _names("President of the United States of America Barack Obama spoke.\n")
    assert kinds.get("Barack Obama") == "person", kinds


def test_a_given_name_that_names_a_language_too_before_a_title_in_apposition() -> None:
    kinds = _names("Shona Robison, the new Deputy First Minister, will take on the Finance "
                   "portfolio. Shona Ndlovu translated it into Zulu.\n")
    assert kinds.get("Shona Robison") == "person" and "Robison" not in kinds, kinds


def test_an_assembly_members_letters_after_the_name() -> None:
    found = suggest("Minister for the Welsh Language, Eluned Morgan AM said: “We are very "
                    "pleased.” Jane Hutt MS agreed. The session ends at 10 AM.\n")
    kinds = _types(found)
    assert kinds.get("Eluned Morgan") == "person" and kinds.get("Jane Hutt") == "person", kinds
    assert [q.speaker_name for q in found.quotes] == ["Eluned Morgan"], found.quotes


def test_a_body_named_in_two_words_before_a_title() -> None:
    kinds = _names("A contract went to Mudiad Meithrin so they can go on. Dr Gwen Davies, Mudiad "
                   "Meithrin Chief Executive, said it was a privilege. Pasay City Mayor Emi "
                   "Calixto spoke in Pasay City.\n")
    assert kinds.get("Mudiad Meithrin") == "organisation", kinds
    assert kinds.get("Pasay City") == "place", kinds


def test_a_person_their_post_and_the_body_before_the_verb() -> None:
    found = suggest("Dinah Ellis, National Manager, Cymraeg for Kids added:\n\n“We are "
                    "delighted to go on.”\n\nJane Smith, Regional Director, Acme Widgets said: "
                    "“We are happy.”\n")
    assert [q.speaker_name for q in found.quotes] == ["Dinah Ellis", "Jane Smith"], found.quotes
    assert _types(found).get("Acme Widgets") == "organisation", _types(found)


def test_a_plan_named_by_its_year_as_a_sentences_subject() -> None:
    kinds = _names("Cymraeg 2050 emphasises the importance of Welsh at home. March 2024 was "
                   "wet. Christmas 2021 was quiet.\n")
    assert "Cymraeg 2050" in kinds and "Cymraeg" not in kinds, kinds
    assert not any(k.endswith(("2024", "2021")) for k in kinds), kinds


def test_days_wished_for_in_a_headline_and_the_sender_of_a_message() -> None:
    kinds = _names("Merry Christmas and Happy International Migrants Day – A Message from Aled "
                   "Edwards\n\nWe want to support refugees. Happy New Year to all readers.\n"
                   "\nNews from Green Bay\n\nThe team won.\n")
    assert kinds.get("Christmas") == "event", kinds
    assert kinds.get("International Migrants Day") == "event", kinds
    assert kinds.get("Aled Edwards") == "person", kinds
    assert not any(k.startswith(("Merry", "Happy")) for k in kinds), kinds
    assert "Green Bay" not in kinds or kinds["Green Bay"] == "place", kinds


def test_a_town_is_no_short_form_of_a_centre_named_for_it() -> None:
    found = suggest("They met at a clinic in Clydebank today, then at Clydebank Community "
                    "Centre.\n")
    assert "Clydebank" not in _entity(found, "Clydebank Community Centre").aliases
    assert _types(found).get("Clydebank") == "place", _types(found)


def test_a_holiday_is_no_short_form_of_a_title_named_for_it() -> None:
    found = suggest("The winner of the First Minister’s “A Green Christmas” card competition "
                    "was named. Every Christmas I send cards.\n")
    kinds = _types(found)
    assert kinds.get("Christmas") == "event", kinds
    assert "Christmas" not in _entity(found, "A Green Christmas").aliases
    assert "World War I" in _names("World War I was long. On Monday I went home.\n")


def test_a_title_alone_then_and_then_a_body() -> None:
    found = suggest("I’m pleased to join the First Minister and NHS Greater Glasgow and Clyde’s "
                    "vaccination team. Ann Lee works in the Library’s Researcher and Reference "
                    "Services Division.\n")
    kinds = _types(found)
    assert kinds.get("NHS Greater Glasgow and Clyde") == "organisation", kinds
    assert kinds.get("Researcher and Reference Services Division") == "organisation", kinds


def test_a_headlines_few_words_in_marks_that_a_later_quotation_holds() -> None:
    found = suggest("Mayor: new plan to build ‘safer, greener and fairer streets’\n\nThe mayor "
                    "unveiled the plan.\n\nCommenting, Ann Lee said:\n\n“We will build safer, "
                    "greener and fairer streets for every family.”\n\nVideo Aims to Answer “What "
                    "is NIST?”\n\nThe hard task is answering the question, \"What is NIST?\"\n")
    quotes = [(q.text, q.kind, q.speaker_name) for q in found.quotes]
    assert ("safer, greener and fairer streets", "partial", "Ann Lee") in quotes, quotes
    assert not any(t == "What is NIST?" for t, _, _ in quotes), quotes


def test_an_age_or_a_kinship_before_a_single_name_says_a_person() -> None:
    kinds = _names("In Quetta, 12 year-old Jummah and 11-year-old Razzaq sell scrap. King "
                   "Himalaya’s daughter Parvati prayed to the goddess Swasthani.\n")
    for name in ("Jummah", "Razzaq", "Parvati", "Swasthani"):
        assert kinds.get(name) == "person", (name, kinds)


def test_a_countrys_possessive_before_a_word_is_no_place_named_for_someone() -> None:
    kinds = _names("Exploring feminist themes in India's Angika folk songs. Whales swim south of "
                   "Martha's Vineyard.\n")
    assert kinds.get("India") == "place" and "India's Angika" not in kinds, kinds
    assert "Martha's Vineyard" in kinds, kinds


def test_an_attack_on_someone_and_a_word_for_a_person_after_a_demonym() -> None:
    kinds = _names("Stories\nActivist Soni Sori Attacked\n\"Attack on Soni Sori is another "
                   "attempt to muzzle dissent.\"\nAn Indian Woman's Venture Creates Gifts\n"
                   "\"Just think about it.\"\n")
    assert kinds.get("Soni Sori") == "person", kinds
    assert not any(k.startswith("Attack") or k == "Woman" for k in kinds), kinds


def test_a_headlines_set_to_after_the_name() -> None:
    kinds = _names("The Riverside Trust Set to Open a Library\nThe Riverside Trust said the "
                   "library opens in May.\n")
    assert "Riverside Trust" in kinds and not any(k.endswith(" Set") for k in kinds), kinds


def test_a_name_opening_a_headline_before_its_colon() -> None:
    kinds = _names("Stories from February\nAqeela Asifi: A Teacher in Exile Continues the "
                   "Struggle\nImagine teaching for 23 years in a refugee camp.\nSwasthani Vrata "
                   "Katha in Photos: A Festival of Fasting\nThe ritual lasts a month.\nWarming "
                   "Trends: Dogs and Hiking Trails\nJapan vs. Greece: A Long Road\nPhoto Essay: "
                   "Rain\n")
    assert kinds.get("Aqeela Asifi") == "person", kinds
    assert "Swasthani Vrata Katha" in kinds, kinds
    assert not any(k in ("Trends", "Warming Trends", "Photo Essay", "Japan vs. Greece")
                   for k in kinds), kinds


def test_a_description_in_marks_set_after_a_name_is_a_partial_quote() -> None:
    found = suggest("Stories\nActivist Soni Sori, ‘an Inconvenient Woman Who Speaks "
                    "Inconvenient Truths’, Attacked\nShe spoke. Read “The Fearless Girl” "
                    "now.\n")
    assert [(q.text, q.kind) for q in found.quotes] == [
        ("an Inconvenient Woman Who Speaks Inconvenient Truths", "partial")], found.quotes


def test_an_island_of_an_island_country_is_no_adjective() -> None:
    kinds = _names("They were intercepted near the Cocos Island late last month. Philippine "
                   "ships sailed.\n")
    assert kinds.get("Cocos Island") == "place", kinds
    assert "Philippine" not in kinds, kinds


def test_a_title_then_a_person_before_a_headlines_verb_and_a_countrys_day() -> None:
    kinds = _names("Stories\nAustralian Activist Jock Palfreeman Is Taking On the Prison "
                   "System\nPeople back Palfreeman, imprisoned for murder.\nAustralia Day Ads "
                   "Promoting Diversity Stir Controversy\n\"Ask someone.\"\n")
    assert kinds.get("Jock Palfreeman") == "person", kinds
    assert kinds.get("Australia Day") == "event", kinds


def test_bodies_listed_after_groups_like() -> None:
    kinds = _names("The informer was paid for monitoring groups like Greenpeace, Save Happy "
                   "Valley, Auckland Animal Action and Peace Action Wellington.\n")
    for name in ("Save Happy Valley", "Auckland Animal Action", "Peace Action Wellington"):
        assert kinds.get(name) == "organisation", (name, kinds)


def test_a_headline_quote_then_interview_with_its_speaker() -> None:
    found = suggest("Stories\n‘I want sci-fi to be normal and intimate': Interview with Czech "
                    "comics artist Filip Zatloukal\nGlobal Voices spoke to him.\n‘Spectacularly "
                    "disobedient’: Pride parades in the Balkans\nMarches took place.\n")
    quotes = {q.text: q.speaker_name for q in found.quotes}
    assert quotes.get("I want sci-fi to be normal and intimate") == "Filip Zatloukal", quotes
    assert "Spectacularly disobedient" in quotes and \
        quotes["Spectacularly disobedient"] is None, quotes


def test_two_parts_of_a_continent_joined_by_an_ampersand_are_one_place() -> None:
    kinds = _names("Stories about Eastern & Central Europe from June, 2024\n")
    assert kinds.get("Eastern & Central Europe") == "place", kinds


def test_a_body_a_movement_and_a_town_by_the_words_around_them() -> None:
    kinds = _names("Crimean Solidarity members livestream arrests. Feminists are mounting a "
                   "“Feminist Anti-War Resistance” movement. Artists came back to Chaykovsky, "
                   "a small town in Russia. After the arrival in 2018, Paris and Bangui "
                   "resumed talks. On November 13, Torontonians will vote.\n")
    assert kinds.get("Crimean Solidarity") == "organisation", kinds
    assert kinds.get("Feminist Anti-War Resistance") == "organisation", kinds
    assert kinds.get("Chaykovsky") == "place" and kinds.get("Paris") == "place", kinds
    assert kinds.get("Torontonians") == "group", kinds


def test_a_social_network_opening_a_headline() -> None:
    kinds = _names("Stories\nTwitter users from North Macedonia fight disappointment with "
                   "humor\nThe date did not come.\nThreads of yarn hung.\n")
    assert kinds.get("Twitter") == "organisation" and "Threads" not in kinds, kinds


def test_a_time_zone_and_a_button_and_a_listings_heading_name_nothing() -> None:
    kinds = _names("Our News on Newswise\n\nMonster Black Hole Found\n\nAstronomers found "
                   "it.\n25-Jun-2020 11:05 AM EDT Add to Favorites\n")
    assert "Newswise" in kinds, kinds
    assert not any("EDT" in k or "News on" in k for k in kinds), kinds


def test_a_body_in_the_sky_named_for_its_finder() -> None:
    kinds = _names("Barnard’s Galaxy, a dwarf galaxy neighboring ours, is revealed in this "
                   "image.\n")
    assert kinds.get("Barnard’s Galaxy") == "other", kinds


def test_an_okina_typed_as_a_mark_and_an_island_by_its_state() -> None:
    kinds = _names("Newswise — On Wednesday the telescope opened near the summit of Haleakalā "
                   "on Maui, Hawai‘i, where the air is clear. Australia‘s team won. It stands "
                   "on the mountain of Haleakala.\n")
    assert kinds.get("Hawai‘i") == "place" and "Hawai" not in kinds, kinds
    assert kinds.get("Maui") == "place", kinds
    assert "Australia" in kinds and "Australia‘s" not in kinds, kinds
    assert "Newswise" in kinds, kinds


def test_a_shows_name_without_its_mark_a_person_in_a_title_and_a_doctrine() -> None:
    found = suggest("Democracy Now\n\nSubscribe to Democracy Now feed\nDemocracy Now! is a daily "
                    "news program. He wrote an article titled \"21 Questions for Donald "
                    "Trump.\" We are joined by Donald Trump's critic. Take, for example, "
                    "the Clinton Doctrine. Happy Independence Day! They swam off Waikiki and "
                    "Honolulu!\n")
    kinds = _types(found)
    assert kinds.get("Democracy Now") == "organisation" and "Democracy" not in kinds, kinds
    assert kinds.get("Donald Trump") == "person", kinds
    assert "Donald Trump" not in _entity(found, "21 Questions for Donald Trump").aliases
    assert kinds.get("Clinton Doctrine") == "other", kinds
    assert kinds.get("Independence Day") == "event", kinds
    assert "Waikiki and Honolulu" not in kinds, kinds


def test_a_headline_ending_in_marked_words_that_finish_its_clause() -> None:
    found = suggest("Stories\nIceland Is Trying to Elect Politicians Who “Know Who They Work "
                    "For”\n\nIcelanders' campaign goes on.\n")
    kinds = _types(found)
    assert kinds.get("Iceland") == "place", kinds
    assert not any("Trying" in k or "Elect" in k or "Know Who" in k for k in kinds), kinds
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("Know Who They Work For", None)]


def test_a_headlines_verb_before_a_country_and_a_given_name_before_a_known_surname() -> None:
    kinds = _names("Stories\nFake News Tries to Link Austria's Chancellor-to-Be and "
                   "Philanthropist George Soros\nA purveyor said Sebastian Kurz expelled Soros' "
                   "Open Society Foundations from the country.\n")
    assert kinds.get("Austria") == "place" and "Link Austria" not in kinds, kinds
    assert kinds.get("George Soros") == "person" and "George" not in kinds, kinds


def test_a_part_of_a_land_named_after_its_peoples_adjective() -> None:
    kinds = _names("Sheep herders left their mark across the American West. Settlers moved "
                   "to the Canadian North.\n")
    assert kinds.get("American West") == "place" and "West" not in kinds, kinds
    assert kinds.get("Canadian North") == "place" and "North" not in kinds, kinds


def test_a_title_in_marks_with_its_links_language_after_it() -> None:
    found = suggest("Stories\n‘No Time for Anger [de]’, a visualization journal by a team of "
                    "Swiss reporters, illustrates Fukushima two years on.\n")
    assert _types(found).get("No Time for Anger") == "work", _types(found)
    assert found.quotes == []


def test_a_name_in_marks_after_a_colon_and_the_kind_of_body_it_is() -> None:
    found = suggest("A small publishing house in Spain wants to launch a book about one of "
                    "Syria's best-known citizen journalist groups: “Enab Baladi.”\n")
    assert _types(found).get("Enab Baladi") == "organisation", _types(found)
    assert found.quotes == []


def test_a_countrys_letters_in_a_headline_but_not_the_body_they_begin() -> None:
    kinds = _names("Stories\nA Lawmaker Raises Suspicions With His Renunciation of UK "
                   "Citizenship\nThe move surprised many.\nThe History of Basque Immigrants in "
                   "the US\nTheir words are lost.\nUS Space Force Stands up a Delta\nIt "
                   "opened.\n")
    assert kinds.get("UK") == "place" and kinds.get("US") == "place", kinds
    assert not any(k.startswith("US Space") for k in kinds), kinds


def test_a_place_after_a_peoples_adjective_and_its_kind_in_a_headline() -> None:
    kinds = _names("Stories\nUpcoming Book Celebrates Citizen Journalism in the Deserted "
                   "Syrian City of Daraya\nA small publisher wants to launch it.\n")
    assert kinds.get("Daraya") == "place", kinds
    assert not any("City of" in k for k in kinds), kinds


def test_an_events_name_and_its_year_and_a_product_named_for_its_maker() -> None:
    kinds = _names("Stories\nCaribbean Bloggers Week 2016 Seeks to Amplify the Region's "
                   "Voices\nWhat do you do when your language doesn't show up in Google "
                   "Translate? Horses roam the Adobe Town area.\n")
    assert kinds.get("Caribbean Bloggers Week 2016") == "event", kinds
    assert kinds.get("Google Translate") == "other", kinds
    assert kinds.get("Adobe Town") == "place", kinds


def test_a_term_quoted_again_in_a_longer_quotation_and_a_verb_inside_single_marks() -> None:
    found = suggest("AZGOP’s senator of the year: 9/11 ‘never added up’ and was an ‘inside "
                    "job’\n\nOn the anniversary, state Sen. Justine Wadsack liked posts "
                    "alluding to the day being a “false flag” and an “inside job.”  “It was "
                    "an inside job, a false flag, to […]\n")
    quotes = {q.text: q.speaker_name for q in found.quotes}
    assert quotes.get("false flag") == "Justine Wadsack", quotes
    assert quotes.get("inside job.") == "Justine Wadsack", quotes
    assert "AZGOP" not in quotes.values(), quotes


def test_a_title_elect_before_a_name_is_its_role() -> None:
    found = suggest("President-elect Joe Biden is promising to reinstate the program. "
                    "Governor-elect Maura Healey spoke.\n")
    assert _entity(found, "Joe Biden").role == "President-elect"
    assert _entity(found, "Maura Healey").role == "Governor-elect"


def test_a_films_title_after_reboot_of_and_a_firm_by_its_loss() -> None:
    kinds = _names("Arizona lawmakers have an idea for a reboot of ‘The Purge’\n\nYou’ve heard "
                   "the bill.\n\nBenson cartoons find a new home\n\nGannett's loss is the "
                   "Mirror's gain: cartoonist Steve Benson will be published by the Mirror.\n")
    assert kinds.get("The Purge") == "work", kinds
    assert kinds.get("Gannett") == "organisation", kinds


def test_what_someone_refers_to_themselves_as_but_not_what_others_call_them() -> None:
    found = suggest("President Donald Trump refers to himself as a \"wartime president.\" "
                    "Several times I have heard Pressenza referred to as ‘that blog’ and other "
                    "names.\n")
    quotes = {q.text: q.speaker_name for q in found.quotes}
    assert quotes == {"wartime president.": "Donald Trump"}, quotes


def test_a_place_of_two_words_before_a_hyphens_adjective_stays_whole() -> None:
    kinds = _names("A grand jury indicted a Baton Rouge-area mother and a New York-born man. "
                   "The Horten Liberian-flagged tanker sank.\n")
    assert kinds.get("Baton Rouge") == "place" and "Baton" not in kinds, kinds
    assert kinds.get("New York") == "place", kinds
    assert "Horten" in kinds, kinds


def test_a_headlines_oks_a_verb_to_probe_and_a_newsroom_by_its_story_and_talk() -> None:
    kinds = _names("U.S. House OKs commission to probe Capitol attack\n\nThe U.S. House voted to "
                   "form a commission on the attack on the U.S. Capitol. The bill follows a July "
                   "2020 story in The Times-Picayune. Later, The Illuminator spoke with the "
                   "district attorney, who did not answer the Illuminator’s request for "
                   "comment.\n")
    assert kinds.get("U.S. House") == "organisation" and "U.S. House OKs" not in kinds, kinds
    assert kinds.get("U.S. Capitol") == "place", kinds
    assert kinds.get("Times-Picayune", kinds.get("The Times-Picayune")) == "organisation", kinds
    assert kinds.get("Illuminator", kinds.get("The Illuminator")) == "organisation", kinds


def test_a_chambers_committee_named_by_its_fields_with_commas() -> None:
    kinds = _names("It came during a hearing before the U.S. Senate Banking, Housing & Urban "
                   "Affairs Committee. The Senate Commerce, Science and Transportation "
                   "Committee met later.\n")
    assert kinds.get("U.S. Senate Banking, Housing & Urban Affairs Committee") == \
        "organisation", kinds
    assert kinds.get("Senate Commerce, Science and Transportation Committee") == \
        "organisation", kinds


def test_a_person_of_a_town_and_its_states_abbreviation_in_a_list() -> None:
    kinds = _names("Mayors Daniel Horrigan of Akron, Ohio, Cyndy Andrus of Bozeman, Mont., and "
                   "Corey Woods of Tempe, Ariz., all said that their cities are growing.\n")
    assert kinds.get("Cyndy Andrus") == "person", kinds
    assert kinds.get("Bozeman, Mont.") == "place", kinds
    assert not any(k.startswith("Cyndy Andrus of") for k in kinds), kinds


def test_a_states_postal_code_joins_the_state_the_story_names() -> None:
    found = suggest("I think you will never see a FL county so hostile to a tree. Florida is "
                    "set to vote.\n")
    assert _types(found).get("Florida") == "place" and "FL" not in _types(found)
    assert "FL" in _entity(found, "Florida").aliases


def test_dept_is_an_abbreviation_inside_a_bodys_name() -> None:
    found = suggest("U.S. Dept. of Health and Human Services to give Florida $61.7 million\n\n"
                    "The U.S. Department of Health and Human Services announced Wednesday "
                    "that it will give Florida the money.\n")
    body = _entity(found, "U.S. Department of Health and Human Services")
    assert "U.S. Dept. of Health and Human Services" in body.aliases
    assert "U.S. Dept" not in _types(found), _types(found)


def test_a_ballots_numbered_amendment_is_a_name_an_amendment_to_a_bill_is_not() -> None:
    kinds = _names("The court knocked so-called Amendment 8 off the November ballot. "
                   "Amendment 2 to the bill failed.\n")
    assert kinds.get("Amendment 8") in ("other", "work"), kinds
    assert "Amendment 2" not in kinds, kinds


def test_a_headlines_verb_and_its_pronoun_after_by_name_no_one() -> None:
    kinds = _names("Stories\nAfghan Rapper Escaped Teen Marriage by Singing About It\nSonita "
                   "Alizadeh is now living in the US.\n")
    assert not any("Singing" in k for k in kinds), kinds
    assert kinds.get("Sonita Alizadeh") == "person", kinds


def test_a_groups_summit_by_its_letters_and_a_diary_by_its_head() -> None:
    kinds = _names("Blogs talked about the meeting at the G-20 Summit in London. Bajan Dream "
                   "Diary makes a case for hate speech legislation in Barbados.\n")
    assert kinds.get("G-20 Summit") == "event", kinds
    assert kinds.get("Bajan Dream Diary") == "work", kinds


def test_a_group_named_as_such_though_its_first_word_is_a_given_name() -> None:
    kinds = _names("The boats are a collaboration between 350.org and Brooklyn-based maritime "
                   "arts collective Mare Liberum.\n")
    assert kinds.get("Mare Liberum") == "organisation", kinds


def test_a_headlines_river_after_the_and_a_known_firm_alone() -> None:
    kinds = _names("Stories\nA Fleet of Paper Boats Is Sailing Down the Hudson River to Protest "
                   "Climate Change\nThe boats sail.\nAnton Nossik on the Coming End of "
                   "Facebook, Twitter, and Google in Russia\nThe end is nigh.\n")
    assert kinds.get("Hudson River") == "place", kinds
    assert kinds.get("Google") == "organisation", kinds
    assert not any("Fleet" in k for k in kinds), kinds


def test_a_dotted_usa_in_a_headline_is_a_place() -> None:
    kinds = _names("Stories\nCuba, U.S.A.: Play Ball\nThe ball is in Cuba’s court now.\n")
    assert kinds.get("U.S.A.") == "place" and kinds.get("Cuba") == "place", kinds
    assert "Cuba, U.S.A." not in kinds, kinds


def test_a_march_by_whose_it_is_keeps_its_month_like_head() -> None:
    kinds = _names("The boats are headed to the People’s Climate March. The Women's March drew "
                   "crowds. Parliament's March session ended.\n")
    assert kinds.get("People’s Climate March") == "event", kinds
    assert kinds.get("Women's March", kinds.get("Women")) == "event", kinds
    assert "Parliament's March" not in kinds, kinds


def test_a_states_ap_abbreviation_joins_the_state_the_story_names() -> None:
    found = suggest("After a racist post, Va. elections board asks parties to act\n\nThe "
                    "Virginia State Board of Elections will ask both parties. Virginia votes "
                    "in November.\n")
    assert _entity(found, "Virginia").aliases == ["Va."], _types(found)
    assert "Va." not in _types(found)


def test_a_weekly_or_a_daily_is_a_publication() -> None:
    kinds = _names("A recent headline from Lawyers Weekly reads: Fraud. China Daily said so.\n")
    assert kinds.get("Lawyers Weekly") == "organisation", kinds
    assert kinds.get("China Daily") == "organisation", kinds


def test_a_party_held_seat_is_the_partys_not_a_name_with_held() -> None:
    kinds = _names("Democrats flipped a Republican-held seat in the Kremlin-held city.\n")
    assert not any(k.endswith("-held") for k in kinds), kinds
    assert "Kremlin" in kinds, kinds


def test_a_papers_brand_blending_its_words_joins_its_name() -> None:
    found = suggest("He called out WIBC and The Indianapolis Star, accusing the outlets of "
                    "misrepresenting his work. “I’m not going to let the fake news, the fake "
                    "IndyStar, the fake WIBC, define me,” Morales said.\n")
    star = next(e for e in found.entities if e.name.endswith("Indianapolis Star"))
    assert star.aliases == ["IndyStar"], _types(found)
    assert "IndyStar" not in _types(found)


def test_a_countrys_region_by_its_letters_and_a_game_and_a_day_by_its_date() -> None:
    kinds = _names("Skip the fireworks this Fourth of July, scientists urge the US West. As fans "
                   "wait for the Major League Baseball All-Star Game, drought grips the West. "
                   "King George Tupou the Fifth of Tonga came.\n")
    assert kinds.get("Fourth of July") == "event", kinds
    assert kinds.get("US West") == "place", kinds
    assert kinds.get("Major League Baseball All-Star Game") == "event", kinds
    assert "Fourth" not in kinds and "Tonga" in kinds, kinds


def test_a_big_citys_people_are_the_citys_not_a_court_named_for_it() -> None:
    found = suggest("A lawsuit was filed in El Paso County District Court by two El Paso "
                    "voters.\n")
    assert _types(found).get("El Paso") == "place", _types(found)
    assert _entity(found, "El Paso County District Court").aliases == []


def test_a_firm_before_its_officers_title_is_the_firm() -> None:
    kinds = _names("Mike Lindell, the MyPillow CEO and nationally influential figure, spoke. "
                   "A Republican Chairman spoke, and the Former CEO left.\n")
    assert kinds.get("MyPillow") == "organisation", kinds
    assert set(kinds) == {"Mike Lindell", "MyPillow"}, kinds


def test_a_sentence_opening_name_whose_plural_never_stands_alone_stays_whole() -> None:
    kinds = _names("Stories\nTaiwan denied access\nGlobal Voices conducted an interview with "
                   "Srishti Jaswal, a journalist from India who faced global threats.\n")
    assert "Global Voices" in kinds and "Voices" not in kinds, kinds


def test_a_march_named_for_its_marchers_is_an_event_not_a_month() -> None:
    kinds = _names("As we cycle the route of the 1966 Farmworkers March, we tell its history. "
                   "Thousands March Against War.\n")
    assert kinds.get("Farmworkers March") == "event", kinds
    assert not any("Thousands" in k for k in kinds), kinds


def test_a_storms_category_and_a_conferences_code() -> None:
    kinds = _names("Vanuatu suffered the impact of Category 5 Tropical Cyclone Pam. Category 4 "
                   "Hurricane Ian hit. John spoke of the UN Climate Change Conference COP21 in "
                   "Paris.\n")
    assert kinds.get("Tropical Cyclone Pam") == "event", kinds
    assert kinds.get("Hurricane Ian") == "event", kinds
    assert kinds.get("UN Climate Change Conference COP21") == "event", kinds
    assert not any(k.startswith("Category") for k in kinds), kinds


def test_a_place_named_in_a_works_title_is_the_place() -> None:
    found = suggest("Interview with the author of “The Fugitive of Gezi Park”\nTen years ago, "
                    "environmentalists gathered at Istanbul's Gezi Park to resist.\n")
    assert _types(found).get("Gezi Park") == "place", _types(found)
    work = next(e for e in found.entities if e.name.endswith("Fugitive of Gezi Park"))
    assert work.type == "work" and work.aliases == [], work


def test_a_byline_lists_authors_and_an_authors_line_names_the_body() -> None:
    kinds = _names("By Dallas Hunt, Cash Ahenakew, and Will Valley | – Universities in western "
                   "Canada began.\n\nSunscreen protects from skin cancer.\n\nTerry Slevin, "
                   "Cancer Council Australia\n\nSunscreen use reduces the risk.\n")
    assert kinds.get("Will Valley") == "person" and kinds.get("Dallas Hunt") == "person", kinds
    assert kinds.get("Cancer Council Australia") == "organisation", kinds
    assert "Australia" not in kinds, kinds


def test_a_countrys_initials_a_ministerial_a_site_by_its_domain_and_an_attacker() -> None:
    kinds = _names("Washington, DC (STL.News) The Secretary and Minister Lavrov discussed the "
                   "upcoming Arctic Council Ministerial, Houthi attacks and U.S. policy toward "
                   "the DPRK. The PRC objected.\n")
    assert kinds.get("DPRK") == "place" and kinds.get("PRC") == "place", kinds
    assert kinds.get("Arctic Council Ministerial") == "event", kinds
    assert kinds.get("STL.News") == "organisation" and "STL" not in kinds, kinds
    assert kinds.get("Houthi") == "organisation", kinds


def test_a_bills_words_in_the_clause_saying_what_it_does_are_the_bills() -> None:
    found = suggest("Gov. Bill Lee said he intends to sign an anti-drag show bill, which bans "
                    "“adult-oriented entertainment” that is “harmful to minors” from public "
                    "property. Lee said comparisons were “ridiculous.” Rep. Mike Huval’s HB 565, "
                    "which would prohibit drivers from “holding a wireless device” passed.\n")
    speakers = {q.text: q.speaker_name for q in found.quotes}
    assert speakers["adult-oriented entertainment"] == "an anti-drag show bill", speakers
    assert speakers["harmful to minors"] == "an anti-drag show bill", speakers
    assert all(q.speaker is None for q in found.quotes if q.speaker_name.endswith("bill"))
    assert speakers["ridiculous."] == "Bill Lee", speakers
    assert speakers["holding a wireless device"] == "HB 565", speakers


def test_a_byline_author_before_a_university_and_an_islanders_given_name() -> None:
    kinds = _names("By Todd Lookingbill and Peter Smallwood University of Richmond/The "
                   "Conversation The horrors of war are familiar.\nby Alander Rocha, Georgia "
                   "Recorder, [This article first appeared in the Georgia Recorder] An election."
                   "\nThe John Jay College of Criminal Justice opened.\n")
    assert kinds.get("Peter Smallwood") == "person", kinds
    assert kinds.get("University of Richmond") == "organisation", kinds
    assert kinds.get("Alander Rocha") == "person" and "Rocha" not in kinds, kinds
    assert "John Jay College of Criminal Justice" in kinds, kinds


def test_a_bylines_outlet_after_its_authors_and_a_brands_glued_short_form() -> None:
    found = suggest("Category: Budget\n\nby Ian Karbal and John Cole, Pennsylvania Capital-Star"
                    "\nFebruary 5, 2025\n\nGov. Josh Shapiro spoke.\n\nBy: Ian Karbal\n\n"
                    "PennCapital-Star\n\nThe House voted. “We tried,” Dawkins told the "
                    "Capital-Star.\n")
    kinds = _types(found)
    assert kinds.get("Pennsylvania Capital-Star") == "organisation", kinds
    assert "Pennsylvania" not in kinds, kinds
    assert _entity(found, "PennCapital-Star").aliases == ["Capital-Star"], kinds


def test_straits_are_a_place_and_a_states_people_named_for_it_a_group() -> None:
    kinds = _names("Groups fight the pipeline under the Straits of Mackinac. Guardsmen keep "
                   "Michiganders safe.\n")
    assert kinds.get("Straits of Mackinac") == "place", kinds
    assert kinds.get("Michiganders") == "group", kinds


def test_a_states_party_by_its_letters_or_short_name_and_words_after_say() -> None:
    found = suggest("The bill would mimic the Louisiana GOP and Michigan Dems. The Louisville "
                    "GOP Gubernatorial Debate aired.\nFrom Oregon to N.J., the plan is to say, "
                    "‘Go somewhere else’\nBY\nTerrence T. McDonald\n")
    kinds = _types(found)
    assert kinds.get("Louisiana GOP") == "organisation", kinds
    assert kinds.get("Michigan Dems") == "organisation", kinds
    assert "Louisville GOP Gubernatorial Debate" in kinds, kinds
    assert [q.text for q in found.quotes] == ["Go somewhere else"], found.quotes


def test_a_direction_after_a_distance_letters_with_stops_and_a_user_name() -> None:
    found = suggest("The epicenter was 95 kilometres (60 miles) Northeast of Italy's capital "
                    "of Rome, in L'Aquila. Lobby groups oppose the EU plan. E.U. Commissioner "
                    "Charlie McCreevy backs it. The gallery threatened Derrick Coetzee, who "
                    "uses the account “Dcoetzee”. Wikinews went to the Mini Maker Faire.\n")
    kinds = _types(found)
    assert not any(k.startswith("Northeast") for k in kinds) and "Italy" in kinds, kinds
    assert kinds.get("L'Aquila") == "place", kinds
    assert _entity(found, "EU").aliases == ["E.U."], kinds
    assert "Dcoetzee" in _entity(found, "Derrick Coetzee").aliases, kinds
    assert kinds.get("Mini Maker Faire") == "event", kinds


def test_words_an_outlet_or_a_describer_gives_something_are_theirs() -> None:
    found = suggest("Buildings collapsed. The BBC reports the area as \"hard hit.\" Described "
                    "by Professor Martin Kretschmer as the “Beatles Extension Act”, the measure "
                    "would extend copyright.\n")
    speakers = {q.text: q.speaker_name for q in found.quotes}
    assert speakers == {"hard hit.": "BBC", "Beatles Extension Act": "Martin Kretschmer"}, \
        speakers


def test_a_surname_alone_is_the_leader_the_story_names_an_administration_after() -> None:
    kinds = _names("The Biden administration proposed rules. Asylum seekers would be removed "
                   "under Biden proposal. The Labour government fell. Apple sued.\n")
    assert kinds.get("Biden") == "person", kinds
    assert kinds.get("Labour") != "person", kinds


def test_a_system_is_a_thing_unless_a_body_names_it() -> None:
    kinds = _names("The FAA runs the National Airspace System. The Selective Service System "
                   "registered men. Cisco Systems sold gear.\n")
    assert kinds.get("National Airspace System") == "other", kinds
    assert kinds.get("Selective Service System") == "organisation", kinds
    assert kinds.get("Cisco Systems") == "organisation", kinds


def test_a_bare_head_joins_the_one_body_named_by_its_letters() -> None:
    found = suggest("FBI Director James Comey explained how the resources are critical to the "
                    "Bureau’s ability to address threats.\n")
    assert _entity(found, "FBI").aliases == ["Bureau"], _types(found)
    kept = suggest("The BBC and the FBI spoke. The Bureau of Prisons agreed, and the Bureau "
                   "said so.\n")
    assert "BBC" in _types(kept) and "Bureau" not in _entity(kept, "FBI").aliases


def test_a_body_s_dotted_letters_then_a_person_are_two_names() -> None:
    found = suggest("This is the United States Deputy Ambassador to the U.N. Jeffrey "
                    "DeLaurentis. Later, U.S. Marshal Tyreece Miller spoke.\n")
    kinds = _types(found)
    assert kinds.get("Jeffrey DeLaurentis") == "person", kinds
    assert kinds.get("U.N.") == "organisation", kinds
    assert "U.S." not in kinds and kinds.get("Tyreece Miller") == "person", kinds


def test_a_past_title_joined_by_a_hyphen_makes_a_person() -> None:
    kinds = _names("The cuts were signed by then-President Trump in 2017. Officials met.\n")
    assert kinds.get("Trump") == "person", kinds
    era = _names("Republicans defended the Trump-era tax cuts. Officials met.\n")
    assert era.get("Trump") == "person", era


def test_a_body_before_its_meeting_in_a_headline_is_no_place() -> None:
    kinds = _names("Top Diplomats Meet Briefly at G20 Talks as War Rages On\n\nA meeting of "
                   "foreign ministers from the G20 ended in New Delhi, India.\n")
    assert kinds.get("G20") == "organisation", kinds
    assert kinds.get("New Delhi") == "place", kinds


def test_a_country_before_a_drone_strike_is_no_vehicle() -> None:
    kinds = _names("Death of Taliban Leader in U.S. Drone Strike\n\nA U.S. drone strike in "
                   "Pakistan killed him, the United States said.\n")
    assert kinds.get("United States") == "place", kinds


def test_a_headline_s_words_in_marks_are_its_speaker_s_before_the_colon() -> None:
    found = suggest("Obama: Death of Taliban Leader in U.S. Drone Strike an “Important "
                    "Milestone”\n\nPresident Obama has confirmed a U.S. drone strike killed "
                    "the leader of the Taliban. In a statement, Obama called it a milestone.\n")
    speakers = {q.text: q.speaker_name for q in found.quotes}
    assert speakers == {"Important Milestone": "Obama"}, speakers
    plain = suggest("Review: The “Great Gatsby” Returns to Broadway\n\nThe show opened.\n")
    assert not plain.quotes, [q.text for q in plain.quotes]


def test_an_outlet_in_brackets_opening_a_paragraph_glosses_no_name() -> None:
    found = suggest("Missouri Republicans maintain supermajorities in House and Senate\n\n"
                    "(Missouri Independent) – Missouri Democrats had another disappointing "
                    "night.\n")
    kinds = _types(found)
    assert kinds.get("Missouri Independent") == "organisation", kinds
    assert _entity(found, "Senate").aliases == [], kinds


def test_a_credit_s_label_in_brackets_is_no_name() -> None:
    found = suggest("Missouri Senate Chamber from Visitors Gallery (Photo Courtesy Missouri "
                    "Senate)\n\nThe Missouri Senate met on Wednesday.\n")
    names = {e.name: e.aliases for e in found.entities}
    assert names.get("Missouri Senate") == [], names
    assert not any("Photo" in n or any("Photo" in a for a in al) for n, al in names.items()), \
        names


def test_majority_and_minority_belong_to_the_leader_s_title() -> None:
    found = suggest("Republicans re-elected Senate Majority Leader Caleb Rowden of Columbia. "
                    "House Minority Leader Ashley Aune objected.\n")
    kinds = _types(found)
    assert "Senate Majority" not in kinds and "House Minority" not in kinds, kinds
    assert _entity(found, "Caleb Rowden").role == "Senate Majority Leader", kinds


def test_a_party_member_s_home_is_a_place_and_a_chamber_s_party_two_names() -> None:
    kinds = _names("Sen. Bill Eigel, a Weldon Spring Republican, disagreed. The Liberal "
                   "Democrats grew; a Liberal Democrat spoke.\n")
    assert kinds.get("Weldon Spring") == "place", kinds
    assert "Weldon Spring Republican" not in kinds and "Liberal" not in kinds, kinds
    kinds = _names("Missouri Senate GOP divide on display as U.S. House Democrats add transit "
                   "money.\n")
    assert kinds.get("Missouri Senate") == "organisation" and "GOP" in kinds, kinds
    assert "U.S. House" in kinds and "Democrats" in kinds, kinds


def test_a_bare_word_joins_the_one_building_named_with_it() -> None:
    found = suggest("The flag flies outside the Missouri State Capitol Building in Jefferson "
                    "City. Bills languished across the Capitol rotunda.\n")
    assert _entity(found, "Missouri State Capitol Building").aliases == ["Capitol"], \
        _types(found)


def test_a_firm_by_its_trade_its_first_word_and_its_workforce() -> None:
    found = suggest("Managers at Tyson Foods in Iowa took bets. Tyson workers have plastic "
                    "dividers. (Photo provided by Tyson Fresh Meats)\n")
    kinds = _types(found)
    assert kinds.get("Tyson Fresh Meats") == "organisation", kinds
    assert _entity(found, "Tyson Foods").aliases == ["Tyson"], kinds
    alone = _names("Some, like a scoop about Tyson managers making bets on cases, made news. "
                   "Phoenix workers struck.\n")
    assert alone.get("Tyson") == "organisation" and alone.get("Phoenix") == "place", alone


def test_a_disease_or_a_virus_named_for_someone_keeps_its_noun() -> None:
    found = suggest("Kyle has Down syndrome. Her father had Parkinson’s disease. Parkinson "
                    "wrote of it. The Zika virus spread; Zika cases rose. The SARS-CoV-2 virus "
                    "mutated.\n")
    kinds = _types(found)
    assert kinds.get("Down syndrome") == "other" and "Down" not in kinds, kinds
    assert kinds.get("Parkinson’s disease") == "other", kinds
    assert _entity(found, "Zika virus").aliases == ["Zika"], kinds
    assert "SARS-CoV-2" in kinds and "SARS-CoV-2 virus" not in kinds, kinds


def test_a_city_s_possessive_before_a_district_named_from_a_compass_point() -> None:
    kinds = _names("We leased office space in Des Moines’ East Village. Chicago’s South Side "
                   "grew.\n")
    assert kinds.get("Des Moines") == "place" and kinds.get("East Village") == "place", kinds
    assert kinds.get("South Side") == "place", kinds


def test_a_caption_ending_in_its_photo_credit_is_no_headline() -> None:
    kinds = _names("Iowa Capitol on Jan. 10, 2024. (Photo by Kathie Obradovich/Iowa Capital "
                   "Dispatch)\n\nIowa Capital Dispatch on Tuesday marked its fifth year.\n")
    assert kinds.get("Iowa Capitol") == "place", kinds
    assert kinds.get("Kathie Obradovich") == "person", kinds


def test_a_page_of_headlines_in_title_case_with_ampersands_and_the_passive() -> None:
    found = suggest("Latest Articles\n\n  • Why Rain on Snow in the California Mountains Worries "
                    "Scientists\n\n  • ChatGPT & Cheating: 5 Ways to Change How Students are "
                    "Graded\n\n  • James O’Keefe Fired by Project Veritas: 5 Questions "
                    "Answered\n\n  • How Dangerous Was the Ohio Chemical Train Derailment?\n")
    kinds = _types(found)
    assert not any(k in kinds for k in ("Ways", "Graded", "Change How Students")), kinds
    assert not any("Fired" in k for k in kinds), kinds


def test_a_saint_by_a_given_name_no_town_bears_is_a_person() -> None:
    kinds = _names("The ‘real’ St. Valentine was no patron of love. Flights left St. Paul "
                   "on Monday, and the island of St. Lucia welcomed them.\n")
    assert kinds.get("St. Valentine") == "person", kinds
    assert kinds.get("St. Paul") == "place" and kinds.get("St. Lucia") == "place", kinds


def test_canadian_ministers_portfolios_honorifics_and_departments() -> None:
    found = suggest("His Worship Patrick Brown, Mayor of Brampton, spoke. The Minister of "
                    "Health and Government of Canada officials will hold a news conference. "
                    "Tom Osborne, Newfoundland and Labrador’s Minister of Health and Community "
                    "Services, agreed. Global Affairs Canada assesses the risk. Officials at "
                    "Employment and Social Development Canada and Indigenous and Northern "
                    "Affairs Canada agreed. They will launch the Artemis Accords Workshop.\n")
    kinds = _types(found)
    assert kinds.get("Patrick Brown") == "person" and "Worship Patrick Brown" not in kinds, kinds
    assert kinds.get("Government of Canada") == "organisation", kinds
    assert not any(k.startswith("Health and") for k in kinds), kinds
    assert kinds.get("Global Affairs Canada") == "organisation", kinds
    assert kinds.get("Employment and Social Development Canada") == "organisation", kinds
    assert kinds.get("Indigenous and Northern Affairs Canada") == "organisation", kinds
    assert kinds.get("Artemis Accords Workshop") == "event", kinds


def test_a_department_s_label_on_its_own_line_is_a_name() -> None:
    kinds = _names("The winner was announced on Thursday.\n| Employment and Social "
                   "Development Canada\n| news releases\nThe Secretariat released it.\n")
    assert kinds.get("Employment and Social Development Canada") == "organisation", kinds


def test_a_memorial_to_someone_and_a_mission_in_a_country_keep_their_words() -> None:
    kinds = _names("Canadian peacekeepers joined the United Nations Peacekeeping Force in "
                   "Cyprus in 1964. They announced the design of the National Memorial to "
                   "Victims of Communism on Thursday. Troops served in Cyprus.\n")
    assert kinds.get("United Nations Peacekeeping Force in Cyprus") == "organisation", kinds
    assert kinds.get("National Memorial to Victims of Communism") == "place", kinds
    assert kinds.get("Cyprus") == "place", kinds


def test_a_people_s_possessive_opens_a_body_s_name_and_its_handle_joins_it() -> None:
    found = suggest("How Kids' Food Basket is fighting hunger\n\nby (KidsFoodBasket)\n\n"
                    "Kids’ Food Basket has been providing meals. The Farmers’ Market opened.\n")
    kinds = _types(found)
    assert kinds.get("Kids' Food Basket") == "organisation", kinds
    assert "KidsFoodBasket" in _entity(found, "Kids' Food Basket").aliases, kinds
    assert kinds.get("Farmers’ Market") == "organisation", kinds


def test_a_speaker_named_before_the_body_they_come_from() -> None:
    found = suggest("Sergio Cira-Reyes, of the West Side Collaborative said, “Our vision is a "
                    "diverse west side community marked by equity.”\n")
    assert [q.speaker_name for q in found.quotes] == ["Sergio Cira-Reyes"]


def test_a_credit_ending_each_caption_after_its_sentence_is_a_name() -> None:
    kinds = _names("Africa’s flagship universities have a great deal to offer. Shutterstock\n\n"
                   "The untold story of how they have advanced\n\nYes, universities need to "
                   "produce good scientists. Shutterstock\n\nWhy the time is right\n\n"
                   "Officials agreed. Meanwhile\n")
    assert kinds.get("Shutterstock") == "organisation", kinds
    assert "Meanwhile" not in kinds, kinds


def test_an_open_letter_s_signers_run_together_are_each_a_person() -> None:
    kinds = _names("Dear Superintendent Daniel Behm:   Mary Vonck Martha Atwater Susan "
                   "Lenhardt Walter F. Perschbacher III Suzanne Callahan It is with great "
                   "concern that we write you.\n")
    for name in ("Mary Vonck", "Martha Atwater", "Susan Lenhardt", "Walter F. Perschbacher III",
                 "Suzanne Callahan"):
        assert kinds.get(name) == "person", kinds


def test_an_institution_named_with_a_people_s_adjective_before_its_head_s_title() -> None:
    found = suggest("On May 21, Canadian Space Agency President Lisa Campbell spoke. Afghan "
                    "officials agreed.\n")
    kinds = _types(found)
    assert kinds.get("Canadian Space Agency") == "organisation", kinds
    assert "Space Agency" not in kinds and "Afghan officials" not in kinds, kinds
    assert _entity(found, "Lisa Campbell").role == "Canadian Space Agency President", kinds


def test_a_two_word_state_s_people_are_a_people_and_take_no_letters() -> None:
    found = suggest("North Carolinians will suffer. West Virginians agreed. For NC Newsline, "
                    "I'm Rob Schofield.\n")
    kinds = _types(found)
    assert kinds.get("North Carolinians") == "group", kinds
    assert kinds.get("West Virginians") == "group", kinds
    assert "NC" not in _entity(found, "North Carolinians").aliases, kinds


def test_a_hashtag_of_a_name_spelt_with_spaces_joins_it() -> None:
    found = suggest("Latest news with #NCNewsline\n\nScience is on the block. For NC "
                    "Newsline, I am Rob.\n")
    kinds = _types(found)
    assert "NC" not in kinds, kinds
    assert "NCNewsline" in _entity(found, "NC Newsline").aliases, kinds
    kinds = _names("Latest news with #SourceNM\n\nThe spokesperson told Source NM on Friday "
                   "that the party rules do not apply.\n")
    assert kinds.get("Source NM") == "organisation", kinds


def test_a_state_s_postal_code_is_the_state() -> None:
    kinds = _names("A federal judge blocked parts of NC’s new abortion law on Saturday, and "
                   "the judge wrote that the ruling stands.\n")
    assert kinds.get("NC") == "place", kinds


def test_a_party_s_member_before_a_name_is_no_part_of_it() -> None:
    kinds = _names("Jamie McLeod-Skinner narrowly lost the race to Republican Lori "
                   "Chavez-DeRemer last year. The Republican National Committee met.\n")
    assert kinds.get("Lori Chavez-DeRemer") == "person", kinds
    assert "Republican Lori Chavez-DeRemer" not in kinds, kinds
    assert kinds.get("Republican National Committee") == "organisation", kinds


def test_letters_after_a_body_s_head_describe_the_noun_after_them() -> None:
    kinds = _names("US Supreme Court LGBTQ case resembles one in Oregon\nThe decision was "
                   "made.\n")
    assert kinds.get("US Supreme Court") == "organisation", kinds
    assert "US Supreme Court LGBTQ" not in kinds, kinds


def test_a_health_plan_a_brewery_and_a_law_before_its_noun() -> None:
    kinds = _names("Most people on the Oregon Health Plan kept their benefits. She had "
                   "scheduled a rally at Bend’s Worthy Brewing on Saturday. The money is part "
                   "of the 2021 Bipartisan Infrastructure law.\n")
    assert kinds.get("Oregon Health Plan") == "organisation", kinds
    assert kinds.get("Worthy Brewing") == "organisation", kinds
    assert kinds.get("Bipartisan Infrastructure") == "work", kinds


def test_a_newsletter_s_byline_and_sponsors_line_are_names_not_a_headline() -> None:
    kinds = _names("A day of surprises\n\nYour guide to California policy and politics\n"
                   "Emily Hoeven BY Emily Hoeven September 29, 2022\nPresented by American "
                   "Property Casualty Insurance Association, Dairy Cares, Climate-Smart "
                   "Agricultural Partnership and New California Coalition\n\nThe governor was "
                   "busy.\n")
    assert kinds.get("Emily Hoeven") == "person", kinds
    assert "BY Emily Hoeven" not in kinds, kinds
    for body in ("American Property Casualty Insurance Association", "Dairy Cares",
                 "Climate-Smart Agricultural Partnership", "New California Coalition"):
        assert kinds.get(body) == "organisation", kinds


def test_a_photo_made_for_an_outlet_a_president_pro_tem_and_a_clipped_party() -> None:
    found = suggest("New members were sworn in on Monday. Photo for CALmatters by Byrhonda "
                    "Lyons.\n\nBoth Senate President Pro Tem Toni Atkins and Assembly Speaker "
                    "Anthony Rendon agreed. The watchword for Democrats was new. In any case, "
                    "Dems now hold 75 percent of the seats.\n")
    kinds = _types(found)
    assert kinds.get("CALmatters") == "organisation", kinds
    assert _entity(found, "Toni Atkins").role == "Senate President Pro Tem", kinds
    assert "Dems" in _entity(found, "Democrats").aliases, kinds
    kinds = _names("Presented by Southern California Gas Company, Climate-Smart Agricultural "
                   "Partnership and Politifest 2023\n\nThe suspense file was long.\n")
    assert kinds.get("Politifest") == "event", kinds


def test_an_epigraph_s_speaker_named_after_a_dash_on_its_line() -> None:
    found = suggest("Good morning. Laurel Rosenhall here, sitting in for Dan Morain, who will "
                    "return later.\n\n“Being speaker is a demanding job. So something will "
                    "have to give.” — Assembly Speaker (and new father) Anthony Rendon "
                    "discussing his outlook for 2020.\n")
    assert [q.speaker_name for q in found.quotes] == ["Anthony Rendon"]


def test_laws_by_number_after_no_and_by_year_after_a_title_like_word() -> None:
    kinds = _names("The Senate will tackle Senate Bill No. 3554 on Monday. It was Senate Bill "
                   "No. 3561, otherwise known as the Expanded Senior Citizens' Act of 2009, "
                   "and the Magna Carta for Disabled Persons that passed.\n")
    assert kinds.get("Senate Bill No. 3554") == "work", kinds
    assert kinds.get("Expanded Senior Citizens' Act of 2009") == "work", kinds
    assert kinds.get("Magna Carta for Disabled Persons") == "work", kinds
    assert "Senate Bill" not in kinds and "Disabled Persons" not in kinds, kinds


def test_a_chamber_s_stage_a_body_s_parts_counted_and_an_abbreviated_secretary() -> None:
    found = suggest("The bills are up for Third Reading. It is not enough to pass them in both "
                    "Chambers of Congress. It was former Socioeconomic Planning Sec. Romulo "
                    "Neri's invocation that mattered.\n")
    kinds = _types(found)
    assert "Reading" not in kinds and "Third Reading" not in kinds, kinds
    assert kinds.get("Congress") == "organisation", kinds
    assert "Chambers of Congress" not in kinds, kinds
    assert _entity(found, "Romulo Neri").role == "Socioeconomic Planning Sec.", kinds


def test_a_filipino_name_s_small_words_a_transcript_s_event_and_a_draft_law() -> None:
    kinds = _names("Press Release\nAugust 6, 2015\n\nKapihan sa Senado Transcript with Sen. "
                   "Ferdinand Marcos, Jr.\n\nMarcos: We addressed every problem we "
                   "encountered at the draft BBL. The final version of the draft BBL is "
                   "clearer.\n")
    assert "Kapihan sa Senado" in kinds, kinds
    assert "Kapihan sa Senado Transcript" not in kinds, kinds
    assert kinds.get("BBL") == "work", kinds


def test_a_county_executive_a_university_campus_and_newsletters_signed_up_for() -> None:
    found = suggest("Washington County Executive Josh Schoemann wore a red UW-Madison quarter "
                    "zip. Sign up for Dispatches to get stories like this one. Sign up for The "
                    "Brief Weekly to get up to speed.\n")
    kinds = _types(found)
    assert _entity(found, "Josh Schoemann").role == "Washington County Executive", kinds
    assert kinds.get("Washington County") == "place", kinds
    assert kinds.get("UW-Madison") == "organisation", kinds
    assert kinds.get("Dispatches") == "work" and kinds.get("Brief Weekly") == "work", kinds


def test_a_firm_its_region_s_arm_and_a_body_s_possessive_before_its_network() -> None:
    found = suggest("This article was produced for ProPublica’s Local Reporting Network in "
                    "partnership with Lee Enterprises, along with Capitol News Illinois. The "
                    "reports by Lee Enterprises Midwest and ProPublica followed.\n")
    kinds = _types(found)
    assert kinds.get("Local Reporting Network") == "organisation", kinds
    assert kinds.get("ProPublica") == "organisation", kinds
    assert "Lee Enterprises" in _entity(found, "Lee Enterprises Midwest").aliases, kinds


def test_the_speaker_after_a_verb_s_object_and_a_headline_echoing_the_body() -> None:
    found = suggest("Republican Josh Schoemann criticizes Evers, says he’ll ‘outwork’ others\n\n"
                    "Report Finds “Code of Silence” at Facility\n\nThe report by the Office of "
                    "the Inspector General said that a deeply entrenched “code of silence” "
                    "held among some workers. “It is just a bad idea as though 2008 did not "
                    "happen,” one HUD staffer said.\n")
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("outwork") == "Josh Schoemann", said
    assert said.get("Code of Silence") == said.get("code of silence") is not None, said
    assert said.get("It is just a bad idea as though 2008 did not happen,") == \
        "one HUD staffer", said


def test_a_raw_feed_s_channel_author_date_and_titles_before_their_addresses() -> None:
    kinds = _names("Premier of Victoria » Media ReleasePremier of Victoria "
                   "http://www.premier.vic.gov.au Daniel Andrews Sat, 13 Feb 2016 04:58:31 "
                   "+0000 en-US hourly 1 Safer Motorcyclists On Victorian Roads "
                   "http://www.premier.vic.gov.au/safer-motorcyclists-on-victorian-roads/ "
                   "Sat, 13 Feb 2016 04:58:31 +0000 http://www.premier.vic.gov.au/?p=16367 The "
                   "Andrews Labor Government is introducing the second phase of the Graduated "
                   "Licensing Scheme (GLS) for motorcyclists.\n\nPhase 2 will come into effect "
                   "in Melbourne and Geelong.\n")
    assert kinds.get("Daniel Andrews") == "person", kinds
    assert "Daniel Andrews Sat" not in kinds and "Sat" not in kinds, kinds
    assert "Safer Motorcyclists On Victorian Roads" not in kinds, kinds
    assert "Graduated Licensing Scheme" in kinds, kinds
    found = suggest("The Government introduced the Graduated Licensing Scheme (GLS) for "
                    "riders.\n\nPhase 2 of the Motorcycle GLS will come into effect in "
                    "March.\n")
    assert "Motorcycle GLS" in _entity(found, "Graduated Licensing Scheme").aliases


def test_a_member_for_a_seat_with_its_side_and_a_council_and_another_body() -> None:
    found = suggest("Minister for Sport John Eren today joined Member for Bendigo West Maree "
                    "Edwards at the site. The project is funded in partnership with the City "
                    "of Greater Bendigo and the Federal Government.\n")
    kinds = _types(found)
    assert _entity(found, "Maree Edwards").role == "Member for Bendigo West", kinds
    assert kinds.get("Bendigo West") == "place", kinds
    assert "City of Greater Bendigo" in kinds and "Federal Government" in kinds, kinds


def test_a_transcript_s_speaker_labelled_in_capitals_without_a_role() -> None:
    kinds = _names("Doorstop - Bendigo, Victoria\n\nJACINTA ALLAN: It’s great to be here "
                   "today for the opening of the terminal.\n\nJOURNALIST: Premier, a question "
                   "for you now. Do you have any comments?\n")
    assert kinds.get("JACINTA ALLAN") == "person", kinds
    assert "JOURNALIST" not in kinds, kinds


def test_a_union_s_local_a_signature_after_a_hyphen_and_a_feed_s_slug_name() -> None:
    kinds = _names("Thank you so much.\n-Amy Goodman\n\nWe speak with Seth Rosenberg, a shop "
                   "steward with the Transport Workers Union Local 100 and a member.\n")
    assert kinds.get("Amy Goodman") == "person", kinds
    assert kinds.get("Transport Workers Union Local 100") == "organisation", kinds
    kinds = _names("Feed democracy-now Democracy Now!\n\nFavorite IconDemocracy Now!\n\nLink "
                   "http://www.democracynow.org/\nUpdated 2025-08-18 13:30\nGoodbye to "
                   "Statues\nAs protesters topple monuments, we speak to Bree Newsome Bass.\n")
    assert "Democracy Now" in kinds, kinds


def test_a_chant_a_gasp_and_who_says_after_a_person_s_body() -> None:
    found = suggest("Protesters March on the DNC\n\nThousands joined the “March on the DNC.” "
                    "Amid heavy police presence, a group of protesters broke off and headed to "
                    "the United Center, where they breached a fence as they chanted “Whose "
                    "streets? Our streets!” before police made arrests. In a video, Floyd "
                    "repeatedly gasps “I can’t breathe.” We speak with journalist Imara Jones, "
                    "creator of TransLash, who says the movement has “tremendous visibility.” "
                    "It is the Land Back movement.\n")
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("Whose streets? Our streets!") == "a group of protesters", said
    assert said.get("I can’t breathe.") == "Floyd", said
    assert said.get("tremendous visibility.") == "Imara Jones", said
    kinds = _types(found)
    assert kinds.get("March on the DNC") == "event", kinds
    assert kinds.get("Land Back") == "organisation", kinds


def test_a_caption_glued_to_a_dateline_a_side_of_an_island_and_a_body_and_others() -> None:
    kinds = _names("Latest palm oil deforester\n\nIndustrial oil palm development outside "
                   "BalikpapanJAKARTA — The largest case is on an island off southern Borneo. "
                   "Photo by Rhett A. Butler.JAKARTA — The firm cleared more.\n- Earthsight "
                   "and other NGOs say the certification exploits loopholes, including PEFC’s "
                   "“partial certification” model.\n")
    assert kinds.get("Balikpapan") == "place", kinds
    assert "BalikpapanJAKARTA" not in kinds and "Butler.JAKARTA" not in kinds, kinds
    assert kinds.get("Rhett A. Butler") == "person", kinds
    assert kinds.get("Borneo") == "place", kinds
    assert kinds.get("Earthsight") == "organisation", kinds
    found = suggest("It lets firms use PEFC’s “partial certification” model to sell timber.\n")
    assert not found.quotes, found.quotes


def test_an_eponymous_disease_a_blend_with_exit_and_the_subject_of_himself() -> None:
    kinds = _names("Gene Hackman was found dead at home. He had been living with "
                   "Alzheimer’s for years.\n\nProduct shortages recall Brexit.\n\nDid Trump "
                   "really end six wars?\n\nTrump is keen to portray himself as a "
                   "peacemaker.\n")
    assert kinds.get("Alzheimer") == "other", kinds
    assert kinds.get("Brexit") == "event", kinds
    assert kinds.get("Trump") == "person", kinds


def test_an_outlet_s_name_with_the_repeated_alone_over_each_author() -> None:
    kinds = _names("GCSE results are out\n\nStudents may take exams.\n\nlatest 10\n\nThe "
                   "Conversation\n\nHannah Wilkinson\n\nSleep apnoea and conch shells\n\n"
                   "Blowing a conch shell helps.\n\nlatest 1\n\nThe Conversation\n\nJo-Anne "
                   "Johnson\n\nWhy people embrace theories\n\nFar from it.\n\nlatest 1\n\nThe "
                   "Conversation\n\nRobin Canniford\n")
    assert kinds.get("The Conversation") == "organisation", kinds
    assert kinds.get("Jo-Anne Johnson") == "person", kinds


def test_a_council_s_formal_name_a_nation_s_party_a_district_of_a_country_an_ensemble() -> None:
    found = suggest("Petition pressures City of Edinburgh Council to review a clause. Former "
                    "Scottish Conservatives leader Annabel Goldie will stand down. The "
                    "Metropolitan Police, based in the capital city of London, agreed. "
                    "Stavropol is in the North Caucasian Federal District of Russia. A "
                    "performance by Chechen dance ensemble \"Vainakh\" was about to begin. "
                    "According to a spokesperson for Scotland Yard, now, “some aspects of "
                    "that operation are being moved”.\n")
    kinds = _types(found)
    assert kinds.get("City of Edinburgh Council") == "organisation", kinds
    assert kinds.get("Scottish Conservatives") == "organisation", kinds
    assert kinds.get("North Caucasian Federal District") == "place", kinds
    assert kinds.get("Russia") == "place", kinds
    assert kinds.get("Vainakh") == "organisation", kinds
    assert [q.speaker_name for q in found.quotes] == ["a spokesperson for Scotland Yard"]


def test_a_body_with_two_heads_joined_by_and_is_one_name() -> None:
    kinds = _names("Sen. Mike Rounds spoke with Roger Zakheim, the director of the Ronald "
                   "Reagan Presidential Foundation and Institute, on Friday. The question "
                   "came from a member of the Black Hills Forum and Press Club.\n")
    assert kinds.get("Ronald Reagan Presidential Foundation and Institute") == "organisation", kinds
    assert kinds.get("Black Hills Forum and Press Club") == "organisation", kinds
    assert "Institute" not in kinds and "Press Club" not in kinds, kinds


def test_a_body_s_hearing_is_the_body_and_where_it_sits() -> None:
    kinds = _names("Sen. Mike Rounds speaks before a hearing with the Senate Armed Services "
                   "Committee Hearing on Capitol Hill on Feb. 15, 2023.\n")
    assert kinds.get("Senate Armed Services Committee") == "organisation", kinds
    assert kinds.get("Capitol Hill") == "place", kinds
    assert not any("Hearing" in name for name in kinds), kinds


def test_a_health_system_a_hotel_a_preschool_a_state_s_people_a_town_after_in() -> None:
    kinds = _names("Sanford Health will build a medical center in Rapid City, competing with "
                   "Monument Health. Rhoden spoke at the Hotel Alex Johnson. He opened Little "
                   "Nest Preschool. Utahns lost benefits, and Ohioans too. The rules were "
                   "debated on Wednesday in Pierre.\n")
    assert kinds.get("Sanford Health") == "organisation", kinds
    assert kinds.get("Monument Health") == "organisation", kinds
    assert kinds.get("Hotel Alex Johnson") == "place", kinds
    assert kinds.get("Little Nest Preschool") == "organisation", kinds
    assert kinds.get("Utahns") == "group", kinds
    assert kinds.get("Ohioans") == "group", kinds
    assert kinds.get("Pierre") == "place", kinds
    assert _names("Pierre said he would stay.\n").get("Pierre") == "person"


def test_letters_that_take_in_a_place_after_in_and_a_title_of_a_body_named_for_a_person() -> None:
    found = suggest("The money went to Citizens for Responsibility and Ethics in Washington, "
                    "known by the acronym CREW. Bill Gassen, president and CEO of Sanford "
                    "Health, announced the gift. The Museum of Art in Philadelphia opened.\n")
    kinds = _types(found)
    assert kinds.get("Citizens for Responsibility and Ethics in Washington") == "organisation"
    assert kinds.get("Sanford Health") == "organisation", kinds
    assert kinds.get("Museum of Art") == "organisation", kinds
    assert kinds.get("Philadelphia") == "place", kinds
    roles = {e.name: e.role for e in found.entities}
    assert roles.get("Sanford Health") is None, roles


def test_an_office_named_for_a_title_in_a_caption_and_someone_s_office_alone() -> None:
    kinds = _names("South Dakota legislature\n\nThe South Dakota Secretary of State's Office "
                   "in Pierre. (John Hult/South Dakota Searchlight)\n\nAudit rules spark "
                   "debate\n\nThe rules were debated in Pierre. Rep. Dusty Johnson spoke. "
                   "(Courtesy of Rep. Johnson's Office)\n")
    assert kinds.get("South Dakota Secretary of State's Office") == "organisation", kinds
    assert "State's Office" not in kinds and "Office" not in kinds, kinds
    assert kinds.get("Dusty Johnson") == "person", kinds


def test_places_listed_after_their_kind_and_are_or_including() -> None:
    kinds = _names("The fees hit three cities. The cities are Pierre, Aberdeen and Watertown. "
                   "Storms hit counties including Bay, Collier and Lee on Friday.\n")
    for place in ("Pierre", "Aberdeen", "Watertown", "Collier", "Lee"):
        assert kinds.get(place) == "place", (place, kinds)


def test_names_listed_with_the_a_caption_s_town_and_credit_and_an_author_s_image() -> None:
    kinds = _names("In 2024, Floodlight, ProPublica and the Tow Center revealed it. The "
                   "Domestic, Family and Sexual Violence Commission met.\n")
    for name in ("Floodlight", "ProPublica", "Tow Center",
                 "Domestic, Family and Sexual Violence Commission"):
        assert kinds.get(name) == "organisation", (name, kinds)
    kinds = _names("Civic Life\n\nAuthor's Image\nPosted on\n\nDowntown Eastport ME. "
                   "(Courtesy of Don Dunbar.)\n\nWhat is the idea behind this site? The "
                   "idea is that guidance will come from innovation.\n")
    assert kinds.get("Eastport ME") == "place", kinds
    assert kinds.get("Don Dunbar") == "person", kinds
    assert "Image" not in kinds and "Courtesy of Don Dunbar" not in kinds, kinds


def test_a_party_s_members_before_names_a_bill_named_for_its_purpose_all_prefix() -> None:
    kinds = _names("Democrats Peter Hubbard and Alicia Johnson won two seats on the panel, "
                   "which is currently an all-GOP panel. The Senate blocked the For the People "
                   "Act of 2021.\n")
    assert kinds.get("Peter Hubbard") == "person", kinds
    assert kinds.get("Alicia Johnson") == "person", kinds
    assert "Democrats Peter Hubbard" not in kinds and "all-GOP" not in kinds, kinds
    assert "For the People Act of 2021" in kinds, kinds


def test_a_newsroom_a_story_is_published_in_a_blockchain_firm_and_a_solar_project() -> None:
    kinds = _names("By Pam Radtke for Floodlight. Also published in Energy News Network and the "
                   "Louisiana Illuminator. Helios is an Argo Blockchain facility. The board "
                   "approved the Frasier Solar project. The study was published in Nature "
                   "Medicine.\n")
    assert kinds.get("Energy News Network") == "organisation", kinds
    assert kinds.get("Argo Blockchain") == "organisation", kinds
    assert kinds.get("Frasier Solar") == "organisation", kinds
    assert kinds.get("Nature Medicine") == "work", kinds


def test_a_headline_with_a_long_preposition_in_lower_case_and_the_country() -> None:
    kinds = _names("To Both See and Tell the Country: From the Road through North Carolina to "
                   "South Carolina\n\nWhy seeing more of America matters.\n\nThey visited "
                   "the Basque Country. Plans for Writing the Future of the Country went on.\n")
    assert kinds.get("North Carolina") == "place" and kinds.get("South Carolina") == "place"
    assert kinds.get("Basque Country") == "place", kinds
    assert not any("the Country" in name or name in ("Road", "See", "Tell") for name in kinds)
    kinds = _names("Stories about Caribbean\n\nThe Caribbean Court of Justice loses again.\n")
    assert kinds.get("Caribbean") == "place", kinds
    assert kinds.get("Caribbean Court of Justice") == "organisation", kinds


def test_a_committee_by_its_fields_a_titled_member_a_people_s_federation_to_letters() -> None:
    kinds = _names("Education and Workforce\n \nOn Thursday, the Education and Workforce "
                   "Committee held its first hearing, on the threat of the Chinese Communist "
                   "Party to U.S. national defense. Subcommittee on Military Personnel "
                   "Chairman Jim Banks pressed the Department of Defense. The Biden "
                   "Administration allowed the American Federation of Teachers to rewrite "
                   "it.\n")
    assert kinds.get("Education and Workforce Committee") == "organisation", kinds
    assert "Education" not in kinds and "Workforce Committee" not in kinds, kinds
    assert kinds.get("Chinese Communist Party") == "organisation", kinds
    assert kinds.get("U.S.") == "place", kinds
    assert kinds.get("Jim Banks") == "person", kinds
    assert kinds.get("American Federation of Teachers") == "organisation", kinds


def test_a_headline_with_one_short_verb_in_lower_case_a_committee_s_listed_fields() -> None:
    found = suggest("Press Release\nWenstrup: Knowing the Origin of COVID-19 is Fundamental "
                    "to Helping Predict and Prevent Future Pandemics\n\nWASHINGTON—Select "
                    "Subcommittee Chairman Brad Wenstrup opened today’s hearing on "
                    "“Investigating the Origins of COVID-19” by emphasizing it. Subcommittee on "
                    "National Security, the Border, and Foreign Affairs Chairman Glenn Grothman "
                    "opened another.\n\nThe Angriest Man in Odessa is on the Front Lines of "
                    "Ukraine's Information War\n")
    kinds = _types(found)
    assert not any(n in kinds for n in ("Origin of COVID-19", "Fundamental", "Helping Predict",
                                        "Man")), kinds
    assert kinds.get("Subcommittee on National Security, the Border, and Foreign Affairs") \
        == "organisation", kinds
    assert kinds.get("Glenn Grothman") == "person", kinds
    assert "COVID-19" not in _entity(found, "Investigating the Origins of COVID-19").aliases


def test_a_photo_credit_whose_surname_names_places_and_an_assemblymember() -> None:
    found = suggest("Drivers are warned. (Jeff Beach/North Dakota Monitor)BISMARCK, N.D. "
                    "(North Dakota Monitor) — The limit is going up. Assembly Bill 388, "
                    "sponsored by Democratic Assemblymember Selena La Rue Hatch, would have "
                    "required it.\n")
    kinds = _types(found)
    assert kinds.get("Jeff Beach") == "person", kinds
    assert kinds.get("Selena La Rue Hatch") == "person", kinds
    assert _entity(found, "Selena La Rue Hatch").role == "Democratic Assemblymember"


def test_in_the_case_of_someone_is_no_crate_of_a_product() -> None:
    kinds = _names("Republican Gov. Greg Gianforte prepares. In the case of Gianforte’s "
                   "reelection bid, the critics spoke. He drank a bottle of Grange Hermitage.\n")
    assert kinds.get("Greg Gianforte") == "person", kinds
    assert kinds.get("Grange Hermitage") == "other", kinds


def test_the_story_s_own_pronouns_tell_a_speaker_s_sex() -> None:
    found = suggest("When Republicans refused to allow Rep. Zooey Zephyr to speak last week, "
                    "the Missoula Democrat took to Twitter. Her post has since garnered "
                    "15,000 retweets. Buried in that deluge was a retweet from David "
                    "Gianforte.\n\nDavid had first raised his voice about Zephyr’s "
                    "circumstance a few hours earlier.\n\n“I stand in support of the entire "
                    "community of Montana,” he wrote.\n")
    assert [q.speaker_name for q in found.quotes] == ["David Gianforte"], found.quotes


def test_what_someone_referred_to_as_is_their_word() -> None:
    found = suggest("In a Thursday press conference, Republican Gov. Greg Gianforte, who until "
                    "recently represented Montana in the House, “categorically condemned” what "
                    "he referred to as a “siege” of the nation’s Capitol.\n")
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("categorically condemned", "Greg Gianforte"), ("siege", "Greg Gianforte")]


def test_a_feed_s_glued_link_label_places_with_their_own_the_a_capital_s_paper() -> None:
    found = suggest("Maryland joins other states urging Supreme Court to uphold it\nMaryland "
                    "has joined 21 states, the District of Columbia and the Northern Mariana "
                    "Islands urging the Supreme Court to uphold restrictions on “ghost...\n"
                    "View ArticleEx-Anne Arundel register of wills gets suspended sentence\nThe "
                    "Anne Arundel County Circuit Courthouse in Annapolis. Erica Griswold was "
                    "sentenced.\nView Article\n\nThe Idaho Capital Sun will produce a "
                    "notebook.\n")
    kinds = _types(found)
    assert kinds.get("District of Columbia") == "place", kinds
    assert kinds.get("Northern Mariana Islands") == "place", kinds
    assert kinds.get("Idaho Capital Sun") == "organisation", kinds
    assert "Anne Arundel" in kinds, kinds
    assert not any("View" in n or "Article" in n or n.startswith("Ex-") for n in kinds), kinds
    assert not found.quotes, found.quotes


def test_a_county_named_for_a_person_written_without_county() -> None:
    kinds = _names("Register gets a sentence\nView ArticleEx-Anne Arundel register of wills gets "
                   "suspended sentence\nThe Anne Arundel County Circuit Courthouse in Annapolis. "
                   "Anne Smith spoke.\nView Article\n")
    assert kinds.get("Anne Arundel") == "place", kinds
    assert kinds.get("Anne Smith") == "person", kinds


def test_a_team_named_with_a_title_in_the_plural_and_a_person_of_a_place() -> None:
    kinds = _names("The Pittsburgh Steelers defeat the Arizona Cardinals 27-13. The Los Angeles "
                   "Kings won. Kirill of Moscow becomes the 16th Patriarch. Cardinals gathered "
                   "in Rome.\n")
    assert kinds.get("Arizona Cardinals") == "organisation", kinds
    assert kinds.get("Los Angeles Kings") == "organisation", kinds
    assert kinds.get("Kirill of Moscow") == "person", kinds
    assert "Arizona" not in kinds and "Cardinals" not in kinds, kinds


def test_a_party_s_members_in_the_plural_are_its_party_not_a_person_nor_one_body() -> None:
    kinds = _names("The measure has attracted opposition from other Republicans and Democrats, "
                   "who argued this week that it will fail. The effort came to an end Tuesday "
                   "after House Republicans and Democrats voiced concerns, said Rep. Kimberly "
                   "Rice.\n")
    assert kinds.get("Democrats") == "organisation", kinds
    assert kinds.get("Republicans") == "organisation", kinds
    assert not any(" and " in n for n in kinds), kinds


def test_the_house_alone_is_the_chamber_not_a_building_named_with_it() -> None:
    found = suggest("State House\n\nNH State House under a blue sky\n\nThe original "
                    "version, from the House, passed.\n")
    by_name = {e.name: e for e in found.entities}
    assert "House" in by_name, by_name
    found = suggest("Lawmakers met at the White House. The House adjourned.\n")
    assert {e.name for e in found.entities} == {"White House", "House"}, found.entities
    found = suggest("The Ohio House agreed, and the House adjourned.\n")
    assert [(e.name, e.aliases) for e in found.entities] == [("Ohio House", ["House"])]


def test_a_column_label_a_body_and_its_code_and_a_headline_term_in_marks() -> None:
    found = suggest("‘Parental bill of rights’ falls after objections\n\nAn effort to pass a "
                    "“parental bill of rights” came to an end Tuesday.\n\nEditor’s Notebook: "
                    "The story about the stories\n\nThe American Nurses Association Code of "
                    "Ethics for Nurses emphasizes primary prevention.\n")
    kinds = _types(found)
    assert not found.quotes, found.quotes
    assert kinds.get("American Nurses Association") == "organisation", kinds
    assert kinds.get("Code of Ethics for Nurses") == "work", kinds
    assert not any("Notebook" in n for n in kinds), kinds


def test_a_news_digest_s_credits_envoys_designations_and_linked_groups() -> None:
    kinds = _names("- The third round of India's general election takes place. (Reuters via "
                   "Telegraph)\n- Twelve people are killed in Kizlyar. (RIA Novosti) (Xinhua) "
                   "(TVNZ)\n- Algerian authorities arrest a spy of an al-Qaeda-linked group. "
                   "(Press TV)\n- Palestinian ambassador to Yemen Bassem Al-Agha holds talks. "
                   "(BBC)\n- The WHO changes the strain's name to influenza A (H1N1). (CNN)\n")
    assert kinds.get("Reuters") == "organisation", kinds
    assert kinds.get("Telegraph") == "organisation", kinds
    assert kinds.get("Xinhua") == "organisation", kinds
    assert kinds.get("al-Qaeda") == "organisation", kinds
    assert kinds.get("Yemen") == "place" and kinds.get("Bassem Al-Agha") == "person", kinds
    assert kinds.get("H1N1") == "other", kinds
    assert not any(" via" in n or "linked" in n for n in kinds), kinds


def test_a_legislator_s_party_and_town_between_name_and_verb_and_a_member_by_town() -> None:
    found = suggest("Arkansas leaders expect long days.\n“We’re going to start earlier in the "
                    "day” to move bills through committees, Senate President Pro Tempore Bart "
                    "Hester, R-Cave Springs, said in an interview Wednesday.\n“It’s going to "
                    "be difficult,” House Speaker Brian Evans, R-Cabot, said.\nThe Cabot "
                    "Republican said he’s been speaking with chairs.\n")
    assert [q.speaker_name for q in found.quotes] == ["Bart Hester", "Brian Evans"], \
        found.quotes
    kinds = _types(found)
    assert kinds.get("Cabot") == "place" and "Cabot Republican" not in kinds, kinds


def test_a_byline_in_capitals_with_its_outlet_and_a_numbered_heading_in_marks() -> None:
    found = suggest("State legislature takes a break\n\nBy HUNTER FIELD and TESS VRBIN | "
                    "Arkansas Advocate\n\nThe House met on Thursday.\n\nHere are the high "
                    "notes:\n\n1) ‘We are in a culture war’\n\nSanders signed a law.\n")
    kinds = _types(found)
    assert kinds.get("HUNTER FIELD") == "person" and kinds.get("TESS VRBIN") == "person", kinds
    assert [q.text for q in found.quotes] == ["We are in a culture war"], found.quotes


def test_a_digest_of_bills_towns_by_their_kind_grades_and_a_bill_s_own_words() -> None:
    found = suggest("Alander Rocha, Alabama Reflector An Alabama representative filed a bill. "
                    "The bill, HB 9, sponsored by Rep. Brock Colvin, R-Albertville, would "
                    "“prohibit governmental entities from imposing a face mask mandate.” Public "
                    "K-12 schools would comply.\nHB 170 alters the corporate limits of the Town "
                    "of Jackson’s Gap and the Village of Oak Park in Tallapoosa County.\n")
    kinds = _types(found)
    assert kinds.get("Alander Rocha") == "person", kinds
    assert kinds.get("Town of Jackson’s Gap") == "place", kinds
    assert kinds.get("Village of Oak Park") == "place", kinds
    assert not any("K-12" in n for n in kinds), kinds
    assert [q.speaker_name for q in found.quotes] == ["HB 9"], found.quotes


def test_a_slogan_s_common_words_and_an_insurance_plan_by_its_name() -> None:
    found = suggest("Give: Every Day, Every Way. USDA Kicks Off the 2010 Combined Federal "
                    "Campaign\n\nWe have chosen the theme Give: Every Day, Every Way, as it "
                    "resonates. USDA is improving the Livestock Gross Margin for Dairy Cattle "
                    "plan of insurance. Our Future is bright.\n")
    kinds = _types(found)
    assert "Day" not in kinds and "Way" not in kinds and "Future" not in kinds, kinds
    assert kinds.get("Livestock Gross Margin for Dairy Cattle") == "other", kinds
    assert kinds.get("Combined Federal Campaign") == "organisation", kinds


def test_a_regulator_s_releases_banks_legal_forms_an_order_s_long_title_and_treasury() -> None:
    found = suggest("Statement from Secretary of the Treasury Janet L. Yellen on the Vote\n\n"
                    "Treasury to Invest $9 billion\n\nWASHINGTON – The U.S. Department of the "
                    "Treasury announced a program. President Biden signed an Executive Order "
                    "(E.O.), “Imposing Sanctions on Certain Persons with Respect to the "
                    "Humanitarian and Human Rights Crisis in Ethiopia.”\n  • Formal Agreement "
                    "with The First National Bank of Waverly, Waverly, Ohio, for unsafe "
                    "practices.\n  • Penalty against TD Bank, N.A., Wilmington, Delaware, and "
                    "TD Bank USA, N.A., Wilmington, Delaware, for deficiencies.\n")
    kinds = _types(found)
    assert kinds.get("Janet L. Yellen") == "person", kinds
    assert "Treasury" in _entity(found, "U.S. Department of the Treasury").aliases
    assert kinds.get("Imposing Sanctions on Certain Persons with Respect to the Humanitarian "
                     "and Human Rights Crisis in Ethiopia") == "work", kinds
    assert kinds.get("First National Bank of Waverly") == "organisation", kinds
    assert kinds.get("TD Bank, N.A.") == "organisation", kinds
    assert kinds.get("TD Bank USA, N.A.") == "organisation", kinds


def test_a_holiday_in_two_words_an_editor_s_paper_and_a_one_word_headline_quote() -> None:
    found = suggest("This Rosh Hashanah, pledge your support. Michael Gawenda, former "
                    "Editor-In-Chief of The Age, says: “Plus61J has become one of my favourite "
                    "sources.”\n\n‘Elated’: Leibler optimistic on next steps for Uluru "
                    "Statement\n\nMark Leibler was there when the Uluru Statement was "
                    "declared.\n")
    kinds = _types(found)
    assert kinds.get("Rosh Hashanah") == "event", kinds
    assert kinds.get("The Age") == "organisation", kinds
    assert not any("Editor" in n for n in kinds), kinds
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("Plus61J has become one of my favourite sources.", "Michael Gawenda"),
        ("Elated", "Mark Leibler")]


def test_an_award_named_with_a_state_s_letters_is_no_member_listed_surname_first() -> None:
    kinds = _names("Our series was named in the Multicultural NSW Media Awards and won. Lead "
                   "AFCO HÜBNER Danuta Maria spoke.\n")
    assert kinds.get("Multicultural NSW Media Awards") == "event", kinds
    assert kinds.get("HÜBNER Danuta Maria") == "person", kinds
    found = suggest("US Space Force Stands up STAR Delta Provisional\n\nThe stand-up of STAR "
                    "Delta Provisional is a step. STAR Delta will train crews.\n")
    assert [(e.name, e.type, e.aliases) for e in found.entities if "STAR" in e.name] == [
        ("STAR Delta Provisional", "organisation", ["STAR Delta"])]


def test_it_is_never_the_outlet_of_a_picture_s_credit() -> None:
    found = suggest("Gov. Kevin Stitt speaks at a briefing. (Photo by Nuria Martinez-Keel/"
                    "Oklahoma Voice) OKLAHOMA CITY — Sen. Paul Rosino and Rep. Josh West were "
                    "the authors of the measure to fire Friesen. It said the Legislature had "
                    "'lost confidence' in her ability.\n")
    assert [q.text for q in found.quotes] == ["lost confidence"], found.quotes
    assert found.quotes[0].speaker_name != "Oklahoma Voice", found.quotes


def test_a_party_member_described_is_the_one_named_before_and_a_state_s_standard() -> None:
    found = suggest("Washington State Standard\n\nWashington State Standard The Washington "
                    "State Standard is a nonprofit news outlet.\n\nGov. Bob Ferguson on "
                    "Tuesday pumped up fellow Democrats with calls for taxing millionaires.\n"
                    "“When the story of this flood is written, the people stepped up,” the "
                    "first-term Democrat said in a speech.\n")
    assert _types(found).get("Washington State Standard") == "organisation", found.entities
    assert [q.speaker_name for q in found.quotes] == ["Bob Ferguson"], found.quotes


def test_a_people_by_its_adjective_after_the_and_a_state_s_people_ending_in_rs() -> None:
    kinds = _names("Since the French and settler colonizers arrived, people have come. I "
                   "understand why Mainers are wary. The French government agreed.\n")
    assert kinds.get("French") == "group", kinds
    assert kinds.get("Mainers") == "group", kinds


def test_words_in_marks_before_according_to_closing_the_sentence_are_the_source_s() -> None:
    found = suggest("Customers are on the hook. Those “substantial” overruns stem from "
                    "“unnecessary development risks” NorthWestern Energy took to build the plant, "
                    "according to the Montana Consumer Counsel.\n")
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("substantial", "Montana Consumer Counsel"),
        ("unnecessary development risks", "Montana Consumer Counsel")]
    assert _types(found).get("Montana Consumer Counsel") == "organisation", found.entities


def test_a_statement_in_marks_that_names_its_maker_first_is_the_maker_s() -> None:
    found = suggest("Obama lifts America's HIV ban\nThis has been welcomed around the world. "
                    "\"The Global AIDS Alliance welcomes President Obama's announcement today to "
                    "lift the ban\". Obama said: \"22 years ago, the United States instituted a "
                    "travel ban\".\n")
    assert [(q.text[:28], q.speaker_name) for q in found.quotes] == [
        ("The Global AIDS Alliance wel", "Global AIDS Alliance"),
        ("22 years ago, the United Sta", "Obama")]


def test_an_ordinal_inside_a_sentence_opens_a_name_and_a_post_s_credit_at_its_end() -> None:
    kinds = _names("States have considered \"Second Look\" laws and the Second Chance Act, "
                   "which would let people ask courts. Via Stateline\n")
    assert "Second Look" in kinds and "Look" not in kinds, kinds
    assert "Second Chance Act" in kinds, kinds
    assert kinds.get("Stateline") == "organisation", kinds


def test_a_tour_a_brewery_and_a_new_town_are_typed_by_their_words() -> None:
    kinds = _names("A signature party at West Passage Brewery drew lawmakers. Her district "
                   "spans Narragansett, New Shoreham and a portion of North Kingstown. The "
                   "secretary stopped there on her \"Returning Education to the States Tour.\"\n")
    assert kinds.get("West Passage Brewery") == "organisation", kinds
    assert kinds.get("New Shoreham") == "place", kinds
    assert kinds.get("Returning Education to the States Tour") == "event", kinds


def test_a_state_s_body_by_its_postal_code_is_the_body_its_name_spells_out() -> None:
    found = suggest("RI Board of Elections votes to back the bills. The proposal inched "
                    "forward with the Rhode Island Board of Election’s backing Tuesday.\n")
    boards = [e for e in found.entities if "Board" in e.name]
    assert len(boards) == 1 and "RI Board of Elections" in {boards[0].name, *boards[0].aliases}, \
        found.entities


def test_two_short_forms_joined_by_and_are_two_names_and_a_chamber_s_lost_plural() -> None:
    found = suggest("We were a Charleston Daily Mail house. FlipSide, a publication by the "
                    "Charleston Gazette, was written for teens. Charleston became a "
                    "one-newspaper town when the Gazette and Daily Mail merged. Reporters "
                    "work in the West Virginia House of Delegate chambers, hoping the House of "
                    "Delegates stops talking.\n")
    names = {e.name: set(e.aliases) for e in found.entities}
    assert "Gazette and Daily Mail" not in str(names), names
    assert "Daily Mail" in names.get("Charleston Daily Mail", set()), names
    assert "House of Delegates" in names.get("West Virginia House of Delegate", set()), names


def test_a_prize_by_one_name_a_business_after_its_kind_and_the_writer_s_own_term() -> None:
    found = suggest("We met at our unofficial office, Mea Cuppa on the West Side. Then there "
                    "was the Pulitzer. The next summer we called “the purge” because talent "
                    "left.\n")
    kinds = _types(found)
    assert kinds.get("Mea Cuppa") == "organisation", kinds
    assert kinds.get("Pulitzer") == "other", kinds  # (as "to win an Oscar" is)
    assert found.quotes == [], found.quotes


def test_a_state_s_postal_code_and_regions_its_people_name_are_places() -> None:
    kinds = _names("South Carolina Daily Gazette\nOur SC votes matter most in state "
                   "elections. An Upstate outbreak reached 84 cases. More than 62,000 acres of "
                   "land in the Pee Dee are slated for protection, the largest in SC history.\n")
    assert kinds.get("SC") == kinds.get("Upstate") == kinds.get("Pee Dee") == "place", kinds
    assert _names("The SC ruled on the appeal. The SC bench heard it.\n").get("SC") != "place"


def test_an_affiliate_a_grant_s_programme_and_the_attorneys_for_a_man() -> None:
    kinds = _names("Read about it in SC Daily Gazette from our affiliate Stateline. A $50 "
                   "million federal Forest Legacy grant will pay. Two jurors ask Gov. Henry "
                   "McMaster to spare his life. Attorneys for Richard Moore officially asked "
                   "McMaster on Wednesday. Moore’s attorneys wrote.\n")
    assert kinds.get("Stateline") == "organisation", kinds
    assert kinds.get("Forest Legacy") == "other", kinds
    assert kinds.get("Richard Moore") == "person" and "Attorneys for Richard Moore" not in kinds


def test_a_caption_whose_credit_names_photographer_and_outlet_with_a_bar_is_no_headline() -> None:
    kinds = _names("Senate Chambers in the Wisconsin State Capitol. (Baylor Spears | Wisconsin "
                   "Examiner)\n\nDuring its last floor session, the Wisconsin Senate passed "
                   "bills Tuesday.\n")
    assert kinds.get("Wisconsin State Capitol") == "place", kinds
    assert kinds.get("Baylor Spears") == "person", kinds


def test_academics_by_their_universities_possessives_joined_by_and() -> None:
    kinds = _names("After University of Sydney’s Leanne Cutcher and Swinburne University’s "
                   "Graham Dyer wrote it, Graham was invited. It was by the University of "
                   "Queensland’s Ove Hoegh-Guldberg and Macquarie University’s Lesley Hughes.\n")
    for name in ("Leanne Cutcher", "Graham Dyer", "Ove Hoegh-Guldberg", "Lesley Hughes"):
        assert kinds.get(name) == "person", kinds
    assert kinds.get("Swinburne University") == kinds.get("Macquarie University") == \
        "organisation", kinds


def test_a_quoted_sentence_s_first_word_a_modified_post_and_a_named_weekday() -> None:
    found = suggest("Tim said, “Communicating our science is part of our job.” It was in a "
                    "video by our Deputy Multimedia Editor Chynthia Wijaya, which became "
                    "popular. Black Saturday firefighters battled flames. He has 62 articles "
                    "written for The Conversation. Congratulations Cam! Cameron Webb thanked "
                    "us. It was republished by outlets including the ABC, The Weather Network, "
                    "Science Alert and more.\n")
    kinds = _types(found)
    assert "Communicating" not in kinds and "Congratulations Cam" not in kinds, kinds
    assert [e.role for e in found.entities if e.name == "Chynthia Wijaya"] == [
        "Deputy Multimedia Editor"], found.entities
    assert kinds.get("Black Saturday") == "event", kinds
    assert kinds.get("Conversation", kinds.get("The Conversation")) == "organisation", kinds
    assert kinds.get("Science Alert") == "organisation", kinds
    assert "Cam" in _entity(found, "Cameron Webb").aliases


def test_a_body_then_the_day_it_met_a_sea_of_the_moon_and_a_state_s_people() -> None:
    kinds = _names("It came in the House Welfare Reform Committee on Valentine’s Day. The "
                   "Committee on Appropriations met. They bought land in the Mare "
                   "Tranquillitatis area of the moon. Kansas lawmakers talk about the burden on "
                   "hardworking Kansans.\n")
    assert kinds.get("House Welfare Reform Committee") == "organisation", kinds
    assert kinds.get("Valentine’s Day") == "event", kinds
    assert "Committee on Appropriations" in kinds, kinds
    assert kinds.get("Mare Tranquillitatis") == "place", kinds
    assert kinds.get("Kansans") == "group" and kinds.get("Kansas") == "place", kinds


def test_an_agenda_after_whose_it_is_in_inside_a_summit_a_station_and_a_body_by_one_word() -> None:
    found = suggest("Leaders came together at Interior this week, for the White House "
                    "Conservation in Action Summit. Interior this week convened the committee. "
                    "It is part of the President's Investing in America agenda.\n\nKING 5: "
                    "Washington tribes could get more funding\n\nHe told KOMO 4 News so.\n")
    kinds = _types(found)
    assert kinds.get("Interior") == "organisation", kinds
    assert kinds.get("White House Conservation in Action Summit") == "event", kinds
    assert "Investing in America" in kinds and "Investing" not in kinds, kinds
    assert kinds.get("KING 5") == kinds.get("KOMO 4 News") == "organisation", kinds


def test_a_slogan_and_its_agenda_a_number_word_opening_a_region_and_a_site_on_its_line() -> None:
    found = suggest("ICYMI: Last Week at the DOE: deploy!\n\nEnergy.gov\n\nAugust 17, 2021\n\n"
                    "We deliver solutions to Build Back Better. They toured the Four Corners "
                    "region to tout the Build Back Better Agenda.\n")
    kinds = _types(found)
    assert "Week" not in kinds and "ICYMI" not in kinds, kinds
    assert kinds.get("Energy.gov") == "organisation", kinds
    assert "Four Corners" in kinds and "Corners" not in kinds, kinds
    assert "Build Back Better" in _entity(found, "Build Back Better Agenda").aliases


def test_a_name_spelt_before_its_letters_a_nickname_after_a_name_and_thanks() -> None:
    found = suggest("Awards came from the Rebuilding American Infrastructure with Sustainability "
                    "and Equity (RAISE) discretionary grant program. The grants came out of the "
                    "Mega and INFRA grant programs. First of all, thank you Brandon for the "
                    "introduction. I recognize Catherine Kellerman, CEO of PRT. Rich Fitzgerald, "
                    "Fitz, I remember it. He signed it on the South Lawn of the White House.\n")
    kinds = _types(found)
    assert "RAISE" in _entity(found, "Rebuilding American Infrastructure with Sustainability "
                              "and Equity").aliases
    assert kinds.get("Mega") == "other" and kinds.get("Brandon") == "person", kinds
    assert kinds.get("PRT") == "organisation", kinds
    assert "Fitz" in _entity(found, "Rich Fitzgerald").aliases
    assert kinds.get("South Lawn") == "place" and "White House" in kinds, kinds


def test_an_operation_s_yearly_edition_is_the_operation() -> None:
    found = suggest("Products were seized by Border Force as part of Operation Thunder. "
                    "Officers taking part in Operation Thunder 24 made 217 seizures.\n")
    assert "Operation Thunder 24" in _entity(found, "Operation Thunder").aliases


def test_a_headline_s_subject_a_scene_setting_opening_and_a_newsroom_that_reported() -> None:
    found = suggest("Lawrence ‘insulted’ at GOP congressman claiming Trump isn’t racist\n\n"
                    "U.S. Rep. Brenda Lawrence had a big moment. There are jobs under the new "
                    "Fiat Chrysler Automotive deal. Republicans: Trump deserves credit for Fiat "
                    "Chrysler deal. In a news release, the RNC took a shot at Gov. Gretchen "
                    "Whitmer, saying she shouldn’t take credit: “Let’s just be clear.” As the "
                    "Advance first reported, they rallied at New Center Plaza One in Detroit.\n")
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("insulted", "Brenda Lawrence"), ("Let’s just be clear.", "RNC")], found.quotes
    kinds = _types(found)
    assert kinds.get("Advance") == "organisation", kinds
    assert kinds.get("New Center Plaza One") == "place", kinds
    assert "Fiat Chrysler" in _entity(found, "Fiat Chrysler Automotive").aliases


def test_an_institution_by_its_first_word_a_division_and_a_name_after_a_headline() -> None:
    found = suggest("In annual rankings, Xavier among best schools\n\nXavier University of "
                    "Louisiana was rated first.\n\n‘This job is impossible’: morale plagues "
                    "Missouri child welfare agency\nDarrell Missey (left), director of "
                    "Children’s Division, speaks.\n")
    kinds = _types(found)
    assert "Xavier" in _entity(found, "Xavier University of Louisiana").aliases
    assert kinds.get("Darrell Missey") == "person", kinds
    assert kinds.get("Children’s Division") == "organisation", kinds


def test_a_source_s_address_over_its_item_and_a_town_an_attack_is_named_for() -> None:
    kinds = _names("CA: California to cut ties with Walgreens\n\nlatimes.com\n\nGov. Gavin "
                   "Newsom said so. The Texas House passed a bill in response to Uvalde "
                   "shooting. The Coachella festival opened.\n")
    assert kinds.get("latimes.com") == "organisation", kinds
    assert kinds.get("Uvalde") == "place" and kinds.get("Coachella") == "event", kinds
    found = suggest("Our stories, in The Hechinger Report, cover schools.\n\nhechingerreport.org"
                    "\n\nThe Hechinger Report is a newsroom.\n")
    assert [e.aliases for e in found.entities if "Hechinger" in e.name] == [
        ["hechingerreport.org"]], found.entities


def test_the_capital_by_its_district_s_letters_joins_its_full_name() -> None:
    found = suggest("DC: DC tries to pull crime bill before US Senate vote\n\nThe U.S. Senate "
                    "plans to vote on whether to block Washington, D.C.’s overhaul.\n")
    assert "DC" in _entity(found, "Washington, D.C.").aliases, found.entities


def test_a_state_s_gop_is_its_republican_party() -> None:
    found = suggest("The co-chair of the Michigan GOP tweeted an attack. The Michigan Republican "
                    "Party said so. The Texas GOP met.\n")
    assert "Michigan GOP" in _entity(found, "Michigan Republican Party").aliases, found.entities
    assert "Texas GOP" in _types(found), found.entities


def test_a_topic_page_of_title_case_headlines() -> None:
    found = suggest("Skip to content\nProPublica Donate\n\nHealth Care\n\nSome Surprises in "
                    "the No Surprises Act\n\nBill to Fund Stillbirth Research Passes Congress\n\n"
                    "Kristi Noem Said She Is Proud to “Support Babies, Moms, and Families.” Her "
                    "Record Shows Otherwise, Critics Say.\n\nPhilips Agrees to Pay $1 Billion "
                    "to Patients Who Say They Were Injured by Breathing Machines\n\nThe U.S. "
                    "Government Defended the Overseas Business Interests of Baby Formula "
                    "Makers. Kids Paid the Price.\n")
    kinds = _types(found)
    assert kinds.get("ProPublica") == "organisation", kinds
    assert kinds.get("No Surprises Act") == "work", kinds
    assert kinds.get("Congress") == "organisation", kinds
    assert kinds.get("Kristi Noem") == "person", kinds
    assert not {"Health Care", "ProPublica Donate", "Breathing Machines", "Kids Paid the Price",
                "Said"} & set(kinds), kinds
    assert not any(len(name.split()) > 6 for name in kinds), kinds
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("Support Babies, Moms, and Families.", "Kristi Noem")], found.quotes


def test_a_department_by_its_field_and_a_body_by_its_faith_s_word() -> None:
    found = suggest("Doctors at Veterans Affairs hospitals warned of cuts. The Department of "
                    "Veterans Affairs began shedding staff. The VA provides care.\n\nSen. Chuck "
                    "Grassley wrote to Methodist Le Bonheur Healthcare. Methodist, a religious "
                    "nonprofit, sued 8,300 patients. A Methodist spokesperson said it would "
                    "respond. After a judgment, Methodist would then seek wages.\n")
    assert set(_entity(found, "Department of Veterans Affairs").aliases) == {
        "Veterans Affairs", "VA"}, found.entities
    assert "Methodist" in _entity(found, "Methodist Le Bonheur Healthcare").aliases, \
        found.entities
    kinds = _names("Methodist churches and Baptist ministers met at Methodist Le Bonheur "
                   "Healthcare.\n")
    assert kinds.get("Methodist") == "group" or "Methodist" not in kinds, kinds


def test_they_after_people_named_the_sentence_before_a_pledge_and_a_term() -> None:
    found = suggest("Earlier this year, doctors at Veterans Affairs hospitals in Pennsylvania "
                    "sounded an alarm. Sweeping cuts imposed by the Trump administration, they "
                    "told higher-ups in an email, were causing \"severe and immediate "
                    "impacts.\"\n\nAfter the agency began shedding employees, Trump's pick to "
                    "run it, Secretary Doug Collins, pledged, \"Veterans are going to notice a "
                    "change for the better.\"\n\nHospitals must avoid what's called "
                    "\"extraordinary collection actions,\" such as suing a patient. Members "
                    "have pledged to \"get things done\" for America.\n")
    said = {q.text.rstrip(".,"): q.speaker_name for q in found.quotes}
    assert said == {"severe and immediate impacts": "doctors at Veterans Affairs hospitals",
                    "Veterans are going to notice a change for the better": "Doug Collins"}, \
        found.quotes


def test_an_e_book_s_pages_run_into_one_line() -> None:
    found = suggest("From Opensource.com Getting started with Kubernetes Find out how Kubernetes "
                    "works. Email us: open@opensource.com 2 Getting started with Kubernetes . "
                    "About the Author Scott McCarty Scott McCarty At Red Hat, Scott McCarty is "
                    "product manager for OpenShift Container Platform and Red Hat Enterprise "
                    "Linux. Follow Scott McCarty Twitter: https://twitter.com/fatherlinux\n")
    kinds = _types(found)
    assert kinds.get("Opensource.com") == "organisation", kinds
    assert kinds.get("Scott McCarty") == "person", kinds
    assert kinds.get("OpenShift Container Platform") == "other", kinds
    assert kinds.get("Red Hat Enterprise Linux") == "other", kinds
    assert "Twitter" in kinds and "Kubernetes" in kinds, kinds
    assert not any(w in name for name in kinds for w in ("Getting", "Find", "Author", " At ")), \
        kinds


def test_a_conference_by_its_letters_after_a_dash_a_series_and_a_licence_broken_over_lines(
) -> None:
    found = suggest("Open Voices, Issue 13\nAll written content licensed under a Creative "
                    "Commons Attribution-\nShareAlike 4.0 International License.\nThe O'Reily "
                    "Open Source Convention—or OSCON, as it's now popularly known—is one of the "
                    "world's premier open source events. Sandler, Executive Director of the "
                    "non-profit Software Freedom Conservancy, says so.\n")
    kinds = _types(found)
    assert "OSCON" in _entity(found, "O'Reily Open Source Convention").aliases, found.entities
    assert kinds.get("O'Reily Open Source Convention") == "event", kinds
    assert kinds.get("Open Voices") == "work", kinds
    assert kinds.get("Software Freedom Conservancy") == "organisation", kinds
    assert not any("ShareAlike" in name for name in kinds), kinds


def test_a_city_by_its_letters_and_its_government_by_its_formal_name() -> None:
    found = suggest("City Desk's coverage of City Hall is critical to the solutions ABQ needs."
                    "\n\nPosted inPolitics & Elections\n\nThousands gathered in Albuquerque for "
                    "the “No Kings” march. The event was sponsored by Indivisible Albuquerque. "
                    "APS board races drew money.\n\nBy Rodd Cayton Federal oversight of the "
                    "police is over.\n")
    kinds = _types(found) | _names("By Kevin Hendricks The City of Albuquerque has issued a "
                                   "cease and desist order.\n")
    assert "ABQ" in _entity(found, "Albuquerque").aliases, found.entities
    assert kinds.get("City Desk") == "organisation", kinds
    assert kinds.get("City of Albuquerque") == "organisation", kinds
    assert kinds.get("No Kings") == "event", kinds
    assert kinds.get("Rodd Cayton") == "person" and kinds.get("Kevin Hendricks") == "person", \
        kinds
    assert "Indivisible Albuquerque" in kinds and "APS" in kinds, kinds
    assert not {"Elections", "Politics", "Rodd Cayton Federal"} & set(kinds), kinds
    assert "APS" not in _entity(found, "Albuquerque").aliases, found.entities


def test_a_broadcaster_by_the_letters_it_writes_and_its_programmes() -> None:
    found = suggest("Voice of America Highlights\n\nVOA’s TV Ashna, a respected hour-long "
                    "program that broadcasts in Dari, is popular. Traffic saw growth in Twitter "
                    "followers. VOA marked the New Year with the play, An Iranian in Heaven, "
                    "starring a star.\n\n2014 Burke Awards from Broadcasting Board of Governors "
                    "on Vimeo.\n\nVoice of America\n\nAnne Look is a VOA bureau chief. Data from "
                    "Mediascope show that use fell.\n")
    kinds = _types(found)
    assert "VOA" in _entity(found, "Voice of America").aliases, found.entities
    assert "America" not in kinds, kinds
    assert kinds.get("TV Ashna") == "work", kinds
    assert kinds.get("An Iranian in Heaven") == "work" and "Heaven" not in kinds, kinds
    assert kinds.get("Twitter") == "organisation" and kinds.get("Vimeo") == "organisation", kinds
    assert kinds.get("Broadcasting Board of Governors") == "organisation", kinds
    assert kinds.get("Mediascope") != "work", kinds
    assert "Language Is" not in _names("Why Mastering Language Is So Difficult for AI\n\nThe LIS "
                                       "team wrote about it.\n")


def test_a_people_a_reserve_villages_a_council_and_an_article_s_title_in_india() -> None:
    found = suggest("Mongabay India published an article on the Madia Gond tribes in Chandrapur "
                    "district. We read the article ‘Madia Gond tribes forced to leave ancestral "
                    "land, as human-animal conflict increases’ with interest. We study the "
                    "Tadoba-Andhari Tiger Reserve (TATR) with a focus on Bhagwanpur and "
                    "Palasgaon villages, and we interviewed Zilla Parishad officials.\n\n"
                    "Davidson Anthony Adima started fishing at 12. Davidson and colleagues land "
                    "at the adjoining St. Andrew’s village in Thiruvananthapuram, Kerala.\n")
    kinds = _types(found)
    assert kinds.get("Madia Gond") == "group", kinds
    assert kinds.get("Tadoba-Andhari Tiger Reserve") == "place", kinds
    assert kinds.get("Palasgaon") == "place" and kinds.get("Bhagwanpur") == "place", kinds
    assert kinds.get("Zilla Parishad") == "organisation", kinds
    assert kinds.get("Madia Gond tribes forced to leave ancestral land, as human-animal conflict "
                     "increases") == "work", kinds
    assert not found.quotes, found.quotes
    assert kinds.get("Davidson Anthony Adima") == "person", kinds
    assert "Davidson" in _entity(found, "Davidson Anthony Adima").aliases, found.entities
    assert kinds.get("St. Andrew’s") == "place", kinds


def test_names_with_non_breaking_hyphens_posts_joined_and_a_flight_by_its_number() -> None:
    found = suggest("In my visit to Timor\u2011Leste I had a discussion with the President, "
                    "Ramos\u2011Horta, about it, and the President and Prime Minister of "
                    "Timor\u2011Leste have agreed. We support the ASEAN outlook on the "
                    "Indo\u2011Pacific and the Partnership for a Healthy Region. The ICAO "
                    "found Russia responsible for the downing of MH17.\n")
    kinds = _types(found)
    assert kinds.get("Timor\u2011Leste") == "place", kinds
    assert kinds.get("Ramos\u2011Horta") == "person", kinds
    assert kinds.get("Indo\u2011Pacific") == "place", kinds
    assert "Partnership for a Healthy Region" in kinds, kinds
    assert kinds.get("MH17") == "other", kinds
    assert not any("Timor-" in name or "Minister of" in name or name in ("Timor", "Leste", "Indo")
                   for name in kinds), kinds
    text = ("the President, Ramos\u2011Horta, met the ICAO on the Indo\u2011Pacific.\n")
    assert all(name in text for e in suggest(text).entities for name in (e.name, *e.aliases))


def test_a_statement_s_last_paragraph_left_unopened_and_an_excerpt_s_owner() -> None:
    found = suggest("Statement from Assistant Secretary for Public Affairs Jeff Nesbit on HHS "
                    "Secretary Becerra Testing Positive\n\n“This morning, Secretary Xavier "
                    "Becerra tested positive after mild symptoms. He will work remotely.\n\nThe "
                    "Secretary remains engaged with the duties of his office from isolation.”\n")
    assert [(q.text[:13], q.speaker_name) for q in found.quotes] == [
        ("This morning,", "Jeff Nesbit"), ("The Secretary", "Jeff Nesbit")], found.quotes
    found = suggest("HHS Secretary Xavier Becerra marked the anniversary at the Headliners "
                    "Luncheon.\n\nExcerpt from Secretary Becerra’s Press Call Remarks:\n\nWe "
                    "meet on the one-year anniversary of President Biden’s inauguration, and I "
                    "am deeply proud of the work we have done this first year.\n")
    assert [q.speaker_name for q in found.quotes] == ["Xavier Becerra"], found.quotes
    assert _types(found).get("Headliners Luncheon") == "event", found.entities


def test_a_byline_for_an_outlet_and_a_department_by_the_letters_with_its_country_s() -> None:
    found = suggest("By Sarah Jane Tribble for KFF Health News.\nThere’s a new hospital in "
                    "Pinedale. A report from the Department of Agriculture’s Economic Research "
                    "Service found the gap has grown. USDA researchers found it.\n")
    kinds = _types(found)
    assert kinds.get("Sarah Jane Tribble") == "person", kinds
    assert kinds.get("KFF Health News") == "organisation", kinds
    assert "USDA" in _entity(found, "Department of Agriculture").aliases, found.entities


def test_a_prize_by_its_namesake_s_surname() -> None:
    found = suggest("Burke Awards\n\nThe David Burke Distinguished Journalism Award recognizes "
                    "courage. Named in honor of David W. Burke, the award is presented yearly. "
                    "Mr. Burke was president of CBS News.\n")
    assert "Burke Awards" in _entity(found, "David Burke Distinguished Journalism Award").aliases, \
        found.entities
    assert _types(found).get("David W. Burke") == "person", found.entities


def test_an_administration_named_for_its_head_alone_and_with_the_deputy() -> None:
    found = suggest("USTR has advanced the Biden Administration’s trade priorities. Ambassador "
                    "Tai laid out the Biden-Harris Administration’s vision.\n")
    assert "Biden Administration" in _entity(found, "Biden-Harris Administration").aliases, \
        found.entities


def test_an_infobox_s_labels_run_into_their_values_and_a_campaign_by_its_year() -> None:
    found = suggest("United States Secret Service\nCommon nameSecret Service\nAbbreviationUSSS\n"
                    "HeadquartersWashington, D.C., U.S.\n\nInformation on the 2024 Campaign is "
                    "available now.\n")
    kinds = _types(found)
    assert kinds.get("Washington, D.C.") == "place", kinds
    assert not any(name.startswith(("Headquarters", "Abbreviation")) for name in kinds), kinds
    assert "2024 Campaign" in kinds and "Campaign" not in kinds, kinds


def test_a_work_s_credit_after_by_its_authors_and_the_body_they_wrote_for() -> None:
    kinds = _names("You can view the guide below. A Journalist’s Guide to Creative Commons "
                   "2023” by Zac Crellin and Jennryn Wetzler for Creative Commons, licensed CC "
                   "BY 4.0.\n")
    assert kinds.get("Zac Crellin") == "person" and kinds.get("Jennryn Wetzler") == "person", \
        kinds
    assert kinds.get("Creative Commons") == "organisation", kinds
    assert not any(" for " in name for name in kinds), kinds


# -- the CLI and the hints ----------------------------------------------------------------

STORY = ("Mayor Jane Roe said on Tuesday that the Springfield City Council “did the right "
         "thing.” Council member Tom Lee disagreed: “It is a mistake,” Lee said.\n")
META = ('story:\n  headline: "Budget"\n  outlet: "Herald"\n  date: "2024-03-01"\n')


def test_suggest_yaml_is_ready_to_paste(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    (tmp_path / "budget.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "budget.yml").write_text(META, encoding="utf-8")
    assert main(["suggest", str(tmp_path / "budget.yml")]) == 0
    pasted = capsys.readouterr().out.replace("TODO: ", "")
    (tmp_path / "budget.yml").write_text(META + pasted, encoding="utf-8")
    result = check_file(tmp_path / "budget.yml")
    assert result.errors == [], [d.message for d in result.errors]
    assert result.story is not None
    annotation = result.story.annotation
    assert [e.id for e in annotation.entities] == ["jane-roe", "springfield-city-council",
                                                  "tom-lee"]
    assert [(q.kind, q.speaker) for q in annotation.quotes] == [
        ("partial", "jane-roe"), ("direct", "tom-lee")]
    assert not [d for d in result.diagnostics if d.code in ("N504", "Q603")]
    # and with everything covered, nothing is left to suggest
    assert main(["suggest", str(tmp_path / "budget.txt")]) == 0
    assert "nothing to add" in capsys.readouterr().out


def test_suggest_json_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "budget.txt").write_text(STORY, encoding="utf-8")
    assert main(["suggest", "--format", "json", str(tmp_path / "budget.txt")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"story", "entities", "quotes", "not_entities"}
    roe = data["entities"][0]
    assert roe == {"id": "jane-roe", "name": "Jane Roe", "type": "person",
                   "type_evidence": "a title or honorific before the name",
                   "aliases": ["Roe"] if "Roe" in roe["aliases"] else [],
                   "role": "Mayor", "line": 1, "column": 7, "mentions": roe["mentions"]}
    quote = data["quotes"][1]
    assert {k: quote[k] for k in ("kind", "text", "speaker", "speaker_name", "cue", "line")} \
        == {"kind": "direct", "text": "It is a mistake,", "speaker": "tom-lee",
            "speaker_name": "Tom Lee", "cue": "Lee said", "line": 1}


def test_suggest_refuses_a_broken_annotation_file_with_its_diagnostics(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "budget.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "budget.yml").write_text(META + "entities: [\n", encoding="utf-8")
    assert main(["suggest", str(tmp_path / "budget.txt")]) == 1
    err = capsys.readouterr().err
    assert "budget.yml:" in err and "Y101" in err and "fix " in err
    assert main(["suggest", str(tmp_path / "missing.txt")]) == 2


def test_check_hints_carry_the_guess_and_not_quotes_silence_them(write_story: WriteStory
                                                                 ) -> None:
    plain = check_file(write_story(""))
    hints = [(d.code, d.start.line, d.start.column, d.message, d.hint or "")
             for d in plain.diagnostics if d.code in ("N504", "Q603")]
    assert [h[:3] for h in hints] == [("N504", 1, 24), ("Q603", 1, 56), ("Q603", 3, 2),
                                      ("N504", 3, 45)]
    assert "a guess: place, as a city in the gazetteer" in hints[0][4]
    assert "quoted by Jane Doe" in hints[1][3] and "a guess: partial" in hints[1][4]
    assert "quoted by Ann Lee" in hints[2][3] and "a guess: direct" in hints[2][4]
    # each hint ends with the item to paste, one line of YAML
    pasted = [yaml.safe_load(h[4].split(": ", 1)[1].rsplit(" — or", 1)[0].split("): ", 1)[1])
              for h in hints]
    assert pasted[0] == [{"id": "springfield", "name": "Springfield", "type": "place",
                          "description": "TODO: who or what this is, for a student."}]
    assert pasted[1][0]["speaker"] == "jane-doe" and pasted[1][0]["kind"] == "partial"
    assert pasted[1][0]["text"] == "a good start for everyone."
    quiet = check_file(write_story(ANNOTATED + "not_quotes: [We will not stop,]\n"))
    assert not [d for d in quiet.diagnostics if d.code == "Q603"]
    stale = check_file(write_story("not_quotes: [a bad end]\n"))
    assert [d.code for d in stale.diagnostics if d.code == "Q604"] == ["Q604"]


def test_checking_a_remembered_story_imports_no_rule_of_the_engine(
        tmp_path: Path, write_story: WriteStory) -> None:
    """What an editor hook pays: once a story's suggestions are remembered, checking it
    reads which words are quoted without importing the engine's rules (their regular
    expressions take tens of milliseconds to compile)."""
    path = write_story(ANNOTATED)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("ANNOTATE_NO_CACHE", None)
    probe = ("import sys\nfrom annotate.cli import main\ncode = main(['check', sys.argv[1]])\n"
             "rules = sorted(m for m in sys.modules if m.startswith('annotate.suggest.') and "
             "m.rsplit('.', 1)[1] in ('quotes', 'names', 'cutting', 'runs', 'kinds'))\n"
             "print(code, rules)")
    runs = [subprocess.run([sys.executable, "-c", probe, str(path)], env=env, text=True,
                           capture_output=True, check=False) for _ in range(2)]
    assert "annotate.suggest.quotes" in runs[0].stdout  # the first check runs the engine
    assert runs[1].stdout.strip().splitlines()[-1].endswith("[]"), runs[1].stdout


def test_suggestions_are_remembered_per_story_and_annotation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write_story: WriteStory) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("ANNOTATE_NO_CACHE", raising=False)
    remembered = tmp_path / "cache" / "annotate" / "suggestions"
    text = "Mayor Jane Roe said the plan was “a good start.” Tom Lee disagreed."
    first = suggest(text)
    assert len(list(remembered.rglob("*.marshal"))) == 1
    assert suggest(text) == first  # read back, identical
    result = check_file(write_story(""))
    assert result.story is not None
    with_file = suggest(result.story.text, result.story.annotation)
    covered = check_file(write_story(ANNOTATED))
    assert covered.story is not None
    # another annotation of the same text is another entry, with its own answer
    assert suggest(covered.story.text, covered.story.annotation) != with_file
    assert len(list(remembered.rglob("*.marshal"))) == 3
    monkeypatch.setenv("ANNOTATE_NO_CACHE", "1")
    suggest(text + " Ann Lee agreed.")
    assert len(list(remembered.rglob("*.marshal"))) == 3


def test_a_statement_s_paragraphs_run_together_and_its_lead_in_broken_by_the_copy() -> None:
    found = suggest("WASHINGTON - Senator Maria Cantwell released the following statement "
                    "today after the Governor announced his intent to appoint Ruth Okafor\n\n"
                    "and name Dr. Paul Linden to the board:\n\n“I welcome both choices. They "
                    "will serve the state well. “In naming them, the Governor shows good "
                    "judgment. “I hope the Senate confirms them quickly.”\n")
    assert [(q.text[:12], q.speaker_name) for q in found.quotes] == [
        ("I welcome bo", "Maria Cantwell"), ("In naming th", "Maria Cantwell"),
        ("I hope the S", "Maria Cantwell")], found.quotes
    text = "“I left early. “Go home,” my mother told me.”\n"
    [outer] = passages(text)
    assert text[outer.start:outer.end] == "I left early. “Go home,” my mother told me."
    assert [text[p.start:p.end] for p in outer.inner] == ["Go home,"]


def test_a_chair_s_title_cut_off_bodies_named_for_what_they_deliberate_on() -> None:
    found = suggest("She served as Chairman of the Committee on the Global Financial System, "
                    "Chairman of the Group of Seven Working Party on Bank Supervision and "
                    "Chairman of the Board of Governors of the Federal Reserve System. Secretary "
                    "of the Department of Veterans Affairs Denis McDonough spoke.\n")
    kinds = _types(found)
    for body in ("Committee on the Global Financial System",
                 "Group of Seven Working Party on Bank Supervision",
                 "Board of Governors of the Federal Reserve System",
                 "Department of Veterans Affairs"):
        assert kinds.get(body) == "organisation", kinds
    assert kinds.get("Denis McDonough") == "person", kinds
    assert not any(name.startswith(("Chairman", "Secretary")) for name in kinds), kinds


def test_an_accord_named_for_a_place_and_a_numeral_and_a_firm_named_for_its_partners() -> None:
    found = suggest("Banks follow the Basel III capital accord, she said. He was a partner at "
                    "Simpson Thacher & Bartlett before joining. Texas & Florida voted first. "
                    "Queen Elizabeth II visited.\n")
    kinds = _types(found)
    assert kinds.get("Basel III") == "other", kinds
    assert kinds.get("Simpson Thacher & Bartlett") == "organisation", kinds
    assert kinds.get("Texas") == kinds.get("Florida") == "place", kinds
    assert "Basel" not in kinds and "III" not in kinds, kinds
    assert any(name.endswith("Elizabeth II") and kind == "person" for name, kind in kinds.items())


def test_a_transcript_s_labels_in_capitals_with_posts_portfolios_and_members_seats() -> None:
    found = suggest("Minister for Health and Aged Care and Assistant Minister for Rural Health "
                    "– press conference in Broome\n\nMEMBER FOR DURACK, JANE OKAFOR MP: Thank "
                    "you all for coming today. I'm here with Paul Lindqvist, the Member for "
                    "Kimberley and Rosa Delgado, the Member for Pilbara.\n\nMINISTER FOR HEALTH "
                    "AND AGED CARE, ANDREW LEIGH: Thanks, Jane. I'm glad to be here with the "
                    "Assistant Minister for Rural Health Senator Nita Warrakurna today.\n\n"
                    "JOURNALIST: Minister, will the clinic open soon?\n\nANDREW LEIGH: It opens "
                    "on Monday and it will be free for everyone.\n")
    kinds = _types(found)
    for person in ("Paul Lindqvist", "Rosa Delgado", "Nita Warrakurna"):
        assert kinds.get(person) == "person", kinds
    assert kinds.get("Kimberley") == "place" and "Kimberley and" not in kinds, kinds
    assert {"JANE OKAFOR", "Jane Okafor"} & set(kinds), kinds
    assert not any(w in name.casefold() for name in kinds for w in ("aged care", "health")), \
        kinds
    assert all(e.role is None for e in found.entities if e.name == "Rosa Delgado")


def test_a_station_s_programme_by_its_letters_and_its_slot_is_a_work() -> None:
    kinds = _types(suggest("He spoke on 2GB Breakfast and then to ABC RN Drive about it. The "
                           "Rotary Breakfast raised money.\n"))
    assert kinds.get("2GB Breakfast") == "work", kinds
    assert kinds.get("ABC RN Drive") == "work", kinds
    assert kinds.get("Rotary Breakfast") == "event", kinds


def test_a_surname_joins_a_name_its_transcript_also_writes_in_capitals() -> None:
    found = suggest("Read the transcript of Minister Okafor's press conference.\n\nThe Hon Jane "
                    "Okafor MP\n\nIt's great to be here with Jane Okafor today, said the host."
                    "\n\nJANE OKAFOR: Thanks. It's terrific to be here with all of you.\n")
    people = [e for e in found.entities if e.type == "person"]
    assert len(people) == 1 and people[0].name == "Jane Okafor", found.entities
    assert {"Okafor", "JANE OKAFOR"} <= set(people[0].aliases), people[0].aliases


def test_a_list_s_headlines_opening_with_words_in_single_marks_and_their_summaries() -> None:
    found = suggest("Meet Sam Okoro, the ‘doctor’s doctor’ of rural care\n"
                    "Rural physician Sam Okoro has worked in the district for thirty years. Get "
                    "to know him here.\n"
                    "‘We carried water for miles’: Villages left without taps as the dam "
                    "dried...\n"
                    "For families across the valley, the drought has meant long walks and "
                    "empty tanks every single day.\n"
                    "‘Call me Lindi’: Meet the young woman who runs the regulator\n"
                    "Lindiwe Dube-Mokoena leads the country’s medicines regulator, a body few "
                    "people knew about until the pandemic.\n"
                    "‘Where they see numbers, I see my neighbours’\n"
                    "Thandiwe Khumalo describes herself as a ‘stubborn organiser’. She has "
                    "fought for clinics her entire life.\n")
    speakers = {q.text[:8]: q.speaker_name for q in found.quotes}
    assert speakers.get("We carri") is None, found.quotes
    assert speakers.get("Call me ") == "Lindiwe Dube-Mokoena", found.quotes
    assert speakers.get("Where th") == "Thandiwe Khumalo", found.quotes
    assert "Sam Okoro" not in speakers.values(), found.quotes


def test_a_copyright_holder_a_body_by_its_first_word_and_letters_from_inside_words() -> None:
    found = suggest("© Copyright Thandeka Centre for Rural Journalism | Privacy Policy | "
                    "Terms and Conditions\n"
                    "Floods derailed care in KwaZulu-Natal\n"
                    "The April floods in KwaZulu-Natal left farmers without help for weeks. "
                    "Thandeka has mapped the clinics. The KZN floods were the worst on record."
                    "\n")
    centre = _entity(found, "Thandeka Centre for Rural Journalism")
    assert centre.type == "organisation" and "Thandeka" in centre.aliases, found.entities
    province = _entity(found, "KwaZulu-Natal")
    assert province.type == "place" and "KZN" in province.aliases, found.entities
    kinds = _types(found)
    assert "Copyright Thandeka Centre for Rural Journalism" not in kinds, kinds


def test_a_statement_s_title_names_its_maker_whose_quote_runs_over_unopened_paragraphs(
) -> None:
    found = suggest("Press Release\n"
                    "Statement of Maribel T. Okonkwo, Acting Director of Parks, on New Hours\n"
                    "\"I am pleased to announce that the parks open at dawn from Monday. As I "
                    "said in May, our goal is to serve every visitor.\n"
                    "We ask for patience from the public as the rangers train.\n"
                    "If you plan a visit, please check the hours first.\"\n"
                    "To learn more, visit the parks page.\n"
                    "\"Nobody likes to wait,\" one ranger said.\n"
                    "Visitors queued outside the gate.\n"
                    "Rangers counted them at noon.\n")
    kinds = _types(found)
    assert kinds.get("Maribel T. Okonkwo") == "person", kinds
    assert not any(name.startswith("Statement") for name in kinds), kinds
    said = {q.text[:9]: q.speaker_name for q in found.quotes}
    assert said == {"I am plea": "Maribel T. Okonkwo", "We ask fo": "Maribel T. Okonkwo",
                    "If you pl": "Maribel T. Okonkwo", "Nobody li": "one ranger"}, found.quotes


def test_an_open_letter_s_addressee_and_a_programme_spelt_by_its_letters_alone() -> None:
    found = suggest("The director set out the plan in her Open Letter to the Public on Monday. "
                    "Monthly Social Security and Supplemental Security Income (SSI) payments "
                    "will rise.\n")
    kinds = _types(found)
    assert kinds.get("Open Letter to the Public") == "work", kinds
    alone = _types(suggest("Last year she wrote an Open Letter about the parks.\n"))
    assert alone.get("Open Letter") == "work", alone
    assert kinds.get("Supplemental Security Income") == "other", kinds
    assert "Social Security and Supplemental Security Income" not in kinds, kinds
    assert _entity(found, "Supplemental Security Income").aliases == ["SSI"], found.entities


def test_a_title_after_entitled_keeps_its_subtitle_only_where_it_ends_the_sentence() -> None:
    kinds = _types(suggest("In May the agency published a report entitled Feeding Young "
                           "Families: A Review of Prices, Habits, and Self-Help. It was read "
                           "widely. A second report titled Water Matters: Rivers, Lakes was "
                           "late.\n"))
    assert kinds.get("Feeding Young Families: A Review of Prices, Habits, and Self-Help") \
        == "work", kinds
    assert not {"Habits", "Self-Help", "Review of Prices"} & set(kinds), kinds
    assert kinds.get("Water Matters") == "work", kinds
    assert "Water Matters: Rivers, Lakes" not in kinds, kinds


def test_a_file_number_a_glued_article_and_a_title_by_its_words_before_the_colon() -> None:
    found = suggest("For the FTC’s Paper, “Data Markets: A Call for Openness”, click on Data "
                    "Markets.\n\nThe FTC sued on Monday. TheFTC’s complaint names Lumen, "
                    "Inc. (FTC File No. P094511; the staff contact is Carol Jennings.)\n")
    kinds = _types(found)
    assert not any("File" in name or "P094511" in name or name.startswith("The")
                   for name in kinds), kinds
    assert _entity(found, "FTC").type == "organisation", found.entities
    title = _entity(found, "Data Markets: A Call for Openness")
    assert title.type == "work" and "Data Markets" in title.aliases, found.entities


def test_a_firm_by_its_form_one_bought_and_a_database_described_after_commas() -> None:
    kinds = _types(suggest("The complaint charges that Brenlow Limited’s proposed acquisition "
                           "of competitor Cristal would harm buyers. The agency enters "
                           "complaints into Buyer Watchtower, a secure, online database "
                           "available to police.\n"))
    assert kinds.get("Brenlow Limited") == "organisation", kinds
    assert kinds.get("Cristal") == "organisation", kinds
    assert kinds.get("Buyer Watchtower") == "work", kinds


def test_hawaiian_names_with_the_okina_as_a_mark_or_a_letter() -> None:
    found = suggest("Scientists from the U.S. Geological Survey Hawaiian Volcano Observatory "
                    "came. New cracks opened along the Maunaiki trail in the Ka‘ū Desert of "
                    "Hawai‘i Volcanoes National Park, south of Kīlauea Volcano, and along the "
                    "Koa‘e fault system. The USGS Hawaiian Volcano Observatory watches "
                    "Hawai‘i closely.\n")
    kinds = _types(found)
    for place in ("Ka‘ū Desert", "Hawai‘i Volcanoes National Park", "Kīlauea Volcano",
                  "Maunaiki", "Koa‘e", "Hawai‘i"):
        assert kinds.get(place) == "place", (place, kinds)
    letter = _types(suggest("The lava flows reached the sea in Hawaiʻi on Monday.\n"))
    assert letter.get("Hawaiʻi") == "place", letter  # (the ʻokina as a letter, U+02BB)
    assert "Ka" not in kinds, kinds
    observatory = _entity(found, "U.S. Geological Survey Hawaiian Volcano Observatory")
    assert "USGS Hawaiian Volcano Observatory" in observatory.aliases, found.entities


def test_a_bay_a_refuge_seas_a_lock_and_bodies_joined_by_and() -> None:
    found = suggest("Researchers from the Fiji Museum, The National Trust of Fiji and "
                    "NatureFiji-MareqetiViti found it. NOAA and partners predict a larger dead "
                    "zone for the Chesapeake Bay and in North America. Ice drifts in the "
                    "Beaufort and Chukchi seas. Dye goes into Locks and Dam 14 on Tuesday. The "
                    "report covers the Arctic National Wildlife Refuge and the northern part "
                    "of the Arctic Refuge. He flew from London England.\n")
    kinds = _types(found)
    assert kinds.get("National Trust of Fiji") == "organisation", kinds
    assert kinds.get("NatureFiji-MareqetiViti") == "organisation", kinds
    assert kinds.get("Chesapeake Bay") == "place" and "Bay" not in kinds, kinds
    assert kinds.get("Beaufort") == kinds.get("Chukchi") == "place", kinds
    assert kinds.get("Locks and Dam 14") == "place", kinds
    assert kinds.get("London") == kinds.get("England") == "place", kinds
    assert _entity(found, "NOAA").aliases == [], found.entities
    refuge = _entity(found, "Arctic National Wildlife Refuge")
    assert refuge.type == "place" and "Arctic Refuge" in refuge.aliases, found.entities


def test_works_said_to_be_so_a_model_s_letters_in_parentheses_and_a_people() -> None:
    found = suggest("Rock Notes has been the newsletter of the survey for years. Volcano "
                    "Watch is a weekly article written by scientists. The Fluvial Egg Drift "
                    "Simulator (FluEgg) model allowed us to examine eggs. Native Americans "
                    "were the first land managers.\n")
    kinds = _types(found)
    assert kinds.get("Rock Notes") == kinds.get("Volcano Watch") == "work", kinds
    assert kinds.get("Fluvial Egg Drift Simulator") == "other", kinds
    assert "FluEgg" in _entity(found, "Fluvial Egg Drift Simulator").aliases, found.entities
    assert not {"Flu", "Egg"} & set(kinds), kinds
    assert kinds.get("Native Americans") == "group" and "Americans" not in kinds, kinds


def test_a_given_name_ending_in_s_a_reordered_bridge_and_agencies_joined_by_a_hyphen() -> None:
    found = suggest("“Our officers work hard,” said Francis Brown, Acting Director of Field "
                    "Operations in El Paso. Officers at the Lincoln Juarez Bridge seized it. "
                    "An officer at the Juarez Lincoln Bridge referred a 2014 Nissan Tsuru III "
                    "for inspection. The 2018 Ford C2 tractor was searched. The 2024 GOP "
                    "primary followed. U.S. Immigration and Customs Enforcement-Homeland "
                    "Security Investigations (ICE-HSI) special agents are investigating.\n")
    kinds = _types(found)
    assert kinds.get("Francis Brown") == "person", kinds
    assert found.quotes[0].speaker_name == "Francis Brown", found.quotes
    bridge = _entity(found, "Lincoln Juarez Bridge")
    assert "Juarez Lincoln Bridge" in bridge.aliases, found.entities
    assert kinds.get("Nissan Tsuru III") == kinds.get("Ford C2") == "other", kinds
    assert kinds.get("GOP") == "organisation", kinds
    assert kinds.get("U.S. Immigration and Customs Enforcement") == "organisation", kinds
    assert kinds.get("Homeland Security Investigations") == "organisation", kinds


def test_a_body_named_alone_then_whom_it_serves_and_a_signature_line() -> None:
    found = suggest("Tag used to identify pages for the Office of Congressional Affairs "
                    "content.\n\nCBP Access is an electronic newspage developed by the Office "
                    "of Congressional Affairs for Members of Congress and staff.\n\n“When "
                    "someone is in distress, their safety comes first.”\n\n– Robert Sellers, "
                    "Supervisory Marine Interdiction Agent, Air and Marine Operations\n")
    kinds = _types(found)
    assert kinds.get("Office of Congressional Affairs") == "organisation", kinds
    assert kinds.get("Congress") == "organisation", kinds
    assert kinds.get("CBP Access") == "work", kinds
    assert kinds.get("Air and Marine Operations") == "organisation", kinds
    assert found.quotes[0].speaker_name == "Robert Sellers", found.quotes


def test_a_judge_after_her_court_a_state_chapter_a_university_s_letters_and_a_licence(
) -> None:
    found = suggest("Mayor Errick Simmons and Chief Judge of the Northern District of "
                    "Mississippi Sharion Aycock addressed the public. Democrats, the "
                    "Mississippi NAACP and ACLU objected. Jackson State is closer to a new "
                    "president, a shock to JSU alumni. The lawsuit says Mississippi’s 1890 "
                    "Constitution violated the act. “We want it,” said Rep. David Baria, "
                    "D-Bay St. Louis, the House minority leader. The database, MAGNOLIA, is "
                    "funded by the state. This work is licensed under a Creative Commons "
                    "Attribution-NoDerivatives 4.0 International License.\n")
    kinds = _types(found)
    assert kinds.get("Sharion Aycock") == kinds.get("Errick Simmons") == "person", kinds
    assert kinds.get("Northern District of Mississippi") in ("place", "organisation"), kinds
    assert kinds.get("Mississippi NAACP") == kinds.get("ACLU") == "organisation", kinds
    assert "JSU" in _entity(found, "Jackson State").aliases, found.entities
    assert kinds.get("1890 Constitution") == "work" and "Constitution" not in kinds, kinds
    assert kinds.get("Bay St. Louis") == "place", kinds
    assert kinds.get("MAGNOLIA") == "work", kinds
    assert kinds.get("Creative Commons Attribution-NoDerivatives 4.0 International License") \
        == "work", kinds


def test_verbs_joined_by_and_share_their_subject_and_a_topic_in_marks_is_no_quote() -> None:
    found = suggest("That halted when Bill Boykin stood up, faced the room and said, “We got "
                    "a brand new courthouse. We don't need to argue.” The memo cited a 2023 "
                    "law on digital resources, focusing on “obscene materials.”\n")
    assert [(q.text[:6], q.speaker_name) for q in found.quotes] == [("We got", "Bill Boykin")], \
        found.quotes


def test_a_body_named_for_two_fields_a_medal_and_a_staff_directory_s_glued_lines() -> None:
    found = suggest("The Institute of Museum and Library Services awarded the National Medals "
                    "for Museum and Library Service. The Congressional Medal of Honor Society "
                    "met. The President sent a budget request to Congress for FY 2019.\n\n"
                    "DIRECTORCrosby Kemper\n\nDEPUTY DIRECTORS\nLibrary ServicesCyndee "
                    "Landrum\nChief Administrator for Museum ServicesChristopher J. Reich\n"
                    "OperatingChris Catignani, Acting\nDirector of Grants Policy and "
                    "ManagementConnie Cox Bodner\nGeneral CounselNancy E. Weiss\n\n"
                    "Image of Dr. Anne-Imelda RadiceLast week, we were honored to be there.\n\n"
                    "Address: 1800 M Street NW, 9th Floor\nWashington, DC 20036-5802\n\n"
                    "Phone (TTY/TDD): 202-653-4614\n"
                    "UpNext, the IMLS Blog: http://blog.imls.gov\n")
    kinds = _types(found)
    assert kinds.get("Institute of Museum and Library Services") == "organisation", kinds
    assert kinds.get("National Medals for Museum and Library Service") == "other", kinds
    assert kinds.get("Congressional Medal of Honor Society") == "organisation", kinds
    assert kinds.get("Congress") == "organisation" and "Congress for FY" not in kinds, kinds
    for person in ("Crosby Kemper", "Cyndee Landrum", "Christopher J. Reich", "Chris Catignani",
                   "Connie Cox Bodner", "Nancy E. Weiss", "Anne-Imelda Radice"):
        assert kinds.get(person) == "person", (person, kinds)
    assert kinds.get("M Street NW") == "place", kinds
    assert kinds.get("UpNext") == "work", kinds
    assert not {"9th Floor", "TTY", "TDD", "Institute of Museum"} & set(kinds), kinds


def test_a_people_in_a_title_case_headline() -> None:
    kinds = _types(suggest("Date published: April 24, 2002\n\nNative Americans Were First Land "
                           "Managers of California's Coastal Ranges\n\nWhile it is known that "
                           "peoples used fire, scientists debated it.\n"))
    assert kinds.get("Native Americans") == "group", kinds
    assert not {"Land Managers", "Coastal Ranges"} & set(kinds), kinds


def test_a_site_by_its_dotted_name_a_keystroke_letters_keeping_small_words_and_a_school(
) -> None:
    found = suggest("You have to credit SciDev.Net where possible. Press Ctrl-C to copy.\n\n"
                    "Work has begun on the online source, known as Access to Scientific "
                    "Knowledge in Africa (ASKIA). Professor Melanie Newport of Brighton and "
                    "Sussex Medical School spoke. We travel to the semi-desert region of the "
                    "Karoo in South Africa. The Chair and Vice Chair of the Federal Reserve met.\n")
    kinds = _types(found)
    assert "SciDev.Net" in kinds and "SciDev" not in kinds, kinds
    assert not any("Ctrl" in name for name in kinds), kinds
    assert "ASKIA" in _entity(found, "Access to Scientific Knowledge in Africa").aliases, \
        found.entities
    assert kinds.get("Brighton and Sussex Medical School") == "organisation", kinds
    assert kinds.get("Karoo") == "place", kinds
    assert kinds.get("Federal Reserve") == "organisation", kinds


def test_a_licence_in_lower_case_with_its_terms_and_a_body_said_to_be_a_newsroom() -> None:
    kinds = _types(suggest("Propublica is an independent 32-person newsroom. Other sites "
                           "reproduce its stories under the Creative Commons Attribution-"
                           "Noncommercial-No Derivative Works license. These stories are also "
                           "published on the Propublica site. Use a Creative Commons 4.0 "
                           "license.\n"))
    assert kinds.get("Propublica") == "organisation", kinds
    assert kinds.get("Creative Commons Attribution-Noncommercial-No Derivative Works license") \
        == "work", kinds
    assert "Creative Commons 4.0 license" not in kinds, kinds


def test_names_in_straight_single_marks_an_award_list_run_together_and_a_state_opening_a_body(
) -> None:
    found = suggest("['Christina Lords', 'Becca Renk', 'Chuck Malloy', 'More From Author']\n\n"
                    "The minister said 'Barack Obama came to London' on Monday. Children are "
                    "dying, a report found, since Idaho Kids Covered released one. I looked out "
                    "at the Boise Foothills. The winners were announced at the banquet, held "
                    "Saturday at the Boise Centre. Lords won the best newsletter category for "
                    "The Sunrise.\n\nHere is the rundown: Best Newsletter – All Media category: "
                    "The Sunrise Christina Lords, Editorial category: 717 bills.\n")
    kinds = _types(found)
    for person in ("Christina Lords", "Chuck Malloy", "Barack Obama"):
        assert kinds.get(person) == "person", (person, kinds)
    assert not {"Renk", "Malloy", "Obama", "The Sunrise Christina Lords",
                "Sunrise Christina Lords"} & set(kinds), kinds
    assert kinds.get("Idaho Kids Covered") != "person", kinds
    assert kinds.get("Boise Foothills") == "place", kinds
    assert kinds.get("Boise Centre") == "place", kinds


def test_it_gives_a_law_its_words() -> None:
    found = suggest("The Aryan Nations movement is rearing its head again.\n\nWe rank 51st "
                    "in spending despite the Idaho Constitution calling for thorough schools "
                    "because, as it notes, the stability of government depends “mainly on the "
                    "intelligence of the people.”\n")
    quote = next(q for q in found.quotes if q.text.startswith("mainly"))
    assert quote.speaker_name == "Idaho Constitution", found.quotes


def test_a_phrase_in_marks_opening_with_a_capital() -> None:
    for text in ("Wikinews 2020: An 'Original reporting' year in review\n\nWe wrote from "
                 "Sydney.\n",
                 "Wikinews 2020: An “Original reporting” year in review\n\nWe wrote from "
                 "Sydney.\n"):
        kinds = _types(suggest(text))
        assert "Original" not in kinds and kinds.get("Sydney") == "place", kinds


def test_a_firm_by_its_site_an_executive_s_post_fields_after_a_dash_and_a_body_called_so(
) -> None:
    found = suggest("The fatal fire at AB Specialty Silicones facility in Waukegan killed four. "
                    "A fire occurred at the Chemtool manufacturing facility on June 14th. The "
                    "fire at the BP-Husky Refinery in Ohio spread. It began at the Evergreen "
                    "Packaging paper mill in Canton. The fire chief said the DOJ/ATF asked him "
                    "to announce it.\n\nCSB Interim Executive Steve Owens said, “Providing "
                    "these updates is important.”\n\nDavid LaCerte, Acting Managing Director, "
                    "and Stephen Klejst, Executive Director – Investigations and "
                    "Recommendations, will engage. CSB’s Director of Recommendations, Charles "
                    "Barbee, spoke.\n\nThe board is generally referred to as \"the U.S. Chemical "
                    "Safety Board\" or \"the CSB.\" The Executive Yuan met.\n")
    kinds = _types(found)
    for firm in ("AB Specialty Silicones", "Chemtool", "Evergreen Packaging", "DOJ", "ATF",
                 "U.S. Chemical Safety Board", "Executive Yuan"):
        assert kinds.get(firm) == "organisation", (firm, kinds)
    assert kinds.get("BP-Husky Refinery") in ("organisation", "place"), kinds
    assert kinds.get("Steve Owens") == "person", kinds
    assert not {"Specialty Silicones", "CSB Interim Executive Steve Owens", "Investigations",
                "Recommendations", "Investigations and Recommendations"} & set(kinds), kinds
    quote = next(q for q in found.quotes if q.text.startswith("Providing"))
    assert quote.speaker_name == "Steve Owens", found.quotes


def test_a_byline_with_a_colon_a_firm_s_form_ending_a_headline_s_name_and_a_memo_s_labels(
) -> None:
    found = suggest("by: Jordan Usdan and Kevin Almasy, Public-Private Initiatives\n\nOver 80% of "
                    "Fortune 500 companies, from Target to Wal-Mart, require online "
                    "applications. The route ran from Exeter to North Tyneside.\n\n"
                    "STATEMENT OF CHAIRWOMAN JESSICA ROSENWORCEL Re: Safeguarding the Internet, "
                    "WC Docket No. 23-320; GN Docket No. 22-270.\n\nCommission Issued Notice of "
                    "Apparent Liability for a $14,000 Forfeiture to Cumulus Licensing LLC for "
                    "Violation of the Equal Employment Opportunity Rules.\nNALF: Word | Acrobat\n")
    kinds = _types(found)
    assert kinds.get("Jordan Usdan") == "person" and kinds.get("Kevin Almasy") == "person", kinds
    assert "Jordan" not in kinds, kinds
    assert kinds.get("Target") == "organisation" and kinds.get("Wal-Mart") == "organisation", \
        kinds
    assert kinds.get("North Tyneside") == "place", kinds
    assert kinds.get("JESSICA ROSENWORCEL") == "person", kinds
    assert kinds.get("Cumulus Licensing LLC") == "organisation", kinds
    assert not {"JESSICA ROSENWORCEL Re", "WC", "GN", "Docket"} & set(kinds), kinds
    assert not any(name.startswith("Cumulus") and "Violation" in name for name in kinds), kinds


def test_a_part_of_a_building_before_it_and_an_infobox_label_glued_to_a_number() -> None:
    found = suggest("Today police arrested 12 individuals in the Rotunda of the U.S. Capitol. "
                    "Others gathered on the Senate East Front of the U.S. Capitol. The Department "
                    "of the Interior wrote. So did the University of the West Indies. The West "
                    "Wing won an award.\n\nHeadquarters119 D Street, NE\nWashington, D.C., U.S. "
                    "20510\n")
    kinds = _types(found)
    assert kinds.get("Rotunda") == "place" and kinds.get("U.S. Capitol") == "place", kinds
    assert kinds.get("Senate East Front") == "place", kinds
    assert kinds.get("Department of the Interior") == "organisation", kinds
    assert kinds.get("University of the West Indies") == "organisation", kinds
    assert kinds.get("D Street") == "place", kinds
    assert kinds.get("West Wing") != "place", kinds
    assert not any(" of the U.S. Capitol" in name or name.startswith("Headquarters")
                   for name in kinds), kinds


def test_plans_by_their_years_a_gerund_goal_and_a_member_with_an_irish_name() -> None:
    found = suggest("Written answers\n\nPhoto of Seán Ó FearghaílSeán Ó Fearghaíl (Kildare "
                    "South, Fianna Fail)\nLink to this: Individually | In context\n\nPhoto of "
                    "Jack ChambersJack Chambers (Dublin West, Fianna Fail)\nLink to this: "
                    "Individually | In context\n\nWe deliver on the Statement of Strategy "
                    "2023-2025 under three goals: Building Capacity; and Delivering Effectively. "
                    "It supports Project Ireland 2040. The National Development Plan was "
                    "revised: the National Development Plan 2021 – 2030 (NDP) is our largest. "
                    "There are commitments in the Programme for Government. Arizona 651, Texas "
                    "565 and others were counted.\n")
    kinds = _types(found)
    assert kinds.get("Seán Ó Fearghaíl") == "person" and kinds.get("Kildare South") == "place", \
        kinds
    assert kinds.get("Jack Chambers") == "person", kinds
    assert kinds.get("Statement of Strategy 2023-2025") == "work", kinds
    assert "Project Ireland 2040" in kinds and "Project Ireland" not in kinds, kinds
    plan = _entity(found, "National Development Plan 2021 – 2030")
    assert "National Development Plan" in plan.aliases, found.entities
    assert kinds.get("Programme for Government") == "other", kinds
    assert "Delivering" not in kinds, kinds
    assert {"Arizona", "Texas"} <= set(kinds), kinds


def test_a_people_after_a_count_an_oath_a_lesson_plan_a_theatre_and_a_lawyer_s_esquire() -> None:
    found = suggest("Immigration Attorney Marcela C. Rodriguez, Esq.\n20 followers\n\nWe welcome "
                    "over 4,000 new Americans. The crash was 4 N Ivanhoe. They took the Oath of "
                    "Allegiance. Teachers use the Establishing Independence lesson plan. "
                    "Ceremonies were held at the Tower Theater in Miami.\n")
    kinds = _types(found)
    assert kinds.get("Americans") == "group" and kinds.get("Ivanhoe") == "place", kinds
    assert kinds.get("Oath of Allegiance") == "work", kinds
    assert kinds.get("Establishing Independence") == "work", kinds
    assert kinds.get("Tower Theater") == "place", kinds
    assert kinds.get("Marcela C. Rodriguez") == "person" and "Esq" not in kinds, kinds


def test_a_statement_s_speaker_a_post_after_a_name_and_a_report_s_long_title_in_marks() -> None:
    found = suggest("Statement of Michael E. Horowitz Inspector General, U.S. Department of "
                    "Justice before the U.S. Senate Committee on the Judiciary concerning "
                    "Examining and Preventing Deaths of Incarcerated Individuals in Federal "
                    "Prisons\n\nChairman Durbin, Ranking Member Graham, and Members of the "
                    "Subcommittee:\n\nThank you for inviting me to discuss the "
                    "Office of the Inspector General’s (OIG)’s “Evaluation of Issues Surrounding "
                    "Inmate Deaths in Federal Bureau of Prisons (BOP) Institutions” (Deaths in "
                    "Custody report). Before turning to the Deaths in Custody report, I note the "
                    "BOP has problems. The Statement of Principles was signed. John Major "
                    "spoke.\n")
    kinds = _types(found)
    assert kinds.get("Michael E. Horowitz") == "person", kinds
    assert not any(name.startswith("Statement of Michael") for name in kinds), kinds
    title = "Evaluation of Issues Surrounding Inmate Deaths in Federal Bureau of Prisons (BOP) " \
        "Institutions"
    assert kinds.get(title) == "work", kinds
    assert "Deaths in Custody" in _entity(found, title).aliases, found.entities
    assert kinds.get("BOP") == "organisation", kinds
    assert kinds.get("Statement of Principles") == "work", kinds
    assert kinds.get("John Major") == "person", kinds
    assert not {"Institutions", "Custody", "Deaths"} & set(kinds), kinds


def test_letters_of_a_body_a_transcriber_s_brackets_a_unit_s_region_and_sides_of_a_continent(
) -> None:
    found = suggest("The European Union supports the efforts in Eastern Ukraine. The EU calls "
                    "on Egypt to act.\n\nWe had the opportunity of exchanging with Minister "
                    "[for Foreign Affairs of Ukraine] Dmytro Kuleba, who addressed the Council."
                    "\n\nShe was Head of the Delegation to Botswana and the Southern African "
                    "Development Community (SADC). She served as Head of Unit for Western "
                    "Africa, then for Eastern and Central Africa. It covers Orange County and the "
                    "Inland Empire.\n")
    kinds = _types(found)
    assert "EU" in _entity(found, "European Union").aliases, found.entities
    assert kinds.get("Eastern Ukraine") == "place", kinds
    assert kinds.get("Ukraine") == "place" and kinds.get("Dmytro Kuleba") == "person", kinds
    assert not any("Foreign Affairs" in name or name.startswith("Unit") for name in kinds), \
        kinds
    assert kinds.get("Southern African Development Community") == "organisation", kinds
    assert kinds.get("Western Africa") == "place", kinds
    assert kinds.get("Eastern and Central Africa") == "place", kinds
    assert kinds.get("Inland Empire") == "place", kinds


def test_a_contact_before_a_post_in_sentence_case_and_a_body_s_address_run_together() -> None:
    found = suggest("For media enquiries\nAntti Kaartinen Press officer\nMobile: +45 2336 1381\n\n"
                    "European Environment Agency Kongens Nytorv 6 1050 Copenhagen K Denmark "
                    "Tel.: +45 33 36 71 00\n\nAn AOR from John Edwards for President asked "
                    "whether contributions may be matched.\n")
    kinds = _types(found)
    assert kinds.get("Antti Kaartinen") == "person", kinds
    assert kinds.get("European Environment Agency") == "organisation", kinds
    assert kinds.get("Kongens Nytorv") == "place", kinds
    assert kinds.get("Copenhagen") == "place" and kinds.get("Denmark") == "place", kinds
    assert "John Edwards for President" in kinds, kinds
    assert not any(name.endswith(("Press", "Nytorv", "Denmark")) and " " in name
                   and name not in ("Kongens Nytorv",) for name in kinds), kinds


def test_a_firm_with_a_place_in_brackets_an_act_with_etc_a_named_day_and_a_way() -> None:
    found = suggest("William Thompson (York) Limited pleaded guilty. Surface Technik (Old Hill) "
                    "Limited, which is now in liquidation, was found guilty. GLF Schools, of "
                    "Picquets Way, Banstead, pleaded guilty to breaching Section 3(1) of the "
                    "Health and Safety at Work etc. Act 1974. Farms open during Open Farm "
                    "Sunday, happening on Sunday 9 June 2024. Events like Open Farm Sunday "
                    "help. Gov. Laura Kelly Tuesday vetoed it. Boats crossed Lake Moomaw "
                    "Wednesday.\n")
    kinds = _types(found)
    assert kinds.get("William Thompson (York) Limited") == "organisation", kinds
    assert kinds.get("Surface Technik (Old Hill) Limited") == "organisation", kinds
    assert kinds.get("Health and Safety at Work etc. Act 1974") == "work", kinds
    assert kinds.get("Open Farm Sunday") == "event", kinds
    assert kinds.get("Picquets Way") == "place", kinds
    assert not {"Limited", "Old Hill", "Open Farm", "Lake Moomaw Wednesday"} & set(kinds), kinds


def test_a_firm_s_letters_before_the_country_it_trades_in_and_a_mine() -> None:
    kinds = _types(suggest("Cement producer CEMEX de Puerto Rico has agreed to pay. We rescued "
                           "nine miners from the Quecreek Mine in Western Pennsylvania. Maria "
                           "de Souza spoke.\n"))
    assert kinds.get("CEMEX de Puerto Rico") == "organisation", kinds
    assert kinds.get("Quecreek Mine") == "place", kinds
    assert kinds.get("Maria de Souza") == "person", kinds


def test_an_act_named_with_commas_and_its_letters_in_brackets() -> None:
    kinds = _types(suggest("PHMSA has advanced safety since the passage of the Pipeline "
                           "Inspection, Protection, Enforcement and Safety (PIPES) Act in "
                           "December, 2006. The Help America Vote Act passed.\n"))
    act = "Pipeline Inspection, Protection, Enforcement and Safety (PIPES) Act"
    assert kinds.get(act) == "work", kinds
    assert kinds.get("Help America Vote Act") == "work", kinds
    assert not {"Pipeline Inspection", "Protection"} & set(kinds), kinds


def test_a_credit_union_before_its_town_and_a_possessive_word_inside_a_body() -> None:
    kinds = _types(suggest("The NCUA liquidated Fair Break Federal Credit Union of Memphis, "
                           "Tennessee. It was established to serve the Dixie Consumer’s "
                           "Cooperative Association in Washington County, Utah. Members of "
                           "the Credit Union of Texas met. Joe Biden’s Justice Department "
                           "spoke.\n"))
    assert kinds.get("Fair Break Federal Credit Union") == "organisation", kinds
    assert kinds.get("Memphis") == "place", kinds
    assert kinds.get("Dixie Consumer’s Cooperative Association") == "organisation", kinds
    assert kinds.get("Credit Union of Texas") == "organisation", kinds
    assert kinds.get("Joe Biden") == "person", kinds
    assert not {"Dixie Consumer", "Cooperative Association"} & set(kinds), kinds


def test_a_release_s_labels_and_a_speaker_named_by_a_statement_s_possessive_title() -> None:
    text = ("For Details, Contact:\nExternal Affairs\n\nMedia Advisory\n\n\nChairman "
            "Johnson’s Statement\non an NCUA Bylaw Review\n\nJanuary 23, 2007, Alexandria, "
            "Va. – \"The continually evolving debate over credit union conversions has "
            "prompted me to direct Agency staff to conduct a review.\"\n\nAs Prepared for "
            "Delivery on July 24, 2025\nBefore we begin, I would like to make a few "
            "remarks.\n")
    found = suggest(text)
    kinds = _types(found)
    assert not {"Details", "Media Advisory", "Prepared for Delivery"} & set(kinds), kinds
    assert kinds.get("Johnson") == "person", kinds
    [quote] = found.quotes
    assert quote.speaker_name == "Johnson", quote


def test_a_judge_s_long_title_a_plural_title_and_a_surname_that_is_a_word_of_places() -> None:
    found = suggest("Chief Administrative Law Judge Carmen Cintron has postponed one hearing. "
                    "Trump replaced Norman Bay as chair. Commissioner Bay subsequently "
                    "resigned. Philip Moeller left, and Tony Clark left too. Obama did not "
                    "nominate replacements for either Commissioners Moeller or Clark. "
                    "Actions of the Commission shall be decided by a majority vote. The "
                    "President declared an emergency concerning the Novel Coronavirus "
                    "Disease.\n")
    kinds = _types(found)
    assert kinds.get("Carmen Cintron") == "person", kinds
    assert kinds.get("Norman Bay") == "person", kinds
    assert kinds.get("Philip Moeller") == "person", kinds
    assert kinds.get("Novel Coronavirus Disease") == "other", kinds
    assert not {"Commissioners Moeller", "Bay", "Actions of the Commission"} & set(kinds), kinds
    assert not any("Judge" in name for name in kinds), kinds


def test_a_court_s_caption_counsel_and_a_law_s_words_under_its_section() -> None:
    text = ("FERC v. MacDonald, 862 F. Supp. 667 (D.N.H. 1994)\n\n*668 Nancy E. Hart, "
            "Asst. U.S. Attys., Concord, NH, for plaintiff.\n\nDaniel W. Allegretti, Brown, "
            "Olson & Wilson, PC, Concord, NH, for defendant.\n\nORDER\n\nBARBADORO, "
            "District Judge.\n\nAtty. John Smith spoke. Under Section 401(e) of the "
            "Department of Energy Organization Act (P.L. 95-91), \"a quorum for the "
            "transaction of business shall consist of at least three members present.\"\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Brown, Olson & Wilson, PC") == "organisation", kinds
    assert kinds.get("BARBADORO") == "person", kinds
    assert kinds.get("John Smith") == "person", kinds
    assert not {"F. Supp", "U.S. Attys", "Olson & Wilson", "Atty. John Smith"} & set(kinds), kinds
    [quote] = found.quotes
    assert quote.speaker_name == "Department of Energy Organization Act", quote


def test_older_state_abbreviations_a_city_opening_with_a_state_and_a_title_before_letters(
) -> None:
    found = suggest("Sarah Ball Johnson, who is the City Clerk for Colorado Springs, Colo., "
                    "and Michael Winn, who is Director of Elections for Travis County, Tex., "
                    "were elected. Today, Chairman EAC administered the oath. Tex Ritter "
                    "sang.\n")
    kinds = _types(found)
    assert kinds.get("Colorado Springs, Colo.") == "place", kinds
    assert kinds.get("Travis County, Tex.") == "place", kinds
    assert kinds.get("EAC") == "organisation", kinds
    assert kinds.get("Tex Ritter") == "person", kinds
    assert not {"Colorado", "Springs, Colo.", "Tex", "Chairman EAC"} & set(kinds), kinds


def test_file_names_a_misprinted_title_and_a_place_with_and_without_its_dots() -> None:
    found = suggest("Commissioner Christy McCormick has been elected. EAC Commisioner Hicks "
                    "BIO revised September 7 2016\n2016 09 07 BIO ChristyMcCormick September 7 "
                    "2016\nU.S. EAC Public Meeting - Chairman Thomas Hicks Statement at Public "
                    "Meeting.\nWASHINGTON, D.C. – The EAC met.\nWashington DC – The EAC met "
                    "again to keep the National Mail Voter Registration Form.\n")
    kinds = _types(found)
    assert kinds.get("Christy McCormick") == "person", kinds
    assert "ChristyMcCormick" in _entity(found, "Christy McCormick").aliases
    assert kinds.get("Thomas Hicks") == "person", kinds
    assert kinds.get("National Mail Voter Registration Form") == "work", kinds
    assert "Washington DC" in _entity(found, "WASHINGTON, D.C.").aliases
    assert not any("BIO" in name or "Commisioner" in name or "Statement" in name
                   for name in kinds), kinds


def test_a_headline_s_subject_before_a_verb_people_take_and_a_county_in_a_headline() -> None:
    text = ("Jul 30 , 2018\n\nNoren Served as Boone County Clerk for More Than 30 Years, EAC "
            "Board of Advisors Member\n\nSilver Spring, Md. – The U.S. Election Assistance "
            "Commission (EAC) met.\n\nForeign Hackers Cripple Texas County’s Email System\n\n"
            "Target Recalls Step Stools with Storage Due to Fall Hazard\n")
    kinds = _types(suggest(text))
    assert kinds.get("Noren") == "person", kinds
    assert kinds.get("Boone County") == "place", kinds
    assert kinds.get("Target") == "organisation", kinds
    assert "Texas County" not in kinds, kinds


def test_a_title_a_dash_and_its_portfolio_a_media_contact_and_an_office_s_letters() -> None:
    text = ("OPA\n\nBIA Logo Indian Affairs - Office of Public Affairs\nMedia Contact: Nedra "
            "Darling, OPA-IA Phone: 202-219-4152\nMedia Contact: TERRY W. VAN HORN / Phone: "
            "(701) 297-7400\n\nWASHINGTON – Principal Deputy Assistant Secretary – Indian "
            "Affairs Aurene M. Martin today affirmed the results. \"I am delighted Ms. Hanna "
            "has accepted,\" said McCaleb. Jeanette Hanna served 42 Federally recognized "
            "tribes.\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Aurene M. Martin") == "person", kinds
    assert kinds.get("Indian Affairs") == "organisation", kinds
    assert kinds.get("Nedra Darling") == "person", kinds
    assert kinds.get("TERRY W. VAN HORN") == "person", kinds
    assert kinds.get("Jeanette Hanna") == "person", kinds
    assert "OPA-IA" in _entity(found, "Office of Public Affairs").aliases
    assert not {"Ms. Hanna", "Federally", "Indian Affairs Aurene M. Martin"} & set(kinds), kinds


def test_coordinates_a_coded_date_a_field_label_a_magazine_and_a_body_s_owner() -> None:
    text = ("Headquarters675 North Randolph St., Ballston, Virginia, U.S.\n38°52′44″N "
            "77°06′32″W / 38.8788°N 77.1088°W\n\nGenerated on 2013Apr04 RefID: 9-61EE988\n\n"
            "The Economist has called DARPA the agency that shaped the modern world. Most "
            "notably, in Japan, the Cabinet Office’s Council on Science, Technology and "
            "Innovation has sponsored the ImPACT program.\n")
    kinds = _types(suggest(text))
    assert kinds.get("The Economist") == "organisation", kinds
    assert kinds.get("Cabinet Office") == "organisation", kinds
    assert kinds.get("Council on Science, Technology and Innovation") == "organisation", kinds
    assert not {"N", "W", "N 77", "Apr04 RefID", "RefID"} & set(kinds), kinds


def test_a_feed_page_s_glued_words_a_contents_line_a_bulletin_s_issue_and_long_titles() -> None:
    text = ("Rate this feedRate this feedRate this feed\n\nU.S. Copyright Office, NewsNet "
            "Issue 749\n\n2Highlights\n\n9Registration and Recordation\n\nAn updated version "
            "of the Copyright Office's Circular 92, \"Copyright Law of the United States and "
            "Related Laws Contained in Title 17 of the United States Code,\" is now "
            "available. He testified before the Subcommittee on Courts, Intellectual "
            "Property, and the Internet.\n")
    kinds = _types(suggest(text))
    assert kinds.get("NewsNet") == "work", kinds
    assert kinds.get("Copyright Law of the United States and Related Laws Contained in Title "
                     "17 of the United States Code") == "work", kinds
    assert kinds.get("Subcommittee on Courts, Intellectual Property, and the Internet") == \
        "organisation", kinds
    assert not {"feedRate", "Recordation", "Highlights", "Internet"} & set(kinds), kinds


def test_a_speaker_after_a_body_s_letters_a_stated_mission_a_country_s_agency_and_a_law() -> None:
    text = ("Source: United States General Services Administration\n\nAs part of the Fiscal "
            "Year 2022 Consolidated Appropriations Act, Congress directed the GSA "
            "Administrator to select a site. “We look forward to it,” said GSA Commissioner "
            "of the Public Buildings Service (PBS) Nina Albert. The GSA supplies products. "
            "Its stated mission is to \"help federal agencies better serve the public by "
            "offering superior workplaces.\"\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Fiscal Year 2022 Consolidated Appropriations Act") == "work", kinds
    assert "GSA" in _entity(found, "United States General Services Administration").aliases
    speakers = [q.speaker_name for q in found.quotes]
    assert speakers == ["Nina Albert", "United States General Services Administration"], \
        speakers


def test_a_time_stamp_s_weekday_a_service_s_link_and_a_country_s_treasury() -> None:
    text = ("Bonneville Power Administration\nEmergency Messages as of 10:29 am, Mon. May. 22\n"
            "Manage my existing Subscription\n\nThe U.S. Treasury was paid. Mon State voted.\n")
    kinds = _types(suggest(text))
    assert kinds.get("U.S. Treasury") == "organisation", kinds
    assert kinds.get("Mon State") == "place", kinds
    assert not {"Mon", "Subscription"} & set(kinds), kinds


def test_a_surname_without_its_accent_storms_a_headline_s_gerund_and_an_agency_s_app() -> None:
    text = ("» More Information on Florida Hurricane Frances\n\nDisaster Recovery Center in St. "
            "Albans is Relocating to Dunbar\n\n\"The first step is a call away,\" said Justo "
            "Hernández, FEMA federal coordinating officer. \"Once you register, call,\" "
            "Hernandez added. It is at the Clayton County Fairgrounds. There are now 18 "
            "centers assisting those affected by hurricanes Charley and Frances. To locate "
            "a center, check the FEMA app.\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Hurricane Frances") == "event", kinds
    assert kinds.get("Florida") == "place", kinds
    assert kinds.get("Clayton County Fairgrounds") == "place", kinds
    assert kinds.get("FEMA") == "organisation", kinds
    assert kinds.get("Charley") == "event", kinds
    assert "Hernandez" in _entity(found, "Justo Hernández").aliases
    assert "Relocating" not in kinds, kinds


def test_an_initial_and_a_surname_is_a_person() -> None:
    kinds = _types(suggest("Information icon Cumberland sand-wort by D. Pineros.\n\nHe lives on "
                           "S. Main Street in St. Louis.\n"))
    assert kinds.get("D. Pineros") == "person", kinds
    assert kinds.get("S. Main Street") == "place", kinds
    assert kinds.get("St. Louis") == "place", kinds


def test_a_firm_s_letters_for_an_ampersand_a_docket_s_letters_and_a_law_s_number() -> None:
    text = ("U.S. flag signifying that this is a United States Federal government website\n\n"
            "The Board approved a request to acquire the rail line of Meridian & Bigbee "
            "Railroad, L.L.C. (MNBR) in Alabama. It will buy from MNBR. The Board issued a "
            "statement in Docket No. FD 36284 and its rule in Docket No. EP 755. In the "
            "Surface Transportation Board Reauthorization Act of 2015 (P.L. 114-110), "
            "Congress expanded the Board.\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Meridian & Bigbee Railroad, L.L.C.") == "organisation", kinds
    assert "MNBR" in _entity(found, "Meridian & Bigbee Railroad, L.L.C.").aliases
    assert "P.L. 114-110" in _entity(
        found, "Surface Transportation Board Reauthorization Act of 2015").aliases
    assert kinds.get("United States") == "place", kinds
    assert not {"United States Federal", "FD", "EP 755", "EP", "MNBR"} & set(kinds), kinds


def test_places_listed_before_their_plural_head_are_places() -> None:
    kinds = _types(suggest("The railway would run in Carbon, Duchesne, Uintah, and Utah "
                           "Counties, Utah.\n"))
    assert kinds.get("Duchesne") == "place", kinds
    assert kinds.get("Uintah") == "place", kinds


def test_british_rules_by_name_and_number_with_brackets_and_footnotes() -> None:
    text = ("This report is published in accordance with: the Railway Safety Directive "
            "2004/49/EC; the Railways and Transport Safety Act 2003; and the Railways "
            "(Accident Investigation and Reporting) Regulations 2005. It meets the "
            "requirement of the European Railway Safety Directive (2004/49/EC). A body is "
            "excluded by the Railways and Other Guided Transport Systems (Safety) Regulations "
            "2006 (as amended) (ROGS).\n\n1 In accordance with Regulation 12(2)(b) of the "
            "Railways (Accident Investigation and Reporting) Regulations 2005 2 In accordance "
            "with Regulation 12(2)(b)(i)\n\nORR sponsors the Rail Ombudsman, which is a free "
            "service.\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Railways (Accident Investigation and Reporting) Regulations 2005") == \
        "work", kinds
    assert kinds.get("Railway Safety Directive 2004/49/EC") == "work", kinds
    assert "European Railway Safety Directive" in _entity(
        found, "Railway Safety Directive 2004/49/EC").aliases
    assert "ROGS" in _entity(
        found, "Railways and Other Guided Transport Systems (Safety) Regulations 2006").aliases
    assert kinds.get("Rail Ombudsman") == "organisation", kinds
    assert not {"Railways", "Railway Safety", "EC", "ROGS",
                "Railways (Accident Investigation and Reporting) Regulations"} & set(kinds), kinds


def test_a_letter_s_greeting_and_an_address_run_into_one_line() -> None:
    text = ("Dear Carolyn\n\nI write to report on the recommendations.\n\nRAIB Email: "
            "[email protected] The Wharf Telephone: 01332 253300 Stores Road Fax: 01332 253301 "
            "Derby UK Website: www.raib.gov.uk DE21 4BA\n")
    kinds = _types(suggest(text))
    assert kinds.get("Carolyn") == "person", kinds
    assert kinds.get("Derby") == "place", kinds
    assert kinds.get("UK") == "place", kinds
    assert kinds.get("Stores Road") == "place", kinds
    assert not {"DE21 4BA", "Derby UK Website", "Derby UK"} & set(kinds), kinds


def test_a_table_of_vessels_each_row_a_name_then_a_description() -> None:
    text = ("Vessel’s name Accident/incident type Date of incident *Status of investigation\n"
            "Peggotty Sinking of a motor yacht in the Humber estuary. 19/05/16 Under "
            "investigation\n"
            "Harvester Loss of UK fishing vessel off Abereiddy, Wales, resulting in loss of "
            "life. 28/04/16 Under investigation\n"
            "Pauline Mary (WY 845) Fatal man overboard from a fishing boat, east of "
            "Hartlepool, England. 02/09/16 Under investigation\n"
            "CMA CGM Simba / Domingue Capsize of the tug Alp Forward in the Firth of Forth, "
            "off the Scilly Isles. 20/09/16 Preliminary Assessment\n")
    kinds = _types(suggest(text))
    for vessel in ("Peggotty", "Harvester", "Pauline Mary", "CMA CGM Simba", "Domingue",
                   "Alp Forward"):
        assert kinds.get(vessel) == "other", (vessel, kinds)
    assert kinds.get("Firth of Forth") == "place", kinds
    assert kinds.get("Scilly Isles") == "place", kinds
    assert not {"Peggotty Sinking", "Harvester Loss of UK", "Fatal", "Domingue Capsize",
                "Pauline"} & set(kinds), kinds


def test_names_before_a_lower_case_word_outside_a_table_stay_whole() -> None:
    kinds = _types(suggest("Apple Pie recipes are popular. 19/05/16\nSurprise Party planned "
                           "for Friday.\n"))
    assert "Apple" not in kinds and "Surprise" not in kinds, kinds


def test_a_report_s_title_page_its_address_block_and_a_double_spaced_quote() -> None:
    text = ("Report on the investigation of the\n\ncapsize of the fishing vessel\n\nLaura Jane "
            "(SE80)\n\nwith the loss of one life\n\nin Plymouth Sound\n\non 7 May 2018\n\n"
            "Extract from the Regulations 2012 – Regulation 5:\n\n“The sole objective of the "
            "investigation of an accident under the Merchant Shipping (Accident\n\nReporting "
            "and Investigation) Regulations 2012 shall be the prevention of future accidents\n\n"
            "through the ascertainment of its causes and circumstances. It shall not be the "
            "purpose of an\n\ninvestigation to determine liability nor, except so far as is "
            "necessary to achieve its objective,\n\nto apportion blame.”\n\nNOTE\n\nThis report "
            "is not written with litigation in mind and, pursuant to Regulation 14(14) of the"
            "\n\nMerchant Shipping (Accident Reporting and Investigation) Regulations 2012, "
            "shall be\n\ninadmissible in any judicial proceedings whose purpose, or one of "
            "whose purposes is to\n\nattribute or apportion liability or blame.\n\n"
            "Marine Accident Investigation Branch\nFirst Floor, Spring Place\n"
            "105 Commercial Road\nSouthampton Email: maib@dft.gov.uk\n"
            "United Kingdom Telephone: +44 (0) 23 8039 5500\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Plymouth Sound") == "place", kinds
    assert kinds.get("Southampton") == "place", kinds
    assert kinds.get("United Kingdom") == "place", kinds
    assert "Southampton Email" not in kinds and "Plymouth" not in kinds, kinds
    assert [q.text[:20] for q in found.quotes] == ["The sole objective o"], found.quotes


def test_a_canadian_letter_s_address_block_its_honours_and_its_postcodes() -> None:
    text = ("Place du Centre\n200 Promenade du Portage\n4th Floor\nGatineau, Quebec\nK1A 1K8\n\n"
            "The Honourable Dominic LeBlanc, P.C., M.P.\nPresident of the Queen’s Privy Council "
            "for Canada\nHouse of Commons\nOttawa, Ontario K1A 0A3\n\nDear Minister,\n\n"
            "The Honourable Peter Van Loan, P.C., M.P. Leader of the Government in the House "
            "of Commons House of Commons Ottawa, K1A 0A6\n\nThe Board submits its report.\n")
    kinds = _types(suggest(text))
    assert kinds.get("Dominic LeBlanc") == "person", kinds
    assert kinds.get("Queen’s Privy Council for Canada") == "organisation", kinds
    assert kinds.get("House of Commons") == "organisation", kinds
    assert kinds.get("Promenade du Portage") == "place", kinds
    assert kinds.get("Ottawa") == "place", kinds
    assert not {"K1A", "P.C.", "Ontario K1A", "Van", "Honourable Dominic LeBlanc, P.C.",
                "Place du Centre 200 Promenade du Portage",
                "House of Commons House of Commons Ottawa"} & set(kinds), kinds


def test_a_heading_s_first_word_is_no_short_form_of_a_name_it_opens() -> None:
    kinds = _types(suggest("Policy updates\nThe Board changed two policies.\n- The Policy on "
                           "Occurrence Classification now makes provision for summaries.\n"))
    assert kinds.get("Policy on Occurrence Classification") == "work", kinds
    assert "Policy" not in kinds, kinds


def test_a_manual_s_narrow_column_its_address_lines_and_a_post_after_a_comma() -> None:
    text = ("United States Botanic Garden\n\nCapitol Visitor Center; conservation\n"
            "of murals and decorative paintings in\nthe Capitol; improvement of speech-\n"
            "reinforcement, electrical, and fire-\nprotection systems in the Capitol and\n"
            "congressional office buildings; work on\nsecurity improvements within the Capitol\n"
            "complex; renovation, restoration, and\nmodification of the interiors and exteriors\n"
            "of the Thomas Jefferson and John Adams\nBuildings of the Library of Congress and\n"
            "provision of off-site book storage facilities\nfor the Library; and facility "
            "management\nof the Thurgood Marshall Federal\nJudiciary Building.\n"
            "Conservatory, 100 Maryland Avenue, SW.,Washington, DC 20001\n"
            "955 L'Enfant Plaza North SW., Suite 4000, Washington, DC 20024\n\n"
            "The garden encompasses the National Garden and the Capitol Grounds.\n\n"
            "Meet Saharah Moon Chapotin, Executive Director.\n")
    kinds = _types(suggest(text))
    assert kinds.get("Thurgood Marshall Federal Judiciary Building") == "place", kinds
    assert kinds.get("Thomas Jefferson") == "place", kinds
    assert kinds.get("John Adams Buildings") == "place", kinds
    assert kinds.get("Maryland Avenue") == "place", kinds
    assert kinds.get("National Garden") == "place", kinds
    assert kinds.get("Capitol Grounds") == "place", kinds
    assert kinds.get("Saharah Moon Chapotin") == "person", kinds
    assert not {"Judiciary Building", "Maryland", "Suite"} & set(kinds), kinds


def test_an_australian_report_s_front_matter_its_laws_and_an_aircraft() -> None:
    text = ("The ATSB Annual Report 2020–21 outlines performance.\n\n© Commonwealth of "
            "Australia 2020 Australian Transport Safety Bureau\n\nCONTACT US Enquiries "
            "regarding this license are welcome at: Australian Transport Safety Bureau PO Box "
            "967 Civic Square ACT 2608\n\nThe bureau reported on the ditching of VH-NGA "
            "Westwind II and did not retrieve VH-NGA's recorder, as Annex 13 of the "
            "International Civil Aviation Organisation's Chicago Convention asks. See the "
            "Transport Safety Investigation Act 2003, section 12AD, and Subsections 13(1) "
            "and (3), TSI Act. This is explained in Section 8 of the Data Protection Act "
            "2018.\n")
    found = suggest(text)
    kinds = _types(found)
    assert "ATSB Annual Report 2020–21" in kinds, kinds
    assert kinds.get("Commonwealth of Australia") == "place", kinds
    assert kinds.get("Australian Transport Safety Bureau") == "organisation", kinds
    assert kinds.get("VH-NGA Westwind II") == "other", kinds
    assert "VH-NGA" in _entity(found, "VH-NGA Westwind II").aliases
    assert "TSI Act" in _entity(found, "Transport Safety Investigation Act 2003").aliases
    assert kinds.get("International Civil Aviation Organisation") == "organisation", kinds
    assert kinds.get("Data Protection Act 2018") == "work", kinds
    assert not {"12AD", "CONTACT US Enquiries", "Enquiries",
                "Section 8 of the Data Protection Act 2018",
                "Transport Safety Bureau PO Box 967 Civic Square ACT"} & set(kinds), kinds


def test_two_names_the_story_writes_alone_joined_by_and_are_two() -> None:
    kinds = _types(suggest("The Idaho Capital Sun won. States Newsroom is its parent. Here is "
                           "the rundown of the Idaho Capital Sun and States Newsroom awards.\n"))
    assert "Idaho Capital Sun and States Newsroom" not in kinds, kinds
    assert kinds.get("States Newsroom") == "organisation", kinds


def test_british_roads_by_number_a_feed_s_glued_time_stamps_and_a_junction() -> None:
    text = ("News and communications2020-09-24T15:18:55+01:00Operation Stack activated on coast "
            "bound M20 between junctions 8 and 9 in KentDue to disruption, drivers are advised "
            "to plan ahead. A bridge over the M6 will be dismantled in Staffordshire.tag:www."
            "gov.uk,2005:/government/news/link-roads-closed2017-07-20T11:20:16+01:00Link roads "
            "closed for Spaghetti Junction repair scheme\n\nA1 Brampton Hut to Sandy: routine "
            "maintenance\n\nLane closures will be in place on the A1 overnight.\n")
    kinds = _types(suggest(text))
    assert kinds.get("Operation Stack") == "event", kinds
    for road in ("M20", "M6", "A1"):
        assert kinds.get(road) == "place", (road, kinds)
    assert kinds.get("Spaghetti Junction") == "place", kinds
    assert kinds.get("Staffordshire") == "place", kinds
    assert not {"Stack", "Staffordshire.tag", "A1 Brampton Hut"} & set(kinds), kinds


def test_a_speaker_after_a_body_s_letters_and_a_title_s_comma_and_a_mark_left_open() -> None:
    text = ("“This result is significant for the local population of kōkako,” says Department "
            "of Conservation (DOC) Senior Ranger, Rebecca Newland.\n\nKōkako are a taonga for "
            "local iwi – Ngāti Mākino – and they hold a special place.\n\n“Preserving our "
            "native kōkako species is deeply rooted in our connection to the land, says Ngāti "
            "Mākino Tribal Authority Environmental Manager John Rapana.\n\n“From an iwi "
            "perspective, we are obligated to maintain our role.”\n\nOne site trial was on Te "
            "Hauturu-o-Toi/Little Barrier Island.\n")
    found = suggest(text)
    speakers = [q.speaker_name for q in found.quotes]
    assert speakers == ["Rebecca Newland", "John Rapana", "John Rapana"], speakers
    assert "Te Hauturu-o-Toi" in _entity(found, "Little Barrier Island").aliases
    assert _types(suggest("Kōkako are a taonga for the iwi Ngāti Mākino and for Ngāi Tahu.\n"))\
        .get("Ngāti Mākino") == "group"


def test_a_term_whose_meaning_is_discussed_a_code_s_citation_and_a_street_s_quarter() -> None:
    found = suggest("Washington, DC – The Postal Regulatory Commission has established a docket "
                    "to invite public comments on the meaning of “other public services or "
                    "activities” by the Postal Service under 39 U.S.C.3651(b)(1)(C). The "
                    "conference is at 901 New York Ave. NW, Suite 200 Washington, DC 20268.\n")
    assert not found.quotes, found.quotes
    kinds = _types(found)
    assert "U.S.C." not in kinds, kinds
    assert kinds.get("New York Ave. NW") == "place", kinds


def test_a_body_then_a_post_before_a_comma_and_the_one_who_holds_it() -> None:
    kinds = _types(suggest("Marine Mammal Commission Scientific Advisor, Robert Suydam (right), "
                           "spoke. On behalf of the United States Consulate General, "
                           "Alexandria, welcome.\n"))
    assert kinds.get("Marine Mammal Commission") == "organisation", kinds
    assert kinds.get("Robert Suydam") == "person", kinds
    assert "Marine Mammal Commission Scientific Advisor" not in kinds, kinds
    assert "United States Consulate General" in kinds, kinds


def test_a_federal_register_masthead_s_labels_and_an_address_s_attention_line() -> None:
    kinds = _types(suggest(
        "[Federal Register Volume 90, Number 87 (Wednesday, May 7, 2025)]\n[Notices]\n"
        "[Pages 19284-19286]\nFrom the Federal Register Online via the Government Publishing "
        "Office [www.gpo.gov]\n[FR Doc No: 2025-07896]\n\nADDRESSES: Submit comments to the "
        "Denali Commission, Attention: Anne Stanislowski, 550 W 7th Avenue, Suite 1230, "
        "Anchorage, AK 99501.\n"))
    assert not {"Doc", "Notices", "Pages 19284-19286", "Attention"} & set(kinds), kinds
    assert kinds.get("Anne Stanislowski") == "person", kinds
    assert kinds.get("Government Publishing Office") == "organisation", kinds
    # two categories in brackets on lines of their own are still a list's items
    kinds = _types(suggest("Grants awarded:\n[Institutes for School Teachers]\n$40,000\n"
                           "[Collaborative Research Projects]\n$60,000\n"))
    assert "Institutes for School Teachers" in kinds, kinds


def test_a_wiki_heading_s_first_word_opens_a_sentence() -> None:
    kinds = _types(suggest("= Northern Border Regional Commission =\n\n== Grant programs ==\n"
                           "The Catalyst Program is a competitive grant program.\n\n"
                           "==Service area==\nThe service area consists of upstate New York.\n"))
    assert not {"Grant", "Service"} & set(kinds), kinds
    assert kinds.get("Northern Border Regional Commission") == "organisation", kinds
    assert kinds.get("New York") == "place", kinds


def test_a_said_block_ends_where_a_release_s_closing_lines_begin() -> None:
    found = suggest("The Charity Commission has today published inquiry reports.\n\nMichelle "
                    "Russell, Head of Investigations and Enforcement, said:\n\nSome charities "
                    "have stopped giving excuses and we hope our message is getting through.\n\n"
                    "PR 68/14\n\nFor press enquiries contact the press office.\n\nNotes to "
                    "Editors\n\n1. The Charity Commission is the independent regulator.\n"
                    "2. Our mission is to be the independent registrar of charities.\n")
    assert [q.text[:15] for q in found.quotes] == ["Some charities "], found.quotes
    assert found.quotes[0].speaker_name == "Michelle Russell", found.quotes


def test_a_regulator_s_headlines_name_whom_it_acts_on_and_firms_by_their_legal_form() -> None:
    kinds = _types(suggest(
        "Enforcement Actions\n\nThe CFTC Division of Enforcement investigates alleged "
        "violations of the Commodity Exchange Act. The CFTC takes actions against firms.\n\n"
        "CFTC Orders Citibank, N.A. and London-based Citigroup Global Markets Limited to Pay "
        "a $550,000 Penalty for Swap Data Reporting Violations\n"
        "CFTC Orders Merrill, Lynch, Pierce, Fenner & Smith Incorporated to Pay $2.5 Million "
        "to Settle Charges of Supervision Failures\n"
        "CFTC Charges Nicholas Gelfman and Gelfman Blueprint, Inc. with Fraudulent "
        "Solicitation in Bitcoin Ponzi Scheme\n"
        "CFTC Charges Florida Resident Nikolay Masanko, and Their Companies Blackbox Pulse, "
        "LLC and White Cloud Mountain, LLC with Fraud\n"
        "CFTC Charges Floridian Christopher Smithers with Fraud in Connection with "
        "Commodity-Related Activities\n"
        "CFTC Orders Morgan Stanley Smith Barney LLC to Pay $200,000 for Supervision "
        "Violations\n"
        "Federal Court Orders Oscar Hernandez and His Companies to Pay $1.4 Million in "
        "Penalties\n"
        "CFTC Finds that The Bank of Tokyo-Mitsubishi UFJ, Ltd. Engaged in Spoofing of "
        "Treasury Futures\n"))
    for firm in ("Citibank, N.A.", "Citigroup Global Markets Limited",
                 "Merrill, Lynch, Pierce, Fenner & Smith Incorporated", "Gelfman Blueprint, Inc.",
                 "Blackbox Pulse, LLC", "White Cloud Mountain, LLC",
                 "Morgan Stanley Smith Barney LLC", "Bank of Tokyo-Mitsubishi UFJ, Ltd."):
        assert kinds.get(firm) == "organisation", (firm, kinds)
    for person in ("Nicholas Gelfman", "Nikolay Masanko", "Christopher Smithers",
                   "Oscar Hernandez"):
        assert kinds.get(person) == "person", (person, kinds)
    assert kinds.get("CFTC") == "organisation", kinds
    assert not any("Orders" in name or "Charges" in name or "Pay" in name or
                   name.startswith("Companies") for name in kinds), kinds


def test_a_headline_of_thirty_six_words_is_still_a_headline() -> None:
    kinds = _types(suggest(
        "Enforcement Actions\n\nThe CFTC takes enforcement actions against firms.\n\n"
        "Federal Court Orders Martin B. Rosenthal to Pay $1.2 Million for Aiding and Abetting "
        "the Making of False Statements to the NFA, Failing to Register as a Commodity Trading "
        "Advisor, and Violating a Previous CFTC Order\n"))
    assert kinds.get("Martin B. Rosenthal") == "person", kinds
    assert not {"Failing", "Register", "Aiding and Abetting the Making of False Statements"} \
        & set(kinds), kinds


def test_whom_a_regulator_acts_on_listed_with_and_and_a_headline_that_leaves_his_in_lower_case(
        ) -> None:
    kinds = _types(suggest(
        "Enforcement Actions\n\nThe CFTC takes enforcement actions against firms.\n\n"
        "CFTC Charges Florida Company Mintco LLC and Florida Residents Stuart Rubin and "
        "Richard Q. Zimmerman with Engaging in Illegal, Off-Exchange Precious Metals "
        "Transactions and Defrauding Customers\n"
        "CFTC Orders Indiana Resident Terry Lee Phillips and his Two Companies to Pay "
        "Restitution and a Civil Monetary Penalty Totaling More than $234,000 for Fraud and "
        "Misappropriation\n"
        "CFTC Charges Boston Resident John B. Wilson and His Company with Commodity Pool "
        "Fraud\n"))
    assert kinds.get("Mintco LLC") == "organisation", kinds
    assert kinds.get("John B. Wilson") == "person", kinds
    for person in ("Stuart Rubin", "Richard Q. Zimmerman", "Terry Lee Phillips"):
        assert kinds.get(person) == "person", (person, kinds)
    assert not {"Restitution", "Fraud", "Misappropriation", "Florida Company Mintco LLC",
                "Company", "His Company"} & set(kinds), kinds


def test_a_release_from_washington_its_dateline_in_capitals_and_its_press_contact() -> None:
    found = suggest(
        "U.S. Office of Special Counsel\n 1730 M Street, N.W., Suite 218\n Washington, D.C. "
        "20036-4505\n\nFOR IMMEDIATE RELEASE - 3/23/05\nCONTACT: CATHY DEEDS, 202-254-3600\n"
        "                 cdeeds@osc.gov\n\n      WASHINGTON -- The U.S. Office of Special "
        "Counsel (OSC) has reached a settlement in a case involving an attorney in the Civil "
        "Division of the Department of Justice (DOJ) in Washington. The employee will serve a "
        "short suspension.\n")
    kinds = _types(found)
    assert kinds.get("CATHY DEEDS") == "person", kinds
    assert kinds.get("Civil Division") == "organisation", kinds
    assert kinds.get("Department of Justice") == "organisation", kinds
    assert "Civil Division of the Department of Justice" not in kinds, kinds
    assert not {"WASHINGTON", "WASHINGTON, DC"} & set(kinds), kinds
    washington = next(e for e in found.entities if e.name == "Washington, D.C.")
    assert "WASHINGTON" in washington.aliases, washington
    justice = next(e for e in found.entities if e.name == "Department of Justice")
    assert "DOJ" in justice.aliases, justice


def test_a_dateline_with_its_state_undotted_joins_the_city_of_the_letterhead() -> None:
    found = suggest(
        "Office of Special Counsel\n Washington, D.C. 20036-4505\n\nWASHINGTON, DC – As of "
        "January 1, the Office of Special Counsel will no longer accept claims.\n")
    assert "WASHINGTON, DC" not in _types(found), _types(found)
    washington = next(e for e in found.entities if e.name == "Washington, D.C.")
    assert "WASHINGTON, DC" in washington.aliases, washington


def test_a_part_of_a_body_keeps_its_name_when_its_body_has_no_letters_after_it() -> None:
    kinds = _types(suggest("She reads at the Marksbury Family Branch of the Lexington Public "
                           "Library on Thursday.\n"))
    assert "Marksbury Family Branch of the Lexington Public Library" in kinds, kinds


def test_a_peoples_plural_possessive_inside_a_bodys_name() -> None:
    kinds = _types(suggest(
        "Claims went to the Department of Labor Veterans’ Employment and Training Service "
        "(VETS). Others wrote to the Department of Veterans’ Affairs. The Department of "
        "Veterans Affairs’ Office of Inspector General agreed.\n"))
    assert kinds.get("Department of Labor Veterans’ Employment and Training Service") == \
        "organisation", kinds
    assert kinds.get("Department of Veterans’ Affairs") == "organisation", kinds
    assert kinds.get("Office of Inspector General") == "organisation", kinds
    assert not {"Department of Labor Veterans", "Affairs", "Employment and Training Service"} \
        & set(kinds), kinds


def test_a_body_named_for_the_law_it_enforces_stays_whole_beside_the_law() -> None:
    kinds = _types(suggest(
        "The U.S. Office of Special Counsel’s (OSC’s) Hatch Act Unit is sharing three "
        "settlement agreements. Hatch Act rules bar political activity on duty.\n"))
    assert kinds.get("Hatch Act Unit") == "organisation", kinds
    assert kinds.get("Hatch Act") in ("work", "other"), kinds
    assert "Unit" not in kinds, kinds


def test_a_speech_verb_that_is_a_verbs_object_is_a_noun_and_cues_no_quote() -> None:
    found = suggest(
        "OSC accepted claims from employees whose number ends in an odd digit, while VETS "
        "investigated “even-numbered” claims.\n\nAlfred Smith claims that “the deal is done,” "
        "and he left.\n")
    assert [(q.text.rstrip(","), q.speaker_name) for q in found.quotes] == [
        ("the deal is done", "Alfred Smith")], found.quotes


def test_a_state_division_whose_letters_leave_out_its_first_words_is_one_body() -> None:
    kinds = _names("FEMA and the Iowa Division of Homeland Security and Emergency Management "
                   "(HLSEM) will open two centers.\n")
    assert kinds.get("Iowa Division of Homeland Security and Emergency Management") == \
        "organisation", kinds
    assert "Iowa Division" not in kinds, kinds


def test_a_body_named_for_a_titles_holder_and_a_field_that_heads_events() -> None:
    found = suggest("A speech by Martin Coleman at King's College London, then at Queen’s "
                    "University Belfast.\n\nCompetition and Markets Authority\n\nThe speech "
                    "was given at the Competition & Markets Authority. It weighs competition "
                    "in markets.\n")
    kinds = _types(found)
    assert kinds.get("King's College London") == "organisation", kinds
    assert kinds.get("Queen’s University Belfast") == "organisation", kinds
    assert kinds.get("Competition and Markets Authority") == "organisation", kinds
    assert "Competition & Markets Authority" in _entity(
        found, "Competition and Markets Authority").aliases, found.entities
    assert not {"London", "Markets Authority", "Competition"} & set(kinds), kinds


def test_a_body_with_its_peoples_adjective_then_another_and_a_law_no_acronym_expands() -> None:
    found = suggest("The CMA took over cases. Cooperation with the European Commission and EU "
                    "national competition authorities? The duty to align our rulings under "
                    "section 60 of the Competition Act was in the air.\n")
    kinds = _types(found)
    assert kinds.get("European Commission") == "organisation", kinds
    assert "Commission" not in kinds, kinds
    assert kinds.get("CMA") == "organisation", kinds
    act = _entity(found, "Competition Act")
    assert "CMA" not in act.aliases, act


def test_firms_listed_in_pairs_across_slashes_and_broadcasters_in_a_list() -> None:
    kinds = _names(
        "Microsoft / Activision sit alongside transactions such as Sainsburys / Asda, Kraft / "
        "Cadbury, Melrose / GKN and Pfizer’s attempted take-over of a rival.\n\n"
        "Sky, BT, IMG, ITV and BBC admitted to breaking the law. The CMA announces a work "
        "programme alongside its third State of Competition report.\n")
    for firm in ("Sainsburys", "Asda", "Kraft", "Cadbury", "Melrose", "GKN", "Sky", "BT"):
        assert kinds.get(firm) == "organisation", (firm, kinds)
    assert kinds.get("State of Competition") == "work", kinds


def test_an_agency_by_its_words_first_syllables_and_its_head_by_the_field_before_the_title(
        ) -> None:
    found = suggest(
        "The Maritime Administration (MARAD) promotes the U.S. Merchant Marine. MARAD "
        "awards grants.\n\n“We are very excited,” said Maritime Administrator Mark H. Buzby. "
        "Acting Maritime Administrator Lucinda Lessley agreed.\n")
    kinds = _types(found)
    assert "MARAD" in _entity(found, "Maritime Administration").aliases, found.entities
    assert "MARAD" not in kinds, kinds
    assert kinds.get("U.S. Merchant Marine") == "organisation", kinds
    assert kinds.get("Mark H. Buzby") == "person", kinds
    assert kinds.get("Lucinda Lessley") == "person", kinds
    assert not {"Maritime", "Marine"} & set(kinds), kinds


def test_a_speakers_name_in_capitals_after_her_titles_and_a_slides_two_officials() -> None:
    kinds = _names(
        "REMARKS AS PREPARED BY\n\nMARITIME ADMINISTRATOR REAR ADM. (RET) ANN PHILLIPS\n\n"
        "As Prepared: American Association of Port Authorities Remarks\n\nOn behalf of the "
        "agency, I am happy to be here today and to thank the ports.\n\nMission: to promote "
        "the industry and its workers in every port of the nation.\n\nAdministrator Mark "
        "Buzby Deputy Administrator Richard Balzano\n")
    assert kinds.get("ANN PHILLIPS") == "person", kinds
    assert kinds.get("American Association of Port Authorities") == "organisation", kinds
    assert kinds.get("Mark Buzby") == "person", kinds
    assert kinds.get("Richard Balzano") == "person", kinds


def test_a_post_for_a_field_names_no_body() -> None:
    kinds = _names("A special thank you to Vice President for Research Initiatives, Ann Lee, "
                   "and to the Special Envoy for Syria. Health Resources Services "
                   "Administration Administrator Carole Johnson and the Member for Florey "
                   "spoke.\n")
    assert kinds.get("Ann Lee") == "person", kinds
    assert kinds.get("Health Resources Services Administration") == "organisation", kinds
    assert "Florey" in kinds, kinds
    assert kinds.get("Syria") == "place", kinds
    assert not {"Research Initiatives", "Initiatives"} & set(kinds), kinds


def test_reserves_listed_with_their_counties_and_a_reserve_before_the_word() -> None:
    kinds = _names(
        "Six of England’s most precious natural sites were designated as National Nature "
        "Reserves. The Reserves celebrating their anniversary are:\nCavenham Heath, Suffolk\n"
        "East Dartmoor, Devon\nHolme Fen, Cambridgeshire\nKingley Vale, West Sussex\n\n"
        "Since then great white egrets nested at Natural England’s Shapwick Heath reserve. "
        "Natural "
        "England and Yorkshire Wildlife Trust manage it.\n")
    for place in ("Cavenham Heath", "Holme Fen", "Kingley Vale", "East Dartmoor",
                  "Shapwick Heath", "Suffolk", "Cambridgeshire", "Devon"):
        assert kinds.get(place) == "place", (place, kinds)
    assert kinds.get("Natural England") == "organisation", kinds
    assert kinds.get("Yorkshire Wildlife Trust") == "organisation", kinds
    assert "Natural England and Yorkshire Wildlife Trust" not in kinds, kinds


def test_a_body_named_for_two_places_or_two_things_stays_whole() -> None:
    kinds = _names("The Great Lakes are vast. The Great Lakes and Ohio River Division met the "
                   "Wild Horse and Burro Program.\n")
    assert "Great Lakes and Ohio River Division" in kinds, kinds
    assert "Wild Horse and Burro Program" in kinds, kinds


def test_a_blogs_label_line_a_posts_own_words_and_a_byline_run_into_today() -> None:
    kinds = _names(
        "Holme Fen peatland restoration project\n\nPosted by: , Posted on: - Categories: "
        "Biodiversity, Climate change, Nature Recovery, Peat\n\nBy Catherine Weightman, "
        "Natural England’s Senior Project Manager for Peatland Restoration. I’ve been "
        "working on the project for years.\n\nBy Sally Marshall, Principal Landscape "
        "Adviser, Natural England Today (14 May 2024) we are launching a website.\n")
    assert kinds.get("Catherine Weightman") == "person", kinds
    assert kinds.get("Sally Marshall") == "person", kinds
    assert kinds.get("Natural England") == "organisation", kinds
    assert not {"Posted", "Climate", "Senior Project", "Natural England Today"} & set(kinds), \
        kinds


def test_a_committees_roster_in_two_columns_of_capitals() -> None:
    kinds = _names(
        "                        COMMITTEE ON THE BUDGET\n\n"
        "                  JOHN A. YARMUTH, Kentucky, Chairman\n"
        "HAKEEM S. JEFFRIES, New York         JASON SMITH, Missouri,\n"
        "BRIAN HIGGINS, New York                Ranking Member\n"
        "  Vice Chairman                      TOM McCLINTOCK, California\n"
        "DANIEL T. KILDEE, Michigan           MICHAEL BURGESS, Texas\n"
        "JODEY C. ARRINGTON, Texas            GLENN GROTHMAN, Wisconsin\n")
    for person in ("JOHN A. YARMUTH", "HAKEEM S. JEFFRIES", "JASON SMITH", "BRIAN HIGGINS",
                   "TOM McCLINTOCK", "DANIEL T. KILDEE", "MICHAEL BURGESS",
                   "JODEY C. ARRINGTON", "GLENN GROTHMAN"):
        assert kinds.get(person) == "person", (person, kinds)
    for place in ("Kentucky", "New York", "Missouri", "California", "Texas"):
        assert kinds.get(place) == "place", (place, kinds)
    assert "McCLINTOCK" not in kinds, kinds


def test_bodies_named_together_then_another_by_its_letters() -> None:
    kinds = _names("The act of 1974 established a new process, including creating the House "
                   "and Senate Budget Committees and CBO.\n")
    assert kinds.get("CBO") == "organisation", kinds
    assert "House and Senate Budget Committees and CBO" not in kinds, kinds


def test_aircraft_by_registration_and_the_places_a_bulletins_items_name() -> None:
    kinds = _names(
        "The Air Accidents Investigation Branch has published its bulletin.\n\n"
        "The correspondence investigations comprise:\n\nCommercial Air Transport (3)\n\n"
        "  • SE-MAP – Belfast International Airport\n"
        "  • G-TOYZ – West Usk Lighthouse, Newport, Gwent\n\nGeneral Aviation (2)\n\n"
        "  • G-BOPD – Fishburn Airfield, County Durham\n"
        "  • G-WINS – Approximately 7nm SE of Jersey Airport\n")
    for craft in ("SE-MAP", "G-TOYZ", "G-BOPD", "G-WINS"):
        assert kinds.get(craft) == "other", (craft, kinds)
    for place in ("Belfast International Airport", "West Usk Lighthouse", "Newport", "Gwent",
                  "Fishburn Airfield", "County Durham", "Jersey Airport"):
        assert kinds.get(place) == "place", (place, kinds)
    assert not {"Belfast", "Jersey"} & set(kinds), kinds
    more = _names("The aircraft struck trees near Northrepps Aerodrome, Norfolk, and another "
                  "landed at Snetterton Racetrack on Sunday.\n")
    assert more.get("Northrepps Aerodrome") == "place", more
    assert more.get("Snetterton Racetrack") == "place", more


def test_a_flattened_tables_rows_registration_type_and_status_apart() -> None:
    kinds = _names(
        "Date Reg Type Accident / Incident type Status\n"
        "29 Apr 2017 G-ZBKF BOEING 787-9 Gradual decompression en route London Heathrow to "
        "Delhi, India - aircraft returned to London Heathrow Under Investigation\n"
        "29 Mar 2017 G-OHCP AS355F1 Fatal accident at summit of Rhinog Fawr, Snowdonia Under "
        "Investigation\n"
        "11 Feb 2017 N603AB CESSNA 402C Runway excursion on landing at Gorda Airport, British "
        "Virgin Islands Under Investigation\n")
    for craft in ("G-ZBKF", "G-OHCP", "N603AB"):
        assert kinds.get(craft) == "other", (craft, kinds)
    for place in ("Delhi", "India", "Rhinog Fawr", "Gorda Airport", "British Virgin Islands"):
        assert place in kinds, (place, kinds)
    assert not [name for name in kinds if name.endswith(("Investigation", "Gradual", "Fatal"))
                or name.startswith(("G-ZBKF ", "G-OHCP "))], kinds


def test_a_headline_over_its_outlet_after_a_dash_is_no_list_item() -> None:
    kinds = _names("Our stories, republished\n\nHow Criminal Cops Often Avoid Jail — ProPublica\n"
                   "\nVOA – CONNECT\n\nThe reporters found that officers kept their jobs.\n")
    assert "Criminal Cops Often Avoid Jail" not in kinds, kinds
    assert kinds.get("VOA") != "place", kinds


def test_a_body_named_for_fields_listed_with_commas_and_its_possessive_post() -> None:
    found = suggest(
        "Office for Standards in Education, Children's Services and Skills\n\nThe Office for "
        "Standards in Education, Children's Services and Skills (Ofsted) is a non-ministerial "
        "department. Yvette Stanley is Ofsted’s National Director. An inspection is called a "
        "'full report' and is done under the law.\n")
    kinds = _types(found)
    office = "Office for Standards in Education, Children's Services and Skills"
    assert kinds.get(office) == "organisation", kinds
    assert "Ofsted" in _entity(found, office).aliases, found.entities
    assert not {"Standards in Education", "Children's Services", "Skills"} & set(kinds), kinds
    assert found.quotes == [], found.quotes


def test_a_possessive_before_a_post_in_title_case_names_a_body() -> None:
    kinds = _names("Yvette Stanley: I am Ofsted’s National Director for Regulation. I have been "
                   "with Ofsted for four years, and I work at Ofsted still.\n")
    assert kinds.get("Ofsted") == "organisation", kinds


def test_an_infobox_label_of_two_words_glued_to_its_value() -> None:
    kinds = _names("Ofsted\nAgency overview\nFormed1992\nTypeNon-ministerial government "
                   "department\nParent departmentDepartment for Education\n\nOfsted is a "
                   "department of the government. It reports to Parliament.\n")
    assert kinds.get("Department for Education") == "organisation", kinds
    assert not {"TypeNon-ministerial", "Non-ministerial", "Education",
                "departmentDepartment for Education"} & set(kinds), kinds


def test_a_listings_kind_glued_to_its_headline_and_projects_that_build_things() -> None:
    kinds = _names(
        "Wood pole structures: the backbones of WAPANews feature\nKeeping WAPA safe in "
        "2021News feature\nDOE names interim Administrator and CEO\nNews release\n\nThese "
        "projects include the Cross-Tie Transmission Line through Nevada and the Southline "
        "Transmission Project that crosses Arizona, and the Montana Alberta Tie-Line Project "
        "(MATL) in Montana.\n")
    assert kinds.get("WAPA") == "organisation", kinds
    assert "News" not in kinds and "WAPANews" not in kinds, kinds
    assert kinds.get("Southline Transmission Project") == "other", kinds
    assert kinds.get("Montana Alberta Tie-Line Project") == "other", kinds


def test_a_quote_said_by_a_post_of_a_body_goes_to_the_posts_holder() -> None:
    found = suggest(
        "The Chief Inspector of Ofsted said it was \"encouraging\" that more schools "
        "improved last term.\n\nSir Michael Wilshaw, Her Majesty's Chief Inspector, spoke on "
        "the day Ofsted published its statistics.\n\nA spokesman for the Department said it "
        "was \"a good day\".\n")
    speakers = {q.text.rstrip(".,"): q.speaker_name for q in found.quotes}
    assert speakers.get("encouraging") == "Michael Wilshaw", speakers


def test_a_food_recalls_firms_and_products_and_their_records() -> None:
    found = suggest(
        "UK – Iceland recalls Iceland Ready Cooked Diced Chicken Breast because of possible "
        "presence of uncooked chicken.\n\nIceland is recalling Iceland Ready Cooked Diced "
        "Chicken Breast because some packs may contain uncooked chicken.\n\nProduct details\n\n"
        "Iceland Ready Cooked Diced Chicken Breast\nPack size 800g\nBest before 17 June 2023\n\n"
        "UK – PASCO Foods recalls PASCO Delhi Tikka Masala and PASCO Rajestani Jalfrezi cooking "
        "sauces because of shortened shelf life\n\nProduct details\n\nPASCO Delhi Tikka Masala "
        "Cooking Sauce\nPack size 350g\nBatch code 229020\nPASCO Rajestani Jalfrezi Cooking "
        "Sauce\nPack size 350g\nBest before 26 August 2024\n\nViridian International Ltd recalls "
        "two batches of its Licorice Root Vegetarian Capsules.\n\n  • Licorice Root 30 "
        "Vegetarian Capsules and Licorice Root 90 Vegetarian Capsules\n  • Pack size: Glass "
        "jars containing 30/90 capsules\n  • Batch codes: 2912206 for 30 capsules\n\nUse by "
        "date: 20 July 2013 Pack size: 200g and 400g\n")
    kinds = _types(found)
    assert kinds.get("Iceland") == "organisation", kinds
    for product in ("Iceland Ready Cooked Diced Chicken Breast",
                    "PASCO Delhi Tikka Masala Cooking Sauce",
                    "PASCO Rajestani Jalfrezi Cooking Sauce",
                    "Licorice Root Vegetarian Capsules", "Licorice Root 30 Vegetarian Capsules",
                    "Licorice Root 90 Vegetarian Capsules"):
        assert kinds.get(product) == "other", (product, kinds)
    assert "PASCO Delhi Tikka Masala" in _entity(
        found, "PASCO Delhi Tikka Masala Cooking Sauce").aliases, found.entities
    assert "PASCO Rajestani Jalfrezi" in _entity(
        found, "PASCO Rajestani Jalfrezi Cooking Sauce").aliases, found.entities
    assert not {"Delhi", "PASCO", "Pack"} & set(kinds), kinds


def test_board_minutes_officials_and_their_posts() -> None:
    found = suggest(
        "Officials Attending:\n\nEmily Miles - Chief Executive\nKatie Pettifer-    Chief "
        "Executive\n\nAndrew Ashworth-    Achieving Business Compliance - Head of Project "
        "Delivery (for FSA 25/06/04)\n\nKate Hargreaves-    Head of Strategy Unit (FSA "
        "25/06/10)\n\nAs part of this process, FSA Wales and FSA NI have bid for their "
        "budgets. I worked at Ofcom, another regulator, before I joined the FSA.\n")
    kinds = _types(found)
    assert kinds.get("Emily Miles") == "person", kinds
    assert not {"Project", "Delivery", "Wales and FSA NI"} & set(kinds), kinds
    assert kinds.get("FSA Wales") == "organisation" and kinds.get("FSA NI") == "organisation", \
        kinds
    assert kinds.get("Ofcom") == "organisation", kinds
    assert "FSA" in kinds and "FSA" not in _entity(found, "Strategy Unit").aliases, \
        found.entities


def test_a_surname_that_ends_like_a_place_word_after_a_given_name() -> None:
    kinds = _names("Joan Rivers and Emily Miles met the press in Beverly Hills, then flew to "
                   "Palm Springs.\n")
    assert kinds.get("Joan Rivers") == "person" and kinds.get("Emily Miles") == "person", kinds
    assert kinds.get("Beverly Hills") == "place" and kinds.get("Palm Springs") == "place", kinds


def test_an_infoboxs_lines_with_labels_glued_to_their_values_are_no_headlines() -> None:
    kinds = _names(
        "UK Space Agency\nAgency overview\nAbbreviationUKSA\nJurisdictionUnited Kingdom, Crown "
        "Dependencies and British Overseas Territories\nHeadquartersQuad Two Building (1st "
        "Floor), Rutherford Avenue, Didcot, Oxfordshire\nChief ExecutivePaul Bate\nDeputy Chief "
        "ExecutivesAnnelies Look and Chris White-Horne\nOwnerDepartment for Science, Innovation "
        "and Technology\n\nThe United Kingdom Space Agency (UKSA) is an executive agency of the "
        "Government of the United Kingdom. It is based at the Harwell Campus near Didcot.\n")
    for place in ("Crown Dependencies", "British Overseas Territories", "Quad Two Building",
                  "Oxfordshire"):
        assert kinds.get(place) == "place", (place, kinds)
    for person in ("Paul Bate", "Annelies Look", "Chris White-Horne"):
        assert kinds.get(person) == "person", (person, kinds)
    assert kinds.get("Department for Science, Innovation and Technology") == "organisation", \
        kinds
    assert "ExecutivePaul Bate" not in kinds, kinds


def test_a_person_is_no_short_form_of_the_building_named_for_her() -> None:
    kinds = _names("Lord Drayson announced it at the Queen Elizabeth II Conference Centre on 23 "
                   "March 2010. On that day, Queen Elizabeth II unveiled a plaque.\n")
    assert kinds.get("Queen Elizabeth II") == "person", kinds
    assert kinds.get("Queen Elizabeth II Conference Centre") == "place", kinds


def test_a_quote_opening_with_its_verb_in_brackets_is_its_subjects() -> None:
    found = suggest(
        "The United Kingdom Space Agency (UKSA) is an executive agency. It represents the "
        "United Kingdom in all negotiations on space matters.[4][5] The Agency \"[brings] "
        "together all UK civil space activities under one single management\".[2] It is based "
        "at the Harwell Campus.\n")
    speakers = {q.text[:8]: q.speaker_name for q in found.quotes}
    assert speakers.get("[brings]") == "United Kingdom Space Agency", speakers


def test_a_release_quote_signed_below_and_a_portfolio_after_its_comma() -> None:
    found = suggest(
        "LONGUEUIL, QC, July 10, 2019 /CNW/ - Today the Honourable Navdeep Bains, Minister of "
        "Innovation, Science and Economic Development, was at the Canadian Space Agency (CSA) "
        "headquarters.\nQuote\n\"Today, I am happy to welcome one of our space explorers back "
        "to Canada. David showed the resourcefulness that makes him a role model.\"\nThe "
        "Honourable Navdeep Bains, Minister of Innovation, Science and Economic Development\n"
        "Links\n")
    kinds = _types(found)
    assert "Science and Economic Development" not in kinds, kinds
    speakers = {q.text[:5]: q.speaker_name for q in found.quotes}
    assert speakers.get("Today") == "Navdeep Bains", speakers


def test_a_line_under_a_quote_that_a_width_broke_is_no_credit() -> None:
    found = suggest(
        "\"Twenty-five years after the first Canadian flew into space, Canada\ncontinues to be a "
        "leader in space exploration,\" said Minister Goodyear.\n\"Having two Canadian "
        "astronauts in space at the same time is truly a\nCanadian space milestone.\"\nSteve "
        "MacLean, President of the CSA and former astronaut, started the event\nby greeting "
        "the two Canadian astronauts. Then Minister Goodyear asked Robert\nand Julie "
        "questions about their work aboard the ISS. Canadian Astronauts Julie Payette and\n"
        "Robert Thirsk answered. Gary Goodyear thanked them.\n")
    speakers = {q.text[:6]: q.speaker_name for q in found.quotes}
    assert speakers.get("Having") != "Steve MacLean", speakers
    assert "Julie Payette" in _types(found), found.entities


def test_space_craft_and_missions_and_a_firms_three_letters() -> None:
    found = suggest(
        "The Canadian Space Agency (CSA) will provide $10.5 million to MDA to continue technical "
        "support for Canadarm2 on the ISS. Canada is extending its collaboration with NASA to "
        "participate in the Mars Science Laboratory mission, also known as the Mars Curiosity "
        "rover. It also signals future space missions to the Moon, Mars and beyond.\n")
    kinds = _types(found)
    assert kinds.get("MDA") == "organisation", kinds
    assert kinds.get("Canadarm2") == "other", kinds
    assert kinds.get("Mars Science Laboratory") == "other", kinds
    assert "Mars Curiosity" in _entity(found, "Mars Science Laboratory").aliases, found.entities
    assert kinds.get("Mars") == "place", kinds


def test_a_star_after_its_kind_and_its_other_name() -> None:
    found = suggest("NASA will send the song toward the star Polaris, commonly known as the "
                    "North Star. The rock star Bono Vox sang it.\n")
    kinds = _types(found)
    assert kinds.get("Polaris") == "other", kinds
    assert "North Star" in _entity(found, "Polaris").aliases, found.entities
    assert kinds.get("Bono Vox") == "person", kinds


def test_a_central_banks_short_names_and_a_statement_on_the_conduct_of_policy() -> None:
    release = suggest(
        "Today I am releasing, with the Reserve Bank of Australia, an updated Statement on the "
        "Conduct of Monetary Policy. The Statement has been agreed with the Reserve Bank "
        "Board. It helps implement recommendations of the RBA Review.\n")
    kinds = _types(release)
    assert "Statement" in _entity(
        release, "Statement on the Conduct of Monetary Policy").aliases, release.entities
    assert "Conduct of Monetary Policy" not in kinds, kinds
    assert "Review" not in kinds, kinds
    speech = suggest(
        "Just a few months ago, the Australian Government released the findings of the "
        "independent review into the Reserve Bank. It is a pleasure to be in Australia. The "
        "Review also concluded that the RBA has a dedicated staff. The Board and the Bank’s "
        "staff have supported the Review.\n")
    assert {"RBA", "Bank"} <= set(_entity(speech, "Reserve Bank").aliases), speech.entities


def test_a_speech_with_footnote_numbers_peoples_and_a_case() -> None:
    found = suggest(
        "Acknowledgment of Country\n\nGood morning, all. I too acknowledge Aboriginal and "
        "Torres Strait Islander peoples as the traditional custodians. Today I am speaking from "
        "Gadigal country. I pay my respects to the Wurundjeri Woi-wurrung and Bunurong people, "
        "and to First Nations people.\n\nCourts have tested the supply of Y bar for rural "
        "fencing1, publishing of regional newspapers in Murray Bridge South Australia2, access "
        "to rail lines in the Pilbara3, Power Generation in the Northern Territory5, and rugby "
        "league in News Ltd v South Sydney7 and in the SuperLeague case.8\n")
    kinds = _types(found)
    for group in ("Aboriginal and Torres Strait Islander", "Gadigal", "Wurundjeri Woi-wurrung",
                  "Bunurong", "First Nations"):
        assert kinds.get(group) == "group", (group, kinds)
    for place in ("Murray Bridge", "South Australia", "Pilbara", "Northern Territory"):
        assert kinds.get(place) == "place", (place, kinds)
    assert kinds.get("News Ltd v South Sydney") == "other", kinds
    assert not [name for name in kinds if name[-1].isdigit()], kinds


def test_a_workshop_and_a_body_named_for_two_fields() -> None:
    found = suggest(
        "09/04/2025 | Press release | Distributed by Public on 09/03/2025 21:16\n\n2025 "
        "Competition and Consumer Workshop: ACCC keynote address\n\nThe Australian Competition "
        "and Consumer Commission spoke at the Law Council Annual Competition and Consumer Law "
        "workshop. The Government set up a Competition Taskforce within Treasury.\n")
    kinds = _types(found)
    assert kinds.get("Australian Competition and Consumer Commission") == "organisation", kinds
    assert kinds.get("Law Council Annual Competition and Consumer Law") == "event", kinds
    assert kinds.get("Competition Taskforce") == "organisation", kinds
    assert "Distributed" not in kinds and "Consumer Workshop" not in kinds, kinds


def test_a_release_in_a_narrow_ragged_column_and_an_agency_by_its_short_words() -> None:
    found = suggest(
        "2023 Census Announced\nWednesday, 28 September 2022, 1:02 pm\nPress Release: "
        "Statistics New Zealand\nThe next national census will be held on "
        "Tuesday, 7 March\n2023, Stats NZ announced today.\n“The five-yearly\nofficial count "
        "of population and dwellings gives the most\ncomplete picture of life in our "
        "country,” Government\nStatistician and Chief Executive of Stats NZ, Mark Sowden\n"
        "said.\n“The information collected is invaluable,\nhelping communities, iwi, councils, "
        "businesses, and\ngovernment make important decisions about where to fund and\nlocate "
        "services that affect all people living in Aotearoa\nNew Zealand.”\nVisit our "
        "website to read this\nnews story:\n")
    assert "Stats NZ" in _entity(found, "Statistics New Zealand").aliases, found.entities
    quotes = [(q.text.split()[:3], q.speaker_name) for q in found.quotes]
    assert quotes == [(["The", "five-yearly", "official"], "Mark Sowden"),
                      (["The", "information", "collected"], "Mark Sowden")], quotes


def test_a_depression_is_an_event() -> None:
    kinds = _names("The 1931 census was cancelled due to the effects of the Great Depression, "
                   "as was the 1941 census due to World War II.\n")
    assert kinds.get("Great Depression") == "event", kinds


def test_a_committee_reports_numbers_case_and_block_quote() -> None:
    found = suggest(
        "Chapter 3 Maintaining the electoral roll\n\nBackground\n\n3.2                   After "
        "the final close of rolls following the High Court’s decision in Rowe v Electoral "
        "Commissioner [2010] HCA 46 (Rowe), 14 088 260 electors were enrolled.[2]\n\n"
        "3.3Australia’s unusual approach to enrolment stems from compulsory voting. "
        "Enrolment is supported by federal direct enrolment and direct update (FDEU) "
        "authority given to the Australian Electoral Commission (AEC). Ron Levy, a barrister "
        "from Selby Street Chambers, summarised this reasoning as follows:\n\nBecause the AEC "
        "is an independent entity with a mandate, it wants to have people on the roll.[3]\n\n"
        "Electoral roll discrepancies\n")
    kinds = _types(found)
    assert kinds.get("Rowe v Electoral Commissioner") == "other", kinds
    assert "Rowe" in _entity(found, "Rowe v Electoral Commissioner").aliases, found.entities
    assert kinds.get("Australia") == "place" and kinds.get("FDEU") == "other", kinds
    assert "Maintaining" not in kinds, kinds
    speakers = {q.text[:7]: q.speaker_name for q in found.quotes}
    assert speakers.get("Because") == "Ron Levy", speakers


def test_a_report_on_a_field_an_inquiry_by_its_subject_and_peoples_then_their_nation() -> None:
    kinds = _names(
        "The report presents estimates of expenditure on services for Aboriginal and Torres "
        "Strait Islander Australians. The Report on Government Services provides information. "
        "Two projects generated debate: the Compensation and Rehabilitation for Veterans "
        "inquiry and the Senate inquiry. The Statement on the Conduct of Monetary Policy was "
        "agreed.\n")
    assert kinds.get("Aboriginal and Torres Strait Islander") == "group", kinds
    assert kinds.get("Report on Government Services") == "work", kinds
    assert kinds.get("Compensation and Rehabilitation for Veterans") == "event", kinds
    assert kinds.get("Senate") == "organisation", kinds
    assert kinds.get("Statement on the Conduct of Monetary Policy") == "work", kinds


def test_a_seismologists_title_names_no_one() -> None:
    kinds = _names("Download audio grabs from Senior Seismologist Dr Phil Cummins here. This "
                   "includes prepared grabs from a Senior Seismologist for use on radio. "
                   "Seismologist Michelle Salmon said the quake was widely felt.\n")
    assert kinds.get("Phil Cummins") == "person" and kinds.get("Michelle Salmon") == "person", \
        kinds
    assert not {"Seismologist", "Senior Seismologist"} & set(kinds), kinds


def test_a_research_support_vessel_in_a_pages_title() -> None:
    kinds = _names("Australia’s new icebreaker – RSV Nuyina\n\nAustralia’s new Antarctic "
                   "icebreaker, RSV Nuyina, is due to arrive in Hobart in 2020.\n")
    assert kinds.get("RSV Nuyina") == "other", kinds


def test_a_person_of_a_town_is_the_person_then_the_town() -> None:
    kinds = _names(
        "Mead Treadwell of Anchorage, Alaska, has been named Chair. He is joined by Vera "
        "Kingeekuk Metcalf of Nome, Alaska. She succeeds Mary Jane Fate of Rampart and "
        "Fairbanks, who served since 1991. The Bank of Springfield, Illinois, lent the money. "
        "Catherine of Aragon was queen.\n")
    assert kinds.get("Mead Treadwell") == "person", kinds
    assert kinds.get("Vera Kingeekuk Metcalf") == "person", kinds
    assert kinds.get("Mary Jane Fate") == "person", kinds
    assert {kinds.get(p) for p in ("Anchorage", "Nome", "Rampart", "Fairbanks")} == {"place"}, \
        kinds
    assert "Bank of Springfield" in kinds and "Catherine of Aragon" in kinds, kinds


def test_a_nickname_in_brackets_and_marks_inside_a_persons_name() -> None:
    found = suggest(
        "Liz Cravalho photo.jpeg\n\nMs. Elizabeth (\"Liz\") Qaulluq Cravalho\n\nMs. Deborah "
        "Vo\n\nA vacancy exists, as former commissioner Major General Randy (\"Church\") Kee, "
        "USAF (ret.) resigned his position. Miss Georgia USA was crowned.\n")
    kinds = _types(found)
    assert kinds.get('Elizabeth ("Liz") Qaulluq Cravalho') == "person", kinds
    assert "Liz Cravalho" in _entity(found, 'Elizabeth ("Liz") Qaulluq Cravalho').aliases, \
        found.entities
    assert kinds.get('Randy ("Church") Kee') == "person", kinds
    assert "Ms. Elizabeth" not in kinds and "Miss Georgia USA" in kinds, kinds


def test_a_post_of_a_fellow_and_a_firm_in_apposition() -> None:
    kinds = _names(
        "Treadwell is a Senior Fellow at the Institute of the North, and is Chairman of Venture "
        "Ad Astra, an Anchorage-based firm developing imaging technologies. Tom Reed Hall, a "
        "company spokesman, agreed.\n")
    assert "Fellow" not in kinds and "Senior Fellow" not in kinds, kinds
    assert kinds.get("Venture Ad Astra") == "organisation", kinds
    assert kinds.get("Tom Reed Hall") == "person", kinds


def test_a_directors_body_and_a_list_that_ends_a_bodys_name() -> None:
    kinds = _names(
        "He is a Professor at the Institute for the Study of Earth, Oceans, and Space at the "
        "University of New Hampshire, and the Director of the Water Systems Analysis Group.\n")
    assert kinds.get("Institute for the Study of Earth, Oceans, and Space") == "organisation", \
        kinds
    assert kinds.get("Water Systems Analysis Group") == "organisation", kinds
    assert not {"Oceans", "Space", "Director of the Water Systems Analysis Group"} & set(kinds), \
        kinds


def test_the_body_named_first_by_its_head_and_letters_without_the_country() -> None:
    found = suggest(
        "The U.S. Arctic Research Commission met. Smith was appointed to the Commission in "
        "2001. Jones is with the Eskimo Walrus Commission. Kee took a post in the US Department "
        "of Defense (DoD). He will help the DoD's newest center.\n")
    assert "Commission" in _entity(found, "U.S. Arctic Research Commission").aliases, \
        found.entities
    assert "DoD" in _entity(found, "US Department of Defense").aliases, found.entities
    assert not {"Commission", "DoD"} & set(_types(found)), found.entities


def test_a_long_reports_title_in_marks_and_its_author_after_the_report() -> None:
    kinds = _names(
        "The commission's biennial \"Report on the Goals and Objectives for Arctic Research "
        "2013-2014 for the U.S. Arctic Research Program\" recommends five themes. Fran Ulmer "
        "released it. In releasing the report, Ulmer said, \"Dramatic changes in the arctic "
        "environment combine to make it very important that decision makers have access to "
        "research.\"\n")
    title = ("Report on the Goals and Objectives for Arctic Research 2013-2014 for the U.S. "
             "Arctic Research Program")
    assert kinds.get(title) == "work", kinds
    assert kinds.get("Fran Ulmer") == "person", kinds
    assert "Dramatic" not in kinds and "Report" not in kinds, kinds


def test_a_white_house_release_masthead_posts_and_degrees() -> None:
    kinds = _names(
        "View Header\n\nTHE WHITE HOUSE\n\nOffice of the Press Secretary\n\nPresident Clinton "
        "today announced his intention to designate Jared L. Cohon as Chairman of the Board of "
        "the Nuclear Waste Technical Review Board.\n\nDr. Cohon is currently Dean of the School "
        "of Forestry and Environmental Studies at Yale University. He received his B.S. in "
        "Geology from the University of Pennsylvania and his M.S. and Ph.D. in civil "
        "engineering from Massachusetts Institute of Technology. Dr. Bullen is Director of "
        "UTR-10 Nuclear Reactor Laboratory. Dr. Caporuscio worked at Los Alamos National "
        "Laboratory on the Yucca Mountain Project. The Senate Committee on the Judiciary met. "
        "Dean Martin sang.\n")
    assert kinds.get("WHITE HOUSE") == "organisation", kinds
    assert kinds.get("Nuclear Waste Technical Review Board") == "organisation", kinds
    assert kinds.get("School of Forestry and Environmental Studies") == "organisation", kinds
    assert kinds.get("UTR-10 Nuclear Reactor Laboratory") == "organisation", kinds
    assert "Los Alamos National Laboratory" in kinds and "Yucca Mountain Project" in kinds, kinds
    assert "Senate Committee on the Judiciary" in kinds and "Dean Martin" in kinds, kinds
    assert not {"B.S.", "M.S.", "Ph", "Geology"} & set(kinds), kinds
    assert not any(name.startswith(("Chairman", "Dean of")) for name in kinds), kinds


def test_a_headline_with_a_dash_label_and_a_term_the_body_writes_in_lower_case() -> None:
    found = suggest(
        "Press Release - Performance Confirmation Monitoring and Retrievability of Emplaced "
        "High-Level Radioactive Waste and Spent Nuclear Fuel are Focus of U.S. NWTRB Meeting "
        "in Washington, DC\n\nThe U.S. Nuclear Waste Technical Review Board will hold a public "
        "meeting in Washington, D.C. on Tuesday, March 27, 2018, to review retrievability of "
        "emplaced high-level radioactive waste (HLW) and spent nuclear fuel (SNF). It will be "
        "preceded by a one-day international workshop on the Siting of Radioactive Waste "
        "Facilities.\n")
    kinds = _types(found)
    assert "Washington, DC" in _entity(found, "Washington, D.C.").aliases, found.entities
    assert "Spent Nuclear Fuel" not in kinds, kinds
    assert not any(name.startswith(("Confirmation", "Focus")) for name in kinds), kinds
    assert kinds.get("Siting of Radioactive Waste Facilities") == "event", kinds


def test_a_directory_whose_titles_are_glued_to_the_names() -> None:
    kinds = _names(
        "Office of the Director\nDeputy DirectorRichard R. Giacolone\n\nAssistant DirectorGary "
        "Hattal\nAttorney-AdvisorDawn Starr\nEqual Employment Opportunity DirectorDenise "
        "McKenney\nField OperationsD. Scott Blake\nNational RepresentativeScot Beckenbaugh\n\n"
        "The Service helps labor and management resolve disputes.\n")
    people = {"Richard R. Giacolone", "Gary Hattal", "Dawn Starr", "Denise McKenney",
              "D. Scott Blake", "Scot Beckenbaugh"}
    assert {kinds.get(p) for p in people} == {"person"}, kinds
    assert not any(name.startswith(("Director", "Advisor", "Field")) for name in kinds), kinds


def test_a_release_contact_block_and_what_a_body_offers() -> None:
    kinds = _names(
        "You are subscribed to News and Announcements for Federal Mediation and Conciliation "
        "Service.\n\nContact: Greg Raelson\n\nOffice of Congressional & Public Affairs\n\nPhone: "
        "(202) 606-8081\n\nWASHINGTON, DC – The Federal Mediation and Conciliation Service "
        "(FMCS) announces online mediation. The Center for Disease Control agreed.\n")
    assert kinds.get("Office of Congressional & Public Affairs") == "organisation", kinds
    assert kinds.get("Federal Mediation and Conciliation Service") == "organisation", kinds
    assert "Center for Disease Control" in kinds, kinds
    assert not {"News", "Announcements", "Office of Congressional"} & set(kinds), kinds
    assert not any(name.startswith("Announcements") for name in kinds), kinds


def test_a_manual_entry_its_laws_other_names_and_a_statutes_words() -> None:
    found = suggest(
        "To begin searching within the\nGovernment Manual simply type\nin a keyword.\n\nThe "
        "service helps government entities. On June 23, 1947, the \"Labor Management "
        "Relations Act, 1947,\" became law. This Act is also referred to as the Taft-Hartley "
        "Act because two members sponsored the bill. The FMCS \"may proffer its services in "
        "any labor dispute in any industry affecting commerce\" (29 U.S.C. 173). Amendments to "
        "the original Labor Management Relations Act widened it.\n")
    kinds = _types(found)
    law = _entity(found, "Labor Management Relations Act, 1947")
    assert {"Taft-Hartley Act", "Labor Management Relations Act"} <= set(law.aliases), law
    assert kinds.get("Government Manual") == "work", kinds
    assert not {"Manual", "U.S.C. 173", "Taft-Hartley Act"} & set(kinds), kinds
    speakers = {q.text[:9]: q.speaker_name for q in found.quotes}
    assert speakers.get("may proff") == "29 U.S.C. 173", speakers


def test_a_statement_under_its_title_and_a_sites_menu() -> None:
    found = suggest(
        "FMCS Today\n \n\nNotable Events\n \n\nCalendar\n \n\nStatement by FMCS Director George H. "
        "Cohen on Negotiations Between ILWU Locals and Grain Handlers\n \n \nRelease Date: "
        "10/18/2012\n\nWASHINGTON, D.C. — “Upon the request of the Federal Mediation and "
        "Conciliation Service (FMCS), the parties have agreed to resume negotiations under our "
        "auspices.”\n \nFor a PDF version of the FMCS statement, click here.\n\n\n\nEmail "
        "Page\n\nPrinter Page\n")
    kinds = _types(found)
    assert not {"Events", "Page"} & set(kinds), kinds
    speakers = {q.text[:4]: q.speaker_name for q in found.quotes}
    assert speakers.get("Upon") == "George H. Cohen", speakers


def test_a_role_a_regulator_appoints_named_with_a() -> None:
    found = suggest(
        "Supplier of Last Resort: Revised guidance\n\nAlthough Ofgem would prefer a trade sale, "
        "a robust process for deciding whether to appoint a Supplier of Last Resort provides "
        "certainty. It sets out how Ofgem will select and appoint a SoLR, in particular when it "
        "would appoint a Supplier of Last Resort. A U.S. Customs and Border Protection officer "
        "agreed.\n")
    kinds = _types(found)
    assert kinds.get("Supplier of Last Resort") == "other", kinds
    assert "SoLR" in _entity(found, "Supplier of Last Resort").aliases, found.entities
    assert kinds.get("U.S. Customs and Border Protection") == "organisation", kinds


def test_a_records_office_census_website_partner_and_publications() -> None:
    found = suggest(
        "Scotland’s Census 2022\n\nWednesday, 3 Feb 2021\n\nNational Records of Scotland (NRS) "
        "is working alongside Storm ID to improve the Census Outputs Website.\n\nDeaths "
        "involving COVID-19 Week 4: 25 Jan-31 Jan\n\nIn 2012 we published the Registrar "
        "General's Annual Review and data from Scotland's 2011 Census. The census forms a "
        "backbone of many of our publications including Population Estimates and Population "
        "and Household Projections.\n")
    kinds = _types(found)
    assert kinds.get("Scotland’s Census") == "event", kinds
    assert kinds.get("Storm ID") == "organisation", kinds
    assert kinds.get("Census Outputs Website") == "work", kinds
    assert kinds.get("Registrar General's Annual Review") == "work", kinds
    assert kinds.get("2011 Census") == "event", kinds
    assert kinds.get("Population Estimates") == "work", kinds
    assert kinds.get("Population and Household Projections") == "work", kinds
    assert not {"COVID-19 Week 4", "Jan-31"} & set(kinds), kinds


def test_an_offices_peer_review_code_letters_in_two_groups_map_viewer_and_district() -> None:
    found = suggest(
        "The Central Statistics Office (CSO) released the report of the ESS Peer Review on "
        "compliance with the European Statistics Code of Practice (ES CoP). The Peer Review "
        "found that the CSO has no issues with the ES CoP.\n\nThe data can be viewed through "
        "Pobal Maps, a free online Geographical Information System map viewer. The code was "
        "launched in the Royal Irish Academy, 19 Dawson St., Dublin 2 on the 21st November "
        "2013.\n")
    kinds = _types(found)
    assert kinds.get("ESS Peer Review") == "event", kinds
    assert "ES CoP" in _entity(found, "European Statistics Code of Practice").aliases, \
        found.entities
    assert kinds.get("Pobal Maps") == "work", kinds
    assert kinds.get("Dublin 2") == "place", kinds


def test_a_statistics_bulletins_menu_podcast_survey_and_a_plan_by_its_year() -> None:
    found = suggest(
        "In the news\n\nThe Daily\n In the news  Indicators  Releases by subject\n Special "
        "interest  Release schedule  Information\n\nThe Daily is released Monday to Friday at "
        "8:30 a.m.\n\nAnnual Survey of Environmental Goods and Services, 2017\n\nOntario "
        "businesses sold the most goods.\n\nNew products\n\nThe Eh Sayers Podcast: \"It's 8pm... "
        "Do You Know What Your Kids Are Googling?\"\n\nThe Goals (SDGs) of the United Nations "
        "2030 Agenda guide the strategy. Statistics Canada reports on the 2030 Agenda and its "
        "2023 to 2027 Departmental Sustainable Development Strategy (DSDS), though its "
        "departmental reports differ.\n")
    kinds = _types(found)
    assert kinds.get("Daily") == "work" or kinds.get("The Daily") == "work", kinds
    assert "Release" not in kinds and "Releases" not in kinds, kinds
    assert kinds.get("Annual Survey of Environmental Goods and Services") == "other", kinds
    assert kinds.get("Eh Sayers Podcast") == "work", kinds
    assert kinds.get("United Nations") == "organisation" and "2030 Agenda" in kinds, kinds
    assert "Departmental Sustainable Development Strategy" in kinds, kinds


def test_a_commissions_schedule_an_orders_title_and_a_conference_and_expo() -> None:
    found = suggest(
        "The consultation follows the Northwest Indian Gaming Conference and Expo. The "
        "Commission has held more than 50 consultations consistent with Presidential Executive "
        "Order 13175, Consultation and Coordination with Indian Tribal Governments.\n\n"
        "July 18, 2013  9 a.m.-11 a.m. Tulalip, Wash. Tulalip Casino Resort 10200 Quil Ceda "
        "Blvd Tulalip, WA 98271\nAugust 14, 2013  2 p.m.- 4 p.m. Cox Convention Center 1 "
        "Myriad Gardens Oklahoma City, OK 73102  *Held following the Oklahoma Indian Gaming "
        "Association Conference & Trade Show\n")
    kinds = _types(found)
    assert kinds.get("Northwest Indian Gaming Conference and Expo") == "event", kinds
    assert "Consultation and Coordination with Indian Tribal Governments" in \
        _entity(found, "Presidential Executive Order 13175").aliases, found.entities
    assert kinds.get("Tulalip Casino Resort") == "place", kinds
    assert kinds.get("Quil Ceda Blvd") == "place" and kinds.get("Myriad Gardens") == "place", \
        kinds
    assert kinds.get("Oklahoma Indian Gaming Association Conference & Trade Show") == "event", \
        kinds
    assert not {"Consultation", "Coordination", "Expo"} & set(kinds), kinds


def test_a_programmes_parts_a_form_by_number_a_document_and_a_street_by_its_side() -> None:
    found = suggest(
        "The RRB has been headquartered at 844 North Rush in Chicago, Illinois since 1942. "
        "The Railroad Retirement Board will withhold premiums for Medicare Part C and Medicare "
        "Part D. The board will mail to railroad workers in June their annual Certificate of "
        "Service Months and Compensation (Form BA-6), showing creditable service. If you do "
        "not receive this Form BA-6 by July 1, call the board.\n")
    kinds = _types(found)
    assert kinds.get("North Rush") == "place", kinds
    assert kinds.get("Medicare Part C") == "other" and kinds.get("Medicare Part D") == "other", \
        kinds
    assert kinds.get("Certificate of Service Months and Compensation") == "work", kinds
    document = _entity(found, "Certificate of Service Months and Compensation")
    assert "Form BA-6" in document.aliases, found.entities


def test_a_pension_plan_its_short_name_in_brackets_and_statements_titles() -> None:
    found = suggest(
        "PBGC Approves Application\n\nThe Pension Benefit Guaranty Corporation (PBGC) approved "
        "the plan application for the Idaho Signatory Employers-Laborers Pension Plan (Idaho "
        "Signatory) in Portland, Ore. The Central States Pension Plan returned the money.\n"
        "PBGC Statement on Department of Labor’s Statement of Enforcement Policy\nStatement\n"
        "The Statement on Monetary Policy was published.\n")
    kinds = _types(found)
    plan = "Idaho Signatory Employers-Laborers Pension Plan"
    assert kinds.get(plan) == "organisation", kinds
    assert "Idaho Signatory" in _entity(found, plan).aliases, found.entities
    assert kinds.get("Central States Pension Plan") == "organisation", kinds
    assert not any(name.startswith("PBGC Statement") for name in kinds), kinds
    assert "Department of Labor" in kinds and "Statement on Monetary Policy" in kinds, kinds


def test_short_forms_a_court_defines_in_brackets_and_marks_are_no_quotes() -> None:
    found = suggest(
        "In these consolidated cases, we review two orders entered by the Federal Labor "
        "Relations Authority (\"FLRA\" or \"Authority\") which held that proposals defining the "
        "competitive area for Reduction-in-Force (\"RIF\") purposes were not bargainable. The "
        "chairman said, \"We will appeal.\"\n")
    texts = [q.text for q in found.quotes]
    assert not {"FLRA", "Authority", "RIF"} & set(texts), texts
    assert any(t.startswith("We will appeal") for t in texts), texts


def test_a_heritage_month_with_letters_inside_and_a_profile_link_no_name() -> None:
    found = suggest(
        "Follow the Secretary on Twitter: @LaborSec and Facebook.com/LaborSecretary.\n\n"
        "June is Lesbian Gay Bisexual Transgender Pride (LGBT) Month, and the department "
        "marks it with events across the country.\n")
    kinds = _types(found)
    assert kinds.get("Lesbian Gay Bisexual Transgender Pride (LGBT) Month") == "event", kinds
    assert "Month" not in kinds and "Facebook.com" not in kinds, kinds
    assert kinds.get("Twitter") == "organisation", kinds


def test_a_body_then_another_named_for_its_city_and_a_city_before_company() -> None:
    found = suggest(
        "The conference met in Denver on Monday. "
        "With help from the Small Business Administration and Denver City Hall, the bank "
        "chose five firms. Maria Ortiz founded Ortiz Logistics, a Denver company that moves "
        "freight. The work the Administration does helps such firms.\n")
    kinds = _types(found)
    assert kinds.get("Small Business Administration") == "organisation", kinds
    assert "Denver City Hall" in kinds, kinds
    assert kinds.get("Denver") == "place", kinds
    assert "Administration" not in _entity(found, "Small Business Administration").aliases


def test_a_listings_bulleted_headlines_run_into_their_dates_are_no_names() -> None:
    found = suggest(
        "What's New\n\nMarch 2016\n\n"
        "  • Growing the Talent Pipeline Pays Off Mar 9, 2016\n\n"
        "    Of the many things the Federal Employee Viewpoint Survey (FEVS) shows, one is "
        "clear.\n\n"
        "  • Keeping You Informed on BenefitsMar 2, 2016\n\n"
        "    The Office of Personnel Management answered questions from retirees.\n")
    kinds = _types(found)
    assert not {"Talent Pipeline Pays Off", "Pays Off", "Informed", "Benefits"} & set(kinds), \
        kinds
    assert "Federal Employee Viewpoint Survey" in kinds, kinds
    assert kinds.get("Office of Personnel Management") == "organisation", kinds


def test_spanish_bodies_gatherings_and_a_reserve_with_their_small_words() -> None:
    found = suggest(
        "In March, delegates attended the Second Encuentro Regional de Mujeres Rurales held "
        "in Quito. The Asociación para el Desarrollo de las Comunidades de San Marcos (ADECOM) "
        "trains farmers, and the Red de Mujeres de Amigos Unidos (REMAU) works with them to "
        "protect the forests of La Montañita Reserve.\n")
    kinds = _types(found)
    assert kinds.get("Second Encuentro Regional de Mujeres Rurales") == "event", kinds
    body = "Asociación para el Desarrollo de las Comunidades de San Marcos"
    assert kinds.get(body) == "organisation", kinds
    assert "ADECOM" in _entity(found, body).aliases, found.entities
    assert kinds.get("Red de Mujeres de Amigos Unidos") == "organisation", kinds
    assert kinds.get("La Montañita Reserve") == "place", kinds


def test_a_regions_conference_on_a_disease_and_a_covers_lines_with_a_year() -> None:
    found = suggest(
        "NATIONAL ENDOWMENT\n2021 IN REVIEW\nREFLECTIONS ON 2021\nMaria Lopez\n\n"
        "BY JANE DOE MAY 4, 2021\n\n"
        "This year our partners met at the Caribbean HIV Conference in Nassau and the Pacific "
        "AIDS Conference in Suva.\n")
    kinds = _types(found)
    assert kinds.get("Caribbean HIV Conference") == "event", kinds
    assert kinds.get("Pacific AIDS Conference") == "event", kinds
    assert not {"REVIEW", "IN REVIEW", "REFLECTIONS ON", "REFLECTIONS"} & set(kinds), kinds
    assert kinds.get("Maria Lopez") == "person", kinds
    assert kinds.get("JANE DOE") == "person", kinds  # (a byline's date: no cover's line)


def test_economic_measures_by_letters_and_a_committee_named_for_its_fields() -> None:
    found = suggest(
        "I am copying this letter to the Chair of the Public Administration and "
        "Constitutional Affairs Committee. The Food and Drug Administration and Senate Finance "
        "Committee met. "
        "The CPI and the RPI rose, CPIH-consistent estimates followed, and GDP grew. Please "
        "discuss it with your colleagues at Better Numbers.\n")
    kinds = _types(found)
    committee = "Public Administration and Constitutional Affairs Committee"
    assert kinds.get(committee) == "organisation", kinds
    assert "Food and Drug Administration" in kinds and "Senate Finance Committee" in kinds, kinds
    assert all(kinds.get(m) == "other" for m in ("CPI", "RPI", "CPIH", "GDP")), kinds
    assert "CPIH-consistent" not in kinds, kinds
    assert kinds.get("Better Numbers") == "organisation", kinds


def test_a_post_for_a_body_with_listed_fields_a_report_and_a_postcodes_county() -> None:
    found = suggest(
        "I wrote to the new ONS Director General for the Economic, Social and Environmental "
        "Group, James Benford, after the 2024 State of the Statistical System report.\n\n"
        "Yours faithfully,\n\nJane Roe\nGovernment Buildings\nCardiff Rd\nGwent NP10 8XG\n")
    kinds = _types(found)
    assert kinds.get("Economic, Social and Environmental Group") == "organisation", kinds
    assert not any(name.startswith("ONS Director") or name.startswith("Social and")
                   for name in kinds), kinds
    assert kinds.get("James Benford") == "person", kinds
    assert kinds.get("State of the Statistical System") == "work", kinds
    assert kinds.get("Gwent") == "place", kinds


def test_a_mints_release_posts_with_dashes_generations_marks_and_a_series() -> None:
    found = suggest(
        "WASHINGTON \u2014 The coin\u2019s reverse, by former United States Mint Sculptor\u2013"
        "Engraver Anne Porter, features an eagle. The note was engraved by Walter Grant III "
        "and Ruth Ames. The set includes one Series 2009 $5 note and a coin of the Great "
        "Lakes Quarters\u00ae Program. The Native Heritage\u00ae $1 Coin Program goes on. The "
        "design shows a skier performing a trick called a "
        "\u201cmule kick,\u201d set against the hills.\n")
    kinds = _types(found)
    assert kinds.get("Anne Porter") == "person", kinds
    assert kinds.get("Walter Grant III") == "person" and "III" not in kinds, kinds
    assert "Series" not in kinds, kinds
    assert "Great Lakes Quarters\u00ae Program" in kinds and "Program" not in kinds, kinds
    assert "Native Heritage\u00ae $1 Coin Program" in kinds and "Coin Program" not in kinds, kinds
    assert not any(q.text.startswith("mule kick") for q in found.quotes), found.quotes


def test_a_table_of_laws_a_report_to_congress_and_a_handle_after_its_network() -> None:
    text = (
        "I want to:\n\n  1. Read the agency's latest Annual Report to Congress.\n\n"
        "Key Legislation\n\nFederal Home Loan Bank Act\n\n12 U.S.C. 1421 et seq.\n\n"
        "Housing and Economic Recovery Act of 2008\n\n(Public Law 110-289 (2008))\n\n"
        "Federal Housing Enterprises Financial Safety and Soundness Act of 1992\n\n"
        "Amended the Safety and Soundness Act to create the agency, which regulates Fannie "
        "Mae and Freddie Mac, and enhanced its housing oversight. Congress acted. More "
        "is on Twitter @HousingAgency and YouTube.\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Annual Report to Congress") == "work", kinds
    assert kinds.get("Congress") == "organisation", kinds
    assert "Housing and Economic Recovery Act of 2008" in kinds, kinds
    assert "Federal Home Loan Bank Act" in kinds, kinds
    law = _entity(found, "Federal Housing Enterprises Financial Safety and Soundness Act of 1992")
    assert "Safety and Soundness Act" in law.aliases, found.entities
    assert "Twitter" in kinds and "Twitter @HousingAgency" not in kinds, kinds


def test_a_term_in_marks_before_the_name_it_describes_is_no_quote() -> None:
    found = suggest(
        "The agency will use its existing \"expanded-data\" House Price Index (HPI) to set "
        "the limits. The \"expanded-data\" HPI is published each quarter. The director said, "
        "\"We will publish the limits in November.\"\n")
    texts = [q.text for q in found.quotes]
    assert not any(t.startswith("expanded-data") for t in texts), texts
    assert any(t.startswith("We will publish") for t in texts), texts


def test_a_release_header_a_generations_numeral_after_a_comma_and_a_war() -> None:
    found = suggest(
        "MEDIA RELEASE\n\nFor Immediate Release Maria Lopez March 3, 2020 202-555-0100 or "
        "press@example.org\n\n"
        "The plans came from the World War I Centennial Commission. The memorial honors those "
        "who served in World War I. \u201cThe city is full of life,\u201d said Henry B. Adams, "
        "III, the commission's chairman. The barrier stands on the east (Mall) side, across "
        "the Mall axis.\n")
    kinds = _types(found)
    assert kinds.get("Maria Lopez") == "person", kinds
    assert kinds.get("World War I") == "event", kinds
    assert "World War I" not in _entity(found, "World War I Centennial Commission").aliases
    assert kinds.get("Henry B. Adams, III") == "person" and "III" not in kinds, kinds
    assert kinds.get("Mall") == "place", kinds


def test_a_person_by_two_given_names_and_a_documents_appendix_by_letter() -> None:
    found = suggest(
        "After 40 years of service, the agency's Executive Secretary Anna Lee T. Morgan has "
        "retired. Anna Lee began her career in 1985 as a clerk. The Board requests $9 "
        "million (see Appendix A) and sets out its Phase 2 plans.\n")
    kinds = _types(found)
    assert "Anna Lee" in _entity(found, "Anna Lee T. Morgan").aliases, found.entities
    assert "Appendix" not in kinds and "Appendix A" not in kinds, kinds


def test_a_drafts_title_with_a_colon_and_an_orders_title_after_on() -> None:
    found = suggest(
        "The institute requests public comments on the Draft of Fair Access to Housing: "
        "Recommendations for Removing Barriers to Rental Homes for People with Disabilities. "
        "Under Executive Order 14099 on Advancing Fair Housing, the institute is working.\n")
    kinds = _types(found)
    title = ("Fair Access to Housing: Recommendations for Removing Barriers to Rental Homes "
             "for People with Disabilities")
    assert kinds.get(title) == "work", kinds
    assert "Draft" not in kinds and "Disabilities" not in kinds, kinds
    assert "Advancing Fair Housing" in kinds or "Advancing Fair Housing" in \
        _entity(found, "Executive Order 14099").aliases, found.entities
    assert "Housing" not in kinds, kinds


def test_a_releases_datelines_laws_with_in_and_short_forms_joined_by_or() -> None:
    found = suggest(
        "Rural Lending Agency\n1200 Lending Way\nMcLean, Virginia 22102-5090\n\n"
        "McLEAN, Va., May 4, 2011 \u2014 The Rural Lending Agency (RLA or Agency) Board today "
        "adopted a rule for Rural Credit System (RCS or System) institutions, consistent with "
        "the Government in Sunshine Act. Staff delivered a report to the Board on the "
        "System\u2019s investments, and staff from the Office of Examination and the Office of "
        "Lending Policy spoke. In other business, the RLA Board voted on the Truth in "
        "Lending Act.\n")
    kinds = _types(found)
    assert "McLean" in _entity(found, "McLEAN, Va.").aliases, found.entities
    assert kinds.get("Lending Way") == "place", kinds
    assert "Government in Sunshine Act" in kinds and "Truth in Lending Act" in kinds, kinds
    assert "Agency" in _entity(found, "Rural Lending Agency").aliases, found.entities
    system = _entity(found, "Rural Credit System")
    assert "System" in system.aliases and system.type == "organisation", found.entities
    assert "RLA Board" in kinds and "Board on the System" not in kinds, kinds
    assert "Office of Examination" in kinds and "Office of Lending Policy" in kinds, kinds


def test_a_tables_rows_run_into_one_line_split_at_case_numbers_and_letters() -> None:
    found = suggest(
        "Weekly Activity Report MEDIATION/ADR New Dockets: Case # Carrier Org. Status "
        "Mediator T-601 Nordic Sky Airways AFA TBD Holloway T-602 Pacific Coast Airlines TWU "
        "TBD Holloway Read More. The Royal Air Force RAF base opened.\n")
    kinds = _types(found)
    assert "Nordic Sky Airways" in kinds and "Pacific Coast Airlines" in kinds, kinds
    assert "AFA" in kinds and "TWU" in kinds, kinds
    assert not any(name.startswith(("T-601", "T-602")) or "TBD" in name for name in kinds), \
        kinds
    assert "RAF" in _entity(found, "Royal Air Force").aliases, found.entities


def test_a_body_of_rules_by_its_name_and_a_storm_after_hurricane_in_lower_case() -> None:
    found = suggest(
        "Thanks for attending the annual conference, cut short because of hurricane Floyd. "
        "Employees follow the Standards of Ethical Conduct for Employees of the Executive "
        "Branch.\n")
    kinds = _types(found)
    assert kinds.get("Floyd") == "event", kinds
    rules = "Standards of Ethical Conduct for Employees of the Executive Branch"
    assert kinds.get(rules) == "work", kinds


def test_a_headlines_participle_after_a_name_and_a_cemetery_is_a_place() -> None:
    found = suggest(
        "Jane Q. Doe and Retired Admiral John R. Roe Appointed to the Board of the Park Trust\n\n"
        "Roe has had many somber moments at the Memorial Day services at the Golden Hills "
        "National Cemetery.\n")
    kinds = _types(found)
    assert kinds.get("John R. Roe") == "person" and "John R. Roe Appointed" not in kinds, kinds
    assert kinds.get("Golden Hills National Cemetery") == "place", kinds


def test_coast_guard_ships_by_prefix_a_countrys_region_and_a_vessels_class() -> None:
    found = suggest(
        "The Coast Guard advises residents of Thunder Bay, Ontario that the CCGS Samuel "
        "Risley will carry out icebreaking, as the CCGS Griffon did last year. The minister "
        "attended the launch of the second Offshore Fisheries Science Vessel. The Canadian "
        "Arctic covers 40 per cent of Canada's territory.\n")
    kinds = _types(found)
    assert kinds.get("CCGS Samuel Risley") == "other", kinds
    assert kinds.get("CCGS Griffon") == "other", kinds
    assert kinds.get("Offshore Fisheries Science Vessel") == "other", kinds
    assert kinds.get("Canadian Arctic") == "place", kinds


def test_a_courts_other_names_after_is_referred_to_as_and_an_articles_document() -> None:
    found = suggest(
        "The United States Court of Appeals for Plant Claims is commonly referred to as the "
        "Plant Court, USCAPC, or simply CAPC. It was established under Article I of the "
        "United States Constitution. The Plant Court sits in Washington.\n")
    kinds = _types(found)
    court = _entity(found, "United States Court of Appeals for Plant Claims")
    assert {"Plant Court", "USCAPC", "CAPC"} <= set(court.aliases), found.entities
    assert kinds.get("United States Constitution") == "work", kinds
    assert not any(name.startswith("Article I of") for name in kinds), kinds


def test_bodies_listed_after_a_comma_a_unions_local_and_a_name_cut_short() -> None:
    found = suggest(
        "The plants, run by the Bureau of Mines, Regional Boundary and Water Commission and "
        "Ohio Valley Authority, supply power. The film was made with the Regional Boundary and "
        "Water Commission, the Northern Plains Power Administration and others.\n\n"
        "Northern Plains Power\n\n"
        "The Grid Agency and the United Steelworkers (USW), Local 4321, signed a contract at "
        "the agency's Denver Office. It built the Elm Creek Substation.\n")
    kinds = _types(found)
    assert kinds.get("Bureau of Mines") == "organisation", kinds
    assert kinds.get("Regional Boundary and Water Commission") == "organisation", kinds
    assert not any(name.startswith("Bureau of Mines,") for name in kinds), kinds
    assert kinds.get("Local 4321") == "organisation" and "Local" not in kinds, kinds
    power = _entity(found, "Northern Plains Power Administration")
    assert "Northern Plains Power" in power.aliases and "Northern Plains" not in kinds, kinds
    assert kinds.get("Denver") == "place" and "Denver Office" not in kinds, kinds
    assert kinds.get("Elm Creek Substation") == "place", kinds


def test_a_gathering_in_marks_is_an_event_and_keeps_ends_a_headlines_subject() -> None:
    found = suggest(
        "Division of Repairs Keeps Power Lines in Top Shape\n\n"
        "The agency's Division of Repairs spoke at the 12th annual “Clean Grid Futures "
        "Conference” on May 4.\n")
    kinds = _types(found)
    assert kinds.get("Clean Grid Futures Conference") == "event", kinds
    assert kinds.get("Division of Repairs") == "organisation", kinds
    assert not any("Keeps" in name for name in kinds), kinds


def test_a_datelines_places_a_logo_a_photo_credit_and_a_retired_officers_titles() -> None:
    found = suggest(
        "    Defense Media Network Logo\n\n"
        "    Photo By Jane Okafor | The board's chair speaks\n\n"
        "    NORFOLK, VIRGINIA, UNITED STATES\n\n"
        "    The Harbor Memorial Board met on Monday. HMB Chairman U.S. Navy Adm. (Ret.) "
        "Peter Q. Lindqvist and HMB Secretary Ruth Oyelaran spoke.\n\n"
        "    “We keep our promise,” said HMB Chairman, retired Vice Adm. Peter Q. Lindqvist "
        "at the pier in Portsmouth, Va.\n")
    kinds = _types(found)
    assert kinds.get("Defense Media Network") == "organisation", kinds
    assert kinds.get("Jane Okafor") == "person" and "Photo By Jane Okafor" not in kinds, kinds
    for place in ("NORFOLK", "VIRGINIA", "UNITED STATES"):
        assert kinds.get(place) == "place", kinds
    assert kinds.get("Portsmouth, Va.") == "place", kinds
    assert kinds.get("U.S. Navy") == "organisation", kinds
    assert kinds.get("Peter Q. Lindqvist") == "person", kinds
    assert not any("Ret" in name or "Chairman" in name for name in kinds), kinds
    (quote,) = found.quotes
    assert quote.speaker_name == "Peter Q. Lindqvist", quote


def test_words_a_copy_glued_a_cemeterys_own_name_and_what_memorials_and_rocks_are() -> None:
    found = suggest(
        "The Harbor Memorial Boardhosted ceremonies at the Naval Monument at Valletta and "
        "Tobruk American Cemeteryto mark the day, with the 4thRanger Battalion. The Harbor "
        "Memorial Board keeps the Wall of the Missing near the Rock of Gibraltar; a new "
        "Board met in Valletta. Ambassador JaneMarieCollins came. Capt. Omar Lindgren-known "
        "as the doctor-fell in 1944. Wreaths lay at Anzio Beach American Cemetery. At Anzio "
        "Beach, we remember. During the Harbor WWI Centennial exhibits opened.\n")
    kinds = _types(found)
    assert kinds.get("Harbor Memorial Board") == "organisation", kinds
    assert kinds.get("Tobruk American Cemetery") == "place", kinds
    beach = _entity(found, "Anzio Beach American Cemetery")
    assert "Anzio Beach" in beach.aliases, found.entities
    assert not any(name.endswith(("Boardhosted", "Cemeteryto", "Vallettaand")) for name in kinds)
    assert kinds.get("Ranger Battalion") == "organisation", kinds
    assert kinds.get("Wall of the Missing") == "place", kinds
    assert kinds.get("Rock of Gibraltar") == "place", kinds
    assert kinds.get("JaneMarieCollins") == "person", kinds
    assert kinds.get("Omar Lindgren") == "person", kinds
    assert kinds.get("Harbor WWI Centennial") == "event", kinds


def test_an_editors_brackets_in_remarks_and_posts_before_the_bodies_they_are_held_in() -> None:
    found = suggest(
        "Remarks As Prepared for Delivery by U.S. Secretary of Energy Jane Q. Okafor For "
        "Saint Lawrence Seaway 65th Anniversary\n\n"
        "Thank you, Marcus [Delacroix, Deputy Administrator NSDC]. And let me recognize "
        "Chief [Edward] Tallbear [Harbor Council of Ontonagon], Mr. [Alister] Paterson [Chair "
        "of Chamber of River Commerce and Chief Commercial Officer Lakeshore Shipping Lines "
        "Group], Chairman [Ruth] Oyelaran [Chairman American Association of River Pilots and "
        "Pres/CEO of Duluth-Superior Harbor Authority]. The St. Lawrence Seaway opened in "
        "1959, and the Seaway still carries grain along the Great Lakes-St. Lawrence Seaway "
        "System. Marcus Delacroix and Harbor President/CEO Ann Mbeki came. Transport Canada "
        "Associate Deputy Minister Luc Tremblay spoke too.\n")
    kinds = _types(found)
    assert kinds.get("Jane Q. Okafor") == "person", kinds
    seaway = _entity(found, "Great Lakes-St. Lawrence Seaway System")
    assert {"Saint Lawrence Seaway", "St. Lawrence Seaway", "Seaway"} <= set(seaway.aliases), \
        found.entities  # (a saint's name spelt out, the seaway the system is named for)
    assert kinds.get("Tallbear") == "person" and kinds.get("Paterson") == "person", kinds
    assert kinds.get("Lakeshore Shipping Lines Group") == "organisation", kinds
    assert kinds.get("American Association of River Pilots") == "organisation", kinds
    assert kinds.get("Duluth-Superior Harbor Authority") == "organisation", kinds
    assert kinds.get("Ann Mbeki") == "person", kinds
    assert kinds.get("Transport Canada") == "organisation", kinds
    assert not any(name.startswith(("Chief Commercial", "Chairman American", "Great Lakes-St "))
                   for name in kinds), kinds
    assert "Great Lakes-St" not in kinds, kinds


def test_a_ceremony_before_a_visitor_center_a_pact_in_lower_case_and_a_mission() -> None:
    found = suggest(
        "Agency Celebrates Grand Opening of New Harbor Visitor Center\n\n"
        "DULUTH – The agency opened its Harbor Visitor Center. Trade grew under the North "
        "American Free Trade agreement. The NSDC's mission is \"to serve the nation's "
        "waterways by keeping them safe.\"\n")
    kinds = _types(found)
    assert kinds.get("New Harbor Visitor Center", kinds.get("Harbor Visitor Center")) == "place"
    assert not any(name.startswith("Grand Opening") for name in kinds), kinds
    assert kinds.get("North American Free Trade") == "work", kinds
    (quote,) = found.quotes
    assert quote.speaker_name == "NSDC", quote


def test_coastguard_stations_their_watch_officers_lifeboats_and_vessels() -> None:
    found = suggest(
        "Tuesday, 4 March 2014\n\n\nSolway Coastguard coordinated the rescue of a skipper "
        "from the fishing vessel ‘Morning Star’ off Portpatrick. The Fisheries Protection "
        "Vessel (Duke of Galloway) and the Portpatrick RNLI Inshore Lifeboat were sent.\n\n"
        "Solway Coastguard Watch Officer Ian Baird said:\n\n\"We thank the crew of the "
        "Portpatrick Lifeboat.\"\n\nTwo walkers were stuck on the Wigtown Estuary near "
        "Kirkcudbright. Solway Coastguard tasked the Ardwall Point Coastguard Rescue Team. "
        "The Coastguard Rescue Team reached them. The Kirkcudbright Harbour Authority "
        "helped.\n\nIsla Grant was awarded an MBE in the Queen’s Birthday Honours for her "
        "services to Her Majesty’s Coastguard. The ‘Northern Venture’ had gone aground off "
        "Stranraer.\n")
    kinds = _types(found)
    assert kinds.get("Solway Coastguard") == "organisation", kinds
    assert kinds.get("Ian Baird") == "person", kinds
    assert not any("Watch" in name for name in kinds), kinds
    assert kinds.get("Morning Star") == "other", kinds
    assert kinds.get("Duke of Galloway") == "other", kinds
    assert kinds.get("Northern Venture") == "other", kinds
    boat = _entity(found, "Portpatrick RNLI Inshore Lifeboat")
    assert "Portpatrick Lifeboat" in boat.aliases, found.entities
    assert kinds.get("Kirkcudbright") == "place", kinds  # (not the harbour authority)
    assert kinds.get("Ardwall Point Coastguard Rescue Team") == "organisation", kinds
    assert kinds.get("MBE") == "other" and kinds.get("Birthday Honours") == "other", kinds
    assert kinds.get("Her Majesty’s Coastguard") == "organisation", kinds


def test_interns_tribes_a_name_written_with_in_and_a_sentence_after_dc() -> None:
    found = suggest(
        "The interns will serve in Washington, D.C. Special events will follow.\n"
        "The 2030 Interns are:\n"
        "- Lena R. Oakes, Confederated Tribes and Bands of the Klamath Nation, Oregon State "
        "University.\n"
        "- Tomas B. Rivers, Pueblo of Zia, University of New Mexico.\n\n"
        "The Lenses in Motion exhibit opened. We thank the Lenses in Motion program, and the "
        "Lenses in Motion photographs show it. The program serves Native American education "
        "and Native Americans.\n")
    kinds = _types(found)
    assert "D.C. Special" not in kinds, kinds
    assert kinds.get("Confederated Tribes and Bands of the Klamath Nation") == "organisation", \
        kinds
    assert kinds.get("Tomas B. Rivers") == "person", kinds
    assert kinds.get("Lenses in Motion") in ("other", "event", "work"), kinds
    assert kinds.get("Native American", kinds.get("Native Americans")) == "group", kinds


def test_a_caption_glued_to_i_a_body_by_its_known_word_and_a_campaign_in_marks() -> None:
    found = suggest(
        "Head and shoulders image of Lena Quinn Chief Executive Officer. Lena is smiling at "
        "the cameraLena Quinn Chief Executive OfficerI am pleased to submit the Coral Sea "
        "Marine Park Authority’s report.\n\n"
        "As Reef Authority staff write, the ‘Save the Atoll’ campaign began in 1970.\n")
    kinds = _types(found)
    assert kinds.get("Lena Quinn") == "person", kinds
    assert not any(name.endswith(("OfficerI", "Officer")) for name in kinds), kinds
    authority = _entity(found, "Coral Sea Marine Park Authority")
    assert "Reef Authority" not in authority.aliases  # (no "Reef" in its name)
    assert kinds.get("Save the Atoll") == "event", kinds


def test_a_body_by_the_word_its_name_is_known_for_and_its_head() -> None:
    found = suggest(
        "The Great Barrier Reef Marine Park Authority was created in 1975. Reef Authority "
        "staff patrol the park.\n")
    authority = _entity(found, "Great Barrier Reef Marine Park Authority")
    assert "Reef Authority" in authority.aliases, found.entities


def test_a_boards_list_of_press_releases_and_a_subcommittees_hearing_page() -> None:
    found = suggest(
        "Oversight Subcommittee Hearing: Effects of Delays at the Harbor Review Board\n\n"
        "The hearing examines the board.\n\n"
        "HRB Press Releases\n"
        "HRB's Response to COVID-19\n"
        "HRB Finalizes Research Agenda for 2015 - 2018\n"
        "Jane Q. Okafor Designated Vice Chairman of HRB\n"
        "HRB Recommends Better Management of Pilot Training\n")
    kinds = _types(found)
    assert kinds.get("Oversight Subcommittee") == "organisation", kinds
    assert kinds.get("COVID-19") == "other", kinds
    assert kinds.get("Jane Q. Okafor") == "person", kinds
    assert not any(name.startswith(("HRB Finalizes", "HRB Recommends")) for name in kinds), kinds


def test_a_commissions_list_of_statements_names_its_people_bodies_and_faiths() -> None:
    found = suggest(
        "Welcome to the Commission\n\n"
        "Senate Democratic Leader Maria E. Okonkwo (D-OR) appointed Peter A. Lindqvist, "
        "Dean of the Riverside Theological Seminary in Portland, to the Faith Freedom "
        "Commission (FFC).\n"
        "The Senate and House of Representatives passed the bill last month. FFC "
        "Commissioners also elected two Vice Chairs.\n"
        "FFC condemned the sentences handed down to members of the Jehovah’s Witnesses in "
        "Ruritania.\n"
        "FFC Condemns the Expulsion of Tomás Andrés Berrocal Quintana from the University "
        "of Ruritania. Tomás Berrocal was later released.\n"
        "FFC denounced attacks by Nyota Kivu faction Army of the Eastern Hills against "
        "civilians, and welcomed the new Global Volkonsky sanctions.\n"
        "Commissioner Gregory D. May visited the region.\n")
    kinds = _types(found)
    assert kinds.get("Riverside Theological Seminary") == "organisation", kinds
    assert "Senate" in kinds and kinds.get("House of Representatives") == "organisation", kinds
    assert not any("Senate and House" in name for name in kinds), kinds
    assert not any(name.startswith("FFC Commissioners") for name in kinds), kinds
    assert kinds.get("Jehovah’s Witnesses") == "organisation", kinds
    assert "Jehovah" not in kinds and "Witnesses" not in kinds, kinds
    assert kinds.get("Maria E. Okonkwo") == "person", kinds
    assert "Senate Democratic" not in kinds, kinds
    assert kinds.get("Tomás Andrés Berrocal Quintana") == "person", kinds
    assert "Tomás Berrocal" in _entity(found, "Tomás Andrés Berrocal Quintana").aliases
    assert not any(name.startswith("Expulsion") for name in kinds), kinds
    assert kinds.get("Nyota Kivu") == "organisation", kinds
    assert kinds.get("Global Volkonsky") == "other", kinds
    assert kinds.get("Gregory D. May") == "person", kinds


def test_a_list_of_statements_gives_each_quote_its_own_speaker() -> None:
    found = suggest(
        "“For three years, Anna Petrov has been held without trial,” - Commissioner "
        "Gregory D. May.\n"
        "Commissioner Ruth Adeyemi tells the government to \"release Anna Petrov now.\"\n"
        "\"Dear Pastor Minh and Mrs. Lan: I write to you as a friend who is deeply "
        "concerned about your well-being.\"\n"
        "Vice Chair Okafor praises Ms. Petrov’s “courage, grounded in a faith the "
        "government has tried to repress.”\n")
    by_text = {q.text[:20]: q.speaker_name for q in found.quotes}
    assert by_text.get("For three years, Ann") == "Gregory D. May", by_text
    assert by_text.get("release Anna Petrov ") == "Ruth Adeyemi", by_text
    assert "Dear Pastor Minh and" in by_text and by_text["Dear Pastor Minh and"] is None, \
        by_text
    assert by_text.get("courage, grounded in") == "Okafor", by_text


def test_a_commissions_releases_name_its_members_bodies_and_sessions() -> None:
    found = suggest(
        "The Baltic Parliamentary Assembly met in Riga in July.\n\n"
        "Co-Chairman Rep. Dana K. Holt (R-OH) led the delegation to the Tenth Annual "
        "Parliamentary Assembly of the Organization for Trade and Cooperation in Europe. "
        "The Commission on Trade and Cooperation in Europe, also known as the Baltic "
        "Commission, and Ranking Members Representative Steve Cohen (TN-09) and Senator "
        "Mark Ellis (MS) sent a letter to the government of the Russian Federation.\n\n"
        "Hearing: A Prisoner's Plea - YouTube Vladimir Orlov, a father, has been held for "
        "five hundred days.\n")
    kinds = _types(found)
    assert kinds.get("Organization for Trade and Cooperation in Europe") == "organisation", kinds
    assert kinds.get("Commission on Trade and Cooperation in Europe") == "organisation", kinds
    assert not any(name.startswith("Tenth Annual") for name in kinds), kinds
    assert "Tenth Annual Parliamentary Assembly" in \
        _entity(found, "Baltic Parliamentary Assembly").aliases
    assert kinds.get("Steve Cohen") == "person", kinds
    assert not any(name.startswith("Ranking") for name in kinds), kinds
    assert kinds.get("Russian Federation") == "place", kinds
    assert kinds.get("YouTube") == "organisation", kinds
    assert kinds.get("Vladimir Orlov") == "person", kinds
    assert kinds.get("Dana K. Holt") == "person", kinds
    assert not any(name.startswith("Co-Chairman") for name in kinds), kinds


def test_whose_words_a_quote_is_when_someone_else_cites_them() -> None:
    found = suggest(
        "Mrs. Orlova stated a quote from Senator Ellen Marsh that “Courage is acting "
        "despite our fears” which described her husband. Ms. Dana Holt, in her testimony, "
        "spoke to support the freedom “of a warrior and a friend” of her father.\n")
    by_text = {q.text[:12]: q.speaker_name for q in found.quotes}
    assert by_text.get("Courage is a") == "Ellen Marsh", by_text
    assert by_text.get("of a warrior") == "Dana Holt", by_text


def test_a_regulators_court_summary_names_sites_projects_and_firms() -> None:
    found = suggest(
        "The Court found that in a meeting on 2 May 2016, Mr Delaney threatened to stop "
        "work at the Harbour on King site and said he was “going to shut down Brennan "
        "Scaffolding”. The stoppage delayed the Northern Link Tunnel project by a week.\n")
    kinds = _types(found)
    assert kinds.get("Harbour on King") == "place", kinds
    assert kinds.get("Brennan Scaffolding") == "organisation", kinds
    assert kinds.get("Northern Link Tunnel") == "other", kinds
    (quote,) = found.quotes
    assert quote.speaker_name == "Delaney", quote


def test_who_says_it_after_and_stays_the_person_opening_the_sentence() -> None:
    found = suggest("Mayor Ann Li said Tom Reyes resigned and added that “the city will "
                    "recover”.\n")
    (quote,) = found.quotes
    assert quote.speaker_name == "Ann Li", quote


def test_a_committees_transcript_page_names_the_committee_and_its_speakers() -> None:
    text = (
        "Note: Where available, the PDF icon below is provided to view the document\n"
        " Download PDFDownload PDF   View Parlview VideoWatch ParlView Video\n\n"
        "Previous Fragment    Next Fragment\n"
        "Economics and Industrial Relations Legislation Committee\n"
        "14/03/2019\nEstimates\n\n"
        "CHAIR: Welcome, Dr Okafor. Do you have an opening statement?\n\n"
        "Dr Okafor : No, thank you.\n\n"
        "Senator Ellison: I did not say, 'The review will end in June.' I said, 'The review "
        "will end this month.'\n\n"
        "Senator MARSH: Then I ask the question again.\n")
    found = suggest(text)
    kinds = _types(found)
    assert kinds.get("Economics and Industrial Relations Legislation Committee") == \
        "organisation", kinds
    assert not any("Parl" in name or "Download" in name for name in kinds), kinds
    by_text = {q.text[:20]: q.speaker_name for q in found.quotes}
    assert "The review will end i" not in by_text and "The review will end " in by_text, \
        by_text
    assert by_text["The review will end "] == "Ellison", by_text


def test_two_countries_joined_by_a_hyphen_open_a_bodys_name() -> None:
    found = suggest(
        "The Korea-U.S. Cultural Exchange Council met with the U.S.-Korea Student Foundation "
        "and the U.S. and Korean KUSEC Panels in Seoul. Meet KUSEC Commissioners at the "
        "reception. Helen Park, Professor of History and Korean Studies at Yonsei University, "
        "spoke. KUSEC XXIV convenes in Busan. Trade across the U.S.-Mexico border grew "
        "under the U.S.-Korea Comprehensive Strategic Partnership.\n")
    kinds = _types(found)
    assert kinds.get("Korea-U.S. Cultural Exchange Council") == "organisation", kinds
    assert kinds.get("U.S.-Korea Student Foundation") == "organisation", kinds
    assert "KUSEC" in kinds and not any(name.endswith(("Panels", "Commissioners"))
                                        for name in kinds), kinds
    assert not any("History" in name for name in kinds), kinds
    assert kinds.get("KUSEC XXIV") == "event", kinds
    assert "U.S.-Mexico" not in kinds and not any("Mexico border" in n for n in kinds), kinds
    assert kinds.get("U.S.-Korea Comprehensive Strategic Partnership") == "other", kinds


def test_a_parliaments_official_report_names_its_bills_committees_and_rooms() -> None:
    found = suggest(
        "Official Report 512KB pdf\n"
        "Agenda: Question Time, Housing (Wales) Bill: Stage 1, Fisheries (Retained EU Law) "
        "(Wales) Bill: Financial Resolution, Decision Time\n\n"
        "Finance, Audit and Public Accounts Committee\nMeeting date: 9 March 2023\n"
        "Owen Pryce\nGood morning.\n"
        "Finance, Audit and Public Accounts Committee\nMeeting date: 2 March 2023\n"
        "Owen Pryce\nI welcome Carys Lloyd, the Commissioner for Standards in Public Life "
        "in Wales, to the Debating Chamber of the Welsh Parliament.\n")
    kinds = _types(found)
    assert kinds.get("Housing (Wales) Bill") in ("work", "other"), kinds
    assert kinds.get("Fisheries (Retained EU Law) (Wales) Bill") in ("work", "other"), kinds
    assert kinds.get("Finance, Audit and Public Accounts Committee") == "organisation", kinds
    assert not any(name in ("Finance", "Audit and Public Accounts Committee", "Public Life")
                   for name in kinds), kinds
    assert kinds.get("Welsh Parliament") == "organisation", kinds
    assert not any("Chamber of the" in name or "512KB" in name for name in kinds), kinds


def test_an_assemblys_record_names_its_acts_members_and_papers() -> None:
    found = suggest(
        "Wales Act 2017: Review of Parts II and III\n"
        "The Chairperson: We will move on to the review of Parts II and III of the Wales "
        "Act.\n\n"
        "Mr Speaker: I wish to inform Members that the Budget Act (Northern Ireland) 2019 and "
        "the Road Traffic (Amendment) Act (Northern Ireland) 2019 became law on 23 March "
        "2019.\n\n"
        "Present:\nThe Speaker\nMr D Brooks\nMrs S Ennis\n"
        "In attendance:\nDr A McGarel Clerk of Business\nMr P Gill Clerk Assistant\n\n"
        "Apologies were received from Mr I Quinn.\n"
        "Interests are as recorded in the Register of Members’ Interests.\n"
        "Members noted the following papers:\n"
        "  • Guide to the Role of Committee Chairpersons\n")
    kinds = _types(found)
    for act in ("Wales Act 2017", "Budget Act (Northern Ireland) 2019",
                "Road Traffic (Amendment) Act (Northern Ireland) 2019"):
        assert kinds.get(act) in ("work", "other"), (act, kinds)
    for person in ("D Brooks", "S Ennis", "A McGarel", "P Gill", "I Quinn"):
        assert kinds.get(person) == "person", (person, kinds)
    assert kinds.get("Register of Members’ Interests") in ("work", "other"), kinds
    assert kinds.get("Guide to the Role of Committee Chairpersons") == "work", kinds
    assert not any(name.startswith(("Review", "Parts")) or name in ("III", "Wales")
                   for name in kinds), kinds


def test_an_outlines_lettered_headings_and_a_body_named_before_another_by_one_word() -> None:
    found = suggest(
        "A. Members\n\nEach Member serves a term of six years.\n\n"
        "B. Term of office\n\nSix years, renewable.\n\n"
        "C. Organisation\n\nThe Court elects its President.\n\n"
        "It replaced the audit bodies of the European Economic Community and Euratom. Its "
        "motto is A Tradition of Service and Protection.\n")
    kinds = _types(found)
    assert "Protection" not in kinds, kinds
    assert kinds.get("European Economic Community") == "organisation", kinds
    assert kinds.get("Euratom") == "organisation", kinds
    assert not any(name.startswith(("B.", "C.")) or name == "Term" for name in kinds), kinds


def test_a_name_after_a_slogan_in_marks_and_a_menus_us_link() -> None:
    found = suggest(
        "Keyword Links | Contact Us | Español\n\n"
        'The Secretary congratulated this year’s winners of the "Stay Alert. Stay Alive." '
        "Road Safety Poster Contest. Drivers who stay alert improve road safety.\n")
    kinds = _types(found)
    assert kinds.get("Road Safety Poster Contest") == "event", kinds
    assert "Us" not in kinds and "Contact Us" not in kinds, kinds


def test_an_infobox_run_into_its_values_and_a_table_of_members() -> None:
    found = suggest(
        "Agency Name:United States Parole Board\n"
        "Seal:Seal of the United States Parole Board.png\n"
        "Jurisdiction:United States Judiciary\n"
        "Headquarters:Thurgood Marshall Federal Judiciary Building Washington, D.C.\n"
        "Employees:100\n\n"
        "The board sits in Washington, D.C.\n"
        "Judge, U.S. District Court, Southern District of Ohio\n1999\n"
        "Attorney, Morrison & Foerster LLP, later appointed Associate Justice of the Supreme "
        "Court of the United States\n")
    kinds = _types(found)
    assert kinds.get("United States Judiciary") == "organisation", kinds
    assert kinds.get("Thurgood Marshall Federal Judiciary Building") == "place", kinds
    assert kinds.get("Southern District of Ohio") in ("place", "organisation"), kinds
    assert kinds.get("Morrison & Foerster LLP") == "organisation", kinds
    assert kinds.get("Supreme Court of the United States") == "organisation", kinds
    assert not any(name.startswith(("Seal", "Attorney,")) or name == "States"
                   for name in kinds), kinds


def test_a_place_named_before_its_hydroelectric_facility() -> None:
    kinds = _names("The Tresvar hydroelectric facility’s third turbine turned on when Sen. Ann "
                   "Reyes pushed the start button.\n")
    assert kinds.get("Tresvar") == "place", kinds


def test_a_wire_services_story_of_veterans_and_their_wars() -> None:
    found = suggest(
        "By Emily Rivers\nAmerican Forces Press Service\n\n"
        '"Thank you for your service," Navy Capt. Jane R. Holt, commander of Navy Region '
        "Mid-Atlantic Reserve Component Command, told the group. He landed in Normandy on "
        "D-Day and flew in the Tokyo Raid; the home dates from the War of 1812.\n")
    kinds = _types(found)
    assert kinds.get("Emily Rivers") == "person", kinds
    assert kinds.get("D-Day") == "event", kinds
    assert kinds.get("Tokyo Raid") == "event", kinds
    assert kinds.get("War of 1812") == "event", kinds
    (quote,) = found.quotes
    assert quote.speaker_name == "Jane R. Holt", quote


def test_a_rooms_number_before_its_building_and_a_reports_number() -> None:
    found = suggest(
        "Report No.: 2019-WR-012 March 2019\n\n"
        "The Honorable Jane Roe, Ranking Member House Committee on Appropriations "
        "Subcommittee on Energy, Water, and Related Agencies B-308 Rayburn House Office "
        "Building Washington, DC 20515 Subject: Final Evaluation Report - Water Relocation "
        "Practices Report No. 2019-WR-012\n")
    kinds = _types(found)
    assert "Rayburn House Office Building" in kinds, kinds
    assert not any(name.startswith(("B-308", "Report")) or name.endswith("Practices Report")
                   or name in ("Water", "Related Agencies") for name in kinds), kinds


def test_a_signature_of_an_initial_a_given_name_and_a_surname_alone_on_its_line() -> None:
    kinds = _names("As the new Board Chairman, I am pleased to provide this report.\n\n"
                   "J. Martin Hollowell\n\nThe Board hears appeals from every state.\n")
    assert kinds.get("J. Martin Hollowell") == "person", kinds


def test_a_government_manuals_directory_and_its_hard_wrapped_prose() -> None:
    rows = [("Chairman", "Marla V. Quentin"), ("Commissioners", "Dale P. Fenwick, "),
            ("", "Oscar T. "), ("", "Brannigan"), ("    Executive Director", "Rosa M. Tillery"),
            ("    Chief Judge", "Irving Calloway"), ("    General Counsel", "Hal R. Osgood, Jr."),
            ("    Press Officer", "Lena A. Whitcomb")]
    directory = "".join(f"{post:<50}{name}\n" if post else f"{'':58}{name}\n"
                        for post, name in rows)
    prose = ("The Mine Appeals Review Board works to ensure the timely and fair \n"
             "resolution of cases involving the alleged exposure of miners to \n"
             "unsafe or unhealthy working conditions in the mines of the country.\n\n"
             "The Board is an independent, quasi-judicial agency established by \n"
             "the Federal Mine Appeals and Safety Act of 1977 (30 U.S.C. 801). It \n"
             "rules on cases forwarded to it by the Department of Labor when the \n"
             "results of inspections performed by the Department's Mine Inspection \n"
             "and Standards Administration are disputed by the owners of mines.\n")
    kinds = _names("MINE APPEALS REVIEW BOARD\n\n" + directory + "\n" + prose)
    for person in ("Marla V. Quentin", "Dale P. Fenwick", "Oscar T. Brannigan",
                   "Rosa M. Tillery", "Irving Calloway", "Lena A. Whitcomb"):
        assert kinds.get(person) == "person", (person, kinds)
    assert any(name.startswith("Hal R. Osgood") for name in kinds), kinds
    assert "Federal Mine Appeals and Safety Act of 1977" in kinds, kinds
    assert "Mine Inspection and Standards Administration" in kinds, kinds
    assert not any(name.startswith(("Act of", "Oscar T. Brannigan ", "Jr."))
                   or name.endswith(("Commissioners", "Director", "Officer", "Counsel"))
                   for name in kinds), kinds


def test_a_tables_head_glued_together_by_a_copy_that_lost_its_cells() -> None:
    kinds = _names("Members\n\nNamePartySworn inTerm expires\n"
                   "Dana K. Whitlock (Chair)DemocraticApril 27, 2029\n\n"
                   "The board was created by the Mine Safety Act.\n")
    assert "Dana K. Whitlock" in kinds, kinds
    assert not any("NamePartySworn" in name for name in kinds), kinds


def test_a_plan_named_for_its_fiscal_year_in_hard_wrapped_prose() -> None:
    kinds = _names("This notice serves to announce the 30-day opportunity for comment on \n"
                   "the Kenai Basin Authority Draft Work Plan for Federal Fiscal Year 2027 (FY \n"
                   "2027). The Kenai Basin Authority was created by Congress to provide \n"
                   "critical utility, infrastructure and economic support throughout the \n"
                   "region, and it funds its work in Fiscal Year 2027 by its annual grants.\n")
    assert "Kenai Basin Authority Draft Work Plan for Federal Fiscal Year 2027" in kinds, kinds
    assert "Fiscal Year 2027" not in kinds and \
        "Kenai Basin Authority Draft Work Plan for Federal Fiscal Year" not in kinds, kinds


def test_a_speaker_who_reports_what_someone_asked_voiced_and_a_headlines_subject() -> None:
    found = suggest(
        "At Garvey's request, Holloway 'reluctantly' blocks bill on rents\n"
        "Republican Gov. Ned Garvey asked the caucus to block the bill, state Sen. Ruth "
        "Holloway said on Tuesday.\n"
        "In an email to the Sentinel, Garvey's press secretary Tom Quill said the governor "
        "was asked for input on the bill and 'voiced technical concerns with the draft.'\n")
    speakers = {q.text: q.speaker_name for q in found.quotes}
    assert speakers.get("reluctantly") == "Ruth Holloway", speakers
    assert speakers.get("voiced technical concerns with the draft.") == "Tom Quill", speakers


def test_a_firm_named_for_brothers_is_an_organisation() -> None:
    kinds = _names("Studio giants Halden Pictures and Warner Bros. Discovery are attached to "
                   "the project.\n")
    assert kinds.get("Warner Bros. Discovery") == "organisation", kinds


def test_a_release_whose_photos_names_ran_into_its_dateline_and_its_sentences() -> None:
    found = suggest(
        "Ruth OkaforWASHINGTON, D.C. – Secretary Dana Whitfield today presented the awards at "
        "the Heritage Board’s Winter Business Meeting in the Lyman Caucus Room of the Hart "
        "Civic Office Building.\n\n"
        "“Preservation drives heritage tourism,” Secretary Whitfield said.” I am proud to "
        "present these awards.”\n\n"
        "Board Chairman Lee Marsh commended the Ruth OkaforSecretary’s record.\n\n"
        "Ruth Okafor, Ph.D. (Expert Member), Albuquerque, NM\n")
    kinds = _types(found)
    assert kinds.get("Ruth Okafor") == "person", kinds
    assert kinds.get("Winter Business Meeting") == "event", kinds
    assert kinds.get("Lyman Caucus Room") == "place", kinds
    assert kinds.get("Hart Civic Office Building") == "place", kinds
    assert not any(("WASHINGTON" in name and name != "WASHINGTON, D.C.") or "Secretary" in name
                   or (name.startswith("Winter Business ") and name != "Winter Business Meeting")
                   for name in kinds), kinds
    speakers = {q.text: q.speaker_name for q in found.quotes}
    assert speakers.get("I am proud to present these awards.") == "Dana Whitfield", speakers


def test_an_awards_field_after_in_and_a_buildings_number() -> None:
    kinds = _names("Chair Ana Ruiz announced the winner of the Chair’s Award for Achievement in "
                   "Rural Heritage, given to the Navy for the rehabilitation of Building 2417 at "
                   "Camp Verity, Ohio, and the Merit Award for Residential Restoration/"
                   "Rehabilitation, 2003.\n")
    assert "Chair’s Award for Achievement in Rural Heritage" in kinds, kinds
    assert kinds.get("Building 2417") == "place", kinds
    assert "Merit Award for Residential Restoration/Rehabilitation" in kinds, kinds
    assert "Building" not in kinds and "Rehabilitation" not in kinds, kinds


def test_a_conference_of_officers_a_channel_and_a_site_path_with_arrows() -> None:
    kinds = _names("skip specific nav links\nHome arrowNews arrowTwo Board Members Honored for "
                   "Their Service to Rural Heritage\n\n"
                   "Jo Lane, President, National Conference of Rural Heritage Officers, was "
                   "honored by The History Channel. She swam the English Channel in 1990.\n")
    assert kinds.get("National Conference of Rural Heritage Officers") == "organisation", kinds
    assert kinds.get("History Channel") == "organisation", kinds
    assert kinds.get("English Channel") == "place", kinds
    assert not any("Members Honored" in name or name == "Rural Heritage" for name in kinds), \
        kinds


def test_a_reports_letter_to_its_addressees_each_with_a_post_after_the_name() -> None:
    kinds = _names(
        "CIVIC RECORDS OVERSIGHT BOARD SEMI-ANNUAL REPORT OCTOBER 2015 – APRIL 2016 May 2, "
        "2016 In accordance with Section 801 of the Implementing Recommendations of the 9/11 "
        "Commission Act, I am pleased to present the fourth Semi-Annual Report of the Civic "
        "Records Oversight Board. This Semi-Annual Report is being provided to the following "
        "Members of Congress: The Honorable Mara J. Lindqvist Chairwoman, U.S. Senate "
        "Committee on Appropriations The Honorable Dorsey Pellham Ranking Member, U.S. Senate "
        "Committee on Appropriations The Honorable Quill Abernathy Vice Chairman, U.S. Senate "
        "Select Committee on Intelligence The Honorable Ned Farrow Chairman, U.S. House of "
        "Representatives Committee on the Judiciary\n")
    for person in ("Mara J. Lindqvist", "Dorsey Pellham", "Quill Abernathy", "Ned Farrow"):
        assert kinds.get(person) == "person", (person, kinds)
    assert "Implementing Recommendations of the 9/11 Commission Act" in kinds, kinds
    assert kinds.get("Civic Records Oversight Board") == "organisation" or \
        kinds.get("CIVIC RECORDS OVERSIGHT BOARD") == "organisation", kinds
    assert not any(name.endswith(("Chairwoman", "Chairman", "Member", "SEPTEMBER", "OCTOBER"))
                   or name.startswith("Semi-Annual Report of") for name in kinds), kinds


def test_a_law_for_a_fiscal_year_its_letters_a_day_named_body_and_a_post_by_its_field() -> None:
    found = suggest(
        "The report was issued in response to Section 824 of the Intelligence Authorization "
        "Act for Fiscal Year 2022 (Pub. L. No. 117-103) (IAA), which directed the Board to "
        "produce it. The U.S. Director of National Intelligence also has the power to "
        "override requests. Former members of the 9/11 Commission noted there was \"little "
        "urgency\" in it. Member Lane Dacosta resigned in protest over the board's lack of "
        "independence, citing \"extensive redlining by officials of the board's report\".\n"
        "Keydocument2:Implementing Recommendations of the 9/11 Commission Act of 2007\n")
    entities = {e.name: e for e in found.entities}
    act = entities.get("Intelligence Authorization Act for Fiscal Year 2022")
    assert act is not None and "IAA" in act.aliases, entities
    assert "9/11 Commission" in entities, entities
    assert "Implementing Recommendations of the 9/11 Commission Act of 2007" in entities, entities
    assert "National Intelligence" not in entities, entities
    speakers = {q.text: q.speaker_name for q in found.quotes}
    assert speakers.get("extensive redlining by officials of the board's report") == \
        "Lane Dacosta", speakers


def test_a_countrys_court_named_whole_though_written_without_the_country_too() -> None:
    kinds = _names(
        "Announcements\n\n"
        "Mara Quill took the oath of office on May 3, 2021, as a Judge of the United States "
        "Court of International Trade.  The Court of International Trade continues to take "
        "steps to limit filings. For more information, please see the Amended General "
        "Order.\n")
    assert kinds.get("United States Court of International Trade") == "organisation", kinds
    assert "United States" not in kinds and "Order" not in kinds, kinds
    assert kinds.get("Mara Quill") == "person", kinds


def test_a_programme_opening_with_a_digit_and_one_named_for_a_continent() -> None:
    kinds = _names("Two projects also advance the agency’s 3X Girls’ Initiative. These projects "
                   "support Prosper Africa and Power Africa, and many of Africa’s poorest "
                   "countries.\n")
    assert "3X Girls’ Initiative" in kinds, kinds
    assert kinds.get("Prosper Africa") not in (None, "person"), kinds
    assert kinds.get("Africa") == "place", kinds


def test_a_police_release_with_surnames_in_capitals_and_ranks_by_their_short_forms() -> None:
    found = suggest(
        "HALIFAX, March 3, 2015 /CNW/ - Today, the police laid charges against Ronan PELLETIER "
        "of Truro, Nova Scotia and Odile WHITAKER of Amherst, Nova Scotia. WHITAKER has also "
        "been charged with mischief.\n"
        "\"Hoaxes are far from harmless,\" commented Insp. Wren Dalby, Officer in Charge. "
        "Supt. Ivo Brandt agreed.\n"
        "PELLETIER and WHITAKER are scheduled to appear in court on April 2, 2015.\n"
        "Ian Tolle, Interim Chair of the Commission for Public Complaints Against the RCMP "
        "(Commission), has opened an investigation, and the Director of Law Enforcement "
        "assigned it to the RCMP. The Director of Law Enforcement was told.\n")
    kinds = _types(found)
    for person in ("Ronan PELLETIER", "Odile WHITAKER", "Wren Dalby", "Ivo Brandt"):
        assert kinds.get(person) == "person", (person, kinds)
    assert kinds.get("Commission for Public Complaints Against the RCMP") == "organisation", \
        kinds
    assert not any(name.startswith(("Insp.", "Supt.")) or name.endswith(" of Amherst")
                   or name in ("Law Enforcement", "Public Complaints") for name in kinds), kinds
    (quote,) = found.quotes
    assert quote.speaker_name == "Wren Dalby", quote


def test_a_radio_report_with_speakers_labels_in_capitals_and_a_suffix_spelt_out() -> None:
    found = suggest(
        "Read, listen and learn with this story. Double-click on any word to find it in the "
        "Merriam-Webster Learner's Dictionary.\n\n"
        "Ezra Dunmore Junior is a farmer in the state of Iowa.\n\n"
        "EZRA DUNMORE JR.: \"The corn crop is our paycheck.\"\n\n"
        "So in July, Ezra Dunmore decided to cut down his crop.\n\n"
        "The drought is reducing the depth of the Missouri River. Last year, heavy rains "
        "flooded parts of the Missouri.\n")
    entities = {e.name: e for e in found.entities}
    ezra = entities.get("Ezra Dunmore Junior")
    assert ezra is not None and ezra.type == "person", entities
    assert {"EZRA DUNMORE JR", "Ezra Dunmore"} <= set(ezra.aliases), ezra
    assert entities["Merriam-Webster Learner's Dictionary"].type == "work", entities
    river = entities.get("Missouri River")
    assert river is not None and "Missouri" in river.aliases, entities
    (quote,) = found.quotes
    assert quote.speaker_name in ("Ezra Dunmore Junior", "EZRA DUNMORE JR"), quote


def test_a_ministers_listed_portfolio_a_factions_letters_and_a_surname_run_into_a_body() -> None:
    entities = {e.name: e for e in suggest(
        "Minister Declines to Declare the Drought a National Disaster\n\n"
        "Lands, Water and Rural Resettlement Minister, Oscar Tembo, says the drought does not "
        "justify it. Tembo was responding to Kesi Moyo of the Movement for Democratic Change. "
        "Tembo said it was bad. Farai Ncube, an MDC-T member, told VOA Studio 7 Tembo is "
        "making a mistake.\n").entities}
    assert "MDC-T" in entities["Movement for Democratic Change"].aliases, entities
    assert "Oscar Tembo" in entities and "VOA Studio 7" in entities, entities
    assert not any(name.endswith("Minister") or name in ("Declines", "VOA Studio 7 Tembo")
                   for name in entities), entities


def test_a_blog_roundups_quotes_given_to_whom_the_words_after_them_open_with() -> None:
    found = suggest(
        "- Global Voices - https://globalvoices.org -\n\n"
        "Jamaica: Anti-People?\n\n"
        "“The Minister is on record for saying that he will proceed with the port. And the "
        "fishermen are ‘anti-people'?” Jamaican blogger Dara Quinlan [1] takes issue with an "
        "editorial.\n\n"
        "“Quick! Look busy. Obama is coming. Hide away anything that would suggest we have "
        "screwed up priorities\n”: Sela Mbeki [2] wishes Jamaica would get its priorities "
        "straight. How the UN Cybercrime Convention 2023 can pose a threat.\n")
    speakers = [q.speaker_name for q in found.quotes]
    assert speakers == ["Dara Quinlan", "Sela Mbeki"], found.quotes
    kinds = _types(found)
    assert kinds.get("Obama") == "person", kinds
    assert kinds.get("UN Cybercrime Convention") == "work", kinds


def test_a_prosecution_services_news_a_body_named_for_two_offices_hotels_and_a_crash() -> None:
    found = suggest(
        "News from the service\n\n"
        "Dunmore Ferry Crash: Investigation process explained\n\n"
        "The Crown Office has published details of the process which will follow the Dunmore "
        "Ferry crash in Oban. The Crown Office and Procurator Fiscal Service (COPFS) leads "
        "any such investigation.\n\n"
        "A man was the owner of the Carrick Hotel near Appin, and two died in a fire at "
        "Balloch House Hotel.\n")
    entities = {e.name: e for e in found.entities}
    body = entities.get("Crown Office and Procurator Fiscal Service")
    assert body is not None and {"Crown Office", "COPFS"} <= set(body.aliases), entities
    kinds = {name: e.type for name, e in entities.items()}
    assert kinds.get("Dunmore Ferry") == "event", kinds
    assert kinds.get("Carrick Hotel") == "place", kinds
    assert kinds.get("Balloch House Hotel") == "place", kinds


def test_a_state_release_with_its_dateline_run_into_the_date_and_a_conservationist() -> None:
    kinds = _names(
        "Salina, Kansas November 15, 2018\u2014Farmers will want to sign up early. Tom Q. "
        "Banks, State Conservationist in Kansas, announced the cutoff.\n\n"
        "Topeka, Kansas, August 3, 2012\ufffdState Conservationist Ada C. Reyes "
        "announced the date.\n")
    assert kinds.get("Salina") == "place", kinds
    assert kinds.get("Tom Q. Banks") == "person", kinds
    assert kinds.get("Ada C. Reyes") == "person", kinds
    assert not any(name.startswith("State Conservationist") for name in kinds), kinds


def test_a_fire_agencys_releases_a_speaker_after_his_post_and_an_observance_in_a_headline() -> None:
    found = suggest(
        "U.S. Fire Administrator Travels to Boise and Sacramento during Earth Week\n\n"
        "» 2003 Region X News Releases\n\n"
        "\"Emergencies can happen anytime, anywhere,\" said FEMA Administrator, and former "
        "volunteer firefighter Dale Rourke.  \"Our best tool is an educated public.\"\n")
    kinds = _types(found)
    assert kinds.get("Earth Week") == "event", kinds
    assert "Travels" not in kinds and "Region X News Releases" not in kinds, kinds
    assert [q.speaker_name for q in found.quotes] == ["Dale Rourke", "Dale Rourke"], \
        found.quotes


def test_new_zealand_releases_te_reo_names_a_school_by_its_high_and_places_in_a_list() -> None:
    kinds = _names(
        "Mr Aperahama visited Taupo-nui-a-Tia College in Taupo today. Funding goes to Ngati "
        "Awa Social and Health Services, Tuwharetoa ki Kawerau and Te Pou Oranga o Whakatohea "
        "in Whakatane. The new schools are two primary schools at Kumeu and Scott Point, and "
        "Rototuna Senior High in Hamilton. A new Fire and Rescue Station opens on the C and E "
        "Trail. EU High Representative Josep Borrell came.\n")
    assert kinds.get("Taupo-nui-a-Tia College") == "organisation", kinds
    assert "Tuwharetoa ki Kawerau" in kinds and "Te Pou Oranga o Whakatohea" in kinds, kinds
    assert kinds.get("Kumeu") == "place" and kinds.get("Scott Point") == "place", kinds
    assert kinds.get("Rototuna Senior High") == "organisation", kinds
    assert "High" not in kinds and "EU High" not in kinds, kinds
    assert "Fire and Rescue Station" in kinds and "C and E Trail" in kinds, kinds


def test_a_body_named_in_english_and_te_reo_with_a_slash_is_one_entity() -> None:
    found = suggest(
        "The Marine Heritage Authority/Te Kaitiaki o te Moana (Authority) welcomes Hon Rua "
        "Tāwhiri. The Department of Oceans/Te Tari Moana (Department) manages reserves. The "
        "AT&T/Time Warner merger and the Labour/Green Party deal were debated. Composite image by "
        "the Post via Alamy (PA Images/Malcolm Park).\n")
    entities = {e.name: e for e in found.entities}
    authority = entities.get("Marine Heritage Authority")
    assert authority is not None and "Te Kaitiaki o te Moana" in authority.aliases, entities
    department = entities.get("Department of Oceans")
    assert department is not None and "Te Tari Moana" in department.aliases, entities
    assert "Te Kaitiaki o te Moana" not in entities and "Te Tari Moana" not in entities
    assert "AT&T" in entities and "Time Warner" in entities, entities
    assert "Green Party" in entities, entities
    assert "Malcolm Park" in entities and "Malcolm Park" not in entities["PA Images"].aliases


def test_peoples_listed_after_a_dash_are_groups() -> None:
    kinds = _names(
        "All kids should do well, including those who have not fared so well in the past – "
        "Maori, Pasifika and kids from poorer homes. The firms – Dutch, French and other "
        "companies – agreed.\n")
    assert kinds.get("Maori") == "group", kinds
    assert kinds.get("Pasifika") == "group", kinds
    assert "Dutch" not in kinds and "French" not in kinds, kinds


def test_a_development_agencys_pages_a_summit_of_two_places_a_firms_arm_and_camps_listed() -> None:
    found = suggest(
        "The agency is teaming up with General Electric Africa to launch a challenge. In its "
        "own release, GE Africa said the challenge will help, in line with commitments made "
        "at the U.S.-Africa Leaders’ Summit. Hundreds applied, in partnership with GE and "
        "Power Africa.\n\n"
        "Funding goes to the following settlements and their host communities:\n\n"
        "  • Kenya: Kakuma and Kalobeyei Refugee Settlements and/or Turkana West District ONLY\n"
        "  • Uganda: Bidibidi, Kiryandongo, and Rwamwanja Refugee Settlements and/or Yumbe, "
        "Kiryandongo, and Kamwenge Districts ONLY\n\n"
        "Applicants must be companies that are operating in the above districts.\n")
    entities = {e.name: e for e in found.entities}
    kinds = {name: e.type for name, e in entities.items()}
    assert kinds.get("General Electric Africa") == "organisation", kinds
    assert "GE Africa" in entities["General Electric Africa"].aliases, entities
    assert kinds.get("U.S.-Africa Leaders’ Summit") == "event", kinds
    assert "GE" in kinds and kinds.get("Power Africa") != "person", kinds
    assert "GE and Power Africa" not in kinds, kinds
    assert kinds.get("Kakuma") == "place", kinds
    assert kinds.get("Kalobeyei Refugee Settlements") == "place", kinds
    for place in ("Bidibidi", "Yumbe", "Kiryandongo"):
        assert kinds.get(place) == "place", (place, kinds)
    assert any(name.startswith("Kamwenge") for name in kinds), kinds


def test_a_broadcasters_teasers_its_name_over_each_a_country_after_a_headline_link() -> None:
    found = suggest(
        "Voice of America\n"
        "Rebel Leader Erdimi Returns to Chad After Decade in Exile\n"
        "Nairobi, Kenya — Exiled rebel leader Timan Erdimi has returned to the country.\n"
        "Voice of America\n"
        "India Won’t Give Homes to Rohingya Refugees\n"
        "The Indian government has revoked a plan to give housing to Rohingya Muslim refugees "
        "following protests by the Hindu organization Vishwa Hindu Parishad [VHP], which "
        "called the refugee community “infiltrators.”. A minister, Hardeep Singh Puri, said "
        "Wednesday the government would act.\n"
        "Voice of America\n"
        "Jets Arrive\n"
        "Many of the Russian-made Yak-130s are out of service, and two MiG-29s crashed.\n")
    kinds = _types(found)
    assert kinds.get("Voice of America") == "organisation" and "America" not in kinds, kinds
    assert kinds.get("Chad") == "place" and "Chad After Decade" not in kinds, kinds
    assert kinds.get("Rohingya") == "group" and "Rohingya Muslim" not in kinds, kinds
    assert kinds.get("Yak-130s") == "other" and kinds.get("MiG-29s") == "other", kinds
    speakers = [(q.text, q.speaker_name) for q in found.quotes]
    assert speakers == [("infiltrators.", "Vishwa Hindu Parishad")], speakers


def test_a_shows_name_in_marks_before_its_listeners_is_a_title_not_a_quote() -> None:
    found = suggest(
        "Koul Panha, director of the Committee for Free and Fair Elections, told \"Hello "
        "VOA\" listeners Monday that people should speak up. Later, Dana Roe said, \"People "
        "want change\" and left.\n")
    kinds = _types(found)
    assert kinds.get("Hello VOA") == "work", kinds
    texts = [q.text for q in found.quotes]
    assert not any("Hello VOA" in t for t in texts), texts
    assert any(t.startswith("People want change") for t in texts), texts


def test_a_row_of_links_a_land_known_by_its_nicknames_and_an_announcements_maker() -> None:
    found = suggest(
        "Latest news Wikinews Atom Feed Wikinews on Twitter Wikinews on Facebook Wikinews "
        "mobile site Refresh Page\n\n"
        "Thousands joined a pro-Trump rally, and a pro-Russian crowd met them. I'd be "
        "unpopular with the WMF if we set up our own mini-Wikileaks. Follow us on Twitter "
        "Spaces.\n\n"
        "A court ruled on young men in a land known as Downunder or Oz.\n\n"
        "Under a scheme announced April 1 by Chancellor of the Duchy of Lancaster Oliver "
        "Dowden, public authorities would \"later this year\" be able to request a portrait.\n")
    kinds = _types(found)
    assert "Wikinews" in kinds and "Wikinews Atom Feed Wikinews" not in kinds, kinds
    assert "Twitter" in kinds and "Facebook" in kinds, kinds
    assert "Twitter Wikinews" not in kinds and "Facebook Wikinews" not in kinds, kinds
    assert "Twitter Spaces" in kinds, kinds
    assert "Russian" not in kinds, kinds
    assert kinds.get("Downunder") == "place" and kinds.get("Oz") == "place", kinds
    speakers = [(q.text, q.speaker_name) for q in found.quotes]
    assert speakers == [("later this year", "Oliver Dowden")], speakers


def test_a_quotation_labelled_and_signed_after_a_hyphen_and_a_solstice() -> None:
    found = suggest(
        "Parks Canada values its partnerships. Coinciding with the Summer Solstice, this day "
        "is an opportunity to celebrate.\n\n"
        "Quote: \"To see Elders and Youth learning side by side left me an unforgettable "
        "image and hope for the future of our special places.\" - Fred Johnstone, Northern "
        "Native Broadcasting Yukon\n\n"
        "Protecting our heritage\n")
    kinds = _types(found)
    assert kinds.get("Summer Solstice") == "event", kinds
    assert kinds.get("Fred Johnstone") == "person", kinds
    speakers = [q.speaker_name for q in found.quotes]
    assert speakers == ["Fred Johnstone"], found.quotes


def test_a_commendation_after_a_posts_possessive_malware_and_a_reports_headings() -> None:
    kinds = _names(
        "Those identified go forward to receive a Director General’s Commendation. The "
        "offender utilised Remote Access Trojan (RAT) software.\n")
    assert kinds.get("Director General’s Commendation") == "other", kinds
    assert kinds.get("Remote Access Trojan") == "other", kinds
    wrapped = ("ANNUAL PLAN 2020-2021 - Leading the fight to cut serious and organised crime - "
               "National Crime Agency\nContents\n\nForeword by the Home Secretary              2\n"
               "ANNUAL PLAN 2020-2021 - Leading the fight to cut serious and organised crime - "
               "National Crime Agency\nForeword by the Home Secretary\n"
               "                  Serious and organised crime affects more of us, more often,\n"
               "                  than any other national security threat. It devastates lives\n"
               "                  and communities across the country, undermining our safety\n"
               "                  and security and costing the country at least £37 billion.\n")
    kinds = _names(wrapped)
    assert kinds.get("National Crime Agency") == "organisation", kinds
    assert not any(name.startswith("National Crime Agency ") for name in kinds), kinds
    assert "Contents" not in kinds and "Foreword" not in kinds, kinds


def test_federal_register_columns_its_filing_line_a_former_refuge_and_a_gulf_in_a_title() -> None:
    text = ("Outer Continental Shelf, Western, Central, and Eastern Gulf of Mexico, Oil and Gas "
            "Lease Sales for Years 2019-2024, 66300-66302 [2018-27876]\n"
            "Download as PDF\n"
            "Federal Register / Vol. 83, No. 246 / Wednesday, December 26, 2018 / Notices\n"
            "Lands Outside the Former Clarence\n"
            "Rhode National Wildlife Range (Public\n"
            "Land Order No. 2213), Now Known as\n"
            "the Yukon Delta National Wildlife\n"
            "Refuge. Surface estate to be conveyed\n"
            "to Kugkaktlik Limited, and then the\n"
            "subsurface estate to be conveyed to\n"
            "Calista Corporation. The notice of the\n"
            "decision runs once a week for four\n"
            "consecutive weeks in The Delta\n"
            "Discovery newspaper, in Alaska.\n"
            "Judy A. Kelley,\n"
            "Land Law Examiner, Adjudication Section.\n"
            "[FR Doc. 2018–27880 Filed 12–21–18; 8:45 am]\n")
    kinds = _names(text)
    assert kinds.get("Gulf of Mexico") == "place", kinds
    assert kinds.get("Clarence Rhode National Wildlife Range") == "place", kinds
    assert not any(name.startswith(("Notices ", "Lands ")) for name in kinds), kinds
    assert "Doc" not in kinds and "Filed" not in kinds, kinds
    assert kinds.get("Judy A. Kelley") == "person", kinds


def test_an_administration_named_for_its_president_and_vice_president() -> None:
    kinds = _names("WASHINGTON — Today, the Biden-Harris administration completed its sixth "
                   "offshore wind lease sale in the Gulf of Maine.\n")
    assert kinds.get("Biden-Harris administration") == "organisation", kinds


def test_a_listings_report_title_before_its_colon_and_spyware_by_its_kind() -> None:
    kinds = _names(
        "New report uncovers the first documented case of Pegasus spyware used in war\n"
        "Experts say the case matters.\n"
        "Unfreedom Monitor Report: Venezuela\n"
        "Advox research into digital authoritarianism in Venezuela is now in a report.\n"
        "Special Report: Tax Cuts Explained\n"
        "The forum published it.\n")
    assert kinds.get("Pegasus") == "other", kinds
    assert kinds.get("Unfreedom Monitor Report") == "work", kinds
    assert kinds.get("Venezuela") == "place", kinds
    assert "Special Report" not in kinds, kinds


def test_a_transcripts_labels_in_capitals_a_report_title_and_a_group_after_the() -> None:
    found = suggest(
        "How a Chemist Gets a Reaction From a Class of English Learners\n\n"
        "We are listening to a class. The teacher, Dana Roe, speaks slowly.\n\n"
        "TEACHER AND STUDENTS: \"The tip of the tongue to the teeth. The tip of the tongue.\"\n"
        "STUDENTS: \"Wake. Wake.\"\n"
        "TEACHER: \"Uh-huh, it's also a bit of a tongue twister.\"\n\n"
        "The 2015 Open Doors report shows 65 percent of funding comes from families. He left "
        "Afghanistan after the Taliban threatened his family. The program, Asad Shadan "
        "explains, grew quickly.\n")
    speakers = {q.text[:20]: q.speaker_name for q in found.quotes}
    assert speakers.get("The tip of the tongu") == "TEACHER AND STUDENTS", speakers
    assert speakers.get("Wake. Wake.") == "STUDENTS", speakers
    assert speakers.get("Uh-huh, it's also a ") == "TEACHER", speakers
    kinds = _types(found)
    assert "Gets" not in kinds, kinds
    assert kinds.get("Open Doors") == "work", kinds
    assert kinds.get("Taliban") != "person", kinds
    assert kinds.get("Asad Shadan") == "person", kinds


def test_a_trademarked_technology_a_report_by_number_and_an_infobox_website() -> None:
    kinds = _names(
        "We built a breakthrough forecasting technology, GraincastTM, for the grain industry. "
        "GraincastTM provides estimates of crop area.\n\n"
        "The Committee's inquiry into Auditor-General Report 39 (2019-20) found progress.\n\n"
        "Agency overview\nFormed1916\nWebsitewww.csiro.au Edit this at Wikidata\n\n"
        "CSIRO works with leading organisations around the world.\n")
    assert kinds.get("Graincast") == "other", kinds
    assert kinds.get("Auditor-General Report 39") == "work", kinds
    assert not any(name.startswith("Website") for name in kinds), kinds


def test_irish_bodies_with_an_a_law_with_brackets_a_brand_and_a_unit() -> None:
    found = suggest(
        "The seized cigarettes, branded 'Marlboro', have a retail value of €500,000. Officers "
        "seized approximately 24.5Kg of herbal cannabis. A man was arrested by An Garda "
        "Síochána and is detained under Section 2 of the Criminal Justice (Drug Trafficking) "
        "Act 1996 at a Garda Station. An Indian firm was fined.\n")
    kinds = _types(found)
    assert kinds.get("Marlboro") == "other", kinds
    assert not found.quotes, found.quotes
    assert "Kg" not in kinds, kinds
    assert kinds.get("An Garda Síochána") == "organisation", kinds
    assert kinds.get("Criminal Justice (Drug Trafficking) Act 1996") == "work", kinds
    assert "An Indian" not in kinds, kinds


def test_bodies_named_in_their_own_language_for_their_mission_and_member_states() -> None:
    found = suggest(
        "Officers of the Financial Police Directorate (Diéfthynsi Oikonomikís Astynomías/"
        "Διεύθυνση Οικονομικής Αστυνομίας) and French Customs (Direction générale des douanes "
        "et droits indirects), with the Central Office to fight Against Environmental and "
        "Public Health Crime (OCLAESP), arrested ten people. The Belgian Federal Police "
        "(Police Fédérale/Federale Politie) helped. The network threatened all EU Member "
        "States.\n")
    kinds = _types(found)
    assert "Diéfthynsi Oikonomikís Astynomías" in _entity(
        found, "Financial Police Directorate").aliases, kinds
    assert "Direction générale des douanes et droits indirects" in _entity(
        found, "French Customs").aliases, kinds
    assert kinds.get("Central Office to fight Against Environmental and Public Health "
                     "Crime") == "organisation", kinds
    assert "Central Office" not in kinds, kinds
    assert {"Police Fédérale", "Federale Politie"} <= set(
        _entity(found, "Belgian Federal Police").aliases), kinds
    assert "States" not in kinds and kinds.get("EU") == "organisation", kinds


def test_irish_ministers_portfolios_dotted_letters_places_with_and_and_a_dated_expo() -> None:
    found = suggest(
        "Remarks by Minister of State Seán Fleming at Lunch for Diplomatic Corps\n\n"
        "The Minister for Agriculture, Food and the Marine Simon Coveney TD has today announced "
        "a new Investigations Division. Speaking on the announcement the Minister said "
        "“following a recent review I decided there was a need for a new Division”. The "
        "Minister for Agriculture, Food and the Marine, Charlie McConalogue T.D., launched the "
        "report. Minister McConalogue agreed. Planned new Embassies in Serbia, Bosnia and "
        "Herzegovina and Moldova demonstrate support. This includes the launch of Ireland House "
        "Tokyo and Expo 2025 Osaka, and the Ireland-Japan 2025 programme. Ireland's Expo "
        "pavilion will host events.\n")
    kinds = _types(found)
    assert kinds.get("Seán Fleming") == "person", kinds
    assert kinds.get("Simon Coveney") == "person" and "Food" not in kinds, kinds
    assert not any("Marine" in name for name in kinds), kinds
    assert "McConalogue" in _entity(found, "Charlie McConalogue").aliases, kinds
    assert {"Bosnia and Herzegovina", "Moldova", "Serbia"} <= set(kinds), kinds
    assert kinds.get("Expo 2025 Osaka") == "event", kinds
    assert "Expo" in _entity(found, "Expo 2025 Osaka").aliases, kinds
    assert kinds.get("Ireland-Japan 2025") == "other", kinds
    speakers = {q.text[:20]: q.speaker_name for q in found.quotes}
    assert speakers.get("following a recent r") == "the Minister", speakers  # (three people)
    alone = suggest(
        "The Minister for Agriculture, Food and the Marine Simon Coveney TD has today "
        "announced a new Investigations Division. Speaking on the announcement the Minister "
        "said “following a recent review I decided there was a need for a new Division”.\n")
    speakers = {q.text[:20]: q.speaker_name for q in alone.quotes}
    assert speakers.get("following a recent r") == "Simon Coveney", speakers


def test_a_body_and_its_team_a_circuit_by_its_city_and_work_done_at_a_body() -> None:
    found = suggest(
        "Advocacy is a new area of focus for Mozilla. Over the next weeks, the Mozilla Advocacy "
        "team will lay out its plans. Our goal is to advance the Mozilla mission. Transparency "
        "is the core of everything we do at Mozilla.\n\nA lawsuit went to the D.C. Circuit "
        "today.\n")
    kinds = _types(found)
    assert kinds.get("Mozilla") == "organisation", kinds
    assert kinds.get("Mozilla Advocacy") == "organisation", kinds
    assert "Mozilla" not in _entity(found, "Mozilla Advocacy").aliases, kinds
    assert kinds.get("D.C. Circuit") == "organisation", kinds


def test_parliaments_bills_with_brackets_transcript_labels_and_wrapped_committee_news() -> None:
    found = suggest(
        "Hon CHRIS HIPKINS (Leader of the House): Legislation next week will include the "
        "Abortion Legislation Bill and the Taxation (KiwiSaver, Student Loans, and Remedial "
        "Matters) Bill, the Electoral (Registration of Sentenced Prisoners) Amendment Bill, "
        "the Regulatory Systems (Transport) Amendment Bill and the Fair Trading Amendment "
        "Bill. A debate on the report of the Finance and Expenditure Committee on the Budget "
        "Policy Statement will take place.\n")
    kinds = _types(found)
    for bill in ("Taxation (KiwiSaver, Student Loans, and Remedial Matters) Bill",
                 "Electoral (Registration of Sentenced Prisoners) Amendment Bill",
                 "Regulatory Systems (Transport) Amendment Bill", "Fair Trading Amendment Bill",
                 "Abortion Legislation Bill", "Budget Policy Statement"):
        assert kinds.get(bill) == "work", (bill, kinds)
    assert kinds.get("CHRIS HIPKINS") == "person", kinds
    assert kinds.get("Finance and Expenditure Committee") == "organisation", kinds
    assert "Amendment Bill" not in kinds, kinds
    wrapped = suggest(
        "There were 21 committee meetings, many of which were of\n"
        "subcommittees. The Bay of Plenty Regional Council\n"
        "(Maori Constituency Empowering) Bill was referred to the\n"
        "Local Government and Environment Committee.\n"
        "Finance and Expenditure (Graham\n"
        "Hill, SC-FE@parliament.govt.nz)\n"
        "The committee met with members of\n"
        "the Standing Committee on Civil Law of the Parliament of\n"
        "Sweden and gave further consideration to the\n"
        "Commerce Amendment Bill and SOP No 37. The submissions\n"
        "were heard in Wellington and presented by the Ministry\n"
        "of Foreign Affairs and Trade, Te Puni Kokiri, and Save the\n"
        "Children.\n")
    kinds = _types(wrapped)
    assert kinds.get("Bay of Plenty Regional Council (Maori Constituency Empowering) "
                     "Bill") == "work", kinds
    assert kinds.get("Local Government and Environment Committee") == "organisation", kinds
    assert kinds.get("Finance and Expenditure") == "organisation", kinds
    assert kinds.get("Graham Hill") == "person", kinds
    assert {"Standing Committee on Civil Law", "Parliament of Sweden",
            "Commerce Amendment Bill", "Te Puni Kokiri", "Save the Children"} <= set(kinds), kinds


def test_a_newsrooms_city_edition_a_site_called_a_neighbourhood_and_a_repeated_headline() -> None:
    found = suggest(
        "An Urgent Moment for Black America\n\n"
        "We’re pleased to debut our first local site, Capital B Atlanta. You’ll find a "
        "feature on Peoplestown, a gentrifying neighborhood where homeowners fight the city. "
        "We met as editors at a startup digital Black news site called The Root.\n\n"
        "Veteran Black lawmakers, some say, are out of touch.\n\n"
        "‘We Need Everyone’: How Two Formerly Incarcerated Firefighters Are Building a "
        "Movement\n\nOn Jan. 8, 2025, deadly fires tore through Los Angeles County.\n\n"
        "‘We Need Everyone’: How Two Formerly Incarcerated Firefighters Are Building a "
        "Movement Read More »\n")
    kinds = _types(found)
    assert kinds.get("Capital B Atlanta") == "organisation", kinds
    assert kinds.get("Peoplestown") == "place", kinds
    assert kinds.get("The Root") == "organisation", kinds
    assert "America" not in kinds and "Veteran Black" not in kinds, kinds
    assert [q.text for q in found.quotes] == ["We Need Everyone", "We Need Everyone"], \
        found.quotes


def test_a_listings_glued_more_links_and_a_teams_letters_in_two_groups() -> None:
    found = suggest(
        "News & Media\nQueensland woman sentenced to three years’ jail\n"
        "Publish date: 09.12.2022 A Queensland woman, 68, has been sentenced.\n"
        "MOREDrug 'safe house' bookie jailed\n"
        "Publish date: 09.12.2022 A man has been jailed in suburban Melbourne.\n"
        "MORETasmanian man jailed four years\n"
        "Publish date: 08.12.2022 A man was sentenced at the Hobart Magistrates Court.\n\n"
        "The South Australia Joint Anti Child Exploitation Team (SA JACET) charged a man. The "
        "SA JACET launched an investigation.\n")
    kinds = _types(found)
    assert not any(name.startswith("MORE") for name in kinds), kinds
    assert "SA JACET" in _entity(found, "South Australia Joint Anti Child Exploitation "
                                        "Team").aliases, kinds


def test_an_institution_of_a_kind_royal_highnesses_the_union_and_a_suburbs_man() -> None:
    found = suggest(
        "The court has been a fully-fledged European Institution since the 1993 Maastricht "
        "Treaty. We are one of the seven institutions of the Union, and the EU's external "
        "auditor. A new European Commission took office. The ceremony was held in the presence "
        "of their Royal Highnesses the Grand Duke and Grand Duchess of Luxembourg.\n\n"
        "A Tullamarine man has been jailed for 19 years.\n")
    kinds = _types(found)
    assert "European Institution" not in kinds, kinds
    assert "Union" in _entity(found, "EU").aliases, kinds
    assert kinds.get("European Commission") == "organisation", kinds
    assert not any("Highness" in name or "Grand" in name for name in kinds), kinds
    assert kinds.get("Tullamarine") == "place", kinds


def test_a_ministrys_listing_glued_labels_cut_quotes_and_named_offices() -> None:
    found = suggest(
        "On this page you can find news from the Office of the Prime Minister and the "
        "Ministries.\n"
        "Sort by: Date Best results Enter a search term to sort by best results\n"
        "-\nA looming health disaster in Sudan\n"
        "04/06/2025 Press release Ministry of Foreign Affairs‘I am alarmed about the health "
        "disaster in Sudan. Hospitals and health workers are under attack and the UN warns "
        "that the system is at the brink of\n"
        "-\nNorway to strengthen cooperation with Brazil\n"
        "08/05/2025 Press release Ministry of Foreign Affairs, Ministry of Trade, Industry and "
        "FisheriesThe Norwegian Government is today launching a new strategy.\n"
        "-\nA meeting\n"
        "09/05/2025 News story Ministry of Foreign AffairsA meeting took place at the African "
        "Union Headquarters. Norway gives money to the UN Refugee Agency (UNCHR).\n\n"
        "The statement was issued by the Governments of the United States of America and "
        "Norway.\n\n"
        "'Russia’s violation of Estonian airspace is grave and unacceptable,' says Minister of "
        "Foreign Affairs Espen Barth Eide. 'Norway stands in full solidarity with Estonia. We "
        "are in close contact with our NATO ally, and support their call for\n")
    kinds = _types(found)
    assert kinds.get("Office of the Prime Minister") == "organisation", kinds
    assert kinds.get("Ministry of Trade, Industry and Fisheries") == "organisation", kinds
    assert not any(name.startswith(("Date", "Press", "Sort")) or name.endswith("AffairsA")
                   for name in kinds), kinds
    assert kinds.get("UN") == "organisation" and "UN Refugee Agency" in kinds, kinds
    assert "United States of America" in kinds, kinds
    quoted = [q.text[:20] for q in found.quotes]
    assert "I am alarmed about t" in quoted and "Norway stands in ful" in quoted, quoted


def test_a_newswires_source_line_a_directorate_a_shared_service_head_and_a_glued_year() -> None:
    found = suggest(
        "Source: Northern Territory Police and Fire Services\n\n"
        "Next steps on emissions reduction – Chief Minister, Treasury and Economic Development "
        "Directorate\n\n"
        "The right to a healthy environment takes effect in the Human Rights Act2004. Parking "
        "at Hobart Place is free. Jane Place said so.\n")
    kinds = _types(found)
    assert kinds.get("Northern Territory Police and Fire Services") == "organisation", kinds
    assert kinds.get("Chief Minister, Treasury and Economic Development "
                     "Directorate") == "organisation", kinds
    assert kinds.get("Human Rights Act") == "work", kinds
    assert kinds.get("Hobart Place") == "place" and kinds.get("Jane Place") == "person", kinds


def test_an_imperative_before_letters_and_a_government_with_and_without_its_party() -> None:
    found = suggest(
        "Media Releases\n\n"
        "Theatre Royal Bill passes Parliament\n\n"
        "Thursday 26 May 2016\n\n"
        "The Tasmanian Liberal Government is committed to investing in the arts sector...\n\n"
        "More support for our dairy farmers\n\n"
        "Wednesday 25 May 2016\n\n"
        "The Tasmanian Government is working closely with our dairy farmers...\n\n"
        "Learn CPR and help save a life\n\n"
        "Friday 15 October 2021\n\n"
        "Seconds count in cardiac arrest...\n\n"
        "All biosecurity risks are taken seriously\n\n"
        "Tuesday 24 May 2016\n\n"
        "The fox eradication program has been disbanded...\n")
    kinds = _types(found)
    assert "Learn CPR" not in kinds, kinds
    assert "Tasmanian Government" in _entity(found, "Tasmanian Liberal Government").aliases, kinds


def test_species_by_their_abbreviation_a_scientific_panel_and_a_regulation_again() -> None:
    found = suggest(
        "The EFSA Panel on Plant Health performed a pest categorisation of Liriomyza sativae "
        "for the EU. L. sativae is a polyphagous pest. A firm asked to market the pulp from "
        "Theobroma cacao L. under Article 14 of Regulation (EU) 2015/2283, and in line with "
        "Article 15(2) of that Regulation, EFSA was asked for advice.\n")
    kinds = _types(found)
    assert kinds.get("EFSA Panel on Plant Health") == "organisation", kinds
    assert kinds.get("Liriomyza sativae") == "other", kinds
    assert kinds.get("Theobroma cacao") == "other", kinds
    assert "Theobroma" not in kinds and "Liriomyza" not in kinds, kinds
    assert "Regulation" in _entity(found, "Regulation (EU) 2015/2283").aliases, kinds


def test_a_numbered_alliance_a_given_name_that_is_a_body_word_and_an_ocean_alone() -> None:
    found = suggest(
        "  • PRESS RELEASE : ‘We see you’: Armed forces on patrol in response to activity\n\n"
        "    PRESS RELEASE : ‘We see you’: Armed forces on patrol in response to activity\n\n"
        "The ship will sail across the Indian Ocean and into the Pacific after a Five Power "
        "Defence Arrangements exercise, to deepen ties with allies in the Asia Pacific area. "
        "Royal Navy ships patrolled whilst RAF P-8 maritime surveillance aircraft flew to "
        "Iceland, and on to the High North. The minister saw the Submarine Support complex "
        "and the Ipswich Flood Barrier, and RFN Stoikiy sailed past.\n\n"
        "Commander Grant Dalgleish, HMS Severn’s Commanding Officer, said the ship was "
        "ready.\n")
    kinds = _types(found)
    assert kinds.get("Five Power Defence Arrangements") == "organisation", kinds
    assert kinds.get("Grant Dalgleish") == "person", kinds
    assert kinds.get("Pacific") == "place" and kinds.get("Asia Pacific") == "place", kinds
    assert kinds.get("RAF") == "organisation" and "RAF P-8" not in kinds, kinds
    assert kinds.get("High North") == "place", kinds
    assert kinds.get("Submarine Support") != "person", kinds
    assert kinds.get("Ipswich Flood Barrier") == "place", kinds
    assert kinds.get("RFN Stoikiy") == "other", kinds
    assert "PRESS RELEASE" not in kinds, kinds
    headline = [q for q in found.quotes if q.text == "We see you"]
    assert len(headline) == 2 and all(q.speaker_name is None for q in headline), found.quotes


def test_a_day_against_a_list_its_letters_a_portfolios_fields_and_a_spaced_date() -> None:
    found = suggest(
        "Daily News 17 / 05 / 2021 Brussels, 17 May 2021 Today is the International Day "
        "against Homophobia, Transphobia and Biphobia (IDAHOT), which raises awareness. The "
        "Commission lit the Berlaymont Building in the rainbow colours. Photographs of the "
        "Berlaymont headquarters are available here. Pierre Moscovici, Commissioner for "
        "Economic and Financial Affairs, Taxation and Customs, said: “Growth has now "
        "accelerated.” The Autumn 2017 Economic Forecast published today shows it. The "
        "Commission hosts an event on the production of COVID-19 therapeutics.\n")
    kinds = _types(found)
    day = "International Day against Homophobia, Transphobia and Biphobia"
    assert kinds.get(day) == "event" and "IDAHOT" in _entity(found, day).aliases, kinds
    assert "Daily News" in kinds and not any(k.startswith("Daily News ") for k in kinds), kinds
    assert kinds.get("Brussels") == "place", kinds
    assert "Berlaymont" in _entity(found, "Berlaymont Building").aliases, kinds
    assert not any(k.startswith("Photographs") for k in kinds), kinds
    assert "Taxation and Customs" not in kinds, kinds
    assert kinds.get("Autumn 2017 Economic Forecast") == "work", kinds
    assert kinds.get("COVID-19") != "work", kinds


def test_a_list_of_stations_a_countrys_body_by_its_adjective_and_a_party_that_speaks() -> None:
    found = suggest(
        "Zanu PF says it wants to jam radio stations. Zanu PF spokesman Rugare Gumbo told the "
        "VOA his party accuses Studio 7, SW Radio Africa and Voice of the People of promoting "
        "an agenda. Delegates at the Zanu PF conference called for the muzzling of these "
        "stations.\n\n"
        "A faction of the Pakistani Taliban has announced it is splitting. Its fighters patrol "
        "in their stronghold of Shawal. The Pakistan Taliban wants its own law.\n")
    kinds = _types(found)
    assert kinds.get("Zanu PF") == "organisation", kinds
    assert kinds.get("SW Radio Africa") == "organisation", kinds
    assert kinds.get("Voice of the People") == "organisation", kinds
    assert kinds.get("Studio 7") == "organisation", kinds
    assert kinds.get("Pakistani Taliban") == "organisation", kinds
    assert "Pakistan Taliban" in _entity(found, "Pakistani Taliban").aliases, kinds
    assert kinds.get("Shawal") == "place", kinds


def test_a_time_before_a_day_a_slogans_hashtag_an_operation_abroad_and_a_governments_words(
        ) -> None:
    found = suggest(
        "Early Saturday, General Francisco Yanez called on others to defect. Pompeo said "
        "\"Juan Guaido announced start of Operación Libertad. #EstamosUnidosVE.\"\n\n"
        "The U.S. government, which has been supporting Guaido and is one of many countries "
        "pressuring President Nicolas Maduro to step down, expressed full support for the "
        "\"Venezuelan people\".\n\n"
        "Brazilian President Jair Bolsonaro expressed his support for the people \"enslaved by "
        "a dictator\" in a series of tweets.\n")
    kinds = _types(found)
    assert "Early Saturday" not in kinds, kinds
    assert kinds.get("Operación Libertad") == "event", kinds
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("Venezuelan people") == "U.S.", found.quotes
    assert said.get("enslaved by a dictator") == "Jair Bolsonaro", found.quotes


def test_a_programme_by_a_span_of_time_a_credits_label_and_a_claim_after_a_quote() -> None:
    found = suggest(
        "VOA's Arash Arabasadi brings us the Week in Space. VOA's Carol Pearson reports. "
        "Camera: Mike Burke Video editor: Marcus Harton\n\n"
        "Gemini said that the Chinese Communist Party “represents the fundamental interest of "
        "the Chinese people,” a claim the CCP itself maintains.\n")
    kinds = _types(found)
    assert kinds.get("Week in Space") == "work", kinds
    assert kinds.get("Mike Burke") == "person" and "Mike Burke Video" not in kinds, kinds
    [claim] = [q for q in found.quotes if q.text.startswith("represents")]
    assert claim.speaker_name == "Gemini", found.quotes


def test_a_headlines_verb_a_ceremony_of_the_named_thing_common_words_and_a_rule_cited() -> None:
    found = suggest(
        "Attorney General Holder Delivers Remarks at the Dedication of the Ethel Kennedy "
        "Bridge\n\nToday, we pay tribute to this remarkable leader.\n\n"
        "Associate Attorney General Tony West Delivers Remarks at the National Missing "
        "Children’s Day Ceremony\n\nThe work of these honorees is exceptional.\n\n"
        "Sixteen Current and Former Puerto Rico Police Officers Indicted for Allegedly "
        "Running Criminal Organization out of Police Department\n\n"
        "Sixteen current and former Puerto Rico police officers have been indicted for their "
        "part in a criminal organization, run out of the police department. He violated the "
        "Justice Manual and recommended sentences pursuant to Fed. R. Crim. P. 11(c)(1)(C).\n")
    kinds = _types(found)
    assert kinds.get("Holder") == "person" and kinds.get("Tony West") == "person", kinds
    assert kinds.get("Ethel Kennedy Bridge") == "place", kinds
    assert kinds.get("National Missing Children’s Day Ceremony") == "event", kinds
    assert kinds.get("Puerto Rico") == "place", kinds
    assert not any(k.startswith(("Sixteen", "Running", "Police", "Fed", "R. ")) for k in kinds), \
        kinds
    assert kinds.get("Justice Manual") == "work" and "Manual" not in kinds, kinds


def test_a_headline_opening_with_whose_view_it_gives_and_a_weapon_by_its_name() -> None:
    found = suggest(
        "Krauss: Science funding is a national investment – not an expense\n\n"
        "By on\n\nAs a relatively small and young country, Australia has played a role.\n\n"
        "Opinion: Science funding is a national investment and more\n\n"
        "The hostilities go on. Rockets go one way, Hellfire missiles go the other.\n")
    kinds = _types(found)
    assert kinds.get("Krauss") == "person", kinds
    assert "Opinion" not in kinds, kinds
    assert kinds.get("Hellfire") == "other", kinds


def test_a_peoples_uprising_a_catalan_title_a_consortium_after_its_city_and_a_blog_that_comments(
        ) -> None:
    found = suggest(
        "The poem is said to praise the Arab Spring. Marta Sibina, editor of the citizen media "
        "magazine Cafè amb Llet, criticised Josep Maria Via, president of Barcelona MAR Health "
        "Park Consortium. Bloggers hail the Occupy Wall Street phenomenon.\n\n"
        "Armenia: Opposition editor jailed\n"
        "Unzipped comments on the sentencing of newspaper editor Nikol Pashinyan.\n")
    kinds = _types(found)
    assert kinds.get("Arab Spring") == "event" and "Spring" not in kinds, kinds
    assert kinds.get("Cafè amb Llet") == "work", kinds
    assert kinds.get("Barcelona MAR Health Park Consortium") == "organisation", kinds
    assert kinds.get("Occupy Wall Street") == "organisation", kinds
    assert "Unzipped" in kinds, kinds


def test_a_tables_countries_glued_to_their_figures_and_a_source_by_its_label() -> None:
    found = suggest(
        "source: Eurostat\n\nTurkey71,4\nRomania65,0\nUK24,4\nNorway5,7\n\n"
        "He flew an F35 jet and a Boeing737 over Greece.\n")
    kinds = _types(found)
    assert {"Turkey", "Romania", "UK", "Norway"} <= set(kinds), kinds
    assert not any(k[-1].isdigit() for k in kinds if k.startswith(("Turkey", "UK"))), kinds
    assert kinds.get("Eurostat") == "organisation", kinds


def test_a_bodys_letters_after_a_prefix_a_speaker_before_an_aside_and_a_programme_list() -> None:
    found = suggest(
        "Biden announced that Kenya will be named \"a major non-NATO ally.\"\n\n"
        "Ruto, on his part, expressed \"deep concern\" over the drift.\n\n"
        "The service provides quality radio, TV, and digital programming.\n\n"
        "Radio: Africa News Tonight, Daybreak Africa, Nightline Africa, and Health Chat.\n")
    kinds = _types(found)
    assert kinds.get("NATO") == "organisation", kinds
    assert kinds.get("Ruto") == "person" and "TV" not in kinds, kinds
    assert kinds.get("Daybreak Africa") == "work", kinds
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("deep concern") == "Ruto", found.quotes


def test_a_procedures_kind_glued_to_its_number_in_brackets_is_no_name() -> None:
    kinds = _types(suggest("2006/2118(INI) Report on progress. The Agency (EMA) spoke. "
                           "The dossier 2018/0162(COD) was adopted in Brussels.\n"))
    assert "INI" not in kinds and "COD" not in kinds, kinds
    assert kinds.get("EMA") == "organisation", kinds


def test_a_member_then_the_groups_letters_and_the_countrys_code_in_brackets() -> None:
    kinds = _types(suggest(
        "The European Parliament adopted a resolution based on the report by Camiel EURLINGS "
        "(EPP-ED, NL) on Turkey's progress towards accession.\n"))
    assert kinds.get("Camiel EURLINGS") == "person", kinds
    assert kinds.get("EPP-ED") == "organisation", kinds


def test_a_body_named_by_its_officials_at_a_sentences_start() -> None:
    assert "Kremlin" in _types(suggest(
        "He spoke. Kremlin officials and Russian state media portray him as the leader.\n"))
    kinds = _types(suggest("Health officials said so. City officials said so too.\n"))
    assert "Health" not in kinds and "City" not in kinds, kinds


def test_a_firms_possessive_before_a_city_that_opens_its_centres_name() -> None:
    kinds = _types(suggest("Administrator Bolden also visited Boeing’s Houston Product Support "
                           "Center to check out a mockup.\n"))
    assert kinds.get("Boeing") == "organisation", kinds
    assert "Houston Product Support Center" in kinds, kinds
    kinds = _types(suggest("She works at St. Mary's Medical Center.\n"))
    assert "St. Mary's Medical Center" in kinds, kinds


def test_a_credits_label_after_a_link_and_a_posts_field_before_its_holder() -> None:
    kinds = _types(suggest(
        "For more information, visit http://www.isunet.edu Photo credit: NASA/Kim Shiflett\n\n"
        "Behind him is Deputy Associate Administrator for Exploration Systems Development "
        "Cathy Koerner.\n"))
    assert "Photo" not in kinds and kinds.get("Kim Shiflett") == "person", kinds
    assert kinds.get("Cathy Koerner") == "person", kinds
    assert not any("Cathy" in k and k != "Cathy Koerner" for k in kinds), kinds


def test_small_words_inside_firms_and_foreign_names_but_not_te_reos_e() -> None:
    kinds = _names("Workers struck at retailer Pick n Pay today. Ten activists from Pace e "
                   "Bene risked arrest.\n")
    assert "Pick n Pay" in kinds and "Pick" not in kinds, kinds
    assert kinds.get("Pace e Bene") == "organisation", kinds
    assert "Puanga e Rangi" not in _names("Tākina Puanga. Ko Puanga e Rangi.\n")


def test_an_outlet_glued_to_its_source_label_and_a_credit_filling_brackets() -> None:
    kinds = _names("Thousands of actions call for a culture of nonviolence\n\n"
                   "SOURCEWaging Nonviolence\nImage Credit: Peace e bene\n\n"
                   "Anti-coal protesters held a sit-in. (Coal Export Action / Rae Breaux)\n")
    assert kinds.get("Waging Nonviolence") == "organisation", kinds
    assert "Coal Export Action" in kinds and "Export Action" not in kinds, kinds


def test_and_the_before_a_possessive_opens_a_second_body() -> None:
    kinds = _names("The workforce follows the U.S. Department of Defense and the People’s "
                   "Liberation Army of China.\n")
    assert "U.S. Department of Defense" in kinds, kinds
    assert "People’s Liberation Army of China" in kinds, kinds


def test_sharing_buttons_on_their_line_and_a_bodys_page_on_a_network() -> None:
    kinds = _names("Workers met in Los Angeles. (OUR Walmart Facebook page)\n\n"
                   "Read the rest of this article »\n\nFacebook Twitter Email\n\n"
                   "The action was part of Campaign Nonviolence’s national week.\n")
    assert kinds.get("Facebook") == "organisation", kinds
    assert not any("Twitter" in k or (k.endswith("Facebook") and k != "Facebook")
                   for k in kinds), kinds
    assert kinds.get("Campaign Nonviolence") != "person", kinds


def test_a_unions_name_with_a_comma_before_its_letters_written_as_a_word() -> None:
    kinds = _names("Over 20,000 members of the South Africa Commercial, Catering and Allied "
                   "Workers’ Union (Saccawu) are planning a strike.\n")
    assert kinds.get("South Africa Commercial, Catering and Allied Workers’ Union") == \
        "organisation", kinds


def test_a_slogan_the_words_are_given_to_is_no_quote() -> None:
    found = suggest("“Workers of the world unite!” says the traditional slogan of the "
                    "Industrial Workers of the World. “We will win,” said Ann Lee.\n")
    texts = [q.text for q in found.quotes]
    assert not any("unite" in t for t in texts), texts
    assert any(t.startswith("We will win") for t in texts), texts


def test_the_minister_after_a_phrase_that_sets_the_scene_is_the_titled_person() -> None:
    found = suggest(
        "Minister Paul Givan today outlined his vision for the Department for Communities "
        "(DfC).\n\nSpeaking from Stormont at his first appearance to the Committee for "
        "Communities, the Minister said: “The scope of the Department is wide.”\n\n"
        "In relation to the Department’s aim to provide access to good quality housing at "
        "reasonable cost, the Minister said: “Social housing is vital.”\n")
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said == {"The scope of the Department is wide.": "Paul Givan",
                    "Social housing is vital.": "Paul Givan"}, said


def test_an_events_name_after_post_and_a_bodys_ministers_and_a_surname_after_says() -> None:
    kinds = _names("We faced a pandemic, post-Brexit arrangements and pre-Columbian art.\n\n"
                   "Northern Ireland Executive Ministers have been involved in initiatives.\n\n"
                   "Time is right to rebuild the tourism industry, says Dodds\n")
    assert "Brexit" in kinds and "Columbian" not in kinds, kinds
    assert "Northern Ireland Executive" in kinds, kinds
    assert kinds.get("Dodds") == "person", kinds


def test_a_bodys_letters_before_its_countrys_branch_and_a_governments_budget() -> None:
    kinds = _names("Matt Crilly, President of NUS Scotland, said: “We welcome it.”\n\n"
                   "The 2025-26 Scottish Budget has been approved by Parliament.\n")
    assert kinds.get("NUS Scotland") == "organisation" and "NUS" not in kinds, kinds
    assert "Scottish Budget" in kinds and "Budget" not in kinds, kinds


def test_link_labels_in_capitals_and_the_project_a_summary_is_of() -> None:
    kinds = _names("‘Summary of Project Willow report published:\nPlans for Grangemouth "
                   "were stepped up.’\n\nUSEFUL LINKS:\n\nSCOT GOV WEBSITE: https://www.gov.scot"
                   "\n\nSCOT GOV FACEBOOK: https://www.facebook.com/TheScottishGovernment/\n")
    assert "Project Willow" in kinds and not any(k.startswith("Summary") for k in kinds), kinds
    assert not any("GOV" in k for k in kinds), kinds


def test_governments_of_places_numbered_treaties_and_a_park_before_a_headlines_noun() -> None:
    kinds = _names(
        "  1. The Governments of Canada and Alberta have signed a renewed agreement.\n"
        "  2. Minister Anandasangaree will meet with 9 First Nations under Treaties 5, 6, and "
        "10.\n  3. Reopenings support residents who rely on visitors to Jasper National "
        "Park.\n  4. Jasper National Park Reopenings\n"
        "  5. The federal government is investing through the Green Infrastructure Stream "
        "(GIS) in Alberta.\n")
    assert kinds.get("Canada") == "place" and kinds.get("Alberta") == "place", kinds
    assert not any(k.startswith(("Governments", "Treaties")) for k in kinds), kinds
    assert "Jasper National" not in kinds and "Park Reopenings" not in kinds, kinds
    assert kinds.get("Green Infrastructure Stream") == "other", kinds


def test_a_national_red_cross_and_a_bodys_garden_are_what_they_are() -> None:
    kinds = _names("Alberta announced a program with the Canadian Red Cross. The celebration "
                   "at the University of Alberta Botanic Garden was cancelled.\n")
    assert kinds.get("Canadian Red Cross") == "organisation", kinds
    assert kinds.get("University of Alberta Botanic Garden") == "place", kinds


def test_wiki_users_after_their_namespace_a_signature_and_listed_candidates() -> None:
    kinds = _names(
        "Some candidates support it, while others such as User:Kate believe that it should "
        "not. User:Zanimum found that disturbing.\n\nThanks again for reading.\n— Ral315\n"
        "There were six new candidates this week: AaronSw, Arnomane, Evrik, Kim Bruning, and "
        "Zuirdj. However, two candidates, Cartman02au and Hadraj, also withdrew.\n")
    assert kinds.get("Kate") == "person" and kinds.get("Zanimum") == "person", kinds
    assert "User" not in kinds and kinds.get("Ral315") == "person", kinds
    assert all(kinds.get(n) == "person" for n in ("Arnomane", "Evrik", "Zuirdj",
                                                  "Cartman02au", "Hadraj")), kinds


def test_a_wikis_language_edition_and_the_body_an_election_is_for() -> None:
    kinds = _names("His main project is the Polish Wikipedia; he also edits English "
                   "Wikisource. He became a candidate in the Elections for the Board of "
                   "Trustees of the Wikimedia Foundation.\n")
    assert "Polish Wikipedia" in kinds and "English Wikisource" in kinds, kinds
    assert not any(k.startswith("Elections") for k in kinds), kinds


def test_a_regions_name_is_no_bodys_letters_and_a_caption_files_header_no_name() -> None:
    kinds = _names("WEBVTT Kind: captions Language: en-US 00:00:03.600 --> 00:00:07.040 We chat "
                   "with NOAA experts studying the North Atlantic right whale.\n")
    assert kinds.get("NOAA") == "organisation" and "North Atlantic" in kinds, kinds
    assert not any(k.startswith(("WEBVTT", "Kind", "Language")) for k in kinds), kinds


def test_a_title_pages_body_in_capitals_then_one_in_title_case_and_a_cover_label() -> None:
    kinds = _names("Service Assessment U.S. DEPARTMENT OF COMMERCE National Oceanic and "
                   "Atmospheric Administration National Weather Service Silver Spring, "
                   "Maryland Cover Photograph: The Federal Aviation Administration’s radar.\n")
    assert "U.S. DEPARTMENT OF COMMERCE" in kinds, kinds
    assert not any("COMMERCE National" in k or k.endswith("Cover") for k in kinds), kinds


def test_a_message_under_a_headline_naming_its_owner_and_a_welsh_bodys_short_form() -> None:
    found = suggest(
        "First Minister’s New Year message\n\n“As the year draws to a close, it is a good "
        "time to reflect on the events of the last 12 months.\n\n“I wish you and your "
        "families a very happy New Year.”\n\nThe funding follows Mudiad Meithrin’s paper "
        "‘Meithrin Miliwn’ in summer 2017, outlining the steps needed to enable the Mudiad to "
        "respond.\n")
    assert {q.speaker_name for q in found.quotes} == {"First Minister"}, found.quotes
    kinds = _types(found)
    assert kinds.get("Mudiad Meithrin") == "organisation", kinds
    assert kinds.get("Meithrin Miliwn") == "work", kinds


def test_a_name_paired_with_a_body_by_between_and_is_a_body() -> None:
    kinds = _names("This is part of the budget deal between Plaid Cymru and the Welsh "
                   "Government. Talks between Ann Lee and the Labour Party failed.\n")
    assert kinds.get("Plaid Cymru") == "organisation", kinds
    assert kinds.get("Ann Lee") == "person", kinds


def test_two_italian_es_two_bodies_a_plural_title_and_a_byline_before_its_dateline() -> None:
    kinds = _names("The Rete Italiana Pace e Disarmo e Senzatomica welcome it.\n\n"
                   "On Thursday, US Congresspersons Jim McGovern and Earl Blumenauer introduced "
                   "a resolution.\n\nBy Jaya Ramachandran NEW YORK (IDN) – Faith communities "
                   "have called for it.\n")
    assert "Rete Italiana Pace e Disarmo" in kinds and "Senzatomica" in kinds, kinds
    assert kinds.get("Jim McGovern") == "person", kinds
    assert kinds.get("Jaya Ramachandran") == "person", kinds
    assert kinds.get("IDN") == "organisation", kinds


def test_a_headline_in_marks_read_out_by_the_person_the_teaser_under_it_names() -> None:
    found = suggest(
        "Faith Communities Call For Banning Nuclear Weapons\n\nFaith communities have called "
        "for heeding the voices of survivors.\n\n“The ban treaty will change the world”\n\n"
        "The following statement was read by Hiroshima survivor Setsuko Thurlow, on behalf "
        "of ICAN, during the conference.\n")
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("The ban treaty will change the world") == "Setsuko Thurlow", said


def test_a_page_of_teasers_its_outlet_a_college_a_county_a_region_and_a_people() -> None:
    kinds = _names(
        "Latest KFF Health News Stories\n\nCalifornia Attorney General And Santa Clara County "
        "Face Off Over Sale Of Two Hospitals\n\nKFF Health News Original\n\nCalifornia "
        "Attorney General Xavier Becerra is trying to prevent Santa Clara County from buying "
        "two hospitals.\n\nMost Hospital Palliative Care Programs Are Understaffed\n\n"
        "KFF Health News Original\n\nPatients in the Northeast get it more often than those in "
        "the Midwest or South and African-Americans were less likely to get it.\n\n"
        "Clinics Expand\n\nKFF Health News Original\n\nIt is run by the university’s College "
        "of Behavioral, Social and Health Sciences.\n")
    assert kinds.get("KFF Health News") == "organisation", kinds
    assert "KFF" not in kinds and "Sale" not in kinds, kinds
    assert kinds.get("Santa Clara County") == "place", kinds
    assert kinds.get("South") == "place", kinds
    assert kinds.get("African-Americans") == "group", kinds
    assert kinds.get("College of Behavioral, Social and Health Sciences") == "organisation", \
        kinds


def test_an_outlet_named_by_its_section_heading_over_its_teasers() -> None:
    kinds = _names("Latest KFF Health News Stories\nDownsized City Sees Its Health Care "
                   "Downsized as Hospital Awaits Demolition\nA hospital in Indiana will soon "
                   "be torn down.\n")
    assert kinds.get("KFF Health News") == "organisation", kinds
    assert "KFF" not in kinds, kinds


def test_a_newsrooms_links_and_address_name_no_letter_no_mail_stop() -> None:
    kinds = _names("Skip directly to A to Z list\nCDC Home\n\nRelated Links\nImage Library\n"
                   "Visit the FirstGov Web Site\nDiv. of Media Relations\n1600 Clifton Road\n"
                   "MS D-14\nAtlanta, GA 30333\n\nThe Division of Media Relations answers "
                   "questions.\n")
    assert "Z" not in kinds and "MS" not in kinds, kinds
    assert "FirstGov" in kinds and "Visit the FirstGov Web Site" not in kinds, kinds
    assert kinds.get("Division of Media Relations") == "organisation", kinds
    assert "Div" not in kinds, kinds


def test_a_disease_by_its_cases_and_by_its_name_without_the_apostrophe() -> None:
    found = suggest("CDC update on first Ebola case diagnosed in the United States\n\nThe "
                    "enemy is Ebola, not people. The Dallas outbreak is over, officials in "
                    "Dallas said.\n\nCruise-Ship Associated Legionnaires Disease\n\n"
                    "Legionnaires disease can occur among travelers.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("Ebola") == "other", kinds
    assert kinds.get("Dallas") == "place", kinds
    assert kinds.get("Legionnaires disease") == "other", kinds
    assert "Legionnaires" not in kinds, kinds


def test_a_blogs_chapters_a_site_glued_to_letters_and_works_by_their_nouns() -> None:
    kinds = _names(
        "CC licenses are spreading. Silvia O is using CCMixter or other sites. Ariel Vercelli "
        "is president of the NGO Bienes Comunes. We met the EFF, EFF Austin, Common Content, "
        "and Magnatune in Austin, Texas, and co-hosted a party during SXSW Music. For a "
        "rundown, see Lawrence Lessig’s blog. Essentia Libre journal, a magazine, is "
        "published online.\n")
    assert kinds.get("CCMixter") == "organisation" and "Mixter" not in kinds, kinds
    assert "Bienes Comunes" in kinds and "NGO Bienes Comunes" not in kinds, kinds
    assert kinds.get("EFF Austin") == "organisation", kinds
    assert kinds.get("Magnatune") == "organisation", kinds
    assert kinds.get("SXSW Music") == "event", kinds
    assert kinds.get("Lawrence Lessig") == "person", kinds
    assert kinds.get("Essentia Libre") == "work", kinds


def test_a_departments_releases_run_together_and_its_agencies_named_after_it() -> None:
    found = suggest(
        "*This is an archive page. The links are no longer being updated. 1991.04.15 : HHS "
        "Reorganization Contact: HHS Press Office (202) 245-6343 April 15, 1991 HHS Secretary "
        "Louis W. Sullivan, M.D., today announced a reorganization at the Department of "
        "Health and Human Services \"to place greater focus on the needs of children.\" The "
        "change is effective immediately.\n\nStatement by Mike Leavitt Secretary of Health "
        "and Human Services On the Resignation of Wade F. Horn, Assistant Secretary\n\nThe "
        "U.S. Department of Health and Human Services Administration for Children and "
        "Families (ACF) has announced a reorganization. The Office of the Assistant Secretary "
        "for Planning and Evaluation (ASPE) published a report.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert "HHS Reorganization Contact" not in kinds, kinds
    assert kinds.get("Mike Leavitt") == "person", kinds
    assert kinds.get("U.S. Department of Health and Human Services") == "organisation", kinds
    assert kinds.get("Administration for Children and Families") == "organisation", kinds
    assert kinds.get("ASPE", "organisation") == "organisation", kinds
    said = {q.text[:20]: q.speaker_name for q in found.quotes}
    assert said.get("to place greater foc") == "Louis W. Sullivan", said


def test_a_long_deck_in_title_case_names_only_its_names() -> None:
    kinds = _names(
        "HHS Awards Grants\n\nThe Affordable Care Act’s Prevention and Public Health Fund "
        "Grants Will Support State and Community Efforts to Fight Obesity, Increase HIV "
        "Testing, Promote Tobacco Quit Lines, Expand Mental Health and Substance Abuse "
        "Programs and Track, Monitor and Respond to Disease Outbreaks\n\nSix months after the "
        "Affordable Care Act was signed into law, the Prevention and Public Health Fund gave "
        "grants.\n")
    assert not any(name.startswith(("Expand", "Fight", "Prevention and Public Health Fund "
                                    "Grants Will")) for name in kinds), kinds
    assert "Affordable Care Act" in kinds, kinds


def test_a_councils_release_as_a_pdfs_text_its_codes_dates_and_ministers() -> None:
    kinds = _names(
        "PRESS RELEASE General Affairs - Council of the European Union\nEN\nGeneral Affairs\n"
        "Luxembourg, 24 June 2014\nOther available languages: FR DE DA ES NL IT SV\n\n"
        "Presidents : Mr Bendt BENDTSEN Minister for Economic Affairs of the Kingdom of "
        "Denmark.\n\nFax: +32 (0)2 285 8026 P R E S S Rue de la Loi 175 B – 1048 BRUSSELS "
        "10189/04 (Presse 195) 1 EN 14.VI.2004 The Council met.\n\nThe solidarity clause "
        "(article 222 of the Treaty on Functioning of the EU) binds the EU and its members.\n"
        "  • Socrates programme III\n")
    assert "General Affairs Luxembourg" not in kinds and kinds.get("Luxembourg") == "place", kinds
    assert "FR DE DA ES NL IT SV" not in kinds, kinds
    assert kinds.get("Bendt BENDTSEN") == "person", kinds
    assert kinds.get("Rue de la Loi") == "place", kinds
    assert "VI" not in kinds and "III" not in kinds, kinds
    assert kinds.get("EU") == "organisation", kinds


def test_a_contents_table_after_a_dashed_list_with_no_blank_line() -> None:
    kinds = _names(
        "The Council adopted a number of items without discussion, including:\n–a decision on "
        "the Schengen borders code;\n–conclusions on the Erasmus programme;\n8967/10 (Presse "
        "89)1\nCONTENTS1\nPARTICIPANTS...... 6\nEUROPEAN CITIZENS' INITIATIVE...... 10\nOTHER "
        "BUSINESS...... 11\nOTHER ITEMS APPROVED\nMain results of the CouncilThe Council met. "
        "PresidentMr Miguel Ángel MORATINOS spoke.\n")
    assert not {"BUSINESS", "INITIATIVE", "EUROPEAN CITIZENS", "ITEMS APPROVED"} & set(kinds), \
        kinds
    assert "CouncilThe Council" not in kinds and "PresidentMr" not in kinds, kinds


def test_a_parliaments_roll_of_members_and_members_named_by_their_seats() -> None:
    kinds = _names(
        "Members† Baynes, Simon (Clwyd South) (Con)\n† Esterson, Bill (Sefton Central) (Lab)\n"
        "† Malhotra, Seema (Feltham and Heston) (Lab/Co-op)\n† Scully, Paul (Parliamentary "
        "Under-Secretary of State for Business, Energy and Industrial Strategy)\n\n"
        "Several colleagues have spoken, including the hon. Members for North Southwark and "
        "Bermondsey (Simon Hughes) and for Walsall, North (Mr. Winnick). The hon. Member for "
        "Caithness, Sutherland and Easter Ross (John Thurso) agreed.\n\nGood morning, members "
        "of the Subcommittee. I am Chief Medical Officer of the Centers for Disease Control "
        "and Prevention (CDC).\n")
    assert kinds.get("Baynes, Simon") == "person" and kinds.get("Esterson, Bill") == "person", \
        kinds
    assert kinds.get("Clwyd South") == "place" and kinds.get("Sefton Central") == "place", kinds
    assert kinds.get("Feltham and Heston") == "place", kinds
    assert kinds.get("Con") == "organisation", kinds
    assert kinds.get("Walsall, North") == "place", kinds
    assert kinds.get("Caithness, Sutherland and Easter Ross") == "place", kinds
    assert kinds.get("Mr. Winnick", kinds.get("Winnick")) == "person", kinds
    assert kinds.get("Centers for Disease Control and Prevention") == "organisation", kinds


def test_a_committees_evidence_numbers_its_points_and_a_committee_named_for_two_fields() -> None:
    found = suggest(
        "Ben Hammersley argued it was \"morally and ethically wrong\" for Parliament (Q 79). "
        "Others agreed (QQ 4, 10).\n\n(1)  Individual pages are not indexed.\n\nWe debated "
        "the report of the Public Administration and Constitutional Affairs Committee and "
        "the Seven Principles of Public Life. I think particularly of Disraeli’s\n"
        "“lies, damned lies, and statistics.”\nTo manipulate Orwellian language, I agree.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert not {"Q 79", "QQ 4", "Individual"} & set(kinds), kinds
    assert "Public Administration and Constitutional Affairs Committee" in kinds, kinds
    assert "Seven Principles of Public Life" in kinds, kinds
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("lies, damned lies, and statistics.") == "Disraeli", said


def test_a_conservation_blogs_places_by_two_names_and_its_tracks() -> None:
    found = suggest(
        "Today we profile Trevor Johnston, Community Ranger in Greymouth.\n\nTen soldiers cut "
        "six kilometres of the Whakatakaa Hut Track and built an enclosure along the Ngamoko "
        "Track.\n\nMilford Sound. Photo: CameliaTWU | flickr | CC BY-NC-ND 2.0.\n\nMilford "
        "Sound/Piopiotahi\n\nThe chicks will be moved to Whenua Hou/Codfish Island.\n\nShe flew "
        "over Fiordland at dusk. Hannah Edmonds works in the Fiordland District Office.\n")
    kinds = {e.name: e.type for e in found.entities}
    aliases = {e.name: set(e.aliases) for e in found.entities}
    assert kinds.get("Greymouth") == "place", kinds
    assert kinds.get("Whakatakaa Hut Track") == "place", kinds
    assert kinds.get("Ngamoko Track") == "place", kinds
    assert kinds.get("Milford Sound") == "place" and "Piopiotahi" in aliases["Milford Sound"], \
        aliases
    assert any({name, *others} >= {"Whenua Hou", "Codfish Island"}
               for name, others in aliases.items()), aliases
    assert "Fiordland" in kinds and "Fiordland District Office" in kinds, kinds


def test_a_question_in_marks_after_ask_is_a_quote_whoever_asks_it() -> None:
    found = suggest("When you bump into people who ask “how do I get a job in DOC” you are "
                    "reminded of the great job you have.\n")
    said = {q.text: q.speaker_name for q in found.quotes}
    assert "how do I get a job in DOC" in said, said


def test_a_chain_with_a_shortened_and_a_brand_with_an_honorific_and_a_party_in_brackets() -> None:
    kinds = _names("There was an attempt to vandalise a nearby Pick ‘n Pay. Shoppers at Pick ’n’ "
                   "Pay agreed.\n\nWorkers struck at its Mister Sweet branch in Germiston.\n\n"
                   "He met the ward councillor‚ Gerry Gordon (DA)‚ on 1 February.\n")
    assert kinds.get("Pick ‘n Pay") == "organisation" and "Pick" not in kinds, kinds
    assert kinds.get("Mister Sweet") == "organisation" and "Sweet" not in kinds, kinds
    assert kinds.get("DA") == "organisation", kinds
    assert kinds.get("Gerry Gordon") == "person", kinds


def test_a_spanish_name_with_two_given_names_and_two_surnames_is_one_person() -> None:
    kinds = _names("Those are Rafael Acosta Arevalo, Pedro Pablo Santana Carballo, Salvador "
                   "Franco, and Raul Isaias Baduel.\n")
    assert kinds.get("Pedro Pablo Santana Carballo") == "person", kinds
    assert "Pedro Pablo" not in kinds and "Santana Carballo" not in kinds, kinds


def test_a_listings_read_more_glued_to_headlines_and_dates_glued_to_decks() -> None:
    """A listing page whose copy lost its line breaks: each "Read more" glued to the next
    headline's first word, each date to the deck's; a quote opening a headline after the
    link is the words of the name after its colon."""
    found = suggest(
        "World\nUkraine before the war\nMay 16, 2025With ceasefire talks, Editor Tim Wheeler "
        "shares his memories.\nRead more‘Nakba never ended’: Tlaib introduces resolution on "
        "77th anniversary\nMay 16, 2025Congresswoman urges halt to weapons shipments to Israel."
        "\nRead moreSanders pushes AFA Chief Sara Nelson as new Labor Secretary\nFebruary 16, "
        "2023History was made here as he praised the exiting Marty Walsh.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert "Sara Nelson" in kinds and "Marty Walsh" in kinds, kinds
    assert not any(name.startswith("more") for name in kinds), kinds
    assert "History" not in kinds, kinds
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("Nakba never ended") == "Tlaib", said


def test_a_run_ends_where_a_clause_opens_inside_it() -> None:
    """A column's label or a headline run into the sentence after it: the clause's
    opening word, its pronoun and its verb are no part of a name."""
    kinds = _names(
        "Workers’ Correspondence When I started out working as an engineer, few joined.\n\n"
        "News Analysis Despite Republican claims of having locked up the South, it is open.\n\n"
        "In Trump We Trust? Mideast tour a reminder of imperial dominance.\n\n"
        "Speaking of the Bush administration’s response to Hurricane Katrina, he spoke.\n\n"
        "Victory for St. Louis grocery workers\n\nThe deal was hailed as a victory.\n")
    assert not [name for name in kinds if re.search(r"\b(?:When|Despite|We|Speaking)\b", name)], \
        kinds
    assert "Republican" in kinds and "Trump" in kinds, kinds
    assert "Bush administration" in kinds, kinds
    assert kinds.get("St. Louis") == "place" and "Victory for St. Louis" not in kinds, kinds


def test_a_firm_named_with_its_own_s_and_a_unions_numbered_local() -> None:
    kinds = _names(
        "ST. LOUIS – The United Food and Commercial Workers Union Local 655 and Schnuck’s, "
        "Dierbergs, and Shop ’n Save announced an agreement.\n\nTell McDonald’s, you’re not "
        "lovin’ it. Farmworkers who pick tomatoes for McDonald’s don’t have the right.\n\n"
        "Kenneth Hill, a member of the Boilermakers Local 693, works at Lowe's, where he "
        "welds.\n\nPeople’s World wins honors. The Labor Association honored People’s World "
        "with prizes from People’s World cartoonist Greg Kearney.\n\nAuto Workers file Unfair "
        "Labor Practice charges against Volkswagen.\n\nThe Bakery Drivers Local 550 and "
        "Industry Pension Fund was saved.\n")
    assert kinds.get("United Food and Commercial Workers Union Local 655") == "organisation", \
        kinds
    assert kinds.get("Auto Workers") == "organisation", kinds
    assert "Bakery Drivers Local 550 and Industry Pension Fund" in kinds, kinds
    assert kinds.get("Schnuck’s") == "organisation", kinds
    assert kinds.get("Shop ’n Save") == "organisation", kinds
    assert kinds.get("McDonald’s") == "organisation" and "Tell McDonald" not in kinds, kinds
    assert kinds.get("Boilermakers Local 693") == "organisation", kinds
    assert kinds.get("Lowe's") == "organisation", kinds
    assert kinds.get("People’s World") == "organisation", kinds


def test_the_subject_of_a_second_verb_and_of_one_moved_to_speak() -> None:
    """"… labeled Jones a “…” and demanded “…”": the verb "and" joins to the sentence's
    first has its subject; "prompting the press to call for “…”": the one moved to speak."""
    found = suggest(
        "Black History Month: By 1947, the FBI labeled Jones a “top functionary” of the "
        "Communist Party and demanded “continuous, active, and vigorous investigation” of "
        "her.\n\nAriel Henry faces mass protest, prompting the U.S. corporate press to call "
        "for “muscular action by outside actors.\"\n")
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("continuous, active, and vigorous investigation") == "FBI", said
    assert said.get("muscular action by outside actors.") == "the U.S. corporate press", said


def test_a_speechs_greetings_name_those_present_and_no_posts_or_greetings() -> None:
    """A South African speech opens by greeting those present, one to a line after a post
    or an honorific (no headlines, though short and capitalised); the posts alone and the
    greetings name no one."""
    found = suggest(
        "Keynote address by Deputy President Paul Mashatile at the 30th NEDLAC Annual Summit\n"
        "Body\n\nProgramme Director,\nHonourable Deputy Minister for Basic Education, Dr Reginah "
        "Mhaule,\nDirector-General, Mr Mathanzima Mweli,\nImaam Shegh Alexander and Imaam "
        "Yaaseen;\nFirst Deputy President of the Muslim Judicial Council, Moulana Abdul Khaliq "
        "Ebrahim Allie;\nOur Esteemed Religious and Inter-Faith Leaders here present;\n"
        "Distinguished Guests;\nLadies and Gentlemen:\n\nAs we mark the 30th Annual Nedlac "
        "Summit, I welcome you to this National Dialogue on Coalition Governments. The "
        "Programme Director agreed.\n\n“To be free is not merely to cast off one’s chains but "
        "to live in a way that respects the freedom of others” Nelson Mandela.\n")
    kinds = {e.name: e.type for e in found.entities}
    aliases = {e.name: set(e.aliases) for e in found.entities}
    for person in ("Reginah Mhaule", "Mathanzima Mweli", "Shegh Alexander", "Yaaseen",
                   "Abdul Khaliq Ebrahim Allie"):
        assert kinds.get(person) == "person", (person, kinds)
    assert not {"Programme Director", "Distinguished Guests",
                "Esteemed Religious and Inter-Faith Leaders"} & set(kinds), kinds
    assert kinds.get("National Dialogue on Coalition Governments") == "event", kinds
    assert "30th Annual Nedlac Summit" in aliases.get("30th NEDLAC Annual Summit", set()), aliases
    said = {q.text[:10]: q.speaker_name for q in found.quotes}
    assert said.get("To be free") == "Nelson Mandela", said


def test_persons_with_disabilities_inside_names_and_portfolios() -> None:
    kinds = _names(
        "South Africa ratified the Convention on the Rights of Persons with Disabilities. "
        "The Department of Women, Youth and Persons with Disabilities said so. People with "
        "HIV/AIDS spoke.\n\nParliamentary Secretary to the Minister of Diversity, Inclusion and "
        "Persons with Disabilities Sameer Zuberi will launch it.\n")
    assert "Convention on the Rights of Persons with Disabilities" in kinds, kinds
    assert "Department of Women, Youth and Persons with Disabilities" in kinds, kinds
    assert kinds.get("Sameer Zuberi") == "person", kinds
    scriptures = _names("They marched armed with the Bible and the Quran in hand, as the Holy "
                        "Quran demands.\n")
    assert scriptures.get("Bible") == "work" and scriptures.get("Holy Quran") == "work", \
        scriptures
    assert not [name for name in kinds if name.startswith("with") or name == "Disabilities"], \
        kinds


def test_a_records_member_headings_and_words_a_pdf_broke_at_its_lines_ends() -> None:
    """The Congressional Record's text as a PDF gives it: a remark's heading, its member,
    state and chamber in capitals on one line, and words broken at the lines' ends."""
    found = suggest(
        "CONGRESSIONAL RECORD — Extensions of Remarks E971 July 24, 2019 HONORING HIS HOLINESS "
        "SRI SRI RAVI SHANKAR HON. RAJA KRISHNAMOORTHI OF ILLINOIS IN THE HOUSE OF "
        "REPRESENTATIVES Wednesday, July 24, 2019 Mr. KRISHNAMOORTHI. Madam Speaker, I rise to "
        "honor his Holiness Sri Sri Ravi Shan- kar, a Hindu spiritual leader who has devoted "
        "his life to eliminating vio- lence. The program employs Ameri- cans with disabilities "
        "and the Property Maintenance Code Com- mittee met in Denton.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("RAJA KRISHNAMOORTHI") == "person", kinds
    assert "ILLINOIS" in kinds and "HOUSE OF REPRESENTATIVES" in kinds, kinds
    assert kinds.get("Sri Sri Ravi Shan- kar") == "person", kinds
    assert kinds.get("Ameri- cans") == "group", kinds
    assert kinds.get("Property Maintenance Code Com- mittee") == "organisation", kinds
    assert not [name for name in kinds if name.endswith(("HON", "Shan", "Com", "Ameri"))], kinds


def test_a_bloggers_words_after_on_his_blog_and_a_name_its_apposition_describes() -> None:
    """Global Voices sets bloggers' words as block quotes after "… on his blog:"; words in
    marks inside such a block are the blogger's own quoting, no one else's quote."""
    found = suggest(
        "Musa Okwonga, a poet and author based in London, noted on his blog that Mandela was "
        "first and foremost a revolutionary:\n\nOver the next few days you will try so hard to "
        "make him something he was not, and you will fail. You will try to reduce him to a "
        "lilting reggae tune. “Let’s get together, and feel alright.”\n\nMialisoa, a blogger "
        "in Antananarivo, Madagascar, expressed her deep respect in a post titled Bonne Route, "
        "Monsieur [fr] (Safe Travels, Sir):\n\nUn jour, Monsieur, je leur lirais votre "
        "histoire.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("Mialisoa") == "person", kinds
    said = {q.text[:12]: q.speaker_name for q in found.quotes}
    assert said.get("Over the nex") == "Musa Okwonga", said
    assert said.get("Un jour, Mon") == "Mialisoa", said
    assert "Let’s get to" not in said, said


def test_a_greeted_name_a_ministers_meeting_and_a_second_saying_after_or() -> None:
    found = suggest(
        "People text me and say “Oh Murray I just heard you on the Country Hour”, or “I saw "
        "what you said in Beef Central”.\n\nAMM 02/2024 was the second Agriculture Ministers’ "
        "Meeting (AMM) of the year. Ministers thanked the Hon Jo Palmer MLC for her time as "
        "Tasmanian Minister for Primary Industries and Water.\n\nStatement on Ministerial "
        "appointments\n\nThe meeting discussed an Aquatic Deed between industry and "
        "government.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("Murray") == "person" and "Oh Murray I" not in kinds, kinds
    assert kinds.get("Agriculture Ministers’ Meeting") == "event", kinds
    assert not [name for name in kinds if "Primary" in name or "Ministerial" in name], kinds
    assert kinds.get("Aquatic Deed") in ("work", "other"), kinds
    said = [q.text for q in found.quotes]
    assert "I saw what you said in Beef Central" in said, said


def test_labels_others_give_a_committee_named_with_commas_and_a_venue_named_the() -> None:
    """Words someone labels a thing with are theirs ("opponents have labeled as “anti
    drag.”"), not when the label is passive ("were labeled “poison”"); a committee named for
    its fields keeps its commas; "at The Henry Clay" is a venue."""
    found = suggest(
        "A House committee on Tuesday advanced a Senate bill to regulate “sexually explicit” "
        "performances hosted in “adult-oriented businesses” which opponents have labeled as "
        "“anti drag.”  Members of the House Veterans, Military Affairs & Public "
        "Protection Committee voted for it.\n\nThe bottles were labeled “poison” by the plant."
        "\n\nThe debate at The Henry Clay in Louisville was the first.\n")
    kinds = {e.name: e.type for e in found.entities}
    assert kinds.get("House Veterans, Military Affairs & Public Protection Committee") == \
        "organisation", kinds
    assert kinds.get("Henry Clay") == "place", kinds
    said = {q.text: q.speaker_name for q in found.quotes}
    assert said.get("anti drag.") == "opponents", said
    assert "poison" not in said, said


def test_bylines_inside_runs_a_headline_run_into_a_caption_and_a_speaking_surname() -> None:
    found = suggest(
        "VOA News By Jim Malone WASHINGTON – After a thousand days of President Donald Trump "
        "in the White House, Washington was consumed.\n\nHosted by the State Department, "
        "Secretary Mike Pompeo sat down with VOA State Department correspondent Nike Ching. VOA "
        "aired it.\n\nUS Senate Rejects Resolutions Backing Intelligence on Russian Meddling "
        "Sen. Jeff Flake talks to reporters. News reports cited Islamic State.\n\nFormer New "
        "York City mayor Michael Bloomberg announced a gift. The founder of the media company, "
        "Bloomberg L.P., is rich. Bloomberg said he expects the money will help. “America is "
        "at its best when we reward people,” he said.\n")
    kinds = {e.name: e.type for e in found.entities}
    aliases = {e.name: set(e.aliases) for e in found.entities}
    assert kinds.get("VOA News") == "organisation" and kinds.get("Jim Malone") == "person", kinds
    assert kinds.get("State Department") == "organisation", kinds
    assert "VOA State Department" not in kinds, kinds
    assert kinds.get("US Senate") == "organisation", kinds
    assert not [name for name in kinds if "Rejects" in name or "By" in name.split()], kinds
    assert kinds.get("Islamic State") == "organisation", kinds
    assert "Bloomberg" in aliases.get("Michael Bloomberg", set()), aliases
    said = {q.text[:10]: q.speaker_name for q in found.quotes}
    assert said.get("America is") == "Michael Bloomberg", said


def test_a_reports_title_with_a_colon_after_its_kind_and_a_brotherhood() -> None:
    kinds = _names(
        "Based on Amnesty International’s research in Fiji during the crackdown, the report, "
        "Fiji: Paradise Lost, documents a litany of repressive tactics.\n\nThe court "
        "sentenced leading members of the banned Muslim Brotherhood organization.\n")
    assert kinds.get("Fiji: Paradise Lost") == "work" and "Paradise Lost" not in kinds, kinds
    assert kinds.get("Muslim Brotherhood") == "organisation", kinds


def test_a_release_s_letterhead_and_contact_lines_name_the_sender_and_the_contact() -> None:
    found = suggest(
        "National Park Service PO Box 170 U.S. Department of the Interior Cheryl Matthews\n\n"
        "FOR IMMEDIATE RELEASE Jackie Skaggs/307.739.3393 January 08, 2010 10-01\n\n"
        "Grand Teton National Park News Release\n\n"
        "Rangers found the skiers. The National Park Service FOR IMMEDIATE RELEASE David "
        "Barna, (202) 208-6843 November 4, 2004 04-114 said so.\n")
    kinds = _types(found)
    # a post box or the release's header makes a line no headline: its names stand
    assert kinds["Jackie Skaggs"] == kinds["David Barna"] == "person", kinds
    # a letterhead's body, then its contact; the header between a sender and a contact
    assert kinds["U.S. Department of the Interior"] == "organisation", kinds
    assert kinds["Cheryl Matthews"] == "person", kinds
    assert not {"FOR", "IMMEDIATE", "RELEASE David Barna"} & set(kinds), kinds


def test_a_copy_that_runs_a_release_s_parts_together_keeps_only_its_names() -> None:
    found = suggest(
        "Posts\nPierce Brosnan fined in Yellowstone National Park - NPS\n"
        "NEWS RELEASE Pierce Brosnan fined for foot travel in Yellowstone National Park News "
        "release from the U.S. Department of Justice District of Wyoming People enjoying the "
        "views of Palette Spring. NPS / Jacob W. Frank News Release Date: March 14, 2024 "
        "Contact: Lori Hogan. Pierce Brosnan was fined $500.\n"
        "The 1959 Madison Slide - Caldera Chronicles\n"
        "Sources/Usage: Public Domain. View Media Details View of the Madison Slide on August "
        "21, 1959. View Media Details Record section showing seismograms of the M4.8 "
        "earthquake.\n"
        "News Release Snowmobile near Swan Lake NPS / Jacob W. Frank News Release Date: July "
        "29, 2021 Contact: Morgan Warthin MAMMOTH HOT SPRINGS, WY – Beginning Sunday, August "
        "1, people may apply. Release Date: August 30, 2021 Ever wonder how it works?\n")
    kinds = _types(found)
    assert kinds["Jacob W. Frank"] == kinds["Lori Hogan"] == kinds["Morgan Warthin"] == "person"
    assert kinds["Swan Lake"] == "place" and kinds["NPS"] == "organisation", kinds
    assert kinds["Madison Slide"] == "event", kinds  # a landslide by its name
    assert "U.S. Department of Justice District of Wyoming" in kinds, kinds
    assert not {"Usage", "Public Domain", "Record", "Ever", "Beginning", "M4", "News",
                "Release"} & set(kinds), kinds
    assert not any(name.endswith((" News", " People", " NPS")) or name.startswith("View")
                   for name in kinds), kinds


def test_a_park_by_its_name_without_its_kind_is_the_park() -> None:
    found = suggest("The agency approved plans for Grand Teton. Snowmobiles are allowed in Grand "
                    "Teton National Park. Theodore Roosevelt visited Theodore Roosevelt "
                    "National Park.\n")
    assert "Grand Teton" in _entity(found, "Grand Teton National Park").aliases
    assert "Theodore Roosevelt" not in _entity(found, "Theodore Roosevelt National Park").aliases


def test_a_listing_s_teasers_keep_their_writers_cities_and_countries() -> None:
    found = suggest(
        "Stories about Weblog from September, 2011\n"
        "USA: The Real and Digital Unite for Latin American Literature\n"
        "La Casa Azul - an online bookstore - has recently announced it is going to "
        "collaborate with a new bookstore in New York.\n"
        "Zambia: Did Ex-President Implicate Himself in Farewell Speech?\n"
        "Netizens have been dissecting the speech by Zambia’s outgoing president. Gershom "
        "Ndhlovu reports.\n"
        "India: Freedom of Expression\n"
        "The Bangalore-based group and activists in Kiev and Peking protested.\n")
    kinds = _types(found)
    assert kinds["USA"] == "place", kinds  # a country's letters before a headline's colon
    assert kinds["Gershom Ndhlovu"] == "person", kinds  # "reports" a verb, no report's title
    assert kinds["La Casa Azul"] == "organisation", kinds  # a Romance article opens it
    # a big city's older or English name, from the gazetteer's other names
    assert kinds["Bangalore"] == kinds["Kiev"] == kinds["Peking"] == "place", kinds


def test_a_portfolio_of_two_fields_before_its_holder_is_the_holder_s_role() -> None:
    found = suggest("Activists said Bahrain’s Minister of Justice and Islamic Affairs Sheikh "
                    "Khaled bin Ali al-Khalifa has ordered the transfer. The Minister for "
                    "Justice and Home Affairs Jane Roe spoke.\n")
    khaled = next(e for e in found.entities if "Khaled" in e.name)
    assert khaled.name in ("Khaled bin Ali al-Khalifa", "Sheikh Khaled bin Ali al-Khalifa")
    assert khaled.type == "person" and "Islamic Affairs" in (khaled.role or ""), khaled
    assert _entity(found, "Jane Roe").role == "Minister for Justice and Home Affairs"
    assert not any("Affairs" in e.name for e in found.entities), found.entities


def test_a_teaser_that_opens_with_someone_s_own_words_then_names_one_person() -> None:
    found = suggest(
        "Sudan: Twitter Activist Released After Two Months in Detention\n"
        "'I was threatened w/ sexual assault/abuse numerous times during that day. At one "
        "point, even by a top-rank officer.' In June, the security service arrested "
        "thousands including Twitter activist Usamah Mohamed Ali.\n")
    speakers = {q.text[:12]: q.speaker_name for q in found.quotes}
    assert speakers["I was threat"] == "Usamah Mohamed Ali", speakers


def test_a_topic_page_s_writers_and_their_universities_between_underscores() -> None:
    found = suggest(
        "May 27, 2024 Dirk Kotze,\n_University of South Africa_ The growing loss of support "
        "for the ANC raises the possibility of a coalition. June 5, 2024 Carin Runciman,\n"
        "_University of Edinburgh_ and Marcel Paret, _University of Utah_ Racial identities "
        "shape voters. November\n12, 2024 Christian John Makgala, _University of Botswana_ "
        "Things had been going well. Jobs ran with $$_JOB Revised and snake_case names.\n")
    kinds = _types(found)
    # an underscore's emphasis is no part of the name
    assert kinds["University of South Africa"] == kinds["University of Botswana"] == \
        "organisation", kinds
    # a writer's university, "and", the next writer
    assert kinds["University of Edinburgh"] == "organisation", kinds
    assert kinds["Marcel Paret"] == kinds["Christian John Makgala"] == "person", kinds
    assert "JOB Revised" not in kinds and not any("_" in name for name in kinds), kinds


def test_a_caption_s_credit_run_into_the_byline_and_the_story() -> None:
    found = suggest(
        "After Mugabe, all eyes are on Museveni\n\n"
        "  Ugandan President Yoweri Museveni speaks in Kampala in 2016. Reuters/James Akena "
        "Justin Willis, Durham University; Gabrielle Lynch, University of Warwick, and Nic "
        "Cheeseman, University of Birmingham On 21 November, Robert Mugabe resigned.\n\n"
        "Why elections don’t always equal democracy: the case of Kenya\n\n"
        "  An opposition supporter in Nairobi. Reuters/Thomas Mukoya Barbara Yoxon, "
        "University of York Kenya’s transition to a multiparty democracy was promising.\n\n"
        "A year of illusions\n\n"
        "  A strong judiciary is not enough. Reuters/Baz Ratner Nic Cheeseman, University "
        "of Birmingham The last twelve months have been confusing.\n")
    kinds = _types(found)
    assert kinds["Reuters"] == "organisation", kinds  # the agency before its photographer
    assert kinds["Baz Ratner"] == kinds["Nic Cheeseman"] == "person", kinds  # a credit run
    # into a writer the story names on its own
    assert kinds["University of York"] == "organisation", kinds  # then a country's "’s"
    assert kinds["Kenya"] == "place", kinds  # "the case of Kenya": a matter, not a crate
    assert not {"Baz Ratner Nic Cheeseman", "University of York Kenya"} & set(kinds), kinds


def test_a_member_s_release_headline_and_statement() -> None:
    found = suggest(
        "Van Hollen Statement on President’s Newly Announced Partnership\n\n"
        "Source: United States Senator for Maryland Chris Van Hollen\n\n"
        "Today, U.S. Senator Chris Van Hollen (D-Md.), a member of the Senate Foreign "
        "Relations and Appropriations Committee released the following statement:\n\n"
        "“I commend President Biden and his team for developing this initiative.”\n\n"
        "Shaheen Joins Bipartisan Group of Senators to Introduce Peace Corps Reauthorization "
        "Act of 2022\n\n"
        "Krishnamoorthi Demands Answers After Criticism of RFK Jr. by Pediatricians\n\n"
        "Congressman Raja Krishnamoorthi wrote to Secretary Robert F. Kennedy Jr. today.\n")
    kinds = _types(found)
    # a headline opening with a two-word surname the body gives in full
    assert "Van Hollen" in _entity(found, "Chris Van Hollen").aliases and "Van" not in kinds
    # the party's letters and an apposition without its closing comma before the verb
    assert [q.speaker_name for q in found.quotes] == ["Chris Van Hollen"]
    # the law a headline's verb introduces, whole; initials and a suffix in a headline
    assert kinds["Peace Corps Reauthorization Act of 2022"] == "work", kinds
    assert "RFK Jr." in _entity(found, "Robert F. Kennedy Jr.").aliases and "RFK" not in kinds


def test_people_named_as_examples_of_a_plural_are_people() -> None:
    found = suggest("We will still need a place to send foreign fighters like Warsame and "
                    "Daduq. That place is at Guantanamo Bay.\n")
    kinds = _types(found)
    assert kinds["Warsame"] == kinds["Daduq"] == "person", kinds


def test_a_listing_s_teasers_cut_inside_a_quote_and_firms_by_their_trade() -> None:
    found = suggest(
        "At Waitangi, New Zealand Prime Minister Jacinda Ardern said “This […]\n"
        "In a news release, the RNC took a shot at Gretchen Whitmer, saying: “Let’s just […]\n"
        "An investor from Bain Capital advised him. A Union leader at GST Steel lost his "
        "coverage. The government bought the copyright to the Australian Aboriginal Flag.\n")
    kinds = _types(found)
    # a teaser cut right after its mark holds no one's words; two words still do
    assert [q.text for q in found.quotes] == ["Let’s just […]"], found.quotes
    assert kinds["Bain Capital"] == kinds["GST Steel"] == "organisation", kinds
    assert kinds["Australian Aboriginal Flag"] in ("work", "other"), kinds


def test_an_office_of_officers_a_body_at_a_speech_and_a_report_s_title_line() -> None:
    found = suggest(
        "Semiannual Report to Congress\n\n"
        "Assistant Attorney General Matthew G. Olsen Delivers Remarks at Brookings Institution "
        "on Section 702\n\n"
        "In letters to Monty Wilkinson, Director of the Executive Office of United States "
        "Attorneys (EOUSA), the senator asked questions.\n")
    kinds = _types(found)
    assert kinds["Semiannual Report to Congress"] == "work", kinds
    assert kinds["Brookings Institution"] == "organisation", kinds  # where the remarks were
    # given, though the headline's body never names it again
    office = _entity(found, "Executive Office of United States Attorneys")
    assert office.type == "organisation" and "EOUSA" in office.aliases, found.entities
    assert "Executive Office of United States" not in kinds, kinds


def test_a_caption_s_credit_in_brackets_and_a_camp_by_its_name() -> None:
    found = suggest("Two Rohingya children at the sprawling Balukhali refugee camp in Cox's "
                    "Bazar, Bangladesh, June 9, 2023. (Noor Hossain/VOA)\n\n"
                    "The Greens/EFA group voted against it.\n")
    kinds = _types(found)
    # the photographer, then the agency, inside the credit's brackets
    assert kinds["Noor Hossain"] == "person" and kinds["VOA"] == "organisation", kinds
    assert "Noor Hossain/VOA" not in kinds, kinds
    assert kinds["Balukhali"] == "place", kinds  # before "refugee camp"
    assert "Greens/EFA" in kinds, kinds  # a group's two names joined by a slash, still one


def test_canadian_ministers_portfolios_ridings_and_a_day_after_a_title_case_on() -> None:
    found = suggest(
        "Joint Message from the Federal Ministers of Health, Indigenous Services and Northern "
        "Affairs On World Tuberculosis Day - March 24, 2022\n"
        "Today, the Honourable Mary Ng, Minister of International Trade, Export Promotion, "
        "Small Business and Economic Development, announced negotiations.\n"
        "The Honourable Filomena Tassi, Minister of Labour and Member of Parliament Hamilton "
        "West–Ancaster–Dundas, will make an announcement in Hamilton.\n")
    kinds = _types(found)
    assert kinds["World Tuberculosis Day"] == "event", kinds  # after the headline's "On"
    # a post's portfolio listed with commas, though its fields are plural or many-worded
    assert not {"Indigenous Services and Northern Affairs", "Small Business",
                "Economic Development", "Parliament"} & set(kinds), kinds
    # a riding after "Member of Parliament" without its "for", joined by its dashes
    assert kinds["Hamilton West–Ancaster–Dundas"] == kinds["Hamilton"] == "place", kinds
    assert kinds["Mary Ng"] == kinds["Filomena Tassi"] == "person", kinds


def test_a_statement_announced_by_its_maker_over_lines_a_copy_broke() -> None:
    found = suggest(
        "Glenn Mahone/Bob Jacobs\nHeadquarters, Washington Sept. 8, 2004\n\n"
        "The following is a statement from NASA Administrator\n"
        "Sean O'Keefe regarding today's Genesis Sample Return Mission\n"
        "at the Dugway Proving Ground, southwest of Salt Lake City.\n\n"
        "\"We're encouraged by the news out of Utah, despite the hard\n"
        "impact landing of the capsule.\n\n"
        "\"Our re-entry plan was based on safety, and the choice of\n"
        "Dugway was intentional.\n")
    assert [q.speaker_name for q in found.quotes] == ["Sean O'Keefe", "Sean O'Keefe"], \
        found.quotes
    # a release's two contacts joined by a slash: two people, no credit's outlet
    assert _types(found)["Bob Jacobs"] == "person", found.entities


def test_remarks_announced_by_their_maker_under_a_stray_mark() -> None:
    found = suggest(
        "WASHINGTON -- \"Following are excerpts from remarks given by NASA Deputy Administrator "
        "Lori Garver at the arrival of the space shuttle Discovery on Tuesday, April 17:\n\n"
        "\"Discovery was the longest-serving veteran of NASA's space shuttle fleet.\"\n\n"
        "\"The space shuttles' 30-year history literally changed the world.\"\n")
    # the stray mark before the announcement opens no quote; the remarks are its maker's
    assert [(q.text[:9], q.speaker_name) for q in found.quotes] == [
        ("Discovery", "Lori Garver"), ("The space", "Lori Garver")], found.quotes


def test_a_release_s_contact_before_the_office_he_answers_at() -> None:
    found = suggest("David Weaver Headquarters, Washington 202-358-1600 david s weaver@nasa gov\n\n"
                    "RELEASE: 10-327\n\nNASA Administrator Charles Bolden issued a statement.\n")
    kinds = _types(found)
    assert kinds["David Weaver"] == "person", kinds
    assert not any(name.endswith("Headquarters") for name in kinds), kinds


def test_an_outlet_s_logo_line_and_bodies_named_in_portuguese() -> None:
    found = suggest(
        "Finance Minister to leave government\n\nLogo Agência Brasil\n\n"
        "The minister spoke on Thursday.\n\n"
        "O Presidente Jair Bolsonaro vai à Câmara dos Deputados para participar de culto "
        "religioso em homenagem aos 42 anos da Igreja Universal do Reino de Deus.\n\n"
        "Ex-presidente Lula participa da 5ª Conferência Nacional de Segurança Alimentar e "
        "Nutricional (Fabio Rodrigues Pozzebom/Agência Brasil)\n")
    kinds = _types(found)
    # a logo's alt text on its own line: the outlet, without the word
    assert kinds["Agência Brasil"] == "organisation", kinds
    assert not any(name.startswith("Logo") for name in kinds), kinds
    # a body's head word in Portuguese, before the small words of its name
    assert kinds["Câmara dos Deputados"] == "organisation", kinds
    assert kinds["Igreja Universal do Reino de Deus"] == "organisation", kinds
    assert kinds["Conferência Nacional de Segurança Alimentar e Nutricional"] == "event", kinds
    assert kinds["Jair Bolsonaro"] == kinds["Fabio Rodrigues Pozzebom"] == "person", kinds
    # "Logo" before a single word stays a channel's name
    assert _types(suggest("Logo TV aired the show on Friday.\n")).get("Logo TV") \
        == "organisation"


def test_an_accusation_s_words_are_the_accuser_s_and_a_participle_cites_no_speaker() -> None:
    found = suggest(
        "The US Department of the Treasury accused Justice Alexandre de Moraes of authorizing "
        "“arbitrary arrests,” citing the trial of former President Jair Bolsonaro.\n\n"
        "Mayor Jane Doe was accused of “gross negligence” by critics.\n\n"
        "Supreme Court Chief Justice Dias Toffoli this morning opened the Judiciary year with "
        "an address highlighting the role of the courts “to promote the legal security "
        "necessary for the resumption of development.”\n")
    assert [(q.text[:9], q.speaker_name) for q in found.quotes] == [
        ("arbitrary", "US Department of the Treasury"), ("to promot", "Dias Toffoli")], \
        found.quotes


def test_a_statement_on_x_then_more_of_it_and_words_an_official_articulates() -> None:
    found = suggest(
        "“Chicago is doing what works,” wrote the Chicago Teachers Union on X. “We reject "
        "occupation. We welcome investments in public education.”\n"
        "The achievements of the project, Deputy Foreign Minister Carlos Ron articulates, are "
        "made possible by the “consciousness of the Venezuelan people”\n"
        "Malcolm X. Little spoke.\n")
    # the network's one letter ends the sentence: no initial of a name
    assert _types(found).get("X") == "organisation", found.entities
    assert "Malcolm X. Little" in _types(found), found.entities
    assert [(q.text[:9], q.speaker_name) for q in found.quotes] == [
        ("Chicago i", "Chicago Teachers Union"), ("We reject", "Chicago Teachers Union"),
        ("conscious", "Carlos Ron")], found.quotes


def test_a_newsletter_s_starred_title_case_headlines_and_their_quotes() -> None:
    found = suggest(
        "* Journalist Patrick Cockburn Calls Iraq a \"Bloody Mess\" One Year After\n"
        "Handover of \"Sovereignty\" *\n\n"
        "We speak with Middle East journalist Patrick Cockburn of the Independent\n"
        "(UK) who finds that since the so-called handover of sovereignty in Iraq, 948\n"
        "U.S. soldiers have died.\n\n\n"
        "* Mother of Soldier Killed in Iraq: \"The Best Way To Honor My Son's Death\n"
        "Would Be To Bring The Troops Home\" *\n\n"
        "As President Bush refuses to set a timetable for the withdrawal of troops\n"
        "from Iraq, we speak with Cindy Sheehan, her son, Casey, was killed in Iraq\n"
        "in 2004.\n")
    # a Title Case headline capitalises its verb and the words after the marks
    assert [(q.text[:11], q.speaker_name) for q in found.quotes] == [
        ("Bloody Mess", "Patrick Cockburn"),
        ("The Best Wa", "Mother of Soldier Killed in Iraq")], found.quotes
    kinds = _types(found)
    # the headline's words over its broken line name nothing, nor do the words in marks
    assert not any(n.startswith(("One Year", "Death", "Best Way")) for n in kinds), kinds
    assert kinds["Cindy Sheehan"] == "person", kinds


def test_washington_state_beside_washington_dc() -> None:
    kinds = {e.name: e.aliases for e in suggest(
        "Greetings to our audiences in Texas, Washington, D.C., Washington state, Kansas City "
        "and Colorado.\n").entities}
    assert kinds["Washington, D.C."] == [] and "Washington" in kinds, kinds
    dated = {e.name: e.aliases for e in suggest(
        "WASHINGTON, D.C. -- The senator spoke in Washington on Monday.\n").entities}
    assert dated == {"WASHINGTON, D.C.": ["Washington"]}, dated


def test_a_news_portal_day_s_wars_venues_stations_and_a_body_before_its_officer() -> None:
    found = suggest(
        "Armed conflicts and attacks\n- War in Donbass:\n"
        "- At least 12 people are killed in the separatist-controlled city of Donetsk. (CNN)\n"
        "- Syrian civil war:\n- A missile-strike kills eight people. (Reuters)\n"
        "- Later, Air France CEO Frédéric Gagey says it was a false alarm. (AP)\n"
        "- A motorist runs over pedestrians at the Las Vegas Strip between Planet Hollywood "
        "and Paris Las Vegas, killing one person. (ABC)\n"
        "- Three people are injured at Manchester Victoria station. (BBC)\n"
        "- The Islamic State of Iraq and the Levant claims responsibility. (NPR)\n"
        "- The last facility, Kellingley Colliery in Beal, North Yorkshire, closed down.\n")
    kinds = _types(found)
    # a war by where it is fought, though the day writes "war" too
    assert kinds.get("War in Donbass") == "event" and "Donbass" not in kinds, kinds
    # the body before its officer's title, not the country its name holds
    assert kinds.get("Air France") == "organisation" and "France" not in kinds, kinds
    assert found.entities[[e.name for e in found.entities].index("Frédéric Gagey")].role \
        == "Air France CEO"
    # "between … and …": two ends, two names; a hotel named for two cities is no one
    assert "Planet Hollywood" in kinds and kinds.get("Paris Las Vegas") == "place", kinds
    assert kinds["Las Vegas Strip"] == kinds["Manchester Victoria"] == "place", kinds
    assert kinds["Kellingley Colliery"] == "place", kinds
    assert kinds["Islamic State of Iraq and the Levant"] == "organisation", kinds
    # a city's own "Greater" stays the city's before its mayor
    assert _types(suggest("Greater Manchester Mayor Andy Burnham spoke.\n")).get(
        "Manchester") == "place"
    # nor does "between" split a body whose name holds "and", nor a portfolio before its title
    assert "Department of Health and Human Services" in _types(suggest(
        "Talks between the Department of Health and Human Services and the union failed.\n"))
    assert "Science" not in _types(suggest(
        "A conversation between Science and Technology Minister Gary Goodyear and the crew.\n"))


def test_a_copied_wikinews_page_a_portal_s_headings_and_a_talk_page_s_signatures() -> None:
    found = suggest(
        "Archives March 2019\n\nTwo fallen Canadian soldiers return home from Afghanistan\n\n"
        "“It’s very hard for me to do it,” Cpl. Victor Thibault, 38, of Digby, Nova Scotia "
        "said to the Canadian Press.\n\n"
        "Forty-four Canadian soldiers have been killed in Afghanistan since 2002.\n\n"
        "San Fernando, Chile — Ten students from the Liceo María Luisa Bombal of Rancagua, "
        "O’Higgins Region were detained by the local police yesterday.\n\n"
        "International relations\n  • Yemeni Civil War\n  • Syrian Civil War\n"
        "    • The European Union condemns Russia's air campaign in Syria. (Reuters)\n\n"
        "I just spoke to the Police Media Unit. - Borofkin 06:45, 3 November 2005 "
        "(UTC)Reply[reply]\n")
    kinds = _types(found)
    # a blog's month is no march, a count opening a sentence no one's name
    assert not any(n.startswith(("Archives", "Forty")) for n in kinds), kinds
    # a speaker's age and home town before its province: the speaker
    assert [q.speaker_name for q in found.quotes] == ["Victor Thibault"], found.quotes
    assert kinds["Yemeni Civil War"] == kinds["Syrian Civil War"] == "event", kinds
    assert kinds["Liceo María Luisa Bombal of Rancagua"] == "organisation", kinds
    assert kinds["Borofkin"] == "person", kinds


def test_editions_by_their_year_a_spanish_first_surname_and_doubled_town_names() -> None:
    found = suggest(
        "Wiki Actu en\n\n"
        "Spain's team arrived in Espoo, Finland for the start of the 2014 IBSA Goalball World "
        "Championships. It missed the 2012 Summer Paralympics and hopes to reach the 2016 "
        "Summer Paralympics in Rio de Janeiro.\n\n"
        "Wikinews interviewed runner Elena Congost Mohedano at the airport. Congost is "
        "scheduled to compete.\n\n"
        "Wikinews interviewed medalist Trischa Zorn of the United States. Zorn discusses "
        "sponsorship.\n\n"
        "Quentin Bryce visited Wagga Wagga on Sunday.\n")
    kinds = _types(found)
    # each edition by its year: two Paralympics, not one
    assert kinds["2012 Summer Paralympics"] == kinds["2016 Summer Paralympics"] == "event"
    assert kinds["2014 IBSA Goalball World Championships"] == "event", kinds
    assert "Summer Paralympics" not in kinds, kinds
    assert "Congost" in _entity(found, "Elena Congost Mohedano").aliases, found.entities
    assert kinds["Trischa Zorn"] == "person" and kinds["United States"] == "place", kinds
    assert kinds["Wagga Wagga"] == "place" and kinds["Wiki Actu"] == "organisation", kinds
    # a year without "the" before it opens no name
    assert "Summer Olympics" in _types(suggest("In 2012 Summer Olympics were held.\n"))
    # the one edition named by its year takes the name without it
    one = suggest("He retired after the 2002 World Championships. The World Championships "
                  "drew crowds.\n")
    assert [(e.name, e.aliases) for e in one.entities] == [
        ("2002 World Championships", ["World Championships"])], one.entities


def test_a_dialogue_s_turns_go_to_the_friends_who_greet_each_other() -> None:
    found = suggest(
        "Now, let us listen as two friends talk about the party. \"Michael, hello! How are "
        "you?\" \"Hi, Rachel! I’m well!\" \"It has been a long time.\" \"It has! I can’t "
        "believe it.\"\n\n"
        "Forty-five-year-old Kim Jong Nam died on February 13th.\n")
    assert [q.speaker_name for q in found.quotes] == ["Rachel", "Michael", "Rachel", "Michael"]
    kinds = _types(found)
    assert kinds["Michael"] == kinds["Rachel"] == kinds["Kim Jong Nam"] == "person", kinds
    # turns that greet no one by name stay unattributed
    plain = suggest("They talked. \"It has been a long time.\" \"It has! I can’t believe it.\"\n")
    assert [q.speaker_name for q in plain.quotes] == [None, None], plain.quotes


def test_a_report_s_title_before_report_and_a_subheading_after_washington_dc() -> None:
    found = suggest(
        "Freedom House measured freedom in 195 countries. Its Freedom in the World 2016 report "
        "shows a decline.\n\nThis was one of the cases at the immigration court in Arlington, "
        "Virginia, just outside Washington D.C. Case Backlog Outside the courtrooms hang eight "
        "lists.\n")
    kinds = _types(found)
    assert kinds["Freedom in the World 2016"] == "work" and "World" not in kinds, kinds
    assert kinds["Washington D.C."] == "place", kinds
    assert not any(name.startswith("Washington D.C. ") for name in kinds), kinds


def test_a_newscast_s_sound_bites_go_to_the_sentence_s_subject_before_them() -> None:
    found = suggest(
        "VOA English Newscast 1300 UTC January 25, 2016\n\n"
        "From Washington, this is VOA News. Mr. Kerry outlined the initiatives during a visit to "
        "Laos today, where he is laying the groundwork for a summit that will be hosted by "
        "President Obama. \"Today, I want to really focus on the importance of the summit.\" "
        "Thiti-nan Pongsu-dhirak, a political scientist, stresses policies are unlikely to "
        "change. \"The new leadership is more of the same.\"\n"
        "Secretary of State John Kerry spoke on Monday.\n")
    # not the president named after "by", nor the speaker of the sound bite before
    assert [q.speaker_name for q in found.quotes] == ["John Kerry", "Thiti-nan Pongsu-dhirak"]
    assert not any("UTC" in name for name in _types(found)), found.entities


def test_a_welsh_news_round_up_s_ministers_streets_and_a_firm_s_county() -> None:
    found = suggest(
        "£127m investment in Valero’s Pembrokeshire site supported by Welsh Government\n\n"
        "The investment in Valero’s Pembrokeshire site grew, the company said.\n\n"
        "Ken Skates, Cabinet Secretary for Economy and Transport, who is a member of the "
        "taskforce said: “We will soon have rail franchising powers. We are also securing the "
        "transfer of the Valley Lines north of Cardiff Queen Street.”\n\n"
        "The success was marked by Minister for Welsh Language and Lifelong Learning Eluned "
        "Morgan. The Minister attended a special event at Ysbyty Aneurin Bevan in Ebbw Vale.\n")
    kinds = _types(found)
    assert [q.speaker_name for q in found.quotes] == ["Ken Skates"], found.quotes
    assert kinds["Cardiff Queen Street"] == "place" and "Street" not in kinds, kinds
    assert kinds["Eluned Morgan"] == "person", kinds
    assert kinds["Pembrokeshire"] == "place" and "Valero’s Pembrokeshire" not in kinds, kinds
    assert kinds["Ysbyty Aneurin Bevan"] == "organisation", kinds


def test_a_service_named_for_its_country_is_no_one_s_name() -> None:
    kinds = _types(suggest("Routes can be accessed on Data Map Wales. Routes are available "
                           "across Wales.\n"))
    assert kinds == {"Data Map Wales": "organisation", "Wales": "place"}, kinds
    assert _types(suggest("Mary Ann Georgia spoke.\n")) == {"Mary Ann Georgia": "person"}


def test_an_embargo_and_a_blockade_are_events() -> None:
    kinds = _types(suggest("The Arab Oil Embargo began in 1973. The Berlin Blockade ended in "
                           "1949.\n"))
    assert kinds["Arab Oil Embargo"] == kinds["Berlin Blockade"] == "event", kinds


def test_a_programme_named_after_its_episode_or_edition_is_a_work() -> None:
    kinds = _types(suggest(
        "In this episode of Straight Talk Africa host Shaka Ssali previews elections in Nigeria. "
        "On this edition of Africa 54, officials count ballots. In the first installment of "
        "VOA Leaders, we meet a landlord.\n"))
    assert kinds["Straight Talk Africa"] == kinds["Africa 54"] == kinds["VOA Leaders"] == "work", \
        kinds
    # an edition of a contest is the contest, not a work
    assert _types(suggest("The 2024 edition of the Tour de France began in Florence.\n"))[
        "Tour de France"] != "work"


def test_a_post_after_a_titled_name_is_its_role_and_a_body_s_title_word_joins_it() -> None:
    found = suggest("In studio he is joined by Reverend Aniedi Okure Executive Director of the "
                    "Africa Faith and Justice Network.\n")
    assert _types(found) == {"Aniedi Okure": "person",
                             "Africa Faith and Justice Network": "organisation"}, found
    assert _entity(found, "Aniedi Okure").role == "Executive Director"
    # two people, the second with his title, are still two
    assert set(_names("Mr Blair and Justice Anthony Kennedy met.\n")) >= {"Anthony Kennedy"}


def test_a_pronunciation_in_brackets_names_no_one() -> None:
    found = suggest("Djerandi Laguere Dionro (Jay-Rahn-gee Lal-geh Dee-oh ro) president of the "
                    "Chad Bar Association, spoke. Officials met Ahmed (Ah-MED) and the "
                    "leaders of al-Shabaab (Al-Shabaab).\n")
    kinds = _types(found)
    assert not any("Jay" in name or "Dee" in name or "MED" in name for name in kinds), kinds
    assert "al-shabaab" in {name.casefold() for name in kinds} and "Ahmed" in kinds, kinds
    assert "Djerandi Laguere Dionro" in kinds and "Chad Bar Association" in kinds, kinds


def test_a_broadcaster_s_services_by_language_and_region() -> None:
    found = suggest("He is joined by Aliyu Mustapha, Managing Editor of VOA Hausa and Idrissa "
                    "Fall of VOA’s French to Africa Service.\n")
    assert _types(found) == {"Aliyu Mustapha": "person", "VOA Hausa": "organisation",
                             "Idrissa Fall": "person", "VOA": "organisation",
                             "French to Africa Service": "organisation"}, found
    # the post before "and" is Aliyu Mustapha's, not the next person's
    assert _entity(found, "Idrissa Fall").role is None


def test_a_country_s_administration_is_the_country_and_el_nino_is_no_town() -> None:
    kinds = _types(suggest("Trade fate uncertain with incoming U.S. administration. The Bush "
                           "administration agreed. Drought induced by the El Nino weather "
                           "pattern spread to El Paso.\n"))
    assert kinds["U.S."] == "place" and "U.S. administration" not in kinds, kinds
    assert kinds["Bush administration"] == "organisation", kinds
    assert kinds["El Nino"] == "other" and kinds["El Paso"] == "place", kinds


def test_a_post_in_lower_case_after_a_name_or_its_pronunciation_makes_a_person() -> None:
    kinds = _types(suggest("Djerandi Laguere Dionro (Jay-Rahn-gee Lal-geh Dee-oh ro) president "
                           "of the Chad Bar Association, tells VOA’s James Butty most members "
                           "agree. Germany, host of the World Cup, agreed.\n"))
    assert kinds["Djerandi Laguere Dionro"] == "person" and kinds["Germany"] == "place", kinds
    found = suggest("After the removal of the Republican chairman of the Hampton Electoral "
                    "Board, the board met. “He deserves credit for acting quickly,” said Ann "
                    "Lee.\n")
    assert _types(found).get("Republican") != "person", found.entities
    assert found.quotes[0].speaker_name == "Ann Lee", found.quotes


def test_in_studio_is_where_a_host_is_not_a_studio_s_name() -> None:
    kinds = _types(suggest("In studio Shaka is joined by Elizabeth Lewis. Shaka Ssali hosts "
                           "the show.\n"))
    assert kinds["Shaka Ssali"] == "person", kinds



def test_a_journalist_named_day_and_dictators_named_as_examples() -> None:
    kinds = _types(suggest("American journalist Anna Therese Day was arrested. We put his name "
                           "in line with dictators like Putin, Bashar Assad and many more. "
                           "Martin Luther King Day is a holiday.\n"))
    assert kinds["Anna Therese Day"] == kinds["Putin"] == kinds["Bashar Assad"] == "person", kinds
    assert kinds["Martin Luther King Day"] == "event", kinds


def test_a_group_s_name_in_marks_after_its_kind_and_a_period_of_history() -> None:
    kinds = _types(suggest("Journalists led by the group ‘For Media Freedom’ marched. They "
                           "flirt with the Middle Ages.\n"))
    assert kinds["For Media Freedom"] == "organisation", kinds
    assert kinds["Middle Ages"] == "other", kinds


def test_a_place_s_people_after_and_names_the_place_and_loses_is_a_headline_s_verb() -> None:
    found = suggest("Hong Kong political scientist likens Hongkongers to a stateless nation\n"
                    "'... to balance the interests of China, the US and HK people, the city "
                    "needs a truly democratic self-government.'\n\n"
                    "Kyrgyz Journalist Loses Court Case Against His Country's President\n")
    kinds = _types(found)
    assert kinds["Hong Kong"] == "place" and "Loses" not in kinds, kinds
    # a teaser's quote in straight single marks, taken up after "..."
    assert [q.text[:20] for q in found.quotes] == ["... to balance the i"], found.quotes


def test_a_teaser_in_straight_marks_holding_straight_marks_is_one_quote() -> None:
    found = suggest('Title\n"No more "bad migrant"-"good migrant" division games. People\'s '
                    'lives do not fit in a tickbox."\n')
    assert [q.text[-19:] for q in found.quotes] == ["t fit in a tickbox."], found.quotes


def test_a_headline_s_person_after_common_words_and_a_possessive_surname() -> None:
    kinds = _types(suggest(
        "How Chinese See the Fall of Their Country's Old Friend Robert Mugabe in Zimbabwe\n\n"
        "\"We put Ghani’s name in line with dictators,\" a user wrote.\n"))
    assert kinds["Robert Mugabe"] == kinds["Ghani"] == "person", kinds


def test_a_site_s_name_in_its_page_titles_and_a_podcast_after_a_headline_s_colon() -> None:
    found = suggest("Subscribe: Global Voices Online » Protest\n"
                    "Preview: Global Voices Online » Protest\n\n"
                    "Protest – Global Voices\n\n"
                    "From the 2017 Global Voices Summit in Colombo: Into the Deep Podcast\n"
                    "In this podcast, contributors talk.\n")
    kinds = _types(found)
    assert kinds["Global Voices Online"] == "organisation", kinds
    assert _entity(found, "Global Voices Online").aliases == ["Global Voices"], found.entities
    assert kinds["Into the Deep Podcast"] == "work", kinds
    # a journal's site is the journal, not a site named with "Online"
    journal = _entity(suggest("From the Federal Register Online via GPO Access.\n"),
                      "Federal Register Online")
    assert "'Online'" not in journal.evidence, journal


def test_an_embassy_s_speeches_titles_ceremonies_and_bodies_in_a_headline() -> None:
    found = suggest("Chargée d’Affaires Andréa Tomaszewicz Remarks\n\n"
                    "The Signing of the USAID Development Grant September 27, 2016\n\n"
                    "Thank you, Deputy Chief of Mission Sonnek for the introduction. USAID "
                    "helps.\n")
    kinds = _types(found)
    assert kinds["Andréa Tomaszewicz"] == kinds["Sonnek"] == "person", kinds
    assert _entity(found, "Sonnek").role == "Deputy Chief of Mission"
    assert not any(name.startswith(("Signing", "Mission")) for name in kinds), kinds
    found = suggest("Press Releases: Joint Statement From the U.S. Department of State and the "
                    "Ministry of Foreign Affairs of Sri Lanka on the Second Dialogue\n\n"
                    "Sri Lanka and the United States met.\n")
    kinds = _types(found)
    assert kinds["U.S. Department of State"] == "organisation", kinds
    assert kinds["Ministry of Foreign Affairs of Sri Lanka"] == "organisation", kinds


def test_a_copy_that_lost_its_macrons_and_te_reo_names_of_programmes() -> None:
    found = suggest(
        "The Government will invest over $900 million to support all MÄori, ministers said.\n\n"
        "\"We know that the effects have impacted on MÄori,\" Minister of MÄori Development "
        "Nanaia Mahuta said.\n\n"
        "\"He Poutama Rangatahi, Mana in Mahi and MÄori Cadetships have received boosts,\" "
        "Willie Jackson said.\n\n"
        "\"It moved swiftly in response to the effects of COVID 19,\" Peeni Henare said.\n")
    kinds = _types(found)
    assert kinds["MÄori"] == "group", kinds
    assert kinds["Nanaia Mahuta"] == "person", kinds
    assert _entity(found, "Nanaia Mahuta").role == "Minister of MÄori Development"
    assert kinds["He Poutama Rangatahi"] != "person", kinds
    assert kinds["COVID 19"] == "other", kinds
    assert [q.speaker_name for q in found.quotes] == ["Nanaia Mahuta", "Willie Jackson",
                                                      "Peeni Henare"], found.quotes
    # a pronoun before English words is still no part of a name
    assert "He Said" not in _types(suggest("He Said No To The Plan\n\nHe said no.\n"))


def test_a_name_before_minister_is_the_portfolio() -> None:
    kinds = _types(suggest("The Whānau Ora Minister Peeni Henare said funds went to Whānau "
                           "Ora Commissioning Agencies. Whānau Ora moved swiftly.\n"))
    assert kinds["Whānau Ora"] == "organisation" and kinds["Peeni Henare"] == "person", kinds


def test_a_transcript_s_labels_in_capitals_name_the_speaker() -> None:
    found = suggest("Ned Price, Department Spokesperson\n"
                    "MR PRICE: Hello.\nQUESTION: Hello.\n"
                    "MR PRICE: Good afternoon. We start today with the news of the week.\n"
                    "UNDER SECRETARY BASS: Great. Thank you, colleagues, for all of this.\n"
                    "UNDER SECRETARY BASS: But I know I speak for all of our colleagues.\n")
    assert _entity(found, "Ned Price").aliases == ["PRICE"], found.entities
    alone = suggest("MR PRICE: Remember on Monday when I said, “Remember this when we were "
                    "late.”\nMR PRICE: Two minutes before. Exactly. So this is it.\n")
    assert _types(alone) == {"PRICE": "person"}, alone.entities
    assert [q.speaker_name for q in alone.quotes] == ["PRICE"], alone.quotes


def test_a_body_by_its_country_s_adjective_and_what_a_body_issues_before_for() -> None:
    found = suggest("The United States welcomes the announcement by the Government of Uganda. "
                    "We support the response of the Ugandan Government.\n"
                    "You are subscribed to Department Press Briefings for U.S. Department of "
                    "State. This is new.\n")
    kinds = _types(found)
    assert "Ugandan Government" not in kinds, kinds
    assert "Ugandan Government" in _entity(found, "Government of Uganda").aliases
    assert kinds["U.S. Department of State"] == "organisation", kinds


def test_she_after_a_quote_is_the_person_the_sentence_before_describes() -> None:
    found = suggest("A child was turned away, according to his mother. The child’s mother "
                    "gave the paper permission to quote her without using her name.\n\n"
                    "“They just said they don’t do it there,” she said.\n")
    assert [q.speaker_name for q in found.quotes] == ["the child’s mother"], found.quotes
    named = suggest("Mary Smith runs the shelter. The director spoke to us.\n\n"
                    "“We are full,” she said.\n")
    assert [q.speaker_name for q in named.quotes] == ["Mary Smith"], named.quotes


def test_spanish_names_bodies_and_a_country_before_for_the_party() -> None:
    found = suggest("Jaime Pardo Leal, candidate for the presidency of Colombia for the "
                    "Patriotic Union, was killed. We spoke with Tomás Hirsch of Acción "
                    "Humanista. He spoke for Mundo sin Guerras y Violencia.\n"
                    "Roberto Pizarro, economist: “I approve will generate growth”.\n"
                    "Economist Roberto Pizarro Hofer is an outspoken dissident.\n")
    kinds = _types(found)
    assert kinds["Colombia"] == "place" and kinds["Patriotic Union"] == "organisation", kinds
    assert kinds["Acción Humanista"] == "organisation", kinds
    assert kinds["Mundo sin Guerras y Violencia"] == "organisation", kinds
    assert _entity(found, "Roberto Pizarro Hofer").aliases == ["Roberto Pizarro"], kinds
    assert [q.speaker_name for q in found.quotes] == ["Roberto Pizarro Hofer"], found.quotes


def test_a_slogan_to_free_someone_and_a_photographer_for_an_outlet() -> None:
    found = suggest("I’m with you, Meduza\nEvgeny Feldman for Meduza\n\n"
                    "Free Alexey Navalny! Meduza responds to the imprisonment\n\n"
                    "Alexey Navalny has been sentenced to prison.\n\nFree Alexey Navalny!\n")
    kinds = _types(found)
    assert kinds["Alexey Navalny"] == kinds["Evgeny Feldman"] == "person", kinds
    assert not any(name.startswith("Free") for name in kinds), kinds
    assert kinds["Meduza"] != "person", kinds
    assert "Free Press Fest" in _types(suggest("Join us at the Free Press Fest in Missoula.\n"))


def test_a_byline_in_capitals_with_a_surnames_prefix_and_a_civil_liberties_union() -> None:
    kinds = _names("Sununu has until Friday\n\nBy ETHAN DeWITT\n\nThe bill passed, according "
                   "to the American Civil Liberties Union of New Hampshire. It saves Windham "
                   "election officials time.\n")
    assert kinds["ETHAN DeWITT"] == "person", kinds
    assert kinds["American Civil Liberties Union of New Hampshire"] == "organisation", kinds
    assert kinds["Windham"] == "place", kinds
    assert _names("Delegates of the Independent State of Samoa voted on Friday.\n").get(
        "Independent State of Samoa") == "place"


def test_the_post_of_a_body_after_a_quote_is_the_person_the_paragraph_just_named() -> None:
    found = suggest("Ron Magoon has a stark description of the mortgage market. It’s "
                    "“pretty much dried up,” the president and CEO of Franklin Savings Bank "
                    "said.\n")
    assert [q.speaker_name for q in found.quotes] == ["Ron Magoon"], found.quotes
    spokesman = suggest("Ron Magoon has a stark description of the market. “We will not "
                        "comment on it,” a spokesman for Franklin Savings Bank said.\n")
    assert [q.speaker_name for q in spokesman.quotes] != ["Ron Magoon"], spokesman.quotes


def test_a_seals_description_a_banner_line_of_an_office_and_a_race_round_a_country() -> None:
    found = suggest("skip to content\nUnited States Department of Justice Seal of the United "
                    "States Department of Justice displayed against a background image\n"
                    "The Office of Public Affairs\n\nPress Releases for June 2006\n\n"
                    "Armstrong appeared to have won the Tour de France, the department said.\n")
    kinds = _types(found)
    assert kinds.get("United States Department of Justice") == "organisation", kinds
    assert not any("Seal" in name for name in kinds), kinds
    assert kinds.get("Office of Public Affairs") == "organisation", kinds
    assert kinds.get("Tour de France") == "event", kinds
    assert _types(suggest("He works at the Banque de France now.\n")).get(
        "Banque de France") == "organisation"


def test_a_nickname_in_marks_inside_a_name_and_a_quote_after_a_listings_item() -> None:
    found = suggest("Washington, DC - Jin Chul “Jacob” Cha, 41, of Tustin, California, who "
                    "pleaded guilty, was sentenced Friday.\n")
    assert found.quotes == [], found.quotes
    listing = suggest("Deputy Attorney General Paul J. McNulty announced today that the "
                      "United States reached an agreement. (Read more)\n\n\"We're here today to "
                      "talk about the legal aspects of this decision.\" (Read more)\n")
    assert [q.speaker_name for q in listing.quotes] == [None], listing.quotes
    story = suggest("Deputy Attorney General Paul J. McNulty announced today that the United "
                    "States reached an agreement.\n\n\"We're here today to talk about the legal "
                    "aspects of this decision.\"\n")
    assert [q.speaker_name for q in story.quotes] == ["Paul J. McNulty"], story.quotes


def test_a_watchdog_by_its_blended_name_and_a_broadcaster_apart_from_its_show() -> None:
    found = suggest("Koul Panha, executive director of the Committee for Free and Fair "
                    "Elections, took questions from \"Hello VOA\" listeners Monday.\n\n"
                    "Comfrel is an independent election watchdog.\n\n"
                    "Voters told VOA earlier this week that they took gifts.\n")
    kinds = _types(found)
    assert _entity(found, "Committee for Free and Fair Elections").aliases == ["Comfrel"]
    assert "VOA" in kinds and "VOA" not in _entity(found, "Hello VOA").aliases, kinds
    assert not _clipped("Coffee", "Committee for Free Fair Elections")


def _clipped(word: str, name: str) -> bool:
    from annotate.suggest.grouping import _clipped_blend
    return _clipped_blend(word, tuple(name.split()))


def test_a_credit_glued_by_its_slash_to_a_service_and_a_show_a_guest_is_on() -> None:
    found = suggest("Hang Puthea gives an interview in Phnom Penh, June 06, 2017. (Hean "
                    "Socheata/VOA Khmer)\n\n\"There is not a possibility of a re-vote,\" Heu "
                    "Rong, head of the committee, said, as a guest on \"Hello VOA.\"\n")
    kinds = _types(found)
    assert kinds.get("Hean Socheata") == "person" and "VOA Khmer" in kinds, kinds
    assert [q.text for q in found.quotes] == ["There is not a possibility of a re-vote,"], \
        found.quotes
    assert "Hello VOA" in kinds, kinds


def test_he_after_tells_is_the_teller_and_misspelt_names_join_their_person() -> None:
    found = suggest("Ruling party candidate Evariste Ndayishimiye has won. His rival Agathon "
                    "Rwasa came second, and First Vice President Gaston Sindimwo third.\n"
                    "Party spokesman Terence Manirambona tells VOA that Rwasa won.\n"
                    "“We are going to demand a recount,” he said.\n"
                    "But First Vice President Sindomwo congratulated the winner.\n"
                    "“We urge president-elect Evarisate Ndayishimiye to lead,” he said.\n")
    assert [q.speaker_name for q in found.quotes] == ["Terence Manirambona",
                                                      "Gaston Sindimwo"], found.quotes
    assert "Sindomwo" in _entity(found, "Gaston Sindimwo").aliases
    assert "Evarisate Ndayishimiye" in _entity(found, "Evariste Ndayishimiye").aliases


def test_a_decade_of_life_makes_a_person_and_a_first_person_line_in_marks_is_a_quote() -> None:
    found = suggest("Gig Workers Around The World Are Finally Organizing\n\n"
                    "‘We’re All Fighting The Giant.’\n\n"
                    "This past July, Singh was on a midnight run.\n\n"
                    "Singh, in his 40s, speaks in long sentences. He began riding for Zomato in "
                    "2020. “I googled it,” he told Rest of World.\n")
    kinds = _types(found)
    assert kinds.get("Singh") == "person", kinds
    assert not any("Giant" in name for name in kinds), kinds
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("We’re All Fighting The Giant.", None), ("I googled it,", "Singh")], found.quotes
    titled = suggest("Films of the year\n\n‘My Brilliant Friend’\n\nThe series won praise.\n")
    assert titled.quotes == [], titled.quotes


def test_a_fund_named_with_on_a_force_for_two_counties_and_a_trade_before_company() -> None:
    found = suggest("Abramoff donated $1,000 to the Rely on Your Beliefs Fund. The Greenberg "
                    "Traurig lobbying company gave more.\n\nAvon and Somerset police have said "
                    "that “It is anticipated that work at the scene may take days.”\n\n"
                    "He bought a Boeing 747-200. His hostel is within a Boeing 747 now.\n")
    kinds = _types(found)
    assert kinds.get("Rely on Your Beliefs Fund") == "organisation", kinds
    assert kinds.get("Greenberg Traurig") == "organisation", kinds
    assert kinds.get("Avon and Somerset") == "organisation", kinds
    assert [q.speaker_name for q in found.quotes] == ["Avon and Somerset"], found.quotes
    assert "Boeing 747" in _entity(found, "Boeing 747-200").aliases, kinds
    assert "France and Germany" not in _names("Troops from France and Germany police the "
                                              "border.\n")


def test_a_benchmark_rate_and_an_opening_mark_spaced_off_its_word() -> None:
    found = suggest("In an interview, Jose Luis Rodriguez Zapatero has stated that \" if there "
                    "is a global recession, Spain will enter it in 2009.\" He cited the Euro "
                    "Interbank Offered Rate.\n")
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("if there is a global recession, Spain will enter it in 2009.",
         "Jose Luis Rodriguez Zapatero")], found.quotes
    assert _types(found).get("Euro Interbank Offered Rate") == "other"


def test_marches_on_a_place_credits_licence_letters_and_a_caption_of_two_people() -> None:
    found = suggest("By Brett Wilkins. Published 2-5-2024 by Common Dreams\n\n"
                    "Donald Trump and Nayib Bukele in 2019, Photo: Public Domain\n\n"
                    "As right-wing President Nayib Bukele on Sunday night declared victory, "
                    "critics spoke. The self-described “world’s coolest dictator” claimed 85% "
                    "of the vote.\n\nShare Button\n\n"
                    "By Julia Conley. Published 7-28-2023 by Common Dreams\n\n"
                    "A recreational marijuana dispensary in Denver, Colorado Photo: My 420 "
                    "Tours/Wikimedia Commons/CC\n\nAdvocates on Friday said a new decision "
                    "illustrates it.\n\n"
                    "It culminated in the 2021 March on Washington, where thousands marked the "
                    "historic 1963 March on Washington for Jobs and Freedom. The vote came in "
                    "March on Capitol Hill.\n")
    kinds = _types(found)
    assert kinds.get("Donald Trump") == kinds.get("Nayib Bukele") == "person", kinds
    assert kinds.get("Wikimedia Commons") is not None, kinds
    assert not any("Button" in name or "/CC" in name for name in kinds), kinds
    assert kinds.get("March on Washington") == "event", kinds
    assert kinds.get("March on Washington for Jobs and Freedom") == "event", kinds
    assert not any("Capitol" in name and "March" in name for name in kinds), kinds
    assert [(q.text, q.speaker_name) for q in found.quotes] == [
        ("world’s coolest dictator", "Nayib Bukele")], found.quotes


def test_a_headlines_verb_ending_a_run_and_money_by_its_currency_code() -> None:
    found = suggest("Brazil: Lula Swears In Cabinet Members, Inks First Decrees\n\n"
                    "By Pedro Rafael Vilela\n\nPresident Luiz Inácio Lula da Silva on Sunday "
                    "swore in 37 members. The allowance stays at a monthly BRL 600 per person, "
                    "plus BRL 150 per child.\n\nOther acts signed by Lula on his first day "
                    "went further.\n")
    kinds = _types(found)
    assert not any("Swears" in name or "BRL" in name for name in kinds), kinds
    assert "Lula" in _entity(found, "Luiz Inácio Lula da Silva").aliases, kinds
    assert "COP 28" in _names("Leaders met at COP 28 in Dubai last week.\n")


def test_a_coordinators_post_criminal_justice_as_a_field_and_a_co_conspirator() -> None:
    found = suggest("Olsen delivered remarks, along with U.S. Deputy Coordinator for "
                    "Counterterrorism Ian Moss. Olsen cohosted a meeting at the European Union "
                    "Agency for Criminal Justice Cooperation (Eurojust) on Friday.\n\n"
                    "Andres Fernando Medina Rodriguez, 40, was sentenced. Co-conspirator Ciro "
                    "Alfonso Gutierrez Ballesteros used his status to gain access.\n")
    kinds = _types(found)
    assert kinds.get("Ian Moss") == "person", kinds
    assert _entity(found, "Ian Moss").role == "U.S. Deputy Coordinator for Counterterrorism"
    assert _entity(found, "European Union Agency for Criminal Justice Cooperation").aliases == [
        "Eurojust"], kinds
    assert kinds.get("Ciro Alfonso Gutierrez Ballesteros") == "person", kinds
    assert _types(suggest("The case went to Justice Sonia Sotomayor on Friday.\n")).get(
        "Sonia Sotomayor") == "person"


def test_a_posts_fields_before_its_title_and_the_site_it_is_held_for() -> None:
    found = suggest("My name is Ben Prueitt, I'm the Outreach and Social Media Coordinator for "
                    "the Gray's Reef National Marine Sanctuary. Today we talk.\n\n"
                    "The Superintendent of Yellowstone National Park Cam Sholly spoke on Friday.\n")
    kinds = _types(found)
    assert kinds.get("Gray's Reef National Marine Sanctuary") in ("organisation", "place"), kinds
    assert not any("Media" in name for name in kinds), kinds
    assert kinds.get("Cam Sholly") == "person", kinds
    assert _entity(found, "Cam Sholly").role == "Superintendent of Yellowstone National Park"
    assert "Voice of America" in _names("Voice of America Director David S. Jackson spoke.\n")


def test_a_two_island_country_by_its_first_and_a_blogger_by_one_name() -> None:
    found = suggest("Stories about Trinidad & Tobago\n\nJumbie's Watch does the math on "
                    "Trinidad and Tobago's murder rate. B.C. Pires: “Not even when Mr Manning "
                    "and Mr Panday achieve Trinidad's most vulgar event will we rest.”\n\n"
                    "Trinidadian diaspora blogger Afrobella blogs about reggae superstar Buju "
                    "Banton, prompting Jamaican Annie Paul to respond: “Just as you have "
                    "pointed out the good sides of Buju, we must look further.”\n")
    kinds = _types(found)
    assert "Trinidad" in _entity(found, "Trinidad and Tobago").aliases, kinds
    island = suggest("By midnight Trinidad and Tobago time, seats in central Trinidad were "
                     "still up for grabs.\n")
    assert "Trinidad" not in _entity(island, "Trinidad and Tobago").aliases
    assert kinds.get("Manning") == kinds.get("Panday") == "person", kinds
    assert kinds.get("Afrobella") == "person", kinds
    assert [q.speaker_name for q in found.quotes] == ["B.C. Pires", "Annie Paul"], found.quotes


def test_a_surname_opening_a_sentence_is_who_speaks_after_it() -> None:
    found = suggest("After a newspaper published the will, blogger Denise Demming is "
                    "concerned:\n\nAs the days pass, I wonder how the Prime Minister feels.\n\n"
                    "Demming suggests that the crime was an assault on democracy. She stated "
                    "emphatically:\n\nWhen our mistrust of the state is eroded, we are near to "
                    "anarchy.\n\nRemember Daniel Guerra? The Eternal Pantomime added it.\n")
    quotes = [(q.text[:12], q.speaker_name) for q in found.quotes]
    assert ("When our mis", "Denise Demming") in quotes, quotes
    assert not any(name.startswith("Remember") for name in _types(found)), _types(found)


def test_an_advocate_general_by_surname_and_a_european_courts_case_numbers() -> None:
    found = suggest("No 63/2021 : 15 April 2021\nAccording to Advocate General Pitruzzella, a "
                    "national court can order a subsidiary company to pay.\n\n"
                    "Press release 133/17 Judgment in Case T-61/16 The Coca-Cola Company v "
                    "EUIPO\n\nPress release 130/17 Judgment in Case C-42/17 M.A.S. and M.B.\n\n"
                    "Judgment of the Court of Justice in Joined Cases C-266/17 et C-267/17\n")
    kinds = _types(found)
    assert kinds.get("Pitruzzella") == "person", kinds
    assert _entity(found, "Pitruzzella").role == "Advocate General", kinds
    assert not any(re.search(r"\b[CT]-\d|\bCases?\b", name) for name in kinds), kinds
    assert _names("Data came from the Directorate General Statistics on Friday.\n").get(
        "Directorate General Statistics") == "organisation"


def test_a_party_by_its_provinces_name() -> None:
    kinds = _names("Volunteers reported from the 2007 Nova Scotia Liberal leadership campaign. "
                   "Stephen McNeil became leader of the Nova Scotia Liberals on Saturday.\n")
    assert kinds.get("Nova Scotia Liberal") == "organisation" or \
        kinds.get("Nova Scotia Liberals") == "organisation", kinds
    assert "person" not in {kinds.get("Nova Scotia Liberal"), kinds.get("Nova Scotia Liberals")}


def test_a_blogs_archive_label_over_its_listing() -> None:
    kinds = _names("Author Archive\n\nOn January 11, Vice President Kamala Harris announced "
                   "new grants in Charlotte.\n")
    assert not any("Archive" in name for name in kinds), kinds
    assert kinds.get("Kamala Harris") == "person", kinds


def test_a_quote_left_open_before_said_and_the_next_passage_run_into_its_line() -> None:
    found = suggest("“The Federation is deeply honored to be selected as a grant winner, said "
                    "Sarah Holt, Foundation Relation Officer National Wildlife Federation. “This "
                    "recognition underscores our shared commitment to education.”\n")
    quotes = [(q.text, q.speaker_name) for q in found.quotes]
    assert quotes[0] == ("The Federation is deeply honored to be selected as a grant winner",
                         "Sarah Holt"), quotes
    assert quotes[1][1] == "Sarah Holt", quotes
    assert _types(found).get("National Wildlife Federation") == "organisation", _types(found)


def test_a_post_of_a_fields_words_after_a_name_and_its_comma_cut_from_the_body() -> None:
    kinds = _names("“We are grateful,” said Sarah Holt, Community Engagement Manager Sierra "
                   "Club Foundation.\n")
    assert kinds.get("Sierra Club Foundation") == "organisation", kinds
    assert not any("Manager" in name for name in kinds), kinds


def test_a_plural_title_before_two_surnames_one_a_towns() -> None:
    kinds = _names("Garcia served as adviser to EPA Administrators Jackson and McCarthy.\n")
    assert kinds.get("Jackson") == "person", kinds
    assert kinds.get("McCarthy") == "person", kinds


def test_a_countrys_letters_inside_a_name_are_no_initials() -> None:
    kinds = _names("ATLANTA (July 9, 2024) – The agency selected Eco-Schools U.S. Atlanta as a "
                   "grant winner in metro Atlanta.\n")
    assert kinds.get("Atlanta") == "place", kinds
    assert kinds.get("Eco-Schools U.S. Atlanta") not in (None, "person"), kinds


def test_common_plurals_a_grants_page_capitalises_are_no_names() -> None:
    kinds = _names("The Multipurpose Grant program for States and Tribes supports states, "
                   "tribes and territories. Grants for Cities help cities.\n")
    assert not any(name in kinds for name in ("States and Tribes", "States", "Tribes",
                                              "Cities")), kinds
    kept = _names("The Nationals won the seat. Foreign nationals voted. He moved to the "
                  "States, though many states objected. The website wikileaks.org is back, "
                  "Wikileaks said.\n")
    assert "Nationals" in kept and "States" in kept and "Wikileaks" in kept, kept


def test_members_listed_with_the_letters_after_their_names() -> None:
    kinds = _names("Present:\n  • Rt Hon. Mark Drakeford AM\n  • Jeremy Miles AM (Chair)\n"
                   "  • Eluned Morgan AM\n  • Dafydd Elis Thomas AM\n")
    for name in ("Mark Drakeford", "Jeremy Miles", "Eluned Morgan", "Dafydd Elis Thomas"):
        assert kinds.get(name) == "person", kinds
    kinds = _names("He met the Rt Hon. Mark Drakeford AM and Eluned Morgan AM on Monday.\n")
    assert kinds.get("Mark Drakeford") == "person" and kinds.get("Eluned Morgan") == "person", \
        kinds


def test_a_bodys_election_is_no_event_of_its_name() -> None:
    kinds = _names("The letter goes to homes in Wales before the 2026 Senedd election. The "
                   "Senedd met on Tuesday.\n")
    assert kinds.get("Senedd") not in (None, "event"), kinds


def test_exhibitions_sub_committees_and_an_act_named_for_a_government() -> None:
    kinds = _names("The Cabinet Sub-Committee agreed to lend works to the Gwen John "
                   "Exhibition, under the Government of Wales Act 2006.\n")
    assert kinds.get("Cabinet Sub-Committee") == "organisation", kinds
    assert kinds.get("Gwen John Exhibition") == "event", kinds
    assert kinds.get("Government of Wales Act 2006") == "work", kinds


def test_a_woodland_and_a_housing_estate_by_their_names() -> None:
    kinds = _names("I visited the Rabbit Hill Community Woodland. The wood sits beside the "
                   "Duffryn estate. The Trump estate sued the bank.\n")
    assert kinds.get("Rabbit Hill Community Woodland") == "place", kinds
    assert kinds.get("Duffryn") == "place", kinds
    assert kinds.get("Trump") != "place", kinds


def test_a_bodys_letters_after_a_post_in_a_list_are_no_place() -> None:
    kinds = _names("  • Des Clifford – Director General, OFM\n"
                   "  • G-BOPD – Fishburn Airfield, County Durham\n")
    assert kinds.get("OFM") == "organisation", kinds
    assert kinds.get("Fishburn Airfield") == "place", kinds


def test_a_committee_named_for_its_fields_with_no_chamber_before_it() -> None:
    kinds = _names("Climate Change, Environment, and Infrastructure Committee\n\nThe "
                   "committee met. Members of the Health, Social Care and Sport Committee "
                   "agreed.\n")
    assert kinds.get("Climate Change, Environment, and Infrastructure Committee") == \
        "organisation", kinds
    assert kinds.get("Health, Social Care and Sport Committee") == "organisation", kinds
    assert "Infrastructure Committee" not in kinds and "Sport Committee" not in kinds, kinds


def test_welsh_posts_after_names_in_a_bilingual_record() -> None:
    kinds = _names("Senedd Officials in Attendance\n\nManon George Clerc\nClerk\n"
                   "Matthew Sutton Ymchwilydd\nResearcher\n")
    assert kinds.get("Manon George") == "person", kinds
    assert kinds.get("Matthew Sutton") == "person", kinds
    assert not any(w in name for name in kinds for w in ("Clerc", "Ymchwilydd")), kinds


def test_a_name_by_its_first_word_and_the_letters_of_the_rest() -> None:
    found = suggest("Problems at the Northwest School of Innovative Learning were found. A "
                    "reporter sent a request to Northwest SOIL seeking records.\n")
    school = _entity(found, "Northwest School of Innovative Learning")
    assert "Northwest SOIL" in school.aliases, _types(found)
    assert "Northwest SOIL" not in _types(found), _types(found)


def test_an_inn_is_a_place_whatever_its_first_word() -> None:
    kinds = _names("After his release, Marvin Cotton Jr. checked into a Comfort Inn outside "
                   "Detroit.\n")
    assert kinds.get("Comfort Inn") == "place", kinds
    assert kinds.get("Marvin Cotton Jr.") == "person", kinds


def test_names_with_combining_marks_are_whole_and_spelt_as_written() -> None:
    text = ("The governments of Canada and the Nisg̱a'a Nation mark the Nisg̱a'a Final "
            "Agreement. The Council of the Haida Nation signed the GayG̱ahlda framework.\n")
    kinds = _names(text)
    assert kinds.get("Nisg̱a'a Nation") == "organisation", kinds
    assert "Nisg̱a'a Final Agreement" in kinds, kinds
    assert "GayG̱ahlda" in kinds, kinds
    assert not any(name in kinds for name in ("Nisg", "GayG", "Nation")), kinds
    decomposed = "José Martí spoke in Bogotá.".replace("é", "e\u0301").replace("í", "i\u0301") \
        .replace("á", "a\u0301")
    found = suggest(decomposed + "\n")
    assert all(name in decomposed for name in _types(found)), _types(found)
    assert any(name.startswith("Jose\u0301") for name in _types(found)), _types(found)


def test_a_programme_named_with_an_ing_word_and_its_capitalised_head() -> None:
    kinds = _names("Funding comes through the Green Infrastructure Stream of the Investing in "
                   "Canada Infrastructure Program, and high-speed Internet access helps.\n")
    assert "Investing in Canada Infrastructure Program" in kinds, kinds
    assert "Green Infrastructure Stream" in kinds, kinds
    assert "Internet" not in kinds, kinds


def test_a_name_joined_by_and_whose_letters_follow_it_is_one_name() -> None:
    kinds = _names("The government invests through the Green and Inclusive Community Buildings "
                   "(GICB) program. It supports eight BC Hydro projects in the province.\n")
    assert "Green and Inclusive Community Buildings" in kinds, kinds
    assert "Green" not in kinds, kinds
    assert kinds.get("BC Hydro") == "organisation", kinds


def test_a_riding_after_a_provinces_assembly_and_a_town_by_its_mayor() -> None:
    kinds = _names("Today, Katrine Conroy, Member of British Columbia’s Legislative Assembly "
                   "for Kootenay West, and Lisa Pasin, Mayor of Trail, announced funding for "
                   "the Trail Memorial Centre’s library.\n")
    assert kinds.get("Kootenay West") == "place", kinds
    assert kinds.get("Trail") == "place", kinds
    assert "Trail Memorial Centre" in kinds, kinds
    assert not any("Kootenay" in name and name != "Kootenay West" for name in kinds), kinds


def test_a_wrapped_transcripts_first_line_is_prose_not_a_headline() -> None:
    text = ("[00:00:00] Ony Anukem: Welcome to Open Minds from Creative Commons. I'm Ony Anukem "
            "\ncommunications and campaigns manager. Our podcast is a series of conversations "
            "\nwith people working on the issues where the internet and our global culture are "
            "\nmore open and collaborative, and we sit down with amazing guests each week. \n")
    kinds = _names(text)
    assert kinds.get("Ony Anukem") == "person", kinds


def test_titles_in_capitals_joined_by_a_lower_case_and_are_two_works() -> None:
    kinds = _names("He is the author of novels for adults like ATTACK SURFACE and WALK AWAY, as "
                   "well as nonfiction books, like HOW TO DESTROY SURVEILLANCE CAPITALISM.\n")
    assert kinds.get("ATTACK SURFACE") == "work", kinds
    assert kinds.get("WALK AWAY") == "work", kinds
    assert kinds.get("HOW TO DESTROY SURVEILLANCE CAPITALISM") == "work", kinds


def test_a_chairs_field_is_no_body() -> None:
    kinds = _names("The summit will be addressed by founder Lawrence Lessig, the Roy L. Furman "
                   "Professor of Law at Harvard Law School, and others.\n")
    assert "Law" not in kinds, kinds
    assert kinds.get("Harvard Law School") == "organisation", kinds


def test_what_a_host_introduces_himself_as_the_host_of_is_a_show() -> None:
    kinds = _names("Hello, out there. This is your host of Open Voices, Al Levine. We have done "
                   "47 episodes with educators from around the world.\n")
    assert kinds.get("Open Voices") == "work", kinds


def test_a_person_then_a_bodys_letters_in_the_possessive_are_two_names() -> None:
    found = suggest("Ony Anukem: Welcome to Open Minds from Creative Commons. I'm Ony Anukem "
                    "CC's communications manager. Our guest supports CC and the commons, with "
                    "works under CC licenses.\n")
    assert _types(found).get("Ony Anukem") == "person", _types(found)
    assert "Ony Anukem CC" not in _types(found), _types(found)


def test_a_big_citys_letters_where_someone_lives_are_a_place() -> None:
    kinds = _names("Cory was born in Toronto, Canada, and now lives in LA. Enough from me.\n")
    assert kinds.get("LA") == "place", kinds
    assert kinds.get("Toronto") == "place", kinds
    kinds = _names("The LA Times reported that AI firms lobby in Washington.\n")
    assert kinds.get("LA") != "place", kinds


def test_a_dated_entrys_title_is_a_headline_whatever_follows_on_its_line() -> None:
    text = ("2021-03-15. Building a Better Model to View Earth’s Interacting Processes. By "
            "Gokhan Danabasoglu and Jean-François Lamarque, Eos/AGU.\n\n"
            "2016-05-16. Understanding Volcanic Eruptions Where Plates Meet.\n\n"
            "By Raffaele Azzaro and Rosanna De Rosa, Eos. Excerpt: A new project studies "
            "hazards on Italy's Mount Etna.\n")
    kinds = _names(text)
    assert not any(w in name for name in kinds for w in ("Model", "View", "Processes",
                                                          "Eruptions")), kinds
    assert kinds.get("Gokhan Danabasoglu") == "person", kinds
    assert kinds.get("Raffaele Azzaro") == "person", kinds
    assert kinds.get("Mount Etna") == "place", kinds


def test_each_of_several_places_before_their_kinds_plural_is_a_place() -> None:
    kinds = _names("A project studies hazards on Italy's Mount Etna and Vulcano and Lipari "
                   "islands.\n")
    assert kinds.get("Vulcano") == "place", kinds
    assert kinds.get("Lipari") == "place", kinds
    assert kinds.get("Mount Etna") == "place", kinds


def test_letters_in_brackets_that_spell_nothing_of_a_publication_are_its_publisher() -> None:
    found = suggest("By Raffaele Azzaro and Rosanna De Rosa, EoS-Earth & Space Science News "
                    "(AGU). Excerpt: A new project studies hazards on Mount Etna.\n")
    assert "AGU" not in _entity(found, "EoS-Earth & Space Science News").aliases, _types(found)
    found = suggest("The Communist Party of Greece (KKE) said the Party of the European Left "
                    "(PEL) would meet.\n")
    assert "KKE" in _entity(found, "Communist Party of Greece").aliases, _types(found)


def test_a_document_by_its_head_before_what_it_is_for_and_a_book_before_its_chapter() -> None:
    kinds = _names("According to the French Roadmap for Complex Systems, which was developed "
                   "to coordinate research, a complex system is one of many parts. See the "
                   "Center for Complex Systems for more. For GSS Energy Flow chapter 2, read "
                   "on.\n")
    assert kinds.get("French Roadmap for Complex Systems") == "work", kinds
    assert kinds.get("Center for Complex Systems") == "organisation", kinds
    assert kinds.get("GSS Energy Flow") == "work", kinds


def test_a_prizes_citations_are_its_committees_and_a_sources_words_its_own() -> None:
    found = suggest("The 2021 Nobel Prize in Physics was awarded to three scientists “for "
                    "groundbreaking contributions to our understanding of complex physical "
                    "systems.” Until recently, the Nobel Committee for Physics rewarded other "
                    "work. Specifically, Syukuro Manabe and Klaus Hasselmann were awarded “for "
                    "the physical modelling of Earth’s climate,” and Giorgio Parisi was awarded "
                    "“for the discovery of the interplay of disorder.” …According to the French "
                    "Roadmap for Complex Systems, which was developed to coordinate research, "
                    "“a complex system is in general any system comprised of many entities.”\n")
    speakers = {q.text[:20]: q.speaker_name for q in found.quotes}
    assert speakers == {"for groundbreaking c": "Nobel Committee for Physics",
                        "for the physical mod": "Nobel Committee for Physics",
                        "for the discovery of": "Nobel Committee for Physics",
                        "a complex system is ": "French Roadmap for Complex Systems"}, speakers


def test_a_body_of_a_field_and_one_named_with_its_country_first_are_two() -> None:
    kinds = _names("An Order was issued in which the Department of Commerce and U.S. Census "
                   "Bureau are defendants. The Department of Health and Human Services "
                   "agreed.\n")
    assert kinds.get("Department of Commerce") == "organisation", kinds
    assert kinds.get("U.S. Census Bureau") == "organisation", kinds
    assert kinds.get("Department of Health and Human Services") == "organisation", kinds


def test_a_list_whose_letters_come_before_its_head_is_one_name() -> None:
    kinds = _names("Today, the Bureau of Industry and Security added Chinese National Offshore "
                   "Oil Corporation (CNOOC) to the Entity List and Chinese company Skyrizon to "
                   "the Military End-User (MEU) List.\n")
    assert kinds.get("Military End-User (MEU) List") == "work", kinds
    assert "Entity List" in kinds, kinds
    assert not any(name in kinds for name in ("List", "Military End-User",
                                              "Entity List and Chinese")), kinds
    assert kinds.get("Skyrizon") == "organisation", kinds


def test_a_titled_person_and_the_next_ones_post_are_cut_apart() -> None:
    kinds = _names("At Stanford University, Secretary of Commerce Gary Locke and White House "
                   "Cybersecurity Coordinator Howard A. Schmidt unveiled plans.\n")
    assert kinds.get("Gary Locke") == "person", kinds
    assert kinds.get("Howard A. Schmidt") == "person", kinds
    assert not any("Locke and" in name for name in kinds), kinds


def test_a_strategy_for_something_in_a_field_is_one_name() -> None:
    kinds = _names("Officials will implement the National Strategy for Trusted Identities in "
                   "Cyberspace, an initiative. The Center for American Progress in Washington "
                   "agreed.\n")
    assert kinds.get("National Strategy for Trusted Identities in Cyberspace") == "work", kinds
    assert "Cyberspace" not in kinds, kinds
    assert kinds.get("Center for American Progress") == "organisation", kinds
    assert kinds.get("Washington") == "place", kinds


def test_a_headline_opening_with_a_quote_and_its_speaker_says_is_a_quote() -> None:
    found = suggest("“Commerce Helps Freedom and Freedom Helps Commerce,” Gutierrez Says of "
                    "Administration’s Accomplishments\n\nWashington (Nov. 6)—Secretary of "
                    "Commerce Carlos M. Gutierrez spoke at the Woodrow Wilson International "
                    "Center for Scholars.\n")
    quotes = {q.text: q.speaker_name for q in found.quotes}
    assert quotes == {"Commerce Helps Freedom and Freedom Helps Commerce,":
                      "Carlos M. Gutierrez"}, quotes
    assert not any("Freedom" in name for name in _types(found)), _types(found)


def test_letters_after_of_are_what_a_name_is_of_not_its_short_form() -> None:
    found = suggest("The Friends of NIEHS met with NIEHS leaders. Members learned of the latest "
                    "findings from NIEHS researchers.\n")
    kinds = _types(found)
    assert kinds.get("NIEHS") == "organisation", kinds
    assert "NIEHS" not in _entity(found, "Friends of NIEHS").aliases, kinds


def test_besides_opening_a_sentence_is_no_part_of_a_name() -> None:
    kinds = _names("Besides Birnbaum, the institute was represented by Jed Bullock, legislative "
                   "liaison.\n")
    assert "Besides Birnbaum" not in kinds, kinds
    assert kinds.get("Jed Bullock") == "person", kinds


def test_honours_by_their_titles_and_their_nouns_and_a_consortium() -> None:
    kinds = _names("Woychik also drew attention to the 2021 Papers of the Year. At the 2014 "
                   "Outstanding New Environmental Scientist awardee symposium, there was more "
                   "to celebrate. In July, partners in the Tox21 consortium published a study. "
                   "The Ford Foundation awards grants. NOAA’s award-winning website "
                   "launched.\n")
    assert kinds.get("Papers of the Year") == "other", kinds
    assert kinds.get("Outstanding New Environmental Scientist") == "other", kinds
    assert kinds.get("Tox21") == "organisation", kinds
    assert kinds.get("Ford Foundation") == "organisation", kinds
    assert kinds.get("NOAA") == "organisation", kinds


def test_a_plural_of_a_bodys_letters_in_the_possessive_is_no_name() -> None:
    kinds = _names("It was found by the Gemini Observatory and the Kitt Peak National "
                   "Observatory, Programs of NSF’s NOIRLab. NSF funds them.\n")
    assert "Programs of NSF" not in kinds, kinds
    assert kinds.get("NSF") == "organisation", kinds
    assert "NOIRLab" in kinds, kinds


def test_an_imperative_after_letters_ending_a_sentence_is_cut_off() -> None:
    kinds = _names("Hot and dry conditions drive large wildfires in the Western U.S. Check out "
                   "the 10 maps below.\n")
    assert not any("Check" in name for name in kinds), kinds


def test_two_places_after_their_heads_plural_are_two_places() -> None:
    found = suggest("Out West, the dropping water levels at Lakes Mead and Powell have been in "
                    "the news. If Lake Powell elevation falls below 3,490 feet, power stops. The "
                    "bureau keeps Powell’s elevation above this level.\n")
    kinds = _types(found)
    assert "Lakes Mead and Powell" not in kinds, kinds
    assert kinds.get("Lakes Mead") == "place", kinds
    assert kinds.get("Lake Powell") == "place", kinds
    assert "Powell" in _entity(found, "Lake Powell").aliases, kinds


def test_a_bodys_number_in_roman_figures_stays_with_it() -> None:
    kinds = _names("A new study, part of NOAA's Drought Task Force IV research, shows the "
                   "leading cause of wildfires.\n")
    assert "Drought Task Force IV" in kinds, kinds
    assert "IV" not in kinds, kinds



def test_a_committee_on_fields_listed_with_commas_is_one_name() -> None:
    kinds = _names("Committee on the Environment, Public Health and Food Safety\n\nThe next "
                   "meetings will take place in Brussels. The Committee on Agriculture and "
                   "Rural Development will join.\n")
    assert kinds.get("Committee on the Environment, Public Health and Food Safety") == \
        "organisation", kinds
    assert "Committee on the Environment" not in kinds, kinds
    assert kinds.get("Committee on Agriculture and Rural Development") == "organisation", kinds


def test_committees_by_their_letters_before_their_plural_head_and_goals() -> None:
    kinds = _names("On 25 May, ENVI will hold a hearing. The AGRI and PETI Committees will be "
                   "associated. ENVI and DEVE will vote on the Sustainable Development Goals "
                   "(SDGs).\n")
    assert kinds.get("PETI") == "organisation", kinds
    assert "PETI Committees" not in kinds, kinds
    assert kinds.get("Sustainable Development Goals") == "other", kinds


def test_an_initiatives_title_in_marks_after_its_colon_is_no_quote() -> None:
    found = suggest("On 25 May, ENVI will hold a hearing on the European Citizens’ Initiative: "
                    "‘Save cruelty-free cosmetics – Commit to a Europe without animal testing’. "
                    "The AGRI Committee will be associated.\n")
    assert found.quotes == [], found.quotes
    assert "Commit" not in _types(found), _types(found)


def test_a_bylines_by_in_capitals_before_a_name_in_title_case_is_cut_off() -> None:
    kinds = _names("Military Health System Changes Focus on Readiness\n\nFeb. 19, 2020 | BY "
                   "David Vergun , DOD News\n\nThe Military Health System is implementing "
                   "reforms, the assistant secretary said.\n")
    assert kinds.get("David Vergun") == "person", kinds
    assert not any(name.startswith("BY") for name in kinds), kinds


def test_a_titles_elided_word_after_a_stray_space_is_no_part_of_the_name() -> None:
    kinds = _names("On March 21, Chargé d’ Affaires Dan Perrone attended a departure ceremony "
                   "for thirteen Argentine Youth Ambassadors.\n")
    assert kinds.get("Dan Perrone") == "person", kinds
    assert not any("Affaires" in name for name in kinds), kinds


def test_a_chambers_department_by_its_short_name_is_the_same_body() -> None:
    found = suggest("The House of Commons Library is a research service. Library authors "
                    "decide what to include in Commons Library briefings. The Library of "
                    "Congress agreed; Congress did not.\n")
    assert "Commons Library" in _entity(found, "House of Commons Library").aliases, \
        _types(found)
    assert "Congress" not in _entity(found, "Library of Congress").aliases, _types(found)


def test_a_publications_title_between_commas_after_this_publication_is_a_work() -> None:
    kinds = _names("This publication, Duty and Democracy: Parliament and the First World War, "
                   "has been produced for the centenary of the First World War.\n")
    assert kinds.get("Duty and Democracy: Parliament and the First World War") == "work", kinds
    assert not any(name in kinds for name in ("Duty", "Democracy")), kinds
    assert kinds.get("First World War") == "event", kinds


def test_a_register_of_a_kind_of_people_is_a_document_not_a_title_and_holder() -> None:
    kinds = _names("This briefing explains how registration works. The first Register of "
                   "Consultant Lobbyists was published in March 2015.\n")
    assert kinds.get("Register of Consultant Lobbyists") == "work", kinds
    assert "Lobbyists" not in kinds, kinds


def test_an_infoboxs_type_and_parent_label_before_organization_are_no_bodies() -> None:
    kinds = _names("ARPA-E\n\nFrom Wikipedia, the free encyclopedia\nAdvanced Research Projects "
                   "Agency–Energy\nTypeGovernmental organization\nDirector\nEvelyn Wang\n"
                   "Parent organization\nUS Department of Energy\n\nThe agency funds research. "
                   "Reuters news agency reported it.\n")
    assert not any(name in kinds for name in ("Governmental", "Parent")), kinds
    assert kinds.get("US Department of Energy") == "organisation", kinds
    assert kinds.get("Reuters") == "organisation", kinds


def test_a_law_named_for_a_country_and_its_letters_stays_whole_before_its_year() -> None:
    kinds = _names("In early January 2011, the America COMPETES Reauthorization Act of 2010 "
                   "made additional changes to the agency's structure.\n")
    assert kinds.get("America COMPETES Reauthorization Act of 2010") == "work", kinds
    assert "America" not in kinds, kinds


def test_someone_of_a_place_by_their_trade_speaks_not_the_place() -> None:
    found = suggest("“People are selling their computers, rugs, phones and jewelry to collect "
                    "money” to leave the country, a travel agent in Tehran told the Wall Street "
                    "Journal.\n")
    assert [q.speaker_name for q in found.quotes] == ["a travel agent in Tehran"], found.quotes


def test_a_partial_quote_after_felt_that_is_the_words_of_who_felt_it() -> None:
    found = suggest("Emilia Javorsky was recognized for her work. Emilia felt that her "
                    "Fulbright Program, “…was transformative in helping me realize that I "
                    "wanted to work on a macro level.”\n")
    assert [q.speaker_name for q in found.quotes] == ["Emilia Javorsky"], found.quotes


def test_a_bylines_authors_in_capitals_run_into_its_date_are_each_a_person() -> None:
    kinds = _names("Couple Reflects on Family Roots   RACHAEL NOVAK AND POOYA REZAI NOVEMBER "
                   "29, 2021 As we reflect upon the month, we would like to invite you to look "
                   "at many families.\n")
    assert kinds.get("RACHAEL NOVAK") == "person", kinds
    assert kinds.get("POOYA REZAI") == "person", kinds
    assert not any("NOVEMBER" in name for name in kinds), kinds


def test_a_listings_headline_set_apart_from_its_byline_in_capitals_is_a_headline() -> None:
    kinds = _names("Native American Heritage Month Spotlight: Couple Reflects on Family and "
                   "Navajo-Persian Roots in the Kitchen   RACHAEL NOVAK AND POOYA REZAI "
                   "NOVEMBER 29, 2021 As we reflect upon Native American Heritage Month, we "
                   "would like to invite you to look at many families.\n")
    assert kinds.get("Native American Heritage Month") == "event", kinds
    assert not any(name.endswith(("Spotlight", "Roots", "Kitchen")) for name in kinds), kinds


def test_a_title_with_its_colon_before_the_kind_of_work_it_names_is_one_work() -> None:
    kinds = _names("Themes of fortitude, hope and defiance are reflected in  My Iran: Six Women "
                   "Photographers , a new photo exhibit at the Smithsonian Institution in "
                   "Washington.\n")
    assert kinds.get("My Iran: Six Women Photographers") == "work", kinds
    assert not any(name in kinds for name in ("My Iran", "Women Photographers")), kinds


def test_a_headline_opening_with_a_hashtag_and_holding_a_handle_is_a_headline() -> None:
    kinds = _names("#State4States: How @StateDept Works for the American People\n\nThe U.S. "
                   "Department of State leads American foreign policy through diplomacy.\n")
    assert not any("Works" in name for name in kinds), kinds
    assert kinds.get("U.S. Department of State") == "organisation", kinds


def test_a_magazines_contents_lines_each_a_page_then_a_title_are_headlines() -> None:
    kinds = _names("May 2014 // Issue Number 589\n9 College Fair\nEmbassy Bridgetown promotes "
                   "diversity\n10 Popular Fellowships\nVolunteers assess wave of African "
                   "applicants\n12 Paws that Refresh\nTherapy dog helps Mission Kenya unwind\n"
                   "30 Lost in Mexico\nACS Tijuana helps reunite family\n34 In Brief\n"
                   "37 Lying in State\n38 Safety Scene\n")
    assert not any(name in kinds for name in ("Lost", "Refresh", "Brief", "Lying")), kinds
    assert kinds.get("Mexico") == "place", kinds
    assert kinds.get("Embassy Bridgetown") == "organisation", kinds
    assert kinds.get("Mission Kenya") == "organisation", kinds


def test_a_contacts_handle_line_is_no_headline_though_a_hashtag_headline_is() -> None:
    kinds = _names("Meghan Burris, Director of Public Affairs\nPhone: (202) 482-4883\n"
                   "Twitter: @CommerceGov\n\nRelated Content\n")
    assert kinds.get("Twitter") == "organisation", kinds


def test_a_name_whose_act_is_its_own_is_a_body_and_a_city_with_tech_no_burmese_name() -> None:
    kinds = _names("This month, Forbes published its annual list recognizing young "
                   "entrepreneurs. Three years later, he co-founded New York On Tech to create "
                   "pathways for students.\n")
    assert kinds.get("Forbes") == "organisation", kinds
    assert kinds.get("New York On Tech") == "organisation", kinds


def test_one_of_the_few_photographers_is_a_person_and_a_citys_programmes_leave_it_a_place(
        ) -> None:
    kinds = _names("A new photo exhibit opened. Hengameh Golestan is one of the few documentary "
                   "photographers to capture the protests. Seoul programs challenge "
                   "preconceptions about disability.\n")
    assert kinds.get("Hengameh Golestan") == "person", kinds
    assert kinds.get("Seoul") == "place", kinds


def test_a_captions_line_ending_in_a_comma_goes_on_and_an_addresss_room_is_no_place() -> None:
    kinds = _names("May 2014\nVillagers from Laki Tatu, Tanzania,\nnet fish from the small pond "
                   "they\ncreated with assistance from USAID.\nContacting Us\n301 4th Street SW, "
                   "Room 348\nWashington DC 20547\n")
    assert kinds.get("Laki Tatu") == "place", kinds
    assert not any(name in kinds for name in ("Room 348", "Contacting Us")), kinds


def test_one_called_after_the_award_they_hold_is_no_name_and_the_short_form_is_the_awards(
        ) -> None:
    found = suggest("Emilia Javorsky, a Fulbright Student to the European Union in 2012, was "
                    "recognized. Evin Robinson studied in Hong Kong as a Gilman Scholar. Noam "
                    "Angrist co-founded a charity during his Fulbright. Her Fulbright Program "
                    "was transformative.\n")
    kinds = _types(found)
    assert not any(name in kinds for name in ("Fulbright Student", "Gilman Scholar")), kinds
    assert "Fulbright" in _entity(found, "Fulbright Program").aliases, kinds


def test_a_ranking_by_the_age_its_people_are_under_is_a_work() -> None:
    kinds = _names("This month, Forbes published its annual 30 Under 30 recognizing bright young "
                   "entrepreneurs. The children were under 30 years old.\n")
    assert kinds.get("30 Under 30") == "work", kinds


def test_a_songs_title_in_marks_before_performed_by_is_no_quote_and_the_band_is_whole() -> None:
    found = suggest("Edison disc record: \"The Jelly Roll blues\", performed by The Original "
                    "Memphis Five, recorded in New York, New York on September 22, 1923.\n")
    assert found.quotes == [], found.quotes
    assert _types(found).get("Original Memphis Five") == "organisation", _types(found)


def test_a_park_and_preserve_is_one_place_and_a_corridor_or_a_sink_a_place() -> None:
    kinds = _names("Katmai National Park and Preserve seeks public input on the Brooks River "
                   "Corridor permit system.\n\nWhiteoak Sink group size limited for wildflower "
                   "viewing\n\nNews Release: Ed Welsh.\n")
    assert kinds.get("Katmai National Park and Preserve") == "place", kinds
    assert "Preserve" not in kinds, kinds
    assert kinds.get("Brooks River Corridor") == "place", kinds
    assert kinds.get("Whiteoak Sink") == "place", kinds


def test_a_place_a_headline_ends_with_after_at_is_kept() -> None:
    kinds = _names("Prescribed Fire Planned at Chickamauga Battlefield\n\nNews Release: Take "
                   "advantage of the weather in Los Alamos.\n\nFirst Shot of the Civil War "
                   "Commemoration at Fort Moultrie\nBy Interior Newswire Reports | Mar 29, 2023\n"
                   "It’s the 162nd Anniversary of the beginning of the American Civil War.\n")
    assert kinds.get("Chickamauga Battlefield") == "place", kinds
    assert kinds.get("Fort Moultrie") == "place", kinds
    assert not any("Prescribed" in name or "Commemoration" in name for name in kinds), kinds


def test_a_tourism_board_a_given_name_among_others_and_numbered_regions() -> None:
    kinds = _names("    • Offices: Regions 3, 4, and 5\n\nA black and white photo of Thomas, "
                   "Mina, Charles and family sitting under the porch. To honor the park, "
                   "Visit Alamosa will launch a celebration.\n")
    assert kinds.get("Visit Alamosa") == "organisation", kinds
    assert kinds.get("Mina") == "person", kinds
    assert not any(name.startswith("Regions") for name in kinds), kinds


def test_a_post_before_a_projects_name_with_commas_is_cut_off() -> None:
    kinds = _names("Former Senior Paleontologist, Hagerman Fossil Beds National Monument. "
                   "Co-Lead, Hagerman Paleontology, Environments, and Tephrochronology "
                   "Project.\n")
    assert "Hagerman Paleontology, Environments, and Tephrochronology Project" in kinds, kinds
    assert not any(name.startswith("Co-Lead") for name in kinds), kinds


def test_two_places_each_with_its_head_across_a_slash_are_two_and_a_marked_celebration() -> None:
    found = suggest("News Release: Kari A. Prassack, PhD. Archaeologist, Glen Canyon National "
                    "Recreation Area/Rainbow Bridge National Monument.\n\nThe park announces "
                    "events during the “We Love Our National Park” Celebration in April.\n")
    kinds = _types(found)
    assert kinds.get("Glen Canyon National Recreation Area") == "place", kinds
    assert kinds.get("Rainbow Bridge National Monument") == "place", kinds
    assert kinds.get("We Love Our National Park") == "event", kinds


def test_a_title_in_marks_before_a_verb_is_no_event_though_an_event_is_named_for_it() -> None:
    kinds = _names("‘Rosie the Riveter’ Recounts Women’s World War II Service\n\nShe asked "
                   "Congress to recognize March 21 as Rosie the Riveter Day of Remembrance.\n")
    assert kinds.get("Rosie the Riveter") == "work", kinds


def test_a_bylines_surname_before_from_and_a_country_stays_and_a_site_by_its_address() -> None:
    kinds = _names("By Honorary Reporter Diana Kassandra Almarez from Philippines\nPhotos= "
                   "Korea.net DB\nKorea.net is the government's official web portal. The "
                   "complete details are available on the Korea.net site. Certain Honorary "
                   "Reporters create video content.\n")
    assert kinds.get("Diana Kassandra Almarez") == "person", kinds
    assert kinds.get("Korea.net") == "organisation", kinds
    assert "Certain Honorary Reporters" not in kinds, kinds


def test_a_person_before_a_sites_name_opening_with_a_country_is_no_place() -> None:
    kinds = _names("Eftychia Dovletoglou interviewed Kim Eunhee and Hong Kilju, Korea.net's two "
                   "coordinators. Hong said the program's goal is to promote Korea.\n")
    assert kinds.get("Hong Kilju") == "person", kinds
    assert "Hong" not in kinds, kinds


def test_a_name_glossed_by_an_event_a_region_before_its_capital_and_a_field_of_study() -> None:
    kinds = _names("They also write about events like Seollal (Lunar New Year) or Hangeul Day "
                   "celebrations. The writers took a trip to Jeonju, the North Jeolla capital. "
                   "I've been studying Korean Studies at the Free University of Berlin.\n")
    assert kinds.get("Seollal") == "event", kinds
    assert kinds.get("North Jeolla") == "place", kinds
    assert "Studies" not in kinds, kinds


def test_she_after_another_womans_quote_is_the_one_the_story_calls_she() -> None:
    found = suggest("Eftychia Dovletoglou interviewed Kim Eunhee. Kim said that through her work, "
                    "she was amazed.\nPark Hye Ri, the Vietnamese-language staff writer, shared "
                    "in an interview how she joined the agency, saying, \"I remember every "
                    "interaction.\" On her New Year's wishes, she said, \"I hope the section "
                    "becomes more known.\"\n")
    assert [q.speaker_name for q in found.quotes] == ["Park Hye Ri", "Park Hye Ri"], found.quotes


def test_the_first_pronoun_after_a_western_name_does_not_outweigh_its_given_name() -> None:
    found = suggest("Shortly after the video was published, The Illuminator spoke with District "
                    "Attorney Tony Clayton, a Democrat who is prosecuting the case alongside "
                    "Attorney General Liz Murrill. He said he finds it “shocking” that she "
                    "left.\n")
    assert [q.speaker_name for q in found.quotes] == ["Tony Clayton"], found.quotes


def test_military_units_by_the_services_ordinals_and_a_battalion_of_its_regiment() -> None:
    kinds = _names("The Marines are with 2d Battalion, 7th Marines. They are forward deployed "
                   "under 4th Marine Regiment, 3d Marine Division as part of the Unit "
                   "Deployment Program.\n")
    assert kinds.get("2d Battalion, 7th Marines") == "organisation", kinds
    assert kinds.get("3d Marine Division") == "organisation", kinds
    assert not any(name in kinds for name in ("Battalion", "Marine Division")), kinds


def test_a_bylines_rank_and_name_before_the_writers_unit_and_a_unit_between_bars() -> None:
    kinds = _names("Happy Birthday Marines\n\n8 Nov 2007 | Lance Cpl. Gregory Aalto Marine Corps "
                   "Air Station Yuma\n\nThe 2007 Marine Corps Birthday cake cutting ceremony was "
                   "held.\n\nBy Story by Lance Cpl. Christian Cachola | Marine Corps Air Station "
                   "Yuma | November 10, 2016\n\nNews\nChief Justice Names Conference Committee "
                   "Chairs\n")
    assert kinds.get("Gregory Aalto") == "person", kinds
    assert kinds.get("Christian Cachola") == "person", kinds
    assert kinds.get("Marine Corps Air Station Yuma") == "organisation", kinds
    assert kinds.get("Marine Corps Birthday") == "event", kinds
    assert not any(name.startswith("Chief Justice") for name in kinds), kinds


def test_a_breadcrumb_run_together_the_people_of_a_base_and_a_states_force() -> None:
    found = suggest("Unit HomeNewsNews Articles\nUnit News\n\nA solemn silence was given from the "
                    "Marines of the Air Station. Republic of Korea Marines take cover during Korea "
                    "Viper 24.1 on the MCAS Yuma parade field. In its first iteration, Korea "
                    "Viper demonstrates the ability.\n")
    kinds = _types(found)
    assert not any("HomeNews" in name or name.startswith("Marines of") for name in kinds), kinds
    assert kinds.get("Air Station") == "place", kinds
    assert kinds.get("Republic of Korea Marines") == "organisation", kinds
    assert kinds.get("Korea Viper 24.1") == "event", kinds
    assert "Korea Viper" in _entity(found, "Korea Viper 24.1").aliases, kinds
    assert kinds.get("MCAS Yuma") != "event", kinds


def test_a_resolutions_words_after_resolved_are_the_resolving_bodys() -> None:
    found = suggest("In 1775, the Second Continental Congress resolved “that Two Battalions of "
                    "Marines be raised” during the Revolutionary War.\n")
    assert [q.speaker_name for q in found.quotes] == ["Second Continental Congress"], found.quotes


def test_a_place_with_its_head_in_lower_case_once_and_a_tournaments_group_and_round() -> None:
    found = suggest("Messi scored at the Mineirao stadium in Belo Horizonte, during their 2014 "
                    "World Cup Group F soccer match, to qualify for the coveted Round of 16. In "
                    "the match at Mineirao Stadium, he scored again.\n")
    kinds = _types(found)
    assert "Mineirao" in _entity(found, "Mineirao Stadium").aliases, kinds
    assert not any(name.endswith("Group F") and name != "Group F" for name in kinds), kinds
    assert kinds.get("Round of 16") == "event" and "Round" not in kinds, kinds


def test_a_publications_name_holding_in_is_whole_in_its_headline_and_its_text() -> None:
    found = suggest("Sharing Reliable Health Information\n10 Years of NIH News in Health\nThis "
                    "issue marks the 10-year anniversary of NIH News in Health, the monthly "
                    "newsletter based on research supported by the U.S. National Institutes of "
                    "Health. Every article is reviewed by NIH experts. Read our News in Brief.\n")
    kinds = _types(found)
    assert kinds.get("NIH News in Health") == "work", kinds
    assert kinds.get("U.S. National Institutes of Health") == "organisation", kinds
    assert not any(name.startswith("Years") for name in kinds), kinds


def test_a_firm_of_its_town_before_the_state_and_a_labels_abbreviation() -> None:
    kinds = _names("News Release 18-084\nInv. No(s). 337-TA-1122\n\nThe investigation is based "
                   "on a complaint filed by Sauder Manufacturing Company of Archbold, OH, on "
                   "June 7, 2018.\n")
    assert kinds.get("Sauder Manufacturing Company") == "organisation", kinds
    assert kinds.get("Archbold") == "place", kinds
    assert "Inv" not in kinds, kinds


def test_a_reports_title_after_the_word_and_a_law_apart_from_a_report_named_for_it() -> None:
    found = suggest("Forged Steel Fittings from India and Korea Injure U.S. Industry, Says "
                    "USITC\n\nThe Commission’s public report Forged Steel Fittings from India and "
                    "Korea (Inv. Nos. 701-TA-631, USITC Publication 5137) will contain its "
                    "views.\n\nAndean Trade Preference Act (ATPA) imports had a negligible "
                    "effect, reports the USITC in its publication Andean Trade Preference Act: "
                    "Impact on U.S. Industries and Consumers and on Drug Crop Eradication and "
                    "Crop Substitution, 2013, Sixteenth Report.\n")
    kinds = _types(found)
    assert kinds.get("Forged Steel Fittings from India and Korea") == "work", kinds
    assert "Forged Steel Fittings" not in kinds, kinds
    assert kinds.get("Andean Trade Preference Act") == "work", kinds
    assert kinds.get("Andean Trade Preference Act: Impact on U.S. Industries and Consumers and "
                     "on Drug Crop Eradication and Crop Substitution") == "work", kinds
    assert not any(name in kinds for name in ("U.S. Industries",
                                              "Drug Crop Eradication and Crop Substitution")), kinds


def test_a_listings_glued_document_codes_cut_its_runs_and_open_its_headlines() -> None:
    kinds = _names("Category:Press Release\nMONTHYEARML24309A1792024-10-21021 October 2024 News "
                   "Release-II-24-027: NRC Names New Resident Inspector at Farley Nuclear Plant "
                   "ML24309A1802024-10-21021 October 2024 News Release-II-24-023: NRC Schedules "
                   "Pre-decisional Enforcement Conference with BWXT ML24249A1942024-08-19019 "
                   "August 2024 News Release-III-24-021: NRC Will Hold Public Meeting August 1 "
                   "to Discuss Potential Restart of Palisades Nuclear Plant\n")
    assert kinds.get("Farley Nuclear Plant") in ("place", "organisation"), kinds
    assert kinds.get("BWXT") == "organisation", kinds
    assert not any(re.search(r"\d{4}", name) or "Schedules" in name or "Will Hold" in name
                   for name in kinds), kinds


def test_classes_by_their_letters_are_no_names_and_promotes_a_headlines_verb() -> None:
    kinds = _names("Department of State Promotes Public Diplomacy through Global Entrepreneurship "
                   "Program\n\nAugust 23, 2013\n\nThese estimated 765,000 F and M students "
                   "contribute $22.7 billion. The Department of State helps them.\n")
    assert not any(name in kinds for name in ("F", "M")), kinds
    assert not any("Promotes" in name for name in kinds), kinds
    assert kinds.get("Department of State") == "organisation", kinds


def test_a_ministrys_letters_leave_out_its_countrys_and_a_state_glossed_in_brackets() -> None:
    found = suggest("The ROC Ministry of Foreign Affairs welcomed the visit, the MOFA said. At "
                    "the invitation of the Republic of China (Taiwan), the group came to Taiwan. "
                    "Paris (France) came next.\n")
    ministry = _entity(found, "ROC Ministry of Foreign Affairs")
    assert "MOFA" in ministry.aliases, ministry
    state = _entity(found, "Republic of China")
    assert "Taiwan" in state.aliases, state
    kinds = _types(found)
    assert kinds.get("France") == "place" and kinds.get("Paris") == "place", kinds


def test_a_titles_letters_before_a_surname_are_that_person() -> None:
    found = suggest("Foreign Minister Lin Chia-lung and Deputy Foreign Minister François "
                    "Chih-chung Wu met reporters. FM Lin said ties were strong. Deputy FM Wu "
                    "agreed. Kiss FM played it.\n")
    assert "FM Lin" in _entity(found, "Lin Chia-lung").aliases, found.entities
    assert "FM Wu" in _entity(found, "François Chih-chung Wu").aliases, found.entities
    assert _types(found).get("Kiss FM") == "organisation", found.entities


def test_an_ordinal_counting_a_councils_meetings_and_its_letters_without_the_countries() -> None:
    found = suggest("They agreed to convene the 11th Taiwan-U.S. Trade and Investment Framework "
                    "Agreement Council meeting. We welcome the convening of the 11th TIFA Council "
                    "meeting. The 82nd Airborne Division met.\n")
    council = _entity(found, "Taiwan-U.S. Trade and Investment Framework Agreement Council")
    assert "TIFA Council" in council.aliases, council
    kinds = _types(found)
    assert kinds.get("82nd Airborne Division") == "organisation", kinds
    assert not any(name.startswith("11th") for name in kinds), kinds


def test_a_listings_gallery_labels_a_headlines_imperative_and_a_body_thanked() -> None:
    kinds = _names("Government News\nMOFA thanks ASDC for resolution supporting TaiwanPhotos - "
                   "New Southbound Policy\nEnlarge MOFA thanks ASDC for resolution supporting "
                   "Taiwan Photos\n\nPremier Su: Promote Asia Silicon Valley to benefit "
                   "businesses\n\nThe Ministry of Foreign Affairs (MOFA) said Premier Su "
                   "Tseng-chang spoke.\n")
    assert kinds.get("Taiwan") == "place", kinds
    assert kinds.get("ASDC") == "organisation", kinds
    assert "Asia Silicon Valley" in kinds, kinds
    assert not any("Photos" in name or "Enlarge" in name or "Promote" in name
                   for name in kinds), kinds


def test_a_posts_region_before_of_the_body_and_a_bodys_numbered_resolution() -> None:
    kinds = _names("The visit of Holly Vineyard, deputy assistant secretary for Asia of the U.S. "
                   "Department of Commerce, is welcome. Taiwan is excluded due to a "
                   "misinterpretation of the United Nations Resolution 2758.\n")
    assert kinds.get("Asia") == "place", kinds
    assert kinds.get("U.S. Department of Commerce") == "organisation", kinds
    assert kinds.get("United Nations Resolution 2758") == "work", kinds


def test_a_peoples_body_in_another_country_is_named_with_it() -> None:
    kinds = _names("The talks will be held under the auspices of the Taipei Economic and "
                   "Cultural Representative Office in the U.S. and American Institute in Taiwan "
                   "in the coming weeks. The European Chamber of Commerce in China agreed. The "
                   "American Institute in Washington said no.\n")
    assert kinds.get("American Institute in Taiwan") == "organisation", kinds
    assert kinds.get("European Chamber of Commerce in China") == "organisation", kinds
    assert kinds.get("Washington") == "place", kinds
    assert not any(name.startswith("U.S. and") for name in kinds), kinds


def test_an_honours_letters_end_a_name_and_a_countrys_force_is_police_alone() -> None:
    found = suggest("Source: New Zealand Police\n\nMedia are invited to the 386 Dame Noeline "
                    "Taurua DNZM Police recruit wing graduation. Canterbury Police are "
                    "investigating. Police have now concluded a search, with Noeline guiding "
                    "the team.\n")
    taurua = _entity(found, "Noeline Taurua")
    assert taurua.type == "person" and "Noeline" in taurua.aliases, taurua
    assert "Police" in _entity(found, "New Zealand Police").aliases, found.entities
    assert _types(found).get("Canterbury Police") == "organisation", found.entities
    assert not any("DNZM" in e.name for e in found.entities), found.entities


def test_teams_by_their_plural_names_and_before_team_and_a_court_appeared_in() -> None:
    kinds = _names("She represented New Zealand in the Silver Ferns. She became the Silver "
                   "Ferns coach in 2018. In 2024, the Silver Ferns claimed the Constellation "
                   "Cup. She has coached the Waikato Bay of Plenty Magic team. A 39-year-old "
                   "man appeared in Porirua District Court on 12 June. Bay of Plenty District "
                   "Commander Superintendent Tim Anderson says Police acted.\n")
    assert kinds.get("Silver Ferns") == "organisation", kinds
    assert kinds.get("Waikato Bay of Plenty Magic") == "organisation", kinds
    assert kinds.get("Porirua District Court") == "organisation", kinds
    assert kinds.get("Bay of Plenty") == "place", kinds
    assert kinds.get("Tim Anderson") == "person", kinds


def test_a_recalls_headline_in_capitals_its_dateline_and_its_contact() -> None:
    found = suggest("READY PAC FOODS, INC. RECALLS READY TO EAT SALAD PRODUCTS CONTAINING MEAT "
                    "AND POULTRY\n\nWashington D.C., Sept. 23, 2021 (GLOBE NEWSWIRE) --\n\n"
                    "Congressional and Public Affairs\nKenneth King (202)-306-5498\n\n"
                    "WASHINGTON, Sept. 23, 2021– Ready Pac Foods, Inc. is recalling 222,915 "
                    "pounds of ready-to-eat (RTE) salad products. The cans carry a Best By date "
                    "of Feb. 13, 2019 and bear establishment number “EST. M-47484”.\n")
    kinds = _types(found)
    assert kinds.get("Kenneth King") == "person", kinds
    assert "WASHINGTON" in _entity(found, "Washington D.C.").aliases, found.entities
    assert not any(name in kinds for name in ("READY TO EAT", "Best", "M-47484")), kinds


def test_a_headline_before_its_posting_date_and_a_firm_its_trade_introduces() -> None:
    kinds = _names("FSIS Issues Public Health Alert for Ready-to-Eat Meat Products Containing "
                   "FDA-Regulated Seasoning Mix That Has Been Recalled Due to Misbranding - "
                   "3/3/22\n\nThe mix has been recalled by the producer, PS Seasoning of Iron "
                   "Ridge, Wis., due to concerns. Maxi Canada, Inc., a Quebec, Canada "
                   "establishment, is recalling products.\n")
    assert kinds.get("PS Seasoning") == "organisation", kinds
    assert any(name.startswith("Iron Ridge") and kind == "place"
               for name, kind in kinds.items()), kinds
    assert kinds.get("Canada") == "place", kinds
    assert kinds.get("Maxi Canada, Inc.") == "organisation", kinds
    assert not any("Alert" in name or "Seasoning Mix" in name for name in kinds), kinds


def test_venues_and_programmes_named_with_and_and_at_and_a_body_a_depot_is_named_for() -> None:
    kinds = _names("Ceremonies will be held at the National Museum of the Marine Corps on Nov. "
                   "10 -- the 239th anniversary of the founding of the Marine Corps; at Soldiers "
                   "& Sailors Memorial Hall & Museum in Pittsburgh, Pennsylvania; and at the "
                   "Marine Corps Recruit Depot in San Diego through the Naturalization at Basic "
                   "Training Initiative.\n")
    assert kinds.get("Soldiers & Sailors Memorial Hall & Museum") in ("place",
                                                                      "organisation"), kinds
    assert "Naturalization at Basic Training Initiative" in kinds, kinds
    assert kinds.get("Marine Corps") == "organisation", kinds
    assert kinds.get("Marine Corps Recruit Depot") in ("place", "organisation"), kinds
    assert not any(name in kinds for name in ("Naturalization", "Basic Training Initiative",
                                              "Sailors Memorial Hall & Museum")), kinds


def test_a_forms_title_after_its_number_is_the_form() -> None:
    found = suggest("You will have a judicial ceremony if you indicate on your Form N-400, "
                    "Application for Naturalization, that you would like to change your name.\n")
    form = _entity(found, "Form N-400")
    assert "Application for Naturalization" in form.aliases, found.entities


def test_a_generals_name_after_his_side_and_rank_and_a_morning_paper_named_for_its_city() -> None:
    kinds = _names("Newspapers trumpeted Robert E. Lee's surrender to Union Lt. Gen. Ulysses S. "
                   "Grant on April 9. The Cleveland Morning Leader (Cleveland, OH) reported "
                   "it.\n")
    assert kinds.get("Ulysses S. Grant") == "person", kinds
    assert kinds.get("Cleveland Morning Leader") == "organisation", kinds
    assert kinds.get("Cleveland") == "place", kinds
    assert not any("Gen." in name for name in kinds), kinds


def test_old_papers_ships_with_stops_messrs_before_a_list_and_the_west_indies() -> None:
    kinds = _names("A meeting of Jamaica sugar planters condemned the neglect of the West "
                   "Indies. The boats belonging to H.M.S. Lapwing had a fight in the Persian "
                   "Gulf. The following were elected members of the Tinwald Town Board:—Messrs "
                   "J. A. Clothier, J. Hampton and M. Hagan.\n")
    assert kinds.get("West Indies") == "place", kinds
    assert kinds.get("H.M.S. Lapwing") == "other", kinds
    assert kinds.get("J. A. Clothier") == "person", kinds
    assert not any(name.startswith("Messrs") for name in kinds), kinds


def test_an_agency_before_its_dateline_a_reposters_byline_and_a_coach_after_team() -> None:
    kinds = _names("February 15, 2023 Mir Farhad Ali Khan\nTasnim – TEHRAN, Mehdi Mohammad "
                   "Nabi said a planned friendly match with Russia has been called off.\n\nThe "
                   "head coach of the Russian national football team Valery Karpin had said his "
                   "team will play Iran. Mekdad arrived since the current Iranian "
                   "administration took office.\n")
    assert kinds.get("Mir Farhad Ali Khan") == "person", kinds
    assert kinds.get("Tasnim") == "organisation", kinds
    assert kinds.get("Valery Karpin") == "person", kinds
    assert not any(name in kinds for name in ("Ali Khan", "Mir Farhad",
                                              "Iranian administration")), kinds


def test_a_quote_after_adding_is_who_said_the_last_and_letters_apart_from_a_commission() -> None:
    found = suggest("Bahram Ghasemi spoke on Monday. “We will have no other talks with Europe "
                    "other than the JCPOA,” Ghasemi said, adding “European leaders are wise "
                    "enough to decide what they should discuss.” “On Friday, we will have a "
                    "joint JCPOA Commission meeting,\" he added.\n")
    adding = next(q for q in found.quotes if q.text.startswith("European leaders"))
    assert adding.speaker_name in ("Ghasemi", "Bahram Ghasemi"), adding
    kinds = _types(found)
    assert "JCPOA" in kinds and "JCPOA Commission" in kinds, kinds


def test_a_bodys_building_named_for_someone_and_an_annual_events_name() -> None:
    kinds = _names("The Air Force Research Laboratory hosted its sixth annual AFRL Inspire, the "
                   "lab's TEDx-style event, at the Air Force Institute of Technology's Kenney "
                   "Hall. The lab's director, Mark Hall, agreed.\n")
    assert kinds.get("AFRL Inspire") == "event", kinds
    assert kinds.get("Kenney Hall") == "place", kinds
    assert kinds.get("Mark Hall") == "person", kinds


def test_two_fires_before_their_kind_in_lower_case_and_a_notices_closed() -> None:
    kinds = _names("Updated closure order 08-22-01 for Ranch and August Complex wildfires, "
                   "effective Feb. 16, 2022.\n\n  • Needle Rock Recreation Site Closed due to "
                   "storm damage\n\n    The purpose of this order is to protect visitors.\n")
    assert kinds.get("Ranch") == "event" and kinds.get("August Complex") == "event", kinds
    assert kinds.get("Needle Rock Recreation Site") == "place", kinds
    assert not any(name.endswith("Closed") or " and " in name for name in kinds), kinds


def test_whose_remarks_a_story_reports_is_a_person_whatever_small_town_shares_the_name() -> None:
    kinds = _names("In reactions to Pompeo’s remarks on renegotiations, the spokesman said "
                   "Pompeo's remarks do not deserve a serious answer. Chicago's comments came "
                   "later.\n")
    assert kinds.get("Pompeo") == "person", kinds
    assert kinds.get("Chicago") != "person", kinds


def test_a_delta_by_its_number_a_name_ending_in_a_plus_and_mixed_syllable_letters() -> None:
    found = suggest("U.S. Space Force Lt. Gen. Stephen Whiting, Space Operations Command "
                    "commander, visited Space Delta 6 at Schriever Space Force Base. SpOC "
                    "leaders then watched the launch on Disney+ with the LGBTQ+ community "
                    "group; an artist's rendering of WGS-11+ hung in the hall. He writes C++ "
                    "code.\n")
    kinds = _types(found)
    assert kinds.get("Space Delta 6") == "organisation", kinds
    assert "Disney+" in kinds and kinds.get("WGS-11+") == "other", kinds
    assert "LGBTQ+" not in kinds and not any(name.startswith("C+") for name in kinds), kinds
    command = _entity(found, "Space Operations Command")
    assert "SpOC" in command.forms, command


def test_a_name_before_aka_groups_its_other_name_where_it_was_not_taken_there() -> None:
    found = suggest("We announce the CC+ (aka CC Plus) and CC0 (aka CC Zero) programs. The "
                    "CC+ and CC0 tools are popular.\n")
    zero = next(e for e in found.entities if "CC Zero" in e.forms)
    assert "CC0" in zero.forms, found.entities


def test_a_place_of_several_words_named_once_with_its_state_and_once_without() -> None:
    found = suggest("Col. Mark Shoemaker briefed the coalition at Vandenberg Space Force Base, "
                    "Calif. The group discussed a spaceport at Vandenberg Space Force Base.\n")
    base = next(e for e in found.entities if "Vandenberg Space Force Base" in e.forms)
    assert "Vandenberg Space Force Base, Calif." in base.forms, found.entities


def test_people_of_their_countries_a_nuns_title_a_past_post_and_a_peoples_possessive() -> None:
    kinds = _names("The awardees are Shadi Sadr of Iran and Sister Marie Claude Naddaf of "
                   "Syria. The award was set up by then-Secretary of State Condoleezza Rice. "
                   "It honored Venezuelan Ana Rosario Contreras, a nurse. Katrina Fotovat leads "
                   "the Office of Global Women’s Issues.\n")
    assert kinds.get("Shadi Sadr") == "person" and kinds.get("Iran") == "place", kinds
    assert kinds.get("Marie Claude Naddaf") == "person", kinds
    assert kinds.get("Condoleezza Rice") == "person", kinds
    assert kinds.get("Ana Rosario Contreras") == "person", kinds
    assert kinds.get("Office of Global Women’s Issues") == "organisation", kinds
    assert not any(name.startswith(("State ", "Sister", "Venezuelan")) or name == "Issues"
                   for name in kinds), kinds


def test_a_dates_month_a_port_a_lake_roads_and_a_hyphenated_word_inside_a_name() -> None:
    kinds = _names("On 24 August Ukraine celebrates. August Wilson wrote. Chief of Defence "
                   "Tom Middendorp saw the crews of the "
                   "Defence Ground-based Air Defence Command leave for the port of Eemshaven "
                   "via the A50 and the A28. Flags lined the Hofvijver lake. London-based "
                   "Citigroup paid.\n")
    assert kinds.get("Ukraine") == "place" and kinds.get("August Wilson") == "person", kinds
    assert kinds.get("Defence Ground-based Air Defence Command") == "organisation", kinds
    assert kinds.get("Eemshaven") == "place" and kinds.get("Hofvijver") == "place", kinds
    assert kinds.get("A50") == "place" and kinds.get("A28") == "place", kinds
    assert kinds.get("London") == "place" and "Citigroup" in kinds, kinds


def test_a_transcripts_labels_a_group_by_its_size_units_a_laws_determiner_and_eu() -> None:
    found = suggest("Press Briefing by Press Secretary Josh Earnest\n\nMR. EARNEST:  Good "
                    "afternoon.\n\nMRS. OBAMA:  Hi, everyone.\n\nLeaders of the Group of Seven "
                    "(G7) met the European Commission and the EU Commission. Download mp4 "
                    "(183.0 MB). The Every Student Succeeds Act will help.\n")
    kinds = _types(found)
    assert "EARNEST" in _entity(found, "Josh Earnest").forms, found.entities
    assert kinds.get("OBAMA") == "person", kinds
    assert "Group of Seven" in kinds and "Group" not in kinds and "MB" not in kinds, kinds
    assert "EU Commission" in _entity(found, "European Commission").forms, found.entities
    assert kinds.get("Every Student Succeeds Act") == "work", kinds


def test_a_river_reported_in_a_causes_month_after_the_month_and_an_arm_of_the_sea() -> None:
    kinds = _names("The whale first reported in Twentymile River swam back into Turnagain "
                   "Arm. Gov. Jay Inslee has again proclaimed June Orca Action Month.\n")
    assert kinds.get("Twentymile River") == "place", kinds
    assert kinds.get("Turnagain Arm") == "place", kinds
    assert kinds.get("Orca Action Month") == "event" and "June Orca Action Month" not in kinds, \
        kinds


def test_a_label_in_capitals_alone_a_state_by_its_formal_name_and_a_members_seat() -> None:
    found = suggest("JASON CLARE, MINISTER FOR EDUCATION: Hello.\n\nCLARE: About ten years "
                    "ago. Clare O'Neil has made this point.\n\nWe are in the State of South "
                    "Australia. South Australia is great. I’m the member for Boothby, and I "
                    "welcome you.\n")
    assert "CLARE" in _entity(found, "JASON CLARE").forms, found.entities
    assert "South Australia" in _entity(found, "State of South Australia").forms, \
        found.entities
    assert _types(found).get("Boothby") == "place", found.entities


def test_a_prefix_whose_word_comes_later_and_a_campaign_ending_in_a_particle() -> None:
    kinds = _names("Two subcommittees on Mis- Dis- and Mal (MDM) information met. CISA urged "
                   "organizations to have their Shields Up to cyber threats.\n")
    assert "Mis" not in kinds and "Dis" not in kinds, kinds
    assert kinds.get("Shields Up") == "other", kinds


def test_an_events_edition_inside_a_headline_in_title_case() -> None:
    kinds = _names("News\n\nU.S. Small Business Administration Will Host 2nd Annual Small "
                   "Business Cyber Summit During Cybersecurity Awareness Month\n\nWASHINGTON – "
                   "The agency will host a cyber summit.\n")
    assert kinds.get("2nd Annual Small Business Cyber Summit") == "event", kinds


def test_a_transcripts_labels_with_posts_in_capitals_a_broken_word_and_qs_question() -> None:
    kinds = _names("Oval Office\n\nPRESIDENT BIDEN: Well, Mr. Presi- — “Mr. President.” Just — "
                   "I just promoted you.\n\nPRESIDENT BIDEN: Mr. Prime Minister, it’s great to "
                   "have you back here today.\n\nPRIME MINISTER SUNAK: Mr. President, thank you "
                   "for the warm words.\n\nQ. Do you plan to come back for the summit, "
                   "Mr. President?\n")
    assert kinds.get("BIDEN") == "person" and kinds.get("SUNAK") == "person", kinds
    assert "Presi" not in kinds and not any(name.startswith("Q.") for name in kinds), kinds


def test_a_second_gentleman_and_a_post_of_a_body_by_letters_before_its_holder() -> None:
    kinds = _names("Today, Second Gentleman Douglas Emhoff, HHS Deputy Secretary Andrea Palm, "
                   "and the leader of SAMHSA Miriam Delphin-Rittmon will visit a call center.\n")
    assert kinds.get("Douglas Emhoff") == "person", kinds
    assert kinds.get("Miriam Delphin-Rittmon") == "person" and "SAMHSA" in kinds, kinds


def test_a_call_sign_with_its_possessive_our_lady_and_a_town_of_a_lakes_shape() -> None:
    kinds = _names("Author\n\nLake Charles after Laura\n\nUpon Air Force One’s landing, the "
                   "president spoke. Dr. Catherine O’Neal works at Our Lady of the Lake "
                   "Regional Medical Center.\n")
    assert kinds.get("Air Force One") == "other" and "Air Force" not in kinds, kinds
    assert kinds.get("Our Lady of the Lake Regional Medical Center") == "organisation", kinds
    assert kinds.get("Lake Charles") == "place", kinds


def test_a_party_town_ending_a_sentence_a_hockey_club_and_a_town_opening_a_headline() -> None:
    kinds = _names("Author\n\nLaPlace woman startled by deer\n\nPanic rushed through her "
                   "LaPlace home. The bill was carried by Sen. Sharon Hewitt, R-Slidell. She "
                   "is a proud Washington Capitals hockey fan.\n")
    assert kinds.get("Slidell") == "place" and "R-Slidell" not in kinds, kinds
    assert kinds.get("Washington Capitals") == "organisation", kinds
    assert kinds.get("LaPlace") == "place", kinds


def test_a_given_name_alone_with_a_full_name_spelt_with_either_apostrophe() -> None:
    found = suggest("Julie O'Donoghue\n\nJulie O’Donoghue is a senior reporter. Julie covered "
                    "state government for six years.\n")
    assert "Julie" in _entity(found, "Julie O'Donoghue").forms, found.entities


def test_words_a_state_cites_in_a_headlines_single_marks() -> None:
    found = suggest("Louisiana won’t say when youth might go to Angola, citing ‘security "
                    "reasons’\n\nBy: - October 2, 2022\n")
    assert [(q.text, q.speaker_name) for q in found.quotes] == \
        [("security reasons", "Louisiana")], found.quotes


def test_a_given_name_of_a_language_before_a_verb_and_a_portfolio_before_the_next_person() -> None:
    kinds = _names("The Cabinet Secretary will lead. Derek Mackay was appointed as Cabinet "
                   "Secretary for Finance and the Constitution and Keith Brown taking up the "
                   "post. Shona Robison will continue as Cabinet Secretary for Health.\n")
    assert kinds.get("Keith Brown") == "person", kinds
    assert not any(name.endswith("Keith Brown") and name != "Keith Brown" for name in kinds), \
        kinds
    assert kinds.get("Shona Robison") == "person", kinds


def test_a_gaelic_name_an_island_gone_to_and_a_product_after_its_makers() -> None:
    kinds = _names("He met Comhairle nan Eilean Siar to talk. The Minister then made his way "
                   "to Harris where he paid a visit to the Harris Distillery, and to Charles "
                   "Macleod butchers, makers of the\nworld-renowned Stornoway Black Pudding.\n")
    assert kinds.get("Comhairle nan Eilean Siar") == "organisation", kinds
    assert kinds.get("Harris") == "place" and kinds.get("Harris Distillery") == "organisation", \
        kinds
    assert kinds.get("Stornoway Black Pudding") == "other", kinds


def test_given_names_then_a_surname_in_capitals_as_the_eus_papers_write_them() -> None:
    kinds = _names("President Mr Miguel Ángel MORATINOS Minister for Foreign Affairs and "
                   "Cooperation of Spain Mr Diego LOPEEZ GARRIDO Secretary of State for "
                   "European Affairs of Spain\n\nThe Council met in Luxembourg.\n")
    assert kinds.get("Miguel Ángel MORATINOS") == "person", kinds
    assert kinds.get("Diego LOPEEZ GARRIDO") == "person", kinds


def test_a_german_lines_nouns_are_no_names_but_its_countries_and_cities_are() -> None:
    kinds = _names("Press remarks by President António Costa.\nBei der sechsten Tagung der "
                   "Beitrittskonferenz mit Albanien, die heute in Brüssel stattfand, wurden "
                   "die Verhandlungen eröffnet.\nDer Rat nimmt eine Empfehlung zum Übergang aus "
                   "dem vorübergehenden Schutz für Vertriebene aus der Ukraine an.\n")
    assert kinds.get("Albanien") == "place" and kinds.get("Brüssel") == "place", kinds
    assert not {"Verhandlungen", "Empfehlung", "Übergang", "Schutz", "Vertriebene"} & set(kinds), \
        kinds
    assert kinds.get("António Costa") == "person", kinds


def test_a_countrys_name_in_german_that_is_an_english_word_stays_a_word() -> None:
    from annotate.suggest.knowledge import knowledge

    know = knowledge()
    assert know.places.get("Albanien") == "country" and know.country_codes["Albanien"] == \
        "Albania"
    assert "Island" not in know.places and "Chili" not in know.places


def test_a_bodys_national_branch_by_its_countrys_own_name_on_a_heading_line() -> None:
    kinds = _names("Mastodon\n\nRedazione Italia\n\nNews from the Pressenza Bureau in Italy\n")
    assert kinds.get("Redazione Italia") == "organisation", kinds


def test_what_for_names_apart_and_people_joined_before_the_next_ones_university() -> None:
    kinds = _names("She wrote on WeChat for Chinese Americans and gave a talk on Facebook Live "
                   "for National Science Week. After Deakin University’s Don Driscoll and Euan "
                   "Ritchie and James Cook University’s Bob Pressey wrote it, the Centre for "
                   "Food Policy replied.\n")
    assert kinds.get("WeChat") == "organisation" and kinds.get("Chinese Americans") == "group", \
        kinds
    assert kinds.get("Facebook Live") == "other" and \
        kinds.get("National Science Week") == "event", kinds
    assert kinds.get("Don Driscoll") == "person" and kinds.get("Euan Ritchie") == "person", kinds
    assert kinds.get("James Cook University") == "organisation", kinds
    assert kinds.get("Centre for Food Policy") == "organisation", kinds


def test_an_author_after_written_by_and_a_bullet_then_the_post_and_outlet() -> None:
    kinds = _names("How The Conversation makes an impact\n\n  • Written by Misha Ketchell, "
                   "Editor & Executive Director, The Conversation\n\nAt The Conversation we do "
                   "journalism differently.\n")
    assert kinds.get("Misha Ketchell") == "person", kinds


def test_a_blogs_section_glued_to_the_bylines_by() -> None:
    kinds = _names("Bright Light Makes Emotions Hotter\n\nPosted on 02/26/2014 by |General News | "
                   "Comments\n\nPersonal HealthBy Don Campbell, University of Toronto, The next "
                   "time you want to turn down the emotional intensity, dim the lights.\n")
    assert kinds.get("Don Campbell") == "person", kinds
    assert not any("HealthBy" in name for name in kinds), kinds


def test_an_english_line_with_letters_in_capitals_is_no_german_line() -> None:
    kinds = _names("Engineers from MIT, DAS and AUS worked with the Zorvex Tide Trust on a "
                   "bridge.\n")
    assert "Zorvex Tide Trust" in kinds, kinds


def test_a_word_in_marks_inside_a_laws_name_is_no_quote() -> None:
    found = suggest("Senator Larissa Waters quoted Graeme Orr's article about the Political "
                    "Party Registration ‘Integrity’ Bill in federal parliament. “It is a "
                    "farce,” Orr said.\n")
    assert [q.text for q in found.quotes] == ["It is a farce,"], found.quotes


def test_a_maori_bodys_name_after_te_and_a_marae() -> None:
    found = suggest("The Honorable Nanaia Mahuta was welcomed to Te Puni Kōkiri at a pōwhiri "
                    "last week. “I am looking forward to working with Te Puni Kōkiri,” she said. "
                    "Te Arawhiti are welcoming feedback on housing at Kokohinau Marae.\n")
    kinds = _types(found)
    assert kinds.get("Te Puni Kōkiri") == "organisation", kinds
    assert kinds.get("Te Arawhiti") == "organisation", kinds
    assert kinds.get("Kokohinau Marae") == "place", kinds
    assert [q.speaker_name for q in found.quotes] == ["Nanaia Mahuta"], found.quotes


def test_a_portfolios_last_fields_then_the_minister_after_them() -> None:
    kinds = _names("The Minister for Communications, Climate Action and Environment Richard "
                   "Bruton T.D. today published the scheme.\n")
    assert kinds.get("Richard Bruton") == "person", kinds


def test_a_departments_fields_listed_with_the_before_the_last() -> None:
    kinds = _names("The Department of Agriculture, Food and the Marine today announced that "
                   "the application process has now opened.\n")
    assert kinds.get("Department of Agriculture, Food and the Marine") == "organisation", kinds


def test_a_surname_in_capitals_before_the_given_name_and_the_surname_alone() -> None:
    found = suggest("Mr. TANAKA Haruto, Minister for Foreign Affairs, held a telephone talk "
                    "with the Honorable Antony Blinken. At the outset, Minister Tanaka "
                    "congratulated Secretary Blinken.\n")
    forms = _forms(found)
    assert forms.get("TANAKA Haruto") == {"TANAKA Haruto", "Tanaka"}, forms


def test_two_countries_joined_by_a_hyphen_are_two_names() -> None:
    kinds = _names("The Japan-Russia Foreign Ministers’ Telephone Talk was held. India-Pakistan "
                   "tensions rose in Guinea-Bissau and at the Japan-Australia Joint "
                   "Consultations.\n")
    assert kinds.get("Japan") == "place" and kinds.get("Russia") == "place", kinds
    assert kinds.get("India") == "place" and kinds.get("Pakistan") == "place", kinds
    assert kinds.get("Guinea-Bissau") == "place", kinds
    assert "Japan-Australia Joint Consultations" in kinds, kinds
    assert "Japan-Russia" not in kinds and "Foreign Ministers" not in kinds, kinds


def test_a_plural_post_names_no_one_but_its_union_may() -> None:
    kinds = _names("EU Finance Ministers met on Monday, and the Community Services Ministers "
                   "(CSM) met on Tuesday.\n")
    assert kinds.get("EU") == "organisation", kinds
    assert "EU Finance Ministers" not in kinds, kinds
    assert "Community Services Ministers" in kinds, kinds


def test_a_pairs_treaty_keeps_the_pair() -> None:
    kinds = _names("The minister welcomed the application of the Japan-U.S. Security Treaty "
                   "to the islands.\n")
    assert kinds.get("Japan-U.S. Security Treaty") == "work", kinds


def test_an_envoys_full_post_names_no_one_but_the_state_after_it() -> None:
    kinds = _names("Ms. Amina Joro, Ambassador Extraordinary and Plenipotentiary of the "
                   "Republic of Kenya to Japan, spoke.\n")
    assert kinds.get("Amina Joro") == "person", kinds
    assert kinds.get("Republic of Kenya") == "place", kinds
    assert not any("Extraordinary" in n or "Plenipotentiary" in n for n in kinds), kinds


def test_a_policys_name_in_marks_is_no_quote() -> None:
    found = suggest("The minister explained that the government is advocating a policy of "
                    "\"proactive contribution to peace\". “We will work closely,” he said.\n")
    assert [q.text for q in found.quotes] == ["We will work closely,"], found.quotes


def test_a_big_city_by_its_name_alone_and_with_city() -> None:
    found = suggest("The gifts were unveiled in Taipei City on Tuesday. She asked him to "
                    "contact the trade office in Taipei. He then flew from Guatemala City to "
                    "the rest of Guatemala.\n")
    forms = _forms(found)
    assert forms.get("Taipei City") == {"Taipei City", "Taipei"}, forms
    assert forms.get("Guatemala City") == {"Guatemala City"}, forms


def test_a_body_by_the_adjective_of_whom_it_serves() -> None:
    found = suggest("On the morning of March 19, the Office of the President convened a press "
                    "conference. The gifts were unveiled by the Presidential Office.\n")
    forms = _forms(found)
    assert forms.get("Office of the President") == {"Office of the President",
                                                    "Presidential Office"}, forms


def test_the_holy_see_is_a_state_apart_from_vatican_city() -> None:
    kinds = _names("Pope Francis sent a message through the Apostolic Nunciature, Holy See’s "
                   "embassy in Taipei, before he returned to the Vatican.\n")
    assert kinds.get("Holy See") == "place" and kinds.get("Vatican") == "place", kinds


def test_a_disease_in_title_case_is_a_name_even_opening_a_headline() -> None:
    found = suggest("Covid stole my father’s final months\n\nBecause of the pandemic, I could "
                    "not visit him.\n\nWhy sequencing is key to tracking Covid-19\n\nAids "
                    "activists saved lives.\n")
    kinds = _types(found)
    assert kinds.get("Covid-19") == "other", kinds
    forms = _forms(found)
    assert forms.get("Covid-19") == {"Covid-19", "Covid"}, forms
    assert kinds.get("Aids") == "other", kinds


def test_a_two_part_given_name_before_a_listings_bullet_is_no_byline_hyphen() -> None:
    kinds = _names("Yes, all this screen time is hurting your eyes\n\nZhong-Lin Lu • knowable\n"
                   "April 9, 2021 ~6 min\n\nAdults are bad at reading kids\n\nMatt "
                   "Shipman-NC State • futurity\nNov. 3, 2021 ~4 min\n")
    assert kinds.get("Zhong-Lin Lu") == "person", kinds
    assert kinds.get("Matt Shipman") == "person", kinds


def test_a_county_and_an_operation_heading_their_parts_on_lines_of_their_own() -> None:
    kinds = _names("CASES\nCitrus County\n- Officer Specialist Sarmiento was on water patrol "
                   "in Crystal River when he stopped a vessel.\nDixie County\n- Members of the "
                   "dive team assisted.\n\nHelping to Secure the Southern Border\nOperation "
                   "Lone Star\nAgents deployed to assist Texas agencies.\n")
    assert kinds.get("Citrus County") == "place" and kinds.get("Dixie County") == "place", kinds
    assert kinds.get("Operation Lone Star") == "event", kinds
    assert "Lone" not in kinds, kinds


def test_a_noun_after_a_bodys_head_in_a_heading_is_no_town_abroad() -> None:
    kinds = _names("Law Enforcement News Hub\n\nThe commission decommissioned the Gulf Sentry "
                   "on Tuesday after five decades of service in Houston.\n")
    assert "Hub" not in kinds, kinds
    assert kinds.get("Houston") == "place", kinds


def test_a_title_given_name_and_prefixed_surname_written_twice_stay_one_name() -> None:
    found = suggest("Governor Ron DeSantis announces two appointments. Governor Ron DeSantis "
                    "said they would serve the state.\n")
    names = [e.name for e in found.entities]
    assert names == ["Ron DeSantis"], names


def test_a_storm_in_a_headline_keeps_its_stage() -> None:
    kinds = _names("Governor Issues Updates on Tropical Storm Idalia\n\nToday, officials met "
                   "in the capital.\n")
    assert kinds.get("Tropical Storm Idalia") == "event", kinds


def test_a_teasers_read_full_text_link_is_no_name() -> None:
    kinds = _names("Governor Signs Budget\n\nJune 14, 2024\n\nTALLAHASSEE, Fla.—Today, the "
                   "governor signed the budget for the coming year… Read Full Text\n")
    assert "Full Text" not in kinds and "Read Full Text" not in kinds, kinds


def test_an_appointees_surname_run_into_a_courts_name_by_a_lost_caption() -> None:
    kinds = _names("Chris Bufano, of Bristol, to serve as Judge on the Liberty County "
                   "CourtBufano has served as a Deputy General Counsel. Jeremy Griner, of Plant "
                   "City, to serve as Judge on the Hillsborough County Court Griner has worked "
                   "as a lawyer.\n")
    assert kinds.get("Liberty County Court") == "organisation", kinds
    assert kinds.get("Hillsborough County Court") == "organisation", kinds
    assert kinds.get("Chris Bufano") == "person" and kinds.get("Jeremy Griner") == "person", \
        kinds
    assert not any(("Bufano" in n and "Court" in n) or "Court Griner" in n for n in kinds), kinds


def test_a_quote_in_a_paragraph_of_its_own_after_the_speakers_goes_to_that_speaker() -> None:
    found = suggest("Controls are now in place following the detection of a single fly, says "
                    "Commissioner Mike Inglis.\n\n“While there is no evidence of a breeding "
                    "population, we need community help,” Mr Inglis says.\n\nStaff have been "
                    "busy in the area today laying more traps and giving out information to "
                    "households.\n\n“There have been 13 previous incursions, which we have "
                    "successfully eradicated.”\n")
    assert [q.speaker_name for q in found.quotes] == ["Mike Inglis", "Mike Inglis"], found.quotes


def test_a_body_by_the_word_before_its_head_and_an_airport_without_international() -> None:
    found = suggest("Press Release: New Zealand Customs Service\n\nChief Customs Officer, Tracy "
                    "Henderson, says it has been a busy year for officers at Auckland "
                    "International Airport. Then Customs said the Auckland Airport team seized "
                    "more.\n")
    forms = _forms(found)
    assert forms.get("New Zealand Customs Service") == {"New Zealand Customs Service",
                                                        "Customs"}, forms
    assert forms.get("Auckland International Airport") == {"Auckland International Airport",
                                                           "Auckland Airport"}, forms
    assert not any(name.startswith("Chief") for name in forms), forms


def test_a_drugs_class_and_goods_labels_in_marks_are_no_names_or_quotes() -> None:
    found = suggest("He is charged with importing a Class A controlled drug. Officers inspected "
                    "the boxes declared as “paper ream” and marked as “IK Yellow”. “We will "
                    "keep stopping them,” said Paul Williams.\n")
    assert "Class" not in {e.name for e in found.entities}, found.entities
    assert [q.text for q in found.quotes] == ["We will keep stopping them,"], found.quotes


def test_an_infobox_label_run_into_a_given_name_on_its_own_line() -> None:
    kinds = _names("Fire and Rescue Otago\nOperational area\nChief executive officerKerry "
                   "Gregory\nStations653\n\nThe service answers calls across the region.\n")
    assert kinds.get("Kerry Gregory") == "person", kinds
    assert "Gregory" not in kinds, kinds


def test_a_body_and_the_country_whose_system_follows_are_two_names() -> None:
    kinds = _names("About the Ministry of Health and the New Zealand health system.\n\nThe "
                   "Department of Public Health and the Environment met the board.\n")
    assert kinds.get("Ministry of Health") == "organisation", kinds
    assert kinds.get("New Zealand") == "place", kinds
    assert kinds.get("Department of Public Health and the Environment") == "organisation", kinds


def test_a_te_reo_word_with_a_macron_alone_in_a_menu_label_is_no_name() -> None:
    kinds = _names("About us Mō mātou\n\nRegulation & legislation Ngā here me ngā ture\n\nThe "
                   "Ministry of Health publishes its news in Wellington.\n")
    assert "Mō" not in kinds and "Ngā" not in kinds, kinds
    assert kinds.get("Ministry of Health") == "organisation", kinds


def test_what_a_campaign_is_against_is_not_its_short_form() -> None:
    forms = _forms(suggest("Full details can be found on the Unite Against COVID-19 website.\n\n"
                           "Today we are reporting the deaths of 13 people with COVID-19.\n"))
    assert forms.get("Unite Against COVID-19") == {"Unite Against COVID-19"}, forms
    assert "COVID-19" in forms, forms


def test_aotearoa_is_new_zealand() -> None:
    assert _names("Kia mōhio mai, Aotearoa remains at Red, the Government said.\n").get(
        "Aotearoa") == "place"
    forms = _forms(suggest("Thank you, Aotearoa New Zealand, for counting. Statistics New "
                           "Zealand said New Zealand grew.\n"))
    assert {"Aotearoa New Zealand", "New Zealand"} <= next(
        (f for f in forms.values() if "New Zealand" in f), set()), forms


def test_a_ministrys_name_in_te_reo_names_a_body() -> None:
    kinds = _names("Kei ngā whatu mauri, tēnei te reo o te Manatū Hauora te mihi atu rā ki a "
                   "koutou katoa.\n")
    assert kinds.get("Manatū Hauora") == "organisation", kinds


def test_a_pass_named_for_its_user_is_no_place() -> None:
    kinds = _names("From 4 April, My Vaccine Pass will no longer be required. The massacre at "
                   "My Lai Village was reported later.\n")
    assert kinds.get("My Vaccine Pass") == "other", kinds
    assert kinds.get("My Lai Village") == "place", kinds


def test_a_common_word_opening_a_line_is_no_plural_of_a_names_first_word() -> None:
    kinds = _names("Updates\n\nNews article\n\n19 October 2021\n\nToday, I am joined by Minister "
                   "Peeni Henare who will talk about a booster shot for New Zealanders.\n")
    assert "News" not in kinds, kinds
    assert kinds.get("Peeni Henare") == "person", kinds


def test_a_transcripts_turn_mark_opens_a_sentence() -> None:
    kinds = _names("Dr Ashley Bloomfield will update the media today.\n\n>> Good afternoon.\n\n"
                   ">> Thank you, Prime Minister.\n")
    assert "Good" not in kinds, kinds
    assert kinds.get("Ashley Bloomfield") == "person", kinds


def test_a_peoples_adjective_then_a_field_in_title_case_leaves_no_name() -> None:
    kinds = _names("I want to thank the people who have worked within our Māori Health "
                   "directorate for the work they have done.\n")
    assert "Health" not in kinds, kinds


def test_a_capitalised_all_inside_a_sentence_opens_the_name() -> None:
    forms = _forms(suggest("The All Blacks won in Paris, and the All Progressives Congress "
                           "lost.\n\nAll Blacks coach Ian Foster said the team was ready.\n"))
    assert forms.get("All Blacks") == {"All Blacks", "Blacks"}, forms
    assert "All Progressives Congress" in forms, forms


def test_a_bodys_letters_stop_before_what_it_is_against() -> None:
    forms = _forms(suggest("CPC Chair Launches Review\n\nIan McPhail, Chair of the Commission for "
                           "Public Complaints Against the RCMP (Commission), has begun a review "
                           "of RCMP members. The CPC is an agency of the federal government.\n"))
    assert forms.get("Commission for Public Complaints Against the RCMP") == {
        "Commission for Public Complaints Against the RCMP", "Commission", "CPC"}, forms
    assert forms.get("RCMP") == {"RCMP"}, forms


def test_an_ombudsman_before_a_name_is_the_persons_post() -> None:
    found = suggest("Fair Work Ombudsman Sandra Parker said visa holders must be paid. The Fair "
                    "Work Ombudsman will act.\n")
    kinds = _types(found)
    assert kinds.get("Sandra Parker") == "person", kinds
    assert kinds.get("Fair Work Ombudsman") == "organisation", kinds
    assert not any("Parker" in name and "Ombudsman" in name for name in kinds), kinds
    assert _names("ORR sponsors the Rail Ombudsman, a free service.\n").get(
        "Rail Ombudsman") == "organisation"  # the office, with no one's name after it


def test_a_warehouse_names_a_firm_after_a_job_title_or_before_another_trade() -> None:
    kinds = _names("Chemist Warehouse has joined a growing list of national brands. Chemist Sarah "
                   "Jones said so. The FDA recalled products of Professional Warehouse and "
                   "Distribution, Inc. on Monday.\n")
    assert kinds.get("Chemist Warehouse") == "organisation", kinds
    assert kinds.get("Sarah Jones") == "person", kinds
    assert "Warehouse" not in kinds, kinds
    assert kinds.get("Professional Warehouse and Distribution, Inc.") == "organisation", kinds
    kinds = _names("The Blue Campaign and Lyft, Inc. announced a partnership.\n")
    assert "Blue Campaign" in kinds and "Lyft, Inc." in kinds, kinds


def test_one_compound_in_marks_before_its_noun_is_a_term() -> None:
    found = suggest("During this time, Crocmedia characterised the employees as ‘volunteers’ for "
                    "much of the work they performed and made ‘reimbursement-for-expenses’ "
                    "payments to them for each shift - but did not pay them any wages.\n")
    texts = [q.text for q in found.quotes]
    assert "reimbursement-for-expenses" not in texts, texts


def test_a_headlines_noun_then_a_peoples_adjective_is_no_name() -> None:
    kinds = _names("Penalties for Filipino ‘two-for-one’ wage deal\n\nThe Fair Work Ombudsman "
                   "has secured $280,000 in penalties against two motels.\n")
    assert not any(name.startswith("Penalties") for name in kinds), kinds
    assert kinds.get("Fair Work Ombudsman") == "organisation", kinds


def test_a_post_to_a_body_then_its_holders_name() -> None:
    found = suggest("Exchequer Secretary to the Treasury David Gauke said:\n\n“The Government is "
                    "determined to make sure people pay the tax they owe.”\n")
    kinds = _types(found)
    assert kinds.get("David Gauke") == "person", kinds
    assert not any("Treasury" in name and "Gauke" in name for name in kinds), kinds
    assert [q.speaker_name for q in found.quotes] == ["David Gauke"], found.quotes


def test_how_near_a_count_is_opening_a_sentence_is_no_name() -> None:
    kinds = _names("Almost 700 tax fraudsters were convicted this year. Nearly 50 people met "
                   "in Leeds.\n")
    assert not any(name.startswith(("Almost", "Nearly")) for name in kinds), kinds
    assert kinds.get("Leeds") == "place", kinds


def test_letters_in_brackets_belong_to_the_name_before_them() -> None:
    forms = _forms(suggest("It is supported by the New Zealand Ministry of Defence (MOD) and is "
                           "commanded by the Chief.\n\nMinister:Judith Collins\nMinister Title:"
                           "Minister of Defence\n"))
    assert forms.get("New Zealand Ministry of Defence") == {"New Zealand Ministry of Defence",
                                                            "MOD"}, forms


def test_a_bodys_name_in_a_languages_gloss_is_one_of_its_forms() -> None:
    forms = _forms(suggest("The New Zealand Defence Force (NZDF; Māori: Te Ope Kātua o Aotearoa, "
                           "lit. \"Line of Defence of New Zealand\") consists of three "
                           "services.\n"))
    assert forms.get("New Zealand Defence Force") == {
        "New Zealand Defence Force", "NZDF", "Te Ope Kātua o Aotearoa"}, forms


def test_an_infoboxs_labels_run_into_their_values() -> None:
    kinds = _names("New Zealand Defence Force\nHeadquartersWellington\nWebsitewww.nzdf.mil.nz/nzdf/"
                   " Edit this at Wikidata\nChief of Defence ForceAir Marshal Kevin Short\n"
                   "BudgetTotal budget for 2019/20\nHistoryMilitary history of New Zealand\n")
    assert kinds.get("Kevin Short") == "person", kinds
    assert not {"Edit", "Wikidata", "Defence ForceAir", "BudgetTotal", "HistoryMilitary"} & \
        set(kinds), kinds


def test_a_member_heading_a_speech_before_a_link_to_the_record() -> None:
    kinds = _names("Photo of Hildegarde NaughtonHildegarde Naughton (Galway West, Fine Gael) | "
                   "Oireachtas source\n\nI thank the Chairman for the opportunity to appear.\n")
    assert kinds.get("Hildegarde Naughton") == "person", kinds
    assert kinds.get("Galway West") == "place", kinds
    assert kinds.get("Fine Gael") == "organisation", kinds


def test_a_committee_on_a_list_of_fields_with_a_last_and_and_a_chamber_by_its_name() -> None:
    kinds = _names("The Select Committee on Finance, Public Expenditure and Reform, and Taoiseach "
                   "met on Wednesday. The Dáil has ordered the vote.\n\nDáil Éireann debate -\n")
    assert kinds.get("Select Committee on Finance, Public Expenditure and Reform, and "
                     "Taoiseach") == "organisation", kinds
    assert kinds.get("Dáil Éireann") == "organisation", kinds


def test_a_budgets_line_for_a_body_leaves_the_body_its_own_name() -> None:
    kinds = _names("I refer to the 2024 Revised Estimates for the Department of the Taoiseach. "
                   "The vote is due.\n")
    assert kinds.get("Department of the Taoiseach") == "organisation", kinds
    assert not any(name.endswith("Taoiseach") and "Estimates" in name for name in kinds), kinds


def test_a_portfolio_after_a_title_and_a_vaccine_by_its_letters() -> None:
    found = suggest("“We have work to do,” Associate Minister Health Julie Anne Genter said. "
                    "Counties Manukau DHB opened three centres where people can get free MMR "
                    "vaccinations. Most children have had their Measles Mumps and Rubella (MMR) "
                    "vaccinations.\n")
    kinds = _types(found)
    assert kinds.get("Julie Anne Genter") == "person", kinds
    assert not any(name.startswith("Health") for name in kinds), kinds
    assert kinds.get("Measles Mumps and Rubella") == "other", kinds


def test_a_sites_name_opening_a_sentence_with_its_domain_in_the_story() -> None:
    kinds = _names("Wikinews extended invitations by e-mail to candidates in the election.\n\n"
                   "Retrieved from “https://en.wikinews.org/w/index.php?title=Interview”\n")
    assert "Wikinews" in kinds, kinds


def test_a_quote_left_open_takes_the_speaker_its_next_paragraph_names() -> None:
    text = ("The bills passed today, Minister Jane Roe announced.\n\n"
            "The deeds were signed between the iwi and the Crown in 2014 and 2015.\n\n"
            "The settlements include an apology and redress for the Crown’s breaches.\n\n"
            "“The support for the bills shows how much they matter to all of us.\n\n"
            "“These settlements will let the iwi plan their future,” Ms Roe said.\n")
    quotes = suggest(text).quotes
    assert [(q.text[:12], q.speaker) for q in quotes] == [
        ("The support ", "jane-roe"), ("These settle", "jane-roe")]


def test_a_bodys_name_before_its_linking_o_and_a_bill_named_for_an_iwi() -> None:
    found = suggest("Nga Kaihautu o Te Arawa Executive Council signed the deed today. Nga "
                    "Kaihautu have stood firm. The NgÄi Tai ki TÄmaki Claims Settlement Bill "
                    "passed its first reading.\n")
    kinds = _types(found)
    assert "Nga Kaihautu" not in kinds, kinds
    assert kinds.get("NgÄi Tai ki TÄmaki Claims Settlement Bill") == "work", kinds


def test_a_paywalls_learn_more_button_is_no_name() -> None:
    kinds = _names("Scoop has an Ethical Paywall\nWork smarter with a Pro licence Learn More\n"
                   "Parliament\n\nThe bill passed today.\n")
    assert "Learn" not in kinds and "Learn More" not in kinds, kinds


def test_a_credits_outlet_after_a_slash_and_a_party_word_opening_a_sentence() -> None:
    kinds = _names("Montana Capitol Jan. 2021\nCredit: Eliza Wiley/MTFP\n\n"
                   "Lawmakers met in Helena this week.\n\nPhoto: Jane Doe / AP\n\n"
                   "The bills passed. Republican lawmakers this week advanced two bills.\n")
    assert kinds.get("Eliza Wiley") == "person", kinds
    assert kinds.get("MTFP") == "organisation", kinds
    assert kinds.get("Jane Doe") == "person", kinds
    assert kinds.get("AP") == "organisation", kinds
    assert "Republican" in kinds, kinds
    kinds = _names("COUNCIL OF THE EUROPEAN UNION / EN\n\nThe Council adopted conclusions.\n")
    assert kinds.get("COUNCIL OF THE EUROPEAN UNION") != "person", kinds


def test_a_saved_pages_date_stamp_before_a_headline_and_an_outlets_line() -> None:
    found = suggest(" date 2023-12-27 Congo-Kinshasa: Police Gather in DR Congo Capital Ahead "
                    "of Election Protest\n\n27 December 2023\nVoice of America (Washington, DC)\n"
                    "\nPolice gathered Wednesday in the capital of the Democratic Republic of "
                    "Congo.\n\nSome information for this report came from Agence France-Presse "
                    "and Reuters.\n\nRead the original article on VOA.\n")
    kinds = _types(found)
    assert not any(name.startswith(("Police", "Congo Capital")) for name in kinds), kinds
    assert kinds.get("Voice of America") == "organisation", kinds
    assert kinds.get("Agence France-Presse") == "organisation", kinds
    assert kinds.get("Reuters") == "organisation", kinds


def test_a_copys_credit_line_names_the_outlets_it_credits() -> None:
    kinds = _names("Police pushed back the marchers.\n\n"
                   "Credit: Voice of America (VOA), Photo Credit Associated Press (AP)\n")
    assert kinds.get("Voice of America") == "organisation", kinds
    assert kinds.get("Associated Press") == "organisation", kinds


def test_an_initial_without_its_dot_and_a_source_line_under_a_date_stamp() -> None:
    found = suggest("date 2020-03-24 Source: President of Russia – The Kremlin – English\n\n"
                    "Congressman Steny H Hoyer spoke first.\n\nLater Congressman Steny H. Hoyer "
                    "released a statement. Hoyer said it was sad.\n")
    people = [e for e in found.entities if e.type == "person"]
    assert [(e.name, sorted(e.aliases)) for e in people] == [
        ("Steny H. Hoyer", ["Hoyer", "Steny H Hoyer"])], people
    assert "Kremlin" in _types(found), _types(found)


def test_a_services_bylines_a_file_size_and_a_people_by_its_name_alone() -> None:
    found = suggest("Border Remarks Find Support\n\nHeng ReaksmeyVOA Khmer\n"
                    "PHNOM PENH - Many Cambodians agreed with the speech.\n\n"
                    "Housing Activists Sentenced in Prison\n\n"
                    "Say Mony and Chan Dara, VOA Khmer\nFriday, 28 December 2012\n\n"
                    "Khmer audio aired May 23 (738KB) - Listen (MP3)\n\n"
                    "A project among Cambodia's Cham Muslims helped students. Some Cham are "
                    "looking toward Arabic countries.\n")
    kinds = _types(found)
    for reporter in ("Heng Reaksmey", "Say Mony", "Chan Dara"):
        assert kinds.get(reporter) == "person", kinds
    assert kinds.get("VOA Khmer") == "organisation", kinds
    assert "738KB" not in kinds, kinds
    assert "2GB" in _names("The Prime Minister spoke to radio 2GB in Sydney on Monday.\n")
    cham = [e for e in found.entities if "Cham" in e.forms]
    assert [e.name for e in cham] == ["Cham Muslims"], found.entities


def test_a_feeds_category_line_months_a_regional_office_and_a_fields_date_label() -> None:
    kinds = _names("ECDC supports Malta in strengthening preparedness\n"
                   "On 26 January 2025, the ECDC supported a simulation exercise in Malta.\n"
                   "Categories: C.D.C. (Europe)\n"
                   "Joint ECDC training in Sierra Leone\nECDC and WHO/Europe renew joint "
                   "commitment.\nCategories: C.D.C. (Europe)\n\n"
                   "Case numbers reported in February and April 2017 stay high.\n")
    assert not any(name.startswith("Categories") for name in kinds), kinds
    assert kinds.get("Europe") == "place", kinds
    assert kinds.get("WHO/Europe") == "organisation", kinds
    assert not any("February" in name for name in kinds), kinds
    kinds = _names("The championship is held in France. Its threat report's entry: UEFA EURO "
                   "2016 - mass gathering - France Opening date: 23 May 2016.\n")
    assert "France Opening" not in kinds and kinds.get("France") == "place", kinds


def test_sky_objects_by_catalogue_a_telescope_its_agencies_and_a_credit_line() -> None:
    found = suggest("The galaxy NGC 4380 looks like a portal in this Hubble picture. The NASA/ESA "
                    "Hubble Space Telescope sees galaxies of all shapes. NGC 3717 is located in "
                    "the constellation of Hydra, as Hubble shows. The spiral galaxy Messier 96 "
                    "is bright. Credit: ESA/Hubble & NASA, J. Lee, and the PHANGS-HST Team.\n")
    kinds = _types(found)
    for sky in ("NGC 4380", "NGC 3717", "Messier 96", "Hydra"):
        assert kinds.get(sky) == "other", kinds
    hubble = [e for e in found.entities if "Hubble" in e.forms]
    assert [e.name for e in hubble] == ["Hubble Space Telescope"], found.entities
    assert kinds.get("ESA/Hubble") == "organisation", kinds
    assert kinds.get("NASA") == "organisation", kinds
    assert "ESA Hubble Space Telescope" not in kinds and "NGC" not in kinds, kinds


def test_army_units_posts_and_events_from_a_competitions_story() -> None:
    found = suggest("A Soldier from the 3d U.S. Infantry Regiment (The Old Guard) fires during "
                    "the 2025 Best Squad Competition on Fort A.P. Hill, Va., August 7, 2025.\n\n"
                    "The squads included two teams from the 3rd U.S. Infantry Regiment (The Old "
                    "Guard) and one team from the U.S. Army Intelligence and Security Command "
                    "(INSCOM). The board met at Ft. A.P. Hill, Virginia.\n\n"
                    "Team Army won at the 2015 Department of Defense Warrior Games. Pfc. Paul "
                    "Chelimo won the Army Ten-Miler.\n\nPublishing Disclaimer: In all of its "
                    "publications, the journal presents information.\n")
    kinds = _types(found)
    regiment = [e for e in found.entities if "Old Guard" in e.forms]
    assert len(regiment) == 1 and "3rd U.S. Infantry Regiment" in regiment[0].forms, regiment
    assert kinds.get("Best Squad Competition") == "event", kinds
    assert kinds.get("Ft. A.P. Hill") == "place", kinds
    assert kinds.get("U.S. Army Intelligence and Security Command") == "organisation", kinds
    assert kinds.get("Department of Defense Warrior Games") == "event", kinds
    assert kinds.get("Army Ten-Miler") == "event", kinds
    assert "Disclaimer" not in kinds, kinds


def test_a_cricket_ground_and_an_oval_are_places() -> None:
    kinds = _names("The first Test was played at the Melbourne Cricket Ground (MCG), where "
                   "Australia won. The first day/night game took place at the Adelaide Oval, "
                   "Adelaide, in 2015.\n")
    assert kinds.get("Melbourne Cricket Ground") == "place", kinds
    assert kinds.get("Adelaide Oval") == "place", kinds


def test_works_in_brackets_after_what_a_person_did_and_a_team_named_expos() -> None:
    kinds = _names("  • Ted Donaldson, 89, American actor (A Tree Grows in Brooklyn, Adventures "
                   "of Rusty, Father Knows Best), complications from a fall.\n"
                   "  • Leon Hughes, 92, American musician (The Coasters).\n"
                   "  • Dan McGinn, 79, American baseball player (Montreal Expos, Chicago Cubs).\n")
    for work in ("A Tree Grows in Brooklyn", "Adventures of Rusty", "Father Knows Best"):
        assert kinds.get(work) == "work", kinds
    assert kinds.get("The Coasters", kinds.get("Coasters")) != "work", kinds
    assert kinds.get("Montreal Expos") == "organisation", kinds


def test_a_commission_named_for_the_bodies_it_covers_and_an_order_titled_on() -> None:
    found = suggest("The President signed the Executive Order On the State Commission on Staff "
                    "Policy at Certain Public Agencies.\n\nUnder the order, the State Commission "
                    "on Staff Policy at the Auditor’s Office and Tax Collection Agencies becomes "
                    "the State Commission on Staff Policy at Certain Public Agencies. He also "
                    "signed Executive Order On Early Termination of the Kursk Region Governor’s "
                    "Powers.\n")
    kinds = _types(found)
    assert kinds.get("State Commission on Staff Policy at Certain Public Agencies") == \
        "organisation", kinds
    assert kinds.get("State Commission on Staff Policy at the Auditor’s Office and Tax "
                     "Collection Agencies") == "organisation", kinds
    order = "Executive Order On Early Termination of the Kursk Region Governor’s Powers"
    assert kinds.get(order) == "work", kinds
    assert not {"Public Agencies", "Powers", "Office and Tax Collection Agencies"} & set(kinds)
    commission = _entity(found, "State Commission on Staff Policy at Certain Public Agencies")
    assert not any(form.startswith("Executive Order") for form in commission.forms), commission


def test_a_person_appointed_to_a_post_and_a_region_before_its_governors_title() -> None:
    found = suggest("The President appointed Pavel Kovrigin Acting Governor of the Kursk Region "
                    "until the election.\n\nHe met Veshensk Region Governor Andrei Klychkov, who "
                    "reported on the harvest.\n")
    kinds = _types(found)
    assert kinds.get("Pavel Kovrigin") == "person", kinds
    assert _entity(found, "Pavel Kovrigin").role == "Acting Governor of the Kursk Region"
    assert kinds.get("Kursk Region") == "place", kinds
    assert kinds.get("Veshensk Region") == "place", kinds
    assert kinds.get("Andrei Klychkov") == "person", kinds
    assert "Pavel" not in kinds, kinds


def test_a_head_of_state_in_a_title_case_heading_and_a_messages_sender() -> None:
    found = suggest("Events\nCondolences to President of Ghana Kwabena Adjeikum Mensahsu\n"
                    "The President sent a message of condolences to the President of Ghana.\n")
    assert _types(found).get("Kwabena Adjeikum Mensahsu") == "person", _types(found)
    found = suggest("Acting President Boris Yelovin sent a message of condolences to President "
                    "Ivan Petrenko on the tragedy in a mine.\n\nThe message said, in part:\n\n"
                    "“All our people are mourning today with our fraternal nation.”\n")
    assert [q.speaker_name for q in found.quotes] == ["Boris Yelovin"], found.quotes


def test_a_press_conference_transcripts_trail_labels_and_posts() -> None:
    found = suggest("Home > News > Press Conference by the Chief Cabinet Secretary\n\n"
                    "Press Conference by the Chief Cabinet Secretary (Excerpt)\n\n"
                    "REPORTER: You met Mr. Tom Haskel, CEO of Bramble, Inc. Speaking to the "
                    "press afterwards, Mr. Haskel praised the talks. Could you tell us more?\n\n"
                    "DEPUTY CHIEF CABINET SECRETARY OKUDA: This afternoon Mr. Haskel visited "
                    "the Prime Minister. Deputy Chief Cabinet Secretary Okuda attended.\n")
    kinds = _types(found)
    assert kinds.get("Okuda") == "person", kinds
    assert kinds.get("Tom Haskel") == "person", kinds
    assert not {"Press Conference", "Speaking", "Chief Cabinet", "Deputy Chief Cabinet"} & \
        set(kinds), kinds


def test_a_quake_an_office_set_up_for_a_law_and_an_emeritus_professor() -> None:
    kinds = _names("Reconstruction after the Great Hanshin Earthquake went on. The Office for "
                   "the Drafting of the Revision of the Civil Service Act sits in the Cabinet "
                   "Secretariat. Dr. Ken Aoki, Professor Emeritus at Osaka Gakuin University, "
                   "spoke.\n")
    assert kinds.get("Great Hanshin Earthquake") == "event", kinds
    assert kinds.get("Office for the Drafting of the Revision of the Civil Service Act") == \
        "organisation", kinds
    assert kinds.get("Ken Aoki") == "person" and "Emeritus" not in kinds, kinds


def test_a_term_added_to_a_list_and_a_plans_title_are_no_quotes() -> None:
    found = suggest("CHIEF CABINET SECRETARY KONO: The Minister requested cooperation in adding "
                    "the local \"Aloha shirt\" as one of the options. Minister Sato made "
                    "statements concerning the \"Future of the System of the Board of Audit, "
                    "etc. (first proposal)\" of the Reform Council.\n\nREPORTER: Thank you.\n")
    assert found.quotes == [], found.quotes


def test_an_observatorys_digest_posts_workshops_and_instruments() -> None:
    found = suggest("Vega Digest 14 March 2021\n\n14 March 2021\n\nProject & Science News\n\n"
                    "The project updates: the Vega 2021 Project and Community Workshop (PCW) "
                    "opened, with talks by Orion Corporation Director of Research Vello "
                    "Karasu and by the organizers (Maria Lopez, Carlos Ruiz, and Ann Lee). "
                    "Dan Roe, DOE Office of Nuclear Physics program manager, spoke. The "
                    "science team tested the Vega Survey Camera. The observatory is a Program "
                    "of NSF’s KiteLab. Next year we launch the Legacy Survey of the Southern "
                    "Sky!\n")
    kinds = _types(found)
    assert kinds.get("Vega 2021 Project and Community Workshop") == "event", kinds
    assert kinds.get("Vello Karasu") == "person", kinds
    assert kinds.get("Carlos Ruiz") == "person", kinds
    assert kinds.get("DOE Office of Nuclear Physics") == "organisation", kinds
    assert kinds.get("Vega Survey Camera") == "other", kinds
    assert kinds.get("NSF") == "organisation", kinds
    assert kinds.get("Legacy Survey of the Southern Sky") != "organisation", kinds
    assert not {"Vega Digest 14", "Project", "Science News", "Program of NSF",
                "Community Workshop"} & set(kinds), kinds


def test_cabinets_by_leader_and_number_and_a_partys_letters_in_its_language() -> None:
    found = suggest("The Second Janssen cabinet, also called Janssen II cabinet or Janssen II, "
                    "is the government of Ruritania. It is a coalition of the People's Party "
                    "for Land and Liberty (VLV) and Socialists 89 (S89). The VLV leads it.\n\n"
                    "It followed the first Janssen cabinet.\n")
    kinds = _types(found)
    cabinet = _entity(found, "Second Janssen cabinet")
    assert cabinet.type == "organisation", kinds
    assert {"Janssen II cabinet", "Janssen II"} <= cabinet.forms, cabinet.forms
    assert kinds.get("first Janssen cabinet") == "organisation", kinds
    party = _entity(found, "People's Party for Land and Liberty")
    assert "VLV" in party.forms, party.forms
    assert kinds.get("Socialists 89") == "organisation", kinds


def test_a_newsrooms_file_links_a_post_named_after_a_person_and_outlets_that_report() -> None:
    found = suggest("Link to H.R. 83: /fdsys/pkg/BILLS-113hr83enr/pdf/BILLS-113hr83enr.pdf\n\n"
                    "The Director has named Dana Whitlock the Agency’s Chief Digital Officer.\n\n"
                    "12.30.10\nTrade Printing Week reports on Director Dana Whitlock’s plans.\n"
                    "Nextgov reports that the agency won the “Best Green Office Building Award” "
                    "from the D.C. Audubon Society.\n")
    kinds = _types(found)
    assert kinds.get("Dana Whitlock") == "person", kinds
    assert kinds.get("Trade Printing Week") == "organisation", kinds
    assert kinds.get("Best Green Office Building Award") == "other", kinds
    assert not any(name.endswith(".pdf") or "the Agency" in name for name in kinds), kinds


def test_a_courts_banner_with_its_country_and_its_term() -> None:
    kinds = _names("Supreme Court of the United States\nSkip Navigation LinksHome > News Media\n\n"
                   "Statement from Chief Justice Ann Marlow:\n\nThe Court will be in recess "
                   "until the first Monday in October 2030, at which time the October 2029 "
                   "Term of the Court will be adjourned.\n")
    assert kinds.get("Supreme Court of the United States") == "organisation", kinds
    assert not {"United States", "Term of the Court", "Supreme Court"} & set(kinds), kinds
