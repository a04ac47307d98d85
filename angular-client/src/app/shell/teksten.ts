/** Texts of the page frame and the start page (each feature's menu entry and start links live in its own teksten.ts). */
export const SHELL_TEKSTEN = {
  app: $localize`:@@shell.app:Gemeenschapskracht`,
  naarInhoud: $localize`:@@shell.naarInhoud:Direct naar de inhoud`,
  platformbeheer: $localize`:@@shell.platformbeheer:Platformbeheer`,
  hoofdmenu: $localize`:@@shell.hoofdmenu:Hoofdmenu`,
  kruimelpad: $localize`:@@shell.kruimelpad:Kruimelpad`,
  gebruikersmenu: $localize`:@@shell.gebruikersmenu:Gebruikersmenu`,
  ingelogdAls: $localize`:@@shell.ingelogdAls:Aangemeld als`,
  afmelden: $localize`:@@shell.afmelden:Afmelden`,
  aanmelden: $localize`:@@shell.aanmelden:Aanmelden`,
  start: $localize`:@@shell.start:Start`,
  logoAlt: (gemeente: string) => $localize`:@@shell.logoAlt:Logo van ${gemeente}:gemeente:`,
  // Gemeente switcher
  wisselLabel: $localize`:@@shell.wisselLabel:Andere gemeente`,
  wisselKnop: $localize`:@@shell.wisselKnop:Wisselen`,
  wisselUitleg: $localize`:@@shell.wisselUitleg:U meldt zich opnieuw aan voor de gekozen gemeente; uw wachtwoord is niet nodig.`,
  footer: $localize`:@@shell.footer:Gemeenschapskracht – gemeenten en wijken samen`,
  bezig: $localize`:@@shell.bezig:Bezig met laden…`,
  // Start page
  welkomAnoniem: $localize`:@@shell.welkomAnoniem:Welkom bij Gemeenschapskracht`,
  anoniemIntro: $localize`:@@shell.anoniemIntro:Op Gemeenschapskracht financieren gemeenten hun wijken met subsidie. Meld u aan om verder te gaan.`,
  welkom: $localize`:@@shell.welkom:Welkom`,
  uwRollen: $localize`:@@shell.uwRollen:Uw rollen`,
  geenRollen: $localize`:@@shell.geenRollen:U heeft nog geen rol in deze gemeente. Vraag de beheerder van uw gemeente om u een rol te geven.`,
  watWiltU: $localize`:@@shell.watWiltU:Wat wilt u doen?`,
} as const;
