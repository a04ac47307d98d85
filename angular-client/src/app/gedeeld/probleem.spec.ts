import { HttpErrorResponse } from '@angular/common/http';
import { ApiException } from '../api/api-client';
import { naarProbleem, veldfoutenUit } from './probleem';

describe('problem+json naar veldfouten', () => {
  it('koppelt errors aan formuliervelden (hoofdletterongevoelig, ook geneste sleutels)', () => {
    const uit = veldfoutenUit(
      { naam: ['Vul de naam in.'], Slug: ['Deze slug is al in gebruik.'], 'rollen[0]': ['Onbekende rol.'], iets: ['Algemeen probleem.'] },
      ['naam', 'slug', 'rollen'],
    );
    expect(uit).toEqual({
      naam: ['Vul de naam in.'],
      slug: ['Deze slug is al in gebruik.'],
      rollen: ['Onbekende rol.'],
      '': ['Algemeen probleem.'],
    });
  });

  it('leest de ProblemDetails die de gegenereerde client gooit', () => {
    const p = naarProbleem(
      { type: 'x', title: 'Ongeldige invoer', status: 400, detail: 'De gemeentecode is ongeldig.', errors: { gemeentecode: ['De gemeentecode is ongeldig.'] } },
      ['naam', 'slug', 'gemeentecode'],
    );
    expect(p.status).toBe(400);
    expect(p.titel).toBe('Ongeldige invoer');
    expect(p.veldfouten).toEqual({ gemeentecode: ['De gemeentecode is ongeldig.'] });
  });

  it('leest een ApiException met een problem+json-body', () => {
    const body = JSON.stringify({ title: 'Conflict', status: 409, errors: { slug: ['Bestaat al.'] } });
    const p = naarProbleem(new ApiException('fout', 409, body, {}, null), ['slug']);
    expect(p.status).toBe(409);
    expect(p.veldfouten['slug']).toEqual(['Bestaat al.']);
  });

  it('maakt van een netwerkfout een Nederlandse melding met status 0', () => {
    const p = naarProbleem(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }));
    expect(p.status).toBe(0);
    expect(p.titel).toContain('niet bereikbaar');
    expect(p.veldfouten).toEqual({});
  });
});
