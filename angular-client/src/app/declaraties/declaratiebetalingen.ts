import { Component, computed, inject, signal } from '@angular/core';
import { map } from 'rxjs';
import { DeclaratiebetalingDto, DeclaratiebetalingenClient, HostorganisatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { bewaar, documentLader } from '../gedeeld/document';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { vandaagIso } from '../subsidies/termijn';
import { batchSoort } from './declaratie-client';
import { DECLARATIES_ROLLEN } from './declaraties.routes';
import { DECLARATIES_TEKSTEN as T } from './teksten';

/**
 * The host's payment batches of approved declaraties: the back office sets one up (one pain.001 for the bank), downloads
 * the SEPA file and records the day the bank executed it, which books every declaratie in its group's administratie, or
 * withdraws a batch the bank did not execute, with a reason. The gemeente and the auditor read along.
 */
@Component({
  selector: 'app-declaratiebetalingen',
  imports: [Foutsamenvatting, Keuzeveld, Laadblok, StatusBadge, Tabel, TabelRij, Tekstvak, Tekstveld],
  template: `
    <h1 class="utrecht-heading-1">{{ T.betalingenTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.betalingenUitleg }}</p>
    @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
    @if (magBetalen()) {
      <h2 class="utrecht-heading-2" id="batch-kop">{{ T.nieuweBatchKop }}</h2>
      <app-laadblok [bron]="hosts" [ladenTekst]="T.hostsLaden" />
      @if (hosts.waarde(); as h) {
        <app-foutsamenvatting [titel]="T.batchFoutSamenvatting" [fouten]="nieuw.samenvatting()" [algemeen]="nieuw.algemeen()" />
        <form class="formulier" novalidate aria-labelledby="batch-kop" (submit)="$event.preventDefault(); zetKlaar()">
          @if (h.length > 1) {
            <app-keuzeveld veldId="batch-host" [label]="T.hostLabel" [leeg]="T.kies" [keuzes]="h" [fouten]="nieuw.van('host')" [(waarde)]="hostId" />
          }
          <app-tekstveld veldId="batch-uitvoerdatum" type="date" [label]="T.uitvoerdatumLabel" [verplicht]="true" [fouten]="nieuw.van('uitvoerdatum')"
            [(waarde)]="uitvoerdatum" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="nieuw.bezig() || null">
              {{ nieuw.bezig() ? T.bezig : T.batchKnop }}</button>
          </div>
        </form>
      }
    }

    <h2 class="utrecht-heading-2">{{ T.betalingenTitel }}</h2>
    <app-foutsamenvatting [titel]="T.batchFoutSamenvatting" [fouten]="uitvoering.samenvatting()" [algemeen]="uitvoering.algemeen()" />
    <app-laadblok [bron]="lijst" [ladenTekst]="T.betalingenLaden" />
    @if (lijst.waarde(); as l) {
      <app-tabel [label]="T.betalingenTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.betalingenLeeg" [pagina]="l" [eenheid]="T.batches"
        [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
        <ng-template [appTabelRij]="l.items" let-b>
          <th class="utrecht-table__header-cell" scope="row">
            <span class="kenmerk">{{ b.berichtkenmerk }}</span><br />
            <span class="klein">{{ T.uitvoerdatum }}: {{ datum(b.uitvoerdatum) }}</span><br />
            <app-status-badge [tekst]="T.batchStatusNaam[b.status]" [soort]="soort(b.status)" />
            @if (b.uitgevoerdOp) { <span class="klein"> {{ T.uitgevoerdOp(datum(b.uitgevoerdOp)) }}</span> }
            @if (b.intrekkingsreden) { <br /><span class="klein">{{ T.ingetrokkenOmdat(b.intrekkingsreden) }}</span> }
          </th>
          <td class="utrecht-table__cell">
            <ul class="utrecht-unordered-list">
              @for (o of b.overboekingen; track o.declaratieId) { <li class="utrecht-unordered-list__item">{{ o.kenmerk }}: {{ o.begunstigde }}, {{ euro(o.bedragEurocent) }}</li> }
            </ul>
          </td>
          <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ euro(b.totaalEurocent) }}</td>
          <td class="utrecht-table__cell">
            @if (b.status !== 'ingetrokken') {
              <button type="button" class="utrecht-button utrecht-button--subtle" (click)="pain001(b)">{{ T.pain001Knop }}</button>
            }
          </td>
        </ng-template>
      </app-tabel>

      @if (magBetalen() && klaargezet().length > 0) {
        <h2 class="utrecht-heading-2" id="uitvoering-kop">{{ T.uitgevoerdKnop }}</h2>
        <form class="formulier" novalidate aria-labelledby="uitvoering-kop" (submit)="$event.preventDefault(); voerUit()">
          <app-keuzeveld veldId="uitvoering-batch" [label]="T.berichtkenmerk" [keuzes]="klaargezet()" [(waarde)]="batchId" />
          <app-tekstveld veldId="uitvoering-uitgevoerdOp" type="date" [label]="T.uitgevoerdLabel" [verplicht]="true" [fouten]="uitvoering.van('uitgevoerdOp')"
            [(waarde)]="uitgevoerdOp" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="uitvoering.bezig() || null">{{ T.uitgevoerdKnop }}</button>
          </div>
        </form>

        <h2 class="utrecht-heading-2" id="intrekking-kop">{{ T.intrekkenKop }}</h2>
        <p class="utrecht-paragraph">{{ T.intrekkenUitleg }}</p>
        <app-foutsamenvatting [titel]="T.batchFoutSamenvatting" [fouten]="intrekking.samenvatting()" [algemeen]="intrekking.algemeen()" />
        <form class="formulier" novalidate aria-labelledby="intrekking-kop" (submit)="$event.preventDefault(); trekIn()">
          <app-keuzeveld veldId="intrekking-batch" [label]="T.berichtkenmerk" [keuzes]="klaargezet()" [(waarde)]="intrekBatchId" />
          <app-tekstvak veldId="intrekking-reden" [label]="T.intrekkingsredenLabel" [maxlength]="500" [regels]="2"
            [fouten]="intrekking.van('reden')" [(waarde)]="intrekkingsreden" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="intrekking.bezig() || null">{{ T.intrekkenKnop }}</button>
          </div>
        </form>
      }
    }
  `,
  styles: `
    .klein { font-size: 0.875em; font-weight: normal; }
    .kenmerk { overflow-wrap: anywhere; }
    th { white-space: normal; min-inline-size: 9rem; }
    .utrecht-button--subtle { padding-inline: 0; min-block-size: auto; text-decoration: underline; }
  `,
})
export class Declaratiebetalingen {
  protected readonly T = T;
  private readonly sessie = inject(Sessie);
  private readonly client = inject(DeclaratiebetalingenClient);
  private readonly hostsClient = inject(HostorganisatiesClient);
  private readonly document = documentLader();
  protected readonly magBetalen = computed(() => this.sessie.heeftRol(...DECLARATIES_ROLLEN.beoordelen));
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listDeclaratiebetalingen(p, 20) });
  protected readonly hosts = laadbaar({
    params: () => (this.magBetalen() ? true : undefined),
    laad: () => this.hostsClient.listHostorganisaties(1, 100).pipe(map((l) => l.items.map((h) => ({ id: h.id, naam: h.naam })))),
  });
  protected readonly hostId = signal('');
  protected readonly uitvoerdatum = signal(vandaagIso());
  protected readonly klaargezet = computed(() =>
    (this.lijst.waarde()?.items ?? []).filter((b) => b.status === 'klaargezet').map((b) => ({ id: b.id, naam: `${b.berichtkenmerk} (${formatEuro(b.totaalEurocent)})` })),
  );
  protected readonly batchId = signal('');
  protected readonly uitgevoerdOp = signal(vandaagIso());
  protected readonly nieuw = new Formulier(
    { host: T.hostLabel, uitvoerdatum: T.uitvoerdatumLabel },
    { aliassen: { hostorganisatieId: 'host' }, veldId: (v) => `batch-${v}` },
  );
  protected readonly uitvoering = new Formulier({ uitgevoerdOp: T.uitgevoerdLabel }, { veldId: (v) => `uitvoering-${v}` });
  protected readonly intrekBatchId = signal('');
  protected readonly intrekkingsreden = signal('');
  protected readonly intrekking = new Formulier({ reden: T.intrekkingsredenLabel }, { veldId: (v) => `intrekking-${v}` });
  protected readonly melding = signal('');
  protected readonly kolommen: readonly Kolom[] = [
    { kop: T.batchKolom }, { kop: T.overboekingen }, { kop: T.totaal, numeriek: true }, { kop: '' },
  ];
  protected readonly sleutel = (b: DeclaratiebetalingDto) => b.id;
  protected readonly soort = batchSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected pain001(b: DeclaratiebetalingDto): void {
    this.uitvoering.verstuur(() => this.document(`/declaratiebetalingen/${b.id}/pain001`, `${b.berichtkenmerk}.xml`), bewaar);
  }

  protected zetKlaar(): void {
    const hosts = this.hosts.waarde() ?? [];
    const host = hosts.length === 1 ? hosts[0].id : this.hostId();
    this.melding.set('');
    if (!this.nieuw.controleer({ host: host ? [] : [T.hostFout], uitvoerdatum: this.uitvoerdatum() >= vandaagIso() ? [] : [T.uitvoerdatumFout] })) return;
    this.nieuw.verstuur(() => this.client.createDeclaratiebetaling({ hostorganisatieId: host, uitvoerdatum: this.uitvoerdatum() }), (b) => {
      this.melding.set(T.batchGemaakt(b.berichtkenmerk, b.overboekingen.length));
      this.lijst.herlaad();
    });
  }

  protected voerUit(): void {
    const id = this.batchId() || this.klaargezet()[0]?.id;
    this.melding.set('');
    if (!id || !this.uitvoering.controleer({ uitgevoerdOp: this.uitgevoerdOp() ? [] : [T.uitgevoerdFout] })) return;
    this.uitvoering.verstuur(() => this.client.executeDeclaratiebetaling(id, { uitgevoerdOp: this.uitgevoerdOp() }), (b) => {
      this.melding.set(T.uitgevoerdMelding(b.berichtkenmerk));
      this.batchId.set('');
      this.lijst.herlaad();
    });
  }

  protected trekIn(): void {
    const id = this.intrekBatchId() || this.klaargezet()[0]?.id;
    this.melding.set('');
    if (!id || !this.intrekking.controleer({ reden: this.intrekkingsreden().trim() ? [] : [T.intrekkingsredenFout] })) return;
    this.intrekking.verstuur(() => this.client.withdrawDeclaratiebetaling(id, { reden: this.intrekkingsreden() }), (b) => {
      this.melding.set(T.ingetrokkenMelding(b.berichtkenmerk));
      this.intrekBatchId.set('');
      this.intrekkingsreden.set('');
      this.lijst.herlaad();
    });
  }
}
