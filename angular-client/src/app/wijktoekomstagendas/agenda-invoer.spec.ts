import { BuurtTopSamenvattingDto, WijktoekomstagendaDto } from '../api/api-client';
import { bruikbareBuurtTops, controleer, invoerVan, naarCreate, naarUpdate, nieuweInvoer } from './agenda-invoer';

const AGENDA = {
  id: 'a1', wijkId: 'w1', wijkNaam: 'Noord', versie: 1, titel: 'Noord in 2036', intro: null, horizonJaren: 5, startJaar: 2026,
  buurtTopId: 'b1', status: 'concept',
} as WijktoekomstagendaDto;

function buurtTop(id: string, status: BuurtTopSamenvattingDto['status']): BuurtTopSamenvattingDto {
  return { id, wijkId: 'w1', wijkNaam: 'Noord', titel: id, datum: '2026-05-01', plek: null, status, zonderWijkbeeld: false };
}

describe('agenda-invoer', () => {
  it('stuurt een ongewijzigde agenda precies terug zoals zij was', () => {
    expect(naarUpdate(invoerVan(AGENDA))).toEqual({ titel: 'Noord in 2036', intro: null, horizonJaren: 5, startJaar: 2026, buurtTopId: 'b1' });
  });

  it('begint een nieuwe agenda op tien jaar vanaf dit jaar, in de wijk van de BuurtTop waarvandaan zij begint', () => {
    expect(nieuweInvoer(2027)).toEqual({ wijkId: '', titel: '', intro: '', horizonJaren: 10, startJaar: '2027', buurtTopId: '', trekker: '', teamleden: [] });
    const i = nieuweInvoer(2027, { id: 'b1', wijkId: 'w1' });
    expect([i.wijkId, i.buurtTopId]).toEqual(['w1', 'b1']);
  });

  it('haalt spaties weg, maakt een lege inleiding en geen BuurtTop null en laat het team aan de server', () => {
    const c = naarCreate({ ...nieuweInvoer(2026), wijkId: 'w1', titel: '  Noord  ', intro: '   ' });
    expect(c).toEqual({ wijkId: 'w1', titel: 'Noord', intro: null, horizonJaren: 10, startJaar: 2026, buurtTopId: null, team: null });
  });

  it('zet de trekker vooraan in het team, één keer', () => {
    const c = naarCreate({ ...nieuweInvoer(2026), wijkId: 'w1', titel: 'x', trekker: 'o2', teamleden: ['o1', 'o2', 'o3'] });
    expect(c.team).toEqual(['o2', 'o1', 'o3']);
  });

  it('vraagt om een trekker zodra er teamleden zijn gekozen', () => {
    expect(controleer({ ...nieuweInvoer(2026), teamleden: ['o1'] }).team).toHaveLength(1);
    expect(controleer({ ...nieuweInvoer(2026), teamleden: ['o1'], trekker: 'o2' }).team).toHaveLength(0);
    expect(controleer(nieuweInvoer(2026)).team).toHaveLength(0);
  });

  it('vraagt om een wijk, een titel en een startjaar tussen 2000 en 2100', () => {
    const leeg = controleer(nieuweInvoer(2026));
    expect(leeg.wijkId).toHaveLength(1);
    expect(leeg.titel).toHaveLength(1);
    expect(leeg.startJaar).toHaveLength(0);
    for (const jaar of ['', '1999', '2101', '2026.5', 'abc']) {
      expect(controleer({ ...nieuweInvoer(2026), startJaar: jaar }).startJaar, jaar).toHaveLength(1);
    }
  });

  it('biedt alleen gehouden BuurtTops aan, en de al gekozen', () => {
    const lijst = [buurtTop('aangekondigd', 'aangekondigd'), buurtTop('gehouden', 'gehouden'), buurtTop('verwerkt', 'verwerkt'), buurtTop('gekozen', 'inVoorbereiding')];
    expect(bruikbareBuurtTops(lijst, '').map((b) => b.id)).toEqual(['gehouden', 'verwerkt']);
    expect(bruikbareBuurtTops(lijst, 'gekozen').map((b) => b.id)).toEqual(['gehouden', 'verwerkt', 'gekozen']);
  });
});
