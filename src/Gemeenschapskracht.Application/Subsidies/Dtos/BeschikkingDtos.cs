using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Application.Subsidies.Dtos;

/// <summary>A year's part of the grant; <paramref name="OnderVoorbehoud"/> while that year's begroting is not adopted (Awb 4:34).</summary>
public sealed record BeschikkingsjaarDto(int Jaar, long BedragEurocent, bool OnderVoorbehoud);

public sealed record VoorschotDto(int Nummer, int Jaar, DateOnly Datum, long BedragEurocent, Guid? BetaalopdrachtId, DateOnly? BetaaldOp, string? Betalingskenmerk);

/// <summary>
/// A beschikking: verlening with its years and voorschotten, or weigering with its ground. <paramref name="BoekenBijHost"/>:
/// a host keeps the recipient's books, so the financial part of the report comes from that ledger and is not asked (G-4, ADR 0028).
/// </summary>
public sealed record BeschikkingDto(
    Guid Id, string Kenmerk, Guid AanvraagId, Guid RegelingId, Guid OrganisatieId, string Aanvrager, BesluitSoort Soort, long BedragEurocent,
    DateOnly Van, DateOnly Tot, string Motivering, string? Activiteiten, IReadOnlyList<string> Verplichtingen, IReadOnlyList<BeschikkingsjaarDto> Jaren,
    IReadOnlyList<VoorschotDto> Voorschotten, long BetaaldEurocent, Verantwoordingsniveau? Niveau, DateOnly? VerslagUiterlijk, bool InSteekproef,
    Guid? VaststellingId, DateOnly? IngetrokkenOp, DateOnly? AfbouwTot, DateTimeOffset GenomenOp, bool BoekenBijHost);

public sealed record BetaalregelDto(Guid BeschikkingId, string Kenmerk, int VoorschotNummer, string Begunstigde, string Iban, long BedragEurocent);

/// <summary>A voorschot that is due but could not go into the batch, and why (no valid bank account on record).</summary>
public sealed record OvergeslagenVoorschotDto(Guid BeschikkingId, string Kenmerk, int VoorschotNummer, string Begunstigde, string Reden);

public sealed record BetaalopdrachtDto(
    Guid Id, string Berichtkenmerk, string Opdrachtgever, string OpdrachtgeverIban, DateOnly Uitvoerdatum, BetaalopdrachtStatus Status,
    DateOnly? UitgevoerdOp, int Aantal, long TotaalEurocent, IReadOnlyList<BetaalregelDto> Regels, IReadOnlyList<OvergeslagenVoorschotDto> Overgeslagen,
    DateTimeOffset AangemaaktOp);

public static class BeschikkingMappings
{
    public static BeschikkingDto ToDto(this Beschikking b, string aanvrager, IReadOnlyList<Tranche> tranches, bool boekenBijHost) => new(
        b.Id, b.Kenmerk, b.AanvraagId, b.RegelingId, b.OrganisatieId, aanvrager, b.Soort, b.Bedrag.Eurocent, b.Van, b.Tot, b.Motivering, b.Activiteiten,
        b.Verplichtingen,
        b.Jaren.Select(j => new BeschikkingsjaarDto(j.Jaar, j.Bedrag.Eurocent, !tranches.Any(t => t.Jaar == j.Jaar && t.Status == TrancheStatus.Vrijgegeven))).ToList(),
        b.Voorschotten.Select(v => new VoorschotDto(v.Nummer, v.Jaar, v.Datum, v.Bedrag.Eurocent, v.BetaalopdrachtId, v.BetaaldOp, v.Betalingskenmerk)).ToList(),
        b.Betaald.Eurocent, b.Niveau, b.VerslagUiterlijk, b.InSteekproef, b.VaststellingId, b.IngetrokkenOp, b.AfbouwTot, b.GenomenOp,
        boekenBijHost && b.Soort == BesluitSoort.Verlening);

    public static BetaalopdrachtDto ToDto(this Betaalopdracht b, IReadOnlyList<OvergeslagenVoorschotDto>? overgeslagen = null) => new(
        b.Id, b.Berichtkenmerk, b.Opdrachtgever, b.OpdrachtgeverIban, b.Uitvoerdatum, b.Status, b.UitgevoerdOp, b.Regels.Count, b.Totaal.Eurocent,
        b.Regels.Select(r => new BetaalregelDto(r.BeschikkingId, r.Kenmerk, r.VoorschotNummer, r.Begunstigde, r.Iban, r.Bedrag.Eurocent)).ToList(),
        overgeslagen ?? [], b.AangemaaktOp);
}
