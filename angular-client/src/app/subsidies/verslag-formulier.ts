import { Component, computed, inject, input, output, signal } from '@angular/core';
import { ADMINISTRATIES_ROLLEN } from '../administraties/administraties.routes';
import { BeschikkingDto, BeschikkingenClient, VerantwoordingDto, VerantwoordingenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { parseEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { FinancieleVerantwoording } from './financiele-verantwoording';
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
 * costs, the financial account and the accountant's statement. Where a host keeps the group's books
 * (`beschikking.boekenBijHost`) the financial part comes from them (G-4, ADR 0028): the form shows it from the ledger and
 * asks no costs and no financial account, only the accountant's statement at the highest tier, as the server does.
 * Sent once; the server checks the tier again.
 */
@Component({
  selector: 'app-verslag-formulier',
  imports: [Foutsamenvatting, Tekstvak, Tekstveld, Formulierveld, VeldInvoer, Laadblok, FinancieleVerantwoording],
  template: `
    <h3 class="utrecht-heading-3">{{ T.verslagIndienenTitel }}</h3>
    <p class="utrecht-paragraph">{{ T.verslagIndienenUitleg }}</p>
    @if (uitBoeken()) {
      <!-- Before the form, so the table has the page's width, not the form's. -->
      <section aria-labelledby="verslag-boeken-kop">
        <h4 class="utrecht-heading-4" id="verslag-boeken-kop">{{ T.boekenKop }}</h4>
        <p class="utrecht-paragraph">{{ T.boekenUitleg(boeken.waarde()?.host ?? T.boekenHostOnbekend) }}</p>
        <app-laadblok [bron]="boeken" [ladenTekst]="T.boekenLaden" />
        @if (boeken.waarde(); as f) { <app-financiele-verantwoording [financieel]="f" /> }
      </section>
    }
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.verslagIndienenTitel" (submit)="$event.preventDefault(); dienIn()">
      <app-tekstvak [veldId]="ids.activiteitenverslag" [label]="T.activiteitenverslag" [uitleg]="T.activiteitenverslagUitleg" [maxlength]="20000" [regels]="6"
        [fouten]="formulier.van('activiteitenverslag')" [(waarde)]="activiteiten" />
      @if (uitBoeken()) {
        @if (vragen().financieel) {
          <app-formulierveld [veldId]="ids.accountantsverklaring" [label]="T.accountantsverklaring" [uitleg]="T.accountantsverklaringUitBoeken" soort="checkbox"
            [fouten]="formulier.van('accountantsverklaring')">
            <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="accountant()"
              (change)="accountant.set($any($event.target).checked)" />
          </app-formulierveld>
        }
      } @else if (vragen().financieel) {
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
  private readonly beschikkingen = inject(BeschikkingenClient);
  private readonly sessie = inject(Sessie);
  /** A host keeps the group's books: the financial part comes from them, the recipient enters none (G-4). */
  protected readonly uitBoeken = computed(() => this.beschikking().boekenBijHost);
  /** The ledger's figures as they are now; only asked where there is a ledger and the caller may read it (no 404 in a normal flow). */
  protected readonly boeken = laadbaar({
    params: () => (this.uitBoeken() && this.sessie.heeftRol(...ADMINISTRATIES_ROLLEN.lezen) ? this.beschikking().id : undefined),
    laad: (id: string) => this.beschikkingen.getFinancieleVerantwoording(id),
  });
  protected readonly activiteiten = signal('');
  protected readonly kosten = signal('');
  protected readonly financieel = signal('');
  protected readonly accountant = signal(false);
  protected readonly formulier = new Formulier<Veld>(
    { activiteitenverslag: T.activiteitenverslag, kosten: T.kosten, financieelVerslag: T.financieelVerslag, accountantsverklaring: T.accountantsverklaringKop },
    { aliassen: { gerealiseerdeKostenEurocent: 'kosten' }, veldId: (v) => VELD_IDS[v] },
  );

  dienIn(): void {
    const hoogste = this.vragen().financieel;
    // With the books at a host the costs and the account come from the ledger; the accountant's statement is still asked.
    const financieel = hoogste && !this.uitBoeken();
    const activiteitenverslag = this.activiteiten().trim();
    const kosten = financieel ? parseEuro(this.kosten()) : null;
    const financieelVerslag = financieel ? this.financieel().trim() : '';
    const ok = this.formulier.controleer({
      activiteitenverslag: activiteitenverslag ? [] : [T.activiteitenverslagVerplicht],
      kosten: !financieel || kosten !== null ? [] : [T.kostenVerplicht],
      financieelVerslag: !financieel || financieelVerslag ? [] : [T.financieelVerslagVerplicht],
      accountantsverklaring: !hoogste || this.accountant() ? [] : [T.accountantsverklaringVerplicht],
    });
    if (!ok) return;
    this.formulier.verstuur(
      () => this.client.submitVerantwoording({
        beschikkingId: this.beschikking().id,
        activiteitenverslag,
        gerealiseerdeKostenEurocent: kosten,
        financieelVerslag: financieel ? financieelVerslag : null,
        accountantsverklaring: hoogste && this.accountant(),
      }),
      (v) => this.ingediend.emit(v),
    );
  }
}
