#!/usr/bin/env python3
"""Writes eval/facts/judged.jsonl from the hand judgements below.

Guardian articles are referenced by the CSV's index column and a character range of
their `text` (read from ../shared at run time; no text from there is stored here). The
range ends at a sentence end, found here from `through` (a phrase ending the excerpt) or
`upto` (a character count). Place terms are judged per term and expanded to every
whole-word occurrence in the excerpt, minus `skip` occurrences (1-based) judged not to be
place mentions. Run from the workspace root: python3 eval/facts/judge.py
"""
import csv, json, re, sys, os

SHARED = os.path.join(os.path.dirname(__file__), "../../../shared")
CSV = os.path.join(SHARED, "corpora/news/guardian_syria/Guardian_SDF_sample.csv")

US = ("USA", "United States")
UK = ("GBR", "United Kingdom|Britain")
SYR = ("SYR", "Syria")
TUR = ("TUR", "Turkey|Türkiye")
RUS = ("RUS", "Russia")
IRQ = ("IRQ", "Iraq")

def Q(contains, speaker, kind=None, occurrence=None):
    q = {"contains": contains, "speaker": speaker}
    if kind: q["kind"] = kind
    if occurrence: q["occurrence"] = occurrence
    return q

GUARDIAN = [
  dict(id="g-3", doc=3, upto=1187, quotes=[
      Q("volcano", "official", "partial"),
      Q("asked for a $10bn", "group:officials", "indirect")],
    places={"Baghdad": ("IRQ", "Baghdad"), "Washington": ("USA", "Washington|Washington, D.C."),
            "Syria": SYR, "Iraq": IRQ, "London": ("GBR", "London"), "US": US}),
  dict(id="g-23", doc=23, upto=1271, quotes=[
      Q("he was working jointly", "Jeremy Hunt", "indirect"),
      Q("they are not planning to send", "group:Whitehall officials", "indirect"),
      Q("it would be safe to to rescue", "Lloyd Russell-Moyle", "indirect"),
      Q("The refugee camp is managed by", "Lloyd Russell-Moyle", "pronoun")],
    places={"Syria": SYR, "al-Hawl": ("SYR", None), "Iraq": IRQ, "UK": UK}),
  dict(id="g-71", doc=71, upto=1087, quotes=[
      Q("to be a voice of a deradicalisation programme", "Hassan Shibly", "indirect-nominal"),
      Q("is prepared to face the US justice system", "Hassan Shibly", "indirect"),
      Q("She wants to come back to the United States", "Hassan Shibly", "direct"),
      Q("Hoda Muthana was a vulnerable young woman", "Hassan Shibly", "continued")],
    places={"Alabama": ("USA", "Alabama"), "Syria": SYR, "United States": US, "al-Hawl": ("SYR", None), "US": US}),
  dict(id="g-126", doc=126, upto=1295, quotes=[
      Q("to leave the counter-terrorist effort", "Recep Tayyip Erdoğan", "indirect")],
    places={"US": US, "Ankara": ("TUR", "Ankara"), "Syria": SYR, "Turkey": TUR}),
  dict(id="g-139", doc=139, upto=1206, quotes=[
      Q("Turkish forces are determined to cross", "Mevlüt Çavuşoğlu", "indirect-nominal"),
      Q("if Turkey says it will enter", "Mevlüt Çavuşoğlu", "partial"),
      Q("Turkey would stall its offensive", "Recep Tayyip Erdoğan", "indirect")],
    places={"Turkey": TUR, "Syria": SYR, "Washington": ("USA", "Washington|Washington, D.C."),
            "Ankara": ("TUR", "Ankara"), "US": US}),
  dict(id="g-303", doc=303, upto=1128, quotes=[
      Q("the world is living in dark times", "Recep Tayyip Erdoğan", "indirect"),
      Q("the EU had never fulfilled", "Recep Tayyip Erdoğan", "indirect-pronoun")],
    places={"Iran": ("IRN", "Iran"), "Jerusalem": ("ISR", "Jerusalem"), "Middle East": ("", "Middle East"),
            "Europe": ("", "Europe"), "Turkey": TUR, "London": ("GBR", "London"), "UK": UK}),
  dict(id="g-528", doc=528, upto=1125, quotes=[
      Q("to wage a guerrilla war", "group:Kurdish militants", "indirect")],
    places={"Afrin": ("SYR", "Afrin|‘Afrīn"), "Ghouta": ("SYR", None)}),
  dict(id="g-580", doc=580, upto=1177, quotes=[
      Q("it risked a military confrontation with Ankara", "group:Turkey", "indirect"),
      Q("the Assad regime risked a confrontation", "Recep Tayyip Erdoğan|Mevlüt Çavuşoğlu|group:president|group:foreign minister", "indirect"),
      Q("Damascus would face consequences", "Recep Tayyip Erdoğan", "indirect"),
      Q("the Afrin operation would continue", "Recep Tayyip Erdoğan", "indirect")],
    places={"Ankara": ("TUR", "Ankara"), "Afrin": ("SYR", "Afrin|‘Afrīn"), "Turkey": TUR, "Russia": RUS,
            "Damascus": ("SYR", "Damascus"), "US": US}),
  dict(id="g-628", doc=628, through="Yıldırım said.", quotes=[
      Q("safe zone", "group:government|group:Turkey", "partial", 1),
      Q("is the Syrian arm of a terror group", "group:Ankara", "indirect"),
      Q("would be to create a zone inside", "Binali Yıldırım", "indirect"),
      Q("they wanted to significantly degrade", "group:Turkish officials", "indirect"),
      Q("has 8,000 to 10,000 fighters", "group:Turkish officials", "indirect-pronoun"),
      Q("safe zone", "unknown", "scare", 2),
      Q("it could be used as a safe area", "group:Turkish officials", "indirect"),
      Q("First goal is to create a safe area", "Binali Yıldırım", "direct")],
    places={"Syria": SYR, "Afrin": ("SYR", "Afrin|‘Afrīn"), "Ankara": ("TUR", "Ankara"), "Turkey": TUR}),
  dict(id="g-725", doc=725, through="Isis still holds territory.", quotes=[
      Q("have brokered a deal", "group:agencies", "indirect"),
      Q("a deal had been reached", "Omar Alloush", "indirect"),
      Q("Foreign fighters are included in the deal", "Omar Alloush", "pronoun"),
      Q("up to 500 fighters", "Omar Alloush", "according-to"),
      Q("300 to 400 militants remained", "group:coalition", "indirect"),
      Q("about 100 militants had surrendered", "official", "indirect"),
      Q("have 400 hostages with them", "Omar Alloush", "direct"),
      Q("it would exclude foreign Isis fighters", "group:coalition", "indirect"),
      Q("the agreement included non-Syrian jihadists", "Omar Alloush", "indirect"),
      Q("The foreign fighters have two choices", "Omar Alloush", "direct"),
      Q("they would be taken to Deir Ezzor", "Omar Alloush", "indirect")],
    places={"Raqqa": ("SYR", "Raqqa|Ar Raqqah|Al Raqqah|Ar-Raqqah"), "Syria": SYR, "US": US,
            "Deir Ezzor": ("SYR", "Deir ez-Zor|Dayr az Zawr|Deir ez-Zor Governorate")}),
  dict(id="g-83", doc=83, upto=898, quotes=[
      Q("shot and wounded fleeing family members", "commander", "according-to"),
      Q("now only days from completion", "group:Kurdish commanders", "indirect"),
      Q("Isis had fired on the wives", "official", "indirect"),
      Q("arriving to be screened are the wives", "Christopher Ghika", "partial"),
      Q("hundreds of women and children had fled", "Mustafa Bali", "indirect")],
    places={"Syria": SYR, "Baghuz": ("SYR", None)}),
  dict(id="g-110", doc=110, upto=954, quotes=[
      Q("it was extremely concerned", "group:World Health Organization|group:WHO", "indirect"),
      Q("services are severely overstretched", "group:World Health Organization|group:WHO", "indirect"),
      Q("The situation in the camp is now critical", "group:World Health Organization|group:WHO", "direct"),
      Q("The authorities are overwhelmed", "group:World Health Organization|group:WHO", "continued")],
    places={"Syria": SYR, "Deir ez-Zor": ("SYR", "Deir ez-Zor|Dayr az Zawr|Deir ez-Zor Governorate"),
            "al-Hol": ("SYR", None)}),
  dict(id="g-159", doc=159, upto=970, quotes=[
      Q("returned to the UK without the permission", "group:BBC", "indirect"),
      Q("he was emotionally drained", "Joe Robinson", "indirect-pronoun"),
      Q("he was volunteering as a combat medic", "Joe Robinson", "indirect-pronoun"),
      Q("he was getting his human rights back", "Joe Robinson", "indirect-pronoun"),
      Q("he had been obliged to take matters", "Joe Robinson", "indirect-pronoun"),
      Q("I could not accept the sentence", "Joe Robinson", "pronoun")],
    places={"Turkey": TUR, "UK": UK, "Syria": SYR, "US": US}),
  dict(id="g-263", doc=263, upto=909, quotes=[
      Q("Prakash could be freed from Turkish custody", "Mehmet Alper Unver", "indirect"),
      Q("Prakash must stay behind bars", "group:court", "indirect"),
      Q("also had the right to appeal", "Mehmet Alper Unver", "indirect"),
      Q("he expected Prakash to be extradited", "Malcolm Turnbull", "indirect")],
    places={"Australia": ("AUS", "Australia"), "Canberra": ("AUS", "Canberra"), "Kilis": ("TUR", "Kilis"),
            "Turkey": TUR}),
  dict(id="g-553", doc=553, upto=845, quotes=[
      Q("humanitarian pause", "Vladimir Putin|Sergei Shoigu", "partial"),
      Q("hell on earth", "António Guterres", "partial")],
    places={"Ghouta": ("SYR", None), "Russia": RUS, "Damascus": ("SYR", "Damascus"), "Moscow": ("RUS", "Moscow")}),
  dict(id="g-666", doc=666, upto=963, quotes=[
      Q("Friends, the motherland is waiting for you", "Vladimir Putin", "direct"),
      Q("You are coming back home with victory", "Vladimir Putin", "continued"),
      Q("a ceasefire would take hold", "group:Russia", "indirect"),
      Q("de-escalation", "unknown", "scare")],
    places={"Syria": SYR, "Middle East": ("", "Middle East"), "US": US, "Russia": RUS,
            "Ghouta": ("SYR", None), "Damascus": ("SYR", "Damascus")}),
  dict(id="g-786", doc=786, through="gone there on holiday.”", quotes=[
      Q("their son is innocent", "group:parents", "indirect"),
      Q("being a member of a terrorist organisation", "group:Turkish authorities", "partial"),
      Q("they have been kept in the dark", "group:parents", "indirect"),
      Q("I just want information", "Sharon|Sharon Robinson", "nominal"),
      Q("We don’t know if there’s a court date", "Sharon|Sharon Robinson", "continued"),
      Q("I had no idea about the situation in Turkey", "Sharon|Sharon Robinson", "multi-sentence")],
    places={"Turkey": TUR, "Syria": SYR, "Accrington": ("GBR", "Accrington"), "Lancashire": ("GBR", "Lancashire"),
            "Didim": ("TUR", "Didim"), "Bodrum": ("TUR", "Bodrum")}),
  dict(id="g-95", doc=95, upto=882, quotes=[
      Q("it had forced other armed groups", "group:HTS|group:Tahrir al-Sham", "indirect")],
    places={"Syria": SYR, "Idlib": ("SYR", "Idlib|Idlib Governorate"), "Russia": RUS,
            "Moscow": ("RUS", "Moscow"), "Ankara": ("TUR", "Ankara")}),
  dict(id="g-148", doc=148, upto=819, quotes=[
      Q("caliphate had shrunk to almost nothing", "Joseph Dunford", "indirect-pronoun"),
      Q("It’s the flow of foreign fighters", "Joseph Dunford", "split"),
      Q("the ability to move resources", "Joseph Dunford", "split")],
    places={"US": US, "Turkey": TUR, "Iraq": IRQ, "Syria": SYR}),
  dict(id="g-475", doc=475, upto=807, quotes=[],
    places={"Russia": RUS, "Syria": SYR, "US": US, "France": ("FRA", "France"), "UK": UK, "Turkey": TUR,
            "Iraq": IRQ, "Washington": ("USA", "Washington|Washington, D.C."), "Moscow": ("RUS", "Moscow")}),
  dict(id="g-508", doc=508, upto=846, quotes=[
      Q("to bring half a million refugees", "David Miliband", "indirect"),
      Q("there are 22.5 million refugees", "group:UNHCR|group:United Nations High Commissioner for Refugees", "indirect")],
    places={"Europe": ("", "Europe"), "Jordan": ("JOR", "Jordan"), "Turkey": TUR, "Lebanon": ("LBN", "Lebanon")}),
]

# The project's own wire-style articles (written for this set; any likeness to real
# statements is for the test's difficulties only: split quotes, pronoun and nominal
# speakers, slogans, indirect speech, ambiguous place names).
OWN = [
  dict(id="o-1", published="2014-03-13", dateline="SIMFEROPOL",
    text="Refat Chubarov, the head of the Mejlis, urged Crimean Tatars on Thursday to stay away from the vote. "
         "\"We will not take part in this farce,\" the Tatar leader told reporters in Simferopol.\n\n"
         "\"Our people have seen deportations before,\" he said, \"and we will not be frightened again.\" "
         "Chubarov said the Tatars would hold their own meeting in Bakhchysarai.\n\n"
         "Placards reading \"Crimea is Russia!\" hung from the balconies of the city centre. "
         "In Brussels, the European Union warned that it would not recognise the result.",
    quotes=[Q("to stay away from the vote", "Refat Chubarov", "indirect"),
            Q("We will not take part in this farce", "Refat Chubarov", "nominal"),
            Q("Our people have seen deportations before", "Refat Chubarov", "split-pronoun"),
            Q("we will not be frightened again", "Refat Chubarov", "split-pronoun"),
            Q("the Tatars would hold their own meeting", "Refat Chubarov", "indirect"),
            Q("Crimea is Russia!", "unknown", "slogan"),
            Q("it would not recognise the result", "group:European Union", "indirect")],
    places={"Simferopol": ("UKR", "Simferopol"), "Bakhchysarai": ("UKR", "Bakhchysaray|Bakhchysarai"),
            "Crimea": ("UKR", "Crimea|Autonomous Republic of Crimea"), "Russia": RUS,
            "Brussels": ("BEL", "Brussels|Bruxelles")}),
  dict(id="o-2", published="2023-06-20", dateline="ATLANTA",
    text="Georgia's governor said on Tuesday that the state would send National Guard troops to Savannah after "
         "flooding along the coast. \"We are moving every resource we have,\" Governor Ellen Marsh told reporters "
         "in Atlanta. The governor, a Republican, said damage in Chatham County could exceed $200 million. "
         "Residents of Tybee Island were told to leave by nightfall. Marsh said she had spoken to the White House "
         "and expected federal help \"within days\".",
    quotes=[Q("the state would send National Guard troops", "Ellen Marsh", "indirect-cataphora"),
            Q("We are moving every resource we have", "Ellen Marsh", "direct"),
            Q("damage in Chatham County could exceed", "Ellen Marsh", "indirect-nominal"),
            Q("she had spoken to the White House", "Ellen Marsh", "indirect"),
            Q("within days", "Ellen Marsh", "partial")],
    places={"Georgia": ("USA", "Georgia"), "Savannah": ("USA", "Savannah"), "Atlanta": ("USA", "Atlanta"),
            "Chatham County": ("USA", None), "Tybee Island": ("USA", None)}),
  dict(id="o-3", published="2023-07-10", dateline="TBILISI",
    text="Georgia's prime minister, Irakli Gharibashvili, accused Russia on Monday of moving border markers deeper "
         "into Georgian territory near the village of Odzisi. \"This is creeping annexation,\" he said in Tbilisi. "
         "Officials in Moscow denied the claim, saying the markers had stood in the same place since 2008. "
         "The prime minister said he would raise the matter with envoys in Geneva. "
         "Protesters outside parliament chanted \"Russia is an occupier!\" late into the evening.",
    quotes=[Q("moving border markers deeper", "Irakli Gharibashvili", "indirect"),
            Q("This is creeping annexation", "Irakli Gharibashvili", "pronoun"),
            Q("the markers had stood in the same place", "group:officials|group:Moscow", "indirect"),
            Q("he would raise the matter with envoys", "Irakli Gharibashvili", "indirect-nominal"),
            Q("Russia is an occupier!", "group:protesters", "slogan")],
    places={"Georgia": ("GEO", "Georgia"), "Russia": RUS, "Odzisi": ("GEO", None), "Tbilisi": ("GEO", "Tbilisi"),
            "Moscow": ("RUS", "Moscow"), "Geneva": ("CHE", "Geneva|Genève")}),
  dict(id="o-4", published="2024-04-26", dateline="PARIS, Texas",
    text="The mayor of Paris, a town of 25,000 in north-east Texas, said on Friday that a tornado had destroyed at "
         "least 40 homes. \"It came through like a freight train,\" Mayor Dale Whitfield said. \"We have never seen "
         "anything like it here.\" Whitfield said no deaths had been reported. The National Weather Service in Fort "
         "Worth said the storm had weakened by the time it crossed into Oklahoma. Residents joked that the town's "
         "Eiffel Tower replica, topped with a red cowboy hat, had \"held on better than the roofs\".",
    quotes=[Q("a tornado had destroyed at least 40 homes", "Dale Whitfield", "indirect-cataphora"),
            Q("It came through like a freight train", "Dale Whitfield", "direct"),
            Q("We have never seen anything like it here", "Dale Whitfield", "continued"),
            Q("no deaths had been reported", "Dale Whitfield", "indirect"),
            Q("the storm had weakened", "group:National Weather Service", "indirect"),
            Q("held on better than the roofs", "group:residents", "partial")],
    places={"Paris": ("USA", "Paris"), "Texas": ("USA", "Texas"), "Fort Worth": ("USA", "Fort Worth"),
            "Oklahoma": ("USA", "Oklahoma")}),
  dict(id="o-5", published="2023-02-11",
    text="French police fired tear gas at protesters in Paris on Saturday as thousands marched against pension "
         "reform for a third weekend. \"We will not work until we drop,\" read one banner near the Place de la "
         "Bastille. Interior minister Gérald Darmanin said 42 people had been arrested. \"The right to protest is "
         "not the right to destroy,\" the minister wrote on Twitter. Unions said similar marches took place in "
         "Lyon, Marseille and Nantes, and promised to return next week.",
    quotes=[Q("We will not work until we drop", "unknown", "slogan"),
            Q("42 people had been arrested", "Gérald Darmanin", "indirect"),
            Q("The right to protest is not the right to destroy", "Gérald Darmanin", "nominal"),
            Q("similar marches took place", "group:unions", "indirect")],
    places={"Paris": ("FRA", "Paris"), "Lyon": ("FRA", "Lyon"), "Marseille": ("FRA", "Marseille"),
            "Nantes": ("FRA", "Nantes")}),
  dict(id="o-6", published="2022-05-18", dateline="TRIPOLI, Lebanon",
    text="Gunmen exchanged fire overnight in Lebanon's second city, leaving three dead, the army said on Wednesday. "
         "The clashes pitted residents of Bab al-Tabbaneh against those of Jabal Mohsen, two neighbourhoods divided "
         "by Syria's war. \"We are caught in the middle,\" said Fatima Kabbara, a shopkeeper. \"Every time something "
         "happens in Syria, we pay here.\" Prime Minister Najib Mikati, who comes from Tripoli, called for calm and "
         "said the army would be given \"all the powers it needs\".",
    quotes=[Q("Gunmen exchanged fire overnight", "group:army", "indirect"),
            Q("We are caught in the middle", "Fatima Kabbara", "direct"),
            Q("Every time something happens in Syria", "Fatima Kabbara", "continued"),
            Q("the army would be given", "Najib Mikati", "indirect"),
            Q("all the powers it needs", "Najib Mikati", "partial")],
    places={"Lebanon": ("LBN", "Lebanon"), "Bab al-Tabbaneh": ("LBN", None), "Jabal Mohsen": ("LBN", None),
            "Syria": SYR, "Tripoli": ("LBN", "Tripoli")}),
  dict(id="o-7", published="2023-03-05",
    text="The UN envoy to Libya, Abdoulaye Bathily, said on Sunday that rival factions had agreed to meet in "
         "Tripoli next month to discuss a unified government. \"This is the last chance for Libyans to choose the "
         "ballot over the gun,\" Bathily said in a statement. Khalifa Haftar's forces, based in Benghazi, did not "
         "comment. A spokesman for the Tripoli government said it welcomed the talks but would not accept \"any "
         "pre-conditions\". Clashes near Misrata last week killed at least 12 people, according to local medics.",
    quotes=[Q("rival factions had agreed to meet", "Abdoulaye Bathily", "indirect"),
            Q("This is the last chance for Libyans", "Abdoulaye Bathily", "direct"),
            Q("it welcomed the talks", "spokesman|group:Tripoli government", "indirect"),
            Q("any pre-conditions", "spokesman|group:Tripoli government", "partial"),
            Q("Clashes near Misrata last week killed", "group:medics", "according-to")],
    places={"Libya": ("LBY", "Libya"), "Tripoli": ("LBY", "Tripoli"), "Benghazi": ("LBY", "Benghazi"),
            "Misrata": ("LBY", "Misratah|Misrata")}),
  dict(id="o-8", published="2024-02-12", dateline="KIEV",
    text="Ukraine's foreign minister, Dmytro Kuleba, said on Monday that Kyiv would not trade territory for peace. "
         "\"Not one village,\" he told reporters after talks with his Polish counterpart in Warsaw. The Polish "
         "minister, Radosław Sikorski, said his country would keep supplying weapons. \"Ukraine's security is "
         "Poland's security,\" Sikorski said, \"and we will act accordingly.\" Russia's foreign ministry said in a "
         "statement that the remarks showed Kyiv was not serious about negotiations. Shelling overnight hit Kharkiv "
         "and Odesa, regional governors said.",
    quotes=[Q("Kyiv would not trade territory", "Dmytro Kuleba", "indirect"),
            Q("Not one village", "Dmytro Kuleba", "pronoun"),
            Q("his country would keep supplying weapons", "Radosław Sikorski", "indirect"),
            Q("Ukraine's security is Poland's security", "Radosław Sikorski", "split"),
            Q("we will act accordingly", "Radosław Sikorski", "split"),
            Q("the remarks showed Kyiv", "group:foreign ministry|group:Russia", "indirect"),
            Q("Shelling overnight hit Kharkiv", "group:governors|group:regional governors", "indirect")],
    places={"Ukraine": ("UKR", "Ukraine"), "Kyiv": ("UKR", "Kyiv|Kiev"), "Warsaw": ("POL", "Warsaw"),
            "Poland": ("POL", "Poland"), "Russia": RUS, "Kharkiv": ("UKR", "Kharkiv"),
            "Odesa": ("UKR", "Odesa|Odessa")}),
  dict(id="o-9", published="2024-09-14", dateline="BEIRUT",
    text="Syrian opposition leaders met in Istanbul on Saturday to choose a new head for their coalition.\n\n"
         "\"We have one task, and it is to speak with one voice,\" said Hadi al-Bahra, the coalition's outgoing "
         "president. \"Damascus wants us divided. We will not give it that gift.\n\n"
         "\"The world is watching what we do here,\" he added.\n\n"
         "Delegates said the vote had been delayed twice because of disputes over seats for Kurdish groups. One "
         "delegate from Aleppo, who asked not to be named, said the talks were \"a mess\".",
    quotes=[Q("We have one task", "Hadi al-Bahra", "direct"),
            Q("Damascus wants us divided", "Hadi al-Bahra", "multi-sentence"),
            Q("The world is watching what we do here", "Hadi al-Bahra", "pronoun-paragraph"),
            Q("the vote had been delayed twice", "group:delegates", "indirect"),
            Q("a mess", "delegate", "partial")],
    places={"Istanbul": ("TUR", "Istanbul"), "Damascus": ("SYR", "Damascus"), "Aleppo": ("SYR", "Aleppo")}),
  dict(id="o-10", published="2024-07-04", dateline="NAIROBI",
    text="Kenya's president, William Ruto, said on Thursday that police officers sent to Haiti would return home "
         "once the mission ended. The president told a rally in Eldoret that critics who called the deployment "
         "illegal had \"misread the constitution\". Opposition leader Raila Odinga said the government had ignored "
         "a court order. The former prime minister said he would take the matter to parliament. \"Nobody is above "
         "the law,\" Odinga told supporters in Kisumu. Crowds outside the venue chanted \"Ruto must go\".",
    quotes=[Q("police officers sent to Haiti would return", "William Ruto", "indirect"),
            Q("misread the constitution", "William Ruto", "partial-nominal"),
            Q("the government had ignored a court order", "Raila Odinga", "indirect"),
            Q("he would take the matter to parliament", "Raila Odinga", "indirect-nominal"),
            Q("Nobody is above the law", "Raila Odinga", "direct"),
            Q("Ruto must go", "group:crowds", "slogan")],
    places={"Kenya": ("KEN", "Kenya"), "Haiti": ("HTI", "Haiti"), "Eldoret": ("KEN", "Eldoret"),
            "Kisumu": ("KEN", "Kisumu")}),
  dict(id="o-11", published="2024-01-16", dateline="AMMAN",
    text="Jordan's foreign minister, Ayman Safadi, warned on Tuesday that the war in Gaza risked spreading across "
         "the region. \"Nobody will be safe if this continues,\" Safadi said after meeting his Egyptian counterpart "
         "in Cairo. He said Jordan would not accept the displacement of Palestinians to its territory. Israel's army "
         "said it had struck targets in Rafah overnight. US envoy Amos Hochstein was expected in Beirut on "
         "Wednesday, a State Department official said.",
    quotes=[Q("the war in Gaza risked spreading", "Ayman Safadi", "indirect"),
            Q("Nobody will be safe if this continues", "Ayman Safadi", "direct"),
            Q("Jordan would not accept the displacement", "Ayman Safadi", "indirect-pronoun"),
            Q("it had struck targets in Rafah", "group:army|group:Israel", "indirect"),
            Q("Amos Hochstein was expected in Beirut", "official", "indirect")],
    places={"Jordan": ("JOR", "Jordan"), "Gaza": ("PSE", "Gaza|Gaza Strip"), "Cairo": ("EGY", "Cairo"),
            "Israel": ("ISR", "Israel"), "Rafah": ("PSE", "Rafah"), "US": US, "Beirut": ("LBN", "Beirut")}),
  dict(id="o-12", published="2023-04-21", dateline="ADDIS ABABA",
    text="Ethiopia's government and Tigrayan leaders traded accusations on Friday over the slow pace of "
         "disarmament. Redwan Hussien, the government's chief negotiator, said fighters in Tigray were still "
         "holding heavy weapons. \"The agreement is clear, and it is not being respected,\" he said. Getachew Reda, "
         "the head of the regional administration in Mekelle, rejected the claim. He said troops from Eritrea "
         "remained in several towns near Adigrat. The African Union's envoy, Olusegun Obasanjo, called on both "
         "sides to \"return to the letter of the Pretoria deal\".",
    quotes=[Q("fighters in Tigray were still holding", "Redwan Hussien", "indirect"),
            Q("The agreement is clear", "Redwan Hussien", "pronoun"),
            Q("troops from Eritrea remained", "Getachew Reda", "indirect-pronoun"),
            Q("return to the letter of the Pretoria deal", "Olusegun Obasanjo", "partial")],
    places={"Ethiopia": ("ETH", "Ethiopia"), "Tigray": ("ETH", "Tigray"), "Mekelle": ("ETH", "Mekele|Mekelle"),
            "Eritrea": ("ERI", "Eritrea"), "Adigrat": ("ETH", "Adigrat"), "Pretoria": ("ZAF", "Pretoria")}),
  dict(id="o-13", published="2023-05-31", dateline="BRUSSELS",
    text="NATO foreign ministers said on Wednesday they would keep troops in Kosovo after clashes in the north of "
         "the country. \"We will not allow a return to violence,\" the alliance's secretary general told reporters. "
         "Serbia's president, Aleksandar Vučić, said Belgrade had no plans to move forces to the border. \"Serbia "
         "wants peace,\" Vucic said, \"but we will protect our people.\" In Pristina, Kosovo's prime minister said "
         "the statement was welcome.",
    quotes=[Q("they would keep troops in Kosovo", "group:NATO|group:NATO foreign ministers", "indirect"),
            Q("We will not allow a return to violence", "secretary general", "nominal"),
            Q("Belgrade had no plans", "Aleksandar Vučić", "indirect"),
            Q("Serbia wants peace", "Aleksandar Vučić", "split-accents"),
            Q("but we will protect our people", "Aleksandar Vučić", "split-accents"),
            Q("the statement was welcome", "prime minister", "indirect-nominal")],
    places={"Kosovo": ("XKX", "Kosovo"), "Serbia": ("SRB", "Serbia"), "Belgrade": ("SRB", "Belgrade"),
            "Pristina": ("XKX", "Pristina|Prishtina")}),
  dict(id="o-14", published="2019-11-10", dateline="HONG KONG",
    text="Thousands of people marched through Hong Kong on Sunday, many carrying signs that read \"Free Hong "
         "Kong\". Some chanted \"Five demands, not one less\" as they passed government offices in Admiralty. A "
         "police spokesman said officers had arrested 23 people for unlawful assembly. The city's leader, Carrie "
         "Lam, said in a statement that the \"rioters\" would be brought to justice. Beijing's liaison office "
         "called the march \"a challenge to the bottom line\".",
    quotes=[Q("Free Hong Kong", "unknown", "slogan"),
            Q("Five demands, not one less", "group:some|group:people|group:thousands|group:protesters", "slogan"),
            Q("officers had arrested 23 people", "spokesman", "indirect"),
            Q("rioters", "Carrie Lam", "partial"),
            Q("would be brought to justice", "Carrie Lam", "indirect"),
            Q("a challenge to the bottom line", "group:liaison office|group:Beijing", "partial")],
    places={"Hong Kong": ("HKG", "Hong Kong"), "Admiralty": ("HKG", None), "Beijing": ("CHN", "Beijing")}),
  dict(id="o-15", published="2024-03-07", dateline="ALEXANDRIA, Va.",
    text="A federal jury in Alexandria convicted a former State Department contractor on Thursday of passing "
         "classified cables to a foreign agent. \"He knew exactly what he was doing,\" prosecutor Karen Liu told "
         "jurors in her closing argument. The defence said it would appeal. The contractor, who had lived in "
         "Arlington and Richmond, faces up to 20 years in prison, the Justice Department said in a statement. "
         "Virginia's senators welcomed the verdict.",
    quotes=[Q("He knew exactly what he was doing", "Karen Liu", "direct"),
            Q("it would appeal", "group:defence", "indirect"),
            Q("faces up to 20 years in prison", "group:Justice Department", "indirect")],
    places={"Alexandria": ("USA", "Alexandria"), "Arlington": ("USA", "Arlington"),
            "Richmond": ("USA", "Richmond"), "Virginia": ("USA", "Virginia")}),
  dict(id="o-16", published="2024-05-13", dateline="BUENOS AIRES",
    text="Farmers blocked roads around Córdoba on Monday to protest against a new export tax, the third such "
         "protest this month. \"They are taxing the harvest before it is even planted,\" said Marcelo Duarte, who "
         "grows soy near Río Cuarto. Economy minister Luis Caputo defended the measure, saying the government "
         "needed the revenue to pay the IMF. Protests also spread to Rosario and Santa Fe. In Santiago, Chile's "
         "agriculture minister said his country would watch the dispute closely.",
    quotes=[Q("They are taxing the harvest", "Marcelo Duarte", "direct"),
            Q("the government needed the revenue", "Luis Caputo", "indirect"),
            Q("his country would watch the dispute closely", "minister", "indirect-nominal")],
    places={"Córdoba": ("ARG", "Córdoba|Cordoba"), "Río Cuarto": ("ARG", "Río Cuarto|Rio Cuarto"),
            "Rosario": ("ARG", "Rosario"), "Santa Fe": ("ARG", "Santa Fe|Santa Fe de la Vera Cruz"),
            "Santiago": ("CHL", "Santiago"), "Chile": ("CHL", "Chile")}),
  dict(id="o-17", published="2022-08-23", dateline="KARACHI",
    text="Heavy rain flooded large parts of Hyderabad and Karachi on Tuesday, killing at least 14 people, "
         "officials in Sindh province said. \"The drains were blocked before the monsoon even started,\" said Asma "
         "Jatoi, a shopkeeper in Hyderabad's old city. The provincial chief minister, Murad Ali Shah, said pumps "
         "had been sent from Lahore. He blamed the federal government in Islamabad for delays in releasing funds. "
         "Meteorologists warned more rain was expected in Sukkur and Larkana later in the week.",
    quotes=[Q("Heavy rain flooded large parts", "group:officials", "indirect"),
            Q("The drains were blocked", "Asma Jatoi", "direct"),
            Q("pumps had been sent from Lahore", "Murad Ali Shah", "indirect"),
            Q("more rain was expected", "group:meteorologists", "indirect")],
    places={"Hyderabad": ("PAK", "Hyderabad"), "Karachi": ("PAK", "Karachi"), "Sindh": ("PAK", "Sindh"),
            "Lahore": ("PAK", "Lahore"), "Islamabad": ("PAK", "Islamabad"), "Sukkur": ("PAK", "Sukkur"),
            "Larkana": ("PAK", "Larkana|Larkāna")}),
  dict(id="o-18", published="2021-06-12", dateline="LONDON, Ontario",
    text="Police in London said on Saturday they had arrested a man after a truck struck a group of pedestrians "
         "in the city's east end. \"This was a deliberate act,\" Chief Thai Truong said at a news conference. "
         "Ontario's premier said he was \"shocked and heartbroken\". Vigils were planned for Sunday in London, "
         "Toronto and Windsor. In Kingston, a second vigil was organised by students, who carried banners reading "
         "\"Hate has no home here\".",
    quotes=[Q("they had arrested a man", "group:police", "indirect"),
            Q("This was a deliberate act", "Thai Truong", "direct"),
            Q("shocked and heartbroken", "premier", "partial-nominal"),
            Q("Hate has no home here", "unknown", "slogan")],
    places={"London": ("CAN", "London"), "Ontario": ("CAN", "Ontario"), "Toronto": ("CAN", "Toronto"),
            "Windsor": ("CAN", "Windsor"), "Kingston": ("CAN", "Kingston")}),
]


# Held-out slice (written before the session that raised speakers from 64.7%; scored
# before and after, never tuned on). Judged by the same rules; places are not judged
# here (the scorer skips place figures for articles without judged places).
HELDOUT_GUARDIAN = [
  dict(id="h-85", doc=85, through="a group of Syrian fighters.", quotes=[
      Q("given a chance", "Richard Barrett", "partial"),
      Q("a 15-year-old who went badly off the rails", "Richard Barrett", "partial"),
      Q("British society should be strong enough", "Richard Barrett", "indirect"),
      Q("has been a complete lack of concern", "Richard Barrett", "partial-pronoun"),
      Q("she was nine months pregnant", "Shamima Begum", "indirect-pronoun"),
      Q("I’ll do anything required", "Shamima Begum", "pronoun"),
      Q("She did not regret going to Syria", "Shamima Begum", "indirect-pronoun"),
      Q("a security threat for the caliphate", "Shamima Begum", "partial-pronoun"),
      Q("didn’t faze me at all", "Shamima Begum", "partial-pronoun"),
      Q("her husband had surrendered", "Shamima Begum", "indirect-pronoun")]),
  dict(id="h-55", doc=55, through="would still be valid.", quotes=[
      Q("he wants to return to the UK", "Jack Letts", "indirect-cataphora"),
      Q("he missed Britain", "Jack Letts", "indirect"),
      Q("he did not believe either nation would help him", "Jack Letts", "indirect"),
      Q("no one really cares", "Jack Letts", "partial"),
      Q("she wanted to return to the UK", "Shamima Begum", "indirect-pronoun"),
      Q("I miss people mostly", "Jack Letts", "direct"),
      Q("I feel British, I am British", "Jack Letts", "continued"),
      Q("he did not know if his Canadian passport", "Jack Letts", "indirect-pronoun")]),
  dict(id="h-73", doc=73, through="came under attack.", quotes=[
      Q("to put its foreign fighters on trial", "group:Germany", "indirect"),
      Q("their repatriation would be", "group:Germany", "indirect"),
      Q("extremely difficult", "group:Germany", "partial", 1),
      Q("it would not act for now", "group:France", "indirect"),
      Q("case by case", "group:France", "partial"),
      Q("must be able to ensure prosecution is possible", "Ursula von der Leyen", "partial"),
      Q("a sensible relationship", "Ursula von der Leyen", "partial-pronoun"),
      Q("repatriation would be possible only if", "Heiko Maas", "indirect"),
      Q("extremely difficult to achieve", "Heiko Maas", "partial"),
      Q("timebomb", "group:Kurdish-led authorities|group:authorities", "partial"),
      Q("fighters could escape if", "group:Kurdish-led authorities|group:authorities", "indirect")]),
  dict(id="h-727", doc=727, through="United States missile.”", quotes=[
      Q("legitimate target", "Michael Fallon", "partial", 1),
      Q("every hour of every day", "Michael Fallon", "partial", 1),
      Q("the CIA had told its UK counterparts", "group:The Sun", "indirect"),
      Q("news of her death was not made public", "group:The Sun", "indirect-pronoun"),
      Q("If you are a British national in Iraq or Syria", "Michael Fallon", "direct")]),
  dict(id="h-514", doc=514, through="northern Syrian district.", quotes=[
      Q("A British soldier fighting against Islamic State has died", "group:Ministry of Defence", "indirect"),
      Q("It is with regret that we must confirm", "spokesperson|group:MoD", "direct"),
      Q("The individual was embedded with US forces on a counter-Daesh", "spokesperson|group:MoD", "continued"),
      Q("We cannot confirm any further details", "spokesperson|group:MoD", "continued"),
      Q("they were working to investigate", "spokesman|group:US military", "indirect"),
      Q("just hundreds of metres from security headquarters", "Mohammed Abu Adel", "indirect"),
      Q("the campaign was launched to clear out", "group:Turkey", "indirect")]),
  dict(id="h-160", doc=160, through="“Therefore, we will do it.”", quotes=[
      Q("Turkey will launch a military operation", "Recep Tayyip Erdoğan", "indirect"),
      Q("the operation was imminent", "Recep Tayyip Erdoğan", "indirect-nominal"),
      Q("We will begin our operation", "Recep Tayyip Erdoğan", "pronoun"),
      Q("Our target is not the American soldiers", "Recep Tayyip Erdoğan", "continued"),
      Q("had not left the town of Manbij", "Recep Tayyip Erdoğan", "indirect"),
      Q("The Americans are not being honest", "Recep Tayyip Erdoğan", "pronoun"),
      Q("Therefore, we will do it", "Recep Tayyip Erdoğan", "continued")]),
  dict(id="h-36", doc=36, through="the rightwing press.", quotes=[
      Q("she wanted to return home", "Shamima Begum", "indirect"),
      Q("he would do all in his power", "Sajid Javid", "indirect"),
      Q("stain on the conscience of this government", "Diane Abbott", "partial"),
      Q("It is against international law", "Diane Abbott", "pronoun"),
      Q("And to leave a vulnerable young woman", "Diane Abbott", "continued"),
      Q("Javid had instead chosen to appease", "Diane Abbott", "indirect")]),
]

# Held-out articles written for the slice, wire style (invented; any likeness to real
# statements is for the test's difficulties only).
HELDOUT_OWN = [
  dict(id="ho-1", published="2025-02-03", dateline="KHARTOUM",
    text="Sudan's army said on Monday it had recaptured the main bridge linking Khartoum and Omdurman after weeks "
         "of fighting. \"The bridge is fully under our control,\" a military spokesman, Nabil Abdallah, told "
         "reporters. The Rapid Support Forces denied the claim in a statement, saying their fighters still held the "
         "eastern end. Aid groups warned that the fighting had cut off food supplies to more than a million people. "
         "\"We have trucks waiting at the border and nowhere to send them,\" said Leni Kinzli of the World Food "
         "Programme. She urged both sides to open a corridor for convoys.",
    quotes=[Q("it had recaptured the main bridge", "group:army|group:Sudan", "indirect"),
            Q("The bridge is fully under our control", "Nabil Abdallah", "direct"),
            Q("their fighters still held the eastern end", "group:Rapid Support Forces", "indirect"),
            Q("the fighting had cut off food supplies", "group:aid groups", "indirect"),
            Q("We have trucks waiting at the border", "Leni Kinzli", "direct"),
            Q("to open a corridor for convoys", "Leni Kinzli", "indirect-pronoun")]),
  dict(id="ho-2", published="2024-10-08", dateline="MANILA",
    text="The Philippines accused China's coast guard on Tuesday of ramming a supply boat near Second Thomas Shoal, "
         "injuring two sailors. \"This was a dangerous and deliberate act,\" said Jay Tarriela, a spokesman for the "
         "Philippine coast guard. He said the boat had been carrying food and water to troops stationed on a "
         "grounded warship. Beijing said the Philippine vessel had entered Chinese waters without permission and "
         "that its crew had acted \"professionally and with restraint\". The US ambassador in Manila, MaryKay "
         "Carlson, called the incident \"reckless\" and said Washington stood by its ally. Analysts said the "
         "confrontation was the most serious in months.",
    quotes=[Q("of ramming a supply boat", "group:Philippines", "indirect"),
            Q("This was a dangerous and deliberate act", "Jay Tarriela", "direct"),
            Q("the boat had been carrying food", "Jay Tarriela", "indirect-pronoun"),
            Q("the Philippine vessel had entered Chinese waters", "group:Beijing", "indirect"),
            Q("professionally and with restraint", "group:Beijing", "partial"),
            Q("reckless", "MaryKay Carlson", "partial"),
            Q("Washington stood by its ally", "MaryKay Carlson", "indirect"),
            Q("the confrontation was the most serious", "group:analysts", "indirect")]),
  dict(id="ho-3", published="2023-09-19", dateline="YEREVAN",
    text="Azerbaijan launched what it called \"anti-terrorist measures\" in Nagorno-Karabakh on Tuesday, and "
         "Armenia's prime minister, Nikol Pashinyan, said his government would not be drawn into a war. \"Armenia "
         "will not take any rash steps,\" Pashinyan said in a televised address. Hundreds of people gathered outside "
         "the government building in Yerevan, chanting \"Nikol is a traitor\". The Russian foreign ministry said "
         "Moscow was in contact with both sides and called for an immediate end to the fighting. According to the "
         "region's human rights ombudsman, at least 27 people had been killed, including two children.",
    quotes=[Q("anti-terrorist measures", "group:Azerbaijan", "partial"),
            Q("his government would not be drawn into a war", "Nikol Pashinyan", "indirect"),
            Q("Armenia will not take any rash steps", "Nikol Pashinyan", "direct"),
            Q("Nikol is a traitor", "group:hundreds of people|group:people", "slogan"),
            Q("Moscow was in contact with both sides", "group:Russian foreign ministry|group:foreign ministry", "indirect"),
            Q("at least 27 people had been killed", "ombudsman", "according-to")]),
  dict(id="ho-4", published="2024-11-26", dateline="BOGOTA",
    text="Colombia's government and the ELN rebel group agreed on Monday to resume peace talks in Caracas next "
         "month, officials from both sides said. The chief government negotiator, Vera Grabe, said the ceasefire "
         "would be extended by six months. \"We have a real opportunity, and we do not intend to waste it,\" she told "
         "a news conference. Pablo Beltrán, who leads the ELN delegation, was more cautious. \"Words are not enough. "
         "The government must show it can protect social leaders,\" he said, adding that dozens had been killed this "
         "year. The talks are backed by Norway, Cuba and Venezuela, whose foreign minister welcomed the announcement.",
    quotes=[Q("agreed on Monday to resume peace talks", "group:officials", "indirect"),
            Q("the ceasefire would be extended", "Vera Grabe", "indirect"),
            Q("We have a real opportunity", "Vera Grabe", "pronoun"),
            Q("Words are not enough", "Pablo Beltrán", "pronoun"),
            Q("dozens had been killed this year", "Pablo Beltrán", "indirect-pronoun")]),
  dict(id="ho-5", published="2025-01-14", dateline="SEOUL",
    text="South Korean investigators said on Tuesday they would make another attempt to detain the impeached "
         "president, Yoon Suk Yeol, after his security service blocked them this month. Yoon's lawyer, Yoon "
         "Kab-keun, told reporters that the warrant was illegal and that the president would not appear for "
         "questioning. \"He will defend himself in court, not in front of cameras,\" the lawyer said. The acting "
         "president, Choi Sang-mok, urged the police and the security service to avoid any physical clash. "
         "Supporters of Yoon rallied outside his residence overnight, holding signs that said \"Stop the steal\".",
    quotes=[Q("they would make another attempt", "group:investigators", "indirect"),
            Q("the warrant was illegal", "Yoon Kab-keun", "indirect"),
            Q("He will defend himself in court", "Yoon Kab-keun", "nominal"),
            Q("to avoid any physical clash", "Choi Sang-mok", "indirect"),
            Q("Stop the steal", "unknown", "slogan")]),
]


def occurrences(text, term):
    out, i = [], 0
    while True:
        i = text.find(term, i)
        if i < 0:
            return out
        a = text[i - 1] if i > 0 else " "
        b = text[i + len(term)] if i + len(term) < len(text) else " "
        if not a.isalnum() and not b.isalnum():
            out.append(i)
        i += len(term)


def expand(text, places, skip, show):
    out = []
    for term, (country, name) in places.items():
        occ = occurrences(text, term)
        if not occ:
            sys.exit(f"place {term!r} not in text")
        for n, i in enumerate(occ, 1):
            if n in skip.get(term, ()):
                continue
            p = {"text": term, "country": country}
            if n > 1:
                p["occurrence"] = n
            if name:
                p["name"] = name
            out.append(p)
            if show:
                print(f"   {term}#{n} {country}: ...{text[max(0, i-40):i+len(term)+30]!r}")
    return out


def main():
    show = "--show" in sys.argv
    csv.field_size_limit(10**9)
    rows = {r[""]: r for r in csv.DictReader(open(CSV, encoding="utf-8"))}
    lines = []
    for split, g in [("dev", g) for g in GUARDIAN] + [("heldout", g) for g in HELDOUT_GUARDIAN]:
        row = rows[str(g["doc"])]
        full = row["text"]
        end = full.index(g["through"]) + len(g["through"]) if "through" in g else g["upto"]
        text = full[:end]
        for q in g["quotes"]:
            if q["contains"] not in text:
                sys.exit(f"{g['id']}: quote {q['contains']!r} not in excerpt")
        if show:
            print(g["id"])
        places = expand(text, g.get("places", {}), g.get("skip", {}), show)
        line = {"id": g["id"], "corpus": "guardian_syria", "doc": g["doc"], "chars": [0, end],
                "published": row["date"], "quotes": g["quotes"], "places": places}
        if split != "dev":
            line["split"] = split
        lines.append(line)
    for split, o in [("dev", o) for o in OWN] + [("heldout", o) for o in HELDOUT_OWN]:
        for q in o["quotes"]:
            if q["contains"] not in o["text"]:
                sys.exit(f"{o['id']}: quote {q['contains']!r} not in text")
        if show:
            print(o["id"])
        places = expand(o["text"], o.get("places", {}), o.get("skip", {}), show)
        line = {"id": o["id"], "published": o["published"], "text": o["text"], "quotes": o["quotes"],
                "places": places}
        if "dateline" in o:
            line["dateline"] = o["dateline"]
        if split != "dev":
            line["split"] = split
        lines.append(line)
    path = os.path.join(os.path.dirname(__file__), "judged.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    nq = sum(len(l["quotes"]) for l in lines)
    np_ = sum(len(l["places"]) for l in lines)
    print(f"{len(lines)} articles, {nq} quotes, {np_} places -> {path}")
    for split in ("dev", "heldout"):
        ls = [l for l in lines if l.get("split", "dev") == split]
        print(f"  {split}: {len(ls)} articles, {sum(len(l['quotes']) for l in ls)} quotes")


main()
