import { Component, effect, inject, signal } from '@angular/core';
import { BuurtTopCyclusDto, BuurtTopDagRegel, BuurtTopsClient, Regio } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { BUURTTOPS_TEKSTEN as T } from './teksten';

function geheel(tekst: string): number | null {
  return /^\d+$/.test(tekst.trim()) ? Number(tekst.trim()) : null;
}

/** The gemeente's BuurtTop cycle: interval, lead time, reminders, region and the rule of the day; the next BuurtTop-dagen. */
@Component({
  selector: 'app-buurttop-cyclus',
  imports: [Laadblok, Tekstveld, Formulierveld, VeldInvoer, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.cyclusTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.cyclusUitleg }}</p>
    <app-laadblok [bron]="cyclus" [ladenTekst]="T.cyclusLaden" />
    @if (cyclus.waarde(); as c) {
      @if (c.standaard) { <p class="utrecht-paragraph">{{ T.cyclusStandaard }}</p> }
      @if (opgeslagen()) {
        <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph">{{ T.cyclusOpgeslagen }}</p></div></div>
      }
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate [attr.aria-label]="T.cyclusTitel" (submit)="$event.preventDefault(); opslaan()">
        <app-tekstveld veldId="intervalJaren" type="number" [label]="T.intervalJaren" [verplicht]="true" [fouten]="formulier.van('intervalJaren')" [(waarde)]="interval" />
        <app-tekstveld veldId="aankondigingMaanden" type="number" [label]="T.aankondigingMaanden" [verplicht]="true" [fouten]="formulier.van('aankondigingMaanden')" [(waarde)]="aankondiging" />
        <app-tekstveld veldId="herinneringDagen" type="number" [label]="T.herinneringDagen" [verplicht]="true" [fouten]="formulier.van('herinneringDagen')" [(waarde)]="herinnering" />
        <app-formulierveld veldId="regio" [label]="T.regio" [fouten]="formulier.van('regio')">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="regio.set($any($event.target).value)">
            @for (r of regios; track r) { <option [value]="r" [selected]="r === regio()">{{ T.regioNaam[r] }}</option> }
          </select>
        </app-formulierveld>
        <app-formulierveld veldId="dagregel" [label]="T.dagregel" [fouten]="formulier.van('dagregel')">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="dagregel.set($any($event.target).value)">
            @for (d of dagregels; track d) { <option [value]="d" [selected]="d === dagregel()">{{ T.dagregelNaam[d] }}</option> }
          </select>
        </app-formulierveld>
        @if (dagregel() === 'vasteDatum') {
          <app-tekstveld veldId="vasteDag" type="number" [label]="T.vasteDag" [verplicht]="true" [fouten]="formulier.van('vasteDag')" [(waarde)]="vasteDag" />
          <app-tekstveld veldId="vasteMaand" type="number" [label]="T.vasteMaand" [verplicht]="true" [fouten]="formulier.van('vasteMaand')" [(waarde)]="vasteMaand" />
        }
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : T.cyclusOpslaan }}</button>
        </div>
      </form>
      <h2 class="utrecht-heading-2">{{ T.volgendeDagen }}</h2>
      <ul class="utrecht-unordered-list">
        @for (d of c.volgendeBuurtTopDagen; track d) { <li class="utrecht-unordered-list__item">{{ datum(d) }}</li> }
      </ul>
    }
  `,
})
export class BuurtTopCyclus {
  protected readonly T = T;
  private readonly client = inject(BuurtTopsClient);
  protected readonly cyclus = laadbaar({ laad: () => this.client.getBuurtTopCyclus() });
  protected readonly regios: readonly Regio[] = ['noord', 'midden', 'zuid'];
  protected readonly dagregels: readonly BuurtTopDagRegel[] = ['eersteZaterdagNaKerstvakantie', 'vasteDatum'];
  protected readonly interval = signal('');
  protected readonly aankondiging = signal('');
  protected readonly herinnering = signal('');
  protected readonly regio = signal<Regio>('midden');
  protected readonly dagregel = signal<BuurtTopDagRegel>('eersteZaterdagNaKerstvakantie');
  protected readonly vasteDag = signal('');
  protected readonly vasteMaand = signal('');
  protected readonly opgeslagen = signal(false);
  protected readonly datum = formatDatum;
  protected readonly formulier = new Formulier({
    intervalJaren: T.intervalJaren, aankondigingMaanden: T.aankondigingMaanden, herinneringDagen: T.herinneringDagen,
    regio: T.regio, dagregel: T.dagregel, vasteDag: T.vasteDag, vasteMaand: T.vasteMaand,
  });

  constructor() {
    effect(() => {
      const c = this.cyclus.waarde();
      if (c) this.vul(c);
    });
  }

  private vul(c: BuurtTopCyclusDto): void {
    this.interval.set(String(c.intervalJaren));
    this.aankondiging.set(String(c.aankondigingMaanden));
    this.herinnering.set(String(c.herinneringDagen));
    this.regio.set(c.regio);
    this.dagregel.set(c.dagregel);
    this.vasteDag.set(c.vasteDag?.toString() ?? '');
    this.vasteMaand.set(c.vasteMaand?.toString() ?? '');
  }

  opslaan(): void {
    this.opgeslagen.set(false);
    const vast = this.dagregel() === 'vasteDatum';
    const command = {
      intervalJaren: geheel(this.interval()),
      aankondigingMaanden: geheel(this.aankondiging()),
      herinneringDagen: geheel(this.herinnering()),
      regio: this.regio(),
      dagregel: this.dagregel(),
      vasteDag: vast ? geheel(this.vasteDag()) : null,
      vasteMaand: vast ? geheel(this.vasteMaand()) : null,
    };
    const fout = (v: number | null, nodig = true) => (nodig && v === null ? [T.getalOngeldig] : []);
    const ok = this.formulier.controleer({
      intervalJaren: fout(command.intervalJaren),
      aankondigingMaanden: fout(command.aankondigingMaanden),
      herinneringDagen: fout(command.herinneringDagen),
      vasteDag: fout(command.vasteDag, vast),
      vasteMaand: fout(command.vasteMaand, vast),
    });
    if (!ok) return;
    this.formulier.verstuur(
      () => this.client.updateBuurtTopCyclus({ ...command, intervalJaren: command.intervalJaren!, aankondigingMaanden: command.aankondigingMaanden!, herinneringDagen: command.herinneringDagen! }),
      (c) => {
        this.cyclus.zet(c);
        this.opgeslagen.set(true);
      },
    );
  }
}
