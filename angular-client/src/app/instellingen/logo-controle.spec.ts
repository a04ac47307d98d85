import { LOGO_MAX_BYTES, controleerLogo } from './logo-controle';
import { INSTELLINGEN_TEKSTEN as T } from './teksten';

describe('controleerLogo', () => {
  it('accepteert PNG, JPEG en WebP tot en met 256 KB', () => {
    expect(controleerLogo({ type: 'image/png', size: 1 })).toBeNull();
    expect(controleerLogo({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(controleerLogo({ type: 'image/webp', size: LOGO_MAX_BYTES })).toBeNull();
  });

  it('weigert een ander type met de melding van de API', () => {
    expect(controleerLogo({ type: 'image/gif', size: 100 })).toBe('Een logo moet een PNG-, JPEG- of WebP-afbeelding zijn.');
    expect(controleerLogo({ type: 'image/svg+xml', size: 100 })).toBe(T.logoVerkeerdType);
    expect(controleerLogo({ type: '', size: 100 })).toBe(T.logoVerkeerdType);
  });

  it('weigert een leeg of te groot bestand met de melding van de API (grootte eerst, zoals de API)', () => {
    expect(controleerLogo({ type: 'image/png', size: LOGO_MAX_BYTES + 1 })).toBe('Een logo moet tussen 1 byte en 256 KB groot zijn.');
    expect(controleerLogo({ type: 'image/png', size: 0 })).toBe(T.logoTeGroot);
    expect(controleerLogo({ type: 'image/gif', size: LOGO_MAX_BYTES + 1 })).toBe(T.logoTeGroot);
  });
});
