import {
  OordeelInvoer, UitdagingInvoer, besluitVerzoek, controleerBesluit, controleerUitdaging, nietVoldaan, regelsUit, uitdagingSoort,
  uitdagingVeldVanMelding, uitdagingVerzoek, volgendeStap,
} from './uitdaging';

const uitdaging: UitdagingInvoer = {
  organisatieId: 'bewoners', groepsnaam: ' ', contactnaam: '', contactEmail: '', taak: ' Het beheer van het buurtpark ', wijkId: '',
  voorstel: 'Wij doen het al jaren.', bedrag: '12.500,00', van: '2027-01-01', tot: '2027-12-31',
};

describe('uitdaging', () => {
  it('accepts an organisation without a contact and sends empty fields as none, the amount in eurocents', () => {
    expect(controleerUitdaging(uitdaging)).toEqual({});
    expect(uitdagingVerzoek(uitdaging)).toEqual({
      organisatieId: 'bewoners', groepsnaam: null, contactnaam: null, contactEmail: null, taak: 'Het beheer van het buurtpark', wijkId: null,
      voorstel: 'Wij doen het al jaren.', bedragEurocent: 1_250_000, van: '2027-01-01', tot: '2027-12-31',
    });
  });

  it('asks a group without an organisation for its name and a contact with a valid e-mail address', () => {
    const groep = { ...uitdaging, organisatieId: '' };
    expect(controleerUitdaging(groep)).toEqual({ groepsnaam: 'organisatieOfGroep', contactnaam: 'contactnaam', contactEmail: 'contactEmail' });
    expect(controleerUitdaging({ ...groep, groepsnaam: 'Parkvrienden', contactnaam: 'An', contactEmail: 'an@voorbeeld.nl' })).toEqual({});
    expect(controleerUitdaging({ ...uitdaging, contactEmail: 'geen-adres' })).toEqual({ contactEmail: 'contactEmail' });
  });

  it('refuses a missing task or proposal, an amount of nothing and a period that ends before it starts', () => {
    expect(controleerUitdaging({ ...uitdaging, taak: ' ', voorstel: '', bedrag: '0', tot: '2027-01-01' }))
      .toEqual({ taak: 'taak', voorstel: 'voorstel', bedrag: 'bedrag', tot: 'tot' });
    expect(controleerUitdaging({ ...uitdaging, bedrag: 'veel', van: '' })).toEqual({ bedrag: 'bedrag', van: 'van' });
  });

  it('puts the refusal of an excluded task at the task field, other refusals at theirs', () => {
    expect(uitdagingVeldVanMelding("De gemeente heeft de taak 'Handhaving' uitgesloten van het uitdaagrecht (Participatieverordening).")).toBe('taak');
    expect(uitdagingVeldVanMelding('Een groep bewoners zonder organisatie noemt de groep en een contactpersoon met e-mailadres.')).toBe('groepsnaam');
    expect(uitdagingVeldVanMelding('De periode eindigt na de begindatum.')).toBe('tot');
    expect(uitdagingVeldVanMelding('Iets anders.')).toBeNull();
  });

  it('asks a decision to assess every criterion with a toelichting, to choose and to reason', () => {
    const leeg: OordeelInvoer[] = [{ nummer: 1, voldaan: null, toelichting: '' }, { nummer: 2, voldaan: false, toelichting: ' ' }];
    expect(controleerBesluit(null, leeg, ' ')).toEqual({ toekennen: 'keuze', 'voldaan-1': 'voldaan', 'toelichting-2': 'toelichting', motivering: 'motivering' });
    const compleet: OordeelInvoer[] = [{ nummer: 1, voldaan: true, toelichting: 'Goed' }, { nummer: 2, voldaan: false, toelichting: ' Nog niet ' }];
    expect(controleerBesluit(true, compleet, 'Omdat')).toEqual({});
    expect(nietVoldaan(compleet)).toEqual([2]);
    expect(besluitVerzoek(true, compleet, ' Omdat ')).toEqual({
      toekennen: true, motivering: 'Omdat', oordelen: [{ nummer: 1, voldaan: true, toelichting: 'Goed' }, { nummer: 2, voldaan: false, toelichting: 'Nog niet' }],
    });
  });

  it('offers the gemeente the next step of each status and none after the evaluation or a refusal', () => {
    expect(volgendeStap({ status: 'ingediend' })).toBe('ontvankelijkheid');
    expect(volgendeStap({ status: 'ontvankelijk' })).toBe('beoordeling');
    expect(volgendeStap({ status: 'inBeoordeling' })).toBe('besluit');
    expect(volgendeStap({ status: 'toegekend' })).toBe('overdracht');
    expect(volgendeStap({ status: 'gemonitord' })).toBe('monitoring');
    expect(volgendeStap({ status: 'afgewezen' })).toBe('geen');
    expect(volgendeStap({ status: 'geevalueerd' })).toBe('geen');
  });

  it('shows a refusal in red and a granted challenge in green', () => {
    expect(uitdagingSoort('nietOntvankelijk')).toBe('danger');
    expect(uitdagingSoort('afgewezen')).toBe('danger');
    expect(uitdagingSoort('toegekend')).toBe('success');
  });

  it('reads the excluded tasks one per line', () => {
    expect(regelsUit(' Handhaving \n\nBelastingen\n ')).toEqual(['Handhaving', 'Belastingen']);
  });
});
