import { volledigeTitel } from './titel';

describe('paginatitel', () => {
  it('zet de naam van de app achter de titel van de route, en alleen de naam zonder titel', () => {
    expect(volledigeTitel('Gemeenten')).toBe('Gemeenten – Gemeenschapskracht');
    expect(volledigeTitel(undefined)).toBe('Gemeenschapskracht');
    expect(volledigeTitel('Gemeenschapskracht')).toBe('Gemeenschapskracht');
  });
});
