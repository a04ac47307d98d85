import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import { BeleidskaderDto, BeleidskadersClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { StatusBadge } from '../gedeeld/status-badge';
import { BELEIDSKADER_ROLLEN } from './beleidskader.routes';
import { formatDatum } from './datum';
import { KaderWeergave } from './kader-weergave';
import { statusSoort } from './status';
import { BELEIDSKADER_TEKSTEN as T } from './teksten';

/** One version with its status and the next steps: edit and submit a concept, withdraw it, or record the adoption. */
@Component({
  selector: 'app-versie-detail',
  imports: [RouterLink, Laadblok, Gegevens, Gegeven, StatusBadge, KaderWeergave],
  template: `
    @if (kader.waarde(); as k) {
      <h1 class="utrecht-heading-1">{{ T.versieKop(k.versie, k.titel) }}</h1>
      <dl app-gegevens>
        <div app-gegeven [term]="T.status">
          <app-status-badge [tekst]="T.statusNaam[k.status]" [soort]="soort(k.status)" />
          @if (k.geldend) { <app-status-badge [tekst]="T.geldend" soort="success" /> }
        </div>
        @if (k.raadsbesluit; as b) {
          <div app-gegeven [term]="T.raadsbesluit">
            {{ T.raadsbesluitTekst(datum(b.datum), b.kenmerk) }}
            @if (b.documentUrl) { · <a class="utrecht-link" [href]="b.documentUrl" rel="noopener">{{ T.raadsbesluitLezen }}</a> }
          </div>
        }
      </dl>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
      @if (actieFout(); as f) {
        <div class="utrecht-alert utrecht-alert--error" role="alert"><p class="utrecht-paragraph">{{ f.detail ?? f.titel }}</p></div>
      }
      <div class="utrecht-button-group">
        @if (k.status === 'concept' && magOpstellen()) {
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="bewerken">{{ T.bewerken }}</a>
          <button type="button" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="bezig()"
            (click)="doe(client.submitBeleidskader(k.id), T.voorgelegd)">{{ T.voorleggen }}</button>
        }
        @if (k.status === 'terBesluitvorming') {
          @if (magVaststellen()) {
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="vaststellen">{{ T.vaststellen }}</a>
          }
          @if (magTerugnemen()) {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" [class.utrecht-button--busy]="bezig()"
              (click)="doe(client.withdrawBeleidskader(k.id), T.teruggenomen)">{{ T.terugnemen }}</button>
          }
        }
      </div>
      <app-kader-weergave [kader]="k" />
    } @else {
      <h1 class="utrecht-heading-1">{{ T.versieTitel }}</h1>
    }
    <app-laadblok [bron]="kader" [ladenTekst]="T.laden" />
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/beleidskader/versies">{{ T.terugVersies }}</a></p>
  `,
})
export class VersieDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  protected readonly client = inject(BeleidskadersClient);
  private readonly sessie = inject(Sessie);
  protected readonly kader = laadbaar({ params: () => this.id(), laad: (id) => this.client.getBeleidskader(id) });
  protected readonly magOpstellen = computed(() => this.sessie.heeftRol(...BELEIDSKADER_ROLLEN.opstellen));
  protected readonly magVaststellen = computed(() => this.sessie.heeftRol(...BELEIDSKADER_ROLLEN.vaststellen));
  protected readonly magTerugnemen = computed(() => this.sessie.heeftRol(...BELEIDSKADER_ROLLEN.opstellen, 'griffie'));
  protected readonly soort = statusSoort;
  protected readonly datum = formatDatum;
  protected readonly bezig = signal(false);
  protected readonly melding = signal('');
  protected readonly actieFout = signal<Probleem | null>(null);

  /** Submits or withdraws: the answer is the version in its new status. */
  doe(actie: Observable<BeleidskaderDto>, klaar: string): void {
    if (this.bezig()) return;
    this.bezig.set(true);
    this.melding.set('');
    this.actieFout.set(null);
    actie.subscribe({
      next: (k) => {
        this.bezig.set(false);
        this.kader.zet(k);
        this.melding.set(klaar);
      },
      error: (e: unknown) => {
        this.bezig.set(false);
        this.actieFout.set(naarProbleem(e));
      },
    });
  }
}
