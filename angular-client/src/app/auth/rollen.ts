/** The platform's roles, as the server spells them in the `role` claim. */
export const ROLLEN = [
  'platform-beheerder',
  'gemeente-beheerder',
  'beleidsmedewerker',
  'raadslid',
  'griffie',
  'bewonersorganisatie',
  'professional',
  'backoffice',
  'visitatiepanel-lid',
  'auditor',
] as const;

export type Rol = (typeof ROLLEN)[number];

/** Roles within a gemeente (everything except the platform-beheerder). */
export const GEMEENTE_ROLLEN: readonly Rol[] = ROLLEN.filter((r) => r !== 'platform-beheerder');

export const ROL_NAMEN: Record<Rol, string> = {
  'platform-beheerder': $localize`:@@rollen.platform-beheerder:Platformbeheerder`,
  'gemeente-beheerder': $localize`:@@rollen.gemeente-beheerder:Gemeentebeheerder`,
  beleidsmedewerker: $localize`:@@rollen.beleidsmedewerker:Beleidsmedewerker`,
  raadslid: $localize`:@@rollen.raadslid:Raadslid`,
  griffie: $localize`:@@rollen.griffie:Griffie`,
  bewonersorganisatie: $localize`:@@rollen.bewonersorganisatie:Bewonersorganisatie`,
  professional: $localize`:@@rollen.professional:Professional`,
  backoffice: $localize`:@@rollen.backoffice:Backoffice`,
  'visitatiepanel-lid': $localize`:@@rollen.visitatiepanel-lid:Lid visitatiepanel`,
  auditor: $localize`:@@rollen.auditor:Auditor`,
};

export function rolNaam(rol: string): string {
  return (ROL_NAMEN as Record<string, string>)[rol] ?? rol;
}
