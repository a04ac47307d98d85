import { BeleidskaderInhoudDto, FinancieringsbronDto, PubliekeWaardeDto, TijdspanneDto } from '../api/api-client';
import { bedragInvoer, parseEuro } from './bedrag';
import { KaderVeld } from './inhoudfouten';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

/** Lists of texts and optional texts as the editor's text boxes hold them (a list as "a, b", nothing as ""). */
type Tekst<D, K extends keyof D> = Omit<D, K> & { [P in K]: string };

export type WerkWaarde = Tekst<PubliekeWaardeDto, 'subthemas' | 'verordeningArtikel'>;
export type WerkBron = Tekst<Omit<FinancieringsbronDto, 'bedragPerJaarEurocent'>, 'regime' | 'contractEinddatum' | 'omzettingGepland'> & { bedrag: string };
export type WerkTijdspanne = Tekst<TijdspanneDto, 'verkiezingsdata'>;

/** The content of a concept while it is being edited: the parts, with the fields in the form the form holds them. */
export type Werkversie = Omit<BeleidskaderInhoudDto, 'publiekeWaarden' | 'financieringsbronnen' | 'buurtrechten' | 'fasen' | 'tijdspanne' | 'overgangsperiodes' | 'partijen' | 'wijkindelingToelichting'> & {
  publiekeWaarden: WerkWaarde[];
  financieringsbronnen: WerkBron[];
  buurtrechten: Tekst<BeleidskaderInhoudDto['buurtrechten'][number], 'artikel'>[];
  fasen: Tekst<BeleidskaderInhoudDto['fasen'][number], 'instrumenten' | 'verantwoordelijke'>[];
  tijdspanne: WerkTijdspanne;
  overgangsperiodes: Tekst<BeleidskaderInhoudDto['overgangsperiodes'][number], 'aanbieder'>[];
  partijen: Tekst<BeleidskaderInhoudDto['partijen'][number], 'vorm'>[];
  wijkindelingToelichting: string;
};

const lijst = (tekst: string) => tekst.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
const ofNull = (tekst: string) => (tekst.trim() ? tekst.trim() : null);

/** The loaded content as the editor's working copy (a deep copy: editing does not touch the loaded version). */
export function werkversie(i: BeleidskaderInhoudDto): Werkversie {
  return {
    aanbestedingsbesluit: { ...i.aanbestedingsbesluit },
    publiekeWaarden: i.publiekeWaarden.map((w) => ({ ...w, subthemas: w.subthemas.join(', '), verordeningArtikel: w.verordeningArtikel ?? '' })),
    financieringsbronnen: i.financieringsbronnen.map(({ bedragPerJaarEurocent, ...b }) => ({
      ...b, bedrag: bedragInvoer(bedragPerJaarEurocent), regime: b.regime ?? '', contractEinddatum: b.contractEinddatum ?? '', omzettingGepland: b.omzettingGepland ?? '',
    })),
    delegaties: i.delegaties.map((d) => ({ ...d })),
    buurtrechten: i.buurtrechten.map((r) => ({ ...r, artikel: r.artikel ?? '' })),
    fasen: i.fasen.map((f) => ({ ...f, instrumenten: f.instrumenten.join(', '), verantwoordelijke: f.verantwoordelijke ?? '' })),
    tijdspanne: i.tijdspanne
      ? { ...i.tijdspanne, verkiezingsdata: i.tijdspanne.verkiezingsdata.join(', ') }
      : { programmaStart: '', programmaEind: '', verkiezingsdata: '' },
    pilots: i.pilots.map((p) => ({ ...p })),
    overgangsperiodes: i.overgangsperiodes.map((o) => ({ ...o, aanbieder: o.aanbieder ?? '' })),
    partijen: i.partijen.map((p) => ({ ...p, vorm: p.vorm ?? '' })),
    rolVanDePolitiek: { ...i.rolVanDePolitiek },
    toezeggingen: i.toezeggingen.map((t) => ({ ...t })),
    wijkindelingToelichting: i.wijkindelingToelichting ?? '',
  };
}

export type Fouten = Partial<Record<KaderVeld, string[]>>;

/**
 * The working copy as the content the API takes, or the local errors per part: an amount that is not euros, a
 * missing date or wijk (the API could not even read those). Everything else the API checks.
 */
export function naarInhoud(w: Werkversie): { inhoud: BeleidskaderInhoudDto; fouten: Fouten } {
  const fouten: Fouten = {};
  const fout = (veld: KaderVeld, bericht: string) => void (fouten[veld] = [...(fouten[veld] ?? []), bericht]);
  const datums = (veld: KaderVeld, items: readonly { start: string; eind: string }[]) => {
    if (items.some((x) => !x.start || !x.eind)) fout(veld, T.datumOngeldig);
  };
  const financieringsbronnen = w.financieringsbronnen.map(({ bedrag, ...b }, i) => {
    const cent = parseEuro(bedrag);
    if (cent === null) fout('financieringsbronnen', T.bedragOngeldig(i + 1));
    return { ...b, bedragPerJaarEurocent: cent ?? 0, regime: ofNull(b.regime), contractEinddatum: ofNull(b.contractEinddatum), omzettingGepland: ofNull(b.omzettingGepland) };
  });
  datums('fasen', w.fasen);
  datums('pilots', w.pilots);
  datums('overgangsperiodes', w.overgangsperiodes);
  if (w.pilots.some((p) => !p.gebiedId)) fout('pilots', T.kiesWijk);
  if (w.toezeggingen.some((t) => !t.uiterlijk)) fout('toezeggingen', T.datumOngeldig);
  const t = w.tijdspanne;
  const geenTijdspanne = !t.programmaStart && !t.programmaEind && !t.verkiezingsdata.trim();
  if (!geenTijdspanne && (!t.programmaStart || !t.programmaEind)) fout('tijdspanne', T.datumOngeldig);
  return {
    fouten,
    inhoud: {
      aanbestedingsbesluit: { ...w.aanbestedingsbesluit },
      publiekeWaarden: w.publiekeWaarden.map((p) => ({ ...p, prioriteit: Number(p.prioriteit), subthemas: lijst(p.subthemas), verordeningArtikel: ofNull(p.verordeningArtikel) })),
      financieringsbronnen,
      delegaties: w.delegaties.map((d) => ({ ...d })),
      buurtrechten: w.buurtrechten.map((r) => ({ ...r, artikel: ofNull(r.artikel) })),
      fasen: w.fasen.map((f) => ({ ...f, instrumenten: lijst(f.instrumenten), verantwoordelijke: ofNull(f.verantwoordelijke) })),
      tijdspanne: geenTijdspanne ? null : { ...t, verkiezingsdata: lijst(t.verkiezingsdata) },
      pilots: w.pilots.map((p) => ({ ...p })),
      overgangsperiodes: w.overgangsperiodes.map((o) => ({ ...o, aanbieder: ofNull(o.aanbieder) })),
      partijen: w.partijen.map((p) => ({ ...p, vorm: ofNull(p.vorm) })),
      rolVanDePolitiek: { ...w.rolVanDePolitiek },
      toezeggingen: w.toezeggingen.map((z) => ({ ...z })),
      wijkindelingToelichting: ofNull(w.wijkindelingToelichting),
    },
  };
}

/** A new, empty item of each list the editor can add to (new items have no id; the API gives them one). */
export const NIEUW = {
  publiekeWaarden: (): WerkWaarde => ({ id: null, naam: '', omschrijving: '', subthemas: '', prioriteit: 3, verordeningArtikel: '' }),
  financieringsbronnen: (): WerkBron => ({ id: null, naam: '', regime: '', bedrag: '0', instrument: 'subsidie', contractEinddatum: '', omzettingGepland: '' }),
  delegaties: (): Werkversie['delegaties'][number] => ({ besluittype: '', niveau: 'wijk', zeggenschap: 'adviseert' }),
  buurtrechten: (): Werkversie['buurtrechten'][number] => ({ soort: 'openOverheid', artikel: '' }),
  fasen: (): Werkversie['fasen'][number] => ({ naam: '', instrumenten: '', verantwoordelijke: '', start: '', eind: '' }),
  pilots: (): Werkversie['pilots'][number] => ({ id: null, gebiedId: '', instrument: '', start: '', eind: '', evaluatiecriteria: '', status: 'voorgesteld' }),
  overgangsperiodes: (): Werkversie['overgangsperiodes'][number] => ({ id: null, contract: '', aanbieder: '', start: '', eind: '', opvolging: '' }),
  partijen: (): Werkversie['partijen'][number] => ({ naam: '', soort: 'bewonersorganisatie', verwachting: '', vorm: '', status: 'uitgenodigd' }),
  toezeggingen: (): Werkversie['toezeggingen'][number] => ({ omschrijving: '', door: '', uiterlijk: '', status: 'toegezegd' }),
};
