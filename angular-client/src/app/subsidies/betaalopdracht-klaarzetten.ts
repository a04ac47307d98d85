import { Component, inject, output, signal } from '@angular/core';
import { BetaalopdrachtDto, BetaalopdrachtenClient } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstveld } from '../gedeeld/tekstveld';
import { vandaagIso } from './termijn';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * Puts the voorschotten due on a day in one batch, paid from the gemeente's account; afterwards says what went in and
 * which voorschotten were left out and why (the API decides which are payable, and checks the IBAN).
 */
@Component({
  selector: 'app-betaalopdracht-klaarzetten',
  imports: [Foutsamenvatting, Tekstveld],
  template: `
    <h2 class="utrecht-heading-2">{{ T.klaarzettenTitel }}</h2>
    @if (resultaat(); as r) {
      <div class="utrecht-alert utrecht-alert--ok" role="status">
        <p class="utrecht-paragraph">{{ T.klaargezet(r.berichtkenmerk, r.aantal, euro(r.totaalEurocent)) }}</p>
        @if (r.overgeslagen.length) {
          <p class="utrecht-paragraph">{{ T.overgeslagenUitleg }}</p>
          <ul class="utrecht-unordered-list">
            @for (o of r.overgeslagen; track o.beschikkingId + o.voorschotNummer) {
              <li class="utrecht-unordered-list__item">{{ T.overgeslagen(o.begunstigde, o.kenmerk, o.voorschotNummer, o.reden) }}</li>
            }
          </ul>
        }
      </div>
    }
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.klaarzettenTitel" (submit)="$event.preventDefault(); zetKlaar()">
      <app-tekstveld veldId="opdrachtgever" [label]="T.opdrachtgever" [uitleg]="T.opdrachtgeverUitleg" autocomplete="organization" [maxlength]="70"
        [verplicht]="true" [fouten]="formulier.van('opdrachtgever')" [(waarde)]="opdrachtgever" />
      <app-tekstveld veldId="opdrachtgeverIban" [label]="T.opdrachtgeverIban" [uitleg]="T.opdrachtgeverIbanUitleg" autocomplete="off" [maxlength]="42"
        [verplicht]="true" [fouten]="formulier.van('opdrachtgeverIban')" [(waarde)]="iban" />
      <app-tekstveld veldId="uitvoerdatum" type="date" [label]="T.uitvoerdatum" [uitleg]="T.uitvoerdatumUitleg" [verplicht]="true"
        [fouten]="formulier.van('uitvoerdatum')" [(waarde)]="uitvoerdatum" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
          [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : T.klaarzetten }}</button>
      </div>
    </form>
  `,
})
export class BetaalopdrachtKlaarzetten {
  protected readonly T = T;
  readonly klaargezet = output<BetaalopdrachtDto>();
  private readonly client = inject(BetaalopdrachtenClient);
  protected readonly opdrachtgever = signal('');
  protected readonly iban = signal('');
  protected readonly uitvoerdatum = signal(vandaagIso());
  protected readonly resultaat = signal<BetaalopdrachtDto | null>(null);
  protected readonly euro = formatEuro;
  protected readonly formulier = new Formulier({ opdrachtgever: T.opdrachtgever, opdrachtgeverIban: T.opdrachtgeverIban, uitvoerdatum: T.uitvoerdatum });

  zetKlaar(): void {
    const opdrachtgever = this.opdrachtgever().trim();
    const opdrachtgeverIban = this.iban().trim();
    const uitvoerdatum = this.uitvoerdatum();
    const ok = this.formulier.controleer({
      opdrachtgever: opdrachtgever ? [] : [T.opdrachtgeverVerplicht],
      opdrachtgeverIban: opdrachtgeverIban ? [] : [T.opdrachtgeverIbanVerplicht],
      uitvoerdatum: uitvoerdatum ? [] : [T.datumVerplicht],
    });
    if (!ok) return;
    this.resultaat.set(null);
    this.formulier.verstuur(
      () => this.client.createBetaalopdracht({ opdrachtgever, opdrachtgeverIban, uitvoerdatum }),
      (b) => {
        this.resultaat.set(b);
        this.klaargezet.emit(b);
      },
    );
  }
}
