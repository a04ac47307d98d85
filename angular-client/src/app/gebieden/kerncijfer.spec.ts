import { bronRegel, formatWaarde } from './kerncijfer';

describe('kerncijfer-opmaak', () => {
  it('toont "onbekend" voor een ontbrekende waarde, nooit 0', () => {
    expect(formatWaarde({ waarde: null })).toBe('onbekend');
    expect(formatWaarde({ waarde: undefined as unknown as null })).toBe('onbekend');
    expect(formatWaarde({ waarde: 12, bekend: false })).toBe('onbekend');
  });

  it('toont een echte 0 als 0', () => {
    expect(formatWaarde({ waarde: 0, bekend: true })).toBe('0');
  });

  it('gebruikt de Nederlandse notatie', () => {
    expect(formatWaarde({ waarde: 1234567.891 })).toBe('1.234.567,89');
    expect(formatWaarde({ waarde: 0.5 })).toBe('0,5');
  });

  it('maakt de bronregel', () => {
    expect(bronRegel({ bron: 'CBS Kerncijfers wijken en buurten', jaar: 2023 })).toBe('bron: CBS Kerncijfers wijken en buurten, 2023');
  });
});
