import { Component, inject, input, linkedSignal, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import { SterkhouderDto, WijkbeeldDto, WijkbeeldInhoudDto, WijkbeeldenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { naarProbleem } from '../gedeeld/probleem';
import { StatusBadge } from '../gedeeld/status-badge';
import { Tekstveld } from '../gedeeld/tekstveld';
import { Tekstvak } from '../gedeeld/tekstvak';
import { DELEN, Deel, Veld, isG8, lees, naarInhoud, schrijf } from './delen';
import { formatDatum } from './datum';
import { ItemVoet } from './item-voet';
import { PlekkenBeheer } from './plekken-beheer';
import { statusSoort } from './status';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

type Item = Record<string, unknown> & { id?: string | null };

/** The team's workspace: every part with its items, saved as one PUT; state changes, comments, sterkhouders, places. */
@Component({
  selector: 'app-wijkbeeld-bewerken',
  imports: [RouterLink, Laadblok, Foutsamenvatting, Tekstveld, Tekstvak, Formulierveld, Veldgroep, VeldInvoer, StatusBadge, ItemVoet, PlekkenBeheer],
  template: `
    <app-laadblok [bron]="wijkbeeld" [ladenTekst]="T.detailLaden" />
    @if (wijkbeeld.waarde(); as w) {
      <h1 class="utrecht-heading-1">{{ T.bewerkenTitel }}: {{ w.titel }}</h1>
      <p class="utrecht-paragraph">{{ w.wijkNaam }} · <app-status-badge [tekst]="T.statusNaam[w.status]" [soort]="soort(w.status)" />
        · <a class="utrecht-link" [routerLink]="['/wijkbeelden', w.id]">{{ T.naarWijkbeeld }}</a></p>
      <div class="utrecht-button-group">
        @if (w.status === 'concept') { <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="stap(client.startGesprek(w.id))">{{ T.inGesprekBrengen }}</button> }
        @if (w.status === 'inGesprek') { <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="stap(client.duidWijkbeeld(w.id))">{{ T.duiden }}</button> }
        @if (w.status === 'geduid') { <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="stap(client.shareWijkbeeld(w.id))">{{ T.delen }}</button> }
      </div>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ melding() }}</p></div></div> }
      @if (g8()) {
        <div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph"><strong>{{ g8() }}</strong></p><p class="utrecht-paragraph">{{ T.g8 }}</p>
        </div></div>
      }
      <div class="tabs" role="tablist" [attr.aria-label]="T.delenLabel" (keydown)="pijl($event)">
        @for (d of tabs(w); track d.sleutel) {
          <button type="button" role="tab" class="utrecht-button" [id]="'tab-' + d.sleutel" [attr.aria-controls]="'deel-' + d.sleutel"
            [class.utrecht-button--primary-action]="actief(w) === d.sleutel" [class.utrecht-button--secondary-action]="actief(w) !== d.sleutel"
            [attr.aria-selected]="actief(w) === d.sleutel" [attr.tabindex]="actief(w) === d.sleutel ? 0 : -1" (click)="tab.set(d.sleutel)">{{ d.titel }}</button>
        }
      </div>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      @if (w.status === 'gedeeld' || w.status === 'vervangen') {
        <div class="utrecht-alert utrecht-alert--info" role="status"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph">{{ T.gedeeldNietBewerkbaar }}</p>
        </div></div>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="nieuweVersie(w)">{{ T.nieuweVersie }}</button>
        </div>
      } @else {
      @let i = inhoud();
      <form class="formulier" novalidate (submit)="$event.preventDefault(); opslaan()">
        <app-tekstveld veldId="titel" [label]="T.titel" [maxlength]="200" [fouten]="formulier.van('titel')" [(waarde)]="titel" />
        <section id="deel-duiding" role="tabpanel" aria-labelledby="tab-duiding" [hidden]="actief(w) !== 'duiding'">
          <app-tekstvak veldId="duiding" [label]="T.duiding" [fouten]="formulier.van('duiding')" [waarde]="i.duiding ?? ''" (waardeChange)="i.duiding = $event" />
        </section>
        @for (d of delen; track d.sleutel) {
          <section [id]="'deel-' + d.sleutel" role="tabpanel" [attr.aria-labelledby]="'tab-' + d.sleutel" [hidden]="actief(w) !== d.sleutel">
            <h2 class="utrecht-heading-2">{{ d.titel }}</h2>
            @for (f of formulier.van(d.sleutel); track $index) { <p class="utrecht-form-field-error-message">{{ f }}</p> }
            @for (item of items(i, d); track $index; let n = $index) {
              <app-veldgroep [veldId]="d.sleutel + '-' + n" [legenda]="T.itemNr(d.item, n + 1)">
                @for (v of d.velden; track v.sleutel) {
                  @let vid = d.sleutel + '-' + n + '-' + v.sleutel;
                  @switch (v.soort) {
                    @case ('tekstvak') { <app-tekstvak [veldId]="vid" [label]="v.label" [regels]="3" [waarde]="lees(item, v.sleutel)" (waardeChange)="schrijf(item, v, $event)" /> }
                    @case ('keuze') {
                      <app-formulierveld [veldId]="vid" [label]="v.label">
                        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="schrijf(item, v, $any($event.target).value)">
                          @for (o of opties(v); track o[0]) { <option [value]="o[0]" [selected]="o[0] === lees(item, v.sleutel)">{{ o[1] }}</option> }
                        </select>
                      </app-formulierveld>
                    }
                    @default {
                      <app-tekstveld [veldId]="vid" [label]="v.label" [type]="v.soort === 'datum' ? 'date' : 'text'"
                        [waarde]="lees(item, v.sleutel)" (waardeChange)="schrijf(item, v, $event)" />
                    }
                  }
                }
                <app-item-voet [herkomst]="$any(item).herkomst" [opmerkingen]="$any(item).opmerkingen" />
                <div class="utrecht-button-group">
                  <button type="button" class="utrecht-button utrecht-button--subtle" (click)="verwijder(d, n)">{{ T.verwijderen }}</button>
                </div>
                @if (item.id) {
                  @let oid = 'opmerking-' + item.id;
                  <app-tekstvak [veldId]="oid" [label]="T.opmerking" [regels]="2" [fouten]="opmerkingFouten()[item.id] ?? []"
                    [waarde]="opmerkingen()[item.id] ?? ''" (waardeChange)="zetOpmerking(item.id, $event)" />
                  <div class="utrecht-button-group">
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="plaatsOpmerking(w.id, item.id)">{{ T.opmerkingPlaatsen }}</button>
                  </div>
                }
              </app-veldgroep>
            }
            <div class="utrecht-button-group">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegToe(d)">{{ T.toevoegen(d.item) }}</button>
            </div>
          </section>
        }
        <section id="deel-wijkopbouwpunt" role="tabpanel" aria-labelledby="tab-wijkopbouwpunt" [hidden]="actief(w) !== 'wijkopbouwpunt'">
          <h2 class="utrecht-heading-2">{{ T.wijkopbouwpunt }}</h2>
          <app-formulierveld veldId="wijkopbouwpunt-keuze" [label]="T.keuze" [fouten]="formulier.van('wijkopbouwpunt')">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="kiesWijkopbouwpunt(i, $any($event.target).value)">
              <option value="" [selected]="!i.wijkopbouwpunt">{{ T.geenWijkopbouwpunt }}</option>
              @for (o of keuzes; track o[0]) { <option [value]="o[0]" [selected]="o[0] === i.wijkopbouwpunt?.keuze">{{ o[1] }}</option> }
            </select>
          </app-formulierveld>
          @if (i.wijkopbouwpunt; as b) {
            <app-tekstvak veldId="wijkopbouwpunt-redenen" [label]="T.redenen" [waarde]="b.redenen" (waardeChange)="b.redenen = $event" />
          }
        </section>
        <div class="utrecht-button-group opslaan" [hidden]="actief(w) === 'sterkhouders' || actief(w) === 'plekken'">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezigOpslaan : T.opslaan }}</button>
        </div>
      </form>
      }

      <section id="deel-sterkhouders" role="tabpanel" aria-labelledby="tab-sterkhouders" [hidden]="actief(w) !== 'sterkhouders'">
        <h2 class="utrecht-heading-2">{{ T.sterkhouders }}</h2>
        <p class="utrecht-paragraph">{{ T.sterkhoudersUitleg }}</p>
        <app-laadblok [bron]="sterkhouders" />
        @if (sterkhouders.waarde(); as s) {
          <ul class="utrecht-unordered-list">
            @for (x of s; track x.id) {
              <li class="utrecht-unordered-list__item">
                @if (x.status === 'ingetrokken') { {{ T.intrekken }} }
                @else {
                  <strong>{{ x.naam }}</strong> ({{ T.rolNaam[x.rol] }}@if (x.domein) {, {{ x.domein }}}) — {{ T.toestemmingOp }} {{ datum(x.toestemmingOp) }}, {{ x.toestemmingWijze }}
                  <button type="button" class="utrecht-button utrecht-button--subtle" (click)="trekIn(w.id, x)">{{ T.intrekkenKnop }}<span class="visueel-verborgen">: {{ x.naam }}</span></button>
                }
              </li>
            } @empty { <li class="utrecht-unordered-list__item">{{ T.geenSterkhouders }}</li> }
          </ul>
        }
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="sterk.samenvatting()" [algemeen]="sterk.algemeen()" />
        <form class="formulier" novalidate (submit)="$event.preventDefault(); voegSterkhouderToe(w.id)" [attr.aria-label]="T.sterkhouderToevoegen">
          <app-tekstveld veldId="sh-naam" [label]="T.naam" [verplicht]="true" [fouten]="sterk.van('naam')" [(waarde)]="sh.naam" />
          <app-formulierveld veldId="sh-rol" [label]="T.rol">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="sh.rol = $any($event.target).value">
              @for (o of rollen; track o[0]) { <option [value]="o[0]">{{ o[1] }}</option> }
            </select>
          </app-formulierveld>
          <app-tekstveld veldId="sh-domein" [label]="T.domein" [fouten]="sterk.van('domein')" [(waarde)]="sh.domein" />
          <app-tekstveld veldId="sh-contact" [label]="T.contact" [fouten]="sterk.van('contact')" [(waarde)]="sh.contact" />
          <app-tekstveld veldId="sh-toestemmingOp" type="date" [label]="T.toestemmingOp" [verplicht]="true" [fouten]="sterk.van('toestemmingOp')" [(waarde)]="sh.toestemmingOp" />
          <app-tekstveld veldId="sh-toestemmingWijze" [label]="T.toestemmingWijze" [uitleg]="T.toestemmingWijzeUitleg" [verplicht]="true"
            [fouten]="sterk.van('toestemmingWijze')" [(waarde)]="sh.toestemmingWijze" />
          <div class="utrecht-button-group"><button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.sterkhouderToevoegen }}</button></div>
        </form>
      </section>

      <section id="deel-plekken" role="tabpanel" aria-labelledby="tab-plekken" [hidden]="actief(w) !== 'plekken'">
        <h2 class="utrecht-heading-2">{{ T.plekken }}</h2>
        <app-plekken-beheer [wijkId]="w.wijkId" />
      </section>
    }
  `,
  styles: `
    section { margin-block-start: 1.5rem; }
    .tabs { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block: 1rem; }
    .tabs > button { margin: 0; }
    [hidden] { display: none !important; }
  `,
})
export class WijkbeeldBewerken {
  protected readonly T = T;
  readonly id = input.required<string>();
  protected readonly client = inject(WijkbeeldenClient);
  private readonly router = inject(Router);
  protected readonly delen = DELEN;
  protected readonly lees = lees;
  protected readonly datum = formatDatum;
  protected readonly soort = statusSoort;
  protected readonly keuzes = Object.entries(T.keuzeNaam);
  protected readonly rollen = Object.entries(T.rolNaam);
  protected readonly wijkbeeld = laadbaar({ params: () => this.id(), laad: (id) => this.client.getWijkbeeld(id) });
  protected readonly sterkhouders = laadbaar({ params: () => this.id(), laad: (id) => this.client.listSterkhouders(id) });
  /** An editable copy of the content; replaced by the server's answer after saving. */
  protected readonly inhoud = linkedSignal<WijkbeeldInhoudDto>(() => structuredClone(this.wijkbeeld.waarde()?.inhoud ?? LEEG));
  protected readonly titel = linkedSignal(() => this.wijkbeeld.waarde()?.titel ?? '');
  protected readonly formulier = new Formulier({
    titel: T.titel, duiding: T.duiding, geschiedenis: T.geschiedenis, informeleStructuren: T.informeleStructuren, initiatieven: T.initiatieven,
    inzet: T.inzet, samenwerkingen: T.samenwerkingen, gespreksrondes: T.gespreksrondes, behoeften: T.behoeften, wijkopbouwpunt: T.wijkopbouwpunt,
  }, { aliassen: { 'inhoud.geschiedenis': 'geschiedenis' } });
  protected readonly melding = signal('');
  protected readonly g8 = signal('');
  protected readonly opmerkingen = signal<Partial<Record<string, string>>>({});
  protected readonly opmerkingFouten = signal<Partial<Record<string, string[]>>>({});
  protected readonly sterk = new Formulier({ naam: T.naam, domein: T.domein, contact: T.contact, toestemmingOp: T.toestemmingOp, toestemmingWijze: T.toestemmingWijze });
  protected sh = { naam: '', rol: 'informant', domein: '', contact: '', toestemmingOp: '', toestemmingWijze: '' };

  protected items(i: WijkbeeldInhoudDto, d: Deel): Item[] {
    return i[d.sleutel] as unknown as Item[];
  }
  protected opties(v: Veld): [string, string][] {
    return Object.entries(v.opties ?? {});
  }
  protected schrijf(item: Item, v: Veld, tekst: string): void {
    schrijf(item, v, tekst);
  }
  voegToe(d: Deel): void {
    this.inhoud.update((i) => ({ ...i, [d.sleutel]: [...(i[d.sleutel] as unknown[]), d.nieuw()] }));
  }
  verwijder(d: Deel, n: number): void {
    this.inhoud.update((i) => ({ ...i, [d.sleutel]: (i[d.sleutel] as unknown[]).filter((_, k) => k !== n) }));
  }
  kiesWijkopbouwpunt(i: WijkbeeldInhoudDto, keuze: string): void {
    this.inhoud.set({ ...i, wijkopbouwpunt: keuze ? { keuze: keuze as never, redenen: i.wijkopbouwpunt?.redenen ?? '', herkomst: null } : null });
  }

  opslaan(): void {
    this.melding.set('');
    this.g8.set('');
    const command = { titel: this.titel().trim(), inhoud: naarInhoud(this.inhoud()) };
    this.formulier.wis();
    this.client.updateWijkbeeld(this.id(), command).subscribe({
      next: (w) => {
        this.wijkbeeld.zet(w);
        this.melding.set(T.opgeslagen);
      },
      error: (e: unknown) => {
        // The G-8 rule (the gemeente changed what residents wrote) is a 400 whose text says so: an alert above the form.
        const p = this.formulier.toonProbleem(e);
        const g8 = [p.detail ?? '', p.titel, ...Object.values(p.veldfouten).flat()].find(isG8);
        if (g8) {
          this.formulier.wis();
          this.g8.set(g8);
        }
      },
    });
  }

  /** The tab shown; a shared version only has its sterkhouders and places to work on. */
  protected readonly tab = signal('duiding');
  protected tabs(w: WijkbeeldDto): { sleutel: string; titel: string }[] {
    const vast = [{ sleutel: 'sterkhouders', titel: T.sterkhouders }, { sleutel: 'plekken', titel: T.plekken }];
    if (w.status === 'gedeeld' || w.status === 'vervangen') return vast;
    return [{ sleutel: 'duiding', titel: T.duiding }, ...DELEN.map((d) => ({ sleutel: d.sleutel, titel: d.titel })), { sleutel: 'wijkopbouwpunt', titel: T.wijkopbouwpunt }, ...vast];
  }
  protected actief(w: WijkbeeldDto): string {
    const t = this.tabs(w);
    return t.some((x) => x.sleutel === this.tab()) ? this.tab() : t[0].sleutel;
  }
  /** Arrow keys, Home and End move between the tabs (WAI-ARIA tabs pattern). */
  pijl(e: KeyboardEvent): void {
    const w = this.wijkbeeld.waarde();
    if (!w || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const t = this.tabs(w);
    const i = t.findIndex((x) => x.sleutel === this.actief(w));
    const n = e.key === 'Home' ? 0 : e.key === 'End' ? t.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : -1) + t.length) % t.length;
    e.preventDefault();
    this.tab.set(t[n].sleutel);
    queueMicrotask(() => document.getElementById('tab-' + t[n].sleutel)?.focus());
  }

  nieuweVersie(w: WijkbeeldDto): void {
    this.client.createWijkbeeld({ wijkId: w.wijkId, titel: w.titel, team: w.team.map((t) => t.id) }).subscribe({
      next: (n) => void this.router.navigate(['/wijkbeelden', n.id, 'bewerken']),
      error: (e: unknown) => this.formulier.toonProbleem(e),
    });
  }

  stap(aanroep: Observable<WijkbeeldDto>): void {
    this.melding.set('');
    aanroep.subscribe({
      next: (w) => {
        this.wijkbeeld.zet(w);
        this.melding.set(T.statusGewijzigd(T.statusNaam[w.status]));
      },
      error: (e: unknown) => this.formulier.toonProbleem(e),
    });
  }

  zetOpmerking(id: string, tekst: string): void {
    this.opmerkingen.update((o) => ({ ...o, [id]: tekst }));
  }
  plaatsOpmerking(wijkbeeldId: string, itemId: string): void {
    const tekst = (this.opmerkingen()[itemId] ?? '').trim();
    if (!tekst) {
      this.opmerkingFouten.update((f) => ({ ...f, [itemId]: [T.opmerkingVerplicht] }));
      return;
    }
    this.client.addOpmerking(wijkbeeldId, { itemId, tekst }).subscribe({
      next: () => {
        this.opmerkingen.update((o) => ({ ...o, [itemId]: '' }));
        this.opmerkingFouten.update((f) => ({ ...f, [itemId]: [] }));
        this.melding.set(T.opmerkingGeplaatst);
        this.wijkbeeld.herlaad();
      },
      error: (e: unknown) => {
        const p = naarProbleem(e);
        this.opmerkingFouten.update((f) => ({ ...f, [itemId]: Object.values(p.veldfouten).flat().concat(Object.keys(p.veldfouten).length ? [] : [p.detail ?? p.titel]) }));
      },
    });
  }

  voegSterkhouderToe(wijkbeeldId: string): void {
    const s = this.sh;
    const ok = this.sterk.controleer({
      naam: s.naam.trim() ? [] : [T.naamVerplicht],
      toestemmingOp: s.toestemmingOp ? [] : [T.toestemmingVerplicht],
      toestemmingWijze: s.toestemmingWijze.trim() ? [] : [T.toestemmingVerplicht],
    });
    if (!ok) return;
    const command = { naam: s.naam.trim(), rol: s.rol as never, domein: s.domein.trim() || null, contact: s.contact.trim() || null, toestemmingOp: s.toestemmingOp, toestemmingWijze: s.toestemmingWijze.trim() };
    this.sterk.verstuur(() => this.client.addSterkhouder(wijkbeeldId, command), (x) => {
      this.sterkhouders.werkBij((l) => [...l, x]);
      this.sh = { naam: '', rol: 'informant', domein: '', contact: '', toestemmingOp: '', toestemmingWijze: '' };
    });
  }
  trekIn(wijkbeeldId: string, x: SterkhouderDto): void {
    this.client.withdrawSterkhouder(wijkbeeldId, x.id).subscribe({ next: (n) => this.sterkhouders.werkBij((l) => l.map((y) => (y.id === n.id ? n : y))), error: (e: unknown) => this.sterk.toonProbleem(e) });
  }
}

const LEEG: WijkbeeldInhoudDto = {
  duiding: null, geschiedenis: [], informeleStructuren: [], initiatieven: [], inzet: [], samenwerkingen: [], gespreksrondes: [], behoeften: [], wijkopbouwpunt: null,
};
