import type { Messages } from '../i18n/types';
import type { AttachmentCode } from './types';

/**
 * Texts for attachment findings. Each is one sentence about the file itself;
 * the caller says which attachment ("Vedlegget «x»: ...").
 */
export const attachmentMessages = {
  nb: {
    'attachment.pdf.unsigned': 'PDF-en er ikke signert.',
    'attachment.pdf.empty-field': 'PDF-en har et signaturfelt som ikke er signert.',
    'attachment.pdf.placeholder': 'PDF-en er klargjort for signering, men er ikke signert.',
    'attachment.pdf.modified-after-signing':
      'PDF-en er endret etter at den ble signert, så signaturen gjelder ikke lenger hele dokumentet.',
    'attachment.pdf.timestamp-only': 'PDF-en har bare et tidsstempel, ingen underskrift.',
    'attachment.pdf.usage-rights-only':
      'PDF-en har bare en teknisk signatur som låser opp funksjoner i Adobe Reader, ingen underskrift.',
    'attachment.draft.revisions':
      'Dokumentet har sporede endringer som ikke er godtatt eller avvist ({count}).',
    'attachment.draft.comments': 'Dokumentet inneholder kommentarer ({count}).',
    'attachment.draft.status': 'Dokumentet har statusen «{value}» i dokumentegenskapene.',
    'attachment.draft.watermark': 'Dokumentet har vannmerket «{text}».',
    'attachment.sensitivity-label': 'Dokumentet er merket med følsomhetsetiketten «{name}».',
    'attachment.risky.executable':
      'Filen er et program ({type}) som kan skade datamaskinen hvis det åpnes.',
    'attachment.risky.script': 'Filen er et skript ({type}) som kjører kode når det åpnes.',
    'attachment.risky.macro': 'Filen kan inneholde makroer ({type}) som kjører kode når den åpnes.',
    'attachment.risky.archive':
      'Filen er en komprimert mappe ({type}) som kan skjule skadelig innhold.',
    'attachment.risky.disk-image':
      'Filen er et diskbilde ({type}), en vanlig måte å smugle inn skadelige programmer på.',
    'attachment.risky.html':
      'Filen er en nettside ({type}) som kan inneholde skript eller falske påloggingsskjemaer.',
    'attachment.risky.double-extension':
      'Filnavnet ser ut til å slutte på .{shown}, men filen er egentlig .{real}.',
    'attachment.risky.rtl-override':
      'Filnavnet inneholder et skjult tegn som snur teksten; den egentlige filtypen er .{real}.',
    'attachment.risky.blocked-type':
      'Filen er av en type ({type}) som Outlook stopper fordi den kan starte programmer, koble til andre datamaskiner eller endre innstillinger.',
    'attachment.encrypted': 'Filen er passordbeskyttet ({format}) og kan ikke kontrolleres.',
    'attachment.zip-bomb':
      'Filen pakker seg ut til en urimelig stor mengde data (zip-bombe) og ble ikke pakket ut.',
    'attachment.truncated': 'Filen er ufullstendig eller skadet.',
    'attachment.too-large': 'Bare {limitMb} MB av filen ble kontrollert; resten ble ikke lest.',
    'attachment.unreadable': 'Filen kunne ikke leses, så innholdet er ikke kontrollert.',
    'attachment.not-inspected':
      'Vedlegget ble ikke kontrollert ({reason}). Se selv over det før du sender.',
  },
  nn: {
    'attachment.pdf.unsigned': 'PDF-en er ikkje signert.',
    'attachment.pdf.empty-field': 'PDF-en har eit signaturfelt som ikkje er signert.',
    'attachment.pdf.placeholder': 'PDF-en er klargjord for signering, men er ikkje signert.',
    'attachment.pdf.modified-after-signing':
      'PDF-en er endra etter at han blei signert, så signaturen gjeld ikkje lenger heile dokumentet.',
    'attachment.pdf.timestamp-only': 'PDF-en har berre eit tidsstempel, inga underskrift.',
    'attachment.pdf.usage-rights-only':
      'PDF-en har berre ein teknisk signatur som låser opp funksjonar i Adobe Reader, inga underskrift.',
    'attachment.draft.revisions':
      'Dokumentet har spora endringar som ikkje er godtekne eller avviste ({count}).',
    'attachment.draft.comments': 'Dokumentet inneheld kommentarar ({count}).',
    'attachment.draft.status': 'Dokumentet har statusen «{value}» i dokumenteigenskapane.',
    'attachment.draft.watermark': 'Dokumentet har vassmerket «{text}».',
    'attachment.sensitivity-label': 'Dokumentet er merkt med følsemdsetiketten «{name}».',
    'attachment.risky.executable':
      'Fila er eit program ({type}) som kan skade datamaskina om det blir opna.',
    'attachment.risky.script': 'Fila er eit skript ({type}) som køyrer kode når det blir opna.',
    'attachment.risky.macro':
      'Fila kan innehalde makroar ({type}) som køyrer kode når ho blir opna.',
    'attachment.risky.archive':
      'Fila er ei komprimert mappe ({type}) som kan skjule skadeleg innhald.',
    'attachment.risky.disk-image':
      'Fila er eit diskbilete ({type}), ein vanleg måte å smugle inn skadelege program på.',
    'attachment.risky.html':
      'Fila er ei nettside ({type}) som kan innehalde skript eller falske innloggingsskjema.',
    'attachment.risky.double-extension':
      'Filnamnet ser ut til å slutte på .{shown}, men fila er eigentleg .{real}.',
    'attachment.risky.rtl-override':
      'Filnamnet inneheld eit skjult teikn som snur teksten; den eigentlege filtypen er .{real}.',
    'attachment.risky.blocked-type':
      'Fila er av ein type ({type}) som Outlook stoppar fordi ho kan starte program, kople til andre datamaskiner eller endre innstillingar.',
    'attachment.encrypted': 'Fila er passordverna ({format}) og kan ikkje kontrollerast.',
    'attachment.zip-bomb':
      'Fila pakkar seg ut til ei urimeleg stor datamengd (zip-bombe) og blei ikkje pakka ut.',
    'attachment.truncated': 'Fila er ufullstendig eller skadd.',
    'attachment.too-large': 'Berre {limitMb} MB av fila blei kontrollert; resten blei ikkje lesen.',
    'attachment.unreadable': 'Fila kunne ikkje lesast, så innhaldet er ikkje kontrollert.',
    'attachment.not-inspected':
      'Vedlegget blei ikkje kontrollert ({reason}). Sjå sjølv over det før du sender.',
  },
  sv: {
    'attachment.pdf.unsigned': 'PDF-filen är inte signerad.',
    'attachment.pdf.empty-field': 'PDF-filen har ett signaturfält som inte är signerat.',
    'attachment.pdf.placeholder': 'PDF-filen är förberedd för signering men har inte signerats.',
    'attachment.pdf.modified-after-signing':
      'PDF-filen har ändrats efter att den signerades, så signaturen gäller inte längre hela dokumentet.',
    'attachment.pdf.timestamp-only': 'PDF-filen har bara en tidsstämpel, ingen underskrift.',
    'attachment.pdf.usage-rights-only':
      'PDF-filen har bara en teknisk signatur som låser upp funktioner i Adobe Reader, ingen underskrift.',
    'attachment.draft.revisions':
      'Dokumentet har spårade ändringar som inte har godkänts eller avvisats ({count}).',
    'attachment.draft.comments': 'Dokumentet innehåller kommentarer ({count}).',
    'attachment.draft.status': 'Dokumentet har statusen ”{value}” i dokumentegenskaperna.',
    'attachment.draft.watermark': 'Dokumentet har vattenstämpeln ”{text}”.',
    'attachment.sensitivity-label': 'Dokumentet är märkt med känslighetsetiketten ”{name}”.',
    'attachment.risky.executable':
      'Filen är ett program ({type}) som kan skada datorn om det öppnas.',
    'attachment.risky.script': 'Filen är ett skript ({type}) som kör kod när det öppnas.',
    'attachment.risky.macro': 'Filen kan innehålla makron ({type}) som kör kod när den öppnas.',
    'attachment.risky.archive':
      'Filen är en komprimerad mapp ({type}) som kan dölja skadligt innehåll.',
    'attachment.risky.disk-image':
      'Filen är en diskavbildning ({type}), ett vanligt sätt att smuggla in skadliga program.',
    'attachment.risky.html':
      'Filen är en webbsida ({type}) som kan innehålla skript eller falska inloggningsformulär.',
    'attachment.risky.double-extension':
      'Filnamnet ser ut att sluta på .{shown}, men filen är egentligen .{real}.',
    'attachment.risky.rtl-override':
      'Filnamnet innehåller ett dolt tecken som vänder texten; den verkliga filtypen är .{real}.',
    'attachment.risky.blocked-type':
      'Filen är av en typ ({type}) som Outlook stoppar eftersom den kan starta program, ansluta till andra datorer eller ändra inställningar.',
    'attachment.encrypted': 'Filen är lösenordsskyddad ({format}) och kan inte kontrolleras.',
    'attachment.zip-bomb':
      'Filen packas upp till en orimligt stor mängd data (zip-bomb) och packades inte upp.',
    'attachment.truncated': 'Filen är ofullständig eller skadad.',
    'attachment.too-large': 'Bara {limitMb} MB av filen kontrollerades; resten lästes inte.',
    'attachment.unreadable': 'Filen kunde inte läsas, så innehållet har inte kontrollerats.',
    'attachment.not-inspected':
      'Bilagan kontrollerades inte ({reason}). Granska den själv innan du skickar.',
  },
  en: {
    'attachment.pdf.unsigned': 'The PDF is not signed.',
    'attachment.pdf.empty-field': 'The PDF has a signature field that has not been signed.',
    'attachment.pdf.placeholder': 'The PDF has been prepared for signing but was never signed.',
    'attachment.pdf.modified-after-signing':
      'The PDF was changed after it was signed, so the signature no longer covers the whole document.',
    'attachment.pdf.timestamp-only': 'The PDF carries only a time stamp, not a signature.',
    'attachment.pdf.usage-rights-only':
      'The PDF carries only a technical signature that unlocks Adobe Reader features, not a signature by a person.',
    'attachment.draft.revisions':
      'The document has tracked changes that have not been accepted or rejected ({count}).',
    'attachment.draft.comments': 'The document contains comments ({count}).',
    'attachment.draft.status': 'The document properties give its status as “{value}”.',
    'attachment.draft.watermark': 'The document has the watermark “{text}”.',
    'attachment.sensitivity-label': 'The document carries the sensitivity label “{name}”.',
    'attachment.risky.executable':
      'The file is a program ({type}) that can harm the computer if opened.',
    'attachment.risky.script': 'The file is a script ({type}) that runs code when opened.',
    'attachment.risky.macro':
      'The file may contain macros ({type}) that run code when it is opened.',
    'attachment.risky.archive':
      'The file is a compressed archive ({type}) that can hide harmful content.',
    'attachment.risky.disk-image':
      'The file is a disk image ({type}), a common way to smuggle in harmful programs.',
    'attachment.risky.html':
      'The file is a web page ({type}) that can contain scripts or fake sign-in forms.',
    'attachment.risky.double-extension':
      'The file name seems to end in .{shown}, but the file is really .{real}.',
    'attachment.risky.rtl-override':
      'The file name contains a hidden character that reverses the text; the real file type is .{real}.',
    'attachment.risky.blocked-type':
      'The file is of a type ({type}) that Outlook blocks because it can start programs, connect to other computers or change settings.',
    'attachment.encrypted': 'The file is password-protected ({format}) and cannot be checked.',
    'attachment.zip-bomb':
      'The file unpacks to an unreasonable amount of data (a zip bomb) and was not unpacked.',
    'attachment.truncated': 'The file is incomplete or damaged.',
    'attachment.too-large': 'Only {limitMb} MB of the file were checked; the rest was not read.',
    'attachment.unreadable': 'The file could not be read, so its content has not been checked.',
    'attachment.not-inspected':
      'The attachment was not checked ({reason}). Look it over yourself before you send.',
  },
} as const satisfies Messages<AttachmentCode>;
