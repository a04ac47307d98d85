// Moves focus to the error summary of a sign-in form, so screen readers and keyboard users land on it.
document.addEventListener('DOMContentLoaded', () => document.getElementById('foutmeldingen')?.focus());
