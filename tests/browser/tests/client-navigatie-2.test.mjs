// The main navigation per demo role (lib/navigatie.mjs), part 2 of 3: griffie, bewonersorganisatie, professional.
// The roles are split over three files so that each stays within the runner's 120 s per file.
import { menuTests } from '../lib/navigatie.mjs';

menuTests(['griffie', 'bewonersorganisatie', 'professional']);
