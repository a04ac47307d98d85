import { Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { Subscription } from 'rxjs';
import { GemeenteDto, GemeentenClient } from '../api/api-client';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Laden } from '../gedeeld/laden';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { isAfgerond, volgInrichting } from './inrichting';
import { StatusBadge } from './status-badge';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

/** One gemeente; while its provisioning is pending/running it is polled every 2 s. */
@Component({
  selector: 'app-gemeente-detail',
  imports: [RouterLink, Laden, Foutmelding, StatusBadge, DatePipe],
  template: `
    @if (gemeente(); as g) {
      <h1 class="utrecht-heading-1">{{ g.naam }}</h1>
      <dl class="gegevens">
        <dt>{{ T.kolomSlug }}</dt><dd>{{ g.slug }}</dd>
        <dt>{{ T.kolomCode }}</dt><dd>{{ g.gemeentecode }}</dd>
        <dt>{{ T.kolomActief }}</dt><dd>{{ g.actief ? T.ja : T.nee }}</dd>
        <dt>{{ T.aangemaakt }}</dt><dd>{{ g.aangemaaktOp | date: 'd MMMM y, HH:mm' : undefined : 'nl' }}</dd>
      </dl>
      <h2 class="utrecht-heading-2">{{ T.inrichting }}</h2>
      <p class="utrecht-paragraph"><app-status-badge [status]="g.inrichting.status" /></p>
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
      @if (volgFout(); as p) { <app-foutmelding [probleem]="p" (opnieuw)="volg()" /> }
      @if (g.inrichting.status === 'failed') {
        <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="opnieuwInrichten()">{{ T.opnieuwInrichten }}</button>
      }
    } @else if (laadFout(); as p) {
      <h1 class="utrecht-heading-1">{{ slug() }}</h1>
      <app-foutmelding [probleem]="p" (opnieuw)="volg()" />
    } @else {
      <h1 class="utrecht-heading-1">{{ slug() }}</h1>
      <app-laden [tekst]="T.detailLaden" />
    }
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/gemeenten">{{ T.terug }}</a></p>
  `,
})
export class GemeenteDetail implements OnInit {
  protected readonly T = T;
  readonly slug = input.required<string>();
  private readonly client = inject(GemeentenClient);
  protected readonly gemeente = signal<GemeenteDto | null>(null);
  protected readonly laadFout = signal<Probleem | null>(null);
  protected readonly volgFout = signal<Probleem | null>(null);
  private abonnement?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.abonnement?.unsubscribe());
  }

  ngOnInit(): void {
    this.volg();
  }

  volg(): void {
    this.abonnement?.unsubscribe();
    this.laadFout.set(null);
    this.volgFout.set(null);
    this.abonnement = volgInrichting(() => this.client.getGemeente(this.slug())).subscribe({
      next: (g) => this.gemeente.set(g),
      error: (e: unknown) => (this.gemeente() ? this.volgFout : this.laadFout).set(naarProbleem(e)),
    });
  }

  opnieuwInrichten(): void {
    this.client.requestProvisioning(this.slug()).subscribe({
      next: (g) => {
        this.gemeente.set(g);
        if (!isAfgerond(g.inrichting?.status)) this.volg();
      },
      error: (e: unknown) => this.volgFout.set(naarProbleem(e)),
    });
  }
}
