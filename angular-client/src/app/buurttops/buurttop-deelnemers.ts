import { Component, inject, input, signal } from '@angular/core';
import { AanmeldingDto, BuurtTopsClient, Deelnemerscategorie, BuurtTopUitnodigingDto, UitnodigingenResultaatDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstvak } from '../gedeeld/tekstvak';
import { formatDatum } from '../wijkbeelden/datum';
import { CATEGORIEEN } from './weergave';
import { BUURTTOPS_TEKSTEN as T } from './teksten';

/** The team's invitations (send per category, the list of sent) and the registrations with the waiting list. */
@Component({
  selector: 'app-buurttop-deelnemers',
  imports: [Laadblok, Tabel, TabelRij, StatusBadge, Formulierveld, VeldInvoer, Foutsamenvatting, Tekstvak],
  template: `
    <section [attr.aria-label]="T.aanmeldingen">
      <h3 class="utrecht-heading-3">{{ T.aanmeldingen }}</h3>
      <app-laadblok [bron]="aanmeldingen" />
      @if (aanmeldingen.waarde(); as l) {
        <app-tabel [label]="T.aanmeldingen" [kolommen]="kolommenA" [rijen]="l.items" [leegTekst]="T.geenAanmeldingen" [pagina]="l"
          [eenheid]="T.eenheidAanmeldingen" [sleutel]="sleutelA" (kiesPagina)="paginaA.set($event)">
          <ng-template [appTabelRij]="l.items" let-a>
            <th class="utrecht-table__header-cell" scope="row">{{ a.naam }}</th>
            <td class="utrecht-table__cell">{{ a.email ?? '' }}</td>
            <td class="utrecht-table__cell">{{ T.categorieNaam[a.categorie] }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.aanmeldingStatusNaam[a.status]" [soort]="a.status === 'aangemeld' ? 'success' : 'neutral'" /></td>
            <td class="utrecht-table__cell">{{ datum(a.aangemeldOp) }}</td>
          </ng-template>
        </app-tabel>
      }
    </section>
    <section [attr.aria-label]="T.uitnodigingen">
      <h3 class="utrecht-heading-3">{{ T.uitnodigingen }}</h3>
      @if (resultaat(); as r) {
        <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content">
          <p class="utrecht-paragraph">{{ T.uitnodigingenVerstuurd(r.verstuurd) }}</p>
          @if (r.alUitgenodigd.length) { <p class="utrecht-paragraph">{{ T.alUitgenodigd(r.alUitgenodigd.join(', ')) }}</p> }
        </div></div>
      }
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate [attr.aria-label]="T.uitnodigingen" (submit)="$event.preventDefault(); nodigUit()">
        <app-formulierveld veldId="categorie-uitnodiging" [label]="T.categorie" [fouten]="formulier.van('categorie')">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="categorie.set($any($event.target).value)">
            @for (c of categorieen; track c) { <option [value]="c" [selected]="c === categorie()">{{ T.categorieNaam[c] }}</option> }
          </select>
        </app-formulierveld>
        <app-tekstvak veldId="adressen" [label]="T.adressen" [uitleg]="T.adressenUitleg" [fouten]="formulier.van('adressen')" [(waarde)]="adressen" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : T.uitnodigen }}</button>
        </div>
      </form>
      <h4 class="utrecht-heading-4">{{ T.verstuurd }}</h4>
      <app-laadblok [bron]="uitnodigingen" />
      @if (uitnodigingen.waarde(); as l) {
        <app-tabel [label]="T.verstuurd" [kolommen]="kolommenU" [rijen]="l.items" [leegTekst]="T.geenUitnodigingen" [pagina]="l"
          [eenheid]="T.eenheidUitnodigingen" [sleutel]="sleutelU" (kiesPagina)="paginaU.set($event)">
          <ng-template [appTabelRij]="l.items" let-u>
            <th class="utrecht-table__header-cell" scope="row">{{ u.email }}</th>
            <td class="utrecht-table__cell">{{ T.categorieNaam[u.categorie] }}</td>
            <td class="utrecht-table__cell">{{ u.verstuurdDoor }}</td>
            <td class="utrecht-table__cell">{{ datum(u.verstuurdOp) }}</td>
          </ng-template>
        </app-tabel>
      }
    </section>
  `,
  styles: `.utrecht-button-group { margin-block: 0.75rem 1.25rem; }`,
})
export class BuurtTopDeelnemers {
  protected readonly T = T;
  readonly buurtTopId = input.required<string>();
  private readonly client = inject(BuurtTopsClient);
  protected readonly paginaA = signal(1);
  protected readonly paginaU = signal(1);
  protected readonly aanmeldingen = laadbaar({
    params: () => ({ id: this.buurtTopId(), p: this.paginaA() }),
    laad: ({ id, p }) => this.client.listAanmeldingen(id, p, 50),
  });
  protected readonly uitnodigingen = laadbaar({
    params: () => ({ id: this.buurtTopId(), p: this.paginaU() }),
    laad: ({ id, p }) => this.client.listUitnodigingen(id, p, 50),
  });
  protected readonly kolommenA: Kolom[] = [{ kop: T.naam }, { kop: T.email }, { kop: T.categorie }, { kop: T.status }, { kop: T.aangemeldOp }];
  protected readonly kolommenU: Kolom[] = [{ kop: T.email }, { kop: T.categorie }, { kop: T.verstuurdDoor }, { kop: T.verstuurdOp }];
  protected readonly sleutelA = (a: AanmeldingDto) => a.id;
  protected readonly sleutelU = (u: BuurtTopUitnodigingDto) => u.id;
  protected readonly categorieen = CATEGORIEEN;
  protected readonly datum = formatDatum;
  protected readonly categorie = signal<Deelnemerscategorie>('bewoners');
  protected readonly adressen = signal('');
  protected readonly resultaat = signal<UitnodigingenResultaatDto | null>(null);
  protected readonly formulier = new Formulier({ categorie: T.categorie, adressen: T.adressen }, { veldId: (v) => (v === 'categorie' ? 'categorie-uitnodiging' : v) });

  nodigUit(): void {
    this.resultaat.set(null);
    const adressen = this.adressen().split(/[\s,;]+/).map((a) => a.trim()).filter((a) => a.length > 0);
    if (!this.formulier.controleer({ adressen: adressen.length ? [] : [T.adressenVerplicht] })) return;
    this.formulier.verstuur(() => this.client.sendUitnodigingen(this.buurtTopId(), { categorie: this.categorie(), adressen }), (r) => {
      this.resultaat.set(r);
      this.adressen.set('');
      this.uitnodigingen.herlaad();
    });
  }
}
