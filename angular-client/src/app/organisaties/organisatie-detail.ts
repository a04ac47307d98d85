import { Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { OrganisatiesClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { StatusBadge } from '../gedeeld/status-badge';
import { Bankrekening } from './bankrekening';
import { ORGANISATIES_ROLLEN } from './organisaties.routes';
import { statusSoort } from './status';
import { ORGANISATIES_TEKSTEN as T } from './teksten';

/**
 * One organisation with its wijken, themes and contact details; the gemeente changes it or records that it stopped, and
 * reads and records the bank account its subsidies are paid to.
 */
@Component({
  selector: 'app-organisatie-detail',
  imports: [RouterLink, Laadblok, Gegevens, Gegeven, StatusBadge, Bankrekening],
  template: `
    @if (organisatie.waarde(); as o) {
      <h1 class="utrecht-heading-1">{{ o.naam }}</h1>
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
      @if (actieFout(); as f) { <div class="utrecht-alert utrecht-alert--error" role="alert"><p class="utrecht-paragraph">{{ f.detail ?? f.titel }}</p></div> }
      <dl app-gegevens>
        <div app-gegeven [term]="T.status"><app-status-badge [tekst]="T.statusNaam[o.status]" [soort]="soort(o.status)" /></div>
        <div app-gegeven [term]="T.soort">{{ T.soortNaam[o.soort] }}</div>
        <div app-gegeven [term]="T.rechtsvorm">{{ T.rechtsvormNaam[o.rechtsvorm] }}</div>
        <div app-gegeven [term]="T.kvknummer">{{ o.kvknummer || T.geen }}</div>
        <div app-gegeven [term]="T.omschrijving">{{ o.omschrijving || T.geen }}</div>
        <div app-gegeven [term]="T.wijken">{{ namen(o.wijken) }}</div>
        <div app-gegeven [term]="T.publiekeWaarden">{{ namen(o.publiekeWaarden) }}</div>
        <div app-gegeven [term]="T.contactpersoon">{{ o.contact.contactpersoon || T.geen }}</div>
        <div app-gegeven [term]="T.email">
          @if (o.contact.email) { <a class="utrecht-link" [href]="'mailto:' + o.contact.email">{{ o.contact.email }}</a> } @else { {{ T.geen }} }
        </div>
        <div app-gegeven [term]="T.telefoon">{{ o.contact.telefoon || T.geen }}</div>
        <div app-gegeven [term]="T.website">
          @if (o.contact.website) { <a class="utrecht-link" [href]="o.contact.website" rel="noopener">{{ o.contact.website }}</a> } @else { {{ T.geen }} }
        </div>
      </dl>
      @if (magBewerken()) {
        @if (vraag()) {
          <div class="utrecht-alert utrecht-alert--warning" role="alertdialog" aria-labelledby="stoppen-vraag">
            <div class="utrecht-alert__content">
              <p class="utrecht-paragraph" id="stoppen-vraag">{{ T.stoppenVraag(o.naam) }}</p>
              <div class="utrecht-button-group">
                <button type="button" id="stoppen-bevestig" class="utrecht-button utrecht-button--primary-action utrecht-button--danger"
                  [class.utrecht-button--busy]="bezig()" (click)="stop(o.id, o.naam)">{{ T.stoppenBevestig }}</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="vraag.set(false)">{{ T.annuleren }}</button>
              </div>
            </div>
          </div>
        } @else {
          <div class="utrecht-button-group">
            <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" routerLink="bewerken">{{ T.bewerken }}</a>
            @if (o.status !== 'gestopt') {
              <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger" (click)="openVraag()">{{ T.stoppen }}</button>
            }
          </div>
        }
      }
      @if (magBankrekening()) { <app-bankrekening [organisatieId]="o.id" [naam]="o.naam" [gestopt]="o.status === 'gestopt'" /> }
    } @else {
      <h1 class="utrecht-heading-1">{{ T.detailTitel }}</h1>
    }
    <app-laadblok [bron]="organisatie" [ladenTekst]="T.detailLaden" />
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/organisaties">{{ T.terug }}</a></p>
  `,
})
export class OrganisatieDetail {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(OrganisatiesClient);
  private readonly sessie = inject(Sessie);
  protected readonly organisatie = laadbaar({ params: () => this.id(), laad: (id) => this.client.getOrganisatie(id) });
  protected readonly magBewerken = computed(() => this.sessie.heeftRol(...ORGANISATIES_ROLLEN.bewerken));
  protected readonly magBankrekening = computed(() => this.sessie.heeftRol(...ORGANISATIES_ROLLEN.bankrekeningLezen));
  protected readonly soort = statusSoort;
  protected readonly vraag = signal(false);
  protected readonly bezig = signal(false);
  protected readonly melding = signal('');
  protected readonly actieFout = signal<Probleem | null>(null);

  namen(lijst: readonly { naam: string }[]): string {
    return lijst.map((x) => x.naam).join(', ') || T.geen;
  }

  openVraag(): void {
    this.vraag.set(true);
    setTimeout(() => document.getElementById('stoppen-bevestig')?.focus());
  }

  stop(id: string, naam: string): void {
    if (this.bezig()) return;
    this.bezig.set(true);
    this.actieFout.set(null);
    this.client.stopOrganisatie(id).subscribe({
      next: (o) => {
        this.bezig.set(false);
        this.vraag.set(false);
        this.organisatie.zet(o);
        this.melding.set(T.gestopt(naam));
      },
      error: (e: unknown) => {
        this.bezig.set(false);
        this.actieFout.set(naarProbleem(e));
      },
    });
  }
}
