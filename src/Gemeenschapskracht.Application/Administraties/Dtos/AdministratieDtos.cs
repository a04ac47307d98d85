using Gemeenschapskracht.Domain.Administraties;

namespace Gemeenschapskracht.Application.Administraties.Dtos;

/// <summary>
/// A host (penvoerder) with what it offers, its budgeted own costs per year, the amount above which a declaratie needs
/// two approvers, and how many groups it keeps the books for.
/// </summary>
public sealed record HostorganisatieDto(
    Guid Id, Guid OrganisatieId, string Naam, string Dienstverlening, bool NietCommercieel, IReadOnlyList<HostkostenDto> Kosten,
    long VierOgenDrempelEurocent, int AantalAdministraties, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

public sealed record HostkostenDto(int Jaar, long BedragEurocent, string Toelichting);

/// <summary>
/// A group's administratie: the group and its host (ids and names), the start, whether the opening balance is booked,
/// how many entries, and up to which day the months are closed (null: none yet). The host's costs of this year are
/// shown with it (<c>HostkostenDitJaarEurocent</c>, for all the groups it hosts together).
/// </summary>
public sealed record AdministratieDto(
    Guid Id, Guid GroepId, string GroepNaam, Guid HostId, Guid HostOrganisatieId, string HostNaam, DateOnly Startdatum,
    bool HeeftOpeningsbalans, int AantalJournaalposten, DateOnly? AfgeslotenTot, long HostkostenDitJaarEurocent,
    DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

/// <summary>One account of the chart: the group's number, the RGS referentiecode and what it is for.</summary>
public sealed record GrootboekrekeningDto(string Code, string RgsCode, string Omschrijving, Rekeningsoort Soort, Rekeningrol Rol);

/// <summary>
/// A journal entry with its lines (eurocents, each line debit or credit), its total, the beschikking of a subsidy
/// received, the entry it reverses (<c>TegenboekingVanId</c>) or the entry that reversed it (<c>TegengeboektDoorId</c>).
/// </summary>
public sealed record JournaalpostDto(
    Guid Id, Guid AdministratieId, int Nummer, JournaalpostSoort Soort, DateOnly Boekdatum, string Omschrijving, IReadOnlyList<JournaalregelDto> Regels,
    long TotaalEurocent, Guid? BeschikkingId, string? BeschikkingKenmerk, Guid? TegenboekingVanId, Guid? TegengeboektDoorId, string GeboektDoor,
    DateTimeOffset GeboektOp);

public sealed record JournaalregelDto(string Rekening, string Omschrijving, long DebetEurocent, long CreditEurocent);

/// <summary>One month: <c>Code</c> as in its address (<c>2026-03</c>), open or closed, and what blocks closing it (as the monthly close last found it, or now).</summary>
public sealed record AdministratieperiodeDto(
    string Code, int Jaar, int Maand, PeriodeStatus Status, bool Voorbij, IReadOnlyList<BlokkadeDto> Blokkades, DateTimeOffset? VoorbereidOp,
    DateTimeOffset? AfgeslotenOp, string? AfgeslotenDoor);

public sealed record BlokkadeDto(BlokkadeSoort Soort, string Toelichting);

/// <summary>The trial balance on a day: every account with its debit and credit totals and its balance on its own side; the totals agree.</summary>
public sealed record AdministratiebalansDto(
    Guid AdministratieId, DateOnly Peildatum, IReadOnlyList<RekeningsaldoDto> Rekeningen, long TotaalDebetEurocent, long TotaalCreditEurocent,
    long ResultaatEurocent, long LiquideMiddelenEurocent);

public sealed record RekeningsaldoDto(string Code, string RgsCode, string Omschrijving, Rekeningsoort Soort, long DebetEurocent, long CreditEurocent, long SaldoEurocent);

/// <summary>
/// A group's public balance for a year: income by source, spending by category, the subsidies received by beschikking,
/// and what is left (cash and bank). Who keeps the books and what that costs the gemeente is shown beside it. No
/// descriptions of entries and no names of people.
/// </summary>
public sealed record OpenbareAdministratieDto(
    Guid Id, string Groep, string Host, bool HostNietCommercieel, int Jaar, IReadOnlyList<OpenbaarBedragDto> Inkomsten, IReadOnlyList<OpenbaarBedragDto> Uitgaven,
    IReadOnlyList<OntvangenSubsidieDto> Subsidies, long TotaalInkomstenEurocent, long TotaalUitgavenEurocent, long OverEurocent,
    long HostkostenEurocent, int HostGroepen);

public sealed record OpenbaarBedragDto(string Categorie, string RgsCode, long BedragEurocent);

public sealed record OntvangenSubsidieDto(string Kenmerk, long BedragEurocent);

/// <summary>One group in the public list of balances: who keeps its books and what it has left in cash and bank today.</summary>
public sealed record OpenbareAdministratieSamenvattingDto(Guid Id, string Groep, string Host, DateOnly Startdatum, long OverEurocent);

/// <summary>An export of an administratie to download: the CSV of a month or the XAF auditfile of a year.</summary>
public sealed record AdministratieBestand(string FileName, string ContentType, byte[] Content);
