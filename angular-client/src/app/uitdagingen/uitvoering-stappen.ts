import { Component, computed, inject, input, output, signal } from '@angular/core';
import { map } from 'rxjs';
import { BeschikkingenClient, DienstverleningsafsprakenClient, OverdrachtSoort, UitdagingDto, UitdagingenClient } from '../api/api-client';
import { formatEuro } from '../beleidskader/bedrag';
import { Formulier } from '../gedeeld/formulier';
import { laadbaar } from '../gedeeld/laadbaar';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuze, Keuzeveld } from '../gedeeld/keuzeveld';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { UITDAGINGEN_TEKSTEN as T } from './teksten';

function vandaag(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The gemeente records what transfers task and budget of a granted challenge: one of its subsidy beschikkingen or
 * dienstverleningsafspraken (those of the challenging organisation, when it is one), or another agreement described.
 */
@Component({
  selector: 'app-overdracht-formulier',
  imports: [Foutsamenvatting, Keuzeveld, Tekstveld, Tekstvak],
  template: `
    <h2 class="utrecht-heading-2" id="overdracht-kop">{{ T.overdrachtVastleggenKop }}</h2>
    <p class="utrecht-paragraph">{{ T.overdrachtUitleg }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="overdracht-kop" (submit)="$event.preventDefault(); leg()">
      <app-keuzeveld veldId="overdracht-soort" [label]="T.soortOverdracht" [keuzes]="soorten" [fouten]="formulier.van('soort')" [waarde]="soort()"
        (waardeChange)="kiesSoort($event)" />
      @if (soort() !== 'overeenkomst') {
        <app-keuzeveld veldId="overdracht-documentId" [label]="soort() === 'subsidiebeschikking' ? T.beschikking : T.afspraak"
          [uitleg]="documenten().length ? T.documentUitleg : T.geenDocumenten" [leeg]="T.kies" [keuzes]="documenten()"
          [fouten]="formulier.van('documentId')" [(waarde)]="documentId" />
      }
      <app-tekstvak veldId="overdracht-omschrijving" [label]="T.omschrijving" [maxlength]="4000" [fouten]="formulier.van('omschrijving')" [(waarde)]="omschrijving" />
      <app-tekstveld veldId="overdracht-per" type="date" [label]="T.per" [verplicht]="true" [fouten]="formulier.van('per')" [(waarde)]="per" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.overdragen }}</button>
      </div>
    </form>
  `,
})
export class OverdrachtFormulier {
  protected readonly T = T;
  readonly uitdaging = input.required<UitdagingDto>();
  readonly vastgelegd = output<UitdagingDto>();
  private readonly client = inject(UitdagingenClient);
  private readonly beschikkingenClient = inject(BeschikkingenClient);
  private readonly afsprakenClient = inject(DienstverleningsafsprakenClient);
  private readonly beschikkingen = laadbaar({
    params: () => this.uitdaging().organisatieId ?? '',
    laad: (organisatie) => this.beschikkingenClient.listBeschikkingen(1, 100, null).pipe(map((l) => l.items
      .filter((b) => b.soort === 'verlening' && (!organisatie || b.organisatieId === organisatie))
      .map((b) => ({ id: b.id, naam: `${b.kenmerk}: ${b.aanvrager}, ${formatEuro(b.bedragEurocent)}` })))),
  });
  private readonly afspraken = laadbaar({
    params: () => this.uitdaging().organisatieId ?? '',
    laad: (organisatie) => this.afsprakenClient.listDienstverleningsafspraken(1, 100, null, organisatie || null).pipe(map((l) => l.items
      .map((a) => ({ id: a.id, naam: `${T.overdrachtNaam.dienstverleningsafspraak} ${a.wijkNaam}: ${a.bewonersorganisatieNaam} en ${a.aanbiederNaam}` })))),
  });
  protected readonly documenten = computed(() => (this.soort() === 'subsidiebeschikking' ? this.beschikkingen.waarde() : this.afspraken.waarde()) ?? []);
  protected readonly soorten: readonly Keuze[] = (['subsidiebeschikking', 'dienstverleningsafspraak', 'overeenkomst'] as const satisfies readonly OverdrachtSoort[])
    .map((s) => ({ id: s, naam: T.overdrachtNaam[s] }));
  protected readonly soort = signal<string>('overeenkomst');
  protected readonly documentId = signal('');
  protected readonly omschrijving = signal('');
  protected readonly per = signal(vandaag());
  protected readonly formulier = new Formulier(
    { soort: T.soortOverdracht, documentId: T.beschikking, omschrijving: T.omschrijving, per: T.per },
    { veldId: (v) => `overdracht-${v}`, veldVanMelding: (m) => (/beschikking of dienstverleningsafspraak/i.test(m) ? 'documentId' : null) },
  );

  protected kiesSoort(soort: string): void {
    this.soort.set(soort);
    this.documentId.set('');
  }

  leg(): void {
    const soort = this.soort() as OverdrachtSoort;
    const document = soort === 'overeenkomst' ? null : this.documentId().trim();
    if (!this.formulier.controleer({
      documentId: document === '' ? [T.documentFout] : [],
      omschrijving: this.omschrijving().trim() ? [] : [T.omschrijvingFout],
      per: this.per() ? [] : [T.datumFout],
    })) return;
    this.formulier.verstuur(
      () => this.client.recordOverdracht(this.uitdaging().id, { soort, documentId: document, omschrijving: this.omschrijving().trim(), per: this.per() }),
      (x) => this.vastgelegd.emit(x),
    );
  }
}

/** A monitoring note on the transferred task, dated on or before today. */
@Component({
  selector: 'app-monitoring-formulier',
  imports: [Foutsamenvatting, Tekstveld, Tekstvak],
  template: `
    <h3 class="utrecht-heading-3" id="monitoring-kop">{{ T.monitoringVastleggenKop }}</h3>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="monitoring-kop" (submit)="$event.preventDefault(); leg()">
      <app-tekstveld veldId="monitoring-datum" type="date" [label]="T.datum" [verplicht]="true" [fouten]="formulier.van('datum')" [(waarde)]="datum" />
      <app-tekstvak veldId="monitoring-tekst" [label]="T.monitoringTekst" [maxlength]="4000" [fouten]="formulier.van('tekst')" [(waarde)]="tekst" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.monitoringKnop }}</button>
      </div>
    </form>
  `,
})
export class MonitoringFormulier {
  protected readonly T = T;
  readonly uitdaging = input.required<UitdagingDto>();
  readonly vastgelegd = output<UitdagingDto>();
  private readonly client = inject(UitdagingenClient);
  protected readonly datum = signal(vandaag());
  protected readonly tekst = signal('');
  protected readonly formulier = new Formulier(
    { datum: T.datum, tekst: T.monitoringTekst },
    { veldId: (v) => `monitoring-${v}`, veldVanMelding: (m) => (/datum/i.test(m) ? 'datum' : null) },
  );

  leg(): void {
    if (!this.formulier.controleer({ datum: this.datum() ? [] : [T.datumFout], tekst: this.tekst().trim() ? [] : [T.monitoringFout] })) return;
    this.formulier.verstuur(() => this.client.recordMonitoring(this.uitdaging().id, { datum: this.datum(), tekst: this.tekst().trim() }), (x) => {
      this.tekst.set('');
      this.vastgelegd.emit(x);
    });
  }
}

/** The evaluation that closes a transferred challenge. */
@Component({
  selector: 'app-uitdaging-evaluatie-formulier',
  imports: [Foutsamenvatting, Tekstvak],
  template: `
    <h3 class="utrecht-heading-3" id="evaluatie-kop">{{ T.evaluerenKop }}</h3>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate aria-labelledby="evaluatie-kop" (submit)="$event.preventDefault(); leg()">
      <app-tekstvak veldId="uitdaging-evaluatie" [label]="T.evaluatieLabel" [uitleg]="T.evaluatieUitleg" [maxlength]="20000" [regels]="6"
        [fouten]="formulier.van('evaluatie')" [(waarde)]="evaluatie" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="formulier.bezig() || null">
          {{ formulier.bezig() ? T.bezig : T.evaluerenKnop }}</button>
      </div>
    </form>
  `,
})
export class UitdagingEvaluatieFormulier {
  protected readonly T = T;
  readonly uitdaging = input.required<UitdagingDto>();
  readonly vastgelegd = output<UitdagingDto>();
  private readonly client = inject(UitdagingenClient);
  protected readonly evaluatie = signal('');
  protected readonly formulier = new Formulier({ evaluatie: T.evaluatieLabel }, { veldId: () => 'uitdaging-evaluatie' });

  leg(): void {
    if (!this.formulier.controleer({ evaluatie: this.evaluatie().trim() ? [] : [T.evaluatieFout] })) return;
    this.formulier.verstuur(() => this.client.evaluateUitdaging(this.uitdaging().id, { evaluatie: this.evaluatie().trim() }), (x) => this.vastgelegd.emit(x));
  }
}
