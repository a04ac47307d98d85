import type { CoordinatorDto } from '../api/api-client';
import { controleerCoordinator, coordinatorVerzoek, invoerVanCoordinator, type CoordinatorInvoer } from './coordinator';

const goed: CoordinatorInvoer = {
  host: 'h1', naam: ' Sanne de Vries ', functie: 'Opbouwwerker', urenPerWeek: '24,5', inDienstSinds: '2026-01-01', uitDienstPer: '',
  groepen: ['a1', 'a2'], toelichting: ' ',
};

describe('coordinator', () => {
  it('vindt niets aan een volledige coördinator en stuurt een leeg einde en lege toelichting als null', () => {
    expect(controleerCoordinator(goed)).toEqual({});
    expect(coordinatorVerzoek(goed)).toEqual({
      hostorganisatieId: 'h1', naam: 'Sanne de Vries', functie: 'Opbouwwerker', urenPerWeek: 24.5, inDienstSinds: '2026-01-01',
      uitDienstPer: null, administratieIds: ['a1', 'a2'], toelichting: null,
    });
  });

  it('noemt elk ontbrekend veld en weigert meer dan 40 uur en een einde voor het begin', () => {
    expect(controleerCoordinator({ ...LEEG_MET_EINDE })).toEqual({
      host: 'host', naam: 'naam', functie: 'functie', urenPerWeek: 'urenPerWeek', inDienstSinds: 'inDienstSinds',
    });
    expect(controleerCoordinator({ ...goed, urenPerWeek: '40,5', uitDienstPer: '2025-12-31' })).toEqual({
      urenPerWeek: 'urenPerWeek', uitDienstPer: 'uitDienstPer',
    });
  });

  it('vult het formulier weer met wat vastgelegd is', () => {
    const c: CoordinatorDto = {
      id: 'c1', hostId: 'h1', hostOrganisatieId: 'o1', hostNaam: 'Welzijn', naam: 'Sanne', functie: 'Opbouwwerker', urenPerWeek: 24.5,
      inDienstSinds: '2026-01-01', uitDienstPer: null, inDienst: true, groepen: [{ administratieId: 'a1', groepId: 'g1', groepNaam: 'Buurt' }],
      toelichting: null, aangemaaktOp: '2026-01-01T00:00:00Z', gewijzigdOp: '2026-01-01T00:00:00Z',
    };
    expect(invoerVanCoordinator(c)).toEqual({
      host: 'h1', naam: 'Sanne', functie: 'Opbouwwerker', urenPerWeek: '24,5', inDienstSinds: '2026-01-01', uitDienstPer: '', groepen: ['a1'],
      toelichting: '',
    });
  });
});

const LEEG_MET_EINDE: CoordinatorInvoer = { host: '', naam: '', functie: ' ', urenPerWeek: '', inDienstSinds: '', uitDienstPer: '2026-01-01', groepen: [], toelichting: '' };
