import { Component, OnInit, inject, input, output, signal } from '@angular/core';
import { BesluitSoort, SubsidieaanvraagDto, SubsidieaanvragenClient, SubsidieregelingDto } from '../api/api-client';
import { bedragInvoer, formatEuro, parseEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer, Veldgroep } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { SUBSIDIES_TEKSTEN as T } from './teksten';

/**
 * The decision: grant an amount (at most what was asked and what remains of the plafond, Awb 4:25 lid 2) with its
 * motivering, the activities (the applicant's plan unless worded otherwise, Awb 4:29) and the obligations (one per line;
 * none given, the standard light ones), or refuse with the ground and, for an organisation subsidised three years or more in a
 * row, a phase-out term (Awb 4:51; the server says when it is missing). The API holds the four-eyes rule and the beslistermijn.
 */
@Component({
  selector: 'app-aanvraag-besluiten',
  imports: [Foutsamenvatting, Tekstvak, Tekstveld, Formulierveld, VeldInvoer, Veldgroep],
  template: `
    <h3 class="utrecht-heading-3">{{ T.besluitenTitel }}</h3>
    <p class="utrecht-paragraph">{{ T.besluitenUitleg(euro(regeling().resterendEurocent)) }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate [attr.aria-label]="T.besluitenTitel" (submit)="$event.preventDefault(); besluit()">
      <app-veldgroep veldId="besluit-soort" [legenda]="T.besluitSoort" [fouten]="formulier.van('soort')">
        @for (s of soorten; track s) {
          <app-formulierveld [veldId]="'besluit-' + s" [label]="T.besluitSoortNaam[s]" soort="radio">
            <input appVeldInvoer type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="besluit-soort" [value]="s"
              [checked]="soort() === s" (change)="soort.set(s)" />
          </app-formulierveld>
        }
      </app-veldgroep>
      @if (soort() === 'verlening') {
        <app-tekstveld veldId="besluit-bedrag" [label]="T.verleendBedrag" [uitleg]="T.euroUitleg" autocomplete="off" [verplicht]="true"
          [fouten]="formulier.van('bedragEurocent')" [(waarde)]="bedrag" />
        <app-tekstvak veldId="besluit-motivering" [label]="T.motivering" [uitleg]="T.motiveringUitleg" [maxlength]="5000"
          [fouten]="formulier.van('motivering')" [(waarde)]="motivering" />
        <app-tekstvak veldId="besluit-activiteiten" [label]="T.activiteiten" [uitleg]="T.activiteitenUitleg" [maxlength]="20000"
          [fouten]="formulier.van('activiteiten')" [(waarde)]="activiteiten" />
        <app-tekstvak veldId="besluit-verplichtingen" [label]="T.verplichtingen" [uitleg]="T.verplichtingenUitleg" [maxlength]="20000"
          [fouten]="formulier.van('verplichtingen')" [(waarde)]="verplichtingen" />
      } @else if (soort() === 'weigering') {
        <app-tekstvak veldId="besluit-grond" [label]="T.grond" [uitleg]="T.grondUitleg" [maxlength]="5000" [fouten]="formulier.van('grond')" [(waarde)]="grond" />
        <app-tekstveld veldId="besluit-afbouwTot" type="date" [label]="T.weigeringAfbouwTot" [uitleg]="T.weigeringAfbouwTotUitleg"
          [fouten]="formulier.van('afbouwTot')" [(waarde)]="afbouwTot" />
      }
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.besluitNemen }}</button>
      </div>
    </form>
  `,
})
export class AanvraagBesluiten implements OnInit {
  protected readonly T = T;
  readonly aanvraag = input.required<SubsidieaanvraagDto>();
  readonly regeling = input.required<SubsidieregelingDto>();
  readonly gewijzigd = output<SubsidieaanvraagDto>();
  private readonly client = inject(SubsidieaanvragenClient);
  protected readonly soorten: readonly BesluitSoort[] = ['verlening', 'weigering'];
  protected readonly soort = signal<BesluitSoort | null>(null);
  protected readonly bedrag = signal('');
  protected readonly motivering = signal('');
  protected readonly grond = signal('');
  protected readonly afbouwTot = signal('');
  protected readonly activiteiten = signal('');
  protected readonly verplichtingen = signal('');
  protected readonly euro = formatEuro;
  protected readonly formulier = new Formulier(
    {
      soort: T.besluitSoort, bedragEurocent: T.verleendBedrag, motivering: T.motivering, grond: T.grond, afbouwTot: T.weigeringAfbouwTot,
      activiteiten: T.activiteiten, verplichtingen: T.verplichtingen,
    },
    {
      veldId: (v) => (v === 'soort' ? 'besluit-verlening' : v === 'bedragEurocent' ? 'besluit-bedrag' : `besluit-${v}`),
      // The server asks a phase-out term of an organisation subsidised three years or more in a row (Awb 4:51).
      veldVanMelding: (m) => (/4:51|afbouwtermijn/i.test(m) ? 'afbouwTot' : null),
    },
  );

  ngOnInit(): void {
    this.bedrag.set(bedragInvoer(this.aanvraag().bedragEurocent));
    this.activiteiten.set(this.aanvraag().plan);
  }

  besluit(): void {
    const soort = this.soort();
    const id = this.aanvraag().id;
    if (soort === 'weigering') {
      const grond = this.grond().trim();
      if (!this.formulier.controleer({ grond: grond ? [] : [T.grondVerplicht] })) return;
      const afbouwTot = this.afbouwTot() || null;
      this.formulier.verstuur(() => this.client.refuseSubsidieaanvraag(id, { grond, afbouwTot }), (a) => this.gewijzigd.emit(a));
      return;
    }
    const bedrag = parseEuro(this.bedrag());
    const motivering = this.motivering().trim();
    const ok = this.formulier.controleer({
      soort: soort ? [] : [T.besluitSoortVerplicht],
      bedragEurocent: !soort || (bedrag !== null && bedrag > 0) ? [] : [T.bedragOngeldig],
      motivering: !soort || motivering ? [] : [T.motiveringVerplicht],
    });
    if (!ok || bedrag === null) return;
    const activiteiten = this.activiteiten().trim() || null;
    const verplichtingen = this.verplichtingen().split('\n').map((v) => v.trim()).filter((v) => v);
    this.formulier.verstuur(
      () => this.client.grantSubsidieaanvraag(id, { bedragEurocent: bedrag, motivering, activiteiten, verplichtingen: verplichtingen.length ? verplichtingen : null }),
      (a) => this.gewijzigd.emit(a),
    );
  }
}
