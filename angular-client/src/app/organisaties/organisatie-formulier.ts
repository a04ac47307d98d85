import { Component, computed, inject, input, linkedSignal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { catchError, forkJoin, of, throwError } from 'rxjs';
import { BeleidskadersClient, GebiedenClient, OrganisatiesClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { naarProbleem } from '../gedeeld/probleem';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { LEEG, OrganisatieInvoer, controleer, invoerVan, naarCommand } from './invoer';
import { ORGANISATIES_TEKSTEN as T } from './teksten';

/** Adds an organisation (/organisaties/nieuw) or changes one (/organisaties/:id/bewerken); every field is sent. */
@Component({
  selector: 'app-organisatie-formulier',
  imports: [RouterLink, Laadblok, Foutsamenvatting, Tekstveld, Tekstvak, Formulierveld, Veldgroep, VeldInvoer],
  template: `
    <h1 class="utrecht-heading-1">{{ id() ? T.bewerkenTitel : T.nieuwTitel }}</h1>
    <app-laadblok [bron]="gegevens" [ladenTekst]="T.detailLaden" />
    @if (geladen(); as g) {
      @let i = invoer();
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); opslaan()">
        <app-tekstveld veldId="naam" [label]="T.naam" autocomplete="organization" [maxlength]="200" [verplicht]="true"
          [fouten]="formulier.van('naam')" [(waarde)]="i.naam" />
        <app-formulierveld veldId="soort" [label]="T.soort" [fouten]="formulier.van('soort')">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="i.soort = $any($event.target).value">
            @for (s of soorten; track s) { <option [value]="s" [selected]="s === i.soort">{{ T.soortNaam[s] }}</option> }
          </select>
        </app-formulierveld>
        <app-formulierveld veldId="rechtsvorm" [label]="T.rechtsvorm" [fouten]="formulier.van('rechtsvorm')">
          <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="i.rechtsvorm = $any($event.target).value">
            @for (r of rechtsvormen; track r) { <option [value]="r" [selected]="r === i.rechtsvorm">{{ T.rechtsvormNaam[r] }}</option> }
          </select>
        </app-formulierveld>
        <app-tekstveld veldId="kvknummer" [label]="T.kvknummer" [uitleg]="T.kvknummerUitleg" autocomplete="off" [maxlength]="8"
          [fouten]="formulier.van('kvknummer')" [(waarde)]="i.kvknummer" />
        <app-tekstvak veldId="omschrijving" [label]="T.omschrijving" [maxlength]="2000" [fouten]="formulier.van('omschrijving')" [(waarde)]="i.omschrijving" />
        <app-veldgroep veldId="wijkIds" [legenda]="T.wijken" [uitleg]="T.wijkenUitleg" [fouten]="formulier.van('wijkIds')">
          <div class="rollen-raster">
            @for (w of g.wijken; track w.id) {
              <app-formulierveld soort="checkbox" [veldId]="'wijk-' + w.id" [label]="w.weergavenaam">
                <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="i.wijkIds.includes(w.id)"
                  (change)="wissel(i.wijkIds, w.id, $any($event.target).checked)" />
              </app-formulierveld>
            }
          </div>
        </app-veldgroep>
        <app-veldgroep veldId="publiekeWaardeIds" [legenda]="T.publiekeWaarden" [uitleg]="T.publiekeWaardenUitleg" [fouten]="formulier.van('publiekeWaardeIds')">
          @if (g.waarden.length === 0) { <p class="utrecht-paragraph">{{ T.geenPubliekeWaarden }}</p> }
          <div class="rollen-raster">
            @for (w of g.waarden; track w.id) {
              <app-formulierveld soort="checkbox" [veldId]="'waarde-' + w.id" [label]="w.naam">
                <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="i.publiekeWaardeIds.includes(w.id)"
                  (change)="wissel(i.publiekeWaardeIds, w.id, $any($event.target).checked)" />
              </app-formulierveld>
            }
          </div>
        </app-veldgroep>
        <app-veldgroep veldId="contact" [legenda]="T.contact">
          <app-tekstveld veldId="contactpersoon" [label]="T.contactpersoon" autocomplete="name" [maxlength]="200"
            [fouten]="formulier.van('contactpersoon')" [(waarde)]="i.contactpersoon" />
          <app-tekstveld veldId="email" type="email" [label]="T.email" autocomplete="email" [maxlength]="254" [fouten]="formulier.van('email')" [(waarde)]="i.email" />
          <app-tekstveld veldId="telefoon" type="tel" [label]="T.telefoon" autocomplete="tel" [maxlength]="20" [fouten]="formulier.van('telefoon')" [(waarde)]="i.telefoon" />
          <app-tekstveld veldId="website" type="url" [label]="T.website" [uitleg]="T.websiteUitleg" autocomplete="url" [maxlength]="500"
            [fouten]="formulier.van('website')" [(waarde)]="i.website" />
        </app-veldgroep>
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
            [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezigOpslaan : T.opslaan }}</button>
          <a class="utrecht-link" [routerLink]="id() ? ['/organisaties', id()] : ['/organisaties']">{{ T.annuleren }}</a>
        </div>
      </form>
    }
  `,
})
export class OrganisatieFormulier {
  protected readonly T = T;
  /** Set when changing an organisation (route parameter); absent when adding one. */
  readonly id = input<string>();
  private readonly client = inject(OrganisatiesClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly kaders = inject(BeleidskadersClient);
  private readonly router = inject(Router);
  protected readonly soorten = Object.keys(T.soortNaam);
  protected readonly rechtsvormen = Object.keys(T.rechtsvormNaam);
  /** The organisation (when editing), the wijken, and the publieke waarden of the kader in force (none yet: a 404). */
  protected readonly gegevens = laadbaar({
    params: () => ({ id: this.id() }),
    laad: ({ id }) =>
      forkJoin({
        organisatie: id ? this.client.getOrganisatie(id) : of(null),
        wijken: this.gebieden.listGebieden(1, 100, 'wijk', null),
        kader: this.kaders.getGeldendBeleidskader().pipe(catchError((e: unknown) => (naarProbleem(e).status === 404 ? of(null) : throwError(() => e)))),
      }),
  });
  protected readonly geladen = computed(() => {
    const g = this.gegevens.waarde();
    return g && { wijken: g.wijken.items, waarden: (g.kader?.inhoud.publiekeWaarden ?? []).flatMap((w) => (w.id ? [{ id: w.id, naam: w.naam }] : [])) };
  });
  protected readonly invoer = linkedSignal<OrganisatieInvoer>(() => {
    const o = this.gegevens.waarde()?.organisatie;
    return o ? invoerVan(o) : { ...LEEG, wijkIds: [], publiekeWaardeIds: [] };
  });
  protected readonly formulier = new Formulier(
    {
      naam: T.naam, soort: T.soort, rechtsvorm: T.rechtsvorm, kvknummer: T.kvknummer, omschrijving: T.omschrijving, wijkIds: T.wijken,
      publiekeWaardeIds: T.publiekeWaarden, contactpersoon: T.contactpersoon, email: T.email, telefoon: T.telefoon, website: T.website,
    },
    { aliassen: { wijken: 'wijkIds', publiekeWaarden: 'publiekeWaardeIds' } },
  );

  wissel(lijst: string[], id: string, aan: boolean): void {
    const i = lijst.indexOf(id);
    if (aan && i < 0) lijst.push(id);
    if (!aan && i >= 0) lijst.splice(i, 1);
  }

  opslaan(): void {
    const invoer = this.invoer();
    if (!this.formulier.controleer(controleer(invoer))) return;
    const command = naarCommand(invoer);
    const id = this.id();
    this.formulier.verstuur(
      () => (id ? this.client.updateOrganisatie(id, command) : this.client.createOrganisatie(command)),
      (o) => void this.router.navigate(['/organisaties', o.id]),
    );
  }
}
