import { Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { GebiedDetailDto, GebiedDto, GebiedenClient } from '../api/api-client';
import { Foutmelding } from '../gedeeld/foutmelding';
import { Foutsamenvatting, VeldFout } from '../gedeeld/foutsamenvatting';
import { Laden } from '../gedeeld/laden';
import { Probleem, naarProbleem } from '../gedeeld/probleem';
import { Tekstveld } from '../gedeeld/tekstveld';
import { GEBIEDEN_TEKSTEN as T } from './teksten';

const VELDEN = ['naam', 'pilot', 'ouderId'] as const;
const LABELS: Record<string, string> = { naam: T.naam, pilot: T.pilot, ouderId: T.ouderLabel };

/** Edit naam, pilot and parent of an area (PUT /gebieden/{id}); gemeente-beheerder and beleidsmedewerker. */
@Component({
  selector: 'app-gebied-bewerken',
  imports: [RouterLink, Laden, Foutmelding, Foutsamenvatting, Tekstveld],
  template: `
    @if (gebied(); as g) {
      <h1 class="utrecht-heading-1">{{ T.bewerkenTitel(g.weergavenaam) }}</h1>
      <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="samenvatting()" [algemeen]="algemeen()" />
      <form class="formulier" novalidate (submit)="$event.preventDefault(); opslaan()">
        <app-tekstveld veldId="naam" [label]="T.naam" [uitleg]="T.naamUitleg" autocomplete="off" [maxlength]="200"
          [fouten]="fouten()['naam'] ?? []" [(waarde)]="naam" />
        <div class="utrecht-form-field utrecht-form-field--checkbox" [class.utrecht-form-field--invalid]="fouten()['pilot']?.length">
          @if (fouten()['pilot']?.length) {
            <div class="utrecht-form-field-error-message" id="pilot-fout">{{ fouten()['pilot']!.join(' ') }}</div>
          }
          <div class="utrecht-form-field__input">
            <input type="checkbox" id="pilot" class="utrecht-checkbox utrecht-checkbox--html-input" [checked]="pilot()"
              [attr.aria-describedby]="fouten()['pilot']?.length ? 'pilot-fout' : null" (change)="pilot.set($any($event.target).checked)" />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for="pilot">{{ T.pilot }}</label>
          </div>
        </div>
        <div class="utrecht-form-field utrecht-form-field--text" [class.utrecht-form-field--invalid]="fouten()['ouderId']?.length">
          <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="ouderId">{{ T.ouderLabel }}</label></div>
          <div class="utrecht-form-field-description" id="ouderId-uitleg">{{ T.ouderUitleg }}</div>
          @if (fouten()['ouderId']?.length) {
            <div class="utrecht-form-field-error-message" id="ouderId-fout">{{ fouten()['ouderId']!.join(' ') }}</div>
          }
          <div class="utrecht-form-field__input">
            <select id="ouderId" class="utrecht-select utrecht-select--html-select" [class.utrecht-select--invalid]="fouten()['ouderId']?.length"
              [attr.aria-invalid]="fouten()['ouderId']?.length ? true : null"
              [attr.aria-describedby]="fouten()['ouderId']?.length ? 'ouderId-fout ouderId-uitleg' : 'ouderId-uitleg'"
              (change)="ouderId.set($any($event.target).value || null)">
              <option value="" [selected]="!ouderId()">{{ T.geenOuder }}</option>
              @for (o of ouders(); track o.id) {
                <option [value]="o.id" [selected]="o.id === ouderId()">{{ o.weergavenaam }} ({{ T.soort[o.soort] }})</option>
              }
            </select>
          </div>
        </div>
        @if (opgeslagen()) {
          <div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">{{ T.opgeslagen }}</p></div>
        }
        <div class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [class.utrecht-button--busy]="bezig()"
            [attr.aria-disabled]="bezig() || null">{{ bezig() ? T.bezigOpslaan : T.opslaan }}</button>
          <a class="utrecht-link" [routerLink]="['/wijken', g.id]">{{ T.annuleren }}</a>
        </div>
      </form>
    } @else if (laadFout(); as p) {
      <h1 class="utrecht-heading-1">{{ T.soort['wijk'] }}</h1>
      <app-foutmelding [probleem]="p" (opnieuw)="laad()" />
    } @else {
      <h1 class="utrecht-heading-1">{{ T.soort['wijk'] }}</h1>
      <app-laden [tekst]="T.detailLaden" />
    }
  `,
})
export class GebiedBewerken implements OnInit {
  protected readonly T = T;
  readonly id = input.required<string>();
  private readonly client = inject(GebiedenClient);
  private readonly router = inject(Router);
  protected readonly gebied = signal<GebiedDetailDto | null>(null);
  protected readonly kandidaten = signal<GebiedDto[]>([]);
  protected readonly laadFout = signal<Probleem | null>(null);
  protected readonly naam = signal('');
  protected readonly pilot = signal(false);
  protected readonly ouderId = signal<string | null>(null);
  protected readonly bezig = signal(false);
  protected readonly opgeslagen = signal(false);
  protected readonly fouten = signal<Partial<Record<string, string[]>>>({});
  protected readonly algemeen = signal<string[]>([]);
  /** Possible parents: the gemeente and its wijken (never the area itself). */
  protected readonly ouders = computed(() => this.kandidaten().filter((k) => k.id !== this.id()));
  protected readonly samenvatting = computed<VeldFout[]>(() =>
    VELDEN.filter((v) => this.fouten()[v]?.length).map((v) => ({ veldId: v, label: LABELS[v], berichten: this.fouten()[v] ?? [] })),
  );

  ngOnInit(): void {
    this.laad();
  }

  laad(): void {
    this.laadFout.set(null);
    forkJoin([
      this.client.getGebied(this.id()),
      this.client.listGebieden(1, 100, 'gemeente', null),
      this.client.listGebieden(1, 100, 'wijk', null),
    ]).subscribe({
      next: ([g, gemeenten, wijken]) => {
        this.kandidaten.set([...gemeenten.items, ...wijken.items]);
        this.naam.set(g.naam ?? '');
        this.pilot.set(g.pilot);
        this.ouderId.set(g.ouderId ?? null);
        this.gebied.set(g);
      },
      error: (e: unknown) => this.laadFout.set(naarProbleem(e)),
    });
  }

  opslaan(): void {
    if (this.bezig()) return;
    this.bezig.set(true);
    this.opgeslagen.set(false);
    this.fouten.set({});
    this.algemeen.set([]);
    this.client.updateGebied(this.id(), { naam: this.naam().trim() || null, pilot: this.pilot(), ouderId: this.ouderId() }).subscribe({
      next: (g) => {
        this.bezig.set(false);
        this.gebied.set(g);
        this.opgeslagen.set(true);
        void this.router.navigate(['/wijken', g.id]);
      },
      error: (e: unknown) => {
        this.bezig.set(false);
        const p = naarProbleem(e, VELDEN);
        const { '': rest, ...perVeld } = p.veldfouten;
        this.fouten.set(perVeld);
        this.algemeen.set(Object.keys(perVeld).length === 0 ? [p.detail ?? p.titel] : (rest ?? []));
      },
    });
  }
}
