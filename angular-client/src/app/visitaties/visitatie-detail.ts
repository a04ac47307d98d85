import { Component, inject, input } from '@angular/core';
import { VisitatieDto, VisitatiesClient } from '../api/api-client';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { formatDatum } from '../wijkbeelden/datum';
import { BeoordelingenSectie } from './beoordelingen-sectie';
import { GesprekkenSectie } from './gesprekken-sectie';
import { PanelSectie } from './panel-sectie';
import { RapportSectie } from './rapport-sectie';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { STAPPEN, stapStand, statusSoort, voorbij } from './visitatie';

/**
 * The visit file of one visitatie, for whoever takes part (the server decides who): its steps, the panel, the
 * self-reflection and what stakeholders said, the marks with their narratives, the report, the response and the follow-up.
 */
@Component({
  selector: 'app-visitatie-detail',
  imports: [Laadblok, StatusBadge, PanelSectie, GesprekkenSectie, BeoordelingenSectie, RapportSectie],
  template: `
    <app-laadblok [bron]="visitatie" [ladenTekst]="T.detailLaden" />
    @if (visitatie.waarde(); as v) {
      <h1 class="utrecht-heading-1">{{ v.onderwerpNaam }}</h1>
      <p class="utrecht-paragraph">
        {{ T.soortNaam[v.soort] }} · {{ T.gepland(datum(v.geplandOp)) }} · <app-status-badge [tekst]="T.statusNaam[v.status]" [soort]="soort(v.status)" />
      </p>
      <p class="utrecht-paragraph">{{ T.uwRol(T.kantNaam[v.kant]) }}</p>

      <h2 class="utrecht-heading-2">{{ T.tijdlijnKop }}</h2>
      <ol class="tijdlijn">
        @for (s of stappen; track s) {
          <li [class]="'stap stap--' + stand(v, s)" [attr.aria-current]="stand(v, s) === 'nu' ? 'step' : null">
            {{ T.statusNaam[s] }} <span class="visueel-verborgen">({{ standTekst[stand(v, s)] }})</span>
          </li>
        }
      </ol>

      <app-panel-sectie [visitatie]="v" (bijgewerkt)="werkBij($event)" />
      @if (voorbij(v.status, 'zelfreflectie')) {
        <app-gesprekken-sectie [visitatie]="v" (bijgewerkt)="werkBij($event)" />
      }
      @if (voorbij(v.status, 'gesprekken')) {
        <app-beoordelingen-sectie [visitatie]="v" (bijgewerkt)="werkBij($event)" />
      }
      @if (voorbij(v.status, 'reactie')) {
        <app-rapport-sectie [visitatie]="v" (bijgewerkt)="werkBij($event)" />
      }
    }
  `,
  styles: `
    .tijdlijn { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; padding: 0; margin-block: 1rem 2rem; counter-reset: stap; }
    .stap { counter-increment: stap; padding: 0.25rem 0.5rem; border: 1px solid currentColor; border-radius: 0.25rem; font-size: 0.875em; }
    .stap::before { content: counter(stap) '. '; }
    .stap--klaar { text-decoration: line-through; opacity: 0.8; }
    .stap--nu { font-weight: bold; border-width: 3px; }
  `,
})
export class VisitatieDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(VisitatiesClient);
  protected readonly visitatie = laadbaar({ params: () => this.id(), laad: (id) => this.client.getVisitatie(id) });
  protected readonly stappen = STAPPEN;
  protected readonly standTekst = { klaar: T.stapKlaar, nu: T.stapNu, later: T.stapLater };
  protected readonly soort = statusSoort;
  protected readonly voorbij = voorbij;
  protected readonly datum = formatDatum;
  protected readonly stand = (v: VisitatieDto, s: VisitatieDto['status']) => stapStand(v.status, s);

  protected werkBij(v: VisitatieDto): void {
    this.visitatie.werkBij(() => v);
  }
}
