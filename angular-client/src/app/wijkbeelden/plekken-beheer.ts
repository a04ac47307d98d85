import { Component, inject, input, signal } from '@angular/core';
import { map } from "rxjs";
import { Publieke_plekkenClient, PubliekePlekDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { leesGetal } from './plekken';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';

const LEEG = { id: '', naam: '', soort: 'buurthuis', adres: '', breedte: '', lengte: '', eigenaar: 'gemeente', huurregime: 'sociaal', status: 'actief' };

/** The wijk's public places: add one or change one (coordinates or an address). */
@Component({
  selector: 'app-plekken-beheer',
  imports: [Laadblok, Tekstveld, Formulierveld, VeldInvoer, Foutsamenvatting],
  template: `
    <app-laadblok [bron]="plekken" />
    <ul class="utrecht-unordered-list">
      @for (p of plekken.waarde() ?? []; track p.id) {
        <li class="utrecht-unordered-list__item">{{ p.naam }} ({{ T.plekSoortNaam[p.soort] }})
          <button type="button" class="utrecht-button utrecht-button--subtle" (click)="kies(p)">{{ T.plekWijzigen }}<span class="visueel-verborgen"> {{ p.naam }}</span></button></li>
      }
    </ul>
    <h3 class="utrecht-heading-3">{{ p.id ? T.plekWijzigen + ': ' + p.naam : T.plekToevoegen }}</h3>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
    <form class="formulier" novalidate (submit)="$event.preventDefault(); opslaan()" [attr.aria-label]="T.plekToevoegen">
      <app-tekstveld veldId="plek-naam" [label]="T.naam" [verplicht]="true" [fouten]="formulier.van('naam')" [(waarde)]="p.naam" />
      <app-formulierveld veldId="plek-soort" [label]="T.soort">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="p.soort = $any($event.target).value">
          @for (o of soorten; track o[0]) { <option [value]="o[0]" [selected]="o[0] === p.soort">{{ o[1] }}</option> }
        </select>
      </app-formulierveld>
      <app-tekstveld veldId="plek-adres" [label]="T.adres" [uitleg]="T.locatieUitleg" [fouten]="formulier.van('adres')" [(waarde)]="p.adres" />
      <app-tekstveld veldId="plek-breedte" [label]="T.breedtegraad" [fouten]="formulier.van('locatie')" [(waarde)]="p.breedte" />
      <app-tekstveld veldId="plek-lengte" [label]="T.lengtegraad" [(waarde)]="p.lengte" />
      <app-formulierveld veldId="plek-eigenaar" [label]="T.eigenaar">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="p.eigenaar = $any($event.target).value">
          @for (o of eigenaars; track o[0]) { <option [value]="o[0]" [selected]="o[0] === p.eigenaar">{{ o[1] }}</option> }
        </select>
      </app-formulierveld>
      <app-formulierveld veldId="plek-status" [label]="T.status">
        <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="p.status = $any($event.target).value">
          @for (o of statussen; track o[0]) { <option [value]="o[0]" [selected]="o[0] === p.status">{{ o[1] }}</option> }
        </select>
      </app-formulierveld>
      @if (opgeslagen()) { <p class="utrecht-paragraph" role="status">{{ opgeslagen() }}</p> }
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">{{ T.plekOpslaan }}</button>
        @if (p.id) { <button type="button" class="utrecht-button utrecht-button--subtle" (click)="p = leeg()">{{ T.annuleren }}</button> }
      </div>
    </form>
  `,
})
export class PlekkenBeheer {
  protected readonly T = T;
  readonly wijkId = input.required<string>();
  private readonly client = inject(Publieke_plekkenClient);
  protected readonly plekken = laadbaar({ params: () => this.wijkId(), laad: (w) => this.client.listPubliekePlekken(1, 100, w).pipe(map((r) => r.items)) });
  protected readonly soorten = Object.entries(T.plekSoortNaam);
  protected readonly eigenaars = Object.entries(T.eigenaarNaam);
  protected readonly statussen = Object.entries(T.plekStatusNaam);
  protected readonly formulier = new Formulier({ naam: T.naam, adres: T.adres, locatie: T.breedtegraad });
  protected readonly opgeslagen = signal('');
  protected p = this.leeg();
  private bestaand: PubliekePlekDto | null = null;

  leeg() {
    this.bestaand = null;
    return { ...LEEG };
  }

  kies(x: PubliekePlekDto): void {
    this.bestaand = x;
    this.p = {
      id: x.id, naam: x.naam, soort: x.soort, adres: x.adres ?? '', breedte: x.locatie ? String(x.locatie.breedtegraad).replace('.', ',') : '',
      lengte: x.locatie ? String(x.locatie.lengtegraad).replace('.', ',') : '', eigenaar: x.eigenaar, huurregime: x.huurregime, status: x.status,
    };
  }

  opslaan(): void {
    this.opgeslagen.set('');
    const b = leesGetal(this.p.breedte);
    const l = leesGetal(this.p.lengte);
    const adres = this.p.adres.trim() || null;
    const ok = this.formulier.controleer({
      naam: this.p.naam.trim() ? [] : [T.naamVerplicht],
      locatie: adres || (b !== null && l !== null) ? [] : [T.locatieVerplicht],
    });
    if (!ok) return;
    const x = this.bestaand;
    const command = {
      naam: this.p.naam.trim(), soort: this.p.soort as never, locatie: b !== null && l !== null ? { breedtegraad: b, lengtegraad: l } : null, adres,
      eigenaar: this.p.eigenaar as never, beheerdDoor: x?.beheerdDoor ?? null, avondsOpen: x?.avondsOpen ?? false, vergadercapaciteit: x?.vergadercapaciteit ?? null,
      huurregime: this.p.huurregime as never, status: this.p.status as never, toelichting: x?.toelichting ?? null,
    };
    this.formulier.verstuur(
      () => (x ? this.client.updatePubliekePlek(x.id, command) : this.client.createPubliekePlek({ ...command, wijkId: this.wijkId() })),
      (plek) => {
        this.opgeslagen.set(`${plek.naam}: ${T.opgeslagen}`);
        this.p = this.leeg();
        this.plekken.herlaad();
      },
    );
  }
}
