import { describe, expect, it } from 'vitest';
import { regelfouten } from './csv';

describe('regelfouten', () => {
  it('lists the per-line errors of a rejected CSV in line order', () => {
    const fout = { status: 400, title: 'Ongeldig', errors: { 'regel 10': ['Onbekende gebiedscode.'], 'regel 3': ['Waarde is geen getal.', 'Jaar ontbreekt.'] } };
    expect(regelfouten(fout)).toEqual([
      { regel: 'regel 3', berichten: ['Waarde is geen getal.', 'Jaar ontbreekt.'] },
      { regel: 'regel 10', berichten: ['Onbekende gebiedscode.'] },
    ]);
  });
  it('is empty without errors', () => {
    expect(regelfouten({ status: 500 })).toEqual([]);
  });
});
