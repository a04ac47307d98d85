// The main navigation per demo role (lib/navigatie.mjs), part 1 of 3: platform-beheerder, gemeente-beheerder, beleidsmedewerker, raadslid.
// The roles are split over three files so that each stays within the runner's 120 s per file.
import { menuTests } from '../lib/navigatie.mjs';

menuTests(['platform-beheerder', 'gemeente-beheerder', 'beleidsmedewerker', 'raadslid']);
