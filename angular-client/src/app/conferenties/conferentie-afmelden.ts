import { Component, computed, input, signal } from '@angular/core';
import { ConferentieaanmeldingBevestigingDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { conferentieClient } from './conferentie-client';
import { CONFERENTIES_TEKSTEN as T } from './teksten';

/** The page the confirmation mail links to: one button to unsubscribe (name and address are erased), then the result. */
@Component({
  selector: 'app-conferentie-afmelden',
  imports: [Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.afmeldenTitel }}</h1>
    @if (!client() || !sleutel()) {
      <div class="utrecht-alert utrecht-alert--warning" role="alert"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ T.geenSleutel }}</p></div></div>
    } @else if (resultaat(); as r) {
      <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2">{{ T.afgemeldKop }}</h2>
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
export class ConferentieAfmelden {
  protected readonly T = T;
  readonly id = input.required<string>();
  readonly gemeente = input<string>();
  readonly sleutel = input<string>();
  private readonly clients = conferentieClient();
  protected readonly client = computed(() => this.clients(this.gemeente()));
  protected readonly resultaat = signal<ConferentieaanmeldingBevestigingDto | null>(null);
  protected readonly formulier = new Formulier<never>({});

  protected afmelden(): void {
    const c = this.client();
    const sleutel = this.sleutel();
    if (!c || !sleutel) return;
    this.formulier.verstuur(() => c.unsubscribeConferentieaanmelding(this.id(), { sleutel }), (r) => this.resultaat.set(r));
  }
}
