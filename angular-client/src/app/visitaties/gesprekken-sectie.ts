import { Component, computed, inject, input, output, signal } from '@angular/core';
import { VisitatieDto, VisitatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { VISITATIES_TEKSTEN as T } from './teksten';
import { voorbij } from './visitatie';
import { VISITATIES_ROLLEN } from './visitaties.routes';

/**
 * The reviewed party's self-reflection (its form while it is asked for) and what stakeholders told the panel (recorded
 * by the panel or the gemeente during the conversations; the reviewed party reads it from the draft report on).
 */
@Component({
  selector: 'app-gesprekken-sectie',
  imports: [Foutsamenvatting, Tekstvak, Tekstveld],
  template: `
    @let v = visitatie();
    <h2 class="utrecht-heading-2" id="zelfreflectie-kop">{{ T.zelfreflectieKop }}</h2>
    @if (v.zelfreflectie) {
      <p class="utrecht-paragraph tekst">{{ v.zelfreflectie }}</p>
    } @else if (magZelfreflectie()) {
      <p class="utrecht-paragraph uitleg">{{ T.zelfreflectieUitleg }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="zelfreflectie.samenvatting()" [algemeen]="zelfreflectie.algemeen()" />
      <form class="formulier" novalidate aria-labelledby="zelfreflectie-kop" (submit)="$event.preventDefault(); legZelfreflectieVast()">
        <app-tekstvak veldId="zelfreflectie-tekst" [label]="T.zelfreflectieLabel" [maxlength]="10000" [regels]="8"
          [fouten]="zelfreflectie.van('tekst')" [waarde]="tekst()" (waardeChange)="tekst.set($event)" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="zelfreflectie.bezig() || null">
            {{ zelfreflectie.bezig() ? T.bezig : T.zelfreflectieOpslaan }}</button>
        </div>
      </form>
    } @else {
      <p class="utrecht-paragraph">{{ T.zelfreflectieNogNiet }}</p>
    }

    @if (voorbij(v.status, 'gesprekken')) {
      <h2 class="utrecht-heading-2" id="inbreng-kop">{{ T.inbrengKop }}</h2>
      @if (v.kant === 'gevisiteerde' && !voorbij(v.status, 'reactie')) {
        <p class="utrecht-paragraph">{{ T.inbrengVerborgen }}</p>
      } @else {
        @for (i of v.inbreng; track i.id) {
          <blockquote class="inbreng"><p class="utrecht-paragraph tekst">{{ i.wat }}</p><footer>{{ i.wie }}, {{ datum(i.op) }}</footer></blockquote>
        } @empty {
          <p class="utrecht-paragraph">{{ T.inbrengLeeg }}</p>
        }
      }
      @if (magHoren()) {
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="inbreng.samenvatting()" [algemeen]="inbreng.algemeen()" />
        <form class="formulier" novalidate aria-labelledby="inbreng-kop" (submit)="$event.preventDefault(); legInbrengVast($any($event.target))">
          <app-tekstveld veldId="inbreng-wie" [label]="T.wieLabel" [verplicht]="true" autocomplete="off" [maxlength]="200"
            [fouten]="inbreng.van('wie')" [waarde]="wie()" (waardeChange)="wie.set($event)" />
          <app-tekstvak veldId="inbreng-wat" [label]="T.watLabel" [maxlength]="4000" [regels]="4"
            [fouten]="inbreng.van('wat')" [waarde]="wat()" (waardeChange)="wat.set($event)" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="inbreng.bezig() || null">
              {{ inbreng.bezig() ? T.bezig : T.inbrengOpslaan }}</button>
          </div>
        </form>
      }
    }
  `,
  styles: `
    .uitleg, .tekst { max-inline-size: 70ch; }
    .tekst { white-space: pre-line; }
    .inbreng { border-inline-start: 3px solid var(--utrecht-color-grey-80, #ccc); margin-inline: 0; padding-inline-start: 1rem; }
    .inbreng footer { font-size: 0.875em; }
  `,
})
export class GesprekkenSectie {
  protected readonly T = T;
  readonly visitatie = input.required<VisitatieDto>();
  readonly bijgewerkt = output<VisitatieDto>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(VisitatiesClient);
  protected readonly voorbij = voorbij;
  protected readonly datum = formatDatum;
  /** The reviewed organisation writes it; the gemeente stands in when no organisation is reviewed (the server decides). */
  protected readonly magZelfreflectie = computed(() => {
    const v = this.visitatie();
    return v.status === 'zelfreflectie' && (v.kant === 'gevisiteerde' || (v.kant === 'gemeente' && !v.organisatieId && this.sessie.heeftRol(...VISITATIES_ROLLEN.gemeente)));
  });
  protected readonly magHoren = computed(() => {
    const v = this.visitatie();
    return v.status === 'gesprekken' && (v.kant === 'panel' || (v.kant === 'gemeente' && this.sessie.heeftRol(...VISITATIES_ROLLEN.gemeente)));
  });
  protected readonly tekst = signal('');
  protected readonly wie = signal('');
  protected readonly wat = signal('');
  protected readonly zelfreflectie = new Formulier({ tekst: T.zelfreflectieLabel }, { veldId: () => 'zelfreflectie-tekst', veldVanMelding: () => 'tekst' });
  protected readonly inbreng = new Formulier({ wie: T.wieLabel, wat: T.watLabel }, { veldId: (v) => `inbreng-${v}` });

  protected legZelfreflectieVast(): void {
    if (!this.zelfreflectie.controleer({ tekst: this.tekst().trim() ? [] : [T.fout.tekst] })) return;
    this.zelfreflectie.verstuur(() => this.client.submitZelfreflectie(this.visitatie().id, { tekst: this.tekst().trim() }), (v) => this.bijgewerkt.emit(v));
  }

  /** Resets the form element too, so the emptied fields do not show as wrongly filled in (:user-invalid). */
  protected legInbrengVast(form: HTMLFormElement): void {
    if (!this.inbreng.controleer({ wie: this.wie().trim() ? [] : [T.fout.wie], wat: this.wat().trim() ? [] : [T.fout.wat] })) return;
    this.inbreng.verstuur(() => this.client.addInbreng(this.visitatie().id, { wie: this.wie().trim(), wat: this.wat().trim() }), (v) => {
      form.reset();
      this.wie.set('');
      this.wat.set('');
      this.bijgewerkt.emit(v);
    });
  }
}
