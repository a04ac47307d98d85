import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { DeclaratieDto, OpdrachtovereenkomstenClient } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { API_BASIS } from '../gedeeld/api-basis';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { vandaagIso } from '../subsidies/termijn';
import { getal } from '../wijkbeelden/cijfers';
import { FactuurVeld, controleerFactuur, factuurFormulier, parseUren, verwachtBedrag } from './opdracht';
import { OPDRACHTEN_TEKSTEN as T } from './teksten';

/**
 * Records a zzp'er's invoice under a contract: number, date, period, hours, the amounts and the file. The expected
 * amounts for the hours typed are shown beside the form; the server checks the invoice against the contract and
 * submits it as a declaratie, so the back office approves it with four eyes. The file goes as multipart, which the
 * generated client cannot send.
 */
@Component({
  selector: 'app-factuur-nieuw',
  imports: [Foutsamenvatting, Formulierveld, Laadblok, Tekstveld, VeldInvoer],
  template: `
    <h1 class="utrecht-heading-1" id="factuur-kop">{{ T.factuurTitel }}</h1>
    <app-laadblok [bron]="opdracht" [ladenTekst]="T.detailLaden" />
    @if (opdracht.waarde(); as o) {
      <p class="utrecht-paragraph">{{ T.factuurUitleg }}</p>
      <p class="utrecht-paragraph"><strong>{{ o.opdrachtnemer }}</strong>, {{ o.groepNaam }}: {{ T.periode(datum(o.begindatum), datum(o.einddatum)) }}.
        {{ T.resterend(getal(o.resterendeUren)) }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate aria-labelledby="factuur-kop" (submit)="$event.preventDefault(); dien()">
        <app-formulierveld veldId="factuur-factuur" [label]="T.factuurBestandLabel" [uitleg]="T.factuurBestandUitleg" [fouten]="formulier.van('factuur')">
          <input appVeldInvoer type="file" class="utrecht-textbox utrecht-textbox--html-input" name="factuur"
            accept="image/*,application/pdf" (change)="bestand.set($any($event.target).files?.[0] ?? null)" />
        </app-formulierveld>
        <app-tekstveld veldId="factuur-factuurnummer" [label]="T.factuurnummerLabel" [verplicht]="true" autocomplete="off" [maxlength]="40"
          [fouten]="formulier.van('factuurnummer')" [(waarde)]="factuurnummer" />
        <app-tekstveld veldId="factuur-factuurdatum" type="date" [label]="T.factuurdatumLabel" [verplicht]="true"
          [fouten]="formulier.van('factuurdatum')" [(waarde)]="factuurdatum" />
        <app-tekstveld veldId="factuur-periodeVan" type="date" [label]="T.periodeVanLabel" [verplicht]="true"
          [fouten]="formulier.van('periodeVan')" [(waarde)]="periodeVan" />
        <app-tekstveld veldId="factuur-periodeTot" type="date" [label]="T.periodeTotLabel" [verplicht]="true"
          [fouten]="formulier.van('periodeTot')" [(waarde)]="periodeTot" />
        <app-tekstveld veldId="factuur-uren" [label]="T.factuurUrenLabel" [verplicht]="true" autocomplete="off"
          [fouten]="formulier.van('uren')" [(waarde)]="uren" />
        @if (verwacht(); as v) {
          <div class="utrecht-alert utrecht-alert--info" role="status"><p class="utrecht-paragraph">{{ v }}</p></div>
        }
        <app-tekstveld veldId="factuur-bedragExclusief" [label]="T.exclusiefLabel" [verplicht]="true" autocomplete="off"
          [fouten]="formulier.van('bedragExclusief')" [(waarde)]="bedragExclusief" />
        <app-tekstveld veldId="factuur-btw" [label]="T.btwBedragLabel" [verplicht]="true" autocomplete="off"
          [fouten]="formulier.van('btw')" [(waarde)]="btw" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.factuurBezig : T.indienen }}</button>
        </div>
      </form>
    }
  `,
})
export class FactuurNieuw {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly router = inject(Router);
  private readonly http = inject(HttpClient);
  private readonly client = inject(OpdrachtovereenkomstenClient);
  protected readonly opdracht = laadbaar({ params: () => this.id(), laad: (id) => this.client.getOpdrachtovereenkomst(id) });
  protected readonly factuurnummer = signal('');
  protected readonly factuurdatum = signal(vandaagIso());
  protected readonly periodeVan = signal('');
  protected readonly periodeTot = signal('');
  protected readonly uren = signal('');
  protected readonly bedragExclusief = signal('');
  protected readonly btw = signal('');
  protected readonly bestand = signal<File | null>(null);
  /** What the contract says these hours cost, so a typo on the invoice is seen before sending. */
  protected readonly verwacht = computed(() => {
    const o = this.opdracht.waarde();
    const uren = parseUren(this.uren());
    if (!o || uren === null) return null;
    const v = verwachtBedrag(o, uren);
    return T.verwacht(getal(uren), formatEuro(v.exclusief), formatEuro(v.btw));
  });
  protected readonly formulier = new Formulier<FactuurVeld>(
    {
      factuur: T.factuurBestandLabel, factuurnummer: T.factuurnummerLabel, factuurdatum: T.factuurdatumLabel, periodeVan: T.periodeVanLabel,
      periodeTot: T.periodeTotLabel, uren: T.factuurUrenLabel, bedragExclusief: T.exclusiefLabel, btw: T.btwBedragLabel,
    },
    {
      aliassen: { bedragExclusiefEurocent: 'bedragExclusief', btwEurocent: 'btw' },
      veldId: (v) => `factuur-${v}`,
      veldVanMelding: (m) =>
        /bedrag zonder btw/.test(m) ? 'bedragExclusief' : /btw/.test(m) ? 'btw' : /factuurnummer/.test(m) ? 'factuurnummer'
          : /factuurdatum/.test(m) ? 'factuurdatum' : /uur/.test(m) ? 'uren' : /periode/.test(m) ? 'periodeTot'
            : /PDF|foto|bestand/i.test(m) ? 'factuur' : null,
    },
  );
  protected readonly getal = getal;
  protected readonly datum = formatDatum;

  dien(): void {
    const o = this.opdracht.waarde();
    if (!o) return;
    const invoer = {
      factuurnummer: this.factuurnummer(), factuurdatum: this.factuurdatum(), periodeVan: this.periodeVan(), periodeTot: this.periodeTot(),
      uren: this.uren(), bedragExclusief: this.bedragExclusief(), btw: this.btw(), factuur: this.bestand(),
    };
    const fouten = controleerFactuur(invoer, o, vandaagIso());
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.factuurFout[fout]]])))) return;
    const form = factuurFormulier({ ...invoer, factuur: invoer.factuur! });
    this.formulier.verstuur(
      () => this.http.post<DeclaratieDto>(`${API_BASIS}/opdrachtovereenkomsten/${o.id}/facturen`, form),
      (d) => void this.router.navigate(['/declaraties', d.id]),
    );
  }
}
