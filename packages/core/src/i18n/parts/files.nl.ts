/** Dutch messages of reading a file's bytes and of writing a document; must have every key of files.en.ts. */
import type { filesEn } from './files.en.js';

export const filesNl: Record<keyof typeof filesEn, string> = {
  'read.encoding':
    'Het bestand is geen UTF-8-tekst. Sla het op als UTF-8 (of UTF-16 met een byte-order mark) en open het opnieuw.',
  'read.encodingUtf16': 'Het bestand begint als UTF-16-tekst maar is geen geldige UTF-16.',
  'read.svgWithoutDocument':
    'Deze afbeelding bevat geen Kring-kaart. Een SVG kan alleen in Kring worden geopend als hij is geëxporteerd met "Kaart later weer openen in Kring".',
  'read.write.tooLarge':
    'Deze kaart is te groot om op te slaan: zelfs zonder spaties is ze {size} bytes, en Kring leest hoogstens 20 MiB (20.971.520 bytes). Verwijder personen, notities of momentopnamen en sla opnieuw op.',
  'read.write.tooManyEntities':
    'Deze kaart heeft te veel onderdelen om op te slaan ({count}; Kring leest er hoogstens {limit}).',
  'read.write.notJson':
    'Deze kaart kan niet worden opgeslagen: bij {path} staat een waarde die JSON niet kan bewaren (een functie, NaN, oneindig, een datum of iets dergelijks).',
  'read.write.forbiddenKey':
    'Deze kaart kan niet worden opgeslagen: de sleutel "{key}" bij {path} is niet toegestaan.',
  'read.write.tooDeep': 'Deze kaart kan niet worden opgeslagen: ze is meer dan {limit} niveaus diep genest.',
};
