import { Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { map } from 'rxjs';
import { AdministratiesClient, OpdrachtovereenkomstenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuze, Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { BTW_PERCENTAGES, OpdrachtInvoer, OpdrachtVeld, controleerOpdracht, invoerVanOpdracht, opdrachtVerzoek } from './opdracht';
import { OPDRACHTEN_TEKSTEN as T } from './teksten';

const LEEG: OpdrachtInvoer = {
  administratieId: '', opdrachtnemer: '', kvknummer: '', iban: '', omschrijving: '', uren: '', uurtarief: '', btwPercentage: '21',
  begindatum: '', einddatum: '', rekening: '',
};

/**
 * The back office records a contract with a zzp'er for one of its groups, or changes one (a PUT with every term; the
 * group stays): who, what, how many hours at which rate and VAT, the period and the cost account the invoices go on.
 */
@Component({
  selector: 'app-opdracht-formulier',
  imports: [Foutsamenvatting, Keuzeveld, Laadblok, Tekstveld, Tekstvak],
  template: `
    <h1 class="utrecht-heading-1" id="opdracht-kop">{{ id() ? T.wijzigTitel : T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ id() ? T.wijzigUitleg : T.nieuwUitleg }}</p>
    @if (id()) { <app-laadblok [bron]="bestaand" [ladenTekst]="T.detailLaden" /> } @else { <app-laadblok [bron]="administraties" [ladenTekst]="T.lijstLaden" /> }
    @if (id() ? bestaand.waarde() : administraties.waarde()) {
      @if (!id() && groepen().length === 0) {
        <div class="utrecht-alert utrecht-alert--warning" role="status"><p class="utrecht-paragraph">{{ T.geenAdministratie }}</p></div>
      } @else {
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate aria-labelledby="opdracht-kop" (submit)="$event.preventDefault(); sla()">
          @if (id()) {
            <p class="utrecht-paragraph"><strong>{{ T.groep }}:</strong> {{ bestaand.waarde()?.groepNaam }}</p>
          } @else {
            <app-keuzeveld veldId="opdracht-administratieId" [label]="T.administratieLabel" [leeg]="T.kies" [keuzes]="groepen()"
              [fouten]="formulier.van('administratieId')" [waarde]="o().administratieId" (waardeChange)="kiesGroep($event)" />
          }
          <app-tekstveld veldId="opdracht-opdrachtnemer" [label]="T.opdrachtnemerLabel" [verplicht]="true" autocomplete="organization" [maxlength]="70"
            [fouten]="formulier.van('opdrachtnemer')" [waarde]="o().opdrachtnemer" (waardeChange)="zet('opdrachtnemer', $event)" />
          <app-tekstveld veldId="opdracht-kvknummer" [label]="T.kvkLabel" [uitleg]="T.kvkUitleg" [verplicht]="true" autocomplete="off" [maxlength]="8"
            [fouten]="formulier.van('kvknummer')" [waarde]="o().kvknummer" (waardeChange)="zet('kvknummer', $event)" />
          <app-tekstveld veldId="opdracht-iban" [label]="T.ibanLabel" [verplicht]="true" autocomplete="off" [maxlength]="42"
            [fouten]="formulier.van('iban')" [waarde]="o().iban" (waardeChange)="zet('iban', $event)" />
          <app-tekstvak veldId="opdracht-omschrijving" [label]="T.omschrijvingLabel" [maxlength]="1000" [regels]="3"
            [fouten]="formulier.van('omschrijving')" [waarde]="o().omschrijving" (waardeChange)="zet('omschrijving', $event)" />
          <app-tekstveld veldId="opdracht-uren" [label]="T.urenLabel" [uitleg]="T.urenUitleg" [verplicht]="true" autocomplete="off"
            [fouten]="formulier.van('uren')" [waarde]="o().uren" (waardeChange)="zet('uren', $event)" />
          <app-tekstveld veldId="opdracht-uurtarief" [label]="T.uurtariefLabel" [uitleg]="T.uurtariefUitleg" [verplicht]="true" autocomplete="off"
            [fouten]="formulier.van('uurtarief')" [waarde]="o().uurtarief" (waardeChange)="zet('uurtarief', $event)" />
          <app-keuzeveld veldId="opdracht-btwPercentage" [label]="T.btwLabel" [uitleg]="T.btwUitleg" [keuzes]="btwKeuzes"
            [fouten]="formulier.van('btwPercentage')" [waarde]="o().btwPercentage" (waardeChange)="zet('btwPercentage', $event)" />
          <app-tekstveld veldId="opdracht-begindatum" type="date" [label]="T.beginLabel" [verplicht]="true"
            [fouten]="formulier.van('begindatum')" [waarde]="o().begindatum" (waardeChange)="zet('begindatum', $event)" />
          <app-tekstveld veldId="opdracht-einddatum" type="date" [label]="T.eindLabel" [verplicht]="true"
            [fouten]="formulier.van('einddatum')" [waarde]="o().einddatum" (waardeChange)="zet('einddatum', $event)" />
          <app-keuzeveld veldId="opdracht-rekening" [label]="T.rekeningLabel" [leeg]="T.kies" [keuzes]="rekeningen.waarde() ?? []"
            [fouten]="formulier.van('rekening')" [waarde]="o().rekening" (waardeChange)="zet('rekening', $event)" />
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : id() ? T.wijzigingOpslaan : T.opslaan }}</button>
          </div>
        </form>
      }
    }
  `,
})
export class OpdrachtFormulier {
  protected readonly T = T;
  /** The contract to change (the route's `:id`); none for a new one. */
  readonly id = input<string>();
  private readonly router = inject(Router);
  private readonly client = inject(OpdrachtovereenkomstenClient);
  private readonly administratiesClient = inject(AdministratiesClient);
  protected readonly btwKeuzes: readonly Keuze[] = BTW_PERCENTAGES.map((p) => ({ id: String(p), naam: T.btwNaam(p) }));
  protected readonly administraties = laadbaar({ laad: () => this.administratiesClient.listAdministraties(1, 100, null) });
  protected readonly groepen = computed(() => (this.administraties.waarde()?.items ?? []).map((a) => ({ id: a.id, naam: a.groepNaam })));
  protected readonly bestaand = laadbaar({ params: () => this.id(), laad: (id) => this.client.getOpdrachtovereenkomst(id) });
  protected readonly o = signal<OpdrachtInvoer>(LEEG);
  protected readonly rekeningen = laadbaar({
    params: () => this.o().administratieId || undefined,
    laad: (id) => this.administratiesClient.listGrootboekrekeningen(id, 1, 100)
      .pipe(map((l) => l.items.filter((r) => r.soort === 'lasten').map((r) => ({ id: r.code, naam: `${r.code} ${r.omschrijving}` })))),
  });
  protected readonly formulier = new Formulier<OpdrachtVeld>(
    {
      administratieId: T.administratieLabel, opdrachtnemer: T.opdrachtnemerLabel, kvknummer: T.kvkLabel, iban: T.ibanLabel,
      omschrijving: T.omschrijvingLabel, uren: T.urenLabel, uurtarief: T.uurtariefLabel, btwPercentage: T.btwLabel,
      begindatum: T.beginLabel, einddatum: T.eindLabel, rekening: T.rekeningLabel,
    },
    {
      aliassen: { uurtariefEurocent: 'uurtarief' },
      veldId: (v) => `opdracht-${v}`,
      veldVanMelding: (m) =>
        /coördinator|zzp'er \(de handelsnaam\)/.test(m) ? 'opdrachtnemer' : /KvK/.test(m) ? 'kvknummer' : /IBAN/.test(m) ? 'iban'
          : /kostensoort/.test(m) ? 'rekening' : /uren|gefactureerd is/.test(m) ? 'uren' : /twee jaar|eindigt|periode/.test(m) ? 'einddatum' : null,
    },
  );

  constructor() {
    // Changing: fill the form once with what the contract says now.
    effect(() => {
      const b = this.bestaand.waarde();
      if (b) untracked(() => this.o.set(invoerVanOpdracht(b)));
    });
  }

  protected zet<K extends keyof OpdrachtInvoer>(veld: K, waarde: OpdrachtInvoer[K]): void {
    this.o.update((o) => ({ ...o, [veld]: waarde }));
  }

  /** Another group has other cost accounts: the account is chosen again. */
  protected kiesGroep(id: string): void {
    this.o.update((o) => ({ ...o, administratieId: id, rekening: '' }));
  }

  sla(): void {
    const invoer = this.o();
    const fouten = controleerOpdracht(invoer);
    if (!this.formulier.controleer(Object.fromEntries(Object.entries(fouten).map(([veld, fout]) => [veld, [T.opdrachtFout[fout]]])))) return;
    const id = this.id();
    const { administratieId, ...voorwaarden } = opdrachtVerzoek(invoer);
    this.formulier.verstuur(
      () => (id ? this.client.updateOpdrachtovereenkomst(id, voorwaarden) : this.client.createOpdrachtovereenkomst({ administratieId, ...voorwaarden })),
      (x) => void this.router.navigate(['/opdrachten', x.id]),
    );
  }
}
