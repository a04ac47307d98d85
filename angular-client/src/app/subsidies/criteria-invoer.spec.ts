import { criteriafouten } from './criteria-invoer';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

describe('criteriafouten', () => {
  it('asks for at least one criterion', () => {
    expect(criteriafouten([])).toEqual([T.criteriaVerplicht]);
  });

  it('accepts named, explained criteria', () => {
    expect(criteriafouten([{ naam: 'Van bewoners', toelichting: 'Bewoners organiseren het zelf.' }])).toEqual([]);
  });

  it('wants a name and an explanation for each', () => {
    expect(criteriafouten([{ naam: 'Van bewoners', toelichting: '' }])).toEqual([T.criteriumOnvolledig]);
  });

  it('refuses two criteria of the same name, whatever the case (a review scores each by name)', () => {
    expect(criteriafouten([{ naam: 'Open', toelichting: 'a' }, { naam: 'open', toelichting: 'b' }])).toEqual([T.criteriumDubbel]);
  });
});
