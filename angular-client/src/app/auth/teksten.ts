export const AUTH_TEKSTEN = {
  aanmeldenTitel: 'Aanmelden',
  aanmeldenIntro: 'Meld u aan om met Gemeenschapskracht te werken.',
  gemeenteLabel: 'Gemeente (niet verplicht)',
  gemeenteUitleg: 'Werkt u voor meer gemeenten? Vul de korte naam van de gemeente in, bijvoorbeeld "utrecht". Laat het leeg, dan vraagt de aanmeldpagina welke gemeente u kiest.',
  gemeenteOngeldig: 'Gebruik alleen kleine letters, cijfers en streepjes.',
  aanmeldenKnop: 'Aanmelden',
  alAangemeld: 'U bent al aangemeld.',
  naarStart: 'Naar de startpagina',
  callbackTitel: 'Aanmelden',
  callbackBezig: 'Bezig met aanmelden…',
  callbackMislukt: 'Het aanmelden is niet gelukt. Probeer het opnieuw.',
  opnieuwAanmelden: 'Opnieuw aanmelden',
} as const;
