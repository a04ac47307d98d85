import { Component, OnInit, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { GebiedDto, GebiedenClient } from '../api/api-client';
import { Laadbaar, laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

const MAX = 100;

interface Kinderen {
  items: GebiedDto[];
  meer: boolean;
}

/** One node: a disclosure button that loads its children (GET /gebieden?ouderId=…) on first open. */
@Component({
  selector: 'app-boom-knoop',
  imports: [RouterLink, Laadblok],
  template: `
    <div class="boom__regel">
      @if (gebied().soort !== 'buurt') {
        <button type="button" class="utrecht-button utrecht-button--subtle boom__knop" [attr.aria-expanded]="open()"
          [attr.aria-controls]="'kinderen-' + gebied().id" (click)="wissel()"
          [attr.aria-label]="open() ? T.inklappen(gebied().weergavenaam) : T.uitklappen(gebied().weergavenaam)">
          <span aria-hidden="true">{{ open() ? '−' : '+' }}</span>
        </button>
      }
      <a class="utrecht-link" [routerLink]="['/wijken', gebied().id]">{{ gebied().weergavenaam }}</a>
      <span class="boom__soort">({{ T.soort[gebied().soort] }}{{ gebied().pilot ? ', ' + T.isPilot : '' }})</span>
    </div>
    @if (open()) {
      <div [id]="'kinderen-' + gebied().id">
        @if (kinderen.waarde(); as k) {
          @if (k.items.length === 0) {
            <p class="utrecht-paragraph utrecht-paragraph--small">{{ T.geenOnderdelen }}</p>
          } @else {
            <ul class="boom__lijst">
              @for (kind of k.items; track kind.id) {
                <li><app-boom-knoop [gebied]="kind" /></li>
              }
            </ul>
            @if (k.meer) {
              <button type="button" class="utrecht-button utrecht-button--secondary-action" [class.utrecht-button--busy]="kinderen.bezig()"
                (click)="pagina.set(pagina() + 1)">{{ T.meerLaden }}</button>
            }
          }
        }
        <app-laadblok [bron]="kinderen" [ladenTekst]="T.boomLaden" />
      </div>
    }
  `,
})
export class BoomKnoop implements OnInit {
  protected readonly T = T;
  readonly gebied = input.required<GebiedDto>();
  readonly beginOpen = input(false);
  private readonly client = inject(GebiedenClient);
  protected readonly open = signal(false);
  /** Loaded on first open and kept when closed again. */
  private readonly geopend = signal(false);
  protected readonly pagina = signal(1);
  /** The children so far; "Meer laden" appends the next page. */
  protected readonly kinderen: Laadbaar<Kinderen> = laadbaar({
    params: () => (this.geopend() ? this.pagina() : undefined),
    laad: (pagina) =>
      this.client.listGebieden(pagina, MAX, null, this.gebied().id).pipe(
        map((l) => ({
          items: pagina === 1 ? l.items : [...(untracked(this.kinderen.waarde)?.items ?? []), ...l.items],
          meer: l.page < l.totalPages,
        })),
      ),
    houdVast: true,
  });

  ngOnInit(): void {
    if (this.beginOpen()) this.wissel();
  }

  wissel(): void {
    this.open.update((o) => !o);
    if (this.open()) this.geopend.set(true);
  }
}

/** The gemeente → wijken (→ buurten) tree. */
@Component({
  selector: 'app-wijk-boom',
  imports: [RouterLink, Laadblok, BoomKnoop],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.boomTitel }}</h1>
      <a class="utrecht-link" routerLink="/wijken">{{ T.naarLijst }}</a>
    </div>
    <app-laadblok [bron]="wortels" [ladenTekst]="T.boomLaden" />
    @if (wortels.waarde(); as w) {
      @if (w.items.length === 0) {
        <p class="utrecht-paragraph">{{ T.boomLeeg }}</p>
      } @else {
        <ul class="boom__lijst boom__lijst--wortel">
          @for (g of w.items; track g.id) {
            <li><app-boom-knoop [gebied]="g" [beginOpen]="true" /></li>
          }
        </ul>
      }
    }
  `,
})
export class WijkBoom {
  protected readonly T = T;
  private readonly client = inject(GebiedenClient);
  protected readonly wortels = laadbaar({ laad: () => this.client.listGebieden(1, MAX, 'gemeente', null) });
}
