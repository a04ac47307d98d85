import { Component, inject, input, output, signal } from '@angular/core';
import { MededingingsSoort, SubsidieregelingDto, SubsidieregelingenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * What staff do with a regeling in ontwerp or gepubliceerd, before applications come in: publish it (criteria and plafond known beforehand,
 * Awb 4:25), record the mededingingsruimte (the call, or why only one candidate qualifies), then open it.
 */
@Component({
  selector: 'app-regeling-beheer',
  imports: [Foutsamenvatting, Tekstveld, Tekstvak, Formulierveld, VeldInvoer, Veldgroep],
  template: `
    <section [attr.aria-label]="T.beheerTitel">
      <h2 class="utrecht-heading-2">{{ T.beheerTitel }}</h2>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="stap.samenvatting()" [algemeen]="stap.algemeen()" />
      @if (regeling().status === 'ontwerp') {
        <p class="utrecht-paragraph">{{ T.publicerenUitleg }}</p>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="stap.bezig() || null" (click)="publiceer()">
            {{ stap.bezig() ? T.bezig : T.publiceren }}</button>
        </div>
      }
      @if (regeling().status === 'gepubliceerd' && regeling().mededingingsruimte) {
        <p class="utrecht-paragraph">{{ T.openenUitleg }}</p>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="stap.bezig() || null" (click)="open()">
            {{ stap.bezig() ? T.bezig : T.openen }}</button>
        </div>
      }
      @if (!regeling().mededingingsruimte) {
        <h3 class="utrecht-heading-3">{{ T.mededingingVastleggen }}</h3>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="ruimte.samenvatting()" [algemeen]="ruimte.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="T.mededingingVastleggen" (submit)="$event.preventDefault(); legVast()">
          <app-veldgroep veldId="soort" [legenda]="T.mededingingSoort" [fouten]="ruimte.van('soort')">
            @for (s of soorten; track s) {
              <app-formulierveld [veldId]="'soort-' + s" [label]="T.mededingingSoortNaam[s]" soort="radio">
                <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="soort" [value]="s" [checked]="soort() === s" (change)="soort.set(s)" />
              </app-formulierveld>
            }
          </app-veldgroep>
          <app-tekstvak veldId="verantwoording" [label]="T.verantwoording" [uitleg]="T.verantwoordingUitleg" [maxlength]="4000"
            [fouten]="ruimte.van('verantwoording')" [(waarde)]="verantwoording" />
          <app-tekstveld veldId="datum" type="date" [label]="T.mededingingDatum" [verplicht]="true" [fouten]="ruimte.van('datum')" [(waarde)]="datum" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="ruimte.bezig() || null">
              {{ ruimte.bezig() ? T.bezig : T.mededingingVastleggen }}</button>
          </div>
        </form>
      }
    </section>
  `,
})
export class RegelingBeheer {
  protected readonly T = T;
  readonly regeling = input.required<SubsidieregelingDto>();
  readonly gewijzigd = output<SubsidieregelingDto>();
  private readonly client = inject(SubsidieregelingenClient);
  protected readonly soorten: MededingingsSoort[] = ['openOproep', 'enigeKandidaat'];
  protected readonly soort = signal<MededingingsSoort | null>(null);
  protected readonly verantwoording = signal('');
  protected readonly datum = signal('');
  protected readonly stap = new Formulier({});
  protected readonly ruimte = new Formulier(
    { soort: T.mededingingSoort, verantwoording: T.verantwoording, datum: T.mededingingDatum },
    { veldId: (v) => (v === 'soort' ? 'soort-openOproep' : v) },
  );

  publiceer(): void {
    this.stap.verstuur(() => this.client.publishSubsidieregeling(this.regeling().id), (r) => this.gewijzigd.emit(r));
  }

  open(): void {
    this.stap.verstuur(() => this.client.openSubsidieregeling(this.regeling().id), (r) => this.gewijzigd.emit(r));
  }

  legVast(): void {
    const soort = this.soort();
    const verantwoording = this.verantwoording().trim();
    const datum = this.datum();
    const ok = this.ruimte.controleer({
      soort: soort ? [] : [T.mededingingSoortVerplicht],
      verantwoording: verantwoording ? [] : [T.verantwoordingVerplicht],
      datum: datum ? [] : [T.datumVerplicht],
    });
    if (!ok || !soort) return;
    this.ruimte.verstuur(() => this.client.recordMededingingsruimte(this.regeling().id, { soort, verantwoording, datum }), (r) => this.gewijzigd.emit(r));
  }
}
