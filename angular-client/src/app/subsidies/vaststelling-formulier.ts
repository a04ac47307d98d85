import { Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { BeschikkingDto, VaststellingDto, VaststellingenClient } from '../api/api-client';
import { bedragInvoer, formatEuro, parseEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { verrekening } from './verantwoording';

/**
 * The gemeente sets the subsidy (Awb 4:46): the final amount, at most what was granted, and the reason when it is
 * lower (the server refuses a lower amount without one). The offset of the paid voorschotten is shown as it is typed.
 */
@Component({
  selector: 'app-vaststelling-formulier',
  imports: [Foutsamenvatting, Tekstveld, Tekstvak],
  template: `
    <h3 class="utrecht-heading-3">{{ T.vaststellenTitel }}</h3>
    <p class="utrecht-paragraph">{{ T.vaststellenUitleg(euro(beschikking().bedragEurocent), euro(beschikking().betaaldEurocent)) }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.vaststellenTitel" (submit)="$event.preventDefault(); stelVast()">
      <app-tekstveld veldId="vaststelling-bedrag" [label]="T.vastgesteldBedragEuro" [uitleg]="T.vastgesteldBedragUitleg(euro(beschikking().bedragEurocent))"
        autocomplete="off" [verplicht]="true" [fouten]="formulier.van('bedrag')" [(waarde)]="bedrag" />
      @if (voorbeeld(); as v) {
        <p class="utrecht-paragraph" aria-live="polite">{{ T.voorbeeldVerrekening(T.uitkomstZin[v.uitkomst](euro(v.saldoEurocent))) }}</p>
      }
      <app-tekstvak veldId="vaststelling-reden" [label]="T.redenLager" [uitleg]="T.redenUitleg" [maxlength]="5000" [fouten]="formulier.van('reden')" [(waarde)]="reden" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.vaststellen }}</button>
      </div>
    </form>
  `,
})
export class VaststellingFormulier implements OnInit {
  protected readonly T = T;
  readonly beschikking = input.required<BeschikkingDto>();
  readonly vastgesteld = output<VaststellingDto>();
  private readonly client = inject(VaststellingenClient);
  protected readonly bedrag = signal('');
  protected readonly reden = signal('');
  protected readonly euro = formatEuro;
  protected readonly formulier = new Formulier(
    { bedrag: T.vastgesteldBedragEuro, reden: T.redenLager },
    { aliassen: { bedragEurocent: 'bedrag' }, veldId: (v) => `vaststelling-${v}` },
  );
  /** What the amount typed so far means after the offset (none while it is not an amount). */
  protected readonly voorbeeld = computed(() => {
    const bedrag = parseEuro(this.bedrag());
    return bedrag === null ? null : verrekening(bedrag, this.beschikking().betaaldEurocent);
  });

  ngOnInit(): void {
    this.bedrag.set(bedragInvoer(this.beschikking().bedragEurocent));
  }

  stelVast(): void {
    const bedrag = parseEuro(this.bedrag());
    if (!this.formulier.controleer({ bedrag: bedrag === null ? [T.vastgesteldBedragOngeldig] : [] }) || bedrag === null) return;
    this.formulier.verstuur(
      () => this.client.createVaststelling({ beschikkingId: this.beschikking().id, bedragEurocent: bedrag, reden: this.reden().trim() || null }),
      (v) => this.vastgesteld.emit(v),
    );
  }
}
