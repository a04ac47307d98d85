import { DienstverleningsafspraakDto } from '../api/api-client';
import {
  AfspraakInvoer, afspraakSoort, afspraakVeldVanMelding, afspraakVerzoek, controleerAfspraak, invoerVanAfspraak, magTekenen, openEvaluaties,
  professionalsUitInvoer, urenUitInvoer,
} from './dienstverleningsafspraak';

const invoer: AfspraakInvoer = {
  wijkbudgetId: 'budget', budgetregelId: 'regel', bewonersorganisatieId: 'bewoners', aanbiederId: 'welzijn', vorm: 'opdrachtgever',
  soortWerk: 'opbouwwerk', resultaten: ' Bewoners doen mee. ', werkwijze: 'Vanuit de buurtkamer.', urenPerWeek: '12,5', jaarprijs: '12.000,00',
  van: '2026-01-01', tot: '2027-12-31', selectieRecht: 'Kiezen mee.', sturingRecht: 'Elk kwartaal.', evaluatieRecht: 'Elk jaar.',
  professionals: 'Sanne Bakker, Ali Yilmaz\nSanne Bakker\n',
};

const afspraak = {
  ...afspraakVerzoek(invoer), id: 'a', wijkId: 'w', wijkNaam: 'Noord', bewonersorganisatieNaam: 'B', aanbiederNaam: 'W', totaalprijsEurocent: 2_400_000,
  status: 'verkend', ondertekeningen: [], gestartOp: null, beeindigingsreden: null, beeindigdOp: null, aangemaaktOp: '', gewijzigdOp: '',
  evaluatiemomenten: [
    { jaar: 2026, vastgelegd: false, samenvatting: null, vastgelegdDoor: null, vastgelegdOp: null },
    { jaar: 2027, vastgelegd: false, samenvatting: null, vastgelegdDoor: null, vastgelegdOp: null },
  ],
} as DienstverleningsafspraakDto;

describe('dienstverleningsafspraak', () => {
  it('reads hours a week with a decimal comma and names one per line or comma', () => {
    expect(urenUitInvoer(' 12 ')).toBe(12);
    expect(urenUitInvoer('12,5')).toBe(12.5);
    expect(urenUitInvoer('twaalf')).toBeNull();
    expect(professionalsUitInvoer(invoer.professionals)).toEqual(['Sanne Bakker', 'Ali Yilmaz']);
    expect(professionalsUitInvoer('  ')).toEqual([]);
  });

  it('accepts a complete agreement and sends every member, the price in eurocents', () => {
    expect(controleerAfspraak(invoer)).toEqual({});
    expect(afspraakVerzoek(invoer)).toEqual(expect.objectContaining({
      urenPerWeek: 12.5, jaarprijsEurocent: 1_200_000, resultaten: 'Bewoners doen mee.', professionals: ['Sanne Bakker', 'Ali Yilmaz'],
    }));
  });

  it('asks for every party, text, hours, price and an end after the start', () => {
    expect(controleerAfspraak({ ...invoer, aanbiederId: 'bewoners' })).toEqual({ aanbieder: 'tweePartijen' });
    expect(controleerAfspraak({ ...invoer, tot: invoer.van, urenPerWeek: '0', jaarprijs: 'veel' })).toEqual({ tot: 'tot', urenPerWeek: 'urenPerWeek', jaarprijs: 'jaarprijs' });
    expect(controleerAfspraak({ ...invoer, wijkbudgetId: '', budgetregelId: '', resultaten: ' ', sturingRecht: '' }))
      .toEqual({ wijkbudget: 'wijkbudget', regel: 'regel', resultaten: 'resultaten', sturingRecht: 'sturingRecht' });
  });

  it('fills the form from an agreement to change it', () => {
    expect(invoerVanAfspraak(afspraak)).toEqual(expect.objectContaining({ urenPerWeek: '12,5', jaarprijs: '12.000', professionals: 'Sanne Bakker\nAli Yilmaz' }));
  });

  it('puts a domain refusal without a field at the period or the price', () => {
    expect(afspraakVeldVanMelding('De afspraak valt binnen de periode van het wijkbudget (2026 tot en met 2029); meerjarig mag, daarbuiten niet.')).toBe('tot');
    expect(afspraakVeldVanMelding("De prijs per jaar (€ 50.000,00) is meer dan de begrotingsregel 'Opbouwwerk' heeft in 2026.")).toBe('jaarprijs');
    expect(afspraakVeldVanMelding('De bewonersorganisatie is niet ook de aanbieder: een afspraak heeft twee partijen.')).toBe('aanbieder');
    expect(afspraakVeldVanMelding('Iets anders.')).toBeNull();
  });

  it('lets a party sign once while verkend, and review the years up to now while it runs', () => {
    expect(magTekenen(afspraak, 'bewonersorganisatie')).toBe(true);
    const getekend = { ...afspraak, ondertekeningen: [{ partij: 'bewonersorganisatie', door: 'F', op: '' }] } as DienstverleningsafspraakDto;
    expect(magTekenen(getekend, 'bewonersorganisatie')).toBe(false);
    expect(magTekenen(getekend, 'aanbieder')).toBe(true);
    expect(openEvaluaties(afspraak, 2026)).toEqual([]);
    expect(openEvaluaties({ ...afspraak, status: 'actief' }, 2026)).toEqual([2026]);
    expect(openEvaluaties({ ...afspraak, status: 'actief' }, 2027)).toEqual([2026, 2027]);
  });

  it('shows a running agreement as success and an ended one as danger', () => {
    expect(afspraakSoort('actief')).toBe('success');
    expect(afspraakSoort('beeindigd')).toBe('danger');
    expect(afspraakSoort('verkend')).toBe('warning');
  });
});
