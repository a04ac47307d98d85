import { controleerDeclaratie, declaratieFormulier, isIban, type DeclaratieInvoer } from './declaratie-invoer';

const goed: DeclaratieInvoer = {
  administratieId: 'a1', bedrag: '12,50', uitgavedatum: '2026-11-30', rekening: '4100', omschrijving: 'Koffie',
  naamBegunstigde: 'Anna de Vries', iban: 'NL91 ABNA 0417 1643 00', bonnetje: { size: 2048 },
};

describe('declaratie-invoer', () => {
  it('kent een geldig IBAN en weigert een verkeerd controlegetal', () => {
    expect(isIban('NL91ABNA0417164300')).toBe(true);
    expect(isIban('nl91 abna 0417 1643 00')).toBe(true);
    expect(isIban('NL92ABNA0417164300')).toBe(false);
    expect(isIban('1234')).toBe(false);
  });

  it('vindt niets aan een volledige declaratie', () => {
    expect(controleerDeclaratie(goed, '2026-12-01', true)).toEqual({});
  });

  it('noemt elk ontbrekend veld', () => {
    const leeg: DeclaratieInvoer = { administratieId: '', bedrag: '', uitgavedatum: '', rekening: '', omschrijving: ' ', naamBegunstigde: '', iban: '', bonnetje: null };
    expect(controleerDeclaratie(leeg, '2026-12-01', true)).toEqual({
      administratieId: 'administratieFout', bedrag: 'bedragFout', uitgavedatum: 'datumFout', rekening: 'rekeningFout',
      omschrijving: 'omschrijvingFout', naamBegunstigde: 'begunstigdeFout', iban: 'ibanFout', bonnetje: 'bonnetjeFout',
    });
  });

  it('weigert een uitgave in de toekomst, een bedrag van nul en een te groot bonnetje', () => {
    const f = controleerDeclaratie({ ...goed, uitgavedatum: '2026-12-02', bedrag: '0', bonnetje: { size: 11 * 1024 * 1024 } }, '2026-12-01', true);
    expect(f).toEqual({ uitgavedatum: 'datumFout', bedrag: 'bedragFout', bonnetje: 'bonnetjeTeGroot' });
  });

  it('laat een concept zonder bonnetje toe', () => {
    expect(controleerDeclaratie({ ...goed, bonnetje: null }, '2026-12-01', false)).toEqual({});
  });

  it('stuurt het bedrag in eurocent en het IBAN zonder spaties', () => {
    const bon = new File([new Uint8Array([1, 2, 3])], 'bon.png', { type: 'image/png' });
    const form = declaratieFormulier({ ...goed, bedrag: '1.234,5', bonnetje: bon }, true);
    expect(form.get('bedragEurocent')).toBe('123450');
    expect(form.get('iban')).toBe('NL91ABNA0417164300');
    expect(form.get('indienen')).toBe('true');
    expect((form.get('bonnetje') as File).name).toBe('bon.png');
  });
});
