import { Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin, tap } from 'rxjs';
import { BudgetmethodiekDto, BudgetmethodiekenClient, WijkbudgetDto, WijkbudgettenClient } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { bronrijenVan, verwijzingenLader } from './budget-basis';
import { BudgetInvoer } from './budget-invoer';
import { Bronrij, Regelrij, naarBronnen, naarRegels, parseProcent, periodeJaren, regelfouten, somAandelen, uitRegels } from './budgetregels';
import { WIJKBUDGETTEN_ROLLEN } from './wijkbudgetten.routes';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

/**
 * Adjusts a granted budget (`/wijkbudgetten/:id/aanpassen`): the lines with their current amounts, the mix, a required
 * explanation and, for the griffie or a gemeente-beheerder, the raadsbesluit a cut needs (G-9; the API refuses a cut
 * without one and the form shows why).
 */
@Component({
  selector: 'app-wijkbudget-aanpassen',
  imports: [RouterLink, Laadblok, Foutsamenvatting, Formulierveld, VeldInvoer, Tekstveld, Tekstvak, BudgetInvoer],
  template: `
    <h1 class="utrecht-heading-1">{{ T.aanpassenTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.aanpassenUitleg }}</p>
    <app-laadblok [bron]="basis" [ladenTekst]="T.invoerLaden" />
    @if (basis.waarde(); as b) {
      <p class="utrecht-paragraph utrecht-paragraph--lead">{{ b.budget.wijkNaam }} · {{ T.periodeTekst(b.budget.startJaar, b.budget.eindJaar) }}</p>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); bewaar()">
        <app-budget-invoer [jaren]="jaren()" [verwijzingen]="verwijzingen()" [vloerProcent]="b.methodiek.inhoud.ondersteuningsVloerProcent"
          [regelsFouten]="formulier.van('regels')" [rijFouten]="rijFouten()" [bronnenFouten]="formulier.van('bronnen')"
          [(rijen)]="rijen" [(bronnen)]="bronnen" />
        <app-tekstvak veldId="toelichting" [label]="T.toelichting" [uitleg]="T.toelichtingUitleg" [maxlength]="2000"
          [fouten]="formulier.van('toelichting')" [(waarde)]="toelichting" />
        @if (magBesluiten()) {
          <app-formulierveld soort="checkbox" veldId="metBesluit" [label]="T.metBesluit">
            <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="metBesluit()"
              (change)="metBesluit.set($any($event.target).checked)" />
          </app-formulierveld>
          @if (metBesluit()) {
            <app-tekstveld veldId="datum" type="date" [label]="T.datum" [verplicht]="true" [fouten]="formulier.van('datum')" [(waarde)]="datum" />
            <app-tekstveld veldId="kenmerk" [label]="T.kenmerk" autocomplete="off" [maxlength]="100" [verplicht]="true"
              [fouten]="formulier.van('kenmerk')" [(waarde)]="kenmerk" />
            <app-tekstveld veldId="documentUrl" type="url" [label]="T.documentUrl" autocomplete="url" [maxlength]="500"
              [fouten]="formulier.van('documentUrl')" [(waarde)]="documentUrl" />
          }
        }
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
            [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : T.aanpassen }}</button>
          <a class="utrecht-button-link utrecht-button-link--secondary-action" [routerLink]="['/wijkbudgetten', id()]">{{ T.annuleren }}</a>
        </div>
      </form>
    }
  `,
})
export class WijkbudgetAanpassen {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly router = inject(Router);
  private readonly sessie = inject(Sessie);
  private readonly budgetten = inject(WijkbudgettenClient);
  private readonly methodieken = inject(BudgetmethodiekenClient);
  private readonly laadVerwijzingen = verwijzingenLader();
  protected readonly magBesluiten = computed(() => this.sessie.heeftRol(...WIJKBUDGETTEN_ROLLEN.besluiten));
  protected readonly rijen = signal<Regelrij[]>([]);
  protected readonly bronnen = signal<Bronrij[]>([]);
  protected readonly rijFouten = signal<string[][]>([]);
  protected readonly toelichting = signal('');
  protected readonly metBesluit = signal(false);
  protected readonly datum = signal('');
  protected readonly kenmerk = signal('');
  protected readonly documentUrl = signal('');
  protected readonly basis = laadbaar({
    params: () => this.id(),
    laad: (id) => forkJoin({ methodiek: this.methodieken.getGeldendeBudgetmethodiek(), budget: this.budgetten.getWijkbudget(id) }).pipe(tap((b) => this.begin(b))),
  });
  protected readonly jaren = computed(() => {
    const budget = this.basis.waarde()?.budget;
    return budget ? periodeJaren(budget.startJaar, budget.aantalJaren) : [];
  });
  private readonly waarden = laadbaar({ laad: () => this.laadVerwijzingen.waarden() });
  private readonly ambities = laadbaar({ params: () => this.basis.waarde()?.budget.wijkId, laad: (wijkId) => this.laadVerwijzingen.ambities(wijkId) });
  protected readonly verwijzingen = computed(() => ({ ambities: this.ambities.waarde() ?? [], waarden: this.waarden.waarde() ?? [] }));
  protected readonly formulier = new Formulier({
    regels: T.regels, bronnen: T.bronnen, toelichting: T.toelichting, datum: T.datum, kenmerk: T.kenmerk, documentUrl: T.documentUrl,
  });

  private begin({ methodiek, budget }: { methodiek: BudgetmethodiekDto; budget: WijkbudgetDto }): void {
    this.rijen.set(uitRegels(budget.regels, periodeJaren(budget.startJaar, budget.aantalJaren)));
    this.bronnen.set(bronrijenVan(methodiek, budget));
  }

  bewaar(): void {
    const fouten = regelfouten(this.rijen(), { doel: T.doelVerplicht, dient: T.dientVerplicht, bedrag: T.bedragOngeldig });
    this.rijFouten.set(fouten);
    const toelichting = this.toelichting().trim();
    const besluit = this.magBesluiten() && this.metBesluit();
    const ok = this.formulier.controleer({
      regels: this.rijen().length === 0 ? [T.regelsVerplicht] : [...new Set(fouten.flat())],
      bronnen: this.bronnen().every((b) => parseProcent(b.procent) !== null) && somAandelen(this.bronnen()) === 100 ? [] : [T.bronnenOngeldig],
      toelichting: toelichting ? [] : [T.toelichtingVerplicht],
      datum: besluit && !this.datum() ? [T.datumVerplicht] : [],
      kenmerk: besluit && !this.kenmerk().trim() ? [T.kenmerkVerplicht] : [],
    });
    if (!ok) return;
    const raadsbesluit = besluit ? { datum: this.datum(), kenmerk: this.kenmerk().trim(), documentUrl: this.documentUrl().trim() || null } : null;
    this.formulier.verstuur(
      () => this.budgetten.adjustWijkbudget(this.id(), { regels: naarRegels(this.rijen(), this.jaren()), bronnen: naarBronnen(this.bronnen()), toelichting, raadsbesluit }),
      (b) => void this.router.navigate(['/wijkbudgetten', b.id]),
    );
  }
}
