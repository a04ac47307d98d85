import { GRONDARTIKEL, GRONDEN, artikelVan, controleerWijziging, toepasselijkeArtikelen, veldVanMelding, veldenVoor, wijzigingsverzoek, Wijzigingsinvoer } from './wijziging';

const invoer: Wijzigingsinvoer = {
  grond: 'activiteitenNietVerricht', intrekken: false, bedragEurocent: 50_000, toelichting: 'Vier van de tien avonden gingen niet door.',
  ingang: '', afbouwTot: '', overtredenOp: '',
};

describe('wijziging', () => {
  it('offers the grounds of the verlening before the vaststelling and those of the vaststelling after it', () => {
    expect(toepasselijkeArtikelen({ soort: 'verlening', vaststellingId: null, ingetrokkenOp: null })).toEqual(['4:48', '4:50']);
    expect(toepasselijkeArtikelen({ soort: 'verlening', vaststellingId: 'v', ingetrokkenOp: null })).toEqual(['4:49']);
  });

  it('offers nothing for a weigering or a verlening already withdrawn', () => {
    expect(toepasselijkeArtikelen({ soort: 'weigering', vaststellingId: null, ingetrokkenOp: null })).toEqual([]);
    expect(toepasselijkeArtikelen({ soort: 'verlening', vaststellingId: null, ingetrokkenOp: '2026-12-03' })).toEqual([]);
  });

  it('cites every ground in the article it is grouped under', () => {
    for (const [artikel, gronden] of Object.entries(GRONDEN)) for (const g of gronden) expect(GRONDARTIKEL[g].startsWith(`${artikel},`)).toBe(true);
  });

  it('knows the article of every ground', () => {
    expect(artikelVan('begrotingsvoorbehoud')).toBe('4:48');
    expect(artikelVan('veranderdeOmstandigheden')).toBe('4:50');
    expect(artikelVan('verplichtingenNaVaststelling')).toBe('4:49');
  });

  it('asks the ingang optionally for 4:48, required with the phase-out term for 4:50, and the day of the breach for 4:49 c', () => {
    expect(veldenVoor('onjuisteGegevens')).toEqual({ ingang: 'optioneel', afbouwTot: false, overtredenOp: false });
    expect(veldenVoor('veranderdeOmstandigheden')).toEqual({ ingang: 'verplicht', afbouwTot: true, overtredenOp: false });
    expect(veldenVoor('onbekendeFeiten')).toEqual({ ingang: 'geen', afbouwTot: false, overtredenOp: false });
    expect(veldenVoor('verplichtingenNaVaststelling')).toEqual({ ingang: 'geen', afbouwTot: false, overtredenOp: true });
    expect(veldenVoor(null)).toEqual({ ingang: 'geen', afbouwTot: false, overtredenOp: false });
  });

  it('accepts a lower amount with a toelichting, and an intrekking whatever the amount field says', () => {
    expect(controleerWijziging(invoer, 80_000, '2026-12-03')).toEqual({});
    expect(controleerWijziging({ ...invoer, intrekken: true, bedragEurocent: null }, 80_000, '2026-12-03')).toEqual({});
  });

  it('refuses no ground, an amount not lower than now, and an empty toelichting', () => {
    expect(controleerWijziging({ ...invoer, grond: null, bedragEurocent: 80_000, toelichting: '  ' }, 80_000, '2026-12-03')).toEqual({
      grond: 'grondVerplicht', bedrag: 'bedragNietLager', toelichting: 'toelichtingVerplicht',
    });
    expect(controleerWijziging({ ...invoer, bedragEurocent: null }, 80_000, '2026-12-03')).toEqual({ bedrag: 'bedragOngeldig' });
  });

  it('asks 4:50 for an ingang after today and 4:49 c for a breach not after today', () => {
    const later = { ...invoer, grond: 'veranderdeOmstandigheden' as const };
    expect(controleerWijziging(later, 80_000, '2026-12-03')).toEqual({ ingang: 'ingangVerplicht' });
    expect(controleerWijziging({ ...later, ingang: '2026-12-03' }, 80_000, '2026-12-03')).toEqual({ ingang: 'ingangNaVandaag' });
    expect(controleerWijziging({ ...later, ingang: '2027-01-01' }, 80_000, '2026-12-03')).toEqual({});
    const breuk = { ...invoer, grond: 'verplichtingenNaVaststelling' as const };
    expect(controleerWijziging(breuk, 80_000, '2026-12-03')).toEqual({ overtredenOp: 'overtredenOpVerplicht' });
    expect(controleerWijziging({ ...breuk, overtredenOp: '2026-12-04' }, 80_000, '2026-12-03')).toEqual({ overtredenOp: 'overtredenOpNaVandaag' });
  });

  it('sends only the dates the ground uses, and nil for an intrekking', () => {
    const alles = { ...invoer, ingang: '2026-06-01', afbouwTot: '2027-06-30', overtredenOp: '2026-05-01' };
    expect(wijzigingsverzoek('b', alles)).toEqual({
      beschikkingId: 'b', grond: 'activiteitenNietVerricht', nieuwBedragEurocent: 50_000, toelichting: invoer.toelichting,
      ingang: '2026-06-01', afbouwTot: null, overtredenOp: null,
    });
    expect(wijzigingsverzoek('b', { ...alles, grond: 'veranderdeOmstandigheden', intrekken: true })).toMatchObject({ nieuwBedragEurocent: 0, ingang: '2026-06-01', afbouwTot: '2027-06-30' });
    expect(wijzigingsverzoek('b', { ...alles, grond: 'verplichtingenNaVaststelling' })).toMatchObject({ ingang: null, afbouwTot: null, overtredenOp: '2026-05-01' });
    expect(wijzigingsverzoek('b', { ...invoer, grond: 'onjuisteGegevens' }).ingang).toBeNull();
  });

  it('puts a refusal of the server next to the field it is about', () => {
    expect(veldVanMelding('Deze organisatie ontvangt al 3 jaar of langer achter elkaar subsidie. Verlagen kan alleen met een redelijke afbouwtermijn (artikel 4:51 Awb): geef aan tot wanneer de afbouw loopt.')).toBe('afbouwTot');
    expect(veldVanMelding('Een wijziging of intrekking wegens veranderde omstandigheden gaat in op een later tijdstip, met een redelijke termijn (artikel 4:50 Awb): kies een ingangsdatum na vandaag.')).toBe('ingang');
    expect(veldVanMelding('Een wijziging ten nadele geeft een lager bedrag dan nu verleend (€ 800,00); met nul trekt u de verlening in.')).toBe('bedrag');
    expect(veldVanMelding('Een voorschot staat nog in een betaalopdracht die niet is uitgevoerd; leg eerst vast dat de bank haar heeft uitgevoerd.')).toBeNull();
  });
});
