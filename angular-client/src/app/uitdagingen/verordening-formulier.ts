import { Component, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ParticipatieverordeningenClient } from '../api/api-client';
import { Formulier } from '../gedeeld/formulier';
import { Foutsamenvatting } from '../gedeeld/foutsamenvatting';
import { laadbaar } from '../gedeeld/laadbaar';
import { Laadblok } from '../gedeeld/laadblok';
import { Tekstvak } from '../gedeeld/tekstvak';
import { Tekstveld } from '../gedeeld/tekstveld';
import { UITDAGINGEN_TEKSTEN as T } from './teksten';
import { regelsUit } from './uitdaging';

interface CriteriumInvoer {
  naam: string;
  toelichting: string;
}

type VerordeningVeld = 'referentie' | 'vastgesteldOp' | 'ontvankelijkheidWeken' | 'besluitWeken' | 'criteria' | 'uitgeslotenTaken';

function weken(tekst: string, max: number): number | null {
  const n = Number(tekst.trim());
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

/**
 * The gemeente-beheerder records a new version of the participatieverordening's rules for the uitdaagrecht: the
 * reference, the date the raad adopted it, the two terms, the published criteria and the excluded tasks. The form
 * starts from the version in force; challenges already submitted keep the version they were submitted under.
 */
@Component({
  selector: 'app-verordening-formulier',
  imports: [RouterLink, Foutsamenvatting, Laadblok, Tekstveld, Tekstvak],
  template: `
    <h1 class="utrecht-heading-1" id="verordening-kop">{{ T.verordeningTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.verordeningUitleg }}</p>
    <app-laadblok [bron]="geldend" [ladenTekst]="T.verordeningLaden" />
    @if (geldend.waarde(); as g) {
      @if (g.versie > 0) { <p class="utrecht-paragraph">{{ T.huidigeVersie(g.versie) }}</p> } @else { <p class="utrecht-paragraph">{{ T.modelVerordening }}</p> }
      @if (melding()) { <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ melding() }}</p></div> }
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
      <form class="formulier" novalidate aria-labelledby="verordening-kop" (submit)="$event.preventDefault(); sla()">
        <app-tekstveld veldId="verordening-referentie" [label]="T.referentieLabel" autocomplete="off" [maxlength]="300" [verplicht]="true"
          [fouten]="formulier.van('referentie')" [(waarde)]="referentie" />
        <app-tekstveld veldId="verordening-vastgesteldOp" type="date" [label]="T.vastgesteldLabel" [verplicht]="true"
          [fouten]="formulier.van('vastgesteldOp')" [(waarde)]="vastgesteldOp" />
        <app-tekstveld veldId="verordening-ontvankelijkheidWeken" [label]="T.ontvankelijkheidWeken" [uitleg]="T.ontvankelijkheidWekenUitleg" autocomplete="off"
          [verplicht]="true" [fouten]="formulier.van('ontvankelijkheidWeken')" [(waarde)]="ontvankelijkheidWeken" />
        <app-tekstveld veldId="verordening-besluitWeken" [label]="T.besluitWeken" [uitleg]="T.besluitWekenUitleg" autocomplete="off"
          [verplicht]="true" [fouten]="formulier.van('besluitWeken')" [(waarde)]="besluitWeken" />
        <fieldset class="utrecht-form-fieldset criteria" id="verordening-criteria" tabindex="-1">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{{ T.criteriaLegenda }}</legend>
          @for (f of formulier.van('criteria'); track f) { <p class="utrecht-form-field-error-message">{{ f }}</p> }
          @for (c of criteria(); track $index; let i = $index) {
            <div class="criterium">
              <app-tekstveld [veldId]="'criterium-naam-' + i" [label]="T.criteriumNaam(i + 1)" autocomplete="off" [maxlength]="200"
                [waarde]="c.naam" (waardeChange)="zetCriterium(i, { naam: $event })" />
              <app-tekstvak [veldId]="'criterium-toelichting-' + i" [label]="T.criteriumToelichting(i + 1)" [maxlength]="2000" [regels]="2"
                [waarde]="c.toelichting" (waardeChange)="zetCriterium(i, { toelichting: $event })" />
              @if (criteria().length > 1) {
                <button type="button" class="utrecht-button utrecht-button--subtle" (click)="verwijder(i)">{{ T.criteriumVerwijderen(i + 1) }}</button>
              }
            </div>
          }
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="voegToe()">{{ T.criteriumToevoegen }}</button>
        </fieldset>
        <app-tekstvak veldId="verordening-uitgeslotenTaken" [label]="T.uitgeslotenLabel" [uitleg]="T.uitgeslotenUitleg" [regels]="5"
          [fouten]="formulier.van('uitgeslotenTaken')" [(waarde)]="uitgesloten" />
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="formulier.bezig() || null">
            {{ formulier.bezig() ? T.bezig : T.verordeningOpslaan }}</button>
        </div>
      </form>
      <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/uitdagingen">{{ T.startOpenbaar }}</a></p>
    }
  `,
  styles: `
    .criteria { border: 0; padding: 0; margin-block: 1.5rem; }
    .criterium { border-inline-start: 4px solid var(--utrecht-color-grey-80, #ccc); padding-inline-start: 1rem; margin-block-end: 1rem; }
  `,
})
export class VerordeningFormulier {
  protected readonly T = T;
  private readonly client = inject(ParticipatieverordeningenClient);
  protected readonly geldend = laadbaar({ laad: () => this.client.getParticipatieverordening() });
  protected readonly referentie = signal('');
  protected readonly vastgesteldOp = signal('');
  protected readonly ontvankelijkheidWeken = signal('');
  protected readonly besluitWeken = signal('');
  protected readonly criteria = signal<CriteriumInvoer[]>([]);
  protected readonly uitgesloten = signal('');
  protected readonly melding = signal('');
  protected readonly formulier = new Formulier<VerordeningVeld>(
    {
      referentie: T.referentieLabel, vastgesteldOp: T.vastgesteldLabel, ontvankelijkheidWeken: T.ontvankelijkheidWeken, besluitWeken: T.besluitWeken,
      criteria: T.criteriaLegenda, uitgeslotenTaken: T.uitgeslotenLabel,
    },
    {
      veldId: (v) => `verordening-${v}`,
      veldVanMelding: (m) => (/criteri/i.test(m) ? 'criteria' : /uitgesloten/i.test(m) ? 'uitgeslotenTaken' : /ontvankelijkheid/i.test(m) ? 'ontvankelijkheidWeken'
        : /besluit/i.test(m) ? 'besluitWeken' : /verordening/i.test(m) ? 'referentie' : null),
    },
  );

  constructor() {
    // Start from the version in force (or the model).
    effect(() => {
      const g = this.geldend.waarde();
      if (!g) return;
      untracked(() => {
        this.referentie.set(g.versie > 0 ? g.referentie : '');
        this.vastgesteldOp.set(g.versie > 0 ? g.vastgesteldOp : '');
        this.ontvankelijkheidWeken.set(String(g.ontvankelijkheidWeken));
        this.besluitWeken.set(String(g.besluitWeken));
        this.criteria.set(g.criteria.map((c) => ({ naam: c.naam, toelichting: c.toelichting })));
        this.uitgesloten.set(g.uitgeslotenTaken.join('\n'));
      });
    });
  }

  protected zetCriterium(i: number, wijziging: Partial<CriteriumInvoer>): void {
    this.criteria.update((l) => l.map((c, j) => (j === i ? { ...c, ...wijziging } : c)));
  }

  protected voegToe(): void {
    this.criteria.update((l) => [...l, { naam: '', toelichting: '' }]);
  }

  protected verwijder(i: number): void {
    this.criteria.update((l) => l.filter((_, j) => j !== i));
  }

  sla(): void {
    const ontvankelijkheid = weken(this.ontvankelijkheidWeken(), 26);
    const besluit = weken(this.besluitWeken(), 52);
    const criteria = this.criteria().map((c) => ({ naam: c.naam.trim(), toelichting: c.toelichting.trim() }));
    if (!this.formulier.controleer({
      referentie: this.referentie().trim() ? [] : [T.referentieFout],
      vastgesteldOp: this.vastgesteldOp() ? [] : [T.datumFout],
      ontvankelijkheidWeken: ontvankelijkheid === null ? [T.wekenFout(26)] : [],
      besluitWeken: besluit === null ? [T.wekenFout(52)] : [],
      criteria: criteria.length === 0 || criteria.some((c) => !c.naam || !c.toelichting) ? [T.criteriaFout] : [],
    })) return;
    this.melding.set('');
    this.formulier.verstuur(
      () => this.client.createParticipatieverordening({
        referentie: this.referentie().trim(), vastgesteldOp: this.vastgesteldOp(), ontvankelijkheidWeken: ontvankelijkheid!, besluitWeken: besluit!,
        criteria, uitgeslotenTaken: regelsUit(this.uitgesloten()),
      }),
      (v) => {
        this.geldend.zet(v);
        this.melding.set(T.verordeningMelding(v.versie));
      },
    );
  }
}
