/** Texts of the shared building blocks (gedeeld/). */
export const GEDEELD_TEKSTEN = {
  laden: $localize`:@@gedeeld.laden:Bezig met laden…`,
  opnieuw: $localize`:@@gedeeld.opnieuw:Opnieuw proberen`,
  vorigePagina: $localize`:@@gedeeld.vorigePagina:Vorige pagina`,
  volgendePagina: $localize`:@@gedeeld.volgendePagina:Volgende pagina`,
  paginering: (lijst: string) => $localize`:@@gedeeld.paginering:Paginering ${lijst}:lijst:`,
  paginaVan: (pagina: number, totaal: number) => $localize`:@@gedeeld.paginaVan:Pagina ${pagina}:pagina: van ${totaal}:totaal:`,
  resultaten: $localize`:@@gedeeld.resultaten:resultaten`,
  // Default messages for a failed API call (problem+json without a title, or no answer at all)
  probleem: {
    0: $localize`:@@gedeeld.probleem.0:De server is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.`,
    400: $localize`:@@gedeeld.probleem.400:De invoer is niet geldig.`,
    401: $localize`:@@gedeeld.probleem.401:U bent niet (meer) aangemeld.`,
    403: $localize`:@@gedeeld.probleem.403:U heeft geen toegang tot deze gegevens.`,
    404: $localize`:@@gedeeld.probleem.404:Niet gevonden.`,
    409: $localize`:@@gedeeld.probleem.409:Dit bestaat al of is intussen gewijzigd.`,
    503: $localize`:@@gedeeld.probleem.503:De dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw.`,
  } as Partial<Record<number, string>>,
  probleemOnbekend: $localize`:@@gedeeld.probleemOnbekend:Er ging iets mis. Probeer het later opnieuw.`,
} as const;
