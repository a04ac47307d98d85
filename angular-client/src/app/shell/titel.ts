import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { SHELL_TEKSTEN as T } from './teksten';

/** Page titles: a route's `title` (a feature text) followed by "– Gemeenschapskracht"; the app name alone without one. */
@Injectable()
export class Paginatitel extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.title.setTitle(volledigeTitel(this.buildTitle(snapshot)));
  }
}

export function volledigeTitel(titel: string | undefined): string {
  return titel && titel !== T.app ? `${titel} – ${T.app}` : T.app;
}
