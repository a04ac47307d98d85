import { mutatieSoort } from './bankafschriften';

describe('bankafschriften', () => {
  it('shows a linked line as good, an open one as a warning (it keeps its month open) and an explained one neutral', () => {
    expect(mutatieSoort('gekoppeld')).toBe('success');
    expect(mutatieSoort('open')).toBe('warning');
    expect(mutatieSoort('verklaard')).toBe('neutral');
  });
});
