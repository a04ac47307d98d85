import type { Eenheid } from '../gedeeld/paginering';

/** Texts of the AVG screens (/persoonsgegevens): the request of a data subject, the register, the retention terms and the erasures. */
export const PERSOONSGEGEVENS_TEKSTEN = {
  menu: $localize`:@@persoonsgegevens.menu:Privacy (AVG)`,
  startVerzoek: $localize`:@@persoonsgegevens.startVerzoek:Een verzoek om inzage of verwijdering van persoonsgegevens behandelen`,
  startRegister: $localize`:@@persoonsgegevens.startRegister:Het verwerkingsregister bekijken`,
  laden: $localize`:@@persoonsgegevens.laden:Bezig met laden…`,
  foutSamenvatting: $localize`:@@persoonsgegevens.foutSamenvatting:Controleer de volgende velden:`,
  ja: $localize`:@@persoonsgegevens.ja:Ja`,
  nee: $localize`:@@persoonsgegevens.nee:Nee`,

  // Overview (/persoonsgegevens)
  overzichtTitel: $localize`:@@persoonsgegevens.overzichtTitel:Privacy (AVG)`,
  overzichtIntro: $localize`:@@persoonsgegevens.overzichtIntro:Hier behandelt de gemeente verzoeken van betrokkenen over hun persoonsgegevens en legt zij vast hoe lang zij die bewaart. Het verwerkingsregister volgt uit wat Gemeenschapskracht vastlegt.`,
  onderdelenKop: $localize`:@@persoonsgegevens.onderdelenKop:Onderdelen`,
  onderdelenLabel: $localize`:@@persoonsgegevens.onderdelenLabel:Onderdelen van Privacy (AVG)`,

  // Request of a data subject (/persoonsgegevens/verzoek)
  verzoekTitel: $localize`:@@persoonsgegevens.verzoekTitel:Verzoek van een betrokkene`,
  verzoekIntro: $localize`:@@persoonsgegevens.verzoekIntro:Zoek op wat de gemeente over iemand vastlegt (inzage, AVG artikel 15), geef het overzicht mee als bestand (artikel 20) of wis de persoon (artikel 17).`,
  zoekenKop: $localize`:@@persoonsgegevens.zoekenKop:Betrokkene zoeken`,
  zoekenUitleg: $localize`:@@persoonsgegevens.zoekenUitleg:Vul minstens één gegeven in. Gezocht wordt op precies dit e-mailadres, deze naam of dit IBAN, zonder verschil tussen hoofd- en kleine letters; een deel van een naam vindt niets.`,
  email: $localize`:@@persoonsgegevens.email:E-mailadres`,
  naam: $localize`:@@persoonsgegevens.naam:Naam`,
  iban: $localize`:@@persoonsgegevens.iban:IBAN`,
  ibanUitleg: $localize`:@@persoonsgegevens.ibanUitleg:Bijvoorbeeld NL91 ABNA 0417 1643 00`,
  minstensEen: $localize`:@@persoonsgegevens.minstensEen:Geef een e-mailadres, een naam of een IBAN van de betrokkene.`,
  zoeken: $localize`:@@persoonsgegevens.zoeken:Gegevens opzoeken`,
  bezigZoeken: $localize`:@@persoonsgegevens.bezigZoeken:Bezig met opzoeken…`,
  resultaatKop: $localize`:@@persoonsgegevens.resultaatKop:Wat de gemeente vastlegt`,
  gezochtOp: (wat: string) => $localize`:@@persoonsgegevens.gezochtOp:Gezocht op ${wat}:wat:.`,
  overzichtVan: (gemeente: string, moment: string) => $localize`:@@persoonsgegevens.overzichtVan:Overzicht van ${gemeente}:gemeente:, opgesteld op ${moment}:moment:.`,
  aantalGevonden: (aantal: number) =>
    aantal === 1
      ? $localize`:@@persoonsgegevens.aantalGevonden.een:1 vastlegging gevonden.`
      : $localize`:@@persoonsgegevens.aantalGevonden:${aantal}:aantal: vastleggingen gevonden.`,
  alleenAccount: $localize`:@@persoonsgegevens.alleenAccount:Alleen een account gevonden; in de verwerkingen staat niets over deze betrokkene.`,
  nietsGevonden: $localize`:@@persoonsgegevens.nietsGevonden:De gemeente legt over deze betrokkene niets vast: geen account en geen gegevens in een verwerking.`,
  accountKop: $localize`:@@persoonsgegevens.accountKop:Account`,
  tweeStaps: $localize`:@@persoonsgegevens.tweeStaps:Tweestapsverificatie`,
  aan: $localize`:@@persoonsgegevens.aan:Aan`,
  uit: $localize`:@@persoonsgegevens.uit:Uit`,
  rollen: $localize`:@@persoonsgegevens.rollen:Rollen in deze gemeente`,
  geenRollen: $localize`:@@persoonsgegevens.geenRollen:Geen`,
  doel: $localize`:@@persoonsgegevens.doel:Doel`,
  grondslag: $localize`:@@persoonsgegevens.grondslag:Grondslag`,
  bewaartermijn: $localize`:@@persoonsgegevens.bewaartermijn:Bewaartermijn`,
  vastlegging: (n: number, van: number) => $localize`:@@persoonsgegevens.vastlegging:Vastlegging ${n}:n: van ${van}:van:`,
  downloadenKop: $localize`:@@persoonsgegevens.downloadenKop:Overzicht meegeven`,
  downloadenUitleg: $localize`:@@persoonsgegevens.downloadenUitleg:Als gestructureerd bestand (JSON) of als leesbaar document (PDF) voor de betrokkene.`,
  downloadJson: $localize`:@@persoonsgegevens.downloadJson:Download als JSON`,
  downloadPdf: $localize`:@@persoonsgegevens.downloadPdf:Download als PDF`,
  bezigPdf: $localize`:@@persoonsgegevens.bezigPdf:Bezig met de PDF…`,
  pdfBestand: $localize`:@@persoonsgegevens.pdfBestand:inzage.pdf`,

  // Erasure
  anonimiserenKop: $localize`:@@persoonsgegevens.anonimiserenKop:Anonimiseren`,
  anonimiserenUitleg: $localize`:@@persoonsgegevens.anonimiserenUitleg:De betrokkene wordt in elke vastlegging hierboven vervangen door één pseudoniem. Wat de wet laat bewaren (bedragen, boekingen, aanwezigheid) blijft staan, zonder naam. Een account dat geen andere gemeente meer heeft, wordt gewist.`,
  anonimiserenLabel: $localize`:@@persoonsgegevens.anonimiserenLabel:Anonimiseren van de betrokkene`,
  reden: $localize`:@@persoonsgegevens.reden:Reden`,
  redenUitleg: $localize`:@@persoonsgegevens.redenUitleg:Bijvoorbeeld het verzoek van de betrokkene: de datum en hoe het binnenkwam. De reden wordt bewaard, de persoon niet.`,
  redenVerplicht: $localize`:@@persoonsgegevens.redenVerplicht:Vul de reden van de anonimisering in.`,
  bevestiging: $localize`:@@persoonsgegevens.bevestiging:Ik begrijp dat dit niet ongedaan kan worden`,
  bevestigingVerplicht: $localize`:@@persoonsgegevens.bevestigingVerplicht:Vink aan dat u begrijpt dat het anonimiseren niet ongedaan kan worden.`,
  anonimiseren: $localize`:@@persoonsgegevens.anonimiseren:Anonimiseren`,
  bezigAnonimiseren: $localize`:@@persoonsgegevens.bezigAnonimiseren:Bezig met anonimiseren…`,
  geanonimiseerd: (pseudoniem: string) => $localize`:@@persoonsgegevens.geanonimiseerd:De betrokkene is geanonimiseerd als ${pseudoniem}:pseudoniem:.`,
  geanonimiseerdAantal: (aantal: number) =>
    aantal === 1
      ? $localize`:@@persoonsgegevens.geanonimiseerdAantal.een:1 vastlegging is aangepast.`
      : $localize`:@@persoonsgegevens.geanonimiseerdAantal:${aantal}:aantal: vastleggingen zijn aangepast.`,
  accountGewistMelding: $localize`:@@persoonsgegevens.accountGewistMelding:Het account is gewist.`,
  naarAnonimiseringen: $localize`:@@persoonsgegevens.naarAnonimiseringen:Naar de uitgevoerde anonimiseringen`,
  anonimiserenFout: $localize`:@@persoonsgegevens.anonimiserenFout:Het anonimiseren is niet gelukt:`,

  // Register of processing activities (/persoonsgegevens/verwerkingsregister)
  registerTitel: $localize`:@@persoonsgegevens.registerTitel:Register van verwerkingen`,
  registerIntro: $localize`:@@persoonsgegevens.registerIntro:Het register van verwerkingen (AVG artikel 30), opgesteld uit wat Gemeenschapskracht van personen vastlegt, met de bewaartermijnen van deze gemeente.`,
  registerVan: (gemeente: string, moment: string) => $localize`:@@persoonsgegevens.registerVan:Register van ${gemeente}:gemeente:, opgesteld op ${moment}:moment:.`,
  registerLeeg: $localize`:@@persoonsgegevens.registerLeeg:Er zijn geen verwerkingen.`,
  betrokkenen: $localize`:@@persoonsgegevens.betrokkenen:Betrokkenen`,
  gegevens: $localize`:@@persoonsgegevens.gegevens:Gegevens`,
  bron: $localize`:@@persoonsgegevens.bron:Vastgelegd in`,

  // Retention terms (/persoonsgegevens/bewaartermijnen)
  bewaarTitel: $localize`:@@persoonsgegevens.bewaarTitel:Bewaartermijnen`,
  bewaarIntro: $localize`:@@persoonsgegevens.bewaarIntro:Hoe lang de gemeente persoonsgegevens bewaart waarvan het doel voorbij is. Een dagelijkse taak wist ze na de termijn; de aanmelding en de declaratie zelf blijven, zonder naam.`,
  buurtTopMaanden: $localize`:@@persoonsgegevens.buurtTopMaanden:Aanmeldingen voor een BuurtTop (maanden)`,
  buurtTopUitleg: (min: number, max: number) =>
    $localize`:@@persoonsgegevens.buurtTopUitleg:Zo lang na de datum van de BuurtTop blijven naam en e-mailadres van wie zich aanmeldde bewaard. Van ${min}:min: tot en met ${max}:max: maanden.`,
  bankMaanden: $localize`:@@persoonsgegevens.bankMaanden:Bankgegevens van declaraties (maanden)`,
  bankUitleg: (min: number, max: number) =>
    $localize`:@@persoonsgegevens.bankUitleg:Zo lang na de betaling of afwijzing blijven het IBAN van een declaratie en de bankgegevens van de betaling bewaard. Van ${min}:min: tot en met ${max}:max: maanden.`,
  maanden: (aantal: number) => (aantal === 1 ? $localize`:@@persoonsgegevens.maanden.een:1 maand` : $localize`:@@persoonsgegevens.maanden:${aantal}:aantal: maanden`),
  termijnFout: (min: number, max: number) => $localize`:@@persoonsgegevens.termijnFout:Vul een heel aantal maanden in van ${min}:min: tot en met ${max}:max:.`,
  gewijzigd: (door: string, moment: string) => $localize`:@@persoonsgegevens.gewijzigd:Laatst gewijzigd door ${door}:door: op ${moment}:moment:.`,
  standaard: $localize`:@@persoonsgegevens.standaard:De gemeente volgt de standaard van het platform.`,
  alleenLezen: $localize`:@@persoonsgegevens.alleenLezen:Alleen een gemeentebeheerder kan de bewaartermijnen wijzigen.`,
  bewaarOpslaan: $localize`:@@persoonsgegevens.bewaarOpslaan:Bewaartermijnen opslaan`,
  bezigOpslaan: $localize`:@@persoonsgegevens.bezigOpslaan:Bezig met opslaan…`,
  bewaarOpgeslagen: $localize`:@@persoonsgegevens.bewaarOpgeslagen:De bewaartermijnen zijn opgeslagen.`,

  // Erasures carried out (/persoonsgegevens/anonimiseringen)
  anonimiseringenTitel: $localize`:@@persoonsgegevens.anonimiseringenTitel:Uitgevoerde anonimiseringen`,
  anonimiseringenIntro: $localize`:@@persoonsgegevens.anonimiseringenIntro:De nieuwste eerst. Wie het betrof staat er niet bij: alleen het pseudoniem dat in de vastleggingen kwam.`,
  anonimiseringenLeeg: $localize`:@@persoonsgegevens.anonimiseringenLeeg:Er zijn nog geen anonimiseringen uitgevoerd.`,
  kolomOp: $localize`:@@persoonsgegevens.kolomOp:Uitgevoerd op`,
  kolomPseudoniem: $localize`:@@persoonsgegevens.kolomPseudoniem:Pseudoniem`,
  kolomReden: $localize`:@@persoonsgegevens.kolomReden:Reden`,
  kolomAantal: $localize`:@@persoonsgegevens.kolomAantal:Vastleggingen`,
  kolomAccount: $localize`:@@persoonsgegevens.kolomAccount:Account gewist`,
  kolomDoor: $localize`:@@persoonsgegevens.kolomDoor:Uitgevoerd door`,
  eenheid: { een: $localize`:@@persoonsgegevens.eenheid.een:anonimisering`, meer: $localize`:@@persoonsgegevens.eenheid:anonimiseringen` } satisfies Eenheid,
} as const;
