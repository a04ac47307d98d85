import { Component, inject, input, output, signal } from '@angular/core';
import { TrekkingsrechtDto, TrekkingsrechtenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { vandaagIso } from '../subsidies/termijn';
import { TREKKINGSRECHTEN_TEKSTEN as T } from './teksten';
import { TrekkingVeld, controleerTrekking, trekkingVeldVanMelding, trekkingVerzoek } from './trekkingsrecht';

/** The supplier records what it delivered on a right: the day, the hours or amount (within the balance) and what for. */
@Component({
  selector: 'app-trekking-formulier',
  imports: [Foutsamenvatting, Tekstveld, Tekstvak],
  template: `
    <h2 class="utrecht-heading-2" id="trekken-kop">{{ T.trekKop }}</h2>
    <p class="utrecht-paragraph">{{ T.trekUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="trekken-kop" (submit)="$event.preventDefault(); registreer()">
      <app-tekstveld veldId="trekking-datum" type="date" [label]="T.trekDatum" [verplicht]="true" [fouten]="formulier.van('datum')" [(waarde)]="datum" />
      <app-tekstveld veldId="trekking-omvang" [label]="recht().eenheid === 'uren' ? T.trekUren : T.trekBedrag"
        [uitleg]="T.trekSaldoUitleg(T.omvangTekst(recht().eenheid, recht().saldo))" autocomplete="off" [verplicht]="true"
        [fouten]="formulier.van('omvang')" [(waarde)]="omvang" />
      <app-tekstvak veldId="trekking-doel" [label]="T.trekDoel" [uitleg]="T.trekDoelUitleg" [maxlength]="1000" [fouten]="formulier.van('doel')" [(waarde)]="doel" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.trekKnop }}</button>
      </div>
    </form>
  `,
})
export class TrekkingFormulier {
  protected readonly T = T;
  readonly recht = input.required<TrekkingsrechtDto>();
  readonly getrokken = output<TrekkingsrechtDto>();
  private readonly client = inject(TrekkingsrechtenClient);
  protected readonly datum = signal(vandaagIso());
  protected readonly omvang = signal('');
  protected readonly doel = signal('');
  protected readonly formulier = new Formulier<TrekkingVeld>(
    { datum: T.trekDatum, omvang: T.omvang, doel: T.trekDoel },
    { veldId: (v) => `trekking-${v}`, veldVanMelding: trekkingVeldVanMelding },
  );

  registreer(): void {
    const r = this.recht();
    const invoer = { datum: this.datum(), omvang: this.omvang(), doel: this.doel() };
    const fouten = controleerTrekking(invoer, r.eenheid, r.saldo, vandaagIso());
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.trekFout[fout]]])))) return;
    this.formulier.verstuur(() => this.client.recordTrekking(r.id, trekkingVerzoek(invoer, r.eenheid)), (x) => {
      this.omvang.set('');
      this.doel.set('');
      this.getrokken.emit(x);
    });
  }
}
