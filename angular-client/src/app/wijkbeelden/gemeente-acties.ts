import { Component, inject, input, output, signal } from '@angular/core';
import { GebiedenClient, WijkbeeldDto, WijkbeeldenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstveld } from '../gedeeld/tekstveld';
import { Regelfout, regelfouten } from './csv';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

/** For the gemeente: plan the BuurtTop and upload local figures as CSV (per-line errors as a list). */
@Component({
  selector: 'app-gemeente-acties',
  imports: [Tekstveld, Formulierveld, VeldInvoer, Foutsamenvatting],
  template: `
    <h2 class="utrecht-heading-2">{{ T.gemeenteActies }}</h2>
    <form class="formulier" novalidate (submit)="$event.preventDefault(); plan()" [attr.aria-label]="T.buurtTopPlannen">
      <h3 class="utrecht-heading-3">{{ T.buurtTopPlannen }}</h3>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="buurttop.samenvatting()" [algemeen]="buurttop.algemeen()" />
      <app-tekstveld veldId="buurttop-datum" type="date" [label]="T.datum" [fouten]="buurttop.van('datum')" [(waarde)]="datum" />
      <app-tekstveld veldId="buurttop-dagen" type="number" [label]="T.herinnering" [fouten]="buurttop.van('herinneringDagenVooraf')" [(waarde)]="dagen" />
      @if (gepland()) { <p class="utrecht-paragraph" role="status">{{ T.buurtTopGepland }}</p> }
      <div class="utrecht-button-group"><button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.buurtTopPlannen }}</button></div>
    </form>
    <form class="formulier" novalidate (submit)="$event.preventDefault(); lees()" [attr.aria-label]="T.lokaleCijfers">
      <h3 class="utrecht-heading-3">{{ T.lokaleCijfers }}</h3>
      <app-formulierveld veldId="csv" [label]="T.lokaleCijfers" [uitleg]="T.lokaleCijfersUitleg" [fouten]="csv.van('bestand')">
        <input appVeldInvoer type="file" accept=".csv,text/csv" class="utrecht-textbox" (change)="bestand = $any($event.target).files?.[0] ?? null" />
      </app-formulierveld>
      @if (fouten().length) {
        <div class="utrecht-alert utrecht-alert--error" role="alert"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph"><strong>{{ T.csvFouten }}</strong></p>
          <ul class="utrecht-unordered-list">
            @for (f of fouten(); track f.regel) { <li class="utrecht-unordered-list__item">{{ f.regel }}: {{ f.berichten.join(' ') }}</li> }
          </ul>
        </div></div>
      }
      @if (resultaat()) { <p class="utrecht-paragraph" role="status">{{ resultaat() }}</p> }
      <div class="utrecht-button-group"><button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.cijfersInlezen }}</button></div>
    </form>
  `,
})
export class GemeenteActies {
  protected readonly T = T;
  readonly wijkbeeld = input.required<WijkbeeldDto>();
  readonly gewijzigd = output<WijkbeeldDto>();
  private readonly client = inject(WijkbeeldenClient);
  private readonly gebieden = inject(GebiedenClient);
  protected readonly datum = signal('');
  protected readonly dagen = signal('42');
  protected readonly gepland = signal(false);
  protected readonly buurttop = new Formulier({ datum: T.datum, herinneringDagenVooraf: T.herinnering });
  protected readonly csv = new Formulier({ bestand: T.lokaleCijfers });
  protected bestand: File | null = null;
  protected readonly fouten = signal<Regelfout[]>([]);
  protected readonly resultaat = signal('');

  plan(): void {
    this.gepland.set(false);
    this.buurttop.verstuur(
      () => this.client.planBuurtTop(this.wijkbeeld().id, { datum: this.datum() || null, herinneringDagenVooraf: Number(this.dagen() || 42) }),
      (w) => {
        this.gepland.set(true);
        this.gewijzigd.emit(w);
      },
    );
  }

  lees(): void {
    this.fouten.set([]);
    this.resultaat.set('');
    const b = this.bestand;
    if (!this.csv.controleer({ bestand: b ? [] : [T.kiesBestand] }) || !b) return;
    this.gebieden.importLokaleCijfers(new Blob([b], { type: 'text/csv' })).subscribe({
      next: (r) => this.resultaat.set(T.ingelezen(r.regels, r.gebieden)),
      error: (e: unknown) => {
        const f = regelfouten(e);
        if (f.length) this.fouten.set(f);
        else this.csv.toonProbleem(e);
      },
    });
  }
}
