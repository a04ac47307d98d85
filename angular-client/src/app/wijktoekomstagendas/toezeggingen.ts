import { InstellingToezeggingDto, VerzoekDto } from '../api/api-client';

export interface LopendeToezegging {
  verzoek: VerzoekDto;
  toezegging: InstellingToezeggingDto;
}

/** The promises of answered requests whose outcome is not recorded yet, in the order of the requests. */
export function lopendeToezeggingen(verzoeken: readonly VerzoekDto[]): LopendeToezegging[] {
  return verzoeken
    .filter((v) => v.beantwoordOp !== null)
    .flatMap((v) => v.toezeggingen.filter((t) => t.voortgang === 'open').map((toezegging) => ({ verzoek: v, toezegging })));
}

/** The requests with one promise replaced by the server's answer. */
export function metToezegging(verzoeken: readonly VerzoekDto[], verzoekId: string, toezegging: InstellingToezeggingDto): VerzoekDto[] {
  return verzoeken.map((v) => (v.id === verzoekId ? { ...v, toezeggingen: v.toezeggingen.map((t) => (t.id === toezegging.id ? toezegging : t)) } : v));
}
