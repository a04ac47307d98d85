import { HttpClient } from '@angular/common/http';
import { Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AdministratiesClient, BankafschriftDto, BankafschriftSamenvattingDto, BankmutatieDto, MutatieStatus } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { formatEuro } from '../beleidskader/bedrag';
import { formatDatum } from '../beleidskader/datum';
import { API_BASIS } from '../gedeeld/api-basis';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Keuzeveld } from '../gedeeld/keuzeveld';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { BadgeSoort, StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstveld } from '../gedeeld/tekstveld';
import { ADMINISTRATIES_ROLLEN } from './administraties.routes';
import { ADMINISTRATIES_TEKSTEN as T } from './teksten';

/** The limit the API holds to (`Camt053.MaxBytes`): checked here first, so a large file is not sent for nothing. */
export const BANKAFSCHRIFT_MAX_BYTES = 5 * 1024 * 1024;

/** Badge variant of a bank line: linked is good, explained neutral, open a warning (it keeps its month from closing). */
export function mutatieSoort(status: MutatieStatus): BadgeSoort {
  return status === 'gekoppeld' ? 'success' : status === 'open' ? 'warning' : 'neutral';
}

/**
 * The bank statements of a group's administratie (`/administraties/<id>/bank`): the host's back office reads in a
 * CAMT.053 file, sees which lines were linked to journal entries and resolves the open ones (link one to an entry with
 * the same amount, or explain it); the gemeente, the auditor and the group read.
 */
@Component({
  selector: 'app-bankafschriften',
  imports: [RouterLink, Formulierveld, Foutsamenvatting, Keuzeveld, Laadblok, StatusBadge, Tabel, TabelRij, Tekstveld, VeldInvoer],
  template: `
    <app-laadblok [bron]="administratie" [ladenTekst]="T.detailLaden" />
    @if (administratie.waarde(); as a) {
      <h1 class="utrecht-heading-1">{{ T.bankKop(a.groepNaam) }}</h1>
      <p class="utrecht-paragraph">{{ T.bankUitleg }}</p>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="actie.samenvatting()" [algemeen]="actie.algemeen()" />

      @if (magBoeken()) {
        <form class="formulier" novalidate [attr.aria-label]="T.bankInlezenKop" (submit)="$event.preventDefault(); leesIn(kiezer)">
          <h2 class="utrecht-heading-2">{{ T.bankInlezenKop }}</h2>
          <app-formulierveld veldId="bank-bestand" [label]="T.bankBestand" [uitleg]="T.bankBestandUitleg" [fouten]="actie.van('bestand')">
            <input appVeldInvoer #kiezer type="file" class="utrecht-textbox utrecht-textbox--html-input" accept=".xml,application/xml,text/xml" />
          </app-formulierveld>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="actie.bezig() || null">{{ T.bankInlezenKnop }}</button>
          </div>
        </form>
      }

      <h2 class="utrecht-heading-2">{{ T.bankTitel }}</h2>
      <app-laadblok [bron]="afschriften" [ladenTekst]="T.bankLaden" />
      @if (afschriften.waarde(); as l) {
        <app-tabel [label]="T.bankTitel" [kolommen]="afschriftKolommen" [rijen]="l.items" [leegTekst]="T.bankLeeg" [pagina]="l" [eenheid]="T.bankEenheid"
          [sleutel]="afschriftSleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-s>
            <th class="utrecht-table__header-cell" scope="row">{{ datum(s.van) }} – {{ datum(s.tot) }}</th>
            <td class="utrecht-table__cell">{{ s.iban }}<br /><span class="klein">{{ s.bestandsnaam }}</span></td>
            <td class="utrecht-table__cell">
              {{ T.bankStandTekst(s.aantalMutaties, s.aantalGekoppeld, s.aantalVerklaard, s.aantalOpen) }}
              <br /><span class="klein">{{ T.bankSaldi(euro(s.beginsaldoEurocent), euro(s.eindsaldoEurocent)) }}</span>
            </td>
            <td class="utrecht-table__cell">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" [attr.aria-pressed]="gekozen() === s.id" (click)="kies(s)">
                {{ T.bankTonen }}</button>
            </td>
          </ng-template>
        </app-tabel>
      }

      @if (gekozen()) {
        <app-laadblok [bron]="afschrift" [ladenTekst]="T.bankMutatiesLaden" />
        @if (afschrift.waarde(); as d) {
          <h2 class="utrecht-heading-2" id="bank-mutaties">{{ T.bankMutatiesKop(datum(d.van), datum(d.tot)) }}</h2>
          <app-tabel [label]="T.bankMutatiesKop(datum(d.van), datum(d.tot))" [kolommen]="mutatieKolommen" [rijen]="d.mutaties" [leegTekst]="T.bankMutatiesLeeg"
            [sleutel]="mutatieSleutel">
            <ng-template [appTabelRij]="d.mutaties" let-m>
              <th class="utrecht-table__header-cell" scope="row">{{ m.volgnummer }}. {{ datum(m.boekdatum) }}</th>
              <td class="utrecht-table__cell utrecht-table__cell--numeric bedrag">{{ bedrag(m) }}</td>
              <td class="utrecht-table__cell">{{ m.tegenpartijNaam ?? '' }}@if (m.tegenpartijIban) { <br /><span class="klein">{{ m.tegenpartijIban }}</span> }</td>
              <td class="utrecht-table__cell omschrijving">{{ m.omschrijving ?? '' }}</td>
              <td class="utrecht-table__cell">
                <app-status-badge [tekst]="T.bankStatusNaam[m.status]" [soort]="soort(m.status)" />
                @if (m.status === 'gekoppeld' && m.journaalpostNummer) {
                  <br /><span class="klein">{{ T.bankGekoppeldAan(m.journaalpostNummer, m.journaalpostOmschrijving ?? '') }},
                    {{ m.automatischGekoppeld ? T.bankAutomatisch : T.bankDoor(m.afgehandeldDoor ?? '') }}</span>
                }
                @if (m.status === 'verklaard') { <br /><span class="klein">{{ m.verklaring }} ({{ T.bankDoor(m.afgehandeldDoor ?? '') }})</span> }
              </td>
              <td class="utrecht-table__cell afhandelen">
                @if (magBoeken() && m.status === 'open') {
                  @if (m.kandidaten.length > 0) {
                    <form class="formulier" novalidate [attr.aria-label]="T.bankKoppelen" (submit)="$event.preventDefault(); koppel(d, m)">
                      <app-keuzeveld [veldId]="'bank-post-' + m.id" [label]="T.bankPost" [leeg]="T.bankKies" [keuzes]="kandidaten(m)"
                        [fouten]="fout() === m.id ? actie.van('journaalpost') : []" [waarde]="keuze()[m.id] ?? ''" (waardeChange)="zetKeuze(m.id, $event)" />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null">{{ T.bankKoppelen }}</button>
                    </form>
                  } @else {
                    <p class="utrecht-paragraph klein">{{ T.bankGeenKandidaten }}</p>
                  }
                  <form class="formulier" novalidate [attr.aria-label]="T.bankVerklaren" (submit)="$event.preventDefault(); verklaar(d, m)">
                    <app-tekstveld [veldId]="'bank-reden-' + m.id" [label]="T.bankReden" [maxlength]="500"
                      [fouten]="fout() === m.id ? actie.van('reden') : []" [waarde]="reden()[m.id] ?? ''" (waardeChange)="zetReden(m.id, $event)" />
                    <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-disabled]="actie.bezig() || null">{{ T.bankVerklaren }}</button>
                  </form>
                }
              </td>
            </ng-template>
          </app-tabel>
        }
      }
      <p class="utrecht-paragraph"><a class="utrecht-link" [routerLink]="['/administraties', a.id]">{{ T.bankTerug }}</a></p>
    }
  `,
  styles: `
    h1 { hyphens: auto; }
    .klein { font-size: 0.875em; }
    .bedrag { white-space: nowrap; }
    .omschrijving { overflow-wrap: anywhere; min-inline-size: 12rem; }
    .afhandelen { min-inline-size: 16rem; }
    .afhandelen .formulier { margin-block-end: 0.5rem; }
  `,
})
export class Bankafschriften {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly sessie = inject(Sessie);
  private readonly client = inject(AdministratiesClient);
  private readonly http = inject(HttpClient);
  protected readonly administratie = laadbaar({ params: () => this.id(), laad: (id) => this.client.getAdministratie(id) });
  protected readonly pagina = signal(1);
  protected readonly afschriften = laadbaar({ params: () => ({ id: this.id(), p: this.pagina() }), laad: ({ id, p }) => this.client.listBankafschriften(id, p, 12) });
  /** The statement shown; none again on another administratie's page. */
  protected readonly gekozen = linkedSignal<string, string | null>({ source: this.id, computation: () => null });
  protected readonly afschrift = laadbaar({
    params: () => {
      const afschriftId = this.gekozen();
      return afschriftId ? { id: this.id(), afschriftId } : undefined;
    },
    laad: ({ id, afschriftId }) => this.client.getBankafschrift(id, afschriftId),
  });
  protected readonly magBoeken = computed(() => this.sessie.heeftRol(...ADMINISTRATIES_ROLLEN.boeken));
  protected readonly actie = new Formulier(
    { bestand: T.bankBestand, journaalpost: T.bankPost, reden: T.bankReden },
    { veldId: (v) => (v === 'bestand' ? 'bank-bestand' : `bank-${v === 'journaalpost' ? 'post' : 'reden'}-${this.fout() ?? ''}`) },
  );
  /** The line whose form shows the last error. */
  protected readonly fout = signal<string | null>(null);
  protected readonly keuze = signal<Partial<Record<string, string>>>({});
  protected readonly reden = signal<Partial<Record<string, string>>>({});
  protected readonly melding = signal('');
  protected readonly afschriftKolommen: readonly Kolom[] = [{ kop: T.bankPeriode }, { kop: T.bankRekening }, { kop: T.bankStand }, { kop: '' }];
  protected readonly mutatieKolommen: readonly Kolom[] = [
    { kop: T.bankDatum }, { kop: T.bankBedrag, numeriek: true }, { kop: T.bankTegenpartij }, { kop: T.bankOmschrijving }, { kop: T.bankStatus }, { kop: T.bankAfhandelen },
  ];
  protected readonly afschriftSleutel = (s: BankafschriftSamenvattingDto) => s.id;
  protected readonly mutatieSleutel = (m: BankmutatieDto) => m.id;
  protected readonly soort = mutatieSoort;
  protected readonly euro = formatEuro;
  protected readonly datum = formatDatum;

  protected bedrag(m: BankmutatieDto): string {
    return `${m.richting === 'afschrijving' ? '−' : '+'} ${formatEuro(m.bedragEurocent)}`;
  }

  protected kandidaten(m: BankmutatieDto): { id: string; naam: string }[] {
    return m.kandidaten.map((k) => ({ id: k.journaalpostId, naam: T.bankKandidaat(k.nummer, formatDatum(k.boekdatum), k.omschrijving) }));
  }

  protected kies(s: BankafschriftSamenvattingDto): void {
    this.melding.set('');
    this.gekozen.set(s.id);
  }

  protected zetKeuze(mutatieId: string, waarde: string): void {
    this.keuze.update((k) => ({ ...k, [mutatieId]: waarde }));
  }

  protected zetReden(mutatieId: string, waarde: string): void {
    this.reden.update((r) => ({ ...r, [mutatieId]: waarde }));
  }

  protected leesIn(kiezer: HTMLInputElement): void {
    this.melding.set('');
    this.fout.set(null);
    const bestand = kiezer.files?.[0];
    const fouten = !bestand ? [T.bankBestandFout] : bestand.size > BANKAFSCHRIFT_MAX_BYTES ? [T.bankBestandTeGroot] : [];
    if (!this.actie.controleer({ bestand: fouten }) || !bestand) return;
    this.actie.verstuur(
      () =>
        this.http.post<BankafschriftDto>(`${API_BASIS}/administraties/${encodeURIComponent(this.id())}/bankafschriften`, bestand, {
          headers: { 'Content-Type': 'application/xml' },
          params: { naam: bestand.name },
        }),
      (d) => {
        kiezer.value = '';
        this.afschriften.herlaad();
        this.gekozen.set(d.id);
        this.afschrift.zet(d);
        this.melding.set(T.bankIngelezen(d.aantalGekoppeld, d.aantalOpen));
      },
    );
  }

  protected koppel(d: BankafschriftDto, m: BankmutatieDto): void {
    this.melding.set('');
    this.fout.set(m.id);
    const journaalpostId = this.keuze()[m.id] ?? '';
    if (!this.actie.controleer({ journaalpost: journaalpostId ? [] : [T.bankKoppelFout] })) return;
    // Refused (the entry was taken meanwhile, the line resolved by a colleague): read the statement and its candidates again.
    this.actie.verstuur(() => this.client.linkBankmutatie(this.id(), d.id, m.id, { journaalpostId }), (nieuw) => this.klaar(nieuw, T.bankGekoppeld(m.volgnummer)),
      () => this.afschrift.herlaad());
  }

  protected verklaar(d: BankafschriftDto, m: BankmutatieDto): void {
    this.melding.set('');
    this.fout.set(m.id);
    const reden = (this.reden()[m.id] ?? '').trim();
    if (!this.actie.controleer({ reden: reden ? [] : [T.bankRedenFout] })) return;
    this.actie.verstuur(() => this.client.explainBankmutatie(this.id(), d.id, m.id, { reden }), (nieuw) => this.klaar(nieuw, T.bankVerklaard(m.volgnummer)),
      () => this.afschrift.herlaad());
  }

  private klaar(d: BankafschriftDto, melding: string): void {
    this.fout.set(null);
    this.afschrift.zet(d);
    this.afschriften.herlaad();
    this.melding.set(melding);
  }
}
