export const AUTH_TEKSTEN = {
  aanmeldenTitel: $localize`:@@auth.aanmeldenTitel:Aanmelden`,
  aanmeldenIntro: $localize`:@@auth.aanmeldenIntro:Meld u aan om met Gemeenschapskracht te werken.`,
  gemeenteLabel: $localize`:@@auth.gemeenteLabel:Gemeente (niet verplicht)`,
  gemeenteUitleg: $localize`:@@auth.gemeenteUitleg:Werkt u voor meer gemeenten? Vul de korte naam van de gemeente in, bijvoorbeeld "utrecht". Laat het leeg, dan vraagt de aanmeldpagina welke gemeente u kiest.`,
  gemeenteOngeldig: $localize`:@@auth.gemeenteOngeldig:Gebruik alleen kleine letters, cijfers en streepjes.`,
  aanmeldenKnop: $localize`:@@auth.aanmeldenKnop:Aanmelden`,
  alAangemeld: $localize`:@@auth.alAangemeld:U bent al aangemeld.`,
  naarStart: $localize`:@@auth.naarStart:Naar de startpagina`,
  callbackTitel: $localize`:@@auth.callbackTitel:Aanmelden`,
  callbackBezig: $localize`:@@auth.callbackBezig:Bezig met aanmelden…`,
  callbackMislukt: $localize`:@@auth.callbackMislukt:Het aanmelden is niet gelukt. Probeer het opnieuw.`,
  opnieuwAanmelden: $localize`:@@auth.opnieuwAanmelden:Opnieuw aanmelden`,
} as const;
