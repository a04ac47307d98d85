import { Component, inject, input, output, signal } from '@angular/core';
import { BeschikkingDto, VerantwoordingDto, VerantwoordingenClient } from '../api/api-client';
import { parseEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { Verslagvragen } from './verantwoording';

type Veld = 'activiteitenverslag' | 'kosten' | 'financieelVerslag' | 'accountantsverklaring';

const VELD_IDS: Record<Veld, string> = {
  activiteitenverslag: 'verslag-activiteiten',
  kosten: 'verslag-kosten',
  financieelVerslag: 'verslag-financieel',
  accountantsverklaring: 'verslag-accountant',
};

/**
 * The recipient's report, asking only what the tier needs (`vragen`): what was done, and for the highest tier the
 * costs, the financial account and the accountant's statement. Sent once; the server checks the tier again.
 */
@Component({
  selector: 'app-verslag-formulier',
  imports: [Foutsamenvatting, Tekstvak, Tekstveld, Formulierveld, VeldInvoer],
  template: `
    <h3 class="utrecht-heading-3">{{ T.verslagIndienenTitel }}</h3>
    <p class="utrecht-paragraph">{{ T.verslagIndienenUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.verslagIndienenTitel" (submit)="$event.preventDefault(); dienIn()">
      <app-tekstvak [veldId]="ids.activiteitenverslag" [label]="T.activiteitenverslag" [uitleg]="T.activiteitenverslagUitleg" [maxlength]="20000" [regels]="6"
        [fouten]="formulier.van('activiteitenverslag')" [(waarde)]="activiteiten" />
      @if (vragen().financieel) {
        <app-tekstveld [veldId]="ids.kosten" [label]="T.kosten" [uitleg]="T.euroUitleg" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('kosten')" [(waarde)]="kosten" />
        <app-tekstvak [veldId]="ids.financieelVerslag" [label]="T.financieelVerslag" [uitleg]="T.financieelVerslagUitleg" [maxlength]="20000" [regels]="6"
          [fouten]="formulier.van('financieelVerslag')" [(waarde)]="financieel" />
        <app-formulierveld [veldId]="ids.accountantsverklaring" [label]="T.accountantsverklaring" soort="checkbox" [fouten]="formulier.van('accountantsverklaring')">
          <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="accountant()"
            (change)="accountant.set($any($event.target).checked)" />
        </app-formulierveld>
      }
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.verslagIndienen }}</button>
      </div>
    </form>
  `,
})
export class VerslagFormulier {
  protected readonly T = T;
  protected readonly ids = VELD_IDS;
  readonly beschikking = input.required<BeschikkingDto>();
  readonly vragen = input.required<Verslagvragen>();
  readonly ingediend = output<VerantwoordingDto>();
  private readonly client = inject(VerantwoordingenClient);
  protected readonly activiteiten = signal('');
  protected readonly kosten = signal('');
  protected readonly financieel = signal('');
  protected readonly accountant = signal(false);
  protected readonly formulier = new Formulier<Veld>(
    { activiteitenverslag: T.activiteitenverslag, kosten: T.kosten, financieelVerslag: T.financieelVerslag, accountantsverklaring: T.accountantsverklaringKop },
    { aliassen: { gerealiseerdeKostenEurocent: 'kosten' }, veldId: (v) => VELD_IDS[v] },
  );

  dienIn(): void {
    const financieel = this.vragen().financieel;
    const activiteitenverslag = this.activiteiten().trim();
    const kosten = financieel ? parseEuro(this.kosten()) : null;
    const financieelVerslag = financieel ? this.financieel().trim() : '';
    const ok = this.formulier.controleer({
      activiteitenverslag: activiteitenverslag ? [] : [T.activiteitenverslagVerplicht],
      kosten: !financieel || kosten !== null ? [] : [T.kostenVerplicht],
      financieelVerslag: !financieel || financieelVerslag ? [] : [T.financieelVerslagVerplicht],
      accountantsverklaring: !financieel || this.accountant() ? [] : [T.accountantsverklaringVerplicht],
    });
    if (!ok) return;
    this.formulier.verstuur(
      () => this.client.submitVerantwoording({
        beschikkingId: this.beschikking().id,
        activiteitenverslag,
        gerealiseerdeKostenEurocent: kosten,
        financieelVerslag: financieel ? financieelVerslag : null,
        accountantsverklaring: financieel && this.accountant(),
      }),
      (v) => this.ingediend.emit(v),
    );
  }
}
