import { Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { BeleidskaderSamenvattingDto, BeleidskadersClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstveld } from '../gedeeld/tekstveld';
import { BELEIDSKADER_ROLLEN } from './beleidskader.routes';
import { formatDatum } from './datum';
import { statusSoort } from './status';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

const PAGINAGROOTTE = 20;

/** The version history, newest first, with its status; drafting roles start a new concept here. */
@Component({
  selector: 'app-versies-lijst',
  imports: [RouterLink, Laadblok, Tabel, TabelRij, StatusBadge, Tekstveld, Foutsamenvatting],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.versiesTitel }}</h1>
      <a class="utrecht-link" routerLink="/beleidskader/vergelijking">{{ T.vergelijken }}</a>
    </div>
    <app-laadblok [bron]="versies" [ladenTekst]="T.versiesLaden" />
    @if (versies.waarde(); as l) {
      <app-tabel [label]="T.versiesTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.geenVersies" [pagina]="l"
        [eenheid]="T.eenheidVersies" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-v>
          <th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" [routerLink]="v.id">{{ T.kolomVersie }} {{ v.versie }}</a></th>
          <td class="utrecht-table__cell">{{ v.titel }}</td>
          <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[v.status]" [soort]="soort(v.status)" /></td>
          <td class="utrecht-table__cell">{{ v.raadsbesluitDatum ? datum(v.raadsbesluitDatum) + ' (' + v.raadsbesluitKenmerk + ')' : T.geen }}</td>
          <td class="utrecht-table__cell">{{ datum(v.gewijzigdOp) }}</td>
        </ng-template>
      </app-tabel>
    }
    @if (magOpstellen()) {
      <h2 class="utrecht-heading-2">{{ T.nieuwConcept }}</h2>
      <p class="utrecht-paragraph">{{ T.nieuwConceptUitleg }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); begin()">
        <app-tekstveld veldId="titel" [label]="T.titel" autocomplete="off" [maxlength]="200" [verplicht]="true"
          [fouten]="formulier.van('titel')" [(waarde)]="titel" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
            [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : T.beginnen }}</button>
        </div>
      </form>
    }
  `,
})
export class VersiesLijst {
  protected readonly T = T;
  private readonly client = inject(BeleidskadersClient);
  private readonly router = inject(Router);
  private readonly sessie = inject(Sessie);
  protected readonly pagina = signal(1);
  protected readonly versies = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listBeleidskaders(p, PAGINAGROOTTE) });
  protected readonly magOpstellen = computed(() => this.sessie.heeftRol(...BELEIDSKADER_ROLLEN.opstellen));
  protected readonly kolommen: Kolom[] = [{ kop: T.kolomVersie }, { kop: T.kolomTitel }, { kop: T.status }, { kop: T.kolomBesluit }, { kop: T.kolomGewijzigd }];
  protected readonly sleutel = (v: BeleidskaderSamenvattingDto) => v.id;
  protected readonly soort = statusSoort;
  protected readonly datum = formatDatum;
  protected readonly titel = signal('');
  protected readonly formulier = new Formulier({ titel: T.titel });

  begin(): void {
    const titel = this.titel().trim();
    if (!this.formulier.controleer({ titel: titel ? [] : [T.titelVerplicht] })) return;
    this.formulier.verstuur(
      () => this.client.createBeleidskader({ titel }),
      (k) => void this.router.navigate(['/beleidskader/versies', k.id, 'bewerken']),
    );
  }
}
