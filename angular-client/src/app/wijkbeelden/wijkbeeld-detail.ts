import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { forkJoin, map, switchMap } from 'rxjs';
import { Publieke_plekkenClient, WijkbeeldDto, WijkbeeldenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { API_BASIS } from '../gedeeld/api-basis';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { formatDatum } from './datum';
import { GemeenteActies } from './gemeente-acties';
import { statusSoort } from './status';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';
import { publiekeBasis, publiekeClients } from './wijkbeeld-client';
import { WijkbeeldWeergave } from './wijkbeeld-weergave';
import { WIJKBEELDEN_ROLLEN } from './wijkbeelden.routes';

/** A wijkbeeld (public when shared: `?gemeente=<slug>`): title, team, status, figures, map, parts, the PDF. */
@Component({
  selector: 'app-wijkbeeld-detail',
  imports: [RouterLink, Laadblok, Gegevens, Gegeven, StatusBadge, WijkbeeldWeergave, GemeenteActies],
  template: `
    <app-laadblok [bron]="gegevens" [ladenTekst]="T.detailLaden" />
    @if (gegevens.waarde(); as g) {
      @let w = g.wijkbeeld;
      <h1 class="utrecht-heading-1">{{ w.titel }}</h1>
      <dl app-gegevens>
        <div app-gegeven [term]="T.wijk">{{ w.wijkNaam }}</div>
        <div app-gegeven [term]="T.versie">{{ w.versie }}</div>
        <div app-gegeven [term]="T.status"><app-status-badge [tekst]="T.statusNaam[w.status]" [soort]="soort(w.status)" /></div>
        <div app-gegeven [term]="T.team">{{ teamNamen(w.team) }}</div>
        @if (w.gedeeldOp) { <div app-gegeven [term]="T.gedeeldOp">{{ datum(w.gedeeldOp) }}</div> }
        @if (w.volgendeBuurtTop) { <div app-gegeven [term]="T.volgendeBuurtTop">{{ datum(w.volgendeBuurtTop) }}</div> }
      </dl>
      @if (w.nieuwerCijferjaar) {
        <div class="utrecht-alert utrecht-alert--info" role="status"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph">{{ T.nieuwerCijferjaar(w.nieuwerCijferjaar) }}</p>
        </div></div>
      }
      <div class="utrecht-button-group acties">
        @if (documentUrl(); as u) {
          <a class="utrecht-link" [href]="u" download>{{ T.document }}</a>
        } @else {
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="download(w.id)">{{ T.document }}</button>
        }
        @if (magBewerken()) { <a class="utrecht-link" routerLink="bewerken">{{ T.bewerken }}</a> }
      </div>
      <app-wijkbeeld-weergave [wijkbeeld]="w" [plekken]="g.plekken" />
      @if (isGemeente()) { <app-gemeente-acties [wijkbeeld]="w" (gewijzigd)="bijgewerkt($event)" /> }
    }
  `,
  styles: `.acties { margin-block: 1rem; align-items: center; }`,
})
export class WijkbeeldDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly http = inject(HttpClient);
  private readonly eigen = { wijkbeelden: inject(WijkbeeldenClient), plekken: inject(Publieke_plekkenClient) };
  private readonly publiek = publiekeClients();
  private readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim() || null));
  protected readonly gegevens = laadbaar({
    params: () => {
      const slug = this.slug();
      if (!this.sessie.tenant() && !slug) return undefined;
      return { id: this.id(), c: slug ? this.publiek(slug) : this.eigen };
    },
    laad: ({ id, c }) =>
      c.wijkbeelden.getWijkbeeld(id).pipe(
        switchMap((wijkbeeld) => forkJoin({ plekken: c.plekken.listPubliekePlekken(1, 100, wijkbeeld.wijkId).pipe(map((p) => p.items)) }).pipe(
          map(({ plekken }) => ({ wijkbeeld, plekken })),
        )),
      ),
  });
  protected readonly documentUrl = computed(() => {
    const slug = this.slug();
    return slug ? `${publiekeBasis(slug)}/wijkbeelden/${encodeURIComponent(this.id())}/document` : null;
  });
  protected readonly magBewerken = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...WIJKBEELDEN_ROLLEN.team));
  protected readonly isGemeente = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...WIJKBEELDEN_ROLLEN.gemeente));
  protected readonly soort = statusSoort;
  protected readonly datum = formatDatum;
  protected teamNamen(team: readonly { naam: string }[]): string {
    return team.map((t) => t.naam).join(', ');
  }
  protected bijgewerkt(w: WijkbeeldDto): void {
    this.gegevens.werkBij((g) => ({ ...g, wijkbeeld: w }));
  }

  /** Signed in the PDF needs the Bearer token, so it is fetched and handed over as a file. */
  download(id: string): void {
    this.http.get(`${API_BASIS}/wijkbeelden/${encodeURIComponent(id)}/document`, { responseType: 'blob', observe: 'response' }).subscribe((r) => {
      const naam = /filename="?([^";]+)"?/.exec(r.headers.get('Content-Disposition') ?? '')?.[1] ?? 'wijkbeeld.pdf';
      const a = document.createElement('a');
      a.href = URL.createObjectURL(r.body!);
      a.download = naam;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    });
  }
}
