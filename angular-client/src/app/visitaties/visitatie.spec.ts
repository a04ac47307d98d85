import type { VisitatiecyclusDto } from '../api/api-client';
import {
  STANDAARD_PERSPECTIEVEN, controleerCyclus, controleerPanellid, cyclusWijzigVerzoek, invoerVanCyclus, isTeLaat, nieuweCyclusVerzoek, stapStand,
  statusSoort, voorbij, type CyclusInvoer,
} from './visitatie';

const nieuw: CyclusInvoer = {
  naam: ' Wijkprogramma’s ', soort: 'wijkprogramma', cadansMaanden: '24', reactietermijnDagen: '28', perspectieven: STANDAARD_PERSPECTIEVEN.map((p) => ({ ...p })),
};

describe('visitatie', () => {
  it('stuurt de vier standaardperspectieven ongewijzigd als null, zodat de server de zijne neemt', () => {
    expect(controleerCyclus(nieuw)).toEqual({});
    expect(nieuweCyclusVerzoek(nieuw)).toEqual({ naam: 'Wijkprogramma’s', soort: 'wijkprogramma', cadansMaanden: 24, reactietermijnDagen: 28, perspectieven: null });
  });

  it('stuurt gewijzigde perspectieven mee, getrimd', () => {
    const eigen = { ...nieuw, perspectieven: [{ id: null, naam: ' Leren ', omschrijving: ' Wat leren we? ' }] };
    expect(nieuweCyclusVerzoek(eigen).perspectieven).toEqual([{ id: null, naam: 'Leren', omschrijving: 'Wat leren we?' }]);
  });

  it('weigert een cadans buiten 6 tot 60 maanden, een reactietermijn onder 14 dagen en dubbele of lege perspectieven', () => {
    expect(controleerCyclus({ ...nieuw, naam: ' ', soort: '', cadansMaanden: '5', reactietermijnDagen: '13' })).toEqual({
      naam: 'naam', soort: 'soort', cadansMaanden: 'cadansMaanden', reactietermijnDagen: 'reactietermijnDagen',
    });
    expect(controleerCyclus({ ...nieuw, cadansMaanden: '61' }).cadansMaanden).toBe('cadansMaanden');
    const dubbel = [{ id: null, naam: 'Leren', omschrijving: 'a' }, { id: null, naam: 'leren ', omschrijving: 'b' }];
    expect(controleerCyclus({ ...nieuw, perspectieven: dubbel }).perspectieven).toBe('perspectieven');
    expect(controleerCyclus({ ...nieuw, perspectieven: [] }).perspectieven).toBe('perspectieven');
    expect(controleerCyclus({ ...nieuw, perspectieven: [{ id: null, naam: 'Leren', omschrijving: ' ' }] }).perspectieven).toBe('perspectieven');
  });

  it('houdt bij wijzigen de ids van de perspectieven die blijven', () => {
    const cyclus = {
      id: 'c1', naam: 'Cyclus', soort: 'initiatief', cadansMaanden: 12, reactietermijnDagen: 21, perspectievenVersie: 2,
      perspectieven: [{ id: 'p1', naam: 'Governance', omschrijving: 'Wie beslist?' }], aangemaaktOp: '', gewijzigdOp: '',
    } satisfies VisitatiecyclusDto;
    expect(cyclusWijzigVerzoek(invoerVanCyclus(cyclus))).toEqual({
      naam: 'Cyclus', cadansMaanden: 12, reactietermijnDagen: 21, perspectieven: [{ id: 'p1', naam: 'Governance', omschrijving: 'Wie beslist?' }],
    });
  });

  it('vraagt van een bewoner de woonwijk, van iedereen een lid en een zetel', () => {
    expect(controleerPanellid({ gebruiker: '', rol: '', woonwijk: '', organisaties: [], belang: '' })).toEqual({ gebruiker: 'gebruiker', rol: 'rol' });
    expect(controleerPanellid({ gebruiker: 'u1', rol: 'bewoner', woonwijk: '', organisaties: [], belang: '' })).toEqual({ woonwijk: 'woonwijk' });
    expect(controleerPanellid({ gebruiker: 'u1', rol: 'raadslid', woonwijk: '', organisaties: [], belang: '' })).toEqual({});
  });

  it('zet de stappen op volgorde en een afgeronde visitatie helemaal klaar', () => {
    expect(stapStand('gesprekken', 'zelfreflectie')).toBe('klaar');
    expect(stapStand('gesprekken', 'gesprekken')).toBe('nu');
    expect(stapStand('gesprekken', 'reactie')).toBe('later');
    expect(stapStand('afgerond', 'afgerond')).toBe('klaar');
    expect(voorbij('reactie', 'gesprekken')).toBe(true);
    expect(voorbij('zelfreflectie', 'gesprekken')).toBe(false);
    expect(statusSoort('opvolging')).toBe('success');
    expect(statusSoort('reactie')).toBe('warning');
  });

  it('noemt een open vervolgactie na haar deadline te laat, een gereedgemelde nooit', () => {
    expect(isTeLaat({ uiterlijk: '2026-11-30', gereedOp: null }, '2026-12-01')).toBe(true);
    expect(isTeLaat({ uiterlijk: '2026-12-01', gereedOp: null }, '2026-12-01')).toBe(false);
    expect(isTeLaat({ uiterlijk: '2026-11-30', gereedOp: '2026-11-29T10:00:00Z' }, '2026-12-01')).toBe(false);
  });
});
