import { BeschikkingDto, CreateWijzigingsbesluitCommand, Wijzigingsgrond } from '../api/api-client';

/** The article of the Awb a ground of wijziging or intrekking comes from. */
export type Wijzigingsartikel = '4:48' | '4:49' | '4:50';

/** The grounds per article, in the order of the law (the server's `Wijzigingsgrond`). */
export const GRONDEN: Readonly<Record<Wijzigingsartikel, readonly Wijzigingsgrond[]>> = {
  '4:48': ['activiteitenNietVerricht', 'verplichtingenNietNagekomen', 'onjuisteGegevens', 'verleningOnjuist', 'begrotingsvoorbehoud'],
  '4:50': ['veranderdeOmstandigheden'],
  '4:49': ['onbekendeFeiten', 'vaststellingOnjuist', 'verplichtingenNaVaststelling'],
};

/** Where in its article each ground is (as the letter cites it, without "Awb"). */
export const GRONDARTIKEL: Readonly<Record<Wijzigingsgrond, string>> = {
  activiteitenNietVerricht: '4:48, eerste lid, onder a',
  verplichtingenNietNagekomen: '4:48, eerste lid, onder b',
  onjuisteGegevens: '4:48, eerste lid, onder c',
  verleningOnjuist: '4:48, eerste lid, onder d',
  begrotingsvoorbehoud: '4:48, eerste lid, onder e',
  veranderdeOmstandigheden: '4:50, eerste lid, onder a',
  onbekendeFeiten: '4:49, eerste lid, onder a',
  vaststellingOnjuist: '4:49, eerste lid, onder b',
  verplichtingenNaVaststelling: '4:49, eerste lid, onder c',
};

export function artikelVan(grond: Wijzigingsgrond): Wijzigingsartikel {
  return (Object.keys(GRONDEN) as Wijzigingsartikel[]).find((a) => GRONDEN[a].includes(grond))!;
}

type Wijzigbaar = Pick<BeschikkingDto, 'soort' | 'vaststellingId' | 'ingetrokkenOp'>;

/**
 * The articles whose grounds apply to a beschikking now: a verlening not yet set is withdrawn or lowered under 4:48
 * (the past) or 4:50 (the future); once set, only the vaststelling is changed (4:49). A weigering or a withdrawn
 * verlening has none.
 */
export function toepasselijkeArtikelen(b: Wijzigbaar): Wijzigingsartikel[] {
  if (b.soort !== 'verlening' || b.ingetrokkenOp) return [];
  return b.vaststellingId ? ['4:49'] : ['4:48', '4:50'];
}

/** Which date fields a ground asks for: ingang not at all, optional or required; the phase-out term; the day of the breach. */
export interface Grondvelden {
  ingang: 'geen' | 'optioneel' | 'verplicht';
  afbouwTot: boolean;
  overtredenOp: boolean;
}

export function veldenVoor(grond: Wijzigingsgrond | null): Grondvelden {
  if (!grond) return { ingang: 'geen', afbouwTot: false, overtredenOp: false };
  const artikel = artikelVan(grond);
  return {
    ingang: artikel === '4:50' ? 'verplicht' : artikel === '4:48' ? 'optioneel' : 'geen',
    afbouwTot: artikel === '4:50',
    overtredenOp: grond === 'verplichtingenNaVaststelling',
  };
}

/** The fields of the form that a local check or a server message can point at. */
export type Wijzigingsveld = 'grond' | 'bedrag' | 'toelichting' | 'ingang' | 'afbouwTot' | 'overtredenOp';

export interface Wijzigingsinvoer {
  grond: Wijzigingsgrond | null;
  intrekken: boolean;
  /** The new amount as parsed (null: not an amount). */
  bedragEurocent: number | null;
  toelichting: string;
  ingang: string;
  afbouwTot: string;
  overtredenOp: string;
}

/** The messages of the local check, keyed by what is wrong (the component turns them into texts). */
export type Wijzigingsfout = 'grondVerplicht' | 'bedragOngeldig' | 'bedragNietLager' | 'toelichtingVerplicht' | 'ingangVerplicht' | 'ingangNaVandaag' | 'overtredenOpVerplicht' | 'overtredenOpNaVandaag';

/**
 * What is wrong with the form before it is sent (the server checks again, with more: the payments, the term of 4:51):
 * `huidigEurocent` is the amount now (verleend or vastgesteld), `vandaag` an ISO date.
 */
export function controleerWijziging(invoer: Wijzigingsinvoer, huidigEurocent: number, vandaag: string): Partial<Record<Wijzigingsveld, Wijzigingsfout>> {
  const fouten: Partial<Record<Wijzigingsveld, Wijzigingsfout>> = {};
  if (!invoer.grond) fouten.grond = 'grondVerplicht';
  if (!invoer.intrekken) {
    if (invoer.bedragEurocent === null || invoer.bedragEurocent < 0) fouten.bedrag = 'bedragOngeldig';
    else if (invoer.bedragEurocent >= huidigEurocent) fouten.bedrag = 'bedragNietLager';
  }
  if (!invoer.toelichting.trim()) fouten.toelichting = 'toelichtingVerplicht';
  const velden = veldenVoor(invoer.grond);
  if (velden.ingang === 'verplicht') {
    if (!invoer.ingang) fouten.ingang = 'ingangVerplicht';
    else if (invoer.ingang <= vandaag) fouten.ingang = 'ingangNaVandaag';
  }
  if (velden.overtredenOp) {
    if (!invoer.overtredenOp) fouten.overtredenOp = 'overtredenOpVerplicht';
    else if (invoer.overtredenOp > vandaag) fouten.overtredenOp = 'overtredenOpNaVandaag';
  }
  return fouten;
}

/** The request body: only the dates the ground uses, the amount nil for an intrekking. */
export function wijzigingsverzoek(beschikkingId: string, invoer: Wijzigingsinvoer): CreateWijzigingsbesluitCommand {
  const velden = veldenVoor(invoer.grond);
  return {
    beschikkingId,
    grond: invoer.grond!,
    nieuwBedragEurocent: invoer.intrekken ? 0 : invoer.bedragEurocent!,
    toelichting: invoer.toelichting.trim(),
    ingang: velden.ingang !== 'geen' && invoer.ingang ? invoer.ingang : null,
    afbouwTot: velden.afbouwTot && invoer.afbouwTot ? invoer.afbouwTot : null,
    overtredenOp: velden.overtredenOp && invoer.overtredenOp ? invoer.overtredenOp : null,
  };
}

/**
 * The field a refusal of the server (a problem's detail, not tied to a field) is about, so it is shown next to that
 * field as well as in the summary; null when it is about the decision as a whole (e.g. a voorschot in a batch).
 */
export function veldVanMelding(melding: string): Wijzigingsveld | null {
  if (/afbouwtermijn|4:51/i.test(melding)) return 'afbouwTot';
  if (/ingangsdatum|werkt hoogstens terug/i.test(melding)) return 'ingang';
  if (/niet is nagekomen, niet later dan vandaag/i.test(melding)) return 'overtredenOp';
  if (/lager bedrag dan|nieuwe bedrag is ten minste/i.test(melding)) return 'bedrag';
  if (/licht toe/i.test(melding)) return 'toelichting';
  return null;
}
