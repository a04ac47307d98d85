import { leesbaarIban } from './iban';

describe('leesbaarIban', () => {
  it('groups the electronic form by four', () => {
    expect(leesbaarIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });

  it('regroups what was typed with other spacing, in capitals', () => {
    expect(leesbaarIban(' nl91 abna04171643 00 ')).toBe('NL91 ABNA 0417 1643 00');
  });

  it('leaves no space at the end when the length is a multiple of four', () => {
    expect(leesbaarIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });
});
