import { Component, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { GemeentenClient } from '../api/api-client';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { StatusBadge } from '../gedeeld/status-badge';
import { inrichtingBadge, isAfgerond, volgInrichting } from './inrichting';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

/** One gemeente; while its provisioning is pending/running it is polled every 2 s. */
@Component({
  selector: 'app-gemeente-detail',
  imports: [RouterLink, Laadblok, Foutmelding, StatusBadge, Gegevens, Gegeven, DatePipe],
  template: `
    @if (gemeente.waarde(); as g) {
      <h1 class="utrecht-heading-1">{{ g.naam }}</h1>
      <dl app-gegevens>
        <div app-gegeven [term]="T.kolomSlug">{{ g.slug }}</div>
        <div app-gegeven [term]="T.kolomCode">{{ g.gemeentecode }}</div>
        <div app-gegeven [term]="T.kolomActief">{{ g.actief ? T.ja : T.nee }}</div>
        <div app-gegeven [term]="T.aangemaakt">{{ g.aangemaaktOp | date: 'd MMMM y, HH:mm' : undefined : 'nl' }}</div>
      </dl>
      <h2 class="utrecht-heading-2">{{ T.inrichting }}</h2>
      @let b = badge(g.inrichting.status);
      <p class="utrecht-paragraph"><app-status-badge [tekst]="b.tekst" [soort]="b.soort" /></p>
      <div role="status" class="inrichting-status">
        @switch (g.inrichting.status) {
          @case ('pending') {
            <p class="utrecht-paragraph">{{ T.wachtInrichten }}</p>
            <progress [attr.aria-label]="T.inrichting"></progress>
          }
          @case ('running') {
            <p class="utrecht-paragraph">{{ T.bezigInrichten }}</p>
            <progress [attr.aria-label]="T.inrichting"></progress>
          }
          @case ('done') { <p class="utrecht-paragraph">{{ T.klaarInrichten(g.inrichting.aantalGebieden) }}</p> }
          @case ('failed') {
            <p class="utrecht-paragraph"><strong>{{ T.misluktInrichten }}</strong></p>
            @if (g.inrichting.fout) { <p class="utrecht-paragraph">{{ T.reden }}: {{ g.inrichting.fout }}</p> }
          }
        }
      </div>
      @if (g.inrichting.gestartOp) { <p class="utrecht-paragraph utrecht-paragraph--small">{{ T.gestart }}: {{ g.inrichting.gestartOp | date: 'd MMMM y, HH:mm:ss' : undefined : 'nl' }}</p> }
      @if (g.inrichting.voltooidOp) { <p class="utrecht-paragraph utrecht-paragraph--small">{{ T.voltooid }}: {{ g.inrichting.voltooidOp | date: 'd MMMM y, HH:mm:ss' : undefined : 'nl' }}</p> }
      <!-- Polling failed after the gemeente had loaded: keep showing it, with the problem and a retry. -->
      <app-laadblok [bron]="gemeente" />
      @if (actieFout(); as p) { <app-foutmelding [probleem]="p" [toonOpnieuw]="false" /> }
      @if (g.inrichting.status === 'failed') {
        <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="opnieuwInrichten()">{{ T.opnieuwInrichten }}</button>
      }
    } @else {
      <h1 class="utrecht-heading-1">{{ slug() }}</h1>
      <app-laadblok [bron]="gemeente" [ladenTekst]="T.detailLaden" />
    }
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/gemeenten">{{ T.terug }}</a></p>
  `,
})
export class GemeenteDetail {
  protected readonly T = T;
  readonly slug = input.required<string>();
  private readonly client = inject(GemeentenClient);
  protected readonly badge = inrichtingBadge;
  /** The gemeente, followed every 2 s until its provisioning is done or failed. */
  protected readonly gemeente = laadbaar({
    params: () => this.slug(),
    laad: (slug) => volgInrichting(() => this.client.getGemeente(slug)),
  });
  protected readonly actieFout = signal<Probleem | null>(null);

  opnieuwInrichten(): void {
    this.actieFout.set(null);
    this.client.requestProvisioning(this.slug()).subscribe({
      next: (g) => {
        this.gemeente.zet(g);
        if (!isAfgerond(g.inrichting?.status)) this.gemeente.herlaad();
      },
      error: (e: unknown) => this.actieFout.set(naarProbleem(e)),
    });
  }
}
