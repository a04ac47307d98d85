import { Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { UitdagingDto, UitdagingenClient } from '../api/api-client';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { UITDAGINGEN_TEKSTEN as T } from './teksten';
import { OordeelInvoer, besluitVerzoek, controleerBesluit, nietVoldaan } from './uitdaging';

/** The gemeente decides whether a challenge is ontvankelijk; a refusal needs a reason (it is mailed and published). */
@Component({
  selector: 'app-ontvankelijkheid-formulier',
  imports: [Foutsamenvatting, Formulierveld, VeldInvoer, Veldgroep, Tekstvak],
  template: `
    <h2 class="utrecht-heading-2" id="ontvankelijkheid-kop">{{ T.ontvankelijkheidKop }}</h2>
    <p class="utrecht-paragraph">{{ T.ontvankelijkheidUitleg(datum(uitdaging().ontvankelijkheidUiterlijk)) }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="ontvankelijkheid-kop" (submit)="$event.preventDefault(); beslis()">
      <app-veldgroep veldId="ontvankelijk" [legenda]="T.keuze" [fouten]="formulier.van('ontvankelijk')">
        @for (k of [true, false]; track k) {
          <app-formulierveld [veldId]="'ontvankelijk-' + k" [label]="k ? T.ontvankelijk : T.nietOntvankelijk" soort="radio">
            <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="ontvankelijk" [checked]="keuze() === k"
              (change)="keuze.set(k)" />
          </app-formulierveld>
        }
      </app-veldgroep>
      <app-tekstvak veldId="ontvankelijk-reden" [label]="T.reden" [uitleg]="T.redenUitleg" [maxlength]="4000" [fouten]="formulier.van('reden')" [(waarde)]="reden" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.beslissen }}</button>
      </div>
    </form>
  `,
})
export class OntvankelijkheidFormulier {
  protected readonly T = T;
  readonly uitdaging = input.required<UitdagingDto>();
  readonly beslist = output<UitdagingDto>();
  private readonly client = inject(UitdagingenClient);
  protected readonly keuze = signal<boolean | null>(null);
  protected readonly reden = signal('');
  protected readonly formulier = new Formulier({ ontvankelijk: T.keuze, reden: T.reden }, { veldId: (v) => (v === 'ontvankelijk' ? 'ontvankelijk-true' : 'ontvankelijk-reden') });
  protected readonly datum = formatDatum;

  beslis(): void {
    const keuze = this.keuze();
    const reden = this.reden().trim();
    if (!this.formulier.controleer({ ontvankelijk: keuze === null ? [T.keuzeFout] : [], reden: keuze === false && !reden ? [T.redenFout] : [] })) return;
    this.formulier.verstuur(() => this.client.decideOntvankelijkheid(this.uitdaging().id, { ontvankelijk: keuze!, reden: reden || null }), (x) => this.beslist.emit(x));
  }
}

/**
 * The decision on a challenge in assessment: an assessment of every published criterion of the challenge's own
 * verordening version (met or not, with a toelichting), grant or refuse, and the reasoning. Granting against an unmet
 * criterion is allowed but asks for the reason in the motivering.
 */
@Component({
  selector: 'app-besluit-formulier',
  imports: [Foutsamenvatting, Formulierveld, VeldInvoer, Veldgroep, Tekstvak],
  template: `
    <h2 class="utrecht-heading-2" id="besluit-kop">{{ T.besluitKop }}</h2>
    <p class="utrecht-paragraph">{{ T.besluitUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="besluit-kop" (submit)="$event.preventDefault(); besluit()">
      @for (c of uitdaging().criteria; track c.nummer; let i = $index) {
        <div class="criterium">
          <app-veldgroep [veldId]="'voldaan-' + c.nummer" [legenda]="T.oordeelOver(c.naam)" [uitleg]="c.toelichting" [fouten]="formulier.van('voldaan-' + c.nummer)">
            @for (k of [true, false]; track k) {
              <app-formulierveld [veldId]="'voldaan-' + c.nummer + '-' + k" [label]="k ? T.voldaan : T.nietVoldaanTekst" soort="radio">
                <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" [name]="'voldaan-' + c.nummer"
                  [checked]="oordelen()[i].voldaan === k" (change)="zetOordeel(i, { voldaan: k })" />
              </app-formulierveld>
            }
          </app-veldgroep>
          <app-tekstvak [veldId]="'toelichting-' + c.nummer" [label]="T.toelichtingOp(c.naam)" [maxlength]="4000" [regels]="3"
            [fouten]="formulier.van('toelichting-' + c.nummer)" [waarde]="oordelen()[i].toelichting" (waardeChange)="zetOordeel(i, { toelichting: $event })" />
        </div>
      }
      <app-veldgroep veldId="toekennen" [legenda]="T.besluitKeuze" [fouten]="formulier.van('toekennen')">
        @for (k of [true, false]; track k) {
          <app-formulierveld [veldId]="'toekennen-' + k" [label]="k ? T.toekennen : T.afwijzen" soort="radio">
            <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="toekennen" [checked]="toekennen() === k"
              (change)="toekennen.set(k)" />
          </app-formulierveld>
        }
      </app-veldgroep>
      @if (toekennenOndanks()) { <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph">{{ T.toekennenOndanks }}</p></div> }
      <app-tekstvak veldId="besluit-motivering" [label]="T.motivering" [maxlength]="20000" [regels]="6" [fouten]="formulier.van('motivering')" [(waarde)]="motivering" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.besluitNemen }}</button>
      </div>
    </form>
  `,
  styles: `.criterium { margin: 0 0 1.5rem; }`,
})
export class BesluitFormulier implements OnInit {
  protected readonly T = T;
  readonly uitdaging = input.required<UitdagingDto>();
  readonly besloten = output<UitdagingDto>();
  private readonly client = inject(UitdagingenClient);
  protected readonly oordelen = signal<OordeelInvoer[]>([]);
  protected readonly toekennen = signal<boolean | null>(null);
  protected readonly motivering = signal('');
  protected readonly toekennenOndanks = computed(() => this.toekennen() === true && nietVoldaan(this.oordelen()).length > 0);
  protected formulier = new Formulier<string>({});

  ngOnInit(): void {
    const criteria = this.uitdaging().criteria;
    this.oordelen.set(criteria.map((c) => ({ nummer: c.nummer, voldaan: null, toelichting: '' })));
    // One field per criterion, in form order, so the error summary links to each.
    const labels: Record<string, string> = {};
    for (const c of criteria) {
      labels[`voldaan-${c.nummer}`] = T.oordeelOver(c.naam);
      labels[`toelichting-${c.nummer}`] = T.toelichtingOp(c.naam);
    }
    labels['toekennen'] = T.besluitKeuze;
    labels['motivering'] = T.motivering;
    this.formulier = new Formulier<string>(labels, {
      veldId: (v) => (v.startsWith('voldaan-') || v === 'toekennen' ? `${v}-true` : v === 'motivering' ? 'besluit-motivering' : v),
    });
  }

  protected zetOordeel(i: number, wijziging: Partial<OordeelInvoer>): void {
    this.oordelen.update((l) => l.map((o, j) => (j === i ? { ...o, ...wijziging } : o)));
  }

  besluit(): void {
    const fouten = controleerBesluit(this.toekennen(), this.oordelen(), this.motivering());
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.besluitFout[fout]]])))) return;
    this.formulier.verstuur(() => this.client.decideUitdaging(this.uitdaging().id, besluitVerzoek(this.toekennen()!, this.oordelen(), this.motivering())),
      (x) => this.besloten.emit(x));
  }
}
