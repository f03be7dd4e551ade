/**
 * What every validation problem says, in English, Finnish and Swedish. Contributors are staff and
 * volunteers of small associations: each message says in plain words what is wrong and shows
 * the right form. `{value}` is the value as written in the file.
 */

export type MessageLanguage = 'en' | 'fi' | 'sv';
export type Params = Record<string, string>;
type Text = (p: Params) => [message: string, hint?: string | undefined];

const both = (en: Text, fi: Text) => ({ en, fi });

/** ".yaml|.md" → ".yaml or .md" (or "tai"). */
const alternatives = (list: string | undefined, word: string) => (list ?? '').split('|').join(` ${word} `);

const messages: Record<string, { en: Text; fi: Text }> = {
  // Reading the file
  'file.encoding': both(
    () => ['the file is not valid UTF-8 text', 'save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)'],
    () => ['tiedosto ei ole kelvollista UTF-8-tekstiä', 'tallenna se UTF-8-muodossa (useimmissa editoreissa "Tallenna merkistöllä" → UTF-8)'],
  ),
  'file.empty': both(
    () => ['the file is empty', 'write the fields of the entry, e.g. name: and summary:'],
    () => ['tiedosto on tyhjä', 'kirjoita merkinnän kentät, esimerkiksi name: ja summary:'],
  ),
  'file.notMapping': both(
    () => ['the file must contain fields written as "key: value"', 'start each field on its own line: name: Vertaistukiryhmä'],
    () => ['tiedostossa pitää olla kenttiä muodossa "avain: arvo"', 'aloita jokainen kenttä omalta riviltään: name: Vertaistukiryhmä'],
  ),
  'file.unknownPath': both(
    (p) => [`this file is not part of the content layout (${p.expected})`, 'move or rename it, or delete it (see "Content guide" in README.md)'],
    (p) => [`tämä tiedosto ei kuulu sisällön rakenteeseen (${p.expected})`, 'siirrä tai nimeä se uudelleen tai poista se (katso README.md:n "Content guide")'],
  ),
  'file.extension': both(
    (p) => [`files here must end in ${alternatives(p.expected, 'or')}`, `rename the file to end in ${alternatives(p.expected, 'or')}`],
    (p) => [`tämän kansion tiedostojen päätteen pitää olla ${alternatives(p.expected, 'tai')}`, `vaihda tiedoston päätteeksi ${alternatives(p.expected, 'tai')}`],
  ),
  'file.mdx': both(
    () => ['MDX can run code, so entries from organisations must be .yaml or .md', 'rename the file to .md (Markdown) or .yaml'],
    () => ['MDX voi ajaa koodia, joten järjestöjen merkintöjen pitää olla .yaml tai .md', 'nimeä tiedosto .md- (Markdown) tai .yaml-päätteiseksi'],
  ),
  'file.symlink': both(
    () => ['symbolic links are not allowed in content/', 'replace the link with the file itself'],
    () => ['symbolisia linkkejä ei sallita content/-kansiossa', 'korvaa linkki itse tiedostolla'],
  ),
  'file.tooLarge': both(
    (p) => [`the file is ${p.size} KB; at most ${p.limit} KB is allowed`, 'shorten the description or split the entry'],
    (p) => [`tiedosto on ${p.size} kt; enintään ${p.limit} kt sallitaan`, 'lyhennä kuvausta tai jaa merkintä kahteen'],
  ),
  'file.id': both(
    (p) => [`"${p.value}" is not a valid id`, `use lowercase letters a–z, digits and single hyphens, e.g. "${p.suggestion}"`],
    (p) => [`"${p.value}" ei ole kelvollinen tunniste`, `käytä pieniä kirjaimia a–z, numeroita ja yksittäisiä väliviivoja, esimerkiksi "${p.suggestion}"`],
  ),
  'file.duplicateId': both(
    (p) => [`the id "${p.value}" is also used by ${p.other}`, 'one entry is one file: delete one of the two, or give it another file name'],
    (p) => [`tunnus "${p.value}" on käytössä myös tiedostossa ${p.other}`, 'yksi merkintä on yksi tiedosto: poista toinen tiedostoista tai anna sille eri nimi'],
  ),
  'file.missing': both(
    (p) => [`${p.what} is missing`, `add ${p.what}: see "Content guide" in README.md`],
    (p) => [`${p.what} puuttuu`, `lisää ${p.what}: katso README.md:n "Content guide"`],
  ),
  'md.frontMatter': both(
    () => ['a .md file must start with fields between two "---" lines', 'put "---" on the first line, then the fields, then "---", then the description'],
    () => ['.md-tiedoston pitää alkaa kentillä kahden "---"-rivin välissä', 'kirjoita ensimmäiselle riville "---", sitten kentät, sitten "---" ja sen jälkeen kuvaus'],
  ),
  'md.descriptionTwice': both(
    () => ['the description is written both as a field and as the text below the front matter', 'keep one: remove the description: field or the text below the second "---"'],
    () => ['kuvaus on kirjoitettu sekä description:-kenttään että tekstiksi kenttien alle', 'jätä vain toinen: poista description:-kenttä tai toisen "---"-rivin alla oleva teksti'],
  ),

  // YAML syntax
  'yaml.anchor': both(
    () => ['YAML anchors and aliases (&name, *name) are not allowed', 'write the value out in full where it is needed'],
    () => ['YAML-ankkureita ja -viittauksia (&nimi, *nimi) ei sallita', 'kirjoita arvo kokonaan jokaiseen kohtaan'],
  ),
  'yaml.merge': both(
    () => ['YAML merge keys (<<) are not allowed', 'write the fields out in full'],
    () => ['YAML:n yhdistämisavaimia (<<) ei sallita', 'kirjoita kentät kokonaan'],
  ),
  'yaml.tag': both(
    (p) => [`YAML tags such as ${p.tag ?? '!tag'} are not allowed`, 'remove the tag; put the value in quotes if it must stay text'],
    (p) => [`YAML-tageja kuten ${p.tag ?? '!tag'} ei sallita`, 'poista tagi; laita arvo lainausmerkkeihin, jos sen pitää pysyä tekstinä'],
  ),
  'yaml.duplicateKey': both(
    (p) => [p.key ? `the field "${p.key}" is written twice` : 'this field is written twice', p.line ? `keep only one of the two lines (the other is line ${p.line})` : 'keep only one of the two lines'],
    (p) => [p.key ? `kenttä "${p.key}" on kirjoitettu kahdesti` : 'tämä kenttä on kirjoitettu kahdesti', p.line ? `jätä vain toinen riveistä (toinen on rivillä ${p.line})` : 'jätä vain toinen riveistä'],
  ),
  'yaml.colonInValue': both(
    (p) => [`the text after "${p.key}:" contains ": ", which YAML reads as the start of another field`, `put the text in quotes: ${p.key}: ${p.quoted}`],
    (p) => [`kentän "${p.key}:" tekstissä on ": ", jonka YAML lukee uuden kentän aluksi`, `laita teksti lainausmerkkeihin: ${p.key}: ${p.quoted}`],
  ),
  'yaml.textAfterQuote': both(
    (p) => [`there is more text after the closing quotation mark of "${p.key}:"`, `put all of the text inside the quotes: ${p.key}: ${p.quoted}`],
    (p) => [`kentän "${p.key}:" loppulainausmerkin jälkeen on vielä tekstiä`, `laita koko teksti lainausmerkkien sisään: ${p.key}: ${p.quoted}`],
  ),
  'yaml.reservedStart': both(
    (p) => [`a text cannot start with ${p.character} without quotes`, `put the text in quotes: ${p.key}: ${p.quoted}`],
    (p) => [`teksti ei voi alkaa merkillä ${p.character} ilman lainausmerkkejä`, `laita teksti lainausmerkkeihin: ${p.key}: ${p.quoted}`],
  ),
  'yaml.multipleDocuments': both(
    () => ['the file contains more than one YAML document (a "---" line in the middle)', 'remove the extra "---" line; one file holds one entry'],
    () => ['tiedostossa on useampi YAML-dokumentti ("---"-rivi keskellä)', 'poista ylimääräinen "---"-rivi; yksi tiedosto sisältää yhden merkinnän'],
  ),
  'yaml.indentation': both(
    () => ['the indentation is wrong here', 'indent nested fields with two spaces more than the line above, and list items ("- ") consistently'],
    () => ['sisennys on väärin tässä kohdassa', 'sisennä alakentät kahdella välilyönnillä enemmän kuin ylempi rivi ja listan kohdat ("- ") samalla tavalla'],
  ),
  'yaml.tab': both(
    () => ['a tab character is used for indentation', 'indent with spaces (two per level), not tabs'],
    () => ['sisennyksessä on sarkainmerkki', 'sisennä välilyönneillä (kaksi tasoa kohden), ei sarkaimilla'],
  ),
  'yaml.depth': both(
    () => ['the fields are nested too deeply', 'check the indentation'],
    () => ['kentät ovat liian monta tasoa sisäkkäin', 'tarkista sisennykset'],
  ),
  'yaml.mapping': both(
    () => ['this line is not a "key: value" pair', 'check for a missing ":" or a value with ": " inside that needs quotes, e.g. note: "Huom: sisäänkäynti pihalta"'],
    () => ['rivi ei ole muotoa "avain: arvo"', 'tarkista puuttuuko ":" tai onko arvossa ": ", jolloin se tarvitsee lainausmerkit, esim. note: "Huom: sisäänkäynti pihalta"'],
  ),
  'yaml.unclosedQuote': both(
    () => ['the quotation mark that starts this text is never closed', 'add the same quotation mark at the end of the text on this line'],
    () => ['tekstin aloittavaa lainausmerkkiä ei ole suljettu', 'lisää sama lainausmerkki tekstin loppuun tälle riville'],
  ),
  'yaml.escape': both(
    () => ['a backslash (\\) inside "double quotes" must start a known special character such as \\n', "use single quotes instead, e.g. note: 'C:\\kansio', or write the backslash twice (\\\\)"],
    () => ['kenoviiva (\\) "lainausmerkeissä" aloittaa erikoismerkin, kuten \\n', "käytä sen sijaan heittomerkkejä, esim. note: 'C:\\kansio', tai kirjoita kenoviiva kahdesti (\\\\)"],
  ),
  'yaml.flow': both(
    () => ['a list in [ ] or a map in { } is not closed, or a comma is missing', 'write e.g. [tue, thu] or { fi: Teksti, sv: Text }'],
    () => ['hakasulkeissa [ ] tai aaltosulkeissa { } oleva lista ei sulkeudu tai pilkku puuttuu', 'kirjoita esimerkiksi [tue, thu] tai { fi: Teksti, sv: Text }'],
  ),
  'yaml.syntax': both(
    (p) => [`the YAML cannot be read: ${p.reason}`, 'check quotes, colons and indentation on this line and the one before'],
    (p) => [`YAML-tekstiä ei voi lukea: ${p.reason}`, 'tarkista lainausmerkit, kaksoispisteet ja sisennys tällä ja edellisellä rivillä'],
  ),

  // Fields in general
  'field.required': both(
    (p) => [`the required field "${p.field}" is missing`, p.example ? `add it, e.g. ${p.field}: ${p.example}` : `add ${p.field}:`],
    (p) => [`pakollinen kenttä "${p.field}" puuttuu`, p.example ? `lisää se, esimerkiksi ${p.field}: ${p.example}` : `lisää ${p.field}:`],
  ),
  'field.unknown': both(
    (p) => [`"${p.field}" is not a known field here`, p.suggestion ? `did you mean "${p.suggestion}"?` : `known fields: ${p.known}`],
    (p) => [`"${p.field}" ei ole tunnettu kenttä tässä kohdassa`, p.suggestion ? `tarkoititko "${p.suggestion}"?` : `tunnetut kentät: ${p.known}`],
  ),
  'value.type': both(
    (p) => [`expected ${p.expected}, found ${p.value}`, p.example ? `write e.g. ${p.example}` : undefined],
    (p) => [`odotettiin ${p.expectedFi ?? p.expected}, löytyi ${p.value}`, p.example ? `kirjoita esimerkiksi ${p.example}` : undefined],
  ),
  'value.unknown': both(
    (p) => [`${p.value} is not one of the allowed values`, p.suggestion ? `did you mean ${p.suggestion}? Allowed: ${p.allowed}` : `allowed: ${p.allowed}`],
    (p) => [`${p.value} ei ole sallittu arvo`, p.suggestion ? `tarkoititko ${p.suggestion}? Sallitut: ${p.allowed}` : `sallitut: ${p.allowed}`],
  ),
  'value.invalid': both(
    (p) => [`${p.value} is not valid here`, p.expected ? `expected ${p.expected}` : undefined],
    (p) => [`${p.value} ei kelpaa tähän`, p.expected ? `odotettiin ${p.expected}` : undefined],
  ),
  'number.tooSmall': both(
    (p) => [`${p.value} is too small; the least allowed is ${p.minimum}`],
    (p) => [`${p.value} on liian pieni; pienin sallittu on ${p.minimum}`],
  ),
  'number.tooBig': both(
    (p) => [`${p.value} is too big; the most allowed is ${p.maximum}`],
    (p) => [`${p.value} on liian suuri; suurin sallittu on ${p.maximum}`],
  ),
  'text.type': both(
    (p) => [`expected text, found ${p.value}`, 'write the text after the colon, or one text per language: { fi: "…", sv: "…" }'],
    (p) => [`odotettiin tekstiä, löytyi ${p.value}`, 'kirjoita teksti kaksoispisteen jälkeen, tai teksti kullakin kielellä: { fi: "…", sv: "…" }'],
  ),
  'text.empty': both(
    () => ['the text is empty', 'write the text, or remove the field if it is optional'],
    () => ['teksti on tyhjä', 'kirjoita teksti tai poista kenttä, jos se ei ole pakollinen'],
  ),
  'text.emptyMap': both(
    () => ['no text is given in any language', 'write e.g. { fi: "Teksti suomeksi" }'],
    () => ['tekstiä ei ole millään kielellä', 'kirjoita esimerkiksi { fi: "Teksti suomeksi" }'],
  ),
  'text.tooLong': both(
    (p) => [`the text is ${p.length} characters; at most ${p.maximum} are allowed`, 'shorten it; the full story belongs in description'],
    (p) => [`teksti on ${p.length} merkkiä; enintään ${p.maximum} sallitaan`, 'lyhennä sitä; tarkempi kuvaus kuuluu description-kenttään'],
  ),
  'text.defaultLanguage': both(
    (p) => [`the text has no version in ${p.language}, the site's default language`, `add ${p.language}: "…" to the map`],
    (p) => [`tekstistä puuttuu sivuston oletuskielinen (${p.language}) versio`, `lisää ${p.language}: "…"`],
  ),
  'text.unknownLanguage': both(
    (p) => [`"${p.language}" is not one of the site's languages (${p.languages}), so this text is never shown`, 'check the language code'],
    (p) => [`"${p.language}" ei ole sivuston kieli (${p.languages}), joten tätä tekstiä ei näytetä`, 'tarkista kielikoodi'],
  ),
  'list.type': both(
    (p) => [`expected a list, found ${p.value}`, `write a list in brackets, e.g. ${p.example ?? '[fi, sv]'}, or one "- item" per line`],
    (p) => [`odotettiin listaa, löytyi ${p.value}`, `kirjoita lista hakasulkeisiin, esim. ${p.example ?? '[fi, sv]'}, tai yksi "- kohta" riviä kohden`],
  ),
  'list.empty': both(
    () => ['the list is empty', 'add at least one item'],
    () => ['lista on tyhjä', 'lisää ainakin yksi kohta'],
  ),
  'list.duplicate': both(
    (p) => [`${p.value} is listed twice`, 'remove the repeat'],
    (p) => [`${p.value} on listassa kahdesti`, 'poista toistuva kohta'],
  ),
  'boolean.type': both(
    (p) => [`expected true or false, found ${p.value}`, 'write true or false without quotes'],
    (p) => [`odotettiin true tai false, löytyi ${p.value}`, 'kirjoita true tai false ilman lainausmerkkejä'],
  ),
  'integer.type': both(
    (p) => [`expected a whole number, found ${p.value}`, 'write a number without quotes, e.g. 2'],
    (p) => [`odotettiin kokonaislukua, löytyi ${p.value}`, 'kirjoita luku ilman lainausmerkkejä, esim. 2'],
  ),

  // Ids and codes
  'id.type': both(
    (p) => [`expected an id, found ${p.value}`, 'write the file name of the entry without its extension, e.g. mieli-kuopio'],
    (p) => [`odotettiin tunnusta, löytyi ${p.value}`, 'kirjoita merkinnän tiedostonimi ilman päätettä, esim. mieli-kuopio'],
  ),
  'id.tooLong': both(
    () => ['the id is longer than 80 characters', 'choose a shorter name'],
    () => ['tunnus on yli 80 merkkiä pitkä', 'valitse lyhyempi nimi'],
  ),
  'id.format': both(
    (p) => [`${p.value} is not a valid id`, `use lowercase letters a–z, digits and hyphens, e.g. "${p.suggestion}"`],
    (p) => [`${p.value} ei ole kelvollinen tunnus`, `käytä pieniä kirjaimia a–z, numeroita ja väliviivoja, esim. "${p.suggestion}"`],
  ),
  'code.type': both(
    (p) => [`expected a code, found ${p.value}`, 'write a code from content/taxonomies/, e.g. loneliness'],
    (p) => [`odotettiin koodia, löytyi ${p.value}`, 'kirjoita koodi content/taxonomies/-kansiosta, esim. loneliness'],
  ),
  'code.format': both(
    (p) => [`${p.value} is not a code`, 'codes are lowercase words joined with hyphens, e.g. peer-support-group'],
    (p) => [`${p.value} ei ole koodi`, 'koodit ovat pieniä kirjaimia väliviivoin yhdistettynä, esim. peer-support-group'],
  ),
  'ref.term': both(
    (p) => [`${p.value} is not a code in ${p.taxonomy}`, p.suggestion ? `did you mean "${p.suggestion}"?` : `see the codes in content/taxonomies/${p.taxonomy}`],
    (p) => [`${p.value} ei ole koodi tiedostossa ${p.taxonomy}`, p.suggestion ? `tarkoititko "${p.suggestion}"?` : `katso koodit tiedostosta content/taxonomies/${p.taxonomy}`],
  ),
  'ref.county': both(
    (p) => [`${p.value} is not a wellbeing services county code`, p.suggestion ? `did you mean "${p.suggestion}"? Codes are in content/taxonomies/wellbeing-counties.csv` : 'use a code from content/taxonomies/wellbeing-counties.csv, e.g. "13" or "90"'],
    (p) => [`${p.value} ei ole hyvinvointialueen koodi`, p.suggestion ? `tarkoititko "${p.suggestion}"? Koodit ovat tiedostossa content/taxonomies/wellbeing-counties.csv` : 'käytä koodia tiedostosta content/taxonomies/wellbeing-counties.csv, esim. "13" tai "90"'],
  ),
  'ref.municipality': both(
    (p) => [`${p.value} is not a municipality code`, 'use the 3-digit code from content/taxonomies/municipalities.csv, e.g. "091" for Helsinki'],
    (p) => [`${p.value} ei ole kuntakoodi`, 'käytä kolminumeroista koodia tiedostosta content/taxonomies/municipalities.csv, esim. "091" (Helsinki)'],
  ),
  'ref.organisation': both(
    (p) => [`there is no organisation "${p.value}" (content/organisations/${p.value}.yaml)`, p.suggestion ? `did you mean "${p.suggestion}"?` : 'add the organisation first, or move the file into an existing organisation folder'],
    (p) => [`järjestöä "${p.value}" ei ole (content/organisations/${p.value}.yaml)`, p.suggestion ? `tarkoititko "${p.suggestion}"?` : 'lisää ensin järjestö tai siirrä tiedosto olemassa olevan järjestön kansioon'],
  ),
  'ref.partner': both(
    (p) => [`there is no organisation "${p.value}"`, p.suggestion ? `did you mean "${p.suggestion}"?` : 'use the file name of an organisation in content/organisations/'],
    (p) => [`järjestöä "${p.value}" ei ole`, p.suggestion ? `tarkoititko "${p.suggestion}"?` : 'käytä järjestön tiedostonimeä kansiosta content/organisations/'],
  ),
  'ref.activity': both(
    (p) => [`the organisation has no activity "${p.value}"`, p.suggestion ? `did you mean "${p.suggestion}"?` : `use the file name of an activity in content/activities/${p.org}/`],
    (p) => [`järjestöllä ei ole toimintaa "${p.value}"`, p.suggestion ? `tarkoititko "${p.suggestion}"?` : `käytä toiminnan tiedostonimeä kansiosta content/activities/${p.org}/`],
  ),
  'language.type': both(
    (p) => [`expected a language code, found ${p.value}`, 'write e.g. fi, sv, en or fse'],
    (p) => [`odotettiin kielikoodia, löytyi ${p.value}`, 'kirjoita esimerkiksi fi, sv, en tai fse'],
  ),
  'language.format': both(
    (p) => [`${p.value} is not a language code`, p.suggestion ? `write the code, e.g. ${p.suggestion}` : 'write a code such as fi, sv, en, se, fse, ru or ar'],
    (p) => [`${p.value} ei ole kielikoodi`, p.suggestion ? `kirjoita koodi, esim. ${p.suggestion}` : 'kirjoita koodi, kuten fi, sv, en, se, fse, ru tai ar'],
  ),

  // Dates and times
  'date.type': both(
    (p) => [`expected a date, found ${p.value}`, 'write the date as YYYY-MM-DD, e.g. 2026-09-01'],
    (p) => [`odotettiin päivämäärää, löytyi ${p.value}`, 'kirjoita päivämäärä muodossa VVVV-KK-PP, esim. 2026-09-01'],
  ),
  'date.format': both(
    (p) => [`${p.value} is not a date in the form YYYY-MM-DD`, `write ${p.suggestion ?? '2026-09-01'}`],
    (p) => [`${p.value} ei ole päivämäärä muodossa VVVV-KK-PP`, `kirjoita ${p.suggestion ?? '2026-09-01'}`],
  ),
  'date.notReal': both(
    (p) => [`${p.value} is not a date in the calendar`, 'check the day and the month'],
    (p) => [`päivämäärää ${p.value} ei ole kalenterissa`, 'tarkista päivä ja kuukausi'],
  ),
  'date.untilBeforeFrom': both(
    (p) => [`the rule ends (until: ${p.until}) before it starts (from: ${p.from})`, 'swap the two dates or correct one of them'],
    (p) => [`sääntö päättyy (until: ${p.until}) ennen kuin se alkaa (from: ${p.from})`, 'vaihda päivät keskenään tai korjaa toinen'],
  ),
  'time.type': both(
    (p) => [`${p.value} is not a time`, `write the time in quotes as HH:MM, e.g. "${p.suggestion ?? '17:30'}"`],
    (p) => [`${p.value} ei ole kellonaika`, `kirjoita aika lainausmerkeissä muodossa TT:MM, esim. "${p.suggestion ?? '17:30'}"`],
  ),
  'time.format': both(
    (p) => [`${p.value} is not a time`, `write the time in quotes as HH:MM, e.g. "${p.suggestion ?? '17:30'}"`],
    (p) => [`${p.value} ei ole kellonaika`, `kirjoita aika lainausmerkeissä muodossa TT:MM, esim. "${p.suggestion ?? '17:30'}"`],
  ),
  'time.endEqualsStart': both(
    () => ['the end time is the same as the start time', 'write when it ends, e.g. start: "17:30" and end: "19:00"'],
    () => ['päättymisaika on sama kuin alkamisaika', 'kirjoita, milloin se päättyy, esim. start: "17:30" ja end: "19:00"'],
  ),
  'dateTime.type': both(
    (p) => [`expected a date and time, found ${p.value}`, 'write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-05T18:00"'],
    (p) => [`odotettiin päivämäärää ja kellonaikaa, löytyi ${p.value}`, 'kirjoita lainausmerkeissä päivämäärä, T-kirjain ja kellonaika, esim. "2026-12-05T18:00"'],
  ),
  'dateTime.format': both(
    (p) => [`${p.value} is not a date and time`, `write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "${p.suggestion ?? '2026-12-05T18:00'}"`],
    (p) => [`${p.value} ei ole päivämäärä ja kellonaika`, `kirjoita lainausmerkeissä päivämäärä, T-kirjain ja kellonaika, esim. "${p.suggestion ?? '2026-12-05T18:00'}"`],
  ),
  'dateTime.endBeforeStart': both(
    (p) => [`the end ${p.value} is not after the start`, 'check the date and the time of the end'],
    (p) => [`päättymisaika ${p.value} ei ole alkamisajan jälkeen`, 'tarkista päättymisen päivämäärä ja kellonaika'],
  ),
  'dateTime.gap': both(
    (p) => [`${p.value} does not exist in ${p.timezone}: the clocks go forward from 03:00 to 04:00 that night`, 'choose a time before 03:00 or from 04:00 on'],
    (p) => [`aikaa ${p.value} ei ole aikavyöhykkeellä ${p.timezone}: kelloja siirretään sinä yönä kello 3.00:sta 4.00:aan`, 'valitse aika ennen kello 3.00 tai kello 4.00 jälkeen'],
  ),
  'weekday.invalid': both(
    (p) => [`${p.value} is not a weekday`, p.suggestion ? `did you mean ${p.suggestion}? Weekdays: mon tue wed thu fri sat sun` : 'weekdays: mon tue wed thu fri sat sun'],
    (p) => [`${p.value} ei ole viikonpäivä`, p.suggestion ? `tarkoititko ${p.suggestion}? Viikonpäivät: mon tue wed thu fri sat sun` : 'viikonpäivät: mon tue wed thu fri sat sun (ma–su)'],
  ),
  'every.range': both(
    (p) => [`every: ${p.value} is out of range`, 'write 1 for every week or month, 2 for every second, and so on'],
    (p) => [`every: ${p.value} on sallitun alueen ulkopuolella`, 'kirjoita 1 (joka viikko tai kuukausi), 2 (joka toinen) ja niin edelleen'],
  ),
  'nth.invalid': both(
    (p) => [`${p.value} is not a position in the month`, 'write 1 (first), 2, 3, 4, 5, -1 (last) or -2 (second to last)'],
    (p) => [`${p.value} ei ole järjestysnumero kuukaudessa`, 'kirjoita 1 (ensimmäinen), 2, 3, 4, 5, -1 (viimeinen) tai -2 (toiseksi viimeinen)'],
  ),
  'schedule.type': both(
    (p) => [`${p.value} is not a schedule`, 'write a list of rules (- weekly: [tue] …), or { byAppointment: true }, or { alwaysOpen: true }'],
    (p) => [`${p.value} ei ole aikataulu`, 'kirjoita lista sääntöjä (- weekly: [tue] …) tai { byAppointment: true } tai { alwaysOpen: true }'],
  ),
  'schedule.rule': both(
    () => ['this schedule rule has no weekly:, monthly: or dates: field', 'start the rule with e.g. "- weekly: [tue]", "- monthly: { weekday: sat, nth: [1] }" or "- dates: [2026-12-05]"'],
    () => ['tästä aikataulusäännöstä puuttuu weekly:, monthly: tai dates:', 'aloita sääntö esim. "- weekly: [tue]", "- monthly: { weekday: sat, nth: [1] }" tai "- dates: [2026-12-05]"'],
  ),
  'schedule.notList': both(
    () => ['the schedule rules must be a list', 'start each rule with "- ", e.g. "  - weekly: [tue]" on the line below schedule:'],
    () => ['aikataulun sääntöjen pitää olla lista', 'aloita jokainen sääntö merkeillä "- ", esim. "  - weekly: [tue]" schedule:-rivin alle'],
  ),
  'schedule.flagTrue': both(
    () => ['this must be true', 'write { byAppointment: true } or { alwaysOpen: true }, or remove it'],
    () => ['arvon pitää olla true', 'kirjoita { byAppointment: true } tai { alwaysOpen: true } tai poista se'],
  ),
  'schedule.everyWithoutFrom': both(
    (p) => [`every: ${p.value} has no from: date, so it is not clear which weeks (or months) are meant`, 'add from: with the date of one meeting, e.g. from: 2026-09-01'],
    (p) => [`every: ${p.value} ilman from:-päivää: ei ole selvää, mitkä viikot (tai kuukaudet) tarkoitetaan`, 'lisää from: ja jonkin tapaamisen päivämäärä, esim. from: 2026-09-01'],
  ),
  'schedule.gap': both(
    (p) => [`on ${p.date} the time ${p.time} does not exist in ${p.timezone} (the clocks go forward); that occurrence is skipped`, 'move the start to before 03:00 or from 04:00 on, or add the date to except:'],
    (p) => [`${p.date} kellonaikaa ${p.time} ei ole aikavyöhykkeellä ${p.timezone} (kelloja siirretään eteenpäin); se kerta jätetään pois`, 'siirrä alkamisaika ennen kello 3.00 tai kello 4.00 jälkeen tai lisää päivä except:-listaan'],
  ),

  // Links and contact details
  'url.type': both(
    (p) => [`expected a web address, found ${p.value}`, 'write the full address, e.g. https://example.fi/ryhmat'],
    (p) => [`odotettiin verkko-osoitetta, löytyi ${p.value}`, 'kirjoita koko osoite, esim. https://example.fi/ryhmat'],
  ),
  'url.noScheme': both(
    (p) => [`${p.value} is not a full web address`, `write it with https:// in front: "https://${p.bare}"`],
    (p) => [`${p.value} ei ole täydellinen verkko-osoite`, `kirjoita alkuun https://: "https://${p.bare}"`],
  ),
  'url.invalid': both(
    (p) => [`${p.value} is not a valid web address`, 'copy the address from the browser\'s address bar, e.g. https://example.fi/ryhmat'],
    (p) => [`${p.value} ei ole kelvollinen verkko-osoite`, 'kopioi osoite selaimen osoiteriviltä, esim. https://example.fi/ryhmat'],
  ),
  'url.scheme': both(
    (p) => [`links starting with "${p.scheme}" are not allowed`, 'only https:// (or http://) web addresses can be used'],
    (p) => [`"${p.scheme}"-alkuisia linkkejä ei sallita`, 'vain https://- (tai http://-) alkuiset verkko-osoitteet kelpaavat'],
  ),
  'url.http': both(
    (p) => [`${p.value} is not a secure (https) address`, 'use https:// if the site supports it'],
    (p) => [`${p.value} ei ole suojattu (https) osoite`, 'käytä https://-osoitetta, jos sivusto tukee sitä'],
  ),
  'email.type': both(
    (p) => [`expected an e-mail address, found ${p.value}`, 'write e.g. info@example.fi'],
    (p) => [`odotettiin sähköpostiosoitetta, löytyi ${p.value}`, 'kirjoita esimerkiksi info@example.fi'],
  ),
  'email.format': both(
    (p) => [`${p.value} is not an e-mail address`, 'write e.g. info@example.fi (no spaces, one @)'],
    (p) => [`${p.value} ei ole sähköpostiosoite`, 'kirjoita esimerkiksi info@example.fi (ei välilyöntejä, yksi @)'],
  ),
  'phone.type': both(
    (p) => [`expected a phone number, found ${p.value}`, 'write it in quotes, e.g. "040 123 4567" or "+358 9 123 4567"'],
    (p) => [`odotettiin puhelinnumeroa, löytyi ${p.value}`, 'kirjoita se lainausmerkeissä, esim. "040 123 4567" tai "+358 9 123 4567"'],
  ),
  'phone.format': both(
    (p) => [`${p.value} is not a phone number`, 'write e.g. "040 123 4567", "09 123 4567", "+358 40 123 4567" or a service number "116 111"'],
    (p) => [`${p.value} ei ole puhelinnumero`, 'kirjoita esimerkiksi "040 123 4567", "09 123 4567", "+358 40 123 4567" tai palvelunumero "116 111"'],
  ),
  'businessId.type': both(
    (p) => [`expected a business ID, found ${p.value}`, 'write it in quotes as "1234567-8"'],
    (p) => [`odotettiin Y-tunnusta, löytyi ${p.value}`, 'kirjoita se lainausmerkeissä muodossa "1234567-8"'],
  ),
  'businessId.format': both(
    (p) => [`${p.value} is not a Finnish business ID`, 'write seven digits, a hyphen and the check digit: "1234567-8"'],
    (p) => [`${p.value} ei ole Y-tunnus`, 'kirjoita seitsemän numeroa, väliviiva ja tarkistusnumero: "1234567-8"'],
  ),
  'businessId.checkDigit': both(
    (p) => [`the check digit of business ID ${p.value} is wrong`, 'copy the ID from ytj.fi; a typo in one digit changes the check digit'],
    (p) => [`Y-tunnuksen ${p.value} tarkistusnumero on väärin`, 'kopioi tunnus ytj.fi-palvelusta; yksikin väärä numero muuttaa tarkistusnumeron'],
  ),

  // Places
  'county.type': both(
    (p) => [`expected a county code, found ${p.value}`, 'write a two-digit code in quotes, e.g. "13"'],
    (p) => [`odotettiin hyvinvointialueen koodia, löytyi ${p.value}`, 'kirjoita kaksinumeroinen koodi lainausmerkeissä, esim. "13"'],
  ),
  'county.format': both(
    (p) => [`${p.value} is not a county code`, 'write the two-digit code from content/taxonomies/wellbeing-counties.csv in quotes, e.g. "13"'],
    (p) => [`${p.value} ei ole hyvinvointialueen koodi`, 'kirjoita kaksinumeroinen koodi tiedostosta content/taxonomies/wellbeing-counties.csv lainausmerkeissä, esim. "13"'],
  ),
  'municipality.type': both(
    (p) => [`expected a municipality code, found ${p.value}`, 'write a three-digit code in quotes, e.g. "091"'],
    (p) => [`odotettiin kuntakoodia, löytyi ${p.value}`, 'kirjoita kolminumeroinen koodi lainausmerkeissä, esim. "091"'],
  ),
  'municipality.format': both(
    (p) => [`${p.value} is not a municipality code`, p.suggestion ? `did you mean "${p.suggestion}"? Codes are in content/taxonomies/municipalities.csv` : 'write the three-digit code from content/taxonomies/municipalities.csv in quotes, e.g. "091" (Helsinki)'],
    (p) => [`${p.value} ei ole kuntakoodi`, p.suggestion ? `tarkoititko "${p.suggestion}"? Koodit ovat tiedostossa content/taxonomies/municipalities.csv` : 'kirjoita kolminumeroinen koodi tiedostosta content/taxonomies/municipalities.csv lainausmerkeissä, esim. "091" (Helsinki)'],
  ),
  'postalCode.type': both(
    (p) => [`expected a postal code, found ${p.value}`, 'write five digits in quotes, e.g. "00100"'],
    (p) => [`odotettiin postinumeroa, löytyi ${p.value}`, 'kirjoita viisi numeroa lainausmerkeissä, esim. "00100"'],
  ),
  'postalCode.format': both(
    (p) => [`${p.value} is not a Finnish postal code`, 'write five digits in quotes, e.g. "00100"'],
    (p) => [`${p.value} ei ole suomalainen postinumero`, 'kirjoita viisi numeroa lainausmerkeissä, esim. "00100"'],
  ),
  'area.invalid': both(
    () => ['the area is not written in a known form', 'write { national: true }, { counties: ["13"] } or { municipalities: ["297"] }'],
    () => ['aluetta ei ole kirjoitettu tunnetussa muodossa', 'kirjoita { national: true }, { counties: ["13"] } tai { municipalities: ["297"] }'],
  ),
  'area.nationalTrue': both(
    () => ['national must be true', 'write { national: true }, or give counties or municipalities instead'],
    () => ['national-arvon pitää olla true', 'kirjoita { national: true } tai anna sen sijaan counties tai municipalities'],
  ),
  'area.outsideSite': both(
    (p) => [`county ${p.value} is outside the counties this directory covers (${p.counties})`, 'check the code, or ask the maintainers to add the county to site.yaml'],
    (p) => [`alue ${p.value} on tämän hakemiston alueiden (${p.counties}) ulkopuolella`, 'tarkista koodi tai pyydä ylläpitäjiä lisäämään alue site.yaml-tiedostoon'],
  ),
  'location.outsideArea': both(
    (p) => [`the location is in municipality ${p.value}, outside the entry's area`, 'add the municipality or its county to area:, or check the code'],
    (p) => [`toimipaikka on kunnassa ${p.value}, merkinnän alueen ulkopuolella`, 'lisää kunta tai sen hyvinvointialue area:-kenttään tai tarkista koodi'],
  ),
  'coordinates.type': both(
    (p) => [`expected [latitude, longitude], found ${p.value}`, 'write two decimal numbers, e.g. [62.8924, 27.6783]'],
    (p) => [`odotettiin [leveysaste, pituusaste], löytyi ${p.value}`, 'kirjoita kaksi desimaalilukua, esim. [62.8924, 27.6783]'],
  ),
  'coordinates.finland': both(
    (p) => [`[${p.latitude}, ${p.longitude}] is not in Finland`, 'write the latitude (59–70) first, then the longitude (19–31), e.g. [62.8924, 27.6783]'],
    (p) => [`[${p.latitude}, ${p.longitude}] ei ole Suomessa`, 'kirjoita ensin leveysaste (59–70) ja sitten pituusaste (19–31), esim. [62.8924, 27.6783]'],
  ),
  'coordinates.swapped': both(
    (p) => [`[${p.latitude}, ${p.longitude}] has the latitude and the longitude the wrong way round`, `write the latitude first: [${p.longitude}, ${p.latitude}]`],
    (p) => [`koordinaateissa [${p.latitude}, ${p.longitude}] leveys- ja pituusaste ovat väärin päin`, `kirjoita leveysaste ensin: [${p.longitude}, ${p.latitude}]`],
  ),
  'locations.required': both(
    () => ['the activity is in person (modes: in-person) but has no locations', 'add locations: with street, postalCode and municipality, or remove in-person from modes'],
    () => ['toiminta on paikan päällä (modes: in-person), mutta locations puuttuu', 'lisää locations: (street, postalCode, municipality) tai poista in-person modes-kentästä'],
  ),

  // Other fields
  'mode.invalid': both(
    (p) => [`${p.value} is not a way to take part`, p.suggestion ? `did you mean ${p.suggestion}? Allowed: in-person, online, phone, chat` : 'allowed: in-person, online, phone, chat'],
    (p) => [`${p.value} ei ole osallistumistapa`, p.suggestion ? `tarkoititko ${p.suggestion}? Sallitut: in-person, online, phone, chat` : 'sallitut: in-person, online, phone, chat'],
  ),
  'cost.invalid': both(
    (p) => [`${p.value} is not a cost`, `${p.suggestion ? `did you mean ${p.suggestion}? Write` : 'write'} free, membership, or { fee: "5 € / kerta" }`],
    (p) => [`${p.value} ei ole hintatieto`, `${p.suggestion ? `tarkoititko ${p.suggestion}? Kirjoita` : 'kirjoita'} free, membership tai { fee: "5 € / kerta" }`],
  ),
  'status.invalid': both(
    (p) => [`${p.value} is not a status`, p.suggestion ? `did you mean ${p.suggestion}? Allowed: ${p.allowed}` : `allowed: ${p.allowed}`],
    (p) => [`${p.value} ei ole tila`, p.suggestion ? `tarkoititko ${p.suggestion}? Sallitut: ${p.allowed}` : `sallitut: ${p.allowed}`],
  ),
  'age.range': both(
    (p) => [`${p.value} is not an age between 0 and 120`, 'write a whole number of years'],
    (p) => [`${p.value} ei ole ikä väliltä 0–120`, 'kirjoita ikä kokonaislukuna'],
  ),
  'age.order': both(
    (p) => [`the oldest age (ageMax: ${p.ageMax}) is below the youngest (ageMin: ${p.ageMin})`, 'swap the two ages'],
    (p) => [`yläikäraja (ageMax: ${p.ageMax}) on pienempi kuin alaikäraja (ageMin: ${p.ageMin})`, 'vaihda iät keskenään'],
  ),
  'siteLanguage.invalid': both(
    (p) => [`${p.value} is not a user-interface language`, 'use fi, sv and en'],
    (p) => [`${p.value} ei ole käyttöliittymän kieli`, 'käytä kieliä fi, sv ja en'],
  ),
  'timezone.invalid': both(
    (p) => [`${p.value} is not a time zone`, 'write an IANA time zone, e.g. Europe/Helsinki'],
    (p) => [`${p.value} ei ole aikavyöhyke`, 'kirjoita IANA-aikavyöhyke, esim. Europe/Helsinki'],
  ),
  'site.counties': both(
    (p) => [`${p.value} is not a list of counties`, 'write all, or a list of county codes: ["13", "90"]'],
    (p) => [`${p.value} ei ole lista hyvinvointialueista`, 'kirjoita all tai lista alueiden koodeja: ["13", "90"]'],
  ),
  'staleAfterMonths.range': both(
    (p) => [`${p.value} months is out of range`, 'write a number of months from 1 to 60, e.g. 12'],
    (p) => [`${p.value} kuukautta on sallitun alueen ulkopuolella`, 'kirjoita kuukausien määrä väliltä 1–60, esim. 12'],
  ),
  'ptv.format': both(
    (p) => [`${p.value} is not a PTV life-event code`, 'write a code such as KE5'],
    (p) => [`${p.value} ei ole PTV-elämäntilannekoodi`, 'kirjoita koodi kuten KE5'],
  ),
  'taxonomy.list': both(
    () => ['a code list must be a list of terms', 'start each term with "- code: …" followed by name: { fi, sv, en }'],
    () => ['koodiston pitää olla lista termejä', 'aloita jokainen termi rivillä "- code: …" ja lisää name: { fi, sv, en }'],
  ),
  'taxonomy.duplicate': both(
    (p) => [`the code ${p.value} is used twice in this list`, 'give each term its own code'],
    (p) => [`koodia ${p.value} on käytetty listassa kahdesti`, 'anna jokaiselle termille oma koodi'],
  ),
  'csv.header': both(
    (p) => [`the first line must be the header "${p.expected}"`, 'copy the file again from ../shared/reference/'],
    (p) => [`ensimmäisen rivin pitää olla otsikkorivi "${p.expected}"`, 'kopioi tiedosto uudelleen kansiosta ../shared/reference/'],
  ),
  'csv.row': both(
    (p) => [`this row is not valid: ${p.reason}`, 'check the row against the header'],
    (p) => [`rivi ei kelpaa: ${p.reason}`, 'vertaa riviä otsikkoriviin'],
  ),

  // Warnings
  'entry.stale': both(
    (p) => [`last verified on ${p.value}, more than ${p.months} months ago`, 'ask the organisation to check the entry and update verified: to today'],
    (p) => [`tarkistettu viimeksi ${p.value}, yli ${p.months} kuukautta sitten`, 'pyydä järjestöä tarkistamaan merkintä ja päivittämään verified: tähän päivään'],
  ),
  'event.past': both(
    (p) => [`the event ended on ${p.value} and is no longer listed`, 'delete the file when it is no longer needed'],
    (p) => [`tapahtuma päättyi ${p.value}, eikä sitä enää näytetä listoilla`, 'poista tiedosto, kun sitä ei enää tarvita'],
  ),
};

// Swedish, for the form's Swedish pages and `--lang sv`. A code without a Swedish text falls back
// to English.
const EXPECTED_SV: Record<string, string> = {
  text: 'text',
  'a number': 'ett tal',
  'a whole number': 'ett heltal',
  'true or false': 'true eller false',
  'a list': 'en lista',
  'fields written as "key: value" on the lines below': 'fält skrivna som "nyckel: värde" på raderna nedanför',
  'fields written as "key: value"': 'fält skrivna som "nyckel: värde"',
  true: 'true',
};

const swedish: Record<string, Text> = {
  // Reading the file
  'file.encoding': () => ['filen är inte giltig UTF-8-text', 'spara den som UTF-8 (i de flesta redigerare: "Spara med kodning" → UTF-8)'],
  'file.empty': () => ['filen är tom', 'skriv postens fält, till exempel name: och summary:'],
  'file.notMapping': () => ['filen ska innehålla fält skrivna som "nyckel: värde"', 'börja varje fält på en egen rad: name: Kamratstödsgrupp'],
  'file.unknownPath': (p) => [`filen hör inte till innehållets struktur (${p.expected})`, 'flytta, byt namn på eller ta bort filen — se "Content guide" i README.md'],
  'file.extension': (p) => [`filerna här ska sluta på ${p.expected}`, `byt namn så att filen slutar på ${p.expected}`],
  'file.mdx': () => ['MDX kan köra kod, så organisationernas poster ska vara .yaml eller .md', 'byt filändelsen till .md (Markdown) eller .yaml'],
  'file.symlink': () => ['symboliska länkar är inte tillåtna i content/', 'ersätt länken med själva filen'],
  'file.tooLarge': (p) => [`filen är ${p.size} kB; högst ${p.limit} kB är tillåtet`, 'förkorta beskrivningen eller dela upp posten'],
  'file.id': (p) => [`"${p.value}" är inte ett giltigt id`, `använd små bokstäver a–z, siffror och enstaka bindestreck, till exempel "${p.suggestion}"`],
  'file.duplicateId': (p) => [`id:t "${p.value}" används redan av ${p.other}`, 'ge den ena filen ett annat namn (stora och små bokstäver räknas som samma)'],
  'file.missing': (p) => [`${p.what} saknas`, `lägg till ${p.what}: se "Content guide" i README.md`],
  'md.frontMatter': () => ['en .md-fil ska börja med fält mellan två "---"-rader', 'skriv "---" på första raden, sedan fälten, sedan "---" och därefter beskrivningen'],
  'md.descriptionTwice': () => ['beskrivningen finns både som fält och som text efter fälten', 'behåll bara den ena: ta bort fältet description: eller texten efter den andra "---"-raden'],

  // YAML syntax
  'yaml.anchor': () => ['YAML-ankare och -alias (&namn, *namn) är inte tillåtna', 'skriv ut värdet i sin helhet där det behövs'],
  'yaml.merge': () => ['YAML-sammanslagningsnycklar (<<) är inte tillåtna', 'skriv ut fälten i sin helhet'],
  'yaml.tag': (p) => [`YAML-taggar som ${p.tag ?? '!tag'} är inte tillåtna`, 'ta bort taggen; sätt värdet inom citattecken om det ska förbli text'],
  'yaml.duplicateKey': () => ['fältet är skrivet två gånger', 'behåll bara den ena raden'],
  'yaml.multipleDocuments': () => ['filen innehåller flera YAML-dokument (en "---"-rad i mitten)', 'ta bort den extra "---"-raden; en fil innehåller en post'],
  'yaml.indentation': () => ['indraget är fel här', 'dra in underfält två mellanslag mer än raden ovanför, och listpunkter ("- ") på samma sätt'],
  'yaml.tab': () => ['ett tabbtecken används för indrag', 'dra in med mellanslag (två per nivå), inte med tabbar'],
  'yaml.depth': () => ['fälten är inbäddade i för många nivåer', 'kontrollera indragen'],
  'yaml.mapping': () => ['raden är inte ett par "nyckel: värde"', 'kontrollera om ":" saknas eller om värdet innehåller ": " och behöver citattecken, t.ex. note: "Obs: ingång från gården"'],
  'yaml.colonInValue': (p) => [`texten efter "${p.key}:" innehåller ": ", som YAML läser som början på ett nytt fält`, `sätt texten inom citattecken: ${p.key}: ${p.quoted}`],
  'yaml.textAfterQuote': (p) => [`det finns mer text efter det avslutande citattecknet i "${p.key}:"`, `sätt hela texten inom citattecknen: ${p.key}: ${p.quoted}`],
  'yaml.reservedStart': (p) => [`en text kan inte börja med ${p.character} utan citattecken`, `sätt texten inom citattecken: ${p.key}: ${p.quoted}`],
  'yaml.escape': () => ['ett omvänt snedstreck (\\) inom "citattecken" måste inleda ett känt specialtecken som \\n', "använd apostrofer i stället, t.ex. note: 'C:\\mapp', eller skriv snedstrecket två gånger (\\\\)"],
  'yaml.unclosedQuote': () => ['en text inom citattecken avslutas inte', 'lägg till det avslutande citattecknet " i slutet av texten'],
  'yaml.flow': () => ['en lista inom [ ] eller en grupp inom { } avslutas inte, eller så saknas ett kommatecken', 'skriv t.ex. [tue, thu] eller { fi: Teksti, sv: Text }'],
  'yaml.syntax': (p) => [`YAML-texten kan inte läsas: ${p.reason}`, 'kontrollera citattecken, kolon och indrag på den här och föregående rad'],

  // Fields in general
  'field.required': (p) => [`det obligatoriska fältet "${p.field}" saknas`, p.example ? `lägg till det, t.ex. ${p.field}: ${p.example}` : `lägg till ${p.field}:`],
  'field.unknown': (p) => [`"${p.field}" är inte ett känt fält här`, p.suggestion ? `menade du "${p.suggestion}"?` : `kända fält: ${p.known}`],
  'value.type': (p) => [`förväntade ${EXPECTED_SV[p.expected ?? ''] ?? p.expected}, hittade ${p.value}`, p.example ? `skriv t.ex. ${p.example}` : ''],
  'value.unknown': (p) => [`${p.value} är inte ett av de tillåtna värdena`, p.suggestion ? `menade du ${p.suggestion}? Tillåtna: ${p.allowed}` : `tillåtna: ${p.allowed}`],
  'value.invalid': (p) => [`${p.value} duger inte här`, p.expected ? `förväntade ${EXPECTED_SV[p.expected] ?? p.expected}` : ''],
  'number.tooSmall': (p) => [`${p.value} är för litet; det minsta tillåtna är ${p.minimum}`],
  'number.tooBig': (p) => [`${p.value} är för stort; det största tillåtna är ${p.maximum}`],
  'text.type': (p) => [`förväntade text, hittade ${p.value}`, 'skriv texten efter kolonet, eller en text per språk: { fi: "…", sv: "…" }'],
  'text.empty': () => ['texten är tom', 'skriv texten, eller ta bort fältet om det är frivilligt'],
  'text.emptyMap': () => ['ingen text finns på något språk', 'skriv t.ex. { fi: "Teksti suomeksi" }'],
  'text.tooLong': (p) => [`texten är ${p.length} tecken; högst ${p.maximum} är tillåtet`, 'förkorta den; den längre berättelsen hör till beskrivningen (description)'],
  'text.defaultLanguage': (p) => [`texten saknas på webbplatsens huvudspråk (${p.language})`, `lägg till ${p.language}: "…"`],
  'text.unknownLanguage': (p) => [`"${p.language}" är inte ett av webbplatsens språk (${p.languages}), så texten visas aldrig`, 'kontrollera språkkoden'],
  'list.type': (p) => [`förväntade en lista, hittade ${p.value}`, 'skriv en lista inom hakparenteser, t.ex. [fi, sv], eller en "- punkt" per rad'],
  'list.empty': () => ['listan är tom', 'lägg till minst en punkt'],
  'list.duplicate': (p) => [`${p.value} finns två gånger i listan`, 'ta bort upprepningen'],
  'boolean.type': (p) => [`förväntade true eller false, hittade ${p.value}`, 'skriv true eller false utan citattecken'],
  'integer.type': (p) => [`förväntade ett heltal, hittade ${p.value}`, 'skriv ett tal utan citattecken, t.ex. 2'],

  // Ids and codes
  'id.type': (p) => [`förväntade ett id, hittade ${p.value}`, 'skriv postens filnamn utan filändelse, t.ex. mieli-kuopio'],
  'id.tooLong': () => ['id:t är längre än 80 tecken', 'välj ett kortare namn'],
  'id.format': (p) => [`${p.value} är inte ett giltigt id`, `använd små bokstäver a–z, siffror och bindestreck, t.ex. "${p.suggestion}"`],
  'code.type': (p) => [`förväntade en kod, hittade ${p.value}`, 'skriv en kod från content/taxonomies/, t.ex. loneliness'],
  'code.format': (p) => [`${p.value} är inte en kod`, 'koder är små bokstäver sammanfogade med bindestreck, t.ex. peer-support-group'],
  'ref.term': (p) => [`${p.value} är inte en kod i ${p.taxonomy}`, p.suggestion ? `menade du "${p.suggestion}"?` : `se koderna i content/taxonomies/${p.taxonomy}`],
  'ref.county': (p) => [`${p.value} är inte en kod för ett välfärdsområde`, p.suggestion ? `menade du "${p.suggestion}"? Koderna finns i content/taxonomies/wellbeing-counties.csv` : 'använd en kod från content/taxonomies/wellbeing-counties.csv, t.ex. "13" eller "90"'],
  'ref.municipality': (p) => [`${p.value} är inte en kommunkod`, 'använd den tresiffriga koden från content/taxonomies/municipalities.csv, t.ex. "091" för Helsingfors'],
  'ref.organisation': (p) => [`organisationen "${p.value}" finns inte (content/organisations/${p.value}.yaml)`, p.suggestion ? `menade du "${p.suggestion}"?` : 'lägg först till organisationen, eller flytta filen till en befintlig organisations mapp'],
  'ref.partner': (p) => [`organisationen "${p.value}" finns inte`, p.suggestion ? `menade du "${p.suggestion}"?` : 'använd filnamnet på en organisation i content/organisations/'],
  'ref.activity': (p) => [`organisationen har ingen verksamhet "${p.value}"`, p.suggestion ? `menade du "${p.suggestion}"?` : `använd filnamnet på en verksamhet i content/activities/${p.org}/`],
  'language.type': (p) => [`förväntade en språkkod, hittade ${p.value}`, 'skriv t.ex. fi, sv, en eller fse'],
  'language.format': (p) => [`${p.value} är inte en språkkod`, p.suggestion ? `skriv koden, t.ex. ${p.suggestion}` : 'skriv en kod som fi, sv, en, se, fse, ru eller ar'],

  // Dates and times
  'date.type': (p) => [`förväntade ett datum, hittade ${p.value}`, 'skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-09-01'],
  'date.format': (p) => [`${p.value} är inte ett datum i formen ÅÅÅÅ-MM-DD`, `skriv ${p.suggestion ?? '2026-09-01'}`],
  'date.notReal': (p) => [`${p.value} är inte ett datum i kalendern`, 'kontrollera dagen och månaden'],
  'date.untilBeforeFrom': (p) => [`slutdatumet (until) ${p.value} är före startdatumet (from)`, 'byt plats på datumen eller rätta det ena'],
  'time.type': (p) => [`${p.value} är inte en tid`, `skriv tiden inom citattecken som TT:MM, t.ex. "${p.suggestion ?? '17:30'}"`],
  'time.format': (p) => [`${p.value} är inte en tid`, `skriv tiden inom citattecken som TT:MM, t.ex. "${p.suggestion ?? '17:30'}"`],
  'time.endEqualsStart': () => ['sluttiden är samma som starttiden', 'skriv när det slutar, t.ex. start: "17:30" och end: "19:00"'],
  'dateTime.type': (p) => [`förväntade datum och tid, hittade ${p.value}`, 'skriv inom citattecken som "ÅÅÅÅ-MM-DDTTT:MM", t.ex. "2026-12-05T18:00"'],
  'dateTime.format': (p) => [`${p.value} är inte ett datum med tid`, `skriv inom citattecken som "ÅÅÅÅ-MM-DDTTT:MM", t.ex. "${p.suggestion ?? '2026-12-05T18:00'}"`],
  'dateTime.endBeforeStart': (p) => [`slutet ${p.value} är inte efter starten`, 'kontrollera slutets datum och tid'],
  'dateTime.gap': (p) => [`${p.value} finns inte i tidszonen ${p.timezone}: klockan flyttas fram från 03.00 till 04.00 den natten`, 'välj en tid före 03.00 eller från 04.00'],
  'weekday.invalid': (p) => [`${p.value} är inte en veckodag`, p.suggestion ? `menade du ${p.suggestion}? Veckodagar: mon tue wed thu fri sat sun` : 'veckodagar: mon tue wed thu fri sat sun (må–sö)'],
  'every.range': (p) => [`every: ${p.value} är utanför det tillåtna området`, 'skriv 1 för varje vecka eller månad, 2 för varannan och så vidare'],
  'nth.invalid': (p) => [`${p.value} är inte en plats i månaden`, 'skriv 1 (första), 2, 3, 4, 5, -1 (sista) eller -2 (näst sista)'],
  'schedule.type': (p) => [`${p.value} är inte ett schema`, 'skriv en lista med regler (- weekly: [tue] …), eller { byAppointment: true }, eller { alwaysOpen: true }'],
  'schedule.rule': () => ['schemaregeln har inget weekly:, monthly: eller dates:', 'börja regeln med t.ex. "- weekly: [tue]", "- monthly: { weekday: sat, nth: [1] }" eller "- dates: [2026-12-05]"'],
  'schedule.notList': () => ['schemats regler ska vara en lista', 'börja varje regel med "- ", t.ex. "  - weekly: [tue]" på raden under schedule:'],
  'schedule.flagTrue': () => ['värdet ska vara true', 'skriv { byAppointment: true } eller { alwaysOpen: true }, eller ta bort det'],
  'schedule.everyWithoutFrom': (p) => [`every: ${p.value} har inget from:-datum, så det framgår inte vilka veckor (eller månader) som avses`, 'lägg till from: med datumet för en träff, t.ex. from: 2026-09-01'],
  'schedule.gap': (p) => [`den ${p.date} finns tiden ${p.time} inte i tidszonen ${p.timezone} (klockan flyttas fram); det tillfället hoppas över`, 'flytta starten till före 03.00 eller från 04.00, eller lägg till datumet i except:'],

  // Links and contact details
  'url.type': (p) => [`förväntade en webbadress, hittade ${p.value}`, 'skriv hela adressen, t.ex. https://example.fi/grupper'],
  'url.noScheme': (p) => [`${p.value} är inte en fullständig webbadress`, `skriv den med https:// först: "https://${p.bare}"`],
  'url.invalid': (p) => [`${p.value} är inte en giltig webbadress`, 'kopiera adressen från webbläsarens adressfält, t.ex. https://example.fi/grupper'],
  'url.scheme': (p) => [`länkar som börjar med "${p.scheme}" är inte tillåtna`, 'bara webbadresser som börjar med https:// (eller http://) duger'],
  'url.http': (p) => [`${p.value} är inte en skyddad (https) adress`, 'använd https:// om webbplatsen stöder det'],
  'email.type': (p) => [`förväntade en e-postadress, hittade ${p.value}`, 'skriv t.ex. info@example.fi'],
  'email.format': (p) => [`${p.value} är inte en e-postadress`, 'skriv t.ex. info@example.fi (inga mellanslag, ett @)'],
  'phone.type': (p) => [`förväntade ett telefonnummer, hittade ${p.value}`, 'skriv det inom citattecken, t.ex. "040 123 4567" eller "+358 9 123 4567"'],
  'phone.format': (p) => [`${p.value} är inte ett telefonnummer`, 'skriv t.ex. "040 123 4567", "09 123 4567", "+358 40 123 4567" eller ett servicenummer "116 111"'],
  'businessId.type': (p) => [`förväntade ett FO-nummer, hittade ${p.value}`, 'skriv det inom citattecken som "1234567-8"'],
  'businessId.format': (p) => [`${p.value} är inte ett finländskt FO-nummer`, 'skriv sju siffror, ett bindestreck och kontrollsiffran: "1234567-8"'],
  'businessId.checkDigit': (p) => [`kontrollsiffran i FO-numret ${p.value} är fel`, 'kopiera numret från ytj.fi; en felskriven siffra ändrar kontrollsiffran'],

  // Places
  'county.type': (p) => [`förväntade en kod för ett välfärdsområde, hittade ${p.value}`, 'skriv en tvåsiffrig kod inom citattecken, t.ex. "13"'],
  'county.format': (p) => [`${p.value} är inte en kod för ett välfärdsområde`, 'skriv den tvåsiffriga koden från content/taxonomies/wellbeing-counties.csv inom citattecken, t.ex. "13"'],
  'municipality.type': (p) => [`förväntade en kommunkod, hittade ${p.value}`, 'skriv en tresiffrig kod inom citattecken, t.ex. "091"'],
  'municipality.format': (p) => [`${p.value} är inte en kommunkod`, p.suggestion ? `menade du "${p.suggestion}"? Koderna finns i content/taxonomies/municipalities.csv` : 'skriv den tresiffriga koden från content/taxonomies/municipalities.csv inom citattecken, t.ex. "091" (Helsingfors)'],
  'postalCode.type': (p) => [`förväntade ett postnummer, hittade ${p.value}`, 'skriv fem siffror inom citattecken, t.ex. "00100"'],
  'postalCode.format': (p) => [`${p.value} är inte ett finländskt postnummer`, 'skriv fem siffror, t.ex. "00100"'],
  'area.invalid': () => ['området är inte skrivet i en känd form', 'skriv { national: true }, { counties: ["13"] } eller { municipalities: ["297"] }'],
  'area.nationalTrue': () => ['national ska vara true', 'skriv { national: true }, eller ange counties eller municipalities i stället'],
  'area.outsideSite': (p) => [`välfärdsområde ${p.value} ligger utanför de områden katalogen täcker (${p.counties})`, 'kontrollera koden, eller be administratörerna lägga till området i site.yaml'],
  'location.outsideArea': (p) => [`platsen ligger i kommun ${p.value}, utanför postens område`, 'lägg till kommunen eller dess välfärdsområde i området (area), eller kontrollera koden'],
  'coordinates.type': (p) => [`förväntade [latitud, longitud], hittade ${p.value}`, 'skriv två decimaltal, t.ex. [62.8924, 27.6783]'],
  'coordinates.finland': (p) => [`${p.value} ligger inte i Finland`, 'skriv latituden först och sedan longituden, t.ex. [62.8924, 27.6783]'],
  'coordinates.swapped': (p) => [`i [${p.latitude}, ${p.longitude}] är latitud och longitud omkastade`, `skriv latituden först: [${p.longitude}, ${p.latitude}]`],
  'locations.required': () => ['verksamheten sker på plats (in-person) men har ingen plats', 'lägg till en plats med gatuadress, postnummer och kommun, eller ta bort in-person'],

  // Other fields
  'mode.invalid': (p) => [`${p.value} är inte ett sätt att delta`, p.suggestion ? `menade du ${p.suggestion}? Tillåtna: in-person, online, phone, chat` : 'tillåtna: in-person, online, phone, chat'],
  'cost.invalid': (p) => [`${p.value} är inte en kostnad`, 'skriv free, membership eller { fee: "5 € / gång" }'],
  'status.invalid': (p) => [`${p.value} är inte en status`, `tillåtna: ${p.allowed}`],
  'age.range': (p) => [`${p.value} är inte en ålder mellan 0 och 120`, 'skriv åldern i hela år'],
  'age.order': (p) => [`den högsta åldern ${p.value} är lägre än den lägsta`, 'byt plats på åldrarna'],
  'siteLanguage.invalid': (p) => [`${p.value} är inte ett språk för användargränssnittet`, 'använd fi, sv och en'],
  'timezone.invalid': (p) => [`${p.value} är inte en tidszon`, 'skriv en IANA-tidszon, t.ex. Europe/Helsinki'],
  'site.counties': (p) => [`${p.value} är inte en lista med välfärdsområden`, 'skriv all, eller en lista med koder: ["13", "90"]'],
  'staleAfterMonths.range': (p) => [`${p.value} månader är utanför det tillåtna området`, 'skriv ett antal månader mellan 1 och 60, t.ex. 12'],
  'ptv.format': (p) => [`${p.value} är inte en PTV-kod för livssituationer`, 'skriv en kod som KE5'],
  'taxonomy.list': () => ['en kodlista ska vara en lista med termer', 'börja varje term med "- code: …" och lägg till name: { fi, sv, en }'],
  'taxonomy.duplicate': (p) => [`koden ${p.value} används två gånger i listan`, 'ge varje term en egen kod'],
  'csv.header': (p) => [`första raden ska vara rubrikraden "${p.expected}"`, 'kopiera filen på nytt från ../shared/reference/'],
  'csv.row': (p) => [`raden duger inte: ${p.reason}`, 'jämför raden med rubrikraden'],

  // Warnings
  'entry.stale': (p) => [`senast kontrollerad ${p.value}, för mer än ${p.months} månader sedan`, 'be organisationen kontrollera posten och uppdatera verified: till dagens datum'],
  'event.past': (p) => [`evenemanget slutade ${p.value} och visas inte längre`, 'ta bort filen när den inte längre behövs'],
};

export interface RenderedMessage {
  message: string;
  hint?: string;
}

/** The message and hint for a problem code, in English, Finnish or Swedish. */
export function renderMessage(code: string, params: Params, language: MessageLanguage = 'en'): RenderedMessage {
  const entry = messages[code];
  if (!entry) return { message: params.fallback ?? code };
  const render = language === 'sv' ? (swedish[code] ?? entry.en) : entry[language];
  const [message, hint] = render(params);
  return hint ? { message, hint } : { message };
}

/** True when `code` has a message (used by tests to prove every code is explained). */
export function hasMessage(code: string): boolean {
  return code in messages;
}

export const MESSAGE_CODES = Object.keys(messages);
