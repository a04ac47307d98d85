using Gemeenschapskracht.Domain.Declaraties;

namespace Gemeenschapskracht.Application.Declaraties.Dtos;

/// <summary>
/// A declaratie with its group and host, amount, day, cost account, purpose, payee, receipt, approvals and history.
/// <c>Iban</c> is null unless the caller submitted it or works in the host's back office. An invoice of a zzp'er
/// (<c>Soort</c> Factuur) names its contract and carries the invoice as the contract checked it.
/// </summary>
public sealed record DeclaratieDto(
    Guid Id, Guid AdministratieId, Guid GroepId, string GroepNaam, Guid HostOrganisatieId, int Nummer, string Kenmerk, DeclaratieStatus Status,
    DeclaratieSoort Soort, Guid? OpdrachtovereenkomstId, DeclaratiefactuurDto? Factuur,
    long BedragEurocent, DateOnly Uitgavedatum, string Rekening, string RekeningOmschrijving, string Omschrijving, string NaamBegunstigde, string? Iban,
    BonnetjeDto? Bonnetje, Guid IngediendDoorId, string IngediendDoor, IReadOnlyList<DeclaratieGoedkeuringDto> Goedkeuringen, int BenodigdeGoedkeuringen,
    IReadOnlyList<DeclaratieHistorieDto> Historie, Guid? DeclaratiebetalingId, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

public sealed record DeclaratiefactuurDto(string Factuurnummer, DateOnly Factuurdatum, DateOnly PeriodeVan, DateOnly PeriodeTot, decimal Uren,
    long BedragExclusiefEurocent, long BtwEurocent);

public sealed record BonnetjeDto(string Naam, string ContentType, long Grootte);

public sealed record DeclaratieGoedkeuringDto(Guid DoorId, string Door, DateTimeOffset Op);

public sealed record DeclaratieHistorieDto(DeclaratieStatus Status, string Door, DateTimeOffset Op, string? Reden);

/// <summary>A host's payment batch of approved declaraties: the paying account, the day, the transfers and whether the bank executed it (or why it was withdrawn).</summary>
public sealed record DeclaratiebetalingDto(
    Guid Id, Guid HostId, Guid HostOrganisatieId, string Berichtkenmerk, string Opdrachtgever, string OpdrachtgeverIban, DateOnly Uitvoerdatum,
    DeclaratiebetalingStatus Status, DateOnly? UitgevoerdOp, string? Intrekkingsreden, long TotaalEurocent, IReadOnlyList<DeclaratieoverboekingDto> Overboekingen,
    DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

public sealed record DeclaratieoverboekingDto(Guid DeclaratieId, Guid AdministratieId, string Kenmerk, string Begunstigde, string Iban, long BedragEurocent);

/// <summary>The receipt's bytes with its name and type.</summary>
public sealed record Bonnetjebestand(string Naam, string ContentType, byte[] Inhoud);
