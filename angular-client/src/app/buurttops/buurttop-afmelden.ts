import { Component, computed, inject, input, signal } from '@angular/core';
import { AanmeldingBevestigingDto, BuurtTopsClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { publiekeBuurtTops } from './buurttop-client';
import { BUURTTOPS_TEKSTEN as T } from './teksten';

/** The page the confirmation mail links to: one button to unsubscribe (name and address are erased), then the result. */
@Component({
  selector: 'app-buurttop-afmelden',
  imports: [Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.afmeldenTitel }}</h1>
    @if (!bron() || !sleutel()) {
      <div class="utrecht-alert utrecht-alert--warning" role="alert"><div class="utrecht-alert__content">
        <p class="utrecht-paragraph">{{ bron() ? T.geenSleutel : T.geenGemeente }}</p>
      </div></div>
    } @else if (resultaat(); as r) {
      <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2">{{ T.afgemeld }}</h2>
        <p class="utrecht-paragraph">{{ r.melding }}</p>
      </div></div>
    } @else {
      <p class="utrecht-paragraph">{{ T.afmeldenUitleg }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <div class="utrecht-button-group">
        <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null" (click)="afmelden()">
          {{ formulier.bezig() ? T.bezig : T.afmeldenKnop }}</button>
      </div>
    }
  `,
})
export class BuurtTopAfmelden {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  readonly sleutel = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly eigen = inject(BuurtTopsClient);
  private readonly publiek = publiekeBuurtTops();
  protected readonly bron = computed<BuurtTopsClient | null>(() => {
    const slug = this.gemeente()?.trim();
    if (slug) return this.publiek(slug);
    return this.sessie.tenant() ? this.eigen : null;
  });
  protected readonly resultaat = signal<AanmeldingBevestigingDto | null>(null);
  protected readonly formulier = new Formulier<never>({});

  afmelden(): void {
    const c = this.bron();
    const sleutel = this.sleutel();
    if (!c || !sleutel) return;
    this.formulier.verstuur(() => c.unsubscribeAanmelding(this.id(), { sleutel }), (r) => this.resultaat.set(r));
  }
}
