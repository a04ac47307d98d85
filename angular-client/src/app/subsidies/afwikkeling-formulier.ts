import { Component, inject, input, output, signal } from '@angular/core';
import { VaststellingDto, VaststellingenClient } from '../api/api-client';
import { formatEuro, parseEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstveld } from '../gedeeld/tekstveld';
import { vandaagIso } from './termijn';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { Afwikkelingveld, controleerAfwikkeling } from './verantwoording';

/** The gemeente records a payment that settles a vaststelling: the nabetaling it paid, or (part of) what was paid back. */
@Component({
  selector: 'app-afwikkeling-formulier',
  imports: [Foutsamenvatting, Tekstveld],
  template: `
    <h3 class="utrecht-heading-3">{{ T.afwikkelenTitel(vaststelling().uitkomst === 'nabetaling') }}</h3>
    <p class="utrecht-paragraph">{{ T.afwikkelenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.afwikkelenTitel(vaststelling().uitkomst === 'nabetaling')" (submit)="$event.preventDefault(); registreer()">
      <app-tekstveld veldId="afwikkeling-bedrag" [label]="T.afwikkelingBedrag" [uitleg]="T.afwikkelingBedragUitleg(euro(vaststelling().openstaandEurocent))"
        autocomplete="off" [verplicht]="true" [fouten]="formulier.van('bedrag')" [(waarde)]="bedrag" />
      <app-tekstveld veldId="afwikkeling-datum" type="date" [label]="T.afwikkelingDatum" [verplicht]="true" [fouten]="formulier.van('datum')" [(waarde)]="datum" />
      <app-tekstveld veldId="afwikkeling-kenmerk" [label]="T.afwikkelingKenmerk" [maxlength]="35" autocomplete="off" [verplicht]="true"
        [fouten]="formulier.van('kenmerk')" [(waarde)]="kenmerk" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.afwikkelingRegistreren }}</button>
      </div>
    </form>
  `,
})
export class AfwikkelingFormulier {
  protected readonly T = T;
  readonly vaststelling = input.required<VaststellingDto>();
  readonly geregistreerd = output<VaststellingDto>();
  private readonly client = inject(VaststellingenClient);
  protected readonly bedrag = signal('');
  protected readonly datum = signal(vandaagIso());
  protected readonly kenmerk = signal('');
  protected readonly euro = formatEuro;
  protected readonly formulier = new Formulier<Afwikkelingveld>(
    { bedrag: T.afwikkelingBedrag, datum: T.afwikkelingDatum, kenmerk: T.afwikkelingKenmerk },
    { aliassen: { bedragEurocent: 'bedrag' }, veldId: (v) => `afwikkeling-${v}`, veldVanMelding: (m) => (m.includes('openstaat') ? 'bedrag' : m.includes('vandaag') ? 'datum' : null) },
  );

  registreer(): void {
    const v = this.vaststelling();
    const invoer = { bedragEurocent: parseEuro(this.bedrag()), datum: this.datum(), kenmerk: this.kenmerk() };
    const fout = { bedrag: T.afwikkelingFout.bedrag(this.euro(v.openstaandEurocent)), datum: T.afwikkelingFout.datum, kenmerk: T.afwikkelingFout.kenmerk };
    const fouten = controleerAfwikkeling(invoer, v.openstaandEurocent, vandaagIso());
    if (!this.formulier.controleer(Object.fromEntries(fouten.map((f) => [f, [fout[f]]])))) return;
    this.formulier.verstuur(
      () => this.client.recordAfwikkeling(v.id, { bedragEurocent: invoer.bedragEurocent!, datum: invoer.datum, kenmerk: invoer.kenmerk.trim() }),
      (x) => {
        this.bedrag.set('');
        this.kenmerk.set('');
        this.geregistreerd.emit(x);
      },
    );
  }
}
