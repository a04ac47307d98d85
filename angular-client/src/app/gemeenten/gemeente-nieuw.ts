import { Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { GemeentenClient } from '../api/api-client';
import { Foutsamenvatting, VeldFout } from '../gedeeld/foutsamenvatting';
import { naarProbleem } from '../gedeeld/probleem';
import { Tekstveld } from '../gedeeld/tekstveld';
import { GEMEENTEN_TEKSTEN as T } from './teksten';

const VELDEN = ['naam', 'slug', 'gemeentecode'] as const;
type Veld = (typeof VELDEN)[number];
const LABELS: Record<Veld, string> = { naam: T.naam, slug: T.slug, gemeentecode: T.gemeentecode };

/** Create a gemeente; the API's field errors (problem+json `errors`) appear next to the fields. */
@Component({
  selector: 'app-gemeente-nieuw',
  imports: [RouterLink, Tekstveld, Foutsamenvatting],
  template: `
    <h1 class="utrecht-heading-1">{{ T.nieuwTitel }}</h1>
    <p class="utrecht-paragraph">{{ T.nieuwIntro }}</p>
    <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="samenvatting()" [algemeen]="algemeen()" />
    <form class="formulier" novalidate (submit)="$event.preventDefault(); verstuur()">
      <app-tekstveld veldId="naam" [label]="T.naam" [uitleg]="T.naamUitleg" [verplicht]="true" autocomplete="off"
        [fouten]="fouten()['naam'] ?? []" [(waarde)]="naam" />
      <app-tekstveld veldId="slug" [label]="T.slug" [uitleg]="T.slugUitleg" [verplicht]="true" autocomplete="off"
        [fouten]="fouten()['slug'] ?? []" [(waarde)]="slug" />
      <app-tekstveld veldId="gemeentecode" [label]="T.gemeentecode" [uitleg]="T.gemeentecodeUitleg" [verplicht]="true"
        autocomplete="off" [maxlength]="6" [fouten]="fouten()['gemeentecode'] ?? []" [(waarde)]="gemeentecode" />
      <div class="utrecht-button-group">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-disabled]="bezig() || null"
          [class.utrecht-button--busy]="bezig()">{{ bezig() ? T.bezigToevoegen : T.toevoegen }}</button>
        <a class="utrecht-link" routerLink="/gemeenten">{{ T.annuleren }}</a>
      </div>
    </form>
  `,
})
export class GemeenteNieuw {
  protected readonly T = T;
  private readonly client = inject(GemeentenClient);
  private readonly router = inject(Router);
  protected readonly naam = signal('');
  protected readonly slug = signal('');
  protected readonly gemeentecode = signal('');
  protected readonly bezig = signal(false);
  protected readonly fouten = signal<Partial<Record<string, string[]>>>({});
  protected readonly algemeen = signal<string[]>([]);
  protected readonly samenvatting = computed<VeldFout[]>(() =>
    VELDEN.filter((v) => this.fouten()[v]?.length).map((v) => ({ veldId: v, label: LABELS[v], berichten: this.fouten()[v] ?? [] })),
  );

  verstuur(): void {
    if (this.bezig()) return;
    const invoer = { naam: this.naam().trim(), slug: this.slug().trim().toLowerCase(), gemeentecode: this.gemeentecode().trim().toUpperCase() };
    const leeg: Record<string, string[]> = {};
    for (const v of VELDEN) if (!invoer[v]) leeg[v] = [T.verplicht];
    this.algemeen.set([]);
    this.fouten.set(leeg);
    if (Object.keys(leeg).length > 0) return;
    this.bezig.set(true);
    this.client.createGemeente({ ...invoer, actief: true }).subscribe({
      next: (g) => void this.router.navigate(['/gemeenten', g.slug]),
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
