import { CreateOrganisatieCommand, OrganisatieDto } from '../api/api-client';
import { ORGANISATIES_TEKSTEN as T } from './teksten';

/** The form's fields: texts as typed (empty for nothing), the chosen wijken and themes by id. */
export type OrganisatieInvoer = {
  [K in keyof CreateOrganisatieCommand]: CreateOrganisatieCommand[K] extends string[] ? string[] : K extends 'soort' | 'rechtsvorm' ? CreateOrganisatieCommand[K] : string;
};

export const LEEG: OrganisatieInvoer = {
  naam: '', soort: 'bewonersorganisatie', rechtsvorm: 'vereniging', kvknummer: '', omschrijving: '', wijkIds: [], publiekeWaardeIds: [],
  contactpersoon: '', email: '', telefoon: '', website: '',
};

/** An organisation as the form starts from it (editing). */
export function invoerVan(o: OrganisatieDto): OrganisatieInvoer {
  return {
    naam: o.naam, soort: o.soort, rechtsvorm: o.rechtsvorm, kvknummer: o.kvknummer ?? '', omschrijving: o.omschrijving ?? '',
    wijkIds: o.wijken.map((w) => w.id), publiekeWaardeIds: o.publiekeWaarden.map((w) => w.id),
    contactpersoon: o.contact.contactpersoon ?? '', email: o.contact.email ?? '', telefoon: o.contact.telefoon ?? '', website: o.contact.website ?? '',
  };
}

const ofNull = (tekst: string) => tekst.trim() || null;

/** What the API takes (all fields, for POST and PUT): texts trimmed, empty ones null. */
export function naarCommand(i: OrganisatieInvoer): CreateOrganisatieCommand {
  return {
    naam: i.naam.trim(), soort: i.soort, rechtsvorm: i.rechtsvorm, kvknummer: ofNull(i.kvknummer), omschrijving: ofNull(i.omschrijving),
    wijkIds: [...i.wijkIds], publiekeWaardeIds: [...i.publiekeWaardeIds],
    contactpersoon: ofNull(i.contactpersoon), email: ofNull(i.email), telefoon: ofNull(i.telefoon), website: ofNull(i.website),
  };
}

/** The checks the form does itself (the API checks them again, and the rest). */
export function controleer(i: OrganisatieInvoer): { naam: string[]; kvknummer: string[] } {
  const kvk = i.kvknummer.trim();
  return { naam: i.naam.trim() ? [] : [T.naamVerplicht], kvknummer: !kvk || /^\d{8}$/.test(kvk) ? [] : [T.kvkOngeldig] };
}
