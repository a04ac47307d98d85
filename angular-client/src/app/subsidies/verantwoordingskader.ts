import { Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { VerantwoordingskadersClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { bedragInvoer, formatEuro, parseEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SUBSIDIES_ROLLEN } from './subsidies.routes';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { kaderTreden, parseProcent } from './verantwoording';

/**
 * The gemeente's tiers of accountability in force (the Uniform Subsidiekader until it sets its own): what is asked
 * from which granted amount, the steekproef's share and the version; the gemeente-beheerder records a new version
 * (subsidies granted before keep the tier they got).
 */
@Component({
  selector: 'app-verantwoordingskader',
  imports: [Laadblok, Gegevens, Gegeven, Tabel, TabelRij, Foutsamenvatting, Tekstveld],
  template: `
    <h1 class="utrecht-heading-1">{{ T.kaderTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.kaderUitleg }}</p>
    @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
    <app-laadblok [bron]="kader" [ladenTekst]="T.kaderLaden" />
    @if (kader.waarde(); as k) {
      <dl app-gegevens>
        <div app-gegeven [term]="T.kaderVersie">{{ T.kaderVersieNaam(k.versie) }}</div>
        @if (k.versie > 0) { <div app-gegeven [term]="T.kaderVastgesteldOp">{{ datum(k.vastgesteldOp) }}</div> }
        <div app-gegeven [term]="T.steekproefProcent">{{ T.procentWaarde(k.steekproefProcent) }}</div>
      </dl>
      <h2 class="utrecht-heading-2">{{ T.kaderTreden }}</h2>
      <app-tabel [label]="T.kaderTreden" [kolommen]="kolommen" [rijen]="treden()" [leegTekst]="T.kaderTreden">
        <ng-template [appTabelRij]="treden()" let-t>
          <th class="utrecht-table__header-cell" scope="row">{{ T.trede(t.vanaf === 0 ? null : euro(t.vanaf), t.tot === null ? null : euro(t.tot)) }}</th>
          <td class="utrecht-table__cell">{{ T.verantwoordingsniveauNaam[t.niveau] }}</td>
        </ng-template>
      </app-tabel>
    }
    @if (magWijzigen()) {
      <h2 class="utrecht-heading-2">{{ T.kaderNieuwTitel }}</h2>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate [attr.aria-label]="T.kaderNieuwTitel" (submit)="$event.preventDefault(); slaOp()">
        <app-tekstveld veldId="kader-zonder-verslag" [label]="T.zonderVerslagTot" [uitleg]="T.zonderVerslagTotUitleg" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('zonderVerslagTot')" [(waarde)]="zonderVerslag" />
        <app-tekstveld veldId="kader-activiteitenverslag" [label]="T.activiteitenverslagTot" [uitleg]="T.activiteitenverslagTotUitleg" autocomplete="off"
          [verplicht]="true" [fouten]="formulier.van('activiteitenverslagTot')" [(waarde)]="activiteitenverslag" />
        <app-tekstveld veldId="kader-steekproef" [label]="T.steekproefProcentInvoer" [uitleg]="T.steekproefProcentUitleg" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('steekproefProcent')" [(waarde)]="procent" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : T.kaderOpslaan }}</button>
        </div>
      </form>
    }
  `,
})
export class Verantwoordingskader {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(VerantwoordingskadersClient);
  protected readonly kader = laadbaar({ laad: () => this.client.getVerantwoordingskader() });
  protected readonly treden = computed(() => {
    const k = this.kader.waarde();
    return k ? kaderTreden(k.zonderVerslagTotEurocent, k.activiteitenverslagTotEurocent) : [];
  });
  protected readonly magWijzigen = computed(() => this.sessie.heeftRol(...SUBSIDIES_ROLLEN.kader));
  protected readonly zonderVerslag = signal('');
  protected readonly activiteitenverslag = signal('');
  protected readonly procent = signal('');
  protected readonly melding = signal('');
  protected readonly formulier = new Formulier(
    { zonderVerslagTot: T.zonderVerslagTot, activiteitenverslagTot: T.activiteitenverslagTot, steekproefProcent: T.steekproefProcentInvoer },
    {
      aliassen: { zonderVerslagTotEurocent: 'zonderVerslagTot', activiteitenverslagTotEurocent: 'activiteitenverslagTot' },
      veldId: (v) => (v === 'zonderVerslagTot' ? 'kader-zonder-verslag' : v === 'activiteitenverslagTot' ? 'kader-activiteitenverslag' : 'kader-steekproef'),
    },
  );
  protected readonly kolommen: readonly Kolom[] = [{ kop: T.bedragVanaf }, { kop: T.niveau }];
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  constructor() {
    // The form starts from the version in force.
    effect(() => {
      const k = this.kader.waarde();
      if (k && !untracked(this.procent)) {
        this.zonderVerslag.set(bedragInvoer(k.zonderVerslagTotEurocent));
        this.activiteitenverslag.set(bedragInvoer(k.activiteitenverslagTotEurocent));
        this.procent.set(String(k.steekproefProcent));
      }
    });
  }

  slaOp(): void {
    this.melding.set('');
    const zonder = parseEuro(this.zonderVerslag());
    const activiteiten = parseEuro(this.activiteitenverslag());
    const procent = parseProcent(this.procent());
    const ok = this.formulier.controleer({
      zonderVerslagTot: zonder === null ? [T.grensOngeldig] : [],
      activiteitenverslagTot: activiteiten === null ? [T.grensOngeldig] : [],
      steekproefProcent: procent === null ? [T.procentOngeldig] : [],
    });
    if (!ok || zonder === null || activiteiten === null || procent === null) return;
    // Whether the second threshold lies at or above the first is the server's rule (its message is shown as it is).
    this.formulier.verstuur(
      () => this.client.createVerantwoordingskader({ zonderVerslagTotEurocent: zonder, activiteitenverslagTotEurocent: activiteiten, steekproefProcent: procent }),
      (k) => {
        this.kader.zet(k);
        this.melding.set(T.kaderOpgeslagen(k.versie));
      },
    );
  }
}
