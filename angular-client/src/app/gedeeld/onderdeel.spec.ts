import { Routes } from '@angular/router';
import { routes } from '../app.routes';
import { Kijker, menuUit, onderdeel, startLinksUit } from './onderdeel';

const kijker = (rollen: string[], tenant: string | null = 'voorbeeldstad'): Kijker => ({ aangemeld: true, tenant, rollen });
const labels = (r: Routes, k: Kijker) => menuUit(r, k).map((m) => m.label);

describe('onderdeel: route, menu-item en rollen op één plek', () => {
  it('maakt van de rollen een guard en zet menu, kruimel en startlinks in de routedata', () => {
    const r = onderdeel({ path: 'x', menu: 'X', kruimel: 'Xen', rollen: ['raadslid'], startLinks: [{ label: 'Naar X', link: '/x' }], children: [] });
    expect(r.canActivate?.length).toBe(1);
    expect(r.data?.['kruimel']).toBe('Xen');
    expect(r.data?.['onderdeel']).toMatchObject({ menu: 'X', rollen: ['raadslid'] });
    expect(onderdeel({ path: '', menu: 'Start' }).canActivate).toEqual([]);
  });

  it('toont een menu-item alleen aan wie een van de rollen heeft, en met metGemeente alleen binnen een gemeente', () => {
    const r: Routes = [
      onderdeel({ path: '', menu: 'Start' }),
      onderdeel({ path: 'a', menu: 'A', rollen: ['raadslid'] }),
      onderdeel({ path: 'b', menu: 'B', rollen: ['raadslid'], metGemeente: true }),
      onderdeel({ path: 'c', rollen: ['raadslid'] }),
      { path: 'd', data: { kruimel: 'D' } },
    ];
    expect(labels(r, { aangemeld: false, tenant: null, rollen: [] })).toEqual(['Start']);
    expect(labels(r, kijker(['raadslid']))).toEqual(['Start', 'A', 'B']);
    expect(labels(r, kijker(['raadslid'], null))).toEqual(['Start', 'A']);
    expect(labels(r, kijker(['auditor']))).toEqual(['Start']);
    expect(menuUit(r, kijker(['raadslid']))).toEqual([
      { label: 'Start', link: '/', exact: true },
      { label: 'A', link: '/a', exact: false },
      { label: 'B', link: '/b', exact: false },
    ]);
  });

  it('het menu van de app per rol (zoals de browsertest client-navigatie het verwacht)', () => {
    // The kader in force and the shared wijkbeelden, the BuurtTops and the agendas are public (read by gemeente slug without signing in), so everyone sees them.
    expect(labels(routes, { aangemeld: false, tenant: null, rollen: [] })).toEqual(['Start', 'Beleidskader', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies', 'Visitaties', 'Etalage', 'Conferenties']);
    expect(labels(routes, kijker(['platform-beheerder'], null))).toEqual(['Start', 'Gemeenten', 'Beleidskader', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies', 'Visitaties', 'Etalage', 'Conferenties']);
    expect(labels(routes, kijker(['gemeente-beheerder']))).toEqual(['Start', 'Wijkindeling', 'Beleidskader', 'Organisaties', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies', 'Visitaties', 'Etalage', 'Conferenties', 'Gebruikers', 'Instellingen', 'Privacy (AVG)']);
    for (const rol of ['beleidsmedewerker', 'raadslid', 'griffie', 'bewonersorganisatie', 'professional', 'backoffice', 'visitatiepanel-lid'])
      expect(labels(routes, kijker([rol]))).toEqual(['Start', 'Wijkindeling', 'Beleidskader', 'Organisaties', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies', 'Visitaties', 'Etalage', 'Conferenties']);
    // The auditor reads the AVG register, the retention terms and the erasures carried out.
    expect(labels(routes, kijker(['auditor']))).toEqual(['Start', 'Wijkindeling', 'Beleidskader', 'Organisaties', 'Wijkbeelden', 'BuurtTops', "Wijktoekomstagenda's", 'Wijkbudgetten', 'Subsidies', 'Visitaties', 'Etalage', 'Conferenties', 'Privacy (AVG)']);
  });

  it('de startlinks van de app per rol, met de rollen van een link zelf', () => {
    const links = (k: Kijker) => startLinksUit(routes, k).map((l) => l.link + ' ' + l.label);
    expect(links(kijker(['platform-beheerder'], null))).toEqual([
      '/gemeenten Gemeenten bekijken en inrichten',
      '/gemeenten/nieuw Een nieuwe gemeente toevoegen',
      '/beleidskader Het geldende beleidskader lezen',
      '/wijkbeelden De wijkbeelden lezen',
      '/buurttops De BuurtTops bekijken',
      "/wijktoekomstagendas De wijktoekomstagenda's lezen",
      '/verzoeken/tracker Zien wie reageerde op de wijk',
      '/wijkbudgetten De wijkbudgetten bekijken',
      '/wijkbudgetten/methodiek Hoe de wijkbudgetten worden verdeeld',
      '/uitdagingen Het uitdaagrecht: regels en uitkomsten',
      '/administraties/openbaar Wat bewonersgroepen binnenkregen en uitgaven (openbare balansen)',
      '/subsidies De subsidieregelingen bekijken',
      '/subsidies/open-data Verleende subsidies (open data)',
      '/visitaties Visitatierapporten lezen',
      '/etalage De etalage: wat werkt in de wijken',
      '/ervaringsconferenties Ervaringsconferenties: leren van elkaars wijken',
    ]);
    expect(links(kijker(['beleidsmedewerker']))).toEqual([
      '/wijken Wijken bekijken en naam, pilot of ouder aanpassen',
      '/wijken/boom De wijkindeling als boom bekijken',
      '/beleidskader Het geldende beleidskader lezen',
      '/beleidskader/versies Versies van het beleidskader bekijken en een concept opstellen',
      '/organisaties Het register van organisaties bekijken',
      '/organisaties/nieuw Een organisatie toevoegen',
      '/wijkbeelden De wijkbeelden lezen',
      '/buurttops De BuurtTops bekijken',
      '/buurttops/cyclus De BuurtTop-cyclus instellen',
      "/wijktoekomstagendas De wijktoekomstagenda's lezen",
      '/verzoeken/tracker Zien wie reageerde op de wijk',
      '/wijkbudgetten De wijkbudgetten bekijken',
      '/wijkbudgetten/methodiek Hoe de wijkbudgetten worden verdeeld',
      '/trekkingsrechten Trekkingsrechten van bewonersinitiatieven',
      '/dienstverleningsafspraken Dienstverleningsafspraken over professioneel werk in de wijken',
      '/uitdagingen Het uitdaagrecht: regels en uitkomsten',
      '/uitdagingen/overzicht Uitdagingen behandelen',
      '/administraties/openbaar Wat bewonersgroepen binnenkregen en uitgaven (openbare balansen)',
      '/administraties De administraties van bewonersgroepen',
      '/subsidies De subsidieregelingen bekijken',
      '/subsidies/open-data Verleende subsidies (open data)',
      '/subsidies/aanvragen Subsidieaanvragen behandelen',
      '/subsidies/betaalopdrachten Voorschotten betalen',
      '/subsidies/verantwoordingen Verantwoordingen en vaststellingen',
      '/subsidies/afbouw Afbouwsignalen: subsidie van drie jaar of langer',
      '/visitaties Visitatierapporten lezen',
      '/visitaties/dossiers Mijn visitaties',
      '/etalage De etalage: wat werkt in de wijken',
      '/etalage/nomineren Een verhaal nomineren voor de etalage',
      '/ervaringsconferenties Ervaringsconferenties: leren van elkaars wijken',
      '/ervaringsconferenties/nieuw Een ervaringsconferentie plannen',
    ]);
    expect(links(kijker(['raadslid']))).toEqual([
      '/wijken De wijken van uw gemeente bekijken',
      '/wijken/boom De wijkindeling als boom bekijken',
      '/beleidskader Het geldende beleidskader lezen',
      '/organisaties Het register van organisaties bekijken',
      '/wijkbeelden De wijkbeelden lezen',
      '/buurttops De BuurtTops bekijken',
      "/wijktoekomstagendas De wijktoekomstagenda's lezen",
      '/verzoeken/tracker Zien wie reageerde op de wijk',
      '/wijkbudgetten De wijkbudgetten bekijken',
      '/wijkbudgetten/methodiek Hoe de wijkbudgetten worden verdeeld',
      '/dienstverleningsafspraken Dienstverleningsafspraken over professioneel werk in de wijken',
      '/uitdagingen Het uitdaagrecht: regels en uitkomsten',
      '/administraties/openbaar Wat bewonersgroepen binnenkregen en uitgaven (openbare balansen)',
      '/subsidies De subsidieregelingen bekijken',
      '/subsidies/open-data Verleende subsidies (open data)',
      '/subsidies/afbouw Afbouwsignalen: subsidie van drie jaar of langer',
      '/visitaties Visitatierapporten lezen',
      '/visitaties/dossiers Mijn visitaties',
      '/etalage De etalage: wat werkt in de wijken',
      '/etalage/nomineren Een verhaal nomineren voor de etalage',
      '/ervaringsconferenties Ervaringsconferenties: leren van elkaars wijken',
    ]);
    expect(links(kijker(['griffie']))).toEqual([
      '/wijken De wijken van uw gemeente bekijken',
      '/wijken/boom De wijkindeling als boom bekijken',
      '/beleidskader Het geldende beleidskader lezen',
      '/beleidskader/versies De vaststelling door de raad vastleggen',
      '/organisaties Het register van organisaties bekijken',
      '/wijkbeelden De wijkbeelden lezen',
      '/buurttops De BuurtTops bekijken',
      "/wijktoekomstagendas De wijktoekomstagenda's lezen",
      '/verzoeken/tracker Zien wie reageerde op de wijk',
      '/wijkbudgetten De wijkbudgetten bekijken',
      '/wijkbudgetten/methodiek Hoe de wijkbudgetten worden verdeeld',
      '/uitdagingen Het uitdaagrecht: regels en uitkomsten',
      '/administraties/openbaar Wat bewonersgroepen binnenkregen en uitgaven (openbare balansen)',
      '/subsidies De subsidieregelingen bekijken',
      '/subsidies/open-data Verleende subsidies (open data)',
      '/subsidies/afbouw Afbouwsignalen: subsidie van drie jaar of langer',
      '/visitaties Visitatierapporten lezen',
      '/visitaties/dossiers Mijn visitaties',
      '/etalage De etalage: wat werkt in de wijken',
      '/ervaringsconferenties Ervaringsconferenties: leren van elkaars wijken',
    ]);
    expect(links(kijker(['gemeente-beheerder']))).toEqual([
      '/wijken Wijken bekijken en naam, pilot of ouder aanpassen',
      '/wijken/boom De wijkindeling als boom bekijken',
      '/beleidskader Het geldende beleidskader lezen',
      '/beleidskader/versies Versies van het beleidskader bekijken en een concept opstellen',
      '/organisaties Het register van organisaties bekijken',
      '/organisaties/nieuw Een organisatie toevoegen',
      '/wijkbeelden De wijkbeelden lezen',
      '/buurttops De BuurtTops bekijken',
      '/buurttops/cyclus De BuurtTop-cyclus instellen',
      "/wijktoekomstagendas De wijktoekomstagenda's lezen",
      '/verzoeken/tracker Zien wie reageerde op de wijk',
      '/wijkbudgetten De wijkbudgetten bekijken',
      '/wijkbudgetten/methodiek Hoe de wijkbudgetten worden verdeeld',
      '/trekkingsrechten Trekkingsrechten van bewonersinitiatieven',
      '/dienstverleningsafspraken Dienstverleningsafspraken over professioneel werk in de wijken',
      '/uitdagingen Het uitdaagrecht: regels en uitkomsten',
      '/uitdagingen/overzicht Uitdagingen behandelen',
      '/uitdagingen/verordening De participatieverordening (uitdaagrecht) vastleggen',
      '/administraties/openbaar Wat bewonersgroepen binnenkregen en uitgaven (openbare balansen)',
      '/administraties De administraties van bewonersgroepen',
      '/subsidies De subsidieregelingen bekijken',
      '/subsidies/open-data Verleende subsidies (open data)',
      '/subsidies/aanvragen Subsidieaanvragen behandelen',
      '/subsidies/betaalopdrachten Voorschotten betalen',
      '/subsidies/verantwoordingen Verantwoordingen en vaststellingen',
      '/subsidies/verantwoordingskader Grenzen voor de verantwoording',
      '/subsidies/afbouw Afbouwsignalen: subsidie van drie jaar of langer',
      '/visitaties Visitatierapporten lezen',
      '/visitaties/dossiers Mijn visitaties',
      '/etalage De etalage: wat werkt in de wijken',
      '/etalage/nomineren Een verhaal nomineren voor de etalage',
      '/ervaringsconferenties Ervaringsconferenties: leren van elkaars wijken',
      '/ervaringsconferenties/nieuw Een ervaringsconferentie plannen',
      '/leden Gebruikers van uw gemeente beheren',
      '/leden/uitnodigen Iemand uitnodigen',
      '/persoonsgegevens/verzoek Een verzoek om inzage of verwijdering van persoonsgegevens behandelen',
      '/persoonsgegevens/verwerkingsregister Het verwerkingsregister bekijken',
    ]);
    expect(links({ aangemeld: false, tenant: null, rollen: [] })).toEqual(['/beleidskader Het geldende beleidskader lezen', '/wijkbeelden De wijkbeelden lezen', '/buurttops De BuurtTops bekijken', "/wijktoekomstagendas De wijktoekomstagenda's lezen", '/verzoeken/tracker Zien wie reageerde op de wijk', '/wijkbudgetten De wijkbudgetten bekijken', '/wijkbudgetten/methodiek Hoe de wijkbudgetten worden verdeeld', '/uitdagingen Het uitdaagrecht: regels en uitkomsten', '/administraties/openbaar Wat bewonersgroepen binnenkregen en uitgaven (openbare balansen)', '/subsidies De subsidieregelingen bekijken', '/subsidies/open-data Verleende subsidies (open data)', '/visitaties Visitatierapporten lezen', '/etalage De etalage: wat werkt in de wijken', '/ervaringsconferenties Ervaringsconferenties: leren van elkaars wijken']);
  });
});
