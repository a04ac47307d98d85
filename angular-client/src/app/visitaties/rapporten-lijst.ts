import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { VisitatierapportDto } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { bewaar, documentLader } from '../gedeeld/document';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Paginering } from '../gedeeld/paginering';
import { formatDatum } from '../wijkbeelden/datum';
import { RapportBlok } from './rapport-blok';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { publiekRapportLink, visitatiesClient } from './visitatie-client';
import { VISITATIES_ROLLEN } from './visitaties.routes';

/** The adopted visitatierapporten of a gemeente, newest first and never ranked (G-1), each with its response, follow-up and PDF. */
@Component({
  selector: 'app-rapporten-lijst',
  imports: [RouterLink, GemeenteKiezer, Laadblok, Paginering, RapportBlok],
  template: `
    <h1 class="utrecht-heading-1">{{ T.rapportenTitel }}</h1>
    <p class="utrecht-paragraph uitleg">{{ T.rapportenUitleg }}</p>
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/visitaties/leeroverzicht" [queryParams]="slug() ? { gemeente: slug() } : {}">{{ T.leerLink }}</a></p>
    @if (magDeelnemen() || magCycli()) {
      <div class="utrecht-button-group acties">
        @if (magDeelnemen()) {
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="/visitaties/dossiers">{{ T.dossiersLink }}</a>
        }
        @if (magCycli()) {
          <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="/visitaties/cycli">{{ T.cycliLink }}</a>
        }
      </div>
    }
    @if (slug() === null && !sessie.tenant()) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <app-laadblok [bron]="rapporten" [ladenTekst]="T.rapportenLaden" />
      @if (rapporten.waarde(); as l) {
        @for (r of l.items; track r.id) {
          <article class="rapport">
            <h2 class="utrecht-heading-2">{{ r.onderwerpNaam }}</h2>
            <p class="utrecht-paragraph">{{ T.soortNaam[r.soort] }} · {{ T.gepland(datum(r.geplandOp)) }}</p>
            <app-rapport-blok [rapport]="r" />
            <p class="utrecht-paragraph">
              @if (slug(); as s) {
                <a class="utrecht-link" [href]="pdfLink(s, r)" download>{{ T.rapportPdf(r.onderwerpNaam) }}</a>
              } @else {
                <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="download(r)">{{ T.rapportPdf(r.onderwerpNaam) }}</button>
              }
            </p>
          </article>
        } @empty {
          <p class="utrecht-paragraph">{{ T.rapportenLeeg }}</p>
        }
        <app-paginering [lijst]="l" [eenheid]="T.rapportenEenheid" (kies)="pagina.set($event)" />
      }
    }
  `,
  styles: `
    .acties { margin-block: 1rem; }
    .uitleg { max-inline-size: 70ch; }
    .rapport { border-block-start: 1px solid var(--utrecht-color-grey-80, #ccc); margin-block: 2rem; padding-block-start: 1rem; }
  `,
})
export class RapportenLijst {
  protected readonly T = T;
  readonly gemeente = input<string>();
  protected readonly sessie = inject(Sessie);
  private readonly clients = visitatiesClient();
  private readonly laadDocument = documentLader();
  protected readonly pagina = signal(1);
  protected readonly slug = computed(() => (this.sessie.tenant() ? null : this.gemeente()?.trim().toLowerCase() || null));
  protected readonly rapporten = laadbaar({
    params: () => (this.sessie.tenant() || this.slug() ? { c: this.clients(this.slug()), p: this.pagina() } : undefined),
    laad: ({ c, p }) => c.listVisitatierapporten(p, 10),
  });
  protected readonly magDeelnemen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...VISITATIES_ROLLEN.deelnemers));
  protected readonly magCycli = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...VISITATIES_ROLLEN.cycliLezen));
  protected readonly datum = formatDatum;
  protected readonly pdfLink = (slug: string, r: VisitatierapportDto) => publiekRapportLink(slug, r.id);

  protected download(r: VisitatierapportDto): void {
    this.laadDocument(`/visitaties/${encodeURIComponent(r.id)}/rapport`, 'visitatierapport.pdf').subscribe(bewaar);
  }
}
