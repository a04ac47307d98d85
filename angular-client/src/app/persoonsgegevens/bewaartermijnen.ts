import { Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { BewaarbeleidDto, PersoonsgegevensClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { PERSOONSGEGEVENS_ROLLEN } from './persoonsgegevens.routes';
import { PERSOONSGEGEVENS_TEKSTEN as T } from './teksten';
import { formatMoment, maanden } from './verzoek-invoer';

/**
 * The gemeente's retention terms: the months a BuurtTop registration and a declaratie's bank details are kept, within
 * the platform's bounds (from the API). The gemeente-beheerder changes them (PUT, both fields); the auditor reads them.
 */
@Component({
  selector: 'app-bewaartermijnen',
  imports: [Laadblok, Foutsamenvatting, Formulierveld, VeldInvoer, Gegevens, Gegeven],
  template: `
    <h1 class="utrecht-heading-1">{{ T.bewaarTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.bewaarIntro }}</p>
    <div role="status" class="melding">
      @if (opgeslagen()) {
        <div class="utrecht-alert utrecht-alert--ok"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ T.bewaarOpgeslagen }}</p></div></div>
      }
    </div>
    <app-laadblok [bron]="beleid" [ladenTekst]="T.laden" />
    @if (beleid.waarde(); as b) {
      <p class="utrecht-paragraph">{{ herkomst(b) }}</p>
      @if (magWijzigen()) {
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="T.bewaarTitel" (submit)="$event.preventDefault(); opslaan(b)">
          <app-formulierveld veldId="buurtTopAanmeldingenMaanden" [label]="T.buurtTopMaanden" [uitleg]="T.buurtTopUitleg(b.kortsteTermijn, b.langsteTermijn)"
            [fouten]="formulier.van('buurtTopAanmeldingenMaanden')">
            <input appVeldInvoer type="number" inputmode="numeric" class="utrecht-textbox utrecht-textbox--html-input termijn" name="buurtTopAanmeldingenMaanden"
              required aria-required="true" [min]="b.kortsteTermijn" [max]="b.langsteTermijn" step="1"
              [value]="buurtTop()" (input)="buurtTop.set($any($event.target).value)" />
          </app-formulierveld>
          <app-formulierveld veldId="declaratieBankgegevensMaanden" [label]="T.bankMaanden" [uitleg]="T.bankUitleg(b.kortsteTermijn, b.langsteTermijn)"
            [fouten]="formulier.van('declaratieBankgegevensMaanden')">
            <input appVeldInvoer type="number" inputmode="numeric" class="utrecht-textbox utrecht-textbox--html-input termijn" name="declaratieBankgegevensMaanden"
              required aria-required="true" [min]="b.kortsteTermijn" [max]="b.langsteTermijn" step="1"
              [value]="bank()" (input)="bank.set($any($event.target).value)" />
          </app-formulierveld>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
              [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezigOpslaan : T.bewaarOpslaan }}</button>
          </div>
        </form>
      } @else {
        <dl app-gegevens>
          <div app-gegeven [term]="T.buurtTopMaanden">{{ T.maanden(b.buurtTopAanmeldingenMaanden) }}</div>
          <div app-gegeven [term]="T.bankMaanden">{{ T.maanden(b.declaratieBankgegevensMaanden) }}</div>
        </dl>
        <p class="utrecht-paragraph">{{ T.alleenLezen }}</p>
      }
    }
  `,
  styles: `
    .termijn {
      max-inline-size: 8rem;
    }
  `,
})
export class Bewaartermijnen {
  protected readonly T = T;
  private readonly client = inject(PersoonsgegevensClient);
  private readonly sessie = inject(Sessie);
  protected readonly beleid = laadbaar({ laad: () => this.client.getBewaarbeleid() });
  protected readonly magWijzigen = computed(() => this.sessie.heeftRol(...PERSOONSGEGEVENS_ROLLEN.beheren));
  /** The fields as typed; they follow what was loaded or saved. */
  protected readonly buurtTop = linkedSignal(() => String(this.beleid.waarde()?.buurtTopAanmeldingenMaanden ?? ''));
  protected readonly bank = linkedSignal(() => String(this.beleid.waarde()?.declaratieBankgegevensMaanden ?? ''));
  protected readonly formulier = new Formulier({ buurtTopAanmeldingenMaanden: T.buurtTopMaanden, declaratieBankgegevensMaanden: T.bankMaanden });
  protected readonly opgeslagen = signal(false);

  protected herkomst(b: BewaarbeleidDto): string {
    return b.gewijzigdOp && b.gewijzigdDoor ? T.gewijzigd(b.gewijzigdDoor, formatMoment(b.gewijzigdOp)) : T.standaard;
  }

  opslaan(b: BewaarbeleidDto): void {
    this.opgeslagen.set(false);
    const buurtTop = maanden(this.buurtTop(), b.kortsteTermijn, b.langsteTermijn);
    const bank = maanden(this.bank(), b.kortsteTermijn, b.langsteTermijn);
    const fout = [T.termijnFout(b.kortsteTermijn, b.langsteTermijn)];
    if (!this.formulier.controleer({ buurtTopAanmeldingenMaanden: buurtTop === null ? fout : [], declaratieBankgegevensMaanden: bank === null ? fout : [] })) return;
    this.formulier.verstuur(
      () => this.client.updateBewaarbeleid({ buurtTopAanmeldingenMaanden: buurtTop!, declaratieBankgegevensMaanden: bank! }),
      (nieuw) => {
        this.beleid.zet(nieuw);
        this.opgeslagen.set(true);
      },
    );
  }
}
