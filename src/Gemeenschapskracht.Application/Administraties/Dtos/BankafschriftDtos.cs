using Gemeenschapskracht.Domain.Administraties;

namespace Gemeenschapskracht.Application.Administraties.Dtos;

/// <summary>An imported bank statement in a list: the account, the period, the balances and how many lines are linked, explained or open.</summary>
public sealed record BankafschriftSamenvattingDto(
    Guid Id, Guid AdministratieId, string AfschriftId, string Iban, string Bestandsnaam, DateOnly Van, DateOnly Tot, long BeginsaldoEurocent,
    long EindsaldoEurocent, int AantalMutaties, int AantalGekoppeld, int AantalVerklaard, int AantalOpen, string GeimporteerdDoor, DateTimeOffset GeimporteerdOp);

/// <summary>An imported bank statement with its lines and what became of each (the matching result).</summary>
public sealed record BankafschriftDto(
    Guid Id, Guid AdministratieId, string AfschriftId, string Iban, string Bestandsnaam, DateOnly Van, DateOnly Tot, long BeginsaldoEurocent,
    long EindsaldoEurocent, int AantalMutaties, int AantalGekoppeld, int AantalVerklaard, int AantalOpen, IReadOnlyList<BankmutatieDto> Mutaties,
    string GeimporteerdDoor, DateTimeOffset GeimporteerdOp);

/// <summary>
/// One line of a statement: day, amount (eurocents, always positive; <c>Richting</c> says in or out), counterparty,
/// remittance text and end-to-end id; its status, the linked entry (and whether it was linked on import), or the
/// explanation. An open line lists the entries it may be linked to (<c>Kandidaten</c>: same amount and direction, not
/// linked yet, closest in date first).
/// </summary>
public sealed record BankmutatieDto(
    Guid Id, int Volgnummer, DateOnly Boekdatum, long BedragEurocent, Mutatierichting Richting, string? TegenpartijNaam, string? TegenpartijIban,
    string? Omschrijving, string? EndToEndId, MutatieStatus Status, Guid? JournaalpostId, int? JournaalpostNummer, string? JournaalpostOmschrijving,
    bool AutomatischGekoppeld, string? Verklaring, string? AfgehandeldDoor, DateTimeOffset? AfgehandeldOp, IReadOnlyList<KoppelkandidaatDto> Kandidaten);

/// <summary>A journal entry an open bank line may be linked to.</summary>
public sealed record KoppelkandidaatDto(Guid JournaalpostId, int Nummer, DateOnly Boekdatum, string Omschrijving);
