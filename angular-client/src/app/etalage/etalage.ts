import type { Etalagefoto, EtalageverhaalDto, Herkomst, NominateEtalageverhaalCommand } from '../api/api-client';

export type VerhaalFout = 'titel' | 'verhaal' | 'lessen' | 'contact' | 'herkomst' | 'fotos';

/** One photo as the form holds it: the placed file, its caption and who gave consent (both empty: not sent). */
export interface FotoRegel {
  bijlageId: string;
  naam: string;
  bijschrift: string;
  toestemmingVan: string;
}

export interface VerhaalInvoer {
  titel: string;
  verhaal: string;
  lessen: string;
  contact: string;
  herkomst: Herkomst | '';
  organisatieId: string;
  wijkId: string;
  fotos: FotoRegel[];
}

export const LEEG_VERHAAL: VerhaalInvoer = { titel: '', verhaal: '', lessen: '', contact: '', herkomst: '', organisatieId: '', wijkId: '', fotos: [] };

/** What the form refuses before sending: an empty required field, a photo with a caption but no consent or the other way round. */
export function controleerVerhaal(v: VerhaalInvoer): Partial<Record<VerhaalFout, VerhaalFout>> {
  const fouten: Partial<Record<VerhaalFout, VerhaalFout>> = {};
  for (const veld of ['titel', 'verhaal', 'lessen', 'contact'] as const) if (!v[veld].trim()) fouten[veld] = veld;
  if (!v.herkomst) fouten.herkomst = 'herkomst';
  if (v.fotos.some((f) => !f.bijschrift.trim() !== !f.toestemmingVan.trim())) fouten.fotos = 'fotos';
  return fouten;
}

/** The photos to send: those with a caption and consent. */
export function fotosVoorVerzoek(fotos: readonly FotoRegel[]): Etalagefoto[] {
  return fotos.filter((f) => f.bijschrift.trim() && f.toestemmingVan.trim())
    .map((f) => ({ bijlageId: f.bijlageId, bijschrift: f.bijschrift.trim(), toestemmingVan: f.toestemmingVan.trim() }));
}

export function verhaalVerzoek(v: VerhaalInvoer): NominateEtalageverhaalCommand {
  return {
    titel: v.titel.trim(), verhaal: v.verhaal.trim(), lessen: v.lessen.trim(), contact: v.contact.trim(), herkomst: v.herkomst as Herkomst,
    organisatieId: v.organisatieId || null, wijkId: v.wijkId || null, fotos: fotosVoorVerzoek(v.fotos),
  };
}

/** The form's values for a story, with a row for every image placed under it (those already captioned filled in). */
export function invoerVanVerhaal(v: EtalageverhaalDto, geplaatst: readonly { id: string; naam: string; contentType: string }[]): VerhaalInvoer {
  return {
    titel: v.titel, verhaal: v.verhaal, lessen: v.lessen, contact: v.contact, herkomst: v.herkomst, organisatieId: v.organisatieId ?? '', wijkId: v.wijkId ?? '',
    fotos: geplaatst.filter((b) => b.contentType.startsWith('image/')).map((b) => {
      const foto = v.fotos.find((f) => f.bijlageId === b.id);
      return { bijlageId: b.id, naam: b.naam, bijschrift: foto?.bijschrift ?? '', toestemmingVan: foto?.toestemmingVan ?? '' };
    }),
  };
}

/** Where an image of a story can be loaded by an <img>: the path-prefix form, since an image request cannot send the Gemeente header. */
export function fotoUrl(slug: string, verhaal: string, bijlage: string): string {
  return `/${encodeURIComponent(slug)}/api/v1/etalage/${encodeURIComponent(verhaal)}/bijlagen/${encodeURIComponent(bijlage)}`;
}
