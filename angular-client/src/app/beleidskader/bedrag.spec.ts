import { aandeel, bedragInvoer, formatEuro, parseEuro } from './bedrag';

// Intl puts a no-break space between € and the amount.
const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('bedragen in eurocenten', () => {
  it('toont eurocenten als Nederlandse euro’s', () => {
    expect(nb(formatEuro(1234567))).toBe('€ 12.345,67');
    expect(nb(formatEuro(0))).toBe('€ 0,00');
    expect(nb(formatEuro(100_000_000_000_00))).toBe('€ 100.000.000.000,00');
  });

  it('toont het bedrag in het invoerveld zonder overbodige decimalen', () => {
    expect(bedragInvoer(1234567)).toBe('12.345,67');
    expect(bedragInvoer(12500000)).toBe('125.000');
    expect(bedragInvoer(50)).toBe('0,5');
  });

  it('leest getypte euro’s als eurocenten, zonder afrondingsfouten', () => {
    expect(parseEuro('12.345,67')).toBe(1234567);
    expect(parseEuro('12345,67')).toBe(1234567);
    expect(parseEuro('€ 125.000')).toBe(12500000);
    expect(parseEuro('0,5')).toBe(50);
    expect(parseEuro('1,10')).toBe(110);
    expect(parseEuro(bedragInvoer(1234567))).toBe(1234567);
  });

  it('weigert wat geen bedrag is', () => {
    for (const fout of ['', 'abc', '-5', '1,234', '12.34', '1.2345,00', '12,345.67']) expect(parseEuro(fout)).toBeNull();
  });

  it('geeft het aandeel als percentage, ook bij een totaal van nul', () => {
    expect(nb(aandeel(250, 1000))).toBe('25%');
    expect(nb(aandeel(1, 3))).toBe('33,3%');
    expect(nb(aandeel(0, 0))).toBe('0%');
  });
});
