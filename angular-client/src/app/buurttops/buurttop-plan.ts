import { Component, computed, inject, input, output, signal } from '@angular/core';
import { BuurtTopDto, BuurtTopsClient, VoorbereidingsplanDto } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Formulierveld, Veldgroep, VeldInvoer } from '../gedeeld/formulierveld';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { Gegeven, Gegevens } from '../gedeeld/gegevens';
import { StatusBadge } from '../gedeeld/status-badge';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { formatDatum } from '../wijkbeelden/datum';
import { BUURTTOPS_TEKSTEN as T } from './teksten';
import { formatEuro, leesEuro, mijlpaalStaat, vandaagNl } from './weergave';

interface WerkgroepConcept { id: string | null; naam: string; thema: string; leden: string }
interface MijlpaalConcept { id: string | null; omschrijving: string; datum: string; gereed: boolean }
interface PostConcept { omschrijving: string; bedrag: string }

const regels = (tekst: string) => tekst.split('\n').map((r) => r.trim()).filter((r) => r.length > 0);

/** The preparation plan: progress against the date, milestones, themes, working groups and budget; edited whole (PUT). */
@Component({
  selector: 'app-buurttop-plan',
  imports: [Gegevens, Gegeven, StatusBadge, Foutsamenvatting, Formulierveld, Veldgroep, VeldInvoer, Tekstveld, Tekstvak],
  template: `
    @let b = buurtTop();
    @let plan = b.voorbereidingsplan!;
    <section [attr.aria-label]="T.plan">
      <h3 class="utrecht-heading-3">{{ T.plan }}</h3>
      @if (b.voortgang; as v) {
        <div class="voortgang">
          <label class="utrecht-form-label" for="voortgang-meter">{{ T.voortgangLabel }}</label>
          <progress id="voortgang-meter" [max]="v.mijlpalen || 1" [value]="v.gereed"></progress>
          <p class="utrecht-paragraph">{{ T.voortgangTekst(v.gereed, v.mijlpalen) }}</p>
        </div>
        <dl app-gegevens>
          <div app-gegeven [term]="T.verschuldigd">{{ v.verschuldigd }}</div>
          <div app-gegeven [term]="T.achterstallig">{{ v.achterstallig }}</div>
          @if (v.dagenTotBuurtTop >= 0) { <div app-gegeven [term]="T.dagenTot">{{ v.dagenTotBuurtTop }}</div> }
          @if (b.begrotingTotaalEurocent !== null) { <div app-gegeven [term]="T.begrotingTotaal">{{ euro(b.begrotingTotaalEurocent) }}</div> }
        </dl>
      }
      @if (melding()) {
        <div class="utrecht-alert utrecht-alert--ok" role="status"><div class="utrecht-alert__content"><p class="utrecht-paragraph">{{ T.planOpgeslagen }}</p></div></div>
      }
      @if (!bewerken()) {
        <h4 class="utrecht-heading-4">{{ T.mijlpalen }}</h4>
        @if (plan.mijlpalen.length) {
          <ul class="utrecht-unordered-list">
            @for (m of plan.mijlpalen; track m.id ?? $index) {
              @let s = staat(m);
              <li class="utrecht-unordered-list__item">
                <app-status-badge [tekst]="T.mijlpaalStaat[s]" [soort]="s === 'gereed' ? 'success' : s === 'achterstallig' ? 'danger' : s === 'binnenkort' ? 'warning' : 'neutral'" />
                {{ datum(m.datum) }}: {{ m.omschrijving }}
              </li>
            }
          </ul>
        } @else { <p class="utrecht-paragraph">{{ T.geenMijlpalen }}</p> }
        <h4 class="utrecht-heading-4">{{ T.themas }}</h4>
        @if (plan.themas.length) {
          <ul class="utrecht-unordered-list">@for (t of plan.themas; track $index) { <li class="utrecht-unordered-list__item">{{ t }}</li> }</ul>
        } @else { <p class="utrecht-paragraph">{{ T.geenThemas }}</p> }
        <h4 class="utrecht-heading-4">{{ T.werkgroepen }}</h4>
        @if (plan.werkgroepen.length) {
          <ul class="utrecht-unordered-list">
            @for (w of plan.werkgroepen; track w.id ?? $index) {
              <li class="utrecht-unordered-list__item"><strong>{{ w.naam }}</strong>@if (w.thema) { ({{ w.thema }})}@if (w.leden.length) {: {{ ledenTekst(w.leden) }}}</li>
            }
          </ul>
        } @else { <p class="utrecht-paragraph">{{ T.geenWerkgroepen }}</p> }
        @if (plan.informatiebehoeften.length) {
          <h4 class="utrecht-heading-4">{{ T.informatiebehoeften }}</h4>
          <ul class="utrecht-unordered-list">@for (i of plan.informatiebehoeften; track $index) { <li class="utrecht-unordered-list__item">{{ i }}</li> }</ul>
        }
        <h4 class="utrecht-heading-4">{{ T.begroting }}</h4>
        @if (plan.begroting.length) {
          <ul class="utrecht-unordered-list">
            @for (p of plan.begroting; track $index) { <li class="utrecht-unordered-list__item">{{ p.omschrijving }}: {{ euro(p.bedragEurocent) }}</li> }
          </ul>
        } @else { <p class="utrecht-paragraph">{{ T.geenBegroting }}</p> }
        @if (magBewerken()) {
          <div class="utrecht-button-group">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="begin()">{{ T.planBewerken }}</button>
          </div>
        }
      } @else {
        <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
        <form class="formulier" novalidate [attr.aria-label]="T.plan" (submit)="$event.preventDefault(); opslaan()">
          <app-veldgroep veldId="mijlpalen" [legenda]="T.mijlpalen" [fouten]="formulier.van('mijlpalen')">
            @for (m of mijlpalen(); track $index; let i = $index) {
              <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rij">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ T.mijlpaal(i + 1) }}</legend>
                <app-tekstveld [veldId]="'mijlpaal-' + i + '-omschrijving'" [label]="T.omschrijving" [maxlength]="500" [waarde]="m.omschrijving"
                  (waardeChange)="wijzigMijlpaal(i, { omschrijving: $event })" />
                <app-tekstveld [veldId]="'mijlpaal-' + i + '-datum'" type="date" [label]="T.datum" [waarde]="m.datum"
                  (waardeChange)="wijzigMijlpaal(i, { datum: $event })" />
                <app-formulierveld soort="checkbox" [veldId]="'mijlpaal-' + i + '-gereed'" [label]="T.gereed">
                  <input appVeldInvoer type="checkbox" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="m.gereed"
                    (change)="wijzigMijlpaal(i, { gereed: $any($event.target).checked })" />
                </app-formulierveld>
                <button type="button" class="utrecht-button utrecht-button--subtle" (click)="verwijder(mijlpalen, i)">{{ T.verwijderen }} ({{ T.mijlpaal(i + 1) }})</button>
              </fieldset>
            }
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegMijlpaalToe()">{{ T.mijlpaalToevoegen }}</button>
          </app-veldgroep>
          <app-tekstvak veldId="themas" [label]="T.themas" [uitleg]="T.themasUitleg" [fouten]="formulier.van('themas')" [(waarde)]="themas" />
          <app-veldgroep veldId="werkgroepen" [legenda]="T.werkgroepen" [fouten]="formulier.van('werkgroepen')">
            @for (w of werkgroepen(); track $index; let i = $index) {
              <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rij">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ T.werkgroep(i + 1) }}</legend>
                <app-tekstveld [veldId]="'werkgroep-' + i + '-naam'" [label]="T.werkgroepNaam" [maxlength]="200" [waarde]="w.naam"
                  (waardeChange)="wijzigWerkgroep(i, { naam: $event })" />
                <app-tekstveld [veldId]="'werkgroep-' + i + '-thema'" [label]="T.werkgroepThema" [maxlength]="200" [waarde]="w.thema"
                  (waardeChange)="wijzigWerkgroep(i, { thema: $event })" />
                <app-tekstvak [veldId]="'werkgroep-' + i + '-leden'" [label]="T.werkgroepLeden" [uitleg]="T.werkgroepLedenUitleg" [regels]="3" [waarde]="w.leden"
                  (waardeChange)="wijzigWerkgroep(i, { leden: $event })" />
                <button type="button" class="utrecht-button utrecht-button--subtle" (click)="verwijder(werkgroepen, i)">{{ T.verwijderen }} ({{ T.werkgroep(i + 1) }})</button>
              </fieldset>
            }
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegWerkgroepToe()">{{ T.werkgroepToevoegen }}</button>
          </app-veldgroep>
          <app-tekstvak veldId="informatiebehoeften" [label]="T.informatiebehoeften" [uitleg]="T.informatiebehoeftenUitleg" [regels]="3"
            [fouten]="formulier.van('informatiebehoeften')" [(waarde)]="informatiebehoeften" />
          <app-veldgroep veldId="begroting" [legenda]="T.begroting" [fouten]="formulier.van('begroting')">
            @for (p of begroting(); track $index; let i = $index) {
              <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rij">
                <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ T.post(i + 1) }}</legend>
                <app-tekstveld [veldId]="'post-' + i + '-omschrijving'" [label]="T.omschrijving" [maxlength]="200" [waarde]="p.omschrijving"
                  (waardeChange)="wijzigPost(i, { omschrijving: $event })" />
                <app-tekstveld [veldId]="'post-' + i + '-bedrag'" [label]="T.bedrag" autocomplete="off" [waarde]="p.bedrag"
                  (waardeChange)="wijzigPost(i, { bedrag: $event })" />
                <button type="button" class="utrecht-button utrecht-button--subtle" (click)="verwijder(begroting, i)">{{ T.verwijderen }} ({{ T.post(i + 1) }})</button>
              </fieldset>
            }
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegPostToe()">{{ T.postToevoegen }}</button>
          </app-veldgroep>
          <div class="utrecht-button-group">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
              {{ formulier.bezig() ? T.bezig : T.planOpslaan }}</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="bewerken.set(false)">{{ T.annuleren }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .utrecht-button-group { margin-block: 0.75rem 1.25rem; }
    .voortgang { margin-block: 1rem; max-inline-size: 30rem; }
    .voortgang progress { inline-size: 100%; }
    .rij > * { display: block; margin-block-end: 0.75rem; }
    .rij { margin-block: 0.75rem; padding: 0.75rem; border: 1px solid currentColor; border-radius: 4px; }
  `,
})
export class BuurtTopPlan {
  protected readonly T = T;
  readonly buurtTop = input.required<BuurtTopDto>();
  readonly gewijzigd = output<BuurtTopDto>();
  private readonly client = inject(BuurtTopsClient);
  protected readonly magBewerken = computed(() => this.buurtTop().status === 'aangekondigd' || this.buurtTop().status === 'inVoorbereiding');
  protected readonly bewerken = signal(false);
  protected readonly melding = signal(false);
  protected readonly themas = signal('');
  protected readonly informatiebehoeften = signal('');
  protected readonly werkgroepen = signal<WerkgroepConcept[]>([]);
  protected readonly mijlpalen = signal<MijlpaalConcept[]>([]);
  protected readonly begroting = signal<PostConcept[]>([]);
  protected readonly formulier = new Formulier(
    { mijlpalen: T.mijlpalen, themas: T.themas, werkgroepen: T.werkgroepen, informatiebehoeften: T.informatiebehoeften, begroting: T.begroting, plan: T.plan },
    { veldId: (v) => (v === 'plan' ? 'mijlpalen' : v) },
  );
  private readonly vandaag = vandaagNl();
  protected readonly datum = formatDatum;
  protected readonly euro = formatEuro;
  protected staat(m: { datum: string; gereed: boolean }) {
    return mijlpaalStaat(m, this.vandaag);
  }
  protected ledenTekst(leden: readonly { naam: string; rol: string | null }[]): string {
    return leden.map((l) => (l.rol ? `${l.naam} (${l.rol})` : l.naam)).join(', ');
  }

  begin(): void {
    const p = this.buurtTop().voorbereidingsplan!;
    this.themas.set(p.themas.join('\n'));
    this.informatiebehoeften.set(p.informatiebehoeften.join('\n'));
    this.werkgroepen.set(p.werkgroepen.map((w) => ({ id: w.id, naam: w.naam, thema: w.thema ?? '', leden: w.leden.map((l) => (l.rol ? `${l.naam}, ${l.rol}` : l.naam)).join('\n') })));
    this.mijlpalen.set(p.mijlpalen.map((m) => ({ id: m.id, omschrijving: m.omschrijving, datum: m.datum, gereed: m.gereed })));
    this.begroting.set(p.begroting.map((b) => ({ omschrijving: b.omschrijving, bedrag: (b.bedragEurocent / 100).toFixed(2).replace('.', ',') })));
    this.formulier.wis();
    this.melding.set(false);
    this.bewerken.set(true);
  }

  protected wijzigMijlpaal(i: number, w: Partial<MijlpaalConcept>): void {
    this.mijlpalen.update((l) => l.map((m, j) => (j === i ? { ...m, ...w } : m)));
  }
  protected wijzigWerkgroep(i: number, w: Partial<WerkgroepConcept>): void {
    this.werkgroepen.update((l) => l.map((m, j) => (j === i ? { ...m, ...w } : m)));
  }
  protected wijzigPost(i: number, w: Partial<PostConcept>): void {
    this.begroting.update((l) => l.map((m, j) => (j === i ? { ...m, ...w } : m)));
  }
  protected verwijder<X>(lijst: { update: (f: (l: X[]) => X[]) => void }, i: number): void {
    lijst.update((l) => l.filter((_, j) => j !== i));
  }
  protected voegMijlpaalToe(): void {
    this.mijlpalen.update((l) => [...l, { id: null, omschrijving: '', datum: '', gereed: false }]);
  }
  protected voegWerkgroepToe(): void {
    this.werkgroepen.update((l) => [...l, { id: null, naam: '', thema: '', leden: '' }]);
  }
  protected voegPostToe(): void {
    this.begroting.update((l) => [...l, { omschrijving: '', bedrag: '' }]);
  }

  opslaan(): void {
    const oud = this.buurtTop().voorbereidingsplan!;
    const mijlpalen = this.mijlpalen().map((m) => ({ ...m, omschrijving: m.omschrijving.trim() }));
    const werkgroepen = this.werkgroepen().map((w) => ({
      id: w.id,
      naam: w.naam.trim(),
      thema: w.thema.trim() || null,
      leden: regels(w.leden).map((r) => {
        const [naam, ...rol] = r.split(',');
        return { naam: naam.trim(), rol: rol.join(',').trim() || null };
      }),
    }));
    const posten = this.begroting().map((p) => ({ omschrijving: p.omschrijving.trim(), bedragEurocent: leesEuro(p.bedrag) }));
    const ok = this.formulier.controleer({
      mijlpalen: mijlpalen.every((m) => m.omschrijving && m.datum) ? [] : [T.omschrijvingVerplicht],
      werkgroepen: werkgroepen.every((w) => w.naam) ? [] : [T.werkgroepVerplicht],
      begroting: posten.every((p) => p.omschrijving && p.bedragEurocent !== null) ? [] : [T.bedragOngeldig],
    });
    if (!ok) return;
    const plan: VoorbereidingsplanDto = {
      themas: regels(this.themas()),
      werkgroepen,
      mijlpalen,
      informatiebehoeften: regels(this.informatiebehoeften()),
      begroting: posten.map((p) => ({ omschrijving: p.omschrijving, bedragEurocent: p.bedragEurocent! })),
      projectleider: oud.projectleider,
    };
    this.formulier.verstuur(() => this.client.updateVoorbereidingsplan(this.buurtTop().id, { plan }), (b) => {
      this.bewerken.set(false);
      this.melding.set(true);
      this.gewijzigd.emit(b);
    });
  }
}
