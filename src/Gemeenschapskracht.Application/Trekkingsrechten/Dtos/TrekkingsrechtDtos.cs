using Gemeenschapskracht.Domain.Trekkingsrechten;

namespace Gemeenschapskracht.Application.Trekkingsrechten.Dtos;

/// <summary>
/// A drawing right with its balance and draws. <c>Omvang</c>, <c>Getrokken</c> and <c>Saldo</c> are whole hours or
/// eurocents as <c>Eenheid</c> says; the <c>…Eurocent</c> fields are always money on the budget line.
/// </summary>
public sealed record TrekkingsrechtDto(
    Guid Id, Guid OrganisatieId, string? Groepsnaam, Guid WijkbudgetId, Guid BudgetregelId, TrekkingsEenheid Eenheid, long Omvang, long? TariefEurocent,
    IReadOnlyList<Guid> Leveranciers, bool GemeenteLevert, DateOnly Van, DateOnly Tot, string Doel, TrekkingsrechtStatus Status,
    long Getrokken, long Saldo, long WaardeEurocent, long? TerugvloeiEurocent, long VastgelegdEurocent, DateOnly? VerlopenOp,
    IReadOnlyList<TrekkingDto> Trekkingen, DateTimeOffset AangemaaktOp);

/// <summary>One draw: by which supplier (<c>LeverancierId</c> null: the gemeente), for what, and whether the initiative confirmed it.</summary>
public sealed record TrekkingDto(
    int Nummer, DateOnly Datum, long Omvang, long WaardeEurocent, string Doel, Guid? AmbitieId, Guid? LeverancierId, string GeregistreerdDoor,
    DateTimeOffset GeregistreerdOp, bool Bevestigd, string? BevestigdDoor, DateTimeOffset? BevestigdOp);

public static class TrekkingsrechtMappings
{
    public static TrekkingsrechtDto ToDto(this Trekkingsrecht t) => new(
        t.Id, t.OrganisatieId, t.Groepsnaam, t.WijkbudgetId, t.BudgetregelId, t.Eenheid, t.Omvang, t.Tarief?.Eurocent, t.Leveranciers, t.GemeenteLevert,
        t.Van, t.Tot, t.Doel, t.Status, t.Getrokken, t.Saldo, t.Waarde.Eurocent, t.Terugvloei?.Eurocent, t.Vastgelegd.Eurocent, t.VerlopenOp,
        t.Trekkingen.Select(d => d.ToDto(t)).ToList(), t.AangemaaktOp);

    public static TrekkingDto ToDto(this Trekking d, Trekkingsrecht recht) => new(
        d.Nummer, d.Datum, d.Omvang, recht.WaardeVan(d.Omvang).Eurocent, d.Doel, d.AmbitieId, d.LeverancierId, d.GeregistreerdDoor, d.GeregistreerdOp,
        d.IsBevestigd, d.BevestigdDoor, d.BevestigdOp);
}
