import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LedenClient, LidDto, OrganisatiesClient } from '../api/api-client';
import { rolNaam } from '../auth/rollen';
import { Formulier } from '../gedeeld/formulier';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Paginering } from '../gedeeld/paginering';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { StatusBadge } from '../gedeeld/status-badge';
import { OrganisatieKeuze, heeftOrganisatieRol } from './organisatie-keuze';
import { RollenKeuze } from './rollen-keuze';
import { LEDEN_TEKSTEN as T } from './teksten';

const PAGINAGROOTTE = 20;

/** Members of the gemeente: change roles inline, revoke after confirmation. */
@Component({
  selector: 'app-leden-lijst',
  imports: [RouterLink, Laadblok, Foutmelding, Paginering, RollenKeuze, OrganisatieKeuze, Gegevens, Gegeven, StatusBadge],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="uitnodigen">{{ T.uitnodigen }}</a>
    </div>
    <div role="status" class="melding">
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
    </div>
    @if (actieFout(); as p) { <app-foutmelding [probleem]="p" [toonOpnieuw]="false" /> }
    <app-laadblok [bron]="leden" [ladenTekst]="T.laden" />
    @if (leden.waarde(); as lijst) {
      @if (lijst.items.length === 0) {
        <p class="utrecht-paragraph">{{ T.leeg }}</p>
      } @else {
        <ul class="leden">
          @for (l of lijst.items; track l.id) {
            <li class="lid">
              <h2 class="utrecht-heading-3 lid__naam" [id]="'lid-' + l.id">{{ l.naam || l.email }}</h2>
              <dl app-gegevens>
                <div app-gegeven [term]="T.kolomEmail">{{ l.email }}</div>
                <div app-gegeven [term]="T.kolomRollen">{{ rollenTekst(l) }}</div>
                @if (l.organisatieId) {
                  <div app-gegeven [term]="T.kolomOrganisatie">{{ organisatieNaam(l.organisatieId) }}</div>
                }
                <div app-gegeven [term]="T.kolomTweeStaps">{{ l.tweeStapsAan ? T.aan : T.uit }}</div>
                @if (l.geblokkeerd) {
                  <div app-gegeven [term]="T.kolomStatus"><app-status-badge [tekst]="T.geblokkeerd" soort="danger" /></div>
                }
              </dl>
              @if (bewerkt() === l.id) {
                <form class="formulier" novalidate (submit)="$event.preventDefault(); slaRollenOp(l)">
                  <app-rollen-keuze [veldId]="'rollen-' + l.id" [legenda]="T.rollenLegenda(l.naam || l.email)"
                    [fouten]="rolFouten()" [(gekozen)]="rollen" />
                  @if (metOrganisatie()) {
                    <app-organisatie-keuze [veldId]="'organisatie-' + l.id" [fouten]="rollenFormulier.van('organisatieId')" [(gekozen)]="organisatie" />
                  }
                  <div class="utrecht-button-group">
                    <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="rollenFormulier.bezig()">{{ T.opslaan }}</button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="sluit(l)">{{ T.annuleren }}</button>
                  </div>
                </form>
              } @else if (intrekken() === l.id) {
                <div class="utrecht-alert utrecht-alert--warning" role="alertdialog" [attr.aria-labelledby]="'vraag-' + l.id">
                  <div class="utrecht-alert__content">
                    <p class="utrecht-paragraph" [id]="'vraag-' + l.id">{{ T.intrekkenVraag(l.naam || l.email) }}</p>
                    <div class="utrecht-button-group">
                      <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" [id]="'bevestig-' + l.id"
                        [class.utrecht-button--busy]="bezig()" (click)="trekIn(l)">{{ T.intrekkenBevestig }}</button>
                      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="sluit(l)">{{ T.annuleren }}</button>
                    </div>
                  </div>
                </div>
              } @else {
                <div class="utrecht-button-group">
                  <button type="button" class="utrecht-button utrecht-button--secondary-action" [id]="'wijzig-' + l.id"
                    [attr.aria-describedby]="'lid-' + l.id" (click)="openRollen(l)">{{ T.rollenWijzigenKort }}</button>
                  <button type="button" class="utrecht-button utrecht-button--secondary-action utrecht-button--danger" [id]="'intrek-' + l.id"
                    [attr.aria-describedby]="'lid-' + l.id" (click)="openIntrekken(l)">{{ T.intrekken }}</button>
                </div>
              }
            </li>
          }
        </ul>
        <app-paginering [lijst]="lijst" [eenheid]="T.eenheid" [label]="T.lijstTitel" (kies)="pagina.set($event)" />
      }
    }
  `,
})
export class LedenLijst {
  protected readonly T = T;
  private readonly client = inject(LedenClient);
  protected readonly pagina = signal(1);
  protected readonly leden = laadbaar({ params: () => this.pagina(), laad: (p) => this.client.listLeden(p, PAGINAGROOTTE) });
  private readonly organisatieClient = inject(OrganisatiesClient);
  private readonly organisaties = laadbaar({ laad: () => this.organisatieClient.listOrganisaties(1, 100, null, null, null) });
  protected readonly bewerkt = signal<string | null>(null);
  protected readonly intrekken = signal<string | null>(null);
  protected readonly rollen = signal<string[]>([]);
  protected readonly organisatie = signal<string | null>(null);
  protected readonly metOrganisatie = computed(() => heeftOrganisatieRol(this.rollen()));
  protected readonly rollenFormulier = new Formulier({ rollen: T.rollen, organisatieId: T.organisatie });
  /** One field only: the API's other errors are shown with it too. */
  protected readonly rolFouten = computed(() => [...this.rollenFormulier.van('rollen'), ...this.rollenFormulier.algemeen()]);
  protected readonly bezig = signal(false);
  protected readonly melding = signal('');
  protected readonly actieFout = signal<Probleem | null>(null);

  rollenTekst(l: LidDto): string {
    return l.rollen.length ? l.rollen.map(rolNaam).join(', ') : T.geenRollen;
  }

  organisatieNaam(id: string): string {
    return this.organisaties.waarde()?.items.find((o) => o.id === id)?.naam ?? '…';
  }

  openRollen(l: LidDto): void {
    this.reset();
    this.rollen.set([...l.rollen]);
    this.organisatie.set(l.organisatieId ?? null);
    this.bewerkt.set(l.id);
    this.focus(`rollen-${l.id}-${l.rollen[0] ?? 'gemeente-beheerder'}`);
  }

  openIntrekken(l: LidDto): void {
    this.reset();
    this.intrekken.set(l.id);
    this.focus(`bevestig-${l.id}`);
  }

  sluit(l: LidDto): void {
    const wasIntrekken = this.intrekken() === l.id;
    this.bewerkt.set(null);
    this.intrekken.set(null);
    this.focus(wasIntrekken ? `intrek-${l.id}` : `wijzig-${l.id}`);
  }

  slaRollenOp(l: LidDto): void {
    if (!this.rollenFormulier.controleer({ rollen: this.rollen().length ? [] : [T.minstensEenRol] })) return;
    this.rollenFormulier.verstuur(
      () => this.client.updateLidRollen(l.id, { rollen: this.rollen(), organisatieId: this.metOrganisatie() ? this.organisatie() : null }),
      (nieuw) => {
        this.leden.werkBij((lijst) => ({ ...lijst, items: lijst.items.map((x) => (x.id === nieuw.id ? nieuw : x)) }));
        this.bewerkt.set(null);
        this.melding.set(T.rollenOpgeslagen(nieuw.naam || nieuw.email));
        this.focus(`wijzig-${l.id}`);
      },
    );
  }

  trekIn(l: LidDto): void {
    if (this.bezig()) return;
    this.bezig.set(true);
    this.client.revokeLid(l.id).subscribe({
      next: () => {
        this.bezig.set(false);
        this.intrekken.set(null);
        this.melding.set(T.ingetrokken(l.naam || l.email));
        this.leden.herlaad();
      },
      error: (e: unknown) => {
        this.bezig.set(false);
        this.actieFout.set(naarProbleem(e));
      },
    });
  }

  private reset(): void {
    this.bewerkt.set(null);
    this.intrekken.set(null);
    this.rollenFormulier.wis();
    this.melding.set('');
    this.actieFout.set(null);
  }

  private focus(id: string): void {
    setTimeout(() => document.getElementById(id)?.focus());
  }
}
