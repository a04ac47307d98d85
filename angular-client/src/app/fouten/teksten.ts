export const FOUT_TEKSTEN = {
  geenToegangTitel: 'Geen toegang',
  geenToegangTekst: 'U heeft geen toegang tot deze pagina. Denkt u dat dit niet klopt? Neem dan contact op met de beheerder van uw gemeente.',
  nietGevondenTitel: 'Pagina niet gevonden',
  nietGevondenTekst: 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
  offlineTitel: 'Geen verbinding',
  offlineTekst: 'Gemeenschapskracht kan de server niet bereiken. Controleer uw internetverbinding en probeer het opnieuw.',
  offlineBanner: 'U bent offline. Wat u nu doet, kan niet worden opgeslagen.',
  opnieuw: 'Opnieuw proberen',
  naarStart: 'Naar de startpagina',
} as const;
