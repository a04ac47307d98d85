import { GrootboekrekeningDto } from '../api/api-client';
import { RegelInvoer, balansrekeningen, controleerPost, controleerRegel, periodeSoort, regelsVerzoek, totalen } from './journaalpost';

const kas: RegelInvoer = { rekening: '1000', debet: '', credit: '25,50' };
const huur: RegelInvoer = { rekening: '4100', debet: '25,50', credit: '' };

describe('journaalpost', () => {
  it('asks each line for an account and a positive amount on exactly one side', () => {
    expect(controleerRegel(kas)).toBeNull();
    expect(controleerRegel({ ...kas, rekening: '' })).toBe('rekening');
    expect(controleerRegel({ ...kas, debet: '10' })).toBe('eenZijde');
    expect(controleerRegel({ ...kas, credit: '' })).toBe('eenZijde');
    expect(controleerRegel({ ...kas, credit: '-5' })).toBe('bedrag');
    expect(controleerRegel({ ...kas, credit: 'veel' })).toBe('bedrag');
  });

  it('accepts an entry in balance and refuses one whose debits and credits differ (double entry)', () => {
    expect(controleerPost({ boekdatum: '2026-11-02', omschrijving: 'Huur november', regels: [kas, huur] })).toEqual({ post: [], regels: [null, null] });
    expect(controleerPost({ boekdatum: '2026-11-02', omschrijving: 'Huur', regels: [kas, { ...huur, debet: '25,00' }] }).post).toEqual(['evenwicht']);
    expect(controleerPost({ boekdatum: '', omschrijving: ' ', regels: [kas] }).post).toEqual(['boekdatum', 'omschrijving', 'tweeRegels']);
    expect(totalen([kas, huur, { ...huur, debet: 'x' }])).toEqual({ debet: 2_550, credit: 2_550 });
  });

  it('lets an opening balance be empty (a group that starts with nothing)', () => {
    expect(controleerPost({ regels: [] }, true).post).toEqual([]);
    expect(controleerPost({ regels: [] }).post).toEqual(['tweeRegels']);
  });

  it('sends the amounts in eurocents, the empty side as 0', () => {
    expect(regelsVerzoek([kas, huur])).toEqual([
      { rekening: '1000', debetEurocent: 0, creditEurocent: 2_550 }, { rekening: '4100', debetEurocent: 2_550, creditEurocent: 0 },
    ]);
  });

  it('offers only balance accounts for the opening balance and marks a blocked month in red', () => {
    const rekening = (code: string, soort: GrootboekrekeningDto['soort']): GrootboekrekeningDto => ({ code, rgsCode: 'B', omschrijving: code, soort, rol: 'geen' });
    expect(balansrekeningen([rekening('1000', 'activa'), rekening('0500', 'passiva'), rekening('4100', 'lasten'), rekening('8000', 'baten')]).map((r) => r.code))
      .toEqual(['1000', '0500']);
    expect(periodeSoort('open', 1)).toBe('danger');
    expect(periodeSoort('afgesloten', 0)).toBe('success');
  });
});
