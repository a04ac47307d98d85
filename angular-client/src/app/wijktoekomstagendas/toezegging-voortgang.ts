import { Component, inject, input, output, signal } from '@angular/core';
import { InstellingToezeggingDto, ToezeggingVoortgang, VerzoekenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { formatDatum } from '../wijkbeelden/datum';
import { LopendeToezegging } from './toezeggingen';
import { AGENDAS_TEKSTEN as T } from './teksten';

/** Records whether an institution kept one promise (once: the server refuses a second outcome). */
@Component({
  selector: 'app-toezegging-voortgang',
  imports: [Formulierveld, VeldInvoer, Foutsamenvatting],
  template: `
    @let l = lopend();
    <form class="formulier" novalidate [attr.aria-label]="T.voortgangVastleggen + ': ' + l.toezegging.omschrijving" (submit)="$event.preventDefault(); leg()">
      <p class="utrecht-paragraph"><strong>{{ l.toezegging.omschrijving }}</strong><br />{{ T.toezeggingVan(l.verzoek.organisatieNaam, datum(l.toezegging.uiterlijk)) }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <app-formulierveld [veldId]="veldId()" [label]="T.voortgang" [fouten]="formulier.van('voortgang')">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="voortgang.set($any($event.target).value)">
          <option value="">{{ T.kiesVoortgang }}</option>
          @for (v of uitkomsten; track v) { <option [value]="v" [selected]="voortgang() === v">{{ T.voortgangNaam[v] }}</option> }
        </select>
      </app-formulierveld>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">
        {{ formulier.bezig() ? T.bezig : T.voortgangVastleggen }}</button>
    </form>
  `,
  styles: `.formulier { margin-block: 0.75rem 1.25rem; }`,
})
export class ToezeggingVoortgangFormulier {
  protected readonly T = T;
  readonly lopend = input.required<LopendeToezegging>();
  readonly vastgelegd = output<InstellingToezeggingDto>();
  private readonly client = inject(VerzoekenClient);
  protected readonly uitkomsten: readonly ToezeggingVoortgang[] = ['nagekomen', 'nietNagekomen'];
  protected readonly voortgang = signal<ToezeggingVoortgang | ''>('');
  protected readonly datum = formatDatum;
  protected readonly formulier = new Formulier({ voortgang: T.voortgang }, { veldId: () => this.veldId() });

  protected veldId(): string {
    return `toezegging-${this.lopend().toezegging.id}-voortgang`;
  }

  leg(): void {
    const voortgang = this.voortgang();
    if (!this.formulier.controleer({ voortgang: voortgang ? [] : [T.kiesVoortgang] }) || !voortgang) return;
    const { verzoek, toezegging } = this.lopend();
    this.formulier.verstuur(() => this.client.updateToezegging(verzoek.id, toezegging.id, { voortgang }), (t) => this.vastgelegd.emit(t));
  }
}
