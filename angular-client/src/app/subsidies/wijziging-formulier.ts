import { Component, computed, inject, input, output, signal } from '@angular/core';
import { BeschikkingDto, WijzigingsbesluitDto, WijzigingsbesluitenClient, Wijzigingsgrond } from '../api/api-client';
import { formatEuro, parseEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { vandaagIso } from './termijn';
import { SUBSIDIES_TEKSTEN as T } from './teksten';
import { GRONDARTIKEL, GRONDEN, Wijzigingsveld, controleerWijziging, toepasselijkeArtikelen, veldVanMelding, veldenVoor, wijzigingsverzoek } from './wijziging';

/**
 * The gemeente withdraws or lowers a subsidy (Awb 4:48–4:50): the ground among those that apply now (the verlening's
 * before the vaststelling, the vaststelling's after it), each with its article and what it means; the new amount or
 * "intrekken"; the facts; and the dates the ground asks (the ingang, the phase-out term of 4:51, the day of a breach).
 */
@Component({
  selector: 'app-wijziging-formulier',
  imports: [Foutsamenvatting, Formulierveld, VeldInvoer, Veldgroep, Tekstveld, Tekstvak],
  template: `
    <h3 class="utrecht-heading-3" id="wijzigen-kop">{{ T.wijzigenTitel }}</h3>
    <p class="utrecht-paragraph">{{ T.wijzigenUitleg }}</p>
    <p class="utrecht-paragraph">{{ beschikking().vaststellingId ? T.wijzigenVaststellingUitleg(euro(huidig())) : T.wijzigenVerleningUitleg(euro(huidig())) }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="wijzigen-kop" (submit)="$event.preventDefault(); neem()">
      <app-veldgroep veldId="wijziging-grond" [legenda]="T.wijzigingGrond" [fouten]="formulier.van('grond')">
        @for (a of artikelen(); track a) {
          <app-veldgroep class="artikel" [veldId]="'wijziging-artikel-' + a.replace(':', '-')" [legenda]="T.artikelKop[a]">
            @for (g of gronden[a]; track g) {
              <app-formulierveld [veldId]="'wijziging-grond-' + g" [label]="T.grondLabel(T.grondNaam[g], grondartikel[g])" [uitleg]="T.grondUitlegZin[g]" soort="radio">
                <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="wijziging-grond" [value]="g"
                  [checked]="grond() === g" (change)="kies(g)" />
              </app-formulierveld>
            }
          </app-veldgroep>
        }
      </app-veldgroep>
      <app-formulierveld veldId="wijziging-intrekken" [label]="T.intrekken" soort="checkbox">
        <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="intrekken()"
          (change)="intrekken.set($any($event.target).checked)" />
      </app-formulierveld>
      @if (!intrekken()) {
        <app-tekstveld veldId="wijziging-bedrag" [label]="T.nieuwBedrag" [uitleg]="T.nieuwBedragUitleg(euro(huidig()))" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('bedrag')" [(waarde)]="bedrag" />
      }
      <app-tekstvak veldId="wijziging-toelichting" [label]="T.wijzigingToelichting" [uitleg]="T.wijzigingToelichtingUitleg" [maxlength]="5000"
        [fouten]="formulier.van('toelichting')" [(waarde)]="toelichting" />
      @if (velden().ingang !== 'geen') {
        <app-tekstveld veldId="wijziging-ingang" type="date" [label]="T.ingang" [verplicht]="velden().ingang === 'verplicht'"
          [uitleg]="velden().ingang === 'verplicht' ? T.ingangVerplichtUitleg : T.ingangOptioneelUitleg(datum(beschikking().genomenOp))"
          [fouten]="formulier.van('ingang')" [(waarde)]="ingang" />
      }
      @if (velden().afbouwTot) {
        <app-tekstveld veldId="wijziging-afbouwTot" type="date" [label]="T.afbouwTot" [uitleg]="T.afbouwTotUitleg" [fouten]="formulier.van('afbouwTot')" [(waarde)]="afbouwTot" />
      }
      @if (velden().overtredenOp) {
        <app-tekstveld veldId="wijziging-overtredenOp" type="date" [label]="T.overtredenOp" [uitleg]="T.overtredenOpUitleg" [verplicht]="true"
          [fouten]="formulier.van('overtredenOp')" [(waarde)]="overtredenOp" />
      }
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.wijzigingNemen }}</button>
      </div>
    </form>
  `,
  styles: `.artikel { display: block; margin-block: 0.75rem; }`,
})
export class WijzigingFormulier {
  protected readonly T = T;
  readonly beschikking = input.required<BeschikkingDto>();
  /** The amount now: what is granted, or once set what is vastgesteld. */
  readonly huidig = input.required<number>();
  readonly genomen = output<WijzigingsbesluitDto>();
  private readonly client = inject(WijzigingsbesluitenClient);
  protected readonly gronden = GRONDEN;
  protected readonly grondartikel = GRONDARTIKEL;
  protected readonly artikelen = computed(() => toepasselijkeArtikelen(this.beschikking()));
  protected readonly grond = signal<Wijzigingsgrond | null>(null);
  protected readonly intrekken = signal(false);
  protected readonly bedrag = signal('');
  protected readonly toelichting = signal('');
  protected readonly ingang = signal('');
  protected readonly afbouwTot = signal('');
  protected readonly overtredenOp = signal('');
  protected readonly velden = computed(() => veldenVoor(this.grond()));
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;
  protected readonly formulier = new Formulier<Wijzigingsveld>(
    { grond: T.wijzigingGrond, bedrag: T.nieuwBedrag, toelichting: T.wijzigingToelichting, ingang: T.ingang, afbouwTot: T.afbouwTot, overtredenOp: T.overtredenOp },
    {
      aliassen: { nieuwBedragEurocent: 'bedrag' },
      veldId: (v) => (v === 'grond' ? `wijziging-grond-${GRONDEN[this.artikelen()[0]][0]}` : `wijziging-${v}`),
      veldVanMelding,
    },
  );

  /** Another ground: the errors of a date field it no longer asks go with the field. */
  protected kies(grond: Wijzigingsgrond): void {
    this.grond.set(grond);
    const velden = veldenVoor(grond);
    if (velden.ingang === 'geen') this.formulier.zetFout('ingang', []);
    if (!velden.afbouwTot) this.formulier.zetFout('afbouwTot', []);
    if (!velden.overtredenOp) this.formulier.zetFout('overtredenOp', []);
  }

  neem(): void {
    const invoer = {
      grond: this.grond(), intrekken: this.intrekken(), bedragEurocent: parseEuro(this.bedrag()), toelichting: this.toelichting(),
      ingang: this.ingang(), afbouwTot: this.afbouwTot(), overtredenOp: this.overtredenOp(),
    };
    const fouten = controleerWijziging(invoer, this.huidig(), vandaagIso());
    const berichten = Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.wijzigingFout[fout]]]));
    if (!this.formulier.controleer(berichten)) return;
    this.formulier.verstuur(() => this.client.createWijzigingsbesluit(wijzigingsverzoek(this.beschikking().id, invoer)), (w) => this.genomen.emit(w));
  }
}
