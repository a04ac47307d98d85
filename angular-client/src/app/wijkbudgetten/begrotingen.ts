import { Component, inject, signal } from '@angular/core';
import { BegrotingsbesluitDto, BegrotingsbesluitenClient } from '../api/api-client';
import { formatDatum } from '../beleidskader/datum';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstveld } from '../gedeeld/tekstveld';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

/** The years whose begroting the raad adopted, and the form where the griffie records the next one (Awb 4:34). */
@Component({
  selector: 'app-begrotingen',
  imports: [Laadblok, Tabel, TabelRij, Tekstveld, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.begrotingenTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.begrotingenUitleg }}</p>
    @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
    <app-laadblok [bron]="lijst" [ladenTekst]="T.begrotingenLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.begrotingenTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.geenBegrotingen" [pagina]="l"
        [eenheid]="T.eenheidBegrotingen" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-b>
          <th class="utrecht-table__header-cell" scope="row">{{ b.jaar }}</th>
          <td class="utrecht-table__cell">
            {{ T.besluit(datum(b.raadsbesluit.datum), b.raadsbesluit.kenmerk) }}
            @if (b.raadsbesluit.documentUrl) { · <a class="utrecht-link" [href]="b.raadsbesluit.documentUrl">{{ T.besluitLezen }}</a> }
          </td>
        </ng-template>
      </app-tabel>
    }
    <h2 class="utrecht-heading-2">{{ T.begrotingTitel }}</h2>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate (submit)="$event.preventDefault(); leg()">
      <app-tekstveld veldId="jaar" type="number" [label]="T.begrotingJaar" [verplicht]="true" [fouten]="formulier.van('jaar')" [(waarde)]="jaar" />
      <app-tekstveld veldId="datum" type="date" [label]="T.datum" [verplicht]="true" [fouten]="formulier.van('datum')" [(waarde)]="datumInvoer" />
      <app-tekstveld veldId="kenmerk" [label]="T.kenmerk" autocomplete="off" [maxlength]="100" [verplicht]="true"
        [fouten]="formulier.van('kenmerk')" [(waarde)]="kenmerk" />
      <app-tekstveld veldId="documentUrl" type="url" [label]="T.documentUrl" autocomplete="url" [maxlength]="500"
        [fouten]="formulier.van('documentUrl')" [(waarde)]="documentUrl" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
          [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : T.begrotingVastleggen }}</button>
      </div>
    </form>
  `,
})
export class Begrotingen {
  protected readonly T = T;
  private readonly client = inject(BegrotingsbesluitenClient);
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listBegrotingsbesluiten(p, 20) });
  protected readonly kolommen: Kolom[] = [{ kop: T.jaar }, { kop: T.raadsbesluit }];
  protected readonly sleutel = (b: BegrotingsbesluitDto) => b.id;
  protected readonly datum = formatDatum;
  protected readonly melding = signal('');
  protected readonly jaar = signal(String(new Date().getFullYear() + 1));
  protected readonly datumInvoer = signal('');
  protected readonly kenmerk = signal('');
  protected readonly documentUrl = signal('');
  protected readonly formulier = new Formulier({ jaar: T.begrotingJaar, datum: T.datum, kenmerk: T.kenmerk, documentUrl: T.documentUrl });

  leg(): void {
    const jaar = Number(this.jaar());
    const datum = this.datumInvoer();
    const kenmerk = this.kenmerk().trim();
    const ok = this.formulier.controleer({
      jaar: Number.isInteger(jaar) && jaar >= 2000 && jaar <= 2100 ? [] : [T.begrotingJaarOngeldig],
      datum: datum ? [] : [T.datumVerplicht],
      kenmerk: kenmerk ? [] : [T.kenmerkVerplicht],
    });
    if (!ok) return;
    this.melding.set('');
    this.formulier.verstuur(
      () => this.client.recordBegrotingsbesluit({ jaar, datum, kenmerk, documentUrl: this.documentUrl().trim() || null }),
      (b) => {
        this.melding.set(T.begrotingVastgelegd(b.jaar));
        this.lijst.herlaad();
      },
    );
  }
}
