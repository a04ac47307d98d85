import { Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LedenClient, LidDto, PagedListOfLidDto } from '../api/api-client';
import { rolNaam } from '../auth/rollen';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Laadstatus, LADEN } from '../gedeeld/laadstatus';
import { Laden } from '../gedeeld/laden';
import { Paginering } from '../gedeeld/paginering';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { RollenKeuze } from './rollen-keuze';
import { LEDEN_TEKSTEN as T } from './teksten';

const PAGINAGROOTTE = 20;

/** Members of the gemeente: change roles inline, revoke after confirmation. */
@Component({
  selector: 'app-leden-lijst',
  imports: [RouterLink, Laden, Foutmelding, Paginering, RollenKeuze],
  template: `
    <div class="titelregel">
      <h1 class="utrecht-heading-1">{{ T.lijstTitel }}</h1>
      <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" routerLink="uitnodigen">{{ T.uitnodigen }}</a>
    </div>
    <div role="status" class="melding">
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
    </div>
    @if (actieFout(); as p) { <app-foutmelding [probleem]="p" [toonOpnieuw]="false" /> }
    @switch (staat().soort) {
      @case ('laden') { <app-laden [tekst]="T.laden" /> }
      @case ('fout') { <app-foutmelding [probleem]="$any(staat()).probleem" (opnieuw)="laad(pagina())" /> }
      @case ('klaar') {
        @let lijst = $any(staat()).data;
        @if (lijst.items.length === 0) {
          <p class="utrecht-paragraph">{{ T.leeg }}</p>
        } @else {
          <ul class="leden">
            @for (l of lijst.items; track l.id) {
              <li class="lid">
                <h2 class="utrecht-heading-3 lid__naam" [id]="'lid-' + l.id">{{ l.naam || l.email }}</h2>
                <dl class="gegevens">
                  <dt>{{ T.kolomEmail }}</dt><dd>{{ l.email }}</dd>
                  <dt>{{ T.kolomRollen }}</dt><dd>{{ rollenTekst(l) }}</dd>
                  <dt>{{ T.kolomTweeStaps }}</dt><dd>{{ l.tweeStapsAan ? T.aan : T.uit }}</dd>
                  @if (l.geblokkeerd) { <dt>Status</dt><dd><span class="utrecht-status-badge utrecht-status-badge--danger">{{ T.geblokkeerd }}</span></dd> }
                </dl>
                @if (bewerkt() === l.id) {
                  <form class="formulier" novalidate (submit)="$event.preventDefault(); slaRollenOp(l)">
                    <app-rollen-keuze [veldId]="'rollen-' + l.id" [legenda]="T.rollenLegenda(l.naam || l.email)"
                      [fouten]="rolFouten()" [(gekozen)]="rollen" />
                    <div class="utrecht-button-group">
                      <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="bezig()">{{ T.opslaan }}</button>
                      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="sluit(l)">{{ T.annuleren }}</button>
                    </div>
                  </form>
                } @else if (intrekken() === l.id) {
                  <div class="utrecht-alert utrecht-alert--warning" role="alertdialog" [attr.aria-labelledby]="'vraag-' + l.id">
                    <p class="utrecht-paragraph" [id]="'vraag-' + l.id">{{ T.intrekkenVraag(l.naam || l.email) }}</p>
                    <div class="utrecht-button-group">
                      <button type="button" class="utrecht-button utrecht-button--primary-action utrecht-button--danger" [id]="'bevestig-' + l.id"
                        [class.utrecht-button--busy]="bezig()" (click)="trekIn(l)">{{ T.intrekkenBevestig }}</button>
                      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="sluit(l)">{{ T.annuleren }}</button>
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
          <app-paginering [pagina]="lijst.page" [totaalPaginas]="lijst.totalPages" [totaal]="lijst.totalCount"
            [eenheid]="T.eenheid" [label]="T.lijstTitel" (kies)="laad($event)" />
        }
      }
    }
  `,
})
export class LedenLijst implements OnInit {
  protected readonly T = T;
  private readonly client = inject(LedenClient);
  protected readonly staat = signal<Laadstatus<PagedListOfLidDto>>(LADEN);
  protected readonly pagina = signal(1);
  protected readonly bewerkt = signal<string | null>(null);
  protected readonly intrekken = signal<string | null>(null);
  protected readonly rollen = signal<string[]>([]);
  protected readonly rolFouten = signal<string[]>([]);
  protected readonly bezig = signal(false);
  protected readonly melding = signal('');
  protected readonly actieFout = signal<Probleem | null>(null);

  ngOnInit(): void {
    this.laad(1);
  }

  laad(pagina: number): void {
    this.pagina.set(pagina);
    this.staat.set(LADEN);
    this.client.listLeden(pagina, PAGINAGROOTTE).subscribe({
      next: (data) => this.staat.set({ soort: 'klaar', data }),
      error: (e: unknown) => this.staat.set({ soort: 'fout', probleem: naarProbleem(e) }),
    });
  }

  rollenTekst(l: LidDto): string {
    return l.rollen.length ? l.rollen.map(rolNaam).join(', ') : T.geenRollen;
  }

  openRollen(l: LidDto): void {
    this.reset();
    this.rollen.set([...l.rollen]);
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
    if (this.bezig()) return;
    if (this.rollen().length === 0) {
      this.rolFouten.set([T.minstensEenRol]);
      return;
    }
    this.bezig.set(true);
    this.client.updateLidRollen(l.id, { rollen: this.rollen() }).subscribe({
      next: (nieuw) => {
        this.bezig.set(false);
        this.vervang(nieuw);
        this.bewerkt.set(null);
        this.melding.set(T.rollenOpgeslagen(nieuw.naam || nieuw.email));
        this.focus(`wijzig-${l.id}`);
      },
      error: (e: unknown) => {
        this.bezig.set(false);
        const p = naarProbleem(e, ['rollen']);
        this.rolFouten.set(p.veldfouten['rollen'] ?? [p.detail ?? p.titel]);
      },
    });
  }

  trekIn(l: LidDto): void {
    if (this.bezig()) return;
    this.bezig.set(true);
    this.client.revokeLid(l.id).subscribe({
      next: () => {
        this.bezig.set(false);
        this.intrekken.set(null);
        this.melding.set(T.ingetrokken(l.naam || l.email));
        this.laad(this.pagina());
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
    this.rolFouten.set([]);
    this.melding.set('');
    this.actieFout.set(null);
  }

  private vervang(lid: LidDto): void {
    const s = this.staat();
    if (s.soort !== 'klaar') return;
    this.staat.set({ soort: 'klaar', data: { ...s.data, items: s.data.items.map((x) => (x.id === lid.id ? lid : x)) } });
  }

  private focus(id: string): void {
    setTimeout(() => document.getElementById(id)?.focus());
  }
}
