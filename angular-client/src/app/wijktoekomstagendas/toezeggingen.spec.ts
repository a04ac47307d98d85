import { InstellingToezeggingDto, VerzoekDto } from '../api/api-client';
import { lopendeToezeggingen, metToezegging } from './toezeggingen';

function toezegging(id: string, voortgang: InstellingToezeggingDto['voortgang']): InstellingToezeggingDto {
  return { id, omschrijving: id, uiterlijk: '2027-01-01', voortgang, verlopen: false };
}

function verzoek(id: string, beantwoordOp: string | null, toezeggingen: InstellingToezeggingDto[]): VerzoekDto {
  return { id, beantwoordOp, toezeggingen } as VerzoekDto;
}

describe('toezeggingen', () => {
  const verzoeken = [
    verzoek('v1', '2026-03-01T10:00:00Z', [toezegging('t1', 'open'), toezegging('t2', 'nagekomen')]),
    verzoek('v2', null, []),
    verzoek('v3', '2026-04-01T10:00:00Z', [toezegging('t3', 'nietNagekomen'), toezegging('t4', 'open')]),
  ];

  it('noemt alleen de lopende toezeggingen van beantwoorde verzoeken, in de volgorde van de verzoeken', () => {
    expect(lopendeToezeggingen(verzoeken).map((l) => `${l.verzoek.id}/${l.toezegging.id}`)).toEqual(['v1/t1', 'v3/t4']);
  });

  it('vervangt één toezegging door het antwoord van de server en laat de rest staan', () => {
    const nieuw = metToezegging(verzoeken, 'v3', toezegging('t4', 'nagekomen'));
    expect(nieuw[2].toezeggingen.map((t) => t.voortgang)).toEqual(['nietNagekomen', 'nagekomen']);
    expect(nieuw[0]).toBe(verzoeken[0]);
    expect(lopendeToezeggingen(nieuw).map((l) => l.toezegging.id)).toEqual(['t1']);
  });
});
