import { Component, inject, input, output, signal } from '@angular/core';
import { WijkbudgetDto, WijkbudgettenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstveld } from '../gedeeld/tekstveld';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

/** The griffie (or a gemeente-beheerder) records the raad's grant of a proposed wijkbudget, with its raadsbesluit. */
@Component({
  selector: 'app-wijkbudget-toekennen',
  imports: [Tekstveld, Foutsamenvatting],
  template: `
    <h2 class="utrecht-heading-2">{{ T.toekennenTitel }}</h2>
    <p class="utrecht-paragraph">{{ T.toekennenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate (submit)="$event.preventDefault(); kenToe()">
      <app-tekstveld veldId="datum" type="date" [label]="T.datum" [verplicht]="true" [fouten]="formulier.van('datum')" [(waarde)]="datum" />
      <app-tekstveld veldId="kenmerk" [label]="T.kenmerk" autocomplete="off" [maxlength]="100" [verplicht]="true"
        [fouten]="formulier.van('kenmerk')" [(waarde)]="kenmerk" />
      <app-tekstveld veldId="documentUrl" type="url" [label]="T.documentUrl" autocomplete="url" [maxlength]="500"
        [fouten]="formulier.van('documentUrl')" [(waarde)]="documentUrl" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
          [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : T.toekennen }}</button>
      </div>
    </form>
  `,
})
export class WijkbudgetToekennen {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly toegekend = output<WijkbudgetDto>();
  private readonly client = inject(WijkbudgettenClient);
  protected readonly datum = signal('');
  protected readonly kenmerk = signal('');
  protected readonly documentUrl = signal('');
  protected readonly formulier = new Formulier({ datum: T.datum, kenmerk: T.kenmerk, documentUrl: T.documentUrl });

  kenToe(): void {
    const datum = this.datum();
    const kenmerk = this.kenmerk().trim();
    if (!this.formulier.controleer({ datum: datum ? [] : [T.datumVerplicht], kenmerk: kenmerk ? [] : [T.kenmerkVerplicht] })) return;
    this.formulier.verstuur(
      () => this.client.grantWijkbudget(this.id(), { datum, kenmerk, documentUrl: this.documentUrl().trim() || null }),
      (b) => this.toegekend.emit(b),
    );
  }
}
