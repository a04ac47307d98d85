// The main navigation per demo role (lib/navigatie.mjs), part 3 of 3: backoffice, visitatiepanel-lid, auditor.
// The roles are split over three files so that each stays within the runner's 120 s per file.
import { menuTests } from '../lib/navigatie.mjs';

menuTests(['backoffice', 'visitatiepanel-lid', 'auditor']);
