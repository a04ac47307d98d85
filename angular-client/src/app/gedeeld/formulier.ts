import { Signal, computed, signal } from '@angular/core';
import { Observable } from 'rxjs';
import { VeldFout } from './foutsamenvatting';
import { Probleem, naarProbleem } from './probleem';

export interface FormulierOpties<V extends string> {
  /** API field names that belong to one of the form's fields (e.g. `data` → `logo`). */
  aliassen?: Readonly<Record<string, V>>;
  /** The element the error summary links to, when it is not the field name (e.g. the chosen radio button). */
  veldId?: (veld: V) => string;
  /**
   * The field a problem's detail is about when the server names no field (a rule of the domain, e.g. a date that
   * must be later): the message is then shown next to that field (and so in the summary); null keeps it general.
   */
  veldVanMelding?: (melding: string) => V | null;
}

/**
 * The error handling of one form: local checks, the API's problem+json field errors next to their fields,
 * other errors as general errors, the error summary, and the busy state while the form is sent.
 *
 *     protected readonly formulier = new Formulier({ naam: T.naam, slug: T.slug });
 *
 *     <app-foutsamenvatting [titel]="T.foutSamenvatting" [fouten]="formulier.samenvatting()" [algemeen]="formulier.algemeen()" />
 *     <app-tekstveld veldId="naam" … [fouten]="formulier.van('naam')" />
 *
 *     if (!this.formulier.controleer({ naam: naam ? [] : [T.verplicht] })) return;
 *     this.formulier.verstuur(() => this.client.create(…), (x) => …);
 */
export class Formulier<V extends string> {
  private readonly _fouten = signal<Partial<Record<V, readonly string[]>>>({});
  private readonly _algemeen = signal<readonly string[]>([]);
  private readonly _bezig = signal(false);
  private readonly velden: readonly V[];

  /** Errors per field. */
  readonly fouten = this._fouten.asReadonly();
  /** Errors that belong to no field. */
  readonly algemeen = this._algemeen.asReadonly();
  /** True while the form is being sent (`verstuur`). */
  readonly bezig = this._bezig.asReadonly();
  /** The fields with errors, in form order, for `<app-foutsamenvatting>`. */
  readonly samenvatting: Signal<VeldFout[]>;

  constructor(
    private readonly labels: Readonly<Record<V, string>>,
    private readonly opties: FormulierOpties<NoInfer<V>> = {},
  ) {
    this.velden = Object.keys(labels) as V[];
    this.samenvatting = computed(() =>
      this.velden
        .filter((v) => (this._fouten()[v]?.length ?? 0) > 0)
        .map((v) => ({ veldId: this.opties.veldId?.(v) ?? v, label: this.labels[v], berichten: this._fouten()[v] ?? [] })),
    );
  }

  /** The errors of one field (for its `[fouten]`). */
  van(veld: V): readonly string[] {
    return this._fouten()[veld] ?? [];
  }

  /** True when the form (or one field) has errors. */
  heeftFouten(veld?: V): boolean {
    if (veld) return this.van(veld).length > 0;
    return this._algemeen().length > 0 || this.velden.some((v) => this.van(v).length > 0);
  }

  /** Shows the result of a local check; true when there are no errors (the form may be sent). */
  controleer(fouten: Partial<Record<V, readonly string[]>>): boolean {
    const echt = Object.fromEntries(Object.entries(fouten).filter(([, b]) => (b as readonly string[]).length > 0)) as Partial<Record<V, readonly string[]>>;
    this._fouten.set(echt);
    this._algemeen.set([]);
    return Object.keys(echt).length === 0;
  }

  /** Sets the errors of one field (e.g. a check when a file is chosen). */
  zetFout(veld: V, berichten: readonly string[]): void {
    this._fouten.update((f) => ({ ...f, [veld]: berichten }));
  }

  wis(): void {
    this._fouten.set({});
    this._algemeen.set([]);
  }

  /**
   * Shows a failed call: field errors of problem+json next to their fields; keys of no field, or the
   * problem's detail/title when there are no field errors, as general errors. Returns the problem.
   */
  toonProbleem(fout: unknown): Probleem {
    const aliassen = this.opties.aliassen ?? {};
    const p = naarProbleem(fout, [...this.velden, ...Object.keys(aliassen)]);
    const perVeld: Partial<Record<V, string[]>> = {};
    for (const [sleutel, berichten] of Object.entries(p.veldfouten)) {
      if (sleutel === '') continue;
      const veld = (aliassen[sleutel] ?? sleutel) as V;
      perVeld[veld] = [...(perVeld[veld] ?? []), ...berichten.filter((b) => !(perVeld[veld] ?? []).includes(b))];
    }
    const rest = p.veldfouten[''] ?? [];
    const veldVanMelding = Object.keys(perVeld).length === 0 && rest.length === 0 && p.detail ? this.opties.veldVanMelding?.(p.detail) : null;
    if (veldVanMelding) {
      const fouten: Partial<Record<V, readonly string[]>> = {};
      fouten[veldVanMelding] = [p.detail!];
      this._fouten.set(fouten);
      this._algemeen.set([]);
      return p;
    }
    this._fouten.set(perVeld);
    this._algemeen.set(Object.keys(perVeld).length === 0 && rest.length === 0 ? [p.detail ?? p.titel] : rest);
    return p;
  }

  /**
   * Sends the form: ignored while busy; clears the errors, calls `aanroep`, then `klaar` with the answer or
   * shows the problem (`toonProbleem`) and calls `mislukt` (e.g. to read again what the refusal says is stale).
   */
  verstuur<T>(aanroep: () => Observable<T>, klaar: (antwoord: T) => void, mislukt?: (probleem: Probleem) => void): void {
    if (this._bezig()) return;
    this._bezig.set(true);
    this.wis();
    aanroep().subscribe({
      next: (antwoord) => {
        this._bezig.set(false);
        klaar(antwoord);
      },
      error: (e: unknown) => {
        this._bezig.set(false);
        const probleem = this.toonProbleem(e);
        mislukt?.(probleem);
      },
    });
  }
}
