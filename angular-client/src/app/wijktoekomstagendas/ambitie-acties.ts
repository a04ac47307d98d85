import { Component, computed, inject, input, output, signal } from '@angular/core';
import { AmbitieDto, AmbitieStatus, WijktoekomstagendasClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { AmbitieBewerken } from './ambitie-bewerken';
import { volgendeStanden } from './ambities';
import { AGENDAS_TEKSTEN as T } from './teksten';

/**
 * The team's actions on one ambition: rewrite it (while the agenda is bewerkbaar), change its state (one step, or let go with a reason), add a working group, add
 * a comment. A refusal of the server (e.g. G-8: the gemeente does not move what residents wrote) is shown as it is.
 */
@Component({
  selector: 'app-ambitie-acties',
  imports: [Formulierveld, VeldInvoer, Foutsamenvatting, Tekstveld, Tekstvak, AmbitieBewerken],
  template: `
    @let a = ambitie();
    <details class="acties">
      <summary>{{ T.acties(a.titel) }}</summary>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ melding() }}</p></div></div> }
      @if (bewerkbaar()) { <app-ambitie-bewerken [agendaId]="agendaId()" [ambitie]="a" (gewijzigd)="gewijzigd.emit($event)" /> }

      @if (standen().length) {
        <form class="formulier" novalidate [attr.aria-label]="T.standWijzigen + ': ' + a.titel" (submit)="$event.preventDefault(); wijzigStand()">
          <h4 class="utrecht-heading-4">{{ T.standWijzigen }}</h4>
          <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="stand.samenvatting()" [algemeen]="stand.algemeen()" />
          <app-formulierveld [veldId]="id('stand')" [label]="T.nieuweStand" [fouten]="stand.van('status')">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="nieuweStand.set($any($event.target).value)">
              <option value="">{{ T.kiesStand }}</option>
              @for (s of standen(); track s) { <option [value]="s" [selected]="nieuweStand() === s">{{ T.ambitieStatusNaam[s] }}</option> }
            </select>
          </app-formulierveld>
          @if (nieuweStand() === 'losgelaten') {
            <app-tekstvak [veldId]="id('reden')" [label]="T.reden" [regels]="2" [fouten]="stand.van('reden')" [(waarde)]="reden" />
          }
          <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="stand.bezig() || null">
            {{ stand.bezig() ? T.bezig : T.standWijzigen }}</button>
        </form>
      }

      <form class="formulier" novalidate [attr.aria-label]="T.werkgroepToevoegen + ': ' + a.titel" (submit)="$event.preventDefault(); voegWerkgroepToe()">
        <h4 class="utrecht-heading-4">{{ T.werkgroepToevoegen }}</h4>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="werkgroep.samenvatting()" [algemeen]="werkgroep.algemeen()" />
        <app-tekstveld [veldId]="id('naam')" [label]="T.werkgroepNaam" [maxlength]="200" [verplicht]="true" [fouten]="werkgroep.van('naam')" [(waarde)]="naam" />
        <app-tekstveld [veldId]="id('leden')" [label]="T.werkgroepLeden" [uitleg]="T.werkgroepLedenUitleg" [fouten]="werkgroep.van('leden')" [(waarde)]="leden" />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="werkgroep.bezig() || null">
          {{ werkgroep.bezig() ? T.bezig : T.werkgroepToevoegen }}</button>
      </form>

      <form class="formulier" novalidate [attr.aria-label]="T.opmerkingPlaatsen + ': ' + a.titel" (submit)="$event.preventDefault(); plaatsOpmerking()">
        <h4 class="utrecht-heading-4">{{ T.opmerkingPlaatsen }}</h4>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="opmerking.samenvatting()" [algemeen]="opmerking.algemeen()" />
        <app-tekstvak [veldId]="id('tekst')" [label]="T.opmerking" [regels]="2" [fouten]="opmerking.van('tekst')" [(waarde)]="tekst" />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="opmerking.bezig() || null">
          {{ opmerking.bezig() ? T.bezig : T.opmerkingPlaatsen }}</button>
      </form>
    </details>
  `,
  styles: `.acties { margin-block: 0.75rem; } .acties summary { cursor: pointer; } .formulier { margin-block: 0.75rem; }`,
})
export class AmbitieActies {
  protected readonly T = T;
  readonly agendaId = input.required<string>();
  readonly ambitie = input.required<AmbitieDto>();
  /** Whether ambitions can be rewritten (a concept or a herijking). */
  readonly bewerkbaar = input(false);
  readonly gewijzigd = output<AmbitieDto>();
  private readonly client = inject(WijktoekomstagendasClient);
  protected readonly standen = computed(() => volgendeStanden(this.ambitie().status));
  protected readonly nieuweStand = signal<AmbitieStatus | ''>('');
  protected readonly reden = signal('');
  protected readonly naam = signal('');
  protected readonly leden = signal('');
  protected readonly tekst = signal('');
  protected readonly melding = signal('');
  private readonly ids = (veld: string) => this.id(veld);
  protected readonly stand = new Formulier({ status: T.nieuweStand, reden: T.reden }, { veldId: (v) => this.ids(v === 'status' ? 'stand' : v) });
  protected readonly werkgroep = new Formulier({ naam: T.werkgroepNaam, leden: T.werkgroepLeden }, { veldId: this.ids });
  protected readonly opmerking = new Formulier({ tekst: T.opmerking }, { veldId: this.ids });

  protected id(veld: string): string {
    return `ambitie-${this.ambitie().id}-${veld}`;
  }

  wijzigStand(): void {
    const status = this.nieuweStand();
    const reden = this.reden().trim();
    const ok = this.stand.controleer({
      status: status ? [] : [T.kiesStand],
      reden: status === 'losgelaten' && !reden ? [T.redenVerplicht] : [],
    });
    if (!ok || !status) return;
    this.stand.verstuur(
      () => this.client.changeAmbitieStatus(this.agendaId(), this.ambitie().id, { status, reden: status === 'losgelaten' ? reden : null }),
      (a) => {
        this.nieuweStand.set('');
        this.reden.set('');
        this.melding.set(T.standGewijzigd);
        this.gewijzigd.emit(a);
      },
    );
  }

  voegWerkgroepToe(): void {
    const naam = this.naam().trim();
    if (!this.werkgroep.controleer({ naam: naam ? [] : [T.naamVerplicht] })) return;
    const leden = this.leden().split(',').map((l) => l.trim()).filter((l) => l);
    this.werkgroep.verstuur(
      () => this.client.addWerkgroep(this.agendaId(), this.ambitie().id, { naam, leden, contactOrganisatieId: null }),
      (w) => {
        this.naam.set('');
        this.leden.set('');
        this.melding.set(T.werkgroepToegevoegd);
        this.gewijzigd.emit({ ...this.ambitie(), werkgroepen: [...this.ambitie().werkgroepen, w] });
      },
    );
  }

  plaatsOpmerking(): void {
    const tekst = this.tekst().trim();
    if (!this.opmerking.controleer({ tekst: tekst ? [] : [T.opmerkingVerplicht] })) return;
    this.opmerking.verstuur(
      () => this.client.addAmbitieOpmerking(this.agendaId(), this.ambitie().id, { tekst }),
      (o) => {
        this.tekst.set('');
        this.melding.set(T.opmerkingGeplaatst);
        this.gewijzigd.emit({ ...this.ambitie(), opmerkingen: [...this.ambitie().opmerkingen, o] });
      },
    );
  }
}
