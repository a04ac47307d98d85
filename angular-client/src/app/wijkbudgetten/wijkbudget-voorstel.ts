import { Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin, map, of, tap } from 'rxjs';
import { BudgetmethodiekDto, BudgetmethodiekenClient, GebiedenClient, WijkbudgetDto, WijkbudgettenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstveld } from '../gedeeld/tekstveld';
import { bronrijen, bronrijenVan, verwijzingenLader } from './budget-basis';
import { BudgetInvoer } from './budget-invoer';
import { Bronrij, Regelrij, legeRij, naarBronnen, naarRegels, parseProcent, pasPeriodeAan, periodeJaren, regelfouten, somAandelen, uitRegels } from './budgetregels';
import { WIJKBUDGETTEN_TEKSTEN as T } from './teksten';

const JAREN = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * Proposes a wijkbudget (`/wijkbudgetten/nieuw`) or changes a proposal (`/wijkbudgetten/:id/wijzigen`): the wijk and
 * its period (fixed once proposed), the lines and the mix of funding sources of the methodiek in force.
 */
@Component({
  selector: 'app-wijkbudget-voorstel',
  imports: [RouterLink, Laadblok, Foutsamenvatting, Formulierveld, VeldInvoer, Tekstveld, BudgetInvoer],
  template: `
    <h1 class="utrecht-heading-1">{{ id() ? T.wijzigenTitel : T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.nieuwUitleg }}</p>
    <app-laadblok [bron]="basis" [ladenTekst]="T.invoerLaden" />
    @if (basis.waarde(); as b) {
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); bewaar()">
        @if (b.budget; as bestaand) {
          <p class="utrecht-paragraph utrecht-paragraph--lead">{{ bestaand.wijkNaam }} · {{ T.periodeTekst(bestaand.startJaar, bestaand.eindJaar) }}</p>
        } @else {
          <app-formulierveld veldId="wijkId" [label]="T.wijk" [fouten]="formulier.van('wijkId')">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="wijkId.set($any($event.target).value)">
              <option value="" [selected]="!wijkId()">{{ T.kiesWijk }}</option>
              @for (w of b.wijken; track w.id) { <option [value]="w.id" [selected]="w.id === wijkId()">{{ w.weergavenaam }}</option> }
            </select>
          </app-formulierveld>
          <app-tekstveld veldId="startJaar" type="number" [label]="T.startJaar" [verplicht]="true" [fouten]="formulier.van('startJaar')"
            [waarde]="startJaar()" (waardeChange)="startJaar.set($event)" />
          <app-formulierveld veldId="aantalJaren" [label]="T.aantalJaren" [uitleg]="T.aantalJarenUitleg" [fouten]="formulier.van('aantalJaren')">
            <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="kiesAantal(+$any($event.target).value)">
              @for (n of aantallen; track n) { <option [value]="n" [selected]="n === aantalJaren()">{{ T.jarenTekst(n) }}</option> }
            </select>
          </app-formulierveld>
        }
        <app-budget-invoer [jaren]="jaren()" [verwijzingen]="verwijzingen()" [vloerProcent]="b.methodiek.inhoud.ondersteuningsVloerProcent"
          [regelsFouten]="formulier.van('regels')" [rijFouten]="rijFouten()" [bronnenFouten]="formulier.van('bronnen')"
          [(rijen)]="rijen" [(bronnen)]="bronnen" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="formulier.bezig()"
            [attr.aria-disabled]="formulier.bezig() || null">{{ formulier.bezig() ? T.bezig : T.voorstellen }}</button>
          <a class="utrecht-button-link utrecht-button-link--secondary-action" [routerLink]="id() ? ['/wijkbudgetten', id()] : '/wijkbudgetten'">{{ T.annuleren }}</a>
        </div>
      </form>
    }
  `,
})
export class WijkbudgetVoorstel {
  protected readonly T = T;
  /** The proposal being changed; absent for a new one. */
  readonly id = input<string>();
  private readonly router = inject(Router);
  private readonly budgetten = inject(WijkbudgettenClient);
  private readonly methodieken = inject(BudgetmethodiekenClient);
  private readonly gebieden = inject(GebiedenClient);
  private readonly laadVerwijzingen = verwijzingenLader();
  protected readonly aantallen = JAREN;
  protected readonly wijkId = signal('');
  protected readonly startJaar = signal(String(new Date().getFullYear() + 1));
  protected readonly aantalJaren = signal(4);
  protected readonly rijen = signal<Regelrij[]>([]);
  protected readonly bronnen = signal<Bronrij[]>([]);
  protected readonly rijFouten = signal<string[][]>([]);
  protected readonly basis = laadbaar({
    params: () => ({ id: this.id() }),
    laad: ({ id }) =>
      forkJoin({
        methodiek: this.methodieken.getGeldendeBudgetmethodiek(),
        wijken: id ? of([]) : this.gebieden.listGebieden(1, 100, 'wijk', null).pipe(map((l) => l.items)),
        budget: id ? this.budgetten.getWijkbudget(id) : of(null),
      }).pipe(tap((b) => this.begin(b))),
  });
  protected readonly jaren = computed(() => {
    const budget = this.basis.waarde()?.budget;
    return budget ? periodeJaren(budget.startJaar, budget.aantalJaren) : periodeJaren(Number(this.startJaar()) || 0, this.aantalJaren());
  });
  private readonly waarden = laadbaar({ laad: () => this.laadVerwijzingen.waarden() });
  private readonly ambities = laadbaar({
    params: () => this.basis.waarde()?.budget?.wijkId ?? (this.wijkId() || undefined),
    laad: (wijkId) => this.laadVerwijzingen.ambities(wijkId),
  });
  protected readonly verwijzingen = computed(() => ({ ambities: this.ambities.waarde() ?? [], waarden: this.waarden.waarde() ?? [] }));
  protected readonly formulier = new Formulier(
    { wijkId: T.wijk, startJaar: T.startJaar, aantalJaren: T.aantalJaren, regels: T.regels, bronnen: T.bronnen },
  );

  private begin({ methodiek, budget }: { methodiek: BudgetmethodiekDto; budget: WijkbudgetDto | null }): void {
    if (budget) {
      this.rijen.set(uitRegels(budget.regels, periodeJaren(budget.startJaar, budget.aantalJaren)));
      this.bronnen.set(bronrijenVan(methodiek, budget));
    } else {
      this.rijen.set([legeRij(this.aantalJaren(), 'organisatorischeOndersteuning'), legeRij(this.aantalJaren())]);
      this.bronnen.set(bronrijen(methodiek));
    }
  }

  protected kiesAantal(n: number): void {
    this.aantalJaren.set(n);
    this.rijen.update((rijen) => rijen.map((r) => pasPeriodeAan(r, n)));
  }

  bewaar(): void {
    const id = this.id();
    const startJaar = Number(this.startJaar());
    const fouten = regelfouten(this.rijen(), { doel: T.doelVerplicht, dient: T.dientVerplicht, bedrag: T.bedragOngeldig });
    this.rijFouten.set(fouten);
    const bronnenGoed = this.bronnen().every((b) => parseProcent(b.procent) !== null) && somAandelen(this.bronnen()) === 100;
    const ok = this.formulier.controleer({
      wijkId: id || this.wijkId() ? [] : [T.wijkVerplicht],
      startJaar: id || (Number.isInteger(startJaar) && startJaar >= 2000 && startJaar <= 2100) ? [] : [T.startJaarOngeldig],
      regels: this.rijen().length === 0 ? [T.regelsVerplicht] : fouten.some((f) => f.length > 0) ? [...new Set(fouten.flat())] : [],
      bronnen: bronnenGoed ? [] : [T.bronnenOngeldig],
    });
    if (!ok) return;
    const regels = naarRegels(this.rijen(), this.jaren());
    const bronnen = naarBronnen(this.bronnen());
    this.formulier.verstuur(
      () => (id ? this.budgetten.updateWijkbudget(id, { regels, bronnen }) : this.budgetten.createWijkbudget({ wijkId: this.wijkId(), startJaar, aantalJaren: this.aantalJaren(), regels, bronnen })),
      (b) => void this.router.navigate(['/wijkbudgetten', b.id]),
    );
  }
}
