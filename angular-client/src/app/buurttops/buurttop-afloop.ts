import { Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AanwezigheidDto, BuurtTopDto, BuurtTopsClient, OpbrengstDto, OpbrengstSoort } from '../api/api-client';
import { Sessie } from '../auth/sessie';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { AGENDAS_ROLLEN } from '../wijktoekomstagendas/wijktoekomstagendas.routes';
import { BUURTTOPS_TEKSTEN as T } from './teksten';
import { CATEGORIEEN, vandaagNl } from './weergave';

type Categorie = (typeof CATEGORIEEN)[number];
interface OpbrengstConcept { bron: OpbrengstDto | null; tafel: string; soort: OpbrengstSoort; tekst: string }

/**
 * After the day: the attendance by category (holds the BuurtTop), the outputs per table (G-8), and "verwerkt", or a
 * wijktoekomstagenda begun from it (which takes the outputs over).
 */
@Component({
  selector: 'app-buurttop-afloop',
  imports: [RouterLink, Foutsamenvatting, Formulierveld, VeldInvoer, Tekstveld, Tekstvak],
  template: `
    @let b = buurtTop();
    @if (melding(); as m) {
      <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ m }}</p></div></div>
    }
    @if (b.status === 'inVoorbereiding' && b.datum <= vandaag) {
      <section [attr.aria-label]="T.aanwezigheid">
        <h3 class="utrecht-heading-3">{{ T.aanwezigheid }}</h3>
        <p class="utrecht-paragraph">{{ T.aanwezigheidUitleg }}</p>
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="aanwezig.samenvatting()" [algemeen]="aanwezig.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="T.aanwezigheid" (submit)="$event.preventDefault(); legVast()">
          <div class="rollen-raster">
            @for (c of categorieen; track c) {
              <app-tekstveld [veldId]="c" type="number" [label]="T.categorieNaam[c]" [fouten]="aanwezig.van(c)" [waarde]="aantallen()[c]"
                (waardeChange)="zetAantal(c, $event)" />
            }
          </div>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="aanwezig.bezig() || null">
              {{ aanwezig.bezig() ? T.bezig : T.aanwezigheidOpslaan }}</button>
          </div>
        </form>
      </section>
    }
    @if (b.status === 'gehouden') {
      <section [attr.aria-label]="T.opbrengstenBewerken">
        <h3 class="utrecht-heading-3">{{ T.opbrengstenBewerken }}</h3>
        <app-foutsamenvatting [titel]="T.opbrengstenFout" [fouten]="opbrengst.samenvatting()" [algemeen]="opbrengst.algemeen()" />
        @if (!bewerken()) {
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="begin()">{{ T.opbrengstenBewerken }}</button>
          </div>
        } @else {
          <form class="formulier" novalidate [attr.aria-label]="T.opbrengstenBewerken" (submit)="$event.preventDefault(); slaOpbrengstenOp()">
            <div id="opbrengsten">
              @for (o of concepten(); track $index; let i = $index) {
                <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rij">
                  <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ T.opbrengstSoortNaam[o.soort] }} {{ i + 1 }}</legend>
                  <app-tekstveld [veldId]="'opbrengst-' + i + '-tafel'" [label]="T.tafel" [maxlength]="100" [waarde]="o.tafel" (waardeChange)="wijzig(i, { tafel: $event })" />
                  <app-formulierveld [veldId]="'opbrengst-' + i + '-soort'" [label]="T.opbrengstSoort">
                    <select appVeldInvoer class="utrecht-select utrecht-select--html-select" (change)="wijzig(i, { soort: $any($event.target).value })">
                      <option value="droom" [selected]="o.soort === 'droom'">{{ T.opbrengstSoortNaam['droom'] }}</option>
                      <option value="ambitie" [selected]="o.soort === 'ambitie'">{{ T.opbrengstSoortNaam['ambitie'] }}</option>
                    </select>
                  </app-formulierveld>
                  <app-tekstvak [veldId]="'opbrengst-' + i + '-tekst'" [label]="T.tekst" [regels]="3" [waarde]="o.tekst" (waardeChange)="wijzig(i, { tekst: $event })" />
                  <button type="button" class="utrecht-button utrecht-button--subtle" (click)="verwijder(i)">{{ T.opbrengstVerwijderen }} ({{ i + 1 }})</button>
                </fieldset>
              }
            </div>
            <div class="utrecht-button-group">
              <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegToe()">{{ T.opbrengstToevoegen }}</button>
            </div>
            <div class="utrecht-button-group">
              <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="opbrengst.bezig() || null">
                {{ opbrengst.bezig() ? T.bezig : T.opbrengstenOpslaan }}</button>
              <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="bewerken.set(false)">{{ T.annuleren }}</button>
            </div>
          </form>
        }
        @if (b.opbrengsten.length && !bewerken()) {
          <p class="utrecht-paragraph">{{ T.verwerkenUitleg }}</p>
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="opbrengst.bezig() || null" (click)="verwerk()">{{ T.verwerken }}</button>
          </div>
          @if (magAgendaBeginnen()) {
            <p class="utrecht-paragraph">{{ T.agendaBeginnenUitleg }}</p>
            <p class="utrecht-paragraph">
              <a class="utrecht-link" routerLink="/wijktoekomstagendas/nieuw" [queryParams]="{ buurtTopId: b.id }">{{ T.agendaBeginnen }}</a>
            </p>
          }
        }
      </section>
    }
  `,
  styles: `.utrecht-button-group { margin-block: 0.75rem 1.25rem; } .rij > * { display: block; margin-block-end: 0.75rem; }
    .rij { margin-block: 0.75rem; padding: 0.75rem; border: 1px solid currentColor; border-radius: 4px; }`,
})
export class BuurtTopAfloop {
  protected readonly T = T;
  readonly buurtTop = input.required<BuurtTopDto>();
  readonly gewijzigd = output<BuurtTopDto>();
  private readonly client = inject(BuurtTopsClient);
  private readonly sessie = inject(Sessie);
  protected readonly magAgendaBeginnen = computed(() => this.sessie.heeftRol(...AGENDAS_ROLLEN.aanmaken));
  protected readonly vandaag = vandaagNl();
  protected readonly categorieen = CATEGORIEEN;
  protected readonly aantallen = signal<Record<Categorie, string>>(
    Object.fromEntries(CATEGORIEEN.map((c) => [c, '0'])) as Record<Categorie, string>,
  );
  protected readonly aanwezig = new Formulier(Object.fromEntries(CATEGORIEEN.map((c) => [c, T.categorieNaam[c]])) as Record<Categorie, string>, {
    aliassen: { aanwezigheid: 'bewoners' },
  });
  protected readonly melding = signal<string | null>(null);
  protected readonly bewerken = signal(false);
  protected readonly concepten = signal<OpbrengstConcept[]>([]);
  protected readonly opbrengst = new Formulier({ opbrengsten: T.opbrengsten });
  protected readonly heeftOpbrengsten = computed(() => this.buurtTop().opbrengsten.length > 0);

  protected zetAantal(c: Categorie, w: string): void {
    this.aantallen.update((a) => ({ ...a, [c]: w }));
  }

  legVast(): void {
    this.melding.set(null);
    const getallen = Object.fromEntries(CATEGORIEEN.map((c) => [c, /^\d+$/.test(this.aantallen()[c].trim()) ? Number(this.aantallen()[c].trim()) : null]));
    const ok = this.aanwezig.controleer(Object.fromEntries(CATEGORIEEN.map((c) => [c, getallen[c] === null ? [T.aantalOngeldig] : []])));
    if (!ok) return;
    const aanwezigheid = { ...getallen, totaal: null } as AanwezigheidDto;
    this.aanwezig.verstuur(() => this.client.recordAanwezigheid(this.buurtTop().id, { aanwezigheid }), (b) => {
      this.melding.set(T.aanwezigheidOpgeslagen);
      this.gewijzigd.emit(b);
    });
  }

  begin(): void {
    this.concepten.set(this.buurtTop().opbrengsten.map((o) => ({ bron: o, tafel: o.tafel, soort: o.soort, tekst: o.tekst })));
    this.opbrengst.wis();
    this.melding.set(null);
    this.bewerken.set(true);
  }
  protected wijzig(i: number, w: Partial<OpbrengstConcept>): void {
    this.concepten.update((l) => l.map((o, j) => (j === i ? { ...o, ...w } : o)));
  }
  protected verwijder(i: number): void {
    this.concepten.update((l) => l.filter((_, j) => j !== i));
  }
  protected voegToe(): void {
    const laatste = this.concepten().at(-1);
    this.concepten.update((l) => [...l, { bron: null, tafel: laatste?.tafel ?? '1', soort: 'droom', tekst: '' }]);
  }

  slaOpbrengstenOp(): void {
    const opbrengsten: OpbrengstDto[] = this.concepten().map((o) => ({
      id: o.bron?.id ?? null,
      herkomst: null,
      opmerkingen: null,
      tafel: o.tafel.trim(),
      soort: o.soort,
      tekst: o.tekst.trim(),
    }));
    this.opbrengst.verstuur(() => this.client.updateOpbrengsten(this.buurtTop().id, { opbrengsten }), (b) => {
      this.bewerken.set(false);
      this.melding.set(T.opbrengstenOpgeslagen);
      this.gewijzigd.emit(b);
    });
  }

  verwerk(): void {
    this.melding.set(null);
    this.opbrengst.verstuur(() => this.client.processBuurtTop(this.buurtTop().id, { agendaId: this.buurtTop().agendaId }), (b) => {
      this.melding.set(T.verwerkt);
      this.gewijzigd.emit(b);
    });
  }
}
