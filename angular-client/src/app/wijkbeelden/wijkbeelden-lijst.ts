import { Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { GebiedenClient, OrganisatiesClient, WijkbeeldSamenvattingDto, WijkbeeldenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { GemeenteKiezer } from '../gedeeld/gemeente-kiezer';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { StatusBadge } from '../gedeeld/status-badge';
import { Kolom, Tabel, TabelRij } from '../gedeeld/tabel';
import { Tekstveld } from '../gedeeld/tekstveld';
import { statusSoort } from './status';
import { WIJKBEELDEN_TEKSTEN as T } from './teksten';
import { publiekeClients } from './wijkbeeld-client';
import { WIJKBEELDEN_ROLLEN } from './wijkbeelden.routes';

/** The wijkbeelden by wijk; "Wijkbeeld beginnen" for who may; the public reads the shared ones (`?gemeente=<slug>`). */
@Component({
  selector: 'app-wijkbeelden-lijst',
  imports: [GemeenteKiezer, RouterLink, Laadblok, Tabel, TabelRij, StatusBadge, Tekstveld, Formulierveld, Veldgroep, VeldInvoer, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
    @if (bron() === null) {
      <app-gemeente-kiezer [vraag]="T.kiesGemeente" [knop]="T.lezen" />
    } @else {
      <app-laadblok [bron]="lijst" [ladenTekst]="T.laden" />
      @if (lijst.waarde(); as l) {
        <app-tabel [label]="T.lijstTitel" [kolommen]="kolommen" [rijen]="l.items" [leegTekst]="T.leeg" [pagina]="l"
          [eenheid]="T.eenheid" [sleutel]="sleutel" (kiesPagina)="pagina.set($event)">
          <ng-template [appTabelRij]="l.items" let-w>
            <th class="utrecht-table__header-cell" scope="row">
              <a class="utrecht-link" [routerLink]="w.id" [queryParams]="gemeenteParam()">{{ w.wijkNaam }}</a>
            </th>
            <td class="utrecht-table__cell">{{ w.titel }}</td>
            <td class="utrecht-table__cell utrecht-table__cell--numeric">{{ w.versie }}</td>
            <td class="utrecht-table__cell"><app-status-badge [tekst]="T.statusNaam[w.status]" [soort]="soort(w.status)" /></td>
          </ng-template>
        </app-tabel>
      }
      @if (isGemeente()) {
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="cijferlezing">{{ T.lezingTitel }}</a></p>
      }
      @if (magBeginnen()) {
        <h2 class="utrecht-heading-2">{{ T.beginnen }}</h2>
        <app-laadblok [bron]="keuzes" />
        @if (keuzes.waarde(); as k) {
          <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
          <form class="formulier" novalidate (submit)="$event.preventDefault(); begin()">
            <app-formulierveld veldId="wijkId" [label]="T.wijk" [fouten]="formulier.van('wijkId')">
              <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="wijkId.set($any($event.target).value)">
                <option value="">{{ T.kiesWijk }}</option>
                @for (w of k.wijken.items; track w.id) { <option [value]="w.id">{{ w.weergavenaam }}</option> }
              </select>
            </app-formulierveld>
            <app-tekstveld veldId="titel" [label]="T.titel" [maxlength]="200" [verplicht]="true" [fouten]="formulier.van('titel')" [(waarde)]="titel" />
            <app-veldgroep veldId="team" [legenda]="T.team" [uitleg]="T.teamUitleg" [fouten]="formulier.van('team')">
              <div class="rollen-raster">
                @for (o of k.organisaties.items; track o.id) {
                  <app-formulierveld soort="checkbox" [veldId]="'team-' + o.id" [label]="o.naam">
                    <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="team().includes(o.id)"
                      (change)="wissel(o.id, $any($event.target).checked)" />
                  </app-formulierveld>
                }
              </div>
            </app-veldgroep>
            <div class="utrecht-button-group">
              <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
                {{ formulier.bezig() ? T.bezigBeginnen : T.beginnen }}</button>
            </div>
          </form>
        }
      }
    }
  `,
})
export class WijkbeeldenLijst {
  protected readonly T = T;
  readonly gemeente = input<string>();
  private readonly sessie = inject(Sessie);
  private readonly router = inject(Router);
  private readonly eigen = inject(WijkbeeldenClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly organisaties = inject(OrganisatiesClient);
  private readonly publiek = publiekeClients();
  protected readonly bron = computed<WijkbeeldenClient | null>(() => {
    if (this.sessie.tenant()) return this.eigen;
    const slug = this.gemeente()?.trim();
    return slug ? this.publiek(slug).wijkbeelden : null;
  });
  protected readonly gemeenteParam = computed(() => (this.sessie.tenant() ? {} : { gemeente: this.gemeente()?.trim() }));
  protected readonly pagina = signal(1);
  protected readonly lijst = laadbaar({
    params: () => {
      const c = this.bron();
      return c ? { c, p: this.pagina() } : undefined;
    },
    laad: ({ c, p }) => c.listWijkbeelden(p, 20, null),
  });
  protected readonly isGemeente = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...WIJKBEELDEN_ROLLEN.gemeente));
  protected readonly magBeginnen = computed(() => !!this.sessie.tenant() && this.sessie.heeftRol(...WIJKBEELDEN_ROLLEN.beginnen));
  protected readonly keuzes = laadbaar({
    params: () => (this.magBeginnen() ? true : undefined),
    laad: () => forkJoin({ wijken: this.gebieden.listGebieden(1, 100, 'wijk', null), organisaties: this.organisaties.listOrganisaties(1, 100, null, null, null) }),
  });
  protected readonly kolommen: Kolom[] = [{ kop: T.wijk }, { kop: T.titel }, { kop: T.versie, numeriek: true }, { kop: T.status }];
  protected readonly sleutel = (w: WijkbeeldSamenvattingDto) => w.id;
  protected readonly soort = statusSoort;
  protected readonly wijkId = signal('');
  protected readonly titel = signal('');
  protected readonly team = signal<string[]>([]);
  protected readonly formulier = new Formulier({ wijkId: T.wijk, titel: T.titel, team: T.team });

  wissel(id: string, aan: boolean): void {
    this.team.update((t) => (aan ? [...t.filter((x) => x !== id), id] : t.filter((x) => x !== id)));
  }


  begin(): void {
    const command = { wijkId: this.wijkId(), titel: this.titel().trim(), team: this.team() };
    const ok = this.formulier.controleer({
      wijkId: command.wijkId ? [] : [T.wijkVerplicht],
      titel: command.titel ? [] : [T.titelVerplicht],
      team: command.team.length ? [] : [T.teamVerplicht],
    });
    if (!ok) return;
    this.formulier.verstuur(() => this.eigen.createWijkbeeld(command), (w) => void this.router.navigate(['/wijkbeelden', w.id, 'bewerken']));
  }
}
