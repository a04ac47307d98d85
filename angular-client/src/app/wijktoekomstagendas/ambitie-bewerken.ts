import { Component, inject, input, linkedSignal, output, signal } from '@angular/core';
import { AmbitieDto, WijktoekomstagendasClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { AGENDAS_TEKSTEN as T } from './teksten';

/**
 * Rewrites an ambition's title and text (PUT; its public value or own goal is sent unchanged). The server refuses the
 * gemeente a change of what residents wrote (G-8); that refusal is shown as it is.
 */
@Component({
  selector: 'app-ambitie-bewerken',
  imports: [Foutsamenvatting, Tekstveld, Tekstvak],
  template: `
    @let a = ambitie();
    <form class="formulier" novalidate [attr.aria-label]="T.ambitieWijzigen + ': ' + a.titel" (submit)="$event.preventDefault(); opslaan()">
      <h4 class="utrecht-heading-4">{{ T.ambitieWijzigen }}</h4>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ melding() }}</p></div></div> }
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <app-tekstveld [veldId]="id('titel')" [label]="T.ambitieTitel" [maxlength]="200" [verplicht]="true" [fouten]="formulier.van('titel')" [(waarde)]="titel" />
      <app-tekstvak [veldId]="id('tekst')" [label]="T.ambitieTekst" [maxlength]="4000" [fouten]="formulier.van('tekst')" [(waarde)]="tekst" />
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">
        {{ formulier.bezig() ? T.bezig : T.ambitieWijzigen }}</button>
    </form>
  `,
  styles: `.formulier { margin-block: 0.75rem; }`,
})
export class AmbitieBewerken {
  protected readonly T = T;
  readonly agendaId = input.required<string>();
  readonly ambitie = input.required<AmbitieDto>();
  readonly gewijzigd = output<AmbitieDto>();
  private readonly client = inject(WijktoekomstagendasClient);
  protected readonly titel = linkedSignal(() => this.ambitie().titel);
  protected readonly tekst = linkedSignal(() => this.ambitie().tekst);
  protected readonly melding = signal('');
  protected readonly formulier = new Formulier({ titel: T.ambitieTitel, tekst: T.ambitieTekst }, { veldId: (v) => this.id(v) });

  protected id(veld: string): string {
    return `ambitie-${this.ambitie().id}-wijzig-${veld}`;
  }

  opslaan(): void {
    const titel = this.titel().trim();
    const tekst = this.tekst().trim();
    const ok = this.formulier.controleer({ titel: titel ? [] : [T.titelVerplicht], tekst: tekst ? [] : [T.tekstVerplicht] });
    if (!ok) return;
    const oud = this.ambitie();
    this.melding.set('');
    this.formulier.verstuur(
      () => this.client.updateAmbitie(this.agendaId(), oud.id, { titel, tekst, publiekeWaardeId: oud.publiekeWaardeId, eigenDoel: oud.publiekeWaardeId === null }),
      // The answer names no working group's contact organisation, so those are kept from before.
      (a) => {
        this.melding.set(T.ambitieGewijzigd);
        this.gewijzigd.emit({ ...a, werkgroepen: oud.werkgroepen });
      },
    );
  }
}
