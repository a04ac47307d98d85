import { OrganisatieDto } from '../api/api-client';
import { LEEG, controleer, invoerVan, naarCommand } from './invoer';

const ORGANISATIE: OrganisatieDto = {
  id: 'o1', naam: 'Buurtvereniging Noord', soort: 'bewonersorganisatie', rechtsvorm: 'vereniging', kvknummer: '12345678', omschrijving: null,
  wijken: [{ id: 'w1', naam: 'Noord' }], publiekeWaarden: [{ id: 'p1', naam: 'Ontmoeten' }],
  contact: { contactpersoon: 'Anna', email: null, telefoon: null, website: 'https://noord.example' }, status: 'actief',
  aangemaaktOp: '2026-01-01T00:00:00Z', gewijzigdOp: '2026-01-01T00:00:00Z',
};

describe('organisatie-invoer', () => {
  it('stuurt een ongewijzigde organisatie precies terug zoals zij was', () => {
    const { naam, soort, rechtsvorm, kvknummer, omschrijving } = ORGANISATIE;
    expect(naarCommand(invoerVan(ORGANISATIE))).toEqual({
      naam, soort, rechtsvorm, kvknummer, omschrijving, wijkIds: ['w1'], publiekeWaardeIds: ['p1'],
      contactpersoon: 'Anna', email: null, telefoon: null, website: 'https://noord.example',
    });
  });

  it('maakt lege teksten null en haalt spaties weg', () => {
    const c = naarCommand({ ...LEEG, naam: '  Groep  ', email: '   ', telefoon: ' 06-12345678 ' });
    expect(c.naam).toBe('Groep');
    expect(c.email).toBeNull();
    expect(c.telefoon).toBe('06-12345678');
  });

  it('vraagt om een naam en een KvK-nummer van acht cijfers (leeg mag)', () => {
    expect(controleer({ ...LEEG, naam: ' ' }).naam).toHaveLength(1);
    expect(controleer({ ...LEEG, naam: 'x', kvknummer: '1234567' }).kvknummer).toHaveLength(1);
    expect(controleer({ ...LEEG, naam: 'x', kvknummer: '1234567a' }).kvknummer).toHaveLength(1);
    expect(controleer({ ...LEEG, naam: 'x', kvknummer: ' 12345678 ' })).toEqual({ naam: [], kvknummer: [] });
    expect(controleer({ ...LEEG, naam: 'x' })).toEqual({ naam: [], kvknummer: [] });
  });
});
