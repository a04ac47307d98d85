export const FOUT_TEKSTEN = {
  geenToegangTitel: $localize`:@@fouten.geenToegangTitel:Geen toegang`,
  geenToegangTekst: $localize`:@@fouten.geenToegangTekst:U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem dan contact op met de beheerder van uw gemeente.`,
  nietGevondenTitel: $localize`:@@fouten.nietGevondenTitel:Pagina niet gevonden`,
  nietGevondenTekst: $localize`:@@fouten.nietGevondenTekst:Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.`,
  offlineTitel: $localize`:@@fouten.offlineTitel:Geen verbinding`,
  offlineTekst: $localize`:@@fouten.offlineTekst:Gemeenschapskracht kan de server niet bereiken. Controleer uw internetverbinding en probeer het opnieuw.`,
  offlineBanner: $localize`:@@fouten.offlineBanner:U bent offline. Wat u nu doet, kan niet worden opgeslagen.`,
  opnieuw: $localize`:@@fouten.opnieuw:Opnieuw proberen`,
  naarStart: $localize`:@@fouten.naarStart:Naar de startpagina`,
} as const;
