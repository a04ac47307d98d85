using Gemeenschapskracht.Domain.Declaraties;

namespace Gemeenschapskracht.Application.Opdrachtovereenkomsten.Dtos;

/// <summary>
/// A contract with a zzp'er: its terms, what was invoiced under it (invoices not rejected) and what is left.
/// <c>Iban</c> is null unless the caller works in the host's back office.
/// </summary>
public sealed record OpdrachtovereenkomstDto(
    Guid Id, Guid AdministratieId, Guid GroepId, string GroepNaam, Guid HostOrganisatieId, string Opdrachtnemer, string Kvknummer, string? Iban,
    string Omschrijving, decimal Uren, long UurtariefEurocent, int BtwPercentage, DateOnly Begindatum, DateOnly Einddatum, string Rekening,
    string RekeningOmschrijving, long PlafondEurocent, decimal GefactureerdeUren, decimal ResterendeUren, long GefactureerdEurocent,
    IReadOnlyList<OpdrachtfactuurDto> Facturen, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

/// <summary>An invoice under a contract, as the declaratie that pays it.</summary>
public sealed record OpdrachtfactuurDto(
    Guid DeclaratieId, string Kenmerk, DeclaratieStatus Status, string Factuurnummer, DateOnly Factuurdatum, DateOnly PeriodeVan, DateOnly PeriodeTot,
    decimal Uren, long BedragExclusiefEurocent, long BtwEurocent, long TotaalEurocent);
