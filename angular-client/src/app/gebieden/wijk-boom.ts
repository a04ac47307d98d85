import { Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { GebiedDto, GebiedenClient } from '../api/api-client';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Laden } from '../gedeeld/laden';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

const MAX = 100;

/** One node: a disclosure button that loads its children (GET /gebieden?ouderId=…) on first open. */
@Component({
  selector: 'app-boom-knoop',
  imports: [RouterLink, Laden, Foutmelding],
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
      <span class="boom__soort">({{ T.soort[gebied().soort] }}{{ gebied().pilot ? ', pilot' : '' }})</span>
    </div>
    @if (open()) {
      <div [id]="'kinderen-' + gebied().id">
        @if (fout(); as p) {
          <app-foutmelding [probleem]="p" (opnieuw)="laad(1)" />
        } @else if (kinderen() === null) {
          <app-laden [tekst]="T.boomLaden" />
        } @else if (kinderen()!.length === 0) {
          <p class="utrecht-paragraph utrecht-paragraph--small">{{ T.geenOnderdelen }}</p>
        } @else {
          <ul class="boom__lijst">
            @for (k of kinderen(); track k.id) {
              <li><app-boom-knoop [gebied]="k" /></li>
            }
          </ul>
          @if (meer()) {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="laad(pagina() + 1)">{{ T.meerLaden }}</button>
          }
        }
      </div>
    }
  `,
})
export class BoomKnoop {
  protected readonly T = T;
  readonly gebied = input.required<GebiedDto>();
  readonly beginOpen = input(false);
  private readonly client = inject(GebiedenClient);
  protected readonly open = signal(false);
  protected readonly kinderen = signal<GebiedDto[] | null>(null);
  protected readonly fout = signal<Probleem | null>(null);
  protected readonly pagina = signal(1);
  protected readonly meer = signal(false);

  ngOnInit(): void {
    if (this.beginOpen()) this.wissel();
  }

  wissel(): void {
    this.open.update((o) => !o);
    if (this.open() && this.kinderen() === null) this.laad(1);
  }

  laad(pagina: number): void {
    this.fout.set(null);
    this.client.listGebieden(pagina, MAX, null, this.gebied().id).subscribe({
      next: (l) => {
        this.pagina.set(l.page);
        this.meer.set(l.page < l.totalPages);
        this.kinderen.set(pagina === 1 ? l.items : [...(this.kinderen() ?? []), ...l.items]);
      },
      error: (e: unknown) => this.fout.set(naarProbleem(e)),
    });
  }
}

/** The gemeente → wijken (→ buurten) tree. */
@Component({
  selector: 'app-wijk-boom',
  imports: [RouterLink, Laden, Foutmelding, BoomKnoop],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.boomTitel }}</h1>
      <a class="utrecht-link" routerLink="/wijken">{{ T.naarLijst }}</a>
    </div>
    @if (fout(); as p) {
      <app-foutmelding [probleem]="p" (opnieuw)="laad()" />
    } @else if (wortels() === null) {
      <app-laden [tekst]="T.boomLaden" />
    } @else if (wortels()!.length === 0) {
      <p class="utrecht-paragraph">{{ T.boomLeeg }}</p>
    } @else {
      <ul class="boom__lijst boom__lijst--wortel">
        @for (g of wortels(); track g.id) {
          <li><app-boom-knoop [gebied]="g" [beginOpen]="true" /></li>
        }
      </ul>
    }
  `,
})
export class WijkBoom implements OnInit {
  protected readonly T = T;
  private readonly client = inject(GebiedenClient);
  protected readonly wortels = signal<GebiedDto[] | null>(null);
  protected readonly fout = signal<Probleem | null>(null);

  ngOnInit(): void {
    this.laad();
  }

  laad(): void {
    this.fout.set(null);
    this.wortels.set(null);
    this.client.listGebieden(1, MAX, 'gemeente', null).subscribe({
      next: (l) => this.wortels.set(l.items),
      error: (e: unknown) => this.fout.set(naarProbleem(e)),
    });
  }
}
