using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Subsidies;

namespace Gemeenschapskracht.Application.Subsidies.Dtos;

/// <summary>The tiers in force; version 0 is the Uniform Subsidiekader of a gemeente that set none.</summary>
public sealed record VerantwoordingskaderDto(int Versie, long ZonderVerslagTotEurocent, long ActiviteitenverslagTotEurocent, int SteekproefProcent, DateTimeOffset VastgesteldOp);

public sealed record VerantwoordingDto(
    Guid Id, Guid BeschikkingId, Guid OrganisatieId, Verantwoordingsniveau Niveau, string Activiteitenverslag, long? GerealiseerdeKostenEurocent,
    string? FinancieelVerslag, bool Accountantsverklaring, FinancieleVerantwoordingDto? UitAdministratie, DateTimeOffset IngediendOp);

/// <summary>
/// The financial part of a report from the host's books (G-4): per account what was budgeted (where there is a budget),
/// realised, the difference and the share realised; the totals against the granted amount.
/// </summary>
public sealed record FinancieleVerantwoordingDto(
    Guid BeschikkingId, Guid AdministratieId, string Host, DateOnly Van, DateOnly Tot, IReadOnlyList<VerantwoordingsregelDto> Regels,
    VerantwoordingsregelDto TotaalBaten, VerantwoordingsregelDto TotaalLasten, long SaldoEurocent, DateTimeOffset OpgesteldOp);

/// <summary>One line of <see cref="FinancieleVerantwoordingDto"/>; <c>rekening</c> is empty on a total.</summary>
public sealed record VerantwoordingsregelDto(string Rekening, string Omschrijving, Rekeningsoort Soort, long? BegrootEurocent, long GerealiseerdEurocent,
    long? VerschilEurocent, decimal? Percentage);

public sealed record VaststellingDto(
    Guid Id, string Kenmerk, Guid BeschikkingId, Guid OrganisatieId, long VerleendEurocent, long VastgesteldEurocent, string? Reden,
    long BetaaldeVoorschottenEurocent, VaststellingUitkomst Uitkomst, long SaldoEurocent, DateOnly? BetalenUiterlijk, bool Ambtshalve, DateTimeOffset GenomenOp,
    IReadOnlyList<AfwikkelingDto> Afwikkelingen, long OpenstaandEurocent);

/// <summary>A payment that settled a vaststelling: the nabetaling paid (<c>uitbetaald</c>) or what was paid back (<c>ontvangen</c>).</summary>
public sealed record AfwikkelingDto(int Nummer, AfwikkelingRichting Richting, DateOnly Datum, long BedragEurocent, string Kenmerk, string GeregistreerdDoor, DateTimeOffset GeregistreerdOp);

/// <summary>A drawn steekproef: the seed and population to repeat it, and who was drawn.</summary>
public sealed record SteekproefDto(Guid Id, int Jaar, string Zaad, int Procent, int KaderVersie, IReadOnlyList<Guid> Populatie, IReadOnlyList<Guid> Getrokken, DateTimeOffset GetrokkenOp);

public static class VerantwoordingMappings
{
    public static VerantwoordingskaderDto ToDto(this Verantwoordingskader k) =>
        new(k.Versie, k.ZonderVerslagTot.Eurocent, k.ActiviteitenverslagTot.Eurocent, k.SteekproefProcent, k.VastgesteldOp);

    public static VerantwoordingDto ToDto(this Verantwoording v) =>
        new(v.Id, v.BeschikkingId, v.OrganisatieId, v.Niveau, v.Activiteitenverslag, v.GerealiseerdeKosten?.Eurocent, v.FinancieelVerslag, v.Accountantsverklaring,
            v.UitAdministratie?.ToDto(v.BeschikkingId), v.IngediendOp);

    public static VaststellingDto ToDto(this Vaststelling v) =>
        new(v.Id, v.Kenmerk, v.BeschikkingId, v.OrganisatieId, v.VerleendBedrag.Eurocent, v.VastgesteldBedrag.Eurocent, v.Reden, v.BetaaldeVoorschotten.Eurocent,
            v.Uitkomst, v.Saldo.Eurocent, v.BetalenUiterlijk, v.Ambtshalve, v.GenomenOp,
            v.Afwikkelingen.Select(a => new AfwikkelingDto(a.Nummer, a.Richting, a.Datum, a.Bedrag.Eurocent, a.Kenmerk, a.GeregistreerdDoor, a.GeregistreerdOp)).ToList(),
            v.Openstaand.Eurocent);

    public static SteekproefDto ToDto(this Steekproef s) => new(s.Id, s.Jaar, s.Zaad, s.Procent, s.KaderVersie, s.Populatie, s.Getrokken, s.GetrokkenOp);
}
